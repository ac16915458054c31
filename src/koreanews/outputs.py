"""Write analysis outputs so that rerunning gives the same bytes, and never a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pandas as pd

#: Every float in a CSV is written with this many significant digits: enough
#: for the analysis, few enough that the last digit does not flicker.
FLOAT_FORMAT = "%.6g"


def write_csv(frame: pd.DataFrame, path) -> Path:
    """Write ``frame`` to ``path`` as UTF-8 CSV with ``\\n`` line ends and fixed float format.

    The rows stream into a temporary file beside the target, which is renamed
    into place at the end: readers never see a partial file, and a large frame
    is never held twice in memory as text.  Returns the path written.
    """
    path = Path(path)
    with atomic_file(path, "w") as stream:
        frame.to_csv(stream, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    return path


def write_text_atomically(path, text: str) -> None:
    """Write UTF-8 text to ``path`` atomically."""
    with atomic_file(path, "w") as stream:
        stream.write(text)


def write_bytes_atomically(path, data: bytes) -> None:
    """Write bytes to ``path`` atomically (figures: parallel runs never see half a file)."""
    with atomic_file(path, "wb") as stream:
        stream.write(data)


@contextlib.contextmanager
def atomic_file(path, mode: str):
    """Open a temporary file beside ``path``; on success rename it over ``path``, on failure remove it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        text = "b" not in mode
        with os.fdopen(fd, mode, **({"encoding": "utf-8", "newline": ""} if text else {})) as stream:
            yield stream
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
