"""Session 48, issue #15: the hurt and the stranded taken to care or to safety (``lang/hi/predicates_more.tsv``,
block ``# session 48 miss48``; docs/events/s48-miss48.md). Admission to a hospital is the causative ``भर्ती कराना``
(recruiting, ``भर्ती करना``/``भर्ती होना``, is none); moving people to a safe place is the place phrase with a verb
of moving. Each case beside a twin that stays what it was.
Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events

from sambandh.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "pred"),
    [
        ("पुलिस ने घायल मजदूर को जिला अस्पताल में भर्ती कराया।", "भर्ती"),
        ("सेना ने बाढ़ में फंसे सौ परिवारों को सुरक्षित स्थानों पर पहुंचाया।", "सुरक्षित स्थानों पर"),
        ("गोताखोर डूबते बच्चे को सुरक्षित जगह पर ले गए।", "सुरक्षित जगह पर"),
    ],
)
def test_care_and_safety_forms_are_in_the_lexicon(text: str, pred: str) -> None:
    found = [(m.entry.pred, m.entry.type, m.entry.mode) for m in load_lexicon("hi").find(text)]
    assert (pred, "AID", "humanitarian") in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "राज्य में पुलिस ने पांच हजार सिपाहियों की भर्ती की।",  # recruiting, not admitting
        "वह पिछले साल सेना में भर्ती हुआ था।",  # joined the army
        "उसने अपना सामान सुरक्षित रखा।",  # kept safe: no moving of people
    ],
)
def test_recruiting_and_keeping_safe_are_no_aid(text: str) -> None:
    assert not [m for m in load_lexicon("hi").find(text) if m.entry.type == "AID"], text


def test_admission_by_police_is_aid_event(rules_only) -> None:
    evs = typed_events("हादसे के बाद पुलिस ने घायल युवक को नजदीकी अस्पताल में भर्ती कराया।", "AID")
    assert [e["mode"] for e in evs] == ["humanitarian"]


# the vector verbs उठना, बैठना, डालना in every gender and number of the perfective (``lang/hi/verb_group.tsv``, block
# ``# session 48 miss48``): a compound of a feminine or plural subject is a verb group as the masculine one is
@pytest.mark.parametrize(
    "text",
    [
        "कस्बे में मेले के बाद हिंसा भड़क उठी।",
        "दो मोहल्लों में दंगे भड़क उठे।",
    ],
)
def test_compound_with_feminine_or_plural_vector_is_read(text: str) -> None:
    found = [(m.entry.type, m.light) for m in load_lexicon("hi").find(text)]
    assert ("ASSAULT", "भड़कना") in found, (text, found)


def test_violence_flared_up_is_an_event(rules_only) -> None:
    evs = typed_events("चुनाव के नतीजों के बाद जिले में हिंसा भड़क उठी।", "ASSAULT")
    assert len(evs) == 1


def test_vector_after_a_noun_alone_is_no_act() -> None:
    # the twin: उठे as a plain verb after a noun that takes no such light verb ("questions arose") stays no ASSAULT
    found = [m.entry.type for m in load_lexicon("hi").find("इस फैसले पर कई सवाल उठे।")]
    assert "ASSAULT" not in found
