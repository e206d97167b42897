"""Candidate event predicates from unlabelled Hindi: nouns that take a light verb, not yet in the lexicon.

Usage: python training/lexicon/candidates.py [--shared ../shared] [--top 300] [--min-count 3]
       [--extra POOL.jsonl|TEXT.txt ...] [--only-extra]

Reads the unlabelled Hindi text under ``<shared>/data`` (BBC Hindi articles but those of the
events gold's blind half, ILTIMEX plain texts and EDNIL documents but those of their golds' blind
halves, the IL-NER training sentences),
finds each word (or two-word phrase) directly before a form of a light verb (करना, होना, देना,
लेना, जताना, ...: the closed set of ``lang/hi/predicates.tsv``), and prints those the predicate
lexicon does not hold, most frequent first, with an example. A person then reads the list and
adds the ones that state an event of docs/events.md to ``lang/hi/predicates_more.tsv`` with
type, mode and target case: the corpus decides which words are looked at, never an evaluation
page. Nothing is written to the repository.

With ``--uncovered`` it lists instead the (word, light verb) pairs whose word begins an entry of
the lexicon but where the lexicon finds no predicate (a known noun with a light verb it was not
given: ``प्रस्ताव भेजा`` when only ``प्रस्ताव देना|रखना`` are listed). The light-verb forms that are
also postpositions (की, के, का, ले) are left out there: after a known noun they are nearly always
a genitive (``बातचीत की संभावना``), not a verb.

``--extra`` adds more unlabelled text (fresh news gathered outside the repository): a ``.jsonl``
file gives the ``text`` field of each line, any other file is read whole. ``--only-extra`` reads
those files alone, to see what fresh text needs that the shared corpus does not show.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

csv.field_size_limit(10_000_000)

LIGHT_FORMS = re.compile(
    r"^(?:कर|करा|कराया|कराई|कराए|करने|करना|करता|करती|करते|करेगा|करेगी|करेंगे|किया|किए|किये|की|करें|करके|"
    r"हो|हुआ|हुई|हुए|होगा|होगी|होंगे|होने|होना|होता|होती|होते|"
    r"दे|दी|दिया|दिए|दिये|देने|देना|देगा|देगी|देंगे|देता|देती|देते|"
    r"ले|ली|लिया|लिए|लिये|लेने|लेना|लेगा|लेगी|लेंगे|लेता|लेती|लेते|"
    r"जताई|जताया|जताते|जताने|जताता|जताती|जता|व्यक्त|लगाया|लगाई|लगाए|लगाने|लगा|लगी|लगे|"
    r"दिखाई|दिखाया|उठाया|उठाई|उठाए|उठाने|बनाया|बनाई|बनाए|बनाने|भेजा|भेजी|भेजे|भेजने)$"
)


def extra_texts(paths: list[Path]) -> list[str]:
    """Unlabelled texts from extra files: the ``text`` field of each JSONL line, or a plain file whole.

    Args:
        paths: files given with ``--extra``.

    Returns:
        One string a document.
    """
    out: list[str] = []
    for path in paths:
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".jsonl":
            out += [str(json.loads(x).get("text", "")) for x in raw.splitlines() if x.strip()]
        else:
            out.append(raw)
    return out


def split_ids(gold: str, half: str) -> set[str]:
    """The article ids of one half of an events gold (``eval/events/<gold>``)."""
    path = Path(__file__).resolve().parents[2] / "eval" / "events" / gold
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec.get("split") == half:
                out.add(str(rec["id"]))
    return out


def blind_bbc_rows() -> set[int]:
    """The rows (0-based, as ``bbc-NNN`` numbers them) of BBC Hindi articles in the blind half of
    ``eval/events/bbc_hindi.jsonl``.
    """
    gold = Path(__file__).resolve().parents[2] / "eval" / "events" / "bbc_hindi.jsonl"
    rows: set[int] = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec.get("split") == "blind":
                rows.add(int(rec["id"].removeprefix("bbc-")))
    return rows


def texts(shared: Path) -> list[str]:
    """Every unlabelled Hindi text available (each a string)."""
    data = shared / "data"
    out: list[str] = []
    bbc = data / "bbc-hindi" / "articles.csv"
    if bbc.exists():
        blind = blind_bbc_rows()
        with bbc.open(encoding="utf-8") as fh:
            rows = csv.reader(fh)
            next(rows, None)
            # the articles of the events gold's blind half are never read: a word found there and
            # added to the lexicon would be tuned on the blind half
            out += [r[1] for n, r in enumerate(rows) if len(r) > 1 and n not in blind]
    # nor the ILTIMEX and EDNIL documents of their golds' blind halves (ids as the golds give them)
    plain = data / "iltimex2012" / "plain"
    if plain.exists():
        blind_ilt = split_ids("iltimex.jsonl", "blind")
        out += [re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8", errors="replace"))
                for p in sorted(plain.iterdir()) if f"ilt-{p.stem}" not in blind_ilt]  # fmt: skip
    ednil = data / "ednil2020-hindi" / "docs.jsonl"
    if ednil.exists():
        blind_ed = split_ids("ednil.jsonl", "blind")
        lines = [x for x in ednil.read_text(encoding="utf-8").splitlines() if x.strip()]
        out += [" ".join(json.loads(x)["tokens"]) for n, x in enumerate(lines) if f"ednil-{n:03d}" not in blind_ed]
    ner = data / "il-ner-hindi" / "train.txt"
    if ner.exists():
        sent: list[str] = []
        for line in ner.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sent.append(line.split("\t")[0])
            elif sent:
                out.append(" ".join(sent))
                sent = []
    return out


# forms of LIGHT_FORMS that are also a postposition or a pronoun: after a known noun, a genitive
GENITIVE_LIKE = frozenset({"की", "के", "का", "ले", "दे", "हो", "कर", "लगा", "लगी", "लगे"})
DANDA_OR_STOP = re.compile(r"[।|?!\n]|\.\s")


def uncovered(corpus: list[str], top: int, min_count: int) -> list[tuple[int, str, str, str]]:
    """(count, word, light-verb form, example) for known words before a light verb that no entry matches.

    Args:
        corpus: unlabelled Hindi texts.
        top: how many pairs to return at most.
        min_count: the fewest times a pair must be seen.

    Returns:
        The pairs, most frequent first.
    """
    from sambandh.lexicon import lang_rows, load_lexicon, word_key
    from sambandh.normalize import normalize

    lex = load_lexicon("hi")
    if lex is None:
        return []
    stop = {r[0] for r in lang_rows("hi", "stopwords.tsv")}
    counts: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    for text in corpus:
        for sent in DANDA_OR_STOP.split(normalize(text)):
            covered = [(m.start, m.end) for m in lex.find(sent)]
            toks = list(re.finditer(r"[\u0900-\u0963\u0966-\u097f]+", sent))
            for prev, tok in itertools.pairwise(toks):
                light, w = tok.group(), prev.group()
                if light in GENITIVE_LIKE or not LIGHT_FORMS.match(light):
                    continue
                if w in stop or LIGHT_FORMS.match(w) or word_key(w) not in lex.first:
                    continue
                if any(a <= prev.start() < b for a, b in covered):
                    continue
                counts[(w, light)] += 1
                example.setdefault((w, light), sent[max(0, prev.start() - 40) : tok.end() + 20].strip())
    return [(n, w, light, example[(w, light)]) for (w, light), n in counts.most_common(top) if n >= min_count]


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--uncovered", action="store_true", help="known words before a light verb no entry matches")
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more unlabelled text (.jsonl or plain)")
    ap.add_argument("--only-extra", action="store_true", help="read the --extra files alone")
    args = ap.parse_args(argv)
    corpus = extra_texts(args.extra) + ([] if args.only_extra else texts(args.shared))
    if args.uncovered:
        for n, w, light, ex in uncovered(corpus, args.top, args.min_count):
            print(f"{n}\t{w} {light}\t{ex}")
        return 0
    from sambandh.lexicon import lang_rows, load_lexicon, word_key

    stop = {r[0] for r in lang_rows("hi", "stopwords.tsv")}

    lex = load_lexicon("hi")
    if lex is None:
        print("no Hindi lexicon", file=sys.stderr)
        return 1
    known = set(lex.first)
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for text in corpus:
        words = re.findall(r"[\u0900-\u0963\u0966-\u097f]+", text)
        for i in range(1, len(words)):
            if not LIGHT_FORMS.match(words[i]):
                continue
            w = words[i - 1]
            if w in stop or LIGHT_FORMS.match(w) or len(w) < 2 or word_key(w) in known:
                continue
            counts[w] += 1
            example.setdefault(w, " ".join(words[max(0, i - 6) : i + 2]))
    for w, n in counts.most_common():
        if n < args.min_count:
            break
        print(f"{n}\t{w}\t{example[w]}")
        args.top -= 1
        if args.top <= 0:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
