"""Session 44, issue #15: a warning to the public at large is an advisory of safety, no threat (``lang/hi/senses.tsv``,
the ``public`` row), and a class word before the act a warning names as its content belongs to the warning as well
(``Lexicon._owned_until``): "बर्फीले तूफान आने की चेतावनी" is a warning of a natural hazard, though the infinitive
"आने" stands between the hazard and the warning. Each case beside a twin whose warning is made to a side, which stays
a THREATEN. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    "text",
    [
        "प्रशासन ने मछुआरों को अगले तीन दिन समुद्र में न जाने की चेतावनी दी।",
        "पुलिस ने लोगों से टूटे पुल को पार न करने की चेतावनी जारी की।",
        "विभाग ने तटीय जिलों के यात्रियों को सफर टालने की चेतावनी दी है।",
    ],
)
def test_warning_to_the_public_is_no_threat(text: str) -> None:
    assert ("THREATEN", "warn") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "विभाग ने पहाड़ी जिलों में अगले दो दिन तेज़ तूफान आने की चेतावनी जारी की है।",
        "वैज्ञानिकों ने घाटी में बड़ा भूकंप आने की चेतावनी दी।",
    ],
)
def test_hazard_before_the_content_of_a_warning_is_read(text: str) -> None:
    assert ("THREATEN", "warn") not in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने प्रदर्शनकारियों को आगे न बढ़ने की चेतावनी दी।",
        "अमेरिका ने पड़ोसी देश को सीमा पर सेना न भेजने की चेतावनी दी।",
        "मंत्री ने ठेकेदार को काम जल्द पूरा करने की चेतावनी दी।",
    ],
)
def test_warning_to_a_side_stays_a_threat(text: str) -> None:
    assert ("THREATEN", "warn") in senses_in(text)
