"""Stages along the data path and the pipeline that chains them.

A stage takes an iterable of items and yields items. An item is an ``Article`` or a
``Rejected`` (an input kept out, with its reason); stages pass ``Rejected`` through
untouched so the sink stores it in quarantine. Each stage declares what it ``requires``
and ``provides``; ``Pipeline`` checks the order when it is built and counts, per stage, what
it saw, passed and dropped by reason.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from .clean import clean_article
from .config import Config
from .dates import parse_published, plausible_published, published_from_url
from .decode import decode_bytes
from .errors import EmptyInputError, InputError, InternalError, SambandhError, TooLargeError
from .extract import extract_page, fragment_text
from .langid import identify
from .model import Article, RawRecord, Rejected, content_hash
from .read import is_url
from .segment import split_sentences

Item = Article | Rejected


@dataclass
class StageStats:
    """What one stage saw, passed and dropped (by reason)."""

    name: str
    seen: int = 0
    passed: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)  # parts of items skipped, the item kept

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``faults`` only when some part of an item was skipped)."""
        out: dict[str, Any] = {
            "stage": self.name,
            "seen": self.seen,
            "passed": self.passed,
            "dropped": dict(self.dropped),
        }
        if self.faults:
            out["faults"] = dict(self.faults)
        return out


class Stage:
    """Base of the per-article stages: override ``process``.

    ``process`` returns the article, or raises ``InputError`` to reject it. Whole-stream
    stages (``SeenFilter``) override ``run`` instead.
    """

    name = "stage"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    # fields an earlier stage provided that this one changes ("link" adds the dateline's place to
    # the mentions): with ``provides``, everything it may write (``warnings`` is every stage's log)
    modifies: frozenset[str] = frozenset()

    def __init__(self, config: Config) -> None:
        self.config = config
        self.stats = StageStats(self.name)
        self.check_writes = False  # set by Pipeline(check_writes=True): compare each article before and after

    def _apply(self, item: Any) -> Item:
        """``process``, and with ``check_writes`` a check that it changed only what it declares."""
        if not (self.check_writes and isinstance(item, Article)):
            return self.process(item)
        before = _fields_of(item)
        out = self.process(item)
        self._check(before, out)
        return out

    def _check(self, before: dict[str, Any], out: Any) -> None:
        if not isinstance(out, Article):
            return
        after = _fields_of(out)
        changed = {k for k in after if after[k] != before.get(k)} - {"warnings"}
        undeclared = changed - self.provides - self.modifies
        if undeclared:
            raise SambandhError(f"pipeline: stage {self.name!r} wrote {sorted(undeclared)} that it does not declare")

    def process(self, item: Any) -> Item:
        """Transform one item."""
        raise NotImplementedError

    def load(self) -> None:
        """Build now what the stage builds on first use (models, tables): a worker does so before it
        freezes what it holds. A stage of the ingest process whose chain runs in workers never builds
        it (bench/README.md, session 32: 0.38 s CPU and ~100,000 objects its collector walked).
        """

    def reject(self, item: Article | RawRecord, exc: SambandhError) -> Rejected:
        """A ``Rejected`` for ``item`` carrying the reason of ``exc``, counted as dropped."""
        self.stats.dropped[exc.code] += 1
        raw = item.raw if isinstance(item, Article) else item.data
        data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
        size = len(data) if data is not None else getattr(item, "size", None)
        raw_hash = getattr(item, "raw_hash", None) or (content_hash(data) if data is not None else None)
        return Rejected(item.source, exc.code, exc.message, data, size, raw_hash)

    def reject_failure(self, item: Article | RawRecord, exc: Exception) -> Rejected:
        """A ``Rejected`` for ``item`` that this stage failed on with ``exc`` (an internal error)."""
        return self.reject(item, InternalError(f"internal error in stage {self.name}: {type(exc).__name__}: {exc}"))

    def run(self, items: Iterable[Any]) -> Iterator[Item]:
        """Apply ``process`` to each item, passing ``Rejected`` through."""
        self.load()  # (a table that cannot be read fails the run here, not each article)
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            self.stats.seen += 1
            try:
                out = self._apply(item)
            except InputError as exc:
                yield self.reject(item, exc)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
                yield self.reject_failure(item, exc)
                continue
            self.stats.passed += 1
            yield out


