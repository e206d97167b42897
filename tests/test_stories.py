"""Stories: reports of one event gather, other events stay apart, new reports join, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from sambandh.config import Config
from sambandh.ingest import ingest
from sambandh.store import Store
from sambandh.stories import profile_terms

# Our own reports. Two outlets tell the dam opening; a later one follows it up; the
# budget report shares a place but is another story.
DAM_A = (
    "नर्मदा पर नए बांध का उद्घाटन\n\n"
    "मध्य प्रदेश के खंडवा में नर्मदा नदी पर बने नए बांध का उद्घाटन मुख्यमंत्री ने किया। बांध से चालीस गांवों को "
    "सिंचाई का पानी मिलेगा और बिजली उत्पादन भी होगा। निर्माण में छह साल लगे।"
)
DAM_B = (
    "खंडवा में नर्मदा बांध शुरू, मुख्यमंत्री ने किया उद्घाटन\n\n"
    "नर्मदा नदी पर खंडवा के पास बने बांध का मुख्यमंत्री ने उद्घाटन किया। अधिकारियों के अनुसार बांध से सिंचाई और "
    "बिजली दोनों मिलेंगी। स्थानीय किसानों ने खुशी जताई और मिठाई बांटी।"
)
DAM_C = (
    "नर्मदा बांध के उद्घाटन के बाद खंडवा में जश्न\n\n"
    "खंडवा में नर्मदा नदी के नए बांध के उद्घाटन के बाद किसानों ने सिंचाई की उम्मीद जताई। मुख्यमंत्री ने कहा कि "
    "बिजली उत्पादन अगले महीने शुरू होगा।"
)
# a follow-up that shares some of their wording, not enough to join without the embeddings
DAM_D = (
    "खंडवा के बांध से किसानों को पानी\n\n"
    "नर्मदा नदी पर बने नए बांध से इस महीने सिंचाई का पानी छोड़ा जाएगा। मुख्यमंत्री के उद्घाटन के बाद अधिकारियों ने "
    "गांवों का दौरा किया और बिजली उत्पादन की तैयारी देखी।"
)
BUDGET = (
    "मध्य प्रदेश का बजट विधानसभा में पेश\n\n"
    "वित्त मंत्री ने विधानसभा में राज्य का बजट पेश किया। स्कूलों, अस्पतालों और सड़कों के लिए अधिक धन रखा गया। "
    "विपक्ष ने बजट को निराशाजनक बताया।"
)


def _ingest(db: Path, folder: Path, files: dict[str, str], published: str, **over: object) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = Config.build(db=db, published=published, **{"embeddings": "off", **over})
    return ingest([str(folder)], config).global_stages["stories"]


def _stories(db: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT source, story_id FROM documents").fetchall()
    return {Path(s).name: st for s, st in rows}


def test_profile_drops_function_words_and_adds_entities():
    terms = profile_terms("बांध का उद्घाटन", "नर्मदा पर बांध बना है।", ["country:in"])
    assert "का" not in terms and "है" not in terms
    assert terms[:2] == ["बांध", "उद्घाटन"] and terms[-1] == "entcountryin"


def test_reports_gather_and_new_reports_join(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    first = _ingest(db, tmp_path / "a", {"dam_a.txt": DAM_A, "dam_b.txt": DAM_B, "budget.txt": BUDGET}, "2025-03-10")
    assert first["assigned"] == 3 and first["new_stories"] == 2
    s = _stories(db)
    assert s["dam_a.txt"] == s["dam_b.txt"] != s["budget.txt"]
    # a follow-up two days later joins the existing story (incremental)
    later = _ingest(db, tmp_path / "b", {"dam_c.txt": DAM_C}, "2025-03-12")
    assert later == {**later, "assigned": 1, "new_stories": 0}
    assert _stories(db)["dam_c.txt"] == s["dam_a.txt"]
    with Store(db, read_only=True) as store:
        row = store.con.execute(
            "SELECT size, first_seen, last_seen FROM stories WHERE story_id = ?", [s["dam_a.txt"]]
        ).fetchone()
    assert row[0] == 3 and str(row[1]) == "2025-03-10" and str(row[2]) == "2025-03-12"


def test_the_same_words_months_apart_are_another_story(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    _ingest(db, tmp_path / "a", {"dam_a.txt": DAM_A}, "2025-03-10")
    _ingest(db, tmp_path / "b", {"dam_b.txt": DAM_B}, "2025-09-10")
    s = _stories(db)
    assert s["dam_a.txt"] != s["dam_b.txt"]


def test_export_stories_with_summary_and_what_each_source_adds(tmp_path: Path):
    db = tmp_path / "e.duckdb"
    _ingest(db, tmp_path / "a", {"dam_a.txt": DAM_A, "dam_b.txt": DAM_B, "budget.txt": BUDGET}, "2025-03-10")
    out = run_cli("export", "stories", "--db", str(db))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(rows) == 2
    dam = rows[0]
    assert dam["size"] == 2 and len(dam["doc_ids"]) == 2
    assert {"story_id", "doc_ids", "title", "first_seen", "last_seen"} <= set(dam)
    assert dam["first_seen"] == dam["last_seen"] == "2025-03-10"
    with Store(db, read_only=True) as store:
        texts = store.texts(dam["doc_ids"])
    for span in dam["summary"] + [a for s in dam["sources"] for a in s["adds"]]:
        assert texts[span["doc_id"]][span["start"] : span["end"]] == span["text"]
    adds = {Path(s["source"]).name: [a["text"] for a in s["adds"]] for s in dam["sources"]}
    assert any("मिठाई" in a for a in adds["dam_b.txt"])  # only the second report has the farmers' sweets
    assert not any("मिठाई" in a for a in adds["dam_a.txt"])
    # entities only one report names: Madhya Pradesh is named by the first report alone
    only = {Path(s["source"]).name: {e["entity_id"] for e in s["adds_entities"]} for s in dam["sources"]}
    with Store(db, read_only=True) as store:
        named = store.doc_entities(dam["doc_ids"])
    by_name = {Path(s["source"]).name: s["doc_id"] for s in dam["sources"]}
    assert only["dam_a.txt"] == set(named[by_name["dam_a.txt"]]) - set(named.get(by_name["dam_b.txt"], {}))
    assert any("मध्य प्रदेश" in e["name"] for s in dam["sources"] for e in s["adds_entities"])
    csv_out = run_cli("export", "stories", "--db", str(db), "--format", "csv")
    assert csv_out.returncode == 0 and csv_out.stdout.decode().startswith("story_id,")


@pytest.mark.slow
def test_seeds_000_and_001_are_one_story_and_the_rest_alone(seeds: Path, tmp_path: Path):
    db = tmp_path / "seeds.duckdb"
    assert run_cli("ingest", str(seeds), "--db", str(db)).returncode == 0
    s = {k[:3]: v for k, v in _stories(db).items()}
    assert s["000"] == s["001"]
    assert len({s["000"], s["002"], s["003"], s["004"]}) == 4


# Our own English reports (written for this test): one of the Qingdao meeting that seeds 000
# and 001 report in Hindi, one of another India-Russia happening.
QINGDAO_EN = (
    "Rajnath Singh holds talks with Russian counterpart Andrey Belousov in Qingdao\n\n"
    "Qingdao: Defence Minister Rajnath Singh met Russian Defence Minister Andrey Belousov on Thursday on the "
    "sidelines of the Shanghai Cooperation Organisation defence ministers' meeting in the Chinese city of Qingdao.\n\n"
    "The two ministers discussed the supply of S-400 air defence systems and upgrades of the Su-30 MKI fleet, "
    "officials said. Belousov condemned the Pahalgam terror attack and expressed solidarity with India.\n"
)
TRADE_EN = (
    "India and Russia review trade in rupees and roubles\n\n"
    "Moscow: Officials of India and Russia met in Moscow on Monday to review payments for oil in national "
    "currencies. The Reserve Bank of India and the Bank of Russia will meet again next month, officials said.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize("later", [False, True], ids=["same-run", "later-run"])
def test_an_english_report_joins_the_hindi_story_of_the_same_meeting(seeds: Path, tmp_path: Path, later: bool):
    db = tmp_path / "xl.duckdb"
    extra = tmp_path / "en"
    extra.mkdir()
    (extra / "qingdao_en.txt").write_text(QINGDAO_EN, encoding="utf-8")
    (extra / "trade_en.txt").write_text(TRADE_EN, encoding="utf-8")
    if later:  # the Hindi reports are stored first; the English ones meet them without embeddings
        assert run_cli("ingest", str(seeds), "--db", str(db)).returncode == 0
        assert run_cli("ingest", str(extra), "--db", str(db)).returncode == 0
    else:
        assert run_cli("ingest", str(seeds), str(extra), "--db", str(db)).returncode == 0
    s = {k[:3] if k[0].isdigit() else k: v for k, v in _stories(db).items()}
    assert s["qingdao_en.txt"] == s["000"] == s["001"]
    assert s["trade_en.txt"] not in {s["000"], s["002"], s["003"], s["004"]}
    assert len({s["000"], s["002"], s["003"], s["004"]}) == 4


def test_only_reports_of_undecided_pairs_are_embedded_and_their_vectors_are_kept(tmp_path: Path):
    db = tmp_path / "v.duckdb"
    first = _ingest(db, tmp_path / "a", {"dam_a.txt": DAM_A, "dam_b.txt": DAM_B, "budget.txt": BUDGET}, "2025-03-10",
                    embeddings="auto")  # fmt: skip
    with Store(db, read_only=True) as store:
        kept = dict(store.con.execute(
            "SELECT d.source, v.embedder FROM story_vectors v "
            "JOIN documents d ON d.id = v.doc_id").fetchall())  # fmt: skip
    kept = {Path(k).name: v for k, v in kept.items()}
    # the budget report meets no other report on wording or entities: nothing asks for its vector
    assert "budget.txt" not in kept
    assert first["embedded"] == len(kept) == 2 and first["embeddings_reused"] == 0 and first["pairs_embedded"] >= 1
    s = _stories(db)
    assert s["dam_a.txt"] == s["dam_b.txt"] != s["budget.txt"]
    # a later report that needs the dam reports' vectors reads them back instead of computing them
    later = _ingest(db, tmp_path / "b", {"dam_d.txt": DAM_D}, "2025-03-12", embeddings="auto")
    assert later["pairs_embedded"] >= 1 and later["embedded"] == 1 and later["embeddings_reused"] >= 1
    assert _stories(db)["dam_d.txt"] == s["dam_a.txt"]
    # one that repeats a dam report's wording (a sure match) embeds nothing: no confirmed pair could outrank it
    sure = _ingest(db, tmp_path / "c", {"dam_c.txt": DAM_C}, "2025-03-12", embeddings="auto")
    assert sure["pairs_embedded"] == sure["embedded"] == sure["embeddings_reused"] == 0
    assert _stories(db)["dam_c.txt"] == s["dam_a.txt"]


def test_a_waiting_pair_that_cannot_beat_a_sure_match_is_not_embedded():
    import numpy as np

    from sambandh.dedup import BestCandidates
    from sambandh.stories import STORY_PERM, _drop_outranked, _Rows, _Stored

    # three Hindi reports: 2 repeats 1's wording (a sure match) and shares a third of 0's
    sig = np.arange(3 * STORY_PERM, dtype=np.uint32).reshape(3, STORY_PERM)
    sig[2] = sig[1]
    sig[2, :20] = sig[0, :20]
    rows = _Rows(sig, np.zeros((3, 10), dtype=np.uint64), np.zeros(3, dtype=np.int64),
                 np.full(3, -1, dtype=np.int64), np.zeros(3, dtype=np.int8))  # fmt: skip
    tracker = BestCandidates(3, 0.0, latest=True)
    tracker.update(np.array([2]), np.array([1]), np.array([1.69]))  # 1 + its Jaccard, as _judge scores it
    stored = _Stored([], {}, None, BestCandidates(3, 0.0, latest=True), None)
    # (2, 0) could score at most 1.31 with any cosine, under 2's sure 1.69; (1, 0) has no match yet
    kept = _drop_outranked(rows, tracker, [(np.array([2, 1]), np.array([0, 0]))], stored, 0.27)
    assert [(list(i), list(j)) for i, j in kept] == [([1], [0])]


class _NoVectorsYet:
    """The store's side of the embeddings: nothing kept yet, each title its id."""

    def story_vectors(self, ids, embedder):
        return {}

    def leads(self, ids, chars):
        return {d: (d, "") for d in ids}

    def write_story_vectors(self, ids, embedder, vecs):
        pass


