"""The state of an event read from its verb group and its clause (issue #15, session 38): a habit or rule told in
the present through a vector or the passive auxiliary (``तबाह कर देती है``, ``भेजा जाता है``), the passive of
possibility (``लगाए जा सकते हैं``), a conjunctive participle under a possibility (``साथ देकर ... गिर सकती है``) and
an infinitive in ``में`` under a habit (``हमला करने में नहीं हिचकिचाते``), an act that was to be done (``सुनाई जानी
थी``), an act only judged (``करना ठीक नहीं है``), an act avoided (``मिलने से कतराते``), a verb inside an open question
or a possibility (``सवाल यह है कि क्या ...``, ``हो सकता है कि ...``) tell no act (``events/state.py``
``_generic_group``, ``_conjunct_possible``, ``_not_an_act``; ``lang/hi/words.tsv`` ``habit_aux``,
``possible_passive``, ``judged_act``, ``question_frame``, ``question_presupposed``, ``possibility_frame``;
``modality.tsv`` ``unreal``). Their twins told as done stay. Sentences written for these tests; the rules are checked
with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    ("सेना ऐसे ठिकानों को तबाह कर देती है।", "ASSAULT"),
    ("इस कानून के तहत आरोपियों को जेल भेजा जाता है।", "COERCE"),
    ("ईरान पर नए प्रतिबंध लगाए जा सकते हैं।", "SANCTION"),
    ("अमेरिका का साथ देकर पाकिस्तान की साख गिर सकती है।", "SUPPORT"),
    ("आरोपियों को सोमवार को सज़ा सुनाई जानी थी।", "COERCE"),
    ("ऐसे समय में सरकार की आलोचना करना ठीक नहीं है।", "ACCUSE"),
    ("नेता विपक्ष से मिलने से कतराते रहे।", "CONSULT"),
    ("अब देखना होगा कि दोनों देश समझौते पर हस्ताक्षर करेंगे या नहीं।", "AGREE"),
    ("हो सकता है कि सेना सीमा पर हमला कर दे।", "ASSAULT"),
    ("ऐसे लोग पुलिस पर हमला करने में नहीं हिचकिचाते।", "ASSAULT"),
    ("सेना आतंकियों के ठिकानों पर हमला करने में कितनी तेज़ी दिखाती है।", "ASSAULT"),
])
def test_a_habit_a_possibility_a_judgement_or_a_question_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == [], text


@pytest.mark.parametrize(("text", "typ"), [
    ("सेना ने आतंकियों के ठिकानों को तबाह कर दिया।", "ASSAULT"),
    ("पुलिस ने आरोपियों को जेल भेजा।", "COERCE"),
    ("अमेरिका ने ईरान पर नए प्रतिबंध लगाए हैं।", "SANCTION"),
    ("भारत ने रूस का साथ देकर प्रस्ताव पर मतदान नहीं किया।", "SUPPORT"),
    ("अदालत ने आरोपियों को सज़ा सुनाई।", "COERCE"),
    ("पुलिस आरोपियों को गिरफ्तार करने में सफल रही।", "COERCE"),
    # a performative present is the act done as it is said
    ("भारत इस हमले की कड़ी निंदा करता है।", "ACCUSE"),
    # a question of why presupposes the act
    ("सवाल यह है कि सेना ने गांव पर हमला क्यों किया।", "ASSAULT"),
])
def test_the_act_told_as_done_stays(rules_only, text, typ):
    assert typed_events(text, typ), text
