"""English predicates of session 30 (issue 15), added by class: the plurals of multiword event nouns (the
lexicon inflects their last word) and the English equivalents of the Hindi classes; and a document cancelled
in Hindi. Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import predicates_in


def _found(sentence: str, lang: str = "en") -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "words", "typ"),
    [
        # a multiword event noun's plural: the lexicon inflects its last word (only the singular is listed)
        ("The air force carried out air strikes on the camps.", "air strikes", "ASSAULT"),
        ("Rebels claimed the rocket attacks on the town.", "rocket attacks", "ASSAULT"),
        ("The navies began naval exercises in the bay.", "naval exercises", "COOPERATE"),
        ("Both sides reported gun battles near the post.", "gun battles", "ASSAULT"),
        ("The two prime ministers held a summit in Delhi.", "held a summit", "CONSULT"),
        ("The court jailed the former minister.", "jailed", "COERCE"),
    ],
)
def test_english_wordings_of_a_class_are_found(sentence: str, words: str, typ: str) -> None:
    assert any(w == words and t == typ for w, t, _ in _found(sentence, "en"))


def test_cancelling_a_passport_is_a_ban_not_a_rejection() -> None:
    # held apart with the English rows: a document or a membership cancelled is a sanction (रद्द alone is REJECT)
    found = _found("सरकार ने पूर्व मंत्री समेत बीस लोगों के पासपोर्ट रद्द कर दिए।", "hi")
    assert ("पासपोर्ट रद्द कर दिए", "SANCTION", "ban") in found
