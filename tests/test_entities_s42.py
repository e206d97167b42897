"""Entity classes of session 42 (issue #16): names opening with a common given name, and India's regions.
Sentences written for these tests."""

from conftest import linked_mentions


def _people(rec, text):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]


def _places(rec, text):  # type: ignore[no-untyped-def]
    return [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text) if m.label in ("GPE", "LOC")]


def test_a_given_name_and_a_family_name_no_table_lists_are_a_person(rec, model_reads):
    text = "कार्यक्रम का संचालन प्रवीण धनकर ने किया।"
    model_reads()
    assert _people(rec, text) == ["प्रवीण धनकर"]


def test_a_given_name_takes_on_the_family_name_the_model_left_or_read_as_a_place(rec, model_reads):
    text = "इस बार रेवती ठकराल को टीम में जगह मिली।"
    for reading in (("रेवती", "PERSON"), ("ठकराल", "LOC")):
        model_reads(reading)
        assert _people(rec, text) == ["रेवती ठकराल"], reading


def test_a_given_name_before_an_everyday_word_or_a_third_name_word_is_not_taken_on(rec, model_reads):
    for text in ("शाम को नेहा बाजार से लौटी।",  # an everyday word after the given name
                 "बैठक में प्रवीण धनकर मेहरोल भी थे।"):  # a third name word: where the name ends is unsure
        model_reads()
        assert not [p for p in _people(rec, text) if p.startswith(("नेहा", "प्रवीण"))], text


def test_a_given_name_after_another_name_word_opens_no_name_of_its_own(rec, model_reads):
    text = "मुकाबले में भूरा सुनील धनकर से हारा।"
    model_reads()
    assert "सुनील धनकर" not in _people(rec, text)


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
