"""The annotations of each document: entity mentions, stated roles, time expressions, events and
stated facts, written with the document and read back by document, entity or date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..model import Article, sort_key
from .base import Migration, StoreBase, _keys_in
from .rows import (
    EVENT_COLUMNS,
    FACT_COLUMNS,
    MENTION_COLUMNS,
    ROLE_COLUMNS,
    TIMEX_COLUMNS,
    _json,
    _q,
    _role_schema,
)

# Up to this many documents' mentions are read through the index on their document (a story's); more (an
# entity's latest 500, its co-occurring entities) are one scan. At 1M articles 500 documents through the index
# took 16 CPU ms warm and 150 cold, and left 150 MB of the index resident (DuckDB never evicts it: a server
# that only reads reopens its database to give it back); the scan takes 88 ms and leaves none.
INDEX_DOCS = 100

MIGRATIONS: list[Migration] = [
    (
        2,
        "entity mentions and roles",
        """
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label VARCHAR NOT NULL,
            source VARCHAR,
            kb_id VARCHAR,
            entity_id VARCHAR NOT NULL,
            canonical VARCHAR,
            title_start INTEGER,
            title_end INTEGER,
            PRIMARY KEY (doc_id, start)
        );
        CREATE INDEX mentions_entity ON mentions (entity_id);
        CREATE TABLE roles (
            doc_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            "of" VARCHAR NOT NULL,
            start INTEGER,
            "end" INTEGER,
            date DATE,
            basis VARCHAR,
            PRIMARY KEY (doc_id, entity_id, role, "of")
        );
        """,
    ),
    (
        3,
        "time expressions and events",
        """
        CREATE TABLE timexes (
            doc_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR,
            precision VARCHAR,
            anchored BOOLEAN,
            PRIMARY KEY (doc_id, start)
        );
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            sort_key VARCHAR,
            event JSON NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX events_type ON events (type);
        """,
    ),
    (
        5,
        "stated facts: memberships, foundings, chairmanships",
        """
        CREATE TABLE facts (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            predicate VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            object VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            date VARCHAR,
            place VARCHAR,
            negated BOOLEAN NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        """,
    ),
    (
        14,
        "a document's annotations found by its id (a two-column primary key does not serve a lookup by its "
        "first column: a document page scanned every table, 0.5 s at a million articles)",
        """
        CREATE INDEX mentions_doc ON mentions (doc_id);
        CREATE INDEX roles_doc ON roles (doc_id);
        CREATE INDEX timexes_doc ON timexes (doc_id);
        CREATE INDEX events_doc ON events (doc_id);
        CREATE INDEX facts_doc ON facts (doc_id);
        """,
    ),
]


class AnnotationsMixin(StoreBase):
    """Mentions, roles, time expressions, events and facts of the stored documents."""

    def _write_entities(self, articles: list[Article]) -> None:
        """Mentions and roles of newly stored articles (inside the caller's transaction)."""
        import pyarrow as pa

        ments: dict[str, list[Any]] = {c: [] for c in MENTION_COLUMNS}
        roles: dict[str, list[Any]] = {c: [] for c in ROLE_COLUMNS}
        for a in articles:
            for m in a.mentions:
                row = {**m.to_dict(), "doc_id": a.id}
                for c in MENTION_COLUMNS:
                    ments[c].append(row[c])
            for r in a.roles:
                row = {**r.to_dict(), "doc_id": a.id}
                row["date"] = dt.date.fromisoformat(row["date"][:10]) if row["date"] else None
                for c in ROLE_COLUMNS:
                    roles[c].append(row[c])
        if ments["doc_id"]:
            self.con.register("_m", pa.table(ments))
            self.con.execute("INSERT INTO mentions SELECT * FROM _m ON CONFLICT DO NOTHING")
            self.con.unregister("_m")
        if roles["doc_id"]:
            self.con.register("_r", pa.table(roles, schema=_role_schema()))
            self.con.execute("INSERT INTO roles SELECT * FROM _r ON CONFLICT DO NOTHING")
            self.con.unregister("_r")
        self._write_events(articles)

    def _write_events(self, articles: list[Article]) -> None:
        """Time expressions and events of newly stored articles (inside the caller's transaction)."""
        import pyarrow as pa

        tx: dict[str, list[Any]] = {c: [] for c in TIMEX_COLUMNS}
        ev: dict[str, list[Any]] = {c: [] for c in EVENT_COLUMNS}
        fa: dict[str, list[Any]] = {c: [] for c in FACT_COLUMNS}
        for a in articles:
            for i, f in enumerate(a.facts):
                row = {**f.to_dict(), "doc_id": a.id, "idx": i}
                for c in FACT_COLUMNS:
                    fa[c].append(row[c])
            for t in a.timexes:
                row = {**t.to_dict(), "doc_id": a.id}
                for c in TIMEX_COLUMNS:
                    tx[c].append(row[c])
            for i, e in enumerate(a.events):
                for c, v in zip(EVENT_COLUMNS, (a.id, i, e.type, e.mode, e.cameo, sort_key(e.date, e.not_before),
                                               _json(e.to_dict())), strict=True):  # fmt: skip
                    ev[c].append(v)
        if tx["doc_id"]:
            self.con.register("_t", pa.table(tx))
            self.con.execute("INSERT INTO timexes SELECT * FROM _t ON CONFLICT DO NOTHING")
            self.con.unregister("_t")
        if ev["doc_id"]:
            self.con.register("_e", pa.table(ev))
            self.con.execute("INSERT INTO events SELECT * FROM _e ON CONFLICT DO NOTHING")
            self.con.unregister("_e")
        if fa["doc_id"]:
            self.con.register("_f", pa.table(fa))
            self.con.execute(f"INSERT INTO facts SELECT {', '.join(_q(c) for c in FACT_COLUMNS)} FROM _f "
                             "ON CONFLICT DO NOTHING")  # fmt: skip
            self.con.unregister("_f")

    def _attach_entities(self, art: Article) -> None:
        from ..model import Mention, RoleFact

        cur = self.con.execute(
            f"SELECT {', '.join(_q(c) for c in MENTION_COLUMNS)} FROM mentions WHERE doc_id = ? ORDER BY start",
            [art.id],
        )
        art.mentions = [Mention.from_dict(dict(zip(MENTION_COLUMNS, r, strict=True))) for r in cur.fetchall()]
        cur = self.con.execute(f"SELECT {', '.join(_q(c) for c in ROLE_COLUMNS)} FROM roles WHERE doc_id = ?", [art.id])
        out = []
        for r in cur.fetchall():
            rec = dict(zip(ROLE_COLUMNS, r, strict=True))
            rec["date"] = rec["date"].isoformat() if rec["date"] else None
            out.append(RoleFact.from_dict(rec))
        art.roles = out
        from ..model import Event, Timex

        cur = self.con.execute(
            f"SELECT {', '.join(_q(c) for c in TIMEX_COLUMNS)} FROM timexes WHERE doc_id = ? ORDER BY start", [art.id]
        )
        art.timexes = [Timex.from_dict(dict(zip(TIMEX_COLUMNS, r, strict=True))) for r in cur.fetchall()]
        cur = self.con.execute("SELECT event FROM events WHERE doc_id = ? ORDER BY idx", [art.id])
        art.events = [Event.from_dict(json.loads(r[0])) for r in cur.fetchall()]
        from ..model import Fact

        cur = self.con.execute(
            f"SELECT {', '.join(_q(c) for c in FACT_COLUMNS)} FROM facts WHERE doc_id = ? ORDER BY idx", [art.id]
        )
        art.facts = [Fact.from_dict(dict(zip(FACT_COLUMNS, r, strict=True))) for r in cur.fetchall()]

    def iter_events(self) -> Iterator[tuple[str, Any]]:
        """Every stored ``(doc_id, Event)``, in date order (by ``events.sort_key``), then document."""
        from ..model import Event

        cur = self.con.execute("SELECT doc_id, event FROM events ORDER BY sort_key, doc_id, idx")
        while True:
            rows = cur.fetchmany(1000)
            if not rows:
                return
            for doc_id, payload in rows:
                yield doc_id, Event.from_dict(json.loads(payload))

    def facts(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Every stored fact row (``FACT_COLUMNS``), or those with ``entity_id`` as subject or object, by
        document and position.
        """
        where = "WHERE subject = ? OR object = ?" if entity_id is not None else ""
        cur = self.con.execute(
            f"SELECT {', '.join(_q(c) for c in FACT_COLUMNS)} FROM facts {where} ORDER BY doc_id, idx",
            [entity_id, entity_id] if entity_id is not None else [],
        )
        return [dict(zip(FACT_COLUMNS, r, strict=True)) for r in cur.fetchall()]

    def fact_groups(self, entity_id: str, limit: int) -> list[dict[str, Any]]:
        """The stored facts with ``entity_id`` as subject or object, the same fact from several articles
        grouped (``predicate``, ``subject``, ``object``, ``date``, ``negated``), in the order of each
        group's first row by document and position: per group its ``place`` (the first row's that names
        one), ``total`` rows, ``documents`` and its first ``limit`` rows (``doc_id``, ``start``, ``end``).
        Counted in the database: a fact stated in tens of thousands of articles is one row here.
        """
        cur = self.con.execute(
            'SELECT predicate, subject, object, date, negated, arg_min(place, (doc_id, idx)) FILTER '
            "(WHERE place IS NOT NULL AND place <> ''), count(*), count(DISTINCT doc_id), "
            "min_by({'doc_id': doc_id, 'idx': idx, 'start': start, 'end': \"end\"}, (doc_id, idx), ?) AS first "
            "FROM facts WHERE subject = ? OR object = ? GROUP BY predicate, subject, object, date, negated "
            "ORDER BY min((doc_id, idx))",
            [max(limit, 1), entity_id, entity_id],
        )
        return [
            {"predicate": pred, "subject": sub, "object": obj, "date": date, "negated": neg, "place": place,
             "total": int(total), "documents": int(docs),
             "rows": sorted(first, key=lambda r: (r["doc_id"], r["idx"]))[:limit]}
            for pred, sub, obj, date, neg, place, total, docs, first in cur.fetchall()
        ]  # fmt: skip

    def doc_entities(self, ids: list[str]) -> dict[str, dict[str, str]]:
        """The entities each of these documents names in its text: ``{doc_id: {entity_id: name}}``."""
        if not ids:
            return {}
        cond, params = _keys_in("doc_id", ids)
        # the documents are the only filter (so the index answers); datelines are left out as rows are counted
        cur = self.con.execute(
            "SELECT doc_id, entity_id, any_value(canonical) FILTER (WHERE source <> 'dateline'), "
            f"count(*) FILTER (WHERE source <> 'dateline') FROM mentions WHERE {cond} GROUP BY doc_id, entity_id",
            params,
        )
        out: dict[str, dict[str, str]] = {}
        for doc_id, entity_id, name, n in cur.fetchall():
            if entity_id is not None and n:
                out.setdefault(doc_id, {})[entity_id] = name
        return out

    def top_entities(self, doc_ids: list[str], limit: int) -> list[tuple[Any, ...]]:
        """``(entity_id, label, documents, mentions)`` of the entities most named in ``doc_ids``."""
        if not doc_ids:
            return []
        cond, params = _keys_in("doc_id", doc_ids, INDEX_DOCS)
        return list(self.con.execute(
            "SELECT entity_id, any_value(label), count(DISTINCT doc_id) AS docs, count(*) AS n FROM mentions "
            f"WHERE {cond} GROUP BY entity_id ORDER BY docs DESC, n DESC, entity_id LIMIT ?",
            [*params, limit],
        ).fetchall())  # fmt: skip

    def role_summaries(self) -> list[tuple[Any, ...]]:
        """Per entity, role and office holder: ``(entity_id, role, of, first date, last date, count)``."""
        return list(self.con.execute(
            'SELECT entity_id, role, "of", min(date), max(date), count(*) FROM roles '
            'GROUP BY entity_id, role, "of" ORDER BY entity_id, min(date) NULLS LAST, role'
        ).fetchall())  # fmt: skip

    def canonical_names(self) -> list[tuple[str, str]]:
        """``(entity_id, canonical name)`` of the entities the texts name more than once."""
        return [(e, c) for e, c, _n in self.con.execute(
            "SELECT entity_id, any_value(canonical), count(*) FROM mentions WHERE canonical IS NOT NULL "
            "GROUP BY entity_id HAVING count(*) > 1").fetchall()]  # fmt: skip

    def mention_names(self, entity_ids: list[str]) -> dict[str, str]:
        """A canonical name for each of these entities, as the mentions give it: the one most of its
        mentions give (of those as many, the first in code point order, as the entity summary's name takes it).

        Chosen by the mentions alone, not by which ids are asked with it: ``any_value`` picked by how
        DuckDB ran the query, so one entity was shown by two names in one store, as the happenings
        stage asked for it among other ids (and a slice of a pass wrote other rows than the whole pass).
        """
        if not entity_ids:
            return {}
        cur = self.con.execute(
            "SELECT entity_id, first(canonical ORDER BY n DESC, canonical) FROM (SELECT entity_id, canonical, "
            "count(*) AS n FROM mentions WHERE entity_id IN (SELECT unnest(?)) AND canonical <> '' "
            "GROUP BY entity_id, canonical) "
            "GROUP BY entity_id",
            [entity_ids],
        )
        return {i: n for i, n in cur.fetchall() if n}
