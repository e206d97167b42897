"""Actors of events (#15), session 36: a group word that counts or points at the people or countries named
just before (``दोनों देशों`` after both were named in its own sentence, ``तीनों देशों``, ``इन नेताओं``,
"the three countries") stands for them (``lang/*/words.tsv`` ``group_word_N``, ``group_pointer``)."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


def _actors(doc: dict, typ: str) -> dict[str, str]:
    evs = events_of(doc, typ)
    assert evs, [e["type"] for e in doc["events"]]
    return roles_of(evs[0])


def test_both_countries_are_the_two_named_before_it_in_its_own_sentence():
    doc = annotate_text("नेपाल के वाणिज्य मंत्री के जापान दौरे में दोनों देशों के बीच चाय के निर्यात पर एक समझौते पर "
                        "हस्ताक्षर किए गए।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "AGREE")
    assert roles.get("country:np") == "participant", roles
    assert roles.get("country:jp") == "participant", roles


@pytest.mark.parametrize("text", [
    "भारत, फ्रांस और जापान के विदेश मंत्री सोमवार को टोक्यो में मिले। तीनों देशों ने समुद्री सुरक्षा पर एक समझौते पर "
    "हस्ताक्षर किए।",
    "India, France and Japan held talks in Tokyo on Monday. The three countries signed an agreement on maritime "
    "security.",
])
def test_the_three_countries_are_the_three_named_in_the_sentence_before(text):
    roles = _actors(annotate_text(text, published="2024-05-02"), "AGREE")
    assert {c for c, r in roles.items() if r == "participant"} >= {"country:in", "country:fr", "country:jp"}, roles


def test_these_leaders_are_the_people_named_in_the_sentence_before():
    doc = annotate_text("सम्मेलन में नरेंद्र मोदी, व्लादिमीर पुतिन और शी जिनपिंग मौजूद थे। इन नेताओं ने आतंकवाद की "
                        "कड़ी निंदा की।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("person:narendra-modi") == "source", roles
    assert roles.get("person:vladimir-putin") == "source", roles
    assert roles.get("person:xi-jinping") == "source", roles


def test_a_count_the_names_before_do_not_fit_names_no_one_of_them():
    # four countries counted where three were named: the group stands for none of them
    doc = annotate_text("भारत, फ्रांस और जापान के विदेश मंत्री सोमवार को टोक्यो में मिले। चारों देशों ने समुद्री "
                        "सुरक्षा पर एक समझौते पर हस्ताक्षर किए।", published="2024-05-02")  # fmt: skip
    for ev in doc["events"]:
        if ev["type"] == "AGREE":
            ids = {a["entity_id"] for a in ev["actors"]}
            assert not ids >= {"country:in", "country:fr", "country:jp"}, ev["actors"]


def test_the_pair_alone_before_a_postposition_is_the_two_people_named_before():
    doc = annotate_text("अदालत ने नवाज शरीफ और इमरान खान की याचिकाओं पर सुनवाई की। न्यायाधीश ने दोनों को अगले महीने पेश "
                        "होने का निर्देश दिया।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "REQUEST")
    assert roles.get("person:nawaz-sharif") == "target", roles
    assert roles.get("person:imran-khan") == "target", roles


def test_the_pair_alone_after_a_clause_is_the_two_countries_of_its_sentence():
    doc = annotate_text("चीन ने जापानी जहाजों की घुसपैठ पर कड़ी आपत्ति जताई थी, जिसके बाद दोनों के बीच एक समझौता हुआ था।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "AGREE")
    assert roles.get("country:cn") == "participant", roles
    assert roles.get("country:jp") == "participant", roles


def test_a_group_word_naming_both_sides_of_a_passive_signing_drops_the_teller():
    # the ministry that tells of the signing is not one of its sides
    doc = annotate_text("विदेश मंत्रालय ने बुधवार को कहा कि नेपाल के वाणिज्य मंत्री के जापान दौरे में दोनों देशों के बीच "
                        "चाय के निर्यात पर एक समझौते पर हस्ताक्षर किए गए।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "AGREE")
    assert set(roles) == {"country:np", "country:jp"}, roles


def test_two_generic_actors_of_one_sector_are_the_doer_and_the_one_it_acts_on():
    # a councillor accusing an engineer: both of one country's civic government, two sides, not one
    doc = annotate_text("गाजियाबाद, 5 मई। पार्षद ने अभियंता पर भ्रष्टाचार का आरोप लगाया।", published="2024-05-05")
    ev = events_of(doc, "ACCUSE")[0]
    assert sorted(a["role"] for a in ev["actors"] if a["entity_id"].startswith("agent:gov")) == ["source", "target"], ev
