"""Executed notebooks are normalised so that a rerun gives the same bytes."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from koreanews.pipeline import KERNELSPEC, WIDGET_VIEW, normalise_notebook, report_parameters


def _executed_notebook():
    cell = new_code_cell("x = 1", execution_count=1)
    cell.metadata = {"papermill": {"duration": 0.1, "start_time": "2026-01-01T00:00:00"},
                     "execution": {"iopub.execute_input": "2026-01-01T00:00:00"}, "tags": []}
    widget = new_output("display_data", data={WIDGET_VIEW: {"model_id": "3f2a9c", "version_major": 2},
                                               "text/plain": "Explorer"})
    cell.outputs = [widget]
    nb = new_notebook(cells=[cell])
    nb.metadata = {"papermill": {"start_time": "2026-01-01"}, "widgets": {"state": {}},
                   "language_info": {"version": "3.11.7"}}
    return nb


def test_run_timestamps_and_papermill_record_are_stripped():
    nb = normalise_notebook(_executed_notebook())
    assert nb.cells[0].metadata == {}
    assert "papermill" not in nb.metadata and "widgets" not in nb.metadata


def test_kernelspec_is_fixed_so_jupyterlab_asks_for_no_kernel():
    nb = normalise_notebook(_executed_notebook())
    assert nb.metadata.kernelspec == KERNELSPEC
    assert "version" not in nb.metadata.language_info


def test_widget_ids_are_numbered_in_order():
    nb = normalise_notebook(_executed_notebook())
    assert nb.cells[0].outputs[0].data[WIDGET_VIEW]["model_id"] == "widget-1"
    nbformat.validate(nb)


def test_parameters_for_another_article_are_relative_paths(tmp_path):
    (tmp_path / "notebooks").mkdir()
    article = tmp_path / "tests" / "other.txt"
    out, parameters = report_parameters(tmp_path, article)
    assert out == tmp_path / "reports" / "other"
    assert parameters == {"ARTICLE": "../tests/other.txt", "OUTPUT_DIR": "../reports/other/data",
                          "FIGURES_DIR": "../reports/other/figures"}


def test_stream_chunks_split_by_timing_are_stored_as_one_output():
    cell = new_code_cell("print(1); print(2)", execution_count=1)
    cell.outputs = [new_output("stream", name="stdout", text="1\n"), new_output("stream", name="stdout", text="2\n"),
                    new_output("stream", name="stderr", text="warn\n")]
    nb = normalise_notebook(new_notebook(cells=[cell]))
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "1\n2\n"), ("stderr", "warn\n")]