class DecodeStage(Stage):
    """Raw records to articles: size limit, reader errors, bytes to text."""

    name = "decode"
    requires = frozenset({"record"})
    provides = frozenset({"raw"})

    def process(self, item: RawRecord) -> Item:
        if item.error is not None:
            exc = item.error if isinstance(item.error, SambandhError) else InputError(str(item.error))
            return self.reject(item, exc)
        if item.size is not None and item.size > self.config.max_document_bytes:
            return self.reject(item, TooLargeError(f"{item.size:,} bytes is over the size limit for one article"))
        data = item.data if item.data is not None else b""
        raw_hash = content_hash(data)
        text = data if isinstance(data, str) else decode_bytes(data)[0]
        if isinstance(data, str) and not text.strip():
            raise EmptyInputError("empty text")
        meta = dict(item.meta)
        art = Article(source=item.source, raw=text, raw_hash=raw_hash, kind=item.kind, meta=meta)
        published = parse_published(meta.get("published"))
        if published:
            art.published, art.published_source = published, "meta"
        if "title" in meta:
            art.title = (meta["title"] or "").strip() or None
            if art.title:
                art.title_source = "meta"
        return art


class ExtractStage(Stage):
    """HTML pages and feed fragments to text, title and date."""

    name = "extract"
    requires = frozenset({"raw"})
    provides = frozenset({"html", "title", "title_source", "published", "published_source"})
    modifies = frozenset({"raw"})  # a page's text in place of its HTML

    def process(self, item: Article) -> Item:
        if item.kind == "fragment":
            item.html, item.raw = item.raw, fragment_text(item.raw)
        elif item.kind == "html":
            page = extract_page(item.raw)
            item.html, item.raw = item.raw, page["text"]
            if not item.title and page["title"] and "title" not in item.meta:
                item.title, item.title_source = page["title"].strip(), "meta"
            if item.published is None and page["published"]:
                item.published, item.published_source = parse_published(page["published"]), "meta"
            if page["truncated"]:
                item.warnings.append("truncated HTML page: text extracted from what was there")
        return item


class CleanStage(Stage):
    """Normalisation, chrome, title, dateline, credits; the CLI date as a last resort."""

    name = "clean"
    requires = frozenset({"raw"})
    provides = frozenset({"text", "offset_map", "removed", "dateline", "attributions"})
    modifies = frozenset({"title", "title_source", "published", "published_source"})

    def process(self, item: Article) -> Item:
        if item.published is None:
            # a news URL's path often dates the report (/2024/06/27/): before a header stamp in the
            # text, which may be an update's
            url = item.meta.get("url") or (item.source if is_url(item.source) else "")
            published = published_from_url(url) if isinstance(url, str) and url else None
            if published:
                item.published, item.published_source = published, "url"
        clean_article(item, self.config)
        if item.published is not None and not plausible_published(item.published):
            # kept as a warning, not used: a year-1 or 2099 date would place the story anywhere
            item.warnings.append(f"implausible publication date {item.published} ({item.published_source}) ignored")
            item.published = item.published_source = None
        if item.published is None and self.config.published is not None:
            item.published, item.published_source = self.config.published.isoformat(), "cli"
        return item


class LanguageStage(Stage):
    """Language of the clean text, unless the record states it."""

    name = "language"
    requires = frozenset({"text"})
    provides = frozenset({"language"})

    def process(self, item: Article) -> Item:
        given = item.meta.get("language")
        if isinstance(given, str) and given.strip():
            item.language = given.strip().lower().split("-")[0]
        else:
            item.language = identify(item.text)[0]
        return item


