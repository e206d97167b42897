"""The happenings stage: the events of all articles merged once, kept with their export rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ROOT, corpus_halves

CORPUS = ROOT / "examples" / "corpus"


def _ingest(db: Path, *folders: Path) -> None:
    from sambandh.config import Config
    from sambandh.ingest import ingest

    for folder in folders:
        ingest([str(folder)], Config.build(db=db, embeddings="off"))


def _by_docs(records: list[dict]) -> list[tuple]:
    return sorted(
        (r["type"], r["mode"], tuple(sorted(r["doc_ids"])), tuple(sorted(a["entity_id"] for a in r["actors"])))
        for r in records
    )


def test_kept_rows_are_the_rows_merging_gives_and_later_runs_merge_only_their_events(tmp_path):
    from sambandh.config import Config
    from sambandh.kb import load
    from sambandh.relations import merged_records, update_happenings
    from sambandh.store import Store

    one = tmp_path / "one.duckdb"
    _ingest(one, CORPUS)
    with Store(one, read_only=True) as store:
        kept = store.happening_records()
        assert kept is not None and len(kept) > 20
        assert kept == merged_records(store, load())  # one run: the very rows a fresh merge gives

    halves = corpus_halves(CORPUS, tmp_path)
    two = tmp_path / "two.duckdb"
    _ingest(two, *halves)
    with Store(two) as store:
        again = update_happenings(store, Config.build(db=two))
        assert again.events == 0  # nothing left to merge
        kept2 = store.happening_records()
        assert kept2 is not None
        # the same happenings from the same articles, whichever run told them first
        assert _by_docs(kept2) == _by_docs(kept)
        first_ids = {r["event_id"] for r in kept2}
    # ids are kept across runs (links to an event page do not move when later reports join it)
    _ingest(two, CORPUS)
    with Store(two, read_only=True) as store:
        assert {r["event_id"] for r in store.happening_records() or []} == first_ids


def test_a_changed_knowledge_base_rebuilds_the_kept_rows(tmp_path):
    from sambandh.config import Config
    from sambandh.relations import update_happenings
    from sambandh.store import Store

    db = tmp_path / "h.duckdb"
    _ingest(db, CORPUS)
    with Store(db) as store:
        store.set_setting("happenings", "an older knowledge base")
        report = update_happenings(store, Config.build(db=db))
        assert report.rebuilt and report.events > 0 and report.joined + report.new == report.events
        assert store.happening_records() is not None


def test_a_database_from_before_the_read_model_is_served_by_merging_then_rebuilt_by_the_next_ingest(tmp_path):
    import duckdb

    from sambandh import api
    from sambandh.config import Config
    from sambandh.store import Store
    from sambandh.store.migrations import MIGRATIONS

    db = tmp_path / "old.duckdb"
    _ingest(db, CORPUS)
    config = Config.build(db=db)
    k = api.Knowledge(config)
    want = (api.entity(k, "country:in"), api.pair(k, "India", "Russia"), api.events(k, country="China"))
    k.close()
    # the database as schema version 9 left it: kept happenings, no read model, no entity summaries
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE happening_index; DROP TABLE happening_edges; DROP TABLE happening_pair_counts; "
                "DROP TABLE happening_edge_summary; DROP TABLE happening_entity_summary; DROP INDEX happenings_block; "
                "ALTER TABLE happenings DROP COLUMN type; ALTER TABLE happenings DROP COLUMN day; "
                "ALTER TABLE happenings DROP COLUMN status; ALTER TABLE happenings DROP COLUMN brief; "
                "CREATE INDEX happenings_block ON happenings (block); "
                "DROP TABLE entity_summary; DROP TABLE entity_names; DROP TABLE entity_surfaces; "
                "DROP TABLE entity_summary_docs; DROP INDEX happening_events_doc; "
                "DROP INDEX mentions_doc; DROP INDEX roles_doc; DROP INDEX timexes_doc; DROP INDEX events_doc; "
                "DROP INDEX facts_doc; DELETE FROM schema_migrations WHERE version >= 10")  # fmt: skip
    con.close()
    # read-only, the file is first brought up to date; the steps leave the read model empty until an
    # ingest fills it, so the pages merge the stored events
    k = api.Knowledge(config)
    assert not k.kept() and not k.entities_kept()
    assert (api.entity(k, "country:in"), api.pair(k, "India", "Russia"), api.events(k, country="China")) == want
    k.close()
    # migration 10 drops the kept rows: merged again with their read model, entities summarised
    with Store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0] and not store.happenings_complete()
        assert not store.entity_summary_complete()
    _ingest(db, CORPUS)  # nothing new to read; the global stages still run
    k = api.Knowledge(config)
    assert k.kept() and k.entities_kept()
    assert (api.entity(k, "country:in"), api.pair(k, "India", "Russia"), api.events(k, country="China")) == want
    k.close()


def test_related_events_are_the_same_from_the_read_model_and_from_merging_and_lie_within_a_year(demo_db: Path):
    import datetime as dt

    from sambandh import api
    from sambandh.config import Config

    k = api.Knowledge(Config.build(db=demo_db))
    assert k.kept()
    records = k.records()
    assert records
    checked = 0
    for r in records:
        kept = [x["event_id"] for x in api._related(k, r)]
        k._cache["kept"] = False  # the same question answered by filtering the happenings merged here
        merged = [x["event_id"] for x in api._related(k, r)]
        k._cache["kept"] = True
        assert kept == merged, r["event_id"]
        by_id = {x["event_id"]: x for x in records}
        for eid in kept:
            try:
                day = dt.date.fromisoformat(r["sort_key"][:10])
                other = dt.date.fromisoformat(by_id[eid]["sort_key"][:10])
            except ValueError:
                continue
            assert abs((day - other).days) <= api.RELATED_DAYS
        checked += bool(kept)
    assert checked >= 5  # the demo's events do have related ones


def test_related_events_read_near_the_day_first_are_those_the_whole_window_gives(demo_db: Path, monkeypatch):
    """The near days answer only when nothing outside them can rank higher; else the year is read. The
    happenings of the one actor in the fewest, or of the actors that are not countries, answer as all would."""
    import datetime as dt

    from sambandh import api
    from sambandh.config import Config
    from sambandh.store import happenings

    k = api.Knowledge(Config.build(db=demo_db))
    calls: list[tuple[str, str]] = []
    sharing = k.db._sharing

    def spy(ids, exclude, day, limit, window, within=None, below=None):  # type: ignore[no-untyped-def]
        calls.append((window, within, below))
        return sharing(ids, exclude, day, limit, window, within, below)

    monkeypatch.setattr(k.db, "_sharing", spy)
    # an undated event's related events are read from the lowest ids first: bounds that split the demo's few
    monkeypatch.setattr(happenings, "SHARING_LOW_IDS", ("ev:3", "ev:8"))
    near_answers = year_reads = fewest_answers = others_answers = undated = 0
    for r in k.records():
        own = sorted({a["entity_id"] for a in r["actors"]}
                     | {a["affiliation"] for a in r["actors"] if a.get("affiliation")})  # fmt: skip
        day: str | None = r["sort_key"][:10]
        year: tuple[str, str] | None = None
        try:
            reach = dt.timedelta(days=api.RELATED_DAYS)
            d = dt.date.fromisoformat(r["sort_key"][:10])
            year = ((d - reach).isoformat(), (d + reach).isoformat())
        except ValueError:
            undated += 1
        for near_days in (0, 3, 30):
            monkeypatch.setattr(happenings, "SHARING_NEAR_DAYS", near_days)
            for limit in (1, 2, 4, 10):
                want = [e for e, _n, _a in sharing(own, r["event_id"], day, limit, year)]
                calls.clear()
                got = k.db.happenings_sharing(own, r["event_id"], day, limit, window=year)
                assert [x["event_id"] for x in got] == want, (r["event_id"], near_days, limit)
                if not calls:
                    continue
                near_answers += calls[-1][0] != year
                year_reads += any(c[0] == year for c in calls)
                countries = [e for e in own if e.startswith("country:")]
                # with two countries or more, answered by the happenings of the actor in the fewest alone;
                # else by those of the actors that are not countries
                fewest_answers += bool(want) and len(countries) >= 2 and calls[-1][1] is not None
                others_answers += bool(want) and len(countries) < 2 and calls[-1][1] is not None
    assert near_answers and year_reads and fewest_answers and others_answers and undated  # every way was taken
    k.close()


def _kept(store: Any, event_id: str, sort_key: str, actors: list[str]) -> None:
    """One kept happening with its index rows (``9999``: undated, no dated key), written straight to ``store``."""
    store.con.execute("INSERT INTO happenings (event_id, block, sort_key, view, record, brief) "
                      "VALUES (?, 'b', ?, '{}', ?, ?)", [event_id, sort_key, f'{{"event_id": "{event_id}"}}',
                                                         f'{{"event_id": "{event_id}"}}'])  # fmt: skip
    for a in actors:
        store.con.execute("INSERT INTO happening_index VALUES (?, ?, true, ?, NULL, NULL, NULL, ?)",
                          [event_id, a, sort_key, None if sort_key == "9999" else sort_key])  # fmt: skip


def test_related_events_near_the_day_give_way_to_ones_that_share_more_or_have_a_real_day_farther_off(tmp_path):
    from sambandh.store import Store

    year = ("2019-01-15", "2021-01-15")
    with Store(tmp_path / "s.duckdb") as store:
        _kept(store, "ev:self", "2020-01-15", ["person:a", "person:b"])
        _kept(store, "ev:near-one", "2020-01-15", ["person:a"])  # the same day, one of the two
        _kept(store, "ev:far-both", "2020-04-24", ["person:a", "person:b"])  # 100 days off, both
        got = store.happenings_sharing(["person:a", "person:b"], "ev:self", "2020-01-15", 1, window=year)
        assert [r["event_id"] for r in got] == ["ev:far-both"]
        # a month for a sort key: within the near days as a string, yet it has no day and ranks last
        _kept(store, "ev:c-both", "2020-01", ["person:a", "person:b"])
        got = store.happenings_sharing(["person:a", "person:b"], "ev:self", "2020-01-15", 1, window=year)
        assert [r["event_id"] for r in got] == ["ev:far-both"]


def test_an_undated_events_related_events_read_from_the_lowest_ids_first_are_those_every_row_gives(
    tmp_path: Path, monkeypatch
):  # type: ignore[no-untyped-def]
    from sambandh.store import Store, happenings

    monkeypatch.setattr(happenings, "SHARING_LOW_IDS", ("ev:2", "ev:6"))
    with Store(tmp_path / "s.duckdb") as store:
        reads: list[str | None] = []
        sharing = store._sharing

        def spy(*args, **kw):  # type: ignore[no-untyped-def]
            reads.append(args[6] if len(args) > 6 else kw.get("below"))
            return sharing(*args, **kw)

        monkeypatch.setattr(store, "_sharing", spy)
        both, one = ["person:a", "country:in", "country:np"], ["person:a", "country:in"]
        _kept(store, "ev:self", "9999", both)
        _kept(store, "ev:0-one", "2020-01-15", one)  # a lower id sharing fewer
        _kept(store, "ev:1-all", "2021-03-01", both)
        _kept(store, "ev:4-all", "9999", both)
        _kept(store, "ev:5-one", "2019-05-05", ["person:a", "country:np"])
        _kept(store, "ev:9-all", "2024-10", both)
        _kept(store, "ev:7-other", "9999", ["country:np"])  # one country alone: not related
        for limit in (1, 2, 3, 5):
            for key in ("9999", "2022-06"):  # no day: every other is as far
                want = [e for e, _n, _a in sharing(both, "ev:self", key, limit, None)]
                reads.clear()
                got = [r["event_id"] for r in store.happenings_sharing(both, "ev:self", key, limit)]
                assert got == want, (limit, key)
                # below "ev:2" one shares all; below "ev:6" two: the lowest answer a page they fill
                assert reads[-1] == {1: "ev:2", 2: "ev:6"}.get(limit), (limit, reads)
        assert sharing(both, "ev:self", "9999", 5, None)[:4] == [
            ("ev:1-all", 3, 1000000), ("ev:4-all", 3, 1000000), ("ev:9-all", 3, 1000000), ("ev:0-one", 2, 1000000)]


def test_a_pair_of_countries_read_from_the_edges_is_the_pair_every_happening_gives(tmp_path: Path):
    from itertools import combinations

    from conftest import SHARED

    from sambandh import api
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.relations import involves

    db = tmp_path / "pairs.duckdb"
    folders = [str(ROOT / "examples" / "corpus")] + ([str(SHARED / "seeds")] if (SHARED / "seeds").is_dir() else [])
    ingest(folders, Config.build(db=db))
    k = api.Knowledge(Config.build(db=db))
    assert k.kept()
    records = k.records()
    countries = sorted({a.get("affiliation") or a["entity_id"] for r in records for a in r["actors"]
                        if (a.get("affiliation") or a["entity_id"]).startswith("country:")})  # fmt: skip
    pairs = 0
    for x, y in combinations(countries, 2):
        want = sorted(r["event_id"] for r in records if involves(r, x) and involves(r, y))
        rows, total = k.db.find_happenings(acting=[y, x], newest_first=True)
        assert sorted(r["event_id"] for r in rows) == want and total == len(want), (x, y)
        # the same question through the entities' index (a country named twice is not a pair)
        slow, slow_total = k.db.find_happenings(acting=[y, x, y], newest_first=True)
        assert [r["event_id"] for r in rows] == [r["event_id"] for r in slow] and total == slow_total
        assert k.db.happening_month_counts(acting=[x, y]) == k.db.happening_month_counts(acting=[x, y, x])
        # a latest page, read from the edge's summary, is the page the entities' index gives
        for limit, offset in ((120, 0), (3, 2), (1, 0), (2, 119)):
            page = k.db.find_happenings(acting=[x, y], newest_first=True, limit=limit, offset=offset, brief=True)
            slow = k.db.find_happenings(acting=[x, y, x], newest_first=True, limit=limit, offset=offset, brief=True)
            assert page == slow
        pairs += bool(want)
    assert pairs >= 5


def test_pages_read_documents_and_mentions_by_index_as_a_scan_would(demo_db: Path, monkeypatch):
    """Document briefs, texts, sources and mention counts read through the key's index (an
    IN-list of parameters) are what a scan with the list as one parameter gives, either side of
    KEY_LIST.
    """
    from sambandh.store import Store, base

    with Store(demo_db, read_only=True) as store:
        con = store.con
        docs = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        assert len(docs) > 4
        asked = [*docs[3:], "no-such-document", docs[0]]
        old_top = con.execute(
            "SELECT entity_id, any_value(label), count(DISTINCT doc_id) AS docs, count(*) AS n FROM mentions "
            "WHERE doc_id IN (SELECT unnest(?)) GROUP BY entity_id ORDER BY docs DESC, n DESC, entity_id LIMIT 15",
            [asked],
        ).fetchall()
        old_named: dict[str, dict[str, str]] = {}
        for d, e, n in con.execute(
            "SELECT doc_id, entity_id, any_value(canonical) FROM mentions WHERE doc_id IN (SELECT unnest(?)) "
            "AND source <> 'dateline' AND entity_id IS NOT NULL GROUP BY doc_id, entity_id", [asked]
        ).fetchall():  # fmt: skip
            old_named.setdefault(d, {})[e] = n
        assert con.execute("SELECT count(*) FROM mentions WHERE source = 'dateline'").fetchone()[0]
        rows = con.execute("SELECT id, title, published, source FROM documents WHERE id IN (SELECT unnest(?))", [asked])
        old_brief = {i: (t, p.isoformat() if p else None, s) for i, t, p, s in rows.fetchall()}
        for key_list in (base.KEY_LIST, 2):  # the IN-list, then one list parameter
            monkeypatch.setattr(base, "KEY_LIST", key_list)
            assert store.top_entities(asked, 15) == old_top
            assert store.doc_entities(asked) == old_named
            brief = store.documents_brief(asked)
            assert list(brief) == [d for d in asked if d in old_brief]
            assert {d: (b["title"], b["published"], b["source"]) for d, b in brief.items()} == old_brief
            meta = store.documents_meta(asked)
            assert list(meta) == list(brief) and all(meta[d]["title"] == brief[d]["title"] for d in meta)
            assert store.texts(asked) == {d: m["text"] for d, m in meta.items()}
            assert set(store.sources_of(asked)) == set(old_brief)


def _scanned_pair(store, x: str, y: str, types: list[str] | None = None, status: str | None = None) -> tuple:
    """A pair's count and chart as the edges alone give them (the query before the per-pair counts)."""
    cond = "folded AND a = ? AND b = ?" + (" AND type IN (SELECT unnest(?))" if types else "")
    cond += " AND status = ?" if status else ""
    params: list = [x, y] + ([types] if types else []) + ([status] if status else [])
    total = store.con.execute(f"SELECT count(*) FROM happening_edges WHERE {cond}", params).fetchone()[0]
    months, undated = {}, {}
    for month, typ, n in store.con.execute(
        "SELECT left(hday, 7), type, count(*) FROM happening_edges WHERE folded AND a = ? AND b = ? "
        "AND (hday IS NULL OR status = 'occurred') GROUP BY ALL", [x, y]
    ).fetchall():
        if month is None:
            undated[typ] = undated.get(typ, 0) + n
        else:
            months[(month, typ)] = n
    return total, months, undated


