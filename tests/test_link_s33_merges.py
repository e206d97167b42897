"""Session 33, issue #16: no false merges and no split people in the entity stage's linking.
Sentences and names are written for these tests."""

import pytest

from sambandh.entities import recognizer
from sambandh.link import Linker
from sambandh.segment import split_sentences


@pytest.fixture(scope="module")
def rec():
    return recognizer()


def found(rec, text):
    mentions = rec(text, split_sentences(text))
    Linker().link(text, mentions)
    return mentions


def test_a_model_name_read_across_a_slash_is_two_names(rec, monkeypatch):
    # a dateline "town/ state:" that the model reads as one place must not become one entity
    text = "बलिया/ उत्तर प्रदेश: पुलिस ने मंगलवार को दो युवकों को हिरासत में लिया।"
    read = rec._read

    def whole_dateline(texts, batch_size):
        for rows, ents in read(texts, batch_size):
            cut = texts[0].index(":")
            yield rows, [(0, cut, "GPE")] + [x for x in ents if x[0] >= cut]

    monkeypatch.setattr(rec, "_read", whole_dateline)
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert "बलिया/ उत्तर प्रदेश" not in ms
    assert ms["उत्तर प्रदेश"].entity_id == "region:uttar-pradesh"
    assert ms["बलिया"].entity_id != ms["उत्तर प्रदेश"].entity_id
