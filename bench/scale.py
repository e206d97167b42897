"""Archive scale: dedup + stories + index over N stored articles, then search latency.

Builds N articles of real Hindi prose with injected near copies (``corpus.near_duplicates``),
dated over three years in order, and writes them straight into a fresh DuckDB file (the
per-article NLP stages are measured by bench/ingest.py and bench/ner.py, not here). Then,
in a fresh process, runs the global stages exactly as ``sambandh ingest`` ends
(``ingest.finish``) and reports each stage's time, the dedup precision/recall against the
injected truth, and that process's peak RSS. Last, search p50/p95 over queries drawn from
the corpus (one and two Hindi words, romanised names), with the time of a DuckDB
``LIKE`` scan for the first word as the baseline measured in the same run.

    python bench/scale.py --n 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def build(db: Path, n: int) -> list[int | None]:
    import hashlib

    import corpus
    import pyarrow as pa

    from sambandh.store import DOC_COLUMNS, Store, _doc_schema

    truth: list[int | None] = []
    start = dt.date(2023, 1, 1)
    now = dt.datetime(2026, 1, 1)
    # the primary-key index of a million ids needs more than the default 128 MB cache
    with Store(db, memory_limit="2GB") as store:
        batch: dict[str, list] = {c: [] for c in DOC_COLUMNS}

        def flush() -> None:
            store.con.register("_d", pa.table(batch, schema=_doc_schema()))
            store.con.execute(f"INSERT INTO documents SELECT {', '.join(DOC_COLUMNS)} FROM _d")
            store.con.unregister("_d")
            for c in batch:
                batch[c].clear()

        for i, (text, orig, _kind) in enumerate(corpus.near_duplicates(n)):
            truth.append(orig)
            h = hashlib.sha256(text.encode()).hexdigest()[:32]
            row = {c: None for c in DOC_COLUMNS}
            row.update(id=f"{h}{i:08d}", source=f"bench/{i % 50}/{i}.txt", raw_hash=h, text=text, raw="",
                       title=text[:60], language="hi", published=start + dt.timedelta(days=i * 1095 // n),
                       ingested_at=now)  # fmt: skip
            for c in DOC_COLUMNS:
                batch[c].append(row[c])
            if len(batch["id"]) >= 50_000:
                flush()
        if batch["id"]:
            flush()
    return truth


def stages(db: str) -> None:
    """Child process: the global stages, timed one by one."""
    from sambandh.config import Config
    from sambandh.dedup import deduplicate
    from sambandh.index import update_index
    from sambandh.store import Store
    from sambandh.stories import assign_stories

    over = {"db_memory_limit": os.environ["SCALE_DB_MEMORY"]} if os.environ.get("SCALE_DB_MEMORY") else {}
    config = Config.build(db=db, **over)  # the defaults a user gets, unless SCALE_DB_MEMORY says otherwise
    out = {}
    with Store(config.db, memory_limit=config.db_memory_limit) as store:
        for name, fn in (("dedup", deduplicate), ("stories", assign_stories), ("index", update_index)):
            t = time.perf_counter()
            out[name] = fn(store, config).to_dict()
            out[name]["wall"] = time.perf_counter() - t
            out[name]["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  {name}: {out[name]['wall']:.1f} s, peak RSS so far {out[name]['peak_rss_mb']:,.0f} MB",
                  file=sys.stderr, flush=True)  # fmt: skip
        links = store.con.execute("SELECT id, duplicate_of FROM documents").fetchall()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["links"] = {i: d for i, d in links if d}
    print(json.dumps(out))


def search_latency(db: str, n_queries: int = 300) -> dict[str, float]:
    import corpus

    from sambandh.config import Config
    from sambandh.search import Searcher
    from sambandh.store import Store

    rng = random.Random(7)
    config = Config.build(db=db)
    words = [w for s in rng.sample(corpus.sentence_pool(), 400) for w in s.split() if len(w) > 3 and w.isalpha()]
    romanised = ["belousov", "rajnath singh", "modi", "pakistan", "russia", "S-400", "putin", "china"]
    queries = [rng.choice(words) for _ in range(n_queries // 2)]
    queries += [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(n_queries // 3)]
    queries += [rng.choice(romanised) for _ in range(n_queries - len(queries))]
    times = []
    with Store(config.db, read_only=True) as store:
        s = Searcher(store, config)
        s.search("भारत")  # open the knowledge base once, as a server would
        for q in queries:
            t = time.perf_counter()
            s.search(q)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.con.execute("SELECT count(*) FROM documents WHERE text LIKE ?", [f"%{queries[0]}%"]).fetchone()
        scan = time.perf_counter() - t
    times.sort()
    return {"p50_ms": 1000 * times[len(times) // 2], "p95_ms": 1000 * times[int(len(times) * 0.95)],
            "like_scan_ms": 1000 * scan, "queries": len(times)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument(
        "--keep",
        help="folder that keeps the built corpus (built.duckdb + truth.json) for later runs with the same --n; "
        "each run works on a copy (default: build into a temporary folder)",
    )
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage:
        stages(args.stage)
        return
    with tempfile.TemporaryDirectory(dir=args.keep) as tmp:
        db = Path(tmp) / "scale.duckdb"
        kept = Path(args.keep) / f"built-{args.n}.duckdb" if args.keep else None
        t = time.perf_counter()
        if kept and kept.exists():
            truth = json.loads(kept.with_suffix(".json").read_text())
            shutil.copyfile(kept, db)
            print(f"copied the kept corpus of {args.n:,} articles from {kept}", flush=True)
        else:
            truth = build(db, args.n)
            if kept:
                shutil.copyfile(db, kept)
                kept.with_suffix(".json").write_text(json.dumps(truth))
            print(
                f"built {args.n:,} articles ({sum(x is not None for x in truth):,} injected copies) "
                f"in {time.perf_counter() - t:.0f} s",
                flush=True,
            )
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--stage", str(db)], capture_output=True, text=True)
        wall = time.perf_counter() - t
        if proc.returncode:
            raise SystemExit(proc.stderr)
        sys.stderr.write(proc.stderr)
        res = json.loads(proc.stdout.splitlines()[-1])
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        order = {r[0]: int(r[0][-8:]) for r in con.execute("SELECT id FROM documents").fetchall()}
        con.close()
        pred: list[int | None] = [None] * args.n
        for d, o in res["links"].items():
            pred[order[d]] = order[o]
        root = [x if x is not None else i for i, x in enumerate(truth)]
        made = [(i, p) for i, p in enumerate(pred) if p is not None]
        precision = sum(root[i] == root[p] for i, p in made) / max(1, len(made))
        copies = [i for i, x in enumerate(truth) if x is not None]
        recall = sum(pred[i] is not None and root[pred[i]] == root[i] for i in copies) / max(1, len(copies))
        print(
            f"dedup + stories + index: {wall:.0f} s wall ({wall / 60:.1f} min), peak RSS {res['peak_rss_mb']:,.0f} MB"
        )
        for name in ("dedup", "stories", "index"):
            print(
                f"  {name:8s} {res[name]['wall']:7.1f} s  {args.n / res[name]['wall']:>9,.0f} articles/s  {res[name]}"
            )
        print(f"dedup precision {precision:.4f} recall {recall:.4f} ({len(made):,} links)")
        lat = search_latency(str(db))
        print(
            f"search over {args.n:,}: p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms "
            f"({lat['queries']} queries); "
            f"one LIKE scan {lat['like_scan_ms']:.0f} ms (p95 is {lat['like_scan_ms'] / lat['p95_ms']:.0f}x faster)"
        )


if __name__ == "__main__":
    main()
