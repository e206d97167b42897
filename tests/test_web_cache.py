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


def test_memory_settings_read_as_duckdb_reads_them() -> None:
    from sambandh.config import memory_bytes
    from sambandh.errors import UsageError

    assert memory_bytes("1GB") == 10**9 and memory_bytes("640MB") == 640 * 10**6
    assert memory_bytes("2GiB") == 2 * 2**30 and memory_bytes("512 KiB") == 512 * 1024 and memory_bytes("10B") == 10
    with pytest.raises(UsageError):
        memory_bytes("lots")


def test_a_read_only_server_reopens_its_database_when_the_indexes_fill_its_cache(demo_db: Path, tmp_path: Path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from sambandh import api

    monkeypatch.setattr(api, "TRIM_EVERY", 0.0)
    # a file of its own: connections of this process to the same file (the demo server's) share one DuckDB
    # instance, which closing this one's connections would not close
    db = tmp_path / demo_db.name
    shutil.copy(demo_db, db)
    k = api.Knowledge(Config.build(db=db))
    try:
        home = api.home(k)
        story = home["latest_stories"][0]["story_id"]
        first = api.story(k, story)  # reads documents and mentions through their indexes
        held, generation, cursors = k.index_bytes(), k.generation, len(k._cursors)
        assert held > 0
        for _ in range(3):  # looking from threads of their own opens no cursor
            looker = threading.Thread(target=k.trim)
            looker.start()
            looker.join()
        assert len(k._cursors) == cursors
        assert not k.trim() and k.reopened == 0  # far within the cache: kept
        monkeypatch.setattr(api, "INDEX_SHARE", 0.0)  # now any index memory is too much
        assert k.trim() and k.reopened == 1
        assert k.index_bytes() < held and k.generation == generation  # given back; the data did not change
        assert api.story(k, story) == first and api.home(k) == home  # the same answers from the database reopened
    finally:
        k.close()
    writer = api.Knowledge(Config.build(db=db), writable=True)
    try:
        api.home(writer)
        assert not writer.trim(force=True) and writer.reopened == 0  # a server that writes never reopens
    finally:
        writer.close()


def test_every_page_computed_looks_at_the_indexes_memory(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sambandh import api
    from sambandh.web.app import running

    looks = []
    monkeypatch.setattr(api.Knowledge, "trim_soon", lambda self: looks.append(1))
    with running(Config.build(db=demo_db)) as url, httpx.Client(base_url=url, timeout=60) as c:
        assert c.get("/api/home").status_code == c.get("/").status_code == 200
        assert len(looks) == 2
        c.get("/api/home")  # answered from the response cache: nothing computed
        assert len(looks) == 2
