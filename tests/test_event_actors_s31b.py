"""Actors of events (#15), session 31, second pass (explainer-style news): a country that owns a place, a show of
force all round a country, a list closed by a conjunct no one knows, the goods a measure strikes, the people of a
place, an office's body, genitive and glued pronouns, and an English verb coordinated after an object (sentences of
our own)."""

from __future__ import annotations

import pytest
from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


def test_a_country_that_owns_the_place_of_an_attack_is_no_side_of_the_condemnation():
    doc = annotate_text("भारत ने पाकिस्तान के क्वेटा शहर में हुए आतंकी हमले की कड़ी निंदा की है।", published="2024-05-02")
    condemn = _events(doc, "ACCUSE", "condemn")
    assert condemn, doc["events"]
    assert _roles(condemn[0]) == {"country:in": "source"}, condemn[0]["actors"]


def test_a_country_that_owns_the_place_of_an_attack_is_not_its_doer():
    doc = annotate_text("पाकिस्तान के क्वेटा शहर में हुए हमले में दस लोग मारे गए।", published="2024-05-02")
    attack = _events(doc, "ASSAULT", "attack")
    assert attack, doc["events"]
    roles = _roles(attack[0])
    assert "country:pk" not in roles, roles
    assert roles.get("agent:cvl:pk") == "target", roles  # the dead are the place's people


def test_a_country_whose_words_are_condemned_stays_the_target():
    doc = annotate_text("भारत ने पाकिस्तान के इस बयान की निंदा की।", published="2024-05-02")
    assert _roles(_events(doc, "ACCUSE")[0]) == {"country:in": "source", "country:pk": "target"}


def test_a_show_of_force_all_round_a_country_is_aimed_at_it():
    doc = annotate_text("रूस ने जापान के आसपास बड़ा नौसैनिक अभ्यास किया।", published="2024-05-02")
    drill = _events(doc, "MOBILIZE")
    assert drill, doc["events"]
    assert _roles(drill[0]) == {"country:ru": "source", "country:jp": "target"}, drill[0]["actors"]
    assert drill[0]["place"]["entity_id"] == "country:jp", drill[0].get("place")


def test_troops_round_a_place_of_their_own_country_aim_at_no_one():
    doc = annotate_text("भारत ने लद्दाख के आसपास सैनिक तैनात किए।", published="2024-05-02")
    deploy = _events(doc, "MOBILIZE")
    assert deploy, doc["events"]
    assert _roles(deploy[0]) == {"country:in": "source"}, deploy[0]["actors"]


@pytest.mark.parametrize(("text", "typ", "want"), [
    # the last conjunct names no one known: its ने is the whole list's, not the next name's "के बीच"
    ("ब्रिटेन, जर्मनी और उनके साथियों ने भारत और पाकिस्तान के बीच तनाव के बाद युद्धविराम का आह्वान किया है।", "REQUEST",
     {"country:gb": "source", "country:de": "source"}),
    # the list's last name before such a conjunct: its को is the name's
    ("पुलिस ने अजय कुमार और उसके दो साथियों को गिरफ्तार किया।", "COERCE", {"agent:cop": "source", "new:person:": "target"}),
])  # fmt: skip
def test_a_list_closed_by_a_conjunct_no_one_knows_takes_its_postposition(text, typ, want):
    ev = _events(annotate_text(text, published="2024-05-02"), typ)
    assert ev, text
    roles = _roles(ev[0])
    for eid, role in want.items():
        assert any(k.startswith(eid) and r == role for k, r in roles.items()), roles


@pytest.mark.parametrize(("text", "source", "target"), [
    ("अमेरिका ने भारतीय वस्तुओं पर 25 प्रतिशत टैरिफ लगाया है।", "country:us", "country:in"),
    ("यूरोपीय संघ ने रूसी तेल पर प्रतिबंध लगा दिया।", "org:eu", "country:ru"),
])  # fmt: skip
def test_the_goods_a_measure_strikes_name_their_country(text, source, target):
    sanction = _events(annotate_text(text, published="2024-05-02"), "SANCTION")
    assert sanction, text
    assert _roles(sanction[0]) == {source: "source", target: "target"}, sanction[0]["actors"]


