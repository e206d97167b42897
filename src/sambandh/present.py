"""How records are shown to people: dates in words, outlets, flat rows for spreadsheets.

The stages store TIMEX3 values (``2025-06-26``, ``XXXX-WXX-4``, ``2021-W40``) and bounds
(``not_before``, ``not_after``); an analyst reads ``Thursday, 26 June 2025`` or ``a Thursday
(reported 26 June 2025)``. The words are data (``lang/<code>/calendar.tsv``); every view (the
pages, the JSON API, the CLI, CSV exports) takes them from here, so a date reads the same
everywhere.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .script import DEVANAGARI

if TYPE_CHECKING:
    from .kb import KnowledgeBase

LANGUAGES = ("en", "hi")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_NO_YEAR_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})(?:T.*)?$")
_NO_YEAR_MONTH = re.compile(r"^XXXX-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_REFS = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}
_SEASON_MONTH = {"SP": 3, "SU": 5, "FA": 9, "WI": 12}  # where a season sits on a chart


@dataclass(frozen=True, slots=True)
class Calendar:
    """Month, weekday and season names and the phrase templates of one language."""

    months: dict[int, str]
    weekdays: dict[int, str]
    seasons: dict[str, str]
    phrases: dict[str, str]

    def say(self, key: str, **parts: str) -> str:
        """The phrase ``key`` with its parts filled in."""
        return self.phrases[key].format(**parts)


@cache
def calendar(lang: str) -> Calendar:
    """The calendar words of ``lang`` (English for a language without a table)."""
    from .lexicon import LANG_DIR, _rows

    path = LANG_DIR / lang / "calendar.tsv"
    if not path.exists():
        path = LANG_DIR / "en" / "calendar.tsv"
    months: dict[int, str] = {}
    weekdays: dict[int, str] = {}
    seasons: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for row in _rows(path):
        if len(row) < 3:
            continue
        kind, key, words = row[0], row[1], row[2]
        if kind == "month":
            months[int(key)] = words
        elif kind == "weekday":
            weekdays[int(key)] = words
        elif kind == "season":
            seasons[key] = words
        elif kind == "phrase":
            phrases[key] = words
    return Calendar(months, weekdays, seasons, phrases)


def _iso_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def day_words(day: dt.date | str | None, lang: str = "en", weekday: bool = True) -> str:
    """A day in words: ``Thursday, 26 June 2025`` / ``गुरुवार, 26 जून 2025`` (``""`` if not a day)."""
    d = _iso_day(day) if isinstance(day, str) or day is None else day
    if d is None:
        return ""
    c = calendar(lang)
    parts = {"d": str(d.day), "month": c.months[d.month], "y": str(d.year), "weekday": c.weekdays[d.isoweekday()]}
    return c.say("day" if weekday else "short_day", **parts)


def _what(value: str, year: str | None, c: Calendar, lang: str) -> tuple[str, bool]:
    """The date's own words and whether they name a whole calendar date (nothing to qualify)."""
    if d := _iso_day(value):
        return day_words(d, lang), True
    if m := _MONTH.match(value):
        return c.say("month", month=c.months.get(int(m[2]), m[2]), y=m[1]), True
    if m := _YEAR.match(value):
        return c.say("year", y=m[1]), True
    if m := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return "", False
        return c.say("week", day=day_words(monday, lang, weekday=False)), True
    if m := _SEASON.match(value):
        return c.say("season", season=c.seasons[m[2]], y=m[1]), True
    if m := _NO_YEAR_DAY.match(value):
        if year and year.isdigit():
            try:
                return day_words(dt.date(int(year), int(m[1]), int(m[2])), lang), True
            except ValueError:
                pass
        return c.say("day_no_year", d=str(int(m[2])), month=c.months.get(int(m[1]), m[1])), False
    if m := _NO_YEAR_MONTH.match(value):
        if year and year.isdigit():
            return c.say("month", month=c.months.get(int(m[1]), m[1]), y=year), True
        return c.say("month_no_year", month=c.months.get(int(m[1]), m[1])), False
    if m := _WEEKDAY.match(value):
        return c.say("weekday", weekday=c.weekdays[int(m[1])]), False
    if value in _REFS:
        return c.phrases[_REFS[value]], False
    return "", False


