"""Missed events by class (#15), session 27: a state's sharp reply in words, and headline order."""

from __future__ import annotations

from conftest import annotate_text


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["mode"]) for e in annotate_text(text, published="2025-03-04")["events"]]


def test_a_states_sharp_reply_in_words_is_a_rejection_and_troops_reply_by_arms() -> None:
    assert ("REJECT", "reject") in _kinds("जापान के विदेश मंत्रालय ने उत्तर कोरिया के दावे पर करारा जवाब दिया है।")
    # the same words from troops are fire returned; a plain answer from a minister is no event
    assert ("ASSAULT", "attack") in _kinds("घुसपैठियों ने चौकी पर गोलीबारी की। सेना ने इसका करारा जवाब दिया।")
    assert not [k for k in _kinds("मंत्री ने संसद में सवालों का जवाब दिया।") if k[0] in ("REJECT", "ASSAULT")]


def test_an_invitation_to_talks_asks_for_them_and_one_to_visit_stays_the_hosts() -> None:
    kinds = _kinds("इंडोनेशिया के विदेश मंत्री ने वियतनाम के विदेश मंत्री को वार्ता का निमंत्रण दिया।")
    assert ("REQUEST", "request") in kinds and ("CONSULT", "host") not in kinds, kinds
    assert ("CONSULT", "host") in _kinds("इंडोनेशिया के राष्ट्रपति ने वियतनाम के राष्ट्रपति को यात्रा का निमंत्रण दिया।")


def test_an_armys_action_in_another_country_is_a_strike_and_at_home_an_operation() -> None:
    abroad = _kinds("भारतीय सेना ने म्यांमार में मौजूद उग्रवादी शिविरों पर कार्रवाई की।")
    assert ("ASSAULT", "attack") in abroad and ("COERCE", "operation") not in abroad, abroad
    home = _kinds("भारतीय सेना ने असम में उग्रवादी शिविरों पर कार्रवाई की।")
    assert ("COERCE", "operation") in home and ("ASSAULT", "attack") not in home, home
