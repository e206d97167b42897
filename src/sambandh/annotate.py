"""Annotate without storing: the JSON view of an article that ``sambandh annotate`` prints."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .config import Config
from .model import Article, Event, Mention, RawRecord
from .pipeline import Pipeline, Rejected, article_stages


def article_json(article: Article, kb_dir: str = "") -> dict[str, Any]:
    """The annotation of one article, as the ``annotate`` contract (docs/cli.md) gives it; names the
    knowledge base alone knows come from ``kb_dir`` (empty: the shipped one).

    Each entity carries,
    beyond the contract's fields, the title before the name (``title``) when there is one;
    ``roles`` lists the roles the text states, with evidence offsets; ``facts`` the
    memberships, foundings and chairmanships it states (``sambandh.facts``).
    """
    return {
        "id": article.meta.get("id") or article.id,
        "source": article.meta.get("source") or article.source,
        "text": article.text,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "dateline": _dateline(article),
        "sentences": [s.to_dict() for s in article.sentences],
        "entities": [entity_json(article.text, m) for m in article.mentions if m.source != "dateline"],
        "roles": [
            {**r.to_dict(), "text": article.text[r.start : r.end] if r.start >= 0 else None} for r in article.roles
        ],
        "timexes": [t.to_dict(article.text) for t in article.timexes],
        "facts": [f.to_dict(article.text) for f in article.facts],
        "events": [event_json(article, e, kb_dir) for e in article.events],
        "attributions": [
            {**a.to_dict(), "text": (article.text if a.in_text else article.raw)[a.start : a.end]}
            for a in article.attributions
        ],
        "boilerplate": article.boilerplate(),
    }


def event_json(article: Article, ev: Event, kb_dir: str = "") -> dict[str, Any]:
    """One event of one article in the ``export events`` shape, with this article's
    evidence only (``export events`` merges the articles that tell the same event).
    """
    from .relations import event_record

    names: dict[str, Any] = {m.entity_id: m for m in article.mentions if m.entity_id}
    doc = {"title": article.title, "published": article.published, "source": article.source, "meta": article.meta}
    return event_record(ev, [(article.id or "", ev)], names, {article.id or "": article.text}, _kb(kb_dir),
                        {article.id or "": doc})  # fmt: skip


def _kb(kb_dir: str = "") -> Any:
    from .kb import load

    return load(kb_dir or None)


def _dateline(article: Article) -> dict[str, Any] | None:
    d = article.dateline_dict()
    if d is not None:
        place = [m for m in article.mentions if m.source == "dateline"]
        d["entity_id"] = place[0].entity_id if place else None
    return d


def entity_json(text: str, m: Mention) -> dict[str, Any]:
    """One mention as ``annotate`` prints it."""
    out: dict[str, Any] = {
        "start": m.start,
        "end": m.end,
        "text": text[m.start : m.end],
        "label": m.label,
        "entity_id": m.entity_id,
        "canonical": m.canonical,
    }
    if m.title_start >= 0:
        out["title"] = text[m.title_start : m.title_end]
    return out


def rejected_json(item: Rejected, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The line printed for an input that could not be annotated."""
    meta = meta or {}
    return {
        "id": meta.get("id"),
        "source": meta.get("source") or item.source,
        "error": {"code": item.code, "message": item.reason},
        "text": "",
        "title": None,
        "published": None,
        "language": None,
        "dateline": None,
        "sentences": [],
        "entities": [],
        "roles": [],
        "timexes": [],
        "facts": [],
        "events": [],
    }


def annotate_records(
    records: Iterable[RawRecord], config: Config
) -> Iterator[dict[str, Any] | tuple[Rejected, dict[str, Any]]]:
    """Annotate records in input order, one result per record.

    Yields:
        The annotation dict of each article, or ``(rejected, meta)`` for a record that
        could not be processed.
    """
    pipeline = Pipeline(article_stages(config))
    metas: dict[str, dict[str, Any]] = {}

    def remember() -> Iterator[RawRecord]:
        for rec in records:
            metas[rec.source] = rec.meta
            yield rec

    for item in pipeline.run(remember()):
        meta = metas.pop(item.source, {})
        if isinstance(item, Rejected):
            yield item, meta
        else:
            yield article_json(item, config.kb_dir)
