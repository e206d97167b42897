"""Our news-pages entity gold (dev half) as BIO training sentences for the teacher.

Usage (from the repository root):
    .venv/bin/python training/ner/teacher/news_gold.py [--gold eval/entities/news_pages.jsonl]
        [--pages ../shared/data/news-pages/pages.jsonl] [--out build/teacher/news-gold.conll]

Only pages of the dev half (``split_of``) are written; the blind half stays for scoring. Each page is
split into sentences and words by Sambandh's segment stage; a word inside a gold mention takes its
kind mapped to the tagger's labels (PERSON, ORG; GPE, LOC and FAC → LOC; EVENT, TREATY and WEAPON
are left O: the entity stage finds them by the knowledge base and head words). ``train.py --set
extra_train='["build/teacher/news-gold.conll"]'`` adds the file to IL-NER's training sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "src"))

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def sentences(text: str, mentions: list[tuple[int, int, str]]) -> list[list[tuple[str, str]]]:
    """(word, BIO tag) sentences of ``text`` with the mentions' labels."""
    from sambandh.segment import split_sentences, tokenize

    out = []
    for sent in split_sentences(text):
        words = []
        prev: tuple[int, int, str] | None = None
        for tok in tokenize(text, sent.start, sent.end):
            m = next((x for x in mentions if x[0] <= tok.start and tok.end <= x[1]), None)
            if m is None:
                words.append((text[tok.start : tok.end], "O"))
            else:
                words.append((text[tok.start : tok.end], ("I-" if m == prev else "B-") + m[2]))
            prev = m
        if words:
            out.append(words)
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    from sambandh.evaluate import split_of

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REPO / "eval/entities/news_pages.jsonl")
    ap.add_argument("--pages", type=Path, default=REPO.parent / "shared/data/news-pages/pages.jsonl")
    ap.add_argument("--out", type=Path, default=REPO / "build/teacher/news-gold.conll")
    args = ap.parse_args(argv)
    pages = {}
    for line in args.pages.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pages[str(row["id"])] = row
    n_pages = n_sents = n_ments = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for line in args.gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            doc = str(row["id"])
            if split_of(doc) != "dev" or row.get("split") == "blind" or doc not in pages:
                continue
            ments = [(s, e, LABELS[ent["kind"]]) for ent in row["entities"] if ent["kind"] in LABELS
                     for s, e in ent["mentions"]]  # fmt: skip
            n_pages += 1
            n_ments += len(ments)
            for sent in sentences(pages[doc]["text"] or "", ments):
                n_sents += 1
                fh.write("".join(f"{w}\t{t}\n" for w, t in sent) + "\n")
    print(f"{n_pages} dev pages, {n_sents} sentences, {n_ments} mentions → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
