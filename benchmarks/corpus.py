"""Corpus benchmark: how fast ``analyze_corpus`` is, how much memory it takes, and how much of its time is overhead.

    python benchmarks/corpus.py --articles 1000 [--jobs 2] [--scaling]

Builds a corpus of N articles by copying the seed and the test articles
(``tests/articles`` and every evaluation set) in turn into a temporary folder
(distinct names), runs the corpus analysis on
it, then times the bare sentiment calls on exactly the texts the pipeline
scored, and prints one JSON object:

* ``seconds``, ``articles_per_second``: the wall time of ``analyze_corpus``
  (listing files, warming caches, starting the workers, loading, quotations,
  sentiment, building the frames, writing the CSVs).
* ``peak_rss_mb``: the largest resident set of any one process of the run —
  the maximum of ``getrusage(RUSAGE_SELF)`` and ``getrusage(RUSAGE_CHILDREN)``
  ``ru_maxrss`` (the kernel's high-water marks; the children's is the largest
  finished worker), read right after the run, before anything else starts.
* ``bare_sentiment_seconds``: the wall time of ``SentimentIntensityAnalyzer``
  ``.polarity_scores(text)`` plus ``TextBlob(text).sentiment`` on every text of
  ``sentiment.csv``, in the same number of processes.  To make the comparison
  fair *to the bare calls*, they get every advantage: their workers are
  started, have imported the libraries and built their analyser before the
  clock starts, and each gets an equal contiguous share of the texts, so the
  time is the calls alone.  The pipeline's time, on the other hand, includes
  everything above; only the library imports, a per-process constant paid
  before either clock starts, are left out of both (``import_seconds`` says
  what they cost).
* ``overhead_ratio``: ``seconds / bare_sentiment_seconds``.
* ``cpu_seconds``, ``bare_sentiment_cpu_seconds``, ``cpu_overhead_ratio``: the
  same comparison in CPU seconds (the run: parent and workers, from
  ``getrusage``; the bare calls: summed over their processes).  On a shared
  machine wall times move with the other load; CPU seconds much less.

* ``stage_cpu_ms_per_article``: CPU milliseconds per article of loading,
  quotation extraction and sentiment scoring, measured in this process on
  the distinct source articles after the run (best of five passes), beside
  ``bare_sentiment_cpu_ms_per_article``: what the overhead is made of.

``--scaling`` runs N and 10×N articles, each in a fresh process (so the memory
high-water marks do not mix), and prints both results and ``time_ratio``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_175fb86403050739.txt"
TEST_ARTICLES = ROOT / "tests" / "articles"


def source_articles() -> list[Path]:
    """The seed, then the test articles (``tests/articles`` and every evaluation set) in name order: the
    texts the corpus cycles through.  There are some two hundred of them, so that what a run remembers of
    one article (caches of words and phrases) helps its copies no more than a real corpus's vocabulary does."""
    folders = [TEST_ARTICLES, *sorted(gold.parent for gold in (ROOT / "tests").glob("*/gold.json"))]
    return [SEED, *(path for folder in folders for path in sorted(folder.glob("*.txt")))]


def build_corpus(folder: Path, count: int) -> None:
    """Write ``count`` articles into ``folder``, cycling through the sources; names sort in creation order."""
    sources = [(path.stem, path.read_bytes()) for path in source_articles()]
    width = len(str(count))
    for number in range(count):
        stem, data = sources[number % len(sources)]
        (folder / f"{number:0{width}d}_{stem}.txt").write_bytes(data)


def peak_rss_mb() -> float:
    """The largest resident set so far of this process or any finished child, in MB (Linux: ru_maxrss in kB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


# --------------------------------------------------------------------------- the bare calls

_bare_analyser = None


def _warm_bare_worker() -> None:
    """Build the analyser and load TextBlob's lexicon before the clock starts."""
    global _bare_analyser
    from nltk.sentiment import SentimentIntensityAnalyzer
    from textblob import TextBlob

    _bare_analyser = SentimentIntensityAnalyzer()
    TextBlob("warm up").sentiment  # noqa: B018 - the first call loads the lexicon


