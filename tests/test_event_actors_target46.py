"""Actors of events (#15), session 46: whom an act is against or done to, where only its case shows it. A word no
name, office or dictionary reads, right before the "against" case of a charge ("... के खिलाफ मुकदमा दर्ज किया") or
right before the genitive of a noun of an act done to someone ("... की हत्या"), is the act's target
(events/state._unnamed_target); an act opposed (an infinitive) is no one. Like the unnamed ergative subject, it only
fills in the target of an event the rules keep without it and that names none (``_State.fill_unnamed_subjects``)."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of


def _targets(text: str, typ: str) -> list[str]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [a["entity_id"] for a in evs[0]["actors"] if a["role"] == "target"]


@pytest.mark.parametrize(("text", "typ"), [
    ("थाना पुलिस ने बस चालक के खिलाफ लापरवाही का मुकदमा दर्ज किया।", "ACCUSE"),
    ("बदमाशों ने गांव में झुमरू की हत्या कर दी।", "ASSAULT"),
    ("कानपुर के नामी पहलवान झुमरू का कत्ल कानपुर में हुआ था और शव उन्नाव में पड़ा मिला।", "ASSAULT"),
])
def test_a_word_before_the_case_of_whom_an_act_is_against_is_its_target(text: str, typ: str) -> None:
    assert any(t.startswith("new:person:") for t in _targets(text, typ)), text


def test_an_act_opposed_is_no_target() -> None:
    # the infinitive before "के खिलाफ" is what the petition opposes, not whom
    text = "व्यापारियों ने किराया बढ़ाने के खिलाफ अदालत में याचिका दायर की।"
    assert not any(t.startswith("new:person:") for t in _targets(text, "ACCUSE")), text


def test_a_target_the_rules_found_stands() -> None:
    # a named target is whom the case is against: no word is read beside it
    text = "थाना पुलिस ने राहुल गांधी के खिलाफ मुकदमा दर्ज किया।"
    assert _targets(text, "ACCUSE") == ["person:rahul-gandhi"], text
