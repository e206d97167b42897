"""Entity rules of session 30 (issue #16: names the accurate model keeps and the fast one missed on
unlabelled news): occupation and kin cues, common words under another spelling, bodies by their head
word. Sentences written for these tests."""

from conftest import linked_mentions


def labelled(rec, text):
    return [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]


def test_a_trust_or_a_tribunal_is_named_before_its_head_word(rec):
    text = "सरकार ने सेवाधाम ट्रस्ट की जमीन लौटा दी।"
    assert ("सेवाधाम ट्रस्ट", "ORG") in labelled(rec, text)


def test_a_news_agency_is_named_after_the_words_for_one(rec):
    text = "समाचार एजेंसी तोरवाली के अनुसार हमले में दो लोग घायल हुए।"
    assert ("तोरवाली", "ORG") in labelled(rec, text)
