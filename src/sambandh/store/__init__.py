"""Store stage: one DuckDB file, versioned schema, idempotent writes.

Articles are keyed by the content hash of their clean text, so writing the same article
twice adds nothing; each input that produced an article is recorded in
``document_sources`` (so a second copy under other chrome is linked, not lost). Writes go in
batches, one transaction each: a run killed mid-way leaves whole batches only, and the next
run skips what is stored by the hash of the input bytes.

``Store`` is composed of one mixin per component, each module holding that component's SQL
and its steps of the schema history (``migrations`` puts them in order): ``documents``
(documents, sources, quarantine, fetch state), ``annotations`` (mentions, roles, time
expressions, events, facts), ``stories`` (near-duplicates and stories), ``search_index``,
``happenings`` and ``entities`` (the entities' read model); ``base`` holds what they share.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import LockedError, StoreError
from .annotations import AnnotationsMixin
from .base import _now, _rollback, _store_message
from .documents import DocumentsMixin
from .entities import EntitiesMixin
from .happenings import EDGE_EVENT_IDS, HappeningsMixin
from .lake import lake_records as lake_records
from .migrations import MIGRATIONS
from .rows import DOC_COLUMNS
from .rows import _doc_schema as _doc_schema
from .search_index import SearchIndexMixin
from .stories import StoriesMixin


def _quiet(con: Any) -> Any:
    # DuckDB draws a progress bar on the terminal for long statements (a migration over a large
    # archive); the CLI prints its own progress, and a server's log is no place for one
    con.execute("SET enable_progress_bar = false")
    return con


def _replay_room(path: Path, memory_limit: str) -> str:
    """The memory limit to open ``path`` with: ``memory_limit``, raised by the file's size while a
    write-ahead log is beside it. A write committed but not yet checkpointed (an ingest stopped after
    a batch) is replayed at open, and replaying its inserts loads the blocks of every index they
    touch, which DuckDB cannot evict (at a million articles one 500-article batch loads 0.6 GB): with
    the plain limit the file could not be opened again. What the indexes hold is bounded by the file;
    :func:`_settle` sets the limit back once the log is replayed.
    """
    from ..config import memory_bytes

    wal = path.with_name(path.name + ".wal")
    if not wal.exists() or not path.exists():
        return memory_limit
    return f"{memory_bytes(memory_limit) + path.stat().st_size + wal.stat().st_size}B"


def _settle(con: Any, memory_limit: str, opened_with: str) -> tuple[Any, str]:
    """Set the limit raised for a log's replay back to ``memory_limit`` on top of the index blocks
    the replay left resident (DuckDB cannot go below what it may not evict); the connection and the
    limit it has, as set.
    """
    from ..config import memory_bytes

    if opened_with == memory_limit:
        return con, memory_limit
    row = con.execute(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
    ).fetchone()
    settled = f"{memory_bytes(memory_limit) + int(row[0] if row else 0)}B"
    con.execute(f"SET memory_limit = '{settled}'")
    return con, settled


MIGRATION_MEMORY = "1GB"  # the least memory limit migrations run with (Store.migrate)


def _writer(path: Path, memory_limit: str) -> tuple[Any, str]:
    import duckdb

    opened_with = _replay_room(path, memory_limit)

    # A fixed cache makes peak memory level off as the database grows; one thread is
    # enough for batch inserts and measured ~25 MB lower (bench/ingest.py). DuckDB's own
    # allocator (jemalloc) keeps the pages a large write freed until DuckDB allocates
    # again; its background threads hand them back to the system a second later, and a
    # statement's thread cache is handed back from 16 MB (not 128), so a long ingest's
    # memory follows what DuckDB holds, not its largest statement so far (bench/README.md).
    con = duckdb.connect(str(path), config={
        "memory_limit": opened_with, "threads": 1,
        "allocator_background_threads": True, "allocator_flush_threshold": "16MiB"})  # fmt: skip
    return _settle(_quiet(con), memory_limit, opened_with)


def _reader(path: Path, memory_limit: str) -> tuple[Any, str]:
    import duckdb

    opened_with = _replay_room(path, memory_limit)
    con = duckdb.connect(str(path), read_only=True, config={"memory_limit": opened_with})
    return _settle(_quiet(con), memory_limit, opened_with)


class Store(EntitiesMixin, DocumentsMixin, AnnotationsMixin, StoriesMixin, SearchIndexMixin, HappeningsMixin):
    """A Sambandh database in one DuckDB file.

    Args:
        path: The DuckDB file (created with its parent folder when missing).
        read_only: Open for reading only; a file an older Sambandh wrote is first brought up to date.
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
                self.con, self._limit = _reader(self.path, memory_limit)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # the limit as set, unless a log's replay raised it (then DuckDB's own figure is used)
                self.con, self._limit = _writer(self.path, memory_limit)
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
            if 0 < found < known:
                # written by an older Sambandh: the pages' queries need the new columns and indexes, and the
                # migrations fill them from the rows already there, so bring the file up to date once, then read
                self.con.close()
                Store(self.path, memory_limit=memory_limit).close()
                self.con, self._limit = _reader(self.path, memory_limit)

    @classmethod
    def over(cls, con: Any, path: Path | str) -> Store:
        """A store over an open connection of an already opened database (a cursor of the server's
        one DuckDB instance: each thread reads through its own, an ingest writes through another,
        and readers see the last committed state meanwhile).
        """
        store = cls.__new__(cls)
        store.path, store.con = Path(path), _quiet(con)
        return store

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def reopen(self, memory_limit: str) -> None:
        """Close this writer's own database and open it again, with this memory limit.

        DuckDB keeps every index block a statement has read or written resident until the database
        is closed (indexes are not buffer managed; a fresh instance loads them lazily), so a long
        ingest's indexes would grow with the archive it has touched: reopening between passes bounds
        them by what one pass touches. Only for a store opened on its own file (not :meth:`over`).

        Raises:
            StoreError: The database cannot be opened again.
        """
        import duckdb

        self.con.close()
        try:
            self.con, self._limit = _writer(self.path, memory_limit)
        except duckdb.Error as exc:
            raise StoreError(_store_message(self.path, exc, "cannot open database")) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        known = max(v for v, _, _ in MIGRATIONS)
        if current > known:
            # written by a newer Sambandh: refuse before this code writes rows the schema may not take
            raise StoreError(f"database {self.path} has schema version {current}, newer than this Sambandh "
                             f"knows ({known}): upgrade Sambandh to use it")  # fmt: skip
        applied: list[int] = []
        pending = [m for m in MIGRATIONS if m[0] > current]
        if not pending:
            return applied
        # a migration fills new summaries from the whole archive in one transaction, whose aggregates
        # cannot spill: an ingest's 384 MB cache failed migration 21 on a 10,000-article store. Each
        # runs with at least MIGRATION_MEMORY, and the limit the store was opened with comes back after
        with self._at_least(MIGRATION_MEMORY):
            self._apply(pending, applied)
        return applied

    def _apply(self, pending: list[Any], applied: list[int]) -> None:
        """Apply ``pending`` migrations in order, each in its own transaction, adding each version to ``applied``."""
        for version, name, sql in pending:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])
                self.con.execute("COMMIT")
            except Exception as exc:  # noqa: BLE001 - any failure leaves the file as it was
                _rollback(self.con)
                raise StoreError(_store_message(self.path, exc)) from None
            applied.append(version)


__all__ = ["DOC_COLUMNS", "EDGE_EVENT_IDS", "MIGRATIONS", "Store", "lake_records"]
