"""Train the event place chooser (sambandh/events/place_choice.py) on the dev halves of the event gold.

Usage: .venv/bin/python training/events/place.py [--out src/sambandh/models/event-place.json]
                                                  [--judge GOLD PAGES ...]

Every event the rules find on the dev articles of eval/events/news_pages.jsonl and
eval/events/bbc_hindi.jsonl (the blind halves are never read here) that matches a gold event is a
row: its candidate places (place_choice.candidates), each with its features and whether it is the
gold's place (by the scorer's own test: the gold span overlapping the candidate's, or the name);
no place is right where the gold has none. A conditional logistic model (one softmax over each
event's candidates, L2-regularised, fitted by gradient descent in numpy) learns the weights. The
card reports, on events whose gold has a place (what the scorer counts), how often the rules and
the model pick a right one: out of fold on the dev halves (five folds by article) and, with
``--judge GOLD PAGES`` (a tuning set's gold and its pages, all its articles), on sets the model
was not trained on. Needs ../shared/data (news-pages and bbc-hindi).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SETS = [
    ("news_pages.jsonl", SHARED / "news-pages" / "pages.jsonl"),
    ("bbc_hindi.jsonl", SHARED / "bbc-hindi" / "articles.csv"),
]
L2 = 1.0
STEPS = 2000
RATE = 0.3

Row = tuple[str, list[set[str]], list[bool], bool]  # article, candidates' features, right or not, gold has a place


def collect(gold: Path, pages: Path, split: str, cache: Path | None = None) -> list[Row]:
    """The rows of one gold file's articles of ``split`` (``dev`` or ``all``), from ``cache`` (a folder) when
    they were kept there.
    """
    if cache is not None:
        key = cache / (hashlib.sha1(f"{gold}|{split}".encode()).hexdigest()[:12] + ".json")
        if key.exists():
            return [(d, [set(f) for f in fs], r, a) for d, fs, r, a in json.loads(key.read_text())]
        rows = collect(gold, pages, split)
        cache.mkdir(parents=True, exist_ok=True)
        key.write_text(json.dumps([(d, [sorted(f) for f in fs], r, a) for d, fs, r, a in rows]))
        return rows
    import sambandh.evaluate as ev_mod
    from sambandh.config import Config
    from sambandh.events.extractor import EventExtractor

    seen: dict[int, Any] = {}
    init = EventExtractor.__init__

    def patched(self: Any, *a: Any, **k: Any) -> None:
        init(self, *a, **k)
        self.places_seen = seen

    pairs: list[tuple[str, dict[str, Any], Any, Any, Any, Any]] = []
    fields = ev_mod._EventTally._fields

    def record(self: Any, g: dict[str, Any], p: Any, art: Any, kb: Any, raw_span: Any, doc_id: str = "") -> None:
        pairs.append((doc_id, g, p, art, kb, raw_span))
        fields(self, g, p, art, kb, raw_span, doc_id)

    EventExtractor.__init__ = patched  # type: ignore[method-assign]
    ev_mod._EventTally._fields = record  # type: ignore[method-assign]
    try:
        ev_mod.evaluate_page_events(gold, pages, Config(place_chooser="off"), split=split)
    finally:
        EventExtractor.__init__ = init  # type: ignore[method-assign]
        ev_mod._EventTally._fields = fields  # type: ignore[method-assign]
    rows: list[Row] = []
    for doc_id, g, p, art, kb, raw_span in pairs:
        got = seen.get(id(p))
        if got is None or got[0] is not p:
            continue  # a headline's event alone: the rules' place stands
        gp = g.get("place")
        right = []
        for c in got[1]:
            if not c.place:
                right.append(not gp)
            else:
                fake = SimpleNamespace(place=c.place, place_start=c.start, place_end=c.end)
                right.append(bool(gp) and ev_mod._place_matches(gp, fake, art, kb, raw_span))
        rows.append((doc_id, [set(c.feats) for c in got[1]], right, bool(gp)))
    return rows


def folds_of(docs: list[str]) -> np.ndarray:
    """Five folds by article (a stable hash of its id), so that no article judges rows of its own."""
    return np.array([int(hashlib.sha1(d.encode()).hexdigest(), 16) % 5 for d in docs])


def fit(rows: list[Row], names: list[str], unasked: float = 1.0) -> np.ndarray:
    """Weights of the conditional logit on the rows that have a right candidate (a row whose gold has no
    place weighs ``unasked``).
    """
    col = {f: i for i, f in enumerate(names)}
    mats, masks, weights = [], [], []
    for _, feats, right, asked in rows:
        if not any(right) or (not asked and unasked <= 0):
            continue
        weights.append(1.0 if asked else unasked)
        x = np.zeros((len(feats), len(names)))
        for r, fs in enumerate(feats):
            for f in fs:
                if f in col:
                    x[r, col[f]] = 1.0
        mats.append(x)
        masks.append(np.array(right, dtype=float))
    w = np.zeros(len(names))
    n = max(1.0, sum(weights))
    for _ in range(STEPS):
        grad = L2 * w / n
        for x, y, rw in zip(mats, masks, weights, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()
            grad += rw * (x.T @ (p - q)) / n
        w -= RATE * grad
    return w


MODE = "all"  # "keep_none": where the rules give no place, none stays; else the best place (never none)


def pick(w: dict[str, float], feats: list[set[str]]) -> int:
    """The candidate the weights choose (as ``PlaceChooser.choose`` does; ``feats[0]`` is no place)."""
    scores = [(sum(w.get(f, 0.0) for f in fs), "rules" in fs) for fs in feats]
    if MODE == "fill":
        if "rules/none" not in feats[0]:
            return next(i for i, fs in enumerate(feats) if "rules" in fs)
        return max(range(len(feats)), key=lambda i: scores[i])
    if MODE == "keep_none":
        if "rules/none" in feats[0]:
            return 0
        return max(range(1, len(feats)), key=lambda i: scores[i])
    return max(range(len(feats)), key=lambda i: scores[i])


def accuracy(rows: list[Row], chooser: Any, asked_only: bool = True) -> tuple[int, int]:
    """Right picks among the events whose gold has a place (what the scorer counts), or (``asked_only``
    false) among those whose gold has none (no place given is right).
    """
    ok = n = 0
    for k, (_, feats, right, asked) in enumerate(rows):
        if asked != asked_only:
            continue
        n += 1
        ok += right[chooser(k, feats)]
    return ok, n


def rules_pick(_: int, feats: list[set[str]]) -> int:
    """The candidate the rules chose."""
    return next(i for i, fs in enumerate(feats) if "rules" in fs)


def main() -> int:
    """Collect the rows, fit, print the card and write the model."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "sambandh" / "models" / "event-place.json")
    ap.add_argument("--judge", nargs=2, action="append", default=[], metavar=("GOLD", "PAGES"))
    ap.add_argument("--unasked", type=float, default=1.0,
                    help="the weight of a row whose gold has no place (0: train only on events whose gold has one)")
    ap.add_argument("--cache", type=Path, help="a folder keeping the rows between runs (features unchanged)")
    ap.add_argument("--dry", action="store_true", help="print the card, write nothing")
    ap.add_argument("--mode", default="all", choices=("all", "keep_none", "fill"))
    args = ap.parse_args()
    global MODE
    MODE = args.mode
    rows: list[Row] = []
    per_set: dict[str, list[Row]] = {}
    for name, pages in SETS:
        got = collect(ROOT / "eval" / "events" / name, pages, "dev", args.cache)
        per_set[name] = got
        rows += got
    train = [r for r in rows if (r[3] or args.unasked > 0) and (MODE != "fill" or "rules/none" in r[1][0])]
    names = sorted({f for r in train for fs in r[1] for f in fs})
    folds = folds_of([r[0] for r in rows])
    oof: dict[int, int] = {}
    for k in range(5):
        part = [r for r, f in zip(rows, folds, strict=True) if f != k and (MODE != "fill" or "rules/none" in r[1][0])]
        w_k = fit(part, names, args.unasked)
        wk = dict(zip(names, w_k, strict=True))
        for i, (r, f) in enumerate(zip(rows, folds, strict=True)):
            if f == k:
                oof[i] = pick(wk, r[1])
    w = fit(train, names, args.unasked)
    weights = {f: round(float(v), 4) for f, v in zip(names, w, strict=True) if abs(v) >= 1e-4}
    card: dict[str, Any] = {"trained": dt.date.today().isoformat(), "rows": len(train), "features": len(weights),
                            "l2": L2, "unasked_weight": args.unasked}
    lines = []
    start = 0
    for name, _ in SETS:
        part = per_set[name]
        idx = range(start, start + len(part))
        r_ok, n = accuracy(part, rules_pick)
        o_ok, _ = accuracy(part, lambda k, fs, base=start: oof[base + k])
        f_ok, _ = accuracy(part, lambda k, fs: pick(weights, fs))
        orc = sum(1 for r in part if r[3] and any(r[2]))
        lines.append(f"{name} dev: oracle {orc}/{n}, rules {r_ok}/{n}, model out of fold {o_ok}/{n},"
                     f" model trained on it {f_ok}/{n}")
        card[name] = {"rules": r_ok, "out_of_fold": o_ok, "trained_on": f_ok, "of": n}
        start = idx.stop
    for gold, pages in args.judge:
        part = collect(Path(gold), Path(pages), "all", args.cache)
        r_ok, n = accuracy(part, rules_pick)
        f_ok, _ = accuracy(part, lambda k, fs: pick(weights, fs))
        orc = sum(1 for r in part if r[3] and any(r[2]))
        ru, nu = accuracy(part, rules_pick, False)
        fu, _ = accuracy(part, lambda k, fs: pick(weights, fs), False)
        lines.append(f"{gold} (not trained on): oracle {orc}/{n}, rules {r_ok}/{n}, model {f_ok}/{n};"
                     f" no place where the gold has none: rules {ru}/{nu}, model {fu}/{nu}")
        key = f"{Path(gold).parent.name}/{Path(gold).name}"
        card.setdefault("judged", {})[key] = {"rules": r_ok, "model": f_ok, "of": n, "none_rules": ru,
                                              "none_model": fu, "none_of": nu}
    print("\n".join(lines))
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("top weights:", ", ".join(f"{f} {v:+.2f}" for f, v in top))
    if not args.dry:
        obj = {"mode": MODE, "weights": weights, "card": card}
        args.out.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