def test_a_pairs_counts_kept_across_ingests_are_those_its_edges_give(tmp_path: Path):
    import json

    from sambandh.store import Store

    def kept(event_id: str, typ: str, day: str | None, modality: str | None = None) -> tuple:
        record = {"event_id": event_id, "type": typ, "when": {"day": day}, "modality": modality, "actors": []}
        return (event_id, "blk", day or "9999", "{}", json.dumps(record), "{}")

    inn, ru, us = "country:in", "country:ru", "country:us"
    with Store(tmp_path / "pairs.duckdb") as store:
        # the first ingest: three happenings between India and Russia, one of them planned, one undated
        store.write_happenings(
            [kept("ev:1", "CONSULT", "2024-03-02"), kept("ev:2", "AID", "2024-03-20", "planned"),
             kept("ev:3", "CONSULT", None)], [],
            edges=[("ev:1", inn, ru, True, None), ("ev:2", inn, ru, True, "2024-03-20"), ("ev:3", inn, ru, True, None),
                   ("ev:1", "person:x", ru, False, None)])  # fmt: skip
        # the second: a later article moves ev:1 to another month and adds the US; a new happening, and
        # a new undated one (its key, without a month, is the one ev:3 has)
        store.write_happenings(
            [kept("ev:1", "ASSAULT", "2024-05-09"), kept("ev:4", "CONSULT", "2024-05-11"),
             kept("ev:5", "CONSULT", None)], [],
            edges=[("ev:1", inn, ru, True, None), ("ev:1", inn, us, True, None), ("ev:4", inn, ru, True, None),
                   ("ev:5", inn, ru, True, None)])  # fmt: skip
        for x, y in ((inn, ru), (inn, us), (ru, us)):
            total, months, undated = _scanned_pair(store, x, y)
            assert store.happening_month_counts(acting=[x, y]) == (months, undated)
            assert store.find_happenings(acting=[y, x])[1] == total
            for types, status in ((["CONSULT"], None), (None, "planned"), (["AID", "ASSAULT"], "occurred")):
                assert store.find_happenings(acting=[x, y], types=types, status=status)[1] == _scanned_pair(
                    store, x, y, types, status)[0]
        # March keeps only the planned aid (no bar); ev:1 is counted in May alone
        assert store.happening_month_counts(acting=[inn, ru]) == (
            {("2024-05", "ASSAULT"): 1, ("2024-05", "CONSULT"): 1}, {"CONSULT": 2})
        assert store.find_happenings(acting=[inn, ru])[1] == 5
        assert store.find_happenings(acting=[inn, us])[1] == 1
        # the whole table is the edges counted afresh (the unfolded pair's old edge is gone too, the undated
        # key is one row)
        fresh = ("SELECT a, b, folded, left(hday, 7), type, status, count(*) FROM happening_edges GROUP BY ALL "
                 "ORDER BY ALL")
        assert store.con.execute("SELECT * FROM happening_pair_counts ORDER BY ALL").fetchall() == \
            store.con.execute(fresh).fetchall()  # fmt: skip
        # a pair's latest page is read from its edge's summary: the page sorting its edges gives
        for x, y in ((inn, ru), (inn, us)):
            for limit, offset in ((120, 0), (2, 1), (1, 3)):
                got = store.find_happenings(acting=[y, x], newest_first=True, limit=limit, offset=offset)
                want = [r[0] for r in store.con.execute(
                    "SELECT event_id FROM happening_edges WHERE folded AND a = ? AND b = ? "
                    "ORDER BY sort_key DESC, event_id DESC LIMIT ? OFFSET ?", [x, y, limit, offset]).fetchall()]
                assert [r["event_id"] for r in got[0]] == want, (x, y, limit, offset)
        assert [r["event_id"] for r in store.find_happenings(acting=[inn, ru], newest_first=True, limit=9)[0]] == \
            ["ev:5", "ev:3", "ev:4", "ev:1", "ev:2"]  # undated first (sort key 9999), then newest  # fmt: skip
        # the whole graph is read from the kept edge summaries; it is the graph the edges give
        for folded in (True, False):
            assert store.happening_edge_counts(folded) == _scanned_graph(store, folded)
        assert (("person:x", ru) not in {(a, b) for a, b, *_ in store.happening_edge_counts(False)})
        store.clear_happenings()
        assert store.con.execute("SELECT count(*) FROM happening_pair_counts").fetchone() == (0,)
        assert store.happening_edge_counts(True) == []


