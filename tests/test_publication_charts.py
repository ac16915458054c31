"""The publication set: titles state the finding, and saved files are the same bytes every time."""

from __future__ import annotations

import re
import struct

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from koreanews.charts import (  # noqa: E402
    arc_finding, contribution_finding, figure_manifest, save_figure, side_sentiment_finding, use_style,
)


def _summary(seoul, kcna, seoul_quotes=1):
    """Rows of side_summary; ``seoul``/``kcna`` are (mean VADER, joined VADER, mean TextBlob, joined TextBlob)."""
    def row(side, quotations, scores, basis="quoted words"):
        names = ["mean_vader_compound", "joined_vader_compound", "mean_textblob_polarity", "joined_textblob_polarity"]
        return {"basis": basis, "side": side, "quotations": quotations, **dict(zip(names, scores))}
    return pd.DataFrame([row("seoul", seoul_quotes, seoul), row("pyongyang", 2, kcna),
                         row("seoul", 3, (-0.9,) * 4, basis="all quotations")])


def test_sentiment_title_says_when_measures_disagree_on_the_warmer_side():
    title = side_sentiment_finding(_summary((0.67, 0.67, 0.0, 0.0), (0.44, 0.87, 0.1, 0.1)))
    assert title == ("Both sides read positive to VADER; neither is warmer by every measure\n"
                     "VADER joined: +0.67 Seoul, +0.87 Pyongyang; mean: +0.67, +0.44")


def test_sentiment_title_names_a_side_warmer_by_every_measure_and_differing_tones():
    title = side_sentiment_finding(_summary((-0.3, -0.3, -0.1, -0.1), (0.4, 0.5, 0.2, 0.2)))
    assert title.startswith("VADER reads Seoul negative, Pyongyang (KCNA) positive; "
                            "Pyongyang (KCNA) is warmer by every measure\n")


def test_sentiment_title_refuses_a_comparison_with_one_side_silent():
    nan = float("nan")
    title = side_sentiment_finding(_summary((nan,) * 4, (0.4, 0.85, 0.05, 0.05), seoul_quotes=0))
    assert title == "No comparison of tone: only Pyongyang (KCNA) is quoted in its own words"


def test_contribution_title_names_the_heaviest_word_per_method():
    explanations = pd.DataFrame({
        "quotation": [1, 1, 2], "method": ["VADER", "VADER", "TextBlob"],
        "words": ["trust", "setback", "big"], "contribution": [0.31, -0.45, 0.0],
    })
    assert contribution_finding(explanations, total_words=20) == (
        '2 words move a score, of 20 in the quotations\nheaviest: "setback" -0.45 to VADER (Q1)')


def test_arc_title_compares_quoting_paragraphs_with_narration():
    arc = pd.DataFrame({"paragraph": [1, 2, 3, 4], "quoted_sides": ["", "seoul", "pyongyang", ""],
                        "vader_compound": [0.1, 0.6, 0.4, -0.3]})
    assert arc_finding(arc) == ("Paragraphs quoting a side read warmer than the reporter's own\n"
                                "VADER mean +0.50 vs -0.10; lowest: ¶4 (-0.30)")


def _chart():
    use_style()
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    ax.set_title("A title")
    return fig


def test_saving_twice_gives_identical_bytes_without_dates(tmp_path):
    first = [path.read_bytes() for path in save_figure(_chart(), tmp_path / "one", "chart")]
    second = [path.read_bytes() for path in save_figure(_chart(), tmp_path / "two", "chart")]
    plt.close("all")
    assert first == second
    svg, png = first
    assert b"<dc:date>" not in svg and not re.search(rb"\d{4}-\d\d-\d\dT\d\d:", svg)
    chunks = _png_chunks(png)
    assert "tIME" not in [kind for kind, _ in chunks]
    keys = [data.split(b"\0")[0] for kind, data in chunks if kind in ("tEXt", "iTXt", "zTXt")]
    assert not {b"Software", b"Creation Time", b"Date"} & set(keys)


def _png_chunks(data: bytes) -> list[tuple[str, bytes]]:
    """(type, payload) of every PNG chunk."""
    chunks, at = [], 8
    while at < len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        chunks.append((data[at + 4:at + 8].decode("ascii"), data[at + 8:at + 8 + length]))
        at += 12 + length
    return chunks


def test_manifest_lists_both_files_with_their_checksums(tmp_path):
    save_figure(_chart(), tmp_path, "chart")
    plt.close("all")
    manifest = figure_manifest(tmp_path, ["chart"])
    assert manifest["file"].tolist() == ["chart.svg", "chart.png"]
    assert manifest["sha256"].str.fullmatch(r"[0-9a-f]{16}").all()
    assert manifest.loc[0, "bytes"] == (tmp_path / "chart.svg").stat().st_size


def test_source_note_names_the_article_the_chart_was_drawn_from():
    from koreanews.charts import SOURCE_NOTE, add_source_note, source_note, use_style
    from koreanews.loading import parse_article

    article = parse_article("2 May 2023\n\nTalks resume at Panmunjom\n\nOfficials met on Tuesday.\n")
    assert source_note(article) == "Source: “Talks resume at Panmunjom”, 2 May 2023; analysis: koreanews"
    use_style(article)
    figure = plt.figure()
    add_source_note(figure)
    assert figure.texts[-1].get_text() == source_note(article)
    use_style()
    figure = plt.figure()
    add_source_note(figure)
    assert figure.texts[-1].get_text() == SOURCE_NOTE
