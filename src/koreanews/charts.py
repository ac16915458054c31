"""Stage 6 — charts: one style, one palette, deterministic files.

Every chart function takes data frames made by the earlier stages and returns
a matplotlib ``Figure``; :func:`save_figure` writes it as SVG and PNG with no
dates or random ids, so regenerating a figure leaves its bytes unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt

from koreanews.outputs import write_bytes_atomically

STYLE_FILE = Path(__file__).with_name("koreanews.mplstyle")

#: Okabe–Ito colours (safe for colour-blind readers); Seoul and KCNA keep theirs in every chart.
SIDE_COLOURS = {"seoul": "#0072B2", "pyongyang": "#D55E00", "other": "#999999", "unknown": "#CCCCCC"}
SIDE_LABELS = {"seoul": "Seoul", "pyongyang": "Pyongyang (KCNA)", "other": "Other", "unknown": "Unknown"}
NEUTRAL_COLOUR = "#555555"
SOURCE_NOTE = "Source: koreanews analysis of one news article"
_source_note = SOURCE_NOTE


def use_style(article=None) -> None:
    """Apply the collection's chart style to every figure drawn after this call.

    Given the article, the source note under every chart names it (headline
    and dateline), so figures made for another article say so.
    """
    global _source_note
    plt.style.use(STYLE_FILE)
    _source_note = source_note(article) if article is not None else SOURCE_NOTE


def source_note(article) -> str:
    """The line naming the article a chart is drawn from."""
    dated = f", {article.dateline}" if article.dateline else ""
    headline = article.headline or article.name
    return f"Source: “{headline}”{dated}; analysis: koreanews"


def add_source_note(fig, note: str | None = None) -> None:
    """Put the source line at the bottom left of a figure."""
    fig.text(0.01, -0.02, note or _source_note, ha="left", va="top", fontsize=8, color=NEUTRAL_COLOUR)


def save_figure(fig, folder, name: str) -> list[Path]:
    """Save ``fig`` as ``name.svg`` and ``name.png`` in ``folder`` without dates or software stamps."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, metadata in (("svg", {"Date": None, "Creator": None}), ("png", {"Software": None})):
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt, metadata=metadata)
        paths.append(folder / f"{name}.{fmt}")
        write_bytes_atomically(paths[-1], buffer.getvalue())
    return paths


matplotlib.rcParams["svg.hashsalt"] = "koreanews"


# --- Word frequency (notebook 03) -------------------------------------------


def top_words_chart(top, title: str | None = None, counted: str = "the body"):
    """Horizontal bars of :func:`koreanews.frequency.top_words`, most frequent at the top.

    Bars are neutral grey: word counts belong to the article, not to a side.
    """
    from matplotlib.ticker import MaxNLocator

    from koreanews.frequency import top_words_finding

    shown = top.iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.28 * len(top) + 1.2)))
    ax.barh(shown["word"].tolist(), shown["count"].tolist(), color=NEUTRAL_COLOUR)
    for y, count in enumerate(shown["count"]):
        ax.text(count, y, f" {count}", va="center", fontsize=8, color=NEUTRAL_COLOUR)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"Occurrences in {counted} (stop words removed)")
    ax.set_title(title or top_words_finding(top, counted))
    add_source_note(fig)
    return fig


def keyness_chart(table, n: int = 15, title: str | None = None, first: str = "seoul", second: str = "pyongyang"):
    """Diverging bars of smoothed log ratios from :func:`koreanews.frequency.keyness_table`.

    Right (first side's colour): used more by the first side; left: by the
    second.  Each bar is labelled with the raw counts and G², so the reader
    sees how small the evidence is.
    """
    from matplotlib.patches import Patch

    from koreanews.frequency import keyness_finding

    shown = table.dropna(subset=["log_ratio"]).head(n).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.3 * len(shown) + 1.4)))
    ax.set_title(title or keyness_finding(table, first, second))
    if shown.empty:
        message = "No quoted words on either side" if table.empty else "Only one side has words: nothing to compare"
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        add_source_note(fig)
        return fig
    colours = [SIDE_COLOURS.get(side, NEUTRAL_COLOUR) for side in shown["leans"]]
    ax.barh(shown["word"].tolist(), shown["log_ratio"].tolist(), color=colours)
    ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
    for y, (ratio, a, b, g2) in enumerate(zip(shown["log_ratio"], shown[first], shown[second], shown["g2"])):
        ax.text(ratio, y, f"  {a}:{b}, G²={g2:.2f}  ", va="center", ha="left" if ratio >= 0 else "right",
                fontsize=7, color=NEUTRAL_COLOUR)
    reach = max(float(shown["log_ratio"].abs().max()), 0.5) * 1.9
    ax.set_xlim(-reach, reach)
    ax.set_xlabel(f"← more {SIDE_LABELS[second]}    smoothed log₂ ratio (+1)    more {SIDE_LABELS[first]} →")
    ax.legend(handles=[Patch(color=SIDE_COLOURS[s], label=SIDE_LABELS[s]) for s in (first, second)],
              loc="lower right", fontsize=8)
    add_source_note(fig, _source_note + f"; labels: {SIDE_LABELS[first]}:{SIDE_LABELS[second]} counts, G²")
    return fig


