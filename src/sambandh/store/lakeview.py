"""A Parquet lake served as it is (``sambandh serve --lake``): the store's tables as DuckDB views over
the lake's files, in a small temporary database beside them.

The per-article tables (``documents``, ``document_sources``, ``quarantine``, ``mentions``, ``roles``,
``timexes``, ``events``, ``facts``) and ``stories`` are views that read the lake's Parquet files with
``read_parquet`` (Hive partitions, so a filter on year or month prunes folders) each time a page asks;
nothing is copied and nothing is written into the lake. Each article is its first row by run and
input order (a killed run may have written it twice), as ``pull`` takes it; ``duplicate_of`` and
``story_id`` are the lake's ``dedup/`` and ``stories/`` tables'. What the lake does not hold in the
store's shape is computed once when the view opens, by the embedded stages, into the temporary
database: the happenings' rows and read model (the lake's own ``happenings/``, merged on Spark, are kept
as they are and only their read model is built; a lake without them is merged again from the events'
view) and the entity summaries. Where the Spark run wrote search shards (one tantivy index per
month, ``sambandh.spark_search``), they are opened as one index through links beside the temporary
database (``index.shard_view``: nothing is copied, BM25 counts over all of them) and the months'
search vocabularies and article ids are loaded into it, so search answers as over an embedded index
(``docs/lake.md``).

That database is kept for the next start (:func:`open_lake`, ``keep``): in the user's cache folder
(``config.cache_dir() / "lakes"``), under a key made of the lake's folder, every file in it (name,
size, modification time), the package's code and tables and the knowledge base. A server started
again on a lake that has not changed opens the kept database at once; a lake with a new or changed
file gets a new one, and the kept databases of lakes that were changed or removed are cleared.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from ..errors import UsageError

# the store's tables that become views over the lake, in an order that lets each read the ones before
VIEWS = ("documents", "document_sources", "quarantine", "mentions", "roles", "timexes", "events", "facts", "stories")


def _literal(text: str) -> str:
    """A SQL string literal (a view's text keeps its paths, so they cannot be parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _from_json(fields: dict[str, str]) -> str:
    """The ``from_json`` structure of a list of objects with these fields and DuckDB types."""
    return _literal(json.dumps([fields]))


def _items(path: str, structure: str, name: str) -> str:
    """Each article's list at ``path`` as rows ``doc_id, <name>, i`` (the item as a struct, its place)."""
    return (f"SELECT doc_id, unnest(xs) AS {name}, generate_subscripts(xs, 1) AS i FROM (SELECT doc_id, "
            f"from_json(json_extract(record, '{path}'), {structure}) AS xs FROM lake_articles)")  # fmt: skip


def check_lake(lake: Path) -> None:
    """Refuse what is not a lake this Sambandh can serve.

    Raises:
        UsageError: No lake at ``lake``, a lake of a newer version, or one whose near copies and
            stories are missing (a lake from before the global stages ran on Spark).
    """
    from ..spark import LAKE_VERSION

    marker = lake / "_lake.json"
    if not marker.is_file():
        raise UsageError(f"no Sambandh lake at {lake}: run 'sambandh ingest --engine spark --lake {lake}' first")
    try:
        found = json.loads(marker.read_text(encoding="utf-8")).get("version", 0)
    except (OSError, ValueError, AttributeError):
        raise UsageError(f"the lake at {lake} has an unreadable _lake.json") from None
    if not isinstance(found, int) or found > LAKE_VERSION:
        raise UsageError(f"the lake at {lake} has version {found}, newer than this Sambandh reads ({LAKE_VERSION})")
    if not any((lake / "records").rglob("*.parquet")):
        raise UsageError(f"the lake at {lake} holds no records yet")
    for table in ("dedup", "stories"):
        if not any((lake / table).glob("*.parquet")):
            raise UsageError(f"the lake at {lake} has no {table}/ table (its global stages never ran): run "
                             "'sambandh ingest --engine spark' on it again, or 'sambandh pull' a slice")  # fmt: skip


def view_sql(lake: Path) -> list[str]:
    """The statements that replace the store's per-article tables and ``stories`` by views over ``lake``."""
    root = lake.resolve()
    records = _literal(str(root / "records" / "**" / "*.parquet"))
    dedup = _literal(str(root / "dedup" / "*.parquet"))
    stories = _literal(str(root / "stories" / "*.parquet"))
    # the run's start (run-<ms>) stands for the time its articles were ingested
    ingested = "coalesce(epoch_ms(TRY_CAST(regexp_extract(run, '(\\d+)$', 1) AS BIGINT)), TIMESTAMP '1970-01-01')"
    first = "row_number() OVER (PARTITION BY doc_id ORDER BY run, seq_file, seq_rec) = 1"
    json_cols = ("offset_map", "removed", "dateline", "attributions", "sentences", "meta", "warnings")
    text_cols = ("kind", "title", "title_source", "published", "published_source", "language", "text", "raw")
    # one parse of each record for all its fields; a JSON null is NULL, as the store writes it
    strings = "json_extract_string(record, [" + ", ".join(f"'$.{c}'" for c in text_cols) + "])"
    jsons = "json_extract(record, [" + ", ".join(f"'$.{c}'" for c in json_cols) + "])"
    s = {c: f"s[{i + 1}]" for i, c in enumerate(text_cols)}
    j = {c: f"nullif(CAST(j[{i + 1}] AS VARCHAR), 'null')" for i, c in enumerate(json_cols)}
    mention = _from_json({"start": "INTEGER", "end": "INTEGER", "label": "VARCHAR", "source": "VARCHAR",
                          "kb_id": "VARCHAR", "entity_id": "VARCHAR", "canonical": "VARCHAR",
                          "title_start": "INTEGER", "title_end": "INTEGER"})  # fmt: skip
    role = _from_json({"entity_id": "VARCHAR", "role": "VARCHAR", "of": "VARCHAR", "start": "INTEGER",
                       "end": "INTEGER", "date": "VARCHAR", "basis": "VARCHAR"})  # fmt: skip
    timex = _from_json({"start": "INTEGER", "end": "INTEGER", "type": "VARCHAR", "value": "VARCHAR",
                        "precision": "VARCHAR", "anchored": "BOOLEAN"})  # fmt: skip
    fact = _from_json({"predicate": "VARCHAR", "subject": "VARCHAR", "object": "VARCHAR", "start": "INTEGER",
                       "end": "INTEGER", "date": "VARCHAR", "place": "VARCHAR", "negated": "BOOLEAN"})  # fmt: skip
    return [
        f"CREATE VIEW lake_records AS SELECT *, {ingested} AS ingested_at "
        f"FROM read_parquet({records}, hive_partitioning = true)",
        f"CREATE VIEW lake_articles AS SELECT * FROM lake_records WHERE kind = 'article' QUALIFY {first}",
        "CREATE VIEW documents AS SELECT a.doc_id AS id, a.source, a.raw_hash, "
        f"{s['kind']} AS kind, {s['title']} AS title, {s['title_source']} AS title_source, "
        f"CAST({s['published']} AS DATE) AS published, {s['published_source']} AS published_source, "
        f"{s['language']} AS language, {s['text']} AS text, {s['raw']} AS raw, "
        + ", ".join(f"{j[c]} AS {c}" for c in json_cols)
        + ", d.duplicate_of, t.story_id, a.ingested_at "
        f"FROM (SELECT doc_id, source, raw_hash, ingested_at, {strings} AS s, {jsons} AS j FROM lake_articles) a "
        f"LEFT JOIN read_parquet({dedup}) d ON d.doc_id = a.doc_id "
        f"LEFT JOIN read_parquet({stories}) t ON t.doc_id = a.doc_id",
        # every input that gave an article, its first row's hash and time (the store keeps the first)
        "CREATE VIEW document_sources AS SELECT doc_id, source, "
        "arg_min(raw_hash, (run, seq_file, seq_rec)) AS raw_hash, min(ingested_at) AS ingested_at "
        "FROM lake_records WHERE kind = 'article' GROUP BY doc_id, source",
        # the store's id of a quarantined input is a hash of its source, code and input hash; an internal
        # error whose input later went in is no longer in quarantine
        "CREATE VIEW quarantine AS SELECT md5(source || chr(0) || code || chr(0) || coalesce(raw_hash, '')) AS id, "
        "source, code, reason, raw_hash, TRY_CAST(json_extract(record, '$.size') AS BIGINT) AS size, data, "
        "coalesce(TRY_CAST(json_extract(record, '$.size') AS BIGINT) > octet_length(data), false) AS data_truncated, "
        "ingested_at FROM lake_records r WHERE kind = 'rejected' AND NOT (code = 'internal' AND raw_hash IN "
        "(SELECT raw_hash FROM lake_records WHERE kind = 'article')) "
        "QUALIFY row_number() OVER (PARTITION BY source, code, raw_hash ORDER BY run, seq_file, seq_rec) = 1",
        # the store's key keeps the first of an article's mentions at one offset (a dateline's place may
        # share the first word's), the first time expression there and the first statement of a role
        "CREATE VIEW mentions AS SELECT doc_id, m.start, m['end'] AS \"end\", m.label, m.source, m.kb_id, "
        f"m.entity_id, m.canonical, m.title_start, m.title_end FROM ({_items('$.mentions', mention, 'm')}) "
        "QUALIFY row_number() OVER (PARTITION BY doc_id, m.start ORDER BY i) = 1",
        "CREATE VIEW roles AS SELECT doc_id, r.entity_id, r.role, r['of'] AS \"of\", r.start, r['end'] AS \"end\", "
        f"CAST(left(r.date, 10) AS DATE) AS date, r.basis FROM ({_items('$.roles', role, 'r')}) "
        "QUALIFY row_number() OVER (PARTITION BY doc_id, r.entity_id, r.role, r['of'] ORDER BY i) = 1",
        "CREATE VIEW timexes AS SELECT doc_id, x.start, x['end'] AS \"end\", x.type, x.value, x.precision, "
        f"x.anchored FROM ({_items('$.timexes', timex, 'x')}) "
        "QUALIFY row_number() OVER (PARTITION BY doc_id, x.start ORDER BY i) = 1",
        # sort_key as model.sort_key: the stated date where its year is known, else the earliest possible day
        "CREATE VIEW events AS SELECT doc_id, CAST(idx AS INTEGER) AS idx, e ->> 'type' AS type, e ->> 'mode' AS mode, "
        "e ->> 'cameo' AS cameo, CASE WHEN regexp_matches(coalesce(e ->> 'date', ''), '^[0-9]{4}') "
        "THEN e ->> 'date' ELSE coalesce(nullif(e ->> 'not_before', ''), '9999') END AS sort_key, "
        "CAST(e AS JSON) AS event FROM (SELECT doc_id, unnest(evs) AS e, generate_subscripts(evs, 1) - 1 AS idx "
        "FROM (SELECT doc_id, json_extract(record, '$.events[*]') AS evs FROM lake_articles))",
        "CREATE VIEW facts AS SELECT doc_id, CAST(idx AS INTEGER) AS idx, f.predicate, f.subject, f.object, f.start, "
        "f['end'] AS \"end\", f.date, f.place, f.negated FROM (SELECT doc_id, unnest(fs) AS f, "
        f"generate_subscripts(fs, 1) - 1 AS idx FROM (SELECT doc_id, from_json(json_extract(record, '$.facts'), "
        f"{fact}) AS fs FROM lake_articles))",
        # a story's row summed up from its reports, as pull sums up the stories it carries
        "CREATE VIEW stories AS SELECT story_id, "
        "arg_min(title, (coalesce(published, DATE '9999-12-31'), ingested_at, id)) AS title, "
        "arg_min(id, (coalesce(published, DATE '9999-12-31'), ingested_at, id)) AS title_doc, "
        "min(published) AS first_seen, max(published) AS last_seen, CAST(count(*) AS INTEGER) AS size, "
        "CAST(NULL AS JSON) AS profile FROM documents WHERE story_id IS NOT NULL GROUP BY story_id",
    ]


def open_lake(lake: Path, config: Any, keep: bool = True) -> Path:
    """Make the temporary database that serves ``lake``: views over its files, then the happenings (the
    lake's own, with their read model) and the entity summaries computed from them by the embedded
    stages. Nothing is written into the lake.

    Args:
        lake: The lake folder (``ingest --engine spark --lake``).
        config: Settings (``kb_dir``, ``db_memory_limit``); its ``db`` is not used.
        keep: Keep the database in the cache folder for the next start on the same, unchanged lake, and
            open a kept one when there is one (a cache folder that cannot be written is not an error:
            the database is then made in a temporary folder).

    Returns:
        The database file, in a folder of its own (:func:`kept` says whether it is a kept one; the caller
        removes one that is not: :func:`remove`).

    Raises:
        UsageError: Not a lake this Sambandh can serve (:func:`check_lake`).
        StoreError: The database cannot be written.
    """
    check_lake(lake)
    home = _keep_home() if keep else None
    key = _lake_key(lake, config) if home is not None else ""
    if home is not None:
        found = home / key / "lake.duckdb"
        if (home / key / "done.json").is_file() and found.is_file():
            return found
    folder = Path(tempfile.mkdtemp(prefix="sambandh-lake-", dir=home))
    path = folder / "lake.duckdb"
    try:
        _build(lake, config, path)
    except BaseException:
        remove(path)
        raise
    if home is None:
        return path
    return _keep(home, key, lake, path)


def _build(lake: Path, config: Any, path: Path) -> None:
    """Write the database that serves ``lake`` at ``path`` (:func:`open_lake`)."""
    from ..relations import keep_merged, update_happenings
    from ..summaries import update_entity_summaries
    from . import Store

    with Store(path, memory_limit=config.db_memory_limit) as store:
        with store._transaction() as con:
            for table in reversed(VIEWS):
                con.execute(f"DROP TABLE {table}")
            for sql in view_sql(lake):
                con.execute(sql)
        settings = config.replace(db=path)
        if _has_parts(lake / "happenings") and _has_parts(lake / "happening_views"):
            # the lake's own happenings (merged on Spark by the embedded rule): only their read model
            # is built here, so start-up does not merge the whole lake's events again
            parts = _literal(str(lake / "happenings" / "*.parquet"))
            members = [(d, int(i), e) for d, i, e in store.con.execute(
                f"SELECT doc_id, idx, event_id FROM read_parquet({parts})"
            ).fetchall()]  # fmt: skip
            views = store.con.execute(
                "SELECT event_id, block, view FROM "
                f"read_parquet({_literal(str(lake / 'happening_views' / '*.parquet'))})"
            ).fetchall()
            keep_merged(store, settings, members, views)
        else:
            update_happenings(store, settings)
        update_entity_summaries(store, settings)
        _open_search(store, lake, config.replace(db=path, index_dir="").index_path)


def _keep_home() -> Path | None:
    """The folder where databases made for lakes are kept, or None where it cannot be written."""
    from ..config import cache_dir

    try:
        home = cache_dir() / "lakes"
        home.mkdir(parents=True, exist_ok=True)
        return home if os.access(home, os.W_OK) else None
    except OSError:
        return None


def _lake_key(lake: Path, config: Any) -> str:
    """What a kept database for ``lake`` depends on, hashed: the lake's folder and every file in it (name,
    size, modification time: a run that adds or rewrites a file changes it), the package's code and
    tables (a new Sambandh builds its own) and the knowledge base's tables. The first 16 characters
    name the lake, so that an older database of the same lake can be found and cleared.
    """
    root = lake.resolve()
    package = Path(__file__).resolve().parent.parent
    files = hashlib.sha1()
    files.update(str(root).encode())
    for p in sorted(root.rglob("*")):
        if p.is_file():
            st = p.stat()
            files.update(f"{p.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    code = hashlib.sha1()
    sources = [*package.rglob("*.py"), *package.rglob("*.tsv")]
    if config.kb_dir:
        sources += list(Path(config.kb_dir).rglob("*.tsv"))
    for p in sorted(sources):
        code.update(str(p).encode())
        code.update(p.read_bytes())
    h = hashlib.sha1(files.digest() + code.digest())
    return hashlib.sha1(str(root).encode()).hexdigest()[:16] + "-" + h.hexdigest()[:24]


def _keep(home: Path, key: str, lake: Path, path: Path) -> Path:
    """Move a database just made for ``lake`` to its kept place and clear the ones it replaces (those of
    the same lake with another key, and those of lakes that no longer exist). Another server that kept
    one for the same key first wins; this one is then removed.
    """
    folder = path.parent
    (folder / "lake.json").write_text(json.dumps({"lake": str(lake.resolve())}), encoding="utf-8")
    (folder / "done.json").write_text("{}", encoding="utf-8")
    target = home / key
    try:
        os.rename(folder, target)
    except OSError:  # kept by another server meanwhile
        if (target / "done.json").is_file():
            shutil.rmtree(folder, ignore_errors=True)
        else:
            return path  # an unusable kept place: this one serves, and is not kept
    for other in home.iterdir():
        if other == target or not other.is_dir():
            continue
        if other.name.startswith("sambandh-lake-"):  # one being made now, or left by a killed start
            try:
                if time.time() - other.stat().st_mtime > 86400:
                    shutil.rmtree(other, ignore_errors=True)
            except OSError:
                pass
            continue
        same_lake = other.name.split("-", 1)[0] == key.split("-", 1)[0]
        try:
            gone = not Path(json.loads((other / "lake.json").read_text(encoding="utf-8"))["lake"]).exists()
        except (OSError, ValueError, KeyError, TypeError):
            gone = False
        if same_lake or gone:
            shutil.rmtree(other, ignore_errors=True)  # a server still on it keeps its open files
    return target / "lake.duckdb"


def kept(path: Path) -> bool:
    """Whether a database :func:`open_lake` returned is a kept one (left in place when a server stops)."""
    return (path.parent / "done.json").is_file()


def _open_search(store: Any, lake: Path, into: Path) -> None:
    """The lake's search shards as one index at ``into`` and its vocabulary in ``search_vocab``;
    nothing when the lake has no shards (a lake from before they were built).
    """
    from ..index import shard_view
    from ..spark_search import shard_folders

    shards = shard_folders(lake)
    if not shards:
        return
    shard_view(shards, into)
    vocab = lake / "search_vocab"
    if any(vocab.glob("year=*/month=*/*.parquet")):
        parts = _literal(str(vocab.resolve() / "*" / "*" / "*.parquet"))
        store.con.execute(f"INSERT INTO search_vocab SELECT DISTINCT term, key FROM read_parquet({parts}) "
                          "ON CONFLICT DO NOTHING")  # fmt: skip
    # the articles the shards hold, so the home page counts them as the store counts its indexed ones
    held = lake / "search_docs"
    if any(held.glob("year=*/month=*/*.parquet")):
        parts = _literal(str(held.resolve() / "*" / "*" / "*.parquet"))
        store.con.execute(f"INSERT INTO search_docs SELECT DISTINCT doc_id FROM read_parquet({parts}) "
                          "ON CONFLICT DO NOTHING")  # fmt: skip


def has_search(path: Path, config: Any) -> bool:
    """Whether the temporary database ``path`` that :func:`open_lake` made has the lake's search shards."""
    return (config.replace(db=path, index_dir="").index_path / "meta.json").is_file()


def _has_parts(folder: Path) -> bool:
    """Whether a lake table's folder holds Parquet files."""
    return folder.is_dir() and any(folder.glob("*.parquet"))


def remove(path: Path) -> None:
    """Remove a temporary database :func:`open_lake` made, with its folder."""
    shutil.rmtree(path.parent, ignore_errors=True)


__all__ = ["VIEWS", "check_lake", "has_search", "kept", "open_lake", "remove", "view_sql"]
