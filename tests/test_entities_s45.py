"""Session 45 (issues #15 and #16): names the entity stage left untagged where they are actors, and words it
took for names. A form of a verb the lexicon knows is no name after an office. Sentences written for these tests."""

from conftest import linked_mentions


def _people(rec, text):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]


def test_a_verb_after_an_office_is_no_name(rec, model_reads):
    model_reads()
    for text in ("संघ के अध्यक्ष बोले, हड़ताल जारी रहेगी।", "जिले के मंत्री पहुंचे और सभा शुरू हुई।",
                 "आयोग के सचिव लौटे, फिर बैठक हुई।"):
        assert _people(rec, text) == [], text


def test_a_name_spelt_as_a_verbs_form_is_read_on_after_an_office(rec, model_reads):
    model_reads()
    # दीया is also a form of देना (gave); a name word after it makes it a name's first word
    text = "उप मुख्यमंत्री दीया कुमारी और सचिव के साथ बैठक हुई।"
    assert _people(rec, text) == ["दीया कुमारी"]
