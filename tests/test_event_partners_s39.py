"""Acts found and then merged away (issue #15, session 39): two acts of one day with partners of different
countries ("भारत और मिस्र की सेनाएं" ... "भारत और जापान की नौसेनाएं") are two, while a list of partners told
again with one of them is one act (docs/events.md, joint actors). Sentences written for these tests; the rules are
checked with the precision model off, so that they, not the model, decide.
"""

from __future__ import annotations

from conftest import typed_events

from sambandh.events.merge import _partners_apart, merging_told
from sambandh.model import Actor, Event, Span


def test_two_exercises_with_partners_of_two_countries_are_two(rules_only):
    text = ("भारतीय सेना इन दिनों दो युद्धाभ्यास कर रही है। पहला युद्धाभ्यास भारत और मिस्र की सेनाएं कर रही हैं। "
            "दूसरा युद्धाभ्यास भारत और जापान की सेनाएं कर रही हैं।")  # fmt: skip
    drills = typed_events(text, "COOPERATE")
    partners = sorted(sorted({a["affiliation"] or a["entity_id"] for a in e["actors"]}) for e in drills)
    assert len(drills) == 2, drills
    assert partners == [["country:eg", "country:in"], ["country:in", "country:jp"]], drills


def _meet(actors: list[Actor], start: int) -> Event:
    return Event("CONSULT", "meet", "040", actors, start, start + 5, evidence=[Span(start - 5, start + 20)])


def test_a_list_of_partners_told_again_with_one_of_them_is_one_act() -> None:
    listed = _meet([Actor("person:a", "participant", 1, 2, "country:in"),
                    Actor("person:b", "participant", 3, 4, "country:eg"),
                    Actor("person:c", "participant", 5, 6, "country:jp")], 10)  # fmt: skip
    again = _meet([Actor("person:a", "participant", 40, 41, "country:in"),
                   Actor("person:c", "participant", 42, 43, "country:jp")], 50)  # fmt: skip
    assert not _partners_apart(listed, again)


def test_partners_of_two_kinds_or_a_country_its_sentence_does_not_name_keep_nothing_apart() -> None:
    # a person of one country beside a generic body of another (the body may be a list of offices not all read)
    person = _meet([Actor("person:a", "participant", 1, 2, "country:in"),
                    Actor("person:b", "participant", 3, 4, "country:eg")], 10)  # fmt: skip
    body = _meet([Actor("person:a", "participant", 40, 41, "country:in"),
                  Actor("agent:gov:jp", "participant", 42, 43, "country:jp")], 50)  # fmt: skip
    assert not _partners_apart(person, body)
    # two generic bodies of two countries are two acts, unless a country is not one its own sentence names
    one = _meet([Actor("agent:mil:in", "participant", 1, 2), Actor("agent:mil:eg", "participant", 3, 4)], 10)
    other = _meet([Actor("agent:mil:in", "participant", 40, 41), Actor("agent:mil:jp", "participant", 42, 43)], 50)
    assert _partners_apart(one, other)
    with merging_told([(0, 30, frozenset({"country:in", "country:eg"})), (30, 80, frozenset({"country:in"}))]):
        assert not _partners_apart(one, other)
