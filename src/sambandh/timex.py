"""Time expressions in Hindi and English text, normalised to TIMEX3 values.

Detection is a set of fast rules over the clean text (no dateparser: it is a hundred times
too slow to scan text with, by the measurements the project started from). Each rule yields a
span, a TIMEX3 type (``DATE``, ``TIME``, ``DURATION``, ``SET``) and the parts it read; ``resolve`` then turns the
parts into a value anchored to the publication date:

- ``22 अप्रैल`` → ``2025-04-22`` (the latest such day on or before publication in past-tense
  reporting, the next one in future tense), ``XXXX-04-22`` without a publication date;
- ``गुरुवार को`` → the latest Thursday on or before publication, ``XXXX-WXX-4`` without one;
- ``इसी साल अप्रैल`` → ``2021-04``; ``पिछले साल`` → ``2020``; ``अगले सप्ताह`` → ``2021-W40``;
- ``कल`` → yesterday or tomorrow, read from the tense of the clause;
- ``तीन दिवसीय`` → ``P3D``; ``19 घंटे`` → ``PT19H``; ``हर साल`` → ``P1Y`` (a ``SET``).

Offsets index the text given; nothing is copied.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .dates import MONTH_FORMS, MONTHS
from .model import Timex
from .normalize import fold, tolerant
from .script import DEVANAGARI_WORD

_DEV = DEVANAGARI_WORD  # (less the dandas: "22 जनवरी।" ends its word at the danda)
_L = rf"(?<![\w{_DEV}])"  # a word starts here (Python's \b breaks at Devanagari vowel signs)
_R = rf"(?![\w{_DEV}])"  # a word ends here


def _tol(word: str) -> str:
    """A regex for the literal ``word`` (spaces optional) with its nukta and nasal variants."""
    return tolerant(re.escape(word).replace("\\ ", r"\s*"))


def _by_first(words: list[str], pieces: list[str]) -> str:
    """An alternation of ``pieces`` (the regexes of ``words``, in that order) with the pieces whose
    word opens with the same character written once before them: ``क(?:ल|भी)|आज`` for ``कल|कभी|आज``.

    The regex engine tries the alternatives of a list at every place a word may start, and most
    fail on their first character; grouped, it tries one group per opening character instead (a
    case-blind Latin letter it cannot even skip cheaply). The matches are the same, found in the
    same order: a literal character before a group is what it was before each piece, no two
    groups open with characters that match the same one (one case of a Latin letter per list,
    with or without re.IGNORECASE), and a group keeps its pieces in order. A list with a word
    that opens otherwise (a cased non-Latin letter, a space, a nasal sign) is joined as it is.
    """
    groups: dict[str, list[str]] = {}
    for word, piece in zip(words, pieces, strict=True):
        c = word[:1]
        lead = re.escape(c)
        if not c or not piece.startswith(lead) or not ((c.isascii() and c.isalpha()) or c.lower() == c.upper()):
            return "|".join(pieces)
        groups.setdefault(c, []).append(piece[len(lead):])
    if len({c.lower() for c in groups}) < len(groups):  # both cases of a letter open words
        return "|".join(pieces)
    return "|".join(re.escape(c) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                    for c, rest in groups.items())  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + _by_first(ordered, [_tol(w) for w in ordered]) + ")"


def _lexicon(rows: dict[Any, str]) -> tuple[dict[str, Any], str]:
    """Fold-keyed lookup and a tolerant alternation from ``{value: "form form ..."}``."""
    table: dict[str, Any] = {}
    for value, forms in rows.items():
        for f in forms.split("|"):
            table[fold(f)] = value
    return table, _alt(f for forms in rows.values() for f in forms.split("|"))


def _value(text: str) -> Any:
    """A table value as the rules use it: a number where it is one, else the text."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text


def _rows_of(kind: str) -> dict[Any, str]:
    """``{value: "form|form"}`` of one kind of ``lang/<code>/timex.tsv``, every language's forms together."""
    from .lexicon import every_language_rows

    forms: dict[Any, list[str]] = {}
    for row in every_language_rows("timex.tsv"):
        if len(row) >= 3 and row[0] == kind:
            forms.setdefault(_value(row[1]), []).extend(f for f in row[2].split("|") if f)
    return {v: "|".join(fs) for v, fs in forms.items()}


def _words(kind: str) -> list[str]:
    """The forms of a kind that has no values (``daypart``, ``set_quantifier``)."""
    return [f for forms in _rows_of(kind).values() for f in forms.split("|")]


_SPACES = r"\s+"  # one or more spaces, where a form's space may be a line break too (से लेकर, के दशक)


def _either(kind: str, space: str = " ") -> str:
    """The forms of a kind as a plain alternation (no group, no variants), longest first.

    Args:
        kind: The kind of ``timex.tsv``.
        space: What a space inside a form matches (a regex; a literal space by default).
    """
    words = sorted(dict.fromkeys(_words(kind)), key=len, reverse=True)  # a longer form before its prefix
    return _by_first(words, [re.escape(w).replace("\\ ", space) for w in words])


