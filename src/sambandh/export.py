"""Export stored data as JSON Lines, CSV or Parquet (DESIGN.md's export contracts)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .errors import UsageError
from .store import Store

FORMATS = ("jsonl", "csv", "parquet")
KINDS = ("documents",)


def documents(store: Store) -> Iterator[dict[str, Any]]:
    """One export row per stored document, in publication order."""
    for art, extra in store.iter_articles():
        yield {
            "id": art.id,
            "source": art.source,
            "title": art.title,
            "published": art.published,
            "language": art.language,
            "text": art.text,
            "boilerplate": art.boilerplate(),
            "duplicate_of": extra["duplicate_of"],
            "story_id": extra["story_id"],
            "dateline": art.dateline_dict(),
            "title_source": art.title_source,
            "published_source": art.published_source,
            "attributions": [
                {"source": a.source, "in_text": a.in_text, "start": a.start, "end": a.end} for a in art.attributions
            ],
        }


def rows(kind: str, store: Store) -> Iterator[dict[str, Any]]:
    """Rows of one export kind.

    Raises:
        UsageError: The kind is not (yet) exportable.
    """
    if kind == "documents":
        return documents(store)
    raise UsageError(f"cannot export {kind!r} yet: available kinds are {', '.join(KINDS)}")


def write(rows_: Iterable[dict[str, Any]], fmt: str, out: IO[bytes]) -> int:
    """Write rows to a binary stream in ``fmt``; nested values become JSON in CSV.

    Returns:
        The number of rows written.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        for r in rows_:
            out.write(json.dumps(r, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
            n += 1
        return n
    if fmt == "csv":
        import io

        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer: Any = None
        for r in rows_:
            flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in r.items()}
            if writer is None:
                writer = csv.DictWriter(text, fieldnames=list(flat))
                writer.writeheader()
            writer.writerow(flat)
            n += 1
        text.detach()
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows_list = list(rows_)
    table = pa.Table.from_pylist(rows_list) if rows_list else pa.table({})
    sink = pa.BufferOutputStream()  # parquet needs a seekable sink; stdout is not
    pq.write_table(table, sink)
    out.write(sink.getvalue().to_pybytes())
    return len(rows_list)
