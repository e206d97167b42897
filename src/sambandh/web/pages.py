"""The pages of the web UI, one entry each in :data:`PAGES`: a view over :class:`api.Knowledge`,
the response model of its JSON twin, its template and its CSV table.

:mod:`sambandh.web.app` builds two routes from every entry: the JSON twin under ``/api`` (in the
OpenAPI document) and the HTML page that renders the same data with the template. A view's
parameters after the ``Knowledge`` are both routes' query and path parameters, as FastAPI reads
them (type, default, validation, alias); the first paragraph of its docstring describes the twin
in the API docs. A new page is its view, its template and its entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Path as PathParam
from fastapi import Query, Request
from pydantic import BaseModel

from .. import api
from . import schemas

# parameter types shared by the views (module level: the views' annotations are evaluated here)
Limit = Annotated[int, Query(ge=1, le=api.MAX_PAGE, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000, description="Items to skip")]
Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD (empty: no bound)")]
Ident = Annotated[str, PathParam(pattern=api.ID_RE.pattern)]
DocId = Annotated[str, PathParam(pattern=api.DOC_ID_RE.pattern)]

View = Callable[..., dict[str, Any]]
Context = Callable[[Request, Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Page:
    """One page of the UI and its JSON twin.

    Attributes:
        name: Names the routes: ``api_<name>`` (the twin; its OpenAPI operation) and ``<name>_page``.
        path: The page's path; the twin's is ``/api`` and the path (``/api/<name>`` for ``/``).
        view: ``view(knowledge, **parameters)``: the page's data, which the twin returns as JSON.
        model: The twin's response model.
        template: The page's template in ``web/templates/``.
        csv: The ``present.table`` that answers the twin as CSV (``….csv``, ``?_format=csv``);
            ``None``: no CSV.
        page_view: The page's own view where its parameters differ from the twin's; ``None``:
            ``view``.
        twin_query: The query the page's link to its twin carries: ``"none"``, ``"page"`` (the
            page's own, less the UI language) or ``"raw"`` (the page's as sent).
        context: Template variables besides the data, from the request and the page's parameters.
    """

    name: str
    path: str
    view: View
    model: type[BaseModel]
    template: str
    csv: str | None = None
    page_view: View | None = None
    twin_query: Literal["none", "page", "raw"] = "none"
    context: Context | None = None

    @property
    def api_path(self) -> str:
        """The twin's path, with the page's path parameters."""
        return "/api" + (self.path if self.path != "/" else f"/{self.name}")

    @property
    def path_names(self) -> list[str]:
        """The names of the path parameters (``{story_id}``), in order."""
        return re.findall(r"\{(\w+)\}", self.path)


def _query(request: Request, args: Mapping[str, Any]) -> dict[str, Any]:
    # a list's pager and filter form repeat the page's own query
    return {"params": dict(request.query_params)}


def _search_context(request: Request, args: Mapping[str, Any]) -> dict[str, Any]:
    return {"q": args["q"], **_query(request, args)}


def home(k: api.Knowledge, limit: Limit = 10) -> dict[str, Any]:
    """Latest stories, most active pairs of actors, counts and ingest status."""
    return api.home(k, limit)


def home_page(k: api.Knowledge) -> dict[str, Any]:
    """The home page: the latest ten stories (the page takes no ``limit``)."""
    return api.home(k, 10)


def story(k: api.Knowledge, story_id: Ident) -> dict[str, Any]:
    """One story: its sources, the summary and what each source adds, with offsets."""
    return api.story(k, story_id)


def entity(k: api.Knowledge, entity_id: Ident, since: Day = None, until: Day = None) -> dict[str, Any]:
    """One entity: names in both scripts, dated roles with evidence, events (in a date range),
    co-occurring entities.
    """
    return api.entity(k, entity_id, since, until)


def pair(k: api.Knowledge, a: str, b: str, since: Day = None, until: Day = None) -> dict[str, Any]:
    """The events between two actors (names in any script, or entity ids), each placed on a time axis."""
    return api.pair(k, a, b, since, until)


def events(k: api.Knowledge, f: Annotated[schemas.EventFilters, Query()]) -> dict[str, Any]:
    """Every event, newest first, filtered by type, actor, country, date range and status. Also as ``.csv``."""
    return api.events(k, **f.model_dump())


def event(k: api.Knowledge, event_id: Ident) -> dict[str, Any]:
    """One event: every report of it with its outlet and sentences, actors with roles, status,
    related events.
    """
    return api.event(k, event_id)


def entities(
    k: api.Knowledge,
    label: Annotated[str | None, Query(pattern=r"^[A-Za-z]{0,10}$", description="PERSON, ORG, GPE, ...")] = None,
    q: Annotated[str | None, Query(max_length=api.MAX_QUERY_CHARS, description="A part of a name")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Every entity the texts name, most mentioned first. Also as ``.csv``."""
    return api.entities(k, label or None, q, limit, offset)


