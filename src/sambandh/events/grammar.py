"""The closed-class grammar the event reader uses: cases, cue words and clause patterns.

Each is compiled once from the ``lang/<code>/`` tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..clean import AGENCIES
from ..dates import MONTH_ALT
from ..lexicon import PredicateMatch, case_forms, every_language_rows, forms_alt, word_key, words_of
from ..link import _ROLE_RE, first_role_word
from ..normalize import fold, tolerant
from ..script import DEVANAGARI, DEVANAGARI_WORD, has_devanagari

_DEV = DEVANAGARI_WORD  # a word's letters, not the dandas: "करेंगे।" ends a word
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


_case_rows = case_forms  # the cases table's forms by where they stand (lexicon.case_forms)
_forms_alt = forms_alt  # an alternation of forms, longest first (lexicon.forms_alt)


def _kind_words(kind: str) -> set[str]:
    """Every language's words of one kind (``lang/<code>/words.tsv``)."""
    return words_of(kind)


def _kind_alt(kind: str) -> str:
    """An alternation of every language's words of one kind, longest first."""
    words = _kind_words(kind)
    return _forms_alt(words) if words else "(?!)"


def _kind_word(kind: str, flags: int = 0) -> re.Pattern[str]:
    """Every language's words of one kind as whole words: no word character just before or after."""
    return re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt(kind) + r")(?![\w" + _DEV + r"])", flags)


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
# (not one that opens a quantity: "at least two Naxals")
_EN_BEFORE = re.compile(r"\b(?!(?:" + _kind_alt("quantity_phrase") + r")\b)(" + _forms_alt(_EN_PREP)
                        + r")\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$", re.IGNORECASE)
# a where that opens an English sentence before its comma ("In Islamabad, the foreign office ..."; ``_opening_place``)
_EN_OPENING = re.compile(r"\s*(?:" + _forms_alt(f for f, c in _EN_PREP.items() if c == "loc") + r")\s+(?:the\s+)?",
                         re.IGNORECASE)
# the argument cases a lexicon target code accepts (lang/*/predicates.tsv, column target)
# acts that are news without a named actor ("सीमा पर गोलीबारी हुई", "समझौते पर हस्ताक्षर किए गए")
_ACTORLESS = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AGREE", "SANCTION", "COOPERATE", "AID"})
# acts a host country does to foreign envoys (a demarche: a protest lodged with one), told in the
# passive without their agent
_HOST_ACTS = frozenset({"summon", "expel", "object"})
# acts whose verb takes a thing as its object ("प्रस्ताव ठुकरा दिया": a proposal rejected), so need
# no actor in the frame's case to be told apart from another sense
_THING_OBJECT = frozenset({"REJECT"})
# acts done to whoever stands in the dative of an active perfective: with a named doer in the ergative, the
# dative noun is the one struck, arrested or stopped even where no table knows it (``_object_unnamed``)
_OBJECT_STRUCK = frozenset({"COERCE", "ASSAULT"})
# a noun of saying before a comma or colon opens what was said ("मंत्री का बयान, हमारे जवानों ने ..."): its
# content is someone's claim, not the report's own telling
_SAID_NOUN_OPENS = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("said_object") + r")\s*[,:]")
# verbs that move a thing as well as a person: with a weapon in the clause they deliver arms (``_arms_moved``)
_ARMS_CARRIERS = frozenset({("CONSULT", "visit"), ("CONCEDE", "return")})
# acts told in the passive whose unnamed doer is known by the act: a conviction or a sentence is a
# court's ("क़साब को दोषी पाया गया"), whoever acted in the sentence before
# acts done to someone, whose noun takes that one in the genitive when the lexicon's target case
# includes it: "X की हत्या", "X की गिरफ्तारी", "X की रिहाई", "X का निष्कासन" (X suffered it, never did it)
_PATIENT_GENITIVE = frozenset({("ASSAULT", "kill"), ("ASSAULT", "attack"), ("COERCE", "arrest"),
                               ("CONCEDE", "release"), ("SANCTION", "expel"), ("SANCTION", "suspend")})  # fmt: skip
# acts that are news only with someone doing them or done to: aid ("मदद नहीं करेंगे"), a concession
_NEEDS_ACTORS = frozenset({("AID", "humanitarian"), ("AID", "deliver"), ("AID", "economic"),
                           ("CONCEDE", "release"), ("CONCEDE", "return"), ("CONCEDE", "allow"),
                           ("COOPERATE", "economic"), ("SANCTION", "suspend")})  # fmt: skip
# acts between polities: with none among the actors they are private dealings (aid, a purchase)
_BETWEEN_POLITIES = frozenset({("AID", "humanitarian"), ("AID", "deliver"), ("AID", "economic"), ("AID", "military"),
                               ("COOPERATE", "purchase")})  # fmt: skip
# dealings and statements (an agreement, a request, advice, a concession, a withdrawal, support) between private people
# only are no event (docs/events.md: domestic or private trivia): a nurse's advice, teachers telling children to hide,
# companies' proposals. Doers of these sectors (companies, workers, teachers and students, the media), with no polity
# among the actors; a demand of workers or students stays, made to a government or in public ("मज़दूरों की मांग है कि
# सरकार ...": its addressee stands in the demand's own clause).
_PRIVATE_DEALINGS = frozenset({"AGREE", "REQUEST", "CONCEDE", "RETREAT", "SUPPORT", "THREATEN"})
_PUBLIC_MODES = frozenset({"demand"})
_PRIVATE_SECTORS = frozenset({"bus", "lab", "edu", "med"})
# the generic actors that can pay a visit (docs/events.md): officials, not crowds
_VISITING_SECTORS = frozenset({"gov", "dip", "mil", "igo", "leg", "spy"})
# the generic actors that act for a polity (aid, purchases): those officials and the police
_POLITY_SECTORS = _VISITING_SECTORS | {"cop"}
# the forces that use force on a crowd (tear gas, a baton charge), and the crowds it falls on (docs/events.md
# sector codes: civilians and protesters, farmers, workers, students, parties, the opposition, religious groups)
_FORCE_SECTORS = frozenset({"cop", "mil"})
# a country's armed institutions (kb/institutions.tsv) as actor ids: org:in-army, org:pk-navy
_ARMED_BODY = re.compile(r"org:[a-z]{2}-(?:army|navy|air-force)$")


def _armed(eid: str) -> bool:
    """Whether an actor is an armed force: troops or police of any country, or a country's army, navy or air
    force (the doers a reply by arms, mood ``armed`` in the predicate tables, needs).
    """
    return (eid.split(":")[1] if eid.startswith("agent:") else "") in _FORCE_SECTORS or bool(_ARMED_BODY.match(eid))
