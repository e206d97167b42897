"""The server over an archive: start, memory and every page kind at 10k, 100k and 1M articles.

Builds a seed store with the real stages (the news pages of ../shared/data/news-pages, the demo
corpus and the seed articles; story embeddings off), then replicates its per-article outputs
with fresh document and event ids and publication dates spread over ten years until the store
holds N articles: documents, sources, mentions, roles, time expressions, events, facts,
stories, the kept happenings with their read model (entities involved, graph edges) and the
entity summaries (counts scaled). There is no search index (``bench/scale.py`` measures search
over a million articles); where the store has one (``sambandh dedup`` on a copy builds it),
the search page and its twin are measured too. Then ``sambandh serve`` in a fresh process: the
time from launch until ``/healthz`` answers (the app warms before it listens), its RSS after all
requests, and the p50/p95 of the app's own ``Server-Timing`` per page kind (HTML and JSON):
home, story, entity (the busiest country, and others), pair (India-Russia, the busiest pairs),
graph, events list, entities list, document, event, search where indexed. The baseline in the
same run is ``/healthz``. The server's response cache is off, so each round computes each page
again.

    python bench/pages.py [--sizes 10000,100000,1000000] [--rounds 5] [--keep DIR]

Targets (issue #21): ready in < 5 s and RSS < 1 GB at 1M; every page kind p95 <= 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DAYS = 3650  # ten years of publication dates

# what the search pages ask for where the store has a search index: one and two words in either script, names
SEARCHES = ["putin", "रूस", "jaishankar", "ब्रह्मोस", "china border", "मोदी", "रक्षा मंत्री", "S-400"]

# per table: the columns whose ids are made fresh for each copy (doc ids, event ids, story ids)
_DOC = "md5(t.doc_id || ':' || r.k)"
_EV = "'ev:' || left(md5(t.event_id || ':' || r.k), 16)"


def seed_inputs() -> list[str]:
    """The seed's inputs: the news pages, the demo corpus and the seed articles."""
    pages = SHARED / "data" / "news-pages" / "pages.jsonl"
    if not pages.exists():
        raise SystemExit(f"{pages} is absent: the benchmark needs the shared data beside the checkout")
    seeds = [str(SHARED / "seeds")] if (SHARED / "seeds").exists() else []
    return [str(pages), str(ROOT / "examples" / "corpus"), *seeds]


def seed(db: Path) -> None:
    """The seed store: real pages through the real stages."""
    from sambandh.config import Config
    from sambandh.ingest import ingest

    ingest(seed_inputs(), Config.build(db=db, embeddings="off"))


