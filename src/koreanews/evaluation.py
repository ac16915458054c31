"""Score quotation records against a hand-made gold annotation.

A rule-based extractor is only as good as its record on news it has never
seen, so it is judged here on articles annotated by hand: which quotations it
found, whether it gave them the right side and speaker, and whether what it
reports as speech really is speech.

Texts are compared, not character offsets, so a record counts as found even if
its span is a word or a punctuation mark off; 80% of the shorter text must
overlap, which no neighbouring quotation in the same paragraph can reach.

>>> gold = [{"article": "a.txt", "paragraph": 2, "text": "We will respond,", "speaker": "Park Soo-hyun",
...          "side": "seoul", "kind": "direct"}]
>>> pred = [{"article": "a.txt", "paragraph": 2, "text": "We will respond", "speaker": "Mr Park",
...          "side": "seoul", "kind": "direct"}]
>>> m = evaluate_quotations(pred, gold)
>>> m["recall"], m["precision"], m["side_accuracy"], m["speaker_accuracy"]
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from koreanews.cleaning import normalise

#: Kinds that claim "someone said these words"; only these are scored as speech.
SPEECH_KINDS = frozenset({"direct", "partial"})
#: Share of the shorter text that must overlap for two quotations to be the same one.
MIN_OVERLAP = 0.8
#: Name of the annotation file beside the articles.
GOLD_FILE = "gold.json"

#: Personal titles dropped from speaker names before comparing them.  A leading
#: run of words up to the last title goes too ("Vice Unification Minister Choi"
#: → "choi"), because a title is how an article refers to someone, not who they are.
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor president chairman chairwoman leader spokesman spokeswoman "
    "spokesperson minister secretary ambassador envoy gen general col lt adm admiral sen senator rep sir "
    "madam premier".split()
)
#: A country's possessive names the same speaker as its adjective: "North Korea's foreign ministry" is the
#: "North Korean foreign ministry".
_DEMONYMS = {"korea's": "korean", "china's": "chinese", "japan's": "japanese", "russia's": "russian",
             "america's": "american"}
#: Ways of naming the two states in a description, as the words of "North Korean" and "South Korean".
_STATE_WORDS = {"korea": ("korean",), "seoul": ("south", "korean"),
                "seoul's": ("south", "korean"), "south's": ("south", "korean"), "pyongyang": ("north", "korean"),
                "pyongyang's": ("north", "korean"), "north's": ("north", "korean")}
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})
#: The words that say which Korea a description means.
_STATE_NAMES = frozenset({"north", "south", "korean"})
_EDGE_PUNCTUATION = " \t\n.,;:!?'\"-()[]"
_FIELDS = ("article", "paragraph", "text", "speaker", "side", "kind")


# --------------------------------------------------------------------------- texts


def fold_text(text: str) -> str:
    """Plain typography, case folded, whitespace collapsed, edge punctuation dropped.

    Quotation text in wire copy often carries the comma or full stop that sits
    inside the closing mark; whether an extractor keeps it says nothing about
    whether it found the quotation.
    """
    folded = " ".join(normalise(text or "").casefold().split())
    return folded.strip(_EDGE_PUNCTUATION)


def _common_length(a: str, b: str) -> int:
    if not a or not b:
        return 0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def text_overlap(a: str, b: str) -> float:
    """Longest common stretch of the folded texts, as a share of the shorter one (0 to 1).

    A contiguous stretch, because two records of one quotation cover the same
    run of words; scattered common words would let any two sentences match.
    """
    a, b = fold_text(a), fold_text(b)
    if not a or not b:
        return 0.0
    return _common_length(a, b) / min(len(a), len(b))


def _similarity(a: str, b: str) -> float:
    """Common stretch as a share of the longer text: used to prefer the closest of several matches."""
    a, b = fold_text(a), fold_text(b)
    if not a or not b:
        return 0.0
    return _common_length(a, b) / max(len(a), len(b))


# --------------------------------------------------------------------------- speakers


#: Words after a title that place its holder rather than name them.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "on", "based"})


def fold_speaker(name: str) -> list[str]:
    """The words of a speaker's name, lower-cased, with titles and a leading article ("the", "one") removed.

    Hyphens are kept inside words here ("dong-hwan") and folded only when names
    are compared, so "Kim Jong-un" and "Kim Jong Un" are one name.
    """
    text = normalise(name or "").casefold().replace(".", " ")
    words = [w.strip(",;:") for w in text.split()]
    words = [_DEMONYMS.get(w, w) for w in words if w]
    last_title = max((i for i, w in enumerate(words) if w in TITLES), default=-1)
    if 0 <= last_title < len(words) - 1 and words[last_title + 1] not in _PLACE_PREPOSITIONS:
        # ("Spokesperson Kim" is Kim; "WFP spokesperson in Geneva" is still the spokesperson)
        words = words[last_title + 1:]
    if len(words) > 2 and words[0] == "one" and words[1] == "of":
        words = words[2:-1] + [_one_of(words[-1])]  # "one of the fishermen" is a fisherman
    while len(words) > 1 and words[0] in ("the", "a", "an", "one"):
        words = words[1:]  # "One woman who fled" is the "woman who fled"
    return words


def _one_of(plural: str) -> str:
    """One of a group named by a plural noun: "fishermen" → "fisherman", "waitresses" → "waitress"."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith(("sses", "ches", "shes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") and not plural.endswith("ss") else plural


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL_WORDS)


