"""Stage 5 — score quotations with TextBlob and VADER, and explain every score word by word.

Two lexicon methods are used side by side because neither was built for
diplomatic statements: TextBlob's PatternAnalyzer (polarity −1…1 and
subjectivity 0…1, the mean of the adjectives it knows) and NLTK's VADER
(compound −1…1 from summed word valences, plus pos/neu/neg shares).

Both score the *scored text*: the quotation with typography normalised and its
quote marks removed.  VADER strips only one punctuation character from each
end of a word, so ``“word”,`` would otherwise not be looked up; a curly
apostrophe would also hide negations such as ``don’t`` from it.

>>> row = score_text("We are very happy.")
>>> row["vader_compound"], round(row["textblob_polarity"], 2)
(0.6115, 1.0)
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText
from textblob import TextBlob
from textblob.en import sentiment as textblob_lexicon

from koreanews.cleaning import content_words, normalise, sentence_spans, tokenize

#: VADER's own convention: compound ≥ 0.05 is positive, ≤ −0.05 negative, between is neutral.
#: TextBlob has no published thresholds; the same band is used so the two labels can be compared.
LABEL_THRESHOLD = 0.05

#: Quotation kinds whose text is the speaker's own words (indirect speech is the reporter's wording).
QUOTED_KINDS = ("direct", "partial")

#: Sides in reading order; Seoul and Pyongyang always get a row in summaries, even with no quotations.
SIDES = ("seoul", "pyongyang", "other", "unknown")
MAIN_SIDES = ("seoul", "pyongyang")

SCORE_COLUMNS = (
    "textblob_polarity", "textblob_subjectivity", "vader_compound", "vader_pos", "vader_neu", "vader_neg",
)
QUOTATION_COLUMNS = (
    "quotation", "paragraph", "start", "end", "kind", "side", "speaker", "text", "words",
    *SCORE_COLUMNS, "textblob_label", "vader_label",
)

_DOUBLE_QUOTES = re.compile(r'"')
_SPACES = re.compile(r"\s+")
# A single quote used as a quotation mark: opening (before a word, not after one), closing after
# punctuation, or closing after a word and before punctuation or the end.  Apostrophes inside words
# ("Korea's", "don't") and plural possessives ("Koreas' talks") are kept: VADER needs "n't" for negations.
_SINGLE_QUOTES = re.compile(r"(?<!\w)'(?=\w)|(?<=[.,;:!?])'|(?<=\w)'(?=[.,;:!?)]|\s*$)")


# --------------------------------------------------------------------------- analysers


@lru_cache(maxsize=1)
def vader_analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyser: building it reads and parses the 7,500-word lexicon, so do it once."""
    return SentimentIntensityAnalyzer()




def scoring_text(text: str) -> str:
    """The text as both methods should see it: plain typography, no quote marks, single spaces."""
    plain = normalise(text)
    plain = _DOUBLE_QUOTES.sub("", plain)
    plain = _SINGLE_QUOTES.sub("", plain)
    return _SPACES.sub(" ", plain).strip()


def label(score: float, threshold: float = LABEL_THRESHOLD) -> str:
    """``positive``, ``negative`` or ``neutral`` by VADER's ±0.05 band; NaN scores are ``none``."""
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return "none"
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"


def score_text(text: str) -> dict:
    """Both methods' scores of ``text`` exactly as the libraries give them (no rounding, no cleaning).

    TextBlob's scores come from the lexicon function its default PatternAnalyzer
    calls (``textblob.en.sentiment``): the same numbers as ``TextBlob(text).sentiment``
    without building a blob and a named-tuple class on every call.
    """
    polarity, subjectivity = textblob_lexicon(text)
    vader = vader_analyzer().polarity_scores(text)
    return {
        "textblob_polarity": polarity,
        "textblob_subjectivity": subjectivity,
        "vader_compound": vader["compound"],
        "vader_pos": vader["pos"],
        "vader_neu": vader["neu"],
        "vader_neg": vader["neg"],
    }


