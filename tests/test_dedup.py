"""Near-duplicate detection: hashing invariants, in-memory linking, the store's incremental runs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sambandh.config import Config
from sambandh.dedup import DedupSettings, containment, find_duplicates, shingle_hashes, signatures
from sambandh.errors import ConfigError
from sambandh.ingest import ingest
from sambandh.store import Store

WORDS = [
    "सरकार",
    "संसद",
    "मंत्री",
    "बैठक",
    "समझौता",
    "रक्षा",
    "व्यापार",
    "सीमा",
    "सेना",
    "नीति",
    "चुनाव",
    "अदालत",
    "किसान",
    "बजट",
    "सड़क",
    "बिजली",
    "पानी",
    "स्कूल",
    "अस्पताल",
    "बारिश",
    "बाढ़",
    "उद्योग",
    "बंदरगाह",
    "रेल",
    "विमान",
    "सम्मेलन",
    "प्रस्ताव",
    "विरोध",
    "समर्थन",
    "जांच",
    "रिपोर्ट",
    "आयोग",
]


def article(seed: int, n: int = 120) -> str:
    """A long text of our own made of random words (every seed a different text)."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + ("।" if rng.random() < 0.1 else "") for _ in range(n))


def edited(text: str, share: float, seed: int = 0) -> str:
    rng = random.Random(seed)
    out = [w for w in text.split() if rng.random() >= share / 2]
    return " ".join(rng.choice(WORDS) if rng.random() < share / 2 else w for w in out)


def test_equal_shingles_hash_equally_in_any_batch():
    a, b = article(1), article(2)
    h1, o1 = shingle_hashes([a, b])
    h2, o2 = shingle_hashes([b])
    assert o1.size == 3 and o2.size == 2
    assert np.array_equal(h1[int(o1[1]) : int(o1[2])], h2)
    # case and punctuation do not make a new shingle
    h3, _ = shingle_hashes(["Russia and India agree"])
    h4, _ = shingle_hashes(["russia, and INDIA agree!"])
    assert np.array_equal(h3, h4)


def test_short_and_empty_texts_keep_their_rows():
    sigs, sizes = signatures(["", "एक", "दो शब्द", article(3)])
    assert sigs.shape == (4, 128)
    assert list(sizes[:3]) == [0, 1, 2]
    assert (sigs[0] == 0xFFFFFFFF).all()


def test_containment_covers_truncation():
    # the first half of a text: Jaccard 0.5, but all of the shorter text is in the longer
    assert containment(0.5, 100, 50) == pytest.approx(1.0)
    assert containment(0.0, 100, 50) == 0.0


def test_copies_link_to_their_original_and_others_stay_alone():
    orig = article(10, 200)
    texts = [
        orig,
        article(11, 200),
        "होम › देश\n" + orig + "\nयह भी पढ़ें",  # other chrome
        edited(orig, 0.05, 1),  # small edits
        orig[: len(orig) * 2 // 3],  # truncated
        article(12, 200),
        edited(orig, 0.9, 2),  # most words changed: not a copy
    ]
    assert find_duplicates(texts) == [None, None, 0, 0, 0, None, None]


def test_a_copy_of_a_copy_points_at_the_first_original():
    orig = article(20, 200)
    texts = [orig, edited(orig, 0.03, 1), edited(edited(orig, 0.03, 1), 0.03, 2)]
    assert find_duplicates(texts) == [None, 0, 0]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=12))
def test_links_point_backwards_at_originals(picks: list[int]):
    texts = [article(p, 80) for p in picks]
    links = find_duplicates(texts)
    for i, p in enumerate(links):
        if p is not None:
            assert p < i and links[p] is None
    # the same text twice is always linked
    for i, p in enumerate(picks):
        if p in picks[:i]:
            assert links[i] is not None