class SegmentStage(Stage):
    """Sentence spans and the content-hash id."""

    name = "segment"
    requires = frozenset({"text"})
    provides = frozenset({"sentences", "id"})

    def process(self, item: Article) -> Item:
        item.sentences = split_sentences(item.text, max_chars=self.config.max_sentence_chars)
        item.id = content_hash(item.text)
        return item


class SeenFilter(Stage):
    """Drops inputs whose raw hash the store already holds, in batches, before the
    costly stages run (so a re-run or a resumed run does little work).
    """

    name = "seen"
    requires = frozenset({"raw"})
    provides = frozenset()

    def __init__(self, config: Config, is_seen: Callable[[list[str]], set[str]]) -> None:
        super().__init__(config)
        self.is_seen = is_seen

    def run(self, items: Iterable[Any]) -> Iterator[Item]:
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.config.batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[Item]) -> Iterator[Item]:
        hashes = [i.raw_hash for i in batch if i.raw_hash]
        seen = self.is_seen(hashes) if hashes else set()
        for item in batch:
            self.stats.seen += 1
            if item.raw_hash in seen:
                self.stats.dropped["already_ingested"] += 1
                continue
            self.stats.passed += 1
            yield item


def _fields_of(article: Article) -> dict[str, Any]:
    """A deep copy of every field of ``article``: what a stage found before it ran."""
    return {f.name: copy.deepcopy(getattr(article, f.name)) for f in dataclasses.fields(article)}


_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))


class Pipeline:
    """A chain of stages, checked when built: each needs only what an earlier one provides, and
    names only fields of ``Article``. With ``check_writes`` each stage is also checked, article by
    article, to change only what it provides or declares it modifies (tests run it so; it copies
    every article twice per stage).
    """

    def __init__(self, stages: list[Stage], check_writes: bool = False) -> None:
        have = {"record"}
        for st in stages:
            missing = st.requires - have
            if missing:
                raise SambandhError(
                    f"pipeline: stage {st.name!r} needs {sorted(missing)} that no earlier stage provides"
                )
            unknown = (st.provides | st.modifies) - _ARTICLE_FIELDS
            if unknown:
                raise SambandhError(
                    f"pipeline: stage {st.name!r} declares {sorted(unknown)}, which are no article fields"
                )
            late = st.modifies - have
            if late:
                raise SambandhError(
                    f"pipeline: stage {st.name!r} modifies {sorted(late)} before any stage provides them"
                )
            have |= st.provides
            for inner in getattr(st, "inner", [st]):
                inner.check_writes = check_writes
        self.stages = stages

    def run(self, records: Iterable[RawRecord]) -> Iterator[Item]:
        """Stream ``records`` through every stage."""
        return run_chain(self.stages, records)

    def stats(self) -> list[StageStats]:
        """Per-stage counts so far (the stages inside a ``ParallelStages`` each by name)."""
        out: list[StageStats] = []
        for st in self.stages:
            out += [s.stats for s in st.inner] if isinstance(st, ParallelStages) else [st.stats]
        return out


def run_chain(stages: list[Stage], items: Iterable[Any]) -> Iterator[Item]:
    """``items`` through each of ``stages`` in turn, streaming."""
    stream: Iterable[Any] = items
    for st in stages:
        stream = st.run(stream)
    return iter(stream)


# The stages of one worker process, built once by _init_worker (or why they could not be).
_WORKER_STAGES: list[Stage] = []
_WORKER_ERROR: list[SambandhError] = []


def _watch_parent(parent: int) -> None:
    """End this worker once the ingest that started it is gone (killed with SIGKILL, say),
    rather than wait on its queue for ever.
    """
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _model_needs_torch(config: Config) -> bool:
    """Whether the NER model's spaCy config names anything built on PyTorch (a transformer, a
    PyTorch wrapper); an unreadable config counts as yes.
    """
    from .entities import model_folder
    from .ner_e5 import is_model

    folder = model_folder(config.ner_model)
    if is_model(folder):
        return False  # ONNX Runtime, no torch
    try:
        text = (folder / "config.cfg").read_text(encoding="utf-8").lower()
    except OSError:
        return True
    return "torch" in text or "transformer" in text


