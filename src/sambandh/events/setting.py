"""Where and when an event happened, what it was about, and what the reading carries to the next sentence."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from ..dates import MONTH_ALT, MONTHS
from ..entities_frames import frame_words
from ..lexicon import word_key
from ..link import new_entity_id
from ..model import Event, Mention, Span, Timex
from ..normalize import fold, fold_word
from ..script import DEVANAGARI, DEVANAGARI_WORD, has_devanagari
from .base import _Base
from .grammar import (
    _BEFORE_NOUN,
    _BESIDE,
    _CASE_OF,
    _DAY_RANGE,
    _FUTURE,
    _GEN_FORMS,
    _HOST_ACTS,
    _INCIDENT,
    _ISSUE_RES,
    _UNTIL,
    ACTOR_LABELS,
    PLACE_LABELS,
    Trigger,
    _Arg,
    _case_rows,
    _forms_alt,
    _kind_alt,
    _kind_words,
)

# what joins a place to a finer one inside it: "रूस के कजान में", "Chhattisgarh's Bijapur district" (the genitive
# names the container), "अमेरिका के वाशिंगटन में ज्वाइंट बेस ... में", "जर्मनी में आयोजित म्यूनिख सम्मेलन में" (a
# locative chain names the finer place last); a parenthesis (an English gloss) may stand between
_GLOSS = r"\s*(?:\([^()]{1,40}\)\s*)?"
_TO_INNER_GEN = re.compile(_GLOSS + r"(?:(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+|['’]s\s+)")
_TO_INNER_LOC = re.compile(_GLOSS + r"में\s+(?:(?:आयोजित|स्थित)\s+)?")
# "16 मई से 19 मई", "30 June to 2 July": a range of days whose ends name their months
_MONTHS_RANGE = re.compile(r"(?P<d0>\d{1,2})\s+(?P<m0>" + MONTH_ALT + r")\.?\s*(?:-|–|से|to|until)\s*"
                           r"(?P<d1>\d{1,2})\s+(?P<m>" + MONTH_ALT + r")\.?(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?",
                           re.IGNORECASE)  # fmt: skip
# between a day and a clock time on it: "Saturday last at about", "को", "की सुबह"
_DAY_THEN_CLOCK = re.compile(r"[\s,]*(?:(?:last|next|this)[\s,]+)?(?:(?:at|around|about|at about|at around)\s+)?"
                             r"(?:(?:को|की|के)\s+)?", re.IGNORECASE)  # fmt: skip
_DAY_PRECISE = frozenset({"day", "weekday", "time"})


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The ISO weekday of a day, or ``None`` where the year has no such day (29 February)."""
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


# the acts a government does to its own people at home: punishing, coercing, sanctioning
_DOMESTIC = frozenset({"COERCE", "SANCTION"})
# an infinitive of purpose: "शामिल होने के लिए", "to join"
_PURPOSE = re.compile(r"\s*(?:के\s+लिए|के\s+वास्ते|हेतु)(?![\w" + DEVANAGARI_WORD + r"])")
# acts done at a place with one's hands, whose "X पर" is where they were done
_DEEDS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID"})
# what a statement or talks are about closes before the act (lang/hi/words.tsv topic_after)
_TOPIC_AFTER = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("topic_after")
                          + r")(?![\w" + DEVANAGARI_WORD + r"])")
# the locative that closes the finer place's phrase (a word of its name the tagger left out may stand before it)
# (or a genitive to a spot inside it: "उत्तर प्रदेश में रामपुर के पुलिस कैंप में")
_LOC_NEXT = re.compile(r"(?:\s+[^\s,।]+){0,2}?(?:\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")(?:\s+[^\s,।]+){1,2}?)?"
                       r"\s+में(?![\w" + DEVANAGARI_WORD + r"])")
# between a finer place and the one that holds it, in English ("Nathu La in Sikkim", "Poonch district of J&K")
_EN_IN_CONTAINER = re.compile(r"(?:\s+(?:district|sector|area|region|town|village|city))?,?\s+(?:in|of)\s+(?:the\s+)?",
                              re.IGNORECASE)
# a border line is only along where: "along the LoC in Poonch district", "नियंत्रण रेखा पर पुंछ में"
_LINE_TO_INNER = re.compile(_GLOSS + r"(?:in\s+(?:the\s+)?|(?:पर|के\s+पास)\s+)", re.IGNORECASE)
# acts that are elsewhere by nature, whose place a scene does not give: a visit (its destination), a call, an envoy
# summoned, expelled or recalled (the capital)
_ELSEWHERE_MODES = frozenset({"visit", "phone", "summon", "expel", "recall"})
# acts whose place is where their object stands, not a scene ("काबुल में दूतावास खोलने की घोषणा की": the embassy's
# city, not where the announcement or the meeting it was made at took place)
_OBJECT_PLACE_MODES = frozenset({"recognize"})
# acts that a named gathering is the name of, not the venue of (an exercise, an operation)
_NAMED_DEEDS = _DEEDS | {"COOPERATE"}
# acts a border line is where of: deeds of forces on the ground and their pulling back ("firing along the LoC",
# "disengagement along the LAC"); speech, talks and agreements are about the line ("the ceasefire along the LoC")
_ON_A_LINE = _DEEDS | {"RETREAT"}
# statements: said wherever the speaker was
_SPEECH = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})
# accusations lodged, not said: a case filed ("केस दर्ज किया", "मुकदमा दायर किया") is filed at the scene's police
# station or court, so the scene places it like a deed's
_LODGED = frozenset({"sue"})
# what opens reported words ("X ने कहा कि ...", "said India would host ..."): an act told by a speaker, not seen in the
# scene
_REPORTED = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:कहा|बताया|said|says|told)(?![\w" + DEVANAGARI_WORD + r"])",
                       re.IGNORECASE)
# a sentence that opens by pointing back at the occasion just told ("इस अवसर पर", "इसी मौके पर", "इस दौरान", "on the
# occasion"): its acts, statements too, are of that scene
_OCCASION = re.compile(r"\s*(?:(?:" + _kind_alt("demonstrative") + r")\s+(?:अवसर|मौके|दौरान)(?![\w" + DEVANAGARI_WORD
                       + r"])|on\s+(?:this|the)\s+occasion\b)", re.IGNORECASE)
# how many sentences back a scene's place carries
_SCENE_SENTENCES = 3
# the act's noun named again with a demonstrative after its date: "11 से 21 अगस्त के बीच हुए इस अभ्यास",
# "गुरुवार को हुई उस बैठक"
_DATE_THEN_AGAIN = re.compile(r"\s*(?:(?:को|के\s+बीच|तक)\s+)?(?:(?:" + _kind_alt("happened_participle") + r")\s+)?(?:"
                              + _kind_alt("demonstrative") + r")\s+(?:[" + DEVANAGARI + r"]+\s+)?")
# the act's noun named again right before its date: "युद्धविराम गुरुवार को", "यह मुलाकात शनिवार को"
_AGAIN_THEN_DATE = re.compile(r"\s+(?:(?:" + _kind_alt("case_particle") + r")\s+)?")
_WORD = re.compile(r"[\w" + DEVANAGARI_WORD + r"]+")
# "बेरूत स्थित भारतीय दूतावास": a place, the word that seats a body there, and the body (a word before its name at most)
_SEAT = re.compile(r"\s+(?:" + _kind_alt("seat_word") + r")\s+(?:[^\s,।|]+\s+)?")
_CLAUSE_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("clause_word") + r"|"
                          + _kind_alt("relative") + r"|" + _kind_alt("relative_clause") + r")(?![\w"
                          + DEVANAGARI_WORD + r"])", re.IGNORECASE)
# an imperfective participle ("देते", "करते"): with "हुए" after it, an adverbial of the clause's verb
# "... ने बुधवार को उस समय हिरासत में ले लिया, जब वे ... घेराव करने जा रहे थे": a clause of the time of the clause
# before it, whose date is its date too
_WHEN_CLAUSE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("when_clause") + r")(?![\w"
                          + DEVANAGARI_WORD + r"])", re.IGNORECASE)
_ADVERBIAL = re.compile(r"[" + DEVANAGARI + r"]ते$")
# a genitive right before "here" ("X के यहां": at X's home, not the dateline's city)
_GEN_BEFORE = re.compile(r"(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+$")
# an infinitive the act came after or before: a date before it may be that happening's ("चार अगस्त को प्रधानमंत्री चुने
# जाने के बाद ... भारत आए हैं": elected on the 4th, came later)
# "has", "have" and at most one adverb before the act's word: an English present perfect
_PERFECT_AUX = re.compile(r"(?<![\w])(?:" + _kind_alt("present_perfect_aux") + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_THEN_AFTER = re.compile(r"[" + DEVANAGARI + r"]ने\s+(?:के\s+(?:[" + DEVANAGARI + r"]+\s+)?बाद|से\s+(?:[" + DEVANAGARI
                         + r"]+\s+)?पहले)(?![\w" + DEVANAGARI_WORD + r"])")
# a relative clause of what happened within the act just named ("हमले के जवाब में की गई, जिसमें ... हत्या कर दी",
# "in which")
_WITHIN_WHICH = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("relative_within") + r")(?![\w"
                           + DEVANAGARI_WORD + r"])", re.IGNORECASE)
# a sentence that says of which place the case or incident is: "मामला दानापुर थाना इलाके का है", "घटना कंकड़बाग
# थाना क्षेत्र की है" (the place inside the ``where`` group)
_CASE_OF_PLACE = re.compile(r"\s*(?:(?:" + _kind_alt("demonstrative") + r")\s+)?(?:" + _kind_alt("case_noun")
                            + r")\s+(?P<where>[^,;:।|]{2,80}?)\s+(?:का|की|के)\s+(?:है|था|थी|थे|हैं)\s*[।.]?\s*$")
# a relative "where" opening a clause of its own
_WHERE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("relative_where") + r")(?![\w" + DEVANAGARI_WORD
                    + r"])", re.IGNORECASE)
# a quotation opening ("‘", "“", or a straight quote after a space or a colon)
_QUOTE_OPENS = re.compile(r"[‘“]|(?:^|(?<=[\s:,]))[\"']")
# reported words' opening ("X ने कहा कि"), at the end of what comes before the act's clause
_SAID_THAT_END = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("complementizer") + r")\s*$")
# reported words' opening anywhere between two points: a frame before it is the speaker's, not the act's
_SAID_THAT = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("complementizer") + r")(?![\w"
                        + DEVANAGARI_WORD + r"])", re.IGNORECASE)
# an act under way: "(वार्ता) चल रही है", "(बातचीत) कर रहे हैं"
_UNDER_WAY = re.compile(r"\s+(?:[" + DEVANAGARI + r"]+\s+)?(?:" + _kind_alt("progressive_aux") + r")\s+(?:"
                        + _kind_alt("present_aux") + r")(?=[\s।॥.,;:!?\"'”’)]|$)")
# (or the trigger holds them itself, where the light verb's forms take them in: "वार्ता चल रही है")
_UNDER_WAY_IN = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("progressive_aux") + r")\s+(?:"
                           + _kind_alt("present_aux") + r")(?=[\s।॥.,;:!?\"'”’)]|$)")
# a date that says when the clause's act is ("सोमवार को", "26 जनवरी को", "on Monday"), not one that names
# something ("26/11 और 9/11 के बीच")
_WHEN_AFTER = re.compile(r"\s*को(?![\w" + DEVANAGARI_WORD + r"])")
_WHEN_BEFORE = re.compile(r"(?<![\w])(?:on|at)\s+(?:the\s+)?$", re.IGNORECASE)
# what frames a clause's acts as done on a visit after its destination: "(अपनी) बेलारूस यात्रा में", "भारत यात्रा के
# दौरान", "रूस के तीन दिवसीय दौरे के दौरान" (the visit's noun comes from the lexicon; "... दौरे पर हैं" is the visit itself)
_VISIT_FRAME_END = r"\s+(?:के\s+दौरान|के\s+समय|के\s+क्रम\s+में|में)(?![\w" + DEVANAGARI_WORD + r"])"
# (between the place and the noun: the genitive and up to two words that qualify the visit, "के तीन दिवसीय")
_VISIT_FRAME_GAP = r"\s+(?:(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+)?(?:[^\s,।|]+\s+){0,2}?"
# "during his visit to Australia", "during the two-day trip to Minsk"
_VISIT_FRAME_EN = re.compile(r"\bduring\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?)"
                             r"\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# an arrival right after a place frames the acts told after it in the sentence as done there: "राष्ट्रपति भवन पहुंचे
# मैक्रों से ... मुलाकात की", "टोक्यो पहुंचकर ..." (a place word may stand between: "पुंछ जिले पहुंचे")
_ARRIVAL_FRAME = re.compile(r"\s+(?:" + _kind_alt("arrival_after") + r")(?![\w" + DEVANAGARI_WORD + r"])")
# the name of a body that sits in one hall, at the end of the body's name ("संयुक्त राष्ट्र महासभा", "UN Security Council")
_SITTING_BODY = re.compile(r"(?:" + _kind_alt("sitting_body") + r")$", re.IGNORECASE)
# (not where the locative names what the act's object is in: "सुरक्षा परिषद में सुधार की मांग" asks for a reform there)
_OBJECT_ONLY = re.compile(r"\s+में\s+[^\s,।]+\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+")
# a locality the tagger does not know, after a known place in the genitive: "राजौरी जिले के दस्सल इलाके के वन क्षेत्र में",
# "बांदीपोरा के केत्सुन के जंगली इलाके में" (up to three words of the unknown name, then a place word, before the locative)
_UNKNOWN_INNER_WORDS = r"\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")(?:\s+[^\s,।|()]+){0,3}?"

# acts done where a visitor's host receives them: during a visit or a stay they happen at its destination (talks, a
# welcome, agreements signed, cooperation agreed, aid offered), not deeds or statements
_AT_HOST = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID"})
# the modes of a meeting whose place the acts told within it share ("इस मुलाक़ात में ... हस्ताक्षर किए")
_GATHERING_MODES = frozenset({"meet", "discuss", "host", "mediate"})
_END_OF_CLAUSE = r"(?=\s*(?:[।॥.,;:!?|\"'”’)]|$))"
# a stay at a place that opens a scene there for who stays: "मुत्तक़ी नई दिल्ली में हैं।"
_STAY = re.compile(_GLOSS + r"(?:" + _kind_alt("stay_after") + r")" + _END_OF_CLAUSE)
_AGAIN = _kind_alt("scene_again")
# an arrival at a place opens a scene there: "X पहुंचे", "मोदी का माले पहुंचना"
_ARRIVED = re.compile(_GLOSS + r"(?:" + _kind_alt("arrival_after") + r"|" + _kind_alt("arrival_noun") + r")(?![\w"
                      + DEVANAGARI_WORD + r"])")
