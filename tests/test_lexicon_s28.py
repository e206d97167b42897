"""Hindi predicates of session 28 (issue 15, tuning set 8): a court that sends someone into custody
or on remand arrests, it delivers nothing; an armed force that
stops someone (रोकना) acts on them. Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, "hi")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("अदालत ने मंत्री को चार दिन की पुलिस रिमांड पर भेज दिया है।", "रिमांड पर भेज दिया है"),
        ("विशेष अदालत ने पूर्व विधायक को सात दिन की ईडी हिरासत में भेजा।", "हिरासत में भेजा"),
        ("दोनों आरोपियों को एनआईए की हिरासत में भेजा जाएगा।", "हिरासत में भेजा जाएगा"),
    ],
)
def test_sending_into_custody_is_an_arrest_not_a_delivery(sentence: str, words: str) -> None:
    found = _found(sentence)
    assert (words, "COERCE", "arrest") in found
    assert not any(t == "AID" for _, t, _ in found)


def test_an_armed_force_that_stops_someone_acts_and_anyone_else_does_not() -> None:
    doc = annotate_text("थल सेना ने घुसपैठियों को सीमा पार करने से रोका।", published="2025-01-15")
    ops = [{(a["role"], a["entity_id"].split(":")[1]) for a in e["actors"]} for e in doc["events"]
           if (e["type"], e["mode"]) == ("COERCE", "operation")]  # fmt: skip
    assert ops == [{("source", "mil"), ("target", "reb")}]
    # a minister who stops a file, or a stop meant as a purpose, is no operation
    for text in ("मंत्री ने अफसरों को फाइल आगे बढ़ाने से रोका।", "पुलिस ने मजदूरों को रोकने के लिए सड़क पर बैरिकेड लगाए।"):
        doc = annotate_text(text, published="2025-01-15")
        assert not [e for e in doc["events"] if (e["type"], e["mode"]) == ("COERCE", "operation")]
