"""Stage 4, part 2 — which side a speaker speaks for.

A quotation's ``side`` is one of:

``seoul``
    South Korea's government: the president and the presidential office (Blue
    House), ministries, their officials.
``pyongyang``
    North Korea's government, leaders, officials and state media (KCNA,
    Rodong Sinmun).
``other``
    Everyone else: analysts and academics (also when based in Seoul), foreign
    governments, news agencies, lawmakers, defectors, activists.
``unknown``
    Not enough to tell, several sides at once ("both governments"), and every
    mention (quoted words that are not speech).

The side is decided, in this order, by :func:`decide_side`:

1. the speaker's name in the curated table ``data/speakers.csv``;
2. words naming both sides at once ("both governments") → ``unknown``;
3. words that make a speaker a non-government voice ("analyst", "Seoul-based",
   "defector") → ``other``; so do bodies outside government ("a monitoring
   group", "the Red Cross"), except North Korean ones, which are state bodies;
4. a name or organisation of the table inside the attribution phrase ("a
   spokesman for the Unification Ministry");
5. the first affiliation word of the phrase ("a North Korean official",
   "South Korea's foreign ministry", "US officials"), skipping words that name
   a target rather than an employer ("envoy *to* North Korea");
6. otherwise ``unknown`` — but the extractor first looks at everything the
   article says about a named person, then at how the name is spelt
   (:func:`side_from_name_style`: a foreign name is ``other``, a Korean official's
   hyphenated name ``seoul``), and gives ``other`` to a named person whose
   attribution has no title of office at all ("Lee Keum-seom, 92"): a private
   voice (see :func:`private_person`).

``data/speakers.csv`` columns: ``name`` (as usually written), ``aliases``
(``|``-separated other spellings), ``kind`` (``person`` or
``organisation``), ``side``, ``gender`` (``m``/``f``/empty, used only to
resolve "he" and "she"), ``title``, ``organisation``, ``note`` (why the row has
its side), ``source`` and, optionally, ``in_office``: for a row whose side comes with
an office (a president, a minister), the periods it was held, ``|``-separated
``start/end`` dates (``2017-05-10/2022-05-09``; ``YYYY-MM`` for a month; an open
end for an office still held).  Before and after them the speaker is ``other``
(a former president speaks for herself), for articles whose dateline says so:
see :meth:`SpeakerTable.as_of`.

>>> decide_side("Park Soo Hyun", "Blue House spokesman Park Soo Hyun")
('seoul', 'table: Park Soo Hyun')
>>> decide_side("", "a Seoul-based analyst")
('other', 'non-government role: Seoul-based')
>>> decide_side("", "North Korea's state media")
('pyongyang', "affiliation: North Korea's")
"""

from __future__ import annotations

import calendar
import csv
import datetime
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from koreanews.cleaning import normalise

#: The table read when no other path is given (the project's ``data/`` folder, editable install).
DEFAULT_TABLE = Path(__file__).resolve().parents[2] / "data" / "speakers.csv"

SIDES = ("seoul", "pyongyang", "other", "unknown")
#: Small patterns of the helpers below, compiled once.
_LOWER_WORD = re.compile(r"[a-z]+")
_LEADING_THE = re.compile(r"^the\s+")
_NAME_PARTS_SPLIT = re.compile(r"[\s-]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}")
COLUMNS = ("name", "aliases", "kind", "side", "gender", "title", "organisation", "note", "source")
#: Optional column: the periods an office was held (see :func:`parse_periods`).
IN_OFFICE = "in_office"


@dataclass(frozen=True)
class SpeakerEntry:
    """One row of ``speakers.csv``."""

    name: str
    aliases: tuple[str, ...]
    kind: str  #: person or organisation
    side: str
    gender: str  #: m, f or ""
    title: str
    organisation: str
    note: str
    source: str
    #: (first day, last day or None while still held) of each period in office; empty: the side holds always
    in_office: tuple[tuple[datetime.date, datetime.date | None], ...] = ()

    def holds_office_on(self, day: datetime.date) -> bool:
        """Whether the row's side applies on ``day``: always for a row without periods in office."""
        return not self.in_office or any(start <= day and (end is None or day <= end)
                                         for start, end in self.in_office)

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def words(self) -> frozenset[str]:
        """Lower-case words of the name, title and organisation: what "the agency" or "the minister" can refer to."""
        text = " ".join((self.name, self.title, self.organisation))
        return frozenset(_LOWER_WORD.findall(normalise(text).lower()))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key: typography normalised, lower case, hyphens and dots as spaces.

    >>> name_key("Kim Jong-un") == name_key("Kim Jong Un")
    True
    """
    text = normalise(text).lower().replace("-", " ").replace(".", " ")
    text = _LEADING_THE.sub("", text.strip())
    return " ".join(text.split())


def _spelling_pattern(spelling: str) -> str:
    """Regex for one spelling: any of space or hyphen between parts, either apostrophe, optional dots."""
    parts = _NAME_PARTS_SPLIT.split(spelling.strip())
    body = r"[\s-]+".join(re.escape(p).replace("'", "['\u2019]").replace(r"\.", r"\.?") for p in parts)
    return rf"(?<![\w-]){body}(?![\w-])"


_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w.]*")


@lru_cache(maxsize=8192)  # asked of every word find_in does not skip: the same words come back in every text
def _first_key(text: str) -> str:
    """The look-up key of a text's first word: "Workers' Party" and "Workers" both give "workers"."""
    first = text.split(None, 1)[0] if text.strip() else ""
    first = first.split("-", 1)[0].lower().replace("\u2019", "'").rstrip(".")
    if first.endswith("'s"):
        first = first[:-2]
    return first.rstrip("'")


