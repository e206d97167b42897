"""Names across spellings and scripts: romanisation, phonetic keys and ``match_score``.

Hindi writes a foreign name several ways (बेलौसोव / बेलोसोव, लावरोव / लावरोफ़, सर्गेई /
सर्गेइ) and English writes it once more (Belousov). Both scripts are brought to one
phonetic key: Devanagari is romanised with Hindi schwa deletion (राजनाथ → rajnath, not
rajanatha), then vowels that Hindi spellings swap (औ/ओ, ई/इ, ू/ु) and consonants that
transliterations swap (v/w, f/ph, z/j, final f/v) are merged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple, TypeVar

from .lexicon import every_language_rows, words_of
from .normalize import normalize
from .phonetic import phonetic_key, romanize
from .script import DEVANAGARI, DEVANAGARI_RUN

T = TypeVar("T")


def new_entity_id(label: str, key: str) -> str:
    """The id of an entity that is not in the knowledge base: label + hash of its phonetic key."""
    digest = hashlib.blake2b(f"{label}|{key}".encode(), digest_size=6).hexdigest()
    return f"new:{label.lower()}:{digest}"


# the Latin letters' names as written in Devanagari (lang/hi/letter_names.tsv), spellings in file order
LETTER_NAMES = {r[0]: r[1] for r in every_language_rows("letter_names.tsv") if len(r) > 1}
_MAXLET = max(len(k) for k in LETTER_NAMES)
# each letter's first name in the table (the spelling an acronym's letters are written back in)
LETTER_NAMES_OF = {v: k for k, v in reversed(list(LETTER_NAMES.items()))}


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


def acronym_like(word: str) -> bool:
    """Whether one word is written as an acronym: two to seven Latin letters, two or more of them
    capitals and the first one (``STF``, ``PoJK``), or Latin letters' names in Devanagari (``एफटीए``).
    """
    if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", word):
        return sum(c.isupper() for c in word) >= 2
    return bool(DEVANAGARI_RUN.fullmatch(word)) and spelled_acronym(word) is not None


def acronym_key(name: str) -> str | None:
    """The lower-case acronym a name is (``SCO``, ``एससीओ``) or None."""
    stripped = normalize(name).replace(".", "").strip()
    if re.fullmatch(r"[A-Z]{2,6}", stripped):
        return stripped.lower()
    if " " not in stripped and DEVANAGARI_RUN.fullmatch(stripped):
        return spelled_acronym(stripped)
    return None


@lru_cache(maxsize=1)
def acronym_skipped() -> frozenset[str]:
    """The small words of a name its acronym spells no letter of (``lang/*/words.tsv`` ``acronym_skip``:
    "of", "the"), in lower case.
    """
    return frozenset(words_of("acronym_skip"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in romanize(name).split() if w and w not in acronym_skipped())


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
        # a Hindi spelling against a Latin one (full names only: one word alone sounds like too
        # many others, "Indai" like "इंदौर"): compared word by word as the two scripts write names
        hindi, latin = (a, b) if _DEVANAGARI.search(a) else (b, a)
        score = max(score, cross_script_score(hindi, latin))
    return score


class _Word(NamedTuple):
    """One word of a name as the cross-script comparison sees it."""

    keys: tuple[str, ...]  # phonetic keys of the ways it may be written in Latin letters
    firsts: frozenset[str]  # the Latin letters it may start with
    initial: str | None  # the letter, when the word is an initial (``S.``, ``एस.``, ``जी``)
    canon: str | None  # a word both scripts have one form of: a regnal number as a Roman numeral
    # (``III``, ``तृतीय``: iii), an Arabic article (``el``, ``अल``: al)


def _name_parts() -> tuple[frozenset[str], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """From the language tables: words left out before a name (titles, royal styles), the words with
    one form in both scripts (regnal ordinals, Arabic articles), and other Latin spellings' rules.
    """
    rows = every_language_rows("name_parts.tsv")
    drop = {_plain(r[1]) for r in rows if len(r) > 1 and r[0] == "honorific"}
    drop |= {_plain(r[0]) for r in every_language_rows("titles.tsv") if r and len(r[0].split()) == 1}
    canon = {_plain(r[1]): r[2] for r in rows if len(r) > 2 and r[0] in ("ordinal", "article")}
    respell = [(re.compile(r[1]), r[2]) for r in rows if len(r) > 2 and r[0] == "spelling"]
    return frozenset(drop), canon, respell


def _plain(word: str) -> str:
    return normalize(word).lower().strip(".")


_HONORIFICS, _CANON, _RESPELL = _name_parts()
_SPLIT = re.compile(r"[\s\-‐–]+")


@lru_cache(maxsize=1 << 15)
def _hindi_word(word: str, first: bool) -> _Word:
    from .translit import spellings

    bare = normalize(word).strip(".")
    letter = LETTER_NAMES.get(bare)
    romans = (romanize(bare), *spellings(bare))
    keys = tuple(dict.fromkeys(k for k in (phonetic_key(r) for r in romans) if k))
    canon = None if first else _CANON.get(bare)
    return _Word(keys, frozenset(r[:1] for r in romans if r), letter, canon)


@lru_cache(maxsize=1 << 15)
def _latin_word(word: str, first: bool) -> _Word:
    low = _plain(word)
    # other romanisations' spellings of the sound (pinyin's x is the sh that Hindi writes: Xi, शी)
    spelt = [low, *(pattern.sub(repl, low) for pattern, repl in _RESPELL if pattern.search(low))]
    return _Word(
        tuple(dict.fromkeys(phonetic_key(w) for w in spelt)),
        frozenset(low[:1]),
        low if len(low) == 1 and low.isalpha() else None,
        None if first else _CANON.get(low),
    )


def _words(name: str, hindi: bool) -> list[list[str]]:
    """The words of ``name`` without leading titles, and the readings of it worth comparing: as
    written, and with initials run together (``एमएम``) spelt out one letter a word.
    """
    words = [w for w in _SPLIT.split(normalize(name)) if w.strip(".")]
    while len(words) > 1 and _plain(words[0]) in _HONORIFICS:
        words = words[1:]
    out = [words]
    if hindi:
        spelt: list[str] = []
        for w in words:
            acr = spelled_acronym(w) if LETTER_NAMES.get(w.strip(".")) is None else None
            spelt.extend([LETTER_NAMES_OF[c] for c in acr] if acr and len(acr) <= 3 else [w])
        if spelt != words:
            out.append(spelt)
    return out


@lru_cache(maxsize=1 << 16)  # the same name words meet over and over, as in _sim
def _word_sim(h: _Word, lat: _Word) -> float:
    if h.canon and h.canon == lat.canon:
        return 1.0
    if h.initial and lat.initial:
        return 1.0 if h.initial == lat.initial else 0.0
    sound = max((_sim(x, y) for x in h.keys for y in lat.keys), default=0.0)
    if h.initial or lat.initial:
        # an initial against a whole word: only its first letter can agree (a Hindi word that is
        # a letter's name may still be a name word: एन is N, and Ann)
        letter, other = (h.initial, lat) if h.initial else (lat.initial, h)
        return max(sound, 0.85) if letter in other.firsts else sound
    return sound


def _joins(words: list[str]) -> list[list[str]]:
    """``words`` and each way of writing two neighbours as one (``Radha Mohan``, ``राधामोहन``)."""
    return [words] + [[*words[:i], words[i] + words[i + 1], *words[i + 2 :]] for i in range(len(words) - 1)]


@lru_cache(maxsize=1 << 16)
def cross_script_score(hindi: str, latin: str) -> float:
    """How alike a Hindi spelling of a name and a Latin one are, word by word (0 to 1).

    Each Hindi word is read through the letter rules and the trained romanisation's best spellings
    (:func:`sambandh.translit.spellings`); titles and royal styles before a name are left out,
    initials meet initials or a word with that first letter, regnal numbers meet Roman numerals
    and Arabic articles meet one another, Latin spellings of other romanisations are read too
    (``lang/<code>/name_parts.tsv``), and two words on one side may be one on the other. The words
    are then aligned as :func:`token_score` aligns keys.

    >>> cross_script_score("जी. एल. पीरिस", "G. L. Peiris") >= 0.85
    True
    """
    best = 0.0
    for hw in _words(hindi, True):
        for lw in _words(latin, False):
            # a name that is one word once its title is gone ranks, but is too weak to link on
            # alone ("राजा मोहन" is not Mohan Das): as match_score compares no single words
            cap = 0.8 if min(len(hw), len(lw)) < 2 else 1.0
            # two neighbours written as one word: join on the side with more words
            h_vars = _joins(hw) if len(hw) > len(lw) else [hw]
            l_vars = _joins(lw) if len(lw) > len(hw) else [lw]
            for hv in h_vars:
                hs = [_hindi_word(w, i == 0) for i, w in enumerate(hv)]
                for lv in l_vars:
                    ls = [_latin_word(w, i == 0) for i, w in enumerate(lv)]
                    best = max(best, min(cap, _align(hs, ls, _word_sim)))
                    if best >= 1.0:
                        return 1.0
    return best


_DEVANAGARI = re.compile("[" + DEVANAGARI + "]")


def _one_devanagari(a: str, b: str) -> bool:
    """Whether one name is written in Devanagari and the other has no Devanagari at all."""
    da, db = bool(_DEVANAGARI.search(a)), bool(_DEVANAGARI.search(b))
    return da != db


def word_score(a: str, b: str) -> float:
    """:func:`token_score` of the one-word keys ``[a]`` and ``[b]`` (the same number, without the alignment)."""
    return _sim(a, b)


def token_score(ta: list[str], tb: list[str]) -> float:
    """Word-aligned similarity of two phonetic keys; a subset (surname only) is allowed."""
    return _align(ta, tb, _sim)


def score_reaches(ta: list[str], tb: list[str], floor: float) -> bool:
    """Whether ``token_score(ta, tb) >= floor``, without difflib where the words' lengths alone rule it out.

    A difflib ratio is ``2 * matches / (sum of lengths)`` and the matches are at most the shorter word's
    length: that bound for each pair of words, put through :func:`_align`'s sums (for part of a name, each
    word's best bound over every word of the other, wherever it stands), bounds the score from above (the
    same float operations, so never below it), and most pairs of names fail on it alone.

    >>> score_reaches(["rahul", "gandhi"], ["rahul", "gandhi"], 0.85)
    True
    >>> score_reaches(["ram"], ["ramakrishnan"], 0.85)
    False
    """
    if not ta or not tb:
        return floor <= 0.0
    short, long_ = (tb, ta) if len(ta) > len(tb) else (ta, tb)
    if len(short) == len(long_):
        bound = _align(short, long_, sim_bound)
    else:
        bound = 0.9 * min(max(sim_bound(w, x) for x in long_) for w in short)
    if bound < floor:
        return False
    return token_score(ta, tb) >= floor


def sim_bound(a: str, b: str) -> float:
    """The most :func:`_sim` of two words can be given their lengths (1.0 for the same word)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def _align(ta: Sequence[T], tb: Sequence[T], sim: Callable[[T, T], float]) -> float:
    """:func:`token_score` over any words, ``sim`` comparing a word of ``ta`` with one of ``tb``."""
    if not ta or not tb:
        return 0.0
    # sim is called as sim(word of ta, word of tb) whichever list is the shorter
    swap = len(ta) > len(tb)
    short, long_ = (tb, ta) if swap else (ta, tb)

    def _s(x: T, y: T) -> float:
        return sim(y, x) if swap else sim(x, y)

    if len(short) == len(long_):
        sims = [_s(x, y) for x, y in zip(short, long_, strict=True)]
        score = sum(sims) / len(sims)
        # one word quite different (another first name with the same surname) sinks the pair
        return score if min(sims) >= 0.85 else min(score, min(sims))
    # part of a name: each word of the short one must match some word of the long one, in order
    pos, sims = 0, []
    for w in short:
        best, best_j = 0.0, -1
        for j in range(pos, len(long_)):
            s = _s(w, long_[j])
            if s > best:
                best, best_j = s, j
        if best_j < 0:
            return 0.0
        sims.append(best)
        pos = best_j + 1
    # a bare surname is weaker evidence than a full name
    return 0.9 * min(sims)
