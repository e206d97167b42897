"""Actors of events (#15), session 21: a name governed by an event noun inside an adjunct phrase
("X पर हमले के बाद", "X से झड़प के दौरान") belongs to that noun, not to the clause's predicate."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, str]:
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert evs, [e["type"] for e in doc["events"]]
    return {a["entity_id"]: a["role"] for a in evs[0]["actors"]}


def test_the_victim_of_an_attack_told_in_an_adjunct_is_not_the_sanctions_target():
    doc = annotate_text("जॉर्जिया पर हमले को लेकर ब्रिटेन ने रूस पर नए प्रतिबंध लगाए हैं।", published="2024-05-02")
    roles = _actors(doc, "SANCTION")
    assert roles.get("country:ru") == "target", roles
    assert "country:ge" not in roles, roles


def test_the_adjunct_reading_needs_the_closing_postposition():
    # with no adjunct postposition after the noun, a पर phrase before the predicate stays its target
    doc = annotate_text("ब्रिटेन ने रूस पर कड़े प्रतिबंध लगाए हैं।", published="2024-05-02")
    assert _actors(doc, "SANCTION").get("country:ru") == "target"


def test_a_subject_in_ne_across_a_clause_break_is_another_verbs():
    # the administration tried to stop them, then the police used force: the police alone acted
    doc = annotate_text("किसानों ने सड़क जाम करने की कोशिश की तो प्रशासन ने उन्हें समझाने की कोशिश की लेकिन वे नहीं माने "
                        "जिसके बाद पुलिस ने लाठीचार्ज कर दिया।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert roles.get("agent:cop") == "source", roles
    assert not [e for e, r in roles.items() if r == "source" and e != "agent:cop"], roles


def test_subjects_joined_by_and_both_act():
    doc = annotate_text("भारत ने और जापान ने मिलकर उत्तर कोरिया की कड़ी निंदा की।", published="2024-05-02")
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:in") == "source" and roles.get("country:jp") == "source", roles


def test_an_office_apposed_to_an_unknown_name_is_not_the_home_holder():
    # "नेड" only begins like "ने": the spokesman is a named foreigner, not India
    doc = annotate_text("अमेरिका ने रूस पर प्रतिबंध लगाए। प्रवक्ता नेड प्राइस ने आरोप लगाया कि रूस यूक्रेन पर हमला कर रहा "
                        "है।", published="2024-05-02")  # fmt: skip
    assert "country:in" not in _actors(doc, "ACCUSE")
    # with a real postposition after it, a bare office is still the home country's holder
    home = annotate_text("प्रधानमंत्री ने कल जापान के प्रधानमंत्री से मुलाकात की।", published="2024-05-02")
    assert "country:in" in _actors(home, "CONSULT")
