"""Predicates of session 30 (issue 15), added by class rather than from evaluation misses: Urdu, Sanskrit
and English-loan doublets of listed words, the light verbs news uses with them. Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str, lang: str = "hi") -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "words", "typ", "mode"),
    [
        # a meeting convened, told by its noun and the verb of calling
        ("प्रधानमंत्री ने मंत्रियों की आपात बैठक बुलाई।", "बैठक बुलाई", "CONSULT", "meet"),
        # anger voiced (रोष, the Sanskrit doublet of नाराजगी) with the equivalents of जताना
        ("विदेश मंत्री ने पड़ोसी देश के इस कदम पर गहरा रोष व्यक्त किया।", "रोष व्यक्त किया", "ACCUSE", "object"),
        # calling a claim fabricated is rejecting it, as बेबुनियाद बताना is
        ("सेना ने पड़ोसी देश के दावे को मनगढ़ंत करार दिया।", "मनगढ़ंत करार दिया", "REJECT", "reject"),
        # preventive detention laws by their acronyms, as रासुका
        ("पुलिस ने तीनों नेताओं पर एनएसए लगाया है।", "एनएसए लगाया है", "COERCE", "arrest"),
        # forces put on (high) alert
        ("सरकार ने सीमा पर तैनात जवानों को हाई अलर्ट पर रखा।", "हाई अलर्ट पर रखा", "MOBILIZE", "alert"),
        # a drone shot down
        ("सेना ने सीमा के पास एक ड्रोन गिराया।", "ड्रोन गिराया", "ASSAULT", "attack"),
        # beheading
        ("विद्रोहियों ने दो बंधकों का सिर कलम किया।", "सिर कलम किया", "ASSAULT", "kill"),
        # the simple verb of praise beside its noun
        ("राष्ट्रपति ने बचाव दल के जवानों को सराहा।", "सराहा", "SUPPORT", "praise"),
        # the Urdu plea
        ("पीड़ितों ने राज्यपाल से न्याय की फरियाद की।", "फरियाद की", "REQUEST", "appeal"),
    ],
)
def test_hindi_wordings_of_a_class_are_found(sentence: str, words: str, typ: str, mode: str) -> None:
    assert (words, typ, mode) in _found(sentence)


def test_a_beating_needs_someone_beaten() -> None:
    # पीटना needs its target in को: runs "hit" off a bowler are no assault
    def assaults(text: str) -> list[dict]:
        return [e for e in annotate_text(text, published="2025-01-15")["events"] if e["type"] == "ASSAULT"]

    assert assaults("पुलिस ने प्रदर्शनकारियों को लाठियों से पीटा।")
    assert not assaults("बल्लेबाज ने आखिरी ओवर में बीस रन पीट डाले।")
