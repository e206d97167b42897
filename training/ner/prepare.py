"""Turn IL-NER (token<TAB>BIO tag) into spaCy DocBin files, optionally with augmented sentences.

Usage: python training/ner/prepare.py DATA_DIR OUT_DIR [--augment N] [--seed S]

Label mapping (IL-NER → Sambandh): NEP → PERSON, NEO → ORG, NEL → LOC. The model does not
tell a country from a river; the knowledge base does that after recognition (GPE vs LOC).
Time (NETI), number (NEN), artefact (NEAR) and the rare NEU/NED are not entity labels here.

Augmentation (our own generalisation aid, see the model card): IL-NER has few foreign
names, so N extra sentences are made by (a) replacing the names in IL-NER sentences by
names from the knowledge base (people, countries, cities, organisations) and (b) filling
our own news-style templates (templates.txt) with knowledge-base names. Random choices
use a fixed seed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

# IL-NER tags → the model's labels; time, number, artefact and the rare tags are not entities
LABELS = {"NEP": "PERSON", "NEO": "ORG", "NEL": "LOC", "NETI": "O", "NEN": "O", "NEAR": "O", "NEU": "O", "NED": "O"}

Sentence = list[tuple[str, str]]


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of (token, mapped BIO tag), read and repaired as ``sambandh eval ner`` does."""
    from sambandh.evaluate import read_conll as read

    yield from read(path, LABELS)


