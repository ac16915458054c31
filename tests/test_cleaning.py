"""Cleaning keeps spans true to the original and removes exactly what it says it removes."""

from __future__ import annotations

from pathlib import Path

import pytest

from koreanews import load_article
from koreanews.cleaning import (
    content_words,
    normalise,
    paragraph_table,
    sentence_table,
    split_sentences,
    stop_words,
    token_table,
    tokenize,
    word_form,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_175fb86403050739.txt"


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


def test_normalise_maps_typography_one_character_for_one():
    original = "North Korea’s “setback” — ‘again’\u00a0now"
    plain = normalise(original)
    assert plain == "North Korea's \"setback\" - 'again' now"
    assert len(plain) == len(original)


def test_possessive_is_removed_from_the_counted_word():
    assert tokenize("North Korea’s economy") == ["North", "Korea", "'s", "economy"]
    assert content_words(tokenize("North Korea’s economy")) == ["north", "korea", "economy"]
    assert content_words(tokenize("the Koreas' border")) == ["koreas", "border"]


def test_punctuation_numbers_and_stop_words_are_dropped():
    words = content_words(tokenize("About 28,500 US troops are stationed in South Korea."))
    assert words == ["us", "troops", "stationed", "south", "korea"]
    assert word_form("1950-53") is None
    assert word_form("Jae-in") == "jae-in"


def test_stop_word_list_is_nltk_english_with_198_words():
    assert len(stop_words()) == 198
    assert {"the", "and", "he'd"} <= stop_words()


def test_header_lines_are_not_merged_into_sentences(seed):
    sentences = split_sentences(seed)
    assert sentences[0].paragraph == 1
    assert sentences[0].text.startswith("South and North Korea have restored")
    assert not any("27 July 2021" in s.text for s in sentences)


def test_sentence_spans_point_at_the_original_text(seed):
    for sentence in split_sentences(seed):
        paragraph = seed.paragraphs[sentence.paragraph - 1]
        assert paragraph[sentence.start:sentence.end] == sentence.text


def test_kcna_paragraph_keeps_its_curly_quote_in_the_sentence_text(seed):
    table = sentence_table(seed)
    kcna = table[table.paragraph.isin([6, 7])].text.tolist()
    assert kcna[0].startswith("The official Korean Central News Agency said: “Now, the whole Korean nation")
    assert kcna[1].startswith("“In this regard")


def test_seed_sentence_count(seed):
    assert len(sentence_table(seed)) == 17
    assert sentence_table(seed).paragraph.value_counts()[15] == 2


def test_paragraph_table_numbers_only_body_paragraphs(seed):
    table = paragraph_table(seed)
    assert list(table.columns) == ["block", "line", "role", "paragraph", "words", "reason", "text"]
    body = table[table.role == "body"]
    assert body.paragraph.tolist() == list(range(1, 17))
    assert table[table.role != "body"].paragraph.isna().all()


def test_token_table_shows_what_was_removed_and_why(seed):
    table = token_table(seed)
    assert set(table.role) == {"body", "caption"}
    possessive = table[(table.token == "'s")]
    assert not possessive.kept.any() and (possessive.word == "").all()
    the = table[table.word == "the"]
    assert the.stop_word.all() and not the.kept.any()
    kept = table[table.kept]
    assert not kept.word.isin(stop_words()).any()
    body_only = token_table(seed, roles=("body",))
    assert set(body_only.role) == {"body"}
    assert len(body_only) < len(table)


def test_full_stops_inside_a_paragraph_are_not_glued_to_words():
    tokens = tokenize("It ended the war. The Koreas remain split.")
    assert "war" in tokens and "war." not in tokens
    assert tokens.count(".") == 2
