from hypothesis import given
from hypothesis import strategies as st

from sambandh.segment import split_sentences, tokenize


def sents(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_danda_glued_and_double():
    assert sents("पहला वाक्य।दूसरा वाक्य॥ तीसरा।। चौथा") == ["पहला वाक्य।", "दूसरा वाक्य॥", "तीसरा।।", "चौथा"]


def test_question_and_exclamation_glued():
    assert sents("क्या वे आएंगे?वे आए!ठीक है") == ["क्या वे आएंगे?", "वे आए!", "ठीक है"]


def test_full_stop_without_space_bbc_style():
    assert sents("चुनाव होंगे.उम्मीदवार तैयार हैं. नतीजे बाद में") == [
        "चुनाव होंगे.",
        "उम्मीदवार तैयार हैं.",
        "नतीजे बाद में",
    ]


def test_initials_titles_numbers_and_urls_survive():
    text = "विदेश मंत्री एस. जयशंकर और डॉ. शर्मा ने 3.5 अरब डॉलर के S-400 और Su-30 MKI पर 5:02 PM बात की। देखें bbc.com/hindi पर."
    assert sents(text) == [
        "विदेश मंत्री एस. जयशंकर और डॉ. शर्मा ने 3.5 अरब डॉलर के S-400 और Su-30 MKI पर 5:02 PM बात की।",
        "देखें bbc.com/hindi पर.",
    ]


def test_english_abbreviations():
    text = "S. Jaishankar met Mr. Wang at 5 p.m. in Delhi. They spoke for an hour."
    assert sents(text) == ["S. Jaishankar met Mr. Wang at 5 p.m. in Delhi.", "They spoke for an hour."]


def test_ambiguous_initials_only_in_chains():
    assert sents("आई. के. गुजराल आए. वह आई. फिर गई") == ["आई. के. गुजराल आए.", "वह आई.", "फिर गई"]


def test_closing_quotes_stay_with_their_sentence():
    assert sents("उन्होंने कहा, “बातचीत अच्छी रही।” फिर वे गए।") == ["उन्होंने कहा, “बातचीत अच्छी रही।”", "फिर वे गए।"]


def test_line_breaks_end_sentences():
    assert sents("शीर्षक बिना विराम\nपहला वाक्य।") == ["शीर्षक बिना विराम", "पहला वाक्य।"]


def test_tokens_keep_designations_whole():
    text = "S-400 और Su-30 MKI, 5:02 PM, 3.5 एस. जयशंकर।"
    assert [text[t.start : t.end] for t in tokenize(text)] == [
        "S-400", "और", "Su-30", "MKI", ",", "5:02", "PM", ",", "3.5", "एस", ".", "जयशंकर", "।",
    ]  # fmt: skip


@given(st.text(alphabet=st.sampled_from(list('कखग ाि।.?!\n"”abc 12')), max_size=200))
def test_spans_are_ordered_disjoint_and_trimmed(text):
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        prev_end = s.end


def test_a_pipe_is_a_danda_after_devanagari_and_long_sentences_are_bounded():
    from sambandh.segment import split_sentences

    text = "भारत ने रूस से बात की | चीन ने विरोध किया | ABP News|Live"
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == ["भारत ने रूस से बात की |", "चीन ने विरोध किया |", "ABP News|Live"]
    long = "भारत ने रूस से बात की और " * 200
    spans = split_sentences(long, max_chars=600)
    assert all(s.end - s.start <= 600 for s in spans) and len(spans) > 5
    assert all(long[s.end :].startswith((" और", "")) for s in spans)  # cut before a conjunction or at the end
    word = "क" * 1500
    assert [s.end - s.start for s in split_sentences(word, max_chars=600)] == [600, 600, 300]
