"""Many articles at once: ``python -m koreanews analyze PATH... --out DIR``.

Every article goes through the same stages as the notebooks (load → body
paragraphs → quotations → sentiment), and the results of the whole corpus are
written as three CSVs in ``DIR``, each with an ``article`` column first and
rows in input order: ``paragraphs.csv``, ``quotations.csv``, ``sentiment.csv``.
A file that is not an article is reported in one line (``skipped FILE:
problem``) and the rest complete.

Where the time goes, and why the code is shaped as it is:

* Articles are handed to the worker processes in batches, so the cost of a
  task (pickling, a queue round trip) is paid once per batch, not per article.
* The parent imports the libraries and warms every cache (punkt, the VADER
  lexicon, TextBlob's lexicon) once before the workers start; forked workers
  inherit them, other start methods warm them once in the pool initializer.
* Per article only plain tuples are made; sentiment is scored once per batch
  (one DataFrame per batch, not per article).  Batches travel column by
  column, and each batch's rows are appended to the three CSVs as it arrives:
  memory holds a batch, not the corpus.  The CSVs grow in temporary files that
  are renamed into place only when every article has been seen, so a failure
  leaves no partial output.
* The garbage collector is frozen while the workers are forked, so they do not
  copy the parent's long-lived objects by scanning them.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import math
import operator
import os
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from koreanews.errors import ArticleError
from koreanews.loading import load_article, parse_article
from koreanews.outputs import FLOAT_FORMAT, atomic_file

#: Exit statuses: 0 when at least one article was analysed, 2 when none could be.
EXIT_OK = 0
EXIT_NOTHING_ANALYSED = 2

#: The CSVs written, by table.
OUTPUT_FILES = {"paragraphs": "paragraphs.csv", "quotations": "quotations.csv", "sentiment": "sentiment.csv"}

#: Columns of ``paragraphs.csv`` after ``article``: the same as the notebooks' ``paragraphs.csv``.
PARAGRAPH_COLUMNS = ("block", "line", "role", "paragraph", "words", "reason", "text")

#: A progress bar is shown (on a terminal) only for more articles than this.
PROGRESS_MIN_ARTICLES = 5

#: Articles per task: large enough that task overhead is negligible, small enough that every
#: worker gets several tasks (so the last one finishes close to the others) and the bar moves.
MAX_BATCH_SIZE = 50
BATCHES_PER_WORKER = 4

#: A tiny article that touches every cache of the pipeline once.
_WARM_UP_ARTICLE = (
    "1 May 2020\n\nTalks resume\n\n"
    "\u201cWe are very happy to talk again,\u201d the spokesman said. Officials said the talks went well.\n"
)


@dataclass
class ColumnTable:
    """A table kept column by column (a list of values per column), with ``article`` first.

    Columns rather than row tuples: no object per row, so less to pickle and
    keep; the DataFrame is built once, from the lists.
    """

    names: tuple[str, ...] | None = None  #: None until a row has been seen
    values: list[list] = field(default_factory=list)

    @classmethod
    def from_rows(cls, names: tuple[str, ...] | None, rows: list[tuple]) -> ColumnTable:
        if names is None or not rows:
            return cls()
        return cls(names, [list(column) for column in zip(*rows)])

    def to_frame(self, names_when_empty) -> pd.DataFrame:
        """The DataFrame; the lists are released (the frame holds the values now)."""
        names = list(self.names or names_when_empty)
        data = dict(zip(names, self.values)) if self.names else {name: [] for name in names}
        self.values = []
        return pd.DataFrame(data, columns=names)


@dataclass
class CorpusTables:
    """The three tables of a batch."""

    paragraphs: ColumnTable = field(default_factory=ColumnTable)
    quotations: ColumnTable = field(default_factory=ColumnTable)
    sentiment: ColumnTable = field(default_factory=ColumnTable)


@dataclass
class BatchResult:
    """What a worker sends back for a batch: the tables and, per article, its problem and warnings."""

    tables: CorpusTables
    #: One ``(label, problem or None, warning messages)`` per article of the batch, in order.
    articles: list[tuple[str, str | None, tuple[str, ...]]]


# --------------------------------------------------------------------------- entry point


def analyze_corpus(paths, out_dir, jobs: int | None = None, progress: bool | None = None) -> int:
    """Analyse every article in ``paths`` (files, or folders of ``*.txt``) into three CSVs in ``out_dir``.

    ``jobs`` worker processes are used (default: every core this process may
    run on); ``progress`` forces the bar on or off (default: on when stderr is
    a terminal and there are more than :data:`PROGRESS_MIN_ARTICLES`
    articles).  Problems and a one-line summary go to stderr.  Returns 0 when
    at least one article was analysed, 2 when none could be (nothing is
    written then).
    """
    from koreanews.resources import require_resources

    require_resources()  # a missing NLTK resource is a set-up problem, not a bad article
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        print(f"error: {out_dir}: the output path exists and is not a folder", file=sys.stderr)
        return EXIT_NOTHING_ANALYSED
    if jobs is not None and jobs < 1:
        print(f"error: --jobs must be at least 1 (got {jobs})", file=sys.stderr)
        return EXIT_NOTHING_ANALYSED

    files, skipped_paths = article_files(paths)
    for message in skipped_paths:
        print(message, file=sys.stderr)
    workers = min(jobs or available_cores(), max(1, len(files)))
    show_bar = progress if progress is not None else (sys.stderr.isatty() and len(files) > PROGRESS_MIN_ARTICLES)

    analysed, skipped = 0, len(skipped_paths)
    try:
        with CorpusWriter(out_dir) as writer:
            for result, bar in _batch_results(files, workers, show_bar):
                writer.append(result.tables)
                for label, problem, messages in result.articles:
                    for message in messages:
                        _report(f"warning: {label}: {message}", bar)
                    if problem is None:
                        analysed += 1
                    else:
                        skipped += 1
                        _report(f"skipped {label}: {problem}", bar)
                if bar is not None:
                    bar.update(len(result.articles))
            if not analysed:
                raise _NothingAnalysed
    except _NothingAnalysed:
        print(f"{analysed} {_articles(analysed)} analysed, {skipped} skipped; nothing written", file=sys.stderr)
        return EXIT_NOTHING_ANALYSED
    print(f"{analysed} {_articles(analysed)} analysed, {skipped} skipped; CSVs in {out_dir}", file=sys.stderr)
    return EXIT_OK


class _NothingAnalysed(Exception):
    """No article could be analysed: the temporary CSVs are dropped, nothing is written."""


class CorpusWriter:
    """The three corpus CSVs, appended batch by batch (see the module docstring).

    Used as a context manager: the files are created beside their targets when the first rows arrive and
    renamed into place on a clean exit; on an exception they are removed and the targets left as they were.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self._stack = contextlib.ExitStack()
        self._streams: dict[str, object] = {}
        self._header_written: set[str] = set()

    def __enter__(self) -> CorpusWriter:
        return self

    def append(self, tables: CorpusTables) -> None:
        """Write a batch's rows (a batch whose articles were all skipped has none)."""
        for name, frame in corpus_frames(tables).items():
            if frame.empty and tables_of(tables, name).names is None:
                continue
            self._write(name, frame)

    def _write(self, name: str, frame: pd.DataFrame) -> None:
        if name not in self._streams:
            self._streams[name] = self._stack.enter_context(atomic_file(self.out_dir / OUTPUT_FILES[name], "w"))
        header = name not in self._header_written
        frame.to_csv(self._streams[name], index=False, header=header, lineterminator="\n",
                     float_format=FLOAT_FORMAT)
        self._header_written.add(name)

    def __exit__(self, kind, value, traceback) -> bool:
        if kind is None:
            for name, frame in corpus_frames(CorpusTables()).items():
                if name not in self._streams:  # no batch had rows of this table: its header alone
                    self._write(name, frame)
        return self._stack.__exit__(kind, value, traceback)


