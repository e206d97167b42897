"""Names after a title or an office in BBC Hindi prose, session 28 (issue #16): a name closed by a focus
particle rather than a postposition, a name after a Shia cleric's rank, and bodies named before an English head
word written in Devanagari (काउंसिल, ऑर्गेनाइजेशन). Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def found(rec, text):
    return {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}


@pytest.mark.parametrize(("text", "name"), [
    ("बैठक में विपक्ष के नेता रमाकांत बेदी भी मौजूद थे ।", "रमाकांत बेदी"),
    ("समारोह में राजदूत तोमस वेलार ही मुख्य अतिथि थे ।", "तोमस वेलार"),
])
def test_a_name_after_an_office_may_end_at_a_focus_particle(rec, text, name):
    assert found(rec, text).get(name) == "PERSON", found(rec, text)


def test_a_clerics_rank_is_a_title_before_a_name(rec):
    text = "उस साल अयातुल्लाह हसन तकी फ़रज़ाद ने भाषण दिया ।"
    ms = found(rec, text)
    assert ms.get("हसन तकी फ़रज़ाद") == "PERSON", ms
    assert not any("अयातुल्लाह" in s for s in ms), ms


@pytest.mark.parametrize(("text", "name"), [
    ("स्थानीय लोगों ने ग्रीनवुड डिस्ट्रिक्ट काउंसिल में अपील की ।", "ग्रीनवुड डिस्ट्रिक्ट काउंसिल"),
    ("इंटरनेशनल एविएशन ऑर्गनाइज़ेशन ने बैठक बुलाई ।", "इंटरनेशनल एविएशन ऑर्गनाइज़ेशन"),
])
def test_an_english_head_word_written_in_devanagari_ends_a_bodys_name(rec, text, name):
    assert found(rec, text).get(name) == "ORG", found(rec, text)
