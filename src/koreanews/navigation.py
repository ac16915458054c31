"""Navigation between the notebooks: ``< Previous | Contents | Next >`` cells and the contents list.

Readers move through the collection in order, in JupyterLab, on a code
host's notebook viewer or on the static site, so every notebook carries the
same navigation line after its title cell (id ``nav-top``) and as its last
cell (id ``nav-bottom``).  The overview's contents list (id ``nav-contents``)
is made from the same titles.  All three are generated: running
``python -m koreanews.navigation`` after adding or renaming a notebook
rewrites them, and running it again changes nothing.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from koreanews.pipeline import collection, project_root

TOP_ID, BOTTOM_ID, CONTENTS_ID = "nav-top", "nav-bottom", "nav-contents"
NAVIGATION_IDS = (TOP_ID, BOTTOM_ID)
#: The notebook holding the contents list, and the heading the "Contents" links jump to.
OVERVIEW_PREFIX = "00_"
CONTENTS_ANCHOR = "Contents"


@dataclass(frozen=True)
class Entry:
    """One notebook as navigation shows it."""

    file: str
    title: str
    purpose: str

    @property
    def short_title(self) -> str:
        """The title up to its first colon: long enough to recognise, short enough for a link."""
        return self.title.split(":")[0].strip()


def notebook_title(nb) -> str:
    """The text of the notebook's first ``# `` heading ("" if there is none)."""
    for cell in _content_cells(nb):
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def notebook_purpose(nb) -> str:
    """One line saying what the notebook is for: the question its purpose paragraph asks.

    The convention states the question in the paragraph under the title,
    usually in bold; the first bold question is used, else the first sentence
    that is a question, else the first sentence.
    """
    for cell in _content_cells(nb):
        if cell.cell_type != "markdown" or not cell.source.lstrip().startswith("# "):
            continue
        body = " ".join(line.strip() for line in cell.source.splitlines()[1:] if line.strip())
        bold = [text.strip() for text in re.findall(r"\*\*(.+?)\*\*", body)]
        sentences = [text.strip() for text in re.split(r"(?<=[.?!])\s", body) if text.strip()]
        questions = [text for text in bold + sentences if text.endswith("?")]
        text = (questions or sentences or [""])[0].replace("**", "")
        return text[:1].upper() + text[1:]
    return ""


def read_entries(paths: list[Path]) -> list[Entry]:
    """Title and purpose of each notebook, in the given order."""
    entries = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        entries.append(Entry(path.name, notebook_title(nb) or path.stem, notebook_purpose(nb)))
    return entries


def navigation_line(entries: list[Entry], index: int) -> str:
    """``< Previous | Contents | Next >`` for the notebook at ``index`` (ends simply omit a side)."""
    overview = next((e.file for e in entries if e.file.startswith(OVERVIEW_PREFIX)), entries[0].file)
    parts = []
    if index > 0:
        before = entries[index - 1]
        parts.append(f"[< Previous: {before.short_title}]({before.file})")
    contents_target = "" if entries[index].file == overview else overview
    parts.append(f"[Contents]({contents_target}#{CONTENTS_ANCHOR})")
    if index < len(entries) - 1:
        after = entries[index + 1]
        parts.append(f"[Next: {after.short_title} >]({after.file})")
    return " | ".join(parts)


def contents_markdown(entries: list[Entry]) -> str:
    """The overview's contents list: every notebook, linked, with its one-line purpose."""
    lines = [f"## {CONTENTS_ANCHOR}", ""]
    lines += [f"- [{entry.title}]({entry.file}) — {entry.purpose}" for entry in entries]
    return "\n".join(lines)


def apply_navigation(nb, entries: list[Entry], index: int):
    """Put fresh navigation cells into ``nb`` (in place), replacing any made before; returns ``nb``."""
    line = navigation_line(entries, index)
    cells = _content_cells(nb)
    title_at = next((i for i, c in enumerate(cells) if c.cell_type == "markdown" and
                     c.source.lstrip().startswith("# ")), -1)
    cells.insert(title_at + 1, new_markdown_cell(line, id=TOP_ID))
    cells.append(new_markdown_cell(line, id=BOTTOM_ID))
    for cell in cells:
        if cell.get("id") == CONTENTS_ID:
            cell.source = contents_markdown(entries)
    nb.cells = cells
    return nb


def update_navigation(root: Path, check: bool = False, only: list[str] | None = None) -> list[Path]:
    """Rewrite the navigation of every notebook under ``root/notebooks``; returns the files that changed.

    With ``check`` nothing is written: the result lists the notebooks whose
    navigation is out of date.  ``only`` limits the notebooks written to those
    whose file name contains one of its keys (links still cover them all).
    """
    paths = collection(root)
    entries = read_entries(paths)
    changed = []
    for index, path in enumerate(paths):
        if only and not any(key in path.name for key in only):
            continue
        before = path.read_text(encoding="utf-8")
        nb = apply_navigation(nbformat.reads(before, as_version=4), entries, index)
        after = nbformat.writes(nb)
        after += "" if after.endswith("\n") else "\n"  # as nbformat.write does
        if after != before:
            changed.append(path)
            if not check:
                path.write_text(after, encoding="utf-8")
    return changed


def _content_cells(nb) -> list:
    """The notebook's cells without navigation cells."""
    return [cell for cell in nb.cells if cell.get("id") not in NAVIGATION_IDS]


def main(argv: list[str] | None = None) -> int:
    """``python -m koreanews.navigation [--check] [KEY …]``: update (or only check) the notebooks' navigation."""
    argv = sys.argv[1:] if argv is None else argv
    root = project_root()
    keys = [arg for arg in argv if not arg.startswith("--")]
    changed = update_navigation(root, check="--check" in argv, only=keys or None)
    for path in changed:
        print(f"{'out of date' if '--check' in argv else 'updated'}: {path.relative_to(root)}")
    return 1 if changed and "--check" in argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
