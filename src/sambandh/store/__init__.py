"""Store stage: one DuckDB file, versioned schema, idempotent writes.

Articles are keyed by the content hash of their clean text, so writing the same article
twice adds nothing; each input that produced an article is recorded in
``document_sources`` (so a second copy under other chrome is linked, not lost). Writes go in
batches, one transaction each: a run killed mid-way leaves whole batches only, and the next
run skips what is stored by the hash of the input bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from ..errors import LockedError, StoreError
from ..faults import point
from ..model import NO_DATE, Article, Rejected, content_hash, sort_key
from .lake import lake_records as lake_records
from .migrations import MIGRATIONS
from .rows import (
    _JSON_COLUMNS,
    DOC_COLUMNS,
    EVENT_COLUMNS,
    FACT_COLUMNS,
    MENTION_COLUMNS,
    ROLE_COLUMNS,
    TIMEX_COLUMNS,
    _blobs,
    _doc_schema,
    _json,
    _q,
    _quarantine_schema,
    _role_schema,
    _row_to_article,
)


class Store:
    """A Sambandh database in one DuckDB file.

    Args:
        path: The DuckDB file (created with its parent folder when missing).
        read_only: Open without writing or migrating.
        memory_limit: DuckDB's memory limit for writing (its buffer cache).

    Raises:
        StoreError: The file cannot be opened (locked by another process, not a DuckDB
            file) or migrated.
    """

    def __init__(self, path: Path | str, read_only: bool = False, memory_limit: str = "1GB") -> None:
        import duckdb

        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no database at {self.path}: run 'sambandh ingest' first")
                # a reader's cache is bounded too: a server over a large archive stays within its memory
                self.con = duckdb.connect(str(self.path), read_only=True, config={"memory_limit": memory_limit})
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # A fixed cache makes peak memory level off as the database grows; one thread is
                # enough for batch inserts and measured ~25 MB lower (bench/ingest.py).
                self.con = duckdb.connect(str(self.path), config={"memory_limit": memory_limit, "threads": 1})
                self.migrate()
        except duckdb.Error as exc:
            if "could not set lock" in str(exc).lower():
                pid = re.search(r"\(PID (\d+)\)", str(exc))
                raise LockedError(
                    f"database {self.path} is in use by another process{f' (PID {pid[1]})' if pid else ''}: "
                    "wait for its ingest to finish or stop the server using it, then run again "
                    "(a server can ingest while serving: sambandh serve --watch)"
                ) from None
            raise StoreError(_store_message(self.path, exc, "cannot open database")) from None
        if read_only:
            known = max(v for v, _, _ in MIGRATIONS)
            found = self.schema_version()
            if found > known:
                self.con.close()
                raise StoreError(f"database {self.path} has schema version {found}, newer than "
                                 f"this Sambandh knows ({known}): upgrade Sambandh to read it")  # fmt: skip

    @classmethod
    def over(cls, con: Any, path: Path | str) -> Store:
        """A store over an open connection of an already opened database (a cursor of the server's
        one DuckDB instance: each thread reads through its own, an ingest writes through another,
        and readers see the last committed state meanwhile).
        """
        store = cls.__new__(cls)
        store.path, store.con = Path(path), con
        return store

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        """The highest applied migration (0 for an empty file)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in its own transaction.

        Returns:
            The versions applied now.
        """
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        known = max(v for v, _, _ in MIGRATIONS)
        if current > known:
            # written by a newer Sambandh: refuse before this code writes rows the schema may not take
            raise StoreError(f"database {self.path} has schema version {current}, newer than this Sambandh "
                             f"knows ({known}): upgrade Sambandh to use it")  # fmt: skip
        applied = []
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])
                self.con.execute("COMMIT")
            except Exception as exc:  # noqa: BLE001 - any failure leaves the file as it was
                _rollback(self.con)
                raise StoreError(_store_message(self.path, exc)) from None
            applied.append(version)
        return applied

    # -- writing --------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """One transaction on ``self.con``: committed at the end, rolled back on any failure,
        which reaches the caller as one ``StoreError`` line.
        """
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 - any failure rolls the batch back
            _rollback(con)  # after a failed COMMIT there is nothing to roll back: keep the first error
            raise StoreError(_store_message(self.path, exc)) from None
        point("commit")

    def seen_raw_hashes(self, hashes: list[str]) -> set[str]:
        """Which of ``hashes`` belong to inputs already stored or quarantined (not counting those a
        bug quarantined, code ``internal``: each run tries them again).
        """
        if not hashes:
            return set()
        import pyarrow as pa

        self.con.register("_probe", pa.table({"h": hashes}))
        try:
            rows = self.con.execute(
                "SELECT raw_hash FROM document_sources WHERE raw_hash IN (SELECT h FROM _probe) "
                "UNION SELECT raw_hash FROM quarantine WHERE code <> 'internal' AND raw_hash IN (SELECT h FROM _probe)"
            ).fetchall()
        finally:
            self.con.unregister("_probe")
        return {r[0] for r in rows}

    def write_batch(self, articles: list[Article], rejected: list[Rejected], keep_bytes: int) -> dict[str, int]:
        """Write one batch in one transaction.

        Returns:
            Counts: ``new`` articles, ``same_text`` (inputs whose clean text was already
            stored; linked as another source), ``quarantined``.
        """
        import pyarrow as pa

        now = _now()
        counts = {"new": 0, "same_text": 0, "quarantined": 0}
        # within one batch, the first input with a text wins; the rest are sources of it
        unique: dict[str, Article] = {}
        for a in articles:
            unique.setdefault(str(a.id), a)
        docs = {c: [] for c in DOC_COLUMNS}  # type: dict[str, list[Any]]
        for a in unique.values():
            d = a.to_dict()
            for c in DOC_COLUMNS:
                if c in _JSON_COLUMNS:
                    docs[c].append(_json(d[c]) if d[c] is not None else None)
                elif c == "ingested_at":
                    docs[c].append(now)
                elif c == "published":
                    docs[c].append(dt.date.fromisoformat(d[c]) if d[c] else None)
                else:
                    docs[c].append(d.get(c))
        sources = {
            "doc_id": [a.id for a in articles],
            "source": [a.source for a in articles],
            "raw_hash": [a.raw_hash for a in articles],
            "ingested_at": [now] * len(articles),
        }
        quarantine = {
            "id": [content_hash(f"{r.source}\x00{r.code}\x00{r.raw_hash or ''}") for r in rejected],
            "source": [r.source for r in rejected],
            "code": [r.code for r in rejected],
            "reason": [r.reason for r in rejected],
            "raw_hash": [r.raw_hash for r in rejected],
            "size": [r.size for r in rejected],
            "data": [r.data[:keep_bytes] if r.data is not None else None for r in rejected],
            "data_truncated": [r.data is not None and len(r.data) > keep_bytes for r in rejected],
            "ingested_at": [now] * len(rejected),
        }
        with self._transaction() as con:
            if unique:
                con.register("_docs", pa.table(docs, schema=_doc_schema()))
                new = con.execute(
                    f"INSERT INTO documents SELECT {', '.join(DOC_COLUMNS)} FROM _docs ON CONFLICT DO NOTHING RETURNING id"
                ).fetchall()
                counts["new"] = len(new)
                con.unregister("_docs")
                self._write_entities([unique[r[0]] for r in new])
            if articles:
                con.register("_src", pa.table(sources))
                con.execute("INSERT INTO document_sources SELECT * FROM _src ON CONFLICT DO NOTHING")
                # an input a bug once quarantined and that now went in is no longer in quarantine
                con.execute("DELETE FROM quarantine WHERE code = 'internal' AND raw_hash IN (SELECT raw_hash FROM _src)")
                con.unregister("_src")
            if rejected:
                con.register("_q", pa.table(quarantine, schema=_quarantine_schema()))
                added = con.execute(
                    "INSERT INTO quarantine SELECT * FROM _q ON CONFLICT DO NOTHING RETURNING id"
                ).fetchall()
                counts["quarantined"] = len(added)
                con.unregister("_q")
        counts["same_text"] = len(articles) - counts["new"]
        return counts

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

    # -- near-duplicates ------------------------------------------------------------------

    def setting(self, name: str) -> str | None:
        """A stored setting (``None`` when unset)."""
        row = self.con.execute("SELECT value FROM settings WHERE name = ?", [name]).fetchone()
        return str(row[0]) if row else None

    def set_setting(self, name: str, value: str) -> None:
        """Store a setting."""
        self.con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [name, value])

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
        self.con.execute("DELETE FROM minhash")
        self.con.execute("DELETE FROM lsh")
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

    def _stream(self, sql: str, batch: int, params: list[Any] | None = None) -> Iterator[Any]:
        """Column lists of ``sql``'s rows, ``batch`` rows at a time, from one streamed query.

        A cursor of its own keeps the stream open while the caller writes on ``self.con``.
        """
        cur = self.con.cursor()
        try:
            reader = cur.execute(sql, params or []).to_arrow_reader(batch)
            for rb in reader:
                yield tuple(col.to_pylist() for col in rb.columns)
        finally:
            cur.close()

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

    # -- stories --------------------------------------------------------------------------

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
        place first: a report's own city before one it recalls); ``ranks`` are places in
        publication order (0 for the earliest); ``days`` count from 1970-01-01
        (``index.NO_DATE`` when undated). One streamed scan, like :meth:`iter_unhashed`.
        """
        yield from self._stream(
            "WITH todo AS (SELECT id, (row_number() OVER (ORDER BY published NULLS LAST, ingested_at, id) - 1)::BIGINT "
            "  AS rank FROM documents WHERE story_id IS NULL), "
            "top AS (SELECT doc_id, list(entity_id ORDER BY c DESC, dl DESC, entity_id) AS ents FROM ("
            "  SELECT doc_id, entity_id, count(*) AS c, bool_or(source = 'dateline') AS dl, row_number() OVER "
            "  (PARTITION BY doc_id ORDER BY count(*) DESC, bool_or(source = 'dateline') DESC, entity_id) AS r FROM mentions "
            "  WHERE doc_id IN (SELECT id FROM todo) GROUP BY doc_id, entity_id"
            ") WHERE r <= ? GROUP BY doc_id) "
            "SELECT d.id, d.title, left(d.text, ?), top.ents, todo.rank, "
            "coalesce(datediff('day', DATE '1970-01-01', d.published), ?), d.duplicate_of, d.language "
            "FROM documents d JOIN todo ON todo.id = d.id LEFT JOIN top ON top.doc_id = d.id",
            batch,
            [top, chars, NO_DATE],
        )

    def story_candidates(self, keys: Any, usable: Any) -> tuple[Any, Any]:
        """Per new row and band, the latest stored article sharing the story band key."""
        return self._band_candidates("story_lsh", "max", keys, usable)

    def story_rows(self, seqs: list[int], num_perm: int, ent_top: int = 10) -> dict[int, dict[str, Any]]:
        """Profile signature, entity hashes, day, city, language, story and id of stored articles, by sequence number."""
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

    def story_of(self, doc_id: str) -> str | None:
        """The story of a stored document."""
        row = self.con.execute("SELECT story_id FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

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

    def doc_entities(self, ids: list[str]) -> dict[str, dict[str, str]]:
        """The entities each of these documents names in its text: ``{doc_id: {entity_id: name}}``."""
        cur = self.con.execute(
            "SELECT doc_id, entity_id, any_value(canonical) FROM mentions WHERE doc_id IN (SELECT unnest(?)) "
            "AND source <> 'dateline' AND entity_id IS NOT NULL GROUP BY doc_id, entity_id",
            [ids],
        )
        out: dict[str, dict[str, str]] = {}
        for doc_id, entity_id, name in cur.fetchall():
            out.setdefault(doc_id, {})[entity_id] = name
        return out

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

    # -- search index ---------------------------------------------------------------------

    def iter_unindexed(self, batch: int) -> Iterator[list[dict[str, Any]]]:
        """Batches of articles not yet in the search index, with their entity ids (one streamed scan)."""
        for ids, titles, texts, sources, langs, stories, published, ents in self._stream(
            "WITH e AS (SELECT doc_id, list(DISTINCT entity_id) AS ents FROM mentions GROUP BY doc_id) "
            "SELECT d.id, d.title, d.text, d.source, d.language, d.story_id, d.published, e.ents "
            "FROM documents d ANTI JOIN search_docs s ON s.doc_id = d.id LEFT JOIN e ON e.doc_id = d.id",
            batch,
        ):
            yield [
                {"doc_id": i, "title": t, "text": x, "source": so, "language": la, "story": st, "published": pu,
                 "entities": sorted(en or [])}
                for i, t, x, so, la, st, pu, en in zip(ids, titles, texts, sources, langs, stories, published, ents,
                                                       strict=True)
            ]  # fmt: skip

    def mark_indexed(self, ids: list[str]) -> None:
        """Record that these articles are in the search index."""
        import pyarrow as pa

        self.con.register("_ix", pa.table({"doc_id": ids}))
        self.con.execute("INSERT INTO search_docs SELECT doc_id FROM _ix ON CONFLICT DO NOTHING")
        self.con.unregister("_ix")

    def indexed_hindi(self) -> bool:
        """Whether any indexed article is in Hindi (so the search vocabulary must hold terms)."""
        row = self.con.execute("SELECT EXISTS (SELECT 1 FROM documents d JOIN search_docs s ON s.doc_id = d.id "
                               "WHERE d.language = 'hi')").fetchone()  # fmt: skip
        return bool(row and row[0])

    def forget_index(self) -> None:
        """Mark every article as not indexed (the next index run rebuilds the index and vocabulary)."""
        self.con.execute("DELETE FROM search_docs")

    def new_vocab_terms(self, terms: list[str]) -> list[str]:
        """Which of ``terms`` the search vocabulary lacks."""
        import pyarrow as pa

        if not terms:
            return []
        self.con.register("_v", pa.table({"term": terms}))
        try:
            rows = self.con.execute("SELECT v.term FROM _v v ANTI JOIN search_vocab s ON s.term = v.term").fetchall()
        finally:
            self.con.unregister("_v")
        return [r[0] for r in rows]

    def add_vocab(self, rows: list[tuple[str, str]]) -> None:
        """Add ``(term, phonetic key)`` rows to the search vocabulary."""
        import pyarrow as pa

        if not rows:
            return
        self.con.register("_v", pa.table({"term": [t for t, _ in rows], "key": [k for _, k in rows]}))
        self.con.execute("INSERT INTO search_vocab SELECT term, key FROM _v ON CONFLICT DO NOTHING")
        self.con.unregister("_v")

    def documents_brief(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Title, date and source of these documents, by id, in the order given."""
        rows = {r[0]: r[1:] for r in self.con.execute(
            "SELECT id, title, published, source FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}  # fmt: skip
        return {d: {"title": rows[d][0], "published": rows[d][1].isoformat() if rows[d][1] else None, "source": rows[d][2]}
                for d in ids if d in rows}  # fmt: skip

    def documents_meta(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Title, text, date, source, language, story and original of a few documents, by id."""
        out: dict[str, dict[str, Any]] = {}
        for doc_id in ids:  # point lookups use the primary key; an IN-list would scan
            row = self.con.execute(
                "SELECT title, text, published, source, language, story_id, duplicate_of FROM documents WHERE id = ?",
                [doc_id],
            ).fetchone()
            if row:
                out[doc_id] = {
                    "title": row[0], "text": row[1], "published": row[2].isoformat() if row[2] else None,
                    "source": row[3], "language": row[4], "story_id": row[5], "duplicate_of": row[6],
                }  # fmt: skip
        return out

    def vocab_by_key(self, keys: list[str]) -> dict[str, list[str]]:
        """Devanagari search terms per phonetic key."""
        out: dict[str, list[str]] = {k: [] for k in keys}
        if keys:
            for term, key in self.con.execute(
                "SELECT term, key FROM search_vocab WHERE key IN (SELECT unnest(?)) ORDER BY term", [keys]
            ).fetchall():
                out[key].append(term)
        return out

    # -- reading --------------------------------------------------------------------------

    # ---- reads for the pages, exports and the lake (the SQL the read side needs) ------------------
    def story_briefs(self, ids: list[str]) -> list[tuple[Any, ...]]:
        """``(story_id, title, first_seen, last_seen, size)`` of the stories ``ids`` (any order)."""
        return list(self.con.execute(
            "SELECT story_id, title, first_seen, last_seen, size FROM stories WHERE story_id IN (SELECT unnest(?))", [ids]
        ).fetchall())  # fmt: skip

    def latest_story_ids(self, limit: int, offset: int = 0) -> list[str]:
        """Story ids, the latest seen first (then the largest)."""
        return [r[0] for r in self.con.execute(
            "SELECT story_id FROM stories ORDER BY last_seen DESC NULLS LAST, size DESC, story_id LIMIT ? OFFSET ?",
            [limit, offset]).fetchall()]  # fmt: skip

    def has_story(self, story_id: str) -> bool:
        """Whether a story has this id."""
        return self.con.execute("SELECT 1 FROM stories WHERE story_id = ?", [story_id]).fetchone() is not None

    def documents_summary(self) -> tuple[Any, ...]:
        """``(documents, near copies, languages, last ingested, first published, last published)``."""
        row = self.con.execute(
            "SELECT count(*), count(duplicate_of), count(DISTINCT language), max(ingested_at), min(published), "
            "max(published) FROM documents"
        ).fetchone()
        return tuple(row) if row else (0, 0, 0, None, None, None)

    def quarantine_by_code(self) -> dict[str, int]:
        """Quarantined inputs counted by error code."""
        return dict(self.con.execute("SELECT code, count(*) FROM quarantine GROUP BY code ORDER BY code").fetchall())

    def top_entities(self, doc_ids: list[str], limit: int) -> list[tuple[Any, ...]]:
        """``(entity_id, label, documents, mentions)`` of the entities most named in ``doc_ids``."""
        return list(self.con.execute(
            "SELECT entity_id, any_value(label), count(DISTINCT doc_id) AS docs, count(*) AS n FROM mentions "
            "WHERE doc_id IN (SELECT unnest(?)) GROUP BY entity_id ORDER BY docs DESC, n DESC, entity_id LIMIT ?",
            [doc_ids, limit],
        ).fetchall())  # fmt: skip

    def role_evidence(self, entity_id: str, limit: int | None = None) -> tuple[list[tuple[Any, ...]], int]:
        """The stated roles of an entity, dated first, by date (with ``limit``: the latest that many):
        ``(role, of, date, basis, doc_id, start, end, sentence text)``, and how many there are in all.
        """
        row = self.con.execute("SELECT count(*) FROM roles WHERE entity_id = ?", [entity_id]).fetchone()
        rows = self.con.execute(
            'SELECT * FROM (SELECT r.role, r."of", r.date, r.basis, r.doc_id, r.start, r."end", r.date IS NULL AS undated '
            "FROM roles r WHERE r.entity_id = ? ORDER BY undated DESC, r.date DESC, r.doc_id DESC LIMIT ?) "
            "ORDER BY undated, date, doc_id",
            [entity_id, limit if limit is not None else 2**62],
        ).fetchall()  # fmt: skip
        texts = self.texts(sorted({r[4] for r in rows}))
        out = [(role, of, date, basis, doc, s, e, texts.get(doc, "")[s:e] if s is not None and s >= 0 else "")
               for role, of, date, basis, doc, s, e, _ in rows]  # fmt: skip
        return out, int(row[0]) if row else 0

    _FACETS = {"source": "source", "language": "language", "year": "CAST(year(published) AS VARCHAR)", "story": "story_id"}

    def facet_counts(self, doc_ids: list[str], facet: str) -> list[tuple[Any, int]]:
        """The ten most frequent values of a facet (``source``, ``language``, ``year``, ``story``) among ``doc_ids``."""
        expr = self._FACETS.get(facet)
        if expr is None:
            raise StoreError(f"no facet {facet!r}")
        return list(self.con.execute(
            f"SELECT {expr} AS v, count(*) FROM documents WHERE id IN (SELECT unnest(?)) "
            "GROUP BY v ORDER BY count(*) DESC, v NULLS LAST LIMIT 10",
            [doc_ids],
        ).fetchall())  # fmt: skip

    def document_links(self, doc_id: str) -> tuple[str | None, str | None, list[str]]:
        """A document's ``(duplicate_of, story_id, ids of its near copies)``."""
        row = self.con.execute("SELECT duplicate_of, story_id FROM documents WHERE id = ?", [doc_id]).fetchone()
        copies = [r[0] for r in self.con.execute(
            "SELECT id FROM documents WHERE duplicate_of = ? ORDER BY id", [doc_id]).fetchall()]  # fmt: skip
        dup, story = row if row else (None, None)
        return dup, story, copies

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

    # -- entity summaries -------------------------------------------------------------------

    def summarise_new_documents(self) -> int:
        """Add the mentions of the documents not summarised yet to the entity summaries: counts,
        the names and labels the texts give (each counted), the surfaces; a touched entity's
        ``names_folded`` is cleared for :meth:`write_entity_folding` to fill. One transaction.

        Returns:
            The documents summarised now.
        """
        with self._transaction() as con:
            con.execute("CREATE OR REPLACE TEMP TABLE _sd AS "
                        "SELECT id AS doc_id FROM documents d ANTI JOIN entity_summary_docs s ON s.doc_id = d.id")  # fmt: skip
            row = con.execute("SELECT count(*) FROM _sd").fetchone()
            n = int(row[0]) if row else 0
            if n:
                con.execute(
                    "INSERT INTO entity_names SELECT entity_id, label, coalesce(canonical, ''), count(*) FROM mentions "
                    "WHERE doc_id IN (SELECT doc_id FROM _sd) GROUP BY ALL ON CONFLICT DO UPDATE SET n = n + excluded.n"
                )
                con.execute(
                    "INSERT OR IGNORE INTO entity_surfaces SELECT DISTINCT m.entity_id, substring(CASE WHEN m.source = "
                    "'dateline' THEN d.raw ELSE d.text END, m.start + 1, m.\"end\" - m.start) FROM mentions m "
                    "JOIN documents d ON d.id = m.doc_id WHERE m.doc_id IN (SELECT doc_id FROM _sd)"
                )
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE _tc AS SELECT entity_id, count(*) AS n, count(DISTINCT doc_id) AS d "
                    "FROM mentions WHERE doc_id IN (SELECT doc_id FROM _sd) GROUP BY entity_id"
                )
                con.execute(
                    "INSERT INTO entity_summary (entity_id, own_mentions, own_documents, mentions, documents) "
                    "SELECT entity_id, n, d, n, d FROM _tc ON CONFLICT DO UPDATE SET "
                    "own_mentions = own_mentions + excluded.own_mentions, own_documents = own_documents + excluded.own_documents"
                )
                # the label and name the texts give most often (a name before none; ties: the first in order)
                con.execute(
                    "UPDATE entity_summary SET label = x.label, name = nullif(x.name, ''), names_folded = NULL FROM ("
                    "  SELECT entity_id, first(label ORDER BY n DESC, label) AS label, "
                    "  first(canonical ORDER BY canonical = '', n DESC, canonical) AS name FROM entity_names "
                    "  WHERE entity_id IN (SELECT entity_id FROM _tc) GROUP BY entity_id"
                    ") x WHERE entity_summary.entity_id = x.entity_id"
                )
                con.execute("INSERT INTO entity_summary_docs SELECT doc_id FROM _sd")
                con.execute("DROP TABLE _tc")
            con.execute("DROP TABLE _sd")
        return n

    def entities_to_name(self) -> list[tuple[str, str | None, str | None, list[str]]]:
        """Summarised entities whose ``names_folded`` is not filled: ``(entity_id, label, name, surfaces)``."""
        cur = self.con.execute(
            "SELECT s.entity_id, s.label, s.name, list(f.surface ORDER BY f.surface) FILTER (WHERE f.surface IS NOT NULL) "
            "FROM entity_summary s LEFT JOIN entity_surfaces f USING (entity_id) WHERE s.names_folded IS NULL "
            "GROUP BY ALL ORDER BY 1"
        )
        return [(e, lab, name, list(surf or [])) for e, lab, name, surf in cur.fetchall()]

    def entity_labels_names(self) -> list[tuple[str, str | None, str | None]]:
        """``(entity_id, label, name)`` of every summarised entity."""
        return self.con.execute("SELECT entity_id, label, name FROM entity_summary ORDER BY entity_id").fetchall()

    def write_entity_folding(self, names_folded: list[tuple[str, str]], folded: dict[str, str]) -> None:
        """Fill ``names_folded`` of these entities, fold each partial name into its fuller one
        (``{partial id: full id}``, every other fold undone) and recount each entity's mentions
        and documents with its partials. One transaction.
        """
        import pyarrow as pa

        with self._transaction() as con:
            if names_folded:
                con.register("_nf", pa.table({"entity_id": [e for e, _ in names_folded], "f": [f for _, f in names_folded]}))
                con.execute("UPDATE entity_summary SET names_folded = _nf.f FROM _nf WHERE entity_summary.entity_id = _nf.entity_id")
                con.unregister("_nf")
            con.execute("UPDATE entity_summary SET folded_into = NULL, mentions = own_mentions, documents = own_documents "
                        "WHERE folded_into IS NOT NULL OR mentions <> own_mentions OR documents <> own_documents")  # fmt: skip
            if folded:
                con.register("_fo", pa.table({"entity_id": list(folded), "full": list(folded.values())},
                                             schema=pa.schema([("entity_id", pa.string()), ("full", pa.string())])))
                con.execute("UPDATE entity_summary SET folded_into = _fo.full FROM _fo WHERE entity_summary.entity_id = _fo.entity_id")
                con.unregister("_fo")
                con.execute(
                    "UPDATE entity_summary SET mentions = x.n, documents = x.d FROM ("
                    "  SELECT g.full AS entity_id, count(*) AS n, count(DISTINCT m.doc_id) AS d FROM mentions m JOIN ("
                    "    SELECT entity_id, coalesce(folded_into, entity_id) AS full FROM entity_summary "
                    "    WHERE coalesce(folded_into, entity_id) IN (SELECT folded_into FROM entity_summary WHERE folded_into IS NOT NULL)"
                    "  ) g USING (entity_id) GROUP BY g.full"
                    ") x WHERE entity_summary.entity_id = x.entity_id"
                )

    def entity_summary_complete(self) -> bool:
        """Whether every stored document is in the entity summaries (a database from before
        migration 11, opened read-only, has none).
        """
        import duckdb

        try:
            row = self.con.execute(
                "SELECT count(*) FROM documents d ANTI JOIN entity_summary_docs s ON s.doc_id = d.id"
            ).fetchone()
            unnamed = self.con.execute("SELECT count(*) FROM entity_summary WHERE names_folded IS NULL").fetchone()
        except duckdb.CatalogException:
            return False
        return bool(row is not None and not row[0] and unnamed is not None and not unnamed[0])

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
            "SELECT entity_id FROM entity_summary WHERE folded_into = ? ORDER BY entity_id", [entity_id]).fetchall()]  # fmt: skip
        surfaces = [r[0] for r in self.con.execute(
            "SELECT DISTINCT surface FROM entity_surfaces WHERE entity_id IN (SELECT unnest(?)) ORDER BY surface", [group]).fetchall()]  # fmt: skip
        return {"label": row[0], "name": row[1], "mentions": int(row[2]), "documents": int(row[3]), "aliases": surfaces,
                "group": group}  # fmt: skip

    def entity_summary_rows(self) -> list[tuple[str, str | None, str | None, int, list[str], list[str], list[str]]]:
        """Every entity of the summaries with the partial names folded into it, most mentioned
        first (the entities list's order): ``(entity_id, label, name, mentions, doc ids,
        surfaces, partial ids)``, the lists sorted; what ``export entities`` writes from.
        """
        # the documents are not kept in the summaries (only their count): they come from the
        # mentions of each entity's group, a partial name's under its fuller one
        cur = self.con.execute(
            "WITH g AS (SELECT entity_id, coalesce(folded_into, entity_id) AS full FROM entity_summary), "
            "d AS (SELECT g.full, list(DISTINCT m.doc_id ORDER BY m.doc_id) AS docs FROM mentions m JOIN g USING (entity_id) "
            "      GROUP BY g.full), "
            "f AS (SELECT g.full, list(DISTINCT f.surface ORDER BY f.surface) AS surfaces FROM entity_surfaces f "
            "      JOIN g USING (entity_id) GROUP BY g.full), "
            "p AS (SELECT folded_into AS full, list(entity_id ORDER BY entity_id) AS parts FROM entity_summary "
            "      WHERE folded_into IS NOT NULL GROUP BY folded_into) "
            "SELECT s.entity_id, s.label, s.name, s.mentions, d.docs, f.surfaces, p.parts FROM entity_summary s "
            "LEFT JOIN d ON d.full = s.entity_id LEFT JOIN f ON f.full = s.entity_id LEFT JOIN p ON p.full = s.entity_id "
            "WHERE s.folded_into IS NULL ORDER BY s.mentions DESC, s.entity_id"
        )
        return [(e, lab, name, int(n), list(docs or []), list(surf or []), list(parts or []))
                for e, lab, name, n, docs, surf, parts in cur.fetchall()]  # fmt: skip

    def entity_documents(self, entity_ids: list[str], limit: int) -> list[str]:
        """The latest ``limit`` documents that name any of these entities, newest first.

        A busy entity's are found among the latest ``20 * limit`` documents of the archive (the
        same documents in the same order as a search of all, without joining its every mention
        with the documents); where that window holds too few, all its mentions are searched.
        """
        recent = [r[0] for r in self.con.execute(
            "WITH w AS (SELECT id, published FROM documents ORDER BY published DESC NULLS LAST, id LIMIT ?) "
            "SELECT w.id FROM w WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = w.id AND m.entity_id IN (SELECT unnest(?))) "
            "ORDER BY w.published DESC NULLS LAST, w.id LIMIT ?",
            [20 * limit, entity_ids, limit]).fetchall()]  # fmt: skip
        if len(recent) == limit:
            return recent
        cur = self.con.execute(
            "SELECT m.doc_id FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN (SELECT unnest(?)) "
            "GROUP BY m.doc_id ORDER BY max(d.published) DESC NULLS LAST, m.doc_id LIMIT ?",
            [entity_ids, limit],
        )
        return [r[0] for r in cur.fetchall()]

    def entity_summary_page(self, label: str | None, q: str | None, limit: int, offset: int
                            ) -> tuple[list[tuple[str, str | None, str | None, int, int]], int]:  # fmt: skip
        """Entities (partial names folded in), most mentioned first, of ``label`` and with ``q`` in
        one of their folded names: one page of ``(entity_id, label, name, mentions, documents)`` and the total.
        """
        where: list[str] = ["folded_into IS NULL"]
        params: list[Any] = []
        if label:
            where.append("label = ?")
            params.append(label)
        if q:
            where.append("entity_id IN (SELECT coalesce(folded_into, entity_id) FROM entity_summary WHERE contains(names_folded, ?))")
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

    def count(self, table: str) -> int:
        """Rows in ``table``."""
        if table not in (
            "documents", "document_sources", "quarantine", "mentions", "roles", "timexes", "events", "facts", "minhash",
            "lsh", "stories", "story_sig", "story_lsh", "story_vectors", "search_docs", "search_vocab",
            "happenings", "happening_events",
        ):  # fmt: skip
            raise StoreError(f"no table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def get_article(self, doc_id: str) -> Article | None:
        """The stored article with ``doc_id``, or ``None``."""
        cur = self.con.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?", [doc_id])
        row = cur.fetchone()
        if not row:
            return None
        art = _row_to_article(row)
        self._attach_entities(art)
        return art

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

    # -- happenings (relations.update_happenings) -----------------------------------------

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

    def happening_views(self, blocks: list[str]) -> list[tuple[str, str, Any, list[str]]]:
        """``(event_id, block, merged Event, doc ids)`` of the happenings in these merge blocks,
        in the order they were first told.
        """
        from ..model import Event

        if not blocks:
            return []
        # the order they were made in: by their first event in iter_events order
        cur = self.con.execute(
            "SELECT h.event_id, h.block, h.view, list(DISTINCT he.doc_id) FROM happenings h "
            "JOIN happening_events he ON he.event_id = h.event_id JOIN events e ON e.doc_id = he.doc_id AND e.idx = he.idx "
            "WHERE h.block IN (SELECT unnest(?)) GROUP BY h.event_id, h.block, h.view "
            "ORDER BY min(e.sort_key || chr(1) || e.doc_id || chr(1) || lpad(CAST(e.idx AS VARCHAR), 8, '0'))", [blocks]
        )
        return [(e, b, Event.from_dict(json.loads(v)), list(d)) for e, b, v, d in cur.fetchall()]

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

    def write_happenings(self, rows: list[tuple[str, str, str, str, str, str]], members: list[tuple[str, int, str]],
                         setting: tuple[str, str] | None = None,
                         edges: list[tuple[str, str, str, bool, str | None]] | None = None) -> None:  # fmt: skip
        """Store happenings ``(event_id, block, sort_key, view, record, brief)`` (replacing those with the
        same id, their read model with them), which stored events they hold ``(doc_id, idx,
        event_id)`` and the graph edges they make ``(event_id, a, b, folded, day)``, in one transaction.
        """
        import pyarrow as pa

        with self._transaction() as con:
            if rows:
                con.register("_h", pa.table({k: [r[i] for r in rows] for i, k in
                                             enumerate(("event_id", "block", "sort_key", "view", "record", "brief"))}))  # fmt: skip
                con.execute("DELETE FROM happenings WHERE event_id IN (SELECT event_id FROM _h)")
                con.execute("DELETE FROM happening_index WHERE event_id IN (SELECT event_id FROM _h)")
                con.execute("INSERT INTO happenings (event_id, block, sort_key, view, record, brief) "
                            "SELECT event_id, block, sort_key, view, record, brief FROM _h")
                con.execute(_happening_read_model("event_id IN (SELECT event_id FROM _h)"))
                con.execute("DELETE FROM happening_edges WHERE event_id IN (SELECT event_id FROM _h)")
                con.unregister("_h")
            if edges:
                con.register("_e", pa.table({k: [e[i] for e in edges] for i, k in enumerate(("event_id", "a", "b", "folded", "day"))},
                                            schema=pa.schema([("event_id", pa.string()), ("a", pa.string()), ("b", pa.string()),
                                                              ("folded", pa.bool_()), ("day", pa.string())])))  # fmt: skip
                con.execute("INSERT INTO happening_edges SELECT e.event_id, e.a, e.b, e.folded, e.day, h.sort_key, h.type "
                            "FROM _e e JOIN happenings h ON h.event_id = e.event_id")  # fmt: skip
                con.unregister("_e")
            if members:
                con.register("_m", pa.table({"doc_id": [m[0] for m in members], "idx": [m[1] for m in members],
                                             "event_id": [m[2] for m in members]}))  # fmt: skip
                con.execute("INSERT OR REPLACE INTO happening_events SELECT doc_id, idx, event_id FROM _m")
                con.unregister("_m")
            if setting is not None:
                con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", list(setting))

    def clear_happenings(self) -> None:
        """Forget every happening (the next update merges all events again)."""
        with self._transaction() as con:
            con.execute("DELETE FROM happening_events")
            con.execute("DELETE FROM happening_index")
            con.execute("DELETE FROM happening_edges")
            con.execute("DELETE FROM happenings")

    def happenings_complete(self) -> bool:
        """Whether every stored event is in a kept happening and the read model exists (a
        database from before migrations 8 and 10, opened read-only, has neither).
        """
        import duckdb

        try:
            self.con.execute("SELECT 1 FROM happening_index LIMIT 1").fetchall()
            left = self.con.execute(
                "SELECT count(*) FROM events e ANTI JOIN happening_events h ON e.doc_id = h.doc_id AND e.idx = h.idx"
            ).fetchone()
        except duckdb.CatalogException:
            return False
        return left is not None and not left[0]

    def find_happenings(
        self, *, involving: list[str] | None = None, acting: list[str] | None = None, types: list[str] | None = None,
        status: str | None = None, since: str | None = None, until: str | None = None, doc_ids: list[str] | None = None,
        event_ids: list[str] | None = None, order: str = "sort", newest_first: bool = False, limit: int | None = None,
        offset: int = 0, brief: bool = False,
    ) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
        """Kept happenings' export rows (``brief``: as lists show them, ``relations.brief_record``)
        that match every filter given, one page of them, and how many match.

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
            brief: The rows lists show (a report or five, one sentence each), not the whole record.
        """
        table, cond, params = _happening_where(involving, acting, types, status, since, until, doc_ids, event_ids)
        # a plain filter counted as count_if: DuckDB 1.5 counts a pushed-down string filter over a
        # compressed column far slower (India's rows at 1M: 105 ms against 9 ms)
        counted = f"SELECT count_if({cond}) FROM {table}" if "SELECT" not in cond else f"SELECT count(*) FROM {table} WHERE {cond}"
        row = self.con.execute(counted, params).fetchone()
        total = int(row[0]) if row else 0
        key = "sort_key" if order == "sort" else "coalesce(day, '')"
        direction = "DESC" if newest_first else "ASC"
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" OFFSET {int(offset)}" if offset else "")
        # the page's ids first, then their rows: ordering never reads the large record column
        ids = [r[0] for r in self.con.execute(
            f"SELECT event_id FROM {table} WHERE {cond} ORDER BY {key} {direction}, event_id {direction}{page}", params
        ).fetchall()]  # fmt: skip
        if not ids:
            return [], total
        return self._happening_rows(ids, brief), total

    def _happening_rows(self, ids: list[str], brief: bool = False) -> list[dict[str, Any]]:
        """The export rows (``brief``: list rows) of these kept happenings, in this order (unknown ids left out)."""
        got = _by_key(self.con, f"SELECT event_id, {'brief' if brief else 'record'} FROM happenings WHERE event_id", ids)
        return [json.loads(got[i]) for i in ids if i in got]

    def happening_edge_counts(self, folded: bool, since: str | None = None, until: str | None = None,
                              types: list[str] | None = None) -> list[tuple[str, str, int, dict[str, int], str | None, str | None, list[str]]]:  # fmt: skip
        """The relation graph over the kept happenings whose ``sort_key`` lies in ``[since, until]``
        (an undated one only without a range) and of ``types``: per edge ``(a, b, events, events by type,
        first day, last day, the ids of its latest EDGE_EVENT_IDS events, newest first)``; a node is an edge with ``a == b``.
        ``folded``: actors folded into their countries.
        """
        where: list[str] = ["folded = ?"]
        params: list[Any] = [folded]
        if since or until:
            where.append("sort_key NOT IN ('9999', '')")
        if since:
            where.append("sort_key >= ?")
            params.append(since)
        if until:
            where.append("left(sort_key, 10) <= ?")
            params.append(until)
        if types:
            where.append("type IN (SELECT unnest(?))")
            params.append(list(types))
        cond = " AND ".join(where)
        # bounded aggregates only (no list of every event of an edge): memory stays flat at any size
        by_type: dict[tuple[str, str], dict[str, int]] = {}
        for a, b, t, n in self.con.execute(f"SELECT a, b, type, count(*) FROM happening_edges WHERE {cond} GROUP BY ALL",
                                           params).fetchall():  # fmt: skip
            by_type.setdefault((a, b), {})[t] = int(n)
        cur = self.con.execute(
            "SELECT a, b, count(*), min(day), max(day), "
            f"arg_max(event_id, (sort_key, event_id), {EDGE_EVENT_IDS}) "
            f"FROM happening_edges WHERE {cond} GROUP BY a, b ORDER BY a, b",
            params,
        )
        return [(a, b, int(n), by_type.get((a, b), {}), lo, hi, list(ids)) for a, b, n, lo, hi, ids in cur.fetchall()]

    def happening_month_counts(self, *, involving: list[str] | None = None, acting: list[str] | None = None,
                               since: str | None = None, until: str | None = None) -> tuple[dict[tuple[str, str], int], dict[str, int]]:  # fmt: skip
        """For the happenings :meth:`find_happenings` would give: those that occurred, by month of
        their day and type, and those without a day, by type.
        """
        table, cond, params = _happening_where(involving, acting, None, None, since, until, None, None)
        rows = self.con.execute(
            f"SELECT left(day, 7), type, count(*) FROM {table} WHERE {cond} AND day IS NOT NULL AND status = 'occurred' "
            f"GROUP BY ALL", params).fetchall()  # fmt: skip
        undated = self.con.execute(f"SELECT type, count(*) FROM {table} WHERE {cond} AND day IS NULL GROUP BY ALL", params).fetchall()
        return {(m, t): int(n) for m, t, n in rows}, {t: int(n) for t, n in undated}

    def happening_type_counts(self) -> dict[str, int]:
        """Kept happenings by PLOVER type."""
        return {t: int(n) for t, n in self.con.execute("SELECT type, count(*) FROM happenings GROUP BY type ORDER BY type").fetchall()}

    def happenings_sharing(self, entity_ids: list[str], exclude: str, day: str | None, limit: int,
                           brief: bool = False) -> list[dict[str, Any]]:  # fmt: skip
        """Other kept happenings that involve two of ``entity_ids``, or one that is not a country,
        most shared first, then nearest to ``day`` (an ISO day; rows without one come last), then by id.
        """
        cur = self.con.execute(
            "WITH shared AS (SELECT event_id, count(*) AS n, bool_or(NOT starts_with(entity_id, 'country:')) AS named, "
            "  any_value(sort_key) AS sort_key FROM happening_index "
            "  WHERE entity_id IN (SELECT unnest(?)) AND acts AND event_id <> ? GROUP BY event_id) "
            "SELECT event_id FROM shared WHERE n >= 2 OR named "
            "ORDER BY n DESC, coalesce(abs(datediff('day', try_cast(left(sort_key, 10) AS DATE), "
            "  try_cast(? AS DATE))), 1000000), event_id LIMIT ?",
            [entity_ids, exclude, day, limit],
        )
        return self._happening_rows([r[0] for r in cur.fetchall()], brief)

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

    def facts(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Every stored fact row (``FACT_COLUMNS``), or those with ``entity_id`` as subject or object, by document and position."""
        where = "WHERE subject = ? OR object = ?" if entity_id is not None else ""
        cur = self.con.execute(f"SELECT {', '.join(_q(c) for c in FACT_COLUMNS)} FROM facts {where} ORDER BY doc_id, idx",
                               [entity_id, entity_id] if entity_id is not None else [])  # fmt: skip
        return [dict(zip(FACT_COLUMNS, r, strict=True)) for r in cur.fetchall()]

    def texts(self, doc_ids: list[str]) -> dict[str, str]:
        """Clean texts of these documents."""
        if not doc_ids:
            return {}
        return _by_key(self.con, "SELECT id, text FROM documents WHERE id", doc_ids)

    # -- the web ------------------------------------------------------------------------------

    def fetch_state(self, url: str) -> dict[str, Any] | None:
        """What the last fetch of ``url`` left: ``etag``, ``last_modified``, ``status``, ``error``, ``failures``."""
        row = self.con.execute(
            "SELECT etag, last_modified, status, error, failures FROM fetch_state WHERE url = ?", [url]
        ).fetchone()
        if row is None:
            return None
        return {"etag": row[0], "last_modified": row[1], "status": row[2], "error": row[3], "failures": row[4]}

    def record_fetch(self, url: str, status: int | None, etag: str | None = None, last_modified: str | None = None,
                     error: str | None = None) -> None:  # fmt: skip
        """Remember a fetch (validators of a success; the error of a failure, counted) and commit it.

        A success also drops the quarantine row an earlier failure of the same address left.
        """
        with self._transaction() as con:
            con.execute(
                "INSERT INTO fetch_state VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "etag = coalesce(excluded.etag, CASE WHEN excluded.error IS NULL THEN NULL ELSE fetch_state.etag END), "
                "last_modified = coalesce(excluded.last_modified, "
                "  CASE WHEN excluded.error IS NULL THEN NULL ELSE fetch_state.last_modified END), "
                "status = excluded.status, error = excluded.error, "
                "failures = CASE WHEN excluded.error IS NULL THEN 0 ELSE fetch_state.failures + 1 END, "
                "fetched_at = excluded.fetched_at",
                [url, etag, last_modified, status, error, 1 if error else 0, _now()],
            )
            if error is None:
                con.execute("DELETE FROM quarantine WHERE code = 'fetch' AND source = ?", [url])

    def fetched(self, url: str) -> bool:
        """Whether ``url`` was fetched successfully before, or is a stored document's source."""
        row = self.con.execute(
            "SELECT 1 FROM fetch_state WHERE url = ? AND error IS NULL AND status < 400 "
            "UNION ALL SELECT 1 FROM document_sources WHERE source = ? LIMIT 1",
            [url, url],
        ).fetchone()
        return row is not None

    def sources_of(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Where each of these documents came from: ``title``, ``published`` (ISO), ``source``, ``meta``."""
        if not doc_ids:
            return {}
        cur = self.con.execute(
            "SELECT id, title, published, source, meta FROM documents WHERE id IN (SELECT unnest(?))", [doc_ids]
        )
        return {
            i: {"title": t, "published": p.isoformat() if p else None, "source": s, "meta": json.loads(m) if m else {}}
            for i, t, p, s, m in cur.fetchall()
        }

    def mention_names(self, entity_ids: list[str]) -> dict[str, str]:
        """A canonical name for each of these entities, as the mentions give it."""
        if not entity_ids:
            return {}
        cur = self.con.execute(
            "SELECT entity_id, any_value(canonical) FROM mentions WHERE entity_id IN (SELECT unnest(?)) GROUP BY entity_id",
            [entity_ids],
        )
        return {i: n for i, n in cur.fetchall() if n}

    def iter_articles(self, batch: int = 1000) -> Iterator[tuple[Article, dict[str, Any]]]:
        """Every stored article, by publication date then id, with its ``duplicate_of`` and ``story_id``."""
        cur = self.con.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents ORDER BY published NULLS LAST, id")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            for row in rows:
                rec = dict(zip(DOC_COLUMNS, row, strict=True))
                yield _row_to_article(row), {"duplicate_of": rec["duplicate_of"], "story_id": rec["story_id"]}

    def quarantined(self) -> list[dict[str, Any]]:
        """Quarantine rows without their data."""
        cur = self.con.execute("SELECT source, code, reason, size, ingested_at FROM quarantine ORDER BY source")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _happening_read_model(where: str) -> str:
    """SQL that fills the read model of the happenings matching ``where`` from their kept export
    rows: the type, day and status columns, and one ``happening_index`` row per entity an event
    involves (``acts``: as an actor or the country one acts for, else only as its place), with
    the event's sort key, day, type and status so an entity's events are one table's rows.
    """
    return f"""
        UPDATE happenings SET type = json_extract_string(record, '$.type'),
            day = json_extract_string(record, '$.when.day'),
            status = coalesce(json_extract_string(record, '$.modality'), 'occurred')
        WHERE {where};
        INSERT INTO happening_index
        SELECT x.event_id, x.e, bool_or(x.acts), any_value(h.sort_key), any_value(h.day), any_value(h.type),
               any_value(h.status)
        FROM (
            SELECT event_id, unnest(json_extract_string(record, '$.actors[*].entity_id')) AS e, true AS acts
            FROM happenings WHERE {where}
            UNION ALL
            SELECT event_id, unnest(json_extract_string(record, '$.actors[*].affiliation')), true FROM happenings WHERE {where}
            UNION ALL
            SELECT event_id, json_extract_string(record, '$.place.entity_id'), false FROM happenings WHERE {where}
        ) x JOIN happenings h ON h.event_id = x.event_id WHERE x.e IS NOT NULL GROUP BY x.event_id, x.e;
        """


POINT_LOOKUPS = 200  # up to this many keys, rows are fetched one by one through the primary key


def _by_key(con: Any, select: str, keys: list[str]) -> dict[str, Any]:
    """``{key: value}`` of ``select`` (``SELECT key, value FROM t WHERE key``) for these keys.

    A few keys are looked up one by one through the primary key: an IN-list joins on a scan,
    which reads the large value column (texts, records) of every row group it touches.
    """
    if not keys:
        return {}
    if len(keys) <= POINT_LOOKUPS:
        out = {}
        for k in dict.fromkeys(keys):
            row = con.execute(f"{select} = ?", [k]).fetchone()
            if row is not None:
                out[row[0]] = row[1]
        return out
    return dict(con.execute(f"{select} IN (SELECT unnest(?))", [keys]).fetchall())


EDGE_EVENT_IDS = 20  # a graph edge lists its latest events, this many (its weight counts them all)


def _happening_where(involving: list[str] | None, acting: list[str] | None, types: list[str] | None, status: str | None,
                     since: str | None, until: str | None, doc_ids: list[str] | None, event_ids: list[str] | None
                     ) -> tuple[str, str, list[Any]]:  # fmt: skip
    """The table, WHERE condition and parameters of :meth:`Store.find_happenings`'s filters.

    With an entity to filter on, the rows are that entity's ``happening_index`` rows (they carry
    the sort key, day, type and status), so the query never scans every happening.
    """
    ents = [(e, False) for e in involving or []] + [(e, True) for e in acting or []]
    where: list[str] = ["true"]
    params: list[Any] = []
    table = "happenings"
    if ents and doc_ids is None and event_ids is None:
        table = "happening_index"
        (first, acts), ents = ents[0], ents[1:]
        where.append("entity_id = ?" + (" AND acts" if acts else ""))
        params.append(first)
    for ent, acts in ents:
        where.append("event_id IN (SELECT event_id FROM happening_index WHERE entity_id = ?" + (" AND acts)" if acts else ")"))
        params.append(ent)
    if types:
        where.append("type IN (SELECT unnest(?))")
        params.append(list(types))
    if status:
        where.append("status = ?")
        params.append(status)
    if since:
        where.append("day >= ?")
        params.append(since)
    if until:
        where.append("day <= ?")
        params.append(until)
    if doc_ids is not None:
        where.append("event_id IN (SELECT event_id FROM happening_events WHERE doc_id IN (SELECT unnest(?)))")
        params.append(list(doc_ids))
    if event_ids is not None:
        where.append("event_id IN (SELECT unnest(?))")
        params.append(list(event_ids))
    return table, " AND ".join(where), params


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _rollback(con: Any) -> None:
    """Roll back if a transaction is still open; a failed COMMIT has already ended it."""
    with suppress(Exception):  # "no transaction is active" must not hide the first error
        con.execute("ROLLBACK")


def _store_message(path: Path, exc: BaseException, what: str = "cannot write to") -> str:
    """One line that says what went wrong with the database file: no space, no permission, a
    damaged file, or the engine's own first line.
    """
    text = str(exc)
    low = text.lower()
    if "no space left" in low or "disk full" in low or "errno 28" in low:
        return f"{what} {path}: no space left on the device"
    if "permission denied" in low or "read-only file system" in low:
        return f"{what} {path}: permission denied"
    if any(k in low for k in ("corrupt", "checksum", "not a valid duckdb", "invalid magic", "failed to read database header")):
        return f"{what} {path}: the file is damaged or not a Sambandh database ({text.splitlines()[0][:160]})"
    return f"{what} {path}: {text.splitlines()[0] if text else type(exc).__name__}"


__all__ = ["DOC_COLUMNS", "EDGE_EVENT_IDS", "MIGRATIONS", "Store", "lake_records"]
