"""Entity-stage rules that cost names on IL-NER, session 27 (issue #16): a sounds-alike name that ran on
over a comma, a generated spelling heard in two everyday words, a name after a title that ran into a
scheme's or a body's head word, a body's name cut before its word of scope, and brackets or a hyphen
left at a model name's edge. Sentences written for these tests."""

import re

import pytest
from conftest import linked_mentions


def found(rec, text):
    return {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}


def test_a_sounds_alike_name_ends_on_a_word_not_a_comma(rec):
    text = "व्यापारी एल सालवाडोर , चिली और पेरू गए ।"
    ms = found(rec, text)
    assert ms.get("एल सालवाडोर") == "GPE", ms
    assert not any(s.endswith(",") for s in ms), ms


def test_a_generated_spelling_heard_in_everyday_words_needs_the_models_place(rec):
    text = "इस पर फैसला अगले महीने तय हो सकता है ।"
    assert "तय हो" not in found(rec, text), found(rec, text)


@pytest.mark.parametrize(("text", "word"), [
    ("गांव में मुख्यमंत्री आवास योजना के तहत घर बने ।", "योजना"),
    ("पिछले साल प्रोफेसर यशपाल कमेटी की रिपोर्ट आई थी ।", "कमेटी"),
])
def test_a_name_after_a_title_never_runs_into_a_scheme_or_a_body(rec, text, word):
    ms = found(rec, text)
    assert not any(word in s and label == "PERSON" for s, label in ms.items()), ms


def test_a_name_after_a_title_still_stands(rec):
    text = "इस बैठक में प्रोफेसर रमेश कुमार ने भाषण दिया ।"
    assert found(rec, text).get("रमेश कुमार") == "PERSON", found(rec, text)


def test_a_word_of_scope_opens_a_bodys_name(rec):
    text = "केंद्रीय जल आयोग की नई रिपोर्ट आई ।"
    ms = found(rec, text)
    assert ms.get("केंद्रीय जल आयोग") == "ORG", ms
    assert "जल आयोग" not in ms, ms


def test_a_word_of_scope_alone_names_no_body(rec):
    text = "वह किसान विषयक राष्ट्रीय समिति का सदस्य है ।"
    assert "राष्ट्रीय समिति" not in found(rec, text), found(rec, text)


@pytest.mark.parametrize(("span", "kept"), [
    ("- भारतीय लघु बैंक", "भारतीय लघु बैंक"),
    ("ईबीआरडी )", "ईबीआरडी"),
    ("यूरोपीय बैंक ( ईबीआरडी )", "यूरोपीय बैंक ( ईबीआरडी )"),
    ("भारत -", "भारत"),
])
def test_a_model_names_edges_lose_a_hyphen_and_an_unopened_bracket(span, kept):
    from sambandh.entities import _trim_time_words

    start, end = _trim_time_words(span, 0, len(span))
    assert span[start:end] == kept


def test_the_models_own_names_index_the_whole_text(rec):
    from sambandh.model import Span

    filler = "यह एक लंबा वाक्य है जिसमें कोई नाम नहीं है । " * 40  # over 1,500 characters: two pieces
    text = filler + "भारत और चीन के बीच बातचीत हुई ।"
    sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^।]+।", text)]
    (names,) = rec.model_names([(text, sentences)])
    at = text.index("चीन", len(filler))
    assert (at, at + len("चीन")) in {(s, e) for s, e, _ in names}, names


def test_a_light_verb_before_a_clause_conjunction_is_no_surname(rec):
    text = "उसके भाई ने अदालत से जमानत तो ले ली लेकिन पैसे जमा नहीं किए ।"
    assert not any(label == "PERSON" for label in found(rec, text).values()), found(rec, text)


def test_a_name_before_a_coordinator_stays(rec):
    text = "बैठक में ली और वांग यी मिले ।"
    assert found(rec, text).get("ली") == "PERSON", found(rec, text)
