"""Entity classes of session 42 (issue #16): India's regions, and bodies' acronyms said as words.
Sentences written for these tests."""

from conftest import linked_mentions


def _places(rec, text):  # type: ignore[no-untyped-def]
    return [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text) if m.label in ("GPE", "LOC")]


def test_indias_regions_are_places(rec, model_reads):
    model_reads()
    text = "बुंदेलखंड और विदर्भ में सूखे के बाद उत्तर-पूर्व के किसानों ने भी मदद मांगी।"
    assert [p for p, _ in _places(rec, text)] == ["बुंदेलखंड", "विदर्भ", "उत्तर-पूर्व"]
    assert _places(rec, text)[2][1] == "region:northeast-india"


def test_the_spaced_direction_is_no_region(rec, model_reads):
    model_reads()
    text = "कस्बे के उत्तर पूर्व में नई सड़क बनेगी।"
    assert not [p for p, _ in _places(rec, text) if "पूर्व" in p]


def test_a_bodys_acronym_said_as_a_word_is_the_body(rec, model_reads):
    model_reads()
    text = "ऑडिट में कैग ने खर्च पर सवाल उठाए और रॉ के अफसरों से भी पूछताछ हुई।"
    bodies = [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text) if m.label == "ORG"]
    assert bodies == [("कैग", "org:cag"), ("रॉ", "org:raw")], bodies


def test_a_short_body_name_with_no_latin_acronym_still_needs_the_model(rec, model_reads):
    model_reads()
    text = "पिछले हफ्ते फिच की टीम आई थी।"  # a short listed name, no acronym: the model must read a name
    assert not [m for m in linked_mentions(rec, text) if m.label == "ORG"]