def dispersion_chart(stream, terms, title: str | None = None):
    """NLTK's lexical dispersion plot of ``terms`` through a :func:`koreanews.frequency.word_stream`, restyled.

    NLTK draws the marks; the restyle makes them neutral (blue is Seoul's),
    labels each term with its count and puts a tick at every paragraph start
    so positions read as places in the story.
    """
    from nltk.draw.dispersion import dispersion_plot

    from koreanews.frequency import dispersion_finding, term_positions

    terms = [term.lower() for term in terms]
    positions = term_positions(stream, terms)
    ax = dispersion_plot(stream["word"].tolist(), terms, title="")
    fig = ax.figure
    fig.set_size_inches(8, 0.45 * len(terms) + 1.8)
    for line in ax.lines:
        line.set(color=NEUTRAL_COLOUR, markersize=16, markeredgewidth=2)
    labels = [f"{term} ({count})" for term, count in zip(positions["term"], positions["occurrences"])]
    ax.set_yticks(range(len(terms)), labels[::-1], color="black")
    starts = stream.groupby("paragraph")["offset"].min()
    step = max(1, (len(starts) + 19) // 20)  # at most about 20 labels
    ax.set_xticks(starts.tolist(), [str(p) if i % step == 0 else "" for i, p in enumerate(starts.index)])
    ax.set_xlim(-1, max(len(stream), 1))
    ax.grid(True, axis="x")
    ax.set_xlabel("Body paragraph (tick at its first word); position = word offset in the text")
    ax.set_title(title or dispersion_finding(positions))
    add_source_note(fig)
    return fig


def side_sentiment_chart(summary, basis: str = "quoted words", title: str | None = None):
    """Each side's sentiment by both methods: mean over quotations (solid) and joined text (hatched).

    ``summary`` is :func:`koreanews.sentiment.side_summary`; one panel per
    method on the same −1…1 scale, VADER's ±0.05 neutral band shaded, so a
    reader sees at once whether the sides differ more than the methods do.
    """
    rows = summary[summary["basis"] == basis].reset_index(drop=True)
    fig, axes = plt.subplots(1, 2, figsize=(8, 0.7 * len(rows) + 1.8), sharey=True)
    panels = (("TextBlob polarity", "textblob_polarity"), ("VADER compound", "vader_compound"))
    positions = range(len(rows))
    for ax, (name, column) in zip(axes, panels):
        colours = [SIDE_COLOURS.get(side, NEUTRAL_COLOUR) for side in rows["side"]]
        ax.axvspan(-0.05, 0.05, color="#EEEEEE", zorder=0)
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        ax.barh([p - 0.18 for p in positions], rows[f"mean_{column}"].fillna(0), height=0.34, color=colours)
        ax.barh([p + 0.18 for p in positions], rows[f"joined_{column}"].fillna(0), height=0.34,
                color="white", edgecolor=colours, hatch="///")
        for p, count, mean, joined in zip(positions, rows["quotations"], rows[f"mean_{column}"],
                                          rows[f"joined_{column}"]):
            if count == 0:
                ax.text(0.08, p, "no quotations", va="center", fontsize=8, color=NEUTRAL_COLOUR)
                continue
            for offset, value in ((-0.18, mean), (0.18, joined)):
                ax.text(value + (0.03 if value >= 0 else -0.03), p + offset, f"{value:+.2f}", va="center",
                        ha="left" if value >= 0 else "right", fontsize=8)
        ax.set_xlim(-1, 1)
        ax.set_xlabel(name)
    labels = [f"{SIDE_LABELS.get(side, side)} ({count})" for side, count in zip(rows["side"], rows["quotations"])]
    axes[0].set_yticks(list(positions), labels)
    axes[0].invert_yaxis()
    axes[0].set_title(title or f"Sentiment per side ({basis}): mean (solid) and joined text (hatched)")
    add_source_note(fig)
    return fig


def word_contribution_chart(explanations, title: str | None = None):
    """The words that carry each score, per method, coloured by the quoting side.

    ``explanations`` is :func:`koreanews.sentiment.word_explanations`; each bar is a
    word's share of its quotation's score (per method, bars of one quotation sum to
    its score).  Words with no contribution in either method are left out.
    """
    rows = explanations[explanations["contribution"].abs() > 0].reset_index(drop=True)
    methods = ("TextBlob", "VADER")
    height = max(2.5, 0.28 * max([(rows["method"] == m).sum() for m in methods] + [1]) + 1.5)
    fig, axes = plt.subplots(1, 2, figsize=(8, height))
    fig.subplots_adjust(wspace=0.7)
    for ax, method in zip(axes, methods):
        part = rows[rows["method"] == method]
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        if part.empty:
            ax.text(0.5, 0.5, "no scoring words", ha="center", va="center", transform=ax.transAxes,
                    color=NEUTRAL_COLOUR)
            ax.set_yticks([])
        else:
            labels = [f"Q{q}  {w}" for q, w in zip(part["quotation"], part["words"])]
            ax.barh(range(len(part)), part["contribution"],
                    color=[SIDE_COLOURS.get(side, NEUTRAL_COLOUR) for side in part["side"]])
            ax.set_yticks(range(len(part)), labels)
            ax.invert_yaxis()
        ax.set_xlabel(f"{method}: contribution to the quotation's score")
    axes[0].set_title(title or "Words that carry the scores (colour: quoting side)")
    add_source_note(fig)
    return fig


def sentiment_arc_chart(arc, title: str | None = None):
    """Sentiment paragraph by paragraph by both methods, quoted paragraphs shaded in the side's colour.

    ``arc`` is :func:`koreanews.sentiment.paragraph_sentiment`.  Lines use colours
    that are not a side's, so the shading alone says who is quoted where.
    """
    fig, ax = plt.subplots(figsize=(8, 4))
    for paragraph, sides in zip(arc["paragraph"], arc["quoted_sides"]):
        if sides:
            side = sides.split("; ")[0]
            ax.axvspan(paragraph - 0.5, paragraph + 0.5, color=SIDE_COLOURS.get(side, NEUTRAL_COLOUR),
                       alpha=0.15, linewidth=0)
    ax.axhspan(-0.05, 0.05, color="#EEEEEE", zorder=0)
    ax.axhline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
    ax.plot(arc["paragraph"], arc["vader_compound"], marker="o", color="#009E73", label="VADER compound")
    ax.plot(arc["paragraph"], arc["textblob_polarity"], marker="s", linestyle="--", color="#CC79A7",
            label="TextBlob polarity")
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(list(arc["paragraph"]))
    ax.set_xlabel("Body paragraph")
    ax.set_ylabel("Score (−1 … 1)")
    ax.grid(True, axis="y")
    shaded = [f"{SIDE_LABELS.get(s, s)}" for s in dict.fromkeys(
        side for sides in arc["quoted_sides"] if sides for side in sides.split("; "))]
    note = f"shaded: paragraphs quoting {', '.join(shaded)}" if shaded else "no paragraph quotes anyone word for word"
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, title=note, title_fontsize=8, fontsize=8)
    ax.set_title(title or "Sentiment arc through the article", pad=42)
    add_source_note(fig)
    return fig


