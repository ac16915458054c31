"""Run the notebook collection with papermill, in place or on another article, reproducibly.

Executed notebooks are normalised before they are saved: execution
timestamps, durations, papermill's run record and widget state are dropped,
and widget ids are numbered in order, so that running twice gives the same
bytes and ``git status`` stays clean.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import nbformat

from koreanews.errors import NotInProjectError
from koreanews.loading import load_article

#: The kernel every notebook runs in (also written to each notebook's metadata,
#: so JupyterLab opens it without asking).
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: The parameters cell of every notebook names these, as paths relative to notebooks/.
PARAMETERS = ("ARTICLE", "OUTPUT_DIR", "FIGURES_DIR")


def project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: cwd) holding ``notebooks/`` and ``pyproject.toml``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "notebooks").is_dir() and (folder / "pyproject.toml").is_file():
            return folder
    raise NotInProjectError(f"{here.name or here}: not inside the project (no notebooks/ and pyproject.toml above it)")


def collection(root: Path) -> list[Path]:
    """The collection's notebooks in reading order (``NN_name.ipynb``)."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def normalise_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip what changes from run to run; keep kernelspec so no kernel dialog appears."""
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO})
    widget_number = 0
    for cell in nb.cells:
        for key in ("papermill", "execution", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
        if "outputs" in cell:
            cell.outputs = merge_streams(cell.outputs)
        for output in cell.get("outputs", []):
            output.get("metadata", {}).pop("papermill", None)
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view is not None:
                widget_number += 1
                view["model_id"] = f"widget-{widget_number}"
    return nb


def merge_streams(outputs: list) -> list:
    """Join consecutive stdout (or stderr) chunks into one output.

    How a cell's printing is split into messages depends on timing (when the
    kernel flushes), so the same output could be stored as one chunk or two.
    """
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.get("output_type") == "stream" and previous is not None
                and previous.get("output_type") == "stream" and previous.get("name") == output.get("name")):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            merged.append(output)
    return merged


def execute_notebook(source: Path, target: Path, parameters: dict | None = None) -> None:
    """Execute ``source`` in a fresh kernel (cwd: notebooks/) and save the normalised result at ``target``.

    The result is written to a temporary file and renamed, so a failed run
    never leaves a half-executed notebook in place of a good one.
    """
    import papermill  # imported here: it is slow to import and only this needs it

    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f".{target.stem}.running.ipynb")
    try:
        papermill.execute_notebook(
            str(source), str(scratch), parameters=parameters or {}, cwd=str(source.parent),
            kernel_name=KERNELSPEC["name"], progress_bar=False, log_output=False,
            request_save_on_cell_execute=False,
        )
        nb = normalise_notebook(nbformat.read(scratch, as_version=4))
        if target.parent != source.parent:
            relink_figures(nb, "figures/")
        nbformat.write(nb, scratch)
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)


def relink_figures(nb: nbformat.NotebookNode, folder: str) -> None:
    """Point markdown image links at ``folder``: a report keeps its figures beside its notebooks."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = cell.source.replace("](../figures/", f"]({folder}")


def report_parameters(root: Path, article: Path) -> tuple[Path, dict]:
    """Where a run on another article goes (``reports/<name>/``) and the parameters that send it there."""
    out = root / "reports" / article.stem
    notebooks = root / "notebooks"
    rel = lambda p: os.path.relpath(p, notebooks)  # noqa: E731 - relative paths keep outputs portable
    return out, {"ARTICLE": rel(article.resolve()), "OUTPUT_DIR": rel(out / "data"), "FIGURES_DIR": rel(out / "figures")}


def run_collection(root: Path, article: Path | None = None, only: list[str] | None = None, log=print) -> Path:
    """Execute every notebook in order; returns the folder the notebooks were written to.

    Without ``article`` the committed notebooks are rerun in place on the
    seed.  With it, the article is checked first (bad input stops before any
    notebook runs), then every notebook runs into ``reports/<article-name>/``.
    """
    notebooks = collection(root)
    if only:
        notebooks = [nb for nb in notebooks if any(key in nb.name for key in only)]
    parameters: dict = {}
    out = root / "notebooks"
    if article is not None:
        load_article(article)
        out, parameters = report_parameters(root, Path(article))
    for nb in notebooks:
        started = time.perf_counter()
        execute_notebook(nb, out / nb.name, parameters)
        log(f"{nb.name:<28} {time.perf_counter() - started:5.1f} s")
    return out
