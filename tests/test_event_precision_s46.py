"""Fewer wrong events on news of disasters (#15, session 46): damage and blasts that a flood, a storm or a
volcano causes are no one's attack, as deaths in them were already no killing; the disaster may be told in the
sentence itself or in one of the two before, when the act's own sentence names no doer. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _types(text: str) -> list[str]:
    return [e["type"] for e in annotate_text(text, published="2024-03-05")["events"]]


def test_damage_done_by_a_disaster_is_no_attack():
    assert "ASSAULT" not in _types("पहाड़ी जिलों में भूस्खलनों से कई मकान पूरी तरह तबाह हो गए।")
    assert "ASSAULT" not in _types("चक्रवाती तूफान के कारण तटीय गांवों की सैकड़ों झोपड़ियां ध्वस्त हो गईं।")
    # rain only as a cause: a hail of bullets is no weather
    assert "ASSAULT" not in _types("भारी बारिश से किसानों की फसल नष्ट हो गई।")


def test_a_volcanos_blast_is_no_bombing():
    assert "ASSAULT" not in _types("द्वीप के ज्वालामुखी में मंगलवार को जोरदार विस्फोट हुआ।")


def test_a_disaster_told_just_before_makes_a_doerless_act_its_work():
    text = (
        "राज्य के उत्तरी हिस्से में आए बवंडर से सोमवार को नौ लोगों की मौत हो गई। "
        "प्रशासन ने राहत शिविर खोले। पास का एक कस्बा पूरा तबाह हो गया।"
    )
    assert "ASSAULT" not in _types(text)


def test_a_side_that_strikes_is_still_an_attack():
    # a doer in the ergative between the hazard and the act makes it that side's act ...
    assert "ASSAULT" in _types("तूफान के बीच सेना ने उग्रवादियों के ठिकानों को तबाह कर दिया।")
    # ... a bomb attack is not a disaster's blast ...
    assert "ASSAULT" in _types("शहर के बाजार में मंगलवार को बम विस्फोट हुआ जिसमें सात लोग घायल हुए।")
    # ... and a doer in the act's own sentence is not lent the disaster of the sentence before
    text = "बाढ़ से गांव के कई घर डूब गए। इसी बीच उग्रवादियों ने पुलिस चौकी को तबाह कर दिया।"
    assert "ASSAULT" in _types(text)


def test_a_disaster_as_a_time_is_no_cause():
    assert "ASSAULT" in _types("भूकंप के बाद उग्रवादियों ने राहत दल पर हमला कर दिया।")


def test_an_accident_makes_only_deaths_its_toll():
    # the press calls a bombing a हादसा too: a blast or damage told with an accident's word is still read ...
    assert "ASSAULT" in _types("इस दर्दनाक हादसे से पहले बाजार में खड़ी एक कार में जोरदार धमाका हुआ।")
    text = "शहर में कल एक बड़ा हादसा हुआ। पुलिस मौके पर पहुंची। बाजार में खड़ी एक कार में धमाका हुआ।"
    assert "ASSAULT" in _types(text)
    # ... while deaths in an accident stay its toll
    assert "ASSAULT" not in _types("सड़क दुर्घटना में तीन लोग मारे गए।")
