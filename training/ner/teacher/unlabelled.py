"""Gather the unlabelled Hindi text the teacher labels (silver data) into one JSONL file.

Usage (from the repository root):
    .venv/bin/python training/ner/teacher/unlabelled.py [--shared ../shared] [--out build/teacher/unlabelled.jsonl]

Sources, all from ``../shared/data`` (see its README for licences): the BBC Hindi articles,
the ILTIMEX 2012 plain texts (as ``sambandh eval`` reads them, ids ``ilt-<stem>``), the EDNIL
2020 documents (tokens joined by spaces) and the Hindi news pages (``--sources`` picks some).
Articles in a blind half of an evaluation gold (any ``eval/*/*.jsonl`` row marked blind, and
every news page or ILTIMEX article whose id the project's hash rule puts in the blind half) are
left out, so that no model trained on the silver data has read text the blind scores are
measured on; so is every article of an entity gold (``eval/entities/*.jsonl``, both halves),
so that the entity scores of a model trained on it stay clean. One object a line: ``id``,
``source``, ``text``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "src"))

def blind_ids() -> set[str]:
    """Ids in a blind half of any evaluation gold of the repository."""
    out: set[str] = set()
    for path in (REPO / "eval").glob("*/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "blind":
                    out.add(str(row.get("id")))
    return out


def entity_gold_ids() -> set[str]:
    """Ids of every article of an entity gold of the repository (dev and blind)."""
    out: set[str] = set()
    for path in (REPO / "eval/entities").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(str(json.loads(line).get("id")))
    return out


SOURCES = ("bbc-hindi", "iltimex2012", "ednil2020", "news-pages")


def gather(shared: Path, sources: tuple[str, ...] = SOURCES) -> list[dict]:
    """The unlabelled texts of ``sources``, blind halves and entity golds excluded."""
    from sambandh.evaluate import read_iltimex, split_of

    blind = blind_ids() | entity_gold_ids()
    data = shared / "data"
    out: list[dict] = []
    csv.field_size_limit(1 << 30)
    with (data / "bbc-hindi/articles.csv").open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            doc = f"bbc-{n:03d}"
            if "bbc-hindi" in sources and doc not in blind and (row.get("1") or "").strip():
                out.append({"id": doc, "source": "bbc-hindi", "text": row["1"]})
    for path in sorted((data / "iltimex2012/plain").glob("*.xml")) if "iltimex2012" in sources else []:
        doc = f"ilt-{path.stem}"  # the id the ILTIMEX golds and ``sambandh eval`` use
        if doc in blind or split_of(doc) == "blind":
            continue
        text = read_iltimex(path)[0].strip()
        if text:
            out.append({"id": doc, "source": "iltimex2012", "text": text})
    for line in (data / "ednil2020-hindi/docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and "ednil2020" in sources:
            row = json.loads(line)
            out.append({"id": f"ednil-{row['docid']}", "source": "ednil2020", "text": " ".join(row["tokens"])})
    news = data / "news-pages/pages.jsonl"
    pages = news.read_text(encoding="utf-8").splitlines() if "news-pages" in sources else []
    for line in pages:
        if line.strip():
            row = json.loads(line)
            doc = str(row["id"])
            if row.get("language") == "hi" and doc not in blind and split_of(doc) == "dev":
                text = "\n".join(t for t in (row.get("title"), row.get("text")) if t)
                out.append({"id": doc, "source": "news-pages", "text": text})
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "build/teacher/unlabelled.jsonl")
    ap.add_argument("--sources", nargs="+", choices=SOURCES, default=list(SOURCES), help="which sources (default all)")
    args = ap.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"error: no shared data at {args.shared / 'data'}", file=sys.stderr)
        return 2
    rows = gather(args.shared, tuple(args.sources))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["source"] for r in rows)
    chars = sum(len(r["text"]) for r in rows)
    print(f"{len(rows)} texts ({dict(counts)}), {chars} characters → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
