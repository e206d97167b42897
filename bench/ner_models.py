"""The entity stage's CPU cost with each shipped NER model, in one process and one run.

Usage: ``.venv/bin/python bench/ner_models.py [--articles 60]`` (needs ../shared/data/bbc-hindi).
Prints CPU ms per article and words per CPU second for the fast spaCy model and the accurate e5
tagger (``ner_model=accurate``) over the same BBC Hindi articles, and their ratio.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    """Entry point."""
    from sambandh.config import Config
    from sambandh.entities import EntityRecognizer
    from sambandh.normalize import normalize
    from sambandh.segment import split_sentences

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=60)
    args = ap.parse_args()
    path = ROOT.parent / "shared/data/bbc-hindi/articles.csv"
    if not path.exists():
        print(f"skipped: {path} is absent", file=sys.stderr)
        return 0
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[1 : args.articles + 1]
    texts = [normalize(r[1]) for r in rows]
    items = [(t, split_sentences(t)) for t in texts]
    words = sum(len(t.split()) for t in texts)
    cost = {}
    for name in ("", "accurate"):
        rec = EntityRecognizer(Config.build(ner_model=name))
        list(rec.pipe(items[:5]))  # warm: lazy tables, first batches
        t0 = time.process_time()
        found = sum(len(m) for m in rec.pipe(items))
        cost[name] = time.process_time() - t0
        print(f"{name or 'fast'}: {len(items)} articles, {words} words: {1000 * cost[name] / len(items):.1f} CPU ms "
              f"an article, {words / cost[name]:,.0f} words/CPU s, {found} mentions")  # fmt: skip
    print(f"accurate / fast: {cost['accurate'] / cost['']:.1f}x the CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
