"""The quotation extractor meets its accuracy targets on held-out news it was not developed on."""

from __future__ import annotations

from pathlib import Path

from koreanews.evaluation import evaluate_directory

HELDOUT = Path(__file__).parent / "heldout"


def _problems(metrics, *kinds):
    return "\n".join(
        f"{p['article']} ¶{p['paragraph']} {p['problem']}: {p['gold_text'] or p['predicted_text']!r} — {p['reason']}"
        for p in metrics["problems"] if p["problem"] in kinds
    )


def test_extractor_meets_accuracy_targets_on_heldout_articles():
    metrics, _ = evaluate_directory(HELDOUT)
    assert metrics["recall"] >= 0.95, _problems(metrics, "missed")
    assert metrics["precision"] >= 0.95, _problems(metrics, "false positive")
    assert metrics["side_accuracy"] >= 0.95, _problems(metrics, "wrong side")
    assert metrics["speaker_accuracy"] >= 0.90, _problems(metrics, "wrong speaker")
    assert metrics["mentions_attributed"] == 0, _problems(metrics, "mention attributed")
