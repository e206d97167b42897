"""Actors of session 41 (issue #15: who did it, on outlets the rules were not written against). Sentences written
for these tests; the rules are checked with the precision model off.

- A doer marked on the noun of an adjunct (``X की ओर से दी गई धमकी के मद्देनज़र``, ``X द्वारा किए गए हमले के बाद``) is
  that act's: not the clause's doer, and no reason to read the clause's direct-case subject as its object
  (``events/arguments.py`` ``_roles``).
- A named person whose genitive owns the kin or the lawyer after it (``X के पिता``: ``owned_people``) is no actor of
  their own; a bracketed short name after a name (``राष्ट्रीय जांच एजेंसी (एनआईए)``) glosses it and is no second
  actor (``_owners_and_glosses``).
- Whom a request is put before (``X के सामने बातचीत की पेशकश की``, ``X के समक्ष``: ``before_someone``), with the conjuncts
  listed before it, is its target.
- A concern or an appeal over a fight between two sides (``X और Y के बीच संघर्ष को लेकर चिंतित है``) is aimed at those
  sides (docs/events.md: concern about someone's act).
- The owner of the home a raid or a seizure falls on (``X के घर भी पुलिस ने तलाशी ली``: ``home_noun``) is its target.
"""

from __future__ import annotations

import pytest
from conftest import typed_events


@pytest.mark.parametrize("text", [
    "कई गांवों के सरपंच उग्रवादी संगठन के नेता की ओर से दी गई धमकी के मद्देनज़र सुरक्षा की मांग कर रहे हैं।",
])
def test_a_doer_of_an_adjunct_noun_is_not_the_clauses(rules_only, text):
    evs = typed_events(text, "REQUEST")
    assert evs, text
    # the village heads demand; the leader who threatened them is no side of the demand
    assert [a["role"] for a in evs[0]["actors"]] == ["source"], evs[0]["actors"]


@pytest.mark.parametrize(("text", "typ"), [
    ("सुनीता के पिता का आरोप है कि पुलिस ने उनकी शिकायत नहीं सुनी।", "ACCUSE"),
    ("मोहन के भाई ने पुलिस पर लापरवाही का आरोप लगाया।", "ACCUSE"),
])
def test_the_owner_of_a_kin_is_no_actor(rules_only, text, typ):
    evs = typed_events(text, typ)
    assert evs, text
    assert not any(a["entity_id"].startswith(("new:person", "person:")) for a in evs[0]["actors"]), evs[0]["actors"]


def test_a_bracketed_short_name_is_no_second_actor(rules_only):
    text = "गृह मंत्री ने राष्ट्रीय जांच एजेंसी (एनआईए) को मामले की जांच करने को कहा है।"
    evs = typed_events(text, "REQUEST")
    assert evs, text
    targets = [a for a in evs[0]["actors"] if a["role"] == "target"]
    assert len(targets) == 1, targets


@pytest.mark.parametrize(("text", "n"), [
    ("सरकार ने आंदोलन कर रहे किसानों के सामने बातचीत की पेशकश की।", 1),
    ("मंत्री ने किसानों, छात्रों तथा मजदूरों के सामने बातचीत की पेशकश की।", 3),
])
def test_whom_an_offer_is_put_before_is_its_target(rules_only, text, n):
    evs = typed_events(text, "REQUEST")
    assert evs, text
    assert len([a for a in evs[0]["actors"] if a["role"] == "target"]) == n, evs[0]["actors"]


def test_a_concern_over_a_fight_is_aimed_at_its_sides(rules_only):
    text = "जापान ने कहा कि वह रूस और यूक्रेन के बीच छिड़े संघर्ष को लेकर गहराई से चिंतित है।"
    evs = [e for e in typed_events(text, "ACCUSE") if e["mode"] == "concern"]
    assert evs, text
    targets = {a["entity_id"] for a in evs[0]["actors"] if a["role"] == "target"}
    assert targets == {"country:ru", "country:ua"}, evs[0]["actors"]


def test_the_owner_of_a_searched_home_is_the_target(rules_only):
    text = "बाद में व्यापारी के घर भी पुलिस ने तलाशी ली।"
    evs = typed_events(text, "COERCE")
    assert evs, text
    assert any(a["role"] == "target" and a["entity_id"].startswith("agent:bus") for a in evs[0]["actors"]), evs[0]
