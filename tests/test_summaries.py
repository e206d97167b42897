"""The entity summaries stage: per entity its counts, names and surfaces, kept at ingest."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, corpus_halves

CORPUS = ROOT / "examples" / "corpus"


def _ingest(db: Path, *folders: Path) -> dict:
    from sambandh.config import Config
    from sambandh.ingest import ingest

    out = {}
    for folder in folders:
        out = ingest([str(folder)], Config.build(db=db, embeddings="off")).global_stages
    return out


def _rows(db: Path) -> list[tuple]:
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        return store.con.execute(
            "SELECT entity_id, label, name, own_mentions, own_documents, mentions, documents, folded_into, names_folded "
            "FROM entity_summary ORDER BY entity_id").fetchall()  # fmt: skip


def test_summaries_count_every_mention_and_two_runs_give_what_one_run_gives(tmp_path: Path) -> None:
    from sambandh.store import Store

    one = tmp_path / "one.duckdb"
    stages = _ingest(one, CORPUS)
    assert stages["entities"]["documents"] > 10
    with Store(one, read_only=True) as store:
        assert store.entity_summary_complete()
        want = dict(store.con.execute("SELECT entity_id, count(*) FROM mentions GROUP BY 1").fetchall())
        docs = dict(store.con.execute("SELECT entity_id, count(DISTINCT doc_id) FROM mentions GROUP BY 1").fetchall())
    rows = _rows(one)
    assert {r[0]: r[3] for r in rows} == want and {r[0]: r[4] for r in rows} == docs
    assert all(r[8] for r in rows)  # every entity has its folded names for the list's search
    halves = corpus_halves(CORPUS, tmp_path)
    two = tmp_path / "two.duckdb"
    _ingest(two, *halves)
    assert _rows(two) == rows
    # a run with nothing new summarises nothing
    assert _ingest(two, halves[0])["entities"]["documents"] == 0


def test_a_partial_name_folds_into_its_fuller_one_and_the_counts_follow(tmp_path: Path) -> None:
    from sambandh.store import Store

    db = tmp_path / "f.duckdb"
    _ingest(db, CORPUS)
    with Store(db) as store:
        (full, part) = [r[0] for r in store.con.execute(
            "SELECT entity_id FROM entity_summary WHERE label = 'PERSON' ORDER BY own_mentions DESC, entity_id LIMIT 2"
        ).fetchall()]  # fmt: skip
        before_full, before_part = store.entity_summary(full), store.entity_summary(part)
        assert before_full is not None and before_part is not None
        union = store.con.execute("SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id IN (?, ?)", [full, part]).fetchone()
        store.write_entity_folding([], {part: full})
        after = store.entity_summary(full)
        assert after is not None and store.entity_summary(part) is None
        assert after["mentions"] == before_full["mentions"] + before_part["mentions"]
        assert after["documents"] == union[0] and after["group"] == [full, part]
        assert set(before_part["aliases"]) <= set(after["aliases"])
        listed = [r[0] for r in store.entity_summary_page("PERSON", None, 100, 0)[0]]
        assert full in listed and part not in listed
        store.write_entity_folding([], {})  # every other fold undone
        assert store.entity_summary(full) == before_full and store.entity_summary(part) == before_part
