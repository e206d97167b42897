"""Predicate classes added from Hindi news nobody tuned on (session 20): each sentence is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str, str, set[str]]]:
    """(words, type, mode, form, features) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode, m.form, m.features) for w, m in predicates_in(sentence, "hi")]


# ---- headline order: a transitive verb before its object ---------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "words", "type_", "mode"),
    [
        # a conjunct whose light verb is transitive though not in the shared list (दागना, लगाना, भेजना)
        ("विद्रोहियों ने सीमा चौकी पर दागे दो दर्जन रॉकेट", "रॉकेट", "ASSAULT", "attack"),
        ("वॉशिंगटन ने ईरानी बैंकों पर लगाए नए प्रतिबंध", "प्रतिबंध", "SANCTION", "sanction"),
        # a noun + verb entry (पुतला फूंकना, ज्ञापन सौंपना, छापा मारना): its noun finds the verb before it
        ("नाराज मजदूरों ने फूंका श्रम मंत्री का पुतला", "पुतला", "PROTEST", "demonstrate"),
        ("व्यापारियों ने जिलाधिकारी को सौंपा ज्ञापन", "ज्ञापन", "REQUEST", "demand"),
        ("जांच एजेंसी ने तीन शहरों में मारे छापे", "छापे", "COERCE", "raid"),
    ],
)
def test_a_fronted_transitive_verb_states_its_noun(sentence: str, words: str, type_: str, mode: str) -> None:
    found = _found(sentence)
    assert [(w, t, m) for w, t, m, _, _ in found] == [(words, type_, mode)]
    assert found[0][3] == "pfv"


def test_a_fronted_verb_is_no_event_of_its_own() -> None:
    # "सौंपा" alone is a handing over, "मारे" a killing: in front of their noun they belong to it
    assert [t for _, t, _, _, _ in _found("संघ ने आयुक्त को सौंपा ज्ञापन")] == ["REQUEST"]
    assert [t for _, t, _, _, _ in _found("टीम ने दो गोदामों पर मारे छापे")] == ["COERCE"]


def test_a_noun_of_a_verb_entry_without_its_verb_is_no_event() -> None:
    # no verb in front and none after: the noun alone states nothing ("ज्ञापन की प्रति", "पुतले का सिर")
    assert _found("ज्ञापन की एक प्रति मीडिया को भी दी गई थी।") == []
    assert _found("पुतले का सिर कागज से बना था।") == []


# ---- a consequence foretold is a warning given now --------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "मंत्री ने कहा कि हमलावरों को इसका खामियाजा भुगतना पड़ेगा।",
        "राजदूत ने कहा कि उस देश को भारी कीमत चुकानी होगी।",
        "प्रवक्ता ने कहा कि घुसपैठियों को सबक सिखाएंगे।",
        "पुलिस अधीक्षक ने कहा कि उपद्रवियों के खिलाफ सख्त कार्रवाई की जाएगी।",
    ],
)
def test_a_foretold_consequence_is_a_warning_made_now(sentence: str) -> None:
    found = [f for f in _found(sentence) if f[1] == "THREATEN"]
    assert len(found) == 1
    _, _, mode, form, feats = found[0]
    # the future is the warning's own: it is made now, not planned
    assert (mode, form) == ("warn", "present")
    assert not feats & {"future", "modal", "obligation", "compelled"}


def test_a_negated_foretold_consequence_is_no_negated_warning() -> None:
    (found,) = [f for f in _found("गृह मंत्री ने कहा कि दोषियों को बख्शा नहीं जाएगा।") if f[1] == "THREATEN"]
    assert "neg" not in found[4]
    (found,) = [f for f in _found("सरकार सीमा पर कोई घुसपैठ बर्दाश्त नहीं करेगी।") if f[1] == "THREATEN"]
    assert "neg" not in found[4]