# the variables the numeric libraries a worker loads (numpy's OpenBLAS, onnxruntime's OpenMP) read
# for their thread count when they load
MATH_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def one_math_thread() -> Iterator[None]:
    """While the block runs, processes started from this one use one thread for numeric kernels,
    unless the user set a count: the workers are one per core already, and each NER decoder's
    small matrix products on two threads cost more CPU than on one (``bench/stages.py``, 300
    articles, two runs each: 19.0 and 16.5 CPU ms an article against 15.2 and 14.3).
    """
    unset = [name for name in MATH_THREAD_VARIABLES if name not in os.environ]
    for name in unset:
        os.environ[name] = "1"
    try:
        yield
    finally:
        for name in unset:
            os.environ.pop(name, None)


def _init_worker(config: Config) -> None:
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    if config.entities and "torch" not in sys.modules and not _model_needs_torch(config):
        # thinc imports PyTorch when it is installed (about 1.2 s CPU of a worker's 2.7 s start)
        # though the shipped model is numpy only: a worker is our own process, so tell its imports
        # that there is none (thinc then reports has_torch False; the same names come out)
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        _WORKER_STAGES[:] = article_stages(config)[1:]
        # the model, tables and knowledge base now: a bad model path fails the first batch clearly,
        # and what they hold is frozen below
        for st in _WORKER_STAGES:
            st.load()
    except SambandhError as exc:
        _WORKER_ERROR.append(exc)
    # the models, tables and knowledge base just loaded (about 175,000 objects) live as long as the
    # worker: kept out of the collector's full passes, which would walk them all each time (a
    # full pass over them costs about 0.1 s; 0.3 of the chain's 12 ms an article in a long run)
    gc.freeze()


def _run_batch(batch: list[Any]) -> tuple[list[Item], list[StageStats]]:
    """One batch through the worker's stages, with what each stage counted for it."""
    if _WORKER_ERROR:
        raise _WORKER_ERROR[0]
    for st in _WORKER_STAGES:
        st.stats = StageStats(st.name)
    out = list(run_chain(_WORKER_STAGES, batch))
    return out, [st.stats for st in _WORKER_STAGES]


class Runner:
    """How a chain of per-article stages is executed; the stages never know. Today's runners are
    :class:`InProcessRunner` (this process) and :class:`WorkerPoolRunner` (worker processes, batch by
    batch); the Spark engine runs the same chain in each Spark task (``sambandh.spark``).
    """

    def run(self, stages: list[Stage], items: Iterable[Any]) -> Iterator[Item]:
        """``items`` through ``stages``, in input order; each stage's ``stats`` counts what it saw."""
        raise NotImplementedError


class InProcessRunner(Runner):
    """The chain in this process, streaming."""

    def run(self, stages: list[Stage], items: Iterable[Any]) -> Iterator[Item]:
        return run_chain(stages, items)


