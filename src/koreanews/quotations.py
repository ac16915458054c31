"""Stage 4 — quotations: what is quoted or reported, who said it, and for which side.

Every record is a :class:`Quotation`: the words (``text``, without quote
marks), where they are (``paragraph`` from 1, ``start``/``end`` in that
paragraph's original text), who said them (``speaker`` as named in the
article), the ``side`` (see :mod:`koreanews.speakers`), the ``cue`` ("said",
"added", "according to", "said in a statement"), the ``kind`` and the ``rule``
that fired.

Kinds
    ``direct``    a whole quoted sentence or more: “Now, the whole Korean nation …”
    ``partial``   quoted words inside the reporter's sentence: agreed to “restore mutual confidence …”
    ``indirect``  reported speech without quote marks: He added that the two Koreas …
    ``mention``   quoted words that are not speech (a watermark reading “KCNA”, scare
                  quotes, titles); never given a speaker or a side.

How it works, paragraph by paragraph on :func:`koreanews.cleaning.normalise`'d
text (same length as the original, so every span indexes the original):

1. **Marks** (:func:`find_marks`): double marks (curly or straight) and single
   marks; an apostrophe (a ' between letters, or after an s at a word's end)
   is never a quote mark.  Each mark is opening, closing or either, by the
   characters around it.
2. **Pairs** (:func:`pair_marks`): double marks pair first; single marks pair
   only outside double quotations (British style).  A paragraph that opens a
   quotation and never closes it continues into the next paragraph when that
   one opens with a mark (:func:`link_paragraphs`, the multi-paragraph rule);
   otherwise the marks are unbalanced, the broken quotation is skipped and one
   :class:`QuotationWarning` is issued for the article.
3. **Frame** (:func:`frame_text`): the quoted words are masked, so the rules
   below only read the reporter's words.  Sentences are split on the frame.
4. **Cues** (:func:`find_cues`): speech verbs ("said", "told reporters",
   "according to", "quoted … as saying") with the speaker phrase before or
   after them, found by :func:`speaker_before` / :func:`speaker_after`.
5. **Attribution rules**, tried in order for each quotation — see
   :data:`RULES` for their ids and what each means.
6. **Speakers**: pronouns ("he", "she", "it", "they") go to the most recent
   fitting speaker or sentence subject, "the agency"/"the ministry" to the most
   recent one named so, "Mr Kim" to the most recent full name with that part;
   the side comes from :func:`koreanews.speakers.decide_side`.  A named person's side is stable through
   the article: :class:`PersonProfiles` collects every title and appositive the article gives them (also
   through "Mr Cho"), and the spelling of the name breaks a tie
   (:func:`koreanews.speakers.side_from_name_style`); "her son" speaks for the name it was just given.

>>> from koreanews.loading import parse_article
>>> art = parse_article("1 May 2020\\n\\nTalks\\n\\n“We are ready,” Park said. He added that talks would resume.\\n")
>>> [(q.kind, q.speaker, q.text) for q in extract_quotations(art)]
[('direct', 'Park', 'We are ready'), ('indirect', 'Park', 'talks would resume')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import warnings
from dataclasses import dataclass, field, fields, replace
from typing import Iterable, Sequence

import pandas as pd

from koreanews.cleaning import normalise
from koreanews.loading import Article
from koreanews.speakers import (
    KOREAN_SURNAMES, OFFICE_WORDS, PLACE_NAMED_AFTER, SpeakerEntry, SpeakerTable, affiliation_side, decide_side,
    foreign_owner, last_affiliation, load_speakers, name_key, name_style, private_person, side_from_name_style,
)

KINDS = ("direct", "partial", "indirect", "mention")
FRAME_COLUMNS = ["paragraph", "start", "end", "kind", "side", "speaker", "cue", "rule", "text"]

#: Every rule id a record can carry, with what it matched.  A suffix says how the speaker was resolved:
#: ``+pronoun`` (he/she/it/they), ``+anaphor`` ("the agency"), ``+short-name`` ("Mr Kim"), ``+named-later``
#: (a description the article later gives a name: "the country's foreign minister" … "Minister Takeshi Iwamura"),
#: ``+named-before`` ("her son" after "her son, Ri Sang Chol"), ``+relative`` ("Kim Jong Un's sister": the table's).
RULES = {
    "speaker-said-colon-quote": "X said: “…” (also X said in a statement: / told reporters:)",
    "speaker-said-colon-next-paragraph": "a paragraph ending \"X said in a statement:\", "
                                         "the quotation opening the next",
    "speaker-said-comma-quote": "X said, “…”",
    "speaker-said-quote": "X said “…” with no punctuation between",
    "quote-then-speaker-said": "“…,” X said",
    "quote-then-said-speaker": "“…,” said X",
    "quote-according-to": "“…”, according to X",
    "quoted-as-saying": "X quoted Y as saying “…” / Y was quoted as saying: the speaker is Y",
    "speaker-cue-in-sentence": "a quotation inside a sentence whose speech verb is elsewhere: "
                               "X said it was “…”, X called them “…”, agreed to “…”, X said",
    "multi-paragraph-continuation": "a later paragraph of a quotation that runs over paragraphs",
    "continuation-after-attribution": "“…,” X said. “…” — a following quotation with no cue of its own",
    "continuation-from-previous-paragraph": "a paragraph opening with a quotation and no cue, after one that had a speaker",
    "speaker-cue-ending-previous-paragraph": "a paragraph opening with a quotation and no cue, after one that ended "
                                             "on a speech verb with a speaker (\"He recalled the day …\")",
    "unattributed-quote": "a quoted sentence with no speaker anywhere near it",
    "mention-marker": "quoted words after so-called, reads, titled, dubbed, the word …",
    "mention-no-cue": "short quoted words inside a sentence with no speech verb (scare quotes, titles)",
    "mention-nested": "quoted words inside another quotation: the speaker's own scare quotes or a title",
    "clause-then-speaker-said": "indirect: …, X said.",
    "clause-then-said-speaker": "indirect: …, said X.",
    "speaker-said-clause": "indirect: X said (that) …",
    "participle-clause": "indirect: …, adding that … / saying …",
    "according-to": "indirect: According to X, … / …, according to X.",
}


class QuotationWarning(UserWarning):
    """Quote marks that do not pair up: the sound quotations are still extracted, the broken ones skipped."""


@dataclass(frozen=True)
class Quotation:
    """One quotation or piece of reported speech (see the module docstring for the fields)."""

    text: str
    paragraph: int
    start: int
    end: int
    speaker: str
    side: str
    cue: str
    kind: str
    rule: str

    def as_dict(self) -> dict:
        """The record as a JSON-ready dict (the fields are plain values: no deep copy needed)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def quotations_frame(quotes: Iterable[Quotation]) -> pd.DataFrame:
    """One row per quotation, columns ``paragraph, start, end, kind, side, speaker, cue, rule, text``."""
    rows = [{column: getattr(q, column) for column in FRAME_COLUMNS} for q in quotes]
    frame = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    for column in ("paragraph", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame


# =========================================================================== word lists

#: Speech verbs that introduce or follow a quotation or a reported clause.
SAY_VERBS = (
    "said says say added adds told tells stated states noted notes warned warns stressed stresses "
    "insisted insists argued argues claimed claims declared declares announced announces explained explains "
    "wrote writes asked asks replied replies responded responds remarked commented observed suggested suggests "
    "predicted cautioned continued concluded recalled acknowledged acknowledges admitted asserted asserts "
    "contended complained reported reports confirmed confirms emphasised emphasized emphasises emphasizes "
    "reiterated alleged maintained maintains quipped posted posts tweeted spoke speaks "
    "shouted shouts yelled screamed exclaimed boasted joked pleaded whispered countered counters retorted rebutted"
).split() + ["went on", "goes on",  # "It went on: “…”" continues a statement under the same speaker
             # footage: "‘…,’ the North Korean leader is heard saying"
             "is heard saying", "was heard saying", "can be heard saying", "could be heard saying"]
#: Verbs that attribute quoted words only when a quotation follows in the same sentence (X called them “…”).
FRAMING_VERBS = (
    "called calls described describes branded brands labelled labeled dubbed termed slammed blasted "
    "denounced denounces condemned condemns criticised criticized accused accuses hailed praised welcomed "
    "urged urges vowed vows pledged pledges promised demanded demands threatened threatens lamented "
    "mocked ridiculed derided dismissed rejected characterised characterized ordered instructed expressed "
    "defended defends declined refused blamed blames thanked lambasted berated castigated chided rebuked "
    # "state media regularly describe defectors as “…”", "refers to defectors as “…”"
    "describe brand label denounce condemn accuse refers referred"
).split()
#: Participles that continue the speech of the sentence's speaker: "…, adding that …".
SPEECH_PARTICIPLES = ("adding saying noting warning stressing insisting arguing claiming explaining declaring "
                      "admitting acknowledging telling assuring").split()
#: Participles that attribute quoted words only: "a commentary calling the programme “a provocation”".
FRAMING_PARTICIPLES = ("calling describing branding labelling labeling dubbing terming accusing urging denouncing "
                       "condemning criticising criticizing hailing praising slamming dismissing rejecting "
                       "blasting mocking ridiculing vowing pledging promising threatening demanding").split()
PARTICIPLES = SPEECH_PARTICIPLES + FRAMING_PARTICIPLES
#: Verbs after which a reported clause may follow without "that" ("He said the talks …").
BARE_CLAUSE_VERBS = set("said says say added adds wrote writes argued argues claimed claims insisted insists "
                        "stressed noted warned warns predicted suggested asserted maintained saying adding "
                        "noting warning stressing insisting arguing claiming".split()) | {"quoted as saying"}
#: Verbs that may come before their speaker: "…,” said Park.
INVERTIBLE = set("said says added adds asked replied responded continued wrote writes explained noted warned "
                 "insisted argued stated declared announced recalled quipped remarked reported concluded "
                 "observed posted tweeted shouted exclaimed boasted joked".split())
_ALL_VERBS = sorted(set(SAY_VERBS) | set(FRAMING_VERBS) | set(PARTICIPLES), key=len, reverse=True)


def _words_by_initial(words: Sequence[str]) -> str:
    """An alternation of ``words``, grouped by first letter, that matches a word only where no word character
    or hyphen comes before it.  Each group opens with its letter and looks back past it: a pattern that opens
    with letters is scanned for them in C, one that opens with a lookaround is tried at every position.  (The
    words of a group keep their order, and words of two groups never match at one place: the same one matches.)"""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(rf"{re.escape(initial)}(?<![\w-].)(?:{'|'.join(rests)})" for initial, rests in groups.items())


_CUE_WORDS = _ALL_VERBS + ["according to", "According to", "in the words of", "In the words of"]
_VERB_RE = re.compile(rf"(?:{_words_by_initial(_CUE_WORDS)})(?![\w-])")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*(?:" + "|".join(SPEECH_PARTICIPLES) + r")\b")

#: Words after which a clause (and so a speaker) can start mid-sentence.
SUBORDINATORS = set("after before when while since because although though if but and or so until once where "
                    "whereas as unless even also then than that while".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "group"}
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  #: "quoted him as saying"

DETERMINERS = set("the a an some many several most other two three four five six both all its his her their "
                  "one another this these those".split())
PREPOSITIONS = set("of for at in from to by with on".split())
#: Capitalised words that open sentences but are never part of a speaker's name.
_CONJUNCTIONS = {"But", "And", "Yet", "So", "Still"}
_CONJUNCTION_OPENER = re.compile(r"\s*(?:" + "|".join(sorted(_CONJUNCTIONS)) + r")\s+(?=[A-Za-z])")
INTRO_WORDS = set(
    "But And Yet So Still Meanwhile However Also Instead Now Then Later Earlier Late Early Separately Moreover Indeed "
    "Last On In At After Before When While As Since Though Although If Because During Today Yesterday Tonight "
    "This That These Those There Asked Speaking Speaking Writing Elsewhere Previously Recently Nonetheless "
    "Nevertheless Still Further Furthermore Additionally Besides Regardless Despite Amid Following Under "
    "With Without Over Through Unlike Like Accordingly Thus Hence Therefore Otherwise Rather Initially "
    "Finally Eventually Meanwhile Back Even Only According Citing Quoting Speaking Hours Days Weeks Months "
    "Minutes Moments Reached Contacted Interviewed Approached Pressed Questioned".split()
)
#: Lower-case words allowed inside a speaker phrase: roles, organisations and their modifiers.
DESCRIPTORS = set("""
official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople minister ministers
ministry ministries office agency media outlet newspaper paper broadcaster television tv radio news press
service services analyst expert professor researcher scholar fellow academic observer watcher monitor
monitoring group activist defector resident citizen civilian lawmaker legislator diplomat envoy ambassador
negotiator representative delegate delegation source sources leader leadership government administration
authorities authority regime president presidential premier secretary department council commission
committee party chairman chairwoman chair director head chief deputy vice senior top high-ranking former
current acting state state-run state-controlled foreign defence defense unification national security
intelligence military army navy forces command commander general officer adviser advisor aide aides staff
statement report commentary editorial article dispatch advisory memo directive organisation organization institute university
think tank think-tank centre center foundation association union embassy mission people person public nation
country countries side sides governments police prosecutors court judge assembly parliament opposition
ruling conservative liberal progressive junior unnamed anonymous unidentified local provincial city
municipal regional international global independent private sister brother wife husband daughter son
father mother relatives family families member members board bureau division section unit team panel
body organ mouthpiece propaganda website site channel worker workers farmer soldier student teacher directorate
club clubs
inspectorate regulator regulators operator operators
businessman executive company firm bank economist strategist consultant author writer journalist reporter
correspondent editor commentator columnist blogger scientist engineer lecturer specialist veteran
survivor insider north south korean koreans american chinese japanese russian western inter-korean
nuclear policy affairs relations studies peace human rights watchdog nonprofit non-profit campaigner
critic user users top-level highest-ranking supreme presidium cabinet special permanent principal assistant
associate visiting adjunct honorary then new outgoing incoming interim caretaker lead trade finance economic
prime information strategic arms disarmament humanitarian aid relief energy justice interior health
education culture industry commerce transport agriculture maritime labour labor welfare science technology
communications central liaison border coast guard spy reunification planning research analysis
coach player athlete footballer referee miner rapporteur coordinator commissioner investigator superintendent
sergeant lieutenant colonel constable
lawyer attorney main largest minor major narrator presenter announcer anchor captain skipper goalkeeper
striker midfielder manager trader merchant vendor shopkeeper smuggler broker villager fisherman driver guide
counterpart
tourist witness prosecutor detective inspector presiding sitting serving uncle aunt cousin nephew niece grandmother
grandfather
grandson granddaughter parent parents friend neighbour neighbor colleague widow owner founder co-founder organiser
organizer curator visitor visitors participant participants artist singer actor actress producer waitress
waitresses waiter waiters cook chef employee employees staffer staffers defender defenders winger older younger
elder eldest youngest floor whip obituary readout
notice announcement communique bulletin letter message indictment verdict judgment judgement survey surveys poll
polls study studies op-ed op-eds column columns edition editions
woman women girl boy teenager passer-by customer diner housewife mourner spectator onlooker viewer
contractor contractors foreman supervisor labourer laborer builder mechanic communication headquarters
doctor doctors medic medics paramedic paramedics nurse nurses physician physicians surgeon surgeons
forward forwards skater skaters swimmer swimmers runner runners boxer boxers wrestler wrestlers gymnast
gymnasts weightlifter weightlifters cyclist cyclists skier skiers marathoner marathoners theatregoer
theatregoers moviegoer moviegoers concertgoer concertgoers
terrorism financial man men pair couple crew candidate candidates nominee nominees contender contenders
""".split())
#: Descriptors that can end a speaker phrase (its head): roles and bodies, not modifiers like "senior".
_MODIFIERS = set("""presidential former current acting state state-run state-controlled foreign defence defense
unification national security intelligence senior top high-ranking junior unnamed anonymous unidentified local
provincial city municipal regional international global independent private ruling conservative liberal
progressive north south korean american chinese japanese russian western inter-korean nuclear human deputy
vice think public supreme special permanent principal assistant associate visiting adjunct honorary then
new outgoing incoming interim caretaker lead trade finance economic prime information strategic arms
disarmament humanitarian aid relief energy justice interior health education culture industry commerce
transport agriculture maritime labour labor welfare science technology communications central liaison border
coast spy reunification planning research analysis main largest minor major older younger elder eldest
youngest floor presiding sitting serving""".split())
_HEAD_NOUNS = DESCRIPTORS - _MODIFIERS - PREPOSITIONS
_PERSON_HEADS = set("""official spokesman spokeswoman spokesperson minister analyst expert professor researcher
scholar fellow academic observer watcher activist defector resident citizen civilian lawmaker legislator
diplomat envoy ambassador negotiator representative delegate leader president premier secretary chairman
chairwoman chair director head chief commander general officer adviser advisor aide sister brother wife
husband daughter son father mother member worker farmer soldier student teacher businessman executive
economist strategist consultant author writer journalist reporter correspondent editor commentator columnist
blogger scientist engineer lecturer specialist veteran survivor insider source critic campaigner
coach player athlete footballer referee miner rapporteur coordinator commissioner investigator lawyer
attorney doctor medic paramedic nurse physician surgeon narrator presenter announcer anchor captain skipper
skater swimmer runner boxer wrestler gymnast weightlifter cyclist skier marathoner theatregoer moviegoer
concertgoer
goalkeeper striker midfielder manager trader merchant
vendor shopkeeper smuggler broker villager fisherman driver guide tourist witness prosecutor detective
inspector uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter parent friend neighbour
neighbor colleague widow owner founder co-founder organiser organizer curator visitor participant artist singer
actor actress producer waitress waiter cook chef employee staffer defender forward winger judge magistrate
contractor foreman supervisor labourer laborer builder mechanic
woman girl boy teenager passer-by customer diner housewife mourner spectator onlooker viewer candidate nominee
contender""".split())
#: Papers of a court or a prosecution, and the words of the bodies that issue them.
_COURT_DOCUMENTS = frozenset("indictment ruling verdict judgment judgement".split())
_COURT_WORDS = frozenset("court judge justice prosecutor prosecution attorney".split())
_DOCUMENT_HEADS = set("statement report commentary editorial article dispatch letter message obituary readout "
                      "notice announcement communique bulletin indictment ruling verdict judgment judgement decision "
                      "complaint filing survey poll study op-ed column edition advisory memo directive".split())
#: Title words stripped from before a name: "Foreign Minister Chung Eui-yong" → "Chung Eui-yong".
TITLE_WORDS = set("""President Vice Prime Minister Secretary General Gen Gen. Spokesman Spokeswoman Spokesperson
Director Chairman Chairwoman Chair Ambassador Envoy Representative Special Leader Supreme Marshal Premier
Chancellor Senator Sen. Rep. Governor Mayor Professor Prof Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Lt Lt.
Col Col. Adm Adm. Commander Chief Deputy First Foreign Defence Defense Unification State Comrade Councillor
Commissioner Justice Judge Lawmaker Rep Sen Ambassador-at-large Senior Executive Acting Former Adviser Advisor
Principal National Security Assistant Under Rear Admiral Brigadier Major Colonel Lieutenant Captain
Sergeant Father Rev Rev. Reverend Pastor Bishop Cardinal Secretary-General Under-Secretary-General
Superintendent Inspector Detective Prosecutor Presiding Sgt Sgt. Capt Capt. Maj Maj. Cpl Cpl. Pvt Pvt.
Brig Brig. Gov Gov. Cmdr Cmdr.""".split())
_TITLE_HEADS = TITLE_WORDS - set("Vice Prime Special Supreme Deputy First Foreign Defence Defense Unification "
                                 "State Senior Executive Acting Former Chief Principal National Security "
                                 "Assistant Rear Brigadier Lieutenant".split())
#: Portfolios in a minister's title, some joined by commas: "Minister of Culture, Sports and Tourism".
PORTFOLIO_WORDS = set("""Information Culture Sports Tourism Trade Industry Energy Justice Finance Economy Health Welfare
Education
Environment Employment Labor Labour Gender Equality Family Interior Safety Oceans Fisheries Agriculture Food Rural
Affairs Land Infrastructure Transport Science ICT Veterans Patriots Startups SMEs Strategy Personnel Legislation
Unification Defense Defence Foreign National Security Home""".split())
#: A portfolio title with commas, just before a name: "Vice Minister of Culture, " (then "Sports and Tourism Choi").
_PORTFOLIO_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w'.-]* )*(?:Minister|Ministry|Secretary) (?:of|for) "
                                     r"(?:[A-Z][\w-]*, )+$")
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
#: Words in a capitalised name that make it an organisation, not a person.
ORG_WORDS = set("""Agency Ministry Office House Department Institute University Service Party Committee Commission
Council Army Command Forces News Times Post Daily Sinmun Television TV Radio Network Press Group Center
Centre Foundation Association Union Nations Korea Koreas States Government Embassy Bank Court Assembly Staff
Mission Navy Guard Corps Force Bureau Administration Kremlin Pentagon Cabinet Presidium Secretariat Media
Broadcasting Company Corporation Fund Organisation Organization Initiative Alliance League Federation Society
Watch Project Programme Program Authority Directorate Academy Tribunal Hospital Museum Panel Studies Endowment
Forum Channel Station Agency's KCNA KCTV Xinhua Yonhap Reuters Cross Crescent Church Club
""".split())
_ABBREVIATIONS = set("mr mrs ms dr prof gen lt col maj brig cpl pvt sgt capt adm cmdr rep sen gov rev st jr sr no vs "
                     "amb jan feb aug sept oct nov dec inc ltd co corp".split())

_WEEKDAYS = set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July "
                "August September October November December".split())
_HYPHEN_ENDINGS = set("based run controlled owned level ranking backed affiliated funded".split())
#: Place names: "for North Korea Sung Kim" names Sung Kim, not a place.
_PLACE_WORDS = set("Korea Koreas Seoul Pyongyang Washington Beijing Tokyo Moscow China Japan Russia America "
                   "Geneva States Nations Europe Asia Pacific Peninsula DPRK ROK US UN Province County Island "
                   "District Prefecture York London Paris Berlin Rome Canberra Ottawa Vienna Brussels Delhi Hanoi "
                   "Bangkok Manila Jakarta Ulaanbaatar Vladivostok Shenyang Dandong Havana Tehran".split())
#: Capitalised words that continue a name across "of"/"for": "Ministry of Unification", "Minister of Foreign Affairs".
_NAME_PARTS = set("Reunification Unification Affairs Defence Defense Relations Studies Security Peace".split())
#: Nouns whose "of …" names someone else: "the sister of leader Kim Jong Un" is not Kim Jong Un.
_RELATIONAL = set("sister brother wife husband daughter son father mother aunt uncle spokesman spokeswoman "
                  "spokesperson aide adviser advisor lawyer friend ally assistant member mouthpiece organ "
                  "newspaper wing arm".split())
#: Lower-case words that may follow a table organisation and name the same body: "the KCNA news agency".
_ORG_NOUNS = set("news agency newspaper paper daily media outlet broadcaster television tv radio website "
                 "service office ministry".split())
#: First words that cannot open a reported clause ("said on …", "said was …").
_NOT_CLAUSE_START = PREPOSITIONS | set("was were is are be been being had has have would will could should might "
                                       "may must did do does so nothing little much yes no sorry thanks goodbye "
                                       "hello about against into after before as than very too "
                                       "otherwise".split())

#: Words right before a quotation that make it a mention (not speech): "so-called", "reads:", "titled".
#: (Every alternative starts with a letter: the lookahead passes over the other positions at once.)
_MENTION_BEFORE = re.compile(
    r"(?=[a-z])(?:\bso-called|"
    r"\b(?:(?:titled|entitled|headlined|named|nicknamed|code-?named|known as)(?:\s+the)?|dubbed|"
    # "the group, known in the security industry as “Andariel”"
    r"known (?:[\w-]+ ){1,5}as|"
    r"referred to (?:[\w-]+ ){0,3}as(?: the| an?)?|under the name|(?:under )?the code ?name|"
    r"(?:once |long )?(?:promoted|billed|touted|marketed) as(?: an?| the)?|"
    r"reads?|reading|marked|labell?ed|stamped|inscribed|emblazoned with|printed with|bearing|"
    r"the (?:words?|terms?|phrases?|expressions?|slogans?|headlines?|hashtags?|letters|labels?|nicknames?|"
    r"handles?|usernames?|user names?|screen names?|aliase?s?|pseudonyms?|pen names?)|"
    # a name a whole group uses, in the present: "a practice South Korean soldiers call “clearing the field”"
    r"(?<!\bthe )(?<!\ba )(?:\b[A-Z][a-z]+ )?(?:soldiers|troops|residents|locals|villagers|people|traders|"
    r"defectors|users|fans|North Koreans|South Koreans|Koreans|insiders) (?:call|refer to as|know as)|"
    # a policy launched under a name: "since launching a “new rural revolution” in 2021"
    r"launch(?:ed|es|ing) (?:a|an|the|its|his|her)|"
    r"the (?:[\w-]+ ){1,3}(?:expressions?|terms?)|"  # "the North Korean expression “bongsa”"
    r"(?:(?:code |nick)?names?|songs?|films?|movies?|books?|novels?|dramas?|shows?|series|albums?|hits?|"
    r"campaigns?|programm?es?|projects?|initiatives?|slogans?|operations?|exercises?|(?:code )?words?|terms?|"
    r"slang|expressions?|phrases?)"
    r" (?:such as|like|including)|"
    # a translation: "called itself “Hanul”, meaning “sky”"
    r"meaning|which means|literally|translated as|"
    # "under the theme “Longing Across the Line”", "a group that called itself “Spring of Unification”"
    r"(?:under )?the (?:theme|motto|banner|title)|themed|call(?:s|ed|ing)? (?:itself|themselves)|"
    # "dismissed media reports of a “purge”": the term of reports nobody in the sentence is quoted from.
    r"\b(?:reports?|rumou?rs?|talk|accounts?) of (?:an?|the)))\s*[:,]?\s*$",
    re.IGNORECASE,
)
#: The last words of _MENTION_BEFORE's alternatives: before a quote mark whose text ends (colon, comma and spaces
#: aside) on another word the pattern cannot match, and need not be tried at every letter of its window.
_MENTION_BEFORE_LAST_WORDS = frozenset(
    "called titled entitled headlined named nicknamed codenamed the dubbed as name codename a an its his her "
    "reads read reading marked labelled labeled stamped inscribed with bearing word words term terms phrase phrases "
    "expression expressions slogan slogans headline headlines hashtag hashtags letters label labels nickname "
    "nicknames handle handles username usernames names alias aliase aliass aliases pseudonym pseudonyms call like "
    "including meaning means literally theme motto banner title themed itself themselves".split())


def _last_word(text: str) -> str:
    """The letters ``text`` ends with, spaces aside ("" after a digit or a comma): a pattern anchored at the end
    of the text and ending on a word can match only if this is that word."""
    text = text.rstrip()
    k = len(text)
    while k and text[k - 1].isalpha():
        k -= 1
    return text[k:]


def _may_end_on(last: str, words: frozenset) -> bool:
    """Can a pattern whose alternatives end on ``words`` (lower case) match before a text ending on ``last``?
    (Letters beyond ASCII may match ASCII ones ignoring case: the pattern must be tried.)"""
    return not last.isascii() or last.lower() in words


def _mention_before(frame: str, start: int, end: int) -> re.Match | None:
    """:data:`_MENTION_BEFORE` in ``frame[start:end]``, the pattern run only when the text's last word can end
    one of its alternatives."""
    text = frame[start:end].rstrip()
    if text.endswith((":", ",")):
        text = text[:-1]
    return _MENTION_BEFORE.search(frame, start, end) if _may_end_on(_last_word(text), _MENTION_BEFORE_LAST_WORDS) \
        else None


#: A verb that gives a name, right before the quoted words (with an object or "the" between).  With
#: capitalised words after it, the quotation is a name: "Critics dubbed it the “Kim Yo Jong law”", "which the
#: military calls ‘Voice of Freedom’"; "dubbed the drills “a rehearsal for invasion”" stays speech.
#: An appositive saying what a quoted name stands for: "the “pink phone,” a direct line at Panmunjom".
_DEFINED_AFTER = re.compile(r"(?:\s*,)?\s+(?:which\s+(?:offers|aims|seeks|promises|proposes|provides)\b|"
                            r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:line|channel|term|word|nickname|name|"
                            r"system|device|unit|group|programme|program|project|facility|site|zone|area|route|"
                            r"network|scheme|policy|phrase|expression|euphemism|slogan|reference|plan|"
                            r"proposal|initiative|doctrine|strategy|campaign|drive)\b)")
_NAMING_VERB_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknam(?:es?|ed|ing)|nam(?:ed|ing)|labell?(?:ed|ing)|"
    r"brand(?:s|ed|ing)|term(?:ed|ing)|known as|tracks? as|tracked as|refers? to as|referred to as|"
    r"identif(?:y|ies|ied) as)\s+(?:(?:it|them|him|her|this|that|these|those|the [a-z-]+)\s+)?(?:the\s+)?$"
    # "nicknamed Hollister's weekly club “The Saturday Circle”": these verbs only ever give names
    r"|\b(?:nicknam(?:es?|ed|ing)|dub(?:s|bed|bing)|christen(?:s|ed|ing)?)\s+[^,;:.\"\x1a]{1,60}?\s*$",
    re.IGNORECASE,
)
_HYPHENATED_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)+")
#: A purpose that frames words: "used his foreword to urge Pyongyang to “…”", "took the opportunity to praise
#: “…”".
_FRAMING_BASE_VERBS = (r"urge|praise|criticize|criticise|condemn|denounce|call for|call on|describe|warn|demand|hail|"
                       r"welcome|slam|blast|accuse|reject|dismiss|vow|pledge|promise|stress|insist|reiterate")
_USED_TO_FRAME = re.compile(r"\b(?:used|uses|took|takes|seized|seizes)\s+(?:[\w'\u2019-]+\s+){1,8}?to\s+(?:"
                            + _FRAMING_BASE_VERBS + r")\b")
_TO_FRAME = re.compile(r"\bto\s+(?P<verb>" + _FRAMING_BASE_VERBS + r")\b")
_FRAMED_GAP = re.compile(r"(?:\s+[\w'\u2019-]+){0,8}?\s*")
_THE_BEFORE = re.compile(r"\b[Tt]he\s*$")
_THE = frozenset({"the"})
#: The name a relative clause gives its antecedent: "balloons, which local media have dubbed “…”".
_RELATIVE_NAMER = re.compile(r"\b(?:which|that)\s+(?:[\w-]+\s+){1,3}(?:have\s+|has\s+|had\s+)?$")
#: A short object between a framing verb and its quoted words: "described Kim's health as having".
_FRAMED_OBJECT = re.compile(r"(?:\s+[\w'\u2019-]+){1,9}?\s+(?:as|as being|as having|a|an|the|of|to|"
                            r"for (?:their|its|his|her|the))\s*"  # "criticized the officials for their “…”"
                            # "called it “…”", "called the launch “…”": what is named, then the name
                            r"|\s+(?:it|them|him|her|this|that|these|those)\s*"
                            # "ordered the military to maintain “…”": what the speaker told others to do
                            r"|(?:\s+[\w'\u2019-]+){0,5}?\s+to\s+[a-z]+\s*"
                            r"|\s+(?:the|this|that|these|its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*")
_PLACE_NOUNS = frozenset("province region city area country capital county town village border".split())
_AGE = re.compile(r"\d{1,3}-year-old")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: A passive naming verb: "the girl has been called the “morning star general”" — a name, not anyone's speech.
_PASSIVE_NAMING = re.compile(r"\b(?:been|is|are|was|were|be|being)\s+(?:also\s+|widely\s+|often\s+|commonly\s+)?"
                             r"(?:(?:called|dubbed|nicknamed|named|labell?ed|branded|known as)|"
                             # "defectors, who are often portrayed online as “freeloaders”"
                             r"(?:portrayed|depicted|described|painted|caricatured|stereotyped)(?:\s+\w+)?\s+as)"
                             r"\s+(?:the\s+|an?\s+)?$")
_PASSIVE_NAMING_LAST_WORDS = frozenset("called dubbed nicknamed named labeled labelled branded as the a an".split())
_GIVES_A_NAME_THE = re.compile(r"^(?:dub|brand|term|nicknam|nam|labell?)\w*\s+(?:[\w-]+\s+){0,4}the\s*$", re.IGNORECASE)
#: A kind of thing right after quoted words in Title Case: they name it ("“Freedom Shield” exercises").
_KIND_NOUN_AFTER = re.compile(
    r"\s*(?:exercises?|drills?|operations?|campaigns?|programmes?|programs?|systems?|missiles?|rockets?|"
    r"satellites?|plans?|initiatives?|laws?|act|policy|doctrine|projects?|agreements?|declarations?|"
    r"strateg(?:y|ies)|units?|rules?|vision|agenda|concept|formula|doctrines?)\b"
)
#: An owner or "the" right before a quote mark: "the government's", "its", "the", "whose".
_OWNER_OR_THE_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|whose)|['\u2019]s)\s*$", re.IGNORECASE)
_OWNER_OR_THE_LAST_WORDS = frozenset("the its their his her whose s".split())


_APPOSITIVE_NOUN_AFTER = re.compile(r"\s*,?\s*(?:the|a|an)\s+\w")
_NUMBERED_CAMPAIGN = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|ten|hundred)-(?:day|month|year|point)\b",
                                re.IGNORECASE)
_NAME_SMALL_WORDS = frozenset("of the and for in on a an to at".split())


#: One capitalised word quoted inside a sentence is a name: “Chongjin”, “Kimilsungia” (not “Styrofoam-like”).
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")  # "Chongjin", "TraderTraitor"


def _proper_name(quoted: str) -> bool:
    """Are the quoted words a proper name: two to six words, every one capitalised but the small words of a
    title ("Sea of Japan"), no sentence punctuation inside?"""
    words = quoted.strip(" ,.;:").split()
    if not 2 <= len(words) <= 6 or any(c in quoted.strip(" ,.;:!?") for c in ".!?;:"):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words)


def _title_case(words: Sequence[str]) -> bool:
    """Are quoted words a name in Title Case ("Peace Bridge Initiative", "Ocean Dawn 7"), not a phrase of speech?

    Every word longer than three letters is capitalised, and there are at least two of them (one capital
    alone may just open a sentence), at most six words in all.
    """
    long_words = [w for w in words if len(w.strip(",.;:!?")) > 3]
    if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words):
        return True  # "Hero Kim Kun Ok": a name of short syllables
    return 2 <= len(long_words) and len(words) <= 6 and all(w[:1].isupper() for w in long_words)


