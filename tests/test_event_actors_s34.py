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
        ("नेपाल सरकार रमेश थापा की हत्या के आरोपों को ख़ारिज करती रही है।", "country:np"),
        ("रूस सरकार पत्रकार अन्ना वर्मा की हत्या के आरोपों को ख़ारिज करती रही है।", "country:ru"),
    ],
)
def test_who_rejects_a_charge_of_killing_is_not_the_killer(text, subject):
    doc = annotate_text(text, published="2024-05-02")
    for kill in _events(doc, "ASSAULT"):
        assert _roles(kill).get(subject) != "source", kill["actors"]


def test_a_killing_told_again_as_a_charge_is_the_killing_told_first():
    text = ("लंदन में पत्रकार अन्ना वर्मा की हत्या कर दी गई। ब्रिटेन ने इसके लिए रूस पर आरोप लगाया। "
            "रूस सरकार अन्ना वर्मा की हत्या के आरोपों को ख़ारिज करती रही है।")
    doc = annotate_text(text, published="2024-05-02")
    kills = _events(doc, "ASSAULT", "kill")
    assert len(kills) == 1, doc["events"]
    assert _roles(kills[0]).get("country:ru") != "source", kills[0]["actors"]