def replicate(seed_db: Path, db: Path, n: int) -> dict[str, int]:
    """A store of about ``n`` articles: the seed's rows copied with fresh ids and dates."""
    import duckdb

    from sambandh.store import Store
    from sambandh.store.entities import FILL_COOCCURRING, FILL_RECENT, FILL_ROLES
    from sambandh.store.happenings import (
        FILL_EDGE_BUCKETS,
        FILL_EDGE_SUMMARY,
        FILL_ENTITY_SUMMARY,
        FILL_PAIR_COUNTS,
    )

    with Store(db):  # the schema, migrated as the code has it
        pass
    con = duckdb.connect(str(db))
    con.execute(f"ATTACH '{seed_db}' AS s (READ_ONLY)")
    docs = con.execute("SELECT count(*) FROM s.documents").fetchone()[0]
    copies = max(1, -(-n // docs))
    con.execute("CREATE TEMP TABLE r AS SELECT range AS k, "
                f"DATE '2016-01-01' + CAST(range * {DAYS} // {copies} AS INTEGER) AS base "
                f"FROM range({copies})")  # fmt: skip
    pub = "r.base + CAST(hash(t.id) % 20 AS INTEGER)"
    con.execute(
        "INSERT INTO documents SELECT md5(t.id || ':' || r.k), t.source || '#' || r.k, md5(t.raw_hash || ':' || r.k), "
        f"t.kind, t.title, t.title_source, {pub}, t.published_source, t.language, t.text, '', t.offset_map, t.removed, "
        "t.dateline, t.attributions, t.sentences, t.meta, t.warnings, CASE WHEN t.duplicate_of IS NULL THEN NULL ELSE "
        "md5(t.duplicate_of || ':' || r.k) END, t.story_id || ':' || r.k, t.ingested_at FROM s.documents t, r"
    )
    con.execute(f"INSERT INTO document_sources SELECT {_DOC}, t.source || '#' || r.k, md5(t.raw_hash || ':' || r.k), "
                "t.ingested_at FROM s.document_sources t, r")  # fmt: skip
    for table in ("mentions", "roles", "timexes", "events", "facts"):
        cols = [c[0] for c in con.execute(f"DESCRIBE s.{table}").fetchall()]
        sel = ", ".join(_DOC if c == "doc_id" else f't."{c}"' for c in cols)
        con.execute(f"INSERT INTO {table} SELECT {sel} FROM s.{table} t, r")
    con.execute("INSERT INTO stories SELECT t.story_id || ':' || r.k, t.title, md5(t.title_doc || ':' || r.k), r.base, "
                "r.base + 20, t.size, t.profile FROM s.stories t, r")  # fmt: skip
    # happenings: fresh event ids, a day in the copy's span where the original had one
    day = "strftime(r.base + CAST(hash(t.event_id) % 20 AS INTEGER), '%Y-%m-%d')"
    con.execute(
        "INSERT INTO happenings (event_id, block, sort_key, view, record, type, day, status, brief) "
        f"SELECT {_EV}, t.block || ':' || r.k, CASE WHEN t.sort_key = '9999' THEN t.sort_key "
        f"ELSE {day} END, t.view, replace(t.record, t.event_id, {_EV}), t.type, CASE WHEN t.day IS NULL THEN NULL "
        f"ELSE {day} END, t.status, replace(t.brief, t.event_id, {_EV}) FROM s.happenings t, r"
    )
    con.execute(f"INSERT INTO happening_events SELECT {_DOC}, t.idx, {_EV} FROM s.happening_events t, r")
    con.execute(f"INSERT INTO happening_index SELECT {_EV}, t.entity_id, t.acts, "
                f"CASE WHEN t.sort_key = '9999' THEN t.sort_key ELSE {day} END, "
                f"CASE WHEN t.day IS NULL THEN NULL ELSE {day} END, t.type, t.status, "
                f"CASE WHEN t.sort_key = '9999' THEN NULL ELSE {day} END FROM s.happening_index t, r")  # fmt: skip
    con.execute(f"INSERT INTO happening_edges SELECT {_EV}, t.a, t.b, t.folded, CASE WHEN t.day IS NULL THEN NULL "
                f"ELSE {day} END, CASE WHEN t.sort_key = '9999' THEN t.sort_key ELSE {day} END, t.type, t.status, "
                f"CASE WHEN t.hday IS NULL THEN NULL ELSE {day} END FROM s.happening_edges t, r")  # fmt: skip
    con.execute(FILL_PAIR_COUNTS)  # the pair pages' counts, as write_happenings keeps them
    con.execute(FILL_EDGE_SUMMARY)  # and the whole graph's edges summed up
    con.execute(FILL_EDGE_BUCKETS)  # and per type and month (graphs of a range or of types)
    con.execute(FILL_ENTITY_SUMMARY)  # and each entity's happenings
    con.execute("INSERT INTO entity_summary (entity_id, label, name, own_mentions, own_documents, mentions, documents, "
                f"folded_into, names_folded) SELECT entity_id, label, name, "
                f"own_mentions * {copies}, own_documents * {copies}, mentions * {copies}, documents * {copies}, "
                "folded_into, names_folded FROM s.entity_summary")  # fmt: skip
    con.execute(f"INSERT INTO entity_names SELECT entity_id, label, canonical, n * {copies} FROM s.entity_names")
    con.execute("INSERT INTO entity_surfaces SELECT * FROM s.entity_surfaces")
    con.execute(f"INSERT INTO entity_summary_docs SELECT {_DOC} FROM (SELECT id AS doc_id FROM s.documents) t, r")
    con.execute("INSERT INTO settings SELECT * FROM s.settings ON CONFLICT DO NOTHING")
    con.execute(FILL_RECENT)  # each entity's latest documents, from the copies' mentions
    con.execute(FILL_COOCCURRING)  # and the entities named with it there
    con.execute(FILL_ROLES)  # and each entity's stated roles
    tables = ("documents", "mentions", "events", "happenings", "happening_index", "happening_edges")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.execute("CHECKPOINT")
    con.close()
    return counts


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def _serve(db: Path, db_memory: str | None) -> tuple[Any, str, float]:
    """``sambandh serve`` over ``db`` in a fresh process: the process, its address, seconds until it answered."""
    import os
    import socket
    import subprocess

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "sambandh", "serve", "--db", str(db), "--port", str(port)],
                            # the response cache off: every round computes every page
                            env={**os.environ, "SAMBANDH_EMBEDDINGS": "off", "SAMBANDH_SERVE_CACHE_MB": "0",
                                 **({"SAMBANDH_SERVE_MEMORY_LIMIT": db_memory} if db_memory else {})},
                            stdout=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                return proc, url, time.perf_counter() - started
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.perf_counter() - started > 1800:
            proc.terminate()
            raise SystemExit("bench/pages.py: the server did not start")
        time.sleep(0.05)


def _page_urls(c: Any) -> dict[str, list[str]]:
    """The pages measured, per kind, chosen from what the server's home and lists name."""
    home = c.get("/api/home", params={"limit": 20}).json()
    urls: dict[str, list[str]] = defaultdict(list)
    urls["home"] = ["/"]
    urls["story"] = [f"/stories/{quote(s['story_id'])}" for s in home["latest_stories"][:10]]
    busiest = c.get("/api/entities", params={"label": "GPE", "limit": 3}).json()["entities"]
    people = c.get("/api/entities", params={"label": "PERSON", "limit": 5}).json()["entities"]
    urls["entity"] = [f"/entities/{quote(e['entity_id'])}" for e in busiest + people]
    pairs = [f"/pairs/{quote(p['a'])}/{quote(p['b'])}" for p in home["active_pairs"][:4]]
    urls["pair"] = ["/pairs/India/Russia", *pairs]
    urls["graph"] = ["/graph?countries_only=true", "/graph?since=2024-01-01&until=2024-12-31"]
    urls["events"] = ["/events", "/events?type=CONSULT", "/events?country=Russia&offset=200"]
    urls["entities"] = ["/entities", "/entities?label=PERSON", "/entities?q=modi"]
    ev = c.get("/api/events", params={"limit": 10}).json()["events"]
    urls["event"] = [f"/events/{quote(e['event_id'])}" for e in ev]
    # (a replicated event's record names the seed's documents; a story names the copy's)
    story_docs = [
        d for s in home["latest_stories"][:5] for d in c.get(f"/api/stories/{s['story_id']}").json()["doc_ids"][:2]
    ]
    urls["document"] = [f"/documents/{d}" for d in story_docs]
    if home["status"]["indexed"]:  # a store with a search index (bench/scale.py builds none here: index one)
        urls["search"] = [f"/search?q={quote(q)}" for q in SEARCHES]
    for kind in list(urls):
        urls[f"{kind} (json)"] = ["/api" + u for u in urls[kind]] if kind != "home" else ["/api/home"]
    urls["baseline /healthz"] = ["/healthz"]
    return urls


def measure_many(dbs: list[Path], rounds: int, db_memory: str | None = None) -> list[dict[str, list[float]]]:
    """Serve each of ``dbs`` in a fresh process at once and time every page kind on each, a round at a
    time on each server in turn (the first server of a round alternating), so that what else runs on
    the machine weighs on all of them alike; print each one's table and return each kind's times (ms).
    """
    import contextlib

    import httpx
    import psutil

    with contextlib.ExitStack() as stack:
        served = []
        for db in dbs:
            proc, url, ready = _serve(db, db_memory)
            stack.callback(proc.wait, timeout=60)
            stack.callback(proc.terminate)
            c = stack.enter_context(httpx.Client(base_url=url, timeout=600))
            served.append((proc, c, ready, _page_urls(c), defaultdict(list), defaultdict(int)))
        for k in range(rounds):
            for _, c, _, urls, server, sizes in served[k % len(served) :] + served[: k % len(served)]:
                for kind, group in urls.items():
                    for u in group:
                        r = c.get(u)
                        if r.status_code != 200:
                            raise SystemExit(f"bench/pages.py: {u} answered {r.status_code}: {r.text[:200]}")
                        server[kind].append(float(r.headers["server-timing"].split("dur=")[1]))
                        sizes[kind] = max(sizes[kind], len(r.content))
        rss = [psutil.Process(proc.pid).memory_info().rss / 2**20 for proc, *_ in served]
    out = []
    for (_, _, ready, urls, server, sizes), mb, db in zip(served, rss, dbs, strict=True):
        base = p95(server["baseline /healthz"])
        print(f"  {db.name}: ready in {ready:.2f} s, server RSS after the requests {mb:.0f} MB")
        print(f"  {'page':<18}{'urls':>5}{'p50 ms':>9}{'p95 ms':>9}{'largest KB':>11}{'p95/base':>10}")
        for kind in urls:
            s = server[kind]
            print(f"  {kind:<18}{len(urls[kind]):>5}{statistics.median(s):>9.1f}{p95(s):>9.1f}"
                  f"{sizes[kind] / 1024:>11.0f}{p95(s) / base:>9.1f}x")  # fmt: skip
        out.append({kind: server[kind] for kind in urls})
    return out


def measure(db: Path, rounds: int, db_memory: str | None = None) -> dict[str, list[float]]:
    """Serve ``db`` in a fresh process and print each page kind's server time; returns each kind's times (ms)."""
    return measure_many([db], rounds, db_memory)[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument(
        "--keep", type=Path, help="build the stores in this folder and keep them (default: a temporary one)"
    )
    ap.add_argument("--db-memory", help="the server's DuckDB cache (SAMBANDH_SERVE_MEMORY_LIMIT; default: config)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    seed_db = folder / "seed.duckdb"
    if not seed_db.exists():
        t = time.perf_counter()
        seed(seed_db)
        print(f"seed store built with the real stages in {time.perf_counter() - t:.1f} s")
    for n in (int(x) for x in args.sizes.split(",")):
        db = folder / f"pages-{n}.duckdb"
        if not db.exists():
            t = time.perf_counter()
            counts = replicate(seed_db, db, n)
            print(f"{n:,} articles: built in {time.perf_counter() - t:.1f} s ({db.stat().st_size / 2**30:.2f} GB): "
                  + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        else:
            print(f"{n:,} articles: {db}")
        measure(db, args.rounds, args.db_memory)


if __name__ == "__main__":
    main()
