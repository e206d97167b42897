"""Train the event precision model (sambandh/event_score.py) on the dev halves of the event gold.

Usage: .venv/bin/python training/events/precision.py [--out src/sambandh/models/event-precision.json]

Every event the rules find on the dev articles of eval/events/news_pages.jsonl,
eval/events/bbc_hindi.jsonl and eval/events/iltimex.jsonl (three outlets; the blind halves are
never read here) is a row: its features (sambandh.event_score.features) and whether it matched a
gold event. An L2-regularised logistic regression is fitted by gradient descent (numpy; eight
hundred rows and about 170 features).

The model is for news of outlets it never saw, so its L2 and its threshold are chosen leaving one
SET out: each set is scored by the model trained on the other two, and the threshold is the one
at which the F1 the three sets left out gain over keeping every event, summed (and averaged over
the thresholds within WINDOW of it, so that no lucky step is taken), is highest while each of
them keeps SET_CORE_KEPT of the core events the rules found there. Of L2_GRID, the largest L2 whose best
threshold gains within L2_TOLERANCE of the most any gains is kept (session 40; before, the one that
gained most). (Folds within a set chose thresholds that did not hold on other
outlets: each set's share of true events differs, 47% to 90%.) Since session 49 a retraining keeps the L2 and
the threshold of the model it replaces (``--prior``, the shipped file by default) while they stay within the noise of
the best (PRIOR_TOLERANCE): retrained on 5% fewer rows the choice moved a step or two and each step
moved blind floors, so a choice moves only when the rows show a gain larger than the noise. The card gives each set's
figures left out, beside keeping every event, and the ranking's area under the ROC curve.
With ``--judge GOLD PAGES`` (repeatable: a tuning set's event gold and its pages, such as pages of
outlets the model never saw), the model as shipped (all rows, the chosen threshold) also judges that set,
which it was not trained on (the dev half of a gold under eval/, every article of any other):
printed after the card, never written to the model file.
Needs ../shared/data (news-pages, bbc-hindi and iltimex2012).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SETS = [
    ("news_pages.jsonl", SHARED / "news-pages" / "pages.jsonl"),
    ("bbc_hindi.jsonl", SHARED / "bbc-hindi" / "articles.csv"),
    ("iltimex.jsonl", SHARED / "iltimex2012"),
]
DEFAULT_OUT = ROOT / "src" / "sambandh" / "models" / "event-precision.json"
L2_GRID = (1.0, 3.0, 10.0, 30.0)  # the strongest whose threshold gains within L2_TOLERANCE of the most is kept
# summed F1 points left out within which gains count as one: the s39 study found the gain flat and noisy, each 0.01
# of threshold moving one to three rows, and the choice jumped between L2 1-3 (threshold 0.09-0.16) and L2 10
# (0.30-0.34) with small rule changes; the most regularised model within the noise of the best is kept, as the
# one-standard-error rule of model selection does. 0.1 (session 39) was less than one event: one event right or wrong
# on the smallest set left out (ILTIMEX dev, 178 gold events) moves its F1 by about 0.4-0.6, and in session 47 the
# choice jumped from L2 10 to 1 on a gain 0.3 apart (2.37 against 2.69) with small rule changes, the L2 1 model
# keeping three fewer core events on EDNIL dev (66.67 -> 62.96; a source it is not trained on) and BBC dev precision
# 78.97 -> 78.08; so gains within about one event of the smallest set count as one
L2_TOLERANCE = 0.5
# summed F1 points left out within which a retraining keeps the L2 and the threshold of the model it replaces (its
# prior) rather than the best ones (session 49): with 5% of the rows dropped at random (twenty seeds) the choice made
# afresh moved between L2 1 and 30 and thresholds 0.30-0.52, the summed gains of neighbouring choices lying within
# about two events of the smallest set left out (session 48: 2.69 at 0.44 against 2.76 at 0.45, a step that cost four
# floors); kept within 1.0 of the best, the threshold stayed at 0.45 and L2 at 10 on all twenty
PRIOR_TOLERANCE = 1.0
THRESHOLDS = np.round(np.arange(0.0, 0.71, 0.01), 2)  # the thresholds tried
WINDOW = 2  # a threshold's gain is averaged with that of the WINDOW steps on each side
SET_CORE_KEPT = 0.97  # the share of each set's found core events the threshold must keep, left out
STEPS = 3000
RATE = 0.5


def collect() -> tuple[list[list[str]], np.ndarray, np.ndarray, np.ndarray, dict[str, tuple[int, int, int]]]:
    """Rows of every dev set: features, labels (matched a gold event; matched a core one), the set
    of each row (its index in SETS), and each set's counts of gold and core gold events and of
    articles.
    """
    from sambandh.config import Config
    from sambandh.evaluate import evaluate_page_events

    feats: list[list[str]] = []
    labels: list[bool] = []
    cores: list[bool] = []
    sets: list[int] = []
    counts: dict[str, tuple[int, int, int]] = {}
    for k, (name, pages) in enumerate(SETS):
        rows: list[tuple[str, list[str], bool, bool]] = []
        result = evaluate_page_events(
            ROOT / "eval" / "events" / name, pages, Config(event_scorer="off"), split="dev", rows=rows
        )
        dev = result["halves"]["dev"]
        counts[name] = (dev["gold"], dev["core"], dev["articles"])
        feats += [f for _, f, _, _ in rows]
        labels += [y for _, _, y, _ in rows]
        cores += [c for _, _, _, c in rows]
        sets += [k] * len(rows)
    return feats, np.array(labels, dtype=float), np.array(cores, dtype=float), np.array(sets), counts


def design(feats: list[list[str]]) -> tuple[np.ndarray, list[str]]:
    """The 0/1 matrix of the rows' features and the features' names (sorted)."""
    names = sorted({f for row in feats for f in row})
    col = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for i, row in enumerate(feats):
        x[i, [col[f] for f in row]] = 1.0
    return x, names


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression by full-batch gradient descent."""
    w = np.zeros(x.shape[1])
    b = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    n = len(y)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= RATE * (x.T @ g / n + l2 * w / n)
        b -= RATE * float(g.mean())
    return w, b


