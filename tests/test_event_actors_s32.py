"""Actors of events (#15), classes sorted on sets 11-13 and the dev halves in session 32: the owner of
what an attack falls on, told with a modifier before the owned thing, is the attack's target.
"""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, str]:
    (ev,) = [e for e in doc["events"] if e["type"] == typ]
    return {a["entity_id"]: a["role"] for a in ev["actors"]}


def test_the_owner_of_a_thing_told_in_two_words_is_the_target_of_an_attack_on_it():
    doc = annotate_text("चीन ने नेपाल की सीमा चौकी पर हमला किया।", published="2024-05-02")
    roles = _actors(doc, "ASSAULT")
    assert roles.get("country:cn") == "source", roles
    assert roles.get("country:np") == "target", roles
    doc = annotate_text("कल रात अमेरिका के सैन्य ठिकानों पर ईरान ने मिसाइल हमला किया।", published="2024-05-02")
    roles = _actors(doc, "ASSAULT")
    assert roles.get("country:us") == "target", roles


def test_an_owner_in_a_genitive_chain_owns_the_middle_noun_not_what_is_criticised():
    doc = annotate_text("मालदीव के एक मंत्री ने भारत के पर्यटन क्षेत्र की सुविधाओं पर टिप्पणी की।", published="2024-05-02")
    roles = [a for e in doc["events"] if e["type"] == "ACCUSE" for a in e["actors"]]
    assert not any(a["entity_id"] == "country:in" and a["role"] == "target" for a in roles), roles


def test_a_genitive_pronoun_owning_what_is_struck_is_the_target_not_the_doer():
    doc = annotate_text("इमरान खान ने लाहौर में रैली की। उनकी कार पर हमला किया गया।", published="2024-05-02")
    roles = _actors(doc, "ASSAULT")
    assert roles.get("person:imran-khan") == "target", roles


def test_a_genitive_pronoun_is_never_the_subject_of_its_own_clause():
    doc = annotate_text("जयशंकर ने वांग यी से मुलाकात की। जयशंकर ने कहा कि मैं उनके समर्थन की सराहना करता हूं।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "SUPPORT")
    assert roles.get("person:s-jaishankar") == "source", roles
    assert roles.get("person:wang-yi") == "target", roles
