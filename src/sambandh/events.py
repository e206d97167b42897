"""Events: who did what to whom, where and when, coded in PLOVER with CAMEO alongside.

The method reads Hindi morpho-syntax rather than translating:

1. **Triggers.** Predicates from ``kb/event_triggers.tsv`` (light-verb phrases such as
   ``मुलाकात की``, ``हस्ताक्षर करने से इनकार``, ``निंदा की``, ``फ़ोन पर बात की``, ``दौरा किया``,
   and English verbs) give the type, mode and CAMEO code.
2. **Arguments.** Each name before the predicate in its clause gets a case from the
   postposition that follows it: ``ने`` or none (subject) → source; ``से``, ``के साथ``, ``को``,
   ``पर``, ``के खिलाफ`` → target; ``के बीच`` → participants; ``में`` → place; ``के``/``की``
   (genitive) → not an actor unless it names a visit's destination. Coordinated names
   (``रूस और पाकिस्तान``) share a case. Offices without a name (``पाकिस्तान के रक्षा मंत्री ने``),
   pronouns (``उन्होंने``, ``उनका``) and groups (``दोनों नेताओं``) are resolved from the article.
   English clauses use word order and prepositions.
3. **Date, place, topics, polarity.** The closest date in the clause (TIMEX3 from
   ``sambandh.timex``); a place in ``में`` / ``in``, else the one the article's earlier events
   of the same actors took place in, else the dateline; weapon systems and issues named in
   the sentence; negation and modality from the verb group.
4. **One event per happening.** Mentions of the same event in one article (the meeting told
   three times) merge; across articles ``merge`` groups events by type and actors, keeping
   apart those whose places or dates disagree.

Undated articles still give ordered timelines: the office holders an article names bound
when it can have been written (Shoigu was Russia's defence minister until May 2024,
Belousov after), so each event carries ``not_before`` / ``not_after``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .clean import AGENCIES
from .dates import MONTH_ALT, MONTHS
from .facts import chair_bounds, summit_bounds
from .kb import KnowledgeBase, _pad
from .lexicon import (
    Agents,
    Lexicon,
    PredicateMatch,
    Pronoun,
    every_language_rows,
    lang_rows,
    load_agents,
    load_lexicon,
    load_pronouns,
    word_key,
)
from .link import _ROLE_OF, _ROLE_RE
from .model import Actor, Article, Event, Mention, RoleFact, Span, Timex, sort_key
from .normalize import fold, fold_word, tolerant

_DEV = "\u0900-\u097f"
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "AGENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# CONSULT modes that tell the same happening (a meeting is also a talk)
_FAMILY = {"meet": "meet", "discuss": "meet", "host": "host", "phone": "phone", "visit": "visit"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A predicate that states an event, as the lexicon entry found in the text gives it."""

    type: str
    mode: str
    cameo: str
    symmetric: bool
    targets: frozenset[str] = frozenset()
    english: bool = False
    match: PredicateMatch | None = None

    @classmethod
    def of(cls, m: PredicateMatch) -> Trigger:
        """The trigger of a lexicon match."""
        e = m.entry
        return cls(e.type, e.mode, e.cameo, e.symmetric, e.targets, e.lang == "en", m)


def _case_rows(where: str) -> dict[str, str]:
    """Form → case of every language's ``lang/<code>/cases.tsv`` rows placed ``where`` (after/before the name)."""
    return {re.sub(r"\s+", " ", r[0]).lower(): r[1] for r in every_language_rows("cases.tsv") if len(r) >= 3 and r[2] == where}


def _forms_alt(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


def _kind_words(kind: str) -> set[str]:
    """Every language's words of one kind (``lang/<code>/words.tsv``)."""
    return {w for r in every_language_rows("words.tsv") if len(r) >= 2 and r[0] == kind for w in r[1].split("|") if w}


def _kind_alt(kind: str) -> str:
    """An alternation of every language's words of one kind, longest first."""
    words = _kind_words(kind)
    return _forms_alt(words) if words else "(?!)"


# the case a postposition (or an English word after a name: "and", "'s") gives the name before it
_CASE_OF = _case_rows("after")
# the one-word postpositions, longest first, and the genitive postposition's forms in Devanagari
# (का, की, के; the table's English rows, "'s" and "of", mark a genitive the other way round)
_ONE_WORD_PP = "|".join(sorted((re.escape(f) for f in _CASE_OF if " " not in f), key=len, reverse=True))
_GEN_FORMS = frozenset(f for f, c in _CASE_OF.items() if c == "gen" and re.fullmatch("[" + _DEV + "]+", f))
_CASE = re.compile(
    r"\s*(?:[\"'“”‘’)\]]\s*)*(?:\([^()]{1,40}\)\s*)?(?:(?:" + _kind_alt("case_particle") + r")\s+)?"
    r"(?P<pp>" + _forms_alt(_CASE_OF) + r")?(?![\w" + _DEV + r"])",
    re.IGNORECASE,
)
# the case an English preposition gives the name after it
_EN_PREP = _case_rows("before")
# the preposition that governs an English name: the last one before it, past articles and capitalised words
_EN_BEFORE = re.compile(r"\b(" + _forms_alt(_EN_PREP) + r")\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$", re.IGNORECASE)
# the argument cases a lexicon target code accepts (lang/*/predicates.tsv, column target)
# acts that are news without a named actor ("सीमा पर गोलीबारी हुई", "समझौते पर हस्ताक्षर किए गए")
_ACTORLESS = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AGREE", "SANCTION", "COOPERATE", "AID"})
# acts a host country does to foreign envoys, told in the passive without their agent
_HOST_ACTS = frozenset({"summon", "expel"})
# acts whose verb takes a thing as its object ("प्रस्ताव ठुकरा दिया": a proposal rejected), so need
# no actor in the frame's case to be told apart from another sense
_THING_OBJECT = frozenset({"REJECT"})
# acts told in the passive whose unnamed doer is known by the act: a conviction or a sentence is a
# court's ("क़साब को दोषी पाया गया"), whoever acted in the sentence before
_IMPLICIT_SOURCE = {("COERCE", "sentence"): "jud"}
# acts that are news only with someone doing them or done to: aid ("मदद नहीं करेंगे"), a concession
_NEEDS_ACTORS = frozenset({("AID", "humanitarian"), ("AID", "deliver"), ("AID", "economic"),
                           ("CONCEDE", "release"), ("CONCEDE", "return"), ("CONCEDE", "allow"),
                           ("COOPERATE", "economic"), ("SANCTION", "suspend")})  # fmt: skip
# acts between polities: with none among the actors they are private dealings (aid, a purchase)
_BETWEEN_POLITIES = frozenset({("AID", "humanitarian"), ("AID", "deliver"), ("AID", "economic"), ("AID", "military"),
                               ("COOPERATE", "purchase")})  # fmt: skip
# the generic actors that can pay a visit (docs/events.md): officials, not crowds
_VISITING_SECTORS = frozenset({"gov", "dip", "mil", "igo", "leg", "spy"})
# the generic actors that act for a polity (aid, purchases): those officials and the police
_POLITY_SECTORS = _VISITING_SECTORS | {"cop"}
# directed acts between states whose unnamed target is the other side of the report (``_counterpart``)
_COUNTERPART = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "ASSAULT", "SUPPORT"})
_NO_COUNTERPART = frozenset({"concern", "praise", "refuse_sign"})
_OBJECT_BEFORE = re.compile(r"[\w\u0900-\u097f]+\s+(?:" + _kind_alt("object_marker") + r")\s*$")  # concern at events, thanks to a host: no other side
# directed acts whose target may be named as the owner of their object ("X के बयान को खारिज किया")
_POSSESSOR_TARGET = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})
_POSSESSED = re.compile(r"\s*(?:के|की|का)\s+(?:(?:" + _kind_alt("possessed_modifier") + r")\s+)?[\u0900-\u0963\u0966-\u097f]+\s+(?:"
                        + _kind_alt("object_marker") + r")(?=\s)")
