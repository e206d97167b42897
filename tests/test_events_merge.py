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
    # the fuller copy ("the attack", with its target) keeps the telling name of the act
    assert out[0].mode == "terror"


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


def _placed(ev: Event, place: str) -> Event:
    ev.place, ev.place_start, ev.place_end = place, 5, 9
    return ev


PLACES = {"region:state-a": "country:in", "city:town-a": "country:in", "city:town-b": "country:in",
          "region:state-b": "country:in", "city:abroad": "country:pk"}  # fmt: skip


def test_a_state_and_a_town_of_its_country_can_be_one_place() -> None:
    # the reply told "in the state" and retold "in the town": one act, within one article
    a = _placed(_ev("attack", 0, INDIAN_ARMY, PAKISTAN), "region:state-a")
    b = _placed(_ev("attack", 200, INDIAN_ARMY, PAKISTAN), "city:town-a")
    assert not merge.same_happening(a, b, PLACES, across=True)
    assert len(merge.merge_in_document([a, b], PLACES)) == 1


def test_two_towns_two_states_or_a_town_abroad_stay_apart() -> None:
    for x, y in (("city:town-a", "city:town-b"), ("region:state-a", "region:state-b"),
                 ("region:state-a", "city:abroad")):  # fmt: skip
        a = _placed(_ev("attack", 0, INDIAN_ARMY, PAKISTAN), x)
        b = _placed(_ev("attack", 200, INDIAN_ARMY, PAKISTAN), y)
        assert len(merge.merge_in_document([a, b], PLACES)) == 2, (x, y)


def test_the_merged_act_keeps_the_town_not_the_region() -> None:
    region = _placed(_ev("attack", 0, INDIAN_ARMY, PAKISTAN, INDIA), "region:state-a")
    town = _placed(_ev("attack", 200, INDIAN_ARMY, PAKISTAN), "city:town-a")
    (out,) = merge.merge_in_document([region, town], PLACES)
    assert out.place == "city:town-a"


def test_a_region_absorbing_its_country_keeps_the_region():
    # "in the state" retold "in India": the country is coarser, never the place the merge keeps
    region = _placed(_ev("attack", 0, INDIAN_ARMY, PAKISTAN, INDIA), "region:state-a")
    country = _placed(_ev("attack", 200, INDIAN_ARMY, PAKISTAN), "country:in")
    (out,) = merge.merge_in_document([region, country], PLACES)
    assert out.place == "region:state-a"


def test_a_region_of_no_known_country_holds_nothing():
    # "region:far" is in no table of places: it cannot hold a town
    assert not merge._may_hold("region:far", "city:town-a", PLACES)
    assert merge._may_hold("region:state-a", "city:town-a", PLACES)


LINES = merge.PlaceCountries({"city:town-a": "country:in", "city:town-p": "country:pk", "city:town-c": "country:cn"},
                             lines={"region:line-a": frozenset({"country:in", "country:pk"})})  # fmt: skip


def test_a_border_line_holds_the_towns_of_either_country_it_divides():
    # "firing along the line" retold "firing in the town": a town of either side may lie on it
    assert merge._may_hold("region:line-a", "city:town-a", LINES)
    assert merge._may_hold("city:town-p", "region:line-a", LINES)
    # a town of a third country does not, nor does a country (coarser than the line), nor another region
    assert not merge._may_hold("region:line-a", "city:town-c", LINES)
    assert not merge._may_hold("region:line-a", "country:in", LINES)
    assert not merge._may_hold("region:line-a", "region:state-a", LINES)


def test_an_act_along_a_border_line_and_at_a_town_on_it_is_one():
    line = _placed(_ev("attack", 0, PAK_STATE, INDIA), "region:line-a")
    town = _placed(_ev("attack", 200, PAK, INDIA), "city:town-a")
    (out,) = merge.merge_in_document([line, town], LINES)
    assert out.place == "city:town-a"


def test_a_retellings_pronoun_is_not_added_beside_the_sides_named_in_words():
    # "the court acquitted the clerk" retold "the judge let her go, it said": "her" across sentences may be anyone
    court = Actor("agent:jud", "source", 10, 16, None, via="agent")
    clerk = Actor("agent:cvl", "target", 20, 26, None, via="agent")
    her = Actor("new:person:her", "target", 210, 213, None, via="pronoun")
    into = _ev("acquit", 0, court, clerk, typ="CONCEDE")
    merge.absorb(into, _ev("acquit", 200, her, typ="CONCEDE"), retold=True)
    assert [a.entity_id for a in into.actors] == ["agent:jud", "agent:cvl"]
    # a retelling's pronoun still fills an event whose own words name no one
    bare = _ev("acquit", 0, typ="CONCEDE")
    merge.absorb(bare, _ev("acquit", 200, her, typ="CONCEDE"), retold=True)
    assert [a.entity_id for a in bare.actors] == ["new:person:her"]
    # and a named person of a retelling is still added to a role left empty
    named = Actor("new:person:clerk", "target", 230, 240, None, via="name")
    judged = _ev("acquit", 0, court, typ="CONCEDE")
    merge.absorb(judged, _ev("acquit", 200, named, typ="CONCEDE"), retold=True)
    assert [a.entity_id for a in judged.actors] == ["agent:jud", "new:person:clerk"]
