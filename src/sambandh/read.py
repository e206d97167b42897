"""Read stage: files, folders, JSON/JSONL, HTML, RSS/Atom, WARC and stdin, streamed.

Each reader yields ``RawRecord`` objects one at a time; no corpus is held in memory. A
container that is broken in one place (a malformed JSON line) yields a record carrying the
error for that place and goes on with the rest.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .config import Config
from .errors import ParseError, TooLargeError, UsageError
from .model import RawRecord

TEXT_FIELDS = ("text", "body", "content", "article", "article_text", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = (
    "published",
    "date",
    "pubDate",
    "pub_date",
    "published_at",
    "datePublished",
    "publish_date",
    "date_publish",
)
URL_FIELDS = ("url", "link", "href")
LANG_FIELDS = ("language", "lang")
SOURCE_FIELDS = ("source", "site", "outlet", "publisher")

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}


URL_PREFIXES = ("http://", "https://")


def is_url(value: str) -> bool:
    """Whether an input names a web address rather than a file."""
    return value.lower().startswith(URL_PREFIXES)


def printable(name: str) -> str:
    """A file name as text that can be stored and printed on one line: undecodable bytes as
    ``\\xNN``, control characters (newlines, escape sequences) as escapes.
    """
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def read_paths(paths: Iterable[str], config: Config, stdin: BinaryIO | None = None,
               fetcher: Any = None) -> Iterator[RawRecord]:  # fmt: skip
    """Yield raw records from every path (``-`` is standard input; folders recurse; web
    addresses of feeds and pages are fetched through ``fetcher``, a ``sambandh.fetch.Fetcher``).

    Raises:
        UsageError: A path does not exist, or a web address comes without a fetcher.
    """
    for p in paths:
        if p == "-":
            yield from _read_stream("<stdin>", stdin or sys.stdin.buffer, config)
            continue
        if is_url(p):
            if fetcher is None:
                raise UsageError(
                    f"cannot fetch {printable(p)} here: web addresses are read by 'sambandh ingest' and 'watch'"
                )
            yield from fetcher.records(p)
            continue
        path = Path(p)
        if not path.exists():
            raise UsageError(f"no such file or folder: {printable(p)}")
        if path.is_dir():
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=unreadable.append):
                while unreadable:  # a folder that cannot be listed is kept as a quarantine row, not skipped
                    exc = unreadable.pop()
                    yield RawRecord(printable(str(exc.filename or root)), None,
                                    error=ParseError(f"cannot read folder: {exc.strerror or exc}"))  # fmt: skip
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield from read_file(Path(root) / name, config)
            for exc in unreadable:
                yield RawRecord(printable(str(exc.filename or path)), None,
                                error=ParseError(f"cannot read folder: {exc.strerror or exc}"))  # fmt: skip
        else:
            yield from read_file(path, config)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many records ``read_paths`` will yield, when that is known without reading: the
    number of files when every input is one article (text, HTML); ``None`` when standard
    input or a file that holds many records (JSON, JSONL, feeds, WARC) is among them.
    """
    n = 0
    many = FEED_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | {".json", ".gz"}
    for p in paths:
        if p == "-":
            return None
        for f in walk_files(Path(p)):
            if _suffix(f) in many:
                return None
            n += 1
    return n


def walk_files(path: Path) -> Iterator[Path]:
    """The files under ``path`` in the order ``read_paths`` reads them (folders sorted, hidden names
    skipped); ``path`` itself when it is a file; nothing when it does not exist.
    """
    if path.is_file():
        yield path
    elif path.is_dir():
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            yield from (Path(root) / name for name in sorted(names) if not name.startswith("."))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return ".warc"
    return path.suffix.lower()


def is_warc(path: Path) -> bool:
    """Whether ``read_file`` reads ``path`` as a WARC (or ARC) file, compressed or not."""
    return _suffix(path) in WARC_SUFFIXES


