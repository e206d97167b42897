"""Facts: relations an article states outright rather than reports as happenings.

Events are things that happened (a meeting, a call, a refusal); facts are standing
relations the text asserts along the way, in Hindi or English:

* **membership**: ``भारत और पाकिस्तान 2017 में एससीओ के स्थायी सदस्य बने`` → India and Pakistan
  ``member_of`` SCO since 2017; ``चीन, रूस और एससीओ के अन्य सदस्य देश`` → China and Russia are
  members; ``X joined NATO in 2023``;
* **founding**: ``इस समूह की स्थापना 2001 में रूस, चीन ... ने शंघाई में की थी`` → six ``founded``
  facts with date 2001 and place Shanghai (``इस समूह`` / ``the group`` is the last
  organisation named before);
* **chairmanship**: ``ताजिकिस्तान इस साल एससीओ की अध्यक्षता कर रहा है`` → Tajikistan ``chair_of``
  SCO, this year.

Roles of people (``रूस के रक्षा मंत्री``) are facts too; ``link`` reads them from appositions.

A chairmanship also dates an undated article: rotating chairs are known by year
(``kb/chairs.tsv``), so "Tajikistan chairs the SCO this year", inside the tenures of the
ministers the article names, leaves only 2021. :func:`chair_bounds` narrows the bounds that
``events`` gives undated events; :func:`summit_bounds` does the same for a recurring summit
the text says is still to come this year (``kb/summits.tsv``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .model import Article, Fact, Mention, Span, Timex

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .store import Store

PREDICATES = ("member_of", "founded", "chair_of")
_ACTOR = frozenset({"GPE", "ORG"})
_SPACES = r"\s+"


def _words(kind: str) -> list[str]:
    """The words of one kind of ``lang/<code>/facts.tsv``, every language's, in the order written."""
    from .lexicon import every_language_rows

    return [w for r in every_language_rows("facts.tsv") if len(r) >= 2 and r[0] == kind for w in r[1].split("|") if w]


def _either(kind: str, space: str = _SPACES, whole: bool = False) -> str:
    """The words of a kind as an alternation (no group), in the order written.

    The order is kept: a group captured after it (the rest of a member phrase) depends on which
    alternative matched first.

    Args:
        kind: The kind of ``facts.tsv``.
        space: What a space inside a word matches (a regex).
        whole: Match a Latin word only whole (``\\bdue\\b``); a Devanagari one may begin a longer word.
    """
    forms = [re.escape(w).replace("\\ ", space) for w in _words(kind)]
    return "|".join(rf"\b{f}\b" if whole and f.isascii() else f for f in forms)


