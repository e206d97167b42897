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
