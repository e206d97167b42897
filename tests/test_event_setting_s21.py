"""Where events happened (sambandh.events.setting), session 21: the gathering a clause's act is done at.
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def test_a_meeting_at_a_named_conference_is_at_the_conference_not_its_country():
    doc = annotate("जर्मनी में आयोजित म्यूनिख सुरक्षा सम्मेलन में शनिवार को भारत के विदेश मंत्री की चीन के विदेश मंत्री से "
                   "मुलाकात हुई।", published="2024-02-17")  # fmt: skip
    assert places(doc, "CONSULT") == {"event:munich-security-conference"}


def test_a_named_exercise_is_the_deed_not_where_it_was_held():
    doc = annotate("भारत की नौसेना ने जापान की नौसेना के साथ मालाबार में युद्धाभ्यास किया।", published="2024-08-21")
    assert "event:malabar" not in places(doc, "COOPERATE")


def test_a_locality_named_by_its_forest_or_area_lies_in_the_district_before_it():
    doc = annotate("बुधवार को कुपवाड़ा के लोलाब फॉरेस्ट एरिया में सेना और आतंकियों के बीच मुठभेड़ हुई।", published="2024-05-15")
    assert places(doc, "ASSAULT") == {"city:kupwara"}
    doc = annotate("पुलिस ने मंगलवार को बीजापुर के एक गांव के पास के जंगल में नक्सलियों के साथ मुठभेड़ की।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "ASSAULT") == {"city:bijapur"}


def test_inside_a_country_is_where_the_act_took_place():
    # "के अंदर" / "के भीतर" are locative postpositions, not the dateline's city
    doc = annotate("नई दिल्ली, 3 मार्च। भारतीय वायुसेना ने मंगलवार को पाकिस्तान के अंदर आतंकी ठिकानों पर बम गिराए।",
                   published="2026-03-03")  # fmt: skip
    assert places(doc, "ASSAULT") == {"country:pk"}
    doc = annotate("इसराइली सेना ने गुरुवार को लेबनान के भीतर हिज़बुल्लाह के ठिकानों पर हमला किया।", published="2026-03-05")
    assert places(doc, "ASSAULT") == {"country:lb"}
