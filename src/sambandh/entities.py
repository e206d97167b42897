"""Named entities: a trained spaCy model, a knowledge-base ruler and weapon-designation patterns.

The model (``sambandh/models/ner-hi``, trained by ``make model``) finds ``PERSON``, ``ORG``
and ``LOC`` spans; the ruler finds every name the knowledge base lists (any script or
spelling) and labels it from the knowledge base (``GPE`` for countries and cities,
``WEAPON`` for military systems); patterns find designations such as ``S-400``, ``एस-400``
or ``Su-30 MKI``. Titles (``एडमिरल``, ``डॉ.``) are kept out of names and recorded.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, pairwise
from pathlib import Path
from typing import Any

from .config import Config
from .dates import MONTHS
from .entities_frames import framed_settlements
from .errors import ConfigError
from .kb import KnowledgeBase, skeleton
from .kb import load as load_kb
from .lexicon import every_language_rows, word_key, words_of
from .model import Mention, Span
from .names import (
    LETTER_NAMES,
    LETTER_NAMES_OF,
    acronym_key,
    acronym_like,
    acronym_skipped,
    match_score,
    phonetic_key,
    score_reaches,
    spelled_acronym,
)
from .normalize import fold, normalize, search_fold
from .script import DEVANAGARI, DEVANAGARI_RUN, DEVANAGARI_WORD, has_devanagari

MODEL_DIR = Path(__file__).with_name("models") / "ner-hi"


def _words(table: str, kind: str = "") -> list[str]:
    """The words of every language's ``lang/<code>/<table>``, in file order: the first column of
    each row, of the rows whose second column is ``kind`` alone when one is given.
    """
    return [r[0] for r in every_language_rows(table) if r and (not kind or (len(r) > 1 and r[1] == kind))]


# Titles and honorifics that precede a name but are not part of it (longest first when matched).
TITLES = _words("titles.tsv")
_TITLES_NORM = sorted({normalize(t) for t in TITLES if normalize(t)}, key=lambda t: (-len(t), t))
# the same titles by first and by last character (in the order above): a name is tried against
# the few that can open it, the text before it against the few that can end there
_TITLES_BY_FIRST: dict[str, list[str]] = {}
_TITLES_BY_LAST: dict[str, list[str]] = {}
for _t in _TITLES_NORM:
    _TITLES_BY_FIRST.setdefault(_t[0], []).append(_t)
    _TITLES_BY_LAST.setdefault(_t[-1], []).append(_t)

# the words of English titles and the office words of roles ("Gen", "Chief"), which never open a name before
# a surname
_LATIN_TITLE_WORDS = frozenset(
    fold(w.rstrip(".")) for t in TITLES if t.isascii() for w in t.split()
) | frozenset(fold(r[0].split()[-1]) for r in every_language_rows("roles.tsv") if r and r[0].strip() and r[0].isascii())
# Words the model sometimes takes for names: days (and months, dates.MONTHS), the Hindi parts of
# the day the time expressions read (timex.tsv daypart: "शनिवार तड़के X में रहने वाले" names no place
# "तड़के X"), and offices alone; a model span is trimmed of the day words at its edges.
_TIME_WORDS = {fold(w) for w in _words("not_names.tsv", "time")} | {
    fold(w) for r in every_language_rows("timex.tsv") if len(r) > 2 and r[0] == "daypart"
    for w in r[2].split("|") if " " not in w and has_devanagari(w)
}
_NOT_NAMES = _TIME_WORDS | {fold(w) for w in _words("not_names.tsv", "office")}
# words as often a middle name as a surname ("हरदीप सिंह निज्जर"; name_parts.tsv, middle)
_NAME_PART_ROWS = [r for r in every_language_rows("name_parts.tsv") if len(r) > 1]
_MIDDLE_NAMES = frozenset(r[1] for r in _NAME_PART_ROWS if r[0] == "middle")
# and what may close the name taken in after one: what follows people more than places or things
_MIDDLE_CLOSERS = frozenset(r[1] for r in _NAME_PART_ROWS if r[0] == "middle_closer")
# everyday words the model sometimes reads as names ("जवान शहीद"): no name of such words alone
_EVERYDAY = frozenset(fold(w) for w in _words("not_names.tsv", "everyday"))
# words for a field of the economy or a side of a front ("डिफेंस सेक्टर", "वेस्टर्न सेक्टर"): no place's name
# before a head that names a place by its area (name_heads.tsv "name"), though they may stand in other names
_FIELD_WORDS = frozenset(fold(w) for w in _words("not_names.tsv", "field"))

_WORD_CHAR = re.compile(r"\w")
# a word near a name's head: a full stop glued between two Devanagari letters ends it, as it
# ends a token ("है.रखाइन प्रांत", BBC Hindi style), so the word before a sentence is not taken
_HEAD_NEAR_WORD = re.compile(r"(?:[^\s,।;:()\"'“”‘’.]|\.(?![" + DEVANAGARI + r"]))+")
# words that make the name before them a place ("जिले", "द्वीप"; lang/*/place_words.tsv): never in a person's name
_PLACE_WORDS = frozenset(_words("place_words.tsv"))
# demonstratives: a town's or a village's word after one points back, no name follows it ("यह शहर ...")
_POINTERS = frozenset(_words("not_names.tsv", "pointer"))
# demonstratives in their oblique form, which stand only before a noun ("इस कमरे में"): no name follows one
_DETERMINERS = frozenset(_words("not_names.tsv", "determiner"))
_AFTER_DETERMINER = re.compile(
    r"(?<!\S)(?:" + ("|".join(map(re.escape, sorted(_DETERMINERS, key=len, reverse=True))) or r"(?!)")
    + r")[ \t]+([" + DEVANAGARI_WORD + r"]+)(?![" + DEVANAGARI_WORD + r"\w])"
)
# copulas and light verbs right after a word: the word is the clause's predicate, no name (_predicate_nouns)
_PREDICATE_AFTER = frozenset(_words("not_names.tsv", "predicate"))
_LIGHT_AFTER = frozenset(_words("not_names.tsv", "light"))
_ANY_VERB_AFTER = _PREDICATE_AFTER | _LIGHT_AFTER
_BEFORE_VERB = re.compile(r"(\S+)[ \t]+(?:" + ("|".join(map(re.escape, sorted(_ANY_VERB_AFTER, key=len, reverse=True)))
                          or r"(?!)") + r")(?=[\s।॥,.]|$)")  # fmt: skip
# postpositions and conjunctions: they end a name built beside a title or a head word
_POSTPOSITIONS = set(_words("not_names.tsv", "closer"))
# focus particles that also end a name read after a title ("नेता X भी शामिल"), not one beside a head word
_PARTICLE_CLOSERS = frozenset(_words("not_names.tsv", "particle_closer"))
# those written with a hyphen ("बार-बार"), which the model's tokenizer splits into three tokens
_HYPHENED_CLOSERS = tuple(sorted(w for w in _PARTICLE_CLOSERS if "-" in w))

# Words that join the parts of one name between hyphens ("लश्कर-ए-तैबा"), and those of them that
# may also open one ("अल-क़ायदा"): the model and the ruler often read one part alone.
_JOINER_ROWS = [r for r in every_language_rows("not_names.tsv") if len(r) > 1 and r[1] == "joiner"]
_NAME_PART = r"[" + DEVANAGARI_WORD + r"]+"
_JOINERS = "|".join(sorted((re.escape(r[0]) for r in _JOINER_ROWS), key=len, reverse=True)) or r"(?!)"
_OPENERS = "|".join(re.escape(r[0]) for r in _JOINER_ROWS if "opens" in r[2:]) or r"(?!)"
_JOINED_NAME = re.compile(
    r"(?<![" + DEVANAGARI_WORD + r"-])(?:" + _NAME_PART + r"-(?:" + _JOINERS + r")|(?:" + _OPENERS + r"))"
    + r"-" + _NAME_PART + r"(?:-(?:" + _JOINERS + r")-" + _NAME_PART + r")*"
)

# A quoted name after its head word (name_heads.tsv, "quoted"): each opening quote with its closer.
_QUOTED = re.compile(r"[ \t]*(?:‘([^’\n]{1,80})’|“([^”\n]{1,80})”|\"([^\"\n]{1,80})\"|'([^'\n]{1,80})')")
# capitalised Latin names joined by hyphens ("Usoor-Basaguda"): several places named together
# the genitive postpositions ("का", "के", "की"): a place named right after one is a part of what precedes
_GENITIVES = frozenset({"का", "के", "की"})
_LATIN_JUNCTION = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
# the same in Devanagari, each name of two letters or more (not one name's parts around a joiner: "... -ए- ... जिले")
# the number of a numbered locality after its head (name_heads.tsv "numbered": "सेक्टर 18", "सेक्टर-25ए",
# "सेक्टर -16 बी", "वार्ड नंबर 5"): a hyphen or a number word (name_heads.tsv "number_word") may stand between;
# one letter may follow, joined, after a hyphen or alone (a Latin capital, or the Devanagari name of one of
# the first eight, letter_names.tsv: a sector's letters run A to H)
_NUMBER_WORDS = "|".join(sorted((re.escape(r[0]) for r in every_language_rows("name_heads.tsv")
                                 if len(r) > 2 and r[2] == "number_word"), key=len, reverse=True))  # fmt: skip
_SECTOR_LETTERS = "|".join(LETTER_NAMES_OF[c] for c in "abcdefgh")
_LOCALITY_NUMBER = re.compile(
    r"\s*(?:-\s*|(?:" + _NUMBER_WORDS + r")\s*)?[0-9०-९]{1,3}"
    r"(?:(?:\s*-\s*|\s)?(?:[A-Z]|" + _SECTOR_LETTERS + r")(?![\w" + DEVANAGARI + r"]))?"
    r"(?![\w" + DEVANAGARI + r"]|[.,][0-9])"
)
_DEVANAGARI_JUNCTION = re.compile(r"[" + DEVANAGARI_WORD + r"]{2,}(?:-[" + DEVANAGARI_WORD + r"]{2,})+")

# initials written with dots ("U.S.", "J.K."): a dot in a name, not the end of a sentence
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# a person's initials in Devanagari, Latin letters' names each closed by a full stop ("एम. एस. ", "वी.", "एम . एस."),
# then one or two words (EntityRecognizer._dotted_initials)
_DOTTED_INITIALS = re.compile(
    r"(?<![" + DEVANAGARI_WORD + r".])((?:(?:" + "|".join(sorted(map(re.escape, LETTER_NAMES), key=len, reverse=True))
    + r")[ \t]*\.[ \t]*){1,3})([" + DEVANAGARI_WORD + r"]+)(?![" + DEVANAGARI_WORD + r".])"
)

# Words after which a name follows: honorifics, ranks and offices.
# name_cues.tsv kinds of words around a name
_NOT_CUES = ("says", "says_aux", "says_not_after", "after_name", "aside", "office_tail", "name_note", "naming",
             "naming_close", "of_genitive")
_CONTEXT_TITLES = {fold(r[0]) for r in every_language_rows("name_cues.tsv") if r and r[0].strip()
                   and (len(r) < 2 or r[1] not in _NOT_CUES)}  # fmt: skip
# Verbs of saying in the honorific plural that follow a person's name ("... कहते हैं", "... बताती थीं";
# name_cues.tsv says and says_aux): a body or a thing takes the singular ("मंत्रालय मानता है")
_SAYS = frozenset(fold(w) for w in _words("name_cues.tsv", "says"))
_SAYS_AUX = frozenset(fold(w) for w in _words("name_cues.tsv", "says_aux"))
_SAYS_NOT_AFTER = frozenset(_words("name_cues.tsv", "says_not_after"))
# honorifics written after a name ("... साहब", "... जी"; name_cues.tsv after_name)
_AFTER_NAME = frozenset(fold(w) for w in _words("name_cues.tsv", "after_name"))
# and those of them that read the same in the plural (occupations: "वैज्ञानिक", "बल्लेबाज़"): only a name of two
# words or more is taken after one, a single word after them is as often what the group does or meets
_TWO_WORD_CUES = frozenset(fold(w) for w in _words("name_cues.tsv", "two_words"))
# and the seats held for a place ("विधायक", "सांसद"): right after a person's name ("... शर्मा विधायक बुढ़ाना,")
# the words after one name the constituency, not another person
_SEAT_CUES = frozenset(fold(w) for w in _words("name_cues.tsv", "seat"))
# the word that seats a body in a place ("<city> स्थित ..."; lang/*/words.tsv seat_word): the place before it is
# where the body sits, no word of its name
_SEAT_WORDS = frozenset(words_of("seat_word"))
# a noun for a name after a genitive and the copulas that close the name after it ("छात्रा का नाम ... है";
# name_cues.tsv naming, naming_close)
_NAMING = frozenset(fold(w) for w in _words("name_cues.tsv", "naming"))
_NAMING_CLOSE = frozenset(fold(w) for w in _words("name_cues.tsv", "naming_close"))
# and kin, companions and the like ("बहन", "साथी"), after whom the genitive के is no initial ("भाई के घर पर")
_KIN_CUES = frozenset(fold(w) for w in _words("name_cues.tsv", "kin"))
# offices a name follows only right after a genitive postposition ("समूह का प्रमुख ..."; name_cues.tsv
# of_genitive): elsewhere the word is as often an adjective ("प्रमुख शहरों", "leading cities")
_GENITIVE_CUES = frozenset(fold(w) for w in _words("name_cues.tsv", "of_genitive"))
# words in brackets between a rank and the name ("ब्रिगेडियर (सेवानिवृत्त) ..."; name_cues.tsv aside)
_ASIDES = frozenset(fold(w) for w in _words("name_cues.tsv", "aside"))
# a word that completes an office after its cue, the name after it ("नेता प्रतिपक्ष ...", "एसपी सिटी ...";
# name_cues.tsv office_tail)
_OFFICE_TAILS = frozenset(fold(w) for w in _words("name_cues.tsv", "office_tail"))
# a note in brackets right after a name that it is a changed one ("... (बदला हुआ नाम)"; name_cues.tsv name_note)
_NAME_NOTES = sorted(_words("name_cues.tsv", "name_note"), key=len, reverse=True)
_NAME_NOTE = re.compile(r"\(\s*(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in _NAME_NOTES) + r")\s*\)")


_UNSEEN: Any = object()  # a word a per-word memo has not met yet
_NAME_LETTERS = re.compile(r"[" + DEVANAGARI_WORD + r".]+")


def _initial_letter(words: list[str], first: int, j: int, common: frozenset[str]) -> bool:
    """Whether ``words[j]``, a postposition or an everyday word, is an initial spelt as a letter's
    name between another initial and the surname (``ए के ओझा``, ``एस के सिंह``): a name goes on.
    """
    from .names import LETTER_NAMES

    return (first < j < len(words) - 1 and words[j] in LETTER_NAMES and words[j - 1] in LETTER_NAMES
            and words[j + 1] not in _POSTPOSITIONS and words[j + 1] not in LETTER_NAMES
            and _is_name_word(words[j + 1], common))  # fmt: skip


def _is_name_word(word: str, common: frozenset[str] = frozenset()) -> bool:
    """A word that can be part of a name: letters only, not an office, a postposition or
    one of the model's ``common`` words (never part of a name in its training data).
    """
    key = _fold_token(word)
    return (
        _NAME_LETTERS.fullmatch(word) is not None
        and key not in _CONTEXT_TITLES
        and word not in _NOT_NAME_WORDS
        and word not in common
        and key not in _folded(common)  # "फ़िल्मों" is the common "फिल्मों" with a nukta
    )


@lru_cache(maxsize=4)
def _folded(words: frozenset[str]) -> frozenset[str]:
    """``words`` folded (nukta dropped, nasals as anusvara): a set of common words whatever the spelling."""
    return frozenset(_fold_token(w) for w in words)


@lru_cache(maxsize=4)
def common_words(model_dir: Path) -> frozenset[str]:
    """The everyday words a model folder lists in ``common_words.txt`` (one per line; words
    its training data has many times and never inside a name). Empty when it has none.
    """
    path = model_dir / "common_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


# Everyday words that follow an office (``सचिव हैं``, ``अध्यक्ष महोदय``): never a name.
_NOT_NAME_WORDS = set(_words("not_names.tsv", "after_office"))


# Short knowledge-base aliases that are also everyday words: only taken with other support.
_WEAK = set(_words("weak_names.tsv"))
# an acronym in Latin capitals as a body's alias ("CAG", "R&AW", "G-7")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z&-]*[A-Z0-9]")

_LATIN_DESIGNATION = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,3})-?\d{1,4}[A-Z]{0,3}(?:\s(?:MKI|MKM|SM|MK|Block\s[IVX\d]+))?(?![\w-])"
)
_DEVA_DESIGNATION = re.compile(
    r"(?<![" + DEVANAGARI + r"\w-])([" + DEVANAGARI + r"]{1,10})-(\d{1,4})([" + DEVANAGARI + r"]{0,6})"
    + r"(?:\s([" + DEVANAGARI + r"]{2,10}))?"
)
_LATIN = re.compile(r"[A-Za-z]")
_CAPITAL = re.compile(r"[A-Z]")  # what every _LATIN_DESIGNATION starts with
_DEVA_WEAPON_WORDS = set(_words("weapon_prefixes.tsv", "weapon"))
# prefixes that make no weapon (G-20, H-1B, grades): Devanagari ones as written, Latin ones in any case
_NOT_WEAPON = _words("weapon_prefixes.tsv", "not")
_NOT_WEAPON_DEVA = {w for w in _NOT_WEAPON if not w.isascii()}
_NOT_WEAPON_LATIN = re.compile(
    r"^(?:" + ("|".join(re.escape(w) for w in _NOT_WEAPON if w.isascii()) or r"(?!)") + r")-?\d", re.IGNORECASE
)


_NO_VOWELS = str.maketrans("", "", "aeiou")  # what kb.skeleton drops from the later words of a key

# what EntityRecognizer._word_info says of a word: (fold key, starts a listed spelling, starts a
# sounds-alike name, sound key, a common surname, a title or office a name follows)
_WordInfo = tuple[str, bool, bool, str, bool, bool]


@lru_cache(maxsize=200_000)
def _fold_token(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=200_000)
def _search_fold_token(text: str) -> str:
    """``search_fold`` of a token, remembered (``_variant_places`` asks it of every word of every text)."""
    return search_fold(text)


@lru_cache(maxsize=200_000)
def _letters_run(word: str) -> bool:
    """Whether a word is the names of up to three Latin letters run together in Devanagari (``एनपी``), no
    postposition: initials, as ``EntityRecognizer._initialled`` reads them (remembered: it asks of every token).
    """
    letters = spelled_acronym(word) if DEVANAGARI_RUN.fullmatch(word) else None
    return letters is not None and len(letters) <= 3 and word not in _POSTPOSITIONS


# the postpositions as _word_info folds them: no sounds-alike name starts on one
_POSTPOSITIONS_FOLDED = frozenset(fold(w) for w in _POSTPOSITIONS)


def _opens_clause(text: str, m: Mention) -> bool:
    """Whether ``m`` opens a sentence or follows a postposition, a function word or a demonstrative: where an
    everyday word the model read as a name is one there too. After another Devanagari word it is not (that
    word may open a longer name the model read only in part: "<name> कॉलोनी").
    """
    before = re.search(r"(\S+)[ \t]+$", text[max(0, m.start - 40) : m.start])
    prev = before.group(1) if before else ""
    return not (DEVANAGARI_RUN.fullmatch(prev) and prev[-1] not in "।॥" and prev not in _POSTPOSITIONS
                and prev not in _DETERMINERS and prev not in _POINTERS
                and search_fold(prev) not in _function_words())  # fmt: skip


def _pointed_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the model's one-word names that are everyday nouns: a Devanagari word the model read
    alone as a name, that no table lists (no ``kb_id``), and that the article also writes right after a
    demonstrative standing only before a noun (``lang/*/not_names.tsv``, ``determiner``: "इस कमरे में"; a
    name follows none) is a noun, there and at each of its mentions in the article: where it opens a sentence
    or follows a postposition, a function word or a demonstrative. After another word (a Devanagari word of
    none of these) it stays: that word may open a longer name the model read only in part ("<name> कॉलोनी").
    """
    # a surname stands after a demonstrative as a family's or a clan's word ("उस <surname> परिवार") and is
    # still the person's name elsewhere: a person the model read by a listed surname is left alone
    loose = {text[m.start : m.end] for m in mentions if m.source == "model" and m.kb_id is None
             and not (m.label == "PERSON" and search_fold(text[m.start : m.end]) in _surnames())}  # fmt: skip
    if not loose:
        return mentions
    nouns = {w for w in (m.group(1) for m in _AFTER_DETERMINER.finditer(text)) if w in loose}
    if not nouns:
        return mentions

    def noun(m: Mention) -> bool:
        if m.source != "model" or m.kb_id is not None or text[m.start : m.end] not in nouns:
            return False
        return _opens_clause(text, m)

    return [m for m in mentions if not noun(m)]


