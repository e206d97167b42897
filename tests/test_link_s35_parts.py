"""A person named again by one word of their name (issue #16): the linker adds the lone part where
one person of the article bears it and it stands as a name. Sentences written for these tests."""

import pytest

from sambandh.link import Linker
from sambandh.model import Mention


@pytest.fixture(scope="module")
def linker():
    return Linker()


def linked(linker, text, names):
    """Link ``text`` with a PERSON mention at the first place of each of ``names``."""
    mentions = [Mention(text.index(n), text.index(n) + len(n), "PERSON", "model") for n in names]
    linker.link(text, mentions, None)
    return [(text[m.start : m.end], m.entity_id) for m in mentions if m.label == "PERSON"]


def test_a_one_word_name_said_again_is_the_same_person(linker):
    text = "पुलिस के अनुसार नंदिनी मंगलवार से लापता थी। नंदिनी के भाई ने थाने में शिकायत दी। बाद में नंदिनी को घर लाया गया।"
    got = linked(linker, text, ["नंदिनी"])
    assert [s for s, _ in got] == ["नंदिनी", "नंदिनी", "नंदिनी"]
    assert len({e for _, e in got}) == 1


def test_a_first_name_after_the_full_name_is_that_person(linker):
    text = "गांव के मुखिया हरिओम बघेल ने बैठक बुलाई। जबकि सभा में हरिओम ने पानी की समस्या उठाई।"
    got = linked(linker, text, ["हरिओम बघेल"])
    assert [s for s, _ in got] == ["हरिओम बघेल", "हरिओम"]
    assert got[0][1] == got[1][1]


def test_a_word_of_respect_may_stand_between_the_part_and_its_postposition(linker):
    text = "किसान नेता जोगिंदर ढिल्लों ने धरना शुरू किया। जोगिंदर जी का कहना है कि धरना जारी रहेगा।"
    got = linked(linker, text, ["जोगिंदर ढिल्लों"])
    assert [s for s, _ in got] == ["जोगिंदर ढिल्लों", "जोगिंदर"]


def test_a_part_two_people_share_is_left(linker):
    text = "अमरीश चौहान और दलजीत चौहान दोनों सभा में थे। चौहान ने भाषण दिया।"
    got = linked(linker, text, ["अमरीश चौहान", "दलजीत चौहान"])
    assert [s for s, _ in got] == ["अमरीश चौहान", "दलजीत चौहान"]


def test_a_part_before_another_word_of_the_name_or_a_place_word_is_no_lone_name(linker):
    text = "उधर नंदिनी गोयल ने बयान दिया। नंदिनी गोयल को बुलाया गया।"
    mentions = [Mention(text.index("नंदिनी"), text.index("नंदिनी") + len("नंदिनी गोयल"), "PERSON", "model")]
    linker.propagate_name_parts(text, mentions)
    assert len(mentions) == 1


def test_an_everyday_word_misread_as_a_name_is_not_carried(linker):
    text = "कंपनी के इंजीनियर ने फोन किया। इंजीनियर ने बताया कि बैठक कल है।"
    mentions = [Mention(text.index("इंजीनियर"), text.index("इंजीनियर") + len("इंजीनियर"), "PERSON", "model")]
    linker.propagate_name_parts(text, mentions)
    assert len(mentions) == 1
