"""A month pulled from a lake of N articles and served: every page kind's p95 against a store of its size.

Issue #18: ``sambandh pull`` of one month from a 100,000-article lake into DuckDB, then the web pages
of that slice served with the same p95 as an ingested database of that size. In one run:

1. the lake rows of the seed inputs of ``bench/pages.py`` (the news pages, the demo corpus, the seed
   articles), made by the lake's own row writer (``sambandh.spark._rows_of``, what each Spark task
   runs: the embedded readers and stage chain; story embeddings off), and the seed store of
   ``bench/pages.py`` (the same inputs ingested), whose near copies and stories the lake's
   ``dedup/`` and ``stories/`` tables take;
2. a lake of about N articles: those rows copied as ``bench/pages.py`` copies a store, with fresh
   document ids, sources and input hashes and publication dates spread over ten years (copy ``k``
   starts on day ``k * 3650 / copies`` after 2016-01-01, each article 0-19 days after it); every
   full ISO day in a record (publication, time expressions, event dates and bounds) moves with
   its article's date, so the copies' events fall on their own days. Rejected inputs are copied
   too (they have no date, so every pull brings them all). Written as Spark writes a lake
   (``records/kind=/year=/month=/part-*.parquet`` in the lake's schema, ``dedup/``, ``stories/``,
   ``_lake.json``);
3. ``sambandh pull --since/--until`` of one month in its own process (wall and CPU seconds);
4. ``bench/pages.py``'s measuring code (every page kind, HTML and JSON, p50/p95 of the app's own
   server time) over the slice and over a store of about the slice's size made by ``bench/pages.py``'s
   ``replicate`` from the seed store, both served at once and timed a round on each in turn (so the
   machine's other work weighs on both alike), and the ratios slice / store of each kind's p50 and p95.

    python bench/pull_pages.py [--n 100000] [--month 2021-06] [--rounds 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pages import DAYS, measure_many, p95, replicate, seed, seed_inputs

START = dt.date(2016, 1, 1)
UNDATED = "2025-01-01"  # an undated seed article's date before it is moved (pages.py dates every copy)
DAY = re.compile(r'"(\d{4}-\d{2}-\d{2})"')  # a full ISO day as a whole JSON string


def md5(text: str) -> str:
    """DuckDB's ``md5`` of a text: the ids ``bench/pages.py`` gives its copies."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def seed_rows() -> list[dict[str, Any]]:
    """The lake rows of the seed inputs, made by the lake's own row writer."""
    from sambandh.config import Config
    from sambandh.spark import _rows_of, input_files

    files = input_files(seed_inputs())
    return list(_rows_of(Config.build(embeddings="off"), [(i, p, -1, -1, 1) for i, p in enumerate(files)]))


class Template:
    """A seed article's record with its id, source, input hash and days left open, filled per copy."""

    def __init__(self, row: dict[str, Any]) -> None:
        d = json.loads(row["record"])
        self.id = d["id"]
        self.ref = dt.date.fromisoformat(d["published"] or UNDATED)
        d.update(id="@@id@@", source=d["source"] + "#@@k@@", raw_hash="@@raw@@", published=self.ref.isoformat())
        pieces = DAY.split(json.dumps(d, ensure_ascii=False))
        self.text = pieces[0::2]
        self.days: list[int | None] = []
        for p in pieces[1::2]:
            try:
                self.days.append(dt.date.fromisoformat(p).toordinal())
            except ValueError:  # not a day after all (2025-02-30): kept as written
                self.days.append(None)
        self.raw_days = pieces[1::2]

    def fill(self, k: int, new_id: str, raw_hash: str, published: dt.date) -> str:
        """The record of copy ``k``, every full day moved by as much as its publication date."""
        delta = published.toordinal() - self.ref.toordinal()
        out = [self.text[0]]
        for day, raw, text in zip(self.days, self.raw_days, self.text[1:], strict=True):
            out.append('"' + (dt.date.fromordinal(day + delta).isoformat() if day is not None else raw) + '"')
            out.append(text)
        return "".join(out).replace("@@id@@", new_id).replace("@@k@@", str(k)).replace("@@raw@@", raw_hash)


