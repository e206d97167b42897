"""Entity-stage rules of session 30 (issue #16): a full stop glued between two sentences (no space
after it, as BBC Hindi's text has it) ends the name a head word makes. Sentences written for these tests."""

import pytest
from conftest import linked_mentions


def names(rec, text):
    return {text[m.start : m.end] for m in linked_mentions(rec, text)}


@pytest.mark.parametrize(("text", "name"), [
    ("पहाड़ों में भारी बारिश हुई है.कुमाऊं प्रांत में सड़कें बंद हैं.", "कुमाऊं प्रांत"),
    ("सरकार ने नई योजना बनाई.मेलिनो शहर में उसका काम शुरू हुआ.", "मेलिनो शहर"),
])
def test_a_glued_full_stop_ends_the_word_before_a_heads_name(rec, text, name):
    found = names(rec, text)
    assert not any("." in n for n in found), sorted(found)
    assert any(n.startswith(name.split()[0]) for n in found), sorted(found)


def test_a_head_word_glued_to_the_sentence_before_names_nothing_with_its_last_word(rec):
    found = names(rec, "बच्चों को घर भेज दिया गया है.स्कूल में आज पढ़ाई नहीं हुई.")
    assert not any("." in n for n in found), sorted(found)
