"""Session 46, issue #15: relief and rescue in disaster news that the coder did not find at all (docs/events.md, the
EDNIL guide: rescue and relief by forces or teams are AID/humanitarian, compensation announced is AID, planned).
Two ways the class is read: an operation of relief told by its phase (begun, run, completed) with or
without a doer named (``lang/hi/predicates_more.tsv`` and ``events/state.py`` ``_operation_told``), and
compensation given or announced (not one a court awards: its order is the act, ``lang/hi/senses.tsv``). Each case
beside a twin that stays what it was.
Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "भूस्खलन के बाद पहाड़ी गांव में देर रात बचाव कार्य शुरू हुआ।",
        "नदी में डूबे मछुआरों की तलाश में रेस्क्यू ऑपरेशन चलाया गया।",
        "तीन दिन बाद जिले में राहत अभियान पूरा हुआ।",
        "पुलिस ने मलबे के पास बचाव अभियान शुरू किया और दो लोगों को निकाल लिया।",
    ],
)
def test_relief_operation_told_by_its_phase_is_aid(rules_only, text: str) -> None:
    assert [e["mode"] for e in typed_events(text, "AID")] == ["humanitarian"], text


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने कहा कि बचाव कार्य नहीं चलाया जाएगा।",  # denied
        "विशेषज्ञों ने बचाव कार्य के बारे में एक पुस्तक लिखी।",  # the noun named, no operation told
        "गांव में बचाव अभियान तुरंत चलाया जाना चाहिए।",  # asked for, not told
        "मंत्री ने राहत कार्यों में लगे जवानों की तारीफ की।",  # a participle before a noun: who they are
    ],
)
def test_relief_operation_not_told_as_done_is_none(rules_only, text: str) -> None:
    assert typed_events(text, "AID") == [], text


def test_compensation_announced_is_planned_aid(rules_only) -> None:
    evs = typed_events("राज्य सरकार ने खदान हादसे के शिकार मजदूरों के परिवारों को मुआवजा देने का ऐलान किया है।", "AID")
    assert [(e["mode"], e["modality"]) for e in evs] == [("economic", "planned")]


def test_compensation_a_court_awards_stays_its_order(rules_only) -> None:
    # the twin: a court's award of damages is its ruling, the order (lang/hi/senses.tsv, the court row)
    text = "जिले की एक अदालत ने नगर निगम को हादसे के पीड़ितों को पांच-पांच लाख का मुआवजा देने का आदेश दिया है।"
    assert typed_events(text, "AID") == []
    assert [e["mode"] for e in typed_events(text, "REQUEST")] == ["demand"]
