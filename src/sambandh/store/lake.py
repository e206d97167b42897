"""The Parquet lake read through DuckDB (``sambandh pull``): the one place its SQL lives."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def lake_records(lake: Path, since: str | None, until: str | None, memory_limit: str) -> Any:
    """A cursor over a Parquet lake's record rows (``kind, source, raw_hash, record, code, reason,
    data``) in run order, those published within ``[since, until]`` (and every rejected one) when
    given: partition pruning by year and month first, then the day. DuckDB's ``execute`` answers
    with its connection, which holds the result: fetch from it, then close it.
    """
    import duckdb

    where, params = ["true"], []
    if since or until:
        lo, hi = (since or "0001-01-01"), (until or "9999-12-31")
        where += ["(kind = 'rejected' OR (year * 100 + month BETWEEN ? AND ? AND published BETWEEN ? AND ?))"]
        params += [int(lo[:4]) * 100 + int(lo[5:7]), int(hi[:4]) * 100 + int(hi[5:7]), lo, hi]
    glob = str(lake / "records" / "**" / "*.parquet")
    con = duckdb.connect(config={"memory_limit": memory_limit})
    return con.execute(
        f"SELECT kind, source, raw_hash, record, code, reason, data FROM read_parquet(?, hive_partitioning = true) "
        f"WHERE {' AND '.join(where)} ORDER BY run, seq_file, seq_rec",
        [glob, *params],
    )
