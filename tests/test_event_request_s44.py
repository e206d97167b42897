"""Requests of session 44 (docs/events.md, "A demand is a REQUEST"). A request whose content is that an act not be
done keeps that negation in its CAMEO code (the request itself is made, so it is not negated: ``events/state.py``
``_REFRAIN_CAMEO``). Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _events(text: str) -> list[dict]:
    return annotate_text(text, published="2024-05-02")["events"]


def _roles(ev: dict) -> set[tuple[str, str]]:
    return {(a["role"], a["entity_id"]) for a in ev["actors"]}


@pytest.mark.parametrize(("text", "cameo"), [
    # a duty not to act a speaker states: a demand that the target refrain
    ("मौलाना ने कहा कि सरकार को विदेशी दबाव में छात्रों को गिरफ्तार नहीं करना चाहिए।", "105"),
    # the same duty stated without the negation: a plain demand
    ("मौलाना ने कहा कि सरकार को विदेशी दबाव में छात्रों को गिरफ्तार करना चाहिए।", "100"),
])
def test_a_negated_duty_keeps_its_negation_in_the_cameo(rules_only, text, cameo):
    events = _events(text)
    (req,) = [e for e in events if e["type"] == "REQUEST"]
    assert req["mode"] == "demand" and req["cameo"] == cameo
    assert req["negated"] is False and req["modality"] == "occurred"  # the demand is made
    assert not [e for e in events if e["type"] == "COERCE"]


@pytest.mark.parametrize(("text", "cameo"), [
    ("संगठन ने सरकार से प्रदर्शनकारियों को गिरफ्तार न करने की अपील की।", "025"),
    ("संगठन ने सरकार से प्रदर्शनकारियों को गिरफ्तार करने की अपील की।", "020"),
])
def test_a_request_not_to_act_keeps_its_negation_in_the_cameo(rules_only, text, cameo):
    events = _events(text)
    assert [e["type"] for e in events] == ["REQUEST"]
    assert events[0]["cameo"] == cameo and events[0]["negated"] is False


def test_an_order_given_is_still_a_request(rules_only):
    (req,) = [e for e in _events("जिलाधिकारी ने घटना की जांच के आदेश दिए हैं।") if e["type"] == "REQUEST"]
    assert req["mode"] == "demand"
