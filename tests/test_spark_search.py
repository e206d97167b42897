"""The lake's search shards (``sambandh.spark_search``: one tantivy index per publication month, built
on Spark's executors) searched as ``serve --lake`` searches them, against the embedded index.

The demo corpus's texts are spread over three months and an undated record, ingested both ways
(embedded, and Spark ``local[2]`` into a lake). Hindi, romanised and English queries, with and
without filters, must find the same articles in the same order with the same scores and snippets.
Then a second Spark run adds one month of two short articles written here: only that month's
shard is built again, and the search still equals the embedded one's over the same articles.
Those skip where PySpark or Java is missing, as ``test_spark_global.py`` does. A date filter must
rank alike however the index's documents fall into segments (each shard is a segment of its own).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS

from sambandh.config import Config
from sambandh.search import Filters, Searcher


def spark(fn: Any) -> Any:
    """Mark a test that needs Spark (skipped with the reason where PySpark or Java is missing)."""
    for mark in SPARK_MARKS:
        fn = mark(fn)
    return fn

QUERIES = ["जयशंकर", "मोदी शी बातचीत", "ब्रह्मोस मिसाइल", "jaishankar", "brahmos", "modi putin", "Quad",
           "foreign ministers", "Russia", "China", "वांग यी"]  # fmt: skip
FILTERS = [
    Filters(),
    Filters(since=dt.date(2025, 2, 1), until=dt.date(2025, 2, 28)),
    Filters(since=dt.date(2025, 1, 10)),
    Filters(language="en"),
    Filters(entity="country:cn"),
]
# a month added by the second run: our own two reports
APRIL = [
    {"id": "apr-hi", "published": "2025-04-03", "title": "दिल्ली में भारत और जापान के विदेश मंत्रियों की बैठक",
     "text": "दिल्ली में भारत और जापान के विदेश मंत्रियों की बैठक\n\nनई दिल्ली। भारत और जापान के विदेश मंत्रियों ने "
             "गुरुवार को व्यापार और रक्षा सहयोग पर लंबी बातचीत की। दोनों देशों ने समुद्री सुरक्षा पर साथ काम "
             "करने की बात दोहराई और अगले साल फिर मिलने पर सहमति जताई।\n"},
    {"id": "apr-en", "published": "2025-04-09", "title": "Japan and India widen their maritime talks",
     "text": "Japan and India widen their maritime talks\n\nNEW DELHI: Officials of Japan and India met on "
             "Wednesday to plan joint patrols and port visits, and agreed that their foreign ministers "
             "would review the plan later in the year.\n"},
]  # fmt: skip


def _records() -> list[dict[str, str]]:
    """The demo texts on distinct days of January to March 2025, and the last one undated."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    out = []
    for i, text in enumerate(texts):
        rec = {"id": f"demo-{i}", "text": text}
        if i < len(texts) - 1:
            rec["published"] = f"2025-{1 + i % 3:02d}-{2 + i:02d}"
        out.append(rec)
    return out


def _write(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from sambandh.ingest import ingest
    from sambandh.spark import ingest_lake

    work = tmp_path_factory.mktemp("shards")
    first = work / "in"
    first.mkdir()
    _write(first / "news.jsonl", _records())
    embedded, lake = work / "embedded.duckdb", work / "lake"
    ingest([str(first)], Config.build(db=embedded))
    report = ingest_lake([str(first)], Config.build(db=work / "unused.duckdb"), lake, SPARK_CONF)
    return {"work": work, "first": first, "embedded": embedded, "lake": lake, "report": report}


def _hits(searcher: Any, query: str, f: Filters) -> tuple[int, list[tuple[Any, ...]]]:
    """The total and the hits, ordered by score and then id (tantivy orders equal scores by where the
    documents sit in the index, which differs between one index and the shards).
    """
    res = searcher.search(query, f, limit=50)
    hits = [(round(h.score, 5), h.doc_id, h.title, h.published, h.story_id, h.duplicate_of, json.dumps(h.snippet))
            for h in res.hits]  # fmt: skip
    assert [h[0] for h in hits] == sorted((h[0] for h in hits), reverse=True)
    return res.total, sorted(hits, key=lambda h: (-h[0], h[1]))


def _compare(embedded: Path, lake: Path) -> int:
    """Every query under every filter: the lake's answers equal the embedded index's; the hits seen."""
    from sambandh.store import Store
    from sambandh.web.app import LakeKnowledge

    config = Config.build(db=embedded)
    seen = 0
    knowledge = LakeKnowledge(Config.build(db=lake.parent / "none.duckdb"), lake)
    try:
        # the home page counts the articles the shards hold as a store counts its indexed ones
        assert knowledge.db.count("search_docs") == knowledge.db.count("documents") > 10
        with Store(embedded, read_only=True) as store:
            mine = Searcher(store, config)
            theirs = knowledge.searcher()
            for query in QUERIES:
                for f in FILTERS:
                    want = _hits(mine, query, f)
                    assert _hits(theirs, query, f) == want, (query, f)
                    seen += len(want[1])
    finally:
        knowledge.close()
    return seen


def _shards(lake: Path) -> dict[str, float]:
    return {f"{p.parent.name}/{p.name}": (p / "meta.json").stat().st_mtime_ns for p in (lake / "search").glob("*/*")
            if (p / "meta.json").is_file()}  # fmt: skip


@spark
def test_shards_search_as_the_embedded_index(built: dict[str, Any]) -> None:
    lake = built["lake"]
    assert built["report"].search["built"] == 4 and built["report"].search["months"] == 4
    assert sorted(_shards(lake)) == ["year=0/month=0", "year=2025/month=1", "year=2025/month=2", "year=2025/month=3"]
    assert (lake / "search_vocab" / "year=2025" / "month=1" / "vocab.parquet").is_file()
    assert _compare(built["embedded"], lake) > 60


@spark
def test_a_run_adding_one_month_builds_only_that_month(built: dict[str, Any]) -> None:
    from sambandh.ingest import ingest
    from sambandh.spark import ingest_lake

    work, lake = built["work"], built["lake"]
    before = _shards(lake)
    more = work / "more"
    more.mkdir()
    _write(more / "april.jsonl", APRIL)
    report = ingest_lake([str(built["first"]), str(more)], Config.build(db=work / "unused.duckdb"), lake, SPARK_CONF)
    assert report.articles == 2 and report.search["built"] == 1 and report.search["months"] == 5
    after = _shards(lake)
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(set(after) - set(before)) == ["year=2025/month=4"]
    ingest([str(more)], Config.build(db=built["embedded"]))
    assert _compare(built["embedded"], lake) > 60


def test_a_date_filter_ranks_alike_whatever_the_segments(tmp_path: Path) -> None:
    from sambandh.index import SearchIndex
    from sambandh.store import Store

    config = Config.build(db=tmp_path / "db.duckdb")
    index = SearchIndex(config.index_path)
    # two commits, two segments: the first wholly inside the range, the second holding a day before it
    index.add([{"doc_id": "inside", "text": "सागर तट", "published": "2025-02-10"}], threads=1)
    index.add([{"doc_id": "straddles", "text": "सागर तट पर नाव", "published": "2025-02-11"},
               {"doc_id": "before", "text": "सागर", "published": "2025-01-05"}], threads=1)  # fmt: skip
    with Store(config.db) as store:
        searcher = Searcher(store, config)
        assert searcher.doc_ids("सागर") == ["before", "inside", "straddles"]
        assert searcher.doc_ids("सागर", Filters(since=dt.date(2025, 2, 1))) == ["inside", "straddles"]
