"""Session 42, issue #15: forces or teams of rescue and relief deployed or sent are relief given, AID/humanitarian,
not a readying of force (docs/events.md, the EDNIL set). Two ways the class is read: a rescue body or team named
before the deployment in its clause (``lang/hi/senses.tsv``, the ``rescue_team`` rows), and an AID infinitive of
purpose before it (``events/state.py`` ``_complements``: ``राहत पहुंचाने के लिए जहाज तैनात किए``). Each case beside
its twin, a deployment of force, which stays MOBILIZE. Sentences written for these tests; the rules are checked with
the precision model off."""

from __future__ import annotations

import pytest
from conftest import senses_in, typed_events


@pytest.mark.parametrize(
    "text",
    [
        "राज्य में एनडीआरएफ की आठ टीमों को तैनात किया गया है।",
        "जिले में एसडीआरएफ की दो टीमें तैनात की गईं।",
        "प्रशासन ने बचाव दलों को नदी किनारे तैनात किया है।",
        "गांवों में राहत टीमें तैनात कर दी गई हैं।",
    ],
)
def test_rescue_team_deployed_is_aid(text: str) -> None:
    assert senses_in(text) == [("AID", "humanitarian")]


@pytest.mark.parametrize(
    "text",
    [
        "सीमा पर सेना की दो टुकड़ियों को तैनात किया गया है।",
        "सरकार ने शहर में पुलिस बल तैनात किया है।",
        "जिले में अर्धसैनिक बलों की तैनाती की गई है।",
    ],
)
def test_force_deployed_stays_mobilize(text: str) -> None:
    assert [t for t, _ in senses_in(text)] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "नौसेना ने बाढ़ पीड़ितों तक राहत पहुंचाने के लिए चार जहाज तैनात किए हैं।",
        "भारत ने द्वीप के बाशिंदों को सहायता देने के लिए दो जहाज तैनात किये हैं।",
    ],
)
def test_deployment_for_aid_is_aid(rules_only, text: str) -> None:
    assert len(typed_events(text, "AID")) == 1, text
    assert typed_events(text, "MOBILIZE") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "सेना ने घुसपैठियों को पकड़ने के लिए दो टुकड़ियां तैनात की हैं।",
        "सरकार ने सीमा पर पुलिस बल तैनात किया है।",
    ],
)
def test_deployment_for_force_stays_mobilize(rules_only, text: str) -> None:
    assert len(typed_events(text, "MOBILIZE")) == 1, text
    assert typed_events(text, "AID") == [], text
