"""The quotation extractor meets its accuracy targets on the evaluation sets it was improved on.

Each set was written without sight of the extractor and measured blind once
(figures in the README); rules were then improved on it, so it now guards
against regressions rather than estimating accuracy on unseen news: the
README's table, not this test, says how accurate the rules are on news they
have not seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from koreanews.evaluation import evaluate_directory

EVALUATION_SETS = [Path(__file__).parent / name
                   for name in ("heldout", "blind", "unseen", "confirmation", "fresh", "validation", "crosscheck",
                                "recheck", "final_a", "final_b", "extra_a", "extra_b", "closing_a", "closing_b",
                                "late_a", "late_b", "winter_a", "winter_b", "autumn_a", "autumn_b", "eve_a",
                                "eve_b", "night_c", "dusk_a", "dusk_b", "dusk_c", "twilight_b", "twilight_c",
                                "evening_c", "equinox_a", "equinox_b", "equinox_c", "harvest_a", "harvest_b",
                                "harvest_c", "daybreak_c", "solstice_b", "frost_a", "frost_c", "morning_a",
                                "dawn_a", "solstice_c", "thaw_a", "thaw_b", "thaw_c", "melt_a", "spring_b",
                                "spring_a", "bloom_a", "petal_c", "solstice_a", "bud_a", "bud_c", "sprout_b",
                                "daybreak_b", "sprout_c", "sprout_d", "sprout_h", "sprout_g", "leaf_e")]


def _problems(metrics, *kinds):
    return "\n".join(
        f"{p['article']} ¶{p['paragraph']} {p['problem']}: {p['gold_text'] or p['predicted_text']!r} — {p['reason']}"
        for p in metrics["problems"] if p["problem"] in kinds
    )


#: Non-speech quotations the rules still report as speech, by set, with why; any other one fails the test, and
#: one that gets fixed must be taken off this list.
KNOWN_ATTRIBUTED_MENTIONS = {
    "recheck": {
        ("r11_rodong_pop_culture.txt", 4, "oppa,"):
            "a term of address after 'women who call their boyfriends': a name someone uses, not an evaluation "
            "the speaker makes ('called the plan “reckless”'); telling them apart needs parts of speech",
        ("r12_drone_seoul.txt", 11, "flying lawnmowers"):
            "a nickname after 'have taken to calling the drones', lower case, so it reads as a partial quotation",
    },
    "closing_b": {
        ("m01_general_talks.txt", 11, "Panmunjom spirit"):
            "a scare quote inside the analyst's reported clause ('keep the “Panmunjom spirit” alive'): only one "
            "word is capitalised, so it is not taken for a name",
    },
    "late_b": {
        ("q04_kpop_pyongyang.txt", 8, "decadent"):
            "the North's official label for pop music inside the researcher's reported clause ('is officially "
            "‘decadent’'), indistinguishable by wording from a word she quotes as her own",
    },
}


@pytest.mark.parametrize("folder", EVALUATION_SETS, ids=lambda p: p.name)
def test_extractor_meets_accuracy_targets(folder):
    metrics, _ = evaluate_directory(folder)
    assert metrics["recall"] >= 0.95, _problems(metrics, "missed")
    assert metrics["precision"] >= 0.95, _problems(metrics, "false positive")
    assert metrics["side_accuracy"] >= 0.95, _problems(metrics, "wrong side")
    assert metrics["speaker_accuracy"] >= 0.90, _problems(metrics, "wrong speaker")
    attributed = {(p["article"], p["paragraph"], p["gold_text"]) for p in metrics["problems"]
                  if p["problem"] == "mention attributed"}
    assert attributed == set(KNOWN_ATTRIBUTED_MENTIONS.get(folder.name, {})), \
        _problems(metrics, "mention attributed")


#: Sets the rules have been improved on that do not meet every target yet (the README's latest rows): each
#: figure may rise but not fall below what it is now, so the improvement made on them cannot quietly be lost.
#: When a set meets every target, it moves to EVALUATION_SETS above.
NOT_YET_AT_TARGET = {
    "dawn_b": {"recall": 0.97, "precision": 0.989, "side_accuracy": 0.959, "speaker_accuracy": 0.898,
               "mentions_attributed": 1},
    "dawn_c": {"recall": 0.99, "precision": 1.0, "side_accuracy": 0.942, "speaker_accuracy": 0.895,
               "mentions_attributed": 0},
    "eve_c": {"recall": 0.988, "precision": 0.988, "side_accuracy": 0.954, "speaker_accuracy": 0.943,
              "mentions_attributed": 1},
    "night_a": {"recall": 0.979, "precision": 0.989, "side_accuracy": 0.958, "speaker_accuracy": 0.927,
                "mentions_attributed": 1},
    "night_b": {"recall": 0.98, "precision": 0.98, "side_accuracy": 0.97, "speaker_accuracy": 0.97,
                "mentions_attributed": 2},
    "morning_b": {"recall": 0.979, "precision": 0.989, "side_accuracy": 0.979, "speaker_accuracy": 0.927,
                  "mentions_attributed": 1},
    "morning_c": {"recall": 0.94, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 0.968,
                  "mentions_attributed": 1},
    "noon_a": {"recall": 0.978, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.967,
               "mentions_attributed": 1},
    "noon_b": {"recall": 0.99, "precision": 0.99, "side_accuracy": 0.97, "speaker_accuracy": 0.922,
               "mentions_attributed": 1},
    "noon_c": {"recall": 0.979, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.927,
               "mentions_attributed": 1},
    "twilight_a": {"recall": 0.98, "precision": 0.99, "side_accuracy": 0.98, "speaker_accuracy": 0.902,
                   "mentions_attributed": 1},
    "sunrise_a": {"recall": 0.99, "precision": 0.971, "side_accuracy": 0.98, "speaker_accuracy": 0.93,
                  "mentions_attributed": 3},
    "sunrise_b": {"recall": 0.98, "precision": 0.98, "side_accuracy": 0.969, "speaker_accuracy": 0.908,
                  "mentions_attributed": 2},
    "sunrise_c": {"recall": 0.98, "precision": 0.99, "side_accuracy": 1.0, "speaker_accuracy": 0.969,
                  "mentions_attributed": 1},
    "evening_a": {"recall": 0.969, "precision": 0.979, "side_accuracy": 1.0, "speaker_accuracy": 0.968,
                  "mentions_attributed": 2},
    "evening_b": {"recall": 1.0, "precision": 0.99, "side_accuracy": 0.959, "speaker_accuracy": 0.919,
                  "mentions_attributed": 1},
    "midnight_a": {"recall": 0.979, "precision": 0.989, "side_accuracy": 0.927, "speaker_accuracy": 0.927,
                   "mentions_attributed": 1},
    "midnight_b": {"recall": 0.99, "precision": 0.98, "side_accuracy": 1.0, "speaker_accuracy": 0.939,
                   "mentions_attributed": 2},
    "midnight_c": {"recall": 0.99, "precision": 0.99, "side_accuracy": 1.0, "speaker_accuracy": 0.92,
                   "mentions_attributed": 1},
    "daybreak_a": {"recall": 0.97, "precision": 0.99, "side_accuracy": 0.99, "speaker_accuracy": 0.93,
                   "mentions_attributed": 1},
    "frost_b": {"recall": 1.0, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 0.935,
                "mentions_attributed": 1},
    "melt_b": {"recall": 0.989, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 1.0,
               "mentions_attributed": 1},
    "melt_c": {"recall": 0.969, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.957,
               "mentions_attributed": 1},
    "bloom_b": {"recall": 1.0, "precision": 0.968, "side_accuracy": 0.989, "speaker_accuracy": 0.989,
                "mentions_attributed": 3},
    "bloom_c": {"recall": 0.968, "precision": 0.958, "side_accuracy": 0.989, "speaker_accuracy": 0.978,
                "mentions_attributed": 4},
    "blossom_a": {"recall": 0.989, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.989,
                  "mentions_attributed": 1},
    "blossom_b": {"recall": 1.0, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.989,
                  "mentions_attributed": 1},
    "blossom_c": {"recall": 0.979, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 0.925,
                  "mentions_attributed": 1},
    "petal_a": {"recall": 0.95, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.989,
                "mentions_attributed": 1},
    "petal_b": {"recall": 0.988, "precision": 0.988, "side_accuracy": 0.939, "speaker_accuracy": 0.915,
                "mentions_attributed": 1},
    "bud_b": {"recall": 1.0, "precision": 0.988, "side_accuracy": 0.988, "speaker_accuracy": 0.921,
              "mentions_attributed": 1},
    "sprout_a": {"recall": 0.978, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 0.978,
                 "mentions_attributed": 1},
    "sprout_e": {"recall": 0.989, "precision": 0.979, "side_accuracy": 0.979, "speaker_accuracy": 0.937,
                 "mentions_attributed": 2},
    "sprout_f": {"recall": 1.0, "precision": 0.98, "side_accuracy": 0.979, "speaker_accuracy": 0.979,
                 "mentions_attributed": 2},
    "sprout_j": {"recall": 1.0, "precision": 0.989, "side_accuracy": 0.969, "speaker_accuracy": 0.989,
                 "mentions_attributed": 1},
    "leaf_a": {"recall": 0.989, "precision": 0.989, "side_accuracy": 0.988, "speaker_accuracy": 0.977,
               "mentions_attributed": 1},
    "leaf_b": {"recall": 0.989, "precision": 0.989, "side_accuracy": 1.0, "speaker_accuracy": 1.0,
               "mentions_attributed": 1},
    "leaf_c": {"recall": 1.0, "precision": 0.989, "side_accuracy": 0.967, "speaker_accuracy": 0.923,
               "mentions_attributed": 1},
    "leaf_d": {"recall": 1.0, "precision": 0.946, "side_accuracy": 1.0, "speaker_accuracy": 0.932,
               "mentions_attributed": 5},
    "leaf_f": {"recall": 0.989, "precision": 0.989, "side_accuracy": 0.989, "speaker_accuracy": 0.978,
               "mentions_attributed": 1},
    "sprout_i": {"recall": 0.989, "precision": 1.0, "side_accuracy": 0.935, "speaker_accuracy": 0.935,
                 "mentions_attributed": 0},
}


@pytest.mark.parametrize("name", sorted(NOT_YET_AT_TARGET))
def test_sets_below_target_do_not_fall_back(name):
    metrics, _ = evaluate_directory(Path(__file__).parent / name)
    floors = NOT_YET_AT_TARGET[name]
    for key in ("recall", "precision", "side_accuracy", "speaker_accuracy"):
        assert metrics[key] >= floors[key], f"{name} {key} {metrics[key]} < {floors[key]}\n" + _problems(
            metrics, "missed", "false positive", "wrong side", "wrong speaker")
    assert metrics["mentions_attributed"] <= floors["mentions_attributed"], _problems(metrics, "mention attributed")
