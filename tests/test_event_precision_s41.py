"""Spurious events on the write sets by class (issue #15, session 41). An act whose genitive is its accused stays a
charge with an adjective between (``हत्या के कथित आरोपी``); an act wished for (``... करने की इच्छा``) or opposed
(``... करने के खिलाफ``) is not done; a bare loan noun of duty is a work shift, not a tariff, and a bare "side"
(``पक्ष``) takes no one's side; a task, evidence or a record handed over is no concession; a toll's generic dead are
no victims told before; happiness or a commitment needs whom it is about; a charge admitted is no agreement; keeping
out of a vote is no withdrawal; a complaint lodged with the police is a case (``events/state.py``; ``lang/hi/words.tsv``
``accused_adjective``, ``admitted_object``, ``vote_word``, ``reflexive_apart``, ``message_noun``;
``lang/hi/modality.tsv`` unreal; ``lang/hi/predicates*.tsv``). Their twins told as acts stay. Sentences written for
these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


def test_an_act_of_the_alleged_accused_is_a_charge(rules_only):
    assert typed_events("पुलिस ने हत्या के कथित आरोपी को गिरफ्तार किया।", "ASSAULT") == []
    assert typed_events("पुलिस ने हत्या के कथित आरोपी को गिरफ्तार किया।", "COERCE")


def test_an_act_wished_for_is_not_done(rules_only):
    assert typed_events("मंत्री ने पड़ोसी देश से बातचीत करने की इच्छा जताई।", "CONSULT") == []
    assert typed_events("मंत्री ने पड़ोसी देश से बातचीत की।", "CONSULT")


def test_a_bare_duty_is_no_tariff_and_a_bare_side_no_support(rules_only):
    assert typed_events("सिपाही रात की ड्यूटी के बाद घर लौट रहा था।", "SANCTION") == []
    assert [e["mode"] for e in typed_events("सरकार ने चीनी सामान पर आयात ड्यूटी बढ़ा दी।", "SANCTION")] == ["tariff"]
    assert typed_events("अदालत के बाहर दोनों पक्षों के बीच समझौता हुआ।", "SUPPORT") == []
    assert typed_events("रूस ने इस विवाद में भारत का पक्ष लिया।", "SUPPORT")


@pytest.mark.parametrize("text", [
    "जीडीए ने पुल बनाने का जिम्मा निर्माण निगम को सौंपा है।",
    "सरकार ने मामले की जांच सीबीआई को सौंप दी।",
    "अभियुक्त ने जांच दल को दो ऑडियो रिकॉर्डिंग वाली पेन ड्राइव सौंपी।",
    "सीबीआई को सौंपी गई दूसरी ऑडियो रिकॉर्डिंग में बातचीत है।",
])
def test_a_task_or_evidence_handed_over_is_no_concession(rules_only, text):
    assert typed_events(text, "CONCEDE") == [], text


def test_people_handed_over_stay_a_concession(rules_only):
    assert typed_events("भारत ने पकड़े गए मछुआरे पाकिस्तान को सौंप दिए।", "CONCEDE")


def test_generic_dead_told_before_do_not_keep_a_later_toll_apart(rules_only):
    # the police killed in the second sentence are not the three killed in the attack: their deaths are its toll
    text = ("गुरुवार को नक्सलियों ने एक जवान की हत्या कर दी। पुलिस के मुताबिक दो सिपाही भी मारे गए। बाद में नक्सलियों ने "
            "थाने पर हमला किया, जिसमें तीन पुलिसकर्मी मारे गए।")
    attack = [e for e in typed_events(text, "ASSAULT") if e["mode"] == "attack"]
    assert [[(a["role"], a["entity_id"]) for a in e["actors"] if a["role"] == "target"] for e in attack] == [
        [("target", "agent:cop")]]


def test_happiness_that_a_thing_is_so_praises_no_one(rules_only):
    assert typed_events("मंत्री ने इस बात पर खुशी जताई कि बातचीत में कई मुद्दे सुलझ गए हैं।", "SUPPORT") == []
    assert typed_events("प्रधानमंत्री ने खुशी जताते हुए नई योजना की घोषणा की।", "SUPPORT") == []
    praised = typed_events("भारत ने अमेरिका के फैसले पर खुशी जताई।", "SUPPORT")
    assert [[a["entity_id"] for a in e["actors"] if a["role"] == "target"] for e in praised] == [["country:us"]]
    assert typed_events("प्रधानमंत्री ने चीन के कदम पर संतोष जताया।", "SUPPORT")


@pytest.mark.parametrize(("text", "typ"), [
    ("विपक्ष सीमा पर सेना भेजने के खिलाफ है।", "MOBILIZE"),
    ("पार्टी ने साफ कहा कि वह कांग्रेस से हाथ मिलाने के खिलाफ नहीं है।", "AGREE"),
])
def test_an_act_someone_is_against_doing_is_not_done(rules_only, text, typ):
    assert typed_events(text, typ) == [], text


def test_a_protest_against_a_noun_stays(rules_only):
    assert typed_events("किसानों ने जमीन अधिग्रहण के खिलाफ प्रदर्शन किया।", "PROTEST")


def test_a_charge_admitted_is_no_agreement(rules_only):
    assert typed_events("अभियुक्त ने अदालत में सभी आरोपों को स्वीकार कर लिया।", "AGREE") == []
    assert typed_events("भारत ने आखिरकार रूस का यह प्रस्ताव स्वीकार कर लिया।", "AGREE")


def test_a_commitment_binds_someone_only_when_made_to_someone(rules_only):
    assert typed_events("भारत ने पड़ोसी देशों से प्रायोजित आतंकवाद से निपटने की प्रतिबद्धता दोहराई है।", "AGREE") == []
    assert typed_events("रूस ने तकनीक देने को लेकर भारत के साथ अपनी प्रतिबद्धता जताई है।", "AGREE")
    assert typed_events("अमेरिका ने अफगानिस्तान के प्रति अपनी प्रतिबद्धता दोहराई।", "AGREE")


def test_keeping_out_of_a_vote_is_no_withdrawal(rules_only):
    assert typed_events("महासभा में मसौदे को 120 देशों का समर्थन मिला, जबकि 28 देशों ने मतदान से खुद को अलग कर लिया।",
                        "RETREAT") == []
    assert typed_events("अमेरिका ने जलवायु समझौते से खुद को अलग कर लिया।", "RETREAT")


@pytest.mark.parametrize("text", [
    "दुकानदार ने थाने में चोरी की शिकायत दर्ज कराई।",
    "परिवार ने पड़ोसी के खिलाफ एफआईआर दर्ज कराई।",
    "किसानों ने अधिकारी के खिलाफ मामला दर्ज कराया।",
])
def test_a_complaint_lodged_with_the_police_is_a_case(rules_only, text):
    # one complaint told as शिकायत, एफआईआर or कंप्लेंट is one mode, so that its tellings merge
    assert {e["mode"] for e in typed_events(text, "ACCUSE")} == {"sue"}, text