#: "former" or "ex-" shortly before an office: "former South Korean President Moon Jae-in" no longer holds it.
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)

#: A further part of a personal name right after a spelling: "Hoon-sang" after "President Lee".
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]+(?:-[a-z]+)(?![\w'-])|\s+[A-Z][a-z]{1,4}\s+[A-Z][a-z]{1,4}(?![\w'-])")

#: A place or institution named after a person: "Kim Il-sung Square" is where people gather, not who speaks.
PLACE_NAMED_AFTER = re.compile(
    r"\s+(?:Square|Stadium|University|Street|Avenue|Bridge|Plaza|Airport|Hall|Prize|Award|Mausoleum|Palace|"
    r"Foundation|Library|Museum|Cent(?:re|er)|Station|Hospital|Institute|School|Academy|Military|Socialist|"
    r"Youth|Order|Medal|Memorial)\b")


class SpeakerTable:
    """The curated speakers, with an exact-name index and, per first word, the patterns of the spellings
    starting with it (finding names costs one dictionary look-up per word of text)."""

    def __init__(self, entries):
        self.entries: tuple[SpeakerEntry, ...] = tuple(entries)
        self._by_key: dict[str, SpeakerEntry] = {}
        self._as_of: dict[frozenset, SpeakerTable] = {}  #: see as_of
        self._office_patterns: dict[str, re.Pattern] = {}  #: see _named_in_office
        self._dated = tuple(index for index, entry in enumerate(self.entries) if entry.in_office)
        #: the lower-case first word of each spelling but a title ("President Moon" also holds "moon"): the
        #: article names the row only if it holds one of them
        self._name_parts = {entry.name: {spelling.split()[0].lower() for spelling in entry.spellings}
                            - set(entry.title.lower().split()) for entry in self.entries}
        self._by_first: dict[str, list[re.Pattern]] = {}
        self._lower_firsts: set[str] = set()  #: first words of spellings that start in lower case
        for entry in self.entries:
            for spelling in entry.spellings:
                self._by_key.setdefault(name_key(spelling), entry)
                first = _first_key(spelling)
                if spelling[:1].islower():
                    self._lower_firsts.add(first)
                # Acronyms match in capitals only ("UN", not the "Un" of Kim Jong Un); names in any case.
                flags = 0 if _ACRONYM.search(spelling) else re.IGNORECASE
                self._by_first.setdefault(first, []).append(re.compile(_spelling_pattern(spelling), flags))
        #: Word prefixes (two words or more) of organisation names that only one row has: "Joint Chiefs".
        self._by_prefix: dict[str, SpeakerEntry | None] = {}
        for entry in self.entries:
            if entry.kind != "organisation":
                continue
            for spelling in entry.spellings:
                words = name_key(spelling).split()
                for n in range(2, len(words)):
                    key = " ".join(words[:n])
                    if key in self._by_key:
                        continue
                    known = self._by_prefix.get(key, entry)
                    self._by_prefix[key] = entry if known is entry else None
        for patterns in self._by_first.values():
            patterns.sort(key=lambda p: len(p.pattern), reverse=True)  # longest first: "Kim Jong Un" before "Kim"
        #: Plain lower-case words that start a spelling: most words of a text are not, and are skipped at once.
        self._plain_firsts = frozenset(self._by_first)
        #: The words of _WORD that find_in does not skip at once, found in one pass of the pattern: all but the
        #: lower-case ones that start no spelling and hold no dot (a dot may hide a capital: "e.g.Kim").
        lower_firsts = "|".join(sorted(map(re.escape, self._lower_firsts)))
        self._candidate_words = re.compile(
            rf"(?<![\w-])(?:(?![a-z])|(?=[a-z]\w*\.)|(?=(?:{lower_firsts})(?![\w.])))[^\W\d_][\w.]*")

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> SpeakerEntry | None:
        """The row whose name or alias is exactly ``name`` (spelling-insensitive), or None."""
        return self._by_key.get(name_key(name)) if name else None

    def relative_of(self, person: SpeakerEntry, relation: str) -> SpeakerEntry | None:
        """The one row whose note calls it ``relation`` of ``person`` ("sister of Kim Jong Un"), or None."""
        wanted = f"{relation} of {person.name}".lower()
        found = [entry for entry in self.entries if wanted in entry.note.lower()]
        return found[0] if len(found) == 1 else None

    def lookup_prefix(self, name: str) -> SpeakerEntry | None:
        """The one organisation whose name ``name`` shortens ("the Joint Chiefs" → Joint Chiefs of Staff), or None.

        Articles name a body in full once and then by the first words of its name; a shortening shared by two
        rows names neither.
        """
        return self._by_prefix.get(name_key(name)) if name else None

    def find_in(self, text: str) -> list[tuple[int, int, SpeakerEntry]]:
        """Every table name or alias in ``text``: ``(start, end, entry)``, left to right, not overlapping."""
        found, covered = [], 0
        for word in self._candidate_words.finditer(text):
            value = word.group()
            if word.start() < covered or (value[0].islower() and value not in self._lower_firsts):
                continue
            if value.lower() not in self._plain_firsts and "." not in value:
                # no spelling starts with this word, and it has no ending a key would strip (a word holds only
                # word characters and dots: no hyphen or apostrophe)
                continue
            patterns = self._by_first.get(_first_key(value))
            for pattern in patterns or ():
                match = pattern.match(text, word.start())
                if match and self._by_key[name_key(match.group())].kind == "person" \
                        and (_NAME_GOES_ON.match(text, match.end()) or PLACE_NAMED_AFTER.match(text, match.end())):
                    continue  # "President Lee" of "President Lee Hoon-sang" is another Lee; "Kim Il-sung Square"
                if match:
                    found.append((match.start(), match.end(), self._by_key[name_key(match.group())]))
                    covered = match.end()
                    break
        return found

    def as_of(self, day: datetime.date | None, text: str = "") -> SpeakerTable:
        """The table as it stood on ``day``: a row out of office then speaks as ``other``.

        "Moon Jae-in" quoted in 2023 is a former president, and Lee Jae-myung in 2024 an opposition leader.  But
        a row that ``text`` (the article) names in its office, "then-President Moon Jae-in" or "Unification
        Minister Kwon Young-se", keeps its side: the article knows better than the table's dates.  Without a day
        (an undated article) the table is returned as it is.  Tables are kept per set of rows out of office, so a
        corpus of many dates builds only a few.
        """
        if day is None:
            return self
        lowered = text.lower()
        out = frozenset(index for index in self._dated if not self.entries[index].holds_office_on(day)
                        and not self._named_in_office(self.entries[index], text, lowered))
        if not out:
            return self
        if out not in self._as_of:
            self._as_of[out] = SpeakerTable(
                replace(entry, side="other", note=f"out of office on this date; {entry.note}") if index in out
                else entry for index, entry in enumerate(self.entries))
        return self._as_of[out]

    def _named_in_office(self, entry: SpeakerEntry, text: str, lowered: str) -> bool:
        """Whether ``text`` names the row in its office: "then-President Moon Jae-in", "Unification Minister Kwon
        Young-se" (the office written before the name, not "former …"): the article's words beat its date."""
        if not any(part in lowered for part in self._name_parts[entry.name]):
            return False  # the article does not name the row at all: the usual case, found without a pattern
        if entry.name not in self._office_patterns:
            names = "|".join(_spelling_pattern(spelling) for spelling in entry.spellings)
            title = r"\s+".join(map(re.escape, entry.title.split())) or "(?!)"
            self._office_patterns[entry.name] = re.compile(
                rf"\b(?P<then>then)[-\s]+(?:[\w.'\u2019-]+\s+){{0,4}}?(?:{names})|\b{title}\s+(?:{names})",
                re.IGNORECASE)
        for match in self._office_patterns[entry.name].finditer(text):
            if match.group("then") or not _FORMER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                return True
        return False


