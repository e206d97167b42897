"""Session 48's speed changes keep results: the circumstance rows indexed by noun and by kind hold every row."""

from __future__ import annotations

import pytest

from sambandh.lexicon import load_lexicon


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_the_circumstance_indexes_hold_every_row_in_file_order(lang):
    lex = load_lexicon(lang)
    assert lex is not None and lex.circumstance
    for noun in {n for n, _, _ in lex.circumstance}:
        assert lex.circumstance_of[noun] == [(w, ws) for n, w, ws in lex.circumstance if n == noun]
    for where in {w for _, w, _ in lex.circumstance}:
        assert lex.circumstance_where[where] == [(n, ws) for n, w, ws in lex.circumstance if w == where]
    assert sum(map(len, lex.circumstance_of.values())) == len(lex.circumstance)
    assert sum(map(len, lex.circumstance_where.values())) == len(lex.circumstance)


class _Reader:
    """Just what ``_Arguments._name_parts_told`` reads of an article's reading (its case, stubbed: an ergative)."""

    def __init__(self, text: str, mentions: list) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.name_parts = None  # (session 49: the parts are indexed once per article, ``_Arguments._name_parts``)
        self.name_parts_from = 0

    def _name_parts(self) -> dict:
        from sambandh.events.arguments import _Arguments

        return _Arguments._name_parts(self)  # type: ignore[arg-type]

    def _case(self, e: int, hi: int, s: int) -> str:
        return "erg"


def test_the_name_parts_remembered_per_article_follow_the_mentions_before_each_window():
    """Two windows of one article with a full name mentioned between them: the second reads that name's parts too
    (a cache kept per article and not per count of mentions before the window would miss it), the first does not;
    asked again, the first window gives what it gave."""
    from sambandh.events.arguments import _Arguments
    from sambandh.events.base import _Base
    from sambandh.model import Mention

    text = "रमेश तिवारी आए। बाद में तिवारी ने कहा। फिर सुरेश यादव आए। अंत में यादव और तिवारी ने कहा।"
    first, second = text.index("रमेश तिवारी"), text.index("सुरेश यादव")
    people = [Mention(first, first + len("रमेश तिवारी"), "PERSON", entity_id="person:tiwari"),
              Mention(second, second + len("सुरेश यादव"), "PERSON", entity_id="person:yadav")]
    reader = _Reader(text, people)

    def told(lo: int, hi: int) -> list[tuple[str, str]]:
        found = _Arguments._name_parts_told(reader, lo, hi, [])  # type: ignore[arg-type]
        return [(text[a.start : a.end], a.entity_id) for a in found]

    reader.within = lambda lo, hi: _Base.within(reader, lo, hi)  # type: ignore[attr-defined]
    one = (text.index("बाद में"), text.index("फिर"))
    two = (text.index("अंत में"), len(text))
    assert told(*one) == [("तिवारी", "person:tiwari")]
    assert told(*two) == [("यादव", "person:yadav"), ("तिवारी", "person:tiwari")]
    assert told(*one) == [("तिवारी", "person:tiwari")]
