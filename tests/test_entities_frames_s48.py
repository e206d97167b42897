"""Session 48 (issues #16 and #15): a village or locality the tagger left unnamed, read by its locative frame
(``ग्राम पंचायत X``, ``X जिले के Y में``), is a mention of the entity stage (source ``frame``), linked to an entity
of its own or to the same name tagged with its head word; a road named by its two towns is no entity. Sentences
and names written for these tests."""

from __future__ import annotations

from conftest import linked_mentions


def _framed(rec, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(text[m.start : m.end], m.label, m.entity_id or "") for m in linked_mentions(rec, text)
            if m.source == "frame"]  # fmt: skip


def test_a_name_a_districts_genitive_holds_is_a_place_of_the_entity_stage(rec) -> None:  # type: ignore[no-untyped-def]
    text = "भीलवाड़ा जिले के कोटड़ीखेड़ा में झड़प हुई। बाद में कोटड़ीखेड़ा में शांति रही।"
    found = _framed(rec, text)
    # (the same name again, bare, is the same place)
    assert [(s, label) for s, label, _ in found] == [("कोटड़ीखेड़ा", "GPE"), ("कोटड़ीखेड़ा", "GPE")]
    assert found[0][2].startswith("new:gpe:") and found[0][2] == found[1][2]


def test_a_local_bodys_village_is_the_village_its_head_word_names(rec) -> None:  # type: ignore[no-untyped-def]
    text = "ग्राम पंचायत कुसमेली के लोगों ने शिकायत की। कुसमेली गांव में पानी नहीं है।"
    mentions = linked_mentions(rec, text)
    framed = [m for m in mentions if m.source == "frame"]
    assert [text[m.start : m.end] for m in framed] == ["कुसमेली"]
    headed = [m for m in mentions if m.source != "frame" and text[m.start : m.end].startswith("कुसमेली")]
    assert headed and framed[0].entity_id == headed[0].entity_id


def test_a_road_named_by_two_towns_and_everyday_words_are_no_entity(rec) -> None:  # type: ignore[no-untyped-def]
    assert _framed(rec, "ग्रामीणों ने अजमेर-ब्यावर मार्ग पर जाम लगाया।") == []
    assert _framed(rec, "जिले के सरकारी अस्पताल में भर्ती कराया गया।") == []
    assert _framed(rec, "ग्राम सभा ने प्रस्ताव खारिज कर दिया।") == []
    # (a local body's committees and staff after its word are no village)
    assert _framed(rec, "ग्राम पंचायत समितियां और ग्राम पंचायत कर्मचारी बैठक में थे।") == []