def _scanned_graph(store, folded: bool) -> list[tuple]:
    """The whole graph summed up from every edge row."""
    from sambandh.store import EDGE_EVENT_IDS

    by_type: dict = {}
    for a, b, t, n in store.con.execute(
        "SELECT a, b, type, count(*) FROM happening_edges WHERE folded = ? GROUP BY ALL", [folded]
    ).fetchall():
        by_type.setdefault((a, b), {})[t] = n
    rows = store.con.execute(
        f"SELECT a, b, count(*), min(day), max(day), arg_max(event_id, (sort_key, event_id), {EDGE_EVENT_IDS}) "
        "FROM happening_edges WHERE folded = ? GROUP BY a, b ORDER BY a, b", [folded]
    ).fetchall()
    return [(a, b, n, by_type.get((a, b), {}), lo, hi, list(ids)) for a, b, n, lo, hi, ids in rows]


def test_the_whole_graph_from_the_kept_summaries_is_the_graph_every_edge_gives(demo_db: Path):
    """On an ingested store, with edges of many pairs, days and types."""
    from sambandh.store import Store

    with Store(demo_db, read_only=True) as store:
        for folded in (True, False):
            got = store.happening_edge_counts(folded)
            assert len(got) > 5
            assert got == _scanned_graph(store, folded)


