"""When events happened (sambandh.events.setting, sambandh.events.state), session 30. Sentences written for these
tests."""

from __future__ import annotations

from conftest import annotate_text

annotate = annotate_text


def told(doc: dict, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.get("modality"), (e["date"] or {}).get("value")) for e in doc["events"] if e["type"] == type_]


def test_a_planned_act_announced_by_a_done_verb_is_dated_the_report_day():
    # the announcing was done: the sanction stays planned, dated the day of the report
    doc = annotate("अमेरिका ने ईरान पर नए प्रतिबंध लगाने की घोषणा की है।", published="2024-05-10")
    assert told(doc, "SANCTION") == [("planned", "2024-05-10")]
    doc = annotate("ब्राजील ने अर्जेंटीना के खिलाफ टैरिफ का ऐलान किया है।", published="2024-05-10")
    assert [d for _, d in told(doc, "SANCTION")] == ["2024-05-10"]
    # an announcement of an earlier day (the pluperfect) or one still to come gives no day
    doc = annotate("अमेरिका ने ईरान पर नए प्रतिबंध लगाने की घोषणा की थी।", published="2024-05-10")
    assert [d for _, d in told(doc, "SANCTION")] == [None]
    doc = annotate("अमेरिका ईरान पर नए प्रतिबंध लगाने की घोषणा करेगा।", published="2024-05-10")
    assert [d for _, d in told(doc, "SANCTION")] == [None]


def test_an_act_told_as_going_on_occurs_and_is_dated_the_report_day():
    doc = annotate("Officials said that Peru and Chile continue to hold talks on the maritime border.",
                   published="2024-05-10")
    assert told(doc, "CONSULT") == [("occurred", "2024-05-10")]
