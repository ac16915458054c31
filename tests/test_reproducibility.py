"""Rerunning the collection reproduces the committed notebooks and outputs to the byte, offline too.

The collection is copied into a temporary project (notebooks and seeds only;
no outputs) and executed there, so the committed files are never touched and
drift is caught here rather than by readers.
"""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from koreanews.pipeline import collection, run_collection

ROOT = Path(__file__).resolve().parents[1]
TEST_ARTICLES = ROOT / "tests" / "articles"


def make_project_copy(folder: Path) -> Path:
    """A minimal project: pyproject, notebooks and seeds; outputs are left to the run to create."""
    copy = folder / "project"
    (copy / "notebooks").mkdir(parents=True)
    for notebook in collection(ROOT):
        shutil.copy2(notebook, copy / "notebooks" / notebook.name)
    shutil.copytree(ROOT / "seeds", copy / "seeds")
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def first_difference(ours: Path, theirs: Path) -> str:
    """Name the first cell whose stored form differs, to make a failure readable."""
    a, b = json.loads(ours.read_text()), json.loads(theirs.read_text())
    for index, (x, y) in enumerate(zip(a["cells"], b["cells"])):
        if x != y:
            return f"cell {index} differs: committed {json.dumps(x)[:300]} … rerun {json.dumps(y)[:300]}"
    return "cell count or notebook metadata differs"


@pytest.fixture(scope="module")
def rerun(tmp_path_factory) -> Path:
    copy = make_project_copy(tmp_path_factory.mktemp("rerun"))
    run_collection(copy, log=lambda line: None)
    return copy


def _compare_folders(committed: Path, rerun: Path, pattern: str) -> None:
    names = sorted(p.name for p in committed.glob(pattern))
    assert names, f"nothing committed in {committed.relative_to(ROOT)}"
    assert sorted(p.name for p in rerun.glob(pattern)) == names
    changed = [name for name in names if (committed / name).read_bytes() != (rerun / name).read_bytes()]
    assert not changed, f"rerun changed {changed}"


def test_rerun_reproduces_every_committed_notebook_byte_for_byte(rerun):
    for notebook in collection(ROOT):
        again = rerun / "notebooks" / notebook.name
        assert again.read_bytes() == notebook.read_bytes(), f"{notebook.name}: {first_difference(notebook, again)}"


def test_rerun_reproduces_every_output_csv(rerun):
    _compare_folders(ROOT / "data" / "processed", rerun / "data" / "processed", "*.csv")


def test_rerun_reproduces_every_figure(rerun):
    if not (ROOT / "figures").is_dir():
        pytest.fail("figures/ is missing: the charts notebook has not been run")
    _compare_folders(ROOT / "figures", rerun / "figures", "*.*")


def test_committed_notebooks_hold_no_machine_specific_text_and_ran_top_to_bottom():
    machine = (str(ROOT), str(Path.home()) + "/", "site-packages", " at 0x")
    for notebook in collection(ROOT):
        text = notebook.read_text(encoding="utf-8")
        for marker in machine:
            assert marker not in text, f"{notebook.name} contains {marker!r}"
        code = [c for c in json.loads(text)["cells"] if c["cell_type"] == "code"]
        assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1)), notebook.name


def test_run_on_another_article_writes_reports_and_leaves_the_collection_alone(tmp_path):
    article = sorted(TEST_ARTICLES.glob("*.txt"))[0]
    copy = make_project_copy(tmp_path)
    shutil.copytree(TEST_ARTICLES, copy / "tests" / "articles")
    before = {p.name: p.read_bytes() for p in (copy / "notebooks").iterdir()}
    out = run_collection(copy, article=copy / "tests" / "articles" / article.name, log=lambda line: None)
    assert out == copy / "reports" / article.stem
    assert sorted(p.name for p in out.glob("*.ipynb")) == sorted(before)
    assert (out / "data" / "quotations.csv").is_file()
    assert any((out / "figures").glob("*.svg"))
    assert {p.name: p.read_bytes() for p in (copy / "notebooks").iterdir()} == before
    assert not (copy / "data").exists(), "a run on another article wrote into data/"
    report = (out / "04_quotations.ipynb").read_text(encoding="utf-8")
    assert article.name in report and str(tmp_path) not in report
    overview = (out / "00_overview.ipynb").read_text(encoding="utf-8")
    linked = re.findall(r"\]\((figures/[^)]+)\)", overview)
    assert linked and all((out / link).is_file() for link in linked)
    assert "](../figures/" not in overview


def _can_cut_network() -> str | None:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return "needs util-linux unshare and iproute2 ip"
    probe = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True)
    if probe.returncode != 0:
        return f"cannot create a network namespace here ({probe.stderr.decode().strip()[:80]})"
    return None


@pytest.mark.network
def test_a_notebook_runs_with_networking_cut(tmp_path):
    reason = _can_cut_network()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the offline test: {reason}")
        pytest.skip(reason)
    copy = make_project_copy(tmp_path)
    command = f"ip link set lo up && {sys.executable} -m koreanews run --only 05_"
    result = subprocess.run(["unshare", "-n", "sh", "-c", command], cwd=copy, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    committed = ROOT / "notebooks" / "05_sentiment.ipynb"
    assert (copy / "notebooks" / committed.name).read_bytes() == committed.read_bytes()