# --------------------------------------------------------------------------- quotation scores


def score_quotations(quotes) -> pd.DataFrame:
    """One row per quotation (mentions skipped: they name a statement but quote no words).

    Columns: ``quotation`` (number in the extractor's order, from 1, mentions
    included in the numbering so it matches the quotations table),
    ``paragraph`` (from 1), ``start``/``end`` (span in the paragraph),
    ``kind``, ``side``, ``speaker``, ``text`` (the scored text: quote marks
    removed, typography plain), ``words`` (whitespace words),
    ``textblob_polarity``, ``textblob_subjectivity``, ``vader_compound``,
    ``vader_pos``, ``vader_neu``, ``vader_neg`` (equal to ``TextBlob(text).sentiment``
    and ``SentimentIntensityAnalyzer().polarity_scores(text)``),
    ``textblob_label``/``vader_label`` (±0.05 band, see :data:`LABEL_THRESHOLD`).
    """
    columns: dict[str, list] = {name: [] for name in QUOTATION_COLUMNS}
    for number, quote in enumerate(quotes, start=1):
        if quote.kind == "mention":
            continue
        text = scoring_text(quote.text)
        scores = score_text(text)
        for name, value in (("quotation", number), ("paragraph", quote.paragraph), ("start", quote.start),
                            ("end", quote.end), ("kind", quote.kind), ("side", quote.side),
                            ("speaker", quote.speaker), ("text", text), ("words", len(text.split())),
                            *scores.items(), ("textblob_label", label(scores["textblob_polarity"])),
                            ("vader_label", label(scores["vader_compound"]))):
            columns[name].append(value)
    return pd.DataFrame(columns)  # built from columns at once: row-by-row building dominates on short articles


def score_sentences(scores: pd.DataFrame) -> pd.DataFrame:
    """Each sentence of each scored quotation, scored on its own (a long quote can mix tones).

    Columns: ``quotation``, ``sentence`` (within the quotation, from 1),
    ``side``, ``speaker``, ``kind``, ``text``, the six score columns, and the two labels.
    """
    rows = []
    for quote in scores.itertuples(index=False):
        for number, (start, end) in enumerate(sentence_spans(quote.text), start=1):
            text = quote.text[start:end]
            sentence_scores = score_text(text)
            rows.append({
                "quotation": quote.quotation, "sentence": number, "side": quote.side,
                "speaker": quote.speaker, "kind": quote.kind, "text": text, **sentence_scores,
                "textblob_label": label(sentence_scores["textblob_polarity"]),
                "vader_label": label(sentence_scores["vader_compound"]),
            })
    columns = ["quotation", "sentence", "side", "speaker", "kind", "text", *SCORE_COLUMNS,
               "textblob_label", "vader_label"]
    return pd.DataFrame(rows, columns=columns)


def side_summary(scores: pd.DataFrame) -> pd.DataFrame:
    """Per side, two ways: the mean over its quotations, and the score of all its text joined.

    The mean weighs a five-word quote like a fifty-word one; the joined text
    weighs every word once.  Both are given on two bases: ``quoted words``
    (direct and partial quotations only) and ``all quotations`` (with indirect
    speech, which is the reporter's paraphrase).  Seoul and Pyongyang always
    have a row; a side without quotations gets 0 and NaN scores, not 0 scores.

    Columns: ``basis``, ``side``, ``quotations``, ``words``,
    ``mean_textblob_polarity``, ``joined_textblob_polarity``,
    ``mean_textblob_subjectivity``, ``joined_textblob_subjectivity``,
    ``mean_vader_compound``, ``joined_vader_compound``, ``joined_vader_label``.
    """
    rows = []
    bases = {"quoted words": scores[scores["kind"].isin(QUOTED_KINDS)], "all quotations": scores}
    present = set(scores["side"])
    sides = [side for side in SIDES if side in MAIN_SIDES or side in present]
    sides += sorted(present - set(SIDES))
    for basis, subset in bases.items():
        for side in sides:
            rows.append({"basis": basis, "side": side, **_side_row(subset[subset["side"] == side])})
    return pd.DataFrame(rows)


