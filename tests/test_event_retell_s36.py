"""Retellings (issue #15, session 36): one act told again found as two events. Sentences written for these
tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("नेपाल की एक अदालत ने एक भारतीय नागरिक को तस्करी के मामले में पांच साल की सज़ा सुनाई है। काठमांडू की अदालत ने "
     "सुरेश चंद्रवंशी को दोषी क़रार दिया।", "COERCE"),
    ("पुलिस ने बुधवार को एक भारतीय नागरिक को गिरफ्तार किया। अधिकारियों ने बताया कि सुरेश चंद्रवंशी को सीमा के पास "
     "गिरफ्तार किया गया।", "COERCE"),
])
def test_a_sufferer_described_then_named_is_one_act(rules_only, text, typ):
    # "एक भारतीय नागरिक" told again by a name the knowledge base lacks: one sufferer, one act, and the name stands
    events = typed_events(text, typ)
    assert len(events) == 1, events
    assert len(events[0]["evidence"]) == 2
    targets = [a["entity_id"] for a in events[0]["actors"] if a["role"] == "target"]
    assert targets and all(t.startswith("new:person:") for t in targets), targets


@pytest.mark.parametrize("text", [
    # "भी": one more arrest
    "पुलिस ने बुधवार को एक भारतीय नागरिक को गिरफ्तार किया। पुलिस ने सुरेश चंद्रवंशी को भी गिरफ्तार किया।",
    # the person is a doer here, not the sufferer described before
    "पुलिस ने बुधवार को एक भारतीय नागरिक को गिरफ्तार किया। सुरेश चंद्रवंशी ने पुलिस को गिरफ्तार किया।",
])
def test_a_named_person_in_another_act_stays_apart(rules_only, text):
    assert len(typed_events(text, "COERCE")) == 2


def test_an_act_recalled_by_an_opener_is_the_act_told_before(rules_only):
    # "बता दें कि": the sentence recalls the charge told before (in the pluperfect, so merge.py kept it apart)
    text = ("नेपाल की पुलिस ने भारतीय व्यापारी सुरेश चंद्रवंशी पर तस्करी का आरोप लगाया था। उन्हें काठमांडू की अदालत में "
            "पेश किया गया। बता दें कि सुरेश चंद्रवंशी पर आरोप है कि उन्होंने सोना सीमा पार पहुंचाया।")
    events = typed_events(text, "ACCUSE")
    assert len(events) == 1, events
    assert len(events[0]["evidence"]) == 2


def test_a_strike_recalled_by_an_opener_stays_apart(rules_only):
    # a conflict's strikes repeat with the same sides: "बता दें कि" before firing may tell another round
    text = ("पाकिस्तानी सेना ने पुंछ में भारतीय चौकियों पर गोलीबारी की थी। भारतीय सेना ने जवाब दिया। बता दें कि "
            "पाकिस्तानी सेना ने भारतीय चौकियों पर गोलीबारी की।")
    firing = [e for e in typed_events(text, "ASSAULT")
              if any(a["entity_id"] == "org:pk-army" and a["role"] == "source" for a in e["actors"])]
    assert len(firing) == 2
