"""Stage 2 — normalise text, split sentences, and make one-token-per-row tables.

Normalisation maps typographic characters (curly quotes and apostrophes,
dashes, unusual spaces) to plain ones *one character for one character*, so
every span found on normalised text points at the same place in the original,
which is what readers are shown.

>>> normalise("North Korea’s “setback” — again")
'North Korea\\'s "setback" - again'
>>> content_words(tokenize("North Korea’s leaders agreed to talk."))
['north', 'korea', 'leaders', 'agreed', 'talk']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from nltk.corpus import stopwords
from nltk.tokenize import NLTKWordTokenizer, PunktTokenizer

from koreanews.loading import Article

#: Characters replaced by a plain equivalent of the same length.
CHARACTER_MAP = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\t": " ", "\n": " ",
}
#: Any character of the map: a text holds few of them, found in one pass (str.translate looks up every character).
_TYPOGRAPHIC = re.compile("[" + re.escape("".join(CHARACTER_MAP)) + "]")
_POSSESSIVES = {"'s", "'", "s'"}
_HAS_LETTER = re.compile(r"[^\W\d_]")

#: The roles of :class:`~koreanews.loading.Block` that carry words worth counting.
TEXT_ROLES = ("body", "caption")


def normalise(text: str) -> str:
    """Plain quotes, apostrophes, dashes and spaces; same length as the input."""
    return _TYPOGRAPHIC.sub(_plain_character, text)


def _plain_character(match: re.Match) -> str:
    return CHARACTER_MAP[match.group()]


@lru_cache(maxsize=1)
def _sentence_splitter() -> PunktTokenizer:
    return PunktTokenizer("english")


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """NLTK's English stop-word list (198 words in the pinned data)."""
    return frozenset(stopwords.words("english"))


@dataclass(frozen=True)
class Sentence:
    paragraph: int  #: body paragraph number, from 1
    start: int  #: offset of the first character in the paragraph
    end: int  #: offset after the last character
    text: str  #: the original text, typography kept


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence boundaries in one paragraph, by NLTK's punkt on the normalised text."""
    return list(_sentence_splitter().span_tokenize(normalise(paragraph)))


def split_sentences(article: Article) -> list[Sentence]:
    """Every body sentence.  Paragraphs are split first: headers have no full stops to split on."""
    return [
        Sentence(number, start, end, text[start:end])
        for number, text in enumerate(article.paragraphs, start=1)
        for start, end in sentence_spans(text)
    ]


def tokenize(text: str) -> list[str]:
    """NLTK word tokens of the normalised text ("Korea's" → "Korea", "'s").

    Sentences are split first, as ``nltk.word_tokenize`` does: the word
    tokenizer only separates the full stop at the very end of its input, so a
    whole paragraph given at once would leave "war." as a word.
    """
    plain = normalise(text)
    words = _word_tokenizer()
    return [token for start, end in sentence_spans(text) for token in words.tokenize(plain[start:end])]


def word_form(token: str) -> str | None:
    """The counted form of a token: lower-cased; None for punctuation, numbers and possessive marks."""
    lowered = token.lower()
    if lowered in _POSSESSIVES or not _HAS_LETTER.search(lowered):
        return None
    return lowered


def content_words(tokens: list[str]) -> list[str]:
    """Lower-cased words with possessives, punctuation, numbers and stop words removed."""
    stops = stop_words()
    words = (word_form(token) for token in tokens)
    return [word for word in words if word is not None and word not in stops]


def paragraph_table(article: Article) -> pd.DataFrame:
    """One row per block of the file: its role, why, and the body paragraph number.

    Columns: ``block`` (from 0), ``line`` (in the file, from 1), ``role``,
    ``paragraph`` (body paragraphs from 1, empty otherwise), ``words``,
    ``reason``, ``text``.
    """
    rows, number = [], 0
    for block in article.blocks:
        if block.role == "body":
            number += 1
        rows.append({
            "block": block.index,
            "line": block.line,
            "role": block.role,
            "paragraph": number if block.role == "body" else pd.NA,
            "words": len(block.text.split()),
            "reason": block.reason,
            "text": block.text,
        })
    table = pd.DataFrame(rows)
    table["paragraph"] = table["paragraph"].astype("Int64")
    return table


def sentence_table(article: Article) -> pd.DataFrame:
    """One row per body sentence.

    Columns: ``sentence`` (from 1), ``paragraph`` (from 1), ``start``/``end``
    (character offsets in the paragraph), ``text`` (original typography).
    """
    sentences = split_sentences(article)
    return pd.DataFrame({
        "sentence": range(1, len(sentences) + 1),
        "paragraph": [s.paragraph for s in sentences],
        "start": [s.start for s in sentences],
        "end": [s.end for s in sentences],
        "text": [s.text for s in sentences],
    })


def token_table(article: Article, roles: tuple[str, ...] = TEXT_ROLES) -> pd.DataFrame:
    """One token per row for the blocks with the given roles, with why each was kept or dropped.

    Columns: ``role`` (body or caption), ``block`` (from 0), ``position``
    (token index in the block, from 0), ``token`` (as NLTK split it),
    ``word`` (counted form, empty for punctuation/numbers/possessives),
    ``stop_word`` (bool), ``kept`` (bool: counted in word frequencies),
    ``removed`` (why a token is not counted: ``possessive``, ``punctuation or number``,
    ``stop word``; empty when kept).
    """
    stops = stop_words()
    names = ("role", "block", "position", "token", "word", "stop_word", "kept", "removed")
    columns: dict[str, list] = {name: [] for name in names}
    for block in article.blocks:
        if block.role not in roles:
            continue
        for position, token in enumerate(tokenize(block.text)):
            word = word_form(token)
            is_stop = word in stops if word is not None else False
            columns["role"].append(block.role)
            columns["block"].append(block.index)
            columns["position"].append(position)
            columns["token"].append(token)
            columns["word"].append(word or "")
            columns["stop_word"].append(is_stop)
            columns["kept"].append(word is not None and not is_stop)
            columns["removed"].append(_removal_reason(token, word, is_stop))
    return pd.DataFrame(columns)


def _removal_reason(token: str, word: str | None, is_stop: bool) -> str:
    if token.lower() in _POSSESSIVES:
        return "possessive"
    if word is None:
        return "punctuation or number"
    return "stop word" if is_stop else ""


def character_changes(article: Article) -> pd.DataFrame:
    """How often normalisation replaced each typographic character in the body and captions.

    Columns: ``character``, ``unicode_name``, ``replaced_by``, ``count``;
    sorted by count, most frequent first.
    """
    text = "".join(b.text for b in article.blocks if b.role in TEXT_ROLES)
    counts = {ch: text.count(ch) for ch in CHARACTER_MAP if ch in text and ch not in "\t\n"}
    rows = [(ch, unicodedata.name(ch, "?"), CHARACTER_MAP[ch], n) for ch, n in counts.items()]
    rows.sort(key=lambda row: (-row[3], row[0]))
    return pd.DataFrame(rows, columns=["character", "unicode_name", "replaced_by", "count"])