def test_a_graph_of_a_range_or_types_is_the_one_two_grouped_scans_give(demo_db: Path):
    """The graph of a range or of types, summed up per edge from one scan grouped by edge and type, is
    the one that counting by type and summing up by edge in two scans gives.
    """
    from sambandh.store import Store

    with Store(demo_db, read_only=True) as store:
        days = [r[0] for r in store.con.execute(
            "SELECT DISTINCT left(sort_key, 10) FROM happening_edges WHERE sort_key <> '9999' ORDER BY 1").fetchall()]
        types = [r[0] for r in store.con.execute(
            "SELECT type FROM happening_edges GROUP BY 1 ORDER BY count(*) DESC LIMIT 2").fetchall()]  # fmt: skip
        assert len(days) > 3
        mid = days[len(days) // 2]
        checked = 0
        for folded in (True, False):
            for since, until, ts in ((days[0], days[-1], None), (mid, None, None), (None, mid, None),
                                     (mid, mid, None), (None, None, types), (days[0], mid, types[:1])):  # fmt: skip
                want = _graph_scanned(store, folded, since, until, ts)
                got = store.happening_edge_counts(folded, since, until, ts)
                assert got == want
                checked += len(got)
        assert checked > 20


def test_the_graph_names_its_nodes_in_one_query_as_one_by_one(demo_db: Path):
    from sambandh import api
    from sambandh.config import Config

    k = api.Knowledge(Config.build(db=demo_db))
    try:
        nodes = k.graph()["nodes"]
        ids = [n["id"] for n in nodes] + ["agent:army:in", "person:nobody-at-all"]
        assert any(not i.startswith("country:") for i in ids[:-2])
        assert k.names_of(ids) == {e: k.name_of(e) for e in ids}
        assert [n["name"] for n in nodes] == [k.name_of(n["id"]) for n in nodes]
        assert [n["name_en"] for n in nodes] == [k.name_en_of(n["id"]) for n in nodes]
    finally:
        k.close()


def test_a_store_with_an_event_or_a_document_left_out_is_not_complete(demo_db: Path, tmp_path: Path):
    import shutil

    from sambandh.store import Store

    db = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, db)
    with Store(db) as store:
        assert store.happenings_complete() and store.entity_summary_complete()
        store.con.execute("DELETE FROM happening_events WHERE (doc_id, idx) IN (SELECT (doc_id, idx) "
                          "FROM happening_events ORDER BY ALL LIMIT 1)")  # fmt: skip
        store.con.execute("DELETE FROM entity_summary_docs WHERE doc_id IN (SELECT min(doc_id) FROM "
                          "entity_summary_docs)")  # fmt: skip
        assert not store.happenings_complete() and not store.entity_summary_complete()


