"""Spurious events by class (issue #15, session 37): a report, a letter or pictures handed over or sent are no aid
and no concession (``words.tsv`` ``message_noun``; ``state._RECORD_HANDED``); an act named as a case, an inquiry or a
hearing is no act told (``words.tsv`` ``case_noun``; ``state._CASE_AFTER``). Sentences written for these tests; the
rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("विश्वविद्यालयों ने शिक्षा मंत्रालय को अपनी रिपोर्ट भी भेजी है।", "AID"),
    ("संसदीय समिति ने अपनी रिपोर्ट को सर्वोच्च न्यायालय (एससी) को सौंपा है।", "CONCEDE"),
    ("एक मानवाधिकार संगठन ने जो उपग्रह तस्वीरें मुहैया कराई हैं, उनसे गांवों के जलने का पता चलता है।", "AID"),
])
def test_a_record_handed_over_or_sent_is_no_aid_and_no_concession(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("भारत ने श्रीलंका को दवाइयां भेजी हैं।", "AID"),
    ("भारत ने भूकंप के बाद नेपाल को राहत सामग्री भेजी।", "AID"),
    ("पाकिस्तान ने पकड़े गए भारतीय मछुआरों को भारत को सौंप दिया।", "CONCEDE"),
])
def test_goods_and_people_handed_over_stay(rules_only, text, typ):
    assert typed_events(text, typ), text


@pytest.mark.parametrize(("text", "typ"), [
    ("पुलिस थाने में व्यापारी के बेटे के अपहरण का मामला दर्ज हुआ।", "COERCE"),
    ("राज्य सरकार ने 1992 के दंगों की जांच के लिए एक आयोग बनाया।", "ASSAULT"),
    ("चोरी की गाड़ियां सेना के अफसरों को बेचने का मामला सामने आया है।", "COOPERATE"),
])
def test_an_act_named_as_a_case_or_an_inquiry_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("कनाडा ने पिछले साल खालिस्तानी नेता की हुई हत्या के मामले में भारत पर आरोप लगाया।", "ASSAULT"),
    ("आतंकियों ने बाजार पर हमला किया और पुलिस ने मामले की जांच शुरू की।", "ASSAULT"),
])
def test_an_act_told_as_happened_stays_beside_its_case(rules_only, text, typ):
    assert typed_events(text, typ), text