def _side_row(subset: pd.DataFrame) -> dict:
    if subset.empty:
        joined = dict.fromkeys(SCORE_COLUMNS, float("nan"))
    else:
        joined = score_text(" ".join(subset["text"]))
    return {
        "quotations": len(subset),
        "words": int(subset["words"].sum()),
        "mean_textblob_polarity": subset["textblob_polarity"].mean(),
        "joined_textblob_polarity": joined["textblob_polarity"],
        "mean_textblob_subjectivity": subset["textblob_subjectivity"].mean(),
        "joined_textblob_subjectivity": joined["textblob_subjectivity"],
        "mean_vader_compound": subset["vader_compound"].mean(),
        "joined_vader_compound": joined["vader_compound"],
        "joined_vader_label": label(joined["vader_compound"]),
    }


# --------------------------------------------------------------------------- word-level explanations


def vader_word_valences(text: str) -> pd.DataFrame:
    """Every word VADER sees in ``text`` with its valence before and after VADER's rules.

    The valences come from the analyser's own steps (``sentiment_valence`` for
    boosters, negation, capitals and idioms, then ``_but_check``), in the same
    order as ``polarity_scores``, so they sum to the score it gives:
    ``vader_analyzer().score_valence(list(frame.valence), text)`` equals
    ``polarity_scores(text)``.

    Columns: ``position`` (from 0), ``token`` (as VADER split it),
    ``lexicon_valence`` (−4…4, NaN when the lexicon lacks the word),
    ``rule_valence`` (after boosters/negation/capitals/idioms), ``but_factor``
    (0.5 before a "but", 1.5 after, else 1), ``valence`` (final),
    ``contribution`` (its share of the compound score: compound × valence / sum
    of valences; 0 when the valences sum to 0), ``rule`` (what changed it, in words).
    """
    analyzer = vader_analyzer()
    constants = analyzer.constants
    sentitext = SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
    tokens = sentitext.words_and_emoticons
    first_index: dict[str, int] = {}
    for index, token in enumerate(tokens):
        first_index.setdefault(token, index)
    sentiments: list[float] = []
    for token in tokens:  # the loop of SentimentIntensityAnalyzer.polarity_scores, step for step
        index = first_index[token]
        is_kind_of = index < len(tokens) - 1 and token.lower() == "kind" and tokens[index + 1].lower() == "of"
        if is_kind_of or token.lower() in constants.BOOSTER_DICT:
            sentiments.append(0)
            continue
        sentiments = analyzer.sentiment_valence(0, sentitext, token, index, sentiments)
    rule_valences = list(sentiments)
    final = analyzer._but_check(tokens, list(sentiments))
    compound = analyzer.score_valence(list(final), text)["compound"]
    total = float(sum(final))
    rows = []
    for position, token in enumerate(tokens):
        lexicon_valence = analyzer.lexicon.get(token.lower(), float("nan"))
        factor = _but_factor(tokens, position)
        rows.append({
            "position": position,
            "token": token,
            "lexicon_valence": lexicon_valence,
            "rule_valence": float(rule_valences[position]),
            "but_factor": factor,
            "valence": float(final[position]),
            "contribution": (compound * final[position] / total if total else 0.0) + 0.0,  # + 0.0: no "-0"
            "rule": _vader_rule(tokens, first_index[token], position, lexicon_valence,
                                rule_valences[position], factor, sentitext.is_cap_diff),
        })
    columns = ["position", "token", "lexicon_valence", "rule_valence", "but_factor", "valence", "contribution", "rule"]
    return pd.DataFrame(rows, columns=columns)


