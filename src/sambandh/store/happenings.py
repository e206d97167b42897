"""Happenings: the events of all articles merged, kept with their export rows, and their read model
(the entities each involves and the graph edges it makes) for bounded page queries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..errors import StoreError
from .base import Migration, StoreBase, _by_key, _empty

# an index row's sort key where its happening is dated, else NULL: DuckDB's per row group minimum and maximum
# leave NULLs out, so a window of days skips the row groups of other years (the undated rows' '9999' does not)
DATED_KEY = "CASE WHEN sort_key IN ('9999', '') THEN NULL ELSE sort_key END"
EDGE_EVENT_IDS = 20  # a graph edge lists its latest events, this many (its weight counts them all)
# an edge's summary keeps its latest events, this many: the graph lists the first EDGE_EVENT_IDS, and a pair
# of countries' page (api.pair asks for its latest 120) reads them instead of sorting every edge of the pair
SUMMARY_IDS = 120
# one edge summed up from its rows: events, first and last day, the ids of its latest events (newest first)
_EDGE_SUMMARY = f"a, b, folded, count(*), min(day), max(day), arg_max(event_id, (sort_key, event_id), {SUMMARY_IDS})"
# an entity's summary: how many happenings involve it and the ids (with sort keys) of its latest, up to this
# many: an entity page's first page (api.MAX_PAGE) is read from it, so a busy country's page neither counts nor
# sorts its rows of the index; kept up to date incrementally (_update_entity_summaries), never summed up again
ENTITY_IDS = 200
MAX_PAGE_IDS = 100  # an entity page's first page (api.MAX_PAGE): a summary keeping fewer is summed up again
_ENTITY_SUMMARY = (
    f"entity_id, count(*), arg_max(event_id, (sort_key, event_id), {ENTITY_IDS}), "
    f"arg_max(sort_key, (sort_key, event_id), {ENTITY_IDS})"
)
# an edge's rows of one type grouped by the month of their sort key (a key that is not a day, such as a
# year, a month or a week, by itself, marked '='): a graph of whole months, or of types, sums these rows
# instead of scanning every edge; each keeps its first and last sort key, so a range either holds all of a
# row's edges or none (else the edges are scanned as before)
_BUCKET = (
    "CASE WHEN length(sort_key) >= 10 AND substring(sort_key, 5, 1) = '-' AND substring(sort_key, 8, 1) = '-' "
    "THEN left(sort_key, 7) ELSE '=' || sort_key END"
)
_EDGE_BUCKET = (
    f"a, b, folded, type, {_BUCKET}, count(*), min(sort_key), max(sort_key), min(day), max(day), "
    f"max({{'k': sort_key, 'id': event_id}}, {EDGE_EVENT_IDS})"
)
_EDGE_BUCKET_GROUP = "GROUP BY a, b, folded, type, " + _BUCKET
_EDGE_SUMMARY_17 = "a, b, folded, count(*), min(day), max(day), arg_max(event_id, (sort_key, event_id), 20)"

MIGRATIONS: list[Migration] = [
    (
        8,
        "happenings: the events of all articles merged, kept with their export rows for the pages",
        """
        CREATE TABLE happenings (
            event_id VARCHAR PRIMARY KEY,
            block VARCHAR NOT NULL,
            sort_key VARCHAR NOT NULL,
            view VARCHAR NOT NULL,
            record VARCHAR NOT NULL
        );
        CREATE INDEX happenings_block ON happenings (block);
        CREATE TABLE happening_events (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            event_id VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX happening_events_event ON happening_events (event_id);
        """,
    ),
    (
        10,
        "the happenings' read model: type, day and status columns, the entities each involves and the graph "
        "edges it makes, for bounded page queries; the kept happenings are merged again at the next ingest",
        """
        ALTER TABLE happenings ADD COLUMN type VARCHAR;
        ALTER TABLE happenings ADD COLUMN day VARCHAR;
        ALTER TABLE happenings ADD COLUMN status VARCHAR;
        ALTER TABLE happenings ADD COLUMN brief VARCHAR;
        CREATE TABLE happening_index (
            event_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            acts BOOLEAN NOT NULL,
            sort_key VARCHAR NOT NULL,
            day VARCHAR,
            type VARCHAR,
            status VARCHAR,
            PRIMARY KEY (event_id, entity_id)
        );
        CREATE INDEX happening_index_entity ON happening_index (entity_id);
        CREATE TABLE happening_edges (
            event_id VARCHAR NOT NULL,
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            folded BOOLEAN NOT NULL,
            day VARCHAR,
            sort_key VARCHAR,
            type VARCHAR
        );
        CREATE INDEX happening_edges_event ON happening_edges (event_id);
        DELETE FROM happening_events;
        DELETE FROM happenings;
        DELETE FROM settings WHERE name = 'happenings';
        """,
    ),
    (
        12,
        "the graph edges carry their happening's status and day (an edge's own day is the text's), so a pair "
        "of countries' pages read the edges alone",
        """
        ALTER TABLE happening_edges ADD COLUMN status VARCHAR;
        ALTER TABLE happening_edges ADD COLUMN hday VARCHAR;
        UPDATE happening_edges SET status = h.status, hday = h.day FROM happenings h
            WHERE h.event_id = happening_edges.event_id;
        """,
    ),
    (
        13,
        "the happenings a document reports, found by its id (a story page asks for its reports' happenings)",
        """
        CREATE INDEX happening_events_doc ON happening_events (doc_id);
        """,
    ),
    (
        16,
        "the graph edges counted per pair, month of their happening's day, type and status, so a pair of "
        "countries' page counts its happenings and draws its chart without scanning every edge",
        """
        CREATE TABLE happening_pair_counts (
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            folded BOOLEAN NOT NULL,
            month VARCHAR,
            type VARCHAR,
            status VARCHAR,
            n BIGINT NOT NULL
        );
        INSERT INTO happening_pair_counts
            SELECT a, b, folded, left(hday, 7), type, status, count(*) FROM happening_edges GROUP BY ALL;
        """,
    ),
    (
        17,
        "each graph edge summed up (events, first and last day, its latest events), so the whole graph (the "
        "home page's active pairs, the graph page) is read from one row per edge, not from every edge",
        f"""
        CREATE TABLE happening_edge_summary (
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            folded BOOLEAN NOT NULL,
            n BIGINT NOT NULL,
            first VARCHAR,
            last VARCHAR,
            ids VARCHAR[] NOT NULL
        );
        INSERT INTO happening_edge_summary SELECT {_EDGE_SUMMARY_17} FROM happening_edges GROUP BY a, b, folded;
        """,
    ),
    (
        18,
        "each graph edge's summary keeps its latest 120 events, so a pair of countries' page reads its latest "
        "events from it, not by sorting every edge of the pair",
        f"""
        DELETE FROM happening_edge_summary;
        INSERT INTO happening_edge_summary SELECT {_EDGE_SUMMARY} FROM happening_edges GROUP BY a, b, folded;
        """,
    ),
    (
        19,
        "each entity's happenings counted and its latest 200 kept, so an entity's page neither counts nor sorts "
        "every happening it is in",
        f"""
        CREATE TABLE happening_entity_summary (
            entity_id VARCHAR NOT NULL,
            n BIGINT NOT NULL,
            ids VARCHAR[] NOT NULL,
            keys VARCHAR[] NOT NULL
        );
        INSERT INTO happening_entity_summary SELECT {_ENTITY_SUMMARY} FROM happening_index GROUP BY entity_id;
        """,
    ),
    (
        20,
        "each happening's time key (the days its view may lie in, whether its date pins a month, its report's "
        "day, and the days a plan may be carried out in or an act was done in), so an ingest merges new "
        "events against the happenings of their merge block that they could join, not the whole block",
        """
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS day_lo VARCHAR;
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS day_hi VARCHAR;
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS pinned BOOLEAN;
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS rday DATE;
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS link_lo DATE;
        ALTER TABLE happenings ADD COLUMN IF NOT EXISTS link_hi DATE;
        """,
    ),
    (
        22,
        "each graph edge's rows of one type summed up per month of their sort key (first and last key, days, "
        "latest events), so a graph of whole months or of some types is read from these rows, not every edge",
        f"""
        CREATE OR REPLACE TABLE happening_edge_buckets (
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            folded BOOLEAN NOT NULL,
            type VARCHAR,
            bucket VARCHAR,
            n BIGINT NOT NULL,
            lo VARCHAR,
            hi VARCHAR,
            first VARCHAR,
            last VARCHAR,
            ids STRUCT(k VARCHAR, id VARCHAR)[] NOT NULL
        );
        INSERT INTO happening_edge_buckets SELECT {_EDGE_BUCKET} FROM happening_edges {_EDGE_BUCKET_GROUP};
        """,
    ),
    (
        24,
        "each index row's sort key where its happening is dated, else NULL, so an event page's related events "
        "read only the row groups of the days around it (an undated row's key 9999 made every row group's "
        "maximum 9999, and a window of days skipped none)",
        f"""
        ALTER TABLE happening_index ADD COLUMN IF NOT EXISTS dated_key VARCHAR;
        UPDATE happening_index SET dated_key = {DATED_KEY};
        """,
    ),
]

# A happening's time key (``relations.time_key``): ``day_lo``/``day_hi`` the first and last day its view
# can lie in (``events.merge._span``; NULL: open), ``pinned`` whether its own date names a month at least
# (NULL: no key kept, so it is loaded whatever the probe), ``rday`` its report's day; ``link_lo``/
# ``link_hi`` the days a plan may be carried out in, or an act was done in (NULL: it links to nothing).
# A kept view meets a probe (a new event's key) where ``same_happening`` could hold between them: their
# spans overlap (an event with no date of its own spans the window before its report, so an undated probe
# meets only the happenings of its last days), and unless one date is pinned their reports are at most
# ``?`` days apart.
_MEETS = (
    "(v.pinned IS NULL OR ((v.day_lo IS NULL OR q.hi IS NULL OR v.day_lo <= q.hi) "
    "AND (v.day_hi IS NULL OR q.lo IS NULL OR q.lo <= v.day_hi) "
    "AND (v.pinned OR q.pinned OR v.rday IS NULL OR q.rday IS NULL OR abs(v.rday - q.rday) <= ?)))"
)
KEY_COLUMNS = ("day_lo", "day_hi", "pinned", "rday", "link_lo", "link_hi")
"""The time key's columns, after the six of a row :meth:`HappeningsMixin.write_happenings` keeps."""

# The per-pair counts with the changes in ``_d`` (a key and a signed count: minus the replaced edges,
# plus the new) added: only the changed keys' rows are read and written, never every edge; a key
# whose count falls to nothing is dropped, as counting the edges afresh would not have it.
_SAME_KEY = (
    "c.a = d.a AND c.b = d.b AND c.folded = d.folded AND c.month IS NOT DISTINCT FROM d.month "
    "AND c.type IS NOT DISTINCT FROM d.type AND c.status IS NOT DISTINCT FROM d.status"
)
_ADD_PAIR_COUNTS = f"""
    CREATE OR REPLACE TEMP TABLE _pair_counts AS
        SELECT a, b, folded, month, type, status, sum(n)::BIGINT AS n FROM (
            SELECT c.* FROM happening_pair_counts c SEMI JOIN _d d ON {_SAME_KEY}
            UNION ALL SELECT a, b, folded, month, type, status, n FROM _d
        ) GROUP BY ALL HAVING sum(n) <> 0;
    DELETE FROM happening_pair_counts c USING _d d WHERE {_SAME_KEY};
    INSERT INTO happening_pair_counts SELECT * FROM _pair_counts;
    DROP TABLE _pair_counts;
"""
# the summary rows of the edges (pairs) with changes in ``_d``, summed up again from their rows alone
_RESUM_EDGES = f"""
    CREATE OR REPLACE TEMP TABLE _t AS SELECT DISTINCT a, b, folded FROM _d;
    DELETE FROM happening_edge_summary s USING _t t WHERE s.a = t.a AND s.b = t.b AND s.folded = t.folded;
    INSERT INTO happening_edge_summary SELECT {_EDGE_SUMMARY} FROM happening_edges e
        SEMI JOIN _t t ON e.a = t.a AND e.b = t.b AND e.folded = t.folded GROUP BY a, b, folded;
    DROP TABLE _t;
"""
# the per type and month rows with edges replaced or added (their keys in ``_bk``), summed up again from
# their edges alone (a busy pair's other months are not read again)
_SAME_BUCKET = (
    "s.a = k.a AND s.b = k.b AND s.folded = k.folded AND s.type IS NOT DISTINCT FROM k.type "
    "AND s.bucket IS NOT DISTINCT FROM k.bucket"
)
_RESUM_BUCKETS = f"""
    DELETE FROM happening_edge_buckets s USING _bk k WHERE {_SAME_BUCKET};
    INSERT INTO happening_edge_buckets SELECT {_EDGE_BUCKET} FROM happening_edges e
        SEMI JOIN _bk k ON e.a = k.a AND e.b = k.b AND e.folded = k.folded AND e.type IS NOT DISTINCT FROM k.type
        AND {_BUCKET} IS NOT DISTINCT FROM k.bucket {_EDGE_BUCKET_GROUP};
"""
# an edge's key in the per-pair counts, and how many edges share it
_PAIR_KEY = "a, b, folded, left(hday, 7), type, status, count(*)"
FILL_PAIR_COUNTS = f"INSERT INTO happening_pair_counts SELECT {_PAIR_KEY} FROM happening_edges GROUP BY ALL"
"""SQL that counts every kept edge per pair afresh, for a store whose edges were written directly
(the pages benchmark's copies); the counts table must be empty first."""
FILL_EDGE_SUMMARY = (
    f"INSERT INTO happening_edge_summary SELECT {_EDGE_SUMMARY} FROM happening_edges GROUP BY a, b, folded"
)
"""SQL that sums up every kept edge afresh (the same case); the summary table must be empty first."""
FILL_EDGE_BUCKETS = (
    f"INSERT INTO happening_edge_buckets SELECT {_EDGE_BUCKET} FROM happening_edges {_EDGE_BUCKET_GROUP}"
)
"""SQL that sums up every kept edge per type and month afresh (the same case); the table must be empty first."""
FILL_ENTITY_SUMMARY = (
    f"INSERT INTO happening_entity_summary SELECT {_ENTITY_SUMMARY} FROM happening_index GROUP BY entity_id"
)
"""SQL that sums up every entity's kept happenings afresh (the same case); the table must be empty first."""


WRITE_SLICE = 1024
"""Happenings written by one statement of :meth:`HappeningsMixin.write_happenings` (one transaction)."""


class HappeningsMixin(StoreBase):
    """Kept happenings, the events they hold and their read model."""

    def unmerged_events(self) -> list[tuple[str, int, Any]]:
        """``(doc_id, idx, Event)`` of the stored events no happening holds yet, in the order
        :meth:`iter_events` gives (date, then document).
        """
        from ..model import Event

        cur = self.con.execute(
            "SELECT e.doc_id, e.idx, e.event FROM events e ANTI JOIN happening_events h ON e.doc_id = h.doc_id "
            "AND e.idx = h.idx ORDER BY e.sort_key, e.doc_id, e.idx"
        )
        return [(d, i, Event.from_dict(json.loads(p))) for d, i, p in cur.fetchall()]

    def happening_views(
        self, blocks: list[str], probes: list[tuple[str, str | None, str | None, bool, Any]] | None = None,
        window: int = 0,
    ) -> list[tuple[str, str, Any, list[str]]]:  # fmt: skip
        """``(event_id, block, merged Event, doc ids)`` of the happenings in these merge blocks, in
        the order they were first told.

        ``probes``: only those a probe ``(block, day_lo, day_hi, pinned, report day)`` (a new event's
        time key, ``relations.time_key``) meets: spans that overlap and, unless either date is pinned,
        reports at most ``window`` days apart (happenings kept without a key always). ``None``: every
        happening of the blocks.
        """
        import pyarrow as pa

        from ..model import Event

        if not blocks:
            return []
        where = "h.block IN (SELECT unnest(?))"
        params: list[Any] = [blocks]
        if probes is not None:
            if not probes:
                return []
            self.con.register("_q", pa.table(
                {k: [p[i] for p in probes] for i, k in enumerate(("block", "lo", "hi", "pinned", "rday"))},
                schema=pa.schema([("block", pa.string()), ("lo", pa.string()), ("hi", pa.string()),
                                  ("pinned", pa.bool_()), ("rday", pa.date32())])))  # fmt: skip
            # the blocks' kept keys, matched against the probes of the same block; only the views met are read
            where = f"h.event_id IN (SELECT v.event_id FROM happenings v JOIN _q q ON v.block = q.block WHERE {_MEETS})"
            params = [window]
        try:
            # the order they were made in: by their first event in iter_events order
            cur = self.con.execute(
                "SELECT h.event_id, h.block, h.view, list(DISTINCT he.doc_id) FROM happenings h "
                "JOIN happening_events he ON he.event_id = h.event_id "
                "JOIN events e ON e.doc_id = he.doc_id AND e.idx = he.idx "
                f"WHERE {where} GROUP BY h.event_id, h.block, h.view "
                "ORDER BY min(e.sort_key || chr(1) || e.doc_id || chr(1) || lpad(CAST(e.idx AS VARCHAR), 8, '0'))",
                params,
            )
            return [(e, b, Event.from_dict(json.loads(v)), list(d)) for e, b, v, d in cur.fetchall()]
        finally:
            if probes is not None:
                self.con.unregister("_q")

    def happenings_linking(
        self, probes: list[tuple[str, str, Any, Any]], known: list[str]
    ) -> list[tuple[str, str, Any]]:
        """``(event_id, block, merged Event)`` of the kept happenings (none of
        ``known``) that a probe ``(block, status, first day, last day)`` meets: of that block and status
        (``planned``, ``occurred``), the days they may be carried out in or were done in overlapping the
        probe's (happenings kept without a key always, whatever their status).
        """
        import pyarrow as pa

        from ..model import Event

        if not probes:
            return []
        self.con.register("_q", pa.table(
            {k: [p[i] for p in probes] for i, k in enumerate(("block", "status", "lo", "hi"))},
            schema=pa.schema([("block", pa.string()), ("status", pa.string()), ("lo", pa.date32()),
                              ("hi", pa.date32())])))  # fmt: skip
        try:
            cur = self.con.execute(
                "SELECT h.event_id, h.block, h.view FROM happenings h WHERE h.event_id IN ("
                "  SELECT v.event_id FROM happenings v JOIN _q q ON v.block = q.block WHERE v.pinned IS NULL "
                "  OR (v.status = q.status AND v.link_lo <= q.hi AND q.lo <= v.link_hi)) "
                "AND h.event_id NOT IN (SELECT unnest(?)) ORDER BY h.event_id",
                [known],
            )
            return [(e, b, Event.from_dict(json.loads(v))) for e, b, v in cur.fetchall()]
        finally:
            self.con.unregister("_q")

    def happening_occurrences(self, event_ids: list[str]) -> dict[str, list[tuple[str, int, Any]]]:
        """The ``(doc_id, idx, Event)`` each of these happenings holds, in the order they joined it."""
        from ..model import Event

        if not event_ids:
            return {}
        cur = self.con.execute(
            "SELECT he.event_id, e.doc_id, e.idx, e.event FROM happening_events he JOIN events e "
            "ON e.doc_id = he.doc_id AND e.idx = he.idx WHERE he.event_id IN (SELECT unnest(?)) "
            "ORDER BY he.event_id, e.sort_key, e.doc_id, e.idx", [event_ids]
        )
        out: dict[str, list[tuple[str, int, Any]]] = {}
        for eid, d, i, p in cur.fetchall():
            out.setdefault(eid, []).append((d, i, Event.from_dict(json.loads(p))))
        return out

    def write_happenings(self, rows: Iterable[tuple[Any, ...]],
                         members: list[tuple[str, int, str]], setting: tuple[str, str] | None = None,
                         edges: list[tuple[str, str, str, bool, str | None]] | None = None) -> None:  # fmt: skip
        """Store happenings ``(event_id, block, sort_key, view, record, brief)``, each with its time key
        after them where given (:data:`KEY_COLUMNS`; a row without one is always read for merging),
        replacing those with the same id, their read model with them, which stored events they hold ``(doc_id, idx,
        event_id)`` and the graph edges they make ``(event_id, a, b, folded, day)``, in one
        transaction; the per-pair counts change by the edges replaced and added.

        ``rows`` may be an iterator that builds them as it goes (reading the store, not the tables
        written here): each slice is written and let go before the next is built. The edges are
        read once the rows are done, so such an iterator may add to ``edges`` as it goes.
        """
        failed: list[Exception] = []

        def built() -> Iterator[tuple[Any, ...]]:
            try:
                yield from rows
            except Exception as exc:  # rolled back, then raised as itself, not as a failed write
                failed.append(exc)
                raise

        try:
            self._write_happenings(built(), members, setting, edges)
        except StoreError:
            if failed:
                raise failed[0] from None
            raise

    def _write_happenings(self, rows: Iterator[tuple[Any, ...]],
                          members: list[tuple[str, int, str]], setting: tuple[str, str] | None,
                          edges: list[tuple[str, str, str, bool, str | None]] | None) -> None:  # fmt: skip
        import pyarrow as pa

        delta: list[tuple[Any, ...]] = []  # (a, b, folded, month, type, status, signed count)
        bkeys: list[tuple[Any, ...]] = []  # (a, b, folded, type, bucket) of the edges replaced and added
        removed: list[tuple[str, str, str]] = []
        added: list[tuple[str, str, str]] = []
        wrote = False
        with self._transaction() as con:
            # a slice of rows at a time, each row's read model (its type, day and status columns and its
            # index rows) taken from its export record here, as the row is inserted: DuckDB reading the
            # records (JSON) and updating the rows just inserted raised the process's memory until the
            # commit with the pass's size (5,000 articles' 9,487 happenings: about 450 MB in those two
            # statements, bench/README.md); the same rows, index rows and counts
            while part := list(islice(rows, WRITE_SLICE)):
                wrote = True
                names = ("event_id", "block", "sort_key", "view", "record", "brief", *KEY_COLUMNS, *MODEL_COLUMNS)
                types = [pa.string()] * 8 + [pa.bool_(), pa.date32(), pa.date32(), pa.date32()] + [pa.string()] * 3
                index: dict[tuple[str, str], list[Any]] = {}
                model = []
                for r in part:
                    typ, day, status, involved = read_model(r[4])
                    model.append((typ, day, status))
                    for ent, acts in involved:
                        # one index row per happening and entity: acting wherever it acts (bool_or)
                        if (r[0], ent) in index:
                            index[r[0], ent][2] |= acts
                        else:
                            index[r[0], ent] = [r[0], ent, acts, r[2], day, typ, status]
                full = [(*r[:6], *(r[6 + i] if 6 + i < len(r) else None for i in range(len(KEY_COLUMNS))), *m)
                        for r, m in zip(part, model, strict=True)]  # fmt: skip
                con.register("_h", pa.table({k: [r[i] for r in full] for i, k in enumerate(names)},
                                            schema=pa.schema(list(zip(names, types, strict=True)))))  # fmt: skip
                del full, model
                con.execute("DELETE FROM happenings WHERE event_id IN (SELECT event_id FROM _h)")
                # the index rows replaced and added change the entities' summaries
                removed += con.execute("DELETE FROM happening_index WHERE event_id IN (SELECT event_id FROM _h) "
                                       "RETURNING entity_id, event_id, sort_key").fetchall()  # fmt: skip
                cols = ", ".join(names)
                con.execute(f"INSERT INTO happenings ({cols}) SELECT {cols} FROM _h")
                if index:
                    kinds = [(k, pa.bool_() if k == "acts" else pa.string()) for k in INDEX_COLUMNS]
                    cols_x = {k: [x[i] for x in index.values()] for i, k in enumerate(INDEX_COLUMNS)}
                    con.register("_x", pa.table(cols_x, schema=pa.schema(kinds)))
                    con.execute(f"INSERT INTO happening_index SELECT {', '.join(INDEX_COLUMNS)}, {DATED_KEY} FROM _x")
                    con.unregister("_x")
                    added += [(x[1], x[0], x[3]) for x in index.values()]
                delta += [(*k, -n) for *k, n in con.execute(
                    f"SELECT {_PAIR_KEY} FROM happening_edges WHERE event_id IN (SELECT event_id FROM _h) GROUP BY ALL"
                ).fetchall()]  # fmt: skip
                bkeys += con.execute(
                    f"SELECT DISTINCT a, b, folded, type, {_BUCKET} FROM happening_edges "
                    "WHERE event_id IN (SELECT event_id FROM _h)"
                ).fetchall()
                con.execute("DELETE FROM happening_edges WHERE event_id IN (SELECT event_id FROM _h)")
                con.unregister("_h")
            if wrote:
                _update_entity_summaries(con, removed, added)
            if edges:
                con.register("_e", pa.table({k: [e[i] for e in edges]
                                             for i, k in enumerate(("event_id", "a", "b", "folded", "day"))},
                                            schema=pa.schema([("event_id", pa.string()), ("a", pa.string()),
                                                              ("b", pa.string()), ("folded", pa.bool_()),
                                                              ("day", pa.string())])))  # fmt: skip
                con.execute(
                    "INSERT INTO happening_edges SELECT e.event_id, e.a, e.b, e.folded, e.day, h.sort_key, h.type, "
                    "h.status, h.day FROM _e e JOIN happenings h ON h.event_id = e.event_id"
                )
                # the same join as the edges kept, so the counts add exactly the rows inserted
                delta += con.execute(
                    "SELECT e.a, e.b, e.folded, left(h.day, 7), h.type, h.status, count(*) "
                    "FROM _e e JOIN happenings h ON h.event_id = e.event_id GROUP BY ALL"
                ).fetchall()
                bkeys += con.execute(
                    f"SELECT DISTINCT e.a, e.b, e.folded, h.type, {_BUCKET.replace('sort_key', 'h.sort_key')} "
                    "FROM _e e JOIN happenings h ON h.event_id = e.event_id"
                ).fetchall()
                con.unregister("_e")
            if delta:
                con.register("_d", pa.table(
                    {k: [d[i] for d in delta] for i, k in enumerate(("a", "b", "folded", "month", "type", "status",
                                                                     "n"))},
                    schema=pa.schema([("a", pa.string()), ("b", pa.string()), ("folded", pa.bool_()),
                                      ("month", pa.string()), ("type", pa.string()), ("status", pa.string()),
                                      ("n", pa.int64())])))  # fmt: skip
                con.execute(_ADD_PAIR_COUNTS)
                con.execute(_RESUM_EDGES)
                con.unregister("_d")
            if bkeys:
                keys = list(dict.fromkeys(bkeys))
                con.register("_bk", pa.table(
                    {k: [x[i] for x in keys] for i, k in enumerate(("a", "b", "folded", "type", "bucket"))},
                    schema=pa.schema([("a", pa.string()), ("b", pa.string()), ("folded", pa.bool_()),
                                      ("type", pa.string()), ("bucket", pa.string())])))  # fmt: skip
                con.execute(_RESUM_BUCKETS)
                con.unregister("_bk")
            if members:
                con.register("_m", pa.table({"doc_id": [m[0] for m in members], "idx": [m[1] for m in members],
                                             "event_id": [m[2] for m in members]}))  # fmt: skip
                con.execute("INSERT OR REPLACE INTO happening_events SELECT doc_id, idx, event_id FROM _m")
                con.unregister("_m")
            if setting is not None:
                con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", list(setting))

    def clear_happenings(self) -> None:
        """Forget every happening (the next update merges all events again).

        Each table is dropped and made again as the catalog has it (columns, keys, indexes): a
        ``DELETE`` of every row loads every block of the tables' indexes, which DuckDB cannot evict
        (at a million articles it ran out of an ingest's 384 MB cache after 15 s; this takes 0.4 s).
        """
        with self._transaction() as con:
            for table in ("happening_events", "happening_index", "happening_edges", "happening_pair_counts",
                          "happening_edge_summary", "happening_edge_buckets", "happening_entity_summary",
                          "happenings"):  # fmt: skip
                _empty(con, table)

    def happenings_complete(self) -> bool:
        """Whether every stored event is in a kept happening and the read model exists (a
        database from before migrations 8 and 10, opened read-only, has neither).
        """
        import duckdb

        try:
            self.con.execute("SELECT 1 FROM happening_index LIMIT 1").fetchall()
            # stored events are never removed and a happening holds only stored ones, each once (its key is
            # the event's), so equal counts say that every event is held, without joining every event
            row = self.con.execute(
                "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM happening_events)"
            ).fetchone()
        except duckdb.CatalogException:
            return False
        return row is not None and row[0] == row[1]

    def find_happenings(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, types: list[str] | None = None,
        status: str | None = None, since: str | None = None, until: str | None = None, doc_ids: list[str] | None = None,
        event_ids: list[str] | None = None, order: str = "sort", newest_first: bool = False, limit: int | None = None,
        offset: int = 0, brief: bool = False, latest_day: str | None = None,
    ) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
        """Kept happenings' export rows (``brief``: as lists show them, ``relations.brief_record``)
        that match every filter given, one page of them, and how many match: the rows of
        :meth:`find_happening_ids`'s ids (its arguments).
        """
        ids, total = self.find_happening_ids(
            involving=involving, acting=acting, types=types, status=status, since=since, until=until, doc_ids=doc_ids,
            event_ids=event_ids, order=order, newest_first=newest_first, limit=limit, offset=offset,
            latest_day=latest_day,
        )
        return (self.happening_rows(ids, brief) if ids else []), total

    def find_happening_ids(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, types: list[str] | None = None,
        status: str | None = None, since: str | None = None, until: str | None = None, doc_ids: list[str] | None = None,
        event_ids: list[str] | None = None, order: str = "sort", newest_first: bool = False, limit: int | None = None,
        offset: int = 0, latest_day: str | None = None,
    ) -> tuple[list[str], int]:  # fmt: skip
        """The event ids of the kept happenings that match every filter given, one page of them in
        order, and how many match.

        Args:
            involving: Entity ids the happening must all involve: as an actor, the country an actor
                acts for, or its place.
            acting: Entity ids that must all be an actor of the happening or the country one acts for.
            types: PLOVER types, any of them.
            status: ``occurred``, ``planned``, ... (a row without a modality occurred).
            since: Only happenings whose day is on or after this ISO day (an undated one is left out).
            until: Only happenings whose day is on or before this ISO day.
            doc_ids: Only happenings some of these documents report.
            event_ids: Only these happenings.
            order: ``sort`` (``sort_key``, then id) or ``day`` (the day, undated first, then id).
            newest_first: Reverse the order.
            limit: At most this many rows (all when ``None``).
            offset: Rows to skip.
            latest_day: The latest day of any kept happening (:meth:`latest_happening_day`), where known: a
                page by day, newest first, is then looked for among the latest days first (the same rows).
        """
        if (involving and len(involving) == 1 and not (acting or types or status or since or until or doc_ids
                or event_ids) and order == "sort" and newest_first and limit is not None
                and offset + limit <= ENTITY_IDS):  # fmt: skip
            # an entity's latest page and count, as its summary keeps them (India's page at 1M: 158 -> 83 CPU ms)
            found = self._entity_page(involving[0], limit, offset)
            if found is not None:
                return found
        table, cond, params = _happening_where(involving, acting, types, status, since, until, doc_ids, event_ids)
        # a plain filter counted as count_if: DuckDB 1.5 counts a pushed-down string filter over a
        # compressed column far slower (India's rows at 1M: 105 ms against 9 ms), as it answers a
        # lone equality through the index; a pair's edge filters (three) are counted faster pushed down
        if table == "happening_edges" and not since and not until:
            # a pair's count from its per-month counts (they carry type and status, not the day)
            counted = f"SELECT coalesce(sum(n), 0) FROM happening_pair_counts WHERE {cond}"
        elif "SELECT" not in cond and table != "happening_edges":
            counted = f"SELECT count_if({cond}) FROM {table}"
        else:
            counted = f"SELECT count(*) FROM {table} WHERE {cond}"
        row = self.con.execute(counted, params).fetchone()
        total = int(row[0]) if row else 0
        if (table == "happening_edges" and not (types or status or since or until) and order == "sort"
                and newest_first and limit is not None and offset + limit <= SUMMARY_IDS):  # fmt: skip
            # a pair of countries' latest page: the first ids its edge's summary keeps, in the same order
            # (India-Russia at 1M: 65 -> 1 CPU ms, against sorting its 127k edges)
            row = self.con.execute(
                "SELECT ids FROM happening_edge_summary WHERE folded AND a = ? AND b = ?", params
            ).fetchone()
            return (list(row[0])[offset : offset + limit] if row else []), total
        key = "sort_key" if order == "sort" else f"coalesce({_day(table)}, '')"
        direction = "DESC" if newest_first else "ASC"
        if order == "day" and newest_first and limit is not None and limit > 0 and latest_day:
            newest = self._newest_by_day(table, cond, params, latest_day, limit, offset)
            if newest is not None:
                return newest, total
        page = (
            f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None
            else (f" OFFSET {int(offset)}" if offset else "")
        )  # fmt: skip
        # the page's ids first, then their rows: ordering never reads the large record column
        ids = [r[0] for r in self.con.execute(
            f"SELECT event_id FROM {table} WHERE {cond} ORDER BY {key} {direction}, event_id {direction}{page}", params
        ).fetchall()]  # fmt: skip
        return ids, total

    def _newest_by_day(
        self, table: str, cond: str, params: list[Any], latest_day: str, limit: int, offset: int
    ) -> list[str] | None:
        """The ids of a page by day, newest first (then by id), of the rows of ``table`` matching ``cond``,
        read from the last :data:`NEWEST_DAYS` days before ``latest_day`` in turn: the first stretch that
        holds a full page (``offset + limit`` rows) gives it, since every row of a day in it ranks before
        every row of an earlier day or none. ``None``: no stretch holds one (the caller sorts every row).

        The day filter skips the rows of other days (at 1M articles the latest 250 of Russia's 251k rows
        23 CPU ms against 205, of all 2.3M happenings 9 against 58); a busy filter's page lies in days.
        """
        import datetime as dt

        try:
            last = dt.date.fromisoformat(latest_day[:10])
        except ValueError:
            return None
        day = _day(table)
        for days in NEWEST_DAYS:
            try:
                since = (last - dt.timedelta(days=days)).isoformat()
            except OverflowError:
                return None
            ids = [r[0] for r in self.con.execute(
                f"SELECT event_id FROM {table} WHERE {cond} AND {day} >= ? "
                f"ORDER BY coalesce({day}, '') DESC, event_id DESC LIMIT {int(limit)} OFFSET {int(offset)}",
                [*params, since]).fetchall()]  # fmt: skip
            if len(ids) == limit:
                return ids
        return None

    def latest_happening_day(self) -> str | None:
        """The latest day of any kept happening (``None``: none has a day)."""
        row = self.con.execute("SELECT max(day) FROM happenings").fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def _entity_page(self, entity_id: str, limit: int, offset: int) -> tuple[list[str], int] | None:
        """:meth:`find_happening_ids` of the happenings involving ``entity_id``, newest first, from its kept
        summary; ``None`` where the store keeps none (a database from before migration 19 opened read-only).
        """
        import duckdb

        try:
            row = self.con.execute("SELECT n, ids FROM happening_entity_summary WHERE entity_id = ?",
                                   [entity_id]).fetchone()  # fmt: skip
        except duckdb.CatalogException:
            return None
        if row is None:
            return [], 0
        n, kept = int(row[0]), list(row[1])
        if offset + limit > len(kept) and len(kept) < n:
            return None  # the summary keeps fewer than the page needs: the index answers
        return kept[offset : offset + limit], n

    def happening_rows(self, ids: list[str], brief: bool = False) -> list[dict[str, Any]]:
        """The export rows (``brief``: list rows) of these kept happenings, in this order (unknown ids
        left out).
        """
        got = _by_key(
            self.con, f"SELECT event_id, {'brief' if brief else 'record'} FROM happenings WHERE event_id", ids
        )
        return [json.loads(got[i]) for i in ids if i in got]

    def happening_edge_counts(
        self, folded: bool, since: str | None = None, until: str | None = None, types: list[str] | None = None
    ) -> list[tuple[str, str, int, dict[str, int], str | None, str | None, list[str]]]:
        """The relation graph over the kept happenings whose ``sort_key`` lies in ``[since, until]``
        (an undated one only without a range) and of ``types``: per edge ``(a, b, events, events by
        type, first day, last day, the ids of its latest EDGE_EVENT_IDS events, newest first)``; a
        node is an edge with ``a == b``. ``folded``: actors folded into their countries.
        """
        if not (since or until or types):
            whole = self._whole_graph(folded)
            if whole is not None:
                return whole
        else:
            summed = self._bucket_graph(folded, since, until, types)
            if summed is not None:
                return summed
        where: list[str] = ["folded = ?"]
        params: list[Any] = [folded]
        if since or until:
            where.append("sort_key NOT IN ('9999', '')")
        if since:
            where.append("sort_key >= ?")
            params.append(since)
        if until:
            # the first bound is implied by the second; unlike it, the column's min/max skip the row groups
            # written after the range
            where.append("sort_key < ? AND left(sort_key, 10) <= ?")
            params += [until + "\U0010ffff", until]
        if types:
            where.append("type IN (SELECT unnest(?))")
            params.append(list(types))
        cond = " AND ".join(where)
        # one scan, grouped by edge and type, summed up per edge here (two grouped scans before: 1M articles'
        # year of edges 185 -> 105 CPU ms); bounded aggregates only (never a list of every event of an edge)
        return _edge_rows(self.con.execute(
            f"SELECT a, b, type, count(*), min(day), max(day), max((sort_key, event_id), {EDGE_EVENT_IDS}) "
            f"FROM happening_edges WHERE {cond} GROUP BY ALL",
            params,
        ).fetchall())  # fmt: skip

    def _bucket_graph(
        self, folded: bool, since: str | None, until: str | None, types: list[str] | None
    ) -> list[tuple[str, str, int, dict[str, int], str | None, str | None, list[str]]] | None:
        """:meth:`happening_edge_counts` of a range or of types, summed from the edges' rows per type and month
        (``happening_edge_buckets``) where the range holds each such row's edges all or none (a range of whole
        months, or no range); ``None`` where a row lies across a bound of the range (or the store keeps no such
        rows: a database from before migration 22 opened read-only): the caller scans the edges then.
        """
        import duckdb

        where = ["folded = $folded"]
        named: dict[str, Any] = {"folded": folded}
        # a row's edges all lie in the range where its first and last key do (a key up to the last key is cut
        # to a day up to the last key's day); none does where its last key is before it or its first after it
        inside, outside = ["true"], ["false"]
        if since or until:
            where.append("lo NOT IN ('9999', '') AND hi NOT IN ('9999', '')")
        if since:
            inside.append("lo >= $since")
            outside.append("hi < $since")
            named["since"] = since
        if until:
            inside.append("hi < $until_hi AND left(hi, 10) <= $until")
            outside.append("lo >= $until_hi OR left(lo, 10) > $until")
            named["until"], named["until_hi"] = until, until + "\U0010ffff"
        if types:
            where.append("type IN (SELECT unnest($types))")
            named["types"] = list(types)
        rows = f"FROM happening_edge_buckets WHERE {' AND '.join(where)} AND NOT ({' OR '.join(outside)})"
        try:
            across = self.con.execute(f"SELECT count_if(NOT ({' AND '.join(inside)})) {rows}", named).fetchone()
        except duckdb.CatalogException:
            return None
        if across is None or across[0]:
            return None  # a row lies across a bound: its edges are scanned
        # per edge and type its rows' sums, and which rows hold its latest events: its latest rows, as many as
        # hold that many events (rows of one edge and type never share a key: a month's days, or one key that
        # is not a day); only those rows' event lists are read (reading every row's: 2 s at 1M articles)
        sums: dict[tuple[str, str, str | None], list[Any]] = {}
        needed: set[tuple[str, str, str | None, str | None]] = set()
        for a, b, t, bucket, n, lo, hi, later in self.con.execute(
            "SELECT a, b, type, bucket, n, first, last, sum(n) OVER (PARTITION BY a, b, type ORDER BY hi DESC "
            f"ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - n {rows}", named).fetchall():  # fmt: skip
            e = sums.setdefault((a, b, t), [0, None, None, []])
            e[0] += int(n)
            e[1] = lo if e[1] is None or (lo is not None and lo < e[1]) else e[1]
            e[2] = hi if e[2] is None or (hi is not None and hi > e[2]) else e[2]
            if later < EDGE_EVENT_IDS:
                needed.add((a, b, t, bucket))
        buckets = sorted({k[3] for k in needed if k[3] is not None})
        cond = "bucket IN (SELECT unnest(?))" + (" OR bucket IS NULL" if any(k[3] is None for k in needed) else "")
        for a, b, t, bucket, ids in self.con.execute(
            f"SELECT a, b, type, bucket, ids FROM happening_edge_buckets WHERE folded = ? AND ({cond})",
            [folded, buckets],
        ).fetchall():  # fmt: skip
            if (a, b, t, bucket) in needed:
                sums[(a, b, t)][3] += [(x["k"] or "", x["id"]) for x in ids]
        return _edge_rows([(a, b, t, n, lo, hi, sorted(latest, reverse=True)[:EDGE_EVENT_IDS])
                           for (a, b, t), (n, lo, hi, latest) in sums.items()])  # fmt: skip

    def _whole_graph(
        self, folded: bool
    ) -> list[tuple[str, str, int, dict[str, int], str | None, str | None, list[str]]] | None:
        """:meth:`happening_edge_counts` without filters, read from the kept edge summaries and the
        per-pair counts (one row per edge, never every edge); ``None`` where the store has no summaries
        (a database from before migration 17 opened read-only).
        """
        import duckdb

        try:
            rows = self.con.execute(
                "SELECT a, b, n, first, last, ids FROM happening_edge_summary WHERE folded = ? ORDER BY a, b", [folded]
            ).fetchall()
        except duckdb.CatalogException:
            return None
        by_type: dict[tuple[str, str], dict[str, int]] = {}
        for a, b, t, n in self.con.execute(
            "SELECT a, b, type, sum(n) FROM happening_pair_counts WHERE folded = ? GROUP BY ALL", [folded]
        ).fetchall():
            by_type.setdefault((a, b), {})[t] = int(n)
        return [(a, b, int(n), by_type.get((a, b), {}), lo, hi, list(ids)[:EDGE_EVENT_IDS])
                for a, b, n, lo, hi, ids in rows]  # fmt: skip

    def happening_month_counts(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, since: str | None = None,
        until: str | None = None,
    ) -> tuple[dict[tuple[str, str], int], dict[str, int]]:  # fmt: skip
        """For the happenings :meth:`find_happenings` would give: those that occurred, by month of
        their day and type, and those without a day, by type.
        """
        table, cond, params = _happening_where(involving, acting, None, None, since, until, None, None)
        day = _day(table)
        query = (
            f"SELECT left({day}, 7), type, count(*) FROM {table} "
            f"WHERE {cond} AND ({day} IS NULL OR status = 'occurred') GROUP BY ALL"
        )
        if table == "happening_edges" and not since and not until:
            # a pair's edges already counted by month (of the happening's day), type and status
            query = (
                "SELECT month, type, sum(n) FROM happening_pair_counts "
                f"WHERE {cond} AND (month IS NULL OR status = 'occurred') GROUP BY ALL"
            )
        months: dict[tuple[str, str], int] = {}
        undated: dict[str, int] = {}
        # one pass: by month where dated and occurred, by type where undated
        for month, typ, n in self.con.execute(query, params).fetchall():
            if month is None:
                undated[typ] = undated.get(typ, 0) + int(n)
            else:
                months[(month, typ)] = int(n)
        return months, undated

    def happening_type_counts(self) -> dict[str, int]:
        """Kept happenings by PLOVER type."""
        cur = self.con.execute("SELECT type, count(*) FROM happenings GROUP BY type ORDER BY type")
        return {t: int(n) for t, n in cur.fetchall()}

    def happenings_sharing(
        self, entity_ids: list[str], exclude: str, day: str | None, limit: int, brief: bool = False,
        window: tuple[str, str] | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Other kept happenings that involve two of ``entity_ids``, or one that is not a country,
        most shared first, then nearest to ``day`` (an ISO day; rows without one come last), then by
        id; ``window``: only those whose sort key lies in ``[first, last]`` (ISO days), so a busy
        country's events are read for that stretch of the archive only.

        A busy actor's year holds hundreds of thousands of rows: the days within
        :data:`SHARING_NEAR_DAYS` of ``day`` are read first, and they are the answer when ``limit``
        of them share every one of ``entity_ids`` (no other happening can rank before those), else
        the whole window is read. Each read is of the happenings where one of ``entity_ids`` that is not
        a country acts when fewer than two are countries (sharing one country alone is not enough);
        else each is looked for first among the happenings where the one of them in the fewest
        happenings acts (every happening sharing them all is one of those). Without a window, for an
        event without a day (every other is then as far from it), the happenings whose ids sort below
        each of :data:`SHARING_LOW_IDS` are read first in turn, the same way: a full page of them that
        share every one of ``entity_ids`` is the answer (any other has a higher id). Either way the
        answer is the whole window's.
        """
        wanted = len(set(entity_ids))
        near = _near(day, window, SHARING_NEAR_DAYS)
        # a happening that shares them all has a row of the one of them in the fewest happenings: a span's
        # answer is first looked for among the happenings where that one acts, which are far fewer than a
        # busy country's, and they answer when ``limit`` of them share them all (none can rank before those)
        countries = {e for e in entity_ids if e.startswith("country:")}
        only = None
        if len(countries) < 2:
            # sharing one country alone is not enough: every answer has a row of one of the others
            only = sorted(set(entity_ids) - countries)
            if not only:
                return []
        rare = self._fewest_happenings(entity_ids) if wanted >= 2 and only is None else None
        # each read: (the span of days, the ids below which, whether it is the last): the near days, then the
        # window; without a window, where the event has no day (every other is as far), the lowest ids first
        reads: list[tuple[tuple[str, str] | None, str | None, bool]] = [(window, None, True)]
        if near is not None:
            reads.insert(0, (near, None, False))
        elif window is None and self._undated(day):
            reads[:0] = [(None, below, False) for below in SHARING_LOW_IDS]
        for span, below, last in reads:
            if rare is not None:
                found = self._sharing(entity_ids, exclude, day, limit, span, [rare], below)
                final = last or below is not None or found[-1][2] <= SHARING_NEAR_DAYS if found else last
                if len(found) == limit and found[-1][1] == wanted and final:
                    return self.happening_rows([f[0] for f in found], brief)
                if not last:  # the near days' (low ids') whole answer would be among those found: not final either
                    continue
            found = self._sharing(entity_ids, exclude, day, limit, span, only, below)
            # final when the last of a full page shares them all and lies within the near days (or has a low
            # id, all being as far): any happening outside them is farther (or as far, with a higher id), and
            # none shares more
            if last or (len(found) == limit and found[-1][1] == wanted
                        and (below is not None or found[-1][2] <= SHARING_NEAR_DAYS)):  # fmt: skip
                return self.happening_rows([f[0] for f in found], brief)
        return []  # (never reached: the whole window always answers)

    def _undated(self, day: str | None) -> bool:
        """Whether ``day`` is no day for :meth:`_sharing` (every happening is then as far from it)."""
        if day is None:
            return True
        row = self.con.execute("SELECT try_cast(? AS DATE) IS NULL", [day]).fetchone()
        return bool(row and row[0])

    def _fewest_happenings(self, entity_ids: list[str]) -> str | None:
        """The one of ``entity_ids`` in the fewest kept happenings (its summary's count; one without
        a summary is in none), or ``None`` unless it is in at most :data:`FEWEST_SHARE` of the
        others' (reading its happenings first would then save little: two busy countries).
        """
        counts = dict(self.con.execute(
            "SELECT entity_id, n FROM happening_entity_summary WHERE entity_id IN (SELECT unnest(?))",
            [list(entity_ids)]).fetchall())  # fmt: skip
        ids = sorted(set(entity_ids))
        rare = min(ids, key=lambda e: counts.get(e, 0))
        others = sum(counts.get(e, 0) for e in ids if e != rare)
        return rare if counts.get(rare, 0) <= FEWEST_SHARE * others else None

    def _sharing(
        self, entity_ids: list[str], exclude: str, day: str | None, limit: int, window: tuple[str, str] | None,
        within: list[str] | None = None, below: str | None = None,
    ) -> list[tuple[str, int, int]]:  # fmt: skip
        """:meth:`happenings_sharing`'s ``(event_id, entities shared, days away)`` within ``window``,
        best first (days away 1000000 where either has no day); with ``within``, only the happenings
        where one of those entities acts; with ``below``, only those whose id sorts before it.
        """
        span, params = "", [entity_ids, exclude]
        if below is not None:
            span = "AND event_id < ? "
            params.append(below)
        if window is not None:
            # the second bound is implied by the third; unlike it, the column's min/max skip row groups.
            # An undated row (key 9999) lies in no window before the year 9999, so the dated key
            # (NULL there, which the row groups' min/max leave out) gives the same rows
            key = "dated_key" if window[1] < "9999" else "sort_key"
            span += f"AND {key} >= ? AND {key} < ? AND left({key}, 10) <= ? "
            params += [window[0], window[1] + "\U0010ffff", window[1]]
        having = ""
        if within is not None and below is not None:
            # every one of ``within`` is one of ``entity_ids`` (whose acting rows in the span are grouped): a
            # group with a row of one of them is a happening where one acts, found in the one scan (a read of
            # low ids scans every row's id, and a second scan for the happenings of ``within`` doubled it:
            # India and Nepal's undated page at 1M, 140 -> 96 CPU ms)
            having = "HAVING bool_or(entity_id IN (SELECT unnest(?))) "
        elif within is not None:
            span += (f"AND event_id IN (SELECT event_id FROM happening_index WHERE entity_id IN (SELECT unnest(?)) "
                     f"AND acts {span}) ")  # fmt: skip
            params += [within, *params[2:]]
        cur = self.con.execute(
            "WITH shared AS (SELECT event_id, count(*) AS n, bool_or(NOT starts_with(entity_id, 'country:')) AS named, "
            "  any_value(sort_key) AS sort_key FROM happening_index "
            f"  WHERE entity_id IN (SELECT unnest(?)) AND acts AND event_id <> ? {span}GROUP BY event_id {having}) "
            "SELECT event_id, n, coalesce(abs(datediff('day', try_cast(left(sort_key, 10) AS DATE), "
            "  try_cast(? AS DATE))), 1000000) AS away FROM shared WHERE n >= 2 OR named "
            "ORDER BY n DESC, away, event_id LIMIT ?",
            [*params, *([within] if having else []), day, limit],
        )
        return [(e, int(n), int(a)) for e, n, a in cur.fetchall()]

    def happening_records(self) -> list[dict[str, Any]] | None:
        """Every happening's export row in date order, or ``None`` when the table is missing or
        some stored event is in no happening yet (then the caller merges itself).
        """
        import duckdb

        try:
            left = self.con.execute(
                "SELECT count(*) FROM events e ANTI JOIN happening_events h ON e.doc_id = h.doc_id AND e.idx = h.idx"
            ).fetchone()
        except duckdb.CatalogException:  # a database from before migration 8, opened read-only
            return None
        if left is None or left[0]:
            return None
        cur = self.con.execute("SELECT record FROM happenings ORDER BY sort_key, event_id")
        return [json.loads(r[0]) for r in cur.fetchall()]


def _edge_rows(
    grouped: list[tuple[Any, ...]],
) -> list[tuple[str, str, int, dict[str, int], str | None, str | None, list[str]]]:
    """Rows grouped by edge and type ``(a, b, type, events, first day, last day, latest (sort key, id))``
    summed up per edge, as :meth:`HappeningsMixin.happening_edge_counts` gives them.
    """
    edges: dict[tuple[str, str], list[Any]] = {}
    for a, b, t, n, lo, hi, latest in grouped:
        e = edges.setdefault((a, b), [0, {}, None, None, []])
        e[0] += int(n)
        e[1][t] = int(n)
        e[2] = lo if e[2] is None or (lo is not None and lo < e[2]) else e[2]
        e[3] = hi if e[3] is None or (hi is not None and hi > e[3]) else e[3]
        e[4] += [(x[0] or "", x[1]) for x in latest]
    return [
        (a, b, n, ts, lo, hi, [i for _, i in sorted(latest, reverse=True)[:EDGE_EVENT_IDS]])
        for (a, b), (n, ts, lo, hi, latest) in sorted(edges.items())
    ]


MODEL_COLUMNS = ("type", "day", "status")
"""A happening's read-model columns, taken from its export record (:func:`read_model`)."""
INDEX_COLUMNS = ("event_id", "entity_id", "acts", "sort_key", "day", "type", "status")
"""The columns of ``happening_index``, in order, but for the last, ``dated_key`` (:data:`DATED_KEY`)."""


def _json_string(value: Any) -> str | None:
    """A JSON value as SQL's ``json_extract_string`` gives it: a string as itself, null as ``None``,
    anything else as its JSON text.
    """
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_model(record: str) -> tuple[str | None, str | None, str, list[tuple[str, bool]]]:
    """A happening's read model from its export record (JSON): its type, day (``when.day``) and
    status (its modality, ``occurred`` when it has none), and the entities it involves in order,
    each with whether it acts (an actor or the country one acts for) or is only the place.
    """
    rec = json.loads(record)
    if not isinstance(rec, dict):
        rec = {}
    when = rec.get("when")
    day = _json_string(when.get("day")) if isinstance(when, dict) else None
    status = _json_string(rec.get("modality"))
    involved: list[tuple[str, bool]] = []
    actors = rec.get("actors")
    for key in ("entity_id", "affiliation"):
        for a in actors if isinstance(actors, list) else []:
            ent = _json_string(a.get(key)) if isinstance(a, dict) else None
            if ent is not None:
                involved.append((ent, True))
    place = rec.get("place")
    ent = _json_string(place.get("entity_id")) if isinstance(place, dict) else None
    if ent is not None:
        involved.append((ent, False))
    return _json_string(rec.get("type")), day, "occurred" if status is None else status, involved


def _update_entity_summaries(con: Any, removed: list[tuple[str, str, str]], added: list[tuple[str, str, str]]) -> None:
    """Bring the summaries of the entities of these index rows ``(entity_id, event_id, sort_key)``, removed
    and added in one write, up to date without reading any entity's other rows.

    A summary's ids are always the entity's latest ones, newest first (by sort key, then id): an id
    removed leaves the rest the latest; an added row joins them where the list holds every row of the
    entity or where it ranks from the list's last up, as the list stood before the write (a later one
    the list never held could rank below; the last itself, written again unchanged, stays). An entity
    whose list falls under a page while it has more rows is summed up again from its rows (rare: a
    happening that no longer involves it, among its latest hundred).
    """
    import pyarrow as pa

    by_entity: dict[str, tuple[set[str], list[tuple[str, str]]]] = {}
    for e, i, _ in removed:
        by_entity.setdefault(e, (set(), []))[0].add(i)
    for e, i, k in added:
        by_entity.setdefault(e, (set(), []))[1].append((k, i))
    if not by_entity:
        return
    kept = {e: (int(n), list(zip(keys, ids, strict=True))) for e, n, ids, keys in con.execute(
        "SELECT entity_id, n, ids, keys FROM happening_entity_summary WHERE entity_id IN (SELECT unnest(?))",
        [list(by_entity)]).fetchall()}  # fmt: skip
    out, again = [], []
    for e, (gone, new) in by_entity.items():
        n, latest = kept.get(e, (0, []))
        whole = len(latest) == n  # the list holds every row of the entity
        # the list is every row ranking from its last up, so after the write every row from there up is
        # the list's rows not removed and the added rows that rank there (a row written again unchanged
        # stays where it was: it is not dropped for being the list's last)
        last = latest[-1] if latest else None
        latest = [(k, i) for k, i in latest if i not in gone]
        n += len(new) - len(gone)
        latest += [r for r in new if whole or (last is not None and r >= last)]
        latest = sorted(latest, reverse=True)[:ENTITY_IDS]
        if len(latest) < min(n, MAX_PAGE_IDS):
            again.append(e)
        elif n > 0:
            out.append((e, n, [i for _, i in latest], [k for k, _ in latest]))
    con.execute("DELETE FROM happening_entity_summary WHERE entity_id IN (SELECT unnest(?))", [list(by_entity)])
    if out:
        con.register("_es", pa.table({"entity_id": [o[0] for o in out], "n": [o[1] for o in out],
                                      "ids": [o[2] for o in out], "keys": [o[3] for o in out]},
                                     schema=pa.schema([("entity_id", pa.string()), ("n", pa.int64()),
                                                       ("ids", pa.list_(pa.string())),
                                                       ("keys", pa.list_(pa.string()))])))  # fmt: skip
        con.execute("INSERT INTO happening_entity_summary SELECT entity_id, n, ids, keys FROM _es")
        con.unregister("_es")
    if again:
        con.execute(f"INSERT INTO happening_entity_summary SELECT {_ENTITY_SUMMARY} FROM happening_index "
                    "WHERE entity_id IN (SELECT unnest(?)) GROUP BY entity_id", [again])  # fmt: skip


# an events list by day, newest first, is looked for within these many days of the latest day in turn
NEWEST_DAYS = (31, 183, 730)
SHARING_NEAR_DAYS = 30  # related events are first looked for this many days either side of the event
# related events are first looked for among the happenings of the actor in the fewest when it is in at most this
# share of the others' (two busy countries, Russia's 244k and Pakistan's 349k at 1M: 181 -> 285 CPU ms if read
# first; China's 240k against India's 1.56M: 490 -> 329)
FEWEST_SHARE = 0.25
# an event without a day ranks the others sharing its actors by how many they share, then by id (all are as far):
# those below these ids are read first, in turn, and answer when a full page of them shares every actor (an id is
# "ev:" and 16 hex digits of a hash, so about 1/256 and 1/16 of every actor's happenings; undated event pages
# at 1M: median 175-181 -> 98-102 CPU ms a whole page)
SHARING_LOW_IDS = ("ev:01", "ev:1")


def _near(day: str | None, window: tuple[str, str] | None, days: int) -> tuple[str, str] | None:
    """The ISO days within ``days`` of ``day`` that lie in ``window``, or ``None`` without a window
    or a day.
    """
    import datetime as dt

    if window is None or day is None:
        return None
    try:
        d = dt.date.fromisoformat(day)
        lo, hi = (d - dt.timedelta(days=days)).isoformat(), (d + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None
    return max(lo, window[0]), min(hi, window[1])


def _day(table: str) -> str:
    """The column holding a happening's day in a table of the read model (an edge's ``day`` is the
    day its text gives, for the graph; ``hday`` the happening's).
    """
    return "hday" if table == "happening_edges" else "day"


def _happening_where(
    involving: list[str] | None, acting: list[str] | None, types: list[str] | None, status: str | None,
    since: str | None, until: str | None, doc_ids: list[str] | None, event_ids: list[str] | None,
) -> tuple[str, str, list[Any]]:  # fmt: skip
    """The table, WHERE condition and parameters of :meth:`Store.find_happenings`'s filters.

    With an entity to filter on, the rows are that entity's ``happening_index`` rows (they carry
    the sort key, day, type and status), so the query never scans every happening; with two
    countries that must both act, the rows are their folded ``happening_edges`` row.
    """
    ents = [(e, False) for e in involving or []] + [(e, True) for e in acting or []]
    where: list[str] = ["true"]
    params: list[Any] = []
    table = "happenings"
    pair = sorted(set(acting or []))
    if (not involving and len(acting or []) == 2 and len(pair) == 2 and doc_ids is None and event_ids is None
            and all(e.startswith("country:") for e in pair)):  # fmt: skip
        # two countries that both act: the folded edge between them (record_edges pairs every two
        # countries a happening's actors are or act for), one table's rows for that pair only
        table = "happening_edges"
        where.append("folded AND a = ? AND b = ?")
        params += pair
        ents = []
    elif ents and doc_ids is None and event_ids is None:
        table = "happening_index"
        (first, acts), ents = ents[0], ents[1:]
        where.append("entity_id = ?" + (" AND acts" if acts else ""))
        params.append(first)
    for ent, acts in ents:
        where.append(
            "event_id IN (SELECT event_id FROM happening_index WHERE entity_id = ?" + (" AND acts)" if acts else ")")
        )
        params.append(ent)
    if types:
        where.append("type IN (SELECT unnest(?))")
        params.append(list(types))
    if status:
        where.append("status = ?")
        params.append(status)
    day = _day(table)
    if since:
        where.append(f"{day} >= ?")
        params.append(since)
    if until:
        where.append(f"{day} <= ?")
        params.append(until)
    if doc_ids is not None:
        where.append("event_id IN (SELECT event_id FROM happening_events WHERE doc_id IN (SELECT unnest(?)))")
        params.append(list(doc_ids))
    if event_ids is not None:
        where.append("event_id IN (SELECT unnest(?))")
        params.append(list(event_ids))
    return table, " AND ".join(where), params
