"""Response shapes of the JSON API, for OpenAPI (``/openapi.json``) and response checks."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    """What went wrong: a stable code (docs/errors.md), a one-line message and the HTTP status."""

    code: str
    message: str
    status: int


class ErrorOut(BaseModel):
    """The one error shape of the API."""

    error: ErrorBody


class Span(BaseModel):
    """A stretch of a document's clean text, ``text == documents.text[start:end]``, or of its title
    when ``field`` is ``title`` (a headline's evidence: ``text == documents.title[start:end]``).
    """

    doc_id: str
    start: int
    end: int
    text: str
    field: str = "text"


class StoryBrief(BaseModel):
    """A story in a list: id, title, dates and number of reports."""

    story_id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    size: int


class ActivePair(BaseModel):
    """Two actors (countries folded) and their events: how many, which types, first and last."""

    a: str
    a_name: str
    a_name_en: str | None = None
    b: str
    b_name: str
    b_name_en: str | None = None
    events: int
    types: dict[str, int]
    first: str | None
    last: str | None


class Paged(BaseModel):
    """Where a page of a list stands: how many items in all, and which of them this page holds."""

    total: int
    limit: int
    offset: int


class StoriesOut(Paged):
    """A page of stories, latest first."""

    stories: list[StoryBrief]


class HomeOut(BaseModel):
    """Counts, the latest stories, the most active pairs of actors and the state of the database."""

    counts: dict[str, int]
    latest_stories: list[StoryBrief]
    active_pairs: list[ActivePair]
    status: dict[str, Any]


class Actor(BaseModel):
    """Who took part in an event, with role (source, target, participant) and the country acted for."""

    entity_id: str
    name: str
    name_en: str | None = None
    aliases: list[str] = []
    role: str | None = None
    affiliation: str | None = None
    via: str | None = None


class When(BaseModel):
    """An event's date for people: words in English and Hindi, and its day on a time axis.

    ``basis`` says how ``day`` was chosen: ``date`` (the event's own day), ``week``, ``month``,
    ``season``, ``year``, ``report`` (the first report's day), ``bound`` or ``none``.
    """

    en: str
    hi: str
    day: str | None
    basis: str
    reported: str | None = None


class Source(BaseModel):
    """A document that reports an event: its outlet (name, web site or file), title, date and address."""

    doc_id: str
    outlet: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


class EventOut(BaseModel):
    """One happening, merged across the articles that tell it, with evidence from each."""

    event_id: str
    type: str
    mode: str | None
    cameo: str | None
    actors: list[Actor]
    place: dict[str, Any] | None
    date: dict[str, Any] | None
    topics: list[str]
    negated: bool
    modality: str | None
    confidence: float
    evidence: list[Span]
    doc_ids: list[str]
    sources: list[Source] = []
    reported: str | None = None
    when: When | None = None
    sort_key: str | None = None
    reports_total: int | None = None  # in lists: the reports in all (doc_ids holds the first few)
    evidence_total: int | None = None  # in lists: the sentences in all (evidence holds one a report shown)


class Report(Source):
    """One report of an event with the sentences that state it there (offsets into its text)."""

    evidence: list[dict[str, Any]]


class EventPageOut(EventOut):
    """An event with every report of it, grouped by document, related events of the same actors, and
    its plan links: the planned events it carried out, or the events that carried out this plan.
    """

    reports: list[Report]
    related: list[EventOut]
    plans: list[EventOut] = []
    carried_out_by: list[EventOut] = []


class EventsOut(Paged):
    """A page of events, newest first, with the filters applied and the counts by type."""

    events: list[EventOut]
    filters: dict[str, Any]
    types: dict[str, int]
    statuses: list[str]


class EntityRow(BaseModel):
    """An entity in the list of entities."""

    entity_id: str
    name: str
    name_en: str
    label: str | None
    mentions: int
    documents: int


class EntitiesOut(Paged):
    """A page of entities, most mentioned first."""

    entities: list[EntityRow]
    filters: dict[str, Any]
    labels: dict[str, int]


class EntityBrief(BaseModel):
    """An entity in a list, with the documents and mentions that name it."""

    entity_id: str
    name: str
    name_en: str | None = None
    label: str | None
    documents: int
    mentions: int


class StorySource(BaseModel):
    """One report of a story, the sentences only it has (``adds``) and the entities only it names."""

    doc_id: str
    source: str
    published: str | None
    duplicate_of: str | None
    title: str | None
    language: str | None
    text: str
    adds: list[Span]
    adds_entities: list[dict[str, str]] = []


class StoryOut(BaseModel):
    """A story: its reports side by side, a summary, what each adds, its events and entities."""

    story_id: str
    doc_ids: list[str]
    title: str | None
    first_seen: str | None
    last_seen: str | None
    size: int
    summary: list[Span]
    sources: list[StorySource]
    events: list[EventOut]
    entities: list[EntityBrief]


class DocBrief(BaseModel):
    """A document in a list."""

    doc_id: str
    title: str | None
    published: str | None
    source: str


class EntityOut(BaseModel):
    """An entity: names in both scripts, dated roles (knowledge base and texts), events, company."""

    entity_id: str
    label: str | None
    name: str
    name_en: str
    names: dict[str, list[str]]
    in_kb: bool
    mentions: int
    roles: list[dict[str, Any]]
    stated_roles: list[dict[str, Any]]
    stated_roles_total: int = 0  # the roles the texts state in all (stated_roles: the latest 100)
    facts: list[dict[str, Any]]
    events: list[EventOut]
    events_total: int = 0
    filters: dict[str, Any] = {}
    cooccurring: list[EntityBrief]
    documents: list[DocBrief]


class Named(BaseModel):
    """An entity id with its display name and its name for English readers."""

    entity_id: str
    name: str
    name_en: str | None = None


class Series(BaseModel):
    """Events of one type per month (aligned with ``Chart.months``)."""

    type: str
    counts: list[int]


class Point(BaseModel):
    """An event on the time axis: its day, how the day was chosen (``When.basis``), type and status."""

    event_id: str
    day: str
    basis: str
    type: str
    status: str
    en: str | None = None
    hi: str | None = None


class Chart(BaseModel):
    """Every event as a point on a time axis, and counts by month and type of the events that
    happened; an event nothing dates is listed in ``unplaced`` (counted by type in ``undated``).
    """

    points: list[Point]
    unplaced: list[str]
    types: list[str]
    months: list[str]
    series: list[Series]
    undated: dict[str, int]


class PairOut(BaseModel):
    """The latest events between two actors (``events_total``: all both take part in), with counts
    by month and type over all of them for a chart.
    """

    a: Named
    b: Named
    filters: dict[str, Any] = {}
    events: list[EventOut]
    events_total: int = 0
    chart: Chart


class Node(BaseModel):
    """An actor in the relation graph (``label``: person, country, org, ...)."""

    id: str
    name: str
    name_en: str | None = None
    label: str


class Edge(BaseModel):
    """A pair of actors with the number of events between them, by type, and their event ids."""

    source: str
    target: str
    weight: int
    types: dict[str, int]
    first: str | None
    last: str | None
    event_ids: list[str]


class GraphOut(BaseModel):
    """Actors as nodes, one edge per pair with counts by event type."""

    nodes: list[Node]
    edges: list[Edge]
    filters: dict[str, Any]
    types: dict[str, int]


class Snippet(BaseModel):
    """A stretch of the clean text around the hits; ``highlights`` are [start, end] offsets into the text."""

    start: int
    end: int
    text: str
    highlights: list[list[int]]


class HitOut(BaseModel):
    """One found document."""

    doc_id: str
    score: float
    title: str | None
    published: str | None
    source: str
    language: str | None
    story_id: str | None
    duplicate_of: str | None
    snippet: Snippet


class FacetValue(BaseModel):
    """One value of a facet and how many of the best hits have it."""

    value: str | None
    count: int
    label: str | None = None


class SearchOut(BaseModel):
    """A page of hits with highlighted snippets, the expanded terms and facets."""

    query: str
    total: int
    terms: list[list[str]]
    seconds: float
    hits: list[HitOut]
    facets: dict[str, list[FacetValue]]
    filters: dict[str, str | None]
    limit: int
    offset: int


class Removed(BaseModel):
    """Site chrome removed from the raw input (navigation, share widgets, credits), with the reason."""

    reason: str
    text: str


class DocumentOut(BaseModel):
    """A document's clean text with entities, time expressions and events as offsets into it."""

    doc_id: str
    title: str | None
    source: str
    published: str | None
    language: str | None
    text: str
    duplicate_of: str | None
    copies: list[str]
    story: StoryBrief | None
    dateline: dict[str, Any] | None
    removed: list[Removed]
    entities: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class SearchFilters(BaseModel):
    """What a search is narrowed to, and which page of hits (query parameters; empty means unset)."""

    entity: str | None = Field(default=None, max_length=200, description="An entity id or a name in any script")
    since: str | None = Field(default=None, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Published on or after")
    until: str | None = Field(default=None, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Published on or before")
    source: str | None = Field(default=None, max_length=200, description="A substring of the source")
    language: str | None = Field(default=None, pattern=r"^([a-z]{2,3})?$", description="hi, en, ...")
    story_id: str | None = Field(default=None, alias="story", max_length=200, description="A story id")
    limit: int = Field(default=10, ge=1, le=100, description="Hits per page")
    offset: int = Field(default=0, ge=0, le=10_000, description="Hits to skip")


class EventFilters(BaseModel):
    """Which events a list shows, and which page of them (query parameters; empty means unset)."""

    type: str | None = Field(default=None, max_length=200, description="PLOVER types, comma-separated: CONSULT,AGREE")
    actor: str | None = Field(default=None, max_length=200, description="An actor: a name in any script or an id")
    country: str | None = Field(default=None, max_length=200, description="A country: a name or an id")
    since: str | None = Field(default=None, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Placed on or after")
    until: str | None = Field(default=None, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Placed on or before")
    status: str | None = Field(default=None, pattern=r"^[a-z]{0,12}$", description="occurred, planned, denied, ...")
    limit: int = Field(default=50, ge=1, le=100, description="Events per page")
    offset: int = Field(default=0, ge=0, le=10_000, description="Events to skip")


class IngestDoc(BaseModel):
    """One article to ingest (the fields a JSON Lines input takes)."""

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40)


class IngestIn(BaseModel):
    """Up to 100 articles per request."""

    documents: list[IngestDoc] = Field(min_length=1, max_length=100)


class IngestOut(BaseModel):
    """The ingest run's report (as ``sambandh ingest --json`` prints it)."""

    report: dict[str, Any]


class IngestJobError(BaseModel):
    """Why a background ingest failed."""

    code: str
    message: str


class IngestJobOut(BaseModel):
    """A background ingest: its status, and its report once done."""

    job_id: str
    status: str = Field(description="queued, running, done or failed")
    documents: int
    submitted: str
    finished: str | None = None
    report: dict[str, Any] | None = None
    error: IngestJobError | None = None
