"""A word of a name alone where several people of the article bear it (session 24, issue #16): the
surname or first name alone names the dominant one instead of a new person. Mentions are built by
hand over sentences written for these tests, so only the linker is tested."""

import re

import pytest

from sambandh.link import Linker
from sambandh.model import Mention


@pytest.fixture(scope="module")
def linker():
    return Linker()


def link(linker, text, names):
    """Link PERSON mentions over every occurrence of each of ``names`` (longest first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    mentions = [Mention(s, e, "PERSON", "model") for s, e in sorted(spans)]
    linker.link(text, mentions, None)
    return [(text[m.start : m.end], m.entity_id) for m in mentions]


def ids(pairs, surface):
    return [e for s, e in pairs if s == surface]


def test_a_shared_surname_alone_names_the_one_named_most(linker):
    text = ("व्यापारी दिनेश पांडुरंग ने दुकान खोली। उनकी बेटी कविता पांडुरंग भी वहां थीं। दिनेश पांडुरंग ने कहा कि "
            "कारोबार अच्छा है। पांडुरंग ने बाद में ग्राहकों से बात की।")
    pairs = link(linker, text, ["दिनेश पांडुरंग", "कविता पांडुरंग", "पांडुरंग"])
    dinesh = set(ids(pairs, "दिनेश पांडुरंग"))
    assert len(dinesh) == 1
    assert ids(pairs, "पांडुरंग") == list(dinesh)
    assert ids(pairs, "कविता पांडुरंग")[0] not in dinesh


def test_on_a_tie_the_surname_alone_names_the_one_named_last(linker):
    text = ("मेले में दिनेश पांडुरंग आए। थोड़ी देर बाद कविता पांडुरंग भी आईं। पांडुरंग ने मंच से सबका धन्यवाद किया।")
    pairs = link(linker, text, ["दिनेश पांडुरंग", "कविता पांडुरंग", "पांडुरंग"])
    assert ids(pairs, "पांडुरंग") == ids(pairs, "कविता पांडुरंग")


def test_a_first_name_before_the_surname_read_alone_says_which_of_them(linker):
    text = ("दिनेश पांडुरंग और कविता पांडुरंग मेले में थे। दिनेश पांडुरंग ने भाषण दिया। "
            "मंच पर कविता पांडुरंग ने गीत गाया।")
    # the surname read alone inside "कविता पांडुरंग" of the last sentence: its first name tells
    mentions = [Mention(m.start(), m.end(), "PERSON", "model") for m in re.finditer("दिनेश पांडुरंग", text)]
    mentions.append(Mention(text.index("कविता पांडुरंग"), text.index("कविता पांडुरंग") + len("कविता पांडुरंग"),
                            "PERSON", "model"))
    last = text.rindex("पांडुरंग")
    mentions.append(Mention(last, last + len("पांडुरंग"), "PERSON", "model"))
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    by = {(m.start, m.end): m.entity_id for m in mentions}
    kavita = by[(text.index("कविता पांडुरंग"), text.index("कविता पांडुरंग") + len("कविता पांडुरंग"))]
    assert by[(last, last + len("पांडुरंग"))] == kavita


def test_another_first_name_before_the_surname_is_another_person(linker):
    text = ("दिनेश पांडुरंग और कविता पांडुरंग मेले में थे। दिनेश पांडुरंग ने भाषण दिया। मंच पर सुनयना पांडुरंग ने गीत गाया।")
    mentions = [Mention(m.start(), m.end(), "PERSON", "model")
                for m in re.finditer("दिनेश पांडुरंग|कविता पांडुरंग", text)]
    last = text.rindex("पांडुरंग")
    mentions.append(Mention(last, last + len("पांडुरंग"), "PERSON", "model"))
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    others = {m.entity_id for m in mentions[:-1]}
    assert mentions[-1].entity_id not in others


def test_a_first_name_alone_names_the_one_named_in_full_most(linker):
    text = ("अभिनेता तरुण मल्होत्रा की फिल्म आई। तरुण मल्होत्रा ने कहा कि वह खुश हैं। उनके साथी तरुण सहगल भी थे। "
            "बाद में तरुण ने प्रशंसकों से बात की।")
    pairs = link(linker, text, ["तरुण मल्होत्रा", "तरुण सहगल", "तरुण"])
    assert ids(pairs, "तरुण") == ids(pairs, "तरुण मल्होत्रा")[:1]


def test_a_surname_that_is_also_a_middle_name_alone_stays_apart(linker):
    text = "गुरमीत सिंह और बलदेव सिंह ने खेत देखे। गुरमीत सिंह ने फसल बेची। सिंह ने कहा कि दाम कम हैं।"
    pairs = link(linker, text, ["गुरमीत सिंह", "बलदेव सिंह", "सिंह"])
    full = set(ids(pairs, "गुरमीत सिंह")) | set(ids(pairs, "बलदेव सिंह"))
    assert not set(ids(pairs, "सिंह")) & full


def test_a_listed_persons_first_name_alone_after_the_full_name_is_that_person(linker):
    text = "विदेश सचिव विक्रम मिस्री ने दौरा किया। बाद में विक्रम ने अफसरों से बात की।"
    start = text.index("विक्रम मिस्री")
    mentions = [Mention(start, start + len("विक्रम मिस्री"), "PERSON", "kb", kb_id="person:vikram-misri")]
    linker.link(text, mentions, None)
    alone = text.rindex("विक्रम")
    assert [(m.start, m.entity_id) for m in mentions] == [(start, "person:vikram-misri"),
                                                         (alone, "person:vikram-misri")]


def test_a_word_before_a_listed_name_that_is_not_their_first_name_is_not_propagated(linker):
    text = "दौरे पर पीएम मोदी ने भाषण दिया। बाद में पीएम ने अफसरों से बात की।"
    start = text.index("पीएम मोदी")
    mentions = [Mention(start, start + len("पीएम मोदी"), "PERSON", "kb", kb_id="person:narendra-modi")]
    linker.link(text, mentions, None)
    assert len(mentions) == 1


def test_a_first_name_that_another_person_of_the_article_bears_is_not_propagated(linker):
    text = "विक्रम मिस्री और विक्रम दोराईस्वामी मिले। बाद में विक्रम ने अफसरों से बात की।"
    mentions = [Mention(m.start(), m.end(), "PERSON", "model")
                for m in re.finditer("विक्रम मिस्री|विक्रम दोराईस्वामी", text)]
    linker.link(text, mentions, None)
    assert len(mentions) == 2
