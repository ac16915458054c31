"""Word counts, bigram scores and side keyness count what they say, with statistics checked by hand."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from koreanews import load_article  # noqa: E402
from koreanews.charts import (  # noqa: E402
    NEUTRAL_COLOUR, SIDE_COLOURS, dispersion_chart, keyness_chart, top_words_chart,
)
from koreanews.frequency import (  # noqa: E402
    bigram_table,
    chi2_p_value,
    compare_top_words,
    counted_words,
    dispersion_finding,
    keyness_finding,
    keyness_table,
    log_likelihood,
    side_keyness,
    side_word_counts,
    smoothed_log_ratio,
    term_positions,
    top_words,
    word_frequency_table,
    word_runs,
    word_stream,
)
from koreanews.loading import parse_article  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_175fb86403050739.txt"

# Body: "trust grows talks continue talks resume" + "trust returns border" = 9 counted words.
# Caption: photo talks border picture released officials photo via ap.  Boilerplate: sign newsletter.
SMALL = (
    "1 May 2020\n\nTalks resume\n\n"
    "Trust grows, talks continue and talks resume.\n\n"
    "A photo of the talks at the border, in this picture released by officials. (Photo via AP)\n\n"
    "Trust returns to the border.\n\n"
    "Sign up for our newsletter\n"
)


@dataclass(frozen=True)
class Quote:
    """The three fields of a quotation that the side comparison reads."""

    text: str
    side: str
    kind: str


@pytest.fixture(scope="module")
def small():
    return parse_article(SMALL)


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


# --- counting ----------------------------------------------------------------


def test_counts_cover_the_body_only_unless_captions_are_asked_for(small):
    assert counted_words(small) == [
        "trust", "grows", "talks", "continue", "talks", "resume", "trust", "returns", "border"
    ]
    with_captions = counted_words(small, include_captions=True)
    assert with_captions.count("photo") == 2 and with_captions.count("talks") == 3
    assert "newsletter" not in with_captions and "talks" in counted_words(small)  # headline "Talks resume" not counted
    assert counted_words(small).count("talks") == 2


def test_top_words_break_ties_alphabetically_and_give_percent_of_counted_words(small):
    top = top_words(small, n=3)
    assert top.to_dict("list") == {
        "rank": [1, 2, 3],
        "word": ["talks", "trust", "border"],  # 2, 2, then five words seen once: border first
        "count": [2, 2, 1],
        "percent": [22.22, 22.22, 11.11],  # 2/9 and 1/9
    }


def test_captions_change_the_top_words_when_included(small):
    table = compare_top_words(small, n=3)
    assert table["body_word"].tolist() == ["talks", "trust", "border"]
    assert table["with_captions_word"].tolist() == ["talks", "border", "photo"]
    assert table["with_captions_count"].tolist() == [3, 2, 2]


def test_top_words_of_zero_is_an_empty_table_with_its_columns(small):
    assert list(top_words(small, n=0).columns) == ["rank", "word", "count", "percent"]
    assert top_words(small, n=0).empty


def test_frequency_table_ranks_body_words_and_keeps_caption_and_boilerplate_apart(small):
    frame = word_frequency_table(small)
    assert list(frame.columns) == ["rank", "word", "body", "percent", "paragraphs", "caption", "boilerplate"]
    table = frame.set_index("word")
    assert table.loc["talks", ["rank", "body", "paragraphs", "caption"]].tolist() == [1, 2, 1, 1]
    assert table.loc["trust", ["rank", "body", "paragraphs"]].tolist() == [2, 2, 2]
    assert pd.isna(table.loc["photo", "rank"]) and table.loc["photo", "caption"] == 2
    assert table.loc["newsletter", "boilerplate"] == 1 and table.loc["newsletter", "body"] == 0
    assert table["percent"].sum() == pytest.approx(100, abs=0.05)


def test_seed_body_leads_with_north_and_korea_and_captions_lift_korean(seed):
    assert top_words(seed, n=3)[["word", "count"]].values.tolist() == [["north", 11], ["korea", 10], ["south", 8]]
    with_captions = top_words(seed, n=2, include_captions=True)
    assert with_captions[["word", "count"]].values.tolist() == [["north", 15], ["korean", 14]]


# --- bigrams -------------------------------------------------------------------


def test_word_runs_break_at_punctuation_but_read_through_possessives():
    article = parse_article("1 May 2020\n\nNorth Korea's economy, trade and talks.\n")
    assert word_runs(article) == [["north", "korea", "economy"], ["trade", "and", "talks"]]


def test_bigram_scores_match_the_contingency_table_worked_by_hand():
    """Runs: peace talks | peace talks resume | talks of peace → 8 words; peace 3, talks 3.

    "peace talks" occurs 2 times.  PMI = log2(2·8 / (3·3)) = log2(16/9) = 0.830.
    Likelihood ratio, cells (pair, peace-not-talks, talks-not-peace, rest) = (2, 1, 1, 4),
    expected (3·3/8, 3·5/8, 5·3/8, 5·5/8) = (1.125, 1.875, 1.875, 3.125):
    G² = 2[2 ln(2/1.125) + 2·1 ln(1/1.875) + 4 ln(4/3.125)]
       = 2[1.150728 − 1.257217 + 0.987441] = 1.762.
    "talks resume" (1) falls under the frequency filter; pairs with "of" are stop-word pairs.
    """
    table = bigram_table([["peace", "talks"], ["peace", "talks", "resume"], ["talks", "of", "peace"]], min_count=2)
    assert table["bigram"].tolist() == ["peace talks"]
    row = table.iloc[0]
    assert (row["count"], row["first_count"], row["second_count"]) == (2, 3, 3)
    assert row["pmi"] == pytest.approx(0.830, abs=0.001)
    assert row["likelihood_ratio"] == pytest.approx(1.762, abs=0.001)


def test_bigrams_never_span_two_runs():
    assert bigram_table([["peace"], ["talks"]], min_count=1).empty
    assert bigram_table([["peace", "talks"]], min_count=1)["bigram"].tolist() == ["peace talks"]


def test_bigram_ranks_are_one_to_n_for_each_score(seed):
    from koreanews.frequency import article_bigrams

    table = article_bigrams(seed)
    assert sorted(table["rank_pmi"]) == list(range(1, len(table) + 1))
    assert table["rank_likelihood"].tolist() == list(range(1, len(table) + 1))
    assert table["bigram"].iloc[0] == "north korea" and "communication channels" in set(table["bigram"])
    assert (table["count"] >= 2).all()


# --- dispersion ----------------------------------------------------------------


def test_term_positions_give_paragraphs_and_median_place_in_the_text(small):
    stream = word_stream(small)  # 12 words, stop words included: offsets 0..11
    assert stream["word"].tolist()[:3] == ["trust", "grows", "talks"] and len(stream) == 12
    positions = term_positions(stream, ["trust", "border", "peace"]).set_index("term")
    assert positions.loc["trust", "paragraphs"] == "1, 2"
    assert positions.loc["trust", "median_position"] == 0.32  # offsets 0 and 7: median 3.5 / 11
    assert positions.loc["border", "median_position"] == 1.0
    assert positions.loc["peace", "occurrences"] == 0 and pd.isna(positions.loc["peace", "median_position"])
    assert dispersion_finding(term_positions(stream, ["trust", "border", "peace"])) == (
        '"trust" comes in the first half; "border" in the second; not used: "peace"'
    )
    assert dispersion_finding(term_positions(stream, ["border", "the"])) == '"border", "the" come in the second half'


# --- keyness statistics --------------------------------------------------------


def test_log_likelihood_matches_hand_computation():
    """4 of 10 words on one side, 0 of 10 on the other.

    Table (word, other words) × (side A, side B) = (4, 0; 6, 10); N = 20.
    Expected = (10·4/20, 10·4/20; 10·16/20, 10·16/20) = (2, 2; 8, 8).
    G² = 2[4 ln(4/2) + 0 + 6 ln(6/8) + 10 ln(10/8)]
       = 2[2.772589 − 1.726092 + 2.231436] = 2 · 3.277933 = 6.5559.
    """
    assert log_likelihood(4, 0, 10, 10) == pytest.approx(6.5559, abs=1e-4)
    assert log_likelihood(0, 4, 10, 10) == pytest.approx(6.5559, abs=1e-4)


def test_log_likelihood_is_zero_when_rates_are_equal_and_works_on_arrays():
    assert log_likelihood(2, 4, 10, 20) == 0
    values = log_likelihood(pd.Series([4, 2]).to_numpy(), pd.Series([0, 4]).to_numpy(), 10, 10)
    # 2 vs 4 of 10 each: expected (3, 3; 7, 7); 2[2 ln(2/3) + 4 ln(4/3) + 8 ln(8/7) + 6 ln(6/7)]
    #                  = 2[−0.810930 + 1.150728 + 1.068251 − 0.924910] = 0.9663
    assert values.tolist() == pytest.approx([6.5559, 0.9663], abs=1e-4)


def test_chi_square_one_p_value_is_five_percent_at_3_84():
    assert chi2_p_value(3.841459) == pytest.approx(0.05, abs=1e-6)
    assert chi2_p_value(6.5559) == pytest.approx(0.01045, abs=1e-5)  # erfc(√3.27795)
    assert chi2_p_value(0) == 1.0


def test_smoothed_log_ratio_adds_one_to_every_count():
    """3 of 6 words against 0 of 4, vocabulary 5: log2((4/11) / (1/9)) = log2(36/11) = 1.7105."""
    assert smoothed_log_ratio(3, 0, 6, 4, 5) == pytest.approx(1.7105, abs=1e-4)
    assert smoothed_log_ratio(0, 3, 4, 6, 5) == pytest.approx(-1.7105, abs=1e-4)


# --- side vocabularies ---------------------------------------------------------

QUOTES = [
    Quote("peace peace peace peace talks talks talks talks talks talks", "seoul", "direct"),
    Quote("talks talks talks talks talks", "pyongyang", "direct"),
    Quote("talks talks talks talks talks", "pyongyang", "partial"),
    Quote("sanctions must end", "pyongyang", "indirect"),
    Quote("peace at last", "other", "direct"),
]


def test_side_counts_pool_direct_and_partial_and_leave_out_indirect_and_other_sides():
    counts = side_word_counts(QUOTES)
    assert counts.to_dict("list") == {"word": ["talks", "peace"], "seoul": [6, 4], "pyongyang": [10, 0]}
    indirect = side_word_counts(QUOTES, kinds=("indirect",))
    assert indirect.to_dict("list") == {
        "word": ["end", "must", "sanctions"], "seoul": [0, 0, 0], "pyongyang": [1, 1, 1]
    }


def test_side_counts_read_a_frame_the_same_as_objects():
    frame = pd.DataFrame([q.__dict__ for q in QUOTES]).assign(speaker="someone")
    assert side_word_counts(frame).equals(side_word_counts(QUOTES))


def test_keyness_scores_each_word_and_orders_by_g2():
    """Seoul 4 peace + 6 talks (10 words); KCNA 10 talks (10 words); vocabulary 2.

    peace: G² = 6.5559 (hand-worked above), p = 0.0105 → significant; log ratio log2((5/12)/(1/12)) = log2 5.
    talks: 6 vs 10 of 10 each is the mirror table (6, 10; 4, 0), so G² = 6.5559 too and p = 0.0105;
    the G² tie is broken by the larger |log ratio|: peace (2.32) before talks (log2(7/11) = −0.65).
    """
    table = keyness_table(side_word_counts(QUOTES))
    assert table["word"].tolist() == ["peace", "talks"]
    peace = table.iloc[0]
    assert peace["g2"] == pytest.approx(6.556, abs=1e-3)
    assert peace["log_ratio"] == pytest.approx(math.log2(5), abs=1e-3)
    assert peace["p_value"] == pytest.approx(0.0105, abs=1e-4)
    assert (peace["leans"], bool(peace["significant"])) == ("seoul", True)
    assert table.iloc[1]["leans"] == "pyongyang" and table.iloc[1]["log_ratio"] < 0
    assert table["significant"].tolist() == [True, True]
    assert table["seoul_total"].tolist() == [10, 10] and table["pyongyang_total"].tolist() == [10, 10]


def test_keyness_with_one_side_silent_scores_nothing_instead_of_a_smoothing_artefact():
    only_kcna = [Quote("restore trust today, trust", "pyongyang", "direct")]
    table = keyness_table(side_word_counts(only_kcna))
    assert table["word"].tolist() == ["trust", "restore", "today"]  # by count, then alphabetically
    assert table["log_ratio"].isna().all() and table["g2"].isna().all()
    assert (table["leans"] == "one side only").all() and not table["significant"].any()
    assert keyness_finding(table) == "Only one side has words here: nothing to compare"
    fig = keyness_chart(table)
    assert fig.axes[0].texts[0].get_text() == "Only one side has words: nothing to compare"


def test_keyness_finding_says_counts_are_single_digits_when_nothing_is_significant():
    quotes = [Quote("restore trust", "seoul", "direct"), Quote("restore ties quickly", "pyongyang", "direct")]
    table = keyness_table(side_word_counts(quotes))
    assert not table["significant"].any()
    assert keyness_finding(table).startswith("No word separates the sides with single-digit counts (largest G² = ")


def test_side_keyness_reports_quoted_and_indirect_groups_and_survives_no_quotes():
    table = side_keyness(QUOTES)
    assert table.columns[0] == "quotes"
    assert table.groupby("quotes")["word"].apply(list).to_dict() == {
        "indirect": ["end", "must", "sanctions"],
        "quoted": ["peace", "talks"],
    }
    empty = side_keyness([])
    assert empty.empty and "g2" in empty.columns
    assert keyness_finding(empty) == "No quoted words to compare between the sides"


# --- charts --------------------------------------------------------------------


def test_top_words_chart_titles_the_finding_and_draws_one_bar_per_word(small):
    fig = top_words_chart(top_words(small, n=3))
    ax = fig.axes[0]
    assert ax.get_title() == '"talks" and "trust" are the most frequent words of the body'
    assert len(ax.patches) == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["border", "trust", "talks"]  # largest at the top


def test_keyness_chart_colours_bars_by_the_side_that_uses_the_word_more():
    fig = keyness_chart(keyness_table(side_word_counts(QUOTES)))
    ax = fig.axes[0]
    colours = [matplotlib.colors.to_hex(bar.get_facecolor()) for bar in ax.patches]
    assert colours == [SIDE_COLOURS["pyongyang"].lower(), SIDE_COLOURS["seoul"].lower()]  # talks (bottom), peace
    assert ax.get_title().startswith("2 words differ significantly")


def test_keyness_chart_of_no_quotations_says_so():
    fig = keyness_chart(side_keyness([]))
    assert fig.axes[0].get_title() == "No quoted words to compare between the sides"


def test_dispersion_chart_is_nltks_plot_restyled_with_counts(small):
    fig = dispersion_chart(word_stream(small), ["trust", "border"])
    ax = fig.axes[0]
    # NLTK puts the first term at the top, i.e. last in tick order
    assert [t.get_text() for t in ax.get_yticklabels()] == ["border (1)", "trust (2)"]
    assert matplotlib.colors.to_hex(ax.lines[0].get_color()) == NEUTRAL_COLOUR.lower()
    assert list(ax.lines[0].get_xdata()) == [0, 7, 11]
    assert ax.get_title() == '"trust" comes in the first half; "border" in the second'
