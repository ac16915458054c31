"""Stage 3 — word frequency, bigrams, where key terms fall, and how each side words things.

Counts use the counted form of a token from :mod:`koreanews.cleaning`
(lower-cased; punctuation, numbers, possessive marks and NLTK's English stop
words removed).  By default only the **body** is counted: captions describe a
photo, not the story, and boilerplate is the web page's, so both would add
words the reporter did not write about the event.  The headline and datelines
are never counted.  Every function that counts takes ``include_captions`` so a
reader (or a widget) can see what captions change.

The side comparison counts the words of each side's quotations and scores each
word with a smoothed log ratio (how much more one side uses it) and Dunning's
log-likelihood G² (how surprising the difference is).  At the size of one news
article the counts are single digits, so only an extreme difference reaches
significance; the tables say so rather than hide it.

>>> log_likelihood(4, 0, 10, 10)  # worked out by hand in tests/test_frequency.py
6.5559
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from koreanews.cleaning import content_words, stop_words, token_table, tokenize, word_form
from koreanews.loading import Article

#: Roles of :class:`~koreanews.loading.Block` whose words are counted in the frequency table.
COUNTED_ROLES = ("body", "caption", "boilerplate")
#: Terms whose place in the story the dispersion plot shows.
KEY_TERMS = ("communication", "trust", "nuclear", "sanctions")
#: The sides whose vocabularies are compared: Seoul first (positive log ratio), KCNA second.
COMPARED_SIDES = ("seoul", "pyongyang")
#: Quotation kinds pooled for each comparison: the words a side said (quoted), and words reported as theirs.
QUOTE_GROUPS = {"quoted": ("direct", "partial"), "indirect": ("indirect",)}
#: Significance level for G² against chi-square with one degree of freedom (critical value 3.84).
SIGNIFICANCE_LEVEL = 0.05
#: ``leans`` value in a keyness table when only one side has words to compare.
ONE_SIDE_ONLY = "one side only"
#: Minimum count for a bigram to be scored (stated in the notebook and the CSV's docstring).
MIN_BIGRAM_COUNT = 2


# ---------------------------------------------------------------------------
# Word counts


def counted_roles(include_captions: bool = False) -> tuple[str, ...]:
    """The block roles counted: the body, plus captions when asked."""
    return ("body", "caption") if include_captions else ("body",)


def counted_words(article: Article, include_captions: bool = False) -> list[str]:
    """The counted words of the article in reading order (stop words, punctuation, numbers removed)."""
    table = token_table(article, roles=counted_roles(include_captions))
    return table.loc[table["kept"], "word"].tolist()


def top_words(article: Article, n: int = 15, include_captions: bool = False) -> pd.DataFrame:
    """The ``n`` most frequent counted words; ties broken alphabetically so the cut is stable.

    Columns: ``rank`` (from 1), ``word``, ``count``, ``percent`` (of all
    counted words in the selection, 2 decimals).
    """
    words = counted_words(article, include_captions)
    counts = _sorted_counts(Counter(words)).head(max(int(n), 0)).reset_index(drop=True)
    counts.insert(0, "rank", range(1, len(counts) + 1))
    counts["percent"] = (100 * counts["count"] / max(len(words), 1)).round(2)
    return counts


def compare_top_words(article: Article, n: int = 10) -> pd.DataFrame:
    """The top ``n`` words of the body beside the top ``n`` with captions counted too.

    Columns: ``rank``, ``body_word``, ``body_count``,
    ``with_captions_word``, ``with_captions_count``.  Rows are padded with
    empty cells when one list is shorter.
    """
    body = top_words(article, n, include_captions=False).set_index("rank")
    both = top_words(article, n, include_captions=True).set_index("rank")
    table = pd.DataFrame(index=pd.RangeIndex(1, max(len(body), len(both)) + 1, name="rank"))
    table["body_word"] = body["word"]
    table["body_count"] = body["count"].astype("Int64")
    table["with_captions_word"] = both["word"]
    table["with_captions_count"] = both["count"].astype("Int64")
    return table.reset_index()


def word_frequency_table(article: Article) -> pd.DataFrame:
    """Every counted word with its count in each kind of block: the table saved as ``word_freq.csv``.

    Columns:

    - ``rank``: position by body count, from 1 (ties alphabetical); empty for
      words that occur only in captions or boilerplate
    - ``word``: the counted form (lower case)
    - ``body``: occurrences in the body paragraphs
    - ``percent``: ``body`` as a percentage of all counted body words (2 decimals)
    - ``paragraphs``: number of body paragraphs it occurs in
    - ``caption``: occurrences in photo captions
    - ``boilerplate``: occurrences in the web page's promotional lines

    Rows: body words by falling count, then the rest by caption and
    boilerplate count; ties alphabetical.
    """
    tokens = token_table(article, roles=COUNTED_ROLES)
    kept = tokens.loc[tokens["kept"], ["role", "block", "word"]]
    counts = pd.crosstab(kept["word"], kept["role"]).reindex(columns=list(COUNTED_ROLES), fill_value=0)
    paragraph_of_block = {block.index: number for number, block in enumerate(_body_blocks(article), start=1)}
    in_body = kept[kept["role"] == "body"]
    spread = in_body.assign(paragraph=in_body["block"].map(paragraph_of_block)).groupby("word")["paragraph"].nunique()
    table = counts.rename_axis(index="word", columns=None).reset_index()
    table["paragraphs"] = table["word"].map(spread).fillna(0).astype(int)
    table = table.sort_values(
        ["body", "caption", "boilerplate", "word"], ascending=[False, False, False, True], kind="stable"
    ).reset_index(drop=True)
    total_body = int(table["body"].sum())
    rank = pd.Series(range(1, len(table) + 1), dtype="Int64").where(table["body"] > 0)
    table.insert(0, "rank", rank)
    table["percent"] = (100 * table["body"] / max(total_body, 1)).round(2)
    return table[["rank", "word", "body", "percent", "paragraphs", "caption", "boilerplate"]]


def _sorted_counts(counter: Counter) -> pd.DataFrame:
    """A Counter as a frame, most frequent first, ties alphabetical."""
    frame = pd.DataFrame({"word": list(counter.keys()), "count": list(counter.values())}, columns=["word", "count"])
    frame["count"] = frame["count"].astype(int)
    return frame.sort_values(["count", "word"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _body_blocks(article: Article):
    return [block for block in article.blocks if block.role == "body"]


# ---------------------------------------------------------------------------
# Bigrams and collocations


def word_runs(article: Article, include_captions: bool = False) -> list[list[str]]:
    """Runs of adjacent words (stop words kept), split at punctuation, numbers and block ends.

    A bigram is two words a reader sees side by side: splitting at commas and
    full stops keeps "Un, front" or "said. He" from counting as pairs, and
    possessive marks are skipped so "Korea's economy" gives "korea economy".
    """
    roles = counted_roles(include_captions)
    runs: list[list[str]] = []
    for block in article.blocks:
        if block.role not in roles:
            continue
        current: list[str] = []
        for token in tokenize(block.text):
            word = word_form(token)
            if word is not None:
                current.append(word)
            elif token.lower() not in ("'s", "'", "s'"):
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
    return runs


def bigram_table(runs: Iterable[Sequence[str]], min_count: int = MIN_BIGRAM_COUNT) -> pd.DataFrame:
    """Score adjacent word pairs with NLTK's likelihood ratio and PMI: the table saved as ``bigrams.csv``.

    Pairs are counted within runs (see :func:`word_runs`); pairs seen fewer
    than ``min_count`` times and pairs containing a stop word are dropped
    after counting, so word totals still include every word.

    Columns:

    - ``bigram``: the two words joined by a space
    - ``first``, ``second``: the two words
    - ``count``: times the pair occurs
    - ``first_count``, ``second_count``: times each word occurs anywhere
    - ``likelihood_ratio``: Dunning's G² for the pair against independence (3 decimals)
    - ``pmi``: pointwise mutual information, log₂ (3 decimals)
    - ``rank_likelihood``, ``rank_pmi``: rank by each score, from 1 (ties by count, then alphabetical)

    Rows by falling likelihood ratio, then count, then alphabetically.
    """
    finder = BigramCollocationFinder.from_documents(runs)
    finder.apply_freq_filter(min_count)
    stops = stop_words()
    finder.apply_word_filter(lambda word: word in stops)
    measures = BigramAssocMeasures()
    rows = [
        {
            "bigram": f"{first} {second}",
            "first": first,
            "second": second,
            "count": count,
            "first_count": finder.word_fd[first],
            "second_count": finder.word_fd[second],
            "likelihood_ratio": round(finder.score_ngram(measures.likelihood_ratio, first, second), 3),
            "pmi": round(finder.score_ngram(measures.pmi, first, second), 3),
        }
        for (first, second), count in finder.ngram_fd.items()
    ]
    columns = ["bigram", "first", "second", "count", "first_count", "second_count", "likelihood_ratio", "pmi"]
    table = pd.DataFrame(rows, columns=columns)
    for score, rank in (("pmi", "rank_pmi"), ("likelihood_ratio", "rank_likelihood")):
        order = table.sort_values([score, "count", "bigram"], ascending=[False, False, True], kind="stable").index
        table.loc[order, rank] = range(1, len(table) + 1)
        table[rank] = table[rank].astype(int)
    table = table.sort_values("rank_likelihood", kind="stable").reset_index(drop=True)
    return table[[*columns, "rank_likelihood", "rank_pmi"]]


def article_bigrams(article: Article, min_count: int = MIN_BIGRAM_COUNT,
                    include_captions: bool = False) -> pd.DataFrame:
    """:func:`bigram_table` of the article's body (and captions, when asked)."""
    return bigram_table(word_runs(article, include_captions), min_count)


