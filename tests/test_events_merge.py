"""Within one article, one event per happening: acts retold in another mode of the same kind."""

from __future__ import annotations

from sambandh.events import merge
from sambandh.model import Actor, Event, Span


def _ev(mode: str, start: int, *actors: Actor, typ: str = "ASSAULT") -> Event:
    return Event(typ, mode, "190", list(actors), start, start + 6, [Span(start, start + 40)])


PAK = Actor("agent:mil:pk", "source", -1, -1, "country:pk")
PAK_STATE = Actor("country:pk", "source", -1, -1, "country:pk")
INDIA = Actor("country:in", "target", -1, -1, "country:in")
INDIAN_ARMY = Actor("agent:mil:in", "source", -1, -1, "country:in")
PAKISTAN = Actor("country:pk", "target", -1, -1, "country:pk")
REBELS = Actor("agent:reb:in", "source", -1, -1, "country:in")


def test_a_ceasefire_violation_and_its_firing_are_one_strike() -> None:
    # "Pakistan violated the ceasefire" and, later, "the Pakistani army fired on India": one act
    out = merge.merge_in_document([_ev("ceasefire_violation", 0, PAK_STATE, INDIA), _ev("attack", 200, PAK, INDIA)])
    assert len(out) == 1
    assert {s.start for s in out[0].evidence} == {0, 200}


def test_a_terror_attack_retold_as_an_attack_is_one() -> None:
    police = Actor("agent:cop:in", "target", -1, -1, "country:in")
    out = merge.merge_in_document([_ev("terror", 0, REBELS), _ev("attack", 300, REBELS, police)])
    assert len(out) == 1


def test_the_reply_to_a_strike_stays_its_own_act() -> None:
    # the Indian army answering fire is not the Pakistani violation it answers
    out = merge.merge_in_document([_ev("ceasefire_violation", 0, PAK_STATE, INDIA),
                                   _ev("attack", 200, INDIAN_ARMY, PAKISTAN)])
    assert len(out) == 2


def test_strikes_by_different_doers_stay_apart() -> None:
    out = merge.merge_in_document([_ev("terror", 0, REBELS), _ev("attack", 300, INDIAN_ARMY)])
    assert len(out) == 2


def test_other_modes_do_not_fold_together() -> None:
    # a clash and the killing told in it are coded apart (docs/events.md)
    clash = _ev("clash", 0, Actor("agent:mil:in", "participant", -1, -1, "country:in"),
                Actor("agent:reb:in", "participant", -1, -1, "country:in"))
    kill = _ev("kill", 200, Actor("agent:mil:in", "source", -1, -1, "country:in"))
    assert len(merge.merge_in_document([clash, kill])) == 2


def test_across_articles_modes_stay_apart() -> None:
    a, b = _ev("ceasefire_violation", 0, PAK_STATE, INDIA), _ev("attack", 200, PAK, INDIA)
    assert not merge.same_happening(a, b, across=True)
    assert merge.same_happening(a, b, across=False)
