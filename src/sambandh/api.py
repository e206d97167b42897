"""What the JSON API and the web pages show: one library function per page.

Each function takes a :class:`Knowledge` (an open database plus caches) and returns a
JSON-ready dict; the web layer (``sambandh.web``) renders the same dict as an HTML page or
returns it as JSON, so every page has a JSON twin. Text offsets always point into the
document's clean text (``documents.text``), as everywhere in Sambandh.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from .config import Config, memory_bytes
from .errors import NotFoundError, UsageError
from .kb import KnowledgeBase
from .script import DEVANAGARI
from .store import Store
from .store.entities import RECENT_DOCS

MAX_PAGE = 100  # most items one page or API call returns
COOCCUR_DOCS = 500  # an entity's co-occurring entities are counted over its latest reports, this many
MAX_QUERY_CHARS = 200
ID_RE = re.compile(r"^[\w:.\-]{1,200}$")
DOC_ID_RE = re.compile(r"^[0-9a-f]{8,64}$")
FACET_SAMPLE = 500  # facets count over the best this many hits
# pages the web app computes at once; more requests wait their turn. A page's queries may hold hundreds of MB
# of DuckDB's cache while they run, beside the indexes it keeps resident: at 1M articles 200 requests at once
# failed with 'out of memory' under a 1 GB cache, and two cores answer no faster with more at once
PAGES_AT_ONCE = 4
# an events list (by day, newest first) is read and kept this many rows at a time, so that its pages near each
# other share one read (a page holds at most MAX_PAGE rows: it spans at most two blocks)
LIST_BLOCK = 200
LIST_BLOCKS = 256  # blocks of ids kept, the least recently used dropped (~20 KB each)
# DuckDB keeps every index block a query reads resident and never evicts it (1.5: indexes are not buffer
# managed; they are loaded lazily, so a fresh instance holds none): a server that only reads reopens its
# database once they pass this share of its cache, so its memory stays within the cache whatever pages
# are asked for (at 1M articles the indexes the pages read come to about 0.8 GB)
INDEX_SHARE = 0.5
TRIM_EVERY = 1.0  # seconds between two looks at the indexes' memory (a look costs about a millisecond)


class Knowledge:
    """The read side of one database: the store, the knowledge base and cached derived views.

    The database is opened once (read-write when the server accepts ingest, else read-only); each
    thread reads through its own cursor of that one DuckDB instance, so requests run side by
    side and an ingest, writing through a cursor of its own, never makes a reader wait: readers
    see the last committed state. Derived views (merged events, entity rows) are computed once
    (under :attr:`lock`) and kept until :meth:`refresh` after an ingest.

    Args:
        config: Settings (``db``, ``kb_dir``, ``index_path``, ``api_token``).
        kb: The knowledge base (loaded when not given).
        writable: Open the database for writing even without a token (``serve --watch``).
    """

    def __init__(self, config: Config, kb: KnowledgeBase | None = None, writable: bool = False) -> None:
        from .kb import load

        self.config = config
        self._writable = writable
        self.kb = kb or load(config.kb_dir or None)
        self.lock = threading.RLock()  # guards the caches and opening
        self.ingest_lock = threading.Lock()  # one ingest at a time
        self.pages_at_once = threading.BoundedSemaphore(PAGES_AT_ONCE)  # held by the web app's page views
        self._local = threading.local()
        self._generation = 0
        self._epoch = 0  # which opening of the database the threads' cursors belong to
        self._cursors: list[Any] = []  # every cursor of this opening, closed with it
        self._base: Store | None = None
        self._cache: dict[str, Any] = {}
        self._trimming = threading.Lock()
        self._looked = 0.0
        self.reopened = 0  # times trim() reopened the database
        self.open()

    @property
    def writable(self) -> bool:
        """Whether this server writes: it accepts ingest (``SAMBANDH_API_TOKEN`` set) or watches sources."""
        return self._writable or bool(self.config.api_token)

    def open(self) -> None:
        """Open the database (read-only unless the server accepts ingest)."""
        with self.lock:
            if self._base is None:
                self._open_base()
                self._generation += 1

    def _open_base(self) -> None:
        # a server that only reads keeps a smaller cache: its memory stays bounded over a large archive
        limit = self.config.db_memory_limit if self.writable else self.config.serve_memory_limit
        self._base = Store(self.config.db, read_only=not self.writable, memory_limit=limit)
        self._epoch += 1

    def close(self) -> None:
        """Close the database and drop the caches."""
        with self.lock:
            self._close_base()
            self._cache.clear()
            self._generation += 1

    def _close_base(self) -> None:
        for cur in self._cursors:
            with contextlib.suppress(Exception):  # a cursor already closed
                cur.close()
        self._cursors.clear()
        if self._base is not None:
            self._base.close()
            self._base = None
        self._epoch += 1

    def index_bytes(self) -> int:
        """The memory DuckDB holds for the indexes the queries have read so far."""
        # through the database's own connection (only ever used under the lock): a cursor for the looking
        # thread would be one more cursor each time trim_soon starts one
        with self.lock:
            return self._base.index_memory() if self._base is not None else 0

    def trim_soon(self) -> None:
        """:meth:`trim` in a thread of its own when it is time to look again (the page that asks does not wait)."""
        import time

        if not self.writable and time.monotonic() - self._looked >= TRIM_EVERY and not self._trimming.locked():
            threading.Thread(target=self.trim, name="trim", daemon=True).start()

    def trim(self, force: bool = False) -> bool:
        """Reopen a read-only database whose resident indexes hold more than :data:`INDEX_SHARE` of its
        cache (``force``: whatever they hold), looking at most every :data:`TRIM_EVERY` seconds: once no
        page is being computed (it takes every place of :attr:`pages_at_once`; pages asked for meanwhile
        wait), every cursor and the database are closed and the database opened again, which frees the
        index memory (DuckDB loads an index again block by block as queries read it). The derived views
        stay: the data did not change. A server that writes never reopens. Returns whether it reopened.
        """
        import time

        if self.writable or not self._trimming.acquire(blocking=False):
            return False  # another thread is looking
        try:
            now = time.monotonic()
            if not force and now - self._looked < TRIM_EVERY:
                return False
            self._looked = now
            if not force and self.index_bytes() <= INDEX_SHARE * memory_bytes(self.config.serve_memory_limit):
                return False
            held = 0
            try:
                for _ in range(PAGES_AT_ONCE):  # wait for the pages being computed
                    self.pages_at_once.acquire()
                    held += 1
                with self.lock:
                    self._close_base()
                    self._open_base()  # the same data: the derived views and the generation stay
                    self.reopened += 1
            finally:
                for _ in range(held):
                    self.pages_at_once.release()
            return True
        finally:
            self._trimming.release()

    @property
    def generation(self) -> int:
        """A number that changes whenever the store may have changed (:meth:`refresh` after an ingest,
        :meth:`close`; not :meth:`trim`'s reopening): what a page computed from it stays valid for (the web
        app's response cache).
        """
        return self._generation

    def refresh(self) -> None:
        """Drop the derived views after the database changed (the next call recomputes them)."""
        with self.lock:
            self._cache.clear()
            self._generation += 1

    @property
    def db(self) -> Store:
        """The calling thread's store: a cursor of the one open database."""
        local = self._local
        if (getattr(local, "generation", None) != self._generation or getattr(local, "epoch", None) != self._epoch
                or local.store is None):  # fmt: skip
            with self.lock:
                if self._base is None:
                    self.open()
                assert self._base is not None
                stale = getattr(local, "store", None)  # this thread's cursor of before an ingest: closed here
                if stale is not None and any(c is stale.con for c in self._cursors):
                    self._cursors = [c for c in self._cursors if c is not stale.con]
                    with contextlib.suppress(Exception):
                        stale.con.close()
                cursor = self._base.con.cursor()
                self._cursors.append(cursor)
                local.store = Store.over(cursor, self.config.db)
                local.searcher = None
                local.generation = self._generation
                local.epoch = self._epoch
        store: Store = local.store
        return store

    def writer(self) -> Store:
        """A store to ingest through, beside the readers (the server must accept ingest)."""
        with self.lock:
            if self._base is None:
                self.open()
            assert self._base is not None
            return Store.over(self._base.con.cursor(), self.config.db)

    def records(self) -> list[dict[str, Any]]:
        """Every happening as an ``export events`` row, in date order (cached)."""
        with self.lock:
            if "records" not in self._cache:
                from .relations import stored_records

                self._cache["records"] = stored_records(self.db, self.kb)
            return list(self._cache["records"])

    def kept(self) -> bool:
        """Whether the store's kept happenings answer page queries (every event merged, read model
        present); else the pages filter the happenings merged here (an old database, read-only).
        """
        with self.lock:
            if "kept" not in self._cache:
                self._cache["kept"] = self.db.happenings_complete()
            return bool(self._cache["kept"])

    def happenings(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, types: list[str] | None = None,
        status: str | None = None, since: str | None = None, until: str | None = None, doc_ids: list[str] | None = None,
        event_ids: list[str] | None = None, order: str = "sort", newest_first: bool = False, limit: int | None = None,
        offset: int = 0, brief: bool = False,
    ) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
        """Happenings (``export events`` rows; ``brief``: as lists show them where the store keeps
        them, see ``relations.brief_record``) matching every filter, one page of them, and how many
        match; the filters are :meth:`Store.find_happenings`'s. A bounded query of the read model
        where the store keeps it, else the same filters over the happenings merged here (whole rows,
        which ``_event_brief`` cuts as lists show them).
        """
        filters: dict[str, Any] = {"involving": involving, "acting": acting, "types": types, "status": status,
                                   "since": since, "until": until, "doc_ids": doc_ids,
                                   "event_ids": event_ids}  # fmt: skip
        if self.kept():
            if (order == "day" and newest_first and limit is not None and 0 < limit <= LIST_BLOCK and doc_ids is None
                    and event_ids is None):  # fmt: skip
                return self._list_page(filters, limit, offset, brief)
            latest = self.latest_day() if order == "day" and newest_first else None
            return self.db.find_happenings(**filters, order=order, newest_first=newest_first, limit=limit,
                                           offset=offset, brief=brief, latest_day=latest)  # fmt: skip
        found = [r for r in self.records() if _matches(r, **filters)]
        if order == "day":
            found.sort(key=lambda r: ((r.get("when") or {}).get("day") or "", r["event_id"]))
        if newest_first:
            found.reverse()
        end = None if limit is None else offset + limit
        return found[offset:end], len(found)

    def _list_page(
        self, filters: dict[str, Any], limit: int, offset: int, brief: bool
    ) -> tuple[list[dict[str, Any]], int]:
        """:meth:`happenings` by day, newest first: the page's ids from the kept blocks of that list
        (:meth:`_list_block`), then their rows.
        """
        first, last = offset // LIST_BLOCK, (offset + limit - 1) // LIST_BLOCK
        ids: list[str] = []
        total = 0
        for block in range(first, last + 1):
            got, total = self._list_block(filters, block)
            ids += got
        start = offset - first * LIST_BLOCK
        page = ids[start : start + limit]
        return self.db.happening_rows(page, brief), total

    def _list_block(self, filters: dict[str, Any], block: int) -> tuple[list[str], int]:
        """Block ``block`` of :data:`LIST_BLOCK` ids of a list by day, newest first, with these filters,
        and how many the list holds: read once per state of the store and kept (the
        :data:`LIST_BLOCKS` used last), so that the pages of a list near each other share one ordering
        of its rows; a thread asking for a block another is reading waits for it.
        """
        from collections import OrderedDict

        key = (json_key(filters), block)
        with self.lock:
            blocks: OrderedDict[Any, tuple[list[str], int]] = self._cache.setdefault("list_blocks", OrderedDict())
            if key in blocks:
                blocks.move_to_end(key)
                return blocks[key]
            reading = self._cache.setdefault("list_reading", {}).setdefault(key, threading.Lock())
        with reading:
            with self.lock:
                blocks = self._cache.setdefault("list_blocks", OrderedDict())
                if key in blocks:  # read by the thread this one waited for
                    return blocks[key]
                generation = self._generation
            got = self.db.find_happening_ids(**filters, order="day", newest_first=True, limit=LIST_BLOCK,
                                             offset=block * LIST_BLOCK, latest_day=self.latest_day())  # fmt: skip
            with self.lock:
                if self._generation == generation:  # else the store changed meanwhile: not kept
                    blocks = self._cache.setdefault("list_blocks", OrderedDict())
                    blocks[key] = got
                    while len(blocks) > LIST_BLOCKS:
                        blocks.popitem(last=False)
                    self._cache.setdefault("list_reading", {}).pop(key, None)
            return got

    def latest_day(self) -> str | None:
        """The latest day of any kept happening (cached until the store changes): an events list by day,
        newest first, is looked for among the days before it first.
        """
        with self.lock:
            if "latest_day" not in self._cache:
                self._cache["latest_day"] = self.db.latest_happening_day()
            day: str | None = self._cache["latest_day"]
            return day

    def graph(self, countries_only: bool = False, since: str | None = None, until: str | None = None,
              types: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
        """The relation graph (``relations.graph``'s shape, nodes named by :meth:`name_of`, each
        edge with the ids of its latest ``EDGE_EVENT_IDS`` events) of the happenings whose sort key
        lies in ``[since, until]`` (undated ones only without a range) and of ``types``: one grouped
        query of the read model where the store keeps it; the whole graph is computed once per
        state of the store.
        """
        from .present import entity_kind
        from .store import EDGE_EVENT_IDS

        whole = not (since or until or types)
        cache_key = f"graph:{countries_only}"
        if whole and cache_key in self._cache:
            return dict(self._cache[cache_key])
        if self.kept():
            nodes, edges = [], []
            for a, b, n, ts, first, last, ids in self.db.happening_edge_counts(countries_only, since, until, types):
                if a == b:
                    nodes.append({"id": a, "label": entity_kind(a)})
                else:
                    edges.append({"source": a, "target": b, "weight": n, "types": ts, "first": first,
                                  "last": last, "event_ids": ids})  # fmt: skip
        else:
            from .relations import graph

            wanted = set(types or [])
            recs = [r for r in self.records()
                    if _sorted_within(r, since, until) and (not wanted or r["type"] in wanted)]  # fmt: skip
            g = graph(recs, countries_only)
            nodes, edges = g["nodes"], g["edges"]
            for e in edges:  # the latest few, newest first, as the read model keeps them
                e["event_ids"] = e["event_ids"][::-1][:EDGE_EVENT_IDS]
        names = self.names_of([n["id"] for n in nodes])
        named = [{"id": n["id"], "name": names[n["id"]], "name_en": self.name_en_of(n["id"], names[n["id"]]),
                  "label": n["label"]} for n in nodes]  # fmt: skip
        out = {"nodes": named, "edges": edges}
        if whole:  # the whole graph (home's active pairs, the graph page) is kept until the store changes
            with self.lock:
                self._cache[cache_key] = out
        return dict(out)

    def month_counts(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, since: str | None = None,
        until: str | None = None,
    ) -> tuple[dict[tuple[str, str], int], dict[str, int]]:  # fmt: skip
        """For the happenings :meth:`happenings` gives with these filters: those that occurred by
        ``(month, type)`` of their day, and those without a day by type.
        """
        if self.kept():
            return self.db.happening_month_counts(involving=involving, acting=acting, since=since, until=until)
        found, _ = self.happenings(involving=involving, acting=acting, since=since, until=until)
        counts: Counter[tuple[str, str]] = Counter()
        undated: Counter[str] = Counter()
        for r in found:
            day = (r.get("when") or {}).get("day")
            if not day:
                undated[r["type"]] += 1
            elif (r.get("modality") or "occurred") == "occurred":
                counts[(day[:7], r["type"])] += 1
        return dict(counts), dict(undated)

    def type_counts(self) -> dict[str, int]:
        """Happenings by PLOVER type (counted once per state of the store: every events list shows them)."""
        if self.kept():
            with self.lock:
                if "type_counts" not in self._cache:
                    self._cache["type_counts"] = self.db.happening_type_counts()
                return dict(self._cache["type_counts"])
        return dict(sorted(Counter(r["type"] for r in self.records()).items()))

    def record(self, event_id: str) -> dict[str, Any] | None:
        """One happening by its event id (``None`` when unknown)."""
        found, _ = self.happenings(event_ids=[event_id])
        return found[0] if found else None

    def entity_rows(self) -> dict[str, dict[str, Any]]:
        """``export entities`` rows built from every mention, by entity id (cached): what the pages
        read where the store keeps no complete entity read model (:meth:`entities_kept`).
        """
        with self.lock:
            if "entities" not in self._cache:
                # built from the mentions even where the read model is kept: tests/test_web.py holds the two alike
                from .export import entities_from_mentions

                rows = entities_from_mentions(self.db, self.config.kb_dir)
                self._cache["entities"] = {r["entity_id"]: r for r in rows}
            return dict(self._cache["entities"])

    def entities_kept(self) -> bool:
        """Whether the store's entity summaries answer the entity pages (every document summarised);
        else the pages read the entity rows built here from every mention (an old database, read-only).
        """
        with self.lock:
            if "entities_kept" not in self._cache:
                self._cache["entities_kept"] = self.db.entity_summary_complete()
            return bool(self._cache["entities_kept"])

    def entity_row(self, entity_id: str) -> dict[str, Any] | None:
        """What the texts say of one entity: ``label``, ``name``, ``name_en``, ``aliases``,
        ``mentions``, ``documents`` and ``group`` (its id and the partial names folded into it);
        ``None`` when no text names it.
        """
        from .translit import romanize_name

        if self.entities_kept():
            row = self.db.entity_summary(entity_id)
            if row is not None:
                row["name_en"] = romanize_name(row["name"]) if row["name"] else None
            return row
        old = self.entity_rows().get(entity_id)
        if old is None:
            return None
        return {"label": old["label"], "name": old["name"], "name_en": old["name_en"], "aliases": old["aliases"],
                "mentions": old["mentions"], "documents": len(old["doc_ids"]), "group": [entity_id]}  # fmt: skip

    def entity_count(self) -> int:
        """Entities the texts name (partial names folded into fuller ones)."""
        if self.entities_kept():
            return sum(self.db.entity_label_counts().values())
        return len(self.entity_rows())

    def searcher(self) -> Any:
        """A search index reader over this thread's store (one per thread)."""
        store = self.db
        if self._local.searcher is None:
            from .search import Searcher

            self._local.searcher = Searcher(store, self.config, self.kb)
        return self._local.searcher

    def name_of(self, entity_id: str) -> str:
        """A display name of an entity: the knowledge base's, else the texts' canonical name."""
        ent = self.kb.entities.get(entity_id)
        if ent is not None:
            return ent.name
        row = self.entity_row(entity_id)
        if row is None and entity_id.startswith("agent:"):
            from .present import generic_name

            return generic_name(entity_id, self.kb)
        return (row or {}).get("name") or entity_id

    def names_of(self, entity_ids: list[str]) -> dict[str, str]:
        """:meth:`name_of` of many entities, the texts' names read in one query where the store
        keeps entity summaries (a graph names every node).
        """
        if not self.entities_kept():
            return {e: self.name_of(e) for e in entity_ids}
        from .present import generic_name

        out = {e: ent.name for e in entity_ids if (ent := self.kb.entities.get(e)) is not None}
        found = self.db.entity_names_of([e for e in entity_ids if e not in out])
        for e in entity_ids:
            if e not in out:
                name = found.get(e)
                if name is None and e not in found and e.startswith("agent:"):
                    name = generic_name(e, self.kb)
                out[e] = name or e
        return out

    def name_en_of(self, entity_id: str, name: str | None = None) -> str:
        """An entity's name for English readers (``present.english_name``), from its ``name`` when known."""
        from .present import english_name

        return english_name(entity_id, name if name is not None else self.name_of(entity_id), self.kb)

    def named(self, entity_id: str) -> dict[str, str]:
        """``{entity_id, name, name_en}`` of an entity."""
        return {"entity_id": entity_id, "name": self.name_of(entity_id), "name_en": self.name_en_of(entity_id)}


def json_key(value: Any) -> str:
    """A key of a JSON-ready value that is the same for equal values (lists and dicts of filters)."""
    import json

    return json.dumps(value, sort_keys=True, default=str)


def _sorted_within(r: dict[str, Any], since: str | None, until: str | None) -> bool:
    """Whether an event's sort key lies in ``[since, until]`` (an undated one only without a range)."""
    key = r["sort_key"] if r["sort_key"] != "9999" else None
    if (since or until) and not key:
        return False
    return not ((since and key and key < since) or (until and key and key[:10] > until))


def _matches(r: dict[str, Any], involving: list[str] | None, acting: list[str] | None, types: list[str] | None,
             status: str | None, since: str | None, until: str | None, doc_ids: list[str] | None,
             event_ids: list[str] | None) -> bool:  # fmt: skip
    """:meth:`Store.find_happenings`'s filters on one merged row (the read model's twin in Python)."""
    from .relations import involves

    return (
        all(involves(r, e) or (r["place"] or {}).get("entity_id") == e for e in involving or [])
        and all(involves(r, e) for e in acting or [])
        and (not types or r["type"] in types)
        and (not status or (r.get("modality") or "occurred") == status)
        and _in_range(r, since, until)
        and (doc_ids is None or bool(set(doc_ids) & set(r["doc_ids"])))
        and (event_ids is None or r["event_id"] in event_ids)
    )


def _check_id(value: str, what: str, pattern: re.Pattern[str] = ID_RE) -> str:
    if not pattern.match(value):
        raise UsageError(f"not a valid {what}: {value[:60]!r}")
    return value


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_PAGE:
        raise UsageError(f"limit must be between 1 and {MAX_PAGE}")
    if not 0 <= offset <= 10_000:
        raise UsageError("offset must be between 0 and 10000")
    return limit, offset


def _story_brief(k: Knowledge, ids: Iterable[str]) -> list[dict[str, Any]]:
    ids = list(ids)
    if not ids:
        return []
    rows = k.db.story_briefs(ids)
    got = {
        r[0]: {"story_id": r[0], "title": r[1], "first_seen": _iso(r[2]), "last_seen": _iso(r[3]), "size": r[4]}
        for r in rows
    }
    return [got[i] for i in ids if i in got]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


# -- home ---------------------------------------------------------------------------------


def home(k: Knowledge, limit: int = 10) -> dict[str, Any]:
    """Latest stories, most active pairs of actors, counts and ingest status."""
    limit, _ = _page(limit, 0)
    latest = k.db.latest_story_ids(limit)
    g = k.graph(countries_only=True)
    pairs = sorted(g["edges"], key=lambda e: (-e["weight"], e["source"], e["target"]))[:limit]
    row = k.db.documents_summary()
    quarantine = k.db.quarantine_by_code()
    indexed = k.db.count("search_docs")
    return {
        "counts": {
            "documents": row[0],
            "near_duplicates": row[1],
            "stories": k.db.count("stories"),
            "entities": k.entity_count(),
            "events": k.happenings(limit=0)[1],
            "quarantined": sum(quarantine.values()),
        },
        "latest_stories": _story_brief(k, latest),
        "active_pairs": [
            {"a": e["source"], "a_name": k.name_of(e["source"]), "a_name_en": k.name_en_of(e["source"]),
             "b": e["target"], "b_name": k.name_of(e["target"]), "b_name_en": k.name_en_of(e["target"]),
             "events": e["weight"], "types": e["types"], "first": e["first"], "last": e["last"]}
            for e in pairs
        ],
        "status": {
            "last_ingest": _iso(row[3]),
            "published_from": _iso(row[4]),
            "published_to": _iso(row[5]),
            "languages": row[2],
            "indexed": indexed,
            "index_up_to_date": indexed == row[0],
            "quarantine_by_code": quarantine,
            "schema_version": k.db.schema_version(),
        },
    }


# -- story --------------------------------------------------------------------------------


def story(k: Knowledge, story_id: str) -> dict[str, Any]:
    """One story: its sources side by side, summary, what each source adds, shared events.

    Raises:
        NotFoundError: No story has that id.
    """
    from .stories import story_records

    _check_id(story_id, "story id")
    if not k.db.has_story(story_id):
        raise NotFoundError(f"no story {story_id!r}")
    rec = next(r for r in story_records(k.db, [story_id]))
    meta = k.db.documents_meta(rec["doc_ids"])
    for src in rec["sources"]:
        m = meta.get(src["doc_id"], {})
        src["title"] = m.get("title")
        src["language"] = m.get("language")
        src["text"] = m.get("text", "")
    ids = set(rec["doc_ids"])
    rec["events"] = [_event_brief(r) for r in k.happenings(doc_ids=sorted(ids))[0]]
    rec["entities"] = _top_entities(k, rec["doc_ids"], 20)
    return rec


_BRIEF = ("event_id", "type", "mode", "cameo", "actors", "place", "date", "topics", "negated", "modality",
          "confidence", "evidence", "doc_ids", "sources", "reported", "when")  # fmt: skip


def _event_brief(r: dict[str, Any], full: bool = True) -> dict[str, Any]:
    """An event as pages list it; not ``full``: its first reports with their first sentence, and
    how many reports and sentences it has in all (``relations.brief_record``; its page shows every one).
    """
    from .relations import brief_record

    if full:
        return {key: r.get(key) for key in _BRIEF}
    b = r if "reports_total" in r else brief_record(r)
    return {key: b.get(key) for key in (*_BRIEF, "reports_total", "evidence_total")}


def _top_entities(k: Knowledge, doc_ids: list[str], top: int, exclude: str | None = None,
                  rows: list[tuple[Any, ...]] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The entities most named in ``doc_ids`` (``rows``: already counted, ``Store.top_entities``'s rows)."""
    if rows is None:
        rows = k.db.top_entities(doc_ids, top + 1)
    rows = [r for r in rows if r[0] != exclude][:top]
    names = k.names_of([r[0] for r in rows])  # in one query, not two entity rows each
    return [
        {"entity_id": e, "name": names[e], "name_en": k.name_en_of(e, names[e]), "label": lab, "documents": d,
         "mentions": n}
        for e, lab, d, n in rows
    ]  # fmt: skip


# -- entity -------------------------------------------------------------------------------


def entity(k: Knowledge, entity_id: str, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """One entity: names in both scripts, roles over time with evidence, stated facts (memberships,
    foundings, chairs) it is part of, events (those placed in ``[since, until]`` when given),
    co-occurring entities.

    Raises:
        NotFoundError: Neither the database nor the knowledge base knows the entity.
    """
    from .facts import stored_records as fact_records
    from .names import romanize

    _check_id(entity_id, "entity id")
    since, until = _day_range(since, until)
    row = k.entity_row(entity_id)
    known = k.kb.entities.get(entity_id)
    if row is None and known is None:
        raise NotFoundError(f"no entity {entity_id!r}")
    names = set(row["aliases"] if row else [])
    if known is not None:
        names |= set(known.names())
    names.discard("")
    deva = sorted(n for n in names if re.search((r"[" + DEVANAGARI + r"]"), n))
    latin = sorted(n for n in names if n not in deva)
    name = known.name if known else (row or {}).get("name") or entity_id
    name_en = known.name_en if known else (row or {}).get("name_en") or romanize(name)
    evidence, stated_total = k.db.role_evidence(entity_id, MAX_PAGE)
    stated = [
        {"role": role, "of": of, "of_name": k.name_of(of), "date": _iso(date), "basis": basis,
         "evidence": {"doc_id": doc, "start": s, "end": e, "text": t} if s is not None and s >= 0 else None}
        for role, of, date, basis, doc, s, e, t in evidence
    ]  # fmt: skip
    kb_roles = [{**r.to_dict(), "of_name": k.name_of(r.of)} for r in known.roles] if known else []
    # the latest reports that name it; co-occurring entities are counted over its latest COOCCUR_DOCS
    doc_ids = k.db.entity_documents(row["group"], COOCCUR_DOCS) if row else []
    # counted at ingest over the same documents where the store keeps them (one row, not 500 documents' mentions)
    kept = k.db.kept_cooccurring(row["group"], 16) if row and COOCCUR_DOCS == RECENT_DOCS else None
    # a busy country takes part in thousands: the page shows the latest, the events list pages through all
    latest, total = k.happenings(involving=[entity_id], since=since, until=until, newest_first=True, limit=MAX_PAGE,
                                 brief=True)  # fmt: skip
    events = [_event_brief(r, full=False) for r in reversed(latest)]
    documents = k.db.documents_brief(doc_ids[:MAX_PAGE])
    return {
        "entity_id": entity_id,
        "label": (row or {}).get("label") or (known.label if known else None),
        "name": name,
        "name_en": name_en,
        "names": {"devanagari": deva, "latin": latin},
        "in_kb": known is not None,
        "mentions": row["mentions"] if row else 0,
        "roles": kb_roles,
        "stated_roles": stated,
        "stated_roles_total": stated_total,
        "facts": fact_records(k.db, k.config.kb_dir, entity_id, evidence_limit=3),
        "events": events,
        "events_total": total,
        "filters": {"since": since, "until": until},
        "cooccurring": _top_entities(k, doc_ids, 15, exclude=entity_id, rows=kept) if doc_ids else [],
        "documents": [
            {"doc_id": d, "title": m["title"], "published": m["published"], "source": m["source"]}
            for d, m in documents.items()
        ],
    }


# -- pair timeline ------------------------------------------------------------------------


def pair(k: Knowledge, a: str, b: str, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """The events between two actors (names in any script or ids), each placed on a time axis.

    Args:
        k: The knowledge.
        a: One side: a name in any script or an entity id.
        b: The other side.
        since: Only events placed on or after this day (``YYYY-MM-DD``).
        until: Only events placed on or before this day.

    Raises:
        UsageError: A name matches no known entity, or a date is not a date.
    """
    from .relations import resolve_entity, timeline

    since, until = _day_range(since, until)

    for v in (a, b):
        if not v.strip() or len(v) > MAX_QUERY_CHARS:
            raise UsageError("each side of a pair must be a name or id of at most 200 characters")
    ea, eb = resolve_entity(a.strip(), k.kb, k.db), resolve_entity(b.strip(), k.kb, k.db)
    # the latest events of both sides (a page, not the whole relationship); the chart's monthly
    # counts are over every event both take part in
    page, total = k.happenings(acting=[ea, eb], since=since, until=until, newest_first=True, limit=MAX_PAGE + 20,
                               brief=True)  # fmt: skip
    events = timeline(page, ea, eb)[-MAX_PAGE:]
    by_month, undated = k.month_counts(acting=[ea, eb], since=since, until=until)
    return {
        "a": k.named(ea),
        "b": k.named(eb),
        "filters": {"since": since, "until": until},
        "events": [_event_brief(r, full=False) | {"sort_key": r["sort_key"]} for r in events],
        "events_total": total,
        "chart": chart(events, by_month, undated),
    }


def chart(events: list[dict[str, Any]], counts: dict[tuple[str, str], int] | None = None,
          undated_counts: dict[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    """Events on a time axis (``points``: its day and how the day was chosen) and counts by month.

    An event whose own date is unknown sits at the day of its first report (``basis``
    ``report``) or at the bound the text gives (``bound``); only an event with none of these
    is left off the axis, and it is listed in ``unplaced``, never dropped silently. Monthly
    counts are of events that happened (a planned or denied event is a point, not a count):
    ``counts`` (``{(month, type): n}``) and ``undated_counts`` (by type) where given, counted
    over more events than the points show, else counted from ``events``.
    """
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    points, unplaced = [], []
    undated = Counter[str]()
    for r in events:
        w = r.get("when") or {}
        if not w.get("day"):
            unplaced.append(r["event_id"])
            undated[r["type"]] += 1
            continue
        status = r.get("modality") or "occurred"
        points.append({"event_id": r["event_id"], "day": w["day"], "basis": w["basis"], "type": r["type"],
                       "status": status, "en": w.get("en"), "hi": w.get("hi")})  # fmt: skip
        if status == "occurred" and counts is None:
            by_month[w["day"][:7]][r["type"]] += 1
    for (month, typ), n in (counts or {}).items():
        by_month[month][typ] += n
    if undated_counts is not None:
        undated = Counter(undated_counts)
    months = sorted(by_month)
    types = sorted({p["type"] for p in points} | set(undated))
    return {
        "points": points,
        "unplaced": unplaced,
        "types": types,
        "months": months,
        "series": [{"type": t, "counts": [by_month[m][t] for m in months]} for t in types],
        "undated": dict(undated),
    }


def _in_range(r: dict[str, Any], since: str | None, until: str | None) -> bool:
    """Whether an event's day on the time axis falls in ``[since, until]`` (no range: always)."""
    if not since and not until:
        return True
    day = (r.get("when") or {}).get("day")
    if not day:
        return False
    return not ((since and day < since) or (until and day > until))


def _day_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    from .config import parse_date

    lo = parse_date(since).isoformat() if since else None
    hi = parse_date(until).isoformat() if until else None
    return lo, hi


# -- events -------------------------------------------------------------------------------

STATUSES = ("occurred", "planned", "demanded", "conditional", "denied", "claimed")


def event(k: Knowledge, event_id: str) -> dict[str, Any]:
    """One happening: every report of it (outlet, title, date, the sentences), its actors with
    their roles, status, place, date in words and related events of the same actors.

    Raises:
        NotFoundError: No event has that id.
    """
    _check_id(event_id, "event id")
    r = k.record(event_id)
    if r is None:
        raise NotFoundError(f"no event {event_id!r}")
    return {**_event_brief(r), "sort_key": r["sort_key"], "reports": _reports(r), "related": _related(k, r),
            **_plan_links(k, r)}


def _plan_links(k: Knowledge, r: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The plans an event carried out and the events that carried out a plan (``relations.plan_links``),
    as lists show them; a link counts only where the other event links back (a link kept before a
    later report changed one of the two is not shown).
    """
    plans, acts = r.get("plans") or [], r.get("carried_out_by") or []
    if not plans and not acts:
        return {"plans": [], "carried_out_by": []}
    found, _ = k.happenings(event_ids=[*plans, *acts])
    by_id = {x["event_id"]: x for x in found}
    me = r["event_id"]
    return {
        "plans": [_event_brief(by_id[e], full=False) for e in plans
                  if e in by_id and me in (by_id[e].get("carried_out_by") or [])],
        "carried_out_by": [_event_brief(by_id[e], full=False) for e in acts
                           if e in by_id and me in (by_id[e].get("plans") or [])],
    }  # fmt: skip


def _reports(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's sources, each with the sentences it states the event in."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in r.get("evidence") or []:
        by_doc[e["doc_id"]].append({"start": e["start"], "end": e["end"], "text": e["text"],
                                    **({"field": e["field"]} if e.get("field", "text") != "text" else {})})
    known = {s["doc_id"]: s for s in r.get("sources") or []}
    return [{**known.get(d, {"doc_id": d, "outlet": d, "title": None, "published": None, "url": None}),
             "evidence": by_doc.get(d, [])} for d in r["doc_ids"]]  # fmt: skip


RELATED_DAYS = 365  # related events lie within a year of the event (when it has a day)


def _related(k: Knowledge, r: dict[str, Any], top: int = 10) -> list[dict[str, Any]]:
    """Other events of the same actors (people and organisations first, else the same countries)
    within :data:`RELATED_DAYS` of it when it has a day, nearest in time.
    """
    import datetime as dt

    def sides(x: dict[str, Any]) -> set[str]:
        return {a["entity_id"] for a in x["actors"]} | {a["affiliation"] for a in x["actors"] if a.get("affiliation")}

    own = sides(r)
    key = r["sort_key"]
    window = None
    with contextlib.suppress(ValueError, OverflowError):  # no day, or a sort key past the calendar's end
        day = dt.date.fromisoformat(key[:10])
        reach = dt.timedelta(days=RELATED_DAYS)
        window = ((day - reach).isoformat(), (day + reach).isoformat())
    if k.kept():
        sharing = k.db.happenings_sharing(sorted(own), r["event_id"], key[:10], top, brief=True, window=window)
        return [_event_brief(o, full=False) for o in sharing]
    scored = []
    for other in k.records():
        if other["event_id"] == r["event_id"]:
            continue
        if window is not None and not (window[0] <= other["sort_key"] and other["sort_key"][:10] <= window[1]):
            continue
        shared = own & sides(other)
        if len(shared) >= 2 or any(not e.startswith("country:") for e in shared):
            scored.append((-len(shared), _distance(key, other["sort_key"]), other["event_id"], other))
    scored.sort(key=lambda t: t[:3])
    return [_event_brief(o, full=False) for *_, o in scored[:top]]


def _distance(a: str, b: str) -> int:
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 10**6


def events(
    k: Knowledge, type: str | None = None, actor: str | None = None, country: str | None = None,
    since: str | None = None, until: str | None = None, status: str | None = None, limit: int = 50, offset: int = 0,
) -> dict[str, Any]:  # fmt: skip
    """Every event, newest first, narrowed by PLOVER type, actor, country, date range and status.

    Args:
        k: The knowledge.
        type: PLOVER types, comma-separated (``CONSULT,AGREE``).
        actor: An actor by name (any script) or id; its events as itself or on its country's side.
        country: A country by name or id; events with an actor of that country.
        since: Events placed on or after this day.
        until: Events placed on or before this day.
        status: ``occurred``, ``planned``, ``demanded``, ``conditional``, ``denied`` or ``claimed``.
        limit: Events per page.
        offset: Events to skip.

    Raises:
        UsageError: An unknown name, status or date.
    """
    from .relations import resolve_entity

    limit, offset = _page(limit, offset)
    since, until = _day_range(since, until)
    types = {t.strip().upper() for t in (type or "").split(",") if t.strip()}
    if status and status not in STATUSES:
        raise UsageError(f"status must be one of {', '.join(STATUSES)}")
    who = resolve_entity(actor.strip(), k.kb, k.db) if actor and actor.strip() else None
    land = resolve_entity(country.strip(), k.kb, k.db) if country and country.strip() else None
    if land and not land.startswith("country:"):
        raise UsageError(f"{country!r} is not a country")
    found, total = k.happenings(types=sorted(types) or None, involving=[who] if who else None,
                                acting=[land] if land else None, status=status or None, since=since, until=until,
                                order="day", newest_first=True, limit=limit, offset=offset, brief=True)  # fmt: skip
    return {
        "events": [_event_brief(r, full=False) for r in found],
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": {"type": sorted(types), "actor": who, "actor_name": k.name_of(who) if who else None,
                    "country": land, "since": since, "until": until, "status": status},
        "types": k.type_counts(),
        "statuses": list(STATUSES),
    }


def entities(k: Knowledge, label: str | None = None, q: str | None = None, limit: int = 50,
             offset: int = 0) -> dict[str, Any]:  # fmt: skip
    """Every entity the texts name, most mentioned first, narrowed by label and a name fragment."""
    from .normalize import fold

    limit, offset = _page(limit, offset)
    want = fold(q.strip()) if q and q.strip() else ""
    if k.entities_kept():
        page, total = k.db.entity_summary_page(label.upper() if label else None, want or None, limit, offset)
        found: list[dict[str, Any]] = [{"entity_id": e, "label": lab, "mentions": m, "documents": d}
                                       for e, lab, _n, m, d in page]  # fmt: skip
        labels = k.db.entity_label_counts()
    else:
        rows = [
            r for r in k.entity_rows().values()
            if (not label or r.get("label") == label.upper())
            and (not want or any(want in fold(n) for n in [r.get("name") or "", r.get("name_en") or "", *r["aliases"]]))
        ]  # fmt: skip
        rows.sort(key=lambda r: (-r["mentions"], r["entity_id"]))
        found = [{"entity_id": r["entity_id"], "label": r.get("label"), "mentions": r["mentions"],
                  "documents": len(r["doc_ids"])} for r in rows[offset : offset + limit]]  # fmt: skip
        total = len(rows)
        labels = dict(sorted(Counter(r.get("label") or "" for r in k.entity_rows().values()).items()))
    names = k.names_of([r["entity_id"] for r in found])  # in one query, not two entity rows each
    return {
        "entities": [
            {"entity_id": r["entity_id"], "name": names[r["entity_id"]],
             "name_en": k.name_en_of(r["entity_id"], names[r["entity_id"]]), "label": r["label"],
             "mentions": r["mentions"], "documents": r["documents"]}
            for r in found
        ],
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": {"label": label.upper() if label else None, "q": q or None},
        "labels": labels,
    }


def stories(k: Knowledge, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Every story, latest first, with its size and dates."""
    limit, offset = _page(limit, offset)
    ids = k.db.latest_story_ids(limit, offset)
    return {"stories": _story_brief(k, ids), "total": k.db.count("stories"), "limit": limit, "offset": offset}


# -- relation graph -----------------------------------------------------------------------


def relation_graph(
    k: Knowledge, since: str | None = None, until: str | None = None, types: list[str] | None = None,
    countries_only: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """The relation graph, narrowed to events in a time range and of some PLOVER types.

    Events without a known day are kept only when no range is given.
    """
    from .config import parse_date

    lo = parse_date(since).isoformat() if since else None
    hi = parse_date(until).isoformat() if until else None
    wanted = {t.strip().upper() for t in types or [] if t.strip()}
    g = k.graph(countries_only, lo, hi, sorted(wanted) or None)
    return {
        "nodes": g["nodes"],
        "edges": g["edges"],
        "filters": {"since": lo, "until": hi, "types": sorted(wanted), "countries_only": countries_only},
        "types": k.type_counts(),
    }


# -- search -------------------------------------------------------------------------------


def search(
    k: Knowledge, q: str, entity: str | None = None, since: str | None = None, until: str | None = None,
    source: str | None = None, language: str | None = None, story_id: str | None = None,
    limit: int = 10, offset: int = 0,
) -> dict[str, Any]:  # fmt: skip
    """Full-text search with filters, highlighted snippets and facets (source, language, year, story).

    Facets count over the best :data:`FACET_SAMPLE` matches.
    """
    from .config import parse_date
    from .search import Filters

    limit, offset = _page(limit, offset)
    if len(q) > MAX_QUERY_CHARS:
        raise UsageError(f"query longer than {MAX_QUERY_CHARS} characters")
    filters = Filters(entity or None, parse_date(since) if since else None, parse_date(until) if until else None,
                      source or None, language or None, story_id or None)  # fmt: skip
    s = k.searcher()
    # the page and the best FACET_SAMPLE from one search of the index (two cost 11.5 ms each at 1M)
    found, ids = s.search_top(q, filters, limit, offset, FACET_SAMPLE)
    result = found.to_dict()
    facets: dict[str, list[dict[str, Any]]] = {}
    if ids:
        for name, rows in k.db.facets_of(ids, ["source", "language", "year", "story"]).items():
            # the stories' titles in one read (one a value cost a read of the stories each)
            titles = {b["story_id"]: b["title"] for b in _story_brief(k, [str(v) for v, _ in rows if v is not None])
                      } if name == "story" else {}  # fmt: skip
            facets[name] = [{"value": v, "count": n, "label": _facet_label(k, name, v, titles)} for v, n in rows]
    result["facets"] = facets
    result["filters"] = {"entity": entity, "since": since, "until": until, "source": source, "language": language,
                         "story": story_id}  # fmt: skip
    result["limit"], result["offset"] = limit, offset
    return result


def _facet_label(k: Knowledge, facet: str, value: Any, titles: dict[str, Any] | None = None) -> str | None:
    """What a facet value reads as: a source as its outlet, a story as its title (from ``titles``, the
    stories' titles by id, where given).
    """
    from .present import outlet

    if value is None:
        return None
    if facet == "source":
        return outlet(str(value))
    if facet == "story":
        if titles is None:
            brief = _story_brief(k, [str(value)])
            titles = {str(value): brief[0]["title"]} if brief else {}
        return titles.get(str(value)) or str(value)
    return str(value)


# -- document -----------------------------------------------------------------------------


def document(k: Knowledge, doc_id: str) -> dict[str, Any]:
    """One document: clean text with entities, time expressions and events as offsets, and the removed chrome.

    Raises:
        NotFoundError: No document has that id.
    """
    _check_id(doc_id, "document id", DOC_ID_RE)
    art = k.db.get_article(doc_id)
    if art is None:
        raise NotFoundError(f"no document {doc_id!r}")
    dup_of, story_of, copies = k.db.document_links(doc_id)
    extra = (dup_of, story_of)
    text = art.text
    return {
        "doc_id": art.id,
        "title": art.title,
        "source": art.source,
        "published": art.published,
        "language": art.language,
        "text": text,
        "duplicate_of": extra[0],
        "copies": copies,
        "story": next(iter(_story_brief(k, [extra[1]])), None) if extra[1] else None,
        "dateline": art.dateline_dict(),
        "removed": [
            {"reason": r.reason, "text": art.raw[r.start : r.end]} for r in art.removed if r.reason != "dateline"
        ],
        "entities": [
            {"start": m.start, "end": m.end, "label": m.label, "entity_id": m.entity_id,
             "name": k.name_of(m.entity_id) if m.entity_id else None, "text": text[m.start : m.end]}
            for m in art.mentions if m.source != "dateline" and 0 <= m.start < m.end <= len(text)
        ],
        "timexes": [
            {"start": t.start, "end": t.end, "type": t.type, "value": t.value, "text": text[t.start : t.end]}
            for t in art.timexes if 0 <= t.start < t.end <= len(text)
        ],
        "events": [
            {"type": e.type, "mode": e.mode, "negated": e.negated, "date": e.date,
             "actors": [{**k.named(a.entity_id), "role": a.role} for a in e.actors],
             "evidence": [s.to_dict() for s in e.evidence],  # a headline's: "field": "title", offsets into the title
             "trigger": {"start": e.trigger_start, "end": e.trigger_end} if e.trigger_start >= 0 else None}
            for e in art.events
        ],
    }


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` into pieces for display: each piece with the kinds of span that cover it.

    Spans are ``{start, end, kind, ...}``; overlapping spans are fine. The result covers
    the whole text in order, so a template can escape each piece and wrap it.
    """
    cuts = {0, len(text)}
    for s in spans:
        if 0 <= s["start"] < s["end"] <= len(text):
            cuts |= {s["start"], s["end"]}
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        cover = [s for s in spans if s["start"] <= a and s["end"] >= b and s["start"] < s["end"]]
        out.append({"text": text[a:b], "start": a, "kinds": sorted({s["kind"] for s in cover}), "spans": cover})
    return out


__all__ = ["Knowledge", "chart", "document", "entities", "entity", "event", "events", "home", "pair", "relation_graph",
           "search", "segments", "stories", "story"]
