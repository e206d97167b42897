"""Where events happened (sambandh.events.setting, the case an English name is read in), session 29. Sentences
written for these tests."""

from __future__ import annotations

from conftest import annotate_text
from conftest import places_of as places

annotate = annotate_text


def actors(doc: dict, type_: str) -> list[list[str]]:
    return [[a.get("entity_id") for a in e.get("actors") or []] for e in doc["events"] if e["type"] == type_]


def test_an_english_place_opening_its_sentence_before_a_comma_is_where_not_who():
    # "In Kabul, ..." sets the scene of the clause; the comma does not join Kabul to a list of doers
    doc = annotate("In Kabul, the Taliban foreign minister met the Chinese ambassador on Tuesday.",
                   published="2025-02-11")
    assert places(doc, "CONSULT") == ["city:kabul"]
    assert not any("city:kabul" in a for a in actors(doc, "CONSULT"))
    # a name followed by a comma that does not open the sentence after "in" is still a doer in a list
    doc = annotate("India, Japan and Australia on Tuesday signed a pact on maritime security.", published="2025-02-11")
    assert not any(p == "country:in" for p in places(doc, "AGREE"))


def test_a_court_act_sits_in_the_one_city_the_article_names_its_court_by():
    # the court is named with its city once; its later act names it bare
    doc = annotate("जांच एजेंसी ने आज मंत्री को पटना की विशेष पीएमएलए अदालत में पेश किया। अदालत ने मंत्री को छह दिन की "
                   "रिमांड पर भेज दिया है।", published="2024-01-09")
    assert places(doc, "COERCE") == ["city:patna"]
    # the court's city may come after the act, in the next sentence
    doc = annotate("तस्कर को अगले महीने सज़ा सुनाई जाएगी। अमेरिका में न्यूयॉर्क की एक अदालत ने सोमवार को यह फ़ैसला किया।",
                   published="2024-01-09")
    assert places(doc, "COERCE") == ["city:new-york"]
    # courts of two cities: no one seat
    doc = annotate("पटना की अदालत ने पिछले साल उसे बरी किया था। लखनऊ की अदालत में भी मामला चला। अदालत ने मंत्री को छह दिन "
                   "की रिमांड पर भेज दिया है।", published="2024-01-09")
    assert places(doc, "COERCE") == [None]
