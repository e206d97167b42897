"""Session 48, issue #15: blame told with a copula (``lang/hi/predicates_more.tsv``, block ``# session 48 miss48c``;
docs/events/s48-miss48c.md). "X ... के लिए जिम्मेदार है" in what someone says is that speaker's accusation of X
(the charge frame: the copula's subject the target, the one who says it the source); not held ("जिम्मेदार नहीं
है") or with no one saying it (a description, a duty one owns) it is none. The one who says it may be the one
according to whom the clause is told ("X के अनुसार", "उनके मुताबिक"; words.tsv ``according_to``).
Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


def _blames(text: str) -> list[dict]:
    return [e for e in typed_events(text, "ACCUSE") if e["mode"] == "accuse"]


def test_blame_said_with_a_copula_is_the_speakers_accusation(rules_only) -> None:
    text = "रक्षा मंत्री ने कहा कि सीमा पर हुई गोलीबारी के लिए पाकिस्तान जिम्मेदार है।"
    evs = _blames(text)
    assert evs, text
    roles = {(a["role"], a["entity_id"]) for a in evs[0]["actors"]}
    assert ("target", "country:pk") in roles and any(r == "source" for r, _ in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "रक्षा मंत्री ने कहा कि सीमा पर हुई गोलीबारी के लिए पाकिस्तान जिम्मेदार नहीं है।",  # not held
        "यह संगठन पिछले साल के कई हमलों के लिए जिम्मेदार है।",  # a description: no one says it
        "अमेरिका ने कहा कि वह अपने सहयोगियों की सुरक्षा के लिए जिम्मेदार है।",  # a duty one owns
    ],
)
def test_copula_blame_not_held_or_not_said_is_none(rules_only, text: str) -> None:
    assert not _blames(text), text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "X के अनुसार": the one whose word the clause gives
        ("विदेश मंत्री एस जयशंकर के अनुसार सीमा पर हुए हमले के लिए पाकिस्तान जिम्मेदार है।", "person:s-jaishankar"),
        # "उनके मुताबिक": a person named before the pronoun in its sentence
        ("विदेश मंत्री एस जयशंकर को मानना पड़ा कि सीमा पर हालत खराब है, लेकिन उनके मुताबिक इसके लिए चीन जिम्मेदार है।",
         "person:s-jaishankar"),
    ],
)
def test_the_one_according_to_whom_blame_is_told_is_its_source(rules_only, text: str, speaker: str) -> None:
    evs = _blames(text)
    assert evs, text
    assert ("source", speaker) in {(a["role"], a["entity_id"]) for a in evs[0]["actors"]}, evs[0]["actors"]