@pytest.mark.parametrize(
    "sentence",
    [
        # told as done: what happened, no warning
        "बाढ़ के कारण किसानों को भारी खामियाजा भुगतना पड़ा।",
        "कंपनी को अपनी लापरवाही की कीमत चुकानी पड़ी।",
        # the noun alone, or the act demanded: no warning either
        "चुनाव नतीजों पर सबकी नजर थी।",
        "संगठन ने दोषियों पर सख्त कार्रवाई करने की मांग की।",
        # sparing and tolerating, not negated
        "अदालत ने उसे बख्श दिया।",
    ],
)
def test_a_consequence_told_as_done_is_no_warning(sentence: str) -> None:
    assert "THREATEN" not in [f[1] for f in _found(sentence)]


# ---- a transitive light verb's bare stem as a conjunctive (-कर left out) ------------------------------------
@pytest.mark.parametrize(
    ("sentence", "words", "type_"),
    [
        ("आयोग ने सचिव को समन भेज अगले सप्ताह पेश होने को कहा।", "समन भेज", "ACCUSE"),
        ("ग्रामीणों ने सरपंच का पुतला फूंक नारेबाजी की।", "पुतला फूंक", "PROTEST"),
        ("संघ ने उपायुक्त को ज्ञापन सौंप नाराजगी जताई।", "ज्ञापन सौंप", "REQUEST"),
    ],
)
def test_a_bare_stem_of_a_transitive_light_verb_is_a_conjunctive(sentence: str, words: str, type_: str) -> None:
    assert (words, type_, "conj") in [(w, t, f) for w, t, _, f, _ in _found(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "खिलाड़ी चोट के कारण मैच में हिस्सा नहीं ले पाएंगे।",  # an auxiliary after the stem
        "सरकार चाहती है कि संगठन धरना दे तो शांति से दे।",  # a subjunctive before a conjunction
        "उम्मीद है कि विभाग जल्द समन भेज",  # the stem at the end: no clause goes on
    ],
)
def test_a_bare_stem_before_an_auxiliary_or_a_conjunction_is_no_conjunctive(sentence: str) -> None:
    assert "conj" not in [f for _, _, _, f, _ in _found(sentence)]


def test_war_reports_destroy_in_persian_and_idiom() -> None:
    assert ("ASSAULT", "attack") in [(t, m) for _, t, m, _, _ in _found("वायुसेना ने ठिकानों को नेस्तनाबूद कर दिया।")]
    assert ("ASSAULT", "attack") in [(t, m) for _, t, m, _, _ in _found("तोपों ने चौकियों को तहस-नहस कर दिया।")]


# ---- launching and vetoing in other words --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # what is fired (दागना) is also let off (छोड़ना) or fired in the English loan (फायर करना)
        ("पड़ोसी देश ने सुबह समुद्र की ओर एक मिसाइल छोड़ी।", "MOBILIZE"),
        ("सेना ने नई मिसाइल (लंबी दूरी वाली) फायर की।", "MOBILIZE"),
        ("उग्रवादियों ने सीमा पार से कई रॉकेट छोड़े।", "ASSAULT"),
        # the veto used, named by its power
        ("मॉस्को ने प्रस्ताव के खिलाफ अपनी वीटो शक्ति का इस्तेमाल किया।", "REJECT"),
        ("बीजिंग ने एक बार फिर वीटो का प्रयोग किया।", "REJECT"),
    ],
)
def test_launching_and_vetoing_in_other_words(sentence: str, type_: str) -> None:
    assert type_ in [t for _, t, _, _, _ in _found(sentence)]


def test_a_word_of_a_mood_entry_is_no_event_noun_to_the_event_stage() -> None:
    # "सख्त" begins "सख्त कार्रवाई" (a warning only with a future): the event stage must not take it for an
    # event noun, so the doer before it stays the doer of the act that follows
    doc = annotate_text("केंद्र सख्त कार्रवाई करने के साथ बातचीत का प्रस्ताव भी रख रहा है।", published="2024-05-02")
    assert any(e["type"] == "COERCE" and e["actors"] for e in doc["events"]), doc["events"]
