"""The five seed articles, read from ../shared at run time (never copied here)."""

import json
import re

import pytest
from conftest import run_cli, shared_path

from sambandh.normalize import fold
from sambandh.segment import split_sentences


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    seeds = shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "s.duckdb"
    first = run_cli("ingest", str(seeds), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr
    again = run_cli("ingest", str(seeds), "--db", str(db), "--json")
    out = run_cli("export", "documents", "--db", str(db))
    docs = {
        json.loads(line)["source"].rsplit("/", 1)[-1][:3]: json.loads(line) for line in out.stdout.decode().splitlines()
    }
    return json.loads(first.stdout), json.loads(again.stdout), docs, seeds


def test_five_stored_then_none(exported):
    first, again, docs, _ = exported
    assert first["new"] == 5 and again["new"] == 0 and len(docs) == 5


def test_titles_datelines_and_dates(exported):
    _, _, docs, _ = exported
    assert all(d["title"] for d in docs.values())
    assert (docs["000"]["dateline"]["place"], docs["000"]["dateline"]["agency"]) == ("चीन", "ANI")
    assert (docs["003"]["dateline"]["place"], docs["003"]["dateline"]["agency"]) == ("नई दिल्ली", "प्रेट्र")
    assert docs["004"]["published"] == "2021-09-30"
    assert docs["004"]["published_source"] == "text"
    for d in docs.values():  # no title is kept twice at the top of the text
        assert not fold(d["text"]).startswith(fold(d["title"]) + " " + fold(d["title"]))


def test_chrome_is_boilerplate_not_text(exported):
    _, _, docs, _ = exported
    for key in ("002", "004"):
        d = docs[key]
        assert d["boilerplate"], key
        for line in d["boilerplate"]:
            if len(line) < 40:  # short chrome lines must be gone from the text
                assert line.strip() not in d["text"].split("\n"), (key, line)
    text4 = docs["004"]["text"]
    for chrome in ("Comments", "@trpresidency", "cg news", "30-Sep-2021"):
        assert chrome not in text4
    assert "Latest World News" not in docs["002"]["text"] and "Image Source" not in docs["002"]["text"]


def test_every_content_sentence_is_kept(exported):
    _, _, docs, seeds = exported
    for path in sorted(seeds.glob("*.txt")):
        d = docs[path.name[:3]]
        text, title = fold(d["text"]), fold(d["title"])
        raw = path.read_text(encoding="utf-8")
        chrome = {b.strip() for b in d["boilerplate"]}
        for line in raw.splitlines():
            if line.strip() in chrome:
                continue
            for s in split_sentences(line):
                sent = line[s.start : s.end]
                if len(sent.split()) < 6:
                    continue
                key = fold(re.sub(r"^.{0,40}?(?:\(\w+\)\s*:|प्रेट्र।|:)\s*", "", sent) if s.start == 0 else sent)
                key = fold(re.sub(r"\s*\((?:ANI|bbc\.com)\)\s*$", "", key, flags=re.I))
                assert key.rstrip("।.") in text or key.rstrip("।. ?") in title, (path.name, sent[:60])
