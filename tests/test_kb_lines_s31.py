"""A border line between two countries in the knowledge base (regions.tsv kind ``line``, the countries it
divides in the code column): of neither country, but a place that may hold towns of either side; where a
deed is done, never an agreement or a statement. Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

from sambandh.events import merge
from sambandh.kb import load


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def test_the_loc_divides_india_and_pakistan_and_belongs_to_neither() -> None:
    kb = load()
    loc = kb.entities["region:line-of-control"]
    assert loc.country is None and kb.country_id(loc.id) is None
    assert set(loc.divides) == {"country:in", "country:pk"}
    assert set(kb.entities["region:line-of-actual-control"].divides) == {"country:in", "country:cn"}
    # a state keeps its one country
    assert kb.country_id("region:punjab") == "country:in" and not kb.entities["region:punjab"].divides


def test_places_hold_the_lines_sides() -> None:
    places = merge.city_countries(load())
    assert "region:line-of-control" not in places  # no one country's
    assert places.lines["region:line-of-control"] == frozenset({"country:in", "country:pk"})
    town = next(c for c, k in places.items() if c.startswith("city:") and k == "country:pk")
    assert merge._may_hold("region:line-of-control", town, places)
    cn_town = next(c for c, k in places.items() if c.startswith("city:") and k == "country:cn")
    assert not merge._may_hold("region:line-of-control", cn_town, places)
    assert merge._may_hold("region:line-of-actual-control", cn_town, places)


def test_a_border_line_is_where_of_a_deed_not_of_an_agreement() -> None:
    fired = annotate_text("Pakistani troops opened fire on Indian posts along the LoC on Monday.",
                          published="2025-03-04", language="en")  # fmt: skip
    assert places(fired, "ASSAULT") == {"region:line-of-control"}, fired["events"]
    agreed = annotate_text("India and Pakistan agreed on Monday to a ceasefire along the LoC.",
                           published="2025-03-04", language="en")  # fmt: skip
    assert "AGREE" in {e["type"] for e in agreed["events"]}, agreed["events"]
    assert "region:line-of-control" not in places(agreed, "AGREE"), agreed["events"]
