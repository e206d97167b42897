"""Entity classes of session 43 (issue #16): bodies named by a place, a demonym or a word of scope and
everyday words before a generic head; a body's head phrase is no person. Sentences written for these tests."""

from conftest import linked_mentions


def _bodies(rec, text):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "ORG"]


def test_a_place_and_everyday_words_before_a_generic_head_name_a_body(rec, model_reads):
    model_reads()
    text = "झारखंड राज्य बीज निगम और ओडिशा मछुआरा मोर्चा ने बैठक की।"
    assert _bodies(rec, text) == ["झारखंड राज्य बीज निगम", "ओडिशा मछुआरा मोर्चा"]


def test_a_demonym_or_a_word_of_scope_opens_such_a_body(rec, model_reads):
    model_reads()
    text = "नेपाली शिक्षक संघ के बाद राज्य कर्मचारी चयन बोर्ड ने भी तारीख बदली।"
    assert _bodies(rec, text) == ["नेपाली शिक्षक संघ", "राज्य कर्मचारी चयन बोर्ड"]


def test_two_everyday_words_joined_by_a_conjunction_stay_in_the_name(rec, model_reads):
    model_reads()
    text = "कल सीतापुर आलू उत्पादक एवं व्यापारी संघ की सभा हुई।"
    assert _bodies(rec, text) == ["सीतापुर आलू उत्पादक एवं व्यापारी संघ"]


def test_no_body_without_an_opening_place_or_across_a_word_that_ends_it(rec, model_reads):
    model_reads()
    # everyday words alone are a description; a demonym in the middle opens the name or there is none;
    # a court so described is left alone ("<demonym> सैन्य अदालत")
    text = "गांव की जल बचाओ समिति बनी। सीमा पर स्थित चीनी सेना लौटी। मामला रूसी सैन्य अदालत में गया।"
    bodies = _bodies(rec, text)
    assert "जल बचाओ समिति" not in bodies
    assert not [b for b in bodies if "स्थित" in b or "अदालत" in b], bodies


def test_a_bodys_head_phrase_ending_in_a_surname_is_no_person(rec, model_reads):
    model_reads()
    text = "शहर के नगर निगम ने कर बढ़ाया।"  # निगम is also a surname
    assert not [m for m in linked_mentions(rec, text) if m.label == "PERSON"]
