"""Stories over a Parquet lake, on Spark: the embedded story rule (``sambandh.stories``) at cluster scale.

The steps are the embedded ones, with its own functions for every judgement:

1. Each article of the lake (each once, in the near-copy stage's rank: publication date, then
   input order) is profiled on the executors as ``stories`` profiles a stored one: the content
   words of its title and lead and the ten entities it names most (``_profile``, MinHash
   ``signatures``), the hashes of those entities, its day, most-named city and language.
2. Per word band and per entity band, each article is paired with the latest earlier article
   holding the same key (a window over the key, as ``dedup.band_pairs(latest=True)``).
3. Pairs are judged on the executors by ``stories._judge``; where it leaves a pair to the
   embeddings, both reports' titles and leads are embedded there (sambandh.embed, as the embedded
   stage does) and ``stories._confirm`` decides. A near copy's pairs never wait.
4. Each article's best candidate (ties to the latest) is kept; an article's parent is its
   original (a near copy) or that candidate, and the pointers are followed to their roots by
   doubling (``spark_dedup.follow_to_roots``): a story is named by its first report.

The result is ``DIR/stories/``: one row per article with its rank and ``story_id``; each run
writes it afresh over the whole lake (``docs/lake.md``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config

PROFILE_SCHEMA = ("rank long, doc_id string, dup long, sig binary, esig binary, eset array<long>, day long, "
                  "city long, cityh long, lang int, lead string, named array<long>")  # fmt: skip
SCORE_SCHEMA = "rank long, cand long, score double"


@dataclass
class LakeStoriesReport:
    """What a stories run over the lake found: articles, stories, pairs judged and embedded, wall time."""

    articles: int = 0
    stories: int = 0
    pairs: int = 0
    pairs_embedded: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"articles": self.articles, "stories": self.stories, "pairs": self.pairs,
                "pairs_embedded": self.pairs_embedded, "seconds": round(self.seconds, 3)}  # fmt: skip


def _signed(h: int) -> int:
    """An unsigned 64-bit hash as the signed int64 with the same bits (Arrow's and Spark's long)."""
    return h - (1 << 64) if h >= 1 << 63 else h


def _top_entities(mentions: list[dict[str, Any]], top: int | None) -> list[str]:
    """The entities an article names most (up to ``top``; None: all), as the store picks them: by
    mentions, then the dateline's place first, then by id; a place named as its government
    (``government`` mentions) counts as an entity of its own, ``<place id>/government``.
    """
    count: dict[Any, int] = {}
    dateline: dict[Any, bool] = {}
    starts: set[Any] = set()
    for m in mentions:
        e = m.get("entity_id")
        if not e or m.get("start") in starts:
            continue  # the store keeps linked mentions, one per start (its key)
        starts.add(m.get("start"))
        if m.get("source") == "government":
            e = f"{e}/government"  # a government named by its place counts as the government, as in the store
        count[e] = count.get(e, 0) + 1
        dateline[e] = dateline.get(e, False) or m.get("source") == "dateline"
    return sorted(count, key=lambda e: (-count[e], not dateline[e], e))[:top]


def _profiler(batches: Iterator[Any]) -> Iterator[Any]:
    """The ``mapInArrow`` function: articles (rank, record, original's rank) in, story profiles out."""
    import datetime as dt

    import numpy as np
    import pyarrow as pa

    from .model import NO_DATE
    from .stories import _LANGS, ENT_TOP, _city_hash, _entity_hash, embedding_text, profile_batch

    epoch = dt.date(1970, 1, 1)
    for batch in batches:
        if batch.num_rows == 0:
            continue
        arts = [json.loads(r) for r in batch.column("record").to_pylist()]
        named = [_top_entities(a.get("mentions") or [], None) for a in arts]
        ents = [e[:ENT_TOP] for e in named]
        sig, esig, eset, cities = profile_batch([a.get("title") for a in arts],
                                                [(a.get("text") or "")[:600] for a in arts], ents)  # fmt: skip
        days = [(dt.date.fromisoformat(a["published"][:10]) - epoch).days if a.get("published") else NO_DATE
                for a in arts]  # fmt: skip
        yield pa.RecordBatch.from_pydict({
            "rank": batch.column("rank"),
            "doc_id": batch.column("doc_id"),
            "dup": batch.column("dup"),
            "sig": pa.array([row.tobytes() for row in sig], type=pa.binary()),
            "esig": pa.array([row.tobytes() for row in esig], type=pa.binary()),
            "eset": pa.array([list(np.asarray(h, dtype=np.uint64).view(np.int64)) for h in eset],
                             type=pa.list_(pa.int64())),
            "day": pa.array(days, type=pa.int64()),
            # a city's code is its hash, shifted to stay non-negative (a negative code means no city)
            "city": pa.array([-1 if c is None else int(np.uint64(_city_hash(c)) >> np.uint64(1)) for c in cities],
                             type=pa.int64()),
            "cityh": pa.array([_signed(_city_hash(c)) for c in cities], type=pa.int64()),
            "lang": pa.array([_LANGS.get(a.get("language") or "", 2) for a in arts], type=pa.int32()),
            "lead": pa.array([embedding_text(a.get("title"), (a.get("text") or "")[:400]) for a in arts]),
            # every entity it names, hashed: how many articles name each (stories.COMMON_SHARE)
            "named": pa.array([[_signed(_entity_hash(e)) for e in n] for n in named],
                              type=pa.list_(pa.int64())),
        })  # fmt: skip


def _keyer(batches: Iterator[Any]) -> Iterator[Any]:
    """The ``mapInArrow`` function: profiles in, ``(rank, key)`` per usable word and entity band out."""
    import numpy as np
    import pyarrow as pa

    from .dedup import lsh_keys
    from .stories import _ENT_SALT, ENT_BANDS, ENT_PERM, STORY_BANDS, STORY_PERM

    for batch in batches:
        if batch.num_rows == 0:
            continue
        rank = batch.column("rank").to_numpy()
        out_rank, out_key = [], []
        for col, perm, bands, salt in (("sig", STORY_PERM, STORY_BANDS, 0), ("esig", ENT_PERM, ENT_BANDS, _ENT_SALT)):
            sigs = np.frombuffer(b"".join(batch.column(col).to_pylist()), dtype=np.uint32).reshape(-1, perm)
            keys, usable = lsh_keys(sigs, bands)
            keys ^= np.uint64(salt)
            out_rank.append(np.repeat(rank[usable], bands))
            out_key.append(keys[usable].reshape(-1).view(np.int64))
        yield pa.RecordBatch.from_pydict({"rank": pa.array(np.concatenate(out_rank)),
                                          "key": pa.array(np.concatenate(out_key))})  # fmt: skip


def _rows_of(batch: Any, side: str) -> Any:
    """One side of a batch of pairs as ``stories._Rows`` (row k is the pair's k-th article)."""
    import numpy as np

    from .stories import ENT_TOP, STORY_PERM, _Rows

    def col(name: str) -> Any:
        return batch.column(f"{name}_{side}")

    sig = np.frombuffer(b"".join(col("sig").to_pylist()), dtype=np.uint32).reshape(-1, STORY_PERM)
    eset = np.array(col("eset").to_pylist(), dtype=np.int64).reshape(-1, ENT_TOP).view(np.uint64)
    return _Rows(sig, eset, col("day").to_numpy().astype(np.int64), col("city").to_numpy().astype(np.int64),
                 col("lang").to_numpy().astype(np.int8), col("cityh").to_numpy().astype(np.int64).view(np.uint64))


def _pair_judge(config: Config, common: Any = None) -> Any:
    """The ``mapInArrow`` function: pairs with both profiles in, scores out (the embeddings decide
    the pairs the wording and entities leave undecided); ``common``: the weights of the lake's
    common entities (``stories.common_entity_weights``).
    """

    def judge(batches: Iterator[Any]) -> Iterator[Any]:
        import numpy as np
        import pyarrow as pa

        from .stories import EMBED_DIM, _confirm, _embedder, _judge, entity_weights

        thr, window = config.story_threshold, config.story_window_days
        embed = _embedder(config)  # the embedded stage's encoder, or none
        for batch in batches:
            if batch.num_rows == 0:
                continue
            a, b = _rows_of(batch, "a"), _rows_of(batch, "b")
            a.ew, b.ew = entity_weights(a.eset, common), entity_weights(b.eset, common)
            idx = np.arange(batch.num_rows)
            score, undecided = _judge(a, b, idx, idx, thr, window, embed is not None)
            undecided &= batch.column("dup_a").to_numpy(zero_copy_only=False) < 0
            n_wait = int(undecided.sum())
            if n_wait and embed is not None:
                w = np.flatnonzero(undecided)
                leads_a = [batch.column("lead_a")[int(k)].as_py() for k in w]
                leads_b = [batch.column("lead_b")[int(k)].as_py() for k in w]
                vecs = np.asarray(embed(leads_a + leads_b), dtype=np.float32).reshape(-1, EMBED_DIM)
                score[w] = _confirm(a, b, w, w, thr, vecs[:n_wait], vecs[n_wait:])
            yield pa.RecordBatch.from_pydict({"rank": batch.column("rank_a"), "cand": batch.column("rank_b"),
                                              "score": pa.array(score.astype(np.float64)),
                                              "waited": pa.array(undecided)})  # fmt: skip

    return judge


def _common_weights(profiles: Any) -> Any:
    """The weights of the entities more than ``stories.COMMON_SHARE`` of the lake's articles name, as
    the embedded stage weighs those of its store (``stories.common_entity_weights``).
    """
    from pyspark.sql import functions as F

    from .stories import COMMON_MIN_DOCS, COMMON_SHARE, common_entity_weights

    articles = profiles.count()
    if articles < COMMON_MIN_DOCS:
        return None
    counts = (profiles.select(F.explode("named").alias("h")).groupBy("h").count()
              .where(F.col("count") > COMMON_SHARE * articles).collect())  # fmt: skip
    return common_entity_weights(articles, [(int(r["h"]) % (1 << 64), int(r["count"])) for r in counts])


def stories_lake(spark: Any, lake: Path, config: Config) -> LakeStoriesReport:
    """Put every article of the lake at ``lake`` into a story; write ``lake/stories``.

    Needs the near-copy stage's ``lake/dedup`` (its ranks and originals).

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder.
        config: ``story_threshold``, ``story_window_days`` and ``embeddings`` (``off``: none).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from .spark_dedup import follow_to_roots, lake_articles, on_disk
    from .stories import _embedder

    started = time.perf_counter()
    report = LakeStoriesReport()
    _embedder(config)  # embeddings=on without the encoder fails here, in one line, not on an executor
    docs = lake_articles(spark, lake).select("doc_id", "record")
    dedup = spark.read.parquet(str(lake / "dedup"))
    originals = dedup.select(F.col("doc_id").alias("duplicate_of"), F.col("rank").alias("dup"))
    ranked = (dedup.join(docs, "doc_id").join(originals, "duplicate_of", "left")
              .select("rank", "doc_id", F.coalesce("dup", F.lit(-1)).alias("dup"), "record"))  # fmt: skip
    # signatures, entity sets and leads of every article: on disk, not in memory (spark_dedup.on_disk)
    profiles = on_disk(ranked.mapInArrow(_profiler, PROFILE_SCHEMA))
    try:
        keys = profiles.select("rank", "sig", "esig").mapInArrow(_keyer, "rank long, key long")
        latest = Window.partitionBy("key").orderBy("rank")
        pairs = (keys.withColumn("cand", F.lag("rank").over(latest)).where("cand IS NOT NULL")
                 .select("rank", "cand").distinct())  # fmt: skip
        cols = ["rank", "dup", "sig", "eset", "day", "city", "cityh", "lang", "lead"]
        side_a = profiles.select(*[F.col(c).alias(f"{c}_a") for c in cols])
        side_b = profiles.select(*[F.col(c).alias(f"{c}_b") for c in cols])
        both = (pairs.join(side_a, pairs["rank"] == side_a["rank_a"]).join(side_b, pairs["cand"] == side_b["rank_b"])
                .select(*[f"{c}_a" for c in cols], *[f"{c}_b" for c in cols]))  # fmt: skip
        judge = _pair_judge(config, _common_weights(profiles))
        scored = both.mapInArrow(judge, SCORE_SCHEMA + ", waited boolean").persist()
        report.pairs = scored.count()
        report.pairs_embedded = scored.where("waited").count()
        best_of = Window.partitionBy("rank").orderBy(F.col("score").desc(), F.col("cand").desc())
        best = (scored.where(F.col("score") >= 0.0).withColumn("_n", F.row_number().over(best_of))
                .where("_n = 1").select("rank", "cand"))  # fmt: skip
        # an article's parent: its original (a near copy) or its best candidate; a story is named by
        # its root, the first report, as the embedded stage names it
        ids = profiles.select("rank", "doc_id", "dup")
        parents = (ids.join(best, "rank", "left")
                   .select("rank", F.when(F.col("dup") >= 0, F.col("dup")).otherwise(F.col("cand")).alias("parent"))
                   .where("parent IS NOT NULL"))  # fmt: skip
        roots = follow_to_roots(parents)
        scored.unpersist()
        named = ids.select(F.col("rank").alias("root"), F.concat(F.lit("story:"), F.substring("doc_id", 1, 16))
                           .alias("story_id"))  # fmt: skip
        out = (ids.join(roots, "rank", "left").withColumn("root", F.coalesce("root", "rank"))
               .join(named, "root").select("rank", "doc_id", "story_id"))  # fmt: skip
        out.write.mode("overwrite").parquet(str(lake / "stories"))
        written = spark.read.parquet(str(lake / "stories"))
        report.articles = written.count()
        report.stories = written.select("story_id").distinct().count()
    finally:
        profiles.unpersist()
    report.seconds = time.perf_counter() - started
    (lake / "_stories.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


__all__ = ["LakeStoriesReport", "stories_lake"]
