"""Sentiment scores equal the libraries' own, and every score is explained by the words that carry it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from textblob import TextBlob

from koreanews import load_article
from koreanews.charts import sentiment_arc_chart, side_sentiment_chart, word_contribution_chart
from koreanews.sentiment import (
    coverage_summary,
    coverage_words,
    explain_quotation,
    inflected_forms,
    label,
    leave_one_word_out,
    method_agreement,
    narration_summary,
    paragraph_sentiment,
    score_as_if_known,
    score_quotations,
    score_sentences,
    score_text,
    scoring_text,
    sensitivity_table,
    side_summary,
    textblob_assessments,
    vader_analyzer,
    vader_word_valences,
    what_if_table,
    word_explanations,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_175fb86403050739.txt"
SEOUL_WORDS = "restore mutual confidence and develop their relationships again as soon as possible"
KCNA_SETBACK = (
    "Now, the whole Korean nation desires to see the North-South relations recovered from setback "
    "and stagnation as early as possible."
)


@dataclass(frozen=True)
class Quote:
    """The attributes of ``koreanews.quotations.Quotation`` that the sentiment stage reads."""

    text: str
    paragraph: int = 1
    start: int = 0
    end: int = 0
    speaker: str = "Someone"
    side: str = "seoul"
    kind: str = "direct"


def quote_in(article, paragraph: int, text: str, **fields) -> Quote:
    start = article.paragraphs[paragraph - 1].index(text)
    return Quote(text=text, paragraph=paragraph, start=start, end=start + len(text), **fields)


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


@pytest.fixture(scope="module")
def seed_quotes(seed):
    kcna = dict(speaker="Korean Central News Agency", side="pyongyang", kind="direct")
    second = seed.paragraphs[6].strip("“”")
    return [
        quote_in(seed, 3, SEOUL_WORDS, speaker="Park Soo Hyun", side="seoul", kind="partial"),
        quote_in(seed, 6, KCNA_SETBACK, **kcna),
        quote_in(seed, 7, second, **kcna),
    ]


# --------------------------------------------------------------------------- fixed sentences


def test_scores_of_fixed_sentences_are_pinned():
    happy = score_text("We are very happy.")
    assert happy["vader_compound"] == 0.6115
    assert happy["textblob_polarity"] == 1.0  # "very" (×1.3) pushes "happy" (0.8) past the cap
    seoul = score_text(SEOUL_WORDS)
    assert (seoul["vader_compound"], seoul["vader_pos"], seoul["vader_neu"], seoul["vader_neg"]) == (
        0.6705, 0.355, 0.645, 0.0)
    assert (seoul["textblob_polarity"], seoul["textblob_subjectivity"]) == (0.0, 1.0)
    kcna = score_text(KCNA_SETBACK)
    assert kcna["vader_compound"] == 0.0 and kcna["vader_neu"] == 1.0
    assert kcna["textblob_polarity"] == pytest.approx(0.1)
    assert kcna["textblob_subjectivity"] == pytest.approx(0.5666667)


def test_quote_marks_are_removed_but_apostrophes_kept():
    assert scoring_text("“It’s not good,” he said") == "It's not good, he said"
    assert scoring_text("'The Koreas' talks resume,' he said") == "The Koreas' talks resume, he said"
    assert scoring_text("he called it 'historic'.") == "he called it historic."
    assert scoring_text('  "Now,"  the agency\nsaid: "peace".') == "Now, the agency said: peace."


def test_quote_marks_hide_a_word_from_vader_unless_removed():
    assert score_text('"good",')["vader_compound"] == 0.0  # VADER strips one punctuation mark, not two
    assert score_text(scoring_text('"good",'))["vader_compound"] == 0.4404


def test_curly_apostrophe_would_hide_negation_from_vader():
    assert score_text("I don’t like it")["vader_compound"] > 0
    assert score_text(scoring_text("I don’t like it"))["vader_compound"] < 0


def test_label_uses_vaders_plus_minus_005_band():
    assert [label(x) for x in (0.05, 0.0499, -0.0499, -0.05, float("nan"))] == [
        "positive", "neutral", "neutral", "negative", "none"]


# --------------------------------------------------------------------------- quotation table


def test_quotation_scores_equal_direct_library_calls(seed_quotes):
    scores = score_quotations(seed_quotes)
    fresh = SentimentIntensityAnalyzer()
    for row in scores.itertuples(index=False):
        blob = TextBlob(row.text).sentiment
        vader = fresh.polarity_scores(row.text)
        assert (row.textblob_polarity, row.textblob_subjectivity) == (blob.polarity, blob.subjectivity)
        assert (row.vader_compound, row.vader_pos, row.vader_neu, row.vader_neg) == (
            vader["compound"], vader["pos"], vader["neu"], vader["neg"])


def test_mentions_are_skipped_but_keep_their_number():
    quotes = [Quote("a mention", kind="mention"), Quote("We are very happy.", side="pyongyang")]
    scores = score_quotations(quotes)
    assert scores["quotation"].tolist() == [2]
    assert scores.loc[0, "side"] == "pyongyang" and scores.loc[0, "vader_label"] == "positive"


def test_no_quotations_give_an_empty_table_with_every_column():
    scores = score_quotations([])
    assert scores.empty
    for column in ("paragraph", "kind", "side", "speaker", "text", "textblob_polarity", "textblob_subjectivity",
                   "vader_compound", "vader_pos", "vader_neu", "vader_neg"):
        assert column in scores.columns
    assert side_summary(scores)["quotations"].tolist() == [0, 0, 0, 0]
    assert word_explanations(scores).empty and sensitivity_table(scores).empty
    assert word_explanations(scores)["contribution"].dtype == "float64"


def test_text_column_is_the_scored_text_without_marks():
    scores = score_quotations([Quote("“We are very happy,” ")])
    assert scores.loc[0, "text"] == "We are very happy,"
    assert scores.loc[0, "words"] == 4


def test_each_sentence_of_a_quotation_is_scored_on_its_own():
    scores = score_quotations([Quote("We are very happy. The talks failed.")])
    sentences = score_sentences(scores)
    assert sentences["text"].tolist() == ["We are very happy.", "The talks failed."]
    assert sentences["vader_label"].tolist() == ["positive", "negative"]


def test_side_summary_gives_mean_and_joined_scores_and_rows_for_silent_sides(seed_quotes):
    summary = side_summary(score_quotations(seed_quotes[1:]))  # Pyongyang only
    quoted = summary[summary["basis"] == "quoted words"].set_index("side")
    assert quoted.loc["seoul", "quotations"] == 0 and math.isnan(quoted.loc["seoul", "mean_vader_compound"])
    assert quoted.loc["seoul", "joined_vader_label"] == "none"
    assert quoted.loc["pyongyang", "mean_vader_compound"] == pytest.approx((0.0 + 0.872) / 2)
    joined = " ".join(scoring_text(q.text) for q in seed_quotes[1:])
    assert quoted.loc["pyongyang", "joined_vader_compound"] == score_text(joined)["vader_compound"]


def test_indirect_speech_counts_only_in_all_quotations_basis():
    scores = score_quotations([Quote("We are very happy."), Quote("the talks failed", kind="indirect")])
    summary = side_summary(scores).set_index(["basis", "side"])
    assert summary.loc[("quoted words", "seoul"), "quotations"] == 1
    assert summary.loc[("all quotations", "seoul"), "quotations"] == 2


# --------------------------------------------------------------------------- word-level explanations


def test_vader_word_valences_follow_negation_boosters_capitals_and_but():
    text = "The food is not very good, but the service was GREAT and great!"
    words = vader_word_valences(text).set_index("token")
    assert words.loc["good", "lexicon_valence"] == 1.9
    assert words.loc["good", "rule_valence"] == pytest.approx(-1.62282)  # (1.9 + 0.293) × −0.74
    assert words.loc["good", "valence"] == pytest.approx(-0.81141)  # halved before "but"
    assert words.loc["good", "rule"] == "boosted/dampened by very; negated by not; 'but' ×0.5"
    assert words.loc["GREAT", "valence"] == pytest.approx((3.1 + 0.733) * 1.5)
    assert words.loc["GREAT", "rule"] == "ALL CAPS; 'but' ×1.5"
    assert words.loc["great", "valence"] == pytest.approx(4.65)
    assert words.loc["very", "rule"] == "booster/dampener (scores 0 itself)"


@pytest.mark.parametrize("text", [
    "The food is not very good, but the service was GREAT and great!",
    "Good, good, not good at all.",
    "It is kind of bad and I am at least happy??",
    SEOUL_WORDS,
    KCNA_SETBACK,
])
def test_vader_word_valences_reproduce_the_analysers_score(text):
    words = vader_word_valences(text)
    assert vader_analyzer().score_valence(list(words["valence"]), text) == vader_analyzer().polarity_scores(text)
    assert words["contribution"].sum() == pytest.approx(vader_analyzer().polarity_scores(text)["compound"], abs=1e-4)


def test_repeated_word_is_scored_in_the_context_of_its_first_occurrence_as_vader_does():
    words = vader_word_valences("not good and good")
    assert words["valence"].tolist() == pytest.approx([0.0, -1.406, 0.0, -1.406])
    assert words.loc[3, "rule"] == "negated by not; context of first occurrence (word 1)"


def test_cancelling_valences_give_zero_contributions_not_negative_zero():
    words = vader_word_valences("good abandon")  # +1.9 and −1.9: compound 0
    assert words["valence"].tolist() == [1.9, -1.9]
    assert [math.copysign(1, x) for x in words["contribution"]] == [1.0, 1.0]
    assert words["contribution"].tolist() == [0.0, 0.0]


def test_textblob_assessments_average_to_the_polarity():
    table = textblob_assessments(KCNA_SETBACK)
    assert table["words"].tolist() == ["whole", "early", "possible"]
    assert table["polarity"].tolist() == pytest.approx([0.2, 0.1, 0.0])
    assert table["contribution"].sum() == pytest.approx(TextBlob(KCNA_SETBACK).sentiment.polarity)
    negated = textblob_assessments("This is not very good.")
    assert negated.loc[0, "words"] == "not very good" and negated.loc[0, "lexicon_polarity"] == 0.7


def test_explanation_of_seoul_quote_names_the_words_that_carry_each_score():
    table = explain_quotation("“" + SEOUL_WORDS + "”")
    vader = table[table["method"] == "VADER"]
    assert vader["words"].tolist() == ["restore", "confidence"]
    assert vader["value"].tolist() == [1.2, 2.3]
    assert vader["contribution"].sum() == pytest.approx(0.6705, abs=1e-4)
    blob = table[table["method"] == "TextBlob"]
    assert blob["words"].tolist() == ["possible"] and blob["value"].tolist() == [0.0]
    assert explain_quotation(Quote(SEOUL_WORDS)).equals(table)  # a quotation object gives the same table


def test_word_explanations_label_every_row_with_its_quotation(seed_quotes):
    table = word_explanations(score_quotations(seed_quotes))
    assert set(table["quotation"]) == {1, 2, 3}
    assert set(table.loc[table["quotation"] == 2, "method"]) == {"TextBlob"}  # VADER knows none of its words
    assert set(table.loc[table["quotation"] == 3, "side"]) == {"pyongyang"}


# --------------------------------------------------------------------------- coverage and what-if


def test_setback_and_stagnation_are_in_neither_lexicon(seed_quotes):
    words = coverage_words(score_quotations(seed_quotes)).set_index(["side", "word"])
    for word in ("setback", "stagnation"):
        assert words.loc[("pyongyang", word), "in_neither"]
    assert words.loc[("pyongyang", "trust"), "vader_valence"] == 2.3
    assert words.loc[("pyongyang", "desires"), "related_vader"] == "desire desired"
    assert words.loc[("pyongyang", "several"), "related_vader"] == ""  # not "severe": endings, not stems


def test_inflected_forms_add_and_remove_regular_endings():
    assert {"desire", "desired"} <= inflected_forms("desires")
    assert "promote" in inflected_forms("promoting") and "developed" in inflected_forms("develop")
    assert "severe" not in inflected_forms("several")


def test_coverage_summary_gives_shares_of_content_words():
    scores = score_quotations([Quote("trust and setback and trust")])
    summary = coverage_summary(coverage_words(scores))
    assert summary.loc[0, "content_words"] == 3
    assert summary.loc[0, "vader_known"] == pytest.approx(2 / 3)
    assert summary.loc[0, "textblob_known"] == 0.0
    assert summary.loc[0, "unknown_to_both"] == "setback"


def test_kcna_turns_negative_if_setback_and_stagnation_were_known():
    what_if = score_as_if_known(KCNA_SETBACK, {"setback": "failure", "stagnation": "dull"})
    assert what_if["vader_added"] == {"setback": -2.3, "stagnation": -1.7}
    assert what_if["vader_compound"] < -0.05 < score_text(KCNA_SETBACK)["vader_compound"]
    assert what_if["textblob_polarity"] == pytest.approx((0.2 + 0.1 + 0.0 - 0.3166667 - 0.2916667) / 5)
    assert "setback" not in vader_analyzer().lexicon  # the shared analyser is left alone


# --------------------------------------------------------------------------- comparison and sensitivity


def test_method_agreement_counts_labels_signs_and_rank_correlation(seed_quotes):
    agreement = method_agreement(score_quotations(seed_quotes)).set_index("measure")["value"]
    assert agreement["quotations"] == 3
    assert agreement["same label (±0.05 band)"] == pytest.approx(1 / 3)
    assert agreement["Spearman rank correlation"] == pytest.approx(-0.5)


def test_rank_correlation_is_undefined_for_a_single_quotation():
    agreement = method_agreement(score_quotations([Quote("We are very happy.")])).set_index("measure")["value"]
    assert agreement["same label (±0.05 band)"] == 1.0
    assert math.isnan(agreement["Spearman rank correlation"])


def test_leave_one_word_out_finds_the_word_that_carries_the_label():
    table = leave_one_word_out("We are very happy.").set_index("word")
    assert table.loc["happy.", "flips_vader_label"]
    assert table.loc["happy.", "vader_change"] == pytest.approx(0.6115)
    assert table.loc["very", "vader_change"] == pytest.approx(0.6115 - 0.5719)
    assert not table.loc["We", "flips_vader_label"] and table.loc["We", "vader_change"] == 0.0


def test_sensitivity_table_keeps_only_words_that_move_a_score():
    table = sensitivity_table(score_quotations([Quote("We are very happy.")]))
    assert table["word"].tolist() == ["very", "happy."]


# --------------------------------------------------------------------------- paragraphs and narration


def test_narration_is_the_paragraph_without_its_quoted_words(seed, seed_quotes):
    arc = paragraph_sentiment(seed, seed_quotes).set_index("paragraph")
    assert len(arc) == len(seed.paragraphs)
    assert arc.loc[3, "narration"] == (
        "The two leaders agreed to , Blue House spokesman Park Soo Hyun said in a televised briefing.")
    assert arc.loc[3, "quoted_sides"] == "seoul" and arc.loc[1, "quoted_sides"] == ""
    assert arc.loc[3, "narration_vader_compound"] == score_text(arc.loc[3, "narration"])["vader_compound"]
    assert arc.loc[7, "narration_words"] == 0


def test_indirect_speech_stays_in_the_narration():
    article = load_article(SEED)
    indirect = Quote("both governments said", paragraph=1, start=0, end=10, kind="indirect")
    arc = paragraph_sentiment(article, [indirect])
    assert arc["narration"].tolist() == [scoring_text(p) for p in article.paragraphs]
    assert isinstance(arc, pd.DataFrame)


def test_paragraphs_are_placed_by_their_distance_from_quotes(seed, seed_quotes):
    arc = paragraph_sentiment(seed, seed_quotes).set_index("paragraph")
    assert arc.loc[[2, 3, 4, 5, 6, 8, 9], "context"].tolist() == [
        "next to quotes", "quotes", "next to quotes", "next to quotes", "quotes", "next to quotes", "elsewhere"]
    summary = narration_summary(arc.reset_index()).set_index("context")
    assert summary.loc["quotes", "paragraphs"] == 3
    assert summary.loc["quotes", "narration_words"] == arc.loc[[3, 6], "narration_words"].sum()  # 7 has none


def test_what_if_table_lists_only_quotations_with_the_added_words(seed_quotes):
    table = what_if_table(score_quotations(seed_quotes), {"setback": "failure", "stagnation": "dull"})
    assert table["quotation"].tolist() == [2]
    assert table.loc[0, "added"] == "setback; stagnation"
    assert (table.loc[0, "vader_label"], table.loc[0, "vader_label_what_if"]) == ("neutral", "negative")


def test_charts_draw_for_an_article_without_quotations(seed):
    import matplotlib.pyplot as plt

    scores = score_quotations([])
    sides = side_sentiment_chart(side_summary(scores))
    assert "no quotations" in [text.get_text() for ax in sides.axes for text in ax.texts]
    words = word_contribution_chart(word_explanations(scores))
    assert "no scoring words" in [text.get_text() for ax in words.axes for text in ax.texts]
    arc = sentiment_arc_chart(paragraph_sentiment(seed, []))
    assert arc.axes[0].get_legend().get_title().get_text() == "no paragraph quotes anyone word for word"
    plt.close("all")
