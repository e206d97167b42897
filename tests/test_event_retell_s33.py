"""Retellings (issue #15, session 33): one happening told twice found as two events. Sentences written for
these tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize("text", [
    "मंत्री ने किसी घटना का नाम नहीं लिया, लेकिन पिछले हफ्ते पाकिस्तानी सेना के हवाई हमलों में तालिबान के पांच लड़ाके मारे गए।",
    "इस संगठन ने अपना पहला हमला जून 2019 में किया, जिसमें सात सैनिक मारे गए थे।",
])
def test_a_passive_takes_no_ergative_so_the_dead_are_the_toll(rules_only, text):
    # the ने of another verb is no doer of "मारे गए": the deaths are the attack's toll, no killing of their own
    events = typed_events(text, "ASSAULT")
    assert [e["mode"] for e in events] == ["attack"], events
