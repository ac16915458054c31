"""State the environment an analysis ran in, identically on every machine with the pinned set-up."""

from __future__ import annotations

import sys
from importlib.metadata import version

import pandas as pd

from koreanews.resources import RESOURCES, resource_checksum

#: Packages whose version can change a result.
KEY_PACKAGES = ("koreanews", "pandas", "numpy", "matplotlib", "nltk", "textblob", "ipywidgets", "papermill")


def environment_table() -> pd.DataFrame:
    """Python (major.minor), key package versions and NLTK data checksums, one row each.

    Only the Python minor version is shown: patch releases do not change
    results, and showing them would make the stored notebooks differ between
    machines.
    """
    rows = [("python", f"{sys.version_info.major}.{sys.version_info.minor}")]
    rows += [(name, version(name)) for name in KEY_PACKAGES]
    rows += [(f"nltk_data:{name}", "sha256:" + resource_checksum(name)[:16]) for name in RESOURCES]
    return pd.DataFrame(rows, columns=["component", "version"]).set_index("component")