def _but_factor(tokens: list[str], position: int) -> float:
    lowered = [token.lower() for token in tokens]
    if "but" not in lowered:
        return 1.0
    but = lowered.index("but")
    return 0.5 if position < but else 1.5 if position > but else 1.0


def _vader_rule(tokens, index, position, lexicon_valence, rule_valence, factor, is_cap_diff) -> str:
    """Name the rules that moved a word away from its lexicon valence (empty when none did)."""
    constants = vader_analyzer().constants
    token = tokens[position]
    if token.lower() in constants.BOOSTER_DICT:
        return "booster/dampener (scores 0 itself)"
    if math.isnan(lexicon_valence):
        return ""
    notes = []
    if token.isupper() and is_cap_diff:
        notes.append("ALL CAPS")
    before = [tokens[index - k] for k in (1, 2, 3) if index - k >= 0]
    boosters = [word for word in before if word.lower() in constants.BOOSTER_DICT]
    negations = [word for word in before if constants.negated([word])]
    if boosters:
        notes.append("boosted/dampened by " + ", ".join(reversed(boosters)))
    if negations:
        notes.append("negated by " + ", ".join(reversed(negations)))
    if not notes and not math.isclose(rule_valence, lexicon_valence):
        notes.append("idiom or 'least'")
    if factor != 1.0:
        notes.append(f"'but' ×{factor:g}")
    if index != position:
        notes.append(f"context of first occurrence (word {index})")
    return "; ".join(notes)


def textblob_assessments(text: str) -> pd.DataFrame:
    """The words TextBlob scored in ``text``; polarity is the plain mean of their polarities.

    Columns: ``position`` (assessment number, from 0), ``words`` (the chunk,
    e.g. "not very good"), ``lexicon_polarity`` (the last known word's own
    polarity), ``polarity``/``subjectivity`` (after modifiers and negation),
    ``contribution`` (polarity / number of assessments: these sum to the score).
    """
    assessments = TextBlob(text).sentiment_assessments.assessments
    count = len(assessments)
    rows = []
    for position, (words, polarity, subjectivity, _label) in enumerate(assessments):
        known = [word for word in words if word in textblob_lexicon]
        rows.append({
            "position": position,
            "words": " ".join(words),
            "lexicon_polarity": textblob_lexicon[known[-1]][None][0] if known else float("nan"),
            "polarity": polarity,
            "subjectivity": subjectivity,
            "contribution": polarity / count,
        })
    columns = ["position", "words", "lexicon_polarity", "polarity", "subjectivity", "contribution"]
    return pd.DataFrame(rows, columns=columns)


def explain_quotation(quotation) -> pd.DataFrame:
    """Word-level explanation of one quotation (a ``Quotation`` or its text) by both methods, in one long table.

    Only the words that can move a score are listed: VADER's lexicon words and
    boosters, and every TextBlob assessment.  Columns: ``method`` (TextBlob or
    VADER), ``position``, ``words``, ``lexicon_value`` (the word's own score),
    ``value`` (after the method's rules), ``contribution`` (share of the
    method's score; per method these sum to the score), ``rule``.
    """
    text = scoring_text(getattr(quotation, "text", quotation))
    blob = textblob_assessments(text).assign(method="TextBlob", rule="")
    blob["rule"] = np.where(blob["words"].str.contains(" "), "modifier or negation", "")
    blob = blob.rename(columns={"lexicon_polarity": "lexicon_value", "polarity": "value"})
    vader = vader_word_valences(text)
    vader = vader[vader["lexicon_valence"].notna() | (vader["rule"] != "")]
    vader = vader.rename(columns={"token": "words", "lexicon_valence": "lexicon_value", "valence": "value"})
    vader = vader.assign(method="VADER")
    columns = ["method", "position", "words", "lexicon_value", "value", "contribution", "rule"]
    table = pd.concat([blob[columns], vader[columns]], ignore_index=True)
    return table.astype(_EXPLANATION_TYPES)


