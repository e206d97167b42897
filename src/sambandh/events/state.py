"""Reading one sentence: its predicates, and the event each one states."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..lexicon import (
    DEED_TYPES,
    SAID_MODES,
    Lexicon,
    PredicateMatch,
    every_language_rows,
    lang_rows,
    verb_forms_of,
    word_key,
    words_of,
)
from ..link import new_entity_id
from ..model import SUPPLIED_VIA, Actor, Article, Event, Mention, Span
from ..normalize import TOKEN_RE, fold, fold_word
from ..script import DEVANAGARI_WORD, has_devanagari
from .arguments import _INFINITIVE, _Arguments
from .grammar import (
    _ACCORDING_AFTER,
    _ACTORLESS,
    _ADJUNCT,
    _AGAINST_AFTER_WORD,
    _ALIKE,
    _ALSO,
    _ANAPHOR,
    _AND_GAP,
    _ARMED_BODY,
    _ARMS_CARRIERS,
    _ATTRIBUTIVE,
    _ATTRIBUTIVE_AFTER,
    _BEHALF,
    _BETWEEN_POLITIES,
    _CASE_OF,
    _CASUALTY,
    _CHARGE_AFTER,
    _CLAUSE_BREAK,
    _CLAUSE_END,
    _CLAUSE_ENDS,
    _COMING,
    _COMPLEMENTIZER,
    _COPULA,
    _COPULA_AFTER,
    _COPULA_GAP,
    _COPULA_NEXT,
    _CORRELATIVE,
    _COUNTER,
    _COUNTERPART,
    _CROWD_SECTORS,
    _CUT_GENITIVE,
    _DAT_AFTER_WORD,
    _DEMONSTRATIVE_WORDS,
    _DUTY_BEFORE,
    _EN_ACT_TOPIC,
    _EN_ASIDE_NOUN,
    _EN_BY,
    _EN_CONTROL,
    _EN_IF,
    _EN_OBJECT_GAP,
    _EN_QUESTION,
    _EN_RELATIVE,
    _ERG_AFTER_WORD,
    _ERGATIVE,
    _ERGATIVE_AFTER,
    _ERGATIVE_ALSO,
    _ERGATIVE_LIGHT,
    _FIRST_PERSON,
    _FORCE_SECTORS,
    _FUTURE,
    _GEN_AT_NOUN,
    _GEN_BEFORE_WORD,
    _GEN_FORMS,
    _GOT_AS,
    _HAPPEN_AUX,
    _HAPPEN_LIGHT,
    _HAPPEN_NOT_WHERE,
    _HAPPEN_ONGOING,
    _HAPPEN_WHERE,
    _HOME_AFTER_WORD,
    _HOME_CASES,
    _HOME_STRUCK,
    _HOST_ACTS,
    _IN_CLASH,
    _IN_CLASH_HI,
    _INDEFINITE,
    _INFINITIVE_BEFORE,
    _INTO_AIR,
    _JOINTLY,
    _LODGED_MODES,
    _MEMBERS_AMONG,
    _MEMBERS_OPEN,
    _MESSAGE_AFTER,
    _MESSAGE_BEFORE,
    _NEEDS_ACTORS,
    _NO_COUNTERPART,
    _NOT_A_DOER,
    _NOT_ADDITIVE,
    _OBJECT_STRUCK,
    _ON_THIS,
    _ON_WHAT,
    _ONE_MORE_TYPES,
    _OPERATION_HEAD,
    _OWNED_OBJECT,
    _PATIENT_GENITIVE,
    _PEOPLE_PLURAL_END,
    _PHRASE_WORD_BEFORE,
    _PRIVATE_DEALINGS,
    _PRIVATE_SECTORS,
    _PUBLIC_MODES,
    _PURPOSE_INFINITIVE,
    _PURPOSE_OBJECT,
    _QUESTION_AFTER,
    _QUESTION_OPEN,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _RECEIVED,
    _RECORD_HANDED,
    _REL_ERG,
    _REL_LOC,
    _REL_OBJ,
    _SAID_BARE,
    _SAID_NOUN_OPENS,
    _SAID_THAT,
    _SKIP_AFTER,
    _STANCE,
    _SUBORDINATE,
    _THAT_AFTER,
    _THING_OBJECT,
    _TOLL_ERG,
    _TOPIC_TAG,
    _TWO_ACTS_TYPES,
    _VECTOR_PASSIVE,
    _WILL_BEFORE,
    _WORD_JOINED_AFTER,
    _WORD_JOINED_BEFORE,
    ACTOR_LABELS,
    PLACE_LABELS,
    Trigger,
    _Arg,
    _armed,
    _forms_alt,
    _kind_alt,
    _kind_word,
    _kind_words,
)
from .merge import _dedupe, _drop_office_agents, _may_hold, _sector, add_evidence
from .setting import _act_nouns, _Setting, _within_gathering

if TYPE_CHECKING:
    from ..actor_rank import Candidates
    from .extractor import EventExtractor

# the verb-group features of a finite verb: its subject stands before it, never after
_FINITE = frozenset({"present", "past", "progressive", "future"})
# the cases of the one met or called (X ने Y से / Y के साथ बात की), not of who met
_PARTNER_CASES = frozenset({"com", "abl"})
# sectors of generic actors that fight with words only (docs/events.md sector codes): opposition, parties, legislators
_WORDS_ONLY = frozenset({"opp", "pty", "leg"})
# the generic press (reporters, the media) of any country: who a statement is made to
# "and" (or ", and"), an adverb or none, right before a coordinated English verb
_EN_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _hi_case_alt(*cases: str) -> str:
    """The one-word Devanagari postpositions of these cases (``cases.tsv``: में for loc, पर for on), longest first."""
    return _forms_alt(f for f, c in _CASE_OF.items() if c in cases and " " not in f and has_devanagari(f))


# the Hindi infinitive's endings (lang/hi/inflection.tsv verb inf: ना, ने, नी)
_INF_ENDINGS = sorted({e for r in lang_rows("hi", "inflection.tsv") if len(r) > 3 and r[0] == "verb" and r[2] == "inf"
                       for e in r[3].split("|")}, key=lambda e: (-len(e), e))  # fmt: skip
# a coordinator or a disjunctor, then up to six words ending in a Hindi infinitive ("और वहां से जल्द से जल्द निकलने")
_NEXT_INFINITIVE = re.compile(r"\s+(?:" + _kind_alt("coordinator") + "|" + _kind_alt("disjunctor")
                              + r")\s+(?:[^\s,।]+\s+){0,6}?[" + DEVANAGARI_WORD
                              + r"]+(?:" + "|".join(_INF_ENDINGS) + r")(?![\w" + DEVANAGARI_WORD + r"])")
# measures whose पर phrase may name the goods of a country ("भारतीय वस्तुओं पर टैरिफ"): that country is struck
_GOODS_STRUCK = frozenset({"SANCTION"})
# acts a threat may threaten (``_aim_of_threats``): their target is the threat's, and the marker between ("की", "का")
_THREAT_AIMED = frozenset({"SANCTION", "ASSAULT", "COERCE"})
# the genitive postposition's forms (का, की, के), as an alternation
_GEN_ALT = _forms_alt(_GEN_FORMS)
_OBJECT_GAP = re.compile(r"\s*(?:" + _GEN_ALT + r")\s*")
# the CAMEO code of a request that an act not be done ("गिरफ्तार नहीं करना चाहिए", "हमला न करने की अपील"), by the
# request's mode: CAMEO has no code of its own for asking someone to refrain; the nearest is that the target yield
# (105 of a demand, 025 of an appeal or a request), and the request itself is made, so it is never negated
_REFRAIN_CAMEO = {"demand": "105", "appeal": "025", "request": "025"}
# what may stand between an act and the request that asks for it: a genitive or the dative ("करने की मांग", "रहने
# को कहा"; a request's own words may begin with the dative: "को कहा")
_REQUEST_GAP = re.compile(r"\s*(?:(?:" + _GEN_ALT + r"|को)\s+)?")
# the noun of a threat right after an act and its genitive ("प्रतिबंध लगाने की चेतावनी", lang/hi/words.tsv threat_noun)
_THREAT_CONTENT = re.compile(r"\s*(?:" + _GEN_ALT + r")\s+(?:" + _kind_alt("threat_noun") + r")(?![\w" + DEVANAGARI_WORD
                             + r"])")
# a Devanagari postposition of the "on" case ("पर"), and a word
_ON_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + "|".join(
    sorted((re.escape(f) for f, c in _CASE_OF.items() if c == "on" and has_devanagari(f)), key=len, reverse=True))
                      + r")(?![\w" + DEVANAGARI_WORD + r"])")
_WORD_BEFORE = re.compile(r"[\w" + DEVANAGARI_WORD + r"]+")
# a word with its apostrophes (an English "India's" whole), as the qualifier and cue checks read words
_TOKEN = re.compile(r"[\w" + DEVANAGARI_WORD + r"']+")
# the features of a verb group that carry a tense or an aspect auxiliary (``_counterfactual``): without one, an
# imperfective participle stands bare ("सजा देते")
_TENSED = frozenset({"past", "present", "future", "progressive", "obligation", "compelled", "prospective", "intent"})
_PRESS = re.compile(r"agent:med(?::[a-z]+)?$")
# asked to leave a country (lang/*/words.tsv leave_country, country_word): the country's name or word, then leaving
# ("पाकिस्तान छोड़ने", "देश से बाहर भेजने") right before Hindi's asking; after English's and its object ("asked to leave
# India", "asked a diplomat to leave the country")
_LEAVE_BEFORE = re.compile(r"(?:" + _kind_alt("leave_country") + r")\s*$", re.IGNORECASE)
_LEAVE_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,5}?\s+(?:" + _kind_alt("leave_country") + r")\s+", re.IGNORECASE)
_COUNTRY_WORD_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("country_word") + r")\s*$",
                                  re.IGNORECASE)
_COUNTRY_WORD_AFTER = re.compile(r"(?:" + _kind_alt("country_word") + r")(?![\w" + DEVANAGARI_WORD + r"])",
                                 re.IGNORECASE)
# a generic noun of action after a pointer (lang/hi/words.tsv generic_act, act_pointer): an act named again
_GENERIC_ACTS = frozenset(words_of("generic_act"))
# the modes of talks that a meeting named again as their frame tells again (``_talks_within_gathering``)
_TALK_MODES = frozenset({"meet", "discuss"})
_NEXT_WORD = re.compile(r"\s+([\w" + DEVANAGARI_WORD + r"]+)")
# a case or matter the generic noun of action is taken on, before it ("मामले पर तत्काल कार्रवाई", lang/hi/words.tsv)
_MATTER_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("matter_noun")
                            + r")\s+(?:" + _hi_case_alt("loc", "on") + r")\s+(?:[^\s,।]+\s+)?$")
# a purchase as the thing signed, before a verb of signing ("रक्षा सौदे पर भी हस्ताक्षर", lang/hi/words.tsv)
_PURCHASE_SIGNED = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("purchase_object")
                              + r")\s+(?:[^\s,।]+\s+)?(?:" + _hi_case_alt("on") + r")\s+(?:(?:"
                              + _kind_alt("focus_particle") + r")\s+)?$")
# the accused or the plot of an act, after its genitive ("हमले के आरोपी", "हत्या और अपहरण के आरोपियों", "हमलों की साज़िश",
# lang/hi/words.tsv accused_noun, plot_noun)
_ACCUSED_AFTER = re.compile(r"(?:\s+और\s+(?:[^\s,।]+\s+){1,3}?)?\s*(?:" + _GEN_ALT + r")\s+(?:(?:"
                            + _kind_alt("accused_adjective") + r")\s+)?(?:" + _kind_alt("accused_noun") + "|"
                            + _kind_alt("plot_noun") + r")(?![\w" + DEVANAGARI_WORD + r"])")
# an offence named as a kind or as the counts of a charge, right after an act's noun or infinitive (lang/hi/words.tsv
# kind_compare, related_to, charge_count): "हमले सरीखी घटनाओं", "हत्या और लूट जैसे मामले" (a coordinated act and up to
# five words between; not "जैसे ही", as soon as, nor "जैसा कि", as), "हत्या से संबंधित छह आरोपों" (up to two words
# between): no act told (session 48)
# "जैसे ही" (as soon as), "जैसा कि" (as): lang/hi/words.tsv not_kind_after
_NOT_KIND_AFTER = r"(?!\s+(?:" + _kind_alt("not_kind_after") + r")(?![\w" + DEVANAGARI_WORD + r"]))"
_KIND_NAMED = (r"(?:\s+(?:" + _kind_alt("coordinator") + r")(?:\s+[^\s,।]+){0,5}?)?\s+(?:" + _kind_alt("kind_compare")
               + r")(?![\w" + DEVANAGARI_WORD + r"])" + _NOT_KIND_AFTER)
_FAILED_IN = frozenset(word_key(w) for w in words_of("failed_in"))  # "करने में" ... "नाकाम" (``_failed``)
# the plural oblique endings (हथियारों, आतंकियों, ताकतों): no conjunct's name (``_unnamed_conjuncts``)
_PLURAL_OBLIQUE_ENDS = tuple(sorted(words_of("plural_oblique_end")))
_CHARGE_COUNTED = (r"\s+(?:" + _kind_alt("related_to") + r")(?:\s+[^\s,।]+){0,2}?\s+(?:" + _kind_alt("charge_count")
                   + r")(?![\w" + DEVANAGARI_WORD + r"])")
_OFFENCE_NAMED_AFTER = re.compile(r"(?:" + _KIND_NAMED + "|" + _CHARGE_COUNTED + ")")
# a section of law and its number right before a bracket ("धारा 121 (", "धारा 302 (हत्या), 364 ("): lang/hi/words.tsv
# law_section at most 80 characters before the number
_LAW_SECTION = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("law_section") + r")(?![\w"
                          + DEVANAGARI_WORD + r"])")
_SECTION_NUMBER_END = re.compile(r"\d+\s*[A-Za-z]?\s*$")
# a charge or a fault accepted right before a verb of accepting ("आरोपों को स्वीकार कर लिया"; lang/hi/words.tsv
# admitted_object): an admission, no agreement
_ADMITTED_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("admitted_object") + r")\s+(?:(?:"
                              + _forms_alt(("को", "भी")) + r")\s+){0,2}$")
# "खुद को अलग", "अपने आप को अलग": a side keeping itself apart (lang/hi/words.tsv reflexive_apart)
_REFLEXIVE_APART = re.compile(r"(?:" + _kind_alt("reflexive_apart") + r")(?![\w" + DEVANAGARI_WORD + r"])")
# a word of voting or of a resolution voted on (lang/hi/words.tsv vote_word): keeping out of it is abstaining
_VOTE_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("vote_word") + r")(?![\w" + DEVANAGARI_WORD
                        + r"])")
_ACT_POINTER_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("act_pointer") + r")\s+$")
# a tally of acts (lang/hi/words.tsv tally_perfect): an event noun right after a number, with what is counted
# between ("42 देशों की यात्रा"), in a verb group of the completive perfect ("5 हमले कर चुका है")
_TALLY_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])\d[\d,.]*\s+(?:\S+\s+(?:" + _GEN_ALT
                           + r")\s+)?$")
_TALLY_PERFECT = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("tally_perfect") + r")(?![\w"
                            + DEVANAGARI_WORD + r"])")
# private people as generic actors (civilians, companies, workers, farmers, teachers and students, doctors): a meeting
# of these and of private persons only is no talks between sides (session 33)
_PRIVATE_PEOPLE = _PRIVATE_SECTORS | {"cvl", "agr"}
# agreement reached between sides (lang/hi/predicates.tsv): not reached, it is no one's refusal
_RECIPROCAL_AGREE = frozenset(_kind_words("reciprocal_agree"))
_ORDER_NOUNS = frozenset(_kind_words("order_noun"))
# how far (characters) after an AID infinitive of purpose a deployment it serves may stand: "के लिए" and a few
# words naming what was deployed ("के लिए चार और जहाज तैनात किए")
_AID_PURPOSE_REACH = 40
_PROMISE_NOUNS = frozenset(_kind_words("promise_noun"))
# an oblique infinitive and its genitive right before a word ("देने का वादा"): what the word after is about
_INFINITIVE_GENITIVE_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])\S{2,}ने\s+(?:का|की|के)\s+$")
# acts whose doers are their sides alike when no one is their target (docs/events.md: an agreement's sides, a
# disengagement's): participants, as the gold codes them
_ALIKE_TYPES = frozenset({"AGREE"})
_ALIKE_MODES = frozenset({("RETREAT", "disengage")})
# an act done to each other (lang/*/words.tsv reciprocal): "एक-दूसरे पर आरोप लगाए", "accused each other"
_RECIPROCAL = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("reciprocal") + r")(?![\w"
                         + DEVANAGARI_WORD + r"])", re.IGNORECASE)
_CONTEST_SENSE = frozenset(_kind_words("contest_sense"))
_CONTEST_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("contest_word") + r")(?![\w"
                           + DEVANAGARI_WORD + r"])", re.IGNORECASE)
# a dealing of sport or of the screen (lang/hi/words.tsv pastime_dealing): a sports body's ban, a film's casting
_PASTIME_DEALING = frozenset(_kind_words("pastime_dealing"))
_PASTIME_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("contest_word") + "|"
                           + _kind_alt("screen_word") + r")(?![\w" + DEVANAGARI_WORD + r"])", re.IGNORECASE)
_NEG_COPULA_END = re.compile(r"\s(?:" + _kind_alt("negation") + r")\s+(?:" + _kind_alt("copula") + "|"
                             + _kind_alt("present_aux") + r")\s*$")
_GEN_WORD_BEFORE = re.compile(r"\s(?:" + _GEN_ALT + r")\s*$")
_AGREEMENT_NOUNS = frozenset(_kind_words("agreement_noun"))
# a word of a running count earlier in the clause ("अब तक", "कई बार"; lang/hi/words.tsv tally_marker): no clause end
# between it and the trigger (a comma between digits is a number's)
_TALLY_MARKER_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("tally_marker")
                                  + r")\s(?:[^,;।?!.]|(?<=\d)[,.](?=\d))*$")
# a word of frequency before the trigger (lang/*/words.tsv habit_word), no clause end between: up to four words in
# Hindi (the adverb stands before the object), up to one in English ("repeated calls", "repeatedly warned"), where a
# word group further on may be another clause's ("despite repeated warnings Pakistan attacked")
_HABIT_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("habit_word") + r")\s+"
                           r"(?:[^\s,;।?!.]+\s+){0,4}$", re.IGNORECASE)
_EN_HABIT_BEFORE = re.compile(r"\b(?:" + _kind_alt("habit_word") + r")\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# a gloss of what something means earlier in the sentence (lang/*/words.tsv gloss_word), no sentence end between
_GLOSS_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("gloss_word") + r")\s[^।?!.]*$",
                           re.IGNORECASE)
# the generic noun of action as a copula's predicate ("यह अभ्यास ... एक दंडात्मक कार्रवाई है"): what an act told is
# called, no act of its own
_COPULA_ONLY = re.compile(r"(?:\s+(?:" + _kind_alt("copula") + r"))+$")
# the aim of another act before an English noun of talking (lang/en/words.tsv aim_prep): "reached out for talks"
_EN_AIM_BEFORE = re.compile(r"\b(?:" + _kind_alt("aim_prep") + r")\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a thing found or got right before मिलना (lang/hi/words.tsv got_thing, with its plural and oblique forms written)
_GOT_THING_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("got_thing") + r")(?:ों|ें)?\s+$")
# the CONSULT modes of talking, which an interview looks like (a visit or a summit is none)
_TALK_MODES = frozenset({"discuss", "meet", "phone"})
# a medium named by its kind next to its name ("समाचार एजेंसी एएफ़पी", "the newspaper Dawn") or an English
# verb's object ("spoke to the news agency"): lang/*/words.tsv press_head
# (a sentence glued to the one before by its full stop, ".समाचार एजेंसी एएफ़पी से", counts as a word's start)
_PRESS_HEAD_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("press_head") + r")\s*$",
                                re.IGNORECASE)
# a medium, by its kind or its name (lang/*/words.tsv press_head, press_name), that talks or is talked to in the
# clause: its ergative or ablative, with at most two words of its name between ("बीबीसी ने X से बात की",
# "समाचार एजेंसी एएफ़पी से बात करते हुए"); not its genitive ("अखबार के मुताबिक X ने ...": a source of the report)
_PRESS_PARTY = re.compile(
    r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("press_head") + "|" + _kind_alt("press_name") + r")"
    r"(?:\s+(?!(?:का|की|के)(?![\w" + DEVANAGARI_WORD + r"]))[\w" + DEVANAGARI_WORD + r"]+){0,2}?\s+(?:ने|से)(?![\w"
    + DEVANAGARI_WORD + r"])", re.IGNORECASE)  # fmt: skip
_PRESS_HEAD_AFTER = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:" + _kind_alt("press_head") + r")(?![\w])", re.IGNORECASE)


# "... and", "..., " right before an English verb: a verb coordinated with the one before it
_AND_OR_COMMA_BEFORE = re.compile(r"(?:,|\band)\s+$", re.IGNORECASE)
# a sharp reply ("करारा जवाब"): from a state, not by arms, a rejection (lang/<code>/words.tsv sharp_reply)
_GENITIVE_KEYS = frozenset(word_key(w) for w in _GEN_FORMS)
_SHARP_REPLY = frozenset(word_key(w) for w in words_of("sharp_reply"))
# nouns of hosting (words.tsv host_noun): hosting talks is no invitation to them
_HOST_NOUNS = frozenset(word_key(w) for w in words_of("host_noun"))
# an office and titles between a participle of arriving and the name it qualifies ("पहुंचे विदेश मंत्री एस जयशंकर"):
# the role words of roles.tsv and the titles of titles.tsv (every language's; longer first), as written
# longest first, ties by the word (the same pattern every run, not a set's order)
_OFFICE_WORDS = sorted({r[0] for r in every_language_rows("roles.tsv") if r and has_devanagari(r[0])}
                       | {r[0] for r in every_language_rows("titles.tsv") if r and has_devanagari(r[0])},
                       key=lambda w: (-len(w), w))  # fmt: skip
# the verb group's state (words.tsv habit_aux, possible_passive, present_aux; session 38; with the lexicon's passive
# stems and infinitives, imperfective endings and verb_group.tsv's past copula)
_HABIT_AUX = frozenset(word_key(w) for w in words_of("habit_aux"))
_POSSIBLE_PASSIVE = frozenset(word_key(w) for w in words_of("possible_passive"))
_PRESENT_AUX = frozenset(word_key(w) for w in words_of("present_aux"))
_NEGATION_KEYS = frozenset(word_key(w) for w in words_of("negation"))
# conjuncts of motion whose doer must be one who can pay a visit, as a motion verb's (words.tsv motion_conjunct)
_MOTION_CONJUNCTS = frozenset(word_key(w) for w in words_of("motion_conjunct"))
# doers the coder did not read in the clause itself: carried from before, an act's usual doer, or one inferred
# (``_police_fire`` takes only the police named where the act is told)
_NOT_TOLD_HERE = frozenset({"carried", "usual", "implicit"})
# the future of होना or पड़ना ending an infinitive's verb group: a duty (words.tsv duty_future; session 46)
_DUTY_FUTURE = frozenset(word_key(w) for w in words_of("duty_future"))
# the light verb "to be, become" and those by which an agreement comes about (words.tsv be_light, come_about_light);
# a predicate ending in the first or in the passive's infinitive in its dictionary form (verb_group.tsv passive_inf
# ending in inflection.tsv's first infinitive ending: जाना) is told of the one it was done to
_BE_LIGHT = frozenset(words_of("be_light"))
_COME_ABOUT_LIGHT = frozenset(words_of("come_about_light"))
_CITATION_END = next((r[3].split("|")[0] for r in lang_rows("hi", "inflection.tsv")
                      if len(r) > 3 and r[0] == "verb" and r[2] == "inf"), "")  # fmt: skip
_SUFFERED_ENDINGS = tuple(" " + w for w in sorted(_BE_LIGHT | {
    r[0] for r in lang_rows("hi", "verb_group.tsv") if len(r) > 1 and r[1] == "passive_inf" and r[0].endswith(
        _CITATION_END)}))
# the locative's one-word forms in Devanagari (cases.tsv: में) right after an infinitive: "in doing it"
_IN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(re.escape(f) for f, c in _CASE_OF.items() if c == "loc"
                                                    and " " not in f and has_devanagari(f)))
                       + r")(?![\w" + DEVANAGARI_WORD + r"])")
_JUDGED = frozenset(word_key(w) for w in words_of("judged_act"))
_JUDGED_BETWEEN = frozenset(word_key(w) for w in words_of("judged_between"))
_QUESTION_FRAME = _kind_word("question_frame")
_POSSIBILITY_FRAME = _kind_word("possibility_frame")
# a purpose clause's conjunction (lang/*/words.tsv purpose_clause: ताकि, "so that"): its clause tells an aim
_PURPOSE_CLAUSE = _kind_word("purpose_clause", re.IGNORECASE)
_QUESTION_PRESUPPOSED = _kind_word("question_presupposed")
# punctuation that ends a verb group (grammar's _CLAUSE_BREAK and _CLAUSE_END also end a clause at its words, and
# read no quotes, colon or bracket: not the same set)
_GROUP_END = re.compile(r"[,;:।?!\"“”'‘’()\n]|\.(?:\s|$)")
_OFFICE_BEFORE_NAME = re.compile(r"\s*(?:(?:" + "|".join(re.escape(w) for w in _OFFICE_WORDS) + r")\.?\s*){1,3}")
# a relative (words.tsv relative: जो) opens another clause
_RELATIVE = _kind_word("relative")
# the light verbs' finite forms (the morphology's names): a verb group may begin with one
_FINITE_FORMS = frozenset({"pfv", "ipfv", "fut", "subj", "imp", "present", "past"})


def _first_group(keys: list[str], lex: Lexicon) -> int:
    """Where the first finite verb group of a run of word keys ends: from its first verb-group word
    (``verb_group.tsv``) or finite form of a light verb, not a genitive's form nor after one (``की``, ``के लिए``), on
    through verb-group words, negation and vectors' imperfectives (``words.tsv`` habit_aux); the run's end if none.
    """
    for i, k in enumerate(keys):
        if k in _GENITIVE_KEYS or (i and keys[i - 1] in _GENITIVE_KEYS):
            continue
        if k in lex.group or not _FINITE_FORMS.isdisjoint(lex.light_form_names.get(k, ())):
            j = i + 1
            while j < len(keys) and (keys[j] in lex.group or keys[j] in _NEGATION_KEYS or keys[j] in _HABIT_AUX):
                j += 1
            return j
    return len(keys)


def _country_of_agent(a: Actor) -> str:
    """The country a generic actor serves, as an id (``agent:dip:pk`` → ``country:pk``), else ``""``."""
    parts = a.entity_id.split(":")
    return f"country:{parts[2]}" if len(parts) > 2 else (a.affiliation or "")


def _holds_toll(ev: Event) -> bool:
    """Whether deaths told in this act can be its toll: an attack, a clash or a security operation."""
    return (ev.type == "ASSAULT" and ev.mode != "kill") or (ev.type, ev.mode) == ("COERCE", "operation")


def _written_doer(ev: Event) -> bool:
    """Whether a word of the text names who did it (not a doer carried from elsewhere)."""
    return any(a.role == "source" and a.start >= 0 for a in ev.actors)


# acts whose target, left unnamed in their clause, is the subject of the complement after them ("आरोप लगाया कि X
# ने ...", "मांग की कि सरकार ...")
_CHARGED_TYPES = frozenset({"ACCUSE", "REQUEST"})
# a genitive and the space around it (the owner of an act told as an infinitive: "... देने की उसकी नीति")
_GEN_AFTER = re.compile(r"\s*(?:" + _GEN_ALT + r")(?=\s)")
# a verb in the future ("होगा", "करेंगे", "जाएगी"): what is done upon an act is yet to be
_FUTURE_WORD = re.compile(r"(?:[\u0947\u094b]\u0902?|\u0942\u0902?|\u090f\u0902?)(?:गा|गी|गे)(?![\w" + DEVANAGARI_WORD
                          + r"])")
# the ending of an oblique infinitive ("करने", "जाने"), and the genitive of its doer, which agrees with it ("आतंकियों के
# हमला करने पर")
_OBLIQUE_INF = "ने"
_OBLIQUE_GEN = "के"
# the postposition of a passive's agent ("उग्रवादियों द्वारा")
_AGENT_WORD = "द्वारा"
# a genitive right before a word, or before a word that qualifies it ("नीति की| आलोचना", "नीति की कड़ी| आलोचना"),
# searched up to the word's start
_GEN_BEFORE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _GEN_ALT + r")\s+(?:[\w" + DEVANAGARI_WORD
                         + r"]+\s+)?$")
# deeds of force: told in what someone says or charges, their doer is never the speaker
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# modes of acts that judge what others did (a criticism, a condemnation, concern): their doers are no doers of a
# deed of force told next in the passive
_JUDGING_MODES = frozenset({"criticize", "condemn", "concern"})


def _dedupe_sides(actors: list[Actor]) -> list[Actor]:
    """One actor an id (``_dedupe``), but two generic actors of one sector and one country, each written in its own
    words, the doer and the one it acts on (``पार्षद ने अभियंता पर आरोप लगाया``: both ``agent:gov:in``), are two sides,
    not one. With no country known, two forces of one sector are more often two countries' the coder did not place.
    """
    out = _dedupe(actors)
    for a in actors:
        if a in out or a.via != "agent" or a.role != "target" or a.start < 0 or a.entity_id.count(":") != 2:
            continue
        twin = next((b for b in out if b.entity_id == a.entity_id), None)
        if (twin is not None and twin.role == "source" and twin.via == "agent" and twin.start >= 0
                and (twin.end <= a.start or a.end <= twin.start)
                and not any(c.entity_id == a.entity_id and c.role == "target" for c in out)):  # fmt: skip
            out.append(a)
    return out


# between a place in the genitive and the venue noun after it: "मास्को के (एक) होटल"
_VENUE_OF = re.compile(r"\s+(?:" + _GEN_ALT + r")\s+(?:[^\s,।.]+\s+){0,2}")


# how far, at most, the place struck ("X पर") may stand before the attack's noun: "पर", a participle, a date in the
# genitive and an adjective ("संसद पर 13 दिसंबर के आतंकी हमले"), with no stop or comma between
_STRUCK_GAP = 32
_STRUCK_BREAK = re.compile(r"[,;:।?!॥\n]")
# how many sentences before a doerless death, damage or blast a disaster told makes it that disaster's work
_TOLL_SENTENCES_BACK = 2
# a count of people (lang/hi/words.tsv count_lead, count_tail, count_people; timex.tsv number, vague): "कम से कम 40",
# "30 से अधिक", "36 अन्य", "सैकड़ों", the count a toll tells its dead or wounded by (``_casualties_of_attack``)
_COUNT_WORDS = sorted({f for r in lang_rows("hi", "timex.tsv") if len(r) > 2 and r[0] in ("number", "vague")
                       for f in r[2].split("|")} | _kind_words("count_people"), key=lambda w: (-len(w), w))
# (a whole word: "सौरभ", "एकता", "दोस्त", "छात्रों" open with no count)
_COUNT = (r"(?<![\w" + DEVANAGARI_WORD + r"])(?:(?:" + _kind_alt("count_lead") + r")\s+)?(?:[0-9\u0966-\u096f]"
          + r"[0-9\u0966-\u096f,.]*|" + "|".join(map(re.escape, _COUNT_WORDS)) + r")(?:\s+(?:"
          + _kind_alt("count_tail") + r"))?(?![\w" + DEVANAGARI_WORD + r"])")  # fmt: skip
# a count right before the people it counts ("नौ लोगों", "१३ लोग"), and a count alone right before the words of a toll
# after a coordinator ("... और 36 अन्य घायल हो गए"): more of the people told before
_COUNT_BEFORE = re.compile(_COUNT + r"\s*$")
_COUNT_ALONE = re.compile(r"(?:(?:^|[\s,])(?:" + _kind_alt("coordinator") + "|" + _kind_alt("clause_conj")
                          + r")|,)\s+(" + _COUNT + r")\s+$")  # fmt: skip
# the agent of a Hindi passive ("X द्वारा"): a doer named in the sentence (``_toll_of_nature``)
_BY_AGENT = re.compile(
    r"(?<![\w" + DEVANAGARI_WORD + r"])(?:"
    + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f, c in _CASE_OF.items() if c == "by")
    + r")(?![\w" + DEVANAGARI_WORD + r"])"
)


# a word in Devanagari (the words of a conjunct's phrase, ``_State._unnamed_conjuncts``)
_DEV_WORD = re.compile(r"[" + DEVANAGARI_WORD + r"]+")


def _names_no_one(word: str) -> bool:
    """Whether a word before a case form can be no unnamed doer or sufferer: a closed-class word (``_NOT_A_DOER``)
    or a number written in digits (``इनमें से ९ ने``).
    """
    return word in _NOT_A_DOER or word.isdigit()


def _names_people(entity_id: str) -> bool:
    """Whether an actor id stands for people (a person, or a generic actor: ``agent:cvl``), not a country, a body or
    a place.
    """
    return entity_id.startswith("agent:") or entity_id.split(":")[-2:-1] == ["person"]


@dataclass(slots=True)
class _Act:
    """One predicate's reading in progress: its clause, the names in it, and who takes part."""

    sent: Span
    trig: Trigger
    lex: Lexicon
    passive: bool
    scope_start: int
    after_end: int
    complement_of: str | None
    args: list[_Arg]
    prev_sources: list[Actor]
    actors: list[Actor] = field(default_factory=list)
    places: list[_Arg] = field(default_factory=list)
    usual: Actor | None = None  # the usual doer of a passive with none named, given once the event is chosen
    relative: bool = False  # told in a relative clause of its own ("X, who was arrested ..."): no doer carried in
    unnamed: _Arg | None = None  # the ergative subject no name reads (``_unnamed_subject``), held out of ``args``
    unnamed_target: _Arg | None = None  # whom it is against or done to, read by no name (``_unnamed_target``)
    # the first conjuncts of listed names that no name reads, each with its name's id (``_unnamed_conjuncts``)
    conjuncts: list[tuple[_Arg, str]] = field(default_factory=list)

    @property
    def m(self) -> PredicateMatch:
        """The predicate's match."""
        assert self.trig.match is not None
        return self.trig.match


