"""Two acts of one type in an article stay two (#15, session 45): an arrest told in the pluperfect with a word of
another time or of one more act, and one told after the article's act, are not the article's act told again. The
sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _events(text: str, typ: str, mode: str) -> list[dict[str, Any]]:
    return [e for e in annotate_text(text, published="2024-03-05")["events"] if (e["type"], e["mode"]) == (typ, mode)]


def test_an_earlier_arrest_in_the_pluperfect_stays_apart_from_the_new_one():
    # a word of another time ("पिछले साल") in the pluperfect telling: an arrest before this one
    text = ("रमेश यादव को पिछले साल मई में गिरफ्तार किया गया था। पुलिस ने सोमवार को उसे फिर से गिरफ्तार "
            "किया।")  # fmt: skip
    assert len(_events(text, "COERCE", "arrest")) == 2
    # one more act ("फिर से"): the police arrest her again
    text = "एक महिला को पुलिस ने गिरफ्तार किया था। सोमवार को पुलिस ने उसे फिर से गिरफ्तार किया।"
    assert len(_events(text, "COERCE", "arrest")) == 2


def test_an_act_told_after_the_article_act_in_the_pluperfect_stays_apart():
    # the pluperfect telling after the article's act is background, an earlier arrest (merge_in_document's rule)
    text = ("पुलिस ने सोमवार को रमेश यादव को गिरफ्तार किया। उसके भाई सुरेश यादव को पुलिस ने गिरफ्तार किया था।")
    assert len(_events(text, "COERCE", "arrest")) == 2