#: Column types of an explanation, fixed so that empty parts do not turn numbers into objects.
_EXPLANATION_TYPES = {"position": "int64", "lexicon_value": "float64", "value": "float64", "contribution": "float64"}


def word_explanations(scores: pd.DataFrame) -> pd.DataFrame:
    """:func:`explain_quotation` for every scored quotation, with its number, side and speaker first."""
    frames = [
        explain_quotation(row.text).assign(quotation=row.quotation, side=row.side, speaker=row.speaker)
        for row in scores.itertuples(index=False)
    ]
    columns = ["quotation", "side", "speaker", "method", "position", "words", "lexicon_value", "value",
               "contribution", "rule"]
    if not frames:
        return pd.DataFrame(columns=columns).astype({"quotation": "int64", **_EXPLANATION_TYPES})
    return pd.concat(frames, ignore_index=True)[columns].astype(_EXPLANATION_TYPES)


# --------------------------------------------------------------------------- lexicon coverage


#: Regular inflectional endings: enough to tell "desires" from "desire" without a lemmatiser's data.
_INFLECTIONS = ("s", "es", "d", "ed", "ing")


def inflected_forms(word: str) -> set[str]:
    """Other regular inflections of ``word``: with an ending added, or removed (and an "e" restored)."""
    forms = {word + ending for ending in _INFLECTIONS}
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            forms |= {base, base + "e"} | {base + other for other in _INFLECTIONS}
    forms.discard(word)
    return forms


def coverage_words(scores: pd.DataFrame) -> pd.DataFrame:
    """Every content word of the scored quotations, per side, and whether each lexicon knows it.

    A word a lexicon does not know counts as neutral (VADER) or is ignored
    (TextBlob): if it carries the meaning, the score misses it.  ``related_*``
    name other regular inflections of an unknown word that the lexicon does
    know ("desires" → "desire"): it knows the word, but not in this form.

    Columns: ``side``, ``word``, ``count``, ``in_vader``, ``vader_valence``,
    ``related_vader``, ``in_textblob``, ``textblob_polarity``, ``related_textblob``,
    ``in_neither``; sorted by side order, then word.
    """
    vader = vader_analyzer().lexicon
    rows = []
    order = {side: number for number, side in enumerate(SIDES)}
    for side, subset in sorted(scores.groupby("side"), key=lambda item: (order.get(item[0], len(SIDES)), item[0])):
        words = pd.Series([w for text in subset["text"] for w in content_words(tokenize(text))], dtype=object)
        for word, count in sorted(words.value_counts().items()):
            in_vader, in_textblob = word in vader, word in textblob_lexicon
            forms = sorted(inflected_forms(word))
            rows.append({
                "side": side, "word": word, "count": int(count),
                "in_vader": in_vader,
                "vader_valence": vader.get(word, float("nan")),
                "related_vader": "" if in_vader else " ".join(f for f in forms if f in vader),
                "in_textblob": in_textblob,
                "textblob_polarity": textblob_lexicon[word][None][0] if in_textblob else float("nan"),
                "related_textblob": "" if in_textblob else " ".join(f for f in forms if f in textblob_lexicon),
                "in_neither": not (in_vader or in_textblob),
            })
    columns = ["side", "word", "count", "in_vader", "vader_valence", "related_vader", "in_textblob",
               "textblob_polarity", "related_textblob", "in_neither"]
    return pd.DataFrame(rows, columns=columns)


