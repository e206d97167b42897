"""Near copies over a Parquet lake, as Spark SQL: the embedded rule of ``sambandh.dedup`` at cluster scale.

The rule is the embedded one, step for step, and the numeric kernels are the very functions of
``sambandh.dedup`` (word shingles, MinHash signatures, band keys, estimated containment):

1. Each article of the lake is taken once (a killed run may have written it twice) and ranked:
   publication date first (undated last), then the input order (run, file, record), then id.
2. Executors hash their articles (``mapInArrow`` over ``dedup.signatures`` and ``dedup.lsh_keys``).
3. Per band key, the earliest article holding it (a group-by on the key) is the candidate
   original of every later article holding it, exactly the pairs ``dedup.band_pairs`` makes.
4. Each pair is scored with ``dedup.similarity`` and ``dedup.containment``; an article's original
   is its best candidate at or over the threshold (ties to the earliest), as ``BestCandidates``.
5. A copy of a copy points at the first one's original: the pointers are followed to the top
   by doubling, as joins (``follow_to_roots``), so nothing is gathered on the driver.

The result is ``DIR/dedup/``: one row per article with its rank and ``duplicate_of`` (null for an
original), written afresh by each run (``docs/lake.md``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .dedup import DedupSettings

SIGNED_SCHEMA = "rank long, doc_id string, sig binary, size long, usable boolean, keys array<long>"
SCORED_SCHEMA = "rank long, cand long, score double"


@dataclass
class LakeDedupReport:
    """What a near-copy run over the lake found.

    Attributes:
        articles: Articles in the lake (each once).
        duplicates: Of these, near copies linked to an original.
        pairs: Candidate pairs scored.
        seconds: Wall time.
        settings: The MinHash/LSH settings used.
    """

    articles: int = 0
    duplicates: int = 0
    pairs: int = 0
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"articles": self.articles, "duplicates": self.duplicates, "pairs": self.pairs,
                "seconds": round(self.seconds, 3), "settings": self.settings}  # fmt: skip


def _signer(s: DedupSettings) -> Any:
    """The ``mapInArrow`` function: ``(rank, doc_id, text)`` in, signatures and band keys out."""

    def sign(batches: Iterator[Any]) -> Iterator[Any]:
        import numpy as np
        import pyarrow as pa

        from .dedup import lsh_keys, signatures

        for batch in batches:
            if batch.num_rows == 0:
                continue
            texts = [t or "" for t in batch.column("text").to_pylist()]
            sigs, sizes = signatures(texts, s)
            keys, usable = lsh_keys(sigs, s.bands)
            yield pa.RecordBatch.from_pydict({
                "rank": batch.column("rank"),
                "doc_id": batch.column("doc_id"),
                "sig": pa.array([row.tobytes() for row in sigs], type=pa.binary()),
                "size": pa.array(sizes.astype(np.int64)),
                "usable": pa.array(usable),
                # uint64 keys as Spark's signed longs: the same bits, so equal keys stay equal
                "keys": pa.array(list(keys.view(np.int64)), type=pa.list_(pa.int64())),
            })

    return sign


def _scorer(num_perm: int) -> Any:
    """The ``mapInArrow`` function: candidate pairs with both signatures in, containment out."""

    def score(batches: Iterator[Any]) -> Iterator[Any]:
        import numpy as np
        import pyarrow as pa

        from .dedup import containment, similarity

        for batch in batches:
            if batch.num_rows == 0:
                continue

            sig_a, sig_b = (np.frombuffer(b"".join(batch.column(c).to_pylist()), dtype=np.uint32).reshape(-1, num_perm)
                            for c in ("sig_a", "sig_b"))  # fmt: skip
            size_a = batch.column("size_a").to_numpy()
            size_b = batch.column("size_b").to_numpy()
            scores = containment(similarity(sig_a, sig_b), size_a, size_b)
            yield pa.RecordBatch.from_pydict({"rank": batch.column("rank"), "cand": batch.column("cand"),
                                              "score": pa.array(np.asarray(scores, dtype=np.float64))})  # fmt: skip

    return score


def lake_articles(spark: Any, lake: Path) -> Any:
    """The lake's articles, each once: the first row of its id by run and input order (a killed run
    may have written one twice). The global stages on Spark all read the lake through this.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    records = spark.read.parquet(str(lake / "records")).where("kind = 'article'")
    once = Window.partitionBy("doc_id").orderBy("run", "seq_file", "seq_rec")
    return records.withColumn("_n", F.row_number().over(once)).where("_n = 1").drop("_n")


