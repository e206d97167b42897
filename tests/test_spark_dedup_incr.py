"""Incremental near copies on Spark (``sambandh.spark_dedup``): a run signs only the articles the
lake's state lacks, yet ``dedup/`` is what a full recompute gives.

Three ingest runs into one lake, of the demo corpus's texts and variants made here: copies across
runs, an exact repeat of an earlier text, and newcomers published *before* articles of earlier runs
(one of them a dated copy of an undated earlier article), so the earliest holder of some band keys
changes and earlier articles must be linked again. After each run, ``dedup/`` must equal a full run
over a copy of the lake without its state (a lake from before the state), and
``dedup.find_duplicates`` over the same texts in the lake's order. Skips where PySpark or Java is
missing, as ``test_spark_global.py`` does; the happenings and stories stages are left out to keep it short.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS

pytestmark = SPARK_MARKS
CONF = SPARK_CONF
EXTRA = "\n\nइस जाँच के लिए जोड़ा गया यह अनुच्छेद केवल इसी प्रति में है और किसी दूसरे लेख में नहीं आता।\n"
LONGER = "\n\nयह पंक्ति भी परीक्षण की अपनी है: इस लंबे संस्करण में बाद में जोड़े गए दो वाक्य हैं। दूसरा वाक्य भी यहीं लिखा गया।\n"


def _runs() -> list[list[dict[str, str]]]:
    """The records of each run; an undated record has no ``published``."""
    t = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]

    def cut(text: str, lo: float, hi: float) -> str:
        return text[int(len(text) * lo): int(len(text) * hi)]

    first = [{"id": f"orig-{i}", "published": f"2025-03-{i + 1:02d}", "text": t[i]} for i in range(8)]
    first += [{"id": "undated-8", "text": t[8]}, {"id": "cut-0", "published": "2025-04-01", "text": cut(t[0], 0, 0.8)}]
    second = [
        {"id": "late-1", "published": "2025-04-10", "text": t[1] + EXTRA},  # a copy of an earlier run's article
        {"id": "early-2", "published": "2025-01-15", "text": t[2] + EXTRA},  # published before its earlier copy
        {"id": "dated-8", "published": "2025-02-01", "text": cut(t[8], 0, 0.85)},  # dated, so before the undated one
        {"id": "orig-9", "published": "2025-03-20", "text": t[9]},
    ]
    third = [
        {"id": "early-0", "published": "2025-02-20", "text": t[0] + LONGER},  # before orig-0 and cut-0
        {"id": "copy-9", "published": "2025-05-01", "text": cut(t[9], 0, 0.9)},
        {"id": "again-3", "published": "2025-06-01", "text": t[3]},  # the same text: no new article
        {"id": "undated-10", "text": t[10]},
    ]
    return [first, second, third]


def _dedup_rows(lake: Path) -> list[tuple[int, str, str | None]]:
    import duckdb

    with duckdb.connect() as con:
        return con.execute(f"SELECT rank, doc_id, duplicate_of FROM read_parquet('{lake}/dedup/*.parquet') "
                           "ORDER BY rank").fetchall()  # fmt: skip


def _texts(lake: Path) -> dict[str, str]:
    import duckdb

    with duckdb.connect() as con:
        return dict(con.execute(
            f"SELECT doc_id, json_extract_string(record, '$.text') FROM read_parquet('{lake}/records/*/*/*/*.parquet',"
            " hive_partitioning = 1) WHERE kind = 'article'").fetchall())  # fmt: skip


def _ids_by_record(lake: Path, runs: list[list[dict[str, str]]]) -> dict[str, str]:
    """The record id (``orig-2``) each article came from first, by its source line."""
    import duckdb

    names = {f"{k}.jsonl": run for k, run in zip("abc", runs, strict=True)}
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT doc_id, source FROM read_parquet('{lake}/records/*/*/*/*.parquet',"
                           " hive_partitioning = 1) WHERE kind = 'article' ORDER BY run, seq_file, seq_rec").fetchall()
    out: dict[str, str] = {}
    for doc, source in rows:
        path, line = source.rsplit("#L", 1)
        out.setdefault(names[Path(path).name][int(line) - 1]["id"], doc)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Each run's dedup rows, report, new articles, and a full run's rows and report over a copy of the lake."""
    from sambandh import spark_happenings, spark_search, spark_stories
    from sambandh.config import Config
    from sambandh.spark import ingest_lake, session
    from sambandh.spark_dedup import STATE, dedup_lake

    work = tmp_path_factory.mktemp("incr")
    lake, config = work / "lake", Config.build(db=work / "unused.duckdb")
    out: list[dict[str, Any]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spark_happenings, "happenings_lake", lambda *a: _Nothing())
        mp.setattr(spark_stories, "stories_lake", lambda *a: _Nothing())
        mp.setattr(spark_search, "search_lake", lambda *a: _Nothing())  # the shards read stories/, not run here
        for name, records in zip("abc", _runs(), strict=True):
            folder = work / f"in-{name}"
            folder.mkdir()
            (folder / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                                  encoding="utf-8")  # fmt: skip
            before = set(_texts(lake)) if lake.exists() else set()
            ingest_lake([str(folder)], config, lake, CONF)
            copy = work / f"full-{name}"
            shutil.copytree(lake, copy, ignore=shutil.ignore_patterns(STATE, "dedup", "_dedup.json"))
            full = dedup_lake(session(CONF), copy, config)
            out.append({"rows": _dedup_rows(lake), "report": json.loads((lake / "_dedup.json").read_text("utf-8")),
                        "new": set(_texts(lake)) - before, "full_rows": _dedup_rows(copy), "full": full.to_dict(),
                        "lake": lake})  # fmt: skip
    return out


