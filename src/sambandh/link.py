"""Mentions → canonical entities, and roles from appositions.

Within a document, mentions of one entity are grouped: a name the knowledge base knows
gets the knowledge-base entity; a partial name (a surname alone) joins the one fuller
name in the document it matches; other names become new entities whose id is derived
from a phonetic key, so that the same name in another document (in another spelling or
script) gets the same id. Two people who only share a surname are never merged: a full
name is only joined by a name that matches it word for word.

Roles come from appositions before a person (``रूस के रक्षा मंत्री आंद्रेई बेलोसोव``,
``रूसी रक्षा मंत्री``, ``Russia's defence minister``); an unqualified title (``रक्षा मंत्री
राजनाथ सिंह``) names the home country's office (``Config.home_country``) unless the
knowledge base says the person held that office elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .config import Config
from .entities import (
    _CONTEXT_TITLES,
    _GENITIVES,
    _MIDDLE_CLOSERS,
    _MIDDLE_NAMES,
    _POSTPOSITIONS,
    _TIME_WORDS,
    TITLES,
    _fold_token,
    _with_framed,
)
from .entities_frames import frame_entity_ids
from .kb import KBEntity, KnowledgeBase
from .kb import load as load_kb
from .lexicon import every_language_rows, words_of
from .model import Mention, RoleFact
from .names import acronym_like, new_entity_id, phonetic_key, score_reaches, sim_bound, word_score
from .normalize import fold, normalize
from .script import DEVANAGARI, DEVANAGARI_LETTERS, is_devanagari


def _role_words() -> list[tuple[str, str]]:
    """Office words of every language folder (``lang/<code>/roles.tsv``): (words, role code)."""
    from .lexicon import every_language_rows

    return [(r[0], r[1]) for r in every_language_rows("roles.tsv") if len(r) > 1]


# (words as written, role); matched longest first so "उप रक्षा मंत्री" wins over "रक्षा मंत्री"
ROLE_WORDS: list[tuple[str, str]] = _role_words()


def role_names(phrase: str) -> list[str]:
    """Every wording, in any script, of the office ``phrase`` names (``defence minister`` →
    ``रक्षा मंत्री``, ``defense minister``, …); ``[]`` when it names none.
    """
    code = _ROLE_OF.get(normalize(phrase).lower())
    return [w for w, c in ROLE_WORDS if c == code] if code else []


# each role word as a regex, longest first
_ROLE_PIECES = [
    re.escape(normalize(w)).replace(r"\ ", r"[\s-]+") for w, _ in sorted(ROLE_WORDS, key=lambda x: -len(x[0]))
]
_ROLE_RE = "|".join(_ROLE_PIECES)


def _leftmost_searchers(pieces: list[str], flags: int) -> list[re.Pattern[str]]:
    """Patterns that together find where the leftmost match of ``"|".join(pieces)`` starts (the
    earliest start any of them finds), not which piece matches there: the pieces grouped by their
    first character, so the engine tries a group, not every piece, where a match may start; those
    that open with a character without case in a pattern of their own, which the engine skips
    through to where one of those characters stands.
    """
    uncased: dict[str, list[str]] = {}
    cased: dict[str, list[str]] = {}
    loose: list[str] = []  # a piece that opens with an escape or a class: left as it is
    for piece in pieces:
        c = piece[:1]
        if not c or c in "\\[](){}.^$*+?|":
            loose.append(piece)
        else:
            (uncased if c.lower() == c.upper() else cased).setdefault(c, []).append(piece[1:])

    def alternation(groups: dict[str, list[str]]) -> str:
        return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())

    alts = [alternation(uncased), "|".join(filter(None, [alternation(cased), *loose]))]
    return [re.compile(a, flags) for a in alts if a]


_ROLE_SEARCH = _leftmost_searchers(_ROLE_PIECES, re.IGNORECASE)

# what a text must hold for a case-blind pattern whose every branch opens with an ASCII letter to match in
# it: an ASCII letter, or one of the four other characters Python's re matches with one without regard to
# case (İ and ı for i, ſ for s, the Kelvin sign for k)
_CASED_LETTER = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _opens_with_ascii_letter(rx: re.Pattern[str]) -> bool:
    """Whether every match of ``rx`` opens with an ASCII letter (in some case): each top-level branch of its
    pattern opens with one as a literal. Anything else (a class, a group, an escape) says no.
    """
    from re import _constants as c
    from re import _parser

    tree = _parser.parse(rx.pattern, rx.flags)
    items = list(tree)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is c.BRANCH else [items]
    return all(
        len(branch) > 0 and branch[0][0] is c.LITERAL and chr(branch[0][1]).isascii() and chr(branch[0][1]).isalpha()
        for branch in branches
    )


# each searcher with the letter a text must hold for it to match there at all (none where no such letter is
# needed): the Latin role words' case-blind search, which the engine tries at every character of a span, is
# left out of the many spans that hold no Latin letter
_ROLE_SEARCH_GATED = [(rx, _CASED_LETTER if _opens_with_ascii_letter(rx) else None) for rx in _ROLE_SEARCH]


def first_role_word(text: str, lo: int = 0, hi: int | None = None) -> int | None:
    """Where the leftmost role word (``_ROLE_RE``) in ``text[lo:hi]`` starts, or ``None``: a cheap
    test that a pattern built on ``_ROLE_RE`` can match there at all, and from where.
    """
    hi = len(text) if hi is None else hi
    starts = [
        m.start()
        for rx, gate in _ROLE_SEARCH_GATED
        if (gate is None or gate.search(text, lo, hi)) and (m := rx.search(text, lo, hi)) is not None
    ]
    return min(starts) if starts else None


_ROLE_OF = {normalize(w).lower(): r for w, r in ROLE_WORDS}
_TITLE_GAP = (
    r"\s*(?:(?:"
    + "|".join(re.escape(normalize(t)).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True))
    + r")\s*){0,2}"
)
# a rank between an owner and the office ("पाकिस्तान के शीर्ष राजदूत", "Pakistan's top envoy"; words.tsv rank_adjective)
_RANK = r"(?:(?:" + "|".join(sorted((re.escape(normalize(w)) for w in words_of("rank_adjective")), key=len,
                                    reverse=True)) + r")\s+)?"  # fmt: skip
# "<country> के/की <role> [titles] NAME", "<demonym> <role> NAME", "<country>'s <role> NAME", "<role> NAME"
_APPOS = re.compile(
    r"(?:(?P<of>[^\s,।;:()\"]+(?:\s[^\s,।;:()\"]+){0,2}?)\s+(?:के|की|का)\s+" + _RANK +
    r"|(?P<ofen>[A-Za-z]+(?:\s[A-Za-z]+)?)(?:'s|’s)\s+" + _RANK +
    r"|(?P<dem>[^\s,।;:()\"]+)\s+)?"
    r"(?P<role>" + _ROLE_RE + r")" + _TITLE_GAP + r"$",
    re.IGNORECASE,
)
# how every _APPOS match ends: a role word, then titles. Most windows hold none, and this
# search costs a third of the whole pattern's, which tries every position with its country words
_ROLE_AT_END = re.compile(r"(?:" + _ROLE_RE + r")" + _TITLE_GAP + r"$", re.IGNORECASE)
# roles whose holder is in the knowledge base: these are what the KB can confirm
_KB_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}


_GENITIVE_GAP = re.compile(r"\s*(?:के|की|का|'s|’s)\s*")
# where a sentence ends, for the context of a body named without its country
_BRACKET_OPEN = re.compile(r"[ \t]?\(\s*")  # between a name and the acronym after it
_QUOTE_OPEN = re.compile(r"[ \t]?[‘'\"“][ \t]?")  # between a name and the nickname in quotes after it
_SENTENCE_END = re.compile(r"(?:[।?!\n]|\.(?=\s))[\s।?!.]*")  # a run of stops and breaks is one end
# a word before a body that makes it the home country's (``केंद्रीय गृह मंत्रालय``, ``Union Home Ministry``)
_HOME_WORDS = {"केंद्रीय", "केन्द्रीय", "union", "central"}
# a country's missions and envoys sit in another country: "ब्रिटिश उच्चायोग को विदेश मंत्रालय ने
# तलब किया" is the host's ministry, so they say nothing of whose a bare body is
_MISSIONS = ("-embassy", "-high-commission")
# (a high commissioner is an ambassador between Commonwealth states; "envoy" names no rank:
# offices the text names a person by, never read without a name, see events.arguments)
_ENVOY_ROLES = {"ambassador", "high_commissioner", "envoy"}


_MIDDLE_KEYS = frozenset(phonetic_key(w) for w in _MIDDLE_NAMES)
# the words for a government ("सरकार", "हुकूमत": lang/*/agents.tsv, GOV rows glossed "government"): after a bare
# surname they name that person's government ("... सरकार से समर्थन"), the name still the person's
_GOVERNMENT_WORDS = frozenset(_fold_token(r[0]) for r in every_language_rows("agents.tsv")
                              if len(r) > 3 and r[1] == "GOV" and " " not in r[0] and r[3].startswith("government"))
# family names written before the given name (lang/*/name_parts.tsv, family_first: "Lu Kang", "वांग यी")
_FAMILY_FIRST = frozenset(r[1] for r in every_language_rows("name_parts.tsv") if len(r) > 1 and r[0] == "family_first")
# words that join the names of a list ("और", "व": lang/*/cases.tsv, case "and"), without the comma, read apart
_LIST_JOINERS = tuple(sorted({r[0] for r in every_language_rows("cases.tsv")
                              if len(r) > 1 and r[1] == "and" and r[0].strip() and r[0] != ","}, key=len, reverse=True))
# words of respect written after a name (lang/*/name_parts.tsv, after_name: "... जी ने")
_AFTER_NAME = frozenset(r[1] for r in every_language_rows("name_parts.tsv") if len(r) > 1 and r[0] == "after_name")
_SENTENCE_OPEN = re.compile(r"(?:^|[।॥.!?\n,:;\"'(]\s*)$")
# conjunctions that open a clause (lang/*/name_parts.tsv, clause_opener: "..., जबकि <name> ..."): a name part right
# after one opens the clause as it would a sentence
_CLAUSE_OPENERS = frozenset(r[1] for r in every_language_rows("name_parts.tsv")
                            if len(r) > 1 and r[0] == "clause_opener")  # fmt: skip


def _bounded_hits(text: str, word: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Where the non-empty ``word`` stands in ``text`` from ``start`` with no letter, digit or
    Devanagari sign (a danda is none: it ends a sentence) touching it on either side, left to right
    without overlaps: what the pattern ``(?<![\\w<Devanagari>])word(?![\\w<Devanagari>])`` finds
    (``\\w`` is ``str.isalnum`` or ``_``), without compiling a pattern for each name (a new name's
    pattern cost more than the search).
    """
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _word_char(ch: str) -> bool:
    # a danda ends a sentence, also with no space after it ("...पहुंचे।तिवारी ने"): no part of a word
    return ch.isalnum() or ch == "_" or (is_devanagari(ch) and ch not in "\u0964\u0965")