def coverage_summary(words: pd.DataFrame) -> pd.DataFrame:
    """Per side: content words (occurrences) and the share each lexicon knows; words neither knows.

    Columns: ``side``, ``content_words``, ``vader_known``, ``textblob_known``,
    ``either_known`` (shares of occurrences, 0…1), ``unknown_to_both`` (the
    words, alphabetical, "; "-separated).
    """
    rows = []
    for side in dict.fromkeys(words["side"]):
        subset = words[words["side"] == side]
        total = subset["count"].sum()
        share = lambda mask: subset.loc[mask, "count"].sum() / total  # noqa: E731 - local shorthand
        rows.append({
            "side": side,
            "content_words": int(total),
            "vader_known": share(subset["in_vader"]),
            "textblob_known": share(subset["in_textblob"]),
            "either_known": share(~subset["in_neither"]),
            "unknown_to_both": "; ".join(subset.loc[subset["in_neither"], "word"]),
        })
    columns = ["side", "content_words", "vader_known", "textblob_known", "either_known", "unknown_to_both"]
    return pd.DataFrame(rows, columns=columns)


def score_as_if_known(text: str, proxies: dict[str, str]) -> dict:
    """Scores of ``text`` if each lexicon knew the words in ``proxies`` as well as it knows their proxy.

    A what-if for unknown words ("setback" scored like "failure").  VADER is
    rerun with a private copy of its lexicon; TextBlob's score is recomputed as
    the mean over its assessments plus one per occurrence of an added word (a
    word gets no modifier in this what-if).  A proxy a lexicon does not know
    leaves that lexicon's score unchanged.  Returns the six scores plus
    ``vader_added``/``textblob_added`` (the valences given to the added words).
    """
    text = scoring_text(text)
    base = vader_analyzer()
    vader_added = {word: base.lexicon[proxy] for word, proxy in proxies.items()
                   if proxy in base.lexicon and word not in base.lexicon}
    what_if = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    what_if.constants, what_if.lexicon_file = base.constants, base.lexicon_file
    what_if.lexicon = {**base.lexicon, **vader_added}
    vader = what_if.polarity_scores(text)
    textblob_added = {word: textblob_lexicon[proxy][None] for word, proxy in proxies.items()
                      if proxy in textblob_lexicon and word not in textblob_lexicon}
    blob = TextBlob(text).sentiment_assessments
    polarities = [p for _w, p, _s, _x in blob.assessments]
    subjectivities = [s for _w, _p, s, _x in blob.assessments]
    lowered = [token.lower() for token in tokenize(text)]
    for word, (polarity, subjectivity, _intensity) in textblob_added.items():
        polarities += [polarity] * lowered.count(word)
        subjectivities += [subjectivity] * lowered.count(word)
    return {
        "textblob_polarity": sum(polarities) / len(polarities) if polarities else 0.0,
        "textblob_subjectivity": sum(subjectivities) / len(subjectivities) if subjectivities else 0.0,
        "vader_compound": vader["compound"], "vader_pos": vader["pos"],
        "vader_neu": vader["neu"], "vader_neg": vader["neg"],
        "vader_added": vader_added,
        "textblob_added": {word: values[0] for word, values in textblob_added.items()},
    }


def what_if_table(scores: pd.DataFrame, proxies: dict[str, str]) -> pd.DataFrame:
    """:func:`score_as_if_known` for every quotation containing one of the ``proxies`` words.

    Columns: ``quotation``, ``side``, ``added`` (the words found, "; "-separated),
    ``textblob_polarity``/``textblob_polarity_what_if``, ``vader_compound``/``vader_compound_what_if``,
    ``vader_label``/``vader_label_what_if``.
    """
    columns = ["quotation", "side", "added", "textblob_polarity", "textblob_polarity_what_if",
               "vader_compound", "vader_compound_what_if", "vader_label", "vader_label_what_if"]
    rows = []
    for row in scores.itertuples(index=False):
        found = [word for word in proxies if word in {token.lower() for token in tokenize(row.text)}]
        if not found:
            continue
        what_if = score_as_if_known(row.text, {word: proxies[word] for word in found})
        rows.append({
            "quotation": row.quotation, "side": row.side, "added": "; ".join(found),
            "textblob_polarity": row.textblob_polarity, "textblob_polarity_what_if": what_if["textblob_polarity"],
            "vader_compound": row.vader_compound, "vader_compound_what_if": what_if["vader_compound"],
            "vader_label": row.vader_label, "vader_label_what_if": label(what_if["vader_compound"]),
        })
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- comparing the methods


