"""Near-duplicates and stories: MinHash signatures and their band keys, story profiles, their band
keys and embeddings, the stories themselves and the document reads the stories stage needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import NO_DATE
from .base import KEY_LIST, Migration, StoreBase, _by_key, _empty
from .rows import _blobs, _json

MIGRATIONS: list[Migration] = [
    (
        4,
        "near-duplicate signatures, LSH band keys, stories and settings",
        """
        CREATE TABLE minhash (
            doc_id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            sig BLOB NOT NULL,
            size INTEGER NOT NULL,
            usable BOOLEAN NOT NULL
        );
        CREATE TABLE lsh (key UBIGINT NOT NULL, seq BIGINT NOT NULL);
        CREATE TABLE settings (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY,
            title VARCHAR,
            title_doc VARCHAR,
            first_seen DATE,
            last_seen DATE,
            size INTEGER NOT NULL,
            profile JSON
        );
        CREATE TABLE story_sig (doc_id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, sig BLOB NOT NULL, day INTEGER);
        CREATE TABLE story_lsh (key UBIGINT NOT NULL, seq BIGINT NOT NULL);
        CREATE TABLE search_docs (doc_id VARCHAR PRIMARY KEY);
        CREATE TABLE search_vocab (term VARCHAR PRIMARY KEY, key VARCHAR NOT NULL);
        CREATE INDEX search_vocab_key ON search_vocab (key);
        """,
    ),
    (
        6,
        "the city a report names most and the hashes of its entities, kept with its story profile",
        """
        ALTER TABLE story_sig ADD COLUMN city VARCHAR;
        ALTER TABLE story_sig ADD COLUMN eset BLOB;
        """,
    ),
    (
        9,
        "story vectors: the embeddings of reports whose story pairs needed them, kept so none is computed twice",
        """
        CREATE TABLE story_vectors (
            doc_id VARCHAR PRIMARY KEY,
            embedder VARCHAR NOT NULL,
            vec BLOB NOT NULL
        );
        """,
    ),
]


class StoriesMixin(StoreBase):
    """Signatures, band keys, profiles, embeddings and stories."""

    def check_dedup_settings(self, settings: dict[str, Any]) -> None:
        """Record the MinHash settings, or refuse others than those the stored signatures used.

        Raises:
            ConfigError: Stored signatures were made with other settings.
        """
        from ..errors import ConfigError

        wanted = _json(settings)
        stored = self.setting("dedup")
        if stored is None or self.count("minhash") == 0:
            self.set_setting("dedup", wanted)
        elif stored != wanted:
            raise ConfigError(
                f"dedup settings {wanted} differ from those of the stored signatures {stored}: "
                "run 'sambandh dedup --rebuild' to hash every article again"
            )

    def reset_dedup(self) -> None:
        """Forget every signature and near-duplicate link (the next dedup hashes everything)."""
        self.con.execute("BEGIN TRANSACTION")
        _empty(self.con, "minhash")  # made again, not emptied row by row (no index block loaded)
        _empty(self.con, "lsh")
        self.con.execute("DELETE FROM settings WHERE name = 'dedup'")
        self.con.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
        self.con.execute("COMMIT")

    def count_unhashed(self) -> int:
        """How many articles have no signature yet."""
        row = self.con.execute("SELECT count(*) FROM documents d ANTI JOIN minhash m ON m.doc_id = d.id").fetchone()
        return int(row[0]) if row else 0

    def iter_unhashed(self, batch: int) -> Iterator[tuple[list[str], list[str], list[int]]]:
        """``(ids, texts, ranks)`` batches of articles without a signature, in storage order;
        ``ranks`` is each article's place in publication order (0 for the earliest).

        One streamed scan: fetching batches by id would scan the text column once per batch,
        and sorting would carry the texts through the sort.
        """
        yield from self._stream(
            "WITH o AS (SELECT d.id, (row_number() OVER (ORDER BY d.published NULLS LAST, d.ingested_at, d.id) - 1)"
            "::BIGINT AS rank FROM documents d ANTI JOIN minhash m ON m.doc_id = d.id) "
            "SELECT d.id, d.text, o.rank FROM documents d JOIN o ON o.id = d.id",
            batch,
        )

    def next_minhash_seq(self) -> int:
        """The sequence number the next hashed article gets."""
        row = self.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM minhash").fetchone()
        return int(row[0]) if row else 0

    def lsh_candidates(self, keys: Any, usable: Any) -> tuple[Any, Any]:
        """Per new row and band, the earliest stored article sharing the band key.

        Returns:
            ``(rows, seqs)`` arrays: new row index and the stored article's sequence number.
        """
        return self._band_candidates("lsh", "min", keys, usable)

    def _band_candidates(self, table: str, pick: str, keys: Any, usable: Any) -> tuple[Any, Any]:
        """``(row, seq)``: per new row and band key, the ``pick`` (min/max) stored ``seq`` in ``table``."""
        import numpy as np
        import pyarrow as pa

        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        if not self.con.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return empty
        rows = np.repeat(np.arange(keys.shape[0]), keys.shape[1])
        mask = np.repeat(usable, keys.shape[1])
        self.con.register("_k", pa.table({"row": rows[mask], "key": keys.reshape(-1)[mask]}))
        try:
            got = self.con.execute(
                f"SELECT k.row, {pick}(l.seq) AS seq FROM _k k JOIN {table} l ON k.key = l.key GROUP BY k.row, k.key"
            ).fetchnumpy()
        finally:
            self.con.unregister("_k")
        return np.asarray(got["row"], dtype=np.int64), np.asarray(got["seq"], dtype=np.int64)

    def minhash_rows(self, seqs: list[int], num_perm: int) -> tuple[Any, Any, list[str], list[str | None]]:
        """Signatures, shingle counts, ids and originals (``duplicate_of``) of stored articles, in ``seqs`` order."""
        import numpy as np

        if not seqs:
            return np.zeros((0, num_perm), dtype=np.uint32), np.zeros(0, dtype=np.int64), [], []
        rows = self.con.execute(
            "SELECT m.seq, m.doc_id, m.sig, d.duplicate_of, m.size FROM minhash m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.seq IN (SELECT unnest(?))",
            [seqs],
        ).fetchall()
        by_seq = {r[0]: r for r in rows}
        ordered = [by_seq[q] for q in seqs]
        sigs = np.frombuffer(b"".join(r[2] for r in ordered), dtype=np.uint32).reshape(len(ordered), num_perm)
        sizes = np.array([r[4] for r in ordered], dtype=np.int64)
        return sigs, sizes, [r[1] for r in ordered], [r[3] for r in ordered]

    def write_minhash(
        self, ids: list[str], first_seq: int, sigs: Any, sizes: Any, keys: Any, usable: Any,
        duplicate_of: list[str | None],
        chunk: int = 50_000,
    ) -> None:  # fmt: skip
        """Store signatures, band keys and ``duplicate_of`` links of newly hashed articles.

        One transaction per ``chunk`` articles (their signatures, keys and links together):
        a million articles' band keys in one transaction would sit in memory until the
        commit. An interrupted run leaves whole chunks, earliest first, and the next run
        hashes the rest against them, which gives the same links.
        """
        import numpy as np
        import pyarrow as pa

        con = self.con
        for lo in range(0, len(ids), chunk):
            hi = min(lo + chunk, len(ids))
            with self._transaction():
                seq = np.arange(first_seq + lo, first_seq + hi, dtype=np.int64)
                con.register(
                    "_mh",
                    pa.table({"doc_id": ids[lo:hi], "seq": seq, "sig": _blobs(sigs[lo:hi]),
                              "size": sizes[lo:hi].astype(np.int32), "usable": usable[lo:hi]}),
                )  # fmt: skip
                con.execute("INSERT INTO minhash SELECT doc_id, seq, sig, size, usable FROM _mh ON CONFLICT DO NOTHING")
                con.unregister("_mh")
                k = keys[lo:hi][usable[lo:hi]]
                con.register(
                    "_lsh", pa.table({"key": k.reshape(-1), "seq": np.repeat(seq[usable[lo:hi]], keys.shape[1])})
                )
                con.execute("INSERT INTO lsh SELECT key, seq FROM _lsh")
                con.unregister("_lsh")
                links = [(d, o) for d, o in zip(ids[lo:hi], duplicate_of[lo:hi], strict=True) if o is not None]
                if links:
                    con.register("_dup", pa.table({"id": [d for d, _ in links], "dup": [o for _, o in links]}))
                    con.execute("UPDATE documents SET duplicate_of = _dup.dup FROM _dup WHERE documents.id = _dup.id")
                    con.unregister("_dup")

    def count_unstoried(self) -> int:
        """How many articles have no story yet."""
        row = self.con.execute("SELECT count(*) FROM documents WHERE story_id IS NULL").fetchone()
        return int(row[0]) if row else 0

    def leads(self, ids: list[str], chars: int = 600) -> dict[str, tuple[str | None, str]]:
        """Title and the first ``chars`` characters of the text of these documents."""
        cur = self.con.execute(
            "SELECT id, title, left(text, ?) FROM documents WHERE id IN (SELECT unnest(?))", [chars, ids]
        )
        return {r[0]: (r[1], r[2]) for r in cur.fetchall()}

    def iter_unstoried(self, batch: int, chars: int = 600, top: int = 10) -> Iterator[tuple[list[Any], ...]]:
        """Articles without a story, in storage order: ``(ids, titles, leads, entity ids, ranks,
        days, duplicate_of, language)`` column batches.

        ``leads`` are the first ``chars`` characters of the text; the entity ids are those the
        document names most often (up to ``top``, most named first; among equals, the dateline's
        place first: a report's own city before one it recalls; a place named as its government,
        ``<country> सरकार``, a ``government`` mention, counts as ``<place id>/government``, as the model's
        ORG over the phrase did); ``ranks`` are places in
        publication order (0 for the earliest); ``days`` count from 1970-01-01
        (``index.NO_DATE`` when undated). One streamed scan, like :meth:`iter_unhashed`.
        """
        yield from self._stream(
            "WITH todo AS (SELECT id, (row_number() OVER (ORDER BY published NULLS LAST, ingested_at, id) - 1)::BIGINT "
            "  AS rank FROM documents WHERE story_id IS NULL), "
            "top AS (SELECT doc_id, list(entity_id ORDER BY c DESC, dl DESC, entity_id) AS ents FROM ("
            "  SELECT doc_id, entity_id, count(*) AS c, bool_or(source = 'dateline') AS dl, row_number() OVER "
            "  (PARTITION BY doc_id ORDER BY count(*) DESC, bool_or(source = 'dateline') DESC, entity_id) AS r "
            "FROM (SELECT doc_id, source, CASE WHEN source = 'government' THEN entity_id || '/government' "
            "  ELSE entity_id END AS entity_id FROM mentions) "
            "  WHERE doc_id IN (SELECT id FROM todo) GROUP BY doc_id, entity_id"
            ") WHERE r <= ? GROUP BY doc_id) "
            "SELECT d.id, d.title, left(d.text, ?), top.ents, todo.rank, "
            "coalesce(datediff('day', DATE '1970-01-01', d.published), ?), d.duplicate_of, d.language "
            "FROM documents d JOIN todo ON todo.id = d.id LEFT JOIN top ON top.doc_id = d.id",
            batch,
            [top, chars, NO_DATE],
        )

    def common_entities(self, share: float) -> tuple[int, list[tuple[str, int]]]:
        """How many articles are stored, and the entities more than ``share`` of them name, each with
        the number of articles naming it: the summarised articles' counts (``entity_summary``) and
        the others' (the new ones, whose summaries come after the stories stage) added.
        """
        row = self.con.execute("SELECT count(*) FROM documents").fetchone()
        n = int(row[0]) if row else 0
        if not n:
            return 0, []
        rows = self.con.execute(
            "WITH fresh AS (SELECT entity_id, count(DISTINCT doc_id) AS d FROM mentions WHERE doc_id IN ("
            "  SELECT id FROM documents x ANTI JOIN entity_summary_docs s ON s.doc_id = x.id) GROUP BY entity_id) "
            "SELECT entity_id, (coalesce(s.own_documents, 0) + coalesce(f.d, 0))::BIGINT AS docs "
            "FROM entity_summary s FULL OUTER JOIN fresh f USING (entity_id) WHERE docs > ? ORDER BY entity_id",
            [share * n],
        ).fetchall()
        return n, [(str(e), int(d)) for e, d in rows]

    def story_candidates(self, keys: Any, usable: Any) -> tuple[Any, Any]:
        """Per new row and band, the latest stored article sharing the story band key."""
        return self._band_candidates("story_lsh", "max", keys, usable)

    def story_rows(self, seqs: list[int], num_perm: int, ent_top: int = 10) -> dict[int, dict[str, Any]]:
        """Profile signature, entity hashes, day, city, language, story and id of stored articles, by
        sequence number.
        """
        import numpy as np

        if not seqs:
            return {}
        cur = self.con.execute(
            "SELECT s.seq, s.sig, s.day, d.story_id, s.city, s.eset, d.language, s.doc_id FROM story_sig s "
            "JOIN documents d ON d.id = s.doc_id WHERE s.seq IN (SELECT unnest(?))",
            [seqs],
        )
        # profiles stored before migration 6 have no entity hashes: none shared with anybody
        empty = np.zeros(ent_top, dtype=np.uint64)
        return {
            int(q): {"sig": np.frombuffer(sig, dtype=np.uint32), "day": int(day), "story_id": story, "city": city,
                     "eset": np.frombuffer(eset, dtype=np.uint64) if eset else empty, "language": lang, "doc_id": doc}
            for q, sig, day, story, city, eset, lang, doc in cur.fetchall()
        }  # fmt: skip

    def story_vectors(self, ids: list[str], embedder: str) -> dict[str, Any]:
        """The kept embeddings (float32 rows) of these documents, made by ``embedder``."""
        import numpy as np

        cur = self.con.execute(
            "SELECT doc_id, vec FROM story_vectors WHERE embedder = ? AND doc_id IN (SELECT unnest(?))", [embedder, ids]
        )
        return {d: np.frombuffer(v, dtype=np.float32) for d, v in cur.fetchall()}

    def write_story_vectors(self, ids: list[str], embedder: str, vecs: Any) -> None:
        """Keep the embeddings of these documents (a vector from another embedder is replaced)."""
        import pyarrow as pa

        with self._transaction():
            self.con.register("_sv", pa.table({"doc_id": ids, "vec": _blobs(vecs)}))
            self.con.execute("INSERT OR REPLACE INTO story_vectors SELECT doc_id, ?, vec FROM _sv", [embedder])
            self.con.unregister("_sv")

    def source_stories(self) -> list[tuple[str, str | None]]:
        """Every source read (copies of one text included) with the story of its document."""
        return self.con.execute(
            "SELECT s.source, d.story_id FROM document_sources s JOIN documents d ON d.id = s.doc_id ORDER BY 1"
        ).fetchall()

    def stories_of(self, doc_ids: list[str]) -> dict[str, str | None]:
        """The story of each of these stored documents (one absent from the store is left out).

        Read :data:`KEY_LIST` ids at a time through the index: one query a document cost about 1 CPU ms
        (the near copies of a 10,000-article pass, 5,000 of them, 5 s of its stories phase).
        """
        out: dict[str, str | None] = {}
        keys = list(dict.fromkeys(doc_ids))
        for at in range(0, len(keys), KEY_LIST):
            out.update(_by_key(self.con, "SELECT id, story_id FROM documents WHERE id", keys[at : at + KEY_LIST]))
        return out

    def next_story_seq(self) -> int:
        """The sequence number the next profiled article gets."""
        row = self.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM story_sig").fetchone()
        return int(row[0]) if row else 0

    def write_stories(
        self, ids: list[str], first_seq: int, sigs: Any, keys: Any, usable: Any, days: Any, story_of: list[str],
        cities: list[str | None] | None = None, esets: Any = None, chunk: int = 50_000,
    ) -> None:  # fmt: skip
        """Store profiles, band keys, cities and story ids, and refresh the touched stories.

        ``usable`` says which rows (1-d) or which band keys (2-d, like ``keys``) to index.
        One transaction per ``chunk`` articles, earliest first (as :meth:`write_minhash`).
        """
        import numpy as np
        import pyarrow as pa

        cities = cities if cities is not None else [None] * len(ids)
        if usable.ndim == 1:
            usable = np.repeat(usable[:, None], keys.shape[1], axis=1)
        con = self.con
        for lo in range(0, len(ids), chunk):
            hi = min(lo + chunk, len(ids))
            seq = np.arange(first_seq + lo, first_seq + hi, dtype=np.int64)
            with self._transaction():
                con.register(
                    "_ss",
                    pa.table({"doc_id": ids[lo:hi], "seq": seq, "sig": _blobs(sigs[lo:hi]),
                              "day": days[lo:hi].astype(np.int32), "city": pa.array(cities[lo:hi], pa.string()),
                              "eset": _blobs(esets[lo:hi]) if esets is not None else pa.nulls(hi - lo, pa.binary())}),
                )  # fmt: skip
                con.execute(
                    "INSERT INTO story_sig SELECT doc_id, seq, sig, day, city, eset FROM _ss ON CONFLICT DO NOTHING"
                )
                con.unregister("_ss")
                ok = usable[lo:hi]
                k = keys[lo:hi][ok]
                con.register("_sl", pa.table({"key": k, "seq": np.broadcast_to(seq[:, None], ok.shape)[ok]}))
                con.execute("INSERT INTO story_lsh SELECT key, seq FROM _sl")
                con.unregister("_sl")
                con.register("_st", pa.table({"id": ids[lo:hi], "story": story_of[lo:hi]}))
                con.execute("UPDATE documents SET story_id = _st.story FROM _st WHERE documents.id = _st.id")
                con.execute(
                    "INSERT OR REPLACE INTO stories "
                    "SELECT story_id, arg_min(title, (coalesce(published, DATE '9999-12-31'), ingested_at, id)), "
                    "arg_min(id, (coalesce(published, DATE '9999-12-31'), ingested_at, id)), min(published), "
                    "max(published), count(*)::INTEGER, NULL FROM documents "
                    "WHERE story_id IN (SELECT DISTINCT story FROM _st) GROUP BY story_id"
                )
                con.unregister("_st")

    def carry_links(self, links: Any) -> dict[str, int]:
        """Take near copies and stories computed over more articles than are stored (a Spark lake's).

        ``links`` is an Arrow table of ``doc_id, duplicate_of, story_id``. Each stored document it
        names takes its ``story_id``, and its ``duplicate_of`` where that original is stored too;
        a near copy whose original is not stored stands as an original (no link to a missing
        document). The stories touched are summed up again from their stored documents. Where a
        document already in the search index changes story, ``reindex`` says so: the index holds
        each document's story, so the caller rebuilds it (``forget_index``).

        Returns:
            ``documents`` (stored ones ``links`` names), ``near_copies`` (linked to a stored original),
            ``originals_elsewhere`` (near copies whose original is not stored), ``changed`` (documents
            whose link or story changed) and ``reindex`` (1 when an indexed document changed story).
        """
        con = self.con
        with self._transaction():
            con.register("_ln", links)
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _carry AS "
                "SELECT d.id, CASE WHEN o.id IS NOT NULL THEN l.duplicate_of END AS dup, "
                "coalesce(l.story_id, d.story_id) AS story, l.duplicate_of IS NOT NULL AND o.id IS NULL AS elsewhere, "
                "d.duplicate_of AS old_dup, d.story_id AS old_story, x.doc_id IS NOT NULL AS indexed "
                "FROM _ln l JOIN documents d ON d.id = l.doc_id LEFT JOIN documents o ON o.id = l.duplicate_of "
                "LEFT JOIN search_docs x ON x.doc_id = d.id"
            )
            con.unregister("_ln")
            row = con.execute(
                "SELECT count(*), count(dup), count(*) FILTER (elsewhere), "
                "count(*) FILTER (dup IS DISTINCT FROM old_dup OR story IS DISTINCT FROM old_story), "
                "count(*) FILTER (indexed AND story IS DISTINCT FROM old_story) FROM _carry"
            ).fetchone()
            n, copies, elsewhere, changed, stale = (int(v) for v in row) if row else (0, 0, 0, 0, 0)
            con.execute(
                "UPDATE documents SET duplicate_of = c.dup, story_id = c.story FROM _carry c "
                "WHERE documents.id = c.id "
                "AND (c.dup IS DISTINCT FROM c.old_dup OR c.story IS DISTINCT FROM c.old_story)"
            )
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT s FROM ("
                "SELECT unnest([old_story, story]) AS s FROM _carry WHERE story IS DISTINCT FROM old_story) "
                "WHERE s IS NOT NULL"
            )
            con.execute("DELETE FROM stories WHERE story_id IN (SELECT s FROM _touched)")
            con.execute(
                "INSERT INTO stories "
                "SELECT story_id, arg_min(title, (coalesce(published, DATE '9999-12-31'), ingested_at, id)), "
                "arg_min(id, (coalesce(published, DATE '9999-12-31'), ingested_at, id)), min(published), "
                "max(published), count(*)::INTEGER, NULL FROM documents "
                "WHERE story_id IN (SELECT s FROM _touched) GROUP BY story_id"
            )
            con.execute("DROP TABLE _carry")
            con.execute("DROP TABLE _touched")
        return {"documents": n, "near_copies": copies, "originals_elsewhere": elsewhere, "changed": changed,
                "reindex": int(stale > 0)}  # fmt: skip

    def iter_stories(self, story_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every story (or those in ``story_ids``) with its documents (earliest first), largest first."""
        where = "WHERE s.story_id IN (SELECT unnest(?))" if story_ids is not None else ""
        cur = self.con.execute(
            "SELECT s.story_id, s.title, s.title_doc, s.first_seen, s.last_seen, s.size, "
            "list(d.id ORDER BY d.published NULLS LAST, d.ingested_at, d.id) FROM stories s "
            f"JOIN documents d ON d.story_id = s.story_id {where} "
            "GROUP BY ALL ORDER BY s.size DESC, s.first_seen, s.story_id",
            [story_ids] if story_ids is not None else [],
        )
        while True:
            rows = cur.fetchmany(1000)
            if not rows:
                return
            for r in rows:
                yield {
                    "story_id": r[0], "title": r[1], "title_doc": r[2],
                    "first_seen": r[3].isoformat() if r[3] else None,
                    "last_seen": r[4].isoformat() if r[4] else None, "size": r[5], "doc_ids": r[6],
                }  # fmt: skip

    def story_docs(self, ids: list[str]) -> list[dict[str, Any]]:
        """Id, source, date, text, sentences and original of these documents, in ``ids`` order."""
        cur = self.con.execute(
            "SELECT id, source, published, text, sentences, duplicate_of FROM documents WHERE id IN (SELECT unnest(?))",
            [ids],
        )
        got = {
            r[0]: {"id": r[0], "source": r[1], "published": r[2].isoformat() if r[2] else None, "text": r[3],
                   "sentences": json.loads(r[4]) if r[4] else [], "duplicate_of": r[5]}
            for r in cur.fetchall()
        }  # fmt: skip
        return [got[i] for i in ids if i in got]

    def story_briefs(self, ids: list[str]) -> list[tuple[Any, ...]]:
        """``(story_id, title, first_seen, last_seen, size)`` of the stories ``ids`` (any order)."""
        return list(self.con.execute(
            "SELECT story_id, title, first_seen, last_seen, size FROM stories WHERE story_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall())  # fmt: skip

    def latest_story_ids(self, limit: int, offset: int = 0) -> list[str]:
        """Story ids, the latest seen first (then the largest)."""
        return [r[0] for r in self.con.execute(
            "SELECT story_id FROM stories ORDER BY last_seen DESC NULLS LAST, size DESC, story_id LIMIT ? OFFSET ?",
            [limit, offset]).fetchall()]  # fmt: skip

    def has_story(self, story_id: str) -> bool:
        """Whether a story has this id."""
        return self.con.execute("SELECT 1 FROM stories WHERE story_id = ?", [story_id]).fetchone() is not None
