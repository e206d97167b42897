"""Faults and hostile input: the work per character stays flat for text with no sentence stops
or one huge word (issue #20), measured against ordinary text of the same size in the same run."""

from __future__ import annotations

import time

from sambandh.config import Config
from sambandh.model import Article, RawRecord
from sambandh.pipeline import Pipeline, article_stages

N = 40_000


def _seconds(pipeline: Pipeline, text: str) -> float:
    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "शीर्षक"})
    t = time.perf_counter()
    out = list(pipeline.run(iter([rec])))
    took = time.perf_counter() - t
    assert isinstance(out[0], Article), out
    return took


def test_one_sentence_and_one_huge_word_cost_about_what_ordinary_text_costs():
    pipeline = Pipeline(article_stages(Config()))
    _seconds(pipeline, "भारत ने रूस से बात की। " * 20)  # load the models
    ordinary = _seconds(pipeline, "भारत ने रूस से बात की। दोनों देशों ने समझौता किया। " * (N // 48))
    one_sentence = _seconds(pipeline, "भारत ने रूस से बात की और दोनों देशों ने समझौता किया और " * (N // 54))
    one_word = _seconds(pipeline, "भारत ने रूस से बात की। " * 20 + "क" * N + "। भारत ने चीन की निंदा की।")
    pipe_danda = _seconds(pipeline, "भारत ने रूस से बात की | दोनों देशों ने समझौता किया | " * (N // 50))
    print({"ordinary": ordinary, "one_sentence": one_sentence, "one_word": one_word, "pipe_danda": pipe_danda})
    for took in (one_sentence, one_word, pipe_danda):
        assert took < 3 * ordinary + 1.0


def _articles(folder, n: int) -> None:
    import random

    folder.mkdir()
    rng = random.Random(7)
    body = "भारत और जापान के विदेश मंत्रियों ने टोक्यो में व्यापार और सुरक्षा पर विस्तार से बातचीत की।"
    for i in range(n):
        noise = " ".join(str(rng.random()) for _ in range(30))
        text = f"लेख {i} का शीर्षक\n\nनई दिल्ली: यह लेख {i} है। {body} {noise}"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")


def test_a_database_from_a_newer_sambandh_is_refused_before_anything_is_written(tmp_path):
    import duckdb
    from conftest import run_cli

    from sambandh.store import Store

    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now())")
    con.close()
    _articles(tmp_path / "in", 3)
    res = run_cli("ingest", str(tmp_path / "in"), "--db", str(db))
    lines = res.stderr.decode().strip().splitlines()
    assert res.returncode == 4 and len(lines) == 1 and "newer" in lines[0], (res.returncode, lines)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    res = run_cli("search", "भारत", "--db", str(db))
    assert res.returncode == 4 and "newer" in res.stderr.decode()


def test_a_full_disk_is_reported_as_such(tmp_path):
    import os
    import shutil
    import subprocess

    import pytest
    from conftest import run_cli

    mnt = tmp_path / "small"
    mnt.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount to make a small tmpfs")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        _articles(tmp_path / "in", 2000)
        res = run_cli("ingest", str(tmp_path / "in"), "--db", str(mnt / "f.duckdb"))
        lines = res.stderr.decode().strip().splitlines()
        assert res.returncode == 4, (res.returncode, lines[-3:])
        assert "no space left" in lines[-1], lines[-3:]
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def _bad_corpus(d) -> dict[str, int]:
    """Hostile inputs beside good ones; returns how many quarantine rows each bad name must give."""
    import gzip
    import os

    d.mkdir(exist_ok=True)
    body = "भारत ने रूस के साथ रक्षा सहयोग पर बातचीत की और दोनों देशों ने नए समझौते पर हस्ताक्षर किए।"
    with open(os.fsencode(d) + b"/name\xff.txt", "wb") as fh:  # an undecodable file name
        fh.write(f"विचित्र नाम\n\nनई दिल्ली: {body} पहला।".encode())
    (d / "new\nline\x1b[31m.txt").write_text(f"नियंत्रण अक्षर\n\n{body} दूसरा।", encoding="utf-8")
    (d / "surrogate.jsonl").write_text('{"text": "' + body + ' \\ud800 तीसरा।"}\n{"text": "' + body + ' चौथा।"}\n')
    (d / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (d / "five.json").write_text('{"articles": 5}')
    (d / "empty.json").write_text("[]")
    (d / "zero.txt").write_bytes(b"")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "long-word.txt").write_text(body + " " + "क" * 100_000 + "। " + body, encoding="utf-8")
    (d / "one-sentence.txt").write_text("भारत ने रूस से बात की और " * 8_000, encoding="utf-8")
    (d / "pipes.txt").write_text("भारत ने रूस से बात की | " * 4_000, encoding="utf-8")
    (d / "malformed.jsonl").write_text('{"text": "' + body + ' पांचवां।"}\n{"text": \n')
    (d / "year-one.json").write_text('{"text": "' + body + ' छठा।", "published": "0001-01-01"}', encoding="utf-8")
    (d / "huge-line.jsonl").write_text('{"text": "' + "क" * 6_000_000 + '"}\n', encoding="utf-8")
    whole = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/a\r\n"
                          b"Content-Length: 900\r\n\r\n"
                          + b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + body.encode() * 5)  # fmt: skip
    (d / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    return {"deep.json": 1, "five.json": 1, "empty.json": 1, "zero.txt": 1, "image.png": 1, "malformed.jsonl": 1,
            "huge-line.jsonl": 1, "cut.warc.gz": 1}  # fmt: skip


def test_hostile_inputs_beside_good_ones_each_give_one_quarantine_row_and_the_run_goes_on(tmp_path):
    import json
    import os

    import duckdb
    from conftest import run_cli

    n = int(os.environ.get("SAMBANDH_TEST_GOOD_ARTICLES", "150"))
    corpus = tmp_path / "corpus"
    expected = _bad_corpus(corpus)
    good = corpus / "good"
    _articles(good, n)
    db = tmp_path / "b.duckdb"
    res = run_cli("ingest", str(corpus), "--db", str(db), "--json", env={"SAMBANDH_EMBEDDINGS": "off"})
    err = res.stderr.decode()
    assert res.returncode == 1 and "internal error" not in err, (res.returncode, err[-2000:])
    assert all(line.isprintable() for line in err.splitlines()), err
    report = json.loads(res.stdout)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source, code, reason FROM quarantine").fetchall()
    stored = {r[0] for r in con.execute("SELECT source FROM document_sources").fetchall()}
    assert sum(1 for s in stored if "/good/" in s) == n  # every good article
    by_file: dict[str, int] = {}
    for source, code, reason in rows:
        assert source.isprintable() and reason.isprintable() and code != "internal", (source, code, reason)
        name = source.split("/corpus/", 1)[1].split("#", 1)[0]
        by_file[name] = by_file.get(name, 0) + 1
    assert {k: v for k, v in by_file.items() if k in expected} == expected, by_file
    assert set(by_file) - set(expected) <= {"long-word.txt", "one-sentence.txt", "pipes.txt"}, by_file
    for name in ("name\\xff.txt", "new\\nline\\x1b[31m.txt", "surrogate.jsonl", "year-one.json"):
        assert any(s.split("/corpus/", 1)[1].startswith(name) for s in stored), (name, sorted(stored)[:5])
    assert sum(report["quarantined"].values()) == len(rows)
    con.close()
    # a rerun resumes: nothing new, no duplicate rows
    again = run_cli("ingest", str(corpus), "--db", str(db), "--json", env={"SAMBANDH_EMBEDDINGS": "off"})
    assert again.returncode in (0, 1) and "internal error" not in again.stderr.decode()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (len(rows),)


KILL_POINTS = ["commit:1", "commit:4", "stage:dedup", "commit:7", "stage:stories", "commit:8", "stage:happenings",
               "happenings.write:1", "stage:entities", "summaries.write:1", "stage:index", "index.vocab:1",
               "index.added:1"]  # fmt: skip


def _story_corpus(folder) -> None:
    """Twelve reports in four stories, each syndicated twice more with other chrome (36 files)."""
    folder.mkdir()
    pairs = [
        ("राजनाथ सिंह", "आंद्रेई बेलौसोव", "मॉस्को", "रक्षा उत्पादन"),
        ("एस जयशंकर", "वांग यी", "बीजिंग", "सीमा विवाद"),
        ("नरेंद्र मोदी", "व्लादिमीर पुतिन", "कज़ान", "ऊर्जा व्यापार"),
        ("अजीत डोभाल", "जेक सुलिवन", "वाशिंगटन", "तकनीक"),
    ]
    for i in range(12):
        a, b, city, topic = pairs[i % 4]
        body = (f"{city}। {a} और {b} ने {i + 1} जून को {city} में {topic} पर विस्तार से बातचीत की। "
                f"दोनों पक्षों ने {topic} पर साझा बयान जारी किया और अगले दौर की वार्ता {i + 10} जुलाई को तय की। "
                f"अधिकारियों ने बताया कि बैठक संख्या {i} में {topic} के {i + 3} पहलुओं पर चर्चा हुई।")  # fmt: skip
        for copy, chrome in enumerate(["", "होम › देश\nयह भी पढ़ें: एक और खबर\n", "Share\nताजा खबरें\n"]):
            text = f"{a} और {b} की बातचीत {i}\n{chrome}\n{body}\n"
            (folder / f"{i:02d}-{copy}.txt").write_text(text, encoding="utf-8")


def _state(db) -> dict:
    import duckdb

    from sambandh.config import Config
    from sambandh.search import Filters, Searcher
    from sambandh.store import Store

    con = duckdb.connect(str(db), read_only=True)
    docs = sorted(con.execute("SELECT id, duplicate_of FROM documents").fetchall())
    groups: dict[str, set[str]] = {}
    for doc_id, story in con.execute("SELECT id, story_id FROM documents").fetchall():
        groups.setdefault(story or doc_id, set()).add(doc_id)
    events = con.execute("SELECT count(*) FROM events").fetchone()
    sources = con.execute("SELECT count(*), count(DISTINCT source) FROM document_sources").fetchone()
    entities = con.execute("SELECT entity_id, label, name, mentions, documents, folded_into, names_folded "
                           "FROM entity_summary ORDER BY entity_id").fetchall()  # fmt: skip
    surfaces = con.execute("SELECT count(*) FROM entity_surfaces").fetchone()
    con.close()
    found = {}
    with Store(db, read_only=True) as store:
        from sambandh.kb import load
        from sambandh.relations import stored_records

        kept = store.happening_records()
        assert kept is not None, "some stored event is in no happening"
        happenings = sorted((r["event_id"], tuple(r["doc_ids"]), r["type"]) for r in stored_records(store, load()))
        searcher = Searcher(store, Config.build(db=db))
        for q in ("rajnath", "belousov", "बातचीत", "वांग यी"):
            found[q] = sorted(h.doc_id for h in searcher.search(q, Filters(), limit=100).hits)
    return {"docs": docs, "stories": sorted(sorted(g) for g in groups.values()), "events": events,
            "sources": sources, "search": found, "happenings": happenings, "entities": entities,
            "surfaces": surfaces}  # fmt: skip


def test_a_kill_at_any_named_point_resumes_to_the_state_of_an_uninterrupted_run(tmp_path):
    import os
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from conftest import run_cli

    corpus = tmp_path / "corpus"
    _story_corpus(corpus)
    env = {"SAMBANDH_BATCH_SIZE": "5", "SAMBANDH_EMBEDDINGS": "off"}
    whole = tmp_path / "whole.duckdb"
    assert run_cli("ingest", str(corpus), "--db", str(whole), env=env).returncode == 0
    want = _state(whole)
    # copies that clean to the same text are one document with three sources; near copies link
    assert len(want["docs"]) == 12 and want["sources"] == (36, 36) and any(d for _, d in want["docs"])
    assert len(want["stories"]) < 12
    assert all(want["search"].values()), want["search"]

    def kill_and_resume(spot: str) -> tuple[str, str]:
        db = tmp_path / f"{spot.replace(':', '-')}.duckdb"
        killed = subprocess.run([sys.executable, "-m", "sambandh", "ingest", str(corpus), "--db", str(db)],
                                env={**os.environ, **env, "SAMBANDH_KILL_AT": spot},
                                capture_output=True, timeout=300)  # fmt: skip
        if killed.returncode != -9:
            return spot, f"killed run ended {killed.returncode}: {killed.stderr.decode()[-500:]}"
        again = run_cli("ingest", str(corpus), "--db", str(db), env=env)
        if again.returncode != 0:
            return spot, f"resumed run ended {again.returncode}: {again.stderr.decode()[-500:]}"
        return spot, "" if _state(db) == want else "the resumed store differs from the uninterrupted one"

    # each kill point has a database of its own, so the points run side by side (the runs are mostly start-up)
    with ThreadPoolExecutor(max_workers=min(4, (os.cpu_count() or 1) + 1)) as pool:
        failures = [(spot, why) for spot, why in pool.map(kill_and_resume, KILL_POINTS) if why]
    assert not failures, failures