# --- Publication set (notebook 06): titles that state the finding, and the files' fingerprints ----------


def side_sentiment_finding(summary, basis: str = "quoted words") -> str:
    """A title: how each side's own words read to VADER, and whether one side is warmer by every measure.

    ``summary`` is :func:`koreanews.sentiment.side_summary`.  "Every measure"
    is both methods, each aggregated two ways (mean over quotations, joined
    text); when they disagree the title says so instead of picking one.
    """
    from koreanews.sentiment import MAIN_SIDES, label

    rows = summary[(summary["basis"] == basis) & summary["side"].isin(MAIN_SIDES)].set_index("side")
    quoted = [side for side in MAIN_SIDES if side in rows.index and rows.loc[side, "quotations"] > 0]
    if len(quoted) < 2:
        who = f"only {SIDE_LABELS[quoted[0]]} is" if quoted else "neither side is"
        return f"No comparison of tone: {who} quoted in its own words"
    first, second = MAIN_SIDES
    joined = rows["joined_vader_compound"]
    tones = [label(float(joined[side])) for side in MAIN_SIDES]
    if tones[0] == tones[1]:
        reading = f"Both sides read {tones[0]} to VADER"
    else:
        reading = f"VADER reads {SIDE_LABELS[first]} {tones[0]}, {SIDE_LABELS[second]} {tones[1]}"
    measures = [f"{way}_{score}" for score in ("vader_compound", "textblob_polarity") for way in ("mean", "joined")]
    leaders = {first if rows.loc[first, m] > rows.loc[second, m] else second if rows.loc[second, m] >
               rows.loc[first, m] else "tie" for m in measures}
    verdict = (f"{SIDE_LABELS[leaders.pop()]} is warmer by every measure" if len(leaders) == 1 and "tie" not in leaders
               else "neither is warmer by every measure")
    short = {side: SIDE_LABELS[side].split(" (")[0] for side in MAIN_SIDES}
    mean = rows["mean_vader_compound"]
    return (f"{reading}; {verdict}\n"
            f"VADER joined: {joined[first]:+.2f} {short[first]}, {joined[second]:+.2f} {short[second]}; "
            f"mean: {mean[first]:+.2f}, {mean[second]:+.2f}")


