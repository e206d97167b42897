"""Where the Spark engine's CPU goes: each phase of ``ingest --engine spark`` and ``pull``, by process kind.

Builds N real-text articles as ``bench/spark.py`` does, then runs, in this process, the steps of
``spark.ingest_lake`` one after the other (the JVM's start, the per-article stages with their
Parquet write, the run's counts, near copies, happenings, stories, search shards) and then
``spark.pull`` (the rows written into the store, then the embedded global stages over the slice).
At each step's end it reads the CPU of this process, of the JVM and of Spark's Python workers (the
daemon and the workers it forks, those that ended included, as the daemon waits for them), and
prints a table of CPU ms an article per step and kind. Inside the per-article task it also times
the stage chain (``_rows_of``: stages, then each article to JSON) apart from the Arrow batches
around it, and counts the Python workers that ran a task and how many of those loaded the models.

    python bench/spark_phases.py [--n 5000] [--per-file 50] [--spark-conf KEY=VALUE …]

Embeddings are off, as in ``bench/spark.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("SAMBANDH_EMBEDDINGS", "off")


class Sampler:
    """CPU seconds so far of this process, the JVM and the Python workers, by process.

    A thread samples the process tree every 0.2 s, so a process that ends (a Python worker, at
    the session's stop) keeps what it had used at its last sample.
    """

    def __init__(self) -> None:
        import threading

        self.seen: dict[int, tuple[str, float]] = {}
        self.lock = threading.Lock()
        self.sample()
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self) -> None:
        while True:
            time.sleep(0.2)
            self.sample()

    def sample(self) -> None:
        import psutil

        me = psutil.Process()
        for p in [me, *me.children(recursive=True)]:
            try:
                t = p.cpu_times()
                kind = "driver" if p.pid == me.pid else "jvm" if p.name().startswith("java") else "workers"
            except psutil.Error:
                continue
            with self.lock:
                self.seen[p.pid] = (kind, t.user + t.system)

    def by_kind(self) -> dict[str, float]:
        """The CPU so far of each kind of process, and (``started``) how many Python workers were seen."""
        self.sample()
        out = {"driver": 0.0, "jvm": 0.0, "workers": 0.0, "started": 0.0}
        with self.lock:
            for kind, used in self.seen.values():
                out[kind] += used
                out["started"] += kind == "workers"
        return out


def timed_mapper(stats_dir: str, config: Any, run: str) -> Any:
    """``spark._mapper`` with the time of the stage chain (and each article to JSON) written per task."""

    def rows_for(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        from sambandh import spark as sp

        fresh = "sambandh.entities" not in sys.modules  # the models' module not yet imported: a new worker
        t_all = time.process_time()
        t_rows = t_arrow = 0.0
        n = 0
        for batch in batches:
            todo = list(zip(*(batch.column(c).to_pylist() for c in ("seq_file", "path", "start", "end", "first_line")),
                            strict=True))  # fmt: skip
            t0 = time.process_time()
            rows = list(sp._rows_of(config, todo, run))
            t1 = time.process_time()
            out = pa.RecordBatch.from_pylist(rows, schema=sp._arrow_schema())
            t_arrow += time.process_time() - t1
            t_rows += t1 - t0
            n += len(rows)
            yield out
        total = time.process_time() - t_all
        with open(os.path.join(stats_dir, f"{os.getpid()}-{time.time_ns()}.json"), "w") as fh:
            json.dump({"pid": os.getpid(), "fresh": fresh, "rows": n, "stages": t_rows, "arrow": t_arrow,
                       "torch": sys.modules.get("torch") is not None, "blas": os.environ.get("OPENBLAS_NUM_THREADS"),
                       "task": total}, fh)  # fmt: skip

    return rows_for


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000, help="articles")
    ap.add_argument("--per-file", type=int, default=50, help="articles per input file")
    ap.add_argument("--spark-conf", action="append", default=[], help="KEY=VALUE, as ingest's")
    ap.add_argument("--skip-pull", action="store_true")
    args = ap.parse_args()

    from corpus import articles, write_parts

    from sambandh import spark as sp
    from sambandh.config import Config

    conf = {"spark.master": "local[2]", "spark.ui.showConsoleProgress": "false",
            **dict(kv.split("=", 1) for kv in args.spark_conf)}
    rows: list[tuple[str, dict[str, float], float]] = []
    sampler = Sampler()
    last = sampler.by_kind()
    wall = time.perf_counter()
    session: list[Any] = []  # the Spark session while it runs, to count the jobs and stages each step ran

    def jobs() -> tuple[int, int]:
        if not session:
            return 0, 0
        tracker = session[0].sparkContext.statusTracker()
        ids = tracker.getJobIdsForGroup(None)
        return len(ids), sum(len(info.stageIds) for i in ids if (info := tracker.getJobInfo(i)) is not None)

    seen = [(0, 0)]

    def mark(name: str) -> None:
        nonlocal last, wall
        now, t = sampler.by_kind(), time.perf_counter()
        done = jobs() if session else seen[0]
        c = {k: now[k] - last[k] for k in now}
        c["jobs"], c["stages"] = done[0] - seen[0][0], done[1] - seen[0][1]
        seen[0] = done
        rows.append((name, c, t - wall))
        last, wall = now, t

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = list(articles(args.n))
        write_parts(folder, [{"text": t} for t in texts], args.per_file)
        n = len(texts)
        lake = Path(tmp) / "lake"
        config = Config.build(db=Path(tmp) / "unused.duckdb")
        stats = Path(tmp) / "stats"
        stats.mkdir()
        mark("(corpus)")
        rows.clear()
        spark = sp.session(conf)
        session.append(spark)
        mark("JVM + session start")
        files = sp.input_files([str(folder)])
        sp._check_version(lake)
        todo = list(enumerate(files))
        tasks = sp._tasks(todo, sp.PART_BYTES, spark)
        df = spark.createDataFrame(tasks, "seq_file int, path string, start long, end long, first_line long")
        df = df.repartition(min(len(tasks), max(2, spark.sparkContext.defaultParallelism)))
        run = f"run-{int(time.time() * 1000)}"
        out = df.mapInArrow(timed_mapper(str(stats), config, run), sp.SCHEMA)
        out.write.mode("append").partitionBy("kind", "year", "month").parquet(str(lake / "records"))
        sp._mark_done(lake, [p for _, p in todo], run)
        mark("per-article stages + write")
        spark.read.parquet(str(lake / "records")).where(f"run = '{run}'").groupBy("kind", "code").count().collect()
        mark("run's counts")
        from sambandh.spark_dedup import dedup_lake
        from sambandh.spark_happenings import happenings_lake
        from sambandh.spark_search import search_lake
        from sambandh.spark_stories import stories_lake

        dedup_lake(spark, lake, config)
        mark("near copies")
        happenings_lake(spark, lake, config)
        mark("happenings")
        stories_lake(spark, lake, config)
        mark("stories")
        search_lake(spark, lake, config)
        mark("search shards")
        session.clear()
        spark.stop()
        mark("session stop")
        tasks_seen = [json.loads(p.read_text()) for p in stats.glob("*.json")]
        if not args.skip_pull:
            import dataclasses

            import sambandh.ingest as ing

            finish = ing.finish

            def timed_finish(*a: Any, **k: Any) -> Any:
                mark("pull: rows into the store")
                return finish(*a, **k)

            ing.finish = timed_finish
            sp.pull(lake, dataclasses.replace(config, db=Path(tmp) / "pulled.duckdb"))
            mark("pull: global stages")

    print(f"{n} articles in {-(-n // args.per_file)} files; CPU ms an article (wall s)")
    print(f"{'step':<30}{'driver':>9}{'JVM':>9}{'workers':>9}{'all':>9}{'wall s':>9}{'new Python':>11}"
          f"{'jobs':>6}{'stages':>7}{'JVM ms/job':>11}")  # fmt: skip
    tot = {"driver": 0.0, "jvm": 0.0, "workers": 0.0}
    wall_all = 0.0
    for name, c, w in rows:
        print(f"{name:<30}{1000 * c['driver'] / n:>9.1f}{1000 * c['jvm'] / n:>9.1f}{1000 * c['workers'] / n:>9.1f}"
              f"{1000 * (c['driver'] + c['jvm'] + c['workers']) / n:>9.1f}{w:>9.1f}{c['started']:>11.0f}"
              f"{c['jobs']:>6.0f}{c['stages']:>7.0f}"
              + (f"{1000 * c['jvm'] / c['jobs']:>11.0f}" if c["jobs"] else ""))  # fmt: skip
        for k in tot:
            tot[k] += c[k]
        wall_all += w
    print(f"{'total':<30}{1000 * tot['driver'] / n:>9.1f}{1000 * tot['jvm'] / n:>9.1f}"
          f"{1000 * tot['workers'] / n:>9.1f}{1000 * sum(tot.values()) / n:>9.1f}{wall_all:>9.1f}")  # fmt: skip
    print("(new Python: the Python processes under the JVM first seen in the step: Spark's daemon and its workers)")
    st = sum(t["stages"] for t in tasks_seen)
    ar = sum(t["arrow"] for t in tasks_seen)
    tk = sum(t["task"] for t in tasks_seen)
    pids = {t["pid"] for t in tasks_seen}
    fresh = sum(t["fresh"] for t in tasks_seen)
    print(f"Python workers: torch imported in {sum(t.get('torch', False) for t in tasks_seen)} tasks; "
          f"OPENBLAS_NUM_THREADS {sorted({str(t.get('blas')) for t in tasks_seen})}")
    print(f"\nper-article tasks: {len(tasks_seen)} tasks in {len(pids)} Python workers ({fresh} started fresh); "
          f"inside them, CPU ms an article: stage chain + to JSON {1000 * st / n:.1f}, rows to Arrow "
          f"{1000 * ar / n:.1f}, the rest of the task (reading batches) {1000 * (tk - st - ar) / n:.1f}")


if __name__ == "__main__":
    main()
