"""Ingest: read inputs, run the per-article stages and write to the store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .config import Config, memory_bytes
from .model import Article, RawRecord
from .pipeline import DecodeStage, ParallelStages, Pipeline, Rejected, SeenFilter, article_stages
from .read import is_url, read_paths
from .store import Store


@dataclass
class IngestReport:
    """What an ingest run did.

    Attributes:
        read: Inputs read (records, files, feed entries).
        new: Articles stored now.
        same_text: Inputs whose clean text was already stored (linked as a source).
        already_ingested: Inputs skipped because the store already has them.
        quarantined: Inputs kept out, by reason code.
        problems: ``(source, code, reason)`` for each quarantined input.
        warnings: ``(source, message)`` for inputs stored with a warning.
        stages: Per-stage counts.
        global_stages: What dedup, stories and index did over the whole store.
        fetched: HTTP requests made for web addresses (feeds, pages, robots.txt).
        seconds: Wall time.
    """

    read: int = 0
    new: int = 0
    same_text: int = 0
    already_ingested: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)
    fetched: int = 0
    global_stages: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every input went in."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "read": self.read,
            "new": self.new,
            "same_text": self.same_text,
            "already_ingested": self.already_ingested,
            "quarantined": dict(self.quarantined),
            "problems": [{"source": s, "code": c, "reason": r} for s, c, r in self.problems],
            "warnings": [{"source": s, "message": m} for s, m in self.warnings],
            "stages": self.stages,
            "fetched": self.fetched,
            "global_stages": self.global_stages,
            "seconds": round(self.seconds, 3),
        }


def ingest(
    paths: Iterable[str],
    config: Config,
    *,
    on_item: Callable[[Article | Rejected], None] | None = None,
    stdin: BinaryIO | None = None,
    records: Iterable[RawRecord] | None = None,
    store: Store | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest ``paths`` into the store at ``config.db``.

    Args:
        paths: Files, folders (recursive) or ``-`` for standard input.
        config: Settings (``db``, ``published``, limits).
        on_item: Called with each article or rejected input as it is written (progress
            bars, problem lines).
        stdin: Stream read for ``-`` (defaults to ``sys.stdin.buffer``).
        records: Raw records to ingest instead of reading ``paths`` (the API's ingest).
        store: Write through this open store (the server's writer cursor) instead of opening
            ``config.db``; it is closed at the end.
        on_stage: Called with the name of each phase as it starts: ``articles`` (the
            per-article stages), then ``dedup``, ``stories``, ``happenings``, ``entities`` and ``index``.

    Returns:
        The run's report.

    Raises:
        UsageError: A path does not exist.
        StoreError: The database cannot be opened or written.
    """
    started = time.perf_counter()
    report = IngestReport()
    if store is None:
        system_arrow_pool()
    # an ingest on a connection of its own takes a cache of its own size (a server's writer keeps the
    # server's), with the indexes DuckDB holds resident on top, refitted as each batch grows them
    cache = None if store is not None else memory_bytes(config.ingest_memory_limit)
    with store or Store(config.db, memory_limit=config.ingest_memory_limit) as store:
        if on_stage is not None:
            on_stage("articles")
        decode = DecodeStage(config)
        seen = SeenFilter(config, store.seen_raw_hashes)
        rest = article_stages(config)[1:]
        pipeline = Pipeline([decode, seen, ParallelStages(config, rest)])

        paths = list(paths)
        fetcher = None
        if records is None and any(is_url(p) for p in paths):
            from .fetch import Fetcher

            fetcher = Fetcher(config, store)

        def counted() -> Iterable[Any]:
            for rec in records if records is not None else read_paths(paths, config, stdin=stdin, fetcher=fetcher):
                report.read += 1
                yield rec

        articles: list[Article] = []
        rejected: list[Rejected] = []
        unfinished = 0  # new articles written since the global stages last ran

        def flush() -> None:
            nonlocal unfinished
            counts = store.write_batch(articles, rejected, config.quarantine_keep_bytes)
            if cache is not None:
                store.fit_cache(cache)
            report.new += counts["new"]
            report.same_text += counts["same_text"]
            unfinished += counts["new"]
            articles.clear()
            rejected.clear()
            if config.finish_every and unfinished >= config.finish_every:
                # a long run settles what it has written every so many articles: each global stage
                # then holds a bounded slice (its texts, events, pairs), so memory stays flat as the
                # run grows; every stage is incremental, so this is what a run resumed would do
                _add_stages(report.global_stages, finish(store, config, on_stage))
                unfinished = 0
                if cache is not None:
                    # DuckDB keeps every index block the pass read or wrote resident until the database
                    # is closed: reopened, the next pass loads only what it touches, so what the indexes
                    # hold follows the pass, not the archive written so far
                    store.reopen(config.ingest_memory_limit)
                    store.fit_cache(cache)
                release_memory()
                if on_stage is not None:
                    on_stage("articles")

        for item in pipeline.run(counted()):
            if isinstance(item, Rejected):
                rejected.append(item)
                report.quarantined[item.code] += 1
                report.problems.append((item.source, item.code, item.reason))
            else:
                articles.append(item)
                report.warnings.extend((item.source, w) for w in item.warnings)
            if on_item is not None:
                on_item(item)
            if len(articles) + len(rejected) >= config.batch_size:
                flush()
        flush()
        if fetcher is not None:
            report.fetched = fetcher.requests
            fetcher.close()
        report.already_ingested = seen.stats.dropped["already_ingested"]
        report.stages = [s.to_dict() for s in pipeline.stats()]
        _add_stages(report.global_stages, finish(store, config, on_stage))
    report.seconds = time.perf_counter() - started
    return report