class _State(_Arguments, _Setting):
    """One article's reading, sentence by sentence."""

    def __init__(self, article: Article, mentions: list[Mention], bounds: tuple[str | None, str | None],
                 ex: EventExtractor) -> None:  # fmt: skip
        super().__init__(article, mentions, bounds, ex)
        self.tolls: set[int] = set()  # ids of killings read as the toll of an attack (``_killed_in_attack``)
        # id of an event -> it and its candidate actors, for the actor ranker (``sambandh.actor_rank``)
        self.candidates: dict[int, tuple[Event, Candidates]] = {}
        # id of an event → (the event, its unnamed ergative subject as the reading with it gives it):
        # ``fill_unnamed_subjects``
        self.filled: dict[int, tuple[Event, list[Actor]]] = {}
        # id of an event -> id of each unnamed conjunct of its clause (``_unnamed_conjuncts``) -> the id of the name
        # it is listed with there (per event: one person may be listed with another name in each act)
        self.conjunct_of: dict[int, dict[str, str]] = {}
        # id of an attack → (it, the people its toll counts, kept aside): ``fill_toll_counts``
        self.toll_counts: dict[int, tuple[Event, list[Actor]]] = {}
        self.held_at: set[int] = set()  # starts of event nouns kept as held somewhere (``_held_somewhere``)
        # the word keys ``_cue`` reads after a place and ``_cue_before`` before one, read once a place
        self._cue_words: dict[int, list[str]] = {}
        self._keys_before: dict[tuple[int, int], str] = {}
        # ids of acts a speaker says must be done in what a request of the sentence asks (``_obligation_of``)
        self.asked_content: set[int] = set()
        # ids of acts told as what must or should be done with no one to say it (``_obligation_of``)
        self.unowned_duties: set[int] = set()
        # ids of acts told as a charge that are the content of a charge's noun (``_told_as_charge``)
        self.charge_content: set[int] = set()
        # id of an act told as a charge → its doers, the accused, who go on as the clause's subject
        self.charge_doers: dict[int, list[Actor]] = {}
        # ids of charges told as infinitives ("आतंकवाद को बढ़ावा देने की नीति"), which an accusation may be made of
        self.charge_nouns: set[int] = set()
        # the sentences read so far, the last one being read (``_toll_of_nature`` reads a disaster told just before)
        self.read_sents: list[Span] = []

    def sentence(self, sent: Span) -> list[Event]:
        text = self.text
        chunk = text[sent.start : sent.end]
        # object ids are only unique among live objects: an id kept from an earlier sentence's dropped event could
        # name a new one
        self.asked_content.clear()
        self.unowned_duties.clear()
        self.charge_content.clear()
        self.charge_doers.clear()
        self.charge_nouns.clear()
        self.read_sents.append(sent)
        # a Hindi article's English line (or an English one's Hindi line) is read in its own language
        english = self.english if not chunk.strip() else not has_devanagari(chunk)
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
        # ids name this sentence's triggers only: an earlier sentence's are freed, and a new object
        # may take a freed one's id
        self.not_predicates = set()
        self.charge_scope: tuple[int, int] | None = None
        question = chunk.rstrip().endswith("?")
        cond_agents: list[int] = []  # where the द्वारा of a condition's agent stands (``_condition_agent``)
        for trig in found:
            if trig.match is None or (question and self._asked(sent, trig.match)):
                continue
            try:
                ev = self._event(sent, trig, prev_end, prev_sources, lex)
            except Exception as exc:  # noqa: BLE001 - one bad predicate must not lose the article
                self.ex.faults[f"event:{type(exc).__name__}"] += 1
                continue
            if ev is None and not english and trig.match is not None:
                agent = self._condition_agent(trig.match, lex)
                if agent is not None:
                    cond_agents.append(agent)
            if ev is not None and cond_agents:
                # "पुलिस द्वारा नेता को गिरफ्तार किए जाने पर समर्थकों ने विरोध किया": the agent of a condition told
                # before the act is that condition's, not a doer of the act
                ev.actors = [a for a in ev.actors if not (a.role in ("source", "participant") and any(
                    a.end <= at and not text[a.end : at].strip() and at < ev.trigger_start for at in cond_agents))]
            if ev is not None:
                if self._coordinated_again(ev, trig, events):
                    self.also.add(id(ev))
                # an event noun does not close its clause, nor an act called for ("X ने ... हटने की मांग
                # की": X is the subject of the call, read after it)
                charged = self._charged_act(trig.match, lex)
                if charged:
                    # "X ने Y पर हमला करने का आरोप लगाया": the charge's own clause began before the act
                    self.charge_scope = (prev_end, trig.match.start)
                # "X ने पाकिस्तान की आतंकवाद को बढ़ावा देने की नीति की आलोचना की": a charge told as an infinitive
                # is a verbal noun inside the clause, which goes on (``_charges_criticized``)
                charge_noun = trig.match.entry.frame == "charge" and trig.match.form == "inf"
                if (trig.match.form != "nominal" and not self._called_for(trig.match, lex) and not charged
                        and not charge_noun):  # fmt: skip
                    prev_end = trig.match.end
                events.append(ev)
                if charge_noun:
                    self.charge_nouns.add(id(ev))
                    continue
                doers = [a for a in ev.actors if a.role in ("source", "participant")]
                if id(ev) in self.charge_doers:
                    # (the speaker of a charge is not the subject of the clause it is told in: its accused is)
                    doers = self.charge_doers[id(ev)]
                if doers or trig.match.start not in self.held_at:
                    # an event noun held somewhere with no doer (``_held_somewhere``: "सीमा पर हुए विस्फोट की निंदा की")
                    # is the object of the act after it, and leaves it the clause's subject
                    prev_sources = doers
        events = self._aim_of_sanctions(events)
        self._aim_of_threats(events)
        if not english:
            # "पाबंदी लगाने की चेतावनी दी": the act warned of is the threat's content (its target lent above), no act told
            events = [e for e in events if not _THREAT_CONTENT.match(self.text, e.trigger_end)]
            events = self._request_content(events)
            events = self._asked_obligations(events)
            # "भारत को अपनी सतर्कता बढ़ानी चाहिए" in a column: a duty nobody states is a view, no event (docs/events.md)
            events = [e for e in events if id(e) not in self.unowned_duties]
            # "X पर आतंकवाद को बढ़ावा देने का आरोप लगाया": the charge is told by its own noun (kept till here, as
            # the charge's clause is read from its content's place)
            events = [e for e in events if id(e) not in self.charge_content]
            events = self._charges_criticized(events)
        if english:
            events = self._killed_in(events)
        else:
            events = self._killed_in_attack(events)
            self._casualties_of_attack(events)
            self._members_of_group(events)
        events = self._dead_told_before(events)
        if not english:
            events = self._talks_within_gathering(events, sent)
        self._remember(sent)
        return events

    def _request_content(self, events: list[Event]) -> list[Event]:
        """The acts of a sentence less those a request of it asks for: an act whose words end right before a
        REQUEST's, a genitive or the dative between at most ("कैदियों को रिहा करने की मांग की", "सतर्क रहने को कहा",
        "बातचीत की अपील की"), is what is asked, no act told; the request is the event, as the gold codes it (its
        write sets code no such act beside its request, session 40). A request the sentence does not code (a demand
        only named: "रिहाई की मांग को लेकर") leaves the act alone, and so does an order (an order's act is coded).
        """
        asks = [e for e in events if e.type == "REQUEST"]
        if not asks:
            return events
        out: list[Event] = []
        for e in events:
            req = None if e.type == "REQUEST" else next((r for r in asks if e.trigger_end <= r.trigger_start
                                                         and _REQUEST_GAP.fullmatch(self.text, e.trigger_end,
                                                                                    r.trigger_start)), None)
            if req is None:
                out.append(e)
            elif e.negated:
                # "हमला न करने की अपील की": what is asked is that an act not be done; the request keeps that
                req.cameo = _REFRAIN_CAMEO.get(req.mode, req.cameo)
        return out

    def _asked_obligations(self, events: list[Event]) -> list[Event]:
        """The acts of a sentence less those a speaker says must be done inside what a request of it asks ("X ने
        सरकार से मांग की कि सेना को ... निर्देश देने चाहिए"): the request told before them is the event
        (docs/events.md: a demand is a REQUEST; the act demanded is not coded of its own).
        """
        if not self.asked_content:
            return events
        return [e for e in events if id(e) not in self.asked_content or not any(
            r.type == "REQUEST" and r.trigger_end <= e.trigger_start for r in events if r is not e)]

    def _obligation_of(self, ev: Event, act: _Act) -> None:
        """An act a speaker says must or should be done ("X ने कहा कि सरकार को ... गिरफ्तार नहीं करना चाहिए",
        "लोगों का कहना है कि ... गिरफ्तार किया जाना चाहिए") is the speaker's demand: REQUEST/demand, the speaker
        its source and who is to do the act its target (docs/events.md: a demand is a REQUEST; the act demanded is
        not coded of its own). Inside what a request asks, the act is that request's content, marked to be dropped
        (``_asked_obligations``). With no speaker stated the act keeps its modality ``demanded``.
        """
        if self._asked_of_another(act):
            self.asked_content.add(id(ev))
            return
        lang = act.lex.lang
        speaker = (self._speaker(act.scope_start, act.scope_start, lang)
                   or self._reported_speaker(act.m.start, lang) or self._quote_speaker(act.m.start, lang))
        if speaker is None or speaker.label not in ACTOR_LABELS:
            self.unowned_duties.add(id(ev))
            return
        # the one who must act: the duty's subject (its dative, read as the doer: "सरकार को ... बातचीत करनी चाहिए", not
        # the other side of the talks), else the act's doers, else the usual doer of a passive
        subject = [x for x in act.args if x.case == "erg" and x.end <= act.m.start and x.label in ACTOR_LABELS]
        doers = [Actor(x.entity_id, "target", x.start, x.end, None, x.via) for x in subject] or [
            a for a in ev.actors if a.role in ("source", "participant")]
        usual = self.usual.pop(id(ev), None)
        if not doers and usual is not None:
            doers = [usual]  # "आरोपी को गिरफ्तार किया जाना चाहिए": the police, who arrest
        doers = [a for a in doers if a.entity_id != speaker.entity_id]
        # a duty not to act ("गिरफ्तार नहीं करना चाहिए") is a demand to refrain: the request is made, so it is not
        # negated; what it asks keeps its negation in the CAMEO code
        ev.type, ev.mode, ev.cameo = "REQUEST", "demand", _REFRAIN_CAMEO["demand"] if ev.negated else "100"
        ev.modality, ev.negated = "occurred", False
        ev.actors = [Actor(speaker.entity_id, "source", speaker.start, speaker.end, None, speaker.via)] + [
            Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via) for a in doers]

    def _told_as_charge(self, ev: Event, act: _Act) -> None:
        """An act that is itself a charge against its doer (the lexicon's ``charge`` frame: support given to
        terrorism, "भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है") is an accusation: its doers are the
        accused, the target; the one who says it, the source: the subject of the verb of saying before it, of
        the saying it is reported in, or the speaker of the quotation it stands in (as ``_obligation_of`` finds
        him); nobody where no one says it (a column's own claim: the accused alone). The content of a charge's
        noun ("... देने का आरोप लगाया", "... देने के आरोपों को खारिज किया") or of a charge told before it ("X ने
        आरोप लगाया कि ...": its doer that charge's target) is that charge's, no act told (``charge_content``). An
        infinitive's doer is the owner its genitive names (``_charge_owner``). Said of oneself ("पाकिस्तान ने कहा कि
        वह ...") it is no charge the speaker makes: the accused alone. The charge is made as it is said: occurred (the
        caller sets it), unless what is said is only supposed or foretold ("... दे सकता है", "... देगा").
        """
        if _CHARGE_AFTER.match(self.text, act.m.end):
            self.charge_content.add(id(ev))
            return
        owned, owner = self._charge_owner(act)
        if owned:
            accused = [Actor(owner.entity_id, "source", owner.start, owner.end, None, owner.via)] if owner else []
        else:
            accused = [a for a in ev.actors if a.role in ("source", "participant")]
        if not accused and act.m.entry.pred in _STANCE:
            # "... कि पाकिस्तान की यह चुप्पी शर्मनाक है": an evaluation's subject names an act or a stand, and the
            # one whose it is, its genitive in the clause, is the one judged (session 49)
            accused = [Actor(x.entity_id, "source", x.start, x.end, None, x.via) for x in act.args[-1:]
                       if x.case == "gen" and x.label in ACTOR_LABELS and act.scope_start <= x.start < act.m.start]
        charge = next((x for x in reversed(self.told) if x is not ev and x.type == "ACCUSE"
                       and act.sent.start <= x.trigger_start and x.trigger_end <= act.scope_start
                       and _THAT_AFTER.match(self.text, x.trigger_end)), None)  # fmt: skip
        if charge is not None:
            # "भारत ने आरोप लगाया कि पाकिस्तान आतंकियों को पनाह देता है": what a charge told before says, the
            # charge's content; its doer is whom that charge is against
            have = {a.entity_id for a in charge.actors}
            if not any(a.role == "target" for a in charge.actors):
                charge.actors += [Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via)
                                  for a in accused if a.entity_id not in have]  # fmt: skip
            self.charge_content.add(id(ev))
            return
        lang = act.lex.lang
        speaker = (self._speaker(act.scope_start, act.scope_start, lang)
                   or self._reported_speaker(act.m.start, lang) or self._quote_speaker(act.m.start, lang))
        if speaker is not None and speaker.label not in ACTOR_LABELS:
            speaker = None
        if speaker is not None and any(a.entity_id == speaker.entity_id for a in accused):
            speaker = None  # what one says of oneself is no charge he makes
        if speaker is None and act.m.entry.pred in _STANCE:
            speaker = self._according_to(act.sent.start, act.m.start, lang)
            if speaker is not None and any(a.entity_id == speaker.entity_id for a in accused):
                speaker = None
        if speaker is None and act.m.entry.pred in _STANCE:
            # "X ... के लिए जिम्मेदार है" with no one saying it ("वह संगठन जो कई हमलों के लिए जिम्मेदार है"): a
            # description, or a duty one owns; a copula's blame is an act only as someone's word (session 48)
            self.charge_content.add(id(ev))
            return
        source = [Actor(speaker.entity_id, "source", speaker.start, speaker.end, None, speaker.via)] if speaker else []
        self.charge_doers[id(ev)] = accused
        if speaker is not None:
            self.said_charges.add(id(ev))
        ev.actors = source + [Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via) for a in accused]
        self.usual.pop(id(ev), None)

    def _according_to(self, lo: int, hi: int, lang: str) -> _Arg | None:
        """The one whose word a clause gives: the last actor in ``text[lo:hi]`` with the words of according after
        it (words.tsv ``according_to``: "X के मुताबिक ..."), or a genitive pronoun for people before them ("उनके
        अनुसार ..."): a person named before it in its sentence, else whom it would stand for as an owner; ``None``
        where none stands there.

        Args:
            lo: Where the sentence starts.
            hi: Where the predicate starts.
            lang: The language whose tables read the clause.

        Returns:
            The speaker's argument, or ``None``.
        """
        text = self.text
        args = self._args(lo, hi, lang)
        for a in reversed(args):
            if a.label in ACTOR_LABELS and _ACCORDING_AFTER.match(text, a.end, hi):
                return a
        for pm in reversed(list(self.ex.pronoun_re.finditer(text, lo, hi)) if self.ex.pronoun_re else []):
            # "उनके मुताबिक": a genitive pronoun for people stands for whom it would as an owner (``_owner_ref``)
            pr = self.ex.pronouns.get(word_key(pm.group("w")))
            if pr is None or pr.thing or pr.case != "gen" or not _ACCORDING_AFTER.match(text, pm.end(), hi):
                continue
            # (a person named before it in its sentence first: "X को मानना पड़ा कि ..., लेकिन उनके मुताबिक ...")
            ref = self._person_told_before(pm.start()) or self._owner_ref(
                pm.start(), [a for a in args if a.end <= pm.start()], lo, lang, pr.group)
            if ref is not None:
                return _Arg(ref, self._label(ref), "gen", pm.start(), pm.end(), "pronoun")
        return None

    def _charges_criticized(self, events: list[Event]) -> list[Event]:
        """The acts of a sentence less the charges told as infinitives that an accusation after them in their
        clause is made of ("X ने पाकिस्तान की आतंकवाद को बढ़ावा देने की नीति की आलोचना की"): that accusation is
        the one event, and the accused is its target where it names none. Only an infinitive charge tied to the
        accusation by genitives (a genitive after the infinitive, one before the accusation's word) is folded: a
        charge told as a clause stays its own ("भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है और अमेरिका ने
        चीन की आलोचना की").
        """
        text = self.text
        out: list[Event] = []
        for e in events:
            tied = (id(e) in self.charge_nouns and id(e) in self.charge_doers
                    and _GEN_AFTER.match(text, e.trigger_end) is not None)  # fmt: skip
            later = next((x for x in events if tied and x is not e and x.type == "ACCUSE"
                          and id(x) not in self.charge_doers and e.trigger_end <= x.trigger_start
                          and _GEN_BEFORE.search(text, max(e.trigger_end, x.trigger_start - 30), x.trigger_start)
                          and not _CLAUSE_END.search(text, e.trigger_end, x.trigger_start)), None)  # fmt: skip
            if later is None:
                out.append(e)
                continue
            have = {a.entity_id for a in later.actors}
            if not any(a.role == "target" for a in later.actors):
                later.actors += [Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via)
                                 for a in self.charge_doers[id(e)] if a.entity_id not in have]  # fmt: skip
        return out

    def _charge_owner(self, act: _Act) -> tuple[bool, _Arg | None]:
        """Whose act a charge told as an infinitive names ("आतंकवाद को प्रश्रय देने की पाकिस्तान की नीति",
        "पाकिस्तान की आतंकवाद को बढ़ावा देने की नीति"): the genitive right after the infinitive's own genitive, or
        right before the act's words. Returns whether an owner stands there, and its argument where it names an
        actor: a genitive pronoun the arguments leave unread ("देने की उसकी नीति") is an owner, though not the
        clause's subject.
        """
        m, text = act.m, self.text
        if m.form != "inf":
            return False, None
        after = _GEN_AFTER.match(text, m.end)
        if after is not None:
            owner = next((x for x in self._args(after.end(), min(act.after_end, after.end() + 60), act.lex.lang)
                          if not text[after.end() : x.start].strip() and x.case == "gen"), None)  # fmt: skip
            if owner is not None:
                return True, owner if owner.label in ACTOR_LABELS else None
            word = _NEXT_WORD.match(text, after.end())
            pr = self.ex.pronouns.get(word_key(word.group(1))) if word is not None else None
            if pr is not None and pr.case == "gen":
                return True, None
        before = next((x for x in act.args if x.case == "gen" and x.label in ACTOR_LABELS
                       and (g := _GEN_AFTER.match(text, x.end)) and not text[g.end() : m.start].strip()),
                      None)  # fmt: skip
        return before is not None, before

    def _duty_future(self, m: PredicateMatch) -> bool:
        """Whether a Hindi infinitive's verb group ends in the future of होना or पड़ना (``words.tsv`` duty_future):
        "ठिकाने नष्ट करने होंगे", "अमेरिका की शैली अपनानी पड़ेगी" tell what must be done, as ``चाहिए`` does.
        """
        if m.form != "inf" or m.entry.lang == "en":
            return False
        words = _TOKEN.findall(self.text[m.head_end if m.head_end > 0 else m.start : m.end])
        # (an infinitive the lexicon knows right before it: "करने वाले होंगे" is what is about to be done, no duty)
        return (len(words) > 1 and word_key(words[-1]) in _DUTY_FUTURE
                and word_key(words[-2]) in verb_forms_of("hi", _INFINITIVE))

    def _talks_within_gathering(self, events: list[Event], sent: Span) -> list[Event]:
        """Talks told within a meeting or talks the clause names again (``इस बैठक में ... पर चर्चा की गई``, ``इसी
        मुलाक़ात के दौरान ... बातचीत हुई``) are that gathering told again, no talks of their own: more evidence of the
        last meeting or talks told before the frame, if any (session 32; no gold of the dev halves or sets 11-13 codes
        talks in such a frame).
        """
        if not any(e.type == "CONSULT" and e.mode in _TALK_MODES for e in events):
            return events
        nouns = _act_nouns(tuple(self.ex.lexicons.values()), _TALK_MODES)
        # (not a gathering taken part in, its postposition the attend table's: "इस सम्मेलन में शामिल होने से पहले ...
        # बातचीत की" tells talks before it, lang/hi/attend.tsv)
        lex = self.ex.lexicons.get("hi")
        attend = {word for _, word in getattr(lex, "attend", {})}
        frames = [f for f in _within_gathering(nouns).finditer(self.text, sent.start, sent.end)
                  if not ((nxt := _NEXT_WORD.match(self.text, f.end())) and word_key(nxt.group(1)) in attend)]
        if not frames:
            return events
        out: list[Event] = []
        for e in events:
            fm = next((f for f in reversed(frames) if f.start() <= e.trigger_start), None)
            if (e.type != "CONSULT" or e.mode not in _TALK_MODES or e.in_title() or fm is None
                    or _SAID_THAT.search(self.text, fm.end(), e.trigger_start)):  # fmt: skip
                out.append(e)
                continue
            told = next((x for x in reversed(self.told) if x.type == "CONSULT" and x.mode in _TALK_MODES
                         and x.trigger_end <= fm.start() and not x.in_title()), None)  # fmt: skip
            if told is not None:
                add_evidence(told, e)
        return out

    def _aim_of_sanctions(self, events: list[Event]) -> list[Event]:
        """A sentence that imposes sanctions and says whom they "target" (``नए प्रतिबंध लगाए, जिनमें कई
        कंपनियों को निशाना बनाया गया है``, ``imposed sanctions targeting its banks``) tells one act, the
        sanctions: an attack verb beside them names their aim, not a blow. An attack told by a noun
        (``हमले के बाद प्रतिबंध``) is another act and stays.
        """
        if not any(e.type == "SANCTION" for e in events):
            return events
        return [e for e in events if not (e.type == "ASSAULT" and e.mode == "attack" and id(e) not in self.nominal)]

    def _aim_of_threats(self, events: list[Event]) -> None:
        """A threat or a warning of an act told right before its noun ("चीनी आयात पर टैरिफ लगाने की धमकी दी", "भारत
        पर हमला करने की चेतावनी"): whom that act would strike is whom the threat is aimed at, where it names no target
        (the threatened act's own clause closes before the threat's, so its names are not the threat's).
        """
        for th in events:
            if th.type != "THREATEN" or any(a.role == "target" for a in th.actors):
                continue
            act = next((e for e in events if e is not th and e.type in _THREAT_AIMED
                        and e.trigger_end <= th.trigger_start
                        and _OBJECT_GAP.fullmatch(self.text, e.trigger_end, th.trigger_start)), None)  # fmt: skip
            if act is None:
                continue
            doers = {a.entity_id for a in th.actors}
            th.actors += [Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via) for a in act.actors
                          if a.role == "target" and a.entity_id not in doers]  # fmt: skip

    def _coordinated_again(self, ev: Event, trig: Trigger, events: list[Event]) -> bool:
        """Whether a finite verb joins, by "और", a verb of the same type and mode just told in its sentence
        ("फायरिंग की और बम से हमला किया", "जमानत दे दी और उसे रिहा कर दिया गया"): a second act, not the first
        told again (only attacks, arrests and releases: talks and statements go on telling one, and a measure
        told in steps, "अवांछित घोषित कर दिया और देश छोड़ने के लिए कहा", is one expulsion).
        """
        m = trig.match
        if m is None or m.form in ("nominal", "inf") or trig.english or not events or ev.type not in _TWO_ACTS_TYPES:
            return False
        last = events[-1]
        if ((last.type, last.mode) != (ev.type, ev.mode) or id(last) in self.nominal or id(ev) in self.nominal
                or last.trigger_end > m.start):  # fmt: skip
            return False
        gap = self.text[last.trigger_end : m.start]
        return bool(_AND_GAP.match(gap))

    def _asked(self, sent: Span, m: PredicateMatch) -> bool:
        """Whether a predicate of a sentence ending in "?" is asked: not when a complementizer follows it
        ("कनाडा से स्पष्टीकरण मांगा कि ... कैसे दी गई?": the question is what was asked for), unless a
        yes/no question opens before it ("क्या भारत ने कहा कि ...?").
        """
        opened_before = bool(_QUESTION_OPEN.search(self.text, sent.start, m.start))
        if not opened_before and _QUESTION_AFTER.search(self.text, m.end, sent.end):
            return False  # "जेलेंस्की से की मुलाकात, क्या हुई बात?": the question is the clause after the comma
        return not _COMPLEMENTIZER.search(self.text, m.end, sent.end) or opened_before

    def _killed_in(self, events: list[Event]) -> list[Event]:
        """"Two Naxals were killed in an encounter with security forces": deaths with no doer are the
        toll of the clash they happened in (docs/events.md): the clash is the event, and the dead are
        one of its sides.
        """
        folded: set[int] = set()
        for k in events:
            if (k.type, k.mode) != ("ASSAULT", "kill") or _written_doer(k):
                continue
            for c in events:
                if (c is k or (c.type, c.mode) != ("ASSAULT", "clash") or id(c) not in self.nominal or id(k) in folded
                        or not _IN_CLASH.fullmatch(self.text, k.trigger_end, c.trigger_start)):  # fmt: skip
                    continue
                have = c.actor_ids()
                c.actors += [Actor(a.entity_id, "participant", a.start, a.end, a.affiliation, a.via)
                             for a in k.actors if a.role == "target" and a.entity_id not in have]  # fmt: skip
                if k.place and not c.place:
                    c.place, c.place_start, c.place_end = k.place, k.place_start, k.place_end
                add_evidence(c, k)
                folded.add(id(k))
        self.tolls |= folded
        return [e for e in events if id(e) not in folded]

    def _killed_in_attack(self, events: list[Event]) -> list[Event]:
        """Deaths with no doer are the toll of the act they happened in, not an act of their own
        (docs/events.md, "Deaths are the toll of the act that caused them").

        "आतंकी हमले में 70 नागरिक मारे गए", "बमबारी की है, जिसमें एक आतंकी मारा गया", "मुठभेड़ में दो आतंकी मारे
        गए", "इस हमले में 18 लोग मारे गए थे": a killing no written word does, in the locative of an attack, a
        clash or an operation, or in a relative clause on it, or after its noun said again, is more evidence
        of that act. A killing with a doer (``सेना ने ... मार गिराया``) stays one, and the same dead told killed
        before are that killing again, which merging makes one.
        """
        self._dead_of_clash(events)
        folded: set[int] = set()
        for k in events:
            if (k.type, k.mode) != ("ASSAULT", "kill") or self._killed_before(k) or _written_doer(k):
                continue
            host = next((c for c in reversed(events) if _holds_toll(c) and id(c) not in folded
                         and c.trigger_end <= k.trigger_start
                         and self._opens_toll(c.trigger_end, k.trigger_start)), None)  # fmt: skip
            if host is None and k.evidence:
                # "इस हमले में 18 लोग मारे गए": the act's noun said again, the act told before it
                told = next((e for e in reversed(self.told) if _holds_toll(e)
                             and e.trigger_end <= k.evidence[0].start), None)  # fmt: skip
                lo = k.evidence[0].start
                nouns = self.text[told.trigger_start : told.trigger_end].split() if told is not None else []
                at = [m.end() for noun in ({nouns[0], nouns[-1]} if nouns else set())
                      for m in re.finditer(re.escape(noun) + "(?=" + _IN_CLASH_HI.pattern + ")",
                                           self.text[lo : k.trigger_start])]  # fmt: skip
                if at and self._opens_toll(lo + max(at), k.trigger_start):
                    host = told
            if host is None:
                continue
            add_evidence(host, k)
            if host.mode != "clash" and not any(a.role == "target" for a in host.actors):
                # "इस्राइली हमलों में 20 लोग मारे गए": the dead of the toll are whom the attack struck
                doers = {a.entity_id for a in host.actors}
                host.actors += [a for a in k.actors if a.role == "target" and a.start >= 0 and a.entity_id not in doers]
            folded.add(id(k))
        self.tolls |= folded
        return [e for e in events if id(e) not in folded]

    def _casualties_of_attack(self, events: list[Event]) -> None:
        """The people an attack killed or wounded, told by words of death or wounds that name no act (a toll with
        no killing: "आतंकी हमले में सात लोगों की मौत हो गई और बीस लोग घायल हुए", "हमला हुआ, जिसमें नौ नागरिकों की
        जान गई", "धमाकों ने तीस लोगों की जान ले ली"), are whom it struck: its targets (docs/events.md, "Deaths are
        the toll of the act that caused them"). The toll opens as a killing's does (``_opens_toll``), or with the
        attack's noun as its subject; the dead or wounded are the name or group right before those words. An attack
        whose words name whom it struck keeps them (the dead may be among them); one told after an attack told in
        an earlier sentence may be that one told again, and people it alone names would keep the two apart; a
        clash's dead are its sides (``_dead_of_clash``), and militants dead in a terror attack are not its
        targets.

        A toll told by a count (``_COUNT_BEFORE``: "संसद पर हुए हमले में ९ लोगों की मौत", "रॉकेट दागे, जिनमें एक
        इसराइली मारा गया") is whom the attack struck also where its words name only a country, a body or a
        building it struck, or where it may be one told before, and the wounded told by a count alone after the
        dead ("... की मौत हो गई और 36 अन्य घायल हो गए", ``_COUNT_ALONE``) are more of the people told before
        them. Those are kept aside (``self.toll_counts``) and join the event only once the events are merged and
        chosen (``fill_toll_counts``), so that they never keep an event or keep two tellings apart.
        """
        for host in events:
            if host.type != "ASSAULT" or host.mode in ("kill", "clash") or host.in_title():
                continue
            end = host.trigger_end
            sent = next((s for s in host.evidence if s.start <= host.trigger_start < s.end), None)
            if sent is None:
                continue
            struck = [a for a in host.actors if a.role == "target" and a.start >= 0]
            if any(a.start < end and _names_people(a.entity_id) for a in struck):
                continue  # (people its words name as struck: the dead may be among them)
            # (an attack told after one told before may be that one again: merging decides, on its sides)
            now = not struck and not any(_holds_toll(e) and e.type == host.type and e.trigger_end <= sent.start
                                         for e in self.told)  # fmt: skip
            erg = _TOLL_ERG.match(self.text, end)
            sources = {a.entity_id for a in host.actors if a.role != "target"}
            have = {(a.entity_id, a.start) for a in host.actors}
            kind: str | None = None  # the people the toll told last
            for cm in _CASUALTY.finditer(self.text, end, sent.end):
                if any(e is not host and _holds_toll(e) and end <= e.trigger_start < cm.start() for e in events):
                    break  # the toll of the next attack told
                if not (self._opens_toll(end, cm.start()) or (
                        erg is not None and not _CLAUSE_END.search(self.text, erg.end(), cm.start()))):  # fmt: skip
                    break
                dead = [a for a in self._args(end, cm.start()) if not self.text[a.end : cm.start()].strip()
                        and a.label not in PLACE_LABELS and a.entity_id not in sources
                        and not (host.mode == "terror" and _sector(a.entity_id) == "reb")]  # fmt: skip
                if not dead:
                    alone = _COUNT_ALONE.search(self.text, max(end, cm.start() - 60), cm.start())
                    if alone is not None and kind is not None and (kind, alone.start(1)) not in have:
                        self._count_joins(host, Actor(kind, "target", alone.start(1), alone.end(1),
                                                      self.ex.affiliation(kind, self.roles, self.date), "toll"))
                        have.add((kind, alone.start(1)))
                    continue
                a = dead[-1]
                # (the dead and the wounded are two groups even where one generic actor names both)
                kind = a.entity_id
                if (a.entity_id, a.start) in have:
                    continue
                actor = Actor(a.entity_id, "target", a.start, a.end,
                              self.ex.affiliation(a.entity_id, self.roles, self.date), a.via)
                if now:
                    host.actors.append(actor)
                elif self._counted(a.start, a.end, end):
                    self._count_joins(host, actor)
                have.add((a.entity_id, a.start))

    def _members_of_group(self, events: list[Event]) -> None:
        """The persons a clause after a group of people an act names says are among them ("... सात अधिकारी मारे गए,
        जिनमें X भी शामिल था", "जिन सौ लोगों को सज़ा सुनाई गई, उनमें X भी शामिल हैं": words.tsv ``members_open``
        and ``members_among``) are more of that group, in its role. The clause opens after the group and after the
        act's words, in the act's sentence, with no clause ending between the group and it; its persons are those
        the recogniser tags by name. They are kept aside (``_count_joins``) and join the event only once the events
        are merged and chosen (``fill_toll_counts``), so that they never keep an event or keep two tellings apart.
        """
        text = self.text
        for ev in events:
            if ev.in_title():
                continue
            sent = next((s for s in ev.evidence if s.start <= ev.trigger_start < s.end), None)
            if sent is None:
                continue
            opens = _MEMBERS_OPEN.search(text, ev.trigger_end, sent.end)
            if opens is None:
                continue
            among = _MEMBERS_AMONG.search(text, opens.end(), sent.end)
            # (the group is the last the act names before the clause: "अदालत ने जिन लोगों को ...", the people)
            group = max((a for a in ev.actors if sent.start <= a.start and a.end <= opens.start()
                         and a.entity_id.startswith("agent:")), key=lambda a: a.end, default=None)  # fmt: skip
            if (group is None or among is None or _CLAUSE_END.search(text, group.end, opens.start())
                    or _CLAUSE_END.search(text, opens.end(), among.start())):  # fmt: skip
                continue
            have = {(a.entity_id, a.start) for a in ev.actors}
            for x in self._args(opens.end(), among.start()):
                if x.label == "PERSON" and x.via == "name" and (x.entity_id, x.start) not in have:
                    self._count_joins(ev, Actor(x.entity_id, group.role, x.start, x.end,
                                                self.ex.affiliation(x.entity_id, self.roles, self.date), x.via))

    def _counted(self, start: int, stop: int, lo: int) -> bool:
        """Whether the people at ``text[start:stop]`` are told by a count: one right before them or opening them."""
        text = self.text
        return bool(_COUNT_BEFORE.search(text, max(lo, start - 40), start)
                    or re.match(_COUNT, text[start:stop]))  # fmt: skip

    def _count_joins(self, host: Event, actor: Actor) -> None:
        """Keep ``actor`` aside to join ``host`` once the events are chosen (``fill_toll_counts``)."""
        got = self.toll_counts.setdefault(id(host), (host, []))
        got[1].append(actor)

    def fill_toll_counts(self, events: list[Event]) -> None:
        """The people an attack's toll counts that were kept aside (``_casualties_of_attack``) join each chosen
        event that is still the attack they were read for: done once the events are merged and chosen, as
        ``fill_unnamed_subjects`` is, so that they neither keep an event nor keep two tellings apart.
        """
        for ev in events:
            got = self.toll_counts.get(id(ev))
            if got is None or got[0] is not ev:
                continue
            have = {(a.entity_id, a.start) for a in ev.actors}
            ev.actors = ev.actors + [a for a in got[1] if (a.entity_id, a.start) not in have]

    def _dead_told_before(self, events: list[Event]) -> list[Event]:
        """Deaths with no doer whose dead are a side of an attack, a clash or an operation told before in
        the article ("12 Naxalites were killed in the gunfight", after the encounter with them) are that
        act's toll told again, not an act of their own.
        """
        folded: set[int] = set()
        for k in events:
            if (k.type, k.mode) != ("ASSAULT", "kill") or _written_doer(k) or self._killed_before(k):
                continue
            dead = {a.entity_id for a in k.actors if a.role == "target"}
            host = next((e for e in reversed(self.told) if _holds_toll(e) and e.trigger_end <= k.trigger_start
                         and dead & {a.entity_id for a in e.actors if a.role != "source"}
                         and self._same_scene(e, k)), None)  # fmt: skip
            if host is None:
                continue
            add_evidence(host, k)
            folded.add(id(k))
        self.tolls |= folded
        return [e for e in events if id(e) not in folded]

    def _same_scene(self, a: Event, b: Event) -> bool:
        """Whether two acts' places, where both name one, can be one scene (the same place, or one
        holding the other): deaths in another town are not an earlier attack's toll.
        """
        if not a.place or not b.place or a.place == b.place:
            return True
        pa, pb = self.ex.places_of.get(a.place, a.place), self.ex.places_of.get(b.place, b.place)
        return a.place == pb or b.place == pa or _may_hold(a.place, b.place, self.ex.places_of)

    def _killed_before(self, k: Event) -> bool:
        """Whether a killing of one of the same dead was told before (and not read as a toll itself). The dead are
        known by name or office: a generic sector ("9 पुलिसकर्मी", ``agent:cop``) says no one died twice, so dead of
        one told before are not these (session 41).
        """
        victims = {a.entity_id for a in k.actors if a.role == "target" and not a.entity_id.startswith("agent:")}
        return any((e.type, e.mode) == ("ASSAULT", "kill") and id(e) not in self.tolls
                   and e.trigger_end <= k.trigger_start
                   and victims & {a.entity_id for a in e.actors if a.role == "target"} for e in self.told)  # fmt: skip

    def _opens_toll(self, end: int, kill: int) -> bool:
        """Whether the words from an act's end to a killing put the killing in that act: its locative
        ("हमले में ...") or a relative locative a few words on ("..., जिसमें ..."), with no clause ending between.
        """
        if _IN_CLASH_HI.match(self.text, end):
            return not _CLAUSE_END.search(self.text, end, kill)
        m = _REL_LOC.match(self.text, end)
        return m is not None and m.end() <= kill and not _CLAUSE_END.search(self.text, m.end(), kill)

    def _dead_of_clash(self, events: list[Event]) -> None:
        """"सुरक्षा बलों के साथ मुठभेड़ में नौ नक्सली मारे गए": the dead written in the locative of a clash that
        names one side alone are its other side (of one that names none, a side).
        """
        for k in events:
            if (k.type, k.mode) != ("ASSAULT", "kill"):
                continue
            clash = next((c for c in reversed(events) if (c.type, c.mode) == ("ASSAULT", "clash")
                          and id(c) in self.nominal and c.trigger_end <= k.trigger_start
                          and _IN_CLASH_HI.match(self.text, c.trigger_end)
                          and not _CLAUSE_END.search(self.text, c.trigger_end, k.trigger_start)), None)  # fmt: skip
            if clash is None or len(clash.actors) > 1:
                continue
            dead = [a for a in k.actors if a.role == "target" and a.start >= 0]
            if clash.actors:
                # (not of the named side's own kind: soldiers killed in a clash of troops may be either side's)
                one = clash.actors[0]
                dead = [a for a in dead if a.entity_id != one.entity_id
                        and _sector(a.entity_id) != _sector(one.entity_id) and self._side(a.entity_id) != one.entity_id]
            clash.actors += [Actor(a.entity_id, "participant", a.start, a.end, a.affiliation, a.via) for a in dead]

    def _complements(self, found: list[Trigger], lex: Lexicon) -> list[Trigger]:
        """An infinitive predicate refused (``हस्ताक्षर करने से इनकार``) is the refusal's content, not an
        event of its own: the refusal takes its mode (``refuse_sign``) and the infinitive is dropped. An act
        ordered (``हिरासत में सौंपने का आदेश दिया``, an ``ordered`` cue of ``modality.tsv``) is the other way
        round: the act is coded, and the order (an ``order_noun`` of ``words.tsv``) is how it was done; so is a
        promise or an assurance of an act (a ``promise_noun`` right after an infinitive and its genitive: ``मदद
        देने का वादा किया``), which is no agreement or support of its own. A deployment for aid (an AID infinitive
        of purpose before it: ``राहत पहुंचाने के लिए जहाज तैनात किए``) is the aid given, not a readying of force.
        """
        out: list[Trigger] = []
        skip_next_reject_mode: str | None = None
        ordered_at = -1  # the end of an infinitive act that an order right after it has for content
        aid_for_at = -1  # the end of an AID infinitive of purpose ("सहायता देने के लिए") that a deployment may serve
        for t in found:
            m = t.match
            assert m is not None
            if (aid_for_at >= 0 and t.type == "MOBILIZE" and t.mode == "deploy"
                    and m.start - aid_for_at <= _AID_PURPOSE_REACH):  # fmt: skip
                t = Trigger.of(replace(m, entry=replace(m.entry, type="AID", mode="humanitarian", cameo="073")))
                m = t.match
                assert m is not None
            aid_for_at = -1
            if (m.form == "inf" and not t.english and t.type == "AID"
                    and self._cue(lex, "purpose", m.end, 1) is not None):  # fmt: skip
                aid_for_at = m.end
            if (ordered_at >= 0 and t.type == "REQUEST" and m.entry.pred in _ORDER_NOUNS
                    and m.start - ordered_at <= 16):  # fmt: skip
                ordered_at = -1
                continue  # "हिरासत में सौंपने का आदेश दिया": the act ordered is coded, the order is how it was done
            ordered_at = -1
            if (m.form == "inf" and not t.english and t.type != "REQUEST"
                    and self._cue(lex, "inf_after", m.end, 2) == "ordered"):  # fmt: skip
                ordered_at = m.end
                out.append(t)
                continue
            if (not t.english and t.type in ("AGREE", "SUPPORT") and m.entry.pred in _PROMISE_NOUNS
                    and _INFINITIVE_GENITIVE_BEFORE.search(self.text, max(0, m.start - 40), m.start)):  # fmt: skip
                continue  # "सहायता देने का वादा किया": the act promised is coded (planned), the promise is how told
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
        after = self._cue_words.get(pos)
        if after is None:  # (the same place is asked of several kinds of cue: its words read once)
            after = self._cue_words[pos] = [k for w in _TOKEN.findall(self.text[pos : pos + 60])
                                            if (k := word_key(w)) not in _SKIP_AFTER]  # fmt: skip
        words = after[:ntok]
        joined = " ".join(words)
        for cue, mod in lex.cues(where):
            if joined == cue or joined.startswith(cue + " ") or (" " not in cue and cue in words):
                return mod
        return None

    def _case_after(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether a Hindi infinitive, active or passive (``करने``, ``हटाए जाने``), has right after it, with only spaces
        between, a postposition of ``modality.tsv``'s ``inf_case`` cues (``पर``) that makes it no act told: a
        passive one, "दोषी पाए जाने पर" (upon being found guilty), is the condition or the time of another act; one
        a matter word (``inf_matter`` cues) follows, "शामिल करने पर विचार", "सहयोग बढ़ाने पर चर्चा", the matter it is
        about; an active one that names no doer of its own, "बढ़ावा देने पर ... आलोचना", what another act is made
        of. An act with its own doer, a genitive right before it or a ``द्वारा`` agent in its clause ("आतंकियों के
        हमला करने पर जवानों ने मोर्चा संभाला": upon the militants attacking), was done: it stays an act.
        """
        text = self.text
        words = _TOKEN.findall(text[m.start : m.end])
        passive = "passive" in m.features and bool(words) and word_key(words[-1]) in lex.passive_infinitives
        if m.form != "inf" and not passive:
            return False
        nxt = _NEXT_WORD.match(text, m.end)
        if nxt is None or not any(word_key(nxt.group(1)) == cue for cue, _ in lex.cues("inf_case")):
            return False
        if passive or not words or not words[-1].endswith(_OBLIQUE_INF):
            return True  # (after a verb that is not an oblique infinitive, "मांग करना भी नहीं चाहते पर", पर is "but")
        if self._matter_after(nxt.end(), lex):
            return True
        return self._own_doer_before(m) is None

    def _matter_after(self, at: int, lex: Lexicon) -> bool:
        """Whether a matter word (``modality.tsv``'s ``inf_matter`` cues: ``चर्चा``, ``विचार``) is one of the two words
        after ``at``.
        """
        after = [word_key(w) for w in _TOKEN.findall(self.text[at : at + 40])[:2]]
        return any(cue in after for cue, _ in lex.cues("inf_matter"))

    def _condition_agent(self, m: PredicateMatch, lex: Lexicon) -> int | None:
        """Where the ``द्वारा`` of the agent of an infinitive that ``_case_after`` makes no act stands ("पुलिस द्वारा नेता
        को गिरफ्तार किए जाने पर"); ``None`` where it is not one or names no such agent.
        """
        if not self._case_after(m, lex):
            return None
        at = self._own_doer_before(m)
        return at if at is not None and self.text.startswith(_AGENT_WORD, at) else None

    def _upon_doing(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether an active infinitive with its own doer stands right before an ``inf_case`` postposition ("आतंकियों
        के हमला करने पर"): the act upon which another was done, an act itself (``_case_after`` keeps it).
        """
        nxt = _NEXT_WORD.match(self.text, m.end)
        return (nxt is not None and any(word_key(nxt.group(1)) == cue for cue, _ in lex.cues("inf_case"))
                and not self._case_after(m, lex))  # fmt: skip

    def _own_doer_before(self, m: PredicateMatch) -> int | None:
        """Where the doer an infinitive names of its own begins to be marked: a genitive right before its words
        ("आतंकियों के| हमला करने"), or a ``द्वारा`` of its clause before it ("उग्रवादियों द्वारा थाने पर हमला
        करने"); ``None`` where it names none.
        """
        text = self.text
        gen = _GEN_BEFORE.search(text, max(0, m.start - 12), m.start)
        if gen is not None and gen.group(0).split() == [_OBLIQUE_GEN]:
            # (the oblique genitive agrees with the infinitive: "मौताणा की मांग करने" is the demand's object)
            return gen.start()
        lo = max(0, m.start - 80)
        stop = max((c.end() for c in _CLAUSE_END.finditer(text, lo, m.start)), default=lo)
        agent = text.rfind(_AGENT_WORD, stop, m.start)
        return agent if agent >= 0 else None

    def _announced_now(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether a planned act is told by a done verb of announcing ("टैरिफ का ऐलान किया है", "उड़ानें रद्द करने
        की घोषणा की"), not one of an earlier day ("ऐलान किया था") nor a future one ("घोषणा करेंगे").
        """
        if "announced" in m.features:
            return m.form == "pfv" and "past" not in m.features
        if m.form != "inf":
            return False
        words = _TOKEN.findall(self.text[m.end : m.end + 60])
        if len(words) < 3 or words[0] not in _GEN_FORMS:
            return False
        k = 2 if lex.particles.get(word_key(words[1])) == "-" else 1  # "का भी ऐलान"
        if k + 1 >= len(words) or lex.announce.get(word_key(words[k])) != "announce":
            return False
        done = lex.light_forms.get("करना", {}).get(word_key(words[k + 1])) == "pfv"
        return done and (k + 2 >= len(words) or lex.group.get(word_key(words[k + 2])) != "past")

    def _cue_before(self, lex: Lexicon, pos: int, width: int) -> str | None:
        keys = self._keys_before.get((pos, width))
        if keys is None:
            lo = max(0, pos - width)
            chunk = self.text[lo:pos]
            cut = max(chunk.rfind("।"), chunk.rfind(". "), chunk.rfind("\n"))
            chunk = chunk[cut + 1 :] if cut >= 0 else chunk
            keys = self._keys_before[(pos, width)] = " " + " ".join(word_key(w) for w in _TOKEN.findall(chunk)) + " "
        for cue, mod in lex.cues("before"):
            if f" {cue} " in keys:
                return mod
        return None

    # an event at one trigger, step by step: is it an act at all, who takes part, does its frame
    # hold, then where, when and how sure
    def _event(self, sent: Span, trig: Trigger, prev_end: int, prev_sources: list[Actor],
               lex: Lexicon) -> Event | None:  # fmt: skip
        if self._not_an_act(sent, trig, lex):
            return None
        trig = self._with_support_verb(sent, trig)
        charge_scope = self.charge_scope  # (the first reading may take it up: the second reads the same clause)
        act = self._kept_act(self._clause(sent, trig, prev_end, prev_sources, lex))
        if act is None:
            return None
        full = None
        if act.unnamed is not None or act.unnamed_target is not None or act.conjuncts:
            # the reading with the subject only the ergative shows (``_unnamed_subject``), whom the act is
            # against or done to that only its case shows (``_unnamed_target``), and the unknown first conjuncts of
            # its names (``_unnamed_conjuncts``), kept aside
            self.charge_scope = charge_scope
            full = self._kept_act(self._clause(sent, trig, prev_end, prev_sources, lex, unnamed=True))
            if full is None:
                self.not_predicates.discard(id(trig))  # (a visit the reading with it denies is still the act kept)
        self._crowd_target(act)
        self._pair_sides(act)
        ev = self._told(act)
        self._verbal_attack(ev)
        if self.ex.ranker is not None or self.ex.actor_rows is not None:
            try:
                self._keep_candidates(ev, act)
            except Exception as exc:  # noqa: BLE001 - the event stands with the rules' actors
                self.ex.faults[f"candidates:{type(exc).__name__}"] += 1
        self._remember_actors(ev, act)
        if full is not None and act.m.entry.frame != "charge":  # (a charge's doer is its target: ``_told_as_charge``)
            subj = act.unnamed.entity_id if act.unnamed is not None else None
            obj = act.unnamed_target.entity_id if act.unnamed_target is not None else None
            joined = {x.entity_id: partner for x, partner in act.conjuncts}
            self.conjunct_of[id(ev)] = joined
            self.filled[id(ev)] = (ev, [a for a in full.actors if a.entity_id == subj
                                        or (a.entity_id == obj and a.role == "target") or a.entity_id in joined])
        return ev

    def fill_unnamed_subjects(self, events: list[Event]) -> None:
        """The doer of each chosen event that names none: its unnamed ergative subject (``_unnamed_subject``), and
        whom it is against or done to where it names no target (``_unnamed_target``), each in the role the second
        reading of its clause gives (read before ``_crowd_target`` and ``_pair_sides`` settle the kept reading's
        roles). Done once the events are merged and chosen, so that the subject fills in an event the rules keep
        without it and never keeps one (read with it, an act with no one else to do it, or one that no longer merged
        with its retelling, was kept: it cost precision on every source); a doer the rules found otherwise (carried,
        supplied, merged in, a partner in a meeting) stands (filling in a meeting's second side cost a BBC dev actor).
        """
        for ev in events:
            got = self.filled.get(id(ev))
            if got is None or got[0] is not ev:
                continue
            have = {a.entity_id for a in ev.actors}
            doer = any(a.role in ("source", "participant") for a in ev.actors)
            target = any(a.role == "target" for a in ev.actors)
            sides = {(a.entity_id, a.role) for a in ev.actors}
            joined = self.conjunct_of.get(id(ev), {})
            # (whom it is against or done to joins only an event that names no one it is done to, as the subject
            # joins only one that names no doer; an unnamed conjunct joins the event its listed name is in, in that
            # name's role)
            ev.actors = ev.actors + [a for a in got[1] if a.entity_id not in have and (
                (joined[a.entity_id], a.role) in sides if a.entity_id in joined
                else not (doer if a.role in ("source", "participant") else target))]

    def _kept_act(self, act: _Act | None) -> _Act | None:
        """The act with its participants read, when it states an event: its frame holds, and it is no
        refinement's or plausibility check's non-event; ``None`` otherwise.
        """
        if act is None or not self._participants(act) or not self._frame_holds(act):
            return None
        self._symmetric_sides(act)
        if not self._refine(act) or not self._plausible(act):
            return None
        return act

    def _keep_candidates(self, ev: Event, act: _Act) -> None:
        """What the actor ranker (``sambandh.actor_rank``) judges once the article's events are finished: the
        names of the clause with their cases, the doers of the clause and sentences before, the article's most
        named country and the dateline's.
        """
        from ..actor_rank import gather

        m = act.m
        frequent = max(self.country_count, key=lambda c: self.country_count[c]) if self.country_count else None
        dl = self.dateline.entity_id if self.dateline is not None else None
        dl_country = (dl if dl and dl.startswith("country:") else self.ex.places_of.get(dl)) if dl else None
        self.candidates[id(ev)] = (ev, gather(
            self.text, ev.type, ev.mode, m.start, m.end, english=act.trig.english, passive=act.passive,
            form=m.form, symmetric=act.trig.symmetric, args=act.args, prev_clause=act.prev_sources,
            prev_sentence=self.last_sources if self.sentences_since_source <= 2 else [], frequent=frequent,
            dateline=dl_country, label=self._label,
            affiliation=lambda e: self.ex.affiliation(e, self.roles, self.date), sent_start=act.sent.start,
            sentence=self._sentence_names(act), home=self.ex.home, recent=self.last_countries))

    def _sentence_names(self, act: _Act) -> list[_Arg]:
        """The names of the act's sentence that could act (not a city), each with its case in the sentence."""
        sent = act.sent
        return [_Arg(m.entity_id, m.label, self._case(m.end, sent.end, m.start), m.start, m.end, "name", m.kb_id)
                for m in self.within(sent.start, sent.end)
                if m.entity_id and m.label in ACTOR_LABELS and not self.ex.is_city(m.entity_id)]  # fmt: skip

    def _pair_sides(self, act: _Act) -> None:
        """A meeting, talks or an agreement that names no side, or one country alone, in an article about two
        countries is between those two ("सीमा विवाद पर चीन से कोर कमांडर स्तर की बैठक होगी" in a report on
        India and China; "सैन्य स्तर की वार्ता आयोजित की गई थी"): the side the text leaves to the reader is
        the article's other country. A person or a body named as one side is left as it is. A clash is read
        so only when it names no side at all ("गलवान झड़प के बाद"): one side named may meet anyone.
        """
        trig = act.trig
        clash = (trig.type, trig.mode) == ("ASSAULT", "clash")
        if trig.type == "AGREE" and trig.symmetric and any(a.via == "carried" for a in act.actors):
            # "प्रधानमंत्री ने ... से मुलाकात की। इस दौरान ... समझौते पर हस्ताक्षर किए गए": an agreement signed in the
            # passive is the two countries', not the act of whoever acted in the sentence before
            pair = self._group(True)
            kept = [a for a in act.actors if a.via != "carried"]
            # (sides a group word names, "दोनों देशों के बीच ... हस्ताक्षर किए गए", are the sides themselves)
            if (len(pair) == 2 and {a.entity_id for a in kept} <= set(pair)) or (
                    len(kept) >= 2 and all(a.via == "group" for a in kept)):  # fmt: skip
                act.actors = kept
        if (not trig.symmetric or (trig.type not in ("CONSULT", "AGREE") and not clash) or len(act.actors) > 1
                or any(not a.entity_id.startswith("country:") for a in act.actors)):  # fmt: skip
            return
        if clash and act.actors:
            return  # a clash with one country named may be with anyone (militants, a crowd): only a bare one
        if not act.actors and _ERGATIVE.search(self.text, act.sent.start, act.m.start):
            return  # a subject in ने that no table knows is a side the text does name
        pair = self._group(True)
        have = {a.entity_id for a in act.actors}
        if len(pair) == 2 and have <= set(pair):
            act.actors += [Actor(c, "participant", -1, -1, c, "pair") for c in pair if c not in have]

    def _crowd_target(self, act: _Act) -> None:
        """"किसानों ने बैरिकेड तोड़ने की कोशिश की। इसके बाद पुलिस ने आंसू गैस ... का इस्तेमाल किया": force the police
        or troops use on no one named (a security operation: tear gas, a baton charge) falls on the crowd told as
        acting just before: the last group written in the plural as a subject in this sentence or the two before
        (``_group_ref``), when it is a crowd (``_CROWD_SECTORS``) and no name stands between.
        """
        trig = act.trig
        if trig.english or act.passive or (trig.type, trig.mode) != ("COERCE", "operation"):
            return
        sources = [a for a in act.actors if a.role == "source"]
        if (not sources or any(a.role == "target" for a in act.actors)
                or not all(_sector(a.entity_id) in _FORCE_SECTORS for a in sources)):  # fmt: skip
            return
        # a crowd its own clause names as a subject beside the police ("किसान आगे बढ़ने लगे, जिसके बाद पुलिस ने
        # ..."), else the one told before
        have = {a.entity_id for a in act.actors}
        crowd = next((x.entity_id for x in reversed(act.args) if x.via == "agent" and x.case in ("nom", "erg")
                      and x.end <= act.m.start and x.entity_id not in have and _sector(x.entity_id) in _CROWD_SECTORS),
                     None) or self._group_ref(act.m.start, act.args, act.lex.lang, past_places=True)  # fmt: skip
        if crowd is not None and _sector(crowd) in _CROWD_SECTORS:
            act.actors.append(Actor(crowd, "target", -1, -1, None, "implicit"))

    def _verbal_attack(self, ev: Event) -> None:
        """An attack whose doers are all political sides with no arms (the opposition, parties,
        legislators: ``विपक्ष ने प्रधानमंत्री को निशाना बनाया``) is an attack in words: ACCUSE/criticize.
        """
        if ev.type != "ASSAULT" or ev.mode != "attack":
            return
        doers = [a for a in ev.actors if a.role in ("source", "participant")]
        if doers and all(a.entity_id.startswith("agent:") and a.entity_id.split(":")[1] in _WORDS_ONLY
                         for a in doers):  # fmt: skip
            ev.type, ev.mode, ev.cameo = "ACCUSE", "criticize", "111"
            for a in doers:
                a.role = "source"

    def _charged_act(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether a Hindi infinitive is the content of a charge (``हमला करने का आरोप``)."""
        return m.form == "inf" and lex.lang != "en" and bool(_CHARGE_AFTER.match(self.text, m.end))

    def _called_for(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether a Hindi infinitive is an act called for (``हटने की मांग``, ``... का आह्वान``: the
        lexicon's modality cue ``demanded`` after it), whose doer is not the one who calls for it.
        """
        if m.form != "inf" or lex.lang == "en":
            return False
        if self._cue(lex, "inf_after", m.end, 3) == "demanded":
            return True
        # "यात्रा न करने और वहां से निकलने की सलाह दी": an infinitive joined to a later one that is called for is too
        jm = _NEXT_INFINITIVE.match(self.text, m.end)
        return jm is not None and self._cue(lex, "inf_after", jm.end(), 3) == "demanded"

    def _not_an_act(self, sent: Span, trig: Trigger, lex: Lexicon) -> bool:
        """A question, a doer described, a purpose or the manner of another act: nothing happened."""
        text = self.text
        m = trig.match
        assert m is not None
        start, end = m.start, m.end
        if trig.english and (_EN_QUESTION.search(text, max(sent.start, text.rfind(",", sent.start, start) + 1), start)
                             or (trig.type == "REQUEST" and _EN_IF.match(text, end))):  # fmt: skip
            return True  # "asked whether Delhi had protested": a question asserts nothing
        if m.form == "inf" and not trig.english:
            tail = _ATTRIBUTIVE_AFTER.match(text, end)
            at = end if _ATTRIBUTIVE.search(text, start, end) else tail.end() if tail else -1
            if at >= 0 and not _COPULA_NEXT.match(text, at):
                return True  # "ईरान से सौदा करने वाले देश": who would do it, described, not an act told
        if (m.form == "inf" and self._cue(lex, "purpose", end, 1) is not None
                and self._cue(lex, "ready", end, 3) is None):  # fmt: skip
            return True  # "कैदियों को पकड़ने के लिए": what an act is done for, not an event
        if m.form == "inf" and not trig.english and self._cue(lex, "unreal", end, 1) is not None:
            return True  # "श्रद्धालुओं से मिलने से रोकने", "हवाले करने जैसा बयान": kept from or compared with, not done
        if not trig.english and self._case_after(m, lex):
            return True  # "दोषी पाए जाने पर कार्रवाई", "सूची में शामिल करने पर विचार": a condition or a matter, not done
        if (not trig.english and trig.type == "ASSAULT"
                and self._toll_of_nature(sent, trig.mode, m.entry.pred, start, lex)):  # fmt: skip
            return True  # "तूफान से 10 लोग मारे गए", "बाढ़ से पुल नष्ट हो गए": a storm's toll or damage, no one's blow
        if not trig.english and self._qualified_away(sent, start, end, lex):
            return True  # "चुनावी रैली की": campaigning, not a protest
        if not trig.english and self._thing_shown(sent, start, lex):
            return True  # "ताकत का प्रदर्शन", "कार्रवाई का प्रदर्शन किया": a display, not a protest
        frame = _QUESTION_FRAME.search(text, sent.start, start) if not trig.english and m.form != "nominal" else None
        if frame is not None and not _QUESTION_PRESUPPOSED.search(text, frame.end(), sent.end):
            return True  # "सवाल यह है कि सरकार कौन सा रास्ता चुनती है": what is asked is not told (a noun stays)
        if not trig.english and m.form != "nominal" and _POSSIBILITY_FRAME.search(text, sent.start, start):
            return True  # "हो सकता है कि सेना सीमा पर हमला कर दे": what may happen is supposed, not told (a noun stays)
        if m.form != "nominal" and self._in_purpose(sent, start):
            return True  # "ताकि दुकानदार को सिक्का लौटाया जा सके": what another act is for, not an act told (a noun stays)
        if not trig.english and self._generic_group(trig, lex):
            return True  # "ठिकानों को तबाह कर देती है", "प्रतिबंध लगाया जा सकता है": a habit or a possibility, no act
        if not trig.english and self._protasis(sent, start, end, lex):
            return True  # "अगर ... युद्ध छिड़ गया तो ...": the if-clause of a hypothetical; what follows "तो" may be told
        if not trig.english and self._counterfactual(m) and self._apodosis(sent, start, lex):
            return True  # "अगर वे चाहते तो दोषियों को सजा देते": what would have been done, and was not
        if not trig.english and _ACCUSED_AFTER.match(text, end):
            return True  # "हमले के आरोपी को सौंपा गया": the act is what someone is accused of, no act told here
        if not trig.english and m.form in ("nominal", "inf") and _OFFENCE_NAMED_AFTER.match(text, end):
            return True  # "हमले सरीखी घटनाओं", "हत्या से संबंधित छह आरोपों": an offence named as a kind or a charge
        if not trig.english and self._in_law_section(sent, start):
            return True  # "धारा 121 (सरकार के विरुद्ध युद्ध करना)": the offence a section of law names, no act told
        if not trig.english and self._failed(m, lex):
            return True  # "चौकी पर कब्जा करने में सफल नहीं हुए", "आरोप तय करने में ... नाकामी": an act not achieved
        if m.entry.frame == "charge" and "neg" in m.features:
            return True  # "X आतंकवाद को बढ़ावा नहीं देता": a charge denied or a doer cleared, no charge made
        if (not trig.english and trig.type == "RETREAT" and trig.mode == "withdraw" and _REFLEXIVE_APART.search(
                text, start, end) and _VOTE_WORD.search(text, sent.start, sent.end)):  # fmt: skip
            return True  # "मतदान से खुद को अलग कर लिया": an abstention, no withdrawal
        if (not trig.english and m.entry.pred in _GENERIC_ACTS
                and _ACT_POINTER_BEFORE.search(text, max(sent.start, start - 20), start)):  # fmt: skip
            return True  # "यह कार्रवाई की गई है", "ऐसी कार्रवाई की है": an act told before, or a kind of act, named again
        if (not trig.english and m.entry.pred in _GENERIC_ACTS
                and _MATTER_BEFORE.search(text, max(sent.start, start - 40), start)):  # fmt: skip
            return True  # "मामले पर तत्काल कार्रवाई की गई": a case dealt with, no operation
        if not trig.english and m.entry.pred in _GENERIC_ACTS and self._copula_predicate(start, end):
            return True  # "यह अभ्यास एक दंडात्मक कार्रवाई है": what an act told is called, not one more act
        if (not trig.english and (m.form == "nominal" or m.head_end < end)
                and _TALLY_BEFORE.search(text, max(sent.start, start - 40), start)
                and _TALLY_PERFECT.search(text, start, end)):  # fmt: skip
            return True  # "1990 से अब तक 4 हमले कर चुका है", "30 देशों की यात्रा कर चुके हैं": a tally, not one act
        if (not trig.english and _TALLY_PERFECT.search(text, start, end)
                and _TALLY_MARKER_BEFORE.search(text, max(sent.start, start - 80), start)):  # fmt: skip
            return True  # "अब तक 200 से अधिक उड़ानें रद्द की जा चुकी हैं", "कई बार युद्ध हो चुके हैं": a running count
        if (not trig.english and m.entry.pred in _CONTEST_SENSE
                and _CONTEST_WORD.search(text, sent.start, sent.end)):  # fmt: skip
            return True  # "टीम फाइनल में ईरान से भिड़ेगी", "सीरीज़ पर कब्जा": a sporting sense of the word, no act
        if (not trig.english and m.entry.pred in _STANCE and "neg" in m.features
                and _NEG_COPULA_END.search(text, start, end)):  # fmt: skip
            return True  # "हम चिंतित नहीं हैं": a stance not held is no stance stated
        if _GLOSS_BEFORE.search(text, max(sent.start, start - 80), start):
            return True  # "इसका मतलब है कि भारत उन्हें स्वीकार नहीं करता": what something means, not an act told
        if (_EN_HABIT_BEFORE if trig.english else _HABIT_BEFORE).search(text, max(sent.start, start - 60), start):
            return True  # "X बार-बार भारत का अपमान कर रहे हैं", "despite repeated calls for": a habit, not one act
        if (trig.english and m.form == "nominal" and trig.type == "CONSULT"
                and _EN_AIM_BEFORE.search(text, max(sent.start, start - 30), start)):  # fmt: skip
            return True  # "reached out to Islamabad for talks": what another act was for, no talks told
        # "violated the ceasefire by firing": the manner of another act, not one of its own
        return bool(trig.english and m.form == "nominal" and _EN_BY.search(text, max(sent.start, start - 60), start))

    def _in_law_section(self, sent: Span, start: int) -> bool:
        """Whether a predicate at ``start`` stands inside the bracket that glosses a section of law by its number
        (``_LAW_SECTION`` at most 80 characters before the number: "धारा 121 (सरकार के विरुद्ध युद्ध करना)", "धारा 302
        (हत्या), 364 (अपहरण)"): the offence the section names, no act told (session 48).
        """
        text = self.text
        opened = text.rfind("(", sent.start, start)
        if opened < 0 or ")" in text[opened:start]:
            return False
        before = text[max(sent.start, opened - 80) : opened]
        return bool(_SECTION_NUMBER_END.search(before)) and bool(_LAW_SECTION.search(before))

    def _failed(self, m: PredicateMatch, lex: Lexicon) -> bool:
        """Whether a Hindi infinitive is told as not achieved: right before में, with a word of failure
        (``modality.tsv``'s ``inf_failed`` cues: ``नाकाम``, ``विफलता``, ``सफल नहीं``) among the five words after it in
        its clause ("चौकी पर कब्जा करने में सफल नहीं हुए", "आरोप तय करने में सरकार की नाकामी"): nothing happened (session 48).
        """
        if m.form != "inf" or lex.lang == "en":
            return False
        nxt = _NEXT_WORD.match(self.text, m.end)
        if nxt is None or word_key(nxt.group(1)) not in _FAILED_IN:
            return False
        chunk = self.text[nxt.end() : nxt.end() + 60]
        cut = re.search(r"[,;।?!]", chunk)
        keys = " " + " ".join(word_key(w) for w in _TOKEN.findall(chunk[: cut.start()] if cut else chunk)[:5]) + " "
        return any(f" {cue} " in keys for cue, _ in lex.cues("inf_failed"))

    def _in_purpose(self, sent: Span, start: int) -> bool:
        """Whether a purpose clause's conjunction (``words.tsv`` purpose_clause: ``ताकि``, "so that") opens the clause
        a predicate at ``start`` stands in: the last one before it in its sentence, with no clause break (a comma, a
        stop, a clause conjunction or a complementizer: grammar's ``_CLAUSE_BREAK``) between them. What such a clause
        tells is what another act is done for ("सड़क बंद की गई ताकि राहत सामग्री भेजी जा सके"), not an act told.
        """
        last = None
        for found in _PURPOSE_CLAUSE.finditer(self.text, sent.start, start):
            last = found
        return last is not None and _CLAUSE_BREAK.search(self.text, last.end(), start) is None

    def _generic_group(self, trig: Trigger, lex: Lexicon) -> bool:
        """Whether a Hindi predicate's verb group tells no one act by its last verbs (``words.tsv`` habit_aux,
        possible_passive): a deed whose vector or passive auxiliary is an imperfective participle before a present
        copula, a habit or a rule (``तबाह कर देती है``, ``जेल भेजा जाता है``; the main verb's own imperfective is the
        lexicon's, and a speech act so told is a performative: ``निंदा करता हूं``), or any act in the passive of
        possibility (``लगाया जा सकता है``, ``रिहा नहीं किया जा सकता``). The group is the words from the predicate's head
        on, verb-group words, light verbs and negation only, to the clause's end.
        """
        m = trig.match
        assert m is not None
        chunk = self.text[m.head_end : m.end + 40]
        cut = _GROUP_END.search(chunk)
        keys: list[str] = []
        for w in _TOKEN.findall(chunk[: cut.start()] if cut else chunk):
            k = word_key(w)
            # (a light verb's forms hold करना's stem before a vector: "तबाह कर देती है")
            if not (k in lex.group or k in _NEGATION_KEYS or k in _HABIT_AUX or k in lex.passive_infinitives
                    or k in lex.light_form_names):  # fmt: skip
                break
            keys.append(k)
        deed = trig.type in DEED_TYPES and trig.mode not in SAID_MODES
        for a, b in pairwise(keys):
            if deed and a in _HABIT_AUX and b in _PRESENT_AUX:
                return True
            if a in lex.passive_stems and b in _POSSIBLE_PASSIVE:
                return True
            if a in lex.passive_infinitives and lex.group.get(b) == "past":
                return True  # "सज़ा सुनाई जानी थी": was to be done, a plan of the past, not done
        if m.form == "inf":
            after = [word_key(w) for w in _TOKEN.findall(self.text[m.end : m.end + 40])]
            if after and lex.group.get(after[0]) == "past":
                return True  # "बैठक में विचार करना था": was to be done
            after = [k for k in after if k not in _NEGATION_KEYS and k not in _JUDGED_BETWEEN]
            if after and after[0] in _JUDGED and (len(after) == 1 or after[1] in _PRESENT_AUX
                                                  or lex.group.get(after[1]) in ("past", "future")):  # fmt: skip
                return True  # "उनकी आलोचना करना ठीक नहीं है": an act judged, not told
        if m.form == "inf" and _IN_AFTER.match(self.text, m.end):
            return self._conjunct_possible(m.end, lex, habit=True)  # "विरोध करने में पीछे नहीं हटते": in doing it, habitually
        return m.form == "conj" and self._conjunct_possible(m.end, lex)

    def _conjunct_possible(self, end: int, lex: Lexicon, habit: bool = False) -> bool:
        """Whether the finite verb a conjunctive participle (``देकर``, ``धमकाकर``) hangs on tells a possibility: a
        present of सकना (``words.tsv`` possible_passive, not before a past copula) in that verb's group. The verb is
        the first finite verb group after the participle in its clause (``_first_group``): the scan stops at a
        comma, a stop, quotes or grammar's clause break (``_CLAUSE_BREAK``: a clause conjunction, a complementizer),
        or a relative (``जो``), and after that group, so a later clause's "सकते हैं" ("... भेज दिया लेकिन वे जमानत ले
        सकते हैं") is not its mood. The participle shares its verb's mood: "सेना का साथ देकर सरकार की साख गिर सकती
        है" tells what may come of siding with it, not help given. With ``habit`` (an infinitive in ``में``, "in
        doing it"), a habitual present of that verb too: a word in an imperfective ending (``inflection.tsv`` ipfv)
        before a present copula, or one negated at the clause's end: "वे विरोध करने में पीछे नहीं हटते", "सेना हमला
        करने में कितनी तेज़ी दिखाती है". A noun in -ता before a copula in that clause, "करने में आगे रहने वाले नेता
        हैं", reads the same; it tells no one act either.
        """
        chunk = self.text[end : end + 100]
        cut = min((c.start() for c in (_GROUP_END.search(chunk), _CLAUSE_BREAK.search(chunk), _RELATIVE.search(chunk))
                   if c is not None), default=len(chunk))  # fmt: skip
        keys = [word_key(w) for w in _TOKEN.findall(chunk[:cut])]
        keys = keys[: _first_group(keys, lex)]
        if any(k in _POSSIBLE_PASSIVE and (i + 1 == len(keys) or lex.group.get(keys[i + 1]) != "past")
               for i, k in enumerate(keys)):  # fmt: skip
            return True
        if not habit or len(keys) < 2:
            return False
        ipfv = [i for i, k in enumerate(keys) if k.endswith(lex.imperfective_endings)]
        return any((i + 1 < len(keys) and keys[i + 1] in _PRESENT_AUX)
                   or (i + 1 == len(keys) and keys[i - 1] in _NEGATION_KEYS) for i in ipfv)  # fmt: skip

    def _copula_predicate(self, start: int, end: int) -> bool:
        """Whether a Hindi noun of action stands alone before a copula (``कार्रवाई है``, ``कार्रवाई थी``): the
        predicate of a sentence that names something as an act, with no verb of doing it.
        """
        words = self.text[start:end].split()
        if len(words) > 1:
            return bool(_COPULA_ONLY.match(self.text[start:end], len(words[0])))
        return bool(_COPULA_NEXT.match(self.text, end))

    def _toll_of_nature(self, sent: Span, mode: str, pred: str, start: int, lex: Lexicon) -> bool:
        """Whether an act of violence is told as the work of a disaster or an accident: a ``disaster`` row of
        ``circumstance.tsv`` for this act (its mode, ``kill``: deaths; or its predicate, named by an ``acts`` row's
        group: damage and blasts, ``तबाह``, ``विस्फोट``) whose words stand before the predicate in its sentence
        (``तूफान से 10 लोग मारे गए``, ``बाढ़ से कई पुल नष्ट हो गए``, ``ज्वालामुखी में विस्फोट हुआ``), with no doer in the
        ergative between them (``तूफान के बीच सेना ने ठिकाने तबाह किए`` is a side's act; the hazard's own ``ने``,
        ``बाढ़ ने ... तबाह किया``, is no side's). A predicate whose sentence names no doer before it (no ergative, no
        ``द्वारा``) reads the two sentences before for a natural hazard (a group's word): ``आंधी से गांव में पांच लोगों
        की जान गई। ... बाजार पूरी तरह ध्वस्त हो गया``.
        """
        own = {mode, word_key(pred)}
        groups = {noun for noun, keys in lex.circumstance_where.get("acts", ()) if own & set(keys)}
        if self._disaster_before(sent.start, start, own | groups, lex, True):
            return True
        prev = [s for s in self.read_sents[-1 - _TOLL_SENTENCES_BACK : -1] if s.end <= sent.start]
        if not prev or _ERGATIVE.search(self.text, sent.start, start) or _BY_AGENT.search(self.text, sent.start, start):
            return False
        # (a group's hazard only: an accident told before may be what the press calls an attack)
        return self._disaster_before(prev[0].start, prev[-1].end, groups, lex, False)

    def _disaster_before(self, lo: int, hi: int, acts: set[str], lex: Lexicon, doer_between: bool) -> bool:
        """Whether a ``disaster`` word of one of ``acts`` stands in ``text[lo:hi]``, not as a time (``हादसे के बाद``)
        and, with ``doer_between``, with no doer in the ergative between it and ``hi`` but the hazard's own ``ने``.
        """
        rows = [words for noun, words in lex.circumstance_where.get("disaster", ()) if noun in acts]
        if not rows:
            return False  # (no disaster word of these acts: the span's words need not be read)
        before = list(_TOKEN.finditer(self.text, lo, hi))
        keys = [word_key(w.group(0)) for w in before]
        # words that make the disaster a time, not a cause ("हादसे के बाद भीड़ ने ... हत्या कर दी")
        anchors = [words for _, words in lex.circumstance_where.get("time_after", ())]
        for words in rows:
            n = len(words)
            first = words[0] if words else None
            for i in range(len(keys) - n + 1):
                if first is not None and keys[i] != first:
                    continue  # (the first word differs: the words do not stand here)
                if tuple(keys[i : i + n]) != words or any(tuple(keys[i + n : i + n + len(a)]) == a for a in anchors):
                    continue
                if not doer_between:
                    return True
                after = before[i + n - 1].end()
                own = _ERGATIVE_AFTER.match(self.text, after)
                if not _ERGATIVE.search(self.text, own.end() if own else after, hi):
                    return True
        return False

    def _qualified_away(self, sent: Span, start: int, end: int, lex: Lexicon) -> bool:
        """Whether the words right before a predicate noun make it no act of its kind: a ``qualifier``
        row of ``circumstance.tsv`` (``चुनावी`` before ``रैली``: an election rally is campaigning).
        """
        own = [word_key(w) for w in _TOKEN.findall(self.text[start:end])]
        rows = [words for where, words in lex.circumstance_of.get(own[0], ()) if where == "qualifier"] if own else []
        if not rows:
            return False  # (no qualifier of this noun: the words before it need not be read)
        before = [word_key(w) for w in _TOKEN.findall(self.text[max(sent.start, start - 60) : start])]
        return any(len(before) >= len(words) and tuple(before[len(before) - len(words) :]) == words for words in rows)

    def _thing_shown(self, sent: Span, start: int, lex: Lexicon) -> bool:
        """Whether a noun of showing stands after a genitive whose owner is no actor: a ``shown`` row of
        ``circumstance.tsv`` (``प्रदर्शन`` after ``का``/``के``: ``ताकत का प्रदर्शन``, a display or a performance), its
        owner neither a name the tagger found nor a generic actor (``किसानों का प्रदर्शन`` is the farmers' protest).
        """
        own = _TOKEN.match(self.text, start)  # (no anchor nor look-behind: as on the text from ``start``)
        if own is None:
            return False
        key = word_key(own.group(0))
        gens = [words for where, words in lex.circumstance_of.get(key, ()) if where == "shown"]
        if not gens:
            return False  # (no genitive row for this noun: the words before it need not be read)
        before = list(_TOKEN.finditer(self.text[sent.start : start]))
        if len(before) < 2 or not any((word_key(before[-1].group(0)),) == g for g in gens):
            return False
        owner_end = sent.start + before[-2].end()
        owner_start = sent.start + before[-2].start()
        if any(x.start < owner_end and owner_start < x.end for x in self.within(max(0, owner_start - 40), owner_end)):
            return False  # "भारत का प्रदर्शन", "हमास का प्रदर्शन": a side's act or showing, left to the rest
        agents = self.ex.agents.get("hi")
        lo = max(sent.start, owner_start - 40)
        return not (agents is not None and any(s < owner_end and owner_start < e for s, e, _ in agents.find(
            self.text, lo, owner_end)))  # fmt: skip

    def _protasis(self, sent: Span, start: int, end: int, lex: Lexicon) -> bool:
        """Whether a Hindi predicate closes the if-clause of a condition: a ``conditional`` cue before it
        in its sentence (``अगर``, ``यदि``) and the ``then`` word of ``modality.tsv`` ending its verb group
        or right after it (``... हमला किया तो``). Such a clause states no act, only a supposition.
        """
        if self._cue_before(lex, start, start - sent.start) != "conditional":
            return False
        words = _TOKEN.findall(self.text[start:end])
        last = word_key(words[-1]) if words else ""
        return any(last == cue for cue, _ in lex.cues("then")) or self._cue(lex, "then", end, 1) is not None

    def _apodosis(self, sent: Span, start: int, lex: Lexicon) -> bool:
        """Whether a Hindi predicate stands in the then-clause of a condition: a ``conditional`` cue
        (``अगर``, ``यदि``) earlier in its sentence and a ``then`` word of ``modality.tsv`` (``तो``) after it,
        before the predicate.
        """
        if self._cue_before(lex, start, start - sent.start) != "conditional":
            return False
        words = [word_key(w) for w in _TOKEN.findall(self.text[sent.start : start])]
        cond = [i for i, w in enumerate(words) if any(w == c for c, mod in lex.cues("before") if mod == "conditional")]
        thens = {c for c, _ in lex.cues("then")}
        return bool(cond) and any(w in thens for w in words[cond[0] + 1 :])

    @staticmethod
    def _counterfactual(m: PredicateMatch) -> bool:
        """Whether a Hindi predicate's verb group ends in a bare imperfective participle, no auxiliary of tense after
        it (``सजा देते``, ``रोक लेती``): in the then-clause of a condition, the unreal past of a supposition that did not
        hold ("अगर वे चाहते तो ... सजा देते"), no act; a future or an obligation there (``सज़ा दी जाएगी``, ``बंद कर देना
        चाहिए``) is a conditional act the gold codes, and a habit told with its auxiliary (``करते थे``) is left alone.
        """
        return m.form == "ipfv" and not (m.features & _TENSED)

    def _with_support_verb(self, sent: Span, trig: Trigger) -> Trigger:
        """"Pakistan troops resorted to shelling": the noun is the act of the support verb's subject
        (the "to" is the support verb's, not an infinitive's).
        """
        m = trig.match
        assert m is not None
        if not (trig.english and m.form == "nominal" and self.ex.support_re is not None
                and self.ex.support_re.search(self.text, max(sent.start, m.start - 40), m.start)):  # fmt: skip
            return trig
        m = replace(m, form="pfv", features=(set(m.features) - {"to_inf"}) | {"support"})
        return Trigger(trig.type, trig.mode, trig.cameo, trig.symmetric, trig.targets, trig.english, m)

    def _clause(self, sent: Span, trig: Trigger, prev_end: int, prev_sources: list[Actor],
                lex: Lexicon, unnamed: bool = False) -> _Act | None:  # fmt: skip
        """The predicate's clause: where it starts, whose speech it reports, and the names in it with
        their cases; ``None`` for a verb that turns out to mean something else.

        The ergative subject no name reads (``_unnamed_subject``) is among the names only with ``unnamed``;
        without it, it is kept aside in ``_Act.unnamed``, so that whether the act is an event is decided
        without it.
        """
        text = self.text
        m = trig.match
        assert m is not None
        start, end = m.start, m.end
        # "20 सैनिक शहीद हो गए", "नेता गिरफ्तार हुए": with होना the subject is who it was done to
        passive = "passive" in m.features or bool(not trig.english and _VECTOR_PASSIVE.search(text, start, end)) or (
            (m.light in _BE_LIGHT or m.entry.pred.endswith(_SUFFERED_ENDINGS))
            and trig.type in ("ASSAULT", "COERCE", "SANCTION") and not trig.symmetric)  # fmt: skip
        scope_start = prev_end
        cuts = list(_SAID_THAT.finditer(text, scope_start, start))
        complement_of: str | None = None
        if cuts:
            scope_start = cuts[-1].end()
            complement_of = self._complement_head(cuts[-1].start(), sent.start)
        quote = next(reversed(list(_QUOTE_OPEN.finditer(text, scope_start, start))), None)
        if quote is not None and _QUOTE_CLOSE[quote.group(1)] not in text[quote.end() : start]:
            # 'प्रवक्ता ने ट्वीट किया, "... बैठक के बाद नाविकों को रिहा कर दिया गया"': a predicate inside
            # quoted words is not done by the one who quotes them (nor by anyone named before the quote)
            scope_start = quote.end()
        tag = _TOPIC_TAG.match(text, sent.start) if not trig.english else None
        if tag is not None and scope_start < tag.end() <= start:
            scope_start = tag.end()  # "Border guard bangladesh: बांग्लादेश को ... लौटाएगा": the tag names no side
        sub = _SUBORDINATE.search(text, scope_start, start)
        main = _CORRELATIVE.search(text, sub.end(), start) if sub else None
        if main is not None:
            scope_start = main.end()  # "जब वे भारत से आए तो ... मिला": the main clause after "तो" is its own
        args = self._args(scope_start, start, lex.lang)
        if m.split_at > 0:
            # "X की मेजबानी चीन ने की थी": the doer between the noun and its light verb is the clause's
            args += self._args(m.head_end, m.split_at, lex.lang)
        if sub is not None and main is None and any(x.start >= sub.end() and (x.case == "erg" or (
                x.case == "between" and x.label in ACTOR_LABELS)) for x in args):  # fmt: skip
            # "X ने यह बयान उस समय दिया जब Y ने Z पर हमला किया": a clause opened by "जब" after the main
            # clause, with an ergative subject of its own (or the pair of a "के बीच": "..., जब X और Y के बीच सौदा
            # हुआ"), takes none of the main clause's names (its day may stand before it: "15 दिसंबर को तब हुई थी जब
            # ...")
            args = [x for x in args if x.start >= sub.end()]
        said = next(reversed(list(_SAID_BARE.finditer(text, scope_start, start))), None) if trig.english else None
        if said is not None and any(x.start >= said.end() and x.via != "pronoun" and x.label in ACTOR_LABELS
                                    and x.case == "nom" for x in args):  # fmt: skip
            # "Jaishankar said India strongly condemned the attack": the complement has a subject of its own, and
            # the speaker is not a doer of what he reports
            args = [x for x in args if x.start >= said.end()]
        en_rel = next(reversed(list(_EN_RELATIVE.finditer(text, sent.start, start))), None) if trig.english else None
        if en_rel is not None and not _CLAUSE_END.search(text, en_rel.end(), start):
            # "the ministry lodged a protest over the killing of X, who was reportedly shot and killed by the BSF":
            # the relative's act has its antecedent and its own names, not the main clause's
            ante = self._args(max(sent.start, en_rel.start() - 120), en_rel.start(), lex.lang)
            head = next((x for x in reversed(ante) if not text[x.end : en_rel.start()].strip()), None)
            args = [x for x in args if x.start >= en_rel.end()]
            if head is not None and head.label in ACTOR_LABELS:
                head.case = "nom"
                args.insert(0, head)
            prev_sources = []
        rel = None if trig.english else next(reversed(list(_REL_ERG.finditer(text, sent.start, start))), None)
        if rel is not None and not any(x.case == "erg" and x.start >= rel.end() for x in args):
            # "भारत ने उस प्रस्ताव पर मतदान नहीं किया जिसने ... निंदा की": the relative is the subject of its
            # clause, standing for the name right before it, else (a relative put after the main verb) for that
            # verb's object: "पुलिस ने उन आतंकवादियों को गिरफ्तार किया जिन्होंने ...", "इसराइल ने ईरान पर हमला
            # किया, जिसने ..."; the main clause's subject is not this act's, nor anyone carried from before
            before = self._args(max(sent.start, rel.start() - 200), rel.start(), lex.lang)
            head = next((x for x in reversed(before) if re.fullmatch(r"[\s,]*", text[x.end : rel.start()])),
                        None) or next(
                (x for x in reversed(before) if x.label in ACTOR_LABELS and x.case not in ("erg", "nom", "loc")
                 and not self.ex.is_city(x.entity_id)), None)  # fmt: skip
            args = [x for x in args if x.start >= rel.end()]
            if head is not None and head.label in ACTOR_LABELS:
                head.case = "erg"
                args.insert(0, head)
            prev_sources = []
        robj = None if trig.english or rel is not None else next(
            reversed(list(_REL_OBJ.finditer(text, sent.start, start))), None)  # fmt: skip
        if robj is not None and not _CLAUSE_END.search(text, robj.end(), start) and not any(
                x.case in ("dat", "obj") and x.start >= robj.end() for x in args):  # fmt: skip
            # "X एक छात्रा थीं जिन्हें पुलिस ने मार दिया", "उन लोगों को रिहा किया जाए जिन्हें सेना ने पकड़ा": the
            # relative is the object of its clause, standing for the name before it; the clause's own names
            # are the rest, and no one acting before is carried into it
            head = self._relative_head(self._args(max(sent.start, robj.start() - 200), robj.start(), lex.lang),
                                       robj.start())  # fmt: skip
            if head is not None:  # (else a thing: "X का कार्यक्रम था, जिसे रद्द कर दिया गया")
                head.case = "dat"
                args = [head] + [x for x in args if x.start >= robj.end()]
                prev_sources = []
        head = None
        if not trig.english and not passive and m.form != "nominal" and not any(x.case == "erg" for x in args) and any(
                x.label in ACTOR_LABELS for x in args):  # fmt: skip
            # (it completes the sides of an act the clause names someone in; alone it would tell an act of its own)
            head = self._unnamed_subject(scope_start, start, args, lex)
            if head is not None and unnamed:
                args = sorted([*args, head], key=lambda x: x.start)
        suffered = self._unnamed_target(scope_start, start, args, trig, lex) if not trig.english else None
        if suffered is not None and unnamed:
            args = sorted([*args, suffered], key=lambda x: x.start)
        joined = self._unnamed_conjuncts(scope_start, start, args, lex) if not trig.english else []
        if joined and unnamed:
            args = sorted([*args, *(x for x, _ in joined)], key=lambda x: x.start)
        charge = getattr(self, "charge_scope", None)
        if trig.type == "ACCUSE" and not trig.english and charge is not None and charge[1] < start:
            args, head, suffered = self._charge_args(charge, lex.lang), None, None
        clause_end = _CLAUSE_END.search(text, end, sent.end)
        after_end = clause_end.start() if clause_end else sent.end
        act = _Act(sent, trig, lex, passive, scope_start, after_end, complement_of, args, prev_sources)
        act.relative = en_rel is not None and not _CLAUSE_END.search(text, en_rel.end(), start)
        act.unnamed = head
        act.unnamed_target = suffered
        act.conjuncts = joined
        self._arguments_around(act)
        got_as = _GOT_AS.search(text, max(scope_start, start - 30), start) if not trig.english else None
        if trig.type == "CONSULT" and not trig.english and m.entry.pos == "v" and trig.symmetric and (
                _ALIKE.match(text, end) or self._receiver_before(max(scope_start, start - 60), start)
                or (got_as is not None and not self.within(got_as.start(), got_as.end())
                    and not lex.first.get(word_key(got_as.group(1))))
                or _GOT_THING_BEFORE.search(text, max(scope_start, start - 30), start)):
            # "उन्हें किताब मिली", "गुटों को सहयोग पाकिस्तान से मिलता है": got, not met; "मिलती-जुलती": alike;
            # "पिता से विरासत में मिले क़र्ज़": got as an inheritance, a prize, a gift (not "सम्मेलन में मिले", an
            # event's noun: met there); "तस्वीरों से बर्बादी के पुख्ता सुबूत मिले हैं": a thing found
            return None
        if (not trig.english and (m.features & {"obligation", "compelled"} or self._duty_future(m))
                and "passive" not in m.features and not any(x.case == "erg" for x in act.args)):  # fmt: skip
            # "अमित शाह को माफ़ी मांगनी पड़ी", "सरकार को बातचीत करनी चाहिए", "उसे ठिकाने नष्ट करने होंगे": who must act stands in
            # the dative; a later को is the act's own object (not in a passive, "दल को अनुमति दी जानी चाहिए":
            # there the dative is who the act is done to)
            datives = [x for x in act.args if x.case == "dat" and x.label in ACTOR_LABELS and x.end <= start
                       and not self.ex.is_city(x.entity_id)]  # fmt: skip
            # (a dative an infinitive of purpose right after it governs is that infinitive's object when another
            # dative follows: "भीड़ को नियंत्रित करने के लिए पुलिस को हवाई फायर करना पड़ा" is the police's fire)
            subj = next((x for x in datives if not _PURPOSE_INFINITIVE.match(text, x.end, start)), None) if len(
                datives) > 1 else None
            subj = subj or next(iter(datives), None)
            if subj is not None:
                subj.case = "erg"
        return act

    def _unnamed_subject(self, lo: int, hi: int, args: list[_Arg], lex: Lexicon) -> _Arg | None:
        """The subject of a clause that an ergative marks and nothing else reads: the last ``W ने`` in
        ``text[lo:hi]`` whose words no name, office, pronoun or generic actor covers (a name the recogniser
        missed, ``... अफजल गुरू ने अपील की``; a crowd, ``भीड़ ने पुतला जलाया``), with up to two words before it
        that join no phrase of their own; ``None`` when there is none or its word names no doer (a
        postposition, a demonstrative, a relative, a question word: ``lang/hi/words.tsv``), or is an act's
        noun (``हमले ने``).

        Args:
            lo: Start of the clause's words before the predicate.
            hi: The predicate's start.
            args: The names the clause already has.
            lex: The sentence's lexicon.

        Returns:
            A new actor in the ergative, its words the phrase, or ``None``.
        """
        text = self.text
        last = next(reversed(list(_ERG_AFTER_WORD.finditer(text, lo, hi))), None)
        if last is None:
            return None
        s, e = last.span(1)
        word = word_key(last.group(1))
        if (_names_no_one(word) or lex.first.get(word)
                or any(x.start < last.end() and s < x.end for x in args)):  # fmt: skip
            return None  # (nor someone's kin: "मोहन के भाई ने", whose owner the rules do not take either)
        s = self._phrase_start(lo, s, args)
        return _Arg(new_entity_id("PERSON", fold(text[s:e])), "PERSON", "erg", s, e, "name")

    def _unnamed_target(self, lo: int, hi: int, args: list[_Arg], trig: Trigger, lex: Lexicon) -> _Arg | None:
        """Whom a Hindi act is against or done to, where only its case shows it: the word right before the last
        case form of "against" in ``text[lo:hi]`` for a charge (``अज्ञात के खिलाफ मुकदमा दर्ज``, ``ट्रक चालक के
        खिलाफ मामला``: cases.tsv), or right before a genitive that ends at the noun of an act done to someone
        (``पहलू खान की हत्या``, ``X की गिरफ्तारी``: ``_PATIENT_GENITIVE`` less an attack, whose genitive is as
        often its doer), or the owner right before the home or keeping of a raid, a seizure or an attack (``X के घर``,
        ``X के पास से``: words.tsv ``home_of``, in the first of the act's target cases among gen, abl, on, loc), or a
        plural of people named by what they do right before the dative of an act whose target
        the dative marks (``बिजलीघर के रखवालों को बंधक बनाया``), that no name, office, pronoun or generic actor covers,
        with up to two words of its phrase before it (as ``_unnamed_subject`` reads them); ``None`` when the clause
        names one there already, or the word names no one (words.tsv) or is an act's noun.

        Args:
            lo: Start of the clause's words before the predicate.
            hi: The predicate's start.
            args: The names the clause already has.
            trig: The predicate.
            lex: The sentence's lexicon.

        Returns:
            A new actor in the case the words give (``against``, ``gen`` or ``dat``), or ``None``.
        """
        text = self.text
        key = (trig.type, trig.mode)
        home = next(reversed(list(_HOME_AFTER_WORD.finditer(text, lo, hi))), None) if key in _HOME_STRUCK else None
        home_case = next((c for c in _HOME_CASES if c in trig.targets), None)
        if trig.type == "ACCUSE":
            case, last = "against", next(reversed(list(_AGAINST_AFTER_WORD.finditer(text, lo, hi))), None)
        elif home is not None and home_case is not None:
            # "पुलिस ने X के घर की तलाशी ली", "व्यापारी के घर डकैती डाली", "X के पास से ... बरामद किए": the owner of
            # a home struck, raided or searched, or the one a thing is taken from (words.tsv home_of)
            case, last = home_case, home
        elif key in _PATIENT_GENITIVE and key != ("ASSAULT", "attack") and "gen" in trig.targets:
            case, last = "gen", _GEN_AT_NOUN.search(text, max(lo, hi - 60), hi)
        elif "dat" in trig.targets:
            # "रखवालों को बंधक बनाया", "सफाईकर्मियों को मौके पर भेजा": a plural of people named by what they do
            # (words.tsv people_plural_end; any other word there is as often the thing acted on: "बयानों को खारिज")
            case, last = "dat", next(reversed(list(_DAT_AFTER_WORD.finditer(text, lo, hi))), None)
            if last is not None and (not last.group(1).endswith(_PEOPLE_PLURAL_END)
                                     or _INFINITIVE_BEFORE.search(text, max(lo, last.start(1) - 30), last.start(1))):
                return None  # (nor a participle's phrase: "हमला करने वालों को गिरफ्तार किया")
        else:
            return None
        if last is None or any(x.case == case and x.end <= hi and x.label in ACTOR_LABELS
                               and not self.ex.is_city(x.entity_id) for x in args):  # fmt: skip
            return None
        s, e = last.span(1)
        word = word_key(last.group(1))
        if (_names_no_one(word) or lex.first.get(word) or word in verb_forms_of("hi", _INFINITIVE)
                or any(x.start < last.end() and s < x.end for x in args)):  # fmt: skip
            return None  # (an oblique infinitive is an act opposed, no one: "बढ़े रेट लेने के खिलाफ रिट दायर की")
        s = self._phrase_start(lo, s, args)
        return _Arg(new_entity_id("PERSON", fold(text[s:e])), "PERSON", case, s, e, "name")

    def _unnamed_conjuncts(self, lo: int, hi: int, args: list[_Arg], lex: Lexicon) -> list[tuple[_Arg, str]]:
        """The other conjunct of a list one of whose members is a person's name the clause reads, where only the
        coordinator shows it (a name the recogniser missed beside one it found): the word right before ``W और NAME``
        (``सबूत न मिलने पर ... भोला और किशन यादव को बरी किया``), with up to two words of its phrase before it (as
        ``_unnamed_subject`` reads them), or the word right before the list's postposition after ``NAME और ...``
        (``सलीम अंसारी तथा उसके मुनीम बिल्लू के खिलाफ``), with the up to two words between, in ``text[lo:hi]``, that no
        name, office, pronoun or generic actor covers and no mention of any kind is, in the case of the name it is
        listed with. None where the word names no one (words.tsv), is an act's or a verb's word, a number or a
        plural in the oblique (a group, which the tables read, or things: ``हथियारों और आतंकियों``), or where a
        genitive owns it (``X के बेटे और Y``: a noun, no name).

        Args:
            lo: Start of the clause's words before the predicate.
            hi: The predicate's start.
            args: The names the clause already has.
            lex: The sentence's lexicon.

        Returns:
            Each new actor, its words the phrase and its case its listed name's, with that name's id.
        """
        text = self.text

        def free(s: int, e: int) -> bool:
            word = word_key(text[s:e])
            return not (_names_no_one(word) or lex.first.get(word) or word in verb_forms_of("hi", _INFINITIVE)
                        or text[s:e].endswith(_PLURAL_OBLIQUE_ENDS) or self.within(s, e)
                        or any(y.start < e and s < y.end for y in args))  # fmt: skip

        out: list[tuple[_Arg, str]] = []
        for x in args:
            if x.label != "PERSON" or x.via != "name" or x.start < lo or x.end > hi:
                continue
            m = _WORD_JOINED_BEFORE.search(text, max(lo, x.start - 60), x.start)
            if m is not None and free(*m.span(1)):
                s, e = m.span(1)
                s = self._phrase_start(lo, s, args)
                if not _GEN_BEFORE_WORD.search(text, max(lo, s - 12), s) and not self.within(s, e):
                    out.append((_Arg(new_entity_id("PERSON", fold(text[s:e])), "PERSON", x.case, s, e, "name"),
                                x.entity_id))  # fmt: skip
            m = _WORD_JOINED_AFTER.match(text, x.end, hi)
            if (m is not None and _CASE_OF.get(re.sub(r"\s+", " ", m.group("pp"))) == x.case
                    and free(*m.span(2)) and all(free(*w.span()) for w in _DEV_WORD.finditer(text, *m.span(1)))):
                s, e = m.start(1) if m.group(1) else m.start(2), m.end(2)
                out.append((_Arg(new_entity_id("PERSON", fold(text[s:e])), "PERSON", x.case, s, e, "name"),
                            x.entity_id))  # fmt: skip
        return out

    def _phrase_start(self, lo: int, s: int, args: list[_Arg]) -> int:
        """The start of a phrase whose last word starts at ``s``: up to two words before it that join no phrase of
        their own (no case marker, relative, number or punctuation between, no name's words).
        """
        text = self.text
        for _ in range(2):
            # (the words of the phrase before it: no case marker, relative, number or punctuation between)
            m = _PHRASE_WORD_BEFORE.search(text, max(lo, s - 40), s)
            if m is None or _names_no_one(word_key(m.group(1))) or any(x.end > m.start() and x.start < s for x in args):
                break
            s = m.start()
        return s

    def _relative_head(self, before: list[_Arg], pos: int) -> _Arg | None:
        """The name a relative pronoun at ``pos`` stands for: the actor right before it (``लोगों, जिन्हें``), or,
        after a copula, the named subject of that clause (``सुनीता एक छात्रा थीं जिन्हें``: Sunita, not "a
        student"), else the noun before the copula (``लोग दलित थे जिन्हें``: the Dalits); ``None`` when
        other words stand between and no object of the main verb is before it.
        """
        text = self.text
        last = next((x for x in reversed(before) if x.end <= pos), None)
        if last is None or last.label not in ACTOR_LABELS or self.ex.is_city(last.entity_id):
            return None
        if re.fullmatch(r"[\s,]*", text[last.end : pos]):
            return last
        if not _COPULA_GAP.fullmatch(text, last.end, pos):
            # (a relative put after the main verb: that verb's object, "उन किसानों को रिहा किया जाए जिन्हें ...")
            return next((x for x in reversed(before) if x.label in ACTOR_LABELS and x.case in ("dat", "obj")
                         and not self.ex.is_city(x.entity_id)), None)  # fmt: skip
        named = next((x for x in before if x is not last and x.via in ("name", "office") and x.case == "nom"
                      and x.label in ACTOR_LABELS and not self.ex.is_city(x.entity_id)
                      and not _CLAUSE_END.search(text, x.end, last.start)), None)  # fmt: skip
        return named or last

    def _envoy_country(self, a: Actor) -> Actor:
        """The country of a summoned envoy named with the country he serves before his office, for the envoy;
        the whole phrase is its words. Any other actor as it is.
        """
        owner = self.holder_country.get(a.start) if a.role == "target" and a.start >= 0 else None
        if owner is None:
            return a
        return Actor(owner, "target", a.start, a.end, owner, "name")

    def _charge_args(self, charge: tuple[int, int], lang: str) -> list[_Arg]:
        """The names of a charge whose content is an act (``X ने Y पर हमला करने का आरोप लगाया``): its
        subject and the first ``पर`` phrase, the accused, before that act; the rest is the act's own.
        """
        self.charge_scope = None
        args = self._args(charge[0], charge[1], lang)
        first = next((x for x in args if x.case == "on" and x.label in ACTOR_LABELS), None)
        return [x for x in args if x.case in ("erg", "nom") or x is first]

    def _arguments_around(self, act: _Act) -> None:
        """The names after an English predicate or a Hindi participle, and which of the names before an
        event noun are its own.
        """
        text, trig, m = self.text, act.trig, act.m
        start, end = m.start, m.end
        sent = act.sent
        if trig.english:
            rel_after = _EN_RELATIVE.search(text, end, sent.end)
            # (a relative clause after the act is another act's: "... over the killing of X, who was shot by Y")
            # (a verb coordinated after this one's object opens a clause of its own: "slammed Pakistan and dismissed
            # its NSA's claims": the NSA is the dismissal's)
            joined = next((t.match.start for t in self.found_here if t.match is not None and t.match is not m
                           and t.match.form not in ("nominal", "inf") and end < t.match.start < sent.end
                           and _EN_AND_BEFORE.search(text, max(end, t.match.start - 20), t.match.start)),
                          sent.end)  # fmt: skip
            after_args = self._args_after(end, min(rel_after.start() if rel_after else sent.end, joined))
            comma = text.find(",", end, sent.end)
            if m.form == "nominal" and comma >= 0 and _EN_ASIDE_NOUN.search(text, max(sent.start, start - 50), start):
                # "During the visit, Rajnath Singh and Marles held talks": the main clause's names are not the noun's
                after_args = [x for x in after_args if x.start < comma]
            if m.form == "nominal" and not (trig.targets & {"from", "abl"}):
                for x in after_args:
                    if x.case == "from":
                        x.case = "by"  # "a swift retaliation from the Indian Army": who did it
            # "condemned the attack by Hamas", "a protest over transgression by Indian soldiers": a "by"
            # after another act's noun names that act's doer, not this predicate's
            # ("killed in an attack by militants": an act of the same kind is told by the same doers)
            nested = [t.match for t in self.found_here if t.match is not None and t.match.form == "nominal"
                      and end <= t.match.start < sent.end and t.type != trig.type]  # fmt: skip
            for x in after_args:
                if x.case == "by" and any(n.end <= x.start and x.start - n.end <= 30 for n in nested):
                    x.case = "act_by"
            topic = _EN_ACT_TOPIC.search(text, max(sent.start, start - 60), start)
            if topic is not None:
                # "India ... lodged a protest over the killing of five soldiers": the act after the preposition is what
                # the protest is about; its doers are written after the preposition, not the clause's subject
                act.args = [x for x in act.args if x.start >= topic.start()]
                act.prev_sources = []
            act.args += after_args
            self._asked_to_act(act)
            self._summoned_for(act)
            self._coordinated_subject(act)
            own = [x.start for x in act.args if m.form == "nominal" and x.case == "gen" and self._possessor(x, start)]
            doer = min((a for a in act.prev_sources if a.start >= 0 and self._label(a.entity_id) == "PERSON"),
                       key=lambda a: a.start, default=None)  # fmt: skip
            for x in act.args:
                if doer is not None and x.via == "pronoun" and x.start in own:
                    # "X met Y ... during his visit": the possessive is the sentence's first doer, not the one met
                    x.entity_id, x.label = doer.entity_id, "PERSON"
            if own:
                # "the ministry said Doval's visit was ...": the possessive opens the noun's phrase, and the names
                # before it are the outer clause's
                act.args = [x for x in act.args if x.start >= min(own)]
                act.prev_sources = []
        elif (m.form == "conj" or (m.form == "ipfv" and not m.features & _FINITE)) and not any(
                x.case == "erg" for x in act.args):  # fmt: skip
            # "X की निंदा करते हुए Y ने कहा": the subject of a participle stands after it (not of a finite
            # verb: "चीन इनकार करता रहा है और अमेरिका ने कहा" is China's denial)
            act.args += [x for x in self._args(end, act.after_end, act.lex.lang) if x.case == "erg"]
        governing = next((t.match for t in self.found_here if trig.english and trig.type != "CONSULT"
                          and t.match is not None and t.match.form != "nominal"
                          and sent.start <= t.match.start and t.match.end <= start
                          and (m.form == "nominal"
                               or (m.form == "stem" and _EN_OBJECT_GAP.fullmatch(text, t.match.end, start)))),
                         None)  # fmt: skip
        if governing is not None:
            # "the ministers condemned the terrorist attack": an English event noun that is the object
            # of another verb is not done by that verb's subject; only what follows it (of, by, on) takes part
            # (and its own possessive: "condemned Pakistan's shelling"). A base form right after the verb, with
            # only its modifiers between, is such a noun too ("condemned Pahalgam attack", a headline's "condemn");
            # a side named in that gap is its doer ("condemned the US attack"), a town only where it happened
            gap = m.form == "stem"
            act.args = [x for x in act.args if x.start >= end or (x.case == "gen" and self._possessor(x, start))
                        or (gap and x.start >= governing.end and x.entity_id not in self.ex.places_of)]  # fmt: skip
            act.prev_sources = []
        if m.form == "nominal" and trig.type != "CONSULT" and any(
                t.match is not None and t.match.start >= end and t.match.form != "nominal"
                and t.match.start < act.after_end for t in self.found_here):  # fmt: skip
            # an event noun whose clause goes on to a verb of its own is not done by that verb's subject
            # ("भारत ने हमले की निंदा की"): only its own modifiers take part (हमास के हमले, भारत पर हमला)
            # ("X की ओर से दी गई धमकी": a doer marked on the noun's own participle is the noun's, as "द्वारा" is)
            act.args = [x for x in act.args
                        if (x.case in ("gen", "on", "between", "com", "abl", "against", "by") and start - x.end <= 40)
                        or x.case == "loc" or (x.case == "erg" and _BEHALF.match(text, x.end)
                                               and start - x.end <= 40)]  # fmt: skip
            # (the genitive of a killing, an arrest or a release is who suffered it: "X की हत्या")
            patient = "gen" in trig.targets and (trig.type, trig.mode) in _PATIENT_GENITIVE
            for x in act.args:
                if (x.case == "gen" and x.label in ACTOR_LABELS and not trig.symmetric and not patient
                        and not self._owns_place(x.entity_id, x.end)):  # fmt: skip
                    # the doer of the act the noun names (not a country that owns the place: "पाकिस्तान के
                    # पेशावर शहर में हुए हमले")
                    x.case = "erg"
        if not trig.english:
            # "X के साथ बातचीत के बाद दोनों पक्षों ने ... दस्तखत किए", "ईरान पर इजरायल के हमलों के बाद
            # भारत ने चिंता जताई": an act told as done before this one (a cue of the lexicon's modality
            # table, "बाद") closes a clause of its own; the names it governs are its, and only the
            # subject before it can be this predicate's
            done = [t.match.end for t in self.found_here if t.match is not None and t.match is not m
                    and act.scope_start <= t.match.start and t.match.end <= start
                    and self._cue(act.lex, "inf_after", t.match.end, 1) == "occurred"]  # fmt: skip
            if done:
                cut = max(done)
                act.args = [x for x in act.args if x.start >= cut or x.case in ("erg", "nom")]
        if (not trig.english and not trig.symmetric and m.light in _HAPPEN_LIGHT and trig.mode != "visit"
                and (trig.type, trig.mode) not in _PATIENT_GENITIVE):  # fmt: skip
            # "किसानों का प्रदर्शन चल रहा है", "छात्रों का धरना हुआ": the genitive right before a noun that happens
            # is its doer (not of a killing or an arrest, whose genitive suffered it; a visit reads its own)
            for x in act.args:
                if (x.case == "gen" and x.label in ACTOR_LABELS and x.end <= start
                        and text[x.end : start].strip() in _GEN_FORMS):  # fmt: skip
                    x.case = "erg"
        if m.light in _BE_LIGHT and not trig.english and not trig.symmetric and _THAT_AFTER.match(text, end):
            # "माओवादियों का आरोप है कि ...", "उनकी मांग है कि ...": whose charge or demand it is acts
            for x in act.args:
                if x.case == "gen" and x.label in ACTOR_LABELS and 0 <= start - x.end <= 25:
                    x.case = "erg"

    def _asked_to_act(self, act: _Act) -> None:
        """"China asked India to withdraw", "urging it to immediately withdraw": the act asked for is done by
        the one asked, the request's object right before its infinitive; the request's subject takes no part.
        """
        m, sent = act.m, act.sent
        if act.trig.type == "REQUEST":
            return
        req = next((t.match for t in reversed(self.found_here) if t.type == "REQUEST" and t.match is not None
                    and t.match.form != "nominal" and sent.start <= t.match.start and t.match.end <= m.start),
                   None)  # fmt: skip
        ctl = _EN_CONTROL.fullmatch(self.text, req.end, m.start) if req is not None else None
        if req is None or ctl is None:
            return
        asked = [x for x in act.args if ctl.start("who") <= x.start and x.end <= ctl.end("who")
                 and x.label in ACTOR_LABELS and not self.ex.is_city(x.entity_id)]  # fmt: skip
        if not asked:
            return
        for x in asked:
            x.case = "nom"
        act.args = [x for x in act.args if x.start >= req.end]
        act.prev_sources = []

    def _participants(self, act: _Act) -> bool:
        """The actors and places of the act: roles from the cases, then the doers a clause leaves
        implicit; ``False`` when a visit turns out to be none.
        """
        text, trig, m = self.text, act.trig, act.m
        start, end = m.start, m.end
        actors, places = self._roles(act.args, trig, start, act.passive)
        if trig.mode == "summon":
            # an envoy summoned is his country summoned (docs/events.md): "बांग्लादेश के डिप्टी हाई कमिश्नर X को"
            actors = [self._envoy_country(a) for a in actors]
        self._charged(act, actors)
        if (not trig.symmetric and (m.form == "nominal" or m.light in _BE_LIGHT)
                and not any(a.role == "source" for a in actors)):  # fmt: skip
            # "इजराइली हवाई हमले", "Pakistani shelling", "अमेरिकी टैरिफ": a demonym before the act's noun is its doer
            dm = re.search((r"([\w" + DEVANAGARI_WORD + r"]+)\s+$"), text[max(0, start - 30) : start])
            cid = self.ex.kb.demonyms.get(fold_word(dm.group(1))) if dm else None
            if dm is not None and cid and cid not in {a.entity_id for a in actors}:
                actors = [Actor(cid, "source", start - len(dm.group(0)), start - len(dm.group(0)) + len(dm.group(1)),
                                cid, "demonym"), *actors]  # fmt: skip
        if trig.type in _GOODS_STRUCK and not trig.english and not any(a.role == "target" for a in actors):
            actors += self._goods_of(actors, act.scope_start, start)
        act.places = [p for p in places if p.start >= act.scope_start and not self._elsewhere(p.end, start, end)]
        if self._called_for(m, act.lex) and not trig.symmetric:
            # "हम ... हिंसा से पीछे हटने का आह्वान करते हैं": who calls for an act is not who is to do it
            actors = [a for a in actors if not (a.role == "source" and a.end <= start)]
        act.actors = self._implicit_sources(act, actors)
        for a in act.actors:
            a.affiliation = self.ex.affiliation(a.entity_id, self.roles, self.date)
        if trig.type == "ASSAULT" and trig.mode == "terror" and m.form == "nominal":
            # a named attack ("आतंकी हमले"), not one this clause says someone carried out
            act.actors = [a for a in act.actors if self._label(a.entity_id) in ("ORG", "AGENT")]
            act.places = [p for p in self._args(max(act.scope_start, start - 60), start, act.lex.lang)
                          if p.case == "loc" and p.label in PLACE_LABELS]  # fmt: skip
        if trig.type == "ASSAULT" and m.form == "nominal" and not act.places:
            # "पहलगाम आतंकी हमले", "the Pahalgam attack": a place compounded with the attack is where it was
            named = next((x for x in self.within(max(0, start - 40), start) if x.label in PLACE_LABELS and x.entity_id
                          and _ADJUNCT.fullmatch(text, x.end, start)), None)  # fmt: skip
            if named is not None and named.entity_id:
                act.places = [_Arg(named.entity_id, named.label, "loc", named.start, named.end)]
        if trig.type == "ASSAULT" and m.form == "nominal" and not act.places and not act.actors:
            # "मुंबई पर हमले के बाद", "संसद भवन पर 13 दिसंबर के आतंकी हमले के बाद": a place struck (a city, a
            # building, not a state, which is a side) named in the attack's own phrase is where it was, so the
            # frame names the act (docs/events.md, "An act named only as a frame of time")
            struck = next((a for a in reversed(act.args) if a.case == "on" and a.label in PLACE_LABELS
                           and a.entity_id and not a.entity_id.startswith("country:")
                           and act.scope_start <= a.start and 0 <= start - a.end <= _STRUCK_GAP
                           and not _STRUCK_BREAK.search(text, a.end, start)), None)  # fmt: skip
            if struck is not None:
                act.places = [_Arg(struck.entity_id, struck.label, "loc", struck.start, struck.end)]
        if self._arms_moved(act):
            return True
        if trig.type == "CONSULT" and trig.mode == "visit":
            return self._visit_parts(act)
        return True

    def _arms_moved(self, act: _Act) -> bool:
        """Whether a Hindi verb of coming or of handing over moves a weapon (a ``WEAPON`` name in its clause
        before it: "राफेल विमान भारत पहुंचे", "X ने राफेल विमान भारत को सौंप दिया"): arms delivered (AID/deliver,
        docs/events.md), not a visit or a return. Sets the act's type and, for a coming, its sides: to the country
        reached, from the one named with से, else the weapon's maker. A coming is no delivery when the weapon is
        waited for ("राफेल के भारत आने का इंतजार"), is a ship or plane the knowledge base does not list, or has an
        owner other than the country reached, in the genitive or a demonym before it ("भारतीय वायुसेना के सी-17
        विमान ... मनीला पहुंचे", "अमेरिकी विमानवाहक पोत ...": its own ship or plane abroad, a carrier or a port call).
        """
        trig, m = act.trig, act.m
        if trig.english or m.entry.pos != "v" or (trig.type, trig.mode) not in _ARMS_CARRIERS:
            return False
        arms = [x for x in self.within(act.scope_start, m.start) if x.label == "WEAPON" and x.entity_id]
        if not arms:
            return False
        deliver = Trigger("AID", "deliver", "070", False, trig.targets, trig.english, m)
        if trig.mode != "visit":
            act.trig = deliver
            return True
        text, weapon = self.text, arms[-1]
        ent = self.ex.kb.entities.get(weapon.entity_id or "")
        if ent is None or (m.form == "inf" and re.match(r"\s+(?:का|की|के)\s", text[m.end : m.end + 6])):
            return False
        place_ids = [x for x in act.args if x.label in PLACE_LABELS and x.start >= weapon.end and x.end <= m.start]
        to = next((self.ex.places_of.get(x.entity_id, x.entity_id) for x in reversed(place_ids)
                   if x.case != "abl"), None)  # fmt: skip
        owners = {self._side(x.entity_id) for x in act.args if x.case == "gen" and x.end <= weapon.start
                  and weapon.start - x.end <= 25 and x.label in ACTOR_LABELS}  # fmt: skip
        owners |= {cid for w in _WORD_BEFORE.finditer(text, max(act.scope_start, weapon.start - 40), weapon.start)
                   if (cid := self.ex.kb.demonyms.get(fold_word(w.group())))}  # fmt: skip
        if any(o != to for o in owners):
            return False
        maker = ent.country or None
        if maker and not maker.startswith("country:"):
            maker = f"country:{maker}"
        frm = next((x.entity_id for x in act.args if x.case == "abl" and x.entity_id.startswith("country:")
                    and act.scope_start <= x.start < m.start), maker)  # fmt: skip
        actors = []
        if frm and frm != to:
            actors.append(Actor(frm, "source", -1, -1, frm, "implicit"))
        if to and to.startswith("country:"):
            actors.append(Actor(to, "target", -1, -1, to, "implicit"))
        if not actors:
            return False
        act.trig, act.actors = deliver, actors
        return True

    def _goods_of(self, actors: list[Actor], lo: int, start: int) -> list[Actor]:
        """"भारतीय वस्तुओं पर टैरिफ लगाया", "रूसी तेल पर प्रतिबंध": a demonym before the noun of a measure's पर phrase
        (a word or two between) names the country the measure strikes, when no name is its target.
        """
        sides = {self._side(a.entity_id) for a in actors if a.role == "source"}
        for om in reversed(list(_ON_WORD.finditer(self.text, lo, start))):
            if _CLAUSE_BREAK.search(self.text, om.end(), start):
                return []
            words = list(_WORD_BEFORE.finditer(self.text, max(lo, om.start() - 40), om.start()))[-3:-1]
            for w in words:
                cid = self.ex.kb.demonyms.get(fold_word(w.group()))
                if cid and cid not in sides and not self.within(w.end(), om.start()):
                    return [Actor(cid, "target", w.start(), w.end(), cid, "demonym")]
            return []
        return []

    def _charged(self, act: _Act, actors: list[Actor]) -> None:
        """"X ने आरोप लगाया कि Y ने ...", "X का आरोप है कि सरकार ...": who a charge is against is the
        subject of what it charges; "X ने मांग की कि सरकार ...": who a demand is made of, the subject of what it
        asks to be done.
        """
        trig, text = act.trig, self.text
        that = _THAT_AFTER.match(text, act.m.end) if trig.type in _CHARGED_TYPES and not trig.english else None
        if that is None or any(a.role == "target" for a in actors):
            return
        own = {a.entity_id for a in actors}
        cands = [x for x in self._args(that.end(), act.after_end, act.lex.lang) if x.case in ("erg", "nom")
                 and x.label in ACTOR_LABELS and x.entity_id not in own
                 and not self.ex.is_city(x.entity_id)]  # fmt: skip
        # the ergative if there is one, else the first subject that is not a name cut short of its
        # genitive ("हरदीप सिंह [निज्जर की] हत्या के पीछे भारत सरकार": the government)
        subj = next((x for x in cands if x.case == "erg"), None) or next(
            (x for x in cands if not _CUT_GENITIVE.match(text, x.end)), None)  # fmt: skip
        if subj is not None:
            actors.append(Actor(subj.entity_id, "target", subj.start, subj.end, None, subj.via))

    def _implicit_sources(self, act: _Act, actors: list[Actor]) -> list[Actor]:
        """Doers the clause does not name: a court for a sentence, the last one acting for a passive,
        the home country for an envoy summoned, the previous predicate's subject.
        """
        trig, passive = act.trig, act.passive
        usual = self._usual_doer(act, "only") if passive and not any(a.role == "source" for a in actors) else None
        if usual is not None:
            actors = [usual, *actors]
        if passive and not any(a.role == "source" for a in actors) and trig.mode == "host":
            actors = self._home_source(actors)  # "अमेरिका के रक्षामंत्री का स्वागत किया गया": the host is home
            abroad = self.ex.affiliation(self.dateline.entity_id, self.roles, self.date) if (
                self.dateline and self.dateline.entity_id) else None  # fmt: skip
            if (abroad and abroad != self.ex.home and not any(a.role == "source" for a in actors)
                    and any(a.role == "target" for a in actors)):  # fmt: skip
                # "Rajnath Singh was accorded a ceremonial welcome", reported from Canberra: a guest from home is
                # welcomed by the country the report comes from
                actors = [Actor(abroad, "source", -1, -1, abroad, "dateline"), *actors]
        # (never one who is acted on here: the guest who arrived in the sentence before is not his own host)
        carried = [e for e in self.last_sources if e not in {a.entity_id for a in actors}]
        # (a crowd that acted last does not go on to arrest, deploy or agree in the passive: "किसानों ने नारेबाजी की।
        # ... दिल्ली में सुरक्षा बढ़ा दी गई है" is the authorities' act)
        by = [e for e in carried if trig.type == "PROTEST" or _sector(e) not in _CROWD_SECTORS]
        if trig.type in _FORCE_TYPES and self.last_source_mode in _JUDGING_MODES:
            # "कई देशों ने इस कार्रवाई की निंदा की है। ... दर्जनों लोग मारे गए हैं": who
            # criticised or condemned spoke of another's deeds; the killing or arrest told next is no act of
            # theirs (session 47)
            by = []
        if (passive and not any(a.role == "source" for a in actors) and by and self.sentences_since_source <= 1
                and "past" not in act.m.features and not act.relative
                and not self._asked_of_another(act)):  # fmt: skip
            # "भारत ने ...। ... को निष्कासित किया गया": the agent of a passive is the last one acting (not of
            # one told in the past, "हत्या कर दी गई थी": what was done before the report is no one's next act; nor
            # what a request asks to be done, "X ने गुहार लगाई कि Y को तलब किया जाए": asked of another, session 35)
            actors = [Actor(e, "source", -1, -1, None, "carried") for e in self._for_their_body(act, by)] + actors
        if passive and not any(a.role == "source" for a in actors) and trig.mode in _HOST_ACTS:
            actors = self._home_source(actors, act.args)
        if passive and not any(a.role == "source" for a in actors):
            # "X को गिरफ्तार किया गया", no one acting just before: the police, added after the precision model
            # chose the events (a guessed doer is no evidence that the act happened)
            act.usual = self._usual_doer(act, "else")
        prev_sources = act.prev_sources
        if (prev_sources and not trig.english and trig.type in _FORCE_TYPES
                and all(act.sent.start <= a.start for a in prev_sources) and _SAID_THAT.search(
                    self.text, max(a.end for a in prev_sources), act.m.start)):  # fmt: skip
            # "X ने आरोप लगाया है कि Y की हत्या के पीछे ...": who says or charges something is no doer of the deed
            # he reports (docs/events.md); the reported deed keeps the doers its own clause names
            prev_sources = []
        if (not any(a.role in ("source", "participant") for a in actors) and prev_sources and trig.mode != "visit"
                and not passive):  # fmt: skip
            actors = self._shared_subject(prev_sources, trig) + actors
        if not any(a.role in ("source", "participant") for a in actors) and carried and self._same_scene_subject(act):
            # "उसने पहले किसी और की पेंटिंग दे दी। फिर माफी मांगी।": a finite verb with no subject of its own
            # goes on telling what the subject of the sentence before did
            actors = [Actor(e, "source", -1, -1, None, "carried") for e in self._for_their_body(act, carried)] + actors
        actors = self._talks_with_one_named(act, actors)
        return self._listed_apart(actors, _dedupe_sides(actors))

    def _for_their_body(self, act: _Act, doers: list[str]) -> list[str]:
        """Doers carried to an act told in reported words (``X ने कहा कि ... हवाई हमले किए गए``): a spokesperson
        who reports it is not its doer; the body he speaks for is (none where the article names no body).
        """
        if not _SAID_THAT.search(self.text, act.sent.start, act.m.start):
            return doers
        out: list[str] = []
        for e in doers:
            body = self._speaks_for(e)
            pick = e if body is None else body
            if pick and pick not in out:
                out.append(pick)
        return out

    def _talks_with_one_named(self, act: _Act, actors: list[Actor]) -> list[Actor]:
        """Talks whose only named side is the one met ("साथ ही ईरान के राष्ट्रपति से भी वार्ता की"): the
        subject Hindi dropped is the doer told just before, the subject of the sentence's earlier predicate
        (less the one it met) or the ergative subject of the sentence before; it is the other side.
        Not when the clause has an ergative of its own (a doer no table knows), nor for a bare noun (``X के
        साथ मीटिंग में, Y ने कहा``: its subject may follow it), nor in English.
        """
        trig, m = act.trig, act.m
        if trig.english or not trig.symmetric or trig.type != "CONSULT" or not actors or m.form == "nominal":
            return actors
        met = {(x.start, x.end) for x in act.args if x.case in _PARTNER_CASES}
        if not all(a.start >= 0 and (a.start, a.end) in met for a in actors):
            return actors
        if _ERGATIVE.search(self.text, act.scope_start, m.start):
            return actors
        ids = {a.entity_id for a in actors}
        partners = self._partners(act.prev_sources)
        doers = [Actor(a.entity_id, "participant", a.start, a.end, a.affiliation, a.via)
                 for a in act.prev_sources if id(a) not in partners and a.entity_id not in ids]  # fmt: skip
        if (not doers and self.sentences_since_source <= 1 and act.scope_start == act.sent.start
                and not _ERGATIVE.search(self.text, act.sent.start, m.start)):  # fmt: skip
            # (only for a clause that opens its sentence: in "कलेक्टर ने कहा कि मुख्यमंत्री ... से मुलाकात करेंगे"
            # the one who meets is no one acting in the sentence before)
            doers = [Actor(e, "participant", -1, -1, None, "carried") for e in self.last_sources if e not in ids]
        return doers + actors

    def _partners(self, prev: list[Actor]) -> set[int]:
        """Ids of the actors of a predicate before that were the ones met or called (their name in the
        comitative or the ablative), not its subject.
        """
        text = self.text
        return {id(a) for a in prev if a.role == "participant" and a.start >= 0
                and self._case(a.end, min(len(text), a.end + 40), a.start) in _PARTNER_CASES}  # fmt: skip

    def _shared_subject(self, prev: list[Actor], trig: Trigger) -> list[Actor]:
        """The doers a verb with no subject of its own takes from the predicate before it in its
        sentence. After a meeting or a call ("X ने Y से बात की और हमले की निंदा की") only the subject
        goes on to a one-sided act, as its source: the one met or called (its name in the comitative
        or the ablative) is not its doer. A further talk ("... से मिले और चर्चा की") keeps both sides.
        """
        if trig.symmetric:
            return [Actor(a.entity_id, a.role, a.start, a.end, a.affiliation, a.via) for a in prev]
        partners = self._partners(prev)
        if not partners or len(partners) == len(prev):
            return [Actor(a.entity_id, a.role, a.start, a.end, a.affiliation, a.via) for a in prev]
        return [Actor(a.entity_id, "source", a.start, a.end, a.affiliation, a.via)
                for a in prev if id(a) not in partners]  # fmt: skip

    def _asked_of_another(self, act: _Act) -> bool:
        """Whether a predicate stands in what a request asks to be done ("X ने गुहार लगाई कि जमानत रद्द की जाए और
        Y को तलब किया जाए"): the complement of a request, this clause or an earlier conjunct of it in the sentence.
        """
        if act.complement_of == "request":
            return True
        cuts = list(_SAID_THAT.finditer(self.text, act.sent.start, act.scope_start))
        return bool(cuts) and self._complement_head(cuts[-1].start(), act.sent.start) == "request"

    def add_usual_doers(self, events: list[Event]) -> None:
        """The usual doer of each chosen event told in the passive with no doer named, where merging gave
        it none (``lang/<code>/passive_doers.tsv``, rank ``else``).
        """
        for ev in events:
            usual = self.usual.get(id(ev))
            if usual is not None and not any(a.role == "source" for a in ev.actors):
                ev.actors.insert(0, replace(usual))

    def place_usual_doers(self, events: list[Event]) -> None:
        """A usual doer the clause gave no country (``सईद को गिरफ्तार किया गया``, no place in its words, no
        dateline) takes the country of the place the event was finally given: the police who arrest, the court
        that sentences, are of the country the act happened in (docs/events.md, session 47). Run after places
        are carried and chosen; a doer whose country is known already, or an event with no place, keeps it.
        """
        for ev in events:
            if not ev.place:
                continue
            country = ev.place if ev.place.startswith("country:") else self.ex.places_of.get(ev.place)
            if not country or not country.startswith("country:"):
                continue
            ev.actors = [replace(a, entity_id=f"{a.entity_id}:{country.split(':', 1)[1]}", affiliation=country)
                         if a.via == "usual" and a.entity_id.startswith("agent:") and a.entity_id.count(":") == 1
                         else a for a in ev.actors]  # fmt: skip

    def _usual_doer(self, act: _Act, rank: str) -> Actor | None:
        """The generic actor that usually does an act told in the passive with no doer (a court sentences,
        the police arrest: ``lang/<code>/passive_doers.tsv``, rows of ``rank``), of the country of the
        place the clause names, else of the dateline's place; ``None`` for an act with no usual doer.
        """
        doers = self.ex.passive_doers.get(act.lex.lang, {})
        key = (act.trig.type, act.trig.mode)
        sector, of_rank = doers.get((*key, act.m.entry.pred)) or doers.get(key, ("", ""))
        if not sector or of_rank != rank:
            return None
        where = [p.entity_id for p in act.places if p.entity_id]
        if self.dateline is not None and self.dateline.entity_id:
            where.append(self.dateline.entity_id)
        country = next((c for eid in where if (c := eid if eid.startswith("country:") else self.ex.places_of.get(eid))),
                       None)  # fmt: skip
        eid = f"agent:{sector}" + (f":{country.split(':', 1)[1]}" if country else "")
        return Actor(eid, "source", -1, -1, country, "usual")

    def _same_scene_subject(self, act: _Act) -> bool:
        """Whether an active finite verb that opens its sentence with no subject at all may take the
        subject of the sentence before: that sentence is in the same paragraph, is no one's statement
        (its ergative would be the speaker), and this one is not inside quoted words.
        """
        m, sent = act.m, act.sent
        # only a perfective verb that takes ने: without ने its clause has dropped its subject, where a
        # present tense's bare subject ("अल कायदा ... हमला करता रहा है") may be a noun no table names
        if (act.trig.english or act.passive or act.trig.symmetric or act.trig.mode == "visit"
                or not self.last_sources or self.sentences_since_source != 1 or act.scope_start != sent.start
                or m.form != "pfv" or m.light not in _ERGATIVE_LIGHT or _ERGATIVE.search(self.text, sent.start, m.start)
                or any(x.case in ("erg", "nom") for x in act.args)):  # fmt: skip
            return False
        at = bisect_right(self.sentence_starts, sent.start) - 1
        if at < 1:
            return False
        before = self.text[self.sentence_starts[at - 1] : sent.start]
        if "\n" in before or _SAID_THAT.search(before) or _QUOTE_OPEN.search(before):
            return False
        return not _QUOTE_OPEN.search(self.text, sent.start, m.start)

    def _home_source(self, actors: list[Actor], args: list[_Arg] | None = None) -> list[Actor]:
        """"पाकिस्तान के उच्चायुक्त को तलब किया गया": a foreign envoy is summoned or expelled, a foreign
        guest welcomed, by the country the report is written in (the home country, ``config.home_country``),
        unless the clause names the country the envoy serves in ("रूस में अमरीका के राजदूत को तलब किया
        गया": Russia summons).
        """
        sides = {self.ex.affiliation(a.entity_id, self.roles, self.date) for a in actors if a.role == "target"}
        posted = next((x.entity_id for x in args or [] if x.case == "loc" and x.entity_id.startswith("country:")
                       and x.entity_id not in sides), None)  # fmt: skip
        if posted is not None and sides - {None}:
            return [Actor(posted, "source", -1, -1, posted, "implicit"), *actors]
        foreign = [a for a in actors if a.role == "target"
                   and (self.ex.affiliation(a.entity_id, self.roles, self.date) or self.ex.home) != self.ex.home]
        return [Actor(self.ex.home, "source", -1, -1, self.ex.home, "home"), *actors] if foreign else actors

    def _visit_parts(self, act: _Act) -> bool:
        """A visit's destination and visitor where Hindi word order puts them after the noun or the
        participle; ``False`` for a motion verb that is no visit.
        """
        text, trig, m = self.text, act.trig, act.m
        start, end = m.start, m.end
        actors = act.actors
        if not trig.english and not any(a.role == "destination" for a in actors):
            # "<यात्रा/दौरे> पर भारत आ रहे हैं", "... पर रूस में हैं": where to stands after the noun
            for x in self._args(end, min(act.after_end, end + 40), act.lex.lang):
                if (x.label in PLACE_LABELS and x.via == "name"
                        and re.fullmatch(r"\s*(?:पर|के\s+लिए)\s*", text[end : x.start])):  # fmt: skip
                    actors.append(Actor(x.entity_id, "destination", x.start, x.end, None, x.via))
                    break
        if not trig.english and not any(a.role in ("source", "participant")
                                        and self._label(a.entity_id) not in PLACE_LABELS for a in actors):  # fmt: skip
            # "बुधवार को वॉशिंगटन पहुंचे राजनाथ सिंह ...": the participle before its subject, its office and
            # titles between them ("पहुंचे विदेश मंत्री एस जयशंकर ने"), or the office alone ("पहुंचे चीनी
            # प्रधानमंत्री को"), in whatever case the clause gives the one it qualifies
            who = next((x for x in self._args(end, min(act.after_end, end + 60), act.lex.lang)
                        if (x.label == "PERSON" or x.via == "office") and x.label in ACTOR_LABELS
                        and (x.case in ("nom", "erg") or (m.form == "pfv" and x.case in ("dat", "gen")))
                        and (re.fullmatch(r"\s*", text[end : x.start])
                             or (x.label == "PERSON" and _OFFICE_BEFORE_NAME.fullmatch(text, end, x.start)))),
                       None)  # fmt: skip
            if who is not None:
                actors.append(Actor(who.entity_id, "source", who.start, who.end, None, who.via))
        if not trig.english and m.entry.pos != "v" and not self._copula_after_noun(m) and not any(
                a.role in ("source", "participant") and self._label(a.entity_id) not in PLACE_LABELS for a in actors):
            # "प्रचंड की यात्रा के दौरान", "शी चिनफिंग के भारत दौरे": a person in the genitive of a visit's noun is
            # who travels (a place there is where to); not the visit a copula describes ("यह X की पहली Y यात्रा है",
            # told where it was made)
            who = next((x for x in reversed(act.args) if x.case == "gen" and x.label == "PERSON" and x.end <= start
                        and start - x.end <= 40 and not _CLAUSE_END.search(text, x.end, start)
                        and not any(y.start >= x.end and y.end <= start and y.label not in PLACE_LABELS
                                    for y in act.args)), None)  # fmt: skip
            if who is not None:
                actors = [a for a in actors if (a.start, a.end) != (who.start, who.end)]
                actors.append(Actor(who.entity_id, "source", who.start, who.end, None, who.via))
        act.actors, act.places = self._visit(actors, act.places, act.args, act.prev_sources, start,
                                             m.entry.pos != "v")  # fmt: skip
        if not act.actors:
            return False
        if m.entry.pos == "v" and not any(a.role == "target" for a in act.actors):
            # "गए", "पहुंचे" are a visit only with where to ("दुशांबे पहुंचे"), not "बताया जा रहा है";
            # without it the verb is no predicate of this coder at all ("चली आ रही"): it claims no date
            self.not_predicates.add(id(trig))
            return False
        if m.entry.pos == "v" and m.form == "inf" and re.match(r"\s+(?:का|की)\s", text[end : end + 6]):
            return False  # "भारत आने का न्योता", "जाने की योजना": a visit someone else's act is about
        # farmers reaching a border, results "coming", the police leaving for a scene: a motion verb (or a conjunct of
        # motion, ``motion_conjunct`` of ``words.tsv``), not a visit
        if ((m.entry.pos == "v" or word_key(m.entry.pred) in _MOTION_CONJUNCTS)
                and not any(self._visitor(a) for a in act.actors if a.role == "source")):  # fmt: skip
            return False
        # a player, a singer, a neighbour gone abroad: a bare motion verb is a visit of someone who acts for a
        # country or a body; a name the knowledge base lacks, with no office that ties it to one, travels privately
        return not (not trig.english and m.entry.pos == "v" and all(
            a.entity_id.startswith("new:person:") and a.via != "office"
            and not self.ex.affiliation(a.entity_id, self.roles, self.date)
            for a in act.actors if a.role == "source") and any(a.role == "source" for a in act.actors))

    def _strike_abroad(self, act: _Act) -> bool:
        """Whether an operation is done by a country's army, navy or air force (every source) at a place of
        another country (a country, or a place the knowledge base puts in one) in its clause.
        """
        sources = [a.entity_id for a in act.actors if a.role == "source"]
        if not sources or not all(_ARMED_BODY.match(e) for e in sources):
            return False
        home = {self._side(e) for e in sources}
        abroad = {self._side(p.entity_id) for p in act.places} - home
        return any(c.startswith("country:") for c in abroad)

    def _talks_invited(self, act: _Act) -> bool:
        """Whether the invitation is to talks: a genitive right before its noun (or before its fronted verb:
        "बातचीत का दिया निमंत्रण") whose noun is one of the lexicon's talks (CONSULT discuss or meet).
        """
        m = act.m
        if word_key(self.text[m.start : m.head_end].split()[-1] if m.head_end > m.start else "") in _HOST_NOUNS:
            return False  # "शिखर सम्मेलन की मेजबानी चीन ने की": hosting the talks, no invitation to them
        at = min(m.start, m.fronted_at) if m.fronted_at >= 0 else m.start
        words = [word_key(w) for w in self.text[max(0, at - 40) : at].split()]
        if len(words) < 2 or words[-1] not in _GENITIVE_KEYS:
            return False
        return any(not seq.rest and seq.entry.type == "CONSULT" and seq.entry.mode in ("discuss", "meet")
                   for seq in act.lex.first.get(words[-2], ()))  # fmt: skip

    def _sharp_retort(self, act: _Act) -> bool:
        """Whether a reply is a state's sharp one in words: a word of ``sharp_reply`` (words.tsv) right before
        its noun, and a source that is a country, a government or diplomatic body, an organisation or a person.
        """
        before = self.text[max(0, act.m.start - 12) : act.m.start].split()
        if not before or word_key(before[-1]) not in _SHARP_REPLY:
            return False
        sources = [a.entity_id for a in act.actors if a.role == "source"]
        return bool(sources) and all(e.split(":")[0] in ("country", "org", "person")
                                     or _sector(e) in ("gov", "dip") for e in sources)  # fmt: skip

    def _frame_holds(self, act: _Act) -> bool:
        """Whether the act has the actors its predicate needs (a visit was checked on its own)."""
        trig, m, actors = act.trig, act.m, act.actors
        if trig.type == "CONSULT" and trig.mode == "visit":
            return True
        if trig.symmetric and actors and all(_FIRST_PERSON.fullmatch(self.text, a.start, a.end) for a in actors):
            # 'X ने कहा, “हमने ... विचार-विमर्श किया”': the quoted "we" is one side and its partner, unnamed;
            # a meeting with one side would be taken for any later meeting of the speaker
            return False
        if m.entry.mood == "armed" and not any(a.role == "source" and _armed(a.entity_id) for a in actors):
            # "मंत्री ने सवाल का जवाब दिया" is an answer; "भारतीय सेना ने इसका करारा जवाब दिया" is fire returned
            if not self._sharp_retort(act):
                return False
            # "विदेश मंत्रालय ने इस पर करारा जवाब दिया": a state's sharp reply in words rejects what it answers
            act.trig = Trigger("REJECT", "reject", "120", False, trig.targets, trig.english, m)
        if not actors and "neg" in m.features:
            # "किसी भी खतरे पर समझौता नहीं किया जाएगा": an act denied with no one who does or takes part in
            # it is a stance (here "no compromise"), not an event
            return False
        if not actors and ((not act.places and m.form == "nominal") or (trig.type not in _ACTORLESS and not act.passive)
                           or (trig.type, trig.mode) in _NEEDS_ACTORS):  # fmt: skip
            return self._unnamed_doer(act) or self._happening_at(act) or self._operation_told(act)
        if (not actors and self._usual_passive(act)) or self._object_unnamed(act):
            return True
        if (((m.entry.pos == "v" and not trig.english and trig.targets and m.form != "nominal"
              and " " not in m.entry.pred and trig.type not in _THING_OBJECT) or m.entry.required)
                and not any(a.role in ("target", "participant") and a.via != "carried" for a in actors)):  # fmt: skip
            # a simple verb is ambiguous without its frame: "मिली" (met / was received) needs "से"
            return False
        # nor is "X और Y के बीच तल्खियां देखने को मिलीं" a meeting: the frame's own case is needed
        return not (m.entry.pos == "v" and not trig.english and trig.targets and m.form != "nominal"
                    and " " not in m.entry.pred and trig.type not in _THING_OBJECT
                    and not any(a.role == "target" and a.via != "carried" for a in actors))  # fmt: skip

    def _object_unnamed(self, act: _Act) -> bool:
        """Whether a Hindi active perfective of striking, arresting or stopping (``_OBJECT_STRUCK``) with its
        doer named in the ergative has its object in the dative before it, a noun no table knows
        (``राज्य पुलिस ने ... एक जासूस को पकड़ा है``, ``पुलिस ने ... मार्च को रोक दिया``): the case frame the simple
        verb needs is there, only its name is unknown. Only in the report's own words: not inside what someone
        is said to have said (``उन्होंने कहा कि ...``, ``प्रमुख का बयान, जवानों ने ... को खदेड़ा``: ``_SAID_NOUN_OPENS``),
        nor one denied, to come, or merely possible.
        """
        m, trig = act.m, act.trig
        if (trig.english or act.passive or trig.type not in _OBJECT_STRUCK or m.form not in ("pfv", "stem")
                or _SAID_THAT.search(self.text, act.sent.start, m.start)
                or _SAID_NOUN_OPENS.search(self.text, act.sent.start, m.start)
                or m.features & {"neg", "future", "obligation", "compelled", "progressive", "modal", "able"}
                or any(a.role in ("target", "participant") for a in act.actors)):  # fmt: skip
            return False
        ends = {a.end for a in act.actors if a.role == "source" and a.via != "carried"
                and act.scope_start <= a.start and a.end <= m.start}  # fmt: skip
        doer = max((e.end() for e in _ERGATIVE.finditer(self.text, act.scope_start, m.start)
                    if any(not self.text[x : e.start()].strip() for x in ends if x <= e.start())), default=-1)
        return doer >= 0 and bool(_RECEIVED.search(self.text, doer, m.start)) and not _CLAUSE_END.search(
            self.text, doer, m.start)

    def _usual_passive(self, act: _Act) -> bool:
        """Whether a Hindi act told in the passive with no actor found at all still states an act: its
        verb has a usual doer (``passive_doers.tsv``: the police arrest, raid and run operations) and
        ends its clause as a finite verb told done (``... जिले में पकड़े गए।``, ``जिन्हें ... पकड़ा गया
        था``), so the one it was done to stands before it even where no table knows him, and the usual
        doer is its source (docs/events.md: an arrest told in the passive is the police's). Not a
        participle before a noun (``पकड़े गए लोगों``: who was arrested, told already), nor one denied,
        to come, possible, asked for or going on (``पकड़ा न जा सका``, ``रोका जाए``).
        """
        m = act.m
        return bool(not act.trig.english and act.passive and act.usual is not None and not m.prenominal
                    and m.form in ("pfv", "stem")
                    and not m.features & {"neg", "future", "obligation", "compelled", "progressive", "modal",
                                          "able", "passive_subj", "passive_inf", "intent", "prospective"}
                    and _CLAUSE_ENDS.match(self.text, m.end))  # fmt: skip

    def _unnamed_doer(self, act: _Act) -> bool:
        """Whether an act with no actor found still states an act: a Hindi perfective in the active whose
        own clause has its ergative subject before it (``<a name no table knows> ने ... ठुकरा दिया``). The
        ergative marks a doer the sentence names, one the entity stage did not know; the act is told as done
        by someone, and is kept without actors rather than lost. Not for an act that needs its parties to
        be one at all (aid, a release: ``_NEEDS_ACTORS``), a denied one, or a symmetric one (a meeting of
        one side is no meeting).
        """
        trig, m = act.trig, act.m
        # a simple verb whose frame is its meaning ("पैसे मांगे", "मिली") says nothing without that frame, and
        # an entry that requires its target keeps requiring it
        if m.entry.required or (m.entry.pos == "v" and trig.targets and " " not in m.entry.pred
                                and trig.type not in _THING_OBJECT):  # fmt: skip
            return False
        # a perfective, or a verb and its vector told done ("ठुकरा दिया", "रद्द कर दिया है"): what takes ने
        if (trig.english or act.passive or trig.symmetric or m.form not in ("pfv", "stem")
                or m.features & {"neg", "future", "progressive", "obligation", "compelled"}
                or (trig.type, trig.mode) in _NEEDS_ACTORS):  # fmt: skip
            return False
        # the ergative of this clause: after where the clause starts, before the predicate, and not inside
        # quoted words that open after it
        erg = list(_ERGATIVE.finditer(self.text, act.scope_start, m.start))
        return bool(erg) and not _QUOTE_OPEN.search(self.text, erg[-1].end(), m.start)

    def _operation_told(self, act: _Act) -> bool:
        """Whether a Hindi operation of relief or rescue with no actor found is still told as a happening: its
        entry's noun ends in an operation's head (``operation_head`` of ``words.tsv``: ``बचाव कार्य``, ``रेस्क्यू
        ऑपरेशन``, ``राहत अभियान``) and its light verb tells it run, begun or completed (``बचाव कार्य
        शुरू किया गया``, ``रेस्क्यू ऑपरेशन चलाया गया``, ``राहत अभियान पूरा हुआ``). Unlike aid handed from one side to
        another (``_NEEDS_ACTORS``), such an operation is the happening itself whoever runs it (the doers are often
        teams no table knows). Not a bare mention of the noun, nor one denied, asked for or merely possible, nor a
        participle before a noun (``राहत कार्यों में लगे जवानों की तारीफ की``: who the soldiers are, the act told
        is the praise): the verb group ends its clause (the sentence, a comma or a conjunction after it).
        """
        m = act.m
        words = m.entry.pred.split()
        after = m.end + len(self.text[m.end : m.end + 20]) - len(self.text[m.end : m.end + 20].lstrip())
        return bool(not act.trig.english and act.trig.type == "AID" and m.form != "nominal" and m.light is not None
                    and len(words) > 1
                    and word_key(words[-1]) in _OPERATION_HEAD
                    and not m.features & {"neg", "obligation", "compelled", "modal", "able", "intent"}
                    and (_CLAUSE_ENDS.match(self.text, m.end) or _CLAUSE_BREAK.match(self.text, after)))  # fmt: skip

    def _happening_at(self, act: _Act) -> bool:
        """Whether a Hindi event noun with no actor found is still told as a happening: the subject of
        "to happen" or "to go on" (``बैठक हुई``, ``समिट चल रही है``) or after the participle that says it
        took place (``हुई बैठक``), at a place its clause names. A meeting or a rally that takes place
        somewhere is an event even when its sides are not named (one to come, ``बैठक होगी``, is kept as
        planned, as the gold codes plans); a bare mention of one is not. A place the entity stage does not
        know counts when the participle says where (``होटल में हुए समझौते``, ``चौक पर हुई रैली``:
        ``_held_somewhere``).
        """
        trig, m = act.trig, act.m
        return bool(not trig.english and (act.places or self._held_somewhere(act) or self._told_happened(act))
                    and trig.mode not in ("visit", "phone", "host")
                    and (m.light in _HAPPEN_LIGHT or (m.prenominal and "occurred" in m.features))
                    and not m.features & {"neg", "obligation", "compelled"}
                    and (trig.type, trig.mode) not in _NEEDS_ACTORS)  # fmt: skip

    def _told_happened(self, act: _Act) -> bool:
        """Whether a Hindi event noun with no actor and no place is told as having taken place, not merely
        named: after the participle that says it took place (``देर रात हुई बैठक``, ``दी गई धमकी``; session 37,
        issue #15). Not a state going on (``चल रहे व्यापार``, ``हो रहे अत्याचार``: ``happen_ongoing`` of
        ``words.tsv``), a happening dated by a time or placed by who presided (``साल 2012 में हुए दंगे``,
        ``अध्यक्षता में हुई बैठक``: ``happen_not_where``), one a demonstrative points back to (``हुए इस
        समझौते``: told already), nor one said of anyone (``किसी एक देश पर हुए हमले``: ``indefinite``).
        The subject of "to happen" (``बैठक हुई``) still needs its place or its sides (kept without them,
        it cost the seeds and the check sets' precision), as does one to come or a bare mention.
        """
        m = act.m
        if not (m.prenominal and "occurred" in m.features) or m.features & {"future", "neg", "obligation", "compelled"}:
            return False
        found = list(TOKEN_RE.finditer(self.text, max(act.scope_start, m.start - 80), m.start))
        toks = [word_key(t.group()) for t in found]
        parts = act.lex.participles
        for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
            if parts.get(toks[k]) != "occurred":
                continue
            # "चल रहे व्यापार", "चल रहे मुकदमे": a state going on, not an act told as done (``happen_ongoing``)
            # ("सोमवार को हुए इस समझौते"): a demonstrative points back to an act told already, no new one
            # ("किसी एक देश पर हुए हमले"): one said of anyone is supposed, not told (``indefinite``)
            if (any(t in _HAPPEN_ONGOING for t in toks[max(0, k - 1) : k + 2])
                    or any(t in _DEMONSTRATIVE_WORDS for t in toks[k + 1 :])
                    or any(t in _INDEFINITE for t in toks[max(0, k - 6) : k])):  # fmt: skip
                return False
            j = k - 1
            while j >= 0 and toks[j] in _HAPPEN_AUX:
                j -= 1
            # nor after a time or who presides ("साल 2012 में हुए दंगे", "अध्यक्षता में हुई बैठक": ``happen_not_where``)
            return not (j >= 1 and toks[j] in _HAPPEN_WHERE
                        and (toks[j - 1].isdigit() or toks[j - 1] in _HAPPEN_NOT_WHERE))
        return False

    def _held_somewhere(self, act: _Act) -> bool:
        """Whether a Hindi event noun's "took place" participle follows a locative postposition
        (``happen_where`` of ``words.tsv``: ``अस्पताल में हुए हमले``, ``चौक पर हुई रैली``, ``कंपनियों से`` is not one),
        an auxiliary (``happen_aux``) allowed between (``बाज़ार में हो रही हड़ताल``): the event is told as held
        somewhere, a place no table may know, not merely named; not after a time or who presides
        (``happen_not_where``: ``साल 2012 में हुए दंगे``, ``अध्यक्षता में हुई बैठक``), nor the postposition of the act's
        own target (``किसी देश पर हुए हमले``: who is struck, not where). At most two words (``इस``,
        an adjective) stand between the participle and the noun, as ``Lexicon`` reads the participle.
        Where it is, the noun's start is recorded (``held_at``) and a place named in the genitive before the
        venue becomes the act's place.
        """
        m = act.m
        if not (m.prenominal and "occurred" in m.features):
            return False
        parts = act.lex.participles
        found = list(TOKEN_RE.finditer(self.text, max(act.scope_start, m.start - 80), m.start))
        words = [t.group() for t in found]
        toks = [word_key(w) for w in words]
        for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
            if parts.get(toks[k]) == "occurred":
                j = k - 1
                while j >= 0 and toks[j] in _HAPPEN_AUX:
                    j -= 1
                if j < 1 or toks[j] not in _HAPPEN_WHERE:
                    return False
                # the postposition of the act's own target is no place ("किसी एक देश पर हुए हमले": who is struck),
                # nor is a time before it ("2012 में", "साल में") or who presides
                case = _CASE_OF.get(words[j].lower())
                if ((case in act.trig.targets and case != "loc") or toks[j - 1].isdigit()
                        or toks[j - 1] in _HAPPEN_NOT_WHERE):  # fmt: skip
                    return False
                # the venue's own place, named in the genitive before it ("मास्को के एक होटल में हुए"): where it was
                venue = found[j - 1].start()
                named = next((x for x in reversed(self.within(max(act.scope_start, venue - 60), venue))
                              if x.label in PLACE_LABELS and x.entity_id
                              and _VENUE_OF.fullmatch(self.text, x.end, venue)), None)  # fmt: skip
                if named is not None and named.entity_id:
                    act.places = [_Arg(named.entity_id, named.label, "loc", named.start, named.end)]
                self.held_at.add(m.start)
                return True
        return False

    def _symmetric_sides(self, act: _Act) -> None:
        """A symmetric act has participants; who fell in a clash (``... के साथ झड़प में 20 भारतीय सैनिक
        शहीद हो गए``) is its other side.
        """
        text, trig, m, actors = self.text, act.trig, act.m, act.actors
        end = m.end
        if not trig.symmetric:
            return
        for a in actors:
            a.role = "participant"
        if not (trig.type == "ASSAULT" and not trig.english and len({self._side(a.entity_id) for a in actors}) == 1
                and re.match(r"\s*में\s", text[end : end + 6])):  # fmt: skip
            return
        side = self._side(actors[0].entity_id)
        # (militants of the country the forces serve are the other side too: "सुरक्षा बलों के
        # साथ मुठभेड़ में दो आतंकी मारे गए")
        armed = {_sector(a.entity_id) for a in actors}

        def other_side(eid: str) -> bool:
            sector = _sector(eid)
            return self._side(eid) != side or (sector not in armed and "reb" in armed | {sector})

        other = next((x for x in self._args(end, act.after_end, act.lex.lang) if x.label in ACTOR_LABELS
                      and x.case in ("nom", "gen") and not self.ex.is_city(x.entity_id)
                      and other_side(x.entity_id)), None)  # fmt: skip
        if other is not None:
            actors.append(Actor(other.entity_id, "participant", other.start, other.end, None, other.via))

    def _refine(self, act: _Act) -> bool:
        """A welcome that is praise, a country beside its own people, offices said twice, the other
        side of a one-sided act; ``False`` for arms received, not a meeting.
        """
        text, trig, m = self.text, act.trig, act.m
        start, end = m.start, m.end
        if self._drill_of_one_side(act):
            # "चीनी सेना ने ताइवान के पास युद्धाभ्यास किया": a drill of one side alone is a show of force
            act.trig = trig = Trigger("MOBILIZE", "test", "150", False, trig.targets, trig.english, m)
            for a in act.actors:
                a.role = "source"
            self._shown_around(act.actors, act.places)  # "ताइवान के चारों ओर": aimed at Taiwan
        if self._policing(act):
            # "पुलिस ने बदमाश का एनकाउंटर कर दिया": an encounter of the police or troops with criminals or a crowd is
            # one-sided policing (docs/events.md), not a clash of two armed sides
            act.trig = trig = Trigger("COERCE", "operation", "170", False, trig.targets, trig.english, m)
            for a in act.actors:
                a.role = "source" if _sector(a.entity_id) in _FORCE_SECTORS else "target"
        if self._police_fire(act):
            # "भीड़ को नियंत्रित करने के लिए पुलिस को हवाई फायर करना पड़ा": the police firing into the air use force on a
            # crowd as a baton charge does (COERCE/operation, docs/events.md); ``_crowd_target`` then finds the crowd
            # told before
            act.trig = trig = Trigger("COERCE", "operation", "175", False, trig.targets, trig.english, m)
        if m.unframed is not None and not any(a.role == "target" for a in act.actors):
            # "ओडिशा तट पर मिसाइल दागी": the marked case held a place, not a target; the sense without one
            e = m.unframed
            act.trig = trig = Trigger(e.type, e.mode, e.cameo, e.symmetric, e.targets, trig.english, m)
        if (trig.type, trig.mode) == ("COERCE", "operation") and self._strike_abroad(act):
            # "भारतीय सेना ने पाकिस्तान में मौजूद आतंकी अड्डों पर कार्रवाई की": an army's action in another
            # country is a strike on it, not policing at home
            act.trig = trig = Trigger("ASSAULT", "attack", "190", False, trig.targets, trig.english, m)
        if trig.mode == "host" and self._talks_invited(act):
            # "X को बातचीत का निमंत्रण दिया": an invitation to talks asks for them, as an offer of talks does
            # (docs/events.md); an invitation to visit stays the host's
            act.trig = trig = Trigger("REQUEST", "request", "020", False, trig.targets, trig.english, m)
        if (trig.mode == "sign" and not trig.english
                and _PURCHASE_SIGNED.search(text, max(act.sent.start, start - 40), start)):  # fmt: skip
            # "रक्षा सौदे पर हस्ताक्षर किए": a purchase signed is the purchase (docs/events.md: buying arms is
            # COOPERATE/purchase); its sides stay participants, as a deal "between" two is read, so that a deal told
            # before and signed now are one (coref)
            act.trig = trig = Trigger("COOPERATE", "purchase", "062", False, trig.targets, trig.english, m)
        if (trig.mode == "host" and act.actors and not any(a.role == "target" for a in act.actors)
                and m.entry.pred in act.lex.support_preds):  # fmt: skip
            # welcomed a decision, not a guest (only a word the lexicon also lists as praise: स्वागत, not मेजबानी);
            # an act whose doer was not named either (``_unnamed_doer``) says nothing by lacking a guest
            act.trig = trig = Trigger("SUPPORT", "praise", "051", False, trig.targets, trig.english, m)
        sources = [a.entity_id for a in act.actors if a.role == "source"]
        if (trig.english and trig.type == "PROTEST" and trig.mode == "demonstrate" and sources
                and all(e.startswith("country:") or e.split(":")[:2] in (["agent", "gov"], ["agent", "dip"])
                        for e in sources)):  # fmt: skip
            # "India protested Pakistan's support for ...": a state that protests objects through diplomacy;
            # crowds demonstrate
            act.trig = trig = Trigger("ACCUSE", "object", "114", False, trig.targets, trig.english, m)
        # a country alongside its own people adds nothing: keep the people
        actors = act.actors
        affs = {a.affiliation for a in actors if a.entity_id != a.affiliation}
        if any(self._label(a.entity_id) == "PERSON" for a in actors):
            actors = [a for a in actors
                      if not (a.entity_id in affs and a.via in ("group", "name") and a.role == "participant")]
        # "Pakistan's envoy": a country whose words lie inside a phrase of its own body or office is that one's
        # modifier, not a second actor beside it
        actors = [a for a in actors if not (a.entity_id.startswith("country:") and a.start >= 0 and any(
            b is not a and b.role == a.role and b.entity_id.startswith("agent:") and _country_of_agent(b) == a.entity_id
            and b.start <= a.start and a.end <= b.end for b in actors))]  # fmt: skip
        actors = _drop_office_agents(actors)
        lo = max(act.scope_start, start - 80)
        # "Pakistan troops resorted to shelling": a state's forces firing, even told by a noun, fire at the other side
        # (its forces, not the state named as such: "भारत के हमले" may be a strike on militants)
        by_state = any(a.role == "source" and (a.affiliation or "").startswith("country:")
                       and a.affiliation != a.entity_id for a in actors)
        if trig.type in _OWNED_OBJECT and not trig.symmetric:
            actors = self._owned_object(actors, act.sent, start)
        if (trig.type in _COUNTERPART and trig.mode not in _NO_COUNTERPART and not trig.symmetric
                and not (trig.type == "ASSAULT" and trig.mode != "ceasefire_violation" and (
                    (m.form == "nominal" and not by_state)
                    or (_ON_WHAT.search(text, lo, start) and not _ON_THIS.search(text, lo, start))))):
            # (an attack "on" camps or posts has its target, named or not)
            actors = self._counterpart(actors, act.sent, start, trig.type, trig.mode)
        act.actors = actors
        # "रूस से मिले एस-400", "मिलने वाले टैंक": arms received, not a meeting
        return not (trig.type == "CONSULT" and m.entry.pos == "v" and not trig.english
                    and any(x.label == "WEAPON" and 0 <= x.start - end <= 3 for x in self.within(end, end + 40)))

    def mark_sides_alike(self, events: list[Event]) -> None:
        """The doers of finished events whose sides are alike made participants ("भारत और नेपाल ने ... का संकल्प
        लिया", "X और Y एक-दूसरे पर आरोप लगा रहे हैं"). Done after merging and scoring, which read the roles as the
        sentence gave them: two agreements of the same sides told apart stay apart.
        """
        for ev in events:
            if self._sides_alike(ev):
                for a in ev.actors:
                    a.role = "participant" if a.role == "source" else a.role

    def _sides_alike(self, ev: Event) -> bool:
        """Whether the doers of an event with no target are its sides alike (docs/events.md: participants): an
        agreement's (:data:`_ALIKE_TYPES`) or a disengagement's (:data:`_ALIKE_MODES`), whoever is named, or two or more
        doing an act to each other (``reciprocal``, ``lang/*/words.tsv``, in its sentence up to the trigger's end, in
        English a few words past it: "accused each other").
        """
        actors = ev.actors
        if any(a.role == "target" for a in actors) or not any(a.role == "source" for a in actors):
            return False
        if ev.type in _ALIKE_TYPES or (ev.type, ev.mode) in _ALIKE_MODES:
            return True
        if sum(a.role == "source" for a in actors) < 2 or not ev.evidence:
            return False
        sent = next((s for s in ev.evidence if s.start <= ev.trigger_start < s.end), ev.evidence[0])
        english = not has_devanagari(self.text[ev.trigger_start : ev.trigger_end])
        hi = min(sent.end, ev.trigger_end + (30 if english else 0))
        return _RECIPROCAL.search(self.text, sent.start, hi) is not None

    def _policing(self, act: _Act) -> bool:
        """Whether a clash is the police's or troops' with civilians only (criminals, a mob: sector ``cvl``)."""
        if (act.trig.type, act.trig.mode) != ("ASSAULT", "clash"):
            return False
        sectors = {_sector(a.entity_id) for a in act.actors}
        return bool(sectors & _FORCE_SECTORS) and sectors - _FORCE_SECTORS == {"cvl"}

    def _police_fire(self, act: _Act) -> bool:
        """Whether an attack is the police's fire into the air: every doer is the police (sector ``cop``) named in the
        clause, no one is named as its target, and a word of the air (``into_air`` of ``words.tsv``: ``हवाई फायर``,
        ``हवा में``) stands right before it. Troops' fire stays an attack (a warning across a border), and so does
        the police's fire at someone: told as an attack on a crowd it may be a charge in someone's words ("मंत्री ने
        कहा कि पुलिस ने किसानों पर हमला किया").
        """
        if (act.trig.type, act.trig.mode) != ("ASSAULT", "attack") or act.lex.lang != "hi":
            return False
        doers = [a for a in act.actors if a.role in ("source", "participant")]
        # (the object of an infinitive of purpose before the fire is no one it is aimed at: "पुलिस ने भीड़ पर काबू पाने
        # के लिए हवा में गोलियां चलाईं")
        if not doers or any(a.role not in ("source", "participant") and not (
                0 <= a.end <= act.m.start and _PURPOSE_OBJECT.match(self.text, a.end, act.m.start))
                for a in act.actors):  # fmt: skip
            return False
        if any(_sector(a.entity_id) != "cop" or a.via in _NOT_TOLD_HERE for a in doers):
            return False  # (the police named in the clause: one carried from before may not be this act's doer)
        return bool(_INTO_AIR.search(self.text, max(act.scope_start, act.m.start - 20), act.m.start))

    def _drill_of_one_side(self, act: _Act) -> bool:
        """Whether a military exercise is held by one side alone: every actor acts for one country, the
        clause names no partner (``के साथ``, ``with``, ``between``) and says nothing shared (``संयुक्त``,
        ``joint``: ``_JOINTLY``). A joint exercise is cooperation; one side's drill is a show of force
        (MOBILIZE, docs/events.md).
        """
        trig, m = act.trig, act.m
        if (trig.type, trig.mode) != ("COOPERATE", "exercise") or not act.actors:
            return False
        if m.form == "nominal" and _ANAPHOR.search(self.text, max(0, m.start - 12), m.start):
            return False  # "इस युद्धाभ्यास में भारत के जहाज़": the exercise told before, whoever else took part
        if len({self._side(a.entity_id) for a in act.actors}) != 1:
            return False
        if any(x.case in _PARTNER_CASES | {"between"} for x in act.args):
            return False
        return not _JOINTLY.search(self.text, act.scope_start, min(act.after_end, m.end + 40))

    def _listed_medium(self, a: Actor) -> bool:
        """Whether ``a`` is a news medium the knowledge base lists (``kb/media.tsv``: "बीबीसी से बातचीत में")."""
        ent = self.ex.kb.entities.get(a.entity_id)
        return ent is not None and ent.kind == "media"

    def _named_medium(self, a: Actor) -> bool:
        """Whether ``a`` is a medium named with its kind ("समाचार एजेंसी एएफ़पी से", "एएफ़पी समाचार एजेंसी से")."""
        if a.via != "name" or a.end <= a.start:
            return False
        return bool(_PRESS_HEAD_BEFORE.search(self.text, max(0, a.start - 30), a.start)
                    or _PRESS_HEAD_AFTER.match(self.text, a.end))  # fmt: skip

    def _press_party(self, lo: int, hi: int) -> bool:
        """Whether a medium talks or is talked to between ``lo`` and ``hi`` (:data:`_PRESS_PARTY`); a channel
        alone is no medium ("बैक चैनल से बातचीत", "राजनयिक चैनलों से": a way of talking).
        """
        return any(not x.group(0).startswith("चैनल") for x in _PRESS_PARTY.finditer(self.text, lo, hi))

    def _asked_to_leave(self, act: _Act) -> bool:
        """Whether a request asks someone to leave a country: its expulsion told again ("उसे 24 घंटे के भीतर
        पाकिस्तान छोड़ने को कहा गया है", "देश से बाहर भेजने के लिए कहा", "asked to leave India"), as the lexicon's
        "देश छोड़ने का आदेश" is. Leaving an office or a party is not ("पद छोड़ने को कहा").
        """
        text, m = self.text, act.m
        places = [x for x in self.within(max(0, m.start - 80), m.end + 60) if x.label == "GPE"]
        if m.entry.lang == "en":
            leave = _LEAVE_AFTER.match(text, m.end)
            if leave is None:
                return False
            at = leave.end()
            return bool(_COUNTRY_WORD_AFTER.match(text, at)) or any(x.start == at for x in places)
        before = m.start
        if m.entry.pred in _ORDER_NOUNS:  # "पाकिस्तान छोड़ने का निर्देश दिया": the order's genitive
            gen = _GEN_WORD_BEFORE.search(text, max(0, before - 6), before)
            before = gen.start() if gen else before
        leave = _LEAVE_BEFORE.search(text, max(0, before - 40), before)
        if leave is None:
            return False
        at = leave.start()
        gap = text[max(0, at - 40) : at]
        return bool(_COUNTRY_WORD_BEFORE.search(gap)) or any(
            x.end <= at and not text[x.end : at].strip() for x in places)

    def _plausible(self, act: _Act) -> bool:
        """An assurance, a message, a private dealing is no event; people sent somewhere pay a visit."""
        text, trig, m, actors = self.text, act.trig, act.m, act.actors
        start, end = m.start, m.end
        if trig.type == "AGREE" and trig.mode == "agree" and m.form != "nominal" and _THAT_AFTER.match(text, end):
            return False  # "स्वीकार किया कि", "सहमत हैं कि", "आश्वस्त किया कि": admitting or assuring that, not agreeing to
        if (trig.type == "AGREE" and trig.mode == "agree" and not trig.english and m.form != "nominal"
                and _ADMITTED_BEFORE.search(text, max(0, start - 40), start)):  # fmt: skip
            return False  # "सभी आरोपों को स्वीकार कर लिया": a charge admitted, no agreement with anyone
        if trig.type == "AID" and m.entry.pos == "v" and _MESSAGE_BEFORE.search(text, max(0, start - 30), start):
            return False  # "अपीलें भेजी हैं", "पत्र भेजा": a message sent is no aid delivered
        if (trig.type in ("AID", "CONCEDE") and m.entry.pos == "v" and not trig.english
                and _RECORD_HANDED.search(text, max(act.scope_start, start - 120), start)):  # fmt: skip
            # "अपनी रिपोर्ट भी भेजी है", "रिपोर्ट को अदालत को सौंपा है", "तस्वीरें मुहैया कराई हैं": a report, a letter or
            # pictures handed over or sent are a statement made or evidence shown, no aid and no concession
            return False
        if (trig.type in ("AID", "CONCEDE") and m.entry.pos == "v" and not trig.english and act.passive
                and m.form == "pfv" and _MESSAGE_AFTER.match(text, end)):  # fmt: skip
            return False  # "अदालत को सौंपी गई रिपोर्ट": the participle names the record handed over, no concession
        if (trig.type in ("AID", "CONCEDE") and m.entry.pos == "v"
                and _DUTY_BEFORE.search(text, max(0, start - 80), start)):  # fmt: skip
            return False  # "केस की जांच सौंपी गई": a task handed over is an assignment, no concession or aid
        if trig.type == "CONSULT" and (any(_PRESS.match(a.entity_id) or self._named_medium(a) or self._listed_medium(a)
                                           for a in actors)
                                       or (m.entry.lang == "en" and _PRESS_HEAD_AFTER.match(text, end))
                                       or (trig.mode in _TALK_MODES and m.entry.lang != "en"
                                           and self._press_party(act.scope_start, start))):
            # "पत्रकारों से बात करते हुए कहा", "बीबीसी ने प्रिंसिपल से बात की": talking to the press, or the press
            # talking to someone, is where a statement is made (an interview), no meeting
            return False
        if m.entry.mood == "asking" and any(a.role == "target" and (
                _PRESS.match(a.entity_id) or self._named_medium(a) or self._listed_medium(a)) for a in actors):
            return False  # "मंत्री ने पत्रकारों से कहा कि ... चाहिए": said to the press, a statement, nothing asked of it
        if ((trig.type, trig.mode) in _BETWEEN_POLITIES and actors
                and not any(self._political(a.entity_id) for a in actors)
                and not (self._operation_told(act) and not any(a.role in ("source", "participant") for a in actors))):
            # "दुकानदार ने पड़ोसी की मदद की", "कंपनियों ने ज़मीनें खरीदीं": private dealings; not an operation of
            # rescue run for the people it names, its doers unnamed ("मछुआरों की तलाश में गोताखोरों का अभियान शुरू हुआ")
            return False  # fmt: skip
        if (trig.type == "CONSULT" and trig.mode in _TALK_MODES
                and any(_sector(a.entity_id) in _PRIVATE_PEOPLE for a in actors)
                and all(_sector(a.entity_id) in _PRIVATE_PEOPLE or a.entity_id.startswith("new:person:")
                        for a in actors)):  # fmt: skip
            return False  # "लोगों से मिलने का अंदाज़", "वो उससे मिलने चले गए": private people meeting, no talks of sides
        if (not trig.english and m.entry.pred in _PASTIME_DEALING
                and _PASTIME_WORD.search(text, act.sent.start, act.sent.end)
                and not any(self._political(a.entity_id) for a in actors)):  # fmt: skip
            # "लीग ने ऑलराउंडर पर एक सीज़न का बैन लगाया", "निर्देशक ने उसे अपनी फिल्म के लिए साइन किया": a sports
            # body's discipline or a film's casting, no act between sides (a government's ban on players stays)
            return False
        doers = [a for a in actors if a.role in ("source", "participant")]
        if (trig.type in _PRIVATE_DEALINGS and trig.mode not in _PUBLIC_MODES and doers
                and all(a.entity_id.startswith("agent:") and a.entity_id.split(":")[1] in _PRIVATE_SECTORS
                        for a in doers)
                and not any(self._political(a.entity_id) for a in actors)):  # fmt: skip
            return False  # "नर्स ने उन्हें दवाखाने ले जाने की सलाह दी", "कंपनियों ने प्रस्ताव रखे": private dealings
        if trig.type == "AID" and m.entry.pos == "v" and any(a.role == "target" for a in actors) and all(
                self._label(a.entity_id) == "PERSON" or a.entity_id.startswith("agent:dip")
                for a in actors if a.role == "target"):  # fmt: skip
            # "प्रतिनिधिमंडल को ढाका भेजा": people sent somewhere pay a visit there; sent nowhere
            # ("अधिकारी को बाहर भेजने") they are no aid delivered either
            sent_end = max(a.end for a in actors if a.role == "target")
            sent_to = [a for a in act.args if a.label in PLACE_LABELS and a.via == "name" and a.case in ("nom", "loc")
                       and a.start > sent_end]  # fmt: skip
            if not sent_to:
                return False
            visitors = [Actor(a.entity_id, "source", a.start, a.end, a.affiliation, a.via)
                        for a in actors if a.role == "target"]
            d = sent_to[-1]
            visitors.append(Actor(d.entity_id, "destination", d.start, d.end, None, d.via))
            act.actors, act.places = self._visit(visitors, act.places, act.args, [], start)
            if not act.actors:
                return False
            act.trig = Trigger("CONSULT", "visit", "042", False, trig.targets, trig.english, m)
        if ((trig.type, trig.mode) == ("REQUEST", "request")
                or (trig.type == "REQUEST" and m.entry.pred in _ORDER_NOUNS)) and self._asked_to_leave(act):
            # the order to leave is the expulsion: one act with the expelling told before, if it was
            act.trig = Trigger("SANCTION", "expel", "166", False, trig.targets, trig.english, m)
            # no country expels its own side: the country left, read as a target, is where the expelled served
            own = {self._side(a.entity_id) for a in act.actors if a.role == "source"}
            act.actors = [a for a in act.actors if a.role != "target" or self._side(a.entity_id) not in own]
        return True

    def _copula_after_noun(self, m: PredicateMatch) -> bool:
        """Whether a multiword event noun's only verb is a bare copula: its words, then "है" or "था".

        "यह ... सबसे बड़ा रक्षा सौदा है" names what the deal told before is. Being on a visit ("भारत दौरे पर
        हैं") is told the same way: the caller keeps visits.
        """
        head = self.text[m.start : m.end]
        cop = _COPULA_AFTER.search(head)
        return cop is not None and len(head[: cop.start()].split()) == len(m.entry.pred.split())

    def _told(self, act: _Act) -> Event:
        """The event as told: its form (a noun, a copula, the pluperfect), place, polarity, modality,
        date, topics and confidence.
        """
        text, trig, m, actors, sent = self.text, act.trig, act.m, act.actors, act.sent
        start, end = m.start, m.end
        ev = Event(trig.type, trig.mode, trig.cameo, actors, start, end, [Span(sent.start, sent.end)])
        self.told.append(ev)  # alive for the whole article, so the ids in the sets below stay its own
        if m.form == "nominal":
            self.nominal.add(id(ev))
            if _ANAPHOR.search(text, max(0, start - 12), start):
                self.anaphoric.add(id(ev))  # "इस हमले में", "the encounter": the act told before
        elif (not trig.english and m.light in _BE_LIGHT and _CLAUSE_ENDS.match(text, end)
              and m.entry.pred not in _STANCE and (_COPULA.fullmatch(text, start, end)
                   or (trig.mode != "visit" and self._copula_after_noun(m)))):  # fmt: skip
            # "यह पहली औपचारिक वार्ता थी", "यह ... संप्रभुता पर हमला है": what something is called; it is
            # more evidence of the act told before, never an act of its own
            self.nominal.add(id(ev))
            self.anaphoric.add(id(ev))
            self.copular.add(id(ev))
        if "past" in m.features and m.form == "pfv":
            self.earlier.add(id(ev))
        if act.usual is not None:
            self.usual[id(ev)] = act.usual
        if trig.mode != "phone":
            self._place(ev, act.places, sent, act.scope_start, act.after_end)
        ev.negated = "neg" in m.features
        if (not trig.english and m.form == "inf" and not any(a.role in ("source", "participant") for a in ev.actors)
                and self._upon_doing(m, act.lex)):  # fmt: skip
            # "आतंकियों के हमला करने पर": the genitive right before the infinitive is its doer
            doer = next((x for x in act.args if x.case == "gen" and x.label in ACTOR_LABELS
                         and (g := _GEN_AFTER.match(text, x.end)) and not text[g.end() : start].strip()),
                        None)  # fmt: skip
            if doer is not None:
                ev.actors = [Actor(doer.entity_id, "source", doer.start, doer.end, None, doer.via)] + [
                    a for a in ev.actors if a.entity_id != doer.entity_id]
        ev.modality = self._modality(m, act.lex, act.scope_start, act.after_end, act.complement_of)
        if not trig.english and m.form == "subj" and self._asked_of_another(act):
            # "सहयोगियों को सलाह दी गई कि वे टिप्पणी न करें": the act a request asks for in the subjunctive is its
            # content, dropped after the request (``_asked_obligations``), as a duty inside one is
            self.asked_content.add(id(ev))
        if ev.modality == "demanded" and ("obligation" in m.features or self._duty_future(m)) and not trig.english:
            self._obligation_of(ev, act)
        elif m.entry.frame == "charge" and not trig.english:
            self._told_as_charge(ev, act)
            if ev.modality in ("occurred", "claimed") or m.form == "inf":
                # the charge is made as it is said ("... देने की उसकी नीति" too); one only supposed or foretold ("...
                # को बढ़ावा दे सकता है", "... देगा") keeps its modality: no charge is made of it
                ev.modality = "occurred"
        # (the present perfect, "निंदा की है", "has denied", tells what stands as of the report)
        perfect = m.form == "pfv" and (("present" in m.features and "past" not in m.features)
                                       or (trig.english and self._perfect_before(act.scope_start, start)))
        self._date(ev, act.scope_start, start, end, act.after_end, sent, perfect)
        self._frame(ev, sent)
        ev.topics = self._topics(sent, ev)
        if ev.negated and ev.type == "AGREE" and ev.mode == "sign" and ev.modality == "occurred" and m.form == "pfv":
            # "हस्ताक्षर नहीं किया": not signing what was on the table is a refusal (docs/events.md)
            ev.type, ev.mode, ev.cameo, ev.negated = "REJECT", "refuse_sign", "128", False
            for a in ev.actors:
                a.role = "source" if a.role == "participant" else a.role
        if (not trig.english and ev.type == "PROTEST" and ("future" in m.features or m.form == "fut")
                and self._apodosis(sent, start, act.lex)):  # fmt: skip
            # "यदि ... विचार नहीं किया गया, तो आंदोलन तेज करेंगे": a protest foretold if a demand is not met is a
            # threat made now (docs/events.md: "if X, we will Y" is THREATEN, occurred)
            ev.type, ev.mode, ev.cameo, ev.modality = "THREATEN", "threaten", "130", "occurred"
        if ev.negated and (ev.type, ev.mode) == ("CONCEDE", "allow") and ev.modality == "occurred" and m.form == "pfv":
            # "शूटिंग की इजाजत नहीं दी": permission not given is a refusal (docs/events.md: a refusal is REJECT)
            ev.type, ev.mode, ev.cameo, ev.negated = "REJECT", "reject", "120", False
        if (ev.negated and (ev.type, ev.mode) == ("AGREE", "agree") and ev.modality == "planned"
                and m.form != "nominal" and m.entry.pred not in _RECIPROCAL_AGREE
                and not (m.entry.pred in _AGREEMENT_NOUNS and m.light in _COME_ABOUT_LIGHT)):  # fmt: skip
            # "किसी भी क्षेत्र को छोड़ने के लिए सहमत नहीं होगा", "will not accept": one side's refusal told as what
            # it will not do is a refusal made now (docs/events.md: a refusal is REJECT, not a negated AGREE);
            # an agreement not reached between sides ("सहमति नहीं बन पाएगी") stays a negated AGREE
            ev.type, ev.mode, ev.cameo, ev.negated, ev.modality = "REJECT", "reject", "120", False, "occurred"
            for a in ev.actors:
                a.role = "source" if a.role == "participant" else a.role
        if (not trig.english and ev.type in _ONE_MORE_TYPES and m.form != "nominal" and ev.modality == "occurred"
                and self._also(act.scope_start, end)):  # fmt: skip
            self.also.add(id(ev))  # "परमाणु ठिकानों पर भी हमला किया": one more attack, not the one told before
        if (not trig.english and (ev.type, ev.mode) in _LODGED_MODES and m.form != "nominal"
                and ev.modality == "occurred" and _ERGATIVE_ALSO.search(self.text, act.scope_start, start)):
            self.also.add(id(ev))  # "उच्चायोग ने भी कड़ा विरोध दर्ज कराया": another body's protest, one more
        if m.entry.mood == "armed" and m.form != "nominal" and trig.type == "ASSAULT":
            self.also.add(id(ev))  # fire returned ("सेना ने इसका जवाब दिया") is never the firing it answers
            self.replies.add(id(ev))
        if not trig.english and self._told_as_reply(sent, start, end):
            self.replies.add(id(ev))  # "चीन ने ... जवाबी शुल्क लगाया": not the tariff it answers
        if ev.date is None and ev.modality == "occurred" and not ("past" in m.features and m.form == "pfv"):
            self._reported_date(ev)  # not for "हुई थी": what had happened before the report
        elif ev.date is None and ev.modality == "planned" and self._announced_now(m, act.lex):
            self._reported_date(ev)  # "टैरिफ का ऐलान किया है": the announcing was done, on the report's day
        ev.not_before, ev.not_after = self.bounds
        conf = 0.5 + (0.2 if any(a.role in ("source", "participant") for a in actors) else 0)
        conf += 0.2 if len(actors) >= 2 else 0
        conf -= 0.15 * sum(1 for a in actors if a.via in ("pronoun", "group", "carried"))
        conf -= 0.1 if m.form == "nominal" else 0
        ev.confidence = round(max(0.1, min(0.95, conf + (0.05 if ev.date else 0))), 2)
        return ev

    def _told_as_reply(self, sent: Span, start: int, end: int) -> bool:
        """Whether a word of ``counter`` (``words.tsv``: जवाबी) stands in the predicate or before it in its
        stretch of the sentence (after the last comma or stop): "जवाबी शुल्क लगाया", "जवाबी कार्रवाई करते
        हुए ... टैरिफ लगाया".
        """
        lo = max(sent.start, *(self.text.rfind(c, sent.start, start) + 1 for c in ",;।"))
        return bool(_COUNTER.search(self.text, lo, end))

    def _also(self, lo: int, hi: int) -> bool:
        """Whether "also" stands in ``text[lo:hi]`` (``पर भी हमला किया``), not as "still", "any" or "even so"
        (``अब भी``, ``किसी भी``, ``फिर भी``).
        """
        for hit in _ALSO.finditer(self.text, lo, hi):
            before = re.findall(r"[\w" + DEVANAGARI_WORD + r"]+", self.text[max(lo, hit.start() - 20) : hit.start()])
            if not before or before[-1].lower() not in _NOT_ADDITIVE:
                return True
        return False

    def _remember_actors(self, ev: Event, act: _Act) -> None:
        """What the next predicates may need: where people were, the last group, people, attackers and doers."""
        actors = act.actors
        hall = id(ev) in self.in_hall  # (a hall the act was done in is no whereabouts of its doers after it)
        if ev.place and not hall:
            self.places_seen.add(ev.place)
        for a in actors:
            # (a hall is the whereabouts of any doer, a group too, for the rest of its sentence: "उन्होंने संसद में
            # हंगामा किया और मंत्री से इस्तीफे की मांग की")
            if ev.place and hall and (a.role != "target" or self._label(a.entity_id) == "PERSON"):
                self.before_hall.setdefault(a.entity_id, self.place_of.get(a.entity_id))
                self.place_of[a.entity_id] = (ev.place, ev.place_start, ev.place_end)
            elif ev.place and self._label(a.entity_id) == "PERSON":
                self.place_of[a.entity_id] = (ev.place, ev.place_start, ev.place_end)
        ids = [a.entity_id for a in actors]
        if len(set(ids)) >= 2:
            self.last_group = ids
            self.sentences_since_group = 0
        people = [a.entity_id for a in actors
                  if a.role in ("source", "participant") and self._label(a.entity_id) == "PERSON"]
        if people:
            self.last_people = people
        sources = [a.entity_id for a in actors if a.role == "source"
                   and a.via not in SUPPLIED_VIA]
        if act.trig.type == "ASSAULT" and sources:
            self.last_attackers = [e for e in self.last_attackers if e not in sources] + sources
            self.sentences_since_attack = 0
        if sources:
            self.last_sources = sources
            self.last_source_mode = act.trig.mode
            self.sentences_since_source = 0

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
        if ("obligation" in f or self._duty_future(m)) and m.form == "inf":
            return "demanded"  # "बातचीत करनी चाहिए", "ठिकाने नष्ट करने होंगे": what someone says must be done
        if "to_inf" in f and m.entry.type == "ACCUSE" and self._summoned_to(m):
            return "occurred"  # "summoned the envoy to lodge a protest": the protest is made in the summons
        if m.form == "inf" or "to_inf" in f:
            cue = self._cue(lex, "inf_after", m.end, 3) if m.form == "inf" else None
            if cue is None and "to_inf" in f:
                cue = self._cue_before(lex, m.start, 60)
            if cue in ("demanded", "planned", "conditional", "occurred"):
                return cue  # "करने की मांग" demanded; "करने के बाद" done
            if m.form == "inf" and self._upon_doing(m, lex):
                # "आतंकियों के हमला करने पर जवानों ने मोर्चा संभाला": what was done upon it was, and so was it; "...
                # करने पर कार्रवाई होगी": a condition of what will be
                clause = _CLAUSE_END.search(self.text, m.end)
                stop = clause.start() if clause is not None else len(self.text)
                return "conditional" if _FUTURE_WORD.search(self.text, m.end, stop) else "occurred"
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
        if f & {"future", "prospective", "intent", "announced", "modal"} or m.form in ("fut", "subj"):
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

    def _coordinated_subject(self, act: _Act) -> None:
        """"Pakistan summoned the Indian envoy and protested the strike", "X summons Y, protests Z": an English verb
        right after "and" or a comma that follows another verb's object shares that verb's subject; the object
        before it is not its doer.
        """
        m = act.m
        if not act.trig.english or m.form == "nominal" or not _AND_OR_COMMA_BEFORE.search(self.text, 0, m.start):
            return
        prev = max((t.match for t in self.found_here if t.match is not None and t.match is not m
                    and t.match.form != "nominal" and act.sent.start <= t.match.start and t.match.end <= m.start),
                   key=lambda x: x.end, default=None)  # fmt: skip
        if prev is None or re.search(r"[.;:!?\"“”]", self.text[prev.end : m.start]):
            return
        if _EN_RELATIVE.search(self.text, prev.end, m.start):
            return  # "lodged a protest over the killing of X, who was shot and killed by Y": the relative's own verb
        subject = [x for x in self._args(act.sent.start, prev.start, act.lex.lang)
                   if x.case == "nom" and x.label in ACTOR_LABELS]  # fmt: skip
        if not subject:
            return
        have = {(x.start, x.end) for x in act.args}
        act.args = [x for x in act.args if not (prev.end <= x.start < m.start and x.case == "nom")]
        act.args += [x for x in subject if (x.start, x.end) not in have]

    def _summoned_for(self, act: _Act) -> None:
        """"Gokhale summoned Islamabad's envoy on Wednesday to condemn ...": the statement an envoy is summoned for
        is made by who summoned him; the envoy and the summons' words before the infinitive take no part as its doers.
        """
        m = act.m
        if not ("to_inf" in m.features and m.entry.type == "ACCUSE" and self._summoned_to(m)):
            return
        summon = max((t.match.end for t in self.found_here if t.match is not None and t.match.entry.mode == "summon"
                      and t.match.end <= m.start), default=m.start)  # fmt: skip
        act.args = [x for x in act.args if not summon <= x.start < m.start]

    def _summoned_to(self, m: PredicateMatch) -> bool:
        """Whether an English "to" infinitive of a statement (protest, condemn) is what an envoy was summoned for,
        by a summons told as done earlier in its sentence: "India summoned Pakistan's envoy to lodge a protest".
        """
        return any(t.match is not None and t.match.entry.mode == "summon" and t.match.form == "pfv"
                   and "passive" not in t.match.features and t.match.end <= m.start
                   and not re.search(r"[.!?;]", self.text[t.match.end : m.start])
                   for t in self.found_here)  # fmt: skip

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
