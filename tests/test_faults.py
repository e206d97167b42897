"""Faults and hostile input: the work per character stays flat for text with no sentence stops
or one huge word (issue #20), measured against ordinary text of the same size in the same run."""

from __future__ import annotations

import time

from sambandh.config import Config
from sambandh.model import Article, RawRecord
from sambandh.pipeline import Pipeline, article_stages

N = 40_000


def _seconds(pipeline: Pipeline, text: str) -> float:
    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "शीर्षक"})
    t = time.perf_counter()
    out = list(pipeline.run(iter([rec])))
    took = time.perf_counter() - t
    assert isinstance(out[0], Article), out
    return took


def test_one_sentence_and_one_huge_word_cost_about_what_ordinary_text_costs():
    pipeline = Pipeline(article_stages(Config()))
    _seconds(pipeline, "भारत ने रूस से बात की। " * 20)  # load the models
    ordinary = _seconds(pipeline, "भारत ने रूस से बात की। दोनों देशों ने समझौता किया। " * (N // 48))
    one_sentence = _seconds(pipeline, "भारत ने रूस से बात की और दोनों देशों ने समझौता किया और " * (N // 54))
    one_word = _seconds(pipeline, "भारत ने रूस से बात की। " * 20 + "क" * N + "। भारत ने चीन की निंदा की।")
    pipe_danda = _seconds(pipeline, "भारत ने रूस से बात की | दोनों देशों ने समझौता किया | " * (N // 50))
    print({"ordinary": ordinary, "one_sentence": one_sentence, "one_word": one_word, "pipe_danda": pipe_danda})
    for took in (one_sentence, one_word, pipe_danda):
        assert took < 3 * ordinary + 1.0
