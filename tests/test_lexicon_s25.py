"""Predicates added in session 25: words read off a pool of fresh Hindi news pages with
``training/lexicon/candidates.py --extra`` and the pool's sentences no entry matched.
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
        # an IED blast in the English loan, done, happened, and in the conjunctive
        ("उग्रवादियों ने पुल के पास आईईडी ब्लास्ट किया।", "आईईडी ब्लास्ट किया", "ASSAULT", "terror"),
        ("जंगल में कल रात आईईडी ब्लास्ट हुआ था।", "आईईडी ब्लास्ट हुआ था", "ASSAULT", "terror"),
        ("नक्सलियों ने आईईडी ब्लास्ट कर गश्ती दल को निशाना बनाया।", "आईईडी ब्लास्ट कर", "ASSAULT", "terror"),
        # arson by a mob, as आगजनी: perfective with the vector, feminine, passive
        ("उपद्रवियों ने बाजार की दुकानों को आग लगा दी।", "आग लगा दी", "PROTEST", "demonstrate"),
        ("भीड़ ने थाने के बाहर खड़ी गाड़ियों में आग लगाई।", "आग लगाई", "PROTEST", "demonstrate"),
        # a cordon told with घेर लेना, active and passive
        ("सुरक्षाबलों ने छिपे हुए उग्रवादियों को घेर लिया।", "घेर लिया", "COERCE", "operation"),
        ("पूरे गांव को सुबह घेर लिया गया।", "घेर लिया गया", "COERCE", "operation"),
        # freeing captives
        ("कमांडो ने अगवा किए गए नाविकों को छुड़ा लिया।", "छुड़ा लिया", "AID", "humanitarian"),
        ("पुलिस ने अपहृत छात्र को छुड़ाया।", "छुड़ाया", "AID", "humanitarian"),
        # hijacking in the English loan, either spelling of its vowel, and its noun
        ("विद्रोहियों ने यात्री ट्रेन को हाईजैक कर लिया।", "हाईजैक कर लिया", "ASSAULT", "attack"),
        ("समुद्री डाकुओं ने मालवाहक जहाज को हाइजैक किया था।", "हाइजैक किया था", "ASSAULT", "attack"),
    ],
)
def test_session25_predicates(sentence: str, words: str, type_: str, mode: str) -> None:
    assert (words, type_, mode) in _found(sentence)


def test_a_fire_that_breaks_out_or_the_noun_fire_is_no_arson() -> None:
    # आग लगना is another verb; the noun alone ("आग पर काबू") is no event noun (the entry asks a finite verb)
    assert not [t for _, t, _ in _found("गोदाम में अचानक आग लग गई।") if t == "PROTEST"]
    assert not [t for _, t, _ in _found("दमकल ने दो घंटे में आग पर काबू पाया।") if t == "PROTEST"]


def test_cornering_a_rival_with_bare_gherna_is_no_cordon() -> None:
    # "विपक्ष ने सरकार को घेरा" is criticism in politics, not a security operation
    assert not [t for _, t, _ in _found("विपक्ष ने महंगाई पर सरकार को घेरा।") if t == "COERCE"]


def test_cordon_and_rescue_need_an_actor_in_ko() -> None:
    # a fire "surrounds" hills, cold winds "free" a shiver: no actor in को, no event
    doc = annotate_text("आग ने पहाड़ियों को चारों ओर से घेर लिया।", published="2024-05-02")
    assert not doc["events"], doc["events"]
    doc = annotate_text("ठंडी हवाओं ने लोगों की कंपकंपी छुड़ा दी।", published="2024-05-02")
    assert not doc["events"], doc["events"]


def test_an_ied_blast_by_maoists_is_an_attack_event() -> None:
    doc = annotate_text("माओवादियों ने सड़क पर आईईडी ब्लास्ट किया।", published="2024-05-02")
    assert ("ASSAULT", "terror") in [(e["type"], e["mode"]) for e in doc["events"]], doc["events"]
