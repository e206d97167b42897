"""Whether two Sambandh databases hold the same tables: per table its row count and an order-free
sum of its rows' hashes over every column but timestamps (the ingest's own clock).

    python bench/tables.py A.duckdb [B.duckdb]

With one file, prints each table's count and sum; with two, how many tables are the same and
each one that differs. A speed or memory change that must keep the results is checked by
ingesting the same corpus with both codes and comparing the files.
"""

from __future__ import annotations

import sys


def sums(path: str) -> dict[str, tuple[int, int]]:
    """``{table: (rows, sum of row hashes)}`` of the file's tables."""
    import duckdb

    con = duckdb.connect(path, read_only=True)
    out: dict[str, tuple[int, int]] = {}
    tables = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_type = 'BASE TABLE' ORDER BY 1"
    ).fetchall()
    for (table,) in tables:
        cols = [c for c, kind in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()
            if "TIMESTAMP" not in kind]  # fmt: skip
        row = ", ".join(f'"{c}"' for c in cols)
        n, h = con.execute(f"SELECT count(*), coalesce(sum(hash(row({row}))::HUGEINT), 0) FROM {table}").fetchone()
        out[table] = (int(n), int(h))
    con.close()
    return out


def main() -> None:
    a = sums(sys.argv[1])
    if len(sys.argv) < 3:
        for table, (n, h) in a.items():
            print(table, n, h)
        return
    b = sums(sys.argv[2])
    names = sorted(set(a) | set(b))
    differ = [t for t in names if a.get(t) != b.get(t)]
    print(f"{len(names) - len(differ)} of {len(names)} tables the same")
    for t in differ:
        print("differs:", t, a.get(t), b.get(t))


if __name__ == "__main__":
    main()
