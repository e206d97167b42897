import ast
import datetime as dt
import re
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sambandh.model import Article, Attribution, Dateline, OffsetMap, Removed, Span
from sambandh.pipeline import Rejected
from sambandh.store import MIGRATIONS, Store

texts = st.text(min_size=1, max_size=60)


@st.composite
def articles(draw):
    text = draw(texts)
    return Article(
        source=draw(texts),
        raw=draw(texts),
        raw_hash=draw(st.text("0123456789abcdef", min_size=8, max_size=8)),
        kind=draw(st.sampled_from(["text", "html", "record"])),
        meta=draw(st.dictionaries(st.sampled_from(["url", "id", "title"]), texts, max_size=3)),
        id=draw(st.text("0123456789abcdef", min_size=32, max_size=32)),
        title=draw(st.none() | texts),
        title_source=draw(st.none() | st.sampled_from(["head", "meta"])),
        published=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)).map(dt.date.isoformat)),
        published_source=draw(st.none() | st.just("meta")),
        text=text,
        offset_map=OffsetMap([0, 5], [0, 9]),
        removed=[Removed(0, 3, "title")],
        dateline=draw(st.none() | st.just(Dateline(1, 4, "नई दिल्ली", None))),
        attributions=[Attribution(0, 2, "ANI", False)],
        sentences=[Span(0, len(text))],
        language=draw(st.sampled_from(["hi", "en", "und"])),
        warnings=draw(st.lists(texts, max_size=2)),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(articles(), min_size=1, max_size=4, unique_by=lambda a: a.id))
def test_round_trip_keeps_every_field(tmp_path, arts):
    db = tmp_path / f"rt-{uuid.uuid4().hex}.duckdb"
    with Store(db) as store:
        counts = store.write_batch(arts, [], 100)
        assert counts["new"] == len(arts)
        for a in arts:
            assert store.get_article(str(a.id)).to_dict() == a.to_dict()


def test_second_write_adds_nothing_and_same_text_is_linked(tmp_path):
    a = Article(source="a.txt", raw="r", raw_hash="h1", id="x" * 32, text="t")
    b = Article(source="b.txt", raw="r2", raw_hash="h2", id="x" * 32, text="t")
    q = Rejected("c.bin", "binary", "binary data", b"\x00\x01", 2, "h3")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write_batch([a], [q], 100) == {"new": 1, "same_text": 0, "quarantined": 1}
        assert store.write_batch([a, b], [q], 100) == {"new": 0, "same_text": 2, "quarantined": 0}
        assert store.count("documents") == 1
        assert store.count("document_sources") == 2
        assert store.count("quarantine") == 1
        assert store.seen_raw_hashes(["h1", "h2", "h3", "h4"]) == {"h1", "h2", "h3"}


def test_migrations_recorded_and_not_reapplied(tmp_path):
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
    with Store(db) as store:
        assert store.migrate() == []


def test_memory_limit_setting_is_validated_and_applied(tmp_path, monkeypatch):
    import pytest

    from sambandh.config import Config
    from sambandh.errors import ConfigError

    with pytest.raises(ConfigError):
        Config.build(db_memory_limit="lots")
    monkeypatch.setenv("SAMBANDH_DB_MEMORY_LIMIT", "64MB")
    cfg = Config.build()
    assert cfg.db_memory_limit == "64MB"
    with Store(tmp_path / "m.duckdb", memory_limit=cfg.db_memory_limit) as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit == "61.0 MiB"  # 64 MB as DuckDB reports it


def test_a_read_only_store_has_a_bounded_cache(tmp_path):
    from sambandh.store import Store

    Store(tmp_path / "m.duckdb").close()
    with Store(tmp_path / "m.duckdb", read_only=True, memory_limit="256MB") as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.startswith("244") or limit.startswith("256")  # DuckDB reports 256 MB in MiB


def _sql_outside_store(pkg: Path) -> list[str]:
    """``path:line`` of every line of SQL in the package ``pkg`` outside its ``store`` package."""
    sql = re.compile(
        r"\.execute\(|\.executemany\(|\.sql\(|duckdb\.connect|\b(?:SELECT|INSERT INTO|CREATE TABLE|DELETE FROM)\s"
    )
    return [f"{p.relative_to(pkg)}:{n}" for p in sorted(pkg.rglob("*.py")) if p.relative_to(pkg).parts[0] != "store"
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if sql.search(line)]  # fmt: skip


