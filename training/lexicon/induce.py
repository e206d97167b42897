"""Induced predicates: nouns the lexicon lacks, in a light-verb frame it reads, typed by their nearest entry.

Usage: python training/lexicon/induce.py [--shared ../shared] [--min-count 2] [--threshold 0.8]
       [--template phrase|bare] [--out FILE.tsv]

Reads the unlabelled Hindi text under ``<shared>/data`` (BBC Hindi articles, ILTIMEX plain texts, EDNIL
documents: in each, the articles of an events gold's blind half are left out; the IL-NER training
sentences; the news pages of the events gold's dev half) and finds every word directly before a light
verb the hand lexicon reads (the light verbs of its conjuncts and their equivalents, ``light_equivalents.tsv``:
``सुझाव दिया``, ``इच्छा जाहिर की``) that is not the noun of a one-word entry. Each (word, light verb) pair seen
at least ``--min-count`` times is embedded with multilingual-e5-small (:mod:`sambandh.embed`), as is every
conjunct of the lexicon that takes the same light verb; the mean vector of both sets is taken away, and
the nearest entry by cosine gives the pair its type, mode, CAMEO code, target case, symmetry and mood
when the cosine is at least ``--threshold`` and the three nearest entries agree on the type. The pairs
kept are printed (best first, with the neighbour, the count and an example), or with ``--out`` written
as rows of ``predicates.tsv``'s columns (never bare), the neighbour and the cosine in the gloss.

``--template phrase`` embeds ``noun light-verb`` ("सुझाव देना") for a candidate and an entry alike;
``bare`` embeds the noun alone. Only light-verb forms that are not also postpositions (की, के, का, ले,
...) count a pair: after a noun they are nearly always a genitive. The hand lexicon is read from a copy
of ``lang/hi`` without any ``predicates_induced.tsv``, so a rebuild gives the same rows.

Measured in session 49 (docs/events/s49-induce49.md): no table it writes raised dev recall by more than
one event, and every one lowered dev precision, so the lexicon ships none; the tool stays for a better
encoder or a better frame.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidates import DANDA_OR_STOP, GENITIVE_LIKE, texts
from candidates import split_ids as _split_ids

if TYPE_CHECKING:
    from sambandh.lexicon import Lexicon, Predicate

ROOT = Path(__file__).resolve().parents[2]
INDUCED = "predicates_induced.tsv"
WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
VOTES = 3  # the nearest entries that must agree on the type
# a verb's oblique infinitive or participle before a light verb ("घुसने दिया", "लड़ते हुए"): no noun
VERB_ENDINGS = ("ने", "ते")
HEADER = """\
# Induced predicates (written by `python training/lexicon/induce.py --out PATH`, never edited by hand): a noun the
# hand tables lack, seen in unlabelled Hindi (no blind-half article) before a light verb they read, takes the
# type, mode, CAMEO code, target case, symmetry and mood of its nearest conjunct taking the same light verb
# (multilingual-e5-small cosine of "noun light-verb" phrases) when the cosine reaches the threshold.
# Columns as predicates.tsv (bare always 0); the gloss names the neighbour and the cosine.
# Built with: {args}
"""


def unlabelled(shared: Path) -> list[str]:
    """Every unlabelled Hindi text the induction may read (no article of an events gold's blind half).

    Args:
        shared: The shared folder (its ``data`` holds the corpora).

    Returns:
        One string a document (IL-NER: a sentence).
    """
    data = shared / "data"
    out = texts(shared)  # BBC Hindi, ILTIMEX, EDNIL (blind halves left out) and IL-NER train
    pages = data / "news-pages" / "pages.jsonl"
    if pages.exists():
        dev = _split_ids("news_pages.jsonl", "dev")
        for line in pages.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("id") in dev and rec.get("language", "hi") == "hi":
                    out.append(" ".join(str(rec.get(k) or "") for k in ("title", "text")))
    return out


def hand_lexicon() -> Lexicon:
    """The Hindi lexicon without the induced table (read from a copy of ``lang/hi``)."""
    from sambandh.lexicon import LANG_DIR, Lexicon

    tmp = Path(tempfile.mkdtemp(prefix="induce-"))
    folder = tmp / "hi"
    shutil.copytree(LANG_DIR / "hi", folder)
    (folder / INDUCED).unlink(missing_ok=True)
    try:
        return Lexicon("hi", folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def pairs(corpus: list[str], lex: Lexicon) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str]]:
    """(word, light verb) pairs of words no entry begins, before a form of a conjunct's light verb.

    Args:
        corpus: Unlabelled Hindi texts.
        lex: The hand lexicon (:class:`sambandh.lexicon.Lexicon`).

    Returns:
        The count of each pair and an example of it (a few words around).
    """
    from sambandh.lexicon import lang_rows, word_key
    from sambandh.normalize import normalize

    morph = lex.morph
    assert morph is not None
    stop = {word_key(r[0]) for r in lang_rows("hi", "stopwords.tsv")}
    lights = sorted({lv for e in lex.entries if e.lang == "hi" for lv in e.light})
    # the last word's forms of each light verb, and its fixed earlier words (व्यक्त of व्यक्त करना)
    shapes: list[tuple[str, tuple[str, ...], frozenset[str]]] = []
    for lv in lights:
        words = lv.split()
        named = lex.light_forms.get(lv) or {word_key(f): n for f, n in morph.verb_forms(words[-1]).items()}
        fixed = tuple(word_key(w) for w in words[:-1])
        shapes.append((lv, fixed, frozenset(k for k in named if k not in GENITIVE_LIKE)))
    light_keys = set(lex.light_form_names)
    # the nouns of the hand lexicon's one-word entries, in every form: a known noun's other light verbs are left
    # to the tables (a word that only begins a longer entry, सुझाव of "सुझाव को नजरअंदाज करना", is a candidate)
    known = {word_key(f) for e in lex.entries if e.lang == "hi" and " " not in e.pred
             for f in morph.noun_forms(e.pred)}  # fmt: skip
    counts: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    for text in corpus:
        for sent in DANDA_OR_STOP.split(normalize(text)):
            toks = [m.group() for m in WORD.finditer(sent)]
            keys = [word_key(t) for t in toks]
            for i in range(len(toks) - 1):
                w = keys[i]
                if len(toks[i]) < 3 or w in stop or w in light_keys or w in known or toks[i].endswith(VERB_ENDINGS):
                    continue
                for lv, fixed, forms in shapes:
                    j = i + 1 + len(fixed)
                    if j < len(toks) and tuple(keys[i + 1 : j]) == fixed and keys[j] in forms:
                        counts[(toks[i], lv)] += 1
                        example.setdefault((toks[i], lv), " ".join(toks[max(0, i - 5) : j + 2]))
    return counts, example


def _unit(m: np.ndarray) -> np.ndarray:
    """The rows of ``m`` scaled to length 1."""
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def embed_text(noun: str, light: str, template: str) -> str:
    """The text embedded for a noun in a light verb's frame."""
    return f"{noun} {light}" if template == "phrase" else noun


def induce(counts: Counter[tuple[str, str]], lex: Lexicon, min_count: int, threshold: float,
           template: str) -> list[tuple[str, str, Predicate, float]]:  # fmt: skip
    """The pairs whose nearest conjunct taking the same light verb is at least ``threshold`` away by cosine.

    Args:
        counts: (word, light verb) pairs with their counts (:func:`pairs`).
        lex: The hand lexicon.
        min_count: The fewest times a pair must be seen.
        threshold: The least cosine to the neighbour.
        template: ``phrase`` or ``bare`` (:func:`embed_text`).

    Returns:
        (word, light verb, neighbour entry, cosine), best first.
    """
    from sambandh.embed import passage

    kept = sorted(p for p, n in counts.items() if n >= min_count)
    # the conjuncts, one a (noun, light verb) pair: the first entry read wins, as in the lexicon
    entries: dict[tuple[str, str], Predicate] = {}
    for e in lex.entries:
        if e.lang == "hi" and e.pos == "n" and not e.frame:
            for lv in e.light:
                entries.setdefault((e.pred, lv), e)
    if not kept or not entries:
        return []
    names = sorted(entries)
    cand_vecs = passage([embed_text(w, lv, template) for w, lv in kept])
    entry_vecs = passage([embed_text(p, lv, template) for p, lv in names])
    # e5's vectors share a large common direction (every cosine of two short phrases is above 0.85): the mean
    # of both sets is taken away, which spreads the cosines (on the lexicon itself, each entry's nearest other
    # entry gave the same type more often so: docs/events/s49-induce49.md)
    mean = np.concatenate([cand_vecs, entry_vecs]).mean(0)
    cand_vecs = _unit(cand_vecs - mean)
    entry_vecs = _unit(entry_vecs - mean)
    by_light: dict[str, list[int]] = {}
    for k, (_p, lv) in enumerate(names):
        by_light.setdefault(lv, []).append(k)
    out: list[tuple[str, str, Predicate, float]] = []
    for i, (w, lv) in enumerate(kept):
        idx = by_light.get(lv, [])
        if len(idx) < VOTES:
            continue
        sims = entry_vecs[idx] @ cand_vecs[i]
        near = [entries[names[idx[k]]] for k in np.argsort(-sims)[:VOTES]]
        best = near[0]
        # the nearest entries must agree on the type: one near entry alone is most often a look-alike word
        if float(sims.max()) >= threshold and all(e.type == best.type for e in near):
            out.append((w, lv, best, float(sims.max())))
    return sorted(out, key=lambda x: -x[3])


def rows(found: list[tuple[str, str, Predicate, float]]) -> list[str]:
    """The table's lines (``predicates.tsv`` columns) for the pairs :func:`induce` kept."""
    out: list[str] = []
    for w, lv, e, sim in sorted(found, key=lambda x: (x[0], x[1])):
        target = "|".join(sorted(e.targets)) or "-"
        if e.required:
            target = "!" + target
        gloss = f"like {e.pred} {lv} ({sim:.3f})"
        out.append("\t".join([w, lv, e.type, e.mode, e.cameo, target, "1" if e.symmetric else "0", "0",
                              gloss, e.mood or "-"]))  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--template", choices=("phrase", "bare"), default="phrase")
    ap.add_argument("--out", type=Path, help="write the rows as a predicates table (e.g. lang/hi/" + INDUCED + ")")
    args = ap.parse_args(argv)
    lex = hand_lexicon()
    counts, example = pairs(unlabelled(args.shared), lex)
    found = induce(counts, lex, args.min_count, args.threshold, args.template)
    if args.out is None:
        for w, lv, e, sim in found:
            print(f"{sim:.3f}\t{w} {lv}\t{e.pred}\t{e.type}/{e.mode}\t{counts[(w, lv)]}\t{example[(w, lv)]}")
        return 0
    lines = rows(found)
    built = f"--min-count {args.min_count} --threshold {args.threshold} --template {args.template}"
    args.out.write_text(HEADER.format(args=built) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
