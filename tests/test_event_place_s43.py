"""Where events happened (issue #15), session 43: the words for a town, a town's quarter and a hamlet in all their
forms (``कस्बा``, ``मोहल्ले``, ``टोला``) name the unknown word before them as a place, and the locative chains of local
news (``X जिले के Y गांव में``, ``X थाना क्षेत्र के Y गांव में``) place the act at the finest locality. Sentences written
for these tests; the village and town names are made up.
"""

from __future__ import annotations

import pytest


def _article(text: str):
    """The article the pipeline makes of ``text`` (no publication date)."""
    from sambandh.config import Config
    from sambandh.model import Article, RawRecord
    from sambandh.pipeline import Pipeline, article_stages

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": None})
    art = next(iter(Pipeline(article_stages(Config.build())).run(iter([rec]))))
    assert isinstance(art, Article)
    return art


def _place_words(art) -> list[str]:
    """The words of each event's place, where the place has a span in the text."""
    return [art.text[e.place_start : e.place_end] for e in art.events if e.place and e.place_start >= 0]


@pytest.mark.parametrize("head", ["मोहल्ले", "मुहल्ले", "टोले", "कस्बा", "कस्बे"])
def test_an_unknown_word_before_a_locality_word_is_the_place_of_the_act(head: str):
    art = _article(f"पुलिस ने कोतरा {head} में दो लोगों को गिरफ्तार किया।")
    assert art.events and all((e.place or "").startswith("new:") for e in art.events)
    assert all(w.startswith("कोतरा") for w in _place_words(art))


@pytest.mark.parametrize("chain", ["हरदोई जिले के सरैया गांव में", "गंगापुर थाना क्षेत्र के सरैया गांव में",
                                   "रामगढ़ी तहसील के सरैया गांव में"])
def test_a_local_chain_places_the_act_in_its_village(chain: str):
    art = _article(f"बदमाशों ने रविवार को {chain} एक किसान की गोली मारकर हत्या कर दी।")
    assert art.events
    assert all(w.startswith("सरैया") for w in _place_words(art)) and _place_words(art)


@pytest.mark.parametrize("text", ["उस मोहल्ले में पुलिस ने दो लोगों को गिरफ्तार किया।",
                                  "पूरे मोहल्ले में पुलिस ने दो लोगों को गिरफ्तार किया।"])
def test_a_locality_word_after_a_pointer_or_a_quantifier_names_no_place(text: str):
    art = _article(text)
    assert not [m for m in art.mentions if "मोहल्ले" in art.text[m.start : m.end]]
    assert all(not (e.place or "").startswith("new:") for e in art.events)