def _bounds(nb: str | None, na: str | None, c: Calendar, lang: str) -> str:
    a, b = _iso_day(nb), _iso_day(na)
    if a and b:
        if a.year == b.year and (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31):
            return c.say("in_year", y=str(a.year))
        return c.say("between", a=day_words(a, lang, weekday=False), b=day_words(b, lang, weekday=False))
    if b:
        return c.say("by", b=day_words(b, lang, weekday=False))
    if a:
        return c.say("after", a=day_words(a, lang, weekday=False))
    return ""


def describe(date: dict[str, Any] | None, reported: str | None = None, lang: str = "en") -> str:
    """An event's date in words for people, in ``lang``.

    ``2025-06-26`` reads ``Thursday, 26 June 2025``; a weekday the stages could not pin
    reads ``a Thursday (reported 26 June 2025)``; bounds read ``between 14 July 2021 and
    17 September 2021``; nothing at all reads ``date unknown``.

    Args:
        date: The event's ``date`` (``value``, ``not_before``, ``not_after``, ``year``) or ``None``.
        reported: The day the first report of it was published (ISO), if known.
        lang: ``en`` or ``hi``.
    """
    c = calendar(lang)
    date = date or {}
    what, whole = _what(date.get("value") or "", date.get("year"), c, lang)
    if whole:
        return what
    if reported and _iso_day(reported):
        day = day_words(reported, lang, weekday=False)
        return c.say("reported", what=what, when=day) if what else c.say("reported_only", when=day)
    bound = _bounds(date.get("not_before"), date.get("not_after"), c, lang)
    if bound:
        return f"{what}, {bound}" if what else bound
    if what:
        return c.say("year_unknown", what=what) if date.get("value", "").startswith("XXXX") else what
    return c.phrases["unknown"]


def placement(date: dict[str, Any] | None, reported: str | None = None) -> tuple[str | None, str]:
    """Where an event sits on a time axis: ``(YYYY-MM-DD, basis)``.

    The basis says how the day was chosen: ``date`` (the event's own day), ``week``,
    ``month``, ``season`` or ``year`` (the first day of the period the text names),
    ``report`` (the first report's publication day), ``bound`` (the latest, else the
    earliest, day it can have happened) or ``none`` (``(None, "none")``: nothing is known).
    """
    date = date or {}
    value = date.get("value") or ""
    year = date.get("year")
    if d := _iso_day(value):
        return d.isoformat(), "date"
    m = _NO_YEAR_DAY.match(value)
    if m and year and year.isdigit():
        try:
            return dt.date(int(year), int(m[1]), int(m[2])).isoformat(), "date"
        except ValueError:
            pass
    if m := _WEEK.match(value):
        with contextlib.suppress(ValueError):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat(), "week"
    if m := _MONTH.match(value):
        return f"{m[1]}-{m[2]}-01", "month"
    m = _NO_YEAR_MONTH.match(value)
    if m and year and year.isdigit():
        return f"{year}-{m[1]}-01", "month"
    if m := _SEASON.match(value):
        return f"{m[1]}-{_SEASON_MONTH[m[2]]:02d}-01", "season"
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", "year"
    if reported and _iso_day(reported):
        return reported[:10], "report"
    for bound in (date.get("not_after"), date.get("not_before")):
        if _iso_day(bound):
            return str(bound)[:10], "bound"
    return None, "none"


def when(date: dict[str, Any] | None, reported: str | None = None) -> dict[str, Any]:
    """An event's date for every view: words in each language and its place on a time axis."""
    day, basis = placement(date, reported)
    return {**{lang: describe(date, reported, lang) for lang in LANGUAGES}, "day": day, "basis": basis,
            "reported": reported}  # fmt: skip


