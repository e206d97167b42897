"""Events across articles: one event per happening, pair timelines and the relation graph.

A global stage, expressed as group-bys: stored per-article events are blocked by their
type family, then joined when they tell the same happening (``sambandh.events.same_happening``:
actors one telling's cover the other's, places and dates that agree; within a block only the
happenings whose time key meets an event's are asked).
Event ids are content hashes of the first article's words that state the event. The
``happenings`` stage (``update_happenings``) keeps every happening with its export row, so the
pages read rows instead of merging the archive; it merges each run's new events only, and an
event's id stays the one it was first kept under when later reports join it (a store rebuilt
from scratch may name a happening after an earlier-dated report that arrived later).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .events import absorb, city_countries, family, same_happening, sort_key
from .events.merge import REPORT_WINDOW_DAYS, covers_either, event_sides
from .kb import KnowledgeBase
from .model import Event, Mention
from .present import english_name, entity_kind, generic_name


@dataclass
class Happening:
    """One real-world event told by one or more articles."""

    event: Event  # the merged view (offsets belong to ``first``)
    occurrences: list[tuple[str, Event]] = field(default_factory=list)  # (doc_id, event as that article tells it)
    docs: set[str] = field(default_factory=set)  # the articles that tell it, for constant-time checks
    # the view's time_key, kept while the view is unchanged (None: to work out)
    _key: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.docs |= {d for d, _ in self.occurrences}

    def time_key(self) -> tuple[str | None, str | None, bool, dt.date | None]:
        """:func:`time_key` of the merged view, worked out once until the view absorbs another event."""
        if self._key is None:
            self._key = time_key(self.event)
        return self._key

    def add(self, doc_id: str, ev: Event) -> None:
        """One more article telling it."""
        self.occurrences.append((doc_id, ev))
        self.docs.add(doc_id)

    @property
    def doc_ids(self) -> list[str]:
        """Articles that tell it, in order first seen."""
        return list(dict.fromkeys(d for d, _ in self.occurrences))


def _block(ev: Event) -> tuple[Any, ...]:
    """An event's merge block: its type family alone. Which tellings of a family are one happening is
    ``same_happening``'s to say (their actors by ``covers_either``: a telling that names a sufferer or a
    side the other omits still joins it), so the block does not split a family by the countries taking
    part (before HAPPENINGS_VERSION 6 it did: :func:`~sambandh.events.merge.event_sides`); the time key
    (:func:`time_key`, :func:`keys_meet`) keeps the merge near-linear instead.
    """
    return family(ev)


BUCKET_DAYS = 32  # the days of one time bucket of a merge block's index (Block)
WIDE_BUCKETS = 24  # a span over more buckets than this (two years) is filed among the spans no bucket holds


def _bucket_range(key: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """The first and last time bucket a :func:`time_key` span may lie in (``None``: that end open or
    unreadable, so the span reaches every bucket that way).
    """
    ends: list[int | None] = []
    for value in key[:2]:
        try:
            ends.append(dt.date.fromisoformat(value[:10]).toordinal() // BUCKET_DAYS)
        except (TypeError, ValueError):
            ends.append(None)
    return ends[0], ends[1]


def _buckets(key: tuple[Any, ...]) -> range | None:
    """The time buckets a :func:`time_key` span lies in, else None (open at either end, unreadable or
    wider than :data:`WIDE_BUCKETS`: filed where any span asks it).
    """
    lo, hi = _bucket_range(key)
    if lo is None or hi is None:
        return None
    return range(lo, hi + 1) if 0 <= hi - lo <= WIDE_BUCKETS else None


class _TimeIndex:
    """Happenings filed by the time buckets of their keys' spans; those no bucket holds (open or wide)
    apart, offered to every key.
    """

    def __init__(self) -> None:
        self.always: list[Happening] = []
        self.by_bucket: dict[int, list[Happening]] = defaultdict(list)
        self.filed: dict[int, set[int] | None] = {}  # id(happening) -> its buckets (None: in ``always``)

    def file(self, h: Happening, span: range | None) -> None:
        filed = self.filed.setdefault(id(h), set())
        if filed is None:
            return
        if span is None:
            self.filed[id(h)] = None
            self.always.append(h)
            return
        for b in span:
            if b not in filed:
                filed.add(b)
                self.by_bucket[b].append(h)

    def meeting(self, lo: int | None, hi: int | None, found: dict[int, Happening]) -> None:
        """Add to ``found`` the happenings whose spans may lie in buckets ``lo`` to ``hi`` (``None``: open)."""
        found.update((id(h), h) for h in self.always)
        if lo is not None and hi is not None and hi - lo < len(self.by_bucket):
            numbers: Iterable[int] = range(lo, hi + 1)
        else:  # (an open or long span: the buckets held, fewer than those it names)
            numbers = [b for b in self.by_bucket if (lo is None or b >= lo) and (hi is None or b <= hi)]
        for b in numbers:
            found.update((id(h), h) for h in self.by_bucket.get(b, ()))


class Block:
    """The happenings of one merge block in the order they were made, indexed so that an event asks
    only those ``same_happening`` can join it to: a family's block spans the archive's years and every
    side, and a pass over it stays near-linear, not a scan of the block per event.

    Two indexes, each exact (a happening is offered wherever the rule it mirrors may hold):

    - time: the 32-day buckets of the happenings' :func:`time_key` spans. :func:`keys_meet` holds only
      where two spans overlap, so an event asks the buckets its span lies in; a span open at one end
      asks every bucket held on that side. An event with no day at all (no date of its own and no
      report's day: an undated article) meets a happening of any age under the rule, and asks them all.
    - sides and places: across articles two tellings are one only where both name places that agree
      (one's place is the other's, or the country of the other's town), or where one names no place
      and their countries taking part (:func:`~sambandh.events.merge.event_sides`) are the same. So a
      happening is filed under its sides, its place and its place's country (``places_of``), and an
      event asks its own sides and, if it names a place, that place (the happenings there or in its
      towns) and the place's country. This is what keeps an event with no day cheap: it asks only the
      happenings of its sides or its place, as the blocks split by sides did before HAPPENINGS_VERSION 6.

    A happening whose view absorbs an event is filed again (:meth:`refile`): under its new key, sides
    and place too; where it was filed before it stays, a candidate ``same_happening`` then passes over.
    :func:`_join` hands ``same_happening`` this ``places_of``, so the index and the test read one map.
    """

    def __init__(self, places_of: dict[str, str] | None = None) -> None:
        self.happenings: list[Happening] = []
        self.places_of = places_of if places_of is not None else {}
        self._order: dict[int, int] = {}  # id(happening) -> its place in ``happenings``
        self._facets: dict[tuple[str, Any], _TimeIndex] = defaultdict(_TimeIndex)

    def __iter__(self) -> Iterator[Happening]:
        return iter(self.happenings)

    def __len__(self) -> int:
        return len(self.happenings)

    def append(self, h: Happening) -> None:
        """A happening made after every one held."""
        self._order[id(h)] = len(self.happenings)
        self.happenings.append(h)
        self.refile(h)

    def _filed_under(self, ev: Event) -> list[tuple[str, Any]]:
        """The facets a happening of this view is filed under: its sides, its place and its place's country."""
        out: list[tuple[str, Any]] = [("sides", event_sides(ev))]
        if ev.place:
            out.append(("place", ev.place))
            country = self.places_of.get(ev.place)
            if country and country != ev.place:
                out.append(("in", country))
        return out

    def _asked(self, ev: Event) -> list[tuple[str, Any]]:
        """The facets an event asks: its sides; at a place, the happenings there, in its towns (``in``) and
        at its country.
        """
        out: list[tuple[str, Any]] = [("sides", event_sides(ev))]
        if ev.place:
            out += [("place", ev.place), ("in", ev.place)]
            country = self.places_of.get(ev.place)
            if country and country != ev.place:
                out.append(("place", country))
        return out

    def refile(self, h: Happening) -> None:
        """File a happening under its view's key, sides and place again, once its view absorbed an event
        (they may have moved; where it was filed it stays, a candidate ``same_happening`` passes over).
        """
        span = _buckets(h.time_key())
        for facet in self._filed_under(h.event):
            self._facets[facet].file(h, span)

    def candidates(self, key: tuple[Any, ...], ev: Event | None = None) -> list[Happening]:
        """The happenings a :func:`time_key` may meet (of them, with ``ev``, those ``same_happening``
        may join ``ev`` to by their sides and places), in the order they were made.
        """
        lo, hi = _bucket_range(key)
        found: dict[int, Happening] = {}
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo  # (a span whose ends cross meets those holding the days between them)
        if ev is None:
            for facet, index in self._facets.items():
                if facet[0] == "sides":  # (every happening is filed under its sides)
                    index.meeting(lo, hi, found)
        else:
            for facet in self._asked(ev):
                asked = self._facets.get(facet)
                if asked is not None:
                    asked.meeting(lo, hi, found)
        return sorted(found.values(), key=lambda h: self._order[id(h)])


def merge_across(items: Iterable[tuple[str, Event]], kb: KnowledgeBase | None = None) -> list[Happening]:
    """Join the events of many articles into happenings.

    Args:
        items: ``(doc_id, event)`` pairs, each event as its article tells it.
        kb: For the country of a city, so ``Qingdao`` and ``China`` can be one place.
    """
    places_of = city_countries(kb) if kb is not None else {}
    blocks: dict[Any, Block] = defaultdict(lambda: Block(places_of))
    out: list[Happening] = []
    for doc_id, ev in items:
        h, joined = _join(blocks[_block(ev)], doc_id, ev)
        if not joined:
            out.append(h)
    return out


def _join(block: Block, doc_id: str, ev: Event) -> tuple[Happening, bool]:
    """Add one article's event to the first happening of its block it tells (another article's:
    the event stage already merged within one), else to a new happening appended to the block.
    ``same_happening`` reads the block's own ``places_of``, the map its index files places by, so
    the index and the test agree. Returns the happening and whether it existed before.
    """
    merged = Event.from_dict(ev.to_dict())
    # a happening whose time key does not meet the event's is never the same one (time_key): passed over
    # without asking same_happening, and the block's time buckets give only those whose spans can meet,
    # so a busy block (a family, spanning the archive's years) costs a few comparisons of keys per event
    key = time_key(merged)
    for h in block.candidates(key, merged):
        if doc_id in h.docs or not keys_meet(h.time_key(), key):
            continue
        if same_happening(h.event, merged, block.places_of):
            absorb_view(h.event, merged)
            h._key = None
            block.refile(h)
            h.add(doc_id, ev)
            return h, True
    h = Happening(merged, [(doc_id, ev)])
    block.append(h)
    return h, False


def absorb_view(into: Event, other: Event) -> None:
    """Merge details without mixing offsets of different articles into the view's evidence."""
    keep = list(into.evidence)
    absorb(into, other)
    into.evidence = keep


def event_id(doc_id: str, ev: Event) -> str:
    """A stable id: a hash of the first article and the words that state the event there (in its
    title for an event the headline alone states).
    """
    where = ":title" if ev.in_title() else ""
    key = f"{doc_id}:{ev.trigger_start}:{ev.trigger_end}:{ev.type}:{ev.mode}{where}"
    return "ev:" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


PLAN_WINDOW_DAYS = 90  # a plan with no day of its own is carried out within this many days of its report
_NEVER = dt.date.max
_PINNED = re.compile(r"(\d{4})-(?:(\d{2})(?:-(\d{2}))?|W(\d{2}))")


def _days(ev: Event) -> tuple[Any, Any] | None:
    """The first and last day the event's own text dates it to (a month, a week or a day), else None."""
    import calendar

    m = _PINNED.fullmatch(ev.date or "") if ev.date_basis == "text" else None
    if m is None:
        return None
    year = int(m.group(1))
    try:
        if m.group(4):  # an ISO week ("अगले सप्ताह")
            monday = dt.date.fromisocalendar(year, int(m.group(4)), 1)
            return monday, monday + dt.timedelta(days=6)
        month = int(m.group(2))
        if m.group(3):
            day = dt.date(year, month, int(m.group(3)))
            last = dt.date.fromisoformat(ev.date_to[:10]) if ev.date_to else day
            return day, max(day, last)
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _report_day(ev: Event) -> Any:
    """The day the article that tells the event was reported (its latest possible day), else None."""
    try:
        return dt.date.fromisoformat((ev.not_after or "")[:10])
    except ValueError:
        return None


def carries_out(plan: Event, act: Event, places_of: dict[str, str] | None = None) -> bool:
    """Whether ``act`` (an event that occurred) is what ``plan`` (a planned or announced one) said
    would happen: the same family, sides and actors, places that agree, and a day that fits the plan (the
    day or month it names, else within :data:`PLAN_WINDOW_DAYS` after the plan was reported), never
    before the plan was reported. The two stay two happenings (``same_happening`` keeps a plan and
    its act apart across articles); the pages link them.
    """
    if plan.modality != "planned" or act.modality != "occurred" or plan.negated or act.negated:
        return False
    if family(plan) != family(act) or not plan.actors or not covers_either(plan, act):
        return False
    if event_sides(plan) != event_sides(act):
        return False  # a plan links to an act of the same sides, as when merge blocks split them
    if plan.place and act.place and plan.place != act.place:
        pp, pa = (places_of or {}).get(plan.place, plan.place), (places_of or {}).get(act.place, act.place)
        if plan.place != pa and act.place != pp:
            return False
    said = _report_day(plan)
    stated, done = _days(plan), _days(act)
    day = done or (_report_day(act), _report_day(act))
    if day[0] is None or (said is not None and day[1] < said):
        return False  # no day at all, or done before the plan was told
    if stated is not None:
        slack = dt.timedelta(days=0 if done else 7)  # a report may come a few days after the act
        return day[0] <= stated[1] + slack and stated[0] <= day[1]
    return said is not None and day[0] <= said + dt.timedelta(days=PLAN_WINDOW_DAYS)


def plan_links(happenings: Iterable[tuple[str, Happening]], places_of: dict[str, str] | None = None,
               ) -> dict[str, dict[str, list[str]]]:  # fmt: skip
    """Links between the planned happenings of one merge block and the happenings that carried them
    out: each plan to the earliest act that fits it (:func:`carries_out`).

    Args:
        happenings: ``(event_id, happening)`` of one merge block (a type family).
        places_of: City id → country id.

    Returns:
        Event id → ``{"plans": [...], "carried_out_by": [...]}`` for the happenings that have a link.
    """
    items = list(happenings)
    acts = sorted(((_days(h.event) or (_report_day(h.event),))[0] or _NEVER, eid, h) for eid, h in items
                  if h.event.modality == "occurred")  # fmt: skip
    out: dict[str, dict[str, list[str]]] = {}
    for eid, h in items:
        if h.event.modality != "planned":
            continue
        done = next((aid for _day, aid, a in acts if carries_out(h.event, a.event, places_of)), None)
        if done is not None:
            out.setdefault(eid, {"plans": [], "carried_out_by": []})["carried_out_by"].append(done)
            out.setdefault(done, {"plans": [], "carried_out_by": []})["plans"].append(eid)
    for links in out.values():
        links["plans"].sort()
    return out


def event_record(
    ev: Event,
    occurrences: list[tuple[str, Event]],
    names: dict[str, Mention | str],
    texts: dict[str, str],
    kb: KnowledgeBase | None = None,
    docs: dict[str, dict[str, Any]] | None = None,
    links: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """The ``export events`` row of one happening.

    Args:
        ev: The merged event.
        occurrences: ``(doc_id, event)`` as each article tells it.
        names: Entity id → a mention of it (or its name).
        texts: Document id → clean text (for evidence and date words).
        kb: For names of entities only the knowledge base names (a country from an office).
        docs: Document id → ``{title, published, source, meta}`` (``Store.sources_of``), for the
            outlets that report it and the day it was first reported.
        links: Its links to plans it carried out and to the acts that carried it out
            (:func:`plan_links`), by event id.
    """
    from .present import when

    first_doc, first = occurrences[0]

    def name(eid: str) -> str:
        return _shown_name(eid, names, texts.get(first_doc, ""), kb)

    titles = {d: str((docs or {}).get(d, {}).get("title") or "").strip() for d, _ in occurrences}
    # an event the headline alone states points into its article's title; a title evidence always does
    own = {id(o): titles.get(d, "") if o.in_title() else texts.get(d, "") for d, o in occurrences}
    aliases = _actor_aliases(occurrences, own)
    date = _date_record(ev, occurrences, own)
    place = None
    if ev.place:
        shown = name(ev.place)
        place = {"entity_id": ev.place, "name": shown, "name_en": english_name(ev.place, shown, kb)}
    evidence = [
        {"doc_id": doc_id, "start": s.start, "end": s.end, "text": texts.get(doc_id, "")[s.start : s.end]}
        if s.field == "text" else
        {"doc_id": doc_id, "start": s.start, "end": s.end, "field": s.field,
         "text": titles.get(doc_id, "")[s.start : s.end]}
        for doc_id, occ in occurrences
        for s in occ.evidence
    ]  # fmt: skip
    doc_ids = list(dict.fromkeys(d for d, _ in occurrences))
    sources = _source_records(doc_ids, docs or {})
    reported = min((s["published"] for s in sources if s["published"]), default=None)
    names_of = {a.entity_id: name(a.entity_id) for a in ev.actors}
    return {
        "event_id": event_id(first_doc, first),
        "type": ev.type,
        "mode": ev.mode,
        "cameo": ev.cameo,
        "actors": [
            {"entity_id": a.entity_id, "name": names_of[a.entity_id],
             "name_en": english_name(a.entity_id, names_of[a.entity_id], kb),
             "aliases": sorted(aliases.get(a.entity_id, ())),
             "role": a.role, "affiliation": a.affiliation, "via": a.via}
            for a in ev.actors
        ],
        "place": place,
        "date": date,
        "topics": list(ev.topics),
        "negated": ev.negated,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "evidence": evidence,
        "doc_ids": doc_ids,
        "sources": sources,
        "reported": reported,
        "when": when(date, reported),
        "sort_key": sort_key(ev.date, ev.not_before),
        "plans": list((links or {}).get("plans", [])),
        "carried_out_by": list((links or {}).get("carried_out_by", [])),
    }  # fmt: skip


def _shown_name(eid: str, names: dict[str, Mention | str], first_text: str, kb: KnowledgeBase | None) -> str:
    """The name an entity is shown by: its mention's canonical name or words in the first
    report (``first_text``), the name given, the knowledge base's name, or the id itself.
    """
    n = names.get(eid)
    if isinstance(n, Mention):
        return n.canonical or first_text[n.start : n.end]
    if isinstance(n, str):
        return n
    ent = kb.entities.get(eid) if kb else None
    if ent is None and eid.startswith("agent:"):
        return generic_name(eid, kb)
    return ent.name if ent else eid


def _actor_aliases(occurrences: list[tuple[str, Event]], texts: dict[int, str]) -> dict[str, set[str]]:
    """Entity id → the words each report names the actor by (``texts``: each occurrence's text, by its id)."""
    aliases: dict[str, set[str]] = defaultdict(set)
    for _doc_id, occ in occurrences:
        text = texts.get(id(occ), "")
        for a in occ.actors:
            if a.start >= 0 and a.via == "name":
                aliases[a.entity_id].add(text[a.start : a.end])
    return aliases


def _date_record(ev: Event, occurrences: list[tuple[str, Event]], texts: dict[int, str]) -> dict[str, Any] | None:
    """The date of a happening: its value, the words a report states it by, its bounds and year;
    ``None`` when neither a date nor bounds are known (``texts``: each occurrence's text, by its id).
    """
    date = None
    dated = [(d, o) for d, o in occurrences if o.date]
    if ev.date:
        src = next(((d, o) for d, o in dated if o.date == ev.date), dated[0] if dated else None)
        told = src[1] if src and src[1].date_start >= 0 else None
        words = texts.get(id(told), "")[told.date_start : told.date_end] if told is not None else None
        date = {"value": ev.date, "text": words, "precision": ev.precision, "doc_id": src[0] if src else None}
    bounds = {"not_before": ev.not_before, "not_after": ev.not_after}
    if date is None and (ev.not_before or ev.not_after):
        date = {"value": None, "text": None, "precision": None, "doc_id": None}
    if date is not None:
        date.update(bounds)
        # the year, where the date or its bounds give one (a weekday in a 2021 article)
        value = date.get("value") or ""
        same = bool(ev.not_before and ev.not_after and ev.not_before[:4] == ev.not_after[:4])
        date["year"] = value[:4] if value[:4].isdigit() else (ev.not_before or "")[:4] if same else None
    return date


def _source_records(doc_ids: list[str], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The outlet, title, day and link of each report of ``doc_ids`` that ``docs`` knows."""
    from .present import link, outlet

    return [
        {"doc_id": d, "outlet": outlet(m.get("source") or d, m.get("meta")), "title": m.get("title"),
         "published": m.get("published"), "url": link(m.get("source") or "", m.get("meta"))}
        for d in doc_ids if (m := docs.get(d)) is not None
    ]  # fmt: skip


def involves(record: dict[str, Any], entity: str) -> bool:
    """Whether an event record has ``entity`` among its actors or their affiliations."""
    return any(entity in (a["entity_id"], a.get("affiliation")) for a in record["actors"])


def timeline(records: Iterable[dict[str, Any]], a: str, b: str) -> list[dict[str, Any]]:
    """The events between two entities (or the countries they act for), in date order.

    Events whose date is unknown sort by the earliest day they can have happened; those with
    neither come last.
    """
    pair = [
        r for r in records
        if involves(r, a) and involves(r, b) and _distinct_sides(r, a, b)
    ]  # fmt: skip
    return sorted(pair, key=lambda r: (r["sort_key"], r["event_id"]))


def _distinct_sides(r: dict[str, Any], a: str, b: str) -> bool:
    """A and B are on different actors (an Indian minister alone is not an India–India pair)."""
    side_a = {x["entity_id"] for x in r["actors"] if a in (x["entity_id"], x.get("affiliation"))}
    side_b = {x["entity_id"] for x in r["actors"] if b in (x["entity_id"], x.get("affiliation"))}
    return bool(side_a and side_b and (side_a != side_b or len(side_a) > 1))


def graph(records: Iterable[dict[str, Any]], countries_only: bool = False) -> dict[str, Any]:
    """The relation graph: entities as nodes, one edge per pair with counts by event type.

    Args:
        records: Event records (``export events`` rows).
        countries_only: Fold each actor into the country it acts for.

    Returns:
        ``{"nodes": [{id, name, label}], "edges": [{source, target, weight, types, first,
        last, event_ids}]}``.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in records:
        for a in r["actors"]:
            eid = (a.get("affiliation") or a["entity_id"]) if countries_only else a["entity_id"]
            own = eid == a["entity_id"]
            nodes.setdefault(eid, {"id": eid, "name": a["name"] if own else eid,
                                   "name_en": a.get("name_en") if own else None,
                                   "label": entity_kind(eid)})  # fmt: skip
        k = edge_day(r)
        for key in record_edges(r, countries_only):
            e = edges.setdefault(key, {"source": key[0], "target": key[1], "weight": 0, "types": {},
                                       "first": None, "last": None, "event_ids": []})  # fmt: skip
            e["weight"] += 1
            e["types"][r["type"]] = e["types"].get(r["type"], 0) + 1
            e["event_ids"].append(r["event_id"])
            if k:
                e["first"] = min(e["first"] or k, k)
                e["last"] = max(e["last"] or k, k)
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


BRIEF_KEYS = ("event_id", "type", "mode", "cameo", "actors", "place", "date", "topics", "negated", "modality",
              "confidence", "evidence", "doc_ids", "sources", "reported", "when", "sort_key")  # fmt: skip
LIST_REPORTS = 5  # an event in a list shows its first reports, this many, one sentence each


def brief_record(r: dict[str, Any]) -> dict[str, Any]:
    """An event record as lists show it: its first LIST_REPORTS reports with their first sentence,
    and how many reports (``reports_total``) and sentences (``evidence_total``) it has in all.
    """
    docs = list(r["doc_ids"][:LIST_REPORTS])
    first: dict[str, Any] = {}
    for e in r.get("evidence") or []:
        first.setdefault(e["doc_id"], e)
    out = {key: r.get(key) for key in BRIEF_KEYS}
    out["doc_ids"] = docs
    out["sources"] = [x for x in r.get("sources") or [] if x["doc_id"] in docs]
    out["evidence"] = [first[d] for d in docs if d in first]
    out["reports_total"] = len(r["doc_ids"])
    out["evidence_total"] = len(r.get("evidence") or [])
    return out


def record_nodes(r: dict[str, Any], countries_only: bool = False) -> list[str]:
    """The graph nodes one event record touches: its actors (or, ``countries_only``, the countries
    they act for), each once, in the record's order.
    """
    ids: list[str] = []
    for a in r["actors"]:
        eid = (a.get("affiliation") or a["entity_id"]) if countries_only else a["entity_id"]
        if eid not in ids:
            ids.append(eid)
    return ids


def record_edges(r: dict[str, Any], countries_only: bool = False) -> list[tuple[str, str]]:
    """The graph edges one event record makes: each pair of its :func:`record_nodes`, as
    ``(smaller id, larger id)``, each pair once.
    """
    ids = record_nodes(r, countries_only)
    return [(min(x, y), max(x, y)) for i, x in enumerate(ids) for y in ids[i + 1 :]]


def edge_day(r: dict[str, Any]) -> str | None:
    """The date an event record gives an edge's first and last: the date the texts give, not the
    bound an undated event sorts by (``None`` when there is none).
    """
    when = (r.get("date", {"value": r["sort_key"]}) or {}).get("value") or ""
    return when if re.match(r"\d{4}", when) and when != "9999" else None




def graphml(g: dict[str, Any]) -> str:
    """The relation graph as GraphML (for Gephi, yEd, networkx, igraph)."""
    import networkx as nx

    G = nx.Graph()
    for n in g["nodes"]:
        G.add_node(n["id"], name=n["name"] or "", label=n["label"])
    for e in g["edges"]:
        attrs = {"weight": e["weight"], "first": e["first"] or "", "last": e["last"] or ""}
        attrs.update({f"n_{k}": v for k, v in e["types"].items()})
        G.add_edge(e["source"], e["target"], **attrs)
    return "\n".join(nx.generate_graphml(G))


def iter_records(happenings: list[Happening], names: dict[str, Mention | str], texts: dict[str, str],
                 kb: KnowledgeBase | None = None, docs: dict[str, dict[str, Any]] | None = None,
                 ) -> Iterator[dict[str, Any]]:  # fmt: skip
    """Event records in chronological order, each plan linked to the happening that carried it out."""
    ids = [event_id(*h.occurrences[0]) for h in happenings]
    blocks: dict[Any, list[tuple[str, Happening]]] = defaultdict(list)
    for eid, h in zip(ids, happenings, strict=True):
        blocks[_block(h.event)].append((eid, h))
    places_of = city_countries(kb) if kb is not None else {}
    links = {e: ln for block in blocks.values() for e, ln in plan_links(block, places_of).items()}
    recs = [event_record(h.event, h.occurrences, names, texts, kb, docs, links.get(eid))
            for eid, h in zip(ids, happenings, strict=True)]  # fmt: skip
    yield from sorted(recs, key=lambda r: (r["sort_key"], r["event_id"]))


def stored_records(store: Any, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every happening in a store, as ``export events`` rows in date order: the rows the
    ``happenings`` stage kept (read, not merged again), else merged here from the stored events.
    """
    kept = store.happening_records() if hasattr(store, "happening_records") else None
    if kept is not None:
        return kept
    return merged_records(store, kb)


def merged_records(store: Any, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every happening in a store merged from its stored events now (``stored_records`` without the kept rows)."""
    items = list(store.iter_events())
    happenings = merge_across(items, kb)
    ids = sorted({a.entity_id for _, e in items for a in e.actors} | {e.place for _, e in items if e.place})
    names: dict[str, Mention | str] = {}
    for eid in ids:
        ent = kb.entities.get(eid)
        if ent is not None:
            names[eid] = ent.name
    names.update({k: v for k, v in store.mention_names([i for i in ids if i not in names]).items()})
    doc_ids = sorted({d for d, _ in items})
    texts = store.texts(doc_ids)
    return list(iter_records(happenings, names, texts, kb, store.sources_of(doc_ids)))


def resolve_entity(name: str, kb: KnowledgeBase, store: Any | None = None) -> str:
    """The entity id a user means by ``name`` (any script: ``भारत``, ``India``, ``Belousov``).

    Raises:
        UsageError: Nothing known has that name.
    """
    from .errors import UsageError

    # ids the pipeline mints stand for themselves: new names, and generic actors (``agent:mil:in``), which
    # the graph and the home page's active pairs name and link to
    if ":" in name and (name in kb.entities or name.startswith(("new:", "agent:"))):
        return name
    cid = kb.country_of(name)
    if cid:
        return cid
    hits = kb.lookup(name)
    if hits:
        return hits[0].id
    from .names import match_score
    from .script import has_devanagari

    # no exact name: the closest name of the knowledge base (curated, so a near spelling such
    # as "Rusia" is taken), else of the texts when very close; otherwise suggestions
    scored: dict[str, tuple[float, str]] = {}
    hindi = has_devanagari(name)
    for ent in kb.entities.values():
        names = [n for n in (ent.name_en, ent.name) if n]
        # an entity's name in the script typed is enough: reading every Hindi name of the knowledge
        # base through the romanisation took seconds for a name nothing knows (a page thread held)
        same = [n for n in names if has_devanagari(n) == hindi]
        score = max((match_score(name, n) for n in same or names), default=0.0)
        if score >= 0.5:
            scored[ent.id] = (score + 0.05, ent.name_en or ent.name)  # the curated name wins a tie
    if store is not None:
        for eid, canonical in store.canonical_names():
            score = match_score(name, canonical)
            if score >= 0.5 and score > scored.get(eid, (0.0, ""))[0]:
                scored[eid] = (score, canonical)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))
    if ranked:
        best_id, (best, _) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        if best >= (0.9 if best_id in kb.entities else 0.95) and best - runner_up >= 0.05:
            return best_id
    # the hint ranks by the phonetic score and by the letters as typed (difflib's ratio): a swap of two
    # letters ("Indai") keeps most of the word's letters in order, a wrong letter or a longer name less
    from difflib import SequenceMatcher

    from .normalize import fold

    typed = fold(name)
    close = [((score + SequenceMatcher(None, typed, fold(label)).ratio()) / 2, eid, label)
             for eid, (score, label) in ranked if score >= 0.6]  # fmt: skip
    close.sort(key=lambda t: (-t[0], t[1]))
    hint = ", ".join(dict.fromkeys(label for _, _, label in close[:3]))
    raise UsageError(f"no entity named {name!r} in the knowledge base or the database"
                     + (f"; did you mean {hint}?" if hint else ""))  # fmt: skip


def pair_timeline(store: Any, kb: KnowledgeBase, a: str, b: str) -> tuple[str, str, list[dict[str, Any]]]:
    """The dated events between two named entities, with their sources (``sambandh timeline``)."""
    ea, eb = resolve_entity(a, kb, store), resolve_entity(b, kb, store)
    return ea, eb, timeline(stored_records(store, kb), ea, eb)


__all__ = ["Happening", "event_record", "graph", "graphml", "merge_across", "timeline"]


# ---- happenings kept in the store (the global stage after stories) ---------------------------

HAPPENINGS_VERSION = "6"  # raise when the merging or the record shape changes: kept rows are rebuilt
# (3: each kept happening carries its time key, time_key and link_span; 4: an undated report joins only a
# happening whose own days end at most REPORT_WINDOW_DAYS before it, and its key's span says so; 5: so does
# a partly dated one, its weekday, day, month, week or time anchored by its report: events.merge._partial_days;
# 6: merge blocks are type families alone, so a telling naming a side or a sufferer the other omits joins it)

WHOLE_BLOCKS = False
"""Merge new events against every kept happening of their merge blocks, and link plans over whole
blocks, as before date blocking (the reference the tests compare the date-blocked merge with)."""


def time_key(ev: Event) -> tuple[str | None, str | None, bool, dt.date | None]:
    """When an event (or a happening's merged view) can have happened, as the merge across articles
    reads it: ``(first, last)`` ISO day of its span (``events.merge._span`` across articles: an event
    with no date of its own from :data:`~sambandh.events.merge.REPORT_WINDOW_DAYS` before its report, a
    partly dated one anchored by its report; ``None``: open), whether its own date pins a month at least,
    and the day of its report (``not_after``). Two events whose keys do not meet (:func:`keys_meet`) are
    never ``same_happening``.
    """
    from .events.merge import _pins_time, _span

    lo, hi = _span(ev, across=True)
    own = ev.date if ev.date_basis != "reported" else None
    return lo or None, hi or None, _pins_time(own), _report_day(ev)


def keys_meet(a: tuple[str | None, str | None, bool, Any], b: tuple[str | None, str | None, bool, Any]) -> bool:
    """Whether two :func:`time_key` keys allow one happening: their spans overlap (``_bounds_overlap``
    asks that and more; an undated report's span begins ``REPORT_WINDOW_DAYS`` before its report, so it
    meets no happening whose own days end earlier), and unless either date is pinned, their reports lie
    at most ``REPORT_WINDOW_DAYS`` apart (``_reports_apart``). The store asks the same in SQL (``_MEETS``).
    """
    (lo_a, hi_a, pin_a, day_a), (lo_b, hi_b, pin_b, day_b) = a, b
    if (lo_a and hi_b and lo_a > hi_b) or (lo_b and hi_a and lo_b > hi_a):
        return False
    return pin_a or pin_b or day_a is None or day_b is None or abs((day_a - day_b).days) <= REPORT_WINDOW_DAYS


def link_span(ev: Event) -> tuple[Any, Any] | None:
    """The days a plan may be carried out in, or an act was done in (for an act: its own pinned days,
    else its report's day), so that :func:`carries_out` holds only where a plan's span and an act's
    meet; ``None`` for an event that links to nothing (neither a plan nor an act, negated, or
    without a day to go by).
    """
    if ev.negated:
        return None
    if ev.modality == "occurred":
        done = _days(ev)
        if done is not None:
            return done
        day = _report_day(ev)
        return (day, day) if day is not None else None
    if ev.modality != "planned":
        return None
    said, stated = _report_day(ev), _days(ev)
    if stated is not None:
        # carried out on or before the stated last day (a week late at most where the act has no day of
        # its own), on or after the stated first day and never before the plan was told
        lo = max(stated[0], said) if said is not None else stated[0]
        hi = stated[1] + dt.timedelta(days=7)
    elif said is not None:
        lo, hi = said, said + dt.timedelta(days=PLAN_WINDOW_DAYS)
    else:
        return None
    return (lo, hi) if lo <= hi else None


@dataclass
class HappeningsReport:
    """What a happenings update did."""

    events: int = 0
    new: int = 0
    joined: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    read: int = 0  # kept happenings read to merge the new events and link plans (their blocks' within time)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"events": self.events, "new": self.new, "joined": self.joined, "rebuilt": self.rebuilt,
                "read": self.read, "seconds": round(self.seconds, 3)}  # fmt: skip


def block_key(ev: Event) -> str:
    """The merge block of an event as stored text (its type family: :func:`_block`)."""
    return json.dumps(list(_block(ev)), ensure_ascii=False)


def _fingerprint(kb_dir: str | None) -> str:
    """What kept rows depend on besides the events: the merging code's version and the knowledge base."""
    from .kb import KB_DIR

    h = hashlib.blake2b(HAPPENINGS_VERSION.encode(), digest_size=12)
    folder = Path(kb_dir) if kb_dir else KB_DIR
    for path in sorted(folder.glob("*.tsv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


READ_MODEL_SLICE = 500  # happenings whose rows are built from one read of their reports


def update_happenings(store: Any, config: Any) -> HappeningsReport:
    """Merge the stored events no happening holds yet into the kept happenings, and keep each
    touched happening's ``export events`` row, so the pages read rows instead of merging the
    archive at start. Incremental: one run merges only its new events (against the happenings
    of their merge blocks); a changed knowledge base or merging code rebuilds all.

    Raises:
        StoreError: The database cannot be read or written.
    """
    import time

    from .faults import point
    from .kb import load as load_kb

    started = time.perf_counter()
    report = HappeningsReport()
    kb = load_kb(config.kb_dir or None)
    stamp = _fingerprint(config.kb_dir or None)
    if store.setting("happenings") != stamp and store.count("happening_events"):
        store.clear_happenings()
        report.rebuilt = True
    new = store.unmerged_events()
    report.events = len(new)
    if not new:
        store.set_setting("happenings", stamp)
        report.seconds = time.perf_counter() - started
        return report
    places_of = city_countries(kb)
    whole = WHOLE_BLOCKS
    blocks: dict[str, Block] = defaultdict(lambda: Block(places_of))
    ids: dict[int, str] = {}  # id(happening) -> its event id
    known: dict[str, Happening] = {}  # every happening read or made, by event id
    kept_span: dict[str, Any] = {}  # a kept happening's link span as it was kept, before this run's merge
    keys = sorted({block_key(ev) for _, _, ev in new})
    # the kept happenings each new event could join (its merge block's, within its time key), else every one
    # of the blocks: the same merge either way, as a happening no new key meets joins no new event
    probes = None if whole else sorted({(block_key(ev), *time_key(ev)) for _, _, ev in new},
                                       key=lambda p: tuple("" if x is None else str(x) for x in p))  # fmt: skip
    from .events.merge import REPORT_WINDOW_DAYS

    idx_of = {id(ev): idx for _d, idx, ev in new}  # a new event's place in its document
    touched: dict[str, Happening] = {}
    block_of: dict[str, str] = {}  # a happening's merge block (a kept one's as kept: its view may have grown)
    for eid, block, view, docs in store.happening_views(keys, probes, REPORT_WINDOW_DAYS):
        h = Happening(view, [], set(docs))
        blocks[block].append(h)
        ids[id(h)], known[eid], block_of[eid] = eid, h, block
        kept_span[eid] = link_span(view)
    fresh: set[str] = set()
    members: list[tuple[str, int, str]] = []
    for doc_id, idx, ev in new:
        key = block_key(ev)
        h, joined = _join(blocks[key], doc_id, ev)
        if joined:
            report.joined += 1
        else:
            ids[id(h)] = event_id(doc_id, ev)
            fresh.add(ids[id(h)])
            known[ids[id(h)]] = h
            report.new += 1
        touched[ids[id(h)]], block_of[ids[id(h)]] = h, key
        members.append((doc_id, idx, ids[id(h)]))
    # plans and the acts that carried them out, over each block this run touched: a happening that
    # gains a link is written again with it
    links = _whole_block_links(blocks, block_of, ids, touched, places_of) if whole else _near_links(
        store, known, block_of, kept_span, touched, places_of)
    for eid in sorted(links):
        if eid not in touched:
            touched[eid] = known[eid]
    report.read = len(known) - len(fresh)
    # a touched happening's row names every article that tells it: the ones kept before and this run's.
    # Built a slice of happenings at a time as the store writes them: a busy happening's earlier reports
    # (their events and texts) are read for its row, written and let go, so memory follows the slice,
    # not the archive (the reads touch no table the write changes before its end)
    edges: list[Any] = []
    order = list(touched)

    def rows() -> Iterator[tuple[Any, ...]]:
        for at in range(0, len(order), READ_MODEL_SLICE):
            part = {eid: touched[eid] for eid in order[at : at + READ_MODEL_SLICE]}
            earlier = store.happening_occurrences([e for e in part if e not in fresh])
            # in the store's order (date, document, place in it), as a rebuild or a later write lists them,
            # so a happening's row does not depend on which run told which report
            occurrences = {eid: [(d, e) for _k, d, e in sorted(
                [((sort_key(e.date, e.not_before), d, i), d, e) for d, i, e in earlier.get(eid, [])]
                + [((sort_key(e.date, e.not_before), d, idx_of[id(e)]), d, e) for d, e in h.occurrences],
                key=lambda t: t[0])] for eid, h in part.items()}  # fmt: skip
            more_rows, more_edges = _read_model(store, kb, part, block_of, occurrences, links)
            edges.extend(more_edges)
            del earlier, occurrences
            yield from more_rows

    point("happenings.write")
    store.write_happenings(rows(), members, ("happenings", stamp), edges)
    report.seconds = time.perf_counter() - started
    return report


def _whole_block_links(blocks: dict[str, Block], block_of: dict[str, str], ids: dict[int, str],
                       touched: dict[str, Happening], places_of: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """:func:`plan_links` over every happening of each block this run touched (``WHOLE_BLOCKS``)."""
    links: dict[str, dict[str, list[str]]] = {}
    for key in sorted({block_of[e] for e in touched}):
        links.update(plan_links([(ids[id(h)], h) for h in blocks[key]], places_of))
    return links


def _near_links(store: Any, known: dict[str, Happening], block_of: dict[str, str], kept_span: dict[str, Any],
                touched: dict[str, Happening], places_of: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """The plan links of the happenings whose links this run's changes can move (the :func:`plan_links`
    of their whole blocks, for those happenings), reading only the kept happenings that can take part.

    A plan's act is the earliest act of its block that fits it (:func:`carries_out`), and a plan and an
    act fit only where their :func:`link_span` meet. This run changed or made the ``touched``
    happenings, so the links that can move are: the touched plans', and those of each kept plan that a
    touched act's span (now or as kept) meets (``affected``); and an act's list of plans where the act
    is touched, or is one such plan's act now or before (any act meeting an affected plan's span, now or
    as kept). Every other link is the one its block gave when last touched, and is kept in its rows.
    Exact, each read closed over what it needs: an affected plan with every act its span meets, an act
    to write with every plan meeting its span, and each of those plans with every act meeting its span.
    """
    spans: dict[str, Any] = {}

    def span(eid: str) -> Any:
        if eid not in spans:
            spans[eid] = link_span(known[eid].event)
        return spans[eid]

    def role(eid: str) -> str | None:
        m = known[eid].event.modality
        return m if m in ("planned", "occurred") and span(eid) is not None else None

    def meeting(eids: Iterable[str], want: str, old: bool) -> set[str]:
        """The happenings of ``want`` role whose spans meet those of ``eids`` (as kept, too, with
        ``old``), read from the store where not yet known; the known ones matched here.
        """
        probes: set[tuple[str, str, Any, Any]] = set()
        for e in eids:
            for sp in (span(e), kept_span.get(e) if old else None):
                if sp is not None:
                    probes.add((block_of[e], want, sp[0], sp[1]))
        if not probes:
            return set()
        for eid, block, view in store.happenings_linking(sorted(probes), sorted(known)):
            known[eid], block_of[eid] = Happening(view), block
        by_block: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
        for b, _w, lo, hi in probes:
            by_block[b].append((lo, hi))
        return {e for e in known if block_of[e] in by_block and role(e) == want
                and any(span(e)[0] <= hi and lo <= span(e)[1] for lo, hi in by_block[block_of[e]])}  # fmt: skip

    # (by modality alone: a touched act that can no longer be linked may still have been a plan's act)
    changed_plans = {e for e in touched if known[e].event.modality == "planned"}
    changed_acts = {e for e in touched if known[e].event.modality == "occurred"}
    affected = changed_plans | meeting(changed_acts, "planned", old=True)
    acts = changed_acts | meeting(affected, "occurred", old=True)
    more_plans = meeting(acts, "planned", old=False)
    meeting(more_plans - affected, "occurred", old=False)
    by_block: dict[str, list[tuple[str, Happening]]] = defaultdict(list)
    for eid in sorted(known):
        by_block[block_of[eid]].append((eid, known[eid]))
    wanted = affected | acts
    links: dict[str, dict[str, list[str]]] = {}
    for key in sorted({block_of[e] for e in wanted}):
        links.update({e: ln for e, ln in plan_links(by_block[key], places_of).items() if e in wanted})
    return links


def _read_model(store: Any, kb: Any, touched: dict[str, Happening], block_of: dict[str, str],
                occurrences: dict[str, list[tuple[str, Event]]], links: dict[str, dict[str, list[str]]],
                ) -> tuple[list[tuple[Any, ...]], list[Any]]:  # fmt: skip
    """The rows :meth:`write_happenings` keeps for these happenings (their export rows, brief rows and
    graph edges), each naming every article in ``occurrences`` and its plan links (:func:`plan_links`).
    """
    every = [e for occ in occurrences.values() for _, e in occ]
    ent_ids = sorted({a.entity_id for e in every for a in e.actors} | {e.place for e in every if e.place}
                     | {a.entity_id for h in touched.values() for a in h.event.actors})  # fmt: skip
    names: dict[str, Mention | str] = {i: ent.name for i in ent_ids if (ent := kb.entities.get(i)) is not None}
    names.update(store.mention_names([i for i in ent_ids if i not in names]))
    doc_ids = sorted({d for occ in occurrences.values() for d, _ in occ})
    texts = store.texts(doc_ids)
    docs = store.sources_of(doc_ids)
    rows: list[tuple[Any, ...]] = []
    edges: list[tuple[str, str, str, bool, str | None]] = []
    for eid, h in touched.items():
        rec = event_record(h.event, occurrences[eid], names, texts, kb, docs, links.get(eid))
        rec["event_id"] = eid  # the id it was first kept under
        lo, hi, pinned, said = time_key(h.event)
        links_in = link_span(h.event) or (None, None)
        rows.append((eid, block_of[eid], rec["sort_key"], json.dumps(h.event.to_dict(), ensure_ascii=False),
                     json.dumps(rec, ensure_ascii=False, default=str),
                     json.dumps(brief_record(rec), ensure_ascii=False, default=str),
                     lo, hi, pinned, said, *links_in))  # fmt: skip
        day = edge_day(rec)
        # an edge per pair of actors, and a node as an edge to itself (an actor alone is still on the graph)
        for folded in (False, True):
            edges += [(eid, a, b, folded, day) for a, b in record_edges(rec, folded)]
            edges += [(eid, x, x, folded, day) for x in record_nodes(rec, folded)]
    return rows, edges


def keep_merged(store: Any, config: Any, members: list[tuple[str, int, str]],
                views: list[tuple[str, str, str]]) -> HappeningsReport:
    """Keep happenings merged elsewhere (a lake's ``happenings/`` and ``happening_views/``, merged by
    the same rule on Spark) with their read model, without merging the events again.

    Args:
        store: The store whose ``events`` the members name.
        config: Settings (``kb_dir``).
        members: ``(doc_id, idx, event_id)``: each stored event and the happening that holds it.
        views: ``(event_id, block, view)``: each happening's merge block and merged ``Event`` as JSON.

    Raises:
        StoreError: The database cannot be read or written.
    """
    import time

    from .kb import load as load_kb

    started = time.perf_counter()
    kb = load_kb(config.kb_dir or None)
    store.clear_happenings()
    store.write_happenings([], members)
    known = store.happening_occurrences([eid for eid, _b, _v in views])
    touched = {eid: Happening(Event.from_dict(json.loads(view))) for eid, _b, view in views}
    block_of = {eid: block for eid, block, _v in views}
    occurrences = {eid: [(d, e) for d, _i, e in known.get(eid, [])] for eid in touched}
    blocks: dict[str, list[tuple[str, Happening]]] = defaultdict(list)
    for eid, h in touched.items():
        blocks[block_of[eid]].append((eid, h))
    places_of = city_countries(kb)
    links = {e: ln for key in sorted(blocks) for e, ln in plan_links(blocks[key], places_of).items()}
    rows, edges = _read_model(store, kb, touched, block_of, occurrences, links)
    store.write_happenings(rows, [], ("happenings", _fingerprint(config.kb_dir or None)), edges)
    return HappeningsReport(events=len(members), new=len(views), seconds=time.perf_counter() - started)
