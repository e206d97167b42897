"""Time per character of the per-article stages on long and hostile text (issue #20).

Three shapes, each at sizes from 10 kB to ``--max`` characters, in one process after the models
are loaded: ordinary text (short sentences), the same words in one sentence with no stop, and a
short text with one huge word. Printed: seconds, microseconds per character, and for each shape
the ratio of its per-character time at the largest size to that at 10 kB (flat is 1.0; a
quadratic stage shows as a ratio near the size ratio).

    python bench/longtext.py [--max 1000000]
"""

from __future__ import annotations

import argparse
import json
import time

from sambandh.config import Config
from sambandh.model import RawRecord
from sambandh.pipeline import Pipeline, article_stages

SHAPES = {
    "ordinary": lambda n: ("भारत ने रूस से बात की। दोनों देशों ने समझौता किया। " * (n // 48 + 1))[:n],
    "one_sentence": lambda n: ("भारत ने रूस से बात की और दोनों देशों ने समझौता किया और " * (n // 54 + 1))[:n],
    "one_word": lambda n: "भारत ने रूस से बात की। " + "क" * n + "। भारत ने चीन की निंदा की।",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max", type=int, default=1_000_000)
    args = ap.parse_args()
    config = Config(max_document_bytes=max(5_000_000, args.max * 4))
    pipeline = Pipeline(article_stages(config))
    list(pipeline.run(iter([RawRecord("warm", "भारत ने रूस से बात की। " * 20, "record", {"title": "t"})])))
    sizes = [s for s in (10_000, 100_000, 1_000_000) if s <= args.max] or [args.max]
    out: dict[str, dict[str, float]] = {}
    for shape, make in SHAPES.items():
        per_char = {}
        for n in sizes:
            text = make(n)
            t = time.perf_counter()
            list(pipeline.run(iter([RawRecord(f"{shape}-{n}", text, "record", {"title": "t"})])))
            took = time.perf_counter() - t
            per_char[n] = took / len(text) * 1e6
            print(f"{shape:13} {len(text):>9,} chars {took:8.2f} s {per_char[n]:8.2f} µs/char")
        out[shape] = {"ratio_largest_to_10k": round(per_char[sizes[-1]] / per_char[sizes[0]], 2)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