_ON_WORDS = frozenset(_kind_words("on_or_at"))
_ON_WHAT = re.compile(r"\s(?:" + _kind_alt("on_or_at") + r")\s")
_ON_THIS = re.compile(r"(?:^|\s)(?:" + _kind_alt("answer_pointer") + r")\s+(?:" + _kind_alt("answer_relation") + r")\s")  # "इस पर ... जवाबी कार्रवाई": in answer, not at a place
_TARGET_OF: dict[str, set[str]] = {
    "gen": {"gen"}, "dat": {"dat", "obj"}, "abl": {"abl", "from"}, "com": {"com", "abl"}, "on": {"on"},
    "against": {"against"}, "loc": {"loc"}, "obj": {"obj", "dat"}, "with": {"com"}, "to": {"to", "dat"},
    "from": {"from", "abl"}, "for": {"for"},
}  # fmt: skip
_BOTH = re.compile(r"(?:" + _kind_alt("both_sides") + r")\s*$")
_GROUP = re.compile(
    r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("pair_word") + r")\s+(?:(?:" + _kind_alt("group_of_countries") + r")\s+)?(?P<k>"
    + _kind_alt("group_noun") + "|" + _kind_alt("group_noun_countries") + r")(?![\w" + _DEV + r"])",
    re.IGNORECASE,
)
# the group nouns that stand for countries ("दोनों देशों", "both sides"), folded
_COUNTRY_GROUPS = frozenset(fold(w) for w in _kind_words("group_noun_countries"))
_OFFICE = re.compile(
    r"(?:(?P<of>[^\s,।;:()\"]+)\s+(?:के|की|का)\s+|(?P<dem>[^\s,।;:()\"]+)\s+)?(?P<role>" + _ROLE_RE + r")"
    r"(?:(?=\s*(?:ने|से|को|के\s+साथ|का|की|के|,))"
    # a country's office as a bare subject ("नेपाल के प्रधानमंत्री भारत आएंगे"), unless the next word
    # makes a compound with it ("प्रधानमंत्री पद", "राष्ट्रपति भवन")
    r"|(?(of)(?=\s+(?!(?:" + _kind_alt("office_compound") + r")(?![\w" + _DEV + r"]))[\w" + _DEV + r"])|(?!)))",
    re.IGNORECASE,
)
# what may stand between an office and the name it is apposed to: a rank ("रक्षा मंत्री जनरल <name>")
# (a short word between is a title, "श्री", "Dr.", never a postposition: "प्रधानमंत्री ने मोदी से")
_APPOSED = re.compile(r"\s{0,3}|\s+(?!(?:" + _ONE_WORD_PP + r")\s)[^\s,।;:()\"]{1,12}\.?\s+")
# a complement clause right after a verb group ("स्वीकार किया कि", "admitted that")
_THAT_AFTER = re.compile(r"\s*,?\s*(?:" + _kind_alt("complementizer") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
# a message right before a verb of sending: "अपीलें भेजी", "पत्र भेजा", "sent a letter"
_MESSAGE_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("message_noun") + r")\s+$", re.IGNORECASE)
# "जब ... तो ...", "अगर ... तो ...": the correlative opens the main clause, a scope of its own
_SUBORDINATE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("subordinator") + r")\s", re.IGNORECASE)
_CORRELATIVE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("correlative") + r")\s", re.IGNORECASE)
# a complement clause or a quotation starts a new scope: its subject is not the speaker
_SAID_THAT = re.compile(
    r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("complementizer") + r")\s|(?:" + _kind_alt("say_verb") + r")(?:\s+(?:" + _kind_alt("say_aux") + r"))?\s*(?:[,:]\s*[\"“‘'’]*|[\"“‘'’]+)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("negation") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
_FUTURE = re.compile(
    r"(?:" + _kind_alt("future_ending") + r")(?![\w" + _DEV + r"])|(?<![\w" + _DEV + r"])(?:" + _kind_alt("future_word") + r")\s",
    re.IGNORECASE,
)
# an English future governing the noun after it: "will attend the", "is set to hold a"
_WILL_BEFORE = re.compile(r"\b(?:" + _kind_alt("future_governor") + r")\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
_INTENT = re.compile(_kind_alt("intent"), re.IGNORECASE)
_POSSIBLE = re.compile(_kind_alt("possible") + r"|(?:" + _kind_alt("possible_word") + r")\s", re.IGNORECASE)
def _topic_res() -> list[tuple[str, re.Pattern[str]]]:
    """Each topic of ``lang/<code>/topics.tsv`` (every language's words together) as one pattern."""
    words: dict[str, set[str]] = {}
    for r in every_language_rows("topics.tsv"):
        if len(r) >= 2:
            words.setdefault(r[0], set()).update(w for w in r[1].split("|") if w)
    return [(k, re.compile(tolerant(_forms_alt(ws)), re.IGNORECASE)) for k, ws in words.items()]


_ISSUE_RES = _topic_res()
# "पाकिस्तान में हुई घटनाओं": a place of something else the sentence mentions
_INCIDENT = re.compile(r"\s*में\s+(?:" + _kind_alt("happened_participle") + r")\s+[\"'“”‘’]?(?:\S+\s+){0,5}?[\"'“”‘’]?(?:"
                       + _kind_alt("incident_stem") + r")")
_DAY_RANGE = re.compile(r"(?P<d0>\d{1,2})\s*(?:-|–|से|to)\s*(?P<d1>\d{1,2})\s+(?P<m>" + MONTH_ALT + r")\.?(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?",
                        re.IGNORECASE)  # fmt: skip
# a postposition, conjunction or punctuation: what separates an office word from a name it does not title
_CASE_WORD = re.compile(r"[,।;:()\"]|(?<![\w\u0900-\u097f])(?:" + _kind_alt("case_word") + r")(?![\w\u0900-\u097f])")
_WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<head>[^\n,।()|:]{2,40}?(?:\s*\([^()\n]{1,25}\))?\s*,\s*[^\n()।|:]{3,30}?\s*\((?:" + AGENCIES
    + r"|[A-Z][A-Za-z./]{1,12})\))\s*[:।|\-–—]?")
_DATELINE_TAIL = re.compile(r"\s*(?:\d{4}\s*)?(?:\(|,|:|-|–|\||।|\n)")
# words passed over when looking for a cue after a predicate ("करने की मांग")
_SKIP_AFTER = frozenset(word_key(w) for w in _kind_words("skip_after"))
_EN_ASIDE = re.compile(r"\b(?:" + _kind_alt("aside") + r")\b", re.IGNORECASE)
_EN_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_BESIDE = re.compile(r"[\s,]*(?:" + _kind_alt("weekday_apposition") + r")?[\s,]*")  # between a weekday and its calendar day
_CAPITAL_CASES = frozenset({"erg", "by", "dat", "abl", "against", "com"})  # a capital acting or acted on (not "में", "पर")
_ANAPHOR = re.compile(r"(?<![\w\u0900-\u097f])(?:" + _kind_alt("demonstrative") + r")\s+(?:[\w\u0900-\u097f-]+\s+)?$", re.IGNORECASE)
_COMING = re.compile(r"\s*पर\s+(?:[\u0900-\u097f]+\s+){0,3}?(?:" + _kind_alt("coming_stem") + r")\s+(?:" + _kind_alt("progressive_aux")
                     + r")\s+(?:" + _kind_alt("present_aux") + r")")
_AND_BEFORE = re.compile(r"([\w\u0900-\u0963\u0966-\u097f]+)\s+(?:" + _kind_alt("coordinator") + r")\s+$", re.IGNORECASE)
_HYPHEN_PART = re.compile(r"[-–][\w\u0900-\u0963\u0966-\u097f]+")
_COORDINATED = re.compile(r"\s*(?:,|[-–]|(?:,\s*)?(?:" + _kind_alt("coordinator") + r"))\s*", re.IGNORECASE)
# "सेना के जवान", "उच्चायोग के एक कर्मचारी": an owner's genitive, then the owned noun
_OWNED_BY = re.compile(r"\s+(?:" + "|".join(sorted(_GEN_FORMS, key=len, reverse=True)) + r")\s+(?:(?:"
                       + _kind_alt("np_determiner") + r")\s+)?")
_ADJUNCT = re.compile(r"\s*(?:'s|’s)?\s*")  # "Pakistan army", "China's troops", "पाकिस्तान सेना": a country naming its body
_EN_SAID = re.compile(r"\s+(?:\w+\s+)?(?:" + _kind_alt("attribution") + r")\b", re.IGNORECASE)
_EN_QUESTION = re.compile(r"\b(?:" + _kind_alt("question_verb") + r")\s+(?:" + _kind_alt("question_word") + r")\b|\b(?:"
                          + _kind_alt("question_alone") + r")\b", re.IGNORECASE)
_EN_IF = re.compile(r"\s+(?:" + _kind_alt("question_object") + r")\b", re.IGNORECASE)
_EN_BY = re.compile(r"\bby\s+(?:(?:" + _kind_alt("manner_adverb") + r")\s+)?(?:[\w-]+(?:\s+[\w-]+){0,3}\s+(?:and|or)\s+)?$",
                    re.IGNORECASE)  # "by firing", "by heavy shelling and firing": the manner of another act
# an event noun whose only verb is a bare copula at the clause's end names what something is ("... पर हमला है")
_COPULA = re.compile(r"\S+\s+(?:" + _kind_alt("copula") + r")")
_ATTRIBUTIVE = re.compile(r"\s(?:" + _kind_alt("attributive") + r")$")  # the predicate's form took it in
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:" + _kind_alt("attributive") + r")(?![\w" + _DEV + r"])")
# who gets something: a dative postposition's name (गुटों को) or a dative pronoun (उन्हें)
_DATIVE_PP = frozenset(f for f, c in _CASE_OF.items() if c == "dat")
_RECEIVED = re.compile(r"(?<![\w" + _DEV + r"])(?:" + "|".join(map(re.escape, sorted(_DATIVE_PP))) + "|"
                       + _kind_alt("dative_pronoun") + r")(?![\w" + _DEV + r"])")  # fmt: skip
_ALIKE = re.compile(r"[\s-]*(?:" + _kind_alt("alike_tail") + ")")  # मिलती-जुलती, मिलते जुलते: alike
_BEFORE_NOUN = re.compile(r"\s+(?:(?!(?:" + _ONE_WORD_PP + r")\s)[^\s,।\"'“”]+\s+)?")
_CUT_GENITIVE = re.compile(r"\s+[^\s,।]+\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")(?![\w" + _DEV + r"])")  # one more word, then का/की/के
_COPULA_NEXT = re.compile(r"\s+(?:" + _kind_alt("copula") + r")(?![\w" + _DEV + r"])")
# "उनका स्वागत": a possessive pronoun before a greeting is the one greeted
_GREETED = re.compile(r"\s+(?:" + _kind_alt("greeting") + r")")
# "31 मार्च तक", "until March 31": a date that bounds, not one that happened
_UNTIL = re.compile(r"\s*(?:" + _kind_alt("until") + r")\b", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[।.!?|]|$)")
_IN_CLASH = re.compile(r"\s+(?:" + _kind_alt("inside") + r")\s+(?:an?|the)\s+(?:[a-z-]+\s+)?", re.IGNORECASE)  # killed in a clash
_CLAUSE_END = re.compile(r"[,;]\s*(?:" + _kind_alt("clause_conj") + r")\s|[।?!॥]|\.(?:\s|$)")


@dataclass(slots=True)
class _Arg:
    entity_id: str
    label: str
    case: str
    start: int
    end: int
    via: str = "name"
    kb_id: str | None = None


class EventExtractor:
    """Finds events in articles whose mentions are linked (``entities`` and ``link`` ran).

    Args:
        kb: The knowledge base (for affiliations, places and office tenures).
        home_country: The country an unqualified office belongs to (``in``).
        lexicons: Predicate lexicons by language code (``lang/<code>/predicates.tsv`` by default).
    """

    def __init__(self, kb: KnowledgeBase, home_country: str = "in",
                 lexicons: dict[str, Lexicon] | None = None, scorer: str = "") -> None:  # fmt: skip
        from .event_score import load_scorer

        self.kb = kb
        # the precision model (sambandh/event_score.py): "off" keeps every event the rules find
        self.scorer = None if scorer == "off" else load_scorer(scorer)
        self.dropped = 0  # events the model ranked under its threshold
        self.home = f"country:{home_country}"
        if lexicons is None:
            lexicons = {code: lex for code in ("hi", "en") if (lex := load_lexicon(code)) is not None}
        self.lexicons = lexicons
        self.agents: dict[str, Agents] = {code: load_agents(code) for code in self.lexicons}
        # the pronouns of every language read (lang/<code>/pronouns.tsv), as one alternation
        self.pronouns: dict[str, Pronoun] = {}
        for code in self.lexicons:
            self.pronouns.update(load_pronouns(code))
        words = sorted({p.word for p in self.pronouns.values()}, key=len, reverse=True)
        self.pronoun_re = re.compile(
            r"(?<![\w" + _DEV + r"])(?P<w>" + "|".join(map(re.escape, words)) + r")(?![\w" + _DEV + r"])",
            re.IGNORECASE) if words else None  # fmt: skip
        self.places_of = city_countries(kb)
        # country → its capital city (kb/cities.tsv marks capitals)
        self.capitals = {self.places_of[eid]: eid for eid, ent in kb.entities.items()
                         if ent.kind == "capital" and eid in self.places_of}  # fmt: skip
        self.faults: Counter[str] = Counter()
        # lang/<code>/place_words.tsv: "जिले", "district" between a place's name and its case
        pwords = sorted({r[0] for code in self.lexicons for r in lang_rows(code, "place_words.tsv")}, key=len, reverse=True)
        supports = sorted({r[0] for code in self.lexicons for r in lang_rows(code, "support_verbs.tsv")}, key=len, reverse=True)
        self.support_re = re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in supports)
                                     + r")\s+(?:(?:an?|the|unprovoked|heavy|fresh|massive|\w+ly)\s+){0,3}$",
                                     re.IGNORECASE) if supports else None  # fmt: skip
        self.place_words = re.compile(r"\s+(?:" + "|".join(map(re.escape, pwords)) + r")(?![\w" + _DEV + r"])",
                                      re.IGNORECASE) if pwords else None  # fmt: skip

    # ---- the article -------------------------------------------------------------------
    def extract(self, article: Article) -> list[Event]:
        """The events of one article, merged within it, with dates bounded by what it states."""
        text = article.text
        if not text or not article.sentences:
            return []
        # a wire dateline the cleaner left in the text ("चिंगदाओ (चीन), 26 जून (भाषा)"): its places are
        # where the report was filed, never actors
        lines = [dm.span("head") for dm in _WIRE_DATELINE.finditer(text, 0, min(len(text), 600))]
        mentions = sorted(
            (m for m in article.mentions if m.entity_id and m.source != "dateline" and 0 <= m.start < m.end <= len(text)
             and not any(s <= m.start and m.end <= e for s, e in lines)),
            key=lambda m: m.start,
        )  # fmt: skip
        wire_place = next((m for m in article.mentions if m.entity_id and m.label in PLACE_LABELS
                           and any(s <= m.start and m.end <= e for s, e in lines)), None)  # fmt: skip
        # a month inside a name (डोंग जून) is not a date
        names = [(m.start, m.end) for m in mentions if m.label in ACTOR_LABELS]
        article.timexes = [t for t in article.timexes if not any(s < t.end and t.start < e for s, e in names)]
        bounds = self.document_bounds(article)
        state = _State(article, mentions, bounds, self)
        if state.dateline is None and wire_place is not None:
            state.dateline = wire_place
        events: list[Event] = []
        for sent in article.sentences:
            try:
                events.extend(state.sentence(sent))
            except Exception as exc:  # noqa: BLE001 - one bad sentence must not lose the article
                self.faults[f"sentence:{type(exc).__name__}"] += 1
        events = _fold_nominals(events, state.nominal, state.anaphoric, state.copular)
        try:
            events = merge_in_document(events, self.places_of, state.earlier)
        except Exception as exc:  # noqa: BLE001 - keep the events unmerged rather than none
            self.faults[f"merge:{type(exc).__name__}"] += 1
        return self._scored(events, article)

    def _scored(self, events: list[Event], article: Article) -> list[Event]:
        """Each event's confidence from the precision model, and only those at its threshold or above."""
        if self.scorer is None:
            return events
        from .event_score import features

        kept = []
        for ev in events:
            p = self.scorer.score(features(ev, article.text, article.sentences))
            ev.confidence = round(p, 2)
            if p >= self.scorer.threshold:
                kept.append(ev)
            else:
                self.dropped += 1
        return kept

    def document_bounds(self, article: Article) -> tuple[str | None, str | None]:
        """Earliest and latest day the article can have been written.

        The publication date when known; otherwise the overlap of the tenures of the offices
        its text gives people (``रूस के रक्षा मंत्री सर्गेई शोगू``: 2012-11 to 2024-05), no
        earlier than the latest absolute date it reports in the past tense, and within the
        term of a chairmanship or the year of a coming summit it states (``facts``); once the
        year is known, no earlier than a day and month it reports in the past tense.
        """
        if article.published:
            return None, article.published[:10]
        lo: list[str] = []
        hi: list[str] = []
        for r in article.roles:
            ent = self.kb.entities.get(r.entity_id)
            if ent is None or r.basis == "default":
                continue
            held = [x for x in ent.roles if x.role == r.role and x.of == r.of]
            if len(held) != 1:  # two tenures: the article could be from either
                continue
            if held[0].start:
                lo.append(_pad(held[0].start, "01"))
            if held[0].end:
                hi.append(_pad(held[0].end, "31"))
        today = dt.date.today().isoformat()
        for t in article.timexes:
            if t.type == "DATE" and not t.anchored and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", t.value):
                # a year the article reports (not a target: "2030 तक", nor one still to come)
                ahead = article.text[t.end : t.end + 40]
                if _pad(t.value, "01") <= today and not _UNTIL.match(ahead) and not _FUTURE.search(ahead):
                    lo.append(_pad(t.value, "01"))
        nb = max(lo) if lo else None
        na = min(hi) if hi else None
        if nb and na and nb > na:  # the article contradicts our tenures: trust neither
            return None, None
        # "Tajikistan chairs the SCO this year": the year the chair is known by; "this year's
        # India-Russia summit, still to come": a year that had one
        nb, na = chair_bounds(article.facts, self.kb, nb, na)
        nb, na = summit_bounds(article, self.kb, nb, na)
        if nb and na and nb[:4] == na[:4]:
            # the year is known now: a day and month it reports in the past tense ("14 जुलाई को
            # ... पहुंचे थे") is that day of that year, so the article is no earlier
            for t in article.timexes:
                if t.type != "DATE" or not re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", t.value or ""):
                    continue
                day = _pad(nb[:4] + t.value[4:], "01")
                if nb < day <= na and not _FUTURE.search(article.text[t.end : t.end + 40]):
                    nb = day
        return nb, na

    # ---- helpers used by _State --------------------------------------------------------
    def affiliation(self, eid: str, roles: dict[str, RoleFact], date: dt.date | None) -> str | None:
        """The country or organisation an entity acts for."""
        if eid.startswith("country:"):
            return eid
        if eid.startswith("agent:"):
            parts = eid.split(":")
            return f"country:{parts[2]}" if len(parts) > 2 else None
        if eid in roles:
            return roles[eid].of
        ent = self.kb.entities.get(eid)
        if ent is None:
            return None
        if ent.label == "PERSON":
            held = [r for r in ent.roles_on(date) if r.of.startswith("country:")]
            if held:
                return held[0].of
        return self.kb.country_id(eid)

    @staticmethod
    def is_city(eid: str) -> bool:
        """Whether an entity is a knowledge-base city or region (a finer place than a country)."""
        return eid.startswith(("city:", "region:"))

    def capital_of(self, eid: str) -> str | None:
        """The country whose capital ``eid`` is (``city:beijing`` → ``country:cn``), else ``None``."""
        ent = self.kb.entities.get(eid)
        return self.places_of.get(eid) if ent is not None and ent.kind == "capital" else None