def test_an_article_whose_most_promising_pair_confirms_spares_the_embeddings_of_its_others():
    import numpy as np

    from sambandh.dedup import BestCandidates
    from sambandh.stories import STORY_PERM, StoriesReport, _choose_stories, _Pending, _Rows, _Stored

    # 2 shares 29 of 64 MinHash slots with 1 and 19 with 0: both pairs wait, (2, 1) first
    sig = np.arange(3 * STORY_PERM, dtype=np.uint32).reshape(3, STORY_PERM)
    sig[2, :29] = sig[1, :29]
    sig[2, 29:48] = sig[0, 29:48]
    rows = _Rows(sig, np.zeros((3, 10), dtype=np.uint64), np.zeros(3, dtype=np.int64),
                 np.full(3, -1, dtype=np.int64), np.zeros(3, dtype=np.int8))  # fmt: skip

    asked: list[str] = []

    def embed(texts):
        asked.extend(t.split(".")[0] for t in texts)
        return [np.eye(384, dtype=np.float32)[0 if t.startswith(("d1", "d2")) else 1] for t in texts]

    tracker = BestCandidates(3, 0.0, latest=True)
    stored = _Stored([], {}, None, BestCandidates(3, 0.0, latest=True), None)
    report = StoriesReport()
    waiting = [(np.array([2, 2]), np.array([1, 0]))]
    ids = ["d0", "d1", "d2"]
    pending = _Pending(_NoVectorsYet(), embed, report, ids, rows, waiting, stored, 0.27)  # type: ignore[arg-type]
    story_of = _choose_stories(_NoVectorsYet(), report, ids, {}, tracker, stored, pending)  # type: ignore[arg-type]
    # (2, 1) confirms at 29/64 + 1; (2, 0) could reach 19/64 + 1 at most, so 0 is never embedded
    assert sorted(asked) == ["d1", "d2"] and report.embedded == 2 and report.pairs_embedded == 1
    assert story_of == ["story:d0", "story:d1", "story:d1"]


