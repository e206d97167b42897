"""Places the tagger left unnamed, read by the words around them (``lang/<code>/locative_frames.tsv``).

Local news names villages, localities and roads that no gazetteer lists, and the tagger reads many of them
as no name at all. Their frame says what they are: a local body's word before the name ("ग्राम पंचायत X"),
the genitive of a district or a police station's area that holds it, with the locative or "near" after
("X जिले के Y में", "X थाना क्षेत्र के Y के पास"), or a road's word after two joined names ("X-Y मार्ग").

A settlement so framed, and the same word again elsewhere in the article, is a mention of the entity stage
(:func:`framed_settlements`, source ``frame``; the link stage gives it its entity, :func:`frame_entity_ids`). A
road is no entity of the article: the event coder reads it for itself (:func:`framed_roads`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import case_forms, every_language_rows, forms_alt
from .model import Mention
from .names import acronym_like, new_entity_id, phonetic_key
from .normalize import fold
from .script import DEVANAGARI_WORD

_W = r"[" + DEVANAGARI_WORD + r"]{2,}"
_NOT_WORD_BEFORE = r"(?<![\w" + DEVANAGARI_WORD + r"-])"
_NOT_WORD_AFTER = r"(?![\w" + DEVANAGARI_WORD + r"-])"


def frame_words(frame: str) -> frozenset[str]:
    """The table's words of one frame (``lang/<code>/locative_frames.tsv``, column 2)."""
    return frozenset(r[1] for r in every_language_rows("locative_frames.tsv") if len(r) > 1 and r[0] == frame)


