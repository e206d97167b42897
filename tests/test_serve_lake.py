"""``sambandh serve --lake``: the pages and the JSON API answered from a Spark lake's Parquet files.

One lake is built with the real Spark engine (local[2]) from the demo corpus, and pulled whole into a
database; a real server over the lake and one over the database must give the same stories,
entities, events and documents. The lake's files must be left as they were. The refusals (no lake,
a newer one, one without its global stages, ``--lake`` with ``--db`` or ``--watch``) need no Spark.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS, run_cli

from sambandh.config import Config

TOKEN = "lake-token-0123456789abcdef"
# what a served lake says otherwise than a database: its search index is the lake's monthly shards
# (counted by their articles), and its articles were ingested when their Spark run started (a
# database's when pull wrote them)
STATUS_OF_STORE = ("indexed", "index_up_to_date", "last_ingest")


def spark(fn: Any) -> Any:
    """Mark a test that needs the lake (skipped with the reason where PySpark or Java is missing)."""
    for mark in SPARK_MARKS:
        fn = mark(fn)
    return fn


@pytest.fixture(scope="module")
def lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sambandh.spark import ingest_lake

    work = tmp_path_factory.mktemp("serve-lake")
    report = ingest_lake([str(ROOT / "examples" / "corpus")], Config.build(db=work / "unused.duckdb"), work / "lake",
                         SPARK_CONF)  # fmt: skip
    assert report.articles > 0
    return work / "lake"


@pytest.fixture(scope="module")
def pulled(lake: Path) -> Path:
    """The whole lake pulled into a database, with the lake's near copies and stories."""
    from sambandh.spark import pull

    db = lake.parent / "whole.duckdb"
    assert pull(lake, Config.build(db=db))["lake_results"]["carried"] is True
    return db


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _answers(url: str) -> dict[str, Any]:
    """The JSON twins of every page of a server's stories, events, entities and documents."""
    out: dict[str, Any] = {}
    with httpx.Client(base_url=url, timeout=60) as c:

        def get(path: str) -> Any:
            r = c.get(path)
            assert r.status_code == 200, (path, r.text[:300])
            out[path] = r.json()
            return out[path]

        home = get("/api/home")
        for name in STATUS_OF_STORE:
            home["status"].pop(name)
        for s in get("/api/stories?limit=100")["stories"]:
            for src in get(f"/api/stories/{quote(s['story_id'], safe='')}")["sources"]:
                get(f"/api/documents/{src['doc_id']}")
        for e in get("/api/events?limit=100")["events"]:
            get(f"/api/events/{quote(e['event_id'], safe='')}")
        for e in get("/api/entities?limit=100")["entities"]:
            get(f"/api/entities/{quote(e['entity_id'], safe=':')}")
        get("/api/graph")
        get("/api/pairs/country:in/country:cn")
    return out


