"""The seeds' people, places, organisations and weapons, their spellings merged and their roles.

The expectations are facts (who is who), written here as entity ids; no seed text is copied.
"""

import json

import pytest
from conftest import run_cli, shared_path


@pytest.fixture(scope="module")
def entities(tmp_path_factory):
    seeds = shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "s.duckdb"
    assert run_cli("ingest", str(seeds), "--db", str(db)).returncode == 0
    out = run_cli("export", "entities", "--db", str(db))
    assert out.returncode == 0, out.stderr
    return {e["entity_id"]: e for e in map(json.loads, out.stdout.decode().splitlines())}


PEOPLE_ROLES = {
    "person:rajnath-singh": ("defence_minister", "country:in"),
    "person:andrey-belousov": ("defence_minister", "country:ru"),
    "person:sergei-shoigu": ("defence_minister", "country:ru"),
    "person:viktor-khrenin": ("defence_minister", "country:by"),
    "person:alexander-fomin": ("deputy_defence_minister", "country:ru"),
    "person:sergey-lavrov": ("foreign_minister", "country:ru"),
    "person:s-jaishankar": ("foreign_minister", "country:in"),
    "person:dong-jun": ("defence_minister", "country:cn"),
}


@pytest.mark.parametrize("eid", sorted(PEOPLE_ROLES))
def test_each_person_is_found_with_the_role_the_text_states(entities, eid):
    assert eid in entities, f"{eid} not found"
    stated = {(r["role"], r["of"]) for r in entities[eid]["roles"] if r["basis"] != "kb"}
    assert PEOPLE_ROLES[eid] in stated


def test_spellings_across_articles_are_one_entity(entities):
    belousov = entities["person:andrey-belousov"]
    assert len(belousov["doc_ids"]) == 2 and len(belousov["aliases"]) >= 3
    lavrov = entities["person:sergey-lavrov"]
    assert len(lavrov["doc_ids"]) == 2 and len(lavrov["aliases"]) >= 4
    assert {"एससीओ", "शंघाई सहयोग संगठन"} <= set(entities["org:sco"]["aliases"])


def test_places_organisations_and_weapons(entities):
    for eid in ("country:in", "country:ru", "country:cn", "country:pk", "country:by", "country:tj",
                "city:qingdao", "city:dushanbe", "city:new-delhi", "city:islamabad",
                "org:sco", "weapon:s-400", "weapon:su-30mki"):  # fmt: skip
        assert eid in entities, eid


def test_no_two_people_merged(entities):
    people = [e for e in entities.values() if e["label"] == "PERSON"]
    for e in people:
        known = [a for a in e["aliases"] if a in ("राजनाथ सिंह", "सर्गेई लावरोव", "सर्गेई शोगू", "आंद्रेई बेलोसोव")]
        assert len(known) <= 1, e
