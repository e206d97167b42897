"""Within-article event coreference: retellings that :func:`merge.merge_in_document` keeps apart.

``merge_in_document`` joins two events of one family whose sides, places and dates agree. Some
retellings fail those checks for reasons of form, not of meaning (session 29, #15: of the dev false
positives that repeat an event matched in the same article, most were kept apart by a date or place
another act of the sentence lent them, by the pluperfect of a retelling, or by two predicates of one act):

- *one act in two coordinated predicates* (``गांव की घेराबंदी की और तलाशी अभियान शुरू किया``, ``भीड़ पर
  आंसू गैस छोड़ी और लाठीचार्ज किया``): two triggers of one type and mode in one sentence, joined by nothing
  but a coordinator or a comma, share their subject and their time: one event (:func:`_joined`);
- *a one-time act told again in another sentence* (a meeting, a deal, an arrest, a release, a summons,
  a protest lodged: :data:`_RETOLD_TYPES`): one family and polarity, a side both name alike and none
  apart, no word of another time or of one more act, and the dates and places each states of its own
  agreeing; a date or place that a nearer act of the sentence has (``बुधवार को पहुंचे मंत्री ने बातचीत
  में कहा``: Wednesday is the arrival's) is lent, and the pluperfect of a retelling (``तलब किया था``)
  keeps nothing apart (:func:`_retold`). Attacks and statements are left out: a conflict's strikes repeat
  with the same sides, and a speaker accuses or demands again; ``merge.py`` joins those that are one;
- *an act recalled in the pluperfect by its day* (``बता दें कि तवांग में 9 दिसंबर को झड़प हुई थी`` after that
  clash): ``merge.py`` keeps a pluperfect telling apart, as an act of that kind told before; one that states
  the very day of an act told before, with no word of another time or of one more act, is that act (any
  type, attacks included: :func:`_recalled`);
- *an act a determiner points back at* (``ये मुठभेड़ चल रही है``, ``इस हमले को अंजाम दिया``, ``this meeting was
  held``): a verbal telling whose words open right after a determiner that points back (``pointing_det``) is the
  last act of its type told before it, whatever its sides or place (as ``merge._fold_nominals`` folds a noun a
  demonstrative points back with), unless it states a day of its own that the other's excludes
  (:func:`_pointed_back`);
- *an act recalled by an opener* (``बता दें कि उन पर तस्करी का आरोप है``, ``गौरतलब है कि ...``: ``recall_opener``):
  a sentence that opens by recalling tells again the act of its kind told before, with the checks of :func:`_retold`,
  for any type but a strike and whatever the tense (:func:`_recalled_by_opener`, session 36).

The merged event keeps the first trigger; the other's sentences stay as evidence (DESIGN.md: every
fact traces to its sentences).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import every_language_rows, words_of
from ..model import SUPPLIED_VIA, Actor, Event
from ..script import DEVANAGARI as _DEV
from .grammar import _kind_alt
from .merge import (
    _bounds_overlap,
    _may_be_one,
    _may_hold,
    _people_apart,
    _sides_apart,
    absorb,
    answers,
    dates_compatible,
    family,
    same_happening,
)


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern[str]:
    """What may stand between two coordinated predicates: a comma or a coordinator (``और``, ``and``),
    nothing else (a name or a noun between them is an act on someone else).
    """
    alt = "|".join(re.escape(w) for w in sorted(words_of("coordinator"), key=len, reverse=True))
    return re.compile(r"\s*(?:,\s*)?(?:(?:" + alt + r")\s+)?$", re.IGNORECASE) if alt else re.compile("(?!)")


def _joined(a: Event, b: Event, text: str) -> bool:
    """Whether ``b``'s trigger follows ``a``'s in one sentence with only a coordinator or comma between."""
    if a.in_title() or b.in_title() or not a.evidence or not b.evidence or a.evidence[0] != b.evidence[0]:
        return False
    if not (a.trigger_end <= b.trigger_start <= a.trigger_end + 12):
        return False
    gap = text[a.trigger_end : b.trigger_start]
    return bool(gap.strip()) and bool(_coordinated().match(gap))


@lru_cache(maxsize=1)
def _past_time() -> re.Pattern[str]:
    """Words that point to an earlier time (``पिछले``, ``इससे पहले``, ``previously``: ``score_words.tsv``)
    or add one more act (``भी``, ``also``): a sentence with one tells another happening, not a retelling.
    """
    words = {w for r in every_language_rows("score_words.tsv") if len(r) >= 2 and r[0] == "past_time"
             for w in r[1].split("|") if w} | words_of("additive") | words_of("one_more")  # fmt: skip
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w" + _DEV + r"])(?:" + alt + r")(?![\w" + _DEV + r"])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointer() -> re.Pattern[str]:
    """A determiner that points back (``pointing_det``: ``ये``, ``इस``, ``this``) ending right before a trigger."""
    return re.compile(r"(?<![\w" + _DEV + r"])(?:" + _kind_alt("pointing_det") + r")\s+$", re.IGNORECASE)


def _pointed_back(a: Event, b: Event, text: str, events: list[Event]) -> bool:
    """Whether ``b``, told after ``a`` (the last body act of its type before it), is ``a`` pointed back at: a
    determiner stands right before ``b``'s words, both are body tellings of one polarity, ``b``'s sentence has
    no word of another time or of one more act, and a day it states of its own (not lent by a nearer act) does
    not exclude ``a``'s.
    """
    if a.in_title() or b.in_title() or not a.evidence or not b.evidence or a.negated != b.negated:
        return False
    if not _pointer().search(text, max(0, b.trigger_start - 12), b.trigger_start):
        return False
    s = b.evidence[0]
    if _past_time().search(text, s.start, max(s.start, b.trigger_end)):
        return False  # "X ने भी इस क़दम का स्वागत किया": one more act (the determiner points at its object)
    own = b.date_basis == "text" and not _lent(b, b.date_start, "date", events)
    return not (own and a.date_basis == "text" and not dates_compatible(a.date, b.date))


def _named_side(x: Actor) -> bool:
    """Whether an actor says who it is: a named entity, or a generic one of a known country."""
    return not x.entity_id.startswith("agent:") or x.entity_id.count(":") >= 2


def _one_side_shared(a: Event, b: Event) -> bool:
    """Whether the two events name one side in the same role (a named actor, or a body of a known country)
    and no side of one is kept apart from the other's (:func:`merge._sides_apart`, :func:`merge._people_apart`).
    """
    if _sides_apart(a, b) or _people_apart(a, b):
        return False
    for role in ("source", "target"):
        xs = [x for x in a.actors if x.role == role]
        ys = [y for y in b.actors if y.role == role]
        if xs and ys and not any(_may_be_one(x, y) for x in xs for y in ys):
            return False  # each names this side, and not as one: two acts (or roles swapped: left apart)
    return any(x.role == y.role and (_named_side(x) or _named_side(y)) and _may_be_one(x, y)
               for x in a.actors for y in b.actors)  # fmt: skip


def _lent(e: Event, start: int, field: str, others: list[Event]) -> bool:
    """Whether the words at ``start`` (``e``'s date, ``field`` ``date``, or place, ``place``) belong to
    another act: an event of the article that has them too stands nearer to them than ``e``'s trigger.
    Words not in the text (``-1``: the context's) are lent too.
    """
    if start < 0:
        return True
    near = abs(e.trigger_start - start)
    return any(o is not e and getattr(o, f"{field}_start") == start and abs(o.trigger_start - start) < near
               for o in others)  # fmt: skip


# what an article says again when it retells: one-time acts (a meeting, a deal, an arrest, a summons, a protest
# lodged). Left out: attacks (a conflict's strikes repeat with the same sides; STRIKE_MODES and the noun folding
# of merge.py join those that are one) and statements (an accuser accuses, warns or demands again, and the
# guide codes each statement)
_RETOLD_TYPES = frozenset({"CONSULT", "AGREE", "CONCEDE", "COERCE", "SANCTION", "RETREAT", "AID", "COOPERATE",
                           "MOBILIZE", "PROTEST"})  # fmt: skip
# a condolence to one loss's families is offered once (a spokesman's quoted "... संवेदना व्यक्त करता है" retells the
# ministry's; session 31, set 11)
_RETOLD_MODES = frozenset({("ACCUSE", "summon"), ("ACCUSE", "object"), ("SUPPORT", "condole")})


# two modes of one type that an article uses for one act told again in another sentence: talks retold as the
# phone call they were ("बात की" ... "फोन पर बात की"), an agreement retold as the accord signed or reached
# ("सहमत हो गए" ... "हुए समझौते"); the sides must still be one (:func:`_one_side_shared`)
_RETOLD_MODE_PAIRS = {"CONSULT": frozenset({frozenset({"discuss", "phone"})}),
                      "AGREE": frozenset({frozenset({"agree", "sign"})})}  # fmt: skip


def _one_kind(a: Event, b: Event) -> bool:
    """Whether two events can tell one act: one family, or two modes of one type in :data:`_RETOLD_MODE_PAIRS`."""
    return family(a) == family(b) or (
        a.type == b.type and frozenset({a.mode, b.mode}) in _RETOLD_MODE_PAIRS.get(a.type, frozenset()))


def _retold(a: Event, b: Event, text: str, events: list[Event], places_of: dict[str, str]) -> bool:
    """Whether ``b`` retells ``a``: one family and polarity, a side in common and none apart, no word of
    another time or of one more act in either sentence, and the dates and places each states of its own
    (not lent by a nearer event) agreeing.
    """
    if a.type not in _RETOLD_TYPES and (a.type, a.mode) not in _RETOLD_MODES:
        return False
    return _told_again(a, b, text, events, places_of)


@lru_cache(maxsize=1)
def _recall_opener() -> re.Pattern[str]:
    """Words that open a sentence recalling what the article told or what is known (``words.tsv``
    ``recall_opener``: ``बता दें कि``, ``गौरतलब है कि``, "it may be recalled that"), after a dash or a quote mark.
    """
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words_of("recall_opener"), key=len,
                                                                        reverse=True))  # fmt: skip
    if not alt:
        return re.compile("(?!)")
    return re.compile(r"[\s\-–—•'\"“‘]*(?:" + alt + r")(?![\w" + _DEV + r"])", re.IGNORECASE)


def _recalled_by_opener(a: Event, b: Event, text: str, events: list[Event], places_of: dict[str, str]) -> bool:
    """Whether ``b``, in a sentence that opens by recalling (``बता दें कि उन पर तस्करी का आरोप है``, ``गौरतलब है कि X ने ...
    वोट दिया था``), tells again ``a``, an act of its kind told before: as :func:`_retold` (one family, a side in
    common and none apart, no word of another time or of one more act, the dates and places each states of its own
    agreeing), for any type but a strike (a conflict's strikes repeat with the same sides: ``बता दें कि पाकिस्तानी
    सेना ने चौकियों पर गोलीबारी की`` may tell another round) and whatever the tense.
    """
    if a.type == "ASSAULT" or not b.evidence or b.trigger_start <= a.trigger_start:
        return False
    s = b.evidence[0]
    if not _recall_opener().match(text, s.start, s.end):
        return False
    return _told_again(a, b, text, events, places_of)


def _told_again(a: Event, b: Event, text: str, events: list[Event], places_of: dict[str, str]) -> bool:
    """The checks :func:`_retold` and :func:`_recalled_by_opener` share: one family and polarity, a side in common
    and none apart, no word of another time or of one more act in either sentence, and the dates and places each
    states of its own (not lent by a nearer event) agreeing.
    """
    if not _one_kind(a, b) or a.negated != b.negated or (a.modality == "occurred") != (b.modality == "occurred"):
        return False
    if a.in_title() or b.in_title() or a.evidence[0] == b.evidence[0] or not _one_side_shared(a, b):
        return False  # (two acts of one sentence are two, unless coordinated: :func:`_joined`)
    for e in (a, b):
        s = e.evidence[0]
        if _past_time().search(text, s.start, max(s.start, e.trigger_end)):
            return False
    da = a.date if a.date_basis == "text" and not _lent(a, a.date_start, "date", events) else None
    db = b.date if b.date_basis == "text" and not _lent(b, b.date_start, "date", events) else None
    # a day one states of its own against the day of the report the other is told on ("मार्च में ... दौरा किया
    # था" is not the visit under way)
    da = da or (a.date if a.date_basis == "reported" and db else None)
    db = db or (b.date if b.date_basis == "reported" and da else None)
    if not dates_compatible(da, db):
        return False
    if da and db and not _bounds_overlap(a, b):
        return False
    pa = a.place if a.place and not _lent(a, a.place_start, "place", events) else None
    pb = b.place if b.place and not _lent(b, b.place_start, "place", events) else None
    if not pa or not pb or pa == pb:
        return True
    # a region and a town of its country (not a place the knowledge base lacks: that may be anywhere)
    return not pa.startswith("new:") and not pb.startswith("new:") and _may_hold(pa, pb, places_of)


# how closely a pluperfect telling's date must pin the day for it to recall an act told before
_DAY_PRECISIONS = frozenset({"day", "weekday", "time"})


def _recalled(a: Event, b: Event, text: str, earlier: set[int], places_of: dict[str, str]) -> bool:
    """Whether, of two tellings of one happening (:func:`merge.same_happening`) one of which is in the
    pluperfect, that one recalls the other by its day: it states a day of its own (a date or a weekday),
    the other is of that same day, and its sentence has no word of another time or of one more act ("बता
    दें कि तवांग में 9 दिसंबर को झड़प हुई थी" after the clash of 9 December; not "इससे पहले 6 जून को भी
    वार्ता हुई थी"). ``merge_in_document`` keeps a pluperfect telling apart: an act of that kind told
    before, on another day or on none stated, stays another act.
    """
    if (id(a) in earlier) == (id(b) in earlier) or a.in_title() or b.in_title() or not a.evidence or not b.evidence:
        return False
    old, new = (a, b) if id(a) in earlier else (b, a)
    if old.date_basis != "text" or old.precision not in _DAY_PRECISIONS or not old.date or old.date != new.date:
        return False
    s = old.evidence[0]
    if _past_time().search(text, s.start, max(s.start, old.trigger_end)):
        return False
    return same_happening(a, b, places_of, across=False)


def _recalled_by_doer(a: Event, b: Event, text: str, earlier: set[int], events: list[Event],
                      places_of: dict[str, str]) -> bool:  # fmt: skip
    """Whether, of two tellings of one happening (:func:`merge.same_happening`) one of which is in the pluperfect,
    that one tells again the other's act by its named doer: a named actor (not a generic one) is a doer or a
    participant of both, the pluperfect telling states no day of its own (a day lent by a nearer act is none) and
    its sentence has no word of another time or of one more act ("X ने सदन में उस विधेयक के पक्ष में वोट दिया था"
    after "X ने ... विधेयक के पक्ष में वोट देकर"; not "X ने पिछले साल भी ... वोट दिया था"). Not a strike: a conflict's strikes
    repeat with the same doer, and one in the pluperfect may be an earlier round.
    """
    if a.type == "ASSAULT" or (id(a) in earlier) == (id(b) in earlier) or a.in_title() or b.in_title():
        return False
    if not a.evidence or not b.evidence:
        return False
    if a.evidence[0] == b.evidence[0]:
        return False
    old = a if id(a) in earlier else b
    doers = [{x.entity_id for x in e.actors if x.role in ("source", "participant") and not x.entity_id.startswith(
        "agent:") and x.via not in SUPPLIED_VIA} for e in (a, b)]  # fmt: skip
    if not doers[0] & doers[1]:
        return False
    if old.date_basis == "text" and not _lent(old, old.date_start, "date", events):
        return False
    s = old.evidence[0]
    if _past_time().search(text, s.start, max(s.start, old.trigger_end)):
        return False
    return same_happening(a, b, places_of, across=False)


def corefer(events: list[Event], text: str, places_of: dict[str, str] | None = None,
            also: set[int] | None = None, replies: set[int] | None = None,
            earlier: set[int] | None = None) -> list[Event]:
    """The article's events with the retellings ``merge_in_document`` left apart folded together.

    Args:
        events: The article's body events, merged (text order not required).
        text: The article's text (the events' offsets index it).
        places_of: City or region id → its country id (``merge.city_countries``).
        also: Ids of events told with "also" (``_State.also``): one more act, never a retelling.
        replies: Ids of acts told as a reply (``_State.replies``): never the act they answer.
        earlier: Ids of events told in the pluperfect (``_State.earlier``): one joins an act told before
            only when it recalls it by its day (:func:`_recalled`).

    Returns:
        The events, each retelling folded into the event it retells (which keeps its trigger and
        takes the other's sentence as evidence).
    """
    also = also or set()
    ordered = sorted(events, key=lambda e: e.trigger_start)
    gone: set[int] = set()
    for i, a in enumerate(ordered):
        if id(a) in gone:
            continue
        for b in ordered[i + 1 :]:
            if id(b) in gone or (a.type, a.mode, a.negated) != (b.type, b.mode, b.negated):
                continue
            if _joined(a, b, text) and not answers(a, b, replies):
                absorb(a, b, retold=True)
                gone.add(id(b))
    events = [e for e in events if id(e) not in gone]
    ordered = sorted(events, key=lambda e: e.trigger_start)
    for i, a in enumerate(ordered):
        if id(a) in gone:
            continue
        for b in ordered[i + 1 :]:
            if (id(b) not in gone and id(b) not in also and not answers(a, b, replies)
                    and (_retold(a, b, text, events, places_of or {})
                         or _recalled(a, b, text, earlier or set(), places_of or {})
                         or _recalled_by_doer(a, b, text, earlier or set(), events, places_of or {})
                         or _recalled_by_opener(a, b, text, events, places_of or {}))):
                absorb(a, b, places_of, retold=True)
                gone.add(id(b))
    events = [e for e in events if id(e) not in gone]
    ordered = sorted(events, key=lambda e: e.trigger_start)
    for i, b in enumerate(ordered):
        if id(b) in also:
            continue
        back = next((k for k in reversed(ordered[:i]) if id(k) not in gone and k.type == b.type
                     and k.trigger_end <= b.trigger_start and not k.in_title()), None)  # fmt: skip
        if back is not None and not answers(back, b, replies) and _pointed_back(back, b, text, events):
            absorb(back, b, places_of, retold=True)
            gone.add(id(b))
    return [e for e in events if id(e) not in gone]
