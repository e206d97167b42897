"""Actors of events (#15), session 21 (second pass): the genitive side of a meeting whose other side
has a title before its name, and the sides of a dispute named as a whole ("सभी पक्ष")."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, str]:
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert evs, [e["type"] for e in doc["events"]]
    return {a["entity_id"]: a["role"] for a in evs[0]["actors"]}


def test_the_genitive_side_of_a_meeting_with_a_titled_companion():
    # Lavrov's meeting with the foreign minister Jaishankar: the title does not hide Lavrov
    doc = annotate_text("बुधवार को लावरोव की विदेश मंत्री एस. जयशंकर से लंबी बैठक हुई।", published="2024-05-02")
    roles = _actors(doc, "CONSULT")
    assert roles.get("person:sergey-lavrov") == "participant", roles
    assert roles.get("person:s-jaishankar") == "participant", roles


def test_the_genitive_side_of_a_meeting_with_two_titled_companions():
    doc = annotate_text("बुधवार को लावरोव की विदेश मंत्री एस. जयशंकर और सुरक्षा सलाहकार अजीत डोभाल के साथ बैठक हुई।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "CONSULT")
    assert {"person:sergey-lavrov", "person:s-jaishankar", "person:ajit-doval"} <= roles.keys(), roles
    assert set(roles.values()) == {"participant"}, roles


def test_a_genitive_far_from_its_companion_is_not_a_side():
    # a case word between the genitive and the companion: the genitive modifies something else
    doc = annotate_text("भारत की राजधानी में अधिकारियों ने जयशंकर से बातचीत की।", published="2024-05-02")
    assert "country:in" not in _actors(doc, "CONSULT")


def test_all_parties_asked_are_the_request_target():
    doc = annotate_text("जापान ने सभी पक्षों से संयम बरतने की अपील की।", published="2024-05-02")
    roles = _actors(doc, "REQUEST")
    assert roles.get("country:jp") == "source", roles
    assert roles.get("agent:gov") == "target", roles


def test_all_parties_concerned_are_the_request_target():
    doc = annotate_text("चीन ने सभी संबंधित पक्षों से बातचीत की मेज पर लौटने का आग्रह किया।", published="2024-05-02")
    assert _actors(doc, "REQUEST").get("agent:gov") == "target"


def test_a_stance_is_no_party():
    # पक्ष alone is a stance, not a side
    doc = annotate_text("भारत ने अपना पक्ष रखा और अमेरिका की निंदा की।", published="2024-05-02")
    assert "agent:gov" not in _actors(doc, "ACCUSE")


def test_the_owner_of_a_title_before_the_companion_is_not_a_side():
    # the council's secretary Shoigu: के belongs to the title, not to the talks
    doc = annotate_text("डोभाल ने रूस की सुरक्षा परिषद के सचिव सर्गेई शोइगु से बातचीत की।", published="2024-05-02")
    roles = _actors(doc, "CONSULT")
    assert "org:unsc" not in roles, roles
    assert roles.get("person:sergei-shoigu") == "participant", roles
