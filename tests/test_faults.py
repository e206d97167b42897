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
        (folder / f"{i:05d}.txt").write_text(f"लेख {i} का शीर्षक\n\nनई दिल्ली: यह लेख {i} है। {body} {noise}", encoding="utf-8")


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
