"""Near-duplicate detection: Sambandh's dedup against datasketch and rensa, same corpus, same settings.

The corpus (``corpus.near_duplicates``) is real Hindi prose from ../shared/data with known
injected copies (chrome, word edits, truncations). Every method gets the same settings
(word 3-gram shingles, 128 permutations, 64 bands of 2 rows) and the same linking rule:
each text, in order, is compared with the candidates its LSH buckets give among earlier
texts, and joins the original of the most similar one whose estimated containment
(Jaccard estimate and shingle counts, ``sambandh.dedup.containment``) is at least 0.7. The
baselines shingle with ``str.split`` and Python strings, as their documentation shows;
Sambandh hashes shingles vectorised from the raw text.

Prints precision, recall, articles/s, and the ratios against each baseline measured in
this run, and the peak RSS of the process.

    python bench/dedup.py --n 100000              # all three methods
    python bench/dedup.py --n 1000000 --only sambandh
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import corpus

from sambandh.dedup import DedupSettings, containment, find_duplicates

SETTINGS = DedupSettings()


def shingles(text: str, k: int) -> list[str]:
    words = text.lower().split()
    if len(words) < k:
        return words
    return [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


def link_with(candidates_of, jaccard, sizes: list[int]) -> list[int | None]:
    """The same linking rule as Sambandh's, over a baseline's LSH and Jaccard estimate."""
    out: list[int | None] = []
    for i in range(len(sizes)):
        best, best_sim = None, -1.0
        for c in sorted(candidates_of(i)):
            if c >= i:
                continue
            s = float(containment(jaccard(i, c), sizes[i], sizes[c]))
            if s >= SETTINGS.threshold and s > best_sim:
                best, best_sim = c, s
        out.append(None if best is None else (out[best] if out[best] is not None else best))
    return out


def run_datasketch(texts: list[str]) -> list[int | None]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=SETTINGS.num_perm, params=(SETTINGS.bands, SETTINGS.rows))
    sigs = []
    sizes = []
    found: list[set[int]] = []
    for i, t in enumerate(texts):
        m = MinHash(num_perm=SETTINGS.num_perm, seed=SETTINGS.seed)
        sh = shingles(t, SETTINGS.ngram)
        sizes.append(len(sh))
        m.update_batch([s.encode("utf-8") for s in sh])
        found.append(set(lsh.query(m)))
        lsh.insert(i, m)
        sigs.append(m)
    return link_with(lambda i: found[i], lambda i, j: sigs[i].jaccard(sigs[j]), sizes)


def run_rensa(texts: list[str]) -> list[int | None]:
    from rensa import RMinHash, RMinHashLSH

    lsh = RMinHashLSH(threshold=SETTINGS.threshold, num_perm=SETTINGS.num_perm, num_bands=SETTINGS.bands)
    sigs = []
    sizes = []
    found: list[list[int]] = []
    for i, t in enumerate(texts):
        m = RMinHash(SETTINGS.num_perm, SETTINGS.seed)
        sh = shingles(t, SETTINGS.ngram)
        sizes.append(len(sh))
        m.update(sh)
        found.append(lsh.query(m))
        lsh.insert(i, m)
        sigs.append(m)
    return link_with(lambda i: found[i], lambda i, j: sigs[i].jaccard(sigs[j]), sizes)


def run_sambandh(texts: list[str]) -> list[int | None]:
    return find_duplicates(texts, SETTINGS)


def score(pred: list[int | None], truth: list[int | None]) -> dict[str, float]:
    """Precision of the links made; recall over the injected copies."""
    made = [(i, p) for i, p in enumerate(pred) if p is not None]
    root = [t if t is not None else i for i, t in enumerate(truth)]
    right = sum(root[i] == root[p] for i, p in made)
    copies = [i for i, t in enumerate(truth) if t is not None]
    caught = sum(pred[i] is not None and root[pred[i]] == root[i] for i in copies)
    return {
        "links": len(made),
        "precision": right / len(made) if made else 1.0,
        "recall": caught / len(copies) if copies else 1.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--rate", type=float, default=0.1, help="share of injected near copies")
    ap.add_argument("--only", default="sambandh,rensa,datasketch", help="methods to run, comma-separated")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    rows = list(corpus.near_duplicates(args.n, args.rate))
    texts = [t for t, _, _ in rows]
    truth = [o for _, o, _ in rows]
    kinds = [k for _, _, k in rows]
    del rows
    chars = sum(map(len, texts))
    print(
        f"corpus: {len(texts):,} texts, {sum(t is not None for t in truth):,} injected copies, "
        f"{chars / len(texts):,.0f} chars each, built in {time.perf_counter() - t0:.1f} s",
        flush=True,
    )
    results = {}
    for name in args.only.split(","):
        fn = {"sambandh": run_sambandh, "rensa": run_rensa, "datasketch": run_datasketch}[name]
        t = time.perf_counter()
        pred = fn(texts)
        secs = time.perf_counter() - t
        res = {**score(pred, truth), "seconds": secs, "articles_per_s": len(texts) / secs}
        by_kind = {}
        for k in corpus.COPY_KINDS:
            idx = [i for i, kk in enumerate(kinds) if kk == k]
            root = [tt if tt is not None else i for i, tt in enumerate(truth)]
            by_kind[k] = sum(pred[i] is not None and root[pred[i]] == root[i] for i in idx) / max(1, len(idx))
        res["recall_by_kind"] = by_kind
        results[name] = res
        print(
            f"{name:11s} precision {res['precision']:.4f}  recall {res['recall']:.4f}  "
            f"{res['articles_per_s']:>9,.0f} articles/s  ({secs:.1f} s)  by kind: "
            + ", ".join(f"{k} {v:.3f}" for k, v in by_kind.items()),
            flush=True,
        )
    if "sambandh" in results:
        for base in ("rensa", "datasketch"):
            if base in results:
                ratio = results["sambandh"]["articles_per_s"] / results[base]["articles_per_s"]
                print(f"sambandh / {base}: {ratio:.2f}x throughput")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:,.0f} MB")
    if args.json:
        print(json.dumps({"n": len(texts), "results": results, "peak_rss_mb": rss}))


if __name__ == "__main__":
    main()
