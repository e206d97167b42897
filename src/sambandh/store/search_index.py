"""The search index's bookkeeping: which documents are indexed and the Devanagari vocabulary by
phonetic key (the index itself lives beside the database, see ``sambandh.index``).

Its tables were made by the stories' migration 4 (one step of the history made them together).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .base import Migration, StoreBase, _empty

MIGRATIONS: list[Migration] = []


class SearchIndexMixin(StoreBase):
    """Indexed documents and the search vocabulary."""

    def iter_unindexed(self, batch: int) -> Iterator[list[dict[str, Any]]]:
        """Batches of articles not yet in the search index, with their entity ids (one streamed scan;
        only their own mentions are grouped, so the work follows the new articles, not the archive).
        """
        for ids, titles, texts, sources, langs, stories, published, ents in self._stream(
            "WITH u AS (SELECT d.id FROM documents d ANTI JOIN search_docs s ON s.doc_id = d.id), "
            "e AS (SELECT doc_id, list(DISTINCT entity_id) AS ents FROM mentions "
            "      WHERE doc_id IN (SELECT id FROM u) GROUP BY doc_id) "
            "SELECT d.id, d.title, d.text, d.source, d.language, d.story_id, d.published, e.ents "
            "FROM documents d SEMI JOIN u ON u.id = d.id LEFT JOIN e ON e.doc_id = d.id",
            batch,
        ):
            yield [
                {"doc_id": i, "title": t, "text": x, "source": so, "language": la, "story": st, "published": pu,
                 "entities": sorted(en or [])}
                for i, t, x, so, la, st, pu, en in zip(ids, titles, texts, sources, langs, stories, published, ents,
                                                       strict=True)
            ]  # fmt: skip

    def mark_indexed(self, ids: list[str]) -> None:
        """Record that these articles are in the search index."""
        import pyarrow as pa

        self.con.register("_ix", pa.table({"doc_id": ids}))
        self.con.execute("INSERT INTO search_docs SELECT doc_id FROM _ix ON CONFLICT DO NOTHING")
        self.con.unregister("_ix")

    def indexed_hindi(self) -> bool:
        """Whether any indexed article is in Hindi (so the search vocabulary must hold terms)."""
        row = self.con.execute("SELECT EXISTS (SELECT 1 FROM documents d JOIN search_docs s ON s.doc_id = d.id "
                               "WHERE d.language = 'hi')").fetchone()  # fmt: skip
        return bool(row and row[0])

    def forget_index(self) -> None:
        """Mark every article as not indexed (the next index run rebuilds the index and vocabulary);
        the table is made again rather than emptied row by row (:func:`~.base._empty`).
        """
        with self._transaction() as con:
            _empty(con, "search_docs")

    def new_vocab_terms(self, terms: list[str]) -> list[str]:
        """Which of ``terms`` the search vocabulary lacks."""
        import pyarrow as pa

        if not terms:
            return []
        self.con.register("_v", pa.table({"term": terms}))
        try:
            rows = self.con.execute("SELECT v.term FROM _v v ANTI JOIN search_vocab s ON s.term = v.term").fetchall()
        finally:
            self.con.unregister("_v")
        return [r[0] for r in rows]

    def add_vocab(self, rows: list[tuple[str, str]]) -> None:
        """Add ``(term, phonetic key)`` rows to the search vocabulary."""
        import pyarrow as pa

        if not rows:
            return
        self.con.register("_v", pa.table({"term": [t for t, _ in rows], "key": [k for _, k in rows]}))
        self.con.execute("INSERT INTO search_vocab SELECT term, key FROM _v ON CONFLICT DO NOTHING")
        self.con.unregister("_v")

    def vocab_by_key(self, keys: list[str]) -> dict[str, list[str]]:
        """Devanagari search terms per phonetic key."""
        out: dict[str, list[str]] = {k: [] for k in keys}
        if keys:
            for term, key in self.con.execute(
                "SELECT term, key FROM search_vocab WHERE key IN (SELECT unnest(?)) ORDER BY term", [keys]
            ).fetchall():
                out[key].append(term)
        return out
