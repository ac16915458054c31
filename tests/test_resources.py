"""Set-up looks NLTK resources up first, downloads only what is missing, and fails in one clear line."""

from __future__ import annotations

import hashlib

import pytest

from koreanews import ResourceError, resources


def test_nothing_is_downloaded_when_every_resource_is_found(monkeypatch):
    monkeypatch.setattr(resources.nltk, "download", lambda *a, **k: pytest.fail("downloaded a resource it had"))
    assert resources.ensure_resources() == []


def test_only_the_missing_resource_is_downloaded(monkeypatch):
    fetched = []
    real_find = resources.find_resource
    monkeypatch.setattr(resources, "find_resource",
                        lambda name: None if name == "stopwords" and not fetched else real_find(name))
    monkeypatch.setattr(resources.nltk, "download", lambda name, **k: fetched.append(name) or True)
    assert resources.ensure_resources() == ["stopwords"]
    assert fetched == ["stopwords"]


def test_failed_download_raises_one_line_advice(monkeypatch):
    monkeypatch.setattr(resources, "find_resource", lambda name: None)
    monkeypatch.setattr(resources.nltk, "download", lambda *a, **k: False)
    with pytest.raises(ResourceError) as caught:
        resources.ensure_resources()
    message = str(caught.value)
    assert "punkt_tab" in message and "NLTK_DATA" in message and "\n" not in message


def test_notebooks_never_download_they_only_require(monkeypatch):
    monkeypatch.setattr(resources, "find_resource", lambda name: None)
    monkeypatch.setattr(resources.nltk, "download", lambda *a, **k: pytest.fail("require must not download"))
    with pytest.raises(ResourceError, match="python -m koreanews setup"):
        resources.require_resources()


def test_checksum_of_a_zipped_resource_is_the_sha256_of_the_zip():
    zipped = resources.find_resource("vader_lexicon")
    assert resources.resource_checksum("vader_lexicon") == hashlib.sha256(zipped.read_bytes()).hexdigest()


def test_checksum_of_a_folder_covers_names_and_bytes_not_location():
    digest = resources.resource_checksum("punkt_tab")
    assert len(digest) == 64
    assert digest != resources.resource_checksum("stopwords")
