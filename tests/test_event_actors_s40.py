"""Actors of session 40 (issue #15: who did it, on outlets the rules were not written against). Sentences written
for these tests; the rules are checked with the precision model off.

- A demonym may own the head of a genitive chain that is the object of a criticism, a rejection or a welcome
  (``अमेरिकी हमले की धमकी का विरोध किया``): that country is the target, as a demonym on the object of an attack is
  (``events/arguments.py`` ``_owned_object``).
- An acquittal or bail told in the passive with no doer is a court's (``lang/*/passive_doers.tsv``, a row that holds
  for its predicates alone): ``उन्हें बरी कर दिया गया``.
"""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "target"), [
    ("मलेशिया ने अमेरिकी हमले की धमकी का विरोध किया।", "country:us"),
    ("ब्राज़ील ने चीनी दावे को खारिज कर दिया।", "country:cn"),
])
def test_a_demonym_owning_the_object_is_the_target(rules_only, text, target):
    evs = [e for t in ("ACCUSE", "REJECT") for e in typed_events(text, t)]
    assert evs, text
    assert any(a["role"] == "target" and a["entity_id"] == target for a in evs[0]["actors"]), evs[0]["actors"]


@pytest.mark.parametrize("text", [
    "अदालत में सुनवाई के बाद दोनों आरोपियों को सभी मामलों में बरी कर दिया गया।",
    "लंबी सुनवाई के बाद उन्हें हत्या के आरोप से बरी कर दिया गया है।",
])
def test_an_acquittal_in_the_passive_is_a_courts(rules_only, text):
    evs = typed_events(text, "CONCEDE")
    assert evs, text
    assert any(a["role"] == "source" and a["entity_id"].startswith("agent:jud") for a in evs[0]["actors"]), evs[0]


@pytest.mark.parametrize("text", [
    "सीमा पर पकड़े गए दो मछुआरों को रिहा कर दिया गया।",
])
def test_a_release_in_the_passive_has_no_court(rules_only, text):
    """Prisoners may be freed by a state as well as a court: a plain release keeps no usual doer."""
    for ev in typed_events(text, "CONCEDE"):
        assert not any(a["entity_id"].startswith("agent:jud") for a in ev["actors"]), ev["actors"]


@pytest.mark.parametrize(("text", "typ", "role", "n"), [
    ("बदमाशों ने एक दुकानदार, एक छात्रा और एक शिक्षक को निशाना बनाया।", "ASSAULT", "target", 3),
    ("उसके बेटे और बहू ने पड़ोसी के साथ मारपीट की।", "ASSAULT", "source", 2),
])
def test_listed_people_of_one_sector_stay_apart(rules_only, text, typ, role, n):
    """Generic people of one sector and country named one by one in a list are several actors in one role."""
    evs = typed_events(text, typ)
    assert evs, text
    assert sum(a["role"] == role and a["entity_id"].startswith("agent:") for a in evs[0]["actors"]) >= n, evs[0]


def test_one_sector_named_twice_in_one_phrase_is_one(rules_only):
    """Not a list: the same people told again in an apposition or another clause stay one actor."""
    evs = typed_events("पुलिस ने पुलिसकर्मियों की टीम भेजकर उपद्रवियों को गिरफ्तार किया।", "COERCE")
    assert evs
    assert sum(a["role"] == "source" for a in evs[0]["actors"]) == 1, evs[0]["actors"]


def test_an_office_in_a_list_of_doers_is_a_doer(rules_only):
    """An office without a name followed by a coordinator is one conjunct of the subject, not a word left out."""
    evs = typed_events("प्रधानमंत्री और कांग्रेस ने मंत्री को फटकारा।", "ACCUSE")
    assert evs
    assert sum(a["role"] == "source" for a in evs[0]["actors"]) == 2, evs[0]["actors"]


@pytest.mark.parametrize("text", [
    "विपक्ष के नेता ने आरोप लगाया है कि पत्रकार की हत्या के पीछे एक बड़ा गिरोह हो सकता है।",
    "मंत्री ने कहा कि सीमा पर गोलीबारी की घटनाएं बढ़ी हैं।",
])
def test_the_speaker_is_no_doer_of_a_deed_he_reports(rules_only, text):
    """A deed told in what someone says or charges does not take the speaker as its doer (docs/events.md)."""
    for ev in typed_events(text, "ASSAULT"):
        assert not any(a["role"] in ("source", "participant") and a["entity_id"].startswith(("agent:gov", "agent:opp",
                       "country:in")) for a in ev["actors"]), ev["actors"]


@pytest.mark.parametrize("text", [
    "किसान संगठनों ने मांग की है कि सरकार तुरंत कर्ज माफ करे।",
    "छात्रों की मांग है कि विश्वविद्यालय प्रशासन फीस वापस ले।",
])
def test_a_demand_is_made_of_the_subject_of_what_it_asks(rules_only, text):
    evs = typed_events(text, "REQUEST")
    assert evs, text
    assert any(a["role"] == "target" and a["entity_id"].startswith("agent:gov") for a in evs[0]["actors"]), evs[0]


def test_countrymen_appealed_to_are_the_target(rules_only):
    evs = typed_events("राष्ट्रपति ने देशवासियों से संयम बरतने की अपील की।", "REQUEST")
    assert evs
    assert any(a["role"] == "target" and a["entity_id"].startswith("agent:cvl") for a in evs[0]["actors"]), evs[0]


def test_english_it_after_a_say_verb_is_the_body_that_says_it(rules_only):
    """"X said that it had complained": the subject pronoun of what a country says is that country."""
    from conftest import annotate_text

    doc = annotate_text("BEIJING: China on Monday said that it had complained to Japan about the drills.",
                        published="2024-05-02", language="en")
    evs = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert evs
    assert any(a["role"] == "source" and a["entity_id"] == "country:cn" for a in evs[0]["actors"]), evs[0]["actors"]


def test_a_doer_marked_on_an_event_nouns_participle_is_its_doer(rules_only):
    """"X की ओर से दी गई धमकी" inside another clause: X made the threat, as "X द्वारा दी गई धमकी" would say."""
    evs = typed_events("भारत ने पाकिस्तान की ओर से दी गई धमकी की कड़ी निंदा की।", "THREATEN")
    assert evs
    assert any(a["role"] == "source" and a["entity_id"] == "country:pk" for a in evs[0]["actors"]), evs[0]["actors"]
