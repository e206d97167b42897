"""Entities on news from outlets outside our data, session 26 (issue #16): bodies, laws, wars, weapons
and places Indian foreign and defence news names (knowledge-base rows), a country's institution after
its Latin initials ("US Navy"), a consulate, and a listed place's police and high court as bodies.
Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def found(rec, text):
    return {text[m.start : m.end]: (m.label, m.entity_id) for m in linked_mentions(rec, text)}


@pytest.mark.parametrize(("text", "surface", "label", "eid"), [
    ("अल-कायदा से जुड़े दो लोगों को जांच एजेंसी ने पकड़ा।", "अल-कायदा", "ORG", "org:al-qaeda"),
    ("रक्षा अधिग्रहण परिषद (डीएसी) ने नई पनडुब्बियों की खरीद मंजूर की।", "डीएसी", "ORG", "org:dac"),
    ("इस परीक्षण की निगरानी सामरिक बल कमान ने की।", "सामरिक बल कमान", "ORG", "org:sfc"),
    ("सरकार ने राज्यसभा में विधेयक रखा।", "राज्यसभा", "ORG", "org:rajya-sabha"),
    ("Supporters of SFJ gathered outside the hall.", "SFJ", "ORG", "org:sfj"),
    ("The IDF said its jets struck two depots.", "IDF", "ORG", "org:idf"),
    ("The Foreign Office in Islamabad issued a statement.", "Foreign Office", "ORG", "org:pk-fo"),
    ("याचिकाकर्ताओं ने सीएए पर रोक की मांग की।", "सीएए", "TREATY", "treaty:caa"),
    ("करगिल युद्ध के बाद सेना ने नई चौकियां बनाईं।", "करगिल युद्ध", "EVENT", "event:kargil-war"),
    ("ओडिशा तट से अग्नि प्राइम मिसाइल दागी गई।", "अग्नि प्राइम", "WEAPON", "weapon:agni-prime"),
    ("चुशूल में दोनों सेनाओं के कमांडर मिले।", "चुशूल", "GPE", "city:chushul"),
    ("The fishermen were held near Dhanushkodi.", "Dhanushkodi", "GPE", "city:dhanushkodi"),
])
def test_listed_bodies_laws_events_weapons_and_places(rec, text, surface, label, eid):
    assert found(rec, text).get(surface) == (label, eid), found(rec, text)


@pytest.mark.parametrize(("text", "surface", "eid"), [
    ("The US Navy sent two ships.", "US Navy", "org:us-navy"),
    ("The UK Parliament debated the bill.", "UK Parliament", "org:gb-parliament"),
])
def test_an_institution_after_a_countrys_latin_initials(rec, text, surface, eid):
    assert found(rec, text).get(surface) == ("ORG", eid), found(rec, text)


@pytest.mark.parametrize(("text", "surface"), [
    ("लोग भारतीय वाणिज्य दूतावास के बाहर जमा हुए।", "भारतीय वाणिज्य दूतावास"),
    ("A crowd gathered outside the Indian consulate on Friday.", "Indian consulate"),
])
def test_a_consulate_is_its_countrys_body(rec, text, surface):
    assert found(rec, text).get(surface) == ("ORG", "org:in-consulate"), found(rec, text)


def test_a_listed_places_police_and_high_court_are_bodies(rec):
    text = "The Delhi High Court heard the plea. He was held by Manipur police last week."
    ms = found(rec, text)
    assert ms.get("Delhi High Court", ("",))[0] == "ORG", ms
    assert ms.get("Manipur police", ("",))[0] == "ORG", ms
    assert "Delhi" not in ms and "Manipur" not in ms, ms


def test_police_after_a_word_that_is_no_listed_place_is_no_body(rec):
    text = "Marine police questioned the crew of the boat."
    ms = found(rec, text)
    assert not any("police" in s for s in ms), ms


def test_a_full_stop_ends_the_name_before_a_head(rec):
    text = "The march went on in Delhi. Toronto Police stood by the barricades."
    ms = found(rec, text)
    assert ms.get("Toronto Police", ("",))[0] == "ORG", ms
    assert not any(". " in s for s in ms), ms


@pytest.mark.parametrize(("text", "name"), [
    ("Counsel for activist Rohan Mehrotra argued the case.", "Rohan Mehrotra"),
    ("Posters of the group's leader Gurnam Singh Sandhu were carried.", "Gurnam Singh Sandhu"),
])
def test_an_english_calling_is_followed_by_a_name(rec, text, name):
    ms = found(rec, text)
    assert ms.get(name, ("",))[0] == "PERSON", ms


def test_a_calling_before_a_lower_case_word_makes_no_name(rec):
    ms = found(rec, "The leader of the House spoke first.")
    assert not any(label == "PERSON" for label, _ in ms.values()), ms


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("सुबह पंजाब पुलिस ने दो लोगों को हिरासत में लिया।", "पंजाब पुलिस", "ORG"),
    ("छात्र दिल्ली पुलिस मुख्यालय के बाहर जमा हुए।", "दिल्ली पुलिस मुख्यालय", "FAC"),
    ("They marched to Delhi Police Headquarters at noon.", "Delhi Police Headquarters", "FAC"),
])
def test_a_listed_places_police_is_a_body_and_its_headquarters_a_facility(rec, text, surface, label):
    ms = found(rec, text)
    assert ms.get(surface, ("",))[0] == label, ms


def test_an_unlisted_towns_police_still_names_the_town(rec):
    text = "कल रामनगला पुलिस ने गांव में गश्त की।"
    ms = found(rec, text)
    assert not any(label == "ORG" for label, _ in ms.values()), ms


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("जवान शिपकी दर्रे पर तैनात हैं।", "शिपकी दर्रे", "LOC"),
    ("नाव रामेश्वरम के पास एक छोटे मरकुंडी द्वीप पर रुकी।", "मरकुंडी द्वीप", "LOC"),
    ("Herders crossed the Kelmora Pass at dawn.", "Kelmora Pass", "LOC"),
    ("A crowd gathered on Bloor Street after the match.", "Bloor Street", "FAC"),
])
def test_a_pass_an_island_and_a_street_are_named_before_their_word(rec, text, surface, label):
    ms = found(rec, text)
    assert ms.get(surface, ("",))[0] == label, ms


def test_a_lower_case_word_before_pass_is_no_name(rec):
    ms = found(rec, "He showed his boarding pass at the gate.")
    assert not ms, ms


def test_a_town_name_written_apart_is_also_found_joined(rec):
    text = "मुजफ्फरनगर में कल एक बैठक हुई।"  # listed as "मुज़फ़्फ़र नगर"
    assert found(rec, text).get("मुजफ्फरनगर") == ("GPE", "city:muzaffarnagar"), found(rec, text)


def test_joined_forms_only_for_two_words_ending_in_a_listed_ending():
    from sambandh.kb import _joined_forms

    assert _joined_forms(["रामू नगर"]) == ("रामूनगर",)
    assert _joined_forms(["रामू नगर", "रामूनगर"]) == ()  # already listed
    assert _joined_forms(["रामू घाट", "नया रामू नगर"]) == ()  # another ending; three words


@pytest.mark.parametrize(("text", "eid"), [
    ("प्रवक्ता मैथ्यू मिलर ने कहा कि बातचीत जारी रहेगी।", "person:matthew-miller"),
    ("प्रवक्ता माओ निंग ने नियमित ब्रीफिंग में बयान दिया।", "person:mao-ning"),
])
def test_foreign_ministry_spokespersons_are_listed(rec, text, eid):
    assert eid in {e for _, e in found(rec, text).values()}, found(rec, text)
