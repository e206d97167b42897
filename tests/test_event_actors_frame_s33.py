"""Actors of events (#15), session 33: a name that modifies the noun of an adjunct (``X की अमेरिका यात्रा के
दौरान``, ``Y के साथ चल रहे युद्ध के बीच``) is that noun's, no side of the clause's act (sentences of our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


@pytest.mark.parametrize(("text", "kind", "kept", "left"), [
    # a country that modifies a visit's noun in a time frame ("... यात्रा के दौरान"); the clash names its sides
    ("राहुल गांधी की अमेरिका यात्रा के दौरान भारतीय सेना और आतंकियों के बीच मुठभेड़ हुई।", "ASSAULT",
     "org:in-army", "country:us"),
    # the side of a war the talks happen amid ("युद्ध के बीच"), the talks' own doer named in the ergative
    ("यूक्रेन के राष्ट्रपति ने रूस के साथ चल रहे युद्ध के बीच जर्मनी के चांसलर से फोन पर बात की।", "CONSULT",
     "country:de", "country:ru"),
])  # fmt: skip
def test_a_name_in_an_adjunct_s_noun_is_no_side_of_the_clause_s_act(text, kind, kept, left):
    doc = annotate_text(text, published="2024-05-02")
    ev = [e for e in _events(doc, kind) if kept in _roles(e)]
    assert ev, doc["events"]
    assert left not in _roles(ev[0]), ev[0]["actors"]


def test_a_subject_before_an_adjunct_stays_the_doer():
    # (a bare subject with no other side named: "भारत" is the one who will sanction)
    doc = annotate_text("भारत हमले के बाद पाकिस्तान पर प्रतिबंध लगाएगा।", published="2024-05-02")
    sanction = _events(doc, "SANCTION")
    assert sanction, doc["events"]
    assert _roles(sanction[0]).get("country:in") == "source", sanction[0]["actors"]


def test_the_pair_of_a_between_phrase_is_not_an_adjunct_s_noun():
    # ("भारत के बीच" is the pair's, not an act "amid" which the talks happen: both sides stay)
    doc = annotate_text("काठमांडू। नेपाल और भारत के बीच 3 मार्च 2024 को व्यापार वार्ता हुई थी।", published="2024-05-02")
    talks = _events(doc, "CONSULT")
    assert talks, doc["events"]
    assert {"country:np", "country:in"} <= set(_roles(talks[0])), talks[0]["actors"]


def test_a_when_clause_with_a_pair_of_its_own_takes_none_of_the_main_clause_s_names():
    # ("..., जब X और Y के बीच सौदा हुआ": the deal is the pair's, not the main clause's ergative's)
    doc = annotate_text("जापान ने अपने सहयोगी को हथियार भेजे हैं, जब भारत और फ्रांस के बीच विमानों का सौदा हुआ है।",
                        published="2024-05-02")
    deal = [e for e in doc["events"] if "country:fr" in _roles(e)]
    assert deal, doc["events"]
    assert "country:jp" not in _roles(deal[0]), deal[0]["actors"]
