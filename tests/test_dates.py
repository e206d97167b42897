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