# ---------------------------------------------------------------------------
# Where terms fall


def word_stream(article: Article, include_captions: bool = False) -> pd.DataFrame:
    """Every word of the body in reading order, stop words included, with its paragraph.

    Offsets count words (punctuation and numbers left out) so a dispersion
    plot's x axis reads as "how far into the story".  Columns: ``offset``
    (from 0), ``paragraph`` (body paragraph from 1; captions numbered after
    the body when included), ``word``.
    """
    roles = counted_roles(include_captions)
    tokens = token_table(article, roles=roles)
    words = tokens[tokens["word"] != ""]
    numbering = {block.index: n for n, block in enumerate((b for b in article.blocks if b.role in roles), 1)}
    return pd.DataFrame({
        "offset": range(len(words)),
        "paragraph": words["block"].map(numbering).to_numpy(),
        "word": words["word"].to_numpy(),
    })


def term_positions(stream: pd.DataFrame, terms: Sequence[str] = KEY_TERMS) -> pd.DataFrame:
    """Where each term occurs in a :func:`word_stream`.

    Columns: ``term``, ``occurrences``, ``paragraphs`` (the paragraph
    numbers, comma separated; empty if absent), ``median_position`` (median
    offset as a share of the text's length, 0 = start, 1 = end, 2 decimals;
    empty if absent).  One row per term, in the order given.
    """
    length = max(len(stream) - 1, 1)
    rows = []
    for term in terms:
        hits = stream[stream["word"] == term.lower()]
        rows.append({
            "term": term,
            "occurrences": len(hits),
            "paragraphs": ", ".join(str(p) for p in sorted(set(hits["paragraph"]))),
            "median_position": round(float(hits["offset"].median()) / length, 2) if len(hits) else np.nan,
        })
    return pd.DataFrame(rows, columns=["term", "occurrences", "paragraphs", "median_position"])


