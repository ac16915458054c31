"""The static site: every notebook has a page, every local link resolves, no page shows an error."""

from __future__ import annotations

import html
import re
import socket
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from koreanews.pipeline import WIDGET_VIEW, collection
from koreanews.site import build_site, site_link

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r'\b(?:href|src)="([^"]*)"')
ERROR_MARKS = ("output_error", "Traceback", "Error:")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test: building the site must fetch nothing."""
    def refuse(self, address):
        raise AssertionError(f"the site build tried to connect to {address}")
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", lambda self, address: pytest.fail(f"build connected to {address}"))
        build_site(ROOT, out)
    return out


def _ids(page: Path) -> set[str]:
    return {html.unescape(value) for value in re.findall(r'\bid="([^"]*)"', page.read_text(encoding="utf-8"))}


def _visible(page: str) -> str:
    """The page without its style sheets and scripts (their CSS names error classes)."""
    return re.sub(r"<(style|script)\b.*?</\1>", "", page, flags=re.S)


def test_every_notebook_has_a_page_and_the_index_lists_it(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    for notebook in collection(ROOT):
        assert (site / f"{notebook.stem}.html").is_file(), notebook.name
        assert f'href="{notebook.stem}.html"' in index


def test_every_local_link_and_image_resolves(site):
    broken = []
    for page in sorted(site.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        for url in LINK.findall(text):
            if re.match(r"^[a-z][a-z0-9+.-]*:", url) or url.startswith("//"):
                continue
            path, _, fragment = url.partition("#")
            target = (page.parent / unquote(path)) if path else page
            if not target.is_file():
                broken.append(f"{page.name}: {url}")
            elif fragment and target.suffix == ".html" and unquote(html.unescape(fragment)) not in _ids(target):
                broken.append(f"{page.name}: {url} (no such anchor)")
    assert not broken, broken


def test_pages_load_no_scripts_from_the_internet(site):
    for page in sorted(site.glob("*.html")):
        assert not re.search(r'<script[^>]+src="(https?:)?//', page.read_text(encoding="utf-8")), page.name


def test_no_page_shows_an_error(site):
    for page in sorted(site.glob("*.html")):
        text = _visible(page.read_text(encoding="utf-8"))
        for mark in ERROR_MARKS:
            assert mark not in text, f"{page.name} shows {mark!r}"


def test_a_widget_is_shown_as_its_text_form_not_an_empty_box(tmp_path, no_network):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    explorer = new_output("display_data", data={
        WIDGET_VIEW: {"model_id": "widget-1", "version_major": 2, "version_minor": 0},
        "text/plain": "Quotation explorer: 2 quotations (run the notebook in JupyterLab to use it)"})
    cell = new_code_cell("quotation_explorer(quotes)", execution_count=1, outputs=[explorer])
    nb = new_notebook(cells=[new_markdown_cell("# 1. Widgets\n\nAsks: **does it show?**"), cell])
    nbformat.write(nb, tmp_path / "notebooks" / "01_widgets.ipynb")
    build_site(tmp_path, tmp_path / "site")
    page = (tmp_path / "site" / "01_widgets.html").read_text(encoding="utf-8")
    assert "Quotation explorer: 2 quotations (run the notebook in JupyterLab to use it)" in page
    assert "widget-view+json" not in _visible(page)


def test_markdown_figures_are_embedded_in_the_page(tmp_path, no_network):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "figures").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "figures" / "chart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    nb = new_notebook(cells=[new_markdown_cell("# 0. Overview\n\n![A chart](../figures/chart.svg)")])
    nbformat.write(nb, tmp_path / "notebooks" / "00_overview.ipynb")
    build_site(tmp_path, tmp_path / "site")
    page = (tmp_path / "site" / "00_overview.html").read_text(encoding="utf-8")
    assert 'src="data:image/svg+xml;base64,' in page
    assert (tmp_path / "site" / "figures" / "chart.svg").is_file()


def test_links_to_notebooks_become_pages_and_figures_point_at_the_copy():
    pages = {"00_overview", "01_loading"}
    assert site_link("01_loading.ipynb", pages) == "01_loading.html"
    assert site_link("00_overview.ipynb#Contents", pages) == "00_overview.html#Contents"
    assert site_link("../figures/top_words.svg", pages) == "figures/top_words.svg"
    assert site_link("https://example.org/a.ipynb", pages) == "https://example.org/a.ipynb"
    assert site_link("#Environment", pages) == "#Environment"
