"""Corpus mode: many articles into three CSVs with an ``article`` column; bad articles are skipped, not fatal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from koreanews import ArticleError, load_article
from koreanews.corpus import analyse_batch, analyze_corpus, article_files
from koreanews.outputs import write_csv
from koreanews.quotations import extract_quotations
from koreanews.sentiment import score_quotations

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_175fb86403050739.txt"
CSV_NAMES = ("paragraphs.csv", "quotations.csv", "sentiment.csv")

SHORT_ARTICLE = (
    "2 August 2021\n\n"
    "Seoul welcomes hotline\n\n"
    "\u201cWe are very happy that the lines are open again,\u201d Unification Minister Lee In-young told reporters.\n\n"
    "North Korea\u2019s state news agency KCNA said the restored lines were \u201ca good first step\u201d.\n"
)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Three good articles and two bad ones, named so that sorting interleaves them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(SEED, folder / "a_seed.txt")
    (folder / "b_binary.txt").write_bytes(b"27 July 2021\n\n\x00\x01\x02 not text\x00")
    (folder / "c_short.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (folder / "d_latin1.txt").write_bytes("27 July 2021\n\nCaf\u00e9 talks\n\nThey met.\n".encode("latin-1"))
    shutil.copyfile(SEED, folder / "e_seed_again.txt")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / name, keep_default_na=False)


def load_problem(path: Path) -> str:
    """The one-line problem loading reports for a bad article."""
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    return caught.value.problem


def stderr_lines(capsys) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_every_csv_has_the_article_column_first_and_rows_in_input_order(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert analyze_corpus([corpus], out, jobs=1) == 0
    good = [str(corpus / name) for name in ("a_seed.txt", "c_short.txt", "e_seed_again.txt")]
    for name in CSV_NAMES:
        frame = read(out, name)
        assert frame.columns[0] == "article"
        seen = set(frame["article"])
        assert {good[0], good[2]} <= seen  # the seed has quotations, so every table has its rows
        assert list(dict.fromkeys(frame["article"])) == [article for article in good if article in seen]
    paragraphs = read(out, "paragraphs.csv")
    assert len(paragraphs[paragraphs["article"] == good[0]]) == len(load_article(SEED).blocks)


def test_files_are_analysed_in_the_order_given_not_sorted(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    given = [corpus / "e_seed_again.txt", corpus / "c_short.txt", corpus / "a_seed.txt"]
    assert analyze_corpus(given, out, jobs=1) == 0
    assert list(dict.fromkeys(read(out, "paragraphs.csv")["article"])) == [str(path) for path in given]


def test_bad_articles_are_reported_in_one_line_each_and_skipped(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    assert analyze_corpus([corpus, missing], out, jobs=1) == 0
    lines = [line for line in stderr_lines(capsys) if not line.startswith("warning: ")]
    bad = [corpus / "b_binary.txt", corpus / "d_latin1.txt", missing]
    assert lines == [*(f"skipped {path}: {load_problem(path)}" for path in bad),
                     f"3 articles analysed, 3 skipped; CSVs in {out}"]
    assert "NUL bytes" in lines[0] and "UTF-8" in lines[1] and "no such file" in lines[2]
    articles = set(read(out, "paragraphs.csv")["article"])
    assert not articles & {str(corpus / "b_binary.txt"), str(corpus / "d_latin1.txt"), str(missing)}


def test_one_and_two_workers_write_identical_files(corpus, tmp_path, capsys):
    assert analyze_corpus([corpus], tmp_path / "one", jobs=1) == 0
    assert analyze_corpus([corpus], tmp_path / "two", jobs=2) == 0
    for name in CSV_NAMES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_sentiment_scored_in_one_batch_equals_each_article_scored_alone(corpus, tmp_path):
    labels = [str(corpus / name) for name in ("a_seed.txt", "c_short.txt", "e_seed_again.txt")]
    batch = analyse_batch(labels).tables.sentiment.to_frame(())
    alone = pd.concat([score_quotations(extract_quotations(load_article(label))).assign(article=label)
                       for label in labels], ignore_index=True)[list(batch.columns)]
    write_csv(batch, tmp_path / "batch.csv")
    write_csv(alone, tmp_path / "alone.csv")
    assert len(alone) > 2
    assert (tmp_path / "batch.csv").read_text() == (tmp_path / "alone.csv").read_text()


def test_no_analysable_article_exits_2_and_writes_nothing(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert analyze_corpus([corpus / "b_binary.txt", corpus / "d_latin1.txt"], out) == 2
    assert stderr_lines(capsys)[-1] == "0 articles analysed, 2 skipped; nothing written"
    assert not out.exists()


def test_folders_expand_to_their_sorted_txt_files_each_file_once(corpus, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    files, problems = article_files([corpus / "c_short.txt", corpus, empty])
    assert [file.name for file in files] == ["c_short.txt", "a_seed.txt", "b_binary.txt", "d_latin1.txt",
                                             "e_seed_again.txt"]
    assert problems == [f"skipped {empty}: folder holds no .txt files"]


def test_cli_analyze_exits_0_when_some_articles_work_and_2_when_none_do(corpus, tmp_path):
    src = str(ROOT / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}

    def start(*paths, out):
        command = [sys.executable, "-m", "koreanews", "analyze", *map(str, paths), "--out", str(out), "--jobs", "2"]
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    # Both at once: each spends most of its time importing the libraries.
    some = start(corpus, out=tmp_path / "some")
    none = start(corpus / "b_binary.txt", tmp_path / "missing.txt", out=tmp_path / "none")
    some_out, some_err = some.communicate(timeout=120)
    none_out, none_err = none.communicate(timeout=120)

    assert some.returncode == 0, some_err
    assert some_out == ""
    assert sorted(path.name for path in (tmp_path / "some").iterdir()) == sorted(CSV_NAMES)
    assert some_err.splitlines()[-1].startswith("3 articles analysed, 2 skipped")

    assert none.returncode == 2, none_err
    assert none_err.splitlines()[-1] == "0 articles analysed, 2 skipped; nothing written"
    assert not (tmp_path / "none").exists()
