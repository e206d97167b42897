"""An entity page's stated roles and facts read bounded: the roles kept at ingest, the facts grouped in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, corpus_halves, set_back
from conftest import ingest_runs as _ingest

CORPUS = ROOT / "examples" / "corpus"


def _scanned(store, entity_id: str, limit: int) -> tuple[list[tuple], int]:
    """What the page showed before the roles were kept: every stated role read and the latest ``limit`` taken."""
    rows, total = store.role_evidence(entity_id)  # no limit: read from the roles themselves
    return rows[max(0, len(rows) - limit) :], total


@pytest.mark.parametrize(("kept", "chunk"), [(2, None), (100, None), (2, 3)])
def test_each_entitys_stated_roles_are_kept_at_ingest_as_the_roles_give_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: int, chunk: int | None
) -> None:
    import functools

    import sambandh.store.entities as entities
    from sambandh.store import Store

    # two kept roles: the second run's roles push older ones out of a busy person's list
    full = entities.ROLES_KEPT
    assert f"{full})" in entities._ROLES_LIST  # the cut below must reach the list's SQL
    if chunk is not None:  # slices of a few entries: an entity's list merged in a slice of its own
        monkeypatch.setattr(entities, "_update_roles", functools.partial(entities._update_roles, chunk=chunk))
    monkeypatch.setattr(entities, "_ROLES_LIST", entities._ROLES_LIST.replace(f"{full})", f"{kept})"))
    monkeypatch.setattr(entities, "ROLES_KEPT", kept)
    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))  # two runs: the second merges into the first's lists
    with Store(db, read_only=True) as store:
        counts = store.con.execute("SELECT entity_id, count(*) FROM roles GROUP BY 1 ORDER BY 1").fetchall()
        assert len(counts) > 5 and (max(n for _, n in counts) > 2 * kept or kept == full)
        for e, n in counts:
            read = store._kept_roles(e)
            assert read is not None and read[0] == n, e  # read from the kept row
            for limit in (1, kept):
                assert store.role_evidence(e, limit) == _scanned(store, e, limit), (e, limit)
        assert store.role_evidence("person:no-such-person", kept) == ([], 0)


def test_a_database_of_version_22_gets_each_entitys_stated_roles(tmp_path: Path) -> None:
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    old = set_back(db, 23, "DROP TABLE entity_roles")
    with Store(old, read_only=True) as store, Store(db, read_only=True) as two:  # a reader migrates it first
        assert store.schema_version() >= 23
        ents = [r[0] for r in store.con.execute("SELECT DISTINCT entity_id FROM roles ORDER BY 1").fetchall()]
        assert ents
        for e in ents:
            assert store._kept_roles(e) is not None
            assert store.role_evidence(e, 100) == two.role_evidence(e, 100) == _scanned(store, e, 100)


def test_roles_not_kept_for_every_document_are_read_from_the_roles(tmp_path: Path) -> None:
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    with Store(db) as store:
        e = store.con.execute("SELECT entity_id FROM roles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        store.con.execute("DELETE FROM entity_summary_docs WHERE doc_id IN (SELECT doc_id FROM roles LIMIT 1)")
        assert store._kept_roles(e) is None  # a document not summarised yet: the kept lists may lack its roles
        assert store.role_evidence(e, 100) == _scanned(store, e, 100)


def _facts_truth(store, kb_dir: str, entity_id: str, limit: int) -> list[dict]:
    """An entity's facts as every row of them gives them, each fact's evidence cut to ``limit``."""
    from sambandh.facts import stored_records

    out = []
    for r in stored_records(store, kb_dir, entity_id):  # every row, grouped in Python
        shown = r["evidence"][:limit]
        out.append({**r, "evidence": shown, "doc_ids": list(dict.fromkeys(e["doc_id"] for e in shown)),
                    "evidence_total": len(r["evidence"]), "documents_total": len(r["doc_ids"])})  # fmt: skip
    return out


def test_an_entitys_facts_are_grouped_and_counted_in_the_store_as_every_row_gives_them(tmp_path: Path) -> None:
    from sambandh.facts import stored_records
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    with Store(db) as store:
        # the same facts stated again by more documents (copies of the rows under other document ids), so that
        # a fact has more evidence than a page shows
        store.con.execute("INSERT INTO facts SELECT md5(doc_id || ':' || k), idx, predicate, subject, object, start, "
                          '"end", date, place, negated FROM facts, range(3) t(k)')  # fmt: skip
        ents = [r[0] for r in store.con.execute(
            "SELECT DISTINCT e FROM (SELECT subject AS e FROM facts UNION ALL SELECT object FROM facts) ORDER BY 1"
        ).fetchall()]  # fmt: skip
        assert ents
        for e in ents:
            for limit in (1, 3):
                got = stored_records(store, "", e, evidence_limit=limit)
                assert got and got == _facts_truth(store, "", e, limit), (e, limit)
                assert max(r["evidence_total"] for r in got) > limit


def test_an_entity_page_reads_its_stated_roles_from_the_kept_row(tmp_path: Path) -> None:
    from sambandh import api
    from sambandh.config import Config
    from sambandh.store import Store

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    k = api.Knowledge(Config.build(db=db, embeddings="off"))
    try:
        e = k.db.con.execute("SELECT entity_id FROM roles GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()[0]
        before = api.entity(k, e)
        assert before["stated_roles"] and before["stated_roles_total"] == len(before["stated_roles"])
    finally:
        k.close()
    with Store(db) as store:  # the rows gone, the kept row left: a page that scanned the roles would show none
        store.con.execute("DELETE FROM roles")
    k = api.Knowledge(Config.build(db=db, embeddings="off"))
    try:
        after = api.entity(k, e)
    finally:
        k.close()
    assert after["stated_roles"] == before["stated_roles"]
    assert after["stated_roles_total"] == before["stated_roles_total"]


def test_the_kept_roles_cover_the_largest_page() -> None:
    # a page asking for more roles than are kept would fall back to scanning every stated role
    import sambandh.store.entities as entities
    from sambandh import api

    assert entities.ROLES_KEPT >= api.MAX_PAGE
