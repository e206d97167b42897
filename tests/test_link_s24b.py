"""Linking people on news from outlets outside our data, session 24 round 2 (issue #16): a full name
with a first name of its own is not cut to a listed person's surname, a listed first name after an
office names the person the article names, and abbreviated offices state roles. Mentions are built by
hand over sentences written for these tests, so only the linker is tested."""

import re

import pytest

from sambandh.link import Linker
from sambandh.model import Mention


@pytest.fixture(scope="module")
def linker():
    return Linker()


def spans(text, name, label="PERSON", source="model", kb_id=None):
    return [Mention(m.start(), m.end(), label, source, kb_id=kb_id) for m in re.finditer(re.escape(name), text)]


def surfaces(text, mentions):
    return [(text[m.start : m.end], m.entity_id) for m in mentions]


def test_a_full_name_with_a_listed_first_name_is_not_cut_to_the_surname(linker):
    text = ("खेल परिषद में दिनेश शाह ने प्रस्ताव रखा। अमित शाह ने संसद में बयान दिया। "
            "अमित शाह ने बाद में पत्रकारों से बात की। शाह ने कहा कि देश सुरक्षित है।")
    mentions = spans(text, "दिनेश शाह", source="pattern") + spans(text, "अमित शाह", source="kb",
                                                                       kb_id="person:amit-shah")
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    got = surfaces(text, mentions)
    dinesh = [e for s, e in got if s == "दिनेश शाह"]
    assert len(dinesh) == 1 and dinesh[0] != "person:amit-shah", got
    # the bare surname goes to the one named most
    assert ("शाह", "person:amit-shah") in got, got


def test_a_full_name_after_an_office_is_not_cut_to_the_surname(linker):
    text = ("संघ की सचिव कविता शाह ने बैठक बुलाई। अमित शाह ने संसद में बयान दिया। अमित शाह ने फिर कहा।")
    mentions = spans(text, "कविता शाह", source="pattern") + spans(text, "अमित शाह", source="kb",
                                                                       kb_id="person:amit-shah")
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    got = surfaces(text, mentions)
    assert got[0][0] == "कविता शाह", got
    assert got[0][1] != "person:amit-shah"


def test_a_listed_first_name_after_an_office_names_the_person_named_elsewhere(linker):
    text = "जापान के दौरे पर गए प्रधानमंत्री नरेंद्र टोक्यो पहुंचे। वहां मोदी ने भाषण दिया।"
    mentions = (spans(text, "जापान", "GPE", "kb", "country:jp") + spans(text, "टोक्यो", "GPE", "kb", "city:tokyo")
                + spans(text, "मोदी", source="kb", kb_id="person:narendra-modi"))
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    assert ("नरेंद्र", "person:narendra-modi") in surfaces(text, mentions)


@pytest.mark.parametrize("text", [
    "जापान के दौरे पर गए नरेंद्र टोक्यो पहुंचे। वहां मोदी ने भाषण दिया।",  # no office before it
    "प्रधानमंत्री नरेंद्र सिंह टोक्यो पहुंचे। वहां मोदी ने भाषण दिया।",  # a longer name no mention covers
])
def test_a_first_name_without_an_office_or_before_another_name_word_is_left(linker, text):
    mentions = (spans(text, "टोक्यो", "GPE", "kb", "city:tokyo")
                + spans(text, "मोदी", source="kb", kb_id="person:narendra-modi"))
    mentions.sort(key=lambda m: m.start)
    linker.link(text, mentions, None)
    assert not any(s == "नरेंद्र" for s, _ in surfaces(text, mentions))


def test_an_abbreviated_office_states_a_role(linker):
    text = "कनाडा के पीएम जस्टिन ट्रूडो ने व्यापार पर बात की।"
    mentions = (spans(text, "कनाडा", "GPE", "kb", "country:ca")
                + spans(text, "जस्टिन ट्रूडो", source="kb", kb_id="person:justin-trudeau"))
    mentions.sort(key=lambda m: m.start)
    roles = linker.link(text, mentions, None)
    assert any(r.entity_id == "person:justin-trudeau" and r.role == "head_of_government" and r.of == "country:ca"
               for r in roles), roles
