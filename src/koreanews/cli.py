"""Command line: ``python -m koreanews COMMAND``.

Expected errors (a bad article, missing NLTK data) print one line on stderr
and exit with 2 (3 for set-up); nothing is written to stdout or to disk.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

from koreanews.errors import ArticleError, NotInProjectError, ResourceError

EXIT_BAD_INPUT = 2
EXIT_SETUP = 3
EXIT_NOTEBOOK_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m koreanews",
        description="Who says what, and how, in a news article about the two Koreas.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    setup = commands.add_parser("setup", help="find the NLTK data the analysis needs; download only what is missing")
    setup.add_argument("--download-dir", help="where to put downloads (default: NLTK's own choice)")

    run = commands.add_parser("run", help="execute the notebook collection (in place, or on another article)")
    run.add_argument("--article", type=Path, help="run on this article into reports/<name>/ instead of the seed")
    run.add_argument("--only", nargs="+", metavar="KEY", help="only notebooks whose file name contains KEY")

    quotes = commands.add_parser("quotes", help="list an article's quotations with speaker and side")
    quotes.add_argument("file", type=Path)
    quotes.add_argument("--json", action="store_true", help="print a JSON array instead of a table")

    sentiment = commands.add_parser("sentiment", help="score each quotation with TextBlob and VADER")
    sentiment.add_argument("file", type=Path)
    sentiment.add_argument("--json", action="store_true", help="print a JSON array instead of a table")

    html = commands.add_parser("html", help="render every notebook into a static site with an index page")
    html.add_argument("--out", type=Path, default=Path("site"), help="folder for the site (default: site)")

    analyze = commands.add_parser("analyze", help="analyse many articles into paragraphs/quotations/sentiment CSVs")
    analyze.add_argument("paths", nargs="+", type=Path, help="article files or folders of .txt files")
    analyze.add_argument("--out", type=Path, required=True, help="folder for the CSVs")
    analyze.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ResourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except NotInProjectError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _setup(args) -> int:
    from koreanews.resources import RESOURCES, ensure_resources, find_resource

    downloaded = ensure_resources(args.download_dir)
    for name in RESOURCES:
        state = "downloaded" if name in downloaded else "found"
        print(f"nltk {name:<14} {state}: {find_resource(name)}")
    return 0


def _run(args) -> int:
    from papermill.exceptions import PapermillExecutionError

    from koreanews.pipeline import project_root, run_collection
    from koreanews.resources import require_resources

    require_resources()
    try:
        out = run_collection(project_root(), article=args.article, only=args.only)
    except PapermillExecutionError as exc:
        print(f"error: notebook cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}", file=sys.stderr)
        return EXIT_NOTEBOOK_FAILED
    print(f"notebooks written to {out.relative_to(project_root())}/")
    return 0


def _quotes(args) -> int:
    from koreanews.quotations import quotations_frame

    quotes = _article_quotations(args.file)
    if args.json:
        _print_json([quote.as_dict() for quote in quotes])
    else:
        print(quotations_frame(quotes).to_string(index=False))
    return 0


def _sentiment(args) -> int:
    from koreanews.sentiment import score_quotations

    scores = score_quotations(_article_quotations(args.file))
    if args.json:
        _print_json(scores.to_dict(orient="records"))
    else:
        print(scores.to_string(index=False))
    return 0


def _article_quotations(path):
    """Load and extract; warnings about unbalanced quote marks go to stderr once each."""
    from koreanews.loading import load_article
    from koreanews.quotations import QuotationWarning, extract_quotations

    article = load_article(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", QuotationWarning)
        quotes = extract_quotations(article)
    _print_warnings(path, caught)
    return quotes


def _html(args) -> int:
    from koreanews.pipeline import project_root
    from koreanews.site import build_site

    pages = build_site(project_root(), args.out)
    print(f"{len(pages)} pages written to {args.out}/")
    return 0


def _analyze(args) -> int:
    from koreanews.corpus import analyze_corpus

    return analyze_corpus(args.paths, args.out, jobs=args.jobs)


def _print_warnings(path, caught) -> None:
    """One line per distinct warning: the user needs to know once, not once per paragraph."""
    seen = []
    for item in caught:
        message = str(item.message)
        if message not in seen:
            seen.append(message)
            print(f"warning: {path}: {message}", file=sys.stderr)


def _print_json(records) -> None:
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


COMMANDS = {"setup": _setup, "run": _run, "quotes": _quotes, "sentiment": _sentiment, "html": _html, "analyze": _analyze}
