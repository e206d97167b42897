"""Predicates added in session 24: words read off the unlabelled-Hindi candidate list
(training/lexicon/candidates.py) and spellings or synonyms of classes the lexicon holds.
Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, "hi")]


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "mode"),
    [
        # the English loan written in Devanagari
        ("परिषद ने तीन अधिकारियों को सस्पेंड कर दिया है।", "सस्पेंड कर दिया है", "SANCTION", "suspend"),
        # the spelling of a cordon with े
        ("जवानों ने पूरी बस्ती की घेरेबंदी कर ली।", "घेरेबंदी कर ली", "COERCE", "operation"),
        # grief with the visarga, sympathy
        ("प्रधानमंत्री ने हादसे पर दुःख व्यक्त किया।", "दुःख व्यक्त किया", "SUPPORT", "condole"),
        ("राजदूत ने पीड़ित परिवारों के प्रति हमदर्दी जताई।", "हमदर्दी जताई", "SUPPORT", "condole"),
        # visas cancelled or suspended are a sanction, not a plain rejection
        ("सरकार ने उनके वीजा रद्द कर दिए।", "वीजा रद्द कर दिए", "SANCTION", "ban"),
        ("दूतावास ने वीज़ा सेवा निलंबित कर दी है।", "वीज़ा सेवा निलंबित कर दी है", "SANCTION", "suspend"),
        # a rescue of hostages, a green light, a proposal sent
        ("कमांडो ने सभी बंधकों को मुक्त करा लिया।", "मुक्त करा लिया", "AID", "humanitarian"),
        ("वाशिंगटन ने दिल्ली को ड्रोन सौदे के लिए हरी झंडी दे दी।", "हरी झंडी दे दी", "CONCEDE", "allow"),
        ("राष्ट्रपति ने पड़ोसी देश को बातचीत का प्रस्ताव भेजा।", "प्रस्ताव भेजा", "AGREE", "agree"),
        # a visitor welcomed, told without the host (from candidates.py --uncovered)
        ("हवाई अड्डे पर विदेश मंत्री का गर्मजोशी से स्वागत हुआ।", "स्वागत हुआ", "CONSULT", "host"),
        # railing against someone
        ("सांसद ने मंत्री को जमकर कोसा।", "कोसा", "ACCUSE", "criticize"),
    ],
)
def test_session24_predicates(sentence: str, words: str, type_: str, mode: str) -> None:
    assert (words, type_, mode) in _found(sentence)


def test_a_green_flag_shown_to_a_train_is_no_permission() -> None:
    # "हरी झंडी दिखाना" flags off a train or a march; only "हरी झंडी देना" allows
    assert not [t for _, t, _ in _found("मंत्री ने नई ट्रेन को हरी झंडी दिखाई।") if t == "CONCEDE"]


def test_attending_a_meeting_by_shirkat_is_the_meeting() -> None:
    # the taking-part frame (lang/hi/attend.tsv): the meeting is the clause's act
    assert ("बैठक में शिरकत की", "CONSULT", "meet") in _found("विदेश मंत्री ने बैठक में शिरकत की।")
    assert ("सम्मेलन में भागीदारी करेंगे", "CONSULT", "meet") in _found("दोनों नेता सम्मेलन में भागीदारी करेंगे।")


def test_a_suspension_by_the_loan_word_is_an_event() -> None:
    doc = annotate_text("राज्य सरकार ने दो पुलिस अफसरों को सस्पेंड कर दिया।", published="2024-05-02")
    assert [(e["type"], e["mode"]) for e in doc["events"]] == [("SANCTION", "suspend")], doc["events"]
