"""A duty told by no one is no event (docs/events.md, "A demand is a REQUEST"; issue #15, session 46). An act the text
says must or should be done (``चाहिए``, or an infinitive before the future of होना or पड़ना: ``करने होंगे``,
``अपनानी पड़ेगी``, ``words.tsv`` duty_future) is a speaker's REQUEST when a speaker states it; with no speaker (a
column's or a reader's view) it is nothing that happened (``events/state.py`` ``_obligation_of``, ``_duty_future``).
Twins told as done stay. Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _events(text: str) -> list[dict]:
    return annotate_text(text, published="2024-05-02")["events"]


@pytest.mark.parametrize("text", [
    "देश को अपनी सीमाओं पर चौकसी बढ़ानी चाहिए।",
    "सरकार को पड़ोसी देश से अभी कोई बातचीत नहीं करनी चाहिए।",
    "हमें सीमा पार जाकर आतंकियों के अड्डे नष्ट करने होंगे।",
    "ऐसे में सरकार को सख्त प्रतिबंध लगाने होंगे।",
])
def test_a_duty_nobody_states_is_no_event(rules_only, text):
    assert _events(text) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("सेना ने सीमा पार जाकर आतंकियों के अड्डे नष्ट कर दिए।", "ASSAULT"),
    ("सरकार ने पड़ोसी देश पर सख्त प्रतिबंध लगाए।", "SANCTION"),
])
def test_the_twins_told_as_done_stay(rules_only, text, typ):
    assert [e["modality"] for e in _events(text) if e["type"] == typ] == ["occurred"]


def test_a_duty_in_the_future_of_hona_a_speaker_states_is_a_request_to_the_dative(rules_only):
    events = _events("अमेरिका ने कहा कि पाकिस्तान को आतंकियों के अड्डे नष्ट करने होंगे।")
    assert [e["type"] for e in events] == ["REQUEST"]
    roles = {(a["role"], a["entity_id"]) for a in events[0]["actors"]}
    assert {("source", "country:us"), ("target", "country:pk")} <= roles, roles
