"""The doer's sector decides the type (#15, session 47): the police firing into the air use force on a
crowd (COERCE/operation, as a baton charge), and the police setting off for a scene pay no visit. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _events(text: str) -> list[dict]:
    return annotate_text(text, published="2024-03-05")["events"]


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["mode"]) for e in _events(text)}


def test_the_polices_fire_into_the_air_is_force_used_on_a_crowd():
    kinds = _kinds("मेले में झगड़ा बढ़ने पर पुलिस ने हवाई फायरिंग की।")
    assert ("COERCE", "operation") in kinds
    assert not any(t == "ASSAULT" for t, _ in kinds)


def test_a_dative_of_purpose_is_no_subject_of_obligation():
    # "भीड़ को" belongs to the infinitive of purpose; the police are the ones who had to fire
    events = _events("उग्र भीड़ को खदेड़ने के लिए पुलिस को हवाई फायरिंग करनी पड़ी।")
    fire = [e for e in events if (e["type"], e["mode"]) == ("COERCE", "operation")]
    assert fire, events
    assert {a["entity_id"] for a in fire[0]["actors"] if a["role"] == "source"} == {"agent:cop"}
    assert not any(e["type"] == "ASSAULT" for e in events)


def test_fire_that_is_no_policing_stays_an_attack():
    # the police's fire on militants, and armed men's fire into the air, are no force used on a crowd
    assert ("COERCE", "operation") not in _kinds("मुठभेड़ के दौरान पुलिस ने आतंकियों पर फायरिंग की।")
    assert ("COERCE", "operation") not in _kinds("गांव में घुसे हथियारबंद बदमाशों ने हवाई फायरिंग की।")


def test_the_police_setting_off_for_a_scene_pay_no_visit():
    assert ("CONSULT", "visit") not in _kinds("सूचना मिलने पर थाने की पुलिस घटनास्थल के लिए रवाना हो गई।")
    # the doer decides, whatever the place is called: the police off on a search, a crowd setting off
    assert ("CONSULT", "visit") not in _kinds("पुलिस की एक टीम आरोपी की तलाश में दिल्ली के लिए रवाना हुई।")
    assert ("CONSULT", "visit") not in _kinds("सैकड़ों किसान ट्रैक्टरों पर सवार होकर दिल्ली के लिए रवाना हुए।")
    # a minister leaving for a country still does
    assert ("CONSULT", "visit") in _kinds("विदेश मंत्री तीन दिन की यात्रा पर मंगलवार को जापान के लिए रवाना हुए।")
