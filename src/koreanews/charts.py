"""Stage 6 — charts: one style, one palette, deterministic files.

Every chart function takes data frames made by the earlier stages and returns
a matplotlib ``Figure``; :func:`save_figure` writes it as SVG and PNG with no
dates or random ids, so regenerating a figure leaves its bytes unchanged.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt

STYLE_FILE = Path(__file__).with_name("koreanews.mplstyle")

#: Okabe–Ito colours (safe for colour-blind readers); Seoul and KCNA keep theirs in every chart.
SIDE_COLOURS = {"seoul": "#0072B2", "pyongyang": "#D55E00", "other": "#999999", "unknown": "#CCCCCC"}
SIDE_LABELS = {"seoul": "Seoul", "pyongyang": "Pyongyang (KCNA)", "other": "Other", "unknown": "Unknown"}
NEUTRAL_COLOUR = "#555555"
SOURCE_NOTE = "Source: news article of 27 July 2021; analysis: koreanews"


def use_style() -> None:
    """Apply the collection's chart style to every figure drawn after this call."""
    plt.style.use(STYLE_FILE)


def add_source_note(fig, note: str = SOURCE_NOTE) -> None:
    """Put the source line at the bottom left of a figure."""
    fig.text(0.01, -0.02, note, ha="left", va="top", fontsize=8, color=NEUTRAL_COLOUR)


def save_figure(fig, folder, name: str) -> list[Path]:
    """Save ``fig`` as ``name.svg`` and ``name.png`` in ``folder`` without dates or software stamps."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.svg", folder / f"{name}.png"]
    fig.savefig(paths[0], format="svg", metadata={"Date": None, "Creator": None})
    fig.savefig(paths[1], format="png", metadata={"Software": None})
    return paths


matplotlib.rcParams["svg.hashsalt"] = "koreanews"