# the words are data (lang/<code>/timex.tsv); the rules below are the grammar
_NUMBERS, _NUM_WORDS = _lexicon(_rows_of("number"))
# vague quantities: a duration with an unknown number (TIMEX3 "X")
_VAGUE, _VAGUE_WORDS = _lexicon(_rows_of("vague"))
_UNITS, _UNIT_WORDS = _lexicon(_rows_of("unit"))
_WEEKDAYS, _WEEKDAY_WORDS = _lexicon(_rows_of("weekday"))
_MONTH_WORDS = _alt(MONTH_FORMS)
_REL, _REL_WORDS = _lexicon(_rows_of("relative"))
_DAYPART = _alt(_words("daypart"))
_DEIXIS, _DEIXIS_WORDS = _lexicon(_rows_of("deixis"))
_HOLIDAYS, _HOLIDAY_WORDS = _lexicon(_rows_of("holiday"))
_SEASONS, _SEASON_WORDS = _lexicon(_rows_of("season"))
_SETQ = _alt(_words("set_quantifier"))
_SETW, _SETW_WORDS = _lexicon(_rows_of("set_word"))
_DIG = "[0-9\u0966-\u096f]"
_NUM1 = rf"(?:{_DIG}+(?:[.,]{_DIG}+)?|{_NUM_WORDS})"
_NUM = rf"(?:{_NUM1}(?:\s*(?:{_either('number_range')}|-|–)\s*{_NUM1})?)"
_YEAR = rf"(?:1[89]|20|[१][८९]|[२][०]){_DIG}{{2}}"
_DAY = rf"(?:[0-3\u0966-\u0969]?{_DIG})"
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
# a day of the month written as a number word ("एक अप्रैल", "दो मई", "पहली मई")
_DAY_WORDS, _DAY_WORD = _lexicon(_rows_of("day_word"))
_THAT, _THAT_WORDS = _lexicon(_rows_of("that_time"))
_AGO = {fold(f): v for v, forms in _rows_of("ago").items() for f in forms.split("|")}
_UNIT_PREFIXES = [(fold(f), str(v)) for v, forms in _rows_of("unit_prefix").items() for f in forms.split("|")]
# looked up as written, not folded (a variant spelling reads as the 21st century, as it always has)
_CENTURIES = {f: v for v, forms in _rows_of("century_word").items() for f in forms.split("|")}
_DAYPART_PREFIXES = [(fold(f), str(v)) for v, forms in _rows_of("daypart_prefix").items() for f in forms.split("|")]
_PM_DAYPARTS = frozenset(fold(w) for w in _words("pm_daypart"))
_TIME_NOUN = _alt(_words("time_noun"))
_MIDNIGHTS = frozenset(fold(w) for w in _words("midnight"))
# "मंगलवार आधी रात के बाद": after the midnight that ends the day named, the next day
_PAST_MIDNIGHT = re.compile(rf"\s*(?:{_either('past_midnight', _SPACES)}){_R}", re.IGNORECASE)


def _day(text: str) -> int:
    """A day of the month from digits (either script) or a number word."""
    return _DAY_WORDS.get(fold(text)) or int(text.translate(_DIGITS))


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    parts: dict[str, Any] = field(default_factory=dict)


def _num(word: str | None) -> float | None:
    if word is None:
        return None
    w = word.translate(_DIGITS).replace(",", "")
    m = re.match(r"\d+(?:\.\d+)?", w)
    if m:
        return float(m.group())
    first = re.split(r"\s*[-–]\s*", word)[0]
    return _NUMBERS.get(fold(first))


