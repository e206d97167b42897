"""Check page texts fetched again against a set's ``pages.tsv``: every page there, its length and its SHA-256.

Usage: .venv/bin/python eval/sets/check_texts.py eval/sets/unseen9 DOCS.jsonl
Exits 1 when a page is missing or its text differs from the one the gold's offsets refer to; the
gold is never scored against a text that fails here.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path


def problems(pages_tsv: Path, docs: Path) -> list[str]:
    """One line per page of ``pages_tsv`` that ``docs`` lacks or holds with another text."""
    texts = {}
    for raw in docs.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            rec = json.loads(raw)
            texts[rec["id"]] = rec["text"]
    out = []
    with pages_tsv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            text = texts.get(row["id"])
            if text is None:
                out.append(f"{row['id']}: missing")
            elif len(text) != int(row["chars"]) or hashlib.sha256(text.encode()).hexdigest() != row["sha256"]:
                out.append(f"{row['id']}: the text differs ({len(text)} characters, pages.tsv says {row['chars']})")
    return out


def main() -> int:
    """Print the problems of the set and the texts named on the command line; 1 when there are any."""
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    found = problems(Path(sys.argv[1]) / "pages.tsv", Path(sys.argv[2]))
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
