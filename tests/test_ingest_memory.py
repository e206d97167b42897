"""An ingest's memory follows what it holds, not its largest step so far (issue #21: flat memory)."""

from __future__ import annotations

from pathlib import Path


def test_the_writer_hands_duckdbs_freed_pages_back(tmp_path: Path) -> None:
    from sambandh.store import Store

    with Store(tmp_path / "w.duckdb") as store:
        background, flush = store.con.execute(
            "SELECT current_setting('allocator_background_threads'), current_setting('allocator_flush_threshold')"
        ).fetchone()
    assert background is True  # jemalloc's threads purge what a large write freed while DuckDB is idle
    # DuckDB prints the threshold in MiB; the default (128 MiB) let a thread keep that much after each statement
    assert flush.endswith("MiB") and float(flush.split()[0]) <= 16

