"""What one article's reading remembers, and the lookups every step of it shares."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from ..model import Actor, Article, Event, Mention, Timex
from .grammar import (
    _BESIDE,
    _CASE,
    _CASE_OF,
    _DATELINE_TAIL,
    _EN_BEFORE,
    _EN_OPENING,
    _EN_PORTFOLIO_OFFICE,
    _EN_PREP,
    _HYPHEN_PART,
    _PARTITIVE,
    _SPEAKER_ROLES,
    _SPEAKER_TITLE,
    Trigger,
)

if TYPE_CHECKING:
    from .extractor import EventExtractor

_SPACE_RUN = re.compile(r"\s+")  # a postposition's words are joined by one space (``_case``, per name)


class _Base:
    """What one article's reading remembers: the last people acting, the places of events."""

    def __init__(self, article: Article, mentions: list[Mention], bounds: tuple[str | None, str | None],
                 ex: EventExtractor) -> None:  # fmt: skip
        self.a = article
        self.text = article.text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]  # for windows by bisection: linear in the text
        # a person's name parts by word (``_name_parts_told``): for each part, the index of the first mention
        # that has it, that mention's person, and the index of the first mention of another person with it;
        # built once per article, so a window reads the parts before it in constant time (not once per window)
        self.name_parts: dict[str, tuple[int, str, int]] | None = None
        self.name_parts_from = 0  # the index of the first mention with a part: no window before it has any
        self.sentence_starts = sorted(s.start for s in article.sentences)
        self.timexes = sorted(article.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        self.bounds = bounds
        self.ex = ex
        self.roles = {r.entity_id: r for r in article.roles}
        self.labels: dict[str, str] = {}
        for m in mentions:  # the first mention's label, as a lookup rather than a scan per call
            self.labels.setdefault(m.entity_id or "", m.label)
        self.office_holder = {(r.role, r.of): r.entity_id for r in article.roles}
        # where a person's phrase starts -> the country named in the genitive before his office, where it starts
        self.holder_country: dict[int, str] = {}
        self.date = dt.date.fromisoformat(article.published[:10]) if article.published else None
        if self.date is None and bounds[0]:
            self.date = dt.date.fromisoformat(bounds[0])
        self.last_people: list[str] = []
        self.last_group: list[str] = []
        self.last_countries: list[str] = []
        self.sentences_since_country = 99
        self.country_count: dict[str, int] = {}
        self.prev_people: list[str] = []
        # the people the sentence just read names in any role but a genitive (``X को पुलिस ने पकड़ा``): whom a
        # pronoun of the next sentence stands for when no one has acted yet (``उसे रिहा कर दिया गया``)
        self.named_people: list[str] = []
        self.places_seen: set[str] = set()
        self.sentences_since_group = 99
        self.found_here: list[Trigger] = []  # the predicates of the sentence being read
        self.not_predicates: set[int] = set()  # ids of those found to be ordinary verbs (a motion verb going nowhere)
        self.frames: dict[str, tuple[Timex | None, str | None]] = {}  # speaker → (date, place) of where they spoke
        self.place_of: dict[str, tuple[str, int, int]] = {}  # actor → place of its last event
        # ids of events placed at a hall a body sits in (a parliament, a court): that act's place only, no
        # scene or whereabouts for the acts told after it
        self.in_hall: set[int] = set()
        # ids of events of no country's side told before any place but the dateline's ("पुलिस ने ... गिरफ्तार किया"):
        # placed at the dateline's city when no scene places them (``carry_places``)
        self.filed_here: set[int] = set()
        # ids of events placed at the dateline's city for want of a place of their own words: a scene a neighbouring
        # sentence sets is nearer (``carry_places``)
        self.by_dateline: set[int] = set()
        # an actor's whereabouts before a hall's act of the sentence being read (back when the sentence ends: the
        # acts of its clause chain were done in the hall, "संसद में यह मुद्दा उठाते हुए ... मदद की अपील की", later ones not)
        self.before_hall: dict[str, tuple[str, int, int] | None] = {}
        self.dateline = next((m for m in article.mentions if m.source == "dateline" and m.entity_id), None)
        self.english = (article.language or "hi") == "en"
        self.sent_english = self.english  # the language of the sentence being read
        # ``_case``'s answers: it reads only the text and the sentence's language, and the rules ask it of the
        # same names again and again (each mention of a sentence, per trigger and per pass over the sentence)
        self._cases: dict[tuple[int, int, int, bool], str] = {}
        self.told: list[Event] = []  # every event made while reading the article (their ids key the sets below)
        # the trigger starts of the first ``told_indexed`` events of ``told``, sorted (``told_starts_within``)
        self.told_starts: list[int] = []
        self.told_indexed = 0
        self.issues_of: dict[tuple[int, int], list[str]] = {}  # a sentence's issues (``_topics``), by its span
        self.earlier: set[int] = set()  # ids of events told in the pluperfect ("हुई थी")
        self.usual: dict[int, Actor] = {}  # id of a passive event with no doer → its usual doer (added last)
        self.also: set[int] = set()  # ids of events told with "also" ("पर भी हमला"): one more act, not a retelling
        # ids of charges made by saying them ("X ने कहा कि Y आतंकवाद को बढ़ावा देता है", state ``_told_as_charge``): the
        # saying is the act, so reported words do not keep the speaker's scene from it
        self.said_charges: set[int] = set()
        # ids of acts told as a reply ("जवाबी शुल्क लगाया", fire returned): never one with the act it answers
        self.replies: set[int] = set()
        self.nominal: set[int] = set()  # ids of events stated by a bare noun ("इस हमले में")
        self.anaphoric: set[int] = set()  # those of them a demonstrative points back with
        self.copular: set[int] = set()  # a noun with a bare copula ("... हमला है"): folded or dropped
        self.ranges: dict[tuple[int, int], str] = {}  # a range's span → its last day
        self.chain_date: Timex | None = None  # the day the last dated event happened
        self.sentences_since_date = 99
        self.chain_place: str | None = None
        self.chain_date_actors: set[str] = set()  # who took part in the events the chain's date and place came from
        self.chain_place_actors: set[str] = set()
        self.chain_place_deed = False  # set by a deed: a battlefield is no scene of the talks told after it
        self.chain_date_type = ""
        self.sentences_since_place = 99
        self.last_sources: list[str] = []
        self.last_source_mode = ""  # the mode of the act the last sources did ("criticize": they judged another's)
        self.last_attackers: list[str] = []  # who fired, in the order the article tells it
        self.sentences_since_attack = 99
        self.sentences_since_source = 99
        # "नई दिल्ली, 24 अप्रैल (भाषा)": a date at the head of the report is the day it was filed
        self.dateline_date = next((t for t in article.timexes
                                   if t.type == "DATE" and t.start < 60 and t.precision in ("day", "month")
                                   and _DATELINE_TAIL.match(self.text, t.end)), None)  # fmt: skip
        dl = article.dateline
        if self.dateline_date is None and dl is not None and 0 <= dl.start < dl.end <= len(article.raw):
            # the cleaning stage took the dateline, with its date, out of the text
            from ..timex import find_timexes

            self.dateline_date = next((t for t in find_timexes(article.raw[dl.start : dl.end], article.published)
                                       if t.type == "DATE" and t.precision in ("day", "month")), None)  # fmt: skip
        # an article with neither a publication date nor a dated dateline: its lead's first day
        # ("भारत ने रविवार को कहा", "शनिवार की सुबह ... पहुंचे") is the best word on the day of the report
        self.lead_day: Timex | None = None
        if not (article.published and len(article.published) >= 10) and self.dateline_date is None:
            days = [t for t in article.timexes if t.type == "DATE" and t.precision in ("day", "weekday")]
            lead: list[Timex] = []
            # (a lead of four sentences with no day: the first day of the next four, "... स्वागत किया। ... बता
            # दें कि पीएम शुक्रवार की सुबह कीव पहुंचे")
            for last in (3, 7):
                lead_end = article.sentences[min(last, len(article.sentences) - 1)].end if article.sentences else 0
                lead = lead or [t for t in days if t.start < lead_end]
            # (a weekday is how a report names its own day; a calendar day in the lead is as often an earlier
            # happening's: "China on Tuesday protested the June 15 face-off"; one beside the weekday is its day)
            wd = next((t for t in lead if t.precision == "weekday"), None)
            beside = [t for t in lead if wd is not None and t.precision == "day" and (
                (t.end <= wd.start and _BESIDE.fullmatch(self.text, t.end, wd.start))
                or (wd.end <= t.start and _BESIDE.fullmatch(self.text, wd.end, t.start)))]  # fmt: skip
            self.lead_day = beside[0] if beside else wd or (lead[0] if lead else None)

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in ``[lo, hi)``."""
        return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def told_starts_within(self, lo: int, hi: int) -> set[int]:
        """The trigger starts in ``[lo, hi)`` of the events told so far: read from a sorted index that takes in each
        event once, so a sentence's question costs its own events, not the article's (a page of thousands of acts).
        """
        for ev in self.told[self.told_indexed :]:
            insort(self.told_starts, ev.trigger_start)
        self.told_indexed = len(self.told)
        return set(self.told_starts[bisect_left(self.told_starts, lo) : bisect_left(self.told_starts, hi)])

    def timexes_within(self, lo: int, hi: int) -> list[Timex]:
        """The time expressions that start in ``[lo, hi)``."""
        return self.timexes[bisect_left(self.timex_starts, lo) : bisect_left(self.timex_starts, hi)]

    def _chain_key(self, ev: Event) -> set[str]:
        """Who an event is about, for the clause chain: its actors and the countries they act for."""
        return {a.entity_id for a in ev.actors} | {a.affiliation or "" for a in ev.actors} - {""}

    def _speaks_for(self, eid: str) -> str | None:
        """The body or country a spokesperson speaks for ("इजरायली सेना के प्रवक्ता X": the army), as linking
        gives it: his office is one of ``speaker_office`` (``lang/<code>/words.tsv``) by his role or by the title
        right before his name.

        Args:
            eid: An actor's entity id.

        Returns:
            The body's id; ``""`` for a spokesperson whose body the article does not give; ``None`` for one
            who is no spokesperson.
        """
        role = self.roles.get(eid)
        if role is not None and role.role in _SPEAKER_ROLES:
            return self.ex.affiliation(eid, self.roles, self.date) or ""
        if any(m.entity_id == eid and _SPEAKER_TITLE.search(self.text, max(0, m.start - 30), m.start)
               for m in self.mentions):  # fmt: skip
            return self.ex.affiliation(eid, self.roles, self.date) or ""
        return None

    def _side(self, eid: str) -> str:
        """The country an actor acts for (its own id when it has none): one side of a clash."""
        return self.ex.affiliation(eid, self.roles, self.date) or eid

    def _label(self, eid: str) -> str:
        if eid.startswith("country:"):
            return "GPE"
        if eid.startswith("agent:"):
            return "AGENT"
        if eid in self.labels:
            return self.labels[eid]
        ent = self.ex.kb.entities.get(eid)
        return ent.label if ent else "PERSON"

    def _opening_place(self, start: int) -> bool:
        """Whether an English name opens its sentence after a preposition and before a comma ("In Islamabad,
        the foreign office ..."): a where set before the clause, not a conjunct of a list of doers.
        """
        at = bisect_right(self.sentence_starts, start) - 1
        head = self.text[self.sentence_starts[at] if at >= 0 else 0 : start]
        return bool(_EN_OPENING.fullmatch(head))

    def _case(self, end: int, hi: int, start: int = -1) -> str:
        """The case the words after a name (``end``, read up to ``hi`` and a little past) give it ("erg" for ने,
        "gen", "loc", ...; "nom" with none), or, in an English sentence, the preposition before it (from ``start``).
        """
        key = (end, hi, start, self.sent_english)
        case = self._cases.get(key)
        if case is None:
            case = self._cases[key] = self._case_read(end, hi, start)
        return case

    def _case_read(self, end: int, hi: int, start: int) -> str:
        text = self.text
        # भारत-रूस संबंध: a name in a hyphenated compound modifies a noun; a compound that a
        # postposition other than the genitive closes is a pair sharing it ("भारत-चीन के बीच झड़प")
        first = end < len(text) - 1 and text[end] in "-–" and text[end + 1].strip()
        if first or (start > 1 and text[start - 1] in "-–" and text[start - 2].strip()):
            nxt = _HYPHEN_PART.match(text, end) if first else None
            after = _CASE.match(text, nxt.end() if nxt else end, max(end, hi + 12)) if nxt or not first else None
            pp = _SPACE_RUN.sub(" ", after.group("pp") or "").lower() if after else ""
            case = _CASE_OF.get(pp, "mod")
            return case if case not in ("and", "gen", "nom") else "mod"  # "भारत-रूस के संबंध" is still a modifier
        pw = self.ex.place_words.match(text, end) if self.ex.place_words else None
        if pw is not None:
            end = pw.end()  # "पुंछ जिले में": the district's postposition is the name's
        m = _CASE.match(text, end, max(end, hi + 12))
        pp = _SPACE_RUN.sub(" ", m.group("pp") or "").lower() if m else ""
        if self.sent_english and start >= 0 and (pp not in ("and", ",", "'s", "’s") or (
                pp == "," and self._opening_place(start))):
            # English marks a name's case before it: "in Poonch", "with India", "of the army"
            # (never past the sentence's start: "... in the Galwan Valley.\n\nChina on Tuesday lodged")
            at = bisect_right(self.sentence_starts, start) - 1
            bm = _EN_BEFORE.search(text, max(0, start - 40, self.sentence_starts[at] if at >= 0 else 0), start)
            if (bm and bm.group(1).lower() in ("for", "of") and re.search(r"[A-Z]", text[bm.end(1) : start])
                    and _EN_PORTFOLIO_OFFICE.search(text, max(0, bm.start() - 30), bm.start())):  # fmt: skip
                # "Minister for Defence Richard Marles met ...": the holder, not "for" him (a portfolio stands
                # between; "the High Commissioner of Canada" keeps its "of")
                return "nom"
            return _EN_PREP.get(bm.group(1).lower(), "loc") if bm else "nom"
        if not pp:
            return "nom"
        part = _PARTITIVE.match(text, m.end()) if pp == "में" and m is not None else None
        if part is not None:
            return _CASE_OF.get(part.group("pp"), "nom")  # "136 बंधकों में से केवल दो को": the group is the object
        return _CASE_OF.get(pp, "nom")
