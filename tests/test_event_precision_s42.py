"""Spurious events on the write sets by class (issue #15, session 42). A bare motion verb of someone the knowledge
base does not know and no office ties to a country or body is a private journey, no visit (``events/state.py``
``_visit_parts``). A word of duty after the infinitive of a
vector verb or of the passive's auxiliary (``खारिज कर देना चाहिए``, ``अनुमति दी जानी चाहिए``) still tells what
must be done, not what was done: the verb group reads on through those infinitives (``lang/hi/verb_group.tsv``
``vector_inf``, ``passive_inf``). Their twins told as done stay. (Since session 43 a duty a named speaker states is
that speaker's REQUEST, ``test_event_request_s43.py``, and since session 46 a duty told by no one is no event, so the
duties here are stated by a speaker and read through the request they become.) Sentences written for
these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("भारत ने कहा कि सरकार को इस रिपोर्ट को खारिज कर देना चाहिए।", "REJECT"),
    ("रूस ने कहा कि संयुक्त राष्ट्र के दल को इराक में जाने की अनुमति दी जानी चाहिए।", "CONCEDE"),
    ("भारत ने कहा कि पड़ोसी देश पर प्रतिबंध लगा देने चाहिए।", "SANCTION"),
])
def test_a_duty_after_a_vector_or_passive_infinitive_is_demanded(rules_only, text, typ):
    # the duty is read through the vector or passive infinitive, so the speaker's request is the event, not the act
    assert not typed_events(text, typ)
    assert typed_events(text, "REQUEST")


def test_the_dative_of_a_passive_duty_is_no_doer(rules_only):
    # who must be let in is the one the act is done to, not who must do it: never the request's speaker
    (event,) = typed_events("रूस ने कहा कि संयुक्त राष्ट्र के दल को इराक में जाने की अनुमति दी जानी चाहिए।", "REQUEST")
    assert ("source", "country:ru") in [(a["role"], a["entity_id"]) for a in event["actors"]]
    assert not [a for a in event["actors"] if a["role"] == "source" and a["entity_id"] == "org:un"]


@pytest.mark.parametrize(("text", "typ"), [
    ("सरकार ने इस रिपोर्ट को खारिज कर दिया।", "REJECT"),
    ("रूस ने कहा कि संयुक्त राष्ट्र के दल को इराक में जाने की अनुमति दी गई।", "CONCEDE"),
])
def test_the_twins_told_as_done_stay_occurred(rules_only, text, typ):
    events = typed_events(text, typ)
    assert events and all(e["modality"] == "occurred" for e in events)


@pytest.mark.parametrize("text", [
    "मशहूर गायक राहुल वर्मा एक शो के लिए दुबई गए।",
    "चोट से उबर रहे बल्लेबाज़ अमन सेठी इलाज के लिए श्रीलंका भी गए थे।",
])
def test_a_private_journey_is_no_visit(rules_only, text):
    # a name the knowledge base lacks, tied to no country or body by an office, travels privately
    assert typed_events(text, "CONSULT") == []


@pytest.mark.parametrize("text", [
    "मालदीव के विदेश मंत्री अहमद रशीद ज़मीर भारत पहुंचे।",
    "गुयाना के राष्ट्रपति रमेश कुमार सिंह दिल्ली पहुंचे।",
    "ब्राज़ील के विदेश मंत्री मौरो विएरा दो दिन की यात्रा पर भारत पहुंचे।",
])
def test_an_official_unknown_to_the_knowledge_base_still_visits(rules_only, text):
    assert [e["mode"] for e in typed_events(text, "CONSULT")] == ["visit"]
