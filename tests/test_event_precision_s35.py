"""Spurious events by class (issue #15, session 35): an act named as the topic of talks, or as what was stressed, is
no act told (``modality.tsv`` ``unreal`` rows). Sentences written for these tests; the rules are checked with the
precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events

_TOPIC = "भारत और जापान के विदेश मंत्रियों ने आपसी सहयोग बढ़ाने के मुद्दों पर चर्चा की।"
_STRESSED = "भारत और फ्रांस के विदेश मंत्रियों ने बातचीत की, जिसमें आपसी सहयोग बढ़ाने पर जोर दिया गया।"


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
