"""Where and when events happened (sambandh.events.setting, sambandh.timex), session 28. Sentences written for
these tests."""

from __future__ import annotations

from conftest import annotate_text

annotate = annotate_text


def places(doc: dict, type_: str) -> list[str | None]:
    return [(e["place"] or {}).get("entity_id") for e in doc["events"] if e["type"] == type_]


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
