"""Spark: the per-article stages on Apache Spark, a Parquet lake, and slices of it pulled into a store.

``sambandh ingest PATH… --engine spark --lake DIR`` lists the input files on the driver,
shards them over Spark's executors (``SparkSession.builder.getOrCreate()``, so the settings
of ``spark-submit --master …`` apply) and runs the very stage chain of the embedded ingest
(``pipeline.article_stages``) inside ``mapInArrow``, each file read by the same readers. Each
article goes to the lake as one row: its id, source, publication year and month (the
partitions), its place in the input order, and the article itself in the store's JSON form
(``Article.to_dict``); an input that fails goes there with its reason. A rerun skips the
files already done (a file is done when its rows are written).

``sambandh pull --lake DIR --db FILE [--since D] [--until D] [--source TEXT] [--entity ID]`` copies a
slice into the ordinary store through the embedded write path (``Store.write_batch``, in input
order) and then runs the global stages (near copies, stories, happenings, entity summaries,
search index), keeping the lake's near copies and stories where it has them for the whole lake,
so ``serve``, ``timeline``, ``search`` and ``export`` work on it unchanged; a slice of the whole
lake gives what an embedded ingest of the same inputs gives. The lake's layout, the slicing rules
and the versioning rule are in ``docs/lake.md``.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import UsageError

if TYPE_CHECKING:
    from .store.lake import Slice

LAKE_VERSION = 1
PART_BYTES = 64 << 20  # a JSON Lines or WARC file over this is read in parts of about this size
ROW_FIELDS = ("kind", "doc_id", "source", "raw_hash", "published", "year", "month", "seq_file", "seq_rec", "record",
              "code", "reason", "data", "run")  # fmt: skip
SCHEMA = ("kind string, doc_id string, source string, raw_hash string, published string, year int, month int, "
          "seq_file int, seq_rec int, record string, code string, reason string, data binary, run string")  # fmt: skip


@dataclass
class LakeReport:
    """What a Spark ingest wrote: files read and skipped, articles and rejected inputs by code."""

    files: int = 0
    skipped_files: int = 0
    articles: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    near_copies: dict[str, Any] = field(default_factory=dict)
    happenings: dict[str, Any] = field(default_factory=dict)
    stories: dict[str, Any] = field(default_factory=dict)
    search: dict[str, Any] = field(default_factory=dict)
    parts: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"files": self.files, "skipped_files": self.skipped_files, "articles": self.articles,
                "quarantined": dict(self.quarantined), "seconds": round(self.seconds, 3),
                "parts": self.parts, "near_copies": self.near_copies,
                "happenings": self.happenings, "stories": self.stories, "search": self.search}  # fmt: skip


# The JVM options of a local Spark that Sambandh starts itself. The JVM's optimising compiler (C2)
# and its parallel collector spend CPU on threads of their own that a short local job never earns
# back; the Python workers do the per-article work. bench/spark.py measures it (docs/lake.md).
# With the optimising compiler off the JVM reserves the small code cache of a JVM without tiers
# (48 MB): the classes Spark generates for each query filled it within one ingest of 1,000
# articles, and the JVM then stopped compiling ("CodeCache is full. Compiler has been disabled"),
# running every later query's code interpreted. 240 MB is the tiered JVM's own default.
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=240m"
# A local session's shuffle partitions, where the user sets none: one a core for every this many
# articles of the lake, at least one a core and at most four (``shuffle_partitions``).
ARTICLES_PER_PARTITION = 12_500
# Settings of a local Spark that Sambandh starts itself, where the driver's heap is also the one
# executor's and so holds every task's batches. Spark builds a cached table's in-memory column
# batches 10,000 rows at a time and reads Parquet 4,096 rows at a time: with the lake's wide rows
# (a record's JSON, signatures and band keys) one such batch took tens of MB of a 1 GB heap the
# cache had filled (bench/README.md, docs/lake.md). Smaller batches cost nothing measurable. A
# setting of the user's (--spark-conf) is kept.
LOCAL_CONF = {
    "spark.sql.inMemoryColumnarStorage.batchSize": "1000",
    "spark.sql.parquet.columnarReaderBatchSize": "1024",
}


def _starts_its_own_jvm(conf: dict[str, str]) -> bool:
    """Whether the session about to be made starts a local JVM of ours: not under spark-submit
    (which started the JVM, and set its options, before this Python), not when a context is already
    running, not on a cluster master.
    """
    from pyspark import SparkContext

    if os.environ.get("PYSPARK_GATEWAY_PORT") or SparkContext._active_spark_context is not None:
        return False
    master = conf.get("spark.master") or os.environ.get("MASTER") or "local"
    return master.startswith("local")


def session_conf(conf: dict[str, str] | None = None) -> dict[str, str]:
    """The settings :func:`session` builds a session with: ``conf``, and where Sambandh starts the
    local JVM itself, ``LOCAL_JVM_OPTIONS`` and ``LOCAL_CONF`` for the keys ``conf`` does not set.
    """
    out = dict(conf or {})
    if _starts_its_own_jvm(out):
        from .pipeline import MATH_THREAD_VARIABLES

        out.setdefault("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS)
        for key, value in LOCAL_CONF.items():
            out.setdefault(key, value)
        # one thread for numeric kernels in each Python worker, as the embedded ingest's workers
        # (pipeline.one_math_thread): Spark runs one worker per core already
        for name in MATH_THREAD_VARIABLES:
            if name not in os.environ:
                out.setdefault(f"spark.executorEnv.{name}", "1")
    return out


def shuffle_partitions(articles: int, cores: int) -> int:
    """Shuffle partitions for the global stages of a local session over a lake of ``articles``.

    Each shuffle partition is a task, and on a local master every task's start, plan and Python
    batch cost CPU that a small partition never earns back (the near-copy stage over 1,000 articles
    took about a fifth less JVM CPU with 2 partitions than with 8). A partition of 12,500 articles
    is what each of 8 held in the run of 100,000 articles that passed with the default heap
    (``docs/lake.md``), so a larger lake gets more, up to four a core as before.
    """
    cores = max(1, cores)
    return cores * max(1, min(4, -(-articles // (ARTICLES_PER_PARTITION * cores))))


def session(conf: dict[str, str] | None = None) -> Any:
    """The Spark session (an existing one, or one made with ``conf``; workers run this Python).

    Raises:
        UsageError: PySpark is not installed, or no Java runtime is found.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError("the Spark engine needs PySpark: pip install 'sambandh[spark]'") from None
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise UsageError("the Spark engine needs a Java runtime (17 or later): install one or set JAVA_HOME")
    # the executors' Python is this one, with Sambandh and its models importable
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("sambandh").config("spark.ui.enabled", "false")
    for key, value in session_conf(conf).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("SAMBANDH_SPARK_LOG_LEVEL", "ERROR"))
    if not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        # Spark's default of 200 shuffle partitions is sized for no machine in particular: on local[2]
        # the global stages' many small shuffles spent most of their time starting tasks. Four per
        # core is the usual rule; a setting of the user's (spark-submit, --spark-conf) is kept.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(4, 4 * spark.sparkContext.defaultParallelism)))
    if not spark.sparkContext.getConf().contains("spark.sql.autoBroadcastJoinThreshold"):
        # Spark's size estimate of a side that carries article records can be far too low: at 20,000
        # articles (bench/spark.py) a join was broadcast and the driver ran out of memory ("Not enough
        # memory to build and broadcast the table"). Sort-merge joins are always safe; a setting of the
        # user's (spark-submit, --spark-conf) is kept.
        spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "-1")
    return spark


