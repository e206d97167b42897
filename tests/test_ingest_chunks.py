"""A long ingest settles its articles every ``finish_every`` (issue #21: flat memory): the store it
leaves is the one a single pass at the end leaves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

CORPUS = ROOT / "examples" / "corpus"


def _run(db: Path, finish_every: int) -> tuple[Any, list[str]]:
    from sambandh.config import Config
    from sambandh.ingest import ingest

    stages: list[str] = []
    config = Config.build(db=db, embeddings="off", batch_size=3, finish_every=finish_every)
    return ingest([str(CORPUS)], config, on_stage=stages.append), stages


def _state(db: Path) -> dict[str, Any]:
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        q = store.con.execute
        groups: dict[str, set[str]] = {}
        for doc_id, story in q("SELECT id, story_id FROM documents").fetchall():
            groups.setdefault(story, set()).add(doc_id)
        return {
            "stories": sorted(sorted(g) for g in groups.values()),
            "copies": sorted(q("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL").fetchall()),
            # which reports of which articles tell one happening (its shown view is the first
            # report merged, so it may come from another article when the order of arrival differs)
            "happenings": sorted(sorted(m) for (m,) in q(
                "SELECT list(doc_id || ':' || idx) FROM happening_events GROUP BY event_id").fetchall()),
            "summaries": q("SELECT entity_id, own_mentions, own_documents, mentions, documents, folded_into "
                           "FROM entity_summary ORDER BY entity_id").fetchall(),
            "indexed": q("SELECT count(*) FROM search_docs").fetchone()[0],
        }


def test_settling_every_few_articles_leaves_the_store_one_pass_leaves(tmp_path: Path) -> None:
    once, once_stages = _run(tmp_path / "once.duckdb", 0)
    often, often_stages = _run(tmp_path / "often.duckdb", 4)
    assert once_stages.count("dedup") == 1
    passes = often_stages.count("dedup")
    assert passes >= 3  # 17 articles written 3 at a time, settled after every 4 or more new ones
    assert often_stages[-5:] == ["dedup", "stories", "happenings", "entities", "index"]
    assert once.new == often.new > 12
    # the passes' reports add up to the run's
    assert often.global_stages["stories"]["assigned"] == once.global_stages["stories"]["assigned"] == once.new
    assert often.global_stages["index"]["added"] == once.new
    assert often.global_stages["dedup"]["checked"] == once.global_stages["dedup"]["checked"]
    a, b = _state(tmp_path / "once.duckdb"), _state(tmp_path / "often.duckdb")
    assert a["indexed"] == b["indexed"] == once.new
    assert a["copies"] == b["copies"]
    assert a["stories"] == b["stories"]
    assert len(a["happenings"]) > 20 and a["happenings"] == b["happenings"]
    assert a["summaries"] == b["summaries"]


def test_finish_every_must_not_be_negative() -> None:
    from sambandh.config import Config
    from sambandh.errors import ConfigError

    with pytest.raises(ConfigError, match="finish_every"):
        Config.build(finish_every=-1)


def test_happening_rows_built_a_slice_at_a_time_are_the_rows_built_at_once(tmp_path: Path, monkeypatch: Any) -> None:
    from sambandh import relations
    from sambandh.store import Store

    def records(db: Path) -> list[tuple[str, str, str]]:
        with Store(db, read_only=True) as store:
            return store.con.execute("SELECT event_id, record, brief FROM happenings ORDER BY event_id").fetchall()

    _run(tmp_path / "whole.duckdb", 0)
    monkeypatch.setattr(relations, "READ_MODEL_SLICE", 2)
    _run(tmp_path / "sliced.duckdb", 0)
    whole = records(tmp_path / "whole.duckdb")
    assert len(whole) > 20 and records(tmp_path / "sliced.duckdb") == whole