def compare_methods(scores: pd.DataFrame) -> pd.DataFrame:
    """Per quotation: both scores, both labels, whether the labels agree, and each method's rank.

    Ranks are 1 for the most positive quotation (ties share the mean rank).
    Columns: ``quotation``, ``side``, ``textblob_polarity``, ``vader_compound``,
    ``textblob_label``, ``vader_label``, ``labels_agree``, ``textblob_rank``, ``vader_rank``.
    """
    frame = scores[["quotation", "side", "textblob_polarity", "vader_compound", "textblob_label", "vader_label"]].copy()
    frame["labels_agree"] = frame["textblob_label"] == frame["vader_label"]
    frame["textblob_rank"] = frame["textblob_polarity"].rank(ascending=False)
    frame["vader_rank"] = frame["vader_compound"].rank(ascending=False)
    return frame.reset_index(drop=True)


def method_agreement(scores: pd.DataFrame) -> pd.DataFrame:
    """How far the methods agree: same label, same sign, and Spearman rank correlation.

    Spearman is NaN with fewer than two quotations or when one method gives
    every quotation the same score.  Columns: ``measure``, ``value``.
    """
    compared = compare_methods(scores)
    n = len(compared)
    same_sign = np.sign(compared["textblob_polarity"]) == np.sign(compared["vader_compound"])
    spearman = float("nan")
    if n >= 2 and compared["textblob_rank"].nunique() > 1 and compared["vader_rank"].nunique() > 1:
        spearman = float(np.corrcoef(compared["textblob_rank"], compared["vader_rank"])[0, 1])
    return pd.DataFrame({
        "measure": ["quotations", "same label (±0.05 band)", "same sign", "Spearman rank correlation"],
        "value": [float(n), compared["labels_agree"].mean() if n else float("nan"),
                  same_sign.mean() if n else float("nan"), spearman],
    })


def leave_one_word_out(text: str) -> pd.DataFrame:
    """Each word's effect on both scores: the score with it minus the score without it.

    Words are whitespace words of the scored text (what VADER looks up).  A
    word whose removal flips VADER's label is what a reader should distrust.
    Columns: ``position`` (from 0), ``word``, ``textblob_change``,
    ``vader_change``, ``vader_label_without``, ``flips_vader_label``.
    """
    words = scoring_text(text).split()
    full = score_text(" ".join(words))
    full_label = label(full["vader_compound"])
    rows = []
    for position, word in enumerate(words):
        without = score_text(" ".join(words[:position] + words[position + 1:]))
        without_label = label(without["vader_compound"])
        rows.append({
            "position": position,
            "word": word,
            "textblob_change": full["textblob_polarity"] - without["textblob_polarity"],
            "vader_change": full["vader_compound"] - without["vader_compound"],
            "vader_label_without": without_label,
            "flips_vader_label": without_label != full_label,
        })
    columns = ["position", "word", "textblob_change", "vader_change", "vader_label_without", "flips_vader_label"]
    return pd.DataFrame(rows, columns=columns)


def sensitivity_table(scores: pd.DataFrame, tolerance: float = 1e-9) -> pd.DataFrame:
    """:func:`leave_one_word_out` for every quotation, keeping only words that move a score.

    Columns: ``quotation``, ``side`` and those of :func:`leave_one_word_out`.
    """
    frames = []
    for row in scores.itertuples(index=False):
        table = leave_one_word_out(row.text)
        moving = (table["textblob_change"].abs() > tolerance) | (table["vader_change"].abs() > tolerance)
        frames.append(table[moving].assign(quotation=row.quotation, side=row.side))
    columns = ["quotation", "side", "position", "word", "textblob_change", "vader_change",
               "vader_label_without", "flips_vader_label"]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