def make_lake(rows: list[dict[str, Any]], seed_db: Path, lake: Path, n: int) -> dict[str, int]:
    """A lake of about ``n`` articles: the seed rows copied with fresh ids and dates (module docstring)."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sambandh.spark import _arrow_schema, _check_version

    _check_version(lake)  # writes _lake.json as a Spark run does
    with duckdb.connect(str(seed_db), read_only=True) as con:
        links = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, duplicate_of, story_id FROM documents").fetchall()}
    articles = [r for r in rows if r["kind"] == "article"]
    templates = {r["doc_id"]: Template(r) for r in articles}
    missing = [i for i in templates if i not in links]
    if missing:
        raise SystemExit(f"bench/pull_pages.py: {len(missing)} seed articles are not in the seed store")
    copies = max(1, -(-n // len(templates)))
    files = 1 + max(r["seq_file"] for r in rows)
    run = f"run-{int(time.time() * 1000)}"
    schema = _arrow_schema()
    docs: dict[str, tuple[str, str | None, str]] = {}  # new id: (published, duplicate_of, story_id)
    counts = {"articles": 0, "rows": 0, "rejected": 0, "copies": copies}
    batch: list[dict[str, Any]] = []

    def flush(part: int) -> None:
        table = pa.Table.from_pylist(batch, schema=schema)
        pq.write_to_dataset(table, str(lake / "records"), partition_cols=["kind", "year", "month"],
                            basename_template=f"part-{part:05d}-{{i}}.parquet")  # fmt: skip
        batch.clear()

    for k in range(copies):
        base = START + dt.timedelta(days=k * DAYS // copies)
        for r in rows:
            row = {**r, "source": f"{r['source']}#{k}", "seq_file": k * files + r["seq_file"], "run": run,
                   "raw_hash": md5(f"{r['raw_hash']}:{k}") if r["raw_hash"] else None}  # fmt: skip
            if r["kind"] == "article":
                t = templates[r["doc_id"]]
                new_id = md5(f"{t.id}:{k}")
                published = base + dt.timedelta(days=int(t.id[:8], 16) % 20)
                row.update(doc_id=new_id, published=published.isoformat(), year=published.year, month=published.month,
                           record=t.fill(k, new_id, row["raw_hash"], published))  # fmt: skip
                dup, story = links[t.id]
                docs.setdefault(new_id, (row["published"], md5(f"{dup}:{k}") if dup else None, f"{story}:{k}"))
            else:
                counts["rejected"] += 1
            batch.append(row)
            counts["rows"] += 1
        if len(batch) >= 20_000:
            flush(k)
    if batch:
        flush(copies)
    counts["articles"] = len(docs)
    # the global stages' tables, one row per article (rank: publication day, then id, as the lake ranks)
    order = sorted(docs, key=lambda i: (docs[i][0], i))
    for table, cols in (("dedup", {"doc_id": order, "rank": list(range(len(order))),
                                   "duplicate_of": [docs[i][1] for i in order]}),
                        ("stories", {"rank": list(range(len(order))), "doc_id": order,
                                     "story_id": [docs[i][2] for i in order]})):  # fmt: skip
        (lake / table).mkdir(parents=True, exist_ok=True)
        types = {c: pa.int64() if c == "rank" else pa.string() for c in cols}  # as Spark writes them
        pq.write_table(pa.table(cols, schema=pa.schema(list(types.items()))), str(lake / table / "part-00000.parquet"))
    return counts


def pull(lake: Path, db: Path, month: str) -> tuple[float, float, dict[str, Any]]:
    """``sambandh pull`` of one month in its own process: wall and CPU seconds and its ``--json`` counts."""
    first = dt.date.fromisoformat(f"{month}-01")
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "sambandh", "pull", "--lake", str(lake), "--db", str(db), "--since", first.isoformat(),
         "--until", last.isoformat(), "--json"],
        env={**os.environ, "SAMBANDH_EMBEDDINGS": "off"}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles in the lake")
    ap.add_argument("--month", default="2021-06", help="the month pulled (YYYY-MM)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="build the seed, lake and stores in this folder and keep them")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    seed_db, lake = folder / "seed.duckdb", folder / f"lake-{args.n}"
    if not seed_db.exists():
        t = time.perf_counter()
        seed(seed_db)
        print(f"seed store built with the real stages in {time.perf_counter() - t:.1f} s")
    if not (lake / "_lake.json").exists():
        t = time.perf_counter()
        rows = seed_rows()
        made = time.perf_counter() - t
        counts = make_lake(rows, seed_db, lake, args.n)
        size = sum(f.stat().st_size for f in lake.rglob("*") if f.is_file())
        print(f"seed lake rows by the lake's row writer in {made:.1f} s ({len(rows)} rows); lake of "
              f"{counts['articles']:,} articles ({counts['copies']} copies, {counts['rejected']:,} rejected inputs) "
              f"written in {time.perf_counter() - t - made:.1f} s, {size / 2**20:.0f} MB")  # fmt: skip
    slice_db = folder / f"slice-{args.n}-{args.month}.duckdb"
    slice_db.unlink(missing_ok=True)
    wall, cpu, out = pull(lake, slice_db, args.month)
    carried = out["lake_results"]
    print(f"\npull {args.month}: {out['articles']:,} articles ({out['new']:,} new, {out['quarantined']:,} rejected "
          f"inputs), {wall:.1f} s wall, {cpu:.1f} s CPU; lake's near copies and stories carried: {carried['carried']}"
          + ("" if carried["carried"] else f" ({carried['why']})"))  # fmt: skip
    import duckdb

    with duckdb.connect(str(slice_db), read_only=True) as con:
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    with duckdb.connect(str(seed_db), read_only=True) as con:
        per_copy = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    store_db = folder / f"store-{docs}.duckdb"
    if not store_db.exists():
        # whole copies of the seed, as pages.py makes them: the number nearest the slice's size
        replicate(seed_db, store_db, max(1, round(docs / per_copy)) * per_copy)
    with duckdb.connect(str(store_db), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    print(f"served side by side, a round on each in turn: the slice ({docs:,} documents) and a store made by "
          f"bench/pages.py's replication ({stored:,} documents)")  # fmt: skip
    on_slice, on_store = measure_many([slice_db, store_db], args.rounds)
    head = "".join(f"{h:>10}" for h in ("slice p50", "store p50", "ratio", "slice p95", "store p95", "ratio"))
    print(f"\n  {'page':<18}{head}")
    for kind, ms in on_slice.items():
        a, b = statistics.median(ms), statistics.median(on_store[kind])
        c, d = p95(ms), p95(on_store[kind])
        print(f"  {kind:<18}{a:>10.1f}{b:>10.1f}{a / b:>9.2f}x{c:>10.1f}{d:>10.1f}{c / d:>9.2f}x")


if __name__ == "__main__":
    main()