def test_an_entitys_summary_kept_across_writes_is_the_one_its_index_rows_give(tmp_path: Path):
    import json

    from sambandh.store import Store

    def kept(event_id: str, day: str | None, actors: list[str], place: str | None = None) -> tuple:
        record = {"event_id": event_id, "type": "CONSULT", "when": {"day": day}, "actors":
                  [{"entity_id": a} for a in actors], "place": {"entity_id": place} if place else None}  # fmt: skip
        return (event_id, "blk", day or "9999", "{}", json.dumps(record), "{}")

    def day(i: int) -> str:
        return f"{2000 + i // 300:04d}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"

    inn, ru, us, fr = "country:in", "country:ru", "country:us", "country:fr"
    fresh = ("SELECT event_id, sort_key FROM happening_index WHERE entity_id = ? "
             "ORDER BY sort_key DESC, event_id DESC")  # fmt: skip

    def check(store: Store) -> None:
        for e in (inn, ru, us, fr, "country:none"):
            rows = store.con.execute(fresh, [e]).fetchall()
            got = store.con.execute("SELECT n, ids, keys FROM happening_entity_summary WHERE entity_id = ?",
                                    [e]).fetchone()  # fmt: skip
            if not rows:
                assert got is None
                continue
            n, ids, keys = got
            # the count, and the entity's latest rows in order: at least a page of them, at most 200
            assert n == len(rows) and list(zip(ids, keys, strict=True)) == rows[: len(ids)]
            assert min(n, 100) <= len(ids) <= 200
            for limit, offset in ((100, 0), (2, 1), (1, 0), (0, 0), (50, 150)):
                page, total = store.find_happenings(involving=[e], newest_first=True, limit=limit, offset=offset)
                slow, slow_total = store.find_happenings(involving=[e, e], newest_first=True, limit=limit,
                                                         offset=offset)  # fmt: skip
                assert [r["event_id"] for r in page] == [r["event_id"] for r in slow] and total == slow_total

    with Store(tmp_path / "ents.duckdb") as store:
        # India in 260 happenings (more than a summary keeps), Russia in some, one undated
        store.write_happenings([kept(f"ev:{i:03d}", day(i), [inn, ru] if i % 4 == 0 else [inn])
                                for i in range(260)] + [kept("ev:u", None, [inn], ru)], [])  # fmt: skip
        check(store)
        # a later write: two of India's latest move far back (out of its list), one leaves India for France,
        # a newer one and an older one are added, the US joins an old one
        store.write_happenings([kept("ev:259", day(3), [inn]), kept("ev:258", day(4), [inn, us]),
                                kept("ev:257", day(200), [fr, ru]), kept("ev:900", day(400), [inn, us]),
                                kept("ev:901", day(1), [inn]), kept("ev:010", day(10), [inn, us])], [])  # fmt: skip
        check(store)
        # India leaves its 150 latest: its list falls under a page, and is summed up again from its rows
        store.write_happenings([kept(f"ev:{i:03d}", day(i), [ru]) for i in range(100, 250)], [])
        check(store)
        assert len(store.con.execute("SELECT ids FROM happening_entity_summary WHERE entity_id = ?",
                                     [inn]).fetchone()[0]) == 112  # every row of India's left  # fmt: skip
        # undated first (sort key 9999), then newest
        assert [r["event_id"] for r in store.find_happenings(involving=[inn], newest_first=True, limit=3)[0]] == \
            ["ev:u", "ev:900", "ev:256"]  # fmt: skip
        store.clear_happenings()
        assert store.con.execute("SELECT count(*) FROM happening_entity_summary").fetchone() == (0,)


