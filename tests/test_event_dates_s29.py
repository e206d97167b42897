"""When events happened (sambandh.events.setting, sambandh.timex), session 29. Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text

annotate = annotate_text


def dates(doc: dict, type_: str) -> list[str | None]:
    return [(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == type_]


def test_an_act_told_in_the_present_perfect_after_a_dated_sentence_is_dated_the_report_day():
    # the test was on Thursday; the protest is told as it stands on the day of the report
    doc = annotate("जापान ने गुरुवार को एक मिसाइल का परीक्षण किया। जापान के परीक्षण पर चीन ने कड़ा विरोध जताया है।",
                   published="2024-05-10")
    assert dates(doc, "ACCUSE") == ["2024-05-10"]
    doc = annotate("Police arrested four sailors on Thursday near the coast. They were taken to the port police, "
                   "who have registered a case against them.", published="2024-05-10")
    assert dates(doc, "ACCUSE") == ["2024-05-10"]
    # told in the simple past, the act still takes the chain's day
    doc = annotate("जापान ने गुरुवार को एक मिसाइल का परीक्षण किया। जापान के परीक्षण पर चीन ने कड़ा विरोध जताया।",
                   published="2024-05-10")
    assert dates(doc, "ACCUSE") == ["2024-05-09"]
    # the same act told again in the present perfect keeps the chain's day, not an earlier day of another happening
    doc = annotate("नेपाल के प्रधानमंत्री गुरुवार को भारत पहुंचे। दो जुलाई को चुने जाने के बाद वे पहली बार भारत आए हैं।",
                   published="2024-05-10")
    assert set(dates(doc, "CONSULT")) == {"2024-05-09"}


def test_an_undated_report_whose_lead_names_no_day_takes_the_first_day_of_the_next_sentences():
    doc = annotate("नेपाल की पुलिस ने दो चीनी नागरिकों को गिरफ्तार किया। सीमा पर तनाव बना हुआ है। इलाके में बर्फ गिर रही है। "
                   "लोग डरे हुए हैं। सड़कें बंद हैं। चीन ने शुक्रवार को नेपाल के सामने विरोध दर्ज कराया।")
    assert dates(doc, "COERCE") == ["XXXX-WXX-5"]
    # a day the four first sentences name is still the report's, not a later one
    doc = annotate("नेपाल की पुलिस ने दो चीनी नागरिकों को गिरफ्तार किया। सीमा पर मंगलवार से तनाव बना हुआ है। इलाके में बर्फ गिर "
                   "रही है। लोग डरे हुए हैं। सड़कें बंद हैं। चीन ने शुक्रवार को नेपाल के सामने विरोध दर्ज कराया।")
    assert dates(doc, "COERCE") == ["XXXX-WXX-2"]
