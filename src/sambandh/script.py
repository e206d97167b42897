"""The scripts Sambandh reads, in one place: character ranges for patterns, and tests on text.

Every module builds its patterns from these ranges instead of writing a Unicode block of its own,
so a language in another script (Urdu's Arabic letters, Bengali) is added here and in its
``lang/<code>/`` folder.
"""

from __future__ import annotations

import re

DEVANAGARI = "\u0900-\u097f"  # the whole block, for character classes
DEVANAGARI_WORD = "\u0900-\u0963\u0966-\u097f"  # less the dandas (।, ॥): what a word is made of
DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097f"  # letters and signs: no dandas, digits or abbreviation sign
DEVANAGARI_CONSONANTS = "\u0915-\u0939\u0958-\u095f"  # क..ह and the nukta letters क़..य़
_ANY_DEVANAGARI = re.compile(f"[{DEVANAGARI}]")
DEVANAGARI_RUN = re.compile(f"[{DEVANAGARI}]+")  # a run of the block (fullmatch: a word of Devanagari only)


def has_devanagari(text: str) -> bool:
    """Whether ``text`` has a character of the Devanagari block."""
    return _ANY_DEVANAGARI.search(text) is not None


def is_devanagari(ch: str) -> bool:
    """Whether one character is of the Devanagari block."""
    return "\u0900" <= ch <= "\u097f"


__all__ = ["DEVANAGARI", "DEVANAGARI_LETTERS", "DEVANAGARI_WORD", "has_devanagari", "is_devanagari"]
