"""Label raw Hindi text with the trained teacher and write silver CoNLL (token<TAB>BIO tag).

Usage (from the repository root):
    .venv/bin/python training/ner/teacher/label.py                       # BBC Hindi articles
    .venv/bin/python training/ner/teacher/label.py --text news.txt       # one text per line
    .venv/bin/python training/ner/teacher/label.py --csv a.csv --column 1 --out build/teacher/x.conll

Texts are normalised, split into sentences and tokenised by Sambandh's own segment stage
(``sambandh.normalize.normalize``, ``sambandh.segment.split_sentences`` and ``tokenize``:
sentences end at ``।`` ``॥`` ``?`` ``!``, line breaks and a full-stop ``.``; tokens are words
(keeping inner ``-./:'``) and single punctuation marks), the tokeniser that training/ner/prepare.py
uses for its templates. Tags are PERSON/ORG/LOC in BIO. Next to the CoNLL file, ``<out>.tsv``
lists for each sentence its document, its number in the document, the lowest probability of
a chosen tag (for filtering silver data by confidence) and its entity count.
"""

from __future__ import annotations

import os

# OpenMP threads that spin while waiting are ruinous on a busy 2-core machine (measured 142
# vs 462 pieces/s with another job running); must be set before torch loads its OpenMP
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import torch
from common import REPO, load_tagger, make_examples, predict, spans

_FALLBACK_SENT = re.compile(r"[^।॥?!\n]+[।॥?!]*")
_FALLBACK_TOKEN = re.compile(r"\w+(?:[-./:'’]\w+)*|[^\s]", re.UNICODE)


def segmenter() -> tuple[Callable[[str], str], Callable[[str], list[list[str]]], str]:
    """(normalise, sentences-of-words) using Sambandh's segment stage, or a plain regex."""
    try:
        from sambandh.normalize import normalize
        from sambandh.segment import split_sentences, tokenize

        def sentences(text: str) -> list[list[str]]:
            out = []
            for s in split_sentences(text):
                words = [text[t.start : t.end] for t in tokenize(text, s.start, s.end)]
                if words:
                    out.append(words)
            return out

        return normalize, sentences, "sambandh.segment"
    except ImportError:  # outside the project: danda/?/!/newline split, word + punctuation tokens

        def sentences(text: str) -> list[list[str]]:
            return [w for w in (_FALLBACK_TOKEN.findall(m.group(0)) for m in _FALLBACK_SENT.finditer(text)) if w]

        return (lambda t: t), sentences, "regex fallback"


def read_texts(args: argparse.Namespace) -> list[str]:
    """The raw texts: a JSONL file's ``text`` fields, a CSV column, or one text per line."""
    if args.jsonl:
        import json

        lines = args.jsonl.read_text(encoding="utf-8").splitlines()
        return [t for t in (json.loads(line).get("text") or "" for line in lines if line.strip()) if t.strip()]
    if args.text:
        return [line for line in args.text.read_text(encoding="utf-8").splitlines() if line.strip()]
    csv.field_size_limit(1 << 30)
    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not args.no_header:
        rows = rows[1:]
    return [r[args.column] for r in rows if len(r) > args.column and r[args.column].strip()]


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--csv", type=Path, default=REPO.parent / "shared/data/bbc-hindi/articles.csv")
    src.add_argument("--text", type=Path, help="a text file, one text per line")
    src.add_argument("--jsonl", type=Path, help="a JSONL file of objects with a text field (unlabelled.py writes one)")
    ap.add_argument("--column", type=int, default=1, help="0-based CSV column holding the text (default 1)")
    ap.add_argument("--no-header", action="store_true", help="the CSV has no header row")
    ap.add_argument(
        "--model",
        type=Path,
        nargs="+",
        default=[REPO / "build/teacher/teacher.pt"],
        help="one checkpoint, or several: an ensemble whose tag probabilities are averaged",
    )
    ap.add_argument("--device", default="cpu", help="cpu, cuda, or auto")
    ap.add_argument("--out", type=Path, default=REPO / "build/teacher/silver.conll")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    t0 = time.time()
    device = "cuda" if args.device == "auto" and torch.cuda.is_available() else args.device.replace("auto", "cpu")
    loaded = [load_tagger(path, device) for path in args.model]
    models = [m for m, _, _, _ in loaded]
    _, tok, tags, ck = loaded[0]
    normalize, sentences, how = segmenter()
    texts = read_texts(args)
    sents: list[list[str]] = []
    origin: list[tuple[int, int]] = []
    for di, text in enumerate(texts):
        for si, words in enumerate(sentences(normalize(text))):
            sents.append(words)
            origin.append((di, si))
    t1 = time.time()
    examples = make_examples(sents, tok, ck["config"]["max_len"])
    conf: list[float] = []
    pred = predict(models, examples, len(sents), [len(s) for s in sents], tags, tok.pad, confidence=conf)
    t2 = time.time()
    counts: Counter = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh, args.out.with_suffix(".tsv").open("w", encoding="utf-8") as meta:
        meta.write("doc\tsentence\tmin_tag_prob\tentities\n")
        for words, tagseq, (di, si), c in zip(sents, pred, origin, conf, strict=True):
            ents = spans(tagseq)
            counts.update(e[2] for e in ents)
            for w, t in zip(words, tagseq, strict=True):
                fh.write(f"{w}\t{t}\n")
            fh.write("\n")
            meta.write(f"{di}\t{si}\t{c:.4f}\t{len(ents)}\n")
    n_words = sum(len(s) for s in sents)
    print(
        f"{len(texts)} texts → {len(sents)} sentences, {n_words} tokens ({how}); "
        f"{sum(len(e.ids) for e in examples)} pieces; entities {dict(counts)}; "
        f"load+segment {t1 - t0:.0f}s, tagging {t2 - t1:.0f}s ({n_words / max(t2 - t1, 1e-9):.0f} tokens/s) "
        f"→ {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