#: A legal status conferred on a place: "declared the area a “special economic zone”" names a designation.
_DESIGNATION_BEFORE = re.compile(
    r"\b(?:declared|designated|proclaimed|declares|designates|proclaims|made|turned) (?:the|it|this|that|its|"
    r"their)\b[\w' -]{0,40}? (?:an?|into an?|as an?)\s*$",
    re.IGNORECASE,
)
_DESIGNATION_LAST_WORDS = frozenset({"a", "an"})
_DESIGNATION_NOUN = re.compile(r"\b(?:zones?|areas?|regions?|districts?|sites?|cit(?:y|ies)|parks?|territor(?:y|ies)|"
                               r"status)$", re.IGNORECASE)
#: A kind of title right before quoted words in Title Case: "the film “Parasite”", "Operation “Freedom Shield”".
_TITLE_NOUN_BEFORE = re.compile(
    r"(?=[a-z])\b(?:film|movie|book|novel|song|album|documentary|show|series|drama|programme|program|operation|"
    r"exercises?|drills?|campaign|slogan|motto|play|poem|opera|column|magazine|app|game|brand|editorial|"
    r"commentary|article|newspaper|policy|doctrine|plan|project|initiative|memoir|autobiography|"
    r"singing|sang|sing|sings|performing|performed|chanting|chanted|sitcom|soap opera|cartoon|anthem|hymn|poster|"
    r"painting|musical|ballet)\s*[:,]?\s*$",
    re.IGNORECASE,
)
#: Adverbials between a speaker and a verb ("Park on Tuesday said", "KCNA later said").
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
#: Where speech is made: "in a statement", "at a news conference" (the noun ends the phrase).
_VENUES = (r"(?:statement|briefing|interview|commentary|editorial|speech|address|letter|report|dispatch|"
           r"message|post|tweet|conference|meeting|release|session|hearing|broadcast|article|essay|op-ed|"
           r"column|announcement|remarks|forum|rally|summit|talks|declaration|communiqu[eé]|notice|document|"
           r"transcript|video|podcast|programme|program|event|gathering|ceremony|parade|visit|call)")
_LEFT_ADVERBIAL = re.compile(
    r"(?:\s+(?:also|later|earlier|previously|repeatedly|then|once|again|further|separately|quickly|"
    r"recently|reportedly|publicly|privately|subsequently|has|have|had|would|will|could|may|might|"
    r"always|often|never|already|simply|flatly|firmly|bluntly|angrily|proudly|today|yesterday|"
    r"regularly|routinely|frequently|usually|sometimes|typically|here|since|ever since|at the time|instead|still|"
    r"himself|herself|itself|themselves|"  # "Kim Jong Un has himself called"
    r"last (?:week|month|year|night)|this (?:week|month|year|morning)|in the past|(?:on )?" + _DAY + r"|"
    # "Bounthong Sisavath in his speech said"
    r"in (?:his|her|their|its|a|the) (?:speech|statement|address|remarks|letter|message|reply)|"
    # any manner adverb: "Kim sharply criticized", "the agency bitterly denounced"
    r"(?!(?:family|ally|rally|assembly|supply|anomaly|monopoly|homily|daily|weekly|monthly|bully)\b)[a-z]{3,}ly))+\s*$"
)
#: The last words of _LEFT_ADVERBIAL's adverbials, besides any "-ly" word: text before a verb that ends on
#: another word holds no adverbial there, and the pattern (tried after every space of the window) need not run.
_LEFT_ADVERBIAL_LAST_WORDS = frozenset(
    "also later earlier previously repeatedly then once again further separately quickly recently reportedly "
    "publicly privately subsequently has have had would will could may might always often never already simply "
    "flatly firmly bluntly angrily proudly today yesterday regularly routinely frequently usually sometimes "
    "typically here since time himself herself itself themselves week month year night morning past instead still "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday afternoon evening "
    "speech statement address remarks letter message reply".split())


def _left_adverbial(text: str) -> re.Match | None:
    """:data:`_LEFT_ADVERBIAL` in ``text``, the pattern run only when the last word can end an adverbial."""
    last = text.rsplit(None, 1)[-1:]
    if not last or not (last[0] in _LEFT_ADVERBIAL_LAST_WORDS or last[0].endswith("ly")):
        return None
    return _LEFT_ADVERBIAL.search(text)


#: What may follow a verb and belong to the cue: "said in a televised briefing", "told reporters".
_CUE_PP = re.compile(
    r"\s+(?:(?:in|during|at|via|through) (?:an? |the |his |her |its |their )?(?:[\w-]+ ){0,3}?" + _VENUES + r")\b"
)
_TOLD_OBJECT = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|legislators|parliament|students|the media|the press|a crowd|"
    r"her|him|them|us|me|"
    r"(?:an? |the )?(?:[\w-]+ ){0,3}?(?:conference|briefing|forum|meeting|audience|gathering|hearing|session|"
    r"committee|rally|panel|newspaper|broadcaster|radio|television)(?: [A-Z][\w'-]+){0,3}|"
    r"(?:The |the )?(?:[A-Z][\w'-]+)(?: (?:of |for |the )?[A-Z][\w'-]+){0,4})(?![\w-])"
)
#: Adverbials after a verb, before a reported clause or a colon ("said on Tuesday that").
_RIGHT_ADVERBIAL = re.compile(
    r"(?:\s*,?\s+(?:(?:on )?" + _DAY + r"|last (?:week|month|year|night)|earlier(?: this \w+)?|later|"
    r"separately|also|again|repeatedly|today|yesterday|in (?:a |an |the |his |her |its )?[\w' -]{0,40}?"
    + _VENUES + r"(?: (?:carried|issued|published|released|aired) by (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?|"
    r"(?:at|during|after|before) (?:a |an |the )[\w' -]{0,40}?(?:" + _VENUES + r"|show|concert|match|game|"
    r"performance|trial|verdict|ruling)|to reporters|to journalists))+"
)
#: First words after "…, X said" that show no reported clause follows (the clause was before the comma).
_NOT_A_CLAUSE = re.compile(
    r"\s*(?:$|,|(?:in|at|on|during|after|before|while|as|via|through|according|when|amid|without|ahead|"
    r"following|earlier|later|late|early|last|this|today|yesterday|tonight|with|from|to|for|by|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)

_MARK_RE = re.compile(r"[\"']")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|what|as|than)\s*$")
#: How far back (in characters) the rules look before a verb or a mark: keeps every step local.
_WINDOW = 80
#: Common Korean surnames that stand alone too ("Ko" and "Go" are English words at a sentence start; see below).
_COMMON_SURNAMES = ("Kim|Lee|Park|Choi|Choe|Jung|Kang|Cho|Yoon|Moon|Ri|Pak|Ahn|Han|Song|Hwang|Jang|Chang|Yang|Hong|"
                    "Jeon|Suh|Shin|Kwon|Oh|Yoo|Lim|Nam|Chung|Jo")
#: Personal names in running text: Korean-style "Lee Keum-seom", "Kim Jong Un", or an honorific and a name.
#: (A lookahead ``(?=[A-Z])`` in front of a pattern whose every match starts with a capital is a quick pre-check:
#: most positions of a text are not one, and are passed over before the alternatives are tried.)
#: A number written out, which looks like a given name: "Twenty-two people".
_TENS_WORDS = r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-"
_TENS = re.compile(_TENS_WORDS)
_PERSON_NAME = re.compile(
    rf"(?=[A-Z])(?<![\w-])(?:[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+|(?:{_COMMON_SURNAMES}|Ko|Go) [A-Z][a-z]+ "
    r"[A-Z][a-z]+|(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|"
    # a Korean given name alone, as a subject: "Ji-yeon was 19 when she first crossed …" (a name withheld)
    r"(?!" + _TENS_WORDS + ")"
    r"[A-Z][a-z]+-[a-z]+(?=\s+(?:was|is|said|says|told|tells|had|has|fled|crossed|arrived|recalled|who)\b))(?![\w-])"
)
#: A common Korean surname standing alone (no given name after it): "reported that Kim, accompanied by …".
_LONE_SURNAME = re.compile(rf"(?<![\w'-])(?:{_COMMON_SURNAMES})(?![\w'-]|\s+[A-Z])")
#: A wire dateline opening the first paragraph: "SEOUL, Oct. 12 (Yonhap) -- ", "Seoul (AFP) – ".
#: (The lookahead, a quick pre-check: a dateline opens with a city in capitals, or has its agency in brackets after
#: nothing but words, spaces and . , ' -; most sentences fail it at once, before the lazy city is tried.)
_DATELINE = re.compile(r"(?=[A-Z]{3}|[\w\s.,'-]*\()"
                       r"(?:(?P<city>[A-Z][A-Za-z .'-]+?(?:,\s+[A-Z][A-Za-z .'-]+?)?)"
                       r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Za-z .-]+\)"
                       # a city in capitals without an agency: "TOKYO -- Japan lodged …"
                       r"|(?P<capitals>[A-Z]{3,}(?:[ .'-]+[A-Z]{2,})*)(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)"
                       r"\s*(?:--|[-\u2013\u2014])\s*")


def _dateline_at(frame: str, start: int, end: int) -> re.Match | None:
    """:data:`_DATELINE` matched at ``start``; without three capitals there or a bracket later in the span (its
    lookahead's two ways in), not tried at all: the lookahead alone would scan the span for the bracket."""
    if frame.find("(", start, end) < 0 and not frame[start:start + 3].isupper():
        return None
    return _DATELINE.match(frame, start, end)


#: Words of a government description that the rest of the article may not place ("a senior government
#: official"): in a story datelined in Seoul, it is Seoul's government.
_GOVERNMENT_WORDS = frozenset("government ministry official officials authorities military police prosecutors "
                              "director-general spokesman spokeswoman spokesperson presidential navy army president "
                              "minister investigator investigators".split())
_FORCE_WORDS = frozenset("police prosecutors military army navy".split())
#: Words of a public body's name: "a spokesperson for the Korea Coast Guard" speaks for the state.
_PUBLIC_BODY_WORDS = frozenset("government ministry office agency service command guard police prosecution "
                               "prosecutors court army navy force forces administration commission committee "
                               "council bureau institute".split())
#: North Korean state media carrying a statement: its unplaced official speaks for Pyongyang.
_STATE_CARRIER = re.compile(
    r"\b(?:carried|published|issued|released|aired|run|reported|quoted) (?:by|in|on|through|via) (?:the )?"
    r"(?:official |state-run |"
    r"state |North Korea's |North's )?(?:news agency |newspaper )?(?:KCNA|Korean Central News Agency|Rodong Sinmun|"
    r"KCTV|Korean Central Television|state media)\b|\b[Aa]ccording to (?:the )?(?:KCNA|Korean Central News Agency)\b")
_IN_A_DOCUMENT = re.compile(r"\s*In (?:a|an|the|its|his|her|their) (?:[\w-]+ ){0,2}?(statement|report|commentary|"
                            r"editorial|article|dispatch|letter|message|notice)\b")
#: South Korean news media: an unplaced government source they quote is Seoul's.
_SOUTH_KOREAN_MEDIA = re.compile(r"\b(?:Yonhap|KBS|MBC|SBS|JTBC|YTN|Korea Herald|Korea Times|JoongAng|Chosun Ilbo|"
                                 r"Dong-A Ilbo|Hankyoreh|Kyunghyang|News1|Newsis)\b")
#: A designation with a number: “KN-23”, “Hwasong-18”, “Malligyong-1”, “Unit 180” are names, never speech.
_CODE_NAME = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:[- ][A-Z][A-Za-z]*)?[- ]?\d+[A-Za-z]?(?:-\d+)?")
#: A document's issuer before the verb: "A commentary … issued by KCNA on Tuesday says".
_ISSUED_BY_BEFORE = re.compile(r"\b(?:issued|released|published|carried|posted|written|signed|run)\s+by\s+$")
_DOCUMENT_OPENING = re.compile(r"\s*(?:(?:A|An|The|In a|In the)\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:statement|commentary|editorial|article|report|letter|message|notice|dispatch|"
                               r"bulletin)\b", re.IGNORECASE)
#: A document announced at the end of a paragraph, its text in the next: "issued the following press statement:".
_ISSUED_THE_FOLLOWING = re.compile(r"\b(?:issued|released|published|made public|sent)\s+the\s+following\s+"
                                   r"(?:[\w-]+\s+){0,2}?(?:statement|communique|report|message|letter|notice)\b")
#: A relative of a named person: "leader Kim Jong-un's powerful sister".
_KIN_WORDS = ("sister", "brother", "wife", "husband", "daughter", "son")
#: The same, the other way round: "the powerful sister of North Korean leader Kim Jong Un".
_KIN_OF_NAMED = re.compile(rf"\b({'|'.join(_KIN_WORDS)})\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
                           r"((?:[A-Z][\w-]*\s+){1,2}[A-Z][\w-]*)$")
_RELATIVE_OF_NAMED = re.compile(r"((?:[A-Z][\w-]*\s+){1,2}[A-Z][\w-]*)'s\s+(?:[a-z-]+\s+){0,2}"
                                rf"({'|'.join(_KIN_WORDS)})$")
#: An owner right before a description's head: "Moon Jae-in's daughter", "the minister's son".
_OWNER_OF_HEAD = re.compile(r"'s\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
#: A conjunction opening a clause whose subject a later "and" verb shares: "a day after X said … and warned".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|while|as|since|because|although|though)\s+(?:the\s+)?$")
#: A court by its name: "Seoul Central District Court", "Seoul High Court", "Suwon District Court".
_COURT_NAME = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}Court\b")
#: Nouns that describe a body in a news lead: "a Seoul-based group of former soldiers", "a private think tank".
_BODY_DESCRIPTIONS = frozenset("group organisation organization tank institute coalition network association "
                               "alliance union charity ngo foundation body".split())


def _one_body_described(speaker: str) -> bool:
    """Whether a speaker is a description of one body, no name: "Seoul-based group of former soldiers"."""
    head = _unnamed_head(speaker, allowed=("'s", "-based"))
    return head[:1].islower() and _bare(head) in _BODY_DESCRIPTIONS


def _unnamed_head(speaker: str, allowed: tuple[str, ...] = ("'s",)) -> str:
    """The head noun of a description (before any preposition), or "" when a word before it is capitalised and
    names someone ("a KT spokesman" names his company; "South Korea's", or words ending as ``allowed``, do not)."""
    words = normalise(speaker).split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
    if not words or any(w[:1].isupper() and not _descriptor(w) and not w.endswith(allowed) for w in words[:cut]):
        return ""
    return words[cut - 1]


#: Roles of one kind, which a lead and the next paragraph use of one person: "ambassador" and "envoy".
_ROLE_KINDS = (frozenset("ambassador envoy diplomat representative".split()),
               frozenset("expert professor analyst scholar researcher academic specialist fellow lecturer "
                         "economist strategist".split()),
               frozenset("lawmaker legislator representative member".split()),
               frozenset("spokesman spokeswoman spokesperson official".split()),
               frozenset("defector activist campaigner".split()))
#: A relative clause right after a phrase: ", which described …".
_RELATIVE_OPENS = re.compile(r",?\s*(?:which|who)\b")
#: A party named as the ruling one: "the ruling People Power Party", "North Korea's ruling Workers' Party".
_RULING_PARTY = re.compile(r"\bruling\s+((?:[A-Z][\w'\u2019-]*\s+){1,3}Party(?:\s+of\s+Korea)?)")
#: The few words of a predicate between a relative clause's speech verb and the words quoted: "looked like".
_SHORT_PREDICATE = re.compile(r"(?:\s+[a-z][\w'-]*){1,5}\s*")
#: Someone reading out what the next paragraph quotes: "with a female presenter reading a statement".
_READ_OUT_BY = re.compile(r"\bwith\s+(?P<who>(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+"
                          r"(?P<verb>reading|saying|declaring|announcing)\b")
#: Where a sentence ending in a colon says its subject spoke: "in lengthy remarks to the officials:".
_SPOKEN_IN = re.compile(r"\b(?:in|during|with)\s+(?:(?:a|an|his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:remarks|speech|address|statement|message|letter|comments|interview|briefing)\b")
#: The name of an operation or exercise: "Operation Steel Sea", "Exercise Ulchi Freedom".
_NAMED_OPERATION = re.compile(r"(?:Operation|Exercise|Project)(?:\s+[A-Z][\w'-]*){1,4}")
#: A time phrase opening a sentence without a comma before its subject: "On Monday night", "Last week".
_TIME_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Then|Also)\s+)?(?:(?:On|on|Late|late|Early|early|Earlier|earlier|"
                          r"Later|later|Last|last|This|this|That|that)\s+){0,2}"
                          r"(?:on\s+)?"
                          r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|day)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?\s+")
#: A relation to someone named after it: "the sister of the North Korean leader".
_RELATIONAL_OF = re.compile(r"\b(?:" + "|".join(sorted(_RELATIONAL)) + r") of\b")
#: A parenthetical between a subject and its verb: ", for its part,", ", in turn,".
_PARENTHETICAL = re.compile(r"\s*,\s*(?:(?:for (?:its|his|her|their) part|in turn|however|meanwhile|too|though|"
                            r"in response|by contrast|in contrast|for example|for instance)\s*,?|"
                            # ("…, in its evening news bulletin, hailed": a place between commas, both of them)
                            r"(?:in|on|at|during|through)\s+(?:its|his|her|their|a|an|the)\s+[^,;:\"\x1a]{1,40},)\s*$")
#: The words _PARENTHETICAL can end on ("" for its comma): the text before a verb ends otherwise in most sentences.
_PARENTHETICAL_LAST_WORDS = frozenset("part turn however meanwhile too though response contrast example instance".split()
                                      + [""])
#: A relative or participle clause right before a verb: "an official *who monitors the North* said", "a trade
#: official *wearing a lapel badge of the country's founder* said".
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\s+(?:(?:who|that)\s+[a-z][\w'-]*|(?!(?:during|including|according|following)\b)"
                                     r"[a-z]{2,}ing)\s+(?:[\w.'-]+\s+){0,14}?(?:the\s+)?[\w.'-]+\s*$")
#: Past-tense speech verbs (the relative-clause subject rule is refused for present tense, see speaker_before).
_PAST_SPEECH_VERB = re.compile(
    r"(?:" + "|".join(v for v in SAY_VERBS if v.endswith("ed") or v in ("said", "told", "wrote")) + r")\b")
_AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*$")
#: Words that open a clause, never a modifier inside a noun phrase ("a description that some lawmakers say").
_CLAUSE_WORDS = frozenset("that which who whom whose what where when".split())
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_IN_WHICH = re.compile(r"\b(?:in|with|by|through) which\s+$")
_POSSESSIVE_BEFORE = re.compile(r"[\w.]'s?\s+$")
#: A time phrase between a conjunction and a subject: "and last year the newspaper dismissed …".
_TIME_BEFORE_SUBJECT = re.compile(r"(?:\b(?:last|this|next|that|earlier this|later that)\s+(?:week|month|year|"
                                  r"morning|evening|night)|\bon\s+[A-Z][a-z]+day|\bin\s+\d{4}),?\s*$")
_PERSON_NAME_AT_END = re.compile(r"\s(" + _PERSON_NAME.pattern + r"),\s*$")
_MINISTER = re.compile(r"\b([A-Z][a-z]+) [Mm]inist(?:er|ry)\b")  # "Foreign ministry spokeswoman Maria Zakharova"
#: A token of a speaker phrase.  (Every token starts with a non-space, which the first lookahead checks at once; the
#: next ones pass over the lower-case words, most tokens, before the titles and initials are tried.  A word is its
#: letter and digit runs joined by _ & ' / -, matched without backtracking: "Korea's", "tuk-tuk", "AT&T".)
_TOKEN = re.compile(
    r"(?=\S)(?:\x1a+|(?=[A-Z])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Brig|Cpl|Pvt|Sgt|Capt|Adm|Cmdr|Rep|Sen|Gov|St|Jr|Sr|"
    r"Amb|Rev|Inc|Corp|Co|Ltd)\."
    r"|(?=[A-Z]\.)(?:[A-Z]\.){2,}(?:-[a-z]+)?"
    r"|[^\W_]++(?:[_&'/-]++[^\W_]++)*+(?:'s|')?|\S)"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9\x1a])")
#: A named speaker and a speech verb right after a question or exclamation in quotes: "“…?” Kim Yo Jong asked.".
_NAMED_ATTRIBUTION_NEXT = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*|of|to|the|for)(?:\s+(?:[A-Z][\w.'\u2019-]*|of|to|the|"
                                     r"for)){0,9}\s+(?:said|asked|told|added|wrote|replied|shouted|demanded|"
                                     r"exclaimed|wondered|tweeted|posted)\b")
_CAPITAL = re.compile(r"^[A-Z]")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: "… in Seoul" ending a person's description: where they work, not whom they work for.
_WORKPLACE_TAIL = re.compile(r"\s+(?:based )?in\s+(?:Seoul|Pyongyang|Washington|Beijing|Tokyo|Moscow|Geneva|"
                             r"New York|South Korea|North Korea)[.,]?\s*$")
#: A journey in a description: "who arrived in Seoul on Monday", "who flew to Pyongyang" (the place is no employer).
_JOURNEY = re.compile(r"\b(?:arriv(?:ed|ing)|travel(?:l?ed|l?ing)|flew|flying|came|coming|return(?:ed|ing)|landed|"
                      r"visit(?:ed|ing|s)?)(?:\s+(?:back\s+)?(?:in|to|from))?\s+(?:Seoul|Pyongyang|South Korea|"
                      r"North Korea)\b")
MASK = "\x1a"  #: stands for a quoted character in the frame: not a word character, not punctuation
#: Small patterns of the helpers below, compiled once.
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_COMMA_SPACE = re.compile(r",\s+")
_AFTER_SECOND_PHRASE = re.compile(r"\s*(?:$|[,.;:!?\"]|who\b|\x1a)")
_INTRO_PHRASE = re.compile(r"[^,\"\x1a]{0,60},\s*")
#: A participle clause opening a sentence runs longer: "Noting that the factory must not rest content with its
#: success, he …".
_PARTICIPLE_CLAUSE = re.compile(r"[^,\"\x1a]{0,160},\s*")
_SUBJECT_PRONOUN = re.compile(r"(he|she|they|He|She|They)\s+[a-z]")
_AND_NEXT = re.compile(r"\s+and\b")
_VERB_OR_COMMA_NEXT = re.compile(r"\s+[a-z]|\s*,")
#: A name given after a description: "a Chinese trader surnamed Liu", "a woman identified only as Kim".
_NAME_WORD = r"(?:sur|family |first |given )?name"  #: "surname", "family name", "name"
#: The words before a name that is all an article gives of someone: "surnamed", "identified only by his surname".
_NAME_GIVEN = (rf"(?:surnamed|named|"
               rf"identified (?:only )?(?:in (?:the |a |an )?[\w-]+ )?(?:as|by (?:his|her) {_NAME_WORD},?)|"
               rf"who gave only (?:his|her) {_NAME_WORD},?)")
_SURNAMED = re.compile(rf"\s+{_NAME_GIVEN}\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}(?![\w'-])")
#: ", identified only by his surname Jong,", ", who asked to be identified only by his surname Pak,".
_NAME_GIVEN_AS = re.compile(rf"\s*(?:who (?:asked|wished|agreed|wanted) to be )?{_NAME_GIVEN}\s+")
#: The same words before a comma and the name: "who gave only her surname, Choi,".
_NAME_GIVEN_BEFORE = re.compile(rf",?\s*(?:who gave only|identified only by|giving only) (?:his|her) {_NAME_WORD}\s*$")
#: Between two quoted items of one list: "“Jiri Mountain” and “Blue Sea”", "“A”, “B” or “C”".
_LIST_JOIN = re.compile(r"[\"',.\s]*(?:,|\band\b|\bor\b)\s*")
_PHRASE_CLOSED = re.compile(r"\s*(?:$|[,.;:!?\"]|\x1a|who\b|which\b)")
_THAT_NEXT = re.compile(r"\s+that\b")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z]+")
_APPOSITIVE_AFTER = re.compile(r",\s*([^,;:\"\x1a]+)")
#: A body a name belongs to, right after it: "Lt. Gen. Ri Song-chol of the North's Korean People's Army".
_OF_BODY_AFTER_NAME = re.compile(r"\s+(of\s+the\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*"
                                 r"(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'\u2019.-]*)*)")
#: Words that make a named body part of a government: placed by the city a sentence opens with.
_GOVERNMENT_BODY_NAME = re.compile(r"\b(?:Ministry|Ministries|Agency|Office|Service|Command|Department|Commission|"
                                   r"Council|Committee|Administration|Navy|Army|Air Force|Marine Corps|Coast Guard|"
                                   r"(?:District|High|Supreme|Constitutional) Court)\b")
#: A person placed only by a body's kind: "an official at the ministry", "a spokesman for the agency".
_OF_THE_BODY = re.compile(r"\s(?:at|of|for|from|with|in)\s+the\s+(ministry|agency|office|committee|command|department|"
                          r"service|council|commission|administration|government)(?:'s(?:\s+[\w-]+){1,3})?$",
                          re.IGNORECASE)  # ("a senior investigator at the agency's cyber bureau")
#: Cities of neither Korea that place a sentence abroad.
_FOREIGN_CITY = re.compile(r"\b(?:London|Paris|Berlin|Rome|Canberra|Ottawa|Geneva|Vienna|Brussels|New York|New Delhi|"
                           r"Hanoi|Bangkok|Manila|Jakarta|Ulaanbaatar|Vladivostok|Shenyang|Dandong|Havana|Tehran)\b")
_MINISTRY = re.compile(r"\b(?:Ministry|(?:District|High|Supreme|Constitutional) Court|Air Force|Navy|Army|Coast Guard|"
                       r"Marine Corps)\b")
#: A title naming a body only by its kind: "ministry spokesman Yoh Sang-key", "the agency's director".
_BARE_BODY_TITLE = re.compile(r"(?:^|[;,]\s*|\b[Tt]he\s+)(ministry|agency|office|committee|command|department)"
                              r"(?:['\u2019]s)?\s+(?:deputy\s+|chief\s+|senior\s+|vice\s+)?"
                              r"(?:spokes(?:man|woman|person)|officials?|director|chief|head|minister)\b",
                              re.IGNORECASE)
#: A person known by one name only: "identified only by her surname, Kang", "gave his name only as Jin".
_ONLY_BY_NAME = re.compile(r"\b(?:(?:sur|family |first |given )?name(?: only)? as|(?:sur|family |first |given )name|"
                           r"identified (?:only )?as(?: (?:Mr|Mrs|Ms)\.?)?)"
                           r",?\s+([A-Z][a-z]+)(?![\w'-]| [A-Z])")


def _may_give_a_name(frame: str, start: int, end: int) -> bool:
    """Whether :data:`_ONLY_BY_NAME` can match between ``start`` and ``end`` (it is tried only where it can)."""
    return frame.find("name", start, end) >= 0 or frame.find("identified", start, end) >= 0
#: What may follow the source of "according to" at the end of its sentence: "who requested anonymity".
_SOURCE_ASIDE = re.compile(r",?\s+(?:who|whom|whose)\s+[^,;:\"\x1a]{1,60}|,?\s+(?:speaking\s+)?on\s+(?:the\s+)?"
                           r"condition\s+of\s+anonymity")
#: A relative clause after a speaker giving the one name they are known by (see speaker_after).
_ONLY_NAMED_AFTER = re.compile(r",\s*who\s+(?:asked|wished|wanted|agreed|gave|declined)\b[^.;:\"\x1a]{0,60}?"
                               + _ONLY_BY_NAME.pattern)
#: The one name a speaker gave, right before the verb, perhaps with an aside after it (see speaker_before).
#: An aside ending a clause with the one name the article gives: ", a 71-year-old who gave only his surname, Lim.".
_NAME_GIVEN_LAST = re.compile(r",\s+[^,;:\"\x1a]{1,60}?\b(?:sur|family |first |given )?name,?\s+([A-Z][a-z]+)"
                              r"(?=\s*(?:$|[.,;:!?\"]|\x1a))")
#: The same after a description: "said one protester, a 71-year-old who gave only his surname, Lim.".
_DESCRIBED_THEN_NAME_GIVEN = re.compile(r"\s+(?:(?:one|a|an|the)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
                                        + _NAME_GIVEN_LAST.pattern)
_ONLY_NAME_BEFORE_VERB = re.compile(_ONLY_BY_NAME.pattern + r",(?:\s+[^,;:\"\x1a]{1,60},)?\s*$")
#: A capitalised word alone before a comma: a surname with an appositive ("Thae, now a lawmaker, said").
#: (The capital comes first and the character before it is looked at after it: a pattern that opens with a
#: character class is scanned for it at C speed, one that opens with a lookaround is tried at every position.)
_SURNAME_THEN_COMMA = re.compile(r"([A-Z](?<![\w'\u2019-].)[a-z]+)(?=,\s)")
_NAME_THEN_END = re.compile(r"\s*(?:[,.;]|$|said\b|told\b)")
_CAPITAL_OWNER = re.compile(r"\b([A-Z][\w-]*)'s?\b")
_SMALL_GAP = re.compile(r"\s*[,;-]?\s*")
_COLON_BEFORE_QUOTE = re.compile(r"[^.;:!?\"\x1a]{0,100}:\s*")
_SENTENCE_REST_EMPTY = re.compile(r"\s*[.!?]?\s*")
_COMMA_THAT = re.compile(r"(\s*,)?\s*(that\b)?\s*")
_PARTICIPLE_INTRO = re.compile(r"([A-Z][a-z]+ing)\s+[a-z]")
_ING_NAMES = {"beijing", "king", "ming", "sejong", "pyongchang"}  #: capitalised "-ing" words that are names
_ACRONYM_AFTER_NAME = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*$")
#: A document and who issued it: "a statement carried by", "a commentary from".
_ISSUED_BY = (r"(?:(?:carried|issued|released|published|aired|run|conducted|compiled|distributed|circulated)"
              r"(?:\s+(?:this|last|on|earlier)(?:\s+[A-Za-z]+){1,2})?\s+)?(?:by|from)\s+")
_DOCUMENT_BY = re.compile(r"\b(?:statement|commentary|editorial|dispatch|report|article|letter|message|survey|study|"
                          r"document|op-ed|edition)s?(?:\s+" + _ISSUED_BY
                          # (an aside names who wrote it, not who carried it: "the document, published by the
                          # defence ministry, states"; but "X, in a statement carried by KCNA, warned" is X's)
                          + r"|,\s+(?:published|issued|released|compiled|written)\s+by\s+)")
_DOCUMENT_BY_BEFORE_VERB = re.compile(
    _DOCUMENT_BY.pattern + r"(?P<author>[^,;:\"\x1a()]{1,80}?)(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
    # "A report by the UN Secretary-General released ahead of the session described"
    r"(?:\s+(?:released|published|issued|presented|submitted|obtained|seen)\s+[^,;:\"\x1a]{1,40}?)?"
    # "The 2022 edition of the biennial document, published by the defence ministry on Thursday, states"
    r"(?:\s+(?:on|last|this|earlier)\s+[A-Z]?[a-z]+(?:\s+[a-z]+)?)?"
    r"(?:\s+(?:that|which))?,?\s*$"
)
_COMMA_ONLY = re.compile(r"\s*,\s*")
#: Verbs of a news outlet relaying what someone else said.
_REPORTING_VERBS = {"reported", "reports"}
#: An acronym the text defines: "The Korea Football Association (KFA)"; the kind of body may be in lower case
#: ("the opposition Democratic party (DP)").
_ACRONYM_DEFINITION = re.compile(r"(?=[A-Z])\b([A-Z][\w'-]*(?:(?: (?:of |for |the |and )*[A-Z][\w'-]*)+(?: (?:"
                                 r"party|alliance|coalition|association|union|federation|front))?"
                                 r"| (?:party|alliance|coalition|association|union|federation|front)))"
                                 r" \(([A-Z]{2,9})\)")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,9}\b")
_CARRIED_BY = re.compile(r"\s+" + _ISSUED_BY)


# =========================================================================== 1-2: marks and pairs


@dataclass(frozen=True)
class Mark:
    """A quote mark: position in the paragraph, double or single, and its role by context."""

    pos: int
    double: bool
    role: str  #: "open", "close" or "either"
    weak: bool = False  #: a close after "s" that may be a plural possessive (the Koreas’ leaders)


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def find_marks(original: str, norm: str | None = None) -> list[Mark]:
    """Quote marks of one paragraph, apostrophes left out.

    >>> [(m.pos, m.role) for m in find_marks("North Korea’s ‘big stride’, said Kim")]
    [(14, 'open'), (25, 'close')]
    """
    norm = normalise(original) if norm is None else norm
    marks = []
    for match in _MARK_RE.finditer(norm):
        i = match.start()
        left = norm[i - 1] if i else ""
        right = norm[i + 1] if i + 1 < len(norm) else ""
        if norm[i] == '"':
            marks.append(Mark(i, True, _double_role(left, right, original[i])))
        else:
            mark = _single_mark(i, left, right, original[i])
            if mark is not None:
                marks.append(mark)
    return marks


_OPEN_AFTER = set("([{-/:;\"'")
_CLOSE_BEFORE = set(".,;:!?)]}-/\"'")


def _double_role(left: str, right: str, glyph: str) -> str:
    """Opening after a space (or bracket, dash, colon) and before a word; closing the other way round."""
    open_context = (_is_space(left) or left in _OPEN_AFTER) and not _is_space(right)
    close_context = (_is_space(right) or right in _CLOSE_BEFORE) and not _is_space(left)
    if open_context and not close_context:
        return "open"
    if close_context and not open_context:
        return "close"
    return {"\u201c": "open", "\u201e": "open", "\u201d": "close"}.get(glyph, "either")


def _single_mark(i: int, left: str, right: str, glyph: str) -> Mark | None:
    """A single quote mark, or None for an apostrophe.

    Apostrophes: between letters or digits (Korea’s, don’t), before digits
    (’90s, but ‘2+2’ opens), and ’ at the start of a word (’em).  A mark after an "s" at the end
    of a word may close a quotation or be a plural possessive (the Koreas’
    leaders); it is kept as a *weak* close that pairing uses only when nothing
    better closes the quotation.
    """
    if (left.isalnum() and right.isalnum()) or (not left.isalnum() and right.isdigit() and glyph != "\u2018"):
        return None  # (a left mark before a digit opens a quotation: the ‘2+2’ talks)
    open_context = (_is_space(left) or left in _OPEN_AFTER) and (right.isalnum() or right == '"')
    close_context = not _is_space(left) and (_is_space(right) or right in _CLOSE_BEFORE)
    if open_context:
        return None if glyph == "\u2019" else Mark(i, False, "open")
    if close_context:
        return Mark(i, False, "close", weak=left in "sS")
    return None


