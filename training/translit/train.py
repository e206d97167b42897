"""Train the Hindi romanisation model (sambandh/translit.py) on the Dakshina lexicon.

Usage: .venv/bin/python training/translit/train.py [--config training/translit/config.json] [--out PATH]

1. Every (Latin, Devanagari, count) row of ``hi.translit.sampled.train.tsv`` whose Latin is plain
   letters is a word pair; the Devanagari is cut into written units (``sambandh.translit.units``).
2. Units are aligned to Latin chunks of 0..``max_chunk`` letters by hard (Viterbi) EM: the first
   pass scores a chunk by its edit distance to the letter rules' romanisation of the unit
   (``sambandh.phonetic``), later passes by the chunk frequencies the previous pass aligned.
3. The aligned pairs ("graphones") train an n-gram model of ``order`` (counts weighted by how
   many annotators wrote that spelling); n-grams above the unigram seen fewer than ``min_count``
   times are pruned; each unit keeps its ``max_chunks_per_unit`` most frequent chunks. The model
   interpolates each history with shorter ones, Witten-Bell style, with the unseen mass scaled by
   ``smoothing`` (order, smoothing and pruning were chosen on the dev words; test stays held out).
4. Dev and test words are scored (exact match with any attested spelling, and with the most
   attested one) for the model and for the letter rules, and timed; the model is written as JSON.

Needs ../shared/data (dakshina-hi). Deterministic: no randomness anywhere.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from sambandh.phonetic import _romanize_word  # noqa: E402
from sambandh.translit import BOS, EOS, Transliterator, units  # noqa: E402

_LATIN = re.compile(r"^[a-z]+$")
_DEVANAGARI = re.compile(r"^[\u0900-\u097f]+$")


def read_pairs(path: Path) -> list[tuple[str, str, int]]:
    """(latin, devanagari, count) rows with plain letters on both sides."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        lat, dev, n = parts[0].strip().lower(), parts[1].strip(), parts[2].strip()
        if _LATIN.match(lat) and _DEVANAGARI.match(dev) and n.isdigit():
            out.append((lat, dev, int(n)))
    return out


def edit(a: str, b: str) -> int:
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def align(us: list[str], lat: str, score, max_chunk: int) -> list[str] | None:
    """The best split of ``lat`` into one chunk per unit (log-score function of unit, chunk)."""
    n, m = len(us), len(lat)
    neg = -1e18
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        u = us[i - 1]
        for j in range(m + 1):
            for k in range(0, min(max_chunk, j) + 1):
                prev = best[i - 1][j - k]
                if prev <= neg:
                    continue
                s = prev + score(u, lat[j - k : j])
                if s > best[i][j]:
                    best[i][j], back[i][j] = s, k
    if best[n][m] <= neg:
        return None
    out, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        out.append(lat[j - k : j])
        j -= k
    return out[::-1]


def train(pairs: list[tuple[str, str, int]], cfg: dict) -> tuple[Transliterator, int]:
    """EM alignment, then graphone n-gram counts. Returns the model and the pairs left unaligned."""
    aligned, lost = align_all(pairs, cfg)
    return build(aligned, cfg), lost


def align_all(pairs: list[tuple[str, str, int]], cfg: dict) -> tuple[list[tuple[list[str], list[str], int]], int]:
    """Hard-EM alignment of every pair: (units, chunks, count) per aligned pair, and how many failed."""
    words = [(lat, units(dev), n) for lat, dev, n in pairs]
    rule = {u: _romanize_word(u) for _, us, _ in words for u in us}
    prior_w = float(cfg["prior_weight"])

    def prior(u: str, c: str) -> float:
        r = rule.get(u, "")
        return -prior_w * min(edit(c, r), edit(c, r + "a") if r else len(c))

    score = prior
    for it in range(int(cfg["iterations"])):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for lat, us, n in words:
            al = align(us, lat, score, int(cfg["max_chunk"]))
            if al is not None:
                for u, c in zip(us, al, strict=True):
                    counts[u][c] += n
        totals = {u: sum(c.values()) for u, c in counts.items()}
        table = {u: {c: math.log(k / totals[u]) for c, k in cs.items()} for u, cs in counts.items()}

        def score(u: str, c: str, table: dict[str, dict[str, float]] = table) -> float:  # this pass's table
            return table.get(u, {}).get(c, -12.0 + prior(u, c))

        print(f"  EM pass {it + 1}: {sum(len(c) for c in counts.values())} unit-chunk pairs", file=sys.stderr)
    aligned = []
    lost = 0
    for lat, us, n in words:
        al = align(us, lat, score, int(cfg["max_chunk"]))
        if al is None:
            lost += 1
        else:
            aligned.append((us, al, n))
    return aligned, lost


