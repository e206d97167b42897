"""The arguments of a predicate: names, offices, pronouns and groups with their cases, and the roles they take."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from ..lexicon import Agent, Agents, verb_forms_of, word_key
from ..link import _ROLE_OF, first_role_word
from ..model import SUPPLIED_VIA, Actor, Mention, Span
from ..normalize import fold, fold_word
from ..script import DEVANAGARI_WORD
from .base import _Base
from .grammar import (
    _ADDRESS_CASE,
    _ADDRESSED,
    _ADJUNCT,
    _ADJUNCT_INF,
    _AMID,
    _AND_BEFORE,
    _APPOSED,
    _AROUND,
    _BEHALF,
    _BOTH,
    _CAPITAL_CASES,
    _CASE,
    _CASE_OF,
    _CASE_WORD,
    _CHARGE_AFTER,
    _CLAUSE_BREAK,
    _CLAUSE_END,
    _CLAUSE_OPENER,
    _CONJUNCTIVE,
    _COORDINATED,
    _COUNTRY_GROUPS,
    _DATIVE_PP,
    _DEMONSTRATIVE_BEFORE,
    _DOCUMENT_IN,
    _EN_ASIDE,
    _EN_OF,
    _EN_PORTFOLIO,
    _EN_POSSESSIVE,
    _EN_PREP,
    _EN_SAID,
    _EN_TO_ACT,
    _ERGATIVE_AFTER,
    _FIRST_PERSON,
    _GEN_FORMS,
    _GEN_MODIFIERS,
    _GREETED,
    _GROUP,
    _GROUP_COUNT,
    _HEADED_GOVERNMENT,
    _HERE,
    _IN_BEFORE,
    _MEMBER_COUNTRIES,
    _NOT_AT_DOERS,
    _OBJECT_BEFORE,
    _OBJECT_TOLD,
    _ON_WORDS,
    _OWNED_BY,
    _PAIR_ALONE,
    _PATIENT_GENITIVE,
    _PLURAL_FIRST,
    _POLITY_SECTORS,
    _POSSESSED,
    _POSSESSED_AFTER,
    _POSSESSOR_TARGET,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _RANK_BEFORE,
    _RECEIVED,
    _REFLEXIVE,
    _REFUSED,
    _REFUSED_GIVING,
    _REPORTED_THAT,
    _SAID_BEFORE,
    _SAID_NOW_BEFORE,
    _SAID_OBJECT,
    _SUBJECT_BREAK,
    _TARGET_OF,
    _THREATENED,
    _THREATENED_ACT,
    _TOLD_BODY,
    _UNIT_NOUN,
    _UNIT_OWNED_BY,
    _VISITING_SECTORS,
    ACTOR_LABELS,
    PLACE_LABELS,
    Trigger,
    _Arg,
    _armed,
    _case_rows,
    _forms_alt,
    _kind_alt,
    office_matches,
)

_WORD = re.compile(r"[\w" + DEVANAGARI_WORD + r"]+")
# a genitive postposition right after a name ("पाकिस्तान के", "अफगानिस्तान की")
_GEN_WORD_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(_GEN_FORMS, key=len, reverse=True)) + r")(?![\w"
                             + DEVANAGARI_WORD + r"])")
# the last word before a position (search a window that ends there)
_LAST_WORD = re.compile(r"([\w" + DEVANAGARI_WORD + r"]+)\s+$")
# the form kind of an oblique infinitive (HindiMorphology.verb_forms): the head of an adjunct infinitive
_INFINITIVE = frozenset({"inf"})
# what stands between two members of a list: a comma or a coordinator, and a word or two of the next member's own
# ("एक", "उनकी") that are no postposition
_LISTED = re.compile(r"\s*(?:,\s*(?:(?:" + _kind_alt("coordinator") + r")\s+)?|(?:" + _kind_alt("coordinator")
                     + r")\s+)(?:[" + DEVANAGARI_WORD + r"\w]+\s+){0,2}", re.IGNORECASE)
# an English say-verb and its complementizer right before a subject pronoun ("said that it", "says it")
_EN_SAID_THAT = re.compile(r"\b(?:" + _kind_alt("say_verb") + r")(?:\s+(?:" + _kind_alt("complementizer") + r"))?\s+$",
                           re.IGNORECASE)
# one link of a genitive chain ending right before a noun ("हमले की" in "अमेरिकी हमले की धमकी")
_CHAIN_LINK = re.compile(r"[" + DEVANAGARI_WORD + r"]+\s+(?:" + "|".join(sorted(_GEN_FORMS)) + r")\s+$")
# a sentence's end, and a quantity before a noun that makes it plural (हजारों किसान, कई छात्र)
_SENTENCE_END = re.compile(r"(?:[।?!|]|\.\s|\n)+")
_PLURAL_BEFORE = re.compile(r"(?:हजारों|हज़ारों|सैकड़ों|सैंकड़ों|दर्जनों|लाखों|कई|सभी|सारे|कुछ|तमाम|अनेक|बहुत से|[0-9०-९]+)"
                            r"\s+(?:[\w" + DEVANAGARI_WORD + r"]+\s+)?$")


# the cases in which a bare pair word is the pair itself ("दोनों ने", "दोनों को", "दोनों के बीच"), not a determiner
_PAIR_ALONE_CASES = frozenset({"erg", "dat", "com", "between", "abl", "against", "on"})


# light verbs with which the one who suffers a charge is the subject ("X पर आरोप लगे"): no doer stands in the clause
_UNDERGONE_LIGHT = frozenset({"लगना"})


# a large count standing alone for people (lang/hi/words.tsv count_people): "सैकड़ों को हिरासत में लिया"
_COUNT_PEOPLE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])(?:" + _kind_alt("count_people") + r")(?![\w"
                           + DEVANAGARI_WORD + r"])")
# a word of a name in Devanagari (its parts, as ``_name_parts_told`` reads them)
_NAME_WORD = re.compile(r"[" + DEVANAGARI_WORD + r"]+")
# a word in the plural oblique ("भारतीयों", "पाकिस्तानियों")
_PLURAL_OBLIQUE = re.compile(r"(?<![\w" + DEVANAGARI_WORD + r"])[" + DEVANAGARI_WORD + r"]+ों(?![\w" + DEVANAGARI_WORD
                             + r"])")


def _spread_coordination(args: list[_Arg], text: str = "") -> None:
    """``रूस और पाकिस्तान ने``: each conjunct takes the case of the next one; a genitive on the
    way (``मोदी और जापान के प्रधानमंत्री किशिदा के बीच``) modifies the next conjunct, so is skipped.
    A name set off by commas around other words (``हमास, कल सुबह, कैदियों को``) is no conjunct of the name
    after them: the words between are an aside.
    """
    def modifies_next(k: int) -> bool:
        # a genitive that a name follows closely modifies that name; one before a common noun
        # is the conjunct itself ("भारत और जापान के समझौतों पर": both are the agreements' parties)
        # ("ऑस्ट्रेलिया के मालाबार अभ्यास": a name that is no actor, an exercise's or a weapon's, is
        # the thing the whole list owns, so every conjunct is its party)
        return args[k].case == "mod" or (args[k].case == "gen" and k + 1 < len(args)
                                         and args[k + 1].label in ACTOR_LABELS
                                         and args[k + 1].start - args[k].end <= 30) or (
            # "X और संयुक्त राष्ट्र महासचिव बान की मून ने": a body right before an office and its holder's name
            # (no postposition between) is whose office it is
            args[k].case == "nom" and args[k].label in ("ORG", "GPE") and k + 1 < len(args)
            and args[k + 1].label == "PERSON" and 0 < args[k + 1].start - args[k].end <= 30 and bool(text)
            and not _CASE_WORD.search(text[args[k].end : args[k + 1].start]))  # fmt: skip

    for i in range(len(args) - 1, -1, -1):
        if args[i].case != "and":
            continue
        nxt = next((a for k, a in enumerate(args[i + 1 :], i + 1) if not modifies_next(k)), None)
        gap = text[args[i].end : nxt.start] if nxt is not None and text else ""
        if gap.count(",") >= 2 and not _AND_ONLY.search(gap.replace(",", " ")):
            continue  # "हमास, कल सुबह, कैदियों को रिहा करेगा": an aside between commas, not a list
        rest = gap if nxt is not None else text[args[i].end : args[i].end + 60]
        last = _LAST_CONJUNCT.match(rest) if rest else None
        if last is not None:
            # "अमेरिका, फ्रांस और उनके सहयोगियों ने": the last conjunct names no one the coder knows, so its
            # postposition is the case of the whole list, not the next name's
            args[i].case = _CASE_OF[re.sub(r"\s+", " ", last.group("pp"))]
        elif nxt is not None and {args[i].label, nxt.label} <= ACTOR_LABELS:
            args[i].case = nxt.case
    for a in args:
        if a.case == "and":
            a.case = "nom"


# the last conjunct of a list that is no name, up to three words, and the clause case its postposition gives
# ("..., फ्रांस और उनके सहयोगियों ने"): not a genitive (it modifies a noun) nor a locative (a place)
_LAST_CONJUNCT = re.compile(r"\s*(?:" + _forms_alt(f for f, c in _CASE_OF.items() if c == "and") + r")\s+(?:["
                            + DEVANAGARI_WORD + r"]+\s+){1,3}?(?P<pp>" + _forms_alt(
                                f for f, c in _CASE_OF.items() if c not in ("and", "gen", "loc")
                                and re.fullmatch("[" + DEVANAGARI_WORD + r"\s]+", f)) + r")(?!["
                            + DEVANAGARI_WORD + r"])")
# the postpositions after an event noun that make its phrase an adjunct ("यूक्रेन पर हमले को लेकर"): a
# name governed by that noun is the noun's argument, not the clause's (cases.tsv rows placed "adjunct")
_ADJUNCT_PP = re.compile(r"\s*(?:" + (_forms_alt(_case_rows("adjunct")) or "(?!)") + r")(?![\w"
                         + DEVANAGARI_WORD + r"])")
# the cases by which an event noun governs a name before it ("X पर हमले", "X के साथ वार्ता", "X से बातचीत")
_NOUN_GOVERNED = frozenset({"on", "against", "dat", "abl", "com", "toward"})
# the cases in which a name before an oblique infinitive is that infinitive's own (its object, its agent in द्वारा, the
# one it is done to or with); a subject in ने or the direct case may be shared with the predicate
_INFINITIVE_OWN = frozenset({"dat", "by", "on", "against", "abl", "com"})
# what stands between an infinitive's postposition and the predicate it modifies: a few words (the predicate's
# subject, a place), no clause break
_INF_TO_PREDICATE = re.compile(r"\s*(?:[^\s,;।]+\s+){0,5}")
# what a name and its infinitive never have between them: a clause break or the complementizer
_INF_BREAK = re.compile(r"[,;।]|(?<![\w" + DEVANAGARI_WORD + r"])कि(?![\w" + DEVANAGARI_WORD + r"])")
# a name that modifies an adjunct's noun: its genitive or a bare name before it ("X की भारत यात्रा के दौरान")
_FRAME_MODIFIER = frozenset({"gen", "nom", "mod", "between"})
# what joins two subjects of one verb ("भारत ने और जापान ने"): the "and" rows of cases.tsv
_AND_ONLY = re.compile(r"\s*(?:" + _forms_alt(f for f, c in _CASE_OF.items() if c == "and") + r")\s*")
# the genitive of a body or a country and up to three words (any, an office's most often) before a name it modifies
# ("ऑस्ट्रेलिया की [विदेश मंत्री] पेनी वोंग"): the next conjunct's own modifier, no conjunct of a list
_GEN_BEFORE_NAME = re.compile(r"\s*(?:" + _forms_alt(_GEN_FORMS) + r")\s+(?:[" + DEVANAGARI_WORD + r"]+\s+){0,3}")
# a whole postposition (or a comma) right after a word: "प्रवक्ता ने", not "प्रवक्ता नेड"
_WHOLE_CASE_WORD = re.compile(r"\s*(?:,|(?:" + _forms_alt(_CASE_OF) + r")(?![\w" + DEVANAGARI_WORD + r"]))")
_NEXT_WORD = re.compile(r"\s+([\w" + DEVANAGARI_WORD + r"]+)")

# verb forms that agree with a subject in the direct case (no ने): the future and the present
_AGREEING = frozenset({"future", "present", "progressive"})


# the cases in which a building acts: its subject, or the agent of a passive
_SEAT_CASES = frozenset({"erg", "by"})
# acts whose "पर" phrase may name a city of the country they strike
_STRUCK_PLACE = frozenset({"ASSAULT"})
# shows of force whose place all round a country makes that country their target
_SHOWN_AROUND = frozenset({"MOBILIZE"})


# "the killing of <up to three words: a number, an age, a demonym> X": the patient right after an act's noun
_EN_OF_PATIENT = re.compile(r"\s+of\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)

# offices read only as a named holder's: an envoy the text names no one for stays the generic diplomat (agents.tsv)
_NAMED_ONLY_ROLES = frozenset({"high_commissioner", "envoy"})

# acts asked of someone, which a plea made in a court asks of the court (``_court_pleaded``)
_PLEADED = frozenset({"REQUEST"})

# "X के सामने बातचीत की पेशकश की", "X के समक्ष मांग रखी": the one a request is put before (``before_someone``)
_BEFORE_SOMEONE = re.compile(r"\s*(?:" + _kind_alt("before_someone") + r")(?![\w" + DEVANAGARI_WORD + r"])")
_UNKNOWN_LAST_BEFORE = re.compile(r"\s*(?:,\s*)?(?:" + _kind_alt("coordinator") + r")\s+(?:[^\s,।.]+\s+){1,4}?(?:"
                                  + _kind_alt("before_someone") + r")(?![\w" + DEVANAGARI_WORD + r"])")
# "X के घर डकैती", "X के घर भी पुलिस ने तलाशी ली": an owner's genitive, then the home a raid or an attack falls on
_OWNER_OF_HOME = re.compile(r"\s*(?:" + "|".join(sorted(_GEN_FORMS, key=lambda f: (-len(f), f))) + r")\s+(?:"
                            + _kind_alt("home_noun") + r")(?![\w" + DEVANAGARI_WORD + r"])")
# "X के पिता", "X के वकील": a named owner's genitive right before the person it owns (``owned_people``)
_OWNER_OF_PEOPLE = re.compile(r"\s*(?:" + "|".join(sorted(_GEN_FORMS, key=lambda f: (-len(f), f))) + r")\s+(?="
                              + "(?:" + _kind_alt("owned_people") + r")(?![\w" + DEVANAGARI_WORD + r"]))")
# "राष्ट्रीय जांच एजेंसी (एनआईए)": a short name in brackets right after a name glosses it
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")

# acts that fall on a home, whose owner is their target ("X के घर छापा", "X के घर डकैती": ``home_noun``)
_HOME_STRUCK = frozenset({("COERCE", "raid"), ("COERCE", "seize")})
# a concern or an appeal over an act between two sides ("X और Y के बीच संघर्ष को लेकर"): aimed at those sides
_FRAME_SIDES_AIMED = frozenset({("ACCUSE", "concern"), ("REQUEST", "appeal")})
# the sectors of generic actors that fire on someone: troops, police, militants
_FIRING_SECTORS = frozenset({"mil", "cop", "reb"})


class _Arguments(_Base):
    """Who took part in an event, and in what role."""

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
                # (a side that fires: a state, its forces or a named group, never a person nobody knows
                # or an office: "लश्कर ने ही हमलों को अंजाम दिया" answers no one; nor, for a named group of no
                # state, militants of no known country, "आतंकियों ने ...। इस्लामिक स्टेट ने हमला किया": they may be
                # the doers themselves told by a group word; troops answer them, session 47)
                stateless = all(self._label(a.entity_id) == "ORG" and not a.affiliation
                                for a in actors if a.role == "source")  # fmt: skip
                fired = next((e for e in reversed(self.last_attackers) if self._side(e) not in own_sides
                              and not e.startswith(("new:", "person:"))
                              and (not e.startswith("agent:") or (e.split(":")[1] in _FIRING_SECTORS
                                                                  and not (stateless and e == "agent:reb")))),
                             None)  # fmt: skip
                if fired is not None:
                    return [*actors, Actor(fired, "target", -1, -1, None, "implicit")]
        obj = _OBJECT_BEFORE.search(self.text, max(sent.start, start - 40), start)
        if obj is not None and not self.within(obj.start(), obj.end()) and not self.timexes_within(
                obj.start() - 20, obj.end()):  # fmt: skip
            told = _OBJECT_TOLD.search(self.text, max(sent.start, start - 60), start)
            noun = obj.group().split()[0]
            if (told is not None and trig_type != "ASSAULT" and mode not in _NOT_AT_DOERS
                    and not self.within(told.start(), start)):  # fmt: skip
                # "अमेरिका ने इस डील की निंदा की", "भारत ने इन आरोपों को खारिज किया": an object that points
                # back at an act told before is aimed at those who did that act
                doers = self._doers_told(actors, told.start(), noun)
                if doers or word_key(noun) not in _SAID_OBJECT:
                    return [*actors, *doers]
            elif word_key(noun) not in _SAID_OBJECT:
                return actors  # "हमले की निंदा", "बयान पर हस्ताक्षर से इनकार": the act's object is a thing, not a side
            # "आरोपों को ख़ारिज किया", "इस टिप्पणी पर नाराजगी जताई": what the other side said, whoever it is
        own = {a.affiliation for a in actors if a.role == "source"}
        if not own or None in own or not all(c.startswith("country:") for c in own if c):
            return actors
        near: list[tuple[int, str, int]] = []
        # (not past the clause the predicate ends: "उसने ... इनकार किया और इन्हें बांग्लादेश से आए ...")
        brk = _CLAUSE_BREAK.search(self.text, start, sent.end)
        cut = brk.start() if brk is not None else sent.end
        for m in self.within(sent.start, cut):
            if (m.entity_id or "").startswith("country:") and not self._owns_place(m.entity_id or "", m.end):
                near.append((abs(m.start - start), m.entity_id or "", m.start))
        for w in re.finditer((r"[\w" + DEVANAGARI_WORD + r"]+"), self.text[sent.start : cut]):
            cid = self.ex.kb.demonyms.get(fold_word(w.group()))
            if cid:
                near.append((abs(sent.start + w.start() - start), cid, sent.start + w.start()))
        ranked = [(c, p) for _, c, p in sorted(near) if c not in own]
        other = [c for c, _ in ranked]
        if ranked:
            # "भारतीय सैनिकों को उकसाया और हमला किया": the nearest other side's words may name its body
            body = self._country_body(ranked[0][0], ranked[0][1], sent.start, cut, actors)
            if body is not None:
                return [*actors, body]
        via = "implicit"
        if not other and self.sentences_since_country <= 2:
            other = [c for c in reversed(self.last_countries) if c not in own]
        if not other and mode == "ceasefire_violation" and self.ex.home not in own:
            other, via = [self.ex.home], "home"
        if not other:
            return actors
        return [*actors, Actor(other[0], "target", -1, -1, other[0], via)]

    def _owns_place(self, cid: str, end: int) -> bool:
        """Whether a country whose name ends at ``end`` is in the genitive right before a place of its own,
        a place word or two between (``पाकिस्तान के पेशावर शहर में``, ``अफगानिस्तान की राजधानी काबुल में``): it
        names where, not a side of the act.
        """
        if not cid.startswith("country:"):
            return False
        gm = _GEN_WORD_AFTER.match(self.text, end)
        if gm is None:
            return False
        place = next(iter(self.within(gm.end(), gm.end() + 30)), None)
        return (place is not None and place.label in PLACE_LABELS and bool(place.entity_id)
                and self.ex.places_of.get(place.entity_id or "") == cid
                and len(self.text[gm.end() : place.start].split()) <= 2
                and not _CLAUSE_BREAK.search(self.text, gm.end(), place.start))  # fmt: skip

    def _country_body(self, cid: str, pos: int, lo: int, hi: int, actors: list[Actor]) -> Actor | None:
        """The armed force of the country ``cid`` whose words name it at ``pos`` ("Indian forces", "भारतीय
        सैनिकों", "Indian Army troops"): the other side a blow or a charge is aimed at is that force, as
        written, rather than its country read off the modifier. Not an envoy, a mission or a ministry: a
        protest lodged with one is lodged with the country it serves.
        """
        have = {a.entity_id for a in actors}
        for a in self._args(lo, hi, "en" if self.sent_english else "hi"):
            if (a.start <= pos < a.end and a.via in ("agent", "name") and _armed(a.entity_id)
                    and a.entity_id not in have and self._side(a.entity_id) == cid):  # fmt: skip
                return Actor(a.entity_id, "target", a.start, a.end, None, a.via)
        return None

    def _owned_object(self, actors: list[Actor], sent: Span, start: int) -> list[Actor]:
        """A directed act on a thing a demonym names the owner of ("भारतीय चौकियों पर गोले दागे",
        "पाकिस्तानी ठिकानों को तबाह किया") is aimed at that country, when no target is named and
        the country is not the doer's own side.
        """
        if any(a.role == "target" for a in actors):
            return actors
        obj = _OBJECT_BEFORE.search(self.text, max(sent.start, start - 40), start)
        if obj is None or self.within(obj.start(), obj.end()):
            return actors
        at = obj.start()
        for _ in range(2):
            # "अमेरिकी हमले की धमकी का विरोध किया": the demonym may own the head of a genitive chain
            link = _CHAIN_LINK.search(self.text, max(sent.start, at - 30), at)
            if link is None or self.within(link.start(), link.end()):
                break
            at = link.start()
        dm = _LAST_WORD.search(self.text, max(sent.start, at - 30), at)
        cid = self.ex.kb.demonyms.get(fold_word(dm.group(1))) if dm else None
        own = {self._side(a.entity_id) for a in actors if a.role in ("source", "participant")}
        if dm is None or not cid or self._side(cid) in own or self.within(dm.start(1), dm.end(1)):
            return actors
        return [*actors, Actor(cid, "target", dm.start(1), dm.end(1), cid, "demonym")]

    def _listed_apart(self, actors: list[Actor], kept: list[Actor]) -> list[Actor]:
        """``kept`` (one actor an id) with the generic actors of a list given back: people of one sector and one
        country each named in words of their own and joined by a comma or a coordinator ("एक प्रोफेसर, एक छात्रा
        और एक गृहिणी को", "बेटे और बहू ने") are as many people in one role, not one (docs/events.md codes each).
        """
        out = list(kept)
        for a in actors:
            if a in out or a.via != "agent" or a.start < 0:
                continue
            twin = next((b for b in out if b.entity_id == a.entity_id and b.role == a.role and b.via == "agent"
                         and b.start >= 0 and (b.end <= a.start or a.end <= b.start)), None)  # fmt: skip
            if twin is None:
                continue
            lo, hi = (twin.end, a.start) if twin.end <= a.start else (a.end, twin.start)
            if _LISTED.fullmatch(self.text, lo, hi) and not any(
                    word_key(w) in _CASE_OF for w in self.text[lo:hi].replace(",", " ").split()):  # fmt: skip
                out.append(a)
        return out

    def _doers_told(self, actors: list[Actor], before: int, noun: str) -> list[Actor]:
        """Who did the act an object points back at. A noun that names a kind of act ("इस डील", "इन
        आरोपों") points at the last act of that kind told before; another noun at the last act whose own
        object was that noun ("चीन के ... प्रयासों को खारिज किया" for "इस प्रकार के प्रयासों"), else at the
        last act of this sentence or the two before it. Its doers (sources, participants) other than this
        act's own; when the same side acts again on the same thing, that act's targets.
        """
        lex = self.ex.lexicons.get("en" if self.sent_english else "hi")
        key = word_key(noun)
        kinds = {q.entry.type for q in (lex.first.get(key, []) if lex else [])
                 if not q.rest and q.form == "nominal"}  # fmt: skip
        before_acts = [e for e in self.told if e.trigger_end <= before and (not kinds or e.type in kinds)]
        if not kinds:
            # the object noun said again: the act whose clause had it before its predicate
            said = [e for e in before_acts if any(
                word_key(w) == key for w in _WORD.findall(self.text, e.evidence[0].start, e.trigger_start))]
            at = bisect_right(self.sentence_starts, before) - 1
            lo = self.sentence_starts[max(0, at - 2)] if at >= 0 else 0
            before_acts = said or [e for e in before_acts if e.trigger_start >= lo]
        if not before_acts:
            return []
        last = before_acts[-1]
        own = {a.entity_id for a in actors} | {a.affiliation for a in actors if a.affiliation}
        doers = [a for a in last.actors
                 if a.role in ("source", "participant") and a.via not in SUPPLIED_VIA]
        if doers and all(a.entity_id in own or a.affiliation in own for a in doers):
            doers = [a for a in last.actors if a.role == "target"]
        return [Actor(a.entity_id, "target", -1, -1, a.affiliation, "implicit")
                for a in doers if a.entity_id not in own]  # fmt: skip

    def _complement_head(self, cut: int, lo: int) -> str | None:
        """The kind of predicate a complement clause hangs from (``आरोप लगाया कि``: ``claim``; ``गुहार लगाई कि``:
        ``request``).
        """
        before = self.text[max(lo, cut - 40) : cut]
        for lex in self.ex.lexicons.values():
            for m in lex.find(before):
                if m.entry.type == "ACCUSE" and m.entry.mode in ("accuse",):
                    return "claim"
                if m.entry.type == "REJECT":
                    return "deny"
                if m.entry.type == "REQUEST":
                    return "request"
        return None

    # ---- arguments ---------------------------------------------------------------------
    def _args(self, lo: int, hi: int, lang: str = "hi") -> list[_Arg]:
        """Names, offices, generic actors, pronouns and groups in ``text[lo:hi]`` with their cases."""
        text = self.text
        out: list[_Arg] = []
        for m in self.within(lo, hi):
            if m.end <= hi and m.entity_id and not self._glossed(m.start, m.end) and not self._agent_word(m, lang):
                body = self._place_body(m, lang)
                if body is not None:  # the place alone; the agent dictionary reads the body word after it
                    out.append(_Arg(body[0], "GPE", self._case(body[1], hi, m.start), m.start, body[1], "name",
                                    body[0]))  # fmt: skip
                    continue
                members = self.ex.kb.members_of(m.entity_id, self.date.isoformat() if self.date else None) if (
                    m.entity_id in self.ex.kb.members) else []
                mm = _MEMBER_COUNTRIES.match(text, m.end, hi) if members else None
                case = self._case(mm.end(), hi, m.start) if mm is not None else ""
                if mm is not None and case != "gen":
                    # "क्वाड देशों ने विरोध किया": the grouping's member countries act, each a side (not "एससीओ
                    # देशों के विदेश मंत्रियों की बैठक": the grouping's meeting, as before)
                    for c in members:
                        out.append(_Arg(c, "GPE", case, m.start, mm.end(), "group"))
                    continue
                out.append(_Arg(m.entity_id, m.label, self._case(m.end, hi, m.start), m.start, m.end, "name", m.kb_id))
        agents = self.ex.agents.get(lang)
        if agents is not None:
            out = self._foreign_bodies(agents, lo, out, hi)
        out = self._offices_of_several(lo, hi, out)
        covered = [(a.start, a.end) for a in out]
        if agents is not None:
            out = self._agent_args(agents, lo, hi, out, covered)
        if lang == "hi":
            out += self._demonym_people(lo, hi, [(a.start, a.end) for a in out])
            out += self._counted_people(lo, hi, out)
            out += self._name_parts_told(lo, hi, out)
        for om in office_matches(text, lo, hi):
            # an office followed by a name is an apposition; the name is the actor
            if any(a.start >= om.end() and a.label not in PLACE_LABELS
                   and _APPOSED.fullmatch(text, om.end(), a.start) for a in out):  # fmt: skip
                continue  # (a place right after it is where, not who: "नेपाल के प्रधानमंत्री भारत आए")
            owner = self._office_body(om)
            eid = owner.entity_id if owner is not None else self._office(om)
            if eid is None:
                continue
            s = om.start("of") if om.group("of") else om.start("dem") if om.group("dem") else om.start("role")
            s = min(s, owner.start) if owner is not None else s
            out = [a for a in out if not (s <= a.start and a.end <= om.end())]
            label = "ORG" if owner is not None else "PERSON" if not eid.startswith("country:") else "GPE"
            out.append(_Arg(eid, label, self._case(om.end(), hi), s, om.end(), "office"))
        for pm in self.ex.pronoun_re.finditer(text, lo, hi) if self.ex.pronoun_re else ():
            pr = self.ex.pronouns.get(word_key(pm.group("w")))
            if pr is None:
                continue
            if pr.thing:
                # "asked it to withdraw": a country or a body, only as the one asked to act
                ref = self._thing_ref(pm.start(), pm.end())
                if ref is not None:
                    out.append(_Arg(ref, self._label(ref), pr.case, pm.start(), pm.end(), "pronoun"))
                    continue
                # "China ... said that it had complained": the subject of what a country or a body says is itself
                said = self._said_by_body(pm.start())
                if said is not None:
                    out.append(_Arg(said, self._label(said), "erg", pm.start(), pm.end(), "pronoun"))
                continue
            case = pr.case
            if case == "gen":
                if lang == "en" and self._owns_event_noun(pm.end()):
                    # "his visit": the owner of an event noun is the subject this clause has named, else the
                    # last person acting
                    for ref in self._pronoun_refs(pm.start(), out):
                        out.append(_Arg(ref, self._label(ref) if ref.startswith("country:") else "PERSON", case,
                                        pm.start(), pm.end(), "pronoun"))  # fmt: skip
                    continue
                if lang != "en" and pr.group and self._hi_owns(pm.end()):
                    # "उनकी भारत यात्रा", "उनके समर्थन की सराहना", "उनकी चौकी पर हमला": the owner of an event
                    # noun or of what a directed act falls on, as a name in the genitive would be; never the
                    # subject of its own clause (whose own is told by अपना), so the person acting before it
                    ref = self._owner_ref(pm.start(), out, lo, lang, pr.group)
                    if ref is not None:
                        out.append(_Arg(ref, self._label(ref) if not ref.startswith("agent:") else "AGENT", case,
                                        pm.start(), pm.end(), "pronoun"))  # fmt: skip
                    continue
                if not _GREETED.match(text, pm.end(), pm.end() + 30):
                    continue
                case = "dat"  # "उनका स्वागत": the one welcomed
            if pr.initial and ((text[lo : pm.start()].strip(" \t\n\"'“”‘’,") and not self._opens_clause(lo, pm.start()))
                               or self._starts_predicate(pm.end())):  # fmt: skip
                continue  # "वह" inside a clause, or before an event noun, is "that": "वह बैठक"
            subject = case in ("erg", "nom")
            group = self._group_ref(pm.start(), out, lang, objects="sentence" if subject else "window") if (
                pr.group) and not any(
                a.label == "PERSON" and a.end <= pm.start() and a.case in ("erg", "nom") for a in out) else None
            if group is not None:
                out.append(_Arg(group, "AGENT", case, pm.start(), pm.end(), "pronoun"))
                continue
            speaker = self._speaker(lo, pm.start(), lang) if subject else None
            if speaker is None and subject and not pr.plural and not pr.group and not any(
                    a.case == "erg" and a.end <= pm.start() for a in out):  # fmt: skip
                # "अमेरिका ने कहा कि ..., उसने ईरान को चेतावनी दी": a plain singular subject, later in
                # what someone said, with no subject between, is still the one who said it
                speaker = self._speaker(lo, lo, lang)
            side = self._speaks_for(speaker.entity_id) if speaker is not None and (pr.plural or pr.group) else None
            if speaker is not None and side:
                # "IDF spokesman X said that they struck ...": a plural told by a spokesperson is the body he
                # speaks for, not himself
                out.append(_Arg(side, self._label(side), case, pm.start(), pm.end(), "pronoun"))
                continue
            if speaker is not None:
                # "वॉशिंगटन ने कहा कि वह ...": a capital that speaks is its country, and so is its pronoun
                capital = self.ex.capital_of(speaker.entity_id)
                eid, label = (capital, "GPE") if capital else (speaker.entity_id, speaker.label)
                out.append(_Arg(eid, label, case, pm.start(), pm.end(), "pronoun"))
                continue
            # a plain singular (उसने, वह; not the honorific उन्होंने, which is also a plural) may stand
            # for a country or a body as well as a person
            thing = subject and not pr.plural and not pr.group
            for ref in self._pronoun_refs(pm.start(), out if subject else [], pr.plural and subject, thing, subject):
                out.append(_Arg(ref, self._label(ref) if ref.startswith("country:") else "PERSON", case,
                                pm.start(), pm.end(), "pronoun"))  # fmt: skip
        for fm in _FIRST_PERSON.finditer(text, lo, hi):
            quoted = self._quote_speaker(fm.start(), lang)
            if quoted is None and not any(a.case in ("erg", "nom") for a in out):
                # "X ने कहा कि हमने ...": reported words with no subject written; a plural "we" told by a
                # person is the body they speak for (or a group), not the person: left alone
                quoted = self._reported_speaker(fm.start(), lang)
                if quoted is not None and quoted.label == "PERSON" and fold(fm.group()) in _PLURAL_FIRST:
                    # ... unless he is a spokesperson: "सेना के प्रवक्ता X ने बताया कि हमने ...", his army
                    side = self._speaks_for(quoted.entity_id)
                    quoted = _Arg(side, self._label(side), quoted.case, quoted.start, quoted.end, quoted.via) if (
                        side) else None
            elif quoted is not None and quoted.label == "PERSON" and fold(fm.group()) in _PLURAL_FIRST:
                # "प्रवक्ता X ने कहा, “हम इस हमले की निंदा करते हैं”": a spokesperson's quoted "we" is the body he
                # speaks for, as in reported words (one act of that body, told again, not another of his own)
                side = self._speaks_for(quoted.entity_id)
                if side:
                    quoted = _Arg(side, self._label(side), quoted.case, quoted.start, quoted.end, quoted.via)
            if quoted is None:
                continue  # outside quoted or reported words "हम" is the writer or the reader: no actor
            # (the object forms are other words, मुझे, हमें, हमसे: these are subjects, with ने or without)
            case = "erg" if fold(fm.group()).endswith(fold("ने")) else "nom"
            out.append(_Arg(quoted.entity_id, quoted.label, case, fm.start(), fm.end(), "pronoun"))
        for gm in _GROUP.finditer(text, lo, hi):
            kind = fold(gm.group("k"))
            countries = kind in _COUNTRY_GROUPS
            count = _GROUP_COUNT.get(re.sub(r"\s+", " ", fold(gm.group("n"))), 0)
            members = self._group_of(gm.start(), countries, count, out)
            case = self._case(gm.end(), hi)
            role = self.ex.office_plural.get(re.sub(r"\s+", " ", gm.group("k"))) if gm.group("of") else None
            pair = self._group_of(gm.start(), True, count, out) if role and not countries else []
            if len(pair) >= 2:
                # "दोनों देशों के रक्षा मंत्रियों": each of the two countries' holder of that office, not the
                # last two actors, whoever they were (the country itself where the article names no holder)
                for c in pair:
                    holder = self.office_holder.get((role or "", c))
                    out.append(_Arg(holder or c, "PERSON" if holder else "GPE", case, gm.start(), gm.end(), "group"))
                continue
            for eid in members:
                out.append(_Arg(eid, "GPE" if countries else "PERSON", case, gm.start(), gm.end(), "group"))
        for pm in _PAIR_ALONE.finditer(text, lo, hi):
            # "न्यायाधीश ने दोनों को तलब किया", "तब जाकर दोनों के बीच सुलह हुई": the pair alone before a postposition
            case = self._case(pm.end(), hi)
            if case not in _PAIR_ALONE_CASES or any(a.start <= pm.start() < a.end for a in out):
                continue
            for eid in self._pair_alone(pm.start(), out):
                out.append(_Arg(eid, "GPE" if eid.startswith("country:") else "PERSON", case, pm.start(), pm.end(),
                                "group"))  # fmt: skip
        out.sort(key=lambda a: a.start)
        out = self._owners_of_bodies(out)
        out = self._owners_of_office_holders(out)
        _spread_coordination(out, text)
        return out

    def _owners_of_office_holders(self, out: list[_Arg]) -> list[_Arg]:
        """Without the country (or the body) named in the genitive before an office and the name of its holder ("यूक्रेन के
        राष्ट्रपति वोलोदिमीर जेलेंस्की", "बांग्लादेश के डिप्टी हाई कमिश्नर X", "India's Acting High Commissioner
        X"): one phrase, from the country's name on, names one actor, the person; the country only says whom
        he serves (kept in ``holder_country`` for acts that code the envoy's country, ``docs/events.md``).
        """
        text = self.text
        drop: set[int] = set()
        for a, b in pairwise(out):
            # (or a body: "संयुक्त राष्ट्र के महासचिव बान की मून", "भाजपा के अध्यक्ष X" names the person, not the body)
            # (or a generic body: "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने उनकी अगवानी की" names the spokesman)
            owner_ok = a.entity_id.startswith("country:") or (a.label == "ORG" and a.entity_id.startswith("org:")) or (
                a.entity_id.startswith("agent:") and a.label in ("ORG", "AGENT"))  # fmt: skip
            if (not owner_ok or a.via not in ("name", "agent") or b.label != "PERSON" or b.via != "name"
                    or b.start - a.end > 60):  # fmt: skip
                continue
            cm = _CASE.match(text, a.end, b.start)
            pp = (cm.group("pp") or "") if cm is not None else ""
            if not (a.case == "gen" or (self.sent_english and _CASE_OF.get(pp.lower()) == "gen")):
                continue
            gap = text[cm.end() if cm is not None else a.end : b.start]
            # (only an office between, up to four words, no postposition: "भारत के प्रधानमंत्री ने मोदी से" is two)
            gs = b.start - len(gap)
            agents = self.ex.agents.get("en" if self.sent_english else "hi")
            office = first_role_word(gap) is not None or (agents is not None and any(
                True for _ in agents.find(text, gs, b.start)))  # fmt: skip
            if 0 < len(gap.split()) <= 5 and not _CASE_WORD.search(gap) and office:
                drop.add(id(a))
                b.start = a.start  # (the whole phrase: "मोदी और चीन के राष्ट्रपति शी की मुलाकात" stays a list)
                if a.entity_id.startswith("country:"):
                    self.holder_country[b.start] = a.entity_id
        return [a for a in out if id(a) not in drop] if drop else out

    def _owners_of_bodies(self, out: list[_Arg]) -> list[_Arg]:
        """Without the country named in the genitive right before a body of its own ("भारत के विदेश मंत्रालय
        ने", "by India's Border Security Force"): one phrase names one actor, the body, which acts for that
        country; the country is no side of its own beside it (nor, as a genitive, the act's target).
        """
        text = self.text
        drop: set[int] = set()
        for a, b in pairwise(out):
            cm = _CASE.match(text, a.end, b.start)
            pp = (cm.group("pp") or "") if cm is not None else ""
            # (an English name's case is read off the preposition before it; its possessive follows it)
            owner = a.case == "gen" or (self.sent_english and _CASE_OF.get(pp.lower()) == "gen")
            if (not a.entity_id.startswith("country:") or not owner or a.via != "name"
                    or b.label not in ACTOR_LABELS or b.label == "PERSON" or b.label in PLACE_LABELS
                    or b.entity_id.startswith("country:")
                    or b.via not in ("name", "agent") or self._side(b.entity_id) != a.entity_id):  # fmt: skip
                continue
            gap = text[cm.end() if cm is not None else a.end : b.start]
            if len(gap.split()) <= 2 and not _CASE_WORD.search(gap):
                drop.add(id(a))
        return [a for a in out if id(a) not in drop] if drop else out

    def _offices_of_several(self, lo: int, hi: int, out: list[_Arg]) -> list[_Arg]:
        """"भारत और नेपाल के प्रधानमंत्रियों ने": an office in the plural after the genitive of several countries
        named together is each country's holder of that office (the country itself where the article names no
        holder), one actor each, the whole phrase their words. One country alone makes no such list.
        """
        rx = self.ex.office_plural_re
        if rx is None:
            return out
        text = self.text
        for om in rx.finditer(text, lo, hi):
            role = self.ex.office_plural.get(re.sub(r"\s+", " ", om.group()), "")
            before = sorted((a for a in out if a.end <= om.start() and a.entity_id.startswith("country:")),
                            key=lambda a: a.start)  # fmt: skip
            if not before or not _OWNED_BY.fullmatch(text, before[-1].end, om.start()):
                continue
            chain = [before[-1]]
            for a in reversed(before[:-1]):
                if not _COORDINATED.fullmatch(text, a.end, chain[0].start):
                    break
                chain.insert(0, a)
            if len(chain) < 2:
                continue
            case = self._case(om.end(), hi, om.start())
            s, e = chain[0].start, om.end()
            out = [a for a in out if not (s <= a.start and a.end <= e)]
            for c in chain:
                holder = self.office_holder.get((role, c.entity_id))
                out.append(_Arg(holder or c.entity_id, "PERSON" if holder else "GPE", case, s, e, "office"))
        return out

    def _foreign_bodies(self, agents: Agents, lo: int, out: list[_Arg], hi: int) -> list[_Arg]:
        """"पाकिस्तान विदेश मंत्रालय", "चीनी विदेश मंत्रालय": a body the knowledge base holds for one
        country (India's foreign ministry) named right after another country or its demonym is that
        other country's body of the same kind (one phrase, one actor).
        """
        text = self.text
        for k, a in enumerate(out):
            inst = self.ex.kb.entities.get(a.entity_id) if a.via == "name" else None
            if inst is None or inst.label != "ORG" or not getattr(inst, "country", ""):
                continue
            prev = re.search((r"([\w" + DEVANAGARI_WORD + r"]+)\s+$"), text[max(lo, a.start - 30) : a.start])
            if prev is None:
                continue
            start = a.start - len(prev.group(0))
            named = next((b for b in out if b.entity_id.startswith("country:") and (b.start, b.end) == (
                start, start + len(prev.group(1)))), None)  # fmt: skip
            cid = named.entity_id if named is not None else self.ex.kb.demonyms.get(fold(prev.group(1)))
            if not cid or cid == f"country:{inst.country}":
                continue
            kind = next((ag for s, e, ag in agents.find(text, a.start, a.end) if s <= a.start and a.end <= e), None)
            if kind is None:
                continue
            eid = f"agent:{kind.sector.lower()}:{cid.split(':', 1)[1]}"
            out[k] = _Arg(eid, "AGENT", self._case(a.end, hi, a.start), start, a.end, "agent")
            if named is not None:
                out = [b for b in out if b is not named]
                return self._foreign_bodies(agents, lo, out, hi)
        return out

    def _speaker(self, lo: int, pos: int, lang: str) -> _Arg | None:
        """"उज्जवल निकम ने कहा कि वो सरकार से ...", "सेना ने कहा कि वह ...": a subject pronoun that opens
        what someone said stands for the one who said it (the ergative subject of the say-verb).
        """
        said = _SAID_BEFORE.search(self.text, max(0, lo - 30), lo)
        cases: tuple[str, ...] = ("erg",)
        if said is None:
            # "X का कहना है कि वह ...", "X कहते हैं कि वह ...": the speaker of a present saying, without ने
            said, cases = _SAID_NOW_BEFORE.search(self.text, max(0, lo - 30), lo), ("nom", "gen")
        if said is None or self.text[lo:pos].strip(" \t\n,"):
            return None
        at = bisect_right(self.sentence_starts, said.start()) - 1
        sent_lo = self.sentence_starts[at] if at >= 0 else 0
        subjects = [a for a in self._args(sent_lo, said.start(), lang) if a.case in cases and a.label in ACTOR_LABELS]
        return subjects[-1] if subjects else None

    def _quote_speaker(self, pos: int, lang: str) -> _Arg | None:
        """The one quoted by the words at ``pos``: "विदेश मंत्रालय ने कहा, “हम ... आग्रह करते हैं”" (the
        quotation may run on over sentences of the same paragraph). The ergative subject of the clause
        that opens the quotation; ``None`` when ``pos`` is not inside quoted words or no subject opens them.

        Args:
            pos: Where a first-person word stands.
            lang: The language whose tables read the opening clause.

        Returns:
            The speaker's argument, or ``None``.
        """
        text = self.text
        lo = text.rfind("\n", max(0, pos - 800), pos) + 1 or max(0, pos - 800)
        opened = next(reversed(list(_QUOTE_OPEN.finditer(text, lo, pos))), None)
        if opened is None or _QUOTE_CLOSE[opened.group(1)] in text[opened.end() : pos]:
            return None
        at = bisect_right(self.sentence_starts, opened.start()) - 1
        sent_lo = max(lo, self.sentence_starts[at] if at >= 0 else 0)
        subjects = [a for a in self._args(sent_lo, opened.start(), lang)
                    if a.case == "erg" and a.label in ACTOR_LABELS]  # fmt: skip
        return subjects[-1] if subjects else None

    def _reported_speaker(self, pos: int, lang: str) -> _Arg | None:
        """The one whose words are reported at ``pos``: "X ने बताया कि हमने ... मांगी थी" (a say-verb and its
        complementizer earlier in the same sentence). The ergative subject of the say-verb's clause; ``None``
        when no such clause opens before ``pos`` or no subject says it.

        Args:
            pos: Where a first-person word stands.
            lang: The language whose tables read the opening clause.

        Returns:
            The speaker's argument, or ``None``.
        """
        at = bisect_right(self.sentence_starts, pos) - 1
        sent_lo = self.sentence_starts[at] if at >= 0 else 0
        said = next(reversed(list(_REPORTED_THAT.finditer(self.text, sent_lo, pos))), None)
        if said is None:
            return None
        subjects = [a for a in self._args(sent_lo, said.start(), lang)
                    if a.case == "erg" and a.label in ACTOR_LABELS]  # fmt: skip
        return subjects[-1] if subjects else None

    def _agent_args(self, agents: Agents, lo: int, hi: int, out: list[_Arg],
                    covered: list[tuple[int, int]]) -> list[_Arg]:  # fmt: skip
        """Generic actors (``पुलिस``, ``भारतीय उच्चायुक्त``, ``पाकिस्तान की सेना``, ``Maoists``) with their
        sector and the country their modifier, the agent word itself or the dateline gives.
        """
        text = self.text
        for s, e, agent in agents.find(text, lo, hi):
            if self._not_an_agent(s, e, lo, covered, hi):
                continue
            owner = next((a for a in out if a.label == "ORG" and a.via == "name" and (
                0 <= s - a.end <= 1 or _OWNED_BY.fullmatch(text, a.end, s))), None)  # fmt: skip
            if owner is None and _UNIT_NOUN.search(text, s, e):
                # "राज्य पुलिस और असम राइफल्स की विशेष टीम ने", "सीआरपीएफ के दो जवानों ने": a team or
                # the men of a body (named, or a generic force; not a country's, whose men are its force) are the body
                owner = next((a for a in reversed(out) if a.label in ("ORG", "AGENT") and a.via in ("name", "agent")
                              and a.end <= s and not a.entity_id.startswith("country:")
                              and _UNIT_OWNED_BY.fullmatch(text, a.end, s)), None)  # fmt: skip
            if owner is not None:
                # "भाजपा नेता ने", "भारतीय सेना के जवानों ने", "Indian Army soldiers": the body acts
                # through its people; one phrase, one actor
                owner.case = self._case(e, hi, s)
                continue
            of = _EN_OF.match(text, e)
            if of is not None and any(cs == of.end() for cs, _ in covered):
                continue  # "ministers of the Quad ... of India": the names it is made of stand for it
            mod = next((a for a in reversed(out) if a.via == "agent" and a.end <= s and not text[a.end : s].strip()
                        # (a counted group is a whole phrase: "सैकड़ों छात्र विश्वविद्यालय के बाहर")
                        and not _PLURAL_BEFORE.search(text, max(0, a.start - 30), a.start)), None)  # fmt: skip
            if mod is not None:
                # "a student activist's plea", "किसान नेता": a group word right before another is its modifier; one
                # phrase, one actor, the head (of the modifier's country when the head names none)
                out.remove(mod)
                s = mod.start
            rank = _RANK_BEFORE.search(text, max(lo, s - 20), s)
            if rank is not None:
                s = rank.start()  # "पाकिस्तान के वरिष्ठ अधिकारी": the rank is part of the phrase its owner precedes
            country, also, s, out = self._agent_country(agent, s, lo, out, covered)
            if country is None and mod is not None and mod.entity_id.count(":") == 2:
                country = mod.entity_id.rsplit(":", 1)[1]
            case = self._case(e, hi, s)
            if country is None and _BOTH.search(text[max(lo, s - 25) : s]):
                # "दोनों देशों के सैनिकों": the soldiers of each of the two countries
                pair = self._group_of(s, True, 2, out)
                if len(pair) == 2:
                    out += [_Arg(f"agent:{agent.sector.lower()}:{c.split(':', 1)[1]}", "AGENT", case, s, e, "agent")
                            for c in pair]  # fmt: skip
                    continue
            dem = _DEMONSTRATIVE_BEFORE.search(text, max(lo, s - 12), s) if country is None else None
            told = self._body_told(s) if dem is not None and text[s:e] in _TOLD_BODY else None
            if dem is not None and told is not None:
                # "X का गठन 1990 में हुआ। इस संगठन ने ...": the body named before, in other words
                out.append(_Arg(told, "ORG", case, dem.start(), e, "pronoun"))
                continue
            eid = f"agent:{agent.sector.lower()}" + (f":{country}" if country else "")
            out.append(_Arg(eid, "AGENT", case, s, e, "agent"))
            if also:
                out.append(_Arg(f"agent:{agent.sector.lower()}:{also}", "AGENT", case, s, e, "agent"))
        return out

    def _demonym_people(self, lo: int, hi: int, covered: list[tuple[int, int]]) -> list[_Arg]:
        """A demonym used as a noun, in the plural oblique before a postposition (``भारतीयों ने``, ``पाकिस्तानियों
        को``): that country's people, a generic actor (an adjective never takes the plural ending: ``भारतीय सेना``).
        """
        out: list[_Arg] = []
        for wm in _PLURAL_OBLIQUE.finditer(self.text, lo, hi):
            s, e = wm.start(), wm.end()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            w = wm.group()
            bases = [w[:-4] + "ी", w[:-2]] if w.endswith("ियों") else [w[:-2]]
            cid = next((c for c in (self.ex.kb.demonyms.get(fold(b)) for b in bases) if c), None)
            case = self._case(e, hi, s) if cid else "nom"
            if cid and case not in ("nom", "mod", "and"):
                out.append(_Arg(f"agent:cvl:{cid.split(':', 1)[1]}", "AGENT", case, s, e, "agent"))
        return out

    def _name_parts_told(self, lo: int, hi: int, out: list[_Arg]) -> list[_Arg]:
        """A person named again by one part of his name (``डेविड हेडली ... हेडली पर आरोप``, ``लता राज गोपालन ...
        लता ने रिपोर्ट दर्ज कराई``) where the tagger found no mention: the person the article named in full
        before, when only one person it named has that part and a postposition other than the genitive follows
        (a case of its own, not a modifier: ``सुंदर इलाका`` is no one).
        """
        found: list[_Arg] = []
        # the parts of the mentions before ``lo`` (those sorted by start before it): a part is theirs when its
        # first mention comes before ``lo``, and names one person until a mention of another person has it
        k = bisect_left(self.starts, lo)
        parts = self._name_parts()
        if k <= self.name_parts_from:
            return found
        spans = [(a.start, a.end) for a in out] + [(m.start, m.end) for m in self.within(max(0, lo - 200), hi)]
        for wm in _NAME_WORD.finditer(self.text, lo, hi):
            s, e = wm.start(), wm.end()
            part = parts.get(word_key(wm.group()))
            if part is None or part[0] >= k or part[2] < k or any(cs < e and s < ce for cs, ce in spans):
                continue
            case = self._case(e, hi, s)
            if case in ("nom", "mod", "and", "adjunct", "gen"):
                continue  # (a genitive may own a thing, not act: "सोरेन की इस चाल से नाराज")
            found.append(_Arg(part[1], "PERSON", case, s, e, "name"))
        return found

    def _name_parts(self) -> dict[str, tuple[int, str, int]]:
        """Each part of a person's name (two words or more) the article's mentions have, by its word key: the
        index of the first mention with it, that mention's person, and the index of the first mention of another
        person with it (``len(self.mentions)`` when none); built once per article (``_name_parts_told``).
        """
        if self.name_parts is not None:
            return self.name_parts
        parts: dict[str, tuple[int, str, int]] = {}
        never = len(self.mentions)
        for i, m in enumerate(self.mentions):
            if m.label != "PERSON" or not m.entity_id:
                continue
            words = _NAME_WORD.findall(self.text, m.start, m.end)
            if len(words) < 2:
                continue
            for w in words:
                if len(w) > 2:
                    key = word_key(w)
                    had = parts.get(key)
                    if had is None:
                        parts[key] = (i, m.entity_id, never)
                    elif had[2] == never and had[1] != m.entity_id:
                        parts[key] = (had[0], had[1], i)
        self.name_parts = parts
        self.name_parts_from = min((p[0] for p in parts.values()), default=never)
        return parts

    def _counted_people(self, lo: int, hi: int, out: list[_Arg]) -> list[_Arg]:
        """A large count standing alone for people (``सैकड़ों को हिरासत में लिया``, ``हजारों ने प्रदर्शन किया``,
        ``सैकड़ों मारे गए``): civilians, of the country the agent rules give them, when a postposition follows it
        or the predicate read right after it; before a noun it only counts that noun (``सैकड़ों घरों``).
        """
        found: list[_Arg] = []
        covered = [(a.start, a.end) for a in out]
        for cm in _COUNT_PEOPLE.finditer(self.text, lo, hi):
            s, e = cm.start(), cm.end()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            case = self._case(e, hi, s)
            if case in ("mod", "and") or (case == "nom" and not (hi > e and not self.text[e:hi].strip())):
                continue
            country, _, _, _ = self._agent_country(Agent(cm.group(), "CVL", None), s, lo, list(out), covered)
            found.append(_Arg("agent:cvl" + (f":{country}" if country else ""), "AGENT", case, s, e, "agent"))
        return found

    def _body_told(self, pos: int) -> str | None:
        """The organisation a demonstrative body word at ``pos`` points back at (``इस संगठन``, ``इस गुट``): the last
        one named as a subject in this sentence or the two before it; ``None`` when none is.
        """
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, max(0, pos - 600), pos)]
        lo = ends[-3] if len(ends) >= 3 else max(0, pos - 600)
        # (one told as a subject, what the text is about: not the owner of a report quoted in between)
        orgs = [m.entity_id for m in self.within(lo, pos) if m.end <= pos and m.label == "ORG" and m.entity_id
                and m.entity_id.startswith(("org:", "new:org:"))
                and self._case(m.end, pos, m.start) in ("erg", "nom")]  # fmt: skip
        return orgs[-1] if orgs else None

    def _not_an_agent(self, s: int, e: int, lo: int, covered: list[tuple[int, int]], hi: int = -1) -> bool:
        """Whether an agent word is part of a name, an office before one, a modifier of an event noun or
        the group reading of "the two leaders". A modifier of the event noun the window ends at (``hi``: the
        predicate being read) is its doer, an actor: "आतंकी हमले" (the attack's), "किसान धरने पर बैठ गए".
        """
        text = self.text
        if any(cs < e and s < ce for cs, ce in covered) or any(
                0 <= cs - e <= 24 and not _CASE_WORD.search(text[e:cs]) for cs, _ in covered):  # fmt: skip
            return True  # part of a name, or an office before one ("रक्षा मंत्री (जनरल) राजनाथ सिंह")
        if any(0 < cs - e <= 48 and _EN_PORTFOLIO.fullmatch(text, e, cs) for cs, _ in covered):
            return True  # "Minister for Defence Richard Marles": the office before his name, its portfolio between
        if self._starts_predicate(e) and not (hi > e and not text[e:hi].strip()):
            return True  # a modifier of another event noun ("आतंकी हमले में लोग मारे गए"), not who acted
        # "दोनों नेताओं": the two leaders told before (the group reading), not two governments
        return any(gm.end() == e for gm in _GROUP.finditer(text, max(lo, s - 40), e))

    def _agent_country(self, agent: Agent, s: int, lo: int, out: list[_Arg],
                       covered: list[tuple[int, int]]) -> tuple[str | None, str | None, int, list[_Arg]]:  # fmt: skip
        """The country a generic actor serves (its own word, a demonym or a genitive before it, the
        subject's for "अपने", else the dateline's), a second one when two are coordinated, where the
        phrase starts, and the names found so far less a genitive the phrase took in.
        """
        text = self.text
        country = agent.country.lower() if agent.country else None
        # a demonym or a country in the genitive right before: भारतीय उच्चायुक्त, पाकिस्तान की सेना
        prev = re.search((r"([\w" + DEVANAGARI_WORD + r"]+)\s+$"), text[max(lo, s - 30) : s])
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
            gen = next((a for a in reversed(out) if a.entity_id.startswith("country:") and (
                        0 <= s - a.end <= 14 or self._modified_body(a, s, out)) and (
                        (a.case in ("gen", "mod") and not _CASE_WORD.search(text[a.end + 3 : s]))
                        or _ADJUNCT.fullmatch(text, a.end, s))), None)  # fmt: skip
            if gen is None:
                # "डोनाल्ड ट्रंप के 28 अफसरों", "पाकिस्तान उच्चायोग के एक अधिकारी": a person or a body in the
                # genitive right before serves a country, and so do its people
                # (a city's people are where they live, told by the place rules, not owned by it)
                owner = next((a for a in reversed(out) if a.case == "gen" and a.label in ACTOR_LABELS - PLACE_LABELS
                              and 0 <= s - a.end <= 14 and not _CASE_WORD.search(text[a.end + 3 : s])),
                             None)  # fmt: skip
                side = self._side(owner.entity_id) if owner is not None else ""
                if side.startswith("country:"):
                    country = side.split(":", 1)[1]
            elif gen is not None:
                country = gen.entity_id.split(":", 1)[1]
                # "भारत और अमेरिका की सेनाएं": the first conjunct owns its own body too
                first = next((a for a in out if a.entity_id.startswith("country:") and a.entity_id != gen.entity_id
                              and _COORDINATED.fullmatch(text, a.end, gen.start)), None)  # fmt: skip
                out = [a for a in out if a is not gen and a is not first]
                s = gen.start
                if first is not None:
                    also, s = first.entity_id.split(":", 1)[1], first.start
        if country is None:
            # "बिहार सरकार", "दिल्ली पुलिस", "Kerala police": a place below a country right before the body says
            # whose body it is; one phrase, one actor, so in a list of doers ("कांग्रेस, भाजपा और बिहार सरकार
            # ने") the place is no conjunct of its own (an envoy's place is where he serves, not whose he is)
            place = next((a for a in reversed(out) if a.via == "name" and a.label in PLACE_LABELS
                          and self.ex.is_city(a.entity_id) and _ADJUNCT.fullmatch(text, a.end, s)), None)  # fmt: skip
            if place is not None:
                of = self.ex.places_of.get(place.entity_id) if agent.sector.lower() != "dip" else None
                country = of.split(":", 1)[1] if of else None
                out = [a for a in out if a is not place]
                s = place.start
        if country is None and agent.sector.lower() == "gov" and _HEADED_GOVERNMENT.match(text, s):
            # "ट्रंप प्रशासन ने", "ट्रूडो सरकार ने": a government named by the person who heads it is his country's;
            # one phrase, one actor (the person is no side of his own beside it)
            head = next((a for a in reversed(out) if a.via == "name" and a.label == "PERSON" and a.end <= s
                         and not text[a.end : s].strip()), None)  # fmt: skip
            side = self._side(head.entity_id) if head is not None else ""
            if head is not None and side.startswith("country:"):
                country = side.split(":", 1)[1]
                out = [a for a in out if a is not head]
                s = head.start
        if country is None and agent.sector.lower() != "dip":
            # "बांग्लादेश में हिंदुओं पर हमले", "अमेरिका में पुलिस ने": people or a body in a country are its own
            # (not an envoy, who serves abroad)
            there = next((a for a in reversed(out) if a.entity_id.startswith("country:") and a.case == "loc"
                          and 0 <= s - a.end <= 14 and (im := _IN_BEFORE.match(text, a.end, s)) is not None
                          and (im.end() == s or _PLURAL_BEFORE.fullmatch(text, im.end(), s))), None)  # fmt: skip
            if there is not None:
                country = there.entity_id.split(":", 1)[1]
        if country is None and agent.sector.lower() == "cvl" and not (prev and prev.group(1) in _REFLEXIVE):
            # "पेशावर में हुए आतंकी हमले में मारे गए लोगों", "काबुल में ... पीड़ितों के परिजनों": people of the clause
            # after a place it names are that place's, not the dateline country's
            at = bisect_right(self.sentence_starts, s) - 1
            since = self.sentence_starts[at] if at >= 0 else 0
            where = next((m for m in reversed(self.within(since, s)) if m.label in PLACE_LABELS and m.entity_id
                          and self._case(m.end, s, m.start) == "loc"), None)  # fmt: skip
            eid = (where.entity_id or "") if where is not None else ""
            of = eid if eid.startswith("country:") else self.ex.places_of.get(eid)
            country = of.split(":", 1)[1] if of else None
        if country is None and prev and prev.group(1) in _REFLEXIVE:
            # "ईरान ने ... अपने वाणिज्य दूतावास": the subject's own body, never the dateline's country
            subj = next((a for a in reversed(out) if a.case == "erg" and a.label in ACTOR_LABELS), None)
            side = self._side(subj.entity_id) if subj is not None else ""
            country = side.split(":", 1)[1] if side.startswith("country:") else None
        elif country is None and self.dateline is not None and self.dateline.entity_id:
            aff = self.ex.affiliation(self.dateline.entity_id, self.roles, self.date)
            country = aff.split(":", 1)[1] if aff and aff.startswith("country:") else None
        return country, also, s, out

    def _modified_body(self, a: _Arg, s: int, out: list[_Arg]) -> bool:
        """Whether a country in the genitive owns a body named after it with one or two modifiers between
        ("बांग्लादेश के अंतर्राष्ट्रीय आपराधिक न्यायाधिकरण", "पाकिस्तान की संघीय जांच एजेंसी"): only words that are no
        name, no postposition and no clause break stand between.
        """
        gm = _GEN_MODIFIERS.fullmatch(self.text, a.end, s)
        return gm is not None and not any(a.end < b.start < s for b in out)

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
        dem = re.match((r"([\w" + DEVANAGARI_WORD + r"]+)\s+"), self.text[m.start : m.end])
        lo = m.start + dem.end() if dem is not None and self.ex.kb.country_of(dem.group(1)) else m.start
        return any(s <= lo and m.end <= e for s, e, _ in agents.find(self.text, m.start, m.end))

    def _place_body(self, m: Mention, lang: str) -> tuple[str, int] | None:
        """A body the entity stage named after a listed place ("ढाका पुलिस", "Kerala police": a new ORG) read
        as that place and the generic actor word after it, so the actor is the police of the place's country;
        (the place's id, where its words end), else ``None``.
        """
        if m.label != "ORG" or not (m.entity_id or "").startswith("new:"):
            return None
        agents = self.ex.agents.get(lang)
        if agents is None:
            return None
        hit = next((s for s, e, _ in agents.find(self.text, m.start, m.end) if e == m.end and s > m.start), None)
        if hit is None:
            return None
        place = self.text[m.start : hit].rstrip()
        pid = next((k.id for k in self.ex.kb.lookup(place) if self.ex.is_city(k.id)), None)
        return (pid, m.start + len(place)) if pid else None

    def _glossed(self, start: int, end: int) -> bool:
        """Whether a name stands inside parentheses (``(Iran Israel Conflict)``): a gloss, not an actor."""
        before = self.text[max(0, start - 60) : start]
        opened = before.rfind("(")
        return opened >= 0 and before.rfind(")") < opened and ")" in self.text[end : end + 60]

    def _possessor(self, a: _Arg, start: int) -> bool:
        """Whether the English genitive ``a`` is the possessive of the noun at ``start`` ("X's official visit",
        "his visit"; not "of X" before another word).
        """
        return a.end <= start and (a.via == "pronoun" or self.text[a.end : a.end + 2] in ("'s", "’s")) and bool(
            _EN_POSSESSIVE.fullmatch(self.text, a.end, start))

    def _thing_ref(self, start: int, end: int) -> str | None:
        """What an English "it" asked to act stands for (``complained to India and asked it to withdraw``):
        the last country or body named before it in its sentence or the one before, not as a subject or a
        place (one spoken to, acted on, or owning something); a capital is its country. ``None`` when no
        infinitive follows the pronoun or no such name precedes it.
        """
        if not _EN_TO_ACT.match(self.text, end):
            return None
        at = bisect_right(self.sentence_starts, start) - 1
        lo = self.sentence_starts[at - 1] if at >= 1 else 0
        for m in reversed(self.within(lo, start)):
            if (m.entity_id and m.label in ("GPE", "ORG") and m.end <= start
                    and self._case(m.end, start, m.start) not in ("nom", "erg", "loc")):  # fmt: skip
                return self.ex.capital_of(m.entity_id) or m.entity_id
        return None

    def _said_by_body(self, pos: int) -> str | None:
        """The country or body an English "it" right after a say-verb (and "that") stands for: the last one named
        as a subject before that verb in its sentence ("Beijing said that it would retaliate"); a capital is its
        country. ``None`` when no say-verb stands right before the pronoun or no such subject says it.
        """
        said = _EN_SAID_THAT.search(self.text, max(0, pos - 30), pos)
        if said is None:
            return None
        at = bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[at] if at >= 0 else 0
        for m in reversed(self.within(lo, said.start())):
            if (m.entity_id and m.label in ("GPE", "ORG") and m.end <= said.start()
                    and self._case(m.end, said.start(), m.start) in ("nom", "erg")):  # fmt: skip
                return self.ex.capital_of(m.entity_id) or m.entity_id
        return None

    def _owns_event_noun(self, pos: int) -> bool:
        """Whether an English possessive ending at ``pos`` owns an event noun: up to two modifiers, then a
        word that begins one (``his three-nation visit``).
        """
        m = _EN_POSSESSIVE.match(self.text, pos, pos + 60)
        while m is not None and m.end() > pos:
            if self._starts_predicate(m.end() - 1):
                return True
            m = _EN_POSSESSIVE.match(self.text, pos, m.end() - 1)
        return False

    def _hi_owns(self, pos: int) -> bool:
        """Whether a Hindi genitive pronoun ending at ``pos`` owns an event noun (up to two words before
        it: ``उनकी हालिया भारत यात्रा``) or a thing with its postposition (``उनके समर्थन की``, ``उनकी
        सीमा चौकी पर``).
        """
        if _POSSESSED_AFTER.match(self.text, pos):
            return True
        at = pos
        for _ in range(3):
            if self._starts_predicate(at):
                return True
            wm = _NEXT_WORD.match(self.text, at)
            if wm is None or wm.group(1) in _CASE_OF:
                return False
            at = wm.end()
        return False

    def _owner_ref(self, pos: int, clause: list[_Arg], lo: int, lang: str, group: bool) -> str | None:
        """Whom a Hindi genitive pronoun at ``pos`` stands for: the last person acting who is not a
        subject of its own clause nor the one whose words it is in; else a group told as a subject
        before (``मछुआरों ... उनकी नावें``).
        """
        own = {a.entity_id for a in clause if a.case in ("erg", "nom") and a.end <= pos}
        for speaker in (self._speaker(lo, lo, lang), self._quote_speaker(pos, lang)):
            if speaker is not None:
                own.add(speaker.entity_id)
        for ref in [*self.last_people, *self.prev_people, *self.named_people]:
            if ref and ref not in own:
                return ref
        return self._group_ref(pos, clause, lang, objects="window") if group else None

    def _starts_predicate(self, pos: int) -> bool:
        """Whether the next word begins a predicate of the lexicon."""
        m = re.match((r"\s+([\w" + DEVANAGARI_WORD + r"]+)"), self.text[pos : pos + 40])
        if m is None:
            return False
        if m.group(1) in _GEN_FORMS:
            return False  # "किसानों की मांग": the owner of the act, not a word modifying its noun
        key = word_key(m.group(1))
        if any(key in lex.slot_tails for lex in self.ex.lexicons.values()):
            return False  # "declared a Pakistani official persona non grata": the object, then its complement
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
        for pm in self.ex.pronoun_re.finditer(self.text, lo, hi) if self.ex.pronoun_re else ():
            pr = self.ex.pronouns.get(word_key(pm.group("w")))
            ref = self._thing_ref(pm.start(), pm.end()) if pr is not None and pr.thing else None
            if ref is not None:
                found.append((pm.start(), pm.end(), ref, self._label(ref), "pronoun", None))  # "asked it to"
        # "expelled two officials of the Pakistan High Commission": a body after a group word and "of" stands
        # for the group (``_agent_args``), so it is in the group's place, not a genitive
        heads = {of.end(): a for a, e, _ag in (agents.find(self.text, lo, hi) if agents is not None else ())
                 if (of := _EN_OF.match(self.text, e)) is not None}
        for start, end, eid, label, via, kb_id in sorted(found):
            if _EN_SAID.match(self.text, end):
                continue  # "..., officials said": who tells it, not who takes part
            head = heads.get(start) if via == "name" and label in ACTOR_LABELS - PLACE_LABELS else None
            words = re.findall(r"[a-z']+", self.text[lo : start if head is None else head].lower())
            before = [w for w in words if w in _EN_PREP]
            # a direct object follows its verb closely ("asked Pakistan", "met Russian minister X")
            case = _EN_PREP[before[-1]] if before else "obj" if len(words) <= 4 else "other"
            out.append(_Arg(eid, label, case, start, end, via, kb_id))
        return self._owners_of_office_holders(self._owners_of_bodies(out))

    def _office_body(self, om: re.Match[str]) -> Mention | None:
        """The body whose office is named without a holder's name, where its owner is a body, not a country:
        "संयुक्त राष्ट्र के महासचिव", "नाटो के महासचिव" (the owner's words are an ORG name the entity stage
        found). Its office speaks for it, as a country's unnamed minister stands for the country; without
        this the owner, being no country, fell back to the home country.
        """
        if not om.group("of") or self.ex.kb.country_of(om.group("of")):
            return None
        lo, hi = om.start("of"), om.end("of")
        return next((m for m in self.within(max(0, lo - 60), hi) if m.label == "ORG" and m.entity_id
                     and m.start <= lo and hi <= m.end), None)  # fmt: skip

    def _office(self, om: re.Match[str]) -> str | None:
        """The holder of an office named without a name, or its country."""
        role = _ROLE_OF.get(re.sub(r"[\s-]+", " ", om.group("role").lower()))
        if role is None:
            return None
        if not om.group("of") and not _WHOLE_CASE_WORD.match(self.text, om.end()):
            # "प्रवक्ता नेड प्राइस ने": the word after the office only begins like a postposition (नेड,
            # केविन); it is a name the office is apposed to, someone unknown, not the home country's holder
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
        if holder is None and role in _NAMED_ONLY_ROLES:
            return None  # "बांग्लादेश के उच्चायुक्त को तलब किया": an envoy with no name is the generic diplomat
        return holder or country

    def _person_told_before(self, pos: int) -> str | None:
        """The last person named before ``pos`` in its sentence in any case but the genitive (an owner:
        ``X के बेटे``), preferring one who acts (ने or none); ``None`` when it names none.
        """
        at = bisect_right(self.sentence_starts, pos) - 1
        sent_lo = self.sentence_starts[at] if at >= 0 else 0
        people = [(m.entity_id, self._case(m.end, pos, m.start)) for m in self.within(sent_lo, pos)
                  if m.label == "PERSON" and m.entity_id and m.end <= pos]  # fmt: skip
        people = [(e, c) for e, c in people if c != "gen"]
        acting = [e for e, c in people if c in ("erg", "nom")]
        found = acting or [e for e, _ in people]
        return found[-1] if found else None

    def _opens_clause(self, lo: int, pos: int) -> bool:
        """Whether the one word before ``pos`` in the window from ``lo`` opens a clause (``जब``, ``क्योंकि``)."""
        words = self.text[lo:pos].strip(" \t\n\"'“”‘’,").split()
        return len(words) == 1 and word_key(words[0]) in _CLAUSE_OPENER

    def _pronoun_refs(self, pos: int, before: list[_Arg], plural: bool = False, thing: bool = False,
                      subject: bool = False) -> list[str]:  # fmt: skip
        """A subject pronoun is the last person acting; an object pronoun (``उनका स्वागत``) is the
        last person acting before this clause, since its subject is someone else. A plural subject
        (``वे``, ``they``) is the last sources acting, when the sentence before named them. A plain
        singular subject (``thing``: ``उसने``) is the last subject of its sentence of any kind
        ("अमेरिका ने कहा कि ..., उसने ईरान को चेतावनी दी": the United States). A ``subject`` pronoun
        whose clause names no one acting before it, in a sentence that named a person earlier in
        another case, is that person ("X को पुलिस ने पकड़ा, जब वे ...", "... X के खिलाफ है, क्योंकि
        उन्होंने ..."): Hindi drops no subject there, and a person named in the sentence outranks
        the ones acting in sentences before.
        """
        for a in reversed(before):
            if a.end <= pos and a.case in ("erg", "nom") and (
                    a.label == "PERSON" or (thing and a.case == "erg" and a.label in ACTOR_LABELS)):  # fmt: skip
                return [a.entity_id]
        if subject:
            person = self._person_told_before(pos)
            if person is not None:
                return [person]
        if plural and self.last_sources and self.sentences_since_source <= 1:
            return list(self.last_sources)
        if not before and self.prev_people:
            return self.prev_people[:1]
        # no one has acted yet: the last person the sentence before named ("मोहन को पुलिस ने पकड़ा। बाद में
        # उसे रिहा कर दिया गया")
        return self.last_people[:1] or self.named_people[-1:]

    def _group_ref(self, pos: int, clause: list[_Arg], lang: str, past_places: bool = False,
                   objects: str = "") -> str | None:  # fmt: skip
        """The group a plural pronoun stands for (``हजारों किसान ... पहुंचे। ... पुलिस ने उन्हें रोका``):
        the last generic actor written in the plural as a subject in this sentence or the two
        before, when no named actor stands between it and the pronoun and the clause's own
        generic actors are not it (its subject is someone else); else ``None``. With ``past_places`` a place
        named since does not stand in the way (a crowd at a border is still the crowd). With ``objects``
        ("sentence": a subject pronoun; "window": any other) a group told as an object may be it too, in
        the pronoun's own sentence or in the whole window ("जवानों को खबर मिली, फिर उन्होंने ...",
        "तस्करों को पकड़ा गया। ... उनके ट्रक भी जब्त हुए"); a place named since does not stand in
        the way of a plural pronoun then (places are told by उसने, not उन्होंने).
        """
        agents = self.ex.agents.get(lang)
        if agents is None:
            return None
        text = self.text
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos)]
        lo = ends[-3] if len(ends) >= 3 else max(0, pos - 600)
        names = [_Arg(m.entity_id, m.label, self._case(m.end, pos, m.start), m.start, m.end, "name", m.kb_id)
                 for m in self.within(lo, pos) if m.end <= pos and m.entity_id]  # fmt: skip
        # (a subject pronoun's window may open on an earlier clause: what it names there before the pronoun,
        # not as a subject, is no subject of the pronoun's own)
        own = {a.entity_id.split(":")[1] for a in clause if a.via == "agent" and (
            objects != "sentence" or a.case in ("erg", "nom") or a.start >= pos)}  # fmt: skip
        found = self._agent_args(agents, lo, pos, list(names), [(a.start, a.end) for a in names])
        at = bisect_right(self.sentence_starts, pos) - 1
        sent_lo = self.sentence_starts[at] if at >= 0 else 0
        for a in reversed([a for a in found if a.via == "agent"]):
            told = a.case in ("erg", "nom") or (a.case == "dat" and (
                objects == "window" or (objects == "sentence" and a.start >= sent_lo)))  # fmt: skip
            if a.entity_id.split(":")[1] in own or not told:
                continue
            if any(n.label in ACTOR_LABELS and a.end <= n.start
                   and not ((past_places or objects) and n.label in PLACE_LABELS) for n in names):  # fmt: skip
                return None  # a name told since: the pronoun is more likely it
            written = text[a.start : a.end]
            if written.endswith(("ों", "ओं")) or (lang == "en" and written.endswith("s")) or _PLURAL_BEFORE.search(
                    text, max(0, a.start - 30), a.start):  # fmt: skip
                return a.entity_id
        return None

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

    def _group_of(self, pos: int, countries: bool, count: int, clause: list[_Arg]) -> list[str]:
        """Whom a group word at ``pos`` stands for: the names its own sentence gives before it, else (a pair) the
        sides of the last act of several told in the two sentences before, else the names of the sentences
        before (``_group_near``), else (a pair) the two countries the article names most. Names of its own
        sentence that are only the sides of the subjects already in ``clause`` (``भारत और भूटान के विदेश मंत्रियों ने
        दोनों देशों के व्यापार पर``) say nothing new: the pair is then read as before this rule.
        """
        old = self._group(countries) if count == 2 else []
        own = self._group_near(pos, countries, count, 1)
        subjects = {self._side(a.entity_id) if countries else a.entity_id for a in clause
                    if a.case in ("erg", "nom") and a.end <= pos and a.label in ACTOR_LABELS}  # fmt: skip
        if countries:
            subjects |= {f"country:{a.entity_id.split(':')[2]}" for a in clause if a.case in ("erg", "nom")
                         and a.end <= pos and a.entity_id.startswith("agent:") and a.entity_id.count(":") == 2}
        if own and set(own) <= subjects:
            return old
        fresh = count == 2 and self.sentences_since_group <= 2
        grouping = self._grouping_near(pos, count) if countries and count >= 3 and not own else []
        return own or grouping or (old if fresh else []) or self._group_near(pos, countries, count) or old

    def _grouping_near(self, pos: int, count: int) -> list[str]:
        """The member countries (kb/members.tsv) of a grouping named in the sentence of a counted group word at ``pos``
        or the one before, when they are as many as it counts ("क्वाड के मंत्री मिले ... चारों देशों ने": the Quad's four).
        """
        cuts = [max(0, pos - 1500)] + [m.end() for m in _SENTENCE_END.finditer(self.text, max(0, pos - 1500), pos)]
        day = self.date.isoformat() if self.date else None
        for m in reversed(self.within(cuts[-2] if len(cuts) > 1 else cuts[0], pos)):
            if m.end <= pos and m.entity_id in self.ex.kb.members:
                members = self.ex.kb.members_of(m.entity_id, day)
                if len(members) == count:
                    return members
        return []

    def _pair_alone(self, pos: int, clause: list[_Arg]) -> list[str]:
        """Whom a bare ``दोनों`` before a postposition at ``pos`` stands for (``न्यायाधीश ने दोनों को``, ``तब जाकर दोनों
        के बीच``): two people, else two countries, named in its own sentence, else with the sentence before, else the
        one before that (``_group_near``); never its own clause's subject (the judge is not one of the two).
        """
        subjects = {a.entity_id for a in clause if a.case in ("erg", "nom") and a.end <= pos}
        for k in (1, 2, 3):
            for countries in (False, True):
                got = self._group_near(pos, countries, 2, k, subjects)
                if got:
                    return got
        return []

    def _group_near(self, pos: int, countries: bool, count: int, sentences: int = 3,
                    skip: set[str] | None = None) -> list[str]:  # fmt: skip
        """The people or countries a group word at ``pos`` stands for (``नेपाल के मंत्री के जापान दौरे में दोनों
        देशों के बीच``, ``सम्मेलन में X, Y और Z मौजूद थे। इन नेताओं ने``, ``चारों देशों ने``): those named in this sentence before
        it, then in the sentence before, and the one before that, nearest first, gathered until there are as
        many as the word counts (``count``; with a pointing word, 0, two or more in one sentence); none when a
        sentence brings more than it counts. A country is a country's name or its demonym; people are names;
        ``sentences`` says how many sentences back (this one counts) are read.
        """
        text = self.text
        cuts = [max(0, pos - 1500)] + [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 1500), pos)]
        got: list[str] = []
        hi = pos
        for lo in reversed(cuts[-sentences:]):
            found: list[tuple[int, str]] = []
            for m in self.within(lo, hi):
                eid = m.entity_id or ""
                if m.end <= hi and eid and (eid.startswith("country:") if countries else m.label == "PERSON") and (
                        self._case(m.end, hi, m.start) != "on") and eid not in (skip or ()):  # (a country spoken
                    # of is no side: "X पर रुख")
                    found.append((m.start, eid))
            if countries:
                for w in _WORD.finditer(text, lo, hi):
                    cid = self.ex.kb.demonyms.get(fold_word(w.group()))
                    if cid and cid not in (skip or ()):
                        found.append((w.start(), cid))
            ids = [e for _, e in sorted(found)]
            new = [e for i, e in enumerate(ids) if e not in ids[:i] and e not in got]
            got = new + got
            if count and len(got) == count:
                return got
            if (count and len(got) > count) or (not count and got):
                return got if not count and len(got) >= 2 else []
            hi = lo
        return []

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

    def _roles(self, args: list[_Arg], trig: Trigger, start: int,
               passive: bool = False) -> tuple[list[Actor], list[_Arg]]:  # fmt: skip
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
        # "X की ओर से दी गई धमकी के मद्देनज़र Y ... मांग कर रहे हैं", "X द्वारा किए गए हमले के बाद": a doer marked
        # on the noun of an adjunct is that act's, neither this predicate's doer nor a reason to read its
        # direct-case subject as an object
        adjunct_doers = {id(a) for a in args if not trig.english and a.end <= start and a.label in ACTOR_LABELS
                         and (a.case == "by" or (a.case == "erg" and _BEHALF.match(self.text, a.end)))
                         and self._in_adjunct_act(a, start)}  # fmt: skip
        # with an ergative subject in the clause, a bare name is an object or a modifier, not the doer
        has_erg = any(a.case == "erg" and a.label in ACTOR_LABELS and id(a) not in adjunct_doers for a in args)
        # "प्रधानमंत्री मोदी का माले पहुंचना": the subject of a verbal noun stands in the genitive
        inf_subject = next((a for a in reversed(args) if a.case == "gen" and a.label in ("PERSON", "ORG")
                            and 0 <= start - a.end <= 25), None) if (
            trig.match is not None and trig.match.form == "inf" and not trig.english and not passive
        ) else None  # fmt: skip
        earlier_subjects = self._earlier_subjects(args, start) if not trig.english else set()
        put_before = self._put_before(args) if trig.type in _ADDRESSED and not trig.english else set()
        for a in args:
            if a.case == "loc" and a.label in PLACE_LABELS:
                places.append(a)
                continue
            if id(a) in earlier_subjects:
                continue  # "प्रशासन ने उन्हें रोका लेकिन ... जिसके बाद पुलिस ने लाठीचार्ज किया": one verb, one ने
            if id(a) in adjunct_doers:
                continue
            if a.label == "FAC" and a.case in _SEAT_CASES:
                # "क्रेमलिन ने", "व्हाइट हाउस द्वारा": a seat of government that acts is its government
                seat = self.ex.kb.entities.get(a.entity_id)
                country = getattr(seat, "country", "") if seat is not None else ""
                if country:
                    a = _Arg(f"agent:gov:{country}", "AGENT", a.case, a.start, a.end, "agent")
            if a.label not in ACTOR_LABELS:
                continue
            if a.case == "erg" and not trig.symmetric and _BEHALF.match(self.text, a.end) and any(
                    b is not a and b.case == "erg" and b.label in ACTOR_LABELS and not _BEHALF.match(self.text, b.end)
                    and not _CLAUSE_BREAK.search(self.text, min(a.end, b.end), max(a.start, b.start))
                    for b in args):  # fmt: skip
                continue  # "सरकार की ओर से प्रमुख वार्ताकार X ने": X acts for the government (but signs for India)
            capital = self.ex.capital_of(a.entity_id) if trig.mode != "visit" else None
            if capital and (a.case in _CAPITAL_CASES or (trig.english and a.case in ("nom", "obj", "to", "from"))):
                # "Beijing demanded", "lodged a protest with New Delhi", "इस्लामाबाद ने": a capital that
                # acts or is acted on stands for its government
                a = _Arg(capital, "GPE", a.case, a.start, a.end, "capital")
            elif self.ex.is_city(a.entity_id) and not (trig.mode == "visit" and a.case in ("nom", "gen")):
                continue  # a city is where things happen, not who acts
            if a is inf_subject:
                actors.append(Actor(a.entity_id, "source", a.start, a.end, None, a.via))
                continue
            if inf_subject is not None and a.case in ("nom", "erg"):
                continue  # the verbal noun's own subject is the genitive one
            if a.case in _NOUN_GOVERNED and a.end <= start and self._in_adjunct_act(a, start):
                continue  # "यूक्रेन पर हमले को लेकर अमेरिका ने रूस पर प्रतिबंध लगाए": Ukraine is the attack's
            if (a.case in _INFINITIVE_OWN and a.end <= start and not trig.english
                    and self._in_adjunct_infinitive(a, start)):  # fmt: skip
                continue  # "X द्वारा Y को बरी करने के खिलाफ अपील की": X and Y are the acquittal's
            if (a.case in _FRAME_MODIFIER and a.end <= start and not trig.english
                    and self._in_adjunct_act(a, start) and self._named_after_frame(a, args, start)):  # fmt: skip
                # "X की अमेरिका यात्रा के दौरान पुलिस और छात्रों के बीच झड़प हुई": a name that modifies the noun of
                # an adjunct (its genitive, or a bare name before it) belongs to that noun's act, where the
                # clause names its own sides after the adjunct
                continue
            # (or between the noun and its light verb: "मांग पत्र मंत्री के सामने रखा", lexicon._addressee_split)
            split = trig.match is not None and trig.match.head_end <= a.start and a.end <= trig.match.split_at
            if (id(a) in put_before and (a.end <= start or split) and a.label not in PLACE_LABELS
                    and a.case in ("loc", "nom")):  # fmt: skip
                role: str | None = "target"  # "उन्होंने किसानों के सामने बातचीत की पेशकश की": whom the offer is put before
            else:
                role = self._role_of(a, args, trig, start, passive, targets, has_erg)
            if role is None:
                continue
            actors.append(Actor(a.entity_id, role, a.start, a.end, None, a.via))
        if (trig.type, trig.mode) in _FRAME_SIDES_AIMED and not any(a.role == "target" for a in actors):
            # "X और Y के बीच बढ़ते संघर्ष को लेकर चिंतित है", "... के बीच संघर्ष के बाद युद्धविराम का आह्वान किया": a
            # concern or an appeal over a fight is aimed at its two sides (docs/events.md: concern about someone's act)
            own = {a.entity_id for a in actors}
            between = [a for a in args if a.case == "between" and a.end <= start and a.label in ACTOR_LABELS]
            sides: list[_Arg] = []
            for k in range(len(between) - 1, -1, -1):
                a = between[k]
                # (the last side is the one the noun follows; the ones listed before it join it: "X और Y के बीच")
                joined = bool(sides) and sides[0] is between[k + 1] and bool(
                    _COORDINATED.fullmatch(self.text, a.end, sides[0].start))  # fmt: skip
                if joined or (not sides and self._in_adjunct_act(a, start)):
                    sides.insert(0, a)
            actors += [Actor(a.entity_id, "target", a.start, a.end, None, a.via) for a in sides
                       if a.entity_id not in own and not self.ex.is_city(a.entity_id)]  # fmt: skip
        if trig.type in _ADDRESSED and not trig.symmetric:
            self._addressee(actors, args)
        m = trig.match
        if (m is not None and not passive and not trig.english and m.form == "inf"
                and _CHARGE_AFTER.match(self.text, m.end)):  # fmt: skip
            actors = self._accused_doer(actors, args, trig)
        if m is not None and not trig.english and _CHARGE_AFTER.match(self.text, m.end):
            actors = self._no_charger_doer(actors, args, start)
        if (m is not None and not passive and not trig.english and _CHARGE_AFTER.match(self.text, m.end)
                and not any(a.role == "source" for a in actors)):  # fmt: skip
            # "X पर थाने पर हमला करने का आरोप है": the first पर phrase is the accused, the act's doer
            cased = {(a.start, a.end): a.case for a in args}
            ons = [k for k, a in enumerate(actors) if a.role == "target" and cased.get((a.start, a.end)) == "on"]
            if len(ons) > 1:  # (with one, which it is is unknown: "X पर हमला करने का आरोप")
                first = min(ons, key=lambda k: actors[k].start)
                was = actors[first]
                actors[first] = Actor(was.entity_id, "source", was.start, was.end, was.affiliation, was.via)
        undergone = trig.match is not None and trig.match.light in _UNDERGONE_LIGHT
        if (passive or undergone) and not trig.english and not any(a.role == "source" for a in actors):
            # "यूएन की रिपोर्ट में सेना की कार्रवाई को क्रूरतम करार दिया गया": said by the report's owner (and so
            # are charges "made" in it: "आयोग की जाँच रिपोर्ट में कई अधिकारियों पर आरोप लगे")
            actors += [Actor(a.entity_id, "source", a.start, a.end, None, a.via) for a in args
                       if a.case == "gen" and a.label in ACTOR_LABELS and _DOCUMENT_IN.match(self.text, a.end)
                       and not _CLAUSE_BREAK.search(self.text, a.end, start)
                       and a.entity_id not in {t.entity_id for t in actors}][:1]  # fmt: skip
        if trig.type in _REFUSED and not trig.english and not any(a.role == "target" for a in actors):
            gm = _REFUSED_GIVING.search(self.text, max(0, start - 40), start)
            # "यहां के लोगों को सरकार ने नागरिकता देने से इनकार किया": the one not given it, in the same clause
            given = [a for a in args if gm is not None and a.case == "dat" and a.label in ACTOR_LABELS
                     and a.end <= gm.start() and not _CLAUSE_BREAK.search(self.text, a.end, start)]  # fmt: skip
            actors += [Actor(a.entity_id, "target", a.start, a.end, None, a.via) for a in given[-1:]]
        if trig.type in _THREATENED and not trig.english and not any(a.role == "target" for a in actors):
            self._threatened(actors, start)
        if trig.type in _POSSESSOR_TARGET and not trig.symmetric and not any(a.role == "target" for a in actors):
            # "India condemned the attack by Hamas": whose act is condemned is the target
            actors += [Actor(a.entity_id, "target", a.start, a.end, None, a.via) for a in args
                       if a.case == "act_by" and a.label in ACTOR_LABELS][:1]  # fmt: skip
        self._possessor_target(args, trig, start, actors)
        if trig.type in _PLEADED and not trig.english and not any(a.role == "target" for a in actors):
            self._court_pleaded(actors, args, start)
        if (trig.type, trig.mode) in _HOME_STRUCK and not any(a.role == "target" for a in actors):
            self._home_owner(actors, args, start)
        if trig.type in _STRUCK_PLACE and not trig.symmetric and not any(a.role == "target" for a in actors):
            self._struck_country(actors, args, start)
        if trig.type in _SHOWN_AROUND and not any(a.role == "target" for a in actors):
            self._shown_around(actors, places)
        self._conjuncts_share(actors, args, start)
        return self._owners_and_glosses(actors), places

    def _home_owner(self, actors: list[Actor], args: list[_Arg], start: int) -> None:
        """The owner of the home a raid, a seizure or an attack falls on is its target ("डकैतों ने व्यापारी के घर डकैती
        की", "बाद में राकेश के घर भी पुलिस ने तलाशी ली"): the last name or generic actor in the genitive right before a
        ``home_noun`` in the predicate's clause, not one of its doers.
        """
        own = {a.entity_id for a in actors}
        for a in reversed(args):
            if a.end > start or a.case != "gen" or a.label not in ACTOR_LABELS or a.label in PLACE_LABELS:
                continue
            home = _OWNER_OF_HOME.match(self.text, a.end)
            if home is None or home.end() > start or _CLAUSE_BREAK.search(self.text, home.end(), start):
                continue
            if a.entity_id not in own:
                actors.append(Actor(a.entity_id, "target", a.start, a.end, None, a.via))
            return

    def _put_before(self, args: list[_Arg]) -> set[int]:
        """The ids of the names a ``before_someone`` postposition follows, with the conjuncts listed before the
        last ("नक्सलियों, अलगाववादियों तथा उग्रवादी गुटों के सामने": all three).
        """
        out: set[int] = set()
        for k in range(len(args) - 1, -1, -1):
            a = args[k]
            if a.label not in ACTOR_LABELS:
                continue
            listed = k + 1 < len(args) and id(args[k + 1]) in out and bool(
                _COORDINATED.fullmatch(self.text, a.end, args[k + 1].start))  # fmt: skip
            # (a last conjunct the coder does not know: "..., अलगाववादियों तथा उत्तर-पूर्व के आंदोलनरत गुटों के सामने")
            last = _UNKNOWN_LAST_BEFORE.match(self.text, a.end)
            if listed or _BEFORE_SOMEONE.match(self.text, a.end) or (
                    last is not None and (k + 1 == len(args) or args[k + 1].start >= last.end())):  # fmt: skip
                out.add(id(a))
        return out

    def _owners_and_glosses(self, actors: list[Actor]) -> list[Actor]:
        """The actors less two that name no one of their own: a named person whose genitive owns the generic
        person after it in the same role ("सुनीता के पिता ने आरोप लगाया": the father acts, Sunita only says whose
        father), and a bracketed short name that glosses the name right before it ("राष्ट्रीय जांच एजेंसी
        (एनआईए) को": one agency, not a second actor of its sector).
        """
        text = self.text
        dropped: set[int] = set()
        for k, x in enumerate(actors):
            if x.start < 0 or x.end <= x.start:
                continue
            for y in actors:
                if y is x or y.start < 0:
                    continue
                owner = _OWNER_OF_PEOPLE.match(text, x.end)
                if (owner is not None and owner.end() == y.start and y.role == x.role and x.via == "name"
                        and y.entity_id.startswith("agent:")):  # fmt: skip
                    dropped.add(k)
                opened = _BRACKET_OPEN.match(text, y.end)
                if (opened is not None and opened.end() == x.start and x.via == "agent"
                        and _BRACKET_CLOSE.match(text, x.end) and y.via == "name"):  # fmt: skip
                    dropped.add(k)
        return [x for k, x in enumerate(actors) if k not in dropped]

    def _conjuncts_share(self, actors: list[Actor], args: list[_Arg], start: int) -> None:
        """Named people listed in the genitive share the role of the list's last one: "A के मंत्री X, B की Y और
        C के Z की मेजबानी की", "X और Y के बयानों को खारिज किया". Coordination gave X and Y the genitive of Z, but
        the frame reads only the genitive next to the act's noun (or next to the thing it owns); a person before
        it, joined to the next person by a conjunction or a comma alone (over that one's own genitive modifier
        and office), is one more target or participant. Lists of countries are left to the frame: "भारत और
        चीन के ..." often names whose troops or talks they are, not two sides of the act.
        """
        role_at = {(a.start, a.end): a for a in actors}
        taken = {a.entity_id for a in actors}
        for k in range(len(args) - 2, -1, -1):
            a = args[k]
            if a.label != "PERSON" or a.case != "gen" or (a.start, a.end) in role_at or a.entity_id in taken:
                continue
            # the next conjunct: the next name that is not the genitive modifier of the one after it
            nxt = next((b for j, b in enumerate(args[k + 1 :], k + 1) if not (
                j + 1 < len(args) and b.case in ("gen", "mod") and b.label in ("GPE", "ORG")
                and _GEN_BEFORE_NAME.fullmatch(self.text, b.end, args[j + 1].start) is not None)), None)  # fmt: skip
            if nxt is None or nxt.label != "PERSON" or nxt.case != "gen" or nxt.end > start:
                continue
            joint = _AND_ONLY.match(self.text, a.end, nxt.start)
            between = [b for b in args if a.end <= b.start and b.end <= nxt.start]
            if joint is None or self.text[joint.end() : between[0].start if between else nxt.start].strip():
                continue  # words that are no part of the next conjunct stand between: no list
            got = role_at.get((nxt.start, nxt.end))
            if got is None or got.role == "source":
                continue
            shared = Actor(a.entity_id, got.role, a.start, a.end, None, a.via)
            actors.append(shared)
            role_at[(a.start, a.end)] = shared
            taken.add(a.entity_id)

    def _court_pleaded(self, actors: list[Actor], args: list[_Arg], start: int) -> None:
        """A plea made in a court is made to it: "X ने हाई कोर्ट में ... की गुहार लगाई", "ईडी ने ... कोर्ट में
        ... की मांग की". The court stands in the locative, where a predicate whose frame reads no "में" (that
        of अपील does) takes no target; a body of the judiciary (a JUD word of agents.tsv ends its name, or
        the generic court) in the act's own clause is the one asked.
        """
        own = {a.entity_id for a in actors}
        if not any(a.case == "loc" and a.end <= start for a in args):
            # the window may open after a complement told before the noun ("X ने कोर्ट में FIR रद्द करने की
            # गुहार लगाई"): read the sentence up to the act
            ends = list(_SENTENCE_END.finditer(self.text, max(0, start - 300), start))
            args = self._args(ends[-1].end() if ends else max(0, start - 300), start)
        for a in reversed(args):
            if (a.case != "loc" or a.end > start or a.label not in ACTOR_LABELS or a.entity_id in own
                    or _CLAUSE_BREAK.search(self.text, a.end, start)):  # fmt: skip
                continue
            if self._judiciary(a):
                actors.append(Actor(a.entity_id, "target", a.start, a.end, None, a.via))
            return

    def _judiciary(self, a: _Arg) -> bool:
        """Whether an argument is a court: the generic judiciary, or a name that a JUD word of agents.tsv ends."""
        if a.entity_id.startswith("agent:"):
            return a.entity_id.split(":")[1] == "jud"
        agents = self.ex.agents.get("hi")
        return agents is not None and any(
            e == a.end and agent.sector == "JUD" for _s, e, agent in agents.find(self.text, a.start, a.end))

    def _shown_around(self, actors: list[Actor], places: list[_Arg]) -> None:
        """"चीन ने ताइवान के चारों ओर सैन्य अभ्यास शुरू किया": a show of force all round a place (words.tsv
        ``around``) of another country than its doers' is aimed at that country (the place stays where).
        """
        sides = {self._side(a.entity_id) for a in actors if a.role == "source"}
        if not sides:
            return
        for p in places:
            pw = self.ex.place_words.match(self.text, p.end) if self.ex.place_words else None
            if not _AROUND.match(self.text, pw.end() if pw is not None else p.end):
                continue
            country = p.entity_id if p.entity_id.startswith("country:") else self.ex.places_of.get(p.entity_id)
            if country and country not in sides:
                actors.append(Actor(country, "target", p.start, p.end, None, "place"))
                return

    def _earlier_subjects(self, args: list[_Arg], start: int) -> set[int]:
        """The ergative subjects before the predicate that a clause break parts from the last one before
        it: a Hindi verb has one subject in ने (or several joined by और), so an earlier one across a
        break (``लेकिन``, ``जिसके बाद``, a comma) is the subject of another clause's verb.
        """
        ergs = [a for a in args if a.case == "erg" and a.label in ACTOR_LABELS and a.end <= start]
        out: set[int] = set()
        for a, later in reversed(list(pairwise(ergs))):
            cm = _CASE.match(self.text, a.end, later.start)
            rest = self.text[cm.end() if cm is not None else a.end : later.start]
            if not rest.strip() or _AND_ONLY.fullmatch(rest):
                if id(later) in out:  # subjects joined by और share their clause
                    out.add(id(a))
                continue
            if id(later) in out or _CLAUSE_BREAK.search(rest):
                out.add(id(a))
        return out

    def _in_adjunct_act(self, a: _Arg, start: int) -> bool:
        """Whether the name ``a`` is governed by an event noun (within four words after its postposition, its
        modifiers between: ``अपने दूतावास पर संदिग्ध इजराइली हवाई हमले के जवाब में``) whose phrase an adjunct
        postposition closes before the predicate (``X पर हमले के बाद``, ``X के साथ झड़प के दौरान``): then it is
        that act's argument, not the predicate's.
        """
        cm = _CASE.match(self.text, a.end, start)
        pos = cm.end() if cm is not None else a.end
        for _ in range(4):
            wm = _NEXT_WORD.match(self.text, pos, start)
            if wm is None or _WHOLE_CASE_WORD.fullmatch(wm.group()):
                return False  # (a postposition between: the name is another noun's)
            if self._starts_predicate(pos):
                # (the noun's phrase may be of two words: "हवाई हमले के जवाब में")
                nm = _NEXT_WORD.match(self.text, wm.end(), start)
                ends = [wm.end()] + ([nm.end()] if nm is not None else [])
                if any((am := _ADJUNCT_PP.match(self.text, e, start)) is not None and am.end() <= start
                       for e in ends):  # fmt: skip
                    return True
                # "युद्ध के बीच", amid the act: only right after its one noun, never after a name or a group's word
                # ("चीन और भारत के बीच", "माओवादी एवं सुरक्षा बलों के बीच" are the two sides)
                agents = self.ex.agents.get("hi")
                amid = _AMID.match(self.text, wm.end(), start)
                return (amid is not None and amid.end() <= start and not self.within(wm.start(), wm.end())
                        and not (agents is not None and any(agents.find(self.text, wm.start(), wm.end()))))

            pos = wm.end()
        return False

    def _in_adjunct_infinitive(self, a: _Arg, start: int) -> bool:
        """Whether the name ``a`` stands in the clause of an oblique infinitive that a postposition closes a few words
        before the predicate (``X को सत्ता से हटाए जाने के बाद कई शहरों में प्रदर्शन हुए``, ``X द्वारा Y को बरी करने के खिलाफ
        अपील की``): then it is that infinitive's argument, not the predicate's. A conjunctive participle between
        (``X को समन कर ... रोकने को लेकर विरोध``) is a verb of its own whose object the predicate may share.
        """
        cm = _CASE.match(self.text, a.end, start)
        pos = cm.end() if cm is not None else a.end
        infinitives = verb_forms_of("hi", _INFINITIVE)
        im = next((m for m in _ADJUNCT_INF.finditer(self.text, pos, start) if word_key(m.group("inf")) in infinitives),
                  None)
        if im is None or _INF_BREAK.search(self.text, pos, im.end()) or _CONJUNCTIVE.search(self.text, pos, im.start()):
            return False
        return _INF_TO_PREDICATE.fullmatch(self.text, im.end(), start) is not None

    def _named_after_frame(self, a: _Arg, args: list[_Arg], start: int) -> bool:
        """Whether the clause names a side of its own: an ergative, or a subject or a pair in ``के बीच`` between
        the adjunct that holds ``a`` and the predicate; then ``a`` need not stand for anyone in it.
        """
        return any(b is not a and b.end <= start and b.label in ACTOR_LABELS
                   and (b.case == "erg" or (b.start > a.end and b.case in ("nom", "between")))
                   for b in args)  # fmt: skip

    def _accused_doer(self, actors: list[Actor], args: list[_Arg], trig: Trigger) -> list[Actor]:
        """"पाकिस्तान ने भारत पर हमला करने का आरोप लगाया": the act a charge names is the accused's, told
        by the accuser. The ergative is who charges, not who did it; the first ``पर`` phrase before it
        is the accused, this act's doer; an attack charged with no other target was on the accuser.
        """
        cased = {(a.start, a.end): a.case for a in args}
        accusers = [a for a in actors if a.role == "source" and cased.get((a.start, a.end)) == "erg"]
        accused = next((x for x in args if x.case == "on" and x.label in ACTOR_LABELS
                        and any(a.end <= x.start for a in accusers)), None)  # fmt: skip
        if not accusers or accused is None:
            return actors
        out = [a for a in actors if a not in accusers and (a.start, a.end) != (accused.start, accused.end)]
        out.insert(0, Actor(accused.entity_id, "source", accused.start, accused.end, None, accused.via))
        if trig.type in _STRUCK_PLACE and not any(a.role == "target" for a in out):
            out += [Actor(a.entity_id, "target", a.start, a.end, a.affiliation, a.via) for a in accusers]
        return out

    @staticmethod
    def _no_charger_doer(actors: list[Actor], args: list[_Arg], start: int) -> list[Actor]:
        """"सरकार X की हत्या के आरोपों को ख़ारिज करती रही है", "पुलिस ने उसे हत्या के आरोप में पकड़ा": an
        act a charge names (nominal or infinitive, the charge's genitive right after it) is the accused's;
        the subject of the clause the charge stands in, before the act, makes, answers or acts on the
        charge and is not the doer (:meth:`_accused_doer` has put a named accused first where there is one).
        """
        cased = {(a.start, a.end): a.case for a in args}
        return [a for a in actors if not (a.role == "source" and a.end <= start
                                          and cased.get((a.start, a.end)) in ("erg", "nom"))]  # fmt: skip

    def _struck_country(self, actors: list[Actor], args: list[_Arg], start: int) -> None:
        """"रूस ने यूक्रेन की राजधानी कीव पर हमला किया", "Israel struck Tehran": an attack on a city of
        another country than its doers' is an attack on that country (a city alone is where things
        happen; an attack inside the doers' own country keeps no such target).
        """
        sides = {self._side(a.entity_id) for a in actors if a.role == "source"}
        if not sides:
            return
        for a in args:
            if a.case != "on" or a.end > start or a.label not in PLACE_LABELS or a.entity_id.startswith("country:"):
                continue
            if _CLAUSE_BREAK.search(self.text, a.end, start):
                continue
            country = self.ex.places_of.get(a.entity_id)
            if country and country not in sides:
                actors.append(Actor(country, "target", a.start, a.end, None, "place"))
                return

    def _addressee(self, actors: list[Actor], args: list[_Arg]) -> None:
        """A request's addressee is named before what is asked: of targets marked with से and with को,
        those of the case named first are the addressees; the other case, after them, belongs to the
        asked-for act ("अदालत ने सरकार से X को मुआवजा देने के लिए कहा": the government is asked).
        """
        case_at = {(a.start, a.end): _ADDRESS_CASE.get(a.case) for a in args}
        marked = sorted((t.start, case_at.get((t.start, t.end))) for t in actors if t.role == "target")
        marked = [(s, c) for s, c in marked if c]
        if len({c for _, c in marked}) < 2:
            return
        first_at, first = marked[0]
        # (in the same clause: "एजेंसियों को अलर्ट पर रखा गया है, और नागरिकों से ... अपील की गई है")
        actors[:] = [t for t in actors if not (
            t.role == "target" and t.start > first_at and case_at.get((t.start, t.end)) not in (None, first)
            and not _CLAUSE_BREAK.search(self.text, first_at, t.start))]  # fmt: skip

    def _threatened(self, actors: list[Actor], start: int) -> None:
        """"अमरीका ने सीरिया पर हमले की धमकी दी": a threat's target is the side the act it threatens would
        fall on, named with that act's postposition right before it (even where the act's own noun starts
        another predicate's clause).
        """
        for m in reversed(self.within(max(0, start - 60), start)):
            if (m.entity_id and m.label in ACTOR_LABELS and not self.ex.is_city(m.entity_id)
                    and _THREATENED_ACT.fullmatch(self.text, m.end, start)):  # fmt: skip
                actors.append(Actor(m.entity_id, "target", m.start, m.end, None, "name"))
                return

    def _hyphen_pair_of(self, a: _Arg, args: list[_Arg], start: int) -> bool:
        """Whether ``a`` is one of two names joined by a hyphen whose genitive stands right before the event noun
        at ``start`` ("मुत्तकी-जयशंकर की मुलाकात", "भारत-चीन की वार्ता"): the pair names a symmetric act's sides
        (a hyphenated compound is otherwise a modifier, "भारत-रूस के संबंध": ``_case``).
        """
        text = self.text
        pair = [b for b in args if b is not a and b.case == "mod"
                and (text[a.end : b.start] in ("-", "–") or text[b.end : a.start] in ("-", "–"))]  # fmt: skip
        if not pair:
            return False
        last = max(a.end, *(b.end for b in pair))
        return 0 < start - last <= 8 and text[last:start].strip() in _GEN_FORMS

    def _role_of(self, a: _Arg, args: list[_Arg], trig: Trigger, start: int, passive: bool, targets: set[str],
                 has_erg: bool) -> str | None:  # fmt: skip
        """The role one name takes in the predicate's frame, from its case; ``None`` for none."""
        # a where between the genitive and its act keeps it the act's own ("X की दिल्ली में हत्या", "X की हाई
        # कोर्ट के सामने हत्या"): it neither stands in the way nor counts in the distance
        wheres = [b for b in args if b.case == "loc" and b.start >= a.end and b.end <= start]
        # (with a name compounded with it: "दिल्ली हाई कोर्ट के सामने")
        wheres += [b for b in args if b.start >= a.end and b.case != "loc"
                   and any(w.start > b.end and not self.text[b.end : w.start].strip() for w in wheres)]  # fmt: skip
        gap = start - a.end - sum(b.end - b.start for b in wheres)
        nearest_gen = a.case == "gen" and gap <= 40 and not any(
            b.start >= a.end and b.end <= start and b.label in ACTOR_LABELS and b.case != "erg" and b not in wheres
            for b in args)  # fmt: skip
        if a.case == "gen" and self._owns_place(a.entity_id, a.end):
            return None  # "पाकिस्तान के पेशावर शहर में हुए हमले की निंदा": the country owns the place, not the act
        if passive and (a.case in ("nom", "dat", "obj") or (nearest_gen and gap <= 15)):
            return "target"  # "दो आतंकियों के मारे जाने": the genitive of a passive is its patient
        if passive and trig.english and a.via == "pronoun" and a.case == "erg" and a.end <= start:
            return "target"  # "He was arrested": an English subject pronoun (erg in the table) of a passive suffers it
        if passive and not trig.english and a.case == "erg" and _ERGATIVE_AFTER.match(self.text, a.end):
            # a Hindi passive takes no ने: "X ने ... किया, जिसमें 9 पुलिसकर्मी मारे गए" names the doer of another
            # verb, and the deaths, with no doer of their own, are that act's toll (docs/events.md); "X की ओर से"
            # is a passive's agent and stays
            return None
        if a.case == "by" or a.case == "erg" or (a.case == "nom" and not has_erg and (
                a.label != "ORG" or a.via != "name" or trig.english  # an English subject is its doer, an ORG too
                or (trig.symmetric and self._through_people(a)))):  # (one side of a clash, through its people)
            return "source"
        if a.case == "nom" and not has_erg and not passive and self._agreeing_subject(a, args, trig):
            return "source"  # "हमास ... बंधकों को रिहा करेगा": the named body a future verb agrees with
        if a.case in targets and a.case != "gen":
            return "target"
        last_between = max((b.end for b in args if b.case == "between" and a.start <= b.start and b.end <= start),
                           default=a.end)  # fmt: skip
        if a.case == "between" and (trig.symmetric or trig.type in ("AGREE", "COOPERATE", "ASSAULT")) and (
                start - last_between < 80):
            # measured from the last of "भारत और फ्रांस के बीच"; one after the predicate is in its clause
            return "participant"
        if (trig.english and a.case == "gen" and not trig.symmetric and a.label not in PLACE_LABELS
                and trig.match is not None and trig.match.form == "nominal" and self._possessor(a, start)):
            # "Rajnath Singh's visit", "his visit", "Pakistan army's shelling": the possessive of an event noun
            # is its doer; of a killing, an arrest or a release, who suffered it
            return "target" if (trig.type, trig.mode) in _PATIENT_GENITIVE else "source"
        if (trig.english and a.case == "gen" and trig.match is not None and trig.match.form in ("nominal", "ipfv")
                and (trig.type, trig.mode) in _PATIENT_GENITIVE and _EN_OF_PATIENT.fullmatch(
                    self.text, trig.match.end, a.start)):  # fmt: skip
            return "target"  # "the killing of five soldiers", "the release of X" (a noun or a gerund): who suffered it
        if a.case == "gen" and trig.mode == "visit" and a.label == "GPE" and start - a.end <= 40:
            return "destination"
        if nearest_gen and trig.symmetric and start - a.end <= 8:
            return "participant"  # "मोदी और शी की मुलाकात"
        if a.case == "mod" and trig.symmetric and not trig.english and self._hyphen_pair_of(a, args, start):
            return "participant"  # "मोदी-शी की मुलाकात": a hyphenated pair in the genitive names the two sides
        if a.case == "gen" and trig.symmetric and any(
                b is not a and b.case == "gen" and b.label in ACTOR_LABELS and 0 <= start - max(a.end, b.end) <= 40
                and (_COORDINATED.fullmatch(self.text, a.end, b.start)
                     or _COORDINATED.fullmatch(self.text, b.end, a.start))
                for b in args):  # fmt: skip
            return "participant"  # "भारत और जापान के कई समझौतों पर हस्ताक्षर": the parties of what is signed
        if a.case == "gen" and trig.symmetric and self._companion_after(a, args, start):
            return "participant"  # "किसानों का पुलिस के साथ टकराव": one side, then the other with के साथ
        if a.case == "loc" and trig.symmetric and a.label not in PLACE_LABELS and any(
                b is not a and b.case == "loc" and b.label not in PLACE_LABELS
                and 0 <= start - max(a.end, b.end) <= 40  # (from the last side: the first is as near as it)
                and (_COORDINATED.fullmatch(self.text, a.end, b.start)
                     or _COORDINATED.fullmatch(self.text, b.end, a.start))
                for b in args):  # fmt: skip
            return "participant"  # "चीनी सैनिकों और भारतीय सैनिकों में झड़प": the two sides, not where
        if nearest_gen and ("gen" in targets or trig.mode == "host"):
            return "target"  # the genitive right before the predicate, not one that modifies a later name
        return None

    def _through_people(self, a: _Arg) -> bool:
        """Whether a body's name is followed at once by a word for its people ("भाजपा कार्यकर्ता पुलिस से भिड़ गए",
        "कांग्रेस नेता धरने पर बैठे"): the phrase is the subject, no bare name that modifies what follows.
        """
        agents = self.ex.agents.get("hi")
        return agents is not None and any(
            0 < s - a.end <= 1 for s, _e, _ag in agents.find(self.text, a.end, min(len(self.text), a.end + 40)))

    def _companion_after(self, a: _Arg, args: list[_Arg], start: int) -> bool:
        """Whether the genitive ``a`` is one side of a symmetric act whose other side follows it with से or
        के साथ: "किसानों का पुलिस के साथ टकराव", and with a title before the other side's name or several
        sides joined ("मुत्तकी की विदेश मंत्री जयशंकर और एनएसए डोभाल के साथ बैठक"): the next actor after
        the genitive opens the companion phrase (only its postposition and a title of up to three words,
        no case word, stand between), and the last conjunct of that phrase ends close to the predicate.
        """
        text = self.text
        later = [b for b in args if b.start >= a.end and b.end <= start and b.label in ACTOR_LABELS]
        if not later or later[0].case not in ("com", "abl"):
            return False
        first = later[0]
        cm = _CASE.match(text, a.end, first.start)
        gap = text[cm.end() if cm is not None else a.end : first.start]
        if first.start - a.end > 8 and (len(gap.split()) > 3 or _CASE_WORD.search(gap) or cm is None
                                        or cm.group().strip() == "के"):  # fmt: skip
            # (the oblique के is what a title before से takes: "रूस की सुरक्षा परिषद के सचिव शोइगु से
            # बातचीत" is the secretary's; the event noun's own genitive agrees with it, की or का)
            return False
        chain = [first]
        for b in later[1:]:
            cm = _COORDINATED.match(text, chain[-1].end, b.start)
            title = text[cm.end() : b.start] if cm is not None and cm.group().strip() else ""
            if b.case != first.case or cm is None or len(title.split()) > 3 or _CASE_WORD.search(title):
                break
            chain.append(b)
        return 0 <= start - chain[-1].end <= 25

    def _agreeing_subject(self, a: _Arg, args: list[_Arg], trig: Trigger) -> bool:
        """Whether a bare organisation's name is the subject of a Hindi verb in the future or present: such
        a verb agrees with its subject, which takes no ने; only the first name of the clause in the direct
        case is, where nothing in it takes the ergative (a later bare name is an object or a compound).
        """
        m = trig.match
        if m is None or m.form == "nominal" or not m.features & _AGREEING or m.form in ("pfv", "inf"):
            return False
        first = next((b for b in args if b.case == "nom" and b.label in ACTOR_LABELS), None)
        return first is a and not _SUBJECT_BREAK.search(self.text, a.end, m.start)

    def _possessor_target(self, args: list[_Arg], trig: Trigger, start: int, actors: list[Actor]) -> None:
        """Whose act or words are criticised, rejected or welcomed, or whose property is attacked, is the
        target when the frame named none.
        """
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
                if on_owned and pm is not None and (pm.group(0).split()[-1] not in _ON_WORDS
                                                    or self._at_instance(pm.group(0).split()[-2:])):
                    continue  # (nor "X की निशानदेही पर छापा": at X's instance, not on what X owns)
                if (pm is not None and pm.group("mod") and pm.group(0).split()[-1] in _GEN_FORMS
                        and self.text[pm.end() : start].strip()):  # fmt: skip
                    continue  # "X के पर्यटन क्षेत्र की सुविधाओं पर": a chain, X owns the middle noun
                if (pm is not None and pm.end() <= start and start - pm.end() <= 60
                        and not _CLAUSE_BREAK.search(self.text, pm.end(), start)):  # fmt: skip
                    # (in the act's own clause: "X की चीख सुनाई दी और वह मदद मांगने लगी" owns no request)
                    actors.append(Actor(a.entity_id, "target", a.start, a.end, None, a.via))
                    break

    def _at_instance(self, words: list[str]) -> bool:
        """Whether a noun and the postposition after it name at whose instance another act is done, an ``after``
        row of ``circumstance.tsv`` ("X के इशारे पर", "X की निशानदेही पर"): not a thing of X's the act is on.
        """
        keys = tuple(word_key(w) for w in words)
        return len(keys) == 2 and any(
            where == "after" and noun == keys[0] and tuple(after) == keys[1:]
            for lex in self.ex.lexicons.values() for noun, where, after in lex.circumstance)

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
               start: int, noun: bool = False) -> tuple[list[Actor], list[_Arg]]:  # fmt: skip
        """A visit: the visitor, and where to (a country, or the country of the city reached; none for a
        journey within the visitors' own country). ``noun``: the visit is told by its noun (``यात्रा``).
        """
        def place_like(a: Actor) -> bool:
            return a.via == "name" and self._label(a.entity_id) in PLACE_LABELS

        visitors = [a for a in actors if a.role in ("source", "participant") and not place_like(a)]
        # "X दुशांबे पहुंचे", "X की यात्रा पर": the last place-like name before the verb is where
        dest_args = sorted((a for a in actors if a.role == "destination" or place_like(a)),
                           key=lambda a: a.start)  # fmt: skip
        if not dest_args and noun:
            # "दो दिवसीय पेरिस यात्रा शुरू की": a place right before the visit's noun is where to
            dest_args = [Actor(x.entity_id, "destination", x.start, x.end, None, x.via) for x in args
                         if x.label in PLACE_LABELS and x.case == "nom" and x.end <= start
                         and not self.text[x.end : start].strip()][-1:]  # fmt: skip
        homes = {self.ex.affiliation(v.entity_id, self.roles, self.date) for v in visitors} - {None, ""}
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
                if homes == {country} and d.entity_id != country:
                    # "X और Y मुंबई के लिए रवाना हुए": a journey within the visitors' own country visits
                    # no other side; the city stays its place
                    places = [_Arg(d.entity_id, "GPE", "loc", d.start, d.end), *places]
                    continue
                out.append(Actor(country, "target", d.start, d.end, country, d.via))
                if d.entity_id != country and len(dests) == 1:
                    places = [_Arg(d.entity_id, "GPE", "loc", d.start, d.end), *places]
        elif (self.dateline and self.dateline.entity_id
              and _HERE.search(self.text[max(0, start - 60) : start])):  # fmt: skip
            country = self.ex.affiliation(self.dateline.entity_id, self.roles, self.date) or ""
            if country:
                out.append(Actor(country, "target", -1, -1, country, "dateline"))
                places = [_Arg(self.dateline.entity_id, "GPE", "loc", -1, -1), *places]
        for a in out:
            a.affiliation = self.ex.affiliation(a.entity_id, self.roles, self.date)
        return out, places