@dataclass(frozen=True)
class Pairing:
    """Quoted spans of one paragraph: pairs of mark positions, a quotation left open, and broken marks."""

    pairs: tuple[tuple[int, int, bool], ...]  #: (opening mark, closing mark, double)
    dangling: Mark | None  #: an opening mark never closed in this paragraph
    broken: tuple[int, ...]  #: positions of double marks that do not pair
    broken_single: tuple[int, ...]  #: the same for single marks (only reported in single-quote articles)
    opens_with: Mark | None  #: the paragraph's first character is this opening mark


def pair_marks(marks: Sequence[Mark], text: str) -> Pairing:
    """Pair double marks, then single marks outside double quotations."""
    doubles = [m for m in marks if m.double]
    pairs, broken, state = [], [], None
    for mark in doubles:
        if state is None:
            if mark.role == "close":
                broken.append(mark.pos)
            else:
                state = mark
        elif mark.role == "open":
            broken.append(state.pos)
            state = mark
        else:
            pairs.append((state.pos, mark.pos, True))
            state = None
    dangling = state
    limit = dangling.pos if dangling else len(text)
    singles = [m for m in marks if not m.double and m.pos < limit and not _inside(m.pos, pairs)]
    broken_single, single_state = [], None
    for k, mark in enumerate(singles):
        if single_state is None:
            if mark.role == "open":
                single_state = mark
            elif not mark.weak:
                broken_single.append(mark.pos)
        elif mark.role == "open":
            broken_single.append(single_state.pos)
            single_state = mark
        elif mark.weak and _strong_close_ahead(singles[k + 1:]):
            continue
        else:
            pairs.append((single_state.pos, mark.pos, False))
            single_state = None
    if dangling is None and single_state is not None:
        dangling = single_state
    elif single_state is not None:
        broken_single.append(single_state.pos)
    stripped = len(text) - len(text.lstrip())
    first = next((m for m in marks if m.pos == stripped and m.role in ("open", "either")), None)
    return Pairing(tuple(sorted(pairs)), dangling, tuple(broken), tuple(broken_single), first)


def _inside(pos: int, pairs: Sequence[tuple[int, int, bool]]) -> bool:
    """Is ``pos`` between the marks of one of the (sorted, non-overlapping) pairs?"""
    k = bisect.bisect_left(pairs, (pos,)) - 1
    return k >= 0 and pairs[k][0] < pos < pairs[k][1]


def _strong_close_ahead(rest: Sequence[Mark]) -> bool:
    """Is there a non-weak closing single mark before the next opening one?"""
    for mark in rest:
        if mark.role == "open":
            return False
        if not mark.weak:
            return True
    return False


@dataclass
class Segment:
    """One paragraph's part of a quotation; a multi-paragraph quotation is a chain of segments."""

    paragraph: int  #: index from 0 in the list of paragraphs
    mark: int  #: position of the opening mark
    close: int | None  #: position of the closing mark; None when the quotation runs on to the next paragraph
    start: int
    end: int
    chain: int
    continued: bool = False  #: this segment continues a quotation from the paragraph before


def link_paragraphs(texts: Sequence[str], pairings: Sequence[Pairing]) -> tuple[list[Segment], list[int], bool]:
    """Turn each paragraph's pairs into segments, chaining quotations that run over paragraphs.

    Returns the segments, the paragraph numbers (from 1) with unbalanced marks,
    and whether the article uses single marks as its quote marks.
    """
    segments: list[Segment] = []
    unbalanced: list[int] = []
    uses_single = any(not double for p in pairings for _, _, double in p.pairs)
    chain = 0
    carry: int | None = None  # chain id flowing in from the previous paragraph
    for index, (text, pairing) in enumerate(zip(texts, pairings)):
        incoming, carry = carry, None
        spans = [(a, b) for a, b, _ in pairing.pairs]
        dangling = pairing.dangling
        nxt = pairings[index + 1] if index + 1 < len(pairings) else None
        continues = (dangling is not None and nxt is not None and nxt.opens_with is not None
                     and nxt.opens_with.double == dangling.double)
        items = [(a, b) for a, b in spans]
        if continues:
            items.append((dangling.pos, None))
        elif dangling is not None and (dangling.double or uses_single):
            unbalanced.append(index + 1)
        if pairing.broken or (uses_single and pairing.broken_single):
            if index + 1 not in unbalanced:
                unbalanced.append(index + 1)
        for a, b in sorted(items, key=lambda item: item[0]):
            start, end = _content_span(text, a, b)
            is_continuation = incoming is not None and a == (pairing.opens_with.pos if pairing.opens_with else -1)
            if is_continuation:
                chain_id = incoming
            else:
                chain += 1
                chain_id = chain
            if b is None:
                carry = chain_id
            if end > start:
                segments.append(Segment(index, a, b, start, end, chain_id, is_continuation))
    return segments, sorted(unbalanced), uses_single


def _content_span(text: str, mark: int, close: int | None) -> tuple[int, int]:
    """The quoted words between the marks: spaces trimmed, and a comma that stands for a full stop dropped."""
    start, end = mark + 1, len(text) if close is None else close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


# =========================================================================== 3: the frame


def frame_text(norm: str, segments: Iterable[Segment]) -> str:
    """The paragraph with quoted words masked (marks become ", a final .!?, is kept for sentence splitting)."""
    chars = list(norm)
    for seg in segments:
        end = len(norm) if seg.close is None else seg.close
        chars[seg.mark] = '"'
        if seg.close is not None:
            chars[seg.close] = '"'
        last = end - 1
        while last > seg.mark and norm[last].isspace():
            last -= 1
        for k in range(seg.mark + 1, end):
            if not (k == last and norm[k] in ".!?,;:") and not norm[k].isspace():
                chars[k] = MASK
    return "".join(chars)


def sentence_spans(frame: str) -> list[tuple[int, int]]:
    """Sentences of a frame: split after . ! ? (and a closing mark) before a capital; not after Mr. or U.S."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(frame):
        if frame[match.start()] == ".":
            window = frame[max(0, match.start() - 40):match.start()].split()
            word = window[-1] if window else ""
            bare = word.lstrip("\"'(").lower()
            if bare in _ABBREVIATIONS or _INITIALS.fullmatch(bare):
                continue
        elif '"' in match.group() and _NAMED_ATTRIBUTION_NEXT.match(frame, match.end()):
            continue  # "“…?” U.S. Ambassador Linda Thomas-Greenfield asked the council.": one sentence
        spans.append((start, match.end()))
        start = match.end()
        while start < len(frame) and frame[start].isspace():
            start += 1
    if start < len(frame) and frame[start:].strip():
        spans.append((start, len(frame.rstrip())))
    return spans


# =========================================================================== 4: speaker phrases


def _tokens(frame: str, start: int, end: int, limit: int | None = None) -> list[re.Match]:
    """The tokens of ``frame[start:end]``; only the first ``limit`` for a caller that reads no further."""
    return list(itertools.islice(_TOKEN.finditer(frame, start, end), limit))


@functools.lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    """Lower case without a possessive ending ("Korea's" → "korea")."""
    low = word.lower()
    for ending in ("'s", "'"):
        if low.endswith(ending) and len(low) > len(ending):
            return low[: -len(ending)]
    return low


@functools.lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith(("sses", "ches", "shes", "xes")) and len(word) > 5:
        return word[:-2]  # "waitresses", "witnesses", "coaches"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=8192)
def _descriptor(word: str) -> bool:
    low = _bare(word)
    return low in DESCRIPTORS or _singular(low) in DESCRIPTORS


#: Lower-case particles inside personal names: "Marten de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset("de van von der den da di del du bin al le".split())


@functools.lru_cache(maxsize=8192)
def _phrase_word_ok(word: str) -> bool:
    """Can this token be part of a speaker phrase?  Names, roles, organisations and their modifiers."""
    if word == "&" or word in _NAME_PARTICLES:
        return True  # ("de Vries told NK News")
    if not word[0].isalnum():
        return False
    if word[0].isupper():
        return True
    low = _bare(word)
    if low in DETERMINERS or low in PREPOSITIONS or low == "and" or _descriptor(word):
        return True
    if word.endswith("'s") and low.isalpha():
        return True  # an owner: "the ship's captain", "the group's leader"
    if _ORDINAL.fullmatch(word) or _AGE.fullmatch(word):
        return True  # "the U.S. Navy's 7th Fleet", "the 31-year-old"
    if "-" in low:
        parts = word.split("-")
        return any(p[:1].isupper() for p in parts) or _descriptor(parts[-1]) or parts[-1] in _HYPHEN_ENDINGS
    return False


def _is_head(word: str) -> bool:
    """Can a speaker phrase end with this word?  A name, a pronoun, or a role or body ("official", "ministry")."""
    if word.lower() in PRONOUNS:
        return True
    if word[0].isupper():
        return word not in INTRO_WORDS and _bare(word) not in DETERMINERS and word not in _WEEKDAYS
    low = _singular(_bare(word))
    return low in _HEAD_NOUNS or ("-" in low and _singular(low.split("-")[-1]) in _HEAD_NOUNS) \
        or _AGE.fullmatch(low) is not None


def _title_opening(tokens: list[re.Match]) -> bool:
    """Does an opening word start a title ("Under Secretary Marian Holloway"), not an adverbial?"""
    return len(tokens) > 1 and tokens[0].group() == "Under" and tokens[1].group() in ("Secretary", "Secretary-General")


def _trim(tokens: list[re.Match]) -> list[re.Match]:
    """A run of phrase words trimmed to a noun phrase: no sentence openers or prepositions in front,
    a determiner inside starts it ("On Tuesday the ministry" → "the ministry"), and it ends on a head."""
    while tokens and ((tokens[0].group() in INTRO_WORDS and not _title_opening(tokens))
                      or tokens[0].group() in _WEEKDAYS
                      or _bare(tokens[0].group()) in PREPOSITIONS or tokens[0].group().lower() in ("and", "&")):
        tokens = tokens[1:]
    for k in range(len(tokens) - 1, 0, -1):
        before = _bare(tokens[k - 1].group())
        if tokens[k].group().lower() in ("the", "a", "an", "their", "his", "her", "its") \
                and before not in PREPOSITIONS | {"and", "&"}:
            tokens = tokens[k:]
            break
    while tokens and not _is_head(tokens[-1].group()):
        tokens = tokens[:-1]
    return tokens


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase in a frame, and an appositive that describes it (", a professor at …,"), if any."""

    start: int
    end: int
    appositive: tuple[int, int] | None = None

    @property
    def outer(self) -> tuple[int, int]:
        """The whole span, appositive included."""
        if self.appositive is None:
            return self.start, self.end
        return min(self.start, self.appositive[0]), max(self.end, self.appositive[1])


def _clause_start(frame: str, floor: int, pos: int) -> bool:
    """Is ``pos`` at the start of a clause (sentence start, or after , ; : " ( or a dash)?"""
    before = frame[max(floor, pos - _WINDOW):pos].rstrip()
    if not before and pos - _WINDOW > floor:
        before = frame[floor:pos].rstrip()
    if before.endswith('"') and len(before) > 1 and before[-2] == MASK:
        return False  # after a partial quotation inside a clause: "seeking to “strangle” North Korea and said"
    return not before or before[-1] in ",;:\"(-" or before.endswith(MASK)


def _phrase_ending_at(frame: str, floor: int, end: int) -> Phrase | None:
    """The noun phrase that ends at ``end``: the longest run of phrase words before it, trimmed."""
    tokens = _tokens(frame, max(floor, end - 2 * _WINDOW), end)
    if not tokens:
        return None
    if tokens[-1].group().lower() in PRONOUNS:
        return Phrase(tokens[-1].start(), tokens[-1].end())
    if len(tokens) >= 4 and tokens[-1].group() in _PLACE_NOUNS and tokens[-2].group() == "the" \
            and tokens[-3].group() in ("in", "from", "near"):
        # "a source in the province", "an official in the region": the head comes before the place
        inner = _phrase_ending_at(frame, floor, tokens[-3].start())
        if inner is not None and _is_head(frame[inner.start:inner.end].split()[-1]):
            return Phrase(inner.start, tokens[-1].end())
    run: list[re.Match] = []
    for token in reversed(tokens):
        if not _phrase_word_ok(token.group()) or len(run) >= 16:
            break
        run.append(token)
    run.reverse()
    # "The spy agency": up to two unknown modifiers between a determiner and a head are part of the phrase.
    if run and len(run) < len(tokens):
        k = len(tokens) - len(run)
        for extra in (1, 2, 3):
            # ("a UN food agency": an acronym may be one of them; "a Dandong logistics company", "A North Korean
            # figure skater": names of places and countries)
            # ("a Seoul-based fund manager": a hyphenated modifier is read by its first part)
            if k - extra - 1 >= 0 and tokens[k - extra - 1].group().lower() in ("the", "a", "an") and all(
                    w.isalpha() and ((w.islower() and w not in _CLAUSE_WORDS
                                      and w not in SUBORDINATORS)  # ("a day after Pyongyang")
                                     or (w.isupper() and len(w) <= 5)
                                     or (w.istitle() and w not in INTRO_WORDS))
                    for w in (t.group().split("-", 1)[0] for t in tokens[k - extra:k])) and \
                    (extra < 3 or sum(t.group().islower() for t in tokens[k - extra:k]) <= 1) and \
                    _clause_start(frame, floor, tokens[k - extra - 1].start()):
                run = tokens[k - extra - 1:]
                break
            # ("Blockchain analytics firm Chainalysis said": words of a trade opening the clause, before the kind
            # of body and its name)
            if extra <= 2 and k - extra >= 0 and tokens[k - extra].group().istitle() \
                    and tokens[k - extra].group().isalpha() and tokens[k - extra].group() not in INTRO_WORDS \
                    and all(t.group().isalpha() and t.group().islower() and t.group() not in _CLAUSE_WORDS
                            for t in tokens[k - extra + 1:k]) \
                    and run[0].group().islower() and _descriptor(run[0].group()) \
                    and any(t.group()[:1].isupper() for t in run[1:]) \
                    and _clause_start(frame, floor, tokens[k - extra].start()):
                run = tokens[k - extra:]
                break
            # ("The National Police Agency's cyber bureau": after an owner, the owner's own phrase goes on)
            owner = tokens[k - extra - 1] if k - extra - 1 >= 0 else None
            if owner is not None and owner.group().endswith("'s") and owner.group()[:1].isupper() and all(
                    t.group().isalpha() and t.group().islower() and t.group() not in _CLAUSE_WORDS
                    for t in tokens[k - extra:k]):
                j = k - extra - 1
                while j > 0 and _phrase_word_ok(tokens[j - 1].group()) and len(tokens) - j < 16:
                    j -= 1
                run = tokens[j:]
                break
    run = _trim(run)
    if not run:
        return None
    # (the title's portfolios end with ", " right before the phrase, a line break aside: tried only then)
    portfolio = _PORTFOLIO_TITLE_BEFORE.search(frame, max(floor, run[0].start() - _WINDOW), run[0].start()) \
        if frame.endswith((", ", ", \n"), floor, run[0].start()) else None
    start = portfolio.start() if portfolio else run[0].start()
    return Phrase(start, run[-1].end())


#: A work named by its title inside an aside: "author of the 2021 book “The Last Divided Nation,”".
_TITLED_WORK = re.compile(r"\b(?:book|books|novel|memoir|film|documentary|song|album|play|series|study|paper)\s+\"")


def _relative_clause_with_a_list(frame: str, floor: int, previous: int, comma: int) -> int:
    """The comma opening a relative clause whose own commas list things: "Mr Wang, who exports flour, cooking oil
    and plastic goods to the North, said" (the aside starts at "who", not at "cooking"); else ``previous``."""
    earlier = previous
    for _ in range(3):
        earlier = frame.rfind(",", floor, earlier)
        if earlier < 0:
            break
        if frame[earlier + 1:comma].lstrip().startswith(("who ", "which ", "whose ")):
            return earlier
    return previous


#: A role at a place or body, opening a clause: "The manager of the complex", "the director of the plant".
_ROLE_OF_PLACE = re.compile(r"(?<![\w'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<head>[a-z-]+)\s+(?:of|at|on|in)\s+"
                            r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+$")


def _subject_before_aside(frame: str, floor: int, comma: int) -> bool:
    """Whether a noun phrase in subject position ends right before the aside opening at ``comma``."""
    name = _phrase_ending_at(frame, floor, comma)
    return name is not None and _subject_position(frame, floor, name.start)


def _looks_like_appositive(text: str) -> bool:
    """A stretch between commas that describes the name before it: "a professor at …", "who asked …", "speaking …"."""
    words = text.split()
    if not words or len(words) > 25:
        return False
    if '"' in text or MASK in text:  # quoted words: only a title ("The statement, titled ‘…’, added"), a
        # participle clause ("Kishida, clamouring about the “severe security environment,” vowed") or a relative
        # clause ("The agency, which has exchanged remains since the operation known as “Operation Glory,” said")
        return words[0] in ("titled", "headlined", "entitled", "who", "which", "whose") \
            or (words[0].endswith("ing") and len(words[0]) > 5) or _TITLED_WORK.search(text) is not None
    first = words[0]
    if first == "and" and len(words) > 2 and words[1] in ("who", "whose", "which"):
        return True  # "A former diplomat who defected in 2019, and who asked not to be named, said"
    if first.lower() in PREPOSITIONS and len(words) > 1 and words[1].lower() in ("which", "whom", "whose"):
        return True  # "the union, to which Jang once belonged, condemned"
    if first.lower() in ("in", "on", "at", "during") and len(words) > 2 \
            and words[1].lower() in ("a", "an", "the", "his", "her", "its", "their"):
        return True  # "The minister, in a letter sent to the troupe, called …": where or how they spoke
    return (first.lower() in ("a", "an", "the", "its", "their", "his", "her", "who", "which", "whose", "where",
                              "himself", "herself", "also", "one",
                              "now", "of", "aged", "then", "both", "until", "whom", "first", "second", "third",
                              "fourth")
            or first.endswith("ing") or first[0].isupper() or first[0].isdigit() or _descriptor(first)
            or first in _APPOSITIVE_PARTICIPLES or ("-" in first and all(map(_descriptor, first.split("-")))))


#: Participles of an aside that say what a person does for a body: "Ri, heading the North's delegation, said".
_ROLE_PARTICIPLES = {"heading", "leading", "representing", "serving", "acting", "working", "speaking", "chairing",
                     "running", "overseeing", "commanding", "managing", "directing", "advising", "negotiating"}


def _is_passing_action(text: str) -> bool:
    """An aside of what a person is doing at the moment, no description of who they are: "Ri, wearing a pin
    bearing the portraits of the North's late leaders, said" (the North's leaders are not his employer)."""
    words = text.split()
    if len(words) > 2 and words[0] == "who" and (words[1] in _PASSING_DEEDS or words[1] == "was" and words[2]
                                                 in ("wearing", "carrying", "holding")):
        return True  # "One of the waitresses, who wore a lapel badge bearing the portraits of …, said"
    first = words[0] if words else ""
    return first.endswith("ing") and len(first) > 4 and first.lower() not in _ROLE_PARTICIPLES


#: What a person did at the moment, in a relative clause: "who wore a badge", "who held a banner".
_PASSING_DEEDS = frozenset("wore carried held waved clutched".split())


#: Past participles that open an aside about the subject: "an official, asked about the talks, said".
_APPOSITIVE_PARTICIPLES = {"asked", "quoted", "interviewed", "reached", "contacted", "identified", "named", "known",
                           "pictured", "born", "elected", "appointed",
                           # about a document: "The panel's final report, published weeks before …, warned"
                           "published", "released", "issued", "adopted", "drafted", "signed", "written", "seen",
                           "carried", "aired", "broadcast", "posted", "distributed", "delivered", "submitted",
                           "prepared", "obtained", "compiled", "presented", "sent", "leaked", "filed", "dated", "read",
                           "circulated", "unveiled", "translated", "shared", "reviewed"}


#: Relative words after which a phrase is the subject of a framing verb: "in what Seoul called “…”",
#: "worms, which he described as “…”" (a speech verb after them is refused by :func:`_relative_before`).
_RELATIVE_SUBJECT_OPENERS = {"what", "which", "whom"}


def _subject_position(frame: str, floor: int, start: int) -> bool:
    """Can a phrase starting at ``start`` be the subject of the verb after it?

    At a clause start, yes.  Mid-sentence, a subject follows a conjunction ("days after North Korea warned",
    also with an appositive: "days after Kim Yo Jong, the leader's sister, warned") or a relative word
    ("what Seoul called"); after any other word the phrase is an object ("defectors who reached the South
    this year say").
    """
    if _clause_start(frame, floor, start) or _TIME_OPENER.fullmatch(frame, floor, start):
        return True  # "On Monday night Kim Yo Jong, the leader's sister, said"
    if frame[start:start + 6].split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS:
        return True  # a possessive opens a new noun phrase: "a ruling their lawyer called “…”"
    if frame[start:start + 5].split(" ", 1)[0] in ("he", "she", "they", "it") and _ZERO_RELATIVE_SAID.match(
            frame, start):
        return True  # a clause without "that": "money it said was used “to help fund …”"
    if _NAMED_BEFORE.search(frame, max(floor, start - 12), start):
        return True  # "a lathe operator named Ri Chol Min told the broadcaster"
    if _THAT_ADVERBIAL_BEFORE.search(frame, max(floor, start - _WINDOW), start):
        return True  # "The official said that during initial questioning the pair said …"
    setting = _SETTING_BEFORE_NAME.search(frame, max(floor, start - _WINDOW), start) \
        if frame[start:start + 1].isupper() else None
    if setting is not None and _clause_start(frame, floor, setting.start()) \
            and setting.group().split()[-1].lower() not in PREPOSITIONS | {"by"}:  # ("In a speech broadcast by KCTV")
        return True  # "but at a party meeting in December Kim Jong Un described": a setting without a comma
    before = frame[max(floor, start - _WINDOW):start]
    time = _TIME_BEFORE_SUBJECT.search(before)
    if time is not None:  # "…, and last year the ruling party newspaper Rodong Sinmun dismissed"
        before = before[:time.start()]
    previous = before.split()
    if len(previous) >= 2 and previous[-2].lower() in ("a", "an", "the") and previous[-1].isalpha() \
            and previous[-1].islower() and frame[start:start + 4].lower() == "the ":
        return True  # a relative clause without "that": "in a move the defence ministry described as"
    return not previous or previous[-1].lower() in SUBORDINATORS | _RELATIVE_SUBJECT_OPENERS


_NAMED_BEFORE = re.compile(r"\b(?:named|surnamed)\s+$")
#: A subject pronoun and speech verb opening a relative clause without "that": "money it said was used".
_ZERO_RELATIVE_SAID = re.compile(r"(?:he|she|they|it)\s+(?:said|says|claimed|claims)\s+(?:was|were|had|is|are|would)\b")
#: Where or when, opening a clause without a comma, before a capitalised subject: "at a party meeting in December".
_SETTING_BEFORE_NAME = re.compile(r"(?:(?<=\s)|^)(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Aa]t|[Ii]n|[Dd]uring)\s+"
                                  r"(?:a|an|the|its|his|her|their)\s+"
                                  r"[a-z-]+(?:\s+[a-z-]+){0,3}(?:\s+(?:in|on|last|this)\s+[A-Z]?[a-z]+)?\s+$")
#: A reported clause opening with an adverbial before its subject: "said that during initial questioning".
_THAT_ADVERBIAL_BEFORE = re.compile(r"\bthat\s+(?:during|in|at|after|before|when|while|since|over|under)\s+"
                                    r"[^,;:\"\x1a]{1,40}?\s*,?\s+$")


def speaker_before(frame: str, floor: int, verb: int) -> Phrase | None:
    """The speaker phrase ending right before a verb at ``verb``.

    Adverbials between are skipped ("Park on Tuesday said").  A name with an
    appositive or relative clause between commas ("Kim Dong-yub, a professor
    at …, said"; "an official, who asked not to be named, told") gives the
    name, keeping the appositive for deciding the side.
    """
    window = max(floor, verb - 4 * _WINDOW)
    text = frame[window:verb]
    adverbial = _left_adverbial(text)
    end = window + (adverbial.start() if adverbial else len(text.rstrip()))
    # (the asides, the acronym and the hometown below end where the text does: their patterns are tried only when
    # it ends as they do)
    aside = _PARENTHETICAL.search(frame, window, end) \
        if _may_end_on(_last_word(frame[window:end]), _PARENTHETICAL_LAST_WORDS) else None
    if aside is not None:  # "North Korea's state media, for its part, routinely describes …"
        end = aside.start()
    acronym = _ACRONYM_AFTER_NAME.search(frame, window, end) if frame[window:end].rstrip().endswith(")") else None
    if acronym is not None and acronym.end() == end:
        end = acronym.start()  # "The Korea Football Association (KFA) said": the acronym repeats the name
    if end - 2 > floor and frame[end - 2:end] == ',"' and _looks_like_appositive(
            frame[frame.rfind(",", max(floor, end - 3 * _WINDOW), frame.rfind('"', floor, end - 1)) + 1:end - 2]):
        end -= 1  # "…, which has worked since the operation known as “Operation Glory,” said": the comma inside
        # the marks closes the aside
    home = _HOMETOWN_BEFORE.search(frame, window, end) if frame.endswith((",", ",\n"), window, end) else None
    if home is not None:
        # "Gary Simmons, 68, of Dayton, Ohio, said": where a person is from, commas and all, is one aside
        name = _phrase_ending_at(frame, floor, home.start())
        if name is not None and _name_core(frame[name.start:name.end]) and _subject_position(frame, floor, name.start):
            return Phrase(name.start, name.end, (_skip_space(frame, home.start() + 1), end - 1))
    only = _ONLY_NAME_BEFORE_VERB.search(frame, max(floor, end - 2 * _WINDOW), end) \
        if end > floor and frame[end - 1] == "," and _may_give_a_name(frame, max(floor, end - 2 * _WINDOW), end) \
        else None
    if only is not None:
        # "A defector …, who asked to be identified only by her surname, Kang, for fear of reprisals, said": Kang
        return Phrase(only.start(1), only.end(1))
    if end > floor and frame[end - 1] == ",":
        comma = end - 1
        previous = frame.rfind(",", max(floor, comma - 3 * _WINDOW), comma)
        if previous >= 0:
            opening = _relative_clause_with_a_list(frame, max(floor, comma - 3 * _WINDOW), previous, comma)
            if opening != previous and not _subject_before_aside(frame, floor, previous):
                previous = opening
        if previous < 0 or not _looks_like_appositive(frame[previous + 1:comma]):
            return None
        gave = _NAME_GIVEN_BEFORE.search(frame, max(floor, previous - _WINDOW), previous)
        if gave is not None:
            # "A street vendor, who gave only her surname, Choi, said": the one name given is the speaker's
            person = _phrase_ending_at(frame, floor, gave.start())
            named = _phrase_ending_at(frame, previous + 1, comma)
            if person is not None and named is not None and _name_core(frame[named.start:named.end]) \
                    and _subject_position(frame, floor, person.start):
                return Phrase(named.start, named.end, (person.start, previous))
        age = _AGE_BEFORE.search(frame, max(floor, previous - 8), previous)  # "Choi Mi-kyung, 61, whose …"
        name = _phrase_ending_at(frame, floor, age.start() if age else previous)
        if name is None:
            role = _ROLE_OF_PLACE.search(frame, max(floor, previous - _WINDOW), previous)
            if role is not None and _singular(role.group("head")) in _PERSON_HEADS:
                # "The manager of the complex, Ri Chol Ho, said": a role held at a place no phrase word names
                name = Phrase(role.start(), role.end())
        relative = _RELATIVE_CLAUSE_BEFORE.search(frame, max(floor, previous - _WINDOW), previous) \
            if name is None or not _subject_position(frame, floor, name.start) else None
        if relative is not None:
            # "A former North Korean diplomat who defected in 2019, and who asked not to be named, said"; "A
            # defector who now works at a Seoul think tank, Ahn Chan-il, said" (not "a … think tank")
            name = _phrase_ending_at(frame, floor, relative.start())
        if name is None or not _subject_position(frame, floor, name.start):
            return None
        described = _phrase_ending_at(frame, previous + 1, comma)
        name_text = frame[name.start:name.end]
        chained = not _name_core(name_text) and frame[max(floor, name.start - 2):name.start].strip() == ","
        if described is not None and (_RELATIONAL_OF.search(name_text) or chained):
            # "Kim Yo-jong, the sister of the leader, Kim Jong-un, said": the last name is the leader's;
            # "Jo Song Chol, North Korea's ambassador, who led the delegation, told": two appositives.
            before = frame.rfind(",", max(floor, name.start - _WINDOW), name.start)
            subject = _phrase_ending_at(frame, floor, before) if before >= 0 else None
            if subject is not None and _name_core(frame[subject.start:subject.end]) \
                    and _subject_position(frame, floor, subject.start):
                return Phrase(subject.start, subject.end, (_skip_space(frame, before + 1), comma))
        if described is not None and (described.start == _skip_space(frame, previous + 1)
                                      or _NAME_GIVEN_AS.fullmatch(frame, previous + 1, described.start)) \
                and _name_core(frame[described.start:described.end]) and not _name_core(frame[name.start:name.end]):
            # "A diplomat, Han Tae Song, said"; "the captain, identified only by his surname Jong, told"
            return Phrase(described.start, described.end, (name.start, name.end))
        return Phrase(name.start, name.end, (_skip_space(frame, previous + 1), comma))
    who = _COMMA_WHO.search(frame, max(floor, end - 12), end)
    if who is not None:
        # "Among the veterans was Lee Jang-soo, 93, who said: “…”": the person before the relative pronoun
        age = _AGE_BEFORE.search(frame, max(floor, who.start() - 8), who.start())
        named = _phrase_ending_at(frame, floor, age.start() if age else who.start())
        if named is not None and _name_core(frame[named.start:named.end]):
            return named
    if frame.endswith("An", max(floor, end - 2), end) and (end - 2 == floor or not frame[end - 3].isalnum()) \
            and _clause_start(frame, floor, end - 2):
        return Phrase(end - 2, end)  # "“…,” An said": the family name An, which reads like an article
    pronoun = _PRONOUN_BEFORE_VERB.search(frame, max(floor, end - 6), end)
    if pronoun is not None and frame[floor:pronoun.start()].strip():
        # "In the same statement she wrote:": a subject pronoun before the verb, after an opening phrase
        return Phrase(pronoun.start(1), pronoun.end(1))
    phrase = _phrase_ending_at(frame, floor, end)
    if phrase is not None and _ISSUED_BY_BEFORE.search(frame, max(floor, phrase.start - 20), phrase.start) \
            and _DOCUMENT_OPENING.match(frame, floor, phrase.start):
        return phrase  # "A commentary titled “…” issued by KCNA on Tuesday says": its issuer speaks
    if phrase is None or not _subject_position(frame, floor, phrase.start):
        clause = _RELATIVE_CLAUSE_BEFORE.search(frame, window, end)
        where = (_CHARGE_AFTER_PERSON.search(frame, window, end) or _WHERE_AFTER_PERSON.search(frame, window, end)) \
            if clause is None else None
        if where is None and clause is None:
            where = _INTERVIEWED_BY.search(frame, window, end)
        unit = _UNIT_AFTER_NAME.search(frame, window, end) if where is None and clause is None else None
        if unit is not None:
            # "senior superintendent Lee Jae-hoon of the agency's cyber investigation bureau told": a named
            # person and the unit they belong to
            phrase = _phrase_ending_at(frame, floor, unit.start())
            if phrase is not None and _subject_position(frame, floor, phrase.start) \
                    and _name_core(frame[phrase.start:phrase.end]):
                return Phrase(phrase.start, phrase.end, (phrase.start, unit.end()))
        if where is not None:
            # "A ferry captain on the Incheon-Yeonpyeong route told …": a person placed by where they work;
            # "A farm worker interviewed by state television said": who interviewed her is no description of her
            phrase = _phrase_ending_at(frame, floor, where.start())
            if phrase is not None and _subject_position(frame, floor, phrase.start) and \
                    _singular(_bare(frame[phrase.start:phrase.end].split()[-1])) in _PEOPLE_HEADS:
                interviewed = where.re is _INTERVIEWED_BY
                return Phrase(phrase.start, phrase.end, None if interviewed else (phrase.start, where.end()))
            return None
        if clause is None or not _PAST_SPEECH_VERB.match(frame, verb):
            return None  # present tense ("defectors who reached the South say") is often itself reported
        # "A South Korean official who monitors the North said": the subject is before "who".
        phrase = _phrase_ending_at(frame, floor, clause.start())
        if phrase is None or not _subject_position(frame, floor, phrase.start):
            return None
        return phrase
    first = frame[phrase.start:phrase.end].split()[0]
    window = max(floor, phrase.start - _WINDOW)
    before = frame[window:phrase.start].rstrip()
    if first.lower() in ("a", "an", "the") and before.endswith(","):
        # "NAME, a spokesman said" (a missing second comma) – rare but cheap to honour.
        name = _phrase_ending_at(frame, floor, window + len(before) - 1)
        if name is not None and _clause_start(frame, floor, name.start) and _name_core(frame[name.start:name.end]):
            return Phrase(name.start, name.end, (phrase.start, phrase.end))
    return phrase


_HOMETOWN_BEFORE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:of|from)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
                              r"(?:,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)?,$")
_LOWER_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)*")
_COMMA_WHO = re.compile(r",\s*who(?:\s+then|\s+later|\s+also)?\s*$")
_PRONOUN_BEFORE_VERB = re.compile(r"(?<![\w'\u2019-])(he|she|they)\s*$")
#: Where a person works, after them: "a ferry captain on the Incheon-Yeonpyeong route", "a guard at the border".
_WHERE_AFTER_PERSON = re.compile(r"\s+(?:on|in|at|near|aboard)\s+(?:the\s+|a\s+|an\s+|(?=[A-Z]))"
                                 r"(?:(?!who\b|which\b|that\b)[\w'\u2019-]+\s+){0,3}(?!who\b|which\b|that\b)"
                                 r"[\w'\u2019-]+\s*$")


#: Who interviewed or quoted a person, after them: "a farm worker interviewed by state broadcaster KCTV".
_INTERVIEWED_BY = re.compile(r"\s+(?:interviewed|filmed|shown|quoted|cited)\s+by\s+(?:[\w'\u2019.-]+\s+){0,5}"
                             r"[\w'\u2019.-]+\s*$")
