"""Row mapping between the store's tables and the library's objects: column lists, the Arrow
schemas batches are written with, and an article rebuilt from its row.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Article

MENTION_COLUMNS = [
    "doc_id", "start", "end", "label", "source", "kb_id", "entity_id", "canonical", "title_start", "title_end",
]  # fmt: skip
ROLE_COLUMNS = ["doc_id", "entity_id", "role", "of", "start", "end", "date", "basis"]
TIMEX_COLUMNS = ["doc_id", "start", "end", "type", "value", "precision", "anchored"]
EVENT_COLUMNS = ["doc_id", "idx", "type", "mode", "cameo", "sort_key", "event"]
FACT_COLUMNS = ["doc_id", "idx", "predicate", "subject", "object", "start", "end", "date", "place", "negated"]

DOC_COLUMNS = [
    "id", "source", "raw_hash", "kind", "title", "title_source", "published", "published_source", "language",
    "text", "raw", "offset_map", "removed", "dateline", "attributions", "sentences", "meta", "warnings",
    "duplicate_of", "story_id", "ingested_at",
]  # fmt: skip
_JSON_COLUMNS = ("offset_map", "removed", "dateline", "attributions", "sentences", "meta", "warnings")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


def _row_to_article(row: tuple[Any, ...]) -> Article:
    rec = dict(zip(DOC_COLUMNS, row, strict=True))
    for c in _JSON_COLUMNS:
        rec[c] = json.loads(rec[c]) if rec[c] else None
    if rec["published"] is not None:
        rec["published"] = rec["published"].isoformat()
    return Article.from_dict(rec)


def _blobs(sigs: Any) -> Any:
    """The rows of a uint32 signature matrix as an Arrow binary column, without a Python object per row."""
    import numpy as np
    import pyarrow as pa

    width = sigs.shape[1] * sigs.itemsize
    data = pa.py_buffer(np.ascontiguousarray(sigs).tobytes())
    return pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), sigs.shape[0], [None, data]).cast(pa.binary())


def _doc_schema() -> Any:
    import pyarrow as pa

    types = {"published": pa.date32(), "ingested_at": pa.timestamp("us")}
    return pa.schema([(c, types.get(c, pa.string())) for c in DOC_COLUMNS])


def _q(column: str) -> str:
    """A column name quoted for SQL (``end`` and ``of`` are keywords)."""
    return f'"{column}"'


def _role_schema() -> Any:
    import pyarrow as pa

    types = {"start": pa.int64(), "end": pa.int64(), "date": pa.date32()}
    return pa.schema([(c, types.get(c, pa.string())) for c in ROLE_COLUMNS])


def _quarantine_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("code", pa.string()),
            ("reason", pa.string()),
            ("raw_hash", pa.string()),
            ("size", pa.int64()),
            ("data", pa.binary()),
            ("data_truncated", pa.bool_()),
            ("ingested_at", pa.timestamp("us")),
        ]
    )
