"""An English base form right after another verb, with only its modifiers between, is that verb's object
noun: "condemned Kargil attack" is no attack by the condemners (session 27)."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _actors(doc: dict, kind: str) -> list[set[tuple[str, str]]]:
    return [{(a["role"], a["entity_id"]) for a in e["actors"]} for e in doc["events"] if e["type"] == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan condemned Kargil attack in the strongest words.",
        "Japan condemned the Kargil attack in the strongest words.",
        "Japan and France meet in Paris, condemn Kargil attack",
    ],
)
def test_the_condemners_are_not_the_attackers(sentence: str):
    doc = annotate_text(sentence, published="2024-05-02", language="en")
    assert _actors(doc, "ACCUSE"), doc["events"]
    for actors in _actors(doc, "ASSAULT"):
        assert not any(role == "source" and eid in ("country:jp", "country:fr") for role, eid in actors), actors


def test_a_side_named_before_the_noun_is_its_doer():
    doc = annotate_text("France condemned the US attack on Iran.", published="2024-05-02", language="en")
    assert ("source", "country:us") in _actors(doc, "ASSAULT")[0], doc["events"]


@pytest.mark.parametrize(
    "sentence", ["Russia will attack Ukraine, officials warned.", "Russia threatened to attack Ukraine again."]
)
def test_a_base_form_after_a_modal_or_to_is_a_verb(sentence: str):
    doc = annotate_text(sentence, published="2024-05-02", language="en")
    assert any(("source", "country:ru") in a for a in _actors(doc, "ASSAULT")), doc["events"]
