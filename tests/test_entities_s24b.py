"""Entities on news from outlets outside our data, session 24 round 2 (issue #16): offices written
as abbreviations (पीएम, सीएम) stay out of names, a name after an office does not run past a listed
person's name, and a rank word before a country makes no new place. Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def people(rec, text):
    return {text[m.start : m.end]: m for m in linked_mentions(rec, text) if m.label == "PERSON"}


def test_an_abbreviated_office_is_no_part_of_a_listed_name(rec):
    text = "संसद के सत्र से पहले पीएम मोदी ने सभी दलों से बात की।"
    ms = people(rec, text)
    assert set(ms) == {"मोदी"}, ms
    m = ms["मोदी"]
    assert m.entity_id == "person:narendra-modi"
    assert text[m.title_start : m.title_end] == "पीएम"  # kept as the name's title


@pytest.mark.parametrize(("text", "name"), [
    ("राज्य की बैठक में सीएम हरिवंश ने किसानों की बात सुनी।", "हरिवंश"),
    ("सीएम गौतम ने पुल का उद्घाटन किया।", "गौतम"),  # the office tells that a name follows
    ("बाद में सीएम धामी ने सड़क का उद्घाटन किया।", "धामी"),
])
def test_an_abbreviated_office_is_no_part_of_a_new_name(rec, text, name):
    ms = people(rec, text)
    assert set(ms) == {name}, ms


def test_a_name_after_an_office_stops_at_a_listed_persons_name(rec):
    # the words after the listed name are no part of it: no new person "मोदी विमान"
    text = "पीएम मोदी विमान से जापान पहुंचे। प्रधानमंत्री मोदी बस से होटल गए।"
    ms = [m for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert [text[m.start : m.end] for m in ms] == ["मोदी", "मोदी"]
    assert {m.entity_id for m in ms} == {"person:narendra-modi"}


def test_a_rank_word_and_a_country_make_no_new_place(rec):
    text = "पूर्व पाकिस्तान कप्तान ने युवा खिलाड़ियों की तारीफ की।"
    ms = linked_mentions(rec, text)
    places = {text[m.start : m.end]: m.entity_id for m in ms if m.label in ("GPE", "LOC")}
    assert places == {"पाकिस्तान": "country:pk"}, places


def test_a_direction_before_a_listed_region_is_still_read(rec):
    # the rank rule leaves the listed "पूर्वी पाकिस्तान" (East Pakistan) alone
    text = "सन 1971 में पूर्वी पाकिस्तान में लोग सड़कों पर उतरे।"
    ms = linked_mentions(rec, text)
    assert any(text[m.start : m.end] == "पूर्वी पाकिस्तान" for m in ms)


@pytest.mark.parametrize(("text", "name"), [
    ("मैच के बाद कप्तान कुलविंदर ने टीम की तारीफ की।", "कुलविंदर"),
    ("राज्य के डीजीपी हरनाम ढिल्लों ने बयान जारी किया।", "हरनाम ढिल्लों"),
])
def test_a_captain_or_a_police_chief_is_followed_by_a_name(rec, text, name):
    assert name in people(rec, text), people(rec, text)
