"""Actors of events (#15), session 46: the subject of a clause that only its ergative marker shows. A name the
recogniser does not know, or a common noun no dictionary of actors holds, right before "ने" is still who acts
(events/state._unnamed_subject); a word that names no doer there (a count read by the group rules, a force of
nature: lang/hi/words.tsv ``not_a_doer``) is not. The subject only fills in the doer of an event the rules keep
without it (``_State.fill_unnamed_subjects``): it never keeps an event of its own, nor joins one whose doer the
rules found."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of


def _source_words(text: str, typ: str) -> list[str]:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    return [a["entity_id"] for a in evs[0]["actors"] if a["role"] in ("source", "participant")]


@pytest.mark.parametrize(("text", "typ", "word"), [
    ("गांव के मुखिया झुमरू ठकरैत ने पुलिस से जांच की मांग की।", "REQUEST", "ठकरैत"),
    ("नाराज़ ग्रामीणों के जत्थे ने पुलिस चौकी पर हमला किया।", "ASSAULT", "जत्थे"),
])
def test_a_word_before_the_ergative_is_the_subject(text: str, typ: str, word: str) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    doers = [a for a in evs[0]["actors"] if a["role"] in ("source", "participant")]
    # the new doer's words end at the word before ने, and no more than its phrase is taken
    assert any(a["entity_id"].startswith("new:person:") and any(w.endswith(word) for w in a.get("aliases") or [])
               for a in doers), doers


@pytest.mark.parametrize("text", [
    "दोनों ने पुलिस पर हमला किया।",
    "इसी दौरान एक अन्य ने पुलिस पर हमला किया।",
    "इनमें से ९ ने पुलिस पर पथराव किया।",
])
def test_a_count_or_a_time_word_is_no_subject(text: str) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), "ASSAULT")
    assert evs, text  # the attack on the police stands; no new person is made of the words before ने
    assert not any(a["entity_id"].startswith("new:person:") for e in evs for a in e["actors"]), evs


def test_an_act_kept_only_for_the_unnamed_subject_is_not_kept() -> None:
    # a visit names its visitor or is none: read with the unknown name it would be one, but the name only fills in
    # the doer of an event the rules keep without it
    doc = annotate_text("झुमरू ठकरैत ने चीन की यात्रा की।", published="2024-05-02")
    assert not events_of(doc, "CONSULT", "visit"), doc["events"]


def test_a_doer_the_rules_found_stands() -> None:
    # the country named as the other side of talks is a participant: the unknown name is not added beside it
    doc = annotate_text("झुमरू ठकरैत ने भारत से बातचीत की।", published="2024-05-02")
    evs = events_of(doc, "CONSULT")
    assert evs and not any(a["entity_id"].startswith("new:person:") for e in evs for a in e["actors"]), evs
