"""English verbs of crowd violence and its policing (session 26): assault, storm, push back, disperse."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Two men assaulted a traffic constable near the bridge.", "assaulted", ("ASSAULT", "attack")),
        ("A group tried to storm the district office on Monday.", "storm", ("ASSAULT", "attack")),
        ("The police pushed back the marchers at the border.", "pushed back", ("COERCE", "operation")),
        ("Police dispersed the crowd outside the assembly.", "dispersed", ("COERCE", "operation")),
    ],
)
def test_the_verb_is_read_with_its_type(sentence: str, words: str, kind: tuple[str, str]):
    found = [(w, (m.entry.type, m.entry.mode)) for w, m in predicates_in(sentence, "en")]
    assert (words, kind) in found, found


def test_a_storm_of_weather_is_no_attack():
    found = [w for w, _ in predicates_in("A storm hit the coast and the rain went on for hours.", "en")]
    assert "storm" not in found, found


def test_the_police_who_disperse_a_crowd_are_its_doers():
    doc = annotate_text("The Delhi police dispersed the protesters near the parliament on Tuesday.",
                        published="2024-03-06", language="en")  # fmt: skip
    ev = [e for e in doc["events"] if e["type"] == "COERCE"]
    assert ev, doc["events"]
    roles = {a["role"] for a in ev[0]["actors"]}
    assert "source" in roles and "target" in roles, ev[0]["actors"]
