"""Interactive explorers for JupyterLab (ipywidgets), with static HTML twins for readers without a kernel.

Each explorer is a small ``VBox`` whose plain-text form is one short,
deterministic line: that is what a stored notebook, a code host's viewer and
the static site show in place of the live widget.  The HTML an explorer
displays is made by plain functions (:func:`quotation_card`,
:func:`top_words_html`), so a notebook can show the same content as a normal
output just before the explorer, and tests can check it without a browser.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

#: The CSS class of the explorer's HTML output (the browser test looks for it).
EXPLANATION_CLASS = "koreanews-explanation"
#: How many words of a quotation its dropdown label shows.
LABEL_WORDS = 3
KERNEL_NOTE = "run the notebook in JupyterLab to use it"
NO_QUOTATIONS = "<p>No quotations in this article.</p>"


class Explorer(widgets.VBox):
    """A VBox with a one-line text form, so stored outputs carry no widget internals."""

    def __init__(self, children, summary: str, **kwargs):
        super().__init__(children, **kwargs)
        self._summary = summary

    def __repr__(self) -> str:
        return f"{self._summary} ({KERNEL_NOTE})"


# --------------------------------------------------------------------------- quotations


def quotation_label(quote) -> str:
    """A short dropdown label: paragraph, side and the first words, e.g. ``¶6 pyongyang — Now, the whole…``."""
    words = quote.text.strip().strip("\"“”'‘’").split()
    opening = " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")
    return f"¶{quote.paragraph} {quote.side} — {opening}"


def quotation_options(quotes) -> list[tuple[str, int]]:
    """``(label, index)`` pairs for a dropdown; a repeated label gets its occurrence number."""
    options, seen = [], {}
    for index, quote in enumerate(quotes):
        label = quotation_label(quote)
        seen[label] = seen.get(label, 0) + 1
        options.append((label if seen[label] == 1 else f"{label} ({seen[label]})", index))
    return options


def quotation_card(quote, article=None) -> str:
    """HTML: who said the quotation and how it was attributed, then how each method scores its words.

    With ``article`` the quotation is also shown in its paragraph, marked.
    Mentions (quoted words that are not speech: a watermark, scare quotes, a
    title) get no scores, as in the sentiment notebook.
    """
    from koreanews.sentiment import explain_quotation, score_text, scoring_text

    rows = [("Speaker", quote.speaker or "(none found)"), ("Side", quote.side), ("Cue", quote.cue or "—"),
            ("Kind", quote.kind), ("Rule", quote.rule), ("Paragraph", str(quote.paragraph))]
    parts = ["<h4>Attribution</h4>", _pairs_table(rows), f"<blockquote>{html.escape(quote.text)}</blockquote>"]
    if article is not None:
        parts.append(_in_context(quote, article))
    if quote.kind == "mention":
        parts.append("<p>A mention: quoted words that are not speech, so not scored.</p>")
        return "\n".join(parts)
    scores = score_text(scoring_text(quote.text))
    parts += ["<h4>Scores</h4>", _pairs_table([
        ("TextBlob polarity (−1…1)", f"{scores['textblob_polarity']:.3f}"),
        ("TextBlob subjectivity (0…1)", f"{scores['textblob_subjectivity']:.3f}"),
        ("VADER compound (−1…1)", f"{scores['vader_compound']:.3f}"),
    ])]
    explanation = explain_quotation(quote.text)
    parts.append("<h4>Word contributions</h4>")
    for method, note in (("TextBlob", "polarity is the mean of these assessments"),
                         ("VADER", "valences are summed, then squashed into the compound score")):
        words = explanation[explanation["method"] == method]
        parts.append(f"<p><b>{method}</b> — {note}.</p>")
        parts.append(_contributions_table(words) if len(words) else "<p>No word in its lexicon.</p>")
    return "\n".join(parts)


def quotation_view(quotes, article=None, index: int = 0):
    """What :func:`quotation_explorer` shows for one quotation, as a plain HTML output (no kernel needed)."""
    from IPython.display import HTML

    quotes = list(quotes)
    if not 0 <= index < len(quotes):
        return HTML(NO_QUOTATIONS)
    return HTML(quotation_card(quotes[index], article))


def quotation_explorer(quotes, article=None) -> Explorer:
    """Pick a quotation from a dropdown; see its attribution and word-by-word scores.

    ``quotes`` is the list from :func:`koreanews.quotations.extract_quotations`.
    """
    quotes = list(quotes)
    dropdown = widgets.Dropdown(options=quotation_options(quotes), description="Quotation",
                                layout=widgets.Layout(width="min-content"))
    view = widgets.HTML()
    view.add_class(EXPLANATION_CLASS)

    def show(change=None) -> None:
        index = dropdown.value
        view.value = quotation_card(quotes[index], article) if index is not None else NO_QUOTATIONS

    dropdown.observe(show, names="value")
    show()
    count = f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}"
    return Explorer([dropdown, view], f"Quotation explorer: {count}")


# --------------------------------------------------------------------------- top words


def top_words_html(top: pd.DataFrame) -> str:
    """HTML table of :func:`koreanews.frequency.top_words` with a bar per word (longest = most frequent)."""
    if top.empty:
        return "<p>No counted words.</p>"
    most = max(int(top["count"].max()), 1)
    rows = "".join(
        f"<tr><td>{row.rank}</td><td>{html.escape(str(row.word))}</td><td>{row.count}</td>"
        f"<td>{row.percent:.2f}</td><td><div style='background:#555555;height:0.8em;"
        f"width:{round(12 * row.count / most, 2)}em'></div></td></tr>"
        for row in top.itertuples(index=False)
    )
    head = "<tr><th>rank</th><th>word</th><th>count</th><th>% of counted words</th><th></th></tr>"
    return f"<table>{head}{rows}</table>"


def top_words_view(article, n: int = 15, include_captions: bool = False):
    """What :func:`top_words_explorer` shows for one setting, as a plain HTML output (no kernel needed)."""
    from IPython.display import HTML

    from koreanews.frequency import top_words

    return HTML(top_words_html(top_words(article, n, include_captions=include_captions)))


def top_words_explorer(article, n: int = 15, most: int = 50) -> Explorer:
    """Choose how many top words to show and whether photo captions count; the table follows."""
    from koreanews.frequency import top_words

    slider = widgets.IntSlider(value=n, min=1, max=most, description="Top words")
    captions = widgets.Checkbox(value=False, description="Include captions")
    view = widgets.HTML()
    view.add_class(EXPLANATION_CLASS)

    def show(change=None) -> None:
        view.value = top_words_html(top_words(article, slider.value, include_captions=captions.value))

    slider.observe(show, names="value")
    captions.observe(show, names="value")
    show()
    return Explorer([widgets.HBox([slider, captions]), view], f"Top words explorer: 1 to {most} words")


# --------------------------------------------------------------------------- helpers


def _pairs_table(rows) -> str:
    body = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td style='text-align:left'>"
                   f"{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{body}</table>"


def _contributions_table(words: pd.DataFrame) -> str:
    head = "<tr><th>words</th><th>lexicon value</th><th>value after rules</th><th>contribution</th><th>rule</th></tr>"
    body = "".join(
        f"<tr><td>{html.escape(str(row.words))}</td><td>{_number(row.lexicon_value)}</td>"
        f"<td>{_number(row.value)}</td><td>{_number(row.contribution)}</td><td>{html.escape(str(row.rule))}</td></tr>"
        for row in words.itertuples(index=False)
    )
    return f"<table>{head}{body}</table>"


def _number(value) -> str:
    return "—" if pd.isna(value) else f"{value:+.3f}"


def _in_context(quote, article) -> str:
    """The quotation's paragraph with the quoted span marked."""
    if not 1 <= quote.paragraph <= len(article.paragraphs):
        return ""
    paragraph = article.paragraphs[quote.paragraph - 1]
    start, end = max(0, quote.start), min(len(paragraph), quote.end)
    marked = (html.escape(paragraph[:start]) + "<mark>" + html.escape(paragraph[start:end]) + "</mark>"
              + html.escape(paragraph[end:]))
    return f"<p><i>In paragraph {quote.paragraph}:</i> {marked}</p>"