def _rules() -> list[tuple[str, re.Pattern[str]]]:
    m, wd, rel, unit, num = _MONTH_WORDS, _WEEKDAY_WORDS, _REL_WORDS, _UNIT_WORDS, _NUM
    dp = _DAYPART
    sep = r"[\s,./-]*"
    rules = {
        # 2021-09-29, 29/09/2021, 29.9.2021
        "iso": rf"{_L}(?P<y>{_YEAR})-(?P<mn>[01]?{_DIG})-(?P<d>[0-3]?{_DIG}){_R}",
        "dmy_num": rf"{_L}(?P<d>[0-3]?{_DIG})[./](?P<mn>[01]?{_DIG})[./](?P<y>{_YEAR}){_R}",
        # 26/11: a day and month with a slash and no year, read only where the day cannot be a month (_plausible)
        "dm_num": rf"(?<![\w{_DEV}./:-])(?P<d>[1-3\u0967-\u0969]{_DIG})/(?P<mn>[01\u0966\u0967]?{_DIG})"
        rf"(?![\w{_DEV}]|[./:-]?{_DIG})",
        # 22 अप्रैल 2021, 14सितंबर, 30-Sep-2021, 1 से 3 मार्च (a range), with a weekday before
        "dm": rf"{_L}(?:(?P<wd>{wd}),?\s*)?(?:(?P<d0>{_DAY})\s*(?:{_either('day_range')}|-|–)\s*)?"
        rf"(?P<d>{_DAY}|{_DAY_WORD})(?:st|nd|rd|th)?"
        rf"{sep}(?P<m>{m})\.?(?:{sep}(?P<y>{_YEAR}))?{_R}",
        # 30 अप्रैल से 16 मई: a stretch of days
        "range": rf"{_L}(?P<d0>{_DAY})\s*(?P<m0>{m})\s*(?:{_either('date_range')}|-|–)\s*(?P<d>{_DAY})\s*(?P<m>{m})"
        rf"(?:{sep}(?P<y>{_YEAR}))?{_R}",
        # April 22, 2021
        "md": rf"{_L}(?P<m>{m})\.?\s+(?P<d>{_DAY})(?:st|nd|rd|th)?(?:,?\s*(?P<y>{_YEAR}))?{_R}",
        # इसी साल अप्रैल (महीने), पिछले साल जून, अप्रैल 2021, अप्रैल महीने में, इस साल के आखिर
        "rel_year_month": rf"{_L}(?P<rel>{rel})\s+{_alt(_words('year_word'))}(?:\s+(?:{_either('year_part_link')})\s+"
        rf"(?P<mod>{_alt(_words('year_part'))})|\s+(?P<m>{m})"
        rf"(?:\s+{_alt(_words('month_word'))})?)?{_R}",
        "month_year": rf"{_L}(?:in\s+)?(?P<m>{m})\.?(?:{sep}(?P<y>{_YEAR})|\s+{_alt(_words('month_word'))}){_R}",
        # साल 2017, वर्ष 2001, 2017 में, the 1990s, 1990 के दशक
        "decade": rf"{_L}(?P<y>(?:{_YEAR}|{_DIG}{{2}}))\s*(?:{_either('decade_after', _SPACES)}){_R}",
        "year": rf"{_L}(?:{_alt(_words('year_before'))}\s+)?(?P<y>{_YEAR})"
        rf"(?=\s*(?:{_either('year_after')}|,|।|\.|\)|:|$)){_R}",
        # (बीते) गुरुवार (की देर रात), next Tuesday
        "weekday": rf"{_L}(?:(?P<rel>{rel})\s+)?(?P<wd>{wd})"
        rf"(?:\s+(?P<rel_after>{_alt(_words('relative_after'))})(?!\s+(?:{unit}|{wd}){_R}))?"
        rf"(?:\s+(?:(?:{_either('daypart_link')})\s+)?(?P<dp>{dp}))?{_R}",
        # पिछले साल, अगले सप्ताह, इसी महीने, last year
        "rel_unit": rf"{_L}(?P<rel>{rel})\s+(?P<n>(?:{num}|{_VAGUE_WORDS})\s+)?(?P<u>{unit}){_R}",
        # उस समय, इस समय, एक समय, समय-समय पर
        "that_time": rf"{_L}(?P<w>{_THAT_WORDS})\s+{_TIME_NOUN}{_R}",
        "time_to_time": rf"{_L}{_alt(_words('repeat_noun'))}\s*-\s*{_alt(_words('repeat_noun'))}"
        rf"(?:\s+(?:{_either('repeat_after')}))?{_R}",
        # दीपावली, होली, स्वतंत्रता दिवस; सर्दियों, मानसून
        "holiday": rf"{_L}(?P<hd>{_HOLIDAY_WORDS}){_R}",
        "season": rf"{_L}(?:(?:{rel})\s+)?(?P<se>{_SEASON_WORDS}){_R}",
        # सुबह, शाम, देर रात on their own
        "daypart": rf"{_L}(?:(?:{_alt(_words('daypart_before'))})\s+)?(?P<dp>{dp}){_R}",
        # 5 साल पहले, एक महीने बाद, three years ago
        "ago": rf"{_L}(?:(?P<n>{num}|{_VAGUE_WORDS})\s+(?P<u>{unit})|(?:{_either('ago_vague')})\s+{_TIME_NOUN})"
        rf"\s+(?P<dir>{_either('ago')}){_R}",
        # तीन दिवसीय, 19 घंटे, कई सालों, two-day
        "duration": rf"{_L}(?P<n>{num}|{_VAGUE_WORDS})(?:\s*[-–]?\s*)(?P<u>{unit}|{_alt(_words('unit_adjective'))})"
        rf"(?:\s+(?:{_either('duration_link')})\s+{_alt(_words('duration_noun'))})?{_R}",
        "bare_month": rf"{_L}(?P<m>{m})(?=\s+(?:{_either('month_after')})(?![\w{_DEV}])){_R}",
        # in October, since March (English puts the preposition before a bare month)
        "month_in": rf"{_L}(?:{_either('month_before')})\s+(?P<m>{m}){_R}(?!\.?\s*{_DIG})",
        "plural_units": rf"{_L}(?P<u>"
        rf"{_alt(_words('plural_unit'))})"
        rf"|(?P<u2>{_alt(_words('whole_unit'))})\s*{_alt(_words('whole_after'))}{_R}",
        "vague_duration": rf"{_L}(?:{_alt(_words('vague_long'))})"
        rf"\s+{_alt(_words('vague_time'))}{_R}",
        # हर साल, प्रत्येक वर्ष, रोजाना
        "set": rf"{_L}(?:{_SETQ}\s+(?P<u>{unit}|{wd})|(?P<w>{_SETW_WORDS})){_R}",
        # आज, कल (रात), परसों, yesterday, अभी
        "deixis": rf"{_L}(?P<x>{_DEIXIS_WORDS})(?:\s+(?P<dp>{dp}))?{_R}",
        # सुबह 10 बजे, 10:30 बजे, 5 pm
        "clock": rf"{_L}(?:(?P<dp>{dp})\s+)?(?P<h>[0-2]?{_DIG})(?:[:.](?P<mi>[0-5]{_DIG}))?"
        rf"\s*(?P<ap>{_alt(_words('clock_word'))}){_R}",
        # 21वीं सदी, इक्कीसवीं सदी
        "century": rf"{_L}(?P<c>{_DIG}{{2}}|{_alt(_CENTURIES)})(?:{_either('ordinal_suffix')})?"
        rf"\s+{_alt(_words('century_noun'))}{_R}",
    }
    return [(k, re.compile(v, re.IGNORECASE)) for k, v in rules.items()]


_RULES = _rules()
_FUTURE = re.compile(rf"(?:{_either('future_end')}){_R}|{_either('future_phrase')}", re.IGNORECASE)
# a complementiser opens another clause with a tense of its own (कहा कि, said that)
_TENSE_CUT = re.compile(rf"{_L}(?:{_either('tense_cut')}){_R}", re.IGNORECASE)
# a finished act's word (आए, पहुंचे, said) told before any future form: the verb the expression goes with;
# not one a form of जाना follows, a passive that is no past (दिए जाएंगे, लिया जाता)
_PAST = re.compile(rf"{_L}(?:{_either('past_word')}){_R}(?!\s+(?:{_either('future_aux')}){_R})", re.IGNORECASE)
_CLAUSE_END = re.compile(rf"[।?!॥\n]|\.(?:\s|$)|,\s*(?:{_either('clause_conjunction')})\s")


