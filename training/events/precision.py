"""Train the event precision model (sambandh/event_score.py) on the dev halves of the event gold.

Usage: .venv/bin/python training/events/precision.py [--out src/sambandh/models/event-precision.json]

Every event the rules find on the dev articles of eval/events/news_pages.jsonl and
eval/events/bbc_hindi.jsonl (the blind halves are never read here) is a row: its features
(sambandh.event_score.features) and whether it matched a gold event. An L2-regularised logistic
regression is fitted by gradient descent (numpy; a few hundred rows and about a hundred
features). The threshold is the highest at which F1 of the kept events against all gold events
is no lower than keeping every event gives (precision bought without losing F1), chosen on
out-of-fold probabilities (five folds by article) so that it is not fitted to the rows it judges.
Needs ../shared/data (news-pages and bbc-hindi).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SETS = [
    ("news_pages.jsonl", SHARED / "news-pages" / "pages.jsonl"),
    ("bbc_hindi.jsonl", SHARED / "bbc-hindi" / "articles.csv"),
]
L2 = 3.0
CORE_KEPT = 0.98  # the share of found core events the threshold must keep
STEPS = 3000
RATE = 0.5


def collect() -> tuple[list[list[str]], np.ndarray, np.ndarray, np.ndarray, int, int]:
    """Rows of every dev set: features, labels (matched a gold event; matched a core one), a fold
    per row (by article), and the counts of gold and core gold events.
    """
    from sambandh.config import Config
    from sambandh.evaluate import evaluate_page_events

    feats: list[list[str]] = []
    labels: list[bool] = []
    cores: list[bool] = []
    docs: list[str] = []
    core = 0
    gold = 0
    for name, pages in SETS:
        rows: list[tuple[str, list[str], bool, bool]] = []
        result = evaluate_page_events(
            ROOT / "eval" / "events" / name, pages, Config(event_scorer="off"), split="dev", rows=rows
        )
        gold += result["halves"]["dev"]["gold"]
        core += result["halves"]["dev"]["core"]
        feats += [f for _, f, _, _ in rows]
        labels += [y for _, _, y, _ in rows]
        cores += [c for _, _, _, c in rows]
        docs += [d for d, _, _, _ in rows]
    # five folds by article (a stable hash of its id), so no article judges rows of its own
    folds = np.array([int(hashlib.sha1(d.encode()).hexdigest(), 16) % 5 for d in docs])
    return feats, np.array(labels, dtype=float), np.array(cores, dtype=float), folds, gold, core


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2 logistic regression by full-batch gradient descent."""
    w = np.zeros(x.shape[1])
    b = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    n = len(y)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= RATE * (x.T @ g / n + L2 * w / n)
        b -= RATE * float(g.mean())
    return w, b


def best_threshold(p: np.ndarray, y: np.ndarray, c: np.ndarray, gold: int, core: int) -> dict[str, float]:
    """The highest threshold that keeps at least CORE_KEPT of the core events the rules found and
    loses no F1 against keeping every event: precision bought without giving up what a summary of
    the article would state. Figures are of the kept events against all ``gold`` (and ``core``) events.
    """

    def at(t: float) -> dict[str, float]:
        keep = p >= t
        tp = float(y[keep].sum())
        prec = tp / max(1, int(keep.sum()))
        rec = tp / max(1, gold)
        return {"threshold": t, "precision": prec, "recall": rec, "core_recall": float(c[keep].sum()) / max(1, core),
                "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}  # fmt: skip

    floor = at(0.0)
    best = floor
    for t in sorted(set(np.round(p, 3).tolist())):
        cand = at(float(t))
        if cand["f1"] >= floor["f1"] - 1e-9 and cand["core_recall"] >= CORE_KEPT * floor["core_recall"]:
            best = cand
    return best


def main() -> int:
    """Train, choose the threshold out of fold, write the model file and print its card."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "sambandh" / "models" / "event-precision.json")
    args = ap.parse_args()
    if not all(p.exists() for _, p in SETS):
        print(f"needs {SHARED} (news-pages and bbc-hindi)", file=sys.stderr)
        return 2
    feats, y, c, folds, gold, core = collect()
    names = sorted({f for row in feats for f in row})
    col = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for i, row in enumerate(feats):
        x[i, [col[f] for f in row]] = 1.0
    oof = np.zeros(len(y))
    for k in range(5):
        tr, te = folds != k, folds == k
        w, b = fit(x[tr], y[tr])
        oof[te] = 1 / (1 + np.exp(-(x[te] @ w + b)))
    chosen = best_threshold(oof, y, c, gold, core)
    keep_every = best_threshold(np.ones(len(y)), y, c, gold, core)
    kept_all = {k: round(100 * v, 1) for k, v in keep_every.items() if k != "threshold"}
    w, b = fit(x, y)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-4}
    model = {
        "weights": weights, "bias": round(b, 4), "threshold": round(chosen["threshold"], 3),
        "card": {
            "what": "logistic model ranking the events the rules find; events under the threshold are dropped",
            "trained": dt.date.today().isoformat(),
            "data": "dev halves of eval/events/news_pages.jsonl (news pages, 125 articles) and "
                    "eval/events/bbc_hindi.jsonl (BBC Hindi, 55 articles); our own annotations of ../shared/data pages "
                    "(see ../shared/data/README.md for the texts' terms: research use inside this project); "
                    "blind halves not read",
            "rows": len(y), "positives": int(y.sum()), "gold_events": gold, "core_gold_events": core,
            "features": len(names), "l2": L2, "steps": STEPS, "core_kept": CORE_KEPT,
            "out_of_fold": {k: round(100 * v, 1) if k != "threshold" else round(v, 3) for k, v in chosen.items()},
            "keep_all": kept_all,
            "command": "python training/events/precision.py",
        },
    }  # fmt: skip
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["card"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
