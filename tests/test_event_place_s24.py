"""Where events happened (sambandh.events.setting), session 24: places that frame a clause's act.
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return {(e["place"] or {}).get("entity_id") for e in doc["events"] if e["type"] == type_}


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