_CROWD_SECTORS = frozenset({"cvl", "agr", "lab", "edu", "pty", "opp", "rel"})
# "हवाई फायर", "हवा में गोलियां चलाईं": fire sent into the air, aimed at no one (words.tsv into_air), right before a
# firing predicate
_INTO_AIR = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("into_air") + r")\s+$")
# "भीड़ को नियंत्रित करने के लिए", "भीड़ को खदेड़ने के लिए", "भीड़ को तितर-बितर करने के लिए", "उपद्रवियों को काबू में
# करने के लिए": after a dative, an oblique infinitive of purpose (words.tsv purpose_post) that governs it, with at most
# three words of its conjunct before it (hyphened words too); no case marker of another argument (words.tsv
# purpose_gap_stop), coordinator, clause conjunction or stop among them
_PURPOSE_GAP_WORD = (r"(?!(?:" + _kind_alt("purpose_gap_stop") + "|" + _kind_alt("coordinator") + "|"
                     + _kind_alt("clause_conj") + r")(?![\w" + _DEV + r"]))[\w" + _DEV + r"][\w" + _DEV + r"-]*\s+")
_PURPOSE_TAIL = (r"(?:" + _PURPOSE_GAP_WORD + r"){0,3}[\w" + _DEV + r"]+ने\s+(?:" + _kind_alt("purpose_post")
                 + r")(?![\w" + _DEV + r"])")
_PURPOSE_INFINITIVE = re.compile(r"\s*(?:को\s+)?" + _PURPOSE_TAIL)
# the object of such an infinitive, in the dative or after "पर" ("भीड़ पर काबू पाने के लिए"): no one the act it is
# the purpose of is aimed at (``_police_fire``)
_PURPOSE_OBJECT = re.compile(r"\s*(?:को|" + _kind_alt("on_or_at") + r")\s+" + _PURPOSE_TAIL)
# directed acts between states whose unnamed target is the other side of the report (``_counterpart``)
_COUNTERPART = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "ASSAULT", "SUPPORT"})
_NO_COUNTERPART = frozenset({"concern", "praise", "refuse_sign"})
# acts on things whose owner a demonym names are aimed at the owner ("भारतीय चौकियों पर गोले दागे")
_OWNED_OBJECT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"})
# concern at events, thanks to a host: no other side
_OBJECT_BEFORE = re.compile((r"[\w" + DEVANAGARI + r"]+\s+(?:") + _kind_alt("object_marker") + r")\s*$")
# an object that points back at what was told before ("इस डील की", "इस प्रकार के प्रयासों का", "इन आरोपों को")
_OBJECT_TOLD = re.compile(r"(?<![\w" + DEVANAGARI + r"])(?:" + _kind_alt("demonstrative") + r")\s+(?:[\w" + DEVANAGARI
                          + r"]+\s+(?:के|of)\s+)?(?:[\w" + DEVANAGARI + r"]+\s+)?(?!(?:" + _kind_alt("object_marker")
                          + r")\s)[\w" + DEVANAGARI + r"]+\s+(?:" + _kind_alt("object_marker") + r")\s*$")
# what a side said or asked: an act on it ("आरोपों को ख़ारिज किया") answers that side, named or not
_SAID_OBJECT = frozenset(word_key(w) for w in _kind_words("said_object"))
# acts that an object pointing back at an act is not aimed at the doers of: sorrow at an incident is for its victims
_NOT_AT_DOERS = frozenset({"condole", "solidarity"})
# directed acts whose target may be named as the owner of their object ("X के बयान को खारिज किया")
_POSSESSOR_TARGET = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "AGREE"})
# (the owned thing may be told in two words, a modifier and its head, neither a postposition: "X की पश्चिमी
# सीमाओं पर", "X के सैन्य ठिकानों पर", "X के विस्तारवादी रवैये की"); so told, a genitive after it owns what
# follows (a chain: "X के पर्यटन क्षेत्र की सुविधाओं पर") unless the act itself follows
_POSSESSED_TAIL = (r"\s+(?:(?:" + _kind_alt("possessed_modifier") + r")\s+)?"
                   + r"(?P<mod>(?!(?:" + _ONE_WORD_PP + r")\s)[" + DEVANAGARI_WORD + r"]+\s+)?"
                   + r"(?!(?:" + _ONE_WORD_PP + r")\s)[" + DEVANAGARI_WORD + r"]+\s+(?:"
                   + _kind_alt("object_marker") + r")(?=\s)")
_POSSESSED = re.compile(r"\s*(?:के|की|का)" + _POSSESSED_TAIL)
# the same after a genitive pronoun ("उनके समर्थन की", "उनकी सीमा चौकी पर")
_POSSESSED_AFTER = re.compile(_POSSESSED_TAIL)
_ON_WORDS = frozenset(_kind_words("on_or_at"))
_ON_WHAT = re.compile(r"\s(?:" + _kind_alt("on_or_at") + r")\s")
# "इस पर ... जवाबी कार्रवाई": in answer, not at a place (also where the search starts, at the sentence's
# first word: a lookbehind, not "^", which matches only at the text's start)
_ON_THIS = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("answer_pointer") + r")\s+(?:"
                      + _kind_alt("answer_relation") + r")\s")
# "सरकार की ओर से वार्ताकार X ने": with a ने subject beside it, the one marked so is whom the doer acts for
_BEHALF = re.compile(r"\s*(?:" + _kind_alt("behalf_marker") + r")(?![\w" + _DEV + r"])")
# requests, whose addressee comes before what is asked: a से or को phrase after one of the other case is the
# asked-for act's own ("सरकार से X को मुआवजा देने के लिए कहा", "X को Y से बात करने को कहा")
_ADDRESSED = frozenset({"REQUEST"})
_ADDRESS_CASE = {"abl": "abl", "from": "abl", "dat": "dat", "obj": "dat", "to": "dat"}
# refusals of a thing to someone ("X को वीज़ा देने से इनकार"): the one refused is the target
_REFUSED = frozenset({"REJECT"})
_REFUSED_GIVING = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("refused_giving") + r")\s+(?:"
                             + _kind_alt("refusal_marker") + r")\s*$")
# an act that a charge is of ("X पर Y पर हमला करने का आरोप है"): the genitive of the charge right after it
_CHARGE_AFTER = re.compile(r"\s*(?:" + _kind_alt("object_marker") + r")\s+(?:" + _kind_alt("charge_noun")
                           + r")(?![\w" + _DEV + r"])")
# "X की रिपोर्ट में ... निंदा की गई है": a passive said in a document is its owner's act
_DOCUMENT_IN = re.compile(r"\s*(?:" + _kind_alt("object_marker") + r")\s+(?:[\w" + _DEV + r"]+\s+){0,2}?(?:"
                          + _kind_alt("document_noun")
                          + r")\s+(?:" + _kind_alt("document_in") + r")(?![\w" + _DEV + r"])")
