"""The store's schema history: each migration is (version, name, DDL), applied in order once.

A database records the version it reached (``Store.schema_version``); ``Store.migrate`` runs the
ones after it in one transaction each and refuses a database from a newer Sambandh.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial documents, sources and quarantine",
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            raw_hash VARCHAR NOT NULL,
            kind VARCHAR,
            title VARCHAR,
            title_source VARCHAR,
            published DATE,
            published_source VARCHAR,
            language VARCHAR,
            text VARCHAR NOT NULL,
            raw VARCHAR NOT NULL,
            offset_map VARCHAR,
            removed VARCHAR,
            dateline VARCHAR,
            attributions VARCHAR,
            sentences VARCHAR,
            meta VARCHAR,
            warnings VARCHAR,
            duplicate_of VARCHAR,
            story_id VARCHAR,
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE TABLE document_sources (
            doc_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            raw_hash VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL,
            PRIMARY KEY (doc_id, source)
        );
        CREATE INDEX document_sources_raw_hash ON document_sources (raw_hash);
        CREATE TABLE quarantine (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            raw_hash VARCHAR,
            size BIGINT,
            data BLOB,
            data_truncated BOOLEAN,
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE INDEX quarantine_raw_hash ON quarantine (raw_hash);
        """,
    ),
    (
        2,
        "entity mentions and roles",
        """
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label VARCHAR NOT NULL,
            source VARCHAR,
            kb_id VARCHAR,
            entity_id VARCHAR NOT NULL,
            canonical VARCHAR,
            title_start INTEGER,
            title_end INTEGER,
            PRIMARY KEY (doc_id, start)
        );
        CREATE INDEX mentions_entity ON mentions (entity_id);
        CREATE TABLE roles (
            doc_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            "of" VARCHAR NOT NULL,
            start INTEGER,
            "end" INTEGER,
            date DATE,
            basis VARCHAR,
            PRIMARY KEY (doc_id, entity_id, role, "of")
        );
        """,
    ),
    (
        3,
        "time expressions and events",
        """
        CREATE TABLE timexes (
            doc_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR,
            precision VARCHAR,
            anchored BOOLEAN,
            PRIMARY KEY (doc_id, start)
        );
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            sort_key VARCHAR,
            event JSON NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX events_type ON events (type);
        """,
    ),
    (
        4,
        "near-duplicate signatures, LSH band keys, stories and settings",
        """
        CREATE TABLE minhash (
            doc_id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            sig BLOB NOT NULL,
            size INTEGER NOT NULL,
            usable BOOLEAN NOT NULL
        );
        CREATE TABLE lsh (key UBIGINT NOT NULL, seq BIGINT NOT NULL);
        CREATE TABLE settings (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY,
            title VARCHAR,
            title_doc VARCHAR,
            first_seen DATE,
            last_seen DATE,
            size INTEGER NOT NULL,
            profile JSON
        );
        CREATE TABLE story_sig (doc_id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, sig BLOB NOT NULL, day INTEGER);
        CREATE TABLE story_lsh (key UBIGINT NOT NULL, seq BIGINT NOT NULL);
        CREATE TABLE search_docs (doc_id VARCHAR PRIMARY KEY);
        CREATE TABLE search_vocab (term VARCHAR PRIMARY KEY, key VARCHAR NOT NULL);
        CREATE INDEX search_vocab_key ON search_vocab (key);
        """,
    ),
    (
        5,
        "stated facts: memberships, foundings, chairmanships",
        """
        CREATE TABLE facts (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            predicate VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            object VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            date VARCHAR,
            place VARCHAR,
            negated BOOLEAN NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        """,
    ),
    (
        6,
        "the city a report names most and the hashes of its entities, kept with its story profile",
        """
        ALTER TABLE story_sig ADD COLUMN city VARCHAR;
        ALTER TABLE story_sig ADD COLUMN eset BLOB;
        """,
    ),
    (
        7,
        "what was fetched from the web: validators for conditional requests, and failures to retry",
        """
        CREATE TABLE fetch_state (
            url VARCHAR PRIMARY KEY,
            etag VARCHAR,
            last_modified VARCHAR,
            status INTEGER,
            error VARCHAR,
            failures INTEGER NOT NULL DEFAULT 0,
            fetched_at TIMESTAMP NOT NULL
        );
        CREATE INDEX document_sources_source ON document_sources (source);
        """,
    ),
    (
        8,
        "happenings: the events of all articles merged, kept with their export rows for the pages",
        """
        CREATE TABLE happenings (
            event_id VARCHAR PRIMARY KEY,
            block VARCHAR NOT NULL,
            sort_key VARCHAR NOT NULL,
            view VARCHAR NOT NULL,
            record VARCHAR NOT NULL
        );
        CREATE INDEX happenings_block ON happenings (block);
        CREATE TABLE happening_events (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            event_id VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX happening_events_event ON happening_events (event_id);
        """,
    ),
    (
        9,
        "story vectors: the embeddings of reports whose story pairs needed them, kept so none is computed twice",
        """
        CREATE TABLE story_vectors (
            doc_id VARCHAR PRIMARY KEY,
            embedder VARCHAR NOT NULL,
            vec BLOB NOT NULL
        );
        """,
    ),
    (
        10,
        "the happenings' read model: type, day and status columns, the entities each involves and the graph "
        "edges it makes, for bounded page queries; the kept happenings are merged again at the next ingest",
        """
        ALTER TABLE happenings ADD COLUMN type VARCHAR;
        ALTER TABLE happenings ADD COLUMN day VARCHAR;
        ALTER TABLE happenings ADD COLUMN status VARCHAR;
        ALTER TABLE happenings ADD COLUMN brief VARCHAR;
        CREATE TABLE happening_index (
            event_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            acts BOOLEAN NOT NULL,
            sort_key VARCHAR NOT NULL,
            day VARCHAR,
            type VARCHAR,
            status VARCHAR,
            PRIMARY KEY (event_id, entity_id)
        );
        CREATE INDEX happening_index_entity ON happening_index (entity_id);
        CREATE TABLE happening_edges (
            event_id VARCHAR NOT NULL,
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            folded BOOLEAN NOT NULL,
            day VARCHAR,
            sort_key VARCHAR,
            type VARCHAR
        );
        CREATE INDEX happening_edges_event ON happening_edges (event_id);
        DELETE FROM happening_events;
        DELETE FROM happenings;
        DELETE FROM settings WHERE name = 'happenings';
        """,
    ),
    (
        11,
        "entity summaries: per entity its counts, names and surfaces, kept up to date at ingest for the pages",
        """
        CREATE TABLE entity_summary (
            entity_id VARCHAR PRIMARY KEY,
            label VARCHAR,
            name VARCHAR,
            own_mentions BIGINT NOT NULL,
            own_documents BIGINT NOT NULL,
            mentions BIGINT NOT NULL,
            documents BIGINT NOT NULL,
            folded_into VARCHAR,
            names_folded VARCHAR
        );
        CREATE INDEX entity_summary_folded ON entity_summary (folded_into);
        CREATE TABLE entity_names (
            entity_id VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            canonical VARCHAR NOT NULL,
            n BIGINT NOT NULL,
            PRIMARY KEY (entity_id, label, canonical)
        );
        CREATE TABLE entity_surfaces (
            entity_id VARCHAR NOT NULL,
            surface VARCHAR NOT NULL,
            PRIMARY KEY (entity_id, surface)
        );
        CREATE TABLE entity_summary_docs (doc_id VARCHAR PRIMARY KEY);
        """,
    ),
]
