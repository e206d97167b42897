"""Fresh news: ingest and watch feeds and pages served by a real local HTTP server.

The server plays a news site: a feed that gains entries, article pages, a robots.txt, a feed
that fails and one that hangs. Every request is counted, so the tests can say that nothing
was fetched twice, that an unchanged feed cost one 304 and that a failing source was retried.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import run_cli

from sambandh.config import Config
from sambandh.watch import watch

CITIES = ["पुणे", "जयपुर", "पटना", "भोपाल", "लखनऊ", "कोच्चि", "रांची", "देहरादून"]
TOPICS = ["बंदरगाह के विस्तार", "रेल संपर्क", "सौर ऊर्जा संयंत्र", "जल संधि", "व्यापार गलियारे", "सीमा चौकियों", "अनुसंधान केंद्र"]


def page(k: int) -> bytes:
    """An article page of our own words; each item differs in place, topic and figures."""
    city, topic = CITIES[k % len(CITIES)], TOPICS[k % len(TOPICS)]
    body = (
        f"भारत और फ्रांस के विदेश मंत्रियों ने {city} में {topic} पर बातचीत की। "
        f"{city} में {k + 3} सदस्यों वाले प्रतिनिधिमंडल ने {topic} पर विस्तार से चर्चा की। "
        f"अधिकारियों ने बताया कि परियोजना पर लगभग {(k + 2) * 140} करोड़ रुपये खर्च होंगे। "
        f"बैठक में {topic} की समय-सीमा {k + 1} वर्ष तय की गई और अगली समीक्षा {city} में ही होगी।"
    )
    return (f"<!doctype html><html><head><title>समाचार {k}: {city}</title></head><body><article>"
            f"<h1>समाचार {k}: {city} में {topic} पर बैठक</h1><p>{body}</p></article></body></html>").encode()  # fmt: skip


class Site:
    """A news site whose feed can gain items, fail or hang."""

    def __init__(self) -> None:
        self.items = [0, 1]
        self.hits: Counter[str] = Counter()
        self.broken = True  # /broken.xml answers 500 until repaired
        self.lock = threading.Lock()

    def feed(self, base: str, items: list[int]) -> bytes:
        entries = "".join(
            f"<item><title>समाचार {k}</title><link>{base}/item/{k}.html</link><guid>{base}/item/{k}.html</guid>"
            f"<pubDate>{k % 28 + 1:02d} Sep 2025 08:00:00 GMT</pubDate><description>सारांश {k}</description></item>"
            for k in items
        )
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>परीक्षण समाचार</title>'
                f"<link>{base}/</link><description>स्थानीय</description>{entries}</channel></rss>").encode()  # fmt: skip


@pytest.fixture
def site() -> Iterator[tuple[str, Site]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k.replace("_", "-"), v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            with state.lock:
                state.hits[path] += 1
            base = f"http://{self.headers['Host']}"
            if path == "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.xml":
                body = state.feed(base, state.items)
                etag = f'"items-{len(state.items)}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send(304, ETag=etag)
                else:
                    self.send(200, body, "application/rss+xml", ETag=etag)
            elif path == "/broken.xml":
                if state.broken:
                    self.send(500, b"down")
                else:
                    self.send(200, state.feed(base, [100]), "application/rss+xml")
            elif path == "/slow.xml":
                time.sleep(3)
                self.send(200, state.feed(base, [200]), "application/rss+xml")
            elif path.startswith("/item/"):
                self.send(200, page(int(path.split("/")[-1].split(".")[0])))
            elif path.startswith("/private/"):
                self.send(200, page(300))
            else:
                self.send(404, b"no")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


def _config(tmp_path: Path) -> Config:
    return Config.build(db=tmp_path / "w.duckdb", fetch_delay=0, fetch_timeout=1, embeddings="off")


def _docs(db: Path) -> list[str]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT source FROM document_sources ORDER BY source").fetchall()]


def test_ingest_takes_a_feed_address_and_fetches_each_page(site: tuple[str, Site], tmp_path: Path) -> None:
    base, state = site
    res = run_cli("ingest", f"{base}/feed.xml", "--db", str(tmp_path / "w.duckdb"), env={"SAMBANDH_FETCH_DELAY": "0"})
    assert res.returncode == 0, res.stderr
    assert _docs(tmp_path / "w.duckdb") == [f"{base}/item/0.html", f"{base}/item/1.html"]
    assert state.hits["/item/0.html"] == state.hits["/item/1.html"] == 1 and state.hits["/robots.txt"] == 1


def test_watch_brings_new_items_within_one_round_and_never_fetches_twice(
    site: tuple[str, Site], tmp_path: Path
) -> None:
    base, state = site
    config = _config(tmp_path)
    first = watch([f"{base}/feed.xml"], config, every=0, rounds=1)
    assert first[0].new == 2
    state.items.append(2)  # the site publishes a new story
    second = watch([f"{base}/feed.xml"], config, every=0, rounds=2)  # a restarted watch: two more rounds
    assert second[0].new == 1 and second[1].new == 0
    assert state.hits["/feed.xml"] == 3  # the third answer was a 304: nothing changed
    assert all(state.hits[f"/item/{k}.html"] == 1 for k in (0, 1, 2))
    assert len(_docs(config.db)) == 3
    found = run_cli("search", "समाचार 2", "--db", str(config.db), "--json")
    assert found.returncode == 0 and f"{base}/item/2.html".encode() in found.stdout
    documents = run_cli("export", "documents", "--db", str(config.db))
    assert documents.stdout.count(b'"published": "2025-09-03"') == 1  # the feed's date travels with the page
    timeline = run_cli("timeline", "India", "France", "--db", str(config.db), "--json")
    told = {s["url"] for line in timeline.stdout.splitlines() for s in __import__("json").loads(line)["sources"]}
    assert f"{base}/item/2.html" in told  # the new report is on the pair's timeline after its round


def test_a_failing_or_hanging_feed_is_reported_and_retried_not_fatal(site: tuple[str, Site], tmp_path: Path) -> None:
    import duckdb

    base, state = site
    config = _config(tmp_path)
    sources = [f"{base}/broken.xml", f"{base}/slow.xml", f"{base}/feed.xml"]
    reports = watch(sources, config, every=0, rounds=2)
    for r in reports:
        codes = sorted(c for _, c, _ in r.problems)
        assert codes == ["fetch", "fetch"], r.problems
        assert any("HTTP 500" in why for _, _, why in r.problems)
        assert any("timed out" in why for _, _, why in r.problems)
    assert reports[0].new == 2 and state.hits["/broken.xml"] == 2  # the good feed went in; the bad one was retried
    state.broken = False
    healed = watch([f"{base}/broken.xml"], config, every=0, rounds=1)[0]
    assert healed.new == 1 and healed.problems == []
    with duckdb.connect(str(config.db), read_only=True) as con:
        left = con.execute("SELECT source FROM quarantine WHERE code = 'fetch' ORDER BY source").fetchall()
    assert left == [(f"{base}/slow.xml",)]  # the repaired feed's row is gone; the hanging one stays until it answers


def test_robots_txt_is_obeyed(site: tuple[str, Site], tmp_path: Path) -> None:
    base, state = site
    report = watch([f"{base}/private/page.html"], _config(tmp_path), every=0, rounds=1)[0]
    assert [(c, "robots.txt" in why) for _, c, why in report.problems] == [("fetch", True)]
    assert state.hits["/private/page.html"] == 0


def test_watch_command_runs_rounds_and_reports_each(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    res = run_cli("watch", f"{base}/feed.xml", f"{base}/broken.xml", "--db", str(tmp_path / "w.duckdb"),
                  "--every", "1", "--rounds", "2", env={"SAMBANDH_FETCH_DELAY": "0"})  # fmt: skip
    out, err = res.stdout.decode(), res.stderr.decode()
    assert res.returncode == 0, err
    assert "round 1: 2 new articles" in out and "round 2: 0 new articles" in out
    assert err.count("will retry") == 2 and "Traceback" not in err
