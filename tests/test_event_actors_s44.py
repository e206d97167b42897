"""Actors of session 44 (issue #15: who an attack struck). Sentences written for these tests; the rules are checked
with the precision model off.

- The people an attack killed or wounded, told by words of death or wounds that name no act (``हमले में सात लोगों की
  मौत हो गई``, ``जिसमें नौ नागरिकों की जान गई``, ``धमाकों ने ... लोगों की जान ले ली``: words.tsv ``casualty``), are its
  targets (``events/state.py`` ``_casualties_of_attack``); an attack whose words name whom it struck keeps them, and
  militants dead in a terror attack are not its targets.
"""

from __future__ import annotations

import pytest
from conftest import typed_events


def _targets(ev: dict) -> list[str]:
    return [a["entity_id"] for a in ev["actors"] if a["role"] == "target"]


@pytest.mark.parametrize("text", [
    "शहर के एक होटल पर हुए आतंकी हमले में सात लोगों की मौत हो गई।",
    "पिछले महीने बाजार में आतंकी हमला हुआ था, जिसमें नौ नागरिकों की जान गई थी।",
    "राजधानी के बाजार में हुए बम धमाकों ने तीस से ज्यादा लोगों की जान ले ली।",
    "रेलवे स्टेशन पर हुए आत्मघाती हमले में बारह लोग घायल हो गए।",
])
def test_the_dead_or_wounded_of_an_attack_are_its_targets(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert any(t.startswith("agent:cvl") for t in _targets(evs[0])), evs[0]["actors"]


def test_the_dead_and_the_wounded_are_two_targets(rules_only):
    text = "शहर के एक होटल पर हुए आतंकी हमले में सात लोगों की मौत हो गई और बीस लोग घायल हुए।"
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert len([t for t in _targets(evs[0]) if t.startswith("agent:cvl")]) == 2, evs[0]["actors"]


@pytest.mark.parametrize("text", [
    # the attack names whom it struck: the dead may be among them, no second target
    "सेना ने उग्रवादियों के ठिकानों पर हमला किया, जिसमें दो नागरिक घायल हो गए।",
])
def test_an_attack_that_names_its_target_keeps_it(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert not any(t.startswith("agent:cvl") for t in _targets(evs[0])), evs[0]["actors"]


def test_militants_dead_in_a_terror_attack_are_no_targets(rules_only):
    # (words of wounds: a killing told with "मारे गए" is an event of its own, which the toll rules read)
    text = "शहर के बाजार में हुए आतंकी हमले में दो आतंकवादी घायल हो गए।"
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert not any(t.startswith("agent:reb") for t in _targets(evs[0])), evs[0]["actors"]


@pytest.mark.parametrize("text", [
    # a death the words tie to no attack: in the next sentence, and in a locative of another noun
    "सेना ने सीमा पर हमला किया। अस्पताल में तीन लोगों की मौत हो गई।",
    "सेना ने सीमा पर हमला किया और अस्पताल में तीन लोगों की मौत हो गई।",
    # lives saved are no toll
    "शहर के एक होटल पर हुए आतंकी हमले में जवानों ने सात लोगों की जान बचाई।",
])
def test_a_death_with_no_attack_before_it_gives_no_target(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert not any(t.startswith("agent:cvl") for ev in evs for t in _targets(ev)), [e["actors"] for e in evs]


def test_the_dead_of_an_attack_carry_their_country(rules_only):
    text = "सीमा के पास हुए आतंकी हमले में सात पाकिस्तानी नागरिकों की मौत हो गई।"
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    dead = [a for a in evs[0]["actors"] if a["role"] == "target"]
    assert dead and dead[0]["affiliation"] == "country:pk", dead
