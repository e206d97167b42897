"""The golden guard: what the system makes of the demo corpus and the seeds, pinned.

Ingests ``examples/corpus`` and the five seed articles, exports every kind (documents,
entities, events, facts, stories, the graph) and annotates the demo files, reduces each row
to what it decides (ids, offsets, labels, links, types, dates, groupings; texts as short
hashes, so no article text is copied here) and compares with ``tests/golden/*.json``. A
change of behaviour shows up here as a diff, by kind and by row; one made on purpose is
pinned again with ``SAMBANDH_GOLDEN=update python -m pytest tests/test_golden.py``
(``make golden``), and the diff of the golden files is reviewed with the change.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SHARED

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("SAMBANDH_GOLDEN") == "update"


def _h(text: str | None) -> str | None:
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest() if text is not None else None


def _src(source: str, base: Path) -> str:
    return source.replace(str(base) + "/", "")


def _spans(items: list[dict[str, Any]]) -> list[list[Any]]:
    return [[e["doc_id"][:12], e["start"], e["end"]] for e in items]


def _actors(ev: dict[str, Any]) -> list[list[Any]]:
    return sorted([a["entity_id"], a.get("role"), a.get("affiliation")] for a in ev["actors"])


def snapshot(db: Path, base: Path) -> dict[str, Any]:
    """What the stores holds, reduced to what the stages decided."""
    from sambandh.export import rows
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        docs = sorted(rows("documents", store), key=lambda d: d["id"])
        out: dict[str, Any] = {
            "documents": {d["id"][:12]: {
                "source": _src(d["source"], base), "text": _h(d["text"]), "title": _h(d["title"]),
                "published": d["published"], "language": d["language"], "duplicate_of": (d["duplicate_of"] or "")[:12],
                "story": d["story_id"],
                "dateline": [(d.get("dateline") or {}).get(k) for k in ("start", "end", "place")],
            } for d in docs},
            "entities": {e["entity_id"]: [e["label"], e["mentions"], [x[:12] for x in e["doc_ids"]]]
                         for e in rows("entities", store)},
            "events": {e["event_id"]: {
                "type": f"{e['type']}/{e['mode']}", "actors": _actors(e), "place": (e["place"] or {}).get("entity_id"),
                "date": [(e["date"] or {}).get(k) for k in ("value", "not_before", "not_after")],
                "when": [e["when"]["day"], e["when"]["basis"]], "modality": e["modality"], "negated": e["negated"],
                "evidence": _spans(e["evidence"]),
            } for e in rows("events", store)},
            "facts": sorted([f["predicate"], f["subject"]["entity_id"], f["object"]["entity_id"], f.get("date"),
                             _spans(f["evidence"])] for f in rows("facts", store)),
            "stories": sorted(sorted(x[:12] for x in s["doc_ids"]) for s in rows("stories", store)),
        }
        graph = next(rows("graph", store))
        out["graph"] = sorted(
            [e["source"], e["target"], e["weight"], sorted(e["types"].items())] for e in graph["edges"]
        )
    return out


def annotations(folder: Path) -> dict[str, Any]:
    """What ``sambandh annotate`` says of each file of a folder, reduced the same way."""
    from sambandh.annotate import annotate_records
    from sambandh.config import Config
    from sambandh.read import read_paths

    config = Config.build()
    out: dict[str, Any] = {}
    for item in annotate_records(read_paths([str(folder)], config), config):
        if isinstance(item, tuple):
            out[_src(item[0].source, folder)] = {"rejected": item[0].code}
            continue
        out[_src(item["source"], folder)] = {
            "entities": [[m["start"], m["end"], m["label"], m["entity_id"]] for m in item["entities"]],
            "timexes": [[t["start"], t["end"], t["type"], t["value"]] for t in item["timexes"]],
            "events": sorted([f"{e['type']}/{e['mode']}", _actors(e)] for e in item["events"]),
        }
    return out


def _compare(name: str, got: dict[str, Any]) -> None:
    path = GOLDEN / f"{name}.json"
    text = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run SAMBANDH_GOLDEN=update python -m pytest tests/test_golden.py")
    want = json.loads(path.read_text(encoding="utf-8"))
    got = json.loads(text)
    diffs = []
    for kind in sorted(set(want) | set(got)):
        w, g = want.get(kind), got.get(kind)
        if w == g:
            continue
        if isinstance(w, dict) and isinstance(g, dict):
            keys = sorted(k for k in set(w) | set(g) if w.get(k) != g.get(k))
            diffs.append(f"{kind}: {len(keys)} rows differ, e.g. " + "; ".join(
                f"{k}: {json.dumps(w.get(k), ensure_ascii=False)[:160]} "
                f"-> {json.dumps(g.get(k), ensure_ascii=False)[:160]}"
                for k in keys[:3]))  # fmt: skip
        else:
            diffs.append(
                f"{kind}: {json.dumps(w, ensure_ascii=False)[:200]} -> {json.dumps(g, ensure_ascii=False)[:200]}"
            )
    assert not diffs, (
        f"{name} differs from tests/golden/{name}.json (pin it again only on purpose):\n" + "\n".join(diffs)
    )


def test_the_demo_corpus_is_unchanged(demo_db: Path) -> None:
    _compare("demo", snapshot(demo_db, ROOT / "examples" / "corpus"))


def test_the_demo_annotations_are_unchanged() -> None:
    _compare("demo-annotate", annotations(ROOT / "examples" / "corpus"))


def test_the_seeds_are_unchanged(tmp_path: Path) -> None:
    from conftest import shared_path

    from sambandh.config import Config
    from sambandh.ingest import ingest

    seeds = shared_path("seeds")
    db = tmp_path / "seeds.duckdb"
    ingest([str(seeds)], Config.build(db=db))
    _compare("seeds", snapshot(db, seeds))


def test_the_guard_can_fail(tmp_path: Path) -> None:
    if UPDATE:
        pytest.skip("pinning")
    with pytest.raises(AssertionError, match="rows differ"):
        want = json.loads((GOLDEN / "demo.json").read_text(encoding="utf-8"))
        first = next(iter(want["events"]))
        want["events"][first]["type"] = "NEVER/never"
        _compare("demo", want)


__all__ = ["SHARED"]
