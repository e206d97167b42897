"""The entities' read model: per entity its counts, names and surfaces, kept up to date at ingest,
partial names folded into fuller ones, and the entity queries of the pages and exports.
"""

from __future__ import annotations

import datetime
from typing import Any

from .base import Migration
from .documents import DocumentsMixin

RECENT_DOCS = 500  # per entity its latest documents are kept, this many (the co-occurrence window of its page)
# the latest RECENT_DOCS of the ``r`` rows of a group, newest first (ties and undated: by id); a
# bounded top-n, not a sorted list of all: a busy country is named in most of a million documents
_RECENT_LIST = (
    "arg_min(r, (r.published IS NULL, -coalesce(datediff('day', DATE '1970-01-01', r.published), 0), r.doc_id), "
    f"{RECENT_DOCS})"
)

# every summarised entity's latest documents, from its mentions (migration 15; bench stores built by copying rows)
FILL_RECENT = f"""
UPDATE entity_summary SET recent = x.recent FROM (
    SELECT entity_id, {_RECENT_LIST} AS recent FROM (
        SELECT DISTINCT m.entity_id, {{'published': d.published, 'doc_id': d.id}} AS r
        FROM mentions m JOIN documents d ON d.id = m.doc_id
        WHERE m.doc_id IN (SELECT doc_id FROM entity_summary_docs)
    ) GROUP BY entity_id
) x WHERE entity_summary.entity_id = x.entity_id;
"""

# per entity the entities named in its latest documents (the ``recent`` list), each with the documents of
# that window naming it and its mentions there: an entity page's co-occurring entities are the top of this
# list, so the page reads one row instead of every mention of 500 documents (at 1M articles a scan of the
# 13.5M mentions, ~95 CPU ms a page; through the index 16 ms warm but 150 MB of it held resident). Kept at
# ingest by adding the mentions of the documents that enter a window and taking away those that leave it.
COOCCURRING_TYPE = "STRUCT(entity_id VARCHAR, label VARCHAR, docs BIGINT, n BIGINT)[]"
# ``x`` (entity_id, other, label, docs, n) rows summed into each entity's list (a pair whose documents fall
# to none dropped), the list's order fixed (by the other entity's id)
_COOC_LIST = (
    "SELECT entity_id, list({'entity_id': other, 'label': label, 'docs': docs, 'n': n} ORDER BY other NULLS LAST) "
    "FILTER (WHERE docs > 0) AS c FROM (SELECT entity_id, other, min(label) AS label, sum(docs)::BIGINT AS docs, "
    "sum(n)::BIGINT AS n FROM x GROUP BY entity_id, other) GROUP BY entity_id"
)
FILL_COOCCURRING = f"""
UPDATE entity_summary SET cooccurring = coalesce(y.c, []) FROM (
    WITH x AS (
        SELECT r.entity_id, m.entity_id AS other, min(m.label) AS label, count(DISTINCT m.doc_id) AS docs,
               count(*) AS n
        FROM (SELECT entity_id, unnest(recent).doc_id AS doc_id FROM entity_summary WHERE recent IS NOT NULL) r
        JOIN mentions m ON m.doc_id = r.doc_id GROUP BY r.entity_id, m.entity_id
    ) {_COOC_LIST}
) y WHERE entity_summary.entity_id = y.entity_id;
"""
"""SQL that fills every entity's co-occurring list from its latest documents (migration 21; the pages
benchmark's copies, after ``FILL_RECENT``)."""

ROLES_KEPT = 100  # per entity its latest stated roles are kept, this many (an entity page shows as many)
ROLE_TYPE = (
    'STRUCT(role VARCHAR, "of" VARCHAR, date DATE, basis VARCHAR, doc_id VARCHAR, start INTEGER, "end" INTEGER)'
)
# a stated role's place in an entity's list, latest last: dated before undated, then by date, document, role and
# office (role and office make the order total: two roles one document states of the same date)
_NO_DATE = datetime.date(1, 1, 1)
_ROLE_KEY = "(r.date IS NULL, coalesce(r.date, DATE '0001-01-01'), r.doc_id, r.role, r.\"of\")"
# ``x`` (entity_id, r) rows: each entity's latest ROLES_KEPT, a bounded top-n (a busy person states a role in
# hundreds of thousands of documents at 1M articles)
_ROLES_LIST = (
    f"SELECT entity_id, max_by(r, {_ROLE_KEY}, {ROLES_KEPT}) AS latest, count(*) AS n FROM x GROUP BY entity_id"
)
_ROLE_ROW = (
    "{'role': role, 'of': \"of\", 'date': date, 'basis': basis, 'doc_id': doc_id, 'start': start, 'end': \"end\"}"
)

