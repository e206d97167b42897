"""Shared fixtures: the ../shared folder (skipped with a reason where absent) and a CLI runner."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["pytester"]  # the gate's quiet mode is checked as pytest reports it

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAMBANDH_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: this test needs the shared data beside the checkout")
    return p


@pytest.fixture
def seeds() -> Path:
    return shared_path("seeds")


def corpus_halves(folder: Path, into: Path) -> list[Path]:
    """The files of ``folder`` dealt into two folders under ``into`` (every other file), for two ingest runs."""
    import shutil

    files = sorted(p for p in folder.iterdir() if p.is_file())
    halves = [into / "a", into / "b"]
    for i, half in enumerate(halves):
        half.mkdir()
        for p in files[i::2]:
            shutil.copy(p, half / p.name)
    return halves


def ingest_runs(db: Path, *folders: Path) -> dict:
    """Ingest each folder into ``db`` in a run of its own (story embeddings off); the last run's global stages."""
    from sambandh.config import Config
    from sambandh.ingest import ingest

    out: dict = {}
    for folder in folders:
        out = ingest([str(folder)], Config.build(db=db, embeddings="off")).global_stages
    return out


def set_back(db: Path, version: int, *statements: str) -> Path:
    """A copy of ``db`` beside it as a database before migration ``version``: ``statements`` undo what that
    migration and later ones made, and their versions are forgotten, so the next open migrates it again."""
    import shutil

    from sambandh.store import Store

    old = db.with_name(f"v{version - 1}.duckdb")
    shutil.copy(db, old)
    with Store(old) as store:
        for sql in statements:
            store.con.execute(sql)
        store.con.execute("DELETE FROM schema_migrations WHERE version >= ?", [version])
    return old


def run_cli(
    *args: str, input: bytes | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m sambandh`` as a user would, capturing output."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sambandh", *args],
        input=input,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus (examples/corpus) ingested once into a fresh database."""
    from sambandh.config import Config
    from sambandh.ingest import ingest

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    report = ingest([str(ROOT / "examples" / "corpus")], Config.build(db=db))
    assert report.new > 0
    return db


def copy_db(src: Path, dst_dir: Path) -> Path:
    """A copy of the database ``src`` (with its write-ahead log and its search index, if any) in ``dst_dir``."""
    dst = dst_dir / src.name
    shutil.copy(src, dst)
    wal = src.with_name(src.name + ".wal")  # what a writer has not checkpointed yet
    if wal.exists():
        shutil.copy(wal, dst.with_name(dst.name + ".wal"))
    index = src.with_name(src.name + ".index")
    if index.exists():
        shutil.copytree(index, dst.with_name(dst.name + ".index"))
    return dst


@pytest.fixture(scope="session")
def demo_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real HTTP server (uvicorn) over a copy of the demo database, read-only; yields its base URL.

    A copy: the server holds its read-only connection for the whole session, and DuckDB refuses a second
    connection to the same file with other settings in this process (a later test's ``Knowledge`` or store).
    """
    from sambandh.config import Config
    from sambandh.web.app import running

    with running(Config.build(db=copy_db(demo_db, tmp_path_factory.mktemp("served")))) as url:
        yield url


# Spark tests run where PySpark and a Java runtime are (CI installs both); elsewhere they skip, saying why
SPARK_MARKS = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None,
                       reason="PySpark is not installed (pip install 'sambandh[spark]')"),
    pytest.mark.skipif(not os.environ.get("JAVA_HOME") and shutil.which("java") is None,
                       reason="no Java runtime for Spark"),
]  # fmt: skip
SPARK_CONF = {"spark.master": "local[2]", "spark.sql.shuffle.partitions": "4"}


def one_article(text: str, stages: list[Any], published: str = "2024-01-01") -> Any:
    """One text as a record (no title) through the given pipeline stages: what comes out, an ``Article`` or a
    ``Rejected``."""
    from sambandh.model import RawRecord
    from sambandh.pipeline import Pipeline

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": published})
    (out,) = list(Pipeline(stages).run([rec]))
    return out


