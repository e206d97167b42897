"""Session 48, issue #15: the emergency and rescue services as actors (``lang/hi/agents.tsv`` and ``words.tsv``
``unit_noun``, blocks ``# session 48 miss48b``; docs/events/s48-miss48b.md). Disaster response forces, fire services
and rescue teams act for the state (COP), so the relief they give is no private dealing; a team reaching a place pays
no visit; the plural "टीमें" after its body's genitive is the body. Each case beside a twin that stays what it was.
Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import typed_events


def _sources(evs: list[dict]) -> list[str]:
    return [a["entity_id"] for e in evs for a in e["actors"] if a["role"] == "source"]


@pytest.mark.parametrize(
    "text",
    [
        "आग लगने के बाद दमकल कर्मियों ने झुलसे मजदूरों को अस्पताल में भर्ती कराया।",
        "बचाव दल ने बाढ़ में फंसे लोगों को सुरक्षित स्थान पर पहुंचाया।",
        "राहतकर्मियों ने बाढ़ में फंसे लोगों की मदद की।",
        "पुलिस की दो टीमें लोगों की मदद कर रही हैं।",
    ],
)
def test_relief_by_a_rescue_service_is_aid(rules_only, text: str) -> None:
    evs = typed_events(text, "AID")
    assert [e["mode"] for e in evs] == ["humanitarian"], (text, evs)
    assert any(s.startswith("agent:cop") for s in _sources(evs)), (text, evs)


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("दुकानदार ने पड़ोसी की मदद की।", "AID"),  # a private dealing stays none
        ("बचाव दल गांव पहुंचा।", "CONSULT"),  # a team arriving pays no visit
        ("बीस दमकलें मौके पर भेजी गईं।", "AID"),  # the bare दमकल is also a fire engine: vehicles sent
    ],
)
def test_private_help_and_a_team_arriving_stay_none(rules_only, text: str, typ: str) -> None:
    assert not typed_events(text, typ), text
