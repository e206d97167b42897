"""Actors of events (#15) told by a pronoun, classes sorted on the write sets in session 37: a subject
pronoun heading a clause of its own (जब वे, क्योंकि उन्होंने) is the person its sentence named before it in
another case, not the one acting in the clause before.
"""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, str]:
    (ev,) = [e for e in doc["events"] if e["type"] == typ]
    return {a["entity_id"]: a["role"] for a in ev["actors"]}


def test_a_pronoun_after_when_is_the_person_held_in_the_clause_before():
    doc = annotate_text("विधायक अजय सिंह को पुलिस ने उस समय हिरासत में ले लिया, जब वे अपने समर्थकों के साथ "
                        "दूतावास का घेराव करने जा रहे थे।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "PROTEST")
    assert "agent:cop" not in roles, roles
    assert any(e.startswith(("person:", "new:person:")) and r == "source" for e, r in roles.items()), roles


def test_a_pronoun_after_because_is_the_person_an_act_was_against():
    doc = annotate_text("सरकार ने कहा कि यह कार्रवाई राष्ट्रपति अजय सिंह के खिलाफ है, क्योंकि उन्होंने समझौते को "
                        "मानने से इनकार किया था।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "REJECT")
    assert any(e.startswith(("person:", "new:person:")) and r == "source" for e, r in roles.items()), roles


def test_a_pronoun_opening_what_a_speaker_says_in_the_present_is_the_speaker():
    doc = annotate_text("नेता अमित सिंह कहते हैं कि वह सरकार से बातचीत करेंगे।", published="2024-05-02")
    roles = _actors(doc, "CONSULT")
    assert any(e.startswith(("person:", "new:person:")) for e in roles), roles
