"""Session 47, issue #15: support given to terrorism is a charge against the one said to give it
(``lang/hi/predicates_more.tsv`` rows with the ``charge`` frame, ``senses.tsv``'s refuge row, events/state.py
``_told_as_charge``): the supporter, the clause's subject, is the accusation's target; the one who says it, its source;
nobody where no one says it. A charge's content, a denial and a negation tell no charge of the supporter's. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in, roles_of, senses_in


def _accusations(text: str) -> list[dict[str, str]]:
    """The roles of each ACCUSE a Hindi text gives."""
    doc = annotate_text(text, published="2024-05-02")
    return [roles_of(e) for e in doc["events"] if e["type"] == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने कहा कि पड़ोसी देश आतंकवाद को बढ़ावा दे रहा है।",
        "उन्होंने कहा कि उस देश ने आतंकी संगठनों को प्रश्रय दिया।",
        "रिपोर्ट में कहा गया कि वह सरकार आतंकियों को पनाह दे रही है।",
        "रिपोर्ट में कहा गया कि वह देश आतंकियों और तस्करों को पनाह दे रहा है।",
    ],
)
def test_support_to_terror_is_an_accusation_told_as_a_charge(text: str) -> None:
    matches = [m for _, m in predicates_in(text)]
    assert [(m.entry.type, m.entry.mode, m.entry.frame) for m in matches] == [("ACCUSE", "accuse", "charge")]
    assert matches[0].entry.mood == ""  # (the mood column's "-" before the frame is no mood)


@pytest.mark.parametrize(
    ("text", "senses"),
    [
        ("सरकार पर्यटन को बढ़ावा दे रही है।", []),
        ("राज्य ने छोटे उद्योगों को संरक्षण दिया।", []),
        ("उस देश ने शरणार्थियों को पनाह दी।", [("AID", "humanitarian")]),
        ("सरकार ने आतंकवाद से पीड़ित परिवारों को पनाह दी।", [("AID", "humanitarian")]),
        ("सरकार ने आतंकवाद पीड़ितों को पनाह दी।", [("AID", "humanitarian")]),
        ("जर्मनी ने आतंकवाद पीड़ित परिवारों को पनाह दी।", [("AID", "humanitarian")]),
    ],
)
def test_support_to_anything_else_keeps_its_sense(text: str, senses: list[tuple[str, str]]) -> None:
    assert senses_in(text) == senses


def test_a_speakers_charge_has_the_speaker_as_source_and_the_supporter_as_target() -> None:
    assert _accusations("भारत ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है।") == [
        {"country:in": "source", "country:pk": "target"}]


def test_a_charge_in_a_quotation_is_its_speakers_over_sentences() -> None:
    text = "भारत ने कहा, “हम शांति चाहते हैं। लेकिन पाकिस्तान आतंकियों को पनाह दे रहा है।”"
    assert _accusations(text) == [{"country:in": "source", "country:pk": "target"}]


def test_a_present_saying_without_the_ergative_has_its_speaker_as_source() -> None:
    assert _accusations("भारत का कहना है कि पाकिस्तान आतंकियों को पनाह देता है।") == [
        {"country:in": "source", "country:pk": "target"}]


def test_a_claim_no_one_says_has_the_supporter_as_target_and_no_source() -> None:
    assert _accusations("पाकिस्तान आतंकवाद को बढ़ावा देता है।") == [{"country:pk": "target"}]


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।",
        "भारत ने आरोप लगाया कि पाकिस्तान आतंकियों को पनाह देता है।",
        "भारत का आरोप है कि पाकिस्तान आतंकवाद को बढ़ावा देता है।",
    ],
)
def test_the_content_of_a_charge_is_that_one_charge(text: str) -> None:
    assert _accusations(text) == [{"country:in": "source", "country:pk": "target"}]


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान ने आतंकवाद को बढ़ावा देने के आरोपों को खारिज किया।",
        "भारत ने कहा कि पाकिस्तान अब आतंकवाद को बढ़ावा नहीं देता।",
        "पाकिस्तान ने कहा कि वह आतंकवाद को बढ़ावा नहीं देता।",
    ],
)
def test_a_denial_or_a_negation_makes_no_one_an_accuser(text: str) -> None:
    assert not any(r.get("country:pk") == "source" for r in _accusations(text))
    assert not any("country:in" in r for r in _accusations(text))


def test_one_said_of_oneself_accuses_no_one() -> None:
    # the speaker is no source of what he says of himself: the accused alone
    assert _accusations("पाकिस्तान ने कहा कि पाकिस्तान आतंकियों को पनाह देता है।") == [{"country:pk": "target"}]
    # "वह" is a pronoun the coder does not resolve: no one to accuse, so no event (never the speaker as source)
    assert _accusations("पाकिस्तान ने कहा कि वह आतंकियों को पनाह देता है।") == []


def test_an_infinitives_doer_is_the_owner_its_genitive_names_not_the_clause_before() -> None:
    # the owner is a pronoun the coder does not resolve: no one is made the accused, least of all India, the
    # subject of the clause before "लेकिन"
    text = "विदेश मंत्री जयशंकर ने कहा कि भारत शांति चाहता है, लेकिन आतंकवाद को शह देने की उसकी नीति से उसे कुछ नहीं मिलेगा।"
    assert _accusations(text) == [{"person:s-jaishankar": "source"}]


def test_a_charge_that_an_accusation_is_made_of_is_that_accusation() -> None:
    doc = annotate_text("जयशंकर ने पाकिस्तान की आतंकवाद को शह देने की नीति की आलोचना की।", published="2024-05-02")
    assert [(e["mode"], roles_of(e)) for e in doc["events"] if e["type"] == "ACCUSE"] == [
        ("criticize", {"person:s-jaishankar": "source", "country:pk": "target"})]


def test_a_charge_made_by_saying_it_is_made_where_its_speaker_spoke() -> None:
    # the saying is the act: reported words do not keep the scene of the speaker's address from it, as they do from
    # an act the speaker reports
    scene = "प्रधानमंत्री नरेंद्र मोदी ने रविवार को लखनऊ में एक जनसभा को संबोधित किया। "
    doc = annotate_text(scene + "मोदी ने कहा कि पाकिस्तान आतंकवाद को बढ़ावा देता है।", published="2024-05-02")
    assert [(e.get("place") or {}).get("entity_id") for e in doc["events"] if e["type"] == "ACCUSE"] == ["city:lucknow"]
    doc = annotate_text(scene + "मोदी ने कहा कि पाकिस्तान ने चीन की निंदा की।", published="2024-05-02")
    assert [(e.get("place") or {}).get("entity_id") for e in doc["events"] if e["type"] == "ACCUSE"] == [None]