def read_file(path: Path, config: Config, part: JsonlPart | WarcPart | None = None) -> Iterator[RawRecord]:
    """Yield the records of one file, chosen by its suffix (and content for the rest).

    Args:
        path: The file.
        config: Limits (``max_document_bytes``) and reader settings.
        part: For a JSON Lines file, only the lines of this byte range (``jsonl_parts``); for a
            WARC file, only the records that start in it (``warc_parts``).
    """
    source = printable(str(path))
    suffix = _suffix(path)
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, config.max_document_bytes, part if isinstance(part, JsonlPart) else None)
            return
        if suffix in WARC_SUFFIXES:
            yield from _read_warc(path, config, part if isinstance(part, WarcPart) else None)
            return
        if size > config.max_document_bytes:
            yield RawRecord(
                source,
                None,
                size=size,
                error=TooLargeError(
                    f"{size:,} bytes is over the {config.max_document_bytes:,}-byte limit for one article"
                ),
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield RawRecord(source, None, error=ParseError(f"cannot read file: {exc.strerror or exc}"))
        return
    yield from records_from_bytes(source, data, suffix)


def records_from_bytes(source: str, data: bytes, suffix: str) -> Iterator[RawRecord]:
    """The records in one input's bytes: JSON, a feed's entries, an HTML page or text (by suffix, else content)."""
    head = data[:2048].lstrip().lower()
    if suffix == ".json" or (suffix not in HTML_SUFFIXES and head[:1] in (b"{", b"[")):
        yield from _read_json(source, data)
    elif suffix in FEED_SUFFIXES or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        yield from _read_feed(source, data)
    elif suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        yield RawRecord(source, data, kind="html", size=len(data))
    else:
        yield RawRecord(source, data, kind="text", size=len(data))


def _read_stream(source: str, stream: BinaryIO, config: Config) -> Iterator[RawRecord]:
    data = stream.read(config.max_document_bytes + 1)
    if len(data) > config.max_document_bytes:
        yield RawRecord(
            source, None, error=TooLargeError(f"standard input is over the {config.max_document_bytes:,}-byte limit")
        )
        return
    head = data[:2048].lstrip()
    if head[:1] == b"{" and b"\n{" in data:
        for n, line in enumerate(data.splitlines(), 1):
            if line.strip():
                yield _record_from_json_line(f"{source}#L{n}", line)
        return
    yield from records_from_bytes(source, data, "")


_SURROGATE = re.compile("[\ud800-\udfff]")


def first(d: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The value of the first of ``names`` present in ``d`` (``None`` if none is)."""
    for n in names:
        if n in d and d[n] is not None:
            return d[n]
    return None


def record_from_obj(source: str, obj: Any) -> RawRecord:
    """Turn a JSON object with news fields into a raw record."""
    if not isinstance(obj, dict):
        return RawRecord(source, None, error=ParseError("JSON value is not an object"))
    text = first(obj, TEXT_FIELDS)
    if not isinstance(text, str):
        expected = ", ".join(TEXT_FIELDS[:3])
        return RawRecord(source, None, error=ParseError(f"JSON object has no text field ({expected}, ...)"))
    if _SURROGATE.search(text):
        # a lone surrogate escape ("\ud800") is no character: it becomes U+FFFD, as undecodable bytes do
        text = _SURROGATE.sub("\ufffd", text)
    meta: dict[str, Any] = {}
    for key, names in (
        ("published", DATE_FIELDS),
        ("url", URL_FIELDS),
        ("language", LANG_FIELDS),
        ("source", SOURCE_FIELDS),
    ):
        value = first(obj, names)
        if value is not None:
            meta[key] = value
    for name in TITLE_FIELDS:
        if name in obj:
            meta["title"] = obj[name] if isinstance(obj[name], str) else ""
            break
    if "id" in obj:
        meta["id"] = str(obj["id"])
    stripped = text.lstrip()[:200].lower()
    kind = (
        "html"
        if stripped.startswith("<") and ("<p" in stripped or "<div" in stripped or "<html" in stripped)
        else "record"
    )
    return RawRecord(source, text, kind=kind, meta=meta, size=len(text.encode("utf-8", "surrogatepass")))


def _record_from_json_line(source: str, line: bytes) -> RawRecord:
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return RawRecord(source, line, error=ParseError(f"malformed JSON line: {exc}"))
    except RecursionError:
        return RawRecord(source, line, error=ParseError("JSON line nested too deeply"))
    return record_from_obj(source, obj)


@dataclass(frozen=True)
class JsonlPart:
    """The lines of a JSON Lines file that start in ``[start, end)``; ``first_line`` is the number of
    the first (line numbers name the records, as when the whole file is read).
    """

    start: int
    end: int
    first_line: int


def jsonl_parts(path: Path, part_bytes: int) -> list[JsonlPart]:
    """A JSON Lines file cut into parts of about ``part_bytes`` at line starts, each with the number
    of its first line, so that readers of the parts name each record as one reader of the file would.
    """
    size = path.stat().st_size
    starts = [0]
    with path.open("rb") as fh:
        while starts[-1] + part_bytes < size:
            fh.seek(starts[-1] + part_bytes)
            fh.readline()  # on to the start of the next line
            if fh.tell() >= size:
                break
            starts.append(fh.tell())
        # line numbers: the newlines before each start, counted a megabyte at a time
        lines, at, out = 1, 0, []
        fh.seek(0)
        for k, start in enumerate(starts):
            while at < start:
                chunk = fh.read(min(1 << 20, start - at))
                lines += chunk.count(b"\n")
                at += len(chunk)
            out.append(JsonlPart(start, starts[k + 1] if k + 1 < len(starts) else size, lines))
    return out


def read_jsonl(path: Path, max_bytes: int = 5_000_000, part: JsonlPart | None = None) -> Iterator[RawRecord]:
    """Yield one record per non-empty line of a JSON Lines file (of ``part`` of it); a line over
    ``max_bytes`` is reported as too large and skipped without being held in memory.
    """
    name = printable(str(path))
    with path.open("rb") as fh:
        n = 0
        if part is not None:
            fh.seek(part.start)
            n = part.first_line - 1
        while (part is None or fh.tell() < part.end) and (line := fh.readline(max_bytes + 1)):
            n += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line)
                while chunk := fh.readline(1 << 20):  # skip to the end of the line, a megabyte at a time
                    size += len(chunk)
                    if chunk.endswith(b"\n"):
                        break
                yield RawRecord(f"{name}#L{n}", None, size=size, error=TooLargeError(
                    f"line of {size:,} bytes is over the {max_bytes:,}-byte limit for one article"))  # fmt: skip
                continue
            if line.strip():
                yield _record_from_json_line(f"{name}#L{n}", line)


def _read_json(source: str, data: bytes) -> Iterator[RawRecord]:
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        yield RawRecord(source, data, error=ParseError(f"malformed JSON: {exc}"))
        return
    except RecursionError:
        yield RawRecord(source, data, error=ParseError("JSON nested too deeply"))
        return
    items = obj if isinstance(obj, list) else obj.get("articles", [obj]) if isinstance(obj, dict) else [obj]
    if not isinstance(items, list):
        yield RawRecord(source, data, error=ParseError(f"JSON 'articles' is a {type(items).__name__}, not a list"))
        return
    if not items:
        yield RawRecord(source, data, error=ParseError("JSON file holds no articles"))
        return
    for i, item in enumerate(items):
        yield record_from_obj(source if len(items) == 1 else f"{source}#{i}", item)


def _read_feed(source: str, data: bytes) -> Iterator[RawRecord]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield RawRecord(source, data, error=ParseError(f"feed has no readable entries: {reason}"))
        return
    for i, entry in enumerate(feed.entries):
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry["content"]), key=len)
        content = content or entry.get("summary", "") or entry.get("description", "")
        meta: dict[str, Any] = {"title": entry.get("title", "")}
        published = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
        if published:
            meta["published"] = published
        if entry.get("link"):
            meta["url"] = entry["link"]
        if feed.feed.get("title"):
            meta["source"] = feed.feed["title"]
        if feed.feed.get("language"):
            meta["language"] = feed.feed["language"]
        name = f"{source}#{entry.get('id') or entry.get('link') or i}"
        yield RawRecord(name, content, kind="fragment", meta=meta, size=len(content.encode("utf-8")))


@dataclass(frozen=True)
class WarcPart:
    """The records of a WARC file that start in ``[start, end)``; ``first_record`` is the number of the
    first, counting every record of the file from 1 whatever its type (the numbers order the records as
    one reader of the whole file does). The last part (``end`` at the file's size) reads on to the end
    of the file with the whole read's checks: a place that cannot be read, a compressed member cut short.
    """

    start: int
    end: int
    first_record: int


def warc_parts(path: Path, part_bytes: int) -> list[WarcPart]:
    """A WARC file cut into parts of about ``part_bytes`` at record starts, from one pass that notes
    where each record starts (records are skipped, not read).

    In a ``.warc.gz`` a record starts where its gzip member does: warcio reads only files whose
    records are separate members, so each record start is a place to seek to. A file that is one
    single gzip member cannot be cut (nor read past its first record: warcio reports it); an ARC
    file is not cut either. The pass stops where the file cannot be read further: no part starts
    after that place, so the last part meets it as the whole read does.
    """
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    cuts = [(0, 1)]
    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        try:
            for n, rec in enumerate(iterator, 1):
                if rec.format != "warc":
                    return [WarcPart(0, size, 1)]
                # iterator.offset: where this record starts (for .warc.gz, its member's first byte)
                if iterator.offset >= cuts[-1][0] + part_bytes:
                    cuts.append((iterator.offset, n))
        except Exception:  # noqa: BLE001 - whatever stops the pass, the last part reads from here as the whole read does
            pass
    ends = [start for start, _ in cuts[1:]] + [size]
    return [WarcPart(start, end, first) for (start, first), end in zip(cuts, ends, strict=True)]


def _read_warc(path: Path, config: Config, part: WarcPart | None = None) -> Iterator[RawRecord]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # a part stops at the first record of the next one; the last part (or the whole file) reads on
    stop = part.end if part is not None and part.end < path.stat().st_size else None
    with path.open("rb") as fh:
        if part is not None:
            fh.seek(part.start)
        try:
            iterator = ArchiveIterator(fh)
            for rec in iterator:
                if stop is not None and iterator.offset >= stop:
                    return
                if rec.rec_type not in ("response", "resource"):
                    continue
                uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or (
                    rec.rec_headers.get_header("Content-Type") or ""
                )
                if "html" not in ctype and "text/plain" not in ctype:
                    continue
                source = f"{printable(str(path))}#{printable(uri)}"
                data = rec.content_stream().read(config.max_document_bytes + 1)
                if len(data) > config.max_document_bytes:
                    yield RawRecord(source, None, error=TooLargeError("WARC record is over the size limit"))
                    continue
                meta = {"url": uri, "crawled": rec.rec_headers.get_header("WARC-Date")}
                yield RawRecord(source, data, kind="html" if "html" in ctype else "text", meta=meta, size=len(data))
        except ArchiveLoadFailed as exc:
            yield RawRecord(printable(str(path)), None, error=ParseError(f"not a readable WARC file: {exc}"))
            return
    if stop is None and path.name.lower().endswith(".gz") and not _gzip_complete(path, part.start if part else 0):
        # warcio stops quietly where a compressed member is cut short: the records before the cut
        # are kept, the file is reported (a part checks from its start: the members before it were
        # read to their ends when the parts were cut)
        yield RawRecord(printable(str(path)) + "#truncated", None,
                        error=ParseError("WARC file is cut short (a compressed member ends early); "
                                         "the records before the cut were read"))  # fmt: skip


def _gzip_complete(path: Path, start: int = 0) -> bool:
    """Whether every gzip member of a file (from byte ``start``, a member's start) runs to its end-of-stream marker."""
    import gzip
    import zlib

    try:
        with path.open("rb") as fh:
            fh.seek(start)
            with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                while gz.read(1 << 20):
                    pass
    except (EOFError, OSError, zlib.error):
        return False
    return True
