"""Predicates of session 39 (issue #15): classes of the missed events of the write sets from outlets never
seen (sets 17 and 18), written whole: operations run (चलाना), the English loans of a weapon's trial, a bounded
act told as going on (जारी), and आना after a stem as a vector verb ("सड़कों पर उतर आए"). Every sentence here
is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence)]


@pytest.mark.parametrize(
    ("sentence", "words", "typ", "mode"),
    [
        # a search or rescue operation is run, as a drive is
        ("पुलिस ने पूरे जंगल में सर्च ऑपरेशन चलाया।", "सर्च ऑपरेशन चलाया", "COERCE", "operation"),
        ("जवानों ने सीमा के गांवों में तलाशी अभियान चलाया।", "तलाशी अभियान चलाया", "COERCE", "operation"),
        ("बचाव दल ने पहाड़ी पर बचाव अभियान चलाया।", "बचाव अभियान चलाया", "AID", "humanitarian"),
        # the loans of a weapon's trial, with the kind of trial that makes the word no cricket match
        ("रक्षा संगठन ने नई मिसाइल का फ्लाइट टेस्ट किया।", "फ्लाइट टेस्ट किया", "MOBILIZE", "test"),
        ("सेना ने रॉकेट का लॉन्च टेस्ट किया।", "लॉन्च टेस्ट किया", "MOBILIZE", "test"),
        ("कमान ने मिसाइल का रात में फाइरिंग टेस्ट किया।", "फाइरिंग टेस्ट किया", "MOBILIZE", "test"),
        ("सेना ने नई तोप का यूजर ट्रायल किया।", "यूजर ट्रायल किया", "MOBILIZE", "test"),
        ("वैज्ञानिकों ने नए इंजन का उड़ान परीक्षण किया।", "उड़ान परीक्षण किया", "MOBILIZE", "test"),
        # आना after the stem as a vector verb: taking to the streets (the row is the first list's)
        ("महंगाई के खिलाफ व्यापारी सड़कों पर उतर आए।", "सड़कों पर उतर आए", "PROTEST", "demonstrate"),
        # a bounded act going on
        ("राजधानी में शिक्षकों का प्रदर्शन जारी है।", "प्रदर्शन जारी है", "PROTEST", "demonstrate"),
        ("बिजली कर्मचारियों की हड़ताल जारी रही।", "हड़ताल जारी रही", "PROTEST", "strike"),
        ("पहाड़ी गांवों में तीसरे दिन भी तलाशी अभियान जारी रहा।", "तलाशी अभियान जारी रहा", "COERCE", "operation"),
        # sanctions or tariffs in force
        ("पड़ोसी देश पर आर्थिक प्रतिबंध लागू रहेंगे।", "प्रतिबंध लागू रहेंगे", "SANCTION", "sanction"),
        ("आयात पर नए टैरिफ लागू हो गए।", "टैरिफ लागू हो गए", "SANCTION", "tariff"),
        # crowd control by what is sprayed or fired
        ("पुलिस ने प्रदर्शनकारियों पर पानी की बौछारें कीं।", "पानी की बौछारें कीं", "COERCE", "operation"),
        ("पुलिस ने भीड़ पर आंसू गैस का इस्तेमाल किया।", "आंसू गैस का इस्तेमाल किया", "COERCE", "operation"),
        # a memorandum submitted, in the spelling without the nasal
        ("छात्रों ने प्राचार्य को ज्ञापन सौपा।", "ज्ञापन सौपा", "REQUEST", "demand"),
        # two particles before a multiword predicate's last word
        ("नगर निगम ने सफाईकर्मियों की मांगों को पूरी तरह नजरअंदाज कर दिया।", "मांगों को पूरी तरह नजरअंदाज कर दिया",
         "REJECT", "reject"),
    ],
)
def test_rows_of_a_class_are_found(sentence: str, words: str, typ: str, mode: str) -> None:
    assert (words, typ, mode) in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "दोनों पड़ोसी देशों के बीच युद्ध जारी है।",  # a war going on is the background, not an act
        "भारतीय टीम ने आखिरी टेस्ट जीत लिया।",  # a cricket Test
        "डॉक्टरों ने मरीज का टेस्ट किया।",  # a medical test
        "शहर में धारा 144 लागू है।",  # an order in force over a place is its state
    ],
)
def test_no_weapon_test_war_or_order_in_force_is_read(sentence: str) -> None:
    assert not any(t in ("MOBILIZE", "ASSAULT", "COERCE", "SANCTION") for _, t, _ in _found(sentence))


def test_a_demonstration_going_on_is_an_event() -> None:
    doc = annotate_text("दिल्ली में सोमवार को किसानों का प्रदर्शन जारी रहा।", published="2026-11-20")
    assert any(e["type"] == "PROTEST" for e in doc["events"])


def test_two_particles_carry_the_negation() -> None:
    got = [(w, m.entry.type, "neg" in m.features) for w, m in predicates_in("दोनों पक्ष समझौते पर भी नहीं पहुंचे।")]
    assert ("समझौते पर भी नहीं पहुंचे", "AGREE", True) in got


@pytest.mark.parametrize(
    ("sentence", "words", "typ"),
    [
        # the place where an act happened between its noun and होना
        ("पहलवान का कत्ल शहर में हुआ था।", "कत्ल शहर में हुआ था", "ASSAULT"),
        ("दोनों देशों की वार्ता जिनेवा में होगी।", "वार्ता जिनेवा में होगी", "CONSULT"),
    ],
)
def test_a_place_between_an_act_and_hona(sentence: str, words: str, typ: str) -> None:
    assert any(w == words and t == typ for w, t, _ in _found(sentence))


def test_a_case_phrase_between_is_no_place_of_the_act() -> None:
    # "हत्या के मामले में": the act's noun modifies another, its place is not before होना
    assert not any(w.startswith("हत्या ") for w, _, _ in _found("उसकी हत्या के मामले में सुनवाई हुई।"))


def test_a_counted_act_with_its_doer_before_a_verb_under_way() -> None:
    # the act's noun counted at the clause's head, its doers (joined, in the genitive of their forces) before "कर रही हैं"
    found = _found("यह युद्धाभ्यास मिस्र और ग्रीस की वायुसेनाएं कर रही हैं।")
    assert ("युद्धाभ्यास मिस्र और ग्रीस की वायुसेनाएं कर रही हैं", "COOPERATE", "exercise") in found


def test_a_demand_kept_up_is_no_split_act() -> None:
    # a genitive object with an adverb before a verb under way is a running demand, as before
    assert not any(w.startswith("मांग ") for w, _, _ in _found("व्यापारी संघ सस्ते कर्ज की मांग लगातार कर रहा था।"))


def test_a_named_movement_is_no_demonstration() -> None:
    found = _found("अगले महीने गुटनिरपेक्ष आंदोलन के सम्मेलन में विदेश मंत्री भाग लेंगे।")
    assert not any(t == "PROTEST" for _, t, _ in found)
    assert ("आंदोलन किया", "PROTEST", "demonstrate") in _found("मजदूरों ने वेतन के लिए आंदोलन किया।")
