"""Data classes that flow along the data path.

Annotations point into text by character offsets (Python string indices); nothing copies
strings it can point to. Every class has ``to_dict``/``from_dict`` for storage and export: derived
from the declaration (``Record``) where the JSON form is the fields, written out where it differs
(an offset map's arrays, a fact's or time expression's text, an article's derived parts).
"""

from __future__ import annotations

import bisect
import hashlib
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar


class Record:
    """A data class whose JSON form is its declaration: ``to_dict`` gives the fields in their order
    (nested records and lists of them as dicts), ``from_dict`` reads them back by their declared
    types (a missing field takes its default, or ``None`` where it may be none), so a field is
    written once. ``_READERS`` maps a field to a function for stored values that need mapping.
    """

    __slots__ = ()
    _READERS: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields in declaration order."""
        names, nested = _layout(type(self))
        out = {n: getattr(self, n) for n in names}
        for n in nested:
            out[n] = _plain(out[n])
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Any:
        """Build from ``to_dict`` output (older stored forms too, through ``_READERS``)."""
        kwargs = {}
        for name, read, missing in _readers(cls):
            if name in d:
                kwargs[name] = read(d[name])
            elif missing is _REQUIRED:
                raise KeyError(name)
            elif missing is not MISSING:
                kwargs[name] = missing
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _layout(cls: type[Record]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A record class's field names, and those that hold records or lists (converted on output)."""
    if cls not in _LAYOUT_OF:
        hints = typing.get_type_hints(cls)
        names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

        def deep(hint: Any) -> bool:
            kinds = (hint, *typing.get_args(hint))
            return typing.get_origin(hint) is list or any(isinstance(a, type) and issubclass(a, Record) for a in kinds)

        _LAYOUT_OF[cls] = (names, tuple(n for n in names if deep(hints[n])))
    return _LAYOUT_OF[cls]


_LAYOUT_OF: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _reader(hint: Any) -> Callable[[Any], Any]:
    """How a stored value becomes a field of type ``hint``."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1
    base = args[0] if optional else hint
    if typing.get_origin(base) is list:
        (item,) = typing.get_args(base)
        if isinstance(item, type) and issubclass(item, Record):
            return lambda v: [item.from_dict(x) for x in v or []]
        return lambda v: list(v or [])
    make: Callable[[Any], Any] | None = None
    if isinstance(base, type) and issubclass(base, Record):
        make = base.from_dict
    elif base in (int, float, bool):
        make = base
    if make is not None:
        return (lambda v: None if v is None else make(v)) if optional else make
    return lambda v: v


def _readers(cls: type[Record]) -> tuple[tuple[str, Callable[[Any], Any], Any], ...]:
    """Each field's name, reader and value when missing (``MISSING``: the default applies)."""
    if cls in _READERS_OF:
        return _READERS_OF[cls]
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):  # type: ignore[arg-type]
        read = cls._READERS.get(f.name) or _reader(hints[f.name])
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        may_be_none = type(None) in typing.get_args(hints[f.name])
        out.append((f.name, read, MISSING if has_default else None if may_be_none else _REQUIRED))
    _READERS_OF[cls] = tuple(out)
    return _READERS_OF[cls]


_READERS_OF: dict[type, tuple[tuple[str, Callable[[Any], Any], Any], ...]] = {}

_REQUIRED = object()  # a field with no default that may not be none: missing, it is an error