def follow_to_roots(parents: Any) -> Any:
    """``(rank, parent)`` rows (every parent earlier than its child) to ``(rank, root)``: each pointer
    followed to the top by doubling (``p(i) <- p(p(i))``), so the longest chain of ``n`` links
    takes about ``log2 n`` joins and nothing is gathered on the driver. A copy's copy points on to
    the first copy's original (``dedup._link``), a story's later reports to its first.
    """
    from pyspark.sql import functions as F

    # each round is checkpointed: the plan stays one join deep however long the chains
    cur = parents.select("rank", F.col("parent").alias("root")).localCheckpoint()
    while True:
        up = cur.select(F.col("rank").alias("mid"), F.col("root").alias("up"))
        nxt = (cur.join(up, cur["root"] == up["mid"], "left")
               .select("rank", F.coalesce("up", "root").alias("root"), F.col("up").isNotNull().alias("moved"))
               .localCheckpoint())  # fmt: skip
        if not nxt.where("moved").count():
            return nxt.select("rank", "root")
        cur = nxt.select("rank", "root")


def dedup_lake(spark: Any, lake: Path, config: Config) -> LakeDedupReport:
    """Link every article of the lake at ``lake`` to its near-duplicate original; write ``lake/dedup``.

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder (``ingest --engine spark --lake``).
        config: Dedup settings (``dedup_ngram``, ``dedup_num_perm``, ``dedup_bands``, ``dedup_threshold``).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    started = time.perf_counter()
    s = DedupSettings.from_config(config)
    report = LakeDedupReport(settings={"ngram": s.ngram, "num_perm": s.num_perm, "bands": s.bands,
                                       "threshold": s.threshold})  # fmt: skip
    docs = lake_articles(spark, lake)
    # a global order without one partition holding everything: the keys alone are sorted and
    # numbered (each partition's offset plus the place in it), then the texts join their rank
    ordered = (docs.select("doc_id", "published", "run", "seq_file", "seq_rec")
               .orderBy(F.col("published").asc_nulls_last(), "run", "seq_file", "seq_rec", "doc_id"))  # fmt: skip
    ranks = spark.createDataFrame(ordered.rdd.zipWithIndex().map(lambda r: (r[1], r[0]["doc_id"])),
                                  "rank long, doc_id string")  # fmt: skip
    ranked_df = ranks.join(docs.select("doc_id", F.get_json_object("record", "$.text").alias("text")), "doc_id")
    signed = ranked_df.mapInArrow(_signer(s), SIGNED_SCHEMA).persist()
    try:
        report.articles = signed.count()
        keyed = signed.where("usable").select("rank", F.explode("keys").alias("key"))
        first = keyed.groupBy("key").agg(F.min("rank").alias("cand"))
        pairs = keyed.join(first, "key").where("cand < rank").select("rank", "cand").distinct()
        side = signed.select("rank", "sig", "size")
        both = (pairs.join(side.withColumnRenamed("sig", "sig_a").withColumnRenamed("size", "size_a"), "rank")
                .join(side.withColumnRenamed("rank", "cand").withColumnRenamed("sig", "sig_b")
                      .withColumnRenamed("size", "size_b"), "cand"))  # fmt: skip
        scored = both.select("rank", "cand", "sig_a", "sig_b", "size_a", "size_b").mapInArrow(
            _scorer(s.num_perm), SCORED_SCHEMA).persist()  # fmt: skip
        report.pairs = scored.count()
        best_of = Window.partitionBy("rank").orderBy(F.col("score").desc(), F.col("cand").asc())
        best = (scored.where(F.col("score") >= s.threshold).withColumn("_n", F.row_number().over(best_of))
                .where("_n = 1").select("rank", F.col("cand").alias("parent")))  # fmt: skip
        links = follow_to_roots(best)
        scored.unpersist()
        report.duplicates = links.count()
        ids = signed.select("rank", "doc_id")
        out = (ids.join(links, "rank", "left")
               .join(ids.withColumnRenamed("rank", "root").withColumnRenamed("doc_id", "duplicate_of"), "root", "left")
               .select("doc_id", "rank", "duplicate_of"))  # fmt: skip
        out.write.mode("overwrite").parquet(str(lake / "dedup"))
    finally:
        signed.unpersist()
    report.seconds = time.perf_counter() - started
    (lake / "_dedup.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


__all__ = ["LakeDedupReport", "dedup_lake", "follow_to_roots", "lake_articles"]