def test_a_waiting_pair_that_could_only_confirm_the_story_already_chosen_is_not_embedded():
    import numpy as np

    from sambandh.dedup import BestCandidates
    from sambandh.stories import STORY_PERM, StoriesReport, _choose_stories, _Pending, _Rows, _Stored

    # 1 joined 0 on sure wording; 3 shares 24 of 64 slots with 1 and 22 with 0: both pairs wait
    sig = np.arange(4 * STORY_PERM, dtype=np.uint32).reshape(4, STORY_PERM)
    sig[3, :24] = sig[1, :24]
    sig[3, 24:46] = sig[0, 24:46]
    rows = _Rows(sig, np.zeros((4, 10), dtype=np.uint64), np.zeros(4, dtype=np.int64),
                 np.full(4, -1, dtype=np.int64), np.zeros(4, dtype=np.int8))  # fmt: skip

    asked: list[str] = []
    close = np.zeros(384, dtype=np.float32)
    close[0], close[1] = 0.95, np.sqrt(1 - 0.95**2)

    def embed(texts):
        asked.extend(t.split(".")[0] for t in texts)
        return [close if t.startswith("d3") else np.eye(384, dtype=np.float32)[0] for t in texts]

    tracker = BestCandidates(4, 0.0, latest=True)
    tracker.update(np.array([1]), np.array([0]), np.array([1.6]))
    stored = _Stored([], {}, None, BestCandidates(4, 0.0, latest=True), None)
    report = StoriesReport()
    ids = ["d0", "d1", "d2", "d3"]
    pending = _Pending(_NoVectorsYet(), embed, report, ids, rows, [(np.array([3, 3]), np.array([1, 0]))], stored, 0.27)  # type: ignore[arg-type]
    story_of = _choose_stories(_NoVectorsYet(), report, ids, {}, tracker, stored, pending)  # type: ignore[arg-type]
    # (3, 1) confirms at 24/64 + 0.95 = 1.325; (3, 0) could still reach 22/64 + 1 = 1.34, but 0 is
    # in the story 3 has joined, so scoring it could not change 3's story: 0 is never embedded
    assert sorted(asked) == ["d1", "d3"] and report.pairs_embedded == 1
    assert story_of == ["story:d0", "story:d0", "story:d2", "story:d0"]


