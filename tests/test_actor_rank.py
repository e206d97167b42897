"""The actor ranker (sambandh/actor_rank.py): its decoder on hand-made probabilities, and its wiring into
the event stage with hand-made model files on our own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import annotate_text

from sambandh.actor_rank import CLASSES, ActorRanker, choose, load_ranker
from sambandh.config import Config

RULES_ALONE = (9.0, 9.0, 9.0)


def p(none: float, source: float = 0.0, target: float = 0.0, participant: float = 0.0) -> list[float]:
    return [none, source, target, participant]


def test_the_decoder_keeps_the_rules_where_the_model_is_not_sure():
    rules = ["source", "none", "target"]
    probs = [p(0.6, 0.4), p(0.1, 0.0, 0.9), p(0.2, 0.0, 0.8)]
    assert choose(rules, probs, *RULES_ALONE) == rules
    # (the second candidate would fill the target side, but the rules already have a target)
    assert choose(rules, probs, 0.0, 0.5, 9.0) == rules


def test_the_decoder_fills_an_empty_side_with_the_surest_candidate():
    rules = ["source", "none", "none"]
    probs = [p(0.1, 0.9), p(0.3, 0.0, 0.7), p(0.1, 0.0, 0.9)]
    assert choose(rules, probs, 0.2, 9.0, 9.0) == ["source", "none", "target"]
    assert choose(rules, probs, 0.9, 9.0, 9.0) == rules  # not sure enough


def test_the_decoder_drops_and_re_roles_but_keeps_one_actor():
    assert choose(["source", "target"], [p(0.9, 0.1), p(0.2, 0.0, 0.8)], 9.0, 0.5, 9.0) == ["none", "target"]
    # both doubted: the one doubted least stays
    assert choose(["source", "target"], [p(0.9, 0.1), p(0.7, 0.0, 0.3)], 9.0, 0.3, 9.0) == ["none", "target"]
    assert choose(["target"], [p(0.1, 0.8, 0.1)], 9.0, 9.0, 0.5) == ["source"]
    assert choose(["destination"], [p(0.99, 0.01)], 9.0, 0.0, 0.0) == ["destination"]  # not the ranker's


def _model(tmp_path: Path, weights: dict[str, list[float]], margins: tuple[float, float, float]) -> str:
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps({"weights": weights, "bias": [0.0] * len(CLASSES), "margin_add": margins[0],
                                "margin_drop": margins[1], "margin_role": margins[2]}), encoding="utf-8")  # fmt: skip
    return str(path)


def _actors(text: str) -> list[tuple[str, str]]:
    doc = annotate_text(text, published="2024-03-05")
    (ev,) = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    return sorted((a["entity_id"], a["role"]) for a in ev["actors"])


def test_the_event_stage_drops_the_actors_a_ranker_rejects(monkeypatch, tmp_path):
    text = "भारत ने पाकिस्तान की निंदा की।"
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", "off")
    assert _actors(text) == [("country:in", "source"), ("country:pk", "target")]
    # a model sure that no target the rules chose is one
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", _model(tmp_path, {"r:target": [9.0, 0.0, -9.0, 0.0]}, (9.0, 0.5, 9.0)))
    assert _actors(text) == [("country:in", "source")]


def test_the_event_stage_adds_the_side_a_ranker_finds(monkeypatch, tmp_path):
    text = "पाकिस्तान ने हमले की निंदा की।"
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", "off")
    assert _actors(text) == [("country:pk", "source")]
    # a model sure that the home country is the one a condemnation with no target aims at
    model = _model(tmp_path, {"o:home": [-9.0, 0.0, 9.0, 0.0], "r:none": [3.0, 0.0, 0.0, 0.0]}, (0.5, 9.0, 9.0))
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", model)
    assert _actors(text) == [("country:in", "target"), ("country:pk", "source")]


def test_the_ranker_is_set_by_config_and_environment(monkeypatch, tmp_path):
    from sambandh.errors import ConfigError

    assert Config.build(actor_ranker="off").actor_ranker == "off"
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", "off")
    assert Config.build().actor_ranker == "off"
    model = _model(tmp_path, {}, RULES_ALONE)
    assert Config.build(actor_ranker=model).actor_ranker == model
    with pytest.raises(ConfigError):
        Config.build(actor_ranker=str(tmp_path / "missing.json"))


def test_the_shipped_ranker_loads_and_keeps_a_plain_source_and_target(monkeypatch):
    ranker = load_ranker("")
    assert isinstance(ranker, ActorRanker)
    probs = ranker.probabilities(["o:clause", "c:erg"])
    assert len(probs) == len(CLASSES) and abs(sum(probs) - 1.0) < 1e-9
    shipped = str(Path(__file__).resolve().parents[1] / "src" / "sambandh" / "models" / "actor-ranker.json")
    monkeypatch.setenv("SAMBANDH_ACTOR_RANKER", shipped)
    assert _actors("भारत ने पाकिस्तान की निंदा की।") == [("country:in", "source"), ("country:pk", "target")]
