"""Session 48, issue #15: spurious events of a wrong sense, of an offence named as a kind or a charge, and of an act
told as not achieved. Read as: a natural force as the doer of an attack or of havoc (``बाढ़ ने ... कहर बरपाया``) is a
hazard's work, no side's act (``lang/hi/senses.tsv``, the ``natural_force`` row); an act's noun or infinitive before a
word of comparison (``सरीखी घटनाओं``, ``जैसे मामले``) or before the counts of a charge (``से संबंधित छह आरोपों``), or in
the bracket that glosses a section of law (``धारा 302 (हत्या)``), names an offence, no act told (``lang/hi/words.tsv``
kind_compare, related_to, charge_count, law_section; ``events/state.py`` ``_OFFENCE_NAMED_AFTER``,
``_in_law_section``); an infinitive before में with a word of failure after it (``करने में नाकाम``, ``करने में सफल नहीं``)
is an act not achieved (``lang/hi/modality.tsv`` ``inf_failed``, ``_failed``). Each case beside a twin that stays what
it was. Sentences written for these tests; the event rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import senses_in, typed_events


@pytest.mark.parametrize(
    "text",
    [
        "इस साल बाढ़ ने पूरे ज़िले पर अपना कहर बरपाया।",
        "कुदरत ने आंधी के रूप में गांव पर हमला किया है।",
        "पहाड़ों पर मानसून जमकर कहर बरपा रहा है।",
    ],
)
def test_natural_force_as_doer_is_no_attack(text: str) -> None:
    assert ("ASSAULT", "attack") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "बाढ़ के बीच उग्रवादियों ने पुलिस चौकी पर हमला किया।",
        "भूकंप के बाद लुटेरों ने बाज़ार पर हमला कर दिया।",
        "उग्रवादियों ने गांव पर कहर बरपाया।",
    ],
)
def test_side_as_doer_stays_an_attack(text: str) -> None:
    assert ("ASSAULT", "attack") in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "सरकारी चैनल ने जहाज़ के अपहरण व दूतावास पर हमले सरीखी घटनाओं को पड़ोसी देश की साज़िश बताया।",
        "न्यायाधीश ने उसे उन सब आरोपों में दोषी माना जिनमें हत्या और राज्य के विरुद्ध षड्यंत्र जैसे मामले थे।",
        "उसे नागरिकों की हत्या से संबंधित चार आरोपों में उम्रकैद हो सकती थी।",
        "अदालत ने दोनों को धारा 121 (सरकार के विरुद्ध युद्ध करना) के तहत भी सजा दी।",
    ],
)
def test_offence_named_as_kind_or_charge_is_no_act(rules_only, text: str) -> None:
    assert typed_events(text, "ASSAULT") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "उग्रवादियों ने दूतावास पर हमला किया और चार लोगों की हत्या कर दी।",
        "पुलिस ने बताया कि यह मामला पत्रकार की हत्या से जुड़ा है।",
        "हमले के जैसे ही सबूत मिले, पुलिस ने उग्रवादियों की हत्या की जांच शुरू की।",
        "दूतावास पर हमला जैसा कि पुलिस ने बताया, उग्रवादियों ने सुबह किया था।",
    ],
)
def test_acts_told_stay_acts(rules_only, text: str) -> None:
    assert typed_events(text, "ASSAULT") != [], text


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("घुसपैठिए रात भर लड़कर भी पहाड़ी चौकी पर कब्जा करने में सफल नहीं हुए।", "COERCE"),
        ("सरकार उग्रवादियों के सरगना को गिरफ्तार करने में नाकाम रही।", "COERCE"),
        ("अदालत ने कहा कि नेता के खिलाफ आरोप तय करने में पुलिस की विफलता साफ है।", "ACCUSE"),
    ],
)
def test_act_not_achieved_is_no_act(rules_only, text: str, typ: str) -> None:
    assert typed_events(text, typ) == [], text


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("सेना सीमा के दो गांवों पर कब्जा करने में सफल रही।", "COERCE"),
        ("पुलिस ने उग्रवादियों के सरगना को गिरफ्तार कर लिया।", "COERCE"),
    ],
)
def test_act_achieved_stays_an_act(rules_only, text: str, typ: str) -> None:
    assert typed_events(text, typ) != [], text