def stories(k: api.Knowledge, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Every story, latest first. Also as ``.csv``."""
    return api.stories(k, limit, offset)


def graph(
    k: api.Knowledge,
    since: Day = None,
    until: Day = None,
    types: Annotated[list[str] | None, Query(max_length=20, description="PLOVER types, e.g. CONSULT")] = None,
    countries_only: bool = False,
) -> dict[str, Any]:
    """The relation graph, filtered by time and event type."""
    return api.relation_graph(k, since, until, types, countries_only)


def search(
    k: api.Knowledge,
    q: Annotated[str, Query(min_length=1, max_length=api.MAX_QUERY_CHARS, description="Hindi, romanised or English")],
    f: Annotated[schemas.SearchFilters, Query()],
) -> dict[str, Any]:
    """Full-text search with filters, highlighted snippets and facets."""
    return api.search(k, q, **f.model_dump())


def search_page(
    k: api.Knowledge,
    f: Annotated[schemas.SearchFilters, Query()],
    q: Annotated[str, Query(max_length=api.MAX_QUERY_CHARS)] = "",
) -> dict[str, Any]:
    """The search page: its form alone (no data) until a query is typed."""
    return api.search(k, q, **f.model_dump()) if q.strip() else {}


def document(k: api.Knowledge, doc_id: DocId) -> dict[str, Any]:
    """A document's clean text with entities, time expressions and events as offsets, and removed chrome."""
    return api.document(k, doc_id)


# The order is the OpenAPI document's.
PAGES = [
    Page("home", "/", home, schemas.HomeOut, "home.html", page_view=home_page),
    Page("story", "/stories/{story_id}", story, schemas.StoryOut, "story.html", csv="events"),
    Page("entity", "/entities/{entity_id}", entity, schemas.EntityOut, "entity.html", csv="events",
         twin_query="page"),
    Page("pair", "/pairs/{a}/{b}", pair, schemas.PairOut, "pair.html", csv="events", twin_query="page"),
    Page("events", "/events", events, schemas.EventsOut, "events.html", csv="events", twin_query="page",
         context=_query),
    Page("event", "/events/{event_id}", event, schemas.EventPageOut, "event.html"),
    Page("entities", "/entities", entities, schemas.EntitiesOut, "entities.html", csv="entities", twin_query="page",
         context=_query),
    Page("stories", "/stories", stories, schemas.StoriesOut, "stories.html", csv="stories", twin_query="page",
         context=_query),
    Page("graph", "/graph", graph, schemas.GraphOut, "graph.html", csv="graph", twin_query="raw"),
    Page("search", "/search", search, schemas.SearchOut, "search.html", csv="search", page_view=search_page,
         twin_query="raw", context=_search_context),
    Page("document", "/documents/{doc_id}", document, schemas.DocumentOut, "document.html", csv="document"),
]  # fmt: skip

__all__ = ["PAGES", "Page"]