def input_files(paths: Iterable[str]) -> list[str]:
    """The files ``read_paths`` would read, in its order (folders walked sorted, hidden names skipped).

    Raises:
        UsageError: A path does not exist, or names standard input or a web address.
    """
    from .read import is_url, printable, walk_files

    out: list[str] = []
    for p in paths:
        if p == "-" or is_url(p):
            raise UsageError(f"the Spark engine reads files and folders, not {printable(p)!r}")
        if not Path(p).exists():
            raise UsageError(f"no such file or folder: {printable(p)}")
        out += [str(f) for f in walk_files(Path(p))]
    return out


def _rows_of(config: Config, paths: list[tuple[int, str, int, int, int]], run: str = "") -> Iterator[dict[str, Any]]:
    """The lake rows of some input files (``(seq_file, path, start, end, first)``; ``start`` -1 for a
    whole file, else a part of a JSON Lines file, ``first`` its first line's number, or of a WARC file,
    ``first`` its first record's): the embedded stage chain over the embedded readers.
    """
    from .model import Article
    from .pipeline import Pipeline, Rejected, article_stages
    from .read import JsonlPart, WarcPart, is_warc, read_file

    _prepare_worker(config)
    pipeline = Pipeline(article_stages(config))
    for seq_file, path, start, end, first_line in paths:
        part: JsonlPart | WarcPart | None = None
        if start >= 0:
            part = WarcPart(start, end, first_line) if is_warc(Path(path)) else JsonlPart(start, end, first_line)
        # a part's records come after the lines (WARC records) before it, each of which yields one
        # record at most: numbered from them, they stay in file order
        base = first_line - 1 if part is not None else 0
        for k, item in enumerate(pipeline.run(read_file(Path(path), config, part))):
            seq_rec = base + k
            if isinstance(item, Article):
                year, month = (int(item.published[:4]), int(item.published[5:7])) if item.published else (0, 0)
                yield {"kind": "article", "doc_id": item.id, "source": item.source, "raw_hash": item.raw_hash,
                       "published": item.published, "year": year, "month": month, "seq_file": seq_file,
                       "seq_rec": seq_rec, "record": json.dumps(item.to_dict(), ensure_ascii=False),
                       "code": None, "reason": None, "data": None, "run": run}  # fmt: skip
            elif isinstance(item, Rejected):
                yield {"kind": "rejected", "doc_id": None, "source": item.source, "raw_hash": item.raw_hash,
                       "published": None, "year": 0, "month": 0, "seq_file": seq_file, "seq_rec": seq_rec,
                       "record": json.dumps({"size": item.size}), "code": item.code, "reason": item.reason,
                       "data": item.data[: config.quarantine_keep_bytes] if item.data is not None else None,
                       "run": run}  # fmt: skip