# the words are data (lang/<code>/facts.tsv); the patterns below are the grammar
_GEN = rf"(?:{_either('genitive')})"
# after an organisation: "के (स्थायी) सदस्य (देश)"
_MEMBER_HI = re.compile(
    rf"^\s*{_GEN}\s+(?P<other>(?:{_either('member_other')})\s+)?(?:(?:{_either('member_modifier')})\s+)?"
    rf"(?:{_either('member_noun')})(?:\s+(?:{_either('member_state')}))?(?P<rest>[^।]{{0,40}})"
)
_MEMBER_VERB_HI = re.compile(rf"^\s*(?:{_either('member_verb')})(?!\S)")
_JOIN_HI = re.compile(rf"^\s*(?:{_either('join')})")
_MEMBER_EN = re.compile(
    r"\b(?:became|become|becomes|becoming|are|is|was|were|remains?|remained|not)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:full|permanent|founding|new|non-permanent)\s+)?members?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_JOIN_EN = re.compile(r"\b(?:joined|joins|join|joining)\s+(?:the\s+)?$", re.IGNORECASE)
_FOUND_HI = re.compile(rf"^\s*{_GEN}\s+(?:{_either('founding_noun')})")
_ANAPHOR_HI = re.compile(
    rf"(?:{_either('anaphor_determiner')})\s+(?:{_either('group_noun')})\s+{_GEN}\s+(?:{_either('founding_noun')})"
)
_FOUND_EN = re.compile(
    r"^\s*(?:was|were|had\s+been)\s+(?:founded|established|formed|set\s+up|created)\b", re.IGNORECASE
)
_ANAPHOR_EN = re.compile(
    r"\b(?:the|this)\s+(?:group(?:ing)?|bloc|organi[sz]ation|alliance|forum)\s+(?:was|had\s+been)\s+"
    r"(?:founded|established|formed|set\s+up|created)\b",
    re.IGNORECASE,
)
_CHAIR_HI = re.compile(
    rf"^\s*(?:{_either('chair_genitive')})\s+(?:{_either('chair_noun')})\s+(?:{_either('chair_verb')})"
)
_CHAIR_EN = re.compile(
    r"\b(?:holds?|held|holding|has|took\s+over|assumed?|assumes)\s+(?:the\s+)?(?:rotating\s+)?"
    r"(?:chair(?:manship)?|presidency)\s+of\s+(?:the\s+)?$|\b(?:chairs|chaired|chairing|is\s+chairing|will\s+chair)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# a name followed by one of these is not the subject of the clause
_OBLIQUE = re.compile(rf"^\s*(?:{_either('oblique_marker')})(?!\S)|^\s+(?:{_either('oblique_preposition')})\b")
_NEG = re.compile(rf"(?<!\S)(?:{_either('negation')})(?!\S)", re.IGNORECASE)
# a city followed (Hindi) or preceded (English) by these is where the founding was
_PLACE_AFTER = re.compile(rf"^\s*(?:{_either('place_marker')})(?!\S)")
_PLACE_BEFORE = re.compile(rf"\b(?:{_either('place_preposition')})\s+$")
# what may stand between two names of one list
_LIST_GAP = re.compile(rf"\s*(?:,|،)?\s*(?:(?:{_either('coordinator')})\s*)?(?:,\s*)?")
_DATE_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?$")


class FactExtractor:
    """Reads memberships, foundings and chairmanships from linked articles.

    Args:
        kb: The knowledge base (which entity ids are countries, cities and organisations).
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def extract(self, article: Article) -> list[Fact]:
        """The facts of one article, each with its sentence as evidence."""
        text = article.text
        mentions = sorted(
            (
                m
                for m in article.mentions
                if m.entity_id and m.source != "dateline" and 0 <= m.start < m.end <= len(text)
            ),
            key=lambda m: m.start,
        )
        facts: list[Fact] = []
        starts = [m.start for m in mentions]  # windows by bisection: linear in the text
        timexes = sorted(article.timexes, key=lambda t: t.start)
        tstarts = [t.start for t in timexes]
        last_org: Mention | None = None
        done = 0  # mentions[:done] end before the current sentence (sentences come in order)
        for sent in article.sentences:
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            inside = [m for m in mentions[lo:hi] if m.end <= sent.end]
            tlo, thi = bisect_left(tstarts, sent.start), bisect_left(tstarts, sent.end)
            times = [t for t in timexes[tlo:thi] if t.end <= sent.end]
            while done < len(mentions) and mentions[done].start < sent.start:
                if mentions[done].end <= sent.start and _is_org(mentions[done]):
                    last_org = mentions[done]
                done += 1
            facts.extend(self._sentence(text, sent, inside, times, last_org))
        seen: set[tuple[Any, ...]] = set()
        out = []
        for f in facts:
            key = (f.predicate, f.subject, f.object, f.date, f.negated)
            if key not in seen and f.subject != f.object:
                seen.add(key)
                out.append(f)
        return out

    def _sentence(
        self, text: str, sent: Span, ms: list[Mention], times: list[Timex], last_org: Mention | None
    ) -> Iterator[Fact]:
        for k, m in enumerate(ms):
            if not _is_org(m):
                continue
            after = text[m.end : sent.end]
            head = text[sent.start : m.start]
            # X (और Y) ORG के सदस्य बने / हैं; X, Y और ORG के अन्य सदस्य
            mm = _MEMBER_HI.match(after)
            if mm:
                if mm.group("other"):
                    subs = _coordinated_before(text, ms[:k], m.start)
                    yield from self._facts("member_of", subs, m, sent, times, text, negated=False)
                    continue
                rest = mm.group("rest")
                if _MEMBER_VERB_HI.match(rest):
                    negated = bool(_NEG.search(rest[:25]))
                    yield from self._facts("member_of", _subjects(text, ms[:k]), m, sent, times, text, negated)
                continue
            if _JOIN_HI.match(after):
                negated = bool(_NEG.search(after[:40]))
                yield from self._facts("member_of", _subjects(text, ms[:k]), m, sent, times, text, negated)
                continue
            if _MEMBER_EN.search(head) or _JOIN_EN.search(head):
                negated = bool(_NEG.search(head[-30:]))
                yield from self._facts("member_of", _subjects(text, ms[:k]), m, sent, times, text, negated)
                continue
            if _CHAIR_HI.match(after):
                negated = bool(_NEG.search(after[:40]))
                yield from self._facts("chair_of", _subjects(text, ms[:k])[-1:], m, sent, times, text, negated)
                continue
            if _CHAIR_EN.search(head):
                yield from self._facts("chair_of", _subjects(text, ms[:k])[-1:], m, sent, times, text, False)
                continue
            if _FOUND_HI.match(after) or _FOUND_EN.match(after):
                yield from self._founding(text, sent, m, [x for x in ms if x is not m], times)
        # "इस समूह की स्थापना ...": the group is the last organisation named before this sentence
        sentence = text[sent.start : sent.end]
        named = any(_is_org(x) and (_FOUND_HI.match(text[x.end : sent.end]) or _FOUND_EN.match(text[x.end : sent.end]))
                    for x in ms)  # fmt: skip
        if last_org is not None and not named and (_ANAPHOR_HI.search(sentence) or _ANAPHOR_EN.search(sentence)):
            yield from self._founding(text, sent, last_org, ms, times)

    def _founding(
        self, text: str, sent: Span, org: Mention, others: list[Mention], times: list[Timex]
    ) -> Iterator[Fact]:
        place = None
        founders = []
        for x in others:
            if not x.entity_id or x.label not in _ACTOR:
                continue
            ahead = text[x.end : x.end + 6]
            if _PLACE_AFTER.match(ahead) or _PLACE_BEFORE.search(text[max(sent.start, x.start - 4) : x.start]):
                if place is None and x.entity_id.startswith("city:"):
                    place = x.entity_id
                continue
            if x.entity_id.startswith("country:") or (x.entity_id.startswith(("org:", "new:org")) and x is not org):
                founders.append(x)
        yield from self._facts("founded", founders, org, sent, times, text, False, place)

    def _facts(
        self, predicate: str, subjects: list[Mention], obj: Mention, sent: Span, times: list[Timex], text: str,
        negated: bool, place: str | None = None,
    ) -> Iterator[Fact]:  # fmt: skip
        date = _date(times)
        for s in subjects:
            if s.entity_id and s.entity_id != obj.entity_id:
                yield Fact(predicate, s.entity_id, str(obj.entity_id), sent.start, sent.end, date, place, negated)


def _is_org(m: Mention) -> bool:
    return m.label == "ORG" and bool(m.entity_id)


def _is_actor(m: Mention) -> bool:
    eid = m.entity_id or ""
    return m.label in _ACTOR and (eid.startswith(("country:", "org:", "new:org")))


def _subjects(text: str, before: list[Mention]) -> list[Mention]:
    """Countries and organisations before the predicate that are not in an oblique case."""
    out = []
    for i, m in enumerate(before):
        if not _is_actor(m):
            continue
        nxt = before[i + 1].start if i + 1 < len(before) else len(text)
        if _OBLIQUE.match(text[m.end : min(nxt, m.end + 12)]):
            continue
        out.append(m)
    return out


def _coordinated_before(text: str, before: list[Mention], at: int) -> list[Mention]:
    """The run of names joined by commas and ``और``/``and`` that ends right before ``at``."""
    out: list[Mention] = []
    end = at
    for m in reversed(before):
        gap = text[m.end : end]
        if not _LIST_GAP.fullmatch(gap):
            break
        if _is_actor(m):
            out.append(m)
        end = m.start
    return list(reversed(out))


def _date(times: list[Timex]) -> str | None:
    """The first dated time expression of the sentence (``2017``, ``XXXX`` for "this year")."""
    for t in times:
        if t.type == "DATE" and _DATE_VALUE.match(t.value or ""):
            return t.value
    return None


def chair_bounds(facts: list[Fact], kb: KnowledgeBase, lo: str | None, hi: str | None) -> tuple[str | None, str | None]:
    """Narrow an undated article's ``(not_before, not_after)`` by the chairmanships it states.

    A chair stated for "this year" (date ``XXXX``) gives the year the chairmanship is known
    by; one in the present tense with no date, only the term. When exactly one term of that
    country in that organisation fits the bounds already known, the bounds shrink to it.
    """
    for f in facts:
        if f.predicate != "chair_of" or f.negated or (f.date not in (None, "XXXX")):
            continue
        fits = []
        for term in kb.chairs.get((f.object, f.subject), []):
            start, end = term.bounds()
            if f.date == "XXXX":
                start, end = max(start, f"{term.year}-01-01"), min(end, f"{term.year}-12-31")
            if (lo is None or end >= lo) and (hi is None or start <= hi) and start <= end:
                fits.append((start, end))
        lo, hi = _narrow(fits, lo, hi)
    return lo, hi


_SUMMIT = re.compile(_either("summit", space=r"\s*", whole=True), re.IGNORECASE)  # (शिखरसम्मेलन too)
_LATE = re.compile(_either("late", whole=True), re.IGNORECASE)
_AHEAD = re.compile(_either("ahead", whole=True), re.IGNORECASE)
_JOIN = re.compile(rf"\s*[-–]\s*|\s+(?:{_either('pair_join')})\s+")


def _narrow(fits: list[tuple[str, str]], lo: str | None, hi: str | None) -> tuple[str | None, str | None]:
    """The bounds within the one span that fits; unchanged when none or several fit."""
    if len(fits) != 1:
        return lo, hi
    start, end = fits[0]
    return max(lo or start, start), min(hi or end, end)


def summit_bounds(article: Article, kb: KnowledgeBase, lo: str | None, hi: str | None) -> tuple[str | None, str | None]:
    """Narrow an undated article's bounds by a summit it says is held this year.

    ``इस साल के आखिर में होने जा रहे भारत-रूस वार्षिक शिखर सम्मेलन``: the article is from a year
    with an India–Russia summit late in the year (``kb/summits.tsv``), written before it. When
    exactly one such year fits the bounds already known, the bounds shrink to it.
    """
    text = article.text
    countries = [m for m in article.mentions if (m.entity_id or "").startswith("country:") and m.source != "dateline"]
    for sent in article.sentences:
        this_year = [t for t in article.timexes if sent.start <= t.start < sent.end and t.value == "XXXX"]
        hit = _SUMMIT.search(text, sent.start, sent.end) if this_year else None
        if hit is None:
            continue
        inside = sorted((m for m in countries if sent.start <= m.start and m.end <= hit.start()), key=lambda m: m.start)
        pairs = [(a, b) for a, b in pairwise(inside) if _JOIN.fullmatch(text[a.end : b.start])]
        if not pairs:
            continue
        a, b = pairs[-1]
        series = "+".join(sorted(str(x.entity_id).split(":", 1)[1] for x in (a, b)))
        late = _LATE.search(text[this_year[0].start : this_year[0].end + 15])
        ahead = _AHEAD.search(text, sent.start, sent.end)
        fits = []
        for day in kb.summits.get(series, []):
            if late and int(day[5:7]) < 9:
                continue
            start, end = f"{day[:4]}-01-01", day if ahead else f"{day[:4]}-12-31"
            if (lo is None or end >= lo) and (hi is None or start <= hi):
                fits.append((start, end))
        lo, hi = _narrow(fits, lo, hi)
    return lo, hi


def stored_records(store: Store, kb_dir: str = "", entity_id: str | None = None,
                   evidence_limit: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Every stored fact (or those with ``entity_id`` as subject or object), the same fact from
    several articles merged, with its evidence (with ``evidence_limit``: the first that many
    sentences and their documents, and ``evidence_total`` and ``documents_total`` counting all).

    Returns:
        Rows of ``fact_id``, ``predicate``, ``subject``/``object``/``place``
        (``{entity_id, name}``), ``date``, ``negated``, ``evidence`` [{doc_id, start, end, text}]
        and ``doc_ids``, ordered by object, predicate and subject.
    """
    from .kb import load as load_kb
    from .model import content_hash

    kb = load_kb(kb_dir or None)
    if entity_id is not None and evidence_limit is not None:
        # one entity's page: grouped and counted in the database, only the evidence shown read back
        groups = store.fact_groups(entity_id, evidence_limit)
    else:
        rows = store.facts(entity_id)
        grouped: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            grouped[(r["predicate"], r["subject"], r["object"], r["date"], r["negated"])].append(r)
        groups = [
            {"predicate": pred, "subject": sub, "object": obj, "date": date, "negated": neg,
             "place": next((g["place"] for g in group if g["place"]), None), "total": len(group),
             "documents": len({g["doc_id"] for g in group}),
             "rows": group[:evidence_limit] if evidence_limit is not None else group}
            for (pred, sub, obj, date, neg), group in grouped.items()
        ]  # fmt: skip
    texts = store.texts(sorted({r["doc_id"] for g in groups for r in g["rows"]}))
    ids = {g[k] for g in groups for k in ("subject", "object", "place") if g[k]}  # the ones the records name
    names = store.mention_names(sorted(i for i in ids if i not in kb.entities))

    def named(eid: str | None) -> dict[str, Any] | None:
        if eid is None:
            return None
        ent = kb.entities.get(eid)
        return {"entity_id": eid, "name": ent.name if ent else names.get(eid, eid),
                "name_en": ent.name_en if ent else None}  # fmt: skip

    out = []
    for g in groups:
        pred, sub, obj, date, neg = g["predicate"], g["subject"], g["object"], g["date"], g["negated"]
        evidence = [
            {"doc_id": r["doc_id"], "start": r["start"], "end": r["end"],
             "text": texts.get(r["doc_id"], "")[r["start"] : r["end"]]}
            for r in g["rows"]
        ]  # fmt: skip
        row = {
            "fact_id": "fact:" + content_hash(f"{pred}\x00{sub}\x00{obj}\x00{date}\x00{neg}")[:16],
            "predicate": pred, "subject": named(sub), "object": named(obj), "date": date, "place": named(g["place"]),
            "negated": neg, "evidence": evidence, "doc_ids": list(dict.fromkeys(e["doc_id"] for e in evidence)),
        }  # fmt: skip
        if evidence_limit is not None:
            row["evidence_total"] = g["total"]
            row["documents_total"] = g["documents"]
        out.append(row)
    out.sort(
        key=lambda r: (
            r["object"]["entity_id"],
            PREDICATES.index(r["predicate"]),
            r["date"] or "",
            r["subject"]["entity_id"],
        )
    )
    return out