def test_the_victims_of_an_attack_abroad_are_that_country_s_people_not_the_dateline_s():
    doc = annotate_text("नई दिल्ली: भारत ने पाकिस्तान के क्वेटा शहर में हुए आतंकी हमले की निंदा की और पीड़ितों के परिजनों के "
                        "प्रति संवेदना जताई।", published="2024-05-02")  # fmt: skip
    condole = _events(doc, "SUPPORT")
    assert condole, doc["events"]
    assert _roles(condole[0]) == {"country:in": "source", "agent:cvl:pk": "target"}, condole[0]["actors"]


def test_a_spokesman_s_ministry_is_no_actor_and_the_one_received_is_the_guest():
    doc = annotate_text("नेपाल की विदेश मंत्री सीता देवी रविवार को दिल्ली पहुंचीं। विदेश मंत्रालय के प्रवक्ता राम कुमार ने "
                        "उनकी अगवानी की।", published="2024-05-02")  # fmt: skip
    guest = next(a["entity_id"] for a in _events(doc, "CONSULT", "visit")[0]["actors"] if a["role"] == "source")
    host = _events(doc, "CONSULT", "host")
    assert host, doc["events"]
    roles = _roles(host[0])
    assert roles.get(guest) == "target", roles
    assert sorted(roles.values()) == ["source", "target"], roles  # the spokesman; no ministry beside him


def test_a_glued_pronoun_on_is_the_person_just_named():
    doc = annotate_text("भारत के पूर्व अफसर रमेश चंद्र को सजा सुनाई गई। पाकिस्तान द्वारा उनपर जासूसी का आरोप लगाया गया था।",
                        published="2024-05-02")  # fmt: skip
    person = next(a["entity_id"] for a in _events(doc, "COERCE")[0]["actors"] if a["role"] == "target")
    accuse = _events(doc, "ACCUSE")
    assert accuse, doc["events"]
    assert _roles(accuse[0]) == {"country:pk": "source", person: "target"}, accuse[0]["actors"]


def test_an_english_verb_coordinated_after_an_object_keeps_its_own_names():
    doc = annotate_text("Japan on Monday slammed China and dismissed its National Security Advisor (NSA) Ichiro Sato "
                        "claims that Tokyo reached out to Beijing for talks.", published="2024-05-02")  # fmt: skip
    slam = _events(doc, "ACCUSE")
    assert slam, doc["events"]
    assert _roles(slam[0]) == {"country:jp": "source", "country:cn": "target"}, slam[0]["actors"]


@pytest.mark.parametrize("joint", ["और", "या"])  # joined by "and" or by "or" (words.tsv coordinator, disjunctor)
def test_acts_advised_do_not_close_the_advice_s_clause(joint):
    doc = annotate_text(f"दूतावास ने भारतीय नागरिकों को ईरान की यात्रा न करने {joint} वहां से जल्द से जल्द निकलने की सलाह दी है।",
                        published="2024-05-02")  # fmt: skip
    advice = _events(doc, "REQUEST")
    assert advice, doc["events"]
    assert _roles(advice[0]) == {"agent:dip": "source", "agent:cvl:in": "target"}, advice[0]["actors"]
    assert not _events(doc, "CONSULT", "visit"), doc["events"]  # a visit advised against is none


@pytest.mark.parametrize("joint", ["और", "या"])
def test_infinitives_joined_before_a_demand_are_all_called_for(joint):
    doc = annotate_text(f"किसानों ने सरकार से कानून वापस लेने {joint} नेताओं को रिहा करने की मांग की।", published="2024-05-02")
    demand = _events(doc, "REQUEST")
    assert demand, doc["events"]
    assert _roles(demand[0]) == {"agent:agr": "source", "agent:gov": "target"}, demand[0]["actors"]
    # who demands is not who is to withdraw
    assert all(_roles(e).get("agent:agr") != "source" for e in _events(doc, "RETREAT")), doc["events"]