def build(aligned: list[tuple[list[str], list[str], int]], cfg: dict) -> Transliterator:
    """The graphone n-gram model of aligned pairs (``order``, ``min_count``, ``max_chunks_per_unit``)."""
    order = int(cfg["order"])
    ngrams: dict[str, Counter[str]] = defaultdict(Counter)
    chunk_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for us, al, n in aligned:
        seq = [BOS] * (order - 1) + [f"{u}|{c}" for u, c in zip(us, al, strict=True)] + [EOS]
        for u, c in zip(us, al, strict=True):
            chunk_counts[u][c] += n
        for i in range(order - 1, len(seq)):
            for k in range(order):
                ngrams["\t".join(seq[i - k : i]) if k else ""][seq[i]] += n
    min_count = int(cfg["min_count"])
    pruned = {}
    for h, ws in ngrams.items():
        keep = {g: c for g, c in ws.items() if h == "" or c >= min_count}
        if keep:
            pruned[h] = dict(sorted(keep.items()))
    chunks = {
        u: [
            c
            for c, k in cs.most_common(int(cfg["max_chunks_per_unit"]))
            if k >= min_count or c == cs.most_common(1)[0][0]
        ]
        for u, cs in sorted(chunk_counts.items())
    }
    return Transliterator(order, pruned, chunks, beam=int(cfg["beam"]), smoothing=float(cfg["smoothing"]))


def score_words(path: Path, fn) -> dict[str, float]:
    """Exact match with any attested spelling and with the most attested one, per distinct word."""
    refs: dict[str, Counter[str]] = defaultdict(Counter)
    for lat, dev, n in read_pairs(path):
        refs[dev][lat] += n
    anyref = top = 0
    t0 = time.perf_counter()
    for dev, r in refs.items():
        out = fn(dev).lower()
        anyref += out in r
        top += out == r.most_common(1)[0][0]
    ms = 1000 * (time.perf_counter() - t0) / max(1, len(refs))
    return {"words": len(refs), "any_spelling": round(100 * anyref / len(refs), 2),
            "most_attested": round(100 * top / len(refs), 2), "ms_per_word": round(ms, 3)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=Path(__file__).with_name("config.json"))
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    cfg = json.loads(args.config.read_text(encoding="utf-8"))
    data = (ROOT / cfg["data_dir"]).resolve()
    if not (data / "hi.translit.sampled.train.tsv").exists():
        print(f"no Dakshina data in {data}", file=sys.stderr)
        return 2
    t0 = time.time()
    pairs = read_pairs(data / "hi.translit.sampled.train.tsv")
    model, lost = train(pairs, cfg)
    took = time.time() - t0
    report = {"train_pairs": len(pairs), "unaligned": lost, "train_seconds": round(took, 1),
              "ngrams": sum(len(v) for v in model.counts.values()), "units": len(model.chunks)}  # fmt: skip
    for split in ("dev", "test"):
        path = data / f"hi.translit.sampled.{split}.tsv"
        report[f"{split}_model"] = score_words(path, model.romanize_word)
        report[f"{split}_rules"] = score_words(path, _romanize_word)
    out = args.out or ROOT / cfg["out"]
    payload = {"what": "Hindi romanisation: graphone n-gram model (sambandh.translit)",
               "data": "Dakshina hi.translit.sampled.train.tsv (Google Research, CC BY-SA 4.0)",
               "command": "python training/translit/train.py", "config": cfg, "scores": report,
               "order": model.order, "smoothing": model.smoothing, "chunks": model.chunks,
               "counts": model.counts}  # fmt: skip
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