# --------------------------------------------------------------------------- context: narration and arc


def paragraph_sentiment(article, quotes) -> pd.DataFrame:
    """Sentiment paragraph by paragraph, for the whole paragraph and for its narration alone.

    Narration is the paragraph with the spans of direct and partial
    quotations cut out (indirect speech stays: it is the reporter's wording).
    Columns: ``paragraph`` (from 1), ``quoted_sides`` (sides quoted word for
    word in the paragraph, "; "-separated), ``context`` (``quotes`` when the
    paragraph quotes someone, ``next to quotes`` when a neighbour does, else
    ``elsewhere``), ``words``, ``textblob_polarity``,
    ``vader_compound`` (whole paragraph), ``narration_words``,
    ``narration_textblob_polarity``, ``narration_vader_compound``, ``narration``
    (the narration text as scored).
    """
    spans: dict[int, list] = {}
    for quote in quotes:
        if quote.kind in QUOTED_KINDS:
            spans.setdefault(quote.paragraph, []).append(quote)
    rows = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        quoted = sorted(spans.get(number, []), key=lambda quote: quote.start)
        narration = _cut_spans(paragraph, [(quote.start, quote.end) for quote in quoted])
        whole_text, narration_text = scoring_text(paragraph), scoring_text(narration)
        whole, told = score_text(whole_text), score_text(narration_text)
        rows.append({
            "paragraph": number,
            "quoted_sides": "; ".join(dict.fromkeys(quote.side for quote in quoted)),
            "words": len(whole_text.split()),
            "textblob_polarity": whole["textblob_polarity"],
            "vader_compound": whole["vader_compound"],
            "narration_words": len(narration_text.split()),
            "narration_textblob_polarity": told["textblob_polarity"],
            "narration_vader_compound": told["vader_compound"],
            "narration": narration_text,
        })
    quoting = {row["paragraph"] for row in rows if row["quoted_sides"]}
    for row in rows:
        number = row["paragraph"]
        row["context"] = ("quotes" if number in quoting
                          else "next to quotes" if {number - 1, number + 1} & quoting else "elsewhere")
    columns = ["paragraph", "quoted_sides", "context", "words", "textblob_polarity", "vader_compound",
               "narration_words", "narration_textblob_polarity", "narration_vader_compound", "narration"]
    return pd.DataFrame(rows, columns=columns)


def narration_summary(arc: pd.DataFrame) -> pd.DataFrame:
    """The reporter's own tone by closeness to the quotations: do the quotes sit in warmer narration?

    ``arc`` is :func:`paragraph_sentiment`.  Per ``context``: ``paragraphs``,
    ``narration_words``, the mean narration scores over paragraphs with any
    narration, and the scores of all that narration joined.
    """
    rows = []
    for context in ("quotes", "next to quotes", "elsewhere"):
        subset = arc[(arc["context"] == context) & (arc["narration_words"] > 0)]
        if len(subset):
            joined = score_text(" ".join(subset["narration"]))
        else:
            joined = dict.fromkeys(SCORE_COLUMNS, float("nan"))
        rows.append({
            "context": context,
            "paragraphs": int((arc["context"] == context).sum()),
            "narration_words": int(subset["narration_words"].sum()),
            "mean_textblob_polarity": subset["narration_textblob_polarity"].mean(),
            "joined_textblob_polarity": joined["textblob_polarity"],
            "mean_vader_compound": subset["narration_vader_compound"].mean(),
            "joined_vader_compound": joined["vader_compound"],
        })
    return pd.DataFrame(rows)


def _cut_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the given (start, end) spans; a space keeps the words on each side apart."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        pieces.append(text[cursor:max(cursor, start)])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    return re.sub(r"\s+", " ", " ".join(pieces)).strip()
