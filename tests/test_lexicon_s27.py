"""Headline order with no subject marked: the light verb, of any valency, before its noun (session 27)."""

from __future__ import annotations

from sambandh.lexicon import Lexicon, load_lexicon


def _lex() -> Lexicon:
    lex = load_lexicon("hi")
    assert lex is not None
    return lex


def _fronted(text: str, mode: str) -> list[tuple[str, list[str]]]:
    """The forms and features of ``mode``'s matches whose verb stands before the noun."""
    return [(m.form, sorted(m.features)) for m in _lex().find(text) if m.entry.mode == mode and m.fronted_at >= 0]


def test_an_intransitive_light_verb_before_its_noun_states_the_act_in_a_headline() -> None:
    assert _fronted("सीमावर्ती कस्बे में फिर लगा कर्फ्यू, बाजार बंद", "operation") == [("pfv", [])]
    assert _fronted("नई दिल्ली और टोक्यो के बीच हुआ है समझौता", "sign") == [("pfv", ["present"])]
    # prose order: a participle before a noun whose clause goes on names an earlier act
    assert _fronted("दोनों देशों के बीच हुए समझौते के तहत व्यापार बढ़ा", "sign") == []


def test_auxiliaries_between_the_fronted_verb_and_its_noun_are_read_a_copula_alone_is_none() -> None:
    assert _fronted("यात्रा में तीन करारों पर हो सकते हैं हस्ताक्षर", "sign") == [("stem", ["modal", "present"])]
    assert _fronted("अगले हफ्ते होगा व्यापार समझौता", "sign") == [("fut", [])]
    assert _fronted("यही है समझौता।", "sign") == []
    # की before a noun is its genitive, even where the noun ends its phrase
    assert not [m for m in _lex().find("ऊनी कपड़ों की ख़रीद-बिक्री बढ़ी।") if m.fronted_at >= 0]
