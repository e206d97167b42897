"""What the kept happenings save the server: every page's event rows read from the
``happenings`` table against the same rows merged from the stored events at start
(``relations.merged_records``, what ``web/app.py:warm`` did before), on one database.

    python bench/happenings.py --articles 2000

Builds the database from real Hindi prose (bench/corpus.py) unless ``--db`` names one, then
prints both times, the ratio, and whether the rows are the same. Needs ../shared beside the
checkout for the corpus.

    python bench/happenings.py --db DB --copies 5 --years 5 --scan

also times ``relations.merge_across`` alone over the stored events (``--copies 0``: as stored) and over a
dated copy of them (``--copies N``: each article given a publication day spread over ``--years`` years,
``corpus.published_days``, as the report day of its events that have none, and copied N times), and with
``--scan`` merges each again by a scan of every happening of a block per event (each ``Block`` offers
all it holds), printing both times and whether the happenings are the same. Runs with any checkout's
``src`` on ``PYTHONPATH``, so two versions of the merge can be timed on one database.
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
    ap.add_argument("--copies", type=int, default=-1,
                    help="also time merge_across over the stored events (0) or a dated copy of them N times")
    ap.add_argument("--years", type=float, default=5.0, help="the years a dated copy's days spread over")
    ap.add_argument("--scan", action="store_true", help="with --copies: compare with a whole-block scan")
    ap.add_argument("--skip-records", action="store_true", help="with --copies: time merge_across alone")
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
    if args.copies >= 0:
        _merge_only(db, kb, args.copies, args.years, args.scan)
        if args.skip_records:
            return
    with Store(db, read_only=True) as store:
        events = store.count("events")
        started = time.perf_counter()
        kept = store.happening_records()
        read_s = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        merged = merged_records(store, kb)
        merge_s, cpu = time.perf_counter() - started, time.process_time() - cpu
    if kept is None:
        raise SystemExit("the database keeps no happenings (run 'sambandh ingest' on it with this version)")
    print(f"{events} stored events, {len(merged)} happenings")
    print(f"merge at start (before): {merge_s:.3f} s (CPU {cpu:.3f} s)")
    print(f"read kept rows (now):    {read_s:.3f} s")
    print(f"ratio before/now:        {merge_s / max(read_s, 1e-9):.1f}x")
    print(f"same rows:               {kept == merged}")


def _merge_only(db: Path, kb: object, copies: int, years: float, scan: bool) -> None:
    """Time ``merge_across`` over the stored events or a dated copy of them, and (``scan``) against a
    scan of every happening of a block per event.
    """
    import corpus

    from sambandh import relations
    from sambandh.model import Event
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        items = list(store.iter_events())
    if copies:
        docs = list(dict.fromkeys(d for d, _ in items))
        days = corpus.published_days(len(docs) * copies, years)
        day_of = {(c, d): days[c * len(docs) + i] for c in range(copies) for i, d in enumerate(docs)}
        dated = []
        for c in range(copies):
            for d, ev in items:
                copy = Event.from_dict(ev.to_dict())
                copy.not_after = copy.not_after or day_of[(c, d)]
                dated.append((day_of[(c, d)], f"{d}#{c}", copy))
        # in the embedded order: report day, then document (each copy's events keep their order in it)
        dated.sort(key=lambda t: (t[0], t[1]))
        items = [(d, ev) for _day, d, ev in dated]
        del dated
    print(f"merge_across over {len(items)} events ({f'a dated copy x{copies}' if copies else 'as stored'})")
    started, cpu = time.perf_counter(), time.process_time()
    out = relations.merge_across(items, kb)  # type: ignore[arg-type]
    indexed_s, cpu = time.perf_counter() - started, time.process_time() - cpu
    # (CPU seconds too: on a shared machine the wall time follows the other jobs)
    print(f"  indexed blocks:  {indexed_s:.3f} s (CPU {cpu:.3f} s), {len(out)} happenings")
    if not scan:
        return
    every = relations.Block.candidates
    relations.Block.candidates = lambda self, key, ev=None: list(self.happenings)  # type: ignore[method-assign]
    try:
        started, cpu = time.perf_counter(), time.process_time()
        whole = relations.merge_across(items, kb)  # type: ignore[arg-type]
        scan_s, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        relations.Block.candidates = every  # type: ignore[method-assign]
    same = len(out) == len(whole) and [h.doc_ids for h in out] == [h.doc_ids for h in whole] and all(
        a.event.to_dict() == b.event.to_dict() for a, b in zip(out, whole, strict=True))
    print(f"  whole-block scan: {scan_s:.3f} s (CPU {cpu:.3f} s), {len(whole)} happenings")
    print(f"  ratio scan/indexed: {scan_s / max(indexed_s, 1e-9):.1f}x")
    print(f"  same happenings: {same}")


if __name__ == "__main__":
    main()
