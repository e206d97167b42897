"""A pass of the global stages runs the happenings on a second thread beside dedup and stories, then entity
summaries and index (issue #21: the run's last pass used one core of two)."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path
from typing import Any

import pytest


class _Report:
    def __init__(self, name: str) -> None:
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.name}


def _fake_stages(monkeypatch: Any, log: list[tuple[str, str, float, float]], fail: str | None = None) -> None:
    """Each stage replaced by one that logs its thread and its start and end, sleeping a little; dedup and the
    happenings each wait (up to 30 s) until the other has started, so that they meet only if they run at once,
    whatever the machine's load (a stage that met no partner logs ``alone`` as its thread)."""
    from sambandh import dedup, index, relations, stories, summaries

    started = {"dedup": threading.Event(), "happenings": threading.Event()}

    def stage(name: str) -> Any:
        def run(store: Any, config: Any) -> _Report:
            start = time.perf_counter()
            store.con.execute("SELECT 1").fetchone()  # through the store it was given
            if name in started and fail is None:
                started[name].set()
                other = "happenings" if name == "dedup" else "dedup"
                if not started[other].wait(30):
                    log.append((name, "alone", start, time.perf_counter()))
                    return _Report(name)
            time.sleep(0.05)
            if name == fail:
                raise RuntimeError(f"{name} failed")
            log.append((name, threading.current_thread().name, start, time.perf_counter()))
            return _Report(name)

        return run

    monkeypatch.setattr(dedup, "deduplicate", stage("dedup"))
    monkeypatch.setattr(stories, "assign_stories", stage("stories"))
    monkeypatch.setattr(relations, "update_happenings", stage("happenings"))
    monkeypatch.setattr(summaries, "update_entity_summaries", stage("entities"))
    monkeypatch.setattr(index, "update_index", stage("index"))


def test_the_happenings_run_beside_the_other_stages(tmp_path: Path, monkeypatch: Any) -> None:
    from sambandh.config import Config
    from sambandh.ingest import PASS_STAGES, finish
    from sambandh.store import Store

    log: list[tuple[str, str, float, float]] = []
    _fake_stages(monkeypatch, log)
    with Store(tmp_path / "s.duckdb") as store:
        out = finish(store, Config.build(db=tmp_path / "s.duckdb"))
    assert list(out) == list(PASS_STAGES)  # the report in the stages' order, whatever ran first
    assert [out[n]["stage"] for n in PASS_STAGES] == list(PASS_STAGES)
    by = {name: (thread, start, end) for name, thread, start, end in log}
    assert by["happenings"][0].startswith("sambandh-side")
    assert {by[n][0] for n in PASS_STAGES if n != "happenings"} == {threading.current_thread().name}
    # the happenings overlap dedup (each waited for the other to start), and the main chain keeps its order
    assert by["happenings"][1] < by["dedup"][2] and by["dedup"][1] < by["happenings"][2]
    chain = [by[n] for n in ("dedup", "stories", "entities", "index")]
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(chain))
    # entity summaries and index wait for the happenings (their memory would add to its peak)
    assert by["happenings"][2] <= by["entities"][1]


@pytest.mark.parametrize("fail", ["happenings", "stories"])
def test_a_failed_stage_on_either_thread_fails_the_pass(tmp_path: Path, monkeypatch: Any, fail: str) -> None:
    from sambandh.config import Config
    from sambandh.ingest import finish
    from sambandh.store import Store

    log: list[tuple[str, str, float, float]] = []
    _fake_stages(monkeypatch, log, fail=fail)
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(RuntimeError, match=f"{fail} failed"):
        finish(store, Config.build(db=tmp_path / "s.duckdb"))
    # the other thread's stages were let finish before the pass returned (the store is still theirs)
    assert "dedup" in {n for n, *_ in log} and ("happenings" in {n for n, *_ in log}) == (fail != "happenings")
