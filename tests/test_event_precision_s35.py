"""Spurious events by class (issue #15, session 35): an act named as the topic of talks, or as what was stressed, is
no act told (``modality.tsv`` ``unreal`` rows). Sentences written for these tests; the rules are checked with the
precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events

_TOPIC = "नेपाल और भूटान के गृह मंत्रियों ने सीमा पर सहयोग बढ़ाने के मुद्दों पर बातचीत की।"
_STRESSED = "नेपाल और बांग्लादेश के नेताओं ने बातचीत की, जिसमें ऊर्जा क्षेत्र में सहयोग बढ़ाने पर ज़ोर दिया गया।"


@pytest.mark.parametrize(("text", "typ"), [
    (_TOPIC, "COOPERATE"),
    ("भारत और चीन की सेनाओं के कमांडरों ने सीमा पर सैनिकों को तैनात करने के विषय पर बातचीत की।", "MOBILIZE"),
    (_STRESSED, "COOPERATE"),
])
def test_an_act_named_as_a_topic_or_as_what_was_stressed_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize("text", [_TOPIC, _STRESSED])
def test_the_talks_about_it_stay(rules_only, text):
    assert typed_events(text, "CONSULT"), text


@pytest.mark.parametrize(("text", "typ"), [
    ("संसद हमले के आरोपी को कनाडा से भारत लाया गया।", "ASSAULT"),
    ("भारत ने पठानकोट हमले के मास्टरमाइंड को सौंपने की मांग की।", "ASSAULT"),
    ("पुलिस ने दूतावास पर हमले की साज़िश रचने वाले दो लोगों को गिरफ्तार किया।", "ASSAULT"),
])
def test_an_act_named_as_a_charge_or_a_plot_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("भारत ने पठानकोट हमले के मास्टरमाइंड को सौंपने की मांग की।", "REQUEST"),
    ("आतंकियों ने मुंबई के एक होटल पर हमला किया।", "ASSAULT"),
])
def test_the_act_done_to_the_accused_and_a_told_attack_stay(rules_only, text, typ):
    assert typed_events(text, typ), text


@pytest.mark.parametrize(("text", "typ"), [
    ("अमेरिका ने भारत पर और प्रतिबंध लगाने की चेतावनी दी है।", "SANCTION"),
    ("चीन ने ताइवान पर हमला करने की धमकी दी।", "ASSAULT"),
])
def test_the_content_of_a_threat_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []
    assert typed_events(text, "THREATEN"), text  # the threat stays


def test_the_act_threatened_lends_the_threat_its_target_before_it_goes(rules_only):
    threats = typed_events("अमेरिका ने चीनी कारों पर 40 फीसदी टैरिफ लगाने की धमकी दी।", "THREATEN")
    assert [(a["role"], a["entity_id"]) for a in threats[0]["actors"] if a["role"] == "target"] == [
        ("target", "country:cn")], threats
    assert typed_events("अमेरिका ने चीनी कारों पर 40 फीसदी टैरिफ लगाने की धमकी दी।", "SANCTION") == []