def tables_of(tables: CorpusTables, name: str) -> ColumnTable:
    """One of the three tables of ``tables`` by its output name."""
    return getattr(tables, name)


def article_files(paths) -> tuple[list[Path], list[str]]:
    """The article files to analyse, in the order given, folders expanded to their sorted ``*.txt`` files.

    A file named twice is analysed once.  A path that does not exist is kept:
    loading it reports the problem like any other bad article.  Returns the
    files and a ``skipped …`` line for each folder without ``*.txt`` files.
    """
    files: list[Path] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                problems.append(f"skipped {path}: folder holds no .txt files")
        else:
            found = [path]
        for file in found:
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, problems


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, which containers and ``taskset`` narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def corpus_frames(tables: CorpusTables) -> dict[str, pd.DataFrame]:
    """The three tables of a batch as DataFrames; the collected values are released as each is built."""
    paragraphs = tables.paragraphs.to_frame(("article", *PARAGRAPH_COLUMNS))
    paragraphs["paragraph"] = paragraphs["paragraph"].astype("Int64")
    return {
        "paragraphs": paragraphs,
        "quotations": tables.quotations.to_frame(("article", *_empty_quotation_columns())),
        "sentiment": tables.sentiment.to_frame(("article", *_empty_sentiment_columns())),
    }


