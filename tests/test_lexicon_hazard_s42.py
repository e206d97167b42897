"""Session 42, issue #15: a warning or an alert of a natural hazard is a forecast, no threat and no force readied
(``lang/hi/senses.tsv``, the ``hazard`` rows). Each case beside its twin without the hazard word, which keeps the
entry's own sense. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    "text",
    [
        "मौसम विभाग ने पहाड़ी जिलों के लिए भारी बर्फबारी की चेतावनी जारी कर दी।",
        "वैज्ञानिकों ने भूकंप को लेकर चेतावनी दी है।",
        "प्रशासन ने पांच जिलों में बाढ़ का अलर्ट जारी किया।",
        "तटीय जिलों में चक्रवात की चेतावनी दी गई है।",
    ],
)
def test_hazard_warning_is_no_act(text: str) -> None:
    assert senses_in(text) == []


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("रक्षा मंत्री ने पड़ोसी देश को कड़ी चेतावनी दी।", ("THREATEN", "warn")),
        ("सरकार ने सीमा पर सेना को अलर्ट पर रखा है।", ("MOBILIZE", "alert")),
        ("प्रशासन ने पांच जिलों में अलर्ट जारी किया।", ("MOBILIZE", "alert")),
    ],
)
def test_warning_without_hazard_keeps_its_sense(text: str, sense: tuple[str, str]) -> None:
    assert senses_in(text) == [sense]
