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
        ("तीन लैंडिंग क्राफ्ट यूटिलिटी (एलसीयू) बंदरगाह पहुंचे।", "लैंडिंग क्राफ्ट यूटिलिटी"),
    ]:
        assert words not in by_surface(rec, text), text