def test_vectors_computed_ahead_on_other_threads_give_the_same_stories_and_embeddings():
    import threading

    import numpy as np

    from sambandh.dedup import BestCandidates
    from sambandh.stories import STORY_PERM, StoriesReport, _choose_stories, _Pending, _Rows, _Stored

    # d0, d2, d4 tell one story and d1, d3, d5 another; each later report shares 20 of 64 MinHash
    # slots with each of two earlier ones, so each has two waiting pairs and no decided candidate
    pairs = {2: (0, 1), 3: (1, 2), 4: (2, 3), 5: (3, 0)}
    sig = np.arange(6 * STORY_PERM, dtype=np.uint32).reshape(6, STORY_PERM)
    for r, (j, k) in pairs.items():
        sig[r, :20], sig[r, 20:40] = sig[j, :20], sig[k, 20:40]
    rows = _Rows(sig, np.zeros((6, 10), dtype=np.uint64), np.zeros(6, dtype=np.int64),
                 np.full(6, -1, dtype=np.int64), np.zeros(6, dtype=np.int8))  # fmt: skip
    waiting = [(np.array([r for r in pairs for _ in range(2)]), np.array([c for r in pairs for c in pairs[r]]))]
    ids = [f"d{k}" for k in range(6)]

    def run(threads: int) -> tuple[list[str], list[str], dict[str, str], StoriesReport]:
        asked: list[str] = []
        where: dict[str, str] = {}

        def embed(texts):
            asked.extend(t.split(".")[0] for t in texts)
            where.update((t.split(".")[0], threading.current_thread().name) for t in texts)
            return [np.eye(384, dtype=np.float32)[int(t[1]) % 2] for t in texts]

        report = StoriesReport()
        stored = _Stored([], {}, None, BestCandidates(6, 0.0, latest=True), None)
        pending = _Pending(_NoVectorsYet(), embed, report, ids, rows, waiting, stored, 0.27,  # type: ignore[arg-type]
                           open_rows=np.ones(6, dtype=bool), threads=threads)  # fmt: skip
        try:
            story_of = _choose_stories(_NoVectorsYet(), report, ids, {}, BestCandidates(6, 0.0, latest=True), stored,  # type: ignore[arg-type]
                                       pending)  # fmt: skip
        finally:
            pending.close()
        return story_of, sorted(asked), where, report

    alone, ahead = run(1), run(2)
    assert alone[0] == ahead[0] == ["story:d0", "story:d1", "story:d0", "story:d1", "story:d0", "story:d1"]
    assert alone[1] == ahead[1] and alone[3].to_dict() == ahead[3].to_dict()
    # each later report's own vector, sure to be needed, is computed ahead (a second pick's candidate is not)
    main = threading.main_thread().name
    assert set(alone[2].values()) == {main} and all(ahead[2][d] != main for d in ("d2", "d3", "d4", "d5"))


