"""Devanagari-aware Unicode normalisation, with offset maps, and a folding key.

``normalize`` gives the canonical form stored as clean text: NFC with one nukta form
(the decomposed one, as NFC and indic-nlp-library's normaliser agree on), no zero-width or
control characters, every kind of space as U+0020, line breaks as ``\\n``. Devanagari digits
are kept; ``fold`` makes them comparable with ASCII digits, together with the other
variants that should match in search and comparison (nukta, chandrabindu, case).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from .model import OffsetMap
from .script import DEVANAGARI_CONSONANTS, DEVANAGARI_WORD, has_devanagari

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_CONTROL = (
    "".join(chr(c) for c in range(32) if chr(c) not in "\n") + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
)
_TABLE: dict[int, str | None] = {ord(c): " " for c in _SPACES}
_TABLE.update({ord(c): None for c in _INVISIBLE})
_TABLE.update({ord(c): None for c in _CONTROL if c not in "\t\v\f\r"})
_TABLE[ord("\r")] = "\n"
_ASCII_ONLY = re.compile(r"[\x20-\x7e\n]*\Z")
# str.translate looks every character up in its table, and most texts hold none of its keys:
# one search for them is far cheaper
_IN_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


_DECOMPOSE = str.maketrans({"\u0929": "\u0928\u093c", "\u0931": "\u0930\u093c", "\u0934": "\u0933\u093c"})
_COMPOSED = re.compile("[\u0929\u0931\u0934]")  # the keys of _DECOMPOSE


@lru_cache(maxsize=1)
def _indic_fold() -> Any:
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer("hi", remove_nuktas=True, nasals_mode="to_anusvaara_relaxed")


def normalize(text: str) -> str:
    """Return the canonical form of ``text`` (idempotent).

    NFC, with the three nukta letters that NFC composes (ऩ ऱ ऴ) decomposed too, so every
    nukta is a separate U+093C. ``\\r\\n`` and lone ``\\r`` become ``\\n``. Punctuation is
    left as written: indic-nlp-library's normaliser is used only for ``fold`` because it
    turns ``:`` after Devanagari into a visarga (``नई दिल्ली:``) and ``|`` into a danda.
    """
    if _ASCII_ONLY.match(text):
        return text
    s = text.replace("\r\n", "\n")
    if _IN_TABLE.search(s):
        s = s.translate(_TABLE)
    s = unicodedata.normalize("NFC", s)
    return s.translate(_DECOMPOSE) if _COMPOSED.search(s) else s


def normalize_with_map(text: str) -> tuple[str, OffsetMap]:
    """Normalise ``text`` and map every offset of the result back into ``text``.

    ``normalize`` never acts across an ASCII space, so words are normalised one by one and
    only a changed word is aligned character by character.
    """
    out = normalize(text)
    omap = OffsetMap()
    omap.add(0, 0)
    if out == text:
        return out, omap
    if "\r" in text:  # CR LF pairs would straddle words; align the whole text instead
        _align(omap, out, text, 0, 0)
    else:
        pos = 0
        raw_pos = 0
        for word in text.split(" "):
            nw = normalize(word)
            omap.add(pos, raw_pos)
            if nw != word:
                _align(omap, nw, word, pos, raw_pos)
            pos += len(nw) + 1
            raw_pos += len(word) + 1
    omap.add(len(out), len(text))  # an end anchor bounds the last run
    return out, omap


def _align(omap: OffsetMap, out: str, raw: str, out_base: int, raw_base: int) -> None:
    matcher = difflib.SequenceMatcher(None, out, raw, autojunk=False)
    for tag, i1, _i2, j1, _j2 in matcher.get_opcodes():
        if tag == "delete" and i1 == len(out):
            continue
        omap.add(out_base + i1, raw_base + j1)
    omap.add(out_base + len(out), raw_base + len(raw))


_CONSONANT = re.compile(f"[{DEVANAGARI_CONSONANTS}]")


def tolerant(pattern: str) -> str:
    """Let a regex written with plain letters match the variants ``fold`` merges: a nukta
    after any consonant, chandrabindu for anusvara (and the reverse), inside and outside
    character classes.
    """
    out: list[str] = []
    in_class = False
    for ch in pattern:
        if ch == "[" and not (out and out[-1].endswith("\\")):
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if in_class:
            out.append(ch + ("\u0901" if ch == "\u0902" else ""))
        elif ch in "\u0902\u0901":
            out.append("[\u0902\u0901]")
        elif ch == "\u093c":
            continue
        elif _CONSONANT.match(ch):
            out.append(ch + "\u093c?")
        else:
            out.append(ch)
    return "".join(out)


_FOLD_TABLE: dict[int, str | None] = {ord("\u093c"): None, ord("\u0901"): "\u0902"}
_FOLD_TABLE.update({0x0966 + d: str(d) for d in range(10)})
_WS = re.compile(r"\s+")


def fold(text: str) -> str:
    """A comparison key: normalised, nukta dropped, nasal consonants and chandrabindu as
    anusvara, typographic quotes and dashes plain, ASCII digits, lower case, single spaces
    (indic-nlp-library's normaliser does the Devanagari part).
    """
    # names and words come back over and over (knowledge-base lookups, time words, the same
    # constants folded per call); a long text seldom does and would only fill the cache
    return _fold_short(text) if len(text) <= 64 else _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    s = normalize(text)
    if has_devanagari(s):
        s = _indic_fold().normalize(s)
    s = s.translate(_FOLD_TABLE).casefold()
    return _WS.sub(" ", s).strip()


@lru_cache(maxsize=1 << 17)
def fold_word(word: str) -> str:
    """:func:`fold` of one word, remembered (stages fold the same words over and over)."""
    return fold(word)


# Search folding: spellings Hindi writers swap are one term (nukta, chandrabindu/anusvara,
# long/short i and u, ai/e, au/o, candra-o/aa, half nasal before a consonant/anusvara).
_SEARCH_TABLE: dict[int, str | None] = {
    0x093C: None, 0x0901: "\u0902", 0x0940: "\u093f", 0x0942: "\u0941", 0x0948: "\u0947", 0x094C: "\u094b",
    0x0949: "\u093e", 0x0911: "\u0906", 0x0908: "\u0907", 0x090A: "\u0909", 0x0910: "\u090f", 0x0914: "\u0913",
    0x200C: None, 0x200D: None, 0x0945: "\u0947", 0x090D: "\u090f",
}  # fmt: skip
_SEARCH_TABLE.update({0x0958 + i: ch for i, ch in enumerate("कखगजडढफय")})
_SEARCH_TABLE.update({0x0966 + d: str(d) for d in range(10)})
_HALF_NASAL = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")
TOKEN_RE = re.compile(r"[0-9A-Za-z\u00c0-\u024f" + DEVANAGARI_WORD + r"\u200c\u200d]+")


def search_fold(token: str) -> str:
    """The index term of a token: Hindi spelling variants merged, Latin lower-cased.

    >>> search_fold("बेलौसोव") == search_fold("बेलोसोव")
    True
    >>> search_fold("हिन्दी") == search_fold("हिंदी")
    True
    """
    folded = token.translate(_SEARCH_TABLE)
    if "\u094d" in folded:
        folded = _HALF_NASAL.sub("\u0902", folded)
    return folded.casefold()


def search_terms(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` for each token of ``text`` (offsets into ``text``)."""
    return [(m.start(), m.end(), search_fold(m.group())) for m in TOKEN_RE.finditer(text)]