def leave_one_set_out(x: np.ndarray, y: np.ndarray, sets: np.ndarray, l2: float) -> np.ndarray:
    """Each row's probability from the model fitted on the other sets alone."""
    p = np.zeros(len(y))
    for k in sorted(set(sets.tolist())):
        tr, te = sets != k, sets == k
        w, b = fit(x[tr], y[tr], l2)
        p[te] = 1 / (1 + np.exp(-(x[te] @ w + b)))
    return p


def figures(keep: np.ndarray, y: np.ndarray, c: np.ndarray, gold: int, core: int) -> dict[str, float]:
    """Precision, recall, core recall and F1 of the kept rows against ``gold`` (and ``core``) events."""
    tp = float(y[keep].sum())
    prec = tp / max(1, int(keep.sum()))
    rec = tp / max(1, gold)
    return {"precision": prec, "recall": rec, "core_recall": float(c[keep].sum()) / max(1, core),
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}  # fmt: skip


def best_threshold(p: np.ndarray, y: np.ndarray, c: np.ndarray, sets: np.ndarray,
                   counts: list[tuple[int, int]], prior: float | None = None,
                   best_of_all: float | None = None) -> tuple[float, float]:  # fmt: skip
    """The threshold of THRESHOLDS whose summed F1 gain over keeping every event, across the sets
    (``p`` scored each set left out), averaged over the WINDOW steps on each side, is highest among
    those that keep SET_CORE_KEPT of every set's found core events; and that averaged gain (in
    points of F1). The threshold 0 (keep every event) gains 0. A ``prior`` threshold (that of the
    model being replaced) is returned instead, with its own gain, when it keeps the core events and
    gains within PRIOR_TOLERANCE of the best: of this ``p``'s best, or of ``best_of_all`` (the most any
    L2 tried gains, in points) where given, so that a kept L2 and a kept threshold together stay within
    PRIOR_TOLERANCE of the best choice, not twice that.
    """
    masks = [(sets == k, counts[k]) for k in range(len(counts))]
    base = [figures(m & (p >= 0.0), y, c, g, k) for m, (g, k) in masks]
    gains, ok = [], []
    for t in THRESHOLDS:
        kept = [figures(m & (p >= t), y, c, g, k) for m, (g, k) in masks]
        gains.append(sum(f["f1"] - b["f1"] for f, b in zip(kept, base, strict=True)))
        ok.append(all(f["core_recall"] >= SET_CORE_KEPT * b["core_recall"] - 1e-9
                      for f, b in zip(kept, base, strict=True)))  # fmt: skip
    padded = np.pad(np.array(gains), WINDOW, mode="edge")
    smooth = np.convolve(padded, np.ones(2 * WINDOW + 1) / (2 * WINDOW + 1), mode="valid")
    best = max((float(smooth[i]), -float(t)) for i, t in enumerate(THRESHOLDS) if ok[i])
    at = [i for i, t in enumerate(THRESHOLDS) if prior is not None and abs(float(t) - prior) < 1e-9]
    reach = 100 * best[0] if best_of_all is None else max(100 * best[0], best_of_all)
    if at and ok[at[0]] and 100 * float(smooth[at[0]]) >= reach - PRIOR_TOLERANCE:
        return float(THRESHOLDS[at[0]]), 100 * float(smooth[at[0]])
    return -best[1], 100 * best[0]


