"""Session 47, issue #15: spurious events of a wrong sense, of an act told as another's condition or matter, and of
an unreal past. Read as: ``कैद`` as a recording (``कैमरे में कैद``) or as a term of imprisonment (``आजीवन कैद की
सजा``, ``दो साल की कैद के बाद``) is no arrest (``lang/hi/senses.tsv``, the ``recording`` and ``term`` rows); a trip to
the scene of an incident is no visit and a procession of a rite no demonstration (the ``scene`` and ``rite`` rows); an
infinitive right before ``पर`` (``दोषी पाए जाने पर``, ``सूची में शामिल करने पर विचार``) is the condition, the time or
the matter of another act, no act told (``lang/hi/modality.tsv`` ``inf_case``, ``events/state.py`` ``_case_after``);
a bare imperfective in the then-clause of a condition (``अगर ... चाहते तो ... सजा देते``) is what would have been done,
no act (``_counterfactual``); an act in the subjunctive that a request asks for (``सलाह दी कि ... टिप्पणी न करें``) is the
request's content. Each case beside a twin that stays what it was. Sentences written for these tests; the
event rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import senses_in, typed_events


@pytest.mark.parametrize(
    "text",
    [
        "बाढ़ का पूरा दृश्य एक राहगीर ने अपने कैमरे में कैद कर लिया।",
        "चोरी की यह वारदात दुकान के सीसीटीवी में कैद की गई।",
        "अदालत ने तीनों को आजीवन कैद की सजा सुनाई।",
        "नेता को चार माह की कैद के बाद छोड़ दिया गया।",
    ],
)
def test_recording_or_term_of_imprisonment_is_no_arrest(text: str) -> None:
    assert ("COERCE", "arrest") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने लुटेरों को एक कमरे में कैद कर लिया।",
        "उग्रवादियों ने दो पत्रकारों को कई दिनों तक कैद किया।",
    ],
)
def test_people_held_stay_an_arrest(text: str) -> None:
    assert ("COERCE", "arrest") in senses_in(text)


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("ग्रामीणों ने जांच में दोषी पाए जाने पर सरपंच को सजा देने की मांग की।", "COERCE"),
        ("संघ कुछ संगठनों को प्रतिबंधित सूची में शामिल करने पर विचार करेगा।", "AGREE"),
        ("मंत्री ने कहा कि सीमा पर लगे प्रतिबंध हटाए जाने पर ही व्यापार शुरू होगा।", "CONCEDE"),
    ],
)
def test_infinitive_before_par_is_no_act(rules_only, text: str, typ: str) -> None:
    assert typed_events(text, typ) == [], text


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("अदालत ने आरोपी को दोषी पाया और सजा सुनाई।", "COERCE"),
        ("सरकार ने सीमा पर लगी पाबंदी हटा दी।", "CONCEDE"),
        ("सरकार ने व्यापार पर लगे प्रतिबंध हटाने का फैसला किया।", "CONCEDE"),
    ],
)
def test_act_not_before_par_stays(rules_only, text: str, typ: str) -> None:
    assert typed_events(text, typ) != [], text


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("हादसे की खबर मिलते ही परिजन घटनास्थल के लिए रवाना हो गए।", ("CONSULT", "visit")),
        ("रेल सुरक्षा आयुक्त ने जांच के लिए दुर्घटनास्थल का दौरा किया।", ("CONSULT", "visit")),
        ("सूचना मिलने पर थाने की पुलिस मौके पर रवाना हुई।", ("CONSULT", "visit")),
        ("नदी की ओर प्रतिमा विसर्जन का जुलूस निकल रहा था।", ("PROTEST", "demonstrate")),
        ("मोहल्ले से ताजिये का जुलूस निकाला गया।", ("PROTEST", "demonstrate")),
    ],
)
def test_trip_to_the_scene_or_procession_of_a_rite_is_no_act(text: str, sense: tuple[str, str]) -> None:
    assert sense not in senses_in(text), text


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("विदेश मंत्री ने जापान का दौरा किया।", ("CONSULT", "visit")),
        ("रक्षा मंत्री ने विमान कारखाने का दौरा किया।", ("CONSULT", "visit")),
        ("इस मौके पर कई देशों के नेता दिल्ली पहुंचे।", ("CONSULT", "visit")),
        ("किसानों ने कलेक्ट्रेट तक जुलूस निकाला।", ("PROTEST", "demonstrate")),
    ],
)
def test_visit_or_march_elsewhere_stays(text: str, sense: tuple[str, str]) -> None:
    assert sense in senses_in(text), text


def test_unreal_past_in_a_then_clause_is_no_act(rules_only) -> None:
    text = "अगर सरकार सचमुच अपराध रोकना चाहती तो दोषियों को सजा देती।"
    assert typed_events(text, "COERCE") == []


@pytest.mark.parametrize(
    "text",
    [
        "अगर आरोपी पेश नहीं हुआ तो उसे सजा दी जाएगी।",  # a future there: a conditional act
        "अदालत ने सभी दोषियों को सजा दी।",
    ],
)
def test_future_then_clause_or_plain_act_stays(rules_only, text: str) -> None:
    assert typed_events(text, "COERCE") != [], text


def test_subjunctive_asked_by_a_request_is_its_content(rules_only) -> None:
    # the advice is the event; the act it asks for, in the subjunctive, is its content
    text = "कप्तान ने खिलाड़ियों को सलाह दी कि वे चयन समिति के फैसलों पर टिप्पणी न करें।"
    assert typed_events(text, "ACCUSE") == []
    assert typed_events(text, "REQUEST") != []


@pytest.mark.parametrize(
    "text",
    [
        "कोच ने चयन समिति के फैसलों पर टिप्पणी की।",
        "कप्तान ने कहा कि खिलाड़ी चयन समिति के फैसलों पर टिप्पणी न करें।",  # no request before it
    ],
)
def test_comment_not_asked_by_a_request_stays(rules_only, text: str) -> None:
    assert typed_events(text, "ACCUSE") != [], text
