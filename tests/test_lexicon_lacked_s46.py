"""Session 46, issue #15: constructions the lexicon lacked, added by class (``lang/hi/predicates_more.tsv``, the
session 46 rows; ``evaluative.tsv``, हाथ under blame). Each case beside a twin that must stay as it was. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from conftest import senses_in


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("सरकार ने इसके पीछे एक विदेशी संगठन का हाथ बताया।", ("ACCUSE", "accuse")),
        ("पुलिस ने चालक के खिलाफ प्रकरण दर्ज किया है।", ("ACCUSE", "sue")),
        ("थाने में आरोपी पर अपराध पंजीबद्ध किया गया।", ("ACCUSE", "sue")),
        ("पुलिस ने तीनों पर अभियोग पंजीकृत कर लिया।", ("ACCUSE", "sue")),
        ("शहर के बाजार में दो गिरोहों के बीच शूटआउट हुआ।", ("ASSAULT", "clash")),
        ("राजधानी में दो गुटों के बीच गैंगवार हुई।", ("ASSAULT", "clash")),
        ("अदालत ने बमकांड के दोनों आरोपियों को बरी नहीं किया।", ("ASSAULT", "terror")),
        ("विशेष अदालत ने उसे तीन साल के कारावास का दंड सुनाया।", ("COERCE", "sentence")),
        ("राज्य सरकार ने फैसले के खिलाफ ऊंची अदालत में अपील दायर की है।", ("REQUEST", "appeal")),
        ("सभा में मृतकों की याद में दो मिनट का मौन रखा गया।", ("SUPPORT", "condole")),
    ],
)
def test_a_construction_the_lexicon_lacked(text: str, sense: tuple[str, str]) -> None:
    assert sense in senses_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "डॉक्टर ने बताया कि उसका हाथ ठीक है।",
        "पुलिस ने चालक का नाम रजिस्टर में लिखा।",
        "उसने कमरे में रखी किताबें पढ़ीं।",
        "उन्होंने सभा में अपनी बात रखी।",
    ],
)
def test_their_words_alone_are_no_act(text: str) -> None:
    assert senses_in(text) == []
