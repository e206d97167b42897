"""The command line as a user meets it: real files, a real DuckDB file, real processes."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from conftest import ROOT, run_cli

BODY = "नई दिल्ली: भारत और ऑस्ट्रेलिया ने समुद्री सुरक्षा पर एक नए ढांचे की घोषणा की। दोनों देशों की नौसेनाएं अगले साल संयुक्त अभ्यास करेंगी।"


def article(i: int) -> str:
    return f"लेख संख्या {i} का शीर्षक यहां है\n\nनई दिल्ली: यह लेख संख्या {i} है। {BODY}\n"


def test_problem_folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    (d / "utf16.txt").write_bytes(article(1).encode("utf-16"))
    (d / "western.txt").write_bytes(
        (
            "Paris talks\n\nPARIS (Reuters): The ministers’ talks on the “naïve” café accord ended on Tuesday "
            "with a joint statement."
        ).encode("cp1252")
    )
    (d / "cut.html").write_text("<!DOCTYPE html><html><head><title>कट", encoding="utf-8")
    (d / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": article(2)}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": "w2", "text": article(3)}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    with (d / "huge.txt").open("wb") as fh:
        fh.write(article(4).encode() * (50_000_000 // len(article(4).encode()) + 1))
    db = tmp_path / "p.duckdb"
    res = run_cli("ingest", str(d), "--db", str(db))
    assert res.returncode == 1, res.stderr
    err = res.stderr.decode().strip().splitlines()
    assert "Traceback" not in res.stderr.decode()
    problems = [line for line in err if line.startswith("sambandh: quarantined")]
    assert len(problems) == 5, err
    for name, code in [
        ("empty.txt", "empty"),
        ("image.png", "binary"),
        ("cut.html", "no_content"),
        ("wire.jsonl#L2", "malformed"),
        ("huge.txt", "too_large"),
    ]:
        assert any(name in p and f"[{code}]" in p for p in problems), (name, problems)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from quarantine").fetchone()[0] == 5
    assert con.execute("select count(*) from documents").fetchone()[0] == 4  # utf16, western, w1, w2
    western = con.execute("select text from documents where source like '%western.txt'").fetchone()[0]
    assert "“naïve” café" in western


def test_ingest_twice_adds_nothing_and_export_formats(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    first = run_cli("ingest", str(d), "--db", str(db), "--json")
    assert first.returncode == 0
    assert json.loads(first.stdout)["new"] == 3
    again = json.loads(run_cli("ingest", str(d), "--db", str(db), "--json").stdout)
    assert again["new"] == 0 and again["already_ingested"] == 3
    out = run_cli("export", "documents", "--db", str(db))
    docs = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(docs) == 3
    assert {"id", "source", "title", "published", "language", "text", "boilerplate", "duplicate_of", "story_id"} <= set(
        docs[0]
    )
    csv_path, pq_path = tmp_path / "d.csv", tmp_path / "d.parquet"
    assert run_cli("export", "documents", "--db", str(db), "--format", "csv", "--output", str(csv_path)).returncode == 0
    assert (
        run_cli("export", "documents", "--db", str(db), "--format", "parquet", "--output", str(pq_path)).returncode == 0
    )
    assert duckdb.sql(f"select count(*) from read_csv_auto('{csv_path}')").fetchone()[0] == 3
    assert duckdb.sql(f"select count(*) from '{pq_path}'").fetchone()[0] == 3


def test_published_flag_and_usage_errors(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(article(1), encoding="utf-8")
    out = run_cli("annotate", str(f), "--published", "2021-09-30")
    assert json.loads(out.stdout)["published"] == "2021-09-30"
    for args in (
        ["ingest", str(tmp_path / "missing")],
        ["annotate", str(f), "--published", "not-a-date"],
        ["export", "stories-x", "--db", str(tmp_path / "none.duckdb")],
    ):
        res = run_cli(*args)
        assert res.returncode == 2 or (args[0] == "export" and res.returncode == 4), (args, res.returncode)
        lines = res.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("sambandh:"), lines


def test_annotate_input_contract(tmp_path):
    recs = [
        {"id": "b", "text": "पहली पंक्ति जो शीर्षक जैसी है\n" + BODY, "title": ""},
        {
            "id": "a",
            "text": "शीर्षक पंक्ति यहां है\n\n" + BODY,
            "published": "2024-05-01",
            "language": "hi",
            "source": "wire",
        },
        {"id": "c", "text": ""},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    res = run_cli("annotate", "--input", str(f))
    assert res.returncode == 1  # record c has no text
    out = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["b", "a", "c"]
    assert out[0]["text"].startswith("पहली पंक्ति")  # its title was separate: nothing taken from the text
    assert out[1]["title"] == "शीर्षक पंक्ति यहां है" and out[1]["published"] == "2024-05-01" and out[1]["source"] == "wire"
    assert out[1]["dateline"]["place"] == "नई दिल्ली"
    for o in out[:2]:
        assert {"entities", "timexes", "events", "sentences"} <= set(o)
        for s in o["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(o["text"])
    assert out[2]["error"]["code"] == "empty"


def test_kill_9_then_resume_stores_everything_once(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    n = 4000
    for i in range(n):
        (d / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "k.duckdb"
    # story embeddings off: the point is the kill and the resume, and they cost ~60 ms an article
    env = {**os.environ, "SAMBANDH_BATCH_SIZE": "100", "SAMBANDH_EMBEDDINGS": "off"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sambandh", "ingest", str(d), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # kill once some batches are on disk (the write-ahead log grows), well before the end
    deadline = time.monotonic() + 60
    wal = Path(str(db) + ".wal")
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the first run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    res = run_cli(
        "ingest", str(d), "--db", str(db), "--json", env={"SAMBANDH_BATCH_SIZE": "100", "SAMBANDH_EMBEDDINGS": "off"}
    )
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert 0 < report["already_ingested"] < n  # it resumed: part was stored, part was not
    assert report["already_ingested"] + report["new"] == n
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*), count(distinct id) from documents").fetchone() == (n, n)
    assert con.execute("select count(*) from document_sources").fetchone()[0] == n


def test_every_command_is_documented():
    from typer.main import get_command

    from sambandh.cli import app

    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    cmd = get_command(app)
    todo = [(name, sub) for name, sub in cmd.commands.items()]  # type: ignore[attr-defined]
    while todo:
        name, sub = todo.pop()
        if hasattr(sub, "commands"):  # a group such as `eval`: each subcommand has its section
            todo += [(f"{name} {n}", s) for n, s in sub.commands.items()]
            continue
        assert f"## `sambandh {name}`" in doc, name
        assert "Examples:" in (sub.help or ""), f"sambandh {name} --help shows no examples"
        section = doc.split(f"## `sambandh {name}`", 1)[1].split("\n## ", 1)[0]
        for param in sub.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert re.search(re.escape(opt) + r"\b", section), (name, opt)


def test_help_reads_cleanly_and_the_version_is_a_flag():
    from sambandh import __version__

    res = run_cli("--version")
    assert res.returncode == 0 and res.stdout.decode().strip() == f"sambandh {__version__}"
    for args in (
        ["--help"], ["ingest", "--help"], ["export", "--help"], ["timeline", "--help"], ["eval", "events", "--help"]
    ):
        out = run_cli(*args).stdout.decode()
        assert out and not re.search(r"<(?:bool|str|int|list\[str\]|path)>", out), (args, out)
        assert not re.search(r"\w \.(?:\s|$)", out), (args, out)  # a lost "[default: ...]" left "file ."


def test_a_locked_database_is_one_line_with_its_own_exit_code(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "x.duckdb"
    f = tmp_path / "a.txt"
    f.write_text(article(1), encoding="utf-8")
    assert run_cli("ingest", str(f), "--db", str(db)).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('open', flush=True); time.sleep(60)"], stdout=subprocess.PIPE)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        res = run_cli("ingest", str(f), "--db", str(db))
        err = res.stderr.decode()
        assert res.returncode == 5, err
        assert err.count("\n") == 1 and "in use by another process" in err and f"PID {holder.pid}" in err
        assert "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()


def test_progress_only_on_a_terminal(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(article(1), encoding="utf-8")
    res = run_cli("ingest", str(f), "--db", str(tmp_path / "x.duckdb"))
    assert res.stderr == b""  # piped: no progress display
    assert "articles stored" in res.stdout.decode()


def test_main_command_help_runs():
    res = run_cli("--help")
    assert res.returncode == 0 and b"ingest" in res.stdout
    assert Path(ROOT / "README.md").read_text(encoding="utf-8").count("make demo") >= 1


def test_a_large_run_in_worker_processes_stores_what_one_process_stores(tmp_path):
    """Over four batches of articles go to worker processes; the result is the same, in order,
    with the stage counts of every worker added up and a bad record still quarantined.
    """
    corpus = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    lines = [
        json.dumps({"text": f"{texts[i % len(texts)]}\n\nइस विषय पर बैठक संख्या {i} में भी चर्चा हुई।"}, ensure_ascii=False)
        for i in range(300)
    ]
    lines.insert(150, json.dumps({"text": "   "}))
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = {}
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.duckdb"
        # embeddings off: stories are not what this compares, and they take most of the time
        res = run_cli(
            "ingest", str(src), "--db", str(db), "--workers", workers, "--json", env={"SAMBANDH_EMBEDDINGS": "off"}
        )
        assert res.returncode == 1, res.stderr.decode()  # the blank record is quarantined
        report = json.loads(res.stdout)
        exported = tmp_path / f"entities{workers}.jsonl"
        assert run_cli("export", "entities", "--db", str(db), "--output", str(exported)).returncode == 0
        con = duckdb.connect(str(db), read_only=True)
        counts = [con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "mentions", "events")]
        con.close()
        out[workers] = (report["new"], report["quarantined"], report["stages"], counts, exported.read_text())
    assert out["1"] == out["2"]
    assert out["2"][0] == 300 and out["2"][3][1] > 300
    entities = {s["stage"]: s for s in out["2"][2]}["entities"]
    assert entities["seen"] == entities["passed"] == 300


def test_a_bad_model_in_worker_processes_is_one_clear_line(tmp_path):
    lines = [json.dumps({"text": article(i)}, ensure_ascii=False) for i in range(300)]
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run_cli(
        "ingest", str(src), "--db", str(tmp_path / "x.duckdb"), "--workers", "2",
        env={"SAMBANDH_NER_MODEL": str(tmp_path / "no-such-model")},
    )  # fmt: skip
    err = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_timeline_and_its_exports_read_as_an_analyst_expects(demo_db):
    import csv
    import io
    import json as js

    wide = {"COLUMNS": "400"}  # rich wraps table cells to the terminal's width
    res = run_cli("timeline", "India", "China", "--db", str(demo_db), env=wide)
    out = res.stdout.decode()
    assert res.returncode == 0 and "XXXX" not in out and "India – China" in out
    listed = run_cli("timeline", "India", "China", "--db", str(demo_db), "--json").stdout
    rows = [js.loads(x) for x in listed.splitlines()]
    assert rows and all(r["when"]["en"] and r["sources"] for r in rows)
    assert all(s["outlet"] in out for r in rows for s in r["sources"])
    every = run_cli("timeline", "India", "China", "--db", str(demo_db), "--evidence", "all", env=wide).stdout.decode()
    assert len(every) >= len(out)
    flat = run_cli("export", "timeline", "India", "China", "--db", str(demo_db), "--flat", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(flat.stdout.decode())))
    assert [r["event_id"] for r in table] == [r["event_id"] for r in rows]
    assert all(r["actor1"] and r["date_words"] and r["type"] for r in table)
    hindi = run_cli(
        "export", "events", "--db", str(demo_db), "--flat", "--format", "csv", "--lang", "hi"
    ).stdout.decode()
    assert "actor1_country" in hindi.splitlines()[0] and re.search(r"[\u0900-\u097F]", hindi)
    wrong = run_cli("export", "timeline", "India", "--db", str(demo_db))
    assert wrong.returncode == 2 and b"two actors" in wrong.stderr


def test_graph_csv_is_two_files_or_a_clear_refusal(demo_db, tmp_path):
    import csv

    refused = run_cli("export", "graph", "--format", "csv", "--db", str(demo_db))
    assert refused.returncode == 2 and b"--output" in refused.stderr and refused.stdout == b""
    res = run_cli("export", "graph", "--format", "csv", "--db", str(demo_db), "--output", str(tmp_path / "g.csv"))
    assert res.returncode == 0, res.stderr
    nodes = list(csv.DictReader((tmp_path / "g.nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "g.edges.csv").open(encoding="utf-8")))
    ids = {n["id"] for n in nodes}
    assert edges and all(e["source"] in ids and e["target"] in ids and int(e["weight"]) > 0 for e in edges)


def test_unknown_names_get_suggestions_and_near_spellings_are_taken(demo_db):
    near = run_cli("timeline", "India", "Rusia", "--db", str(demo_db), "--json")
    exact = run_cli("timeline", "India", "Russia", "--db", str(demo_db), "--json")
    assert near.returncode == 0 and near.stdout == exact.stdout and exact.stdout
    res = run_cli("timeline", "Indai", "Russia", "--db", str(demo_db))
    err = res.stderr.decode()
    assert res.returncode == 2 and "did you mean" in err and "India" in err and err.count("\n") == 1


def test_a_database_out_of_memory_is_one_line_that_names_the_setting(capsys, monkeypatch):
    import duckdb
    import pytest
    import typer

    from sambandh.cli import guarded

    @guarded
    def full() -> None:
        raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block of size 256.0 KiB")

    monkeypatch.setenv("SAMBANDH_DB_MEMORY_LIMIT", "400MB")
    with pytest.raises(typer.Exit) as exit_info:
        full()
    err = capsys.readouterr().err
    assert exit_info.value.exit_code == 4 and "internal error" not in err
    assert err.count("\n") == 1 and "400MB" in err and "SAMBANDH_DB_MEMORY_LIMIT" in err


def test_a_spark_job_out_of_java_memory_is_one_line_that_names_the_settings(capsys):
    import pytest
    import typer

    from sambandh.cli import guarded

    class Py4JJavaError(Exception):  # what py4j raises; its text carries the JVM's stack trace
        pass

    @guarded
    def heavy() -> None:
        raise Py4JJavaError("An error occurred while calling o87.collectToPython.\n"
                            ": java.lang.OutOfMemoryError: Java heap space\n\tat java.base/...\n\tat org.apache...")

    with pytest.raises(typer.Exit) as exit_info:
        heavy()
    err = capsys.readouterr().err
    assert exit_info.value.exit_code == 4 and "internal error" not in err
    assert err.count("\n") == 1 and "spark.driver.memory" in err and "--spark-conf" in err
