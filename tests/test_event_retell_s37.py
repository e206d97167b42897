"""Retellings (issue #15, session 37): one act told again found as two events. Sentences written for these
tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

from conftest import typed_events


def test_a_clash_side_described_then_named_is_one_clash(rules_only):
    # "दो नक्सलियों" told again by two names the knowledge base lacks: one side of one encounter, one event
    text = ("छत्तीसगढ़ के बीजापुर जिले में सुरक्षाबलों ने मुठभेड़ में दो नक्सलियों को ढेर कर दिया। पुलिस ने बताया कि "
            "अबूझमाड़ में नक्सली कमांडर रमेश उर्फ राजू और सुनील कुमार उर्फ सोनू को मुठभेड़ में मार गिराया गया।")
    clashes = [e for e in typed_events(text, "ASSAULT") if e["mode"] == "clash"]
    assert len(clashes) == 1, clashes
    assert len(clashes[0]["evidence"]) == 2
    assert any(a["entity_id"].startswith("new:person:") for a in clashes[0]["actors"])


def test_clashes_in_two_towns_stay_apart(rules_only):
    # the named men fell in another town the text names: another encounter
    text = ("छत्तीसगढ़ के बीजापुर जिले में सुरक्षाबलों ने मुठभेड़ में दो नक्सलियों को ढेर कर दिया। पुलिस ने बताया कि "
            "गढ़चिरौली में नक्सली कमांडर रमेश उर्फ राजू और सुनील कुमार उर्फ सोनू को मुठभेड़ में मार गिराया गया।")
    clashes = [e for e in typed_events(text, "ASSAULT") if e["mode"] == "clash"]
    assert len(clashes) == 2, clashes