class _Nothing:
    def to_dict(self) -> dict[str, Any]:
        return {}


def test_each_run_equals_a_full_recompute_and_the_embedded_kernel(runs: list[dict[str, Any]]) -> None:
    from sambandh.dedup import find_duplicates

    texts = _texts(runs[-1]["lake"])
    for run in runs:
        rows = run["rows"]
        assert rows == run["full_rows"]
        ids = [doc for _, doc, _ in rows]
        assert [rank for rank, _, _ in rows] == list(range(len(rows)))
        assert [dup for _, _, dup in rows] == [None if j is None else ids[j] for j in find_duplicates(
            [texts[i] for i in ids])]  # fmt: skip
        assert run["full"]["mode"] == "full" and "no near-copy state" in run["full"]["why"]


def test_later_runs_sign_only_their_new_articles(runs: list[dict[str, Any]]) -> None:
    first, *later = runs
    assert first["report"]["mode"] == "full" and first["report"]["signed"] == len(first["rows"])
    for run in later:
        report = run["report"]
        assert report["mode"] == "incremental"
        assert report["signed"] == len(run["new"]) < len(run["rows"]) == report["articles"]
        assert report["pairs"] < run["full"]["pairs"]
        assert report["duplicates"] == run["full"]["duplicates"]
    # the repeated text of the third run is no new article
    ids = _ids_by_record(runs[-1]["lake"], _runs())
    assert ids["again-3"] == ids["orig-3"] and ids["orig-3"] not in runs[2]["new"] and runs[2]["new"]


def test_a_newcomer_published_earlier_becomes_the_original(runs: list[dict[str, Any]]) -> None:
    ids = _ids_by_record(runs[-1]["lake"], _runs())
    second = {doc: dup for _, doc, dup in runs[1]["rows"]}
    third = {doc: dup for _, doc, dup in runs[2]["rows"]}
    # before: orig-2 and the undated text were originals; after the second run, copies of newcomers
    assert {doc: dup for _, doc, dup in runs[0]["rows"]}[ids["orig-2"]] is None
    assert second[ids["orig-2"]] == ids["early-2"] and second[ids["undated-8"]] == ids["dated-8"]
    assert second[ids["late-1"]] == ids["orig-1"] and second[ids["cut-0"]] == ids["orig-0"]
    # the third run's early-0 takes over from orig-0, for orig-0 and its copy alike
    assert third[ids["orig-0"]] == third[ids["cut-0"]] == ids["early-0"]
    assert runs[1]["report"]["relinked"] > 0 and runs[2]["report"]["relinked"] > 0
