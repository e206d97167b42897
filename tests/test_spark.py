"""The Spark engine: the same stages on Apache Spark (local[2]), a Parquet lake, and slices pulled back.

The equality test ingests one folder (the demo corpus, the seeds where ../shared is present,
and a binary file) both ways, embedded and through Spark and ``pull``, and compares what
the stores hold, reduced as the golden guard reduces it: documents, near copies, stories,
entities, events, facts and the graph (the pull keeps the lake's story names). Skips with the
reason where PySpark or Java is missing (``make test`` installs both where it can).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, SPARK_CONF, SPARK_MARKS, run_cli
from test_golden import snapshot

pytestmark = SPARK_MARKS
CONF = SPARK_CONF


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "in"
    shutil.copytree(ROOT / "examples" / "corpus", folder / "demo")
    if (SHARED / "seeds").exists():
        shutil.copytree(SHARED / "seeds", folder / "seeds")
    (folder / "demo" / "zz_binary.txt").write_bytes(bytes(range(256)) * 40)  # one input that is quarantined
    return folder


@pytest.fixture(scope="module")
def both(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.spark import ingest_lake, pull

    work = tmp_path_factory.mktemp("engines")
    embedded, pulled, lake = work / "embedded.duckdb", work / "pulled.duckdb", work / "lake"
    ingest([str(corpus)], Config.build(db=embedded))
    report = ingest_lake([str(corpus)], Config.build(db=pulled), lake, CONF)
    assert report.files > 0 and report.articles > 0 and report.quarantined == {"binary": 1}
    pull(lake, Config.build(db=pulled))
    return embedded, pulled, lake


def test_spark_and_embedded_give_the_same_store(both: tuple[Path, Path, Path], corpus: Path) -> None:
    import duckdb

    embedded, pulled, lake = both
    a, b = snapshot(embedded, corpus), snapshot(pulled, corpus)
    assert a["documents"] and a["events"] and a["stories"]
    # the pull keeps the lake's story ids; a story is named by its first report, and where its first
    # reports share a day (or are undated: the seeds) both break the tie by write batch, then id
    with duckdb.connect() as con:
        named = dict(con.execute(f"SELECT left(doc_id, 12), story_id FROM read_parquet('{lake}/stories/*.parquet')")
                     .fetchall())  # fmt: skip
    assert {k: d["story"] for k, d in b["documents"].items()} == named
    assert {k: d["story"] for k, d in a["documents"].items()} == named
    for kind in a:
        assert a[kind] == b[kind], kind


def test_the_same_quarantine(both: tuple[Path, Path, Path]) -> None:
    import duckdb

    rows = []
    for db in both[:2]:
        with duckdb.connect(str(db), read_only=True) as con:
            rows.append(
                con.execute("SELECT code, reason, size, octet_length(data) FROM quarantine ORDER BY source").fetchall()
            )
    assert rows[0] == rows[1] and len(rows[0]) == 1


def test_a_rerun_reads_nothing_twice_and_a_second_pull_adds_nothing(
    both: tuple[Path, Path, Path], corpus: Path
) -> None:
    from sambandh.config import Config
    from sambandh.spark import ingest_lake, pull

    _, pulled, lake = both
    again = ingest_lake([str(corpus)], Config.build(db=pulled), lake, CONF)
    assert again.files == 0 and again.skipped_files > 0 and again.articles == 0
    out = pull(lake, Config.build(db=pulled))
    assert out["articles"] > 0 and out["new"] == 0 and out["quarantined"] == 0


def test_pull_a_month(both: tuple[Path, Path, Path], tmp_path: Path) -> None:
    import duckdb

    _, _, lake = both
    res = run_cli("pull", "--lake", str(lake), "--db", str(tmp_path / "slice.duckdb"), "--since", "2025-08-01",
                  "--until", "2025-08-31")  # fmt: skip
    assert res.returncode == 0, res.stderr
    with duckdb.connect(str(tmp_path / "slice.duckdb"), read_only=True) as con:
        days = [r[0] for r in con.execute("SELECT published FROM documents").fetchall()]
    assert days and all(d is not None and d.year == 2025 and d.month == 8 for d in days)
    found = run_cli("search", "S-400", "--db", str(tmp_path / "slice.duckdb"), "--json")
    assert found.returncode == 0  # the slice is an ordinary database: search, serve, export work on it


def test_the_cli_engine_options(tmp_path: Path, corpus: Path) -> None:
    bad = run_cli("ingest", str(corpus), "--engine", "spark", "--db", str(tmp_path / "x.duckdb"))
    assert bad.returncode == 2 and b"--lake" in bad.stderr
    bad = run_cli("ingest", str(corpus), "--engine", "spark", "--lake", str(tmp_path / "l"), "--spark-conf", "nokey")
    assert bad.returncode == 2 and b"KEY=VALUE" in bad.stderr
    missing = run_cli("pull", "--lake", str(tmp_path / "none"), "--db", str(tmp_path / "x.duckdb"))
    assert missing.returncode == 2 and missing.stderr.decode().count("\n") == 1
