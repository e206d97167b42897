"""Check entity gold lines against the news pages: schema, offsets, and a printout to eyeball.

Usage: .venv/bin/python eval/entities/check_gold.py GOLD.jsonl [--pages ../shared/data/news-pages/pages.jsonl] [--quiet]
Exits 1 when a line is invalid. The printout shows the words each offset points at; it is never stored.
"""

from __future__ import annotations

import sys

from sambandh.evaluate import check_gold_lines

KINDS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON", "TREATY", "EVENT"}


def check(line: dict, text: str) -> list[str]:
    errs: list[str] = []
    if set(line) - {"id", "entities", "note"}:
        errs.append(f"unknown keys {sorted(set(line) - {'id', 'entities', 'note'})}")
    seen: list[tuple[int, int]] = []
    for k, ent in enumerate(line.get("entities") or []):
        w = f"entity {k} ({ent.get('name')!r})"
        if not isinstance(ent.get("name"), str) or not ent["name"].strip():
            errs.append(f"{w}: needs a name")
        if ent.get("kind") not in KINDS:
            errs.append(f"{w}: kind must be one of {sorted(KINDS)}")
        ms = ent.get("mentions")
        if not isinstance(ms, list) or not ms:
            errs.append(f"{w}: needs mentions")
            continue
        for v in ms:
            if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and 0 <= v[0] < v[1] <= len(text)):
                errs.append(f"{w}: bad span {v!r}")
                continue
            piece = text[v[0] : v[1]]
            if piece != piece.strip():
                errs.append(f"{w}: span {v!r} starts or ends with whitespace")
            if any(a < v[1] and v[0] < b for a, b in seen):
                errs.append(f"{w}: span {v!r} overlaps another mention")
            seen.append((v[0], v[1]))
    return errs


def describe(line: dict, text: str) -> None:
    print(f"== {line['id']}")
    for ent in line["entities"]:
        print(f"   {ent['kind']:7} {ent['name']}: " + " | ".join(repr(text[a:b]) for a, b in ent["mentions"]))


if __name__ == "__main__":
    sys.exit(check_gold_lines(None, check, describe))