#: What a person has to do with the matter, after them: "a prosecutor involved in the case", "an official familiar
#: with the talks".
_CHARGE_AFTER_PERSON = re.compile(r"\s+(?:involved in|familiar with|working on|responsible for|in charge of|close to|"
                                  r"with (?:direct )?knowledge of|briefed on|aware of)"
                                  r"\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*$")


#: The unit a named person belongs to, after the name: "Lee Jae-hoon of the agency's cyber investigation bureau".
_UNIT_AFTER_NAME = re.compile(r"\s+of\s+(?:the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,4}(?:bureau|unit|division|"
                              r"department|agency|ministry|office|team|command|service|directorate|police)\s*$")


#: A place named by a common noun after a speaker: "a shop owner *in the city*", "a farmer in the border town".
_IN_THE_PLACE = re.compile(r"\s+in\s+the\s+(?:[a-z-]+\s+)?(?:city|town|village|capital|county|district|province|"
                           r"region|area|port|neighbou?rhood|countryside)\b")


def speaker_after(frame: str, pos: int, ceiling: int) -> Phrase | None:
    """The speaker phrase starting at ``pos`` ("said *Park Soo Hyun, a spokesman*"; "according to *KCNA*")."""
    run: list[re.Match] = []
    tokens = _tokens(frame, pos, ceiling, limit=18)  # k == len(run) < 16 below: tokens[k + 2] is the last one read
    k = 0
    while k < len(tokens) and len(run) < 16:
        if _phrase_word_ok(tokens[k].group()):
            run.append(tokens[k])
            k += 1
            continue
        # "Konkuk University's drone research centre": after an owner, up to two other words before a head
        ahead = tokens[k:k + 3]
        if run and run[-1].group().endswith("'s") and len(ahead) >= 2 and all(
                t.group().isalpha() and t.group().islower() for t in ahead[:-1]):
            head = next((i for i, t in enumerate(ahead) if i > 0 and _singular(t.group()) in _HEAD_NOUNS), None)
            if head is not None:
                run.extend(ahead[:head + 1])
                k += head + 1
                continue
        # "said a tuk-tuk driver", "A North Korean figure skater", "a Seoul-based fund manager": after an article
        # (and a nationality or a base), up to two words of trade before a person's head
        if run and run[0].group().lower() in ("a", "an", "the") and all(
                _bare(t.group()) in _MODIFIERS or t.group().endswith("-based")
                or (t.group()[:1].isupper() and run[-1].group().endswith("-based")) for t in run[1:]) \
                and len(ahead) >= 2 and all(
                _LOWER_HYPHENATED.fullmatch(t.group()) for t in ahead[:-1]):
            head = next((i for i, t in enumerate(ahead) if i > 0 and _singular(t.group()) in _PEOPLE_HEADS), None)
            if head is not None:
                run.extend(ahead[:head + 1])
                k += head + 1
                continue
        break
    if run and _bare(run[0].group()) in PREPOSITIONS:
        return None
    while run and not _is_head(run[-1].group()):
        run.pop()
    if not run:
        return None
    phrase = Phrase(run[0].start(), run[-1].end())
    place = _IN_THE_PLACE.match(frame, phrase.end, ceiling)
    if place is not None:  # "said a shop owner in the city": where the speaker is, named by a common noun
        phrase = Phrase(phrase.start, place.end())
    surnamed = _SURNAMED.match(frame, phrase.end, ceiling)
    if surnamed is not None:
        phrase = Phrase(phrase.start, surnamed.end())
    only = _ONLY_NAMED_AFTER.match(frame, phrase.end, ceiling) if _may_give_a_name(frame, phrase.end, ceiling) else None
    if only is not None:  # "said a shop owner, who asked to be identified only by his surname, Choi": Choi speaks
        return Phrase(only.start(1), only.end(1), (phrase.start, phrase.end))
    rest = frame[phrase.end:ceiling]
    comma = _COMMA_SPACE.match(rest)
    if comma:
        second_start = phrase.end + comma.end()
        second = speaker_after(frame, second_start, ceiling)
        if second is not None and second.start == second_start and second.appositive is None:
            after_second = frame[second.end:ceiling]
            if _AFTER_SECOND_PHRASE.match(after_second):
                first_name = _name_core(frame[phrase.start:phrase.end])
                second_name = _name_core(frame[second.start:second.end])
                if second_name and not first_name:
                    return Phrase(second.start, second.end, (phrase.start, phrase.end))
                if not second_name or frame[second.start:second.end].split()[0].lower() in ("a", "an", "the"):
                    return Phrase(phrase.start, phrase.end, (second.start, second.end))
    return phrase


def _participle_opener(intro: str) -> bool:
    """Does an introductory phrase open with a participle ("Touring the resort …, Kim said")?

    A capitalised "-ing" word followed by a lower-case word is a participle clause, never a name: the
    sentence's subject comes after its comma.
    """
    match = _PARTICIPLE_INTRO.match(intro)
    return match is not None and match.group(1).lower() not in _ING_NAMES


#: A subordinate clause opening a sentence: its subject is not the sentence's.
_SUBORDINATE_OPENER = re.compile(r"\s*(?:When|While|Whereas|Although|Though|Because|Since|Once|Until|If|After|Before)"
                                 r"\s+(?:a|an|the|his|her|its|their|[A-Z])")
#: An inverted sentence naming someone among a group: "Among the South Korean fans in the stadium was".
_AMONG_THEM_WAS = re.compile(r"\s*(?:Also\s+)?Among\s+[^,;\"\x1a]{1,80}?\s+(?:was|were)\s+(?=[A-Z])")
#: ... which may quote words: up to its comma.
_SUBORDINATE_CLAUSE = re.compile(r"[^,;]{0,200},\s*")


def sentence_subject(frame: str, start: int, end: int) -> Phrase | None:
    """The phrase a sentence opens with, after an introductory phrase ("On Sunday, the agency …"), if it is
    followed by a verb or an appositive — the sentence's subject."""
    dateline = _dateline_at(frame, start, end)
    if dateline is not None:
        start = dateline.end()
    among = _AMONG_THEM_WAS.match(frame, start, end)
    if among is not None:  # "Among the fans in the stadium was Choi Hye-rin, 27, who …": the subject comes last
        return speaker_after(frame, among.end(), end)
    time = _TIME_OPENER.match(frame, start, end)
    if time is not None:  # "Last month North Korea's propaganda website Uriminzokkiri published …"
        start = time.end()
    # (a participle clause or a subordinate one runs longer: "When a South Korean journalist referred to his
    # team as ‘North Korea’ in a question, Ri cut him off")
    intro = (_SUBORDINATE_CLAUSE if _SUBORDINATE_OPENER.match(frame, start, end) else _PARTICIPLE_CLAUSE
             if _participle_opener(frame[start:end]) else _INTRO_PHRASE).match(frame[start:end])
    opening = intro.group().split()[0].rstrip(",") if intro else ""  # ("Earlier, North Korean Foreign Minister …")
    if intro and opening in _CONJUNCTIONS:
        # "But Uriminzokkiri, a propaganda website, carried …" opens with a subject and its aside (below); "But
        # the leader struck a conciliatory tone, saying …" with a clause, which is no intro phrase
        phrase = speaker_after(frame, _skip_space(frame, start + len(opening)), start + len(intro.group()))
        if phrase is None or frame[phrase.outer[1]:start + len(intro.group())].strip(", "):
            intro = None
    if intro and (opening in INTRO_WORDS or _bare(opening) in PREPOSITIONS
                  or _participle_opener(intro.group())):
        named = _PERSON_NAME_AT_END.search(intro.group())
        if named is not None:
            # "On Wednesday night Kim Yo Jong, the sister of …, said": the name before the comma is the
            # subject, what follows it an appositive.
            return Phrase(start + named.start(1), start + named.end(1))
        words = intro.group().rstrip(", ").split()
        if len(words) > 1 and words[0] in _CONJUNCTIONS and words[1][:1].isupper() and words[1] not in INTRO_WORDS:
            # "But Uriminzokkiri, a propaganda website, carried …": a conjunction, then the subject
            first = start + intro.group().index(words[1])
            return Phrase(first, start + len(intro.group().rstrip(", ")))
        start += intro.end()
    opener = _CONJUNCTION_OPENER.match(frame, start, end)
    if opener is not None:  # "But its foreign ministry has described …": the subject follows the conjunction
        start = opener.end()
    pronoun = _SUBJECT_PRONOUN.match(frame, start, end)
    if pronoun is not None:  # "Noting that …, he set forth the tasks … and stressed the need to “…”"
        return Phrase(start, pronoun.end(1))
    phrase = speaker_after(frame, start, end)
    if phrase is None or phrase.outer[0] != start:
        return None
    after = frame[phrase.outer[1]:end]
    acronym = _ACRONYM_ONLY.match(after)
    if acronym is not None:  # "A spokesman for the General Staff of the Korean People's Army (KPA) issued …"
        after = " " + after[acronym.end():]
    if _AND_NEXT.match(after) or not _VERB_OR_COMMA_NEXT.match(after):
        return None
    return phrase


# =========================================================================== 5: cues


@dataclass(frozen=True)
class Cue:
    """A speech verb in a sentence with its speaker phrase.

    ``form`` is ``normal`` (X said), ``inverted`` (said X), ``participle``
    (…, adding; a commentary calling), ``according`` (according to X),
    ``quoted`` (X quoted Y as saying; Y was quoted as saying — ``phrase`` is
    Y, ``source`` is X) or ``antecedent`` (…, X, who said — ``phrase`` is what
    the relative clause hangs on; it is no subject of the sentence).
    """

    verb: str
    verb_start: int
    verb_end: int
    cue_end: int  #: end of the cue text ("said in a statement", "told reporters")
    phrase: Phrase | None
    form: str
    framing: bool  #: attributes quoted words only (called, described, calling …), never a reported clause
    source: Phrase | None = None

    @property
    def start(self) -> int:
        """Where the attribution begins (speaker or verb, whichever comes first)."""
        starts = [self.verb_start] + [p.outer[0] for p in (self.phrase, self.source) if p is not None]
        return min(starts)

    @property
    def end(self) -> int:
        ends = [self.cue_end] + [p.outer[1] for p in (self.phrase, self.source) if p is not None]
        return max(ends)


#: An appositive after a name: "quoted Ri Chol Man*, a* vice-minister of external economic relations, as saying".
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the|its|his|her)\s+")
#: An acronym after a body's name: "the National Aerospace Development Administration (NADA)".
_ACRONYM_ONLY = re.compile(r"\s*\([A-Z][A-Za-z.]{1,9}\)\s*")
_RELATIVE_AFTER_NAME = re.compile(r",?\s+(?:who|whose|whom|at|in|on|during|from|stationed|based|posted|working)\b")
#: "striker Ri Kwang-song, whom KCNA quoted as saying:": the person before "whom" speaks.
_WHOM_QUOTED = re.compile(r",\s*whom\s+(?P<source>[^,;:\"\x1a]{1,60}?)\s+quoted\s+as\s+(?:saying|telling|stating)\b")
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?P<who>[^;:\"\x1a]{1,160}?)\s*,?\s+as\s+(?:saying|telling|stating|warning|adding|"
    # ("KCNA quoted Kim as blaming the disaster on the “irresponsibility” of local officials")
    r"blaming|demanding|calling|describing|urging|vowing|stressing|declaring|criticising|criticizing|"
    r"denouncing|accusing|praising|insisting|claiming|pledging|ordering|noting)\b"
)
_PASSIVE_QUOTED = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+)?quoted\s+"
    r"(?:by\s+(?P<by>[^,;:\"\x1a]{1,80}?)\s+)?as\s+(?:saying|telling|stating|warning|adding)\b"
    r"(?:\s+(?:by|in)\s+(?P<by_after>[A-Z][^,;:\"\x1a]{0,60}?)(?=\s*(?:[,.;:]|$|that\b)))?"
)


def find_cues(frame: str, start: int, end: int) -> list[Cue]:
    """Every speech cue in the sentence ``frame[start:end]``, left to right."""
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    quoted = frame.find("quoted", start, end) >= 0  # the three patterns of "quoted as saying" need the word
    for match in _QUOTED_AS.finditer(frame, start, end) if quoted else ():
        who = speaker_after(frame, match.start("who"), match.end("who"))
        if who is None and match.group("who") in _OBJECT_PRONOUNS:  # "KCNA quoted him as saying"
            who = Phrase(match.start("who"), match.end("who"))
        if who is None or (who.outer[1] < match.end("who") - 1
                           and not _RELATIVE_AFTER_NAME.match(frame, who.outer[1], match.end("who"))
                           and not _ACRONYM_ONLY.fullmatch(frame, who.outer[1], match.end("who"))
                           and not _APPOSITIVE_OPENING.match(frame, who.outer[1], match.end("who"))):
            continue  # only a speaker, or one with a relative clause: "quoted an officer who helped … as saying"
        source = speaker_before(frame, start, match.start())
        cues.append(Cue("quoted as saying", match.start(), match.end(), match.end(), who, "quoted", False, source))
        taken.append((match.start(), match.end()))
    for match in _WHOM_QUOTED.finditer(frame, start, end) if quoted else ():
        who = _phrase_ending_at(frame, start, match.start())
        if who is None:
            continue
        source = speaker_after(frame, match.start("source"), match.end("source"))
        cues.append(Cue("quoted as saying", match.start(), match.end(), match.end(), who, "quoted", False, source))
        taken.append((match.start(), match.end()))
    for match in _PASSIVE_QUOTED.finditer(frame, start, end) if quoted else ():
        who = speaker_before(frame, start, match.start())
        if who is None:
            continue
        by = "by" if match.group("by") else "by_after" if match.group("by_after") else None
        source = speaker_after(frame, match.start(by), match.end(by)) if by else None
        cues.append(Cue("quoted as saying", match.start(), match.end(), match.end(), who, "quoted", False, source))
        taken.append((match.start(), match.end()))
    subject: Phrase | None = None  #: the speaker of the sentence's latest "normal" cue
    for match in _VERB_RE.finditer(frame, start, end):
        if not taken or not any(a <= match.start() < b for a, b in taken):  # (mostly empty: no generator)
            cue = _cue_at(frame, start, end, match, subject)
            if cue is not None:
                cues.append(cue)
                if cue.form == "normal" and cue.phrase is not None and (
                        not frame[start:cue.phrase.outer[0]].strip()
                        or _TIME_OPENER.fullmatch(frame, start, cue.phrase.outer[0])
                        or _INTRO_PHRASE.fullmatch(frame, start, cue.phrase.outer[0])):
                    subject = cue.phrase  # the sentence's own subject, not a reporter inserted later
                elif cue.form == "normal" and cue.phrase is not None and _CONTRAST_BEFORE.search(
                        frame, max(start, cue.phrase.outer[0] - 12), cue.phrase.outer[0]):
                    subject = cue.phrase  # "…, while China's envoy Zhang Wei urged … and blamed": a new subject
                elif cue.form in ("antecedent", "according") and cue.phrase is not None \
                        and _RELATIVE_OPENS.match(frame, cue.phrase.outer[1]):
                    # "according to the ministry, which described it as ‘…’ and said …": the clause goes on
                    subject = cue.phrase
                elif subject is None and cue.form == "normal" and cue.phrase is not None \
                        and _SUBORDINATE_BEFORE.search(frame, max(start, cue.phrase.outer[0] - 16),
                                                       cue.phrase.outer[0]):
                    # "Peskov's remarks came a day after the US defence secretary, Lloyd Austin, said … and warned"
                    subject = cue.phrase
    cues.extend(speech_noun_cues(frame, start, end))
    return sorted(cues, key=lambda c: c.verb_start)


def _with_subject(frame: str, floor: int, end: int) -> Phrase | None:
    """The subject of a participle after "with" ("with the minister calling …"; "with the then US president,
    Donald Trump, calling …"), or None."""
    phrase = _phrase_ending_at(frame, floor, end)
    if phrase is not None and _WITH_BEFORE.search(frame, max(floor, phrase.start - 8), phrase.start):
        return phrase
    if frame[floor:end].rstrip().endswith(","):
        comma = floor + len(frame[floor:end].rstrip()) - 1
        previous = frame.rfind(",", max(floor, comma - _WINDOW), comma)
        if previous > floor:
            name = _phrase_ending_at(frame, previous + 1, comma)
            described = _phrase_ending_at(frame, floor, previous)
            if name is not None and described is not None and _name_core(frame[name.start:name.end]) \
                    and _WITH_BEFORE.search(frame, max(floor, described.start - 8), described.start):
                return Phrase(name.start, name.end, (described.start, described.end))
    return None


_TO_AFTER = re.compile(r"\s+to\b")
#: Where a speaker works, after the phrase naming them: " near Seoul", " in Washington".
_PLACE_TAIL = re.compile(r"\s+(?:near|in|outside)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}")
_LANGUAGE_AFTER = re.compile(r"\s+(?:fluent|fluently|good|little|no|some|broken|several|"
                             r"[A-Z][a-z]+(?:ese|ish|ian|an|ic|ch))\b")


def _cue_at(frame: str, start: int, end: int, match: re.Match, subject: Phrase | None = None) -> Cue | None:
    """Read one verb occurrence as a cue, or None when no speaker phrase goes with it; ``subject`` is the
    speaker of an earlier verb of the sentence, which a verb after "and" shares."""
    verb = match.group()
    if verb.lower() in ("according to", "in the words of"):  # "in the words of one participant, “…”"
        verb = "according to"
        phrase = speaker_after(frame, _skip_space(frame, match.end()), end)
        if phrase is None:
            return None
        return Cue(verb, match.start(), match.end(), match.end(), _document_author(frame, phrase, end),
                   "according", False)
    if verb in ("continued", "continues") and _TO_AFTER.match(frame, match.end(), end):
        return None  # "North Korea continued to export seafood": no speech
    if verb in ("spoke", "speaks") and _LANGUAGE_AFTER.match(frame, match.end(), end):
        return None  # "Zhou speaks fluent Korean": a skill, no speech
    cue_end = match.end()
    extension = (_TOLD_OBJECT if verb in ("told", "tells") else _CUE_PP).match(frame, cue_end, end)
    if extension:
        cue_end = extension.end()
    before = frame[max(start, match.start() - _WINDOW):match.start()].rstrip()
    if verb in PARTICIPLES:
        absolute = _with_subject(frame, start, max(start, match.start() - _WINDOW) + len(before))
        if absolute is not None:  # "…, with Unification Minister Chung Hae-rin calling the issue “…”"
            return Cue(verb, match.start(), match.end(), cue_end, absolute, "normal", verb in FRAMING_PARTICIPLES)
        if before.endswith(",") or verb == "saying" or verb in FRAMING_PARTICIPLES \
                or before.rsplit(None, 1)[-1:] in (["after"], ["before"], ["while"], ["when"]):
            # "…, adding"; "Kim …, after admitting in a speech that …": the sentence's subject speaks
            return Cue(verb, match.start(), match.end(), cue_end, None, "participle", verb in FRAMING_PARTICIPLES)
        return None
    framing = verb in FRAMING_VERBS
    if _POSSESSIVE_BEFORE.search(frame, max(start, match.start() - 4), match.start()):
        return None  # "the North's claims were …": a noun after its owner, not a verb
    phrase = _document_author_before(frame, start, match.start())
    if phrase is None:
        phrase = speaker_before(frame, start, match.start())
    if phrase is None and ("who" in before or "which" in before) and verb not in _ANONYMITY_VERBS:
        antecedent = _relative_antecedent(frame, start, max(start, match.start() - _WINDOW), before)
        if antecedent is not None:
            return Cue(verb, match.start(), match.end(), cue_end, antecedent, "antecedent", framing)
    if phrase is None and _AND_BEFORE_VERB.search(before):
        # "Pompeo welcomed the deal and said …", "… and has rejected his mandate as “…”"
        phrase = subject or sentence_subject(frame, start, match.start())
        inner = _PERFECT_CLAUSE.search(frame, phrase.outer[1] if phrase else start, match.start())
        inner_subject = speaker_after(frame, inner.start(1), inner.end(1)) if inner else None
        if inner_subject is not None and _name_core(frame[inner_subject.start:inner_subject.end]) \
                and _kind_of_name(frame[inner_subject.start:inner_subject.end]) == "person":
            # (a person: "said on Saturday that Tokyo had turned the ocean into a dumping ground and branded Japan
            # a ‘criminal state’" goes on with the commentary, not with Tokyo)
            # "KCNA reported that leader Kim Jong-un had inspected a unit and called the weapon a “…”": the
            # verb goes on the reported clause, whose subject is the leader
            phrase = inner_subject
    if phrase is not None:
        if _relative_before(frame, start, phrase.outer[0]) and not framing:
            # "which it said hid the South's “poverty”": the quoted words after it are its; it reports no
            # clause and attributes no quotation before it ("what it calls its ‘border’, work that analysts say")
            return Cue(verb, match.start(), match.end(), cue_end, phrase, "relative", True)
        return Cue(verb, match.start(), match.end(), cue_end, phrase, "normal", framing)
    if verb in INVERTIBLE and (before.endswith(",") or before.endswith('"')):
        phrase = speaker_after(frame, _skip_space(frame, match.end()), end)
        # "…,” said Park Soo Hyun." – the phrase must end the clause ("said the North was …" is no inversion),
        # perhaps after where the speaker works ("said Dr Kang Min-seo of the Sejong Institute near Seoul.")
        place = _PLACE_TAIL.match(frame, phrase.outer[1], end) if phrase is not None else None
        if phrase is not None and _PHRASE_CLOSED.match(frame[place.end() if place else phrase.outer[1]:end]):
            return Cue(verb, match.start(), match.end(), cue_end, phrase, "inverted", False)
        named = _NAME_GIVEN_LAST.match(frame, phrase.outer[1], end) if phrase is not None \
            else _DESCRIBED_THEN_NAME_GIVEN.match(frame, match.end(), end)
        if named is not None:
            # "“…,” said one protester, a 71-year-old who gave only his surname, Lim.": the one name given
            return Cue(verb, match.start(), match.end(), cue_end, Phrase(named.start(1), named.end(1),
                                                                          (named.start(), named.start(1))),
                       "inverted", False)
        author = _document_author(frame, phrase, end) if phrase is not None else None
        if author is not None and author is not phrase and _PHRASE_CLOSED.match(frame[author.end:end]):
            # "“…,” said a statement issued by South Korea’s foreign ministry": its issuer speaks
            return Cue(verb, match.start(), match.end(), cue_end, author, "inverted", False)
    return None


#: ", who" or ", which" right before a verb, with auxiliaries and adverbs: the verb's subject is what the clause
#: hangs on ("Kim Yo Jong, …, who dismissed the gestures as a “pipe dream”").
_SUBJECT_RELATIVE = re.compile(r",\s*(?:who|which)(?:\s+(?:has|have|had|also|later|then|previously|repeatedly|once|"
                               r"recently|since|earlier|last\s+(?:week|month|year)))*\s*$")


#: Verbs of a relative clause that asks for anonymity: "a merchant, who asked to be identified only as Jin, said".
_ANONYMITY_VERBS = frozenset({"asked", "requested", "declined", "spoke", "speaking"})
_TO_BEFORE = re.compile(r"\bto\s+$")


def _relative_antecedent(frame: str, floor: int, offset: int, before: str) -> Phrase | None:
    """The speaker a subject relative clause hangs on: "a group, Korea Future Watch, which said …" → Korea Future
    Watch; "Kim Yo Jong, the powerful sister of leader Kim Jong Un, who dismissed …" → Kim Yo Jong (the name
    before an appositive, with the appositive as its description); None if no noun phrase ends at the comma."""
    relative = _SUBJECT_RELATIVE.search(before)
    if relative is None:
        return None
    comma = offset + relative.start()
    phrase = _phrase_ending_at(frame, floor, comma)
    if phrase is None or _TO_BEFORE.search(frame, max(floor, phrase.start - 4), phrase.start):
        return None  # ("a letter he had sent to the council president, which said": the letter said it)
    gap = frame[max(floor, phrase.start - 2):phrase.start]
    if gap.endswith(", ") or gap == ",":
        named = _phrase_ending_at(frame, floor, phrase.start - 2 if gap.endswith(", ") else phrase.start - 1)
        if named is not None and _name_core(frame[named.start:named.end]) \
                and not _name_core(frame[phrase.start:phrase.end]):
            return Phrase(named.start, named.end, (phrase.start, phrase.end))
    return phrase


#: A reported clause in the perfect, with a named subject: "that leader Kim Jong-un had inspected".
_PERFECT_CLAUSE = re.compile(r"\bthat\s+((?:[a-z]+\s+)?[A-Z][^,;:\"\x1a]{0,40}?)\s+(?:had|has|have)\s+[a-z]+ed\b"
                             r"(?![^,;:\"\x1a]*\bthat\b)")
#: A clause with a subject of its own: "…, while China's deputy envoy urged".
_CONTRAST_BEFORE = re.compile(r"(?:,\s*|\b)(?:while|whereas|but)\s+$")
#: "and" right before a verb, past auxiliaries and adverbs: the verb shares the sentence's subject.
_AND_BEFORE_VERB = re.compile(r"\b(?:and|but)(?:\s+(?:has|have|had|also|then|later|again|repeatedly|has since|"
                              r"in the past|at the time|since then))*\s*$")

#: A noun of speech with its speaker after it: "a warning from North Korea that it would take “…” steps".
_SPEECH_NOUN = re.compile(
    r"\b(?:warnings?|threats?|pledges?|promises?|vows?|claims?|accusations?|demands?|denunciations?)"
    r"\s+(?:from|by)\s+(?=\S)"
)

#: A speaker's own noun of speech: "Kim Jong Un's declaration that the two Koreas are “…”".
_POSSESSIVE_SPEECH_NOUN = re.compile(
    r"'s?\s+(?:(?:recent|latest|new|earlier|repeated)\s+)?(?P<noun>declarations?|warnings?|claims?|statements?|"
    r"assertions?|insistence|pledges?|promises?|vows?|threats?|accusations?|demands?|remarks?|comments?)"
    r"(?:\s+(?:in|on|at|during|last|earlier)\b[^,;:\"\x1a]{0,30}?)?\s+that\b"
)


def speech_noun_cues(frame: str, start: int, end: int) -> list[Cue]:
    """Cues made by a noun of speech: "drawing a warning from North Korea that it would take “…” steps".

    The speaker follows "from"/"by" and the quoted words must follow the speaker in the same clause ("that
    …"), so the cue attributes quoted words only (``framing``), never a reported clause.
    """
    cues = []
    from_or_by = frame.find("from", start, end) >= 0 or frame.find("by", start, end) >= 0  # (a pre-check: few have)
    for match in _SPEECH_NOUN.finditer(frame, start, end) if from_or_by else ():
        phrase = speaker_after(frame, match.end(), end)
        if phrase is None or not _THAT_NEXT.match(frame[phrase.outer[1]:end]):
            continue
        noun = match.group().split()[0]
        cues.append(Cue(noun, match.start(), match.start() + len(noun), phrase.outer[1], phrase, "normal", True))
    for match in _POSSESSIVE_SPEECH_NOUN.finditer(frame, start, end):
        phrase = _phrase_ending_at(frame, start, match.start())
        if phrase is not None:
            cues.append(Cue(match.group("noun"), match.start("noun"), match.end("noun"), match.end(), phrase,
                            "normal", True))
    return cues


def _skip_space(frame: str, pos: int) -> int:
    while pos < len(frame) and frame[pos].isspace():
        pos += 1
    return pos


#: A verb giving a verdict right before "the label", "the term" (see _mention_marker).
_CALLED_BEFORE = re.compile(r"\b(?:called|calls|calling|described|branded|dismissed)\s+$")
#: Nothing more of the clause after a quotation: the quoted words end it.
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _relative_before(frame: str, floor: int, pos: int) -> bool:
    """Is the phrase at ``pos`` the subject of a relative clause ("which Seoul said", "as Kim said")?"""
    return bool(_RELATIVE.search(frame[max(floor, pos - _WINDOW):pos]))


_IN_THE_DOCUMENT_BEFORE = re.compile(r",\s*[Ii]n\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}$")


def _document_author_before(frame: str, floor: int, verb: int) -> Phrase | None:
    """The author of a document that frames quoted words: "a dispatch by KCNA that described the line as
    “…”", "A commentary carried by the official news agency called the office a “…”".

    The document is the grammatical subject, but the words are its author's: the author speaks, as in
    "according to a statement carried by KCNA" (:func:`_document_author`).  Only for framing verbs, whose
    quoted words follow in the same clause.
    """
    window = max(floor, verb - 2 * _WINDOW)
    if frame.find("by", window, verb) < 0 and frame.find("from", window, verb) < 0:
        return None  # (the document's "by" or "from", missing from most sentences: the pattern is not tried)
    match = _DOCUMENT_BY_BEFORE_VERB.search(frame, window, verb)
    if match is None or _IN_THE_DOCUMENT_BEFORE.search(frame, max(floor, match.start() - 40), match.start()):
        return None  # ("North Korea's foreign ministry, in a statement carried by KCNA, warned": the ministry's)
    author = speaker_after(frame, match.start("author"), match.end("author"))
    if author is None or author.outer[1] != match.end("author"):
        return None
    return Phrase(author.start, author.end, (match.start(), match.start("author")))


def _document_author(frame: str, phrase: Phrase, ceiling: int) -> Phrase:
    """"according to a statement carried by KCNA" → KCNA: a document's author is the speaker."""
    words = frame[phrase.start:phrase.end].split()
    if words and _singular(_bare(words[-1])) in _DOCUMENT_HEADS:
        by = _CARRIED_BY.match(frame[phrase.end:ceiling])
        if by:
            author = speaker_after(frame, phrase.end + by.end(), ceiling)
            if author is not None:
                return Phrase(author.start, author.end, (phrase.start, phrase.end))
    return phrase


# =========================================================================== 6: names