# ---------------------------------------------------------------------------
# Seoul versus KCNA


def quotation_records(quotes) -> pd.DataFrame:
    """``text``, ``side`` and ``kind`` of each quotation, from Quotation objects or a frame holding those columns."""
    if isinstance(quotes, pd.DataFrame):
        return quotes.loc[:, ["text", "side", "kind"]].reset_index(drop=True)
    rows = [{"text": q.text, "side": q.side, "kind": q.kind} for q in quotes]
    return pd.DataFrame(rows, columns=["text", "side", "kind"])


def side_word_counts(quotes, kinds: Sequence[str] = QUOTE_GROUPS["quoted"],
                     sides: Sequence[str] = COMPARED_SIDES) -> pd.DataFrame:
    """Counted words of each side's quotations of the given kinds.

    Columns: ``word`` and one count column per side (always present, zero
    when a side has no such quotation).  Rows by falling total, then
    alphabetically.
    """
    records = quotation_records(quotes)
    chosen = records[records["kind"].isin(kinds) & records["side"].isin(sides)]
    counters = {side: Counter() for side in sides}
    for text, side in zip(chosen["text"], chosen["side"]):
        counters[side].update(content_words(tokenize(text)))
    vocabulary = sorted(set().union(*counters.values()))
    table = pd.DataFrame({"word": vocabulary, **{s: [counters[s][w] for w in vocabulary] for s in sides}})
    table = table.astype({side: int for side in sides})
    total = table[list(sides)].sum(axis=1)
    order = pd.DataFrame({"total": -total, "word": table["word"]}).sort_values(["total", "word"], kind="stable").index
    return table.loc[order].reset_index(drop=True)


