"""Render the notebook collection as a static site: one HTML page per notebook and an index.

Pages are rendered from the stored outputs with nbconvert's lab template
(images embedded), so building the site runs no code and fetches nothing; the
pages themselves load no scripts from the internet either (nothing in the
collection needs require.js, MathJax or Mermaid).  Links between notebooks
are rewritten to the pages, and ``figures/`` is copied beside them so links
to figure files resolve.

Widgets are stored without their state (see :mod:`koreanews.pipeline`), so a
browser could only draw an empty box for them; the pages show the widget's
one-line text form instead, which says to open the notebook in JupyterLab.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import nbformat
from jinja2 import DictLoader

from koreanews.navigation import read_entries
from koreanews.pipeline import WIDGET_VIEW, collection

SITE_TITLE = "Who says what, and how: one news article about the two Koreas"
TEMPLATE_NAME = "koreanews_page.html.j2"
#: The lab template minus the scripts it would load from CDNs, plus a link back to the index.
PAGE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block body_header -%}
{{ super() }}
<nav class="koreanews-site" style="padding: 0.5em 1em; font-family: sans-serif">
<a href="index.html">All notebooks</a></nav>
{%- endblock body_header -%}
"""
_LINK = re.compile(r'(?P<attr>\b(?:href|src))="(?P<url>[^"]*)"')


def exporter():
    """nbconvert's HTML exporter with the lab template, images embedded, and no CDN scripts."""
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="lab", template_file=TEMPLATE_NAME, embed_images=True,
                        extra_loaders=[DictLoader({TEMPLATE_NAME: PAGE_TEMPLATE})])


def without_widget_views(nb):
    """Drop widget views from outputs (in place) so each widget shows its text form; returns ``nb``."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    nb.metadata.pop("widgets", None)
    return nb


def site_link(url: str, pages: set[str]) -> str:
    """Where a notebook's link points on the site: notebooks become pages, ``../figures/`` the copy."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", url) or url.startswith(("#", "//")):
        return url
    path, hash_, fragment = url.partition("#")
    if path.endswith(".ipynb") and path[: -len(".ipynb")] in pages:
        path = path[: -len(".ipynb")] + ".html"
    elif path.startswith("../figures/"):
        path = path[len("../"):]
    return path + hash_ + fragment


def from_project_root(nb):
    """Point markdown links that leave ``notebooks/`` (``../figures/…``) at the project root, in place.

    nbconvert embeds only images below the folder it renders from, so pages
    are rendered from the project root and the links are rewritten to match.
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = cell.source.replace("](../", "](")
    return nb


def render_page(notebook: Path, title: str, pages: set[str], html_exporter=None) -> str:
    """One notebook as a standalone HTML page, its markdown images embedded."""
    nb = from_project_root(without_widget_views(nbformat.read(notebook, as_version=4)))
    resources = {"metadata": {"path": str(notebook.parent.parent), "name": title}}
    body, _ = (html_exporter or exporter()).from_notebook_node(nb, resources=resources)
    return _LINK.sub(lambda m: f'{m["attr"]}="{html.escape(site_link(html.unescape(m["url"]), pages))}"', body)


def index_page(entries) -> str:
    """The site's front page: every notebook with its title and one-line purpose."""
    items = "\n".join(
        f'<li><a href="{html.escape(Path(e.file).stem)}.html">{html.escape(e.title)}</a>'
        f"<br><span>{html.escape(e.purpose)}</span></li>"
        for e in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(SITE_TITLE)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5;
       color: #222; }}
ul {{ list-style: none; padding-left: 0; }}
li {{ margin-bottom: 0.9em; }}
li span {{ color: #555; }}
a {{ color: #0072B2; }}
</style>
</head>
<body>
<h1>{html.escape(SITE_TITLE)}</h1>
<p>A collection of notebooks that reads one news article of 27 July 2021, on the two Koreas restoring their
communication channels, and asks who is quoted, in which words, and with what tone. Read them in order; each
page ends with its findings.</p>
<ul>
{items}
</ul>
</body>
</html>
"""


def build_site(root: Path, out: Path) -> list[Path]:
    """Render every notebook of ``root`` into ``out/NAME.html``, write ``out/index.html``, copy ``figures/``.

    Returns the pages written, index first.
    """
    root, out = Path(root), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    notebooks = collection(root)
    entries = read_entries(notebooks)
    pages = {path.stem for path in notebooks}
    written = [out / "index.html"]
    written[0].write_text(index_page(entries), encoding="utf-8")
    html_exporter = exporter()
    for notebook, entry in zip(notebooks, entries):
        target = out / f"{notebook.stem}.html"
        target.write_text(render_page(notebook, entry.title, pages, html_exporter), encoding="utf-8")
        written.append(target)
    figures = root / "figures"
    if figures.is_dir():
        shutil.copytree(figures, out / "figures", dirs_exist_ok=True)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m koreanews.site [OUT]``: build the site (default ``site/``) from the project around cwd."""
    import sys

    from koreanews.pipeline import project_root

    argv = sys.argv[1:] if argv is None else argv
    root = project_root()
    out = Path(argv[0]) if argv else root / "site"
    pages = build_site(root, out)
    print(f"{len(pages)} pages written to {out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