def test_an_encoder_failure_ahead_stops_the_stage_with_its_error():
    import numpy as np

    from sambandh.dedup import BestCandidates
    from sambandh.stories import STORY_PERM, StoriesReport, _choose_stories, _Pending, _Rows, _Stored

    sig = np.arange(3 * STORY_PERM, dtype=np.uint32).reshape(3, STORY_PERM)
    sig[2, :20] = sig[0, :20]
    rows = _Rows(sig, np.zeros((3, 10), dtype=np.uint64), np.zeros(3, dtype=np.int64),
                 np.full(3, -1, dtype=np.int64), np.zeros(3, dtype=np.int8))  # fmt: skip

    def embed(texts):
        raise RuntimeError("encoder failed")

    stored = _Stored([], {}, None, BestCandidates(3, 0.0, latest=True), None)
    report = StoriesReport()
    pending = _Pending(_NoVectorsYet(), embed, report, ["d0", "d1", "d2"], rows, [(np.array([2]), np.array([0]))],  # type: ignore[arg-type]
                       stored, 0.27, open_rows=np.ones(3, dtype=bool), threads=2)  # fmt: skip
    assert pending.pool is not None  # the vectors of row 2 are computed ahead, on the pool's threads
    with pytest.raises(RuntimeError, match="encoder failed"):
        _choose_stories(_NoVectorsYet(), report, ["d0", "d1", "d2"], {}, BestCandidates(3, 0.0, latest=True), stored,  # type: ignore[arg-type]
                        pending)  # fmt: skip
    pending.close()
    assert pending.pool is None and report.embedded == 0