def _import_circles(pkg: Path) -> list[list[str]]:
    """The circles among the modules of the package ``pkg``: every relative import counts, the ones
    inside functions too (they used to hide circles); only those under TYPE_CHECKING are left out,
    as they are never run.
    """
    mods = {".".join(p.relative_to(pkg.parent).with_suffix("").parts).removesuffix(".__init__"): p
            for p in pkg.rglob("*.py")}  # fmt: skip

    def imports(name: str, path: Path) -> set[str]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {id(n) for node in ast.walk(tree)
                if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                for n in ast.walk(node)}  # fmt: skip
        here = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        out: set[str] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.level == 0 or id(node) in skip:
                continue
            base = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
            target = f"{base}.{node.module}" if node.module else base
            subs = {f"{target}.{a.name}" for a in node.names} & mods.keys()
            out |= subs or ({target} & mods.keys())
        return out - {name}

    graph = {m: imports(m, p) for m, p in mods.items()}
    circles = []
    for start in graph:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(path)
                elif nxt not in path and nxt > start:
                    stack.append((nxt, [*path, nxt]))
    return circles


def test_no_sql_outside_the_store():
    # the store package owns persistence (#19): every query the pages, exports, global stages and
    # the lake reader need is a Store method or store.lake_records, never SQL written elsewhere
    import sambandh

    offenders = _sql_outside_store(Path(sambandh.__file__).parent)
    assert not offenders, f"SQL outside the store package: {offenders}"


def test_no_import_circle_among_the_modules():
    import sambandh

    circles = _import_circles(Path(sambandh.__file__).parent)
    assert not circles, f"import circles: {circles[:5]}"


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_guards_of_the_store_package_find_what_they_look_for(tmp_path):
    # the two guards above must be able to fail: SQL in a page module (not in store/), and a circle
    # made by an import inside a function, through a package's __init__ and a sibling
    pkg = _package(tmp_path / "fake", {
        "__init__.py": "",
        "store/__init__.py": "from .base import Base\n",
        "store/base.py": "def rows(con):\n    return con.execute('SELECT 1').fetchall()\n",
        "pages.py": "def rows(con):\n    return con.execute('SELECT 1').fetchall()\n",
        "a.py": "def f():\n    from .b import g\n",
        "b.py": "from . import a\n",
        "typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .untyped import x\n",
        "untyped.py": "from .typed import y\n",
    })  # fmt: skip
    assert _sql_outside_store(pkg) == ["pages.py:2"]
    assert _import_circles(pkg) == [["fake.a", "fake.b"]]


def test_a_server_that_only_reads_takes_the_smaller_cache(tmp_path, monkeypatch):
    from sambandh import api
    from sambandh.config import Config

    Store(tmp_path / "m.duckdb").close()
    monkeypatch.setenv("SAMBANDH_SERVE_MEMORY_LIMIT", "96MB")
    monkeypatch.setenv("SAMBANDH_DB_MEMORY_LIMIT", "192MB")
    cfg = Config.build(db=tmp_path / "m.duckdb")
    limits = {}
    for writable in (False, True):
        k = api.Knowledge(cfg, writable=writable)
        limits[writable] = k.db.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        k.close()
    assert limits[False].startswith("91") and limits[True].startswith("183")  # MB as DuckDB reports them in MiB
    assert Config().serve_memory_limit == "640MB" and Config().db_memory_limit == "1GB"


def test_a_searchs_facets_counted_from_one_read_are_those_each_facets_grouping_gives(demo_db: Path) -> None:
    import random

    with Store(demo_db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        facets = ["source", "language", "year", "story"]
        rng = random.Random(51)
        samples = [ids, ids[:3], rng.sample(ids, len(ids) // 2), ids[:5] * 2 + ["0" * 32], ["f" * 32], []]
        for doc_ids in samples:
            got = store.facets_of(doc_ids, facets)
            for facet in facets:
                want = list(store.con.execute(
                    f"SELECT {Store._FACETS[facet]} AS v, count(*) FROM documents WHERE id IN (SELECT unnest(?)) "
                    "GROUP BY v ORDER BY count(*) DESC, v NULLS LAST LIMIT 10", [doc_ids]).fetchall())  # fmt: skip
                assert got[facet] == want, (facet, len(doc_ids))