# place nouns that name no place: the scene city's ("हवाई अड्डे पर"), the acting side's capital ("राष्ट्रीय राजधानी
# में"), the whole country the act is of ("पूरे देश में"); in Hindi before the locative or "पर"
_HOSTING = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("host_noun") + r")(?![\w" + DEVANAGARI_WORD
                      + r"])", re.IGNORECASE)
# after a place's locative, where someone lives ("फैजाबाद जिले में रहने वाले बाबा"): no scene
_RESIDENT = re.compile(r"\s*(?:में\s+)?(?:" + _kind_alt("resident_after") + r")(?![\w" + DEVANAGARI_WORD + r"])",
                       re.IGNORECASE)
# places a deed falls on, named by their country before them: "इसराइली शहरों पर", "पाकिस्तान के आतंकी ठिकानों पर"
_OWNED = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?P<noun>" + _kind_alt("owned_places") + r")(?P<on>\s+पर)?(?![\w"
                    + DEVANAGARI_WORD + r"])", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
# a speech to a crowd, after the place it was made from in the ablative ("वाराणसी से ... सरकार को ललकारा")
_ADDRESS = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("address_from") + r")(?![\w" + DEVANAGARI_WORD
                      + r"])")
_ORIGIN = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("origin_after") + r")(?![\w" + DEVANAGARI_WORD
                     + r"])")
_NOT_WORD_BEFORE, _NOT_WORD_AFTER = r"(?<![\w" + DEVANAGARI_WORD + r"])", r"(?![\w" + DEVANAGARI_WORD + r"])"
_GENERIC_PLACE = re.compile(_NOT_WORD_BEFORE + r"(?:(?P<city>" + _kind_alt("scene_city_noun") + r")|(?P<capital>"
                            + _kind_alt("capital_noun") + r")|(?P<whole>" + _kind_alt("whole_country") + r"))"
                            + _NOT_WORD_AFTER + r"(?P<pp>\s+(?:में|पर)" + _NOT_WORD_AFTER + r")?",
                            re.IGNORECASE)  # fmt: skip
# a spot a measure away from a place in the ablative: near it ("कोतवाली से महज 400 मीटर की दूरी पर", "गांव से दो
# किलोमीटर दूर"; one to four words of the measure, no clause's mark among them: a bare "X से दूर" is away from X, not
# near it)
_AT_DISTANCE = re.compile(r"\s*से\s+(?:[^\s,;:।|]+\s+){1,4}?(?:" + _kind_alt("distance_after") + r")"
                          + _NOT_WORD_AFTER)
# the place of the report ("यहां", "here"), as a word of its own
_HERE_WORD = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("here") + r")(?![\w" + DEVANAGARI_WORD
                        + r"])", re.IGNORECASE)
# a visit's or a stay's scene: its sentence, where it opens, the place and its span, who made it and the host country
_Scene = tuple[int, int, str, int, int, frozenset[str]]
# after an act's Hindi noun named again, the postposition that makes it the frame of the clause's act ("इसी बैठक में
# काबुल में ... घोषणा की": Kabul is the announcement's, not the meeting's); English names the frame first
_WITHIN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _kind_words(
    "scene_within") if has_devanagari(w)), key=len, reverse=True)) + r")(?![\w" + DEVANAGARI_WORD + r"])")