def _split_head(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a phrase at its first real preposition: ("Cheong Seong-chang", "the Sejong Institute").

    A preposition between capitalised words of one name ("Ministry of
    Unification", "Secretary of State Antony Blinken") does not split.
    """
    for i in range(1, len(words) - 1):
        if words[i] not in PREPOSITIONS:
            continue
        if _splits_at_place_or_person(words, i):
            return words[:i], words[i + 1:]
        with_the = words[i + 1] == "the" and i + 2 < len(words)
        after = words[i + 2] if with_the else words[i + 1]
        # "Joint Chiefs of Staff" joins; "X of the Y" joins only after a body or title ("Committee for the …"),
        # not after a person ("Cheong Seong-chang of the Sejong Institute").
        joins_a_name = words[i - 1][:1].isupper() and after[:1].isupper() and (
            not with_the or words[i - 1] in ORG_WORDS or words[i - 1] in TITLE_WORDS or words[i - 1] in _NAME_PARTS)
        if not joins_a_name:
            return words[:i], words[i + 1:]
    return words, []


def _splits_at_place_or_person(words: list[str], i: int) -> bool:
    """Does the preposition ``words[i]`` end a name whatever the capitals around it?

    "in Seoul" after a name says where the speaker works ("Prof Ryu Seong-hoon of Yonsei University in
    Seoul"): a place never continues a name.  A personal name in news style ("Ryu Seong-hoon", a hyphenated
    given name) never runs on into "of Yonsei University": the "of" opens the person's affiliation.
    """
    if words[i] == "in" and _bare(words[i + 1]).title() in _PLACE_WORDS:
        return True
    return words[i] in ("of", "from", "at") and _HYPHENATED_GIVEN.fullmatch(words[i - 1]) is not None \
        and i >= 2 and words[i - 2][:1].isupper()


_DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_QUANTIFIERS = frozenset("One Some Many Several Another Both All Each Most Few".split())


def _family_name_an(words: list[str]) -> bool:
    """Whether ``words`` are the family name An and a given name ("An Kwang-il"), not the article."""
    return len(words) == 2 and words[0] == "An" and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None


def _trailing_name(words: list[str], person_only: bool = False) -> tuple[str, str] | None:
    """The capitalised name ending ``words``, without titles; (name, gender from Mr/Ms)."""
    run: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        given = run and k > 0 and words[k - 1] in KOREAN_SURNAMES  # "Kim In Chol", "Ri So Yong": a syllable
        if word in _QUANTIFIERS and not run:
            break  # "One of the sources, a local contractor, said": no name
        if word[:1].isupper() and (word not in INTRO_WORDS or given) and word not in _WEEKDAYS:
            if run and word.endswith("'s"):
                break  # "South Korea's Unification Ministry" → "Unification Ministry" ("Prosecutors' Office" stays)
            run.insert(0, word)
        elif run and _ORDINAL.fullmatch(word):
            run.insert(0, word)  # "the 7th Fleet"
        elif run and word in _NAME_PARTICLES and k > 0 and words[k - 1][:1].isupper():
            run.insert(0, word)  # "Marten de Vries"
        elif word in ("of", "for", "the", "and", "&") and run and k > 0 and (
                words[k - 1][:1].isupper() or words[k - 1] in ("of", "for")):
            run.insert(0, word)
        else:
            break
    while run and (run[0] in ("of", "for", "the", "and", "&")):
        run.pop(0)
    if run and run[0] in ("The", "A", "An") and not _family_name_an(run):
        run.pop(0)
    if not run:
        return None
    # "North Korea Sung Kim" (from "representative for North Korea Sung Kim"): the name follows the place.
    # ("Minister of Public Health Jong Mu Rim": a portfolio ends the title, the name follows)
    places = [i for i, w in enumerate(run) if _bare(w).title() in _PLACE_WORDS or w in ORG_WORDS
              or (w in PORTFOLIO_WORDS and i + 1 < len(run) and (
                  run[i + 1] in KOREAN_SURNAMES or (len(run) - i > 2 and all(
                      x not in PORTFOLIO_WORDS and x not in TITLE_WORDS and x not in ORG_WORDS and x[:1].isupper()
                      for x in run[i + 1:]))))]
    if places and places[-1] < len(run) - 1 and run[places[-1] + 1] not in ("of", "for", "and", "the", "&"):
        rest = run[places[-1] + 1:]  # (not "Ministry of National Defense": "of" continues the name)
        if not any(w in ORG_WORDS for w in rest):
            run = rest
    elif places and person_only:
        return None
    gender = ""
    titles = [i for i, w in enumerate(run) if w in _TITLE_HEADS]
    if titles and any(w in ORG_WORDS for w in run[:titles[-1]]):
        titles = []  # "Office of the U.N. High Commissioner for Human Rights": a title inside a body's name
    if titles and titles[-1] < len(run) - 1:
        cut = titles[-1]
        gender = _HONORIFIC_GENDER.get(run[cut].rstrip(".").lower(), "")
        rest = run[cut + 1:]
        while len(rest) > 1 and (rest[0] in ("of", "for", "the", "and") or rest[0] in TITLE_WORDS
                                 or rest[0].rstrip(",") in PORTFOLIO_WORDS):
            rest = rest[1:]
        if gender and len(rest) == 1:
            return " ".join(run[cut:]), gender  # "Mr Kim": kept whole until resolved
        run = rest
    if person_only and (len(run) == 1 and not gender):
        return None
    if _only_titles(run):
        return None
    return " ".join(run), gender


def _only_titles(words: Sequence[str]) -> bool:
    """Is a capitalised run only a title ("Defence Minister", "Vice Unification Minister")?

    A title is a role, not a name: "South Korea's Defence Minister, Shin Kyung-ho, said" names Shin
    Kyung-ho, and "the Unification Minister said" is a description to resolve, not a person called
    "Unification Minister".
    """
    return bool(words) and all(w in TITLE_WORDS or w.lower() in ("of", "for", "the") for w in words) \
        and any(w in _TITLE_HEADS or w in ("Minister", "Ministers") for w in words)


@functools.lru_cache(maxsize=8192)  # asked by many rules, of phrases and names that recur within and across articles
def _name_core(phrase: str) -> tuple[str, str] | None:
    """The proper name that heads a speaker phrase, without titles, and the gender an honorific gives.

    >>> _name_core("Blue House spokesman Park Soo Hyun")
    ('Park Soo Hyun', '')
    >>> _name_core("The official Korean Central News Agency")
    ('Korean Central News Agency', '')
    >>> _name_core("the presidential office in Seoul") is None
    True
    >>> _name_core("Cheong Seong-chang of the Sejong Institute")
    ('Cheong Seong-chang', '')
    >>> _name_core("US special representative for North Korea Sung Kim")
    ('Sung Kim', '')
    >>> _name_core("sister of North Korean leader Kim Jong Un") is None
    True
    """
    words = phrase.split()
    if words == ["An"]:
        return "An", ""  # the Korean family name alone ("An said"), not the article
    head, tail = _split_head(words)
    core = _trailing_name(head)
    if core is not None:
        return core
    if tail and head and _singular(_bare(head[-1])) not in _RELATIONAL:
        return _trailing_name(tail, person_only=True)
    return None


def _strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text.strip())


def _kind_of_name(name: str) -> str:
    """person or organisation, for a name not in the table."""
    words = [_bare(w) for w in name.split()]
    if any(w.title() in ORG_WORDS or w.upper() in ORG_WORDS for w in words) or (name.isupper() and len(name) > 1):
        return "organisation"
    if (affiliation_side(name) and len(words) <= 2) or name in ("North", "South"):
        return "organisation"  # a country or capital speaking: "Seoul said", "North Korea said", "the North"
    return "person"


#: Heads of descriptions that say who "she" or "he" can be: "the girl", "his daughter", "her son".
_FEMALE_HEADS = frozenset("girl daughter mother sister wife grandmother granddaughter aunt niece widow actress "
                          "waitress housewife".split())
_MALE_HEADS = frozenset("boy son father brother husband grandfather grandson uncle nephew waiter".split())


#: The aside that says which one of a group speaks: ", a local contractor who …".
_ONE_OF_ASIDE = re.compile(r",\s+(?:a|an)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)"
                           r"(?=\s+(?:who|which|from|in|at|with|for|of)\b|,|$)")


def _kind_of_description(norm: str) -> tuple[str, str]:
    """(kind, gender) of a description such as "a North Korean official" or "Some experts"."""
    words = norm.lower().split()
    one_of = len(words) > 2 and words[0] in ("one", "each") and words[1] == "of"  # "One of the waitresses"
    # The head comes before a preposition: "a spokesperson for the ministry" is a person.
    cut = next((i for i, w in enumerate(words) if i > 1 + one_of and w in PREPOSITIONS), len(words))
    words = words[2:cut] if one_of else words[:cut]
    head = _bare(_head_word(words)) if words else ""
    single = _singular(head)
    people = _PEOPLE_HEADS
    if head == "people":
        return "group", ""  # "People familiar with the matter"
    if single in people and head != single and not one_of:
        return "group", ""
    if single in people:
        gender = "f" if "woman" in head or single in _FEMALE_HEADS or "female" in words else "m" \
            if head.endswith("man") or single in _MALE_HEADS or "male" in words else ""
        return "person", gender
    if head in ("authorities", "governments", "sides", "countries", "koreas"):
        return "group", ""  # ("state media" is one body: "it" and "they" both refer back to it)
    if single == "counterpart" and words[0] in ("his", "her"):
        return "person", ""  # "Her South Korean counterpart, Kim Tae-hyo": a person's is a person
    return "organisation", ""


def _description_before(text: str) -> str:
    """The words right before a name that can describe it ("the North's state news agency" before KCNA), not
    the clause they end ("the foreign ministry on Thursday slammed a" before "UN")."""
    words = text.split()
    keep = len(words)
    while keep > 0 and (words[keep - 1] in _CARRIER_WORDS or _phrase_word_ok(words[keep - 1].rstrip(",") or ",")):
        if words[keep - 1] == "by" and (keep < 2 or words[keep - 2] not in _CARRIER_WORDS):
            break  # ("The commentary, carried by the official" describes KCNA; "a raid on the union's
            # headquarters by the" does not describe the NIS)
        keep -= 1
    return " ".join(words[keep:])


_CARRIER_WORDS = frozenset("carried published issued released aired run by".split())


def _head_word(words: Sequence[str]) -> str:
    """The head of a description, before any preposition ("an old woman in Uiju County" → "woman") or a
    participle after it ("a diplomat accredited to the IAEA" → "diplomat")."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
    if cut > 2 and words[cut - 1].lower().endswith("ed") and \
            _singular(_bare(words[cut - 2].lower())) in _PEOPLE_HEADS:
        cut -= 1
    return words[cut - 1] if cut else ""


def _modifiers(words: Sequence[str]) -> list[str]:
    """The words between the determiner and the head of a description ("a KT spokesman" → ["KT"]),
    before any preposition ("an official at the Gyeonggi Police Agency" → [])."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
    return list(words[1:cut - 1])


def _names_an_employer(words: Sequence[str]) -> bool:
    """Whether a description names a body that is not the state: "a KT spokesman", "a spokesperson for
    Upwork" (but not "a spokesperson for the Coast Guard", a public body)."""
    return any(w[:1].isupper() and not _descriptor(w) for w in _modifiers(words)) or _employer_after_for(words)


def _employer_after_for(words: Sequence[str]) -> bool:
    """Whether "for …" after the head names a body that is not the state ("a spokesman for Samsung")."""
    after = next((words[i + 1:] for i, w in enumerate(words) if i > 0 and w.lower() == "for"), [])
    return any(w[:1].isupper() and not _descriptor(w) and not _KOREA_WORD.search(w) for w in after) \
        and not any(_bare(w).lower() in _PUBLIC_BODY_WORDS for w in after)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset:
    return frozenset(_singular(w) for w in _LOWER_WORD.findall(text.lower()))


# =========================================================================== 7: speakers and history


@dataclass(frozen=True)
class Entity:
    """Someone who can speak, as named in the article, with what later references can match."""

    name: str
    side: str
    kind: str  #: person, organisation, group, or "" when unknown
    gender: str
    words: frozenset = field(default_factory=frozenset)  #: descriptive words: "the agency" matches "agency"
    full_name: bool = False  #: a multi-part personal name ("Kim Jong Un"): "Mr Kim" resolves to it
    organisation: str = ""  #: a person's ministry or office: "the ministry" can mean it

    def with_words(self, words: frozenset) -> "Entity":
        return self if not words else replace(self, words=self.words | words)


NOBODY = Entity("", "unknown", "", "")

#: Other words for the same role: "the envoy" after "Ambassador Kwon Hyuk-joo".
_HEAD_SYNONYMS = {
    "envoy": frozenset({"ambassador", "representative", "negotiator"}),
    "ambassador": frozenset({"envoy"}),
    "diplomat": frozenset({"ambassador", "envoy", "representative"}),
    "spokesman": frozenset({"spokesperson"}), "spokeswoman": frozenset({"spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "paper": frozenset({"newspaper", "daily"}), "newspaper": frozenset({"paper", "daily"}),
    "site": frozenset({"website"}), "website": frozenset({"site"}),
    # "the agency said" after "The UN's World Food Programme (WFP) has warned"
    "agency": frozenset({"programme", "program", "fund", "organization", "organisation", "service"}),
    "general": frozenset({"gen"}), "colonel": frozenset({"col"}), "professor": frozenset({"prof"}),
    # "a vice director of the National Aerospace Technology Administration …, the official was quoted as saying"
    "official": frozenset({"director", "minister", "secretary", "chief", "commander", "officer", "spokesman",
                           "spokeswoman", "spokesperson", "vice", "deputy"}),
}


@dataclass
class _Event:
    order: tuple[int, int]
    entity: Entity
    speaker: bool
    subject: bool
    ends: tuple[str, ...] = ()  #: first and last part of a full name, for "Mr Kim"


class History:
    """Who has spoken or been named so far, for resolving he/she/it/they, "the agency" and "Mr Kim"."""

    LOOKBACK = 300  #: events searched backwards; keeps long inputs linear

    def __init__(self):
        self.events: list[_Event] = []

    def add(self, order, entity: Entity, *, speaker: bool = False, subject: bool = False) -> None:
        """Record an entity at ``order`` = (paragraph, position); events stay sorted by position."""
        if entity.name:
            parts = name_key(entity.name).split() if entity.full_name else []
            ends = (parts[0], parts[-1]) if parts else ()
            bisect.insort(self.events, _Event(order, entity, speaker, subject, ends), key=lambda e: e.order)

    def _recent(self, order):
        end = bisect.bisect_left(self.events, order, key=lambda e: e.order)
        for event in reversed(self.events[max(0, end - self.LOOKBACK):end]):
            yield event

    def pronoun(self, pronoun: str, order) -> Entity | None:
        """The most recent speaker or sentence subject that fits the pronoun (kind and gender); but a person
        named earlier in the same paragraph (or, if it names nobody, the paragraph before), where no person speaks
        or opens a sentence, comes first ("Among the visitors was Oh Jae-sung, a retired teacher. ‘…,’ he said")."""
        kind, gender = PRONOUNS[pronoun], _PRONOUN_GENDER.get(pronoun, "")
        if kind == "person":
            people = [event for event in self._recent(order) if event.order[0] >= order[0] - 1
                      and event.entity.kind == "person" and event.entity.gender in ("", gender)]
            here = [event for event in people if event.order[0] == order[0]] or people
            if here and not any(event.speaker or event.subject for event in here) and here[0].entity.full_name:
                return here[0].entity
        for event in self._recent(order):
            entity = event.entity
            if not (event.speaker or event.subject):
                continue
            if kind == "person" and entity.kind == "person" and entity.gender in ("", gender):
                return entity
            if kind == "organisation" and entity.kind == "organisation":
                return entity
            if kind == "group" and entity.kind in ("group", "organisation"):
                return entity
        if kind == "person":  # nobody spoke or opened a sentence: a person merely named ("For Lee Keum-seom, …")
            for event in self._recent(order):
                if event.entity.kind == "person" and event.entity.gender in ("", gender):
                    return event.entity
        return None

    def _latest(self, order, within: int, accept) -> Entity | None:
        """The latest entity named at most ``within`` paragraphs before ``order`` that ``accept`` takes, or None:
        the one scan behind the look-ups below."""
        for event in self._recent(order):
            if event.order[0] < order[0] - within:
                return None
            if accept(event.entity):
                return event.entity
        return None

    def recent_with(self, words: frozenset, order, within: int = 3, side: str = "") -> Entity | None:
        """The latest entity with a side (``side`` if given) described with one of ``words``."""
        return self._latest(order, within, lambda entity: entity.side != "unknown"
                            and side in ("", entity.side) and bool(words & entity.words))

    def recent_media(self, order, within: int = 2) -> Entity | None:
        """The latest broadcaster or newspaper of either Korea ("Korean Central Television")."""
        return self._latest(order, within, lambda entity: entity.kind == "organisation"
                            and entity.side in ("seoul", "pyongyang") and bool(_MEDIA_WORDS & entity.words))

    def recent_newspaper(self, order, within: int = 2) -> Entity | None:
        """The latest newspaper of either Korea by its name ("Rodong Sinmun"), not a body described as owning one."""
        return self._latest(order, within, lambda entity: entity.kind == "organisation"
                            and entity.side in ("seoul", "pyongyang") and bool(_NEWSPAPER_WORDS & _words(entity.name)))

    def latest_body(self, order, within: int = 0) -> Entity | None:
        """The latest organisation with a side, by default in the same paragraph before ``order``."""
        return self._latest(order, within, lambda entity: entity.kind == "organisation" and entity.side != "unknown")

    def issuer(self, order) -> Entity | None:
        """Who issued a document referred to at ``order``: the latest speaker or subject of the same paragraph,
        else the latest speaker of the paragraph before; or None."""
        for event in self._recent(order):
            if event.order[0] == order[0] and (event.speaker or event.subject):
                return event.entity
            if event.order[0] == order[0] - 1 and event.speaker:
                return event.entity
            if event.order[0] < order[0] - 1:
                return None
        return None

    def anaphor(self, head: str, kind: str, side: str | None, order,
                modifiers: frozenset = frozenset()) -> Entity | None:
        """The most recent entity of ``kind`` described with ``head`` ("the agency" → the news agency);
        for a body, also the organisation of a person named before ("the ministry" after "Unification
        Minister Kim Yung-ho" → Unification Ministry).  ``modifiers`` must all describe it too: "the health
        ministry" is not the foreign ministry named before."""
        events = list(self._recent(order))
        if head in _DOCUMENT_HEADS:
            # "The General Staff said in a statement carried by KCNA …. “…,” the statement said": the one who
            # issued it, before the agency merely named as carrying it
            events = sorted(events, key=lambda event: not (event.speaker or event.subject))  # (stable)
        for event in events:
            entity = event.entity
            if side not in (None, entity.side) or not modifiers <= entity.words | _words(entity.organisation):
                continue
            if (head in entity.words or _HEAD_SYNONYMS.get(head, frozenset()) & entity.words) and \
                    (not kind or entity.kind == kind):
                return entity
            if kind == "organisation" and entity.organisation and head in _words(entity.organisation):
                return Entity(entity.organisation, entity.side, "organisation", "", _words(entity.organisation))
        return None

    def latest_person(self, order) -> Entity | None:
        """The latest person who spoke or opened a sentence before ``order``, else the latest person named,
        or None."""
        named = None
        for event in self._recent(order):
            if event.entity.kind == "person":
                if event.speaker or event.subject:
                    return event.entity
                named = named or event.entity
        return named

    def person_between(self, start, end, gender: str) -> Entity | None:
        """The last person of the right gender named between the orders ``start`` and ``end``, or None."""
        for event in self._recent(end):
            if event.order < start:
                return None
            entity = event.entity
            if entity.kind == "person" and entity.gender in ("", gender):
                return entity
        return None

    def head_of(self, body: str, order, within: int = 2) -> Entity | None:
        """A person with a side named at most ``within`` paragraphs before ``order`` whose organisation is
        ``body`` ("the Foreign Ministry" after "South Korean Foreign Minister Park Sung-min"), or None."""
        key = name_key(body)
        for event in self._recent(order):
            if event.order[0] < order[0] - within:
                return None
            entity = event.entity
            if entity.kind == "person" and entity.side != "unknown" and entity.organisation \
                    and name_key(entity.organisation) == key:
                return entity
        return None

    def recent_body(self, head: str, order, within: int = 2) -> Entity | None:
        """The latest organisation with a side whose name has the word ``head``."""
        return self._latest(order, within, lambda entity: entity.kind == "organisation"
                            and entity.side != "unknown" and head in _words(entity.name))

    def short_name(self, part: str, gender: str, order, before: Entity | None = None) -> Entity | None:
        """The most recent full name with ``part`` as its first or last word ("Kim" → Kim Jong Un); within
        one paragraph a speaker or sentence subject comes before a name merely mentioned ("Kim Yo Jong, the
        sister of Kim Jong Un, threatened …" then "Kim called …" is the sister).  ``before`` is whom the same
        words ("Mr Park") named earlier in the article: they still do, over a namesake merely mentioned since
        ("funds channelled to the former president Park Geun-hye")."""
        key = name_key(part)
        first = None
        related = None  #: a namesake of the same paragraph described by its relation to ``first``
        for event in self._recent(order):
            entity = event.entity
            if first is not None and event.order[0] != first[0]:
                break
            if entity.full_name and gender in ("", entity.gender or gender) and key in event.ends:
                if event.speaker or event.subject:
                    return entity
                if first is None:
                    first = (event.order[0], entity)
                elif entity.name != first[1].name and related is None:
                    related = entity
        if first is not None and before is not None:
            return before
        if related is not None and "of" in first[1].words and _RELATIONAL & first[1].words:
            # "a statement by Kim Yo Jong, the sister of North Korean leader Kim Jong Un" then "Kim said": the
            # sister, whom the leader's name only describes
            return related
        if first is not None:
            # "Kim Chol Nam told RIA Novosti …" … "Trump has called Kim Jong Un a “smart guy”" … "Kim praised …":
            # a speaker of the article with the name outranks a namesake merely mentioned since
            speaker = next((event.entity for event in self._recent(order) if event.speaker
                            and event.entity.full_name and key in event.ends
                            and gender in ("", event.entity.gender or gender)), None)
            return speaker if speaker is not None else first[1]
        return None


#: A personal name in the reporter's words: two or three capitalised words ("Cho Myoung-gyon", "Ri Chol Su",
#: "Julia Hartman"), or an honorific and a name ("Mr Cho"); words of places, bodies and titles are filtered out.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"  #: lower-case letters of names, accented too ("Martínez")
_NAME_RUN = re.compile(
    rf"(?=[A-Z])(?<![\w'-])(?:(?:Mr|Mrs|Ms|Dr)\.? [A-Z][{_LOWER}]+|[A-Z][{_LOWER}]+(?:-[{_LOWER}]+)?"
    rf"(?: (?:(?:de|van|von|der|den|da|di|del|du|bin|al|le) ){{0,2}}[A-Z][{_LOWER}]+(?:-[{_LOWER}]+)?){{1,2}})"
    r"(?=['\u2019]s(?![\w'\u2019-])|(?![\w'\u2019-]))"  # "President Bae Jin-ho's offer" names Bae Jin-ho
)


def _filtered_name_word(word: str, words: list[str]) -> bool:
    """Whether ``word`` of the run ``words`` makes it no personal name (a place, a body, a weekday); "Un" of Kim
    Jong Un is not the "UN", nor "An" of An Kwang-il the article."""
    if word == "Un" or (word == "An" and _family_name_an(words)):
        return False
    return _bare(word) in _NAME_FILTER


def _name_runs(frame: str, start: int, end: int) -> Iterable[re.Match]:
    """Name runs of a sentence, looking past a title in front: "Defense Minister Chung Hae-won" gives
    "Chung Hae-won".

    :data:`_NAME_RUN` takes at most three capitalised words, so a title run ("Defense Minister Chung") would
    hide the name it introduces and the person would have no profile (and later read as a private voice).
    When a run holds a title or filter word before its last word, the search starts again after that word.
    """
    pos = start
    while pos < end:
        match = _NAME_RUN.search(frame, pos, end)
        if match is None:
            return
        words = match.group().split(" ")
        cut = next((k for k, w in enumerate(words[:-1]) if (_filtered_name_word(w, words) or w in TITLE_WORDS)
                    and w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr")), None)  # "Mr Cho" is a name
        if cut is not None:
            pos = match.start() + sum(len(w) + 1 for w in words[:cut + 1])
            continue
        yield match
        pos = match.end()


#: A body named in the reporter's words, with an owner in front if any: "its Committee for the Peaceful
#: Reunification of Korea", "North Korea's Nuclear Weapons Institute".
_BODY_NAME = re.compile(
    r"(?:\b(?:its|his|her|their)\s+|\b[A-Z][\w-]*(?: [A-Z][\w-]*)?'s\s+)?(?P<name>(?:[A-Z][\w'-]*\s+){0,4}"
    r"(?:Committee|Commission|Council|Department|Ministry|Agency|Institute|Bureau|Association|Federation|Front|Panel)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'-]*)*)?)"
)
#: A role described by its body in the reporter's words ("issued by a spokesperson for the North's foreign
#: ministry"): a later "the spokesperson" is that person.
_ROLE_OF_BODY = re.compile(
    r"\b(?:an?|the)\s+(?P<role>(?:[\w'\u2019-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|envoy|"
    r"ambassador|diplomat|representative|negotiator))\s+(?:for|of|from|at)\s+"
    r"(?P<body>(?:(?:the|of|for|and|[A-Z][\w'\u2019.-]*|(?-i:north|south)['\u2019]s|foreign|defen[cs]e|unification|"
    r"military|government|state|ministry|office|agency|committee|army|navy|party|affairs)(?![\w'\u2019-])\s*)+)"
)
_NAMED_AFTER = re.compile(r",?\s*[A-Z][a-z]+(?:-[a-z]+)? [A-Z]")
_ROLE_WORD = re.compile(r"\b(?:spokes(?:man|woman|person)|official|envoy|ambassador|diplomat|representative|"
                        r"negotiator)\s+(?:for|of|from|at)\b")
_BODY_WORD = re.compile(r"(?=[A-Z])\b(?:Committee|Commission|Council|Department|Ministry|Agency|Institute|Bureau|"
                        r"Association|Federation|Front|Panel)\b")
#: Roles through which a body speaks: "a spokesman" right after a body is named is its spokesman.
_BODY_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "prosecutor"})
#: Words that tell one ministry or agency from another: "the health ministry" is not "the foreign ministry".
_BODY_KINDS = frozenset("health foreign defense defence unification justice interior finance trade education "
                        "agriculture industry environment culture labor labour welfare science customs police "
                        "intelligence".split())
#: An unnamed source placed only by where they live: "a source in North Pyongan Province".
_INFORMANT = re.compile(r"\bsources?\s+(?:in|from|inside|within)\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*\s*)+"
                        r"(?:Province|County|City|city)?|region|area|border area|country|province|city|town|village)\b")
#: Bodies whose people are named after them: "the ministry's spokesman", "the agency's director".
_BODY_OWNERS = frozenset("ministry agency office committee command government party military army embassy "
                         "mission council commission department panel court".split())
#: Voices of a broadcaster or newspaper: "a commentator" right after a state broadcaster is named is its own.
#: What makes a source an official one: "a military source", "an intelligence source".
_STATE_SOURCE_WORDS = frozenset("military intelligence diplomatic security defense defence army navy ministry "
                                "presidential administration".split())
_MEDIA_VOICES = frozenset({"commentator", "announcer", "presenter", "anchor", "newsreader", "narrator"})
#: A voice of the state's broadcasts in a person's description: in the North every announcer is state media.
_STATE_MEDIA_ROLE = re.compile(rf"\b(?:{'|'.join(sorted(_MEDIA_VOICES))})s?\b", re.IGNORECASE)
#: What a broadcaster airs, whose narrator or presenter speaks for it: "the programme's narrator".
_SHOW_WORDS = frozenset({"program", "programme", "documentary", "broadcast", "film", "show", "bulletin"})
_MEDIA_WORDS = frozenset({"television", "tv", "radio", "broadcaster", "newspaper", "agency", "media", "kcna", "kctv",
                          "sinmun", "website", "outlet"})
#: Family relations: "the dead sergeant's uncle" speaks for the family, a private voice, unless the article
#: places the relative ("the leader's sister" is placed by the leader).
_RELATIVES = frozenset("uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter parent mother "
                       "father son daughter brother sister wife husband widow".split())
#: People known by who they are, not by an office: relatives, and "an old woman", "a witness".
_PRIVATE_HEADS = _RELATIVES | frozenset("woman man girl boy teenager survivor witness neighbour neighbor passer-by "
                                        "customer diner housewife mourner spectator onlooker viewer pair couple "
                                        "crew waitress waiter cook chef vendor shopkeeper villager fisherman "
                                        "tourist person people volunteer".split())
_PEOPLE_HEADS = frozenset(_PERSON_HEADS | _PRIVATE_HEADS)
#: Words that say what role a person has: the heads of descriptions and roles of one kind.
_ROLE_WORDS = _PEOPLE_HEADS.union(*_ROLE_KINDS)
#: Words of a government body: after "North Korea's foreign ministry", "the health ministry" may be the North's.
_BODY_WORDS = frozenset("ministry agency office committee commission department government military army".split())
#: A relative of someone named: "Mr. Lee's older brother", "the brother of the dead official".
_RELATIVE_OF_SOMEONE = re.compile(r"['\u2019]s?\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_RELATIVES)) + r")s?\b|\b(?:"
                                  + "|".join(sorted(_RELATIVES)) + r")s? of\b")
#: Heads of a description that stands for one named person or body ("the country's foreign minister").
_NAMEABLE_HEADS = frozenset("minister spokesman spokeswoman spokesperson coach president premier ambassador envoy "
                            "commander director chief head chairman chairwoman leader secretary agency newspaper "
                            "watchdog investigator rapporteur governor mayor website broadcaster".split())
#: Newsroom names of offices: "South Korea's top diplomat" is its foreign minister, its "spy chief" the
#: intelligence director.
_ROLE_IDIOMS = {"top diplomat": ("minister", frozenset({"foreign"})),
                "spy chief": ("director", frozenset({"intelligence"}))}
#: Words that tell one role from another of the same head: "the foreign minister" is not "the defense minister".
_ROLE_QUALIFIERS = frozenset("foreign defense defence unification prime vice deputy spy intelligence trade "
                             "finance justice interior health state party cabinet".split())
#: Modifiers that say nothing about which body a person belongs to ("a senior official").
_GENERIC_MODIFIERS = set("senior top high-ranking junior unnamed anonymous unidentified former current acting "
                         "deputy vice chief then new outgoing incoming interim lead principal assistant associate "
                         "government state military official".split())
_KOREA_WORD = re.compile(r"\bKoreas?\b|\bKorean|\bChosun\b|\bChoson\b")
_AND_SPLIT = re.compile(r"\s(?:and|&)\s")


def _own_title(title: str) -> str:
    """The title run before a name, without another person named before an "and" ("President Lee Hoon-sang
    and Japanese Prime Minister" → "Japanese Prime Minister"); a portfolio's "and" stays ("Minister of
    Culture, Sports and Tourism")."""
    parts = _AND_SPLIT.split(title.strip())
    if len(parts) > 1 and parts[-1].split()[0] not in PORTFOLIO_WORDS:
        return parts[-1].strip()
    return title.strip()
_DESCRIPTION_HEAD = re.compile(r"^(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'-]+\s+){0,5}?([a-z-]+)$", re.IGNORECASE)


#: Where a role is held, after it: "its ambassador to Indonesia", "the envoy in Beijing".
_POSTED_TO_PLACE = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*$")


def _with_owner(description: str, before: str) -> str:
    """A description owned by "its" or "their" with the country the sentence names before it: "North Korea
    sent its ambassador to Indonesia, Ri Sung Chol" describes Ri as North Korea's ambassador."""
    first, _, rest = description.partition(" ")
    country = last_affiliation(before) if first.lower() in ("its", "their") and rest else None
    return f"{country[2]}'s {rest}" if country is not None else description


#: A document named in passing as where its issuer spoke: "estimated *in a report* this week", "said in its
#: annual review".
_NAMED_IN_PASSING = re.compile(r"\b(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?P<head>"
                               r"reports?|statements?|assessments?|reviews?|studies|study|papers?|analys[ie]s)\b")


#: A capitalised owner opening a description: "Nepal's foreign ministry", "Uganda's embassy".
_PLACE_OWNER = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)['\u2019]s\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:ministry|embassy|government|president|prime minister|foreign minister|mission|"
                          r"parliament|military|army|navy|ambassador|envoy)\b")
#: Verbs by which a body or person puts out a document.
_PUT_OUT_VERBS = "presented|released|published|issued|submitted|unveiled|delivered|filed"
#: A sentence ending by putting out a document: "… read out a letter addressed to his father. "
_DOCUMENT_PUT_OUT_LAST = re.compile(r"\b(?:read out|read|sent|wrote|posted|" + _PUT_OUT_VERBS + r")\s+"
                                    r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|"
                                    r"message|note|report|commentary|editorial)\b[^.!?]{0,80}[.!?]\s*$")
#: A document its subject puts out: "presented her annual report", "released a statement".
_PUT_OUT_DOCUMENT = re.compile(r"\s+(?:" + _PUT_OUT_VERBS + r")\s+"
                               r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?P<head>"
                               r"reports?|statements?|assessments?|reviews?|studies|study|papers?|analys[ie]s)\b")


#: The office of a named leader after a preposition: "a senior official at Yoon's office", "aides in Kim's
#: administration".
_PERSONS_OFFICE = re.compile(r"\b(?:at|in|of|from|for|with)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})'s?\s+"
                             r"(?:office|administration|government|cabinet|staff|secretariat)\b")


#: Words of a newspaper's name or description: whose an editorial is.
_NEWSPAPER_WORDS = frozenset({"newspaper", "sinmun", "daily", "paper"})


#: A place or body joined to a description by "with", "by" or "from": "Seoul with South Korea's chief negotiator".
_JOINED_BEFORE = re.compile(r"[^,;:\"\x1a]*?\b(?:with|by|from)\s+(?=\S)")


#: A description right before the name it gives: "a factory worker named …", "A company commander identified as …".
_DESCRIBED_NAMED_BEFORE = re.compile(r"(?<![\w'-])((?:[Aa]n?|[Tt]he)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+"
                                     r"(?:named|surnamed|identified (?:only )?as)\s+$")


class PersonProfiles:
    """What an article says about each named person, collected over the whole article before attribution.

    A person is often introduced once with a title or an affiliation and later quoted by name alone
    ("South Korea's Unification Minister, Cho Myoung-gyon, …" … "“…,” Mr Cho said"); their side is the same
    throughout the article.  For each full name this keeps its *descriptors*: the title run before it
    ("National security adviser Jang Min-ho"), an appositive after it ("Ri Chol Su, a senior official of
    the …,") or before it ("her South Korean counterpart, Lee Jae-woong"), including those attached to a
    short form ("Mr Lee, South Korea's special representative, …").  It also keeps which description named
    whom ("her son, Ri Sang Chol"), so that "Her son … said" can be resolved to the name.
    """

    def __init__(self, table: SpeakerTable):
        self.table = table
        self._descriptors: dict[str, list[str]] = {}
        self._names: dict[str, str] = {}  #: key of a full name → the name as first written
        self._by_part: dict[str, str] = {}  #: first or last word of a full name → the name, most recent
        self._parts: dict[str, set[str]] = {}  #: first or last word of a full name → the keys of all such names
        self._named: list[tuple[tuple[int, int], str, str]] = []  #: (order, description key, name)
        self._sides: dict[str, str] = {}

    def add_paragraph(self, index: int, frame: str, sentences) -> None:
        """Collect the descriptors of the names in one paragraph's frame (quoted words are masked)."""
        for s0, s1 in sentences:
            for match in _name_runs(frame, s0, s1):
                words = match.group().split()
                a, b = match.start(), match.end()
                if len(words) > 2 and words[0] in INTRO_WORDS:  # "But Kim Young-ho"
                    a, words = a + len(words[0]) + 1, words[1:]
                if any(_filtered_name_word(w, words) for w in words) or _only_titles(words):
                    continue
                name = self._full_name(words)
                if name is None:
                    continue
                key = name_key(name)
                self._names.setdefault(key, name)
                found = self._descriptors.setdefault(key, [])
                title = _phrase_ending_at(frame, s0, b)
                if title is not None and title.start < a and not _VERB_RE.search(frame, title.start, a):
                    # ("The minister called Kim Jong Un's remarks …": a subject and its verb are no title)
                    # "President Lee Hoon-sang and Japanese Prime Minister Kenji Morita": Morita's title
                    # starts after the "and"; "the powerful sister of North Korean leader Kim Jong Un": his
                    # title is "North Korean leader".
                    own = _own_title(frame[title.start:a])
                    relation = list(_RELATIONAL_OF.finditer(own))
                    found.append(own[relation[-1].end():].strip() if relation else own)
                named_as = _DESCRIBED_NAMED_BEFORE.search(frame, max(s0, a - 80), a) \
                    if frame.find("ed", max(s0, a - 25), a) >= 0 else None
                if named_as is not None:
                    # "A company commander identified as Ri Chol Min", "a factory worker named Kim Myong Sil"
                    found.append(named_as.group(1))
                after = _APPOSITIVE_AFTER.match(frame[b:s1])
                if after and _looks_like_appositive(after.group(1)) and not (
                        after.group(1).split()[0] in ("who", "which") and _VERB_RE.search(after.group(1))) \
                        and not _is_passing_action(after.group(1)):
                    # ("Han Seung-ho, who described Australia as …": what he says is no description of him)
                    found.append(_with_owner(after.group(1).strip(), frame[s0:a]))  # ("its ambassador")
                body = _OF_BODY_AFTER_NAME.match(frame, b, s1)
                if body and body.group(1).split()[-1] not in ("North", "South"):
                    found.append(body.group(1))
                before = frame[max(s0, a - 3):a]
                if before.rstrip().endswith(",") and _NAME_THEN_END.match(frame[b:s1]):
                    comma = s0 + len(frame[s0:a].rstrip()) - 1
                    described = _phrase_ending_at(frame, s0, comma)
                    if described is None:  # "The South's vice-minister of culture and sport, Jang Mi-ran,"
                        role = _ROLE_OF_PLACE.search(frame, max(s0, comma - _WINDOW), comma)
                        described = Phrase(role.start(), role.end()) if role is not None else None
                    joined = _JOINED_BEFORE.match(frame, described.start, described.end) if described else None
                    if joined is not None and not _DESCRIPTION_HEAD.match(frame[described.start:described.end]):
                        # "talks in Seoul with South Korea's chief nuclear negotiator, Yoo Jae-hoon": too long
                        # to be one description, it is the one after "with" (and not Seoul's)
                        described = Phrase(joined.end(), described.end)
                    if described is not None:
                        text = frame[described.start:described.end]
                        head = _DESCRIPTION_HEAD.match(_POSTED_TO_PLACE.sub("", text))
                        if head and _singular(_bare(head.group(1))) not in _PERSON_HEADS and " of " in text:
                            # "vice-minister of culture and sport": the head comes before the portfolio
                            head = _DESCRIPTION_HEAD.match(text.split(" of ", 1)[0])
                        if head and _singular(_bare(head.group(1).split("-")[-1])) in _PERSON_HEADS | {"counterpart"}:
                            found.append(_with_owner(text, frame[s0:described.start]))
                            self._named.append(((index, described.start), _description_key(text), name))
            # (every match holds "name" or "identified": the pattern is tried only in the few sentences that do)
            for match in _ONLY_BY_NAME.finditer(frame, s0, s1) if _may_give_a_name(frame, s0, s1) else ():
                # "One student, a 19-year-old who asked to be identified only by her surname, Kang, said": what
                # the sentence says before the name describes the person known by it alone
                self._descriptors.setdefault(name_key(match.group(1)), []).append(frame[s0:match.start()])
            for match in _SURNAME_THEN_COMMA.finditer(frame, s0, s1):
                # "Thae, now a member of South Korea's parliament, said": an appositive of a surname already
                # given in full describes that person.
                before = frame[max(s0, match.start() - 20):match.start()].split()
                if before and before[-1][:1].isupper() and not before[-1].endswith((".", "!", "?", ":", ";", ",")):
                    continue  # the end of a longer name, handled above
                name = self._by_part.get(name_key(match.group(1)))
                after = _APPOSITIVE_AFTER.match(frame[match.end(1):s1])
                if len(self._parts.get(name_key(match.group(1)), ())) > 1:
                    # "Kim, the researcher, …" after Kim Jong Un and Kim Hyun-jin, a research fellow: the one
                    # the aside fits, if any
                    name = self.described_namesake(match.group(1), after.group(1)) if after else None
                if name is not None and len(name.split()) > 1 and after and _looks_like_appositive(after.group(1)) \
                        and not _is_passing_action(after.group(1)):
                    self._descriptors.setdefault(name_key(name), []).append(after.group(1).strip())

    def _full_name(self, words: list[str]) -> str | None:
        """The full name a run stands for: itself, or for "Mr Cho" the latest full name with that part."""
        if words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr"):
            return self._by_part.get(name_key(words[-1]))
        name = " ".join(words)
        parts = name_key(name).split()
        self._by_part[parts[0]] = name
        self._by_part[parts[-1]] = name
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                self._parts.setdefault(part, set()).add(name_key(name))
        return name

    def fits(self, name: str, description: str) -> bool:
        """Whether what the article said of ``name`` shares a role with ``description`` (a word, or roles of
        one kind: "research fellow" and "the researcher")."""
        said = _words(self.descriptors(name)) & _ROLE_WORDS
        wanted = _words(description) & _ROLE_WORDS
        return bool(said & wanted) or any(said & group and wanted & group for group in _ROLE_KINDS)

    def described_namesake(self, part: str, description: str) -> str | None:
        """The one full name with ``part`` as its first or last word that ``description`` fits, or None."""
        key = name_key(part)
        found = [self._names[name] for name in sorted(self._parts.get(key, ())) if self.fits(name, description)]
        return found[0] if len(found) == 1 else None

    def names_described_as(self, head: str, qualifiers: frozenset) -> list[str]:
        """The full names the article describes with the word ``head`` ("minister") and every word of
        ``qualifiers`` ("foreign"), in any title or appositive."""
        found = []
        for key, texts in self._descriptors.items():
            words = _words(" ; ".join(text for text in texts if not _DEED_CLAUSE.match(text)))
            if len(key.split()) > 1 and head in words and qualifiers <= words:
                found.append(self._names[key])
        return found

    def full_names(self) -> list[str]:
        """Every full name (two words or more) the article gives."""
        return [name for name in self._names.values() if len(name.split()) > 1]

    def gender(self, name: str) -> str:
        """"f" or "m" when a description of ``name`` says so ("the teenage daughter of …"), else ""."""
        heads = {_singular(_bare(word)) for word in self.descriptors(name).lower().split()}
        return "f" if heads & _FEMALE_HEADS else "m" if heads & _MALE_HEADS else ""

    def full_name_with(self, part: str) -> str | None:
        """A full name of the article with ``part`` as its first or last word, or None."""
        name = self._by_part.get(name_key(part))
        return name if name is not None and len(name.split()) > 1 else None

    def descriptors(self, name: str) -> str:
        """Everything the article says about ``name`` in titles and appositives, joined by " ; "."""
        return " ; ".join(self._descriptors.get(name_key(name), ()))

    def side(self, name: str) -> str:
        """The side the descriptors of ``name`` agree on: each is judged by :func:`decide_side`, the most
        frequent decided side wins (the first one on a tie); ``unknown`` if none decides.

        A bare nationality ("South Korea's Han Da-bin", a footballer) names no office: it counts only when
        nothing else decides, and then makes the person a private voice, ``other``."""
        key = name_key(name)
        if key not in self._sides:
            votes: dict[str, int] = {}
            nationality = ""
            texts = self._descriptors.get(key, ())
            for text in texts:
                side, reason = decide_side("", _without_workplace(text), self.table)
                if side == "pyongyang" and _STATE_MEDIA_ROLE.search(text):
                    votes[side] = votes.get(side, 0) + 1  # the North's TV announcer speaks for its state media
                elif side in ("seoul", "pyongyang") and reason.startswith("affiliation") \
                        and not OFFICE_WORDS.search(text):
                    nationality = side
                elif side != "unknown":
                    votes[side] = votes.get(side, 0) + 1
            if nationality and any(OFFICE_WORDS.search(text) for text in texts):
                # "Col. Kim Yong Ho, who led the North's team": a rank in one description, the country in another
                votes[nationality] = votes.get(nationality, 0) + 1
            self._sides[key] = max(votes, key=lambda k: votes[k]) if votes else \
                "other" if nationality else "unknown"
        return self._sides[key]

    #: How many paragraphs back a description's name is looked for: the naming sentence and the speech are
    #: close, with at most one paragraph (often another person's quotation) between them.
    NAMED_WITHIN = 2

    def named_by(self, description: str, order) -> str | None:
        """The name a description was given shortly before ("her son, Ri Sang Chol"), or None."""
        key = _description_key(description)
        k = bisect.bisect_left(self._named, (order,))
        for where, described, name in reversed(self._named[:k]):
            if where[0] < order[0] - self.NAMED_WITHIN:
                break
            if described == key:
                return name
        return None


#: A relative clause telling what a person did, not what they are: "who arrived for talks between the ministers"
#: does not describe a minister.
_DEED_CLAUSE = re.compile(r"(?:who|which)\s+(?!(?:is|was|has\s+been|had\s+been|serves|served|remains)\b)")


#: Who gave a person's name, which places them, not the person: "identified by South Korean officials only as".
_IDENTIFIED_BY = re.compile(r"\b(identified|named)\s+by\s+[^,;]*?(?=\s+only\b|\s+as\b|,|;|$)")


def _without_workplace(text: str) -> str:
    """A description without a closing "in Seoul": "who heads the office's branch in Seoul" places a UN
    official in Seoul, it does not make her Seoul's (the city an analyst works in is no employer either, nor the
    one a visitor "arrived in", nor the officials who "identified" her)."""
    if "by" in text:
        text = _IDENTIFIED_BY.sub(r"\1", text)
    return _WORKPLACE_TAIL.sub("", _JOURNEY.sub("", text))


def _description_key(text: str) -> str:
    """A description without its article, lower case: "Her son" and "her son" are one description."""
    return " ".join(_LEADING_ARTICLE.sub("", text.strip()).lower().split())


#: Words that make a capitalised run something other than a personal name.
_NAME_FILTER = {w.lower() for w in ORG_WORDS | _PLACE_WORDS | _WEEKDAYS | INTRO_WORDS} | {
    "north", "south", "korean", "koreans", "american", "chinese", "japanese", "russian", "peninsula", "war",
    "council", "minister", "ministry", "president", "presidential", "defence", "defense", "unification",
    "foreign", "national", "security", "state", "supreme", "people's", "workers", "united", "joint", "chiefs",
} | {w.lower() for w in PORTFOLIO_WORDS}


#: An owner before a role: "Its spokeswoman", "the president's spokesman" (pronoun, or "the" and a role).
_OWNER_BEFORE_ROLE = re.compile(r"(?:^|,\s*|\bof\s+)(?:(its|his|her|their)|[Tt]he ([a-z]+)'s)\s+(?:[a-z-]+\s+){0,3}?"
                                r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|secretary|envoy|"
                                r"deputy|official|minister|office|ministry|committee|commission|council|department|"
                                r"agency|institute|bureau|chairman|chairwoman|chair|director|head|president|founder|"
                                r"leader|member|lawyer|coach)\b", re.IGNORECASE)


class _Resolver:
    """Turns speaker phrases into entities using the table and the article's history."""

    def __init__(self, table: SpeakerTable):
        self.table = table
        self.history = History()
        self.profiles = PersonProfiles(table)
        self.acronyms: dict[str, str] = {}  #: acronyms the article defines, to their full names
        self.people_named: dict[str, str] = {}  #: table people named so far → gender (see person_by_surname)
        self.reporter_text: list[str] = []  #: the reporter's words so far (quotations masked), by paragraph
        self.home = ""  #: the side of the city the story is datelined in (Seoul or Pyongyang), if any
        self.datelined = False  #: does the story open with a dateline, of any city?
        self.abroad = False  #: is the story datelined in a city of neither Korea ("TOKYO --")?
        #: people of the table the article names only inside quotations, by first and by last word; None
        #: where two share the word
        self.quoted_people: dict[str, SpeakerEntry | None] = {}
        self.named_bodies: list[SpeakerEntry] = []  #: bodies of the table the article names, in order
        self.foreign_bodies: set[str] = set()  #: bodies of the table the article gave another country ("Japan's …")
        #: the table's names found in each text of the article: a paragraph without quotations is its own frame,
        #: and a phrase is resolved again by each rule that reads it
        self._names_in: dict[str, list[tuple[int, int, SpeakerEntry]]] = {}
        self._name_cores: dict[str, tuple[str, str] | None] = {}  #: the name core of each phrase, likewise
        self._sides: dict[tuple[str, str], tuple[str, str]] = {}  #: the side of each (speaker, phrase), likewise
        #: whom a title and surname ("Mr Park") named, with where: the same words name the same person
        self._titled: dict[tuple[str, str], list[tuple[tuple, Entity]]] = {}

    def _kin_of_named(self, text: str) -> SpeakerEntry | None:
        """The row a description of a relative stands for: "leader Kim Jong-un's powerful sister", "the sister of
        North Korean leader Kim Jong Un" → the one row whose note calls it his sister; else None."""
        owned = _RELATIVE_OF_NAMED.search(text) if text.endswith(_KIN_WORDS) else None  # (name, kin)
        of = _KIN_OF_NAMED.search(text) if owned is None and " of " in text else None  # (kin, name)
        name, relation = owned.groups() if owned else of.groups()[::-1] if of else (None, None)
        owner = self.table.lookup(name) if name else None
        return self.table.relative_of(owner, relation) if owner is not None else None

    def _ruling_party_named(self, order) -> str | None:
        """The party the article last called "ruling" by name ("the ruling People Power Party"), or None."""
        for frame in reversed(self.reporter_text[:order[0] + 1]):
            found = list(_RULING_PARTY.finditer(frame))
            if found:
                return found[-1].group(1)
        return None

    def _titled_before(self, titled: tuple[str, str] | None, order) -> Entity | None:
        """Whom the title and surname ``titled`` last named before ``order``, or None."""
        found = [(at, entity) for at, entity in self._titled.get(titled, ()) if at < order] if titled else []
        return max(found, key=lambda item: item[0])[1] if found else None

    def names_in(self, text: str) -> list[tuple[int, int, SpeakerEntry]]:
        """The table's names in ``text`` (:meth:`SpeakerTable.find_in`), each text scanned once per article."""
        found = self._names_in.get(text)
        if found is None:
            found = self._names_in[text] = self.table.find_in(text)
        return found

    def decide_side(self, speaker: str, phrase: str) -> tuple[str, str]:
        """:func:`decide_side` with the table, each speaker and phrase decided once per article."""
        key = speaker, phrase
        if key not in self._sides:
            self._sides[key] = decide_side(speaker, phrase, self.table)
        return self._sides[key]

    def name_core(self, phrase: str) -> tuple[str, str] | None:
        """:func:`_name_core` of ``phrase``, each phrase worked out once per article."""
        if phrase not in self._name_cores:
            self._name_cores[phrase] = _name_core(phrase)
        return self._name_cores[phrase]

    def _namesake_described(self, part: str, description: str, found: Entity, order) -> Entity:
        """"Kim, the researcher, warned" after Kim Jong Un and Kim Hyun-jin, a research fellow, were named: of
        the full names with ``part``, the one the aside describes, when ``found`` (the latest) does not fit it."""
        if not _words(description) & _ROLE_WORDS or self.profiles.fits(found.name, description):
            return found
        namesake = self.profiles.described_namesake(part, description)
        if namesake is None:
            return found
        entity, _ = self.entity_for(namesake, namesake, Phrase(0, len(namesake)), "", order)
        return entity

    def add_quoted_people(self, norm: str) -> None:
        """Remember the table's people a paragraph names, quoted words included, for a later bare surname,
        and the table's bodies it names, for a speaker described before being named."""
        for _, _, entry in self.names_in(norm):
            if entry.kind == "organisation" and entry not in self.named_bodies:
                self.named_bodies.append(entry)
            parts = name_key(entry.name).split()
            if entry.kind != "person" or len(parts) < 2:
                continue
            for part in {parts[0], parts[-1]}:
                known = self.quoted_people.setdefault(part, entry)
                if known is not None and known.name != entry.name:
                    self.quoted_people[part] = None

    def entity_for(self, original: str, norm: str, phrase: Phrase, cue_text: str, order,
                   place: str = "", sentence: str = "", expand_short: bool = True) -> tuple[Entity, str]:
        """The entity a phrase names, and the rule suffix saying how it was resolved; ``place`` is the side of
        a place the sentence opens with ("In Seoul, …"), which places an unnamed body."""
        text_o, text_n = original[phrase.start:phrase.end], norm[phrase.start:phrase.end]
        outer_n = norm[slice(*phrase.outer)]
        extra = _words(cue_text)
        low = text_n.strip().lower()
        low = _OBJECT_PRONOUNS.get(low, low)
        if low in PRONOUNS:
            found = self.history.pronoun(low, order)
            if low == "it" and (found is None and _DOCUMENT_OPENING.match(sentence)
                                or self._document_just_put_out(sentence)):
                # "The statement singled out the USS Kentucky, which it called a “…”": the statement's issuer;
                # "his son Kim Yeong-jun read out a letter addressed to his father. It said: “…”": who read it
                found = self.history.issuer(order) or found
            return (found.with_words(extra), "+pronoun") if found else (NOBODY, "+unresolved-pronoun")
        headed = self._table_head(text_n)
        if headed is not None:
            start, end, entry = headed
            full = entry.kind == "person" and len(name_key(entry.name).split()) > 1
            side = entry.side
            if entry.kind == "organisation" and side in ("seoul", "pyongyang") and (
                    entry.name in self.foreign_bodies or foreign_owner(text_n[:start])):
                # "Japan's National Police Agency" is Japan's, and so is "the National Police Agency" after it
                side = "other"
                self.foreign_bodies.add(entry.name)
            if entry.kind == "person":  # a namesake the article describes otherwise ("…, a professor at …")
                side, _ = self.decide_side(entry.name, outer_n + " ; " + self.profiles.descriptors(entry.name))
            # (the table's name for a member body, or for a description: "soccer's global governing body" is FIFA)
            described = entry.name[:1].isupper() and name_key(text_n[start:end]) != name_key(entry.name) and (any(
                w[:1].islower() and w not in PREPOSITIONS and w != "the" for w in text_o[start:end].split()[1:])
                or (entry.kind == "person" and self.name_core(text_n[start:end]) is None))  # ("General Secretary")
            shown = text_o[start:end] if self.table.lookup(text_n[start:end]) is entry and not described \
                else entry.name
            return Entity(shown, side, entry.kind, entry.gender, entry.words | _words(outer_n)
                          | extra, full, entry.organisation if entry.kind == "person" else ""), ""
        core = self.name_core(text_n)
        if core is None or (" " not in core[0] and _descriptor(core[0].lower()) and not core[1]):
            # ("Police said", "Prosecutors said": a description that opens a sentence, not a name)
            return self._description(text_o, text_n, outer_n, extra, order, place, sentence)
        name_n, gender = core
        offset = text_n.rfind(name_n)
        name_o = text_o[offset:offset + len(name_n)] if offset >= 0 else name_n
        parts = name_n.split()
        if len(parts) == 1 or (gender and len(parts) == 2):
            titled = (gender, name_key(name_n)) if len(parts) == 2 else None
            before = self._titled_before(titled, order)
            found = self.history.short_name(parts[-1], gender, order, before)
            if found is not None and phrase.appositive and len(parts) == 1:
                found = self._namesake_described(parts[-1], outer_n.replace(name_n, " ", 1), found, order)
            if found is not None:
                if titled is not None:
                    self._titled.setdefault(titled, []).append((order, found))
                return found.with_words(extra), "+short-name"
            full_name = self.profiles.full_name_with(parts[-1]) if expand_short else None
            if full_name is not None:  # "Morita said" after "Japanese Prime Minister Kenji Morita"
                # once only: a "full name" that is itself a title and a surname must not expand again
                entity, _ = self.entity_for(full_name, full_name, Phrase(0, len(full_name)), "", order,
                                            expand_short=False)
                return entity.with_words(extra | _words(outer_n)), "+short-name"
            quoted = self.quoted_people.get(name_key(parts[-1])) if len(parts) == 1 else None
            if quoted is not None:  # "Kim declared …" where only a quotation named Kim Jong Un
                return Entity(quoted.name, quoted.side, "person", quoted.gender, quoted.words | _words(outer_n)
                              | extra, True, quoted.organisation), "+short-name"
        shortened = self.table.lookup_prefix(name_n) if len(parts) > 1 else None
        if shortened is not None:  # "the Joint Chiefs" after (or without) "the Joint Chiefs of Staff"
            return Entity(name_o, shortened.side, shortened.kind, "", shortened.words | _words(outer_n) | extra,
                          False, ""), ""
        described_by = self.expand_acronyms(_without_workplace(outer_n) if phrase.appositive else outer_n)
        side, reason = self.decide_side(name_n, described_by)  # "DP floor leader" → "Democratic Party …"
        if reason.startswith("non-government role") and reason.split(": ", 1)[-1].lower() in _MEDIA_VOICES:
            media = self.history.recent_media(order)
            if media is not None and media.side == "pyongyang":
                # "The commentator, identified in the broadcast as Ri Chol Jin," of the North's state television
                side, reason = "pyongyang", f"state media: {media.name}"
        if side in ("seoul", "pyongyang") and reason.startswith("affiliation") and not gender \
                and _kind_of_name(name_n) == "person" and not OFFICE_WORDS.search(described_by):
            # "North Korea's Pak Myong-hui smashed the record": a nationality, no office; what the article
            # says of her decides, else she is a private voice
            profile = self.profiles.side(name_n)
            side = profile if profile != "unknown" else "other"
        if side == "unknown":
            side = self._possessor_side(outer_n, order)
        kind = _kind_of_name(name_n) if not gender else "person"
        if side == "unknown" and kind == "person" and len(parts) == 1 and self.profiles.descriptors(name_n):
            # a person the article names by one word only, described once ("…, identified only as Kang")
            described = self.profiles.descriptors(name_n)
            side = self.profiles.side(name_n)
            if side == "unknown" and private_person(described):
                side = "other"
        if side == "unknown" and kind == "person" and len(parts) == 1 and _DOUBLE_SURNAME.fullmatch(name_n):
            side = "other"  # "Amir-Abdollahian thanked Pyongyang": a foreign double surname, no Korean name
        if side == "unknown" and kind == "person" and len(parts) == 1 and _HYPHENATED_GIVEN.fullmatch(name_n) \
                and not _TENS.match(name_n) \
                and not OFFICE_WORDS.search(outer_n + " " + self.profiles.descriptors(name_n)):
            side = "other"  # "Ji-yeon - not her real name": a private person known by a given name
        if side == "unknown" and kind == "person" and len(parts) == 1 and (name_n in KOREAN_SURNAMES or gender) \
                and not OFFICE_WORDS.search(outer_n + " " + self.profiles.descriptors(name_n)) \
                and not _STATE_CARRIER.search(sentence):
            side = "other"  # "the man, surnamed Jeong" … "Jeong told the court": named, and holding no office
        if side == "unknown" and kind == "person" and len(parts) == 1 and name_n not in KOREAN_SURNAMES \
                and OFFICE_WORDS.search(outer_n):
            side = "other"  # "Prime Minister Kishida": an office, and no Korean family name
        if side == "unknown" and kind == "person" and len(parts) > 1:
            side, described = self.profiles.side(name_n), self.profiles.descriptors(name_n)
            if side == "unknown" and described and self.acronyms:
                # "The PPP's interim leader, Han Dong-hoon" after "People Power party (PPP)": a party politician
                spelt_out = self.expand_acronyms(described)
                side = self.decide_side("", spelt_out)[0] if spelt_out != described else side
            body = _BARE_BODY_TITLE.search(outer_n + " ; " + described) if side == "unknown" else None
            if body is not None:
                # "ministry spokesman Yoh Sang-key" after "South Korea's Unification Ministry said": that ministry
                found = self.history.recent_body(body.group(1).lower(), order)
                side = found.side if found is not None else side
            if side == "unknown" and _STATE_CARRIER.search(sentence) and name_style(name_n) in ("south", "north") \
                    and OFFICE_WORDS.search(outer_n + " " + described):
                # "Vice Foreign Minister Kim Jong-gyu said in a statement carried by KCNA": however the name is
                # spelt, a Korean official whose statement the North's state media carry is the North's (a foreign
                # president's letter they publish is not)
                side = "pyongyang"
            title = outer_n[:outer_n.find(name_n)].rsplit(",", 1)[-1].split() if name_n in outer_n else []
            if side == "unknown" and title and _singular(_bare(title[-1]).lower()) in _PERSON_HEADS \
                    and any(w[:1].isupper() and w not in TITLE_WORDS and not _descriptor(w)
                            and not _KOREA_WORD.search(w) for w in title[:-1]) \
                    and not _PUBLIC_BODY_WORDS & {_bare(w).lower() for w in title}:
                side = "other"  # "KFA spokesman Choi Young-il", "Samsung spokesman …": a named body's, no state's
            if side == "unknown" and described:
                side = self._possessor_side(described, order, pronouns=False)  # "…, the forum's director"
            if side == "unknown":
                side = side_from_name_style(name_n, outer_n + " " + described)
            if side == "unknown" and private_person(_without_workplace(outer_n) + " " + " ; ".join(
                    _without_workplace(text) for text in described.split(" ; "))):
                side = "other"  # a named person with no office and no country: a private voice ("a strategist
                # at Mirae Asset Securities in Seoul" works in Seoul, not for it)
        if side == "unknown" and kind == "organisation" and place in ("seoul", "pyongyang") \
                and _GOVERNMENT_BODY_NAME.search(name_n):
            side = place  # "In Seoul, the Foreign Ministry said"
        if kind == "organisation" and (side == "unknown" or reason.startswith("non-government role")) \
                and _STATE_CARRIER.search(sentence):
            # "The National Aerospace Technology Administration said in a statement carried by KCNA"; an
            # institute whose statement the North's state media carry is a state body, not a think tank
            side = "pyongyang"
        if side == "unknown" and kind == "organisation" and self.home and _GOVERNMENT_BODY_NAME.search(name_n):
            side = self.home  # "the Ministry of the Interior and Safety" in a story from Seoul
        if side == "unknown" and kind == "organisation" and _GOVERNMENT_BODY_NAME.search(name_n):
            head = self.history.head_of(name_n, order)
            side = head.side if head is not None else side  # "Foreign Minister Park Sung-min" named just before
        owner_text = sentence[:sentence.find(name_n)] if name_n in sentence else sentence
        if side == "unknown" and kind == "organisation" and not self.datelined and _MINISTRY.search(name_n) \
                and (affiliation_side(owner_text) or ("",))[0] != "other" and not _FOREIGN_CITY.search(sentence):
            # "the Defense Ministry said", "the Suwon District Court" with no dateline: copy about the two Koreas
            # names the North's and foreign bodies by their country, so one named by its kind alone is Seoul's
            # (not "The Ministry of Defence said it would hold a service in London", nor "Britain's Ministry of
            # Defence"; but "chipmakers operating in China" after the name is no owner)
            side = "seoul"
        if side == "unknown" and kind == "organisation" and not _KOREA_WORD.search(name_n):
            side = "other"  # a named body that is neither government ("The IOC said"): anyone else
        if side in ("seoul", "pyongyang") and kind == "person" and not reason.startswith("table"):
            described = self.profiles.descriptors(name_n) + " ; " + outer_n
            if _RELATIVE_OF_SOMEONE.search(described) and not OFFICE_WORDS.search(described):
                side = "other"  # "Mr. Lee's older brother, Lee Sang-gyu": a relative speaks for the family
        full = kind == "person" and len(parts) > 1 and not gender
        ministry = _MINISTER.search(outer_n)
        organisation = f"{ministry.group(1)} Ministry" if ministry and kind == "person" else ""
        if kind == "organisation" and name_o in self.acronyms:
            name_o = self.acronyms[name_o]  # "INDOPACOM said" after "The U.S. Indo-Pacific Command (INDOPACOM)"
        return Entity(name_o, side, kind, gender, _words(outer_n) | extra, full, organisation), ""

    def add_acronyms(self, frame: str) -> None:
        """Remember the acronyms the article defines: "The Korea Football Association (KFA)" → KFA."""
        if " (" not in frame:
            return  # no definition, as in most paragraphs: the longer pattern is not tried
        for match in _ACRONYM_DEFINITION.finditer(frame):
            self.acronyms.setdefault(match.group(2), match.group(1))

    def expand_acronyms(self, phrase: str) -> str:
        """The phrase with the article's acronyms spelt out: "a KFA official" → "a Korea Football
        Association official", so that the full name can decide the side (an association is no government)."""
        if not self.acronyms:
            return phrase
        return _ACRONYM_WORD.sub(lambda m: self.acronyms.get(m.group(), m.group()), phrase)

    def _document_just_put_out(self, sentence: str) -> bool:
        """Whether the sentence before ``sentence``, in this paragraph, ends by putting out a document ("read
        out a letter addressed to his father."), which an "It said" opening ``sentence`` then quotes."""
        text = self.reporter_text[-1] if self.reporter_text else ""
        at = text.find(sentence.strip()) if sentence.strip() else -1
        return at > 0 and _DOCUMENT_PUT_OUT_LAST.search(text, max(0, at - 200), at) is not None

    def _possessor_side(self, phrase: str, order, pronouns: bool = True) -> str:
        """The side of someone the phrase names as owner: "Kim Eui-kyeom, Moon's spokesman" → Moon's side;
        "Its spokeswoman, Ahn Eun-joo" → the side of what "its" refers to (unless not ``pronouns``: an owner
        in an earlier sentence's aside is no longer the latest body); "The president's spokesman" → the side
        of the president named before."""
        for match in _OWNER_BEFORE_ROLE.finditer(phrase):
            owner = (match.group(1) or match.group(2)).lower()
            if owner in _POSSESSIVE_PRONOUNS and not pronouns:
                continue
            if owner in _POSSESSIVE_PRONOUNS:
                found = self.history.pronoun(_POSSESSIVE_PRONOUNS[owner], order)
            elif owner in _BODY_OWNERS:  # "Jeon Soo-yeon, the ministry's spokesperson": the ministry just named
                # (the body this paragraph is about first: "The UN's World Food Programme said …, said Sofia
                # Lindqvist, the agency's country director")
                found = self.history.latest_body(order) or self.history.recent_body(owner, order, within=1)
            else:
                found = self.history.anaphor(owner, "person", None, order) \
                    or self.history.anaphor(owner, "organisation", None, order)
                if found is None and self.decide_side("", f"the {owner}")[0] == "other":
                    return "other"  # "the hospital's director": a hospital, a company … is no state's
            if found is not None and found.side == "unknown" and found.kind == "organisation":
                found = replace(found, side=self.decide_side("", found.name)[0])  # ("Its director": the clinic's)
            if found is not None and found.side != "unknown":
                return found.side
        for match in _CAPITAL_OWNER.finditer(phrase):
            word = match.group(1)
            entry = self.table.lookup(word)
            found = entry.side if entry else None
            if found is None:
                person = self.history.short_name(word, "", order)
                found = person.side if person else None
            if found and found != "unknown":
                return found
        return "unknown"

    def _table_head(self, text_n: str) -> tuple[int, int, SpeakerEntry] | None:
        """A table name that heads the phrase: it ends the phrase's head ("South Korea's Joint Chiefs of
        Staff"), or only words naming the same kind of body follow it ("the KCNA news agency")."""
        words_end = len(" ".join(_split_head(text_n.split())[0]))
        for start, end, entry in self.names_in(text_n[:words_end]):
            rest = text_n[end:words_end].split()
            if not rest or (entry.kind == "organisation" and all(w.lower() in _ORG_NOUNS for w in rest)):
                member = self._member_named(entry, rest[-1].lower()) \
                    if rest and text_n[:start].strip().lower() in ("", "the") else None
                return (start, end, member) if member is not None else (start, end, entry)
        return None

    def _member_named(self, body: SpeakerEntry, noun: str) -> SpeakerEntry | None:
        """The one body of ``body`` the article named: "the U.N. agency" after "the World Food Programme" is the
        programme, not the United Nations; None if there is none or several."""
        members = [entry for entry in self.named_bodies if entry is not body and entry.organisation == body.name
                   and noun in _words(entry.title)]
        return members[-1] if len({m.name for m in members}) == 1 else None

    def _description(self, text_o, text_n, outer_n, extra, order, place: str = "",
                     sentence: str = "") -> tuple[Entity, str]:
        """A speaker without a name: "a North Korean official", "the ministry" (resolved if mentioned before)."""
        words = text_n.split()
        kin = self._kin_of_named(text_n)
        if kin is not None:  # "leader Kim Jong-un's powerful sister": the one the table knows as his sister
            return Entity(kin.name, kin.side, kin.kind, kin.gender, kin.words | extra, True, kin.organisation), \
                "+relative"
        if [w.lower() for w in words] in (["the", "ruling", "party"], ["ruling", "party"]):
            named = self._ruling_party_named(order)
            if named is not None:  # "the ruling People Power Party" before: the party is the one it named
                entity, _ = self.entity_for(named, named, Phrase(0, len(named)), "", order)
                if entity.name:
                    return entity.with_words(extra), "+anaphor"
        if len(words) > 2 and words[0].lower() in ("one", "each") and words[1] == "of":
            # "One of the sources, a local contractor who …, said": the aside says which one
            at = outer_n.find(text_n)
            aside = _ONE_OF_ASIDE.match(outer_n, at + len(text_n)) if at >= 0 else None
            head = _singular(_bare(aside.group(1).split()[-1])) if aside is not None else ""
            if head in _PEOPLE_HEADS and head not in ("man", "woman") and " " in aside.group(1):
                words = aside.group(1).split()
                text_n = text_o = aside.group(1)
            else:  # the group's words decide the side: "One of the waitresses" is a waitress
                words = words[3:] if words[2].lower() in ("the", "his", "her", "its", "their") else words[2:]
        if len(words) == 2 and words[0].lower() in ("his", "her") and _singular(_bare(words[1])) in _DOCUMENT_HEADS:
            # "Kim Yo Jong issued a statement. Her statement called …": the statement of whom "her" refers to
            author = self.history.pronoun(_POSSESSIVE_PRONOUNS[words[0].lower()], order)
            if author is not None and author.kind == "person":
                return author.with_words(extra), "+pronoun"
        if len(words) == 2 and words[0].endswith("'s") and words[0][:1].isupper() \
                and _singular(_bare(words[1])) in _DOCUMENT_HEADS:
            # "Kim's statement also described the drills as “…”": the statement's author
            owner = words[0][:-2]
            entity, _ = self.entity_for(owner, owner, Phrase(0, len(owner)), "", order)
            if entity.name:
                return entity.with_words(extra), "+anaphor"
        if len(words) >= 3 and words[0].lower() == "the" and words[1].endswith("'s") and words[1].islower() \
                and _singular(_bare(words[-1])) in _DOCUMENT_HEADS \
                and all(w.islower() or w.isdigit() for w in words[2:-1]) and len(words) <= 6:
            # "The commission's report said", "The ministry's previous two editions described": the document of
            # the body named before
            owner = f"the {words[1][:-2]}"
            entity, how = self.entity_for(owner, owner, Phrase(0, len(owner)), "", order)
            if how == "+anaphor" and entity.side != "unknown":
                return entity.with_words(extra), how
        if len(words) == 2 and words[0].lower() == "the" and _AGE.fullmatch(words[1]):
            # "the 31-year-old said": the person the story is about, its latest speaker or subject
            found = self.history.latest_person(order)
            if found is not None:
                return found.with_words(extra), "+anaphor"
        kind, gender = _kind_of_description(text_n)
        at = outer_n.find(text_n)
        if at >= 0 and outer_n.startswith(",", at + len(text_n)) \
                and _is_passing_action(outer_n[at + len(text_n) + 1:].strip()):
            outer_n = outer_n[:at + len(text_n)]  # "who wore a badge bearing the portraits of …": no employer
        side, reason = self.decide_side("", outer_n)
        owner = _PLACE_OWNER.match(text_n) if side == "unknown" else None
        if owner is not None and owner.group(1) not in KOREAN_SURNAMES and self.table.lookup(owner.group(1)) is None \
                and self.history.short_name(owner.group(1), "", order) is None \
                and self.profiles.full_name_with(owner.group(1)) is None:
            # "Nepal's foreign ministry said": a country the word lists do not know, and no person's name
            side, reason = "other", f"owner: {owner.group(1)}"
        undated = ""  #: the side an unplaced official of an undated story falls back to
        if side == "unknown":
            expanded = self.expand_acronyms(outer_n)
            if expanded != outer_n:
                side, reason = self.decide_side("", expanded)
        worded_side = side  #: the side the words themselves give, before guesses from context
        if side == "unknown" and _STATE_CARRIER.search(sentence) and _GOVERNMENT_WORDS & {w.lower() for w in words}:
            # "In a statement carried by KCNA, a foreign ministry spokesperson called …": the North's, whatever
            # ministry the article named before
            side = "pyongyang"
        if side == "unknown" and sentence and {"country's", "nation's"} & {w.lower() for w in words}:
            # "Japan remains ready …, the country's foreign minister said": the country the sentence opens with
            country = affiliation_side(sentence)
            side, reason = (country[0], f"affiliation: {country[1]}") if country else (side, reason)
        if side == "unknown" and place and kind in ("organisation", "group"):
            side, reason = place, "affiliation: place of the sentence"
        if side == "unknown" and kind == "person":
            # "In Seoul, the unification ministry said …. “…,” a ministry official said": the body just named
            for word in _modifiers(words):
                owner = word.endswith("'s")  # ("the ministry's spokesman": the owner rule below)
                body = self.history.recent_body(word, order, within=1) if word.islower() and not owner else None
                if body is not None:
                    side = body.side
                    break
        if side == "unknown":
            side = self._side_of_body_named_before(words)
        # (in the phrase, or in what follows it: "A senior investigator" of "… at the agency's cyber bureau")
        body_after = (_OF_THE_BODY.search(text_n) or _OF_THE_BODY.search(outer_n)) \
            if side == "unknown" and kind == "person" else None
        if body_after is not None:
            # "An official at the ministry said": the ministry just named ("South Korea's unification ministry")
            body = self.history.recent_body(body_after.group(1).lower(), order)
            side = body.side if body is not None else side
        if 2 <= len(words) <= 4 and words[0].lower() in ("a", "an", "the") and all(w.islower() for w in words[1:-1]) \
                and _singular(words[-1].lower()) in _MEDIA_VOICES:
            # "North Korea's Korean Central Television aired the match. A commentator said …": its commentator;
            # "The programme's narrator" of the documentary it aired, however many paragraphs ago
            body = self.history.recent_media(order, within=10 if _bare(words[1]) in _SHOW_WORDS
                                             or _singular(words[-1].lower()) == "narrator" else 2)
            side = body.side if body is not None else side
        if side == "unknown" and len(words) == 2 and words[0].lower() in ("a", "an") \
                and _singular(words[1].lower()) in _BODY_VOICES:
            # "North Korea's Red Cross said …, but a spokesman warned": the body just named speaks through him.
            body = self.history.latest_body(order)
            side = body.side if body is not None else side
        head = _singular(_bare(_head_word(words)))
        if kind in ("person", "group") and head in _PRIVATE_HEADS and (
                side == "unknown" or (reason.startswith("affiliation") and not OFFICE_WORDS.search(outer_n))
                or (head in _RELATIVES and _OWNER_OF_HEAD.search(text_n))):
            # "the dead sergeant's uncle", "an old woman in Uiju County": a private voice; a nationality
            # ("a North Korean woman") names no office, nor does a relative's ("Moon Jae-in's daughter")
            side = "other"
        if side == "unknown" and kind in ("person", "group") \
                and _singular(_bare(_head_word(words))) in ("prosecutor", "judge"):
            court = self.history.recent_with(_COURT_WORDS, order)  # "a senior prosecutor" after "the Suwon court"
            side = court.side if court is not None else side
        if side == "unknown" and kind == "person" and _singular(_bare(_head_word(words))) == "diplomat":
            side = "other"  # "a diplomat accredited to the IAEA": a diplomat of neither Korea is named by country
        if kind in ("person", "group") and (
                side == "unknown" or (reason.startswith("affiliation") and _INFORMANT.search(text_n))) and (
                _INFORMANT.search(text_n) or (_singular(_bare(_head_word(words))) in ("source", "informant")
                                              and words[0].lower() != "the")) \
                and not (_GOVERNMENT_WORDS | _STATE_SOURCE_WORDS) & _words(outer_n):
            # "a source in North Pyongan Province", "sources told Daily NK", "a source in Pyongyang": an
            # informant where they live, no official
            side = "other"
        owners = [w for w in _modifiers(words) if w[:1].isupper()]
        author = self.table.lookup(" ".join(words[1:-1])) if len(words) > 2 and words[0].lower() in ("a", "an", "the") \
            and _singular(_bare(words[-1])) in _DOCUMENT_HEADS else None
        if author is not None:  # "A KCNA commentary dismissed …": the agency's own commentary
            return Entity(author.name, author.side, author.kind, author.gender, author.words | extra), "+anaphor"
        owner_entry = self.table.lookup_prefix(" ".join(owners).rstrip("'")) or self.table.lookup(
            " ".join(owners).rstrip("'")) if owners and words[-2].endswith("'") else None
        if side == "unknown" and owner_entry is not None:
            side = owner_entry.side  # "the Joint Chiefs' spokesman": the body of the table
        office = _PERSONS_OFFICE.search(text_n) if side == "unknown" and kind in ("person", "group") else None
        if office is not None:
            # "A senior official at Yoon's office": the side of the leader whose office it is
            leader, _ = self.entity_for(office.group(1), office.group(1), Phrase(0, len(office.group(1))), "", order)
            side = leader.side if leader.side in ("seoul", "pyongyang") else side
        if side == "unknown" and (any(w[:1].isupper() and not _descriptor(w) and not _KOREA_WORD.search(w)
                                      for w in _modifiers(words)) or _employer_after_for(words)):
            side = "other"  # "a KT spokesman": of a named body that is no government, like "The IOC said"
        if side == "unknown" and len(words) >= 3 and words[0].lower() == "the" and words[1].endswith("'s") \
                and _bare(words[1]) in _BODY_OWNERS:
            # "the ministry's spokesman told a briefing": the spokesman of the ministry just named
            owner_body = self.history.recent_body(_bare(words[1]), order)
            if owner_body is not None:
                return Entity(_strip_article(text_o), owner_body.side, kind, gender,
                              _words(outer_n) | extra), "+anaphor"
        possessor = _POSSESSIVE_PRONOUNS.get(words[0].lower())
        owner = self.history.pronoun(possessor, order) if possessor else None
        if owner is not None:
            # "his spokesman", "Its foreign ministry": the side of whoever "his" or "its" refers to, before
            # any guess from where the story was filed
            side = owner.side if side == "unknown" or (worded_side == "unknown" and owner.side != "unknown") \
                else side
            if owner.kind == "organisation" and owner.side == side:
                # "its foreign ministry spokesperson" → "North Korea's foreign ministry spokesperson"
                text_o = f"{owner.name}'s {text_o.split(None, 1)[1]}" if len(words) > 1 else text_o
        if len(words) == 2 and words[0].lower() in ("a", "an", "one") \
                and _singular(_bare(words[1])) in _DOCUMENT_HEADS:
            # "The Unification Ministry marked the day with a statement urging …": whoever opened the sentence;
            # "“…,” one article said" after "Uriminzokkiri has stepped up attacks …": the body just named
            issuer = self.history.issuer(order) or self.history.latest_body(order, within=1)
            if issuer is not None and issuer.side != "unknown":
                return issuer.with_words(extra), "+anaphor"
        if side == "unknown" and _singular(_bare(_head_word(words))) in _DOCUMENT_HEADS \
                and _STATE_CARRIER.search(sentence):
            side = "pyongyang"  # "A commentary carried by the Korean Central News Agency warned …"
        if side == "unknown" and _singular(_bare(_head_word(words))) in ("editorial", "op-ed", "column") \
                and words[0].lower() in ("a", "an", "one"):
            paper = self.history.recent_newspaper(order, within=2)
            if paper is not None:  # "An editorial in the paper urged …" after "The Rodong Sinmun … carried"
                return paper.with_words(extra), "+anaphor"
        # ("an officer at Ganghwa police station": the body where the person works, after them, counts too)
        if side == "unknown" and _GOVERNMENT_WORDS & ({w.lower() for w in words} | (_words(outer_n) & _FORCE_WORDS)):
            if _STATE_CARRIER.search(sentence):
                side = "pyongyang"  # "In a statement carried by KCNA, a foreign ministry spokesperson …"
            elif self.home and not _names_an_employer(words):
                # "a senior government official" in a story from Seoul ("a KT spokesman" names his company)
                side = self.home
            elif self.abroad and kind == "person":
                side = "other"  # "a fisheries official in the town of Okushiri" in a story from Tokyo
            elif not self.datelined and not _names_an_employer(words) \
                    and (not self.history.recent_with(_BODY_WORDS, order, within=1, side="pyongyang")
                         or {w.lower() for w in words} & {"police", "prosecutors"}):
                # (the North's police and prosecutors are hardly ever quoted: "Police said" after a paragraph on
                # a North Korean website is still Seoul's)
                # "a military official told reporters" with no dateline: the North's officials are named by
                # their country or their state media, so an unplaced one is Seoul's ("the official" only if it
                # refers to no one named before)
                side, undated = ("seoul", "") if words[0].lower() != "the" else (side, "seoul")
        named = self.profiles.named_by(text_n, order) if kind == "person" else None
        if named is not None:  # "Her son … said" after "her son, Ri Sang Chol,"
            entity, _ = self.entity_for(named, named, Phrase(0, len(named)), "", order)
            return entity.with_words(extra | _words(outer_n)), "+named-before"
        definite = words[0].lower() == "the" and kind != "group"
        if definite and not any(w[:1].isupper() for w in words[1:]) and len(words) <= 4:
            head = _singular(_bare(words[-1]))
            if head in _COURT_DOCUMENTS:
                # "The indictment said …": the court's or prosecution's paper, not the defendant's words
                court = self.history.recent_with(_COURT_WORDS, order)
                side = court.side if court is not None else self.home or ("other" if self.abroad else side)
                return Entity(_strip_article(text_o), side, "organisation", "", _words(outer_n) | extra), ""
            wanted = "" if head in _DOCUMENT_HEADS else kind
            modifiers = frozenset(_singular(_bare(w)) for w in words[1:-1]) & _BODY_KINDS
            found = self.history.anaphor(head, wanted, side if reason.startswith("affiliation") else None, order,
                                         modifiers)
            paper = self.history.recent_newspaper(order, within=1) \
                if head in ("editorial", "commentary", "op-ed", "column") else None
            if paper is not None:
                # "The Rodong Sinmun, mouthpiece of the ruling Workers' Party, carried … a commentary": the paper
                # that carried it, not the party it speaks for nor a leader it quoted
                return paper.with_words(extra), "+anaphor"
            if found is not None and head in _DOCUMENT_HEADS and order[1] < 5:
                # "The statement, carried by KCNA, blamed Seoul" opening a paragraph: the statement just reported,
                # by whoever spoke last in the paragraph before, not an older one by another body
                latest = self.history.issuer(order)
                found = latest if latest is not None and latest.side != "unknown" else found
            if found is None and head in _DOCUMENT_HEADS:
                found = self._document_sender(head, order)
            if found is None and head in ("editorial", "commentary", "op-ed", "column"):
                # "The editorial concludes by calling …": the newspaper (for an editorial) or the outlet the
                # article is about, not the farmer it quoted last
                found = (self.history.recent_newspaper(order, within=20) if head != "commentary" else None) \
                    or self.history.recent_media(order, within=20)
            if found is None and head in _DOCUMENT_HEADS:
                # "The Blue House released a readout. “…,” the statement said": whoever opened this paragraph
                # or spoke in it; else the last speaker before ("In a statement released through the ministry,
                # he said …"); else the latest body.
                found = self.history.issuer(order) or self.history.pronoun("it", order) \
                    or self.history.pronoun("he", order)
            if found is not None and found.side == "unknown" and side != "unknown":
                found = replace(found, side=side)  # "the presenter" of a state broadcaster just named
            if found is not None:
                return found.with_words(extra), "+anaphor"
        if side == "unknown" and _singular(_bare(_head_word(words))) in ("source", "informant") \
                and not (_GOVERNMENT_WORDS | _STATE_SOURCE_WORDS) & _words(outer_n):
            side = "other"  # "the source said" when no source was placed before: an informant
        side = undated if side == "unknown" and undated else side
        return Entity(_strip_article(text_o), side, kind, gender, _words(outer_n) | extra), ""

    def _document_sender(self, head: str, order) -> Entity | None:
        """Who sent the document "the letter" refers to, when this or the previous paragraph names it with
        "from" ("read out a congratulatory letter from Unification Minister Kwon Young-se"), or None."""
        # ("a letter from …", "a report by the Sejong Institute")
        pattern = re.compile(rf"\b{head}s?\b[^.;:\"\x1a]{{0,40}}?\b(?:from|by)\s+")
        for text in reversed(self.reporter_text[-2:]):
            senders = [speaker_after(text, match.end(), len(text)) for match in pattern.finditer(text)]
            senders = [phrase for phrase in senders if phrase is not None]
            if senders:
                entity, _ = self.entity_for(text, text, senders[-1], "", order)
                if not entity.name:
                    return None
                placed, reason = self.decide_side("", text[slice(*senders[-1].outer)])
                issuer = self.history.issuer(order)
                # ("the party's" places a politician, not a department: in the North the party is the state)
                if (placed == "unknown" or reason == "party politician") and issuer is not None \
                        and issuer.side in ("seoul", "pyongyang"):
                    # "KCNA said, citing a statement from the party's United Front Department": a sender
                    # nothing places is on the side of whoever carries the document
                    entity = replace(entity, side=issuer.side)
                return entity
        # "The UN's Food and Agriculture Organization (FAO) estimated in a report this week that …": the subject of
        # a sentence of this paragraph that names the document in passing, with no speech verb to register it;
        # or of one of this paragraph or the one before that says it put the document out ("Elena Marković, the
        # U.N. special rapporteur, presented her annual report")
        texts = [(self.reporter_text[-1], _NAMED_IN_PASSING)] if self.reporter_text else []
        texts += [(text, _PUT_OUT_DOCUMENT) for text in reversed(self.reporter_text[-2:])]
        for text, pattern in texts:
            for match in reversed(list(pattern.finditer(text))):
                stop = text.rfind(". ", 0, match.start())
                opening = stop + 2 if stop >= 0 else 0
                if _singular(match.group("head").lower()) != head or not text[opening:match.start()].strip() \
                        or _VERB_RE.search(text, opening, match.start()):
                    continue
                subject = sentence_subject(text, opening, match.start())
                if subject is not None:
                    entity, _ = self.entity_for(text, text, subject, "", order)
                    return entity if entity.name else None
        return None

    #: Paragraphs searched back for a body's earlier mention: keeps long inputs linear.
    BODY_LOOKBACK = 20

    def _side_of_body_named_before(self, words: list[str]) -> str:
        """"a coast guard officer" after "the South Korean coast guard": the side the article gave the body."""
        cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PREPOSITIONS), len(words))
        words = words[:cut]  # ("a coast guard officer on Yeonpyeong": the head comes before the place)
        body = [w for w in words[:-1] if w.islower() and _descriptor(w) and w not in _GENERIC_MODIFIERS
                and w not in DETERMINERS]
        if not body:
            return "unknown"
        body_words = r"\s+".join(f"(?i:{re.escape(w)})" for w in body)  # "ministry" after "Defense Ministry"
        pattern = re.compile(r"(?<![\w-])((?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:[a-z-]+\s+){0,2})" + body_words + r"\b")
        for text in reversed(self.reporter_text[-self.BODY_LOOKBACK:]):
            for match in pattern.finditer(text):
                found = affiliation_side(match.group())
                if found and found[0] in ("seoul", "pyongyang"):
                    return found[0]
                for _, _, entry in self.names_in(text[match.start():match.end() + 20]):
                    if entry.side in ("seoul", "pyongyang"):  # "the National Police Agency" of the table
                        return entry.side
        return "unknown"

    def register_mentions(self, original: str, norm: str, frame: str, sentences, paragraph: int) -> None:
        """Names in the reporter's words become candidates for later pronouns and short names: names from
        the table, and names shaped like Korean personal names ("Lee Keum-seom") or after Mr/Ms."""
        self.reporter_text.append(frame)
        for match in _PERSON_NAME.finditer(frame):
            if not any(w in ORG_WORDS or _bare(w).title() in _PLACE_WORDS for w in match.group().split()) \
                    and not PLACE_NAMED_AFTER.match(frame, match.end()):  # ("Kim Il-sung Square")
                phrase = Phrase(match.start(), match.end())
                entity, _ = self.entity_for(original, norm, phrase, "", (paragraph, match.start()))
                if entity.kind == "person":
                    # "Unification Minister Kim Yung-hwan …" then "The minister said": the title is what a
                    # later description matches.
                    described = self.profiles.descriptors(entity.name) if entity.full_name else ""
                    ministry = _MINISTER.search(described) if not entity.organisation else None
                    if ministry is not None:  # "Foreign Minister Park Sung-min" heads the Foreign Ministry
                        entity = replace(entity, organisation=f"{ministry.group(1)} Ministry")
                    self.history.add((paragraph, match.start()), entity.with_words(_words(described)))
        for start, end, entry in self.names_in(frame):
            full = entry.kind == "person" and len(name_key(entry.name).split()) > 1
            words = entry.words | _words(_description_before(frame[max(0, start - 40):start]))
            k = _sentence_of(sentences, start)
            opening = sentences[k][0] if sentences else 0
            dateline = _dateline_at(frame, opening, start)  # "Pyongyang, October 12 (KCNA) -- Rodong Sinmun"
            subject = not frame[dateline.end() if dateline else opening:start].strip() if sentences else False
            organisation = entry.organisation if entry.kind == "person" else ""
            self.history.add((paragraph, start), Entity(entry.name, entry.side, entry.kind, entry.gender, words,
                                                        full, organisation), subject=subject)
            if full:
                self.people_named[entry.name] = entry.gender

    def person_by_surname(self, text: str, gender: str, order) -> Entity | None:
        """The person a surname standing alone in ``text`` means: the one the article has named in full with that
        surname and ``gender`` (from the table, or described as a daughter, a son …), or None when there are two."""
        for match in reversed(list(_LONE_SURNAME.finditer(text))):
            key = name_key(match.group())
            names = {name for name, known in self.people_named.items()
                     if name_key(name).split()[0] == key and known in ("", gender)}
            names |= {name for name in self.profiles.full_names()
                      if name_key(name).split()[0] == key and self.profiles.gender(name) in ("", gender)}
            if len(names) == 1:
                name = names.pop()
                entity, _ = self.entity_for(name, name, Phrase(0, len(name)), "", order)
                return entity if entity.kind == "person" else None
        return None

    def register_roles(self, frame: str, start: int, end: int, paragraph: int) -> None:
        """People described by role and body in the reporter's words ("a spokesperson for the North's foreign
        ministry"), when that places them, for a later "the spokesperson"."""
        if not _ROLE_WORD.search(frame, start, end):
            return
        for match in _ROLE_OF_BODY.finditer(frame, start, end):
            if frame[max(start, match.start() - 3):match.start()].rstrip().endswith(",") \
                    or _NAMED_AFTER.match(frame, match.end(), end):
                continue  # an appositive of a name ("Yoo Eun-jin, a spokeswoman for …"): the name is registered
            body = match.group("body").split()
            while body and body[-1] in ("the", "of", "for", "and"):
                body.pop()
            if not body:
                continue
            text = _strip_article(frame[match.start():match.start("body")] + " ".join(body))
            side, _ = self.decide_side("", text)
            if side in ("seoul", "pyongyang"):
                words = _words(match.group("role"))
                self.history.add((paragraph, match.start()), Entity(text, side, "person", "", words))

    def register_bodies(self, original: str, norm: str, frame: str, start: int, end: int, paragraph: int) -> None:
        """Bodies named in a sentence, after its subject is known ("North Korea responded …, according to a
        statement from its Committee for …"), for a later "the committee"."""
        if not _BODY_WORD.search(frame, start, end):
            return  # most sentences name no body: skip the longer pattern
        for match in _BODY_NAME.finditer(frame, start, end):
            name = match.group("name")
            if any(a == 0 and b == len(name) for a, b, _ in self.names_in(name)):
                continue  # already registered from the table (but "the U.N. Panel of Experts" is more than the UN)
            phrase = Phrase(match.start(), match.end())
            # (with its sentence: "According to KCNA, the test was overseen by the Missile Administration")
            entity, _ = self.entity_for(original, norm, phrase, "", (paragraph, match.start()), "", frame[start:end])
            if entity.kind == "organisation" and entity.side != "unknown":
                self.history.add((paragraph, match.start()), entity)


# =========================================================================== 8: the rules


@dataclass
class _Paragraph:
    index: int
    original: str
    norm: str
    frame: str = ""
    sentences: list = field(default_factory=list)
    segments: list = field(default_factory=list)
    cues: dict = field(default_factory=dict)  #: sentence number → cues
    broken: tuple = ()  #: positions of quote marks that pair with nothing (their text is not reported)


@dataclass
class _Attribution:
    entity: Entity
    cue: str
    rule: str


def _sentence_of(sentences, pos: int) -> int:
    """The number of the sentence holding ``pos`` (sentences are sorted spans)."""
    return max(0, bisect.bisect_right(sentences, (pos, float("inf"))) - 1)


_LOCATION_INTRO = re.compile(r"(?:In|From|Back in)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*,\s*")


def _place_of(frame: str, s0: int, start: int) -> str:
    """The side of the place a sentence opens with, when the phrase at ``start`` follows it directly:
    "In Seoul, the foreign ministry welcomed …" → ``seoul``; otherwise ``""``.

    Used only for an unnamed body or group ("the foreign ministry", "officials", see
    :meth:`_Resolver._description`): a person keeps their own side (an analyst in Seoul is not Seoul's).
    """
    intro = _LOCATION_INTRO.match(frame, s0, start + 1)
    if intro is None or intro.end() != start:
        return ""
    place = affiliation_side(intro.group(1))
    return place[0] if place else ""


def _designation(p: _Paragraph, s0: int, seg: Segment) -> bool:
    """Are the quoted words a status a place was given ("declared the area a “special tourist zone”")?

    Such words are the official name of a designation, quoted as a term, not words anyone is reported to
    have said in the sentence: a mention.
    """
    window = max(s0, seg.mark - _WINDOW)
    return _may_end_on(_last_word(p.frame[window:seg.mark]), _DESIGNATION_LAST_WORDS) \
        and _DESIGNATION_BEFORE.search(p.frame, window, seg.mark) is not None \
        and _DESIGNATION_NOUN.search(p.norm[seg.start:seg.end].rstrip(" .,")) is not None


def _nested(seg: Segment, segments: Sequence[Segment]) -> bool:
    """Does ``seg`` lie inside another quotation of its paragraph (‘… so-called “ship-to-ship” transfers …’)?

    Quoted words inside a quotation are the speaker's own scare quotes or a title: the outer quotation
    already reports the speech, so the inner words are a mention, never a second record of speech.
    """
    k = bisect.bisect_left(segments, seg.mark, key=lambda other: other.mark)
    for other in segments[max(0, k - 8):k]:  # pairs never cross: the container is among the few before
        if other.close is None or (seg.close is not None and seg.close < other.close):
            return True
    return False


def frame_gap_ok(gap: str) -> bool:
    """Only spaces and a comma (or a dash) may stand between a closing mark and its attribution."""
    return bool(_SMALL_GAP.fullmatch(gap))


def _clause_without_mentions(norm: str, start: int, stop: int, mentions) -> tuple[int, int]:
    """A reported clause leaves out a quoted title or scare quote inside it: a speech record must not claim
    a mention's words.  It stops before the mention ("… copies of a drama titled “Crash Landing on You”"),
    or, when the mention opens the clause, starts after it ("The so-called “Freedom Shield” drills begin …")."""
    for a, b in sorted(mentions):
        if not start <= a < stop:
            continue
        mark = a - 1
        while mark > start and norm[mark] not in "\"'":
            mark -= 1
        if len(norm[start:mark].split()) >= 3:
            return start, mark
        close = b
        while close < stop and norm[close] not in "\"'":
            close += 1
        start = min(close + 1, stop)
    return start, stop


def _trim_clause(norm: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and norm[start] in " ,;:":
        start += 1
    while stop > start and norm[stop - 1] in " ,;:.":
        stop -= 1
    return start, stop


class _Extractor:
    """Runs the rules over an article's paragraphs in order (pronouns need what came before)."""

    def __init__(self, texts: Sequence[str], table: SpeakerTable):
        self.table = table
        self.resolver = _Resolver(table)
        self.paragraphs = [_Paragraph(i, t, normalise(t)) for i, t in enumerate(texts)]
        pairings = [pair_marks(find_marks(p.original, p.norm), p.original) for p in self.paragraphs]
        segments, self.unbalanced, uses_single = link_paragraphs(texts, pairings)
        self.chains: dict[int, list[Segment]] = {}
        for seg in segments:
            self.paragraphs[seg.paragraph].segments.append(seg)
            self.chains.setdefault(seg.chain, []).append(seg)
        for p, pairing in zip(self.paragraphs, pairings):
            dangling = (pairing.dangling.pos,) if pairing.dangling and not any(
                seg.mark == pairing.dangling.pos for seg in p.segments) else ()
            p.broken = pairing.broken + (pairing.broken_single if uses_single else ()) + dangling
            p.frame = frame_text(p.norm, p.segments)
            p.sentences = sentence_spans(p.frame)
            p.cues = {k: find_cues(p.frame, s, e) for k, (s, e) in enumerate(p.sentences)}
            self.resolver.profiles.add_paragraph(p.index, p.frame, p.sentences)
            self.resolver.add_acronyms(p.frame)
            self.resolver.add_quoted_people(p.norm)
        dateline = _DATELINE.match(self.paragraphs[0].norm) if self.paragraphs else None
        if dateline is not None:
            self.resolver.datelined = True
            home = affiliation_side((dateline.group("city") or dateline.group("capitals")).title())
            self.resolver.home = home[0] if home and home[0] in ("seoul", "pyongyang") else ""
            self.resolver.abroad = home is not None and home[0] == "other"
        self.records: list[Quotation] = []
        self.by_paragraph: dict[int, list[Quotation]] = {}  #: records of each paragraph (index from 0)
        self.chain_attribution: dict[int, _Attribution] = {}
        self.used: set[tuple[int, int]] = set()  #: (paragraph, verb position) of cues already attributed

    def run(self) -> list[Quotation]:
        for p in self.paragraphs:
            self.resolver.register_mentions(p.original, p.norm, p.frame, p.sentences, p.index)
            segments = iter(p.segments)
            pending = next(segments, None)
            for k, (s0, s1) in enumerate(p.sentences):
                # The subject first: "the North's state media denounced Seoul for what it called “…”".
                self._register_subject(p, k)
                self.resolver.register_bodies(p.original, p.norm, p.frame, s0, s1, p.index)
                self.resolver.register_roles(p.frame, s0, s1, p.index)
                while pending is not None and pending.mark < s1:
                    self._quotation(p, k, pending)
                    pending = next(segments, None)
                self._indirect(p, k)
        return sorted(self._name_the_described(self.records), key=lambda q: (q.paragraph, q.start, q.end))

    def _name_the_described(self, records: list[Quotation]) -> list[Quotation]:
        """“…,” the country's foreign minister said — and four paragraphs on "Foreign Minister Takeshi Iwamura":
        a speaker described by role takes the one name the article gives that role, wherever it gives it
        (the rules above resolve only backwards).  A body works the same way: "South Korea's spy agency" is
        the National Intelligence Service when that is the one such body the article names."""
        names: dict[tuple[str, str], tuple[str, str] | None] = {}
        lead = self._named_after_the_lead(records)
        named_lead: dict[tuple[str, str], tuple[str, str]] = {}  #: the lead's descriptions and their names
        placed_by_lead: dict[str, str] = {}  #: a name the article places only through the lead → its side
        out = []
        for q in records:
            key = (q.speaker, q.side)
            if key not in names:
                names[key] = self._name_for_description(q.speaker, q.side)
            found = names[key] or named_lead.get(key)
            if found is None and lead is not None and q.paragraph == 1 and q.speaker not in ("", lead[0]) \
                    and (q.side in ("unknown", lead[1]) or self._placed_only_by(lead, q.side)) and (
                        (lead[2] and self._one_person_described(q.speaker)
                         and self._described_alike(q.speaker, lead[0]))
                        or (lead[3] and _one_body_described(q.speaker))):
                found = named_lead[key] = lead[0], q.side if q.side != "unknown" else lead[1]
                # (and "the group said" later, which refers back to it)
                if found[1] != lead[1]:
                    # "North Korea's ambassador to Russia has said …" then "Kim Chol Nam told RIA Novosti": the
                    # lead is all the article says of him, and it places him
                    placed_by_lead[lead[0]] = found[1]
            if found is None and q.speaker in placed_by_lead and q.kind != "mention":
                out.append(replace(q, side=placed_by_lead[q.speaker], rule=q.rule + "+placed-by-lead"))
                continue
            if found is None or q.kind == "mention":
                out.append(q)
                continue
            out.append(replace(q, speaker=found[0], side=found[1], rule=q.rule + "+named-later"))
        return out

    def _placed_only_by(self, lead: tuple[str, str, bool, bool], side: str) -> bool:
        """Whether a lead's description on ``side`` may place the person named after it: a state's official
        whom the article otherwise calls only by name ("Kim Chol Nam told …"), read as a private voice."""
        return side in ("seoul", "pyongyang") and lead[1] == "other" and lead[2] \
            and name_style(lead[0]) in ("south", "north") and not self.resolver.profiles.descriptors(lead[0])

    def _named_after_the_lead(self, records: list[Quotation]) -> tuple[str, str, bool, bool] | None:
        """The news lead's unnamed speaker, named in the next paragraph: "A human rights lawyer … said …" then
        "Kwon Min-seo, a lawyer at …, said …"; "A Seoul-based group of former soldiers urged …" then "Unification
        Frontline Veterans, which says …".  ``(name, side, a person?, a body?)`` of whoever speaks in the first
        sentence of the second paragraph, named there for the first time, or None."""
        if len(self.paragraphs) < 2 or not self.paragraphs[1].sentences:
            return None
        second = self.paragraphs[1]
        first_end = second.sentences[0][1]
        for q in records:
            if q.paragraph != 2 or q.kind == "mention" or q.start >= first_end:
                continue
            name = normalise(q.speaker)
            if not name or name.split()[-1] in self.paragraphs[0].norm:
                return None
            core = self.resolver.name_core(name)
            person = core is not None and len(core[0].split()) >= 2
            body = self.table.lookup(name) is None and len(name.split()) >= 2 \
                and name_style(name) not in ("south", "north") \
                and all(w[:1].isupper() for w in name.split() if w.lower() not in PREPOSITIONS and w != "the")
            if not (person or body):
                return None
            # (a body the article introduces here, "Unification Frontline Veterans", is also shaped like a name)
            return q.speaker, q.side, person, body
        return None

    def _described_alike(self, description: str, name: str) -> bool:
        """Whether what the article says of ``name`` fits ``description``: nothing said, a word in common
        ("a lawyer at …" for "human rights lawyer"), or roles of one kind ("envoy" for "ambassador"); "forward
        Ryom Su Ok" is not the "figure skater" of the lead."""
        profiles = self.resolver.profiles
        return not _words(profiles.descriptors(name)) & _ROLE_WORDS or profiles.fits(name, description)

    @staticmethod
    def _one_person_described(speaker: str) -> bool:
        """Whether a speaker is a description of one person ("human rights lawyer", "South Korea's national
        security adviser"), no name."""
        head = _bare(_unnamed_head(speaker))
        return head in _PEOPLE_HEADS and head == _singular(head)

    def _name_for_description(self, speaker: str, side: str) -> tuple[str, str] | None:
        """``(name, side)`` for a speaker that is a description fitting one name of the article, else None."""
        norm = normalise(speaker)
        if not norm or self.resolver.name_core(norm) or self.table.lookup(norm) is not None:
            return None
        if norm.split()[-1].lower() == "court" and not norm.split()[-1][:1].isupper():
            # "A Seoul court sentenced …" then "The Seoul Central District Court found …": the one court named
            courts = {match.group() for p in self.paragraphs for match in _COURT_NAME.finditer(p.frame)}
            return (_strip_article(courts.pop()), side) if len(courts) == 1 else None
        words = norm.split()
        idiom = next((role for phrase, role in _ROLE_IDIOMS.items() if phrase in norm.lower()), None)
        last = idiom[0] if idiom else _bare(_head_word(words)).lower()
        head = _singular(last)
        if head not in _NAMEABLE_HEADS or head != last:
            return None  # ("leaders said": several people, no one name)
        # the words that tell this role from another: "foreign", and any name of a body but a country's ("a KT
        # spokesman" is not the defence ministry's)
        qualifiers = (idiom[1] if idiom else frozenset()) | (_words(norm) & _ROLE_QUALIFIERS) | _words(" ".join(
            w for w in words if w[:1].isupper() and not _descriptor(w) and affiliation_side(w) is None
            and _bare(w) not in _NAME_FILTER and not _KOREA_WORD.search(w)))
        people = [name for name in self.resolver.profiles.names_described_as(head, qualifiers)
                  if _kind_of_name(name) == "person" and name_style(name)]
        if len(people) > 1 and side in ("seoul", "pyongyang"):
            # "South Korea's top diplomat" among two foreign ministers: not the one placed elsewhere
            people = [name for name in people if self.resolver.profiles.side(name) in ("unknown", side)]
        if len(people) == 1:
            named_side = self.resolver.profiles.side(people[0])
            entry = self.table.lookup(people[0])
            named_side = entry.side if entry is not None else named_side  # ("Choe Son Hui" is the North's)
            if side in ("seoul", "pyongyang", "other") and named_side not in ("unknown", side):
                return None  # the description places the speaker where the name does not
            return people[0], side if side != "unknown" else named_side
        bodies = [entry for entry in self.resolver.named_bodies
                  if head in entry.words | _words(entry.note) and qualifiers <= entry.words | _words(entry.note)
                  and side in ("unknown", entry.side)]
        if len(bodies) == 1 and not people:
            return bodies[0].name, bodies[0].side
        return None

    # ------------------------------------------------------------------ records and speakers
    def _emit(self, p: _Paragraph, start: int, end: int, attribution: _Attribution, kind: str) -> None:
        entity = NOBODY if kind == "mention" else attribution.entity
        record = Quotation(p.original[start:end], p.index + 1, start, end, entity.name, entity.side,
                           normalise(attribution.cue), kind, attribution.rule)
        self.records.append(record)
        self.by_paragraph.setdefault(p.index, []).append(record)

    def _attribute(self, p: _Paragraph, cue: Cue, rule: str) -> _Attribution | None:
        """Resolve a cue's speaker, record it in the history, and mark the cue used."""
        if cue.form == "participle":
            governing = self._governing(p, cue)
            if governing is None:
                return None
            self.used.add((p.index, cue.verb_start))
            return _Attribution(governing.entity, cue.verb, rule + governing.rule)
        cue_text = "quoted as saying" if cue.form == "quoted" else p.original[cue.verb_start:cue.cue_end]
        order = (p.index, cue.phrase.start)
        place = _place_of(p.frame, p.sentences[_sentence_of(p.sentences, cue.verb_start)][0], cue.phrase.outer[0])
        s0, s1 = p.sentences[_sentence_of(p.sentences, cue.verb_start)]
        entity, suffix = self.resolver.entity_for(p.original, p.norm, cue.phrase, cue_text, order, place,
                                                  p.frame[s0:s1])
        document = _IN_A_DOCUMENT.match(p.frame, s0, cue.phrase.start)
        if document is not None:
            # "In a statement carried by KCNA, the General Staff said …": a later "the statement" is the General
            # Staff's, not the agency's that carried it
            entity = entity.with_words(frozenset({_singular(document.group(1).lower())}))
        pronoun = p.norm[cue.phrase.start:cue.phrase.end].lower()
        if pronoun in ("him", "her"):
            # "state media showed him touring a site, and quoted him as saying": the person this paragraph
            # is about, before anyone who spoke earlier
            gender = _PRONOUN_GENDER[_OBJECT_PRONOUNS[pronoun]]
            named = self.resolver.history.person_between((p.index, 0), order, gender)
            if named is None:
                # "KCNA reported that Kim, accompanied by his daughter, had toured … and quoted him as saying": the
                # one person of that surname and gender the article has named
                named = self.resolver.person_by_surname(p.frame[p.sentences[0][0]:cue.phrase.start], gender, order)
            if named is not None:
                entity, suffix = named.with_words(_words(cue_text)), "+pronoun"
        if pronoun in ("he", "she") and _IN_WHICH.search(p.frame, s0, cue.phrase.start):
            # "a statement issued by Kim Yo Jong, …, in which she said": the person the sentence just named
            named = self.resolver.history.person_between((p.index, s0), order, _PRONOUN_GENDER.get(pronoun, ""))
            if named is not None:
                entity, suffix = named.with_words(_words(cue_text)), "+pronoun"
        if pronoun in ("it", "they") and not entity.name:
            # "North Korea test-fired what it called a “new-type” missile": nobody spoke before, but the
            # sentence names the body "it" stands for
            named = [(start, entry.name, entry.side)
                     for start, _, entry in self.resolver.names_in(p.frame[s0:cue.phrase.start])
                     if entry.kind == "organisation"]
            country = last_affiliation(p.norm[s0:cue.phrase.start])
            if country is not None:
                named.append((country[0], country[2], country[1]))
            if named:
                _, name, side = max(named)
                entity, suffix = Entity(name, side, "organisation", "", _words(name)), "+pronoun"
        dateline = _dateline_at(p.frame, s0, cue.phrase.start) if pronoun in ("it", "they") else None
        if dateline is not None and entity.name and entity.name in p.frame[s0:dateline.end()]:
            # "SEOUL (Yonhap) -- The Navy took delivery of a frigate, which it described as “…”": "it" is the
            # sentence's subject, not the agency of the dateline
            subject = sentence_subject(p.frame, s0, cue.phrase.start)
            if subject is not None:
                entity, _ = self.resolver.entity_for(p.original, p.norm, subject, cue_text, order, "", p.frame[s0:s1])
                suffix = "+pronoun"
        if pronoun in PRONOUNS:
            # "the North claimed it had tested what it called a “super-large” warhead": "it" is the speaker of
            # the sentence's earlier cue when that fits, before anyone of earlier sentences
            k = _sentence_of(p.sentences, cue.verb_start)
            earlier = [c for c in p.cues[k] if c.verb_start < cue.verb_start and c.phrase is not None
                       and c.form == "normal" and p.norm[c.phrase.start:c.phrase.end].lower() not in PRONOUNS]
            if earlier:
                found, _ = self.resolver.entity_for(p.original, p.norm, earlier[-1].phrase, "", order, "",
                                                    p.frame[s0:s1])
                wanted = PRONOUNS[pronoun]
                if found.name and (found.kind == wanted or (wanted == "group" and found.kind == "organisation")):
                    entity, suffix = found.with_words(_words(cue_text)), "+pronoun"
        source_phrase = cue.source
        if cue.form == "quoted" and source_phrase is None:
            # "KCNA said the troupe …, and quoted its leader … as saying": the subject of the earlier cue
            k = _sentence_of(p.sentences, cue.verb_start)
            earlier = [c for c in p.cues[k] if c.verb_start < cue.verb_start and c.phrase is not None
                       and c.form == "normal"]
            source_phrase = earlier[-1].phrase if earlier else None
        unplaced = entity.side == "unknown" or (not entity.full_name and affiliation_side(entity.name) is None
                                                and bool(_GOVERNMENT_WORDS & _words(entity.name)))
        if cue.form == "quoted" and unplaced and source_phrase is not None:
            # "KCNA quoted an official as saying": an unplaced official takes the side of a state source.
            source, _ = self.resolver.entity_for(p.original, p.norm, source_phrase, "", order)
            source_side = source.side
            if source_side not in ("seoul", "pyongyang"):
                source_side = (affiliation_side(p.norm[slice(*source_phrase.outer)]) or ("",))[0]
            if source_side not in ("seoul", "pyongyang") and _SOUTH_KOREAN_MEDIA.search(
                    p.norm[slice(*source_phrase.outer)]) and _GOVERNMENT_WORDS & _words(entity.name):
                source_side = "seoul"  # "Yonhap quoted a government source": a South Korean one
            if source_side in ("seoul", "pyongyang"):
                entity = replace(entity, side=source_side)
        self.resolver.history.add((p.index, cue.verb_start), entity, speaker=True)
        self.used.add((p.index, cue.verb_start))
        return _Attribution(entity, cue_text, rule + suffix)

    def _governing(self, p: _Paragraph, cue: Cue) -> _Attribution | None:
        """Who a participle's speech belongs to ("…, adding that"; "a commentary calling …"): the speaker of
        the sentence's earlier cue, else the sentence's subject."""
        k = _sentence_of(p.sentences, cue.verb_start)
        s0 = p.sentences[k][0]
        # (not a relative clause's: "the ministry, which had welcomed it, calling …"; "the islets, which Tokyo
        # claims, calling it …")
        earlier = [c for c in p.cues[k] if c.verb_start < cue.verb_start and c.phrase is not None
                   and c.form not in ("antecedent", "relative")]
        for record in reversed(self.by_paragraph.get(p.index, []) if earlier else []):
            if record.start < s0:
                break
            if record.speaker:
                return _Attribution(Entity(record.speaker, record.side, "", ""), record.cue, "")
        if earlier:
            return self._attribute(p, earlier[-1], "")
        author = self._document_author_of_participle(p, s0, cue)
        if author is not None:
            return author
        subject = sentence_subject(p.frame, s0, cue.verb_start)
        if subject is None:
            return None
        entity, suffix = self.resolver.entity_for(p.original, p.norm, subject, "", (p.index, subject.start))
        return _Attribution(entity, cue.verb, suffix) if entity.name else None

    def _document_author_of_participle(self, p: _Paragraph, s0: int, cue: Cue) -> _Attribution | None:
        """"KCNA carried a statement by Kang Myong-sik, a party official, dismissing …": the author speaks."""
        for match in _DOCUMENT_BY.finditer(p.frame, s0, cue.verb_start):
            author = speaker_after(p.frame, match.end(), cue.verb_start)
            if author is not None and _COMMA_ONLY.fullmatch(p.frame, author.outer[1], cue.verb_start):
                entity, suffix = self.resolver.entity_for(p.original, p.norm, author, "", (p.index, author.start))
                return _Attribution(entity, cue.verb, suffix) if entity.name else None
        return None

    def _register_subject(self, p: _Paragraph, k: int) -> None:
        """A sentence opening with a named person or body ("North Korea cut off …") can be referred to next."""
        s0, s1 = p.sentences[k]
        phrase = sentence_subject(p.frame, s0, s1)
        if phrase is None:
            return
        pronoun = p.norm[phrase.start:phrase.end].lower()
        if pronoun in PRONOUNS:
            # "He was greeted on the spot by Admiral Kim": the person "he" stands for opens this sentence too, so a
            # later "he" goes on meaning them, not the admiral merely named
            found = self.resolver.history.pronoun(pronoun, (p.index, phrase.start))
            if found is not None:
                self.resolver.history.add((p.index, phrase.start), found, subject=True)
            return
        parts = _AND_SPLIT.split(p.norm[phrase.start:phrase.end])
        if len(parts) > 1 and all(self.resolver.name_core(part) for part in parts):
            return  # "President Lee and Prime Minister Morita agreed": two people, no one to refer back to
        entity, suffix = self.resolver.entity_for(p.original, p.norm, phrase, "", (p.index, phrase.start),
                                                  _place_of(p.frame, s0, phrase.start))
        core = self.resolver.name_core(p.norm[phrase.start:phrase.end])
        if core and len(core[0].split()) == 1 and not (suffix or core[1] or self.table.lookup(core[0])) \
                and entity.side == "unknown":
            return  # a lone capitalised word ("Mismanagement") is no one to refer back to
        if entity.kind:
            self.resolver.history.add((p.index, phrase.start), entity, subject=True)

    # ------------------------------------------------------------------ quotations
    def _quotation(self, p: _Paragraph, k: int, seg: Segment) -> None:
        first = self.chain_attribution.get(seg.chain) if seg.continued else None
        if first is not None:
            kind = "mention" if first.rule.startswith("mention") else "direct"
            self._emit(p, seg.start, seg.end, _Attribution(first.entity, first.cue, "multi-paragraph-continuation"),
                       kind)
            return
        attribution, kind = self._attribute_quotation(p, k, seg)
        self.chain_attribution[seg.chain] = attribution
        self._emit(p, seg.start, seg.end, attribution, kind)

    def _attribute_quotation(self, p: _Paragraph, k: int, seg: Segment) -> tuple[_Attribution, str]:
        """The rules for one quotation, in order; returns the attribution and the kind."""
        frame, (s0, _) = p.frame, p.sentences[k]
        cues = p.cues[k]
        quoted = p.norm[seg.start:seg.end]
        standalone = self._standalone(frame, s0, seg.mark, cues)
        kind = "direct" if standalone else "partial"

        if _nested(seg, p.segments):
            return _Attribution(NOBODY, "", "mention-nested"), "mention"
        if _CODE_NAME.fullmatch(quoted.strip(" ,.")) or not any(char.isalpha() for char in quoted):
            # “KN-23”, “Hwasong-18”; the ‘2+2’ talks: no words, nothing said
            return _Attribution(NOBODY, "code name", "mention-marker"), "mention"
        if _NAMED_OPERATION.fullmatch(quoted.strip(" ,.")):
            return _Attribution(NOBODY, "operation", "mention-marker"), "mention"  # “Operation Clear Sea”
        marker = self._mention_marker(p, k, seg)
        if marker is not None:
            return _Attribution(NOBODY, marker, "mention-marker"), "mention"
        if not standalone and _NUMBERED_CAMPAIGN.match(quoted) and _THE_BEFORE.search(frame, s0, seg.mark):
            # "the “80-day campaign”", "the “five-year plan for defence development”": a named drive
            return _Attribution(NOBODY, "the", "mention-marker"), "mention"
        if not standalone and _ONE_CAPITALISED_WORD.fullmatch(quoted.strip(" ,.;:")):
            # “Chongjin”, “Kimilsungia”, “Dynamite” inside a sentence: one capitalised word is a name
            return _Attribution(NOBODY, "name", "mention-marker"), "mention"
        if _proper_name(quoted) and (not standalone or _APPOSITIVE_NOUN_AFTER.match(frame, (seg.close or 0) + 1)):
            # “Ulaanbaatar Dialogue”, “Unification White Paper”, “Sea of Japan” inside a sentence, or
            # "'Song of the Azaleas', the North Korean dance drama …" opening one: a name
            return _Attribution(NOBODY, "name", "mention-marker"), "mention"
        listed = self.by_paragraph.get(p.index, [])
        if listed and listed[-1].kind == "mention" and listed[-1].rule == "mention-marker" \
                and _LIST_JOIN.fullmatch(p.norm, listed[-1].end, seg.mark):
            # "code names such as “Jiri Mountain” and “Blue Sea”": the second name of a list is one too
            return _Attribution(NOBODY, listed[-1].cue, "mention-marker"), "mention"

        for cue in reversed([c for c in cues if c.cue_end <= seg.mark]):
            rule = self._before_rule(frame[cue.cue_end:seg.mark])
            if rule is None:
                if frame[cue.end:seg.mark].strip():
                    break
                continue
            attribution = self._attribute(p, cue, "quoted-as-saying" if cue.form == "quoted" else rule)
            if attribution is not None:
                if rule == "speaker-said-colon-quote" or rule == "speaker-said-comma-quote" \
                        or _CAPITAL.match(quoted):
                    kind = "direct"
                return attribution, kind
            break

        colon = self._colon_ending_previous_paragraph(p, seg) if standalone else None
        if colon is not None:
            return colon, "direct"

        inner = self._speaker_inside_report(p, k, seg, cues) if not standalone else None
        if inner is not None:
            return inner, kind
        preceding = [c for c in cues if c.verb_end <= seg.mark]
        if not standalone and preceding and preceding[-1].framing and preceding[-1].phrase is not None \
                and _FRAMED_OBJECT.fullmatch(frame, preceding[-1].cue_end, seg.mark):
            # "Youn added that the agency had described Kim's health as having “no major problem”": the words
            # the nearest framing verb frames are its subject's, whoever reports them
            attribution = self._attribute(p, preceding[-1], "speaker-cue-in-sentence")
            if attribution is not None:
                return attribution, kind
        if not standalone and preceding and preceding[-1].form == "relative" and preceding[-1].phrase is not None \
                and _SHORT_PREDICATE.fullmatch(frame, preceding[-1].cue_end, seg.mark):
            # "the hotels, which he said looked like “…”, KCNA said": the relative clause's speaker
            attribution = self._attribute(p, preceding[-1], "speaker-cue-in-sentence")
            if attribution is not None:
                return attribution, kind
        # "The agency described the attack as “…”, according to Baek": inside a clause with its own speaker,
        # a trailing "according to" or "… reported" names the source, not the speaker.
        inside_clause = not standalone and any(c.phrase is not None and c.form == "normal" for c in preceding)
        after = self._after_quote(seg, skip_according=inside_clause)
        if after is not None:
            return after, kind

        following = [c for c in cues if c.verb_start >= (seg.close or len(frame))
                     and c.form not in ("participle", "relative")]
        # ("The men were in “weak but stable” condition and told rescuers …, according to the coast guard": a
        # verb whose subject comes before the words does not frame them; the source named after them does)
        following.sort(key=lambda c: c.phrase is not None and c.phrase.start < seg.mark)
        for cue in preceding[::-1] + following:
            attribution = self._attribute(p, cue, "speaker-cue-in-sentence")
            if attribution is not None:
                return attribution, kind

        if standalone:
            previous = self._previous_speaker(p, seg)
            if previous is not None:
                return previous, "direct"
            if len(quoted.split()) >= 4:
                return _Attribution(NOBODY, "", "unattributed-quote"), "direct"
        purpose = _USED_TO_FRAME.search(frame, s0, seg.mark)
        framing = [m for m in _TO_FRAME.finditer(frame, purpose.start(), seg.mark)] if purpose else []
        if framing and _FRAMED_GAP.fullmatch(frame, framing[-1].end(), seg.mark):
            # "The minister used his foreword to urge Pyongyang to “…”", "… and to criticize “…”": the
            # sentence's subject frames the words
            subject = sentence_subject(frame, s0, seg.mark)
            if subject is not None:
                entity, suffix = self.resolver.entity_for(p.original, p.norm, subject, "", (p.index, subject.start),
                                                          "", frame[s0:seg.mark])
                if entity.name:
                    return _Attribution(entity, framing[-1].group("verb"), "speaker-cue-in-sentence" + suffix), kind
        return _Attribution(NOBODY, "", "mention-no-cue"), "mention"

    @staticmethod
    def _standalone(frame: str, floor: int, mark: int, cues: Sequence[Cue]) -> bool:
        """Does a quotation opening at ``mark`` stand as a sentence of its own (direct speech)?"""
        before = frame[max(floor, mark - _WINDOW):mark].rstrip()
        if not before or before[-1] in ":.!?" or before.endswith('"'):
            return True
        return before.endswith(",") and any(not frame[c.cue_end:mark].strip(" ,") for c in cues)

    @staticmethod
    def _before_rule(between: str) -> str | None:
        """Which "X said … “" rule the text between a cue and an opening mark fits, if any."""
        if _COLON_BEFORE_QUOTE.fullmatch(between):
            return "speaker-said-colon-quote"
        trimmed = between.strip()
        if trimmed == "," or (trimmed.endswith(",") and _RIGHT_ADVERBIAL.fullmatch(" " + trimmed[:-1].strip())):
            return "speaker-said-comma-quote"
        if trimmed in ("", "that") or _RIGHT_ADVERBIAL.fullmatch(" " + trimmed):
            return "speaker-said-quote"
        return None

    def _colon_ending_previous_paragraph(self, p: _Paragraph, seg: Segment) -> _Attribution | None:
        """“His lawyer, Yoon Ji-hoon, said in a statement:” as a paragraph of its own, the quotation in the next."""
        if p.index == 0 or seg.mark != len(p.frame) - len(p.frame.lstrip()):
            return None
        q = self.paragraphs[p.index - 1]
        if not q.sentences or not q.frame.rstrip().endswith(":"):
            return None
        lk = len(q.sentences) - 1
        end = len(q.frame.rstrip())
        for cue in reversed(q.cues[lk]):
            if cue.form == "participle" and _COLON_BEFORE_QUOTE.fullmatch(q.frame[cue.cue_end:end]):
                # "“…,” Kim said, according to KCNA, before adding:": the speaker of the sentence goes on
                attribution = self._attribute(q, cue, "speaker-said-colon-next-paragraph")
                if attribution is not None:
                    return attribution
            if cue.phrase is None or (q.index, cue.verb_start) in self.used:
                continue
            if _COLON_BEFORE_QUOTE.fullmatch(q.frame[cue.cue_end:end]):
                return self._attribute(q, cue, "speaker-said-colon-next-paragraph")
            break
        s0 = q.sentences[lk][0]
        speakers = []  #: who may introduce the next paragraph, and the cue: the most specific first
        reader = _READ_OUT_BY.search(q.frame, s0, end)
        if reader is not None and _singular(_bare(reader.group("who").split()[-1])) in _PEOPLE_HEADS:
            # "The programme ended with a female presenter reading a statement over footage …:"
            speakers.append((Phrase(reader.start("who"), reader.end("who")), reader.group("verb")))
        introduced = _ISSUED_THE_FOLLOWING.search(q.frame, s0, end) or _SPOKEN_IN.search(q.frame, s0, end)
        subject = sentence_subject(q.frame, s0, end) if introduced is not None else None
        if subject is not None:
            # "A spokesman for the General Staff of the KPA issued the following press statement …:", "Kim also
            # laid out his plans for the year in lengthy remarks to the assembled officials:"
            speakers.append((subject, "issued the following statement" if introduced.re is _ISSUED_THE_FOLLOWING
                             else introduced.group()))
        for phrase, cue in speakers:
            entity, suffix = self.resolver.entity_for(q.original, q.norm, phrase, "", (q.index, phrase.start), "",
                                                      q.frame[s0:end])
            if entity.name:
                self.resolver.history.add((q.index, phrase.start), entity, speaker=True)
                return _Attribution(entity, cue, "speaker-said-colon-next-paragraph" + suffix)
        return None

    def _mention_marker(self, p: _Paragraph, k: int, seg: Segment) -> str | None:
        """"the so-called “…”", "reads: “KCNA”", "titled “…”", "the film “…”": quoted words that are not speech."""
        s0 = p.sentences[k][0]
        marker = _mention_before(p.frame, max(s0, seg.mark - _WINDOW), seg.mark)
        if marker is None and _designation(p, s0, seg):
            return "designated"
        if marker is None:
            window = max(s0, seg.mark - _WINDOW)
            words = p.norm[seg.start:seg.end].split()
            last = _last_word(p.frame[window:seg.mark])  # (patterns anchored at the mark: tried only if it fits)
            named = _NAMING_VERB_BEFORE.search(p.frame, window, seg.mark)
            # After a kind of title ("the film") or a name given with "the" ("dubbed it the"), mostly capitals
            # make a name; after a bare naming verb or "the", only Title Case does ("the “Ocean Dawn 7,”").
            capitals = sum(w[:1].isupper() for w in words if len(w) > 3)
            if words and capitals >= max(1, len([w for w in words if len(w) > 3]) - 1):  # (few: search only then)
                loose = _TITLE_NOUN_BEFORE.search(p.frame, window, seg.mark) or (
                    named if named is not None and named.group().rstrip().lower().endswith("the") else None)
                if loose:
                    return loose.group().strip(" :,")
            if _may_end_on(last, _PASSIVE_NAMING_LAST_WORDS) and _PASSIVE_NAMING.search(p.frame, window, seg.mark):
                return "passive naming"
            if named is not None and named.group().lower().startswith("nicknam"):
                return named.group().strip()  # "classmates had nicknamed her ‘the spy’"
            if named is not None and _GIVES_A_NAME_THE.search(named.group()):
                # "a plan the government has branded the “audacious initiative”", "dubbed the standoff the
                # “burden-sharing war”": a name given with "the"; "dubbed the drills “a rehearsal”" is speech
                return named.group().strip()
            strict = named or (_THE_BEFORE.search(p.frame, window, seg.mark) if _may_end_on(last, _THE) else None)
            if strict is not None and (_title_case(words) or _HYPHENATED_NAME.fullmatch(" ".join(words).strip(",."))):
                return strict.group().strip()  # "the “Ocean Dawn 7,”", "his boat, the “Haenam-ho”"
            determined = _OWNER_OR_THE_BEFORE.search(p.frame, window, seg.mark) \
                if _may_end_on(last, _OWNER_OR_THE_LAST_WORDS) else None
            if named is None and (strict or determined) and seg.close is not None and len(words) <= 4 \
                    and _DEFINED_AFTER.match(p.frame, seg.close + 1):
                # "through the “pink phone,” a direct line at Panmunjom", "Yoon's “audacious initiative,” a plan
                # offering aid": a thing's name
                return "defined after"
            kind_after = _KIND_NOUN_AFTER.match(p.frame, seg.close + 1) if seg.close is not None else None
            if kind_after is not None and _title_case(words):
                return kind_after.group().strip()  # "the allied “Freedom Shield” exercises": a name
            if kind_after is not None and 2 <= len(words) <= 3 and determined:
                # "the government's “peaceful coexistence” policy", "its “three strikes” rule": a policy's
                # name (one word is more often an evaluation: the “reckless” drills)
                return kind_after.group().strip()
            return None
        word = marker.group().strip(" :,")
        words = p.norm[seg.start:seg.end].split()
        if word == "marked" and len(words) > 4 and words[0][:1].islower():
            return None  # "the project marked “the beginning of a new era of peace”": what it meant, not a label
        if word.lower() in ("dubbed", "labelled", "labeled", "named", "termed") and \
                not _RELATIVE_NAMER.search(p.frame, s0, marker.start()) and \
                speaker_before(p.frame, s0, marker.start()) is not None:
            return None  # "KCNA dubbed the drills “…”" is the agency speaking
        if word.lower().startswith("the ") and _CALLED_BEFORE.search(p.frame, max(s0, marker.start() - 20),
                                                                      marker.start()) \
                and seg.close is not None and _CLAUSE_ENDS_AFTER.match(p.frame, seg.close + 1):
            return None  # "called the label ‘a needless step backwards’": the speaker's verdict on the label
        return word

    def _speaker_inside_report(self, p: _Paragraph, k: int, seg: Segment, cues) -> _Attribution | None:
        """“Kim said they looked like “…”, the agency reported”: the words are Kim's, the agency only reports.

        When a sentence ends with a reporting cue ("…, KCNA reported") and the quoted words sit inside a
        clause of an earlier speech verb of the same sentence ("and said they …"), the earlier verb's
        speaker said them.
        """
        close = seg.close if seg.close is not None else len(p.frame)
        reporting = [c for c in cues if c.verb_start > close and c.verb in _REPORTING_VERBS and c.phrase is not None]
        if not reporting:
            return None
        inner = [c for c in cues if c.verb_end <= seg.mark and not c.framing and c.form == "normal"
                 and c.phrase is not None and c.verb not in _REPORTING_VERBS]
        if not inner:
            return None
        return self._attribute(p, inner[-1], "speaker-cue-in-sentence")

    def _after_quote(self, seg: Segment, skip_according: bool = False) -> _Attribution | None:
        """“…,” X said / said X / according to X — after this quotation's (or its chain's last) closing mark."""
        last = self.chains[seg.chain][-1]
        if last.close is None:
            return None
        q = self.paragraphs[last.paragraph]
        lk = _sentence_of(q.sentences, last.close)
        for cue in q.cues[lk]:
            if cue.verb_start <= last.close or cue.start <= last.close or cue.phrase is None \
                    or (q.index, cue.verb_start) in self.used \
                    or cue.form == "relative" or (skip_according and (cue.form == "according"
                                                                      or cue.verb in ("reported", "reports"))):
                continue  # ("Kim … called for warships to be built “…,” state media reported": a source)
            if frame_gap_ok(q.frame[last.close + 1:cue.start]):
                rule = {"inverted": "quote-then-said-speaker", "according": "quote-according-to",
                        "quoted": "quoted-as-saying"}.get(cue.form, "quote-then-speaker-said")
                return self._attribute(q, cue, rule)
            break
        # “Why not?” Kim asked.  — a bare attribution as the next sentence.
        if lk + 1 < len(q.sentences) and not q.frame[last.close + 1:q.sentences[lk][1]].strip(" \"'"):
            n0, n1 = q.sentences[lk + 1]
            for cue in q.cues[lk + 1]:
                if cue.phrase is None or cue.framing or cue.form in ("participle", "according"):
                    continue
                if not q.frame[n0:cue.start].strip() and _SENTENCE_REST_EMPTY.fullmatch(q.frame[cue.end:n1]):
                    rule = "quote-then-said-speaker" if cue.form == "inverted" else "quote-then-speaker-said"
                    return self._attribute(q, cue, rule)
        return None

    def _previous_speaker(self, p: _Paragraph, seg: Segment) -> _Attribution | None:
        """The speaker of the quotation just before, in this paragraph or at the end of the previous one."""
        candidates = reversed(self.by_paragraph.get(p.index, []))
        if seg.mark == len(p.frame) - len(p.frame.lstrip()):
            candidates = itertools.chain(candidates, reversed(self.by_paragraph.get(p.index - 1, [])))
        for record in candidates:
            if record.kind == "mention" or not record.speaker or (record.paragraph == p.index + 1
                                                                    and record.start >= seg.start):
                continue
            same = record.paragraph == p.index + 1
            rule = "continuation-after-attribution" if same else "continuation-from-previous-paragraph"
            return _Attribution(Entity(record.speaker, record.side, "", ""), record.cue, rule)
        opens = seg.mark == len(p.frame) - len(p.frame.lstrip())
        before = self.paragraphs[p.index - 1] if opens and p.index > 0 else None
        if before is not None and before.sentences and not self.by_paragraph.get(before.index):
            # "He recalled the day a fellow worker was crushed by a falling tree." ¶ "“Nobody called a doctor. …":
            # a quotation opening a paragraph continues whoever the paragraph before ended on speaking
            last = [c for c in before.cues[len(before.sentences) - 1] if c.phrase is not None and c.form == "normal"
                    and (before.index, c.verb_start) not in self.used]
            # the main clause's speaker, not one its report names: "A defector … said relatives had told her …"
            for cue in last:
                attribution = self._attribute(before, cue, "speaker-cue-ending-previous-paragraph")
                if attribution is not None and attribution.entity.name:
                    return attribution
        return None

    # ------------------------------------------------------------------ indirect speech
    def _indirect(self, p: _Paragraph, k: int) -> None:
        """Reported speech without marks: "…, X said." / "X said (that) …" / "According to X, …" / ", adding …"."""
        frame, (s0, s1) = p.frame, p.sentences[k]
        end = s1
        while end > s0 and frame[end - 1] in ".!?)":
            end -= 1
        candidates = []
        for cue in p.cues[k]:
            if (p.index, cue.verb_start) in self.used or cue.framing:
                continue
            found = self._clause_for(p, k, cue, s0, end)
            if found is not None:
                candidates.append((*found, cue))
        verbs = [c.verb_start for *_, c in candidates]
        speech, mentions = [], []
        for record in reversed(self.by_paragraph.get(p.index, [])):
            if record.end <= s0:
                break
            (mentions if record.kind == "mention" else speech).append((record.start, record.end))
        for start, stop, rule, cue in candidates:
            dateline = _dateline_at(frame, start, stop)
            if dateline is not None:  # "TOKYO, Sept. 6 (Yonhap) -- …": the dateline is no part of what was said
                start = dateline.end()
            start, stop = _trim_clause(p.norm, start, stop)
            start, stop = _trim_clause(p.norm, *_clause_without_mentions(p.norm, start, stop, mentions))
            if any(start <= v < stop for v in verbs if v != cue.verb_start) or \
                    any(start < b and a < stop for a, b in speech) or len(p.norm[start:stop].split()) < 3 or \
                    any(start <= mark < stop for mark in p.broken):
                continue  # an outer attribution, or a clause holding quoted speech: the inner record reports it
            attribution = self._attribute(p, cue, rule)
            if attribution is not None:
                self._emit(p, start, stop, attribution, "indirect")

    def _clause_for(self, p: _Paragraph, k: int, cue: Cue, s0: int, end: int) -> tuple[int, int, str] | None:
        """The reported clause that goes with a cue, and the rule: (start, end, rule) or None."""
        frame = p.frame
        head = frame[s0:cue.start].rstrip()
        if cue.form == "according":
            if not head:
                comma = frame.find(",", cue.end, end)
                if comma >= 0 and not frame[cue.end:comma].strip():
                    return comma + 1, end, "according-to"
            elif head.endswith(",") and (not frame[cue.end:end].strip()
                                         or _SOURCE_ASIDE.fullmatch(frame, cue.end, end)):
                # ("…, according to a military official who requested anonymity": an aside about the source)
                return s0, s0 + len(head) - 1, "according-to"
            return None
        if cue.form == "participle":
            start = self._clause_after(frame, cue.verb_end, end, cue.verb)
            return None if start is None else (start, self._clause_end(frame, start, end), "participle-clause")
        tail = frame[cue.end:end]
        adverbial = _RIGHT_ADVERBIAL.match(tail)
        rest = tail[adverbial.end():] if adverbial else tail
        if head.endswith(",") and _NOT_A_CLAUSE.match(rest):
            rule = "clause-then-said-speaker" if cue.form == "inverted" else "clause-then-speaker-said"
            return s0, s0 + len(head) - 1, rule
        if cue.form in ("normal", "quoted", "antecedent"):
            # "told her he had …": after an object, "told" takes a clause without "that", as "said" does.
            verb = "said" if cue.verb in ("told", "tells") and cue.cue_end > cue.verb_end else cue.verb
            start = self._clause_after(frame, cue.end if cue.form == "quoted" else cue.cue_end, end, verb)
            if start is not None:
                return start, self._clause_end(frame, start, end), "speaker-said-clause"
        return None

    @staticmethod
    def _clause_after(frame: str, pos: int, end: int, verb: str) -> int | None:
        """Where a reported clause starts after a verb (past adverbials and "that"), or None if none does."""
        rest = frame[pos:end]
        adverbial = _RIGHT_ADVERBIAL.match(rest)
        offset = adverbial.end() if adverbial else 0
        match = _COMMA_THAT.match(rest[offset:])
        start = pos + offset + match.end()
        if start >= end or frame[start] in '"' + MASK + ":" or (match.group(1) and not match.group(2)):
            return None
        if not match.group(2):
            if verb not in BARE_CLAUSE_VERBS:
                return None
            first = frame[start:end].split(None, 1)[0].lower()
            if first in _NOT_CLAUSE_START:
                return None
        return start

    @staticmethod
    def _clause_end(frame: str, start: int, end: int) -> int:
        """A reported clause ends at the sentence end, or before ", adding …" that continues it."""
        match = _PARTICIPLE_AFTER_COMMA.search(frame, start, end)
        return match.start() if match else end


# =========================================================================== entry points


def quotations_in_paragraphs(paragraphs: Sequence[str], table: SpeakerTable | None = None) -> list[Quotation]:
    """The quotations of a sequence of paragraphs (the body; or captions, to show what they would give).

    Warns once (:class:`QuotationWarning`) when quote marks do not pair up.
    """
    extractor = _Extractor(list(paragraphs), table if table is not None else load_speakers())
    records = extractor.run()
    if extractor.unbalanced:
        numbers = ", ".join(str(n) for n in extractor.unbalanced)
        noun = "paragraph" if len(extractor.unbalanced) == 1 else "paragraphs"
        warnings.warn(QuotationWarning(
            f"unbalanced quotation marks in {noun} {numbers}; quotations that could not be closed were skipped"
        ), stacklevel=3)
    return records


def mark_summary(paragraphs: Sequence[str]) -> pd.DataFrame:
    """How the quote marks of each paragraph pair up: the evidence behind the multi-paragraph rule.

    One row per paragraph that has quote marks.  Columns: ``paragraph`` (from
    1), ``opening`` and ``closing`` (marks by role; apostrophes are not
    marks), ``quotations`` (closed in the paragraph), ``left_open`` (a
    quotation is still open at the paragraph's end), ``continues`` (…and the
    next paragraph opens with a mark, so the quotation runs on into it).
    """
    texts = list(paragraphs)
    pairings = [pair_marks(find_marks(text), text) for text in texts]
    segments, _, _ = link_paragraphs(texts, pairings)
    runs_on = {seg.paragraph for seg in segments if seg.close is None}
    rows = []
    for index, (text, pairing) in enumerate(zip(texts, pairings)):
        marks = find_marks(text)
        if marks:
            rows.append({
                "paragraph": index + 1,
                "opening": sum(m.role == "open" for m in marks),
                "closing": sum(m.role == "close" for m in marks),
                "quotations": len(pairing.pairs),
                "left_open": pairing.dangling is not None,
                "continues": index in runs_on,
            })
    return pd.DataFrame(rows, columns=["paragraph", "opening", "closing", "quotations", "left_open", "continues"])


def extract_quotations(article: Article, table: SpeakerTable | None = None) -> list[Quotation]:
    """Every quotation of the article's body, ordered by (paragraph, start).  Captions are not body text.

    The table is taken as it stood on the article's date: a president quoted after leaving office is ``other``
    (unless the article names him as "then-President").
    """
    table = table if table is not None else load_speakers()
    return quotations_in_paragraphs(article.paragraphs, table.as_of(article.date, article.body))