class _State:
    """What one article's reading remembers: the last people acting, the places of events."""

    def __init__(self, article: Article, mentions: list[Mention], bounds: tuple[str | None, str | None],
                 ex: EventExtractor) -> None:  # fmt: skip
        self.a = article
        self.text = article.text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]  # for windows by bisection: linear in the text
        self.timexes = sorted(article.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        self.bounds = bounds
        self.ex = ex
        self.roles = {r.entity_id: r for r in article.roles}
        self.labels: dict[str, str] = {}
        for m in mentions:  # the first mention's label, as a lookup rather than a scan per call
            self.labels.setdefault(m.entity_id or "", m.label)
        self.office_holder = {(r.role, r.of): r.entity_id for r in article.roles}
        self.date = dt.date.fromisoformat(article.published[:10]) if article.published else None
        if self.date is None and bounds[0]:
            self.date = dt.date.fromisoformat(bounds[0])
        self.last_people: list[str] = []
        self.last_group: list[str] = []
        self.last_countries: list[str] = []
        self.sentences_since_country = 99
        self.country_count: dict[str, int] = {}
        self.prev_people: list[str] = []
        self.places_seen: set[str] = set()
        self.sentences_since_group = 99
        self.found_here: list[Trigger] = []  # the predicates of the sentence being read
        self.not_predicates: set[int] = set()  # ids of those found to be ordinary verbs (a motion verb going nowhere)
        self.frames: dict[str, tuple[Timex | None, str | None]] = {}  # speaker → (date, place) of where they spoke
        self.place_of: dict[str, tuple[str, int, int]] = {}  # actor → place of its last event
        self.dateline = next((m for m in article.mentions if m.source == "dateline" and m.entity_id), None)
        self.english = (article.language or "hi") == "en"
        self.sent_english = self.english  # the language of the sentence being read
        self.earlier: set[int] = set()  # ids of events told in the pluperfect ("हुई थी")
        self.nominal: set[int] = set()  # ids of events stated by a bare noun ("इस हमले में")
        self.anaphoric: set[int] = set()  # those of them a demonstrative points back with
        self.copular: set[int] = set()  # a noun with a bare copula ("... हमला है"): folded or dropped
        self.ranges: dict[tuple[int, int], str] = {}  # a range's span → its last day
        self.chain_date: Timex | None = None  # the day the last dated event happened
        self.sentences_since_date = 99
        self.chain_place: str | None = None
        self.chain_date_actors: set[str] = set()  # who took part in the events the chain's date and place came from
        self.chain_place_actors: set[str] = set()
        self.chain_date_type = ""
        self.sentences_since_place = 99
        self.last_sources: list[str] = []
        self.last_attackers: list[str] = []  # who fired, in the order the article tells it
        self.sentences_since_attack = 99
        self.sentences_since_source = 99
        # "नई दिल्ली, 24 अप्रैल (भाषा)": a date at the head of the report is the day it was filed
        self.dateline_date = next((t for t in article.timexes if t.type == "DATE" and t.start < 60 and t.precision in ("day", "month")
                                   and _DATELINE_TAIL.match(self.text, t.end)), None)  # fmt: skip
        dl = article.dateline
        if self.dateline_date is None and dl is not None and 0 <= dl.start < dl.end <= len(article.raw):
            # the cleaning stage took the dateline, with its date, out of the text
            from .timex import find_timexes

            self.dateline_date = next((t for t in find_timexes(article.raw[dl.start : dl.end], article.published)
                                       if t.type == "DATE" and t.precision in ("day", "month")), None)  # fmt: skip
        # an article with neither a publication date nor a dated dateline: its lead's first day
        # ("भारत ने रविवार को कहा", "शनिवार की सुबह ... पहुंचे") is the best word on the day of the report
        self.lead_day: Timex | None = None
        if not (article.published and len(article.published) >= 10) and self.dateline_date is None:
            lead_end = article.sentences[min(3, len(article.sentences) - 1)].end if article.sentences else 0
            self.lead_day = next((t for t in article.timexes if t.type == "DATE" and t.precision in ("day", "weekday")
                                  and t.start < lead_end), None)  # fmt: skip

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in ``[lo, hi)``."""
        return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def timexes_within(self, lo: int, hi: int) -> list[Timex]:
        """The time expressions that start in ``[lo, hi)``."""
        return self.timexes[bisect_left(self.timex_starts, lo) : bisect_left(self.timex_starts, hi)]

    def sentence(self, sent: Span) -> list[Event]:
        text = self.text
        chunk = text[sent.start : sent.end]
        # a Hindi article's English line (or an English one's Hindi line) is read in its own language
        english = self.english if not chunk.strip() else not any("\u0900" <= ch <= "\u097f" for ch in chunk)
        self.sent_english = english
        lex = self.ex.lexicons.get("en" if english else "hi")
        events: list[Event] = []
        if lex is None:
            return events
        found = [Trigger.of(m) for m in lex.find(text, sent.start, sent.end)]
        found = self._complements(found, lex)
        prev_end = sent.start
        prev_sources: list[Actor] = []
        self.found_here = found
        question = chunk.rstrip().endswith("?")
        for trig in found:
            if question or trig.match is None:
                continue
            try:
                ev = self._event(sent, trig, prev_end, prev_sources, lex)
            except Exception as exc:  # noqa: BLE001 - one bad predicate must not lose the article
                self.ex.faults[f"event:{type(exc).__name__}"] += 1
                continue
            if ev is not None:
                if trig.match.form != "nominal":  # an event noun does not close its clause
                    prev_end = trig.match.end
                events.append(ev)
                prev_sources = [a for a in ev.actors if a.role in ("source", "participant")]
        if english:
            events = self._killed_in(events)
        self._remember(sent)
        return events

    def _killed_in(self, events: list[Event]) -> list[Event]:
        """"Two Naxals were killed in an encounter with security forces": the killing and the clash
        noun it happened in are one event, the killing, whose doers are the clash's other side.
        """
        folded: set[int] = set()
        for k in events:
            if (k.type, k.mode) != ("ASSAULT", "kill"):
                continue
            for c in events:
                if (c is k or (c.type, c.mode) != ("ASSAULT", "clash") or id(c) not in self.nominal or id(c) in folded
                        or not _IN_CLASH.fullmatch(self.text, k.trigger_end, c.trigger_start)):  # fmt: skip
                    continue
                have = k.actor_ids()
                k.actors += [Actor(a.entity_id, "source", a.start, a.end, a.affiliation, a.via)
                             for a in c.actors if a.entity_id not in have]  # fmt: skip
                if c.place and not k.place:
                    k.place, k.place_start, k.place_end = c.place, c.place_start, c.place_end
                folded.add(id(c))
        return [e for e in events if id(e) not in folded]

    def _complements(self, found: list[Trigger], lex: Lexicon) -> list[Trigger]:
        """An infinitive predicate refused (``हस्ताक्षर करने से इनकार``) is the refusal's content, not an
        event of its own: the refusal takes its mode (``refuse_sign``) and the infinitive is dropped.
        """
        out: list[Trigger] = []
        skip_next_reject_mode: str | None = None
        for t in found:
            m = t.match
            assert m is not None
            if skip_next_reject_mode is not None and t.type == "REJECT":
                out.append(Trigger(t.type, skip_next_reject_mode, t.cameo, t.symmetric, t.targets, t.english, m))
                skip_next_reject_mode = None
                continue
            if (m.form == "inf" or "to_inf" in m.features) and self._cue(lex, "inf_after", m.end, 3) == "refused":
                skip_next_reject_mode = "refuse_sign" if t.mode == "sign" else "reject"
                continue
            if "to_inf" in m.features and self._cue_before(lex, m.start, 40) == "refused":
                continue
            out.append(t)
        return out

    def _cue(self, lex: Lexicon, where: str, pos: int, ntok: int) -> str | None:
        """The modality a cue among the next ``ntok`` words after ``pos`` gives (postpositions skipped)."""
        words = [word_key(w) for w in re.findall(r"[\w\u0900-\u0963\u0966-\u097f']+", self.text[pos : pos + 60])]
        words = [w for w in words if w not in _SKIP_AFTER][:ntok]
        joined = " ".join(words)
        for cue, mod in lex.cues(where):
            if joined == cue or joined.startswith(cue + " ") or (" " not in cue and cue in words):
                return mod
        return None

    def _cue_before(self, lex: Lexicon, pos: int, width: int) -> str | None:
        lo = max(0, pos - width)
        chunk = self.text[lo:pos]
        cut = max(chunk.rfind("।"), chunk.rfind(". "), chunk.rfind("\n"))
        chunk = chunk[cut + 1 :] if cut >= 0 else chunk
        keys = " " + " ".join(word_key(w) for w in re.findall(r"[\w\u0900-\u0963\u0966-\u097f']+", chunk)) + " "
        for cue, mod in lex.cues("before"):
            if f" {cue} " in keys:
                return mod
        return None

    # an event at one trigger
    def _event(self, sent: Span, trig: Trigger, prev_end: int, prev_sources: list[Actor],
               lex: Lexicon) -> Event | None:  # fmt: skip
        text = self.text
        m = trig.match
        assert m is not None
        start, end = m.start, m.end
        if trig.english and (_EN_QUESTION.search(text, max(sent.start, text.rfind(",", sent.start, start) + 1), start)
                             or (trig.type == "REQUEST" and _EN_IF.match(text, end))):  # fmt: skip
            return None  # "asked whether Delhi had protested": a question asserts nothing
        if m.form == "inf" and not trig.english:
            tail = _ATTRIBUTIVE_AFTER.match(text, end)
            at = end if _ATTRIBUTIVE.search(text, start, end) else tail.end() if tail else -1
            if at >= 0 and not _COPULA_NEXT.match(text, at):
                return None  # "ईरान से सौदा करने वाले देश": who would do it, described, not an act told
        if (m.form == "inf" and self._cue(lex, "purpose", end, 1) is not None
                and self._cue(lex, "ready", end, 3) is None):  # fmt: skip
            return None  # "कैदियों को पकड़ने के लिए": what an act is done for, not an event
        if trig.english and m.form == "nominal" and _EN_BY.search(text, max(sent.start, start - 60), start):
            return None  # "violated the ceasefire by firing": the manner of another act, not one of its own
        if trig.english and m.form == "nominal" and self.ex.support_re is not None and self.ex.support_re.search(
                text, max(sent.start, start - 40), start):  # fmt: skip
            # "Pakistan troops resorted to shelling": the noun is the act of the support verb's subject
            # ("resorted to shelling": the "to" is the support verb's, not an infinitive's)
            m = replace(m, form="pfv", features=(set(m.features) - {"to_inf"}) | {"support"})
            trig = Trigger(trig.type, trig.mode, trig.cameo, trig.symmetric, trig.targets, trig.english, m)
        # "20 सैनिक शहीद हो गए", "नेता गिरफ्तार हुए": with होना the subject is who it was done to
        passive = "passive" in m.features or (
            (m.light == "होना" or m.entry.pred.endswith((" होना", " जाना")))
            and trig.type in ("ASSAULT", "COERCE", "SANCTION") and not trig.symmetric)  # fmt: skip
        scope_start = prev_end
        cuts = list(_SAID_THAT.finditer(text, scope_start, start))
        complement_of: str | None = None
        if cuts:
            scope_start = cuts[-1].end()
            complement_of = self._complement_head(cuts[-1].start(), sent.start)
        sub = _SUBORDINATE.search(text, scope_start, start)
        main = _CORRELATIVE.search(text, sub.end(), start) if sub else None
        if main is not None:
            scope_start = main.end()  # "जब वे भारत से आए तो ... मिला": the main clause after "तो" is its own
        args = self._args(scope_start, start, lex.lang)
        clause_end = _CLAUSE_END.search(text, end, sent.end)
        after_end = clause_end.start() if clause_end else sent.end
        if trig.english:
            after_args = self._args_after(end, sent.end)
            if m.form == "nominal" and not (trig.targets & {"from", "abl"}):
                for x in after_args:
                    if x.case == "from":
                        x.case = "by"  # "a swift retaliation from the Indian Army": who did it
            args += after_args
        elif m.form in ("conj", "ipfv") and not any(x.case == "erg" for x in args):
            # "X की निंदा करते हुए Y ने कहा": the subject of a participle stands after it
            args += [x for x in self._args(end, after_end, lex.lang) if x.case == "erg"]
        if trig.english and m.form == "nominal" and trig.type != "CONSULT" and any(
                t.match is not None and t.match.form != "nominal" and sent.start <= t.match.start and t.match.end <= start
                for t in self.found_here):  # fmt: skip
            # "the ministers condemned the terrorist attack": an English event noun that is the object
            # of another verb is not done by that verb's subject; only what follows it (of, by, on) takes part
            args = [x for x in args if x.start >= end]
            prev_sources = []
        if m.form == "nominal" and trig.type != "CONSULT" and any(t.match is not None and t.match.start >= end and t.match.form != "nominal"
                                       and t.match.start < after_end for t in self.found_here):  # fmt: skip
            # an event noun whose clause goes on to a verb of its own is not done by that verb's subject
            # ("भारत ने हमले की निंदा की"): only its own modifiers take part (हमास के हमले, भारत पर हमला)
            args = [x for x in args if (x.case in ("gen", "on", "between", "com", "abl", "against", "by") and start - x.end <= 40)
                    or x.case == "loc"]  # fmt: skip
            for x in args:
                if x.case == "gen" and x.label in ACTOR_LABELS and not trig.symmetric:
                    x.case = "erg"  # the doer of the act the noun names
        if m.light == "होना" and not trig.english and not trig.symmetric and _THAT_AFTER.match(text, end):
            # "माओवादियों का आरोप है कि ...", "उनकी मांग है कि ...": whose charge or demand it is acts
            for x in args:
                if x.case == "gen" and x.label in ACTOR_LABELS and 0 <= start - x.end <= 25:
                    x.case = "erg"
        if trig.type == "CONSULT" and not trig.english and m.entry.pos == "v" and trig.symmetric and (
                _ALIKE.match(text, end) or self._receiver_before(max(scope_start, start - 60), start)):
            # "उन्हें किताब मिली", "गुटों को सहयोग पाकिस्तान से मिलता है": got, not met; "मिलती-जुलती": alike
            return None
        if not trig.english and m.features & {"obligation", "compelled"} and not any(x.case == "erg" for x in args):
            # "अमित शाह को माफ़ी मांगनी पड़ी", "सरकार को बातचीत करनी चाहिए": who must act stands in
            # the dative; a later को is the act's own object
            subj = next((x for x in args if x.case == "dat" and x.label in ACTOR_LABELS and x.end <= start
                         and not self.ex.is_city(x.entity_id)), None)  # fmt: skip
            if subj is not None:
                subj.case = "erg"
        actors, places = self._roles(args, trig, start, passive)
        that = _THAT_AFTER.match(text, end) if trig.type == "ACCUSE" and not trig.english else None
        if that is not None and not any(a.role == "target" for a in actors):
            # "X ने आरोप लगाया कि Y ने ...", "X का आरोप है कि सरकार ...": who the charge is against is
            # the subject of what it charges
            own = {a.entity_id for a in actors}
            cands = [x for x in self._args(that.end(), after_end, lex.lang) if x.case in ("erg", "nom")
                     and x.label in ACTOR_LABELS and x.entity_id not in own and not self.ex.is_city(x.entity_id)]  # fmt: skip
            # the ergative if there is one, else the first subject that is not a name cut short of its
            # genitive ("हरदीप सिंह [निज्जर की] हत्या के पीछे भारत सरकार": the government)
            subj = next((x for x in cands if x.case == "erg"), None) or next(
                (x for x in cands if not _CUT_GENITIVE.match(text, x.end)), None)  # fmt: skip
            if subj is not None:
                actors.append(Actor(subj.entity_id, "target", subj.start, subj.end, None, subj.via))
        if not trig.symmetric and (m.form == "nominal" or m.light == "होना") and not any(a.role == "source" for a in actors):
            # "इजराइली हवाई हमले", "Pakistani shelling", "अमेरिकी टैरिफ": a demonym before the act's noun is its doer
            dm = re.search(r"([\w\u0900-\u0963\u0966-\u097f]+)\s+$", text[max(0, start - 30) : start])
            cid = self.ex.kb.demonyms.get(fold_word(dm.group(1))) if dm else None
            if dm is not None and cid and cid not in {a.entity_id for a in actors}:
                actors = [Actor(cid, "source", start - len(dm.group(0)), start - len(dm.group(0)) + len(dm.group(1)),
                                cid, "demonym"), *actors]  # fmt: skip
        places = [p for p in places if p.start >= scope_start and not self._elsewhere(p.end, start, end)]
        implicit = _IMPLICIT_SOURCE.get((trig.type, trig.mode))
        if passive and implicit and not any(a.role == "source" for a in actors):
            actors = [Actor(f"agent:{implicit}", "source", -1, -1, None, "implicit"), *actors]
        if passive and not any(a.role == "source" for a in actors) and self.last_sources and self.sentences_since_source <= 1:
            # "भारत ने ...। ... को निष्कासित किया गया": the agent of a passive is the last one acting
            actors = [Actor(e, "source", -1, -1, None, "carried") for e in self.last_sources] + actors
        if passive and not any(a.role == "source" for a in actors) and trig.mode in _HOST_ACTS:
            # "पाकिस्तान के उच्चायुक्त को तलब किया गया": a foreign envoy is summoned or expelled by the
            # country the report is written in (the home country, ``config.home_country``)
            foreign = [a for a in actors if a.role == "target" and (self.ex.affiliation(a.entity_id, self.roles, self.date)
                                                                     or self.ex.home) != self.ex.home]  # fmt: skip
            if foreign:
                actors = [Actor(self.ex.home, "source", -1, -1, self.ex.home, "home"), *actors]
        if not any(a.role in ("source", "participant") for a in actors) and prev_sources and trig.mode != "visit" and not passive:
            actors = [Actor(a.entity_id, a.role, a.start, a.end, a.affiliation, a.via) for a in prev_sources] + actors
        actors = _dedupe(actors)
        for a in actors:
            a.affiliation = self.ex.affiliation(a.entity_id, self.roles, self.date)
        if trig.type == "ASSAULT" and trig.mode == "terror" and m.form == "nominal":
            # a named attack ("आतंकी हमले"), not one this clause says someone carried out
            actors = [a for a in actors if self._label(a.entity_id) in ("ORG", "AGENT")]
            places = [p for p in self._args(max(scope_start, start - 60), start, lex.lang)
                      if p.case == "loc" and p.label in PLACE_LABELS]  # fmt: skip
        if trig.type == "ASSAULT" and m.form == "nominal" and not places:
            # "पहलगाम आतंकी हमले", "the Pahalgam attack": a place compounded with the attack is where it was
            named = next((x for x in self.within(max(0, start - 40), start) if x.label in PLACE_LABELS and x.entity_id
                          and _ADJUNCT.fullmatch(text, x.end, start)), None)  # fmt: skip
            if named is not None and named.entity_id:
                places = [_Arg(named.entity_id, named.label, "loc", named.start, named.end)]
        if trig.type == "CONSULT" and trig.mode == "visit":
            if not trig.english and not any(a.role == "destination" for a in actors):
                # "<यात्रा/दौरे> पर भारत आ रहे हैं", "... पर रूस में हैं": where to stands after the noun
                for x in self._args(end, min(after_end, end + 40), lex.lang):
                    if (x.label in PLACE_LABELS and x.via == "name"
                            and re.fullmatch(r"\s*(?:पर|के\s+लिए)\s*", text[end : x.start])):  # fmt: skip
                        actors.append(Actor(x.entity_id, "destination", x.start, x.end, None, x.via))
                        break
            if not trig.english and not any(a.role in ("source", "participant")
                                            and self._label(a.entity_id) not in PLACE_LABELS for a in actors):  # fmt: skip
                # "बुधवार को वॉशिंगटन पहुंचे राजनाथ सिंह ...": the participle before its subject
                who = next((x for x in self._args(end, min(after_end, end + 30), lex.lang) if x.label == "PERSON"
                            and x.case in ("nom", "erg") and re.fullmatch(r"\s*", text[end : x.start])), None)  # fmt: skip
                if who is not None:
                    actors.append(Actor(who.entity_id, "source", who.start, who.end, None, who.via))
            actors, places = self._visit(actors, places, args, prev_sources, start)
            if not actors:
                return None
            if m.entry.pos == "v" and not any(
                    a.role == "target" for a in actors):
                # "गए", "पहुंचे" are a visit only with where to ("दुशांबे पहुंचे"), not "बताया जा रहा है";
                # without it the verb is no predicate of this coder at all ("चली आ रही"): it claims no date
                self.not_predicates.add(id(trig))
                return None
            if m.entry.pos == "v" and m.form == "inf" and re.match(r"\s+(?:का|की)\s", text[end : end + 6]):
                return None  # "भारत आने का न्योता", "जाने की योजना": a visit someone else's act is about
            if m.entry.pos == "v" and not any(self._visitor(a) for a in actors if a.role == "source"):
                return None  # farmers reaching a border, results "coming": a motion verb, not a visit
        elif not actors and ((not places and m.form == "nominal") or (trig.type not in _ACTORLESS and not passive)
                             or (trig.type, trig.mode) in _NEEDS_ACTORS):  # fmt: skip
            return None
        elif (((m.entry.pos == "v" and not trig.english and trig.targets and m.form != "nominal"
                and " " not in m.entry.pred and trig.type not in _THING_OBJECT) or m.entry.required)
              and not any(a.role in ("target", "participant") and a.via != "carried" for a in actors)):  # fmt: skip
            # a simple verb is ambiguous without its frame: "मिली" (met / was received) needs "से"
            return None
        elif (m.entry.pos == "v" and not trig.english and trig.targets and m.form != "nominal" and " " not in m.entry.pred
              and trig.type not in _THING_OBJECT and not any(a.role == "target" and a.via != "carried" for a in actors)):  # fmt: skip
            return None  # nor is "X और Y के बीच तल्खियां देखने को मिलीं" a meeting: the frame's own case is needed
        if trig.symmetric:
            for a in actors:
                a.role = "participant"
            if trig.type == "ASSAULT" and not trig.english and len({self._side(a.entity_id) for a in actors}) == 1 \
                    and re.match(r"\s*में\s", text[end : end + 6]):  # fmt: skip
                # "... के साथ झड़प में 20 भारतीय सैनिक शहीद हो गए": who fell in a clash is its other side
                side = self._side(actors[0].entity_id)
                # (militants of the country the forces serve are the other side too: "सुरक्षा बलों के
                # साथ मुठभेड़ में दो आतंकी मारे गए")
                armed = {_sector(a.entity_id) for a in actors}

                def other_side(eid: str) -> bool:
                    sector = _sector(eid)
                    return self._side(eid) != side or (sector not in armed and "reb" in armed | {sector})

                other = next((x for x in self._args(end, after_end, lex.lang) if x.label in ACTOR_LABELS
                              and x.case in ("nom", "gen") and not self.ex.is_city(x.entity_id)
                              and other_side(x.entity_id)), None)  # fmt: skip
                if other is not None:
                    actors.append(Actor(other.entity_id, "participant", other.start, other.end, None, other.via))
        if trig.mode == "host" and not any(a.role == "target" for a in actors) and m.entry.pred in lex.support_preds:
            # welcomed a decision, not a guest (only a word the lexicon also lists as praise: स्वागत, not मेजबानी)
            trig = Trigger("SUPPORT", "praise", "051", False, trig.targets, trig.english, m)
        # a country alongside its own people adds nothing: keep the people
        affs = {a.affiliation for a in actors if a.entity_id != a.affiliation}
        if any(self._label(a.entity_id) == "PERSON" for a in actors):
            actors = [a for a in actors if not (a.entity_id in affs and a.via in ("group", "name") and a.role == "participant")]
        actors = _drop_office_agents(actors)
        if (trig.type in _COUNTERPART and trig.mode not in _NO_COUNTERPART and not trig.symmetric
                and not (trig.type == "ASSAULT" and trig.mode != "ceasefire_violation" and (
                    m.form == "nominal" or (_ON_WHAT.search(text, max(scope_start, start - 80), start)
                                                     and not _ON_THIS.search(text, max(scope_start, start - 80), start))))):
            # (an attack "on" camps or posts has its target, named or not)
            actors = self._counterpart(actors, sent, start, trig.type, trig.mode)
        if (trig.type == "CONSULT" and m.entry.pos == "v" and not trig.english
                and any(x.label == "WEAPON" and 0 <= x.start - end <= 3 for x in self.within(end, end + 40))):  # fmt: skip
            return None  # "रूस से मिले एस-400", "मिलने वाले टैंक": arms received, not a meeting
        if trig.type == "AGREE" and trig.mode == "agree" and m.form != "nominal" and _THAT_AFTER.match(text, end):
            return None  # "स्वीकार किया कि", "सहमत हैं कि", "आश्वस्त किया कि": admitting or assuring that, not agreeing to
        if trig.type == "AID" and m.entry.pos == "v" and _MESSAGE_BEFORE.search(text, max(0, start - 30), start):
            return None  # "अपीलें भेजी हैं", "पत्र भेजा": a message sent is no aid delivered
        if (trig.type, trig.mode) in _BETWEEN_POLITIES and actors and not any(self._political(a.entity_id) for a in actors):
            return None  # "दुकानदार ने पड़ोसी की मदद की", "कंपनियों ने ज़मीनें खरीदीं": private dealings
        if trig.type == "AID" and m.entry.pos == "v" and any(a.role == "target" for a in actors) and all(
                self._label(a.entity_id) == "PERSON" or a.entity_id.startswith("agent:dip")
                for a in actors if a.role == "target"):  # fmt: skip
            # "प्रतिनिधिमंडल को ढाका भेजा": people sent somewhere pay a visit there; sent nowhere
            # ("अधिकारी को बाहर भेजने") they are no aid delivered either
            sent_end = max(a.end for a in actors if a.role == "target")
            sent_to = [a for a in args if a.label in PLACE_LABELS and a.via == "name" and a.case in ("nom", "loc")
                       and a.start > sent_end]  # fmt: skip
            if not sent_to:
                return None
            visitors = [Actor(a.entity_id, "source", a.start, a.end, a.affiliation, a.via) for a in actors if a.role == "target"]
            d = sent_to[-1]
            visitors.append(Actor(d.entity_id, "destination", d.start, d.end, None, d.via))
            actors, places = self._visit(visitors, places, args, [], start)
            if not actors:
                return None
            trig = Trigger("CONSULT", "visit", "042", False, trig.targets, trig.english, m)
        ev = Event(trig.type, trig.mode, trig.cameo, actors, start, end, [Span(sent.start, sent.end)])
        if m.form == "nominal":
            self.nominal.add(id(ev))
            if _ANAPHOR.search(text, max(0, start - 12), start):
                self.anaphoric.add(id(ev))  # "इस हमले में", "the encounter": the act told before
        elif not trig.english and m.light == "होना" and _COPULA.fullmatch(text, start, end) and _CLAUSE_ENDS.match(text, end):
            # "यह पहली औपचारिक वार्ता थी", "यह ... संप्रभुता पर हमला है": what something is called; it is
            # more evidence of the act told before, never an act of its own
            self.nominal.add(id(ev))
            self.anaphoric.add(id(ev))
            self.copular.add(id(ev))
        if "past" in m.features and m.form == "pfv":
            self.earlier.add(id(ev))
        if trig.mode != "phone":
            self._place(ev, places, sent, scope_start, after_end)
        ev.negated = "neg" in m.features
        ev.modality = self._modality(m, lex, scope_start, after_end, complement_of)
        self._date(ev, scope_start, start, end, after_end, sent)
        self._frame(ev, sent)
        ev.topics = self._topics(sent, ev)
        if ev.negated and ev.type == "AGREE" and ev.mode == "sign" and ev.modality == "occurred" and m.form == "pfv":
            # "हस्ताक्षर नहीं किया": not signing what was on the table is a refusal (docs/events.md)
            ev.type, ev.mode, ev.cameo, ev.negated = "REJECT", "refuse_sign", "128", False
            for a in ev.actors:
                a.role = "source" if a.role == "participant" else a.role
        if ev.date is None and ev.modality == "occurred" and not ("past" in m.features and m.form == "pfv"):
            self._reported_date(ev)  # not for "हुई थी": what had happened before the report
        ev.not_before, ev.not_after = self.bounds
        conf = 0.5 + (0.2 if any(a.role in ("source", "participant") for a in actors) else 0)
        conf += 0.2 if len(actors) >= 2 else 0
        conf -= 0.15 * sum(1 for a in actors if a.via in ("pronoun", "group", "carried"))
        conf -= 0.1 if m.form == "nominal" else 0
        ev.confidence = round(max(0.1, min(0.95, conf + (0.05 if ev.date else 0))), 2)
        if ev.place:
            self.places_seen.add(ev.place)
        for a in actors:
            if ev.place and self._label(a.entity_id) == "PERSON":
                self.place_of[a.entity_id] = (ev.place, ev.place_start, ev.place_end)
        ids = [a.entity_id for a in actors]
        if len(set(ids)) >= 2:
            self.last_group = ids
            self.sentences_since_group = 0
        people = [a.entity_id for a in actors if a.role in ("source", "participant") and self._label(a.entity_id) == "PERSON"]
        if people:
            self.last_people = people
        sources = [a.entity_id for a in actors if a.role == "source" and a.via not in ("carried", "implicit")]
        if trig.type == "ASSAULT" and sources:
            self.last_attackers = [e for e in self.last_attackers if e not in sources] + sources
            self.sentences_since_attack = 0
        if sources:
            self.last_sources = sources
            self.sentences_since_source = 0
        return ev

    def _counterpart(self, actors: list[Actor], sent: Span, start: int, trig_type: str = "",
                     mode: str = "") -> list[Actor]:  # fmt: skip
        """The other side of a directed act between states whose clause names no target: a protest,
        a threat or a rejection answers a country the report is about ("पाकिस्तान में हुए दुर्व्यवहार
        पर भारत ने विरोध जताया", "India rejects these claims"). The other country named nearest in
        the sentence, else the one named last in the two before it (``docs/events.md``, implicit target).
        """
        if any(a.role == "target" for a in actors):
            return actors
        if trig_type == "ASSAULT":
            # an answer to fire ("भारतीय सेना ने जवाबी कार्रवाई की", "Indian troops retaliated") is aimed at
            # the side that fired last; a broken ceasefire has the other side of it, else the home country
            own_sides = {self._side(a.entity_id) for a in actors if a.role == "source"}
            if own_sides and self.sentences_since_attack <= 3:
                fired = next((e for e in reversed(self.last_attackers) if self._side(e) not in own_sides), None)
                if fired is not None:
                    return [*actors, Actor(fired, "target", -1, -1, None, "implicit")]
        obj = _OBJECT_BEFORE.search(self.text, max(sent.start, start - 40), start)
        if obj is not None and not self.within(obj.start(), obj.end()) and not self.timexes_within(
                obj.start() - 20, obj.end()):  # fmt: skip
            return actors  # "हमले की निंदा", "बयान पर हस्ताक्षर से इनकार": the act's object is a thing, not a side
        own = {a.affiliation for a in actors if a.role == "source"}
        if not own or None in own or not all(c.startswith("country:") for c in own if c):
            return actors
        near: list[tuple[int, str]] = []
        for m in self.within(sent.start, sent.end):
            if (m.entity_id or "").startswith("country:"):
                near.append((abs(m.start - start), m.entity_id or ""))
        for w in re.finditer(r"[\w\u0900-\u097f]+", self.text[sent.start : sent.end]):
            cid = self.ex.kb.demonyms.get(fold_word(w.group()))
            if cid:
                near.append((abs(sent.start + w.start() - start), cid))
        other = [c for _, c in sorted(near) if c not in own]
        via = "implicit"
        if not other and self.sentences_since_country <= 2:
            other = [c for c in reversed(self.last_countries) if c not in own]
        if not other and mode == "ceasefire_violation" and self.ex.home not in own:
            other, via = [self.ex.home], "home"
        if not other:
            return actors
        return [*actors, Actor(other[0], "target", -1, -1, other[0], via)]

    def _complement_head(self, cut: int, lo: int) -> str | None:
        """The kind of predicate a complement clause hangs from (``आरोप लगाया कि``: ``claim``)."""
        before = self.text[max(lo, cut - 40) : cut]
        for lex in self.ex.lexicons.values():
            for m in lex.find(before):
                if m.entry.type == "ACCUSE" and m.entry.mode in ("accuse",):
                    return "claim"
                if m.entry.type == "REJECT":
                    return "deny"
        return None

    def _modality(self, m: PredicateMatch, lex: Lexicon, scope_start: int, after_end: int,
                  complement_of: str | None) -> str:  # fmt: skip
        """``occurred``, ``planned``, ``demanded``, ``conditional``, ``denied`` or ``claimed`` (docs/events.md)."""
        f = m.features
        if m.form == "inf" and "begin" in f:
            begun = self._cue(lex, "begun", m.end, 2)  # "गोलियां चलानी शुरू कर दी": the beginning was made
            if begun is not None:
                return begun
        if "compelled" in f and "future" not in f:
            return "occurred"  # "माफ़ी मांगनी पड़ी": had to, and did
        if "obligation" in f and m.form == "inf":
            return "demanded"  # "बातचीत करनी चाहिए": what someone says must be done
        if m.form == "inf" or "to_inf" in f:
            cue = self._cue(lex, "inf_after", m.end, 3) if m.form == "inf" else None
            if cue is None and "to_inf" in f:
                cue = self._cue_before(lex, m.start, 60)
            if cue in ("demanded", "planned", "conditional", "occurred"):
                return cue  # "करने की मांग" demanded; "करने के बाद" done
            return "planned"
        if "obligation" in f:
            return "demanded"
        before = self._cue_before(lex, m.start, max(0, m.start - scope_start))
        if before in ("conditional", "claimed"):
            return before
        if complement_of == "claim":
            return "claimed"
        if complement_of == "deny":
            return "denied"
        if "future" in f or "prospective" in f or "intent" in f or "announced" in f or "modal" in f or m.form in ("fut", "subj"):
            return "planned"
        if "progressive" in f and m.entry.mode == "visit" and "past" not in f:
            return "planned"  # "रूस जा रहे हैं", "भारत आ रहे हैं": a journey about to happen
        if m.entry.mode == "visit" and m.form == "nominal" and _COMING.match(self.text, m.end):
            return "planned"  # "दो दिवसीय यात्रा पर भारत आ रहे हैं"
        if before == "planned" and m.form == "nominal":
            return "planned"  # "संभावित मुलाकात", "प्रस्तावित दौरा"
        if (m.form == "nominal" or self.sent_english) and self._governed_by_future(m, scope_start, after_end):
            return "planned"  # "शिखर सम्मेलन में भाग लेंगे", "will attend the SCO meeting"
        after = self._cue(lex, "after", m.end, 3)
        if after in ("claimed", "denied", "planned"):
            return after
        return "occurred"

    def _governed_by_future(self, m: PredicateMatch, scope_start: int, after_end: int) -> bool:
        """Whether an event noun is the complement of a verb in the future: the verb that governs it
        follows it in Hindi ("बैठक में हिस्सा लेंगे", a few words on, no other predicate between) and
        comes before it in English ("will attend the meeting").
        """
        text = self.text
        if self.sent_english:
            return bool(_WILL_BEFORE.search(text, max(scope_start, m.start - 60), m.start))
        window = _CLAUSE_END.split(text[m.end : min(after_end, m.end + 40)])[0]
        if any(t.match is not None and m.end <= t.match.start < m.end + len(window) for t in self.found_here):
            return False
        return bool(_FUTURE.search(window))

    def _chain_key(self, ev: Event) -> set[str]:
        """Who an event is about, for the clause chain: its actors and the countries they act for."""
        return {a.entity_id for a in ev.actors} | {a.affiliation or "" for a in ev.actors} - {""}

    def _reported_date(self, ev: Event) -> None:
        """No date stated: an event told as done is dated the day it was reported."""
        day = self.a.published[:10] if self.a.published and len(self.a.published) >= 10 else None
        told = self.dateline_date or self.lead_day
        if day is None and told is not None:
            ev.date, ev.precision = told.value, told.precision
            ev.date_basis = "reported"
            return
        if day:
            ev.date, ev.precision, ev.date_basis = day, "day", "reported"

    def _side(self, eid: str) -> str:
        """The country an actor acts for (its own id when it has none): one side of a clash."""
        return self.ex.affiliation(eid, self.roles, self.date) or eid

    def _label(self, eid: str) -> str:
        if eid.startswith("country:"):
            return "GPE"
        if eid.startswith("agent:"):
            return "AGENT"
        if eid in self.labels:
            return self.labels[eid]
        ent = self.ex.kb.entities.get(eid)
        return ent.label if ent else "PERSON"

    # ---- arguments ---------------------------------------------------------------------
    def _args(self, lo: int, hi: int, lang: str = "hi") -> list[_Arg]:
        """Names, offices, generic actors, pronouns and groups in ``text[lo:hi]`` with their cases."""
        text = self.text
        out: list[_Arg] = []
        for m in self.within(lo, hi):
            if m.end <= hi and m.entity_id and not self._glossed(m.start, m.end) and not self._agent_word(m, lang):
                out.append(_Arg(m.entity_id, m.label, self._case(m.end, hi, m.start), m.start, m.end, "name", m.kb_id))
        covered = [(a.start, a.end) for a in out]
        agents = self.ex.agents.get(lang)
        if agents is not None:
            out = self._agent_args(agents, lo, hi, out, covered)
        for om in _OFFICE.finditer(text, lo, hi):
            # an office followed by a name is an apposition; the name is the actor
            if any(a.start >= om.end() and a.label not in PLACE_LABELS
                   and _APPOSED.fullmatch(text, om.end(), a.start) for a in out):  # fmt: skip
                continue  # (a place right after it is where, not who: "नेपाल के प्रधानमंत्री भारत आए")
            eid = self._office(om)
            if eid is None:
                continue
            s = om.start("of") if om.group("of") else om.start("dem") if om.group("dem") else om.start("role")
            out = [a for a in out if not (s <= a.start and a.end <= om.end())]
            out.append(_Arg(eid, "PERSON" if not eid.startswith("country:") else "GPE", self._case(om.end(), hi), s,
                            om.end(), "office"))  # fmt: skip
        for pm in self.ex.pronoun_re.finditer(text, lo, hi) if self.ex.pronoun_re else ():
            pr = self.ex.pronouns.get(word_key(pm.group("w")))
            if pr is None:
                continue
            case = pr.case
            if case == "gen":
                if not _GREETED.match(text, pm.end(), pm.end() + 12):
                    continue
                case = "dat"  # "उनका स्वागत": the one welcomed
            if pr.initial and (text[lo : pm.start()].strip(" \t\n\"'“”‘’,") or self._starts_predicate(pm.end())):
                continue  # "वह" inside a clause, or before an event noun, is "that": "वह बैठक"
            subject = case in ("erg", "nom")
            for ref in self._pronoun_refs(pm.start(), out if subject else [], pr.plural and subject):
                out.append(_Arg(ref, self._label(ref) if ref.startswith("country:") else "PERSON", case,
                                pm.start(), pm.end(), "pronoun"))  # fmt: skip
        for gm in _GROUP.finditer(text, lo, hi):
            kind = fold(gm.group("k"))
            countries = kind in _COUNTRY_GROUPS
            members = self._group(countries)
            case = self._case(gm.end(), hi)
            for eid in members:
                out.append(_Arg(eid, "GPE" if countries else "PERSON", case, gm.start(), gm.end(), "group"))
        out.sort(key=lambda a: a.start)
        _spread_coordination(out)
        return out

    def _agent_args(self, agents: Agents, lo: int, hi: int, out: list[_Arg],
                    covered: list[tuple[int, int]]) -> list[_Arg]:  # fmt: skip
        """Generic actors (``पुलिस``, ``भारतीय उच्चायुक्त``, ``पाकिस्तान की सेना``, ``Maoists``) with their
        sector and the country their modifier, the agent word itself or the dateline gives.
        """
        text = self.text
        for s, e, agent in agents.find(text, lo, hi):
            if any(cs < e and s < ce for cs, ce in covered) or any(
                    0 <= cs - e <= 24 and not _CASE_WORD.search(text[e:cs]) for cs, _ in covered):  # fmt: skip
                continue  # part of a name, or an office before one ("रक्षा मंत्री (जनरल) राजनाथ सिंह")
            if self._starts_predicate(e):
                continue  # a modifier of an event noun ("आतंकी हमले"), not who acted
            if any(gm.end() == e for gm in _GROUP.finditer(text, max(lo, s - 40), e)):
                continue  # "दोनों नेताओं": the two leaders told before (the group reading), not two governments
            owner = next((a for a in out if a.label == "ORG" and a.via == "name" and (
                0 <= s - a.end <= 1 or _OWNED_BY.fullmatch(text, a.end, s))), None)  # fmt: skip
            if owner is not None:
                # "भाजपा नेता ने", "भारतीय सेना के जवानों ने", "Indian Army soldiers": the body acts
                # through its people; one phrase, one actor
                owner.case = self._case(e, hi, s)
                continue
            of = _EN_OF.match(text, e)
            if of is not None and any(cs == of.end() for cs, _ in covered):
                continue  # "ministers of the Quad ... of India": the names it is made of stand for it
            country = agent.country.lower() if agent.country else None
            # a demonym or a country in the genitive right before: भारतीय उच्चायुक्त, पाकिस्तान की सेना
            prev = re.search(r"([\w\u0900-\u0963\u0966-\u097f]+)\s+$", text[max(lo, s - 30) : s])
            also: str | None = None
            if prev and country is None:
                cid = self.ex.kb.demonyms.get(fold(prev.group(1)))
                if cid is None and not any(cs < s and s - len(prev.group(0)) < ce for cs, ce in covered):
                    # "पाकिस्तान सरकार" read as one unknown name: the country's own government
                    cid = self.ex.kb.country_of(prev.group(1))
                if cid:
                    country = cid.split(":", 1)[1]
                    s = s - len(prev.group(0))
                    # "Indian and Chinese troops", "भारतीय और चीनी सैनिक": each side's own
                    conj = _AND_BEFORE.search(text, max(lo, s - 30), s)
                    other = self.ex.kb.demonyms.get(fold(conj.group(1))) if conj else None
                    if conj is not None and other and other != cid:
                        also, s = other.split(":", 1)[1], conj.start(1)
            if country is None:
                gen = next((a for a in reversed(out) if a.entity_id.startswith("country:") and 0 <= s - a.end <= 14 and (
                            (a.case in ("gen", "mod") and not _CASE_WORD.search(text[a.end + 3 : s]))
                            or _ADJUNCT.fullmatch(text, a.end, s))), None)  # fmt: skip
                if gen is not None:
                    country = gen.entity_id.split(":", 1)[1]
                    # "भारत और अमेरिका की सेनाएं": the first conjunct owns its own body too
                    first = next((a for a in out if a.entity_id.startswith("country:") and a.entity_id != gen.entity_id
                                  and _COORDINATED.fullmatch(text, a.end, gen.start)), None)  # fmt: skip
                    out = [a for a in out if a is not gen and a is not first]
                    s = gen.start
                    if first is not None:
                        also, s = first.entity_id.split(":", 1)[1], first.start
            if country is None and prev and prev.group(1) in ("अपने", "अपनी", "अपना", "its", "their"):
                # "ईरान ने ... अपने वाणिज्य दूतावास": the subject's own body, never the dateline's country
                subj = next((a for a in reversed(out) if a.case == "erg" and a.label in ACTOR_LABELS), None)
                side = self._side(subj.entity_id) if subj is not None else ""
                country = side.split(":", 1)[1] if side.startswith("country:") else None
            elif country is None and self.dateline is not None and self.dateline.entity_id:
                aff = self.ex.affiliation(self.dateline.entity_id, self.roles, self.date)
                country = aff.split(":", 1)[1] if aff and aff.startswith("country:") else None
            case = self._case(e, hi, s)
            if country is None and _BOTH.search(text[max(lo, s - 25) : s]):
                # "दोनों देशों के सैनिकों": the soldiers of each of the two countries
                pair = self._group(True)
                if len(pair) == 2:
                    out += [_Arg(f"agent:{agent.sector.lower()}:{c.split(':', 1)[1]}", "AGENT", case, s, e, "agent")
                            for c in pair]  # fmt: skip
                    continue
            eid = f"agent:{agent.sector.lower()}" + (f":{country}" if country else "")
            out.append(_Arg(eid, "AGENT", case, s, e, "agent"))
            if also:
                out.append(_Arg(f"agent:{agent.sector.lower()}:{also}", "AGENT", case, s, e, "agent"))
        return out

    def _agent_word(self, m: Mention, lang: str) -> bool:
        """Whether a name the knowledge base does not hold is only a generic actor word ("Naxals",
        "पुलिस" tagged as a name): the agent dictionary reads it instead, with its sector.
        """
        if not (m.entity_id or "").startswith("new:"):
            return False
        agents = self.ex.agents.get(lang)
        if agents is None:
            return False
        # "यूक्रेनी नेता" tagged as one name: a demonym and an agent word are the agent reading
        dem = re.match(r"([\w\u0900-\u0963\u0966-\u097f]+)\s+", self.text[m.start : m.end])
        lo = m.start + dem.end() if dem is not None and self.ex.kb.country_of(dem.group(1)) else m.start
        return any(s <= lo and m.end <= e for s, e, _ in agents.find(self.text, m.start, m.end))

    def _glossed(self, start: int, end: int) -> bool:
        """Whether a name stands inside parentheses (``(Iran Israel Conflict)``): a gloss, not an actor."""
        before = self.text[max(0, start - 60) : start]
        opened = before.rfind("(")
        return opened >= 0 and before.rfind(")") < opened and ")" in self.text[end : end + 60]

    def _starts_predicate(self, pos: int) -> bool:
        """Whether the next word begins a predicate of the lexicon."""
        m = re.match(r"\s+([\w\u0900-\u0963\u0966-\u097f]+)", self.text[pos : pos + 40])
        if m is None:
            return False
        if m.group(1) in _GEN_FORMS:
            return False  # "किसानों की मांग": the owner of the act, not a word modifying its noun
        key = word_key(m.group(1))
        # an event noun (a conjunct's noun or a bare one), not a verb: "आतंकी हमले", not "आतंकी मारे गए"
        return any(seq.form == "nominal" for lex in self.ex.lexicons.values() for seq in lex.first.get(key, ()))

    def _args_after(self, lo: int, hi: int) -> list[_Arg]:
        """English objects after the verb: ``met X``, ``talks with X``, ``visited X``."""
        out = []
        stop = _CLAUSE_END.search(self.text, lo, hi)
        hi = stop.start() if stop else hi
        aside = _EN_ASIDE.search(self.text, lo, hi)  # "signed agreements during X's visit": X is not a party
        hi = aside.start() if aside else hi
        found = [(m.start, m.end, m.entity_id, m.label, "name", m.kb_id) for m in self.within(lo, hi)
                 if m.end <= hi and m.entity_id and not self._agent_word(m, "en")]  # fmt: skip
        agents = self.ex.agents.get("en")
        if agents is not None:  # "an encounter with security forces": generic actors are objects too
            named = [(a, b) for a, b, *_ in found]
            args = [_Arg(eid, label, "nom", s, e, via, kb_id) for s, e, eid, label, via, kb_id in found]
            found += [(arg.start, arg.end, arg.entity_id, "AGENT", "agent", None)
                      for arg in self._agent_args(agents, lo, hi, args, named) if arg.via == "agent"]  # fmt: skip
        for start, end, eid, label, via, kb_id in sorted(found):
            if _EN_SAID.match(self.text, end):
                continue  # "..., officials said": who tells it, not who takes part
            words = re.findall(r"[a-z']+", self.text[lo:start].lower())
            before = [w for w in words if w in _EN_PREP]
            # a direct object follows its verb closely ("asked Pakistan", "met Russian minister X")
            case = _EN_PREP[before[-1]] if before else "obj" if len(words) <= 4 else "other"
            out.append(_Arg(eid, label, case, start, end, via, kb_id))
        return out

    def _case(self, end: int, hi: int, start: int = -1) -> str:
        text = self.text
        # भारत-रूस संबंध: a name in a hyphenated compound modifies a noun; a compound that a
        # postposition other than the genitive closes is a pair sharing it ("भारत-चीन के बीच झड़प")
        first = end < len(text) - 1 and text[end] in "-–" and text[end + 1].strip()
        if first or (start > 1 and text[start - 1] in "-–" and text[start - 2].strip()):
            nxt = _HYPHEN_PART.match(text, end) if first else None
            after = _CASE.match(text, nxt.end() if nxt else end, max(end, hi + 12)) if nxt or not first else None
            pp = re.sub(r"\s+", " ", after.group("pp") or "").lower() if after else ""
            case = _CASE_OF.get(pp, "mod")
            return case if case not in ("and", "gen", "nom") else "mod"  # "भारत-रूस के संबंध" is still a modifier
        pw = self.ex.place_words.match(text, end) if self.ex.place_words else None
        if pw is not None:
            end = pw.end()  # "पुंछ जिले में": the district's postposition is the name's
        m = _CASE.match(text, end, max(end, hi + 12))
        pp = re.sub(r"\s+", " ", m.group("pp") or "").lower() if m else ""
        if self.sent_english and start >= 0 and pp not in ("and", ",", "'s", "’s"):
            # English marks a name's case before it: "in Poonch", "with India", "of the army"
            bm = _EN_BEFORE.search(text, max(0, start - 40), start)
            return _EN_PREP.get(bm.group(1).lower(), "loc") if bm else "nom"
        if not pp:
            return "nom"
        return _CASE_OF.get(pp, "nom")

    def _office(self, om: re.Match[str]) -> str | None:
        """The holder of an office named without a name, or its country."""
        role = _ROLE_OF.get(re.sub(r"[\s-]+", " ", om.group("role").lower()))
        if role is None:
            return None
        of = None
        for g in ("of", "dem"):
            if om.group(g):
                of = self.ex.kb.country_of(om.group(g))
                if of:
                    break
                if g == "dem":  # an ordinary word before the office, not a demonym
                    continue
        country = of or self.ex.home
        holder = self.office_holder.get((role, country))
        return holder or country

    def _pronoun_refs(self, pos: int, before: list[_Arg], plural: bool = False) -> list[str]:
        """A subject pronoun is the last person acting; an object pronoun (``उनका स्वागत``) is the
        last person acting before this clause, since its subject is someone else. A plural subject
        (``वे``, ``they``) is the last sources acting, when the sentence before named them.
        """
        for a in reversed(before):
            if a.label == "PERSON" and a.end <= pos and a.case in ("erg", "nom"):
                return [a.entity_id]
        if plural and self.last_sources and self.sentences_since_source <= 1:
            return list(self.last_sources)
        if not before and self.prev_people:
            return self.prev_people[:1]
        return self.last_people[:1]

    def _receiver_before(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` names someone in the dative (``उन्हें``, ``गुटों को``), not a day
        (``बुधवार को``): with ``मिलना`` that one gets something rather than meets someone.
        """
        for rm in _RECEIVED.finditer(self.text, lo, hi):
            if rm.group(0) not in _DATIVE_PP:
                return True
            if not any(t.end <= rm.start() <= t.end + 1 for t in self.timexes_within(lo, rm.start())):
                return True
        return False

    def _group(self, countries: bool) -> list[str]:
        if countries:
            if self.last_group and self.sentences_since_group <= 2:
                affs = []
                for eid in self.last_group:
                    aff = self.ex.affiliation(eid, self.roles, self.date)
                    if aff and aff not in affs:
                        affs.append(aff)
                if len(affs) >= 2:
                    return affs[:2]
            recency = {c: i for i, c in enumerate(self.last_countries)}  # a demonym counts but is not a name
            ranked = sorted(self.country_count, key=lambda c: (-self.country_count[c], -recency.get(c, -1)))
            return ranked[:2] if len(ranked) >= 2 else []
        people = [e for e in self.last_group if self._label(e) == "PERSON"]
        return people if len(people) >= 2 else self.last_group

    def _roles(self, args: list[_Arg], trig: Trigger, start: int, passive: bool = False) -> tuple[list[Actor], list[_Arg]]:
        """Roles from the predicate's frame: the case that marks its target, the ergative (or the
        subject) as source, ``के बीच`` and the companions of a symmetric predicate as participants;
        in a passive the subject or ``को`` phrase is the target and ``द्वारा`` the source.
        """
        actors: list[Actor] = []
        places: list[_Arg] = []
        targets: set[str] = set()
        for code in trig.targets:
            targets |= _TARGET_OF.get(code, {code})
        if trig.symmetric:
            targets |= {"com", "abl"}
        if trig.mode == "host":
            targets |= {"dat"}  # "उनका स्वागत" is read as the object of the welcome
        # with an ergative subject in the clause, a bare name is an object or a modifier, not the doer
        has_erg = any(a.case == "erg" and a.label in ACTOR_LABELS for a in args)
        # "प्रधानमंत्री मोदी का माले पहुंचना": the subject of a verbal noun stands in the genitive
        inf_subject = next((a for a in reversed(args) if a.case == "gen" and a.label in ("PERSON", "ORG")
                            and 0 <= start - a.end <= 25), None) if (
            trig.match is not None and trig.match.form == "inf" and not trig.english and not passive) else None  # fmt: skip
        for a in args:
            if a.case == "loc" and a.label in PLACE_LABELS:
                places.append(a)
                continue
            if a.label not in ACTOR_LABELS:
                continue
            capital = self.ex.capital_of(a.entity_id) if trig.mode != "visit" else None
            if capital and (a.case in _CAPITAL_CASES or (trig.english and a.case in ("nom", "obj", "to", "from"))):
                # "Beijing demanded", "lodged a protest with New Delhi", "इस्लामाबाद ने": a capital that
                # acts or is acted on stands for its government
                a = _Arg(capital, "GPE", a.case, a.start, a.end, "capital")
            elif self.ex.is_city(a.entity_id) and not (trig.mode == "visit" and a.case in ("nom", "gen")):
                continue  # a city is where things happen, not who acts
            nearest_gen = a.case == "gen" and start - a.end <= 40 and not any(
                b.start >= a.end and b.end <= start and b.label in ACTOR_LABELS and b.case != "erg" for b in args)
            if a is inf_subject:
                actors.append(Actor(a.entity_id, "source", a.start, a.end, None, a.via))
                continue
            if inf_subject is not None and a.case in ("nom", "erg"):
                continue  # the verbal noun's own subject is the genitive one
            if passive and (a.case in ("nom", "dat", "obj") or (nearest_gen and start - a.end <= 15)):
                role = "target"  # "दो आतंकियों के मारे जाने": the genitive of a passive is its patient
            elif a.case == "by" or a.case == "erg" or (a.case == "nom" and not has_erg and (
                    a.label != "ORG" or a.via != "name" or trig.english)):  # an English subject is its doer, an ORG too
                role = "source"
            elif a.case in targets and a.case != "gen":
                role = "target"
            elif a.case == "between" and (trig.symmetric or trig.type in ("AGREE", "COOPERATE", "ASSAULT")) and start - max(
                    b.end for b in args if b.case == "between" and a.start <= b.start and b.end <= start) < 80:
                role = "participant"  # measured from the last of "भारत और फ्रांस के बीच"
            elif a.case == "gen" and trig.mode == "visit" and a.label == "GPE" and start - a.end <= 40:
                role = "destination"
            elif nearest_gen and trig.symmetric and start - a.end <= 8:
                role = "participant"  # "मोदी और शी की मुलाकात"
            elif a.case == "gen" and trig.symmetric and any(
                    b is not a and b.case == "gen" and b.label in ACTOR_LABELS and 0 <= start - max(a.end, b.end) <= 40
                    and (_COORDINATED.fullmatch(self.text, a.end, b.start) or _COORDINATED.fullmatch(self.text, b.end, a.start))
                    for b in args):  # fmt: skip
                role = "participant"  # "भारत और जापान के कई समझौतों पर हस्ताक्षर": the parties of what is signed
            elif a.case == "gen" and trig.symmetric and any(
                    b.case in ("com", "abl") and 0 <= b.start - a.end <= 8 and 0 <= start - b.end <= 25 for b in args):
                role = "participant"  # "किसानों का पुलिस के साथ टकराव": one side, then the other with के साथ
            elif nearest_gen and ("gen" in targets or trig.mode == "host"):
                role = "target"  # the genitive right before the predicate, not one that modifies a later name
            else:
                continue
            actors.append(Actor(a.entity_id, role, a.start, a.end, None, a.via))
        # an attack or a raid on what someone owns is on them: "सीआरपीएफ के काफिले पर हमला"
        on_owned = trig.type in ("ASSAULT", "COERCE") and "on" in trig.targets
        if not trig.symmetric and not trig.english and (trig.type in _POSSESSOR_TARGET or on_owned) and not any(
                a.role == "target" for a in actors):  # fmt: skip
            # "कनाडा की इस कार्रवाई की आलोचना की", "चीन के दावों को खारिज किया": whose act or words
            # are criticised, rejected or welcomed is the target
            own = {a.entity_id for a in actors}
            for a in reversed(args):
                if a.case != "gen" or a.label not in ACTOR_LABELS or a.entity_id in own or self.ex.is_city(a.entity_id):
                    continue
                pm = _POSSESSED.match(self.text, a.end)
                if on_owned and pm is not None and pm.group(0).split()[-1] not in _ON_WORDS:
                    continue
                if pm is not None and pm.end() <= start and start - pm.end() <= 60:
                    actors.append(Actor(a.entity_id, "target", a.start, a.end, None, a.via))
                    break
        return actors, places

    def _political(self, eid: str) -> bool:
        """Whether an actor is a polity or acts for one: a country, a place's government, an
        organisation, an official body (``_POLITY_SECTORS``), or a person the
        knowledge base lists (its people hold or held offices); not a private person or a crowd.
        """
        if eid.startswith("agent:"):
            return eid.split(":")[1] in _POLITY_SECTORS
        if eid.startswith("new:"):
            return not eid.startswith("new:person:")
        return True

    def _visitor(self, a: Actor) -> bool:
        """Who a bare motion verb ("आए", "पहुंचे") makes a visitor: a person, a country or an official
        body (government, diplomats, armed forces, an international organisation), not a crowd.
        """
        if not a.entity_id.startswith("agent:"):
            return True
        return a.entity_id.split(":")[1] in _VISITING_SECTORS

    def _visit(self, actors: list[Actor], places: list[_Arg], args: list[_Arg], prev_sources: list[Actor],
               start: int) -> tuple[list[Actor], list[_Arg]]:  # fmt: skip
        """A visit: the visitor, and where to (a country, or the country of the city reached)."""
        def place_like(a: Actor) -> bool:
            return a.via == "name" and self._label(a.entity_id) in PLACE_LABELS

        visitors = [a for a in actors if a.role in ("source", "participant") and not place_like(a)]
        # "X दुशांबे पहुंचे", "X की यात्रा पर": the last place-like name before the verb is where
        dest_args = sorted((a for a in actors if a.role == "destination" or place_like(a)),
                           key=lambda a: a.start)  # fmt: skip
        if not visitors:
            visitors = [a for a in prev_sources if not place_like(a)]
        if not visitors:
            return [], places
        out = [Actor(v.entity_id, "source", v.start, v.end, v.affiliation, v.via) for v in visitors]
        if dest_args:
            # "मंगोलिया और जापान की यात्रा": every conjunct of the last place is a destination
            dests = [dest_args[-1]]
            for prev in reversed(dest_args[:-1]):
                if not _COORDINATED.fullmatch(self.text, prev.end, dests[0].start):
                    break
                dests.insert(0, prev)
            for d in dests:
                country = self.ex.affiliation(d.entity_id, self.roles, self.date) or d.entity_id
                if any(a.entity_id == country for a in out):
                    continue
                out.append(Actor(country, "target", d.start, d.end, country, d.via))
                if d.entity_id != country and len(dests) == 1:
                    places = [_Arg(d.entity_id, "GPE", "loc", d.start, d.end), *places]
        elif self.dateline and self.dateline.entity_id and re.search(r"(?:यहां|यहाँ|here)", self.text[max(0, start - 60) : start]):
            country = self.ex.affiliation(self.dateline.entity_id, self.roles, self.date) or ""
            if country:
                out.append(Actor(country, "target", -1, -1, country, "dateline"))
                places = [_Arg(self.dateline.entity_id, "GPE", "loc", -1, -1), *places]
        for a in out:
            a.affiliation = self.ex.affiliation(a.entity_id, self.roles, self.date)
        return out, places

    # ---- place, date, topics -----------------------------------------------------------
    def _elsewhere(self, place_end: int, trigger_start: int, trigger_end: int) -> bool:
        """Whether the place after ``place_end`` is where another incident happened ("पाकिस्तान में हुई
        घटनाओं"): not when that incident is the event itself ("सीरिया में हुए रासायनिक हमले").
        """
        im = _INCIDENT.match(self.text, place_end)
        return im is not None and not trigger_start < im.end() <= trigger_end

    def _is_line(self, eid: str) -> bool:
        ent = self.ex.kb.entities.get(eid)
        return ent is not None and ent.kind == "line"

    def _place(self, ev: Event, places: list[_Arg], sent: Span, lo: int, hi: int) -> None:
        actor_ids = ev.actor_ids()
        # "पुलवामा हमला", "मुंबई हमलों", "पहलगाम आतंकी हमले": a place right before the act's noun (a
        # word between at most) names where that act happened, before any other place of the clause
        named = [_Arg(m.entity_id, m.label, "loc", m.start, m.end) for m in self.within(max(lo, ev.trigger_start - 40),
                 ev.trigger_start) if m.entity_id and m.label in PLACE_LABELS and m.entity_id not in actor_ids
                 and not m.entity_id.startswith("country:") and self.text[m.start - 1 : m.start] not in "-–"
                 and ev.mode != "visit" and _BEFORE_NOUN.fullmatch(self.text, m.end, ev.trigger_start)]  # fmt: skip
        # (a country there is a side or a modifier: "भारत-रूस शिखर सम्मेलन", "चीन सीमा")
        cands = named or places or [
            _Arg(m.entity_id or "", m.label, "loc", m.start, m.end)
            for m in self.within(lo, hi)
            if m.label in PLACE_LABELS and self._case(m.end, sent.end, m.start) == "loc"
            and not self._elsewhere(m.end, ev.trigger_start, ev.trigger_end)
            and (m.end <= ev.trigger_start or ev.type != "ASSAULT")
        ]  # fmt: skip
        cands = [c for c in cands if (c.entity_id and c.entity_id not in actor_ids) or ev.mode == "visit"]
        if cands:
            # a border line ("along the LoC in Poonch district") is where only when nothing finer is named
            best = sorted(cands, key=lambda c: (self._is_line(c.entity_id), not self.ex.is_city(c.entity_id),
                                                abs(c.start - ev.trigger_start)))[0]  # fmt: skip
            ev.place, ev.place_start, ev.place_end = best.entity_id, best.start, best.end
            if self.ex.is_city(best.entity_id) and id(ev) not in self.nominal:
                self.chain_place, self.sentences_since_place = best.entity_id, 0
                self.chain_place_actors = self._chain_key(ev)
            return
        if ev.mode == "visit":
            # where a visit goes is where it happens ("मालदीव के दौरे पर हैं", "भारत पहुंचे")
            dest = next((a for a in ev.actors if a.role == "target" and self._label(a.entity_id) in PLACE_LABELS), None)
            if dest is not None:
                ev.place, ev.place_start, ev.place_end = dest.entity_id, dest.start, dest.end
            return
        for a in ev.actors:
            if a.entity_id in self.place_of:
                ev.place, _, _ = self.place_of[a.entity_id]
                if ev.place.startswith("country:"):
                    # a visit told only where to: the city the article is filed from or is at, if in it
                    filed = self.dateline.entity_id if self.dateline is not None else None
                    for city in (self.chain_place if self.sentences_since_place <= 2 else None, filed):
                        if city and self.ex.is_city(city) and self.ex.affiliation(city, self.roles, self.date) == ev.place:
                            ev.place = city
                            break
                return
        if ev.mode in _HOST_ACTS:
            # an envoy is summoned or expelled where the acting government sits: its capital
            side = next((a.affiliation for a in ev.actors if a.role == "source" and a.affiliation), None)
            capital = self.ex.capitals.get(side or "")
            if capital:
                ev.place = capital
                return
        if self.chain_place and self.sentences_since_place <= 2 and self._chain_key(ev) & self.chain_place_actors:
            ev.place = self.chain_place  # the clause chain's place: "X ने दिल्ली में ...। उन्होंने ..."
            return
        # the dateline's city, for an event of its country's people ("यहां")
        dl = self.dateline
        if dl is not None and dl.entity_id and self.ex.is_city(dl.entity_id) and not self.places_seen - {dl.entity_id}:
            country = self.ex.affiliation(dl.entity_id, self.roles, self.date)
            if country and country in {a.affiliation for a in ev.actors}:
                ev.place = dl.entity_id

    def _date(self, ev: Event, lo: int, start: int, end: int, after_end: int, sent: Span) -> None:
        found = [self._range(t) if t.type == "DURATION" else t for t in self.timexes_within(sent.start, sent.end)
                 if t.type in ("DATE", "TIME", "DURATION")
                 and not t.value.endswith("_REF")]  # fmt: skip
        dates = [t for t in found if t is not None and t.type != "DURATION" and not t.value.startswith("XXXX-XX-XX")]
        # a date before another predicate belongs to that one (22 अप्रैल को हुए हमले पर ... एकजुटता)
        # (a bare event noun, "गुरुवार को मोदी-प्रचंड वार्ता के बाद ... हस्ताक्षर", does not take it)
        before = [t for t in dates if lo <= t.start and t.end <= start
                  and not any(o.match is not None and t.end <= o.match.start and o.match.end <= start
                              and (o.match.form != "nominal" or self._participle_between(t.end, o.match.start))
                              and (o.type, o.mode) != (ev.type, ev.mode) and id(o) not in self.not_predicates
                              for o in self.found_here)]  # fmt: skip
        after = [t for t in dates if end <= t.start and t.end <= after_end]
        pick = before[-1] if before else after[0] if after else None
        if pick is not None and pick.precision == "year" and pick in before:
            # "14-16 मार्च तक हैम्बर्ग सुरक्षा फोरम 2025 में": a bare year after a finer date in the
            # clause qualifies it or names something; the finer date says when
            finer = [t for t in before if t.precision in ("day", "weekday", "month", "time")]
            if finer and finer[-1].value.startswith("XXXX-") and pick.value[:4].isdigit():
                # (and its year fills the finer date's unknown year)
                f = finer[-1]
                finer[-1] = Timex(f.start, f.end, f.type, pick.value[:4] + f.value[4:], f.precision, f.anchored)
            pick = finer[-1] if finer else pick
        if pick is not None and pick.precision == "weekday":
            # "14 फरवरी दिन गुरुवार को", "Thursday, June 26": the calendar day beside the weekday says more
            beside = [t for t in dates if t is not pick and t.precision == "day" and (
                (t.end <= pick.start and _BESIDE.fullmatch(self.text, t.end, pick.start))
                or (pick.end <= t.start and _BESIDE.fullmatch(self.text, pick.end, t.start)))]  # fmt: skip
            pick = beside[0] if beside else pick
        if (pick is None and self.chain_date is not None and self.sentences_since_date <= 2 and ev.modality == "occurred"
                and (ev.type == self.chain_date_type or self._chain_key(ev) & self.chain_date_actors)):  # fmt: skip
            pick = self.chain_date  # the clause chain's date: "X ने गुरुवार को ...। उन्होंने ... भी किया"
        if pick is not None:
            ev.date, ev.date_start, ev.date_end = pick.value, pick.start, pick.end
            ev.precision = pick.precision
            ev.date_basis = "text"
            ev.date_to = self.ranges.get((pick.start, pick.end))
            if pick.precision in ("day", "weekday"):
                self.chain_date, self.sentences_since_date = pick, 0
                self.chain_date_actors, self.chain_date_type = self._chain_key(ev), ev.type

    def _participle_between(self, lo: int, hi: int) -> bool:
        """Whether a participle (``हुए``, ``होने वाली``) stands in ``text[lo:hi]``: "22 अप्रैल को हुए
        पहलगाम हमले" makes the date the attack's, "गुरुवार को ... वार्ता के बाद" leaves it to the verb.
        """
        lex = self.ex.lexicons.get("en" if self.sent_english else "hi")
        return lex is not None and any(word_key(w) in lex.participles for w in re.findall(r"[\w\u0900-\u097f]+", self.text[lo:hi]))

    def _range(self, t: Timex) -> Timex | None:
        """``8-10 दिसंबर``: a range of days is a date (its first day) with an end (``date_to``)."""
        m = _DAY_RANGE.fullmatch(self.text[t.start : t.end].strip())
        if m is None:
            return None
        month = MONTHS.get(fold(m.group("m")).rstrip("."), 0)
        d0, d1 = int(m.group("d0")), int(m.group("d1"))
        if not month or not (1 <= d0 < d1 <= 31):
            return None
        year = m.group("y") or (self.a.published[:4] if self.a.published else "XXXX")
        first, last = f"{year}-{month:02d}-{d0:02d}", f"{year}-{month:02d}-{d1:02d}"
        self.ranges[(t.start, t.end)] = last
        return Timex(t.start, t.end, "DATE", first, "day", t.anchored)

    def _topics(self, sent: Span, ev: Event) -> list[str]:
        out = []
        taken = ev.actor_ids() | {ev.place} | {a.affiliation for a in ev.actors}
        for m in self.within(sent.start, sent.end):
            if m.entity_id in out or m.entity_id in taken:
                continue
            # weapons, and places the event is about (अफगानिस्तान पर हमारे रुख)
            if m.label == "WEAPON" or (m.label in ("GPE", "LOC") and self._case(m.end, sent.end, m.start) == "on" and (
                    m.entity_id or "").startswith("country:")):  # fmt: skip
                out.append(m.entity_id or "")
        chunk = self.text[sent.start : sent.end]
        out += [k for k, rx in _ISSUE_RES if rx.search(chunk)]
        return out

    def _remember(self, sent: Span) -> None:
        ergs = [m.entity_id for m in self.within(sent.start, sent.end) if m.entity_id
                and m.label in ACTOR_LABELS and self._case(m.end, sent.end, m.start) == "erg"]  # fmt: skip
        if ergs and self.sentences_since_source > 0:
            self.last_sources, self.sentences_since_source = ergs[:1], 0  # "भारत ने ...": who acts next
        self.sentences_since_group += 1
        self.sentences_since_source += 1
        self.sentences_since_attack += 1
        self.sentences_since_date += 1
        self.sentences_since_place += 1
        self.sentences_since_country += 1
        self.prev_people = list(self.last_people)
        for w in re.finditer(r"[\w\u0900-\u097f]+", self.text[sent.start : sent.end]):
            cid = self.ex.kb.demonyms.get(fold_word(w.group()))
            if cid:
                self.country_count[cid] = self.country_count.get(cid, 0) + 1
        self._set_frame(sent)
        for m in self.within(sent.start, sent.end):
            if m.label == "PERSON" and self._case(m.end, sent.end, m.start) in ("erg", "nom"):
                self.last_people = [m.entity_id or ""]
            cid = m.entity_id if (m.entity_id or "").startswith("country:") else None
            if cid:
                self.country_count[cid] = self.country_count.get(cid, 0) + 1
                if cid in self.last_countries:
                    self.last_countries.remove(cid)
                self.last_countries.append(cid)
                self.sentences_since_country = 0

    def _set_frame(self, sent: Span) -> None:
        """Remember when and where a person spoke (``बुधवार को X ने इस्लामाबाद में ... कहा``), so
        the events their next words state inherit that date and place.
        """
        text = self.text
        speakers = [m for m in self.within(sent.start, sent.end) if m.label == "PERSON"
                    and self._case(m.end, sent.end, m.start) == "erg"]  # fmt: skip
        if not speakers or not re.search(r"(?:कहा|कही|बताया|said)", text[sent.start : sent.end]):
            return
        dates = [t for t in self.timexes_within(sent.start, sent.end) if t.type == "DATE"]
        places = [m for m in self.within(sent.start, sent.end) if m.label in PLACE_LABELS
                  and self._case(m.end, sent.end, m.start) == "loc"]  # fmt: skip
        if dates or places:
            self.frames[speakers[0].entity_id or ""] = (dates[0] if dates else None,
                                                        places[0].entity_id if places else None)  # fmt: skip

    def _frame(self, ev: Event, sent: Span) -> None:
        """An event in a speaker's quoted words happened when and where they spoke."""
        if ev.date and ev.place:
            return
        m = re.match(r"\s*(?P<name>.{1,60}?)\s+ने\s+(?:कहा|बताया|लिखा)", self.text[sent.start : ev.trigger_start])
        if m is None:
            return
        for men in self.within(sent.start, sent.start + m.end("name") + 2):
            if men.entity_id in self.frames:
                date, place = self.frames[men.entity_id]
                if date is not None and not ev.date:
                    ev.date, ev.date_start, ev.date_end, ev.precision = date.value, date.start, date.end, date.precision
                if place and not ev.place:
                    ev.place = place
                return


def _spread_coordination(args: list[_Arg]) -> None:
    """``रूस और पाकिस्तान ने``: each conjunct takes the case of the next one; a genitive on the
    way (``मोदी और जापान के प्रधानमंत्री किशिदा के बीच``) modifies the next conjunct, so is skipped.
    """
    def modifies_next(k: int) -> bool:
        # a genitive that a name follows closely modifies that name; one before a common noun
        # is the conjunct itself ("भारत और जापान के समझौतों पर": both are the agreements' parties)
        return args[k].case == "mod" or (args[k].case == "gen" and k + 1 < len(args)
                                         and args[k + 1].start - args[k].end <= 30)  # fmt: skip

    for i in range(len(args) - 2, -1, -1):
        if args[i].case != "and":
            continue
        nxt = next((a for k, a in enumerate(args[i + 1 :], i + 1) if not modifies_next(k)), None)
        if nxt is not None and {args[i].label, nxt.label} <= ACTOR_LABELS:
            args[i].case = nxt.case
    for a in args:
        if a.case == "and":
            a.case = "nom"


def _sector(eid: str) -> str:
    """The sector of a generic actor (``agent:reb:in`` → ``reb``), '' for a named one."""
    return eid.split(":")[1] if eid.startswith("agent:") else ""


def _drop_office_agents(actors: list[Actor]) -> list[Actor]:
    """A generic official or diplomat ("रक्षा मंत्रियों", "the minister") beside a named person in the
    same role, of no country or of that person's, is that person described again.
    """
    people = {(a.role, a.affiliation) for a in actors if a.entity_id.startswith("person:")}
    roles = {r for r, _ in people}

    def described(a: Actor) -> bool:
        parts = a.entity_id.split(":")
        if parts[0] != "agent" or parts[1] not in ("gov", "dip") or a.role not in roles:
            return False
        return len(parts) < 3 or (a.role, f"country:{parts[2]}") in people

    return [a for a in actors if not described(a)]


def _fold_nominals(events: list[Event], nominal: set[int], anaphoric: set[int] | None = None,
                   copular: set[int] | None = None) -> list[Event]:  # fmt: skip
    """A bare event noun (``इस हमले में``, ``the clash``) mostly refers back to an event the article
    states with its verb: it becomes more evidence of that event. Only a noun with no such event
    in the article (a headline, a lead that names the act only) stays an event of its own. A noun
    a demonstrative points back with (``इस झड़प में``, ``the encounter``) is the last act of its type
    told before it, whatever the mode ("killed ..." then "the encounter"). A ``copular`` one
    ("यह पहली वार्ता थी") with nothing to fold into is dropped: it names, it does not tell.
    """
    out: list[Event] = []
    anaphoric = anaphoric or set()
    for ev in events:
        if id(ev) in nominal:
            back = next((k for k in reversed(out) if id(k) not in nominal and k.type == ev.type
                         and k.trigger_start < ev.trigger_start), None) if id(ev) in anaphoric else None  # fmt: skip
            host = back or next((k for k in out if id(k) not in nominal and family(k) == family(ev) and _may_be(k, ev)),
                                None) or next(
                (k for k in events if id(k) not in nominal and family(k) == family(ev) and k.evidence[0] == ev.evidence[0]
                 and _may_be(k, ev)), None)  # fmt: skip
            if host is not None:
                have = {(s.start, s.end) for s in host.evidence}
                host.evidence += [s for s in ev.evidence if (s.start, s.end) not in have]
                if ev.date_basis == "text" and host.date_basis != "text":
                    host.date, host.date_start, host.date_end, host.precision = ev.date, ev.date_start, ev.date_end, ev.precision
                    host.date_basis, host.date_to = "text", ev.date_to
                if ev.place and not host.place:
                    host.place, host.place_start, host.place_end = ev.place, ev.place_start, ev.place_end
                continue
            if id(ev) in (copular or ()):
                continue
        out.append(ev)
    return out


def _may_be(host: Event, noun: Event) -> bool:
    """Whether an event noun can name the act ``host`` states: no other day of its own ("सितंबर 2022
    में उनकी पिछली बैठक"), no other place, and a named actor in common when both name some.
    """
    own = noun.evidence[0].start <= noun.date_start < noun.evidence[0].end if noun.evidence else False
    if own and noun.date_basis == "text" and host.date_basis == "text" and not dates_compatible(host.date, noun.date):
        return False  # (a date the chain lent the noun is not its own)
    if noun.place and host.place and noun.place != host.place and not (
            host.place_start < 0 or noun.place_start < 0):  # fmt: skip
        return False

    if _people_apart(host, noun):
        return False  # Wang Yi meets Jaishankar; "the Modi–Xi meeting" is another one
    nh, nn = _named(host), _named(noun)
    return not nh or not nn or bool(nh & nn)


def _named(e: Event) -> set[str]:
    """The named actors of an event (generic ones left out) and the countries its actors act for."""
    return {x.entity_id for x in e.actors if not x.entity_id.startswith("agent:")} | {
        x.affiliation for x in e.actors if x.affiliation}


def _people_apart(a: Event, b: Event) -> bool:
    """Whether each event names a person the other does not (two meetings, not one)."""
    pa = {x.entity_id for x in a.actors if x.entity_id.startswith("person:")}
    pb = {x.entity_id for x in b.actors if x.entity_id.startswith("person:")}
    return bool(pa - pb and pb - pa)


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: dict[str, Actor] = {}
    rank = {"source": 0, "participant": 1, "target": 2, "destination": 3}
    for a in actors:
        if a.entity_id not in out or rank.get(a.role, 9) < rank.get(out[a.entity_id].role, 9):
            out[a.entity_id] = a
    return list(out.values())


# ---- merging ---------------------------------------------------------------------------
def mode_family(typ: str, mode: str) -> tuple[str, str]:
    """The family of a type and mode: a meeting and its talks are one family."""
    return typ, _FAMILY.get(mode, mode) if typ == "CONSULT" else mode


def family(ev: Event) -> tuple[str, str]:
    """Events of one family can tell the same happening."""
    return mode_family(ev.type, ev.mode)


def city_countries(kb: KnowledgeBase) -> dict[str, str]:
    """City id → country id, so that a city and its country can be one place."""
    out = {}
    for eid in kb.entities:
        country = kb.country_id(eid) if eid.startswith(("city:", "region:")) else None
        if country:
            out[eid] = country
    return out


def covers(a: Event, b: Event) -> bool:
    """Whether ``b``'s actors are ``a``'s actors or the countries they act for."""
    names = a.actor_ids() | {x.affiliation for x in a.actors if x.affiliation}
    return b.actor_ids() <= names


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two TIMEX3 values can name the same day (``XXXX-WXX-4`` and ``2025-06-26``)."""
    if not a or not b:
        return True
    wa, wb = a.startswith("XXXX-WXX-"), b.startswith("XXXX-WXX-")
    if wa and wb:
        return a[-1] == b[-1]
    if wa or wb:
        weekday, other = (a[-1], b) if wa else (b[-1], a)
        return _weekday(other) in (weekday, None)  # a month or year holds every weekday
    n = min(len(a), len(b))
    return all(x == y or "X" in (x, y) for x, y in zip(a[:n], b[:n], strict=True))


def _weekday(value: str) -> str | None:
    try:
        return str(dt.date.fromisoformat(value[:10]).isoweekday())
    except ValueError:
        return None


def _bounds_overlap(a: Event, b: Event) -> bool:
    lo = max(a.not_before or "", b.not_before or "")
    his = [x for x in (a.not_after, b.not_after) if x]
    return not his or not lo or lo <= min(his)


def same_happening(a: Event, b: Event, places_of: dict[str, str] | None = None, across: bool = True) -> bool:
    """Whether two events (of one family) tell the same happening; ``across`` articles a planned
    event and one that occurred never are (within one, a lead's plan is its body's act).
    """
    if family(a) != family(b) or a.negated != b.negated:
        return False
    if (a.modality == "occurred") != (b.modality == "occurred") and (
            across or (a.evidence and b.evidence and a.evidence[0] == b.evidence[0])):  # fmt: skip
        # a planned visit and the visit itself are two events (relations links them); so are, in one
        # sentence, an act and what it is done for ("पकड़ने के लिए गांव की घेराबंदी की")
        return False
    if not (covers(a, b) or covers(b, a) or (not across and _share_named(a, b))):
        return False
    if a.place and b.place and a.place != b.place:
        pa = (places_of or {}).get(a.place, a.place)
        pb = (places_of or {}).get(b.place, b.place)
        if a.place != pb and b.place != pa:
            return False
    # a date that is only the day of the report says nothing about the day it happened
    da = a.date if a.date_basis != "reported" else None
    db = b.date if b.date_basis != "reported" else None
    if across and not _pins_time(da) and not _pins_time(db) and _reports_apart(a, b):
        return False  # two reports with no date of their own, far apart: news of two happenings
    return dates_compatible(da, db) and _bounds_overlap(a, b)


REPORT_WINDOW_DAYS = 10  # reports of one happening that give no date of it appear within this many days


def _pins_time(value: str | None) -> bool:
    """Whether a TIMEX3 value names a year and month at least (``XXXX-WXX-4`` or ``PAST_REF`` does not)."""
    return bool(value and re.match(r"\d{4}-\d{2}", value))


def _reports_apart(a: Event, b: Event) -> bool:
    """Whether the latest days two events can have happened (their reports' days) are more than
    :data:`REPORT_WINDOW_DAYS` apart.
    """
    try:
        x, y = dt.date.fromisoformat((a.not_after or "")[:10]), dt.date.fromisoformat((b.not_after or "")[:10])
    except ValueError:
        return False
    return abs((x - y).days) > REPORT_WINDOW_DAYS


def _share_named(a: Event, b: Event) -> bool:
    """Within one article: the two events have a named actor (or the country one acts for) in common,
    or one names only generic actors (the article telling its one clash twice, once by "the troops").
    """
    if _people_apart(a, b):
        return False  # Rajnath meets Belousov, Rajnath meets Dong Jun: two meetings
    sa = {x.affiliation for x in a.actors if x.affiliation and not x.entity_id.startswith("agent:")}
    sb = {x.affiliation for x in b.actors if x.affiliation and not x.entity_id.startswith("agent:")}
    if sa - sb and sb - sa:
        return False  # Putin meets Modi, the US talks with Russia and Ukraine: sides differ both ways
    na, nb = _named(a), _named(b)
    return bool(na & nb) or not na or not nb


# how closely a date pins a day: a full or weekday date beats a month, a month a year
_PRECISION_RANK = {"time": 5, "day": 4, "weekday": 4, "week": 3, "month": 2, "season": 2, "quarter": 2, "year": 1,
                   "decade": 0, "century": 0}  # fmt: skip


def absorb(into: Event, other: Event) -> None:
    """Fold ``other``'s details into ``into`` (the fuller event keeps its words)."""
    have = {(s.start, s.end) for s in into.evidence}
    into.evidence += [s for s in other.evidence if (s.start, s.end) not in have]
    ids = into.actor_ids()
    affs = {x.affiliation for x in into.actors}
    # a generic actor of a country already taking part ("the Indian minister" beside Jaishankar) is that one
    # and a body of a country that already takes part as itself ("India" told, "the Indian Army" retold) is it
    into.actors += [a for a in other.actors if a.entity_id not in ids and a.entity_id not in affs
                    and not (a.entity_id.startswith("agent:") and (a.affiliation in affs or any(
                        i.startswith(a.entity_id + ":") for i in ids)))  # "the diplomat" after "Canada's diplomat"
                    and not (a.affiliation and a.affiliation != a.entity_id and a.affiliation in ids
                             and a.affiliation.startswith("country:"))]  # fmt: skip
    into.actors = _drop_office_agents(into.actors)
    if other.place and (not into.place or (into.place.startswith("country:") and not other.place.startswith("country:"))):
        into.place, into.place_start, into.place_end = other.place, other.place_start, other.place_end
    # a date the text states beats the day of the report, and a full date a partial one
    if other.date and (not into.date or (into.date_basis == "reported" and other.date_basis == "text")
                       or ("X" in into.date and "X" not in other.date
                           and _PRECISION_RANK.get(other.precision or "", 0) >= _PRECISION_RANK.get(into.precision or "", 0))):  # fmt: skip
        # (a year does not replace a weekday: "बुधवार को हुए हमले" retold beside "1993 के धमाके")
        into.date, into.date_start, into.date_end, into.precision = other.date, other.date_start, other.date_end, other.precision
        into.date_basis, into.date_to = other.date_basis, other.date_to
    into.topics += [t for t in other.topics if t not in into.topics]
    into.confidence = max(into.confidence, other.confidence)
    if into.type == "CONSULT" and into.mode == "discuss" and other.mode == "meet":
        into.mode, into.cameo = other.mode, other.cameo


def merge_in_document(events: list[Event], places_of: dict[str, str] | None = None,
                      earlier: set[int] | None = None) -> list[Event]:  # fmt: skip
    """One event per happening within an article. Events in ``earlier`` (ids of events told in
    the pluperfect, "हुई थी": before the time the article tells) are kept apart from the others.
    """
    out: list[Event] = []
    earlier = earlier or set()
    for ev in events:
        for kept in out:
            if (id(kept) in earlier) != (id(ev) in earlier):
                continue
            if same_happening(kept, ev, places_of, across=False):
                if len(ev.actor_ids()) > len(kept.actor_ids()):
                    absorb(ev, kept)
                    out[out.index(kept)] = ev
                else:
                    absorb(kept, ev)
                break
        else:
            out.append(ev)
    return out


__all__ = [
    "EventExtractor",
    "absorb",
    "city_countries",
    "covers",
    "dates_compatible",
    "family",
    "merge_in_document",
    "mode_family",
    "same_happening",
    "sort_key",
]
