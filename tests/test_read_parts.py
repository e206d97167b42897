"""A JSON Lines file read in parts (the Spark engine's unit of work for a large dump) names and
yields its records exactly as one reader of the whole file does.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from sambandh.config import Config
from sambandh.read import jsonl_parts, read_file


def _write(path: Path) -> None:
    lines = []
    for i in range(40):
        lines.append(json.dumps({"id": f"r{i}", "text": "पंक्ति " * (i % 7 + 1) + str(i)}, ensure_ascii=False))
        if i % 9 == 0:
            lines.append("")  # blank lines are counted, not read
        if i == 17:
            lines.append("{not json")  # a broken line is reported where it stands
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("part_bytes", [1, 50, 333, 10_000])
def test_parts_read_as_the_whole_file(tmp_path: Path, part_bytes: int) -> None:
    path = tmp_path / "dump.jsonl"
    _write(path)
    config = Config()
    whole = [(r.source, r.data, type(r.error).__name__) for r in read_file(path, config)]
    parts = jsonl_parts(path, part_bytes)
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in pairwise(parts))
    assert (len(parts) > 1) == (part_bytes < path.stat().st_size)
    pieces = [(r.source, r.data, type(r.error).__name__) for p in parts for r in read_file(path, config, p)]
    assert pieces == whole and len(whole) == 41