_CLOCK = dict(_RULES)["clock"]


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group (its first branch's look-behind then
    says nothing of where the other branches match).
    """
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] == "^" else 0
            i += 1 if pattern[i + 1 : i + 2] == "]" else 0  # a "]" first in a class is one of its characters
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _first_chars(pattern: str, flags: int) -> str | None:
    """A regex class of every character a match of ``pattern`` can begin with (a superset), or
    ``None`` where that cannot be told: a negated class, any character, a back-reference, a
    group that changes the flags, a match that may be empty.
    """
    try:
        import re._constants as c  # the parser's own tree: private, so any surprise means no class
        import re._parser as parser

        tree = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a parser that moved or changed: no class, the rule tried everywhere
        return None
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
                  c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S"}  # fmt: skip

    def seq(items: Any) -> tuple[set[str] | None, bool]:
        """First characters of a sequence, and whether it may match empty."""
        out: set[str] = set()
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # consumes nothing: what follows starts the match
            if op is c.LITERAL:
                return out | {f"\\U{av:08x}"}, False
            if op is c.IN:
                got = set()
                for iop, iav in av:
                    if iop is c.LITERAL:
                        got.add(f"\\U{iav:08x}")
                    elif iop is c.RANGE:
                        got.add(f"\\U{iav[0]:08x}-\\U{iav[1]:08x}")
                    elif iop is c.CATEGORY and iav in categories:
                        got.add(categories[iav])
                    else:
                        return None, True
                return out | got, False
            if op is c.BRANCH:
                firsts = [seq(alt) for alt in av[1]]
                if any(f is None for f, _ in firsts):
                    return None, True
                out |= set().union(*(f for f, _ in firsts if f is not None))
                if not any(empty for _, empty in firsts):
                    return out, False
            elif op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
                if op is c.SUBPATTERN and (av[1] or av[2]):
                    return None, True
                f, empty = seq(av[3] if op is c.SUBPATTERN else av)
                if f is None:
                    return None, True
                out |= f
                if not empty:
                    return out, False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                f, empty = seq(av[2]) if av[1] else (set(), True)
                if f is None:
                    return None, True
                out |= f
                if av[0] and not empty:
                    return out, False
            else:
                return None, True
        return out, True

    first, empty = seq(tree.data)
    return None if first is None or empty or not first else "[" + "".join(sorted(first)) + "]"


def _word_scan(rules: list[tuple[str, re.Pattern[str]]]) -> tuple[re.Pattern[str], list[int]]:
    """One pattern that finds, in a single pass, every place where one of the rules that match
    only where a word starts (their pattern opens with ``_L`` or a look-behind that excludes
    more, and has no other top-level branch) matches, with an empty group ``r<k>`` set for each
    ``k``-th such rule that matches there; and the indexes of those rules in ``rules``.

    Scanning the text once instead of once per rule is what makes it cheap: every rule pays for
    its look-behind at every position of the text, most positions being no word start.
    """
    head = "(?<![\\w" + _DEV
    picked = [i for i, (_k, pat) in enumerate(rules)
              if pat.pattern.startswith(head) and not _top_level_alternation(pat.pattern)
              and pat.flags == rules[0][1].flags and pat.search("") is None]  # fmt: skip
    # the rules' own groups are left out: a match is read again with its rule, where it was found; and a
    # rule's own word-start look-behind where it is the scan's (``_L``, already asserted there)
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", rules[i][1].pattern) for i in picked]
    bodies = [b.removeprefix(_L) for b in bodies]
    # where the word's first character can begin no match of a rule, its body is not tried at all
    firsts = [_first_chars(rules[i][1].pattern, rules[i][1].flags) for i in picked]
    gates = [f"(?={f})" if f else "" for f in firsts]
    # in the guard a rule with a class opens its branch with that class, consumed, and its body is tried
    # from one character back: the regex engine skips a branch whose first item is a class the character
    # is not in without entering it, where a look-ahead gate is entered at every word start (the scan
    # 1.02 -> 0.88 ms an article, the same matches)
    guard = "|".join(f"{f}(?<=(?=(?:{b}))[\\s\\S])" if f else f"(?:{b})" for f, b in zip(firsts, bodies, strict=True))
    marks = "".join(f"(?:{g}(?={b})(?P<r{k}>)|)" for k, (g, b) in enumerate(zip(gates, bodies, strict=True)))
    scan = re.compile(f"{_L}(?={guard}){marks}", rules[0][1].flags)
    if scan.groups != len(picked):  # a rule with a group of another form: fail here, not silently later
        raise ValueError("timex: a rule has a group the word scan cannot leave out")
    return scan, picked


@cache
def _scan() -> tuple[re.Pattern[str], list[int], list[int]]:
    """The word scan of ``_RULES``, the rules it covers and the others, compiled on first use (a
    process that reads no time expressions does not pay the 60 ms).
    """
    scan, picked = _word_scan(_RULES)
    return scan, picked, [i for i in range(len(_RULES)) if i not in picked]


def _rule_matches(text: str) -> list[list[re.Match[str]]]:
    """Each rule's matches in ``text``, as its own ``finditer`` gives them (left to right, none
    overlapping another of the same rule), in the order of ``_RULES``.
    """
    scan, scanned, others = _scan()
    out: list[list[re.Match[str]]] = [[] for _ in _RULES]
    ends = [0] * len(scanned)
    for c in scan.finditer(text):
        p = c.start()
        for k, mark in enumerate(c.groups()):
            if mark is not None and p >= ends[k]:  # finditer goes on from the end of the rule's last match
                i = scanned[k]
                m = _RULES[i][1].match(text, p)
                if m is not None:
                    ends[k] = m.end()
                    out[i].append(m)
    for i in others:
        out[i] = list(_RULES[i][1].finditer(text))
    return out


def find_hits(text: str) -> list[_Hit]:
    """Every rule match, longest first where they overlap."""
    hits: list[_Hit] = []
    for (kind, _pat), matches in zip(_RULES, _rule_matches(text), strict=True):
        for m in matches:
            if m.end() > m.start():
                parts = {k: v for k, v in m.groupdict().items() if v is not None}
                hits.append(_Hit(m.start(), m.end(), kind, parts))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    # a clock comes last: "सोमवार सुबह 1:49 बजे" keeps its day, and the clock after the day-part the day took is
    # matched again below (longest first alone let the longer "सुबह 1:49 बजे" drop the shorter "सोमवार सुबह")
    for h in sorted(hits, key=lambda h: (h.kind == "clock", -(h.end - h.start))):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
            continue
        if h.kind == "clock":
            # "शुक्रवार शाम 5:30 बजे": the day took the day-part; the clock after it still counts
            cut = max(c.end for c in chosen if c.start < h.end and h.start < c.end)
            clock = _CLOCK.match(text, cut + len(text[cut:h.end]) - len(text[cut:h.end].lstrip()), h.end)
            if clock is not None and clock.end() == h.end and all(
                    clock.end() <= c.start or clock.start() >= c.end for c in chosen):  # fmt: skip
                chosen.append(_Hit(clock.start(), clock.end(), "clock", h.parts))  # (its day-part still says evening)
    return sorted(chosen, key=lambda h: h.start)


def _future(text: str, end: int) -> bool:
    """Whether the verb an expression ending at ``end`` goes with speaks of the future: the clause up to a
    complementiser (``कहा कि ... जाएंगे``, "said that ... will": the said is past) speaks of it before it
    speaks of the past (``बुधवार को आए ... लौटेंगे``: the first verb is the expression's).
    """
    stop = _CLAUSE_END.search(text, end)
    clause = text[end : stop.start() if stop else min(len(text), end + 200)]
    cut = _TENSE_CUT.search(clause)
    clause = clause[: cut.start()] if cut else clause
    future = _FUTURE.search(clause)
    if future is None:
        return False
    past = _PAST.search(clause)
    return past is None or past.start() > future.start()


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _duration(n: float | None, unit: str) -> str:
    key = {"S": "TS", "MIN": "TM", "H": "TH", "D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE"}[unit]
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = str(n)
    if key.startswith("T"):
        return f"PT{amount}{key[1]}"
    if key == "DE":
        return f"P{amount}0Y" if amount != "X" else "PXDE"
    if key == "CE":
        return f"P{amount}00Y" if amount != "X" else "PXCE"
    return f"P{amount}{key}"


def _unit(word: str) -> str | None:
    w = fold(word)
    if w in _UNITS:
        return str(_UNITS[w])
    for prefix, unit in _UNIT_PREFIXES:  # (दिवसीय, सालाना)
        if w.startswith(prefix):
            return unit
    return None


@dataclass(slots=True)
class _Reading:
    """A detected expression being resolved: where it stands, the anchor it is read from, and
    whether its clause speaks of the future.
    """

    hit: _Hit
    anchor: dt.date | None
    future: bool
    rest: str = ""  # the text right after the expression

    def tx(self, typ: str, value: str, precision: str, anchored: bool = False) -> Timex:
        return Timex(self.hit.start, self.hit.end, typ, value, precision, anchored)


def resolve(hit: _Hit, text: str, anchor: dt.date | None) -> Timex:
    """Turn a detected expression into a TIMEX3 value anchored to ``anchor``."""
    r = _Reading(hit, anchor, _future(text, hit.end), text[hit.end : hit.end + 40])
    by_kind = _RESOLVERS.get(hit.kind)
    if by_kind is None:
        return r.tx("DATE", "XXXX", "none")
    return by_kind(r)


def _numeric_date(r: _Reading) -> Timex:
    """``2021-04-22``, ``22/04/2021``."""
    p = r.hit.parts
    d = _date(int(p["y"].translate(_DIGITS)), int(p["mn"].translate(_DIGITS)), int(p["d"].translate(_DIGITS)))
    return r.tx("DATE", d.isoformat() if d else "XXXX-XX-XX", "day")


def _day_range(r: _Reading) -> Timex:
    """``22 मार्च से 2 अप्रैल``: the days the range spans."""
    p, anchor = r.hit.parts, r.anchor
    d0 = _date(anchor.year if anchor else 2000, MONTHS.get(fold(p["m0"]), 1), int(p["d0"].translate(_DIGITS)))
    d1 = _date(anchor.year if anchor else 2000, MONTHS.get(fold(p["m"]), 1), int(p["d"].translate(_DIGITS)))
    n = (d1 - d0).days + 1 if d0 and d1 and d1 >= d0 else None
    return r.tx("DURATION", f"P{n}D" if n else "PXD", "none")


def _day_month(r: _Reading) -> Timex:
    """``22 अप्रैल``, ``April 22`` (with a year, or the one the anchor and tense give), or a range of days."""
    p, anchor = r.hit.parts, r.anchor
    month = int(p["mn"].translate(_DIGITS)) if "mn" in p else MONTHS.get(fold(p["m"]).rstrip("."), 0)
    day = _day(p["d"])
    if "d0" in p:  # a range of days: the span is a duration, the value its first day
        day0 = int(p["d0"].translate(_DIGITS))
        n = day - day0 + 1
        return r.tx("DURATION", f"P{n}D" if n > 0 else "PXD", "none")
    if "y" in p:
        d = _date(int(p["y"].translate(_DIGITS)), month, day)
        return r.tx("DATE", d.isoformat() if d else "XXXX-XX-XX", "day")
    if anchor is None:
        return r.tx("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    d = _date(anchor.year, month, day)
    if d is None:
        return r.tx("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    # (a day of the coming week is this year's, whatever the tense: "7 अगस्त से ... टैरिफ लगाने" read on the 5th; a
    # later one told in the past, last year's)
    if not r.future and d > anchor + dt.timedelta(days=7):
        d = _date(anchor.year - 1, month, day) or d
    elif r.future and d < anchor:
        d = _date(anchor.year + 1, month, day) or d
    return r.tx("DATE", d.isoformat(), "day", True)


def _year_month(r: _Reading) -> Timex:
    """``इसी साल अप्रैल``, ``पिछले साल``, ``अप्रैल 2021``, a bare ``अप्रैल``."""
    p, anchor, future = r.hit.parts, r.anchor, r.future
    if r.hit.kind == "rel_year_month":
        rel = _REL.get(fold(p["rel"]), 0)
        k = 0 if rel == 99 else rel
        if anchor is None:
            year = "XXXX"
        else:
            year = str(anchor.year + k)
        if "m" in p:
            month = MONTHS.get(fold(p["m"]).rstrip("."), 0)
            return r.tx("DATE", f"{year}-{month:02d}", "month", anchor is not None)
        return r.tx("DATE", year, "year", anchor is not None)  # "इस साल के आखिर" too: the year
    month = MONTHS.get(fold(p["m"]).rstrip("."), 0)
    if r.hit.kind == "month_year":
        if "y" in p:
            return r.tx("DATE", f"{int(p['y'].translate(_DIGITS))}-{month:02d}", "month")
        if anchor is None:
            return r.tx("DATE", f"XXXX-{month:02d}", "month")
        y = anchor.year
        if not future and month > anchor.month:
            y -= 1
        elif future and month < anchor.month:
            y += 1
        return r.tx("DATE", f"{y}-{month:02d}", "month", True)
    # bare_month
    if anchor is None:
        return r.tx("DATE", f"XXXX-{month:02d}", "month")
    y = anchor.year - (1 if not future and month > anchor.month else 0) + (1 if future and month < anchor.month else 0)
    return r.tx("DATE", f"{y}-{month:02d}", "month", True)


def _era(r: _Reading) -> Timex:
    """A decade (``1990 के दशक``), a year, a century (``21वीं सदी``)."""
    p = r.hit.parts
    if r.hit.kind == "decade":
        y = p["y"].translate(_DIGITS)
        if len(y) == 2:
            y = ("19" if int(y) > 30 else "20") + y
        return r.tx("DATE", y[:3], "decade")
    if r.hit.kind == "year":
        return r.tx("DATE", p["y"].translate(_DIGITS), "year")
    c = p["c"].translate(_DIGITS)
    n = int(c) if c.isdigit() else int(_CENTURIES.get(p["c"], 21))
    return r.tx("DATE", f"{n - 1:02d}", "century")


def _weekday(r: _Reading) -> Timex:
    """``गुरुवार को``: the latest such day on or before the anchor, or the next one on or after it in the future."""
    p, anchor = r.hit.parts, r.anchor
    wd = int(_WEEKDAYS.get(fold(p["wd"]), 1))
    rel = _REL.get(fold(p.get("rel") or p.get("rel_after", "")), None)  # "Saturday last" as "last Saturday"
    is_future = r.future if rel in (None, 0, 99) else rel == 1
    if fold(p.get("dp", "")) in _MIDNIGHTS and _PAST_MIDNIGHT.match(r.rest):  # the night into the next day
        if anchor is None:
            return r.tx("DATE", f"XXXX-WXX-{wd % 7 + 1}", "weekday")
        return r.tx("DATE", (_weekday_on(anchor, wd, is_future, rel) + dt.timedelta(days=1)).isoformat(), "day", True)
    if anchor is None:
        return r.tx("DATE", f"XXXX-WXX-{wd}", "weekday")
    return r.tx("DATE", _weekday_on(anchor, wd, is_future, rel).isoformat(), "day", True)


def _weekday_on(anchor: dt.date, wd: int, is_future: bool, rel: Any) -> dt.date:
    """The day ``wd`` (ISO) names from ``anchor``: on or before it, or on or after it in the future."""
    delta = (anchor.isoweekday() - wd) % 7
    if is_future:  # the next such day on or after the anchor ("अगले शुक्रवार" on a Friday: a week on)
        ahead = (wd - anchor.isoweekday()) % 7
        d = anchor + dt.timedelta(days=ahead or (7 if rel == 1 else 0))
    else:
        d = anchor - dt.timedelta(days=delta if rel != -1 else delta or 7)
    return d


def _relative_unit(r: _Reading) -> Timex:
    """``अगले सप्ताह``, ``पिछले चार सालों``, ``दो दिन पहले``."""
    p = r.hit.parts
    if r.hit.kind == "rel_unit":
        rel = _REL.get(fold(p["rel"]), 0)
        unit = _unit(p["u"]) or "D"
        if "n" in p:  # पिछले चार सालों: a stretch of time up to now
            return r.tx("DURATION", _duration(_num(p["n"].strip()), unit), "none")
        k = 0 if rel == 99 else int(rel)
        return _relative(r.tx, r.anchor, unit, k, rel == 99)
    # ago
    unit = _unit(p.get("u", "")) or "X"
    amount = _num(p.get("n"))
    sign = -1 if _AGO.get(fold(p["dir"])) == -1 else 1
    if amount is None or amount != int(amount) or unit == "X":
        return r.tx("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "none")
    return _relative(r.tx, r.anchor, unit, sign * int(amount), False)


def _stretch(r: _Reading) -> Timex:
    """``19 घंटे``, ``वर्षों``, ``कई साल``: a duration."""
    p = r.hit.parts
    if r.hit.kind == "duration":
        unit = _unit(p["u"]) or "D"
        return r.tx("DURATION", _duration(_num(p["n"]) if fold(p["n"]) not in _VAGUE else None, unit), "none")
    if r.hit.kind == "plural_units":
        return r.tx("DURATION", _duration(None if "u" in p else 1, _unit(p.get("u") or p.get("u2", "")) or "D"), "none")
    return r.tx("DURATION", "PXY", "none")  # vague_duration


def _named_time(r: _Reading) -> Timex:
    """``उस समय``, a holiday, a season, a part of the day."""
    p, anchor = r.hit.parts, r.anchor
    if r.hit.kind == "that_time":
        return r.tx("DATE", str(_THAT.get(fold(p["w"]), "PAST_REF")), "none")
    if r.hit.kind == "holiday":
        value = str(_HOLIDAYS.get(fold(p["hd"]), "XXXX-XX-XX"))
        if anchor is not None and value[5:7] != "XX":
            value = f"{anchor.year}{value[4:]}"
        return r.tx("DATE", value, "day", anchor is not None)
    if r.hit.kind == "season":
        return r.tx("DATE", f"{anchor.year if anchor else 'XXXX'}-{_SEASONS.get(fold(p['se']), 'WI')}", "season")
    on = anchor.isoformat() if anchor else "XXXX-XX-XX"  # daypart
    return r.tx("TIME", f"{on}T{_daypart(p['dp'])}", "time", anchor is not None)


def _repeated(r: _Reading) -> Timex:
    """``हर साल``, ``हर सोमवार``, ``समय-समय पर``: a set."""
    p = r.hit.parts
    if r.hit.kind == "time_to_time":
        return r.tx("SET", "PX", "none")
    if "w" in p:
        return r.tx("SET", f"P1{_SETW[fold(p['w'])]}", "none")
    every = _unit(p["u"])
    if every is None:  # हर सोमवार
        return r.tx("SET", f"XXXX-WXX-{_WEEKDAYS.get(fold(p['u']), 1)}", "none")
    return r.tx("SET", _duration(1, every), "none")


def _deixis(r: _Reading) -> Timex:
    """``आज``, ``कल`` (yesterday or tomorrow, by the tense), ``परसों``, ``अब``."""
    p, anchor = r.hit.parts, r.anchor
    x = _DEIXIS.get(fold(p["x"]))
    if x == "now":
        return r.tx("DATE", "PRESENT_REF", "none", True)
    if x == "kal":
        x = 1 if r.future else -1
    elif x == "parson":
        x = 2 if r.future else -2
    typ = "TIME" if "dp" in p else "DATE"
    if anchor is None:
        return r.tx(typ, "XXXX-XX-XX", "day")
    return r.tx(typ, (anchor + dt.timedelta(days=int(x or 0))).isoformat(), "day", True)


def _clock(r: _Reading) -> Timex:
    """``शाम 5:30 बजे``, ``5.15 pm``: a time of the anchor's day."""
    p, anchor = r.hit.parts, r.anchor
    h = int(p["h"].translate(_DIGITS))
    mi = int(p.get("mi", "0").translate(_DIGITS))
    dp = fold(p.get("dp", ""))
    if dp in _PM_DAYPARTS and h < 12:
        h += 12
    if fold(p["ap"]).startswith("p") and h < 12:
        h += 12
    on = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return r.tx("TIME", f"{on}T{h % 24:02d}:{mi:02d}", "time", anchor is not None)


# the resolver of each rule's kind (a kind not here reads as an unknown date)
_RESOLVERS: dict[str, Callable[[_Reading], Timex]] = {
    "iso": _numeric_date, "dmy_num": _numeric_date, "range": _day_range, "dm": _day_month, "dm_num": _day_month,
    "md": _day_month,
    "rel_year_month": _year_month, "month_year": _year_month, "bare_month": _year_month,
    "month_in": _year_month,
    "decade": _era, "year": _era, "century": _era, "weekday": _weekday, "rel_unit": _relative_unit,
    "ago": _relative_unit, "duration": _stretch, "plural_units": _stretch, "vague_duration": _stretch,
    "that_time": _named_time, "holiday": _named_time, "season": _named_time, "daypart": _named_time,
    "time_to_time": _repeated, "set": _repeated, "deixis": _deixis, "clock": _clock,
}  # fmt: skip


def _daypart(word: str) -> str:
    w = fold(word)
    for prefix, code in _DAYPART_PREFIXES:
        if w.startswith(prefix):
            return code
    return "NI"


def _relative(tx: Any, anchor: dt.date | None, unit: str, k: int, same: bool) -> Timex:
    """``k`` units from the anchor's unit (``same``: a unit named before, value unknown)."""
    if unit in ("S", "MIN", "H"):
        return tx("DATE", "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF"), "none")
    if anchor is None or same:
        value = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit]
        precision = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century"}[unit]
        return tx("DATE", value, precision)
    if unit == "D":
        return tx("DATE", (anchor + dt.timedelta(days=k)).isoformat(), "day", True)
    if unit == "W":
        y, w, _ = (anchor + dt.timedelta(weeks=k)).isocalendar()
        return tx("DATE", f"{y}-W{w:02d}", "week", True)
    if unit == "M":
        y, m = _shift_month(anchor.year, anchor.month, k)
        return tx("DATE", f"{y}-{m:02d}", "month", True)
    if unit == "Y":
        return tx("DATE", str(anchor.year + k), "year", True)
    if unit == "DE":
        return tx("DATE", str(anchor.year // 10 + k), "decade", True)
    return tx("DATE", f"{anchor.year // 100 + k:02d}", "century", True)


_WEEKDAY_RE = re.compile(rf"{_L}(?:{_WEEKDAY_WORDS}){_R}", re.IGNORECASE)


def weekday_named(text: str) -> int | None:
    """The ISO weekday (1-7) a weekday word in ``text`` names (``शनिवार, 14 जून``: 6), or ``None``."""
    m = _WEEKDAY_RE.search(text)
    return int(_WEEKDAYS[fold(m.group())]) if m is not None and fold(m.group()) in _WEEKDAYS else None


def find_timexes(
    text: str, published: str | dt.date | None = None, start: int = 0, end: int | None = None, join: bool = True
) -> list[Timex]:
    """Detect and normalise the time expressions in ``text[start:end]``.

    Args:
        text: Clean text.
        published: The publication date (ISO string or date) that relative expressions are
            read from; without it values keep unknown parts as ``X``.
        start: Where to start looking.
        end: Where to stop.
        join: Whether neighbours are made one expression (``पिछले साल 31 जुलाई``; a range of days, a
            stretch); without, each part as it reads alone.

    Returns:
        Time expressions in text order, with offsets into ``text``.
    """
    anchor = dt.date.fromisoformat(published[:10]) if isinstance(published, str) and published else published
    view = text[start:end] if (start or end is not None) else text
    out = []
    for h in find_hits(view):
        if not _plausible(h, view):
            continue
        h.start += start
        h.end += start
        out.append(resolve(h, text, anchor if isinstance(anchor, dt.date) else None))
    return _join(out, text) if join else out


_RANGE_JOIN = re.compile(rf"\s*(?:{_either('range_join', _SPACES)}|-|–)\s*")
_DETAIL_JOIN = re.compile(rf"\s*(?:,|{_either('detail_link')})?\s*")
# "आज यानी गुरुवार 1 जून", "today, i.e. Thursday": two names of one day
_SAME_DAY_JOIN = re.compile(rf"\s*,?\s*(?:{_either('same_day_link', _SPACES)})\s*,?\s*", re.IGNORECASE)
# "Sunday at about 5.15 pm": English words between a day and its clock time
_AT_TIME = re.compile(r"\s*(?:,\s*)?(?:at|at\s+about|at\s+around|around|about)\s+", re.IGNORECASE)


def _join(found: list[Timex], text: str) -> list[Timex]:
    """One expression from neighbours: ``पिछले साल`` + ``31 जुलाई`` is ``2020-07-31``;
    ``शुक्रवार सुबह`` + ``8 बजे`` is one time; ``2004 से 2008`` is one stretch.
    """
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        gap = text[prev.end : t.start] if prev else ""
        if prev is not None and (prev.type, t.type) != ("DURATION", "DURATION") and len(gap) <= 12:
            if prev.type in ("DATE", "TIME") and t.type in ("DATE", "TIME") and (
                    (_DETAIL_JOIN.fullmatch(gap) and gap.strip() in ("", ","))
                    or (t.type == "TIME" and t.precision == "time" and _AT_TIME.fullmatch(gap))):  # fmt: skip
                out[-1] = _combine(prev, t)
                continue
            same = _same_day(prev, t, text) if _SAME_DAY_JOIN.fullmatch(gap) else None
            if same is not None:
                out[-1] = same
                continue
            if prev.type == "DATE" and t.type == "DATE" and _RANGE_JOIN.fullmatch(gap) and gap.strip():
                value = "PXD" if prev.precision in ("day", "weekday") else "PXY"  # (सोमवार से बुधवार: days)
                out[-1] = Timex(prev.start, t.end, "DURATION", value, "none", prev.anchored)
                continue
        out.append(t)
    return out


def _same_day(a: Timex, b: Timex, text: str) -> Timex | None:
    """One expression from today named again by its date or weekday ("आज यानी गुरुवार 1 जून", "गुरुवार यानी
    आज"): the date stated, or the weekday where today is unknown; ``None`` unless one of the two is today.
    """
    today = [t for t in (a, b) if t.type == "DATE" and _DEIXIS.get(fold(text[t.start : t.end].strip())) == 0]
    other = [t for t in (a, b) if t not in today]
    if len(today) != 1 or len(other) != 1 or other[0].type != "DATE" or other[0].precision not in ("day", "weekday"):
        return None
    d, o = today[0], other[0]
    pick = d if o.precision == "weekday" and d.anchored else o
    return Timex(a.start, b.end, "DATE", pick.value, pick.precision, a.anchored or b.anchored)


def _combine(a: Timex, b: Timex) -> Timex:
    """The value of two adjacent parts of one expression (the more precise wins, the year of
    the coarser one fills an unknown year).
    """
    rank = {"century": 0, "decade": 1, "year": 2, "season": 3, "month": 4, "week": 5, "weekday": 6, "day": 7, "time": 8}
    coarse, fine = (a, b) if rank.get(a.precision, -1) <= rank.get(b.precision, -1) else (b, a)
    if fine.type == "DATE" and fine.value.startswith("XXXX-XX-XX") and coarse.precision == "weekday":
        fine = coarse  # "आज मंगलवार" with no publication date: today is unknown, its weekday is not
    value = fine.value
    # पिछले साल 31 जुलाई: the stated year, not an unknown or anchored guess
    if coarse.precision == "year" and coarse.value[:4].isdigit() and (value.startswith("XXXX") or fine.anchored):
        value = coarse.value[:4] + value[4:]
    elif fine.type == "TIME" and "T" in value and coarse.precision in ("day", "weekday") and (
            value.startswith("XXXX-XX-XX") or coarse.value != value[:10]):  # fmt: skip
        value = coarse.value + value[value.index("T"):]  # the day stated beats the day a bare clock was anchored to
    typ = "TIME" if "TIME" in (a.type, b.type) else "DATE"
    return Timex(a.start, b.end, typ, value, fine.precision, a.anchored or b.anchored)


def _plausible(h: _Hit, text: str) -> bool:
    """Drop readings that are not times: `एक दिन` as "one day" is fine, `a year` in prose too,
    but a bare English `a`/`some` quantity or a four-digit number glued to a hyphen is not.
    """
    if h.kind == "dm_num":  # 26/11 is a day, 11/12 or 3/4 could be a month first or a fraction
        day, month = int(h.parts["d"].translate(_DIGITS)), int(h.parts["mn"].translate(_DIGITS))
        return day > 12 and _date(2000, month, day) is not None
    if h.kind == "year" and h.start > 0 and text[h.start - 1] in "-–/":
        return False
    if h.kind == "duration" and fold(h.parts.get("n", "")) in ("a", "some") and not h.parts.get("u", "").isascii():
        return False
    if h.kind == "deixis" and _DEIXIS.get(fold(h.parts.get("x", ""))) == "kal" and h.end < len(text):
        # "कल-कारखाने" (factories) is not "yesterday"
        return text[h.end] not in "-–"
    return True
