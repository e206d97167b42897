"""The NER from several threads at once reads what one thread reads (session 38, review 8): the first layers'
remembered rows (``entities._Tok2Vec._mix_remembered``) are shared by every thread using one recognizer."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from sambandh.config import Config
from sambandh.entities import EntityRecognizer, recognizer
from sambandh.segment import split_sentences

# sentences written for this test (no article's words); each thread reads them in its own order
_SENTENCES = [
    "विदेश मंत्री ने बुधवार को पड़ोसी देश के प्रतिनिधिमंडल से मुलाकात की और व्यापार समझौते पर हस्ताक्षर किए।",
    "पुलिस ने कहा कि प्रदर्शनकारियों के साथ झड़प में दो लोग घायल हुए, जबकि सरकार ने जांच के आदेश दिए हैं।",
    "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में जापान के विदेश मंत्री से बातचीत की।",
    "रक्षा मंत्री राजनाथ सिंह शुक्रवार को लखनऊ पहुंचे और वहां से गोरखपुर गए।",
    "गांव के सरपंच दिनेश तोमर ने बताया कि नहर का पानी तीन दिन से बंद है और किसान परेशान हैं।",
    "Foreign ministers of Chile and Peru met in Lima on Tuesday and signed a fisheries accord.",
    "संयुक्त राष्ट्र के महासचिव ने जिनेवा में शरणार्थियों की मदद के लिए नई अपील जारी की।",
    "जिला अस्पताल के डॉक्टर सुनयना रावत ने कहा कि घायलों की हालत स्थिर है।",
]
_TEXTS = [" ".join(_SENTENCES[i:] + _SENTENCES[:i]) for i in range(len(_SENTENCES))]


def _read(rec: EntityRecognizer, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(m.start, m.end, m.label) for m in rec(t, split_sentences(t))] for t in texts]


def test_the_ner_from_four_threads_reads_what_one_thread_reads():
    one = _read(recognizer(), _TEXTS)
    fresh = EntityRecognizer(Config.build())  # its remembered rows empty: the threads fill them together
    orders = [_TEXTS[k:] + _TEXTS[:k] for k in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads change often, inside the taking of slots too
    try:
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda texts: _read(fresh, texts), orders))
    finally:
        sys.setswitchinterval(interval)
    for k in range(len(orders)):
        assert got[k] == one[k:] + one[:k]
    # every remembered row is the first layers' result for the features kept beside it
    tok2vec = fresh._decoder.fast_tok2vec
    slots = sorted(tok2vec._mix_slot.values())
    assert slots == list(range(len(slots))) and slots
    feats = tok2vec._mix_feats[: len(slots)]
    assert np.array_equal(tok2vec._mix_out[: len(slots)], tok2vec._mix(feats))