def test_settings_are_checked():
    with pytest.raises(ConfigError):
        DedupSettings(num_perm=100, bands=64)
    with pytest.raises(ConfigError):
        Config.build(dedup_threshold="1.5")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_store_links_new_copies_incrementally(tmp_path: Path):
    db = tmp_path / "d.duckdb"
    config = Config.build(db=db, entities=False, embeddings="off")
    first, second = tmp_path / "first", tmp_path / "second"
    orig = article(30, 250)
    _write(first, "a.txt", "संसद में बहस\n\n" + orig)
    _write(first, "b.txt", "दूसरी खबर\n\n" + article(31, 250))
    report = ingest([str(first)], config)
    assert report.global_stages["dedup"]["checked"] == 2
    assert report.global_stages["dedup"]["duplicates"] == 0
    _write(second, "c.txt", "संसद में बहस जारी\n\n" + edited(orig, 0.04, 3))
    _write(second, "d.txt", "तीसरी खबर\n\n" + article(32, 250))
    report = ingest([str(second)], config)
    assert report.global_stages["dedup"] == {**report.global_stages["dedup"], "checked": 2, "duplicates": 1}
    with Store(db, read_only=True) as store:
        rows = dict(store.con.execute("SELECT source, duplicate_of FROM documents").fetchall())
        ids = dict(store.con.execute("SELECT source, id FROM documents").fetchall())
        assert store.count("documents") == 4  # the copy is kept, linked
    by_name = {Path(k).name: v for k, v in rows.items()}
    id_of = {Path(k).name: v for k, v in ids.items()}
    assert by_name == {"a.txt": None, "b.txt": None, "c.txt": id_of["a.txt"], "d.txt": None}
    # a second run changes nothing
    again = ingest([str(first), str(second)], config)
    assert again.new == 0 and again.global_stages["dedup"]["checked"] == 0
    # other settings are refused while signatures exist
    with Store(db) as store, pytest.raises(ConfigError, match="rebuild"):
        from sambandh.dedup import deduplicate

        store.con.execute("INSERT INTO documents SELECT * REPLACE ('x' || id AS id) FROM documents LIMIT 1")
        deduplicate(store, config.replace(dedup_bands=32))


def test_cli_dedup_rebuild(tmp_path: Path):
    from conftest import run_cli

    folder = tmp_path / "in"
    orig = article(40, 250)
    _write(folder, "a.txt", "पहली\n\n" + orig)
    _write(folder, "b.txt", "दूसरी\n\n" + edited(orig, 0.04, 5))
    db = tmp_path / "r.duckdb"
    env = {"SAMBANDH_ENTITIES": "off", "SAMBANDH_EMBEDDINGS": "off"}
    assert run_cli("ingest", str(folder), "--db", str(db), env=env).returncode == 0
    out = run_cli("dedup", "--rebuild", "--db", str(db), env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["dedup"]["duplicates"] == 1


def test_a_later_copy_of_a_stored_copy_points_at_the_original(tmp_path: Path):
    db = tmp_path / "c.duckdb"
    config = Config.build(db=db, entities=False, embeddings="off")
    orig = article(50, 250)
    copy1 = edited(orig, 0.06, 1)
    _write(tmp_path / "one", "orig.txt", "मूल\n\n" + orig)
    _write(tmp_path / "one", "copy1.txt", "पहली प्रति\n\n" + copy1)
    ingest([str(tmp_path / "one")], config)
    _write(tmp_path / "two", "copy2.txt", "दूसरी प्रति\n\n" + edited(copy1, 0.02, 2))
    ingest([str(tmp_path / "two")], config)
    with Store(db, read_only=True) as store:
        rows = {
            Path(s).name: (i, d)
            for s, i, d in store.con.execute("SELECT source, id, duplicate_of FROM documents").fetchall()
        }
    assert rows["copy1.txt"][1] == rows["orig.txt"][0]
    assert rows["copy2.txt"][1] == rows["orig.txt"][0]
