"""English event coding by mechanism (#15), session 25: a verb's object inside its predicate ("declare X
persona non grata"), possessives that own event nouns, control frames ("asked X to withdraw"), protests
lodged, filed or made by states. Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in
from conftest import events_of as _events
from conftest import roles_of as _roles


def _found(sentence: str) -> list[tuple[str, str, str, str]]:
    """(words, type, mode, form) of every predicate the shipped English lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode, m.form) for w, m in predicates_in(sentence, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ottawa declared a Chinese diplomat persona non grata on Monday.",
        "The ministry has declared two junior staffers of the mission, both posted in Delhi, persona non grata.",
        "Dhaka declared the first secretary of the embassy as persona non grata.",
    ],
)
def test_the_object_inside_declare_persona_non_grata_leaves_the_verb_the_predicate(sentence: str) -> None:
    found = _found(sentence)
    assert ("declared", "SANCTION", "expel", "pfv") in found, found


def test_persona_non_grata_far_from_a_verb_of_declaring_is_only_the_noun() -> None:
    found = _found("Nobody declared anything. Later, the attache was made persona non grata in Rome.")
    assert not any(w.startswith("declared") for w, *_ in found), found


def test_the_one_declared_persona_non_grata_is_the_target() -> None:
    doc = annotate_text("India on Friday declared a Pakistani official persona non grata for spying.",
                        published="2025-05-02")  # fmt: skip
    evs = _events(doc, "SANCTION")
    assert evs, doc["events"]
    roles = _roles(evs[0])
    assert roles.get("country:in") == "source", roles
    assert "target" in roles.values(), roles


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("The deals were signed during Rajnath Singh's official visit to Japan.", "nominal"),
        ("Modi was in Paris for the last leg of his three-nation visit.", "nominal"),
        # a contraction is no possessive, an auxiliary no modifier: the verb stays a verb
        ("He said he's going to visit Japan.", "stem"),
        ("His ministers will visit Japan next week.", "stem"),
    ],
)
def test_a_verb_stem_owned_by_a_possessive_is_the_noun(sentence: str, form: str) -> None:
    found = _found(sentence)
    assert any(w == "visit" and f == form for w, _, _, f in found), found


def test_the_possessive_of_a_visit_is_the_visitor() -> None:
    doc = annotate_text("India and Japan signed three pacts on Tuesday during Rajnath Singh's official visit to "
                        "Japan.", published="2025-03-04")  # fmt: skip
    visits = [e for e in _events(doc, "CONSULT") if e["mode"] == "visit"]
    assert visits, doc["events"]
    roles = _roles(visits[0])
    assert roles.get("person:rajnath-singh") == "source", roles
    assert roles.get("country:jp") == "target", roles


def test_the_teller_before_a_possessive_is_no_visitor() -> None:
    doc = annotate_text("The Ministry of External Affairs said Rajnath Singh's visit to Japan was a success.",
                        published="2025-03-04")  # fmt: skip
    visits = [e for e in _events(doc, "CONSULT") if e["mode"] == "visit"]
    assert visits, doc["events"]
    roles = _roles(visits[0])
    assert roles.get("person:rajnath-singh") == "source", roles
    assert not any(r == "source" for e, r in roles.items() if e != "person:rajnath-singh"), roles


def test_the_act_asked_for_is_done_by_the_one_asked() -> None:
    doc = annotate_text("Beijing complained to India on Monday and asked it to withdraw its troops at once.",
                        published="2025-03-04")  # fmt: skip
    requests = _events(doc, "REQUEST")
    assert requests, doc["events"]
    assert _roles(requests[0]).get("country:in") == "target", _roles(requests[0])
    retreats = _events(doc, "RETREAT")
    assert retreats, doc["events"]
    roles = _roles(retreats[0])
    assert roles.get("country:in") == "source", roles
    assert roles.get("country:cn") is None, roles