def annotate_text(text: str, published: str | None = None, language: str | None = None) -> dict:
    """One text through ``annotate`` (every per-article stage, no store), as its JSON object."""
    from sambandh.annotate import annotate_records
    from sambandh.config import Config
    from sambandh.model import RawRecord

    meta = {"title": "", "published": published}
    if language:
        meta["language"] = language
    rec = RawRecord(source="t", data=text, kind="record", meta=meta)
    out = list(annotate_records([rec], Config.build()))
    assert isinstance(out[0], dict)
    return out[0]


def predicates_in(sentence: str, lang: str = "hi") -> list[tuple[str, Any]]:
    """``(matched words, PredicateMatch)`` of every predicate the shipped lexicon of ``lang`` finds in
    the normalised ``sentence``."""
    from sambandh.lexicon import load_lexicon
    from sambandh.normalize import normalize

    lex = load_lexicon(lang)
    assert lex is not None
    text = normalize(sentence)
    return [(text[m.start : m.end], m) for m in lex.find(text)]


def senses_in(text: str, lang: str = "hi") -> list[tuple[str, str]]:
    """``(type, mode)`` of every predicate the shipped lexicon of ``lang`` finds in ``text`` as written."""
    from sambandh.lexicon import load_lexicon

    lex = load_lexicon(lang)
    assert lex is not None
    return [(m.entry.type, m.entry.mode) for m in lex.find(text)]


@pytest.fixture(scope="session")
def rec():  # type: ignore[no-untyped-def]
    """The shipped entity recogniser, loaded once."""
    from sambandh.entities import recognizer

    return recognizer()


@pytest.fixture
def model_reads(rec, monkeypatch):  # type: ignore[no-untyped-def]
    """``model_reads(("name", "LABEL"), ...)``: ``rec`` with its NER model reading exactly those names
    (wherever their words stand) and nothing else, for one test: a rule of the entity stage tested
    on the model's names given, apart from which names a particular set of weights reads.
    """
    import re

    def reading(*names: tuple[str, str]):  # type: ignore[no-untyped-def]
        own = type(rec)._read

        def _read(texts, batch_size):  # type: ignore[no-untyped-def]
            for text, (rows, _ents) in zip(texts, own(rec, texts, batch_size), strict=True):
                ents = [(m.start(), m.end(), label) for name, label in names
                        for m in re.finditer(re.escape(name), text)]  # fmt: skip
                yield rows, sorted(ents)

        monkeypatch.setattr(rec, "_read", _read)
        return rec

    return reading


def linked_mentions(rec, text: str) -> list[Any]:  # type: ignore[no-untyped-def]
    """The recogniser's mentions of ``text``, linked (no publication date)."""
    from sambandh.link import Linker
    from sambandh.segment import split_sentences

    mentions = rec(text, split_sentences(text))
    Linker().link(text, mentions, None)
    return mentions


def events_of(doc: dict, typ: str, mode: str | None = None) -> list[dict]:
    """The events of an annotated document of one type (and mode, when given)."""
    return [e for e in doc["events"] if e["type"] == typ and (mode is None or e["mode"] == mode)]


def places_of(doc: dict, typ: str, mode: str | None = None) -> list[str | None]:
    """The place ids of a document's events of one type (and mode, when given), in order."""
    return [(e.get("place") or {}).get("entity_id") for e in events_of(doc, typ, mode)]


def roles_of(ev: dict) -> dict[str, str]:
    """An event's actors as ``{entity id: role}``."""
    return {a["entity_id"]: a["role"] for a in ev["actors"]}


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The event rules alone: the precision model off, so that the rules, not the model, drop what is dropped."""
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def typed_events(text: str, typ: str) -> list[dict]:
    """The events of one type a Hindi text (published 2024-05-02) gives."""
    return [e for e in annotate_text(text, published="2024-05-02")["events"] if e["type"] == typ]