# every entity's count of stated roles and its latest ones, from the rows of the summarised documents (migration
# 23; the pages benchmark's copies)
FILL_ROLES = f"""
INSERT INTO entity_roles SELECT entity_id, n, latest FROM (
    WITH x AS (SELECT entity_id, {_ROLE_ROW}::{ROLE_TYPE} AS r FROM roles
               WHERE doc_id IN (SELECT doc_id FROM entity_summary_docs))
    {_ROLES_LIST}
);
"""


MIGRATIONS: list[Migration] = [
    (
        11,
        "entity summaries: per entity its counts, names and surfaces, kept up to date at ingest for the pages",
        """
        CREATE TABLE entity_summary (
            entity_id VARCHAR PRIMARY KEY,
            label VARCHAR,
            name VARCHAR,
            own_mentions BIGINT NOT NULL,
            own_documents BIGINT NOT NULL,
            mentions BIGINT NOT NULL,
            documents BIGINT NOT NULL,
            folded_into VARCHAR,
            names_folded VARCHAR
        );
        CREATE INDEX entity_summary_folded ON entity_summary (folded_into);
        CREATE TABLE entity_names (
            entity_id VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            canonical VARCHAR NOT NULL,
            n BIGINT NOT NULL,
            PRIMARY KEY (entity_id, label, canonical)
        );
        CREATE TABLE entity_surfaces (
            entity_id VARCHAR NOT NULL,
            surface VARCHAR NOT NULL,
            PRIMARY KEY (entity_id, surface)
        );
        CREATE TABLE entity_summary_docs (doc_id VARCHAR PRIMARY KEY);
        """,
    ),
    (
        15,
        "per entity its latest documents (an entity page listed them by joining every mention of a busy "
        "country with the documents: 1.4 s at a million articles), filled from the documents already summarised",
        f"""
        ALTER TABLE entity_summary ADD COLUMN recent STRUCT(published DATE, doc_id VARCHAR)[];
        {FILL_RECENT}
        """,
    ),
    (
        21,
        "per entity the entities its latest documents name, with their documents and mentions there, kept at "
        "ingest: an entity page's co-occurring entities are read from one row, not from 500 documents' mentions",
        f"""
        ALTER TABLE entity_summary ADD COLUMN IF NOT EXISTS cooccurring {COOCCURRING_TYPE};
        {FILL_COOCCURRING}
        """,
    ),
    (
        23,
        "per entity how many roles the texts state of it and the latest of them, kept at ingest: an entity page "
        "reads one row instead of scanning every stated role (a busy person's at a million articles)",
        f"""
        CREATE TABLE IF NOT EXISTS entity_roles (
            entity_id VARCHAR PRIMARY KEY,
            total BIGINT NOT NULL,
            latest {ROLE_TYPE}[] NOT NULL
        );
        DELETE FROM entity_roles;
        {FILL_ROLES}
        """,
    ),
]


