"""Resolving a typed name compares it with the knowledge base's names in the script it is typed in."""

from __future__ import annotations

import pytest

from sambandh import kb as kb_mod
from sambandh import names
from sambandh.errors import UsageError
from sambandh.relations import resolve_entity


def test_a_latin_misspelling_resolves_without_romanising_the_hindi_names(monkeypatch):
    kb = kb_mod.load()
    calls = {"n": 0}
    real = names.cross_script_score

    def counted(hindi: str, latin: str) -> float:
        calls["n"] += 1
        return real(hindi, latin)

    monkeypatch.setattr(names, "cross_script_score", counted)
    assert resolve_entity("Vladmir Putn", kb) == "person:vladimir-putin"
    # only entities with no Latin name at all are compared across scripts (a few, not thousands)
    assert calls["n"] < len(kb.entities) // 10


@pytest.mark.parametrize("typed", ["नरेंद्र मोडी", "Rusia"])
def test_near_spellings_in_either_script_still_resolve(typed):
    expected = {"नरेंद्र मोडी": "person:narendra-modi", "Rusia": "country:ru"}[typed]
    assert resolve_entity(typed, kb_mod.load()) == expected


def test_an_unknown_name_still_gets_hints():
    with pytest.raises(UsageError, match="did you mean"):
        resolve_entity("Indai", kb_mod.load())
