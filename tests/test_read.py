import io
import json

from sambandh.config import Config
from sambandh.read import read_paths

CFG = Config()
BODY = "नई दिल्ली: भारत और फ्रांस ने रक्षा सहयोग पर एक नए समझौते पर हस्ताक्षर किए।"


def records(*paths, stdin=None):
    return list(read_paths([str(p) for p in paths], CFG, stdin=stdin))


def test_jsonl_malformed_line_is_one_error_and_the_rest_goes_on(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "1", "text": BODY, "title": "", "date": "2024-01-02"})
        + "\n{broken\n"
        + json.dumps({"body": BODY})
        + "\n",
        encoding="utf-8",
    )
    recs = records(f)
    assert [r.error is None for r in recs] == [True, False, True]
    assert recs[0].meta == {"id": "1", "title": "", "published": "2024-01-02"}
    assert recs[1].source.endswith("#L2") and "malformed JSON" in str(recs[1].error)


def test_json_list_and_html_and_text_by_suffix(tmp_path):
    (tmp_path / "b.json").write_text(
        json.dumps([{"text": BODY}, {"content": BODY, "headline": "शीर्षक"}]), encoding="utf-8"
    )
    (tmp_path / "c.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    (tmp_path / "d.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    recs = records(tmp_path)
    assert [r.kind for r in recs] == ["record", "record", "html", "text"]
    assert recs[1].meta["title"] == "शीर्षक"


def test_feed_entries(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>फ़ीड</title>'
        "<item><title>पहली</title><guid>g1</guid><pubDate>Tue, 02 Jan 2024 10:00:00 +0530</pubDate>"
        f"<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>"
        f"<item><title>दूसरी</title><guid>g2</guid><description>{BODY}</description></item></channel></rss>",
        encoding="utf-8",
    )
    recs = records(feed)
    assert [r.meta["title"] for r in recs] == ["पहली", "दूसरी"]
    assert recs[0].kind == "fragment" and recs[0].meta["published"].tm_year == 2024


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(2):
            payload = f"<html><body><p>{BODY} {i}</p></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"https://example.org/{i}", "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(rec)
    recs = records(path)
    assert [r.meta["url"] for r in recs] == ["https://example.org/0", "https://example.org/1"]
    assert all(r.kind == "html" for r in recs)


def test_stdin_text_and_jsonl():
    recs = list(read_paths(["-"], CFG, stdin=io.BytesIO(BODY.encode())))
    assert len(recs) == 1 and recs[0].source == "<stdin>"
    lines = (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY + " फिर"}) + "\n").encode()
    assert len(list(read_paths(["-"], CFG, stdin=io.BytesIO(lines)))) == 2


def test_too_large_file_is_not_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    recs = list(read_paths([str(big)], Config(max_document_bytes=1000)))
    assert recs[0].data is None and recs[0].error is not None and recs[0].error.code == "too_large"


def test_json_that_holds_no_list_nests_too_deep_or_is_empty_is_quarantined_with_its_reason(tmp_path):
    from sambandh.config import Config
    from sambandh.read import read_file

    cases = {
        "articles.json": b'{"articles": 5}',
        "empty.json": b"[]",
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "deep.jsonl": b'{"text": "ok line"}\n' + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        recs = list(read_file(tmp_path / name, Config.build()))
        assert recs, name
        assert any(r.error is not None for r in recs), name
    good = [r for r in read_file(tmp_path / "deep.jsonl", Config.build()) if r.error is None]
    assert len(good) == 1  # the good line of the same file is kept


def test_a_lone_surrogate_escape_in_jsonl_becomes_a_replacement_character(tmp_path):
    from sambandh.config import Config
    from sambandh.read import read_file

    f = tmp_path / "s.jsonl"
    f.write_text('{"text": "भारत ने \\ud800 पाकिस्तान से बात की"}\n', encoding="utf-8")
    (rec,) = list(read_file(f, Config.build()))
    assert rec.error is None and "\ufffd" in rec.data and "\ud800" not in rec.data


def test_a_warc_cut_short_keeps_the_records_before_the_cut_and_reports_the_file(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    whole = tmp_path / "whole.warc.gz"
    with whole.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(3):
            payload = f"<html><body><p>{BODY} {i}</p></body></html>".encode() * 20
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.org/{i}", "response",
                                               payload=io.BytesIO(payload), http_headers=headers)  # fmt: skip
            writer.write_record(record)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 40])
    assert all(r.error is None for r in records(whole))
    recs = records(cut)
    errors = [r for r in recs if r.error is not None]
    assert len(errors) == 1 and "cut short" in str(errors[0].error), [str(r.error) for r in errors]
    assert [r.meta["url"] for r in recs if r.error is None][:2] == ["https://example.org/0", "https://example.org/1"]