def contribution_finding(explanations, total_words: int | None = None) -> str:
    """A title: how many words move a score at all, and the single heaviest word per method.

    ``total_words`` (the quotations' word count) puts the first number in proportion.
    """
    moving = explanations[explanations["contribution"].abs() > 0]
    if moving.empty:
        return "No word of any quotation moves either score"
    count = len(moving[["quotation", "words"]].drop_duplicates())
    first = f"{count} words move a score" + (f", of {total_words} in the quotations" if total_words else "")
    parts = []
    for method in ("VADER", "TextBlob"):
        rows = moving[moving["method"] == method]
        if len(rows):
            top = rows.loc[rows["contribution"].abs().idxmax()]
            parts.append(f'"{top["words"]}" {top["contribution"]:+.2f} to {method} (Q{top["quotation"]})')
    return f"{first}\nheaviest: " + ", ".join(parts)


def arc_finding(arc) -> str:
    """A title comparing paragraphs that quote a side with the reporter's own paragraphs (VADER)."""
    if arc.empty:
        return "No paragraphs to score"
    quoting = arc["quoted_sides"].fillna("") != ""
    lowest = arc.loc[arc["vader_compound"].idxmin()]
    low = f"lowest: ¶{lowest['paragraph']} ({lowest['vader_compound']:+.2f})"
    if not quoting.any() or quoting.all():
        which = "No paragraph quotes a side word for word" if not quoting.any() else "Every paragraph quotes a side"
        return f"{which}\nVADER {low}"
    quoted, told = arc.loc[quoting, "vader_compound"].mean(), arc.loc[~quoting, "vader_compound"].mean()
    warmer = "warmer" if quoted > told else "cooler"
    return (f"Paragraphs quoting a side read {warmer} than the reporter's own\n"
            f"VADER mean {quoted:+.2f} vs {told:+.2f}; {low}")


def figure_manifest(folder, names) -> "pd.DataFrame":
    """Size and SHA-256 (first 16 hex digits) of each saved figure, so a changed byte shows in the notebook."""
    import hashlib

    import pandas as pd

    rows = []
    for name in names:
        for suffix in ("svg", "png"):
            data = (Path(folder) / f"{name}.{suffix}").read_bytes()
            rows.append({"file": f"{name}.{suffix}", "bytes": len(data),
                         "sha256": hashlib.sha256(data).hexdigest()[:16]})
    return pd.DataFrame(rows, columns=["file", "bytes", "sha256"])
