"""Stage 1 — load an article file and find its structure.

A news article as saved from the web is a run of blank-line separated blocks:
a dateline (sometimes twice), a headline, body paragraphs, photo captions, and
promotional lines after the story.  The rules here are ones a reader could
state; none of them depends on line numbers of a particular file.

>>> art = parse_article("1 May 2020\\n\\nA headline\\n\\nA body paragraph.\\n")
>>> art.dateline, art.headline, art.paragraphs
('1 May 2020', 'A headline', ('A body paragraph.',))
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from koreanews.errors import ArticleError

#: Largest article file accepted, in bytes.  News articles are a few kB; a
#: larger file is almost certainly not one article, and refusing it early keeps
#: every command quick.
MAX_ARTICLE_BYTES = 5_000_000

#: File listing the SHA-256 of raw inputs, looked for beside the article.
CHECKSUM_FILE = "SHA256SUMS"

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE_ONLY = re.compile(
    rf"^{_WEEKDAY}(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"  # 27 July 2021
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"  # July 27, 2021
    r"|\d{4}-\d{2}-\d{2})$",  # 2021-07-27
    re.IGNORECASE,
)
# A credit in parentheses at the very end: "(Korean Central News Agency/Korea News Service via AP)".
_CREDIT = re.compile(
    r"\((?:[^()]*\bvia\b[^()]*|[^()]*\b(?:photo|photograph|AP|AFP|Reuters|EPA|Getty(?: Images)?|"
    r"Yonhap|Xinhua|KCNA|Pool)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
_PHOTO_WORDS = re.compile(r"\b(?:photo|photograph|image|picture|pictured|file photo)s?\b", re.IGNORECASE)
_PROMO_WORDS = re.compile(
    r"\b(?:newsletter|subscribe|sign up|inbox|follow us|read more|click here|"
    r"all rights reserved|copyright|advertisement)\b|©",
    re.IGNORECASE,
)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$|[\"”’]$")
_HEADLINE_MAX_WORDS = 25
_PROMO_MAX_WORDS = 15


@dataclass(frozen=True)
class Block:
    """One blank-line separated block of the file, with the role it was given and why."""

    index: int  #: position among the file's blocks, from 0
    line: int  #: line number in the file where the block starts, from 1
    role: str  #: dateline, duplicate dateline, headline, body, caption or boilerplate
    reason: str  #: the rule that gave the role, in words
    text: str


@dataclass(frozen=True)
class Article:
    """A parsed article.  ``paragraphs`` is the body: captions and boilerplate are kept apart."""

    source: str  #: the path as given (or a label for text parsed from a string)
    sha256: str  #: SHA-256 of the raw bytes
    text: str  #: the decoded text, BOM removed, line endings as ``\\n``
    dateline: str
    headline: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    boilerplate: tuple[str, ...]
    blocks: tuple[Block, ...] = field(repr=False)

    @property
    def name(self) -> str:
        """The file name without its extension, used to name outputs."""
        return Path(self.source).stem

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def date(self) -> datetime.date | None:
        """The day of the dateline, or None: who held an office depends on it (:meth:`SpeakerTable.as_of`)."""
        return parse_date(self.dateline)


def load_article(path, *, verify_checksum: bool = True) -> Article:
    """Read and parse an article file; raise :class:`ArticleError` with a one-line reason if it can't be.

    When a ``SHA256SUMS`` file beside the article lists it, the bytes must
    match: raw data is immutable, and a changed seed would silently change
    every result.
    """
    raw = read_article_bytes(path)
    text = decode_article(raw, path)
    digest = hashlib.sha256(raw).hexdigest()
    if verify_checksum:
        _verify_recorded_checksum(Path(path), digest)
    return parse_article(text, source=str(path), sha256=digest)


def read_article_bytes(path) -> bytes:
    """Return the file's bytes, refusing what cannot be an article before reading it whole."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a directory, not an article file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"file is {size:,} bytes; the limit for one article is {MAX_ARTICLE_BYTES:,} bytes"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ArticleError(path, "is empty")
    return raw


