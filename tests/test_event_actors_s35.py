"""Actors of events (#15), session 35: candidate generation, generic actors the rules did not offer
(sentences of our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


@pytest.mark.parametrize(
    "text, typ, doer",
    [
        ("पटना में नाराज किसान धरने पर बैठ गए।", "PROTEST", "agent:agr"),
        ("भोपाल में छात्र धरने पर बैठ गए।", "PROTEST", "agent:edu"),
    ],
)
def test_group_word_before_its_own_event_noun_is_its_doer(text, typ, doer):
    doc = annotate_text(text, published="2024-05-02")
    evs = _events(doc, typ)
    assert evs, doc["events"]
    assert any(_roles(e).get(doer) == "source" or _roles(e).get(f"{doer}:in") == "source" for e in evs), evs


def test_group_word_before_another_event_noun_is_no_doer_of_the_next_verb():
    doc = annotate_text("पटना में आतंकी हमले के दौरान चार लोगों की हत्या कर दी गई।", published="2024-05-02")
    kills = _events(doc, "ASSAULT", "kill")
    assert kills, doc["events"]  # (the sentence before this one gave no killing apart: the loop below checked nothing)
    for e in kills:
        assert not any(r == "source" and k.startswith("agent:reb") for k, r in _roles(e).items()), e["actors"]


@pytest.mark.parametrize(
    "text, typ, who, role",
    [
        # "elements" of a kind: an unnamed group that acts
        ("शरारती तत्वों ने बस पर पथराव किया।", "ASSAULT", "agent:cvl", "source"),
        # staff written as two words, the place's name before
        ("पुलिस ने होटल कर्मियों को हिरासत में ले लिया।", "COERCE", "agent:lab", "target"),
        # one person named by what he is before his name is told
        ("पुलिस ने नकली नोट बेचने वाले शख्स को गिरफ्तार किया।", "COERCE", "agent:cvl", "target"),
        # an officer by rank with no name after him
        ("अदालत ने सेना के एक कर्नल को सजा सुनाई।", "COERCE", "agent:mil", "target"),
    ],
)
def test_groups_and_people_the_table_lacked_are_actors(text, typ, who, role):
    doc = annotate_text(text, published="2024-05-02")
    evs = _events(doc, typ)
    assert evs, doc["events"]
    assert any(r == role and (k == who or k.startswith(who + ":")) for e in evs for k, r in _roles(e).items()), evs


@pytest.mark.parametrize(
    "text, typ, role",
    [
        ("पटना में हजारों ने प्रदर्शन किया।", "PROTEST", "source"),
        ("विद्रोहियों ने कस्बे में घुसकर सैकड़ों को बंधक बनाया।", "COERCE", "target"),
    ],
)
def test_a_large_count_standing_alone_is_people(text, typ, role):
    doc = annotate_text(text, published="2024-05-02")
    evs = _events(doc, typ)
    assert evs, doc["events"]
    assert any(r == role and k.startswith("agent:cvl") for e in evs for k, r in _roles(e).items()), evs


def test_a_large_count_before_a_noun_counts_the_noun():
    doc = annotate_text("सैकड़ों घरों पर विद्रोहियों ने हमला किया।", published="2024-05-02")
    attacks = _events(doc, "ASSAULT")
    assert attacks, doc["events"]
    for e in attacks:
        assert not any(k.startswith("agent:cvl") for k in _roles(e)), e["actors"]


def test_a_person_named_again_by_one_part_of_his_name_is_that_person():
    # (सुंदर is also a word, "beautiful": the tagger does not take it alone for a name)
    text = "पुलिस ने मंगलवार को सुंदर लाल शर्मा को गिरफ्तार किया। बाद में सुंदर ने पुलिस पर मारपीट का आरोप लगाया।"
    doc = annotate_text(text, published="2024-05-02")
    arrested = {k for e in _events(doc, "COERCE") for k, r in _roles(e).items() if r == "target"}
    accusers = {k for e in _events(doc, "ACCUSE") for k, r in _roles(e).items() if r == "source"}
    assert arrested & accusers, doc["events"]


def test_what_a_request_asks_to_be_done_is_not_done_by_the_one_who_asks():
    text = "तब राकेश कुमार शर्मा ने अदालत से गुहार लगाई कि उसकी जमानत रद्द की जाए।"
    doc = annotate_text(text, published="2024-05-02")
    asker = {k for e in _events(doc, "REQUEST") for k, r in _roles(e).items() if r == "source"}
    assert asker, doc["events"]
    for e in doc["events"]:
        if e["type"] != "REQUEST":
            assert not asker & {k for k, r in _roles(e).items() if r == "source"}, e