def _pickled_by_fields(cls: Any) -> Any:
    """Pickle a slotted data class as a call of itself with its fields in order.

    Articles go from the worker processes to the ingest process by pickle: Python's own form
    for a slotted data class rebuilds each object through a state it sets field by field (for a
    frozen one, a Python loop over ``fields()``), most of the ingest process's unpickling time
    (0.47 ms an article of bench/ingest.py's corpus, against 0.07 this way); a call of the class
    with its field values is the same object, as ``__init__`` makes it.
    """
    names = tuple(f.name for f in fields(cls))
    if not all(f.init for f in fields(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument, with no __post_init__")

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return type(self), tuple([getattr(self, n) for n in names])

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span(Record):
    """A half-open character range ``[start, end)`` into a text.

    ``field`` names the text: ``text`` (the article's clean text) or ``title`` (its title; an
    event's evidence stated in the headline). The JSON form names it only when it is ``title``.
    """

    start: int
    end: int
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        """``{start, end}``, with ``field`` only when it is not the text."""
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.field != "text":
            d["field"] = self.field
        return d


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Removed(Record):
    """A stretch of the raw text that cleaning left out, and why.

    Offsets are into ``Article.raw``.
    """

    start: int
    end: int
    reason: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Dateline(Record):
    """The dateline that opens a report (``नई दिल्ली, प्रेट्र।``); offsets into ``raw``."""

    start: int
    end: int
    place: str | None
    agency: str | None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Attribution(Record):
    """A source the article credits: ``(bbc.com)`` or ``ताश के अनुसार``.

    ``start``/``end`` point into the clean text when ``in_text`` is true, else into ``raw``.
    """

    start: int
    end: int
    source: str
    in_text: bool


class OffsetMap:
    """Maps offsets in a clean text back to offsets in the raw text it came from.

    Stored as anchors: clean offset ``c[k]`` corresponds to raw offset ``r[k]`` and the
    mapping runs one to one from there until the next anchor. Deleted raw stretches and
    changed characters each start a new anchor, so the map stays small.
    """

    __slots__ = ("clean", "raw")

    def __init__(self, clean: list[int] | None = None, raw: list[int] | None = None) -> None:
        self.clean: list[int] = clean if clean is not None else []
        self.raw: list[int] = raw if raw is not None else []
        if len(self.clean) != len(self.raw):
            raise ValueError("offset map: anchor lists differ in length")

    def add(self, clean_start: int, raw_start: int) -> None:
        """Append an anchor unless it continues the current run."""
        if self.clean:
            last_c, last_r = self.clean[-1], self.raw[-1]
            if clean_start - last_c == raw_start - last_r:
                return
            if clean_start == last_c:
                self.raw[-1] = raw_start
                return
        self.clean.append(clean_start)
        self.raw.append(raw_start)

    def to_raw(self, i: int) -> int:
        """Raw offset of the clean character at ``i`` (an index, not an end)."""
        if not self.clean:
            return i
        k = bisect.bisect_right(self.clean, i) - 1
        if k < 0:
            return self.raw[0]
        pos = self.raw[k] + (i - self.clean[k])
        if k + 1 < len(self.raw):
            pos = min(pos, max(self.raw[k + 1] - 1, self.raw[k]))
        return pos

    def to_dict(self) -> dict[str, list[int]]:
        """Return ``{"clean": [...], "raw": [...]}``."""
        return {"clean": list(self.clean), "raw": list(self.raw)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OffsetMap:
        """Build from ``to_dict`` output."""
        return cls([int(x) for x in d["clean"]], [int(x) for x in d["raw"]])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.clean == other.clean and self.raw == other.raw

    def __repr__(self) -> str:
        return f"OffsetMap({len(self.clean)} anchors)"


@_pickled_by_fields
@dataclass(slots=True)
class Mention(Record):
    """A named-entity mention ``[start, end)`` in the clean text.

    Attributes:
        start: Start offset in ``Article.text``.
        end: End offset.
        label: ``PERSON``, ``ORG``, ``GPE``, ``LOC``, ``WEAPON``, ``EVENT``, ``FAC`` or ``TREATY``.
        source: What found it: ``model``, ``kb`` (knowledge-base ruler), ``pattern``, ``headed``
            (a place named after a listed one by a head word, "Greater Toronto Area"), ``government`` (a
            place named as its government, ``<country> सरकार``: the mention the place's alone) or ``frame`` (a
            settlement the entity stage read by the words around it, ``entities_frames.py``).
        kb_id: The knowledge-base entity it names, when one was found.
        entity_id: The canonical entity (set by the link stage).
        canonical: The entity's canonical name.
        title_start: Start of a title before the name (``एडमिरल``, ``डॉ.``), or -1.
        title_end: End of that title, or -1.
    """

    start: int
    end: int
    label: str
    source: str = "model"
    kb_id: str | None = None
    entity_id: str | None = None
    canonical: str | None = None
    title_start: int = -1
    title_end: int = -1


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class RoleFact(Record):
    """A role stated in the text (``रूस के रक्षा मंत्री X``) or known for the date.

    Attributes:
        entity_id: The person.
        role: ``defence_minister``, ``foreign_minister``, ``head_of_state``, ...
        of: The country or organisation entity id.
        start: Start of the evidence in ``Article.text`` (-1 when the role comes from the knowledge base).
        end: End of the evidence.
        date: The article's publication date, when known.
        basis: ``text`` (role and country stated), ``text+kb`` (role stated, country from the
            knowledge base) or ``default`` (unqualified title: the home country).
    """

    entity_id: str
    role: str
    of: str
    start: int = -1
    end: int = -1
    date: str | None = None
    basis: str = "text"


@_pickled_by_fields
@dataclass(slots=True)
class Fact:
    """A relation the text states outright rather than an event: a membership, a founding, a chair.

    Attributes:
        predicate: ``member_of`` (``subject`` is a member of ``object``), ``founded``
            (``subject`` was among the founders of ``object``) or ``chair_of``
            (``subject`` chairs ``object``).
        subject: Entity id (a country or organisation).
        object: Entity id of the organisation.
        start: Start of the evidence sentence in ``Article.text``.
        end: End of the evidence sentence.
        date: TIMEX3 value of when it began or held (``2017``; ``XXXX`` for "this year" with no
            publication date), or ``None``.
        place: Entity id of where it happened (a founding summit's city), or ``None``.
        negated: The text says it is not so (``सदस्य नहीं है``).
    """

    predicate: str
    subject: str
    object: str
    start: int
    end: int
    date: str | None = None
    place: str | None = None
    negated: bool = False

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """JSON-ready form; with ``text`` (the article's), the evidence sentence too."""
        d: dict[str, Any] = {
            "predicate": self.predicate, "subject": self.subject, "object": self.object, "start": self.start,
            "end": self.end, "date": self.date, "place": self.place, "negated": self.negated,
        }  # fmt: skip
        if text is not None:
            d["text"] = text[self.start : self.end]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Fact:
        """Build from ``to_dict`` output."""
        return cls(
            d["predicate"], d["subject"], d["object"], int(d["start"]), int(d["end"]), d.get("date"), d.get("place"),
            bool(d.get("negated", False)),
        )  # fmt: skip


@_pickled_by_fields
@dataclass(slots=True)
class Timex:
    """A time expression.

    Attributes:
        start: Start offset in the text.
        end: End offset.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: TIMEX3 value (``2021-09-29``, ``XXXX-WXX-4``, ``P3D``, ``PRESENT_REF``).
        precision: ``day``, ``week``, ``month``, ``year``, ``decade``, ``century``, ``time`` or
            ``none`` (durations, sets, vague references).
        anchored: Whether the value depended on the publication date.
    """

    start: int
    end: int
    type: str
    value: str
    precision: str = "day"
    anchored: bool = False

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """JSON-ready form; with ``text``, the expression's words too."""
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if text is not None:
            d["text"] = text[self.start : self.end]
        d.update(type=self.type, value=self.value, precision=self.precision, anchored=self.anchored)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timex:
        """Inverse of ``to_dict``."""
        return cls(d["start"], d["end"], d["type"], d["value"], d.get("precision", "day"), d.get("anchored", False))


# modalities stored before docs/events.md, read as the ones that replaced them
_MODALITY_OF = {"asserted": "occurred", "future": "planned", "intent": "planned", "possible": "conditional"}


# how an actor was supplied by the coder rather than read from the act's own words (carried from
# another clause, a default side, the article's pair of countries, a usual doer)
SUPPLIED_VIA = frozenset({"carried", "implicit", "pair", "usual"})


@_pickled_by_fields
@dataclass(slots=True)
class Actor(Record):
    """A participant in an event.

    Attributes:
        entity_id: The canonical entity.
        role: ``source``, ``target`` or ``participant``.
        start: Start of the words that name it in the text (a name, a pronoun, an office).
        end: End of those words.
        affiliation: The country or organisation it acts for, when known.
        via: How it was found: ``name``, ``office`` (``पाकिस्तान के रक्षा मंत्री ने``),
            ``pronoun`` (``उन्होंने``) or ``group`` (``दोनों नेताओं ने``), among others; supplied by default with no
            words of its own: ``pair`` (the article's two countries given to a bare meeting), ``implicit`` (a carried
            target, the crowd police act on, a sending, receiving or posting country), ``carried``, ``usual``.
    """

    entity_id: str
    role: str
    start: int
    end: int
    affiliation: str | None = None
    via: str = "name"


@_pickled_by_fields
@dataclass(slots=True)
class Event(Record):
    """A PLOVER event stated in one article (several sentences when the article tells it twice).

    Attributes:
        type: PLOVER type (``CONSULT``, ``AGREE``, ``REJECT``, ...).
        mode: PLOVER mode (``meet``, ``visit``, ``phone``, ``host``, ``refuse_sign``, ...).
        cameo: The CAMEO code alongside.
        actors: Who took part, with roles.
        trigger_start: Start of the words that state it.
        trigger_end: End of those words.
        evidence: The sentences that state it (a headline's, ``field`` ``title``, indexes the title).
        place: The place entity, when stated.
        place_start: Where the place is named (-1: inherited from the article's context).
        place_end: End of the place's name.
        date: The TIMEX3 value of its date, when one is known (``2021-09-29``, ``XXXX-WXX-4``).
        date_start: Where the date is written (-1: not in the text).
        date_end: End of the date's words.
        precision: ``day``, ``weekday``, ``month``, ``year``, ... of ``date``.
        not_before: Earliest ISO day it can have happened (publication date or the tenures
            of the office holders the article names).
        not_after: Latest ISO day it can have happened.
        topics: Weapon systems and issues (entity ids and ``issue:...`` keys).
        negated: Stated as not happening (``समझौता नहीं कर रहा``).
        modality: ``occurred``, ``planned`` (future, scheduled, announced), ``demanded``,
            ``conditional``, ``denied`` or ``claimed`` (see docs/events.md); only ``occurred``
            events count as having happened.
        confidence: How sure the extraction is, in [0, 1].
        date_basis: ``text`` (the sentence or its clause chain gives the date) or ``reported``
            (no date stated: the article's own date, the day it was reported).
        date_to: The last day of a range (``8-10 दिसंबर``), when the date is one.
    """

    type: str
    mode: str
    cameo: str
    actors: list[Actor]
    trigger_start: int
    trigger_end: int
    evidence: list[Span] = field(default_factory=list)
    place: str | None = None
    place_start: int = -1
    place_end: int = -1
    date: str | None = None
    date_start: int = -1
    date_end: int = -1
    precision: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    topics: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "occurred"
    confidence: float = 0.5
    date_basis: str | None = None
    date_to: str | None = None
    # modalities stored under their older names read as today's
    _READERS: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "modality": lambda v: _MODALITY_OF.get(v or "", v or "occurred")}

    def actor_ids(self) -> frozenset[str]:
        """The entities taking part."""
        return frozenset(a.entity_id for a in self.actors)

    def in_title(self) -> bool:
        """Whether the event is stated only in its article's title (a headline the body does not retell):
        then its trigger, actors', place's and date's offsets point into ``Article.title``, not ``text``.
        """
        return bool(self.evidence) and all(s.field == "title" for s in self.evidence)


@dataclass(slots=True)
class RawRecord:
    """One input as a reader found it, before decoding.

    Attributes:
        source: Where it came from (a path, ``path#line``, a URL, ``<stdin>``).
        data: Bytes for files, text for records whose container was already decoded.
        kind: ``text``, ``html`` or ``record`` (fields already separated).
        meta: Metadata the container gave: ``title``, ``published``, ``url``, ``language``,
            ``id``, ``source``. A ``title`` key, even empty, means the title is separate.
        size: Byte size when the reader knows it without reading (for the size limit).
        error: A reader-level problem; the record goes straight to quarantine.
    """

    source: str
    data: bytes | str | None
    kind: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    size: int | None = None
    error: Exception | None = None


@_pickled_by_fields
@dataclass(slots=True)
class Article:
    """One article as it moves through the stages; each stage fills its fields.

    Attributes:
        source: Where the article came from.
        raw: The decoded input text, verbatim (for HTML: the extracted text).
        raw_hash: Hash of the input bytes or text, used to skip inputs seen before.
        kind: Input kind (``text``, ``html``, ``record``).
        meta: Container metadata (see ``RawRecord.meta``).
        html: The HTML source when the input was HTML.
        id: Content hash of the clean text (set by ``segment``).
        title: The article's title, if one was found or given.
        title_source: ``meta``, ``head`` (a head line), ``first_sentence`` or ``None``.
        published: ISO date of publication, if known.
        published_source: ``meta``, ``url`` (a date in the URL's path), ``text``, ``cli`` or ``None``.
        text: Clean text.
        offset_map: Clean-to-raw offset map.
        removed: Raw stretches left out of ``text``, with reasons.
        dateline: The dateline, if the report opens with one.
        attributions: Credited sources.
        sentences: Sentence spans into ``text``.
        language: ISO 639-1 code (``hi``, ``en``) or ``other``/``und``.
        warnings: Non-fatal problems worth telling the user.
        mentions: Named-entity mentions (set by ``entities``, linked by ``link``).
        roles: Roles of people stated in the text (set by ``link``).
        timexes: Time expressions with TIMEX3 values (set by ``timex``).
        facts: Memberships, foundings and chairs stated in the text (set by ``facts``).
        events: Events stated in the text (set by ``events``).
    """

    source: str
    raw: str
    raw_hash: str
    kind: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    html: str | None = None
    id: str | None = None
    title: str | None = None
    title_source: str | None = None
    published: str | None = None
    published_source: str | None = None
    text: str = ""
    offset_map: OffsetMap = field(default_factory=OffsetMap)
    removed: list[Removed] = field(default_factory=list)
    dateline: Dateline | None = None
    attributions: list[Attribution] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def boilerplate(self) -> list[str]:
        """The removed stretches as strings, in raw order (for export)."""
        return [self.raw[r.start : r.end] for r in self.removed if r.reason != "dateline"]

    def dateline_dict(self) -> dict[str, Any] | None:
        """The dateline with its text, or ``None``."""
        if self.dateline is None:
            return None
        d = self.dateline.to_dict()
        d["text"] = self.raw[self.dateline.start : self.dateline.end]
        return d

    def to_dict(self, annotations: bool = True) -> dict[str, Any]:
        """Every field, JSON-ready (the storage form); without ``annotations``, the document's own
        fields only (no mentions, roles, time expressions, facts or events: the store writes those
        to tables of their own, from the objects).
        """
        out = {
            "id": self.id,
            "source": self.source,
            "raw": self.raw,
            "raw_hash": self.raw_hash,
            "kind": self.kind,
            "meta": self.meta,
            "title": self.title,
            "title_source": self.title_source,
            "published": self.published,
            "published_source": self.published_source,
            "text": self.text,
            "offset_map": self.offset_map.to_dict(),
            "removed": [r.to_dict() for r in self.removed],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "attributions": [a.to_dict() for a in self.attributions],
            "sentences": [s.to_dict() for s in self.sentences],
            "language": self.language,
            "warnings": list(self.warnings),
        }
        if annotations:
            out["mentions"] = [m.to_dict() for m in self.mentions]
            out["roles"] = [r.to_dict() for r in self.roles]
            out["timexes"] = [t.to_dict() for t in self.timexes]
            out["facts"] = [f.to_dict() for f in self.facts]
            out["events"] = [e.to_dict() for e in self.events]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Build from ``to_dict`` output."""
        return cls(
            source=d["source"],
            raw=d["raw"],
            raw_hash=d["raw_hash"],
            kind=d.get("kind", "text"),
            meta=dict(d.get("meta") or {}),
            id=d.get("id"),
            title=d.get("title"),
            title_source=d.get("title_source"),
            published=d.get("published"),
            published_source=d.get("published_source"),
            text=d.get("text", ""),
            offset_map=OffsetMap.from_dict(d["offset_map"]) if d.get("offset_map") else OffsetMap(),
            removed=[Removed.from_dict(x) for x in d.get("removed") or []],
            dateline=Dateline.from_dict(d["dateline"]) if d.get("dateline") else None,
            attributions=[Attribution.from_dict(x) for x in d.get("attributions") or []],
            sentences=[Span.from_dict(x) for x in d.get("sentences") or []],
            language=d.get("language"),
            warnings=list(d.get("warnings") or []),
            mentions=[Mention.from_dict(x) for x in d.get("mentions") or []],
            roles=[RoleFact.from_dict(x) for x in d.get("roles") or []],
            timexes=[Timex.from_dict(x) for x in d.get("timexes") or []],
            facts=[Fact.from_dict(x) for x in d.get("facts") or []],
            events=[Event.from_dict(x) for x in d.get("events") or []],
        )


# ---- shared by the stages, the store and the global stages (kept here so none imports another) ----
NO_DATE = -(10**6)  # published unknown: below every real day number (the search index's day numbers)


@dataclass(slots=True)
class Rejected:
    """An input that could not be processed, kept with its reason."""

    source: str
    code: str
    reason: str
    data: bytes | None = None
    size: int | None = None
    raw_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (without the data)."""
        return {"source": self.source, "code": self.code, "reason": self.reason, "size": self.size}


def content_hash(data: bytes | str) -> str:
    """Hex digest used for ids: 128-bit BLAKE2b of the UTF-8 bytes."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def sort_key(date: str | None, not_before: str | None) -> str:
    """Chronological key: the stated date where its year is known, else the earliest possible day."""
    if date and date[:4].isdigit():
        return date
    return not_before or "9999"
