"""The store's schema history, kept per component (#19): assembled in order, each component's steps
present once, and the schema it makes the one of 76ec795 (before the history was split).
"""

import hashlib
import json
import sys

import pytest

import sambandh.store
from sambandh.store import MIGRATIONS, Store
from sambandh.store.migrations import COMPONENTS

APPLIED = 11  # the last version databases reached before the split: these steps are never edited
APPLIED_SHA256 = "fb1954449676a53ecd0d4cc60e0a125f37c30c17b9e1a43c92a82821008f5865"  # their JSON at 76ec795

# A new database's tables: columns (type, NOT NULL, default) and primary key, as information_schema
# and duckdb_constraints() gave them for a database made at 76ec795; a new migration adds its own here.
SCHEMA = {
    "document_sources": (
        "doc_id VARCHAR NOT NULL", "source VARCHAR NOT NULL", "raw_hash VARCHAR NOT NULL",
        "ingested_at TIMESTAMP NOT NULL", "PRIMARY KEY (doc_id, source)",
    ),
    "documents": (
        "id VARCHAR NOT NULL", "source VARCHAR NOT NULL", "raw_hash VARCHAR NOT NULL", "kind VARCHAR", "title VARCHAR",
        "title_source VARCHAR", "published DATE", "published_source VARCHAR", "language VARCHAR",
        "text VARCHAR NOT NULL", "raw VARCHAR NOT NULL", "offset_map VARCHAR", "removed VARCHAR", "dateline VARCHAR",
        "attributions VARCHAR", "sentences VARCHAR", "meta VARCHAR", "warnings VARCHAR", "duplicate_of VARCHAR",
        "story_id VARCHAR", "ingested_at TIMESTAMP NOT NULL", "PRIMARY KEY (id)",
    ),
    "entity_names": (
        "entity_id VARCHAR NOT NULL", "label VARCHAR NOT NULL", "canonical VARCHAR NOT NULL", "n BIGINT NOT NULL",
        "PRIMARY KEY (entity_id, label, canonical)",
    ),
    "entity_roles": (
        "entity_id VARCHAR NOT NULL", "total BIGINT NOT NULL",
        'latest STRUCT("role" VARCHAR, "of" VARCHAR, date DATE, basis VARCHAR, doc_id VARCHAR, "start" INTEGER, '
        '"end" INTEGER)[] NOT NULL',
        "PRIMARY KEY (entity_id)",
    ),
    "entity_summary": (
        "entity_id VARCHAR NOT NULL", "label VARCHAR", "name VARCHAR", "own_mentions BIGINT NOT NULL",
        "own_documents BIGINT NOT NULL", "mentions BIGINT NOT NULL", "documents BIGINT NOT NULL", "folded_into VARCHAR",
        "names_folded VARCHAR", "recent STRUCT(published DATE, doc_id VARCHAR)[]",
        "cooccurring STRUCT(entity_id VARCHAR, \"label\" VARCHAR, docs BIGINT, n BIGINT)[]", "PRIMARY KEY (entity_id)",
    ),
    "entity_summary_docs": ("doc_id VARCHAR NOT NULL", "PRIMARY KEY (doc_id)"),
    "entity_surfaces": ("entity_id VARCHAR NOT NULL", "surface VARCHAR NOT NULL", "PRIMARY KEY (entity_id, surface)"),
    "events": (
        "doc_id VARCHAR NOT NULL", "idx INTEGER NOT NULL", "type VARCHAR NOT NULL", "mode VARCHAR", "cameo VARCHAR",
        "sort_key VARCHAR", "event JSON NOT NULL", "PRIMARY KEY (doc_id, idx)",
    ),
    "facts": (
        "doc_id VARCHAR NOT NULL", "idx INTEGER NOT NULL", "predicate VARCHAR NOT NULL", "subject VARCHAR NOT NULL",
        "object VARCHAR NOT NULL", "start INTEGER NOT NULL", "end INTEGER NOT NULL", "date VARCHAR", "place VARCHAR",
        "negated BOOLEAN NOT NULL", "PRIMARY KEY (doc_id, idx)",
    ),
    "fetch_state": (
        "url VARCHAR NOT NULL", "etag VARCHAR", "last_modified VARCHAR", "status INTEGER", "error VARCHAR",
        "failures INTEGER NOT NULL DEFAULT 0", "fetched_at TIMESTAMP NOT NULL", "PRIMARY KEY (url)",
    ),
    "happening_edge_buckets": (
        "a VARCHAR NOT NULL", "b VARCHAR NOT NULL", "folded BOOLEAN NOT NULL", "type VARCHAR", "bucket VARCHAR",
        "n BIGINT NOT NULL", "lo VARCHAR", "hi VARCHAR", "first VARCHAR", "last VARCHAR",
        "ids STRUCT(k VARCHAR, id VARCHAR)[] NOT NULL",
    ),
    "happening_edges": (
        "event_id VARCHAR NOT NULL", "a VARCHAR NOT NULL", "b VARCHAR NOT NULL", "folded BOOLEAN NOT NULL",
        "day VARCHAR", "sort_key VARCHAR", "type VARCHAR", "status VARCHAR", "hday VARCHAR",
    ),
    "happening_pair_counts": (
        "a VARCHAR NOT NULL", "b VARCHAR NOT NULL", "folded BOOLEAN NOT NULL", "month VARCHAR", "type VARCHAR",
        "status VARCHAR", "n BIGINT NOT NULL",
    ),
    "happening_edge_summary": (
        "a VARCHAR NOT NULL", "b VARCHAR NOT NULL", "folded BOOLEAN NOT NULL", "n BIGINT NOT NULL", "first VARCHAR",
        "last VARCHAR", "ids VARCHAR[] NOT NULL",
    ),
    "happening_entity_summary": (
        "entity_id VARCHAR NOT NULL", "n BIGINT NOT NULL", "ids VARCHAR[] NOT NULL", "keys VARCHAR[] NOT NULL",
    ),
    "happening_events": (
        "doc_id VARCHAR NOT NULL", "idx INTEGER NOT NULL", "event_id VARCHAR NOT NULL", "PRIMARY KEY (doc_id, idx)",
    ),
    "happening_index": (
        "event_id VARCHAR NOT NULL", "entity_id VARCHAR NOT NULL", "acts BOOLEAN NOT NULL", "sort_key VARCHAR NOT NULL",
        "day VARCHAR", "type VARCHAR", "status VARCHAR", "dated_key VARCHAR", "PRIMARY KEY (event_id, entity_id)",
    ),
    "happenings": (
        "event_id VARCHAR NOT NULL", "block VARCHAR NOT NULL", "sort_key VARCHAR NOT NULL", "view VARCHAR NOT NULL",
        "record VARCHAR NOT NULL", "type VARCHAR", "day VARCHAR", "status VARCHAR", "brief VARCHAR",
        "day_lo VARCHAR", "day_hi VARCHAR", "pinned BOOLEAN", "rday DATE", "link_lo DATE", "link_hi DATE",
        "PRIMARY KEY (event_id)",
    ),
    "lsh": ("key UBIGINT NOT NULL", "seq BIGINT NOT NULL"),
    "mentions": (
        "doc_id VARCHAR NOT NULL", "start INTEGER NOT NULL", "end INTEGER NOT NULL", "label VARCHAR NOT NULL",
        "source VARCHAR", "kb_id VARCHAR", "entity_id VARCHAR NOT NULL", "canonical VARCHAR", "title_start INTEGER",
        "title_end INTEGER", "PRIMARY KEY (doc_id, start)",
    ),
    "minhash": (
        "doc_id VARCHAR NOT NULL", "seq BIGINT NOT NULL", "sig BLOB NOT NULL", "size INTEGER NOT NULL",
        "usable BOOLEAN NOT NULL", "PRIMARY KEY (doc_id)",
    ),
    "quarantine": (
        "id VARCHAR NOT NULL", "source VARCHAR NOT NULL", "code VARCHAR NOT NULL", "reason VARCHAR NOT NULL",
        "raw_hash VARCHAR", "size BIGINT", "data BLOB", "data_truncated BOOLEAN", "ingested_at TIMESTAMP NOT NULL",
        "PRIMARY KEY (id)",
    ),
    "roles": (
        "doc_id VARCHAR NOT NULL", "entity_id VARCHAR NOT NULL", "role VARCHAR NOT NULL", "of VARCHAR NOT NULL",
        "start INTEGER", "end INTEGER", "date DATE", "basis VARCHAR", "PRIMARY KEY (doc_id, entity_id, role, of)",
    ),
    "schema_migrations": ("version INTEGER NOT NULL", "name VARCHAR", "applied_at TIMESTAMP", "PRIMARY KEY (version)"),
    "search_docs": ("doc_id VARCHAR NOT NULL", "PRIMARY KEY (doc_id)"),
    "search_vocab": ("term VARCHAR NOT NULL", "key VARCHAR NOT NULL", "PRIMARY KEY (term)"),
    "settings": ("name VARCHAR NOT NULL", "value VARCHAR NOT NULL", "PRIMARY KEY (name)"),
    "stories": (
        "story_id VARCHAR NOT NULL", "title VARCHAR", "title_doc VARCHAR", "first_seen DATE", "last_seen DATE",
        "size INTEGER NOT NULL", "profile JSON", "PRIMARY KEY (story_id)",
    ),
    "story_lsh": ("key UBIGINT NOT NULL", "seq BIGINT NOT NULL"),
    "story_sig": (
        "doc_id VARCHAR NOT NULL", "seq BIGINT NOT NULL", "sig BLOB NOT NULL", "day INTEGER", "city VARCHAR",
        "eset BLOB", "PRIMARY KEY (doc_id)",
    ),
    "story_vectors": (
        "doc_id VARCHAR NOT NULL", "embedder VARCHAR NOT NULL", "vec BLOB NOT NULL", "PRIMARY KEY (doc_id)",
    ),
    "timexes": (
        "doc_id VARCHAR NOT NULL", "start INTEGER NOT NULL", "end INTEGER NOT NULL", "type VARCHAR NOT NULL",
        "value VARCHAR", "precision VARCHAR", "anchored BOOLEAN", "PRIMARY KEY (doc_id, start)",
    ),
}
# Its indexes: table and expressions, from duckdb_indexes().
INDEXES = {
    "document_sources_raw_hash": "document_sources(raw_hash)",
    "document_sources_source": 'document_sources("source")',
    "entity_summary_folded": "entity_summary(folded_into)",
    "events_doc": "events(doc_id)",
    "events_type": 'events("type")',
    "facts_doc": "facts(doc_id)",
    "happening_edges_event": "happening_edges(event_id)",
    "happening_events_doc": "happening_events(doc_id)",
    "happening_events_event": "happening_events(event_id)",
    "happening_index_entity": "happening_index(entity_id)",
    "happenings_block": "happenings(block)",
    "mentions_doc": "mentions(doc_id)",
    "mentions_entity": "mentions(entity_id)",
    "quarantine_raw_hash": "quarantine(raw_hash)",
    "roles_doc": "roles(doc_id)",
    "search_vocab_key": 'search_vocab("key")',
    "timexes_doc": "timexes(doc_id)",
}


