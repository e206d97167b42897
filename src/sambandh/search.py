"""Search: Hindi, romanised and English queries over the index, with filters and snippets.

A query is split into units that must all match. A Devanagari word matches its search
term (spelling variants merged, see ``normalize.search_fold``). A Latin word matches
itself (English articles), every Devanagari term of the vocabulary with the same
phonetic key (``belousov`` → बेलौसोव, बेलोसोव), and, for a lone letter, its Hindi letter
name (``S-400`` → एस 400). A run of Latin words that names a knowledge-base entity
(``Russia``, ``S-400``) also matches any of that entity's names as a phrase. Ranking is
BM25 (tantivy), titles counting double. Snippets point into the clean text by offsets.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import UsageError
from .index import SearchIndex, day_number
from .names import LETTER_NAMES
from .normalize import TOKEN_RE, search_fold, search_terms

if TYPE_CHECKING:
    from .config import Config
    from .kb import KnowledgeBase
    from .store import Store

_LATIN = re.compile(r"[A-Za-z]")


def _letter_names() -> dict[str, str]:
    """Each Latin letter with the first Devanagari spelling of its name that ``names.LETTER_NAMES`` lists."""
    out: dict[str, str] = {}
    for name, letter in LETTER_NAMES.items():
        out.setdefault(letter, name)
    return out


# a lone Latin letter in a query also finds its name in Devanagari ("S-400" finds "एस 400")
_LETTER_NAME = _letter_names()
SNIPPET_CHARS = 220


@dataclass
class Filters:
    """What a search is narrowed to (all optional).

    Attributes:
        entity: An entity id or a name in any script (resolved like ``timeline`` does).
        since: First publication date included.
        until: Last publication date included.
        source: A substring of the source (path or URL).
        language: ``hi`` or ``en``.
        story: A story id.
    """

    entity: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    language: str | None = None
    story: str | None = None


@dataclass
class Hit:
    """One found article; ``snippet`` offsets point into the article's clean text."""

    doc_id: str
    score: float
    title: str | None
    published: str | None
    source: str
    language: str | None
    story_id: str | None
    duplicate_of: str | None
    snippet: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "doc_id": self.doc_id, "score": round(self.score, 4), "title": self.title, "published": self.published,
            "source": self.source, "language": self.language, "story_id": self.story_id,
            "duplicate_of": self.duplicate_of, "snippet": self.snippet,
        }  # fmt: skip


