"""The mood a conjunctive participle or an infinitive in में takes from its verb (``state._conjunct_possible``) is
read in its own clause, from the first finite verb group after it: a later clause's possibility or copula is not its
verb's (session 38 review, #3). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize(("text", "typ"), [
    # a possibility told in the clause after लेकिन is not the arrest's mood
    ("पुलिस ने तीनों आरोपियों को गिरफ्तार करके जेल भेज दिया लेकिन वे जल्द ही जमानत ले सकते हैं।", "COERCE"),
    # a copula after और in another clause is no habit of arresting
    ("पुलिस ने आरोपियों को गिरफ्तार करने में कामयाबी हासिल की और सभी आरोपी स्थानीय नेता हैं।", "COERCE"),
])
def test_a_later_clause_lends_no_mood(rules_only, text, typ):
    assert typed_events(text, typ), text


@pytest.mark.parametrize(("text", "typ"), [
    ("अमेरिका का साथ देकर पाकिस्तान की साख गिर सकती है।", "SUPPORT"),
    ("ऐसे लोग पुलिस पर हमला करने में नहीं हिचकिचाते।", "ASSAULT"),
])
def test_the_verb_of_its_own_clause_still_lends_it(rules_only, text, typ):
    assert typed_events(text, typ) == [], text
