"""Entities on news from outlets outside our data, session 24 (issue #16): named events after a
listed place or body, compass regions; sentences written for these tests."""

from conftest import linked_mentions


def found(rec, text):
    mentions = linked_mentions(rec, text)
    return {text[m.start : m.end]: m for m in mentions}


def test_a_declaration_named_after_a_city_is_one_event_not_the_city(rec):
    text = "सभी देशों ने मुंबई घोषणा को अपनाया। बाद में मुंबई में बैठक हुई।"
    ms = found(rec, text)
    assert ms["मुंबई घोषणा"].label == "EVENT"
    assert ms["मुंबई"].entity_id == "city:mumbai"  # the city named on its own stays the city


def test_an_announcement_after_other_words_is_no_event(rec):
    for text in ("सरकार की घोषणा के बाद किसानों ने धरना खत्म किया।",
                 "पार्टी प्रवक्ता रमेश तिवारी घोषणा करेंगे।"):  # a person's name before the word makes no event
        assert not any(m.label == "EVENT" for m in found(rec, text).values()), text


def test_leaders_between_a_city_and_its_declaration_stay_in_the_event(rec):
    ms = found(rec, "बैठक के अंत में कोलंबो नेता घोषणापत्र जारी हुआ।")
    assert ms["कोलंबो नेता घोषणापत्र"].label == "EVENT"
    assert "कोलंबो" not in ms


def test_leaders_between_a_body_and_its_summit_stay_in_the_event(rec):
    ms = found(rec, "इस साल यूरोपीय संघ नेता सम्मेलन जकार्ता में होगा।")
    assert ms["यूरोपीय संघ नेता सम्मेलन"].label == "EVENT"
    assert "यूरोपीय संघ" not in ms


def test_a_dialogue_named_after_two_countries_is_one_event(rec):
    text = "The ministers met at the first Japan-India Foreign Ministers' Dialogue in Tokyo. Japan hosted it."
    ms = found(rec, text)
    assert ms["Japan-India Foreign Ministers' Dialogue"].label == "EVENT"
    assert ms["Japan"].entity_id == "country:jp"


def test_a_dialogue_in_lower_case_is_no_name(rec):
    ms = found(rec, "Japan-India dialogue on trade went on for hours.")
    assert not any(m.label == "EVENT" for m in ms.values())


def test_a_compass_word_before_a_country_can_name_a_place_of_its_own(rec):
    text = "1971 की लड़ाई के बाद पूर्वी पाकिस्तान आज़ाद हुआ, जबकि पश्चिमी पाकिस्तान में सेना का राज रहा।"
    ms = found(rec, text)
    assert ms["पूर्वी पाकिस्तान"].entity_id == "region:east-pakistan"
    assert ms["पश्चिमी पाकिस्तान"].entity_id == "region:west-pakistan"
    assert not any(m.entity_id == "country:pk" for m in ms.values())
    ms = found(rec, "Refugees from East Pakistan crossed into India; East Germany was not yet free.")
    assert ms["East Pakistan"].entity_id == "region:east-pakistan"
    assert ms["East Germany"].entity_id == "region:east-germany"


def test_a_compass_word_before_another_country_is_a_part_of_it(rec):
    ms = found(rec, "पूर्वी अफगानिस्तान में भूकंप से कई गांव ढह गए।")
    assert [m.entity_id for m in ms.values()] == ["country:af"]
