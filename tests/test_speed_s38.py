"""Session 38's speed changes keep results: the NER's matrix products through numpy (entities._gemm_ops)."""

from __future__ import annotations

import numpy as np
import pytest

from sambandh.entities import _gemm_ops, recognizer
from sambandh.segment import split_sentences

# sentences written for this test (no article's words)
_SENTENCES = [
    "विदेश मंत्री ने बुधवार को पड़ोसी देश के प्रतिनिधिमंडल से मुलाकात की और व्यापार समझौते पर हस्ताक्षर किए।",
    "पुलिस ने कहा कि प्रदर्शनकारियों के साथ झड़प में दो लोग घायल हुए, जबकि सरकार ने जांच के आदेश दिए हैं।",
    "Foreign ministers of Chile and Peru met in Lima on Tuesday.",
    "भारत",
    "",
    "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में जापान के विदेश मंत्री से बातचीत की।",
    "रक्षा मंत्री राजनाथ सिंह शुक्रवार को लखनऊ पहुंचे और वहां से गोरखपुर गए।",
    "संसद की समिति ने  रिपोर्ट\n\nसौंपी ; अगली बैठक मार्च में होगी । 2025",
]


@pytest.fixture(scope="module")
def rec():
    return recognizer()


def test_the_ner_runs_on_the_numpy_gemm_ops(rec):
    ops = _gemm_ops()
    assert rec._decoder is not None and rec._decoder.ops is ops and rec._decoder.fast_tok2vec.ops is ops
    assert all(node.ops is ops for node in rec.nlp.get_pipe("ner").model.walk())


@pytest.mark.parametrize(("n_in", "n_out"), [(256, 192), (192, 192), (64, 64), (64, 128), (64, 14), (64, 256)])
def test_a_rows_product_does_not_depend_on_the_rows_beside_it(n_in, n_out):
    # the NER's shapes: OpenBLAS's float32 kernels round a row by its place; the float64 sums do not show it
    ops = _gemm_ops()
    rng = np.random.default_rng(7)
    x = rng.standard_normal((300, n_in), dtype=np.float32)
    w = rng.standard_normal((n_out, n_in), dtype=np.float32)
    full = ops.gemm(x, w, trans2=True)
    assert full.shape == (300, n_out) and full.dtype == np.float32
    for size in (1, 2, 3, 5, 8, 17, 64, 100):
        parts = np.concatenate([ops.gemm(x[i : i + size], w, trans2=True) for i in range(0, 300, size)])
        assert np.array_equal(parts, full), size
    # and close to blis's (thinc's own NumpyOps): the last bits only
    from thinc.api import NumpyOps

    assert np.allclose(full, NumpyOps().gemm(x, w, trans2=True), rtol=1e-5, atol=1e-4)
    out = np.empty((300, n_out), np.float32)
    assert ops.gemm(x, w, out=out, trans2=True) is out and np.array_equal(out, full)
    assert np.array_equal(ops.gemm(np.ascontiguousarray(x.T), w, trans1=True, trans2=True), full)


def test_names_do_not_depend_on_the_batch(rec, monkeypatch):
    # each text alone, and all of them in one batch with their token vectors a few docs at a time
    alone = [[(m.start, m.end, m.label) for m in rec(t, split_sentences(t))] for t in _SENTENCES]
    together = [[(m.start, m.end, m.label) for m in ms] for ms in rec.pipe((t, split_sentences(t)) for t in _SENTENCES)]
    assert together == alone and sum(map(len, alone)) >= 5
    monkeypatch.setattr(rec._decoder, "TOK2VEC_BATCH", 2)
    again = [[(m.start, m.end, m.label) for m in ms] for ms in rec.pipe((t, split_sentences(t)) for t in _SENTENCES)]
    assert again == alone


def test_the_remembered_first_layers_give_what_computing_them_gives(rec, monkeypatch):
    # _Tok2Vec._mix_remembered: read by ORTH where the features match, computed afresh where not
    fast = rec._decoder.fast_tok2vec
    docs = [rec.nlp.make_doc(t) for t in _SENTENCES]
    both = np.concatenate([doc.to_array([*fast.columns, "ORTH"]).astype("uint64") for doc in docs])
    ids, orth = np.ascontiguousarray(both[:, :-1]), both[:, -1]
    want = fast._mix(ids)
    monkeypatch.setattr(fast, "_mix_slot", {})
    monkeypatch.setattr(fast, "_mix_feats", None)
    monkeypatch.setattr(fast, "_mix_out", None)
    assert np.array_equal(fast._mix_remembered(ids, orth), want)  # all fresh
    assert 0 < len(fast._mix_slot) < len(ids)  # words seen twice kept once
    assert np.array_equal(fast._mix_remembered(ids, orth), want)  # all remembered
    # a word whose features are not those remembered for it (a tokenizer exception's NORM)
    other = ids.copy()
    other[:, 0] = ids[::-1, 0]
    assert np.array_equal(fast._mix_remembered(other, orth), fast._mix(other))
    # full: what is not remembered is still computed
    monkeypatch.setattr(type(fast), "MIX_REMEMBERED", len(fast._mix_slot))
    reversed_ids = np.ascontiguousarray(ids[::-1])
    assert np.array_equal(fast._mix_remembered(reversed_ids, orth[::-1] + np.uint64(1)), fast._mix(reversed_ids))
    assert np.array_equal(fast.predict(docs), rec._decoder.tok2vec.predict(docs))
