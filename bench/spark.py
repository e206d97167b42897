"""The Spark engine against the embedded one, on the same real-text articles, in one run.

Builds N articles from the real Hindi texts of ../shared/data (bench/corpus.py), written as
JSON Lines files of ``--per-file`` articles (the Spark engine shards by file), then runs:

1. the embedded ingest with two worker processes (``sambandh ingest --workers 2``);
2. the Spark engine on ``local[2]`` (``sambandh ingest --engine spark``: the per-article stages,
   then near copies, happenings and stories as Spark jobs over the lake);
3. ``sambandh pull`` of the whole lake (writing, then the embedded global stages over the slice).

Each runs as its own process; its CPU is the sum over the process tree (the JVM and Spark's
Python workers included), sampled every 0.2 s, so a process that ends between samples loses
at most that much. Embeddings are off in all three (the story encoder would dominate both).
Prints articles/s, CPU-seconds per article, the ratio Spark (ingest + pull) / embedded, cold and
warm (warm: less the CPU of a Spark session that is started and stopped with nothing to do, the one
cost of a Spark run that does not grow with its input; measured in the same run), and the
core-hours 100 million articles would take at the measured Spark CPU per article.

    python bench/spark.py [--n 2000] [--per-file 50]

The issue's target: Spark within 1.3x the embedded CPU per article once warm.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


# A Spark session started and stopped, nothing else: the one-time cost of a Spark run (the JVM,
# Spark's start and stop), whatever its size
JVM_ONLY = ("from sambandh.spark import session; "
            "session({'spark.master': 'local[2]', 'spark.ui.showConsoleProgress': 'false'}).stop()")  # fmt: skip


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of a command and all its descendants (``["-c", code]``: Python code)."""
    import psutil

    started = time.perf_counter()
    cmd = [sys.executable, *args] if args[0] == "-c" else [sys.executable, "-m", "sambandh", *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    seen: dict[int, float] = {}
    while proc.poll() is None:
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    t = p.cpu_times()
                    seen[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.2)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench/spark.py: {' '.join(args[:3])} exited {proc.returncode}")
    return time.perf_counter() - started, sum(seen.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles")
    ap.add_argument("--per-file", type=int, default=50, help="articles per input file")
    args = ap.parse_args()

    from corpus import articles, write_parts

    env = {**os.environ, "SAMBANDH_EMBEDDINGS": "off"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = list(articles(args.n))
        write_parts(folder, [{"text": t} for t in texts], args.per_file)
        n = len(texts)
        emb = run(["ingest", str(folder), "--db", f"{tmp}/embedded.duckdb", "--workers", "2"], env)
        spark = run(["ingest", str(folder), "--engine", "spark", "--lake", f"{tmp}/lake",
                     "--spark-conf", "spark.master=local[2]"], env)  # fmt: skip
        pulled = run(["pull", "--lake", f"{tmp}/lake", "--db", f"{tmp}/pulled.duckdb"], env)
        jvm = run(["-c", JVM_ONLY], env)
    both = (spark[0] + pulled[0], spark[1] + pulled[1])
    print(f"{n} articles in {-(-n // args.per_file)} files")
    print(f"{'engine':<34}{'wall s':>9}{'articles/s':>12}{'CPU s':>9}{'CPU ms/article':>16}")
    for name, (wall, cpu) in (("embedded, --workers 2", emb), ("spark local[2]: all stages", spark),
                              ("pull: write + global stages", pulled), ("spark + pull", both)):  # fmt: skip
        print(f"{name:<34}{wall:>9.1f}{n / wall:>12.1f}{cpu:>9.1f}{1000 * cpu / n:>16.1f}")
    print(f"{'(a Spark session started, stopped)':<34}{jvm[0]:>9.1f}{'':>12}{jvm[1]:>9.1f}")
    warm = spark[1] - jvm[1]
    print(f"\nCPU, spark + pull / embedded: {both[1] / emb[1]:.2f}x cold, {(both[1] - jvm[1]) / emb[1]:.2f}x warm; "
          f"spark ingest alone / embedded: {spark[1] / emb[1]:.2f}x cold, {warm / emb[1]:.2f}x warm (target <= 1.3x)")
    print("(warm: less the CPU of a Spark session started and stopped with nothing to do, measured above: the "
          "one-time JVM and Spark start of a run; everything else, the Python workers' start and model loads "
          "included, counts, as the embedded run's workers' do)")
    print(f"100 million articles at the measured warm Spark CPU per article: {1e8 * warm / n / 3600:,.0f} core-hours "
          f"(the article stages and the global stages over the lake)")


if __name__ == "__main__":
    main()
