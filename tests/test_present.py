"""Dates in words, outlets and flat rows (sambandh.present)."""

from __future__ import annotations

import csv
import io
import re

import pytest

from sambandh.present import EVENT_COLUMNS, csv_text, day_words, describe, flat_event, outlet, placement, when

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.mark.parametrize(
    ("date", "reported", "en", "hi"),
    [
        ({"value": "2025-06-26"}, None, "Thursday, 26 June 2025", "गुरुवार, 26 जून 2025"),
        ({"value": "2025-06"}, None, "June 2025", "जून 2025"),
        ({"value": "2021"}, None, "2021", "2021"),
        ({"value": "2025-W26"}, None, "week of 23 June 2025", "23 जून 2025 से शुरू सप्ताह"),
        (
            {"value": "XXXX-WXX-4"},
            "2025-06-26",
            "a Thursday (reported 26 June 2025)",
            "कोई गुरुवार (26 जून 2025 की रिपोर्ट)",
        ),
        ({"value": "XXXX-07-14", "year": "2021"}, None, "Wednesday, 14 July 2021", "बुधवार, 14 जुलाई 2021"),
        ({"value": None, "not_before": "2021-07-01", "not_after": "2021-09-30"}, None,
         "between 1 July 2021 and 30 September 2021", "1 जुलाई 2021 और 30 सितंबर 2021 के बीच"),
        ({"value": None, "not_before": "2021-01-01", "not_after": "2021-12-31"}, None, "in 2021", "2021 में"),
        ({"value": None, "not_after": "2021-09-30"}, None, "by 30 September 2021", "30 सितंबर 2021 तक"),
        (None, "2021-09-30", "reported 30 September 2021", "30 सितंबर 2021 की रिपोर्ट"),
        (None, None, "date unknown", "तारीख़ अज्ञात"),
    ],
)  # fmt: skip
def test_dates_read_as_words_in_both_languages(date: dict | None, reported: str | None, en: str, hi: str) -> None:
    assert describe(date, reported, "en") == en
    assert describe(date, reported, "hi") == hi


def test_no_timex_code_survives_in_words() -> None:
    values = ["XXXX-WXX-1", "XXXX-04-22", "XXXX-05", "PAST_REF", "2021-SU", "2021-W40", "2025-06-26TMO"]
    for v in values:
        for lang in ("en", "hi"):
            words = describe({"value": v}, None, lang)
            assert "XX" not in words and "_REF" not in words and words, (v, lang, words)


@pytest.mark.parametrize(
    ("date", "reported", "day", "basis"),
    [
        ({"value": "2025-06-26"}, "2025-06-27", "2025-06-26", "date"),
        ({"value": "2025-06"}, "2025-07-02", "2025-06-01", "month"),
        ({"value": "XXXX-WXX-4"}, "2025-06-27", "2025-06-27", "report"),
        ({"value": None, "not_after": "2021-12-06"}, None, "2021-12-06", "bound"),
        ({"value": "XXXX-07-14", "year": "2021"}, None, "2021-07-14", "date"),
        (None, None, None, "none"),
    ],
)  # fmt: skip
def test_every_event_finds_a_place_on_the_axis(date: dict | None, reported: str | None, day: str | None,
                                               basis: str) -> None:  # fmt: skip
    assert placement(date, reported) == (day, basis)
    w = when(date, reported)
    assert (w["day"], w["basis"]) == (day, basis) and w["en"] and w["hi"]


def test_a_bad_day_is_not_a_day() -> None:
    assert day_words("2025-02-30") == ""
    assert placement({"value": "2025-02-30"}, None) == (None, "none")


def test_outlet_is_the_name_else_the_site_else_the_file() -> None:
    assert outlet("feed.rss#x", {"source": "Dainik Example"}) == "Dainik Example"
    assert outlet("https://www.example.in/world/1.html") == "example.in"
    assert outlet("pages.jsonl#L3", {"url": "https://news.example.com/a"}) == "news.example.com"
    assert outlet("corpus/07_rafale.html") == "07_rafale.html"


def test_flat_event_rows_parse_back_as_csv() -> None:
    rec = {
        "event_id": "ev:1", "type": "CONSULT", "mode": "meet", "cameo": "040", "modality": "occurred",
        "negated": False, "date": {"value": "2025-06-26"}, "reported": "2025-06-26",
        "actors": [{"entity_id": "person:x", "name": "एक्स", "role": "source", "affiliation": "country:in"},
                   {"entity_id": "country:ru", "name": "रूस", "role": "target", "affiliation": None},
                   {"entity_id": "country:cn", "name": "चीन", "role": "participant"}],
        "place": {"entity_id": "city:qingdao", "name": "छिंगदाओ"},
        "evidence": [{"doc_id": "d1", "start": 0, "end": 5, "text": "वाक्य, \"उद्धरण\"\nदूसरी पंक्ति"}],
        "doc_ids": ["d1", "d2"],
        "sources": [{"doc_id": "d1", "outlet": "a.in", "url": "https://a.in/1"}, {"doc_id": "d2", "outlet": "b.in"}],
    }  # fmt: skip
    row = flat_event(rec)
    assert (row["actor1_country"], row["actor2_country"], row["others"]) == ("IN", "RU", "चीन")
    assert row["first_source_url"] == "https://a.in/1" and row["sources"] == 2 and row["date"] == "2025-06-26"
    text = csv_text([row], EVENT_COLUMNS)
    back = list(csv.DictReader(io.StringIO(text)))
    assert len(back) == 1 and back[0]["evidence"] == rec["evidence"][0]["text"]
    assert list(back[0]) == list(EVENT_COLUMNS)


def test_csv_cells_are_json_never_python_reprs() -> None:
    text = csv_text([{"a": {"x": "y"}, "b": [1, 2], "c": None, "d": True}])
    assert text.splitlines()[1] == '"{""x"": ""y""}","[1, 2]",,true'
