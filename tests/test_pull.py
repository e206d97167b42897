"""``sambandh pull`` slices of a Spark lake: by date, source and entity, with the lake's near copies and stories.

One lake is built with the real Spark engine (local[2]) from a JSON Lines file of dated records
from four outlets (the demo texts in January, near copies of the longer ones in February and
March, one empty record that is rejected) and a folder of plain files (two demo texts and a
binary file, rejected). The slices' articles are compared with a selection computed here in
Python over the lake's own rows, never with a hard-coded count, and their ``duplicate_of`` and
``story_id`` with the lake's ``dedup/`` and ``stories/`` tables. Skips with the reason where
PySpark or Java is missing, as ``test_spark.py`` does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS, run_cli

pytestmark = SPARK_MARKS
CONF = SPARK_CONF
# (outlet name, web site): a record names its outlet, its web address, or both
OUTLETS = [("Dainik Jagran", "www.jagran.com"), ("Amar Ujala", "www.amarujala.com"), ("", "www.bhaskar.com"),
           ("PTI Wire", "")]  # fmt: skip


def _records() -> list[dict[str, str]]:
    """The demo texts on January days, near copies of the longer ones in February and March (each
    from another outlet than its original), and one record without text.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    out: list[dict[str, str]] = []

    def add(rid: str, day: str, text: str, k: int) -> None:
        name, site = OUTLETS[k % len(OUTLETS)]
        rec = {"id": rid, "published": day, "text": text}
        if name:
            rec["source"] = name
        if site:
            rec["url"] = f"https://{site}/news/{rid}"
        out.append(rec)

    for i, text in enumerate(texts):
        add(f"orig-{i}", f"2025-01-{i + 1:02d}", text, i)
    for i, text in enumerate(texts):
        if len(text) < 600:
            continue
        added = text + "\n\nइस परीक्षण के लिए लिखा गया यह अंतिम अनुच्छेद किसी दूसरे लेख में नहीं मिलता, केवल यहीं है।\n"
        add(f"cut-{i}", f"2025-02-{i + 15:02d}", text[: int(len(text) * 0.8)], i + 1)
        add(f"again-{i}", f"2025-03-{i + 1:02d}", added[int(len(added) * 0.15) :], i + 2)
    out.append({"id": "empty", "published": "2025-02-01", "text": "", "source": "Dainik Jagran"})
    return out


def build_input(folder: Path) -> Path:
    """Write the input of the test lake under ``folder``; returns the folder to ingest."""
    src = folder / "in"
    (src / "wire").mkdir(parents=True)
    (src / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()),
                                    encoding="utf-8")  # fmt: skip
    for name in ("03_modi_xi_tianjin.txt", "12_pakistan_saudi_pact.txt"):
        shutil.copy(ROOT / "examples" / "corpus" / name, src / "wire" / name)
    (src / "wire" / "zz_binary.txt").write_bytes(bytes(range(256)) * 40)
    return src


@pytest.fixture(scope="module")
def lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sambandh.config import Config
    from sambandh.spark import ingest_lake

    work = tmp_path_factory.mktemp("pull")
    report = ingest_lake([str(build_input(work))], Config.build(db=work / "unused.duckdb"), work / "lake", CONF)
    assert report.articles > 0 and report.quarantined == {"empty": 1, "binary": 1}
    return work / "lake"


def _lake_rows(lake: Path) -> list[tuple[str, str | None, str, str]]:
    """``(kind, doc_id, source, record)`` of every row of the lake."""
    import duckdb

    with duckdb.connect() as con:
        return con.execute(f"SELECT kind, doc_id, source, record FROM read_parquet('{lake}/records/**/*.parquet', "
                           "hive_partitioning = 1)").fetchall()  # fmt: skip


def _lake_links(lake: Path) -> dict[str, tuple[str | None, str]]:
    """The lake's own ``doc_id: (duplicate_of, story_id)``."""
    import duckdb

    with duckdb.connect() as con:
        rows = con.execute(f"SELECT d.doc_id, d.duplicate_of, s.story_id FROM read_parquet('{lake}/dedup/*.parquet') d "
                           f"JOIN read_parquet('{lake}/stories/*.parquet') s USING (doc_id)").fetchall()  # fmt: skip
    return {d: (dup, st) for d, dup, st in rows}


