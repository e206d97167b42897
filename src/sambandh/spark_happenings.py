"""Events merged across the articles of a Parquet lake, on Spark: the embedded happenings at cluster scale.

An event can only join events of its merge block (``relations.block_key``: its type family and
the countries taking part), so the blocks are Spark's groups: each is merged on one executor by
the embedded code itself (``relations._join``, ``same_happening``, ``absorb``), its events in the
embedded order (date, then document, then place in the document). Blocks are independent, so
the work spreads over the cluster; one block's events are merged in sequence, as they must be
(which happening an event joins depends on the ones before it).

The result is ``DIR/happenings/``: one row per event of the lake (each article once) with its
happening's id (``relations.event_id`` of its first event) and merge block; and
``DIR/happening_views/``: each happening's merged view (an ``Event`` as JSON) and date key.
Each run writes them afresh (``docs/lake.md``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Config

EVENT_SCHEMA = "doc_id string, idx long, sort_key string, block string, event string"
MEMBER_SCHEMA = "doc_id string, idx long, event_id string, block string, sort_key string, view string, first boolean"


@dataclass
class LakeHappeningsReport:
    """What a happenings run over the lake found: events, happenings, blocks, and the wall time."""

    events: int = 0
    happenings: int = 0
    blocks: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"events": self.events, "happenings": self.happenings, "blocks": self.blocks,
                "seconds": round(self.seconds, 3)}  # fmt: skip


def _events_of(batches: Iterator[Any]) -> Iterator[Any]:
    """The ``mapInArrow`` function: articles (``doc_id``, ``record``) in, one row per event out."""
    import pyarrow as pa

    from .model import Event, sort_key
    from .relations import block_key

    for batch in batches:
        rows: dict[str, list[Any]] = {"doc_id": [], "idx": [], "sort_key": [], "block": [], "event": []}
        for doc_id, record in zip(batch.column("doc_id").to_pylist(), batch.column("record").to_pylist(), strict=True):
            for i, raw in enumerate(json.loads(record).get("events") or []):
                ev = Event.from_dict(raw)
                for k, v in (("doc_id", doc_id), ("idx", i), ("sort_key", sort_key(ev.date, ev.not_before)),
                             ("block", block_key(ev)), ("event", json.dumps(ev.to_dict(), ensure_ascii=False))):
                    rows[k].append(v)  # fmt: skip
        if rows["doc_id"]:
            yield pa.RecordBatch.from_pydict(rows)


@lru_cache(maxsize=4)
def _places_of(kb_dir: str | None) -> dict[str, str]:
    """City → country of the knowledge base, made once per worker process, not once per block."""
    from .events import city_countries
    from .kb import load as load_kb

    return city_countries(load_kb(kb_dir))


def _merger(kb_dir: str | None) -> Any:
    """The ``applyInPandas`` function: one merge block's events in, each event's happening out."""

    def merge(frame: Any) -> Any:
        import pandas as pd

        from .model import Event, sort_key
        from .relations import Happening, _join, event_id

        places_of = _places_of(kb_dir)
        block: list[Happening] = []
        first: dict[int, tuple[str, str, int]] = {}  # id(happening) -> its event id, first document and index
        members: list[tuple[str, int, Happening]] = []
        ordered = frame.sort_values(["sort_key", "doc_id", "idx"])
        for doc_id, idx, raw in ordered[["doc_id", "idx", "event"]].itertuples(index=False):
            ev = Event.from_dict(json.loads(raw))
            h, joined = _join(block, doc_id, ev, places_of)
            if not joined:
                first[id(h)] = (event_id(doc_id, ev), doc_id, int(idx))
            members.append((doc_id, int(idx), h))
        key = frame["block"].iloc[0]
        rows = []
        for doc_id, idx, h in members:
            eid, first_doc, first_idx = first[id(h)]
            lead = (doc_id, idx) == (first_doc, first_idx)
            view = h.event  # the merged view once the whole block is read; carried by the first event's row only
            rows.append({"doc_id": doc_id, "idx": idx, "event_id": eid, "block": key,
                         "sort_key": sort_key(view.date, view.not_before) if lead else None,
                         "view": json.dumps(view.to_dict(), ensure_ascii=False) if lead else None,
                         "first": lead})  # fmt: skip
        return pd.DataFrame(rows, columns=["doc_id", "idx", "event_id", "block", "sort_key", "view", "first"])

    return merge


def happenings_lake(spark: Any, lake: Path, config: Config) -> LakeHappeningsReport:
    """Merge every event of the lake at ``lake`` into happenings; write ``lake/happenings`` and
    ``lake/happening_views``.

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder (``ingest --engine spark --lake``).
        config: Where the knowledge base is (``kb_dir``; the places of cities decide whether two
            events' places agree).
    """
    from pyspark.sql import functions as F

    from .spark_dedup import lake_articles

    started = time.perf_counter()
    docs = lake_articles(spark, lake).select("doc_id", "record")
    events = docs.mapInArrow(_events_of, EVENT_SCHEMA)
    members = events.groupBy("block").applyInPandas(_merger(config.kb_dir or None), MEMBER_SCHEMA).persist()
    try:
        members.select("doc_id", "idx", "event_id", "block").write.mode("overwrite").parquet(str(lake / "happenings"))
        views = members.where("first").select("event_id", "block", "sort_key", "view")
        views.write.mode("overwrite").parquet(str(lake / "happening_views"))
        counts = members.agg(F.count("*").alias("events"), F.countDistinct("event_id").alias("happenings"),
                             F.countDistinct("block").alias("blocks")).collect()[0]  # fmt: skip
    finally:
        members.unpersist()
    report = LakeHappeningsReport(int(counts["events"]), int(counts["happenings"]), int(counts["blocks"]))
    report.seconds = time.perf_counter() - started
    (lake / "_happenings.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


__all__ = ["LakeHappeningsReport", "happenings_lake"]
