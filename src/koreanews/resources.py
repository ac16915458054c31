"""The NLTK data the analysis needs: find it, fetch only what is missing, fingerprint it.

Set-up (``make run``/``make test``, via ``python -m koreanews setup``) calls
:func:`ensure_resources`.  Notebooks never download: they only use what set-up
found, so an analysis run never touches the network.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from functools import lru_cache
from pathlib import Path

import nltk

from koreanews.errors import ResourceError

#: NLTK package name → the path ``nltk.data.find`` looks up.
RESOURCES = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "stopwords": "corpora/stopwords/english",
    "vader_lexicon": "sentiment/vader_lexicon.zip",
}


def find_resource(name: str) -> Path | None:
    """Where NLTK finds a resource (honouring ``NLTK_DATA``), or None."""
    try:
        return Path(str(nltk.data.find(RESOURCES[name])))
    except LookupError:
        return None


def missing_resources() -> list[str]:
    """The names of the resources NLTK cannot find."""
    return [name for name in RESOURCES if find_resource(name) is None]


def ensure_resources(download_dir: str | None = None) -> list[str]:
    """Make sure every resource is found; download only the missing ones.

    Returns the names downloaded (empty when all were already there).  Raises
    :class:`ResourceError` with advice when a download fails, e.g. offline.
    """
    missing = missing_resources()
    for name in missing:
        # NLTK prints its own multi-line errors and warnings; the one message below says what to do.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ok = nltk.download(name, download_dir=download_dir, quiet=True, raise_on_error=False,
                               print_error_to=io.StringIO())
        if not ok or find_resource(name) is None:
            raise ResourceError(
                f"NLTK resource '{name}' is not installed and could not be downloaded. "
                "Point NLTK_DATA at a folder that holds it (e.g. export NLTK_DATA=../shared/nltk_data) "
                f"or, online, run: python -m nltk.downloader {' '.join(missing)}"
            )
    return missing


def require_resources() -> None:
    """Fail with one clear message if set-up has not been run; never downloads."""
    missing = missing_resources()
    if missing:
        raise ResourceError(
            f"NLTK resources missing: {', '.join(missing)}. Run 'make run' or "
            "'python -m koreanews setup' first, or set NLTK_DATA to a folder that holds them."
        )


@lru_cache(maxsize=None)
def resource_checksum(name: str) -> str:
    """SHA-256 over a resource's files (names and bytes, in sorted order): same data, same value."""
    try:
        pointer = nltk.data.find(RESOURCES[name])
    except LookupError:
        return "missing"
    if isinstance(pointer, nltk.data.ZipFilePathPointer) and not pointer.entry:
        return hashlib.sha256(Path(pointer.zipfile.filename).read_bytes()).hexdigest()
    path = Path(str(pointer))
    if not path.is_dir():
        with pointer.open() as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()
