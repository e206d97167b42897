"""An ingest's memory follows what it holds, not its largest step so far (issue #21: flat memory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_the_writer_hands_duckdbs_freed_pages_back(tmp_path: Path) -> None:
    from sambandh.store import Store

    with Store(tmp_path / "w.duckdb") as store:
        background, flush = store.con.execute(
            "SELECT current_setting('allocator_background_threads'), current_setting('allocator_flush_threshold')"
        ).fetchone()
    assert background is True  # jemalloc's threads purge what a large write freed while DuckDB is idle
    # DuckDB prints the threshold in MiB; the default (128 MiB) let a thread keep that much after each statement
    assert flush.endswith("MiB") and float(flush.split()[0]) <= 16



def _happening_tables(db: Path) -> dict[str, Any]:
    from sambandh.store import Store

    tables = ("happenings", "happening_events", "happening_index", "happening_edges", "happening_pair_counts",
              "happening_edge_summary", "happening_entity_summary")  # fmt: skip
    with Store(db, read_only=True) as store:
        return {t: sorted(map(repr, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}


def test_happenings_written_a_slice_at_a_time_are_the_ones_written_at_once(tmp_path: Path, monkeypatch) -> None:
    from test_ingest_chunks import _run

    import sambandh.store.happenings as happenings

    # settled every 4 articles, so later passes replace kept happenings (their index rows, edges and counts)
    _run(tmp_path / "once.duckdb", 4)
    monkeypatch.setattr(happenings, "WRITE_SLICE", 2)
    _run(tmp_path / "sliced.duckdb", 4)
    once, sliced = _happening_tables(tmp_path / "once.duckdb"), _happening_tables(tmp_path / "sliced.duckdb")
    assert len(once["happenings"]) > 20 and len(once["happening_index"]) > 20
    assert once == sliced


def test_an_ingest_takes_a_cache_of_its_own_with_its_indexes_on_top(tmp_path: Path, monkeypatch) -> None:
    from test_ingest_chunks import CORPUS

    import sambandh.ingest as ingest_mod
    from sambandh.config import Config, memory_bytes
    from sambandh.store import Store

    limits: list[tuple[int, int]] = []

    class Watched(Store):
        def fit_cache(self, cache_bytes: int) -> None:
            super().fit_cache(cache_bytes)
            row = self.con.execute(
                "SELECT current_setting('memory_limit'), (SELECT coalesce(sum(memory_usage_bytes), 0) "
                "FROM duckdb_memory() WHERE tag = 'ART_INDEX')"
            ).fetchone()
            value, unit = row[0].split()
            limits.append((int(float(value) * {"MiB": 2**20, "GiB": 2**30}[unit]), int(row[1])))

    monkeypatch.setattr(ingest_mod, "Store", Watched)
    monkeypatch.setenv("SAMBANDH_DB_MEMORY_LIMIT", "1GB")  # the server's cache is not the ingest's
    config = Config.build(db=tmp_path / "i.duckdb", embeddings="off", batch_size=4, ingest_memory_limit="96MB")
    ingest_mod.ingest([str(CORPUS)], config)
    assert len(limits) >= 4  # refitted after each batch
    cache = memory_bytes("96MB")
    for limit, art in limits:
        assert abs(limit - (cache + art)) < 2**20  # DuckDB shows the limit in MiB to one decimal
    assert limits[-1][1] > 0  # the indexes held resident count on top of the cache


def test_an_ingest_on_a_given_store_keeps_that_stores_cache(tmp_path: Path) -> None:
    from test_ingest_chunks import CORPUS

    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.store import Store

    config = Config.build(db=tmp_path / "s.duckdb", embeddings="off", ingest_memory_limit="96MB")
    store = Store(config.db, memory_limit="200MB")
    con = store.con
    before = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    class Kept(Store):
        def close(self) -> None:  # read the setting before the ingest closes the store
            kept.append(self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
            super().close()

    kept: list[str] = []
    store.__class__ = Kept
    ingest([str(CORPUS)], config, store=store)
    assert kept == [before] and before.startswith("190")  # 200 MB in MiB


def test_happening_rows_built_as_they_are_written_roll_back_on_a_failure_and_raise_it(tmp_path: Path) -> None:
    import pytest

    import sambandh.store.happenings as happenings
    from sambandh.store import Store

    def rows():  # the first slice is written before the second is built
        yield ("ev:1", "[]", "2020-01-01", "{}", "{}", "")
        yield ("ev:2", "[]", "2020-01-02", "{}", "{}", "")
        raise ValueError("the third row cannot be built")

    with Store(tmp_path / "h.duckdb") as store:
        happenings.WRITE_SLICE, kept = 1, happenings.WRITE_SLICE
        try:
            with pytest.raises(ValueError, match="third row"):
                store.write_happenings(rows(), [("d", 0, "ev:1")])
        finally:
            happenings.WRITE_SLICE = kept
        assert store.count("happenings") == 0 and store.count("happening_events") == 0


def test_a_happenings_read_model_taken_in_python_is_the_one_sql_took_from_its_record() -> None:
    import json

    import duckdb

    from sambandh.store.happenings import read_model

    records = [
        {"type": "MEET", "modality": "planned", "when": {"day": "2021-09-29"}, "place": {"entity_id": "city:x"},
         "actors": [{"entity_id": "per:a", "affiliation": "country:in"}, {"entity_id": "country:in"}]},
        {"type": "VISIT", "when": None, "place": None, "actors": [{"entity_id": "per:b", "affiliation": None}]},
        {"type": "AGREE", "modality": None, "place": {"entity_id": "country:ru"},
         "actors": [{"entity_id": "country:ru"}]},  # the place acts too: one row, acting
        {"type": "SUPPLY", "when": {"day": None}, "actors": []},
        {},
    ]  # fmt: skip
    con = duckdb.connect()
    for rec in records:
        text = json.dumps(rec, ensure_ascii=False)
        typ, day, status, involved = read_model(text)
        sql = con.execute(
            "SELECT json_extract_string(?::JSON, '$.type'), json_extract_string(?::JSON, '$.when.day'), "
            "coalesce(json_extract_string(?::JSON, '$.modality'), 'occurred')", [text] * 3
        ).fetchone()
        assert (typ, day, status) == sql
        rows = con.execute(
            "SELECT e, bool_or(acts) FROM (SELECT unnest(json_extract_string(?::JSON, '$.actors[*].entity_id')) AS e, "
            "true AS acts UNION ALL SELECT unnest(json_extract_string(?::JSON, '$.actors[*].affiliation')), true "
            "UNION ALL SELECT json_extract_string(?::JSON, '$.place.entity_id'), false) WHERE e IS NOT NULL "
            "GROUP BY e ORDER BY e", [text] * 3
        ).fetchall()
        acts: dict[str, bool] = {}
        for ent, a in involved:
            acts[ent] = acts.get(ent, False) or a
        assert sorted(acts.items()) == rows


def test_an_ingest_on_its_own_store_has_arrow_allocate_from_the_c_heap(tmp_path: Path) -> None:
    import pyarrow as pa
    from test_ingest_chunks import CORPUS

    from sambandh.config import Config
    from sambandh.ingest import ingest

    try:
        start = pa.mimalloc_memory_pool()
    except NotImplementedError:
        pytest.skip("this pyarrow is built without mimalloc: the pool the change moves away from is absent")
    pool = pa.default_memory_pool()
    try:
        pa.set_memory_pool(start)
        ingest([str(CORPUS)], Config.build(db=tmp_path / "p.duckdb", embeddings="off"))
        # mimalloc kept every freed table's segments in the process; the C heap's go back (malloc_trim)
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(pool)
