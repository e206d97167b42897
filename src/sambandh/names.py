"""Names across spellings and scripts: romanisation, phonetic keys and ``match_score``.

Hindi writes a foreign name several ways (बेलौसोव / बेलोसोव, लावरोव / लावरोफ़, सर्गेई /
सर्गेइ) and English writes it once more (Belousov). Both scripts are brought to one
phonetic key: Devanagari is romanised with Hindi schwa deletion (राजनाथ → rajnath, not
rajanatha), then vowels that Hindi spellings swap (औ/ओ, ई/इ, ू/ु) and consonants that
transliterations swap (v/w, f/ph, z/j, final f/v) are merged.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .lexicon import every_language_rows
from .normalize import normalize
from .phonetic import phonetic_key, romanize
from .script import DEVANAGARI

# the Latin letters' names as written in Devanagari (lang/hi/letter_names.tsv), spellings in file order
LETTER_NAMES = {r[0]: r[1] for r in every_language_rows("letter_names.tsv") if len(r) > 1}
_MAXLET = max(len(k) for k in LETTER_NAMES)


@lru_cache(maxsize=16384)
def spelled_acronym(word: str) -> str | None:
    """A Devanagari word read as English letter names (``एससीओ`` → ``sco``), or None."""
    word = normalize(word).replace(".", "").replace(" ", "")
    out, i = [], 0
    while i < len(word):
        for size in range(min(_MAXLET, len(word) - i), 0, -1):
            letter = LETTER_NAMES.get(word[i : i + size])
            if letter:
                out.append(letter)
                i += size
                break
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


def acronym_key(name: str) -> str | None:
    """The lower-case acronym a name is (``SCO``, ``एससीओ``) or None."""
    stripped = normalize(name).replace(".", "").strip()
    if re.fullmatch(r"[A-Z]{2,6}", stripped):
        return stripped.lower()
    if " " not in stripped and re.fullmatch((r"[" + DEVANAGARI + r"]+"), stripped):
        return spelled_acronym(stripped)
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in romanize(name).split() if w and w not in ("of", "and", "the", "for"))


@lru_cache(maxsize=1 << 16)  # linking compares the same name words over and over
def _sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def match_score(a: str, b: str) -> float:
    """How likely two name strings, in any script, name the same entity (0 to 1).

    Equal spellings after folding score 1. Names the knowledge base lists for one entity
    score 0.98 (this covers acronyms in both scripts and translated names). Otherwise the
    phonetic keys are compared word by word: a name that is a part of the other (a surname
    alone) scores by how well its words match, and two full names with different first
    names score low even when the surnames agree.

    >>> match_score("बेलौसोव", "Belousov") > 0.9
    True
    >>> match_score("राजनाथ सिंह", "मनमोहन सिंह") < 0.5
    True
    """
    from . import kb as kb_mod
    from .normalize import fold

    if not a.strip() or not b.strip():
        return 0.0
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 1.0
    kb = kb_mod.load()
    ids_a = {e.id for e in kb.lookup(a)}
    ids_b = {e.id for e in kb.lookup(b)}
    if ids_a and ids_b:
        return 0.98 if ids_a & ids_b else 0.05
    return name_score(a, b)


def name_score(a: str, b: str) -> float:
    """:func:`match_score` without the knowledge base: how alike two names are by their letters alone.

    What ``bench/names.py`` measures (the knowledge base would answer for every name it holds).

    >>> name_score("मिखाइल पेत्रोवस्की", "Mikhail Petrovsky") > 0.85
    True
    """
    from .normalize import fold

    if not a.strip() or not b.strip():
        return 0.0
    if fold(a) == fold(b):
        return 1.0
    acr_a, acr_b = acronym_key(a), acronym_key(b)
    if acr_a and acr_b:
        return 0.95 if acr_a == acr_b else 0.05
    if acr_a or acr_b:
        acr, other = (acr_a, b) if acr_a else (acr_b, a)
        return 0.85 if acr == _initials(other) else 0.05
    score = token_score(phonetic_key(a).split(), phonetic_key(b).split())
    if score < 1.0 and _one_devanagari(a, b) and len(a.split()) > 1 and len(b.split()) > 1:
        # a Hindi spelling against a Latin one: the trained romanisation (sambandh.translit) writes
        # Hindi as people write it in Latin letters, which the letter rules' key does not always
        # (full names only: one word alone sounds like too many others, "Indai" like "इंदौर")
        from .translit import romanize_name

        hindi, latin = (a, b) if _DEVANAGARI.search(a) else (b, a)
        score = max(score, token_score(phonetic_key(romanize_name(hindi)).split(), phonetic_key(latin).split()))
    return score


_DEVANAGARI = re.compile("[" + DEVANAGARI + "]")


def _one_devanagari(a: str, b: str) -> bool:
    """Whether one name is written in Devanagari and the other has no Devanagari at all."""
    da, db = bool(_DEVANAGARI.search(a)), bool(_DEVANAGARI.search(b))
    return da != db


def token_score(ta: list[str], tb: list[str]) -> float:
    """Word-aligned similarity of two phonetic keys; a subset (surname only) is allowed."""
    if not ta or not tb:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == len(long_):
        sims = [_sim(x, y) for x, y in zip(short, long_, strict=True)]
        score = sum(sims) / len(sims)
        # one word quite different (another first name with the same surname) sinks the pair
        return score if min(sims) >= 0.85 else min(score, min(sims))
    # part of a name: each word of the short one must match some word of the long one, in order
    pos, sims = 0, []
    for w in short:
        best, best_j = 0.0, -1
        for j in range(pos, len(long_)):
            s = _sim(w, long_[j])
            if s > best:
                best, best_j = s, j
        if best_j < 0:
            return 0.0
        sims.append(best)
        pos = best_j + 1
    # a bare surname is weaker evidence than a full name
    return 0.9 * min(sims)
