"""The JSON API and the HTML pages over a real HTTP server and a real DuckDB file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from conftest import copy_db

from sambandh.config import Config

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def client(demo_server: str):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=demo_server, timeout=30) as c:
        yield c


def _first_story(client: httpx.Client) -> dict:
    home = client.get("/api/home").json()
    big = [s for s in home["latest_stories"] if s["size"] > 1]
    return big[0] if big else home["latest_stories"][0]


def test_home_json_and_page(client: httpx.Client) -> None:
    r = client.get("/api/home")
    assert r.status_code == 200
    d = r.json()
    assert d["counts"]["documents"] >= 15
    assert d["counts"]["events"] > 0 and d["latest_stories"] and d["active_pairs"]
    assert d["status"]["index_up_to_date"] is True
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for s in d["latest_stories"]:
        assert f'/stories/{quote(s["story_id"], safe="")}' in page.text
    assert 'href="/api/home"' in page.text  # the JSON twin is linked


def test_story_has_sources_side_by_side_with_offsets(client: httpx.Client) -> None:
    sid = _first_story(client)["story_id"]
    d = client.get(f"/api/stories/{sid}").json()
    assert d["size"] == len(d["sources"]) >= 2
    for src in d["sources"]:
        for span in src["adds"]:
            assert src["text"][span["start"] : span["end"]] == span["text"]
    page = client.get(f"/stories/{sid}").text
    assert page.count('class="source"') == len(d["sources"])


def test_entity_page_has_both_scripts_roles_and_events(client: httpx.Client) -> None:
    d = client.get("/api/entities/person:s-jaishankar").json()
    assert d["names"]["devanagari"] and d["names"]["latin"]
    assert any(r["role"] == "foreign_minister" and r["of"] == "country:in" for r in d["roles"])
    assert d["events"] and d["cooccurring"]
    for r in d["stated_roles"]:
        if r["evidence"]:
            doc = client.get(f"/api/documents/{r['evidence']['doc_id']}").json()
            assert doc["text"][r["evidence"]["start"] : r["evidence"]["end"]] == r["evidence"]["text"]
    assert "Jaishankar" in client.get("/entities/person:s-jaishankar").text


def test_pair_timeline_any_script_gives_the_same_events(client: httpx.Client) -> None:
    en = client.get("/api/pairs/India/Russia").json()
    hi = client.get(f"/api/pairs/{quote('भारत')}/{quote('रूस')}").json()
    assert en["a"]["entity_id"] == "country:in" and en["b"]["entity_id"] == "country:ru"
    assert [e["event_id"] for e in en["events"]] == [e["event_id"] for e in hi["events"]]
    assert en["events"], "the demo corpus has India–Russia events"
    keys = [e["sort_key"] for e in en["events"]]
    assert keys == sorted(keys)
    months = en["chart"]["months"]
    assert all(len(s["counts"]) == len(months) for s in en["chart"]["series"])
    page = client.get("/pairs/India/Russia").text
    assert 'id="chart"' in page and 'id="chart-data"' in page


def test_graph_filters(client: httpx.Client) -> None:
    full = client.get("/api/graph").json()
    assert full["nodes"] and full["edges"]
    consult = client.get("/api/graph", params={"types": "CONSULT"}).json()
    assert 0 < sum(e["weight"] for e in consult["edges"]) <= sum(e["weight"] for e in full["edges"])
    assert all(set(e["types"]) == {"CONSULT"} for e in consult["edges"])
    later = client.get("/api/graph", params={"since": "2099-01-01"}).json()
    assert later["edges"] == []
    folded = client.get("/api/graph", params={"countries_only": "true"}).json()
    assert all(not n["id"].startswith("person:") for n in folded["nodes"])  # a known person folds into the country


def test_search_with_facets_and_highlights(client: httpx.Client) -> None:
    d = client.get("/api/search", params={"q": "putin"}).json()
    assert d["total"] >= 1
    for h in d["hits"]:
        snip = h["snippet"]
        assert snip["highlights"], "the query term is highlighted"
        for a, b in snip["highlights"]:
            assert snip["start"] <= a < b <= snip["end"]
    assert sum(f["count"] for f in d["facets"]["language"]) == min(d["total"], 500)
    page = client.get("/search", params={"q": "putin"}).text
    assert '<mark class="hl">' in page and 'id="facets"' in page


def test_document_page_highlights_and_collapses_chrome(client: httpx.Client) -> None:
    home = client.get("/api/search", params={"q": "जयशंकर"}).json()
    doc_id = home["hits"][0]["doc_id"]
    d = client.get(f"/api/documents/{doc_id}").json()
    for e in d["entities"]:
        assert d["text"][e["start"] : e["end"]] == e["text"]
    page = client.get(f"/documents/{doc_id}").text
    assert 'class="entity' in page
    if d["removed"]:
        assert '<details id="removed">' in page


def test_language_toggle(client: httpx.Client) -> None:
    en = client.get("/", params={"lang": "en"})
    hi = client.get("/", params={"lang": "hi"})
    assert "Latest stories" in en.text and "ताज़ा कहानियाँ" in hi.text
    assert hi.cookies.get("lang") == "hi"
    with httpx.Client(base_url=str(client.base_url), cookies={"lang": "hi"}) as c:
        assert "संबंध ग्राफ़" in c.get("/graph").text


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/documents/0123456789abcdef0123456789abcdef", 404, "not_found"),
        ("/api/documents/..%2f..%2fetc%2fpasswd", 404, "not_found"),
        ("/api/documents/zz..zz", 422, "invalid_request"),
        ("/api/stories/story:nope", 404, "not_found"),
        ("/api/entities/person:nobody-at-all", 404, "not_found"),
        ("/api/search?q=" + "x" * 201, 422, "invalid_request"),
        ("/api/search?q=putin&limit=101", 422, "invalid_request"),
        ("/api/search?q=putin&since=2021-13-45", 400, "config"),
        ("/api/search?q=%20%20", 400, "usage"),
        ("/api/graph?since=yesterday", 422, "invalid_request"),
        ("/api/pairs/India/Atlantisxyz", 400, "usage"),
        ("/api/nothing-here", 404, "not_found"),
    ],
)
def test_one_json_error_shape(client: httpx.Client, path: str, status: int, code: str) -> None:
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["status"] == status
    assert "Traceback" not in r.text


@pytest.mark.parametrize(
    "path",
    ["/static/../pyproject.toml", "/static/..%2f..%2fpyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
     "/vendor/..%2fpackage.json", "/vendor/chart.js%2fpackage.json", "/vendor/../../pyproject.toml"],
)
def test_no_path_traversal(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "[project]" not in r.text and '"dependencies"' not in r.text


def test_read_only_by_default(client: httpx.Client) -> None:
    r = client.post("/api/ingest", json={"documents": [{"text": "भारत और रूस ने बातचीत की।" * 5}]})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"
    assert client.delete("/api/home").status_code == 405
    big = client.post("/api/ingest", content=b"x" * 10_000_001, headers={"content-type": "application/json"})
    assert big.status_code == 413


def test_no_asset_comes_from_elsewhere(client: httpx.Client) -> None:
    for path in ("/", "/graph", "/pairs/India/Russia", "/docs"):
        html = client.get(path).text
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html, path
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


HOSTILE = (
    "भारत और रूस के विदेश मंत्रियों ने नई दिल्ली में बातचीत की। <script>alert('xss')</script> "
    'दोनों पक्षों ने व्यापार बढ़ाने पर सहमति जताई। "><img src=x onerror=alert(1)> यह बैठक तीन घंटे चली।'
)


def test_ingest_with_token_and_every_text_is_escaped(demo_db: Path, tmp_path: Path) -> None:
    from sambandh.web.app import running

    db = copy_db(demo_db, tmp_path)
    config = Config.build(db=db, api_token=TOKEN)
    with running(config) as url, httpx.Client(base_url=url, timeout=120) as c:
        payload = {"documents": [{"text": HOSTILE, "title": "<script>alert('t')</script> शीर्षक",
                                  "url": "https://example.org/x?a=<b>", "published": "2025-05-05"}]}  # fmt: skip
        assert c.post("/api/ingest", json=payload).status_code == 401
        assert c.post("/api/ingest", json=payload, headers={"Authorization": "Bearer wrong"}).status_code == 401
        r = c.post("/api/ingest", json=payload, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        assert r.json()["report"]["new"] == 1
        hits = c.get("/api/search", params={"q": "onerror alert"}).json()["hits"]
        assert hits, "the new article is searchable at once"
        doc_id = hits[0]["doc_id"]
        story = c.get(f"/api/documents/{doc_id}").json()["story"]["story_id"]
        pages = [f"/documents/{doc_id}", "/search?q=onerror+alert", f"/stories/{story}", "/"]
        for p in pages:
            html = c.get(p).text
            assert "<script>alert" not in html and "<img src=x" not in html, p
        assert "&lt;script&gt;alert" in c.get(f"/documents/{doc_id}").text
        again = c.post("/api/ingest", json=payload, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["report"]["new"] == 0  # nothing twice


def test_serve_command_reports_a_taken_port_in_one_line(demo_db: Path, demo_server: str) -> None:
    from conftest import run_cli

    port = demo_server.rsplit(":", 1)[1]
    r = run_cli("serve", "--db", str(demo_db), "--port", port)
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and "cannot listen" in r.stderr.decode()


def test_serve_without_database_is_one_line(tmp_path: Path) -> None:
    from conftest import run_cli

    r = run_cli("serve", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode != 0 and r.stderr.decode().count("\n") == 1 and "Traceback" not in r.stderr.decode()


def test_openapi_documents_every_api_route(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/home", "/api/stories/{story_id}", "/api/entities/{entity_id}", "/api/pairs/{a}/{b}",
              "/api/graph", "/api/search", "/api/documents/{doc_id}", "/api/ingest"):  # fmt: skip
        assert p in paths
    assert json.dumps(spec).count("ErrorOut") >= 8


def test_entity_page_lists_the_facts_the_texts_state(demo_server):
    data = httpx.get(f"{demo_server}/api/entities/org:sco").json()
    got = {(f["predicate"], f["subject"]["entity_id"], f["date"]) for f in data["facts"]}
    assert ("member_of", "country:in", "2017") in got
    assert ("chair_of", "country:cn", "XXXX") in got
    for f in data["facts"]:
        assert all(e["text"] and "एससीओ" in e["text"] for e in f["evidence"])
    html = httpx.get(f"{demo_server}/entities/country:in").text
    assert 'id="facts"' in html and "member of" in html


def test_reads_go_on_while_an_api_ingest_runs_and_the_token_needs_its_scheme(demo_db: Path, tmp_path: Path) -> None:
    import threading
    import time

    from sambandh.web.app import running

    db = copy_db(demo_db, tmp_path)
    config = Config.build(db=db, api_token=TOKEN, embeddings="off")
    body = "भारत और फ्रांस के रक्षा मंत्रियों ने पेरिस में रक्षा उत्पादन पर बातचीत की और नए समझौते पर हस्ताक्षर किए।"
    docs = [{"text": " ".join(f"{body} लेख {i}, अनुच्छेद {j}।" for j in range(25)), "title": f"लेख {i}"}
            for i in range(101)]  # fmt: skip
    with running(config) as url, httpx.Client(base_url=url, timeout=300) as c:
        assert c.post("/api/ingest", json={"documents": docs[:1]}, headers={"Authorization": TOKEN}).status_code == 401
        assert c.post("/api/ingest", json={"documents": docs[:1]},
                      headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200  # fmt: skip
        done: dict[str, float] = {}

        def post() -> None:
            t = time.perf_counter()
            with httpx.Client(base_url=url, timeout=300) as w:
                r = w.post("/api/ingest", json={"documents": docs[1:]}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 200, r.text
            done["ingest"] = time.perf_counter() - t

        writer = threading.Thread(target=post)
        writer.start()
        time.sleep(0.3)
        waits = []
        while writer.is_alive() and len(waits) < 200:
            t = time.perf_counter()
            assert c.get("/healthz").status_code == 200
            assert c.get("/api/home").status_code == 200
            waits.append(time.perf_counter() - t)
        writer.join()
        print({"ingest_s": done.get("ingest"), "reads": len(waits), "max_wait_s": max(waits) if waits else None})
        assert waits, "the ingest ended before a read was tried"
        # readers answered while the writer worked: no read waited for the ingest to finish
        assert max(waits) < max(2.0, done["ingest"] / 2), (max(waits), done["ingest"], len(waits))
        assert c.get("/api/home").json()["counts"]["documents"] >= 100
        import socket

        host, port = url.rsplit("/", 1)[1].split(":")
        with socket.create_connection((host, int(port)), timeout=30) as sock:  # a body announced too large
            sock.sendall(b"POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
            head = sock.recv(65536).decode("latin-1").lower()
        assert head.startswith("http/1.1 413") and "x-content-type-options: nosniff" in head, head


def test_error_messages_do_not_show_the_server_folders(demo_db: Path, tmp_path: Path) -> None:
    from sambandh.web.app import running

    db = tmp_path / "bare.duckdb"
    shutil.copy(demo_db, db)  # no search index beside it
    with running(Config.build(db=db)) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.get("/api/search", params={"q": "putin"})
        assert r.status_code == 400
        message = r.json()["error"]["message"]
        assert "bare.duckdb.index" in message and str(tmp_path) not in message, message


def test_a_background_ingest_answers_at_once_and_reports_through_its_job(demo_db: Path, tmp_path: Path) -> None:
    import time

    from sambandh.web.app import running

    db = copy_db(demo_db, tmp_path)
    config = Config.build(db=db, api_token=TOKEN, embeddings="off")
    body = "भारत और जापान के रक्षा मंत्रियों ने टोक्यो में समुद्री सुरक्षा पर बातचीत की और साझा बयान जारी किया।"
    docs = [{"text": f"{body} पृष्ठभूमि {i}।", "title": f"पृष्ठ {i}"} for i in range(5)]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with running(config) as url, httpx.Client(base_url=url, timeout=120) as c:
        r = c.post("/api/ingest", params={"background": "true"}, json={"documents": docs}, headers=auth)
        assert r.status_code == 202, r.text
        job = r.json()
        assert job["status"] in ("queued", "running") and job["documents"] == 5
        assert c.get(f"/api/ingest/jobs/{job['job_id']}").status_code == 401  # the token is needed here too
        deadline = time.monotonic() + 120
        while job["status"] in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(0.3)
            job = c.get(f"/api/ingest/jobs/{job['job_id']}", headers=auth).json()
        assert job["status"] == "done" and job["report"]["new"] == 5 and job["finished"], job
        assert c.get("/api/ingest/jobs/nope", headers=auth).status_code == 404


# -- what an analyst sees (#17) ------------------------------------------------------------


def _csv(r: httpx.Response) -> list[dict[str, str]]:
    import csv
    import io

    assert r.status_code == 200, r.text[:200]
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(r.text)))


def test_every_pair_event_is_placed_with_a_readable_date(client: httpx.Client) -> None:
    d = client.get("/api/pairs/India/Russia").json()
    assert d["events"]
    placed = {p["event_id"]: p for p in d["chart"]["points"]}
    for ev in d["events"]:
        w = ev["when"]
        assert w["en"] and w["hi"] and "XX" not in w["en"] and "XX" not in w["hi"], w
        assert ev["event_id"] in placed or ev["event_id"] in d["chart"]["unplaced"]
        if w["day"]:
            assert placed[ev["event_id"]]["day"] == w["day"]
    assert len(placed) + len(d["chart"]["unplaced"]) == len(d["events"])


def test_an_event_page_lists_every_report_with_its_outlet(client: httpx.Client) -> None:
    events = client.get("/api/events", params={"limit": 100}).json()["events"]
    ev = max(events, key=lambda e: len(e["doc_ids"]))
    assert len(ev["doc_ids"]) >= 2  # the demo corpus tells some events twice
    d = client.get(f"/api/events/{ev['event_id']}").json()
    assert [r["doc_id"] for r in d["reports"]] == ev["doc_ids"]
    for r in d["reports"]:
        assert r["outlet"] and r["evidence"]
        text = client.get(f"/api/documents/{r['doc_id']}").json()["text"]
        for e in r["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    page = client.get(f"/events/{quote(ev['event_id'], safe='')}")
    assert page.status_code == 200 and page.text.count('class="report"') == len(ev["doc_ids"])
    assert client.get("/api/events/ev:0000000000000000").status_code == 404


def test_event_list_filters_and_pages(client: httpx.Client) -> None:
    every = client.get("/api/events", params={"limit": 100}).json()
    assert every["total"] == len(every["events"]) or every["total"] > 100
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 100}).json()
    assert consult["total"] == every["types"]["CONSULT"] and all(e["type"] == "CONSULT" for e in consult["events"])
    india = client.get("/api/events", params={"country": "भारत", "limit": 100}).json()
    assert india["total"] and india["filters"]["country"] == "country:in"
    days = [e["when"]["day"] for e in every["events"] if e["when"]["day"]]
    since = sorted(days)[len(days) // 2]
    later = client.get("/api/events", params={"since": since, "limit": 100}).json()
    assert later["events"] and all(e["when"]["day"] >= since for e in later["events"])
    assert later["total"] < every["total"]
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["event_id"] for e in second["events"]] == [e["event_id"] for e in every["events"][2:4]]
    bad = client.get("/api/events", params={"status": "maybe"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "usage"
    assert client.get("/events", params={"type": "CONSULT"}).status_code == 200


def test_lists_of_entities_and_stories(client: httpx.Client) -> None:
    ents = client.get("/api/entities", params={"label": "PERSON", "limit": 5}).json()
    assert ents["entities"] and all(e["label"] == "PERSON" for e in ents["entities"])
    mentions = [e["mentions"] for e in ents["entities"]]
    assert mentions == sorted(mentions, reverse=True)
    found = client.get("/api/entities", params={"q": "jaishankar"}).json()["entities"]
    assert any(e["entity_id"] == "person:s-jaishankar" for e in found)
    stories = client.get("/api/stories", params={"limit": 100}).json()
    home = client.get("/api/home").json()
    assert stories["total"] == home["counts"]["stories"] == len(stories["stories"])
    for path in ("/entities", "/stories", "/events"):
        assert client.get(path).status_code == 200


def test_every_list_answers_as_csv_with_the_same_items(client: httpx.Client) -> None:
    pair = client.get("/api/pairs/India/Russia").json()
    for url in ("/api/pairs/India/Russia.csv", "/pairs/India/Russia.csv", "/pairs/India/Russia?_format=csv"):
        rows = _csv(client.get(url))
        assert [r["event_id"] for r in rows] == [e["event_id"] for e in pair["events"]]
        assert all(r["type"] and r["date_words"] and r["actor1"] for r in rows)
    events = client.get("/api/events", params={"type": "CONSULT"}).json()
    rows = _csv(client.get("/api/events.csv", params={"type": "CONSULT"}))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in events["events"]]
    graph = client.get("/api/graph").json()
    assert len(_csv(client.get("/graph.csv"))) == len(graph["edges"])
    assert len(_csv(client.get("/api/search.csv", params={"q": "putin"}))) == len(
        client.get("/api/search", params={"q": "putin"}).json()["hits"])  # fmt: skip
    assert len(_csv(client.get("/entities.csv", params={"limit": 7}))) == 7
    assert _csv(client.get("/stories.csv"))
    hindi = client.get("/pairs/भारत/रूस.csv")  # a file name outside Latin-1 goes in the RFC 6266 form
    assert [r["event_id"] for r in _csv(hindi)] == [e["event_id"] for e in pair["events"]]
    assert "filename*=UTF-8''pairs-" in hindi.headers["content-disposition"]
    missing = client.get("/api/pairs/India/Nowhereland.csv")
    assert missing.status_code == 400 and missing.json()["error"]["code"] == "usage"


def test_pair_and_entity_pages_take_a_date_range(client: httpx.Client) -> None:
    d = client.get("/api/pairs/India/China").json()
    days = sorted(e["when"]["day"] for e in d["events"] if e["when"]["day"])
    assert len(days) >= 2
    narrow = client.get("/api/pairs/India/China", params={"since": days[-1]}).json()
    assert 0 < len(narrow["events"]) < len(d["events"])
    ent = client.get("/api/entities/country:in", params={"until": days[0]}).json()
    assert all(e["when"]["day"] <= days[0] for e in ent["events"])
    assert client.get("/api/pairs/India/China", params={"since": "2025-13-01"}).status_code in (400, 422)


def test_english_ui_names_actors_in_english(client: httpx.Client) -> None:
    import re

    page = client.get("/pairs/India/Russia", params={"lang": "en"}).text
    names = re.findall(r'<a href="/entities/[^"]+">([^<]+)</a>', page)
    assert names and not [n for n in names if re.search(r"[\u0900-\u097F]", n)]
    hindi = client.get("/pairs/India/Russia", params={"lang": "hi"}).text
    assert "भारत" in hindi and "कर्ता" in hindi  # Hindi names and role words in the Hindi UI


def test_a_busy_entity_page_shows_the_latest_events_and_counts_them_all(demo_db: Path, tmp_path: Path) -> None:
    import json
    import shutil

    from sambandh import api
    from sambandh.relations import brief_record
    from sambandh.store import Store

    # the happenings merged in memory (an old database): an archive where India takes part in 150 events
    k = api.Knowledge(Config.build(db=demo_db))
    try:
        one = next(r for r in k.records() if any(a.get("affiliation") == "country:in" for a in r["actors"]))
        many = [{**one, "event_id": f"ev:{i:016x}"} for i in range(api.MAX_PAGE + 50)]
        k._cache["records"], k._cache["kept"] = many, False
        d = api.entity(k, "country:in")
        assert d["events_total"] == api.MAX_PAGE + 50 and len(d["events"]) == api.MAX_PAGE
        assert [e["event_id"] for e in d["events"]] == [r["event_id"] for r in many[-api.MAX_PAGE :]]
    finally:
        k.close()
    # the store's read model: 150 more kept happenings, sorted after any other (undated ones too), answer a
    # bounded query
    db = tmp_path / "busy.duckdb"
    shutil.copy(demo_db, db)
    with Store(db) as store:
        before = store.find_happenings(involving=["country:in"], limit=0)[1]
        recs = [{**one, "event_id": f"ev:{i:016x}", "sort_key": "9999-12-31"} for i in range(api.MAX_PAGE + 50)]
        rows = [(r["event_id"], "busy", r["sort_key"], "{}", json.dumps(r), json.dumps(brief_record(r))) for r in recs]
        store.write_happenings(rows, [])
    k = api.Knowledge(Config.build(db=db))
    try:
        assert k.kept()
        d = api.entity(k, "country:in")
        assert d["events_total"] == before + api.MAX_PAGE + 50 and len(d["events"]) == api.MAX_PAGE
        assert [e["event_id"] for e in d["events"]] == [r[0] for r in rows[-api.MAX_PAGE :]]
    finally:
        k.close()


def test_the_read_model_answers_every_page_as_merging_and_whole_store_entity_rows_do(demo_db: Path) -> None:
    from sambandh import api

    kept, merged = api.Knowledge(Config.build(db=demo_db)), api.Knowledge(Config.build(db=demo_db))
    try:
        merged._cache["kept"] = merged._cache["entities_kept"] = False
        assert kept.kept() and kept.entities_kept() and kept.type_counts() == merged.type_counts()
        records = merged.records()
        assert len(records) > 20
        actors = sorted({a["entity_id"] for r in records for a in r["actors"]}
                        | {a["affiliation"] for r in records for a in r["actors"] if a.get("affiliation")}
                        | {r["place"]["entity_id"] for r in records if r.get("place")})  # fmt: skip
        since = "2025-01-01"
        for entity_id in actors:
            if entity_id in kept.entity_rows() or entity_id in kept.kb.entities:
                assert api.entity(kept, entity_id) == api.entity(merged, entity_id), entity_id
                assert api.entity(kept, entity_id, since=since) == api.entity(merged, entity_id, since=since)
        for r in records:
            assert api.event(kept, r["event_id"]) == api.event(merged, r["event_id"]), r["event_id"]
        for a, b in (("India", "Russia"), ("India", "China"), ("भारत", "पाकिस्तान")):
            assert api.pair(kept, a, b) == api.pair(merged, a, b)
        for args in ({}, {"type": "CONSULT,AGREE"}, {"actor": "India"}, {"country": "Russia"}, {"status": "planned"},
                     {"since": "2025-06-01", "until": "2025-12-31"}, {"limit": 5, "offset": 3}):  # fmt: skip
            assert api.events(kept, **args) == api.events(merged, **args), args  # type: ignore[arg-type]
        for args in ({}, {"label": "PERSON"}, {"q": "modi"}, {"q": "रूस"}, {"limit": 5, "offset": 5}):
            assert api.entities(kept, **args) == api.entities(merged, **args), args  # type: ignore[arg-type]
        for entity_id in merged.entity_rows():
            assert api.entity(kept, entity_id) == api.entity(merged, entity_id), entity_id
        for s in api.stories(kept, limit=100)["stories"]:
            assert api.story(kept, s["story_id"]) == api.story(merged, s["story_id"])
        assert api.home(kept) == api.home(merged)

        def graph(k: api.Knowledge, **args: object) -> tuple[list, list]:
            g = api.relation_graph(k, **args)  # type: ignore[arg-type]
            edges = sorted(g["edges"], key=lambda e: (e["source"], e["target"]))
            return sorted(g["nodes"], key=lambda n: n["id"]), edges

        cases = ({}, {"countries_only": True}, {"since": "2025-01-01"}, {"until": "2025-06-30", "types": ["CONSULT"]})
        for args in cases:
            nodes, edges = graph(kept, **args)
            assert nodes and (nodes, edges) == graph(merged, **args), args
    finally:
        kept.close()
        merged.close()


def test_an_events_list_reads_its_order_once_a_block_and_every_page_is_the_stores(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sambandh import api
    from sambandh.store import Store

    monkeypatch.setattr(api, "LIST_BLOCK", 4)  # a page of 3 or 4 may span two blocks
    k = api.Knowledge(Config.build(db=demo_db))
    try:
        assert k.kept()
        total = k.db.find_happenings(limit=0)[1]
        assert total > 12
        lists = ({}, {"types": ["CONSULT", "AGREE"]}, {"acting": ["country:in"]})
        pages = [(f, limit, offset) for f in lists for limit in (1, 3, 4) for offset in range(total + 2)]
        want = [k.db.find_happenings(**f, order="day", newest_first=True, limit=limit, offset=offset, brief=True,  # type: ignore[arg-type]
                                     latest_day=k.latest_day()) for f, limit, offset in pages]  # fmt: skip
        reads: list[int] = []
        plain = Store.find_happening_ids

        def counted(self: Store, **kw: object) -> tuple[list[str], int]:
            reads.append(int(kw["offset"]))  # type: ignore[call-overload]
            return plain(self, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(Store, "find_happening_ids", counted)
        got = [k.happenings(**f, order="day", newest_first=True, limit=limit, offset=offset, brief=True)  # type: ignore[arg-type]
               for f, limit, offset in pages]  # fmt: skip
        assert got == want
        # each block of each list read once, whatever the pages asked
        assert sorted(reads) == sorted(list(range(0, total + 5, 4)) * len(lists))
        reads.clear()
        k.refresh()  # the store changed: its blocks are read again
        k.happenings(order="day", newest_first=True, limit=3, offset=2, brief=True)
        assert reads == [0, 4]
    finally:
        k.close()


def test_serve_with_watch_shows_new_articles_after_a_round(tmp_path: Path) -> None:
    import time

    from sambandh.web.app import running

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "नई दिल्ली: भारत और मिस्र के विदेश मंत्रियों ने आज व्यापार और सुरक्षा पर लंबी बातचीत की। दोनों पक्षों ने "
        "अगले वर्ष फिर मिलने पर सहमति जताई।", encoding="utf-8")  # fmt: skip
    config = Config.build(db=tmp_path / "w.duckdb", embeddings="off")
    from sambandh.store import Store

    Store(config.db).close()  # an empty database to start from
    with running(config, watch=[str(folder)], every=1) as url, httpx.Client(base_url=url, timeout=30) as c:
        def found(q: str) -> int:
            r = c.get("/api/search", params={"q": q})
            return int(r.json()["total"]) if r.status_code == 200 else 0

        deadline = time.monotonic() + 60
        while found("मिस्र") == 0 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert found("मिस्र") == 1
        (folder / "b.txt").write_text(
            "काहिरा: मिस्र के राष्ट्रपति ने भारत के प्रधानमंत्री को अगले महीने की यात्रा का निमंत्रण भेजा। इस "
            "यात्रा में रक्षा सहयोग पर चर्चा होगी।", encoding="utf-8")  # fmt: skip
        deadline = time.monotonic() + 60
        while c.get("/api/home").json()["counts"]["documents"] < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert c.get("/api/home").json()["counts"]["documents"] == 2  # the next round brought it in
        assert c.get("/healthz").status_code == 200


def test_a_pair_of_a_generic_actor_resolves_as_the_home_page_links_it() -> None:
    from sambandh.kb import load
    from sambandh.relations import resolve_entity

    kb = load(None)
    # the graph and home's active pairs name generic actors by id (a country's army): their pair page answers
    assert resolve_entity("agent:mil:in", kb) == "agent:mil:in"
    assert resolve_entity("country:pk", kb) == "country:pk"


def test_pages_are_computed_a_few_at_once(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from sambandh import api
    from sambandh.config import Config
    from sambandh.web.app import running

    now, peak, lock, real = 0, 0, threading.Lock(), api.home

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal now, peak
        with lock:
            now += 1
            peak = max(peak, now)
        time.sleep(0.3)
        with lock:
            now -= 1
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "home", slow)
    # the response cache off: twelve requests for two pages would otherwise compute each page once
    with running(Config.build(db=demo_db, serve_cache_mb=0)) as url, httpx.Client(base_url=url, timeout=60) as c, \
            ThreadPoolExecutor(12) as pool:  # fmt: skip
        codes = list(pool.map(lambda i: c.get("/api/home" if i % 2 else "/").status_code, range(12)))
    # every request answered, never more than PAGES_AT_ONCE computed together (the rest waited)
    assert codes == [200] * 12 and peak == api.PAGES_AT_ONCE


def test_cheap_routes_answer_while_every_page_thread_is_busy(demo_db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from sambandh import api
    from sambandh.config import Config
    from sambandh.web.app import running

    release, busy, real = threading.Event(), threading.Semaphore(0), api.home

    def stuck(*args, **kwargs):  # type: ignore[no-untyped-def]
        busy.release()
        release.wait(30)
        return real(*args, **kwargs)

    def workers() -> int:  # the app's worker threads (the client's are the pool's)
        return sum(t.name.startswith("AnyIO worker") for t in threading.enumerate())

    monkeypatch.setattr(api, "home", stuck)
    before = workers()  # idle ones of servers started before this test may linger a while
    with running(Config.build(db=demo_db, serve_cache_mb=0)) as url, httpx.Client(base_url=url, timeout=60) as c, \
            ThreadPoolExecutor(50) as pool:  # fmt: skip
        waiting = [pool.submit(c.get, f"/api/home?limit={i % 20 + 1}") for i in range(50)]
        for _ in range(api.PAGES_AT_ONCE):  # every page thread is computing; the other requests wait for one
            assert busy.acquire(timeout=30)
        threads = workers()  # the pages computing, no more
        try:
            # more pages waiting than Starlette's pool has threads (40): the health check and a route of
            # that pool (the pair form) still answer at once, and the waiting pages hold no thread
            assert c.get("/healthz", timeout=5).status_code == 200
            assert c.get("/pair", params={"a": "India", "b": "Russia"}, timeout=5).status_code == 303
        finally:
            release.set()
        assert [f.result().status_code for f in waiting] == [200] * 50
    assert threads <= before + api.PAGES_AT_ONCE
