"""Export stored data as JSON Lines, CSV or Parquet (DESIGN.md's export contracts)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .errors import UsageError
from .store import Store

FORMATS = ("jsonl", "csv", "parquet")
KINDS = ("documents", "entities", "events", "facts", "stories", "graph")


def documents(store: Store) -> Iterator[dict[str, Any]]:
    """One export row per stored document, in publication order."""
    for art, extra in store.iter_articles():
        yield {
            "id": art.id,
            "source": art.source,
            "title": art.title,
            "published": art.published,
            "language": art.language,
            "text": art.text,
            "boilerplate": art.boilerplate(),
            "duplicate_of": extra["duplicate_of"],
            "story_id": extra["story_id"],
            "dateline": art.dateline_dict(),
            "title_source": art.title_source,
            "published_source": art.published_source,
            "attributions": [
                {"source": a.source, "in_text": a.in_text, "start": a.start, "end": a.end} for a in art.attributions
            ],
        }


def entities(store: Store, kb_dir: str = "") -> Iterator[dict[str, Any]]:
    """One row per canonical entity, with every surface form seen, roles and documents.

    Roles join the knowledge base's dated roles (``basis: kb``) with the roles the texts
    state, dated by the articles that state them (``from``/``to`` = first and last article
    date). A new entity known only by a surname is folded into the one fuller name with
    that surname, when exactly one exists across the store.
    """
    from .kb import load as load_kb
    from .link import merge_partial_names

    kb = load_kb(kb_dir or None)
    cur = store.con.execute(
        """
        SELECT m.entity_id, any_value(m.label), any_value(m.canonical), count(*),
               list(DISTINCT m.doc_id ORDER BY m.doc_id),
               list(DISTINCT surface ORDER BY surface)
        FROM (
            SELECT m.*, substring(CASE WHEN m.source = 'dateline' THEN d.raw ELSE d.text END,
                                  m.start + 1, m."end" - m.start) AS surface
            FROM mentions m JOIN documents d ON d.id = m.doc_id
        ) m
        GROUP BY m.entity_id
        ORDER BY count(*) DESC, m.entity_id
        """
    )
    ents: dict[str, dict[str, Any]] = {}
    for eid, label, canonical, n, docs, aliases in cur.fetchall():
        ents[eid] = {"entity_id": eid, "label": label, "name": canonical, "mentions": n, "doc_ids": list(docs),
                     "aliases": list(aliases)}  # fmt: skip
    stated: dict[str, list[dict[str, Any]]] = {}
    cur = store.con.execute(
        'SELECT entity_id, role, "of", min(date), max(date), count(*) FROM roles '
        'GROUP BY entity_id, role, "of" ORDER BY entity_id, min(date) NULLS LAST, role'
    )
    for eid, role, of, first, last, n in cur.fetchall():
        stated.setdefault(eid, []).append({
            "role": role, "of": of, "from": first.isoformat() if first else None,
            "to": last.isoformat() if last else None, "basis": "text", "documents": n,
        })  # fmt: skip
    merged = merge_partial_names(ents)
    folded_into: dict[str, list[str]] = {}
    for partial, full in merged.items():
        folded_into.setdefault(full, []).append(partial)
    for eid, ent in ents.items():
        if eid in merged:
            continue
        known = kb.entities.get(eid)
        roles = [{**r.to_dict(), "basis": "kb"} for r in known.roles] if known else []
        roles += stated.get(eid, [])
        for other in folded_into.get(eid, ()):
            o = ents[other]
            ent["aliases"] = sorted(set(ent["aliases"]) | set(o["aliases"]))
            ent["doc_ids"] = sorted(set(ent["doc_ids"]) | set(o["doc_ids"]))
            ent["mentions"] += o["mentions"]
            roles += stated.get(other, [])
        yield {
            "entity_id": eid,
            "label": ent["label"],
            "name": known.name if known else ent["name"],
            "name_en": known.name_en if known else _romanized(ent["name"]),
            "aliases": ent["aliases"],
            "roles": roles,
            "mentions": ent["mentions"],
            "doc_ids": ent["doc_ids"],
            "in_kb": known is not None,
        }


def events(store: Store, kb_dir: str = "") -> Iterator[dict[str, Any]]:
    """One row per happening: events told by several articles are one row with their evidence."""
    from .kb import load as load_kb
    from .relations import stored_records

    for rec in stored_records(store, load_kb(kb_dir or None)):
        rec.pop("sort_key", None)
        yield rec


def relation_graph(store: Store, kb_dir: str = "", countries_only: bool = False) -> dict[str, Any]:
    """The relation graph of a store (``sambandh export graph``)."""
    from .kb import load as load_kb
    from .relations import graph, stored_records

    return graph(stored_records(store, load_kb(kb_dir or None)), countries_only)


def _romanized(name: str) -> str:
    from .names import romanize

    return " ".join(w.capitalize() for w in romanize(name).split())


def rows(kind: str, store: Store, kb_dir: str = "") -> Iterator[dict[str, Any]]:
    """Rows of one export kind.

    Raises:
        UsageError: The kind is not (yet) exportable.
    """
    if kind == "documents":
        return documents(store)
    if kind == "entities":
        return entities(store, kb_dir)
    if kind == "events":
        return events(store, kb_dir)
    if kind == "facts":
        from .facts import stored_records

        return iter(stored_records(store, kb_dir))
    if kind == "stories":
        from .stories import story_records

        return story_records(store)
    if kind == "graph":
        return iter([relation_graph(store, kb_dir)])
    raise UsageError(f"cannot export {kind!r} yet: available kinds are {', '.join(KINDS)}")


def write(rows_: Iterable[dict[str, Any]], fmt: str, out: IO[bytes]) -> int:
    """Write rows to a binary stream in ``fmt``; nested values become JSON in CSV.

    Returns:
        The number of rows written.
    """
    if fmt == "graphml":
        from .relations import graphml

        graphs = list(rows_)
        if len(graphs) != 1 or "edges" not in graphs[0]:
            raise UsageError("--format graphml is for 'export graph' only")
        out.write(graphml(graphs[0]).encode("utf-8") + b"\n")
        return len(graphs[0]["edges"])
    if fmt == "json":
        data = list(rows_)
        out.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
        return len(data)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)} (graph: json or graphml)")
    n = 0
    if fmt == "jsonl":
        for r in rows_:
            out.write(json.dumps(r, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
            n += 1
        return n
    if fmt == "csv":
        import io

        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer: Any = None
        for r in rows_:
            flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in r.items()}
            if writer is None:
                writer = csv.DictWriter(text, fieldnames=list(flat))
                writer.writeheader()
            writer.writerow(flat)
            n += 1
        text.detach()
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows_list = list(rows_)
    table = pa.Table.from_pylist(rows_list) if rows_list else pa.table({})
    sink = pa.BufferOutputStream()  # parquet needs a seekable sink; stdout is not
    pq.write_table(table, sink)
    out.write(sink.getvalue().to_pybytes())
    return len(rows_list)
