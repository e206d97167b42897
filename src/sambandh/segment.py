"""Segment stage: sentences and tokens, as offsets into the clean text.

Sentences end at ``।``, ``॥``, ``?``, ``!``, at a line break, and at ``.`` used as a full
stop, also with no space after it (``...हुई.अगले``, BBC Hindi style). A ``.`` does not end a
sentence after an initial or abbreviation (``एस. जयशंकर``, ``डॉ.``, ``S.``, ``Dr.``,
``p.m.``), between digits (``3.5``) or inside a Latin word (``bbc.com``). indic-nlp-library's
splitter is not used here because it keeps glued sentences (``आए.अमदी``) together.
"""

from __future__ import annotations

import re

from .lexicon import words_of
from .model import Span
from .script import DEVANAGARI, DEVANAGARI_WORD


def _abbreviations(kind: str) -> set[str]:
    """Words of every language's ``abbreviations.tsv`` of one kind (``always`` or ``ambiguous``)."""
    from .lexicon import every_language_rows

    return {r[1] for r in every_language_rows("abbreviations.tsv") if len(r) > 1 and r[0] == kind}


# Initials and abbreviations that a name follows, so a full stop after them is not a sentence
# end (Devanagari spellings of Latin initials, Hindi and English titles, months): lang/<code>/abbreviations.tsv
_ABBREV = _abbreviations("always")
# Words that are initials too but also end sentences ("वह आई."); protected only before
# another initial ("आई. के. गुजराल").
_HI_AMBIGUOUS = _abbreviations("ambiguous")
_CANDIDATE = re.compile(r"[।॥?!]+|\.+|\n|\|")
_DEVANAGARI = re.compile(r"[" + DEVANAGARI + r"]\s*$")
# where an over-long sentence may be cut: after a clause mark or before a conjunction, else at a space
_CLAUSE_CUT = re.compile(r"[,;:]\s+|\s+(?=(?:" + "|".join(sorted(words_of("cut_before"))) + r")\s)")
MAX_SENTENCE_CHARS = 600
_CLOSERS = "\"'”’»)]}"
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f" + DEVANAGARI_WORD + r"]")
_WORD_BEFORE = re.compile(r"([^\s\"'“”‘’(\[]+)$")
_TOKEN = re.compile(
    r"(?:[^\W_]|[" + DEVANAGARI_WORD + r"])+"
    + r"(?:[-./:'’](?:[^\W_]|[" + DEVANAGARI_WORD + r"])+)*"
    + r"|[^\s]"
)


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _period_ends_sentence(text: str, i: int, run: int) -> bool:
    """Whether the ``.`` run at ``i`` (``run`` long) ends a sentence."""
    end = i + run
    nxt = text[end] if end < len(text) else "\n"
    prev = text[i - 1] if i > 0 else " "
    if run >= 3:  # an ellipsis ends a sentence only at a line end
        return nxt == "\n"
    if nxt == "\n":
        return True
    if prev.isdigit() and nxt.isdigit():
        return False
    m = _WORD_BEFORE.search(text, max(0, i - 40), i)  # a window: "$"-anchored search scans from its start
    word = m.group(1) if m else ""
    bare = word.strip(".")
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    after = text[j] if j < len(text) else "\n"
    # Latin on both sides with no space: a domain, an abbreviation or "U.S"
    if _is_latin(prev) and end < len(text) and (_is_latin(nxt) or nxt.isdigit()):
        return prev.islower() and nxt.isupper() and "." not in word and len(word) > 2
    if len(bare) == 1 and _is_latin(bare):
        return False  # an initial: "S. Jaishankar"
    if "." in bare and all(len(p) <= 2 for p in bare.split(".")):
        return after == "\n"  # "p.m", "U.S", "e.g"
    if bare.lower() in _ABBREV or bare in _ABBREV:
        return False
    if bare in _HI_AMBIGUOUS:
        nxt_word = re.match(r"([^\s.]+)\.", text[j : j + 12])
        return not (nxt_word and nxt_word.group(1) in _ABBREV | _HI_AMBIGUOUS)
    return not (_is_latin(after) and after.islower())  # "approx. five" goes on


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    max_chars: int = MAX_SENTENCE_CHARS) -> list[Span]:  # fmt: skip
    """Split ``text[start:end]`` into sentence spans (trimmed, never empty).

    ``|`` ends a sentence where it stands for a danda (after Devanagari, before a space). A
    sentence longer than ``max_chars`` is cut at its last clause boundary before the limit (a
    comma, a conjunction), else at a space, else at the limit, so no later stage ever works on
    an unbounded span.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    sent_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        tok = m.group(0)
        if tok[0] == "." and not _period_ends_sentence(text, m.start(), len(tok)):
            continue
        if tok == "|" and not (_DEVANAGARI.search(text, max(start, m.start() - 3), m.start())
                               and (m.end() >= end or text[m.end()].isspace())):  # fmt: skip
            continue
        stop = m.end()
        if tok != "\n":
            while stop < end and text[stop] in _CLOSERS:
                stop += 1
        _add(text, spans, sent_start, stop)
        sent_start = stop
    _add(text, spans, sent_start, end)
    if any(s.end - s.start > max_chars for s in spans):
        spans = [piece for s in spans for piece in _bounded(text, s, max_chars)]
    return spans


def _bounded(text: str, span: Span, max_chars: int) -> list[Span]:
    """Cut one over-long sentence into pieces of at most ``max_chars``."""
    out: list[Span] = []
    s = span.start
    while span.end - s > max_chars:
        limit = s + max_chars
        cut = None
        for m in _CLAUSE_CUT.finditer(text, s + max_chars // 3, limit):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", s + max_chars // 3, limit)
            cut = space + 1 if space > s else limit
        piece = Span(s, cut)
        while piece.end > piece.start and text[piece.end - 1].isspace():
            piece = Span(piece.start, piece.end - 1)
        if piece.end > piece.start:
            out.append(piece)
        s = cut
        while s < span.end and text[s].isspace():
            s += 1
    if s < span.end:
        out.append(Span(s, span.end))
    return out


def _add(text: str, spans: list[Span], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and (_LETTER.search(text, s, e) or any(c.isalnum() for c in text[s:e])):
        spans.append(Span(s, e))
    elif e > s and spans:  # stray punctuation joins the sentence before it
        spans[-1] = Span(spans[-1].start, e)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Token spans of ``text[start:end]``: words (with inner ``-./:'``, so ``S-400``,
    ``5:02``, ``3.5`` and ``bbc.com`` stay whole) and single punctuation marks.
    """
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