def choose_l2(gains: dict[float, float], prior: float | None = None) -> float:
    """Of the L2 values tried (each with its best threshold's summed gain left out, ``gains``): the
    ``prior`` one (that of the model being replaced) when it gains within PRIOR_TOLERANCE of the most,
    else the largest that gains within L2_TOLERANCE of it (the most regularised model within the
    noise of the best).
    """
    most = max(gains.values())
    if prior in gains and gains[prior] >= most - PRIOR_TOLERANCE:
        return prior
    return max(v for v, g in gains.items() if g >= most - L2_TOLERANCE)


def read_prior(path: Path | None) -> tuple[float | None, float | None]:
    """The L2 and threshold of the model file at ``path`` (the one a retraining replaces), or Nones
    when there is no such file or it does not record them.
    """
    if path is None or not path.exists():
        return None, None
    obj = json.loads(path.read_text(encoding="utf-8"))
    l2 = obj.get("card", {}).get("l2")
    return (float(l2) if l2 is not None else None), (float(obj["threshold"]) if "threshold" in obj else None)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The area under the ROC curve of scores ``p`` for labels ``y`` (ties broken by order; 0.5 when
    one class is missing): how well the model ranks matched events above spurious ones.
    """
    pos = y == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    if not n1 or not n0:
        return 0.5
    rank = np.empty(len(p))
    rank[np.argsort(p, kind="stable")] = np.arange(len(p))
    return float((rank[pos].sum() - n1 * (n1 - 1) / 2) / (n1 * n0))


def judge(gold_path: Path, pages: Path, w: np.ndarray, b: float, names: list[str],
          threshold: float) -> dict[str, object]:  # fmt: skip
    """The shipped model (weights ``w``, bias ``b`` over feature ``names``) on another event gold it
    was not trained on (the dev half of a gold under eval/, whose blind half is never read; every
    article of any other, a tuning set): the events the rules find there kept at ``threshold``,
    against keeping every one, and the ranking's area under the ROC curve. A proxy for news never seen.
    """
    from sambandh.config import Config
    from sambandh.evaluate import evaluate_page_events

    rows: list[tuple[str, list[str], bool, bool]] = []
    split = "dev" if (ROOT / "eval") in gold_path.resolve().parents else "all"
    result = evaluate_page_events(gold_path, pages, Config(event_scorer="off"), split=split, rows=rows)
    scored = result["halves"]["dev"] if split == "dev" else result["all"]
    gold, core = scored["gold"], scored["core"]
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (_, feats, _, _) in enumerate(rows):
        x[i, [col[f] for f in feats if f in col]] = 1.0
    y = np.array([r[2] for r in rows], dtype=float)
    c = np.array([r[3] for r in rows], dtype=float)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    return {"gold": str(gold_path), "split": split, "rows": len(rows), "auc": round(auc(p, y), 3),
            "keep_all": _pct(figures(p >= 0.0, y, c, gold, core)),
            "model": _pct(figures(p >= threshold, y, c, gold, core))}  # fmt: skip


def _pct(f: dict[str, float]) -> dict[str, float]:
    return {k: round(100 * v, 1) for k, v in f.items()}


def main() -> int:
    """Train, choose L2 and the threshold leaving one set out, write the model file and print its card."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--judge", nargs=2, action="append", default=[], metavar=("GOLD", "PAGES"),
                    help="also judge this event gold (a tuning set) with the model; printed only")
    ap.add_argument("--prior", default=str(DEFAULT_OUT),
                    help="the model file a retraining replaces: its L2 and threshold are kept while within the noise "
                    "of the best ('none': choose afresh)")
    args = ap.parse_args()
    prior_l2, prior_t = read_prior(None if args.prior == "none" else Path(args.prior))
    if not all(p.exists() for _, p in SETS):
        print(f"needs {SHARED} (news-pages, bbc-hindi and iltimex2012)", file=sys.stderr)
        return 2
    feats, y, c, sets, by_set = collect()
    counts = [by_set[name][:2] for name, _ in SETS]
    gold, core = sum(g for g, _ in counts), sum(k for _, k in counts)
    x, names = design(feats)
    tried = {}
    for l2 in L2_GRID:
        p = leave_one_set_out(x, y, sets, l2)
        tried[l2] = (p, *best_threshold(p, y, c, sets, counts))
    fresh = choose_l2({v: tried[v][2] for v in L2_GRID})
    l2 = choose_l2({v: tried[v][2] for v in L2_GRID}, prior_l2)
    loso = tried[l2][0]
    threshold, _ = best_threshold(loso, y, c, sets, counts, prior_t if l2 == prior_l2 else None,
                                  max(tried[v][2] for v in L2_GRID))
    left_out = {name: {"auc": round(auc(loso[sets == k], y[sets == k]), 3),
                       "keep_all": _pct(figures(sets == k, y, c, *counts[k])),
                       "model": _pct(figures((loso >= threshold) & (sets == k), y, c, *counts[k]))}
                for k, (name, _) in enumerate(SETS)}  # fmt: skip
    w, b = fit(x, y, l2)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-4}
    model = {
        "weights": weights, "bias": round(b, 4), "threshold": round(threshold, 3),
        "card": {
            "what": "logistic model ranking the events the rules find; events under the threshold are dropped",
            "trained": dt.date.today().isoformat(),
            "data": "dev halves of " + ", ".join(f"eval/events/{name} ({by_set[name][2]} articles)" for name, _ in SETS)
                    + "; our own annotations of ../shared/data pages (see ../shared/data/README.md for the texts' "
                    "terms: research use inside this project); blind halves not read",
            "rows": len(y), "positives": int(y.sum()), "gold_events": gold, "core_gold_events": core,
            "features": len(names), "l2": l2, "steps": STEPS, "set_core_kept": SET_CORE_KEPT,
            "left_one_set_out_gain_by_l2": {str(v): [round(tried[v][1], 2), round(tried[v][2], 2)] for v in L2_GRID},
            "chosen_afresh": [fresh, round(tried[fresh][1], 3)],
            "prior": [prior_l2, prior_t],
            "left_one_set_out": left_out,
            "command": "python training/events/precision.py",
        },
    }  # fmt: skip
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["card"], indent=1))
    if args.judge:
        judged = [judge(Path(g), Path(pg), w, b, names, threshold) for g, pg in args.judge]
        print(json.dumps({"judged": judged}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
