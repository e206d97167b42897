"""Actors of events (#15), session 38: the people of a list share its role. In "A के मंत्री X, B की Y और C के Z की
मेजबानी की" coordination gives X and Y the genitive of Z, but the frame reads only the name next to the act's noun;
a named person joined to the next one by a comma or a conjunction (over that one's own genitive modifier and
office) is one more target of the same act."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


@pytest.mark.parametrize(("text", "typ", "targets"), [
    ("पेरिस में राष्ट्रपति मैक्रों ने जर्मनी के चांसलर ओलाफ शोल्ज़, इटली की प्रधानमंत्री जॉर्जिया मेलोनी और स्पेन के "
     "प्रधानमंत्री पेड्रो सांचेज़ की मेजबानी की।", "CONSULT",
     {"person:olaf-scholz", "person:giorgia-meloni", "person:pedro-sanchez"}),
    ("भारत के विदेश मंत्रालय ने शहबाज़ शरीफ़ और ख्वाजा आसिफ़ के बयानों को खारिज कर दिया।", "REJECT",
     {"person:shehbaz-sharif", "person:khawaja-asif"}),
    ("विदेश मंत्री ने ब्रिटेन के विदेश सचिव डेविड लैमी और कनाडा की विदेश मंत्री मेलानी जोली की आलोचना की।", "ACCUSE",
     {"person:david-lammy", "person:melanie-joly"}),
])
def test_people_of_a_list_share_its_role(text: str, typ: str, targets: set[str]) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    roles = roles_of(evs[0])
    assert {e for e, r in roles.items() if r == "target"} == targets, roles


@pytest.mark.parametrize("text", [
    "भारत ने शहबाज़ शरीफ़, फिर अगले दिन पाकिस्तान के रक्षा मंत्री ख्वाजा आसिफ़ के बयान की आलोचना की।",
    "भारत ने पहले शहबाज़ शरीफ़ और फिर अगले दिन ख्वाजा आसिफ़ के बयान की आलोचना की।",
])
def test_a_name_set_apart_by_other_words_is_no_conjunct(text: str) -> None:
    # a genitive person before a comma or a conjunction, other words ("फिर अगले दिन": another time) between it and
    # the next person: no list of the statement's owners, so not the criticism's target (session 38 review, #10:
    # the check of words between the joint and the next conjunct in arguments._conjuncts_share; without it Sharif
    # is a target)
    evs = events_of(annotate_text(text, published="2024-05-02"), "ACCUSE")
    assert evs
    roles = roles_of(evs[0])
    assert roles.get("person:khawaja-asif") == "target", roles
    assert roles.get("person:shehbaz-sharif") != "target", roles
