"""Outputs are deterministic and never left half-written."""

from __future__ import annotations

import pandas as pd
import pytest

from koreanews.outputs import write_csv


def test_csv_has_fixed_float_format_and_unix_line_ends(tmp_path):
    path = write_csv(pd.DataFrame({"word": ["trust"], "score": [1 / 3]}), tmp_path / "out.csv")
    assert path.read_bytes() == b"word,score\ntrust,0.333333\n"


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")

    class Broken(pd.DataFrame):
        def to_csv(self, *args, **kwargs):
            args[0].write("partial")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv(Broken({"a": [1]}), path)
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
