"""A near copy whose original is a newer article of the same pass (an archive ingested out of date order)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np


def _nothing_stored() -> SimpleNamespace:
    """No stored article is a candidate for either new one."""
    return SimpleNamespace(best=SimpleNamespace(cand=np.array([-1, -1]), score=np.array([0.0, 0.0])), rows=[], keys=[])


def test_a_copy_published_before_its_original_is_scored_not_looked_up():
    from sambandh.stories import StoriesReport, _choose_stories

    ids = ["a" * 32, "b" * 32]  # in publication order: the copy "a" first, its original "b" after it
    from_dup = {ids[0]: ids[1]}
    stored = _nothing_stored()
    # the original's best candidate among the new articles is its copy
    tracker = SimpleNamespace(cand=np.array([-1, 0]), score=np.array([0.0, 0.9]))
    report = StoriesReport()
    story_of = _choose_stories(None, report, ids, from_dup, tracker, stored)  # type: ignore[arg-type]
    assert story_of == ["story:" + ids[0][:16]] * 2
    assert (report.new_stories, report.joined) == (1, 1)


def test_a_copy_after_its_original_takes_its_story():
    from sambandh.stories import StoriesReport, _choose_stories

    ids = ["b" * 32, "a" * 32]
    from_dup = {ids[1]: ids[0]}
    stored = _nothing_stored()
    tracker = SimpleNamespace(cand=np.array([-1, -1]), score=np.array([0.0, 0.0]))
    report = StoriesReport()
    assert _choose_stories(None, report, ids, from_dup, tracker, stored) == ["story:" + ids[0][:16]] * 2  # type: ignore[arg-type]