def offices_on(table: SpeakerTable, day: datetime.date | None):
    """The rows with periods in office and the side each speaks for on ``day`` (an article's date): what
    :meth:`SpeakerTable.as_of` changes, as a table for readers (``day`` None: the table as it is)."""
    import pandas as pd

    dated = table.as_of(day)
    rows = [(entry.name, entry.title, " | ".join(f"{start}/{end or ''}" for start, end in entry.in_office),
             entry.side, on_day.side)
            for entry, on_day in zip(table.entries, dated.entries) if entry.in_office]
    columns = ["name", "title", "in_office", "side_in_office", f"side_on_{day or 'any_date'}"]
    return pd.DataFrame(rows, columns=columns)


def parse_periods(text: str) -> tuple[tuple[datetime.date, datetime.date | None], ...]:
    """``"2017-05-10/2022-05-09|2025-06/"`` → the periods; a ``YYYY-MM`` start is the month's first day, an end
    its last; an empty end is an office still held.  Raises ValueError on anything else.

    >>> parse_periods("2020-07/2022-05-09")
    ((datetime.date(2020, 7, 1), datetime.date(2022, 5, 9)),)
    """
    periods = []
    for period in filter(None, (part.strip() for part in text.split("|"))):
        start, _, end = period.partition("/")
        first, last = _bound(start, last=False), _bound(end, last=True) if end.strip() else None
        if first is None or (last is not None and last < first) or "/" not in period:
            raise ValueError(f"{period!r} is not a period start/end of YYYY-MM-DD or YYYY-MM dates")
        periods.append((first, last))
    return tuple(periods)


def _bound(text: str, *, last: bool) -> datetime.date | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text.strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    day = int(match.group(3)) if match.group(3) else calendar.monthrange(year, month)[1] if last else 1
    return datetime.date(year, month, day)


def read_speakers(path) -> SpeakerTable:
    """Read and check a speakers table; a malformed row raises ValueError naming its line."""
    path = Path(path)
    entries = []
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            side, kind = row["side"].strip(), row["kind"].strip()
            if side not in SIDES or kind not in ("person", "organisation") or not row["name"].strip():
                raise ValueError(f"{path}:{line}: needs a name, kind person/organisation and a side in {SIDES}")
            try:
                in_office = parse_periods(row.get(IN_OFFICE) or "")
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: {IN_OFFICE}: {exc}") from None
            entries.append(SpeakerEntry(
                name=row["name"].strip(),
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                kind=kind, side=side, gender=row["gender"].strip(), title=row["title"].strip(),
                organisation=row["organisation"].strip(), note=row["note"].strip(), source=row["source"].strip(),
                in_office=in_office,
            ))
    return SpeakerTable(entries)


