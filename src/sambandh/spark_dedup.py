"""Near copies over a Parquet lake, as Spark SQL: the embedded rule of ``sambandh.dedup`` at cluster scale.

The rule is the embedded one, step for step, and the numeric kernels are the very functions of
``sambandh.dedup`` (word shingles, MinHash signatures, band keys, estimated containment):

1. Each article of the lake is taken once (a killed run may have written it twice) and ordered
   as the embedded store orders it: publication date first (undated last), then run, then the
   write batch of ``config.batch_size`` inputs it would have been stored in, then id
   (``write_batches``).
2. Executors hash their articles (``mapInArrow`` over ``dedup.signatures`` and ``dedup.lsh_keys``).
3. Per band key, the earliest article holding it (its bucket's owner) is the candidate original
   of every later article holding it, exactly the pairs ``dedup.band_pairs`` makes.
4. Each pair is scored with ``dedup.similarity`` and ``dedup.containment``; an article's original
   is its best candidate at or over the threshold (ties to the earliest), as ``BestCandidates``.
5. A copy of a copy points at the first one's original: the pointers are followed to the top
   by doubling, as joins (``follow_to_roots``), so nothing is gathered on the driver.

The result is ``DIR/dedup/``: one row per article with its rank and ``duplicate_of`` (null for an
original). A run is incremental: ``DIR/dedup_state/`` keeps the signatures of the articles
already signed, the earliest-per-bucket table and each copy's best candidate, so a run signs only
the articles that came since and scores only their pairs, and those of the earlier articles whose
bucket an earlier-published newcomer took over (``docs/lake.md``). A lake without that state (or
with another version of it, other settings or another ``batch_size``) gets a full run, which writes it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .dedup import DedupSettings

# an article's place in the order: publication date (undated last), run, write batch, id
OKEY = "struct<undated:boolean,published:string,run:string,batch:long,doc_id:string>"
SIGNED_SCHEMA = f"okey {OKEY}, doc_id string, sig binary, size long, usable boolean, keys array<long>"
SCORED_SCHEMA = f"okey {OKEY}, cand {OKEY}, score double"
BUCKET_SCHEMA = f"key long, owner {OKEY}"
LINK_SCHEMA = "doc_id string, parent string"
STATE = "dedup_state"
# 2: the order key holds the write batch (not the file and record) and the state its batch_size
STATE_VERSION = 2
TABLES = ("signed", "buckets", "links")


@dataclass
class LakeDedupReport:
    """What a near-copy run over the lake found.

    Attributes:
        articles: Articles in the lake (each once).
        duplicates: Of these, near copies linked to an original.
        pairs: Candidate pairs scored by this run.
        seconds: Wall time.
        settings: The MinHash/LSH settings used.
        mode: ``full`` (every article signed and paired) or ``incremental`` (only the new ones).
        why: Why a run was full.
        signed: Articles signed by this run.
        relinked: Earlier articles whose candidates changed (an earlier-published newcomer took
            over one of their buckets) and were scored again.
    """

    articles: int = 0
    duplicates: int = 0
    pairs: int = 0
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)
    mode: str = "full"
    why: str = ""
    signed: int = 0
    relinked: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"mode": self.mode, "why": self.why, "articles": self.articles, "signed": self.signed,
                "relinked": self.relinked, "duplicates": self.duplicates, "pairs": self.pairs,
                "seconds": round(self.seconds, 3), "settings": self.settings}  # fmt: skip


@dataclass
class _State:
    """The committed state (``DIR/dedup_state/_state.json``): which generation folders of each table
    count, and the latest run whose articles it holds (every earlier run's too).
    """

    settings: dict[str, Any]
    signed: list[str]
    buckets: list[str]
    links: list[str]
    covered_run: str | None
    articles: int = 0
    batch_size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"version": STATE_VERSION, "settings": self.settings, "batch_size": self.batch_size,
                "signed": self.signed, "buckets": self.buckets, "links": self.links,
                "covered_run": self.covered_run, "articles": self.articles}  # fmt: skip


def _read_state(lake: Path, settings: dict[str, Any], batch_size: int) -> tuple[_State | None, str]:
    """The committed state, or ``None`` and why a full run is needed."""
    path = lake / STATE / "_state.json"
    if not path.exists():
        return None, "the lake has no near-copy state yet"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        state = _State(raw["settings"], raw["signed"], raw["buckets"], raw["links"], raw["covered_run"],
                       raw.get("articles", 0), raw.get("batch_size", 0))  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None, "the near-copy state is unreadable"
    if raw.get("version") != STATE_VERSION:
        return None, f"the near-copy state has version {raw.get('version')}, not {STATE_VERSION}"
    if state.settings != settings:
        return None, f"the dedup settings changed (state {state.settings})"
    if state.batch_size != batch_size:
        # the order of same-day articles follows the write batches: every run's are numbered anew
        return None, f"batch_size changed (state {state.batch_size}, now {batch_size})"
    return state, ""


def _tidy(lake: Path, keep: dict[str, Any]) -> None:
    """Remove generation folders the committed state (``keep``) does not name: a killed run's, superseded ones."""
    for table in TABLES:
        folder = lake / STATE / table
        gens = keep.get(table)
        named = set(gens) if isinstance(gens, list) else set()
        for gen in folder.glob("gen=*") if folder.exists() else ():
            if gen.name.removeprefix("gen=") not in named:
                shutil.rmtree(gen, ignore_errors=True)


def _on_disk(lake: Path) -> dict[str, Any]:
    """The committed state file as it is (whatever its settings), or nothing."""
    try:
        raw = json.loads((lake / STATE / "_state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _commit(lake: Path, state: _State) -> None:
    """Commit the state file (:func:`commit_state`)."""
    commit_state(lake / STATE / "_state.json", state.to_dict())


def _new_gen(lake: Path) -> str:
    gen = f"g{int(time.time() * 1000)}"
    while any((lake / STATE / t / f"gen={gen}").exists() for t in TABLES):
        gen += "x"
    return gen


def _read_gens(spark: Any, lake: Path, table: str, gens: list[str], schema: str) -> Any:
    if not gens:
        return spark.createDataFrame([], schema)
    return spark.read.schema(schema).parquet(*[str(lake / STATE / table / f"gen={g}") for g in gens])


def _signer(s: DedupSettings) -> Any:
    """The ``mapInArrow`` function: ``(okey, doc_id, text)`` in, signatures and band keys out."""

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
                "okey": batch.column("okey"),
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
            yield pa.RecordBatch.from_pydict({"okey": batch.column("okey"), "cand": batch.column("cand"),
                                              "score": pa.array(np.asarray(scores, dtype=np.float64))})  # fmt: skip

    return score


def on_disk(df: Any) -> Any:
    """``df`` kept on the executors' local disks (``StorageLevel.DISK_ONLY``) for the next actions.

    For a table whose rows are wide (signatures, band keys, order keys, a record's JSON) and which
    grows with the lake: kept in memory, it filled a local driver's heap (which is also the one
    executor's) until a task's own batches no longer fit, whatever the heap, once the lake was large
    enough (bench/README.md, ``docs/lake.md``). On disk it costs the heap one batch at a time.
    """
    from pyspark import StorageLevel

    return df.persist(StorageLevel.DISK_ONLY)


def _first_rows(records: Any) -> Any:
    """Each article once: the first row of its id by run and input order."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    once = Window.partitionBy("doc_id").orderBy("run", "seq_file", "seq_rec")
    return records.withColumn("_n", F.row_number().over(once)).where("_n = 1").drop("_n")


def lake_articles(spark: Any, lake: Path) -> Any:
    """The lake's articles, each once: the first row of its id by run and input order (a killed run
    may have written one twice). The global stages on Spark all read the lake through this.
    """
    return _first_rows(spark.read.parquet(str(lake / "records")).where("kind = 'article'"))


def write_batches(rows: Any, batch_size: int) -> Any:
    """The lake's rows (articles and rejected inputs alike) with ``batch``: the write batch the
    embedded ingest of the same run puts each in.

    The embedded ingest writes a run's articles and rejected inputs in input order, ``batch_size``
    to a transaction, and stamps each batch's new articles with that batch's ``ingested_at``; its
    order of the articles published on one day is that stamp, then id (``Store.iter_unhashed``),
    so the near copies and stories of same-day articles depend on where the batches are cut. An
    input whose raw bytes an earlier run already stored (as an article, or rejected for any reason
    but ``internal``) is dropped there before it counts (``pipeline.SeenFilter``), so it does not
    count here either; its article is an earlier run's, and its row gets batch -1.

    The inputs are counted per file (the run's earlier files' inputs, then the place in the file),
    so no Spark partition holds a whole run.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    held = (rows.where("raw_hash IS NOT NULL AND (kind = 'article' OR code IS NULL OR code <> 'internal')")
            .groupBy("raw_hash").agg(F.min("run").alias("_held")))  # fmt: skip
    rows = rows.join(held, "raw_hash", "left")
    counts = F.col("_held").isNull() | (F.col("_held") >= F.col("run"))
    counted = rows.where(counts).withColumn(
        "_k", F.row_number().over(Window.partitionBy("run", "seq_file").orderBy("seq_rec")) - 1)  # fmt: skip
    before = Window.partitionBy("run").orderBy("seq_file").rowsBetween(Window.unboundedPreceding, -1)
    offsets = (counted.groupBy("run", "seq_file").agg(F.count(F.lit(1)).alias("_n"))
               .select("run", "seq_file", F.coalesce(F.sum("_n").over(before), F.lit(0)).alias("_before")))  # fmt: skip
    numbered = (counted.join(offsets, ["run", "seq_file"])
                .withColumn("batch", F.expr(f"(_before + _k) div {int(batch_size)}").cast("long"))
                .drop("_k", "_before", "_held"))  # fmt: skip
    skipped = rows.where(~counts).withColumn("batch", F.lit(-1).cast("long")).drop("_held")
    return numbered.unionByName(skipped)


def _order_key() -> Any:
    """An article's place as one comparable struct: undated after dated, then date, run, write batch
    and id (the order ``orderBy(published NULLS LAST, run, batch, doc_id)`` gives, and the embedded
    store's ``ORDER BY published NULLS LAST, ingested_at, id``).
    """
    from pyspark.sql import functions as F

    return F.struct(F.col("published").isNull().alias("undated"),
                    F.coalesce("published", F.lit("")).alias("published"),
                    "run", "batch", "doc_id")  # fmt: skip


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


def dedup_lake(spark: Any, lake: Path, config: Config, full: bool = False) -> LakeDedupReport:
    """Link every article of the lake at ``lake`` to its near-duplicate original; write ``lake/dedup``.

    Only the articles the lake's near-copy state lacks are signed; the result is the one a full
    recompute gives, which ``full`` forces (it rewrites the state).

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder (``ingest --engine spark --lake``).
        config: Dedup settings (``dedup_ngram``, ``dedup_num_perm``, ``dedup_bands``, ``dedup_threshold``)
            and ``batch_size``, the embedded ingest's write batch, which orders same-day articles; a
            state computed with another batch size gets a full run.
        full: Sign and pair every article, whatever the state holds.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    started = time.perf_counter()
    s = DedupSettings.from_config(config)
    report = LakeDedupReport(settings={"ngram": s.ngram, "num_perm": s.num_perm, "bands": s.bands,
                                       "threshold": s.threshold})  # fmt: skip
    state, report.why = ((None, "a full run was asked for") if full
                         else _read_state(lake, report.settings, config.batch_size))  # fmt: skip
    report.mode = "full" if state is None else "incremental"
    _tidy(lake, _on_disk(lake))  # the committed state's folders stay until a run commits another
    gen = _new_gen(lake)
    every = spark.read.parquet(str(lake / "records"))
    records = every.where("kind = 'article'")
    covered_run = records.agg(F.max("run")).first()[0]
    # each article once, with its write batch: the keys alone, no text
    keys = (_first_rows(write_batches(every.select("kind", "code", "raw_hash", "doc_id", "published", "run",
                                                   "seq_file", "seq_rec"), config.batch_size)
                        .where("kind = 'article'"))
            .select("doc_id", "published", "run", "batch", "seq_file", "seq_rec").persist())  # fmt: skip
    # a global order without one partition holding everything: the keys alone are sorted and
    # numbered (each partition's offset plus the place in it)
    ordered = keys.select("doc_id", "published", "run", "batch").orderBy(
        F.col("published").asc_nulls_last(), "run", "batch", "doc_id")  # fmt: skip
    ranks = spark.createDataFrame(ordered.rdd.zipWithIndex().map(lambda r: (r[1], r[0]["doc_id"])),
                                  "rank long, doc_id string").persist()  # fmt: skip
    old_signed = _read_gens(spark, lake, "signed", state.signed if state else [], SIGNED_SCHEMA)
    old_buckets = _read_gens(spark, lake, "buckets", state.buckets if state else [], BUCKET_SCHEMA)
    old_links = _read_gens(spark, lake, "links", state.links if state else [], LINK_SCHEMA)
    # the articles to sign: those the state lacks, all from runs after the last it covers (runs
    # are named by their start, and an article's first row never moves once written)
    fresh, texts = keys, records
    if state is not None and state.covered_run is not None:
        fresh = keys.where(F.col("run") > state.covered_run)
        texts = records.where(F.col("run") > state.covered_run)
    if state is not None:
        fresh = fresh.join(old_signed.select("doc_id"), "doc_id", "left_anti")
    # the text of each one's first row
    texts = texts.select("doc_id", "run", "seq_file", "seq_rec", F.get_json_object("record", "$.text").alias("text"))
    new_docs = (fresh.join(texts, ["doc_id", "run", "seq_file", "seq_rec"])
                .select(_order_key().alias("okey"), "doc_id", "text"))  # fmt: skip
    cached = [keys, ranks]
    try:
        # the signatures go to the state's new generation at once and are read back from there: the
        # run's widest table, not kept in any executor's memory (a run killed before the commit
        # leaves a generation the next run removes)
        new_docs.mapInArrow(_signer(s), SIGNED_SCHEMA).write.parquet(str(lake / STATE / "signed" / f"gen={gen}"))
        signed = _read_gens(spark, lake, "signed", [gen], SIGNED_SCHEMA)
        report.articles = ranks.count()
        report.signed = signed.count()
        # per band key of the new articles, the earliest new holder against the bucket's owner so far
        keyed = signed.where("usable").select("okey", F.explode("keys").alias("key"))
        first_new = keyed.groupBy("key").agg(F.min("okey").alias("n_owner"))
        held = (old_buckets.join(first_new.select("key"), "key")
                .groupBy("key").agg(F.min("owner").alias("o_owner")))  # fmt: skip
        took = F.col("o_owner").isNull() | (F.col("n_owner") < F.col("o_owner"))
        # one row per band key of the new articles (bands times the articles): the owner only, on disk
        owner = F.when(took, F.col("n_owner")).otherwise(F.col("o_owner"))
        buckets = on_disk(first_new.join(held, "key", "left")
                          .select("key", owner.alias("owner"), took.alias("took"),
                                  (took & F.col("o_owner").isNotNull()).alias("taken")))  # fmt: skip
        cached.append(buckets)
        new_owners = buckets.where("took").select("key", "owner")
        pairs = (keyed.join(buckets.select("key", "owner"), "key").where(F.col("owner") < F.col("okey"))
                 .select("okey", F.col("owner").alias("cand")))  # fmt: skip
        # a newcomer published before an earlier article may take over one of its buckets: that
        # article's candidates change, so all of its pairs are made and scored again
        taken = buckets.where("taken").select("key")
        relinked = None
        if state is not None and taken.count():
            old_keyed = old_signed.where("usable").select("okey", F.explode("keys").alias("key"))
            relinked = old_keyed.join(taken, "key").select("okey").distinct().persist()
            cached.append(relinked)
            report.relinked = relinked.count()
            their_keys = old_keyed.join(relinked, "okey")
            owners = (old_buckets.unionByName(new_owners).join(their_keys.select("key").distinct(), "key")
                      .groupBy("key").agg(F.min("owner").alias("owner")))  # fmt: skip
            pairs = pairs.unionByName(their_keys.join(owners, "key").where(F.col("owner") < F.col("okey"))
                                      .select("okey", F.col("owner").alias("cand")))  # fmt: skip
        pairs = pairs.distinct()
        side = signed.select("okey", "sig", "size")
        if state is not None:
            side = side.unionByName(old_signed.select("okey", "sig", "size"))
        both = (pairs.join(side.withColumnRenamed("sig", "sig_a").withColumnRenamed("size", "size_a"), "okey")
                .join(side.withColumnRenamed("okey", "cand").withColumnRenamed("sig", "sig_b")
                      .withColumnRenamed("size", "size_b"), "cand"))  # fmt: skip
        scored = both.select("okey", "cand", "sig_a", "sig_b", "size_a", "size_b").mapInArrow(
            _scorer(s.num_perm), SCORED_SCHEMA)  # fmt: skip
        scored = on_disk(scored)
        cached.append(scored)
        report.pairs = scored.count()
        best_of = Window.partitionBy("okey").orderBy(F.col("score").desc(), F.col("cand").asc())
        best = (scored.where(F.col("score") >= s.threshold).withColumn("_n", F.row_number().over(best_of))
                .where("_n = 1").select(F.col("okey.doc_id").alias("doc_id"), F.col("cand.doc_id").alias("parent")))
        kept = old_links
        if relinked is not None:
            kept = kept.join(relinked.select(F.col("okey.doc_id").alias("doc_id")), "doc_id", "left_anti")
        links = kept.unionByName(best).localCheckpoint()
        parents = (links.join(ranks, "doc_id")
                   .join(ranks.select(F.col("rank").alias("up"), F.col("doc_id").alias("parent")), "parent")
                   .select("rank", F.col("up").alias("parent")))  # fmt: skip
        roots = follow_to_roots(parents)
        report.duplicates = roots.count()
        named = ranks.withColumnRenamed("rank", "root").withColumnRenamed("doc_id", "duplicate_of")
        out = (ranks.join(roots, "rank", "left").join(named, "root", "left")
               .select("doc_id", "rank", "duplicate_of"))  # fmt: skip
        # the state's new generation first, then dedup/ swapped in, then the state file committed:
        # a run killed before the commit leaves the old state, whose next run signs its articles again
        new_owners.write.parquet(str(lake / STATE / "buckets" / f"gen={gen}"))
        links.write.parquet(str(lake / STATE / "links" / f"gen={gen}"))
        replace_table(lake, "dedup", out)
    finally:
        for df in cached:
            df.unpersist()
    keep = _State(report.settings, (state.signed if state else []) + [gen], (state.buckets if state else []) + [gen],
                  [gen], covered_run, report.articles, config.batch_size)  # fmt: skip
    _commit(lake, keep)
    _tidy(lake, keep.to_dict())
    report.seconds = time.perf_counter() - started
    (lake / "_dedup.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


def replace_table(lake: Path, table: str, out: Any) -> None:
    """Write the lake's ``table/`` beside the old one and swap the folders, so readers never see half a table."""
    nxt, old = lake / f"_{table}_next", lake / f"_{table}_old"
    shutil.rmtree(old, ignore_errors=True)
    out.write.mode("overwrite").parquet(str(nxt))
    if (lake / table).exists():
        os.replace(lake / table, old)
    os.replace(nxt, lake / table)
    shutil.rmtree(old, ignore_errors=True)


def commit_state(path: Path, state: dict[str, Any]) -> None:
    """Write a state file in one step (a rename), so a reader sees the old state or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state) + "\n", encoding="utf-8")
    os.replace(tmp, path)


__all__ = ["LakeDedupReport", "commit_state", "dedup_lake", "follow_to_roots", "lake_articles", "on_disk",
           "replace_table", "write_batches"]
