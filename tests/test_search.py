"""Search: Hindi spelling variants, romanised and English queries, filters, snippets, errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import run_cli

from sambandh.config import Config
from sambandh.errors import UsageError
from sambandh.ingest import ingest
from sambandh.normalize import search_fold
from sambandh.search import Filters, Searcher, snippet
from sambandh.store import Store

# Our own short reports (invented wording; the names are public facts).
DOCS = {
    "2024-06-27-belousov.txt": (
        "रक्षा मंत्रियों की मुलाकात\n\n"
        "चीन में हुई बैठक के दौरान भारत के रक्षा मंत्री राजनाथ सिंह और रूस के रक्षा मंत्री आंद्रेई बेलौसोव ने "
        "आपसी सहयोग पर बात की। दोनों पक्षों ने एस-400 प्रणाली की बची हुई खेप पर भी चर्चा की।"
    ),
    "2024-06-28-belosov.txt": (
        "मास्को से नई दिल्ली तक\n\n"
        "रूसी मंत्री बेलोसोव ने कहा कि रूस भारत के साथ रक्षा उत्पादन बढ़ाना चाहता है। "
        "इस बारे में अगले महीने फिर बातचीत होगी और एक समिति रिपोर्ट देगी।"
    ),
    "2023-03-01-budget.txt": (
        "राज्य का बजट पेश\n\n"
        "विधानसभा में वित्त मंत्री ने नया बजट पेश किया जिसमें सड़कों और स्कूलों के लिए अधिक धन रखा गया। "
        "विपक्ष ने इसे चुनावी बजट कहा और सदन से बहिर्गमन किया।"
    ),
    "2024-07-01-english.txt": (
        "Ministers meet in Qingdao\n\n"
        "Defence Minister Rajnath Singh met his Russian counterpart Andrei Belousov on the sidelines of the "
        "SCO meeting and discussed the remaining deliveries of the S-400 system."
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    path = tmp_path_factory.mktemp("db") / "s.duckdb"
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
        # one run per file, each with its date (plain text states none); the index grows
        report = ingest([str(folder / name)], Config.build(db=path, embeddings="off", published=name[:10]))
        assert report.ok and report.global_stages["index"]["added"] == 1
    return path


def _search(db: Path, query: str, **filters: object) -> list[str]:
    config = Config.build(db=db)
    with Store(db, read_only=True) as store:
        result = Searcher(store, config).search(query, Filters(**filters))  # type: ignore[arg-type]
    return sorted(Path(h.source).name for h in result.hits)


def test_spelling_variants_fold_to_one_term():
    assert search_fold("बेलौसोव") == search_fold("बेलोसोव")
    assert search_fold("हिन्दी") == search_fold("हिंदी")
    assert search_fold("ज़मीन") == search_fold("जमीन")
    assert search_fold("Belousov") == "belousov"


def test_hindi_query_finds_every_spelling(db: Path):
    # both Hindi spellings, and the English report: a knowledge-base name in Devanagari searches
    # as all of the entity's names, as a romanised one does
    expected = ["2024-06-27-belousov.txt", "2024-06-28-belosov.txt", "2024-07-01-english.txt"]
    assert sorted(_search(db, "बेलौसोव")) == expected
    assert sorted(_search(db, "बेलोसोव")) == expected
    assert "2023-03-01-budget.txt" not in _search(db, "बेलोसोव")


def test_romanised_and_english_queries_reach_devanagari(db: Path):
    both = ["2024-06-27-belousov.txt", "2024-06-28-belosov.txt", "2024-07-01-english.txt"]
    assert _search(db, "belousov") == both
    assert _search(db, "Belousov") == both
    assert _search(db, "rajnath singh") == ["2024-06-27-belousov.txt", "2024-07-01-english.txt"]
    assert _search(db, "S-400") == ["2024-06-27-belousov.txt", "2024-07-01-english.txt"]
    assert "2023-03-01-budget.txt" not in _search(db, "Russia")
    assert "2024-06-28-belosov.txt" in _search(db, "Russia")


def test_filters(db: Path):
    assert _search(db, "belousov", language="en") == ["2024-07-01-english.txt"]
    assert _search(db, "belousov", since=dt.date(2024, 6, 28)) == ["2024-06-28-belosov.txt", "2024-07-01-english.txt"]
    assert _search(db, "belousov", until=dt.date(2024, 6, 27)) == ["2024-06-27-belousov.txt"]
    assert _search(db, "belousov", source="06-28") == ["2024-06-28-belosov.txt"]
    assert _search(db, "बजट", source="06-28") == []
    with Store(db, read_only=True) as store:
        story = store.con.execute("SELECT story_id FROM documents WHERE source LIKE '%budget%'").fetchone()[0]
    assert _search(db, "बजट", story=story) == ["2023-03-01-budget.txt"]
    assert _search(db, "बजट", entity="Russia") == []
    with pytest.raises(UsageError):
        _search(db, "बजट", entity="No Such Entity Anywhere")


def test_snippets_point_into_the_text(db: Path):
    config = Config.build(db=db)
    with Store(db, read_only=True) as store:
        result = Searcher(store, config).search("belousov")
        for hit in result.hits:
            text = store.documents_meta([hit.doc_id])[hit.doc_id]["text"]
            s = hit.snippet
            assert text[s["start"] : s["end"]] == s["text"]
            assert s["highlights"], hit.source
            for a, b in s["highlights"]:
                assert s["start"] <= a < b <= s["end"]
                assert search_fold(text[a:b]) in {t for g in result.terms for t in g}


def test_snippet_without_matches_is_the_lead():
    s = snippet("पहला वाक्य। दूसरा वाक्य।", {"कुछ"})
    assert s["start"] == 0 and s["highlights"] == []


def test_paging_and_total(db: Path):
    config = Config.build(db=db)
    with Store(db, read_only=True) as store:
        s = Searcher(store, config)
        full = s.search("रक्षा", limit=10)
        page = s.search("रक्षा", limit=1, offset=1)
    assert full.total == len(full.hits) >= 2
    assert page.total == full.total and [h.doc_id for h in page.hits] == [full.hits[1].doc_id]


def test_cli_search(db: Path, tmp_path: Path):
    out = run_cli("search", "belousov", "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == 3 and data["hits"][0]["snippet"]["highlights"]
    human = run_cli("search", "बेलोसोव", "--db", str(db))
    assert human.returncode == 0 and "3 articles" in human.stdout.decode()
    bad = run_cli("search", "   ", "--db", str(db))
    assert bad.returncode == 2 and bad.stderr.decode().count("\n") == 1
    bad = run_cli("search", "x", "--db", str(db), "--since", "yesterday")
    assert bad.returncode == 2
    missing = run_cli("search", "x", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr.decode()


def test_seeds_romanised_and_english_find_the_belousov_reports(seeds: Path, tmp_path: Path):
    db = tmp_path / "seeds.duckdb"
    assert run_cli("ingest", str(seeds), "--db", str(db)).returncode == 0
    for q in ("belousov", "Belousov"):
        out = run_cli("search", q, "--db", str(db), "--json")
        names = sorted(Path(h["source"]).name[:3] for h in json.loads(out.stdout)["hits"])
        assert names == ["000", "001"], (q, names)


def test_batch_folding_gives_the_query_side_terms():
    from sambandh.index import index_texts
    from sambandh.normalize import TOKEN_RE

    texts = [*DOCS.values(), "हिन्दी ज़मीन, Belousov: S-400 (२०२४)", "", "एक"]
    for text, folded in zip(texts, index_texts(texts), strict=True):
        assert folded.split() == [search_fold(t) for t in TOKEN_RE.findall(text)]


def test_a_vocabulary_lost_to_a_kill_is_rebuilt_and_a_kill_mid_index_loses_no_terms(tmp_path: Path, monkeypatch):
    from sambandh import index as index_mod

    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "v.duckdb"
    config = Config.build(db=path, embeddings="off", published="2024-07-01")
    ingest([str(folder)], config)
    assert "2024-06-27-belousov.txt" in _search(path, "belousov")
    # a database from before per-batch vocabularies, killed at the end of indexing
    with Store(path) as store:
        before = store.count("search_vocab")
        store.con.execute("DELETE FROM search_vocab")
    with Store(path) as store:
        index_mod.update_index(store, config)
        assert store.count("search_vocab") == before > 0
    assert "2024-06-27-belousov.txt" in _search(path, "belousov")
    # a kill after the first batch: what counts as indexed has its terms
    with Store(path) as store:
        store.forget_index()
        store.con.execute("DELETE FROM search_vocab")
    real_add, calls = index_mod.SearchIndex.add, []

    def add_then_die(self, docs, threads=2):
        calls.append(len(docs))
        if len(calls) > 1:
            raise KeyboardInterrupt
        real_add(self, docs, threads)

    monkeypatch.setattr(index_mod.SearchIndex, "add", add_then_die)
    with Store(path) as store, pytest.raises(KeyboardInterrupt):
        index_mod.update_index(store, config, batch=2)
    monkeypatch.undo()
    with Store(path, read_only=True) as store:
        texts = [r[0] for r in store.con.execute(
            "SELECT d.text FROM documents d JOIN search_docs s ON s.doc_id = d.id").fetchall()]  # fmt: skip
        terms = {r[0] for r in store.con.execute("SELECT term FROM search_vocab").fetchall()}
    words = {w for t in index_mod.index_texts(texts) for w in t.split() if any("\u0900" <= c <= "\u097f" for c in w)}
    assert len(texts) == 2 and words and words <= terms


def test_office_words_find_reports_in_either_language(tmp_path):
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.model import RawRecord
    from sambandh.search import search as run_search

    hindi = ("देश के रक्षा मंत्री ने सोमवार को तटीय सुरक्षा की समीक्षा बैठक की अध्यक्षता की और नई गश्ती नौकाओं "
             "की खरीद पर अधिकारियों से विस्तृत रिपोर्ट मांगी।")  # fmt: skip
    english = ("The defence minister chaired a review of coastal security on Monday and asked officials for a "
               "detailed report on buying new patrol boats for the southern command.")  # fmt: skip
    config = Config.build(db=tmp_path / "s.duckdb", embeddings="off")
    records = [RawRecord("hi.txt", hindi.encode(), meta={"title": "समीक्षा"}),
               RawRecord("en.txt", english.encode(), meta={"title": "Review"})]  # fmt: skip
    assert ingest([], config, records=records).new == 2
    from sambandh.store import Store

    with Store(config.db, read_only=True) as store:
        for q in ("defence minister", "रक्षा मंत्री", "defense minister"):
            found = {h.source for h in run_search(store, config, q).hits}
            assert found == {"hi.txt", "en.txt"}, (q, found)


def _bulk_store(path: Path, docs: int, entities: int) -> None:
    """A store of ``docs`` short Hindi articles, each naming ``entities`` entities of its own, written
    by SQL (the stages would take minutes for as many).
    """
    with Store(path) as store:
        store.con.execute(
            "INSERT INTO documents (id, source, raw_hash, title, language, published, text, raw, ingested_at) "
            "SELECT md5(i::VARCHAR), 'bulk/' || i, md5(i::VARCHAR), 'खबर ' || i, 'hi', "
            "DATE '2024-01-01' + (i % 300)::INTEGER, 'आज की खबर संख्या ' || i, 'आज की खबर संख्या ' || i, now() "
            "FROM range(?) r(i)", [docs]
        )  # fmt: skip
        store.con.execute(
            'INSERT INTO mentions (doc_id, start, "end", label, entity_id) '
            "SELECT md5(i::VARCHAR), j * 10, j * 10 + 4, 'PERSON', 'ent:' || md5((i * ? + j)::VARCHAR) "
            "FROM range(?) r(i), range(?) q(j)", [entities, docs, entities]
        )  # fmt: skip


def test_the_index_pass_reads_new_articles_a_slice_of_ids_at_a_time(tmp_path: Path, monkeypatch):
    """Grouping every new article's entities in one read ran out of a 384 MB cache at a million articles;
    here 20,000 articles of 20 entities each under a 48 MB cache fail the same way unless read a slice at
    a time, and the slices give the very documents, texts and entities of one read, in the stored order.
    """
    import tantivy

    from sambandh import index as index_mod
    from sambandh.store import search_index

    path = tmp_path / "bulk.duckdb"
    _bulk_store(path, 20_000, 20)
    monkeypatch.setattr(search_index, "SLICE_DOCS", 500, raising=False)
    config = Config.build(db=path, embeddings="off")
    with Store(path, memory_limit="48MB") as store:
        assert index_mod.update_index(store, config, batch=5_000).added == 20_000
        assert store.count("search_docs") == 20_000
    with Store(path, read_only=True) as store:
        searcher = Searcher(store, config)
        assert searcher.search("खबर").total == 20_000
        schema = searcher.index.schema
        ent = store.con.execute("SELECT 'ent:' || md5((7 * 20 + 3)::VARCHAR)").fetchone()[0]
        found = searcher.searcher.search(tantivy.Query.term_query(schema, "entity", ent), limit=5).hits
        assert [searcher.searcher.doc(a)["doc_id"][0] for _s, a in found] == [store.con.execute(
            "SELECT md5('7')").fetchone()[0]]  # fmt: skip
    with Store(path) as store:
        store.forget_index()
        whole = [d for b in store.iter_unindexed(700, slice_docs=10**9) for d in b]
        assert len(whole) == 20_000 and all(len(d["entities"]) == 20 for d in whole)
        for size in (1234, 20_000):
            batches = list(store.iter_unindexed(700, slice_docs=size))
            assert {len(b) for b in batches[:-1]} == {700}  # full batches across slices
            sliced = [d for b in batches for d in b]
            assert len(sliced) == len({d["doc_id"] for d in sliced}) == 20_000
            assert sorted(sliced, key=lambda d: d["doc_id"]) == sorted(whole, key=lambda d: d["doc_id"])
            assert len(store._unindexed_slices(size)) == -(-20_000 // size)
        # the order the articles were stored in (the index packs neighbours' words tighter)
        stored = [r[0] for r in store.con.execute("SELECT id FROM documents ORDER BY rowid").fetchall()]
        assert [d["doc_id"] for d in sliced] == stored


def test_one_search_gives_the_page_and_the_best_ids_of_two(db: Path):
    """``search_top`` (what the search page asks for: its page and the best matches for the facets) is
    one search of the index, the page cut from the best: the same page and ids as two searches.
    """
    config = Config.build(db=db)
    with Store(db, read_only=True) as store:
        s = Searcher(store, config)
        for query in ("रक्षा", "belousov", "S-400 रूस", "बजट"):
            for limit, offset, top in ((10, 0, 500), (1, 0, 2), (1, 1, 2), (2, 3, 1), (1, 2, 1), (3, 1, 1)):
                page, ids = s.search_top(query, None, limit, offset, top)
                two = s.search(query, None, limit, offset).to_dict()
                got = page.to_dict()
                got.pop("seconds"), two.pop("seconds")
                assert got == two and ids == s.doc_ids(query, None, top), (query, limit, offset, top)
        assert len(s.search_top("रक्षा", None, 1, 0, 500)[1]) == s.search("रक्षा").total > 1
        with pytest.raises(UsageError):  # a negative offset would take hits from the end
            s.search_top("रक्षा", None, 1, -1, 500)
