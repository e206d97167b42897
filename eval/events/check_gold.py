"""Check event gold lines against the news pages: schema, offsets, and a printout to eyeball.

Usage: .venv/bin/python eval/events/check_gold.py GOLD.jsonl [--pages ../shared/data/news-pages/pages.jsonl | ../shared/data/bbc-hindi/articles.csv] [--quiet]
Exits 1 when a line is invalid. The printout shows the words each offset points at, so an
annotator can see that the offsets are right; it is never stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sambandh.evaluate import read_pages, split_of  # the one rule for the halves

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
ROLES = {"source", "target", "participant"}
KINDS = {"PERSON", "COUNTRY", "ORG", "GENERIC"}
SECTORS = {"GOV", "DIP", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "MED", "EDU", "AGR",
           "LAB", "CVL", "REL", "IGO"}  # fmt: skip
MODALITIES = {"occurred", "planned", "demanded", "conditional", "denied", "claimed"}
BASES = {"text", "reported", "none"}


def check(line: dict, text: str) -> list[str]:
    errs = []

    def span(v, what):
        if v is None:
            return
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and 0 <= v[0] < v[1] <= len(text)):
            errs.append(f"{what}: bad span {v!r}")

    for k, ev in enumerate(line.get("events", [])):
        w = f"event {k}"
        if ev.get("type") not in TYPES:
            errs.append(f"{w}: type {ev.get('type')!r}")
        if not isinstance(ev.get("mode"), str):
            errs.append(f"{w}: mode missing")
        if not isinstance(ev.get("core"), bool):
            errs.append(f"{w}: core must be true/false")
        span(ev.get("trigger"), f"{w} trigger")
        if ev.get("trigger") is None:
            errs.append(f"{w}: trigger missing")
        for a in ev.get("actors", []):
            if a.get("role") not in ROLES or a.get("kind") not in KINDS or not a.get("name"):
                errs.append(f"{w}: actor {a!r}")
            if a.get("sector") is not None and a.get("sector") not in SECTORS:
                errs.append(f"{w}: sector {a.get('sector')!r}")
            c = a.get("country")
            if c is not None and not (isinstance(c, str) and len(c) == 2 and c.isupper()):
                errs.append(f"{w}: country {c!r}")
            span(a.get("span"), f"{w} actor {a.get('name')}")
        pl = ev.get("place")
        if pl is not None:
            if not pl.get("name"):
                errs.append(f"{w}: place without name")
            span(pl.get("span"), f"{w} place")
        d = ev.get("date")
        if d is not None:
            if d.get("basis") not in BASES:
                errs.append(f"{w}: date basis {d.get('basis')!r}")
            span(d.get("span"), f"{w} date")
        if ev.get("modality") not in MODALITIES:
            errs.append(f"{w}: modality {ev.get('modality')!r}")
        if not isinstance(ev.get("negated"), bool):
            errs.append(f"{w}: negated must be true/false")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--pages", type=Path, default=Path(__file__).resolve().parents[3] / "shared/data/news-pages/pages.jsonl")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    pages = read_pages(args.pages)  # the pages JSONL, or the BBC Hindi CSV (ids bbc-NNN)
    bad = 0
    seen = set()
    n_ev = n_core = 0
    for path in args.gold:
        for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except ValueError as exc:
                print(f"{path}:{i}: not JSON ({exc})")
                bad += 1
                continue
            doc = pages.get(line.get("id"))
            if doc is None:
                print(f"{path}:{i}: unknown id {line.get('id')!r}")
                bad += 1
                continue
            if line["id"] in seen:
                print(f"{path}:{i}: {line['id']} annotated twice")
                bad += 1
            seen.add(line["id"])
            if line.get("split") != split_of(line["id"]):
                print(f"{path}:{i}: split must be {split_of(line['id'])}")
                bad += 1
            errs = check(line, doc["text"])
            for e in errs:
                print(f"{path}:{i} {line['id']}: {e}")
            bad += bool(errs)
            n_ev += len(line.get("events", []))
            n_core += sum(1 for e in line.get("events", []) if e.get("core"))
            if not args.quiet:
                t = doc["text"]
                print(f"== {line['id']} ({len(line.get('events', []))} events)")
                for ev in line.get("events", []):
                    s, e = ev["trigger"]
                    acts = "; ".join(
                        f"{a['role']}={a['name']}" + (f"[{t[a['span'][0]:a['span'][1]]}]" if a.get("span") else "")
                        for a in ev.get("actors", [])
                    )
                    pl = ev.get("place") or {}
                    d = ev.get("date") or {}
                    print(f"  {ev['type']}/{ev['mode']}{' CORE' if ev.get('core') else ''} «{t[s:e]}» {acts} "
                          f"place={pl.get('name')} date={d.get('value')}({d.get('basis')}) {ev.get('modality')}"
                          f"{' NEG' if ev.get('negated') else ''}")  # fmt: skip
    print(f"{len(seen)} articles, {n_ev} events ({n_core} core), {bad} invalid lines")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