_WITHIN = _kind_alt("scene_within")
# (English) after an act, what opens its object or another act: a place after it is not the act's ("condemned
# statements made by X at rallies in Haryana", "protested against its move into Lipulekh")
_OBJECT_OPENER = re.compile(r"\b(?:" + _kind_alt("object_opener") + r")\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _visit_frame(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """What follows a visit's destination when the visit frames the clause: the gap, a visit noun, its postposition."""
    alt = "|".join(sorted(map(re.escape, nouns), key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(_VISIT_FRAME_GAP + r"(?:" + alt + r")" + _VISIT_FRAME_END)


@lru_cache(maxsize=8)
def _visit_nouns(lexicons: tuple[object, ...]) -> tuple[str, ...]:
    """Every form of the nouns the lexicons code as a visit (``यात्रा``, ``दौरा``/``दौरे``, ``आगमन``)."""
    nouns: set[str] = set()
    for lex in lexicons:
        morph = getattr(lex, "morph", None)
        if morph is None:
            continue
        for e in getattr(lex, "entries", ()):
            words = [w for w in e.pred.split() if w not in _CASE_OF]
            if e.mode == "visit" and e.light and words:
                nouns |= morph.noun_forms(words[-1])
    return tuple(sorted(nouns))


@lru_cache(maxsize=8)
def _act_nouns(lexicons: tuple[object, ...], modes: frozenset[str]) -> tuple[str, ...]:
    """Every form of the nouns the lexicons code with one of ``modes`` (``बैठक``, ``मुलाक़ात``, ``meeting``)."""
    nouns: set[str] = set()
    for lex in lexicons:
        morph = getattr(lex, "morph", None)
        for e in getattr(lex, "entries", ()):
            words = [w for w in e.pred.split() if w not in _CASE_OF]
            if e.mode in modes and e.light and len(words) == 1:
                nouns |= morph.noun_forms(words[0]) if morph is not None else {words[0], words[0] + "s"}
    return tuple(sorted(nouns))


@lru_cache(maxsize=8)
def _within_gathering(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A gathering's noun named again as what the clause's acts are done within: "इस मुलाक़ात में", "इसी बैठक के
    दौरान", "during the meeting" (up to two words may qualify the noun: "दो घंटे तक चलने वाली इस भेंटवार्ता में").
    """
    alt = "|".join(sorted(map(re.escape, nouns), key=lambda w: (-len(w), w))) or "(?!)"
    b, e = r"(?<![\w" + DEVANAGARI_WORD + r"])", r"(?![\w" + DEVANAGARI_WORD + r"])"
    return re.compile(b + r"(?:(?:" + _AGAIN + r")\s+(?:[^\s,।|]+\s+){0,2}?(?:" + alt + r")\s+(?:" + _WITHIN + r")"
                      r"|(?:" + _WITHIN + r")\s+(?:" + _AGAIN + r")\s+(?:[\w-]+\s+){0,2}?(?:" + alt + r"))" + e,
                      re.IGNORECASE)  # fmt: skip


@lru_cache(maxsize=8)
def _journey(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """After a place, a journey there under way or arrived: "पाकिस्तान के दौरे पर पहुंचे", "भारत की यात्रा पर हैं"."""
    alt = "|".join(sorted(map(re.escape, nouns), key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(_VISIT_FRAME_GAP + r"(?:" + alt + r")\s+(?:" + _kind_alt("journey_on") + r")\s+(?:"
                      + _kind_alt("arrival_after") + r"|" + _kind_alt("copula") + r")(?![\w" + DEVANAGARI_WORD + r"])")


# a country's court that sits in its capital ("सुप्रीम कोर्ट ने ... खारिज कर दी": New Delhi)
_CAPITAL_COURT = re.compile(r"(?:" + _kind_alt("capital_court") + r")$", re.IGNORECASE)
# between a city and the court named by it: "सूरत की (एक) अदालत", "पटना की विशेष पीएमएलए अदालत", "a Chicago court"
_COURT_OF_CITY = re.compile(r"\s*(?:(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+)?(?:[^\s,।|()]+\s+){0,2}")
_COORDINATOR = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("coordinator") + r")(?![\w"
                         + DEVANAGARI_WORD + r"])")
_AND_NEXT = re.compile(r"\s+" + _COORDINATOR.pattern)


@lru_cache(maxsize=8)
def _unknown_inner(place_words: str) -> re.Pattern[str]:
    """A chain of genitives to a locality the tagger left unnamed, each closed by a place word, then the locative."""
    # (two such localities joined: "धमतरी जिले के अमझर गांव और मुहकोट जंगलों में")
    return re.compile(_GLOSS + r"(?:" + _UNKNOWN_INNER_WORDS + r"(?:" + place_words + r"))+(?:\s+(?:"
                      + _COORDINATOR.pattern + r")(?:\s+[^\s,।|()]+){1,3}?\s*(?:" + place_words + r"))?\s+में(?![\w"
                      + DEVANAGARI_WORD + r"])")


# what may stand between a locality and the doer it is the home of: three words at most, none a case but the genitive
# nor a conjunction ("X सरपंच", "X के कुछ", "X गांव के"); a compound postposition after the genitive is a case too
# ("X के खिलाफ", "X के साथ", "X के बाद": cases.tsv, its other cases and the adjuncts)
_NOT_DOERS_AREA = _forms_alt(frame_words("not_between") | {f for f, c in {**_CASE_OF, **_case_rows("adjunct")}.items()
                                                          if c != "gen" and has_devanagari(f)})  # fmt: skip
_DOERS_AREA = re.compile(r"(?:\s+(?!(?:" + _NOT_DOERS_AREA + r")(?![\w" + DEVANAGARI_WORD
                         + r"]))[^\s,।|()\"'“”‘’:;]+){0,3}\s+")


class _Setting(_Base):
    """Where and when an event happened, and what the article carries forward."""

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

    def _finer(self, best: _Arg, hi: int) -> _Arg:
        """The finest place a chain of names gives, from the one chosen: the genitive names the container
        ("रूस के कजान गणराज्य", "Chhattisgarh's Bijapur district"), a locative chain the finer place
        last ("अमेरिका के वाशिंगटन में ज्वाइंट बेस ... में"), a border line the district it runs through.
        """
        seen = {best.start}
        while True:
            end = best.end
            pw = self.ex.place_words.match(self.text, end) if self.ex.place_words else None
            if pw is not None:
                end = pw.end()  # "अनंतनाग जिले के ...": the name's word
            nxt = None
            for rx in (_TO_INNER_GEN, _TO_INNER_LOC) + ((_LINE_TO_INNER,) if self._is_line(best.entity_id) else ()):
                jm = rx.match(self.text, end)
                if jm is None:
                    continue
                cand = next((m for m in self.within(jm.end(), jm.end() + 1) if m.entity_id
                             and m.label in PLACE_LABELS and not m.entity_id.startswith("country:")
                             and not self._is_line(m.entity_id)), None)  # fmt: skip
                if cand is None or cand.start in seen or cand.end > hi:
                    continue
                if (cand.entity_id or "").startswith("new:") and _AND_NEXT.match(self.text, cand.end):
                    continue  # "धमतरी जिले के अमझर गांव और मुहकोट जंगलों में": one of two localities is not where
                if rx is _TO_INNER_LOC and not _LOC_NEXT.match(self.text, cand.end):
                    continue  # "दिल्ली में पुलिस ने": what follows is the clause, not a finer place
                nxt = cand
                break
            if nxt is None:
                return best
            seen.add(nxt.start)
            best = _Arg(nxt.entity_id or "", nxt.label, "loc", nxt.start, nxt.end)

    def _addressed_from(self, m: Mention, hi: int) -> bool:
        """Whether a place below a country in the ablative is where a speech to a crowd was made (``address_from`` in
        ``words.tsv`` within ten words after it, in its clause: "रमेश वर्मा ने वाराणसी से राज्य की भाजपा सरकार को
        खुलकर ललकारा", "वाराणसी से राष्ट्र को संबोधित करते हुए"), not where someone came from or what is asked of.
        """
        if (m.entity_id or "").startswith("country:") or self._case(m.end, hi, m.start) != "abl":
            return False
        am = _ADDRESS.search(self.text, m.end, hi)
        if am is None or len(_WORD.findall(self.text, m.end, am.start())) > 10:
            return False
        # (not across a clause, nor from where someone came: "दिल्ली से आए किसानों ने सरकार को ललकारा")
        return not re.search(r"[,;:।|]", self.text[m.end : am.start()]) and not _CLAUSE_WORD.search(
            self.text, m.end, am.start()) and not _ORIGIN.search(self.text, m.end, am.start())

    def _resident(self, end: int) -> bool:
        """Whether the place ending at ``end`` says where someone lives (``resident_after`` in ``words.tsv``:
        "फैजाबाद जिले में रहने वाले बाबा", "Delhi resident").
        """
        pw = self.ex.place_words.match(self.text, end) if self.ex.place_words else None
        return _RESIDENT.match(self.text, pw.end() if pw is not None else end) is not None

    def _holds_unknown(self, m: Mention, hi: int) -> bool:
        """Whether a place in the genitive holds a locality the tagger did not name, where the clause's act is
        ("राजौरी जिले के दस्सल इलाके के वन क्षेत्र में", "बांदीपोरा के केत्सुन के जंगली इलाके में"): the known place
        is the finest the reading can give. Not when a place the tagger did name stands in the chain (that one is
        the finer place), nor for a country ("भारत के कई इलाकों में" is too wide to say where).
        """
        if self.ex.place_words is None or (m.entity_id or "").startswith("country:"):
            return False
        end = m.end
        pw = self.ex.place_words.match(self.text, end)
        if pw is not None:
            end = pw.end()
        um = _unknown_inner(self.ex.place_words.pattern).match(self.text, end, max(end, hi))
        if um is None:
            return False
        # (two localities joined, "के अमझर गांव और मुहकोट जंगलों में", are no one place: the known one holds both, even
        # where the tagger named one of them)
        joined = _COORDINATOR.search(self.text, end, um.end()) is not None
        return not any(o.entity_id and o.entity_id != m.entity_id and o.label in PLACE_LABELS
                       and not (joined and o.entity_id.startswith("new:")) for o in self.within(end, um.end()))

    def _visit_frame(self, ev: Event, sent: Span) -> _Arg | None:
        """The destination of a visit that frames the act's sentence ("अपनी बेलारूस यात्रा में ... मुलाकात की",
        "भारत यात्रा के दौरान ... मुलाकात करेंगे", "during his visit to Australia"), or a place reached before the
        act ("राष्ट्रपति भवन पहुंचे मैक्रों से ... मुलाकात की"): where the act is done.
        """
        if ev.negated:
            return None  # what did not happen happened nowhere
        frame = _visit_frame(_visit_nouns(tuple(self.ex.lexicons.values())))
        for m in self.within(sent.start, sent.end):
            if not m.entity_id or m.label not in PLACE_LABELS or ev.trigger_start <= m.start < ev.trigger_end:
                continue
            lo, hi = sorted((m.end, ev.trigger_start))
            if _SAID_THAT.search(self.text, lo, hi):
                continue  # "X ने भारत यात्रा के दौरान कहा कि ... समझौता नहीं": the visit frames the saying
            if self.sent_english:
                ok = _VISIT_FRAME_EN.search(self.text, max(sent.start, m.start - 80), m.start) is not None
            else:
                fm = frame.match(self.text, m.end, sent.end)
                ok = fm is not None and not fm.start() <= ev.trigger_start < fm.end()
                if not ok and m.end <= ev.trigger_start:
                    pw = self.ex.place_words.match(self.text, m.end) if self.ex.place_words else None
                    am = _ARRIVAL_FRAME.match(self.text, pw.end() if pw else m.end, ev.trigger_start)
                    ok = am is not None  # arrived there first, then did the act
            if ok:
                return _Arg(m.entity_id, m.label, "loc", m.start, m.end)
        return None

    def _city_in(self, country: str) -> str | None:
        """The city the article is filed from, or the clause chain's city, when it lies in ``country``."""
        filed = self.dateline.entity_id if self.dateline is not None else None
        for city in (self.chain_place if self.sentences_since_place <= 2 else None, filed):
            if city and self.ex.is_city(city) and self.ex.affiliation(city, self.roles, self.date) == country:
                return city
        return None

    def _at(self, m: Mention, ev: Event, hi: int) -> bool:
        """Whether a place is where the act happens by its case: the locative ("पुंछ में", "in Poonch"), or
        "पर" ("on", "at") for a facility or a place below a country that a deed is done at or to ("शंभू
        बॉर्डर पर ... आंसू गैस के गोले छोड़े", "हवाई अड्डे पर स्वागत", "शहर पर कब्ज़ा"); after a word, "पर"
        names what it is about ("कश्मीर पर बयान", "बंदरगाह पर समझौता"), so not for speech, talks or agreements.
        """
        case = self._case(m.end, hi, m.start)
        if case == "loc" or (case == "gen" and self._holds_unknown(m, hi)):
            return True
        if case == "abl" and not (m.entity_id or "").startswith("country:") and m.end <= ev.trigger_start:
            pw = self.ex.place_words.match(self.text, m.end) if self.ex.place_words else None
            near = _AT_DISTANCE.match(self.text, pw.end() if pw is not None else m.end, ev.trigger_start)
            if near is not None:
                return True  # "दादरी कोतवाली से महज 400 मीटर की दूरी पर ... डकैती की": done near it
        if (case == "abl" and ev.mode == "arrest" and not (m.entity_id or "").startswith("country:")
                and m.end <= ev.trigger_start
                and len(_WORD.findall(self.text, m.end, ev.trigger_start)) <= 3):  # fmt: skip
            # "बलूचिस्तान से गिरफ्तार": where someone is arrested from, right before the verb, is where the arrest was
            # made (not "गुजरात से सांसद X को ... गिरफ्तार किया": where a member is from)
            return True
        return case == "on" and (ev.type in _DEEDS or ev.mode in ("host", "visit")) and (
            m.label == "FAC" or (m.entity_id or "").split(":")[0] in ("city", "region", "new")
        ) and not self._is_line(m.entity_id or "")  # fmt: skip

    def _venue(self, ev: Event, lo: int, hi: int, halls_only: bool = False) -> _Arg | None:
        """A named gathering the clause's act is done at, in the locative ("म्यूनिख सुरक्षा सम्मेलन में ... मुलाकात
        हुई", "at the Raisina Dialogue"): where it was held is where the act happened. So is a body that sits in
        one hall (``sitting_body`` in ``words.tsv``: "संयुक्त राष्ट्र महासभा में ... प्रस्ताव पास किया गया").
        """
        for m in self.within(lo, hi):
            ent = self.ex.kb.entities.get(m.entity_id or "")
            # (or a body that sits in one hall: "संयुक्त राष्ट्र महासभा में ... प्रस्ताव पास किया गया")
            sits = (m.label == "ORG" and m.end <= ev.trigger_start  # (after the act, it is the next clause's hall)
                    and _SITTING_BODY.search(self.text, m.start, m.end) is not None
                    and not _OBJECT_ONLY.fullmatch(self.text, m.end, ev.trigger_start))  # fmt: skip
            gathering = not halls_only and ent is not None and (m.label == "EVENT" or ent.kind == "event")
            if (((sits and m.entity_id) or gathering)
                    and m.entity_id not in ev.actor_ids() and not ev.trigger_start <= m.start < ev.trigger_end
                    and self._case(m.end, hi, m.start) == "loc"):  # fmt: skip
                return _Arg(m.entity_id or "", m.label, "loc", m.start, m.end)
        return None

    def _bare_hall(self, ev: Event, lo: int, hi: int) -> _Arg | None:
        """A body that sits in one hall named by its kind alone in the locative before the act, with no name of its
        own (``sitting_body`` in ``words.tsv``, a court or a parliament of ``agents.tsv``: "रामलाल ने हाई कोर्ट में
        याचिका दायर कर ... गुहार लगाई", "विपक्ष ने संसद में ... आलोचना की"): a parliament is its country's (the
        country in the genitive before it, the doers', the dateline's, else the home country); a court names no
        place and stands for the city it sits in (named with it, "लखनऊ की एक अदालत में", else the city the report
        is filed from; a country's top court its capital), spanned by the body's words.
        """
        agents = self.ex.agents.get("en" if self.sent_english else "hi")
        if agents is None or ev.negated:
            return None
        named = [(m.start, m.end) for m in self.within(max(0, lo - 40), hi) if m.entity_id]
        for s, e, agent in agents.find(self.text, lo, ev.trigger_start):
            if (agent.sector not in ("JUD", "LEG") or any(ms < e and s < me for ms, me in named)
                    or _SITTING_BODY.search(self.text, s, e) is None or self._case(e, hi, s) != "loc"
                    or _OBJECT_ONLY.fullmatch(self.text, e, ev.trigger_start)):  # fmt: skip
                continue
            before = [m for m in self.within(max(0, s - 40), s) if m.entity_id and m.end <= s]
            if agent.sector == "LEG":
                body = self._parliament(ev, s)
                if body is not None:
                    return _Arg(body, "ORG", "loc", s, e)
                continue
            city = next((m.entity_id for m in reversed(before) if self.ex.is_city(m.entity_id or "")
                         and _COURT_OF_CITY.fullmatch(self.text, m.end, s)), None)  # fmt: skip
            dl = self.dateline.entity_id if self.dateline is not None else None
            if city is None and _CAPITAL_COURT.search(self.text, s, e):
                city = self.ex.capitals.get((self._host(dl) if dl else None) or self.ex.home)
            elif city is None and dl and self.ex.is_city(dl):
                city = dl
            if city:
                return _Arg(city, "GPE", "loc", s, e)
            if not dl:
                # (a report with no place it is filed from: the one city the article names a court by, "शिकागो की
                # अदालत ... अदालत में सुनवाई के दौरान बरी", else the court itself by its words, "हाई कोर्ट में ... गुहार")
                seat = self._court_city()
                if seat is not None:
                    return _Arg(seat[0], "GPE", "loc", s, e)
                return _Arg(new_entity_id("FAC", fold(self.text[s:e])), "FAC", "loc", s, e)
        return None

    def _parliament(self, ev: Event, s: int) -> str | None:
        """The parliament a body named by its kind alone at ``s`` ("संसद") is: its country's (the country in the
        genitive right before it, the doers', the dateline's, else the home country), when the knowledge base has it.
        """
        before = [m for m in self.within(max(0, s - 40), s) if m.entity_id and m.end <= s]
        owner = next((m.entity_id for m in reversed(before) if (m.entity_id or "").startswith("country:")
                      and _TO_INNER_GEN.fullmatch(self.text, m.end, s)), None)  # fmt: skip
        doers = [a.affiliation or a.entity_id for a in ev.actors if a.role != "target"]
        dl = self.dateline.entity_id if self.dateline is not None else None
        country = (owner or next((c for c in doers if (c or "").startswith("country:")), None)
                   or (self._host(dl) if dl else None) or self.ex.home)  # fmt: skip
        body = f"org:{country.split(':', 1)[1]}-parliament"
        return body if body in self.ex.kb.entities else None

    def _hall_attacked(self, ev: Event, lo: int, hi: int) -> _Arg | None:
        """A body that sits in one hall (``sitting_body`` in ``words.tsv``) named right before an attack in the
        case "on" ("भारतीय संसद पर ... हमला", "संसद परिसर पर हुए हमले"): the attack fell on its hall, which is where
        it happened, before any other place of the clause (another attack's, "जम्मू में हुआ हमला ... संसद पर हुए
        हमले"). A named body is itself (a parliament's entity); one named by its kind alone is its country's
        parliament (``_parliament``); a court named bare names no place and gives none. Spanned by the body's words.
        """
        if ev.type != "ASSAULT" or ev.negated or self.sent_english:
            return None
        # (the body's words then at most nine words, none a clause's break, before the attack's)
        lo = max(lo, ev.trigger_start - 120)
        for m in reversed(self.within(lo, ev.trigger_start)):
            if (m.label == "ORG" and m.entity_id and _SITTING_BODY.search(self.text, m.start, m.end)
                    and self._case(m.end, hi, m.start) == "on" and self._close_before(m.end, ev.trigger_start)):
                return _Arg(self._building_of(m.start, m.end, m.entity_id) or m.entity_id, "ORG", "loc", m.start, m.end)
        agents = self.ex.agents.get("hi")
        if agents is None:
            return None
        named = [(m.start, m.end) for m in self.within(lo, ev.trigger_start) if m.entity_id]
        for s, e, agent in reversed(list(agents.find(self.text, lo, ev.trigger_start))):
            if (agent.sector != "LEG" or any(ms < e and s < me for ms, me in named)
                    or _SITTING_BODY.search(self.text, s, e) is None or self._case(e, hi, s) != "on"
                    or not self._close_before(e, ev.trigger_start)):  # fmt: skip
                continue
            body = self._parliament(ev, s)
            if body is not None:
                return _Arg(self._building_of(s, e, body) or body, "ORG", "loc", s, e)
        return None

    def _building_of(self, s: int, e: int, body: str) -> str | None:
        """The building the article names for a body that sits in one hall (a facility whose words open with the
        body's word, "संसद भवन" for "संसद") in the body's own country, which is the hall the body's name stands for
        here, or ``None`` (another country's house is not the hall of this one).
        """
        word = _SITTING_BODY.search(self.text, s, e)
        country = self.ex.kb.country_id(body)
        if word is None or not country:
            return None
        head = fold(word.group(0)) + " "
        return next((m.entity_id for m in self.within(0, len(self.text)) if m.label == "FAC" and m.entity_id
                     and fold(self.text[m.start : m.end]).startswith(head)
                     and self.ex.kb.country_id(m.entity_id) == country), None)  # fmt: skip

    def _close_before(self, end: int, start: int) -> bool:
        """Whether at most nine words and no clause's break stand between a name's end and an act's words."""
        # a clause's break: a comma, a danda (some pages type it as "|"), a semicolon or a colon
        gap = self.text[end:start]
        return not re.search(r"[,।|;:]", gap) and len(_WORD.findall(gap)) <= 9

    def _place(self, ev: Event, places: list[_Arg], sent: Span, lo: int, hi: int) -> None:
        if id(ev) in self.anaphoric and _WITHIN_AFTER.match(self.text, ev.trigger_end):
            # "इसी बैठक में काबुल में ... घोषणा की": the gathering named again frames the clause's act, whose place
            # follows; the gathering's own place was told before (and is carried back by ``carry_places``)
            places = [p for p in places if p.end <= ev.trigger_start]
            hi = min(hi, ev.trigger_end)
        self._place_of_clause(ev, places, sent, lo, hi)
        attacked = self._hall_attacked(ev, lo, hi)
        if attacked is not None:
            ev.place, ev.place_start, ev.place_end = attacked.entity_id, attacked.start, attacked.end
            self.in_hall.add(id(ev))
            return
        # (a place the clause does not name, the dateline's, the clause chain's or an actor's last, is weaker than
        # the hall it names)
        if ev.mode in _ELSEWHERE_MODES or ev.negated or (ev.place and ev.place_start >= 0
                                                         and not ev.place.startswith("country:")):  # fmt: skip
            return
        # (a named exercise or operation is the deed itself: "मालाबार में युद्धाभ्यास किया"; a hall is not)
        venue = self._venue(ev, lo, hi, halls_only=ev.type in _NAMED_DEEDS)
        hall = self._bare_hall(ev, lo, hi) if venue is None else None
        if venue is not None or hall is not None:
            # a country is too wide where the clause names the gathering held in it ("जर्मनी में आयोजित ... सम्मेलन में")
            got = venue or hall
            assert got is not None
            ev.place, ev.place_start, ev.place_end = got.entity_id, got.start, got.end
            if hall is not None:
                self.in_hall.add(id(ev))

    def _place_of_clause(self, ev: Event, places: list[_Arg], sent: Span, lo: int, hi: int) -> None:
        actor_ids = ev.actor_ids()
        # "पुलवामा हमला", "मुंबई हमलों", "पहलगाम आतंकी हमले": a place right before the act's noun (a
        # word between at most) names where that act happened, before any other place of the clause
        named = [_Arg(m.entity_id, m.label, "loc", m.start, m.end) for m in self.within(max(lo, ev.trigger_start - 40),
                 ev.trigger_start) if m.entity_id and m.label in PLACE_LABELS and m.entity_id not in actor_ids
                 and (not m.entity_id.startswith("country:") or ev.mode == "visit")
                 and self.text[m.start - 1 : m.start] not in "-–"
                 and _BEFORE_NOUN.fullmatch(self.text, m.end, ev.trigger_start)]  # fmt: skip
        # (a country there is a side or a modifier: "भारत-रूस शिखर सम्मेलन", "चीन सीमा"); before a visit's noun, the
        # destination ("अपने लंदन दौरे के दौरान", "अमेरिका यात्रा")
        here = None if named else self._here_before(ev, sent, lo)
        if here is not None:
            # "भारत ने आज ... उप उच्चायुक्त को यहां समन कर इस्लामाबाद में ...": "here" in the act's clause, before it,
            # is where the report is filed; a place after the act is the next clause's
            ev.place, ev.place_start, ev.place_end = here
            return
        # "वाराणसी से ... सरकार को ललकारा": the place a speech to a crowd was made from is where the act said
        # in it was done (not a deed it tells of)
        podium = [_Arg(m.entity_id, m.label, "loc", m.start, m.end) for m in self.within(lo, ev.trigger_start)
                  if m.entity_id and m.label in PLACE_LABELS and ev.type not in _DEEDS
                  and self._addressed_from(m, ev.trigger_end)]  # fmt: skip
        cands = named or podium or places or [
            _Arg(m.entity_id or "", m.label, "loc", m.start, m.end)
            for m in self.within(lo, hi)
            if m.label in PLACE_LABELS and self._at(m, ev, sent.end)
            and not self._elsewhere(m.end, ev.trigger_start, ev.trigger_end)
            and (m.end <= ev.trigger_start or ev.type != "ASSAULT" or self._same_deed_after(ev, m.start, m.end))
        ]  # fmt: skip
        if ev.type not in _ON_A_LINE:  # an agreement or a statement "along the LoC" is about the line, not done on it
            cands = [c for c in cands if not self._is_line(c.entity_id)]
        # where someone lives describes them ("पुलिस ने कंकड़बाग इलाके में रहने वाले दो युवकों को ... गिरफ्तार किया"),
        # and is not where the act was done
        cands = [c for c in cands if c.start < 0 or not self._resident(c.end)]
        # (a place all round which a show of force is aimed stays where it was: "ताइवान के चारों ओर")
        around = {(a.start, a.end) for a in ev.actors
                  if a.via == "place" and a.role == "target" and ev.type == "MOBILIZE"}  # fmt: skip
        cands = [c for c in cands if (c.entity_id and c.entity_id not in actor_ids) or ev.mode == "visit"
                 or (c.start, c.end) in around]  # fmt: skip
        if ev.type not in _DEEDS and not self.sent_english:
            # a place inside what a statement or talks are about ("इस्लामाबाद में ... रोकने को लेकर विरोध दर्ज कराया",
            # "लद्दाख में तनाव को लेकर बैठक हुई"): the topic's place, not where the act was done
            cands = [c for c in cands if not (c.end <= ev.trigger_start
                                              and _TOPIC_AFTER.search(self.text, c.end, ev.trigger_start))]
        if self.sent_english:
            cands = [c for c in cands if c.start < ev.trigger_end
                     or not _OBJECT_OPENER.search(self.text, ev.trigger_end, c.start)]  # fmt: skip
        # a place in a relative clause after the act ("चीन के दौरे पर हैं, जहां उन्होंने बीजिंग में ... मुलाकात की")
        # is where that clause's act happened
        cands = [c for c in cands if c.start < ev.trigger_end or not _WHERE.search(self.text, ev.trigger_end, c.start)]
        # and a place inside words quoted after the act ("विरोध करते हुए कहा, ‘भारत में कानूनी कार्रवाई पर ...’") is the
        # quotation's, not where the act was done
        cands = [c for c in cands if c.start < ev.trigger_end
                 or not _QUOTE_OPENS.search(self.text, ev.trigger_end, c.start)]  # fmt: skip
        # so is a place in what the act says after it ("आरोप लगाया कि दिल्ली में ..."): the content's
        cands = [c for c in cands if c.start < ev.trigger_end
                 or not _SAID_THAT.search(self.text, ev.trigger_end, c.start)]  # fmt: skip
        if ev.type in _SPEECH:
            # a place before a deed's noun that the statement is about ("काबुल में ... होटल पर आतंकी हमले की निंदा
            # की") is where that deed was done; the statement was made wherever its speaker was
            cands = [c for c in cands if not self._deed_between(c.end, ev.trigger_start)]
        if cands:
            # a border line ("along the LoC in Poonch district") is where only when nothing finer is named
            best = sorted(cands, key=lambda c: (self._is_line(c.entity_id), not self.ex.is_city(c.entity_id),
                                                abs(c.start - ev.trigger_start)))[0]  # fmt: skip
            if self.sent_english and best.start >= 0:
                # "at Nathu La in Sikkim", "in Pahalgam in Jammu and Kashmir": English names the finer place first (a
                # city still before what stands in it: "at the Parliament House in Canberra")
                inner = next((c for c in cands if c.start >= 0 and c.end <= best.start
                              and (self.ex.is_city(c.entity_id) or not self.ex.is_city(best.entity_id))
                              and _EN_IN_CONTAINER.fullmatch(self.text, c.end, best.start)), None)  # fmt: skip
                best = inner or best
            if best.start >= 0:
                best = self._finer(best, sent.end)
            ev.place, ev.place_start, ev.place_end = best.entity_id, best.start, best.end
            if self.ex.is_city(best.entity_id) and id(ev) not in self.nominal:
                self.chain_place, self.sentences_since_place = best.entity_id, 0
                self.chain_place_actors = self._chain_key(ev)
                self.chain_place_deed = ev.type in _DEEDS
            return
        seat = self._seat(ev)
        if seat is not None:
            ev.place, ev.place_start, ev.place_end = seat
            return
        framed = self._visit_frame(ev, sent) if ev.mode != "visit" else None
        if framed is not None:
            # the act is done on a visit: at its destination (the city the report is filed from, when in that country)
            city = self._city_in(framed.entity_id) if framed.entity_id.startswith("country:") else None
            ev.place, ev.place_start, ev.place_end = (city, -1, -1) if city else (framed.entity_id, framed.start,
                                                                                  framed.end)  # fmt: skip
            return
        if ev.mode == "visit":
            # where a visit goes is where it happens ("मालदीव के दौरे पर हैं", "भारत पहुंचे")
            dest = next((a for a in ev.actors if a.role == "target" and self._label(a.entity_id) in PLACE_LABELS), None)
            if dest is not None:
                ev.place, ev.place_start, ev.place_end = dest.entity_id, dest.start, dest.end
                if dest.start >= 0:  # "रूस के कजान पहुंचे": the city reached
                    inner = self._finer(_Arg(dest.entity_id, "GPE", "loc", dest.start, dest.end), sent.end)
                    ev.place, ev.place_start, ev.place_end = inner.entity_id, inner.start, inner.end
            return
        within = self._within_which(ev, sent)
        if within is not None:
            ev.place, ev.place_start, ev.place_end = within
            return
        for a in ev.actors:
            if a.entity_id in self.place_of:
                ev.place, start, end = self.place_of[a.entity_id]
                if a.entity_id in self.before_hall:
                    # a hall of the sentence's clause chain ("हाई कोर्ट में याचिका दायर कर ... गुहार लगाई"): its words
                    ev.place_start, ev.place_end = start, end
                    self.in_hall.add(id(ev))
                    return
                if ev.place.startswith("country:"):
                    # a visit told only where to: the city the article is filed from or is at, if in it
                    ev.place = self._city_in(ev.place) or ev.place
                return
        home = self._doers_locality(ev)
        if home is not None:
            # "ग्राम पंचायत X सरपंच Y ने", "X गांव के लोगों ने": the doer's own locality, where nothing else places the act
            ev.place, ev.place_start, ev.place_end = home
            return
        if ev.mode in _HOST_ACTS:
            # an envoy is summoned or expelled where the acting government sits: its capital
            side = next((a.affiliation for a in ev.actors if a.role == "source" and a.affiliation), None)
            capital = self.ex.capitals.get(side or "")
            if capital:
                ev.place = capital
                return
        if (self.chain_place and self.sentences_since_place <= 2 and self._chain_key(ev) & self.chain_place_actors
                and not (self.chain_place_deed and ev.type in _AT_HOST and ev.type not in _DEEDS)
                and not self._doers_abroad(ev, self.chain_place)):  # fmt: skip
            ev.place = self.chain_place  # the clause chain's place: "X ने दिल्ली में ...। उन्होंने ..."
            return
        # the dateline's city, for an event of its country's people ("यहां")
        dl = self.dateline
        if dl is None or not dl.entity_id or not self.ex.is_city(dl.entity_id):
            return
        country = self.ex.affiliation(dl.entity_id, self.roles, self.date)
        if (ev.type in _SPEECH and country and ev.modality == "occurred" and id(ev) not in self.earlier
                and any(a.role == "source" and country in (a.entity_id, a.affiliation)
                        for a in ev.actors)):  # fmt: skip
            # a statement the dateline's country makes ("नई दिल्ली, ... भारत ने ... की निंदा की") is made where the
            # report is filed, whatever places it is about
            ev.place = dl.entity_id
            return
        if not self.places_seen - {dl.entity_id}:
            sides = {a.affiliation for a in ev.actors}
            # (a deed between two countries' sides is not done where one side's report is filed: a clash on the
            # border told from Beijing)
            if (country and country in sides and not (ev.type in _DEEDS and len(sides - {None}) > 1)
                    and not self._doers_abroad(ev, dl.entity_id)):  # fmt: skip
                ev.place = dl.entity_id
                self.by_dateline.add(id(ev))
            elif country and ev.actors and not sides - {None}:
                # (no side of any country, "पुलिस ने ...", "कांग्रेस नेताओं ने ...": a local report's acts are where it is
                # filed, unless a scene says otherwise; given last, after the scenes are carried)
                self.filed_here.add(id(ev))

    def _doers_locality(self, ev: Event) -> tuple[str, int, int] | None:
        """A locality the knowledge base lacks (a village, a panchayat, a police station's area) named right before a
        doer's words, with at most three words and no case but the genitive between ("ग्राम पंचायत X सरपंच Y ने", "X
        गांव के कुछ लोगों ने", "X थाना पुलिस ने"): the doer acts at home. Not a listed city or a country: "दिल्ली के
        मुख्यमंत्री" acts wherever he is.
        """
        for a in ev.actors:
            if a.role != "source" or a.start < 0:
                continue
            before = [m for m in self.within(max(0, a.start - 80), a.start) if m.end <= a.start]
            m = before[-1] if before else None
            if (m is not None and m.label == "GPE" and (m.entity_id or "").startswith("new:gpe:")
                    and _DOERS_AREA.fullmatch(self.text, m.end, a.start)):  # fmt: skip
                return m.entity_id or "", m.start, m.end
        return None

    def _within_which(self, ev: Event, sent: Span) -> tuple[str, int, int] | None:
        """The place of the act a relative clause of what happened within it follows (``relative_within`` in
        ``words.tsv``: "यह कार्रवाई पुलवामा में हुए आतंकी हमले के जवाब में की गई, जिसमें आतंकवादियों ने 40 जवानों की
        हत्या कर दी थी", "an attack in a town, in which ... were killed"), for an act of that clause: the last act of
        the sentence told with a place of its own words before the relative word, six words before it at most.
        """
        rm = next(reversed(list(_WITHIN_WHICH.finditer(self.text, sent.start, ev.trigger_start))), None)
        if rm is None or re.search(r"[;:।|]", self.text[rm.end() : ev.trigger_start]) or _CLAUSE_WORD.search(
                self.text, rm.end(), ev.trigger_start):  # fmt: skip
            return None
        before = [e for e in self.told if e is not ev and sent.start <= e.trigger_start and e.trigger_end <= rm.start()]
        if not before:
            return None
        last = max(before, key=lambda e: e.trigger_end)
        if (not last.place or last.place_start < 0 or id(last) in self.in_hall
                or len(_WORD.findall(self.text, last.trigger_end, rm.start())) > 6):  # fmt: skip
            return None
        return last.place, last.place_start, last.place_end

    def _doers_abroad(self, ev: Event, place: str) -> bool:
        """Whether every doer of a coercion or sanction is of one country and the place lies in another: a government
        acts at home ("नई दिल्ली : ...। बांग्लादेश की अंतरिम सरकार ने हसीना सहित 97 लोगों के पासपोर्ट रद्द कर दिए"),
        whoever its act is upon and wherever the report is filed.
        """
        if ev.type not in _DOMESTIC:
            return False  # (talks, a boycott, a statement: done wherever the doer went)
        doers = {a.affiliation or (a.entity_id if a.entity_id.startswith("country:") else "")
                 for a in ev.actors if a.role != "target"}  # fmt: skip
        if len(doers) != 1 or "" in doers:
            return False
        held = self.ex.affiliation(place, self.roles, self.date)
        return bool(held) and held not in doers

    def _here_before(self, ev: Event, sent: Span, lo: int) -> tuple[str, int, int] | None:
        """The dateline's city, where "here" (``here`` in words.tsv) stands in the act's clause before it, outside
        quoted words (not "X के यहां", at X's home).
        """
        dl = self.dateline
        if dl is None or not dl.entity_id or not self.ex.is_city(dl.entity_id):
            return None
        for hm in _HERE_WORD.finditer(self.text, max(lo, sent.start), ev.trigger_start):
            at_home = _GEN_BEFORE.search(self.text, max(0, hm.start() - 4), hm.start())
            if not self._quoted(sent, hm.start()) and not at_home:
                return dl.entity_id, hm.start(), hm.end()
        return None

    def _seat(self, ev: Event) -> tuple[str, int, int] | None:
        """Where a doer of the act sits, by the place named before it with ``seat_word`` ("बेरूत स्थित भारतीय दूतावास
        ने ... सलाह दी"): the body acts there.
        """
        for a in ev.actors:
            if a.role == "target" or a.start < 0 or ev.mode in _ELSEWHERE_MODES:
                continue
            for m in self.within(max(0, a.start - 40), a.start):
                if m.entity_id and m.label in PLACE_LABELS and _SEAT.fullmatch(self.text, m.end, a.start):
                    return m.entity_id, m.start, m.end
        return None

    def _same_deed_after(self, ev: Event, start: int, end: int) -> bool:
        """Whether a verb of the act's own kind follows a place at ``start``-``end`` after the act's noun, in its
        clause (a noun told first, "एक कथित पुलिस मुठभेड़ में ... अहमदाबाद के पास मार दिया था": the place before the
        verb is the deed's; not across a clause's word, "चौकी को निशाना बनाया जो ... सेक्टर में ... उल्लंघन कर रही थी").
        """
        if re.search(r"[,;:]", self.text[ev.trigger_end : start]) or _CLAUSE_WORD.search(self.text, ev.trigger_end,
                                                                                         start):  # fmt: skip
            return False
        return any(o.match is not None and o.type == ev.type and o.match.form != "nominal" and o.match.start >= end
                   and o.match.start != ev.trigger_start for o in self.found_here)  # fmt: skip

    def _deed_between(self, lo: int, hi: int) -> bool:
        """Whether the predicate of a deed (an attack, an arrest, ...) stands in ``text[lo:hi]``."""
        return any(o.match is not None and o.type in _DEEDS and lo <= o.match.start and o.match.end <= hi
                   for o in self.found_here)  # fmt: skip

    def _perfect_before(self, lo: int, start: int) -> bool:
        """Whether an English present-perfect auxiliary ("has", "have") opens the verb group that ends at ``start``."""
        return _PERFECT_AUX.search(self.text, max(lo, start - 24), start) is not None

    def _date(self, ev: Event, lo: int, start: int, end: int, after_end: int, sent: Span,
              perfect: bool = False) -> None:
        found = [self._range(t) if t.type == "DURATION" else t for t in self.timexes_within(sent.start, sent.end)
                 if t.type in ("DATE", "TIME", "DURATION")
                 and not t.value.endswith("_REF")]  # fmt: skip
        dates = [t for t in found if t is not None and t.type != "DURATION" and not t.value.startswith("XXXX-XX-XX")
                 and ((t.start, t.end) in self.ranges or not _UNTIL.match(self.text, t.end))]  # fmt: skip
        # (a date a bound follows, "5 अक्टूबर तक ... प्रतिबंध लागू कर दिया", is when the act's state ends, not when it
        # was done)
        # a date before another predicate belongs to that one (22 अप्रैल को हुए हमले पर ... एकजुटता), unless that one
        # made no act and only qualifies or serves the clause ("फरवरी में आई रिपोर्ट में ... करार दिया गया")
        told_here = self.told_starts_within(sent.start, start)
        # the clause chain's day fits the act: a date before an infinitive it came after is that happening's, and
        # the chain's day the act's ("गुरुवार को भारत पहुंचे। चार अगस्त को चुने जाने के बाद ... भारत आए हैं")
        # (an act told as claimed too: "इस हमले में 100 से ज्यादा आतंकियों के मारे जाने की खबर है")
        # (an act of another kind told in the present perfect in a later sentence, "... परीक्षण किया। जापान ने
        # नाराजगी जाहिर की है", "who have registered a case", stands as of the report, not on the chain's day; the
        # same act told again, "गुरुवार को भारत पहुंचे। ... भारत आए हैं", keeps it)
        chained = (self.chain_date is not None and self.sentences_since_date <= 2
                   and not (perfect and self.chain_date.start < sent.start and ev.type != self.chain_date_type)
                   and ev.modality in ("occurred", "claimed")
                   and (ev.type == self.chain_date_type or bool(self._chain_key(ev) & self.chain_date_actors)))
        # (a bare event noun, "गुरुवार को मोदी-प्रचंड वार्ता के बाद ... हस्ताक्षर", does not take it)
        before = [t for t in dates if lo <= t.start and t.end <= start
                  and not any(o.match is not None and t.end <= o.match.start and o.match.end <= start
                              and (o.match.form != "nominal" or self._participle_between(t.end, o.match.start))
                              and (o.type, o.mode) != (ev.type, ev.mode) and id(o) not in self.not_predicates
                              and (o.match.start in told_here or not self._no_act_between(o))
                              and not _WHEN_CLAUSE.search(self.text, o.match.end, start)
                              for o in self.found_here)
                  and not (chained and _THEN_AFTER.search(self.text, t.end, start))]  # fmt: skip
        # (in Hindi a date before another predicate after the act's noun is that predicate's: "पेशावर में हुए आतंकी
        # हमले की भारत ने मंगलवार को निंदा की": Tuesday is the condemnation's, not the attack's)
        after = [t for t in dates if end <= t.start and t.end <= after_end
                 and (self.sent_english or not any(o.match is not None and t.end <= o.match.start
                                                   and o.type != ev.type
                                                   and id(o) not in self.not_predicates for o in self.found_here))]
        pick = before[-1] if before else after[0] if after else None
        if pick is None:
            pick = self._when_date(dates, sent, start)
        held = _UNDER_WAY_IN.search(self.text, start, min(len(self.text), end + 8))
        under_way = _UNDER_WAY.match(self.text, end) or (held is not None and held.end() >= end)
        if pick is None and lo > sent.start and _SAID_THAT_END.search(self.text, sent.start, lo) and under_way:
            # "दिसंबर 2011 में X ने स्वीकार किया था कि ... शांति वार्ता चल रही है": what is under way in reported
            # words was so when they were said
            pick = next((t for t in reversed(dates) if sent.start <= t.start and t.end <= lo
                         and t.precision in ("day", "weekday", "month")), None)  # fmt: skip
        if pick is not None and pick.precision == "year" and pick in before:
            # "14-16 मार्च तक हैम्बर्ग सुरक्षा फोरम 2025 में": a bare year after a finer date in the
            # clause qualifies it or names something; the finer date says when
            finer = [t for t in before if t.precision in ("day", "weekday", "month", "time")]
            if finer and finer[-1].value.startswith("XXXX-") and pick.value[:4].isdigit():
                # (and its year fills the finer date's unknown year)
                f = finer[-1]
                finer[-1] = Timex(f.start, f.end, f.type, pick.value[:4] + f.value[4:], f.precision, f.anchored)
            pick = finer[-1] if finer else pick
        if pick is not None and pick.type == "TIME" and "T" in pick.value:
            # "On Saturday last at about 4.30 pm", "शनिवार को शाम 5 बजे": the clock is on the day just before it
            day = next((t for t in reversed(dates) if t.end <= pick.start and t.precision in ("day", "weekday")
                        and _DAY_THEN_CLOCK.fullmatch(self.text, t.end, pick.start)), None)  # fmt: skip
            if day is not None:
                clock = pick.value[pick.value.index("T") :]
                value = day.value + clock if day.precision == "day" else day.value
                pick = Timex(day.start, pick.end, "TIME", value, "time" if day.precision == "day" else "weekday")
        if (pick is not None and self.sent_english and pick in before and pick.precision not in _DAY_PRECISE
                and any(t.precision in ("day", "time") for t in after)):  # fmt: skip
            # "a week after India had declared him persona non grata on May 13": English tells the day after
            # the verb; a coarser span before it ("a week after") measures from another happening
            pick = next(t for t in after if t.precision in ("day", "time"))
        if pick is not None and pick.precision == "weekday":
            # "14 फरवरी दिन गुरुवार को", "Thursday, June 26": the calendar day beside the weekday says more
            beside = [t for t in dates if t is not pick and t.precision == "day" and (
                (t.end <= pick.start and _BESIDE.fullmatch(self.text, t.end, pick.start))
                or (pick.end <= t.start and _BESIDE.fullmatch(self.text, pick.end, t.start)))]  # fmt: skip
            pick = beside[0] if beside else pick
        if pick is not None and pick.precision == "weekday" and pick.value.startswith("XXXX-WXX-"):
            pick = self._weekday_dated(pick)
        if pick is None and chained:
            pick = self.chain_date  # the clause chain's date: "X ने गुरुवार को ...। उन्होंने ... भी किया"
        elif pick is not None and pick.anchored:
            pick = self._filed_anchor(pick)
        if pick is not None:
            ev.date, ev.date_start, ev.date_end = pick.value, pick.start, pick.end
            ev.precision = pick.precision
            ev.date_basis = "text"
            ev.date_to = self.ranges.get((pick.start, pick.end))
            if pick.precision in ("day", "weekday"):
                self.chain_date, self.sentences_since_date = pick, 0
                self.chain_date_actors, self.chain_date_type = self._chain_key(ev), ev.type

    def _filed_anchor(self, pick: Timex) -> Timex:
        """A date read from the publication date, read again from the day the dateline says the report was filed
        ("नई दिल्ली, 29 सितंबर (आईएएनएस)। ... ने आज पुष्टि की", published the 30th: the 29th), when the two differ.
        """
        from ..timex import find_timexes

        filed = self.dateline_date.value if self.dateline_date is not None else ""
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", filed) or (self.a.published or "")[:10] in ("", filed):
            return pick
        again = [t for t in find_timexes(self.text, filed, pick.start, pick.end)
                 if (t.start, t.end, t.type) == (pick.start, pick.end, pick.type)]  # fmt: skip
        return again[0] if again else pick

    def _year_told_before(self, pick: Timex) -> Timex:
        """A day or month told without its year in a report with no publication date, after a date that gives one
        in its sentence or the one before ("16 मार्च 2006 को ... गिरफ्तार किया गया और 17 मार्च को ... भेज दिया
        गया", "5 अक्टूबर 2008 को ...। ... 11 अक्टूबर को केस दर्ज किया"): the story goes on in that year, when
        the day comes on or after the one told (a month earlier would be the next year, or background).
        """
        if self.a.published or not re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", pick.value[:10]):
            return pick
        i = bisect_right(self.sentence_starts, pick.start) - 1
        lo = self.sentence_starts[max(0, i - 1)] if i >= 0 else 0
        # the last date with a year told before it (a bare year names no day the story goes on from)
        told = [t for t in self.timexes_within(lo, pick.start) if t.type in ("DATE", "TIME") and t.end <= pick.start
                and t.value[:4] != "XXXX"]  # fmt: skip
        last = told[-1] if told else None
        if last is None or not re.match(r"\d{4}-\d\d", last.value) or last.precision not in ("day", "month", "time"):
            return pick
        if pick.value[5:10] < last.value[5:10][: len(pick.value[5:10])]:
            return pick
        return Timex(pick.start, pick.end, pick.type, last.value[:4] + pick.value[4:], pick.precision, pick.anchored)

    def _when_date(self, dates: list[Timex], sent: Span, start: int) -> Timex | None:
        """The date of the clause a "when" clause the act is in follows ("... ने बुधवार को उस समय हिरासत में ले
        लिया, जब वे ... घेराव करने जा रहे थे"): the time of both.
        """
        wm = next(reversed(list(_WHEN_CLAUSE.finditer(self.text, sent.start, start))), None)
        if wm is None or not any(o.match is not None and o.match.end <= wm.start() for o in self.found_here):
            return None
        return next((t for t in reversed(dates) if sent.start <= t.start and t.end <= wm.start()
                     and t.precision in _DAY_PRECISE), None)  # fmt: skip

    def _weekday_dated(self, pick: Timex) -> Timex:
        """A weekday of an undated report is the calendar day the article writes beside the same weekday ("शनिवार,
        14 जून को ... चेतावनी दी ... जब इजरायल ने शनिवार की रात को ... हमला किया": the 14th), when it writes one.
        """
        from ..timex import weekday_named

        wd = pick.value[len("XXXX-WXX-") :][:1]
        days = {t.value[:10] for t in self.timexes if t.precision == "day" and t.type in ("DATE", "TIME")
                and t.value[5:7] != "XX" and t.value[8:10] != "XX"
                and str(weekday_named(self.text[t.start : t.end])) == wd}  # fmt: skip
        if len(days) == 1:
            day = next(iter(days))
            return Timex(pick.start, pick.end, pick.type, day + pick.value[len("XXXX-WXX-") + 1 :], "day",
                         pick.anchored)  # fmt: skip
        filed = self._filed_day(pick)
        return pick if filed is None else Timex(pick.start, pick.end, pick.type, filed, "day", pick.anchored)

    def _filed_day(self, pick: Timex) -> str | None:
        """A weekday of a report with no publication date, read from the day its dateline says it was filed
        ("नई दिल्ली, 29 सितंबर (भाषा) ... ने सोमवार को"): the expression read again from that day (the last such
        weekday on or before it, the next for an act to come, a week off for "पिछले"/"अगले"), its year the
        dateline's or the one the article's bounds share; with no year known, the dateline's day itself where the
        weekday is bare (a wire report tells the day it is filed by its weekday), nothing where a relative word
        shifts it.
        """
        from ..timex import find_timexes, weekday_named

        if self.a.published or self.dateline_date is None:
            return None
        m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", self.dateline_date.value[:10])
        wd = weekday_named(self.text[pick.start : pick.end])
        if m is None or wd is None:
            return None
        lo, hi = self.bounds
        year = m.group(1) if m.group(1) != "XXXX" else lo[:4] if lo and hi and lo[:4] == hi[:4] else ""
        month, day = int(m.group(2)), int(m.group(3))
        if not year:
            # (a year in which the dateline's day is that weekday: the bare weekday reads as that very day)
            year = next((str(y) for y in range(2000, 2029) if _weekday_of(y, month, day) == wd), "")
        try:
            filed = dt.date(int(year), month, day)
        except ValueError:
            return None
        again = next((t for t in find_timexes(self.text, filed, pick.start, pick.end)
                      if re.match(r"\d{4}-\d\d-\d\d", t.value)), None)  # fmt: skip
        if again is None:
            return None
        if m.group(1) == "XXXX" and not (lo and hi and lo[:4] == hi[:4]) and again.value[:10] != filed.isoformat():
            return None  # ("पिछले सोमवार" with no year: how far back is unknown)
        return m.group(1) + again.value[4:10]

    def _no_act_between(self, o: Trigger) -> bool:
        """Whether a predicate word that made no act leaves a date before it to the clause's verb: a participle
        that qualifies a noun ("फरवरी में आई रिपोर्ट में"), an infinitive of purpose ("बातचीत में शामिल होने के
        लिए ... पेशकश की"); not an infinitive that is what a noun is about ("इस साल भारत आने का न्योता").
        """
        m = o.match
        assert m is not None
        return m.form == "pfv" or (m.form == "inf" and _PURPOSE.match(self.text, m.end) is not None)

    def _participle_between(self, lo: int, hi: int) -> bool:
        """Whether a participle (``हुए``, ``होने वाली``) stands in ``text[lo:hi]``: "22 अप्रैल को हुए
        पहलगाम हमले" makes the date the attack's, "गुरुवार को ... वार्ता के बाद" leaves it to the verb.
        """
        lex = self.ex.lexicons.get("en" if self.sent_english else "hi")
        words = re.findall((r"[\w" + DEVANAGARI_WORD + r"]+"), self.text[lo:hi])
        # (not the "हुए" of an adverbial participle, "हवाला देते हुए 5 अक्टूबर तक विरोध प्रदर्शनों पर प्रतिबंध": it
        # tells how the clause's verb was done, and qualifies no noun)
        return lex is not None and any(word_key(w) in lex.participles and not (k and _ADVERBIAL.search(words[k - 1]))
                                       for k, w in enumerate(words))  # fmt: skip

    def _range(self, t: Timex) -> Timex | None:
        """``8-10 दिसंबर``, ``16 मई से 19 मई``, ``30 जून से 2 जुलाई``: a range of days is a date (its
        first day) with an end (``date_to``).
        """
        chunk = self.text[t.start : t.end].strip()
        m = _DAY_RANGE.fullmatch(chunk) or _MONTHS_RANGE.fullmatch(chunk)
        if m is None:
            return self._days_range(t)
        month = MONTHS.get(fold(m.group("m")).rstrip("."), 0)
        month0 = MONTHS.get(fold(m.group("m0")).rstrip("."), 0) if "m0" in m.groupdict() else month
        d0, d1 = int(m.group("d0")), int(m.group("d1"))
        if not month or not month0 or not (1 <= d0 <= 31 and 1 <= d1 <= 31) or (month0, d0) >= (month, d1):
            return None
        year = m.group("y") or (self.a.published[:4] if self.a.published else "XXXX")
        first, last = f"{year}-{month0:02d}-{d0:02d}", f"{year}-{month:02d}-{d1:02d}"
        self.ranges[(t.start, t.end)] = last
        return Timex(t.start, t.end, "DATE", first, "day", t.anchored)

    def _days_range(self, t: Timex) -> Timex | None:
        """``गुरुवार और शुक्रवार की रात``, ``सोमवार से बुधवार तक``: two days named apart are a date, the first."""
        from ..timex import find_timexes

        days = [p for p in find_timexes(self.text, self.a.published, t.start, t.end, join=False)
                if p.type in ("DATE", "TIME") and p.precision in ("day", "weekday")]  # fmt: skip
        if len(days) != 2:
            return None
        first, last = days
        if last.precision == "day":
            self.ranges[(t.start, t.end)] = last.value[:10]
        return Timex(t.start, t.end, "DATE", first.value, first.precision, t.anchored)

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
        # the issues a sentence names: read once per sentence, not once per act it tells (a page of one "sentence")
        issues = self.issues_of.get((sent.start, sent.end))
        if issues is None:
            chunk = self.text[sent.start : sent.end]
            issues = self.issues_of[(sent.start, sent.end)] = [k for k, rx in _ISSUE_RES if rx.search(chunk)]
        return out + issues

    def _remember(self, sent: Span) -> None:
        for who, was in self.before_hall.items():
            if was is None:
                self.place_of.pop(who, None)
            else:
                self.place_of[who] = was
        self.before_hall.clear()
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
        # (words as strings, no match objects; folded and looked up by map: a loop's own steps cost more here)
        for cid in map(self.ex.kb.demonyms.get, map(fold_word, _WORD.findall(self.text, sent.start, sent.end))):
            if cid:
                self.country_count[cid] = self.country_count.get(cid, 0) + 1
        self._set_frame(sent)
        self.named_people = []
        for m in self.within(sent.start, sent.end):
            case = self._case(m.end, sent.end, m.start) if m.label == "PERSON" else None
            if case in ("erg", "nom"):
                self.last_people = [m.entity_id or ""]
            if m.label == "PERSON" and m.entity_id and case != "gen":
                self.named_people.append(m.entity_id)
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

    # ---- the scene's place, after all sentences are read ---------------------------------
    def _quoted(self, sent: Span, pos: int) -> bool:
        """Whether ``pos`` stands inside quoted words of its sentence (a quote opened before it, not closed)."""
        chunk, rest = self.text[sent.start : pos], self.text[pos : sent.end]
        # (or the quote opened in an earlier sentence: it closes after ``pos`` before any opens)
        closes = rest.find("”")
        return (chunk.rfind("“") > chunk.rfind("”") or chunk.count('"') % 2 == 1
                or (closes >= 0 and not 0 <= rest.find("“") < closes))  # fmt: skip

    def _stated_place(self, sent: Span, acts_only: bool = False) -> tuple[str, int, int, str] | None:
        """The place a sentence sets its scene in: the place an act of it took from its own words (not a place
        naming an incident, "मुंबई हमले"), else (unless ``acts_only``) the first finer place it names in the
        locative ("कठुआ जिले के हीरानगर सेक्टर में", "in Kazan") or at a border or a sector ("शंभू बॉर्डर पर"),
        outside quoted words, and what set it: ``deed`` (a battlefield is no scene of talks), ``podium`` (the place
        a speech to a crowd was made from, "वाराणसी से ... संबोधित करते हुए", is no scene of deeds) or ``""``.
        A country ends the scene before it; it is returned as such, and is too wide to carry but to a deed or to a
        host's act. A country in reported words ("... ने कहा कि नेपाल में शांति ...") is what the
        words are about, and sets no scene.
        """
        acts = [ev for ev in self.told if sent.start <= ev.trigger_start < sent.end]
        if any(id(ev) in self.earlier for ev in acts):
            return None  # a flashback ("पिछली बैठक दिसंबर 2019 में नई दिल्ली में हुई थी") is no scene of the story
        cm = _CASE_OF_PLACE.fullmatch(self.text, sent.start, sent.end) if not acts else None
        if cm is not None:
            # "मामला दानापुर थाना इलाके का है": the case told around it is of that place (the finest the chain gives)
            pm = next((m for m in self.within(cm.start("where"), cm.end("where")) if m.entity_id
                       and m.label in PLACE_LABELS and not m.entity_id.startswith("country:")), None)  # fmt: skip
            if pm is not None:
                of = self._finer(_Arg(pm.entity_id or "", pm.label, "loc", pm.start, pm.end), sent.end)
                return of.entity_id, of.start, of.end, "deed"
        for ev in acts:
            if ev.mode in _OBJECT_PLACE_MODES:
                continue  # the place of what the act is about (an embassy's city) sets no scene
            if id(ev) in self.in_hall or (0 <= ev.place_start < ev.place_end
                                          and _SITTING_BODY.search(self.text, ev.place_start, ev.place_end)):
                continue  # a hall (a parliament, a court) is where that act was done, no scene of others
            # (a place merged in from a later telling is not yet this sentence's scene)
            if (ev.place and 0 <= ev.place_start < sent.end and not self._elsewhere(ev.place_end, -1, -1)
                    and not (id(ev) in self.nominal and _BEFORE_NOUN.fullmatch(self.text, ev.place_end,
                                                                           ev.trigger_start))):  # fmt: skip
                return ev.place, ev.place_start, ev.place_end, "deed" if ev.type in _DEEDS else ""
        if acts_only:
            return None
        chunk = self.text[sent.start : sent.end]
        self.sent_english = self.english if not chunk.strip() else not has_devanagari(chunk)
        for m in self.within(sent.start, sent.end):
            if (not m.entity_id or m.label not in PLACE_LABELS or self._is_line(m.entity_id)
                    or self._quoted(sent, m.start)):  # fmt: skip
                continue
            case = self._case(m.end, sent.end, m.start)
            fine = not m.entity_id.startswith("country:")
            if not fine and _SAID_THAT.search(self.text, sent.start, m.start):
                continue
            if self._resident(m.end):
                continue  # "फैजाबाद जिले में रहने वाले ...": where someone lives describes them, and sets no scene
            # "on" is where for a place a border or a sector names ("शंभू बॉर्डर पर"), not what a word is about
            pw = self.ex.place_words.match(self.text, m.end) if self.ex.place_words else None
            on = case == "on" and fine and (m.label == "LOC" or pw is not None)
            held = case == "gen" and fine and self._holds_unknown(m, sent.end)  # "... के दस्सल इलाके में"
            podium = fine and self._addressed_from(m, sent.end)  # "वाराणसी से राष्ट्र को संबोधित करते हुए"
            if (case == "loc" or on or held or podium) and not self._elsewhere(m.end, -1, -1):
                kind = "podium" if podium else ""
                best = self._finer(_Arg(m.entity_id, m.label, "loc", m.start, m.end), sent.end) if fine else None
                return ((best.entity_id, best.start, best.end, kind) if best is not None
                        else (m.entity_id, m.start, m.end, kind))  # fmt: skip
        return None

    def _other_time(self, sent: Span, ev: Event) -> bool:
        """Whether a sentence states a date (with its year) the act's date is not within nor holds: "2019-12" for
        an act of "2025-08-20", or of "XXXX-WXX-3" (a Wednesday of the report's week, its year unknown).
        """
        if not ev.date:
            return False
        for t in self.timexes_within(sent.start, sent.end):
            v = t.value or ""
            if t.type != "DATE" or not v[:4].isdigit() or v.startswith(ev.date) or ev.date.startswith(v):
                continue
            if not ev.date[:4].isdigit():
                return True  # the act is of the report's days, the sentence names a year
            if "W" in ev.date or "W" in v or ev.date_basis != "text":
                # a week and a month, or the day of the report (no time the text gives the act): the years
                differs = v[:4] != ev.date[:4]
            else:
                differs = any(a != b and "X" not in (a, b) for a, b in zip(v, ev.date, strict=False))
            if differs:
                return True
        return False

    def carry_places(self, events: list[Event]) -> None:
        """Give an act told without a place the place its scene is set in (after every sentence is read).

        An article is read as a stack of scenes, nearest first:

        1. a gathering named again as what the act is done within ("इस मुलाक़ात में ... हस्ताक्षर किए", "during the
           meeting"): the place of the last such gathering told before;
        2. the place an earlier sentence of the paragraph states (three back at most) before any other place
           ("X शहर में ...। पुलिस ने ..."); a country there ends the search, and is given only to a deed;
        3. the place of an act the next sentence of the paragraph tells ("... गोलाबारी की। हीरानगर सेक्टर में ...
           गोलाबारी की गई"), or where it names the act again ("... बैठक कर रहे हैं। यह बैठक चुशूल में ...");
        4. the destination of a visit, an arrival or a stay told before ("पाकिस्तान के दौरे पर पहुंचे ...", "X नई
           दिल्ली में हैं"), for talks, agreements, cooperation or aid of the visitor or the host, until another such
           scene opens or a sentence of another time.

        Never to an act that is elsewhere by nature (a visit, a call, a summons), to a statement (unless its
        sentence opens on the occasion: "इस अवसर पर"), an act told as earlier ("हुई थी"), one in quoted words or,
        but for a deed or a charge made by saying it (``said_charges``), in reported words (`X ने कहा कि ...`, `said
        ...`), or one not told as done or planned.
        """
        sents = list(self.a.sentences)
        stated: dict[tuple[int, bool], tuple[str, int, int, str] | None] = {}

        def at(i: int, ev: Event, acts_only: bool = False) -> tuple[str, int, int] | None:
            if (i, acts_only) not in stated:
                stated[(i, acts_only)] = self._stated_place(sents[i], acts_only)
            got = stated[(i, acts_only)]
            if got is not None and got[3] == "podium" and ev.type in _DEEDS:
                return None  # (a podium is no scene of the deeds its speech tells of)
            if got is not None and got[3] == "deed" and ev.type not in _DEEDS and ev.type not in _SPEECH:
                return "", -1, -1  # (a deed's place, a battlefield, is no scene of talks; a warning there is of it)
            return got[:3] if got is not None else None

        def joined(i: int, j: int) -> bool:  # sentences i < j in one paragraph
            return "\n" not in self.text[sents[i].start : sents[j].start].lstrip()

        english = self.sent_english
        hosts = self._host_scenes(events, sents)
        leads: dict[int, tuple[str, int, int, str] | None] = {}
        for ev in events:
            if ev.mode not in _ELSEWHERE_MODES and (not ev.place or (ev.place_start < 0
                                                                     and ev.place.startswith("country:"))):
                generic = self._generic_place(ev, hosts)
                if generic is not None:
                    ev.place, ev.place_start, ev.place_end = generic
                    continue
            # (the dateline's city, given for want of any place, yields to a scene)
            filed = id(ev) in self.by_dateline and ev.place_start < 0 and ev.place == (
                self.dateline.entity_id if self.dateline is not None else None)
            # (a deed told as claimed, "आरोप लगाया कि ... आरोपी ने घर में घुसकर ...", is of the case's scene too)
            told_as = ("occurred", "planned", "claimed") if ev.type in _DEEDS else ("occurred", "planned")
            if ((ev.place and not filed) or ev.mode in _ELSEWHERE_MODES or id(ev) in self.earlier
                    or ev.modality not in told_as):  # fmt: skip
                continue
            i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
            here = self._here(ev, sents[i]) if i >= 0 else None
            if here is not None:
                # "the Indian Ambassador here said ... a meeting": the sentence itself places it, reported or not
                ev.place, ev.place_start, ev.place_end = here
                continue
            if i < 0 or self._quoted(sents[i], ev.trigger_start) or (
                    ev.type not in _DEEDS and id(ev) not in self.said_charges
                    and _REPORTED.search(self.text, sents[i].start, ev.trigger_start)):  # fmt: skip
                continue
            occasion = _OCCASION.match(self.text, sents[i].start) is not None
            # a statement is of the scene when its sentence says so ("इस अवसर पर ... सलाह दी"), or when its speaker is
            # in the scene ("सीमा पर तैनात पुलिस ने ...। ... पुलिस ने उन्हें चेतावनी दी")
            speech = ev.type in _SPEECH and ev.mode not in _LODGED and not occasion
            pick = None if speech else self._gathering_place(ev, events, sents[i])
            # (the occasion pointed back at is the last scene its paragraph told, however many sentences ago)
            back = _SCENE_SENTENCES
            if occasion:
                while back < i and joined(i - back - 1, i):
                    back += 1
            sides = ev.actor_ids() | {a.affiliation for a in ev.actors if a.affiliation}
            for j in range(i - 1, max(-1, i - 1 - back), -1):
                if pick is not None:
                    break
                if self._reported_countries(sents[j]) & sides:
                    break  # "X ने कहा कि सीरिया में ...। सीरिया ... सहमत हुआ": the act's country was spoken of, elsewhere
                if self._other_time(sents[j], ev):
                    continue  # "ऐसी पिछली बैठक दिसंबर 2019 में ...": another time's scene
                pick = at(j, ev)
                if speech and pick is not None and not self._in_scene(ev, sents[j]):
                    pick = ("", -1, -1)  # another's scene: the statement was made wherever its speaker was
            if speech and pick is not None and pick[0].startswith("country:"):
                pick = None  # (a country is too wide a scene for a statement)
            hosted = False
            if not speech and pick is None and i + 1 < len(sents) and joined(i, i + 1):
                pick = at(i + 1, ev, acts_only=True) or self._named_again_place(ev, sents[i + 1])
                if pick is None:
                    # (a host names a country: where a gathering or an exercise was held is no scene too wide)
                    pick = self._hosted_place(ev, sents[i + 1])
                    hosted = pick is not None
            if not speech and pick is None:
                # (the act told again in a later sentence, merged into this telling: its noun named again next)
                for k in sorted({bisect_right(self.sentence_starts, s.start) - 1 for s in ev.evidence
                                 if s.field != "title"} - {i}):  # fmt: skip
                    if pick is None and k >= 0 and k + 1 < len(sents) and joined(k, k + 1):
                        pick = self._named_again_place(ev, sents[k + 1], sents[k])
            if not speech and not hosted and (pick is None or pick[0].startswith("country:")):
                host = self._host_of(ev, hosts, sents)
                if host is not None:
                    pick, hosted = host, True
            # (a country is too wide a scene but for a deed, or for the host's act of a visit to it; a deed by a doer
            # of another country is not done in it: "IPL moved to South Africa ... the ED issued a notice")
            if pick is not None and pick[0] and self._doers_abroad(ev, pick[0]):
                pick = None  # (a coercion or sanction by another country's side is done at its home, not in this scene)
            doers = {c for a in ev.actors if a.role != "target" for c in (a.entity_id, a.affiliation) if c}
            other_side = any(c.startswith("country:") and c != pick[0] for c in doers) if pick else False
            if pick is not None and pick[0] and (hosted or not pick[0].startswith("country:")
                                                 or (ev.type in _DEEDS and not other_side)):
                ev.place, ev.place_start, ev.place_end = pick
        for ev in events:
            host = self._host_country(ev, sents)
            if host is not None:
                # "पाकिस्तान ने 2024 में ... शिखर सम्मेलन की मेजबानी की": a country that hosts a gathering hosts it at
                # home, whatever scene the sentences around it set
                ev.place, ev.place_start, ev.place_end = host
            # an attack done that no scene places fell on the one country it targets ("रूस ने यूक्रेन पर ड्रोन दागे")
            targets = {a.entity_id: a for a in ev.actors if a.role == "target" and a.entity_id.startswith("country:")}
            if (not ev.place and ev.type == "ASSAULT" and ev.modality == "occurred" and not ev.negated
                    and len(targets) == 1):  # fmt: skip
                a = next(iter(targets.values()))
                ev.place, ev.place_start, ev.place_end = a.entity_id, a.start, a.end
            home = self._home_country(ev)
            if (not ev.place and home and ev.type in _DOMESTIC and ev.modality == "occurred" and not ev.negated
                    and ev.mode not in _ELSEWHERE_MODES and id(ev) not in self.earlier):  # fmt: skip
                # an act of one country's bodies upon its own people that no scene places is done in that country
                # ("बांग्लादेश की अंतरिम सरकार ने हसीना सहित 97 लोगों के पासपोर्ट रद्द कर दिए")
                ev.place, ev.place_start, ev.place_end = home, -1, -1
            if not ev.place and ev.mode not in _ELSEWHERE_MODES:
                court = self._court_seat(ev)
                if court is not None:
                    ev.place, ev.place_start, ev.place_end = court
            if not ev.place and id(ev) in self.filed_here and self.dateline is not None and self.dateline.entity_id:
                ev.place, ev.place_start, ev.place_end = self.dateline.entity_id, -1, -1
            if not ev.place:
                lead = self._lead_scene(ev, sents, leads)
                if lead is not None:
                    ev.place, ev.place_start, ev.place_end = lead
        self.sent_english = english

    def _lead_scene(self, ev: Event, sents: list[Span],
                    stated: dict[int, tuple[str, int, int, str] | None]) -> tuple[str, int, int] | None:
        """The scene a local report's lead sets, for a deed or a case lodged that nothing else places: the first
        place below a country that one of the article's first three sentences before the act's states
        (``_stated_place``), when no sentence up to the act's own states a country or another scene
        ("द्वारका इलाके में ... शूटआउट ...। ...। पुलिस ने ... गिरफ्तार किया": the arrest of the case is of its scene,
        however far on it is told) and no side of the act is a country or of another country than the scene's.
        Given last, after every scene, host and dateline.

        Args:
            ev: The act, with no place.
            sents: The article's sentences.
            stated: ``_stated_place`` of the sentences read so far, by index (filled as read).
        """
        if (ev.mode in _ELSEWHERE_MODES or id(ev) in self.earlier or ev.negated
                or ev.modality not in ("occurred", "planned") or (ev.type not in _DEEDS and ev.mode not in _LODGED)):
            return None
        i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
        if i < 0 or self._quoted(sents[i], ev.trigger_start):
            return None
        lead: tuple[str, int, int] | None = None
        for j in range(i + 1):
            if j not in stated:
                stated[j] = self._stated_place(sents[j])
            full = stated[j]
            if full is None or full[3] == "podium" or not full[0] or any(
                    e.place == full[0] and e.mode in _ELSEWHERE_MODES for e in self.told
                    if sents[j].start <= e.trigger_start < sents[j].end):  # fmt: skip
                continue  # (where a party set out for, "मुंबई के लिए रवाना", is no scene of the report)
            if full[0].startswith("country:") or (lead is not None and full[0] != lead[0]):
                return None  # (a country or a second scene: no one local story)
            if lead is None:
                if j > 2 or j == i:
                    return None  # (the lead's scene, not one told later nor the act's own sentence's)
                lead = full[:3]
        if lead is None:
            return None
        country = self.ex.places_of.get(lead[0])
        if any(a.entity_id.startswith("country:") or (a.affiliation and country and a.affiliation != country)
               for a in ev.actors):  # fmt: skip
            return None
        return lead

    def _host_country(self, ev: Event, sents: list[Span]) -> tuple[str, int, int] | None:
        """The country that hosts a gathering (a hosting, ``host_noun`` in ``words.tsv``, whose one source is a
        country), when the act's own sentence names no place for it, spanned by the host's name (a city named as
        the host, "बैंकाक ने ... मेजबानी की", for the country: that city).
        """
        if ev.mode != "host" or ev.negated or not _HOSTING.search(self.text, ev.trigger_start, ev.trigger_end):
            return None
        hosts = {a.entity_id: a for a in ev.actors if a.role == "source" and a.entity_id.startswith("country:")}
        if len(hosts) != 1:
            return None
        i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
        if ev.place and ev.place_start >= 0 and i >= 0 and sents[i].start <= ev.place_start < sents[i].end:
            return None  # the sentence says where
        a = next(iter(hosts.values()))
        if ev.place and (ev.place == a.entity_id or self.ex.places_of.get(ev.place) == a.entity_id):
            return None  # already there
        # (a city named as the host, "बैंकाक ने ... मेजबानी की", is the finer place)
        city = next((m.entity_id for m in self.within(a.start, a.end) if m.entity_id and m.end <= a.end
                     and self.ex.places_of.get(m.entity_id) == a.entity_id),
                    None) if a.start >= 0 else None  # fmt: skip
        return city or a.entity_id, a.start, a.end

    def _home_country(self, ev: Event) -> str | None:
        """The one country every side of the act is of, doers and those acted upon (named by a country, or acting
        for one), or ``None``.
        """
        if len(ev.actors) < 2:
            return None
        sides = {a.affiliation or (a.entity_id if a.entity_id.startswith("country:") else "") for a in ev.actors}
        return next(iter(sides)) if len(sides) == 1 and "" not in sides else None

    def _court_seat(self, ev: Event) -> tuple[str, int, int] | None:
        """Where a court that did the act sits: the city it is named by ("सूरत की अदालत ने", "a Chicago court"), or
        the capital for a country's court that sits there ("सुप्रीम कोर्ट ने": ``capital_court``).
        """
        doers = [(a.entity_id, a.start, a.end) for a in ev.actors if a.role != "target" and a.start >= 0]
        if any(a.entity_id.startswith("agent:jud") and a.start < 0 for a in ev.actors if a.role != "target"):
            # a court supplied as the usual doer of a passive ("... को सज़ा सुनाई गई है") and named by its words where
            # the act is told again ("एक पाकिस्तानी सैन्य अदालत ने ... दोषी क़रार दिया"): those words say where it sits
            english = self.sent_english
            for sp in ev.evidence:
                self._read_as(sp)
                agents = self.ex.agents.get("en" if self.sent_english else "hi")
                if sp.field != "title" and agents is not None:
                    doers += [("agent:jud", s, e) for s, e, agent in agents.find(self.text, sp.start, sp.end)
                              if agent.sector == "JUD" and self._case(e, sp.end, s) == "erg"]  # fmt: skip
            self.sent_english = english
        for eid, start, end in doers:
            ent = self.ex.kb.entities.get(eid)
            judicial = eid.startswith("agent:jud") or _CAPITAL_COURT.search(self.text, start, end)
            if not judicial:
                continue
            for m in self.within(max(0, start - 30), end):
                if (m.entity_id and self.ex.is_city(m.entity_id) and m.end <= end
                        and _COURT_OF_CITY.fullmatch(self.text, m.end, max(m.end, start))):  # fmt: skip
                    return m.entity_id, m.start, m.end
            parts = eid.split(":")
            country = (ent.country if ent is not None else "") or (parts[2] if len(parts) > 2 else "")
            capital = self.ex.capitals.get(f"country:{country}") if country else None
            if capital and _CAPITAL_COURT.search(self.text, start, end):
                return capital, -1, -1
            # a court its country's demonym names, and no city ("एक पाकिस्तानी सैन्य अदालत ने"): in that country
            words = _WORD.findall(self.text, max(0, start - 20), end)
            named = [c for c in (self.ex.kb.demonyms.get(fold_word(w)) for w in words) if c]
            if named:
                return named[-1], -1, -1
        if any(a.entity_id.startswith("agent:jud") for a in ev.actors if a.role != "target"):
            return self._court_city()
        return None

    def _court_city(self) -> tuple[str, int, int] | None:
        """The one city the article names a court by ("पटना की विशेष अदालत में पेश किया ... अदालत ने हिरासत में
        भेजा"): a court act whose court is named bare there sits in it; none where courts of two cities are named.
        """
        found: dict[str, tuple[str, int, int]] = {}
        for lang in ("hi", "en"):
            agents = self.ex.agents.get(lang)
            for s, e, agent in agents.find(self.text, 0, len(self.text)) if agents is not None else ():
                if agent.sector != "JUD":
                    continue
                for m in self.within(max(0, s - 30), e):
                    if (m.entity_id and self.ex.is_city(m.entity_id) and m.end <= s
                            and _COURT_OF_CITY.fullmatch(self.text, m.end, s)):  # fmt: skip
                        found.setdefault(m.entity_id, (m.entity_id, m.start, m.end))
        return next(iter(found.values())) if len(found) == 1 else None

    def _generic_place(self, ev: Event, hosts: list[_Scene]) -> tuple[str, int, int] | None:
        """The place a place noun that names none stands for, in the act's clause before it: an airport is the
        scene city's (the last arrival, stay or visit to a city told before, else the city the report is filed from),
        the national capital the acting side's country's, the whole country the country the act is of (its actors',
        else the article's most named); spanned by the noun's words.
        """
        i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
        if i < 0:
            return None
        sent = self.a.sentences[i]
        found = [gm for gm in _GENERIC_PLACE.finditer(self.text, sent.start, ev.trigger_start)
                 if (gm.group("pp") or not has_devanagari(gm.group())) and not self._quoted(sent, gm.start())
                 and not _SAID_THAT.search(self.text, gm.end(), ev.trigger_start)]  # fmt: skip
        if not found:
            return self._owned_places(ev, sent) if ev.type in _DEEDS else None
        gm = found[0]
        span = gm.start(), gm.end() - len(gm.group("pp") or "")
        place = None
        if gm.group("city"):
            cities = [h[2] for h in hosts if h[1] < ev.trigger_start and self.ex.is_city(h[2])]
            dl = self.dateline.entity_id if self.dateline is not None else None
            place = cities[-1] if cities else dl if dl and self.ex.is_city(dl) else None
        elif gm.group("capital"):
            side = next((a.affiliation for a in ev.actors if a.role == "source" and a.affiliation), None)
            if side is None and self.dateline is not None and self.dateline.entity_id:
                side = self._host(self.dateline.entity_id)
            place = self.ex.capitals.get(side or "")
        else:
            sides = [a.affiliation for a in ev.actors if (a.affiliation or "").startswith("country:")]
            counted = sorted(self.country_count.items(), key=lambda kv: -kv[1])
            place = sides[0] if sides else counted[0][0] if counted else None
        return (place, *span) if place else None

    def _reported_countries(self, sent: Span) -> set[str]:
        """The countries a sentence names in reported words ("X ने कहा कि सीरिया में ..."): what was spoken of."""
        return {m.entity_id or "" for m in self.within(sent.start, sent.end)
                if (m.entity_id or "").startswith("country:") and _SAID_THAT.search(self.text, sent.start, m.start)}

    def _owned_places(self, ev: Event, sent: Span) -> tuple[str, int, int] | None:
        """The country whose places a deed falls on, named by a demonym or a genitive up to two words before the
        places' noun in the act's clause ("इसराइली शहरों पर रॉकेट हमले", "पाकिस्तान के आतंकी ठिकानों पर हमला", "on
        Israeli cities"): spanned by the phrase.
        """
        for pm in _OWNED.finditer(self.text, sent.start, ev.trigger_start):
            before = list(_WORD.finditer(self.text, max(sent.start, pm.start() - 60), pm.start()))[-4:]
            if self._quoted(sent, pm.start()) or not before:
                continue
            for w in reversed(before[-3:]):
                country = self.ex.kb.demonyms.get(fold_word(w.group()))
                start = w.start()
                if country is None:
                    named = next((m for m in self.within(w.start(), w.end()) if m.end == w.end()), None)
                    if (named is None or not (named.entity_id or "").startswith("country:")
                            or _TO_INNER_GEN.match(self.text, named.end) is None):  # fmt: skip
                        continue
                    country, start = named.entity_id or "", named.start
                english = not has_devanagari(pm.group("noun"))
                if (pm.group("on") if not english else _ON_BEFORE.search(self.text, max(0, start - 8), start)):
                    return country, start, pm.end("noun")
                break
        return None

    def _in_scene(self, ev: Event, sent: Span) -> bool:
        """Whether the act's speaker is named in the sentence that set its scene (or is one of its acts' actors): a
        warning by the police there is made there; a minister's criticism of that police is made wherever he was.
        """
        self._read_as(sent)
        # (who is there: a subject of that sentence, or a doer of its acts; not a place, nor one acted on from afar)
        there = {m.entity_id for m in self.within(sent.start, sent.end) if m.entity_id and m.label in ACTOR_LABELS
                 and self._case(m.end, sent.end, m.start) in ("nom", "erg")}  # fmt: skip
        there |= {a.entity_id for e in self.told if sent.start <= e.trigger_start < sent.end for a in e.actors
                  if a.role != "target"}  # fmt: skip
        return any(a.entity_id in there for a in ev.actors if a.role != "target")

    def _here(self, ev: Event, sent: Span) -> tuple[str, int, int] | None:
        """The city the report is filed from, for an act whose sentence says it is "here" (``यहां``, ``here``: "the
        Indian Ambassador here said ... a meeting"), before the act and outside quoted words.
        """
        dl = self.dateline
        if dl is None or not dl.entity_id or not self.ex.is_city(dl.entity_id):
            return None
        for hm in _HERE_WORD.finditer(self.text, sent.start, sent.end):
            if not self._quoted(sent, hm.start()):
                return dl.entity_id, -1, -1
        return None

    def _gathering_place(self, ev: Event, events: list[Event], sent: Span) -> tuple[str, int, int] | None:
        """The place of the gathering the act's clause names again as what it is done within ("इस मुलाक़ात में ...
        समझौतों पर हस्ताक्षर किए", "इसी बैठक के दौरान ..."): the last meeting or talks told before it with a place.
        """
        nouns = _act_nouns(tuple(self.ex.lexicons.values()), _GATHERING_MODES)
        fm = next(reversed(list(_within_gathering(nouns).finditer(self.text, sent.start, ev.trigger_start))), None)
        if fm is None or _SAID_THAT.search(self.text, fm.end(), ev.trigger_start):
            return None
        before = [e for e in events if e is not ev and e.type == "CONSULT" and e.mode in _GATHERING_MODES and e.place
                  and e.trigger_start < fm.start() and id(e) not in self.earlier]  # fmt: skip
        if not before:
            return None
        last = max(before, key=lambda e: e.trigger_start)
        return last.place or "", last.place_start, last.place_end

    def _named_again_place(self, ev: Event, sent: Span, told: Span | None = None) -> tuple[str, int, int] | None:
        """The place the next sentence gives the act's noun named again after a pointer ("... बैठक कर रहे हैं। यह
        बैठक चुशूल में शुरू हो चुकी है"): a place in the locative after the noun, in that clause. With ``told`` (a
        sentence that tells the act again, merged into it under another word: "मुलाकात ...। ... बैठक कर रहे हैं।
        यह बैठक चुशूल में ..."), the noun named again is one of that sentence's words.
        """
        if told is None:
            head = _WORD.search(self.text, ev.trigger_start, ev.trigger_end)
            if head is None or len(head.group()) < 3:
                return None
            keys = {word_key(head.group())}
        else:
            keys = {word_key(w.group()) for w in _WORD.finditer(self.text, told.start, told.end) if len(w.group()) >= 3}
        self._read_as(sent)
        again = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _AGAIN + r")\s+$", re.IGNORECASE)
        for w in _WORD.finditer(self.text, sent.start, sent.end):
            if word_key(w.group()) not in keys or not again.search(self.text, max(sent.start, w.start() - 12),
                                                                    w.start()):  # fmt: skip
                continue
            if _WITHIN_AFTER.match(self.text, w.end()):
                return None  # "इसी बैठक में काबुल में ... घोषणा की": the place after the frame is the framed act's
            for m in self.within(w.end(), sent.end):
                if _SAID_THAT.search(self.text, w.end(), m.start):
                    break
                if m.entity_id and m.label in PLACE_LABELS and self._case(m.end, sent.end, m.start) == "loc":
                    best = self._finer(_Arg(m.entity_id, m.label, "loc", m.start, m.end), sent.end)
                    return best.entity_id, best.start, best.end
            return None
        return None

    def _read_as(self, sent: Span) -> None:
        """Read cases in ``sent`` by its own language (after all sentences are read, the last one's is set)."""
        chunk = self.text[sent.start : sent.end]
        self.sent_english = self.english if not chunk.strip() else not has_devanagari(chunk)

    def _names_again(self, ev: Event, sent: Span) -> re.Match[str] | None:
        """The act's noun named again after a pointer in ``sent`` ("इस अभ्यास", "यह बैठक"; a compound's last part
        names it too: "युद्धाभ्यास" is an "अभ्यास").
        """
        head = _WORD.search(self.text, ev.trigger_start, ev.trigger_end)
        if head is None or len(head.group()) < 3:
            return None
        key = word_key(head.group())
        again = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _AGAIN + r")\s+$", re.IGNORECASE)
        for w in _WORD.finditer(self.text, sent.start, sent.end):
            k = word_key(w.group())
            if k != key and not (len(k) >= 5 and key.endswith(k[1:]) and len(key) > len(k)):
                continue
            if again.search(self.text, max(sent.start, w.start() - 12), w.start()):
                return w
        return None

    def _hosted_place(self, ev: Event, sent: Span) -> tuple[str, int, int] | None:
        """Where the next sentence says the act named again was hosted: "... युद्धाभ्यास किया। इस अभ्यास का आयोजन इस
        बार ऑस्ट्रेलिया ने किया था", "... ऑस्ट्रेलिया ने इस अभ्यास की मेजबानी की": the host in the ergative.
        """
        if self._names_again(ev, sent) is None or not _HOSTING.search(self.text, sent.start, sent.end):
            return None
        self._read_as(sent)
        for m in self.within(sent.start, sent.end):
            if (m.entity_id and m.label in PLACE_LABELS and not self._quoted(sent, m.start)
                    and self._case(m.end, sent.end, m.start) == "erg"):  # fmt: skip
                return m.entity_id, m.start, m.end
        return None

    def _host_scenes(self, events: list[Event], sents: list[Span]) -> list[_Scene]:
        """The scenes a visit, an arrival or a stay opens, in the article's order: (sentence, position, place, its
        span, who made it and the host country). A visit coded as an event opens one at its place; so does a place
        followed by a journey's words ("पाकिस्तान के दौरे पर पहुंचे चीनी प्रधानमंत्री") or a stay ("मुत्तक़ी नई
        दिल्ली में हैं"), for the people its sentence names.
        """
        out: list[_Scene] = []
        for ev in events:
            # (a meeting's place stated once is the scene of the talks its parties hold after it)
            meeting = (ev.type == "CONSULT" and ev.mode in _GATHERING_MODES
                       and not (ev.place or "").startswith("country:"))  # fmt: skip
            if ((ev.mode == "visit" or meeting) and ev.place and not ev.negated and id(ev) not in self.earlier
                    and ev.modality in ("occurred", "planned")):  # fmt: skip
                i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
                who = {a.entity_id for a in ev.actors if a.role != "target" or meeting} | (
                    set() if meeting else {self._host(ev.place)})
                out.append((i, ev.trigger_start, ev.place, ev.place_start, ev.place_end, frozenset(who - {""})))
        journey = _journey(_visit_nouns(tuple(self.ex.lexicons.values())))
        for i, sent in enumerate(sents):
            for m in self.within(sent.start, sent.end):
                if not m.entity_id or m.label not in PLACE_LABELS or self._quoted(sent, m.start):
                    continue
                end = m.end
                pw = self.ex.place_words.match(self.text, end) if self.ex.place_words else None
                if pw is not None:
                    end = pw.end()
                if not (_STAY.match(self.text, end) or journey.match(self.text, end) or _ARRIVED.match(self.text, end)):
                    continue
                if _SAID_THAT.search(self.text, sent.start, m.start):
                    continue  # a stay in reported words is of another time or a hope
                who = {o.entity_id for o in self.within(sent.start, sent.end) if o.entity_id and o is not m
                       and o.label in ACTOR_LABELS} | {self._host(m.entity_id)}  # fmt: skip
                out.append((i, m.start, m.entity_id, m.start, m.end, frozenset(who - {""})))
        return sorted(out, key=lambda h: h[1])

    def _host(self, place: str) -> str:
        """The country a place lies in (the place itself for a country)."""
        return self.ex.affiliation(place, self.roles, self.date) or ""

    def _host_of(self, ev: Event, hosts: list[_Scene],
                 sents: list[Span]) -> tuple[str, int, int] | None:
        """The place of the visit or stay whose scene the act is in: the last opened before it, when the act is one
        a host receives (talks, agreements, cooperation, aid) and a visitor or the host country takes part in it, and no
        sentence of another time opened it.
        """
        if ev.type not in _AT_HOST:
            return None
        last = None
        for h in hosts:
            if h[1] < ev.trigger_start:
                last = h
        if last is None or self._other_time(sents[last[0]], ev):
            return None
        # (the visitor or the host country itself: a leader of the host's country meets others elsewhere too)
        if not ev.actor_ids() & last[5]:
            return None
        return last[2], last[3], last[4]

    # ---- the date a neighbouring sentence gives, after all sentences are read -------------
    def _named_again_date(self, ev: Event, sent: Span) -> Timex | None:
        """The day a sentence gives the act's noun named again ("युद्धाभ्यास किया। 11 से 21 अगस्त के बीच हुए इस
        अभ्यास ...", "युद्धविराम की घोषणा की गई है। ... युद्धविराम गुरुवार को ..."): after its date with a
        demonstrative, or right before its date.
        """
        # (the noun is the first word of a noun and its light verb, "युद्धविराम की घोषणा", the last of a modifier and
        # its noun, "आतंकी हमले")
        words = [w.group() for w in _WORD.finditer(self.text, ev.trigger_start, ev.trigger_end)]
        keys = {word_key(w) for w in words[:1] + (words[-1:] if id(ev) in self.nominal else [])
                if has_devanagari(w) and len(w) >= 4}  # fmt: skip
        if not keys:
            return None
        found = [self._range(t) if t.type == "DURATION" else t for t in self.timexes_within(sent.start, sent.end)
                 if t.type in ("DATE", "TIME", "DURATION")]  # fmt: skip
        days = [t for t in found if t is not None and t.precision in _DAY_PRECISE
                and not t.value.startswith("XXXX-XX-XX")]  # fmt: skip
        if not days:
            return None
        for w in _WORD.finditer(self.text, sent.start, sent.end):
            k = word_key(w.group())
            # (a compound's last part names it too: "युद्धाभ्यास" is an "अभ्यास")
            if not any(k == key or (len(k) >= 5 and key.endswith(k[1:]) and len(key) > len(k)) for key in keys):
                continue
            for t in days:
                if t.end <= w.start() and _DATE_THEN_AGAIN.fullmatch(self.text, t.end, w.start()):
                    return t
                if w.end() <= t.start and _AGAIN_THEN_DATE.fullmatch(self.text, w.end(), t.start):
                    return t
        return None

    def _subject_date(self, ev: Event, i: int, sents: list[Span], told_at: set[int]) -> Timex | None:
        """The day an earlier sentence that told no act gives its subject, for that subject's act told
        without a date in the next sentence or the one after ("राजनाथ सिंह सोमवार को ... के लिए निकलेंगे। वे
        मंगोलिया और जापान की यात्रा करेंगे"): both in the future or both not, and no other date between.
        """
        # (the act's subject: a name in the nominative or ergative, or a pronoun standing for one)
        here = {a.entity_id for a in ev.actors if a.via == "pronoun" or (a.start >= 0 and self._case(
            a.end, sents[i].end, a.start) in ("nom", "erg"))}  # fmt: skip
        for j in range(i - 1, max(-1, i - 3), -1):
            sj = sents[j]
            if j in told_at:
                return None  # an act of its own there: the clause chain's date is the reading's
            dates = [t for t in self.timexes_within(sj.start, sj.end) if t.type in ("DATE", "TIME")]
            if not dates:
                continue
            days = {t.value for t in dates if t.precision in ("day", "weekday")}
            if len(days) != 1 or len(days) != len({t.value for t in dates}):
                return None
            self.sent_english = self.english if not self.text[sj.start : sj.end].strip() else not has_devanagari(
                self.text[sj.start : sj.end])  # fmt: skip
            subjects = {m.entity_id for m in self.within(sj.start, sj.end) if m.entity_id and m.label in ACTOR_LABELS
                        and self._case(m.end, sj.end, m.start) in ("nom", "erg")}  # fmt: skip
            # (the closing danda is a Devanagari letter to the future's word boundary)
            stop = sj.start + len(self.text[sj.start : sj.end].rstrip(" \n।.!?\"'”’"))
            future = _FUTURE.search(self.text, sj.start, stop) is not None
            if not subjects & here or future != (ev.modality == "planned"):
                return None
            day = next(t for t in dates if t.precision in ("day", "weekday"))
            when = _WHEN_AFTER.match(self.text, day.end) or _WHEN_BEFORE.search(self.text, max(0, day.start - 12),
                                                                                day.start)  # fmt: skip
            return day if when is not None else None
        return None

    def carry_dates(self, events: list[Event]) -> None:
        """Give an act told without a date of its own (none, or the report's) the day a neighbouring sentence
        gives it (after every sentence is read): its noun named again with a date in the next sentence of the
        paragraph, or the date an earlier sentence that told no act gives the act's subject.
        """
        sents = list(self.a.sentences)
        english = self.sent_english
        told_at = {bisect_right(self.sentence_starts, e.trigger_start) - 1 for e in events}
        for ev in events:
            if ((ev.date and ev.date_basis != "reported") or ev.modality not in ("occurred", "planned")
                    or id(ev) in self.earlier):  # fmt: skip
                continue
            i = bisect_right(self.sentence_starts, ev.trigger_start) - 1
            if i < 0:
                continue
            pick = None
            if i + 1 < len(sents) and "\n" not in self.text[sents[i].end : sents[i + 1].start]:
                pick = self._named_again_date(ev, sents[i + 1])
            if pick is None:
                pick = self._subject_date(ev, i, sents, told_at)
            if pick is not None:
                ev.date, ev.date_start, ev.date_end, ev.precision = pick.value, pick.start, pick.end, pick.precision
                ev.date_basis = "text"
                ev.date_to = self.ranges.get((pick.start, pick.end))
        for ev in events:
            # (after the events are merged: the year fills what each says, it does not decide which are one)
            if ev.date and ev.date.startswith("XXXX-") and ev.date_basis == "text" and ev.date_start >= 0:
                told = Timex(ev.date_start, ev.date_end, "DATE", ev.date, ev.precision or "day", False)
                year = self._year_told_before(told)
                if year is not told:
                    ev.date = year.value
            if ev.date and ev.date_to and ev.date_to.startswith("XXXX-") and ev.date[:4].isdigit():
                ev.date_to = ev.date[:4] + ev.date_to[4:]  # ("16-18 फरवरी ... 2024": the last day in the first's year)
        self._weekdays_in_range(events)
        self.sent_english = english

    @staticmethod
    def _weekdays_in_range(events: list[Event]) -> None:
        """A weekday no day anchors, in an article that gives the span of days its story runs (a summit or a visit
        told "16-18 फरवरी" with its year): the one day of the span that is that weekday ("यह मुलाकात शनिवार को ...
        सम्मेलन 16-18 फरवरी तक": the 17th), when the spans told hold exactly one.
        """
        day = re.compile(r"\d{4}-\d\d-\d\d")
        # (the span's last day takes its first day's year where the text gave that one only: "16-18 फरवरी ... 2024")
        spans = {(ev.date[:10], ev.date[:4] + ev.date_to[4:10] if ev.date_to.startswith("XXXX-") else ev.date_to[:10])
                 for ev in events if ev.date and ev.date_to and day.fullmatch(ev.date[:10])}  # fmt: skip
        spans = {(lo, hi) for lo, hi in spans if day.fullmatch(hi)}
        if not spans:
            return
        for ev in events:
            m = re.fullmatch(r"XXXX-WXX-([1-7])", ev.date or "")
            if m is None:
                continue
            days: set[dt.date] = set()
            for lo, hi in spans:
                first, last = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
                if not first <= last or (last - first).days > 14:
                    continue  # (a span of weeks says no one week)
                days |= {first + dt.timedelta(days=k) for k in range((last - first).days + 1)
                         if (first + dt.timedelta(days=k)).isoweekday() == int(m.group(1))}  # fmt: skip
            if len(days) == 1:
                ev.date, ev.precision = next(iter(days)).isoformat(), "day"