def decode_article(raw: bytes, path="<bytes>") -> str:
    """Decode UTF-8 (a BOM is dropped), normalise line endings, refuse binary data."""
    if b"\x00" in raw[:65536]:
        raise ArticleError(path, "is not a text file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path, f"is not UTF-8 text (decoding as UTF-8 failed at byte {exc.start}); re-save it as UTF-8"
        ) from None
    controls = len(_CONTROL_CHARACTERS.findall(text, 0, 65536))
    if controls > max(8, min(len(text), 65536) // 100):
        raise ArticleError(path, "is not a text file (it is mostly control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article(text: str, *, source: str = "<string>", sha256: str | None = None) -> Article:
    """Split text into blocks and give each a role by the rules in :func:`classify_blocks`."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    blocks = classify_blocks(split_blocks(text))
    by_role: dict[str, list[str]] = {}
    for block in blocks:
        by_role.setdefault(block.role, []).append(block.text)
    if not by_role.get("body"):
        raise ArticleError(source, "has no body paragraphs (only a dateline, headline, captions or promo lines)")
    return Article(
        source=source,
        sha256=sha256,
        text=text,
        dateline=(by_role.get("dateline") or [""])[0],
        headline=(by_role.get("headline") or [""])[0],
        paragraphs=tuple(by_role["body"]),
        captions=tuple(by_role.get("caption", [])),
        boilerplate=tuple(by_role.get("boilerplate", [])),
        blocks=tuple(blocks),
    )


_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATE_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\s+([a-z]{3})|([a-z]{3})[a-z]*\.?\s+(\d{1,2})\b",
                         re.IGNORECASE)
_YEAR = re.compile(r"\b(\d{4})$")
_WEEKDAY_FIRST = re.compile(r"^[a-z]+day\b,?\s*", re.IGNORECASE)


def parse_date(text: str) -> datetime.date | None:
    """The day a date-only line names ("July 27, 2021", "Tuesday, 27 July 2021", "2021-07-27"), or None.

    >>> parse_date("July 27, 2021"), parse_date("a headline")
    (datetime.date(2021, 7, 27), None)
    """
    text = text.strip()
    if not _DATE_ONLY.match(text):
        return None
    parts = _DATE_PARTS.search(_WEEKDAY_FIRST.sub("", text))
    try:
        if parts.group(1):
            return datetime.date(int(parts.group(1)), int(parts.group(2)), int(parts.group(3)))
        day, month = (parts.group(4), parts.group(5)) if parts.group(4) else (parts.group(7), parts.group(6))
        return datetime.date(int(_YEAR.search(text).group(1)), _MONTH_NUMBERS[month[:3].lower()], int(day))
    except (AttributeError, ValueError):  # "February 30, 2021" has the shape of a date and names no day
        return None


def split_blocks(text: str) -> list[tuple[int, str]]:
    """Return ``(line_number, text)`` for every blank-line separated block, whitespace folded."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    return blocks


def classify_blocks(blocks: list[tuple[int, str]]) -> list[Block]:
    """Give every block a role.

    Rules, in order:

    1. A block that is only a date is a dateline; the first is kept, a later
       one is a duplicate (web pages often print the date twice).
    2. The first other block is the headline if it is short and has no final full stop.
    3. Trailing blocks after the story are boilerplate when they are short
       lines without final punctuation or use promo words (newsletter, inbox…).
    4. A block that describes a photo and ends in a credit such as
       "(… via AP)" is a caption.
    5. Everything else is body.
    """
    roles: list[tuple[str, str] | None] = [None] * len(blocks)
    seen_dateline = False
    for i, (_, text) in enumerate(blocks):
        if _DATE_ONLY.match(text):
            roles[i] = (
                ("duplicate dateline", "a date-only line repeating an earlier dateline")
                if seen_dateline
                else ("dateline", "a line holding only a date")
            )
            seen_dateline = True

    for i, (_, text) in enumerate(blocks):
        if roles[i] is None:
            if len(text.split()) <= _HEADLINE_MAX_WORDS and not text.endswith("."):
                roles[i] = ("headline", "first non-date line, short and without a final full stop")
            break

    for i in range(len(blocks) - 1, -1, -1):
        if roles[i] is not None:
            continue
        text = blocks[i][1]
        if _PROMO_WORDS.search(text):
            roles[i] = ("boilerplate", "after the story and uses promotional words")
        elif len(text.split()) <= _PROMO_MAX_WORDS and not _SENTENCE_END.search(text):
            roles[i] = ("boilerplate", "after the story, short and without final punctuation")
        else:
            break

    for i, (_, text) in enumerate(blocks):
        if roles[i] is None and _CREDIT.search(text) and _PHOTO_WORDS.search(text):
            roles[i] = ("caption", "describes a photo and ends in a credit in parentheses")

    return [
        Block(index=i, line=line, role=(roles[i] or ("body", ""))[0],
              reason=(roles[i] or ("", "a paragraph of the story"))[1], text=text)
        for i, (line, text) in enumerate(blocks)
    ]


def _verify_recorded_checksum(path: Path, digest: str) -> None:
    sums = path.parent / CHECKSUM_FILE
    if not sums.is_file():
        return
    for line in sums.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == path.name and parts[0] != digest:
            raise ArticleError(
                path, f"does not match its SHA-256 in {CHECKSUM_FILE} (raw data must not change)"
            )
