"""Actors of events (#15), session 37: the doers of an act whose sides are alike are its participants, when no
one is its target (docs/events.md): an agreement's sides whoever the verb makes the subject ("X और Y ने ... का
संकल्प लिया", "हामी भरी"), a disengagement's, and two or more sides doing an act to each other (``reciprocal``,
``lang/*/words.tsv``: "एक-दूसरे पर आरोप लगाए", "accused each other")."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


def _actors(doc: dict, typ: str) -> dict[str, str]:
    evs = events_of(doc, typ)
    assert evs, [e["type"] for e in doc["events"]]
    return roles_of(evs[0])


@pytest.mark.parametrize(("text", "sides"), [
    ("जापान और भारत ने मिलकर आतंकवाद से लड़ने का संकल्प लिया है।", ("country:jp", "country:in")),
    ("अमेरिका और रूस ने प्रस्ताव पर हामी भर दी है।", ("country:us", "country:ru")),
    ("सुरक्षा परिषद ने मसौदे पर सहमति की मुहर लगा दी।", ("org:unsc",)),
])
def test_the_sides_of_an_agreement_are_participants(text: str, sides: tuple[str, ...]) -> None:
    roles = _actors(annotate_text(text, published="2024-05-02"), "AGREE")
    for side in sides:
        assert roles.get(side) == "participant", roles


@pytest.mark.parametrize("text", [
    "पाकिस्तान और अफगानिस्तान ने एक दूसरे पर सीमा पर गोलीबारी का आरोप लगाया।",
    "ईरान और इजराइल एक-दूसरे पर हमले के आरोप लगा रहे हैं।",
    "Iran and Israel accused each other of the attack on Monday.",
])
def test_sides_that_accuse_each_other_are_participants(text: str) -> None:
    roles = _actors(annotate_text(text, published="2024-05-02"), "ACCUSE")
    assert len(roles) == 2 and set(roles.values()) == {"participant"}, roles


def test_one_side_that_accuses_another_stays_the_source() -> None:
    roles = _actors(annotate_text("पाकिस्तान ने अफगानिस्तान पर सीमा पर गोलीबारी का आरोप लगाया।",
                                  published="2024-05-02"), "ACCUSE")
    assert roles.get("country:pk") == "source", roles
    assert roles.get("country:af") == "target", roles
