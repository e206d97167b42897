"""Actors of events (#15), session 48: persons a clause after a group says are among it. After an act that names a
group of people, a clause opened by a relative or pointer with the locative and closed by words of inclusion
(``जिनमें X भी शामिल था``, ``उनमें X भी शामिल हैं``: words.tsv ``members_open``, ``members_among``) names more of
that group: each person tagged by name there joins the act in the group's role (events/state._members_of_group),
kept aside and joined only after scoring (``fill_toll_counts``)."""

from __future__ import annotations

from conftest import annotate_text, events_of


def _actors(text: str, typ: str) -> list[tuple[str, str]]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [(a["role"], a["entity_id"]) for a in evs[0]["actors"]]


def test_a_person_among_those_sentenced_is_a_target() -> None:
    got = _actors("अदालत ने जिन 120 लोगों को सज़ा सुनाई है उनमें संगठन के नेता रमेश यादव भी शामिल हैं।", "COERCE")
    people = [eid for _, eid in got if eid.startswith("new:person:")]
    assert len(people) == 1 and ("target", people[0]) in got, got


def test_a_person_among_the_dead_of_an_attack_is_its_target() -> None:
    got = _actors("पिछले हफ्ते किए गए हवाई हमलों में विद्रोही गुट के पांच कमांडर और अधिकारी मारे गए, जिनमें गुट का प्रमुख"
                  " सुरेश वर्मा भी शामिल था।", "ASSAULT")
    people = [eid for _, eid in got if eid.startswith("new:person:")]
    assert len(people) == 1 and ("target", people[0]) in got, got


def test_a_person_named_after_the_act_without_inclusion_joins_no_group() -> None:
    got = _actors("पुलिस ने दस लोगों को गिरफ्तार किया और उनमें से रमेश यादव ने बयान दिया।", "COERCE")
    assert not any(eid.startswith("new:person:") for _, eid in got), got
