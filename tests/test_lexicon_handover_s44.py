"""Session 44, issue #15: a paper, a recording, a dead body or land handed over or sent is no act of a coded type, and
a dead body recovered or taken into possession is no seizure (``lang/hi/senses.tsv``, the ``paper_body_land`` and
``body`` rows). Each case beside a twin whose thing handed, sent or recovered is a captive, goods, aid or arms,
which keeps the entry's sense, and beside the entries of their own that a letter of protest and a memorandum have.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    "text",
    [
        "समिति ने अपनी जांच रिपोर्ट गृह मंत्रालय को सौंप दी है।",
        "ग्रामीणों का एक पत्र जिलाधिकारी को सौंपा गया।",
        "संस्थान अपनी विस्तृत रिपोर्ट राज्य सरकार को भेज चुका है।",
        "दोनों शव परिजनों को सौंप दिए गए।",
        "प्रशासन यह ज़मीन वायुसेना के हवाले करेगा।",
        "शवों को पोस्टमार्टम के लिए जिला अस्पताल भेज दिया गया।",
    ],
)
def test_paper_body_or_land_handed_or_sent_is_no_act(text: str) -> None:
    assert senses_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "खेत के पास एक लाश बरामद हुई।",
        "पुलिस ने शव को कब्जे में ले लिया।",
    ],
)
def test_body_recovered_or_taken_is_no_seizure(text: str) -> None:
    assert senses_in(text) == []


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("जापान ने दो गश्ती जहाज श्रीलंका को सौंप दिए।", ("CONCEDE", "return")),
        ("भारत ने पड़ोसी देश को दवाइयां भेजीं।", ("AID", "deliver")),
        ("सीमा पर पकड़े गए मछुआरे को पड़ोसी देश के हवाले किया गया।", ("COOPERATE", "judicial")),
        ("सुरक्षा बलों ने तीन राइफलें बरामद कीं।", ("COERCE", "seize")),
        ("किसानों ने तहसीलदार को ज्ञापन सौंपा।", ("REQUEST", "demand")),
        ("मंत्रालय ने राजदूत को विरोध पत्र सौंपा।", ("ACCUSE", "object")),
    ],
)
def test_captive_goods_or_arms_keep_their_sense(text: str, sense: tuple[str, str]) -> None:
    assert sense in senses_in(text)