def same_speaker(a: str, b: str) -> bool:
    """Whether two ways of naming a speaker name the same one.

    True when, titles dropped, one name contains the other as whole words
    ("Choi Dong-hwan" in "Vice Unification Minister Choi Dong-hwan"), when one
    is a bare surname that opens or closes the other ("Mr Park" and "Park
    Soo-hyun"; "Ms Hartman" and "Julia Hartman": Korean names put the family
    name first, Western names last), or when one is the other's acronym
    ("KCNA").  Two different full names sharing a surname are two people
    ("Kim Yo Jong" is not "Kim Jong Un").
    """
    wa, wb = fold_speaker(a), fold_speaker(b)
    if not wa or not wb:
        return False
    flat_a = " " + " ".join(wa).replace("-", " ") + " "
    flat_b = " " + " ".join(wb).replace("-", " ") + " "
    if flat_a in flat_b or flat_b in flat_a:
        return True
    for short, full in ((wa, wb), (wb, wa)):
        if len(short) == 1 and len(full) > 1 and short[0] in (full[0], full[-1]):
            return True
        if len(short) == 1 and 2 <= len(short[0]) <= 6 and len(full) > 1 and short[0] in _initials(full):
            return True
    described_a, described_b = _description_words(a), _description_words(b)
    if len(described_a) >= 2 and described_a == described_b:
        return True
    # The state may be named in one description and left to the context in the other: "spokesperson for
    # North Korea's foreign ministry" is the article's "foreign ministry spokesperson" (but not the South's).
    state_a, state_b = described_a & _STATE_NAMES, described_b & _STATE_NAMES
    rest_a, rest_b = described_a - _STATE_NAMES, described_b - _STATE_NAMES
    return len(rest_a) >= 2 and rest_a == rest_b and (state_a <= state_b or state_b <= state_a)


def _description_words(name: str) -> frozenset:
    """The content words of a description, the two states named one way: "spokesperson for North Korea's
    foreign ministry", "the North's foreign ministry spokesperson" and "North Korean foreign ministry
    spokesperson" describe one speaker; so do "Seoul's presidential office" and "the South Korean
    presidential office"."""
    found = set()
    for word in normalise(name).casefold().replace(".", " ").split():
        word = _DEMONYMS.get(word.strip(",;:"), word.strip(",;:"))  # "Korea's" is "Korean", as in fold_speaker
        found.update(_STATE_WORDS.get(word, (word,)))
    return frozenset(found - _SMALL_WORDS - {"a", "an", "at", "from", "by"})


# --------------------------------------------------------------------------- records