# acts whose target is the one the act they threaten would fall on ("अमरीका ने सीरिया पर हमले की धमकी दी"):
# what stands between that name's postposition and the predicate, the act and its marker
_THREATENED = frozenset({"THREATEN"})
_THREATENED_ACT = re.compile(r"\s*(?:" + _kind_alt("threatened_on") + r")\s+(?:"
                             + _kind_alt("threatened_act") + r")\s+(?:(?:" + _kind_alt("threatened_verb") + r")\s+)?(?:"
                             + _kind_alt("object_marker") + r")\s*$")
_TARGET_OF: dict[str, set[str]] = {
    "gen": {"gen"}, "dat": {"dat", "obj"}, "abl": {"abl", "from"}, "com": {"com", "abl"}, "on": {"on"},
    "against": {"against"}, "loc": {"loc"}, "obj": {"obj", "dat"}, "with": {"com"}, "to": {"to", "dat"},
    "from": {"from", "abl"}, "for": {"for"},
}  # fmt: skip
_BOTH = re.compile(r"(?:" + _kind_alt("both_sides") + r")\s*$")
# a rank before a generic actor ("वरिष्ठ सैन्य अधिकारी", "senior officials"): what owns the actor stands before it
_RANK_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("rank_adjective") + r")\s+$", re.IGNORECASE)
# a group named by its count (दोनों 2, तीनों 3, चारों 4) or pointed at (इन, "these": 0, any count of two or more)
_GROUP_COUNT = {fold(w): 2 for w in _kind_words("pair_word")} | {
    fold(w): n for n in (3, 4, 5) for w in _kind_words(f"group_word_{n}")} | {
    fold(w): 0 for w in _kind_words("group_pointer")}  # fmt: skip
_GROUP = re.compile(
    r"(?<![\w" + _DEV + r"])(?P<n>" + _forms_alt(_kind_words("pair_word") | _kind_words("group_pointer") | {
        w for n in (3, 4, 5) for w in _kind_words(f"group_word_{n}")}) + r")\s+"
    r"(?P<of>(?:" + _kind_alt("group_of_countries") + r")\s+)?(?P<k>"
    + _kind_alt("group_noun") + "|" + _kind_alt("group_noun_countries") + r")(?![\w" + _DEV + r"])",
    re.IGNORECASE,
)
# a Hindi pair word standing alone ("दोनों ने", "दोनों को"): the case after it says whether it is the pair itself
_HI_PAIR_WORDS = {w for w in _kind_words("pair_word") if has_devanagari(w)}
_PAIR_ALONE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _forms_alt(_HI_PAIR_WORDS) + r")(?![\w" + _DEV + r"])")
# what follows a grouping's name when its member countries act ("क्वाड देशों ने", "BRICS countries"): kb/members.tsv
_MEMBER_COUNTRIES = re.compile(r"\s+(?:" + _kind_alt("member_countries") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
# a team or the men of a body after its genitive, a parenthesis and a modifier between ("राज्य पुलिस की विशेष टीम",
# "केंद्रीय रिजर्व पुलिस बल (सीआरपीएफ) के दो जवानों"): the owner acts
_UNIT_NOUN = re.compile(r"(?:" + _kind_alt("unit_noun") + r")$")
_UNIT_OWNED_BY = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?\s(?:"
                            + "|".join(sorted(_GEN_FORMS, key=lambda f: (-len(f), f)))
                            + r")\s+(?:[^\s,।;:()\"]+\s+)?")
# a government named by the person who heads it, after his name ("ट्रंप प्रशासन", "the Trump administration")
_HEADED_GOVERNMENT = re.compile(r"(?:" + _kind_alt("headed_government") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
# the group nouns that stand for countries ("दोनों देशों", "both sides"), folded
_COUNTRY_GROUPS = frozenset(fold(w) for w in _kind_words("group_noun_countries"))
_OFFICE = re.compile(
    r"(?:(?P<of>[^\s,।;:()\"]+)\s+(?:के|की|का)\s+|(?P<dem>[^\s,।;:()\"]+)\s+)?(?P<role>" + _ROLE_RE + r")"
    r"(?:(?=\s*(?:ने|से|को|के\s+साथ|का|की|के|,))"
    # a conjunct of a list of doers ("प्रधानमंत्री और पार्टी ने"): the list's case is spread to it
    r"|(?=\s+(?:" + _kind_alt("coordinator") + r")\s)"
    # a country's office as a bare subject ("नेपाल के प्रधानमंत्री भारत आएंगे"), unless the next word
    # makes a compound with it ("प्रधानमंत्री पद", "राष्ट्रपति भवन")
    r"|(?(of)(?=\s+(?!(?:" + _kind_alt("office_compound") + r")(?![\w" + _DEV + r"]))[\w" + _DEV + r"])|(?!)))",
    re.IGNORECASE,
)
# every _OFFICE match holds a role word; most clauses hold none, and finding one costs a small part
# of what _OFFICE costs, whose optional words before the role are tried (and given back letter by
# letter) at every position
_NOT_IN_OFFICE_WORD = frozenset(',।;:()"')  # what _OFFICE's words before the role ([^\s,।;:()"]+) cannot hold


def _office_word_char(ch: str) -> bool:
    return not ch.isspace() and ch not in _NOT_IN_OFFICE_WORD


def office_matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_OFFICE.finditer(text, lo, hi)``, the same matches, with no search where no role word is.

    A match's role word starts at or after the first one in ``text[lo:hi]``, and what stands before
    it in the match is at most a word, spaces, a word and spaces: so no match starts before that
    stretch, and the search begins there.
    """
    p = first_role_word(text, lo, hi)
    if p is None:
        return iter(())
    for within in (str.isspace, _office_word_char, str.isspace, _office_word_char):
        while p > lo and within(text[p - 1]):
            p -= 1
    return _OFFICE.finditer(text, p, hi)


def _word_before_case(case: str) -> re.Pattern[str]:
    """A word (its group 1) right before one of a case's forms (cases.tsv), the longest form tried first."""
    forms = (re.escape(f).replace(r"\ ", r"\s+") for f, c in sorted(_CASE_OF.items(), key=lambda r: -len(r[0]))
             if c == case)  # fmt: skip
    return re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+)\s+(?:" + "|".join(forms) + r")(?![\w" + _DEV + r"])")


# what may stand between an office and the name it is apposed to: a rank ("रक्षा मंत्री जनरल <name>")
# (a short word between is a title, "श्री", "Dr.", never a postposition: "प्रधानमंत्री ने मोदी से")
_APPOSED = re.compile(r"\s{0,3}|\s+(?!(?:" + _ONE_WORD_PP + r")\s)[^\s,।;:()\"]{1,12}\.?\s+")
# a complement clause right after a verb group ("स्वीकार किया कि", "admitted that")
_THAT_AFTER = re.compile(r"\s*,?\s*(?:" + _kind_alt("complementizer") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
# a message or a record (words.tsv message_noun) as the object of a verb of sending or handing over, read in two
# checks (events/state.py ``_plausible``) that differ: ``_MESSAGE_BEFORE`` takes it right before the verb, in either
# language's letters, its case ignored ("अपीलें भेजी", "पत्र भेजा"), for any verb of aid; ``_RECORD_HANDED`` takes a
# Hindi verb of aid or concession only, as written, and lets a particle follow the noun ("रिपोर्ट भी भेजी") or marks it
# as the object in the dative before the one it went to, a few words of one clause between, no ergative among them
# ("रिपोर्ट को ... अदालत को सौंपा"; not "रिपोर्ट को पढ़ने के बाद पुलिस ने बच्चे को ... सौंपा")
_MESSAGE_NOUN = r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("message_noun") + r")"
_MESSAGE_BEFORE = re.compile(_MESSAGE_NOUN + r"\s+$", re.IGNORECASE)
# a message or a record right after a participle of sending or handing over, a word or two of its phrase between ("X को
# सौंपी गई दूसरी रिकॉर्डिंग", session 41): the participle says what was handed over, no aid and no concession
_MESSAGE_AFTER = re.compile(r"\s+(?:[^\s।,;:\"“”]+\s+){0,2}?" + _MESSAGE_NOUN + r"(?![\w" + _DEV + r"])", re.IGNORECASE)
# the dative's one-word forms in Devanagari (cases.tsv: को)
_DAT_ALT = _forms_alt(f for f, c in _CASE_OF.items() if c == "dat" and re.fullmatch("[" + _DEV + "]+", f))
_RECORD_HANDED = re.compile(_MESSAGE_NOUN + r"(?:\s+(?:" + _kind_alt("case_particle") + r"))?(?:\s+(?:" + _DAT_ALT
                            + r")\s+(?:(?!(?:" + _kind_alt("ergative") + r")\s)[^\s।,;:\"“”]+\s+){1,5}?(?:" + _DAT_ALT
                            + r"))?\s+$")
# "जांच ... को सौंपी गई": a task handed over right before a verb of handing over, or with the one it is handed to
# between, in the dative ("पुल बनाने का जिम्मा निर्माण निगम को सौंपा", session 41)
_DUTY_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("duty_noun") + r")(?:\s+(?:(?!(?:"
                          + _kind_alt("ergative") + r")\s)[^\s।,;:\"“”]+\s+){1,4}?(?:" + _DAT_ALT + r"))?\s+$",
                          re.IGNORECASE)
# "जब ... तो ...", "अगर ... तो ...": the correlative opens the main clause, a scope of its own
# a topic tag in Latin letters that opens a Hindi sentence or headline ("Border guard bangladesh: ...", "SCO
# Summit: ..."): a label of the story, no part of the clause after it (its names are no one's subject)
_TOPIC_TAG = re.compile(r"[ \t]*[A-Za-z][A-Za-z0-9'’.&\- ]{0,60}?[ \t]?:[ \t]")
_SUBORDINATE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("subordinator") + r")\s", re.IGNORECASE)
_CORRELATIVE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("correlative") + r")\s", re.IGNORECASE)
# a complement clause or a quotation starts a new scope: its subject is not the speaker
_SAID_THAT = re.compile(
    r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("complementizer") + r")\s"
    r"|(?:" + _kind_alt("say_verb") + r")(?:\s+(?:" + _kind_alt("say_aux") + r"))?"
    r"\s*(?:[,:]\s*[\"“‘'’]*|[\"“‘'’]+)",
    re.IGNORECASE,
)
# an English verb of saying right before its complement, "that" left out ("Jaishankar said India condemned ...")
_SAID_BARE = re.compile(r"\b(?:" + _kind_alt("say_verb") + r")\s+(?!(?:" + _kind_alt("complementizer") + r")\b)",
                        re.IGNORECASE)