def test_a_title_the_lead_opens_with_is_embedded_once():
    from sambandh.stories import embedding_text

    lead = "Ministers of two countries met in a hill town on Monday. They spoke about trade."
    assert embedding_text("Ministers of two countries met in a hill town on Monday", lead) == lead
    assert embedding_text("  Ministers of two countries met", "\n" + lead) == "\n" + lead
    assert embedding_text("Trade talks end", lead) == "Trade talks end. " + lead
    assert embedding_text(None, lead) == ". " + lead


def test_a_common_entity_counts_for_less_among_the_entities_two_reports_share():
    import numpy as np

    from sambandh.stories import ALONE_WORDING, STORY_PERM, _entity_hashes, _judge, _Rows, entity_weights
    from sambandh.stories import common_entity_weights as weights_of

    # two Hindi reports sharing 10 of 64 slots (little wording) and both of their two entities
    sig = np.arange(2 * STORY_PERM, dtype=np.uint32).reshape(2, STORY_PERM)
    sig[1, :10] = sig[0, :10]
    assert 10 / STORY_PERM >= ALONE_WORDING
    eset = np.array([_entity_hashes(["country:in", "city:khandwa"])] * 2, dtype=np.uint64)
    rows = _Rows(sig, eset, np.zeros(2, dtype=np.int64), np.full(2, -1, dtype=np.int64), np.zeros(2, dtype=np.int8),
                 np.zeros(2, dtype=np.uint64))  # fmt: skip
    i, j = np.array([1]), np.array([0])
    # every entity counted once: they share two, all of the smaller set, and wait for the embeddings
    assert bool(_judge(rows, rows, i, j, 0.27, 7, True)[1][0])
    # India in three of four stored articles: it and a town are not two names shared
    india = _entity_hashes(["country:in"])[0]
    common = weights_of(1000, [(india, 750)])
    rows.ew = entity_weights(eset, common)
    assert 0 < rows.ew[0, 0] < 0.2 and rows.ew[0, 1] == 1.0 and rows.ew[0, 2] == 0.0
    assert not bool(_judge(rows, rows, i, j, 0.27, 7, True)[1][0])
    # an entity in one article of ten counts whole; in a small archive none counts for less
    assert weights_of(1000, [(india, 100)])[1].tolist() == [1.0]
    assert weights_of(50, [(india, 40)]) is None


def test_common_entities_counts_the_summarised_articles_and_the_new_ones(tmp_path: Path, monkeypatch):
    seen: list[tuple[int, list[tuple[str, int]], list[tuple[str, int]]]] = []
    counted = Store.common_entities

    def count(store, share):  # type: ignore[no-untyped-def]
        n, common = counted(store, share)
        direct = store.con.execute(
            "SELECT entity_id, count(DISTINCT doc_id) AS d FROM mentions GROUP BY 1 HAVING d > ? ORDER BY 1",
            [share * n],
        ).fetchall()
        seen.append((n, common, direct))
        return n, common

    monkeypatch.setattr(Store, "common_entities", count)
    db = tmp_path / "c.duckdb"
    _ingest(db, tmp_path / "a", {"dam_a.txt": DAM_A, "budget.txt": BUDGET}, "2025-03-10")
    # the second run: two articles summarised, two new ones not yet
    _ingest(db, tmp_path / "b", {"dam_b.txt": DAM_B, "dam_c.txt": DAM_C}, "2025-03-11")
    assert [n for n, _, _ in seen] == [2, 4]
    assert all(common == direct for _, common, direct in seen) and seen[1][1], seen


def test_a_city_named_as_its_government_is_not_the_article_s_city():
    """``<place id>/government`` (a place named as its government, ``store.iter_unstoried``) is no city:
    the most-named city is the first plain ``city:`` id."""
    from sambandh.stories import profile_batch

    ents = [["city:delhi/government", "city:delhi"], ["city:lucknow/government", "person:x"], ["city:agra"]]
    assert profile_batch(["a", "b", "c"], ["x", "y", "z"], ents)[3] == ["city:delhi", None, "city:agra"]
