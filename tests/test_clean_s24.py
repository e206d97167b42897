"""Datelines glued to their separator and datelines naming two places (session 24, issue #16), on
sentences we wrote."""

import pytest

from sambandh.clean import clean_article
from sambandh.model import Article

BODY = (
    "भारत और नेपाल के जल संसाधन मंत्रियों ने बाढ़ नियंत्रण की साझा योजना पर लंबी बातचीत की। "
    "दोनों पक्षों ने अगले महीने विशेषज्ञों की बैठक बुलाने का फैसला किया।"
)
MORE = "बैठक के बाद जारी बयान में कहा रांची कि दोनों देश नदियों के आंकड़े हर दिन साझा करेंगे।"


def clean(raw: str) -> Article:
    return clean_article(Article(source="t", raw=raw, raw_hash="h"))


@pytest.mark.parametrize("opener", ["पटना।", "पटनाः", "पटना- ", "पटना—", "पटना–"])
def test_a_place_glued_to_its_separator_and_to_the_report_is_a_dateline(opener):
    a = clean(f"{opener}{BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पटना"
    assert a.text.startswith("भारत और नेपाल")


@pytest.mark.parametrize("opener", ["पटना-रांची: ", "पटना / रांची: ", "पटना/रांची : ", "पटना – रांची: "])
def test_two_places_joined_are_one_dateline_filed_from_the_first(opener):
    a = clean(f"{opener}{BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पटना"
    assert a.text.startswith("भारत और नेपाल")
    assert a.raw[a.dateline.start : a.dateline.end].rstrip(": ") == opener.rstrip(": ")


def test_a_place_glued_by_a_hyphen_to_a_report_that_opens_with_a_place_keeps_that_place():
    a = clean(f"पटना-रांची में {BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पटना"
    assert a.text.startswith("रांची में भारत")


def test_two_countries_joined_before_a_colon_are_a_topic_not_a_dateline():
    a = clean(f"भारत-नेपाल: {BODY}\n{MORE}")
    assert a.dateline is None