# a noun in the locative right before a verb of meeting: what was got, as what ("विरासत में मिले", "इनाम में मिली")
_LOC_ONE_WORD = sorted((re.escape(f) for f, c in _CASE_OF.items() if c == "loc" and " " not in f), key=len,
                       reverse=True)
_GOT_AS = re.compile(r"([" + _DEV + r"]+)\s+(?:" + "|".join(_LOC_ONE_WORD) + r")\s+$")
# an English relative after a comma opening a clause of its own ("..., who was reportedly shot by ...")
_EN_RELATIVE = re.compile(r",\s*(?:" + _kind_alt("relative_clause") + r")\b", re.IGNORECASE)
# a compound verb made passive ("रिहा कर दिया गया", "गिरफ्तार कर लिया गया", "मार डाला गया"): the vector verb
# (दे, ले, डाल) in its perfective, then जाना
_VECTOR_PASSIVE = re.compile(r"(?<![\w" + _DEV + r"])(?:दिया|दी|दिए|दिये|लिया|ली|लिए|लिये|डाला|डाली|डाले)\s+"
                             r"(?:गया|गई|गयी|गए|गये)(?![\w" + _DEV + r"])")
# a quotation opened after a comma or a colon ("X ने ट्वीट किया, \"...\"", "X told: '...'"), and the marks
# that close each kind of opening mark: words inside it are the quoted speaker's, not the sentence's
_QUOTE_OPEN = re.compile(r"[,:]\s*([\"“‘'])")
# "X से स्पष्टीकरण मांगा कि ... कैसे दी गई?": the question mark is the embedded question's, after its कि
_COMPLEMENTIZER = _kind_word("complementizer", re.IGNORECASE)
# a clause word or a relative between a bare name and a verb: the verb is another clause's ("यूएन चार्टर ... जो
# इजाज़त देता है")
_SUBJECT_BREAK = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("clause_word") + "|" + _kind_alt("relative")
                            + r")(?![\w" + _DEV + r"])|[,;:]\s*[\"“‘']", re.IGNORECASE)
# a relative pronoun in the ergative (जिसने, जिन्होंने): the subject of the clause it opens, standing for the name
# right before it ("प्रस्ताव जिसने ... निंदा की", "ईरान, जिसने ... दागीं")
_REL_ERG_WORDS = sorted((w for w in _kind_words("relative")
                         if any(w.endswith(e) and w != e for e in _kind_words("ergative"))), key=len, reverse=True)
