"""Per-article chain speed, stage by stage, in one process (no workers, no store).

Builds N real-text articles (corpus.py), reads them with ``read_paths`` and runs each stage of
``article_stages`` over the whole list in turn, so every stage is timed alone; models and the
knowledge base are loaded before the clock starts. ``--warm W`` first runs the chain over W
other articles (the corpus's next W), untimed, so the figures are those of a long run, whose
vocabulary and word caches are warm, not those of a fresh process. ``--profile FILE`` writes a
cProfile of the whole chain; ``--dump FILE`` writes every article's outputs (mentions, roles,
timexes, facts, events) as JSON lines, to check that a change to speed keeps the results.
Numeric kernels run on one thread, as in an ingest worker, unless ``OPENBLAS_NUM_THREADS`` (or
``OMP_NUM_THREADS``, ``MKL_NUM_THREADS``) says otherwise.

    python bench/stages.py [--n 400] [--warm 200] [--profile out.prof] [--dump out.jsonl]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_jsonl

# one thread for numeric kernels, as an ingest worker has (``pipeline.one_math_thread``), unless the
# caller set a count: these variables are read when numpy's OpenBLAS loads, so before any import of it.
# On two threads the NER's float64 products took 2.5 times the CPU for the same results (session 43,
# cProfile, 400 articles: ``gemm`` 2.38 against 0.93 s), which a worker never pays.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value if isinstance(value, str | int | float | bool | type(None)) else repr(value)


def main() -> None:
    from sambandh.config import Config
    from sambandh.entities import recognizer
    from sambandh.model import Article
    from sambandh.pipeline import article_stages, run_chain
    from sambandh.read import read_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--warm", type=int, default=0, help="run the chain over this many other articles first")
    ap.add_argument("--profile", help="write a cProfile of the chain here")
    ap.add_argument("--dump", help="write each article's outputs here (JSON lines)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # the first n articles are the same whatever --warm is (the corpus is drawn in order)
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", args.n + args.warm)
        config = Config.build(db=str(Path(tmp) / "bench.duckdb"))
        records = list(read_paths([str(corpus)], config))
        records, warm = records[: args.n], records[args.n :]
        stages = article_stages(config)
        recognizer(config.ner_model, config.kb_dir)  # the model loads before the clock starts
        for st in stages:
            st.load()  # and each stage's tables (built on first use)
        if warm:
            list(run_chain(stages, warm))
        prof = cProfile.Profile() if args.profile else None
        items: list[Any] = records
        times: dict[str, float] = {}
        cpu: dict[str, float] = {}  # process time: steadier than the wall clock on a shared machine
        total = time.perf_counter()
        cpu_total = time.process_time()
        for st in stages:
            t = time.perf_counter()
            c = time.process_time()
            if prof is not None:
                prof.enable()
            items = list(st.run(items))
            if prof is not None:
                prof.disable()
            times[st.name] = time.perf_counter() - t
            cpu[st.name] = time.process_time() - c
        total = time.perf_counter() - total
        cpu_total = time.process_time() - cpu_total
        if prof is not None and args.profile:
            prof.dump_stats(args.profile)
    arts = [a for a in items if isinstance(a, Article)]
    n = len(records)
    # the baseline, in this run over the same clean texts: spaCy's blank Hindi tokenizer
    import spacy

    blank = spacy.blank("hi")
    t = time.perf_counter()
    for doc in blank.pipe(a.text for a in arts):
        len(doc)
    base = time.perf_counter() - t
    print(f"{n} articles ({len(arts)} kept), chain {total:.2f} s, {n / total:.1f} articles/s; "
          f"baseline (spaCy blank('hi') tokenizer) {len(arts) / base:.0f} articles/s; "
          f"chain / baseline {base / total:.3f}")  # fmt: skip
    print(f"chain CPU {cpu_total:.2f} s, {1000 * cpu_total / n:.2f} CPU ms/article"
          + (f" (after {args.warm} other articles)" if args.warm else ""))
    for name, secs in times.items():
        rate = n / secs if secs else float("inf")
        print(f"  {name:10s} {secs:7.3f} s  {rate:9.1f} articles/s  {secs / total:6.1%} of the chain"
              f"  CPU {1000 * cpu[name] / n:7.3f} ms/article")  # fmt: skip
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for a in arts:
                row = {
                    k: _plain(getattr(a, k, None)) for k in ("text", "mentions", "roles", "timexes", "facts", "events")
                }
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
