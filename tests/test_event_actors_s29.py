"""Actors of events (#15), session 29: written patients and owners of bodies that the case frame missed."""

from __future__ import annotations

from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


def test_the_dead_of_a_clash_that_names_one_side_are_its_other_side():
    # a second clause after the killing ("जबकि ...") used to leave the clash with the police alone
    doc = annotate_text("सुकमा जिले में सोमवार को पुलिस के साथ मुठभेड़ में चार माओवादी मारे गए जबकि दंतेवाड़ा में "
                        "सात माओवादियों को पकड़ा गया।", published="2024-05-02")  # fmt: skip
    clash = _events(doc, "ASSAULT", "clash")
    assert clash, doc["events"]
    roles = _roles(clash[0])
    assert any(k.startswith("agent:cop") for k in roles), roles
    assert any(k.startswith("agent:reb") and r == "participant" for k, r in roles.items()), roles


def test_a_gloss_in_brackets_between_the_clash_noun_and_its_locative():
    doc = annotate_text("कुपवाड़ा में सेना के साथ मुठभेड़ (encounter) में दो आतंकवादी मारे गए और एक जवान घायल हुआ।",
                        published="2024-05-02")  # fmt: skip
    clash = _events(doc, "ASSAULT", "clash")
    assert clash, doc["events"]
    assert any(k.startswith("agent:reb") for k in _roles(clash[0])), _roles(clash[0])


def test_an_english_subject_pronoun_of_a_passive_is_its_patient():
    doc = annotate_text("Rahul Verma is a journalist from Pune. "
                        "He was detained by the police at the airport on Monday.", published="2024-05-02")  # fmt: skip
    arrest = _events(doc, "COERCE", "arrest")
    assert arrest, doc["events"]
    roles = _roles(arrest[0])
    assert [r for k, r in roles.items() if not k.startswith("agent:")] == ["target"], roles


def test_a_deputy_envoy_after_a_possessive_is_that_country_s_envoy():
    doc = annotate_text("NEW DELHI - India summoned Bangladesh's deputy envoy on Monday and lodged a protest.",
                        published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "ACCUSE", "summon")[0])
    assert roles.get("agent:dip:bd") == "target", roles
    assert "agent:dip:in" not in roles, roles


def test_a_body_after_a_group_word_and_of_is_the_object():
    doc = annotate_text("NEW DELHI - India on Monday expelled three officials of the Pakistan High Commission "
                        "for spying.", published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "SANCTION", "expel")[0])
    assert roles.get("country:in") == "source", roles
    assert roles.get("org:pk-high-commission") == "target", roles


def test_at_least_opens_a_quantity_not_a_place():
    # "At least three" was read as the preposition "at" before two words, so the dead were a where
    doc = annotate_text("The search went on for hours. At least three Maoists were killed in Sukma on Monday.",
                        published="2024-05-02")  # fmt: skip
    kill = _events(doc, "ASSAULT", "kill")
    assert kill, doc["events"]
    roles = _roles(kill[0])
    assert any(k.startswith("agent:reb") and r == "target" for k, r in roles.items()), roles
