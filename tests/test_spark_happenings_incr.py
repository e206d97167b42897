"""Incremental happenings on Spark (``sambandh.spark_happenings``): a run reads only the articles the
lake's happenings state lacks and merges again only the blocks their events fall in, yet
``happenings/`` and ``happening_views/`` are what a full recompute gives.

Three ingest runs into one lake, each of some of the demo corpus's files (the second repeats one
file of the first: its articles are not read again). After each run both tables must equal a full
run over a copy of the lake without the state. Skips where PySpark or Java is missing; the other
global stages are left out to keep it short.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS

pytestmark = SPARK_MARKS
CORPUS = ROOT / "examples" / "corpus"
RUNS = (["01", "03", "05", "08", "11"], ["01", "02", "04", "06", "09"], ["10", "12", "13"])


def _tables(lake: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    import duckdb

    with duckdb.connect() as con:
        members = con.execute(f"SELECT doc_id, idx, event_id, block FROM read_parquet('{lake}/happenings/*.parquet') "
                              "ORDER BY ALL").fetchall()  # fmt: skip
        views = con.execute(f"SELECT event_id, block, sort_key, view FROM "
                            f"read_parquet('{lake}/happening_views/*.parquet') ORDER BY ALL").fetchall()  # fmt: skip
    return members, views


def _articles(lake: Path) -> int:
    import duckdb

    with duckdb.connect() as con:
        return con.execute(f"SELECT count(DISTINCT doc_id) FROM read_parquet('{lake}/records/**/*.parquet', "
                           "hive_partitioning = true) WHERE kind = 'article'").fetchone()[0]  # fmt: skip


class _Nothing:
    def to_dict(self) -> dict[str, Any]:
        return {}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Each run's tables and report, and a full run's over a copy of the lake without the state."""
    from sambandh import spark_dedup, spark_search, spark_stories
    from sambandh.config import Config
    from sambandh.spark import ingest_lake, session
    from sambandh.spark_happenings import STATE, happenings_lake

    work = tmp_path_factory.mktemp("happenings-incr")
    lake, config = work / "lake", Config.build(db=work / "unused.duckdb")
    out: list[dict[str, Any]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spark_dedup, "dedup_lake", lambda *a: _Nothing())
        mp.setattr(spark_stories, "stories_lake", lambda *a: _Nothing())
        mp.setattr(spark_search, "search_lake", lambda *a: _Nothing())
        for n, prefixes in enumerate(RUNS):
            folder = work / f"in-{n}"
            folder.mkdir()
            for p in sorted(CORPUS.iterdir()):
                if p.name[:2] in prefixes:
                    shutil.copy(p, folder / p.name)
            ingest_lake([str(folder)], config, lake, SPARK_CONF)
            copy = work / f"full-{n}"
            shutil.copytree(lake, copy, ignore=shutil.ignore_patterns(STATE, "happenings", "happening_views",
                                                                       "_happenings.json"))  # fmt: skip
            full = happenings_lake(session(SPARK_CONF), copy, config)
            out.append({"tables": _tables(lake), "report": json.loads((lake / "_happenings.json").read_text("utf-8")),
                        "full_tables": _tables(copy), "full": full.to_dict(), "articles": _articles(lake)})  # fmt: skip
    return out


def test_each_run_equals_a_full_recompute(runs: list[dict[str, Any]]) -> None:
    for run in runs:
        members, views = run["tables"]
        assert members and views
        assert run["tables"] == run["full_tables"]
        assert run["full"]["mode"] == "full" and run["full"]["why"] == "the lake has no happenings state yet"


def test_later_runs_read_only_new_articles_and_merge_only_their_blocks(runs: list[dict[str, Any]]) -> None:
    first, *later = [r["report"] for r in runs]
    assert first["mode"] == "full" and first["merged_blocks"] == first["blocks"]
    for r in later:
        assert r["mode"] == "incremental", r
        assert r["read"] > 0
        assert r["merged_blocks"] < r["blocks"]  # the blocks no new event falls in are kept as they were
    # every article read once: the second run's repeated file gives no article to read again
    assert sum(r["read"] for r in [first, *later]) == runs[-1]["articles"]


def test_the_merger_carries_a_block_across_arrow_batches() -> None:
    import pyarrow as pa

    from sambandh.model import Actor, Event, sort_key
    from sambandh.relations import block_key
    from sambandh.spark_happenings import _merge_block, _merger, _places_of

    def event(kind: str, mode: str, a: str, b: str, date: str) -> Event:
        return Event(type=kind, mode=mode, cameo="040", actors=[Actor(a, "source", 0, 3), Actor(b, "target", 5, 8)],
                     trigger_start=10, trigger_end=14, date=date, precision="day")  # fmt: skip

    told = [("d1", event("CONSULT", "meet", "country:in", "country:np", "2024-03-05")),
            ("d2", event("CONSULT", "meet", "country:np", "country:in", "2024-03-05")),
            ("d3", event("CONSULT", "meet", "country:in", "country:np", "2024-03-06")),
            ("d4", event("AGREE", "sign", "country:in", "country:bt", "2024-03-05"))]  # fmt: skip
    rows = sorted((block_key(e), sort_key(e.date, e.not_before), d, 0, json.dumps(e.to_dict())) for d, e in told)
    blocks: dict[str, list[tuple[str, int, str]]] = {}
    for block, _key, doc, idx, raw in rows:
        blocks.setdefault(block, []).append((doc, idx, raw))
    want = [r for block, events in blocks.items() for r in _merge_block(block, events, _places_of(None))]
    # d1 and d2 tell one happening: one "first" row between them, whichever batch each arrives in
    assert len({r[2] for r in want}) == 3
    one_a_batch = [pa.RecordBatch.from_pydict({"block": [b], "doc_id": [d], "idx": [i], "event": [raw]})
                   for b, _key, d, i, raw in rows]  # fmt: skip
    got = [tuple(r.values()) for out in _merger(None)(iter(one_a_batch)) for r in out.to_pylist()]
    assert got == want
