"""How much the notebook tests cost above the unavoidable: kernel starts and library imports.

    python benchmarks/test_suite_timing.py [--full]

The floor is as many notebooks as ``notebooks/*.ipynb``, each holding one
cell that only imports the libraries the collection uses (pandas,
matplotlib's pyplot, nltk, textblob, koreanews), run exactly as the real ones
are: ``pytest -n 2 --dist loadscope --nbval`` from the project root (same
configuration, same environment as ``make test``).  Prints JSON:

* ``floor_seconds``: the import-only notebooks;
* ``nbval_seconds``: the real notebooks, same flags;
* ``suite_seconds`` (with ``--full``): everything ``make test`` runs.

Each figure is the wall time of one pytest process, start to exit, so
pytest's own start-up and the xdist workers' are in all of them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
PYTEST_FLAGS = ["-n", "2", "--dist", "loadscope", "--nbval", "-p", "no:cacheprovider", "-q"]
#: The project's configuration for every run, also for the floor notebooks outside the project.
CONFIG_FLAGS = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT)]
FLOOR_IMPORTS = "import pandas\nimport matplotlib.pyplot\nimport nltk\nimport textblob\nimport koreanews"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def write_floor_notebooks(folder: Path, count: int) -> None:
    """``count`` notebooks that only import the libraries (no outputs, so nbval has nothing to compare)."""
    for number in range(count):
        nb = new_notebook(cells=[new_code_cell(FLOOR_IMPORTS)], metadata={"kernelspec": KERNELSPEC})
        nbformat.write(nb, folder / f"{number:02d}_imports_only.ipynb")


def timed_pytest(*paths: str) -> dict:
    """Run pytest with the suite's flags from the project root, as ``make test`` does; time it."""
    env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", *PYTEST_FLAGS, *CONFIG_FLAGS, *paths], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    failures = [line for line in lines if line.startswith(("FAILED ", "ERROR "))]
    return {"seconds": round(seconds, 2), "exit_status": done.returncode, "summary": (lines or [""])[-1],
            "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also time the whole suite, as make test runs it")
    args = parser.parse_args(argv)

    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="koreanews-floor-") as scratch:
        write_floor_notebooks(Path(scratch), len(notebooks))
        floor = timed_pytest(scratch)
    real = timed_pytest(*(str(path.relative_to(ROOT)) for path in notebooks))
    result = {
        "notebooks": len(notebooks),
        "floor_seconds": floor["seconds"],
        "nbval_seconds": real["seconds"],
        "nbval_over_floor": round(real["seconds"] / floor["seconds"], 2),
        "floor_run": floor,
        "nbval_run": real,
    }
    if args.full:
        suite = timed_pytest()
        result["suite_seconds"] = suite["seconds"]
        result["suite_run"] = suite
    result["load_average_before"] = round(load_before, 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