def test_it_not_asked_to_act_stands_for_no_actor() -> None:
    doc = annotate_text("China attacked the plan and said it was a threat.", published="2025-03-04")
    for ev in doc["events"]:
        assert all(a.get("via") != "pronoun" for a in ev["actors"]), ev


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Tokyo issued a strong protest to Seoul over the survey ship.", "issued a strong protest"),
        ("Manila made a strong protest to Beijing on Sunday.", "made a strong protest"),
        ("A strong protest was filed with the embassy.", "protest was filed"),
        ("Hanoi has registered a sharp protest with Beijing.", "registered a sharp protest"),
    ],
)
def test_a_protest_issued_made_filed_or_registered_is_an_objection(sentence: str, words: str) -> None:
    found = _found(sentence)
    assert any(w == words and t == "ACCUSE" and md == "object" for w, t, md, _ in found), found


def test_a_state_that_protests_objects_and_a_crowd_demonstrates() -> None:
    doc = annotate_text("India protested against the new map of China on Tuesday.", published="2025-03-04")
    assert _events(doc, "ACCUSE") and not _events(doc, "PROTEST"), doc["events"]
    doc = annotate_text("Farmers protested against the new farm law in Delhi on Tuesday.", published="2025-03-04")
    assert _events(doc, "PROTEST") and not _events(doc, "ACCUSE"), doc["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The visiting minister was accorded a ceremonial welcome at the palace.",
        "Tokyo accorded him a warm welcome on Friday.",
        "On arrival she was accorded a guard of honour.",
    ],
)
def test_a_welcome_accorded_is_hosting(sentence: str) -> None:
    found = _found(sentence)
    assert ("accorded", "CONSULT", "host", "pfv") in found, found
    assert not any(t == "SUPPORT" for _, t, _, _ in found), found


def test_a_slot_ends_at_another_verb() -> None:
    found = _found("Delhi accorded priority to the trade talks and welcomed the decision.")
    assert not any(w == "accorded" for w, *_ in found), found


def test_a_guest_from_home_welcomed_abroad_is_hosted_by_the_country_of_the_dateline() -> None:
    doc = annotate_text("TOKYO, March 4 (PTI): Rajnath Singh was accorded a ceremonial welcome at the palace on "
                        "Tuesday.", published="2025-03-04")  # fmt: skip
    hosts = [e for e in _events(doc, "CONSULT") if e["mode"] == "host"]
    assert hosts, doc["events"]
    roles = _roles(hosts[0])
    assert roles.get("person:rajnath-singh") == "target", roles
    assert roles.get("country:jp") == "source", roles


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Nepali police stopped the traders from Bihar from crossing the bridge.", "stopped"),
        ("The junta barred foreign reporters from entering the capital.", "barred"),
    ],
)
def test_stopping_someone_from_acting_is_a_ban(sentence: str, word: str) -> None:
    found = _found(sentence)
    assert (word, "SANCTION", "ban", "pfv") in found, found


def test_stopping_with_no_one_kept_from_acting_is_no_ban() -> None:
    found = _found("The firing stopped after an hour and the guards went home.")
    assert not any(t == "SANCTION" for _, t, _, _ in found), found


def test_border_guards_are_security_forces_of_their_country() -> None:
    doc = annotate_text("Chinese border guards stopped Indian pilgrims from crossing the pass on Monday.",
                        published="2025-03-04")  # fmt: skip
    bans = _events(doc, "SANCTION")
    assert bans, doc["events"]
    assert _roles(bans[0]).get("agent:cop:cn") == "source", _roles(bans[0])


def test_a_possessive_pronoun_in_a_phrase_after_a_meeting_is_the_sentences_first_doer() -> None:
    doc = annotate_text("Rajnath Singh met Shinzo Abe on Monday during his visit to Japan.", published="2025-03-04")
    visits = [e for e in _events(doc, "CONSULT") if e["mode"] == "visit"]
    assert visits, doc["events"]
    roles = _roles(visits[0])
    assert roles.get("person:rajnath-singh") == "source", roles
    assert roles.get("person:shinzo-abe") is None, roles
