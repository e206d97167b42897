"""Actors of events (#15), session 38: an office of an international body named without its holder's name
("नाटो के महासचिव", "संयुक्त राष्ट्र के महासचिव") stands for the body, as a country's unnamed minister stands for
the country. Its owner, being no country, used to fall back to the home country: India condemned, India appealed."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


@pytest.mark.parametrize(("text", "typ", "source"), [
    ("नाटो के महासचिव ने बाल्टिक सागर में रूस के युद्धाभ्यास की आलोचना की।", "ACCUSE", "org:nato"),
    ("संयुक्त राष्ट्र के महासचिव ने दोनों देशों से संयम बरतने की अपील की।", "REQUEST", "org:un"),
])
def test_an_office_of_a_body_is_the_body(text: str, typ: str, source: str) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    roles = roles_of(evs[0])
    assert roles.get(source) == "source", roles
    assert "country:in" not in roles, roles


def test_an_office_of_a_country_is_still_the_country() -> None:
    evs = events_of(annotate_text("जापान के विदेश मंत्री ने उत्तर कोरिया के मिसाइल परीक्षण की आलोचना की।",
                                  published="2024-05-02"), "ACCUSE")
    assert evs
    assert roles_of(evs[0]).get("country:jp") == "source", roles_of(evs[0])
