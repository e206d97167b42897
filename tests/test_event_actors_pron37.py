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
    doc = annotate_text("पार्षद करण वर्मा को पुलिस ने रास्ते में ही हिरासत में ले लिया, जब वे कुछ कार्यकर्ताओं के साथ "
                        "नगर निगम दफ्तर का घेराव करने निकले थे।", published="2024-05-02")  # fmt: skip
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


def test_a_plural_pronoun_after_a_group_told_as_an_object_is_that_group():
    doc = annotate_text("पाकिस्तानी नौसेना ने समुद्री सीमा के पास 11 मछुआरों को पकड़ लिया. बाद में उनकी दो नौकाएं भी "
                        "जब्त कर ली गईं.", published="2024-05-02")  # fmt: skip
    roles = [a for e in doc["events"] if e["mode"] == "seize" for a in e["actors"]]
    assert any(a["entity_id"].startswith("agent:cvl") and a["role"] == "target" for a in roles), roles


def test_a_subject_pronoun_after_a_group_told_in_the_dative_of_its_sentence_is_that_group():
    doc = annotate_text("एक अफसर के मुताबिक सुरक्षाबलों को जंगल में हथियारबंद उग्रवादियों के छिपे होने की खबर मिली थी "
                        "जिसके बाद उन्होंने पूरे क्षेत्र की घेराबंदी कर दी।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert roles.get("agent:cop") == "source", roles


def test_a_place_named_after_the_group_does_not_stand_for_a_plural_pronoun():
    doc = annotate_text("एक अफसर के मुताबिक सुरक्षाबलों को कुपवाड़ा के जंगल में हथियारबंद उग्रवादियों के छिपे होने की खबर "
                        "मिली थी जिसके बाद उन्होंने पूरे क्षेत्र की घेराबंदी कर दी।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert any(e.startswith("agent:cop") and r == "source" for e, r in roles.items()), roles
