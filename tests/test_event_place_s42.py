"""Where events happened (issue #15), session 42: Persian-Arabic compound postpositions are no place names, and a
picture's credit with the loan word इमेज is page chrome, not a dateline. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _article(text: str, published: str | None = None):
    """The article the pipeline makes of ``text`` (no publication date unless one is given)."""
    from sambandh.config import Config
    from sambandh.model import Article, RawRecord
    from sambandh.pipeline import Pipeline, article_stages

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": published})
    art = next(iter(Pipeline(article_stages(Config.build())).run(iter([rec]))))
    assert isinstance(art, Article)
    return art


@pytest.mark.parametrize("word", ["बाबत", "बावत", "खातिर", "मार्फत"])
def test_a_compound_postposition_before_a_police_station_is_no_place(word: str):
    art = _article(f"व्यापारी के परिवार ने इस {word} थाने में शिकायत दर्ज कराई है।")
    assert not [m for m in art.mentions if art.text[m.start : m.end] == word]
    assert all(not (e.place or "").startswith("new:") for e in art.events)


@pytest.mark.parametrize("credit", ["इमेज स्रोत, GETTY IMAGES", "Image source, Reuters"])
def test_a_picture_credit_line_is_chrome_not_a_dateline(credit: str):
    art = _article("नेपाल सीमा पर बातचीत\n\nदोनों देशों के अधिकारी सीमा के मसले पर मिले।\n\n"
                   f"{credit}\n\nभारत और नेपाल के अधिकारियों ने सोमवार को सीमा पर बातचीत की।")
    assert art.dateline is None or "IMAGES" not in (art.dateline.place or "").upper()
    assert "स्रोत" not in art.text and "Image source" not in art.text
