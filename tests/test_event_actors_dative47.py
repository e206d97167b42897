"""Actors of events (#15), session 47: whom an act is done to, told only by the dative. A plural of people named by
what they do (words.tsv people_plural_end: "-कर्मियों", "-वालों") that no name, office or dictionary reads, right
before the dative of an act whose target the dative marks, is the act's target (events/state._unnamed_target); any
other word there is as often the thing acted on and is left alone. As every unnamed actor, it only fills in the target
of an event the rules keep without it and that names none (``_State.fill_unnamed_subjects``)."""

from __future__ import annotations

from conftest import annotate_text, events_of


def _targets(text: str, typ: str) -> list[str]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [a["entity_id"] for a in evs[0]["actors"] if a["role"] == "target"]


def test_a_plural_of_people_before_the_dative_is_the_target() -> None:
    text = "हथियारबंद लुटेरों ने थाने में घुसकर बिजलीघर के रखवालों को बंधक बना लिया।"
    assert any(t.startswith("new:person:") for t in _targets(text, "COERCE")), text


def test_another_plural_before_the_dative_is_no_target() -> None:
    # the things seized, not whom
    text = "हथियारबंद लुटेरों ने थाने में घुसकर ट्रकों को बंधक बना लिया।"
    assert not any(t.startswith("new:person:") for t in _targets(text, "COERCE")), text
