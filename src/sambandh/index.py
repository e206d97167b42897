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
from .model import NO_DATE
from .normalize import _SEARCH_TABLE
from .script import has_devanagari

if TYPE_CHECKING:
    from .config import Config
    from .store import Store

EPOCH = dt.date(1970, 1, 1)


def index_text(text: str) -> str:
    """The search terms of ``text``, separated by one or more spaces."""
    return index_texts([text])[0]


_DOC_MARK = 0xE000  # a private-use character: where one text of a batch ends
_FOLD: Any = None


def _fold_table() -> Any:
    """Code point → folded code point; 0x20 for a character outside tokens, 0 to delete."""
    import numpy as np

    global _FOLD
    if _FOLD is None:
        table = np.full(65536, 0x20, dtype=np.uint32)
        for lo, hi in ((0x30, 0x3A), (0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x900, 0x964), (0x966, 0x980)):
            for c in range(lo, hi):
                low = chr(c).lower()
                table[c] = ord(low) if len(low) == 1 and c < 0x250 else c
        table[0xD7] = table[0xF7] = 0x20  # × and ÷ are not letters
        for c, v in _SEARCH_TABLE.items():
            table[c] = ord(v) if v else 0
        table[_DOC_MARK] = _DOC_MARK
        _FOLD = table
    return _FOLD


def index_texts(texts: list[str]) -> list[str]:
    """:func:`index_text` for a batch, vectorised: the same terms, separated by one or more spaces."""
    import numpy as np

    if not texts:
        return []
    joined = "\ue000".join(texts)
    code = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    table = _fold_table()
    out = np.where(code < 65536, table[np.minimum(code, 65535)], 0x20).astype(np.uint32)
    out = out[out != 0]
    # a half nasal before a consonant is an anusvara (हिन्दी = हिंदी)
    if out.size > 2:
        nasal = np.isin(out[:-2], (0x919, 0x91E, 0x923, 0x928, 0x92E)) & (out[1:-1] == 0x94D)
        nasal &= (out[2:] >= 0x915) & (out[2:] <= 0x939)
        idx = np.flatnonzero(nasal)
        if idx.size:
            out[idx] = 0x902
            out[idx + 1] = 0
            out = out[out != 0]
    return out.tobytes().decode("utf-32-le").split("\ue000")


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


def fold_batch(docs: list[dict[str, Any]]) -> list[str]:
    """Turn each document's ``title`` and ``text`` into its search terms (:func:`index_texts`), in
    place, as :meth:`SearchIndex.add` wants them; return the batch's terms, sorted.
    """
    titles = index_texts([d.get("title") or "" for d in docs])
    bodies = index_texts([d["text"] for d in docs])
    for d, title, body in zip(docs, titles, bodies, strict=True):
        d["title"], d["text"] = title, body
    return sorted(set(" ".join(titles).split()) | set(" ".join(bodies).split()))


def vocab_rows(terms: list[str]) -> list[tuple[str, str]]:
    """The search vocabulary's ``(term, phonetic key)`` rows of ``terms``: the Devanagari ones, which
    romanised and English queries reach through the key.
    """
    from .names import phonetic_key

    return [(t, phonetic_key(t)) for t in terms if has_devanagari(t)]


def shard_view(shards: list[Path], into: Path) -> Path:
    """One index folder over several index folders of the same schema (the lake's monthly shards).

    ``into`` gets a link to every segment file of every shard and a ``meta.json`` that lists all
    their segments, so tantivy opens them as one index: BM25's statistics (documents, term
    frequencies, field lengths) are those of all the shards together, and a query scores each
    document exactly as one index holding them all would. Nothing is written into the shards.

    Args:
        shards: Index folders (each with its ``meta.json``).
        into: A new or empty folder for the view.

    Returns:
        ``into``, to open with :class:`SearchIndex`.

    Raises:
        StoreError: A shard is unreadable or its schema or settings differ from the first one's.
    """
    import json
    import os
    import shutil

    into.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] | None = None
    for shard in shards:
        try:
            one = json.loads((shard / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read search shard {shard}: {exc}") from None
        if meta is None:
            meta = {**one, "segments": []}
        elif (one.get("schema"), one.get("index_settings")) != (meta.get("schema"), meta.get("index_settings")):
            raise StoreError(f"search shard {shard} has another schema than {shards[0]}")
        meta["segments"] += one.get("segments") or []
        meta["opstamp"] = max(int(meta.get("opstamp") or 0), int(one.get("opstamp") or 0))
        names = {seg["segment_id"].replace("-", "") for seg in one.get("segments") or []}
        for f in sorted(shard.iterdir()):
            if f.name.split(".", 1)[0] in names:
                try:
                    os.symlink(f.resolve(), into / f.name)
                except OSError:  # a file system without links
                    shutil.copyfile(f, into / f.name)
    if meta is None:
        SearchIndex(into)  # no shards: an empty index of the schema
        return into
    (into / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return into


@dataclass
class IndexReport:
    """What an index update did."""

    added: int = 0
    new_terms: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"added": self.added, "new_terms": self.new_terms, "seconds": round(self.seconds, 3)}


def update_index(store: Store, config: Config, batch: int = 2_000) -> IndexReport:
    """Add the store's articles that are not yet in the search index, ``batch`` at a time (a batch's
    texts, their terms and tantivy's documents are held together: 10,000 at once took 225 MB more
    than 2,000 at a time, bench/README.md).

    Raises:
        StoreError: The database or the index cannot be read or written.
    """
    from .faults import point

    started = time.perf_counter()
    report = IndexReport()
    index = SearchIndex(config.index_path)
    if not store.count("search_vocab") and store.indexed_hindi():
        store.forget_index()  # a database hurt by a kill before vocabularies were kept per batch: rebuild
    if store.count("search_docs") == 0 and index.searcher().num_docs:
        index.clear()
    for docs in store.iter_unindexed(batch):
        new_terms = store.new_vocab_terms(fold_batch(docs))
        # romanised and English queries reach Devanagari terms through this key; the batch's terms
        # are stored before its articles count as indexed, so a kill at any point leaves nothing
        # indexed whose words the vocabulary lacks (adding a term twice does nothing)
        rows = vocab_rows(new_terms)
        store.add_vocab(rows)
        report.new_terms += len(rows)
        point("index.vocab")
        index.add(docs)
        point("index.added")
        store.mark_indexed([d["doc_id"] for d in docs])
        report.added += len(docs)
    report.seconds = time.perf_counter() - started
    return report