_REL_ERG = re.compile(r"(?<![\w" + _DEV + r"])(?:" + ("|".join(map(re.escape, _REL_ERG_WORDS)) or "(?!)") + r")(?![\w"
                      + _DEV + r"])")
# a relative pronoun in the dative (जिन्हें, जिसे): the object of the clause it opens, standing for the name before
# it ("... छात्रा थीं जिन्हें पुलिस ने मार दिया")
_REL_OBJ = _kind_word("relative_object")
_COPULA_GAP = re.compile(r"\s*(?:" + _kind_alt("copula") + r")\s*,?\s*")
# the word right before an ergative marker ("... गुरू ने"): the subject of a clause whose words no name, office or
# dictionary reads (an unknown name, a crowd: "भीड़ ने"), unless the word cannot name a doer (lang/*/words.tsv:
# postpositions, demonstratives, relatives, not_a_doer, and owned_people: a kin unnamed is no new person)
_ERG_AFTER_WORD = re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+)\s+(?:" + _kind_alt("ergative") + r")(?![\w"
                             + _DEV + r"])")
# the word right before a case form that marks whom an act is against ("... चालक के खिलाफ", cases.tsv rows of the
# case "against"), and before a genitive that ends right at an act's noun ("... खान की हत्या"): whom a charge is
# against, or who suffered an act, where no name, office or dictionary reads the word (``_State._unnamed_target``)
_AGAINST_AFTER_WORD = _word_before_case("against")
# the word right before a dative case form ("... रखवालों को"), for an act whose target the dative marks: whom it is
# done to, where no name, office or dictionary reads it and it ends as a plural of people named by what they do
# (words.tsv ``people_plural_end``), as a thing acted on stands in the dative as often (``_State._unnamed_target``)
_DAT_AFTER_WORD = _word_before_case("dat")
_PEOPLE_PLURAL_END = tuple(sorted(_kind_words("people_plural_end")))
# the word right before a person's home or keeping ("... व्यापारी के घर", "X के पास से": words.tsv ``home_of``): the
# owner struck, raided or searched there, or the one a thing is seized from (``_State._unnamed_target``), for the acts
# done to a place (``_HOME_STRUCK``), in the first of the act's target cases the table gives
_HOME_AFTER_WORD = re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+)\s+(?:" + _kind_alt("home_of")
                              + r")(?![\w" + _DEV + r"])")
_HOME_STRUCK = frozenset({("COERCE", "raid"), ("COERCE", "seize"), ("ASSAULT", "attack")})
_HOME_CASES = ("gen", "abl", "on", "loc")
# a relative or pointer with the locative after a group of people an act names, and the words that say who is among
# them ("... अधिकारी मारे गए, जिनमें X भी शामिल था": words.tsv ``members_open``, ``members_among``): the persons
# between are more of the group (``_State._members_of_group``)
_MEMBERS_OPEN = _kind_word("members_open")
_MEMBERS_AMONG = _kind_word("members_among")
# an oblique infinitive right before such a word makes it a participle's phrase, no people named by what they do
# ("हमला करने वालों को": those who attacked, whom the phrase's act tells; ``_unnamed_target``)
_INFINITIVE_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])[" + _DEV + r"]+ने\s+$")
_GEN_AT_NOUN = re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+)\s+(?:" + "|".join(sorted(_GEN_FORMS))
                          + r")\s+$")
_PHRASE_WORD_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+) $")
# a word and a coordinator right before a name ("... भोला और किशन यादव को"): the first conjunct of a list whose
# next member is that name, where no name, office or dictionary reads the word (``_State._unnamed_conjuncts``)
_WORD_JOINED_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])([" + _DEV + r"]+)\s+(?:" + _kind_alt("coordinator")
                                 + r")\s+$")
# a coordinator right after a name, up to two words and the word right before a postposition of the clause
# ("सलीम अंसारी तथा उसके मुनीम बिल्लू के खिलाफ"): the last conjunct of a list the name opens (``_State._unnamed_conjuncts``)
_WORD_JOINED_AFTER = re.compile(r"\s+(?:" + _kind_alt("coordinator") + r")\s+((?:[" + _DEV + r"]+\s+){0,2}?)(["
                                + _DEV + r"]+)\s+(?P<pp>" + _forms_alt(f for f, c in _CASE_OF.items() if c not in (
                                    "and", "gen", "loc") and re.fullmatch("[" + _DEV + r"\s]+", f)) + r")(?![\w"
                                + _DEV + r"])")
# a genitive form right before a word ("X के बेटे"): the word is a noun that genitive owns, no name of its own
_GEN_BEFORE_WORD = re.compile(r"(?<![\w" + _DEV + r"])(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+$")
_NOT_A_DOER = frozenset(word_key(w) for k in ("postposition", "case_word", "demonstrative", "pointing_det", "relative",
                                              "relative_object", "coordinator", "clause_word", "not_a_doer",
                                              "owned_people", "phrase_stop")  # (a kin is no name: "X के भाई ने")
                        for w in _kind_words(k))
# a demonstrative right before a generic body word ("इस संगठन ने"): the body named before, not a new group
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("demonstrative") + r")\s+$")
_TOLD_BODY = frozenset(w for w in _kind_words("told_body"))
# "ताइवान के चारों ओर": all round a place (words.tsv ``around``), right after its name
# "युद्ध के बीच": while an act goes on (words.tsv ``amid``), right after its noun: an adjunct
_AMID = re.compile(r"\s*(?:" + _kind_alt("amid") + r")(?![\w" + _DEV + r"])")
_AROUND = re.compile(r"\s*(?:" + _kind_alt("around") + r")(?![\w" + _DEV + r"])")
# "also" in an act's clause ("परमाणु ठिकानों पर भी अटैक किए", "जुर्माना भी लगाया"), not "still" or "any" (अब भी, किसी भी)
_ALSO = _kind_word("additive", re.IGNORECASE)
_NOT_ADDITIVE = frozenset(w.lower() for w in _kind_words("not_additive"))
# acts done to someone or something, where "also" tells one more act (an attack on more places, more hostages freed,
# a fine beside a sentence, a report "also" asked for); talks "also" on another topic, or a statement, go on telling
# the same happening
_ONE_MORE_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "SANCTION", "AID", "MOBILIZE", "RETREAT", "REQUEST"})
# "X ने भी": another doer did it too; with a protest lodged or an envoy summoned (one-time statements that
# events/coref.py folds when retold) that doer's act is one more, not the one told before
_ERGATIVE_ALSO = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("ergative") + r")\s+(?:" + _kind_alt("additive")
                            + r")(?![\w" + _DEV + r"])")
