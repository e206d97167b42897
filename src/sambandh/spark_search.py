"""The search index of a Parquet lake, on Spark: one tantivy index (a shard) per publication month.

After the global stages, the lake's articles (each once, as the other stages take them) are
grouped by their publication month (``year=YYYY/month=M``, the records' partitions; undated
articles are ``year=0/month=0``). Each month is built by one task on an executor with the very
code of the embedded index (``sambandh.index``: the same schema, the same folding of titles and
texts into search terms, the same fields: id, source, language, story, the entities named, day)
in a temporary folder of its own, then copied to ``DIR/search/year=YYYY/month=M/``. The same task
writes the month's search vocabulary (each Devanagari term with its phonetic key, which
romanised and English queries go through) to ``DIR/search_vocab/year=YYYY/month=M/``, and the ids
of the articles it holds to ``DIR/search_docs/year=YYYY/month=M/``.

A month is built again only when what its shard holds changed since the last build: its
articles or their stories (a fingerprint per month, kept in ``DIR/search/_manifest.json``);
other months are left as they are. ``serve --lake`` searches all the shards as one index
(``index.shard_view``), so a query ranks the lake's articles as the embedded index of the same
articles ranks them (``docs/lake.md``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config

SHARD_VERSION = 1  # raised when what a shard holds changes (schema, folding): every month is built again
BUILT_SCHEMA = "year int, month int, docs long, terms long"
BATCH = 20_000  # documents per commit, as the embedded index adds them


@dataclass
class LakeSearchReport:
    """What a search index run over the lake did: months in the lake, months (re)built, documents
    and vocabulary terms written by those builds, wall time.
    """

    months: int = 0
    built: int = 0
    removed: int = 0
    docs: int = 0
    terms: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"months": self.months, "built": self.built, "removed": self.removed, "docs": self.docs,
                "terms": self.terms, "seconds": round(self.seconds, 3)}  # fmt: skip


def month_folder(year: int, month: int) -> str:
    """A month's folder under ``search/`` and ``search_vocab/``, named as the records' partitions."""
    return f"year={int(year)}/month={int(month)}"


def shard_folders(lake: Path) -> list[Path]:
    """The lake's search shards (folders with a ``meta.json``), oldest month first, undated first."""

    def month(p: Path) -> tuple[int, int]:
        return int(p.parent.name.split("=", 1)[1]), int(p.name.split("=", 1)[1])

    found = [p for p in (lake / "search").glob("year=*/month=*") if (p / "meta.json").is_file()]
    return sorted(found, key=month)


def index_document(doc_id: str, source: str, story: str | None, record: dict[str, Any]) -> dict[str, Any]:
    """The document the embedded index adds for a stored article (``store.iter_unindexed``), from
    the lake's row: the article's id, source and story, and from its record the title, text,
    language, publication date and the entities of its mentions (the first mention at each
    offset, as the store keeps them).
    """
    starts: set[Any] = set()
    ents: set[str] = set()
    for m in record.get("mentions") or ():
        if m.get("start") in starts:
            continue
        starts.add(m.get("start"))
        if m.get("entity_id"):
            ents.add(m["entity_id"])
    return {"doc_id": doc_id, "title": record.get("title"), "text": record.get("text") or "", "source": source,
            "language": record.get("language"), "story": story, "published": record.get("published"),
            "entities": sorted(ents)}  # fmt: skip


class _MonthShard:
    """One month's index, built in a local temporary folder and then published into the lake."""

    def __init__(self, lake: Path, year: int, month: int, batch: int) -> None:
        from .index import SearchIndex

        self.lake, self.year, self.month, self.batch = lake, year, month, batch
        self.tmp = Path(tempfile.mkdtemp(prefix="sambandh-shard-"))
        self.index = SearchIndex(self.tmp / "index")
        self.pending: list[dict[str, Any]] = []
        self.terms: set[str] = set()
        self.ids: list[str] = []

    def add(self, doc: dict[str, Any]) -> None:
        self.pending.append(doc)
        self.ids.append(doc["doc_id"])
        if len(self.pending) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        from .index import fold_batch

        if self.pending:
            self.terms.update(fold_batch(self.pending))
            self.index.add(self.pending, threads=1)
            self.pending = []

    def finish(self) -> dict[str, int]:
        """Commit the rest, write the month's vocabulary, article ids and shard into the lake; the counts."""
        import pyarrow as pa

        from .index import vocab_rows

        try:
            self._flush()
            rows = vocab_rows(sorted(self.terms))
            name = month_folder(self.year, self.month)
            _write_table(self.lake / "search_vocab" / name / "vocab.parquet", pa.table(
                {"term": [t for t, _ in rows], "key": [k for _, k in rows]},
                schema=pa.schema([("term", pa.string()), ("key", pa.string())])))  # fmt: skip
            _write_table(self.lake / "search_docs" / name / "docs.parquet",
                         pa.table({"doc_id": self.ids}, schema=pa.schema([("doc_id", pa.string())])))  # fmt: skip
            _publish(self.tmp / "index", self.lake / "search" / name)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return {"year": self.year, "month": self.month, "docs": len(self.ids), "terms": len(rows)}


