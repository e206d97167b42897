"""One person written two ways in one article is one entity, and a listed person's one-word name
that the article gives only as another person's first name is that other person (issue #16,
session 49, link49). Sentences written for these tests; the people in them are invented."""

import pytest

from sambandh.link import Linker
from sambandh.model import Mention
from sambandh.phonetic import phonetic_key


@pytest.fixture(scope="module")
def linker():
    return Linker()


def tagged(text: str, *names: str) -> list[Mention]:
    """A model PERSON mention at each of ``names``: the n-th time a name is given, its n-th place."""
    out, seen = [], {}
    for n in names:
        at = text.index(n, seen.get(n, 0))
        seen[n] = at + len(n)
        out.append(Mention(at, at + len(n), "PERSON", "model"))
    return out


def ids(linker: Linker, text: str, *names: str) -> list[tuple[str, str | None]]:
    """Link ``text`` with ``names`` tagged: the tagged persons' surfaces and entity ids, in order."""
    mentions = tagged(text, *names)
    linker.link(text, mentions, None)
    return [(text[m.start : m.end], m.entity_id) for m in mentions]


def test_a_qaf_written_without_its_nukta_has_the_same_sound_key():
    assert phonetic_key("नक़वी") == phonetic_key("नकवी") == phonetic_key("Nakvi")
    assert phonetic_key("क़ुरैशी") == phonetic_key("Qureshi")


def test_a_surname_with_and_without_its_nukta_is_one_person(linker):
    text = "लेखक रफ़ीक़ नक़वी ने किताब का विमोचन किया। समारोह के बाद रफ़ीक़ नकवी ने सवालों के जवाब दिए।"
    got = ids(linker, text, "रफ़ीक़ नक़वी", "रफ़ीक़ नकवी")
    assert got[0][1] == got[1][1], got


def test_a_given_name_written_joined_and_parted_is_one_person(linker):
    text = ("थाना प्रभारी राम प्रसाद वर्मा मौके पर पहुंचे। रामप्रसाद वर्मा ने बताया कि जांच जारी है। "
            "रामप्रसाद ने गवाहों से बात की।")
    got = ids(linker, text, "राम प्रसाद वर्मा", "रामप्रसाद वर्मा", "रामप्रसाद")
    assert len({e for _, e in got}) == 1, got


def test_two_people_who_share_a_surname_stay_apart(linker):
    text = "थाना प्रभारी राम प्रसाद वर्मा मौके पर पहुंचे। उनके साथ सुनील वर्मा भी थे।"
    got = ids(linker, text, "राम प्रसाद वर्मा", "सुनील वर्मा")
    assert got[0][1] != got[1][1], got


def test_a_word_of_respect_or_a_function_word_read_into_a_name_does_not_split_the_person(linker):
    text = ("अभिनेता सुरेश मल्होत्रा ने नई फ़िल्म की घोषणा की। सुरेश जी ने कहा कि शूटिंग जल्द होगी। "
            "मल्होत्रा जो भी कहते हैं, करते हैं।")
    got = ids(linker, text, "सुरेश मल्होत्रा", "सुरेश जी", "मल्होत्रा जो")
    assert len({e for _, e in got}) == 1, got


def test_a_listed_one_word_name_given_only_as_another_persons_first_name_is_that_person(linker):
    # the knowledge base lists जयशंकर alone for the foreign minister; this article names another Jaishankar
    text = "सभा में कवि जयशंकर त्रिपाठी की रचनाएं पढ़ी गईं। जयशंकर ने गांव के जीवन पर लिखा था।"
    got = ids(linker, text, "जयशंकर त्रिपाठी", "जयशंकर")
    assert got[0][1] == got[1][1] and got[1][1] != "person:s-jaishankar", got


def test_the_listed_name_alone_stays_the_listed_person_where_no_one_else_bears_it(linker):
    text = "विदेश मंत्री एस जयशंकर ने बैठक की। जयशंकर ने कहा कि बातचीत अच्छी रही।"
    got = ids(linker, text, "एस जयशंकर", "जयशंकर")
    assert {e for _, e in got} == {"person:s-jaishankar"}, got
