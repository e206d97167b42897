"""Export stored data as JSON Lines, CSV or Parquet (the export contracts of docs/cli.md)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import UsageError
from .store import Store

if TYPE_CHECKING:
    from .kb import KBEntity

FORMATS = ("jsonl", "csv", "parquet")
KINDS = ("documents", "entities", "events", "timeline", "facts", "stories", "graph")


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
    """One row per canonical entity, with every surface form seen, roles and documents, most mentioned first.

    The rows come from the entity read model the ingest keeps (``summaries.py``): the label and
    name the texts give most often, every surface, the mentions and documents counted with the
    partial names folded in, the same as the entity pages show. A store whose read model is
    missing or behind its documents (written before migration 11 and opened read-only, or the
    summaries stage not run over every document) is exported from its mentions instead
    (:func:`entities_from_mentions`), so no entity is left out.

    Roles join the knowledge base's dated roles (``basis: kb``) with the roles the texts
    state, dated by the articles that state them (``from``/``to`` = first and last article
    date); a partial name's stated roles go with the fuller name it is folded into.
    """
    if not store.entity_summary_complete():
        return entities_from_mentions(store, kb_dir)
    return _kept_entities(store, kb_dir)


def _kept_entities(store: Store, kb_dir: str) -> Iterator[dict[str, Any]]:
    """The export rows of the entity read model (:func:`entities`)."""
    from .kb import load as load_kb

    kb = load_kb(kb_dir or None)
    stated = _stated_roles(store)
    for eid, label, name, mentions, doc_ids, aliases, partials in store.entity_summary_rows():
        roles = stated.get(eid, []) + [r for p in partials for r in stated.get(p, [])]
        yield _entity_row(eid, label, name, mentions, doc_ids, aliases, roles, kb.entities.get(eid))


def entities_from_mentions(store: Store, kb_dir: str = "") -> Iterator[dict[str, Any]]:
    """The rows of :func:`entities` built from every stored mention, for a store without a
    complete entity read model (the entity pages of such a store read these too).

    Each entity's label and name are one of those its mentions give. A new entity known only
    by a surname is folded into the one fuller name with that surname, when exactly one
    exists across the store.
    """
    from .kb import load as load_kb
    from .link import merge_partial_names

    kb = load_kb(kb_dir or None)
    ents: dict[str, dict[str, Any]] = {}
    for eid, label, canonical, n, docs, aliases in store.entity_summaries():
        ents[eid] = {"label": label, "name": canonical, "mentions": n, "doc_ids": list(docs), "aliases": list(aliases)}
    stated = _stated_roles(store)
    merged = merge_partial_names(ents)
    folded_into: dict[str, list[str]] = {}
    for partial, full in merged.items():
        folded_into.setdefault(full, []).append(partial)
    for eid, ent in ents.items():
        if eid in merged:
            continue
        aliases, doc_ids, mentions = set(ent["aliases"]), set(ent["doc_ids"]), ent["mentions"]
        roles = list(stated.get(eid, []))
        for other in folded_into.get(eid, ()):
            o = ents[other]
            aliases |= set(o["aliases"])
            doc_ids |= set(o["doc_ids"])
            mentions += o["mentions"]
            roles += stated.get(other, [])
        yield _entity_row(eid, ent["label"], ent["name"], mentions, sorted(doc_ids), sorted(aliases), roles,
                          kb.entities.get(eid))  # fmt: skip


def _stated_roles(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The roles the texts state, by entity id, as export rows (``basis: text``)."""
    stated: dict[str, list[dict[str, Any]]] = {}
    for eid, role, of, first, last, n in store.role_summaries():
        stated.setdefault(eid, []).append({
            "role": role, "of": of, "from": first.isoformat() if first else None,
            "to": last.isoformat() if last else None, "basis": "text", "documents": n,
        })  # fmt: skip
    return stated


