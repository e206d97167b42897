"""Places the tagger left unnamed, read by the words around them (``lang/<code>/locative_frames.tsv``).

Local news names villages, localities and roads that no gazetteer lists, and the tagger reads many of them
as no name at all. Their frame says what they are: a local body's word before the name ("ग्राम पंचायत X"),
the genitive of a district or a police station's area that holds it, with the locative or "near" after
("X जिले के Y में", "X थाना क्षेत्र के Y के पास"), or a road's word after two joined names ("X-Y मार्ग").
Each name so framed, and the same word again elsewhere in the article, is a place for the event coder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import every_language_rows
from ..link import new_entity_id
from ..model import Mention
from ..names import phonetic_key
from ..normalize import fold
from ..script import DEVANAGARI_WORD

_W = r"[" + DEVANAGARI_WORD + r"]{2,}"
_NOT_WORD_BEFORE = r"(?<![\w" + DEVANAGARI_WORD + r"-])"
_NOT_WORD_AFTER = r"(?![\w" + DEVANAGARI_WORD + r"-])"


def frame_words(frame: str) -> str:
    """An alternation of the table's words of one frame, longest first (a space for any whitespace)."""
    return _alt(frame)


def _alt(frame: str) -> str:
    words = sorted({r[1] for r in every_language_rows("locative_frames.tsv") if len(r) > 1 and r[0] == frame},
                   key=lambda w: (-len(w), w))  # fmt: skip
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opener, container and road frames, each with the name as the group ``name``."""
    opener = re.compile(_NOT_WORD_BEFORE + r"(?:" + _alt("opener") + r")\s+(?P<name>" + _W + r")" + _NOT_WORD_AFTER)
    container = re.compile(_NOT_WORD_BEFORE + r"(?:" + _alt("container") + r")\s+(?:के|की)\s+(?P<name>" + _W
                           + r"(?:\s+" + _W + r")?)\s+(?:" + _alt("closer") + r")" + _NOT_WORD_AFTER)  # fmt: skip
    road = re.compile(_NOT_WORD_BEFORE + r"(?P<name>" + _W + r"\s*-\s*" + _W + r"\s+(?:" + _alt("road") + r"))"
                      + _NOT_WORD_AFTER)  # fmt: skip
    return opener, container, road


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are no name in a frame: the table's everyday words, the place words and the function words."""
    rows = every_language_rows("locative_frames.tsv")
    words = {r[1] for r in rows if len(r) > 1 and r[0] == "not_name"}
    words |= {r[0] for r in every_language_rows("place_words.tsv") if r}
    words |= {r[0] for r in every_language_rows("stopwords.tsv") if r}
    return frozenset(fold(w) for w in words)


def _is_name(words: str, common: frozenset[str]) -> bool:
    """Whether every word of ``words`` may be (part of) a name: none is an everyday word."""
    bad = _not_names()
    return all(fold(w) not in bad and w not in common for w in words.split())


def frame_places(text: str, mentions: list[Mention], common: frozenset[str] = frozenset()) -> list[Mention]:
    """The places a locative frame names that no mention covers, and the same names again in the text.

    A road named by the two places it joins ("X-Y मार्ग") is one place (``LOC``) and stands over the two names'
    own mentions (the caller drops those); any other framed name is a settlement (``GPE``) and is read only
    where nothing is tagged.

    Args:
        text: The article's clean text.
        mentions: Its mentions (sorted or not).
        common: Everyday words that are never a name alone (the tagger's ``common_words.txt``).

    Returns:
        New mentions, source ``frame``, with their entity ids set, in text order.
    """
    opener, container, road = _patterns()
    spans = [(m.start, m.end) for m in mentions]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in spans)

    found: list[Mention] = []
    names: dict[str, str] = {}
    for rx, label in ((opener, "GPE"), (container, "GPE"), (road, "LOC")):
        for fm in rx.finditer(text):
            s, e = fm.span("name")
            name = text[s:e]
            if label == "LOC":
                ends = re.split(r"\s*-\s*|\s+", name)[:2]
                # (over the two ends' own place mentions only: not over a person's or a body's name, nor across one)
                over = [m for m in mentions if m.start < e and s < m.end]
                if not _is_name(" ".join(ends), common) or not all(
                        s <= m.start and m.end <= e and m.label in ("GPE", "LOC") for m in over):  # fmt: skip
                    continue
            elif not _is_name(name, common) or not free(s, e):
                continue
            key = " ".join(name.split())
            # (the name already tagged elsewhere with its place word, "कपासन कस्बे": that entity)
            known = next((m.entity_id for m in mentions if m.entity_id and m.label == label
                          and text.startswith(key, m.start)), None)  # fmt: skip
            eid = names.setdefault(key, known or new_entity_id(label, phonetic_key(key)))
            found.append(Mention(s, e, label, source="frame", entity_id=eid, canonical=key))
            spans.append((s, e))
    # the same settlement's name again, bare ("कपासन में तनाव" in the headline, read in the body's frame)
    for key, eid in names.items():
        if eid.startswith("new:loc:"):
            continue
        for am in re.finditer(_NOT_WORD_BEFORE + re.escape(key).replace(r"\ ", r"\s+") + _NOT_WORD_AFTER, text):
            if free(am.start(), am.end()):
                found.append(Mention(am.start(), am.end(), "GPE", source="frame", entity_id=eid, canonical=key))
                spans.append(am.span())
    return sorted(found, key=lambda m: m.start)