_PREPARED: list[bool] = []  # set once this Python worker has loaded the models


def _prepare_worker(config: Config) -> None:
    """What the embedded ingest's worker processes do at their start (``pipeline._init_worker``),
    once per Spark Python worker (Spark reuses one for the next task): keep thinc from importing
    PyTorch for a model that needs none (about 1.2 s CPU a worker), load the models, and keep the
    objects they made (about 175,000) out of the collector's full passes, which would walk them
    all again and again.
    """
    if _PREPARED:
        return
    _PREPARED.append(True)
    from .entities import recognizer
    from .pipeline import _model_needs_torch

    if config.entities and "torch" not in sys.modules and not _model_needs_torch(config):
        sys.modules["torch"] = None  # type: ignore[assignment]
    if config.entities:
        recognizer(config.ner_model, config.kb_dir)
    gc.freeze()


def _mapper(config: Config, run: str) -> Any:
    """The ``mapInArrow`` function: input files in, lake rows out, a batch at a time."""

    def rows_for(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        for batch in batches:
            todo = list(zip(*(batch.column(c).to_pylist() for c in ("seq_file", "path", "start", "end", "first_line")),
                            strict=True))  # fmt: skip
            yield pa.RecordBatch.from_pylist(list(_rows_of(config, todo, run)), schema=_arrow_schema())

    return rows_for


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {
        "year": pa.int32(),
        "month": pa.int32(),
        "seq_file": pa.int32(),
        "seq_rec": pa.int32(),
        "data": pa.binary(),
    }
    return pa.schema([(f, types.get(f, pa.string())) for f in ROW_FIELDS])


def _tasks(todo: list[tuple[int, str]], part_bytes: int, spark: Any = None) -> list[tuple[int, str, int, int, int]]:
    """Spark's units of work: whole files, and a JSON Lines or WARC file over ``part_bytes`` in parts
    (a dump of a million records, a crawl's WARC, would otherwise be one executor's alone): JSON Lines
    cut at line starts here, WARC files at record starts found by one pass over each, run as Spark
    tasks when ``spark`` is given (a pass decompresses the whole file), else here.
    """
    from .read import JSONL_SUFFIXES, is_warc, jsonl_parts, warc_parts

    big = [path for _, path in todo if Path(path).stat().st_size > part_bytes]
    warcs = [path for path in big if is_warc(Path(path))]
    if spark is not None and warcs:
        found = (spark.sparkContext.parallelize([Path(path) for path in warcs], len(warcs))
                 .map(functools.partial(warc_parts, part_bytes=part_bytes)).collect())  # fmt: skip
    else:
        found = [warc_parts(Path(path), part_bytes) for path in warcs]
    cuts: dict[str, list[tuple[int, int, int]]] = {
        path: [(q.start, q.end, q.first_record) for q in parts] for path, parts in zip(warcs, found, strict=True)
    }
    for path in big:
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            cuts[path] = [(q.start, q.end, q.first_line) for q in jsonl_parts(Path(path), part_bytes)]
    out: list[tuple[int, str, int, int, int]] = []
    for seq_file, path in todo:
        if len(cuts.get(path, ())) > 1:
            out += [(seq_file, path, start, end, first) for start, end, first in cuts[path]]
        else:
            out.append((seq_file, path, -1, -1, 1))
    return out


def ingest_lake(paths: Iterable[str], config: Config, lake: Path, conf: dict[str, str] | None = None,
                part_bytes: int = PART_BYTES) -> LakeReport:  # fmt: skip
    """Run the per-article stages on Spark over ``paths`` and append the results to the lake at ``lake``.

    A JSON Lines or WARC file larger than ``part_bytes`` is read in parts by several tasks.

    Raises:
        UsageError: PySpark or Java is missing, a path does not exist, or the lake is of a newer version.
    """
    import time

    started = time.perf_counter()
    files = input_files(paths)
    _check_version(lake)
    done = _done_files(lake)
    todo = [(i, p) for i, p in enumerate(files) if _file_key(p) not in done]
    report = LakeReport(files=len(todo), skipped_files=len(files) - len(todo))
    if todo:
        spark = session(conf)
        tasks = _tasks(todo, part_bytes, spark)
        report.parts = len(tasks)
        df = spark.createDataFrame(tasks, "seq_file int, path string, start long, end long, first_line long")
        df = df.repartition(min(len(tasks), max(2, spark.sparkContext.defaultParallelism)))
        run = f"run-{int(time.time() * 1000)}"
        out = df.mapInArrow(_mapper(config, run), SCHEMA)
        out.write.mode("append").partitionBy("kind", "year", "month").parquet(str(lake / "records"))
        _mark_done(lake, [p for _, p in todo], run)
        from pyspark.sql import functions as F

        counts = (spark.read.parquet(str(lake / "records"))
                  .groupBy((F.col("run") == run).alias("mine"), "kind", "code").count().collect())  # fmt: skip
        sc = spark.sparkContext
        if sc.master.startswith("local") and not sc.getConf().contains("spark.sql.shuffle.partitions"):
            # sized to the lake the global stages read, unless the user set a number
            held = sum(r["count"] for r in counts if r["kind"] == "article")
            spark.conf.set("spark.sql.shuffle.partitions", str(shuffle_partitions(held, sc.defaultParallelism)))
        for r in counts:
            if not r["mine"]:
                continue
            if r["kind"] == "article":
                report.articles += r["count"]
            else:
                report.quarantined[r["code"]] += r["count"]
        # the global stages, on Spark over the whole lake
        from .spark_dedup import dedup_lake
        from .spark_happenings import happenings_lake
        from .spark_stories import stories_lake

        report.near_copies = dedup_lake(spark, lake, config).to_dict()
        report.happenings = happenings_lake(spark, lake, config).to_dict()
        report.stories = stories_lake(spark, lake, config).to_dict()
        from .spark_search import search_lake

        report.search = search_lake(spark, lake, config).to_dict()
    report.seconds = time.perf_counter() - started
    return report


def _file_key(path: str) -> str:
    st = Path(path).stat()
    return f"{Path(path).resolve()}|{st.st_size}|{int(st.st_mtime)}"


def _done_files(lake: Path) -> set[str]:
    folder = lake / "_inputs"
    if not folder.exists():
        return set()
    return {line for f in sorted(folder.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines() if line}


def _mark_done(lake: Path, paths: list[str], run: str) -> None:
    """Record the files of a run as done, once their rows are written (a rerun skips them)."""
    folder = lake / "_inputs"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{run}.txt").write_text("".join(_file_key(p) + "\n" for p in paths), encoding="utf-8")


def _check_version(lake: Path) -> None:
    marker = lake / "_lake.json"
    if marker.exists():
        found = json.loads(marker.read_text(encoding="utf-8")).get("version", 0)
        if found > LAKE_VERSION:
            raise UsageError(f"the lake at {lake} has version {found}, newer than this Sambandh reads ({LAKE_VERSION})")
        return
    lake.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"version": LAKE_VERSION, "format": "sambandh-lake"}) + "\n", encoding="utf-8")