def log_likelihood(a, b, total_a, total_b):
    """Dunning's G² for a word seen ``a`` times in ``total_a`` words and ``b`` times in ``total_b``.

    The full 2×2 table (the word; all other words) × (first text; second
    text) is used — the same statistic as NLTK's bigram likelihood ratio —
    with 0·ln 0 = 0.  Under no difference G² follows chi-square with one
    degree of freedom.  Works on scalars or numpy arrays; scalars give a float
    rounded to 4 decimals.
    """
    observed = np.array([a, b, np.subtract(total_a, a), np.subtract(total_b, b)], dtype=float)
    n = np.add(total_a, total_b).astype(float)
    word_total = np.add(a, b)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = np.array([
            total_a * word_total / n,
            total_b * word_total / n,
            total_a * (n - word_total) / n,
            total_b * (n - word_total) / n,
        ], dtype=float)
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    g2 = 2 * terms.sum(axis=0)
    return round(float(g2), 4) if np.ndim(g2) == 0 else g2


def smoothed_log_ratio(a, b, total_a, total_b, vocabulary):
    """log₂ of the first side's rate over the second's, after adding one to every word's count.

    Adding one to each of ``vocabulary`` words makes the totals
    ``total + vocabulary``, so a word one side never uses still gets a
    finite ratio.  Positive: more used by the first side.
    """
    rate_a = np.add(a, 1) / np.add(total_a, vocabulary)
    rate_b = np.add(b, 1) / np.add(total_b, vocabulary)
    ratio = np.log2(rate_a / rate_b)
    return round(float(ratio), 4) if np.ndim(ratio) == 0 else ratio


def chi2_p_value(g2: float) -> float:
    """Upper-tail p-value of chi-square with one degree of freedom: P(X ≥ g2) = erfc(√(g2/2))."""
    return math.erfc(math.sqrt(max(float(g2), 0.0) / 2))


def keyness_table(counts: pd.DataFrame, first: str = COMPARED_SIDES[0],
                  second: str = COMPARED_SIDES[1]) -> pd.DataFrame:
    """Score every word of a :func:`side_word_counts` table for how differently two sides use it.

    Columns:

    - ``word``; ``<first>``, ``<second>``: counts (``seoul``, ``pyongyang`` by default)
    - ``<first>_total``, ``<second>_total``: counted words of each side, the same on every row
    - ``log_ratio``: :func:`smoothed_log_ratio`, log₂, +1 smoothing over the
      pair's vocabulary (3 decimals); positive = the first side uses it more
    - ``g2``: :func:`log_likelihood` (3 decimals)
    - ``p_value``: chi-square(1) upper tail of ``g2`` (4 decimals), uncorrected
      for the many words tested
    - ``leans``: the side whose rate is higher, or ``even``
    - ``significant``: ``p_value`` below :data:`SIGNIFICANCE_LEVEL`

    When one side has no words at all, ``log_ratio``, ``g2`` and ``p_value``
    are empty and ``leans`` is :data:`ONE_SIDE_ONLY`: a rate of zero words is
    no basis for a comparison.

    Rows by falling G², then falling absolute log ratio, then falling total count, then alphabetically.
    """
    table = counts.loc[(counts[first] + counts[second]) > 0, ["word", first, second]].reset_index(drop=True)
    total_a, total_b = int(counts[first].sum()), int(counts[second].sum())
    a, b = table[first].to_numpy(), table[second].to_numpy()
    table[f"{first}_total"] = total_a
    table[f"{second}_total"] = total_b
    if total_a and total_b:
        table["log_ratio"] = np.round(smoothed_log_ratio(a, b, total_a, total_b, len(table)), 3)
        table["g2"] = np.round(log_likelihood(a, b, total_a, total_b), 3)
        table["p_value"] = [round(chi2_p_value(g2), 4) for g2 in table["g2"]]
        rate_a, rate_b = a * total_b, b * total_a  # a/total_a against b/total_b, without dividing
        table["leans"] = np.select([rate_a > rate_b, rate_a < rate_b], [first, second], "even")
    else:  # one side has no words: there is no rate to compare with, so no score
        table["log_ratio"] = table["g2"] = table["p_value"] = np.nan
        table["leans"] = ONE_SIDE_ONLY
    table["significant"] = table["p_value"] < SIGNIFICANCE_LEVEL
    order = pd.DataFrame({"g2": -table["g2"], "abs": -table["log_ratio"].abs(),
                          "total": -(table[first] + table[second]), "word": table["word"]})
    order = order.sort_values(["g2", "abs", "total", "word"], kind="stable").index
    return table.loc[order].reset_index(drop=True)


