"""Ingest: read inputs, run the per-article stages and write to the store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .config import Config, memory_bytes
from .model import Article, RawRecord
from .pipeline import DecodeStage, ParallelStages, Pipeline, Rejected, SeenFilter, article_stages
from .read import is_url, read_paths
from .store import Store

# the inputs a run goes on collecting from its workers while a pass of the global stages settles the
# articles written before (held, then written after the pass; 0 settles in line, the workers idle
# meanwhile). Two workers finish about 1,500 in a pass over 10,000 articles (about 35 s); an article
# the workers hand back is about 11 KB pickled and 22 KB held, so 2,000 add about 45 MB to the pass's
# peak
HOLD_ARTICLES = 2000


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
        bounded_arenas()
    # an ingest on a connection of its own takes a cache of its own size (a server's writer keeps the
    # server's), with the indexes DuckDB holds resident on top, refitted as each batch grows them
    cache = None if store is not None else memory_bytes(config.ingest_memory_limit)
    with store or Store(config.db, memory_limit=config.ingest_memory_limit) as store:
        if cache is not None:
            store.fit_cache(cache)  # from the first write on, each has room for the index blocks it loads
        if on_stage is not None:
            on_stage("articles")
        decode = DecodeStage(config)
        seen = SeenFilter(config, lambda hashes: is_seen(hashes))
        parallel = ParallelStages(config, article_stages(config)[1:])
        pipeline = Pipeline([decode, seen, parallel])

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
        # a pass of the global stages due in the middle of a run whose articles the worker processes
        # work on runs on a thread of its own (its work is DuckDB's, numpy's and the main thread's
        # little), while this thread goes on collecting the workers' articles and handing them more:
        # otherwise they would stand idle for the whole pass. What it collects meanwhile is held,
        # batch by batch, and written once the pass is over, so the store gets the very writes and
        # passes, in the same order, that a run settling in line makes; the seen filter's reads during
        # the pass go through a cursor and get the answers they would get after it
        running: list[Future[dict[str, Any]]] = []  # the pass on its thread, while it runs
        held: list[tuple[list[Article], list[Rejected]]] = []
        held_hashes: set[str] = set()  # the raw hashes of the held batches' inputs
        reader: list[Any] = []  # a cursor of the store for the seen filter's reads while the pass runs

        def write(batch: list[Article], rejects: list[Rejected]) -> None:
            nonlocal unfinished
            counts = store.write_batch(batch, rejects, config.quarantine_keep_bytes)
            if cache is not None:
                store.fit_cache(cache)
            report.new += counts["new"]
            report.same_text += counts["same_text"]
            unfinished += counts["new"]
            if config.finish_every and unfinished >= config.finish_every:
                # a long run settles what it has written every so many articles: each global stage
                # then holds a bounded slice (its texts, events, pairs), so memory stays flat as the
                # run grows; every stage is incremental, so this is what a run resumed would do
                unfinished = 0
                if HOLD_ARTICLES > 0 and fetcher is None and getattr(parallel.runner, "pooled", False):
                    reader[:] = [store.con.cursor()]
                    pool = ThreadPoolExecutor(1, thread_name_prefix="sambandh-pass")
                    running.append(pool.submit(finish, store, config, on_stage))
                    pool.shutdown(wait=False)
                else:
                    _add_stages(report.global_stages, finish(store, config, on_stage))
                    after_pass()

        def after_pass() -> None:
            if cache is not None:
                # DuckDB keeps every index block the pass read or wrote resident until the database
                # is closed: reopened, the next pass loads only what it touches, so what the indexes
                # hold follows the pass, not the archive written so far
                store.reopen(config.ingest_memory_limit)
                store.fit_cache(cache)
            release_memory()
            if on_stage is not None:
                on_stage("articles")

        def catch_up(wait: bool) -> None:
            """Once the pass on its thread is over (``wait``: wait for it), write the batches held
            meanwhile, in order, and wait for any pass they start in turn only when ``wait``.
            """
            while running and (wait or running[0].done()):
                done = running.pop(0)
                for cur in reader:
                    cur.close()
                reader.clear()
                _add_stages(report.global_stages, done.result())
                after_pass()
                while held and not running:
                    write(*held.pop(0))
                held_hashes.clear()
                for batch, rejects in held:
                    held_hashes.update(_raw_hashes(batch, rejects))

        def is_seen(hashes: list[str]) -> set[str]:
            if running and reader and held_hashes.isdisjoint(hashes):
                # the held batches would add no hash asked about, and a pass writes neither sources
                # nor quarantine: the store as it stands answers as it will once they are written
                return store.seen_raw_hashes(hashes, reader[0])
            catch_up(wait=True)
            return store.seen_raw_hashes(hashes)

        def flush() -> None:
            catch_up(wait=False)
            if running:
                held.append((articles[:], rejected[:]))
                held_hashes.update(_raw_hashes(articles, rejected))
                if sum(len(b) + len(r) for b, r in held) >= HOLD_ARTICLES:
                    catch_up(wait=True)  # a bounded backlog: wait for the pass
            else:
                write(articles, rejected)
            articles.clear()
            rejected.clear()

        try:
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
            catch_up(wait=True)
        finally:
            if running:  # the run failed while a pass ran: the store is closed only once it is over
                wait_for(running)
                for cur in reader:
                    cur.close()
        if fetcher is not None:
            report.fetched = fetcher.requests
            fetcher.close()
        report.already_ingested = seen.stats.dropped["already_ingested"]
        report.stages = [s.to_dict() for s in pipeline.stats()]
        _add_stages(report.global_stages, finish(store, config, on_stage))
    report.seconds = time.perf_counter() - started
    return report


def _raw_hashes(articles: list[Article], rejected: list[Rejected]) -> list[str]:
    """The raw hashes of a batch's inputs, stored and kept out alike."""
    return [a.raw_hash for a in articles if a.raw_hash] + [r.raw_hash for r in rejected if r.raw_hash]


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


ARENAS = 2  # glibc heaps an ingest process may use (its default is eight a core)


def bounded_arenas(arenas: int = ARENAS) -> None:
    """Have glibc's allocator keep at most ``arenas`` heaps in this process (an ingest on its own).

    A pass of the global stages runs on a thread of its own beside the thread collecting the
    workers' articles, and each thread that allocates while another holds the heap gets an arena of
    its own: blocks freed in one arena serve only that arena, so free space spread over many arenas
    grows pass after pass. With two, an ingest of 10,000 articles in four passes held 337 -> 121 MB
    of glibc's free memory at the end and its RSS between passes stayed at 527-564 MB where it rose
    524 -> 639 (bench/README.md, session 39). ``MALLOC_ARENA_MAX`` in the environment wins; elsewhere
    (another C library) this does nothing.
    """
    import ctypes
    import os

    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    try:
        mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    except OSError:
        return
    if mallopt is not None:
        mallopt(-8, arenas)  # M_ARENA_MAX


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
