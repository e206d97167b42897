"""The pages' responses kept whole, for one state of the store.

A page is computed from the store alone, so the same request gives the same bytes until an
ingest changes the store (:attr:`sambandh.api.Knowledge.generation`): a repeated request is
answered from memory, the store is not read again, and requests for a page that is being
computed wait for it instead of computing it once each (under many clients at once the same
popular pages are asked for over and over; two cores compute a few a second at a million
articles). Every kept response carries an ``ETag`` (a hash of its bytes), and a request whose
``If-None-Match`` names it is answered ``304 Not Modified`` without a body.

The cache is bounded by the bytes of its bodies (``serve_cache_mb``), the least recently used
left out first; a response over an eighth of the bound is never kept, so no single page can
empty it. Only ``200`` answers to ``GET`` are kept: an error is computed again each time.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

Key = tuple[int, str]  # (the store's generation, the request's path, query and page language)


@dataclass(frozen=True)
class Cached:
    """One kept response: its status, headers (without ``content-length``), body and ETag."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str


def etag_of(body: bytes) -> str:
    """A strong ETag of a body: a hash of its bytes, quoted."""
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def not_modified(request: Request, etag: str) -> bool:
    """Whether the request's ``If-None-Match`` names ``etag`` (or is ``*``), weak tags included (RFC 9110)."""
    given = request.headers.get("if-none-match")
    if not given:
        return False
    tags = {t.strip().removeprefix("W/") for t in given.split(",")}
    return "*" in tags or etag in tags


class ResponseCache:
    """A bounded least-recently-used map of :class:`Cached` responses, dropped whole when the store changes.

    Args:
        max_bytes: The most body bytes kept; 0 keeps nothing.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, Cached] = OrderedDict()
        self._size = 0
        self._generation: int | None = None
        self._lock = threading.Lock()
        # the requests being computed now, by key: others asking for the same wait for them (event loop only)
        self._computing: dict[Key, asyncio.Event] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size(self) -> int:
        """The body bytes kept now."""
        return self._size

    def _at(self, generation: int) -> None:
        # the store changed since these were kept: none of them may be given again
        if generation != self._generation:
            self._entries.clear()
            self._size = 0
            self._generation = generation

    def get(self, key: Key) -> Cached | None:
        """The response kept for ``key`` (made at the same generation of the store), else ``None``."""
        generation, text = key
        with self._lock:
            self._at(generation)
            entry = self._entries.get(text)
            if entry is not None:
                self._entries.move_to_end(text)
                self.hits += 1
            else:
                self.misses += 1
            return entry

    def put(self, key: Key, entry: Cached) -> None:
        """Keep ``entry`` for ``key`` unless it is too large, or the store changed since it was computed."""
        generation, text = key
        if len(entry.body) > self.max_bytes // 8:
            return
        with self._lock:
            if self._generation is not None and generation < self._generation:
                return  # computed before an ingest that another request has already seen
            self._at(generation)
            old = self._entries.pop(text, None)
            self._size -= len(old.body) if old is not None else 0
            self._entries[text] = entry
            self._size += len(entry.body)
            while self._size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped.body)

    async def respond(
        self, request: Request, key: Key, current: Callable[[], int], compute: Callable[[], Awaitable[Cached]]
    ) -> Response:
        """The response to ``request``: the kept one for ``key``, else the app's, ``compute()`` (kept when it
        is a ``200`` and the store is still at ``key``'s generation, ``current()``); a request for a page
        another is computing waits for that one first.
        """
        entry = self.get(key)
        if entry is None and (computing := self._computing.get(key)) is not None:
            await computing.wait()
            entry = self.get(key)
        if entry is None:
            done = self._computing.setdefault(key, asyncio.Event())
            try:
                entry = await compute()
                if entry.status == 200 and current() == key[0]:
                    self.put(key, entry)
            finally:
                if self._computing.get(key) is done:
                    del self._computing[key]
                done.set()
        return _answer(request, entry)


def _answer(request: Request, entry: Cached) -> Response:
    """``entry`` as a response to ``request`` (``304`` without a body where the client holds it)."""
    validators = [(b"etag", entry.etag.encode()), (b"cache-control", b"no-cache")]
    if entry.status == 200 and not_modified(request, entry.etag):
        response = Response(status_code=304)
        response.raw_headers = validators
        return response
    response = Response(entry.body, entry.status)
    extra = validators if entry.status == 200 else []
    response.raw_headers = [*entry.headers, (b"content-length", str(len(entry.body)).encode()), *extra]
    return response


__all__ = ["Cached", "ResponseCache", "etag_of", "not_modified"]
