"""List the gold actors that no candidate actor names (issue #15: actor candidate generation).

Usage: .venv/bin/python training/events/actor_misses.py [--tsv OUT] [--set GOLD DOCS]...

For every system event (the rules alone) that matches a gold event on the DEV halves of the event gold
(news pages, BBC Hindi, ILTIMEX: the blind halves are never read) and on the tuning sets given with
``--set`` (every split), the gold actors that none of the event's candidates (``sambandh.actor_rank.gather``)
nor its rule-made actors fit by the evaluator's own comparison: the article, the event's type, the gold
actor's role, kind, sector, country and name, the words its span covers and a window of the text around
them. The ceiling analysis of session 34 counted these; this lists them so they can be sorted by cause.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actors import GOLD


def misses(gold: Path, docs: Path, split: str) -> list[dict[str, Any]]:
    """The uncovered gold actors of one gold file's ``split`` half, with their text."""
    import json

    from sambandh.config import Config
    from sambandh.evaluate import evaluate_page_events, read_pages

    rows: list[dict[str, Any]] = []
    evaluate_page_events(gold, docs, Config(actor_ranker="off"), split=split, actor_rows=rows)
    golds = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            golds[obj["id"]] = obj
    pages = read_pages(docs)
    out = []
    for r in rows:
        covered = {g for c in r["cands"] for g in c["fits"]} | {g for f in r["fixed"] for g in f}
        text = pages[r["doc"]]["text"]
        # the gold event: the one of this type whose actors read as the row's (rows keep no trigger)
        evs = [e for e in golds[r["doc"]]["events"] if e["type"] == r["type"]
               and [f"{a['role']}:{a.get('kind')}:{a.get('country')}:{a.get('name')}" for a in e.get("actors") or []]
               == r["gold"]]  # fmt: skip
        ev = evs[0] if evs else None
        for gi, desc in enumerate(r["gold"]):
            if gi in covered:
                continue
            ga = (ev or {}).get("actors", [{}] * (gi + 1))[gi] if ev else {}
            span = ga.get("span")
            words = text[span[0] : span[1]] if span else ""
            at = span or (ev["trigger"] if ev else [0, 0])
            window = text[max(0, at[0] - 60) : at[1] + 60].replace("\n", " ")
            trig = text[ev["trigger"][0] : ev["trigger"][1]] if ev else ""
            out.append({"cause": cause(text, span, ev["trigger"] if ev else None, words, ga.get("kind")),
                        "set": gold.stem if gold.stem != "gold" else gold.parent.name, "doc": r["doc"],
                        "type": r["type"], "gold": desc, "sector": ga.get("sector"), "words": words,
                        "trigger": trig, "window": window,
                        "cands": [c["entity_id"] for c in r["cands"]]})  # fmt: skip
    return out


_END = re.compile(r"[।?!|]|\.(?:\s|$)")


def cause(text: str, span: list[int] | None, trig: list[int] | None, words: str, kind: str | None) -> str:
    """A first sorting of why no candidate names a gold actor: no words (an actor the text leaves unsaid),
    words in another sentence than the trigger's, a word the agent table knows (the rules did not take it),
    a pronoun, or words no table knows (a generic noun the table lacks, or a name the entity stage missed).
    """
    from sambandh.lexicon import load_agents, load_pronouns, word_key
    from sambandh.script import has_devanagari

    if not span:
        return "unsaid"
    if trig is not None:
        lo, hi = sorted((span[1], trig[0])) if span[1] <= trig[0] else sorted((trig[1], span[0]))
        if _END.search(text, lo, hi):
            return "other-sentence"
    lang = "hi" if has_devanagari(words) else "en"
    if load_agents(lang).find(text, span[0], span[1]):  # (both loaders keep what they read)
        return "agent-word"
    prons = load_pronouns(lang)
    if any(word_key(w) in prons for w in words.split()):
        return "pronoun"
    return f"unknown-{kind}"


def main() -> int:
    """List the uncovered gold actors, print their count by set and cause, and write them as a table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", type=Path, help="write the list here (tab-separated)")
    ap.add_argument("--set", nargs=2, action="append", default=[], metavar=("GOLD", "DOCS"),
                    help="a tuning set's gold and pages, read whole")
    args = ap.parse_args()
    found: list[dict[str, Any]] = []
    for g, d in GOLD:
        if g.exists() and d.exists():
            found += misses(g, d, "dev")
    for g, d in args.set:
        found += misses(Path(g), Path(d), "all")
    kinds = Counter((m["set"], m["cause"]) for m in found)
    for (s, k), n in sorted(kinds.items()):
        print(f"{s}\t{k}\t{n}")
    print(f"total\t{len(found)}")
    if args.tsv:
        cols = ["cause", "set", "doc", "type", "gold", "sector", "words", "trigger", "window", "cands"]
        lines = ["\t".join(cols)]
        for m in found:
            lines.append("\t".join(str(m[c]).replace("\t", " ") for c in cols))
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
