"""Train the actor ranker (sambandh/actor_rank.py) on the dev halves of the event gold.

Usage: .venv/bin/python training/events/actors.py [--out src/sambandh/models/actor-ranker.json] [--judge GOLD DOCS]...

Every system event (the rules alone, ``Config(actor_ranker="off")``) that matches a gold event on the
dev articles of the gold files in GOLD (the blind halves are never read) gives rows: its candidate
actors (``sambandh.actor_rank.gather``), each with its features and the role of the gold actor it is
by the evaluator's own actor comparison (``none`` when it is none). A softmax regression over the
four outcomes (none, source, target, participant) is fitted by gradient descent (numpy, L2). The
decoder's margins (add, drop, change a role) are chosen on out-of-fold probabilities (five folds by
article) to maximise the share of events whose actor set is exactly the gold's (the evaluator's
"actors" field), then the role share; across sets, the model trained on one set judges the other.
With ``--judge GOLD DOCS`` (repeatable; a tuning set's gold and pages, every split) the shipped model
judges that set too: printed, never trained on, never written to the model file.
Needs ../shared/data (news-pages, bbc-hindi and iltimex2012).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
# every gold file and its documents the ranker learns from: dev rows only (add new dev gold here)
GOLD = [
    (ROOT / "eval" / "events" / "news_pages.jsonl", SHARED / "news-pages" / "pages.jsonl"),
    (ROOT / "eval" / "events" / "bbc_hindi.jsonl", SHARED / "bbc-hindi" / "articles.csv"),
    (ROOT / "eval" / "events" / "iltimex.jsonl", SHARED / "iltimex2012"),
]
CLASSES = ("none", "source", "target", "participant")
L2 = 3.0
STEPS = 300  # Nesterov's accelerated gradient: as far as 3,000 plain steps
RATE = 0.5
MIN_COUNT = 2  # a feature seen on fewer rows is left out
# the decoder's margins: adding a source, a target, a participant; dropping; changing a role (9.0: never).
# An add's margin may be below zero: for any one candidate "no actor" is the commoner outcome
ADD_GRID = [-0.8, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.2, 0.4, 9.0]
GRID = [-0.2, 0.0, 0.2, 0.4, 0.6, 9.0]
RULES_ALONE = (9.0, 9.0, 9.0, 9.0, 9.0)
ROUNDS = 3  # of coordinate ascent over the five margins


def collect(gold: list[tuple[Path, Path]], split: str = "dev") -> tuple[list[dict[str, Any]], list[int]]:
    """The matched events of every gold file's ``split`` half with their candidates, and each event's set."""
    from sambandh.config import Config
    from sambandh.evaluate import evaluate_page_events

    events: list[dict[str, Any]] = []
    sets: list[int] = []
    for k, (g, docs) in enumerate(gold):
        rows: list[dict[str, Any]] = []
        evaluate_page_events(g, docs, Config(actor_ranker="off"), split=split, actor_rows=rows)
        events += rows
        sets += [k] * len(rows)
    return events, sets


def fold_of(doc: str) -> int:
    """Five folds by article (a stable hash of its id)."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 5