def side_keyness(quotes) -> pd.DataFrame:
    """Keyness of Seoul against KCNA for each quotation group: the table saved as ``keyness.csv``.

    Columns: ``quotes`` (``quoted`` = direct and partial quotations, the
    sides' own words; ``indirect`` = words the reporter attributes to them),
    then the columns of :func:`keyness_table`.
    """
    frames = [
        keyness_table(side_word_counts(quotes, kinds)).assign(quotes=group)
        for group, kinds in QUOTE_GROUPS.items()
    ]
    table = pd.concat(frames, ignore_index=True)
    return table[["quotes", *[c for c in table.columns if c != "quotes"]]]


# ---------------------------------------------------------------------------
# Findings, in words, for chart titles


def top_words_finding(top: pd.DataFrame, counted: str = "the body") -> str:
    """A title stating what leads the counts, e.g. '"north" and "korea" are the most frequent words of the body'."""
    words = [f'"{w}"' for w in top["word"].head(2)]
    if not words:
        return f"No words are counted in {counted}"
    if len(words) == 1:
        return f"{words[0]} is the most frequent word of {counted}"
    return f"{words[0]} and {words[1]} are the most frequent words of {counted}"


def dispersion_finding(positions: pd.DataFrame) -> str:
    """A title saying which terms sit in the first half of the text and which in the second."""
    present = positions.dropna(subset=["median_position"])
    early = [f'"{t}"' for t in present.loc[present["median_position"] < 0.5, "term"]]
    late = [f'"{t}"' for t in present.loc[present["median_position"] >= 0.5, "term"]]
    parts = []
    if early:
        parts.append(f"{', '.join(early)} {_verb(early)} in the first half")
    if late:
        verb = "" if early else f" {_verb(late)}"
        parts.append(f"{', '.join(late)}{verb} in the second{'' if early else ' half'}")
    absent = positions.loc[positions["occurrences"] == 0, "term"].tolist()
    if absent:
        parts.append("not used: " + ", ".join(f'"{t}"' for t in absent))
    return "; ".join(parts) if parts else "None of the terms occurs"


def _verb(subjects: list) -> str:
    return "comes" if len(subjects) == 1 else "come"


def keyness_finding(table: pd.DataFrame, first: str = COMPARED_SIDES[0], second: str = COMPARED_SIDES[1]) -> str:
    """A title stating whether any word separates the two sides, with the largest G²."""
    if table.empty:
        return "No quoted words to compare between the sides"
    if table["g2"].isna().all():
        return "Only one side has words here: nothing to compare"
    top = table.iloc[0]
    significant = int(table["significant"].sum())
    if significant:
        words = "1 word differs" if significant == 1 else f"{significant} words differ"
        return f"{words} significantly between the sides (largest G² = {top['g2']:.2f})"
    small = " with single-digit counts" if int(table[[first, second]].to_numpy().max()) < 10 else ""
    return f"No word separates the sides{small} (largest G² = {top['g2']:.2f}, p = {top['p_value']:.3f})"