def spans(sent: Sentence) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of each entity."""
    out: list[tuple[int, int, str]] = []
    for i, (_, tag) in enumerate(sent):
        if tag.startswith("B-"):
            out.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1, out[-1][2])
    return out


def name_pools() -> dict[str, list[list[str]]]:
    """Tokenised Hindi names from the knowledge base, by model label."""
    from sambandh import kb
    from sambandh.segment import tokenize

    pools: dict[str, list[list[str]]] = {"PERSON": [], "ORG": [], "LOC": [], "GPE": [], "WEAPON": []}
    for ent in kb.load().entities.values():
        label = ent.label
        for name in ent.hindi_names():
            toks = [name[t.start : t.end] for t in tokenize(name)]
            if toks:
                pools.setdefault(label, []).append(toks)
    # unseen people: first names and surnames of different people recombined, so the model
    # learns the shape of a foreign name in context rather than a list of names
    people = [p for p in pools["PERSON"] if len(p) >= 2]
    firsts = [p[0] for p in people]
    lasts = [p[-1] for p in people]
    rng = random.Random(7)
    pools["PERSON"] += [[rng.choice(firsts), rng.choice(lasts)] for _ in range(len(people) * 3)]
    return pools


def model_label(label: str) -> str | None:
    """The label the model learns for a knowledge-base label (GPE and LOC are both LOC)."""
    return {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}.get(label)


def substitute(sent: Sentence, pools: dict[str, list[list[str]]], rng: random.Random) -> Sentence | None:
    """The sentence with each PERSON/ORG/LOC name swapped for a knowledge-base name."""
    ents = spans(sent)
    if not ents:
        return None
    out: Sentence = []
    pos = 0
    for start, end, label in ents:
        out.extend(sent[pos:start])
        pool_label = label if label != "LOC" else rng.choice(["GPE", "GPE", "LOC"])
        pool = pools.get(pool_label) or pools.get(label) or []
        if not pool:
            out.extend(sent[start:end])
        else:
            toks = rng.choice(pool)
            out.extend((t, ("B-" if i == 0 else "I-") + label) for i, t in enumerate(toks))
        pos = end
    out.extend(sent[pos:])
    return out


def fill_template(template: str, pools: dict[str, list[list[str]]], rng: random.Random) -> Sentence:
    """A template such as `{GPE} के रक्षा मंत्री {PERSON} ने ...` filled with knowledge-base names."""
    from sambandh.segment import tokenize

    out: Sentence = []
    for piece in template.split():
        if piece.startswith("{") and "}" in piece:
            slot, _, rest = piece[1:].partition("}")
            label = model_label(slot)
            toks = rng.choice(pools[slot]) if pools.get(slot) else [slot]
            out.extend((t, (("B-" if i == 0 else "I-") + label) if label else "O") for i, t in enumerate(toks))
            if rest:
                out.extend((rest[t.start : t.end], "O") for t in tokenize(rest))
        else:
            out.extend((piece[t.start : t.end], "O") for t in tokenize(piece))
    return out


def read_silver(path: Path, min_prob: float = 0.0, skip: tuple[str, ...] = ()) -> Iterator[Sentence]:
    """Sentences of the teacher's silver CoNLL (labels already PERSON/ORG/LOC).

    ``label.py`` and ``silver_e5.py`` write, beside ``silver.conll``, a ``silver.tsv`` with each
    sentence's document and lowest tag probability in the same order; sentences below
    ``min_prob``, and those of documents whose id starts with one of ``skip``, are left out.
    """
    probs: list[float] = []
    table = path.with_suffix(".tsv")
    if (min_prob > 0 or skip) and table.exists():
        rows = table.read_text(encoding="utf-8").splitlines()[1:]
        # a skipped document's sentence counts as below any threshold
        probs = [-1.0 if r.startswith(skip) else float(r.split("\t")[2]) for r in rows if r.strip()]
    sent: Sentence = []
    n = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            tok, _, tag = line.partition("\t")
            sent.append((tok, tag.strip() or "O"))
            continue
        if sent:
            if not probs or n >= len(probs) or probs[n] >= min_prob:
                yield sent
            n += 1
            sent = []


def common_words(train: list[Sentence], min_count: int = 3) -> list[str]:
    """Words the training data has at least ``min_count`` times outside names and never
    inside one: the entity stage does not take them as part of a name it reads after a title.
    """
    outside: dict[str, int] = {}
    inside: set[str] = set()
    for sent in train:
        for tok, tag in sent:
            if tag == "O":
                outside[tok] = outside.get(tok, 0) + 1
            else:
                inside.add(tok)
    return sorted(w for w, n in outside.items() if n >= min_count and w not in inside and not w.isascii())


def to_docbin(sents: list[Sentence], path: Path) -> None:
    """Write sentences as a spaCy DocBin."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("hi")
    db = DocBin(store_user_data=False)
    for sent in sents:
        words = [t for t, _ in sent]
        tags = [tag for _, tag in sent]
        db.add(Doc(nlp.vocab, words=words, ents=tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--augment", type=int, default=0, help="number of augmented sentences to add to train")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--lexicon", type=Path, help="write the common words (see common_words) to this file")
    ap.add_argument("--silver", type=Path, help="silver CoNLL from the teacher (training/ner/teacher/label.py)")
    ap.add_argument(
        "--silver-min-prob",
        type=float,
        default=0.0,
        help="keep a silver sentence only when the teacher's least sure tag is at least this probable",
    )
    ap.add_argument(
        "--silver-skip",
        nargs="+",
        default=[],
        metavar="PREFIX",
        help="leave out the silver sentences of documents whose id starts with PREFIX (silver.tsv's doc column)",
    )
    args = ap.parse_args(argv)
    train = list(read_conll(args.data / "train.txt"))
    dev = list(read_conll(args.data / "dev.txt"))
    rng = random.Random(args.seed)
    extra: list[Sentence] = []
    if args.augment:
        pools = name_pools()
        templates = [
            line.strip()
            for line in (Path(__file__).with_name("templates.txt")).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        with_names = [s for s in train if spans(s)]
        while len(extra) < args.augment:
            if rng.random() < 0.5:
                new = substitute(rng.choice(with_names), pools, rng)
            else:
                new = fill_template(rng.choice(templates), pools, rng)
            if new:
                extra.append(new)
    silver = list(read_silver(args.silver, args.silver_min_prob, tuple(args.silver_skip))) if args.silver else []
    to_docbin(train + extra + silver, args.out / "train.spacy")
    to_docbin(dev, args.out / "dev.spacy")
    if args.lexicon:
        words = common_words(train)  # IL-NER train only: dev stays unseen
        args.lexicon.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} common words in {args.lexicon}", file=sys.stderr)
    print(
        f"train {len(train)} + {len(extra)} augmented + {len(silver)} silver sentences, dev {len(dev)} sentences",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
