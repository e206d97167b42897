"""Actors of events (#15), session 47: actors the text gives no words of their own. A usual doer of an act told in
the passive (the police who arrest) that its clause left without a country takes the country of the place the event
was finally given (``_State.place_usual_doers``, after places are carried and chosen). The side an attack answers
(``_Arguments._counterpart``) of a named group of no state is never militants of no known country: they may be the
doers themselves, told first by a group word and then by their name; troops still answer militants. Who criticised,
condemned or voiced concern is no doer carried to a deed of force (ASSAULT, COERCE) told next in the passive: they
spoke of another's acts."""

from __future__ import annotations

from conftest import annotate_text, events_of


def _actors(text: str, typ: str, role: str) -> list[list[str]]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [[a["entity_id"] for a in e["actors"] if a["role"] == role] for e in evs]


def test_a_usual_doer_takes_the_country_of_the_place_the_act_was_given() -> None:
    # the arrest names no place; the scene of the sentence before is in Pakistan
    text = "पाकिस्तान के लाहौर शहर में कल भारी विरोध प्रदर्शन हुआ। प्रदर्शन के बाद सईद को गिरफ्तार कर लिया गया।"
    assert _actors(text, "COERCE", "source")[-1] == ["agent:cop:pk"], text


def test_a_usual_doer_of_a_clause_that_names_its_place_keeps_that_country() -> None:
    text = "दिल्ली में कल दो युवकों को गिरफ्तार कर लिया गया।"
    assert _actors(text, "COERCE", "source")[-1] == ["agent:cop:in"], text


def test_an_attack_by_a_named_group_answers_no_militants_of_no_country() -> None:
    text = "आतंकियों ने कल सीमा के गांव में गोलीबारी की। इस्लामिक स्टेट ने पांच मई को भी इसी क्षेत्र में हमला किया था।"
    assert "agent:reb" not in _actors(text, "ASSAULT", "target")[-1], text


def test_a_reply_to_fire_still_answers_a_force_of_a_known_country() -> None:
    text = "पाकिस्तानी सैनिकों ने कल सीमा पर गोलीबारी की। भारतीय सेना ने भी जवाबी कार्रवाई की।"
    assert _actors(text, "ASSAULT", "target")[-1] == ["agent:mil:pk"], text


def test_who_criticised_is_no_carried_doer_of_a_killing_told_next() -> None:
    text = "संयुक्त राष्ट्र ने सरकार की आलोचना की है। बुधवार को सैकड़ों प्रदर्शनकारियों को गोली मार दी गई।"
    assert "org:un" not in _actors(text, "ASSAULT", "source")[-1], text


def test_who_raided_is_still_the_carried_doer_of_the_arrest_told_next() -> None:
    text = "पुलिस ने कल रात गांव में छापा मारा। इसके बाद तीन लोगों को गिरफ्तार कर लिया गया।"
    assert _actors(text, "COERCE", "source")[-1] == ["agent:cop"], text
