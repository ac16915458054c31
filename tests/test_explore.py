"""The explorers work without a browser: their widgets react, and their text form is short and stable."""

from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets
import pytest

from koreanews.explore import (
    EXPLANATION_CLASS, quotation_card, quotation_explorer, quotation_label, quotation_options, quotation_view,
    top_words_explorer, top_words_view,
)
from koreanews.loading import load_article

ARTICLE_TEXT = """1 March 2021

Talks resume

1 March 2021

Seoul said the talks were "a very good and hopeful step forward".

In this photo provided by the Unification Ministry, delegates shake hands at the talks. (Pool via AP)

The agency said: "The South must stop its hostile and dangerous drills."
"""
SEOUL_QUOTE = '"a very good and hopeful step forward"'



def _quote(paragraph, side, text, start=0, kind="direct", speaker="Seoul", cue="said", rule="said-after"):
    return SimpleNamespace(text=text, paragraph=paragraph, start=start, end=start + len(text), speaker=speaker,
                           side=side, cue=cue, kind=kind, rule=rule)


@pytest.fixture
def quotes():
    return [
        _quote(1, "seoul", SEOUL_QUOTE, start=len("Seoul said the talks were ")),
        _quote(2, "pyongyang", '"The South must stop its hostile and dangerous drills."', start=17,
               speaker="KCNA", rule="said-colon"),
    ]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return load_article(path)


def _parts(explorer):
    found = {}
    stack = [explorer]
    while stack:
        widget = stack.pop()
        found.setdefault(type(widget), []).append(widget)
        stack.extend(getattr(widget, "children", ()))
    return found


def test_label_shows_paragraph_side_and_opening_words():
    quote = _quote(6, "pyongyang", "“Now, the whole Korean nation desires”")
    assert quotation_label(quote) == "¶6 pyongyang — Now, the whole…"


def test_repeated_labels_are_told_apart(quotes):
    labels = [label for label, _ in quotation_options([quotes[0], quotes[0]])]
    assert labels[0] != labels[1] and [index for _, index in quotation_options(quotes)] == [0, 1]


def test_choosing_another_quotation_changes_the_explanation(quotes):
    explorer = quotation_explorer(quotes)
    parts = _parts(explorer)
    dropdown, view = parts[widgets.Dropdown][0], parts[widgets.HTML][0]
    assert dropdown.description == "Quotation" and EXPLANATION_CLASS in view._dom_classes
    first = view.value
    assert "hopeful" in first and "seoul" in first
    dropdown.value = 1
    assert view.value != first
    assert "hostile" in view.value and "KCNA" in view.value and "said-colon" in view.value


def test_explanation_lists_word_contributions_of_both_methods(quotes):
    card = quotation_card(quotes[1])
    assert "<b>TextBlob</b>" in card and "<b>VADER</b>" in card
    assert "<td>hostile</td>" in card  # a VADER lexicon word, shown with its valence


def test_explanation_marks_the_quotation_in_its_paragraph(quotes, article):
    assert "<mark>&quot;a very good and hopeful step forward&quot;</mark>" in quotation_card(quotes[0], article)


def test_a_mention_is_attributed_but_not_scored():
    card = quotation_card(_quote(1, "seoul", "the statement", kind="mention"))
    assert "Attribution" in card and "Word contributions" not in card


def test_text_form_is_short_and_names_the_count(quotes):
    assert repr(quotation_explorer(quotes)) == \
        "Quotation explorer: 2 quotations (run the notebook in JupyterLab to use it)"
    bundle = quotation_explorer(quotes)._repr_mimebundle_()
    assert bundle["text/plain"] == repr(quotation_explorer(quotes))


def test_top_words_follow_the_slider_and_the_captions_box(article):
    explorer = top_words_explorer(article, n=2)
    parts = _parts(explorer)
    slider, box, view = parts[widgets.IntSlider][0], parts[widgets.Checkbox][0], parts[widgets.HTML][0]
    assert (slider.description, box.description) == ("Top words", "Include captions")
    assert view.value.count("<tr>") == 1 + 2
    slider.value = 4
    assert view.value.count("<tr>") == 1 + 4
    assert "photo" not in view.value
    slider.value = 50
    box.value = True
    assert "photo" in view.value
    assert repr(explorer) == "Top words explorer: 1 to 50 words (run the notebook in JupyterLab to use it)"


def test_static_views_match_what_the_explorers_show_first(quotes, article):
    assert quotation_view(quotes, article).data == _parts(quotation_explorer(quotes, article))[widgets.HTML][0].value
    assert top_words_view(article, n=15).data == _parts(top_words_explorer(article, n=15))[widgets.HTML][0].value


def test_static_view_of_an_article_without_quotations_says_so():
    assert quotation_view([]).data == "<p>No quotations in this article.</p>"
    assert repr(quotation_explorer([])) == "Quotation explorer: 0 quotations (run the notebook in JupyterLab to use it)"
