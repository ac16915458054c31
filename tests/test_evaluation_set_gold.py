"""The blind evaluation sets are well formed: every gold entry points at words that are in its article.

The articles of every folder in EVALUATION_SETS below were written and annotated apart from the extractor,
so they can measure it on news it was never tuned on.
Nothing here runs the extractor; these checks only make sure the annotation
can be trusted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from koreanews.evaluation import GOLD_FILE, load_gold
from koreanews.loading import load_article

#: folder → (number of articles, most body words an article may have)
EVALUATION_SETS = {"blind": (10, 450), "unseen": (8, 400), "confirmation": (10, 450), "fresh": (10, 450),
                   "validation": (10, 450), "crosscheck": (10, 450), "recheck": (12, 450), "final_a": (10, 450),
                   "final_b": (10, 450), "extra_a": (10, 450), "extra_b": (10, 450), "closing_a": (10, 450),
                   "closing_b": (10, 450), "late_a": (10, 450), "late_b": (10, 450),
                   "winter_a": (10, 450), "winter_b": (10, 450), "autumn_a": (10, 450), "autumn_b": (10, 450),
                   "dawn_a": (10, 450), "dawn_b": (10, 450), "dawn_c": (10, 450),
                   "eve_a": (10, 450), "eve_b": (10, 450), "eve_c": (10, 450),
                   "night_a": (10, 450), "night_b": (10, 450), "night_c": (10, 450),
                   "dusk_a": (10, 450), "dusk_b": (10, 450), "dusk_c": (10, 450),
                   "morning_a": (10, 450), "morning_b": (10, 450), "morning_c": (10, 450),
                   "noon_a": (10, 450), "noon_b": (10, 450), "noon_c": (10, 450),
                   "twilight_a": (10, 450), "twilight_b": (10, 450), "twilight_c": (10, 450),
                   "sunrise_a": (10, 450), "sunrise_b": (10, 450), "sunrise_c": (10, 450),
                   "evening_a": (10, 450), "evening_b": (10, 450), "evening_c": (10, 450),
                   "midnight_a": (10, 450), "midnight_b": (10, 450), "midnight_c": (10, 450),
                   "daybreak_a": (10, 450), "daybreak_b": (10, 450), "daybreak_c": (10, 450),
                   "solstice_a": (10, 450), "solstice_b": (10, 450), "solstice_c": (10, 450),
                   "equinox_a": (10, 450), "equinox_b": (10, 450)}
FIELDS = {"article", "paragraph", "text", "speaker", "side", "kind"}
SIDES = {"seoul", "pyongyang", "other", "unknown"}
KINDS = {"direct", "partial", "mention"}
QUOTE_MARKS = "\"'“”‘’"


@pytest.fixture(scope="module", params=sorted(EVALUATION_SETS))
def folder(request):
    return Path(__file__).parent / request.param


@pytest.fixture(scope="module")
def gold(folder):
    return load_gold(folder / GOLD_FILE)


@pytest.fixture(scope="module")
def articles(folder):
    return {path.name: load_article(path) for path in sorted(folder.glob("*.txt"))}


def test_each_set_has_its_articles_of_wire_length(folder, articles):
    count, most_words = EVALUATION_SETS[folder.name]
    assert len(articles) == count
    for name, article in articles.items():
        words = sum(len(p.split()) for p in article.paragraphs)
        assert 200 <= words <= most_words, f"{name}: {words} words in the body"
        assert article.dateline and article.headline, name


def test_gold_is_a_list_of_complete_entries(gold):
    assert isinstance(gold, list) and gold
    for entry in gold:
        assert set(entry) == FIELDS, entry
        assert isinstance(entry["paragraph"], int) and entry["paragraph"] >= 1, entry
        assert isinstance(entry["text"], str) and entry["text"].strip(), entry
        assert entry["side"] in SIDES, entry
        assert entry["kind"] in KINDS, entry


def test_speech_has_a_speaker_and_a_side_and_mentions_have_neither(gold):
    for entry in gold:
        if entry["kind"] == "mention":
            assert entry["speaker"] == "" and entry["side"] == "unknown", entry
        else:
            assert entry["speaker"].strip(), entry
            assert entry["side"] != "unknown", entry


def test_texts_are_given_without_their_quotation_marks(gold):
    for entry in gold:
        text = entry["text"]
        assert text == text.strip(), entry
        assert text[0] not in QUOTE_MARKS and text[-1] not in QUOTE_MARKS, entry


def test_every_text_occurs_in_its_article_paragraph(gold, articles):
    for entry in gold:
        assert entry["article"] in articles, f"no article {entry['article']}"
        paragraphs = articles[entry["article"]].paragraphs
        assert entry["paragraph"] <= len(paragraphs), entry
        assert entry["text"] in paragraphs[entry["paragraph"] - 1], entry


def test_no_entry_is_annotated_twice(gold):
    keys = Counter((e["article"], e["paragraph"], e["text"]) for e in gold)
    assert [key for key, n in keys.items() if n > 1] == []


def test_every_article_is_annotated(gold, articles):
    annotated = {e["article"] for e in gold}
    assert annotated == set(articles)
    speech = {e["article"] for e in gold if e["kind"] != "mention"}
    assert speech == set(articles)


def test_the_set_covers_every_kind_and_side(gold):
    assert {e["kind"] for e in gold} == KINDS
    assert {e["side"] for e in gold if e["kind"] != "mention"} == {"seoul", "pyongyang", "other"}
