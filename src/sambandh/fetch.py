"""Fetch: feeds and pages from the web, politely, each item once.

``sambandh ingest https://…/rss`` and ``sambandh watch`` read web addresses through a
:class:`Fetcher`: it asks each host's ``robots.txt`` first, waits ``fetch_delay`` seconds
between requests to one host, gives up after ``fetch_timeout``, sends the validators of the
last fetch (``If-None-Match``, ``If-Modified-Since``) so an unchanged feed costs one ``304``,
and remembers in the store what it fetched, so a restart fetches nothing twice. A feed
entry's page is fetched once for its whole text (``fetch_follow``); an entry already fetched
or stored is skipped. A failure becomes one quarantine row (code ``fetch``) and is tried
again on the next run; a later success removes the row.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .config import Config
from .errors import FetchError
from .model import RawRecord
from .read import is_url, records_from_bytes


@dataclass(frozen=True, slots=True)
class Response:
    """What one fetch gave: the status, the body (``None`` for ``304`` or a failure) and the validators."""

    url: str
    status: int | None
    body: bytes | None
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


class Fetcher:
    """Fetches web addresses for one run, over one HTTP client, remembering what it did in ``store``.

    Args:
        config: ``fetch_timeout``, ``fetch_delay``, ``fetch_follow``, ``user_agent``, ``max_document_bytes``.
        store: The store that keeps the fetch state (``Store.fetch_state``, ``record_fetch``, ``fetched``).
        client: An ``httpx.Client`` to use instead of a new one (tests).
    """

    def __init__(self, config: Config, store: Any, client: Any = None) -> None:
        import httpx

        self.config = config
        self.store = store
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(config.fetch_timeout), follow_redirects=True,
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
        )  # fmt: skip
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self.requests = 0

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request ---------------------------------------------------------------------------

    def _wait(self, host: str) -> None:
        """Keep ``fetch_delay`` seconds between two requests to one host."""
        last = self._last.get(host)
        if last is not None:
            pause = self.config.fetch_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Whether the host's ``robots.txt`` lets our user agent fetch ``url`` (no file, or an unreadable one: yes)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            rules: RobotFileParser | None = None
            self._wait(parts.netloc)
            try:
                r = self.client.get(f"{origin}/robots.txt")
                self.requests += 1
                if r.status_code == 200:
                    rules = RobotFileParser()
                    rules.parse(r.text.splitlines())
                elif r.status_code in (401, 403):
                    rules = RobotFileParser()  # RFC 9309: rules that cannot be read for lack of access mean no access
                    rules.parse(["User-agent: *", "Disallow: /"])
            except Exception:  # noqa: BLE001 - an unreachable robots.txt is decided by the fetch itself
                rules = None
            self._robots[origin] = rules
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(self.config.user_agent, url)

    def get(self, url: str) -> Response:
        """Fetch ``url`` (conditionally when fetched before) and remember the outcome in the store."""
        import httpx

        if not self.allowed(url):
            return self._failed(url, None, "robots.txt disallows fetching it")
        state = self.store.fetch_state(url) or {}
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        self._wait(urlsplit(url).netloc)
        limit = self.config.max_document_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                self.requests += 1
                if r.status_code == 304:
                    self.store.record_fetch(url, 304, state.get("etag"), state.get("last_modified"))
                    return Response(url, 304, None, "", state.get("etag"), state.get("last_modified"))
                if r.status_code >= 400:
                    return self._failed(url, r.status_code, f"HTTP {r.status_code} {r.reason_phrase}".strip())
                body = b""
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        return self._failed(url, r.status_code, f"over the {limit:,}-byte limit for one input")
                ctype = r.headers.get("content-type", "")
                etag, modified = r.headers.get("etag"), r.headers.get("last-modified")
        except httpx.TimeoutException:
            return self._failed(url, None, f"timed out after {self.config.fetch_timeout:g} s")
        except httpx.HTTPError as exc:
            return self._failed(url, None, f"{type(exc).__name__}: {str(exc)[:160] or 'no answer'}")
        self.store.record_fetch(url, r.status_code, etag, modified)
        return Response(url, r.status_code, body, ctype, etag, modified)

    def _failed(self, url: str, status: int | None, why: str) -> Response:
        self.store.record_fetch(url, status, error=why)
        return Response(url, status, None, "", error=why)

    # -- records -------------------------------------------------------------------------------

    def records(self, url: str) -> Iterator[RawRecord]:
        """The raw records at ``url``: a page is one; a feed is its entries, each entry's page
        fetched once for its whole text (or the entry itself without ``fetch_follow``).
        Nothing comes of an unchanged feed; a failure is one record with a ``FetchError``.
        """
        r = self.get(url)
        if r.error is not None:
            yield RawRecord(url, None, error=FetchError(f"cannot fetch {url}: {r.error}"))
            return
        if r.body is None:
            return  # 304: nothing new since the last fetch
        suffix = _suffix_of(url, r.content_type)
        for rec in records_from_bytes(url, r.body, suffix):
            link = rec.meta.get("url") if rec.kind == "fragment" else None
            if not (self.config.fetch_follow and isinstance(link, str) and is_url(link)):
                yield rec
                continue
            if self.store.fetched(link):
                continue  # each item once, across runs
            page = self.get(link)
            if page.error is not None or page.body is None:
                # the entry's own text still tells the news; the page is tried again next run
                yield RawRecord(rec.source, rec.data, rec.kind, rec.meta, rec.size)
                continue
            kind = "html" if "html" in page.content_type or page.body[:512].lstrip().lower().startswith(
                (b"<!doctype html", b"<html")) else "text"  # fmt: skip
            meta = {k: v for k, v in rec.meta.items() if k in ("published", "source", "language", "url")}
            yield RawRecord(link, page.body, kind=kind, meta=meta, size=len(page.body))


def _suffix_of(url: str, content_type: str) -> str:
    """The file suffix a response stands for: from its media type, else from its address."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if any(k in ctype for k in ("rss", "atom", "/xml", "+xml")):
        return ".xml"
    if "html" in ctype:
        return ".html"
    if "json" in ctype:
        return ".jsonl" if "ndjson" in ctype or "jsonl" in ctype else ".json"
    path = urlsplit(url).path.lower()
    for suffix in (".rss", ".atom", ".xml", ".html", ".htm", ".json", ".txt"):
        if path.endswith(suffix):
            return suffix
    return ""


__all__ = ["Fetcher", "Response", "is_url"]
