"""Romanisation and phonetic keys of names in either script (the letters from ``lang/<code>/letters.tsv``).

The lowest layer of name matching: the knowledge base indexes names by these keys, and
:mod:`sambandh.names` compares names with them. Devanagari is romanised with Hindi schwa
deletion (राजनाथ → rajnath); the key merges the vowels Hindi spellings swap and the consonants
transliterations swap (v/w, f/ph, z/j).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import normalize


def _letters() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The letter classes of ``lang/<code>/letters.tsv`` (every language that has one), and the marks by role."""
    from .lexicon import every_language_rows

    classes: dict[str, dict[str, str]] = {"consonant": {}, "nukta_consonant": {}, "vowel": {}, "sign": {}}
    marks: dict[str, str] = {}  # role -> the sign (one per role: the romaniser reads one script, Devanagari)
    for row in every_language_rows("letters.tsv"):
        if len(row) < 3:
            continue
        if row[0] == "mark":
            marks[row[2]] = row[1]
        elif row[0] in classes:
            classes[row[0]][row[1]] = row[2]
    return classes, marks


# the letters are data (lang/hi/letters.tsv); the romaniser below is the grammar of the script
_CLASSES, _MARKS = _letters()
_CONS = _CLASSES["consonant"]
_NUKTA = _CLASSES["nukta_consonant"]  # consonant + nukta
_VOWELS = _CLASSES["vowel"]
_SIGNS = _CLASSES["sign"]
_VIRAMA = _MARKS["virama"]
_NUKTA_SIGN = _MARKS["nukta"]
_ANUSVARA = _MARKS["anusvara"]
_CHANDRA = _MARKS["chandrabindu"]
_VISARGA = _MARKS["visarga"]
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """Devanagari → plain Latin letters with Hindi schwa deletion; Latin text passes through.

    >>> romanize("राजनाथ सिंह")
    'rajnath singh'
    """
    text = normalize(text).translate(_DIGITS)
    return " ".join(_romanize_word(w) for w in text.split())


def romanize_name(name: str) -> str:
    """A name in Latin script for English readers: :func:`romanize`, each word capitalised."""
    return " ".join(w.capitalize() for w in romanize(name).split())


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
            units.append(["ng" if _CONS.get(nxt) == "h" else "n", False])  # सिंह → singh (ह, the one h)
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


# Each rule with a string that every one of its matches contains: a word without it is left
# as it is, so the rule's scan is skipped ("" for rules with no such string).
_KEY_RULES = [
    (re.compile(r"ph"), "f", "ph"),
    (re.compile(r"w"), "v", "w"),
    (re.compile(r"z"), "j", "z"),
    (re.compile(r"y(?=[^aeiou]|$)"), "i", "y"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "", "y"),
    (re.compile(r"(ou|au|ow|aw)"), "o", ""),
    (re.compile(r"ee"), "i", "ee"),
    (re.compile(r"oo"), "u", "oo"),
    (re.compile(r"(ai|ae)"), "e", "a"),
    (re.compile(r"aa"), "a", "aa"),
    (re.compile(r"([aeiou])[aeiou]+"), r"\1", ""),  # a vowel cluster counts as its first vowel
    (re.compile(r"([^aeiou])\1+"), r"\1", ""),  # doubled consonants
    (re.compile(r"ck|c(?!h)"), "k", "c"),
    # q: क़ is written as often without its nukta (नक़वी, नकवी), and English writes k for it (Qureshi/Kureshi)
    (re.compile(r"q"), "k", "q"),
    (re.compile(r"(?<=[kgtdpbjc])h"), "", "h"),  # aspiration: Hindi writes it, English often not
    (re.compile(r"ks"), "x", "ks"),
    (re.compile(r"f\b"), "v", "f"),  # Russian -ov as -of (लावरोफ़)
    (re.compile(r"n(?=[kgbpm])"), "n", "n"),
    (re.compile(r"m(?=[bp])"), "n", "m"),
]
_NOT_KEY_CHARS = re.compile(r"[^a-z0-9 ]+")
_STOP = re.compile(r"\s*\.\s*")


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """A spelling-tolerant key that is equal for most spellings of one name in either script.

    >>> phonetic_key("बेलौसोव") == phonetic_key("बेलोसोव") == phonetic_key("Belousov")
    True
    """
    if "." in name:
        # a full stop ends a word as a space does ("एम. एस." and "एम . एस." are the same initials): romanised
        # glued to the stop, a word keeps its last vowel ("ema"), apart it loses it ("em")
        name = _STOP.sub(" ", name)
    s = romanize(name)
    if not s.isascii():  # (ASCII is its own NFKD form)
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = _NOT_KEY_CHARS.sub(" ", s.lower())
    out = []
    for word in s.split():
        for pattern, repl, needs in _KEY_RULES:
            if needs in word:  # ("" is in every word)
                word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)