_LODGED_MODES = frozenset({("ACCUSE", "object"), ("ACCUSE", "summon")})
# acts where two verbs of one mode joined by "और" are two acts (fired and bombed; bailed and released)
_TWO_ACTS_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE"})
# "क्या ...?": a yes/no question asks the whole sentence, a कि inside it too
_QUESTION_OPEN = _kind_word("question_open", re.IGNORECASE)
# a question opened after a comma: "X से की मुलाकात, क्या हुई बात?" asks only what follows the comma
_QUESTION_AFTER = re.compile(r"[,!;]\s*(?:" + _kind_alt("question_open") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
_QUOTE_CLOSE = {'"': '"', "“": "”", "‘": "’", "'": "'"}
# light verbs whose perfective marks its subject with the ergative, and that postposition as a word: a
# perfective of one with no ergative in its clause has dropped its subject ("फिर माफी मांगी")
_ERGATIVE_LIGHT = frozenset(_kind_words("ergative_light"))
# the light verbs whose subject is the event noun itself ("बैठक हुई", "वार्ता चल रही है"): it happens
_HAPPEN_LIGHT = frozenset(_kind_words("happen_light"))
# "बचाव कार्य शुरू किया गया": the head noun of an operation that states the happening with no doer named
_OPERATION_HEAD = frozenset(word_key(w) for w in _kind_words("operation_head"))
# "होटल में हुए समझौते", "चौक पर हुई रैली": the postposition before an event noun's "took place" participle, and an
# auxiliary that may stand between them ("में हो रही")
_HAPPEN_WHERE = frozenset(word_key(w) for w in _kind_words("happen_where"))
_HAPPEN_AUX = frozenset(word_key(w) for w in _kind_words("happen_aux"))
# "साल 2012 में हुए दंगे", "अध्यक्षता में हुई बैठक": a time or who presides before that postposition, no place
_HAPPEN_NOT_WHERE = frozenset(word_key(w) for w in _kind_words("happen_not_where"))
# "चल रहे व्यापार": the participle of a state going on, not of an act that took place
_HAPPEN_ONGOING = frozenset(word_key(w) for w in _kind_words("happen_ongoing"))
_DEMONSTRATIVE_WORDS = frozenset(word_key(w) for w in _kind_words("demonstrative"))
_INDEFINITE = frozenset(word_key(w) for w in _kind_words("indefinite"))
# "संयुक्त अभ्यास", "मिलकर", "joint": an act shared with another side, named or not
_JOINTLY = _kind_word("jointly", re.IGNORECASE)
_ERGATIVE = _kind_word("ergative")
# the ergative postposition itself right after a name ("X ने"), not a phrase the case table also reads as the doer's
# ("की ओर से", the agent of a passive)
_ERGATIVE_AFTER = re.compile(r"\s*(?:" + _kind_alt("ergative") + r")(?![\w" + _DEV + r"])")
# "एलिस ने ट्वीट किया, ‘मैं ... निंदा करता हूं’": a first-person subject inside quoted words is the one quoted
_FIRST_PERSON = _kind_word("first_person", re.IGNORECASE)
# a one-word locative postposition after a name (में) right before a generic actor, or before a quantity
# word and it ("बांग्लादेश में हिंदुओं", "... में कई हिंदुओं"): the country the people are in
_IN_BEFORE = re.compile(r"\s+(?:" + _forms_alt(f for f, c in _case_rows("after").items() if c == "loc" and " " not in f)
                        + r")\s+", re.IGNORECASE)
# the end of "X ने कहा (है) कि": a subject pronoun opening the complement is the speaker ("... कि वह ...")
_SAID_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("say_verb") + r")(?:\s+(?:" + _kind_alt("say_aux")
                          + r"))?\s+(?:" + _kind_alt("complementizer") + r")\s*$", re.IGNORECASE)
# a word that opens a clause of its own ("जब", "क्योंकि", "कि"): a pronoun right after it heads that clause
# ("..., जब वे ... जा रहे थे"), so a form that also points at a thing (वह, वे) is still a subject there
_CLAUSE_OPENER = frozenset(word_key(w) for k in ("subordinator", "when_clause", "complementizer", "clause_conj")
                           for w in _kind_words(k))
# the same with a saying told in the present or as a verbal noun ("X कहते हैं कि", "X का कहना है कि"): the
# speaker stands without ने, in the nominative or the genitive
_SAID_NOW_BEFORE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("say_now") + r")(?:\s+(?:"
                              + _kind_alt("say_aux") + r"))?\s+(?:" + _kind_alt("complementizer") + r")\s*$",
                              re.IGNORECASE)  # fmt: skip
# the plural first-person subjects (हम, हमने): "we" told by a person is the body they speak for, not themselves
_PLURAL_FIRST = frozenset(fold(w) for w in _kind_words("first_person_plural"))
# an office whose holder speaks for a body ("सेना के प्रवक्ता X", "spokesman X"), and its role codes in roles.tsv:
# an act of his side he reports with no subject written, or with "we", is the body's, not his
_SPEAKER_OFFICE_WORDS = frozenset(fold(w) for w in _kind_words("speaker_office"))
_SPEAKER_ROLES = frozenset(r[1] for r in every_language_rows("roles.tsv")
                           if len(r) > 1 and fold(r[0]) in _SPEAKER_OFFICE_WORDS)
_SPEAKER_TITLE = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("speaker_office") + r")\s+$", re.IGNORECASE)
# the same opening anywhere before a word ("X ने बताया कि हमने ... मांगी थी"): the reported clause it opens is the
# speaker's, so a first-person subject in it is the one who said it
_REPORTED_THAT = re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("say_verb") + r")(?:\s+(?:" + _kind_alt("say_aux")
                            + r"))?\s+(?:" + _kind_alt("complementizer") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
