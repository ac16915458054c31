"""The command line sets up, refuses bad input in one line, and never leaves partial output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "koreanews", *args], cwd=cwd, capture_output=True, text=True)


def test_setup_finds_every_resource_without_downloading():
    result = run_cli("setup")
    assert result.returncode == 0, result.stderr
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["punkt_tab", "stopwords", "vader_lexicon"]
    assert "downloaded" not in result.stdout


def test_run_on_a_missing_article_stops_before_any_notebook_runs(tmp_path):
    result = run_cli("run", "--article", str(tmp_path / "nothing.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not (ROOT / "reports" / "nothing").exists()


def test_binary_article_is_refused_with_exit_2_and_seeds_untouched(tmp_path):
    seeds_before = {p.name: p.read_bytes() for p in (ROOT / "seeds").iterdir()}
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    result = run_cli("quotes", str(binary), "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == f"error: {binary}: is not a text file (it contains NUL bytes)"
    assert {p.name: p.read_bytes() for p in (ROOT / "seeds").iterdir()} == seeds_before


def test_help_lists_every_command():
    result = run_cli("--help")
    for command in ("setup", "run", "quotes", "sentiment", "html", "analyze"):
        assert command in result.stdout


def test_collection_commands_outside_the_project_fail_in_one_line(tmp_path):
    result = run_cli("html", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 2
    assert "not inside the project" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "site").exists()
