"""Session 48 (spur48b), issue #15: a predicate's sense told by the words right after it (``senses.tsv``'s ``then=``
condition, a row with no class word). A return journey (``वापसी के दौरान``, ``वापसी की यात्रा``) is no return of people
or property to a side; money, votes or evidence got or found (``योजना में मिले पैसे``, ``सबूत नहीं मिले``) is no meeting.
Each case beside a twin that stays what it was. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    "text",
    [
        "मेले से वापसी के दौरान श्रद्धालुओं की जीप खाई में गिर गई।",
        "तीर्थ से वापसी की यात्रा में उनकी बस का टायर फट गया।",
        "दफ्तर से वापसी के समय वह सड़क पर फिसल गया।",
    ],
)
def test_return_journey_is_no_return(text: str) -> None:
    assert ("CONCEDE", "return") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "सीमा पर युद्धबंदियों की वापसी शुरू हो गई।",
        "बंधकों की वापसी हुई और परिवारों ने राहत की सांस ली।",
    ],
)
def test_return_of_people_stays_a_return(text: str) -> None:
    assert ("CONCEDE", "return") in senses_in(text)


def test_withdrawal_told_with_during_stays_a_withdrawal() -> None:
    assert ("RETREAT", "withdraw") in senses_in("सेना की वापसी के दौरान सीमा पर गोलीबारी हुई।")


@pytest.mark.parametrize(
    "text",
    [
        "विधायक ने बताया कि योजना में मिले एक-एक पैसे का ब्योरा सभा में रखा जाएगा।",
        "पंचायत को राज्य से मिली राशि सड़कों पर खर्च हुई।",
        "जांच दल को गोदाम से मिले सबूत अदालत में रखे गए।",
        "पुलिस को घटनास्थल से कोई सबूत नहीं मिले।",
    ],
)
def test_thing_got_is_no_meeting(text: str) -> None:
    assert ("CONSULT", "meet") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "विदेश मंत्री कल राष्ट्रपति से मिले और व्यापार पर बात की।",
        "प्रधानमंत्री से मिले सांसदों ने बाढ़ राहत की मांग रखी।",
        "राजदूत विदेश सचिव से मिले।",
    ],
)
def test_meeting_stays_a_meeting(text: str) -> None:
    assert ("CONSULT", "meet") in senses_in(text)


def test_a_row_with_no_class_word_needs_a_condition() -> None:
    """A row with no class word (``-``) and no ``when`` condition would give every use of its predicate the sense:
    refused. With ``then=`` it reads, its sequences as word keys."""
    from sambandh.lexicon import _sense_row

    with pytest.raises(ValueError, match="no class word"):
        _sense_row(["वापसी", "CONCEDE", "0", "journey", "-", "-", "-", "-", "-"])
    with pytest.raises(ValueError, match="no class word"):
        _sense_row(["वापसी", "CONCEDE", "0", "journey", "-", "-", "-", "-"])
    row = _sense_row(["वापसी", "CONCEDE", "0", "journey", "-", "-", "-", "-", "then=के दौरान|यात्रा"])
    assert row.words == ()
    assert row.to is None
    assert len(row.then) == 2 and len(row.then[0]) == 2
