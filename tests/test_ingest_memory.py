"""An ingest's memory follows what it holds, not its largest step so far (issue #21: flat memory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


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