def _alt(frame: str) -> str:
    """The words of one frame as an alternation, longest first (a space for any whitespace)."""
    return forms_alt(frame_words(frame)) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opener, container and road frames, each with the name as the group ``name`` (the container's
    genitive in any of the cases table's Devanagari forms).
    """
    genitive = {f for f, c in case_forms("after").items()
                if c == "gen" and re.fullmatch("[" + DEVANAGARI_WORD + "]+", f)}  # fmt: skip
    opener = re.compile(_NOT_WORD_BEFORE + r"(?:" + _alt("opener") + r")\s+(?P<name>" + _W + r")" + _NOT_WORD_AFTER)
    container = re.compile(_NOT_WORD_BEFORE + r"(?:" + _alt("container") + r")\s+(?:" + forms_alt(genitive)
                           + r")\s+(?P<name>" + _W + r"(?:\s+" + _W + r")?)\s+(?:" + _alt("closer") + r")"
                           + _NOT_WORD_AFTER)  # fmt: skip
    road = re.compile(_NOT_WORD_BEFORE + r"(?P<name>" + _W + r"\s*-\s*" + _W + r"\s+(?:" + _alt("road") + r"))"
                      + _NOT_WORD_AFTER)  # fmt: skip
    return opener, container, road


@lru_cache(maxsize=1)
def _marked_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The marker frame (``X निवासी``, ``X के विधायक``: one word, the name as the group ``name``; the word
    before it may be any, so a second word is never read into the name) and the town's genitive frame from
    right after the town (`` के X में``).
    """
    # spaces or tabs only: a frame never runs across a line (a heading, a caption, the next paragraph)
    one = re.compile(_NOT_WORD_BEFORE + r"(?P<name>" + _W + r")[ \t]+(?:" + _alt("marker") + r")" + _NOT_WORD_AFTER)
    town = re.compile(r"[ \t]+के[ \t]+(?P<name>" + _W + r")[ \t]+(?:" + _alt("closer") + r")" + _NOT_WORD_AFTER)
    return one, town


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are no name in a frame: the table's everyday words, the place words and the function words."""
    rows = every_language_rows("locative_frames.tsv")
    words = {r[1] for r in rows if len(r) > 1 and r[0] == "not_name"}
    words |= {r[0] for r in every_language_rows("place_words.tsv") if r}
    words |= {r[0] for r in every_language_rows("stopwords.tsv") if r}
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """Words that give a count (folded): the number and vague-count words of ``timex.tsv`` and the table's
    ``count`` rows (its multipliers). An opener after one is a unit, not a settlement's word ("50 ग्राम").
    """
    words = {f for r in every_language_rows("timex.tsv") if len(r) > 2 and r[0] in ("number", "vague")
             for f in r[2].split("|")}  # fmt: skip
    words |= frame_words("count")
    return frozenset(fold(w) for w in words)


_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*")
_LAST_WORD = re.compile(r"(\S+)\s+$")


def _after_count(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a number, in digits or in words ("50 ग्राम", "पांच ग्राम")."""
    wm = _LAST_WORD.search(text, max(0, start - 40), start)
    return wm is not None and (_NUMBER.fullmatch(wm.group(1)) is not None or fold(wm.group(1)) in _count_words())


@lru_cache(maxsize=1)
def _not_name_endings() -> tuple[str, ...]:
    """Endings no name in a frame has (folded): the oblique plural of a common noun ("अधिकारियों", "बदमाशों")."""
    return tuple(sorted({fold(w) for w in frame_words("not_name_ending")}))


def _is_name(words: str, common: frozenset[str]) -> bool:
    """Whether every word of ``words`` may be (part of) a name: none is an everyday word nor ends as a plural
    common noun does in the oblique case.
    """
    bad = _not_names()
    ends = _not_name_endings()
    return all(fold(w) not in bad and w not in common and not fold(w).endswith(ends) for w in words.split())


@lru_cache(maxsize=1)
def _joining() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The joining frame's two ends: the word before ``से`` and the verb (``X से जोड़...``), and the word before
    ``को`` with what follows it up to the verb (``X को ... से जोड़...``), each name the group ``name``.
    """
    verb = r"(?:" + _alt("joins") + r")[" + DEVANAGARI_WORD + r"]*"
    second = re.compile(_NOT_WORD_BEFORE + r"(?P<name>" + _W + r")\s+से\s+" + verb)
    first = re.compile(_NOT_WORD_BEFORE + r"(?P<name>" + _W + r")\s+को\s+(?P<rest>[^।॥.?!]{1,60}?)\s+से\s+" + verb)
    return first, second


def _joined_ends(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The unlisted ends of a joining frame whose other end is a listed place: ``<place> को [a word or two]
    X से जोड़...`` gives X, ``X को <place> से जोड़...`` gives X (spans in ``text``).
    """
    first, second = _joining()
    places = [m for m in mentions if m.label in ("GPE", "LOC") and m.kb_id]
    out: list[tuple[int, int]] = []
    for fm in first.finditer(text):
        rest_s, rest_e = fm.span("rest")
        to_end = re.search(r"(\S+)\s*$", text[rest_s:rest_e])
        ends = [m for m in places if m.start == fm.start("name")]  # "<place> को ... X से"
        if ends and to_end is not None:
            x = rest_s + to_end.start(1)
            if second.match(text, x) is not None:
                out.append((x, rest_s + to_end.end(1)))
            # "<place> को X से और <place> को Y से जोड़ने": the first pair's other end, before the conjunction
            pair = re.match(r"(" + _W + r")\s+से\s+(?:और|तथा|एवं|व)\s", text[rest_s:rest_e])
            if pair is not None:
                out.append((rest_s + pair.start(1), rest_s + pair.end(1)))
        elif any(m.start >= rest_s and m.end == rest_s + (to_end.end(1) if to_end else -1) for m in places) and (
            len(text[rest_s:rest_e].split()) == 1
        ):  # "X को <place> से": the place alone between
            out.append(fm.span("name"))
    return out


@lru_cache(maxsize=1)
def _determiners() -> str:
    """The oblique demonstratives, which stand only before a noun (``lang/*/not_names.tsv``, ``determiner``),
    as an alternation.
    """
    return forms_alt({r[0] for r in every_language_rows("not_names.tsv") if len(r) > 1 and r[1] == "determiner"})


def _pointed_at(text: str, word: str) -> bool:
    """Whether the article writes ``word`` right after an oblique demonstrative anywhere ("इस पुल को"): an
    everyday noun then, no place's name (as ``entities._pointed_nouns`` reads the tagger's names).
    """
    alt = _determiners()
    return bool(alt) and re.search(_NOT_WORD_BEFORE + r"(?:" + alt + r")\s+" + re.escape(word) + _NOT_WORD_AFTER,
                                   text) is not None  # fmt: skip


def _opens_with(text: str, key: str, at: int) -> bool:
    """Whether the text at ``at`` opens with the name ``key`` as whole words (any whitespace for its spaces): a
    framed "रामपुर" opens "रामपुर कस्बे", not "रामपुरवा".
    """
    return re.compile(re.escape(key).replace(r"\ ", r"\s+") + _NOT_WORD_AFTER).match(text, at) is not None


def _road_spans(text: str, mentions: list[Mention], common: frozenset[str]) -> list[tuple[int, int]]:
    """Where a road named by the two places it joins stands ("X-Y मार्ग"): over the two ends' own place
    mentions only, not over a person's or a body's name nor across one.
    """
    out = []
    for fm in _patterns()[2].finditer(text):
        s, e = fm.span("name")
        ends = re.split(r"\s*-\s*|\s+", text[s:e])[:2]
        over = [m for m in mentions if m.start < e and s < m.end]
        if _is_name(" ".join(ends), common) and all(s <= m.start and m.end <= e and m.label in ("GPE", "LOC")
                                                    for m in over):  # fmt: skip
            out.append((s, e))
    return out


def framed_roads(text: str, mentions: list[Mention], common: frozenset[str] = frozenset()) -> list[Mention]:
    """The roads named by the two places they join ("X-Y मार्ग"), each one place (``LOC``) for the event coder.

    A road stands over the two names' own mentions (the caller drops those) and is no mention of the article.

    Args:
        text: The article's clean text.
        mentions: Its linked mentions (sorted or not).
        common: Everyday words that are never a name alone (the tagger's ``common_words.txt``).

    Returns:
        New mentions, source ``frame``, with their entity ids set (a road tagged elsewhere by its full name is
        that entity), in text order.
    """
    names: dict[str, str] = {}
    found = []
    for s, e in _road_spans(text, mentions, common):
        key = " ".join(text[s:e].split())
        known = next((m.entity_id for m in mentions if m.entity_id and m.label == "LOC"
                      and _opens_with(text, key, m.start)), None)  # fmt: skip
        eid = names.setdefault(key, known or new_entity_id("LOC", phonetic_key(key)))
        found.append(Mention(s, e, "LOC", source="frame", entity_id=eid, canonical=key))
    return found


def framed_settlements(text: str, mentions: list[Mention], common: frozenset[str] = frozenset()) -> list[Mention]:
    """The settlements a locative frame names where nothing is tagged, and the same names again in the text.

    A name is one or two words, none of them an everyday word; a name inside a road's name ("X-Y मार्ग") is
    the road's, not read again bare.

    Args:
        text: The article's clean text.
        mentions: Its mentions (sorted or not).
        common: Everyday words that are never a name alone (the tagger's ``common_words.txt``).

    Returns:
        New ``GPE`` mentions, source ``frame``, their canonical name the name read (the link stage gives them
        their entity ids), in text order.
    """
    opener, container, _road = _patterns()
    spans = [(m.start, m.end) for m in mentions]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in spans)

    found: list[Mention] = []
    names: list[str] = []

    def take(s: int, e: int) -> bool:
        name = text[s:e]
        if not _is_name(name, common) or not free(s, e):
            return False
        key = " ".join(name.split())
        if key not in names:
            names.append(key)
        found.append(Mention(s, e, "GPE", source="frame", canonical=key))
        spans.append((s, e))
        return True

    for rx in (opener, container):
        for fm in rx.finditer(text):
            if rx is opener and _after_count(text, fm.start()):
                continue  # a weight ("50 ग्राम स्मैक"), not a village
            take(*fm.span("name"))
    one, town = _marked_patterns()
    joined = _joined_ends(text, mentions)
    for s, e in joined:  # "<listed place> को X से जोड़ने", "X को <listed place> से जोड़ने": the other end
        take(s, e)
    for fm in one.finditer(text):  # "X निवासी", "X के विधायक": one word (the word before may be any other)
        if not _pointed_at(text, fm.group("name")) and not acronym_like(fm.group("name")):
            take(*fm.span("name"))
    for m in list(mentions):  # "<listed town> के X में": a locality of the town (an acronym is an institution)
        if m.label == "GPE" and (m.kb_id or "").startswith("city:"):
            tm = town.match(text, m.end)
            if tm is not None and not _pointed_at(text, tm.group("name")) and not acronym_like(tm.group("name")):
                take(*tm.span("name"))
    if not names:
        return []
    spans += _road_spans(text, mentions, common)
    # the same settlement's name again, bare ("भंडारखो में तनाव" in a headline, read in the body's frame)
    for key in names:
        for am in re.finditer(_NOT_WORD_BEFORE + re.escape(key).replace(r"\ ", r"\s+") + _NOT_WORD_AFTER, text):
            if free(am.start(), am.end()):
                found.append(Mention(am.start(), am.end(), "GPE", source="frame", canonical=key))
                spans.append(am.span())
    return sorted(found, key=lambda m: m.start)


def frame_entity_ids(text: str, framed: list[Mention], mentions: list[Mention]) -> None:
    """Give each framed settlement its entity: the one of the name tagged with its head word elsewhere
    ("भंडारखो कस्बे"), else an entity of its own name (``new:gpe:``), the same for the same name.

    Args:
        text: The article's clean text.
        framed: The settlements :func:`framed_settlements` read (changed in place).
        mentions: The article's other mentions, linked.
    """
    names: dict[str, str] = {}
    for m in sorted(framed, key=lambda m: m.start):
        key = m.canonical or " ".join(text[m.start : m.end].split())
        if key not in names:
            known = next((o.entity_id for o in sorted(mentions, key=lambda o: o.start)
                          if o.entity_id and o.label == "GPE" and _opens_with(text, key, o.start)), None)  # fmt: skip
            names[key] = known or new_entity_id("GPE", phonetic_key(key))
        m.entity_id, m.canonical = names[key], key