def shown(item: dict[str, Any] | None, lang: str) -> str:
    """The name to show of an entity (``{name, name_en, entity_id}``): its English name where the
    reader reads English and one exists, else its name, else its id.
    """
    item = item or {}
    english = item.get("name_en") if lang == "en" else None
    return str(english or item.get("name") or item.get("entity_id") or "")


def outlet(source: str, meta: dict[str, Any] | None = None) -> str:
    """The outlet a document came from: the name its record gives, else its web site, else its file."""
    meta = meta or {}
    name = meta.get("source")
    if isinstance(name, str) and name.strip():
        return name.strip()
    for candidate in (meta.get("url"), source):
        if isinstance(candidate, str) and re.match(r"^https?://", candidate):
            host = urlsplit(candidate).hostname or ""
            return host.removeprefix("www.") or candidate
    base = re.split(r"[/\\]", source.split("#", 1)[0])[-1]
    return base or source


def link(source: str, meta: dict[str, Any] | None = None) -> str | None:
    """The web address of a document, where it has one."""
    for candidate in ((meta or {}).get("url"), source):
        if isinstance(candidate, str) and re.match(r"^https?://", candidate):
            return candidate
    return None


# -- flat rows ------------------------------------------------------------------------------

EVENT_COLUMNS = (
    "event_id", "date", "date_text", "date_basis", "date_words", "reported", "type", "mode", "cameo", "status",
    "negated", "actor1", "actor1_id", "actor1_country", "actor2", "actor2_id", "actor2_country", "others", "place",
    "place_id", "sources", "outlets", "first_source_url", "first_doc_id", "evidence",
)  # fmt: skip


def _country(actor: dict[str, Any]) -> str:
    aff = actor.get("affiliation") or ""
    if aff.startswith("country:"):
        return aff.split(":", 1)[1].upper()
    eid = actor.get("entity_id") or ""
    return eid.split(":", 1)[1].upper() if eid.startswith("country:") else ""


