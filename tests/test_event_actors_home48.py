"""Actors of events (#15), session 48: the owner of a home struck, raided or searched, or the one a thing is seized
from, is the act's target. A word no name, office or dictionary reads right before a home or a keeping (``के घर``,
``के मकान पर``, ``के पास से``: words.tsv ``home_of``) in the clause of a raid, a seizure or an attack is whom it is
done to (events/state._unnamed_target), kept aside and joined only to an event kept without a target
(``_State.fill_unnamed_subjects``); other acts (a meeting at someone's home) take no target so."""

from __future__ import annotations

from conftest import annotate_text, events_of


def _sides(text: str, typ: str, role: str) -> list[str]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [a["entity_id"] for a in evs[0]["actors"] if a["role"] == role]


def test_the_one_a_thing_is_seized_from_is_its_target() -> None:
    targets = _sides("गिरफ्तार सुरेश के पास से पुलिस ने पांच पिस्तौल बरामद कीं।", "COERCE", "target")
    assert len(targets) == 1 and targets[0].startswith("new:person:"), targets


def test_the_owner_of_a_home_robbed_is_its_target() -> None:
    targets = _sides("डकैतों ने सोमवार रात व्यापारी सुरेश के घर डकैती डाली।", "ASSAULT", "target")
    assert len(targets) == 1 and targets[0].startswith("new:person:"), targets


def test_a_home_near_a_meeting_makes_no_target() -> None:
    evs = events_of(annotate_text("मंत्री सुरेश ने राम के घर पर बैठक की।", published="2024-05-02"), "CONSULT")
    assert not any(a["role"] == "target" for e in evs for a in e["actors"])