# --------------------------------------------------------------------------- running the batches


def batches(files: list[Path], workers: int) -> list[list[str]]:
    """Split the files into batches: about :data:`BATCHES_PER_WORKER` per worker, none above the maximum size."""
    size = max(1, min(MAX_BATCH_SIZE, math.ceil(len(files) / (workers * BATCHES_PER_WORKER))))
    labels = [str(file) for file in files]
    return [labels[start:start + size] for start in range(0, len(labels), size)]


def _batch_results(files: list[Path], workers: int, show_bar: bool):
    """Yield ``(BatchResult, bar or None)`` in input order, from a process pool or, for one worker, in-process."""
    if not files:
        return
    work = batches(files, workers)
    warm_up()  # before the fork: the workers inherit warm caches
    bar = None
    if workers <= 1 or len(work) <= 1:
        results = map(analyse_batch, work)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(work)), initializer=warm_up)
        # Frozen objects are left alone by the garbage collector: forked workers then neither scan
        # nor copy the parent's (many, long-lived) objects.  The parent unfreezes once they exist.
        gc.freeze()
        try:
            results = pool.map(analyse_batch, work)  # every batch is submitted (and the workers forked) here
        finally:
            gc.unfreeze()
    try:
        if show_bar:
            from tqdm import tqdm  # created after the fork: tqdm's monitor thread must not be forked

            bar = tqdm(total=len(files), unit="article", file=sys.stderr, dynamic_ncols=True)
        for result in results:
            yield result, bar
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _report(message: str, bar) -> None:
    """One line on stderr; through the bar when there is one, so the bar is redrawn below it."""
    if bar is None:
        print(message, file=sys.stderr)
    else:
        bar.write(message, file=sys.stderr)


def _articles(count: int) -> str:
    return "article" if count == 1 else "articles"


# --------------------------------------------------------------------------- worker side

_warmed = False


def warm_up() -> None:
    """Import the stages and fill their caches once per process, so no article pays for it."""
    global _warmed
    if _warmed:
        return
    from koreanews.quotations import extract_quotations
    from koreanews.sentiment import score_quotations

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            score_quotations(extract_quotations(parse_article(_WARM_UP_ARTICLE, source="warm-up")))
        except Exception:  # noqa: BLE001 - warming only saves time; a real failure is reported per article
            pass
    _warmed = True


@dataclass
class _Analysed:
    """One article of a batch while the batch is being analysed."""

    label: str
    problem: str | None = None
    warnings: tuple[str, ...] = ()
    paragraphs: list[tuple] = field(default_factory=list)
    quotations: list[tuple] = field(default_factory=list)
    quotes: list = field(default_factory=list)
    sentiment: list[tuple] = field(default_factory=list)


def analyse_batch(labels: list[str]) -> BatchResult:
    """Analyse a batch of article files: each loaded and its quotations found, then all scored together."""
    warm_up()
    articles = [_analyse_article(label) for label in labels]
    good = [article for article in articles if article.problem is None]
    quotation_columns = _quotation_rows(good)
    sentiment_columns = _score_batch(good)
    good = [article for article in good if article.problem is None]  # scoring can fail too
    tables = CorpusTables(
        paragraphs=ColumnTable.from_rows(("article", *PARAGRAPH_COLUMNS),
                                         [row for article in good for row in article.paragraphs]),
        quotations=ColumnTable.from_rows(quotation_columns and ("article", *quotation_columns),
                                         [row for article in good for row in article.quotations]),
        sentiment=ColumnTable.from_rows(sentiment_columns and ("article", *sentiment_columns),
                                        [row for article in good for row in article.sentiment]),
    )
    return BatchResult(tables, [(article.label, article.problem, article.warnings) for article in articles])


