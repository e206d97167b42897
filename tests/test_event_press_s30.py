"""Talking to a medium is an interview, no meeting; speaking with someone is a talk (issue #15, session 30).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _consults(text: str) -> list[dict]:
    return [e for e in annotate_text(text)["events"] if e["type"] == "CONSULT"]


@pytest.mark.parametrize("text", [
    "नेपाल के गृह मंत्री ने समाचार एजेंसी एएफ़पी से बात करते हुए कहा कि सीमा पर शांति है।",
    "The Nepali home minister spoke to the news agency AFP about the border on Monday.",
    "The Nepali home minister spoke to reporters about the border on Monday.",
])
def test_talking_to_a_medium_is_no_meeting(text):
    assert _consults(text) == []


@pytest.mark.parametrize(("text", "other"), [
    ("Prachanda spoke with Narendra Modi over the phone on Sunday.", "person:narendra-modi"),
    ("Jaishankar talked to his Chinese counterpart Wang Yi on Friday.", "person:wang-yi"),
])
def test_speaking_with_someone_is_a_talk(text, other):
    evs = _consults(text)
    assert evs, text
    assert other in {a["entity_id"] for a in evs[0]["actors"]}
