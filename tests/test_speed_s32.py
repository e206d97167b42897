"""Session 32's speed changes keep results: pickled records, the predicate index, the name-head gate."""

from __future__ import annotations

import pickle

from sambandh.lexicon import load_lexicon
from sambandh.model import Article, Attribution, Dateline, Event, Mention, OffsetMap, RoleFact, Span, Timex

# sentences written for this test (no article's words)
_SENTENCES = [
    "विदेश मंत्री ने बुधवार को पड़ोसी देश के प्रतिनिधिमंडल से मुलाकात की और व्यापार समझौते पर हस्ताक्षर किए।",
    "पुलिस ने कहा कि प्रदर्शनकारियों के साथ झड़प में दो लोग घायल हुए, जबकि सरकार ने जांच के आदेश दिए हैं।",
    "संगठन ने हमले की निंदा की और कहा कि वह बातचीत के लिए तैयार नहीं है।",
    "प्रधानमंत्री की यात्रा के दौरान दोनों देशों के बीच रक्षा सहयोग पर चर्चा हुई।",
    "मंत्रालय ने राजदूत को तलब किया और विरोध दर्ज कराया।",
]


def test_records_pickle_as_themselves() -> None:
    art = Article(source="s", raw="raw text", raw_hash="h", text="clean text", id="x",
                  offset_map=OffsetMap([0, 4], [0, 5]), sentences=[Span(0, 5), Span(6, 10, "title")],
                  dateline=Dateline(0, 3, "दिल्ली", None), attributions=[Attribution(1, 2, "bbc.com", False)],
                  mentions=[Mention(0, 5, "GPE", kb_id="city:x", title_start=1, title_end=2)],
                  roles=[RoleFact("person:a", "minister", "country:in", 0, 5, "2024-01-02")],
                  timexes=[Timex(0, 5, "DATE", "2024-01-02", "day", True)],
                  events=[Event("CONSULT", "meet", "040", [], 1, 2, evidence=[Span(0, 5)],
                                topics=["trade"])])  # fmt: skip
    for protocol in (2, 4, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(art, protocol=protocol))
        assert back == art and back is not art
        assert back.sentences[1].field == "title" and back.mentions[0].kb_id == "city:x"
    # the frozen records stay frozen
    span = pickle.loads(pickle.dumps(Span(1, 2)))
    try:
        span.start = 3  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("a frozen record came back mutable")


def test_document_fields_without_annotations() -> None:
    art = Article(source="s", raw="r", raw_hash="h", text="t", mentions=[Mention(0, 1, "GPE")])
    full, doc = art.to_dict(), art.to_dict(annotations=False)
    assert {k: v for k, v in full.items() if k not in ("mentions", "roles", "timexes", "facts", "events")} == doc
    assert "mentions" not in doc


def test_find_by_next_word_same_as_every_entry() -> None:
    lex = load_lexicon("hi")
    assert lex is not None
    fast = [lex.find(s) for s in _SENTENCES]
    # every entry of a first word tried, whatever follows: what find did before the index
    lex._next_index = {k: (tuple(seqs), {}) for k, seqs in lex.first.items()}
    try:
        slow = [lex.find(s) for s in _SENTENCES]
    finally:
        lex._next_index = None
    assert fast == slow
    assert any(fast)  # the sentences hold predicates


def test_name_head_gate_same_as_substring() -> None:
    from sambandh import entities as ents

    pieces = ["वह कल रामपुर रेलवे स्टेशन पहुंचे और फिर ऑपरेशन सिंदूर की बात की।",
              "नगर निगम की बैठक में पार्टी के नेता शामिल हुए, पुलिस थाना क्षेत्र में शांति रही।",
              "The delegation reached Greater Toronto Area and met officials of the Foreign Office."]  # fmt: skip
    matched = 0
    for rx, _label, _where, first, whole in ents._name_heads_gated():
        if not (first and whole):
            continue
        for piece in pieces:
            if rx.search(piece):
                matched += 1
                assert first in set(ents._WORD_RUN.findall(piece))
    assert matched  # some head of the pieces was gated by its word
