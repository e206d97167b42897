"""The entity summaries stage: per entity its counts, names and surfaces, kept at ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, corpus_halves, set_back
from conftest import ingest_runs as _ingest

CORPUS = ROOT / "examples" / "corpus"


def _rows(db: Path) -> list[tuple]:
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        return store.con.execute(
            "SELECT entity_id, label, name, own_mentions, own_documents, mentions, documents, "
            "folded_into, names_folded FROM entity_summary ORDER BY entity_id").fetchall()  # fmt: skip


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
        union = store.con.execute(
            "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id IN (?, ?)", [full, part]
        ).fetchone()
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


def _page_names(db: Path, entity_ids: list[str]) -> dict[str, dict]:
    """What the entity page of each id shows: its display name, label, mentions, aliases and document count."""
    from sambandh import api
    from sambandh.config import Config

    k = api.Knowledge(Config.build(db=db))
    try:
        out = {}
        for eid in entity_ids:
            row = k.entity_row(eid)
            assert row is not None, eid
            out[eid] = {"name": api.entity(k, eid)["name"], "label": row["label"], "mentions": row["mentions"],
                        "aliases": row["aliases"], "documents": row["documents"]}  # fmt: skip
        return out
    finally:
        k.close()


def _exported(db: Path) -> list[dict]:
    from sambandh.export import entities
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        return list(entities(store))


def test_export_names_and_counts_every_entity_as_its_page_does(demo_db: Path) -> None:
    from sambandh.store import Store

    rows = _exported(demo_db)
    with Store(demo_db, read_only=True) as store:
        assert store.entity_summary_complete()
        listed, total = store.entity_summary_page(None, None, 10_000, 0)
    # the same entities, in the entities list's order (partial names folded into fuller ones)
    assert [r["entity_id"] for r in rows] == [e for e, *_ in listed] and len(rows) == total > 20
    pages = _page_names(demo_db, [r["entity_id"] for r in rows])
    for r in rows:
        shown = pages[r["entity_id"]]
        assert r["name"] == shown["name"], r["entity_id"]
        assert (r["label"], r["mentions"], r["aliases"], len(r["doc_ids"])) == (
            shown["label"], shown["mentions"], shown["aliases"], shown["documents"]), r["entity_id"]  # fmt: skip


def test_export_reads_the_kept_name_and_without_a_complete_read_model_builds_rows_from_the_mentions(
    tmp_path: Path,
) -> None:
    import shutil

    from sambandh.export import entities_from_mentions
    from sambandh.store import Store

    db = tmp_path / "d.duckdb"
    _ingest(db, CORPUS)
    with Store(db, read_only=True) as store:
        built = list(entities_from_mentions(store))
    assert {r["entity_id"] for r in _exported(db)} == {r["entity_id"] for r in built}  # nothing lost either way
    # a name the texts give and the knowledge base does not know: what the read model keeps is what both show
    new = next(r["entity_id"] for r in built if not r["in_kb"] and r["name"])
    with Store(db) as store:
        store.con.execute("UPDATE entity_summary SET name = 'परीक्षण नाम' WHERE entity_id = ?", [new])
    assert next(r for r in _exported(db) if r["entity_id"] == new)["name"] == "परीक्षण नाम"
    assert _page_names(db, [new])[new]["name"] == "परीक्षण नाम"
    # one document not summarised (the summaries stage not run since): the rows come from the mentions as before
    behind = tmp_path / "behind.duckdb"
    shutil.copy(db, behind)
    with Store(behind) as store:
        store.con.execute(
            "DELETE FROM entity_summary_docs WHERE doc_id = (SELECT min(doc_id) FROM entity_summary_docs)"
        )
    assert _exported(behind) == built


def _latest_truth(store, ids: list[str]) -> list[str]:
    """The documents naming any of ``ids``, newest first (undated last, ties by id), from the mentions."""
    rows = store.con.execute(
        "SELECT DISTINCT d.id, d.published FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "WHERE m.entity_id IN (SELECT unnest(?))", [ids]).fetchall()  # fmt: skip
    dated = sorted((r for r in rows if r[1] is not None), key=lambda r: r[0])
    dated.sort(key=lambda r: r[1], reverse=True)
    return [r[0] for r in dated] + sorted(r[0] for r in rows if r[1] is None)


def test_each_entitys_latest_documents_are_kept_at_ingest_as_the_mentions_give_them(tmp_path: Path) -> None:
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))  # two runs: the second merges into the first's lists
    with Store(db, read_only=True) as store:
        ents = [r[0] for r in store.con.execute("SELECT entity_id FROM entity_summary ORDER BY entity_id").fetchall()]
        assert len(ents) > 20
        groups = [[e] for e in ents] + [ents[:5], ["country:in", "country:ru", "no:such"]]
        for group in groups:
            truth = _latest_truth(store, group)
            assert store.entity_documents(group, 500) == truth
            assert store.entity_documents(group, 3) == truth[:3]
        kept = store.con.execute("SELECT recent FROM entity_summary WHERE entity_id = 'country:in'").fetchone()
        assert kept is not None and len(kept[0]) > 3  # read from the kept list, not from the mentions
    # a database summarised before the lists existed (version 14) gets them from its documents
    old = set_back(db, 15, "DROP INDEX entity_summary_folded", "ALTER TABLE entity_summary DROP COLUMN recent",
                   "CREATE INDEX entity_summary_folded ON entity_summary (folded_into)",
                   "DROP TABLE happening_pair_counts",  # version 16's table
                   "DROP TABLE happening_edge_summary",  # version 17's
                   "DROP TABLE happening_entity_summary")  # version 19's  # fmt: skip
    with Store(old) as store, Store(db, read_only=True) as two:
        assert store.con.execute("SELECT count_if(recent IS NULL) FROM entity_summary").fetchone() == (0,)
        for e in ents:
            assert store.entity_documents([e], 500) == two.entity_documents([e], 500) == _latest_truth(store, [e])


def _cooccurring_truth(store, entity_id: str, window: int) -> list[tuple]:
    """What an entity page counts its co-occurring entities from: every mention of its latest documents."""
    return store.top_entities(store.entity_documents([entity_id], window), 10_000)


@pytest.mark.parametrize("window", [3, 500])
def test_each_entitys_cooccurring_entities_are_kept_at_ingest_as_its_latest_documents_give_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    import sambandh.store.entities as entities
    from sambandh.store import Store

    # a window of 3 documents: the second run's newer documents push older ones out of the busy entities' windows
    cut = entities._RECENT_LIST.replace(f"{entities.RECENT_DOCS})", f"{window})")
    monkeypatch.setattr(entities, "_RECENT_LIST", cut)
    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    with Store(db, read_only=True) as store:
        ents = [r[0] for r in store.con.execute("SELECT entity_id FROM entity_summary ORDER BY entity_id").fetchall()]
        assert len(ents) > 20
        busy = store.con.execute("SELECT documents FROM entity_summary WHERE entity_id = 'country:in'").fetchone()
        assert busy is not None and (busy[0] > 2 * window or window == 500)
        for e in ents:
            assert store.kept_cooccurring([e], 10_000) == _cooccurring_truth(store, e, window), e
            assert store.kept_cooccurring([e], 3) == _cooccurring_truth(store, e, window)[:3]
        assert store.kept_cooccurring(ents[:2], 10) is None  # a group of several: counted over its documents


def test_an_entity_page_shows_the_cooccurring_entities_it_counted_before(tmp_path: Path) -> None:
    from sambandh import api
    from sambandh.config import Config
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    with Store(db, read_only=True) as store:
        ents = [r[0] for r in store.con.execute(
            "SELECT entity_id FROM entity_summary ORDER BY mentions DESC, entity_id LIMIT 12").fetchall()]  # fmt: skip
    k = api.Knowledge(Config.build(db=db, embeddings="off"))
    try:
        for e in ents:
            page = api.entity(k, e)
            assert page["cooccurring"], e
            counted = api._top_entities(k, k.db.entity_documents([e], api.COOCCUR_DOCS), 15, exclude=e)
            assert page["cooccurring"] == counted
    finally:
        k.close()


def test_a_database_of_version_20_gets_each_entitys_cooccurring_entities(tmp_path: Path) -> None:
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    old = set_back(db, 21, "DROP INDEX entity_summary_folded", "ALTER TABLE entity_summary DROP COLUMN cooccurring",
                   "CREATE INDEX entity_summary_folded ON entity_summary (folded_into)")  # fmt: skip
    with Store(old, read_only=True) as store, Store(db, read_only=True) as two:  # a reader migrates it first
        assert store.schema_version() >= 21
        ents = [r[0] for r in store.con.execute("SELECT entity_id FROM entity_summary ORDER BY entity_id").fetchall()]
        for e in ents:
            assert store.kept_cooccurring([e], 10_000) == two.kept_cooccurring([e], 10_000)
            assert store.kept_cooccurring([e], 10_000) == _cooccurring_truth(store, e, 500)
