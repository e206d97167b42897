"""Events merged across the articles of a Parquet lake, on Spark: the embedded happenings at cluster scale.

An event can only join events of its merge block (``relations.block_key``: its type family; the
actors are ``same_happening``'s to compare), so the blocks are Spark's groups: each is merged on one executor by
the embedded code itself (``relations._join``, ``same_happening``, ``absorb``), its events in the
embedded order (date, then document, then place in the document). Blocks are independent, so
the work spreads over the cluster; one block's events are merged in sequence, as they must be
(which happening an event joins depends on the ones before it).

The result is ``DIR/happenings/``: one row per event of the lake (each article once) with its
happening's id (``relations.event_id`` of its first event) and merge block; and
``DIR/happening_views/``: each happening's merged view (an ``Event`` as JSON) and date key.

A run is incremental by block: ``DIR/happenings_state/`` keeps every merged article's event rows
and the ids of the articles read (those with no event too), so a run reads only the articles that
came since, and merges again only the blocks their events fall in, each from all of its events in
the embedded order; every other block's rows are kept as they were. Blocks are independent, so the
result is the one a full recompute gives (``docs/lake.md``). A lake without that state, or one
whose state was made by other merging code or another knowledge base, gets a full run, which
writes it.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Config

EVENT_SCHEMA = "doc_id string, idx long, sort_key string, block string, event string"
MEMBER_SCHEMA = "doc_id string, idx long, event_id string, block string, sort_key string, view string, first boolean"


DOC_SCHEMA = "doc_id string"
STATE = "happenings_state"
STATE_VERSION = 1


@dataclass
class LakeHappeningsReport:
    """What a happenings run over the lake found.

    Attributes:
        events: Events in the lake (each article once).
        happenings: Happenings they form.
        blocks: Merge blocks.
        seconds: Wall time.
        mode: ``full`` (every block merged) or ``incremental`` (only the blocks new events fall in).
        why: Why a run was full.
        read: Articles this run read (new to the state).
        merged_blocks: Blocks this run merged.
    """

    events: int = 0
    happenings: int = 0
    blocks: int = 0
    seconds: float = 0.0
    mode: str = "full"
    why: str = ""
    read: int = 0
    merged_blocks: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"mode": self.mode, "why": self.why, "events": self.events, "happenings": self.happenings,
                "blocks": self.blocks, "read": self.read, "merged_blocks": self.merged_blocks,
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


def _merge_block(key: str, events: list[tuple[str, int, str]], places_of: dict[str, str]) -> list[tuple[Any, ...]]:
    """One merge block's events (``doc_id``, ``idx``, event JSON, in the embedded order) to one
    ``MEMBER_SCHEMA`` row each, by the embedded code (``relations._join``).
    """
    from .model import Event, sort_key
    from .relations import Block, Happening, _join, event_id

    block = Block(places_of)
    first: dict[int, tuple[str, str, int]] = {}  # id(happening) -> its event id, first document and index
    members: list[tuple[str, int, Happening]] = []
    for doc_id, idx, raw in events:
        ev = Event.from_dict(json.loads(raw))
        h, joined = _join(block, doc_id, ev)
        if not joined:
            first[id(h)] = (event_id(doc_id, ev), doc_id, idx)
        members.append((doc_id, idx, h))
    rows = []
    for doc_id, idx, h in members:
        eid, first_doc, first_idx = first[id(h)]
        lead = (doc_id, idx) == (first_doc, first_idx)
        view = h.event  # the merged view once the whole block is read; carried by the first event's row only
        rows.append((doc_id, idx, eid, key, sort_key(view.date, view.not_before) if lead else None,
                     json.dumps(view.to_dict(), ensure_ascii=False) if lead else None, lead))  # fmt: skip
    return rows


def _merger(kb_dir: str | None) -> Any:
    """The ``mapInArrow`` function: events sorted by block, then in the embedded order (date,
    document, place in the document), in; each event's happening out.

    A block's rows are consecutive (the events are partitioned by block and sorted within each
    partition), so one pass merges block after block: no per-group pandas frames, which cost a
    few milliseconds a block (most blocks hold one or two events).
    """

    def merge(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        places_of = _places_of(kb_dir)
        names = [f.strip().split(" ")[0] for f in MEMBER_SCHEMA.split(",")]
        types = [pa.int64() if n == "idx" else pa.bool_() if n == "first" else pa.string() for n in names]
        schema = pa.schema(list(zip(names, types, strict=True)))

        def as_batch(rows: list[tuple[Any, ...]]) -> Any:
            cols = [[r[k] for r in rows] for k in range(len(names))]
            return pa.RecordBatch.from_arrays([pa.array(c, type=t) for c, t in zip(cols, types, strict=True)],
                                             schema=schema)  # fmt: skip

        key: str | None = None
        events: list[tuple[str, int, str]] = []
        for batch in batches:
            out: list[tuple[Any, ...]] = []
            cols = [batch.column(c).to_pylist() for c in ("block", "doc_id", "idx", "event")]
            for block, doc_id, idx, raw in zip(*cols, strict=True):
                if block != key:
                    if key is not None:
                        out += _merge_block(key, events, places_of)
                    key, events = block, []
                events.append((doc_id, int(idx), raw))
            if out:
                yield as_batch(out)
        if key is not None:
            yield as_batch(_merge_block(key, events, places_of))

    return merge


def _read_state(lake: Path, stamp: str) -> tuple[dict[str, Any] | None, str]:
    """The committed state (``DIR/happenings_state/_state.json``), or ``None`` and why a full run is needed."""
    path = lake / STATE / "_state.json"
    if not path.exists():
        return None, "the lake has no happenings state yet"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        gens, covered = list(raw["gens"]), raw["covered_run"]
    except (ValueError, KeyError, TypeError):
        return None, "the happenings state is unreadable"
    if raw.get("version") != STATE_VERSION:
        return None, f"the happenings state has version {raw.get('version')}, not {STATE_VERSION}"
    if raw.get("stamp") != stamp:
        return None, "the merging code or the knowledge base changed since the state was written"
    if not (_has_parts(lake / "happenings") and _has_parts(lake / "happening_views")):
        return None, "the lake's happenings/ or happening_views/ table is missing"
    return {"gens": gens, "covered_run": covered}, ""


def _has_parts(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob("*.parquet"))


def _tidy(lake: Path, gens: list[str]) -> None:
    """Remove generation folders the committed state does not name (a killed run's)."""
    for table in ("events", "docs"):
        folder = lake / STATE / table
        for gen in folder.glob("gen=*") if folder.exists() else ():
            if gen.name.removeprefix("gen=") not in gens:
                shutil.rmtree(gen, ignore_errors=True)


def happenings_lake(spark: Any, lake: Path, config: Config, full: bool = False) -> LakeHappeningsReport:
    """Merge the events of the lake at ``lake`` into happenings; write ``lake/happenings`` and
    ``lake/happening_views``.

    Only the articles the lake's happenings state lacks are read, and only the merge blocks their
    events fall in are merged again (each from all of its events); the result is the one a full
    recompute gives, which ``full`` forces (it rewrites the state).

    Args:
        spark: The Spark session (``sambandh.spark.session``).
        lake: The lake folder (``ingest --engine spark --lake``).
        config: Where the knowledge base is (``kb_dir``; the places of cities decide whether two
            events' places agree).
        full: Merge every block, whatever the state holds.
    """
    from pyspark.sql import functions as F

    from .relations import _fingerprint
    from .spark_dedup import _first_rows, commit_state, replace_table
    from .spark_dedup import on_disk as keep_on_disk

    started = time.perf_counter()
    report = LakeHappeningsReport()
    stamp = _fingerprint(config.kb_dir or None)
    state, report.why = (None, "a full run was asked for") if full else _read_state(lake, stamp)
    report.mode = "full" if state is None else "incremental"
    on_disk = state or {"gens": [], "covered_run": None}
    _tidy(lake, on_disk["gens"])
    gen = f"g{int(time.time() * 1000)}"
    records = spark.read.parquet(str(lake / "records")).where("kind = 'article'")
    covered_run = records.agg(F.max("run")).first()[0]
    # the articles to read: those the state lacks, all from runs after the last it covers (an
    # article's first row never moves once written)
    since = state["covered_run"] if state is not None else None
    fresh = records if since is None else records.where(F.col("run") > since)
    docs = _first_rows(fresh).select("doc_id", "record")
    old_paths = [str(lake / STATE / t / f"gen={g}") for g in on_disk["gens"] for t in ("events", "docs")]
    if state is not None and on_disk["gens"]:
        seen = spark.read.schema(DOC_SCHEMA).parquet(*old_paths[1::2])
        docs = docs.join(seen, "doc_id", "left_anti")
    # each article's whole record: on disk, not in memory (spark_dedup.on_disk)
    docs = keep_on_disk(docs)
    cached = [docs]
    try:
        # the events go to the state's new generation at once and are read back from there (a run
        # killed before the commit leaves a generation the next run removes)
        events_at = str(lake / STATE / "events" / f"gen={gen}")
        docs.mapInArrow(_events_of, EVENT_SCHEMA).write.parquet(events_at)
        new_events = spark.read.schema(EVENT_SCHEMA).parquet(events_at)
        report.read = docs.count()
        every = new_events
        if state is not None and on_disk["gens"]:
            every = spark.read.schema(EVENT_SCHEMA).parquet(*old_paths[0::2]).unionByName(new_events)
        touched = new_events.select("block").distinct() if state is not None else every.select("block").distinct()
        touched = touched.persist()
        cached.append(touched)
        report.merged_blocks = touched.count()
        merger = _merger(config.kb_dir or None)
        # each block's events together, in the embedded order, for one pass of the merger
        ordered = (every.join(touched, "block").repartition("block")
                   .sortWithinPartitions("block", "sort_key", "doc_id", "idx")
                   .select("block", "doc_id", "idx", "event"))  # fmt: skip
        merged = keep_on_disk(ordered.mapInArrow(merger, MEMBER_SCHEMA))
        cached.append(merged)
        members = merged.select("doc_id", "idx", "event_id", "block")
        views = merged.where("first").select("event_id", "block", "sort_key", "view")
        if state is not None:
            kept = spark.read.parquet(str(lake / "happenings")).join(touched, "block", "left_anti")
            kept_views = spark.read.parquet(str(lake / "happening_views")).join(touched, "block", "left_anti")
            members = kept.select("doc_id", "idx", "event_id", "block").unionByName(members).localCheckpoint()
            views = kept_views.select("event_id", "block", "sort_key", "view").unionByName(views).localCheckpoint()
        # the state's new generation first, then the tables swapped in, then the state committed: a run
        # killed before the commit leaves the old state, whose next run reads its articles again
        docs.select("doc_id").write.parquet(str(lake / STATE / "docs" / f"gen={gen}"))
        replace_table(lake, "happenings", members)
        replace_table(lake, "happening_views", views)
        counts = (spark.read.parquet(str(lake / "happenings"))
                  .agg(F.count("*").alias("events"), F.countDistinct("event_id").alias("happenings"),
                       F.countDistinct("block").alias("blocks")).collect()[0])  # fmt: skip
    finally:
        for df in cached:
            df.unpersist()
    gens = [*on_disk["gens"], gen]
    commit_state(lake / STATE / "_state.json",
                 {"version": STATE_VERSION, "stamp": stamp, "gens": gens, "covered_run": covered_run})
    _tidy(lake, gens)
    report.events, report.happenings = int(counts["events"]), int(counts["happenings"])
    report.blocks = int(counts["blocks"])
    report.seconds = time.perf_counter() - started
    (lake / "_happenings.json").write_text(json.dumps(report.to_dict()) + "\n", encoding="utf-8")
    return report


__all__ = ["LakeHappeningsReport", "happenings_lake"]
