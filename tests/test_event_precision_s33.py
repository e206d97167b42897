"""Spurious events by class (issue #15, session 33): acts that are no act told (a running count, ...).
Sentences written for these tests; the rules are checked with the precision model off, so that they,
not the model, drop what is dropped."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("तूफ़ान के कारण अब तक 300 से अधिक रेलगाड़ियां रद्द की जा चुकी हैं।", "REJECT"),
    ("दोनों पड़ोसी देशों के बीच कई बार युद्ध हो चुके हैं।", "ASSAULT"),
    ("अब तक 4,000 से ज़्यादा लोग इस याचिका पर हस्ताक्षर कर चुके हैं।", "AGREE"),
])
def test_a_running_count_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("सरकार ने मंगलवार को 300 रेलगाड़ियां रद्द कर दी हैं।", "REJECT"),
    ("चीन पहले भी भारत के इन दावों को खारिज कर चुका है।", "REJECT"),  # done before, not counted
    ("पुलिस इस मामले में तीन लोगों को गिरफ्तार कर चुकी है।", "COERCE"),
])
def test_an_act_in_the_completive_stays(rules_only, text, typ):
    assert typed_events(text, typ), text