@lru_cache(maxsize=8)
def _cached_table(path: str) -> SpeakerTable:
    return read_speakers(path)


@lru_cache(maxsize=1)
def _default_table_path() -> str:
    """:data:`DEFAULT_TABLE` resolved once (each article loads the default table: resolving asks the file system)."""
    return str(DEFAULT_TABLE.resolve())


def load_speakers(path=None) -> SpeakerTable:
    """The speakers table at ``path`` (default :data:`DEFAULT_TABLE`), read once and cached."""
    return _cached_table(str(Path(path).resolve()) if path else _default_table_path())


# --------------------------------------------------------------------------- affiliation words

#: Phrases naming both Koreas (or both governments) at once: the speaker is no single side.
BOTH_SIDES = re.compile(
    r"\b(?:both|two) (?:Koreas|governments|sides|countries|leaders|capitals)\b|\bboth Seoul and Pyongyang\b"
    r"|\bboth Pyongyang and Seoul\b|\b(?:South and North|North and South) Korea", re.IGNORECASE,
)



def _may_name_both_sides(phrase: str) -> bool:
    """Can :data:`BOTH_SIDES` match ``phrase``?  Not without "both", "two" or " and " (most phrases): the
    case-blind pattern is not tried.  (Letters beyond ASCII may match ASCII ones ignoring case: tried.)"""
    low = phrase.lower()
    return not phrase.isascii() or "both" in low or "two" in low or " and " in low


#: Words that make a person a non-government voice, whatever country follows: an analyst in Seoul is ``other``.
NON_GOVERNMENT = re.compile(
    r"[\w.]+-based\b|\b(?:analysts?|experts?|professors?|academics?|scholars?|researchers?|fellows?|"
    r"observers?|watchers?|monitors?|think[ -]tanks?|institutes?|universit(?:y|ies)|(?-i:Cent(?:er|re)s?)|"
    r"specialists?|"
    r"defectors?|escapees?|refugees?|activists?|campaigners?|critics?|lawmakers?|legislators?|"
    r"parliamentarians?|members? of (?:(?:[\w.]+ )?[\w.]+['\u2019]s )?parliament|assembly(?:man|woman)|(?-i:MPs?)|"
    r"opposition|residents?|citizens?|civilians?|journalists?|economists?|commentators?|columnists?|"
    r"doctors?|medics?|paramedics?|nurses?|physicians?|surgeons?|"
    r"chief executives?|executives?|CEOs?|(?:portfolio|fund|asset|investment) managers?|investors?|bankers?|"
    r"volunteers?|(?-i:Rev)(?=\.)|[Rr]everend|Venerable|"
    r"organi[sz]ers?|"
    r"conservatives|progressives|liberals|"
    r"former|retired|ex-\w+|lawyers?|attorneys?|fled|escaped|defected|fleeing|escaping|defecting|left (?:the )?North|"
    # who runs a business: "Kim Hye-won, who runs a travel agency in Seoul"
    r"(?:runs?|ran|has run|owns?|owned|operates?|operated|manages?|managed|founded|co-founded) (?:a|an|his|her|their)|"
    r"(?:travel|tour|tourism) agenc(?:y|ies)|"
    # A "Rep." or "Sen." is a member of a legislature, not of a government.
    r"(?-i:Rep|Sen)(?=\.)|"
    # The master of a civilian craft: "the captain of a Jeju-bound passenger jet", "a ferry captain".
    r"(?:captain|skipper|pilot)s? of (?:a|an|the) (?!(?:[\w-]+ ){0,2}?(?:navy|naval|coast|patrol|military|war)\b)"
    r"(?:[\w-]+ ){0,2}(?:jet|ship|ferry|vessel|boat|plane|flight|"
    r"airliner|tanker|trawler|freighter)s?|(?:ferry|ship|boat|airline|tanker|trawler) (?:captain|skipper|pilot)s?|"
    # Sport and private trades: a coach, a player or a miner speaks for no government.
    r"coach(?:es)?|players?|athletes?|footballers?|referees?|skaters?|fans?|miners?|goalkeepers?|"
    r"strikers?|midfielders?|defenders?|wingers?|weightlifters?|lifters?|wrestlers?|boxers?|runners?|swimmers?|"
    r"shooters?|gymnasts?|archers?|skiers?|champions?|medall?ists?|"
    # Private occupations: "a 38-year-old office worker in Seoul's Mapo district" speaks for herself.
    # Written in lower case: "the Workers' Party" is the North's ruling party.
    r"(?-i:workers?|employees?|shoppers?|commuters?|farmers?|fisherm[ae]n|traders?|merchants?|vendors?|"
    r"shopkeepers?|drivers?|villagers?|tourists?|priests?|pastors?|monks?|nuns?|retirees?|pensioners?|contractors?|"
    r"foreman|foremen|supervisors?|labou?rers?|builders?|mechanics?|"
    # a farm's work team: "Ri Kum Sil, a sub-workteam leader" is a farmer, not an official
    r"(?:sub-)?work ?teams?|"
    r"visitors?|owners?|curators?|artists?|singers?|actors?|actress(?:es)?|participants?|users?|students?|"
    r"pupils?))\b",
    re.IGNORECASE,
)
#: Bodies that are private in the South but arms of the state in the North ("the North's Nuclear Weapons
#: Institute", "Kim Il Sung University").
_STATE_BODY_WORD = re.compile(r"(?i:institutes?|universit(?:y|ies)|think[ -]tanks?|parliament(?:ary|arians?)?|"
                              r"cent(?:er|re)s?)")
