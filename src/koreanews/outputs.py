"""Write analysis outputs so that rerunning gives the same bytes, and never a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

#: Every float in a CSV is written with this many significant digits: enough
#: for the analysis, few enough that the last digit does not flicker.
FLOAT_FORMAT = "%.6g"


def write_csv(frame: pd.DataFrame, path) -> Path:
    """Write ``frame`` to ``path`` as UTF-8 CSV with ``\\n`` line ends and fixed float format.

    The file is written beside its target and renamed into place, so readers
    never see a partial file.  Returns the path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = frame.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    write_text_atomically(path, text)
    return path


def write_text_atomically(path, text: str) -> None:
    """Write UTF-8 text to a temporary file in the same folder, then rename it over ``path``."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path, data: bytes) -> None:
    """Write bytes beside ``path`` and rename them into place: readers (and parallel runs) never see half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
