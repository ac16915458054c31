"""Accuracy of the quotation extractor on a folder of hand-annotated articles (default tests/heldout).

Prints the figures as JSON, then every miss, false positive, wrong side or
speaker and attributed mention with the reason, so a change to the rules can be
judged on news they were not written for.

    python benchmarks/quotation_accuracy.py [FOLDER]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from koreanews.evaluation import evaluate_directory

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "tests" / "heldout"
    try:
        metrics, _ = evaluate_directory(folder)
    except ModuleNotFoundError as exc:
        if exc.name != "koreanews.quotations":
            raise
        print("koreanews.quotations is not there yet: nothing to measure", file=sys.stderr)
        return 2
    figures = {key: value for key, value in metrics.items() if key != "problems"}
    print(json.dumps(figures, indent=2))
    problems = metrics["problems"]
    print(f"\n{len(problems)} problem(s)")
    for p in problems:
        shown = p["gold_text"] or p["predicted_text"]
        print(f"- {p['article']} ¶{p['paragraph']} {p['problem']}: {shown!r}\n    {p['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