_NORTHS_OWN_BODY = re.compile(r"(?:North Korea|[Tt]he North|Pyongyang|DPRK)['\u2019]s\s+(?:[A-Z][\w-]*\s+){0,4}"
                              r"(?:Institute|University|Cent(?:er|re))\b|\bKim Il Sung University\b"
                              r"|(?:North Korea|[Tt]he North|Pyongyang|DPRK)['\u2019]s\s+(?:rubber-stamp\s+)?parliament"
                              r"|Supreme People['\u2019]s Assembly")
#: Research roles a ministry can own: its researcher or institute is the state's.
_STUDY_ROLE_WORDS = r"(?i:researchers?|institutes?|analysts?|scholars?|experts?|specialists?|cent(?:er|re)s?)"
_STUDY_ROLE = re.compile(_STUDY_ROLE_WORDS)
_MINISTRY_OWNS = re.compile(r"\b[Mm]inistry(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}(?=" + _STUDY_ROLE_WORDS + r"\b)")
#: A past role, up to the end of its phrase: "a former finance minister", "a retired general who …".
_PAST_ROLE = re.compile(r"\b(?:former|retired|ex-)[^,;]*?(?=,|;|\bwho\b|$)", re.IGNORECASE)
#: Words saying a person now holds an office: "who took office last year", "was appointed by President Lee".
_TOOK_OFFICE = re.compile(r"\b(?:took|has taken|assumed|took up) (?:the )?(?:office|post|job)\b|"
                          r"\b(?:was|has been|were) (?:appointed|sworn in|installed)\b")


def _holds_office_now(speaker: str, phrase: str) -> bool:
    """Whether ``phrase`` gives ``speaker`` a current office besides a past one: a title right before the
    name ("Prime Minister Choi Hyun-woo, a former finance minister") or "who took office last year"."""
    if _TOOK_OFFICE.search(phrase):
        return True
    at = phrase.find(speaker) if speaker else -1
    title = re.split(r"[,;]", phrase[:at])[-1] if at > 0 else ""
    return bool(OFFICE_WORDS.search(title)) and not _FORMER_BEFORE.search(title)


#: A party official speaks for a party, not a government: "party spokesperson Han Min-soo" of the opposition
#: party in the South is ``other``.  "The ruling party" is left to other evidence: in the North it is the state.
PARTY_ROLE = re.compile(r"(?<!ruling )\b[Pp]arty\b|\b[Ff]loor leader\b")
#: The North's ruling party and its organs: "a secretary of the party's Central Committee" is a state official.
_STATE_PARTY = re.compile(r"\bWorkers['\u2019]? Party\b|\bWPK\b|\bCentral (?:Committee|Military Commission)\b|"
                          r"\bPolit(?:buro|ical [Bb]ureau)\b|\b(?:County|City|Provincial|Municipal) Party Committee\b")
#: A party office or a seat in parliament, which a politician holds before or after an office of state.
_PARTY_OFFICE = re.compile(r"\b(?:[Pp]arty|opposition)\s+(?:floor\s+)?(?:leader|chairman|chairwoman|chief|head)\b|"
                           r"\b(?:leader|chairman|chairwoman|chief|head)\s+of\s+(?:the\s+)?(?:main\s+|ruling\s+)?"
                           r"(?:opposition\s+)?(?:[A-Z][\w-]*\s+)*Party\b|"
                           r"\blawmakers?\b|\bpresidential candidates?\b")
#: Bodies outside government.  In North Korea there are none: "North Korea's Red Cross" speaks for Pyongyang.
NON_GOVERNMENT_BODIES = re.compile(
    r"\b(?:groups?|NGOs?|non-governmental|charit(?:y|ies)|foundations?|associations?|watchdogs?|monitoring|"
    r"Red Cross|church(?:es)?|companies|company(?! (?:commander|political|sergeant))|firms?|unions?|clubs?|"
    r"galler(?:y|ies)|(?-i:Forum)|"
    r"hospitals?|clinics?|"
    # words that end company names: "Sea Rich Shipping", "Hanjin Logistics", "Daewoo Corp."
    r"Shipping|Logistics|Trading|Corp\.?|Corporation|Co\.|Ltd\.?|Inc\.?|Holdings)(?![\w-])",
    re.IGNORECASE,
)
#: Titles of office: a named person without one (and without a country) is a private voice, ``other``.
OFFICE_WORDS = re.compile(
    r"\b(?:ministers?|ministry|spokes(?:man|woman|person|people|men|women)|officials?|ambassadors?|envoys?|"
    r"presidents?|presidential|premier(?! league)|secretary|director|chief|head|diplomats?|delegat(?:e|es|ion)|"
    r"negotiators?|counterparts?|officers?|generals?|commanders?|leaders?|chairman|chairwoman|chair|deputy|vice|"
    r"representatives?|agency|office|government|authorities|military|army|party|state|advis[eo]rs?|"
    r"rapporteurs?|commissioners?|governors?|mayors?|colonels?|Col|prosecutors?|admirals?|navy|naval|coast guard|"
    r"(?-i:Gen|Brig|Lt|Adm|Maj|Capt|Sgt|Gov)(?=\.|\s+[A-Z])|"
    r"lieutenants?|majors?|judges?|justices?)\b",
    re.IGNORECASE,
)

