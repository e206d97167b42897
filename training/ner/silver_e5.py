"""Label unlabelled Hindi with the shipped accurate NER model and write silver CoNLL for the fast one.

Usage (from the repository root):
    .venv/bin/python training/ner/silver_e5.py build/ner/unlabelled.jsonl build/ner/silver.conll

The texts (a JSONL file with a ``text`` field a line, as ``training/ner/teacher/unlabelled.py``
writes) are normalised, split into sentences and tokenised by Sambandh's own segment stage (as
``training/ner/teacher/label.py`` does), and tagged by the entity stage's accurate model code
(:class:`sambandh.ner_e5.E5Tagger` over ``src/sambandh/models/ner-e5``, or ``--model``): no torch
is needed. Tags are PERSON/ORG/LOC in BIO, one ``token<TAB>tag`` a line, sentences separated by a
blank line. Beside it, ``<out>.tsv`` lists for each sentence its document id, its number in the
document, the lowest probability of a chosen tag and its entity count, which
``prepare.py --silver-min-prob`` reads to keep only the sentences the model was sure of.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    from prepare import spans

    from sambandh.ner_e5 import E5Tagger
    from sambandh.normalize import normalize
    from sambandh.segment import split_sentences, tokenize

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path, help="JSONL, one object with id and text a line")
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", type=Path, default=REPO / "src/sambandh/models/ner-e5")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.time()
    tagger = E5Tagger(args.model, threads=args.threads)
    sents: list[list[str]] = []
    origin: list[tuple[str, int]] = []
    for line in args.texts.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = normalize(row.get("text") or "")
        si = 0
        for s in split_sentences(text):
            words = [text[t.start : t.end] for t in tokenize(text, s.start, s.end)]
            if words:
                sents.append(words)
                origin.append((str(row.get("id")), si))
                si += 1
    conf: list[float] = []
    tags = tagger.tag(sents, confidence=conf)
    counts: Counter[str] = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh, args.out.with_suffix(".tsv").open("w", encoding="utf-8") as meta:
        meta.write("doc\tsentence\tmin_tag_prob\tentities\n")
        for words, seq, (doc, si), c in zip(sents, tags, origin, conf, strict=True):
            ents = spans(list(zip(words, seq, strict=True)))
            counts.update(e[2] for e in ents)
            fh.writelines(f"{w}\t{t}\n" for w, t in zip(words, seq, strict=True))
            fh.write("\n")
            meta.write(f"{doc}\t{si}\t{c:.4f}\t{len(ents)}\n")
    n_words = sum(len(s) for s in sents)
    print(f"{len(sents)} sentences, {n_words} tokens; entities {dict(counts)}; {time.time() - t0:.0f}s → {args.out}",
          file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