class EntitiesMixin(DocumentsMixin):
    """Entity summaries and the pages' entity reads (a role's evidence quotes its document's text)."""

    def summarise_new_documents(self) -> int:
        """Add the mentions of the documents not summarised yet to the entity summaries: counts,
        the names and labels the texts give (each counted), the surfaces; a touched entity's
        ``names_folded`` is cleared for :meth:`write_entity_folding` to fill. One transaction.

        Returns:
            The documents summarised now.
        """
        # under the store's own limit: the latest documents and co-occurring lists, aggregated in memory that
        # cannot spill, are summed up a slice of entities at a time (_slices; all at once, 10,000 new articles
        # ran out of an ingest's 384 MB cache, and a limit raised to 1 GB let the cache grow to it: 750 -> 600
        # MB at the top of a 10,000-article pass at 20,000)
        with self._transaction() as con:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _sd AS "
                "SELECT id AS doc_id FROM documents d ANTI JOIN entity_summary_docs s ON s.doc_id = d.id"
            )
            row = con.execute("SELECT count(*) FROM _sd").fetchone()
            n = int(row[0]) if row else 0
            if n:
                con.execute(
                    "INSERT INTO entity_names SELECT entity_id, label, coalesce(canonical, ''), count(*) FROM mentions "
                    "WHERE doc_id IN (SELECT doc_id FROM _sd) GROUP BY ALL ON CONFLICT DO UPDATE SET n = n + excluded.n"
                )
                # a dateline's surface from the raw text, any other from the clean text: one column read for
                # each (both of them, for every mention, held 150 MB more at the top at 20,000 articles)
                con.execute(
                    "INSERT OR IGNORE INTO entity_surfaces SELECT m.entity_id, substring(d.text, m.start + 1, "
                    'm."end" - m.start) FROM mentions m JOIN documents d ON d.id = m.doc_id '
                    "WHERE m.doc_id IN (SELECT doc_id FROM _sd) AND m.source IS DISTINCT FROM 'dateline' "
                    'UNION SELECT m.entity_id, substring(d.raw, m.start + 1, m."end" - m.start) FROM mentions m '
                    "JOIN documents d ON d.id = m.doc_id WHERE m.doc_id IN (SELECT doc_id FROM _sd) "
                    "AND m.source = 'dateline'"
                )
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE _tc AS SELECT entity_id, count(*) AS n, count(DISTINCT doc_id) AS d "
                    "FROM mentions WHERE doc_id IN (SELECT doc_id FROM _sd) GROUP BY entity_id"
                )
                con.execute(
                    "INSERT INTO entity_summary (entity_id, own_mentions, own_documents, mentions, documents) "
                    "SELECT entity_id, n, d, n, d FROM _tc ON CONFLICT DO UPDATE SET "
                    "own_mentions = own_mentions + excluded.own_mentions, "
                    "own_documents = own_documents + excluded.own_documents"
                )
                # the label and name the texts give most often (a name before none; ties: the first in order)
                con.execute(
                    "UPDATE entity_summary SET label = x.label, name = nullif(x.name, ''), names_folded = NULL FROM ("
                    "  SELECT entity_id, first(label ORDER BY n DESC, label) AS label, "
                    "  first(canonical ORDER BY canonical = '', n DESC, canonical) AS name FROM entity_names "
                    "  WHERE entity_id IN (SELECT entity_id FROM _tc) GROUP BY entity_id"
                    ") x WHERE entity_summary.entity_id = x.entity_id"
                )
                # the windows as they stand, of the touched entities whose co-occurring list is kept (a new
                # entity's is empty: no recent list yet)
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE _ow AS SELECT entity_id, unnest(recent).doc_id AS doc_id "
                    "FROM entity_summary WHERE entity_id IN (SELECT entity_id FROM _tc) AND cooccurring IS NOT NULL"
                )
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE _kc AS SELECT entity_id FROM entity_summary "
                    "WHERE entity_id IN (SELECT entity_id FROM _tc) AND (cooccurring IS NOT NULL OR recent IS NULL)"
                )
                # each touched entity's latest documents: the kept ones and the new ones, merged and cut
                _update_recent(con)
                _update_cooccurring(con)
                _update_roles(con)
                con.execute("INSERT INTO entity_summary_docs SELECT doc_id FROM _sd")
                con.execute("DROP TABLE _tc")
            con.execute("DROP TABLE _sd")
        return n

    def entities_to_name(self) -> list[tuple[str, str | None, str | None, list[str]]]:
        """Summarised entities whose ``names_folded`` is not filled: ``(entity_id, label, name,
        surfaces)``.
        """
        cur = self.con.execute(
            "SELECT s.entity_id, s.label, s.name, "
            "list(f.surface ORDER BY f.surface) FILTER (WHERE f.surface IS NOT NULL) "
            "FROM entity_summary s LEFT JOIN entity_surfaces f USING (entity_id) WHERE s.names_folded IS NULL "
            "GROUP BY ALL ORDER BY 1"
        )
        return [(e, lab, name, list(surf or [])) for e, lab, name, surf in cur.fetchall()]

    def entity_labels_names(self, label: str | None = None) -> list[tuple[str, str | None, str | None]]:
        """``(entity_id, label, name)`` of every summarised entity (of ``label`` only, when given)."""
        if label is not None:
            return self.con.execute(
                "SELECT entity_id, label, name FROM entity_summary WHERE label = ? ORDER BY entity_id", [label]
            ).fetchall()
        return self.con.execute("SELECT entity_id, label, name FROM entity_summary ORDER BY entity_id").fetchall()

    def write_entity_folding(self, names_folded: list[tuple[str, str]], folded: dict[str, str]) -> None:
        """Fill ``names_folded`` of these entities, fold each partial name into its fuller one
        (``{partial id: full id}``, every other fold undone) and recount each entity's mentions
        and documents with its partials. One transaction.
        """
        import pyarrow as pa

        with self._transaction() as con:
            if names_folded:
                con.register(
                    "_nf", pa.table({"entity_id": [e for e, _ in names_folded], "f": [f for _, f in names_folded]})
                )
                con.execute(
                    "UPDATE entity_summary SET names_folded = _nf.f FROM _nf "
                    "WHERE entity_summary.entity_id = _nf.entity_id"
                )
                con.unregister("_nf")
            con.execute(
                "UPDATE entity_summary SET folded_into = NULL, mentions = own_mentions, documents = own_documents "
                "WHERE folded_into IS NOT NULL OR mentions <> own_mentions OR documents <> own_documents"
            )
            if folded:
                con.register(
                    "_fo",
                    pa.table(
                        {"entity_id": list(folded), "full": list(folded.values())},
                        schema=pa.schema([("entity_id", pa.string()), ("full", pa.string())]),
                    ),
                )
                con.execute(
                    "UPDATE entity_summary SET folded_into = _fo.full FROM _fo "
                    "WHERE entity_summary.entity_id = _fo.entity_id"
                )
                con.unregister("_fo")
                con.execute(
                    "UPDATE entity_summary SET mentions = x.n, documents = x.d FROM ("
                    "  SELECT g.full AS entity_id, count(*) AS n, count(DISTINCT m.doc_id) AS d FROM mentions m JOIN ("
                    "    SELECT entity_id, coalesce(folded_into, entity_id) AS full FROM entity_summary "
                    "    WHERE coalesce(folded_into, entity_id) IN "
                    "(SELECT folded_into FROM entity_summary WHERE folded_into IS NOT NULL)"
                    "  ) g USING (entity_id) GROUP BY g.full"
                    ") x WHERE entity_summary.entity_id = x.entity_id"
                )

    def entity_summary_complete(self) -> bool:
        """Whether every stored document is in the entity summaries (a database from before
        migration 11, opened read-only, has none).
        """
        import duckdb

        try:
            # documents are never removed and only stored ones are summarised, each once: equal counts
            # say that every document is, without joining every document
            row = self.con.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entity_summary_docs)"
            ).fetchone()
            unnamed = self.con.execute("SELECT count(*) FROM entity_summary WHERE names_folded IS NULL").fetchone()
        except duckdb.CatalogException:
            return False
        return bool(row is not None and row[0] == row[1] and unnamed is not None and not unnamed[0])

    def entity_summary(self, entity_id: str) -> dict[str, Any] | None:
        """One entity's summary with the partial names folded into it: ``label``, ``name``,
        ``mentions``, ``documents``, ``aliases`` (every surface, sorted) and ``group`` (its id and
        the partials'); ``None`` when the texts never name it (or it is folded into another).
        """
        row = self.con.execute(
            "SELECT label, name, mentions, documents FROM entity_summary WHERE entity_id = ? AND folded_into IS NULL",
            [entity_id],
        ).fetchone()
        if row is None:
            return None
        group = [entity_id] + [r[0] for r in self.con.execute(
            "SELECT entity_id FROM entity_summary WHERE folded_into = ? ORDER BY entity_id", [entity_id]
        ).fetchall()]  # fmt: skip
        surfaces = [r[0] for r in self.con.execute(
            "SELECT DISTINCT surface FROM entity_surfaces WHERE entity_id IN (SELECT unnest(?)) ORDER BY surface",
            [group],
        ).fetchall()]  # fmt: skip
        return {"label": row[0], "name": row[1], "mentions": int(row[2]), "documents": int(row[3]), "aliases": surfaces,
                "group": group}  # fmt: skip

    def entity_names_of(self, entity_ids: list[str]) -> dict[str, str | None]:
        """The summaries' name of each of these entities the texts name (one folded into another is
        left out, as :meth:`entity_summary` leaves it).
        """
        if not entity_ids:
            return {}
        return dict(self.con.execute(
            "SELECT entity_id, name FROM entity_summary WHERE entity_id IN (SELECT unnest(?)) AND folded_into IS NULL",
            [entity_ids],
        ).fetchall())  # fmt: skip

    def entity_summary_rows(self) -> list[tuple[str, str | None, str | None, int, list[str], list[str], list[str]]]:
        """Every entity of the summaries with the partial names folded into it, most mentioned
        first (the entities list's order): ``(entity_id, label, name, mentions, doc ids,
        surfaces, partial ids)``, the lists sorted; what ``export entities`` writes from.
        """
        # the documents are not kept in the summaries (only their count): they come from the
        # mentions of each entity's group, a partial name's under its fuller one
        cur = self.con.execute(
            "WITH g AS (SELECT entity_id, coalesce(folded_into, entity_id) AS full FROM entity_summary), "
            "d AS (SELECT g.full, list(DISTINCT m.doc_id ORDER BY m.doc_id) AS docs "
            "FROM mentions m JOIN g USING (entity_id) "
            "      GROUP BY g.full), "
            "f AS (SELECT g.full, list(DISTINCT f.surface ORDER BY f.surface) AS surfaces FROM entity_surfaces f "
            "      JOIN g USING (entity_id) GROUP BY g.full), "
            "p AS (SELECT folded_into AS full, list(entity_id ORDER BY entity_id) AS parts FROM entity_summary "
            "      WHERE folded_into IS NOT NULL GROUP BY folded_into) "
            "SELECT s.entity_id, s.label, s.name, s.mentions, d.docs, f.surfaces, p.parts FROM entity_summary s "
            "LEFT JOIN d ON d.full = s.entity_id LEFT JOIN f ON f.full = s.entity_id "
            "LEFT JOIN p ON p.full = s.entity_id "
            "WHERE s.folded_into IS NULL ORDER BY s.mentions DESC, s.entity_id"
        )
        return [(e, lab, name, int(n), list(docs or []), list(surf or []), list(parts or []))
                for e, lab, name, n, docs, surf, parts in cur.fetchall()]  # fmt: skip

    def entity_documents(self, entity_ids: list[str], limit: int) -> list[str]:
        """The latest ``limit`` documents that name any of these entities, newest first.

        Up to :data:`RECENT_DOCS`, from each entity's latest documents kept at ingest (a bounded
        read at any archive size). Past that, a busy entity's are found among the latest
        ``20 * limit`` documents of the archive (the same documents in the same order as a search
        of all, without joining its every mention with the documents); where that window holds too
        few, all its mentions are searched.
        """
        if limit <= RECENT_DOCS:
            row = self.con.execute(
                "SELECT count(*), count_if(recent IS NULL), "
                "(SELECT count(*) FROM documents) = (SELECT count(*) FROM entity_summary_docs), "
                f"(SELECT {_RECENT_LIST} FROM (SELECT DISTINCT unnest(recent) AS r FROM entity_summary "
                "  WHERE entity_id IN (SELECT unnest($1)))) "
                "FROM entity_summary WHERE entity_id IN (SELECT unnest($1))",
                [entity_ids],
            ).fetchone()
            # each entity's latest documents are kept at ingest: the latest of their union, where every
            # document is summarised (the summaries hold only stored documents: equal counts) and each
            # of these entities has its list
            if row is not None and row[0] == len(set(entity_ids)) and not row[1] and row[2]:
                return [r["doc_id"] for r in (row[3] or [])[:limit]]
        recent = [r[0] for r in self.con.execute(
            "WITH w AS (SELECT id, published FROM documents ORDER BY published DESC NULLS LAST, id LIMIT ?) "
            "SELECT w.id FROM w WHERE EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.doc_id = w.id AND m.entity_id IN (SELECT unnest(?))) "
            "ORDER BY w.published DESC NULLS LAST, w.id LIMIT ?",
            [20 * limit, entity_ids, limit]).fetchall()]  # fmt: skip
        if len(recent) == limit:
            return recent
        cur = self.con.execute(
            "SELECT m.doc_id FROM mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.entity_id IN (SELECT unnest(?)) "
            "GROUP BY m.doc_id ORDER BY max(d.published) DESC NULLS LAST, m.doc_id LIMIT ?",
            [entity_ids, limit],
        )
        return [r[0] for r in cur.fetchall()]

    def kept_cooccurring(self, entity_ids: list[str], limit: int) -> list[tuple[Any, ...]] | None:
        """:meth:`top_entities` of the documents :meth:`entity_documents` gives for ``entity_ids`` and
        :data:`RECENT_DOCS`, read from the entity's kept co-occurring list; ``None`` where it is not kept
        (a group of several entities, a database from before migration 21 opened read-only, a document not
        summarised yet): then count over the documents.
        """
        import duckdb

        if len(set(entity_ids)) != 1:
            return None
        try:
            row = self.con.execute(
                "SELECT recent IS NOT NULL AND cooccurring IS NOT NULL, "
                "(SELECT count(*) FROM documents) = (SELECT count(*) FROM entity_summary_docs) "
                "FROM entity_summary WHERE entity_id = ?",
                [entity_ids[0]],
            ).fetchone()
        except duckdb.BinderException:  # no such column: a database from before migration 21
            return None
        if row is None or not (row[0] and row[1]):
            return None
        return list(self.con.execute(
            "SELECT c.entity_id, c.label, c.docs, c.n FROM (SELECT unnest(cooccurring) AS c FROM entity_summary "
            "WHERE entity_id = ?) ORDER BY c.docs DESC, c.n DESC, c.entity_id LIMIT ?",
            [entity_ids[0], limit],
        ).fetchall())  # fmt: skip

    def entity_summary_page(self, label: str | None, q: str | None, limit: int, offset: int
                            ) -> tuple[list[tuple[str, str | None, str | None, int, int]], int]:  # fmt: skip
        """Entities (partial names folded in), most mentioned first, of ``label`` and with ``q`` in
        one of their folded names: one page of ``(entity_id, label, name, mentions, documents)`` and
        the total.
        """
        where: list[str] = ["folded_into IS NULL"]
        params: list[Any] = []
        if label:
            where.append("label = ?")
            params.append(label)
        if q:
            where.append(
                "entity_id IN (SELECT coalesce(folded_into, entity_id) FROM entity_summary "
                "WHERE contains(names_folded, ?))"
            )
            params.append(q)
        cond = " AND ".join(where)
        row = self.con.execute(f"SELECT count(*) FROM entity_summary WHERE {cond}", params).fetchone()
        rows = self.con.execute(
            f"SELECT entity_id, label, name, mentions, documents FROM entity_summary WHERE {cond} "
            "ORDER BY mentions DESC, entity_id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()  # fmt: skip
        return [(e, lab, n, int(m), int(d)) for e, lab, n, m, d in rows], int(row[0]) if row else 0

    def entity_label_counts(self) -> dict[str, int]:
        """Entities (partial names folded in) by label."""
        cur = self.con.execute(
            "SELECT coalesce(label, ''), count(*) FROM entity_summary WHERE folded_into IS NULL GROUP BY 1 ORDER BY 1"
        )
        return {lab: int(n) for lab, n in cur.fetchall()}

    def entity_summaries(self) -> list[tuple[Any, ...]]:
        """Per entity: ``(entity_id, label, canonical, mentions, doc ids, surfaces)``, most named first."""
        return list(self.con.execute(
            """
            SELECT m.entity_id, any_value(m.label), any_value(m.canonical), count(*),
                   list(DISTINCT m.doc_id ORDER BY m.doc_id),
                   list(DISTINCT surface ORDER BY surface)
            FROM (
                SELECT m.*, substring(CASE WHEN m.source = 'dateline' THEN d.raw ELSE d.text END,
                                      m.start + 1, m."end" - m.start) AS surface
                FROM mentions m JOIN documents d ON d.id = m.doc_id
            ) m
            GROUP BY m.entity_id
            ORDER BY count(*) DESC, m.entity_id
            """
        ).fetchall())  # fmt: skip

    def role_evidence(self, entity_id: str, limit: int | None = None) -> tuple[list[tuple[Any, ...]], int]:
        """The stated roles of an entity, dated first, by date (then document, role and office; with ``limit``:
        the latest that many): ``(role, of, date, basis, doc_id, start, end, sentence text)``, and how many there
        are in all.

        Up to :data:`ROLES_KEPT`, read from the entity's kept roles (one row at any archive size) where every
        stored document is summarised; else from the roles themselves.
        """
        kept = self._kept_roles(entity_id) if limit is not None and limit <= ROLES_KEPT else None
        if kept is not None:
            total, latest = kept
            rows = [(r["role"], r["of"], r["date"], r["basis"], r["doc_id"], r["start"], r["end"])
                    for r in latest[len(latest) - min(limit or 0, len(latest)):]]  # fmt: skip
        else:
            row = self.con.execute("SELECT count(*) FROM roles WHERE entity_id = ?", [entity_id]).fetchone()
            total = int(row[0]) if row else 0
            rows = self.con.execute(
                'SELECT role, "of", date, basis, doc_id, start, "end" FROM (SELECT r.*, '
                "r.date IS NULL AS undated FROM roles r WHERE r.entity_id = ? "
                'ORDER BY undated DESC, r.date DESC, r.doc_id DESC, r.role DESC, r."of" DESC LIMIT ?) '
                'ORDER BY undated, date, doc_id, role, "of"',
                [entity_id, limit if limit is not None else 2**62],
            ).fetchall()  # fmt: skip
        texts = self.texts(sorted({r[4] for r in rows}))
        out = [(role, of, date, basis, doc, s, e, texts.get(doc, "")[s:e] if s is not None and s >= 0 else "")
               for role, of, date, basis, doc, s, e in rows]  # fmt: skip
        return out, total

    def _kept_roles(self, entity_id: str) -> tuple[int, list[dict[str, Any]]] | None:
        """An entity's count of stated roles and its latest :data:`ROLES_KEPT`, oldest first, as kept at ingest;
        ``None`` where they are not kept (a database from before migration 23 opened read-only, a document not
        summarised yet).
        """
        import duckdb

        try:
            row = self.con.execute(
                "SELECT (SELECT count(*) FROM documents) = (SELECT count(*) FROM entity_summary_docs), "
                "(SELECT {'total': total, 'latest': latest} FROM entity_roles WHERE entity_id = ?)",
                [entity_id],
            ).fetchone()
        except duckdb.CatalogException:  # no such table: a database from before migration 23
            return None
        if row is None or not row[0]:
            return None
        if row[1] is None:
            return 0, []
        # in the order of _ROLE_KEY (sorted here: 100 structs sorted in the query cost more than their reading)
        latest = sorted(row[1]["latest"], key=lambda r: (r["date"] is None, r["date"] or _NO_DATE, r["doc_id"],
                                                         r["role"], r["of"]))  # fmt: skip
        return int(row[1]["total"]), latest


# list entries (kept and new) that one statement of :func:`_update_recent` or :func:`_update_cooccurring` sums up
# into the lists of its entities, at most (an entity's own entries are never split)
SUMMARY_CHUNK = 100_000


def _slices(con: Any, rows: str, chunk: int) -> int:
    """Cut the entities of ``rows`` (a query of ``entity_id`` rows, one an entry) into slices of about ``chunk``
    entries, in the order of their ids, an entity's entries never split: the temporary table ``_sk``
    (``entity_id``, ``k``). Returns how many slices.
    """
    import pyarrow as pa

    ids: list[str] = []
    slice_of: list[int] = []
    k = held = 0
    for eid, n in con.execute(
        f"SELECT entity_id, count(*) FROM ({rows}) GROUP BY entity_id ORDER BY entity_id"
    ).fetchall():
        if held and held + n > chunk:
            k, held = k + 1, 0
        held += n
        ids.append(eid)
        slice_of.append(k)
    con.register("_sl", pa.table({"entity_id": pa.array(ids, pa.string()), "k": pa.array(slice_of, pa.int32())}))
    con.execute("CREATE OR REPLACE TEMP TABLE _sk AS SELECT * FROM _sl")
    con.unregister("_sl")
    return k + 1 if ids else 0


def _update_recent(con: Any, chunk: int = SUMMARY_CHUNK) -> None:
    """Each touched entity's (``_tc``) latest documents: its kept ones and the new ones (``_sd``), merged and cut
    to :data:`RECENT_DOCS`. The entries are gathered once in a temporary table (which can spill), then merged
    for a slice of entities at a time (:func:`_slices`): a statement's lists are built in memory, which
    cannot spill.
    """
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rr AS SELECT entity_id, unnest(recent) AS r FROM entity_summary "
        "WHERE entity_id IN (SELECT entity_id FROM _tc) "
        "UNION ALL SELECT DISTINCT m.entity_id, {'published': d.published, 'doc_id': d.id} "
        "FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.doc_id IN (SELECT doc_id FROM _sd)"
    )
    for at in range(_slices(con, "SELECT entity_id FROM _rr", chunk)):
        con.execute(
            f"UPDATE entity_summary SET recent = x.recent FROM (SELECT entity_id, {_RECENT_LIST} AS recent FROM _rr "
            "WHERE entity_id IN (SELECT entity_id FROM _sk WHERE k = $k) GROUP BY entity_id) x "
            "WHERE entity_summary.entity_id = x.entity_id",
            {"k": at},
        )
    con.execute("DROP TABLE _rr")
    con.execute("DROP TABLE _sk")


