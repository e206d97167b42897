"""Session 50: an entity's shown name is the one most of its mentions give, the same whichever ids are asked
together, and ties go as the entity summary breaks them (the first in code point order)."""

from pathlib import Path

from sambandh.store import Store


def _mention(store: Store, doc: str, start: int, entity: str, name: str) -> None:
    store.con.execute(
        "INSERT INTO mentions (doc_id, start, \"end\", label, source, entity_id, canonical) "
        "VALUES (?, ?, ?, 'PERSON', 'model', ?, ?)",
        [doc, start, start + len(name), entity, name],
    )


def test_the_most_given_name_wins_and_ties_take_the_first_in_code_point_order(tmp_path: Path) -> None:
    with Store(tmp_path / "names.duckdb") as store:
        for k, name in enumerate(["रमेश कुमार", "रमेश कुमार यादव", "रमेश कुमार यादव"]):
            _mention(store, "d1", 10 * k, "person:a", name)
        for k, name in enumerate(["सुनील", "अनिल", ""]):
            _mention(store, "d2", 10 * k, "person:b", name)
        alone = store.mention_names(["person:a"]) | store.mention_names(["person:b"])
        together = store.mention_names(["person:b", "person:a", "person:c"])
    assert alone == together == {"person:a": "रमेश कुमार यादव", "person:b": min("सुनील", "अनिल")}