def _record(item, source: str) -> dict:
    """A predicted or gold item (dict or object with attributes) as a plain dict."""
    get = item.get if isinstance(item, dict) else lambda key, default=None: getattr(item, key, default)
    record = {key: get(key, None) for key in _FIELDS}
    missing = [key for key in ("article", "paragraph", "text", "kind") if record[key] in (None, "")]
    if missing:
        raise ValueError(f"{source} record lacks {', '.join(missing)}: {item!r}")
    record["paragraph"] = int(record["paragraph"])
    record["speaker"] = record["speaker"] or ""
    record["side"] = record["side"] or "unknown"
    return record


def _is_speech(record: dict) -> bool:
    return record["kind"] in SPEECH_KINDS


def _ratio(numerator: int, denominator: int) -> float | None:
    """A share, or None when there is nothing to take a share of (reported, never faked as 0 or 1)."""
    return round(numerator / denominator, 4) if denominator else None


def _match_paragraph(preds: list[int], golds: list[int], pred_records, gold_records) -> dict[int, int]:
    """One-to-one matching of predicted speech to gold speech in one paragraph; returns pred → gold.

    A prediction is a candidate for every gold quotation it overlaps enough,
    unless a gold *mention* resembles it more closely (then it is that mention,
    not a fragment of the sentence around it).  The matching pairs as many as
    possible (augmenting paths), trying the closest texts first.
    """
    candidates: dict[int, list[int]] = {}
    for p in preds:
        text = pred_records[p]["text"]
        scored = [
            (_similarity(text, gold_records[g]["text"]), g)
            for g in golds
            if text_overlap(text, gold_records[g]["text"]) >= MIN_OVERLAP
        ]
        best_speech = max((s for s, g in scored if _is_speech(gold_records[g])), default=0.0)
        best_mention = max((s for s, g in scored if not _is_speech(gold_records[g])), default=0.0)
        if best_mention > best_speech:
            continue
        ordered = sorted((item for item in scored if _is_speech(gold_records[item[1]])), key=lambda x: -x[0])
        if ordered:
            candidates[p] = [g for _, g in ordered]

    gold_to_pred: dict[int, int] = {}

    def assign(p: int, seen: set[int]) -> bool:
        for g in candidates[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_to_pred or assign(gold_to_pred[g], seen):
                gold_to_pred[g] = p
                return True
        return False

    for p in sorted(candidates, key=lambda p: -_similarity(pred_records[p]["text"],
                                                          gold_records[candidates[p][0]]["text"])):
        assign(p, set())
    return {p: g for g, p in gold_to_pred.items()}


def _compare(predicted, gold) -> tuple[dict, list[dict]]:
    """The metrics and one row per gold entry and per unmatched predicted speech record."""
    pred = [_record(item, "predicted") for item in predicted]
    ref = [_record(item, "gold") for item in gold]

    by_place: dict[tuple, tuple[list[int], list[int]]] = {}
    for i, r in enumerate(pred):
        by_place.setdefault((r["article"], r["paragraph"]), ([], []))[0].append(i)
    for j, r in enumerate(ref):
        by_place.setdefault((r["article"], r["paragraph"]), ([], []))[1].append(j)

    pred_to_gold: dict[int, int] = {}
    for preds, golds in by_place.values():
        speech_preds = [p for p in preds if _is_speech(pred[p])]
        speech_golds = [g for g in golds if _is_speech(ref[g])]
        mentions = [g for g in golds if not _is_speech(ref[g])]
        pred_to_gold.update(_match_paragraph(speech_preds, speech_golds + mentions, pred, ref))
    gold_to_pred = {g: p for p, g in pred_to_gold.items()}

    rows: list[dict] = []
    problems: list[dict] = []
    counts = {"gold_speech": 0, "predicted_speech": 0, "matched": 0, "missed": 0, "false_positives": 0,
              "right_side": 0, "right_speaker": 0, "gold_mentions": 0, "mentions_attributed": 0}

    for j, g in enumerate(ref):
        row = {"article": g["article"], "paragraph": g["paragraph"], "gold_kind": g["kind"], "text": g["text"],
               "gold_speaker": g["speaker"], "gold_side": g["side"], "predicted_text": "",
               "predicted_speaker": "", "predicted_side": "", "predicted_kind": "",
               "outcome": "", "side_ok": pd.NA, "speaker_ok": pd.NA, "reason": ""}
        if _is_speech(g):
            counts["gold_speech"] += 1
            if j in gold_to_pred:
                p = pred[gold_to_pred[j]]
                side_ok = p["side"] == g["side"]
                speaker_ok = same_speaker(p["speaker"], g["speaker"])
                counts["matched"] += 1
                counts["right_side"] += side_ok
                counts["right_speaker"] += speaker_ok
                row.update(predicted_text=p["text"], predicted_speaker=p["speaker"], predicted_side=p["side"],
                           predicted_kind=p["kind"], outcome="found", side_ok=side_ok, speaker_ok=speaker_ok)
                if not side_ok:
                    reason = f"side {p['side']!r}, gold {g['side']!r} (speaker given: {p['speaker']!r})"
                    problems.append(_problem("wrong side", g, p, reason))
                if not speaker_ok:
                    reason = f"speaker {p['speaker']!r}, gold {g['speaker']!r}"
                    problems.append(_problem("wrong speaker", g, p, reason))
                row["reason"] = "; ".join(x for x in (
                    "" if side_ok else "wrong side", "" if speaker_ok else "wrong speaker") if x)
            else:
                counts["missed"] += 1
                reason = _why_missed(j, ref, pred, pred_to_gold)
                row.update(outcome="missed", reason=reason)
                problems.append(_problem("missed", g, None, reason))
        else:
            counts["gold_mentions"] += 1
            offenders = [
                p for i, p in enumerate(pred)
                if i not in pred_to_gold and (p["article"], p["paragraph"]) == (g["article"], g["paragraph"])
                and text_overlap(p["text"], g["text"]) >= MIN_OVERLAP
                and (_is_speech(p) or p["side"] != "unknown")
            ]
            if offenders:
                p = offenders[0]
                counts["mentions_attributed"] += 1
                reason = (f"a title or scare quote, reported as {p['kind']} speech by {p['speaker'] or 'nobody'!r}"
                          f" (side {p['side']!r})")
                row.update(predicted_text=p["text"], predicted_speaker=p["speaker"], predicted_side=p["side"],
                           predicted_kind=p["kind"], outcome="mention attributed", reason=reason)
                problems.append(_problem("mention attributed", g, p, reason))
            else:
                row.update(outcome="mention left alone")
        rows.append(row)

    for i, p in enumerate(pred):
        if not _is_speech(p):
            continue
        counts["predicted_speech"] += 1
        if i in pred_to_gold:
            continue
        counts["false_positives"] += 1
        reason = _why_false_positive(p, ref, gold_to_pred)
        problems.append(_problem("false positive", None, p, reason))
        rows.append({"article": p["article"], "paragraph": p["paragraph"], "gold_kind": "", "text": "",
                     "gold_speaker": "", "gold_side": "", "predicted_text": p["text"],
                     "predicted_speaker": p["speaker"], "predicted_side": p["side"], "predicted_kind": p["kind"],
                     "outcome": "false positive", "side_ok": pd.NA, "speaker_ok": pd.NA, "reason": reason})

    metrics = {
        "recall": _ratio(counts["matched"], counts["gold_speech"]),
        "precision": _ratio(counts["matched"], counts["predicted_speech"]),
        "side_accuracy": _ratio(counts["right_side"], counts["matched"]),
        "speaker_accuracy": _ratio(counts["right_speaker"], counts["matched"]),
        "mentions_attributed": counts["mentions_attributed"],
        "counts": counts,
        "problems": problems,
    }
    return metrics, rows


def _problem(problem: str, gold: dict | None, pred: dict | None, reason: str) -> dict:
    place = gold or pred
    return {
        "problem": problem,
        "article": place["article"],
        "paragraph": place["paragraph"],
        "gold_text": gold["text"] if gold else "",
        "predicted_text": pred["text"] if pred else "",
        "reason": reason,
    }


def _why_missed(j: int, ref: list[dict], pred: list[dict], pred_to_gold: dict[int, int]) -> str:
    """Say why a gold quotation has no match, from the closest thing the extractor did report."""
    g = ref[j]
    here = [(i, p) for i, p in enumerate(pred) if (p["article"], p["paragraph"]) == (g["article"], g["paragraph"])]
    for i, p in here:
        if text_overlap(p["text"], g["text"]) >= MIN_OVERLAP:
            if not _is_speech(p):
                return f"found, but reported as {p['kind']!r}, not speech"
            if i in pred_to_gold:
                other = ref[pred_to_gold[i]]["text"]
                return f"the record that overlaps it was matched to another quotation ({other!r})"
            return "the record that overlaps it resembles a title or scare quote more closely"
    if here:
        i, p = max(here, key=lambda item: text_overlap(item[1]["text"], g["text"]))
        share = text_overlap(p["text"], g["text"])
        return f"closest record in the paragraph overlaps {share:.0%}: {p['text']!r}"
    elsewhere = [p for p in pred if p["article"] == g["article"] and text_overlap(p["text"], g["text"]) >= MIN_OVERLAP]
    if elsewhere:
        return f"reported in paragraph {elsewhere[0]['paragraph']} instead of {g['paragraph']}"
    return "nothing reported in this paragraph"


def _why_false_positive(p: dict, ref: list[dict], gold_to_pred: dict[int, int]) -> str:
    """Say why a predicted speech record matches no gold quotation."""
    here = [(j, g) for j, g in enumerate(ref) if (g["article"], g["paragraph"]) == (p["article"], p["paragraph"])]
    for j, g in here:
        if text_overlap(p["text"], g["text"]) >= MIN_OVERLAP:
            if not _is_speech(g):
                return f"the quoted words are a title or scare quote, not speech ({g['text']!r})"
            if j in gold_to_pred:
                return f"a second record of a quotation already matched ({g['text']!r})"
    speech = [g for _, g in here if _is_speech(g)]
    if speech:
        g = max(speech, key=lambda g: text_overlap(p["text"], g["text"]))
        return f"overlaps the closest gold quotation only {text_overlap(p['text'], g['text']):.0%}: {g['text']!r}"
    return "no quotation in this paragraph"


def evaluate_quotations(predicted, gold) -> dict:
    """Compare predicted quotation records with gold entries and return the accuracy figures.

    Both are iterables of dicts or objects with ``article``, ``paragraph``,
    ``text``, ``speaker``, ``side`` and ``kind``.  Only speech (kinds
    ``direct`` and ``partial``) is scored; indirect speech is not annotated,
    so predicted ``indirect`` records are neither credited nor blamed.

    Returns ``recall`` (gold speech found), ``precision`` (predicted speech
    that is gold speech), ``side_accuracy`` and ``speaker_accuracy`` (among
    the found), ``mentions_attributed`` (gold titles and scare quotes reported
    as speech or given a side), ``counts``, and ``problems``: every miss,
    false positive, wrong side or speaker and attributed mention, with the
    reason.  A share with nothing to divide by is None.
    """
    metrics, _ = _compare(predicted, gold)
    return metrics


def load_gold(path) -> list[dict]:
    """Read a gold annotation file (a JSON list of entries)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def evaluate_directory(folder) -> tuple[dict, pd.DataFrame]:
    """Run the extractor on every ``*.txt`` in ``folder`` and score it against ``folder/gold.json``.

    Returns the metrics of :func:`evaluate_quotations` and a table with one
    row per gold entry and per false positive, saying what was found and why
    anything went wrong.  Gold entries name articles by file name.
    """
    from koreanews.loading import load_article
    from koreanews.quotations import extract_quotations  # imported here: the extractor is built separately

    folder = Path(folder)
    predicted = []
    for path in sorted(folder.glob("*.txt")):
        for quotation in extract_quotations(load_article(path)):
            record = _record_without_article(quotation)
            record["article"] = path.name
            predicted.append(record)
    metrics, rows = _compare(predicted, load_gold(folder / GOLD_FILE))
    details = pd.DataFrame(rows).sort_values(["article", "paragraph"], kind="stable").reset_index(drop=True)
    return metrics, details


def _record_without_article(item) -> dict:
    get = item.get if isinstance(item, dict) else lambda key, default=None: getattr(item, key, default)
    return {key: get(key, None) for key in _FIELDS if key != "article"}
