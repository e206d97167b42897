"""What the kept happenings save the server: every page's event rows read from the
``happenings`` table against the same rows merged from the stored events at start
(``relations.merged_records``, what ``web/app.py:warm`` did before), on one database.

    python bench/happenings.py --articles 2000

Builds the database from real Hindi prose (bench/corpus.py) unless ``--db`` names one, then
prints both times, the ratio, and whether the rows are the same. Needs ../shared beside the
checkout for the corpus.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="articles to build the database from")
    ap.add_argument("--db", type=Path, help="an existing database (default: build one)")
    args = ap.parse_args()

    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.kb import load
    from sambandh.relations import merged_records
    from sambandh.store import Store

    db = args.db
    if db is None:
        import corpus

        work = Path(tempfile.mkdtemp(prefix="sambandh-bench-"))
        src = corpus.write_jsonl(work / "articles.jsonl", args.articles)
        db = work / "bench.duckdb"
        started = time.perf_counter()
        ingest([str(src)], Config.build(db=db, embeddings="off"))
        print(f"built {db} from {args.articles} articles in {time.perf_counter() - started:.1f} s")
    kb = load()
    with Store(db, read_only=True) as store:
        events = store.count("events")
        started = time.perf_counter()
        kept = store.happening_records()
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        merged = merged_records(store, kb)
        merge_s = time.perf_counter() - started
    if kept is None:
        raise SystemExit("the database keeps no happenings (run 'sambandh ingest' on it with this version)")
    print(f"{events} stored events, {len(merged)} happenings")
    print(f"merge at start (before): {merge_s:.3f} s")
    print(f"read kept rows (now):    {read_s:.3f} s")
    print(f"ratio before/now:        {merge_s / max(read_s, 1e-9):.1f}x")
    print(f"same rows:               {kept == merged}")


if __name__ == "__main__":
    main()
