"""Guards of session 44 on the bodies named by a place, a demonym or a word of scope before a generic head
(issue #16; session 43's ``placed`` rows): a verb's form, a participle or a seat word is no word of such a name,
a genitive before it makes the body its owner's, and a country's generic actor is no new body. Sentences
written for these tests."""

from conftest import linked_mentions


def _bodies(rec, text):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "ORG"]


def test_a_verb_form_between_the_place_and_the_head_makes_no_body(rec, model_reads):
    model_reads()
    # the place is where someone went; the head's words after the verb are a title or a description
    for text in ("कल लखनऊ लौटे किसान मोर्चा के नेता ने बात की।", "परसों जयपुर पहुंचे थल सेना प्रमुख ने भाषण दिया।"):
        assert not [b for b in _bodies(rec, text) if "लौटे" in b or "पहुंचे" in b], text


def test_a_seat_word_ends_the_name_before_it(rec, model_reads):
    model_reads()
    text = "लखनऊ स्थित व्यापारी संघ ने बंद बुलाया।"
    assert not [b for b in _bodies(rec, text) if "स्थित" in b]


def test_a_word_of_scope_after_a_genitive_opens_no_new_body(rec, model_reads):
    model_reads()
    # the country before the genitive owns the body: the text names its tribunal, no body of its own
    text = "मालदीव के अंतरराष्ट्रीय आपराधिक न्यायाधिकरण ने फैसला सुनाया।"
    assert not [b for b in _bodies(rec, text) if b.startswith("अंतरराष्ट्रीय")]


def test_a_demonym_before_a_generic_actor_is_that_countrys_actor_not_a_body(rec, model_reads):
    model_reads()
    text = "इंडोनेशियाई थल सेना ने अभ्यास किया।"
    assert "इंडोनेशियाई थल सेना" not in _bodies(rec, text)


def test_a_state_and_everyday_words_before_a_head_still_name_a_body(rec, model_reads):
    model_reads()
    text = "असम राज्य मत्स्य निगम ने योजना बनाई और मणिपुर छात्र संघ ने बंद बुलाया।"
    assert _bodies(rec, text) == ["असम राज्य मत्स्य निगम", "मणिपुर छात्र संघ"]


def test_a_name_word_right_before_the_opening_place_reads_no_placed_body(rec):  # type: ignore[no-untyped-def]
    # the place is then part of a longer name whose start the placed reading cannot tell ("<surname> <state> ...")
    for text, opens in (("बैठक में राजस्थान जल अनुसंधान संस्थान", "राजस्थान"), ("बैठक में मेहता राजस्थान जल अनुसंधान संस्थान", None)):
        at = text.index("संस्थान")
        got = rec._placed_body(text, at, len(text))
        assert got == (text.index(opens) if opens else None), text
