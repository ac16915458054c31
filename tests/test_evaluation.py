"""The quotation evaluator, on hand-made records, and the held-out gold annotation it is used with."""

from __future__ import annotations

import json
import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from koreanews.evaluation import evaluate_directory, evaluate_quotations, same_speaker, text_overlap
from koreanews.loading import load_article

HELDOUT = Path(__file__).parent / "heldout"


def rec(text, paragraph=1, speaker="Park Soo-hyun", side="seoul", kind="direct", article="a.txt"):
    return {"article": article, "paragraph": paragraph, "text": text, "speaker": speaker, "side": side, "kind": kind}


QUOTE_A = "We will respond firmly to any provocation by the North,"
QUOTE_B = "The door to dialogue remains open."


# --------------------------------------------------------------------------- matching


def test_exact_match_is_found_with_right_side_and_speaker():
    m = evaluate_quotations([rec(QUOTE_A)], [rec(QUOTE_A)])
    assert (m["recall"], m["precision"], m["side_accuracy"], m["speaker_accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    assert m["problems"] == []


def test_typography_case_and_edge_punctuation_do_not_prevent_a_match():
    gold = rec("North Korea’s “hostile” acts must stop,")
    pred = rec('north korea\'s "hostile" acts must stop')
    assert evaluate_quotations([pred], [gold])["recall"] == 1.0


def test_partial_overlap_of_at_least_80_percent_of_shorter_text_matches():
    pred = rec(QUOTE_A[:-8])  # the extractor stopped a word short
    assert text_overlap(pred["text"], QUOTE_A) >= 0.8
    m = evaluate_quotations([pred], [rec(QUOTE_A)])
    assert m["counts"]["matched"] == 1


def test_overlap_below_80_percent_is_a_miss_and_a_false_positive():
    pred = rec("We will respond firmly, said the official, and the North should know it")
    assert text_overlap(pred["text"], QUOTE_A) < 0.8
    m = evaluate_quotations([pred], [rec(QUOTE_A)])
    assert (m["recall"], m["precision"]) == (0.0, 0.0)
    assert sorted(p["problem"] for p in m["problems"]) == ["false positive", "missed"]


def test_missed_quotation_lowers_recall_and_is_listed_with_reason():
    m = evaluate_quotations([rec(QUOTE_A)], [rec(QUOTE_A), rec(QUOTE_B, paragraph=2)])
    assert m["recall"] == 0.5 and m["precision"] == 1.0
    [miss] = m["problems"]
    assert (miss["problem"], miss["paragraph"], miss["gold_text"]) == ("missed", 2, QUOTE_B)
    assert miss["reason"] == "nothing reported in this paragraph"


def test_false_positive_lowers_precision_and_is_listed_with_reason():
    m = evaluate_quotations([rec(QUOTE_A), rec(QUOTE_B, paragraph=3)], [rec(QUOTE_A)])
    assert m["recall"] == 1.0 and m["precision"] == 0.5
    [fp] = m["problems"]
    assert (fp["problem"], fp["paragraph"], fp["reason"]) == ("false positive", 3, "no quotation in this paragraph")


def test_match_requires_same_paragraph():
    m = evaluate_quotations([rec(QUOTE_A, paragraph=4)], [rec(QUOTE_A, paragraph=5)])
    assert m["counts"]["matched"] == 0
    missed = next(p for p in m["problems"] if p["problem"] == "missed")
    assert missed["reason"] == "reported in paragraph 4 instead of 5"


def test_match_requires_same_article():
    m = evaluate_quotations([rec(QUOTE_A, article="b.txt")], [rec(QUOTE_A, article="a.txt")])
    assert m["counts"]["matched"] == 0


def test_wrong_side_counts_against_side_accuracy_only():
    gold = [rec(QUOTE_A), rec(QUOTE_B, paragraph=2)]
    pred = [rec(QUOTE_A, side="pyongyang"), rec(QUOTE_B, paragraph=2)]
    m = evaluate_quotations(pred, gold)
    assert (m["recall"], m["precision"], m["side_accuracy"], m["speaker_accuracy"]) == (1.0, 1.0, 0.5, 1.0)
    [wrong] = m["problems"]
    assert wrong["problem"] == "wrong side" and "'pyongyang', gold 'seoul'" in wrong["reason"]


def test_wrong_speaker_counts_against_speaker_accuracy_only():
    m = evaluate_quotations([rec(QUOTE_A, speaker="Choi Dong-hwan")], [rec(QUOTE_A, speaker="Park Soo-hyun")])
    assert (m["recall"], m["side_accuracy"], m["speaker_accuracy"]) == (1.0, 1.0, 0.0)
    assert [p["problem"] for p in m["problems"]] == ["wrong speaker"]


def test_pronoun_speaker_given_by_title_and_surname_matches_full_name():
    # "He added: ..." — gold names the person the pronoun refers to, the extractor says "Mr Park".
    m = evaluate_quotations([rec(QUOTE_B, speaker="Mr Park")], [rec(QUOTE_B, speaker="Park Soo-hyun")])
    assert m["speaker_accuracy"] == 1.0


def test_one_to_one_matching_counts_a_duplicate_record_as_false_positive():
    m = evaluate_quotations([rec(QUOTE_A), rec(QUOTE_A)], [rec(QUOTE_A)])
    assert (m["counts"]["matched"], m["counts"]["false_positives"]) == (1, 1)
    [fp] = m["problems"]
    assert fp["reason"].startswith("a second record of a quotation already matched")


def test_one_to_one_matching_gives_each_quotation_its_own_record():
    # The first record resembles the long quotation most but also covers the short one; the second record
    # fits only the long quotation.  Taking each record's closest quotation in turn would leave one unmatched.
    gold = [rec("We will respond,"), rec("We will respond if the North attacks, and only then.")]
    pred = [rec("We will respond if the North attacks"), rec("if the North attacks, and only then.")]
    m = evaluate_quotations(pred, gold)
    assert (m["recall"], m["precision"]) == (1.0, 1.0)


def test_two_quotations_in_one_paragraph_are_matched_separately():
    gold = [rec(QUOTE_A, speaker="Park Soo-hyun"), rec(QUOTE_B, speaker="Park Soo-hyun")]
    pred = [rec(QUOTE_B, speaker="Park"), rec(QUOTE_A, speaker="spokesman Park Soo-hyun")]
    m = evaluate_quotations(pred, gold)
    assert (m["recall"], m["precision"], m["speaker_accuracy"]) == (1.0, 1.0, 1.0)


def test_indirect_records_are_neither_credited_nor_blamed():
    m = evaluate_quotations([rec(QUOTE_A), rec("the ministry would respond", kind="indirect")], [rec(QUOTE_A)])
    assert (m["counts"]["predicted_speech"], m["precision"]) == (1, 1.0)


def test_quotation_reported_as_indirect_is_missed_with_reason():
    m = evaluate_quotations([rec(QUOTE_A, kind="indirect")], [rec(QUOTE_A)])
    [miss] = m["problems"]
    assert miss["reason"] == "found, but reported as 'indirect', not speech"


def test_direct_and_partial_are_both_speech():
    gold = [rec("a grave provocation", kind="partial"), rec(QUOTE_B, paragraph=2)]
    pred = [rec("a grave provocation", kind="direct"), rec(QUOTE_B, paragraph=2, kind="partial")]
    assert evaluate_quotations(pred, gold)["recall"] == 1.0


# --------------------------------------------------------------------------- mentions


def test_mention_reported_as_speech_is_attributed_and_a_false_positive():
    gold = [rec("Freedom Shield", speaker="", side="unknown", kind="mention")]
    pred = [rec("Freedom Shield", speaker="Joint Chiefs of Staff", side="seoul", kind="partial")]
    m = evaluate_quotations(pred, gold)
    assert m["mentions_attributed"] == 1
    assert m["counts"]["false_positives"] == 1 and m["precision"] == 0.0
    assert {p["problem"] for p in m["problems"]} == {"mention attributed", "false positive"}


def test_mention_given_a_side_is_attributed_even_when_not_called_speech():
    gold = [rec("nuclear umbrella", speaker="", side="unknown", kind="mention")]
    pred = [rec("nuclear umbrella", speaker="", side="pyongyang", kind="mention")]
    m = evaluate_quotations(pred, gold)
    assert m["mentions_attributed"] == 1 and m["counts"]["false_positives"] == 0


def test_mention_left_as_mention_with_unknown_side_is_not_attributed():
    gold = [rec("The Glorious Country", speaker="", side="unknown", kind="mention")]
    pred = [rec("The Glorious Country", speaker="", side="unknown", kind="mention")]
    m = evaluate_quotations(pred, gold)
    assert m["mentions_attributed"] == 0 and m["problems"] == []


def test_mention_inside_a_matched_quotation_is_not_blamed_for_it():
    sentence = "We've seen fuel delivered through so-called “ship-to-ship” transfers at sea,"
    gold = [rec(sentence, speaker="Sarah Kendrick", side="other"),
            rec("ship-to-ship", speaker="", side="unknown", kind="mention")]
    pred = [rec(sentence, speaker="Dr Kendrick", side="other")]
    m = evaluate_quotations(pred, gold)
    assert (m["recall"], m["precision"], m["mentions_attributed"]) == (1.0, 1.0, 0)


def test_mention_alone_reported_as_speech_does_not_match_the_sentence_around_it():
    sentence = "We've seen fuel delivered through so-called “ship-to-ship” transfers at sea,"
    gold = [rec(sentence, speaker="Sarah Kendrick", side="other"),
            rec("ship-to-ship", speaker="", side="unknown", kind="mention")]
    pred = [rec("ship-to-ship", speaker="Sarah Kendrick", side="other", kind="partial")]
    m = evaluate_quotations(pred, gold)
    assert (m["recall"], m["precision"], m["mentions_attributed"]) == (0.0, 0.0, 1)


# --------------------------------------------------------------------------- speakers and records


@pytest.mark.parametrize("predicted, gold", [
    ("Mr Kim", "Kim Jong Un"),
    ("North Korean leader Kim Jong Un", "Kim Jong Un"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Ms Hartman", "Julia Hartman"),
    ("Vice Unification Minister Choi Dong-hwan", "Choi Dong-hwan"),
    ("KCNA", "Korean Central News Agency"),
    ("the agency", "Korean Central News Agency"),
    ("the Joint Chiefs", "Joint Chiefs of Staff"),
    ("Seoul’s Unification Ministry", "Unification Ministry"),
    ("North Korea's foreign ministry spokesperson", "North Korean foreign ministry spokesperson"),
    ("spokesperson for North Korea's foreign ministry", "North Korean foreign ministry spokesperson"),
    ("Seoul’s presidential office", "South Korean presidential office"),
    ("defence ministry in Seoul", "South Korean defence ministry"),
    ("the North’s state media", "North Korean state media"),
    ("WFP spokesperson in Geneva", "WFP spokesperson"),
    ("spokesperson for North Korea’s foreign ministry", "foreign ministry spokesperson"),
    ("spokesperson for the South’s unification ministry", "unification ministry spokesperson"),
    ("One woman", "woman who fled in 2019"),
    ("One of the waitresses", "waitress"),
    ("one of the fishermen", "fisherman from Sokcho"),
])
def test_same_speaker_accepts_titles_surnames_and_acronyms(predicted, gold):
    assert same_speaker(predicted, gold)


@pytest.mark.parametrize("predicted, gold", [
    ("Kim Yo Jong", "Kim Jong Un"),
    ("Reiko Sanada", "Takuya Sanada"),
    ("Defence Ministry", "Unification Ministry"),
    ("South Korea's foreign ministry", "North Korean foreign ministry"),
    ("Seoul's defence ministry", "North Korean defence ministry"),
    ("foreign ministry in Seoul", "South Korean defence ministry"),
    ("he", "Park Soo-hyun"),
    ("", "Park Soo-hyun"),
    ("WHO spokesperson in Geneva", "WFP spokesperson"),
    ("North Korean foreign ministry spokesperson", "South Korean foreign ministry spokesperson"),
    ("one of the fishermen", "Kim Young-il"),
])
def test_same_speaker_rejects_different_people_and_unresolved_pronouns(predicted, gold):
    assert not same_speaker(predicted, gold)


@dataclass
class FakeQuotation:
    article: str
    paragraph: int
    text: str
    speaker: str
    side: str
    kind: str


def test_predicted_records_may_be_objects():
    m = evaluate_quotations([FakeQuotation("a.txt", 1, QUOTE_A, "Mr Park", "seoul", "direct")], [rec(QUOTE_A)])
    assert (m["recall"], m["speaker_accuracy"]) == (1.0, 1.0)


def test_shares_are_none_when_there_is_nothing_to_divide_by():
    m = evaluate_quotations([], [rec(QUOTE_A)])
    assert (m["recall"], m["precision"], m["side_accuracy"]) == (0.0, None, None)


def test_record_without_text_is_refused():
    with pytest.raises(ValueError, match="lacks text"):
        evaluate_quotations([rec("")], [rec(QUOTE_A)])


# --------------------------------------------------------------------------- the held-out set


def gold_entries():
    return json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))


def heldout_articles():
    return {path.name: load_article(path) for path in sorted(HELDOUT.glob("*.txt"))}


def test_heldout_set_has_twelve_articles_all_annotated():
    articles = heldout_articles()
    assert len(articles) == 12
    assert {entry["article"] for entry in gold_entries()} == set(articles)


def test_every_gold_text_occurs_in_its_paragraph():
    articles = heldout_articles()
    wrong = []
    for entry in gold_entries():
        paragraphs = articles[entry["article"]].paragraphs
        n = entry["paragraph"]
        if not 1 <= n <= len(paragraphs) or entry["text"] not in paragraphs[n - 1]:
            wrong.append((entry["article"], n, entry["text"]))
    assert wrong == []


def test_gold_entries_are_well_formed():
    for entry in gold_entries():
        assert set(entry) == {"article", "paragraph", "text", "speaker", "side", "kind"}, entry
        assert entry["kind"] in {"direct", "partial", "mention"}, entry
        if entry["kind"] == "mention":
            assert (entry["speaker"], entry["side"]) == ("", "unknown"), entry
        else:
            assert entry["speaker"] and entry["side"] in {"seoul", "pyongyang", "other"}, entry


def test_every_body_paragraph_with_a_quotation_mark_is_annotated():
    # Opening marks only: a curly or straight double quote, or a single quote after a space or at the start
    # (so apostrophes such as "North Korea’s" and "the Koreas' border" do not count).
    opening = re.compile(r"[“\"]|(?:^|(?<=\s))[‘']")
    annotated = {(e["article"], e["paragraph"]) for e in gold_entries()}
    unannotated = [
        (name, n) for name, article in heldout_articles().items()
        for n, text in enumerate(article.paragraphs, start=1)
        if opening.search(text) and (name, n) not in annotated
    ]
    assert unannotated == []


def test_evaluate_directory_scores_a_perfect_extractor_as_perfect(monkeypatch):
    by_article: dict[str, list[dict]] = {}
    for entry in gold_entries():
        by_article.setdefault(entry["article"], []).append(entry)

    def extract_quotations(article):
        return [FakeQuotation(**entry) for entry in by_article.get(Path(article.source).name, [])]

    fake = types.ModuleType("koreanews.quotations")
    fake.extract_quotations = extract_quotations
    monkeypatch.setitem(sys.modules, "koreanews.quotations", fake)

    metrics, details = evaluate_directory(HELDOUT)
    assert (metrics["recall"], metrics["precision"], metrics["side_accuracy"], metrics["speaker_accuracy"]) == (
        1.0, 1.0, 1.0, 1.0)
    assert metrics["mentions_attributed"] == 0 and metrics["problems"] == []
    assert len(details) == len(gold_entries())
    assert set(details["outcome"]) == {"found", "mention left alone"}
