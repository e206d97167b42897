"""Predicates of session 37 (issue #15): the classes that core events no row read belonged to, written out
whole from the language, and two forms read for every row that has them (a light verb of several words, "X को
अंजाम दिया"; the doer between a gathering and the words of taking part). Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "words", "typ", "mode"),
    [
        # a pact ended, its noun with the object marked or not, in the loan word too
        ("नई सरकार ने पड़ोसी देश के साथ हुए बिजली एग्रीमेंट को खत्म कर दिया।", "एग्रीमेंट को खत्म कर दिया", "RETREAT",
         "withdraw"),
        ("द्वीप देश ने रक्षा करार रद्द किया।", "करार रद्द किया", "RETREAT", "withdraw"),
        # ties ended, told intransitively
        ("दोनों देशों के राजनयिक संबंध खत्म हो गए हैं।", "संबंध खत्म हो गए हैं", "SANCTION", "break_ties"),
        ("दोनों पड़ोसियों के रिश्ते खत्म हो चुके हैं।", "रिश्ते खत्म हो चुके हैं", "SANCTION", "break_ties"),
        # staying away from a gathering: the gathering's noun is read with its refusal
        ("राष्ट्रपति इस बार शिखर सम्मेलन में शामिल नहीं होंगे।", "शिखर सम्मेलन में शामिल नहीं होंगे", "REJECT",
         "boycott"),
        # robbery on the crime pages
        ("हथियारबंद बदमाशों ने सर्राफ की दुकान में डकैती डाली।", "डकैती डाली", "ASSAULT", "attack"),
        ("गिरोह ने रात में गांव में लूटपाट की।", "लूटपाट की", "ASSAULT", "attack"),
        # veiled criticism
        ("मुख्यमंत्री ने केंद्र सरकार को इशारों में घेरा।", "इशारों में घेरा", "ACCUSE", "criticize"),
        # standing firmly with someone
        ("हम इस दुख की घड़ी में मित्र देश के साथ मजबूती से खड़े हैं।", "साथ मजबूती से खड़े हैं", "SUPPORT",
         "solidarity"),
        # a visa extended
        ("सरकार ने निर्वासित नेता की वीजा अवधि बढ़ा दी।", "वीजा अवधि बढ़ा दी", "CONCEDE", "allow"),
        # a pledge
        ("सदस्य देशों ने आतंकवाद से मिलकर लड़ने का प्रण लिया।", "प्रण लिया", "AGREE", "agree"),
        # an instruction to act
        ("प्रशासन ने लोगों को नदी से दूर रहने की हिदायत दी।", "हिदायत दी", "REQUEST", "request"),
        # a request ignored: the verb of ignoring with the noun of asking it refuses
        ("सरकार ने किसानों की मांगों को अनसुना कर दिया।", "मांगों को अनसुना कर दिया", "REJECT", "reject"),
        ("पड़ोसी देश ने शांति की अपील को दरकिनार किया।", "अपील को दरकिनार किया", "REJECT", "reject"),
        # a demonstration named with what it is against
        ("शहर में महंगाई विरोधी प्रदर्शन हुआ।", "विरोधी प्रदर्शन हुआ", "PROTEST", "demonstrate"),
        # thanks said, an area sealed off
        ("किसानों ने राहत के लिए प्रशासन को शुक्रिया कहा।", "शुक्रिया कहा", "SUPPORT", "praise"),
        ("मुठभेड़ के बाद पुलिस ने पूरे गांव को सील कर दिया।", "सील कर दिया", "COERCE", "operation"),
        # a verdict pronounced
        ("विशेष अदालत ने जासूसी के मामले में फैसला सुनाया।", "फैसला सुनाया", "COERCE", "sentence"),
    ],
)
def test_rows_of_a_class_are_found(sentence: str, words: str, typ: str, mode: str) -> None:
    assert (words, typ, mode) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "typ", "mode"),
    [
        # any noun done with करना is also carried out: "X को अंजाम दिया"
        ("हमलावरों ने दिनदहाड़े व्यापारी की हत्या को अंजाम दिया।", "हत्या को अंजाम दिया", "ASSAULT", "kill"),
        ("गिरोह ने कस्बे में लूटपाट को अंजाम दिया।", "लूटपाट को अंजाम दिया", "ASSAULT", "attack"),
    ],
)
def test_an_act_carried_out_is_the_act(sentence: str, words: str, typ: str, mode: str) -> None:
    assert (words, typ, mode) in _found(sentence)


def test_a_summit_stayed_away_from_is_no_meeting() -> None:
    found = _found("राष्ट्रपति इस बार शिखर सम्मेलन में शामिल नहीं होंगे।")
    assert not any(t == "CONSULT" for _, t, _ in found)


def test_the_doer_between_a_gathering_and_taking_part_is_its_participant() -> None:
    doc = annotate_text("बैठक में भारत, रूस और ब्राजील के विदेश मंत्रियों ने भी हिस्सा लिया।", published="2026-11-20")
    meets = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert meets
    ids = {a["entity_id"] for a in meets[0]["actors"]}
    assert {"country:in", "country:ru", "country:br"} <= ids


@pytest.mark.parametrize(
    ("sentence", "words", "typ", "mode"),
    [
        # अपना is the possessive before a noun + verb entry, not the stem of अपनाना carrying it as an auxiliary
        ("कर्मचारी संघ ने जिलाधिकारी को अपना ज्ञापन सौंपा।", "ज्ञापन सौंपा", "REQUEST", "demand"),
        ("विशेष अदालत ने इस मामले में अपना फैसला सुना दिया।", "फैसला सुना दिया", "COERCE", "sentence"),
    ],
)
def test_a_noun_after_the_possessive_apna_keeps_its_verb(sentence: str, words: str, typ: str, mode: str) -> None:
    assert (words, typ, mode) in _found(sentence)


def test_the_other_side_between_a_talks_noun_and_hona_is_read() -> None:
    # "X की बातचीत Y से हुई": बातचीत alone is no event noun; the other side in its case, then होना, makes the act
    found = _found("सीमा पर दोनों सेनाओं के कमांडरों की बातचीत पड़ोसी देश के अफसरों से हुई।")
    assert ("बातचीत पड़ोसी देश के अफसरों से हुई", "CONSULT", "discuss") in found


def test_the_other_side_of_a_meeting_told_between_is_its_participant() -> None:
    doc = annotate_text("प्रधानमंत्री मोदी की मुलाकात रूसी राष्ट्रपति पुतिन से हुई।", published="2026-11-20")
    meets = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert meets
    assert {"person:narendra-modi", "person:vladimir-putin"} <= {a["entity_id"] for a in meets[0]["actors"]}