_POSS = r"(?:['\u2019]s)?"
#: Affiliation words, each with the side it signals.  Case matters: "the North" is Pyongyang, "north" is a direction.
AFFILIATIONS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (side, re.compile(pattern)) for side, pattern in (
        ("pyongyang", rf"\bNorth Korean?s?{_POSS}(?![\w-])|\bN\. ?Korean?{_POSS}|\bPyongyang{_POSS}(?![\w-])"
                      rf"|\b[Tt]he North{_POSS}(?![\w-])|\bDPRK{_POSS}\b|\bDPR ?Korea{_POSS}(?![\w-])"
                      r"|\bDemocratic People.s Republic of Korea\b"
                      # the North's party paper: the South's ruling party publishes none
                      r"|\bruling (?:Workers['\u2019] )?[Pp]arty['\u2019]s? (?:newspaper|daily|organ|mouthpiece)\b"
                      r"|\b[Ss]tate(?:-run|-controlled)? "
                      r"(?:media|news agency|television|TV|broadcaster|newspaper|radio|outlets?)\b"),
        ("seoul", rf"\bSouth Korean?s?{_POSS}(?![\w-])|\bS\. ?Korean?{_POSS}|\bSeoul{_POSS}(?![\w-])"
                  # ("the office's Seoul branch" is where a UN official works, not for whom)
                  r"(?!\s+(?:branch|bureau|office of|station|correspondent))"
                  rf"|\b[Tt]he South{_POSS}(?![\w-])|\bROK\b|\bBlue House\b|\bCheong Wa Dae\b"
                  r"|(?<!People.s )\bRepublic of Korea\b"
                  r"|\b[Pp]residential (?:[\w-]+ ){0,3}(?:office|Office|spokes(?:man|woman|person)|"
                  r"secretary|Secretary|aide|advis[eo]r|Advis[eo]r|officials?)\b"
                  r"|\b[Uu]nification (?:[Mm]inistry|[Mm]inister)"
                  # the South's agencies named after the country ("the Korea Coast Guard")
                  r"|\bKorea (?:Coast Guard|Customs Service|National Police Agency|Meteorological Administration|"
                  r"Disease Control and Prevention Agency)\b|\bProsecutors['\u2019] Office\b"),
        ("other", rf"\b(?:US|U\.S\.|United States|America|American|Washington|White House|State Department|"
                  r"Pentagon|Justice Department|Department of Justice|Treasury(?: Department)?|FBI|Western|"
                  r"International Atomic Energy Agency|"
                  r"(?:Southeast |South |East |Central )?Asian|African|China|Chinese|"
                  r"Beijing|Japan|Japanese|Tokyo|Russia|Russian|Moscow|Kremlin|"
                  r"UN|U\.N\.|United Nations|EU|European|Britain|British|UK|France|French|Germany|German|"
                  r"Australia|Australian|Canada|Canadian|India|Indian|Vietnam|Vietnamese|NATO|IAEA|Vatican|"
                  r"Poland|Polish|Sweden|Swedish|Switzerland|Swiss|Italy|Italian|Spain|Spanish|Netherlands|Dutch|"
                  r"Norway|Norwegian|Finland|Finnish|Czech|Ukraine|Ukrainian|Belarus|Mongolia|Mongolian|"
                  r"Thailand|Thai|Malaysia|Malaysian|Singapore|Singaporean|Indonesia|Indonesian|Philippines|"
                  r"Filipino|Cambodia|Cambodian|Laos|Lao|Myanmar|Israel|Israeli|Iran|Iranian|Syria|Syrian|"
                  r"Egypt|Egyptian|Cuba|Cuban|Brazil|Brazilian|Mexico|Mexican|New Zealand|Hong Kong|Taiwan|"
                  r"Taiwanese|Uzbek|Uzbekistan|Kazakh|Kazakhstan|Qatar|Qatari|Saudi|"
                  r"WFP|World Food Programme|World Food Program|WHO|World Health Organization|UNICEF|Unicef|"
                  r"UNHCR|OHCHR|Human Rights Watch|Amnesty International|"
                  r"Yonhap|Xinhua|Kyodo|Reuters|AFP|AP|BBC|CNN)" + _POSS + r"(?![\w-])"),
    )
)

#: A country named as the *target* of a job ("envoy to North Korea", "talks with Seoul") is no affiliation;
#: nor is one at the end of a topic ("the special rapporteur on human rights in North Korea", "the minister
#: for the abductions by North Korea"): a few lower-case words may stand between the preposition and the place.
_TOPIC = r"(?:\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}(?:in|of|by|from|with|against|toward|towards))?"
_TARGET_BEFORE = re.compile(
    r"(?:\b(?i:to|on|toward|towards|about|against|over|with|into|visiting|covering)|"
    # what a person studies, watches or has visited is no employer: "who tracks North Korean hacking"
    r"\b(?:visit(?:s|ed)?|met|meets|meeting|tracks?|tracked|tracking|monitors?|monitored|studies|studied|studying|"
    r"researches|researched|covers|covered|watches|watched|(?:returning|returned|returns|back|arriving|arrived) from)|"
    r"\b(?i:on|about|toward|towards|against|over)" + _TOPIC + r"|"
    r"\b(?i:envoy|representative|ambassador|negotiator|coordinator|policy|sanctions|minister|rapporteur|"
    r"investigator|adviser|advisor|expert|specialist|commission|committee) for" + _TOPIC + r"|"
    # a campaign named for the North is no part of it: "the group Free Voices for the North"
    r"\b(?:Voices|Alliance|Network|Citizens|Coalition|Campaign|Fund|Foundation|Database) for)\s+(?:the\s+)?$"
)


