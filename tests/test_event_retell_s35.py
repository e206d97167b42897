"""Retellings (issue #15, session 35): one act told again found as two events. Sentences written for these
tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize("text", [
    "दंतेवाड़ा जिले में पुलिस और नक्सलियों के बीच मुठभेड़ हुई। बीजापुर के जंगल में ये मुठभेड़ चल रही है।",
    "दंतेवाड़ा जिले में पुलिस और नक्सलियों के बीच मुठभेड़ हुई। सूत्रों ने बताया कि बीजापुर के जंगल में यह मुठभेड़ हुई।",
])
def test_an_act_a_determiner_points_back_at_is_the_act_told_before(rules_only, text):
    # "ये मुठभेड़ ... चल रही है": the encounter told before, though the retelling names another place and no sides
    events = typed_events(text, "ASSAULT")
    assert len(events) == 1, events
    assert len(events[0]["evidence"]) >= 2


def test_a_determiner_with_one_more_act_stays_apart(rules_only):
    # "भी": one more act; the determiner points at its object, not back at the act
    text = ("दंतेवाड़ा जिले में पुलिस और नक्सलियों के बीच मुठभेड़ हुई। बीजापुर के जंगल में भी ये मुठभेड़ चल रही है।")
    assert len(typed_events(text, "ASSAULT")) == 2
