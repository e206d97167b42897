"""English predicates added in session 28 (issue 15, tuning set 8): a street demonstration told
with its place and no "against", the noun of "suspend", and "dispatch". Every sentence here is our
own."""

from __future__ import annotations

import pytest
from conftest import predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped English lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "mode"),
    [
        # "demonstrate" followed by where: a protest, in any tense and aspect
        (
            "Opposition workers have been demonstrating in Patna since Monday.",
            "demonstrating in",
            "PROTEST",
            "demonstrate",
        ),
        ("Thousands of farmers demonstrated in the capital on Friday.", "demonstrated in", "PROTEST", "demonstrate"),
        ("Students demonstrated outside the embassy for two hours.", "demonstrated outside", "PROTEST", "demonstrate"),
        # the noun of "suspend"
        ("Oslo announced the suspension of its fishing accord with Moscow.", "suspension", "SANCTION", "suspend"),
        # goods sent to a country, as "supply"
        ("Japan dispatches 20,000 tons of rice to Sri Lanka.", "dispatches", "AID", "deliver"),
    ],
)
def test_new_english_predicates_are_found(sentence: str, words: str, type_: str, mode: str) -> None:
    assert (words, type_, mode) in _found(sentence)
