"""Where and when events happened (sambandh.events.setting, sambandh.timex), session 28. Sentences written for
these tests."""

from __future__ import annotations

from conftest import annotate_text
from conftest import places_of as places

annotate = annotate_text


def test_a_place_in_what_an_english_act_is_about_is_not_where_it_was_done():
    # the rallies were in Haryana; the condemnation was made where the report is filed from
    doc = annotate("ISLAMABAD: Pakistan on Monday condemned the remarks made by an Indian minister at rallies in "
                   "Haryana.", published="2024-10-07")
    assert "region:haryana" not in places(doc, "ACCUSE")
    assert places(doc, "ACCUSE") == ["city:islamabad"]
    doc = annotate("Nepali students protested on Sunday against the road India built in Ladakh.",
                   published="2024-10-07")
    assert places(doc, "PROTEST") and not any("ladakh" in (p or "") for p in places(doc, "PROTEST"))
    # a place right after the act is still its own
    doc = annotate("Pakistan on Monday condemned the attack in Kabul.", published="2024-10-07")
    assert places(doc, "ACCUSE") == ["city:kabul"] or "city:kabul" in places(doc, "ASSAULT")


def test_an_attack_no_scene_places_falls_on_the_country_it_targets():
    doc = annotate("रूस ने सोमवार रात यूक्रेन पर सैकड़ों ड्रोन से हमला किया।", published="2025-07-08")
    assert places(doc, "ASSAULT") == ["country:ua"]
    # a place the clause names stays; a sanction on a country is not done in it
    doc = annotate("रूस ने सोमवार को खारकीव में यूक्रेन पर हमला किया।", published="2025-07-08")
    assert "country:ua" not in places(doc, "ASSAULT")
    doc = annotate("अमेरिका ने सोमवार को ईरान पर नए प्रतिबंध लगाए।", published="2025-07-08")
    assert places(doc, "SANCTION") == [None]


def test_an_undated_reports_day_is_the_weekday_its_lead_names_not_an_earlier_calendar_day():
    # no publication date: the lead's "मंगलवार को" is the report's day; "15 जून" is when the crossing happened
    doc = annotate("चीन ने आरोप लगाया कि 15 जून को भारतीय सैनिकों ने सीमा पार की। चीन ने मंगलवार को भारत के सामने विरोध "
                   "दर्ज कराया। सीमा पर तनाव बना हुआ है। इलाके में बर्फ गिर रही है। नेपाल की पुलिस ने दो चीनी नागरिकों को "
                   "गिरफ्तार किया।")
    assert [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == "COERCE"] == ["XXXX-WXX-2"]
    # a calendar day beside the weekday is that day ("14 फरवरी दिन गुरुवार को")
    doc = annotate("14 फरवरी दिन गुरुवार को सीमा पर हमला हुआ। इलाके में बर्फ गिर रही है। लोग डरे हुए हैं। सड़कें बंद हैं। "
                   "नेपाल की पुलिस ने दो चीनी नागरिकों को गिरफ्तार किया।")
    assert [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == "COERCE"] == ["XXXX-02-14"]


def test_two_joined_localities_are_placed_at_the_known_place_that_holds_them():
    # two unlisted localities joined by "और" are no one place; the district named before them holds both
    doc = annotate("छत्तीसगढ़ के बीजापुर जिले के कोटाम गांव और बरटोली जंगलों में सोमवार को मुठभेड़ में दो नक्सली मारे गए।",
                   published="2025-03-10")
    assert set(places(doc, "ASSAULT")) == {"city:bijapur"}
    # one unlisted locality is still named itself
    doc = annotate("छत्तीसगढ़ के बीजापुर जिले के कोटाम गांव में सोमवार को मुठभेड़ में दो नक्सली मारे गए।", published="2025-03-10")
    assert "city:bijapur" not in places(doc, "ASSAULT")


def test_an_act_on_the_night_of_two_named_days_is_dated_the_first():
    doc = annotate("सीमा सुरक्षा बल के जवानों ने गुरुवार और शुक्रवार की रात सीमा में घुसे ड्रोन पर फायरिंग की।")
    assert [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == "ASSAULT"] == ["XXXX-WXX-4"]


def test_a_court_that_acts_sits_in_the_city_it_is_named_by_or_a_supreme_court_in_the_capital():
    doc = annotate("सूरत की अदालत ने गुरुवार को उन्हें दो साल की सजा सुनाई।", published="2025-03-10")
    assert places(doc, "COERCE") == ["city:surat"]
    doc = annotate("सुप्रीम कोर्ट ने सोमवार को पूर्व मंत्री की जमानत याचिका खारिज कर दी।", published="2025-03-10")
    assert places(doc, "REJECT") == ["city:new-delhi"]


def test_a_weekday_of_an_undated_report_is_the_day_the_article_writes_beside_it():
    doc = annotate("अमेरिकी राष्ट्रपति ने शनिवार, 14 जून को ईरान को कड़ी चेतावनी दी। यह चेतावनी उस समय दी गई जब "
                   "इजरायल ने शनिवार की रात को ईरान पर बड़ा हवाई हमला किया।")
    assert [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == "ASSAULT"] == ["XXXX-06-14"]
    # a weekday no calendar day stands beside stays a weekday
    doc = annotate("अमेरिकी राष्ट्रपति ने 14 जून को ईरान को कड़ी चेतावनी दी। इजरायल ने रविवार की रात को ईरान पर "
                   "हवाई हमला किया।")
    assert [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == "ASSAULT"] == ["XXXX-WXX-7"]