class WorkerPoolRunner(Runner):
    """The chain in worker processes, batch by batch, keeping the order of the input. A run of
    fewer than ``config.parallel_from`` articles stays in this process, where starting workers
    (each loads the NER model) would cost more than it saves.

    Args:
        config: Uses ``workers`` (0: one per core, at most 4) and ``parallel_from``.
    """

    batch = 64

    def __init__(self, config: Config) -> None:
        self.config = config
        self.workers = config.workers or min(os.cpu_count() or 1, 4)
        self.pooled = False  # True while the chain runs in worker processes

    def run(self, stages: list[Stage], items: Iterable[Any]) -> Iterator[Item]:
        it = iter(items)
        need = self.config.parallel_from
        head = list(islice(it, need))
        if self.workers <= 1 or len(head) < need:
            yield from run_chain(stages, chain(head, it))
            return
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that holds DuckDB's threads
        with one_math_thread(), ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                                    initargs=(self.config,)) as ex:  # fmt: skip
            self.pooled = True
            try:
                pending: deque[Future[tuple[list[Item], list[StageStats]]]] = deque()
                head_iter = chain(head, it)
                batches = iter(lambda: list(islice(head_iter, self.batch)), [])
                for batch in batches:
                    pending.append(ex.submit(_run_batch, batch))
                    if len(pending) >= 2 * self.workers:  # bounded: a long input never piles up in memory
                        yield from self._collect(stages, pending.popleft())
                while pending:
                    yield from self._collect(stages, pending.popleft())
            finally:
                self.pooled = False

    @staticmethod
    def _collect(stages: list[Stage], fut: Future[tuple[list[Item], list[StageStats]]]) -> list[Item]:
        try:
            out, stats = fut.result()
        except BrokenProcessPool as exc:
            raise InternalError(f"a worker process ended unexpectedly ({exc}); run again with workers=1") from exc
        for mine, theirs in zip(stages, stats, strict=True):
            mine.stats.seen += theirs.seen
            mine.stats.passed += theirs.passed
            mine.stats.dropped.update(theirs.dropped)
            mine.stats.faults.update(theirs.faults)
        return out


class ParallelStages(Stage):
    """A chain of per-article stages as one stage, executed by a :class:`Runner` (worker
    processes unless told otherwise); their ``stats`` add up what every worker counted.

    Args:
        config: Settings (the worker pool's ``workers`` and ``parallel_from``).
        inner: The stages to run (each worker builds its own from ``config``: the same chain).
        runner: How to run them (default :class:`WorkerPoolRunner`).
    """

    name = "parallel"

    def __init__(self, config: Config, inner: list[Stage], runner: Runner | None = None) -> None:
        super().__init__(config)
        self.inner = inner
        self.requires = inner[0].requires if inner else frozenset()
        self.provides = frozenset().union(*(st.provides for st in inner))
        self.runner = runner or WorkerPoolRunner(config)

    @property
    def workers(self) -> int:
        """Worker processes the runner uses (1 in process)."""
        return getattr(self.runner, "workers", 1)

    def run(self, items: Iterable[Any]) -> Iterator[Item]:
        return self.runner.run(self.inner, items)


class EntityStage(Stage):
    """Named-entity mentions (model + knowledge-base ruler + patterns), run over batches
    of articles so the model sees many sentences at once.
    """

    name = "entities"
    requires = frozenset({"text", "sentences"})
    provides = frozenset({"mentions"})
    batch = 64

    def load(self) -> None:
        from .entities import recognizer

        recognizer(self.config.ner_model, self.config.kb_dir)

    def run(self, items: Iterable[Any]) -> Iterator[Item]:
        from .entities import recognizer

        rec = recognizer(self.config.ner_model, self.config.kb_dir)
        buf: list[Item] = []
        for item in items:
            buf.append(item)
            if len(buf) >= self.batch:
                yield from self._flush(rec, buf)
                buf = []
        yield from self._flush(rec, buf)

    def _flush(self, rec: Any, buf: list[Item]) -> Iterator[Item]:
        arts = [a for a in buf if isinstance(a, Article)]
        try:
            found = rec.pipe([(a.text, a.sentences) for a in arts])
            by_id: dict[int, Any] = {id(a): m for a, m in zip(arts, found, strict=True)}
        except Exception:  # noqa: BLE001 - the batch failed: find the article that did, one by one
            by_id = {}
            for a in arts:
                try:
                    by_id[id(a)] = next(iter(rec.pipe([(a.text, a.sentences)])))
                except Exception as exc:  # noqa: BLE001 - one bad article must not end the run
                    by_id[id(a)] = exc
        for item in buf:
            if isinstance(item, Article):
                self.stats.seen += 1
                got = by_id[id(item)]
                if isinstance(got, Exception):
                    yield self.reject_failure(item, got)
                    continue
                item.mentions = got  # the model sees text and sentences only: mentions are all it writes
                self.stats.passed += 1
            yield item