def test_an_entitys_latest_page_from_its_summary_is_the_page_its_index_rows_give(demo_db: Path):
    from sambandh.store import Store

    with Store(demo_db, read_only=True) as store:
        ents = [r[0] for r in store.con.execute(
            "SELECT entity_id FROM happening_index GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 12").fetchall()]
        for e in ents:
            for limit, offset in ((100, 0), (5, 3), (1, 0)):
                page = store.find_happenings(involving=[e], newest_first=True, limit=limit, offset=offset, brief=True)
                slow = store.find_happenings(involving=[e, e], newest_first=True, limit=limit, offset=offset,
                                             brief=True)  # fmt: skip
                assert page == slow, (e, limit, offset)


def test_an_events_list_by_day_read_from_the_latest_days_first_is_the_list_every_row_gives(tmp_path: Path):
    import json

    from sambandh.store import Store
    from sambandh.store.happenings import NEWEST_DAYS

    # days spread over years, undated ones, ties on a day; two countries, two types, one a place only
    db = tmp_path / "days.duckdb"
    with Store(db) as store:
        rows, index = [], []
        for i in range(600):
            day = None if i % 7 == 0 else f"{2016 + i % 10}-{1 + i % 12:02d}-{1 + (i * 13) % 28:02d}"
            if i % 50 == 1:
                day = "2025-12-31"  # many on the latest day
            eid, typ = f"ev:{i:04d}", ("CONSULT" if i % 3 else "PROTEST")
            rows.append((eid, "b", day or "9999", "{}", json.dumps({"event_id": eid}), typ, day, "occurred",
                         json.dumps({"event_id": eid})))  # fmt: skip
            side = "country:ru" if i % 2 else "country:in"
            index.append((eid, side, i % 5 != 0, day or "9999", day, typ, "occurred", day))
        store.con.executemany("INSERT INTO happenings (event_id, block, sort_key, view, record, type, day, status, "
                              "brief) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
        store.con.executemany("INSERT INTO happening_index VALUES (?, ?, ?, ?, ?, ?, ?, ?)", index)
        latest = store.latest_happening_day()
        assert latest == "2025-12-31"
        filters = [{}, {"types": ["PROTEST"]}, {"acting": ["country:ru"]}, {"involving": ["country:in"]},
                   {"acting": ["country:ru"], "since": "2024-01-01"}, {"types": ["CONSULT"], "until": "2020-06-30"}]
        for f in filters:
            for limit, offset in ((5, 0), (20, 0), (50, 30), (100, 200), (50, 10_000)):
                want = store.find_happenings(**f, order="day", newest_first=True, limit=limit, offset=offset)
                got = store.find_happenings(**f, order="day", newest_first=True, limit=limit, offset=offset,
                                            latest_day=latest)  # fmt: skip
                assert got == want, (f, limit, offset)
        # a page within the latest month is read from it alone
        assert NEWEST_DAYS[0] <= 31
        seen: list[str] = []
        con = store.con

        class Spy:
            def execute(self, sql: str, params: list | None = None):
                seen.append(sql)
                return con.execute(sql, params or [])

            def __getattr__(self, name: str):
                return getattr(con, name)

        store.con = Spy()  # type: ignore[assignment]
        store.find_happenings(order="day", newest_first=True, limit=10, latest_day=latest)
        store.con = con
        assert sum("day >= ?" in q for q in seen) == 1


def _graph_scanned(store, folded: bool, since: str | None, until: str | None, ts: list[str] | None) -> list:
    """The graph of a range or of types from every edge, grouped in SQL (the reference)."""
    from sambandh.store import EDGE_EVENT_IDS

    where, params = ["folded = ?"], [folded]
    if since or until:
        where.append("sort_key NOT IN ('9999', '')")
    if since:
        where.append("sort_key >= ?")
        params.append(since)
    if until:
        where.append("left(sort_key, 10) <= ?")
        params.append(until)
    if ts:
        where.append("type IN (SELECT unnest(?))")
        params.append(ts)
    cond = " AND ".join(where)
    by_type: dict = {}
    for a, b, t, n in store.con.execute(
        f"SELECT a, b, type, count(*) FROM happening_edges WHERE {cond} GROUP BY ALL", params
    ).fetchall():
        by_type.setdefault((a, b), {})[t] = n
    return [(a, b, n, by_type[(a, b)], lo, hi, list(ids)) for a, b, n, lo, hi, ids in store.con.execute(
        f"SELECT a, b, count(*), min(day), max(day), arg_max(event_id, (sort_key, event_id), "
        f"{EDGE_EVENT_IDS}) FROM happening_edges WHERE {cond} GROUP BY a, b ORDER BY a, b", params
    ).fetchall()]  # fmt: skip


def test_a_graph_of_whole_months_or_of_types_summed_per_month_is_the_graph_every_edge_gives(demo_db: Path):
    import calendar

    from sambandh.store import Store

    with Store(demo_db, read_only=True) as store:
        months = [r[0] for r in store.con.execute(
            "SELECT DISTINCT left(sort_key, 7) FROM happening_edges WHERE length(sort_key) >= 10 ORDER BY 1"
        ).fetchall()]  # fmt: skip
        types = [r[0] for r in store.con.execute(
            "SELECT type FROM happening_edges GROUP BY 1 ORDER BY count(*) DESC LIMIT 2").fetchall()]  # fmt: skip
        assert len(months) > 3
        first, mid, last = months[0], months[len(months) // 2], months[-1]

        def end(month: str) -> str:
            y, m = int(month[:4]), int(month[5:7])
            return f"{month}-{calendar.monthrange(y, m)[1]:02d}"

        years = sorted({m[:4] for m in months})
        ranges = [(f"{first}-01", end(last), None), (f"{mid}-01", None, None), (None, end(mid), None),
                  (f"{mid}-01", end(mid), None), (None, None, types), (None, None, types[:1]),
                  (f"{first}-01", end(mid), types[:1]), (f"{years[-1]}-01-01", f"{years[-1]}-12-31", None),
                  ("1990-01-01", "2100-12-31", None)]  # fmt: skip
        checked = 0
        for folded in (True, False):
            for since, until, ts in ranges:
                assert store._bucket_graph(folded, since, until, ts) is not None, (since, until, ts)
                got = store.happening_edge_counts(folded, since, until, ts)
                assert got == _graph_scanned(store, folded, since, until, ts), (folded, since, until, ts)
                checked += len(got)
            # a bound inside a month some edges lie across is scanned, with the same answer
            day = f"{mid}-15"
            got = store.happening_edge_counts(folded, day, None, None)
            assert got == _graph_scanned(store, folded, day, None, None)
        assert checked > 20


def test_the_edges_per_type_and_month_kept_across_ingests_are_those_every_edge_gives(tmp_path: Path):
    from sambandh.store import Store
    from sambandh.store.happenings import _EDGE_BUCKET, _EDGE_BUCKET_GROUP

    db = tmp_path / "two.duckdb"
    _ingest(db, *corpus_halves(CORPUS, tmp_path))
    with Store(db, read_only=True) as store:
        kept = store.con.execute("SELECT * FROM happening_edge_buckets ORDER BY ALL").fetchall()
        afresh = store.con.execute(
            f"SELECT * FROM (SELECT {_EDGE_BUCKET} FROM happening_edges {_EDGE_BUCKET_GROUP}) ORDER BY ALL"
        ).fetchall()
        assert len(kept) > 10 and kept == afresh


def test_a_database_of_version_21_gets_its_edges_summed_per_type_and_month(demo_db: Path, tmp_path: Path):
    import shutil

    from sambandh.store import Store

    old = tmp_path / "v21.duckdb"
    shutil.copy(demo_db, old)
    with Store(old) as store:
        want = store.con.execute("SELECT * FROM happening_edge_buckets ORDER BY ALL").fetchall()
        store.con.execute("DROP TABLE happening_edge_buckets")
        store.con.execute("DELETE FROM schema_migrations WHERE version >= 22")
    with Store(old, read_only=True) as store:  # a reader brings it up to date first
        assert store.con.execute("SELECT * FROM happening_edge_buckets ORDER BY ALL").fetchall() == want
        assert len(want) > 10


def test_index_rows_keep_their_dated_key_when_written_and_from_version_23(demo_db: Path, tmp_path: Path):
    """An index row's dated key is its sort key where its happening has a date, else NULL (so row groups'
    minimum and maximum bound the days of the dated rows alone), whether written or filled by migration 24."""
    import shutil

    from sambandh.store import Store

    old = tmp_path / "v23.duckdb"
    shutil.copy(demo_db, old)
    with Store(old) as store:
        want = store.con.execute("SELECT event_id, entity_id, dated_key FROM happening_index ORDER BY ALL").fetchall()
        kinds = store.con.execute("SELECT sort_key = '9999', dated_key IS NULL, sort_key = dated_key, count(*) "
                                  "FROM happening_index GROUP BY ALL ORDER BY ALL").fetchall()  # fmt: skip
        store.con.execute("UPDATE happening_index SET dated_key = NULL")  # (the column stays: indexes depend on it)
        store.con.execute("DELETE FROM schema_migrations WHERE version >= 24")
    assert [k[:3] for k in kinds] == [(False, False, True), (True, True, None)]  # dated and undated rows
    with Store(old, read_only=True) as store:  # a reader brings it up to date first
        got = store.con.execute("SELECT event_id, entity_id, dated_key FROM happening_index ORDER BY ALL").fetchall()
        assert got == want


def test_a_busy_edges_latest_events_summed_per_month_are_those_every_edge_gives(tmp_path: Path):
    """Many events an edge and month, keys that are not days (a year, a month, a week, a time), ties on a key."""
    from sambandh.store import Store
    from sambandh.store.happenings import FILL_EDGE_BUCKETS

    with Store(tmp_path / "busy.duckdb") as store:
        rows = []
        for i in range(900):
            month = 1 + i % 12
            day = f"2024-{month:02d}-{1 + i % 28:02d}"
            key = [day, f"{day}T10:30", day[:7], "2024", "2024-W05", f"2023-{month:02d}-15", "9999"][i % 7]
            own = key[:10] if len(key) >= 10 else None
            pair = [("country:in", "country:pk"), ("country:in", "country:ru"), ("country:cn", "country:in")][i % 3]
            typ = ["CONSULT", "ASSAULT"][i % 5 == 0]
            rows.append((f"ev:{i:04d}", *pair, i % 2 == 0, own, key, typ, "occurred", own))
        store.con.executemany("INSERT INTO happening_edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        store.con.execute(FILL_EDGE_BUCKETS)
        for folded in (True, False):
            for since, until, ts in (("2024-01-01", "2024-12-31", None), ("2024-03-01", "2024-05-31", None),
                                     (None, None, ["CONSULT"]), ("2023-01-01", None, ["ASSAULT"]),
                                     (None, "2024-06-30", None), ("2024-02-10", None, None)):  # fmt: skip
                got = store.happening_edge_counts(folded, since, until, ts)
                assert got and got == _graph_scanned(store, folded, since, until, ts), (folded, since, until, ts)
        assert store._bucket_graph(True, "2024-01-01", "2024-12-31", None) is not None
        assert store._bucket_graph(False, "2024-02-10", None, None) is None  # across February's keys: scanned
