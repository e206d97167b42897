"""Predicate classes added in session 21 from a fresh set of Hindi news pages and the dev halves' misses.
Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text

from sambandh.lexicon import load_lexicon
from sambandh.normalize import normalize


def _found(sentence: str) -> list[tuple[str, str, str, str]]:
    """(words, type, mode, form) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize(sentence)
    return [(text[m.start : m.end], m.entry.type, m.entry.mode, m.form) for m in lex.find(text)]


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "mode"),
    [
        # courts: a sentence commuted is still a sentence passed
        ("उच्च न्यायालय ने दोनों की फांसी की सजा को उम्र कैद में बदल दिया।", "उम्र कैद में बदल दिया", "COERCE", "sentence"),
        ("पीठ ने उसकी सजा-ए-मौत उम्रकैद में बदली।", "उम्रकैद में बदली", "COERCE", "sentence"),
        # a named drive against insurgents or encroachers, in any form of its light verb
        ("जिला बल ने बीहड़ में नक्सल विरोधी अभियान चलाया।", "नक्सल विरोधी अभियान चलाया", "COERCE", "operation"),
        ("अर्धसैनिक बलों की ओर से आतंकवाद विरोधी अभियान छेड़ा गया है।", "आतंकवाद विरोधी अभियान छेड़ा गया है", "COERCE",
         "operation"),
        ("नगर निगम ने बाजार में अतिक्रमण विरोधी अभियान शुरू किया।", "अतिक्रमण विरोधी अभियान शुरू किया", "COERCE",
         "operation"),
        # confirming a deal states the deal
        ("दोनों गुटों ने युद्धविराम की पुष्टि कर दी है।", "युद्धविराम की पुष्टि कर दी है", "AGREE", "ceasefire"),
        ("सरकार और यूनियन ने समझौते की पुष्टि की।", "समझौते की पुष्टि की", "AGREE", "agree"),
        # the ceasefire as one word, broken
        ("घुसपैठियों की मदद के लिए पड़ोसी सेना ने संघर्षविराम तोड़ा।", "संघर्षविराम तोड़ा", "ASSAULT", "ceasefire_violation"),
        # a ground offensive begun or stepped up
        ("सेना ने उत्तरी शहर में जमीनी अभियान शुरू कर दिया।", "जमीनी अभियान शुरू कर दिया", "ASSAULT", "attack"),
        # pressure stepped up is a demand
        ("यूरोपीय संघ ने तेहरान पर दबाव बढ़ा दिया है।", "दबाव बढ़ा दिया है", "REQUEST", "demand"),
    ],
)
def test_session21_predicates(sentence: str, words: str, type_: str, mode: str) -> None:
    assert (words, type_, mode) in [(w, t, m) for w, t, m, _ in _found(sentence)]


def test_a_letter_written_to_someone_is_an_appeal() -> None:
    assert [(t, m) for _, t, m, _ in _found("राज्यपाल ने गृह मंत्री को चिट्ठी लिखी।")] == [("REQUEST", "appeal")]
    doc = annotate_text("पंजाब के मुख्यमंत्री ने प्रधानमंत्री नरेंद्र मोदी को पत्र लिखा।", published="2024-05-02")
    assert [e["type"] for e in doc["events"]] == ["REQUEST"], doc["events"]


def test_a_letter_in_the_conjunctive_only_says_how_something_was_said() -> None:
    # "पत्र लिखकर कहा": the letter is the medium of what is said, no appeal of its own
    assert not [t for _, t, _, _ in _found("कुलपति ने छात्रों को पत्र लिखकर कहा कि परीक्षा टल गई है।") if t == "REQUEST"]


def test_a_remark_is_criticism_only_against_someone() -> None:
    doc = annotate_text("सांसद ने मुख्यमंत्री के खिलाफ टिप्पणी की थी।", published="2024-05-02")
    assert [(e["type"], e["mode"]) for e in doc["events"]] == [("ACCUSE", "criticize")], doc["events"]
    # a remark on a subject, with nobody it is against, is no event
    doc = annotate_text("मंत्री ने बजट पर टिप्पणी की।", published="2024-05-02")
    assert not doc["events"], doc["events"]
