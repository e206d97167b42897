"""The search index's bookkeeping: which documents are indexed and the Devanagari vocabulary by
phonetic key (the index itself lives beside the database, see ``sambandh.index``).

Its tables were made by the stories' migration 4 (one step of the history made them together).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .base import Migration, StoreBase, _empty

MIGRATIONS: list[Migration] = []

# new articles indexed a slice of ids at a time (:meth:`SearchIndexMixin.iter_unindexed`): at a million
# articles, 7 distinct entities an article, a slice's grouped entities take tens of MB
SLICE_DOCS = 50_000


class SearchIndexMixin(StoreBase):
    """Indexed documents and the search vocabulary."""

    def iter_unindexed(self, batch: int, slice_docs: int | None = None) -> Iterator[list[dict[str, Any]]]:
        """Batches of articles not yet in the search index, with their entity ids, read a slice of
        rows at a time (:meth:`_unindexed_slices`): a slice's mentions are grouped by article, so the
        work follows the new articles, not the archive, and the grouping holds one slice, not them all.

        Grouping every new article's entities at once (a list per article cannot spill to disk) ran
        out of a 384 MB ingest cache at a million articles; each slice is one streamed read.
        """
        held: list[dict[str, Any]] = []  # a slice's last rows wait for the next one's: every batch is full
        for lo, hi in self._unindexed_slices(slice_docs or SLICE_DOCS):
            rng = "".join((" AND d.rowid > ?" if lo is not None else "", " AND d.rowid <= ?" if hi is not None else ""))
            bounds = [b for b in (lo, hi) if b is not None]
            for ids, titles, texts, sources, langs, stories, published, ents in self._stream(
                f"WITH u AS (SELECT d.id FROM documents d ANTI JOIN search_docs s ON s.doc_id = d.id WHERE true{rng}), "
                "e AS (SELECT doc_id, list(DISTINCT entity_id) AS ents FROM mentions "
                "      WHERE doc_id IN (SELECT id FROM u) GROUP BY doc_id) "
                "SELECT d.id, d.title, d.text, d.source, d.language, d.story_id, d.published, e.ents "
                f"FROM documents d SEMI JOIN u ON u.id = d.id LEFT JOIN e ON e.doc_id = d.id WHERE true{rng} "
                "ORDER BY d.rowid",
                batch, bounds + bounds,
            ):  # fmt: skip
                held += [
                    {"doc_id": i, "title": t, "text": x, "source": so, "language": la, "story": st, "published": pu,
                     "entities": sorted(en or [])}
                    for i, t, x, so, la, st, pu, en in zip(ids, titles, texts, sources, langs, stories, published,
                                                           ents, strict=True)
                ]  # fmt: skip
                while len(held) >= batch:
                    out, held = held[:batch], held[batch:]
                    yield out
        if held:
            yield held

    def _unindexed_slices(self, size: int) -> list[tuple[int | None, int | None]]:
        """Ranges of the documents' row ids (``lo < rowid <= hi``, ``None`` unbounded) that each hold
        ``size`` of the articles not yet indexed (the last one the rest) and together all of them: one
        unbounded range where there are no more than ``size``. The new articles' row ids are streamed
        in order and every ``size``-th kept (at a million articles 0.5 s).

        Ranges of row ids, not of article ids, each read in row order: the index gets the articles in
        the order they were stored (one read of them all gave nearly that order). In the order of their
        ids (hashes) the 1M bench store's index was 352 MB against 244 and a search 8 ms against 5.5:
        neighbours in the archive share words, and the engine's lists of the documents a term is in
        pack tighter.
        """
        cuts: list[int] = []
        seen = 0
        for (ids,) in self._stream(
            "SELECT d.rowid FROM documents d ANTI JOIN search_docs s ON s.doc_id = d.id ORDER BY d.rowid", size
        ):
            cuts += ids[(size - seen % size - 1) % size :: size]
            seen += len(ids)
        if cuts and seen % size == 0:
            cuts.pop()  # the last range would hold nothing
        bounds: list[int | None] = [None, *cuts, None]
        return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

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
