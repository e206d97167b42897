"""NER + linking throughput (tokens/s) on real Hindi news text, with baselines from the same run.

Articles come from ../shared/data/bbc-hindi (normalised and split by Sambandh's own stages).
Measured over the same sentences:

- ours: the entity stage (trained model + knowledge-base ruler + patterns) and the linker,
  1 process, and 2 processes (the articles split between two workers);
- spaCy's default CNN NER (``spacy init config --pipeline ner``, HashEmbedCNN width 96,
  depth 4) with untrained weights (speed does not depend on the weights), 1 and 2 processes;
- a BERT-base-sized encoder (12 layers, hidden 768, 12 heads, FFN 3072) with random
  weights in numpy (BLAS matrix products, as a CPU framework uses), sequences of 128
  subwords in batches of 32, counting 1.4 subwords per word.

    python bench/ner.py [--articles 300] [--bert-seqs 64] [--runs 3]

Each figure is the median of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-hindi" / "articles.csv"
TARGET = 50_000  # tokens/s for NER + linking on 2 cores (issue #3)


def load_articles(n: int) -> list[tuple[str, list[Any]]]:
    from sambandh.normalize import normalize
    from sambandh.segment import split_sentences

    csv.field_size_limit(10**9)
    with BBC.open(encoding="utf-8") as fh:
        rows = [r[1] for r in csv.reader(fh)][1:]
    out = []
    for i in range(n):
        text = normalize(rows[i % len(rows)])
        out.append((text, split_sentences(text)))
    return out


def count_tokens(articles: list[tuple[str, list[Any]]]) -> int:
    from sambandh.segment import tokenize

    return sum(len(tokenize(text)) for text, _ in articles)


def ours(articles: list[tuple[str, list[Any]]]) -> float:
    from sambandh.entities import recognizer
    from sambandh.link import Linker

    rec = recognizer()
    linker = Linker()
    rec(articles[0][0][:200], [])  # load before timing
    t = time.perf_counter()
    for (text, _), mentions in zip(articles, rec.pipe(articles), strict=True):
        linker.link(text, mentions, None)
    return time.perf_counter() - t


def _ours_worker(chunk: list[tuple[str, list[Any]]]) -> float:
    return ours(chunk)


def ours_2proc(articles: list[tuple[str, list[Any]]]) -> float:
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as pool:
        pool.map(_ours_worker, [articles[:4], articles[4:8]])  # warm both workers
        t = time.perf_counter()
        # every other article to each worker, so that both get as many long articles
        pool.map(_ours_worker, [articles[0::2], articles[1::2]])
        return time.perf_counter() - t


def median_of(runs: int, fn: Any, *args: Any) -> float:
    """The median time of ``runs`` calls (this machine's timings vary by 10% run to run)."""
    return statistics.median(fn(*args) for _ in range(runs))


def spacy_default(articles: list[tuple[str, list[Any]]], n_process: int) -> float:
    from spacy.cli.init_config import init_config
    from spacy.util import load_model_from_config
    from thinc.api import Config

    cfg = init_config(lang="hi", pipeline=["ner"], optimize="efficiency", gpu=False)
    nlp = load_model_from_config(Config(cfg), auto_fill=True)
    ner = nlp.get_pipe("ner")
    for label in ("PERSON", "ORG", "LOC", "GPE", "WEAPON"):
        ner.add_label(label)
    nlp.initialize()
    sents = [text[s.start : s.end] for text, spans in articles for s in spans]
    list(nlp.pipe(sents[:50]))
    t = time.perf_counter()
    for _ in nlp.pipe(sents, batch_size=256, n_process=n_process):
        pass
    return time.perf_counter() - t


def bert_base(n_seqs: int, seq: int = 128, batch: int = 32) -> tuple[float, int]:
    """Seconds to encode ``n_seqs`` sequences of ``seq`` subwords with a BERT-base-sized encoder."""
    import numpy as np

    rng = np.random.default_rng(0)
    d, heads, ff, layers = 768, 12, 3072, 12
    w = [
        {
            "qkv": rng.standard_normal((d, 3 * d), dtype=np.float32) * 0.02,
            "o": rng.standard_normal((d, d), dtype=np.float32) * 0.02,
            "f1": rng.standard_normal((d, ff), dtype=np.float32) * 0.02,
            "f2": rng.standard_normal((ff, d), dtype=np.float32) * 0.02,
        }
        for _ in range(layers)
    ]
    emb = rng.standard_normal((30000, d), dtype=np.float32) * 0.02

    def norm(x: Any) -> Any:
        return (x - x.mean(-1, keepdims=True)) / (x.std(-1, keepdims=True) + 1e-6)

    def encode(ids: Any) -> Any:
        x = emb[ids]
        b = x.shape[0]
        for lw in w:
            qkv = x @ lw["qkv"]
            q, k, v = np.split(qkv.reshape(b, seq, 3, heads, d // heads), 3, axis=2)
            q, k, v = (a.squeeze(2).transpose(0, 2, 1, 3) for a in (q, k, v))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d // heads)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, seq, d)
            x = norm(x + ctx @ lw["o"])
            h = x @ lw["f1"]
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))
            x = norm(x + h @ lw["f2"])
        return x

    encode(rng.integers(0, 30000, (2, seq)))
    t = time.perf_counter()
    done = 0
    while done < n_seqs:
        encode(rng.integers(0, 30000, (batch, seq)))
        done += batch
    return time.perf_counter() - t, done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--bert-seqs", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3, help="runs of each of ours and spaCy's; the median is reported")
    args = ap.parse_args()
    if not BBC.exists():
        sys.exit(f"bench/ner.py needs {BBC} (the shared data beside the checkout)")
    articles = load_articles(args.articles)
    tokens = count_tokens(articles)
    rows = []
    t1 = median_of(args.runs, ours, articles)
    rows.append(("sambandh NER + linking, 1 process", tokens / t1))
    t2 = median_of(args.runs, ours_2proc, articles)
    rows.append(("sambandh NER + linking, 2 processes", tokens / t2))
    s1 = median_of(args.runs, spacy_default, articles, 1)
    rows.append(("spaCy default CNN NER, 1 process", tokens / s1))
    s2 = median_of(args.runs, spacy_default, articles, 2)
    rows.append(("spaCy default CNN NER, 2 processes", tokens / s2))
    bt, nseq = bert_base(args.bert_seqs)
    rows.append(("BERT-base-sized encoder (numpy), 2 threads", nseq * 128 / 1.4 / bt))
    print(
        f"{len(articles)} articles, {tokens} tokens ({tokens / len(articles):.0f} per article), "
        f"median of {args.runs} runs"
    )
    print(f"{'system':<46} {'tokens/s':>10} {'vs ours (2 proc)':>17}")
    best = tokens / t2
    for name, tps in rows:
        print(f"{name:<46} {tps:>10,.0f} {best / tps:>16.1f}x")
    print(f"target >= {TARGET:,} tokens/s with 2 processes: {'met' if best >= TARGET else 'NOT met'}")
    print(json.dumps({name: round(tps) for name, tps in rows}))


if __name__ == "__main__":
    main()