#: All affiliation words in one pattern, a named group per side: one pass over a phrase finds the first.
_ANY_AFFILIATION = re.compile("|".join(f"(?P<{side}>{pattern.pattern})" for side, pattern in AFFILIATIONS))


@lru_cache(maxsize=8192)  # asked again of the same phrases and names by several rules, and across articles
def affiliation_side(phrase: str) -> tuple[str, str] | None:
    """The side of the first affiliation word in ``phrase`` that names an employer, with the word; or None."""
    phrase = normalise(phrase)
    for match in _ANY_AFFILIATION.finditer(phrase):
        if not _TARGET_BEFORE.search(phrase[: match.start()]):
            return match.lastgroup, match.group()
    return None


#: A diplomat posted at an international body: "a North Korean diplomat at the United Nations".
_POSTED_AT = re.compile(r"\b(?:diplomats?|envoys?|ambassadors?|representatives?|delegates?|delegation|mission)\s+"
                        r"(?:at|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: A posting right after an international body: "North Korea's U.N. ambassador", "Seoul's UN mission".
_POSTED_TO = re.compile(r"\s+(?:ambassador|envoy|mission|representative|delegation|delegate)s?\b", re.IGNORECASE)


def last_affiliation(text: str) -> tuple[int, str, str] | None:
    """The last country or capital named in ``text`` as ``(position, side, words)``, or None: what "it"
    may stand for in "North Korea test-fired what it called …"."""
    found = None
    for match in _ANY_AFFILIATION.finditer(normalise(text)):
        found = (match.start(), match.lastgroup, match.group())
    return found


#: An occupation the article gives a person, which no official of the table has: "Kang Min-seok, a professor at
#: Dongguk University" is a namesake of the former Blue House spokesman.
_NAMESAKE_ROLE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:professor|analyst|researcher|scholar|lecturer|"
                            r"expert|student|journalist|economist|lawyer|activist|fellow|pastor|doctor)s?\b|"
                            r"\bwho (?:runs|owns|operates|manages) ", re.IGNORECASE)


def decide_side(speaker: str, phrase: str, table: SpeakerTable | None = None) -> tuple[str, str]:
    """``(side, reason)`` for a speaker named ``speaker`` in the attribution ``phrase`` (see module docstring)."""
    table = table if table is not None else load_speakers()
    entry = table.lookup(speaker)
    if entry is not None:
        role = _NAMESAKE_ROLE.search(phrase) if entry.kind == "person" else None
        if role and entry.side in ("seoul", "pyongyang") and not OFFICE_WORDS.search(phrase):
            # "Kang Min-seok, a professor at Dongguk University": the article describes a namesake
            return "other", f"non-government role: {role.group()} (not the {entry.name} of the table)"
        politician = _PARTY_OFFICE.search(phrase) if entry.kind == "person" and entry.side == "seoul" else None
        if politician and not _STATE_PARTY.search(phrase):
            # "Democratic Party leader Lee Jae-myung": a story from before he took the office the table gives
            return "other", f"party politician: {politician.group()} (not the office of the table)"
        return entry.side, f"table: {entry.name}"
    if _may_name_both_sides(phrase) and BOTH_SIDES.search(phrase):
        return "unknown", "both sides"
    role = NON_GOVERNMENT.search(phrase)
    if role and _MINISTRY_OWNS.search(phrase, 0, role.end()) and _STUDY_ROLE.fullmatch(role.group()):
        role = None  # "a foreign ministry researcher", "the defence ministry's Institute for Military History"
    if role and _PAST_ROLE.match(role.group()) and _holds_office_now(speaker, phrase):
        # "Prime Minister Choi Hyun-woo, a former finance minister": the past office is not the present one
        phrase = _PAST_ROLE.sub("", phrase)
        role = NON_GOVERNMENT.search(phrase)
    if role and not (_STATE_BODY_WORD.fullmatch(role.group()) and _NORTHS_OWN_BODY.search(phrase)) \
            and not any(entry.side == "pyongyang" and entry.kind == "organisation" and role.start() >= end
                        and not phrase[end:role.start()].strip()
                        for _, end, entry in table.find_in(phrase)):
        # (but "a Korean Central Television commentator" works for the North's state media, which is the state)
        return "other", f"non-government role: {role.group()}"
    if ("arty" in phrase or "loor leader" in phrase) and PARTY_ROLE.search(phrase) and not _STATE_PARTY.search(phrase) \
            and (affiliation_side(phrase) or ("",))[0] != "pyongyang":
        return "other", "party politician"
    body = NON_GOVERNMENT_BODIES.search(phrase)
    if body and (affiliation_side(phrase) or ("",))[0] != "pyongyang":
        return "other", f"non-government body: {body.group()}"
    for start, end, entry in table.find_in(phrase):
        if _TARGET_BEFORE.search(normalise(phrase[:start])):
            continue  # "South Korea's ambassador to the U.N.": the UN is where she works, not for whom
        if entry.kind == "organisation" and entry.side == "other" and (
                _POSTED_TO.match(phrase, end) or _POSTED_AT.search(normalise(phrase[:start]))):
            # "North Korea's U.N. ambassador": the UN is where the ambassador is posted, the country employs him
            country = affiliation_side(phrase[:start])
            if country and country[0] in ("seoul", "pyongyang"):
                return country[0], f"affiliation: {country[1]}"
        if entry.name[:1].islower():
            # a generic row ("presidential office") yields to a country named with it: "the Russian
            # presidential office" is the Kremlin
            affiliation = affiliation_side(phrase[:start])
            if affiliation and affiliation[0] != entry.side:
                return affiliation[0], f"affiliation: {affiliation[1]}"
        foreign = foreign_owner(phrase[:start]) if entry.kind == "organisation" else None
        if foreign is not None and entry.side in ("seoul", "pyongyang"):
            return "other", f"affiliation: {foreign}"  # "Japan's National Police Agency" is Japan's
        return entry.side, f"table in phrase: {entry.name}"
    affiliation = affiliation_side(phrase)
    if affiliation:
        return affiliation[0], f"affiliation: {affiliation[1]}"
    return "unknown", "no name or affiliation word"


