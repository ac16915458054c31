"""Navigation cells are generated, idempotent, and follow the collection when it changes."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from koreanews.navigation import (
    BOTTOM_ID, CONTENTS_ID, TOP_ID, notebook_purpose, update_navigation,
)
from koreanews.pipeline import collection

ROOT = Path(__file__).resolve().parents[1]


def _write(folder: Path, name: str, title: str, question: str, contents: bool = False) -> Path:
    cells = [new_markdown_cell(f"# {title}\n\nThis notebook asks: **{question}** By counting.", id="cell-00"),
             new_code_cell("x = 1", id="cell-01")]
    if contents:
        cells.append(new_markdown_cell("(contents)", id=CONTENTS_ID))
    path = folder / "notebooks" / name
    nbformat.write(new_notebook(cells=cells), path)
    return path


def _project(tmp_path: Path) -> Path:
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    _write(tmp_path, "00_overview.ipynb", "0. Overview: the questions", "what is asked?", contents=True)
    _write(tmp_path, "01_loading.ipynb", "1. Loading: story or not", "which parts are the story?")
    _write(tmp_path, "02_cleaning.ipynb", "2. Cleaning: countable words", "what is counted?")
    return tmp_path


def _cell(path: Path, cell_id: str) -> str:
    nb = nbformat.read(path, as_version=4)
    return next(cell.source for cell in nb.cells if cell.get("id") == cell_id)


def test_running_twice_changes_nothing(tmp_path):
    root = _project(tmp_path)
    assert len(update_navigation(root)) == 3
    snapshot = {p.name: p.read_bytes() for p in collection(root)}
    assert update_navigation(root) == []
    assert {p.name: p.read_bytes() for p in collection(root)} == snapshot


def test_navigation_sits_after_the_title_and_at_the_end(tmp_path):
    root = _project(tmp_path)
    update_navigation(root)
    ids = [cell.get("id") for cell in nbformat.read(root / "notebooks" / "01_loading.ipynb", 4).cells]
    assert ids == ["cell-00", TOP_ID, "cell-01", BOTTOM_ID]


def test_middle_notebook_links_previous_contents_and_next(tmp_path):
    root = _project(tmp_path)
    update_navigation(root)
    line = _cell(root / "notebooks" / "01_loading.ipynb", TOP_ID)
    assert line == ("[< Previous: 0. Overview](00_overview.ipynb) | [Contents](00_overview.ipynb#Contents) | "
                    "[Next: 2. Cleaning >](02_cleaning.ipynb)")
    assert _cell(root / "notebooks" / "01_loading.ipynb", BOTTOM_ID) == line


def test_first_and_last_notebooks_omit_the_missing_side(tmp_path):
    root = _project(tmp_path)
    update_navigation(root)
    assert not _cell(root / "notebooks" / "00_overview.ipynb", TOP_ID).startswith("[< Previous")
    assert "Next" not in _cell(root / "notebooks" / "02_cleaning.ipynb", TOP_ID)


def test_adding_a_notebook_updates_its_neighbours_and_the_contents(tmp_path):
    root = _project(tmp_path)
    update_navigation(root)
    _write(root, "03_frequency.ipynb", "3. Word frequency: what stands out", "which words dominate?")
    changed = {p.name for p in update_navigation(root)}
    assert changed == {"00_overview.ipynb", "02_cleaning.ipynb", "03_frequency.ipynb"}
    assert "[Next: 3. Word frequency >](03_frequency.ipynb)" in _cell(root / "notebooks" / "02_cleaning.ipynb", TOP_ID)
    contents = _cell(root / "notebooks" / "00_overview.ipynb", CONTENTS_ID)
    assert "- [3. Word frequency: what stands out](03_frequency.ipynb) — Which words dominate?" in contents


def test_check_mode_reports_stale_notebooks_without_writing(tmp_path):
    root = _project(tmp_path)
    before = {p.name: p.read_bytes() for p in collection(root)}
    assert len(update_navigation(root, check=True)) == 3
    assert {p.name: p.read_bytes() for p in collection(root)} == before


def test_purpose_falls_back_to_the_first_sentence_without_a_bold_question():
    nb = new_notebook(cells=[new_markdown_cell("# 9. Extra\n\nShows the extra\ntables. Then more.")])
    assert notebook_purpose(nb) == "Shows the extra tables."


def test_committed_notebooks_carry_current_navigation():
    stale = [p.name for p in update_navigation(ROOT, check=True)]
    assert not stale, f"run `python -m koreanews.navigation` to update {stale}"


def test_only_writes_the_chosen_notebooks_but_links_them_all(tmp_path):
    root = _project(tmp_path)
    assert [p.name for p in update_navigation(root, only=["01_"])] == ["01_loading.ipynb"]
    assert "02_cleaning.ipynb" in _cell(root / "notebooks" / "01_loading.ipynb", TOP_ID)
    assert len(update_navigation(root, check=True)) == 2
