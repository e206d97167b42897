"""Spurious events by class (issue #15, session 32): a continuative (a habit or a repeated pattern).
Sentences written for these tests; the rules are checked with the precision model off, so that they,
not the model, drop what is dropped."""

from __future__ import annotations

import pytest
from conftest import annotate_text, typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("नेपाल की सरकार पिछले कई वर्षों से भारत पर सीमा के अतिक्रमण का आरोप लगाती रही है।", "ACCUSE"),
    ("चीन इन सभी दावों को ख़ारिज करता रहा है।", "REJECT"),
    ("इस नीति की विपक्ष की ओर से कड़ी आलोचना होती रही है।", "ACCUSE"),
])
def test_a_continuative_is_a_habit_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("नेपाल की सरकार ने भारत पर सीमा के अतिक्रमण का आरोप लगाया है।", "ACCUSE"),
    ("चीन ने इन सभी दावों को ख़ारिज कर दिया है।", "REJECT"),
    ("किसान संगठन दिल्ली में सरकार के खिलाफ प्रदर्शन कर रहे हैं।", "PROTEST"),  # a progressive stays
])
def test_the_act_told_once_or_under_way_stays(rules_only, text, typ):
    assert typed_events(text, typ), text


@pytest.mark.parametrize("text", [
    "विद्रोहियों ने सीमा की दो चौकियों पर कब्जा कर लिया है।",
    "हमलावरों ने गांव के बीस लोगों को बंधक बना लिया।",
])
def test_a_capture_or_hostage_taking_is_a_seizure(rules_only, text):
    evs = [e for e in annotate_text(text, published="2024-05-02")["events"]]
    assert [(e["type"], e["mode"]) for e in evs] == [("COERCE", "seize")], evs


def test_talks_within_a_meeting_named_again_are_that_meeting(rules_only):
    text = ("विदेश सचिव विक्रम मिस्री ने सोमवार को ढाका में बांग्लादेश के विदेश सलाहकार से मुलाकात की। इस मुलाकात में "
            "दोनों देशों के अधिकारियों ने सीमा प्रबंधन और व्यापार पर चर्चा की।")  # fmt: skip
    talks = typed_events(text, "CONSULT")
    assert len(talks) == 1, talks
    assert len(talks[0]["evidence"]) == 2  # the talks in it are more evidence of the one meeting


def test_a_meeting_within_a_visit_named_again_stays(rules_only):
    text = "नरेंद्र मोदी सोमवार को रूस के दौरे पर मॉस्को पहुंचे। इस दौरे के दौरान उन्होंने व्लादिमीर पुतिन से मुलाकात की।"
    assert [e["mode"] for e in typed_events(text, "CONSULT")].count("meet") == 1


def test_talks_before_a_meeting_taken_part_in_stay(rules_only):
    text = ("रक्षा मंत्री राजनाथ सिंह मंगलवार को दुशांबे पहुंचे। इस सम्मेलन में शामिल होने से पहले उन्होंने बेलारूस के "
            "रक्षा मंत्री विक्टर ख्रेनिन से द्विपक्षीय बातचीत की।")  # fmt: skip
    assert any(e["mode"] in ("meet", "discuss") for e in typed_events(text, "CONSULT"))


@pytest.mark.parametrize("text", [
    "गृह मंत्रालय ने उस मामले पर तत्काल कार्रवाई की।",
    "जांच एजेंसी ने घोटाले से जुड़े मामलों में कार्रवाई की है।",
])
def test_action_on_a_case_is_no_operation(rules_only, text):
    assert typed_events(text, "COERCE") == []


def test_action_against_a_side_stays_an_operation(rules_only):
    assert typed_events("सेना ने इस मामले में आतंकियों पर कड़ी कार्रवाई की।", "COERCE")


@pytest.mark.parametrize("text", [
    "भारत ने फ्रांस के साथ 26 लड़ाकू विमानों के रक्षा सौदे पर हस्ताक्षर किए।",
    "दोनों देशों के अधिकारियों ने सोमवार को इस खरीद डील पर भी दस्तखत किए।",
])
def test_a_purchase_signed_is_the_purchase(rules_only, text):
    assert typed_events(text, "AGREE") == []
    assert typed_events(text, "COOPERATE"), text


def test_a_deal_not_named_a_purchase_stays_signed(rules_only):
    assert typed_events("भारत और फिलीपींस के बीच 375 मिलियन डॉलर की डील पर हस्ताक्षर किए गए।", "AGREE")


def test_those_who_do_it_in_the_oblique_plural_are_described_not_acting(rules_only):
    # "करने वालों को": the oblique plural of the attributive "करने वाले" names who, no act told
    assert typed_events("सरकार का विरोध करने वालों को जेल भेजा जाना चाहिए, एक नेता ने कहा।", "ACCUSE") == []


def test_a_crime_owned_up_to_in_the_spelling_kubul_is_no_agreement(rules_only):
    assert typed_events("पूछताछ में आरोपी ने जासूसी करने की बात कुबूल की है।", "AGREE") == []
