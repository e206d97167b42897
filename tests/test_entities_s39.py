"""Entities and links, session 39 (issue #16: entities on outlets never seen); sentences written for these tests."""

from conftest import linked_mentions


def by_surface(rec, text):
    return {text[m.start : m.end]: m for m in linked_mentions(rec, text)}


def test_an_unlisted_acronym_in_brackets_after_a_body_s_head_word_defines_the_body(rec):
    text = ("जिले की त्वरित कार्रवाई ग्रुप (टीकेजी) ने गांव में छापा मारा। बाद में टीकेजी के जवान लौट आए।")
    ms = linked_mentions(rec, text)
    got = {text[m.start : m.end]: m for m in ms}
    assert got["त्वरित कार्रवाई ग्रुप"].label == "ORG"
    uses = [m for m in ms if text[m.start : m.end] == "टीकेजी"]
    assert len(uses) == 2
    assert {m.entity_id for m in uses} == {got["त्वरित कार्रवाई ग्रुप"].entity_id}
    # the acronym before its name spelled out in brackets
    text = "मामले की जांच एसजेएम (संयुक्त जांच मोर्चा) को सौंपी गई।"
    got = by_surface(rec, text)
    assert got["एसजेएम"].entity_id == got["संयुक्त जांच मोर्चा"].entity_id


def test_an_office_or_a_kind_of_thing_before_its_acronym_is_no_body(rec):
    # their words' initials spell the acronym too, but no head word of a body ends them
    for text, words in [
        ("सरकार ने अपने मुख्य सूचना अधिकारी (एमएसए) को बुलाया।", "मुख्य सूचना अधिकारी"),
        ("उसने दर्ज कराई गई प्रथम सूचना रिपोर्ट (एफआईआर) में कहा।", "प्रथम सूचना रिपोर्ट"),
        ("वायुसेना को दो लाइट कॉम्बैट एयरक्राफ्ट (एलसीए) और मिले।", "लाइट कॉम्बैट एयरक्राफ्ट"),
    ]:
        assert words not in by_surface(rec, text), text


def test_a_name_after_a_two_word_office_or_a_crime_news_calling_is_a_person(rec):
    # the office's last word between its cue and the name; "समेत" closes the name as a postposition does
    text = "बैठक को नेता प्रतिपक्ष हरिओम तिवारी समेत चार पार्षदों ने संबोधित किया।"
    people = {text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"}
    assert "हरिओम तिवारी" in people
    for text, name in [
        ("पुलिस ने संदिग्ध कैडर थांगलम लालरिन को हिरासत में लिया।", "थांगलम लालरिन"),
        ("पुलिस ने मोस्ट वांटेड क्रिमिनल मोफिजुल हकदार को रात में पकड़ा।", "मोफिजुल हकदार"),
    ]:
        people = {text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"}
        assert name in people, text
    # such a calling before everyday words names no one
    text = "अपराधी तत्वों पर नजर है और बदमाश बाइक से भागे।"
    assert not [m for m in linked_mentions(rec, text) if m.label == "PERSON"]


def test_a_ridge_and_a_circle_are_named_before_their_word(rec):
    text = "हथियार लांगोल रिज के पास मिले।"
    assert by_surface(rec, text)["लांगोल रिज"].label == "LOC"
    text = "कार्यकर्ता अंबेडकर सर्किल पर पहुंचे।"
    assert by_surface(rec, text)["अंबेडकर सर्किल"].label == "FAC"


def test_a_fort_named_before_its_word_in_the_oblique_is_a_facility(rec):
    text = "उन्होंने पुराने किले के पास आगरा किले से झंडा फहराया।"
    got = by_surface(rec, text)
    assert got["आगरा किले"].label == "FAC"
