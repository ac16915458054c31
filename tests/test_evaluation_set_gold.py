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

#: folder → (number of articles, most body words an article may have): most sets hold ten of at most 450 words
EVALUATION_SETS = {"unseen": (8, 400), "recheck": (12, 450),
                   **{name: (10, 450) for name in (
                     "blind", "confirmation", "fresh", "validation", "crosscheck", "final_a", "final_b",
                     "extra_a", "extra_b", "closing_a", "closing_b", "late_a", "late_b", "winter_a",
                     "winter_b", "autumn_a", "autumn_b", "dawn_a", "dawn_b", "dawn_c", "eve_a", "eve_b",
                     "eve_c", "night_a", "night_b", "night_c", "dusk_a", "dusk_b", "dusk_c", "morning_a",
                     "morning_b", "morning_c", "noon_a", "noon_b", "noon_c", "twilight_a", "twilight_b",
                     "twilight_c", "sunrise_a", "sunrise_b", "sunrise_c", "evening_a", "evening_b",
                     "evening_c", "midnight_a", "midnight_b", "midnight_c", "daybreak_a", "daybreak_b",
                     "daybreak_c", "solstice_a", "solstice_b", "solstice_c", "equinox_a", "equinox_b", "equinox_c",
                     "harvest_a", "harvest_b", "harvest_c", "frost_a", "frost_b", "frost_c", "thaw_a",
                     "thaw_b", "thaw_c", "melt_a", "melt_b", "melt_c", "spring_a",
                     "spring_b", "bloom_a", "bloom_b", "bloom_c", "blossom_a", "blossom_b", "blossom_c",
                     "petal_a", "petal_b", "petal_c", "bud_a", "bud_b", "bud_c", "sprout_a", "sprout_b",
                     "sprout_c", "sprout_d", "sprout_e", "sprout_f", "sprout_h",
                     "sprout_g", "sprout_j", "leaf_a", "leaf_b", "leaf_c", "leaf_d", "leaf_e", "leaf_f",
                     "sprout_i")}}
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