def _bounded(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as whole words."""
    return next(_bounded_hits(text, word), None) is not None


_LAST_WORD = re.compile(r"(\S+)[ \t]+$")  # the last word of a stretch that ends in spaces or tabs
# words of address before a name (lang/*/name_parts.tsv, address: "मिस्टर", "जनाब")
_ADDRESS = frozenset(r[1] for r in every_language_rows("name_parts.tsv") if len(r) > 1 and r[0] == "address")
# a hyphen and the name word it joins to the word before it ("-<B>" of "<A>-<B>"), no hyphen after it
_NAME_LETTER = r"A-Za-z\u00C0-\u024F" + DEVANAGARI_LETTERS
_HYPHENED = re.compile(rf"-([{_NAME_LETTER}]+)(?![{_NAME_LETTER}\d-])")
# words joined to a name by a hyphen that say what the name is to something (lang/*/name_parts.tsv, hyphen_affix:
# "<name>-नीत", "<name>-समर्थित"): no part of the name
_HYPHEN_AFFIXES = frozenset(r[1] for r in every_language_rows("name_parts.tsv")
                            if len(r) > 1 and r[0] == "hyphen_affix")  # fmt: skip
_HYPHEN_INSIDE = re.compile(rf"(?<=[{_NAME_LETTER}])-(?=[{_NAME_LETTER}])")  # a hyphen between two letters
_DEVANAGARI_RUN = re.compile(f"[{DEVANAGARI_LETTERS}]+")  # one word of Devanagari letters: no danda, no digit


def _word_end_before(text: str, s: int) -> int:
    """Where the word right before ``s`` ends (its last letter before the spaces)."""
    return len(text[:s].rstrip(" \t"))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Common given names of every language (``lang/*/given_names.tsv``), search-folded: by their spelling, not
    their sound, which everyday words share ("कारण" sounds as "करण").
    """
    from .normalize import search_fold

    return frozenset(search_fold(r[0]) for r in every_language_rows("given_names.tsv") if r and r[0])


class Linker:
    """Links an article's mentions and finds roles.

    Args:
        config: Uses ``kb_dir`` and ``home_country``.
        kb: A knowledge base to use instead of the configured one.
    """

    def __init__(self, config: Config | None = None, kb: KnowledgeBase | None = None) -> None:
        self.config = config or Config()
        self.kb = kb or load_kb(self.config.kb_dir or None)
        # knowledge-base people's names of two words or more, by the first two letters of their sound
        self._by_first: dict[str, list[tuple[str, list[str]]]] | None = None
        self._first_bearers: dict[str, int] = {}  # how many listed people bear each first name
        self._word_bearers: dict[str, int] = {}  # and each word of a name, wherever it stands
        self._person_word_set: frozenset[str] | None = None
        self._firsts: frozenset[str] | None = None  # the first words of listed people's names, by sound
        self._firsts_of: dict[str, tuple[str, ...]] = {}  # a listed person -> first names that stand alone
        # surface → ids _person_by_words found for it: the answer depends on the surface alone, and
        # the same names come back article after article
        self._people_by_words: dict[str, tuple[str, ...]] = {}
        self._name_words: dict[str, bool] = {}  # word -> _name_word's answer, which depends on the word alone

    def link(self, text: str, mentions: list[Mention], published: str | None = None) -> list[RoleFact]:
        """Set ``entity_id`` and ``canonical`` on each mention; return the roles stated.

        Args:
            text: The clean text the mentions point into.
            mentions: The article's mentions, in order (changed in place).
            published: The article's ISO publication date, used to date roles.
        """
        date = _date(published)
        # a settlement the entity stage read by its frame ("ग्राम पंचायत X": entities_frames) is no name to link or
        # group: it is set apart while the others are linked, and takes the id of the same name tagged with its head
        # word, else its own (new:gpe), where no linked name has come to cover it
        framed = [m for m in mentions if m.source == "frame"]
        if framed:
            mentions[:] = [m for m in mentions if m.source != "frame"]
        roles = self._link(text, mentions, date, published)
        if framed:
            framed = [f for f in framed if not any(m.start < f.end and f.start < m.end for m in mentions)]
            frame_entity_ids(text, framed, mentions)
            mentions[:] = _with_framed(mentions, framed)
        return roles

    def _link(self, text: str, mentions: list[Mention], date: dt.date | None, published: str | None) -> list[RoleFact]:
        """:meth:`link` for every mention but the framed settlements."""
        self._address_off(text, mentions)
        self._hyphened_names(text, mentions)
        self.person_governments(text, mentions)
        self.propagate_full_names(text, mentions)
        self.propagate_surnames(text, mentions)
        self.propagate_first_names(text, mentions)
        self.titled_first_names(text, mentions)
        self.propagate_name_parts(text, mentions)
        self.given_names_before_surnames(text, mentions)
        self.propagate_acronyms(text, mentions)
        # 1. knowledge-base entities
        for m in mentions:
            if m.kb_id is None:
                surface = text[m.start : m.end]
                # a name joined to its head word by a hyphen ("ऑपरेशन-सिंदूर", "INS-Vikrant") is
                # the listed name written with a space
                hits = self.kb.lookup(surface) or (self.kb.lookup(surface.replace("-", " ")) if "-" in surface else [])
                same = [h for h in hits if _compatible(h.label, m.label)]
                if not same and m.label == "PERSON":
                    same = self._person_by_words(surface)
                if not same and m.label in ("GPE", "LOC") and m.source != "headed":
                    # a place named after a listed one by a head word is not that one by sound
                    same = self._place_by_sound(surface, mentions)
                if same:
                    m.kb_id = same[0].id
                    m.label = same[0].label
            if m.kb_id:
                ent = self.kb.entities[m.kb_id]
                m.entity_id, m.canonical = ent.id, ent.name
        self._surnames_of_others(text, mentions)
        self._qualified_bodies(text, mentions)
        self._local_names(text, mentions)
        # 2. other names: full names first, partial names join one fuller name that they match
        unlinked = [m for m in mentions if m.entity_id is None]
        unlinked.sort(key=lambda m: -len(_name_key(text[m.start : m.end], m.label)))
        groups: list[tuple[str, list[str], str, str]] = []  # (label, key words, entity id, canonical)
        # a nickname in quotes right after a person's name (``... सिंह ‘...’``: EntityRecognizer._nicknames) is
        # that person: linked as the name is, its words a group of that person's, so that the nickname alone later
        # in the article names the person too
        named_by = {id(m): prev for prev, m in pairwise(mentions)
                    if m.source == "nickname" and prev.label == "PERSON" and m.entity_id is None
                    and _QUOTE_OPEN.fullmatch(text, prev.end, m.start)}  # fmt: skip

        def group(m: Mention) -> None:
            surface = text[m.start : m.end]
            words = _name_key(surface, m.label)
            if not words:
                return
            prev = named_by.get(id(m))
            if prev is not None:
                if prev.entity_id is None:
                    group(prev)
                if prev.entity_id:
                    m.entity_id, m.canonical, m.kb_id = prev.entity_id, prev.canonical, prev.kb_id
                    groups.append((m.label, words, prev.entity_id, prev.canonical or surface))
                    return
            match = self._find_group(m.label, words, groups, mentions, text, m)
            if match is not None:
                m.entity_id, m.canonical = match
                if m.label == "PERSON" and len(words) > 1:
                    # another spelling of a full name (a given name joined: "omaprakash shukla") is
                    # that person's too, for the parts of it named alone later ("omaprakash")
                    groups.append((m.label, words, *match))
                return
            eid = new_entity_id(m.label, " ".join(words))
            m.entity_id, m.canonical = eid, surface
            groups.append((m.label, words, eid, surface))

        for m in unlinked:
            if m.entity_id is None:  # (a name a nickname after it linked first)
                group(m)
        # an acronym in brackets right after a name (``मुक्त व्यापार समझौते (एफटीए)``) is that name's
        # entity, unless it is listed as another
        defined: dict[tuple[str, str], tuple[str, str]] = {}  # (acronym, label) -> the name's entity
        for prev, m in pairwise(mentions):
            if (prev.label == m.label and prev.entity_id and (m.source == "acronym" or m.kb_id is None)
                    and _BRACKET_OPEN.fullmatch(text, prev.end, m.start)
                    and acronym_like(text[m.start : m.end])):  # fmt: skip
                m.entity_id, m.canonical = prev.entity_id, prev.canonical
                defined.setdefault((text[m.start : m.end], m.label), (prev.entity_id, prev.canonical or ""))
            elif (prev.source == "acronym" and prev.label == m.label and prev.kb_id is None and m.kb_id is None
                    and _BRACKET_OPEN.fullmatch(text, prev.end, m.start)):  # fmt: skip
                # an acronym with its name spelled out in brackets after it ("एसजेएम (संयुक्त जांच मोर्चा)")
                prev.entity_id, prev.canonical = m.entity_id, m.canonical
                defined.setdefault((text[prev.start : prev.end], m.label), (m.entity_id or "", m.canonical or ""))
        # the acronym used again in the article, alone (EntityRecognizer._unlisted_expansions)
        for m in mentions:
            if m.source == "acronym" and m.kb_id is None:
                got = defined.get((text[m.start : m.end], m.label))
                if got is not None and got[0]:
                    m.entity_id, m.canonical = got
        for m in mentions:
            if m.entity_id is None:  # nothing left of the name (punctuation only)
                m.entity_id, m.canonical = new_entity_id(m.label, fold(text[m.start : m.end])), text[m.start : m.end]
        roles = self.roles(text, mentions, date, published)
        self._bodies_in_context(text, mentions, roles)
        return roles

    @staticmethod
    def _surnames_of_others(text: str, mentions: list[Mention]) -> None:
        """A surname alone that the knowledge base lists for one person (``अब्बासी``) is not
        that person where the article names in full only others of that surname (``आरिफ़
        अब्बासी``): its link is dropped, and it joins the name in full as any partial name does.
        So too for a listed person's one-word name that the article gives only as another
        person's first name (a poet ``<X> प्रसाद`` named in full, then ``<X>`` alone, where a
        minister is listed by ``<X>``).
        """
        fulls = []
        for o in mentions:
            key = phonetic_key(text[o.start : o.end]).split()
            if o.label == "PERSON" and len(key) > 1:
                fulls += [(key[-1], o.kb_id), (key[0], o.kb_id)]
        for m in mentions:
            if m.label != "PERSON" or not m.kb_id:
                continue
            words = phonetic_key(text[m.start : m.end]).split()
            if len(words) != 1:
                continue
            same = [kb for last, kb in fulls if score_reaches(words, [last], 0.9)]
            if same and m.kb_id not in same:
                m.kb_id = m.entity_id = m.canonical = None

    def _place_by_sound(self, surface: str, mentions: list[Mention]) -> list[KBEntity]:
        """A place read in the text that no table lists in this spelling: the city, state or
        province whose English name it sounds as (``KnowledgeBase.place_by_sound``), read without a
        closing word for a kind of place (``lang/*/place_words.tsv``: "जोहानिसबर्ग शहर"); never for a
        name with an everyday word of the model, a postposition or a function word in it, nor for one
        word of a listed person's name; a town heard only near its listed sound needs the support
        :meth:`_near_place_supported` asks of the article's ``mentions``.
        """
        words = surface.split()
        if len(words) >= 2 and words[-1] in _place_words():
            words = words[:-1]
        if not words or not all(self._name_word(w) for w in words):
            return []  # an everyday word the model read as a place ("सेना", army) is no Sanaa
        if len(words) == 1 and words[0] in self._person_words():
            return []  # a word of a listed person's name ("हसन") read as a place is a person's, not Hassan's
        heard = " ".join(words)
        place = self.kb.place_by_sound(heard)
        if place is None or (self.kb.heard_near(heard) and not self._near_place_supported(place, mentions)):
            return []
        return [place]

    def _near_place_supported(self, place: KBEntity, mentions: list[Mention]) -> bool:
        """Whether a town found only near a listed sound (``KnowledgeBase.heard_near``) stands: a
        state or province does (``मध्ये प्रदेश``), a town only abroad and where the article names
        its country, or another listed place or body of it. The home country's towns are listed
        in their Hindi spellings (``kb/india_towns.tsv``), so a Hindi name one letter from one is
        another place, a village one letter from a district's seat (``मैनपुरा`` is not ``मैनपुरी``), or
        no place at all (``ब्रह्मपुत्र``).
        """
        if place.kind not in ("city", "capital", "locality"):
            return True
        if not place.country or place.country == self.config.home_country:
            return False
        country = place.country if place.country.startswith("country:") else f"country:{place.country}"
        return any(m.kb_id and m.kb_id != place.id and (m.kb_id == country or self.kb.country_id(m.kb_id) == country)
                   for m in mentions)  # fmt: skip

    def _known_name_word(self, word: str) -> bool:
        """Whether a word is known to name people: a word of a listed person's Hindi name, a listed person's
        first name (by sound) or a common surname (``lang/*/surnames.tsv``).
        """
        from .entities import _surnames
        from .normalize import search_fold

        return (word in self._person_words() or phonetic_key(word) in self._listed_firsts()
                or search_fold(word) in _surnames())  # fmt: skip

    def _person_words(self) -> frozenset[str]:
        """The words of listed people's Hindi names."""
        if self._person_word_set is None:
            self._person_word_set = frozenset(
                w for e in self.kb.entities.values() if e.label == "PERSON" for n in e.hindi_names() for w in n.split()
            )
        return self._person_word_set

    def _person_by_words(self, surface: str) -> list[KBEntity]:
        """The one knowledge-base person a name of two words or more names when it is not
        listed as written: its first word is their first name and each other word is another
        word of one of their names, in any order (``आरजू राणा`` and ``आरजू देउबा राणा`` for
        the listed ``आरजू राणा देउबा``), one of them a word that tells the family (not a
        common middle name of ``lang/*/name_parts.tsv``, nor in three listed people's names).
        A shorter form than the listed name only under a first name no other listed person
        bears (``अब्दुल राशिद`` is not ``अब्दुल लतीफ राशिद``). Another first name is another
        person (``सोनिया गांधी`` is not ``राहुल गांधी``); with two such people, none.
        """
        known = self._people_by_words.get(surface)
        if known is None:
            if len(self._people_by_words) > 100_000:  # bounded: a long run meets new names forever
                self._people_by_words.clear()
            known = self._people_by_words[surface] = tuple(e.id for e in self._find_person_by_words(surface))
        return [self.kb.entities[i] for i in known]

    def _people_by_first(self) -> dict[str, list[tuple[str, list[str]]]]:
        """The knowledge-base people's names of two words or more (sound keys), by the first two letters of
        their first word's sound, with how many listed people bear each first name and each word; built once.
        """
        if self._by_first is None:
            self._by_first = {}
            bearers: dict[str, set[str]] = {}
            anywhere: dict[str, set[str]] = {}
            for ent in self.kb.entities.values():
                if ent.label == "PERSON":
                    for n in ent.names():
                        key = phonetic_key(n).split()
                        if len(key) >= 2:
                            self._by_first.setdefault(key[0][:2], []).append((ent.id, key))
                            bearers.setdefault(key[0], set()).add(ent.id)
                            for w in key:
                                anywhere.setdefault(w, set()).add(ent.id)
            self._first_bearers = {k: len(v) for k, v in bearers.items()}
            self._word_bearers = {k: len(v) for k, v in anywhere.items()}
        return self._by_first

    def _one_listed_bearer(self, word: str) -> str | None:
        """The one listed person whose name of two words or more opens with ``word`` (by sound), if one alone."""
        key = phonetic_key(word)
        ids = {eid for eid, k in self._people_by_first().get(key[:2], []) if k[0] == key}
        return next(iter(ids)) if len(ids) == 1 else None

    def _find_person_by_words(self, surface: str) -> list[KBEntity]:
        """:meth:`_person_by_words`, worked out."""
        words = phonetic_key(surface).split()
        if len(words) < 2:
            return []
        by_first = self._people_by_first()
        found: set[str] = set()
        for eid, key in by_first.get(words[0][:2], []):
            # (word_score is token_score of two one-word keys)
            # (a ratio is at most what the shorter word's length allows: most first names fail on length alone)
            if eid in found or 2.0 * min(len(words[0]), len(key[0])) / (len(words[0]) + len(key[0])) < 0.9:
                continue
            if word_score(words[0], key[0]) < 0.9:
                continue
            if len(words) < len(key) and self._first_bearers.get(key[0], 0) > 1:
                continue  # a shorter form under a first name several listed people bear (अब्दुल, मोहम्मद)
            rest, matched = list(key[1:]), []
            for w in words[1:]:
                if not any(sim_bound(w, r) >= 0.9 for r in rest):
                    break  # (no word left long or short enough to score 0.9: the same break, without difflib)
                best = max(range(len(rest)), key=lambda j: word_score(w, rest[j]), default=-1)
                if best < 0 or word_score(w, rest[best]) < 0.9:
                    break
                matched.append(rest.pop(best))
            else:
                # one word besides the first must tell the family: not one as often a middle name
                # as a surname ("हरदीप सिंह" may be हरदीप सिंह निज्जर as well as हरदीप सिंह पुरी), nor
                # one in the names of three listed people or more ("अबू मोहम्मद" is not अबू मोहम्मद अल-जुलानी)
                if any(w not in _MIDDLE_KEYS and self._word_bearers.get(w, 0) <= 2 for w in matched):
                    found.add(eid)
        return [self.kb.entities[found.pop()]] if len(found) == 1 else []

    def _bare_body(self, text: str, m: Mention) -> str | None:
        """The country code of the home body ``m`` names by a common phrase with no country in it
        (``रक्षा मंत्रालय``, ``Foreign Ministry``), or ``None``: a body of another kind, a name that
        is one country's own (``MEA``, ``CBI``: one word; ``भारत निर्वाचन आयोग``: the country's name
        in it) or a body after a word that makes it the home country's (``केंद्रीय``).
        """
        ent = self.kb.entities.get(m.kb_id) if m.kb_id else None
        if ent is None or ent.kind != "national" or m.entity_id != ent.id or not ent.country:
            return None
        words = text[m.start : m.end].split()
        if len(words) < 2 or any(self.kb.country_of(w) for w in words):
            return None
        before = text[max(0, m.start - 40) : m.start].split()
        if before and (before[-1].lower() in _HOME_WORDS or self._named_before(text, m)):
            return None
        return ent.country

    def _named_before(self, text: str, m: Mention) -> str | None:
        """The code of the country whose name or demonym stands right before ``m``, with a space
        only between (``चीनी विदेश मंत्रालय``, ``Pakistani Foreign Ministry``), else ``None``.
        """
        hit = re.search(r"([^\s,।;:()\"']+)\s+$", text[max(0, m.start - 40) : m.start])
        cid = self.kb.country_of(hit.group(1)) if hit else None
        return cid.split(":", 1)[1] if cid else None

    def _country_of_mention(self, m: Mention, stated: dict[str, set[str]], home: str) -> str | None:
        """The one country a person or body mention belongs to (a code), or ``None``: a person by
        the knowledge base or the roles the text states for them, a body by its country. The home
        country named itself counts as home (``नेपाल के प्रधानमंत्री भारत आए। विदेश मंत्रालय ...``:
        the host's ministry speaks of the visit).
        """
        eid = m.entity_id or ""
        if eid == f"country:{home}":
            return home
        if eid.startswith("agent:gov:"):
            return eid.rsplit(":", 1)[1]
        ent = self.kb.entities.get(m.kb_id) if m.kb_id else None
        if m.label == "PERSON":
            codes = set(stated.get(eid, ()))
            if ent is not None and any(r.role in _ENVOY_ROLES for r in ent.roles):
                return None
            if ent is not None and ent.country:
                codes.add(ent.country.split(":")[-1])
            return codes.pop() if len(codes) == 1 else None
        if (
            ent is not None
            and ent.kind in ("national", "institution")
            and ent.country
            and not ent.id.endswith(_MISSIONS)
        ):
            return ent.country
        return None

    def _bodies_in_context(
        self, text: str, mentions: list[Mention], roles: list[RoleFact], abroad: str | None = None
    ) -> None:
        """A home body after another country's demonym or name (``चीनी विदेश मंत्रालय``) is that
        country's government body (``agent:gov:cn``). So is a home body named without its country
        (``विदेश मंत्रालय``) after a person or body of another country in the same sentence
        (``पाकिस्तान के विदेश मंत्री इशाक डार ... विदेश मंत्रालय``), or, when the sentence has
        none, in the sentence before. The persons and bodies of that sentence must all be of one
        country, and the home country must not be named there; where they are of two the body is
        left as it is, and where there are none it is the country ``abroad`` (a report datelined
        there) when given, else left as it is.
        """
        stated: dict[str, set[str]] = {}
        envoys = {r.entity_id for r in roles if r.role in _ENVOY_ROLES}
        for r in roles:
            cid = self.kb.country_id(r.of) if r.basis != "default" and r.entity_id not in envoys else None
            if cid:
                stated.setdefault(r.entity_id, set()).add(cid.split(":", 1)[1])
        ends = [e.end() for e in _SENTENCE_END.finditer(text)]
        for i, m in enumerate(mentions):
            ent = self.kb.entities.get(m.kb_id) if m.kb_id else None
            if ent is None or ent.kind != "national":
                continue  # (no home body: _bare_body has nothing to say of it either)
            named = self._named_before(text, m)
            if named and ent.country not in (None, named):
                self._assign_body(m, named)  # a demonym before the body: that country's
                continue
            home = self._bare_body(text, m)
            if home is None:
                continue
            k = sum(1 for e in ends if e <= m.start)
            sentence = ends[k - 1] if k else 0
            previous = ends[k - 2] if k > 1 else 0
            for lo, hi in ((sentence, m.start), (previous, sentence)):
                codes = {
                    c for o in mentions[:i]
                    if lo <= o.start < hi and self._bare_body(text, o) is None
                    for c in [self._country_of_mention(o, stated, home)] if c
                }  # fmt: skip
                if codes:
                    break
            if not codes and abroad:
                codes = {abroad}
            if len(codes) != 1 or home in codes:
                continue
            self._assign_body(m, codes.pop())

    def _assign_body(self, m: Mention, code: str) -> None:
        """Make ``m``, a home body's mention, the government body of country ``code``."""
        ent = self.kb.entities[str(m.kb_id)]
        country = self.kb.entities.get(f"country:{code}")
        m.kb_id = None
        m.entity_id = f"agent:gov:{code}"
        m.canonical = f"{ent.name} ({country.name if country else code})"

    def _qualified_bodies(self, text: str, mentions: list[Mention]) -> None:
        """A country's own body named by a common phrase (``विदेश मंत्रालय``: India's) after another
        country in the genitive (``बांग्लादेश के विदेश मंत्रालय``) is that country's government body
        (``agent:gov:bd``), not India's.
        """
        prev: Mention | None = None
        for m in mentions:
            ent = self.kb.entities.get(m.kb_id) if m.kb_id else None
            if (ent is not None and ent.kind == "national"
                    and prev is not None and (prev.entity_id or "").startswith("country:")
                    and _GENITIVE_GAP.fullmatch(text, prev.end, m.start)):  # fmt: skip
                code = (prev.entity_id or "").split(":", 1)[1]
                if code != ent.country:
                    m.kb_id = None
                    m.entity_id = f"agent:gov:{code}"
                    m.canonical = f"{ent.name} ({prev.canonical or text[prev.start : prev.end]})"
            prev = m

    def _local_names(self, text: str, mentions: list[Mention]) -> None:
        """A word that names another body by default and one country's institution too
        (``kb/institution_names.tsv``: ``कांग्रेस``, the Indian National Congress, and the US
        Congress) names the institution where the article names that institution by the word
        (``अमेरिकी कांग्रेस``) before it and the default body by no longer name, or where its sentence
        holds one of the institution's cue words (``सीनेट``, ``रिपब्लिकन``).
        """
        if not self.kb.local_names:
            return
        bare = [(m, self.kb.local_names[fold(text[m.start : m.end])]) for m in mentions
                if m.kb_id and fold(text[m.start : m.end]) in self.kb.local_names]  # fmt: skip
        if not bare:
            return
        first: dict[str, int] = {}  # where each body is first named
        for m in mentions:
            if m.kb_id:
                first.setdefault(m.kb_id, m.start)
        # the default body named by a longer name anywhere ("कांग्रेस पार्टी") keeps every bare word its own
        longer = {m.kb_id for m in mentions if m.kb_id and fold(text[m.start : m.end]) not in self.kb.local_names}
        ends = [0, *(e.end() for e in _SENTENCE_END.finditer(text)), len(text)]
        for m, choices in bare:
            k = sum(1 for e in ends if e <= m.start)
            lo, hi = ends[k - 1], next((e for e in ends if e > m.start), len(text))
            sentence = fold(text[lo:hi])
            for target, cues in choices:
                if target == m.kb_id:
                    continue
                # once named so, a later bare word is that body ("अमेरिकी कांग्रेस ... कांग्रेस ने")
                by_name = first.get(target, len(text)) < m.start and m.kb_id not in longer
                by_cue = any(_bounded(sentence, c) for c in cues)
                if by_name or by_cue:
                    ent = self.kb.entities[target]
                    m.kb_id, m.label, m.entity_id, m.canonical = ent.id, ent.label, ent.id, ent.name
                    break

    @staticmethod
    def propagate_acronyms(text: str, mentions: list[Mention]) -> None:
        """Add the later and earlier uses, alone, of an acronym that the article spells out in brackets and no
        table lists (``त्वरित कार्रवाई ग्रुप (टीकेजी) ... टीकेजी ने``): a mention of the same label, source
        "acronym", which :meth:`link` gives the name's entity. Changes ``mentions`` in place, in order.
        """
        seen: dict[str, str] = {}
        for m in mentions:
            surface = text[m.start : m.end]
            if m.source == "acronym" and m.kb_id is None and acronym_like(surface):
                if seen.get(surface, m.label) != m.label:
                    seen[surface] = ""  # one acronym for two kinds of thing: neither
                else:
                    seen[surface] = m.label
        added: list[Mention] = []
        for surface, label in seen.items():
            if not label:
                continue
            rx = re.compile(r"(?<![\w" + DEVANAGARI + r"])" + re.escape(surface) + r"(?![\w" + DEVANAGARI + r"])")
            for hit in rx.finditer(text):
                s, e = hit.start(), hit.end()
                if any(o.start < e and s < o.end for o in mentions) or any(o.start < e and s < o.end for o in added):
                    continue
                added.append(Mention(s, e, label, "acronym"))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda x: (x.start, -x.end))

    def person_governments(self, text: str, mentions: list[Mention]) -> None:
        """Make the model's body of one name word and a word for a government (``lang/*/agents.tsv``, GOV rows
        glossed "government": ``<given name> सरकार``) the person who heads it, as a listed surname before
        ``सरकार`` is read: the mention shrinks to the name, a PERSON. The person is the one of the document whose
        name bears the word (by sound), else, where no person of the document bears it, the one listed person
        whose name opens with it; with two, or none, the body stays. Changes ``mentions`` in place.
        """
        people: list[tuple[set[str], Mention]] = [
            ({phonetic_key(w) for w in text[p.start : p.end].split()}, p) for p in mentions if p.label == "PERSON"
        ]
        for m in mentions:
            words = text[m.start : m.end].split()
            if (m.label != "ORG" or m.source != "model" or m.kb_id is not None or len(words) != 2
                    or _fold_token(words[1]) not in _GOVERNMENT_WORDS or not text.startswith(words[0], m.start)
                    or not is_devanagari(words[0][0]) or not self._name_word(words[0])
                    # a listed place or body (`चीन सरकार`, `आईएस`) is no person, whoever's name sounds like it
                    or any(e.label != "PERSON" for e in self.kb.lookup(words[0]))):  # fmt: skip
                continue
            key = phonetic_key(words[0])
            bearers = {phonetic_key(text[p.start : p.end]): p for keys, p in people if key in keys}
            if len(bearers) > 1:
                continue
            kb_id = next(iter(bearers.values())).kb_id if bearers else self._one_listed_bearer(words[0])
            if not bearers and kb_id is None:
                continue
            m.end, m.label, m.kb_id = m.start + len(words[0]), "PERSON", kb_id

    def propagate_full_names(self, text: str, mentions: list[Mention]) -> None:
        """Add a person's name of two words or more said again in full where the model left it (``<given>
        <surname>`` tagged once, later untagged): it is a mention of the same person. Only a name written in
        one script, of name words, linked to the knowledge base or with a word known to name people (a listed
        person's, a listed first name, a common surname: not ``<everyday word> <everyday word>``), said again
        with nothing tagged over it, no name word right before it that no mention covers (a longer name,
        another person's) and no head word after it that makes it a place's or a body's (``lang/*/name_heads.tsv``:
        ``<name> स्कूल``). Changes ``mentions`` in place, keeping it in order.
        """
        from .entities import _following_heads

        names: dict[str, Mention] = {}
        for m in mentions:
            surface = text[m.start : m.end]
            words = surface.split()
            if (m.label != "PERSON" or len(words) < 2 or surface != " ".join(words) or surface in names
                    or len({is_devanagari(w[0]) for w in words}) != 1 or not all(self._name_word(w) for w in words)
                    or any(w in TITLES for w in words)
                    or not (m.kb_id or any(self._known_name_word(w) for w in words))):  # fmt: skip
                continue
            names[surface] = m
        if not names:
            return
        added: list[Mention] = []
        for surface, m in names.items():
            for s, e in _bounded_hits(text, surface):
                if any(o.start < e and s < o.end for o in mentions + added):
                    continue
                before = _LAST_WORD.search(text[max(0, s - 40) : s])
                prev, at = (before.group(1), s - len(before.group(0))) if before else ("", s)
                if (prev and self._name_word(prev) and _fold_token(prev) not in _CONTEXT_TITLES and prev not in TITLES
                        and not any(o.start <= at < o.end for o in mentions)):  # fmt: skip
                    continue  # a name word no mention covers before it: a longer name
                after = re.match(r"[ \t]+(\S+)", text[e : e + 40])
                if after is not None and _fold_token(after.group(1)) in _following_heads():
                    continue
                added.append(Mention(s, e, "PERSON", "propagated", kb_id=m.kb_id))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)

    def propagate_surnames(self, text: str, mentions: list[Mention]) -> None:
        """Add the bare surnames the model missed: once a document names ``मिखाइल पेत्रोवस्की``,
        a later ``पेत्रोवस्की`` on its own is a mention of him too (when no other person in the
        document has that surname), also where the model read it alone, after the full name,
        as a place the knowledge base does not know. A family name written before the given name
        (``lang/*/name_parts.tsv``, ``family_first``: ``Lu Kang``, ``वांग यी``) stands alone for its
        bearer likewise. Changes ``mentions`` in place, keeping it in order.
        """
        last: dict[str, list[Mention]] = {}
        first: dict[str, list[Mention]] = {}
        middle: set[str] = set()  # words taken from the middle of a name of three
        for m in mentions:
            words = text[m.start : m.end].split()
            # not an everyday word closing a misread name ("राज की माँ" read as one name: "माँ" stands for no one)
            if (m.label == "PERSON" and len(words) > 1 and len(words[-1]) >= 3
                    and (words[-1].isascii() or self._name_word(words[-1]))):  # fmt: skip
                last.setdefault(words[-1], []).append(m)
            # a middle word of a name of three ("आरजू राणा देउबा", "मोहम्मद याकूब मुजाहिद") stands alone for its
            # bearer as a surname does, unless it is as often any name's middle word ("कुमार") or a title
            if m.label == "PERSON" and len(words) > 2:
                for w in words[1:-1]:
                    if (len(w) >= 3 and not w.isascii() and phonetic_key(w) not in _MIDDLE_KEYS
                            and w not in TITLES and self._name_word(w)):  # fmt: skip
                        last.setdefault(w, []).append(m)
                        middle.add(w)
            # a family name written first ("Lu Kang", "वांग यी") stands alone for the person as a surname does
            if m.label == "PERSON" and len(words) > 1 and words[0] in _FAMILY_FIRST:
                first.setdefault(words[0], []).append(m)
        added: list[Mention] = []
        # a family name written first is taken only when one person of the document bears it
        people = [*last.items(), *((w, ms) for w, ms in first.items()
                                   if w not in last and len({phonetic_key(text[m.start : m.end]) for m in ms}) == 1)]
        for word, ms in people:
            keys = Counter(phonetic_key(text[m.start : m.end]) for m in ms)
            if len(keys) != 1:
                # two people share the surname: a bare surname is ambiguous, unless all but one
                # are read once each by the surname rule alone, a word before the surname taken
                # for a first name ("विवादों में घिरे मेहता" beside "अनिल मेहता" said twice):
                # those are cut to the bare surname. One with a first name of its own ("जय शाह"
                # beside "अमित शाह" said twice) stays whole, and the bare surname is the one named most
                top, n = keys.most_common(1)[0]
                odd = [m for m in ms if phonetic_key(text[m.start : m.end]) != top]
                if n < 2 or any(keys[phonetic_key(text[m.start : m.end])] > 1 or m.source != "pattern" for m in odd):
                    added += self._shared_surnames(text, word, ms, mentions + added)
                    continue
                for m in odd:
                    if not self._has_own_first_name(text, m):
                        m.start = m.end - len(word)
                ms = [m for m in ms if m not in odd]
            for s, e in _bounded_hits(text, word):
                if word in middle and word not in {text[o.start : o.end].split()[-1] for o in ms}:
                    # a middle word alone stands as a name: a sentence opens on it or a postposition that
                    # follows people closes it ("राणा की", "। याकूब ..."), not "... निवासी राम", "सुरक्षा बलों"
                    after = re.match(r"\s*(\S*)", text[e : e + 20])
                    nxt = after.group(1) if after else ""
                    if not (nxt in _MIDDLE_CLOSERS or not (nxt[:1].isalnum() or is_devanagari(nxt[:1]))
                            or re.search(r"(?:^|[।.!?\n]\s*)$", text[max(0, s - 3) : s])):  # fmt: skip
                        continue
                over = [o for o in mentions + added if o.start < e and s < o.end]
                if (
                    len(over) == 1
                    and (over[0].start, over[0].end) == (s, e)
                    and over[0].label in ("LOC", "ORG")
                    and over[0].kb_id is None
                    and over[0].source == "model"
                    and s > min(m.start for m in ms)
                ):
                    # the model read the surname alone as a place or a body no table lists after the full
                    # name ("Richard Marles ... Marles said"): it is the person's
                    over[0].label, over[0].kb_id = "PERSON", ms[0].kb_id
                if over:
                    continue
                opened = self._listed_first_name_before(text, s, mentions + added)
                if opened is not None:
                    # "..., रामेश्वर नागर, ...": in a list of names, a name word before the surname is another
                    # bearer's first name; the two words name that person, not the one named in full
                    same = phonetic_key(text[opened:s]) == phonetic_key(text[ms[0].start : ms[0].end].split()[0])
                    added.append(Mention(opened, e, "PERSON", "propagated", kb_id=ms[0].kb_id if same else None))
                    continue
                added.append(Mention(s, e, "PERSON", "propagated", kb_id=ms[0].kb_id))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)

    @staticmethod
    def _address_off(text: str, mentions: list[Mention]) -> None:
        """A person's mention read with a word of address before the name (``lang/*/name_parts.tsv``,
        ``address``: "मिस्टर <surname>", "जनाब <given> <surname>") starts at the name, so that it is linked and
        grouped as the name alone is (the surname joins its bearer named in full). Changes ``mentions`` in place.
        """
        for m in mentions:
            if m.label != "PERSON":
                continue
            head = re.match(r"(\S+)\s+(?=\S)", text[m.start : m.end])
            if head is not None and head.group(1) in _ADDRESS:
                m.start += head.end()

    def _hyphened_names(self, text: str, mentions: list[Mention]) -> None:
        """A person's name of two words or more read up to a hyphen that joins its last word to another
        (``<given> <A>-<B>``, a double surname or given name) takes in the word after the hyphen, where nothing is
        tagged over that word and the knowledge base lists no person by it nor by a name holding it (``<A>-<B> <C>``,
        where ``<B> <C>`` is listed, names two people): the person is then one with the
        ``<A> <B>`` and ``<B>`` the article names later. A name of one word before a hyphen is not widened: two
        people are written so (``<surname>-<surname> talks``). Changes ``mentions`` in place.
        """
        for m in mentions:
            if m.label != "PERSON" or m.kb_id or len(text[m.start : m.end].split()) < 2:
                continue  # a listed person's name is whole as the table writes it
            rest = _HYPHENED.match(text, m.end)
            if rest is None or rest.group(1) in _HYPHEN_AFFIXES:
                continue  # "<name>-नीत": led by the person, no second name
            s, e = rest.start(1), rest.end(1)
            if (any(o.start < e and s < o.end for o in mentions) or rest.group(1) in self._person_words()
                    or any(h.label == "PERSON" for h in self.kb.lookup(rest.group(1)))):  # fmt: skip
                continue
            m.end = e

    def given_names_before_surnames(self, text: str, mentions: list[Mention]) -> None:
        """Widen a bare surname to the given name written right before it where that name is another
        person's: ``<given> <surname>`` is a person of their own, not the article's other bearer of the
        surname (``<A> <surname>`` named in full, later ``<B> <surname>`` of which only the surname was
        read, or given to the first bearer by the surname rule), nor the knowledge base's person listed by
        the surname (``<B> <surname>`` where a minister ``<A> <surname>`` is listed). The word must be a
        common given name (``lang/*/given_names.tsv``), no word of any name of a bearer of the surname
        (nor a longer or shorter form of one, nor a name whose first word is an initial it may stand for),
        written in one word with nothing tagged over it but itself alone, not linked. Changes ``mentions``
        in place.
        """
        gone: list[Mention] = []
        for m in mentions:
            surface = text[m.start : m.end]
            if m.label != "PERSON" or len(surface.split()) != 1 or any(m is g for g in gone):
                continue
            at = self._given_name_before(text, m, mentions)
            if at is None:
                continue
            inside = [o for o in mentions if o is not m and o.start < m.start and at < o.end]
            if inside and not (len(inside) == 1 and inside[0].label == "PERSON" and inside[0].kb_id is None
                               and (inside[0].start, inside[0].end) == (at, _word_end_before(text, m.start))):
                continue
            gone += inside
            m.start, m.kb_id, m.entity_id, m.canonical = at, None, None, None
        if gone:
            mentions[:] = [m for m in mentions if not any(m is g for g in gone)]

    def _given_name_before(self, text: str, m: Mention, mentions: list[Mention]) -> int | None:
        """Where a given name of someone else opens right before the bare surname ``m`` (see
        :meth:`given_names_before_surnames`); ``None`` where none does.
        """
        before = _LAST_WORD.search(text[max(0, m.start - 40) : m.start])
        if before is None or not _DEVANAGARI_RUN.fullmatch(before.group(1)):
            return None
        from .normalize import search_fold

        sound = phonetic_key(before.group(1))
        surname = phonetic_key(text[m.start : m.end])
        if search_fold(before.group(1)) not in _given_names() or not surname or " " in surname:
            return None
        names = [k for o in mentions if o.label == "PERSON" and o is not m
                 for k in [phonetic_key(text[o.start : o.end]).split()]
                 if len(k) > 1 and any(score_reaches([surname], [w], 0.9) for w in k[1:])]  # fmt: skip
        listed = [m.kb_id] if m.kb_id else [e.id for e in self.kb.lookup(text[m.start : m.end]) if e.label == "PERSON"]
        names += [k for kb in listed for n in self.kb.entities[kb].names() for k in [phonetic_key(n).split()] if k]
        if not names:
            return None
        for k in names:
            if any(len(w) <= 2 and sound[0] in w for w in k[:-1]):
                # an initial, spelt as its letter is named ("आर. के. <surname>"), that may stand for the given name
                return None
            if any(score_reaches([sound], [w], 0.85) or w.startswith(sound) or sound.startswith(w) for w in k):
                return None  # the bearer's own name, or a longer or shorter form of it
        return m.start - len(before.group(0))

    def _shared_surnames(self, text: str, word: str, bearers: list[Mention], taken: list[Mention]) -> list[Mention]:
        """The bare ``word`` where several people of the document bear it as their surname (``शिबू सोरेन``,
        ``हेमंत सोरेन``): a person's mention each time it stands alone as a name (no name word before it, a
        postposition, a conjunction, punctuation or a head word of a body after it: "... की", "... सरकार"), left
        unlinked for the linker to give to the bearer it names (``Linker._dominant``), where one of them is
        named in full more often than any other. Not for a word as often a middle name as a surname (``सिंह``),
        nor before anyone bearing it is named in full.
        """
        counts = Counter(phonetic_key(text[m.start : m.end]) for m in bearers).most_common(2)
        if phonetic_key(word) in _MIDDLE_KEYS or not self._name_word(word) or counts[0][1] <= counts[-1][1]:
            return []  # two named as often: the bare surname tells no one
        first = min(m.start for m in bearers)
        out: list[Mention] = []
        for s, e in _bounded_hits(text, word, first):
            if any(o.start < e and s < o.end for o in taken + out):
                continue
            before = _LAST_WORD.search(text[max(0, s - 40) : s])
            prev = before.group(1) if before else ""
            if prev and (self._name_word(prev) and _fold_token(prev) not in _CONTEXT_TITLES and prev not in TITLES):
                continue  # "हेमंत सोरेन" where the first name was not read: a name of its own
            after = re.match(r"[ \t]*(\S*)", text[e : e + 30])
            nxt = after.group(1) if after else ""
            if nxt and _word_char(nxt[0]) and nxt not in _POSTPOSITIONS and nxt not in _MIDDLE_CLOSERS \
                    and _fold_token(nxt) not in _GOVERNMENT_WORDS:
                continue
            out.append(Mention(s, e, "PERSON", "propagated"))
        return out

    def _listed_first_name_before(self, text: str, s: int, taken: list[Mention]) -> int | None:
        """Where a first name of its own opens, right before a surname at ``s``, in a list of names:
        one name word (no everyday word, office or function word, and in no mention yet) after a
        comma or a word that joins names (``lang/*/cases.tsv``, case ``and``), or at the start of a
        line; else ``None``.
        """
        before = re.search(r"(?:^|\n|,\s*|\s(?:" + "|".join(map(re.escape, _LIST_JOINERS)) + r")\s+)(\S+)\s+$",
                           text[max(0, s - 40) : s])  # fmt: skip
        if before is None:
            return None
        word = before.group(1)
        start = s - len(text[max(0, s - 40) : s]) + before.start(1)
        if not self._name_word(word) or any(o.start < s and start < o.end for o in taken):
            return None
        return start

    def _has_own_first_name(self, text: str, m: Mention) -> bool:
        """Whether the word before the surname in ``m`` is a first name of its own, not a word the
        surname rule took for one: a listed person's first name (``जय शाह`` beside ``अमित शाह``),
        or a name after a title or an office (``सचिव कविता पांडुरंग``), which names a person in full.
        """
        words = text[m.start : m.end].split()
        if len(words) < 2:
            return False
        if phonetic_key(words[0]) in self._listed_firsts():
            return True
        before = text[max(0, m.start - 40) : m.start].split()
        return bool(before) and (_fold_token(before[-1]) in _CONTEXT_TITLES or before[-1] in TITLES)

    def propagate_first_names(self, text: str, mentions: list[Mention]) -> None:
        """Add the first names alone the model missed: once a document names ``विक्रम मिस्री`` in full,
        a later ``विक्रम`` closed by a postposition that follows people (``lang/*/name_parts.tsv``,
        ``middle_closer``: "विक्रम ने") is a mention of him, where no other person of the document
        bears that word in their name and the word is a name word (not one of the model's everyday
        words, ``विजय``, a title or a function word) that the knowledge base lists for nothing else.
        The word must be the listed person's first name, or for a name the knowledge base does not list,
        some listed person's: the model's longer spans often open with a word that is none (``एक्टर
        पिंचू कपूर``, ``पीएम मोदी``). Changes ``mentions`` in place, keeping it in order.
        """
        firsts: dict[str, list[Mention]] = {}
        others: Counter[str] = Counter()  # every word of every full name, by sound
        for m in mentions:
            words = text[m.start : m.end].split()
            if m.label != "PERSON" or len(words) < 2:
                continue
            firsts.setdefault(words[0], []).append(m)
            others.update({phonetic_key(w) for w in words})
        added: list[Mention] = []
        for word, ms in firsts.items():
            sound = phonetic_key(word)
            people = {phonetic_key(text[m.start : m.end]) for m in ms}
            if (len(word) < 3 or sound in _MIDDLE_KEYS or len(people) > 1 or others[sound] > 1
                    or not self._name_word(word) or not self._first_name_of(sound, ms[0].kb_id)
                    or any(e.id != ms[0].kb_id for e in self.kb.lookup(word))):  # fmt: skip
                continue
            for s, e in _bounded_hits(text, word, ms[0].end):
                after = re.match(r"\s+(\S+)", text[e : e + 20])
                if after is None or after.group(1) not in _MIDDLE_CLOSERS:
                    continue
                if any(o.start < e and s < o.end for o in mentions + added):
                    continue
                added.append(Mention(s, e, "PERSON", "propagated", kb_id=ms[0].kb_id))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)

    def propagate_name_parts(self, text: str, mentions: list[Mention]) -> None:
        """Add the parts of a name said again alone that the other rules left: once a document names a
        person (``रमेश कुमार यादव``, or ``सविता`` alone), a later Devanagari word equal to one word of
        that name (``यादव``, ``रमेश``, ``सविता``) is a mention of them, where it stands as a name does:
        a postposition or a conjunction follows it (``lang/*/not_names.tsv``, ``closer``), perhaps after
        a word of respect (``name_parts.tsv``, ``after_name``: "यादव जी ने"), or punctuation, or it opens
        a sentence or a clause and no other name word follows. Only a word one person of the document
        bears (no two names share it), a name word (not one of the model's everyday words, an office, a
        function word, as often a middle name as a surname, ``कुमार``), that the knowledge base lists
        for nothing else; never after a name word no mention covers (``जय शाह`` beside ``अमित शाह``).
        A word the model read alone as a place the knowledge base does not know, after the name, is
        the person's. Changes ``mentions`` in place, keeping it in order.
        """
        people = [m for m in mentions if m.label == "PERSON"]
        if not people:
            return
        bearers: dict[str, set[str]] = {}  # a word's sound key -> the names (sound keys) that bear it
        first: dict[str, Mention] = {}  # a word as written -> the first person mention bearing it
        for m in people:
            surface = text[m.start : m.end]
            name = phonetic_key(surface)
            for w in surface.split():
                bearers.setdefault(phonetic_key(w), set()).add(name)
                first.setdefault(w, m)
        for key, names in bearers.items():
            longer = {n for n in names if len(n.split()) > 1}
            if longer:  # a name of one word that is a part of a longer one is that one
                bearers[key] = longer
        added: list[Mention] = []
        for word, m in first.items():
            key = phonetic_key(word)
            if (len(word) < 2 or not is_devanagari(word[0]) or len(bearers.get(key, ())) != 1
                    or key in _MIDDLE_KEYS or word in TITLES or word in _AFTER_NAME or not self._name_word(word)
                    or any(e.id != m.kb_id for e in self.kb.lookup(word))):  # fmt: skip
                continue
            for s, e in _bounded_hits(text, word, m.end):
                if not self._stands_as_name(text, s, e, bearers):
                    continue
                over = [o for o in mentions + added if o.start < e and s < o.end]
                if over:
                    o = over[0]
                    if (len(over) == 1 and (o.start, o.end) == (s, e) and o.kb_id is None and o.source == "model"
                            and o.label == "LOC"):  # fmt: skip
                        o.label, o.kb_id = "PERSON", m.kb_id
                    continue
                added.append(Mention(s, e, "PERSON", "propagated", kb_id=m.kb_id))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)

    def _stands_as_name(self, text: str, s: int, e: int, name_words: dict[str, Any]) -> bool:
        """Whether the word at ``s:e`` stands where a name alone can: no name word nor word of a name of
        the article before it (it would be a longer name's last word), and a postposition, a conjunction or punctuation
        after it (a word of respect between), or a sentence or clause opening on it with no name word after,
        neither a word of a name of the article (``name_words``, by sound: the name said again in full)
        nor a head word that makes a name a place's or a body's (``lang/*/name_heads.tsv``).
        """
        from .entities import _following_heads

        # the word before, up to a sign that opens it (`."अनीता वर्मा`: "अनीता")
        before = _LAST_WORD.search(text[max(0, s - 40) : s])
        word = before.group(1) if before else ""
        cut = len(word)
        while cut > 0 and _word_char(word[cut - 1]):
            cut -= 1
        word = word[cut:]
        at = s - len(before.group(0)) if before else s  # where the word before opens
        if word and (phonetic_key(word) in name_words
                     or (self._name_word(word) and _fold_token(word) not in _CONTEXT_TITLES
                         and not self._genitive_head(text, at, word))):  # fmt: skip
            return False
        after = re.match(r"[ \t]*(\S*)", text[e : e + 40])
        nxt = after.group(1) if after else ""
        if nxt in _AFTER_NAME:
            after = re.match(r"[ \t]*\S+[ \t]*(\S*)", text[e : e + 60])
            nxt = after.group(1) if after else ""
        if nxt in _POSTPOSITIONS or nxt in _MIDDLE_CLOSERS or not (nxt[:1].isalnum() or is_devanagari(nxt[:1])):
            return True
        opens = _SENTENCE_OPEN.search(text[max(0, s - 3) : s]) is not None or word in _CLAUSE_OPENERS
        if opens and _fold_token(nxt) in _TIME_WORDS:
            return True  # a sentence opening on the name and going on with when ("... गुरुवार शाम कॉलेज से")
        return (opens and not self._name_word(nxt) and phonetic_key(nxt) not in name_words
                and _fold_token(nxt) not in _following_heads())  # fmt: skip

    def _genitive_head(self, text: str, at: int, word: str) -> bool:
        """Whether ``word``, at ``at``, is a noun a genitive governs (``... की सूचना <name> को``): a genitive
        postposition right before it, and no word known to name people (a first name after ``के`` is one).
        """
        # the word right before (spaces or tabs between) is one of the entity stage's genitive postpositions
        last = _LAST_WORD.search(text[max(0, at - 8) : at])
        return last is not None and last.group(1) in _GENITIVES and not self._known_name_word(word)

    def titled_first_names(self, text: str, mentions: list[Mention]) -> None:
        """Add a listed person's first name alone after a title or an office (``lang/*/name_cues.tsv``:
        "प्रधानमंत्री नरेंद्र यूक्रेन दौरे पर") where the article names that person by the knowledge
        base elsewhere ("मोदी"): the office says a person follows. Only a first name of a person
        named in the article, no other of whose people bears it, that the knowledge base lists for
        nothing else, and not followed by another name word that no mention covers (that would be
        a longer name: "प्रधानमंत्री नरेंद्र सिंह"). Changes ``mentions`` in place, keeping it in order.
        """
        named = {m.kb_id for m in mentions if m.label == "PERSON" and m.kb_id}
        if not named:
            return
        # every word of every other person's name in the article, by sound
        others = {phonetic_key(w) for m in mentions if m.label == "PERSON" and m.kb_id not in named
                  for w in text[m.start : m.end].split()}  # fmt: skip
        firsts: dict[str, set[str]] = {}  # a first name as written -> the named people who bear it
        for kb_id in named:
            for word in self._own_firsts(kb_id):
                firsts.setdefault(word, set()).add(kb_id)
        added: list[Mention] = []
        for word, ids in firsts.items():
            if len(ids) > 1 or phonetic_key(word) in others:
                continue
            kb_id = next(iter(ids))
            for s, e in _bounded_hits(text, word):
                cue = _LAST_WORD.search(text[max(0, s - 40) : s])
                if cue is None or _fold_token(cue.group(1)) not in _CONTEXT_TITLES:
                    continue
                if any(o.start < e and s < o.end for o in mentions + added):
                    continue
                nxt = re.match(r"[ \t]+(\S+)", text[e : e + 40])
                if (nxt is not None and nxt.group(1) not in _POSTPOSITIONS and self._name_word(nxt.group(1))
                        and not any(o.start <= e + nxt.start(1) < o.end for o in mentions)):  # fmt: skip
                    continue  # a name word no mention covers: maybe a longer name, another person's
                m = Mention(s, e, "PERSON", "propagated", kb_id=kb_id)
                m.title_start, m.title_end = s - len(cue.group(0)), s - len(cue.group(0)) + len(cue.group(1))
                added.append(m)
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)

    def _own_firsts(self, kb_id: str) -> tuple[str, ...]:
        """The first names, as written, of the listed person ``kb_id``'s names of two words or more
        that may stand alone for them: name words (not ``PM`` of ``PM Modi``), not as often a middle
        name as a surname, that the knowledge base lists for nothing else. Worked out once a person.
        """
        known = self._firsts_of.get(kb_id)
        if known is None:
            words = {n.split()[0] for n in self.kb.entities[kb_id].names() if len(n.split()) >= 2}
            known = self._firsts_of[kb_id] = tuple(sorted(
                w for w in words
                if len(w) >= 3 and not w.isupper() and self._name_word(w) and phonetic_key(w) not in _MIDDLE_KEYS
                and all(e.id == kb_id for e in self.kb.lookup(w))
            ))  # fmt: skip
        return known

    def _first_name_of(self, sound: str, kb_id: str | None) -> bool:
        """Whether a word (its sound key) is a first name: of the listed person ``kb_id`` when given
        (not ``पीएम`` of ``पीएम मोदी``), else of some listed person.
        """
        ent = self.kb.entities.get(kb_id) if kb_id else None
        if ent is None:
            return sound in self._listed_firsts()
        return any(score_reaches([sound], phonetic_key(n).split()[:1], 0.9) for n in ent.names() if " " in n)

    def _listed_firsts(self) -> frozenset[str]:
        """The sound keys of the first words of the knowledge base's people's names of two words or more."""
        if self._firsts is None:
            self._firsts = frozenset(
                key[0] for ent in self.kb.entities.values() if ent.label == "PERSON"
                for n in ent.names() for key in [phonetic_key(n).split()] if len(key) >= 2
            )  # fmt: skip
        return self._firsts

    def dateline_place(self, article: Any) -> Mention | None:
        """The dateline's place as a mention with ``source="dateline"`` (offsets into ``raw``,
        since the dateline is not part of the clean text), when the knowledge base knows it.
        Called after :meth:`link`; a dateline abroad also relinks bare home bodies (see
        :meth:`_bodies_in_context`).
        """
        d = article.dateline
        if d is None or not d.place:
            return None
        hits = [h for h in self.kb.lookup(d.place) if h.label in ("GPE", "LOC")]
        at = article.raw.find(d.place, d.start, d.end)
        if not hits or at < 0:
            return None
        ent = hits[0]
        if ent.country and ent.country != self.config.home_country:
            # a report datelined abroad: a home body named bare with nothing else around it is
            # the government body of the dateline's country
            self._bodies_in_context(article.text, article.mentions, article.roles, ent.country)
        return Mention(at, at + len(d.place), ent.label, "dateline", ent.id, ent.id, ent.name)

    def _find_group(
        self,
        label: str,
        words: list[str],
        groups: list[tuple[str, list[str], str, str]],
        mentions: list[Mention],
        text: str,
        at: Mention | None = None,
    ) -> tuple[str, str] | None:
        cands = list(dict.fromkeys((g[2], g[3]) for g in groups if g[0] == label and (
            score_reaches(words, g[1], 0.85) or (label == "PERSON" and (
                _one_word_in_other_vowels(words, g[1]) or _two_words_written_as_one(words, g[1]))))))
        if label == "PERSON" and len(words) == 1:
            # a surname alone may name a knowledge-base person mentioned in full in this document
            for m in mentions:
                if m.kb_id and m.label == "PERSON":
                    full = phonetic_key(text[m.start : m.end]).split()
                    if len(full) > 1 and score_reaches(words, full, 0.85) and (m.entity_id, m.canonical) not in cands:
                        cands.append((str(m.entity_id), str(m.canonical)))
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and label == "PERSON" and len(words) == 1 and at is not None:
            return self._dominant(words[0], cands, at, mentions, text)  # several people share the surname
        return None  # none, or ambiguous: keep apart

    def _dominant(
        self, word: str, cands: list[tuple[str, str]], at: Mention, mentions: list[Mention], text: str
    ) -> tuple[str, str] | None:
        """The one of several people named in full with ``word`` (a sound key) as their surname or first
        name whom that word alone at ``at`` names: the one whose first name stands right before it,
        where a name word does (``फ़ारुक़ [अब्दुल्ला]`` read short; another first name is another
        person); else the one the article names most often, and on a tie the one last named in full
        before it (``शहबाज शरीफ`` twice, ``नवाज शरीफ`` once: ``शरीफ`` is Shehbaz). ``None`` when none of
        that tells, and for a word as often a middle name as a surname (``सिंह``: it tells no family).
        """
        if word in _MIDDLE_KEYS:
            return None
        fulls: dict[str, list[tuple[int, list[str]]]] = {}  # candidate -> (start, sound words) of its full names
        for o in mentions:
            key = phonetic_key(text[o.start : o.end]).split()
            ends = key[:1] + key[-1:]  # the first name and the surname
            if o.label == "PERSON" and len(key) > 1 and any(score_reaches([word], [k], 0.85) for k in ends):
                fulls.setdefault(str(o.entity_id), []).append((o.start, key))
        ids = [eid for eid, _ in cands if eid in fulls]
        if not ids:
            return None
        before = re.search(r"(\S+) +$", text[max(0, at.start - 40) : at.start])
        # the word before it, after any stop glued on ('हैं."सोनम कपूर')
        prev = re.split(r"[\"'“”‘’(.,।!?:;-]", before.group(1))[-1] if before else ""
        first = phonetic_key(prev) if prev else ""
        same = [eid for eid in ids if first and any(score_reaches([first], key[:1], 0.9) for _, key in fulls[eid])]
        if len(same) == 1 or (prev and self._name_word(prev)):
            return next((c for c in cands if c[0] == same[0]), None) if len(same) == 1 else None
        if len(ids) == 1:
            return next(c for c in cands if c[0] == ids[0])
        counts = Counter(o.entity_id for o in mentions if o.label == "PERSON" and o.entity_id in ids)
        ranked = counts.most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            named = [(start, eid) for eid in ids for start, _ in fulls[eid] if start < at.start]
            best = max(named)[1] if named else None
        else:
            best = ranked[0][0] if ranked else None
        return next((c for c in cands if c[0] == best), None)

    def _name_word(self, word: str) -> bool:
        """Whether a word can be a first name: letters only, none of the model's everyday words, an
        office, a postposition or a function word.
        """
        known = self._name_words.get(word)
        if known is not None:
            return known
        from .entities import _function_words, _is_name_word, common_words, model_folder
        from .normalize import search_fold

        model = model_folder(self.config.ner_model)
        known = (_is_name_word(word, common_words(model)) and word not in _POSTPOSITIONS
                 and search_fold(word) not in _function_words())  # fmt: skip
        if len(self._name_words) > 100_000:  # bounded, as _people_by_words
            self._name_words.clear()
        self._name_words[word] = known
        return known

    def roles(self, text: str, mentions: list[Mention], date: dt.date | None, published: str | None) -> list[RoleFact]:
        """Roles stated by appositions before each person mention."""
        out: list[RoleFact] = []
        seen: set[tuple[str, str, str]] = set()
        for m in mentions:
            if m.label != "PERSON" or not m.entity_id:
                continue
            head = m.title_start if m.title_start >= 0 else m.start
            line_start = max(text.rfind("।", 0, head), text.rfind("\n", 0, head), text.rfind(".", 0, head - 3), 0)
            window_start = max(line_start, head - 120)
            # up to the name, not the title: an office can be both (प्रवक्ता); titles between
            # the office and the name are allowed by the pattern
            before = text[window_start : m.start]
            # (no role word, no office; the office ends in one at or after the first)
            first = first_role_word(before)
            match = _APPOS.search(before) if first is not None and _ROLE_AT_END.search(before, first) else None
            if not match:
                continue
            role = _ROLE_OF.get(re.sub(r"[\s-]+", " ", match.group("role").lower()))
            if role is None:
                continue
            of, basis, of_start = self._role_of(match, m, role, date)
            if of is None:
                continue
            # evidence: from the country (or the role words) to the end of the name
            ev_start = window_start + of_start
            key = (m.entity_id, role, of)
            if key in seen:
                continue
            seen.add(key)
            out.append(RoleFact(m.entity_id, role, of, ev_start, m.end, published, basis))
        return out

    def _role_of(
        self, match: re.Match[str], m: Mention, role: str, date: dt.date | None
    ) -> tuple[str | None, str, int]:
        """(entity id of the country or organisation, basis, offset of the evidence start in the window)."""
        for group in ("of", "ofen", "dem"):
            word = match.group(group)
            if not word:
                continue
            words = word.split()
            for k in range(len(words)):
                cand = " ".join(words[k:])
                start = match.end(group) - len(cand)
                cid = self.kb.country_of(cand)
                if cid:
                    return cid, "text", start
                orgs = [e for e in self.kb.lookup(cand) if e.label == "ORG"]
                if orgs:
                    return orgs[0].id, "text", start
                # a state or province: "उत्तर प्रदेश के मुख्यमंत्री", "the Chief Minister of Punjab"
                states = [e for e in self.kb.lookup(cand) if e.id.startswith("region:") and e.label == "GPE"]
                if states:
                    return states[0].id, "text", start
        role_start = match.start("role")
        # unqualified: the knowledge base, else the home country
        if m.kb_id:
            ent = self.kb.entities[m.kb_id]
            held = [r for r in ent.roles if r.role == role]
            if held:
                on_date = [r for r in held if r.active(date)] or held
                return on_date[0].of, "text+kb", role_start
        if m.kb_id and self.kb.entities[m.kb_id].country:
            return self.kb.entities[m.kb_id].country, "text+kb", role_start
        if role in _KB_ROLES or role.startswith("minister") or role.endswith("_chief") or role.endswith("adviser"):
            return f"country:{self.config.home_country}", "default", role_start
        return None, "text", role_start


