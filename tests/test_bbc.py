"""Sentence splitting on the real BBC Hindi articles in ../shared/data (read at run time)."""

import csv
import re

from conftest import shared_path

from sambandh.clean import clean_article
from sambandh.model import Article
from sambandh.segment import _ABBREV, split_sentences

_INITIALS = sorted(w for w in _ABBREV if not w.isascii())
INITIAL_END = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, _INITIALS)) + r")\.$")


def bbc_texts():
    path = shared_path("data", "bbc-hindi", "articles.csv")
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        return [text for _cat, text in rows if text.strip()]


def test_bbc_sentences_are_short_and_initials_unsplit():
    texts = bbc_texts()
    assert len(texts) > 300
    n = 0
    for raw in texts:
        a = clean_article(Article(source="bbc", raw=raw, raw_hash="h"))
        for s in split_sentences(a.text):
            sent = a.text[s.start : s.end]
            n += 1
            assert len(sent) <= 600, sent[:120]
            assert not INITIAL_END.search(sent), sent[-60:]
    assert n > 5000  # glued full stops are split: about 26 sentences per article


def test_bbc_glued_full_stops_are_split():
    texts = bbc_texts()
    glued = re.compile(r"[\u0900-\u097f]\.[\u0900-\u097f]")
    total = sum(len(glued.findall(t)) for t in texts)
    assert total > 100  # the data really has them
    left = 0
    for raw in texts[:100]:
        a = clean_article(Article(source="bbc", raw=raw, raw_hash="h"))
        for s in split_sentences(a.text):
            left += len(glued.findall(a.text, s.start, s.end))
    assert left == 0
