"""Actors of events (#15), session 33: the second side of an act (sentences of our own): the aim of a threat, the
owner of what is targeted, an agreement signed in the passive, and the country of a body named with modifiers."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


@pytest.mark.parametrize(("text", "target"), [
    ("ट्रंप ने चीनी आयात पर 50 फीसदी टैरिफ लगाने की धमकी दी।", "country:cn"),
    ("अमेरिका ने ईरान पर नए प्रतिबंध लगाने की चेतावनी दी है।", "country:ir"),
])  # fmt: skip
def test_a_threat_is_aimed_at_whom_the_act_it_threatens_would_strike(text, target):
    threat = _events(annotate_text(text, published="2024-05-02"), "THREATEN")
    assert threat, text
    assert _roles(threat[0]).get(target) == "target", threat[0]["actors"]


def test_what_is_targeted_is_its_owner_s():
    doc = annotate_text("उपद्रवियों ने हिंदुओं के धार्मिक स्थलों को निशाना बनाया।", published="2024-05-02")
    attack = _events(doc, "ASSAULT")
    assert attack, doc["events"]
    assert any(k.startswith("agent:rel") and r == "target" for k, r in _roles(attack[0]).items()), attack[0]["actors"]


def test_an_agreement_signed_in_the_passive_is_the_two_countries_not_the_last_one_acting():
    doc = annotate_text("भारत और ब्रिटेन के संबंध मजबूत हो रहे हैं। प्रधानमंत्री नरेंद्र मोदी ने लंदन में ब्रिटिश प्रधानमंत्री कीर "
                        "स्टार्मर से मुलाकात की। इस दौरान मुक्त व्यापार समझौते पर हस्ताक्षर किए गए।", published="2024-05-02")
    agree = _events(doc, "AGREE")
    assert agree, doc["events"]
    assert _roles(agree[0]) == {"country:in": "participant", "country:gb": "participant"}, agree[0]["actors"]


@pytest.mark.parametrize(("text", "source"), [
    ("बांग्लादेश के अंतर्राष्ट्रीय आपराधिक न्यायाधिकरण ने शेख हसीना के खिलाफ गिरफ्तारी वारंट जारी किया है।", "agent:jud:bd"),
    ("नेपाल की विशेष आपराधिक अदालत ने पूर्व मंत्री को जेल की सजा सुनाई।", "agent:jud:np"),
])  # fmt: skip
def test_a_country_in_the_genitive_owns_a_body_named_with_modifiers(text, source):
    acts = [e for e in annotate_text(text, published="2024-05-02")["events"] if e["type"] == "COERCE"]
    assert acts, text
    assert _roles(acts[0]).get(source) == "source", acts[0]["actors"]
