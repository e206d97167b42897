"""Session 48 (fixa48): language rules of events/state.py read from ``lang/hi/words.tsv`` (not_kind_after,
failed_in, plural_oblique_end) rather than written in the code; the readings they drive stay as they were.
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, events_of

from sambandh.lexicon import word_key, words_of


def test_the_state_reads_its_closed_words_from_the_table() -> None:
    from sambandh.events import state

    assert words_of("not_kind_after") >= {"ही", "कि"}
    assert all(w in state._NOT_KIND_AFTER for w in words_of("not_kind_after"))
    assert word_key("में") in state._FAILED_IN
    assert {word_key(w) for w in words_of("failed_in")} == state._FAILED_IN
    assert set(state._PLURAL_OBLIQUE_ENDS) == words_of("plural_oblique_end") >= {"ों", "ओं"}


def test_a_plural_listed_before_a_person_is_no_conjunct() -> None:
    evs = events_of(annotate_text("पुलिस ने बुधवार को हथियारों और सलीम अंसारी को पकड़ा।", published="2024-05-02"),
                    "COERCE")
    assert evs and len([a for a in evs[0]["actors"] if a["role"] == "target"]) == 1
