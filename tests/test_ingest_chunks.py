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


def test_each_pass_settles_only_its_own_slice(tmp_path: Path, monkeypatch: Any) -> None:
    """Issue #21: a finishing pass reads the articles written since the last one, never the run's or the
    archive's, and an ingest on its own file reopens the database between passes (DuckDB holds every index
    block a statement touched until the database closes). Fails if a pass again takes a whole run."""
    from sambandh import ingest as ingest_mod
    from sambandh.store import Store

    seen: list[tuple[int, int]] = []
    finish = ingest_mod.finish

    def counted(store: Any, config: Any, on_stage: Any = None) -> Any:
        seen.append((store.count_unhashed(), store.count_unstoried()))
        return finish(store, config, on_stage)

    reopened: list[int] = []
    reopen = Store.reopen

    def counted_reopen(self: Any, memory_limit: str) -> None:
        reopened.append(self.count("documents"))
        reopen(self, memory_limit)

    monkeypatch.setattr(ingest_mod, "finish", counted)
    monkeypatch.setattr(Store, "reopen", counted_reopen)
    report, _ = _run(tmp_path / "often.duckdb", 4)
    assert len(seen) >= 3
    # written 3 at a time, settled once 4 or more are waiting: at most 4 + 3 - 1 new ones in a pass
    assert all(0 < hashed <= 6 and 0 < storied <= 6 for hashed, storied in seen[:-1]), seen
    assert sum(h for h, _ in seen) == report.new
    # every pass but the last (the end's, which closes the store anyway) is followed by a fresh connection
    assert len(reopened) == len(seen) - 1 and reopened == sorted(reopened)


def test_reopening_lets_go_of_the_indexes_read(tmp_path: Path) -> None:
    from sambandh.store import Store

    _run(tmp_path / "s.duckdb", 0)
    with Store(tmp_path / "s.duckdb", memory_limit="64MB") as store:
        ids = [d for (d,) in store.con.execute("SELECT id FROM documents").fetchall()]
        for d in ids:  # point reads through the primary key load its index blocks
            store.con.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", [d]).fetchone()
        store.con.execute("INSERT INTO settings VALUES ('probe', 'x')")
        assert store.index_memory() > 0
        store.reopen("64MB")
        assert store.index_memory() == 0
        assert store.con.execute("SELECT value FROM settings WHERE name = 'probe'").fetchone() == ("x",)
        assert store.count("documents") == len(ids)


def test_a_pass_settled_while_the_workers_go_on_leaves_the_store_a_pass_in_line_leaves(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Issue #21: with worker processes, a pass in the middle of a run runs on a thread while the run
    goes on collecting articles (held, written after it): the same writes, passes and seen-filter
    answers as settling in line, inputs met twice included."""
    import shutil
    import time

    from sambandh import ingest as ingest_mod
    from sambandh import pipeline
    from sambandh.config import Config
    from sambandh.store import Store

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    # two inputs again, read last: asked about while a pass runs, their first copies held or written
    shutil.copy(corpus / "10_modi_xi_kazan.txt", corpus / "98_again.txt")
    shutil.copy(corpus / "11_putin_calls_modi.txt", corpus / "99_again.txt")
    # one article a worker batch (the run reads only a few inputs ahead) and a slow pass: the seen
    # filter is asked while a pass runs
    monkeypatch.setattr(pipeline.WorkerPoolRunner, "batch", 1)
    finish = ingest_mod.finish

    passing: list[bool] = [False]  # whether a pass is running now
    during: list[int] = [0]  # articles collected while the current pass runs
    most: list[int] = []  # the most collected during any one pass, per run

    def slow(store: Any, config: Any, on_stage: Any = None) -> Any:
        passing[0], during[0] = True, 0
        time.sleep(2.0)
        passing[0] = False
        most[-1] = max(most[-1], during[0])
        return finish(store, config, on_stage)

    def collected(item: Any) -> None:
        if passing[0]:
            during[0] += 1

    monkeypatch.setattr(ingest_mod, "finish", slow)
    asked: list[bool] = []
    seen = Store.seen_raw_hashes

    def counted(self: Any, hashes: list[str], con: Any = None) -> set[str]:
        asked.append(con is not None)
        return seen(self, hashes, con)

    monkeypatch.setattr(Store, "seen_raw_hashes", counted)

    def run(db: Path) -> tuple[Any, list[str]]:
        stages: list[str] = []
        config = Config.build(db=db, embeddings="off", batch_size=3, finish_every=4, workers=2, parallel_from=1)
        most.append(0)
        return ingest_mod.ingest([str(corpus)], config, on_stage=stages.append, on_item=collected), stages

    background, stages = run(tmp_path / "background.duckdb")
    assert any(asked)  # read through the cursor while a pass ran
    monkeypatch.setattr(ingest_mod, "HOLD_ARTICLES", 0)
    asked.clear()
    in_line, in_line_stages = run(tmp_path / "in_line.duckdb")
    assert not any(asked)
    assert stages.count("dedup") == in_line_stages.count("dedup") >= 3
    assert (background.new, background.same_text, background.already_ingested) == (
        in_line.new, in_line.same_text, in_line.already_ingested)  # fmt: skip
    assert in_line.already_ingested == 2
    assert background.global_stages["stories"]["assigned"] == in_line.global_stages["stories"]["assigned"]
    assert _state(tmp_path / "background.duckdb") == _state(tmp_path / "in_line.duckdb")
    # a backlog of one article: every batch collected while a pass runs makes the run wait for it
    # (the bounded backlog), and the store is still the one settling in line leaves
    monkeypatch.setattr(ingest_mod, "HOLD_ARTICLES", 1)
    asked.clear()
    bounded, bounded_stages = run(tmp_path / "bounded.duckdb")
    # unbounded, the run went on collecting through a 2 s pass; bounded, it stopped once a batch was held
    assert most[0] > 3 >= most[-1]
    assert bounded_stages.count("dedup") == in_line_stages.count("dedup")
    assert (bounded.new, bounded.already_ingested) == (in_line.new, in_line.already_ingested)
    assert _state(tmp_path / "bounded.duckdb") == _state(tmp_path / "in_line.duckdb")
