"""Members of groupings (kb/members.tsv, session 39): the members of a day, and rows the loader refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from sambandh.errors import ConfigError
from sambandh.kb import KnowledgeBase, _add_calendar, load


def _kb_with(tmp_path: Path, rows: str) -> KnowledgeBase:
    (tmp_path / "members.tsv").write_text(rows, encoding="utf-8")
    kb = KnowledgeBase()
    _add_calendar(kb, tmp_path)
    return kb


def test_members_of_a_day(tmp_path: Path) -> None:
    # a founder, one who joined later and one who left
    kb = _kb_with(tmp_path, "# org\tcountry\tfrom\tto\nabc\taa\nabc\tbb\t2020-01-01\nabc\tcc\t\t2019-06-30\n")
    assert kb.members_of("org:abc", "2018-05-01") == ["country:aa", "country:cc"]
    assert kb.members_of("org:abc", "2020-01-01") == ["country:aa", "country:bb"]
    assert kb.members_of("org:abc") == ["country:aa", "country:bb"]  # today's: not one that left
    assert kb.members_of("org:none", "2020-01-01") == []
    assert "org:none" not in kb.members  # asking adds no empty grouping


@pytest.mark.parametrize("row", ["abc\tindia\n", "\taa\n", "abc\taa\t2020\n", "abc\taa\t\t01-02-2020\n"])
def test_a_bad_row_is_refused(tmp_path: Path, row: str) -> None:
    with pytest.raises(ConfigError):
        _kb_with(tmp_path, row)


def test_the_shipped_table_loads() -> None:
    kb = load()
    assert len(kb.members_of("org:quad", "2024-05-02")) == 4