_NEGATION = _kind_word("negation", re.IGNORECASE)
_FUTURE = re.compile(
    r"(?:" + _kind_alt("future_ending") + r")(?![\w" + _DEV + r"])"
    r"|(?<![\w" + _DEV + r"])(?:" + _kind_alt("future_word") + r")\s",
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
_DAY_RANGE = re.compile(r"(?P<d0>\d{1,2})\s*(?:-|–|से|to)\s*(?P<d1>\d{1,2})\s+(?P<m>" + MONTH_ALT
                        + r")\.?(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?",
                        re.IGNORECASE)  # fmt: skip
# a postposition, conjunction or punctuation: what separates an office word from a name it does not title
_CASE_WORD = re.compile(r"[,।;:()\"]|(?<![\w" + DEVANAGARI + r"])(?:" + _kind_alt("case_word")
                        + r")(?![\w" + DEVANAGARI + r"])")
# an English office's portfolio between the office word and the holder's name ("Minister for Defence Richard
# Marles", "Minister of External Affairs S Jaishankar"): capitalised words after "for" or "of"
_EN_PORTFOLIO = re.compile(r"\s+(?:for|of)(?:\s+(?:[A-Z][\w'-]*|and|&))+\s+")
# the office word such a portfolio follows (lang/en/words.tsv portfolio_office), right before "for"/"of"
_EN_PORTFOLIO_OFFICE = re.compile(r"\b(?:" + _kind_alt("portfolio_office") + r")\s+$", re.IGNORECASE)
# "136 बंधकों में से केवल दो को बचाया": the part taken out of a group (a count, "only", "some") before the case that
# is the group's in the clause (words.tsv partitive_count)
_PARTITIVE = re.compile(r"\s+से\s+(?:(?:\d+|" + _kind_alt("partitive_count") + r")\s+){1,3}(?P<pp>को|ने)(?![\w"
                        + _DEV + r"])")
_WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<head>[^\n,।()|:]{2,40}?(?:\s*\([^()\n]{1,25}\))?\s*,\s*[^\n()।|:]{3,30}?\s*\((?:" + AGENCIES
    + r"|[A-Z][A-Za-z./]{1,12})\))\s*[:।|\-–—]?")
_DATELINE_TAIL = re.compile(r"\s*(?:\d{4}\s*)?(?:\(|,|:|-|–|\||।|\n)")
# words passed over when looking for a cue after a predicate ("करने की मांग")
_SKIP_AFTER = frozenset(word_key(w) for w in _kind_words("skip_after"))
_EN_ASIDE = re.compile(r"\b(?:" + _kind_alt("aside") + r")\b", re.IGNORECASE)
# "During the visit, ...", "After the meeting, ...": an event noun inside a fronted phrase, whose own words end at
# the phrase's comma
_EN_ASIDE_NOUN = re.compile(r"\b(?:" + _kind_alt("aside") + r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_EN_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "over the killing", "over Indian troops trespassing": the preposition that makes the act after it a topic
_EN_ACT_TOPIC = re.compile(r"\b(?:" + _kind_alt("act_topic") + r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# between a weekday and its calendar day
_BESIDE = re.compile(r"[\s,]*(?:" + _kind_alt("weekday_apposition") + r")?[\s,]*")
# a capital acting or acted on (not "में", "पर")
_CAPITAL_CASES = frozenset({"erg", "by", "dat", "abl", "against", "com"})
_ANAPHOR = re.compile(r"(?<![\w" + DEVANAGARI + r"])(?:" + _kind_alt("demonstrative")
                      + r")\s+(?:[\w" + DEVANAGARI + r"-]+\s+)?$",
                      re.IGNORECASE)
_COMING = re.compile((r"\s*पर\s+(?:[" + DEVANAGARI + r"]+\s+){0,3}?(?:") + _kind_alt("coming_stem") + r")\s+(?:"
                     + _kind_alt("progressive_aux")
                     + r")\s+(?:" + _kind_alt("present_aux") + r")")
_AND_BEFORE = re.compile((r"([\w" + DEVANAGARI_WORD + r"]+)\s+(?:") + _kind_alt("coordinator") + r")\s+$",
                         re.IGNORECASE)
_HYPHEN_PART = re.compile(r"[-–][\w" + DEVANAGARI_WORD + r"]+")
_COORDINATED = re.compile(r"\s*(?:,|[-–]|(?:,\s*)?(?:" + _kind_alt("coordinator") + r"))\s*", re.IGNORECASE)
# a verb's auxiliary, then "और" and the next verb's words: "फायरिंग की और बम से हमला किया"
_AND_GAP = re.compile(r"(?:\s+[\w" + _DEV + r"]+){0,2}?\s*,?\s*(?:" + _kind_alt("coordinator") + r")\s", re.IGNORECASE)
# "सेना के जवान", "उच्चायोग के एक कर्मचारी": an owner's genitive, then the owned noun
_OWNED_BY = re.compile(r"\s+(?:" + "|".join(sorted(_GEN_FORMS, key=lambda f: (-len(f), f))) + r")\s+(?:(?:"
                       + _kind_alt("np_determiner") + r")\s+)?")
# an oblique infinitive closed by a postposition that makes its act another predicate's adjunct or object ("सत्ता से
# हटाए जाने के बाद", "बरी करने के खिलाफ"), and a conjunctive participle ("समन कर"): a verb of its own before it
# (the word before ने must be the infinitive of a verb the lexicon knows: महीने, सामने, थाने are nouns)
_ADJUNCT_INF = re.compile(r"(?<![\w" + _DEV + r"])(?P<inf>[" + _DEV + r"]+ने)\s+(?:" + _kind_alt("adjunct_inf_case")
                          + r")(?![\w" + _DEV + r"])")
_CONJUNCTIVE = _kind_word("conjunctive")
# "Pakistan army", "China's troops", "पाकिस्तान सेना": a country naming its body
_ADJUNCT = re.compile(r"\s*(?:'s|’s)?\s*")
_EN_SAID = re.compile(r"\s+(?:\w+\s+)?(?:" + _kind_alt("attribution") + r")\b", re.IGNORECASE)
_EN_QUESTION = re.compile(r"\b(?:" + _kind_alt("question_verb") + r")\s+(?:" + _kind_alt("question_word") + r")\b|\b(?:"
                          + _kind_alt("question_alone") + r")\b", re.IGNORECASE)
_EN_IF = re.compile(r"\s+(?:" + _kind_alt("question_object") + r")\b", re.IGNORECASE)
_EN_BY = re.compile(r"\bby\s+(?:(?:" + _kind_alt("manner_adverb") + r")\s+)?"
                    r"(?:[\w-]+(?:\s+[\w-]+){0,3}\s+(?:and|or)\s+)?$",
                    re.IGNORECASE)  # "by firing", "by heavy shelling and firing": the manner of another act
# an event noun whose only verb is a bare copula at the clause's end names what something is ("... पर हमला है")
# (after every word of a multiword noun: "यह ... सबसे बड़ा रक्षा सौदा है", "... पहली शांति वार्ता है")
_COPULA = re.compile(r"\S+\s+(?:" + _kind_alt("copula") + r")")
_COPULA_AFTER = re.compile(r"\s+(?:" + _kind_alt("copula") + r")$")
# but an adjective of a stance before the copula tells its subject holds it ("भारत ... चिंतित है"): that is the act
_STANCE = frozenset(_kind_words("stance_adjective"))
# words of according after an actor ("X के मुताबिक", "उनके अनुसार"): the clause after gives his word (session 48)
_ACCORDING_AFTER = re.compile(r"\s*(?:" + _kind_alt("according_to") + r")(?![\w" + _DEV + r"])")
# a word that tells an act as a reply (जवाबी): in the predicate, or before it in its stretch of the sentence
_COUNTER = _kind_word("counter")
_ATTRIBUTIVE = re.compile(r"\s(?:" + _kind_alt("attributive") + r")$")  # the predicate's form took it in
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:" + _kind_alt("attributive") + r")(?![\w" + _DEV + r"])")
# who gets something: a dative postposition's name (गुटों को) or a dative pronoun (उन्हें)
_DATIVE_PP = frozenset(f for f, c in _CASE_OF.items() if c == "dat")
_RECEIVED = re.compile(r"(?<![\w" + _DEV + r"])(?:" + "|".join(map(re.escape, sorted(_DATIVE_PP))) + "|"
                       + _kind_alt("dative_pronoun") + r")(?![\w" + _DEV + r"])")  # fmt: skip
_ALIKE = re.compile(r"[\s-]*(?:" + _kind_alt("alike_tail") + ")")  # मिलती-जुलती, मिलते जुलते: alike
_BEFORE_NOUN = re.compile(r"\s+(?:(?!(?:" + _ONE_WORD_PP + r")\s)[^\s,।\"'“”]+\s+)?")
# one more word, then का/की/के
_CUT_GENITIVE = re.compile(r"\s+[^\s,।]+\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")(?![\w" + _DEV + r"])")
_COPULA_NEXT = re.compile(r"\s+(?:" + _kind_alt("copula") + r")(?![\w" + _DEV + r"])")
# "उनका स्वागत": a possessive pronoun before a greeting is the one greeted
# "Rajnath Singh's official visit", "his three-nation visit": an English possessive, then up to two modifiers
# of the event noun it owns (its doer, or who suffered it: ``_PATIENT_GENITIVE``)
_EN_POSSESSIVE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}")
# "asked India to withdraw", "urging it to immediately withdraw": the one asked (a name or two), the infinitive's
# marker and an adverb or none, between a request and the act it asks for
_EN_CONTROL = re.compile(r"\s+(?P<who>(?:[\w'’.-]+,?\s+){1,6}?)(?:" + _kind_alt("infinitive_marker")
                         + r")\s+(?:[\w-]+\s+)?", re.IGNORECASE)
# what may stand between a finite English verb and its object noun ("condemned Pahalgam attack", "condemn the
# terror attack"): up to four words, none an auxiliary, a modal, a conjunction, a complementizer or the
# infinitive's marker (after those, a base form is a verb of its own: "and attack", "will attack", "to attack")
_EN_NOT_IN_OBJECT = frozenset(
    {r[0].lower() for r in every_language_rows("verb_group.tsv") if r and r[0].isascii()}
    | {w for k in ("coordinator", "infinitive_marker", "future_word", "possible_word", "complementizer", "negation")
       for w in _kind_words(k) if w.isascii()}
)
_EN_OBJECT_GAP = re.compile(r"\s+(?:(?!(?:" + _forms_alt(_EN_NOT_IN_OBJECT) + r")\s)[\w'’.-]+\s+){0,4}", re.IGNORECASE)
# "it to": a pronoun that stands for a country only as the one asked to act
_EN_TO_ACT = re.compile(r"\s+(?:" + _kind_alt("infinitive_marker") + r")\s", re.IGNORECASE)
# (a manner adverb in से may stand between: "उनका गर्मजोशी से स्वागत")
_GREETED = re.compile(r"(?:\s+[" + _DEV + r"]+\s+से)?\s+(?:" + _kind_alt("greeting") + r")")
# "31 मार्च तक", "until March 31": a date that bounds, not one that happened
_UNTIL = re.compile(r"\s*(?:" + _kind_alt("until") + r")\b", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[।.!?|]|$)")
# killed in a clash
# (a headline leaves the article out: "Six Maoists Killed In Encounter")
_IN_CLASH = re.compile(r"\s+(?:" + _kind_alt("inside") + r")\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+)?", re.IGNORECASE)
# where a clause after a predicate begins ("... ने विरोध किया और इन्हें बांग्लादेश से आए ..."): a
# country named past it is no side of the predicate's act
_CLAUSE_BREAK = re.compile(r"[,;।]|(?<![\w" + _DEV + r"])(?:" + _kind_alt("clause_conj") + "|"
                           + _kind_alt("complementizer") + r")(?![\w" + _DEV + r"])", re.IGNORECASE)
# "इस मुठभेड़ में दो आतंकवादी मारे गए": a clash noun in the locative opens the clause of a killing in it
# (a gloss in brackets may stand between: "मुठभेड़ (encounter) में")
_IN_CLASH_HI = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?में\s")
_CLAUSE_END = re.compile(r"[,;]\s*(?:" + _kind_alt("clause_conj") + r")\s|[।?!॥]|\.(?:\s|$)")
# "हमले में सात लोगों की मौत हो गई", "बीस लोग घायल हुए": the words of a death or wounds that name no act, after the
# people they befell (words.tsv casualty)
_CASUALTY = _kind_word("casualty")
# "धमाकों ने तीस लोगों की जान ले ली": an attack's noun as the subject of its toll
_TOLL_ERG = re.compile(r"\s*(?:" + _kind_alt("ergative") + r")\s")
# "बमबारी की है, जिसमें ... मारा गया": a clause word made of a relative and a locative postposition
# (clause_conj words ending in one) opens, a few words after an act, the clause of what happened in it
_LOC_FORMS = sorted(f for f, c in _CASE_OF.items() if c == "loc" and re.fullmatch("[" + _DEV + "]+", f))
_REL_LOC_WORDS = sorted((w for w in _kind_words("clause_conj") if any(w.endswith(f) and w != f for f in _LOC_FORMS)),
                        key=len, reverse=True)  # fmt: skip
_REL_LOC = re.compile(r"[^,;.?!\n।॥]{0,30}?,?\s*(?:" + ("|".join(map(re.escape, _REL_LOC_WORDS)) or "(?!)")
                      + r")\s")  # fmt: skip
# the genitive of a country, then one or two modifiers before the body it owns ("बांग्लादेश के अंतर्राष्ट्रीय आपराधिक
# न्यायाधिकरण"): no postposition, no conjunction, no punctuation between
_GEN_MODIFIERS = re.compile(r"\s*(?:के|की|का)(?:\s+(?!(?:" + _forms_alt(_CASE_OF) + "|" + _kind_alt("clause_conj")
                            + r")(?![\w" + _DEV + r"]))[" + _DEV + r"]+){1,2}\s+")


@dataclass(slots=True)
class _Arg:
    entity_id: str
    label: str
    case: str
    start: int
    end: int
    via: str = "name"
    kb_id: str | None = None


_REFLEXIVE = frozenset(_kind_words("reflexive"))  # "अपने वाणिज्य दूतावास": the subject's own body
_HERE = re.compile(_kind_alt("here"))  # "यहां": the place of the report