def flat_event(r: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """An event record as one flat row (GDELT-style ``actor1``/``actor2`` columns) for CSV."""
    actors = list(r.get("actors") or [])
    first = next((a for a in actors if a.get("role") == "source"), actors[0] if actors else None)
    second = next((a for a in actors if a is not first and a.get("role") == "target"), None)
    if second is None:
        second = next((a for a in actors if a is not first), None)
    others = [a for a in actors if a is not first and a is not second]

    def name(x: dict[str, Any] | None) -> str:
        return shown(x, lang) if x else ""

    w = r.get("when") or when(r.get("date"), r.get("reported"))
    sources = r.get("sources") or []
    evidence = r.get("evidence") or []
    return {
        "event_id": r.get("event_id"),
        "date": w.get("day") or "",
        "date_text": (r.get("date") or {}).get("value") or "",
        "date_basis": w.get("basis") or "",
        "date_words": w.get(lang) or "",
        "reported": r.get("reported") or "",
        "type": r.get("type"),
        "mode": r.get("mode") or "",
        "cameo": r.get("cameo") or "",
        "status": r.get("modality") or "occurred",
        "negated": bool(r.get("negated")),
        "actor1": name(first),
        "actor1_id": (first or {}).get("entity_id", ""),
        "actor1_country": _country(first or {}),
        "actor2": name(second),
        "actor2_id": (second or {}).get("entity_id", ""),
        "actor2_country": _country(second or {}),
        "others": "; ".join(name(a) for a in others),
        "place": name(r.get("place")),
        "place_id": (r.get("place") or {}).get("entity_id", ""),
        "sources": len(r.get("doc_ids") or []),
        "outlets": "; ".join(dict.fromkeys(s.get("outlet", "") for s in sources)),
        "first_source_url": next((s.get("url") for s in sources if s.get("url")), ""),
        "first_doc_id": (r.get("doc_ids") or [""])[0],
        "evidence": evidence[0]["text"] if evidence else "",
    }


def table(kind: str, data: dict[str, Any], lang: str = "en") -> tuple[list[str], list[dict[str, Any]]]:
    """The flat rows a page's CSV holds: ``kind`` is ``events``, ``search``, ``graph``,
    ``entities``, ``stories`` or ``document`` (its entity mentions).

    Raises:
        KeyError: ``kind`` has no table.
    """
    if kind == "events":
        return list(EVENT_COLUMNS), [flat_event(r, lang) for r in data.get("events") or []]
    if kind == "search":
        cols = ["doc_id", "title", "published", "source", "language", "story_id", "duplicate_of", "score", "snippet"]
        return cols, [{**{c: h.get(c) for c in cols}, "snippet": (h.get("snippet") or {}).get("text", "")}
                      for h in data.get("hits") or []]  # fmt: skip
    if kind == "graph":
        names = {n["id"]: n.get("name") or n["id"] for n in data.get("nodes") or []}
        cols = ["source", "source_name", "target", "target_name", "weight", "types", "first", "last"]
        return cols, [
            {"source": e["source"], "source_name": names.get(e["source"], e["source"]), "target": e["target"],
             "target_name": names.get(e["target"], e["target"]), "weight": e["weight"],
             "types": "; ".join(f"{t}:{n}" for t, n in sorted(e["types"].items())), "first": e.get("first"),
             "last": e.get("last")}
            for e in data.get("edges") or []
        ]  # fmt: skip
    if kind == "entities":
        cols = ["entity_id", "name", "name_en", "label", "mentions", "documents"]
        return cols, list(data.get("entities") or [])
    if kind == "stories":
        cols = ["story_id", "title", "first_seen", "last_seen", "size"]
        return cols, list(data.get("stories") or [])
    if kind == "document":
        cols = ["start", "end", "label", "entity_id", "name", "text"]
        return cols, list(data.get("entities") or [])
    raise KeyError(kind)


def csv_text(rows: Iterable[dict[str, Any]], columns: Iterable[str] | None = None) -> str:
    """Rows as CSV text with a header; nested values are written as JSON, never as Python reprs."""
    rows = list(rows)
    cols = list(columns) if columns is not None else list(dict.fromkeys(k for r in rows for k in r))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue()


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list, tuple)):
        return json.dumps(v, ensure_ascii=False)
    return v


def entity_kind(eid: str) -> str:
    """The kind of an entity by its id: ``country``, ``person``, ``org``, ``city``… (a ``new:`` id by its next part)."""
    parts = eid.split(":")
    if parts[0] == "new" and len(parts) > 2:
        return parts[1]
    return parts[0] if len(parts) > 1 else "entity"


def generic_name(eid: str, kb: KnowledgeBase | None) -> str:
    """The display name of a generic actor (``agent:cop:in``): its sector and its country."""
    from .lexicon import agent_name

    parts = eid.split(":")
    country = kb.entities.get(f"country:{parts[2]}") if kb and len(parts) > 2 else None
    return agent_name(eid, country.name if country else None) or eid


def english_name(eid: str, name: str, kb: KnowledgeBase | None) -> str:
    """An entity's name for English readers: the knowledge base's English name, else the
    generic actor's English words, else the name romanised (``राजनाथ सिंह`` → ``Rajnath Singh``).
    """
    from .lexicon import agent_name

    ent = kb.entities.get(eid) if kb else None
    if ent is not None and ent.name_en:
        return ent.name_en
    if eid.startswith("agent:"):
        parts = eid.split(":")
        country = kb.entities.get(f"country:{parts[2]}") if kb and len(parts) > 2 else None
        return agent_name(eid, country.name_en if country else None, lang="en") or name
    if re.search((r"[" + DEVANAGARI + r"]"), name):
        from .translit import romanize_name

        return romanize_name(name)
    return name


__all__ = ["EVENT_COLUMNS", "Calendar", "calendar", "csv_text", "day_words", "describe", "english_name", "entity_kind",
           "flat_event", "generic_name", "link", "outlet", "placement", "shown", "table", "when"]  # fmt: skip
