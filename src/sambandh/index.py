"""Index stage: a full-text index (tantivy, BM25) that understands Devanagari.

Every article is indexed under its *search terms* (``normalize.search_fold``): the
spellings Hindi writers swap (nukta, chandrabindu/anusvara, long/short vowel signs, half
nasal consonants) are one term, so बेलौसोव finds बेलोसोव. Alongside the index the store
keeps the vocabulary with a phonetic key per term (``names.phonetic_key``), which is how a
romanised or English query (``belousov``, ``rajnath singh``) reaches Devanagari terms.

The index is a folder beside the database (``<db>.index``), updated incrementally: each
run adds the articles not yet in it. Filters (language, source, story, entity, dates)
are indexed fields, so they narrow the search inside the engine.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreError
from .normalize import _HALF_NASAL, _SEARCH_TABLE, TOKEN_RE

if TYPE_CHECKING:
    from .config import Config
    from .store import Store

EPOCH = dt.date(1970, 1, 1)
NO_DATE = -(10**6)  # published unknown: below every real day number


def index_text(text: str) -> str:
    """The search terms of ``text``, space-separated (the whole text folded at once)."""
    folded = text.translate(_SEARCH_TABLE)
    if "\u094d" in folded:
        folded = _HALF_NASAL.sub("\u0902", folded)
    return " ".join(TOKEN_RE.findall(folded.casefold()))


def _schema() -> Any:
    import tantivy

    b = tantivy.SchemaBuilder()
    b.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    b.add_text_field("title", tokenizer_name="whitespace")
    b.add_text_field("body", tokenizer_name="whitespace")
    b.add_text_field("source", tokenizer_name="raw")
    b.add_text_field("language", tokenizer_name="raw")
    b.add_text_field("story", tokenizer_name="raw")
    b.add_text_field("entity", tokenizer_name="raw")
    b.add_integer_field("day", indexed=True, fast=True)
    return b.build()


class SearchIndex:
    """The tantivy index folder of one database.

    Args:
        path: The index folder (created when missing).

    Raises:
        StoreError: The folder holds something that is not a Sambandh index.
    """

    def __init__(self, path: Path) -> None:
        import tantivy

        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.schema = _schema()
        try:
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
        except ValueError as exc:
            raise StoreError(f"cannot open search index {path}: {exc}") from None

    def add(self, docs: list[dict[str, Any]], threads: int = 2) -> None:
        """Add documents (``doc_id``, ``title``, ``text``, ``source``, ``language``, ``story``,
        ``entities``, ``published``) and commit; ``title`` and ``text`` are already
        :func:`index_text` terms.
        """
        import tantivy

        writer = self.index.writer(heap_size=200_000_000, num_threads=threads)
        try:
            for d in docs:
                doc = tantivy.Document()
                doc.add_text("doc_id", d["doc_id"])
                doc.add_text("title", d.get("title") or "")
                doc.add_text("body", d.get("text") or "")
                doc.add_text("source", d.get("source") or "")
                doc.add_text("language", d.get("language") or "")
                doc.add_text("story", d.get("story") or "")
                for e in d.get("entities") or ():
                    doc.add_text("entity", e)
                doc.add_integer("day", day_number(d.get("published")))
                writer.add_document(doc)
            writer.commit()
            writer.wait_merging_threads()
        except Exception:
            writer.rollback()
            raise
        self.index.reload()

    def clear(self) -> None:
        """Remove every document (the database was replaced under the index)."""
        writer = self.index.writer(heap_size=50_000_000, num_threads=1)
        writer.delete_all_documents()
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()

    def searcher(self) -> Any:
        """A searcher over the committed documents."""
        return self.index.searcher()


def day_number(value: Any) -> int:
    """Days since 1970-01-01 of a date or ISO string (``NO_DATE`` for none)."""
    if value is None or value == "":
        return NO_DATE
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return int((value - EPOCH).days)


@dataclass
class IndexReport:
    """What an index update did."""

    added: int = 0
    new_terms: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"added": self.added, "new_terms": self.new_terms, "seconds": round(self.seconds, 3)}


def update_index(store: Store, config: Config, batch: int = 20_000) -> IndexReport:
    """Add the store's articles that are not yet in the search index.

    Raises:
        StoreError: The database or the index cannot be read or written.
    """
    from .names import phonetic_key

    started = time.perf_counter()
    report = IndexReport()
    index = SearchIndex(config.index_path)
    if store.count("search_docs") == 0 and index.searcher().num_docs:
        index.clear()
    vocab: set[str] = set()
    for docs in store.iter_unindexed(batch):
        for d in docs:
            d["title"] = index_text(d.get("title") or "")
            d["text"] = index_text(d["text"])
            vocab.update(d["title"].split())
            vocab.update(d["text"].split())
        index.add(docs)
        store.mark_indexed([d["doc_id"] for d in docs])
        report.added += len(docs)
    new_terms = store.new_vocab_terms(sorted(vocab))
    # romanised and English queries reach Devanagari terms through this key
    rows = [(t, phonetic_key(t)) for t in new_terms if any("\u0900" <= ch <= "\u097f" for ch in t)]
    store.add_vocab(rows)
    report.new_terms = len(rows)
    report.seconds = time.perf_counter() - started
    return report
