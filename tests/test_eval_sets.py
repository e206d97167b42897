"""The committed evaluation sets hang together without their page texts (which are not ours to commit):
``pages.tsv`` names every page once with the length and SHA-256 of the text the offsets refer to, both gold
files cover exactly those pages, and no offset runs past its page. ``check_texts.py`` finds a text that
differs."""

import csv
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from sambandh.evaluate import split_of

SETS = sorted((ROOT / "eval" / "sets").glob("unseen*"))


def _pages(folder: Path) -> list[dict[str, str]]:
    with (folder / "pages.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _offsets(node: object) -> list[tuple[int, int]]:
    """Every [start, end] pair in a gold line (triggers, spans, mentions)."""
    if isinstance(node, list) and len(node) == 2 and all(isinstance(x, int) for x in node):
        return [(node[0], node[1])]
    if isinstance(node, list):
        return [p for x in node for p in _offsets(x)]
    if isinstance(node, dict):
        return [p for x in node.values() for p in _offsets(x)]
    return []


def test_there_are_sets_to_check():
    assert len(SETS) >= 5


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_a_sets_pages_and_gold_agree(folder: Path):
    pages = _pages(folder)
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)) >= 20
    for p in pages:
        assert p["url"].startswith("http") and p["language"] in ("hi", "en"), p["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", p["sha256"]) and int(p["chars"]) > 0, p["id"]
    chars = {p["id"]: int(p["chars"]) for p in pages}
    for name in ("events.jsonl", "entities.jsonl"):
        lines = [json.loads(x) for x in (folder / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        assert sorted(line["id"] for line in lines) == sorted(ids), name
        for line in lines:
            if name == "events.jsonl":
                assert line["split"] == split_of(line["id"])
            for lo, hi in _offsets(line["events"] if name == "events.jsonl" else line["entities"]):
                assert 0 <= lo < hi <= chars[line["id"]], (name, line["id"], lo, hi)


def test_check_texts_finds_a_missing_page_and_a_changed_text(tmp_path: Path):
    spec = importlib.util.spec_from_file_location("check_texts", ROOT / "eval" / "sets" / "check_texts.py")
    assert spec and spec.loader
    check_texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_texts)
    texts = {"a-1": "सेना ने अभ्यास शुरू किया।", "a-2": "दोनों मंत्रियों की बैठक हुई।", "a-3": "A short page."}
    rows = ["id\turl\toutlet\tlanguage\tpublished\tchars\tsha256"] + [
        f"{k}\thttps://example.org/{k}\tExample\thi\t\t{len(t)}\t{hashlib.sha256(t.encode()).hexdigest()}"
        for k, t in texts.items()
    ]
    (tmp_path / "pages.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    fetched = {"a-1": texts["a-1"], "a-2": texts["a-2"].replace("बैठक", "मुलाकात")}
    docs.write_text("".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in fetched.items()),
                    encoding="utf-8")  # fmt: skip
    found = check_texts.problems(tmp_path / "pages.tsv", docs)
    assert [f.split(":")[0] for f in found] == ["a-2", "a-3"]
    assert "missing" in found[1] and "differs" in found[0]
    fetched["a-2"], fetched["a-3"] = texts["a-2"], texts["a-3"]
    docs.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in fetched.items()), encoding="utf-8")
    assert check_texts.problems(tmp_path / "pages.tsv", docs) == []
