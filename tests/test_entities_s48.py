"""Session 48 (issue #16, entities on outlets never seen): a government named by its place (``<country> सरकार``)
is a mention of the place alone, as docs/entities-gold.md marks it, with the source ``government``: IL-NER's
scheme reads the whole phrase as one organisation, and the stories stage counts the government apart from its
place. Sentences written for these tests."""

from pathlib import Path

from conftest import linked_mentions

from sambandh.entities import government_phrase


def _places(rec, text):  # type: ignore[no-untyped-def]
    return [(text[m.start : m.end], m.source) for m in linked_mentions(rec, text) if m.label in ("GPE", "ORG")]


def test_a_government_the_model_reads_as_one_body_is_its_place(rec, model_reads):
    model_reads(("भारत सरकार", "ORG"))
    text = "भारत सरकार ने सोमवार को नई व्यापार नीति जारी की।"
    assert _places(rec, text) == [("भारत", "government")]
    m = next(m for m in linked_mentions(rec, text) if m.label == "GPE")
    assert m.entity_id == "country:in"
    # IL-NER's scheme marks the phrase: the place and the word for a government after it
    assert text[slice(*government_phrase(text, m))] == "भारत सरकार"


def test_a_place_before_a_word_for_a_government_is_marked_whatever_the_model_reads(rec, model_reads):
    model_reads()
    text = "नेपाल सरकार और बिहार सरकार के अधिकारियों ने बाढ़ पर बात की।"
    assert _places(rec, text) == [("नेपाल", "government"), ("बिहार", "government")]


def test_a_place_with_no_word_for_a_government_right_after_it_stays_a_place(rec, model_reads):
    model_reads()
    for text in ("नेपाल के मंत्री ने कहा कि सरकार इस पर विचार करेगी।", "वे कल नेपाल पहुंचे, सरकार ने स्वागत किया।"):
        found = _places(rec, text)
        assert ("नेपाल", "kb") in found and all(s != "government" for _, s in found), (text, found)
        m = next(m for m in linked_mentions(rec, text) if text[m.start : m.end] == "नेपाल")
        assert government_phrase(text, m) == (m.start, m.end)


def test_the_stories_stage_counts_a_government_apart_from_its_place(tmp_path: Path):
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.spark_stories import _top_entities
    from sambandh.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "नीति पर फैसला\n\nभारत सरकार ने नई नीति जारी की। भारत में इसका स्वागत हुआ।", encoding="utf-8"
    )
    db = tmp_path / "g.duckdb"
    ingest([str(folder)], Config.build(db=db, published="2025-03-10", embeddings="off"))
    with Store(db) as store:
        store.con.execute("UPDATE documents SET story_id = NULL")
        ents = next(store.iter_unstoried(10))[3][0]
    assert "country:in" in ents and "country:in/government" in ents
    # the Spark profiler picks them as the store does
    rows = [
        {"entity_id": "country:in", "start": 0, "source": "government"},
        {"entity_id": "country:in", "start": 30, "source": "kb"},
    ]
    assert sorted(_top_entities(rows, None)) == ["country:in", "country:in/government"]
