"""Writes into a store whose indexes outgrow the cache (issue #21 at a million articles).

DuckDB keeps the index blocks a write loads resident and cannot evict them; at a million articles
one batch of an ingest loaded more than the ingest's whole cache and its commit failed. Here a
store of 100,000 sources (content-hash keys, as in an archive) and a cache of 4 MB play that part.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sambandh.model import Article
from sambandh.store import Store

CACHE = 4 << 20


def _archive(db: Path, rows: int = 100_000) -> None:
    with Store(db) as store:
        store.con.execute(
            "INSERT INTO document_sources SELECT md5(i::VARCHAR), 'src-' || md5((i * 7)::VARCHAR), "
            f"md5((i * 3)::VARCHAR), TIMESTAMP '2025-01-01' FROM range({rows}) t(i)"
        )
        store.con.execute("CHECKPOINT")


def _batch(n: int, tag: str = "") -> list[Article]:
    def md5(s: str) -> str:
        return hashlib.md5(s.encode()).hexdigest()

    return [Article(source=f"new-{tag}{i}", raw="r", raw_hash=md5(f"h{tag}{i}"), id=md5(f"d{tag}{i}"), text=f"t{i}")
            for i in range(n)]  # fmt: skip


def _limit(store: Store) -> float:
    value, unit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0].split()
    return float(value) * {"KiB": 2**10, "MiB": 2**20, "GiB": 2**30}[unit]


def test_a_write_loading_more_index_than_the_cache_goes_in_and_the_limit_is_fitted_back(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    _archive(db)
    with Store(db, memory_limit=f"{CACHE}B") as store:
        store.fit_cache(CACHE)
        assert store.index_memory() == 0
        assert store.write_batch(_batch(200), [], 100)["new"] == 200  # failed at the commit: "failed to pin block"
        loaded = store.index_memory()
        assert loaded > CACHE  # the write loaded more index blocks than the whole cache
        assert abs(_limit(store) - (CACHE + loaded)) < 2**20  # set back: the cache on top of what stays resident
        assert store.count("document_sources") == 100_200


def test_the_index_room_is_bounded_by_the_files_index_blocks(tmp_path: Path) -> None:
    db = tmp_path / "b.duckdb"
    _archive(db)
    with Store(db) as store:
        room = store.index_storage()
        assert 0 < room < db.stat().st_size
        store.write_batch(_batch(200), [], 100)
        assert store.index_memory() <= room + (4 << 20)  # what was loaded, plus the new keys' nodes


def test_a_store_left_with_a_write_ahead_log_opens_within_a_small_cache(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    _archive(db)
    with Store(db, memory_limit="1GB") as store:
        store.write_batch(_batch(300, "w"), [], 100)
        store.con.execute("PRAGMA disable_checkpoint_on_shutdown")  # as an ingest stopped after a commit
    assert db.with_name(db.name + ".wal").exists()
    # replaying the log loads the index blocks its inserts touch; with the plain limit the file could not be opened
    with Store(db, memory_limit=f"{CACHE}B") as store:
        assert store.count("document_sources") == 100_300
        assert _limit(store) <= CACHE + store.index_memory() + 2**20  # the limit is set back once replayed
    with Store(db, read_only=True, memory_limit=f"{CACHE}B") as store:
        assert store.count("document_sources") == 100_300


def test_forgetting_every_happening_loads_no_index_and_keeps_the_tables_keys(tmp_path: Path) -> None:
    import duckdb
    import pytest

    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.con.execute(
            "INSERT INTO happening_index SELECT md5(i::VARCHAR), md5((i % 5000)::VARCHAR), true, '2025', NULL, "
            "'CONSULT', NULL, '2025' FROM range(150000) t(i)"
        )
        store.con.execute("CHECKPOINT")
        before = store.con.execute("SELECT sql FROM duckdb_indexes() ORDER BY index_name").fetchall()
    with Store(db, memory_limit=f"{CACHE}B") as store:
        store.fit_cache(CACHE)
        store.clear_happenings()  # deleting every row ran out of the cache loading the indexes
        assert store.index_memory() < CACHE
        assert store.con.execute("SELECT count(*) FROM happening_index").fetchone() == (0,)
        assert store.con.execute("SELECT sql FROM duckdb_indexes() ORDER BY index_name").fetchall() == before
        store.con.execute("INSERT INTO happening_index VALUES ('e', 'x', true, '2025', NULL, NULL, NULL, '2025')")
        with pytest.raises(duckdb.ConstraintException):  # the key is made again with the table
            store.con.execute("INSERT INTO happening_index VALUES ('e', 'x', false, '2024', NULL, NULL, NULL, '2024')")
