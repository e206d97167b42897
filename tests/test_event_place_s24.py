"""Where events happened (sambandh.events.setting), session 24: places that frame a clause's act.
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def test_a_place_reached_before_the_act_is_where_the_act_is_done():
    # the arrival participle "पहुंचे" / "पहुंचकर" after a place frames the act told after it
    doc = annotate("हैदराबाद हाउस पहुंचे जापान के प्रधानमंत्री से प्रधानमंत्री मोदी ने मुलाकात की।", published="2024-05-14")
    assert places(doc, "CONSULT") == {"fac:hyderabad-house"}
    doc = annotate("सोमवार को टोक्यो पहुंचकर विदेश मंत्री ने जापान के प्रधानमंत्री से मुलाकात की।", published="2024-05-14")
    assert places(doc, "CONSULT") == {"city:tokyo"}


def test_an_arrival_after_the_act_does_not_place_it():
    # the meeting was told before the arrival: the arrival frames nothing before it
    doc = annotate("प्रधानमंत्री मोदी ने जापान के प्रधानमंत्री से मुलाकात की और फिर वे टोक्यो पहुंचे।", published="2024-05-14")
    assert "city:tokyo" not in places(doc, "CONSULT")


def test_an_unlisted_locality_named_by_its_sector_or_area_word_is_the_place():
    # a name the knowledge base lacks, before "सेक्टर" / "इलाके" in the locative, is where the act happened
    doc = annotate("पाकिस्तानी सेना ने मंगलवार को केरन सेक्टर में संघर्ष विराम का उल्लंघन किया।", published="2024-05-14")
    assert [(e["place"] or {}).get("name") for e in doc["events"] if e["type"] == "ASSAULT"] == ["केरन"]
    doc = annotate("सुरक्षा बलों ने बुधवार को जिले के दुरु इलाके में आतंकियों के ठिकाने पर छापा मारा।", published="2024-05-14")
    assert {(e["place"] or {}).get("name") for e in doc["events"]} == {"दुरु"}


def test_a_common_word_before_an_area_word_names_no_place():
    doc = annotate("सेना ने सोमवार को सीमावर्ती इलाके में आतंकियों पर हमला किया।", published="2024-05-14")
    assert all(not (e["place"] or {}).get("entity_id", "").startswith("new:") for e in doc["events"])


def test_an_unlisted_place_may_lie_in_a_listed_town_or_country_but_two_unlisted_places_are_apart():
    from sambandh.events.merge import _may_hold

    assert _may_hold("new:gpe:abc", "city:anantnag", {})
    assert _may_hold("region:kashmir", "new:gpe:abc", {})
    assert _may_hold("new:fac:abc", "country:us", {})
    assert not _may_hold("new:gpe:abc", "new:gpe:def", {})
    assert not _may_hold("city:poonch", "city:anantnag", {"city:poonch": "country:in", "city:anantnag": "country:in"})


def test_gaza_spelt_with_a_short_vowel_is_gaza():
    # "ग़ज़ा" / "गज़ा" (the short-vowel spelling of some outlets) is the city the knowledge base lists as "गाजा"
    for spelling in ("ग़ज़ा", "गज़ा"):
        doc = annotate(f"इसराइली सेना ने मंगलवार को {spelling} में हवाई हमले किए।", published="2024-05-14")
        assert {(e["place"] or {}).get("name_en") for e in doc["events"] if e["type"] == "ASSAULT"} == {"Gaza"}


def test_a_body_that_sits_in_one_hall_is_where_its_act_was_done():
    doc = annotate("शुक्रवार को संयुक्त राष्ट्र महासभा में जलवायु संबंधी एक प्रस्ताव पास किया गया।", published="2024-05-14")
    assert places(doc, "AGREE") == {"org:unga"}


def test_a_body_in_the_locative_of_the_acts_object_is_not_its_place():
    # "सुरक्षा परिषद में सुधार की मांग": the reform is in the council; the demand is made anywhere
    doc = annotate("ब्राजील ने सोमवार को सुरक्षा परिषद में सुधार की मांग की।", published="2024-05-14")
    assert "org:unsc" not in places(doc, "REQUEST")


def test_a_deed_in_front_of_a_court_is_at_the_court():
    # a court sits in one building: "के सामने" is a locative, and a deed may be done there
    doc = annotate("मार्च 2011 में दो पत्रकारों की राजस्थान हाई कोर्ट के सामने हत्या कर दी गई थी।", published="2024-05-14")
    assert {(e["place"] or {}).get("name") for e in doc["events"] if e["type"] == "ASSAULT"} == {"राजस्थान हाई कोर्ट"}


def test_a_hall_named_after_the_act_is_the_next_clauses():
    doc = annotate("दोनों देशों ने हथियार नष्ट करने की योजना पर सहमति जताई जिसके बाद सुरक्षा परिषद में मतदान हुआ।",
                   published="2024-05-14")  # fmt: skip
    assert all((e["place"] or {}).get("entity_id") != "org:unsc" for e in doc["events"] if e["type"] != "CONSULT")


def test_a_school_named_before_its_kind_is_where_the_deed_was_done():
    doc = annotate("सोमवार को डेल्टन के मेपलवुड हाई स्कूल में एक बंदूकधारी ने पांच लोगों को गोली मार दी।",
                   published="2024-05-14")  # fmt: skip
    got = {(e["place"] or {}).get("entity_id", "") for e in doc["events"] if e["type"] == "ASSAULT"}
    assert {g[:8] for g in got} == {"new:fac:"}


def test_an_english_sector_names_its_locality_and_is_finer_than_the_border_line():
    doc = annotate("On Wednesday the Pakistan army resorted to heavy shelling along the LoC in Keran sector of Kupwara "
                   "district.", published="2024-05-14", language="en")  # fmt: skip
    assert {(e["place"] or {}).get("name") for e in doc["events"] if e["type"] == "ASSAULT"} == {"Keran"}
    doc = annotate("The government will open the private sector to foreign investment.", published="2024-05-14",
                   language="en")  # fmt: skip
    assert not any(m.get("text") == "private" for m in doc["entities"])