def _selected(lake: Path, sources: tuple[str, ...] = (), entities: tuple[str, ...] = (),
              since: str | None = None) -> tuple[set[tuple[str, str]], set[str]]:  # fmt: skip
    """What a slice must hold, computed here from the rule of docs/lake.md: ``(doc_id, source)`` of its
    articles and the sources of its rejected inputs.
    """
    articles, rejected = set(), set()
    for kind, doc, source, record in _lake_rows(lake):
        rec = json.loads(record)
        if kind == "rejected":
            if not entities and (not sources or any(s.lower() in source.lower() for s in sources)):
                rejected.add(source)
            continue
        meta = rec.get("meta") or {}
        where = [source, str(meta.get("url") or ""), str(meta.get("source") or "")]
        ok = not sources or any(s.lower() in w.lower() for s in sources for w in where)
        ok = ok and (not entities or any(m.get("entity_id") in entities for m in rec["mentions"]))
        ok = ok and (since is None or (rec["published"] or "")[:10] >= since)
        if ok:
            articles.add((doc, source))
    return articles, rejected


def _slice(db: Path) -> dict[str, Any]:
    """What a pulled database holds: article sources, quarantine, links and stories."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": set(con.execute("SELECT doc_id, source FROM document_sources").fetchall()),
            "rejected": {r[0] for r in con.execute("SELECT source FROM quarantine").fetchall()},
            "links": {d: (dup, st) for d, dup, st in con.execute("SELECT id, duplicate_of, story_id FROM documents")
                      .fetchall()},
            "stories": dict(con.execute("SELECT story_id, size FROM stories").fetchall()),
        }


def _agrees_with_lake(got: dict[str, Any], lake: Path) -> tuple[int, int]:
    """Check a slice's links and stories against the lake's; returns how many near copies kept their
    original, and how many stand as originals (theirs is not in the slice).
    """
    links = _lake_links(lake)
    kept = elsewhere = 0
    for doc, (dup, story) in got["links"].items():
        want_dup, want_story = links[doc]
        assert story == want_story, doc
        if want_dup is not None and want_dup in got["links"]:
            assert dup == want_dup, doc
            kept += 1
        else:
            assert dup is None, doc  # an original, or a copy whose original is not in the slice
            elsewhere += want_dup is not None
    # the stories table is summed up from the slice's own documents
    sizes: dict[str, int] = {}
    for _, story in got["links"].values():
        sizes[story] = sizes.get(story, 0) + 1
    assert got["stories"] == sizes
    return kept, elsewhere


@pytest.mark.parametrize("sources", [("jagran",), ("AMAR UJALA", "bhaskar.com"), ("wire",)])
def test_pull_by_source(lake: Path, tmp_path: Path, sources: tuple[str, ...]) -> None:
    from sambandh.config import Config
    from sambandh.spark import pull, slice_of

    db = tmp_path / "slice.duckdb"
    out = pull(lake, Config.build(db=db), where=slice_of(sources=sources))
    articles, rejected = _selected(lake, sources=sources)
    got = _slice(db)
    everything = _selected(lake)
    assert articles and len(articles) < len(everything[0])  # the filter selects: a test that can fail
    assert got["articles"] == articles and got["rejected"] == rejected
    assert out["articles"] == len(articles) and out["lake_results"]["carried"]
    _agrees_with_lake(got, lake)


def test_a_source_matches_the_path_the_address_and_the_outlet(lake: Path) -> None:
    # "wire" is the folder of two files (and of the rejected binary one) and the outlet PTI Wire;
    # "jagran" is in the web addresses of one outlet, and the rejected empty record's outlet (not kept)
    articles, rejected = _selected(lake, sources=("wire",))
    assert any("/wire/" in s for _, s in articles) and any("#L" in s for _, s in articles)
    assert rejected == {s for k, _, s, _ in _lake_rows(lake) if k == "rejected" and "/wire/" in s}
    assert not _selected(lake, sources=("jagran",))[1]


def test_pull_by_entity(lake: Path, tmp_path: Path) -> None:
    from sambandh.config import Config
    from sambandh.spark import pull, slice_of

    docs: dict[str, set[str]] = {}
    rows = [(d, json.loads(r)) for k, d, _, r in _lake_rows(lake) if k == "article"]
    for doc, rec in rows:
        for m in rec["mentions"]:
            if m.get("entity_id"):
                docs.setdefault(m["entity_id"], set()).add(doc)
    # the entity most articles name but not all, and one named where it is not
    n = len({d for d, _ in rows})
    some = sorted((e for e, d in docs.items() if 1 < len(d) < n), key=lambda e: (-len(docs[e]), e))
    other = next(e for e in some if docs[e] - docs[some[0]])
    for k, entities in enumerate([(some[0],), (some[0], other)]):
        db = tmp_path / f"slice{k}.duckdb"
        pull(lake, Config.build(db=db), where=slice_of(entities=entities))
        articles, _ = _selected(lake, entities=entities)
        got = _slice(db)
        assert articles and got["articles"] == articles and not got["rejected"]
        _agrees_with_lake(got, lake)
    assert len(articles) > len(_selected(lake, entities=(some[0],))[0])  # any of the ids


def test_filters_of_each_kind_must_all_hold_on_the_cli(lake: Path, tmp_path: Path) -> None:
    db = tmp_path / "slice.duckdb"
    res = run_cli("pull", "--lake", str(lake), "--db", str(db), "--since", "2025-02-01", "--entity", "country:in",
                  "--source", "jagran", "--source", "bhaskar", "--json")  # fmt: skip
    assert res.returncode == 0, res.stderr
    articles, _ = _selected(lake, sources=("jagran", "bhaskar"), entities=("country:in",), since="2025-02-01")
    got = _slice(db)
    assert articles and got["articles"] == articles and not got["rejected"]
    assert json.loads(res.stdout)["articles"] == len(articles)


def test_a_slice_keeps_the_lakes_near_copies_and_stories(lake: Path, tmp_path: Path) -> None:
    from sambandh.config import Config
    from sambandh.spark import pull, slice_of

    # the whole lake: every link and story as the lake has them
    whole = tmp_path / "whole.duckdb"
    out = pull(lake, Config.build(db=whole))
    got = _slice(whole)
    assert _lake_links(lake) == got["links"]
    assert out["lake_results"]["originals_elsewhere"] == 0 and any(dup for dup, _ in got["links"].values())
    # February on: the copies of January's reports stand as originals, in their January stories
    later = tmp_path / "later.duckdb"
    out = pull(lake, Config.build(db=later), where=slice_of(since="2025-02-01"))
    got = _slice(later)
    kept, elsewhere = _agrees_with_lake(got, lake)
    assert elsewhere > 0 and out["lake_results"]["originals_elsewhere"] == elsewhere
    assert any(not story.endswith(doc[:16]) for doc, (_, story) in got["links"].items())  # stories named elsewhere
    # January pulled into the same database: the copies find their originals again
    pull(lake, Config.build(db=later), where=slice_of(until="2025-01-31"))
    got = _slice(later)
    kept, elsewhere = _agrees_with_lake(got, lake)
    assert kept > 0 and elsewhere == 0
    assert got["links"] == {d: v for d, v in _lake_links(lake).items() if d in got["links"]}


def test_the_pages_of_a_slice_with_originals_elsewhere(lake: Path, tmp_path: Path) -> None:
    import httpx

    from sambandh.config import Config
    from sambandh.spark import pull, slice_of
    from sambandh.web.app import running

    db = tmp_path / "later.duckdb"
    pull(lake, Config.build(db=db), where=slice_of(since="2025-02-01"))
    got = _slice(db)
    with running(Config.build(db=db)) as url, httpx.Client(base_url=url, timeout=30) as client:
        for story in got["stories"]:
            assert client.get(f"/stories/{story}").status_code == 200, story
        for doc in got["links"]:
            r = client.get(f"/api/documents/{doc}")
            assert r.status_code == 200 and r.json()["duplicate_of"] is None, doc
        hits = client.get("/api/search", params={"q": "मोदी"}).json()["hits"]
        assert hits and all(h["story_id"] == got["links"][h["doc_id"]][1] for h in hits)


def test_a_lake_without_whole_lake_results_gives_the_slices_own(lake: Path, tmp_path: Path) -> None:
    import duckdb

    from sambandh.config import Config
    from sambandh.spark import pull

    stale = tmp_path / "lake"
    shutil.copytree(lake, stale)
    # a run stopped before its stories: the table lacks an article
    table = next((stale / "stories").glob("*.parquet"))
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT * FROM read_parquet('{stale}/stories/*.parquet') WHERE rank > 0) "
                    f"TO '{tmp_path / 'part.parquet'}' (FORMAT parquet)")  # fmt: skip
    for f in (stale / "stories").glob("*.parquet"):
        f.unlink()
    shutil.move(tmp_path / "part.parquet", table)
    out = pull(stale, Config.build(db=tmp_path / "a.duckdb"))
    assert not out["lake_results"]["carried"] and "lack 1 " in out["lake_results"]["why"]
    shutil.rmtree(stale / "dedup")
    out = pull(stale, Config.build(db=tmp_path / "b.duckdb"))
    assert not out["lake_results"]["carried"] and "no dedup/" in out["lake_results"]["why"]
    # computed on the slice, which here is the whole lake: the same as the lake's
    assert _slice(tmp_path / "b.duckdb")["links"] == _lake_links(lake)


def test_pull_errors_are_one_line(lake: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    for args, says in [(("--entity", "India"), "not an entity id"), (("--entity", "country in"), "not an entity id"),
                       (("--source", " "), "--source"), (("--since", "2025-03-01", "--until", "2025-02-01"), "after")]:
        res = run_cli("pull", "--lake", str(lake), "--db", db, *args)
        err = res.stderr.decode()
        assert res.returncode == 2 and err.count("\n") == 1 and says in err and "Traceback" not in err, (args, err)
    res = run_cli("pull", "--lake", str(tmp_path / "none"), "--db", db)
    assert res.returncode == 2 and res.stderr.decode().count("\n") == 1 and b"no Sambandh lake" in res.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_a_changed_story_rebuilds_the_search_index(lake: Path, tmp_path: Path) -> None:
    import duckdb

    from sambandh.config import Config
    from sambandh.search import Filters, search
    from sambandh.spark import pull
    from sambandh.store import Store

    db = tmp_path / "whole.duckdb"
    config = Config.build(db=db)
    assert pull(lake, config)["lake_results"]["reindex"] == 0
    # the lake's stories recomputed since (say, an earlier report came in): one report moves
    moved = tmp_path / "lake"
    shutil.copytree(lake, moved)
    table = next((moved / "stories").glob("*.parquet"))
    with duckdb.connect() as con:
        parts = f"{moved}/stories/*.parquet"
        doc = con.execute(f"SELECT doc_id FROM read_parquet('{parts}') ORDER BY rank DESC LIMIT 1").fetchone()[0]
        con.execute(f"COPY (SELECT rank, doc_id, if(doc_id = '{doc}', 'story:moved', story_id) AS story_id "
                    f"FROM read_parquet('{parts}')) TO '{tmp_path}/p.parquet' (FORMAT parquet)")  # fmt: skip
    for f in (moved / "stories").glob("*.parquet"):
        f.unlink()
    shutil.move(tmp_path / "p.parquet", table)
    out = pull(moved, config)
    assert out["new"] == 0 and out["lake_results"]["reindex"] == 1 and out["lake_results"]["changed"] == 1
    got = _slice(db)
    assert got["links"][doc][1] == "story:moved" and got["stories"]["story:moved"] == 1
    before = _lake_links(lake)[doc][1]
    with Store(db, read_only=True) as store:
        title = store.leads([doc])[doc][0] or ""
        assert [h.doc_id for h in search(store, config, title, Filters(story="story:moved"), 50).hits] == [doc]
        assert doc not in [h.doc_id for h in search(store, config, title, Filters(story=before), 50).hits]
    assert out["global_stages"]["index"]["added"] == len(got["links"])  # every document indexed again, once
