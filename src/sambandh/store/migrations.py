"""The store's schema history: each migration is (version, name, DDL), applied in order once.

A database records the version it reached (``Store.schema_version``); ``Store.migrate`` runs the
ones after it in one transaction each and refuses a database from a newer Sambandh.

Each component keeps its steps beside its code (its module's ``MIGRATIONS``); here they are put
back into the one history by version. A step that made tables of several components belongs to
the first it names (migration 4 made the search index's tables with the stories'). Applied steps
are never edited: a database records only their versions, so a changed step would leave an
existing database and a new one with different schemas.
"""

from __future__ import annotations

from collections.abc import Iterable

from .annotations import MIGRATIONS as ANNOTATIONS
from .base import Migration
from .documents import MIGRATIONS as DOCUMENTS
from .entities import MIGRATIONS as ENTITIES
from .happenings import MIGRATIONS as HAPPENINGS
from .search_index import MIGRATIONS as SEARCH_INDEX
from .stories import MIGRATIONS as STORIES

COMPONENTS: dict[str, list[Migration]] = {
    "documents": DOCUMENTS,
    "annotations": ANNOTATIONS,
    "stories": STORIES,
    "search_index": SEARCH_INDEX,
    "happenings": HAPPENINGS,
    "entities": ENTITIES,
}
"""Each component's steps of the schema history."""


def _history(parts: Iterable[list[Migration]]) -> list[Migration]:
    """The steps of every component in version order.

    Raises:
        RuntimeError: Two steps share a version (one of them would never be applied).
    """
    steps = sorted((m for part in parts for m in part), key=lambda m: m[0])
    versions = [v for v, _, _ in steps]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"schema migrations share a version: {versions}")
    return steps


MIGRATIONS: list[Migration] = _history(COMPONENTS.values())
