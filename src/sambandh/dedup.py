"""Dedup stage: near-duplicate articles by MinHash signatures and LSH banding.

Exact copies never reach this stage: the store keys an article by the hash of its clean
text, so a second input with the same text becomes another source of the first. This
module finds the *near* copies (syndicated text under other chrome, small edits,
truncations) and links each to its original with ``duplicate_of``; nothing is dropped.

The text side is vectorised: a whole batch of texts becomes one array of code points,
tokens and word n-gram shingles are hashed with prefix sums (no Python string per
shingle), and rensa's MinHash kernel turns the flat shingle hashes into signatures. LSH
banding and the choice of an original are group-bys over band keys, so they run the same
in memory (``find_duplicates``) and over the store (``deduplicate``), where a new batch is
matched against every earlier article incrementally.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    import numpy as np

    from .config import Config
    from .store import Store

_P = 0x100000001B3  # odd, so it has an inverse modulo 2**64
_P_INV = pow(_P, -1, 1 << 64)
_GOLDEN = 0x9E3779B97F4A7C15
_EMPTY = 0xFFFFFFFF  # rensa's value for a signature with no shingles


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """MinHash/LSH settings.

    Attributes:
        ngram: Words per shingle.
        num_perm: Signature length (MinHash permutations).
        bands: LSH bands; ``num_perm`` must be a multiple.
        threshold: Share of the shorter text's shingles found in the longer (estimated from
            the signatures and the shingle counts) at or above which two texts are near
            copies; it covers truncations, which the Jaccard similarity alone does not.
        seed: MinHash seed (signatures are only comparable under one seed).
    """

    ngram: int = 3
    num_perm: int = 128
    bands: int = 64
    threshold: float = 0.7
    seed: int = 1

    def __post_init__(self) -> None:
        if self.ngram < 1 or self.num_perm < 1 or self.bands < 1:
            raise ConfigError("dedup: ngram, num_perm and bands must be positive")
        if self.num_perm % self.bands:
            raise ConfigError(f"dedup: num_perm ({self.num_perm}) must be a multiple of bands ({self.bands})")
        if not 0.0 < self.threshold <= 1.0:
            raise ConfigError(f"dedup: threshold must be in (0, 1], got {self.threshold}")

    @property
    def rows(self) -> int:
        """Signature values per band."""
        return self.num_perm // self.bands

    @classmethod
    def from_config(cls, config: Config) -> DedupSettings:
        """The settings a :class:`Config` names."""
        return cls(
            ngram=config.dedup_ngram,
            num_perm=config.dedup_num_perm,
            bands=config.dedup_bands,
            threshold=config.dedup_threshold,
        )


class _Tables:
    """Lookup tables built once per process (separator code points, hash powers)."""

    def __init__(self) -> None:
        import numpy as np

        sep = np.zeros(65536, dtype=bool)
        sep[:0x30] = True  # controls, space, ASCII punctuation
        for lo, hi in ((0x3A, 0x41), (0x5B, 0x61), (0x7B, 0x80), (0x2000, 0x2070), (0x3000, 0x3003)):
            sep[lo:hi] = True
        # NBSP, danda, double danda, zero-width characters, soft hyphen
        sep[[0xA0, 0xAD, 0x964, 0x965, 0x200B, 0x200C, 0x200D, 0xFEFF]] = True
        self.sep = sep
        self.pow = np.ones(1, dtype=np.uint64)
        self.inv = np.ones(1, dtype=np.uint64)

    def powers(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """``P**i`` and ``P**-i`` modulo 2**64 for ``i < n`` (grown on demand)."""
        import numpy as np

        if self.pow.size < n:
            size = max(n, 2 * self.pow.size, 1 << 20)
            for name, base in (("pow", _P), ("inv", _P_INV)):
                arr = np.full(size, base, dtype=np.uint64)
                arr[0] = 1
                setattr(self, name, np.cumprod(arr, dtype=np.uint64))  # wraps modulo 2**64, as intended
        return self.pow[:n], self.inv[:n]


_TABLES: _Tables | None = None


def _tables() -> _Tables:
    global _TABLES
    if _TABLES is None:
        _TABLES = _Tables()
    return _TABLES


def _mix(x: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (murmur3's), so nearby inputs give unrelated hashes."""
    import numpy as np

    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def shingle_hashes(texts: Sequence[str], ngram: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the word n-gram shingles of each text, flat, with row offsets.

    Tokens are runs of letters, marks and digits (ASCII punctuation, dandas and spaces
    separate them); ASCII letters are lower-cased. A text with fewer than ``ngram`` tokens
    has one shingle per token. Equal shingles hash equally in any batch and process.

    Returns:
        ``(hashes, offsets)``: uint64 shingle hashes, and ``len(texts) + 1`` offsets such
        that text ``i`` owns ``hashes[offsets[i]:offsets[i + 1]]`` (duplicates kept).
    """
    import numpy as np

    tables = _tables()
    n_docs = len(texts)
    if n_docs == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(1, dtype=np.uint64)
    joined = " ".join(texts)  # the space keeps tokens of neighbouring texts apart
    code = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    n = code.size
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n_docs)
    doc_starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    is_tok = ~tables.sep[np.minimum(code, 65535)]
    edges = np.diff(is_tok.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    chars = code.astype(np.uint64)
    upper = (code >= 65) & (code <= 90)
    chars[upper] += np.uint64(32)
    pw, inv = tables.powers(n + 1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(chars * pw[:n], dtype=np.uint64, out=prefix[1:])
    # sum of c_j * P**(j - start): the same token hashes alike wherever it sits
    tok = (prefix[ends] - prefix[starts]) * inv[starts]
    tok = _mix(tok + (ends - starts).astype(np.uint64))
    tok_doc = np.searchsorted(doc_starts, starts, side="right") - 1
    tok_counts = np.bincount(tok_doc, minlength=n_docs)
    if ngram == 1:
        return tok, np.concatenate(([0], np.cumsum(tok_counts))).astype(np.uint64)
    m = tok.size - ngram + 1
    if m > 0:
        g = tok[:m].copy()
        for j in range(1, ngram):
            g = g * np.uint64(_GOLDEN) + tok[j : j + m]
        full = tok_doc[:m] == tok_doc[ngram - 1 :]
        g, g_doc = _mix(g[full]), tok_doc[:m][full]
    else:
        g, g_doc = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    # texts too short for one n-gram keep their tokens as shingles
    short = tok_counts < ngram
    if short.any():
        keep = short[tok_doc]
        g = np.concatenate((g, tok[keep]))
        g_doc = np.concatenate((g_doc, tok_doc[keep]))
        order = np.argsort(g_doc, kind="stable")
        g, g_doc = g[order], g_doc[order]
    counts = np.bincount(g_doc, minlength=n_docs)
    return g, np.concatenate(([0], np.cumsum(counts))).astype(np.uint64)


def signatures(texts: Sequence[str], settings: DedupSettings | None = None) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of ``texts`` and their shingle counts.

    Returns:
        ``(sigs, sizes)``: a ``(len(texts), num_perm)`` uint32 array (a text with no
        tokens gets a row of ``0xFFFFFFFF``, see :func:`has_shingles`) and the number of
        shingles of each text.
    """
    import numpy as np
    import rensa

    s = settings or DedupSettings()
    if not texts:
        return np.zeros((0, s.num_perm), dtype=np.uint32), np.zeros(0, dtype=np.int64)
    hashes, offsets = shingle_hashes(texts, s.ngram)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, s.num_perm, s.seed)
    sigs = np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), s.num_perm)
    return sigs, np.diff(offsets.astype(np.int64))


