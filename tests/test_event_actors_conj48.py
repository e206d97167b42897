"""Actors of events (#15), session 48: a conjunct of a listed person that the recogniser missed. A word right
before ``और``/``व``/``तथा``/``एवं`` and a person's name the clause reads, or right before the list's postposition
after ``NAME और`` and up to two words, that no name, office, pronoun or generic actor covers, is another person of
the list, in the name's case (events/state._unnamed_conjuncts); a word that names
no one (words.tsv), an act's or a verb's word, a number, a plural in the oblique, and a noun a genitive owns are left
alone. As every unnamed actor, it is kept aside and joins an event only once the events are chosen, and only one that
has the name it is listed with, in that name's role (``_State.fill_unnamed_subjects``)."""

from __future__ import annotations

from conftest import annotate_text, events_of


def _sides(text: str, typ: str, role: str) -> list[str]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [a["entity_id"] for a in evs[0]["actors"] if a["role"] == role]


def test_an_unknown_first_conjunct_of_an_arrested_person_is_arrested_too() -> None:
    text = "पुलिस ने बुधवार को रहमत और सलीम अंसारी को लखनऊ से गिरफ्तार किया।"
    targets = _sides(text, "COERCE", "target")
    assert len(targets) == 2 and all(t.startswith("new:person:") for t in targets), targets


def test_a_thing_listed_before_a_person_is_no_conjunct() -> None:
    text = "पुलिस ने बुधवार को हथियार और सलीम अंसारी को पकड़ा।"
    assert len(_sides(text, "COERCE", "target")) == 1


def test_an_unknown_last_conjunct_before_the_lists_postposition_is_charged_too() -> None:
    text = "पुलिस ने मंगलवार को दुकानदार सलीम अंसारी तथा उसके मुनीम बिल्लू के खिलाफ मामला दर्ज किया।"
    targets = _sides(text, "ACCUSE", "target")
    assert len(targets) == 2 and all(t.startswith("new:person:") for t in targets), targets


def test_an_unknown_conjunct_listed_with_another_name_in_each_act_joins_both() -> None:
    """One person listed with a different name in two acts of an article joins each act with that act's name
    (kept per event: a later listing once replaced the earlier, and the arrest lost him)."""
    text = ("पुलिस ने बुधवार को रहमत और सलीम अंसारी को लखनऊ से गिरफ्तार किया। "
            "अदालत ने गुरुवार को रहमत और राकेश वर्मा को जमानत दे दी।")
    arrested, freed = _sides(text, "COERCE", "target"), _sides(text, "CONCEDE", "target")
    assert len(arrested) == 2 and len(freed) == 2, (arrested, freed)
    assert len(set(arrested) & set(freed)) == 1, (arrested, freed)
