"""When events happened (sambandh.events.setting), session 33. Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text
from conftest import places_of as places

annotate = annotate_text


def dates(doc: dict, type_: str) -> list[str | None]:
    return [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == type_]


def test_a_weekday_of_an_undated_report_reads_from_its_datelines_day():
    # no publication date, no year: a wire report tells the day it is filed by its weekday
    doc = annotate("पटना, 14 मार्च (भाषा) नेपाल के प्रधानमंत्री ने बुधवार को भारत के विदेश मंत्री से मुलाकात की।")
    assert dates(doc, "CONSULT") == ["XXXX-03-14"]
    # "आज यानी बुधवार": today is the day the dateline gives
    doc = annotate("पटना, मार्च 14 -- नेपाल के प्रधानमंत्री ने आज यानी बुधवार को भारत के विदेश मंत्री से मुलाकात की।")
    assert dates(doc, "CONSULT") == ["XXXX-03-14"]


def test_a_weekday_of_a_report_whose_dateline_has_a_year_is_the_last_such_day_before_it():
    # 14 March 2024 was a Thursday: the Tuesday before it is the 12th
    doc = annotate("पटना, 14 मार्च 2024 (भाषा) नेपाल के प्रधानमंत्री ने मंगलवार को भारत के विदेश मंत्री से मुलाकात की।")
    assert dates(doc, "CONSULT") == ["2024-03-12"]
    # and one to come is the first such day after it (Saturday the 16th)
    doc = annotate("पटना, 14 मार्च 2024 (भाषा) नेपाल के प्रधानमंत्री शनिवार को भारत के विदेश मंत्री से मुलाकात करेंगे।")
    assert dates(doc, "CONSULT") == ["2024-03-16"]


def test_a_published_report_keeps_its_weekday_read_from_the_publication_date():
    doc = annotate("पटना, 14 मार्च (भाषा) नेपाल के प्रधानमंत्री ने मंगलवार को भारत के विदेश मंत्री से मुलाकात की।",
                   published="2024-03-14")
    assert dates(doc, "CONSULT") == ["2024-03-12"]


def test_the_datelines_city_is_not_the_place_of_an_act_done_by_another_countrys_side():
    # the tariff is announced in Washington, whatever city the report is filed from
    doc = annotate("नई दिल्ली। अमेरिका के राष्ट्रपति ने भारत पर 30 फीसदी शुल्क लगाने की घोषणा की है।")
    assert [p for p in places(doc, "SANCTION") if p == "city:new-delhi"] == []


def test_a_governments_act_upon_its_own_people_that_no_scene_places_is_done_at_home():
    doc = annotate("बांग्लादेश की सरकार ने पूर्व प्रधानमंत्री शेख हसीना का पासपोर्ट रद्द कर दिया।")
    assert places(doc, "SANCTION") == ["country:bd"]


def test_a_weekday_shifted_by_a_relative_word_in_an_undated_report_with_no_year_stays_a_weekday():
    # "पिछले बुधवार": a week or less back from the dateline's day, and with no year, how far is unknown
    doc = annotate("पटना, 14 मार्च (भाषा) नेपाल के प्रधानमंत्री ने पिछले बुधवार को भारत के विदेश मंत्री से मुलाकात की।")
    assert dates(doc, "CONSULT") != ["XXXX-03-14"]