def test_file_names_with_undecodable_bytes_or_control_characters_are_printable(tmp_path):
    import os

    from sambandh.read import printable

    d = tmp_path / "in"
    d.mkdir()
    os.makedirs(os.fsencode(d), exist_ok=True)
    (d / "plain.txt").write_text(BODY, encoding="utf-8")
    with open(os.fsencode(d) + b"/x\xff.txt", "wb") as fh:
        fh.write(BODY.encode())
    (d / "new\nline\x1b[31m.txt").write_text(BODY, encoding="utf-8")
    recs = records(d)
    assert len(recs) == 3 and all(r.error is None for r in recs)
    for r in recs:
        assert r.source.isprintable(), r.source
        r.source.encode("utf-8")  # storable
    assert any(r.source.endswith("x\\xff.txt") for r in recs)
    assert printable("a\nb") == "a\\nb"


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tmp_path, monkeypatch):
    import os

    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):
        if onerror is not None:
            onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    recs = records(tmp_path)
    bad = [r for r in recs if r.error is not None]
    assert len(bad) == 1 and "cannot read folder" in str(bad[0].error) and bad[0].source.endswith("locked")
    assert sum(r.error is None for r in recs) == 1


def test_a_jsonl_line_over_the_size_limit_is_skipped_unread_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"text": "क" * 6_000_000}, ensure_ascii=False)
    lines = [json.dumps({"text": BODY}), huge, json.dumps({"text": BODY + " २"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = records(path)
    assert [r.error is None for r in recs] == [True, False, True]
    assert "over the" in str(recs[1].error) and recs[1].data is None and recs[1].size > 6_000_000
    assert [r.source.rsplit("#", 1)[1] for r in recs] == ["L1", "L2", "L3"]


_SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".xml", ".rss", ".warc", ".warc.gz", ""]
_PIECES = ['{"text": "', '"}', "[", "]", "{", "}", '"articles": ', "\n", "<html><body><p>", "</p>",
           "<rss><channel><item>", "<description>", "\\ud800", "\\u0000", "भारत ने रूस से बात की। ", "WARC/1.0\r\n",
           "\x00", "\xff", "null", "5"]  # fmt: skip


def _fuzz_inputs():
    from hypothesis import strategies as st

    text = st.lists(st.sampled_from(_PIECES) | st.text(max_size=20), max_size=30).map("".join)
    raw = st.one_of(text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=400))
    return st.tuples(st.sampled_from(_SUFFIXES), raw)


def test_readers_and_the_first_stages_never_raise_on_any_input(tmp_path_factory):
    """Fuzzed files of every kind the readers know: each input gives records or one error, and the
    decode, clean and segment stages give an article or a rejection with a reason, never a bug."""
    from hypothesis import HealthCheck, given, settings

    from sambandh.pipeline import Pipeline, article_stages

    stages = [s for s in article_stages(CFG) if s.name in ("decode", "extract", "clean", "language", "segment")]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_fuzz_inputs())
    def run(case):
        suffix, data = case
        folder = tmp_path_factory.mktemp("fuzz")
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        recs = records(path)
        assert all(r.source.isprintable() for r in recs)
        for item in Pipeline(stages).run(iter(recs)):
            # a stage that fails is caught and the input kept as "internal": that is a bug here
            assert getattr(item, "code", None) != "internal", (suffix, data[:200], getattr(item, "reason", ""))

    run()
