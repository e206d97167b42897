"""Actors of events (#15): the other side of a one-sided act, and generic actors with a rank."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, tuple[str, str]]:
    (ev,) = [e for e in doc["events"] if e["type"] == typ]
    return {a["entity_id"]: (a["role"], a["via"]) for a in ev["actors"]}


def test_rejecting_what_the_other_side_said_answers_that_side():
    # the accusations were Australia's: rejecting them is aimed at Australia, unnamed in the clause
    doc = annotate_text("ऑस्ट्रेलिया की संसद में भारत पर जासूसी के आरोप लगे हैं। भारत सरकार इन दावों को ख़ारिज करती आई है।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "REJECT")
    assert roles.get("country:au", ("",))[0] == "target", roles
    # an act on a thing that nobody said ("हमले की निंदा") still has no other side
    other = annotate_text("जापान ने कल रात हुए धमाके की कड़ी निंदा की।", published="2024-05-02")
    assert not any(r == "target" for r, _ in _actors(other, "ACCUSE").values())


def test_a_remark_objected_to_is_the_other_countrys():
    doc = annotate_text("नेपाल के एक मंत्री ने भारत के बारे में विवादित बात कही। नई दिल्ली में भारतीय राजदूत ने इस टिप्पणी पर "
                        "आपत्ति जताई।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:np", ("",))[0] == "target", roles


def test_a_states_forces_firing_told_by_a_noun_fire_at_the_other_side():
    doc = annotate_text("Tension rose on the border between India and Pakistan this week. "
                        "The shelling by Pakistani troops went on for three hours in Uri sector.",
                        published="2024-05-02", language="en")  # fmt: skip
    roles = _actors(doc, "ASSAULT")
    assert roles.get("agent:mil:pk", ("",))[0] == "source", roles
    assert roles.get("country:in", ("",))[0] == "target", roles


def test_a_rank_before_a_generic_actor_keeps_its_owner():
    # "वरिष्ठ" between the pair and the officers: each country's officers, not officers of nowhere
    doc = annotate_text("लद्दाख में भारत और चीन के बीच तनाव है। दोनों देशों के वरिष्ठ सैन्य अधिकारी आज बैठक कर रहे हैं।",
                        published="2024-05-02")  # fmt: skip
    meets = [e for e in doc["events"] if e["type"] == "CONSULT" and "बैठक" in e.get("trigger", "")] or [
        e for e in doc["events"] if e["type"] == "CONSULT"]
    ids = {a["entity_id"] for e in meets for a in e["actors"]}
    assert {"agent:mil:in", "agent:mil:cn"} <= ids or {"country:in", "country:cn"} <= ids, ids
    assert "agent:mil" not in ids, ids
    one = annotate_text("पाकिस्तान के वरिष्ठ अधिकारियों ने भारत की निंदा की।", published="2024-05-02")
    assert _actors(one, "ACCUSE").get("agent:gov:pk", ("",))[0] == "source"
