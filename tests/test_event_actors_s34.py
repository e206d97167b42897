"""Actors of events (#15), session 34: the subject of a clause that holds a charge (makes it, answers it,
arrests on it) is not the doer of the act the charge names (sentences of our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


@pytest.mark.parametrize(
    "text, subject",
    [
        ("श्रीलंका सरकार कारोबारी सुनील परेरा की हत्या के आरोप को नकारती रही है।", "country:lk"),
        ("बेलारूस सरकार लेखिका मीरा सेन की हत्या के इल्ज़ामों को बेबुनियाद बताती रही है।", "country:by"),
    ],
)
def test_who_rejects_a_charge_of_killing_is_not_the_killer(text, subject):
    doc = annotate_text(text, published="2024-05-02")
    kills = _events(doc, "ASSAULT")
    assert kills, doc["events"]  # the killing the charge names is still told (else the loop proves nothing)
    for kill in kills:
        assert _roles(kill).get(subject) != "source", kill["actors"]


def test_a_killing_told_again_as_a_charge_is_the_killing_told_first():
    text = ("बर्लिन में लेखिका मीरा सेन की हत्या की गई। जर्मनी ने इसके लिए बेलारूस पर आरोप लगाया। "
            "बेलारूस सरकार मीरा सेन की हत्या के आरोपों से इनकार करती रही है।")
    doc = annotate_text(text, published="2024-05-02")
    kills = _events(doc, "ASSAULT", "kill")
    assert len(kills) == 1, doc["events"]
    assert _roles(kills[0]).get("country:by") != "source", kills[0]["actors"]
