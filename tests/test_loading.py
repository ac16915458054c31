"""The loader finds an article's structure by general rules and refuses bad input in one line."""

from __future__ import annotations

import datetime

import hashlib
from pathlib import Path

import pytest

from koreanews import ArticleError, load_article
from koreanews.loading import MAX_ARTICLE_BYTES, parse_article, parse_date

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_175fb86403050739.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / SEED.name

SMALL = """3 March 2022

Seoul proposes new talks

3 March 2022

South Korea proposed new talks on Thursday.

Officials said a date had not been set.
"""


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


def test_seed_copy_is_byte_identical_to_the_shared_original():
    if SHARED_SEED.exists():
        assert SEED.read_bytes() == SHARED_SEED.read_bytes()
    recorded = (SEED.parent / "SHA256SUMS").read_text().split()[0]
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == recorded


def test_seed_dateline_and_headline(seed):
    assert seed.dateline == "27 July 2021"
    assert seed.headline == "Koreas restore communication channels and agree to improve ties"


def test_doubled_dateline_is_kept_once_and_marked_duplicate(seed):
    roles = [b.role for b in seed.blocks if b.text == "27 July 2021"]
    assert roles == ["dateline", "duplicate dateline"]
    assert all("27 July 2021" != p for p in seed.paragraphs)


def test_photo_caption_with_credit_is_not_body(seed):
    assert len(seed.captions) == 1
    assert seed.captions[0].startswith("In this photo provided by the North Korean government")
    assert seed.captions[0].endswith("(Korean Central News Agency/Korea News Service via AP)")
    assert not any("watermark" in p for p in seed.paragraphs)


def test_trailing_promo_lines_are_boilerplate(seed):
    assert seed.boilerplate == (
        "The best videos delivered daily",
        "Watch the stories that matter, right from your inbox",
    )
    assert seed.paragraphs[-1].startswith("About 28,500 US troops")


def test_seed_has_sixteen_body_paragraphs_in_order(seed):
    assert len(seed.paragraphs) == 16
    assert seed.paragraphs[0].startswith("South and North Korea have restored")
    assert seed.paragraphs[6].startswith("“In this regard")


def test_every_block_has_a_role_and_a_reason(seed):
    assert {b.role for b in seed.blocks} == {
        "dateline", "duplicate dateline", "headline", "body", "caption", "boilerplate"}
    assert all(b.reason for b in seed.blocks)
    assert [b.line for b in seed.blocks][:3] == [1, 3, 5]


def test_raw_sha256_is_recorded(seed):
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed.name == "000_175fb86403050739"


def test_rules_do_not_depend_on_line_positions():
    article = parse_article("July 27, 2021\n\nA short headline\n\nOne paragraph.\n\nTwo paragraph.\n\nSign up")
    assert article.dateline == "July 27, 2021"
    assert article.paragraphs == ("One paragraph.", "Two paragraph.")
    assert article.boilerplate == ("Sign up",)


def test_promo_words_make_a_punctuated_trailing_line_boilerplate():
    article = parse_article("A headline\n\nThe story.\n\nSign up for our newsletter today.\n")
    assert article.paragraphs == ("The story.",)
    assert article.boilerplate == ("Sign up for our newsletter today.",)


def test_credit_without_a_photo_description_stays_body():
    article = parse_article("Headline\n\nThe agency said it would respond (Reuters).\n")
    assert article.paragraphs == ("The agency said it would respond (Reuters).",)
    assert article.captions == ()


def test_utf8_bom_and_crlf_are_handled_silently(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode())
    article = load_article(path)
    assert article.dateline == "3 March 2022"
    assert article.paragraphs == ("South Korea proposed new talks on Thursday.", "Officials said a date had not been set.")
    assert "\r" not in article.text


def _message(path) -> str:
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return message


def test_missing_path_is_one_line_error(tmp_path):
    assert "no such file" in _message(tmp_path / "nothing.txt")


def test_directory_is_one_line_error(tmp_path):
    assert "directory" in _message(tmp_path)


def test_empty_file_is_one_line_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    assert "empty" in _message(path)


def test_binary_file_is_one_line_error(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "not a text file" in _message(path)


def test_non_utf8_text_names_the_encoding_tried(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Séoul a proposé des pourparlers.\n".encode("latin-1"))
    message = _message(path)
    assert "not UTF-8" in message and "byte 1" in message


def test_article_without_body_is_one_line_error(tmp_path):
    path = tmp_path / "header_only.txt"
    path.write_text("27 July 2021\n\nOnly a headline\n\n27 July 2021\n")
    assert "no body" in _message(path)


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)
    message = _message(path)
    assert f"{MAX_ARTICLE_BYTES:,}" in message


def test_changed_file_is_refused_when_its_checksum_is_recorded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SMALL)
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  a.txt\n")
    assert "SHA-256" in _message(path)
    assert load_article(path, verify_checksum=False).headline == "Seoul proposes new talks"


@pytest.mark.parametrize("line, day", [
    ("July 27, 2021", (2021, 7, 27)), ("27 July 2021", (2021, 7, 27)), ("2021-07-27", (2021, 7, 27)),
    ("Tuesday, July 27, 2021", (2021, 7, 27)), ("Sept. 9, 2020", (2020, 9, 9)), ("Aug 3 2020", (2020, 8, 3)),
])
def test_dateline_gives_the_day_of_the_article(line, day):
    assert parse_date(line) == datetime.date(*day)
    assert parse_article(f"{line}\n\nA headline\n\nA body paragraph.\n").date == datetime.date(*day)


@pytest.mark.parametrize("line", ["February 30, 2021", "A headline", "", "2021-13-01"])
def test_what_is_not_a_day_gives_no_date(line):
    assert parse_date(line) is None