def _entity_row(eid: str, label: str | None, name: str | None, mentions: int, doc_ids: list[str], aliases: list[str],
                stated: list[dict[str, Any]], known: KBEntity | None) -> dict[str, Any]:  # fmt: skip
    """One ``export entities`` row: both ways of building them give the same fields.

    Args:
        eid: The entity id.
        label: Its label as the texts give it.
        name: Its name as the texts give it (a knowledge-base entity is named as the knowledge base names it).
        mentions: Its mentions, its partial names' included.
        doc_ids: The documents that name it, sorted.
        aliases: Every surface form seen, sorted.
        stated: The roles the texts state (``basis: text``).
        known: Its knowledge-base entry, or ``None``.
    """
    from .translit import romanize_name

    roles = [{**r.to_dict(), "basis": "kb"} for r in known.roles] if known else []
    return {
        "entity_id": eid,
        "label": label,
        "name": known.name if known else name,
        "name_en": known.name_en if known else (romanize_name(name) if name else None),
        "aliases": aliases,
        "roles": roles + stated,
        "mentions": mentions,
        "doc_ids": doc_ids,
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


def timeline(store: Store, a: str, b: str, kb_dir: str = "") -> Iterator[dict[str, Any]]:
    """The events between two actors (names in any script or ids), in date order (``export timeline A B``).

    Raises:
        UsageError: A name matches nothing known.
    """
    from .kb import load as load_kb
    from .relations import pair_timeline

    _, _, recs = pair_timeline(store, load_kb(kb_dir or None), a, b)
    for rec in recs:
        rec.pop("sort_key", None)
        yield rec


def rows(kind: str, store: Store, kb_dir: str = "", pair: list[str] | None = None, flat: bool = False,
         lang: str = "en") -> Iterator[dict[str, Any]]:  # fmt: skip
    """Rows of one export kind.

    Args:
        kind: One of :data:`KINDS`.
        store: The database.
        kb_dir: A knowledge base folder other than the shipped one.
        pair: For ``timeline``: the two actors.
        flat: For ``events`` and ``timeline``: one flat row per event (``actor1``, ``actor2``,
            ``date``, ``sources``, … as GDELT users expect; ``sambandh.present.EVENT_COLUMNS``).
        lang: For flat rows: the language of the dates in words.

    Raises:
        UsageError: The kind is not (yet) exportable, or its arguments do not fit it.
    """
    if flat and kind not in ("events", "timeline"):
        raise UsageError("--flat is for 'export events' and 'export timeline'")
    if pair and kind != "timeline":
        raise UsageError(f"'export {kind}' takes no names (only 'export timeline A B' does)")
    if kind in ("events", "timeline"):
        if kind == "timeline":
            if not pair or len(pair) != 2:
                raise UsageError("'export timeline' needs two actors: sambandh export timeline India Russia")
            recs = timeline(store, pair[0], pair[1], kb_dir)
        else:
            recs = events(store, kb_dir)
        if flat:
            from .present import flat_event

            return (flat_event(r, lang) for r in recs)
        return recs
    if kind == "documents":
        return documents(store)
    if kind == "entities":
        return entities(store, kb_dir)
    if kind == "facts":
        from .facts import stored_records

        return iter(stored_records(store, kb_dir))
    if kind == "stories":
        from .stories import story_records

        return story_records(store)
    if kind == "graph":
        return iter([relation_graph(store, kb_dir)])
    raise UsageError(f"cannot export {kind!r} yet: available kinds are {', '.join(KINDS)}")


def write_graph_csv(graph: dict[str, Any], output: Path) -> tuple[Path, Path]:
    """The relation graph as two CSV files beside ``output``: ``<stem>.nodes.csv`` and ``<stem>.edges.csv``."""
    from .present import csv_text, table

    base = output.with_suffix("") if output.suffix == ".csv" else output
    nodes_path = base.with_name(base.name + ".nodes.csv")
    edges_path = base.with_name(base.name + ".edges.csv")
    nodes = [{"id": n["id"], "name": n.get("name"), "name_en": n.get("name_en"), "kind": n.get("label")}
             for n in graph["nodes"]]  # fmt: skip
    nodes_path.write_text(csv_text(nodes, ["id", "name", "name_en", "kind"]), encoding="utf-8")
    cols, edges = table("graph", graph)
    edges_path.write_text(csv_text(edges, cols), encoding="utf-8")
    return nodes_path, edges_path


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
        doc = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, default=str)
        out.write(doc.encode("utf-8") + b"\n")
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
