"""A demand is a REQUEST (docs/events.md, session 43). An act a named speaker says must or should be done (``X ने कहा
कि Y को ... करना चाहिए``, ``X का कहना है कि ... किया जाना चाहिए``) is the speaker's REQUEST/demand toward who is to do
it, not the act with modality ``demanded``; inside what a request of the sentence asks (``X ने मांग की कि ...
चाहिए``) the act is that request's content and no event of its own (``events/state.py`` ``_obligation_of``). A duty
told by no one is no event (session 46, ``test_event_duty_s46.py``). Sentences written for these tests;
the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _events(text: str) -> list[dict]:
    return annotate_text(text, published="2024-05-02")["events"]


def _roles(ev: dict) -> set[tuple[str, str]]:
    return {(a["role"], a["entity_id"]) for a in ev["actors"]}


@pytest.mark.parametrize(("text", "source", "target", "act"), [
    # a speaker's duty for a named side: the side is the one asked
    ("भारत ने कहा कि चीन को विवादित इलाके से अपने सैनिक वापस बुलाने चाहिए।", "country:in", "country:cn", "RETREAT"),
    # a duty in the passive: who usually does the act is the one asked
    ("ग्रामीणों का कहना है कि हमलावरों को इसी हफ्ते गिरफ्तार किया जाना चाहिए।", "agent:cvl", "agent:cop", "COERCE"),
])
def test_a_duty_a_speaker_states_is_the_speakers_request(rules_only, text, source, target, act):
    events = _events(text)
    (req,) = [e for e in events if e["type"] == "REQUEST"]
    assert req["mode"] == "demand" and req["modality"] == "occurred"
    assert {("source", source), ("target", target)} <= _roles(req), _roles(req)
    assert not [e for e in events if e["type"] == act]  # the act demanded is not coded of its own


def test_a_duty_inside_a_demand_is_the_demands_content(rules_only):
    events = _events("कांग्रेस ने सरकार से मांग की कि सेना को सीमा पर और जवान तैनात करने चाहिए।")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert ("source", "org:inc") in _roles(events[0])


def test_a_duty_a_newspaper_writes_is_no_event(rules_only):
    # the press is not an actor (docs/events.md): no speaker to demand it, so a view, no event (session 46)
    events = _events("अपने संपादकीय में अखबार ने लिखा कि सरकार को इस रिपोर्ट को खारिज कर देना चाहिए।")
    assert events == []


@pytest.mark.parametrize(("text", "source", "target"), [
    # the noun of an appeal, the one it is addressed to in the ablative, then its light verb
    ("किसान संगठनों ने फसल के मुआवजे की अपील राज्य सरकार से की है।", "agent:agr", "agent:gov"),
    ("भारत ने आतंकियों के प्रत्यर्पण की मांग पाकिस्तान से की।", "country:in", "country:pk"),
    # a charter of demands put before someone
    ("व्यापारियों ने अपना मांग पत्र नरेंद्र मोदी के सामने रखा।", "agent:bus", "person:narendra-modi"),
])
def test_an_addressee_between_a_request_noun_and_its_light_verb(rules_only, text, source, target):
    (req,) = [e for e in _events(text) if e["type"] == "REQUEST"]
    assert {("source", source), ("target", target)} <= _roles(req), _roles(req)


def test_an_addressee_split_needs_the_light_verb_right_after_its_case(rules_only):
    from conftest import senses_in

    # the case word is followed by another verb: no appeal made
    assert ("REQUEST", "appeal") not in senses_in("उनकी अपील सरकार से होकर गुजरी।")