def _update_roles(con: Any, chunk: int = SUMMARY_CHUNK) -> None:
    """Add the stated roles of the documents summarised now (``_sd``) to their entities' counts and latest
    roles (:data:`ROLES_KEPT`): the kept ones and the new ones, merged and cut. Reads the new documents'
    roles and the touched entities' kept lists only, gathered once in a temporary table (which can spill),
    then merged for a slice of entities at a time (:func:`_slices`), as the other kept lists are.
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _rn AS SELECT entity_id, {_ROLE_ROW}::{ROLE_TYPE} AS r FROM roles "
        "WHERE doc_id IN (SELECT doc_id FROM _sd)"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rx AS SELECT * FROM _rn UNION ALL SELECT entity_id, unnest(latest) AS r "
        "FROM entity_roles WHERE entity_id IN (SELECT entity_id FROM _rn)"
    )
    for at in range(_slices(con, "SELECT entity_id FROM _rx", chunk)):
        con.execute(
            f"""INSERT INTO entity_roles SELECT y.entity_id, y.n + coalesce(k.total, 0), y.latest FROM (
                WITH x AS (SELECT * FROM _rx WHERE entity_id IN (SELECT entity_id FROM _sk WHERE k = $k))
                {_ROLES_LIST}
            ) y LEFT JOIN (SELECT entity_id, total - len(latest) AS total FROM entity_roles
                           WHERE entity_id IN (SELECT entity_id FROM _sk WHERE k = $k)) k USING (entity_id)
            ON CONFLICT DO UPDATE SET total = excluded.total, latest = excluded.latest""",
            {"k": at},
        )
    con.execute("DROP TABLE _rn")
    con.execute("DROP TABLE _rx")
    con.execute("DROP TABLE IF EXISTS _sk")


def _update_cooccurring(con: Any, chunk: int = SUMMARY_CHUNK) -> None:
    """Bring the co-occurring lists of the kept entities of this pass (``_kc``) up to date, their windows
    before the pass in ``_ow`` and after it in ``entity_summary.recent``: add the mentions of each document
    that entered a window, take away those of each that left it. Reads the mentions of those documents
    only (the new ones, and as many older ones as left a window), never a window's others.

    The changes and the kept entries are worked out once, in temporary tables (which can spill), then the
    lists summed up again for a slice of entities at a time (:func:`_slices`): a statement's lists are
    built in memory, which cannot spill (all of a 10,000-article pass's at once needed some 400 MB at
    20,000 articles, more than an ingest's cache).
    """
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _nw AS SELECT entity_id, unnest(recent).doc_id AS doc_id "
        "FROM entity_summary WHERE entity_id IN (SELECT entity_id FROM _kc)"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cd AS "
        "SELECT entity_id, doc_id, 1 AS s FROM (SELECT * FROM _nw EXCEPT SELECT * FROM _ow) "
        "UNION ALL SELECT entity_id, doc_id, -1 FROM (SELECT * FROM _ow EXCEPT SELECT * FROM _nw)"
    )
    # the changes: per entity and other entity, the documents and mentions gained (or lost) in its window
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _dl AS "
        "WITH dm AS (SELECT doc_id, entity_id AS other, min(label) AS label, count(*) AS n FROM mentions "
        "            WHERE doc_id IN (SELECT DISTINCT doc_id FROM _cd) GROUP BY doc_id, entity_id) "
        "SELECT d.entity_id, dm.other, dm.label, sum(d.s) AS docs, sum(d.s * dm.n) AS n "
        "FROM _cd d JOIN dm USING (doc_id) GROUP BY ALL"
    )
    # the kept entries of the entities that change
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _ol AS SELECT entity_id, c.entity_id AS other, c.label, c.docs, c.n FROM ("
        "SELECT entity_id, unnest(cooccurring) AS c FROM entity_summary "
        "WHERE entity_id IN (SELECT entity_id FROM _cd))"
    )
    slices = _slices(con, "SELECT entity_id FROM _dl UNION ALL SELECT entity_id FROM _ol", chunk)
    for at in range(slices):
        con.execute(
            f"""UPDATE entity_summary SET cooccurring = coalesce(y.c, []) FROM (
                WITH x AS (SELECT * FROM _ol WHERE entity_id IN (SELECT entity_id FROM _sk WHERE k = $k)
                           UNION ALL SELECT * FROM _dl WHERE entity_id IN (SELECT entity_id FROM _sk WHERE k = $k))
                {_COOC_LIST}
            ) y WHERE entity_summary.entity_id = y.entity_id""",
            {"k": at},
        )
    for t in ("_ow", "_kc", "_nw", "_cd", "_dl", "_ol", "_sk"):
        con.execute(f"DROP TABLE {t}")
