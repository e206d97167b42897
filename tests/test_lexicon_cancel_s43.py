"""Session 43, issue #15: a scheduled service (flights, trains) or a currency cancelled is an operator's or a
treasury's step, no REJECT (``lang/hi/senses.tsv``, the ``service_or_currency`` row). Each case beside a twin
whose cancelled thing is a programme, a visit or a proposal, which keeps the entry's sense. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    "text",
    [
        "घने कोहरे के कारण दिल्ली से चालीस उड़ानें रद्द कर दी गईं।",
        "बाढ़ के चलते रेलवे ने बारह ट्रेनें रद्द की हैं।",
        "सरकार ने पुराने नोटों को रद्द कर दिया था।",
    ],
)
def test_service_or_currency_cancelled_is_no_act(text: str) -> None:
    assert senses_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने राजदूत के साथ तय अपना कार्यक्रम रद्द कर दिया।",
        "पंचायत ने कंपनी का खनन वाला प्रस्ताव रद्द किया।",
    ],
)
def test_programme_or_proposal_cancelled_keeps_reject(text: str) -> None:
    assert senses_in(text) == [("REJECT", "reject")]