def _schema(con) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The tables and indexes of a database, described as SCHEMA and INDEXES are."""
    tables: dict[str, list[str]] = {}
    for table, column, kind, nullable, default in con.execute(
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall():
        tables.setdefault(table, []).append(
            f"{column} {kind}" + ("" if nullable == "YES" else " NOT NULL") + (f" DEFAULT {default}" if default else "")
        )
    for table, columns in con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall():
        tables[table].append(f"PRIMARY KEY ({', '.join(columns)})")
    indexes = {name: sql.split(" ON ", 1)[1].rstrip(";") for name, sql in con.execute(
        "SELECT index_name, sql FROM duckdb_indexes()").fetchall()}  # fmt: skip
    return {t: tuple(c) for t, c in tables.items()}, indexes


def test_versions_are_unique_and_strictly_increasing():
    versions = [v for v, _, _ in MIGRATIONS]
    assert versions == sorted(set(versions))
    assert all(isinstance(v, int) and v > 0 for v in versions)
    assert all(name and sql.strip() for _, name, sql in MIGRATIONS)


def test_every_components_steps_are_in_the_history_once():
    steps = [m for part in COMPONENTS.values() for m in part]
    assert sorted(steps) == sorted(MIGRATIONS)
    for component, part in COMPONENTS.items():
        for step in part:
            assert MIGRATIONS.count(step) == 1, (component, step[0])
    # a module of the store package that keeps steps is one of the components assembled
    kept = {name.rsplit(".", 1)[1] for name, mod in sys.modules.items()
            if name.startswith("sambandh.store.") and isinstance(getattr(mod, "MIGRATIONS", None), list)}  # fmt: skip
    assert kept - {"migrations"} == set(COMPONENTS)
    for name in COMPONENTS:
        assert sys.modules[f"sambandh.store.{name}"].MIGRATIONS is COMPONENTS[name]


def test_the_applied_history_is_never_edited():
    assert [v for v, _, _ in MIGRATIONS[:APPLIED]] == list(range(1, APPLIED + 1))
    text = json.dumps(MIGRATIONS[:APPLIED], ensure_ascii=False)
    assert hashlib.sha256(text.encode()).hexdigest() == APPLIED_SHA256


def test_a_new_database_has_the_schema_of_the_history_before_the_split(tmp_path):
    with Store(tmp_path / "new.duckdb") as store:
        tables, indexes = _schema(store.con)
    assert tables.keys() == SCHEMA.keys()
    for table, columns in SCHEMA.items():
        assert tables[table] == columns, table
    assert indexes == INDEXES


@pytest.mark.parametrize("reached", [1, 4, 9])
def test_a_database_migrated_from_an_older_version_gets_the_same_schema(tmp_path, monkeypatch, reached):
    db = tmp_path / "old.duckdb"
    with monkeypatch.context() as m:  # a Sambandh that knew the steps up to ``reached`` only
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= reached])
        with Store(db) as store:
            assert store.schema_version() == reached
    with Store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert _schema(store.con) == (SCHEMA, INDEXES)


def test_edges_kept_before_version_12_get_their_happenings_status_and_day(tmp_path, monkeypatch):
    db = tmp_path / "v11.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 11])
        with Store(db) as store:
            store.con.execute("INSERT INTO happenings (event_id, block, sort_key, view, record, type, day, status) "
                              "VALUES ('ev:1', 'b', '2024-05-01', '{}', '{}', 'CONSULT', '2024-05-01', 'planned')")
            store.con.execute("INSERT INTO happening_edges VALUES ('ev:1', 'country:in', 'country:ru', true, NULL, "
                              "'2024-05-01', 'CONSULT')")  # fmt: skip
    with Store(db) as store:
        assert store.con.execute("SELECT status, hday, day FROM happening_edges").fetchall() == [
            ("planned", "2024-05-01", None)]


def test_edges_kept_before_version_16_are_counted_per_pair(tmp_path, monkeypatch):
    db = tmp_path / "v15.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 15])
        with Store(db) as store:
            for event_id, day, status in (("ev:1", "2024-05-01", "planned"), ("ev:2", "2024-05-20", "occurred"),
                                          ("ev:3", None, "occurred")):  # fmt: skip
                store.con.execute("INSERT INTO happening_edges VALUES (?, 'country:in', 'country:ru', true, NULL, "
                                  "?, 'CONSULT', ?, ?)", [event_id, day or "9999", status, day])  # fmt: skip
    with Store(db) as store:
        assert store.con.execute("SELECT * FROM happening_pair_counts ORDER BY ALL").fetchall() == [
            ("country:in", "country:ru", True, "2024-05", "CONSULT", "occurred", 1),
            ("country:in", "country:ru", True, "2024-05", "CONSULT", "planned", 1),
            ("country:in", "country:ru", True, None, "CONSULT", "occurred", 1)]
        assert store.happening_month_counts(acting=["country:in", "country:ru"]) == (
            {("2024-05", "CONSULT"): 1}, {"CONSULT": 1})


def test_edges_kept_before_version_17_are_summed_up_per_edge(tmp_path, monkeypatch):
    db = tmp_path / "v16.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 16])
        with Store(db) as store:
            for event_id, day, sort_key in (("ev:1", "2024-05-01", "2024-05-01"), ("ev:2", "2024-05-20", "2024-05-20"),
                                            ("ev:3", None, "9999")):  # fmt: skip
                store.con.execute("INSERT INTO happening_edges VALUES (?, 'country:in', 'country:ru', true, ?, "
                                  "?, 'CONSULT', 'occurred', ?)", [event_id, day, sort_key, day])  # fmt: skip
    with Store(db) as store:
        # undated last by sort key, so the newest first is the undated one, then May 20, then May 1
        assert store.con.execute("SELECT a, b, folded, n, first, last, ids FROM happening_edge_summary").fetchall() == [
            ("country:in", "country:ru", True, 3, "2024-05-01", "2024-05-20", ["ev:3", "ev:2", "ev:1"])]


def test_a_reader_of_an_older_database_brings_it_up_to_date_first(tmp_path, monkeypatch):
    # a server opens read-only: before, an older file was read as it was and the pages' queries
    # failed on the columns later steps add (a pair page answered 500 on a store of version 11)
    db = tmp_path / "v11.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 11])
        Store(db).close()
    with Store(db, read_only=True) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert _schema(store.con) == (SCHEMA, INDEXES)
        with pytest.raises(Exception, match="read-only"):
            store.con.execute("CREATE TABLE t (x INTEGER)")
        # and it draws no DuckDB progress bar on the terminal while it does (a long migration did)
        assert store.con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)


def test_edge_summaries_of_version_17_keep_120_latest_ids_after_version_18(tmp_path, monkeypatch):
    db = tmp_path / "v17.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 17])
        with Store(db) as store:
            store.con.execute("INSERT INTO happening_edges SELECT 'ev:' || lpad(CAST(i AS VARCHAR), 3, '0'), "
                              "'country:in', 'country:ru', true, NULL, '2024-01-01', 'CONSULT', 'occurred', NULL "
                              "FROM range(150) t(i)")  # fmt: skip
            store.con.execute("INSERT INTO happening_edge_summary SELECT a, b, folded, count(*), min(day), max(day), "
                              "arg_max(event_id, (sort_key, event_id), 20) FROM happening_edges GROUP BY a, b, folded")
            assert len(store.con.execute("SELECT ids FROM happening_edge_summary").fetchone()[0]) == 20
    with Store(db) as store:
        (ids,) = store.con.execute("SELECT ids FROM happening_edge_summary").fetchone()
        assert ids == [f"ev:{i:03d}" for i in range(149, 29, -1)]  # the latest 120, newest first
        # the graph still lists the latest 20 of an edge
        assert store.happening_edge_counts(True)[0][-1] == ids[:20]


def test_happenings_kept_before_version_19_are_summed_up_per_entity(tmp_path, monkeypatch):
    db = tmp_path / "v18.duckdb"
    with monkeypatch.context() as m:
        m.setattr(sambandh.store, "MIGRATIONS", [s for s in MIGRATIONS if s[0] <= 18])
        with Store(db) as store:
            store.con.execute("INSERT INTO happening_index SELECT 'ev:' || lpad(CAST(i AS VARCHAR), 3, '0'), "
                              "CASE WHEN i % 3 = 0 THEN 'country:ru' ELSE 'country:in' END, true, "
                              "CASE WHEN i % 5 = 0 THEN '9999' ELSE '2024-01-01' END, NULL, 'CONSULT', 'occurred' "
                              "FROM range(450) t(i)")  # fmt: skip
    with Store(db) as store:
        got = {e: (n, list(ids), list(keys)) for e, n, ids, keys in store.con.execute(
            "SELECT entity_id, n, ids, keys FROM happening_entity_summary").fetchall()}  # fmt: skip
        for e in ("country:in", "country:ru"):
            want = store.con.execute(
                "SELECT event_id, sort_key FROM happening_index WHERE entity_id = ? ORDER BY sort_key DESC, "
                "event_id DESC LIMIT 200", [e]).fetchall()  # fmt: skip
            n = store.con.execute("SELECT count(*) FROM happening_index WHERE entity_id = ?", [e]).fetchone()[0]
            assert got[e] == (n, [i for i, _ in want], [k for _, k in want])
        assert got["country:in"][0] == 300 and len(got["country:in"][1]) == 200 and got["country:ru"][0] == 150


def test_migrations_run_with_room_and_the_limit_comes_back(tmp_path, monkeypatch):
    """A migration runs with at least MIGRATION_MEMORY (an ingest opens with a small cache, and a migration that
    fills a summary from the whole archive cannot spill); the store's own limit is set back afterwards."""
    import sambandh.store as store_module
    from sambandh.config import memory_bytes
    from sambandh.store import Store

    path = tmp_path / "m.duckdb"
    Store(path, memory_limit="64MB").close()
    known = max(v for v, _, _ in store_module.MIGRATIONS)
    extra = (known + 1, "records the limit it ran under",
             "CREATE TABLE limit_seen AS SELECT current_setting('memory_limit') AS m")
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, extra])
    with Store(path, memory_limit="64MB") as s:
        seen = s.con.execute("SELECT m FROM limit_seen").fetchone()[0]
        after = s.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert memory_bytes(seen) >= 0.95 * memory_bytes(store_module.MIGRATION_MEMORY)
    assert memory_bytes(after) < 100 * 10**6
