"""Only the article's pair of countries supplied to a bare meeting (``via="pair"``) leaves a telling with no side
of its own words (``merge._said``); a sending and a receiving country supplied by default (``implicit``) are its
sides, and a telling with other sides at the same place is another act (session 38 review, #15).
"""

from __future__ import annotations

from sambandh.events.merge import _said, _share_named
from sambandh.model import Actor, Event


def _meet(actors: list[Actor], start: int) -> Event:
    return Event("CONSULT", "meet", "040", actors, start, start + 5, place="city:tokyo", place_start=start + 8,
                 place_end=start + 12)  # fmt: skip


def test_default_sides_of_a_delivery_are_said() -> None:
    # a delivery with the sending and the receiving country by default, and a meeting of two other countries there
    sent = Event("TRANSFER", "deliver", "062", [Actor("country:ru", "source", -1, -1, "country:ru", "implicit"),
                                                Actor("country:in", "target", -1, -1, "country:in", "implicit")],
                 10, 15, place="city:tokyo", place_start=18, place_end=22)  # fmt: skip
    met = _meet([Actor("country:jp", "participant", 40, 45, "country:jp"),
                 Actor("country:us", "participant", 50, 55, "country:us")], 60)  # fmt: skip
    assert len(_said(sent)) == 2
    assert not _share_named(sent, met)


def test_the_pair_given_to_a_bare_meeting_says_nothing() -> None:
    bare = _meet([Actor("country:in", "participant", -1, -1, "country:in", "pair"),
                  Actor("country:jp", "participant", -1, -1, "country:jp", "pair")], 10)  # fmt: skip
    met = _meet([Actor("person:x", "participant", 40, 45, "country:jp")], 60)
    assert _said(bare) == []
    assert _share_named(bare, met)
