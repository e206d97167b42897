"""Missed events by class (#15), session 31: the matcher's forms of listed predicates, and rows added by class."""

from __future__ import annotations

from conftest import annotate_text

from sambandh.lexicon import load_lexicon


def _found(text: str, lang: str = "hi") -> list[tuple[str, str, str, set[str]]]:
    lex = load_lexicon(lang)
    assert lex is not None
    return [(text[m.start : m.end], m.entry.type, m.form, set(m.features)) for m in lex.find(text)]


def test_a_negation_inside_a_multiword_verb_predicate_is_the_matchs_negation() -> None:
    got = _found("दोनों पक्षों के बीच व्यापार पर सहमति नहीं बनी।")
    assert any(t == "AGREE" and "neg" in f for _, t, _, f in got), got
    got = _found("दोनों देश किसी समझौते पर नहीं पहुंचे।")
    assert any(t == "AGREE" and "neg" in f for _, t, _, f in got), got
    # the emphatic particle still stands there without negating
    got = _found("आखिरकार दोनों के बीच सहमति भी बनी।")
    assert any(t == "AGREE" and "neg" not in f for _, t, _, f in got), got


def test_the_managed_forms_of_pana_and_sakna_close_a_stems_verb_group() -> None:
    got = _found("कई दौर के बाद भी सहमति नहीं बन सकी।")
    assert any(t == "AGREE" and "neg" in f for _, t, _, f in got), got
    got = _found("महीनों से दोनों में सहमति नहीं बन पा रही थी।")
    assert any(t == "AGREE" and "neg" in f for _, t, _, f in got), got
    # सकें is a purpose's subjunctive too: no act told
    assert not any(t == "AGREE" for _, t, _, _ in _found("ताकि सहमति बन सकें।"))


def test_a_headlines_fronted_verb_reaches_past_the_nouns_own_genitive() -> None:
    got = _found("अमेरिका ने दी प्रतिबंधों की धमकी")
    assert ("धमकी", "THREATEN", "pfv", set()) in got, got
    got = _found("फ्रांस ने की बंदरगाह पर हमले की निंदा")
    assert any(w == "निंदा" and t == "ACCUSE" and form == "pfv" for w, t, form, _ in got), got
    # the genitive's own noun does not take the verb
    assert not any(w.startswith("हमले") and form == "pfv" for w, _, form, _ in got), got


def test_the_lie_of_ke_lie_is_no_verb_before_a_predicate() -> None:
    got = _found("अदालत उन्हें साजिश रचने के लिए सज़ा सुनाएगी।")
    assert any(t == "COERCE" and form == "fut" for _, t, form, _ in got), got


def test_rows_added_by_class() -> None:
    assert any(t == "AID" for _, t, _, _ in _found("भारत ने नेपाल को सहायता प्रदान की।"))
    assert any(t == "RETREAT" for _, t, _, _ in _found("अमेरिका जलवायु समझौते से बाहर निकल गया।"))
    assert any(t == "ACCUSE" for _, t, _, _ in _found("मंत्री ने विपक्ष का अपमान किया।"))
    assert any(t == "CONSULT" for _, t, _, _ in _found("राष्ट्रपति तीन देशों के दौरे पर निकल गए।"))
    assert any(t == "ACCUSE" for _, t, _, _ in _found("संगठन ने गोलाबारी को युद्ध अपराध बताया।"))


def test_reaching_a_ceasefire_is_agreeing_to_it() -> None:
    doc = annotate_text("Israel and Hamas have reached a ceasefire after weeks of fighting.", published="2025-03-04",
                        language="en")  # fmt: skip
    agree = [e for e in doc["events"] if e["type"] == "AGREE"]
    assert agree and {"country:il", "org:hamas"} <= {a["entity_id"] for a in agree[0]["actors"]}, doc["events"]
