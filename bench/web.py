"""Server time per page of the web UI and its JSON twins on the demo database.

Ingests examples/corpus into a fresh database, starts the real server (``sambandh serve``,
uvicorn) as its own process, and requests every page of every kind: home, each story, each entity, the
pairs of the home page, the graph (plain and filtered), searches, each document, and the
JSON twin of each. The server time is the app's own ``Server-Timing`` header (routing,
database, template); the client time adds HTTP on loopback. The baseline, measured in
the same run through the same stack, is ``/healthz`` (a route that does nothing).

    python bench/web.py [--rounds 5] [--db FILE] [--concurrency 200] [--read-only]

The issue's target: p95 server time per page ≤ 200 ms.

With ``--concurrency N`` it then measures the server under load (issue #20), on loopback, with
the JSON twins: the client p95 of one client at a time (unloaded), of N clients at once
(``--requests`` in all), and of the same N clients while an API ingest of 100 articles runs;
printed with the ratios loaded/unloaded (target ≤ 5) and with-ingest/loaded (target ≤ 2),
and the count of failed requests (target 0). The loaded server serves a copy of the database
with an API token; ``--read-only`` serves the database itself without one (no copy: an archive
of many GB) and leaves out the measurement during an ingest. ``--rounds 0`` only collects the
URLs for the load.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 200.0
QUERIES = ["putin", "रूस", "belousov", "S-400", "jaishankar", "ब्रह्मोस", "china border", "मोदी"]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


@contextlib.contextmanager
def serving(db: Path, token: str | None = None) -> Iterator[tuple[str, int]]:
    """``sambandh serve`` in a child process on a free port (the client does not share its GIL)."""
    import os

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, **({"SAMBANDH_API_TOKEN": token, "SAMBANDH_EMBEDDINGS": "off"} if token else {})}
    proc = subprocess.Popen([sys.executable, "-m", "sambandh", "serve", "--db", str(db), "--port", str(port)], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                sys.exit("bench/web.py: the server did not start")
            time.sleep(0.2)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5, help="times each URL is requested")
    ap.add_argument("--db", type=Path, help="an existing database (default: ingest examples/corpus afresh)")
    ap.add_argument("--concurrency", type=int, default=0, help="then measure N clients at once (0: skip)")
    ap.add_argument("--requests", type=int, default=2000, help="requests in all for each loaded measurement")
    ap.add_argument("--twins", type=int, default=0,
                    help="load at most this many JSON twins, taken from every kind in turn (0: all)")
    ap.add_argument("--read-only", action="store_true",
                    help="load the database itself, read-only (no copy, no ingest during the load)")
    ap.add_argument("--client", choices=["async", "threads"], default="async",
                    help="the load generator: one connection per client as asyncio tasks (default), or a thread "
                         "per client sharing an httpx pool (before session 31; its own CPU weighs on the server)")
    args = ap.parse_args()

    import httpx

    from sambandh.config import Config
    from sambandh.ingest import ingest

    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        db = Path(tmp.name) / "demo.duckdb"
        started = time.perf_counter()
        ingest([str(ROOT / "examples" / "corpus")], Config.build(db=db))
        print(f"ingested the demo corpus in {time.perf_counter() - started:.1f} s")
    with serving(db) as (url, _pid), httpx.Client(base_url=url, timeout=60) as c:
        home = c.get("/api/home", params={"limit": 100}).json()
        urls: dict[str, list[str]] = defaultdict(list)
        urls["home"] = ["/"]
        urls["story"] = [f"/stories/{quote(s['story_id'])}" for s in home["latest_stories"]]
        ents = {
            e["entity_id"]
            for s in home["latest_stories"]
            for e in c.get(f"/api/stories/{s['story_id']}").json()["entities"]
        }
        urls["entity"] = [f"/entities/{quote(e)}" for e in sorted(ents)]
        urls["pair"] = [f"/pairs/{quote(p['a'])}/{quote(p['b'])}" for p in home["active_pairs"]] + [
            "/pairs/India/Russia",
            f"/pairs/{quote('भारत')}/{quote('चीन')}",
        ]
        urls["graph"] = ["/graph", "/graph?types=CONSULT", "/graph?countries_only=true", "/graph?since=2025-01-01"]
        if home["status"]["indexed"]:
            urls["search"] = [f"/search?q={quote(q)}" for q in QUERIES]
            docs = {
                h["doc_id"] for q in QUERIES for h in c.get("/api/search", params={"q": q, "limit": 100}).json()["hits"]
            }
        else:  # a store without a search index (bench/pages.py's copies): its stories' documents, no search
            print("the database has no search index: search is not measured")
            docs = {
                d for s in home["latest_stories"][:20] for d in c.get(f"/api/stories/{s['story_id']}").json()["doc_ids"]
            }
        urls["document"] = [f"/documents/{d}" for d in sorted(docs)]
        twins = {
            "home": lambda u: "/api/home",
            "story": lambda u: u.replace("/stories/", "/api/stories/"),
            "entity": lambda u: u.replace("/entities/", "/api/entities/"),
            "pair": lambda u: u.replace("/pairs/", "/api/pairs/"),
            "graph": lambda u: u.replace("/graph", "/api/graph"),
            "search": lambda u: u.replace("/search", "/api/search"),
            "document": lambda u: u.replace("/documents/", "/api/documents/"),
        }
        for kind in list(urls):
            urls[f"{kind} (json)"] = [twins[kind](u) for u in urls[kind]]
        urls["baseline /healthz"] = ["/healthz"]

        server: dict[str, list[float]] = defaultdict(list)
        client: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            for kind, group in urls.items():
                for u in group:
                    t = time.perf_counter()
                    r = c.get(u)
                    client[kind].append(1000 * (time.perf_counter() - t))
                    if r.status_code != 200:
                        sys.exit(f"bench/web.py: {u} answered {r.status_code}: {r.text[:200]}")
                    server[kind].append(float(r.headers["server-timing"].split("dur=")[1]))
    if args.rounds:
        report(urls, server, client)
    if args.concurrency:
        groups = [group for kind, group in urls.items() if kind.endswith("(json)")]
        # every kind's first, then every kind's second, ...: a cut keeps each kind
        twins = [g[i] for i in range(max(map(len, groups))) for g in groups if i < len(g)]
        twins = twins[: args.twins] if args.twins else twins
        load(db, twins, args.concurrency, args.requests, args.read_only, args.client)
    tmp.cleanup()


def report(urls: dict[str, list[str]], server: dict[str, list[float]], client: dict[str, list[float]]) -> None:
    """Each page kind's server p50 and p95 and client p95, against the ``/healthz`` baseline."""
    base = p95(server["baseline /healthz"])
    print(
        f"\n{'page':<18}{'urls':>6}{'requests':>10}"
        f"{'server p50':>12}{'server p95':>12}{'client p95':>12}{'p95/base':>10}"
    )
    pages = []
    for kind in urls:
        s = server[kind]
        pages += s if not kind.startswith("baseline") else []
        print(f"{kind:<18}{len(urls[kind]):>6}{len(s):>10}{statistics.median(s):>10.1f}ms{p95(s):>10.1f}ms"
              f"{p95(client[kind]):>10.1f}ms{p95(s) / base:>9.1f}x")
    worst = max((p95(server[k]), k) for k in urls if not k.startswith("baseline"))
    overall = p95(pages)
    print(f"\nall pages and twins: {len(pages)} requests, server p95 {overall:.1f} ms "
          f"({overall / base:.1f}x the /healthz baseline of {base:.2f} ms); "
          f"slowest kind: {worst[1]} at {worst[0]:.1f} ms")
    print(f"target p95 <= {TARGET_MS:.0f} ms per page: {'met' if worst[0] <= TARGET_MS else 'NOT met'}")


