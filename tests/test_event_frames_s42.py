"""An act named only as a frame of time (#15), session 42 (docs/events.md, "What counts as an event"): an act noun
before ``के बाद`` or ``के दौरान`` is an event when its own phrase names where it was or whom it struck; a bare or
demonstrative noun stays no act (sentences of our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events


@pytest.mark.parametrize(("text", "place"), [
    # a city struck ("X पर"), with no participle, adjective or doer
    ("चेन्नई पर हमले के बाद राज्य सरकार ने तटीय इलाकों में गश्त बढ़ा दी।", "city:chennai"),
    # a city struck, an adjective of the attack between
    ("मुंबई पर आतंकी हमले के बाद केंद्र ने नई नीति बनाई।", "city:mumbai"),
])  # fmt: skip
def test_a_place_struck_in_the_frame_names_the_attack(text, place):
    doc = annotate_text(text, published="2024-05-02")
    attacks = _events(doc, "ASSAULT")
    assert attacks, doc["events"]
    assert (attacks[0].get("place") or {}).get("entity_id") == place, attacks[0]
    assert attacks[0]["modality"] == "occurred"


@pytest.mark.parametrize("text", [
    # a demonstrative or a bare noun points back to a telling or to nothing
    "इस हमले के बाद राज्य सरकार ने तटीय इलाकों में गश्त बढ़ा दी।",
    "हमले के बाद राज्य सरकार ने तटीय इलाकों में गश्त बढ़ा दी।",
    # the place struck stands in another clause, beyond a stop
    "चेन्नई पर सबकी नज़र है। हमले के बाद राज्य सरकार ने गश्त बढ़ा दी।",
])  # fmt: skip
def test_a_bare_frame_is_no_attack(text):
    doc = annotate_text(text, published="2024-05-02")
    assert not _events(doc, "ASSAULT"), doc["events"]
