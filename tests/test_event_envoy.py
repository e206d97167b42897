"""An envoy "in" a country serves there; he is not that country's (``arguments._agent_country``)."""

from conftest import annotate_text


def test_an_envoy_in_a_country_is_not_that_countrys() -> None:
    text = "नई दिल्ली, 3 मार्च। बांग्लादेश में उच्चायुक्त ने मंगलवार को ढाका के विदेश सचिव से मुलाकात की।"
    events = annotate_text(text, published="2025-03-04")["events"]
    ids = {a["entity_id"] for e in events for a in e["actors"]}
    assert "agent:dip:bd" not in ids
    assert "agent:dip:in" in ids


def test_police_in_a_country_are_still_its_own() -> None:
    text = "ढाका, 3 मार्च। बांग्लादेश में पुलिस ने मंगलवार को प्रदर्शनकारियों पर लाठीचार्ज किया।"
    events = annotate_text(text, published="2025-03-04")["events"]
    ids = {a["entity_id"] for e in events for a in e["actors"]}
    assert any(i.startswith("agent:cop:bd") for i in ids), ids
