"""What every component of the store shares: the connection, its transactions and streamed
reads, the settings table, and the helpers that turn an engine failure into one line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, StoreError
from ..faults import point

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Migration = tuple[int, str, str]
"""One step of the schema history: ``(version, name, DDL)``."""


class StoreBase:
    """The connection of a store and what its components share; ``Store`` opens it."""

    path: Path
    con: DuckDBPyConnection
    _cache: int | None = None  # the table-block cache fitted on top of the resident indexes (fit_cache)
    _limit: str | None = None  # the memory limit last set, as set (DuckDB shows it rounded: '190.6 MiB')

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

    def setting(self, name: str) -> str | None:
        """A stored setting (``None`` when unset)."""
        row = self.con.execute("SELECT value FROM settings WHERE name = ?", [name]).fetchone()
        return str(row[0]) if row else None

    def set_setting(self, name: str, value: str) -> None:
        """Store a setting."""
        self.con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [name, value])

    def index_memory(self) -> int:
        """Bytes DuckDB holds for the indexes the queries of this database have read so far (it keeps
        them resident until the database is closed).
        """
        row = self.con.execute(
            "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
        ).fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def _at_least(self, limit: str) -> Iterator[None]:
        """Run a step with DuckDB's memory limit at least ``limit`` (``'1GB'``), then set back to what it was.

        For one-off steps whose aggregates of lists cannot spill to disk (a migration filling a summary
        from the whole archive): under an ingest's 384 MB cache they ran out of memory on stores of 10,000
        articles. (A pass's entity summaries instead sum their lists up a slice of entities at a time.)
        """
        row = self.con.execute("SELECT current_setting('memory_limit')").fetchone()
        # set back as it was set, not as DuckDB shows it (a rounded figure, set again, drifts)
        was = self._limit or (str(row[0]) if row else "")
        self.con.execute(f"SET memory_limit = '{_larger(str(row[0]) if row else '', limit)}'")
        try:
            yield
        finally:
            if was:
                with suppress(Exception):  # the step's own error is the one to report
                    self.con.execute(f"SET memory_limit = '{was}'")

    def fit_cache(self, cache_bytes: int) -> None:
        """Set DuckDB's memory limit to ``cache_bytes`` for table blocks on top of the indexes it holds
        resident: it never evicts those, and they grow with the archive (every insert updates them), so
        a fixed limit would leave a growing archive less and less cache and in the end none. Remembered
        for :meth:`_index_room`.
        """
        self._cache = cache_bytes
        self._limit = f"{cache_bytes + self.index_memory()}B"
        self.con.execute(f"SET memory_limit = '{self._limit}'")

    def index_storage(self) -> int:
        """Bytes of the database file's blocks that hold no table rows: the indexes (and the file's
        little metadata), the most of them DuckDB can load. The used blocks less those of every
        table's columns (0.7 s at a million articles).
        """
        row = self.con.execute("SELECT used_blocks, block_size FROM pragma_database_size() "
                               "WHERE database_name = current_database()").fetchone()  # fmt: skip
        if not row:
            return 0
        used, block = int(row[0]), int(row[1])
        tables = [r[0] for r in self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary"
        ).fetchall()]  # fmt: skip
        held = 0
        for table in tables:
            got = self.con.execute(
                "SELECT count(DISTINCT block_id) FROM pragma_storage_info(?) WHERE block_id >= 0", [table]
            ).fetchone()
            held += int(got[0]) if got else 0
        return max(0, used - held) * block

    @contextmanager
    def _index_room(self) -> Iterator[None]:
        """For one write on a store whose cache was fitted (:meth:`fit_cache`): the limit raised by
        every index block the write may load, then fitted again.

        An insert into a large table loads the blocks of each of its indexes along the paths of its
        keys (content hashes, spread over the whole index), and DuckDB cannot evict them: at a million
        articles one 500-article batch loads 0.55 GB, beyond the 384 MB of an ingest's cache, and the
        commit failed. What a write can load is bounded by the indexes' blocks in the file; the write
        loads only what it touches, and the table blocks it reads stay few (inserts and key lookups),
        so the raised limit is room, not memory taken; afterwards the limit is the cache on top of
        what stays resident.
        """
        cache = getattr(self, "_cache", None)
        if cache is None:
            yield
            return
        room = self.index_storage()  # counted for each write: the file grows
        self.con.execute(f"SET memory_limit = '{cache + self.index_memory() + room}B'")
        try:
            yield
        finally:
            with suppress(Exception):  # a failed write's own error is the one to report
                self.fit_cache(cache)

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


KEY_LIST = 500  # up to this many keys are given as an IN-list of parameters, which DuckDB answers through the index


def _keys_in(column: str, keys: list[str], index_keys: int = KEY_LIST) -> tuple[str, list[Any]]:
    """A condition that ``column`` is one of ``keys``, and its parameters.

    Up to ``index_keys`` (:data:`KEY_LIST`) keys are an IN-list of parameters: DuckDB reads them
    through the column's index when it is the query's only filter (another filter beside it, or a
    list given as ``IN (SELECT unnest(?))``, joins on a scan of the table: 100 documents' mentions
    at 1M articles 190 ms against 40 ms). More keys are one list parameter.
    """
    if 0 < len(keys) <= min(index_keys, KEY_LIST):
        return f"{column} IN ({', '.join('?' * len(keys))})", list(keys)
    return f"{column} IN (SELECT unnest(?))", [list(keys)]


def _by_key(con: Any, select: str, keys: list[str]) -> dict[str, Any]:
    """``{key: value}`` of ``select`` (``SELECT key, value FROM t WHERE key``) for these keys,
    read through the key's index up to :data:`KEY_LIST` keys (see :func:`_keys_in`).
    """
    if not keys:
        return {}
    cond, params = _keys_in("", list(dict.fromkeys(keys)))
    return dict(con.execute(f"{select}{cond}", params).fetchall())


def _empty(con: Any, table: str) -> None:
    """Empty ``table`` by dropping it and creating it again from the catalog's own statements (its
    columns and keys, then its indexes): no index block is loaded, as deleting its rows would.
    """
    where = "table_name = ? AND database_name = current_database() AND schema_name = current_schema()"
    row = con.execute(f"SELECT sql FROM duckdb_tables() WHERE {where}", [table]).fetchone()
    if row is None:
        raise StoreError(f"no table {table!r}")
    indexes = [r[0] for r in con.execute(f"SELECT sql FROM duckdb_indexes() WHERE {where}", [table]).fetchall()]
    con.execute(f"DROP TABLE {table}")
    con.execute(row[0])
    for sql in indexes:
        con.execute(sql)


def _larger(limit: str, other: str) -> str:
    """The larger of two DuckDB memory limits (``'366.2 MiB'``, ``'1GB'``), as DuckDB writes it."""
    from ..config import memory_bytes

    def size(text: str) -> int:
        try:
            return memory_bytes(text)
        except ConfigError:  # a form config does not read: the other one wins
            return 0

    return limit if size(limit) >= size(other) else other


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
    damaged = ("corrupt", "checksum", "not a valid duckdb", "invalid magic", "failed to read database header")
    if any(k in low for k in damaged):
        return f"{what} {path}: the file is damaged or not a Sambandh database ({text.splitlines()[0][:160]})"
    return f"{what} {path}: {text.splitlines()[0] if text else type(exc).__name__}"
