"""Session 49, issue #15: an evaluation told with a copula (``lang/hi/predicates_more.tsv``, block
``# session 49 copula49``; docs/events/s49-copula49.md). "X ने कहा कि Y का यह कदम शर्मनाक है" is X's act toward
Y, read in the charge frame as the copula's blame of session 48: the one who says it the source, the copula's
subject, or the owner its genitive names, the target. Not held ("... शर्मनाक नहीं है") or with no one saying it
(a column's own judgement) it is none. Sentences written for these tests; the rules are checked with the precision
model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


def _roles(ev: dict) -> set[tuple[str, str]]:
    return {(a["role"], a["entity_id"]) for a in ev["actors"]}


@pytest.mark.parametrize(
    ("text", "typ", "mode", "source", "target"),
    [
        ("विदेश मंत्री एस जयशंकर ने कहा कि पाकिस्तान सरकार की यह चुप्पी शर्मनाक है।", "ACCUSE", "criticize",
         "person:s-jaishankar", "agent:gov:pk"),
        ("प्रधानमंत्री नरेंद्र मोदी ने कहा, 'मेहमानों के स्वागत के लिए जापान सरकार का आभार है।'", "SUPPORT", "praise",
         "person:narendra-modi", "agent:gov:jp"),
        ("विदेश मंत्री एस जयशंकर ने कहा कि पाकिस्तान का यह रवैया शर्मनाक है।", "ACCUSE", "criticize",
         "person:s-jaishankar", "country:pk"),
        ("विदेश मंत्रालय ने कहा कि चीन का यह कदम अस्वीकार्य है।", "REJECT", "reject", "org:mea", "country:cn"),
        ("अमेरिका ने कहा कि भारत का यह फैसला स्वागत योग्य है।", "SUPPORT", "praise", "country:us", "country:in"),
        ("अमेरिका ने कहा कि भारत की यह पहल सराहनीय है।", "SUPPORT", "praise", "country:us", "country:in"),
    ],
)
def test_an_evaluation_said_with_a_copula_is_the_speakers_act_toward_its_subjects_owner(
        rules_only, text: str, typ: str, mode: str, source: str, target: str) -> None:
    evs = [e for e in typed_events(text, typ) if e["mode"] == mode]
    assert evs, text
    assert {("source", source), ("target", target)} <= _roles(evs[0]), evs[0]["actors"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("विदेश मंत्री एस जयशंकर ने कहा कि पाकिस्तान सरकार की यह चुप्पी शर्मनाक नहीं है।", "ACCUSE"),  # not held
        ("पाकिस्तान सरकार की यह चुप्पी शर्मनाक है।", "ACCUSE"),  # no one says it: the column's own word
        ("भारत का यह फैसला स्वागत योग्य है।", "SUPPORT"),
    ],
)
def test_an_evaluation_with_a_copula_not_held_or_not_said_is_none(rules_only, text: str, typ: str) -> None:
    assert not typed_events(text, typ), text
