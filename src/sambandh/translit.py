"""Romanisation of Hindi names by a trained joint-sequence model (Devanagari → Latin).

The letter rules of :mod:`sambandh.phonetic` give every name one stable key for matching
(``राजनाथ`` → ``rajnath``), but as a display name they read as machine output: they cannot know
which vowels Hindi writers lengthen in Latin, where a schwa stays, or that ``व`` is written ``w``
in one name and ``v`` in another. This module learns that from how people actually romanise Hindi
words (the Dakshina lexicon, ``training/translit/``): a word is cut into written units (an
akshara: a consonant with its vowel sign, a half consonant, an independent vowel, a nasal sign),
each unit is paired with the Latin letters it was written as, and an n-gram model over those
pairs ("graphones") scores every way of spelling the word; a beam search keeps the best.

The model is a JSON file (``models/translit-hi.json`` by default; its card beside it). Loading
and decoding need nothing beyond the standard library. Where no model is found, callers fall
back to the letter rules.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .script import has_devanagari

DEFAULT_MODEL = Path(__file__).parent / "models" / "translit-hi.json"

_NUKTA, _VIRAMA = "\u093c", "\u094d"
BOS, EOS = "<s>", "</s>"


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


def _is_sign(ch: str) -> bool:
    # dependent vowel signs (ा … ौ, ॅ ॉ, ॢ ॣ)
    return "\u093e" <= ch <= "\u094c" or ch in "\u0962\u0963"


def units(word: str) -> list[str]:
    """A Devanagari word cut into written units: a consonant (with its nukta) and its vowel sign
    or virama, an independent vowel, a nasal or visarga sign, or any other single character.

    >>> units("क्षेत्र")
    ['क्', 'षे', 'त्', 'र']
    """
    word = unicodedata.normalize("NFC", word)
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if _is_consonant(ch):
            j = i + 1
            if j < n and word[j] == _NUKTA:
                j += 1
            if j < n and (word[j] == _VIRAMA or _is_sign(word[j])):
                j += 1
            out.append(word[i:j])
            i = j
            continue
        out.append(ch)
        i += 1
    return out


@dataclass
class Transliterator:
    """A graphone n-gram model with Witten-Bell interpolation.

    Args:
        order: The n-gram order (graphones of history + 1).
        counts: For each history (graphones joined by a tab, '' for none) the count of each next graphone.
        chunks: For each unit, the Latin chunks it was seen written as (most frequent first).
        beam: Hypotheses kept at each unit.
        smoothing: How much weight a history's unseen graphones get, per distinct one seen after it
            (1 is Witten-Bell; more trusts sparse long histories less).
    """

    order: int
    counts: dict[str, dict[str, int]]
    chunks: dict[str, list[str]]
    beam: int = 12
    smoothing: float = 1.0
    _totals: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._totals = {h: (sum(ws.values()), len(ws)) for h, ws in self.counts.items()}
        self._vocab = max(1, len(self.counts.get("", {})))

    @classmethod
    def load(cls, path: Path | str = DEFAULT_MODEL) -> Transliterator:
        """Read a model file written by ``training/translit/train.py``.

        Raises:
            FileNotFoundError: There is no such file.
        """
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(int(data["order"]), data["counts"], data["chunks"], smoothing=float(data.get("smoothing", 1.0)))

    def prob(self, history: tuple[str, ...], g: str) -> float:
        """P(g | history), interpolated down to the unigram, then a floor for unseen graphones."""
        return self._prob_in(self._context(history), g)

    def _context(self, history: tuple[str, ...]) -> list[tuple[dict[str, int], int, float]]:
        """What :meth:`prob` reads of ``history`` whatever the graphone: for each of its seen
        suffixes, shortest first, the counts after it, their total and its interpolation weight.
        A beam scores every candidate graphone after one history: this is worked out once for all.
        """
        out = []
        for k in range(len(history) + 1):
            h = "\t".join(history[len(history) - k :]) if k else ""
            seen = self.counts.get(h)
            if seen is None:
                continue
            total, types = self._totals[h]
            out.append((seen, total, total / (total + self.smoothing * types)))
        return out

    def _prob_in(self, context: list[tuple[dict[str, int], int, float]], g: str) -> float:
        """:meth:`prob` of ``g`` after a history read by :meth:`_context` (the same sums, in the same order)."""
        p = 1.0 / (self._vocab * 50)
        for seen, total, lam in context:
            p = lam * seen.get(g, 0) / total + (1 - lam) * p
        return p

    def romanize_word(self, word: str) -> str:
        """The best Latin spelling of one Devanagari word (other characters pass through)."""
        best = self.nbest(word, 1)
        return best[0] if best else ""

    def nbest(self, word: str, k: int = 4) -> list[str]:
        """The ``k`` best distinct Latin spellings of one Devanagari word, best first (``[]`` for none).

        The beam's survivors ranked with the end of the word: another spelling a writer might use
        (``Jaitley`` and ``Jetli``), for matching a Latin name against a Hindi one.
        """
        us = units(word)
        if not us:
            return []
        n = self.order - 1
        beams: list[tuple[float, tuple[str, ...], str]] = [(0.0, (BOS,) * n, "")]
        for u in us:
            cands = self.chunks.get(u)
            if not cands:
                if has_devanagari(u):
                    cands = [""]
                else:
                    cands = [u.lower()]
            nxt: list[tuple[float, tuple[str, ...], str]] = []
            for score, hist, text in beams:
                # n is 0 for a unigram model, where hist[-0:] would be the whole history, not none of it
                context = self._context(hist[-n:] if n else ())
                for c in cands:
                    g = f"{u}|{c}"
                    p = self._prob_in(context, g)
                    nxt.append((score + math.log(p), (*hist, g)[-n:] if n else (), text + c))
            nxt.sort(key=lambda b: -b[0])
            beams = nxt[: self.beam]
        return self._best_texts(beams, k)

    def devanagari(self, word: str, k: int = 4) -> list[str]:
        """The ``k`` best Devanagari spellings of one Latin word, best first (``[]`` for none).

        The same joint model read the other way: the Latin word is cut into the chunks the model
        has seen units written as, each chunk paired with such a unit, and the graphone sequences
        scored as in :meth:`nbest` (``delaware`` → ``डेलावेयर``). Units written with no Latin letters
        are not proposed.
        """
        if not hasattr(self, "_units_of"):
            units_of: dict[str, list[str]] = {}
            for u, cs in self.chunks.items():
                for c in cs:
                    if c:
                        units_of.setdefault(c, []).append(u)
            self._units_of = units_of
        lat = word.lower()
        if not lat:
            return []
        longest = max((len(c) for c in self._units_of), default=1)
        n = self.order - 1
        at: dict[int, list[tuple[float, tuple[str, ...], str]]] = {0: [(0.0, (BOS,) * n, "")]}
        for pos in range(len(lat)):
            for score, hist, text in sorted(at.pop(pos, []), key=lambda b: -b[0])[: self.beam]:
                context = self._context(hist[-n:] if n else ())
                for size in range(1, min(longest, len(lat) - pos) + 1):
                    c = lat[pos : pos + size]
                    for u in self._units_of.get(c, ()):
                        g = f"{u}|{c}"
                        p = self._prob_in(context, g)
                        at.setdefault(pos + size, []).append(
                            (score + math.log(p), (*hist, g)[-n:] if n else (), text + u))
        return self._best_texts(at.get(len(lat), []), k)

    def _best_texts(self, beams: list[tuple[float, tuple[str, ...], str]], k: int) -> list[str]:
        """The ``k`` best distinct texts of finished beams ``(log score, history, text)``, each
        scored with the end of the word after its history.
        """
        ranked = sorted(beams, key=lambda b: -(b[0] + math.log(self.prob(b[1], EOS))))
        out: list[str] = []
        for b in ranked:
            if b[2] not in out:
                out.append(b[2])
                if len(out) == k:
                    break
        return out

    def romanize(self, text: str) -> str:
        """Every Devanagari word of ``text`` romanised, other words kept, each capitalised."""
        out = []
        for w in text.split():
            lat = self.romanize_word(w) if has_devanagari(w) else w
            out.append(lat[:1].upper() + lat[1:] if lat else lat)
        return " ".join(out)


@lru_cache(maxsize=1)
def default() -> Transliterator | None:
    """The shipped model, or None when it is missing (the letter rules are used then)."""
    try:
        return Transliterator.load(DEFAULT_MODEL)
    except (OSError, ValueError, KeyError):
        return None


@lru_cache(maxsize=65536)
def romanize_name(name: str) -> str:
    """A Hindi name in Latin letters for English readers: the trained model when it is there,
    else :func:`sambandh.phonetic.romanize_name`. Latin names pass through.
    """
    model = default()
    if model is None:
        from .phonetic import romanize_name as by_rules

        return by_rules(name)
    from .normalize import normalize

    return model.romanize(normalize(name))


@lru_cache(maxsize=65536)
def spellings(word: str, k: int = 4) -> tuple[str, ...]:
    """The model's ``k`` best Latin spellings of one Devanagari word, lower case, best first;
    ``()`` when there is no model or the word has no Devanagari.
    """
    model = default()
    if model is None or not has_devanagari(word):
        return ()
    from .normalize import normalize

    return tuple(model.nbest(normalize(word), k))


__all__ = ["DEFAULT_MODEL", "Transliterator", "default", "romanize_name", "spellings", "units"]
