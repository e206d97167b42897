"""One event per happening: event nouns folded into the acts they name, retellings merged.

Retellings merge within an article and across articles.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from bisect import bisect_left
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import replace
from typing import Any

from ..kb import KnowledgeBase
from ..lexicon import DEED_TYPES
from ..model import SUPPLIED_VIA, Actor, Event, Mention, Span
from .grammar import _FAMILY


def _sector(eid: str) -> str:
    """The sector of a generic actor (``agent:reb:in`` → ``reb``), '' for a named one."""
    return eid.split(":")[1] if eid.startswith("agent:") else ""


def _drop_office_agents(actors: list[Actor]) -> list[Actor]:
    """A generic official or diplomat ("रक्षा मंत्रियों", "the minister") beside a named person in the
    same role, of no country or of that person's, is that person described again; a generic actor of
    no country beside one of the same kind with a country, in the same role, is that one.
    """
    people = {(a.role, a.affiliation) for a in actors if a.entity_id.startswith("person:")}
    roles = {r for r, _ in people}

    # "एक अधिकारी" told beside "पाकिस्तानी अधिकारियों" in the same role: one body, that country's, named
    # where it was told first
    placed = {(a.role, a.entity_id.rsplit(":", 1)[0]): a for a in actors
              if a.entity_id.count(":") == 2 and a.entity_id.startswith("agent:")}  # fmt: skip
    told = [a for a in actors if a.entity_id.count(":") == 1 and (a.role, a.entity_id) in placed]
    if told:
        named = {id(placed[(a.role, a.entity_id)]) for a in told}
        actors = [replace(a, entity_id=placed[(a.role, a.entity_id)].entity_id,
                          affiliation=placed[(a.role, a.entity_id)].affiliation) if a in told else a
                  for a in actors if id(a) not in named]  # fmt: skip

    def described(a: Actor) -> bool:
        parts = a.entity_id.split(":")
        if parts[0] != "agent" or parts[1] not in ("gov", "dip") or a.role not in roles:
            return False
        return len(parts) < 3 or (a.role, f"country:{parts[2]}") in people

    return [a for a in actors if not described(a)]


def _fold_nominals(events: list[Event], nominal: set[int], anaphoric: set[int] | None = None,
                   copular: set[int] | None = None) -> list[Event]:  # fmt: skip
    """A bare event noun (``इस हमले में``, ``the clash``) mostly refers back to an event the article
    states with its verb: it becomes more evidence of that event. Only a noun with no such event
    in the article (a headline, a lead that names the act only) stays an event of its own. A noun
    a demonstrative points back with (``इस झड़प में``, ``the encounter``) is the last act of its type
    told before it, whatever the mode ("killed ..." then "the encounter"). A ``copular`` one
    ("यह पहली वार्ता थी") with nothing to fold into is dropped: it names, it does not tell.
    """
    out: list[Event] = []
    anaphoric = anaphoric or set()
    for ev in events:
        if id(ev) in nominal:
            back = next((k for k in reversed(out) if id(k) not in nominal and k.type == ev.type
                         and k.trigger_start < ev.trigger_start), None) if id(ev) in anaphoric else None  # fmt: skip
            host = back or next((k for k in out if id(k) not in nominal and family(k) == family(ev) and _may_be(k, ev)),
                                None) or next(
                (k for k in events if id(k) not in nominal and family(k) == family(ev)
                 and k.evidence[0] == ev.evidence[0]
                 and _may_be(k, ev)), None)  # fmt: skip
            if host is not None:
                add_evidence(host, ev)
                if ev.date_basis == "text" and host.date_basis != "text":
                    host.date, host.date_start, host.date_end = ev.date, ev.date_start, ev.date_end
                    host.precision = ev.precision
                    host.date_basis, host.date_to = "text", ev.date_to
                if ev.place and not host.place:
                    host.place, host.place_start, host.place_end = ev.place, ev.place_start, ev.place_end
                continue
            if id(ev) in (copular or ()):
                continue
        out.append(ev)
    return out


def _may_be(host: Event, noun: Event) -> bool:
    """Whether an event noun can name the act ``host`` states: no other day of its own ("सितंबर 2022
    में उनकी पिछली बैठक"), no other place, and a named actor in common when both name some.
    """
    own = noun.evidence[0].start <= noun.date_start < noun.evidence[0].end if noun.evidence else False
    if own and noun.date_basis == "text" and host.date_basis == "text" and not dates_compatible(host.date, noun.date):
        return False  # (a date the chain lent the noun is not its own)
    if own and noun.date_basis == "text" and not _bounds_overlap(host, noun):
        return False  # "2001 में ... शिखर सम्मेलन" is not this week's meeting of the same countries
    if noun.place and host.place and noun.place != host.place and not (
            host.place_start < 0 or noun.place_start < 0):  # fmt: skip
        return False

    if _people_apart(host, noun):
        return False  # Wang Yi meets Jaishankar; "the Modi–Xi meeting" is another one
    nh, nn = _named(host), _named(noun)
    return not nh or not nn or bool(nh & nn)


def _said(e: Event) -> list[Actor]:
    """The actors an event's own words name: not the article's pair of countries the coder supplied by default to a
    bare meeting (``pair``: "टोक्यो में हुई बैठक"), which says nothing about which act it is. Other defaults
    (``implicit``: a carried target, the crowd police act on, a sending or receiving country, the country an envoy
    serves in) do tell which act it is, and count.
    """
    return [x for x in e.actors if x.via != "pair"]


def _named(e: Event) -> set[str]:
    """The named actors of an event (generic ones left out) and the countries its actors act for."""
    return {x.entity_id for x in e.actors if not x.entity_id.startswith("agent:")} | {
        x.affiliation for x in e.actors if x.affiliation}


def _people_apart(a: Event, b: Event) -> bool:
    """Whether each event names a person the other does not (two meetings, not one)."""
    # (a person the knowledge base does not hold, "new:person:…", is a person too)
    pa = {x.entity_id: x.affiliation for x in a.actors if x.entity_id.startswith(("person:", "new:person:"))}
    pb = {x.entity_id: x.affiliation for x in b.actors if x.entity_id.startswith(("person:", "new:person:"))}
    return bool(_uncovered(pa, pb, b) and _uncovered(pb, pa, a)) or _partners_apart(a, b)


def _partners_apart(a: Event, b: Event) -> bool:
    """Whether each event has a partner of a country the other's partners are not of: "भारत और मिस्र की
    सेनाएं" and "भारत और जापान की नौसेनाएं" hold two exercises, a minister's talks with Mexico's and with Armenia's
    counterparts two meetings. Partners are the ``participant`` actors the words name (not those the coder
    supplied: ``SUPPLIED_VIA``), each of its country (a country itself, the one a person or body acts for). Two
    partners of one kind (two people, two countries, two generic bodies: :func:`_partner_kind`), of countries the
    other telling has no partner of, keep the two apart; partners of two kinds do not (a body told by its office,
    "X, Y और Z के विदेश मंत्रियों", may be a list whose conjuncts were not all read; a country named beside a meeting
    of leaders is often what they talked about). A list of partners ("X, Y और Z से मुलाकात") told again with one
    of them is one act: the shorter telling's countries are all the longer one's, and a country the other
    telling's sentences name (within one article: :func:`merging_told`) is one of its partners left unread.
    """
    told = _TOLD.get()
    # (a country the other's sentences name is a partner its telling left out: one list told twice)
    heard_a, heard_b = (_countries_told(a, told), _countries_told(b, told)) if told else (set(), set())
    for kind in ("person", "country", "agent"):
        ca, cb = _partner_countries(a, kind, heard_a if told else None), _partner_countries(b, kind,
                                                                                          heard_b if told else None)
        if ca - _partner_countries(b) - heard_b and cb - _partner_countries(a) - heard_a:
            return True
    return False


# within one article: the sentences (start, end) and the countries each names, places by their country
# (:func:`told_countries`); set while the article's events merge (:func:`merging_told`)
_TOLD: ContextVar[list[tuple[int, int, frozenset[str]]] | None] = ContextVar("told_countries", default=None)


def told_countries(sentences: list[Span], mentions: list[Mention],
                   places_of: dict[str, str]) -> list[tuple[int, int, frozenset[str]]]:  # fmt: skip
    """Each sentence's span and the countries it names: a country, or the country of a town or region it names."""
    out = []
    # the mentions by start, each sentence's found by bisection: linear in the article, not sentences x mentions
    named = sorted((m for m in mentions if m.entity_id), key=lambda m: m.start)
    starts = [m.start for m in named]
    for s in sentences:
        ids = {m.entity_id or "" for m in named[bisect_left(starts, s.start) : bisect_left(starts, s.end)]}
        out.append((s.start, s.end, frozenset(c for c in (i if i.startswith("country:") else places_of.get(i or "")
                                                          for i in ids) if c)))  # fmt: skip
    return out


@contextlib.contextmanager
def merging_told(told: list[tuple[int, int, frozenset[str]]] | None) -> Iterator[None]:
    """Within this block, the sentences' countries (:func:`told_countries`) that :func:`_partners_apart` reads."""
    token = _TOLD.set(told)
    try:
        yield
    finally:
        _TOLD.reset(token)


def _partner_kind(x: Actor) -> str:
    """``person``, ``country``, ``agent`` (a generic body) or ``other`` (a named organisation)."""
    if x.entity_id.startswith(("person:", "new:person:")):
        return "person"
    return x.entity_id.split(":")[0] if x.entity_id.startswith(("country:", "agent:")) else "other"


def _countries_told(e: Event, told: list[tuple[int, int, frozenset[str]]]) -> set[str]:
    """The countries the sentences of an event's body evidence name."""
    out: set[str] = set()
    for sp in e.evidence:
        if sp.field == "text":
            for start, end, cs in told:
                if start < sp.end and sp.start < end:
                    out |= cs
    return out


def _partner_countries(e: Event, kind: str | None = None, heard: set[str] | None = None) -> set[str]:
    """The countries of the partners an event's words name (:func:`_partners_apart`), not those the coder
    supplied; with ``kind`` only those of people (``person``), of countries (``country``) or of generic bodies
    (``agent``: "मिस्र की सेनाएं"); with ``heard`` (the countries the event's sentences name) only people, and
    partners of a country the sentences name ("दोनों देशों के राष्ट्रपति" read as one country names none).
    """
    out = set()
    for x in e.actors:
        if x.role != "participant" or x.via in SUPPLIED_VIA:
            continue
        if kind is not None and _partner_kind(x) != kind:
            continue
        c = x.entity_id if x.entity_id.startswith("country:") else _country(x)
        if c and (heard is None or c in heard or x.entity_id.startswith(("person:", "new:person:"))):
            out.add(c)
    return out


def _uncovered(people: dict[str, str | None], others: dict[str, str | None], other: Event) -> set[str]:
    """The people of one event that the other names neither themselves nor by their side: "जयशंकर ने इजरायल,
    मिस्र और नेपाल के समकक्षों से बात की ... यायर लापिड के साथ वार्ता": Lapid is the side the call names as Israel
    (a country, or an office of it, among the other's actors).
    """
    sides = {x.entity_id for x in other.actors if not x.entity_id.startswith(("person:", "new:person:"))}
    sides |= {_country(x) for x in other.actors if x.entity_id.startswith("agent:")}
    return {p for p, c in people.items() if p not in others and not (c and c in sides)}


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: dict[str, Actor] = {}
    rank = {"source": 0, "participant": 1, "target": 2, "destination": 3}
    for a in actors:
        if a.entity_id not in out or rank.get(a.role, 9) < rank.get(out[a.entity_id].role, 9):
            out[a.entity_id] = a
    return list(out.values())


# ---- merging ---------------------------------------------------------------------------
def mode_family(typ: str, mode: str) -> tuple[str, str]:
    """The family of a type and mode: a meeting and its talks are one family."""
    return typ, _FAMILY.get(mode, mode) if typ == "CONSULT" else mode


def family(ev: Event) -> tuple[str, str]:
    """Events of one family can tell the same happening."""
    return mode_family(ev.type, ev.mode)


class PlaceCountries(dict[str, str]):
    """City or region id → its country id; ``lines`` holds, for a border line between countries (the
    LoC), the countries it divides: it belongs to neither, but may hold towns of either side.
    """

    def __init__(self, *args: Any, lines: dict[str, frozenset[str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines: dict[str, frozenset[str]] = dict(lines or {})


def city_countries(kb: KnowledgeBase) -> PlaceCountries:
    """City id → country id, so that a city and its country can be one place (and the countries each
    border line divides, :class:`PlaceCountries`).
    """
    out = PlaceCountries()
    for eid, ent in kb.entities.items():
        country = kb.country_id(eid) if eid.startswith(("city:", "region:")) else None
        if country:
            out[eid] = country
        elif ent.divides and eid.startswith("region:"):
            out.lines[eid] = frozenset(ent.divides)
    return out


def covers(a: Event, b: Event) -> bool:
    """Whether ``b``'s actors are ``a``'s actors or the countries they act for."""
    names = a.actor_ids() | {x.affiliation for x in a.actors if x.affiliation}
    return b.actor_ids() <= names


def event_sides(ev: Event) -> frozenset[str]:
    """The countries (else the entities) taking part in an event: each actor's affiliation, else its id."""
    return frozenset(a.affiliation or a.entity_id for a in ev.actors)


def covers_either(a: Event, b: Event) -> bool:
    """``covers(a, b) or covers(b, a)``, each side's actors read once (the happenings stage asks this of
    every kept happening of a new event's block: a million times a 10,000-article pass).
    """
    ids_a = {x.entity_id for x in a.actors}
    ids_b = {x.entity_id for x in b.actors}
    if ids_b <= ids_a or ids_a <= ids_b:
        return True  # (one side's ids within the other's: covered whatever they act for)
    return ids_b <= ids_a.union(x.affiliation for x in a.actors if x.affiliation) or ids_a <= ids_b.union(
        x.affiliation for x in b.actors if x.affiliation)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two TIMEX3 values can name the same day (``XXXX-WXX-4`` and ``2025-06-26``)."""
    if not a or not b:
        return True
    wa, wb = a.startswith("XXXX-WXX-"), b.startswith("XXXX-WXX-")
    if wa and wb:
        return a[-1] == b[-1]
    if wa or wb:
        weekday, other = (a[-1], b) if wa else (b[-1], a)
        return _weekday(other) in (weekday, None)  # a month or year holds every weekday
    n = min(len(a), len(b))
    return all(x == y or "X" in (x, y) for x, y in zip(a[:n], b[:n], strict=True))


def _weekday(value: str) -> str | None:
    try:
        return str(dt.date.fromisoformat(value[:10]).isoweekday())
    except ValueError:
        return None


def _bounds_overlap(a: Event, b: Event, across: bool = False) -> bool:
    """Whether the days two events can have happened on overlap: their bounds, narrowed to the year,
    month or day their own text states ("2001 में" is not a meeting the report dates to 2021), and
    where one gives a weekday and the other a day of a month with no year ("बुधवार", "26/11"), a year
    those days allow in which that day falls on that weekday (a recalled "26/11" is not this
    Wednesday's attack when this year's 26 November is a Sunday). ``across`` articles, an event with
    no date of its own happened within :data:`REPORT_WINDOW_DAYS` before its report (:func:`_span`).
    """
    (lo_a, hi_a), (lo_b, hi_b) = _span(a, across), _span(b, across)
    lo = max(lo_a, lo_b)
    his = [x for x in (hi_a, hi_b) if x]
    if not his or not lo:
        return True  # open bounds: any year, so any weekday
    hi = min(his)
    return lo <= hi and _weekday_fits(a, b, lo, hi)


_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_MONTH_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})")


def _weekday_fits(a: Event, b: Event, lo: str, hi: str) -> bool:
    """Whether a weekday and a day of a month with no year, if the two events give them, fall on one
    day between the ISO days ``lo`` and ``hi``.
    """
    values = [x.date if x.date_basis != "reported" else None for x in (a, b)]
    weekday = next((v for v in values if v and v.startswith("XXXX-WXX-")), None)
    month_day = next((m for v in values if v and (m := _MONTH_DAY.fullmatch(v))), None)
    if weekday is None or month_day is None:
        return True
    try:
        first, last = dt.date.fromisoformat(lo[:10]), dt.date.fromisoformat(hi[:10])
    except ValueError:
        return True
    month, day = int(month_day.group(1)), int(month_day.group(2))
    for year in range(first.year, last.year + 1):
        with contextlib.suppress(ValueError):  # 29 February
            d = dt.date(year, month, day)
            if first <= d <= last and str(d.isoweekday()) == weekday[-1]:
                return True
    return False


def _span(e: Event, across: bool = False) -> tuple[str, str]:
    """``(first, last)`` ISO day an event can have happened on (``""``: open).

    ``across`` articles, an event with no date of its own (``date_basis`` ``reported``, or no date at
    all) is news of a recent happening: it happened within :data:`REPORT_WINDOW_DAYS` before its report
    (``not_after``), so it never joins a happening whose own days (its pinned span, else its report's
    day) end more than that before, as a 2025 report with no date does not join a 2021 attack of the
    same sides. Within one article such an event may retell an older act the article dates, and keeps
    its open bounds; a retelling that names its date is narrowed to that date, never by its report.

    ``across`` articles a date the text gives only in part is anchored by its report too
    (:func:`_partial_days`): a weekday, a day of a month or a month with no year is the nearest such day
    or month on or before the report's day (on or after it for a plan), as ``timex`` reads them against
    a publication day; a week, a time of a day, a season, a decade or a century is its days; a date the
    text leaves open (``PAST_REF``, ``XXXX``) is news of the report's window, as an undated one. So a 2025
    report "on Thursday" never joins a happening of 2021.
    """
    lo, hi = e.not_before or "", e.not_after or ""
    said = _iso_day(hi) if across else None
    window = dt.timedelta(days=REPORT_WINDOW_DAYS)
    if said is not None and _undated(e):
        lo = max(lo, (said - window).isoformat())
    # (across, a date of no stated basis, a speaker's frame lent to his quoted words, is the event's own too,
    # as same_happening reads it; within one article only the text's)
    value = e.date if e.date_basis == "text" or (across and e.date and e.date_basis is None) else None
    if value and _CALENDAR_VALUE.fullmatch(value):
        first = value + "-01-01"[len(value) - 4:]
        last = value + "-12-31"[len(value) - 4:] if len(value) < 10 else value
    elif value and across:
        # (a report's day is its publication day, an article's only bound then; an article known only to lie
        # between two days, by the tenures it names, has no day to anchor a weekday by: its bounds stand)
        days = _partial_days(value, None if e.not_before else said, e.modality == "planned")
        if days == ("", ""):
            return lo, hi
        if days is None:  # a date the text leaves open ("कुछ दिन पहले", "उसी साल"): news of the report's days
            if said is not None:
                lo = max(lo, (said - window).isoformat())
            return lo, hi
        first, last = days
    else:
        return lo, hi
    nlo, nhi = max(lo, first), min(hi, last) if hi else last
    # bounds that exclude the stated day are the report's, not the event's (an event of 2001
    # recalled, a plan for next year): the text's day stands
    return (nlo, nhi) if nlo <= nhi else (first, last)


_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_TIME_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T\w+(?::\d{2})*")  # "2025-06-02TEV", "2025-06-02T10:30"
_SEASON_OF = re.compile(r"(\d{4})-(?:WI|SU|FA|SP)")
_ERA_VALUE = re.compile(r"\d{2,3}")  # a century ("20": the 21st) or a decade ("199": the 1990s)
_WEEKDAY_ONLY = re.compile(r"XXXX-WXX-([1-7])")
_MONTH_ONLY = re.compile(r"XXXX-(\d{2})")


def _partial_days(value: str, said: dt.date | None, ahead: bool) -> tuple[str, str] | None:
    """The first and last ISO day a TIMEX3 value that is not a calendar year, month or day allows, across
    articles: a week, a time of a day, a season, a decade or a century its own days; a weekday
    (``XXXX-WXX-4``), a day of a month (``XXXX-06-05``) or a month (``XXXX-06``) with no year the nearest
    such day or month on or before the report's day ``said`` (on or after it, ``ahead``, for a plan), or
    ``("", "")`` with no report's day to go by. ``None``: the value leaves the days open (``PAST_REF``,
    ``XXXX``).
    """
    import calendar

    with contextlib.suppress(ValueError):
        if m := _ISO_WEEK.fullmatch(value):
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        if m := _TIME_OF_DAY.fullmatch(value):
            on = dt.date.fromisoformat(m.group(1)).isoformat()
            return on, on
        if m := _SEASON_OF.fullmatch(value):  # (a winter runs into the next year)
            return f"{m.group(1)}-01-01", f"{int(m.group(1)) + 1}-03-31"
        if _ERA_VALUE.fullmatch(value):
            span = 10 ** (4 - len(value))
            return f"{int(value) * span:04d}-01-01", f"{(int(value) + 1) * span - 1:04d}-12-31"
        if said is None:
            return ("", "") if _WEEKDAY_ONLY.fullmatch(value) or _MONTH_DAY.fullmatch(value) or _MONTH_ONLY.fullmatch(
                value) else None  # fmt: skip
        step = 1 if ahead else -1
        if m := _WEEKDAY_ONLY.fullmatch(value):
            d = said + dt.timedelta(days=step * ((int(m.group(1)) - said.isoweekday()) * step % 7))
            return d.isoformat(), d.isoformat()
        if m := _MONTH_DAY.fullmatch(value):
            month, day = int(m.group(1)), int(m.group(2))
            for year in (said.year + k * step for k in range(5)):  # (29 February: the nearest leap year)
                with contextlib.suppress(ValueError):
                    d = dt.date(year, month, day)
                    if (d >= said) if ahead else (d <= said):
                        return d.isoformat(), d.isoformat()
            return None
        if m := _MONTH_ONLY.fullmatch(value):
            month = int(m.group(1))
            if 1 <= month <= 12:
                year = said.year + (step if ((month < said.month) if ahead else (month > said.month)) else 0)
                last = calendar.monthrange(year, month)[1]
                return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"
    return None


def same_happening(a: Event, b: Event, places_of: dict[str, str] | None = None, across: bool = True) -> bool:
    """Whether two events tell the same happening: of one family, or (within one article) one strike
    told in two of its modes (:func:`_one_strike`); ``across`` articles a planned event and one that
    occurred never are (within one, a lead's plan is its body's act).

    Dates: a date of its own (``basis: text``) must agree with the other's and the days each can have
    happened on overlap (:func:`_bounds_overlap`). ``across`` articles an event with no date of its own
    (``reported``, or none) tells a recent happening: it joins one only when its report's day lies within
    :data:`REPORT_WINDOW_DAYS` after that one's own days (its pinned span's end, else its report's day),
    so a 2025 report with no date never joins a 2021 happening of the same sides; a retelling years later
    that names the day or month still joins (a pinned date keeps its rule).

    Actors: one telling's must cover the other's (:func:`covers_either`); ``across`` articles, two tellings
    whose countries taking part differ (:func:`event_sides`: a report naming the dead beside one naming no side
    or the attackers too) are one only where both name a place, and it agrees.
    """
    if a.negated != b.negated:
        return False
    if family(a) != family(b) and (across or not _one_strike(a, b)):
        return False
    if (a.modality == "occurred") != (b.modality == "occurred") and (
            across or (a.evidence and b.evidence and a.evidence[0] == b.evidence[0])):  # fmt: skip
        # a planned visit and the visit itself are two events (relations links them); so are, in one
        # sentence, an act and what it is done for ("पकड़ने के लिए गांव की घेराबंदी की")
        return False
    if not (covers_either(a, b) or (not across and _share_named(a, b))):
        return False
    if not across and _sides_apart(a, b):
        return False  # within one article: two acts of one type by different doers or on different sufferers
    if a.place and b.place and a.place != b.place and (across or not _one_speaker(a, b)):
        pa = (places_of or {}).get(a.place, a.place)
        pb = (places_of or {}).get(b.place, b.place)
        if a.place != pb and b.place != pa and (across or not _may_hold(a.place, b.place, places_of or {})):
            return False  # (within one article, a state or a border line may hold the town the other names)
    if across and (not a.place or not b.place) and event_sides(a) != event_sides(b):
        # tellings that name different sides (one names a doer or sufferer the other omits, or none) are one
        # happening only at one named place: with no place and no common sides, any act of the family that
        # week would do, and a view that grows by each joins the next (two arrests, two sides, one chain)
        return False
    # a date that is only the day of the report says nothing about the day it happened
    da = a.date if a.date_basis != "reported" else None
    db = b.date if b.date_basis != "reported" else None
    if across and not _pins_time(da) and not _pins_time(db) and _reports_apart(a, b):
        return False  # two reports with no date of their own, far apart: news of two happenings
    return dates_compatible(da, db) and _bounds_overlap(a, b, across)


def _one_speaker(a: Event, b: Event) -> bool:
    """Within one article: whether two statements (an act not among the lexicon's deeds: a condemnation, praise, a
    demand, a refusal) are made by one side for sure (``_surely_one`` of a doer of each). The place a statement's
    sentence gives is often that of what it is about ("पेशावर में हुए हमले की ... निंदा"), so two tellings of one
    side's statement are not kept apart by their places.
    """
    if a.type in DEED_TYPES or b.type in DEED_TYPES:
        return False
    da = [x for x in a.actors if x.role in ("source", "participant")]
    db = [y for y in b.actors if y.role in ("source", "participant")]
    return any(_surely_one(x, y) for x in da for y in db)


# modes of one type that an article uses for one act told twice: a terror attack retold as "the attack",
# a ceasefire violation retold by its firing ("violated the ceasefire ... resorted to shelling")
STRIKE_MODES = {"ASSAULT": frozenset({"attack", "terror", "ceasefire_violation"})}


def _one_strike(a: Event, b: Event) -> bool:
    """Within one article: whether two events of one type in different modes of :data:`STRIKE_MODES`
    can be one act told twice: their doers may be one (or one names none), and no doer of either is a
    sufferer of the other (an attack and the reply to it are two acts).
    """
    modes = STRIKE_MODES.get(a.type, frozenset())
    if a.type != b.type or a.mode not in modes or b.mode not in modes:
        return False
    sa = [x for x in a.actors if x.role == "source"]
    sb = [x for x in b.actors if x.role == "source"]
    if sa and sb and not any(_may_be_one(x, y) for x in sa for y in sb):
        return False
    ta = [x for x in a.actors if x.role in ("target", "participant")]
    tb = [x for x in b.actors if x.role in ("target", "participant")]
    return not any(_may_be_one(x, y) for x in sa for y in tb) and not any(_may_be_one(x, y) for x in sb for y in ta)


def _unlisted_in(inner: str, outer: str) -> bool:
    """Whether ``inner`` is a place the knowledge base lacks (a locality, a school) and ``outer`` a listed
    town, region or country that may hold it.
    """
    return inner.startswith("new:") and outer.startswith(("city:", "region:", "country:"))


def _may_hold(x: str, y: str, places_of: dict[str, str]) -> bool:
    """Whether one of two places is a region (a state, a border line, a valley) of the country the
    other (a town, a facility) lies in, and so may hold it: "जम्मू-कश्मीर" and "कृष्णाघाटी", the LoC and
    Poonch (a border line, of no one country, holds towns of either country it divides:
    :class:`PlaceCountries`). A region of no country (West Asia) or of another one holds nothing here;
    nor do two regions (two states) or two towns hold each other. A locality the knowledge base does not hold ("बिजबेहरा
    इलाके", ``new:``) may lie in a town or region it does ("अनंतनाग"): within one article, it is that one's spot.
    """
    if _unlisted_in(x, y) or _unlisted_in(y, x):
        return True
    for region, other in ((x, y), (y, x)):
        # a country is coarser than its region, never held by it
        if region.startswith("region:") and not other.startswith(("region:", "country:")):
            country = places_of.get(region)
            if country is not None and country == places_of.get(other, other):
                return True
            # a border line holds the towns of either country it divides (the LoC and Poonch)
            if country is None and places_of.get(other) in getattr(places_of, "lines", {}).get(region, ()):
                return True
    return False


REPORT_WINDOW_DAYS = 10  # reports of one happening that give no date of it appear within this many days
# (of each other, and after the happening's own days: _span, across articles)


def _pins_time(value: str | None) -> bool:
    """Whether a TIMEX3 value names a year and month at least (``XXXX-WXX-4`` or ``PAST_REF`` does not)."""
    return bool(value and re.match(r"\d{4}-\d{2}", value))


def _undated(e: Event) -> bool:
    """Whether an event has no date of its own: none at all, or only its report's day (``reported``)."""
    return not e.date or e.date_basis == "reported"


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _reports_apart(a: Event, b: Event) -> bool:
    """Whether the latest days two events can have happened (their reports' days) are more than
    :data:`REPORT_WINDOW_DAYS` apart.
    """
    try:
        x, y = dt.date.fromisoformat((a.not_after or "")[:10]), dt.date.fromisoformat((b.not_after or "")[:10])
    except ValueError:
        return False
    return abs((x - y).days) > REPORT_WINDOW_DAYS


def _share_named(a: Event, b: Event) -> bool:
    """Within one article: the two events have a named actor (or the country one acts for) in common,
    or one names only generic actors (the article telling its one clash twice, once by "the troops"), or one's words
    name no side (:func:`_said`) and both name the same place (session 38).
    """
    if _people_apart(a, b):
        return False  # Rajnath meets Belousov, Rajnath meets Dong Jun: two meetings
    if any(e.actors and not _said(e) for e in (a, b)) and a.place and a.place == b.place:
        return True  # a telling whose words name no side ("टोक्यो में हुई बैठक"), at the place the other names
    sa = {x.affiliation for x in a.actors if x.affiliation and not x.entity_id.startswith("agent:")}
    sb = {x.affiliation for x in b.actors if x.affiliation and not x.entity_id.startswith("agent:")}
    if sa - sb and sb - sa:
        return False  # Putin meets Modi, the US talks with Russia and Ukraine: sides differ both ways
    na, nb = _named(a), _named(b)
    if bool(na & nb) or not na or not nb:
        return True
    # a sufferer the knowledge base lacks, of no known country, where the other telling describes him by what he
    # is ("एक भारतीय नागरिक को सज़ा सुनाई गई" ... "अदालत ने सुरेश चंद्रवंशी को दोषी क़रार दिया")
    return any((_unplaced_person(x, y) or _unplaced_person(y, x))
               for x in a.actors for y in b.actors)  # fmt: skip


def _unplaced_person(x: Actor, y: Actor) -> bool:
    """Whether ``x`` is a sufferer the knowledge base lacks (``new:person:…``), of no country it knows, and ``y`` a
    generic sufferer (people of a sector, of a country or of none): the person the other telling describes by what he
    is ("एक भारतीय नागरिक", "दो नक्सलियों", "एक युवक"), for all the text says. So is a side of a clash (``participant``):
    "मुठभेड़ में दो नक्सली मारे गए" told again as the encounter in which two named men were killed (session 37). Doers
    are left out: a person asking is not the court that asks, nor a petitioner's complaint his petition.
    """
    return (x.role == y.role and x.role in ("target", "participant") and x.entity_id.startswith("new:person:")
            and not _country(x)
            and y.entity_id.startswith("agent:"))  # fmt: skip


def _country(x: Actor) -> str:
    """The country an actor acts for: its affiliation, or the one a generic actor's id names
    (``agent:cop:in`` → ``country:in``); '' when neither says.
    """
    if x.affiliation:
        return x.affiliation
    parts = x.entity_id.split(":")
    return f"country:{parts[2]}" if parts[0] == "agent" and len(parts) > 2 else ""


def _may_be_one(x: Actor, y: Actor) -> bool:
    """Whether two actors can be one doer or one sufferer told twice: one entity, a country and
    its own people or bodies ("भारत" and "भारतीय सेना"), a named one and a generic one of its
    country or of none ("अमित शाह" and "the minister"), or two generic ones of one sector whose
    countries do not differ ("सरकार" and "भारत सरकार"). The police and the courts, two named
    people, or two countries are not.
    """
    if x.entity_id == y.entity_id:
        return True
    cx, cy = _country(x), _country(y)
    if x.entity_id == cy or y.entity_id == cx:
        return True
    gx, gy = x.entity_id.startswith("agent:"), y.entity_id.startswith("agent:")
    if gx and gy:
        return _sector(x.entity_id) == _sector(y.entity_id) and (not cx or not cy or cx == cy)
    if gx or gy:
        generic, named = (x, y) if gx else (y, x)
        if _unplaced_person(named, generic):
            return True  # a sufferer the knowledge base lacks, of no known country, described by what he is
        return not _country(generic) or _country(generic) in (_country(named), named.entity_id)
    return False


_OTHER_SIDE = {"source": "target", "target": "source"}
# actors the coder inferred rather than read in the telling's own words: a doer carried from an earlier sentence, a
# usual doer (the police for an arrest), a pronoun resolved to someone; two tellings differing only in such are no two
# acts (session 46: "DCP ने बताया कि ... गिरफ्तार किया गया" beside "पंजाब पुलिस ने ... गिरफ्तार कर लिया")
_INFERRED_VIA = frozenset({"carried", "usual", "pronoun"})


def _sides_apart(a: Event, b: Event) -> bool:
    """Whether two events of one type have doers (or sufferers) that cannot be one: both name some,
    none of one side can be any of the other's, and no doer of one is a sufferer of the other. Two
    accusers making "आरोप", or two arrests of different people, are different happenings; a
    retelling that names fewer actors, or none, is not kept apart, nor is a pair whose sides cross
    (a reply, or one act told with its roles swapped, which the roles alone cannot tell apart).
    """
    apart = False
    for role in ("source", "target"):
        xs = [x for x in a.actors if x.role == role and x.via not in _INFERRED_VIA]
        ys = [y for y in b.actors if y.role == role and y.via not in _INFERRED_VIA]
        apart = apart or bool(xs and ys and not any(_may_be_one(x, y) for x in xs for y in ys))
    if not apart:
        return False
    crossed = any(_may_be_one(x, y) for x in a.actors for y in b.actors if _OTHER_SIDE.get(x.role) == y.role)
    return not crossed


# how closely a date pins a day: a full or weekday date beats a month, a month a year
_PRECISION_RANK = {"time": 5, "day": 4, "weekday": 4, "week": 3, "month": 2, "season": 2, "quarter": 2, "year": 1,
                   "decade": 0, "century": 0}  # fmt: skip


# the sentences a long evidence list holds, by the list's id: (the list, its length then, its sentences), so that an
# event taking in thousands of retellings (a page of one act told again and again) is not read over for each; each
# thread keeps its own (the server runs ingest and watch threads in one process), emptied as each article starts
# (``forget_held``), so no article's lists outlive the next one's
_HELD_LOCAL = threading.local()
_HELD_FROM = 64  # an evidence list this long or longer keeps its set
_HELD_MAX = 256  # lists kept at most (the oldest half is let go beyond it)


def _held() -> dict[int, tuple[list[Span], int, set[tuple[str, int, int]]]]:
    """The sets of the long evidence lists this thread keeps (see ``add_evidence``)."""
    held: dict[int, tuple[list[Span], int, set[tuple[str, int, int]]]] | None = getattr(_HELD_LOCAL, "lists", None)
    if held is None:
        held = _HELD_LOCAL.lists = {}
    return held


def forget_held() -> None:
    """Let go of this thread's kept evidence sets (called as each article's events start)."""
    _held().clear()


def add_evidence(into: Event, other: Event) -> None:
    """Add to ``into``'s evidence the sentences of ``other`` it does not hold yet (one act told again)."""
    kept = _held()
    ev = into.evidence
    held = kept.get(id(ev)) if len(ev) >= _HELD_FROM else None
    if held is not None and held[0] is ev and held[1] == len(ev):
        have = held[2]
    else:
        have = {(s.field, s.start, s.end) for s in ev}
    new = [s for s in other.evidence if (s.field, s.start, s.end) not in have]
    ev += new
    if len(ev) >= _HELD_FROM:
        have.update((s.field, s.start, s.end) for s in new)
        if id(ev) not in kept and len(kept) >= _HELD_MAX:
            for key in list(kept)[: _HELD_MAX // 2]:
                kept.pop(key, None)
        kept[id(ev)] = (ev, len(ev), have)


def absorb(into: Event, other: Event, places_of: dict[str, str] | None = None, retold: bool = False) -> None:
    """Fold ``other``'s details into ``into`` (the fuller event keeps its words). With ``places_of``
    (within one article), a town in the region ``into`` names is the finer place and replaces it.
    With ``retold`` (``other`` is the same article telling it again), ``other``'s actors fill only the
    roles ``into`` names no one in: a retelling names the same sides in other words ("भारतीय सेना ने"
    told again as "जवानों ने") or takes in a name of its own sentence (a speaker, a reporter), never a
    second doer; participants, and the country of a body already taking part, are still added.
    """
    add_evidence(into, other)
    if retold and into.actors and not _said(into) and _said(other):
        into.actors = []  # the sides the coder supplied by default give way to those the other telling names
    if retold:
        # a sufferer described by what he is ("एक भारतीय नागरिक") and named in the other telling: the name stands
        described = [x for x in into.actors if any(_unplaced_person(y, x) for y in other.actors if y.via != "pronoun")]
        # (a pronoun is no name: "उसे" stands for whoever its own sentence recalls, see below)
        named = [y for y in other.actors if y.via != "pronoun" and any(_unplaced_person(y, x) for x in described)]
        if named:
            into.actors = [x for x in into.actors if x not in described] + named
    ids = into.actor_ids()
    affs = {x.affiliation for x in into.actors}
    # a generic actor of a country already taking part ("the Indian minister" beside Jaishankar) is that one
    # and a body of a country that already takes part as itself ("India" told, "the Indian Army" retold) is it
    roles = {a.role for a in into.actors if a.via not in SUPPLIED_VIA} if retold else set()
    # a pronoun of a retelling ("उसे", "उन्होंने") points across sentences to whoever its own sentence recalls (a
    # speaker, a suspect told of in passing), not to a side of the act the fuller telling already names in words
    told = retold and any(a.via not in SUPPLIED_VIA for a in into.actors)
    into.actors += [a for a in other.actors if a.entity_id not in ids and a.entity_id not in affs
                    and not (told and a.via == "pronoun")
                    and (a.role not in roles or (a.role == "participant" and a.via != "pair")
                         or any(a.entity_id.startswith(i + ":") for i in ids))  # (a body's country told again)
                    and not (a.entity_id.startswith("agent:") and (a.affiliation in affs or any(
                        i.startswith(a.entity_id + ":") for i in ids)))  # "the diplomat" after "Canada's diplomat"
                    and not (a.affiliation and a.affiliation != a.entity_id and a.affiliation in ids
                             and a.affiliation.startswith("country:"))]  # fmt: skip
    into.actors = _drop_office_agents(into.actors)
    finer = into.place and into.place.startswith("country:") and not (other.place or "").startswith("country:")
    finer = finer or bool(places_of and into.place and other.place and into.place.startswith("region:")
                          and _may_hold(into.place, other.place, places_of))  # fmt: skip
    if other.place and (not into.place or finer):
        into.place, into.place_start, into.place_end = other.place, other.place_start, other.place_end
    # a date the text states beats the day of the report, and a full date a partial one
    if other.date and (not into.date or (into.date_basis == "reported" and other.date_basis == "text")
                       or ("X" in into.date and "X" not in other.date
                           and _PRECISION_RANK.get(other.precision or "", 0)
                           >= _PRECISION_RANK.get(into.precision or "", 0))):  # fmt: skip
        # (a year does not replace a weekday: "बुधवार को हुए हमले" retold beside "1993 के धमाके")
        into.date, into.date_start, into.date_end = other.date, other.date_start, other.date_end
        into.precision = other.precision
        into.date_basis, into.date_to = other.date_basis, other.date_to
    into.topics += [t for t in other.topics if t not in into.topics]
    into.confidence = max(into.confidence, other.confidence)
    if into.type == "CONSULT" and into.mode == "discuss" and other.mode in ("meet", "phone"):
        into.mode, into.cameo = other.mode, other.cameo  # talks told again as the meeting or call they were
    # one strike told twice keeps its most telling name: a terror attack or a ceasefire violation, not "the attack"
    strike = STRIKE_MODES.get(into.type, frozenset())
    if into.mode == "attack" and other.type == into.type and other.mode in strike and other.mode != "attack":
        into.mode, into.cameo = other.mode, other.cameo


def answers(a: Event, b: Event, replies: set[int] | None) -> bool:
    """Whether one of two events is told as a reply (``replies``: "जवाबी शुल्क लगाया", fire returned) and
    the other is the act it answers: a doer of one is a sufferer of the other. A retelling of the reply
    names its sides the same way round.
    """
    if not replies or (id(a) not in replies and id(b) not in replies):
        return False
    return any(_surely_one(x, y) for x in a.actors for y in b.actors if _OTHER_SIDE.get(x.role) == y.role)


def _surely_one(x: Actor, y: Actor) -> bool:
    """Whether two actors are one side for sure: one entity, a country and its own people or bodies, or two
    generic ones of one sector whose countries do not differ (not a generic actor of no country beside a
    named one, which :func:`_may_be_one` lets be anyone).
    """
    if x.entity_id == y.entity_id:
        return True
    cx, cy = _country(x), _country(y)
    if x.entity_id == cy or y.entity_id == cx or (cx and cx == cy and not x.entity_id.startswith("agent:")
                                                   and not y.entity_id.startswith("agent:")):  # fmt: skip
        return True
    if x.entity_id.startswith("agent:") and y.entity_id.startswith("agent:"):
        return _sector(x.entity_id) == _sector(y.entity_id) and (not cx or not cy or cx == cy)
    return False


def merge_in_document(events: list[Event], places_of: dict[str, str] | None = None,
                      earlier: set[int] | None = None, also: set[int] | None = None,
                      replies: set[int] | None = None) -> list[Event]:  # fmt: skip
    """One event per happening within an article. Events in ``earlier`` (ids of events told in
    the pluperfect, "हुई थी": before the time the article tells) are kept apart from the others;
    one in ``also`` (told with "also": "पर भी हमला किया") is one more act, never one told before;
    one in ``replies`` is never the act it answers (:func:`answers`).
    """
    out: list[Event] = []
    earlier = earlier or set()
    also = also or set()
    for ev in events:
        for kept in out:
            if (id(kept) in earlier) != (id(ev) in earlier) or id(ev) in also or answers(kept, ev, replies):
                continue
            if same_happening(kept, ev, places_of, across=False):
                if len(ev.actor_ids()) > len(kept.actor_ids()):
                    absorb(ev, kept, places_of, retold=True)
                    out[out.index(kept)] = ev
                else:
                    absorb(kept, ev, places_of, retold=True)
                break
        else:
            out.append(ev)
    return out