#: A country's possessive right before a name: "Japan's ", "Japan’s ".
_OWNER_AT_END = re.compile(r"['\u2019]s\s*$")


def foreign_owner(before: str) -> str | None:
    """The words naming a country of neither Korea that owns what follows ``before`` ("Japan's" before
    "National Police Agency"), or None."""
    if not _OWNER_AT_END.search(before):
        return None
    affiliation = last_affiliation(before)
    return affiliation[2] if affiliation is not None and affiliation[1] == "other" \
        and not before[affiliation[0] + len(affiliation[2]):].strip(" '\u2019s") else None


def private_person(phrase: str) -> bool:
    """Does an attribution name a person with no office and no country ("Lee Keum-seom, 92")?"""
    return not OFFICE_WORDS.search(phrase) and affiliation_side(phrase) is None


# --------------------------------------------------------------------------- how a name is written

#: Korean family names as romanised in news copy (South and North spellings).
KOREAN_SURNAMES = frozenset("""
Kim Lee Yi Rhee Ri Rhi Park Pak Bak Choi Choe Jung Jeong Chung Chong Kang Cho Jo Yoon Yun Jang Chang Lim Im Rim
Han Oh O Seo Suh So Shin Sin Kwon Gwon Hwang Ahn An Song Jeon Jun Chun Chon Jon Hong Yoo Yu Ryu Ko Go Moon Mun
Yang Ryang Son Sohn Bae Pae Baek Paek Paik Heo Hur Huh Nam Noh Roh No Ha Kwak Gwak Sung Seong Cha Joo Ju Woo Koo
Ku Min Jin Chin Ji Chi Na Eom Um Won Chae Cheon Bang Pang Pyo Phyo Byun Byeon Pyon Yeo Choo Chu Do To Gil Kil Ki
Maeng Myung Seok Sok Sun Tak Yeom Yum Hyun Hyon Kye Tae Ok Kong Gong Hahn Yim Lyu Ra La Rho Ro Kook Guk Ryom Jong
""".split())
#: Family names as only the North romanises them (the South writes Lee, Park, Choi, Lim, Yeom, Gye, Yang, Jeong).
NORTH_ONLY_SURNAMES = frozenset("Ri Rim Pak Choe Ryom Kye Ryang Jong".split())
_SOUTH_STYLE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_NORTH_STYLE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+")


def name_style(name: str) -> str:
    """How a personal name is written: ``south``, ``north``, ``foreign`` or ``""`` (cannot tell).

    News copy romanises a South Korean name with a hyphenated given name ("Jang Min-ho") and a North
    Korean one in three separate syllables ("Ri Chol Su"); a two-word name whose first word is no Korean
    family name ("Hiroshi Kanemura", "Julia Hartman") is foreign.  Only a tie-breaker: the side of an
    official whose article names no country (see :func:`side_from_name_style`).

    >>> name_style("Jang Min-ho"), name_style("Ri Chol Su"), name_style("Hiroshi Kanemura")
    ('south', 'north', 'foreign')
    """
    text = normalise(name).strip()
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    if words[0] not in KOREAN_SURNAMES:
        return "foreign" if len(words) <= 3 and "-" not in words[-1] else ""
    if words[0] in NORTH_ONLY_SURNAMES:
        return "north"  # "Ri Kwang-sok": Ri, Pak, Choe are how the North romanises Lee, Park, Choi
    if _SOUTH_STYLE.fullmatch(text):
        return "south"
    if _NORTH_STYLE.fullmatch(text) and all(len(w) <= 5 for w in words[1:]):
        return "north"
    return ""


def side_from_name_style(name: str, descriptors: str) -> str:
    """The side a named person's name gives when nothing in the article places them (``unknown`` if none).

    A foreign name is ``other`` whatever the title (no Korean government employs a Hiroshi Kanemura); a
    Korean name with a title of office ("National security adviser Jang Min-ho") is the side its
    spelling points to.  A Korean name without an office stays undecided: a private person.
    """
    style = name_style(name)
    if style == "foreign":
        return "other"
    if style and OFFICE_WORDS.search(descriptors or ""):
        return {"south": "seoul", "north": "pyongyang"}[style]
    return "unknown"
