"""Fewer wrong events on sport and film news (#15, session 47): a sports body's ban on a player and an actor
signed for a film are dealings of sport or of the screen, no act between sides, when no polity, official or
armed group is among their actors; a government's ban stays. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _types(text: str) -> list[str]:
    return [e["type"] for e in annotate_text(text, published="2024-03-05")["events"]]


def test_a_sports_bodys_ban_on_a_player_is_no_sanction():
    assert "SANCTION" not in _types("लीग ने नियम तोड़ने के कारण उस गेंदबाज पर दो मैचों का बैन लगा दिया है।")


def test_an_actor_signed_for_a_film_is_no_agreement():
    assert "AGREE" not in _types("निर्देशक ने अपनी अगली फिल्म के लिए नई अभिनेत्री को साइन किया है।")


def test_a_ban_or_a_signing_with_a_polity_in_it_stays():
    # a government's ban on players is a sanction ...
    assert "SANCTION" in _types("भारत सरकार ने पड़ोसी देश के खिलाड़ियों पर बैन लगा दिया है।")
    # ... and an accord signed by two countries stays one, whatever else the sentence tells
    assert "AGREE" in _types("भारत और नेपाल ने फिल्म निर्माण में सहयोग के समझौते पर साइन किया।")


def test_a_ban_with_no_word_of_sport_or_film_stays():
    assert "SANCTION" in _types("संगठन ने उस नेता पर पांच साल का बैन लगा दिया है।")


def test_a_players_contract_is_no_agreement_between_sides():
    assert "AGREE" not in _types("फुटबॉल क्लब ने उस खिलाड़ी के साथ तीन साल का करार किया है।")
