"""Session 47, review fixes (issue #15): a charge told as a clause is no part of a later accusation
(``events/state.py`` ``_charges_criticized`` folds only an infinitive charge tied to it by genitives); a charge only
supposed or foretold is no charge made (its modality kept); an active infinitive before ``पर`` with a doer of its
own ("आतंकियों के हमला करने पर") is an act done, its doer its own, and the doer of a condition dropped there is not
carried to the act after it (``_case_after``, ``_condition_agent``, ``lang/hi/modality.tsv`` ``inf_case`` and
``inf_matter``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import annotate_text, roles_of, typed_events


def _events(text: str) -> list[tuple[str, str, str, dict[str, str]]]:
    doc = annotate_text(text, published="2024-05-02")
    return [(e["type"], e["mode"], e["modality"], roles_of(e)) for e in doc["events"]]


def test_a_charge_told_as_a_clause_stays_beside_a_later_accusation() -> None:
    text = "भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है और अमेरिका ने चीन की आलोचना की।"
    accusations = [(mode, roles) for typ, mode, _, roles in _events(text) if typ == "ACCUSE"]
    assert accusations == [("accuse", {"country:in": "source", "country:pk": "target"}),
                           ("criticize", {"country:us": "source", "country:cn": "target"})]


def test_an_infinitive_charge_the_accusation_is_made_of_is_folded_past_a_qualifier() -> None:
    text = "जयशंकर ने आतंकवाद को शह देने की पाकिस्तान की नीति की कड़ी आलोचना की।"
    assert [(mode, roles) for typ, mode, _, roles in _events(text) if typ == "ACCUSE"] == [
        ("criticize", {"person:s-jaishankar": "source", "country:pk": "target"})]


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा दे सकता है।",
        "भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देगा।",
    ],
)
def test_a_charge_only_supposed_or_foretold_is_not_made(text: str) -> None:
    assert [m for typ, _, m, _ in _events(text) if typ == "ACCUSE"] == ["planned"]


def test_a_charge_said_as_done_is_made() -> None:
    text = "भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है।"
    assert [m for typ, _, m, _ in _events(text) if typ == "ACCUSE"] == ["occurred"]


@pytest.mark.parametrize(
    ("text", "typ", "doer"),
    [
        ("आतंकियों के हमला करने पर जवानों ने मोर्चा संभाला।", "ASSAULT", "agent:reb"),
        ("पुलिस के लाठीचार्ज करने पर किसान भड़क गए।", "COERCE", "agent:cop"),
    ],
)
def test_an_act_done_upon_which_another_was_done_is_an_act(rules_only, text: str, typ: str, doer: str) -> None:
    evs = [(m, roles) for t, _, m, roles in _events(text) if t == typ]
    assert evs == [("occurred", {doer: "source"})], evs


def test_upon_a_doer_named_by_dvara_each_act_has_its_own_doer(rules_only) -> None:
    text = "उग्रवादियों द्वारा थाने पर हमला करने पर पुलिस ने जवाबी फायरिंग की।"
    attacks = [roles for t, _, _, roles in _events(text) if t == "ASSAULT"]
    assert {"agent:reb": "source"} in attacks
    assert all(not ("agent:reb" in r and "agent:cop" in r) for r in attacks), attacks


def test_an_act_upon_which_a_future_one_will_be_done_is_a_condition(rules_only) -> None:
    text = "आतंकियों के हमला करने पर सेना जवाब देगी।"
    assert ("conditional", {"agent:reb": "source"}) in [(m, r) for t, _, m, r in _events(text) if t == "ASSAULT"]


def test_the_doer_of_a_condition_dropped_is_not_the_subject_after_it(rules_only) -> None:
    text = "पुलिस द्वारा नेता को गिरफ्तार किए जाने पर समर्थकों ने विरोध किया।"
    assert typed_events(text, "COERCE") == []
    assert all("agent:cop" not in roles for _, _, _, roles in _events(text))


def test_an_infinitive_with_no_doer_before_par_is_what_an_accusation_is_made_of(rules_only) -> None:
    text = "भारत ने आतंकवाद को बढ़ावा देने पर पाकिस्तान की आलोचना की।"
    assert [(t, roles) for t, _, _, roles in _events(text)] == [
        ("ACCUSE", {"country:in": "source", "country:pk": "target"})]
