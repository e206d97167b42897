"""Events the lexicon finds but the events stage should not keep apart (#15): the dead of an attack are
that attack's toll, not a killing of their own."""

from __future__ import annotations

from conftest import annotate_text


def _kinds(doc: dict) -> list[tuple[str, str]]:
    return [(e["type"], e["mode"]) for e in doc["events"] if e["type"] == "ASSAULT"]


def test_the_dead_in_an_attacks_locative_are_its_toll():
    doc = annotate_text("सोमवार को पाकिस्तान के क्वेटा शहर में एक बाज़ार पर आतंकी हमले में बारह नागरिक मारे गए।",
                        published="2024-05-02")  # fmt: skip
    kinds = _kinds(doc)
    assert kinds and ("ASSAULT", "kill") not in kinds, kinds


def test_the_dead_in_a_relative_clause_on_a_bombing_are_its_toll():
    doc = annotate_text("इज़राइल की वायुसेना ने गुरुवार को सीमा के पास उग्रवादियों के अड्डों पर बमबारी की, जिसमें तीन "
                        "उग्रवादी मारे गए।", published="2024-05-02")  # fmt: skip
    kinds = _kinds(doc)
    assert kinds and ("ASSAULT", "kill") not in kinds, kinds


def test_the_dead_of_an_attack_said_again_by_its_noun_are_its_toll():
    doc = annotate_text("भारत ने काबुल में एक होटल पर आतंकी हमले की निंदा की है। इस हमले में नौ विदेशी नागरिक मारे गए "
                        "थे।", published="2024-05-02")  # fmt: skip
    assert ("ASSAULT", "kill") not in _kinds(doc), _kinds(doc)


def test_those_killed_in_a_clash_are_its_toll():
    # an encounter's dead are its toll (docs/events.md): the clash is the event, the dead one of its sides
    doc = annotate_text("कश्मीर के कुलगाम ज़िले में सुरक्षाबलों के साथ मुठभेड़ में दो आतंकवादी मारे गए।",
                        published="2024-05-02")  # fmt: skip
    assert _kinds(doc) == [("ASSAULT", "clash")], _kinds(doc)
    (clash,) = doc["events"]
    sides = {a["entity_id"].split(":")[1] for a in clash["actors"] if a["role"] == "participant"}
    assert {"cop", "reb"} <= sides, clash["actors"]


def test_a_killing_with_a_doer_stays_an_act_of_its_own():
    doc = annotate_text("सेना ने मंगलवार को पुंछ में मुठभेड़ के बाद तीन आतंकियों को मार गिराया।", published="2024-05-02")
    kills = [e for e in doc["events"] if (e["type"], e["mode"]) == ("ASSAULT", "kill")]
    assert kills and any(a["role"] == "source" for a in kills[0]["actors"]), doc["events"]


def test_the_dead_of_a_clash_that_names_no_side_are_a_side_of_it():
    doc = annotate_text("पुंछ में मुठभेड़ में एक आतंकवादी मारा गया। आतंकवादियों ने गश्त कर रहे जवानों पर गोलियां चलाईं।",
                        published="2024-05-02")  # fmt: skip
    assert ("ASSAULT", "kill") not in _kinds(doc), _kinds(doc)
    (clash,) = [e for e in doc["events"] if e["mode"] == "clash"]
    assert any(a["entity_id"].startswith("agent:reb") for a in clash["actors"]), clash["actors"]


def test_deaths_in_another_town_are_not_an_earlier_attacks_toll():
    doc = annotate_text("सोमवार को कराची में एक बाजार में हुए धमाके में पांच लोग मारे गए। मंगलवार को लाहौर में तीन नागरिक "
                        "मारे गए।", published="2024-05-02")  # fmt: skip
    assert ("ASSAULT", "kill") in _kinds(doc), _kinds(doc)
