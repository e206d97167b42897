"""Names that linking merged with another entity, session 27 (issue #16: no false merges): a longer name
built on a listed body or place by a head word of another kind (a plan, an area), a listed body with a
faction qualifier in brackets, and a word that names a party at home and a parliament abroad
(कांग्रेस). Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def ids(rec, text):
    return {text[m.start : m.end]: (m.label, m.entity_id) for m in linked_mentions(rec, text)}


def test_a_plan_named_after_a_listed_body_is_not_the_body(rec):
    text = "Officials said the country had finished every item of its FATF Action Plan by June."
    ms = ids(rec, text)
    assert "FATF Action Plan" in ms, ms
    assert ms["FATF Action Plan"][1] != "org:fatf", ms
    assert "FATF" not in ms, ms


def test_an_area_named_after_a_listed_city_is_not_the_city(rec):
    text = "Heavy rain flooded roads across the Greater Toronto Area on Monday, officials in Toronto said."
    ms = ids(rec, text)
    assert ms.get("Greater Toronto Area", ("", ""))[0] == "GPE", ms
    assert ms["Greater Toronto Area"][1] != ms["Toronto"][1], ms


def test_a_lower_case_area_after_a_city_leaves_the_city(rec):
    text = "Heavy rain flooded roads in the Toronto area on Monday."
    ms = ids(rec, text)
    assert ms.get("Toronto", ("", ""))[1] == "city:toronto", ms


@pytest.mark.parametrize(("text", "faction", "body"), [
    ("संयुक्त किसान मोर्चा (अराजनैतिक) और संयुक्त किसान मोर्चा ने अलग-अलग बैठकें कीं ।",
     "संयुक्त किसान मोर्चा (अराजनैतिक)", "संयुक्त किसान मोर्चा"),
    ("Leaders of the Samyukt Kisan Morcha (Non-Political) met the Samyukt Kisan Morcha on Friday.",
     "Samyukt Kisan Morcha (Non-Political)", "Samyukt Kisan Morcha"),
])
def test_a_listed_body_with_a_faction_in_brackets_is_another_body(rec, text, faction, body):
    ms = ids(rec, text)
    assert faction in ms, ms
    assert ms[body][1] == "org:skm", ms
    assert ms[faction][1] != "org:skm", ms


def test_a_listed_body_with_its_abbreviation_in_brackets_stays_itself(rec):
    text = "The Samyukt Kisan Morcha (SKM) called a strike on Friday."
    ms = ids(rec, text)
    assert ms.get("Samyukt Kisan Morcha", ("", ""))[1] == "org:skm", ms


def test_the_us_congress_named_by_its_demonym_is_the_us_parliament(rec):
    text = "अमेरिकी कांग्रेस ने रक्षा विधेयक पास किया । बाद में कांग्रेस ने बजट पर भी मतदान किया ।"
    ms = linked_mentions(rec, text)
    congress = [m.entity_id for m in ms if "कांग्रेस" in text[m.start : m.end]]
    assert congress == ["org:us-parliament", "org:us-parliament"], congress


def test_the_bare_word_beside_the_senate_is_the_us_parliament(rec):
    text = "सीनेट के नेताओं ने कहा कि कांग्रेस अगले हफ्ते इस विधेयक पर मतदान करेगी ।"
    assert ids(rec, text).get("कांग्रेस", ("", ""))[1] == "org:us-parliament", ids(rec, text)


@pytest.mark.parametrize("text", [
    "कांग्रेस ने अमेरिका के नए शुल्क पर सरकार से जवाब मांगा ।",
    # named as the party before the US body is named: the bare word after both stays the party
    "कांग्रेस पार्टी ने कहा कि अमेरिकी कांग्रेस का प्रस्ताव गलत है । कांग्रेस ने इसका विरोध किया ।",
    # the bare word before the US body is named stays the party
    "कांग्रेस ने सरकार से जवाब मांगा । अमेरिकी कांग्रेस में भी यह मुद्दा उठा ।",
])
def test_the_bare_word_elsewhere_is_the_indian_national_congress(rec, text):
    ms = linked_mentions(rec, text)
    bare = [m.entity_id for m in ms if text[m.start : m.end] == "कांग्रेस"]
    assert bare and set(bare) == {"org:inc"}, bare


@pytest.mark.parametrize(("text", "part", "body"), [
    ("कांग्रेस कार्य समिति ने कहा कि कांग्रेस चुनाव लड़ेगी ।", "कांग्रेस कार्य समिति", "org:inc"),
    ("नाटो परिषद की बैठक के बाद नाटो ने बयान दिया ।", "नाटो परिषद", "org:nato"),
])
def test_a_bodys_committee_named_after_it_is_another_body(rec, text, part, body):
    ms = linked_mentions(rec, text)
    got = {text[m.start : m.end]: m.entity_id for m in ms}
    assert part in got and got[part] != body, got
    assert body in got.values(), got


def test_a_listed_body_named_in_full_before_its_head_stays_listed(rec):
    text = "संयुक्त राष्ट्र सुरक्षा परिषद ने प्रस्ताव पास किया ।"
    assert ids(rec, text).get("संयुक्त राष्ट्र सुरक्षा परिषद", ("", ""))[1] == "org:unsc", ids(rec, text)


@pytest.mark.parametrize(("text", "name"), [
    ("नेपाली कांग्रेस के नेता काठमांडू पहुंचे ।", "नेपाली कांग्रेस"),
    ("राष्ट्रवादी कांग्रेस पार्टी ने बैठक बुलाई ।", "राष्ट्रवादी कांग्रेस पार्टी"),
    ("The Nepali Congress won two seats.", "Nepali Congress"),
])
def test_another_partys_name_holding_congress_is_not_the_indian_national_congress(rec, text, name):
    ms = ids(rec, text)
    assert name in ms and ms[name][1] != "org:inc", ms
    assert not any(eid == "org:inc" for _, eid in ms.values()), ms


def test_a_regional_forum_named_after_a_listed_body_is_not_the_body(rec):
    text = "The ASEAN Regional Forum met in Jakarta after the ASEAN summit."
    ms = ids(rec, text)
    assert "ASEAN Regional Forum" in ms and ms["ASEAN Regional Forum"][1] != "org:asean", ms


def test_a_headed_place_is_not_linked_by_the_sound_of_the_place_inside_it(rec):
    from sambandh.link import Linker
    from sambandh.model import Mention

    text = "टोरंटो एरिया में बारिश हुई ।"
    m = Mention(0, len("टोरंटो एरिया"), "GPE", "headed")
    Linker().link(text, [m], None)
    assert m.entity_id != "city:toronto", m
