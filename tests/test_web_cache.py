"""The response cache: repeated pages answered from memory, validated by ETag, dropped when the store changes."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from sambandh.config import Config
from sambandh.errors import ConfigError
from sambandh.web.cache import Cached, ResponseCache, etag_of


def _entry(n: int, fill: str = "x") -> Cached:
    body = (fill * n).encode()
    return Cached(200, [(b"content-type", b"text/plain")], body, etag_of(body))


def test_the_cache_is_bounded_least_recently_used_first_and_keeps_no_huge_page() -> None:
    cache = ResponseCache(800)
    for name in "abcd":
        cache.put((1, name), _entry(100))
    assert cache.get((1, "a")) is not None  # now the most recently used
    for name in "efgh":
        cache.put((1, name), _entry(100))
    assert cache.size <= 800 and len(cache) == 8
    cache.put((1, "i"), _entry(100))
    assert cache.get((1, "b")) is None and cache.get((1, "a")) is not None  # b was the least recently used
    cache.put((1, "huge"), _entry(101))  # over an eighth of the bound: never kept
    assert cache.get((1, "huge")) is None and cache.size <= 800


def test_a_new_generation_of_the_store_drops_every_kept_page() -> None:
    cache = ResponseCache(10_000)
    cache.put((1, "/api/home?#"), _entry(10))
    assert cache.get((1, "/api/home?#")) is not None
    assert cache.get((2, "/api/home?#")) is None  # an ingest changed the store
    assert len(cache) == 0
    cache.put((1, "/api/home?#"), _entry(10))  # computed before that ingest: not kept
    assert len(cache) == 0 and cache.get((1, "/api/home?#")) is None


def test_etags_name_the_bytes() -> None:
    assert etag_of(b"a") == etag_of(b"a") != etag_of(b"b")
    assert etag_of(b"a").startswith('"') and etag_of(b"a").endswith('"')


def test_the_cache_size_is_a_setting() -> None:
    assert Config().serve_cache_mb == 64
    assert Config.build(serve_cache_mb=0).serve_cache_mb == 0
    with pytest.raises(ConfigError):
        Config.build(serve_cache_mb=-1)


def test_a_repeated_page_is_computed_once_and_validated_by_its_etag(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sambandh import api
    from sambandh.web.app import running

    calls, real = [], api.home

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[1:])
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "home", counted)
    with running(Config.build(db=demo_db)) as url, httpx.Client(base_url=url, timeout=60) as c:
        first = c.get("/api/home")
        again = c.get("/api/home")
        assert first.status_code == again.status_code == 200 and len(calls) == 1
        assert first.content == again.content and first.json()["counts"]["documents"] > 0
        tag = first.headers["etag"]
        assert again.headers["etag"] == tag and first.headers["cache-control"] == "no-cache"
        assert "server-timing" in again.headers and again.headers["x-content-type-options"] == "nosniff"
        same = c.get("/api/home", headers={"If-None-Match": tag})
        assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == tag
        assert c.get("/api/home", headers={"If-None-Match": '"other"'}).status_code == 200
        # another query, the page in each language: each its own answer, computed once
        assert c.get("/api/home", params={"limit": 3}).json()["latest_stories"].__len__() <= 3
        en, hi = c.get("/", params={"lang": "en"}), c.get("/", params={"lang": "hi"})
        assert en.text != hi.text and "set-cookie" in hi.headers
        assert c.get("/", params={"lang": "hi"}).headers.get("set-cookie") == hi.headers["set-cookie"]
        assert len(calls) == 4
        # an error is never kept
        missing = c.get("/api/entities/person:nobody-at-all")
        assert missing.status_code == 404 and "etag" not in missing.headers
        # a page the cache may not keep (the cache off) is computed every time
    with running(Config.build(db=demo_db, serve_cache_mb=0)) as url, httpx.Client(base_url=url, timeout=60) as c:
        before = len(calls)
        assert c.get("/api/home").status_code == c.get("/api/home").status_code == 200
        assert len(calls) == before + 2 and "etag" not in c.get("/api/home").headers


def test_clients_asking_for_a_page_being_computed_wait_for_it(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sambandh import api
    from sambandh.web.app import running

    calls, lock, real = [0], threading.Lock(), api.home

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        with lock:
            calls[0] += 1
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "home", slow)
    with running(Config.build(db=demo_db)) as url, httpx.Client(base_url=url, timeout=60) as c, \
            ThreadPoolExecutor(10) as pool:  # fmt: skip
        answers = list(pool.map(lambda _i: c.get("/api/home"), range(10)))
    assert [r.status_code for r in answers] == [200] * 10
    assert len({r.content for r in answers}) == 1 and calls[0] == 1


def test_an_ingest_through_the_server_drops_the_kept_pages(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    from sambandh.web.app import running

    db = tmp_path / demo_db.name
    shutil.copy(demo_db, db)
    token = "test-token-0123456789abcdef"
    config = Config.build(db=db, api_token=token, embeddings="off")
    text = "नई दिल्ली: भारत और घाना के विदेश मंत्रियों ने आज कृषि सहयोग पर बातचीत की। दोनों ने एक समझौते पर हस्ताक्षर किए।"
    with running(config) as url, httpx.Client(base_url=url, timeout=120) as c:
        before = c.get("/api/home")
        assert c.get("/api/home").headers["etag"] == before.headers["etag"]
        r = c.post("/api/ingest", json={"documents": [{"text": text, "title": "घाना"}]},
                   headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert r.status_code == 200 and r.json()["report"]["new"] == 1, r.text
        after = c.get("/api/home", headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
        assert after.json()["counts"]["documents"] == before.json()["counts"]["documents"] + 1
