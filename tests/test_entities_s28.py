"""Entity-stage rules of session 28 (issue #16: entities on news from outlets we have never seen): an
acronym in brackets after a name, and agreements named by their kind. Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def mentions(rec, text):
    return {text[m.start : m.end]: m for m in linked_mentions(rec, text)}


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("सेना ने पाकिस्तान अधिकृत कश्मीर (PoJK) में कार्रवाई की बात कही ।", "पाकिस्तान अधिकृत कश्मीर", "PoJK"),
    ("The drills brought together the Royal Australian Navy (RAN) and others.", "Australian Navy", "RAN"),
])
def test_an_acronym_in_brackets_after_a_name_is_that_name(rec, text, name, acronym):
    ms = mentions(rec, text)
    assert acronym in ms, sorted(ms)
    assert ms[acronym].label == ms[name].label, sorted(ms)
    assert ms[acronym].entity_id == ms[name].entity_id, sorted(ms)


@pytest.mark.parametrize("text", [
    "नई दिल्ली (PTI) सरकार ने नई योजना की घोषणा की ।",
    "प्रधानमंत्री नरेंद्र मोदी (BJP) आज वाराणसी पहुंचे ।",
])
def test_a_bracketed_agency_or_a_persons_party_is_no_acronym_of_the_name(rec, text):
    ms = mentions(rec, text)
    for s, m in ms.items():
        if s in ("PTI", "BJP"):
            assert m.source != "acronym" and m.label == "ORG", (s, m)


@pytest.mark.parametrize(("text", "name"), [
    ("दोनों देशों ने बरसों की बातचीत के बाद मुक्त व्यापार समझौते पर हस्ताक्षर किए ।", "मुक्त व्यापार समझौते"),
    ("दोनों देशों ने व्यापक आर्थिक साझेदारी समझौता किया ।", "व्यापक आर्थिक साझेदारी समझौता"),
    ("Both sides hope to close the Free Trade Agreement this year.", "Free Trade Agreement"),
])
def test_an_agreement_named_by_its_kind_is_a_treaty(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == "TREATY", sorted(ms)


def test_an_agreements_acronym_follows_it(rec):
    text = "दोनों देश मुक्त व्यापार समझौते (एफटीए) पर बातचीत कर रहे हैं ।"
    ms = mentions(rec, text)
    assert ms["एफटीए"].label == "TREATY", sorted(ms)
    assert ms["एफटीए"].entity_id == ms["मुक्त व्यापार समझौते"].entity_id, sorted(ms)


def test_a_plain_trade_deal_is_no_named_agreement(rec):
    text = "कंपनी ने एक नए व्यापार समझौते पर विचार किया ।"
    assert not any(m.label == "TREATY" for m in mentions(rec, text).values())


@pytest.mark.parametrize(("text", "name", "eid"), [
    ("Officials of the Embassy of China met the trade delegation on Monday.", "Embassy of China", "org:cn-embassy"),
    ("A letter reached the High Commission of India in the morning.", "High Commission of India",
     "org:in-high-commission"),
    ("Students gathered outside the Embassy of the People’s Republic of China last week.",
     "Embassy of the People’s Republic of China", "org:cn-embassy"),
])
def test_a_mission_named_with_of_and_the_country_is_that_countrys(rec, text, name, eid):
    ms = mentions(rec, text)
    assert name in ms and ms[name].entity_id == eid, sorted(ms)


@pytest.mark.parametrize(("text", "name"), [
    ("अभ्यास में नौसेना का युद्धपोत रणवीर और दो विमान शामिल हुए ।", "रणवीर"),
    ("इस बार पनडुब्बी सिंधुकीर्ति ने भी हिस्सा लिया ।", "सिंधुकीर्ति"),
    ("बंदरगाह पर जापान का जेएस कागा भी पहुंचा ।", "जेएस कागा"),
])
def test_a_ship_named_after_the_word_for_a_ship_or_its_navys_prefix(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == "WEAPON", sorted(ms)


@pytest.mark.parametrize(("text", "word"), [
    ("चीन का एक जहाज श्रीलंका पहुंचा ।", "श्रीलंका"),
    ("यह एंटी शिप क्रूज मिसाइल है ।", "क्रूज"),
    ("बंदरगाह पर एक बड़ा जहाज पहुंच रहा है ।", "पहुंच"),
])
def test_a_place_or_an_everyday_word_after_a_ship_word_is_no_ship(rec, text, word):
    ms = mentions(rec, text)
    assert not (word in ms and ms[word].label == "WEAPON"), sorted(ms)


@pytest.mark.parametrize(("text", "name"), [
    ("The bail plea was heard after a complaint by Ramesh Yadav, a trader from the town.", "Ramesh Yadav"),
    ("The statement was read out by Anwarul Rahman at the gathering.", "Anwarul Rahman"),
    ("Those held include Sunil Basnet and two others.", "Sunil Basnet"),
])
def test_names_ending_in_a_common_latin_surname_are_people(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == "PERSON", sorted(ms)


@pytest.mark.parametrize(("text", "bad"), [
    ("The army said Gen Pande had visited the post.", "Gen Pande"),
    ("Police detained Chairman Thapa near the hall.", "Chairman Thapa"),
    ("Tourists reached Delhi Singh market by noon.", "Delhi Singh"),
    ("The word das means ten.", "das"),
])
def test_a_title_a_place_or_a_lower_case_word_before_a_latin_surname_makes_no_name(rec, text, bad):
    assert bad not in mentions(rec, text), sorted(mentions(rec, text))


def test_a_name_in_latin_letters_in_brackets_after_the_hindi_one_is_that_person(rec):
    text = "अदालत ने सुरेश कुमार (Suresh Kumar) को बरी कर दिया ।"
    ms = mentions(rec, text)
    assert ms["Suresh Kumar"].label == "PERSON", sorted(ms)
    assert ms["Suresh Kumar"].entity_id == ms["सुरेश कुमार"].entity_id, sorted(ms)


def test_a_gloss_in_brackets_is_no_name(rec):
    text = "उन पर भारी जुर्माना (Penalty) लगाया गया ।"
    assert "Penalty" not in mentions(rec, text), sorted(mentions(rec, text))


@pytest.mark.parametrize(("text", "name", "label"), [
    ("जांच एजेंसी ईडी ने आज उन्हें तलब किया ।", "ईडी", "ORG"),
    ("उन पर यूएपीए के तहत मामला दर्ज हुआ ।", "यूएपीए", "TREATY"),
    ("The court heard the case under the PMLA on Monday.", "PMLA", "TREATY"),
    ("Food reached the camps through the World Food Programme last week.", "World Food Programme", "ORG"),
])
def test_listed_bodies_laws_and_agencies_and_their_acronyms(rec, text, name, label):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == label, sorted(ms)


@pytest.mark.parametrize(("text", "name", "eid"), [
    ("विदेश मंत्री कल रुस की राजधानी जाएंगे ।", "रुस", "country:ru"),
    ("राजनयिक दल कल काबूल पहुंचा ।", "काबूल", "city:kabul"),
])
def test_a_listed_places_name_in_other_vowel_lengths_is_that_place(rec, text, name, eid):
    ms = mentions(rec, text)
    assert name in ms and ms[name].entity_id == eid, sorted(ms)


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Officers spoke ahead of Army Day in the capital.", "Army Day", "EVENT"),
    ("देश भर में आज सेना दिवस मनाया गया ।", "सेना दिवस", "EVENT"),
    ("Protesters gathered outside Pakistan Television in the evening.", "Pakistan Television", "ORG"),
    ("Trade through the Wagah Integrated Check Post stopped.", "Wagah Integrated Check Post", "FAC"),
])
def test_named_days_broadcasters_and_border_posts(rec, text, name, label):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == label, sorted(ms)


@pytest.mark.parametrize(("text", "name"), [
    ("इस मामले में न्यायमूर्ति रमेश खन्ना और केवीएन भट्टी की पीठ ने फैसला दिया ।", "केवीएन भट्टी"),
    ("The bench of Justice Arun Mehta and Vinod K. Bhambri heard the plea.", "Vinod K. Bhambri"),
])
def test_a_name_joined_to_a_persons_by_and_is_a_person(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == "PERSON", sorted(ms)


@pytest.mark.parametrize(("text", "word"), [
    ("प्रधानमंत्री राम प्रसाद और उनकी पत्नी आज पहुंचे ।", "उनकी"),
    ("The talks between Justice Arun Mehta and the Bar Council ended.", "the"),
])
def test_what_follows_and_after_a_person_is_no_name_unless_it_is_one(rec, text, word):
    ms = mentions(rec, text)
    assert not any(s.startswith(word) and m.label == "PERSON" for s, m in ms.items()), sorted(ms)


def test_ships_listed_after_a_ships_name_are_ships(rec):
    text = "अभ्यास में युद्धपोत रणवीर, कुठार और सह्याद्रि ने हिस्सा लिया ।"
    ms = mentions(rec, text)
    for name in ("रणवीर", "कुठार", "सह्याद्रि"):
        assert name in ms and ms[name].label == "WEAPON", sorted(ms)


def test_a_list_after_a_ship_stops_at_an_everyday_word(rec):
    text = "पनडुब्बी सिंधुकीर्ति, दो विमान और एक हेलीकॉप्टर पहुंचे ।"
    ms = mentions(rec, text)
    assert not any(m.label == "WEAPON" and s in ("दो", "विमान") for s, m in ms.items()), sorted(ms)


@pytest.mark.parametrize(("text", "name"), [
    ("सुबह जिला समन्वयक टीएल ज़ोरामथांगा ने बताया कि राहत पहुंची ।", "टीएल ज़ोरामथांगा"),
    ("भारत ने आज डिप्टी कमिश्नर रफ़ीकुल आलम को तलब किया ।", "रफ़ीकुल आलम"),
])
def test_a_name_after_a_commissioner_or_a_coordinator_is_a_person(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label == "PERSON", sorted(ms)


def test_a_force_named_before_its_word_and_its_acronym(rec):
    text = "Two men of the Rapid Response Force (RRF) were hurt in the clash."
    ms = mentions(rec, text)
    assert ms["Rapid Response Force"].label == "ORG", sorted(ms)
    assert ms["RRF"].entity_id == ms["Rapid Response Force"].entity_id, sorted(ms)


@pytest.mark.parametrize(("text", "name"), [
    ("The gunfight broke out in the Kanger Ghati National Park area at dawn.", "Kanger Ghati National Park"),
    ("मुठभेड़ कांगेर राष्ट्रीय उद्यान क्षेत्र में हुई ।", "कांगेर राष्ट्रीय उद्यान"),
])
def test_a_protected_forest_named_before_its_word_is_a_place(rec, text, name):
    ms = mentions(rec, text)
    assert name in ms and ms[name].label in ("LOC", "GPE"), sorted(ms)
