"""Retellings (issue #15, session 38): one act told again found as two events. Sentences written for these
tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

from conftest import typed_events

_QUAD = ("अमेरिका और चीन के बीच तनाव बढ़ रहा है। विदेश मंत्री एस जयशंकर टोक्यो में क्वाड देशों के विदेश मंत्रियों की "
         "बैठक में शामिल हुए। ")


def test_a_meeting_told_again_at_its_place_with_no_side_named_is_one_meeting(rules_only):
    # "टोक्यो में हुई बैठक" names no side: the article's pair of countries the coder gives it by default says nothing
    # about which meeting it is; at the place the first telling names, it is that meeting, and keeps its named side
    meetings = typed_events(_QUAD + "टोक्यो में हुई बैठक के बाद मंत्रियों ने साझा बयान जारी किया।", "CONSULT")
    assert len(meetings) == 1, meetings
    assert len(meetings[0]["evidence"]) == 2
    assert [a["entity_id"] for a in meetings[0]["actors"]] == ["person:s-jaishankar"]


def test_a_meeting_with_no_side_named_at_another_place_stays_apart(rules_only):
    meetings = typed_events(_QUAD + "सियोल में हुई बैठक के बाद मंत्रियों ने साझा बयान जारी किया।", "CONSULT")
    assert len(meetings) == 2, meetings