def merge_partial_names(ents: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Which surname-only new entities fold into a fuller name: ``{partial id: full id}``.

    ``ents`` maps entity ids to rows with ``label`` and ``name``. A new PERSON whose name
    is one word joins the one PERSON with a longer name whose words include it; with two
    or more candidates (two people share the surname) it stays apart.
    """
    fulls: dict[str, list[tuple[str, list[str]]]] = {}
    for eid, e in ents.items():
        words = phonetic_key(e["name"] or "").split()
        if e["label"] == "PERSON" and len(words) > 1:
            for w in words[1:]:
                fulls.setdefault(w[:3], []).append((eid, words))
    out: dict[str, str] = {}
    for eid, e in ents.items():
        if not eid.startswith("new:") or e["label"] != "PERSON":
            continue
        words = phonetic_key(e["name"] or "").split()
        if len(words) != 1:
            continue
        cands = {fid for fid, fw in fulls.get(words[0][:3], []) if fid != eid and score_reaches(words, fw, 0.85)}
        if len(cands) == 1:
            out[eid] = cands.pop()
    return out


_VOWELS = re.compile(r"[aeiou]")


def _one_word_in_other_vowels(a: list[str], b: list[str]) -> bool:
    """Two full names (sound keys) of one page that differ in one word, and there only in its
    vowels ("harindar biral", "harindar baral": a vowel sign dropped), name one person: the rest
    of the name is the same, and the word keeps its consonants in order.
    """
    if len(a) < 2 or len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    bones = _VOWELS.sub("", x)
    return len(bones) >= 2 and bones == _VOWELS.sub("", y) and x[0] == y[0]


def _name_key(surface: str, label: str) -> list[str]:
    """The sound key words a name is grouped by: for a person, without a word of respect or a
    function word that the entity stage read at its end ("<name> जी", "<surname> जो भी ...":
    ``name_parts.tsv`` after_name, ``stopwords.tsv``), so that the name joins that person's others;
    a name of nothing else is kept whole.
    """
    raw = surface.split()
    if label == "PERSON":
        raw = _HYPHEN_INSIDE.sub(" ", surface).split()  # "<A>-<B>" keyed as the two words it joins
        from .entities import _function_words
        from .normalize import search_fold

        while len(raw) > 1 and (raw[-1] in _AFTER_NAME or search_fold(raw[-1]) in _function_words()):
            raw.pop()
    return phonetic_key(" ".join(raw)).split()


def _two_words_written_as_one(a: list[str], b: list[str]) -> bool:
    """Two full names (sound keys) of one page, one of which writes two neighbouring words of the
    other as one ("omaprakash shukla", "om prakash shukla": a compound given name joined or
    parted), name one person: every other word is the same, and the joined word has the two
    words' consonants in order (the romaniser keeps a schwa inside a joined word that it drops
    at a word's end).
    """
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or len(long_) != len(short) + 1:
        return False
    for i in range(len(short)):
        if short[:i] == long_[:i] and short[i + 1 :] == long_[i + 2 :]:
            joined, parts = short[i], long_[i] + long_[i + 1]
            bones = _VOWELS.sub("", joined)
            return len(bones) >= 3 and bones == _VOWELS.sub("", parts) and joined[0] == parts[0]
    return False


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every language's words for a kind of place that close a place's name (``lang/*/place_words.tsv``)."""
    return frozenset(r[0] for r in every_language_rows("place_words.tsv") if r)


def _compatible(kb_label: str, label: str) -> bool:
    if kb_label == label:
        return True
    return {kb_label, label} <= {"GPE", "LOC"}


def _date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
