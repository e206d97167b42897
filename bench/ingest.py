"""Ingest throughput and peak memory: clean + segment + store over real Hindi text.

Builds corpora of increasing size from ../shared/data (see corpus.py), ingests each in a
fresh process into a fresh DuckDB file, and reports articles/s and peak RSS. The baseline,
measured in the same run over the same texts, is spaCy's ``blank("hi")`` tokenizer; the
ratio is what to compare across machines. Runs of more than 256 articles use worker
processes (``workers``); "worker MB" is the peak RSS of the largest worker, on top of the
ingest process's own.

    python bench/ingest.py [--sizes 5000,10000,20000] [--phases] [--years 5]

``--years`` (5 by default) gives the articles publication days spread over that many years, in
archive order (``corpus.published_days``), as a real archive spans years: the happenings are merged
within time blocks, so an undated corpus (``--years 0``: every article in one time) makes every
pass read every happening of the archive, which no real archive does.

``--phases`` also prints where the CPU went, in ms an article: the ingest process in each phase
(``articles``: reading, decoding, collecting the workers' results and writing them; then dedup,
stories with the story embeddings, happenings, entity summaries, index) and the workers together;
and by how many MB each phase raised the ingest process's peak RSS (where the peak is set); the
highest RSS each phase held (sampled every 50 ms), DuckDB's own count (``duckdb_memory()``) at each
phase's end and the file's size. A pass of the global stages in the middle of a run (every
``finish_every`` articles) runs on a thread of its own while the workers go on, so its phases' CPU
includes what the ingest process spent collecting the workers' articles meanwhile. The wall seconds
of each phase too: the run's last pass has nothing beside it (the workers are done), so its wall is
time the second core stands idle.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_jsonl

CHILD = """
import json, os, resource, sys, threading, time
from sambandh.config import Config
from sambandh.ingest import ingest
from sambandh.store import Store
marks = []
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
# the current RSS sampled every 50 ms, its highest in each phase (over its spells): what a phase holds
# at its own peak, not only whether it raised the run's; and DuckDB's own count at each phase's end
PAGE = os.sysconf("SC_PAGE_SIZE") / 2**20
top, duck, now, stores = {}, {}, ["open"], []
def sample():
    with open("/proc/self/statm") as f:
        while True:
            f.seek(0)
            mb = int(f.read().split()[1]) * PAGE
            top[now[0]] = max(top.get(now[0], 0.0), mb)
            time.sleep(0.05)
threading.Thread(target=sample, daemon=True).start()
fit = Store.fit_cache
def fit_cache(self, cache_bytes):
    if not stores:
        stores.append(self)
    fit(self, cache_bytes)
Store.fit_cache = fit_cache
def duckdb_mb():
    if not stores:
        return 0.0
    row = stores[0].con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()").fetchone()
    return row[0] / 2**20
def on_stage(name):
    if len(marks) > 1:
        duck[marks[-1][0]] = max(duck.get(marks[-1][0], 0.0), duckdb_mb())
    marks.append((name, time.process_time(), rss(), time.perf_counter()))
    now[0] = name
def phases():
    # a long run settles its articles every config.finish_every, so a phase comes back: add its spells
    out = {}
    for a, b in zip(marks, marks[1:]):
        out[a[0]] = out.get(a[0], 0.0) + b[1] - a[1]
    return out
def walls():
    # the wall seconds of each phase (over its spells): the last pass, which nothing runs beside, on one core
    out = {}
    for a, b in zip(marks, marks[1:]):
        out[a[0]] = out.get(a[0], 0.0) + b[3] - a[3]
    return out
def raised():
    # the MB each phase raised the process's peak RSS by (over all its spells): where the peak was set
    out = {}
    for a, b in zip(marks, marks[1:]):
        out[a[0]] = out.get(a[0], 0.0) + b[2] - a[2]
    return out
t = time.perf_counter()
c = time.process_time()
marks.append(("open", c, rss(), t))  # opening the store (and migrating a fresh file) until the articles phase
report = ingest([sys.argv[1]], Config.build(db=sys.argv[2]), on_stage=on_stage)
secs = time.perf_counter() - t
marks.append(("", time.process_time(), rss(), time.perf_counter()))
now[0] = ""
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = time.process_time() - c + kids.ru_utime + kids.ru_stime
stories = report.global_stages.get("stories") or {}
print(json.dumps({"new": report.new, "quarantined": sum(report.quarantined.values()), "seconds": secs,
                  "cpu_seconds": cpu,
                  "workers_cpu_seconds": kids.ru_utime + kids.ru_stime,
                  "phases": phases(), "walls": walls(), "raised": raised(), "top": top, "duckdb": duck,
                  "db_mb": os.path.getsize(sys.argv[2]) / 2**20,
                  "embedded": stories.get("embedded", 0),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

SPACY_CHILD = """
import json, sys, time
import spacy
nlp = spacy.blank("hi")
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t = time.perf_counter()
tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts, batch_size=256))
print(json.dumps({"seconds": time.perf_counter() - t, "tokens": tokens}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if out.returncode:  # the child's own error, not only its exit status (an ingest out of memory, say)
        raise SystemExit(f"the run over {args[0]} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,10000,20000,40000")
    ap.add_argument("--phases", action="store_true", help="CPU ms an article by phase, ingest process and workers")
    ap.add_argument("--years", type=float, default=5.0,
                    help="publication days spread over this many years (0: undated articles, as before session 32)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        print(
            f"{'articles':>9} {'ingest art/s':>13} {'peak RSS MB':>12} {'worker MB':>10} "
            f"{'spaCy tok art/s':>16} {'ratio':>6} {'embedded':>9} {'CPU ms/art':>11}"
        )
        for i, n in enumerate(sizes):
            corpus = write_jsonl(Path(tmp) / f"c{i}.jsonl", n, args.years)
            res = run(CHILD, str(corpus), str(Path(tmp) / f"b{i}.duckdb"))
            base = run(SPACY_CHILD, str(corpus))
            ours = res["new"] / res["seconds"]
            theirs = n / base["seconds"]
            print(
                f"{n:>9} {ours:>13.0f} {res['peak_rss_mb']:>12.0f} {res['worker_peak_rss_mb']:>10.0f}"
                f" {theirs:>16.0f} {ours / theirs:>6.2f} {res['embedded']:>9} {1000 * res['cpu_seconds'] / n:>11.1f}"
            )
            if args.phases:
                parts = ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in res["phases"].items())
                print(f"{'':>9} CPU ms/art: main {parts}; workers {1000 * res['workers_cpu_seconds'] / n:.2f}")
                walls = ", ".join(f"{k} {v:.1f}" for k, v in res["walls"].items())
                print(f"{'':>9} wall s: {walls}; load {os.getloadavg()[0]:.1f} at the end")
                up = ", ".join(f"{k} {v:.0f}" for k, v in res["raised"].items())
                print(f"{'':>9} peak RSS raised, MB: {up}")
                tops = ", ".join(f"{k} {v:.0f}" for k, v in res["top"].items() if k)
                print(f"{'':>9} highest RSS in the phase, MB: {tops}")
                duck = ", ".join(f"{k} {v:.0f}" for k, v in res["duckdb"].items())
                print(f"{'':>9} DuckDB's memory at the phase's end (highest), MB: {duck}; file {res['db_mb']:.0f} MB")
            assert res["new"] + res["quarantined"] == n, res
            time.sleep(0.1)


if __name__ == "__main__":
    main()