ENTITY_ID = re.compile(r"^[\w.\-]+(?::[\w.\-]+)+$")  # kind:key, as the link stage names entities (country:in)


def slice_of(since: str | None = None, until: str | None = None, sources: Iterable[str] = (),
             entities: Iterable[str] = ()) -> Slice:  # fmt: skip
    """The records ``pull`` copies: dates as ISO days, source texts, entity ids (``docs/lake.md``).

    Raises:
        UsageError: ``since`` is after ``until``, a source text is empty, or an entity id is not ``kind:key``.
    """
    from .store.lake import Slice

    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    srcs = tuple(dict.fromkeys(sources))
    if any(not s.strip() for s in srcs):
        raise UsageError("--source must name some text of a source (a path, a web site or an outlet)")
    ents = tuple(dict.fromkeys(entities))
    for e in ents:
        if len(e) > 200 or not ENTITY_ID.match(e):
            raise UsageError(f"not an entity id: {e[:60]!r} (ids are kind:key, like country:in)")
    return Slice(since, until, srcs, ents)


def pull(lake: Path, config: Config, since: str | None = None, until: str | None = None,
         where: Slice | None = None) -> dict[str, Any]:  # fmt: skip
    """Copy a slice of the lake into the store at ``config.db``, in input order, then run the global
    stages, with the lake's near copies and stories where it has them for the whole lake.

    The slice is ``where`` (:func:`slice_of`), or the articles published in ``[since, until]`` (all
    when not given; undated ones only without a range); every rejected input comes along unless a
    filter leaves it out. Near copies and stories are computed on the slice, then, where the lake's
    ``dedup/`` and ``stories/`` cover all its articles, the stored documents the slice names take
    the lake's ``story_id``, and its ``duplicate_of`` where the original is stored too (else none),
    before happenings, entity summaries and the search index are computed on the slice.

    Returns:
        Counts: ``articles``, ``new``, ``same_text``, ``quarantined``, ``lake_results`` (what was
        carried from the lake, or why not) and the global stages' reports.

    Raises:
        UsageError: No lake at ``lake``, or one of a newer version.
    """
    from .ingest import finish
    from .model import Article
    from .pipeline import Rejected
    from .store import Store
    from .store.lake import lake_links, lake_records, lake_results_missing

    if not (lake / "_lake.json").exists():
        raise UsageError(f"no Sambandh lake at {lake}: run 'sambandh ingest --engine spark --lake {lake}' first")
    _check_version(lake)
    where = where if where is not None else slice_of(since, until)
    con = cur = lake_records(lake, where, config.db_memory_limit)

    def rows() -> Iterator[tuple[Any, ...]]:
        while chunk := cur.fetchmany(config.batch_size):  # a slice of any size streams through
            yield from chunk

    out: dict[str, Any] = {"articles": 0, "new": 0, "same_text": 0, "quarantined": 0}
    with con, Store(config.db, memory_limit=config.db_memory_limit) as store:
        articles: list[Article] = []
        rejected: list[Rejected] = []

        def flush() -> None:
            counts = store.write_batch(articles, rejected, config.quarantine_keep_bytes)
            out["new"] += counts["new"]
            out["same_text"] += counts["same_text"]
            out["quarantined"] += counts["quarantined"]
            articles.clear()
            rejected.clear()

        for kind, source, raw_hash, record, code, reason, data in rows():
            if kind == "article":
                articles.append(Article.from_dict(json.loads(record)))
                out["articles"] += 1
            else:
                size = json.loads(record or "{}").get("size")
                rejected.append(
                    Rejected(source, code, reason, bytes(data) if data is not None else None, size, raw_hash)
                )
            if len(articles) + len(rejected) >= config.batch_size:
                flush()
        flush()
        missing = lake_results_missing(con, lake)
        if missing is None:
            out["lake_results"] = {"carried": False, "why": "the lake has no dedup/ and stories/ tables"}
        elif missing:
            out["lake_results"] = {"carried": False, "why": f"the lake's dedup/ and stories/ tables lack {missing} "
                                   "of its articles (a run stopped before its global stages)"}  # fmt: skip
        else:
            out["lake_results"] = {"carried": True}

        def on_stage(name: str) -> None:
            # after near copies and stories on the slice: the lake's answers for the whole lake replace theirs,
            # before the index, which reads each story id (the happenings read neither, so they may come first)
            if name == "entities" and out["lake_results"]["carried"]:
                carried = store.carry_links(lake_links(con, lake, where))
                if carried["reindex"]:
                    store.forget_index()  # the index holds each document's story: rebuilt by the index stage
                out["lake_results"].update(carried)

        out["global_stages"] = finish(store, config, on_stage)
    return out


__all__ = ["LAKE_VERSION", "LakeReport", "ingest_lake", "input_files", "pull", "session", "session_conf",
           "shuffle_partitions", "slice_of"]
