"""The Parquet lake read through DuckDB (``sambandh pull``): the one place its SQL lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Slice:
    """Which of a lake's records ``pull`` copies; every filter given must hold (an empty one holds).

    Attributes:
        since: Articles published on or after this ISO day (``YYYY-MM-DD``).
        until: Articles published on or before this ISO day. With either date, undated articles are left out.
        sources: Articles whose source (file path with its ``#L<n>`` or record suffix, or web address),
            web address (the record's ``url``) or outlet name (the record's ``source``, ``site``,
            ``outlet`` or ``publisher``) contains any of these texts, ignoring case.
        entities: Articles with a mention linked to any of these entity ids (``country:in``).

    A rejected input has no date, mentions or metadata: it comes along unless ``sources`` is given
    and its source contains none of them, or ``entities`` is given (it mentions nothing).
    """

    since: str | None = None
    until: str | None = None
    sources: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over a lake's record rows, and its parameters (dates prune partitions first)."""
        import json

        article, rejected, params_a, params_r = ["kind = 'article'"], ["kind = 'rejected'"], [], []
        if self.since or self.until:
            lo, hi = (self.since or "0001-01-01"), (self.until or "9999-12-31")
            article += ["year * 100 + month BETWEEN ? AND ?", "published BETWEEN ? AND ?"]
            params_a += [int(lo[:4]) * 100 + int(lo[5:7]), int(hi[:4]) * 100 + int(hi[5:7]), lo, hi]
        if self.sources:
            # the record is parsed once for its web address and outlet name
            meta = "json_extract_string(record, ['$.meta.url', '$.meta.source'])"
            article.append("(" + " OR ".join(
                f"contains(lower(source), lower(?)) OR list_has_any(list_transform({meta}, x -> contains(lower(x), "
                "lower(?))), [true])" for _ in self.sources) + ")")  # fmt: skip
            params_a += [p for s in self.sources for p in (s, s)]
            rejected.append("(" + " OR ".join("contains(lower(source), lower(?))" for _ in self.sources) + ")")
            params_r += list(self.sources)
        if self.entities:
            # a cheap look for the quoted id in the text first, then the mentions' ids themselves
            quoted = " OR ".join("contains(record, ?)" for _ in self.entities)
            article.append(f"({quoted}) AND list_has_any(json_extract_string(record, '$.mentions[*].entity_id'), ?)")
            params_a += [json.dumps(e, ensure_ascii=False) for e in self.entities] + [list(self.entities)]
            rejected.append("false")
        return f"(({' AND '.join(article)}) OR ({' AND '.join(rejected)}))", params_a + params_r


def _glob(lake: Path, table: str) -> str:
    return str(lake / table / "**" / "*.parquet") if table == "records" else str(lake / table / "*.parquet")


def lake_records(lake: Path, where: Slice, memory_limit: str) -> Any:
    """A cursor over a Parquet lake's record rows (``kind, source, raw_hash, record, code, reason,
    data``) in run order, those ``where`` selects: partition pruning by year and month first, then
    the day, the source and the mentions. DuckDB's ``execute`` answers with its connection, which
    holds the result: fetch from it, then close it (or ask it :func:`lake_links` first).
    """
    import duckdb

    cond, params = where.where()
    con = duckdb.connect(config={"memory_limit": memory_limit})
    return con.execute(
        f"SELECT kind, source, raw_hash, record, code, reason, data FROM read_parquet(?, hive_partitioning = true) "
        f"WHERE {cond} ORDER BY run, seq_file, seq_rec",
        [_glob(lake, "records"), *params],
    )


def lake_results_missing(con: Any, lake: Path) -> int | None:
    """How many of the lake's articles its near-copy and story tables (``dedup/``, ``stories/``) lack
    (a run stopped before its global stages); ``None`` when either table is not there at all.
    """
    if not any((lake / "dedup").glob("*.parquet")) or not any((lake / "stories").glob("*.parquet")):
        return None
    row = con.execute(
        "SELECT count(DISTINCT r.doc_id) FROM read_parquet(?, hive_partitioning = true) r "
        "WHERE r.kind = 'article' AND (r.doc_id NOT IN (SELECT doc_id FROM read_parquet(?)) "
        "OR r.doc_id NOT IN (SELECT doc_id FROM read_parquet(?)))",
        [_glob(lake, "records"), _glob(lake, "dedup"), _glob(lake, "stories")],
    ).fetchone()
    return int(row[0]) if row else 0


def lake_links(con: Any, lake: Path, where: Slice) -> Any:
    """The lake's ``duplicate_of`` and ``story_id`` (an Arrow table ``doc_id, duplicate_of, story_id``)
    of the articles ``where`` selects and of the near copies of those (which a store may hold from an
    earlier slice, waiting for their original).
    """
    cond, params = where.where()
    return con.execute(
        "WITH s AS (SELECT DISTINCT doc_id FROM read_parquet(?, hive_partitioning = true) "
        f"  WHERE kind = 'article' AND {cond}), "
        "l AS (SELECT d.doc_id, d.duplicate_of, t.story_id FROM read_parquet(?) d "
        "  JOIN read_parquet(?) t USING (doc_id)) "
        "SELECT doc_id, duplicate_of, story_id FROM l "
        "WHERE doc_id IN (SELECT doc_id FROM s) OR duplicate_of IN (SELECT doc_id FROM s)",
        [_glob(lake, "records"), *params, _glob(lake, "dedup"), _glob(lake, "stories")],
    ).to_arrow_table()