@dataclass
class SearchResult:
    """A page of hits, the total count and the terms the query was expanded to."""

    query: str
    total: int
    hits: list[Hit]
    terms: list[list[str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "query": self.query,
            "total": self.total,
            "terms": self.terms,
            "seconds": round(self.seconds, 4),
            "hits": [h.to_dict() for h in self.hits],
        }


class Searcher:
    """Searches one database's index (open once, query many times).

    Args:
        store: The open database.
        config: Settings (``index_path``).
        kb: The knowledge base for entity names (loaded when not given).
    """

    def __init__(self, store: Store, config: Config, kb: KnowledgeBase | None = None) -> None:
        if not config.index_path.exists():
            raise UsageError(f"no search index at {config.index_path}: run 'sambandh ingest' first")
        self.store = store
        self.config = config
        self._kb = kb
        self.index = SearchIndex(config.index_path)
        self.searcher = self.index.searcher()

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from .kb import load

            self._kb = load(self.config.kb_dir or None)
        return self._kb

    def search(self, query: str, filters: Filters | None = None, limit: int = 10, offset: int = 0) -> SearchResult:
        """Find articles for ``query``, best first.

        Raises:
            UsageError: The query has no words, or a filter names an unknown entity.
        """
        started = time.perf_counter()
        q, groups = self._query(query, filters or Filters())
        res = self.searcher.search(q, limit=limit, offset=offset, count=True)
        hits = [(score, self.searcher.doc(addr)["doc_id"][0]) for score, addr in res.hits]
        return self._result(query, groups, hits, int(res.count or 0), started)

    def search_top(
        self, query: str, filters: Filters | None = None, limit: int = 10, offset: int = 0, top: int = 500
    ) -> tuple[SearchResult, list[str]]:
        """:meth:`search`'s page and the ids of the best ``top`` matches (:meth:`doc_ids`), from one
        search of the index: the best ``max(offset + limit, top)`` in order, the page cut from them.

        The engine orders its matches by score, then by where they lie in the index, so its best n
        begin with its best m for m < n, and a page at an offset is those it skipped cut off (a page
        searched on its own collects its offset too): page and ids are those of the two searches.

        Raises:
            UsageError: The query has no words, a filter names an unknown entity, or a count is negative.
        """
        if min(limit, offset, top) < 0:  # a negative index would take hits from the end
            raise UsageError("limit, offset and top must not be negative")
        started = time.perf_counter()
        q, groups = self._query(query, filters or Filters())
        res = self.searcher.search(q, limit=max(offset + limit, top), count=True)
        found = res.hits  # a list made at each read of the attribute
        ids: dict[int, str] = {}

        def doc_id(i: int) -> str:
            if i not in ids:
                ids[i] = self.searcher.doc(found[i][1])["doc_id"][0]
            return ids[i]

        page = [(found[i][0], doc_id(i)) for i in range(offset, min(offset + limit, len(found)))]
        best = [doc_id(i) for i in range(min(top, len(found)))]
        return self._result(query, groups, page, int(res.count or 0), started), best

    def _result(
        self, query: str, groups: list[set[str]], hits: list[tuple[float, str]], total: int, started: float
    ) -> SearchResult:
        """The page of ``hits`` (score, id) with each article's fields and snippet."""
        meta = self.store.documents_meta([doc_id for _score, doc_id in hits])
        terms = {t for g in groups for t in g}
        out = []
        for score, doc_id in hits:
            m = meta.get(doc_id)
            if m is None:  # indexed, then removed from the database
                continue
            out.append(
                Hit(doc_id, float(score), m["title"], m["published"], m["source"], m["language"], m["story_id"],
                    m["duplicate_of"], snippet(m["text"], terms))
            )  # fmt: skip
        return SearchResult(query, total, out, [sorted(g) for g in groups], time.perf_counter() - started)

    def doc_ids(self, query: str, filters: Filters | None = None, limit: int = 500) -> list[str]:
        """Ids of the best ``limit`` matches only (no snippets, no database reads): for facets."""
        q, _groups = self._query(query, filters or Filters())
        return [self.searcher.doc(addr)["doc_id"][0] for _s, addr in self.searcher.search(q, limit=limit).hits]

    def _query(self, query: str, f: Filters) -> tuple[Any, list[set[str]]]:
        import tantivy

        # full-width and compatibility forms (ｉｎｄｉａ, ligatures) search as their plain letters
        units, groups = self._units(unicodedata.normalize("NFKC", query))
        if not units:
            raise UsageError(f"nothing to search for in {query!r}")
        clauses = [(tantivy.Occur.Must, u) for u in units]
        clauses += [(tantivy.Occur.Must, q) for q in self._filters(f)]
        return tantivy.Query.boolean_query(clauses), groups

    def _units(self, query: str) -> tuple[list[Any], list[set[str]]]:
        """One query per unit that must match, and the index terms of each."""
        import tantivy

        schema = self.index.schema
        words = [m.group() for m in TOKEN_RE.finditer(query)]
        alts: list[set[str]] = []
        latin = [bool(_LATIN.search(w)) for w in words]
        keys = {}
        from .names import phonetic_key

        for w, is_latin in zip(words, latin, strict=True):
            if is_latin:
                keys[w] = phonetic_key(w)
        by_key = self.store.vocab_by_key(sorted(set(keys.values()))) if keys else {}
        for w, is_latin in zip(words, latin, strict=True):
            group = {search_fold(w)}
            if is_latin:
                group.update(by_key.get(keys[w], ()))
                if len(w) == 1 and w.lower() in _LETTER_NAME:
                    group.add(search_fold(_LETTER_NAME[w.lower()]))
            alts.append(group)
        phrases = self._entity_phrases(words, latin)

        def token_unit(group: set[str]) -> Any:
            subs = []
            for t in sorted(group):
                subs.append((tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)))
                subs.append(
                    (tantivy.Occur.Should, tantivy.Query.boost_query(tantivy.Query.term_query(schema, "title", t), 2.0))
                )
            return tantivy.Query.boolean_query(subs)

        units = []
        i = 0
        groups = list(alts)
        while i < len(words):
            span = next(((j, names) for (s, j), names in phrases.items() if s == i), None)
            if span is None:
                units.append(token_unit(alts[i]))
                i += 1
                continue
            j, names = span
            subs = [
                (
                    tantivy.Occur.Should,
                    tantivy.Query.boolean_query([(tantivy.Occur.Must, token_unit(a)) for a in alts[i:j]]),
                )
            ]
            for toks in names:
                if len(toks) == 1:
                    subs.append((tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", toks[0])))
                else:
                    phrase: list[str | tuple[int, str]] = list(toks)
                    subs.append((tantivy.Occur.Should, tantivy.Query.phrase_query(schema, "body", phrase)))
                groups.append(set(toks))
            units.append(tantivy.Query.boolean_query(subs))
            i = j
        return units, groups

    def _entity_phrases(self, words: list[str], latin: list[bool]) -> dict[tuple[int, int], list[list[str]]]:
        """Runs of words naming a knowledge-base entity or an office (``defence minister`` ↔
        ``रक्षा मंत्री``), in either script, with every name of it as term lists: a query in one
        language finds reports in the other.
        """
        from .link import role_names

        out: dict[tuple[int, int], list[list[str]]] = {}
        i = 0
        while i < len(words):
            found = None
            for j in range(min(len(words), i + 4), i, -1):
                phrase = " ".join(words[i:j])
                offices = role_names(phrase)
                if offices:
                    found = (j, [toks for name in offices if (toks := [t for _s, _e, t in search_terms(name)])])
                    break
                if not all(latin[i:j]) and any(latin[i:j]):
                    continue  # a name is in one script
                ents = self.kb.lookup(phrase)
                cid = self.kb.country_of(phrase) if not ents else None
                if cid and cid in self.kb.entities:
                    ents = [self.kb.entities[cid]]
                if ents:
                    names = []
                    for ent in ents[:3]:
                        for name in ent.names():
                            toks = [t for _s, _e, t in search_terms(name)]
                            if toks and toks not in names:
                                names.append(toks)
                    found = (j, names)
                    break
            if found:
                out[(i, found[0])] = found[1]
                i = found[0]
            else:
                i += 1
        return out

    def _filters(self, f: Filters) -> list[Any]:
        import tantivy

        schema = self.index.schema
        out = []
        if f.language:
            out.append(tantivy.Query.term_query(schema, "language", f.language))
        if f.story:
            out.append(tantivy.Query.term_query(schema, "story", f.story))
        if f.source:
            out.append(tantivy.Query.regex_query(schema, "source", f".*{re.escape(f.source)}.*"))
        if f.entity:
            from .relations import resolve_entity

            out.append(tantivy.Query.term_query(schema, "entity", resolve_entity(f.entity, self.kb, self.store)))
        if f.since or f.until:
            lo = day_number(f.since) if f.since else day_number(dt.date(1, 1, 1))
            hi = day_number(f.until) if f.until else day_number(dt.date(9999, 12, 31))
            # a range over a fast field scores 1 where an index segment holds days outside it and 0 where
            # the whole segment lies inside (tantivy drops a clause that matches all of a segment), so
            # the ranking would hang on how documents fall into segments: it scores 1 everywhere
            days = tantivy.Query.range_query(schema, "day", tantivy.FieldType.Integer, lo, hi)
            out.append(tantivy.Query.const_score_query(days, 1.0))
        return out


def snippet(text: str, terms: set[str], width: int = SNIPPET_CHARS) -> dict[str, Any]:
    """The passage of ``text`` with the most distinct query terms, and where each term is.

    Returns:
        ``{"start", "end", "text", "highlights": [[start, end], ...]}``; offsets are into
        ``text`` (so ``text[start:end]`` is the snippet).
    """
    toks = search_terms(text)
    hits = [(s, e, t) for s, e, t in toks if t in terms]
    if not hits:
        end = min(len(text), width)
        return {"start": 0, "end": end, "text": text[:end], "highlights": []}
    best, best_score = 0, -1
    j = 0
    for i, (s, _e, _t) in enumerate(hits):
        while hits[j][0] < s - width // 2 and j < i:
            j += 1
        window = {t for ss, _ee, t in hits[j : i + 1] if ss >= s - width // 2}
        if len(window) > best_score:
            best, best_score = i, len(window)
    centre = hits[best][0]
    start = max(0, centre - width // 2)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    # widen to word boundaries
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    marks = [[s, e] for s, e, _t in hits if s >= start and e <= end]
    return {"start": start, "end": end, "text": text[start:end], "highlights": marks}


def search(
    store: Store, config: Config, query: str, filters: Filters | None = None, limit: int = 10, offset: int = 0
) -> SearchResult:
    """Search the database's index once (see :class:`Searcher` to run many queries)."""
    return Searcher(store, config).search(query, filters, limit, offset)
