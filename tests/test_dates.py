import datetime as dt

import pytest

from sambandh.dates import find_date, parse_published, timestamp_line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("30-Sep-2021 5:02 PM", "2021-09-30"),
        ("Updated: 30 सितंबर 2021, 10:00 IST", "2021-09-30"),
        ("प्रकाशित: 14/07/2021", "2021-07-14"),
        ("12 फ़रवरी 2024", "2024-02-12"),
        ("गुरुवार, 30 सितम्बर 2021", "2021-09-30"),
        ("Thu, 30 Sep 2021 10:00:00 +0530", "2021-09-30"),
    ],
)
def test_timestamp_lines(line, iso):
    assert timestamp_line(line).isoformat() == iso


@pytest.mark.parametrize("line", ["हमने 30 सितंबर 2021 को बात की और फैसला किया", "31 फरवरी 2021", "कोई तारीख नहीं"])
def test_not_timestamp_lines(line):
    assert timestamp_line(line) is None


def test_find_date_offsets():
    text = "बैठक 14 जुलाई 2021 को हुई"
    value, start, end = find_date(text)
    assert value.isoformat() == "2021-07-14" and text[start:end] == "14 जुलाई 2021"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-09-30T10:00:00Z", "2021-09-30"),
        ("Thu, 30 Sep 2021 10:00:00 +0530", "2021-09-30"),
        ("", None),
        ("कल", None),
    ],
)
def test_parse_published(value, iso):
    assert parse_published(value) == iso


def test_implausible_publication_dates_are_flagged_and_not_used():
    from sambandh.annotate import annotate_records
    from sambandh.config import Config
    from sambandh.dates import plausible_published
    from sambandh.model import RawRecord

    assert plausible_published("2024-06-27") and not plausible_published("0001-01-01")
    assert not plausible_published("2099-01-01") and not plausible_published("junk")
    text = "भारत और जापान के विदेश मंत्रियों ने टोक्यो में व्यापार पर बातचीत की।"
    from sambandh.pipeline import Pipeline, article_stages

    stages = [s for s in article_stages(Config.build()) if s.name in ("decode", "extract", "clean")]
    for bad in ("0001-01-01", "2099-05-01"):
        (doc,) = annotate_records([RawRecord("t", text, "record", {"title": "", "published": bad})], Config.build())
        assert isinstance(doc, dict) and doc["published"] is None, doc["published"]
        (art,) = Pipeline(stages).run(iter([RawRecord("t", text, "record", {"title": "", "published": bad})]))
        assert any("implausible publication date" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.in/world/2020/06/17/talks-held", "2020-06-17"),
        ("https://example.com/news/report/envoy-summoned/20250507.htm", "2025-05-07"),
        ("https://example.org/a_2023_08_22_story", "2023-08-22"),
        ("https://example.org/archive/2019/01/05/section/2024-03-27-final-story", "2024-03-27"),
        ("https://example.in/local/story-1677504", None),  # an id, not a date
        ("https://example.in/2024/06/", None),  # a month alone
        ("https://example.in/news/2024-02-30/story", None),  # no such day
        ("https://example.in/story?date=2024-01-01", None),  # the query is not read
        ("https://example.in/2099/12/31/story", None),  # not a plausible publication date
    ],
)
def test_published_from_url(url, iso):
    from sambandh.dates import published_from_url

    assert published_from_url(url, today=dt.date(2026, 12, 1)) == iso


def test_clean_stage_dates_a_report_by_its_url_after_metadata():
    from sambandh.config import Config
    from sambandh.pipeline import Pipeline, article_stages
    from sambandh.read import record_from_obj

    stages = [s for s in article_stages(Config()) if s.name in ("decode", "extract", "clean")]
    text = "नई दिल्ली। दोनों देशों के विदेश मंत्रियों ने गुरुवार को सीमा पर लंबी बातचीत की और साझा बयान जारी किया।"
    url = "https://example.in/world/2024/06/27/ministers-talk"
    dated = next(iter(Pipeline(stages).run([record_from_obj("t", {"text": text, "url": url})])))
    assert (dated.published, dated.published_source) == ("2024-06-27", "url")
    stated = list(Pipeline(stages).run([record_from_obj("t", {"text": text, "url": url, "published": "2024-06-28"})]))
    assert (stated[0].published, stated[0].published_source) == ("2024-06-28", "meta")
    bare = list(
        Pipeline(stages).run([record_from_obj("t", {"text": text, "url": "https://example.in/world/ministers-talk"})])
    )
    assert bare[0].published is None