def design(events: list[dict[str, Any]], names: list[str] | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The 0/1 matrix of every candidate's features, its class index, and the features' names."""
    feats = [c["feats"] for e in events for c in e["cands"]]
    if names is None:
        counts: dict[str, int] = {}
        for row in feats:
            for f in set(row):
                counts[f] = counts.get(f, 0) + 1
        names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    col = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for i, row in enumerate(feats):
        x[i, [col[f] for f in row if f in col]] = 1.0
    y = np.array([CLASSES.index(t) for e in events for t in targets(e)], dtype=int)
    return x, y, names


def targets(e: dict[str, Any]) -> list[str]:
    """Each candidate's outcome to learn: the role of the gold actor it stands for in the best actor set
    within reach (the rules' actors that fit a gold actor kept first, then the others that cover a gold
    actor still uncovered, in the candidates' order), ``none`` for the rest: a second name of a gold actor
    already covered is no actor to add.
    """
    fits = [c["fits"] for c in e["cands"]] + e["fixed"]
    n = len(e["cands"])
    ruled = [i for i, c in enumerate(e["cands"]) if c["rule"] != "none"]
    others = [i for i, c in enumerate(e["cands"]) if c["rule"] == "none"]
    owner = _pairing(fits, list(range(n, len(fits))) + ruled + others)
    out = []
    for i, c in enumerate(e["cands"]):
        g = next((g for g, j in owner.items() if j == i), None)
        out.append("none" if g is None else c["gold_roles"][c["fits"].index(g)])
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression with L2 by full-batch gradient descent."""
    n, k = len(y), len(CLASSES)
    onehot = np.eye(k)[y]
    x = x.astype(np.float32)
    w = np.zeros((x.shape[1], k), dtype=np.float32)
    b = np.log(onehot.mean(0) + 1e-3).astype(np.float32)
    vw, vb = w.copy(), b.copy()  # Nesterov's look-ahead point
    for t in range(STEPS):
        p = softmax(x @ vw + vb)
        g = p - onehot
        w_next = vw - RATE * (x.T @ g / n + L2 * vw / n)
        b_next = vb - RATE * g.mean(0)
        mom = t / (t + 3)
        vw, vb = w_next + mom * (w_next - w), b_next + mom * (b_next - b)
        w, b = w_next, b_next
    return w.astype(float), b.astype(float)


def softmax(z: np.ndarray) -> np.ndarray:
    """Each row's probabilities of the classes from its scores."""
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def split_probs(events: list[dict[str, Any]], p: np.ndarray) -> list[list[list[float]]]:
    """The rows' probabilities grouped by event."""
    out, i = [], 0
    for e in events:
        out.append(p[i : i + len(e["cands"])].tolist())
        i += len(e["cands"])
    return out


def _pairing(fits: list[list[int]], order: list[int]) -> dict[int, int]:
    """A largest one-to-one pairing of system actors (indexes into ``fits``) with the gold actors each fits,
    by augmenting paths, the actors offered in ``order`` (an earlier one keeps its gold actor where a tie
    allows): gold actor -> the system actor paired with it.
    """
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for g in fits[i]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = i
                return True
        return False

    for i in order:
        augment(i, set())
    return owner


def _matching(fits: list[list[int]]) -> int:
    """The size of a largest one-to-one pairing of system actors with the gold actors each fits."""
    return len(_pairing(fits, list(range(len(fits)))))


def score(events: list[dict[str, Any]], probs: list[list[list[float]]],
          margins: tuple[float, ...]) -> dict[str, float]:  # fmt: skip
    """The share of events whose actor set is exactly the gold's, and whose actors' roles all fit, after the
    decoder with ``margins`` (add a source, a target, a participant; drop; role) judged the candidates
    (all 9.0: the rules alone).
    """
    from sambandh.actor_rank import choose

    ok = roles = 0
    for e, pr in zip(events, probs, strict=True):
        rules = [c["rule"] for c in e["cands"]]
        got = choose(rules, pr, adds_of(margins), margins[3], margins[4])
        fits = [c["fits"] for c, r in zip(e["cands"], got, strict=True) if r != "none"] + e["fixed"]
        m = _matching(fits)
        ok += m == len(fits) == e["n_gold"]
        roles += all(r in c["gold_roles"] for c, r in zip(e["cands"], got, strict=True) if r != "none" and c["fits"])
    n = max(1, len(events))
    return {"actors": round(100 * ok / n, 1), "roles": round(100 * roles / n, 1), "events": len(events)}


def adds_of(margins: tuple[float, ...]) -> dict[str, float]:
    """The add margins by role of a five-margin tuple."""
    return {"source": margins[0], "target": margins[1], "participant": margins[2]}


def best_margins(events: list[dict[str, Any]],
                 probs: list[list[list[float]]]) -> tuple[tuple[float, ...], dict[str, float]]:  # fmt: skip
    """The margins with the highest actor accuracy (then role accuracy; then the largest margins: the
    rules kept where nothing is gained), by coordinate ascent from the rules alone.
    """
    margins = list(RULES_ALONE)
    best = score(events, probs, tuple(margins))

    def key(s: dict[str, float], m: list[float]) -> tuple[float, float, float]:
        return (s["actors"], s["roles"], sum(m))

    for _ in range(ROUNDS):
        changed = False
        for k in range(len(margins)):
            for v in ADD_GRID if k < 3 else GRID:
                trial = [*margins[:k], v, *margins[k + 1 :]]
                s = score(events, probs, tuple(trial))
                if key(s, trial) > key(best, margins):
                    margins, best, changed = trial, s, True
        if not changed:
            break
    return tuple(margins), best


def out_of_fold(events: list[dict[str, Any]]) -> list[list[list[float]]]:
    """Each event's candidates' probabilities from the model trained on the other folds."""
    folds = np.array([fold_of(e["doc"]) for e in events])
    probs: list[list[list[float]]] = [[] for _ in events]
    for k in range(5):
        tr = [e for e, f in zip(events, folds, strict=True) if f != k]
        te_idx = [i for i, f in enumerate(folds) if f == k]
        x, y, names = design(tr)
        w, b = fit(x, y)
        te = [events[i] for i in te_idx]
        xt, _, _ = design(te, names)
        for i, pr in zip(te_idx, split_probs(te, softmax(xt @ w + b)), strict=True):
            probs[i] = pr
    return probs


def judge_with(events: list[dict[str, Any]], w: np.ndarray, b: np.ndarray,
               names: list[str]) -> list[list[list[float]]]:  # fmt: skip
    """The probabilities of a model (weights ``w``, bias ``b`` over feature ``names``) for other events."""
    x, _, _ = design(events, names)
    return split_probs(events, softmax(x @ w + b))


def main() -> int:
    """Train, choose the margins out of fold, score across sets, write the model and print its card."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "sambandh" / "models" / "actor-ranker.json")
    ap.add_argument("--judge", nargs=2, action="append", default=[], metavar=("GOLD", "DOCS"),
                    help="also judge this event gold (a tuning set, every split) with the model; printed only")
    args = ap.parse_args()
    if not all(d.exists() for _, d in GOLD):
        print(f"needs {SHARED} (news-pages, bbc-hindi and iltimex2012)", file=sys.stderr)
        return 2
    events, sets = collect(GOLD)
    rules = RULES_ALONE
    oof = out_of_fold(events)
    margins, at = best_margins(events, oof)
    by_set = {}
    for k, (g, _) in enumerate(GOLD):
        ev = [e for e, s in zip(events, sets, strict=True) if s == k]
        pr = [p for p, s in zip(oof, sets, strict=True) if s == k]
        by_set[g.name] = {"rules": score(ev, pr, rules), "ranker": score(ev, pr, margins)}
    across = {}
    for k, (g, _) in enumerate(GOLD):
        tr = [e for e, s in zip(events, sets, strict=True) if s != k]
        te = [e for e, s in zip(events, sets, strict=True) if s == k]
        if not tr or not te:
            continue
        m_tr, _ = best_margins(tr, out_of_fold(tr))
        x, y, names = design(tr)
        w, b = fit(x, y)
        pr = judge_with(te, w, b, names)
        across[g.name] = {"margins": m_tr, "rules": score(te, pr, rules), "ranker": score(te, pr, m_tr)}
    x, y, names = design(events)
    w, b = fit(x, y)
    weights = {n: [round(float(v), 4) for v in w[i]] for i, n in enumerate(names) if np.abs(w[i]).max() >= 1e-4}
    model = {
        "weights": weights, "bias": [round(float(v), 4) for v in b],
        "margin_add": adds_of(margins), "margin_drop": margins[3], "margin_role": margins[4],
        "card": {
            "what": "softmax model over each event's candidate actors (none, source, target, participant); "
                    "the decoder changes the rules' actors where the model is sure by the margins",
            "trained": dt.date.today().isoformat(),
            "data": "dev halves of " + ", ".join(str(g.relative_to(ROOT)) for g, _ in GOLD) + "; our own "
                    "annotations of ../shared/data pages (see ../shared/data/README.md for the texts' terms: "
                    "research use inside this project); blind halves not read",
            "events": len(events), "candidates": len(y),
            "labels": {c: int((y == i).sum()) for i, c in enumerate(CLASSES)},
            "features": len(names), "l2": L2, "steps": STEPS, "min_count": MIN_COUNT,
            "out_of_fold": {"rules": score(events, oof, rules), "ranker": at},
            "out_of_fold_by_set": by_set, "cross_set": across,
            "command": "python training/events/actors.py",
        },
    }  # fmt: skip
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["card"], indent=1))
    for g, d in args.judge:
        te, _ = collect([(Path(g), Path(d))], split="all")
        pr = judge_with(te, w, b, names)
        print(json.dumps({"judged": g, "rules": score(te, pr, rules), "ranker": score(te, pr, margins)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
