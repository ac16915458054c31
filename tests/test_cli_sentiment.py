"""``python -m koreanews sentiment`` prints the libraries' own scores per quotation and refuses bad input in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from textblob import TextBlob

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_175fb86403050739.txt"
KEYS = ("text", "side", "speaker", "textblob_polarity", "textblob_subjectivity",
        "vader_compound", "vader_pos", "vader_neu", "vader_neg")


def run_sentiment(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "koreanews", "sentiment", *args],
                          cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    result = run_sentiment(str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_gives_one_object_per_quotation_with_every_key(seed_records):
    assert seed_records, "the seed quotes both sides"
    for record in seed_records:
        assert set(KEYS) <= set(record)
    assert {"seoul", "pyongyang"} <= {record["side"] for record in seed_records}
    assert all(record["kind"] != "mention" for record in seed_records)


def test_seed_scores_equal_direct_library_calls_on_the_text(seed_records):
    analyzer = SentimentIntensityAnalyzer()
    for record in seed_records:
        blob = TextBlob(record["text"]).sentiment
        vader = analyzer.polarity_scores(record["text"])
        assert record["textblob_polarity"] == blob.polarity
        assert record["textblob_subjectivity"] == blob.subjectivity
        assert [record[f"vader_{key}"] for key in ("compound", "pos", "neu", "neg")] == [
            vader["compound"], vader["pos"], vader["neu"], vader["neg"]]


def test_seed_park_quote_is_scored_positive_by_vader(seed_records):
    park = [r for r in seed_records if r["text"].startswith("restore mutual confidence")]
    assert len(park) == 1
    assert park[0]["side"] == "seoul" and park[0]["vader_compound"] == 0.6705


def test_table_output_lists_the_scores():
    result = run_sentiment(str(SEED))
    assert result.returncode == 0, result.stderr
    assert "vader_compound" in result.stdout.splitlines()[0]


@pytest.mark.parametrize("name, content, problem", [
    ("missing.txt", None, "no such file"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50, "is not a text file"),
    ("latin1.txt", "27 July 2021\n\nKoreas agree\n\nSüdkorea und Nordkorea.\n".encode("latin-1"), "is not UTF-8"),
])
def test_bad_input_exits_2_with_one_line_and_no_output(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_sentiment(str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: {path}: ") and problem in result.stderr
    assert "Traceback" not in result.stderr
