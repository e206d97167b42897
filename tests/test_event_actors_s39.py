"""Actors of events (#15), session 39: a grouping's member countries ("क्वाड देशों ने", kb/members.tsv) act as
sides, each a country, not the grouping as a body; and what is recovered "from the keeping of" someone (``X के पास
से``, ``X के कब्जे से``: cases.tsv, abl) is taken from X, the target of the seizure, not a place near X."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


@pytest.mark.parametrize(("text", "typ", "sources", "target"), [
    ("क्वाड देशों ने दक्षिण चीन सागर में चीन की गतिविधियों का विरोध किया।", "ACCUSE",
     {"country:us", "country:in", "country:au", "country:jp"}, "country:cn"),
    ("ब्रिक्स के सदस्य देशों ने अमेरिका के नए शुल्क की निंदा की।", "ACCUSE",
     {"country:br", "country:ru", "country:in", "country:cn", "country:za", "country:eg", "country:et",
      "country:ir", "country:ae"}, "country:us"),
    ("The Quad countries condemned China's moves in the South China Sea.", "ACCUSE",
     {"country:us", "country:in", "country:au", "country:jp"}, "country:cn"),
])
def test_member_countries_of_a_grouping_act(text: str, typ: str, sources: set[str], target: str) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    roles = roles_of(evs[0])
    assert {e for e, r in roles.items() if r == "source"} == sources, roles
    assert roles.get(target) == "target", roles


def test_members_are_those_of_the_day() -> None:
    # Iran and Egypt joined BRICS on 1 January 2024: a 2019 statement of "BRICS countries" is the five's
    evs = events_of(annotate_text("ब्रिक्स देशों ने आतंकवाद की निंदा की।", published="2019-11-14"), "ACCUSE")
    assert evs
    sources = {e for e, r in roles_of(evs[0]).items() if r == "source"}
    assert sources == {"country:br", "country:ru", "country:in", "country:cn", "country:za"}, sources


def test_the_grouping_named_alone_or_by_its_meeting_is_the_body() -> None:
    # the grouping alone, or its members' ministers' meeting in the genitive, is not its member countries
    evs = events_of(annotate_text("प्रधानमंत्री मोदी क्वाड की बैठक में हिस्सा लेंगे।", published="2024-05-02"), "CONSULT")
    assert evs
    assert "org:quad" in roles_of(evs[0]) and "country:au" not in roles_of(evs[0])


@pytest.mark.parametrize(("text", "target"), [
    ("पुलिस ने गिरफ्तार तस्करों के पास से दस किलो हेरोइन बरामद की।", "agent:cvl"),
    ("पुलिस ने राकेश यादव के कब्जे से दो राइफलें बरामद कीं।", None),
])
def test_what_is_seized_from_someones_keeping(text: str, target: str | None) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), "COERCE")
    assert evs, text
    roles = roles_of(evs[0])
    targets = [e for e, r in roles.items() if r == "target"]
    assert len(targets) == 1, roles
    assert target is None or targets[0] == target, roles
    assert roles.get("agent:cop") == "source", roles


@pytest.mark.parametrize(("text", "source"), [
    ("राज्यकर्मचारियों ने वेतन आयोग की मांग को लेकर प्रदर्शन किया।", "agent:lab"),
    ("कांग्रेसियों ने महंगाई के खिलाफ प्रदर्शन किया।", "agent:pty:in"),
])
def test_group_words_written_as_one_word_or_by_the_party(text: str, source: str) -> None:
    # agents.tsv rows of session 39: a compound the press glues, and a party's members named by the party
    doc = annotate_text(text, published="2024-05-02")
    evs = [e for e in doc["events"] if e["type"] in ("PROTEST", "ASSAULT")]
    assert evs, text
    assert roles_of(evs[0]).get(source) == "source", roles_of(evs[0])


@pytest.mark.parametrize("text", [
    "वाशिंगटन में क्वाड नेताओं का शिखर सम्मेलन हुआ। चारों देशों ने आतंकवाद की कड़ी निंदा की।",
    "टोक्यो में क्वाड के विदेश मंत्री मिले और चारों देशों ने आतंकवाद की निंदा की।",
])
def test_a_counted_group_after_a_grouping_is_its_members(text: str) -> None:
    # "चारों देशों" with no four countries named before it, but the Quad (four members) in its sentence or the one before
    evs = events_of(annotate_text(text, published="2024-05-02"), "ACCUSE")
    assert evs, text
    sources = {e for e, r in roles_of(evs[0]).items() if r == "source"}
    assert sources == {"country:us", "country:in", "country:au", "country:jp"}, roles_of(evs[0])


@pytest.mark.parametrize(("text", "typ", "sources"), [
    ("नगालैंड पुलिस और असम राइफल्स की संयुक्त टीम ने दो उग्रवादियों को गिरफ्तार किया।", "COERCE",
     {"agent:cop:in", "org:assam-rifles"}),
    ("सीमा सुरक्षा बल (बीएसएफ) के दो जवानों ने नदी किनारे तीन तस्करों को पकड़ा।", "COERCE", {"org:bsf"}),
])
def test_a_team_or_the_men_of_a_body_are_the_body(text: str, typ: str, sources: set[str]) -> None:
    # words.tsv unit_noun after a body's genitive: the body acts (not "agent:gov" of the team word, nor an army of
    # soldiers)
    evs = events_of(annotate_text(text, published="2024-05-02"), typ)
    assert evs, text
    roles = roles_of(evs[0])
    assert {e for e, r in roles.items() if r == "source"} == sources, roles


def test_a_countrys_soldiers_stay_its_force() -> None:
    evs = events_of(annotate_text("पाकिस्तान के सैनिकों ने सीमा पर गोलीबारी की।", published="2024-05-02"), "ASSAULT")
    assert evs
    assert roles_of(evs[0]).get("agent:mil:pk") == "source", roles_of(evs[0])


def test_a_party_through_its_workers_is_one_side_of_a_clash() -> None:
    # "<body> कार्यकर्ता" as a bare subject (no ने) of a clash: the body is a side, not a name modifying what follows
    text = "गुरुवार दोपहर कलेक्ट्रेट पर भाजपा कार्यकर्ता पुलिस से भिड़ गए।"
    evs = events_of(annotate_text(text, published="2024-05-02"), "ASSAULT")
    assert evs
    roles = roles_of(evs[0])
    assert roles.get("org:bjp") == "participant" and roles.get("agent:cop") == "participant", roles


@pytest.mark.parametrize("text", [
    "ट्रंप प्रशासन ने वेनेजुएला की तेल कंपनियों पर प्रतिबंध लगाए।",
    "The Trump administration imposed sanctions on Venezuelan oil firms.",
])
def test_a_government_named_by_its_head_is_his_countrys(text: str) -> None:
    # words.tsv headed_government after a person's name: that person's country's government, one actor
    evs = events_of(annotate_text(text, published="2025-05-02"), "SANCTION")
    assert evs
    roles = roles_of(evs[0])
    assert roles.get("agent:gov:us") == "source" and "person:donald-trump" not in roles, roles


def test_an_official_after_a_name_is_no_government_of_his() -> None:
    # "<minister> रक्षा सचिव से ...": the secretary he meets is no phrase with his name
    doc = annotate_text("सोमवार को लंदन गए राजनाथ सिंह रक्षा सचिव से बातचीत करेंगे।", published="2024-05-02")
    assert any(roles_of(e).get("person:rajnath-singh") == "source" for e in events_of(doc, "CONSULT", "visit"))