def _analyse_article(label: str) -> _Analysed:
    """Load one article, make its paragraph rows, find its quotations; a bad article gets a problem instead."""
    from koreanews.quotations import QuotationWarning, extract_quotations

    result = _Analysed(label)
    try:
        article = load_article(label)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", QuotationWarning)
            quotes = extract_quotations(article)
    except ArticleError as exc:
        result.problem = exc.problem
        return result
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the corpus
        result.problem = _failure(exc)
        return result
    result.warnings = tuple(dict.fromkeys(str(w.message) for w in caught if issubclass(w.category, QuotationWarning)))
    result.paragraphs = _paragraph_rows(label, article)
    result.quotes = quotes
    return result


def _paragraph_rows(label: str, article) -> list[tuple]:
    """The rows of :func:`koreanews.cleaning.paragraph_table`, as tuples (no DataFrame per article)."""
    rows, number = [], 0
    for block in article.blocks:
        body = block.role == "body"
        number += body
        rows.append((label, block.index, block.line, block.role, number if body else None,
                     len(block.text.split()), block.reason, block.text))
    return rows


def _quotation_rows(articles: list[_Analysed]) -> tuple[str, ...] | None:
    """Give each article its quotation rows (number from 1, then the fields of ``Quotation.as_dict``).

    ``as_dict`` deep-copies the record (``dataclasses.asdict``); when its
    values are plain attributes, as checked on the first quotation, they are
    read directly instead.  Returns the columns (None when there is no quotation).
    """
    first = next((article.quotes[0] for article in articles if article.quotes), None)
    if first is None:
        return None
    record = first.as_dict()
    read_fields = operator.attrgetter(*record)
    if len(record) < 2 or read_fields(first) != tuple(record.values()):
        read_fields = lambda quote: tuple(quote.as_dict().values())  # noqa: E731 - derived fields: ask the record
    for article in articles:
        article.quotations = [(article.label, number, *read_fields(quote))
                              for number, quote in enumerate(article.quotes, start=1)]
    return ("quotation", *record)


def _empty_quotation_columns() -> tuple[str, ...]:
    """Columns of ``quotations.csv`` when no article had a quotation (taken from the quotation type)."""
    import dataclasses

    from koreanews.quotations import Quotation

    return ("quotation", *(f.name for f in dataclasses.fields(Quotation)))


def _empty_sentiment_columns() -> tuple[str, ...]:
    from koreanews.sentiment import score_quotations

    return tuple(score_quotations([]).columns)


def _score_batch(articles: list[_Analysed]) -> tuple[str, ...] | None:
    """Score the quotations of all the batch's articles in one call and give each article its rows back.

    ``score_quotations`` numbers quotations in the order it is given them
    (column ``quotation``, from 1), so a row's number tells which article it
    came from and its number within that article.  If the batch call fails,
    each article is scored alone, so only the article at fault is skipped.
    Returns the sentiment columns (None when nothing was scored).
    """
    from koreanews.sentiment import score_quotations

    with_quotes = [article for article in articles if article.quotes]
    if not with_quotes:
        return None
    starts, total = [], 0  # quotation numbers before each article's first quotation
    for article in with_quotes:
        starts.append(total)
        total += len(article.quotes)
    try:
        frame = score_quotations([quote for article in with_quotes for quote in article.quotes])
        columns = tuple(frame.columns)
        number_at = columns.index("quotation")
    except Exception:  # noqa: BLE001 - isolate the article at fault below
        return _score_each(with_quotes)
    for row in zip(*(frame[column].tolist() for column in columns)):
        index = bisect.bisect_right(starts, row[number_at] - 1) - 1
        article = with_quotes[index]
        row = list(row)
        row[number_at] -= starts[index]
        article.sentiment.append((article.label, *row))
    return columns


def _score_each(articles: list[_Analysed]) -> tuple[str, ...] | None:
    """Score article by article; an article whose quotations cannot be scored is skipped."""
    from koreanews.sentiment import score_quotations

    columns = None
    for article in articles:
        try:
            frame = score_quotations(article.quotes)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the corpus
            article.problem = _failure(exc)
            continue
        columns = tuple(frame.columns)
        article.sentiment = [(article.label, *row) for row in zip(*(frame[c].tolist() for c in columns))]
    return columns


def _failure(exc: Exception) -> str:
    """An unexpected error as one line: the corpus goes on, and the line says what to investigate."""
    detail = " ".join(str(exc).split())
    return f"analysis failed ({type(exc).__name__}{': ' + detail if detail else ''})"
