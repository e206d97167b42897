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