def system_arrow_pool() -> None:
    """Have Arrow (the tables the store hands DuckDB) allocate from the C library's heap, not from its
    own mimalloc pool, for the rest of this process.

    mimalloc keeps the segments a freed table held for reuse, so every table a global stage built (a
    slice of happenings' rows, the pairs' counts) stayed in the process until a later one reused it;
    from the C heap they are freed as the store lets them go and ``malloc_trim`` hands the pages back.
    The happenings stage alone on a 5,000-article store peaked 497 -> 452 MB (bench/README.md).
    Only for a process that ingests on its own (a server's pool is left as it is).
    """
    import pyarrow as pa  # a dependency; imported here, as the store does, only when an ingest runs

    pa.set_memory_pool(pa.system_memory_pool())


def release_memory(collect: bool = True) -> None:
    """Hand the heap's free pages back to the system after a pass of the global stages (and, without
    ``collect``, a cycle collection, after each of its stages).

    A pass frees its texts, events and pairs, but the C allocator keeps the pages (a few hundred MB
    after a pass of 4,000 articles) unless asked; glibc's ``malloc_trim`` returns them. Elsewhere
    (another libc, another system) this does nothing.
    """
    import ctypes
    import gc

    if collect:
        gc.collect()
    try:
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # the process's own symbols: libc's
    except OSError:
        trim = None
    if trim is not None:
        trim(0)
    try:  # Arrow's pool (the tables the store hands DuckDB) keeps its freed pages too
        import pyarrow as pa
    except ImportError:
        return
    pa.default_memory_pool().release_unused()


def _add_stages(total: dict[str, Any], more: dict[str, Any]) -> None:
    """Add one pass of the global stages' reports to the run's: counts and seconds add up, flags
    hold if any pass set them, anything else is the last pass's.
    """
    for name, rep in more.items():
        into = total.setdefault(name, {})
        for key, value in rep.items():
            old = into.get(key)
            if isinstance(value, bool):
                into[key] = bool(old) or value
            elif isinstance(value, int | float) and isinstance(old, int | float):
                into[key] = round(old + value, 3) if isinstance(value, float) else old + value
            else:
                into[key] = value


def finish(store: Store, config: Config, on_stage: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The global stages after the per-article ones: dedup, stories, happenings, entity summaries,
    index (each incremental); ``on_stage`` is called with each one's name as it starts.

    Returns:
        Each stage's report, by name.
    """
    from .dedup import deduplicate
    from .faults import point
    from .index import update_index
    from .relations import update_happenings
    from .stories import assign_stories
    from .summaries import update_entity_summaries

    out: dict[str, Any] = {}
    for name, stage in (("dedup", deduplicate), ("stories", assign_stories), ("happenings", update_happenings),
                        ("entities", update_entity_summaries), ("index", update_index)):  # fmt: skip
        point(f"stage:{name}")
        if on_stage is not None:
            on_stage(name)
        out[name] = stage(store, config).to_dict()
        # what a stage freed goes back before the next one starts: otherwise the free pages of every
        # stage of a pass pile up under the last one's peak
        release_memory(collect=False)
    return out
