"""Spurious events by class (issue #15, session 37): a report, a letter or pictures handed over or sent are no aid
and no concession (``words.tsv`` ``message_noun``; ``grammar._RECORD_HANDED``). Sentences written for these tests; the
rule is checked with the precision model off."""

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