def has_shingles(sigs: np.ndarray) -> np.ndarray:
    """Which signature rows come from a text with at least one token."""
    return (sigs != _EMPTY).any(axis=1)


def band_keys(sigs: np.ndarray, bands: int, chunk: int = 32_768) -> np.ndarray:
    """One uint64 key per LSH band: ``(n, bands)``; equal bands give equal keys.

    Rows are keyed a slice at a time: the uint64 temporaries of a million rows at once
    would take gigabytes.
    """
    import numpy as np

    n, num_perm = sigs.shape
    rows = num_perm // bands
    out = np.empty((n, bands), dtype=np.uint64)
    # the band number is part of the key, so one table holds every band
    band_no = np.arange(bands, dtype=np.uint64)[None, :] * np.uint64(_GOLDEN)
    for lo in range(0, n, chunk):
        v = sigs[lo : lo + chunk].reshape(-1, bands, rows).astype(np.uint64)
        key = np.zeros(v.shape[:2], dtype=np.uint64)
        for r in range(rows):
            key = _mix(key * np.uint64(_GOLDEN) + v[:, :, r])
        out[lo : lo + chunk] = _mix(key + band_no)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of paired signature rows (the share of equal values)."""
    result: np.ndarray = (a == b).mean(axis=-1)
    return result


def paired_similarity(a: np.ndarray, b: np.ndarray, i: np.ndarray, j: np.ndarray, chunk: int = 65_536) -> np.ndarray:
    """:func:`similarity` of rows ``a[i]`` and ``b[j]``, a slice of pairs at a time.

    Candidate pairs run to millions on real news (frequent phrases make band keys collide),
    so the paired rows are never materialised all at once.
    """
    import numpy as np

    out = np.empty(len(i), dtype=np.float64)
    for lo in range(0, len(i), chunk):
        hi = lo + chunk
        out[lo:hi] = similarity(a[i[lo:hi]], b[j[lo:hi]])
    return out


def containment(jaccard: Any, size_a: Any, size_b: Any) -> Any:
    """How much of the smaller shingle set lies in the larger, from their Jaccard and sizes.

    ``|A ∩ B| = J (|A| + |B|) / (1 + J)``; over ``min(|A|, |B|)`` this is 1 for a clean
    truncation, where the Jaccard similarity is only the length ratio.
    """
    import numpy as np

    small = np.maximum(np.minimum(size_a, size_b), 1)
    return np.minimum(1.0, jaccard * (size_a + size_b) / ((1.0 + jaccard) * small))


def lsh_keys(sigs: np.ndarray, bands: int) -> tuple[np.ndarray, np.ndarray]:
    """Band keys of ``sigs`` and which rows have shingles; a row without gets unique keys, so it meets nobody."""
    import numpy as np

    keys = band_keys(sigs, bands)
    usable = has_shingles(sigs)
    n_unusable = int((~usable).sum())
    keys[~usable] = np.arange(n_unusable * bands, dtype=np.uint64).reshape(-1, bands) | np.uint64(1 << 63)
    return keys, usable


def band_pairs(keys: np.ndarray, latest: bool = False) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """``(rows, candidates)`` pairs, one LSH band at a time: per band, each row and the earliest
    (``latest``: the previous) lower row with the same key.

    The pairs of every band are never held at once; a pair may come again in another band.
    """
    import numpy as np

    n, bands = keys.shape
    for b in range(bands):
        col = keys[:, b]
        order = np.argsort(col, kind="stable")
        sorted_keys = col[order]
        new_group = np.ones(n, dtype=bool)
        new_group[1:] = sorted_keys[1:] != sorted_keys[:-1]
        if latest:
            yield order[1:][~new_group[1:]], order[:-1][~new_group[1:]]
        else:
            first = order[np.flatnonzero(new_group)][np.cumsum(new_group) - 1]
            yield order[first < order], first[first < order]


class BestCandidates:
    """The best-scoring candidate (at or over ``threshold``) of each row, over pairs given a
    batch at a time; ties go to the lowest candidate (``latest``: the highest). Memory does
    not grow with the number of pairs.
    """

    def __init__(self, n: int, threshold: float, latest: bool = False) -> None:
        import numpy as np

        self.score = np.full(n, -np.inf)
        self.cand = np.full(n, -1, dtype=np.int64)
        self.threshold, self.latest = threshold, latest

    def update(self, rows: np.ndarray, cands: np.ndarray, scores: np.ndarray) -> None:
        """Take in scored pairs."""
        import numpy as np

        ok = scores >= self.threshold
        r, c, sc = rows[ok], cands[ok], scores[ok]
        order = np.lexsort((-c if self.latest else c, -sc, r))
        r, c, sc = r[order], c[order], sc[order]
        keep = np.ones(r.size, dtype=bool)
        keep[1:] = r[1:] != r[:-1]
        r, c, sc = r[keep], c[keep], sc[keep]
        cur_s, cur_c = self.score[r], self.cand[r]
        tie = (sc == cur_s) & ((c > cur_c) if self.latest else (c < cur_c))
        better = (sc > cur_s) | tie
        self.score[r[better]] = sc[better]
        self.cand[r[better]] = c[better]

    def result(self) -> dict[int, tuple[int, float]]:
        """``{row: (candidate, score)}`` for the rows that have one."""
        import numpy as np

        rows = np.flatnonzero(self.cand >= 0)
        return {int(i): (int(self.cand[i]), float(self.score[i])) for i in rows}


def _sign_all(batches: Iterable[Sequence[str]], s: DedupSettings) -> tuple[np.ndarray, np.ndarray]:
    """Signatures and shingle counts of every text of ``batches``, concatenated."""
    import numpy as np

    sigs, sizes = [np.zeros((0, s.num_perm), dtype=np.uint32)], [np.zeros(0, dtype=np.int64)]
    for batch in batches:
        sig, size = signatures(batch, s)
        sigs.append(sig)
        sizes.append(size)
    return np.concatenate(sigs), np.concatenate(sizes)


def find_duplicates(
    texts: Iterable[str], settings: DedupSettings | None = None, batch_size: int = 2000
) -> list[int | None]:
    """Near-duplicates within ``texts``, in memory.

    Each text is compared with the texts before it; a near copy points at the original of
    the most similar earlier text (never at another copy), so groups are stars.

    Args:
        texts: The texts, earliest first.
        settings: MinHash/LSH settings (defaults: word 3-grams, 128 permutations, 64 bands,
            containment threshold 0.7).
        batch_size: Texts hashed per vectorised batch.

    Returns:
        For each text, the index of its original, or ``None`` when it is one.
    """
    from itertools import islice

    s = settings or DedupSettings()
    it = iter(texts)
    sigs, sizes = _sign_all(iter(lambda: list(islice(it, batch_size)), []), s)
    return _link(sigs, sizes, lsh_keys(sigs, s.bands)[0], _Earlier.none(s.num_perm), s)


@dataclass
class _Earlier:
    """Already stored articles that new ones may copy: candidate rows and ``(new row, candidate row)`` pairs."""

    sigs: Any
    sizes: Any
    pairs: tuple[Any, Any]

    @classmethod
    def none(cls, num_perm: int) -> _Earlier:
        import numpy as np

        empty = np.zeros(0, dtype=np.int64)
        return cls(np.zeros((0, num_perm), dtype=np.uint32), empty, (empty, empty))


def _link(
    sigs: np.ndarray, sizes: np.ndarray, keys: np.ndarray, earlier: _Earlier, s: DedupSettings
) -> list[int | None]:
    """The most similar earlier row of each new row (new rows earliest first), as its original.

    A returned index below ``len(earlier.sigs)`` names an earlier candidate (whose own
    original the caller knows); ``len(earlier.sigs) + j`` names new row ``j``, never a copy.
    """
    base = earlier.sigs.shape[0]
    best = BestCandidates(sigs.shape[0], s.threshold)
    for pn, pc in band_pairs(keys):
        best.update(pn, pc, containment(paired_similarity(sigs, sigs, pn, pc), sizes[pn], sizes[pc]))
    best_new = best.result()
    on, oc = earlier.pairs
    osims = containment(paired_similarity(sigs, earlier.sigs, on, oc), sizes[on], earlier.sizes[oc])
    old_tracker = BestCandidates(sigs.shape[0], s.threshold)
    old_tracker.update(on, oc, osims)
    best_old = old_tracker.result()
    out: list[int | None] = []
    for i in range(sigs.shape[0]):
        choice: int | None = None
        score = -1.0
        if i in best_old:
            choice, score = best_old[i]
        if i in best_new and best_new[i][1] > score:
            c = best_new[i][0]
            choice = out[c] if out[c] is not None else base + c
        out.append(choice)
    return out


@dataclass
class DedupReport:
    """What a dedup run over the store did.

    Attributes:
        checked: Articles hashed now.
        duplicates: Of these, near copies linked to an original.
        seconds: Wall time.
    """

    checked: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "checked": self.checked,
            "duplicates": self.duplicates,
            "seconds": round(self.seconds, 3),
            "settings": self.settings,
        }


def deduplicate(store: Store, config: Config, batch_size: int = 2000) -> DedupReport:
    """Link the store's new articles to their near-duplicate originals.

    Articles not yet hashed are taken in publication order; each is compared with every
    earlier article (stored band keys) and with the new ones before it. Signatures and
    band keys are stored, so the next run only hashes what arrived since; re-running
    changes nothing.

    Raises:
        StoreError: The database cannot be read or written.
    """
    import numpy as np

    started = time.perf_counter()
    s = DedupSettings.from_config(config)
    report = DedupReport(
        settings={"ngram": s.ngram, "num_perm": s.num_perm, "bands": s.bands, "threshold": s.threshold}
    )
    store.check_dedup_settings(report.settings)
    n = store.count_unhashed()
    if not n:
        report.seconds = time.perf_counter() - started
        return report
    # hashed in storage order (one scan of the texts), placed at their publication rank
    ids: list[str] = [""] * n
    sigs = np.empty((n, s.num_perm), dtype=np.uint32)
    sizes = np.empty(n, dtype=np.int64)
    for batch_ids, texts, ranks in store.iter_unhashed(batch_size):
        at = np.asarray(ranks, dtype=np.int64)
        sigs[at], sizes[at] = signatures(texts, s)
        for i, r in zip(batch_ids, ranks, strict=True):
            ids[r] = i
    keys, usable = lsh_keys(sigs, s.bands)
    first_seq = store.next_minhash_seq()
    # candidates among earlier articles: per band, the earliest stored article with the key
    old_new, old_seq = store.lsh_candidates(keys, usable)
    cand_seqs = np.unique(old_seq)
    cand_sigs, cand_sizes, cand_ids, root_ids = store.minhash_rows(cand_seqs.tolist(), s.num_perm)
    earlier = _Earlier(cand_sigs, cand_sizes, (old_new, np.searchsorted(cand_seqs, old_seq)))
    links = _link(sigs, sizes, keys, earlier, s)
    base = len(cand_ids)
    # an earlier candidate that is itself a copy hands on its own original
    dup_of = [
        None if link is None else (root_ids[link] or cand_ids[link]) if link < base else ids[link - base]
        for link in links
    ]
    store.write_minhash(ids, first_seq, sigs, sizes, keys, usable, dup_of)
    report.checked = len(ids)
    report.duplicates = sum(d is not None for d in dup_of)
    report.seconds = time.perf_counter() - started
    return report