Result = tuple[float, bool]  # a request's client time (ms) and whether it was answered 200


def hammer_threads(url: str, paths: list[str], clients: int, total: int, errors: dict[str, int]) -> list[Result]:
    """``total`` requests for ``paths`` in turn from ``clients`` threads of this process sharing one httpx pool
    (the load generator of sessions 20-30: at 200 threads it costs its process several ms of CPU a
    request in GIL hand-overs, on the cores the server runs on).
    """
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    with httpx.Client(base_url=url, timeout=120, limits=limits) as c:

        def one(i: int) -> Result:
            t = time.perf_counter()
            try:
                r = c.get(paths[i % len(paths)])
                ok = r.status_code == 200
                if not ok:
                    errors[f"HTTP {r.status_code}"] += 1
                    if errors[f"HTTP {r.status_code}"] == 1:
                        print(f"first {r.status_code}: {paths[i % len(paths)]} {r.text[:200]}")
            except httpx.HTTPError as exc:
                ok = False
                errors[type(exc).__name__] += 1
            return 1000 * (time.perf_counter() - t), ok

        with ThreadPoolExecutor(clients) as pool:
            return list(pool.map(one, range(total)))


def hammer_async(url: str, paths: list[str], clients: int, total: int, errors: dict[str, int],
                 kinds: dict[str, list[float]] | None = None) -> list[Result]:  # fmt: skip
    """``total`` requests for ``paths`` in turn from ``clients`` clients at once, each with its own
    keep-alive HTTP/1.1 connection, written as asyncio tasks in one thread of this process: about
    0.1 ms of CPU a request whatever the number of clients, so the time measured is the server's.
    With ``kinds``, client ``j`` asks only for ``paths[j % len(paths)]`` (a ``{i}`` in it the request's
    number) and each request's time goes to ``kinds[that path]``.
    """
    import asyncio
    from urllib.parse import urlsplit

    where = urlsplit(url)
    host, port = where.hostname or "127.0.0.1", where.port or 80
    left = iter(range(total))
    out: list[Result] = []

    async def get(conn: tuple[asyncio.StreamReader, asyncio.StreamWriter], path: str) -> tuple[int, bytes, bool]:
        reader, writer = conn
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
        if fields.get("transfer-encoding") == "chunked":
            body = b""
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                body += (await reader.readexactly(size + 2))[:-2]
            await reader.readuntil(b"\r\n")
        else:
            body = await reader.readexactly(int(fields.get("content-length", 0)))
        return status, body, fields.get("connection") == "close"

    async def client(j: int) -> None:
        conn = None
        for i in left:
            path = paths[(j if kinds is not None else i) % len(paths)]
            fixed, path = path, path.replace("{i}", str(i))
            t = time.perf_counter()
            ok = False
            try:
                conn = conn or await asyncio.wait_for(asyncio.open_connection(host, port), 120)
                status, body, close = await asyncio.wait_for(get(conn, path), 120)
                ok = status == 200
                if not ok:
                    errors[f"HTTP {status}"] += 1
                    if errors[f"HTTP {status}"] == 1:
                        print(f"first {status}: {path} {body[:200]!r}")
                if close:
                    conn[1].close()
                    conn = None
            except (OSError, EOFError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
                errors[type(exc).__name__] += 1
                if conn is not None:
                    conn[1].close()
                conn = None
            out.append((1000 * (time.perf_counter() - t), ok))
            if kinds is not None:
                kinds.setdefault(fixed, []).append(out[-1][0])
        if conn is not None:
            conn[1].close()

    async def main() -> None:
        await asyncio.gather(*(client(j) for j in range(clients)))

    asyncio.run(main())
    return out


def load(db: Path, paths: list[str], concurrency: int, total: int, read_only: bool = False,
         client: str = "async") -> None:  # fmt: skip
    """Client p95 unloaded, with ``concurrency`` clients, and with them during an API ingest (not
    ``read_only``: then the database itself is served, without a token). ``client``: the load
    generator, ``async`` (:func:`hammer_async`) or ``threads`` (:func:`hammer_threads`).
    """
    import shutil
    import threading

    import httpx
    import psutil

    hammer = hammer_async if client == "async" else hammer_threads
    token = None if read_only else "bench-token-0123456789"
    with tempfile.TemporaryDirectory() as tmp:
        copy = db
        if not read_only:
            copy = Path(tmp) / "load.duckdb"
            shutil.copy(db, copy)
            index = Path(str(db) + ".index")
            if index.exists():  # the search index lives beside the database
                shutil.copytree(index, Path(str(copy) + ".index"))
        with serving(copy, token) as (url, pid), httpx.Client(base_url=url, timeout=600) as c:
            errors: dict[str, int] = defaultdict(int)
            me, server = psutil.Process(), psutil.Process(pid)
            unloaded = hammer(url, paths, 1, min(total, 300), errors)  # one client: each twin asked once first
            cpu = (sum(me.cpu_times()[:2]), sum(server.cpu_times()[:2]))
            started = time.perf_counter()
            loaded = hammer(url, paths, concurrency, total, errors)
            rate = total / (time.perf_counter() - started)
            client_ms, server_ms = (1000 * (sum(p.cpu_times()[:2]) - c0) / total
                                    for p, c0 in zip((me, server), cpu, strict=True))  # fmt: skip
            rss = server.memory_info().rss / 2**20

            # the floor: the same load on a route that does nothing (/healthz) shows what
            # queueing alone costs at this concurrency on this machine (Little's law)
            idle_unloaded = hammer(url, ["/healthz"], 1, min(total, 300), errors)
            idle_loaded = hammer(url, ["/healthz"], concurrency, total, errors)
            body = "भारत और फ्रांस के रक्षा मंत्रियों ने पेरिस में रक्षा उत्पादन पर बातचीत की।"
            docs = [{"text": " ".join(f"{body} लेख {i}, अनुच्छेद {j}।" for j in range(25)), "title": f"लेख {i}"}
                    for i in range(100)]  # fmt: skip
            ingest_s: list[float] = []

            def post() -> None:
                t = time.perf_counter()
                r = c.post("/api/ingest", json={"documents": docs}, headers={"Authorization": f"Bearer {token}"})
                ingest_s.append(time.perf_counter() - t)
                if r.status_code != 200:
                    print(f"API ingest answered {r.status_code}: {r.text[:200]}")

            # half the clients ask for pages never asked before (computed, not kept), half for /healthz:
            # what a page being computed costs the routes that compute nothing
            mixed: dict[str, list[float]] = {}
            if client == "async":
                hammer_async(url, ["/api/events?limit=20&offset={i}", "/healthz"], concurrency, total, errors, mixed)
            during: list[Result] = []
            if not read_only:
                writer = threading.Thread(target=post)
                writer.start()
                during = hammer(url, paths, concurrency, total, errors)
                writer.join()
    u, lo = (p95([t for t, _ in x]) for x in (unloaded, loaded))
    du = p95([t for t, _ in during]) if during else float("nan")
    iu, il = p95([t for t, _ in idle_unloaded]), p95([t for t, _ in idle_loaded])
    failed = sum(not ok for _, ok in loaded + during + idle_loaded)
    print(
        f"\nload ({concurrency} clients ({client}), {total} requests each, JSON twins, loopback; "
        f"{rate:.0f} requests/s under load):"
    )
    p50 = statistics.median(t for t, _ in loaded)
    print(f"  server RSS after the loaded run {rss:.0f} MB; loaded p50 {p50:.1f} ms; CPU a loaded request: "
          f"server {server_ms:.2f} ms, client {client_ms:.2f} ms")  # fmt: skip
    print(f"  unloaded p95 {u:.1f} ms; loaded p95 {lo:.1f} ms ({lo / u:.1f}x, target <= 5x); "
          f"during an API ingest ({ingest_s[0] if ingest_s else float('nan'):.1f} s) p95 {du:.1f} ms "
          f"({du / lo:.1f}x the loaded p95, target <= 2x); failed requests: {failed} {dict(errors)}")
    print(f"  the floor, /healthz (a route that does nothing) under the same load: unloaded p95 {iu:.1f} ms, "
          f"loaded p95 {il:.1f} ms ({il / iu:.1f}x)")
    for path, times in mixed.items():
        print(f"  half the clients on {path}, half on the other: {len(times)} requests, "
              f"p50 {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