def _worker_ready(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _bare_score(texts: list[str]) -> tuple[int, float]:
    """Score the texts; returns how many and the CPU seconds the calls took."""
    from textblob import TextBlob

    started = time.process_time()
    for text in texts:
        _bare_analyser.polarity_scores(text)
        TextBlob(text).sentiment  # noqa: B018 - the call is what is timed
    return len(texts), time.process_time() - started


def bare_sentiment_seconds(texts: list[str], jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds of the bare calls on ``texts`` in ``jobs`` started, warmed processes, equal shares."""
    if jobs <= 1:
        _warm_bare_worker()
        started = time.perf_counter()
        _, cpu = _bare_score(texts)
        return time.perf_counter() - started, cpu
    share = -(-len(texts) // jobs)
    slices = [texts[start:start + share] for start in range(0, len(texts), share)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_bare_worker) as pool:
        while len(set(pool.map(_worker_ready, [0.1] * jobs))) < jobs:  # every worker up and warm
            pass
        started = time.perf_counter()
        done = list(pool.map(_bare_score, slices))
        elapsed = time.perf_counter() - started
    assert sum(count for count, _ in done) == len(texts)
    return elapsed, sum(cpu for _, cpu in done)


def cpu_seconds() -> float:
    """User + system CPU seconds so far of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# --------------------------------------------------------------------------- where the time goes


def stage_cpu_ms(repeats: int = 5) -> dict:
    """CPU milliseconds per article of each stage, in this process, on the distinct source articles.

    The best of ``repeats`` passes (the least disturbed by other load).  Shows what the overhead ratio is
    made of: the quotation extractor is analysis the bare sentiment calls do not do.
    """
    import warnings

    from koreanews.loading import load_article
    from koreanews.quotations import extract_quotations
    from koreanews.sentiment import score_quotations

    sources = source_articles()
    best = {"load": float("inf"), "quotations": float("inf"), "sentiment": float("inf")}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(repeats):
            started = time.process_time()
            articles = [load_article(path) for path in sources]
            loaded = time.process_time()
            quotes = [quote for article in articles for quote in extract_quotations(article)]
            extracted = time.process_time()
            score_quotations(quotes)
            scored = time.process_time()
            for stage, spent in (("load", loaded - started), ("quotations", extracted - loaded),
                                 ("sentiment", scored - extracted)):
                best[stage] = min(best[stage], spent)
    return {stage: round(1000 * spent / len(sources), 2) for stage, spent in best.items()}


# --------------------------------------------------------------------------- one run


def run(articles: int, jobs: int) -> dict:
    """Build the corpus, analyse it, time the bare calls on the same texts; the figures as a dict."""
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    import nltk.sentiment  # noqa: F401 - the libraries both timings use, imported before either clock
    import pandas as pd
    import textblob  # noqa: F401

    from koreanews import quotations, sentiment  # noqa: F401
    from koreanews.corpus import analyze_corpus

    import_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="koreanews-bench-") as scratch:
        corpus, out = Path(scratch) / "corpus", Path(scratch) / "out"
        corpus.mkdir()
        build_corpus(corpus, articles)
        messages = io.StringIO()
        cpu_before, started = cpu_seconds(), time.perf_counter()
        with contextlib.redirect_stderr(messages):
            status = analyze_corpus([corpus], out, jobs=jobs, progress=False)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu_before
        peak = peak_rss_mb()
        if status != 0:
            raise SystemExit(f"analyze_corpus exited with {status}:\n{messages.getvalue()}")
        texts = pd.read_csv(out / "sentiment.csv", keep_default_na=False, dtype={"text": str})["text"].tolist()
        rows = {name: sum(1 for _ in open(out / f"{name}.csv", encoding="utf-8")) - 1
                for name in ("paragraphs", "quotations")}
    bare, bare_cpu = bare_sentiment_seconds(texts, jobs)
    stages = stage_cpu_ms()
    lines = messages.getvalue().splitlines()
    return {
        "articles": articles,
        "jobs": jobs,
        "seconds": round(seconds, 3),
        "articles_per_second": round(articles / seconds, 1),
        "peak_rss_mb": round(peak, 1),
        "bare_sentiment_seconds": round(bare, 3),
        "overhead_ratio": round(seconds / bare, 2),
        "cpu_seconds": round(cpu, 3),
        "bare_sentiment_cpu_seconds": round(bare_cpu, 3),
        "cpu_overhead_ratio": round(cpu / bare_cpu, 2),
        "stage_cpu_ms_per_article": stages,
        "bare_sentiment_cpu_ms_per_article": round(1000 * bare_cpu / articles, 2),
        "scored_texts": len(texts),
        "paragraph_rows": rows["paragraphs"],
        "quotation_rows": rows["quotations"],
        "source_articles": len(source_articles()),
        "skipped": sum(line.startswith("skipped ") for line in lines),
        "first_problem": next((line for line in lines if line.startswith("skipped ")), None),
        "warnings": sum(line.startswith("warning: ") for line in lines),
        "import_seconds": round(import_seconds, 3),
        "load_average_before": round(load_before, 2),
    }


def scaling(articles: int, jobs: int) -> dict:
    """N and 10×N articles, each in a fresh process, and the ratio of their times."""
    results = []
    for count in (articles, 10 * articles):
        command = [sys.executable, __file__, "--articles", str(count), "--jobs", str(jobs)]
        done = subprocess.run(command, capture_output=True, text=True)
        if not done.stdout:
            raise SystemExit(done.stderr)
        results.append(json.loads(done.stdout))
    small, large = results
    return {"small": small, "large": large, "articles_ratio": 10,
            "time_ratio": round(large["seconds"] / small["seconds"], 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--scaling", action="store_true", help="also run 10x the articles and print the time ratio")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))  # runs from a checkout without installing
    from koreanews.corpus import available_cores

    jobs = args.jobs or available_cores()
    result = scaling(args.articles, jobs) if args.scaling else run(args.articles, jobs)
    print(json.dumps(result, indent=2))
    runs = [result["small"], result["large"]] if args.scaling else [result]
    if any(figures["skipped"] for figures in runs):
        print(f"error: articles were skipped ({runs[0]['first_problem']}); these figures do not measure "
              "the whole pipeline", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
