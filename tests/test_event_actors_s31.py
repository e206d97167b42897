"""Actors of events (#15), session 31: relative objects, pronouns after a patient, owners of what is accepted,
charges made in a report, bodies before an office holder, and generic actors by class (sentences of our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


@pytest.mark.parametrize(("text", "target"), [
    # after a copula: the named subject of that clause, not the noun after it
    ("रमेश कुमार एक पत्रकार थे जिन्हें पुलिस ने गिरफ़्तार किया।", "new:person:"),
    # with no name: the noun before the copula
    ("वे किसान थे जिन्हें पुलिस ने गिरफ़्तार किया।", "agent:agr"),
    # a relative put after the main verb: that verb's object
    ("पहली मांग है कि उन किसानों को रिहा किया जाए जिन्हें पुलिस ने गिरफ़्तार किया है।", "agent:agr"),
])  # fmt: skip
def test_a_relative_in_the_dative_is_the_object_of_its_clause(text, target):
    arrest = _events(annotate_text(text, published="2024-05-02"), "COERCE", "arrest")
    assert arrest, text
    roles = _roles(arrest[0])
    assert roles.get("agent:cop") == "source", roles
    assert any(k.startswith(target) and r == "target" for k, r in roles.items()), roles


def test_an_object_pronoun_with_no_one_acting_yet_is_the_person_just_named():
    doc = annotate_text("मोहन कुमार को पुलिस ने पकड़ा। बाद में उसे रिहा कर दिया गया।", published="2024-05-02")
    mohan = next(a["entity_id"] for a in _events(doc, "COERCE", "arrest")[0]["actors"] if a["role"] == "target")
    release = _events(doc, "CONCEDE", "release")
    assert release, doc["events"]
    assert _roles(release[0]).get(mohan) == "target", release[0]["actors"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("नेपाल ने भारत के एक प्रस्ताव को स्वीकार कर लिया है।", "country:np", "country:in"),
    ("कांग्रेस पार्टी ने भाजपा के इस प्रस्ताव के प्रति अपनी रज़ामंदी ज़ाहिर कर दी है।", "org:inc", "org:bjp"),
])  # fmt: skip
def test_whose_proposal_is_accepted_is_the_agreement_s_target(text, source, target):
    agree = _events(annotate_text(text, published="2024-05-02"), "AGREE")
    assert agree, text
    assert _roles(agree[0]) == {source: "source", target: "target"}, agree[0]["actors"]


def test_charges_made_in_a_report_are_its_owner_s():
    doc = annotate_text("जांच आयोग की न्यायिक जाँच रिपोर्ट में कई वरिष्ठ पुलिस अधिकारियों पर गंभीर आरोप लगे।",
                        published="2024-05-02")  # fmt: skip
    accuse = _events(doc, "ACCUSE")
    assert accuse, doc["events"]
    assert _roles(accuse[0]) == {"agent:gov": "source", "agent:cop": "target"}, accuse[0]["actors"]


def test_a_body_before_an_office_and_its_holder_is_whom_he_serves():
    doc = annotate_text("संयुक्त राष्ट्र के महासचिव एंटोनियो गुटेरेस ने दोनों देशों के समझौते का स्वागत किया।",
                        published="2024-05-02")  # fmt: skip
    praise = _events(doc, "SUPPORT")
    assert praise, doc["events"]
    assert _roles(praise[0]) == {"person:antonio-guterres": "source"}, praise[0]["actors"]
    # ... and the conjunct before such a phrase shares the holder's case
    doc = annotate_text("एमनेस्टी इंटरनेशनल और संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने श्रीलंका सरकार से जांच कराने "
                        "को कहा।", published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "REQUEST")[0])
    assert roles.get("org:amnesty") == "source" and roles.get("person:antonio-guterres") == "source", roles
    assert roles.get("agent:gov:lk") == "target", roles


@pytest.mark.parametrize(("text", "typ", "eid", "role"), [
    ("शिक्षा विभाग ने स्कूल को चेतावनी दी।", "THREATEN", "agent:edu", "target"),
    ("आठ ग्राम सभाओं ने खनन कंपनी के प्रस्ताव को रद्द कर दिया।", "REJECT", "agent:gov", "source"),
    ("अंतरराष्ट्रीय संगठनों ने दोनों पक्षों से युद्धविराम की अपील की।", "REQUEST", "agent:igo", "source"),
])  # fmt: skip
def test_generic_bodies_by_class(text, typ, eid, role):
    ev = _events(annotate_text(text, published="2024-05-02"), typ)
    assert ev, text
    assert _roles(ev[0]).get(eid) == role, ev[0]["actors"]


def test_a_demonstrative_body_word_points_back_at_the_organisation_told_as_a_subject():
    doc = annotate_text("लश्कर-ए-तैयबा पाकिस्तान में सक्रिय है। इस संगठन ने 2008 में मुंबई पर हमला किया था।",
                        published="2024-05-02")  # fmt: skip
    assert _roles(_events(doc, "ASSAULT")[0]).get("org:let") == "source", doc["events"]
    # the owner of a report quoted in between is not what the text is about
    doc = annotate_text("अमेरिकी सेना ने कहा कि हमला हुआ। एमनेस्टी इंटरनेशनल की रिपोर्ट में यह लिखा है। इस सेना ने गांव पर "
                        "हमला किया।", published="2024-05-02")  # fmt: skip
    attacks = [e for e in _events(doc, "ASSAULT") if any(a["role"] == "source" for a in e["actors"])]
    assert attacks and all("org:amnesty" not in _roles(e) for e in attacks), doc["events"]


def test_a_demonym_in_the_plural_oblique_is_that_country_s_people():
    doc = annotate_text("पाकिस्तानियों ने लंदन में उच्चायोग के बाहर प्रदर्शन किया।", published="2024-05-02")
    assert _roles(_events(doc, "PROTEST")[0]).get("agent:cvl:pk") == "source", doc["events"]
    # (an adjective takes no plural ending: the army stays the army)
    doc = annotate_text("भारतीय सेना ने आतंकियों के ठिकानों पर हमला किया।", published="2024-05-02")
    assert "org:in-army" in _roles(_events(doc, "ASSAULT")[0]), doc["events"]


def test_the_one_welcomed_warmly_is_the_welcome_s_target():
    doc = annotate_text("प्रधानमंत्री नरेंद्र मोदी शुक्रवार को वारसॉ पहुंचे। हवाई अड्डे पर भारतीयों ने उनका गर्मजोशी से स्वागत "
                        "किया।", published="2024-05-02")  # fmt: skip
    host = _events(doc, "CONSULT", "host")
    assert host, doc["events"]
    assert _roles(host[0]) == {"agent:cvl:in": "source", "person:narendra-modi": "target"}, host[0]["actors"]