def _predicate_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the model's one-word names that are everyday words by the verb after them: a
    Devanagari word the model read alone as a name, that no table lists (no ``kb_id``), written somewhere in
    the article right before a copula (``lang/*/not_names.tsv``, ``predicate``: "इस बात से हैरान हैं") or, for
    a place or a body, a light verb (``light``: "सरकार की किरकिरी हो") is the clause's predicate, no name:
    there and at its other mentions where it opens a sentence or follows a postposition, a function word
    or a demonstrative (as ``_pointed_nouns`` reads them). A word the article also writes as a doer
    ("<word> ने") or as a name ("नाम <word> है") stays, and so does a person's name before a copula unless a
    postposition or a function word stands before it ("मुख्य आरोपी <name> है" names the accused).
    """
    loose = {text[m.start : m.end]: m.label for m in mentions if m.source == "model" and m.kb_id is None
             and DEVANAGARI_RUN.fullmatch(text[m.start : m.end])
             and not (m.label == "PERSON" and search_fold(text[m.start : m.end]) in _surnames())}  # fmt: skip
    if not loose:
        return mentions
    # the words the article writes right before a copula or a light verb, read once: a loose word that ends
    # none of them is no predicate, and its own two scans of the text are skipped (same answers, less work)
    before_verbs = {vm.group(1) for vm in _BEFORE_VERB.finditer(text)}
    nouns: set[str] = set()
    for word, label in loose.items():
        if not any(token.endswith(word) for token in before_verbs):
            continue
        if re.search(r"(?<!\S)" + re.escape(word) + r"[ \t]+ने(?![" + DEVANAGARI_WORD + r"])", text):
            continue  # a doer: a person's or a body's name
        verbs = _PREDICATE_AFTER | (_LIGHT_AFTER if label != "PERSON" else frozenset())
        for vm in re.finditer(r"(?<![" + DEVANAGARI_WORD + r"\w])(\S+[ \t]+)?" + re.escape(word) + r"[ \t]+(\S+?)"
                              r"(?=[\s।॥,.]|$)", text):  # fmt: skip
            before = (vm.group(1) or "").strip()
            if label == "PERSON" and before not in _POSTPOSITIONS and search_fold(before) not in _function_words():
                continue  # "आरोपी <name> है": a person named as the predicate; only "... से <word> है" tells a word
            if vm.group(2) in verbs and fold(before) not in _NAMING:
                nouns.add(word)
                break
    if not nouns:
        return mentions

    def noun(m: Mention) -> bool:
        if m.source != "model" or m.kb_id is not None or text[m.start : m.end] not in nouns:
            return False
        after = re.match(r"[ \t]+(\S+?)(?=[\s।॥,.]|$)", text[m.end : m.end + 40])
        if after is not None and after.group(1) in _ANY_VERB_AFTER:
            return True
        return _opens_clause(text, m)

    return [m for m in mentions if not noun(m)]


def _with_framed(mentions: list[Mention], framed: list[Mention]) -> list[Mention]:
    """``mentions`` with the settlements read by their frame (``entities_frames``) put in among them, each
    before the first mention that starts after it; the others keep their order.
    """
    if not framed:
        return mentions
    out: list[Mention] = []
    rest = iter(sorted(framed, key=lambda m: m.start))
    nxt = next(rest, None)
    for m in mentions:
        while nxt is not None and nxt.start < m.start:
            out.append(nxt)
            nxt = next(rest, None)
        out.append(m)
    if nxt is not None:
        out.append(nxt)
    out.extend(rest)
    return out


def model_folder(ner_model: str) -> Path:
    """The NER model folder a ``ner_model`` setting names: empty for the shipped fast model,
    ``accurate`` for the shipped e5 tagger (:mod:`sambandh.ner_e5`), else the folder itself.
    """
    if not ner_model:
        return MODEL_DIR
    if ner_model == "accurate":
        return MODEL_DIR.parent / "ner-e5"
    return Path(ner_model)


_GEMM_ROWS = 256  # rows of the NER's float64 products at a time (``_gemm_ops``)


@lru_cache(maxsize=1)
def _gemm_ops() -> Any:
    """The ``NumpyOps`` of thinc with its matrix products through numpy (OpenBLAS) in float64.

    The NER's products are most of its layers' time, and blis runs them here through its generic
    kernel (about 15 billion multiply-adds a second on this CPU, against about 40 for numpy's
    OpenBLAS on the same shapes: ``bench/README.md``, session 38). A row's product must not depend
    on the rows beside it, or an article's names would depend on the batch it came in. OpenBLAS's
    float32 kernels do not give that: which kernel (and so which rounding) a row gets depends on
    its place in the product and on the CPU (session 41: on an AVX2-only EPYC almost every batching
    of 600 rows changed some row's last bits; padding small products with zero rows, session 38's
    remedy, held only on AVX-512). So the products run in float64, where the product of two float32
    numbers is exact and the order of the sums moves only the last float64 bits, and are rounded back
    to float32: the same float32 results for a row whatever its place, batch or CPU, except where a
    float64 sum lies within its own rounding error of a float32 rounding boundary (about one cell in
    10^8, against several per row in float32). It costs about a fifth of the NER's time (session 41,
    150 pages: 0.52 s against 0.43 s). Products differ from blis's float32 ones by about 1e-5.
    """
    import numpy as np
    from thinc.api import NumpyOps, registry

    class NumpyGemmOps(NumpyOps):
        name = "numpy_gemm"

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            if x.ndim != 2 or y.ndim != 2 or x.dtype != np.float32 or y.dtype != np.float32:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            rows, cols = a.shape[0], b.shape[1]
            if out is not None and out.shape != (rows, cols):
                out[...] = np.matmul(a.astype(np.float64), b.astype(np.float64))
                return out
            # a few hundred rows at a time: their float64 copies and products stay in the cache (the whole
            # product of a batch of 64 texts, thousands of rows, ran about a quarter slower); a row's float64
            # product may differ in its last bits with its place, as in the whole product, and rounded to float32
            # it is the same but for the rare cells the docstring names
            b64 = b.astype(np.float64)
            if out is None:
                out = np.empty((rows, cols), np.float32)
            for lo in range(0, rows, _GEMM_ROWS):
                out[lo : lo + _GEMM_ROWS] = np.matmul(a[lo : lo + _GEMM_ROWS].astype(np.float64), b64)
            return out

    registry.ops("NumpyGemmOps")(NumpyGemmOps)
    return NumpyGemmOps()


def _use_gemm_ops(nlp: Any) -> None:
    """Every layer of ``nlp``'s pipes that runs on thinc's ``NumpyOps`` runs on :func:`_gemm_ops`."""
    from thinc.api import Model, NumpyOps

    ops = _gemm_ops()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


def _load_spacy(path: str) -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise ConfigError("entities need spaCy: pip install spacy") from exc
    folder = model_folder(path)
    if not (folder / "meta.json").exists():
        raise ConfigError(f"NER model not found: {folder} (run `make model` or set SAMBANDH_NER_MODEL)")
    from . import ner_e5

    if ner_e5.is_model(folder):  # the accurate tagger: not a spaCy pipeline of its own
        nlp = ner_e5.pipeline(folder)
    else:
        nlp = spacy.load(folder, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    if "tok2vec" in nlp.pipe_names and getattr(nlp.get_pipe("tok2vec"), "listening_components", None) == ["ner"]:
        # the NER gets its own copy of the shared token vectors (same weights, same output,
        # about 7% faster here than a listener): nothing else listens to them
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.remove_pipe("tok2vec")
    _use_gemm_ops(nlp)
    # news glues sentences (`है।भारत`, `हैं.कांग्रेस`): a danda, or a full stop between two
    # Devanagari letters, always ends a token, or a name takes the word before it
    infixes = [*(nlp.Defaults.infixes or []), r"[\u0964\u0965]",
               r"(?<=[" + DEVANAGARI + r"])\.(?=[" + DEVANAGARI + r"])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # and two Devanagari words joined by a dot are not a web address
    url_match = nlp.tokenizer.url_match
    if url_match is not None:
        nlp.tokenizer.url_match = lambda text: url_match(text) if _LATIN.search(text) else None
    return nlp


class EntityRecognizer:
    """Finds mentions in a text, sentence by sentence.

    Args:
        config: Uses ``ner_model`` and ``kb_dir``.
        kb: A knowledge base to use instead of the configured one.
    """

    def __init__(self, config: Config | None = None, kb: KnowledgeBase | None = None) -> None:
        config = config or Config()
        self.nlp = _shared_model(config.ner_model)
        self.kb = kb or load_kb(config.kb_dir or None)
        self._prefixes = self._name_prefixes(self.kb)
        # listed regions of several words by sound (the knowledge base lists people's, bodies' and
        # countries' sounds only): "गाल्वन घाटी" is "गलवान घाटी", "पैंगॉन्ग झील" is "पैंगोंग झील"
        self._place_sound = _place_sounds(self.kb)
        sounds = [*self.kb.by_sound, *self._place_sound]
        self._sound_starts = {k.split(" ", 1)[0] for k in sounds}
        # the first two words of every sounds-alike key and of every skeleton: most words that
        # start a listed sound ("ke", "se") are followed by nothing that could continue one
        self._sound_pairs = {tuple(k.split(" ", 2)[:2]) for k in sounds}
        self._skeleton_pairs = {tuple(k.split(" ", 2)[:2]) for k in self.kb.by_skeleton}
        # (kb.add lists several-word sounds only; a one-word one would match any key and turns the shortcut off)
        self._sound_shortcut = all(" " in k for k in self.kb.by_sound)
        self._common = common_words(model_folder(config.ner_model))
        self._common_folded = frozenset(_fold_token(w) for w in self._common)
        self._variants = _place_variants(self.kb, self._common)
        self._person_sounds = _person_variants(self.kb, self._common)
        self._person_name_sounds = _person_name_sounds(self.kb, self._common)
        self._variant_of: dict[str, str | None] = {}  # what _variant_places found of each word
        self._person_of: dict[str, str | None] = {}  # what _variant_people found of each word
        self._words: dict[str, _WordInfo] = {}  # word → _word_info(word), filled as words come
        self._decoder = _GreedyNER.for_pipeline(self.nlp)

    @staticmethod
    def _name_prefixes(kb: KnowledgeBase) -> set[str]:
        """Every name cut before and after each space or hyphen, and before an apostrophe: a growing n-gram stops as
        soon as it is no such prefix (a first word included, so this also says where a name
        can start).
        """
        out = set()
        for key in kb.by_name:
            for pos, ch in enumerate(key):
                if ch in " -":
                    out.add(key[:pos])
                    out.add(key[: pos + 1])
                elif ch in "'’":  # the tokenizer splits "People's" before the apostrophe
                    out.add(key[:pos])
        return out

    def __call__(self, text: str, sentences: list[Span]) -> list[Mention]:
        """Mentions in ``text`` (offsets into it), sentence by sentence."""
        return next(iter(self.pipe([(text, sentences)])))

    # texts read together (session 41 tried 128 for the batch decoder: its decoding 0.76 -> 0.52 CPU ms an
    # article under load, but a worker then held 432 MB, not 368, and a 5,000-article ingest did not show the gain)
    PIPE_TEXTS = 64

    def pipe(self, items: Iterable[tuple[str, list[Span]]], batch_size: int = 256) -> Iterator[list[Mention]]:
        """Mentions for many texts, in order. Sentences are grouped into pieces of up to about
        1,500 characters (one spaCy ``Doc`` each), and the pieces of up to 64 texts go
        through the model together, so its matrix products work on full batches.
        """
        chunk: list[tuple[str, list[Span]]] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.PIPE_TEXTS:
                yield from self._pipe_chunk(chunk, batch_size)
                chunk = []
        if chunk:
            yield from self._pipe_chunk(chunk, batch_size)

    def _pipe_chunk(self, chunk: list[tuple[str, list[Span]]], batch_size: int) -> Iterator[list[Mention]]:
        pieces = []
        for n, (text, sentences) in enumerate(chunk):
            spans = sentences or ([Span(0, len(text))] if text.strip() else [])
            pieces += [(n, p) for p in _group(spans, 1500)]
        out: list[list[Mention]] = [[] for _ in chunk]
        read = self._read([chunk[n][0][p.start : p.end] for n, p in pieces], batch_size)
        for (n, piece), (rows, ents) in zip(pieces, read, strict=True):
            out[n].extend(self._sentence(chunk[n][0], piece, rows, ents))
        for n, (text, _sentences) in enumerate(chunk):
            out[n] = _predicate_nouns(text, _pointed_nouns(text, out[n]))
            out[n] = _with_framed(out[n], framed_settlements(text, out[n], self._common))
        yield from out

    def model_names(
        self, items: Iterable[tuple[str, list[Span]]], batch_size: int = 256
    ) -> Iterator[list[tuple[int, int, str]]]:
        """The NER model's own names in each text, ``(start, end, label)``, before any rule of the
        stage (knowledge base, head words, titles, filters): for measuring what those rules change.
        The texts go through the model in the pieces and groups :meth:`pipe` makes, so the accurate
        model (whose int8 activations are scaled over a whole batch) reads them as it does there.
        """
        chunk: list[tuple[str, list[Span]]] = []
        for item in [*items, None]:
            if item is not None:
                chunk.append(item)
            if chunk and (item is None or len(chunk) >= 64):
                pieces = []
                for n, (text, sentences) in enumerate(chunk):
                    spans = sentences or ([Span(0, len(text))] if text.strip() else [])
                    pieces += [(n, p) for p in _group(spans, 1500)]
                out: list[list[tuple[int, int, str]]] = [[] for _ in chunk]
                read = self._read([chunk[n][0][p.start : p.end] for n, p in pieces], batch_size)
                for (n, piece), (_rows, ents) in zip(pieces, read, strict=True):
                    out[n].extend((piece.start + s, piece.start + e, label) for s, e, label in ents)
                yield from out
                chunk = []

    def _read(self, texts: list[str], batch_size: int) -> Iterator[tuple[Any, list[tuple[int, int, str]]]]:
        """The model over ``texts``: for each, its tokens' rows (a numpy array of IDX, LENGTH,
        IS_SPACE, ...) and the names it read, as (start, end, label) character offsets into that text.
        """
        decoder = self._decoder
        if decoder is None:  # a pipeline the batch decoder does not know: spaCy's own loop
            for doc in self.nlp.pipe(texts, batch_size=batch_size):
                # arrays, not Token objects: creating one Python object per token costs more than the lookups
                arr = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "ENT_IOB", "ENT_TYPE"])
                yield arr, list(_ents_from_array(arr.tolist(), doc.vocab.strings))
            return
        for i in range(0, len(texts), batch_size):
            docs = [self.nlp.make_doc(t) for t in texts[i : i + batch_size]]
            arrays = [doc.to_array(["IDX", "LENGTH", "IS_SPACE", "SENT_START"]) for doc in docs]
            for arr, ents in zip(arrays, decoder(docs, arrays), strict=True):
                yield arr, [(int(arr[s, 0]), int(arr[e - 1, 0] + arr[e - 1, 1]), label) for s, e, label in ents]

    def _sentence(
        self, text: str, piece: Span, rows: Any, ents: list[tuple[int, int, str]]
    ) -> list[Mention]:
        base = piece.start
        # the words' (start, end) offsets, the space tokens left out: in numpy, not a Python list per token
        words = rows[rows[:, 2] == 0]
        starts = words[:, 0] + base
        toks = list(zip(starts.tolist(), (starts + words[:, 1]).tolist(), strict=True))
        # what the rule passes ask of each word, worked out once per distinct word; the words themselves
        # cut out once for every pass that reads them all
        piece_words = [text[s:e] for s, e in toks]
        infos = self._infos(piece_words)
        found = self._kb_matches(text, toks, infos)
        found += self._variant_places(toks, piece_words, found)
        found += self._variant_people(toks, piece_words, found)
        # a spelling generated from a place's English name needs the model to read a place there,
        # before the patterns build on it ("यॉर्क विश्वविद्यालय" stays the model's body)
        places = [(base + s, base + e) for s, e, label in ents if label in ("GPE", "LOC")]
        found = [m for m in found if m.source != "weak-place" or any(s < m.end and m.start < e for s, e in places)]
        pats = self._patterns(text, base, piece.end, found)
        # a treaty named by an unlisted word needs the model to read a name over that word ("<river> संधि")
        pats = [p for p in pats
                if p.source != "unsure" or any(base + s < p.end and p.start < base + e for s, e, _ in ents)]
        for p in pats:
            if p.source == "unsure":
                p.source = "pattern"
        # a place inside a ship's or an operation's name is that name ("आईएनएस कोलकाता")
        found = [m for m in found if not any(_names_over(p, m) for p in pats)] + pats
        model = []
        for s, e, label in _slash_parts(text, ents, base):
            s, e = _trim_time_words(text, s, e)
            if s >= e or not self._plausible(text[s:e]):
                continue
            if label == "PERSON" and _ends_in_clause_verb(text, s, e):
                continue  # "अंतिम सलामी ली।": the light verb ending the clause, not a surname "ली"
            first = re.match(r"(\S+)\s+", text[s:e])
            if first is not None and first.group(1) in _POSTPOSITIONS and self.kb.lookup(text[s + first.end() : e]):
                s += first.end()  # "[को पुतिन]": a postposition read into a listed name
            tail = re.search(r"\s(\S+)$", text[s:e])
            if tail is not None and tail.group(1) in _POSTPOSITIONS:
                e = s + tail.start()  # "[<body> समेत]": a postposition read into the end of a name
            last = re.search(r"\s(\S+)$", text[s:e])
            nxt = re.match(r"\s*(\S*)", text[e : e + 30])
            if (label == "PERSON" and last is not None and fold(last.group(1)) in self.kb.demonyms
                    and nxt is not None and _WORD_CHAR.match(nxt.group(1))
                    and nxt.group(1) not in _POSTPOSITIONS):  # fmt: skip
                e = s + last.start()  # "[रमेश पाकिस्तानी] खुफिया एजेंसी": a demonym before its noun
            if label == "PERSON" and last is not None and _fold_token(last.group(1)) in _body_heads():
                # "[<given> <surname> गर्ल्स डिग्री कॉलेज]": a body or a place named after a person, by its head
                label = _body_heads()[_fold_token(last.group(1))]
            model.append(Mention(s, e, "LOC" if label in ("GPE", "LOC") else label, "model"))
        # weak single-word knowledge-base names need the model's agreement: a name of their kind read over them,
        # or just them ("Class X" read as a person is no agreement that X is the social network)
        found = [m for m in found if not m.source.startswith("weak") or _agreed(m, model) or _confirmed(text, m)]
        found = [m for m in found if m.source != "fallback" or _spelled_after(text, m)
                 or not _overlaps_any(m, [o for o in model if not _names_over(m, o)])
                 or _joined_fields_over(text, m, model)]
        for m in found:
            if m.source.startswith("weak"):
                m.source = "kb"
            elif m.source == "fallback":
                m.source = "pattern"
            self._extend_left(text, toks, m)
            self._extend_right(text, toks, m)
        merged = self._joined(text, piece, self._merge(text, found, model))
        merged = self._surnamed(text, toks, infos, merged)
        merged = self._initialled(text, toks, piece_words, merged)
        merged = self._dotted_initials(text, piece, merged)
        merged = self._after_titles(text, toks, infos, merged)
        merged = self._coordinated_people(text, toks, merged)
        merged = self._listed_people(text, piece, merged)
        merged = self._coordinated_places(text, toks, merged)
        merged = self._before_saying(text, toks, infos, merged)
        merged = self._before_honorific(text, toks, infos, merged)
        merged = self._before_name_note(text, toks, merged)
        merged = self._named_as(text, toks, infos, merged)
        merged = self._nicknames(text, merged)
        merged = _joined_person_pieces(text, merged)
        merged = self._run_together_people(text, merged)
        self._past_middle_names(text, toks, merged)
        for m in merged:
            self._strip_title(text, m)
            if m.label == "LOC" and m.kb_id is None:
                self._link_loc(text, m)
        merged = self._before_listed_place(text, merged)
        merged = _factions(text, merged)
        merged = self._english_tails(text, toks, piece_words, infos, merged)
        merged = self._bracketed_acronyms(text, merged)
        merged = self._expansions(text, toks, merged)
        merged = self._unlisted_expansions(text, toks, merged)
        _mark_governments(text, merged)
        return [m for m in merged if m.end > m.start and text[m.start : m.end].strip()]

    def _run_together_people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Two people of a list the model read as one name, no comma between (``<A> <B> <C> <D> और ...``): a
        person's name of four Devanagari words or more, spaces only between and listed for no one, is two
        where exactly one cut leaves two names of two words or more that each name a person in full: a listed
        person's name, or a name whose last word is a common surname (``lang/*/surnames.tsv``; not a word as
        often a middle name, ``name_parts.tsv`` middle) and whose first word is a word of a listed person's
        name (by sound) or ends as given names end (``name_parts.tsv`` given_ending).
        """
        out: list[Mention] = []
        for m in mentions:
            words = text[m.start : m.end].split(" ")
            cuts = [] if (m.label != "PERSON" or m.kb_id or len(words) < 4 or self.kb.lookup(text[m.start : m.end])
                          or not all(DEVANAGARI_RUN.fullmatch(w) for w in words)) else [
                i for i in range(2, len(words) - 1) if self._full_name(words[:i]) and self._full_name(words[i:])
            ]  # fmt: skip
            if len(cuts) != 1:
                out.append(m)
                continue
            cut = m.start + len(" ".join(words[: cuts[0]]))
            out += [Mention(m.start, cut, "PERSON", m.source), Mention(cut + 1, m.end, "PERSON", m.source)]
        return out

    def _full_name(self, words: list[str]) -> bool:
        """Whether ``words`` name a person in full (:meth:`_run_together_people`)."""
        if any(e.label == "PERSON" for e in self.kb.lookup(" ".join(words))):
            return True
        first, last = words[0], words[-1]
        return (search_fold(last) in _surnames() and last not in _MIDDLE_NAMES and _is_name_word(first, self._common)
                and (phonetic_key(first) in self._person_name_sounds
                     or any(first.endswith(end) and len(first) > len(end) + 1 for end in _GIVEN_ENDINGS)))  # fmt: skip

    def _nicknames(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A nickname in quotes right after a person's name (``<given> <surname> ‘<nickname> जी’ को``) is a mention
        of that person (source ``nickname``: the linker gives it the name's entity): one or two name words, a word
        of respect after them (``जी``, ``साहब``) kept, the quotes closed right before a postposition, a conjunction
        or punctuation; what the model read inside the quotes gives way, unless it runs past them.
        """
        out = list(mentions)
        for m in mentions:
            if m.label != "PERSON":
                continue
            q = _NICKNAME.match(text, m.end)
            if q is None or _QUOTE_CLOSERS.get(q.group(1)) != q.group(3):
                continue
            words = q.group(2).split()
            names = words[:-1] if len(words) > 1 and fold(words[-1]) in _AFTER_NAME else words
            if not 1 <= len(names) <= 2 or any(self._ends_name(w) or self.kb.lookup(w) for w in names):
                continue  # "मोदी ‘भारत’", "... ‘सबका साथ’": a listed or an everyday word, no nickname
            after = re.match(r"\s*(\S*)", text[q.end() :])
            # (the next word less the punctuation after it: "‘...’ को," goes on with a postposition)
            nxt = re.sub(r"[^\w" + DEVANAGARI_WORD + r"]+$", "", after.group(1)) if after else ""
            if nxt and _WORD_CHAR.match(nxt) and nxt not in _POSTPOSITIONS and nxt not in _COORDINATORS:
                continue  # the quotes open a phrase that goes on, no name
            inner = q.group(2)
            s = q.start(2) + len(inner) - len(inner.lstrip())  # "' <nickname> '": tokens joined by spaces
            e = q.end(2) - (len(inner) - len(inner.rstrip()))
            inside = [o for o in out if o.start < e and s < o.end]
            if any(o.start < s or o.end > e for o in inside):
                continue
            for o in inside:
                out.remove(o)
            out.append(Mention(s, e, "PERSON", "nickname"))
        out.sort(key=lambda m: m.start)
        return out

    def _expansions(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """The words right before a listed acronym in brackets spell it out (``इज़राइली रक्षा बलों (IDF)``,
        ``संयुक्त व्यापक कार्य योजना (जेसीपीओए)``): where no mention stands there, two words or more back
        to a postposition, a conjunction or punctuation (no more than the acronym has letters) are a mention
        of the acronym's label and link; an unlisted name of that label the model read over the last two or more
        of those words takes the link. Not before a person's initials nor an unlisted acronym.
        """
        out = list(mentions)
        starts = {s: k for k, (s, _e) in enumerate(toks)}
        for m in mentions:
            if m.kb_id is None or m.label == "PERSON" or m.start < 2 or text[m.start - 1] != "(":
                continue
            if text.find(")", m.end, m.end + 1) != m.end:
                continue
            inner = text[m.start : m.end]
            letters = acronym_key(inner) if acronym_like(inner) else None
            if letters is None and not (inner.isupper() or DEVANAGARI_RUN.fullmatch(inner)):
                continue
            k = starts.get(m.start - 1)  # the "(" token
            if k is None or k == 0:
                continue
            most = len(letters) if letters else 6
            first = k
            while first > 0 and k - first < most:
                word = text[toks[first - 1][0] : toks[first - 1][1]]
                if (word in _POSTPOSITIONS or word in _PARTICLE_CLOSERS or _fold_token(word) in _EXPANSION_STOPS
                        or not (_NAME_LETTERS.fullmatch(word) or _LATIN_NAME_WORD.fullmatch(word))):  # fmt: skip
                    break
                first -= 1
            if k - first < 2:
                continue
            s, e = toks[first][0], toks[k - 1][1]
            if text[e:m.start - 1].strip():
                continue
            # the model read those words, or the last two or more of them, as an unlisted name of that label:
            # the same name, linked
            read = [o for o in out if o.end == e and s <= o.start and o.source == "model" and o.kb_id is None
                    and o.label == m.label and len(text[o.start : o.end].split()) >= 2]  # fmt: skip
            if read:
                read[0].kb_id = m.kb_id
                continue
            if _overlaps_any(Mention(s, e, m.label), out):
                continue
            out.append(Mention(s, e, m.label, "acronym", kb_id=m.kb_id))
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    def _unlisted_expansions(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """An acronym no table lists, in brackets right after the words that spell it out (``त्वरित कार्रवाई
        ग्रुप (टीकेजी)``, ``युवा शांति आंदोलन (वाईपीएम)``) or right before them (``एसजेएम (संयुक्त जांच मोर्चा)``),
        defines a body: the words, two or more (back to a postposition, a function word, a conjunction or
        punctuation, no more than the acronym has letters), are its name where the last is the head word of a
        body or a facility (``lang/*/name_heads.tsv``: ``न्यायाधिकरण``; or an ``acronym_head``, read only before
        such an acronym: ``आंदोलन``, ``ग्रुप``), and the acronym a mention of it (source "acronym": the linker
        gives both one entity, and so the acronym's other uses in the article); not one that a table lists
        as a head word or a generic actor (``एसओजी``, ``lang/*/agents.tsv``). The model's unlisted name
        over the words and the bracket gives way; nothing is read where a listed name, a person or a name a
        rule read stands there.
        """
        out = list(mentions)
        if not toks or "(" not in text[toks[0][0] : toks[-1][1]]:
            return out
        # words and brackets apart, a bracket glued to a word too ("मोर्चा(एसजेएम)")
        toks = [(w.start(), w.end()) for w in _BRACKET_WORDS.finditer(text, toks[0][0], toks[-1][1])]
        words = [text[s:e] for s, e in toks]
        functional = _function_words()

        def stop(w: str) -> bool:
            return (w in _POSTPOSITIONS or w in _PARTICLE_CLOSERS or _fold_token(w) in _EXPANSION_STOPS
                    or search_fold(w) in functional
                    or not (_NAME_LETTERS.fullmatch(w) or _LATIN_NAME_WORD.fullmatch(w)))  # fmt: skip

        for k, word in enumerate(words):
            if word != "(" or k + 2 >= len(words) or k == 0:
                continue
            after = next((j for j in range(k + 1, min(k + 9, len(words))) if words[j] == ")"), None)
            if after is None:
                continue
            if after == k + 2 and acronym_like(words[k + 1]):  # "... ग्रुप (टीकेजी)"
                acr = k + 1
                first = k
                letters = acronym_key(words[acr]) or ""
                while first > 0 and k - first < len(letters) and not stop(words[first - 1]):
                    first -= 1
                last = k - 1
                if text[toks[last][1] : toks[k][0]].strip():
                    continue
            elif acronym_like(words[k - 1]) and 2 <= after - k - 1 <= 6:  # "एसजेएम (संयुक्त जांच मोर्चा)"
                acr, first, last = k - 1, k + 1, after - 1
                letters = acronym_key(words[acr]) or ""
                if any(stop(w) for w in words[first : last + 1]):
                    continue
            else:
                continue
            name = words[first : last + 1]
            if len(name) < 2 or not letters or self.kb.lookup(words[acr]):
                continue
            label = self._expansion_label(name)
            if label is None:
                continue
            s, e = toks[first][0], toks[last][1]
            a_s, a_e = toks[acr]
            if _fold_token(words[acr]) in _acronym_heads() or any(
                a <= a_s and a_e <= b for agents in _agent_tables() for a, b, _ in agents.find(text, a_s, a_e)
            ):
                continue  # an acronym the tables list as a head word or a generic actor ("एसओजी"): no new body
            lo, hi = min(s, a_s), max(e, a_e)
            over = [m for m in out if m.start < hi and lo < m.end]
            if any(m.kb_id or m.label == "PERSON" or m.source != "model" for m in over):
                continue  # a listed name, a person or a name a rule read stands there
            for m in over:
                out.remove(m)
            out.append(Mention(s, e, label, "pattern"))
            out.append(Mention(a_s, a_e, label, "acronym"))
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    @staticmethod
    def _expansion_label(name: list[str]) -> str | None:
        """The label of a body's name spelled out before or after its unlisted acronym: that of the head word
        it ends in (``lang/*/name_heads.tsv``, a body's or a facility's, or an ``acronym_head``); None where it
        ends in none (an office, ``मुख्य सूचना अधिकारी (एमएसए)``, or a kind of thing, ``लाइट
        कॉम्बैट एयरक्राफ्ट (एलसीए)``, whose initials spell their acronyms too).
        """
        return _acronym_heads().get(_fold_token(name[-1].split("-")[-1]))

    def _english_tails(
        self, text: str, toks: list[tuple[int, int]], words: list[str], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """A body named in English words written in Devanagari, its head before "of", "for", "on" or "against"
        (``lang/*/name_heads.tsv`` ``of_head`` and ``connector``) and the rest of its name after it: "रॉयल
        सोसायटी ऑफ <city>", "<adjective> बैंक फॉर <field> एंड <field>". The tail is one to six name words
        (none of the model's everyday words, postpositions or time words), ``tail_joiner`` words between them,
        closed by a postposition, punctuation or the end; the name opens where a body read before the head
        opens, else with up to three name words before the head. One ORG over the names read inside it; none
        where it would cut a person or a listed name that runs past it.
        """
        heads, connectors, joiners = _head_words("of_head"), _head_words("connector"), _head_words("tail_joiner")
        # (a word's fold key is the first thing ``_word_info`` holds of it: no fold of every word again)
        if connectors.isdisjoint([info[0] for info in infos]):
            return mentions
        common = self._common
        out = list(mentions)
        k = 1
        while k < len(words) - 1:
            if _fold_token(words[k]) not in connectors or _fold_token(words[k - 1]) not in heads:
                k += 1
                continue
            j, last, named = k + 1, 0, 0  # the tail's words; the index after its last name word; its name words
            while j < len(words) and named < 7:
                w = words[j]
                if _fold_token(w) in joiners and last:
                    j += 1
                    continue
                if (w == "-" and last == j and j + 1 < len(words) and toks[j - 1][1] == toks[j][0]
                        and toks[j][1] == toks[j + 1][0] and _WORD_CHAR.search(words[j + 1])):  # fmt: skip
                    j += 2  # a word hyphened to the tail's last is part of it ("पीपुल-टू-पीपुल")
                    last = j
                    continue
                if (w in _POSTPOSITIONS or not _is_name_word(w, common) or _fold_token(w) in _TIME_WORDS
                        or search_fold(w) in _function_words()):  # fmt: skip
                    break
                if any(m.start == toks[j][0] and m.kb_id and m.label not in ("GPE", "LOC") for m in out):
                    break  # a listed body or person after the name ("... डेवलपमेंट <acronym> की") is none of it
                j += 1
                last, named = j, named + 1
            closed = last and (last == len(words) or words[last] in _POSTPOSITIONS or not _WORD_CHAR.search(words[last])
                               or words[last] in _PARTICLE_CLOSERS)
            if not closed or named > 6:
                k += 1
                continue
            end = toks[last - 1][1]
            head_start = toks[k - 1][0]
            if any(m.label == "ORG" and m.start <= head_start and m.end >= end for m in out):
                k = last
                continue  # a body read over the whole name already
            before = [m for m in out if m.label == "ORG" and m.start < head_start and m.end == toks[k - 1][1]]
            if before:
                start = before[0].start
            else:
                i = k - 1
                while (i > 0 and k - 1 - i < 3 and words[i - 1] not in _POSTPOSITIONS
                       and (_is_name_word(words[i - 1], common) or self._listed_place(words[i - 1]))
                       and search_fold(words[i - 1]) not in _function_words()
                       and not any(m.label == "PERSON" and m.start < toks[i - 1][1] and toks[i - 1][0] < m.end
                                   for m in out)):  # fmt: skip
                    i -= 1
                start = toks[i][0]
                lead = _WORD_CHAR.search(text, start, end)
                start = lead.start() if lead is not None else start  # "है.एकेडमी ...": a stop glued before it
            inside = [m for m in out if m.start < end and start < m.end]
            if any(m.start < start or m.end > end or m.label == "PERSON" for m in inside):
                k = last
                continue
            for m in inside:
                out.remove(m)
            out.append(Mention(start, end, "ORG", "pattern"))
            k = last
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    def _bracketed_acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An acronym in brackets right after a name of two words or more (``पाकिस्तान अधिकृत कश्मीर
        (PoJK)``, ``Greater Toronto Area (GTA)``, ``मुक्त व्यापार समझौते (एफटीए)``), or the name itself in
        Latin letters after a Devanagari name (``राहुल गांधी (Rahul Gandhi)``), names the same thing: a
        mention of the name's label and link (``source`` "acronym", see ``Linker.link``). No acronym after
        a person (``मोदी (BJP)``), nor where the acronym is another listed name (a dateline's ``(PTI)``),
        a faction's qualifier or a name already read.
        """
        out = list(mentions)
        for m in mentions:
            hit = _BRACKETED.match(text, m.end)
            if hit is None:
                continue
            inner, name = hit.group(1), text[m.start : m.end]
            if _LATIN_NAME_RUN.fullmatch(inner) and not name.isascii():
                if match_score(name, inner) < 0.9:
                    continue  # the same name in the other script, not a gloss ("जुर्माना (Penalty)")
            elif m.label == "PERSON" or len(name.split()) < 2 or not acronym_like(inner):
                continue
            s, e = hit.start(1), hit.end(1)
            if _overlaps_any(Mention(s, e, m.label), out) or _fold_token(inner) in _head_words("faction"):
                continue
            if any(x.id != m.kb_id for x in self.kb.lookup(inner)):
                continue
            out.append(Mention(s, e, m.label, "acronym", kb_id=m.kb_id))
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    def _joined(self, text: str, piece: Span, mentions: list[Mention]) -> list[Mention]:
        """Names whose parts are joined by hyphens and a joining word (``lang/*/not_names.tsv``,
        ``joiner``): a name read over one part or some of them (``[लश्कर]-ए-[तैबा]``) is
        extended over the whole, and the parts read apart become one name. Nothing is added
        where no part was read as a name.
        """
        chunk = text[piece.start : piece.end]
        if "-" not in chunk:
            return mentions
        out = list(mentions)
        for rx in _JOINED_NAME.finditer(chunk):
            s, e = piece.start + rx.start(), piece.start + rx.end()
            over = [m for m in out if m.start < e and s < m.end]
            if not over or (len(over) == 1 and over[0].start <= s and over[0].end >= e):
                continue
            # the part the knowledge base knows decides the kind; else the longest part read
            keep = max(over, key=lambda m: (m.kb_id is not None, m.end - m.start))
            for m in over:
                out.remove(m)
            start, end = min(s, *(m.start for m in over)), max(e, *(m.end for m in over))
            hits = self.kb.lookup(text[start:end])
            kb_id: str | None
            if hits:
                kb_id, label = hits[0].id, hits[0].label
            else:
                # a listed first part names the whole ("लश्कर" of "लश्कर-ए-तैबा"); a later part
                # only qualifies it: a body named after a place is no place ("...-ए-पाकिस्तान")
                head = keep.start <= s
                if head and keep.label in ("GPE", "LOC") and len(over) == 1:
                    # a place's name before the joiner opens a phrase, not a name: "सूरत-ए-हाल" (the
                    # state of affairs) is no Surat; a body's name opens with a word of another kind
                    continue
                kb_id = keep.kb_id if head else None
                label = keep.label if head or keep.label not in ("GPE", "LOC") else "ORG"
            out.append(Mention(start, end, label, keep.source, kb_id=kb_id))
        out.sort(key=lambda m: m.start)
        return out

    def _place_over_surnamed(self, text: str, toks: list[tuple[int, int]], k: int, m: Mention) -> bool:
        """Whether the model's place ``m``, linked to nothing, is (the first words of) a person's name that
        ends in the common surname at token ``k``: it ends there or right before it and opens one or two
        Devanagari name words before it (no listed name, no word that ends names), as ``नीरज अरोड़ा``
        or ``नीरज`` before ``अरोड़ा`` read as a place.
        """
        if (m.label not in ("LOC", "GPE") or m.source != "model" or m.kb_id is not None
                or m.end not in (toks[k - 1][1], toks[k][1])):  # fmt: skip
            return False
        first = next((j for j in (k - 1, k - 2) if j >= 0 and toks[j][0] == m.start), None)
        if first is None:
            return False
        words = [text[a:b] for a, b in toks[first:k]]
        return all(DEVANAGARI_RUN.fullmatch(w) and _is_name_word(w, self._common) and not self._ends_name(w)
                   and w not in _POSTPOSITIONS and not self.kb.lookup(w) for w in words)  # fmt: skip

    def _surnamed(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """Names ending in a common surname (``lang/*/surnames.tsv``): one or two name words before
        it make a person where the model read no name ("तहव्वुर राणा") or only the surname
        ("जागृति [सिंह]"). A surname alone is left as it is.
        """
        if not _surnames():
            return mentions
        out = list(mentions)
        for k, (s, e) in enumerate(toks):
            if k == 0 or not infos[k][4]:
                continue
            if fold(f"{text[toks[k - 1][0] : toks[k - 1][1]]} {text[s:e]}") in _head_phrases():
                continue  # "नगर निगम": the surname's word closes a body's head with the word before, no name
            over = [m for m in out if m.start < e and s < m.end]
            place = next((m for m in out if m.start < e and toks[max(0, k - 2)][0] <= m.start and m.end > toks[k - 1][0]
                          and self._place_over_surnamed(text, toks, k, m)), None)  # fmt: skip
            if place is not None and all(o is place for o in over):
                # "[नीरज] अरोड़ा ने", "[नीरज अरोड़ा] ने": a first name (and a surname) the model read as a place
                place.label, place.end = "PERSON", e
                continue
            if over and not (len(over) == 1 and over[0].label == "PERSON" and (over[0].start, over[0].end) == (s, e)):
                continue  # inside a longer name already, or read as something else
            start = s
            latin = text[s:e].isascii()
            if latin and (not _LATIN_CAPITALISED.fullmatch(text[s:e]) or (over and over[0].kb_id)):
                continue  # "das" is no Das; a listed person's surname ("Gen Pande") is theirs already
            for j in (k - 1, k - 2):
                if j < 0 or not _adjacent_words(text, toks[j][1], toks[j + 1][0]):
                    break
                word = text[toks[j][0] : toks[j][1]]
                # a Latin surname's name words are capitalised, and no listed name ("Delhi Singh")
                if latin and (not _latin_name_word(word) or not word.isascii() or self.kb.lookup(word)
                              or _fold_token(word.rstrip(".")) in _LATIN_TITLE_WORDS):  # fmt: skip
                    break
                if ((not latin and self._ends_name(word)) or infos[j][4]
                        or any(m.start < toks[j][1] and toks[j][0] < m.end for m in out)):  # fmt: skip
                    break
                start = toks[j][0]
            if start == s:
                continue
            if over:
                # the first name is this rule's reading, not the model's: the linker may cut it off again
                # where it makes the surname ambiguous ("विवादों में [घिरे] मेहता"); a listed person's
                # surname after another first name is another person ("नदीम कुरैशी")
                if over[0].kb_id and not self._spells_listed(text, start, e, over[0]):
                    over[0].kb_id = None
                over[0].start, over[0].source = start, "pattern"
            else:
                out.append(Mention(start, e, "PERSON", "pattern"))
        out.sort(key=lambda m: m.start)
        return out

    def _initialled(
        self, text: str, toks: list[tuple[int, int]], words: list[str], mentions: list[Mention]
    ) -> list[Mention]:
        """A person's initials run together as Latin letters' names (``एनपी``, ``आरके``, ``एसपी`` is an office and
        stays one) right before one name word the model left: the two are a person's name (``एनपी प्रजापति``),
        where the initials are no listed acronym, the word is none of the model's everyday words, no listed name,
        office, head or time word, and punctuation, a postposition or a conjunction closes it.
        """
        from .names import spelled_acronym

        out = list(mentions)
        # (the few words that are letters' names run together picked by map first: most pieces hold none)
        runs = compress(range(len(toks) - 1), map(_letters_run, words[:-1]))
        for k in runs:
            s, e = toks[k]
            initials = text[s:e]
            if (self.kb.lookup(initials)
                    or _fold_token(initials) in _CONTEXT_TITLES or initials in TITLES):  # fmt: skip
                continue
            ws, we = toks[k + 1]
            word = text[ws:we]
            if (not _adjacent_words(text, e, ws) or word in _POSTPOSITIONS or spelled_acronym(word) is not None
                    or self._ends_name(word) or self.kb.lookup(word) or _fold_token(word) in _TIME_WORDS
                    or _fold_token(word) in _following_heads()):  # fmt: skip
                continue
            nxt = text[toks[k + 2][0] : toks[k + 2][1]] if k + 2 < len(toks) else ""
            if nxt and _WORD_CHAR.search(nxt) and nxt not in _POSTPOSITIONS and nxt not in _COORDINATORS:
                continue  # "... सिंह बैठक में": not closed, the word may begin something else
            if any(m.start < we and s < m.end for m in out):
                continue
            # a list of people or an office says a person is named: another person's name right before or
            # after it across a comma or a conjunction, or an office right before ("बीजीएल लॉन्चर" is a weapon)
            before = text[max(0, s - 12) : s].split()
            listed = any(m.label == "PERSON"
                         and (_LIST_GAP.fullmatch(text, m.end, s) or _LIST_GAP.fullmatch(text, we, m.start))
                         for m in out)  # fmt: skip
            if not listed and not (before and _fold_token(before[-1]) in _CONTEXT_TITLES):
                continue
            out.append(Mention(s, we, "PERSON", "pattern"))
        out.sort(key=lambda x: x.start)
        return out

    def _dotted_initials(self, text: str, piece: Span, mentions: list[Mention]) -> list[Mention]:
        """A person named by initials written as Latin letters' names, each with its full stop, and one name
        word (``एम. एस. <surname>``, ``वी. <surname>``, ``एम . एस. <surname>``): the model often ends the name
        at the last stop or misses it. Where a person mention covers only the initials, it is taken on over
        the word; where no mention covers them, two initials or more, or one after an office or a title, make
        the words a person. The word is no letter's name, listed place or body, head word, office or everyday
        word, and a postposition, a conjunction, a particle or punctuation closes it (``... कॉलेज`` names a
        body, ``... रिसर्च फाउंडेशन`` another name).
        """
        out = list(mentions)
        for m in _DOTTED_INITIALS.finditer(text, piece.start, piece.end):
            s, ws, we = m.start(), m.start(2), m.end(2)
            initials = [p.strip() for p in m.group(1).split(".") if p.strip()]
            words, we_prev, end = 0, ws, ws
            if len(initials) == 1 and initials[0] in _POSTPOSITIONS:
                continue  # "... के. <name>": a postposition before a stop, no initial
            while we <= piece.end and words < 2:
                word = text[we_prev:we]
                if (word in LETTER_NAMES or self._ends_name(word) or _fold_token(word) in _following_heads()
                        or _fold_token(word) in _TIME_WORDS or word in TITLES
                        or any(e.label != "PERSON" for e in self.kb.lookup(word))):  # fmt: skip
                    break
                known = search_fold(word) in _surnames() or phonetic_key(word) in self._person_name_sounds
                if words and not known:
                    # a second word no name is known to hold ("... <surname> सभा में"): unsure where it ends
                    words = 0
                    break
                words, end = words + 1, we
                nxt = re.match(r"[ \t]*(\S*)", text[we : we + 30])
                after = nxt.group(1) if nxt else ""
                if not (after and _WORD_CHAR.match(after)) or after in _POSTPOSITIONS or after in _COORDINATORS \
                        or after in _MIDDLE_CLOSERS or after in _PARTICLE_CLOSERS:
                    break  # closed: the name ends here
                # another word follows: a second name word ("... पल्लम राजू ने"), or the words name no one
                nxt_word = re.match(r"[ \t]+([" + DEVANAGARI_WORD + r"]+)", text[we : we + 30])
                if nxt_word is None or words == 2:
                    words = 0
                    break
                we_prev, we = we + nxt_word.start(1), we + nxt_word.end(1)
            else:
                words = 0
            if not words:
                continue
            over = [o for o in out if o.start < end and s < o.end]
            inside = all(o.start >= s and ((o.label == "PERSON" and o.end <= end)
                                           or (o.source == "model" and o.kb_id is None and o.end <= ws))
                         for o in over)  # fmt: skip
            if not inside:
                continue
            before = text[max(0, s - 30) : s].split()
            cued = bool(before) and (_fold_token(before[-1]) in _CONTEXT_TITLES or before[-1] in TITLES)
            if not any(o.label == "PERSON" for o in over) and len(initials) < 2 and not cued:
                continue
            out = [o for o in out if o not in over]
            out.append(Mention(s, end, "PERSON", "pattern"))
        out.sort(key=lambda x: x.start)
        return out

    def _past_middle_names(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> None:
        """A new person's name read up to a word that is as often a middle name as a surname
        (``lang/*/name_parts.tsv``, ``middle``: "हरदीप सिंह [निज्जर] की") takes in the one name
        word after it when punctuation or a postposition that follows people (``middle_closer``:
        not "मोहाली में") closes that word. So does a new person's name in Latin letters read up to a middle
        initial ("Kavita R.") the capitalised word after it ("Sood"). Changes ``mentions`` in place.
        """
        for m in mentions:
            if m.label != "PERSON" or m.kb_id or not re.search(r"[a-z]\S* [A-Z]\.$", text[m.start : m.end]):
                continue
            k = self._token_index(toks, m.end, 0)
            if k < len(toks) and re.fullmatch(r"[A-Z][a-z]+", text[toks[k][0] : toks[k][1]]) and (
                text[m.end : toks[k][0]] == " " and _fold_token(text[toks[k][0] : toks[k][1]]) not in _TIME_WORDS
                and not any(o.start < toks[k][1] and toks[k][0] < o.end for o in mentions)):  # fmt: skip
                m.end = toks[k][1]
        if not _MIDDLE_NAMES:
            return
        for m in mentions:
            last = text[m.start : m.end].split()[-1:]
            if m.label != "PERSON" or m.kb_id or not last or last[0] not in _MIDDLE_NAMES:
                continue
            k = self._token_index(toks, m.end, 0)
            if k >= len(toks) or not _adjacent_words(text, m.end, toks[k][0]):
                continue
            word = text[toks[k][0] : toks[k][1]]
            after = text[toks[k + 1][0] : toks[k + 1][1]] if k + 1 < len(toks) else ""
            closed = not after or after in _MIDDLE_CLOSERS or not _WORD_CHAR.search(after)
            if (not closed or self._ends_name(word) or _fold_token(word) in _TIME_WORDS
                    or any(o.start < toks[k][1] and toks[k][0] < o.end for o in mentions)):  # fmt: skip
                continue
            m.end = toks[k][1]

    def _ends_name(self, word: str, latin: bool = False) -> bool:
        """Whether a word cannot be part of a name built beside a head word or a surname: a common
        word (unless a capitalised Latin one), a postposition, an everyday word of
        ``lang/*/not_names.tsv`` ("अभियुक्त गिरीश सिंघल"), a function word, an event noun.
        """
        return (not _WORD_CHAR.search(word)  # a dot the tokenizer split off ("है. सिंघल"): no word
                or not (latin or _is_name_word(word, self._common)) or word in _POSTPOSITIONS or word in _NOT_NAMES
                or _fold_token(word) in _EVERYDAY or search_fold(word) in _function_words()
                or word_key(word) in _event_nouns())

    def _party_name(self, word: str) -> bool:
        """Whether a word before the word for a treaty names a party to a deal rather than the treaty: a listed
        name other than a city's or a river's or region's (a country, a state, a body, a person: ``<country>
        समझौते``), or a common surname (``<surname> समझौता``).
        """
        hits = self.kb.lookup(word)
        if any(not (e.id.startswith("city:") or e.label == "LOC") for e in hits):
            return True
        return search_fold(word) in _surnames()

    def _hyphened_name(self, word: str) -> bool:
        """Whether a Devanagari word of parts joined by hyphens may be a place's name before a place word
        (``... -ए- ... जिले``, ``...-... गांवों``): each part a name word, no direction nor field of the economy
        (``दक्षिण-पूर्वी``), or a joining word between two (``not_names.tsv`` ``joiner``).
        """
        parts = word.split("-")
        if len(parts) < 2 or not all(parts) or not re.fullmatch("[" + DEVANAGARI_WORD + "-]+", word):
            return False
        joiners = {r[0] for r in _JOINER_ROWS}
        return all((0 < k < len(parts) - 1 and p in joiners)
                   or not (self._ends_name(p) or _fold_token(p) in _FIELD_WORDS or _fold_token(p) in _directions())
                   for k, p in enumerate(parts))  # fmt: skip

    def _plausible(self, surface: str) -> bool:
        """Whether a model span can be a name: not a day or month, not an office or a
        demonym alone (``रूसी राष्ट्रपति``), nor of those and everyday words (``जर्मन कंपनी``,
        ``lang/*/not_names.tsv``) and the event lexicon's nouns (``अमेरिकी टैरिफ``), not a lower-case
        English word, not one everyday word of the model's ``common_words.txt`` (spelling variants
        folded) that no listed name is.
        """
        words = [_fold_token(w) for w in surface.split()]
        if not words or re.fullmatch(r"[a-z][a-z\s-]*", surface):
            return False
        if len(words) == 1 and words[0] in self._common_folded and not self.kb.by_name.get(words[0]):
            return False  # one everyday word ("तरफ़", "काफ़ी", "तूफ़ान"): the model's own data never names with it
        # nor of words naming an act (the event lexicon's nouns: "सीजफायर", "अमेरिकी टैरिफ") with those
        events = _event_nouns()
        return not all(w in _NOT_NAMES or w in MONTHS or w in self.kb.demonyms or w in _EVERYDAY
                       or word_key(o) in events for w, o in zip(words, surface.split(), strict=True))  # fmt: skip

    def _infos(self, words: list[str]) -> list[_WordInfo]:
        """:meth:`_word_info` of each word, remembered across texts."""
        known = self._words
        if len(known) > 500_000:  # bounded: a long run meets new words forever
            known.clear()
        out = []
        for word in words:
            info = known.get(word)
            if info is None:
                info = known[word] = self._word_info(word)
            out.append(info)
        return out

    def _kb_matches(self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo]) -> list[Mention]:
        out: list[Mention] = []
        i, n = 0, len(toks)
        limit = self.kb.max_tokens + 3  # hyphens and dots are tokens of their own
        while i < n:
            first, starts, sounds = infos[i][:3]
            if not starts and not sounds:  # most words: no listed name starts here
                # (only a word that ends in a full stop may be one: ``_dotted_name``'s first test, here)
                dotted = self._dotted_name(text, toks[i]) if text[toks[i][1] - 1] == "." else None
                if dotted is not None:
                    out.append(dotted)
                i += 1
                continue
            hit = None
            for j in range(i + 1, min(n, i + limit) + 1) if starts else ():
                key = first if j == i + 1 else _fold_token(text[toks[i][0] : toks[j - 1][1]])
                ids = self.kb.by_name.get(key)
                if ids:
                    hit = (j, ids, key)
                if key not in self._prefixes:
                    break
            if hit is None:  # no listed spelling: perhaps another spelling of a listed name
                sound = self._sound_match(text, toks, infos, i) if sounds else None
                if sound is None:
                    sound = self._dotted_name(text, toks[i])
                if sound is not None:
                    out.append(sound)
                i = self._token_index(toks, sound.end, i) if sound is not None else i + 1
                continue
            j, ids, key = hit
            ent = self.kb.entities[ids[0]]
            source = "kb"
            surface = text[toks[i][0] : toks[i][1]]
            # a listed Latin acronym in capitals (SCO, EU) is the acronym, not a short word
            # so is a listed acronym spelt in Devanagari letter names ("ईडी")
            acronym = surface in ent.aliases and (
                (surface.isascii() and surface.isupper()) or spelled_acronym(surface) is not None
                # a body's acronym said as a word and written so ("कैग" of CAG, "रॉ" of RAW): the body lists
                # the acronym in Latin capitals too
                or (ent.label == "ORG" and not surface.isascii()
                    and any(_LATIN_ACRONYM.fullmatch(a) for a in ent.aliases))
            )
            if ent.label in ("PERSON", "ORG") and j - i == 1 and ((len(key) <= 3 and not acronym) or surface in _WEAK):
                source = "weak-kb"
            elif ent.label == "LOC" and j - i == 1 and surface in _WEAK:
                source = "weak-kb"  # a river that is also a given name ("गंगा", "सिंधु"): the model must read a place
            elif all(self.kb.entities[x].spelled for x in ids):
                source = "weak-place"  # a spelling generated from an English name ("कर्नल" is Karnal and a colonel)
            elif j - i == 1 and len(key) <= 4 and all(self.kb.entities[x].weak for x in ids):
                source = "weak-kb"  # a generated city's short one-word name ("कोटा" is also a quota)
            out.append(Mention(toks[i][0], toks[j - 1][1], ent.label, source, kb_id=ent.id))
            i = j
        return out

    def _dotted_name(self, text: str, tok: tuple[int, int]) -> Mention | None:
        """A listed Latin name that the tokenizer kept with the full stop after it (``LoC.``, ``PoK.``: a
        capital before the stop reads as an initial's): the name without the stop, but no person's.
        """
        s, e = tok
        if e - s < 3 or text[e - 1] != "." or not text[s:e].isascii() or not text[s].isupper():
            return None
        if "." in text[s : e - 1]:  # "U.S.": initials
            return None
        ids = self.kb.by_name.get(_fold_token(text[s : e - 1]))
        ent = self.kb.entities[ids[0]] if ids else None
        if ent is None or ent.label == "PERSON":
            return None
        return Mention(s, e - 1, ent.label, "kb", kb_id=ent.id)

    def _variant_places(self, toks: list[tuple[int, int]], words: list[str], found: list[Mention]) -> list[Mention]:
        """A listed place's (a country, state, hand-listed city or region) or body's one-word Devanagari name
        (``_place_variants``) in another spelling of its vowels' length, nukta or nasal (``रुस`` for ``रूस``,
        ``काबूल`` for ``काबुल``, ``क्वॉड`` for ``क्वाड``: ``search_fold`` merges them), where no listed name stands
        and the word is none of the model's everyday words.
        """
        out: list[Mention] = []
        known = self._variant_of  # word -> the listed place it spells, or None (remembered across texts)
        if len(known) > 500_000:  # bounded: a long run meets new words forever
            known.clear()
        for (s, e), word in zip(toks, words, strict=True):
            eid = known.get(word, _UNSEEN)
            if eid is _UNSEEN:
                eid = known[word] = self._variants.get(_search_fold_token(word)) if e - s >= 3 else None
            if eid is not None and not any(m.start < e and s < m.end for m in found):
                out.append(Mention(s, e, self.kb.entities[eid].label, "kb", kb_id=eid))
        return out

    def _variant_people(self, toks: list[tuple[int, int]], words: list[str], found: list[Mention]) -> list[Mention]:
        """A listed person's one-word Devanagari name (a surname the knowledge base lists alone) in another
        spelling that sounds the same (``phonetic_key``: the vowels' length, ``ॉ`` for ``ो``, a nasal), where no
        listed name stands and the word is none of the model's everyday words: that person.
        """
        out: list[Mention] = []
        known = self._person_of  # word -> the listed person it sounds like, or None (remembered across texts)
        if len(known) > 500_000:
            known.clear()
        for (s, e), word in zip(toks, words, strict=True):
            eid = known.get(word, _UNSEEN)
            if eid is _UNSEEN:
                eid = known[word] = (None if e - s < 5 or not _NAME_LETTERS.fullmatch(word) or word in self._common
                                     else self._person_sounds.get(phonetic_key(word)))  # fmt: skip
            if eid is not None and not any(m.start < e and s < m.end for m in found):
                out.append(Mention(s, e, "PERSON", "kb", kb_id=eid))
        return out

    def _word_info(self, word: str) -> _WordInfo:
        """What the rule passes ask of a word: its fold key, whether it starts a listed spelling,
        whether it starts a name that sounds alike, its sound key, whether it is a common
        surname, whether it is a title or office a name follows.
        """
        key = _fold_token(word)
        sound = phonetic_key(word)
        return (key, key in self._prefixes or key in self.kb.by_name, sound in self._sound_starts, sound,
                search_fold(word) in _surnames(), key in _CONTEXT_TITLES)  # fmt: skip

    def _sound_match(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], i: int
    ) -> Mention | None:
        """A several-word knowledge-base name spelt another way (``डोंग जून`` for ``डोंग जुन``).
        None from a postposition on: "ने दिल्ली" (the ergative before a place) sounds like "नई दिल्ली".
        """
        initial = i + 1 < len(toks) and toks[i][1] == toks[i + 1][0] and text[toks[i + 1][0] : toks[i + 1][1]] == "."
        if infos[i][0] in _POSTPOSITIONS_FOLDED and not initial:  # "के." is an initial, "के" a postposition
            return None
        # up to four words; the dot after an initial (a word of one or two letters) is no word of
        # its own ("के.पी.शर्मा ओली" is "के पी शर्मा ओली"), so it does not use up the window
        at = [i]
        while len(at) < 4 and at[-1] + 1 < len(toks):
            k = at[-1] + 1
            prev = toks[at[-1]]
            dot = text[toks[k][0] : toks[k][1]] == "." and prev[1] == toks[k][0]
            if dot and prev[1] - prev[0] <= 2 < len(toks) - k:
                k += 1
            at.append(k)
        keys = [infos[k][3] for k in at]
        # every key tried below of two words or more opens with the same two words as the
        # longest; neither a listed sound nor a skeleton opening with them: nothing can match
        words = " ".join(k for k in keys if k).split(" ", 2)
        if self._sound_shortcut and (
            len(words) < 2
            or ((words[0], words[1]) not in self._sound_pairs
                and (words[0], words[1].translate(_NO_VOWELS)) not in self._skeleton_pairs)
        ):  # fmt: skip
            return None
        for n in range(len(keys), 1, -1):
            if not keys[n - 1]:
                continue  # a comma or a bracket has no sound: the name ends on a word ("एल सालवाडोर ,")
            key = " ".join(k for k in keys[:n] if k)
            ids = self.kb.by_sound.get(key)
            if not ids and infos[at[n - 1]][0] in self._place_sound.get(key, {}):
                # a region spelt another way ends in the word its listed name ends in ("घाटी", "झील"):
                # "पश्चिम एशियाई" (West Asian) sounds like "पश्चिम एशिया" but is no name
                ids = self._place_sound[key][infos[at[n - 1]][0]]
            if not ids:
                # the first name as listed, the rest with other vowels (लॉवरोव for लावरोव)
                skel = skeleton(key) if len(key.split()) >= 2 else None
                ids = self.kb.by_skeleton.get(skel, []) if skel else []
                # a person's name only: an office is a body's name with other vowels ("External Affairs
                # Minister" is not the Ministry)
                ids = ids if len(ids) == 1 and self.kb.entities[ids[0]].label == "PERSON" else []
            if ids:
                ent = self.kb.entities[ids[0]]
                # a spelling generated from an English name, heard in other words ("तय हो" for Tây Hồ's
                # "टाय हॉ"): a guess on a guess, taken only where the model reads a place, as an exact one
                source = "weak-place" if all(self.kb.entities[x].spelled for x in ids) else "kb"
                return Mention(toks[i][0], toks[at[n - 1]][1], ent.label, source, kb_id=ent.id)
        return None

    @staticmethod
    def _token_index(toks: list[tuple[int, int]], end: int, i: int) -> int:
        while i < len(toks) and toks[i][0] < end:
            i += 1
        return i

    def _extend_left(self, text: str, toks: list[tuple[int, int]], m: Mention) -> None:
        """A one-word knowledge-base person preceded by a first name close to theirs
        (``एलेक्जेंडर फ़ोमिन`` for ``अलेक्जेंडर फोमिन``) takes the first name in.
        """
        if m.label != "PERSON" or not m.kb_id:
            return
        idx = self._token_index(toks, m.start, 0)
        if idx == 0 or idx >= len(toks) or toks[idx][0] != m.start:
            return
        prev = text[toks[idx - 1][0] : toks[idx - 1][1]]
        ent = self.kb.entities[m.kb_id]
        firsts = {phonetic_key(n).split()[0] for n in ent.names() if len(phonetic_key(n).split()) >= 2}
        pk = phonetic_key(prev)
        if pk and any(score_reaches([pk], [f], 0.75) for f in firsts):
            m.start = toks[idx - 1][0]

    def _extend_right(self, text: str, toks: list[tuple[int, int]], m: Mention) -> None:
        """A knowledge-base person read over part of their name, followed by another word of
        that name not yet in it, takes that word in: names come in several orders and lengths
        (``आरजू देउबा राणा`` for the listed ``आरजू राणा देउबा``, read up to ``आरजू देउबा``).
        """
        if m.label != "PERSON" or not m.kb_id:
            return
        k = self._token_index(toks, m.end, 0)
        if k >= len(toks) or not _adjacent_words(text, m.end, toks[k][0]):
            return
        word = phonetic_key(text[toks[k][0] : toks[k][1]])
        if len(word) < 3 or " " in word:
            return
        ent = self.kb.entities[m.kb_id]
        own = {w for n in ent.names() for w in phonetic_key(n).split()[1:]}  # the words after the first
        have = phonetic_key(text[m.start : m.end]).split()
        if any(score_reaches([word], [w], 0.9) for w in own) and not any(score_reaches([word], [h], 0.9) for h in have):
            m.end = toks[k][1]

    def _patterns(self, text: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        chunk = text[start:end]
        out += self._headed(chunk, start)
        # each designation pattern tries every position of the piece; one cheap look first
        # says whether it can match at all (a capital letter; a hyphen)
        for m in _LATIN_DESIGNATION.finditer(chunk) if _CAPITAL.search(chunk) else ():
            if _NOT_WEAPON_LATIN.match(m.group(0)) or not re.search(r"\d", m.group(0)):
                continue
            out.append(Mention(start + m.start(), start + m.end(), "WEAPON", "pattern"))
        for m in _DEVA_DESIGNATION.finditer(chunk) if "-" in chunk else ():
            prefix = m.group(1)
            if prefix not in _DEVA_WEAPON_WORDS and prefix not in LETTER_NAMES and not spelled_acronym(prefix):
                continue
            if prefix in _NOT_WEAPON_DEVA:  # G-20, H-1B, grades: not weapons
                continue
            stop = m.end(2) + len(m.group(3))
            tail = m.group(4)
            if tail and spelled_acronym(tail):
                stop = m.end(4)
            out.append(Mention(start + m.start(), start + stop, "WEAPON", "pattern"))
        result: list[Mention] = []
        for cand in out:
            if any(t.start < cand.end and cand.start < t.end and not _names_over(cand, t) for t in taken + result):
                continue
            kb_hits = self.kb.lookup(text[cand.start : cand.end])
            if kb_hits:
                cand.kb_id, cand.label = kb_hits[0].id, kb_hits[0].label
            result.append(cand)
        return result

    def _headed(self, chunk: str, start: int) -> list[Mention]:
        """Names made facilities or events by the word next to them (``lang/*/name_heads.tsv``):
        one or two name words before ``रेलवे स्टेशन`` or ``Airport``, after ``ऑपरेशन`` or ``Operation``.
        """
        out: list[Mention] = []
        heads = _name_heads_gated()
        by_word, others = _name_heads_by_word()
        # whether some Latin head's words occur: a Latin head has letters, and a piece with none (most of
        # them) needs no case-blind scan, the dearest search of a piece; where none occur, the Latin heads
        # are not even gone through
        latin_heads = bool(_latin_head_gate().search(chunk) and _latin_heads().search(chunk))
        if not latin_heads:
            others = _unlatin_heads()
        # where each word that opens a head stands in the piece, as a whole word: such a head's pattern (word
        # edges around its first word) can match only there, so it is tried there alone, not at every place
        # its first word stands inside a longer one (one pass over the piece's words for every head)
        at_word: dict[str, list[int]] = {}
        if by_word:
            for w in _WORD_RUN.finditer(chunk):
                if w.group() in by_word:
                    at_word.setdefault(w.group(), []).append(w.start())
            # the heads whose first word is a whole word of the piece, and those gated otherwise, in
            # their own order: a head whose first word the piece lacks is not even looked at
            tried = sorted([*others, *(k for w in at_word for k in by_word[w])])
        else:
            tried = others
        for rx, label, where, first, whole in (heads[k] for k in tried):
            # "name_of": as "name", only where a genitive stands right before the name ("... के चिन्नूर क्षेत्र")
            of = where == "name_of"
            where = "name" if of else where
            scoped = where == "scoped"  # "केंद्रीय <field> इकाई": named so only from a word of scope
            where = "before" if scoped else where
            # a head's own pattern scans the whole piece; most pieces lack its words: skip it
            # when a quick look says it cannot match (its first word, written as it must be: a
            # whole word of the piece where it is made of word letters, as the pattern's bounds
            # then require; one look at the piece's words instead of a search of it for each head)
            if first:
                if whole:
                    if first not in at_word:
                        continue
                elif first not in chunk:
                    continue
            elif not latin_heads:
                continue
            for m in _head_matches_at(rx, chunk, at_word[first]) if whole else _head_hits(rx, chunk, first, where):
                if where == "law":  # "Unlawful Activities (Prevention) Act": capitalised words, a capitalised head
                    law = self._law_name(chunk, m.start()) if m.group()[0].isupper() else None
                    if law is not None:
                        out.append(Mention(start + law, start + m.end(), label, "pattern"))
                    continue
                if where == "numbered":  # "सेक्टर 18", "सेक्टर-16 बी", "Ward 12": the head and its number are the name
                    if m.group()[0].isascii() and not m.group()[0].isupper():
                        continue  # a Latin head names a locality only capitalised ("the power sector 10 ...")
                    num = _LOCALITY_NUMBER.match(chunk, m.end())
                    if num is not None:
                        out.append(Mention(start + m.start(), start + num.end(), label, "pattern"))
                    continue
                if where == "ending":  # "प्रेमनगर", "जनकपुरी": one word ending in a place's last word is a place
                    word = m.group()
                    if not (self._ends_name(word) or search_fold(word) in _surnames()):
                        out.append(Mention(start + m.start(), start + m.end(), label, "pattern"))
                    continue
                if where == "department":  # "स्वास्थ्य विभाग", "खाद्य आपूर्ति विभाग": a department named by its field
                    dept = self._department_name(chunk, m.start())
                    if dept is not None:
                        out.append(Mention(start + dept, start + m.end(), label, "fallback"))
                    continue
                if where == "whole":  # the head is the name of a kind of agreement ("मुक्त व्यापार समझौता")
                    out.append(Mention(start + m.start(), start + m.end(), label, "pattern"))
                    continue
                if where == "quoted":  # संगठन 'नाम': the name is what the quotes hold
                    quoted = self._quoted_name(chunk, m.end())
                    if quoted is not None:  # first: the quotes bound it better than any other head
                        out.insert(0, Mention(start + quoted[0], start + quoted[1], label, "pattern"))
                    continue
                if (where == "place" and label != "ORG" and m.group()[0].isascii()
                        and not m.group()[0].isupper()):  # fmt: skip
                    continue  # a Latin head of this kind is a name's word only capitalised ("Dialogue", "Area")
                if where == "before" and label in ("GPE", "LOC", "FAC") and self._opens_longer_head(chunk, m):
                    continue  # "... नगर निगम": the word opens a longer head (a body), it makes no place here
                # "name": the name before the head is the thing, the head only tells what it is
                # ("गांवा थाना क्षेत्र", "लालगंज कोतवाली": a place, not its police station)
                # "name_after": the name right after the head, without it ("border town Moreh")
                if where == "placed":  # "बिहार राज्य खाद्य निगम": only a body named by a place and plain words
                    placed = self._placed_body(chunk, m.start(), m.end())
                    if placed is not None:
                        out.append(Mention(start + placed, start + m.end(), label, "fallback"))
                    continue
                side = "before" if where in ("before", "name", "body", "place", "part") else "after"
                near = chunk[max(0, m.start() - 40) : m.start()] if side == "before" else chunk[m.end() : m.end() + 40]
                words = list(_HEAD_NEAR_WORD.finditer(near))
                picked: list[tuple[int, int]] = []
                base = max(0, m.start() - 40) if side == "before" else m.end()
                # a named event after a listed body or place is named after it, with words such as
                # "नेता" between ("जी 20 सम्मेलन", "नई दिल्ली लीडर्स डिक्लेरेशन"); "body": only after
                # a listed body, "place": only after a listed body or place
                # a body named after a listed place ("place" heads: "Delhi police", "Toronto Police") likewise
                listed = (self._listed_name_before(near, words, where)
                          if side == "before" and (label == "EVENT" or where == "place") else None)  # fmt: skip
                if listed is not None:
                    listed = self._opened(near, listed)
                    # a place so named ("Toronto Area") is "headed": it alone replaces the place inside it
                    out.append(Mention(start + base + listed, start + m.end(), label,
                                       "headed" if label in ("GPE", "LOC") else "pattern"))
                    continue
                if where in ("body", "place"):
                    continue
                if where == "name_after" and label != "ORG" and self._name_before(chunk, m.start()):
                    continue  # "चतरपुरा गाँव पहुंचे": the village is named before its word, what follows is no name
                seq = reversed(words) if side == "before" else iter(words)
                edge = len(near) if side == "before" else 0  # where the name's words so far begin (end)
                for w in seq:
                    # a stop or a comma between two words ends the name ("... जाएं। हाईकोर्ट")
                    gap = near[w.end() : edge] if side == "before" else near[edge : w.start()]
                    if gap.strip():
                        break
                    if (side == "before" and w.group().endswith(".")
                            and not _INITIALS.fullmatch(w.group())):  # fmt: skip
                        # a full stop ends the sentence before the name ("... in Delhi. Toronto Police"),
                        # also right before the head ("गए हैं. पुलिस ने", "है. अदालत ने") or glued to it ("है.स्कूल")
                        break
                    edge = w.start() if side == "before" else w.end()
                    word = w.group().rstrip(".") if side == "after" else w.group()
                    # a hyphen may join the name to the head before it ("INS-वेला", "आईएनएस-वेला")
                    lead = len(word) - len(word.lstrip("-")) if side == "after" and not picked else 0
                    word = word[lead:]
                    latin = re.fullmatch(r"[A-Z][\w.-]*", word) is not None and word.lower() not in _EN_FUNCTION_WORDS
                    # a listed body's name may hold figures ("जी20 शिखर सम्मेलन" is named after the G20)
                    body = label == "EVENT" and any(e.label == "ORG" for e in self.kb.lookup(word))
                    scope = label == "ORG" and side == "before" and _fold_token(word) in _head_words("scope")
                    # a kind of institution between the name and its head ("... गर्ल्स डिग्री कॉलेज"): part of
                    # the name, not counted among its words, and no name alone ("मेडिकल कॉलेज")
                    kind = where == "before" and _fold_token(word) in _head_words("kind")
                    if kind and all(_fold_token(chunk[a:b]) in _head_words("kind") for a, b in picked):
                        picked.append((base + w.start() + lead, base + w.start() + lead + len(word)))
                        continue
                    if (not body and not scope and self._ends_name(word, latin)
                            and not (label in ("GPE", "LOC") and self._hyphened_name(word))):  # fmt: skip
                        break  # "उधर मेलिनो शहर": a function word ends the name
                    if label in ("GPE", "LOC") and fold(word) in self.kb.demonyms:
                        break  # "रूसी शहर वोल्गोग्राद": a demonym before a place word is no place's name
                    if side == "after" and label == "EVENT" and picked and self._listed_place(word):
                        break  # "चक्रवाती तूफान ... गुजरात के तट से": a listed place after the name is where it went
                    if where == "name" and _fold_token(word) in _FIELD_WORDS:
                        break  # "डिफेंस सेक्टर": a field of the economy, not a locality
                    if side == "before" and not picked and fold(f"{word} {m.group()}") in _head_phrases():
                        break  # "हाई कोर्ट": the word makes a longer head with this one, it names nothing
                    if where == "name" and search_fold(word) in _surnames():
                        break  # "... सिंह हमराही पुलिस": a person's surname is no town's name
                    if _fold_token(word) in _TIME_WORDS:
                        break  # "शनिवार तड़के X में रहने वाले": a day or a part of it is no word of a name
                    if label == "TREATY" and self._party_name(word):
                        break  # "<country> समझौते", "<surname> समझौता": a party's deal, no treaty's name
                    picked.append((base + w.start() + lead, base + w.start() + lead + len(word)))
                    if where == "name" and label in ("GPE", "LOC") and len(picked) == 1 and self._listed_place(word):
                        break  # "<given> रोहिणी के सेक्टर-9": a listed place right before the head is the whole name
                    if scope:
                        break  # "केंद्रीय जल आयोग": the word of scope opens the body's name
                    named = sum(_fold_token(chunk[a:b]) not in _head_words("kind") for a, b in picked)
                    most = 3 if label == "ORG" else 1 if label == "TREATY" else 2  # "<name> संधि": one word
                    if body or named == most:  # "भारतीय चिकित्सा अनुसंधान परिषद"
                        break  # the body is the whole name: "मोदी जी20 शिखर सम्मेलन में" names no Modi
                folded = [_fold_token(chunk[a:b]) for a, b in picked]
                if not picked or all(w in _head_words("scope") or w in _head_words("kind")
                                     or (label != "ORG" and w in self.kb.demonyms) for w in folded):  # fmt: skip
                    # "राष्ट्रीय समिति", "अंतरराष्ट्रीय बाजार": a word of scope alone names no body or place;
                    # a place and everyday words before a body's head name it ("पंजाब किसान मोर्चा")
                    placed = (self._placed_body(chunk, m.start(), m.end())
                              if label == "ORG" and where == "before" else None)  # fmt: skip
                    if placed is not None:
                        out.append(Mention(start + placed, start + m.end(), label, "fallback"))
                    continue
                s0, e0 = min(p[0] for p in picked), max(p[1] for p in picked)
                if scoped and _fold_token(chunk[s0 : min(p[1] for p in picked)]) not in _head_words("scope"):
                    continue  # "<event> बारहवीं इकाई": a unit of something, no body
                if where == "name" and search_fold((chunk[:s0].split() or [""])[-1]) in _surnames():
                    continue  # "... प्रताप सिंह हमराही पुलिस": what follows a person's name is no town
                if of and (chunk[:s0].split() or [""])[-1] not in _GENITIVES:
                    continue  # "उष्णकटिबंधीय क्षेत्र", "एमएसएमई क्षेत्र": a kind of area or a sector, no locality
                if where == "ship":  # "युद्धपोत रणविजय": the ship's name alone, never a listed name ("जहाज श्रीलंका")
                    if self.kb.lookup(chunk[s0:e0]) or any(self.kb.lookup(chunk[a:b]) for a, b in picked):
                        continue
                    # and standing alone: punctuation, a postposition or "और" after it ("सबमरीन सिंधुराज ने"),
                    # not a word that goes on ("जहाज पहुंच रहा", "एंटी शिप क्रूज मिसाइल")
                    after = re.match(r"\s*([^\s]*)", chunk[e0:])
                    nxt = after.group(1) if after else ""
                    if nxt and _WORD_CHAR.match(nxt) and nxt not in _POSTPOSITIONS and nxt not in _COORDINATORS:
                        continue
                    out.append(Mention(start + s0, start + e0, label, "pattern"))
                    # the ships listed after it, one word each ("शिप रणविजय, शिवालिक, शक्ति और सुकन्या ने")
                    for nxt_s, nxt_e in self._listed_after(chunk, e0):
                        out.append(Mention(start + nxt_s, start + nxt_e, label, "pattern"))
                    continue
                if where == "name_after" and not chunk[s0:e0].isascii():
                    # closed by punctuation, a postposition or "और" ("शहर रक्सौल से"), not by a verb ("गांव ... लौट आया")
                    after = re.match(r"\s*([^\s]*)", chunk[e0:])
                    nxt = after.group(1) if after else ""
                    if nxt and _WORD_CHAR.match(nxt) and nxt not in _POSTPOSITIONS and nxt not in _COORDINATORS:
                        continue
                    if label == "GPE":  # the villages listed after it, one word each ("गांव ..., ... और ... के")
                        for nxt_s, nxt_e in self._listed_after(chunk, e0):
                            out.append(Mention(start + nxt_s, start + nxt_e, label, "pattern"))
                s1, e1 = ((s0, e0) if where in ("name", "name_after")
                          else (s0, m.end()) if side == "before" else (m.start(), e0))
                # a body's name is the model's where it read one there (it sees the whole name:
                # "भारतीय कृषि अनुसंधान परिषद"); the head only finds those it missed, except a body's
                # part named after a listed body ("कांग्रेस कार्य समिति"), which the model reads as the body
                source = "fallback" if label == "ORG" else "pattern"
                if label == "TREATY" and not self.kb.lookup(chunk[s0:e0]):
                    source = "unsure"  # "<name> संधि": an unlisted word, a treaty only where the model reads a name
                if where == "part" and self._opens_with_body(chunk, s1, e1):
                    source = "headed"
                if where == "name" and label in ("GPE", "LOC") and (
                        _LATIN_JUNCTION.fullmatch(chunk[s1:e1]) or (_DEVANAGARI_JUNCTION.fullmatch(chunk[s1:e1])
                        and not set(chunk[s1:e1].split("-")) & {r[0] for r in _JOINER_ROWS})):
                    # capitalised names joined by hyphens before a place head are the places that meet
                    # there ("Usoor-Basaguda area", "... गांवों"), one mention each
                    for part in re.finditer(r"[^-]+", chunk[s1:e1]):
                        out.append(Mention(start + s1 + part.start(), start + s1 + part.end(), label, source))
                    continue
                out.append(Mention(start + s1, start + e1, label, source))
        return out

    @staticmethod
    def _department_name(chunk: str, at: int) -> int | None:
        """Where the name of a department that ends right before its head at ``at`` begins: one to three
        words of ``lang/*/name_heads.tsv``'s ``field`` rows ("स्वास्थ्य", "खाद्य आपूर्ति"), spaces only
        between, and one word of scope before them ("राज्य स्वास्थ्य विभाग"); fields may be joined by a
        conjunction ("श्रम एवं रोजगार मंत्रालय": up to three on each side); ``None`` where none stands there.
        """
        begin: int | None = None
        taken = 0  # field words since the last conjunction
        joined = False  # a conjunction read, waiting for the field word before it
        edge = at  # where the words taken so far begin
        start = max(0, at - 100)
        for w in reversed(list(re.finditer(r"\S+", chunk[start:at]))):
            a = w.start() + start
            if chunk[a + len(w.group()) : edge].strip():
                break
            word = _fold_token(w.group())
            if word in _head_words("field") and taken < 3:
                begin, taken, joined, edge = a, taken + 1, False, a
                continue
            if begin is not None and not joined and w.group() in _FIELD_JOINERS:
                joined, taken, edge = True, 0, a
                continue
            if begin is not None and not joined and word in _head_words("scope"):
                begin = a
            break
        return begin

    @staticmethod
    def _opens_longer_head(chunk: str, m: re.Match[str]) -> bool:
        """Whether the head ``m`` and the word right after it are a longer head of ``lang/*/name_heads.tsv``
        (``नगर`` before ``निगम``: the town's corporation, a body, not a neighbourhood named ``X नगर``).
        """
        nxt = re.match(r" +([^\s,।;:()\"'“”‘’.]+)", chunk[m.end() : m.end() + 40])
        return nxt is not None and fold(f"{m.group()} {nxt.group(1)}") in _head_phrases()

    def _name_before(self, chunk: str, at: int) -> bool:
        """Whether the word right before ``at`` (spaces only between) may be a name's last word, or
        points back at a place named before (``यह``, ``उस``: not_names.tsv ``pointer``).
        """
        hit = re.search(r"(\S+) +$", chunk[max(0, at - 40) : at])
        if hit is not None and hit.group(1) in _POINTERS:
            return True  # "यह शहर ...": the place was named before, the word points back at it
        if hit is None:
            return False
        word = hit.group(1)
        return not self._ends_name(word) and _fold_token(word) not in self.kb.demonyms  # "भारतीय शहर ...": no name

    @staticmethod
    def _law_name(chunk: str, at: int) -> int | None:
        """Where the name of a law or bill that ends right before its head at ``at`` begins: up to six
        capitalised words (not function words) or bracketed words ("(Prevention)", "(amendment)"), with
        "of" or "and" between, no stop between; ``None`` when no capitalised word stands there.
        """
        begin: int | None = None
        pos = at
        for w in reversed(list(re.finditer(r"\([A-Za-z][A-Za-z ]{0,30}\)|[^\s()]+", chunk[max(0, at - 120) : at]))):
            a, b = w.start() + max(0, at - 120), w.end() + max(0, at - 120)
            word = w.group()
            if chunk[b:pos].strip() or len(chunk[a:at].split()) > 8:
                break
            if word.startswith("("):
                pos = a
                continue
            if word.lower() in ("of", "and") and begin is not None:
                pos = a
                continue
            if not _LATIN_CAPITALISED.fullmatch(word) or word.lower() in _EN_FUNCTION_WORDS or word.endswith("."):
                break
            begin = pos = a
        return begin

    def _listed_after(self, chunk: str, at: int) -> list[tuple[int, int]]:
        """The one-word names listed after a ship's name that ends at ``at``, each after a comma or "और"
        and followed by a comma, "और", a postposition or punctuation, none a listed name or an everyday word.
        """
        out: list[tuple[int, int]] = []
        while True:
            hit = re.match(r"\s*(?:,|और|तथा|एवं|and)\s*([^\s,।;:()\"'“”‘’]+)(?=(\s*)(\S*))", chunk[at:])
            if hit is None:
                return out
            word, follow = hit.group(1), hit.group(3)
            if (self._ends_name(word) or self.kb.lookup(word)
                    or (follow and _WORD_CHAR.match(follow) and follow not in _POSTPOSITIONS
                        and follow not in _COORDINATORS)):  # fmt: skip
                return out
            out.append((at + hit.start(1), at + hit.end(1)))
            at += hit.end(1)

    def _listed_name_before(self, near: str, words: list[re.Match[str]], where: str) -> int | None:
        """Where in ``near`` the listed name a named event is named after begins, else ``None``:
        one to three words (or listed names joined by hyphens, ``भारत-चीन``) ending ``near``, or
        ending where up to three words of ``lang/*/name_heads.tsv``'s ``modifier`` rows stand
        before the head ("दिल्ली [नेता] घोषणापत्र", "Australia-India [Defence Ministers'] Dialogue"),
        spaces only between (an apostrophe may close a modifier). A body is listed for every kind
        of head; a place for all but ``body`` heads (a plain noun after anything else).
        """
        end, k = len(near), len(words)
        while k and len(words) - k < 3 and _fold_token(words[k - 1].group()) in _head_words("modifier"):
            if near[words[k - 1].end() : end].strip(" '’"):
                break
            end, k = words[k - 1].start(), k - 1
        if not k or near[words[k - 1].end() : end].strip():
            return None
        kinds = ("ORG",) if where == "body" else ("ORG", "GPE", "LOC")
        for n in (3, 2, 1):
            tail = words[k - n : k]
            if k < n or any(near[a.end() : b.start()].strip() for a, b in pairwise(tail)):
                continue
            name = near[tail[0].start() : tail[-1].end()]
            parts = [name] if any(e.label in kinds for e in self.kb.lookup(name)) else name.split("-")
            if all(p and any(e.label in kinds for e in self.kb.lookup(p)) for p in parts):
                return tail[0].start()
        return None

    def _placed_body(self, chunk: str, at: int, end: int) -> int | None:
        """Where the name of a body whose head begins at ``at`` begins, when a listed place, a demonym or a
        word of scope (``lang/*/name_heads.tsv``) opens it and one to three plain words stand between, a
        conjunction allowed between two of them ("बिहार राज्य खाद्य निगम", "भारतीय किसान संघ", "राज्य कर्मचारी
        चयन बोर्ड", "<town> दूध उत्पादक एवं विक्रेता संघ"); a listed place or demonym right before the word of
        scope opens the name with it. ``None`` where no such name stands there (spaces only between words),
        where a word between is a verb's form, a participle or a seat word ("<city> पहुंचे थल सेना", "<city>
        स्थित ... संघ"), where a genitive stands before a demonym or a word of scope that opens it (the owner's body:
        "<country> के अंतरराष्ट्रीय ... न्यायाधिकरण"), and where a country or a demonym opens a head that is a generic
        actor (``agents.tsv``: "<demonym> थल सेना" is that country's army). ``end``: where the head ends.
        """
        lo = max(0, at - 100)
        near = chunk[lo:at]
        words = list(_HEAD_NEAR_WORD.finditer(near))
        k, edge, plain, joined = len(words), len(near), 0, False
        while k:
            w = words[k - 1]
            if near[w.end() : edge].strip():
                return None  # a mark between: the name stops before it
            word = w.group()
            if plain and not joined:
                anchor = self._place_anchor(near, words, k)
                if anchor is not None:
                    owner = near[:anchor].split()[-1:]
                    national = fold(word) in self.kb.demonyms or any(
                        e.id.startswith("country:") for e in self.kb.lookup(near[anchor : w.end()]))
                    if national and owner and owner[0] in _GENITIVES:
                        return None  # "<country> की <demonym> ... सेना": the owner's body, no new one
                    if national and _generic_actor(chunk[at:end]):
                        return None  # "<demonym> थल सेना", "<country> छात्र समिति": the country's army, its students
                    return lo + anchor if self._opens_alone(near, anchor) else None
                if _fold_token(word) in _head_words("scope"):
                    before = self._place_anchor(near, words, k - 1) if k > 1 else None
                    if before is not None and not near[words[k - 2].end() : w.start()].strip():
                        # "बिहार राज्य ...": the place before the word of scope
                        return lo + before if self._opens_alone(near, before) else None
                    if k > 1 and words[k - 2].group() in _GENITIVES:
                        return None  # "<country> के अंतरराष्ट्रीय ... न्यायाधिकरण": the owner's body, no new one
                    return lo + w.start() if self._opens_alone(near, w.start()) else None
                if word in _FIELD_JOINERS:
                    joined, edge, k = True, w.start(), k - 1
                    continue
            if (plain == 3 or not DEVANAGARI_RUN.fullmatch(word) or word in _POSTPOSITIONS
                    or word in _FIELD_JOINERS or search_fold(word) in _function_words()
                    or _fold_token(word) in _TIME_WORDS or self.kb.lookup(word)
                    or fold(word) in self.kb.demonyms or word_key(word) in _verb_form_words()
                    or word in _SEAT_WORDS):  # fmt: skip
                # a demonym opens the name or there is none ("<place> स्थित अमेरिकी सेना"); a verb's form or a
                # participle is never a name's word ("<city> पहुंचे थल सेना प्रमुख": who arrived, no body), nor
                # is the word that seats a body in a place ("<city> स्थित ... संघ": the place is where it sits)
                return None
            plain, joined, edge, k = plain + 1, False, w.start(), k - 1
        return None

    def _opens_alone(self, near: str, at: int) -> bool:
        """Whether no name's word stands right before ``near[at:]``, spaces only between: a name's word there
        ("अल <city> एजुकेशन ट्रस्ट", "<surname> <range> भू विज्ञान संस्थान") makes the place part of a longer
        name whose start the placed reading cannot tell, and it reads none.
        """
        before = re.search(r"(\S+)(\s+)$", near[:at])
        if before is None:
            return True
        word = before.group(1)
        return (not _HEAD_NEAR_WORD.fullmatch(word) or self._ends_name(word, word[:1].isupper())
                or word_key(word) in _verb_form_words())  # fmt: skip

    def _place_anchor(self, near: str, words: list[re.Match[str]], k: int) -> int | None:
        """Where in ``near`` a listed place of one or two words, or a demonym, that ends with ``words[k - 1]``
        begins, spaces only between its words; else ``None``.
        """
        for n in (2, 1):
            if k < n:
                continue
            tail = words[k - n : k]
            if any(near[a.end() : b.start()].strip() for a, b in pairwise(tail)):
                continue
            name = near[tail[0].start() : tail[-1].end()]
            if any(e.label in ("GPE", "LOC") for e in self.kb.lookup(name)):
                return tail[0].start()
        return words[k - 1].start() if fold(words[k - 1].group()) in self.kb.demonyms else None

    def _opens_with_body(self, chunk: str, s: int, e: int) -> bool:
        """Whether the name ``chunk[s:e]`` opens with a listed body's name of one or two words,
        with more words after it, and is itself no listed name.
        """
        words = chunk[s:e].split()
        if len(words) < 2 or self.kb.lookup(chunk[s:e]):
            return False
        return any(any(x.label == "ORG" for x in self.kb.lookup(" ".join(words[:n]))) for n in (1, 2) if n < len(words))

    @staticmethod
    def _opened(near: str, at: int) -> int:
        """Where a name headed after a listed name that starts at ``at`` in ``near`` begins: one
        ``opener`` word (capitalised, if Latin) of ``lang/*/name_heads.tsv`` right before, a space between,
        opens it too ("Greater Toronto Area"), else ``at``.
        """
        hit = re.search(r"(\S+) $", near[:at])
        # a Latin opener capitalised ("Greater"), a Devanagari one as written ("ग्रेटर")
        if (hit is not None and (hit.group(1)[0].isupper() or not hit.group(1)[0].isascii())
                and _fold_token(hit.group(1)) in _head_words("opener")):  # fmt: skip
            return hit.start(1)
        return at

    def _quoted_name(self, chunk: str, at: int) -> tuple[int, int] | None:
        """The name in quotes right after ``at`` (``संगठन ‘...’``): one to six words, none of them
        a postposition or a function word (a quoted phrase is often a slogan or a charge, not a name).
        """
        q = _QUOTED.match(chunk, at)
        if q is None:
            return None
        group = next(g for g in range(1, 5) if q.group(g) is not None)
        words = q.group(group).split()
        if not 1 <= len(words) <= 6 or any(
            w in _POSTPOSITIONS or search_fold(w) in _function_words() for w in words
        ):
            return None
        start = q.start(group) + len(q.group(group)) - len(q.group(group).lstrip())
        return start, q.end(group) - (len(q.group(group)) - len(q.group(group).rstrip()))

    def _merge(self, text: str, rules: list[Mention], model: list[Mention]) -> list[Mention]:
        """Rule mentions win, except a longer model PERSON around a knowledge-base person
        (``एंड्री बेलौसोव`` where the ruler knew only ``बेलौसोव``).
        """
        out = list(rules)
        for m in model:
            inside = [r for r in rules if r.start < m.end and m.start < r.end]
            if not inside:
                out.append(m)
                continue
            if _names_government(text, m, inside):
                continue  # "<country> सरकार ने": a government named by its place is a mention of the place
            if self._model_name_around(text, m, inside):
                # "दिल्ली विश्वविद्यालय", "भारत सरकार", "दक्षिण भारत": a longer name built on a place
                for r in inside:
                    out.remove(r)
                out.append(m)
                continue
            if (
                m.label == "PERSON"
                and len(inside) == 1
                and inside[0].label == "PERSON"
                and m.start <= inside[0].start
                and m.end >= inside[0].end
                and (m.end - m.start) > (inside[0].end - inside[0].start)
            ):
                r = inside[0]
                out.remove(r)
                same = self._spells_listed(text, m.start, m.end, r)
                out.append(Mention(m.start, m.end, "PERSON", "model", kb_id=r.kb_id if same else None))
        out.sort(key=lambda x: (x.start, -x.end))
        dedup: list[Mention] = []
        for m in out:
            if dedup and m.start < dedup[-1].end:
                continue
            dedup.append(m)
        return dedup

    def _spells_listed(self, text: str, start: int, end: int, inner: Mention) -> bool:
        """Whether the longer name ``text[start:end]`` around ``inner``, a knowledge-base person read
        over part of it, is that person: a spelling of their full name ("एंड्री बेलौसोव"), not another
        person of the same surname ("सविता कोविंद", "नदीम कुरैशी"). Only names in the name's own script
        are compared where the person has one: a Latin spelling forgives a first name that a Devanagari
        one tells apart (``राकेश कोविंद`` scores 0.67 against ``Ram Nath Kovind``, 0.4 against ``राम नाथ कोविंद``).
        """
        ent = self.kb.entities.get(inner.kb_id or "")
        full = [n for n in ent.names() if len(n.split()) >= 2] if ent is not None else []
        extra = (text[start : inner.start] + " " + text[inner.end : end]).split()
        if not full or not any(_is_name_word(w, self._common) for w in extra):  # an office word, not a name
            return True
        surface = text[start:end]
        own = [n for n in full if has_devanagari(n) == has_devanagari(surface)] or full  # "Erdoğan" is Latin too
        return max(match_score(surface, n) for n in own) >= 0.55

    def _after_titles(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """A name right after a title or office that the model missed (``राजदूत संधू ने``):
        one to three words closed by a postposition or punctuation.
        """
        out = list(mentions)
        common = self._common
        words: list[str] = []
        for i in range(len(toks) - 1):
            if not infos[i][5] and not (i > 0 and infos[i][0] in _GENITIVE_CUES):
                continue
            words = words or [text[a:b] for a, b in toks]  # only in a piece with a title
            if not infos[i][5] and words[i - 1] not in _GENITIVES:
                continue  # "प्रमुख शहरों": the word is an office only after a genitive ("समूह का प्रमुख ...")
            j = i + 1
            if j < len(words) and words[j] == ".":  # डॉ . हर्षवर्धन: the tokenizer split the dot off
                j += 1
            aside = 0
            if (j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")"
                    and (_fold_token(words[j + 1]) in _ASIDES or acronym_like(words[j + 1]))):  # fmt: skip
                aside = 3  # "ब्रिगेडियर (सेवानिवृत्त) ...", "सलाहकार (एनएसए) ...": the name follows the bracket
                j += aside
            elif j + 1 < len(words) and _fold_token(words[j]) in _OFFICE_TAILS:
                aside = 1  # "नेता प्रतिपक्ष ...", "एसपी सिटी ...": the office's last word, then the name
                j += aside
            first = j
            if words[i].isascii():  # "spokesperson Lu Kang told": capitalised words, closed by any other
                while j < len(words) and j - i - aside <= 3 and _latin_name_word(words[j]):
                    j += 1
                closed = j == len(words) or not _LATIN_CAPITALISED.fullmatch(words[j])
            else:
                # a listed place or body right after the name ends it ("उच्चायुक्त एलेक्स एलिस दिल्ली से",
                # "विधायक ... एमसीडी के"); a form of a verb the lexicon knows, no name word after it, ends
                # it ("अध्यक्ष बोले कि", "मंत्री पहुंचे और ...": the office is the verb's subject)
                while j < len(words) and j - i - aside <= 3 and not (
                    j > first and self._listed_place(words[j], or_body=True)
                ) and not _verb_not_name(words, j, common) and (
                    _initial_letter(words, first, j, common)  # "न्यायमूर्ति ए के ओझा": के is the letter K
                    or (j == first and infos[i][0] not in _KIN_CUES
                        and self._leading_initial(words, j, common))  # "रक्षा मंत्री के मथोरा के साथ"
                    or (words[j] not in _POSTPOSITIONS and _is_name_word(words[j], common)
                        and _fold_token(words[j]) not in _TIME_WORDS  # "प्रधानमंत्री मोदी आज": no day in a name
                        and _fold_token(words[j]) not in _following_heads())
                    or (j == first and infos[i][0] not in _TWO_WORD_CUES and infos[i][0] not in _KIN_CUES
                        and self._everyday_first_name(words, j, common))
                ):
                    j += 1
                if j < len(words) and _fold_token(words[j]) in _following_heads():
                    continue  # "मुख्यमंत्री आवास योजना", "प्रोफेसर यशपाल कमेटी": a scheme or a body, no person
                # closed by a postposition or punctuation (str.isalnum is False for most Hindi
                # words: their vowel signs are marks, not letters)
                closed = (j == len(words) or words[j] in _POSTPOSITIONS or words[j] in _PARTICLE_CLOSERS
                          or not _WORD_CHAR.search(words[j]) or _hyphened_closer_at(text, toks[j][0])
                          or (j - first >= 2 and self._listed_place(words[j], or_body=True)))
            if j == first or j - first > 3 or not closed:
                continue
            if j - first < 2 and (infos[i][0] in _TWO_WORD_CUES or not infos[i][5]):
                continue  # "वैज्ञानिक अब भी", "बल्लेबाज़ क्रीज़ पर": a group after a plural occupation; "के प्रमुख शहरों"
            if not infos[i][5] and any(_fold_token(w) in _acronym_heads() for w in words[first:j]):
                continue  # "देश की प्रमुख आवास वित्त कंपनी के": "leading", a body's head among the words, no person
            start, end = toks[first][0], toks[j - 1][1]
            if infos[i][0] in _SEAT_CUES and any(
                m.label == "PERSON" and _adjacent_words(text, m.end, toks[i][0]) for m in out
            ):
                self._seat_place(text, start, end, out)
                continue
            cand = text[start:end]
            if normalize(cand) in _TITLES_NORM:  # "Secretary General": a title, no name
                continue
            inside = [m for m in out if m.start < end and start < m.end]
            if inside and (len(inside) > 1 or not self._cut_after_title(toks[i][0], start, end, inside[0])):
                continue
            if inside and inside[0].label == "PERSON" and inside[0].end < end and _SENTENCE_END.match(text, end):
                continue  # "पत्नी सविता कोविंद पहुंचे।": the word the model left out before the sentence's end is its verb
            if (inside and inside[0].label == "PERSON" and inside[0].kb_id and inside[0].start <= start
                    and self._same_person(cand, inside[0].kb_id) is None):  # fmt: skip
                continue  # "पीएम मोदी ट्रेन से": a listed person's name, then other words, not a longer name
            if not self._plausible(cand) or fold(cand) in _CONTEXT_TITLES:
                continue
            if _verb_at_clause_end(text, start, end):
                continue  # "एक आतंकवादी मारा गया।": the clause's verb after a calling, no name
            if any(w in _PLACE_WORDS for w in words[first:j]):  # "प्रिंस एडवर्ड द्वीप में": a place
                continue
            kb_id = None
            for m in inside:
                out.remove(m)
                kb_id = kb_id or self._same_person(cand, m.kb_id)
            out.append(Mention(start, end, "PERSON", "context", kb_id=kb_id))
        out.sort(key=lambda m: m.start)
        return out

    def _everyday_first_name(self, words: list[str], j: int, common: frozenset[str]) -> bool:
        """Whether ``words[j]``, right after an office and one of the model's everyday words, is a given name
        that is also a word (``अध्यक्ष विद्या <surname> ने``: विद्या is "knowledge"): written in name letters,
        no office, postposition, time word or listed name, and followed by a word that may be a name and is
        none of the everyday words, the name closing after it (a postposition, punctuation or the end).
        """
        if j + 1 >= len(words):
            return False
        word, nxt = words[j], words[j + 1]
        if (word not in common and _fold_token(word) not in _folded(common)) or not _NAME_LETTERS.fullmatch(word):
            return False
        if (word in _POSTPOSITIONS or word in _NOT_NAME_WORDS or _fold_token(word) in _CONTEXT_TITLES
                or _fold_token(word) in _TIME_WORDS or _fold_token(word) in _following_heads()
                or search_fold(word) in _function_words() or word in _PARTICLE_CLOSERS
                or _fold_token(word) in _pronoun_words() or self.kb.lookup(word)
                or _generic_actor(word)):  # fmt: skip
            return False  # "निवासी किसान ...": a farmer, no given name
        if nxt in _POSTPOSITIONS or not _is_name_word(nxt, common) or self.kb.lookup(nxt):
            return False
        if nxt.endswith(_PLURAL_OBLIQUE):
            return False  # "नेता दूसरे देशों की": a plural noun after a determiner, no surname
        if _fold_token(nxt) in _TIME_WORDS or _fold_token(nxt) in _following_heads():
            return False
        after = words[j + 2] if j + 2 < len(words) else ""
        return not after or after in _POSTPOSITIONS or not _WORD_CHAR.search(after)

    def _leading_initial(self, words: list[str], j: int, common: frozenset[str]) -> bool:
        """Whether ``words[j]``, right after an office and spelt as a letter's name that is also a
        postposition (``के``), is the initial of the name after it (``रक्षा मंत्री के मथोरा के साथ``,
        ``वाइस चीफ के स्वामीनाथन मौजूद``): one word follows that may be a name, no listed name and none of the
        model's everyday words, and the name closes right after it (a postposition, punctuation, or the
        end). ``मंत्री के बेटे``, ``अध्यक्ष के भारत दौरे``: an everyday or a listed word, the genitive.
        """
        from .names import LETTER_NAMES

        if words[j] not in LETTER_NAMES or words[j] not in _POSTPOSITIONS or j + 1 >= len(words):
            return False
        nxt = words[j + 1]
        if nxt in _POSTPOSITIONS or nxt in LETTER_NAMES or not _is_name_word(nxt, common):
            return False
        if _fold_token(nxt) in _TIME_WORDS or _fold_token(nxt) in _following_heads() or self.kb.lookup(nxt):
            return False
        after = words[j + 2] if j + 2 < len(words) else ""
        return not after or after in _POSTPOSITIONS or not _WORD_CHAR.search(after)

    def _seat_place(self, text: str, start: int, end: int, out: list[Mention]) -> None:
        """The constituency named after a person's seat (``... शर्मा विधायक डिबाई,``): a place, where
        the model read a person or nothing there; a name listed in the knowledge base is left as it is.
        """
        inside = [m for m in out if m.start < end and start < m.end]
        if not inside and self._plausible(text[start:end]):
            out.append(Mention(start, end, "LOC", "context"))
        elif len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            m = inside[0]
            if m.label == "PERSON" and m.source in ("model", "context") and m.kb_id is None:
                m.label = "LOC"

    def _before_listed_place(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An unlisted place named before the listed place it lies in, after a preposition of place
        (``lang/en/name_heads.tsv``, ``preposition``): "murdered in Surrey, British Columbia, on",
        "from Narayanchaur, Kathmandu." One or two capitalised words no mention covers and the
        knowledge base lists for nothing, the listed place closed by punctuation; where the model read
        just those words as an unlisted person or place, that name is the place.
        """
        if "," not in text or not _PLACE_PREPOSITION_WORDS:
            return mentions
        out = list(mentions)
        for m in mentions:
            if m.kb_id is None or m.label not in ("GPE", "LOC") or not text[m.start : m.end].isascii():
                continue
            if (m.end < len(text) and text[m.end] not in ",.;:)") or text[max(0, m.start - 2) : m.start] != ", ":
                continue
            hit = _PLACE_PREPOSITIONS.search(text, max(0, m.start - 60), m.start - 2)
            if hit is None:
                continue
            s, e = hit.start(1), hit.end(1)
            words = text[s:e].split()
            if not all(_latin_name_word(w) for w in words) or self.kb.lookup(text[s:e]) or any(
                    self.kb.lookup(w) for w in words):  # fmt: skip
                continue
            read = [o for o in out if (o.start, o.end, o.source, o.kb_id) == (s, e, "model", None)
                    and o.label in ("PERSON", "LOC")]  # fmt: skip
            for o in read:
                o.label = "GPE"  # the model's unlisted name there, read as a person: the place
            if read or _overlaps_any(Mention(s, e, "GPE"), out):
                continue
            out.append(Mention(s, e, "GPE", "pattern"))
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    def _listed_place(self, word: str, or_body: bool = False) -> bool:
        """Whether the knowledge base lists ``word`` as a place (a country, a city, a region), or, with
        ``or_body``, as a body too (a word that ends a person's name as a place does).
        """
        labels = ("GPE", "LOC", "ORG") if or_body else ("GPE", "LOC")
        return any(e.label in labels for e in self.kb.lookup(word))

    def _coordinated_people(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """A name joined to a person's by "और" or "and" that the model missed (``न्यायमूर्ति ... खन्ना और एसवीएन
        भट्टी की पीठ``, ``Justices ... Mridul and Anup J. Bhambhani``): one to three name words, none read as
        anything, closed by a postposition or punctuation (Devanagari), by a word in lower case (Latin), or by
        a listed place (``<A> और <B> <city> के ...``).
        """
        out = list(mentions)
        starts = {t[0]: k for k, t in enumerate(toks)}
        # a listed place right after the name closes it as a postposition would ("<A> और <B> <city> के ...")
        places = {o.start for o in mentions if o.label in ("GPE", "LOC") and o.kb_id}
        for m in mentions:
            if m.label != "PERSON":
                continue
            after = re.match(r"\s+(और|तथा|एवं|and)\s+", text[m.end : m.end + 8])
            k = starts.get(m.end + after.end()) if after else None
            if k is None or after is None:
                continue
            latin = after.group(1) == "and"
            j = k
            while j < len(toks) and j - k < 3 and not (j > k and toks[j][0] in places):
                word = text[toks[j][0] : toks[j][1]]
                ok = (_latin_name_word(word) and not self.kb.lookup(word)) if latin else (
                    word not in _POSTPOSITIONS and _is_name_word(word, self._common)
                    and _fold_token(word) not in _TIME_WORDS and _fold_token(word) not in _following_heads())
                if not ok:
                    break
                j += 1
            if j == k:
                continue
            nxt = text[toks[j][0] : toks[j][1]] if j < len(toks) else ""
            closed = (not nxt or not _WORD_CHAR.search(nxt) or (nxt[:1].islower() if latin else nxt in _POSTPOSITIONS)
                      or toks[j][0] in places)  # fmt: skip
            start, end = toks[k][0], toks[j - 1][1]
            if not closed or any(o.start < end and start < o.end for o in out) or not self._plausible(text[start:end]):
                continue
            out.append(Mention(start, end, "PERSON", "context"))
        out.sort(key=lambda x: x.start)
        return out

    def _listed_people(self, text: str, piece: Span, mentions: list[Mention]) -> list[Mention]:
        """The names between two commas of a list of people (``..., रमेश यादव, सुखपाल, जगदीश नागर, ...``): where two
        of the list's items or more are people (an item between commas that is a person's mention, or a person's
        name right before the first comma or right after the last) and no item is a listed place or body, an item
        of one to three Devanagari name words between two commas (none of the model's everyday words, a postposition,
        time word, head word or listed name) that the model read as nothing, or as an unlisted place, is a person
        where it may name one (``_names_a_person``: no office, community or body's abbreviation, and a one-word
        item bears a name). A kind of person alone between two commas (``_kinds_of_people``) that the model read
        as a person is none.
        """
        chunk = text[piece.start : piece.end]
        commas = [piece.start + c.start() for c in re.finditer(r",", chunk)]
        runs: list[list[int]] = []
        for c in commas:
            gap = text[runs[-1][-1] + 1 : c] if runs else ""
            if runs and len(gap.split()) <= 4 and not re.search(r"[।.!?;:\n()\[\]\"'‘’“”]", gap):
                runs[-1].append(c)
            else:
                runs.append([c])
        out = list(mentions)
        for run in runs:
            if len(run) < 2:
                continue
            items = [(a + 1, b) for a, b in pairwise(run)]
            items = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - (len(text[a:b]) - len(text[a:b].rstrip())))
                     for a, b in items]  # fmt: skip
            exact = {(m.start, m.end): m for m in out}
            if any(m.kb_id and m.label != "PERSON" for m in (exact.get(i) for i in items) if m is not None):
                continue  # a list that names a place or a body is no list of people only
            # a kind of person alone the model read as one ("..., जाट, गुर्जर, ..."): no person, nor counted as one
            kinds = [m for i in items if (m := exact.get(i)) is not None and m.label == "PERSON"
                     and m.source == "model" and m.kb_id is None and " " not in text[m.start : m.end]
                     and _fold_token(text[m.start : m.end]) in _kinds_of_people()]  # fmt: skip
            out = [m for m in out if not any(m is k for k in kinds)]
            exact = {(m.start, m.end): m for m in out}
            first, last = run[0], run[-1]
            people = sum(1 for i in items if (m := exact.get(i)) is not None and m.label == "PERSON")
            people += any(m.label == "PERSON" and m.end <= first and not text[m.end : first].strip() for m in out)
            people += any(m.label == "PERSON" and m.start > last and not text[last + 1 : m.start].strip() for m in out)
            if people < 2:
                continue
            for s, e in items:
                words = text[s:e].split()
                if not 1 <= len(words) <= 3 or self.kb.lookup(text[s:e]) or not all(
                    DEVANAGARI_RUN.fullmatch(w) and _is_name_word(w, self._common) and w not in _POSTPOSITIONS
                    and search_fold(w) not in _function_words()
                    and _fold_token(w) not in _TIME_WORDS and _fold_token(w) not in _following_heads()
                    and not self.kb.lookup(w) for w in words
                ) or not self._names_a_person(text, s, e, out):
                    continue
                over = [o for o in out if o.start < e and s < o.end]
                if not over:
                    out.append(Mention(s, e, "PERSON", "context"))
                elif (len(over) == 1 and (over[0].start, over[0].end) == (s, e) and over[0].source == "model"
                      and over[0].label in ("LOC", "GPE") and over[0].kb_id is None):  # fmt: skip
                    over[0].label = "PERSON"
        out.sort(key=lambda x: x.start)
        return out

    def _names_a_person(self, text: str, s: int, e: int, mentions: list[Mention]) -> bool:
        """Whether ``text[s:e]``, an item of a list of people (no name or an unlisted place read over it), may
        name one: it holds no kind of person (a generic actor of ``agents.tsv``, an office of ``roles.tsv``
        or a title of ``titles.tsv``, whole: "रक्षा मंत्री", not "विकास" of "... विकास मंत्री"; a local office
        or a community, ``not_names.tsv`` group: "ग्राम प्रधान", "पटवारी", "जाट") and no word the text's
        other mentions read as a body (an abbreviation read as ``ORG`` elsewhere); and a one-word item bears
        a name: a listed person's name word by its sound, a word the model reads as a person elsewhere in
        the text, or a word ending as given names end (``name_parts.tsv`` given_ending: "हरकेश", "सुखपाल").
        "भाकियू" and "व्यापार" bear none.
        """
        words = text[s:e].split()
        keys = [_fold_token(w) for w in words]
        if _has_kind_of_people([k.strip(".") for k in keys]) or any(
            a < e and s < b for agents in _agent_tables() for a, b, _ in agents.find(text, s, e)
        ):
            return False
        read: dict[str, set[str]] = {}
        for m in mentions:
            if not (m.start < e and s < m.end):
                for k in _fold_token(text[m.start : m.end]).split():
                    read.setdefault(k, set()).add(m.label)
        if any("ORG" in read.get(k, ()) for k in keys):
            return False
        if len(words) > 1:  # two or three name words between commas: a name
            return True
        return any(
            "PERSON" in read.get(k, ()) or phonetic_key(w) in self._person_name_sounds
            or any(w.endswith(end) and len(w) - len(end) >= 2 and w[-len(end) - 1] != "्" for end in _GIVEN_ENDINGS)
            for w, k in zip(words, keys, strict=True)
        )

    def _coordinated_places(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """One Devanagari name word joined to a listed place's name by "और" or a comma that nothing was read over
        (``उधमपुर, सांबा, अखनूर, ... और पठानकोट``, ``रूस और ... के बीच``, ``... और थलाईमन्नार के बीच``): a place too.
        The word is none of the model's everyday words, no listed name, demonym, surname, time word, head,
        direction or acronym (``भारत और ईबीआरडी``), and stands between the coordinator and a postposition, a
        coordinator or punctuation (after the place), or between punctuation or a coordinator and the
        coordinator (before it). Where the model read that one word as an unlisted place (LOC), and the listed
        place is a GPE, it is a GPE too.
        """
        places = [m for m in mentions if m.label in ("GPE", "LOC") and m.kb_id is not None
                  and not text[m.start : m.end].isascii()]  # fmt: skip
        if not places:
            return mentions
        out = list(mentions)
        starts = {t[0]: k for k, t in enumerate(toks)}
        ends = {t[1]: k for k, t in enumerate(toks)}

        def closer(word: str) -> bool:
            return word in _POSTPOSITIONS or word in _COORDINATORS or not _WORD_CHAR.search(word)

        for m in places:
            cands = []
            after = re.match(r"\s*(?:,\s*|\s(?:और|तथा|एवं)\s+)", text[m.end : m.end + 8])
            k = starts.get(m.end + after.end()) if after else None
            if k is not None and (k + 1 == len(toks) or closer(text[toks[k + 1][0] : toks[k + 1][1]])):
                cands.append(k)
            before = re.search(r"(?:\s*,\s*|\s+(?:और|तथा|एवं)\s+)$", text[max(0, m.start - 8) : m.start])
            k = ends.get(m.start - len(before.group())) if before else None
            # before the place, the word opens a list: punctuation or a coordinator before it, no postposition
            # ("... से जोड़ेगी, नेपाल": a clause's verb)
            if k is not None and (k == 0 or (closer(text[toks[k - 1][0] : toks[k - 1][1]])
                                             and text[toks[k - 1][0] : toks[k - 1][1]] not in _POSTPOSITIONS)):
                cands.append(k)
            for k in cands:
                s0, e0 = toks[k]
                word = text[s0:e0]
                if m.label == "GPE":
                    # the model's unlisted place of that one word is a place of the listed one's kind
                    # ("धुले, [तोरमाली] और नासिक": districts)
                    for o in out:
                        if (o.start, o.end, o.label, o.source, o.kb_id) == (s0, e0, "LOC", "model", None):
                            o.label = "GPE"
                if (not _NAME_LETTERS.fullmatch(word) or e0 - s0 < 3 or not _is_name_word(word, self._common)
                        or self._ends_name(word) or self.kb.lookup(word) or fold(word) in self.kb.demonyms
                        or search_fold(word) in _surnames() or _fold_token(word) in _TIME_WORDS
                        or _fold_token(word) in _following_heads() or not self._plausible(word)
                        or _fold_token(word) in _directions() or acronym_like(word)
                        or any(o.start < e0 and s0 < o.end for o in out)):  # fmt: skip
                    continue
                out.append(Mention(s0, e0, "GPE", "context"))
        out.sort(key=lambda x: x.start)
        return out

    def _name_words_before(self, text: str, toks: list[tuple[int, int]], k: int, most: int,
                           adjacent: bool = False) -> int:  # fmt: skip
        """The first of up to ``most`` name words right before token ``k`` (``k`` when there is none): a
        postposition, a common word, a word that ends names or a word of time stops them; ``adjacent``: so
        does a gap other than a space between two words.
        """
        j = k
        while j > 0 and k - j < most and (not adjacent or _adjacent_words(text, toks[j - 1][1], toks[j][0])):
            word = text[toks[j - 1][0] : toks[j - 1][1]]
            if (word in _POSTPOSITIONS or not _is_name_word(word, self._common) or self._ends_name(word)
                    or _fold_token(word) in _TIME_WORDS):  # fmt: skip
                break
            j -= 1
        return j

    def _before_saying(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """A name the model missed or read as a place right before a verb of saying in the honorific
        plural (``... सुधीर कहते हैं``, ``... बताती थीं``: name_cues.tsv ``says``): one or two name words
        opening the clause (after punctuation, a postposition or a conjunction, or first in the
        piece), none read as a listed name; ``इसे ... कहते हैं`` (it is called ...) opens no clause there.
        """
        out = list(mentions)
        for k in range(1, len(toks) - 1):
            if infos[k][0] not in _SAYS or infos[k + 1][0] not in _SAYS_AUX:
                continue
            j = self._name_words_before(text, toks, k, 2)
            if j == k:
                continue
            before = text[toks[j - 1][0] : toks[j - 1][1]] if j > 0 else ""
            if before and _WORD_CHAR.search(before) and (before not in _POSTPOSITIONS or before in _SAYS_NOT_AFTER):
                continue  # "इसे ... कहते हैं", "दशक के ... मानते हैं": no clause opens at the name
            start, end = toks[j][0], toks[k - 1][1]
            inside = [m for m in out if m.start < end and start < m.end]
            if len(inside) > 1 or not self._plausible(text[start:end]):
                continue
            if inside:
                m = inside[0]
                # a place or body the model read over exactly these words, linked to nothing listed
                if m.label != "PERSON" and m.source == "model" and m.kb_id is None and (m.start, m.end) == (start, end):
                    m.label = "PERSON"
                continue
            out.append(Mention(start, end, "PERSON", "context"))
        out.sort(key=lambda x: x.start)
        return out

    def _before_honorific(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """A name the model missed right before an honorific written after names (``... साहब``,
        ``... जी``: name_cues.tsv ``after_name``): one or two name words after a word that is none, the
        honorific not followed by a hyphen or a number (``जी-20``, ``जी 20``), no mention over them.
        """
        out = list(mentions)
        for k in range(1, len(toks)):
            if infos[k][0] not in _AFTER_NAME or re.match(r"\s*[-\d]", text[toks[k][1] : toks[k][1] + 3]):
                continue  # "जी-20", "जी 20": the group, no honorific
            j = self._name_words_before(text, toks, k, 3, adjacent=True)
            if j == k or k - j > 2:
                continue  # no name word, or three: where the name starts is unknown
            start, end = toks[j][0], toks[k - 1][1]
            if any(m.start < end and start < m.end for m in out) or not self._plausible(text[start:end]):
                continue
            out.append(Mention(start, end, "PERSON", "context"))
        out.sort(key=lambda x: x.start)
        return out

    def _named_as(
        self, text: str, toks: list[tuple[int, int]], infos: list[_WordInfo], mentions: list[Mention]
    ) -> list[Mention]:
        """A person named in a clause that gives a name (``छात्रा का नाम ... है``, ``आरोपी का नाम ... बताया``:
        name_cues.tsv ``naming`` after a genitive, ``naming_close`` after the name): one to three name words
        between, none of them listed as a place or body; a place or body the model read inside them, linked
        to nothing, gives way to the person.
        """
        out = list(mentions)
        for i in range(1, len(toks) - 2):
            if infos[i][0] not in _NAMING or text[toks[i - 1][0] : toks[i - 1][1]] not in _GENITIVES:
                continue
            owner = text[toks[i - 2][0] : toks[i - 2][1]] if i >= 2 else ""
            if _fold_token(owner) in _following_heads() or self._listed_place(owner, or_body=True):
                continue  # "गांव का नाम ... है", "कंपनी का नाम ...": a place's or a body's name, no person's
            j = i + 1
            while j < len(toks) and j - i <= 3 and infos[j][0] not in _NAMING_CLOSE:
                word = text[toks[j][0] : toks[j][1]]
                if (word in _POSTPOSITIONS or not _is_name_word(word, self._common)
                        or (self._listed_place(word, or_body=True) and word not in _WEAK)):  # fmt: skip
                    break
                j += 1
            if j == i + 1 or j - i > 4 or j == len(toks) or infos[j][0] not in _NAMING_CLOSE:
                continue  # (j - i - 1 name words: up to three)
            start, end = toks[i + 1][0], toks[j - 1][1]
            inside = [m for m in out if m.start < end and start < m.end]
            # a listed name that is also a given name gives way ("नाम <given> सिंधु है": no river)
            if any(m.label == "PERSON" or ((m.kb_id or m.source != "model") and text[m.start : m.end] not in _WEAK)
                   for m in inside):  # fmt: skip
                continue
            if not self._plausible(text[start:end]):
                continue
            for m in inside:
                out.remove(m)
            out.append(Mention(start, end, "PERSON", "context"))
        out.sort(key=lambda x: x.start)
        return out

    def _before_name_note(self, text: str, toks: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """A person's name right before a note in brackets that it is a changed one (``... (बदला हुआ
        नाम)``: name_cues.tsv ``name_note``), as reports of crimes and courts hide a victim's name: one or
        two name words, or one word of letters that is also an everyday word (``सीमा``), no postposition
        or function word; a place or body the model read over exactly those words becomes the person.
        """
        out = list(mentions)
        for k in range(1, len(toks)):
            if text[toks[k][0] : toks[k][1]] != "(" or not _NAME_NOTE.match(text, toks[k][0]):
                continue
            j = self._name_words_before(text, toks, k, 2, adjacent=True)
            if j == k:
                word = text[toks[k - 1][0] : toks[k - 1][1]]
                if (word in _POSTPOSITIONS or _fold_token(word) in _function_words()
                        or not DEVANAGARI_RUN.fullmatch(word)):  # fmt: skip
                    continue
                j = k - 1
            start, end = toks[j][0], toks[k - 1][1]
            inside = [m for m in out if m.start < end and start < m.end]
            if inside:
                m = inside[0]
                if (len(inside) == 1 and m.label != "PERSON" and m.source == "model" and m.kb_id is None
                        and (m.start, m.end) == (start, end)):  # fmt: skip
                    m.label = "PERSON"
                continue
            out.append(Mention(start, end, "PERSON", "context"))
        out.sort(key=lambda x: x.start)
        return out

    @staticmethod
    def _cut_after_title(cue: int, start: int, end: int, m: Mention) -> bool:
        """Whether the name read over a name after a title is that name cut short or misread:
        a person within the title and the name, shorter than the name ("इंस्पेक्टर राकेश" or
        "राकेश" where "इंस्पेक्टर राकेश यादव ने" was written), or a place the model read over
        the name alone or with its title ("प्रवक्ता वेदांत पटेल ने": a spokesman is a person).
        """
        if m.label in ("LOC", "ORG") and m.source == "model" and m.kb_id is None:
            # an office before a name makes it a person, not a body ("एसएसपी चंदन सिन्हा को"), nor a place
            # read over its surname ("विदेश मंत्री जेए [रोमे],"), nor a body or a place read from a demonym
            # before the office over the name ("[अमेरिकी डिप्लोमैट ... फारवेल] को"), or over part of it only
            # ("[अमेरिकी आतंकी <first> <middle>] <surname> से")
            if m.start < cue and start < m.end < end:
                return True
            return (m.start in (cue, start) or (m.label == "LOC" and start < m.start)
                    or m.start < cue) and m.end == end
        return m.label == "PERSON" and cue <= m.start and m.end <= end and m.end - max(m.start, start) < end - start

    def _same_person(self, name: str, kb_id: str | None) -> str | None:
        """``kb_id`` when ``name`` is a spelling of that listed person's full name (not another
        person of the same surname: "पाओलो रेंज़ी" is not Matteo Renzi), else None.
        """
        ent = self.kb.entities.get(kb_id or "")
        if ent is None:
            return None
        full = [n for n in ent.names() if len(n.split()) >= 2]
        if len(name.split()) < 2 or not full or max(match_score(name, n) for n in full) >= 0.55:
            return kb_id
        return None

    def _model_name_around(self, text: str, m: Mention, inside: list[Mention]) -> bool:
        """Whether a model ORG/LOC strictly contains knowledge-base places and is itself a name:
        a few words, no postposition (so ``चीन के रक्षा मंत्री`` never wins over ``चीन``), a
        word besides the places (``अरुणाचल भारत`` is two places), and none of the model's
        everyday words that never stand in a name (``छोड़कर दिल्ली``).
        """
        if m.label not in ("ORG", "LOC") or m.source != "model":
            return False
        if not all(r.label in ("GPE", "LOC") and m.start <= r.start and r.end <= m.end for r in inside):
            return False
        if sum(r.end - r.start for r in inside) >= m.end - m.start:
            return False
        left = list(text[m.start : m.end])
        for r in inside:
            left[r.start - m.start : r.end - m.start] = " " * (r.end - r.start)
        if not _WORD_CHAR.search("".join(left)):
            return False  # two listed names side by side ("नई दिल्ली एशिया में"), no name around them
        if all(_fold_token(w) in _rank_words() for w in "".join(left).split()):
            return False  # "पूर्व पाकिस्तान कप्तान": a rank before an office, the place is the place alone
        if all(w.lower() in _latin_place_heads() for w in "".join(left).split()):
            return False  # "[Kholbung area]": the head says what the name is and is no part of it
        if all(search_fold(w) in _surnames() for w in "".join(left).split()):
            return False  # "[राणा काठमांडू] लौटीं": a person's surname beside the place, no name around it
        words = text[m.start : m.end].split()
        return len(words) <= 5 and not any(w in _POSTPOSITIONS or w in self._common for w in words)

    def _strip_title(self, text: str, m: Mention) -> None:
        """Move titles at the start of a name out of it; note a title just before it.

        The clean text and the titles are normalised the same way, so titles are compared as
        written and the offsets are exact.
        """
        if m.label != "PERSON":
            return
        while True:
            surface = text[m.start : m.end]
            title = next((t for t in _TITLES_BY_FIRST.get(surface[:1], ()) if _starts_with_title(surface, t)), None)
            if title is None:
                # an office the model read into the name ("पीएम मोदी"): a word a name follows
                # (name_cues.tsv) is never part of one, and the linker reads it before the name
                word = surface.split(maxsplit=1)[0] if surface.strip() else ""
                if not word or _fold_token(word) not in _CONTEXT_TITLES or not surface.startswith(word + " "):
                    break
                title = word
            rest = len(surface) - len(surface[len(title) :].lstrip())
            if rest >= len(surface):  # nothing but the title: leave the span alone
                break
            if m.title_start < 0:
                m.title_start = m.start
            m.title_end = m.start + len(title)
            m.start += rest
        if m.title_start < 0:
            before = text[max(0, m.start - 40) : m.start].rstrip()
            end = m.start - (len(text[max(0, m.start - 40) : m.start]) - len(before))
            for t in _TITLES_BY_LAST.get(before[-1:], ()):
                start = end - len(t)
                if before.endswith(t) and (start == 0 or not _word_char(text[start - 1])):
                    m.title_start, m.title_end = start, end
                    break

    def _link_loc(self, text: str, m: Mention) -> None:
        surface = text[m.start : m.end]
        hits = self.kb.lookup(surface)
        if not hits:
            # "पूर्वी अफ़ग़ानिस्तान", "eastern Afghanistan": a part of a listed country is linked to it
            first, _, rest = surface.partition(" ")
            noun = _directions().get(_fold_token(first)) if rest else None
            if noun is not None:
                # a part of a country is linked to it; a part of a region or city keeps a name of its
                # own ("पूर्वी लद्दाख", Eastern Ladakh, is a sector of the border, not all of Ladakh)
                hits = (self.kb.lookup(f"{noun} {rest}") if noun else []) or [
                    h for h in self.kb.lookup(rest) if h.kind == "country"]
        if hits:
            m.kb_id, m.label = hits[0].id, hits[0].label


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """Every language's rank words before an office (``lang/<code>/words.tsv``, ``rank_adjective``:
    "पूर्व", "वरिष्ठ"), folded: none of them makes a place's name with the place after it.
    """
    from .lexicon import words_of

    return frozenset(_fold_token(w) for w in words_of("rank_adjective"))


def _names_government(text: str, m: Mention, inside: list[Mention]) -> bool:
    """Whether the model's ORG ``m`` is one listed place or country and a word for a government after it
    (``<country> सरकार``, ``<state> हुकूमत``): the government named by its place.
    """
    if m.label != "ORG" or m.source != "model" or len(inside) != 1:
        return False
    r = inside[0]
    if r.label != "GPE" or r.start != m.start or r.end >= m.end:
        return False
    rest = text[r.end : m.end].split()
    return len(rest) == 1 and _fold_token(rest[0]) in _government_words()


# the word right after a name on its line: spaces only before it, up to a space or a mark of punctuation
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\s।॥,.!?;:'\"“”‘’()\[\]{}<>/|-]+)")


def _mark_governments(text: str, mentions: list[Mention]) -> None:
    """Give a place named as its government (a GPE right before a word for a government: ``<country> सरकार``,
    ``<state> हुकूमत``) the source ``government``: the mention is the place's (docs/entities-gold.md), and
    the source tells schemes that mark the whole phrase an organisation (IL-NER, :func:`government_phrase`)
    and the stories stage, which counts the government apart from its place.
    """
    for m in mentions:
        if m.label == "GPE" and government_phrase(text, m, always=True) != (m.start, m.end):
            m.source = "government"


def government_phrase(text: str, m: Mention, always: bool = False) -> tuple[int, int]:
    """The span of the whole phrase a ``government`` mention stands in (``<country> सरकार``: the place and
    the word for a government after it), for schemes that mark the phrase an organisation (IL-NER);
    the mention's own span for any other mention (``always``: for any mention right before such a word).
    """
    if m.source != "government" and not always:
        return m.start, m.end
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or _fold_token(nxt.group(1)) not in _government_words():
        return m.start, m.end
    return m.start, nxt.end(1)


@lru_cache(maxsize=1)
def _government_words() -> frozenset[str]:
    """Every language's one-word names for a government (``lang/<code>/agents.tsv``, GOV rows glossed
    "government": "सरकार", "हुकूमत"), folded: after a place they name that place's government, and the
    mention is the place's alone ("<country> सरकार ने", as docs/entities-gold.md marks it).
    """
    return frozenset(_fold_token(r[0]) for r in every_language_rows("agents.tsv")
                     if len(r) > 3 and r[1] == "GOV" and " " not in r[0] and r[3].startswith("government"))


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    """Every language's direction words (``lang/<code>/directions.tsv``), folded, each with its
    noun form as written ("" when it has none).
    """
    from .lexicon import every_language_rows

    return {
        _fold_token(r[0]): (r[1] if len(r) > 1 and r[1] != "-" else "")
        for r in every_language_rows("directions.tsv")
        if r
    }


_SLASH = re.compile(r"\s*/\s*")


def _slash_parts(text: str, ents: list[tuple[int, int, str]], base: int) -> Iterator[tuple[int, int, str]]:
    """The model's names as offsets in ``text``, one read across a slash cut into its parts: a slash
    stands between two names ("बलिया/ उत्तर प्रदेश" in a dateline, "भारत/पाकिस्तान"), never inside one.
    """
    for s, e, label in ents:
        s, e = base + s, base + e
        for cut in list(_SLASH.finditer(text, s, e)):
            if cut.start() > s:
                yield s, cut.start(), label
            s = cut.end()
        if s < e:
            yield s, e, label


def _trim_time_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A model span without the day, month or "today" words at its edges: the model sometimes
    runs a name on into the date after it (``<name> बुधवार को``), which would hide the date
    from the time stage and the name from the knowledge base. Brackets, quotes and separators at
    the edges go too.
    """
    words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", text[start:end])]
    while words and _time_word(text[words[-1][0] : words[-1][1]]):
        words.pop()
    while words and _time_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    if not words:
        return start, start
    start, end = words[0][0], words[-1][1]
    # nor the punctuation that opens or closes what follows or precedes it: the model sometimes
    # takes the bracket before an acronym ("<name> (ABC)") into the name
    while end > start and (text[end - 1] in _OPENERS_AND_SEPARATORS or text[end - 1].isspace()
                           or (text[end - 1] in _PAIRS and text.count(_PAIRS[text[end - 1]], start, end) == 0)):
        end -= 1  # a bracket closed after the name, not in it ("<acronym> )")
    while end > start and (text[start] in _CLOSERS_AND_SEPARATORS or text[start].isspace()):
        start += 1
    return start, end


# punctuation a name never ends with (openers, separators) or begins with (closers, separators)
_OPENERS_AND_SEPARATORS = frozenset("([{<“‘«,;:|/–—-")
_CLOSERS_AND_SEPARATORS = frozenset(")]}>”’»,;:|/–—-")
_PAIRS = {")": "(", "]": "[", "}": "{"}  # a closing bracket and the one that opens it


# a capitalised Latin word ("Zhaohui", "O'Brien", "S."), and one that can be part of a name after a cue
_LATIN_CAPITALISED = re.compile(r"[A-Z][A-Za-z'’-]*\.?")
# a preposition of place (lang/*/name_heads.tsv, preposition), then one or two capitalised words ending where
# the search ends (the comma before a listed place)
_PLACE_PREPOSITION_WORDS = [r[0] for r in every_language_rows("name_heads.tsv") if len(r) > 2 and r[2] == "preposition"]
_PLACE_PREPOSITIONS = re.compile(
    r"(?<![\w-])(?:" + ("|".join(re.escape(w) for w in _PLACE_PREPOSITION_WORDS) or r"(?!)")
    + r")\s+([A-Z][A-Za-z'’-]*(?:\s[A-Z][A-Za-z'’-]*)?)$"
)


def _hyphened_closer_at(text: str, at: int) -> bool:
    """Whether a particle closer written with a hyphen (``बार-बार``: not_names.tsv ``particle_closer``) stands at
    ``at`` as a whole word, which the model's tokenizer reads as three tokens.
    """
    return any(text.startswith(w, at) and not _word_char(text[at + len(w) : at + len(w) + 1] or " ")
               for w in _HYPHENED_CLOSERS)  # fmt: skip


def _latin_name_word(word: str) -> bool:
    """A capitalised Latin word that is not a cue, a function word, a day or an everyday word
    ("Office"): a word of a name after a cue ("Lu", "Kang").
    """
    key = _fold_token(word)
    return (_LATIN_CAPITALISED.fullmatch(word) is not None and key not in _CONTEXT_TITLES
            and word.lower() not in _EN_FUNCTION_WORDS and key not in _TIME_WORDS and key not in MONTHS
            and key not in _EVERYDAY)


def _time_word(word: str) -> bool:
    w = _fold_token(word)
    return w in MONTHS or w in _TIME_WORDS


def _word_char(ch: str) -> bool:
    """A letter, digit or combining sign (Devanagari vowel signs are marks, not letters)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _starts_with_title(surface: str, title: str) -> bool:
    """``title`` opens ``surface`` as a word of its own (``डॉ.`` may be glued: ``डॉ.राम``)."""
    if not surface.startswith(title) or len(surface) == len(title):
        return False
    return title.endswith(".") or surface[len(title)].isspace()


def _ents_from_array(rows: list[list[int]], strings: Any) -> Iterator[tuple[int, int, str]]:
    """Entity character spans from rows of (IDX, LENGTH, IS_SPACE, ENT_IOB, ENT_TYPE);
    ENT_IOB is 3 for B, 1 for I, 2 for O.
    """
    start = end = -1
    label = ""
    for idx, length, _, iob, etype in rows:
        if iob == 3 or (iob == 1 and start < 0):
            if start >= 0:
                yield start, end, label
            start, end, label = idx, idx + length, strings[etype]
        elif iob == 1:
            end = idx + length
        else:
            if start >= 0:
                yield start, end, label
            start = -1
    if start >= 0:
        yield start, end, label


def _leaves(model: Any) -> list[Any]:
    """A thinc model's leaf layers, in the order they run (``walk`` goes breadth first)."""
    return [leaf for layer in model.layers for leaf in _leaves(layer)] if model.layers else [model]


class _Tok2Vec:
    """The NER's token vectors (spaCy's ``MultiHashEmbed`` and ``MaxoutWindowEncoder`` with a
    ``Linear`` on top) for a batch of docs, in numpy without thinc's layer machinery.

    thinc's ``predict`` runs each layer through its training path (a backprop closure per layer,
    ragged and list conversions) and sums the hashed embedding rows and takes the maxout in loops
    of its own; about a sixth of the layers' time here went there. This takes the same operations
    in the same order (the products through the same ``gemm``, rows summed one table row after
    another from the first, the first of the largest pieces, the same layer norm expressions,
    padding and windows through thinc's own ``flatten`` and ``seq2col``), so the vectors are
    equal bit for bit (``tests/test_entities.py`` compares the two).
    """

    def __init__(self, tok2vec: Any) -> None:
        inner, _, linear = tok2vec.layers
        self.ops = linear.ops
        leaves = _leaves(inner)
        self.columns = leaves[0].attrs["columns"]
        getitems = [m for m in leaves if m.name == "ints-getitem"]
        hashes = [m for m in leaves if m.name == "hashembed"]
        self.tables = [
            (g.attrs["index"], h.attrs["seed"], h.get_param("E")) for g, h in zip(getitems, hashes, strict=True)
        ]
        maxouts = [self._maxout(m) for m in leaves if m.name == "maxout"]
        norms = [(m.get_param("G"), m.get_param("b")) for m in leaves if m.name == "layernorm"]
        self.mix = (maxouts[0], norms[0])
        self.blocks = list(zip(maxouts[1:], norms[1:], strict=True))
        self.window = next(m for m in leaves if m.name == "expand_window").attrs["window_size"]
        self.pad = next(m for m in inner.walk() if m.name.startswith("with_array(residual")).attrs["pad"]
        self.linear = (linear.get_param("W"), linear.get_param("b"))
        # what the first layers (embedding, maxout, layer norm) give a token: a function of its
        # features alone, remembered by its ORTH for up to MIX_REMEMBERED words (their features kept
        # beside it and compared, so a token whose features differ is computed afresh)
        self._mix_slot: dict[int, int] = {}
        self._mix_feats: Any = None
        self._mix_out: Any = None
        self._mix_lock = threading.Lock()

    # the layers it reproduces, leaf by leaf: anything else keeps thinc's own predict
    _EMBED = ("ints-getitem", "hashembed")
    _BLOCK = ("expand_window", "maxout", "layernorm", "dropout")

    @classmethod
    def for_model(cls, tok2vec: Any) -> _Tok2Vec | None:
        """The fast path for ``tok2vec`` (the NER's first layer), or None when its layers are not
        the ones this reproduces.
        """
        from thinc.api import NumpyOps

        try:
            inner, to_array, linear = tok2vec.layers
            names = [m.name for m in _leaves(inner)]
            n_embed = names.count("hashembed")
            n_block = names.count("expand_window")
            want = ["extract_features", "list2ragged", *cls._EMBED * n_embed, "maxout", "layernorm", "dropout",
                    "ragged2list", *cls._BLOCK * n_block]  # fmt: skip
            residual = [m for m in inner.walk() if m.name == f"residual({'>>'.join(cls._BLOCK)})"]
            ok = (
                names == want
                and n_embed >= 1
                and n_block >= 1
                and len(residual) == n_block
                and (to_array.name, linear.name) == ("list2array", "linear")
                and all(isinstance(m.ops, NumpyOps) for m in tok2vec.walk())
            )
        except (AttributeError, ValueError):
            return None
        return cls(tok2vec) if ok else None

    @staticmethod
    def _maxout(layer: Any) -> tuple[Any, Any, int, int]:
        """A maxout layer's weights and bias with its rows grouped by piece (all units' first
        pieces, then their second ones...), so each piece is a block of adjacent columns: a row's
        product is the same whichever place it has, and the maximum runs over contiguous blocks.
        """
        import numpy as np

        n_o, n_p, n_i = layer.get_dim("nO"), layer.get_dim("nP"), layer.get_dim("nI")
        weights = np.ascontiguousarray(layer.get_param("W").reshape(n_o, n_p, n_i).transpose(1, 0, 2))
        bias = np.ascontiguousarray(layer.get_param("b").reshape(n_o, n_p).T)
        return weights.reshape(n_p * n_o, n_i), bias.reshape(n_p * n_o), n_o, n_p

    def _maxout_forward(self, x: Any, layer: tuple[Any, Any, int, int]) -> Any:
        weights, bias, n_o, n_p = layer
        y = self.ops.gemm(x, weights, trans2=True)
        y += bias
        return self._best_piece(y, n_o, n_p)

    @staticmethod
    def _best_piece(y: Any, n_o: int, n_p: int) -> Any:
        """Each unit's largest piece, ``y`` holding the pieces in blocks of ``n_o`` columns; the
        first of the largest where they tie, a later piece only where strictly larger (thinc's
        ``maxout``: +0 before -0, a NaN kept first and skipped after).
        """
        import numpy as np

        best = np.maximum(y[:, :n_o], y[:, n_o : 2 * n_o])
        for k in range(2, n_p):
            np.maximum(best, y[:, k * n_o : (k + 1) * n_o], out=best)
        if best.all() and np.isfinite(best).all():
            return best  # no zero or NaN, where np.maximum might pick another piece than thinc
        best = y[:, :n_o].copy()
        for k in range(1, n_p):
            piece = y[:, k * n_o : (k + 1) * n_o]
            np.copyto(best, piece, where=piece > best)
        return best

    @staticmethod
    def _layernorm(x: Any, layer: tuple[Any, Any]) -> Any:
        gain, bias = layer
        mu = x.mean(axis=1, keepdims=True)
        var = x.var(axis=1, keepdims=True) + 1e-08
        y = (x - mu) * var ** (-1.0 / 2.0) * gain
        y += bias
        return y

    MIX_REMEMBERED = 32768  # words (about 9 MB: 64 floats and 4 features each)

    def _mix(self, ids: Any) -> Any:
        """The first layers for rows of token features: the hashed embeddings summed, the maxout
        over them and its layer norm. Each row's result is the same computed alone or with others.
        """
        import numpy as np

        ops = self.ops
        embedded = []
        for index, seed, table in self.tables:
            keys = ops.hash(ops.as_contig(ids[index]), seed) % table.shape[0]
            rows = table[keys[:, 0]]
            for k in range(1, keys.shape[1]):
                rows += table[keys[:, k]]
            embedded.append(rows)
        return self._layernorm(self._maxout_forward(np.hstack(embedded), self.mix[0]), self.mix[1])

    def _mix_remembered(self, ids: Any, orth: Any) -> Any:
        """:meth:`_mix` of ``ids`` (a row of features per token), read where a token of the same
        ORTH and the same features was computed before, computed (and remembered) where not.

        The remembered rows are shared by every thread that uses this recognizer (``recognizer()`` is
        one per process): a lock covers the reading of the rows and the taking of new slots, and a slot
        is published only once its rows are written. The layers themselves run outside it.
        """
        import numpy as np

        with self._mix_lock:
            get = self._mix_slot.get
            slots = np.array([get(o, -1) for o in orth.tolist()], np.intp)
            known = np.nonzero(slots >= 0)[0]
            if len(known):  # the same word with other features (a tokenizer exception's NORM): afresh
                same = (self._mix_feats[slots[known]] == ids[known]).all(axis=1)
                slots[known[~same]] = -1
                known = known[same]
            remembered = self._mix_out[slots[known]] if len(known) else None
        fresh = np.nonzero(slots < 0)[0]
        if remembered is None:
            x = self._mix(ids)
        else:
            x = np.empty((len(ids), remembered.shape[1]), np.float32)
            x[known] = remembered
            if len(fresh):
                x[fresh] = self._mix(ids[fresh])
        if len(fresh) and len(self._mix_slot) < self.MIX_REMEMBERED:
            with self._mix_lock:
                if self._mix_out is None:
                    self._mix_out = np.empty((self.MIX_REMEMBERED, x.shape[1]), np.float32)
                    self._mix_feats = np.empty((self.MIX_REMEMBERED, ids.shape[1]), ids.dtype)
                for i, word in zip(fresh.tolist(), orth[fresh].tolist(), strict=True):
                    n = len(self._mix_slot)
                    if n >= self.MIX_REMEMBERED:
                        break
                    if word not in self._mix_slot:
                        self._mix_feats[n] = ids[i]
                        self._mix_out[n] = x[i]
                        self._mix_slot[word] = n  # published last: a reader sees the slot's rows written
        return x

    def predict(self, docs: list[Any]) -> Any:
        """One vector per token of ``docs``, all docs' tokens in one array (thinc's ``predict``)."""
        import numpy as np

        ops = self.ops
        feats = [ops.asarray2i(doc.to_array([*self.columns, "ORTH"]), dtype="uint64") for doc in docs]
        lengths = np.array([len(f) for f in feats], "i")
        both = np.concatenate(feats)
        x = self._mix_remembered(np.ascontiguousarray(both[:, :-1]), both[:, -1])
        # each doc between zero rows as wide as the encoder's reach, so no window crosses docs
        flat = ops.flatten(ops.unflatten(x, lengths), pad=self.pad)
        for maxout, norm in self.blocks:
            flat = flat + self._layernorm(self._maxout_forward(ops.seq2col(flat, self.window), maxout), norm)
        x = ops.flatten(ops.unflatten(flat, lengths, pad=self.pad))
        weights, bias = self.linear
        y = ops.gemm(x, weights, trans2=True)
        y += bias
        return y


class _GreedyNER:
    """spaCy's greedy decoding of its transition-based NER, for a whole batch of texts at once.

    spaCy walks the states of a batch in C, but pays a BLAS call for each of the three features
    of each state at each token, which cost about as much as the model's own layers here. This
    takes the same steps with one numpy operation over every state of the batch at a time: the
    same precomputed feature rows summed in the same order, the same maxout, the upper layer
    through the same BLAS (thinc's ``gemm``), and the same rules for which move is valid (those
    of ``spacy/pipeline/_parser_internals/ner.pyx`` for texts with no preset entities), so the
    names it reads are the same (``tests/test_entities.py`` compares the two).
    """

    # moves, as spaCy names them: "B-LOC", "I-LOC", "L-LOC", "U-LOC", "O" (and "M", "U-": never valid here)
    _BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5
    TOK2VEC_BATCH = 64

    def __init__(self, ner: Any) -> None:
        import numpy as np

        self.tok2vec, self.lower, self.upper = ner.model.layers
        self.ops = self.upper.ops
        self.fast_tok2vec = _Tok2Vec.for_model(self.tok2vec)
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.labels = ["", *sorted({n.split("-", 1)[1] for n in names if "-" in n} - {""})]
        kinds = {"B": self._BEGIN, "I": self._IN, "L": self._LAST, "U": self._UNIT}
        move = np.zeros(len(names), "i")
        label = np.zeros(len(names), "i")
        for i, name in enumerate(names):
            kind, _, lab = name.partition("-")
            if name == "O":
                move[i] = self._OUT
            elif kind in kinds and lab:
                move[i], label[i] = kinds[kind], self.labels.index(lab)
        self.move, self.label = move, label
        # the moves valid in each kind of state, one row each: a state with no open name, by whether
        # its token is a space and whether a name may begin there (rows 0-3); a state inside a name,
        # by the name's label and whether the name may go on past the token (rows 4 + 2 * label + 0/1)
        table = np.zeros((4 + 2 * len(self.labels), len(names)), bool)
        for space in (0, 1):
            for begin in (0, 1):
                table[2 * space + begin] = (move == self._OUT) | (
                    (not space) & ((move == self._UNIT) | (bool(begin) & (move == self._BEGIN)))
                )
        for lab_id in range(1, len(self.labels)):
            for go_on in (0, 1):
                table[4 + 2 * lab_id + go_on] = (label == lab_id) & (
                    (move == self._LAST) | (bool(go_on) & (move == self._IN))
                )
        self.table = table

    @classmethod
    def for_pipeline(cls, nlp: Any) -> _GreedyNER | None:
        """A decoder for ``nlp``'s NER, or None when the pipeline is not one it reproduces (more
        pipes than the NER, a beam, no maxout or upper layer, other state features, a GPU).
        """
        from thinc.api import NumpyOps

        if list(nlp.pipe_names) != ["ner"]:
            return None
        ner = nlp.get_pipe("ner")
        model: Any = getattr(ner, "model", None)
        try:
            ok = (
                ner.cfg.get("beam_width", 1) == 1
                and len(model.layers) == 3
                and model.attrs.get("has_upper")
                and model.layers[1].get_dim("nF") == 3
                and model.layers[1].get_dim("nP") >= 2
                and isinstance(model.layers[2].ops, NumpyOps)
                and type(ner.moves).__name__ == "BiluoPushDown"
            )
        except (AttributeError, KeyError, ValueError):  # thinc raises ValueError for a missing dim
            return None
        return cls(ner) if ok else None

    def __call__(self, docs: list[Any], arrays: list[Any]) -> list[list[tuple[int, int, str]]]:
        """The names in each of ``docs`` (fresh from the tokenizer), as (first token, token after
        the last, label); ``arrays`` holds each doc's rows of (IDX, LENGTH, IS_SPACE, SENT_START).
        """
        import numpy as np

        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        lens = np.array([len(d) for d in docs], "i")
        if not lens.any():
            return out
        # the token vectors a few docs at a time (each token's vector is the same in any batch, and
        # the layers' activations of 64 docs stay in the cache: about a quarter faster than 256 here)
        parts = [docs[i : i + self.TOK2VEC_BATCH] for i in range(0, len(docs), self.TOK2VEC_BATCH)]
        tok2vec = self.fast_tok2vec.predict if self.fast_tok2vec is not None else self.tok2vec.predict
        tokvecs = np.concatenate([tok2vec(p) for p in parts if any(len(d) for d in p)])
        # the lower layer's three features (spaCy's PrecomputableAffine): this token's for every
        # token, but the open name's first token's and the token before's only where a name is
        # open, computed as the decoding reaches them (most tokens are in no name); each row's
        # product is the same computed alone or with all the others (the same gemm)
        n_f, n_o, n_p, n_i = self.lower.get_param("W").shape
        width = n_o * n_p
        lower_w = self.lower.get_param("W").reshape(n_f, width, n_i)
        pad = self.lower.get_param("pad").reshape(n_f, width)
        this_token = self.ops.gemm(tokvecs, lower_w[0], trans2=True)
        name_w = lower_w[1:].reshape((n_f - 1) * width, n_i)
        rows = len(tokvecs) + 1
        bias = self.lower.get_param("b").reshape(width)
        weights, upper_bias = self.upper.get_param("W"), self.upper.get_param("b")
        offs = np.zeros(len(docs), "i")
        offs[1:] = np.cumsum(lens)[:-1]
        space = np.zeros(rows, bool)  # by token, over the whole batch
        next_starts = np.zeros(rows, bool)  # the token after starts a sentence
        for arr, off, n in zip(arrays, offs, lens, strict=True):
            if n:
                space[off : off + n] = arr[:, 2] != 0
                next_starts[off : off + n - 1] = arr[1:, 3] == 1
        active = np.nonzero(lens > 0)[0]
        is_open = np.zeros(len(active), bool)
        open_label = np.zeros(len(active), "i")
        open_start = np.zeros(len(active), "i")
        # an open name's first token's feature, and the feature of the token each state just read
        first_of_name = np.zeros((len(active), width), "f")
        token_before = np.zeros((len(active), width), "f")
        never = np.float32(-np.inf)

        def upper(hidden: Any) -> Any:
            """The scores of the moves from rows of summed features: the maxout, then the upper layer."""
            pieces = hidden.reshape(len(hidden), n_o, n_p)
            best = pieces[:, :, 0]
            for k in range(1, n_p):
                best = np.maximum(best, pieces[:, :, k])
            scores = self.ops.gemm(np.ascontiguousarray(best), weights, trans2=True)
            scores += upper_bias
            return scores

        # a state with no open name (most states at most steps) has the padding rows for the open name's first
        # token and the token before: its scores depend on its token alone, so they are worked out for every
        # token at once before the loop, the same sums in the same order (summed from zero, as spaCy does) and
        # each row's product the same in any batch; the loop works out only the states inside a name
        closed_scores = np.empty((len(this_token), len(upper_bias)), "f")
        for lo in range(0, len(this_token), 2048):  # (a slice at a time: its sums stay in the cache)
            closed = this_token[lo : lo + 2048] + np.float32(0.0)
            closed += pad[1]
            closed += pad[2]
            closed += bias
            closed_scores[lo : lo + 2048] = upper(closed)
        t = 0  # every move reads one token: at step t each state is at its doc's token t
        while len(active):
            b0 = offs[active] + t
            scores = closed_scores[b0]
            inside = np.nonzero(is_open)[0]
            if len(inside):
                # the features: this token, the open name's first token, the token before this one
                hidden = this_token[b0[inside]] + np.float32(0.0)
                hidden += first_of_name[inside]
                hidden += token_before[inside]
                hidden += bias
                scores[inside] = upper(hidden)
            may_go_on = (lens[active] - t >= 2) & ~next_starts[b0]
            state = np.where(is_open, 4 + 2 * open_label + may_go_on, 2 * space[b0] + may_go_on)
            guess = np.where(self.table[state], scores, never).argmax(axis=1)
            move, label = self.move[guess], self.label[guess]
            for i in np.nonzero((move == self._LAST) | (move == self._UNIT))[0]:
                doc = active[i]
                if move[i] == self._LAST:
                    out[doc].append((int(open_start[i] - offs[doc]), t + 1, self.labels[open_label[i]]))
                else:
                    out[doc].append((t, t + 1, self.labels[label[i]]))
            begin = move == self._BEGIN
            is_open = begin | (is_open & (move != self._LAST))
            open_label = np.where(begin, label, open_label)
            open_start = np.where(begin, b0, open_start)
            inside = np.nonzero(is_open)[0]
            if len(inside):  # the features the next step reads of the tokens just read
                feats = self.ops.gemm(tokvecs[b0[inside]], name_w, trans2=True)
                token_before[inside] = feats[:, width:]
                starts = begin[inside]
                first_of_name[inside[starts]] = feats[starts, :width]
            t += 1
            going = lens[active] > t
            if not going.all():
                active, is_open = active[going], is_open[going]
                open_label, open_start = open_label[going], open_start[going]
                first_of_name, token_before = first_of_name[going], token_before[going]
        return out


def _names_over(head: Mention, inner: Mention) -> bool:
    """Whether a name its head word makes a ship, a named event or a body (``आईएनएस कोलकाता``,
    ``ऑपरेशन सिंदूर``, ``असम रेजीमेंट``) or a facility opening with a place holds a place name inside
    it, which it then replaces;
    a named event also replaces the body it is named after (``ब्रिक्स शिखर सम्मेलन``).
    """
    # a facility only over the place its name opens with ("दिल्ली पुलिस मुख्यालय"), not over a listed
    # facility or after a word before the place ("जेट लेह एयरबेस")
    if head.label == "FAC":
        return (head.source == "pattern" and inner.label in ("GPE", "LOC") and head.start == inner.start
                and inner.end < head.end)  # fmt: skip
    # a place named after a listed place by a head word ("Greater Toronto Area") is another place, a
    # body's part named after a listed body ("कांग्रेस कार्य समिति") another body
    if head.source == "headed":
        if head.label == "ORG":
            return inner.label in ("ORG", "GPE", "LOC") and head.start == inner.start and inner.end < head.end
        return inner.label in ("GPE", "LOC") and head.start <= inner.start and inner.end < head.end
    return (head.source in ("pattern", "fallback") and head.label in ("WEAPON", "EVENT", "ORG", "TREATY")
            and (inner.label in ("GPE", "LOC", "FAC") or (head.label in ("EVENT", "TREATY") and inner.label == "ORG"))
            and head.start <= inner.start and inner.end <= head.end
            and (head.start, head.end) != (inner.start, inner.end))


def _joined_fields_over(text: str, m: Mention, model: list[Mention]) -> bool:
    """Whether ``m``, a department's or ministry's name whose fields a conjunction joins ("पेयजल और स्वच्छता
    विभाग"), holds every model name it overlaps as its own last fields and head: the model read the name
    from its second field ("[सूचना प्रौद्योगिकी मंत्रालय]"), the whole is the body.
    """
    if m.label != "ORG" or not set(text[m.start : m.end].split()) & _FIELD_JOINERS:
        return False
    over = [o for o in model if o.start < m.end and m.start < o.end]
    return all(o.label == "ORG" and m.start < o.start and o.end == m.end for o in over)


def _initial_word(word: str) -> bool:
    """Whether ``word`` is a person's initial or initials: Latin letters' names or single letters, each with or
    without a full stop ("बी.डी", "पी", "वी.", "K.").
    """
    from .names import LETTER_NAMES

    parts = [p for p in word.split(".") if p]
    return bool(parts) and all(p in LETTER_NAMES or (len(p) == 1 and p.isalpha()) for p in parts)


def _joined_person_pieces(text: str, mentions: list[Mention]) -> list[Mention]:
    """One person's name read as two person names side by side: after initials, across the full stop that ends
    them ("[एम . पी] . [<surname>]", "[बी.डी]. [<surname>]"); across a space alone after one word ("[<given>]
    [<surname>]"; after two the second name is often the first's genitive, "[<given> <surname>] [<given> <surname>]
    के करीबी"); or across one word of ``surnames.tsv`` between ("[<given>] दास [<surname>]"). Neither piece
    listed in the knowledge base, five words at most in all.
    """
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    drop: set[int] = set()
    out = list(mentions)
    for a, b in pairwise(people):
        if id(a) in drop or a.kb_id or b.kb_id or b.start < a.end:
            continue
        gap = text[a.end : b.start]
        words = text[a.start : a.end].split()
        if re.fullmatch(r"\s*\.\s*", gap):
            if not words or not _initial_word(words[-1]):
                continue
        elif gap == " ":
            named = [w for w in words if normalize(w) not in _TITLES_NORM and _fold_token(w) not in _CONTEXT_TITLES]
            if len(named) != 1:
                continue  # "[<given> <surname>] [<given> <surname>] के ...": the second is the first's genitive
        elif not (re.fullmatch(r" \S+ ", gap) and search_fold(gap.strip()) in _surnames()):
            continue
        if len([w for w in text[a.start : b.end].split() if w.strip(".")]) > 5:
            continue
        joined = Mention(a.start, b.end, "PERSON", a.source)
        out = [m for m in out if m is not a and m is not b] + [joined]
        drop.add(id(b))
        people[people.index(b)] = joined
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _overlaps_any(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _spelled_after(text: str, m: Mention) -> bool:
    """Whether an acronym in brackets right after the Latin name ``m`` spells its words' initials
    ("Rapid Response Force (RRF)"): the name is all there, whatever the model read inside it.
    """
    hit = re.match(r" ?\(([A-Z]{2,7})\)", text[m.end : m.end + 12])
    words = [w for w in text[m.start : m.end].split() if w not in acronym_skipped()]
    return hit is not None and len(words) >= 2 and "".join(w[0] for w in words) == hit.group(1)


def _agreed(m: Mention, model: list[Mention]) -> bool:
    """Whether the model read a name over the listed name ``m``: one of its kind (GPE and LOC alike), or
    exactly its words.
    """
    family = {"GPE": "LOC"}
    kind = family.get(m.label, m.label)
    return any(o.start < m.end and m.start < o.end
               and ((o.start, o.end) == (m.start, m.end) or family.get(o.label, o.label) == kind)
               for o in model)  # fmt: skip


def _group(spans: list[Span], size: int) -> list[Span]:
    """Consecutive sentences joined into pieces of at most ``size`` characters; a longer
    sentence (a table, a list) is cut so the model's cost stays linear.
    """
    out: list[Span] = []
    cur: Span | None = None
    for sp in spans:
        s = sp.start
        while sp.end - s > size:
            if cur is not None:
                out.append(cur)
                cur = None
            out.append(Span(s, s + size))
            s += size
        piece = Span(s, sp.end)
        if piece.end <= piece.start:
            continue
        if cur is not None and piece.end - cur.start <= size:
            cur = Span(cur.start, piece.end)
        else:
            if cur is not None:
                out.append(cur)
            cur = piece
    if cur is not None:
        out.append(cur)
    return out


@lru_cache(maxsize=2)
def _shared_model(path: str) -> Any:
    """One loaded spaCy pipeline per model path and process."""
    return _load_spacy(path)


@lru_cache(maxsize=2)
def recognizer(ner_model: str = "", kb_dir: str = "") -> EntityRecognizer:
    """A shared recognizer for these settings."""
    return EntityRecognizer(Config.build(ner_model=ner_model, kb_dir=kb_dir))


# function words a capital letter does not make name words ("The" before "Airport")
_EN_FUNCTION_WORDS = frozenset(_words("not_names.tsv", "function"))


@lru_cache(maxsize=1)
def _name_heads() -> list[tuple[re.Pattern[str], str, str, str]]:
    """The head words of ``lang/*/name_heads.tsv`` as patterns, with their label, side and
    first word ("" for a Latin head: matched without regard to case, so no plain substring).
    """
    from .lexicon import LANG_DIR

    out = []
    for path in sorted(LANG_DIR.glob("*/name_heads.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            head, label, where = (c.strip() for c in line.split("\t"))
            if where in ("modifier", "scope", "scheme", "opener", "faction", "field", "kind", "number_word",
                         "acronym_head", "confirms", "confirms_before", "preposition", "of_head", "connector",
                         "tail_joiner"):
                # read by _head_words, _following_heads, _confirmed, _LOCALITY_NUMBER
                continue
            words = r"\s+".join(re.escape(w) for w in head.split())
            flags = re.IGNORECASE if head.isascii() else 0
            if where == "ending":  # a word that ends in the head ("प्रेमनगर"): two letters or more before it
                words = r"[" + DEVANAGARI_WORD + r"]{2,}" + words
            rx = re.compile((r"(?<![\w" + DEVANAGARI + r"])") + words + (r"(?![\w" + DEVANAGARI + r"])"), flags)
            out.append((rx, label, where, "" if flags else head.split()[0]))
    return out


# a run of the letters a head's pattern bounds a name word by (``_name_heads``: no such letter before or after)
_WORD_RUN = re.compile(r"[\w" + DEVANAGARI + r"]+")


def _head_hits(rx: re.Pattern[str], chunk: str, first: str, where: str) -> Iterator[re.Match[str]]:
    """Every match of a head's pattern in a piece, as ``rx.finditer`` gives them: looked for only where its
    first word stands when it has one (``_head_matches``); an ``ending`` head's pattern opens with the
    letters before that word, so it is scanned whole.
    """
    return _head_matches(rx, chunk, first) if first and where != "ending" else rx.finditer(chunk)


def _head_matches(rx: re.Pattern[str], chunk: str, first: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(chunk)`` for a head's pattern (``_name_heads``), which opens with its first word
    ``first`` as written (case and all): tried only where ``first`` stands (a plain substring search),
    not at every character of the piece; left to right, none overlapping the one before, as ``finditer``
    gives them (the look-behind before the word still sees the piece before it).
    """
    return _head_matches_at(rx, chunk, _found_at(chunk, first))


def _found_at(chunk: str, word: str) -> Iterator[int]:
    """Every place ``word`` stands in ``chunk`` (a plain substring search), left to right."""
    at = chunk.find(word)
    while at >= 0:
        yield at
        at = chunk.find(word, at + 1)


def _head_matches_at(rx: re.Pattern[str], chunk: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(chunk)`` for a head's pattern tried only at ``starts``, the places its first word stands
    (as a whole word of the piece where that word is all letters of ``_WORD_RUN`` and the pattern bounds it by
    word edges): left to right, none overlapping the one before, as ``finditer`` gives them.
    """
    end = 0
    for at in starts:
        if at >= end:
            m = rx.match(chunk, at)
            if m is not None:
                yield m
                end = m.end()


@lru_cache(maxsize=1)
def _name_heads_gated() -> list[tuple[re.Pattern[str], str, str, str, bool]]:
    """``_name_heads`` with, for each, whether its first word is all letters of ``_WORD_RUN``: such a
    head matches only where that word is a whole run of the piece.
    """
    return [(rx, label, where, first, bool(first) and where != "ending" and _WORD_RUN.fullmatch(first) is not None)
            for rx, label, where, first in _name_heads()]  # fmt: skip


@lru_cache(maxsize=1)
def _name_heads_by_word() -> tuple[dict[str, list[int]], list[int]]:
    """The places in ``_name_heads_gated`` of the heads that match only where their first word is a
    whole word of the piece, by that word; and the places of the others (Latin heads, heads opening
    with a mark), in order.
    """
    by_word: dict[str, list[int]] = {}
    others: list[int] = []
    for k, (_rx, _label, _where, first, whole) in enumerate(_name_heads_gated()):
        if first and whole:
            by_word.setdefault(first, []).append(k)
        else:
            others.append(k)
    return by_word, others


@lru_cache(maxsize=1)
def _unlatin_heads() -> list[int]:
    """The places of ``_name_heads_by_word``'s other heads less the Latin ones (those with no first word)."""
    heads = _name_heads_gated()
    return [k for k in _name_heads_by_word()[1] if heads[k][3]]


@lru_cache(maxsize=1)
def _head_phrases() -> frozenset[str]:
    """The heads of ``lang/*/name_heads.tsv`` of two words or more, folded (``हाई कोर्ट``): their first word
    before a shorter head (``कोर्ट``) is that longer head's, no name.
    """
    return frozenset(fold(r[0]) for r in every_language_rows("name_heads.tsv")
                     if len(r) > 2 and len(r[0].split()) > 1)  # fmt: skip


@lru_cache(maxsize=1)
def _confirming() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ``lang/*/name_heads.tsv`` that confirm a weak listed name right before them
    (``confirms``: "एक्स पर पोस्ट") or right after them (``confirms_before``: "posted on X"), a quote
    mark allowed between, as two patterns (one that never matches where a language lists none).
    """
    after: list[str] = []
    before: list[str] = []
    for cols in every_language_rows("name_heads.tsv"):
        if len(cols) > 2 and cols[2] in ("confirms", "confirms_before"):
            words = r"\s+".join(re.escape(w) for w in cols[0].split())
            (after if cols[2] == "confirms" else before).append(words)
    quote = r"[‘’“”\"']?"
    word = r"(?![\w" + DEVANAGARI + r"])"
    rx_after = (quote + r"\s+(?:" + "|".join(after) + r")" + word) if after else r"(?!)"
    rx_before = (r"(?<![\w" + DEVANAGARI + r"])(?:" + "|".join(before) + r")\s+" + quote + r"$") if before else r"(?!)"
    return re.compile(rx_after, re.IGNORECASE), re.compile(rx_before, re.IGNORECASE)


def _confirmed(text: str, m: Mention) -> bool:
    """Whether words of ``lang/*/name_heads.tsv`` (``confirms``, ``confirms_before``) next to the weak listed
    name ``m`` say it is that name ("एक्स पर पोस्ट में लिखा", "wrote on X"), where the model read no name.
    """
    after, before = _confirming()
    return after.match(text, m.end) is not None or before.search(text, max(0, m.start - 40), m.start) is not None





@lru_cache(maxsize=16)
def _head_words(position: str) -> frozenset[str]:
    """The words of ``lang/*/name_heads.tsv`` in one position (its third column), folded: ``scope``, the words
    that open a body's name before its head ("केंद्रीय", "राष्ट्रीय"); ``kind``, the kinds of school, college or
    hospital between a name and its head ("डिग्री", "मेडिकल": part of the name, never a name alone); ``field``,
    what a government department is named by ("स्वास्थ्य"); ``modifier``, the words between a named event's
    listed name and its head ("नेता", "Leaders"); ``faction``, the qualifiers in brackets that make a listed
    body another; ``opener``, the words that may open a name headed after a listed place ("Greater").
    """
    return frozenset(_fold_token(r[0]) for r in every_language_rows("name_heads.tsv")
                     if len(r) > 2 and r[2] == position)  # fmt: skip


@lru_cache(maxsize=1)
def _acronym_heads() -> dict[str, str]:
    """The one-word heads of a body's or a facility's name in ``lang/*/name_heads.tsv`` (rows ``before``,
    ``part``, ``department`` and ``acronym_head``, the last read only before an unlisted acronym in brackets),
    folded, to their label (``EntityRecognizer._expansion_label``).
    """
    out: dict[str, str] = {}
    for r in every_language_rows("name_heads.tsv"):
        if len(r) > 2 and r[0].split() and (r[2] == "acronym_head"
                                            or (r[1] in ("ORG", "FAC") and r[2] in ("before", "part", "department"))):
            out.setdefault(_fold_token(r[0].split()[-1]), r[1])
    return out


@lru_cache(maxsize=1)
def _body_heads() -> dict[str, str]:
    """The one-word heads of a body's or a facility's name that follow it (``lang/*/name_heads.tsv`` rows ``before``
    and ``part`` of ORG and FAC: ``कॉलेज``, ``विश्वविद्यालय``, ``अस्पताल``), folded, to their label.
    """
    out: dict[str, str] = {}
    for r in every_language_rows("name_heads.tsv"):
        if len(r) > 2 and len(r[0].split()) == 1 and r[1] in ("ORG", "FAC") and r[2] in ("before", "part"):
            out.setdefault(_fold_token(r[0]), r[1])
    return out


@lru_cache(maxsize=1)
def _latin_place_heads() -> frozenset[str]:
    """The Latin heads of ``lang/*/name_heads.tsv`` that say what the place named before them is and are no
    part of its name (``name``: "area", "village"), in lower case.
    """
    return frozenset(r[0].lower() for r in every_language_rows("name_heads.tsv")
                     if len(r) > 2 and r[2] == "name" and r[0].isascii())  # fmt: skip


@lru_cache(maxsize=1)
def _following_heads() -> frozenset[str]:
    """The one-word heads of ``lang/*/name_heads.tsv`` that follow the name they make a body, a place,
    a facility or a named campaign (``आयोग``, ``योजना``, ``जिले``), folded: a name they follow is no person's.
    """
    return frozenset(_fold_token(r[0]) for r in every_language_rows("name_heads.tsv")
                     if len(r) > 2 and " " not in r[0].strip()
                     and r[2] in ("before", "name", "name_of", "body", "place", "scheme", "part"))  # fmt: skip



def _factions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listed body's name followed by a qualifier in brackets that makes it another body
    (``lang/*/name_heads.tsv``, ``faction``: "संयुक्त किसान मोर्चा (अराजनैतिक)") is that other
    body: the mention takes in the brackets and loses its link, and a name inside them goes.
    """
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # a name inside the brackets just taken in
        if m.label == "ORG" and m.kb_id is not None:
            hit = _BRACKETED.match(text, m.end)
            if hit is not None and _fold_token(" ".join(hit.group(1).split())) in _head_words("faction"):
                m.end, m.kb_id, m.source = hit.end(), None, "pattern"
                skip_to = m.end
        out.append(m)
    return out


# one to four capitalised Latin words, a name written in Latin letters ("Rahul Gandhi")
_LATIN_NAME_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}")
# words that join two names ("रणविजय और शिवालिक"), after which a name has ended
_COORDINATORS = frozenset(words_of("coordinator"))
# a nickname in quotes right after a person's name (EntityRecognizer._nicknames): the quote, the words, its closer
_NICKNAME = re.compile(r"[ \t]?([‘'\"“])([^‘’'\"“”\n।,]{2,40}?)([’'\"”])")
_QUOTE_CLOSERS = {"‘": "’", "'": "'", '"': '"', "“": "”"}
# the conjunctions that join the fields of one department's or ministry's name ("पेयजल और स्वच्छता विभाग")
_FIELD_JOINERS = frozenset({"और", "एवं", "तथा", "व"})
# what stands between two names of a list: a comma, a conjunction or both
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:और|तथा|एवं|व|and)\s+)?|\s(?:और|तथा|एवं|व|and)\s+)")
# a short qualifier in brackets right after a name, a space or none between
_BRACKETED = re.compile(r"[ \t]?\(\s*([^()\n]{1,40}?)\s*\)")
# a sentence's words and round brackets, each apart (EntityRecognizer._unlisted_expansions)
_BRACKET_WORDS = re.compile(r"[()]|[^\s()\[\],;:।?!|॥\"'‘’“”]+")




@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Every language's function words (``lang/*/stopwords.tsv``), search-folded: never part of a name."""
    from .lexicon import every_language_rows

    return frozenset(search_fold(r[0]) for r in every_language_rows("stopwords.tsv") if r)


@lru_cache(maxsize=1)
def _pronoun_words() -> frozenset[str]:
    """Hindi's personal pronouns (``lang/hi/pronouns.tsv``), folded as :func:`_fold_token` folds: never a name."""
    from .lexicon import load_pronouns

    return frozenset(_fold_token(p.word) for p in load_pronouns("hi").values())


# the endings of the Hindi plural's oblique case ("देशों", "महिलाओं"), which no surname bears
_PLURAL_OBLIQUE = ("ों", "ओं")


@lru_cache(maxsize=1)
def _kinds_of_people() -> frozenset[str]:
    """Folded phrases that name a kind of person, never one person alone: the offices of ``lang/*/roles.tsv``
    ("रक्षा मंत्री"), the titles of ``titles.tsv`` and the local offices and communities of ``not_names.tsv``
    (group), each whole (a word of an office may be a name: "विकास", "नवीन", "राज").
    """
    rows = [r[0] for r in every_language_rows("roles.tsv") if r and r[0].strip()]
    phrases = [*rows, *TITLES, *_words("not_names.tsv", "group")]
    return frozenset(" ".join(fold(w.strip(".")) for w in p.split()) for p in phrases if p.strip("."))


def _has_kind_of_people(keys: list[str]) -> bool:
    """Whether the folded words ``keys`` hold a phrase of :func:`_kinds_of_people`."""
    kinds = _kinds_of_people()
    return any(" ".join(keys[i:j]) in kinds for i in range(len(keys)) for j in range(i + 1, len(keys) + 1))


@lru_cache(maxsize=1)
def _agent_tables() -> tuple[Any, ...]:
    """Every language's generic actors (``lang/*/agents.tsv``, with their plural and oblique forms)."""
    from .lexicon import LANG_DIR, Agents

    return tuple(Agents(p.parent.name) for p in sorted(LANG_DIR.glob("*/agents.tsv")))


@lru_cache(maxsize=4096)
def _generic_actor(word: str) -> bool:
    """Whether ``word`` alone is a generic actor of ``lang/*/agents.tsv`` (``किसान``, ``छात्र``)."""
    return any(a == 0 and b == len(word) for agents in _agent_tables() for a, b, _ in agents.find(word, 0, len(word)))


# endings of given names (name_parts.tsv given_ending: "-ेश", "-पाल"), longest first
_GIVEN_ENDINGS = tuple(sorted({r[1] for r in _NAME_PART_ROWS if r[0] == "given_ending"}, key=len, reverse=True))


def _person_name_sounds(kb: KnowledgeBase, common: frozenset[str]) -> frozenset[str]:
    """The ``phonetic_key`` of every Devanagari word of three code points or more of a listed person's names,
    none of the model's everyday words: the words a name in a list may share with a listed one.
    """
    out: set[str] = set()
    for ent in kb.entities.values():
        if ent.label == "PERSON":
            for name in ent.hindi_names():
                out.update(phonetic_key(w) for w in name.split()
                           if len(w) >= 3 and DEVANAGARI_RUN.fullmatch(w) and w not in common)  # fmt: skip
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Every language's common surnames (``lang/*/surnames.tsv``), search-folded."""
    from .lexicon import every_language_rows

    return frozenset(search_fold(r[0]) for r in every_language_rows("surnames.tsv") if r and r[0])


# light-verb forms that end a clause ("सलामी ली।", "जान ले ली।"), and the auxiliaries that may follow
# them before the clause's end (lang/*/not_names.tsv, "verb" and "auxiliary")
_CLAUSE_VERBS = frozenset(_words("not_names.tsv", "verb"))
_AUXILIARY_WORDS = frozenset(_words("not_names.tsv", "auxiliary"))
_AUXILIARIES = "|".join(re.escape(w) for w in _words("not_names.tsv", "auxiliary")) or r"(?!)"
# a conjunction that opens the next clause ends this one too ("जमानत तो ले ली लेकिन ..."); not one that
# also joins two names ("और": "... ली और वांग यी")
_CLAUSE_CONJ = "|".join(sorted((re.escape(w) for w in words_of("clause_conj") - words_of("coordinator")),
                               key=len, reverse=True)) or r"(?!)"  # fmt: skip
# the end of a sentence right after a name (not a comma: "X Y, Z और ..." lists names)
# words that end the words spelling out an acronym, going back from it: clause words ("कि", "जो")
# and the words of postpositions ("के लिए", "के ख़िलाफ़": lang/*/cases.tsv)
_EXPANSION_STOPS = frozenset(
    fold(w) for w in words_of("complementizer") | words_of("clause_conj") | words_of("coordinator")
) | frozenset(fold(w) for r in every_language_rows("cases.tsv") if r and r[0].strip() and not r[0].isascii()
              for w in r[0].split())  # fmt: skip
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*|of|and|for|on")  # a capitalised word or a joining one
_SENTENCE_END = re.compile(r"\s*(?:[।?!|॥]|\.(?!\d)|$)")
_CLAUSE_END = re.compile(r"(?:\s+(?:" + _AUXILIARIES + r"))?"
                         r"(?:\s*(?:[।?!|॥,]|\.(?!\d)|$)|\s+(?:" + _CLAUSE_CONJ + r")(?!\S))")


def _place_variants(kb: KnowledgeBase, common: frozenset[str]) -> dict[str, str]:
    """The listed places' one-word Devanagari names (countries, states, hand-listed cities; no generated
    spelling) by ``search_fold`` key, to the place's id, where every listed name with that key is that
    place's and the key is no everyday word of the model's (``EntityRecognizer._variant_places``); so too
    the listed bodies' one-word names of five code points or more, vowel signs and virama counted (``क्वाड``,
    क ् व ा ड, has five: ``क्वॉड`` for it; a shorter one, ``सपा``, is weak).
    """
    owners: dict[str, set[str]] = {}
    for key, ids in kb.by_name.items():
        owners.setdefault(search_fold(key), set()).update(ids)
    common_keys = {search_fold(w) for w in common}
    out: dict[str, str] = {}
    for ent in kb.entities.values():
        if ent.label not in ("GPE", "LOC", "ORG") or ent.weak or ent.spelled:
            continue
        for name in ent.hindi_names():
            key = search_fold(name)
            if ent.label == "ORG" and len(name) < 5:
                continue
            if " " not in name and "-" not in name and owners.get(key) == {ent.id} and key not in common_keys:
                out[key] = ent.id
    return out


def _person_variants(kb: KnowledgeBase, common: frozenset[str]) -> dict[str, str]:
    """The listed people's one-word Devanagari names (a surname listed alone: ``मैक्रों``) of five code points
    or more (vowel signs and marks counted) by ``phonetic_key``, to the person's id, where no other listed
    one-word name and no everyday word of the model's sounds the same (``EntityRecognizer._variant_people``).
    """
    owners: dict[str, set[str]] = {}
    for key, ids in kb.by_name.items():
        if " " not in key and "-" not in key and re.fullmatch("[" + DEVANAGARI_WORD + "]+", key):
            owners.setdefault(phonetic_key(key), set()).update(ids)
    common_keys = {phonetic_key(w) for w in common}
    out: dict[str, str] = {}
    for ent in kb.entities.values():
        if ent.label != "PERSON" or ent.weak or ent.spelled:
            continue
        for name in ent.hindi_names():
            if " " in name or "-" in name or len(name) < 5:
                continue
            key = phonetic_key(name)
            if len(key) >= 4 and owners.get(key) == {ent.id} and key not in common_keys:
                out[key] = ent.id
    return out


def _place_sounds(kb: KnowledgeBase) -> dict[str, dict[str, list[str]]]:
    """The phonetic keys of the listed regions' names of two words or more (``LOC``: valleys, lakes,
    seas, borders), each with the ids that sound so by the folded last word of the name.
    """
    from .phonetic import phonetic_key

    out: dict[str, dict[str, list[str]]] = {}
    for ent in kb.entities.values():
        if ent.label != "LOC":
            continue
        for name in ent.names():
            pk = phonetic_key(name)
            if len(pk.split()) >= 2:
                ids = out.setdefault(pk, {}).setdefault(_fold_token(name.split()[-1]), [])
                if ent.id not in ids:
                    ids.append(ent.id)
    return out


def _ends_in_clause_verb(text: str, start: int, end: int) -> bool:
    """Whether a name read by the model ends in a light verb right before the clause's end: in
    Hindi the verb comes last, so ``<noun> ली।`` is "took <noun>", not a person surnamed Li.
    """
    words = text[start:end].split()
    if not words or words[-1] not in _CLAUSE_VERBS:
        return False
    return _CLAUSE_END.match(text, end) is not None


def _verb_at_clause_end(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` end in a light verb or an auxiliary (``not_names.tsv``
    ``verb``/``auxiliary``) that ends the clause, a full stop glued to it or not (``मारा गया.``).
    """
    words = text[start:end].split()
    if not words:
        return False
    bare = words[-1].rstrip(".")
    if bare not in _CLAUSE_VERBS and bare not in _AUXILIARY_WORDS:
        return False
    return bare != words[-1] or _CLAUSE_END.match(text, end) is not None


def _adjacent_words(text: str, end: int, start: int) -> bool:
    """Whether spaces, and only spaces, stand between two words. Unlike ``lexicon._adjacent``,
    two tokens glued together do not count: BBC Hindi ends sentences with a "." and no space
    ("होंगे.आडवाणी"), and a name must not run across that.
    """
    return 0 < start - end <= 2 and text[end:start].strip(" ") == ""


# every kind of verb form but the bare stem and the imperative (``HindiMorphology.verb_forms``)
_VERB_FORM_KINDS = frozenset({"conj", "fut", "inf", "ipfv", "past", "pfv", "present", "subj"})


@lru_cache(maxsize=1)
def _verb_form_words() -> frozenset[str]:
    """Every inflected form, as word keys, of the Hindi verbs the lexicon knows (the verbs of its predicates,
    their light verbs and ``verbs.tsv``; ``inflection.tsv`` makes the forms), and the participles of
    ``participles.tsv``: a verb's form is never a word of a name ("<city> पहुंचे थल सेना प्रमुख"). The bare
    stem and the imperative are left out: a stem is often a noun (कर, मार), and an imperative may name a
    campaign's body ("<river> बचाओ मोर्चा").
    """
    from .lexicon import load_lexicon, verb_forms_of

    lex = load_lexicon("hi")
    if lex is None or lex.morph is None:
        return frozenset()
    return verb_forms_of("hi", _VERB_FORM_KINDS) | frozenset(lex.participles)


def _verb_not_name(words: list[str], j: int, common: frozenset[str]) -> bool:
    """Whether ``words[j]`` is a form of a verb the lexicon knows standing as a verb: no word that may be a name
    follows it ("अध्यक्ष बोले कि", "मंत्री पहुंचे और"). A name spelt as a verb's form is read on where a name
    word follows ("<office> दीया कुमारी और", "<office> लाइ चिंग-ते के").
    """
    if word_key(words[j]) not in _verb_form_words():
        return False
    nxt = words[j + 1] if j + 1 < len(words) else ""
    return (not nxt or nxt in _POSTPOSITIONS or not _is_name_word(nxt.split("-")[0], common)
            or word_key(nxt) in _verb_form_words())  # fmt: skip


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The keys of the Hindi lexicon's event nouns (``रैली``, ``हमला``): a word naming an act is no
    part of the name of the place or body beside it ("रैली रामलीला मैदान में").
    """
    from .lexicon import load_lexicon

    lex = load_lexicon("hi")
    if lex is None:
        return frozenset()
    return frozenset(k for k, seqs in lex.first.items() if any(seq.form == "nominal" and not seq.rest for seq in seqs))


@lru_cache(maxsize=1)
def _latin_heads() -> re.Pattern[str]:
    """The words of every Latin head, without the word-edge checks: found wherever one of
    those heads would be (one scan of a piece instead of one per head).
    """
    heads = [rx.pattern.removeprefix(r"(?<![\w" + DEVANAGARI + r"])").removesuffix(r"(?![\w" + DEVANAGARI + r"])")
             for rx, _, _, first in _name_heads() if not first]  # fmt: skip
    return re.compile("|".join(heads) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _latin_head_gate() -> re.Pattern[str]:
    """What a piece must hold for a Latin head to be in it: a letter, found with a plain
    character class (far cheaper than the case-blind scan of every head, and most pieces
    have none). Python's re matches an ASCII letter without regard to case with its two cases
    and four more (İ, ı, ſ and the Kelvin sign K). A head without a letter turns the gate off.
    """
    heads = [rx.pattern.replace(r"\s+", " ") for rx, _, _, first in _name_heads() if not first]
    if not all(re.search(r"[A-Za-z]", h) for h in heads):
        return re.compile("")  # matches every piece
    return re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