@spark
def test_lake_answers_as_a_database_pulled_from_it(lake: Path, pulled: Path) -> None:
    from sambandh.web.app import running

    before = _files(lake)
    with running(Config.build(db=pulled)) as url:
        want = _answers(url)
    with running(Config.build(db=lake.parent / "none.duckdb", api_token=TOKEN), lake=lake) as url:
        got = _answers(url)
        with httpx.Client(base_url=url, timeout=60) as c:
            home = got["/api/home"]
            assert home["counts"]["documents"] >= 15 and home["counts"]["events"] > 0
            story = home["latest_stories"][0]
            doc = next(p for p in got if p.startswith("/api/documents/"))
            for path in ("/", f"/stories/{quote(story['story_id'], safe='')}", "/entities/country:in",
                         doc.removeprefix("/api"), "/events", "/stories", "/graph"):  # fmt: skip
                page = c.get(path)
                assert page.status_code == 200 and "text/html" in page.headers["content-type"], path
            assert "भारत" in c.get("/entities/country:in").text
            # search answers from the lake's monthly shards
            r = c.get("/api/search", params={"q": "India"})
            assert r.status_code == 200 and r.json()["total"] > 0
            assert c.get("/search", params={"q": "India"}).status_code == 200
            # read-only whatever the token: nothing is written beside or into the lake
            r = c.post("/api/ingest", json={"documents": [{"text": "एक छोटा परीक्षण लेख।"}]},
                       headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
            assert r.status_code == 403
    assert "/api/entities/country:in" in got and got["/api/entities/country:in"]["events"]
    assert set(got) == set(want)
    for path, answer in want.items():
        assert got[path] == answer, path
    assert _files(lake) == before


@spark
def test_views_hold_the_lakes_rows_and_its_happenings(lake: Path) -> None:
    import duckdb

    from sambandh.store import Store
    from sambandh.store.lakeview import open_lake, remove

    path = open_lake(lake, Config.build(db=lake.parent / "none.duckdb"), keep=False)
    try:
        with Store(path, read_only=True) as store:
            con = store.con
            rows = duckdb.sql(
                f"SELECT DISTINCT doc_id FROM read_parquet('{lake}/records/**/*.parquet', hive_partitioning = true) "
                "WHERE kind = 'article'"
            ).fetchall()  # fmt: skip
            assert store.count("documents") == len(rows)
            # each mention once per offset, as the store's key keeps them (a dateline's place may share one)
            assert con.execute("SELECT count(*) FROM (SELECT doc_id, start FROM mentions GROUP BY ALL "
                               "HAVING count(*) > 1)").fetchone() == (0,)  # fmt: skip
            assert store.happenings_complete() and store.entity_summary_complete()
            # the happenings merged at start are the lake's own (Spark's merge)
            served = con.execute("SELECT doc_id, idx, event_id FROM happening_events ORDER BY ALL").fetchall()
            spark_made = duckdb.sql(f"SELECT doc_id, CAST(idx AS INTEGER), event_id FROM "
                                    f"read_parquet('{lake}/happenings/*.parquet') ORDER BY ALL").fetchall()  # fmt: skip
            assert served == spark_made and served
    finally:
        remove(path)
    assert not path.parent.exists()


@spark
def test_start_up_keeps_the_lakes_happenings_without_merging_again(lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    from sambandh import relations
    from sambandh.store import Store
    from sambandh.store.lakeview import open_lake, remove

    def no_merging(*args: Any) -> Any:
        raise AssertionError("the lake's events were merged again at start-up")

    monkeypatch.setattr(relations, "_join", no_merging)
    path = open_lake(lake, Config.build(db=lake.parent / "none.duckdb"), keep=False)
    try:
        with Store(path, read_only=True) as store:
            kept = store.con.execute("SELECT event_id, block, view FROM happenings ORDER BY ALL").fetchall()
            made = duckdb.sql(f"SELECT event_id, block, view FROM read_parquet('{lake}/happening_views/*.parquet') "
                              "ORDER BY ALL").fetchall()  # fmt: skip
            assert kept == made and kept
            # every happening has its read model: a row per entity it involves, and graph edges
            assert store.con.execute("SELECT count(DISTINCT event_id) FROM happening_index").fetchone()[0] > 0
            assert store.happenings_complete()
    finally:
        remove(path)


def test_refusals(tmp_path: Path) -> None:
    def refused(*args: str) -> str:
        res = run_cli("serve", "--port", "1", *args)
        err = res.stderr.decode()
        assert res.returncode == 2 and len(err.strip().splitlines()) == 1, err
        return err

    assert "no Sambandh lake" in refused("--lake", str(tmp_path / "none"))
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / "_lake.json").write_text(json.dumps({"version": 99, "format": "sambandh-lake"}), encoding="utf-8")
    assert "version 99, newer" in refused("--lake", str(newer))
    bare = tmp_path / "bare"
    (bare / "records" / "kind=article").mkdir(parents=True)
    (bare / "_lake.json").write_text(json.dumps({"version": 1, "format": "sambandh-lake"}), encoding="utf-8")
    assert "holds no records" in refused("--lake", str(bare))
    (bare / "records" / "kind=article" / "part-0.parquet").write_bytes(b"")
    assert "no dedup/ table" in refused("--lake", str(bare))
    assert "not both" in refused("--lake", str(bare), "--db", str(tmp_path / "x.duckdb"))
    assert "--watch" in refused("--lake", str(bare), "--watch", str(tmp_path))
    assert not (tmp_path / "x.duckdb").exists() and not (tmp_path / "none").exists()


@spark
def test_start_up_work_is_kept_for_the_next_start(lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from sambandh import relations, summaries
    from sambandh.store import Store
    from sambandh.store.lakeview import kept, open_lake, remove

    monkeypatch.setenv("SAMBANDH_MODEL_CACHE", str(tmp_path / "cache"))
    config = Config.build(db=lake.parent / "none.duckdb")
    before = _files(lake)
    first = open_lake(lake, config)
    assert kept(first) and first.is_relative_to(tmp_path / "cache")
    with Store(first, read_only=True) as store:
        counted = store.count("documents")
    assert counted > 0

    def no_work(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the start-up work was done again on an unchanged lake")

    with monkeypatch.context() as m:
        m.setattr(relations, "keep_merged", no_work)
        m.setattr(relations, "update_happenings", no_work)
        m.setattr(summaries, "update_entity_summaries", no_work)
        again = open_lake(lake, config)
    assert again == first
    with Store(again, read_only=True) as store:
        assert store.count("documents") == counted and store.happenings_complete()

    # a lake file rewritten (a later run) makes a new database, and the outdated one is cleared
    part = sorted((lake / "dedup").glob("*.parquet"))[0]
    stat = part.stat()
    os.utime(part, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    try:
        changed = open_lake(lake, config)
        assert changed != first and kept(changed) and not first.parent.exists()
    finally:
        os.utime(part, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _files(lake) == before

    # not kept when asked not to, or when the cache folder cannot be written
    fresh = open_lake(lake, config, keep=False)
    try:
        assert not kept(fresh) and not fresh.is_relative_to(tmp_path / "cache")
    finally:
        remove(fresh)
    (tmp_path / "cache").chmod(0o500)
    try:
        if not os.access(tmp_path / "cache", os.W_OK):  # root may write anyway
            unkept = open_lake(lake, config)
            assert not kept(unkept)
            remove(unkept)
    finally:
        (tmp_path / "cache").chmod(0o700)
