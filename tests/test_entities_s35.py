"""Entity recall on local news from outlets never seen (#16), session 35: towns and neighbourhoods of India."""

from __future__ import annotations

from conftest import linked_mentions

from sambandh.kb import load


def _ids(rec, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}


def test_a_district_seat_with_a_short_name_is_a_town_without_the_model() -> None:
    kb = load()
    agra = kb.entities["city:agra"]
    assert agra.country == "in" and not agra.weak  # the hand table, not the generated (weak) world city


def test_towns_and_neighbourhoods_of_india_are_found_in_local_news(rec) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(rec, "मेरठ से आए व्यापारी ने बताया कि वह पहले कुरुक्षेत्र और फिर पीतमपुरा गया था।")
    assert ids.get("मेरठ") == "city:meerut"
    assert ids.get("कुरुक्षेत्र") == "city:kurukshetra"
    assert ids.get("पीतमपुरा") == "city:pitampura"



def test_parties_and_bodies_of_india_by_their_short_names(rec) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(rec, "यूपीए सरकार के फैसले का सीपीएम और झामुमो ने विरोध किया।")
    assert ids.get("यूपीए") == "org:upa"
    assert ids.get("सीपीएम") == "org:cpim"
    assert ids.get("झामुमो") == "org:jmm"


def test_a_listed_body_after_a_name_after_a_title_ends_the_name(rec) -> None:  # type: ignore[no-untyped-def]
    text = "इलाके के विधायक सुरेश गोयल एमसीडी के अफसरों से मिले।"
    found = {text[m.start : m.end]: (m.label, m.entity_id) for m in linked_mentions(rec, text)}
    assert found.get("सुरेश गोयल", ("",))[0] == "PERSON"
    assert found.get("एमसीडी") == ("ORG", "org:mcd")


def test_party_leaders_of_india_are_listed(rec) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(rec, "रैली में शिबू सोरेन और मायावती के बाद सोनिया ने भाषण दिया।")
    assert ids.get("शिबू सोरेन") == "person:shibu-soren"
    assert ids.get("मायावती") == "person:mayawati"
    assert ids.get("सोनिया") == "person:sonia-gandhi"


def test_a_town_that_names_a_thing_of_its_own_needs_the_model_to_read_a_place(rec) -> None:  # type: ignore[no-untyped-def]
    assert load().entities["city:madhubani"].spelled
    ids = _ids(rec, "मेले की दुकानों पर मधुबनी पेंटिंग और हाथ के बने गहने खूब बिके।")
    assert "city:madhubani" not in ids.values()


def test_facilities_and_neighbourhoods_named_by_the_word_for_what_they_are(rec) -> None:  # type: ignore[no-untyped-def]
    text = "पुलिस टीम रात को सूर्या अपार्टमेंट पहुंची और यात्री राजीव चौक मेट्रो स्टेशन पर फंसे रहे।"
    found = {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}
    assert found.get("सूर्या अपार्टमेंट") == "FAC"
    assert found.get("राजीव चौक मेट्रो स्टेशन") == "FAC"
    text = "जुलूस शाम को शिवाजी कॉलोनी से निकला।"
    found = {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}
    assert found.get("शिवाजी कॉलोनी") == "GPE"


def test_a_place_s_own_authority_or_squad_is_a_body_not_the_place(rec) -> None:  # type: ignore[no-untyped-def]
    text = "मामले की जांच अब यूपी एटीएस करेगी और गाजियाबाद नगर निगम ने भी रिपोर्ट मांगी।"
    found = {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}
    assert found.get("यूपी एटीएस") == "ORG"
    assert found.get("गाजियाबाद नगर निगम") == "ORG"


def test_a_committee_of_a_listed_party_spelt_kamiti_is_that_committee(rec) -> None:  # type: ignore[no-untyped-def]
    text = "इस बारे में पार्टी की सीपीएम सेंट्रल कमिटी ने प्रस्ताव पास किया।"
    ids = _ids(rec, text)
    assert "सीपीएम सेंट्रल कमिटी" in ids and ids["सीपीएम सेंट्रल कमिटी"] != "org:cpim"