def _write_table(path: Path, table: Any) -> None:
    """Write a Parquet file under a hidden name, then rename it to ``path`` (replacing what was there)."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.parent / f".{path.stem}-{uuid.uuid4().hex}.parquet"
    pq.write_table(table, part)
    os.replace(part, path)


def _publish(built: Path, dest: Path) -> None:
    """Copy a built index folder to ``dest`` (its lock files left out), replacing what was there."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex
    new, old = dest.parent / f".{dest.name}.new-{tag}", dest.parent / f".{dest.name}.old-{tag}"
    shutil.copytree(built, new, ignore=shutil.ignore_patterns(".tantivy-*"))
    if dest.exists():
        os.replace(dest, old)
    os.replace(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def _builder(lake: str, batch: int) -> Any:
    """The ``mapInArrow`` function: articles sorted by month (then input order) in, one row per month built out."""

    def build(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        def out(done: dict[str, int]) -> Any:
            return pa.RecordBatch.from_pylist([done], schema=pa.schema(
                [("year", pa.int32()), ("month", pa.int32()), ("docs", pa.int64()), ("terms", pa.int64())]))

        shard: _MonthShard | None = None
        for b in batches:
            cols = b.to_pydict()
            for year, month, doc_id, source, story, record in zip(
                cols["year"], cols["month"], cols["doc_id"], cols["source"], cols["story_id"], cols["record"],
                strict=True,
            ):
                if shard is None or (shard.year, shard.month) != (year, month):
                    if shard is not None:
                        yield out(shard.finish())
                    shard = _MonthShard(Path(lake), year, month, batch)
                shard.add(index_document(doc_id, source, story, json.loads(record)))
        if shard is not None:
            yield out(shard.finish())

    return build


def _manifest(lake: Path) -> dict[str, Any]:
    """The last build's manifest (version and a fingerprint per month); empty when none or unreadable."""
    try:
        found = json.loads((lake / "search" / "_manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) and found.get("version") == SHARD_VERSION else {}


def search_lake(spark: Any, lake: Path, config: Config, batch: int = BATCH) -> LakeSearchReport:
    """Build the search shards of the months whose articles or stories changed; write
    ``lake/search/``, ``lake/search_vocab/`` and ``lake/search/_manifest.json``.

    Needs the stories stage's ``lake/stories`` (each article's story id, which the index holds).

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder (a file system every executor reaches).
        config: Settings (not used today: the index has no settings of its own).
        batch: Documents per commit.
    """
    from pyspark.sql import functions as F

    from .spark_dedup import lake_articles

    del config
    started = time.perf_counter()
    report = LakeSearchReport()
    stories = spark.read.parquet(str(lake / "stories")).select("doc_id", "story_id")
    docs = lake_articles(spark, lake).select(
        "doc_id", "source", "year", "month", "run", "seq_file", "seq_rec", "record"
    ).join(stories, "doc_id", "left")
    story = F.coalesce("story_id", F.lit(""))
    prints = {
        month_folder(r["year"], r["month"]): f"{r['docs']}:{r['h1']}:{r['h2']}"
        for r in docs.groupBy("year", "month").agg(
            F.count("*").alias("docs"),
            F.bit_xor(F.xxhash64("doc_id", "source", story)).alias("h1"),
            F.bit_xor(F.xxhash64(story, "source", "doc_id")).alias("h2"),
        ).collect()
    }  # fmt: skip
    report.months = len(prints)
    known = _manifest(lake).get("months") or {}
    have = {f"{p.parent.name}/{p.name}" for p in shard_folders(lake)}
    todo = sorted(m for m, fp in prints.items() if known.get(m) != fp or m not in have)
    for gone in sorted(have - set(prints)):  # a month no longer in the lake
        shutil.rmtree(lake / "search" / gone, ignore_errors=True)
        shutil.rmtree(lake / "search_vocab" / gone, ignore_errors=True)
        shutil.rmtree(lake / "search_docs" / gone, ignore_errors=True)
        report.removed += 1
    if todo:
        wanted = spark.createDataFrame([tuple(int(x.split("=")[1]) for x in m.split("/")) for m in todo],
                                       "year int, month int")  # fmt: skip
        chosen = (docs.join(F.broadcast(wanted), ["year", "month"])
                  .repartition(min(len(todo), max(2, spark.sparkContext.defaultParallelism)), "year", "month")
                  .sortWithinPartitions("year", "month", "run", "seq_file", "seq_rec")
                  .select("year", "month", "doc_id", "source", "story_id", "record"))  # fmt: skip
        for r in chosen.mapInArrow(_builder(str(lake.resolve()), batch), BUILT_SCHEMA).collect():
            report.built += 1
            report.docs += r["docs"]
            report.terms += r["terms"]
    (lake / "search").mkdir(parents=True, exist_ok=True)
    (lake / "search" / "_manifest.json").write_text(
        json.dumps({"version": SHARD_VERSION, "months": prints}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    report.seconds = time.perf_counter() - started
    (lake / "_search.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


__all__ = ["SHARD_VERSION", "LakeSearchReport", "index_document", "month_folder", "search_lake", "shard_folders"]
