"""Entity rules of session 35 (issue #16; written beside the student NER model, kept with the shipped one):
rules that held only where the model read nothing now hold over the names it reads. The model's names are given
(``model_reads``), so these test the rules, not a set of weights. Sentences written for these tests."""

from conftest import linked_mentions


def test_a_postposition_read_into_a_listed_name_is_no_part_of_it(rec, model_reads):
    text = "प्रधानमंत्री ने बैठक के बाद राष्ट्रपति को पुतिन का पत्र सौंपा।"
    model_reads(("को पुतिन", "PERSON"))
    got = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text) if m.label == "PERSON"}
    assert got == {"पुतिन": "person:vladimir-putin"}, got


def test_a_demonym_before_its_noun_is_no_part_of_a_persons_name(rec, model_reads):
    text = "पुलिस के मुताबिक रमेश पाकिस्तानी खुफिया एजेंसी के संपर्क में था। रमेश को जेल भेजा गया।"
    model_reads(("रमेश पाकिस्तानी", "PERSON"), ("रमेश", "PERSON"))
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == ["रमेश", "रमेश"], people


def test_a_surname_the_model_read_beside_a_listed_place_is_the_persons(rec, model_reads):
    text = "आरजू देउबा राणा ने जिनेवा में भाषण दिया। बाद में राणा काठमांडू लौट गईं।"
    model_reads(("आरजू देउबा राणा", "PERSON"), ("राणा काठमांडू", "LOC"))
    got = [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text)]
    assert ("राणा", "person:arzu-rana-deuba") in got and ("काठमांडू", "city:kathmandu") in got, got


def test_a_weak_listed_name_needs_the_model_to_read_a_name_of_its_kind(rec, model_reads):
    text = "Class X students took the exam."
    model_reads(("Class X", "PERSON"))
    assert "org:x-social" not in {m.entity_id for m in linked_mentions(rec, text)}
    text = "The minister wrote a long post on X yesterday."
    model_reads(("X", "ORG"))
    assert "org:x-social" in {m.entity_id for m in linked_mentions(rec, text)}
