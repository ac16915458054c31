"""``python -m koreanews quotes``: JSON on success; one line on stderr, nothing on stdout, exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_175fb86403050739.txt"


def quotes_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "koreanews", "quotes", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def assert_refused(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr


def test_seed_gives_a_json_array_of_quotations():
    result = quotes_cli(str(SEED), "--json")
    assert result.returncode == 0 and result.stderr == ""
    records = json.loads(result.stdout)
    assert all({"text", "speaker", "side", "paragraph", "kind"} <= set(r) for r in records)
    speech = [(r["paragraph"], r["kind"], r["side"], r["speaker"]) for r in records if r["kind"] != "indirect"]
    assert speech == [(3, "partial", "seoul", "Park Soo Hyun"),
                      (6, "direct", "pyongyang", "Korean Central News Agency"),
                      (7, "direct", "pyongyang", "Korean Central News Agency")]
    assert not any(r["text"] == "KCNA" for r in records)


def test_without_json_a_table_is_printed():
    result = quotes_cli(str(SEED))
    assert result.returncode == 0
    header = result.stdout.splitlines()[0].split()
    assert header == ["paragraph", "start", "end", "kind", "side", "speaker", "cue", "rule", "text"]


def test_missing_path_is_refused(tmp_path):
    assert_refused(quotes_cli(str(tmp_path / "nothing.txt")), "no such file")


def test_directory_is_refused(tmp_path):
    assert_refused(quotes_cli(str(tmp_path)), "is a directory")


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_refused(quotes_cli(str(empty)), "is empty")


def test_binary_file_is_refused(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 100)
    assert_refused(quotes_cli(str(binary), "--json"), "not a text file")


def test_non_utf8_text_is_refused(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("1 May 2021\n\nCaf\u00e9 talks\n\nKim said the caf\u00e9 was \u00abopen\u00bb.\n".encode("latin-1"))
    assert_refused(quotes_cli(str(latin), "--json"), "not UTF-8")


def test_unbalanced_marks_give_the_sound_quotations_and_one_warning(tmp_path):
    sloppy = tmp_path / "sloppy.txt"
    sloppy.write_text(
        "1 May 2021\n\nSloppy quotes\n\n1 May 2021\n\n"
        "“We will talk,” Park Soo Hyun said.\n\n"
        "Kim Yo Jong said: “We will never talk. The South must pay.\n\n"
        "The ministry said the offer stood.\n\n"
        "“Nothing has changed, officials said.\n", encoding="utf-8")
    result = quotes_cli(str(sloppy), "--json")
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("warning: ")
    assert "unbalanced quotation marks in paragraphs 2, 4" in result.stderr
    records = json.loads(result.stdout)
    assert [(r["paragraph"], r["kind"], r["speaker"], r["text"]) for r in records] == [
        (1, "direct", "Park Soo Hyun", "We will talk"), (3, "indirect", "ministry", "the offer stood")]


def test_a_50_mb_file_is_refused_quickly_naming_the_limit(tmp_path):
    huge = tmp_path / "huge.txt"
    block = ("Kim said the talks would resume. “We will win,” he said.\n\n" * 1000).encode("utf-8")
    with huge.open("wb") as stream:
        while stream.tell() < 50_000_000:
            stream.write(block)
    started = time.monotonic()
    result = quotes_cli(str(huge), "--json")
    assert time.monotonic() - started < 30
    assert_refused(result, "the limit for one article is 5,000,000 bytes")
