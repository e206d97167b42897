"""A WARC file read in parts (the Spark engine's unit of work for a large crawl) names, orders and
rejects its records exactly as one reader of the whole file does: plain and gzip-compressed files,
with records that are not read (warcinfo, requests, images), a record over the size limit, a
place that is no record at all, and a compressed file cut short. A file that is one single gzip
member is not cut. On Spark (local[2]; skipped where PySpark or Java is missing) a WARC ingested
with a tiny part size gives the lake records of one ingested whole.
"""

from __future__ import annotations

import gzip
import io
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPARK_CONF, SPARK_MARKS

from sambandh.config import Config
from sambandh.model import RawRecord
from sambandh.read import WarcPart, read_file, warc_parts

CONFIG = Config.build(max_document_bytes=6000)


def _members(gz: bool, bad: bool = False) -> list[bytes]:
    """The records of a small crawl, each written on its own (a gzip member each when ``gz``)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out: list[bytes] = []

    def add(uri: str | None, kind: str, payload: bytes = b"", **kw: Any) -> None:
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=gz)
        if kind == "warcinfo":
            writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "a test of our own"}))
        else:
            # a fixed id and date: a random id changes how the member compresses, and so where the cut below falls
            fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{len(out):012d}>",
                     "WARC-Date": "2024-05-02T00:00:00Z"}  # fmt: skip
            writer.write_record(writer.create_warc_record(uri, kind, payload=io.BytesIO(payload),
                                                          warc_headers_dict=fixed, **kw))  # fmt: skip
        out.append(buf.getvalue())

    add(None, "warcinfo")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))][:8]
    for i, text in enumerate(texts):
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        body = f"<html><head><title>{i}</title></head><body>{paragraphs}</body></html>".encode()
        if i == 4:
            body += b"<!-- padding -->" * 500  # over the 6,000-byte limit: rejected where it stands
        ctype = "image/png" if i == 2 else "text/html; charset=utf-8"
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        add(f"https://news.example/{i}", "response", body, http_headers=http)
        if i == 1:
            add(f"https://news.example/{i}", "request", b"GET /1 HTTP/1.1\r\n\r\n")
            add("https://news.example/notes.txt", "resource", text.encode(), warc_content_type="text/plain")
        if i == 3 and bad:
            junk = b"these lines are\r\nno record at all\r\n\r\n"
            out.append(gzip.compress(junk) if gz else junk)
    return out


def _key(r: RawRecord) -> tuple[Any, ...]:
    return (r.source, r.data, r.kind, r.meta, type(r.error).__name__, str(r.error))


def _build(path: Path, gz: bool, bad: bool, cut: bool) -> None:
    data = b"".join(_members(gz, bad))
    path.write_bytes(data[:-60] if cut else data)


CASES = [(gz, bad, cut) for gz in (False, True) for bad in (False, True) for cut in (False, True)]


@pytest.mark.parametrize(("gz", "bad", "cut"), CASES)
@pytest.mark.parametrize("part_bytes", [1, 900, 4000, 10**9])
def test_parts_read_as_the_whole_file(tmp_path: Path, gz: bool, bad: bool, cut: bool, part_bytes: int) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _build(path, gz, bad, cut)
    whole = [_key(r) for r in read_file(path, CONFIG)]
    parts = warc_parts(path, part_bytes)
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size
    assert all(a.end == b.start and a.first_record < b.first_record for a, b in pairwise(parts))
    assert (len(parts) > 1) == (part_bytes < path.stat().st_size)
    pieces = [_key(r) for p in parts for r in read_file(path, CONFIG, p)]
    assert pieces == whole
    # what the whole read gives: six pages and the text resource, the large page rejected in its place;
    # a place that is no record is reported and nothing after it is read; a cut is reported at the end
    errors = [(source.rsplit("#", 1)[-1], error) for source, _, _, _, error, _ in whole if error != "NoneType"]
    too_large = ("https://news.example/4", "TooLargeError")
    if bad:
        assert len(whole) == 5 and errors == [(str(path), "ParseError")]
    elif cut and gz:
        assert len(whole) == 9 and errors == [too_large, ("truncated", "ParseError")]
    else:
        assert len(whole) == 8 and errors == [too_large]


def test_a_part_reads_only_the_records_that_start_in_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _build(path, gz=True, bad=False, cut=False)
    parts = warc_parts(path, 1)  # every record a part of its own: warcinfo, 0, 1, request, resource, 2, ...
    assert [p.first_record for p in parts] == list(range(1, 12))
    assert [r.meta["url"] for r in read_file(path, CONFIG, parts[4])] == ["https://news.example/notes.txt"]
    assert list(read_file(path, CONFIG, parts[3])) == []  # a request is not read


def test_one_single_gzip_member_is_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"".join(_members(gz=False))))
    parts = warc_parts(path, 1)
    assert len(parts) == 1 and (parts[0].start, parts[0].end) == (0, path.stat().st_size)
    (only,) = list(read_file(path, CONFIG, parts[0]))  # warcio reads no further than the first record
    assert only.error is not None and "single gzip" in str(only.error)


def test_an_arc_file_is_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    head = b"1 0 Our test\nURL IP-address Archive-date Content-type Archive-length\n"
    data = b"filedesc://old.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(head) + head + b"\n"
    for i in range(3):
        body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>%d</p></html>" % i
        data += b"http://news.example/%d 192.0.2.1 20240101000000 text/html %d\n" % (i, len(body)) + body + b"\n"
    path.write_bytes(data)
    assert warc_parts(path, 1) == [WarcPart(0, len(data), 1)]
    assert len(list(read_file(path, CONFIG))) == 3


def test_spark_tasks_cut_a_large_warc_and_number_its_rows_in_file_order(tmp_path: Path) -> None:
    from sambandh.spark import _rows_of, _tasks

    warc, small = tmp_path / "crawl.warc.gz", tmp_path / "small.warc"
    _build(warc, gz=True, bad=True, cut=False)
    small.write_bytes(b"".join(_members(gz=False)[:2]))
    todo = [(0, str(warc)), (1, str(small))]
    tasks = _tasks(todo, 1500)
    assert [t[0] for t in tasks].count(0) > 2 and [t for t in tasks if t[0] == 1] == [(1, str(small), -1, -1, 1)]

    def rows(tasks: list[tuple[int, str, int, int, int]]) -> list[tuple[Any, ...]]:
        out = sorted(_rows_of(CONFIG, tasks), key=lambda r: (r["seq_file"], r["seq_rec"]))
        return [(r["seq_file"], r["kind"], r["source"], r["doc_id"], r["code"]) for r in out]

    parted, whole = rows(tasks), rows(_tasks(todo, 10**9))
    assert parted == whole and len(whole) == 6
    assert [r[1] for r in whole if r[0] == 0] == ["article"] * 4 + ["rejected"]


@SPARK_MARKS[0]
@SPARK_MARKS[1]
def test_spark_ingests_a_warc_in_parts_as_whole(tmp_path: Path) -> None:
    # one Spark ingest with a tiny part size against the rows a task reading each file whole writes
    # (what an ingest with a huge part size gives: its mapper runs _rows_of on whole files), as a
    # second ingest would double the time of a test that also runs the global stages
    import duckdb

    from sambandh.spark import _rows_of, _tasks, ingest_lake, input_files

    folder = tmp_path / "in"
    folder.mkdir()
    _build(folder / "crawl.warc.gz", gz=True, bad=False, cut=True)
    _build(folder / "plain.warc", gz=False, bad=True, cut=False)
    config = Config.build(db=tmp_path / "unused.duckdb", max_document_bytes=6000)
    report = ingest_lake([str(folder)], config, tmp_path / "lake", SPARK_CONF, part_bytes=1500)
    assert report.parts > 6
    with duckdb.connect() as con:
        lake = con.execute(f"SELECT kind, source, doc_id, raw_hash, code, reason, record FROM read_parquet("
                           f"'{tmp_path}/lake/records/*/*/*/*.parquet', hive_partitioning = 1) "
                           "ORDER BY seq_file, seq_rec").fetchall()  # fmt: skip
    todo = list(enumerate(input_files([str(folder)])))
    whole = sorted(_rows_of(config, _tasks(todo, 10**9)), key=lambda r: (r["seq_file"], r["seq_rec"]))
    fields = ("kind", "source", "doc_id", "raw_hash", "code", "reason", "record")
    assert lake == [tuple(r[f] for f in fields) for r in whole]
    assert report.articles == sum(r["kind"] == "article" for r in whole) >= 10
    # the large page, the page the cut leaves half a character of, the cut; the place that is no record
    rejected = [(source.rsplit("/", 1)[-1], code) for kind, source, _, _, code, _, _ in lake if kind == "rejected"]
    assert rejected == [("4", "too_large"), ("7", "undecodable"), ("crawl.warc.gz#truncated", "malformed"),
                        ("plain.warc", "malformed")]  # fmt: skip
