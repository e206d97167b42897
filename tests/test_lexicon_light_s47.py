"""Session 47, issue #15: predicates and constructions the lexicon still lacked (light47). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("शिक्षा बोर्ड ने सभी स्कूलों को लिखा है कि शिकायतें सीधे बोर्ड को भेजी जानी चाहिए।", "लिखा है"),
        ("केंद्र ने राज्यों से कहा है कि वे सीमा पर चौकसी बढ़ा दें।", "कहा है"),
        ("मंत्रालय की ओर से कंपनी से कहा गया है कि उसे बकाया राशि लौटानी चाहिए।", "कहा गया है"),
    ],
)
def test_a_request_told_as_what_someone_is_told_to_do(text: str, words: str) -> None:
    found = [(w, (m.entry.type, m.entry.mode)) for w, m in predicates_in(text)]
    assert (words, ("REQUEST", "demand")) in found


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने कहा कि दोनों देशों को बातचीत जारी रखनी चाहिए।",  # no one told: the duty's own rule reads it
        "राष्ट्रपति ने दूत से भेंट के दौरान कहा कि सीमा पर शांति रहनी चाहिए।",  # से is the meeting's
        "गृह मंत्री ने राज्यों से कहा कि केंद्र पूरी मदद देगा।",  # a promise, nothing asked
        "उन्होंने अधिकारियों को लिखा कि फाइल मिल गई है।",  # a report, nothing asked
    ],
)
def test_saying_to_someone_asks_nothing_by_itself(text: str) -> None:
    assert not any(w.split()[0] in ("कहा", "लिखा") for w, _ in predicates_in(text))


def test_the_request_is_the_speakers_to_the_one_told() -> None:
    events = annotate_text("गृह मंत्रालय ने पंजाब सरकार से कहा है कि वह सीमा पर चौकसी बढ़ा दे।")["events"]
    asked = [e for e in events if (e["type"], e["mode"]) == ("REQUEST", "demand")]
    assert len(asked) == 1
    roles = {(a["role"], a["entity_id"]) for a in asked[0]["actors"]}
    assert ("source", "org:mha") in roles and any(role == "target" for role, _ in roles)


def test_what_the_press_is_told_is_no_request_of_it() -> None:
    events = annotate_text("गृह मंत्री ने पत्रकारों से कहा कि सरकार को सीमा पर चौकसी बढ़ानी चाहिए।")["events"]
    assert not any(a["role"] == "target" and a["entity_id"].startswith("agent:med")
                   for e in events if e["type"] == "REQUEST" for a in e["actors"])
