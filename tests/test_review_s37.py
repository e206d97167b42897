"""Mends of the session 37 review: a place's name in a naming clause is no person, a record handed over
reads only within its own clause, an agreement in a headline has its sides as participants, कोई before a
number is "about", a town heard near a listed sound is told as such once the answers are full. Sentences
written for these tests."""

from __future__ import annotations

from conftest import linked_mentions, typed_events

from sambandh.annotate import annotate_records
from sambandh.config import Config
from sambandh.model import RawRecord


def test_the_name_of_a_village_in_a_naming_clause_is_no_person(rec):
    text = "उस गांव का नाम कुसुमी है। नए जिले का नाम सुहेलदेव है।"
    assert not [m for m in linked_mentions(rec, text) if m.label == "PERSON"]


def test_a_record_read_before_another_clause_does_not_undo_a_handing_over(rules_only):
    text = "जांच रिपोर्ट को पढ़ने के बाद पुलिस ने बच्चे को उसके परिजनों को सौंप दिया।"
    assert typed_events(text, "CONCEDE"), text


def test_an_agreement_in_a_headline_has_its_sides_as_participants():
    meta = {"title": "भारत और नेपाल ने सीमा पर सड़कें बनाने का संकल्प लिया", "published": "2024-05-02"}
    rec = RawRecord(source="t", data="दोनों देशों के अधिकारियों की बैठक काठमांडू में हुई।", kind="record", meta=meta)
    doc = next(iter(annotate_records([rec], Config.build())))
    assert isinstance(doc, dict)
    agree = [e for e in doc["events"] if e["type"] == "AGREE"]
    assert agree and {a["role"] for a in agree[0]["actors"]} == {"participant"}, agree


def test_koi_before_a_number_is_about_and_keeps_the_meeting(rules_only):
    text = "कोई दो हफ्ते पहले हुई बैठक में व्यापार पर बात हुई थी।"
    assert typed_events(text, "CONSULT"), text


def test_a_town_heard_near_a_listed_sound_is_told_so_when_the_answers_are_full():
    from sambandh.kb import load

    kb = load()
    kb.place_by_sound("मथुरा")  # builds the sound index
    kb._sound_answers.update({f"x{i}": (None, False) for i in range(100_000)})
    place = kb.place_by_sound("हमीरपूरा")
    assert place is not None and kb.heard_near("हमीरपूरा")
