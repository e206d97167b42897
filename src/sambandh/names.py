"""Names across spellings and scripts: romanisation, phonetic keys and ``match_score``.

Hindi writes a foreign name several ways (बेलौसोव / बेलोसोव, लावरोव / लावरोफ़, सर्गेई /
सर्गेइ) and English writes it once more (Belousov). Both scripts are brought to one
phonetic key: Devanagari is romanised with Hindi schwa deletion (राजनाथ → rajnath, not
rajanatha), then vowels that Hindi spellings swap (औ/ओ, ई/इ, ू/ु) and consonants that
transliterations swap (v/w, f/ph, z/j, final f/v) are merged.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from .normalize import normalize

_CONS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh",
    "ष": "sh", "स": "s", "ह": "h", "ळ": "l",
}  # fmt: skip
# consonant + nukta
_NUKTA = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y", "न": "n", "र": "r"}
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o",
    "औ": "au", "ऑ": "o", "ऍ": "e",
}  # fmt: skip
_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
    "ॉ": "o", "ॅ": "e",
}  # fmt: skip
_VIRAMA, _NUKTA_SIGN, _ANUSVARA, _CHANDRA, _VISARGA = "्", "़", "ं", "ँ", "ः"
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """Devanagari → plain Latin letters with Hindi schwa deletion; Latin text passes through.

    >>> romanize("राजनाथ सिंह")
    'rajnath singh'
    """
    text = normalize(text).translate(_DIGITS)
    return " ".join(_romanize_word(w) for w in text.split())


def _romanize_word(word: str) -> str:
    # units: (latin, is_consonant_with_inherent_schwa)
    units: list[list[str | bool]] = []
    half: set[int] = set()  # consonants written with a virama (first half of a conjunct)
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in _CONS:
            lat = _CONS[ch]
            if nxt == _NUKTA_SIGN:
                lat = _NUKTA.get(ch, lat)
                i += 1
                nxt = word[i + 1] if i + 1 < n else ""
            if nxt == _VIRAMA:
                units.append([lat, False])
                half.add(len(units) - 1)
                i += 2
                continue
            if nxt in _SIGNS:
                units.append([lat + _SIGNS[nxt], False])
                i += 2
                continue
            units.append([lat, True])  # inherent schwa, maybe deleted below
        elif ch in _VOWELS:
            units.append([_VOWELS[ch], False])
        elif ch in (_ANUSVARA, _CHANDRA):
            units.append(["ng" if nxt == "ह" else "n", False])  # सिंह → singh
        elif ch == _VISARGA:
            units.append(["h", False])
        elif ch in _SIGNS:
            units.append([_SIGNS[ch], False])
        elif ch in (_NUKTA_SIGN, _VIRAMA):
            pass
        else:
            units.append([ch.lower(), False])
        i += 1
    # schwa deletion: word-final, and in V C a C V contexts (scanning right to left)
    schwa = [bool(u[1]) for u in units]
    # a final schwa goes, except after a conjunct (नरेंद्र → narendra)
    if schwa and schwa[-1] and len(units) > 1 and (len(units) - 2) not in half:
        schwa[-1] = False
    for k in range(len(units) - 2, 0, -1):
        if schwa[k] and _ends_vowel(units[k - 1], schwa[k - 1]) and _starts_cons(units[k + 1]):
            nxt_has_vowel = k + 1 < len(units) and (schwa[k + 1] or _has_vowel(str(units[k + 1][0])))
            if nxt_has_vowel:
                schwa[k] = False
    return "".join(str(u[0]) + ("a" if s else "") for u, s in zip(units, schwa, strict=True))


def _has_vowel(lat: str) -> bool:
    return any(c in "aeiou" for c in lat)


def _ends_vowel(unit: list[str | bool], has_schwa: bool) -> bool:
    return has_schwa or str(unit[0])[-1:] in "aeiou"


def _starts_cons(unit: list[str | bool]) -> bool:
    return str(unit[0])[:1] not in "aeiou"


_KEY_RULES = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "j"),
    (re.compile(r"y(?=[^aeiou]|$)"), "i"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),
    (re.compile(r"(ou|au|ow|aw)"), "o"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"(ai|ae)"), "e"),
    (re.compile(r"aa"), "a"),
    (re.compile(r"([aeiou])[aeiou]+"), r"\1"),  # a vowel cluster counts as its first vowel
    (re.compile(r"([^aeiou])\1+"), r"\1"),  # doubled consonants
    (re.compile(r"ck|c(?!h)"), "k"),
    (re.compile(r"(?<=[kgtdpbjc])h"), ""),  # aspiration: Hindi writes it, English often not
    (re.compile(r"ks"), "x"),
    (re.compile(r"f\b"), "v"),  # Russian -ov as -of (लावरोफ़)
    (re.compile(r"n(?=[kgbpm])"), "n"),
    (re.compile(r"m(?=[bp])"), "n"),
]


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """A spelling-tolerant key that is equal for most spellings of one name in either script.

    >>> phonetic_key("बेलौसोव") == phonetic_key("बेलोसोव") == phonetic_key("Belousov")
    True
    """
    s = romanize(name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    out = []
    for word in s.split():
        for pattern, repl in _KEY_RULES:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


LETTER_NAMES = {
    "ए": "a", "बी": "b", "सी": "c", "डी": "d", "ई": "e", "एफ": "f", "एफ़": "f", "जी": "g", "एच": "h", "आई": "i",
    "जे": "j", "के": "k", "एल": "l", "एम": "m", "एन": "n", "ओ": "o", "पी": "p", "क्यू": "q", "आर": "r",
    "एस": "s", "टी": "t", "यू": "u", "वी": "v", "डब्ल्यू": "w", "डबल्यू": "w", "एक्स": "x", "वाई": "y",
    "जेड": "z", "ज़ेड": "z",
}  # fmt: skip
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
    if " " not in stripped and re.fullmatch(r"[\u0900-\u097f]+", stripped):
        return spelled_acronym(stripped)
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in romanize(name).split() if w and w not in ("of", "and", "the", "for"))


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
    acr_a, acr_b = acronym_key(a), acronym_key(b)
    if acr_a and acr_b:
        return 0.95 if acr_a == acr_b else 0.05
    if acr_a or acr_b:
        acr, other = (acr_a, b) if acr_a else (acr_b, a)
        return 0.85 if acr == _initials(other) else 0.05
    return token_score(phonetic_key(a).split(), phonetic_key(b).split())


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
