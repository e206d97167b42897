"""Actors of events (#15), session 28: actor errors that recur on news dev, BBC dev and the tuning sets."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str, nth: int = 0) -> dict[str, str]:
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert len(evs) > nth, [e["type"] for e in doc["events"]]
    return {a["entity_id"]: a["role"] for a in evs[nth]["actors"]}


def test_a_retelling_in_other_words_adds_no_second_doer():
    # the army's strike told again by "the soldiers": one doer, the army, not the army and a generic one
    doc = annotate_text("भारतीय सेना ने सोमवार को पुंछ में पाकिस्तान की एक चौकी को तबाह कर दिया। "
                        "जवानों ने सोमवार को पुंछ में पाकिस्तान की उस चौकी को निशाना बनाया।",
                        published="2024-05-02")  # fmt: skip
    evs = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert len(evs) == 1, evs
    roles = _actors(doc, "ASSAULT")
    assert roles.get("org:in-army") == "source", roles
    assert roles.get("country:pk") == "target", roles
    assert [r for r in roles.values() if r == "source"] == ["source"], roles