class LinkStage(Stage):
    """Canonical entities for the mentions, and roles from appositions."""

    name = "link"
    requires = frozenset({"mentions"})
    provides = frozenset({"roles"})
    modifies = frozenset({"mentions"})  # entity ids on each mention, and the dateline's place added

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self._linker: Any = None

    @property
    def linker(self) -> Any:
        """The stage's :class:`~sambandh.link.Linker`, built on first use."""
        if self._linker is None:
            from .link import Linker

            self._linker = Linker(self.config)
        return self._linker

    def load(self) -> None:
        self.linker  # noqa: B018 - built now

    def process(self, item: Article) -> Item:
        item.roles = self.linker.link(item.text, item.mentions, item.published)
        place = self.linker.dateline_place(item)
        if place is not None:
            item.mentions.append(place)
        return item


class TimexStage(Stage):
    """Time expressions with TIMEX3 values anchored to the publication date."""

    name = "timex"
    requires = frozenset({"text", "sentences"})
    provides = frozenset({"timexes"})

    def process(self, item: Article) -> Item:
        from .timex import find_timexes

        item.timexes = find_timexes(item.text, item.published)
        return item


class FactStage(Stage):
    """Memberships, foundings and chairmanships the text states."""

    name = "facts"
    requires = frozenset({"mentions", "timexes"})
    provides = frozenset({"facts"})

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self._extractor: Any = None

    @property
    def extractor(self) -> Any:
        """The stage's :class:`~sambandh.facts.FactExtractor`, built on first use."""
        if self._extractor is None:
            from .facts import FactExtractor
            from .kb import load as load_kb

            self._extractor = FactExtractor(load_kb(self.config.kb_dir or None))
        return self._extractor

    def load(self) -> None:
        self.extractor  # noqa: B018 - built now

    def process(self, item: Article) -> Item:
        item.facts = self.extractor.extract(item)
        return item


class EventStage(Stage):
    """PLOVER events with actors, place, date, topics and evidence."""

    name = "events"
    requires = frozenset({"mentions", "roles", "timexes", "facts"})
    provides = frozenset({"events"})
    modifies = frozenset({"timexes"})  # a month inside a name ("डोंग जून") is no date

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self._extractor: Any = None

    @property
    def extractor(self) -> Any:
        """The stage's :class:`~sambandh.events.EventExtractor`, built on first use."""
        if self._extractor is None:
            from .events import EventExtractor
            from .kb import load as load_kb

            self._extractor = EventExtractor(load_kb(self.config.kb_dir or None), self.config.home_country,
                                             scorer=self.config.event_scorer,
                                             place_chooser=self.config.place_chooser,
                                             ranker=self.config.actor_ranker)  # fmt: skip
        return self._extractor

    def load(self) -> None:
        self.extractor  # noqa: B018 - built now

    def process(self, item: Article) -> Item:
        from .events.headline import title_article

        item.events = self.extractor.extract(item, title_article(item, self.config))
        if self.extractor.faults:  # a sentence or predicate that failed, counted; the article goes on
            self.stats.faults.update(self.extractor.faults)
            self.extractor.faults.clear()
        return item


def article_stages(config: Config) -> list[Stage]:
    """The per-article stages from decode to segment and time expressions, then entities, linking,
    facts and events when entities are enabled.
    """
    stages: list[Stage] = [
        DecodeStage(config), ExtractStage(config), CleanStage(config), LanguageStage(config), SegmentStage(config),
    ]  # fmt: skip
    stages.append(TimexStage(config))
    if config.entities:
        stages += [EntityStage(config), LinkStage(config), FactStage(config), EventStage(config)]
    return stages
