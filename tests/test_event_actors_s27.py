"""Actors of events (#15), session 27: classes of actor error read off BBC Hindi dev and the tuning sets."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str, nth: int = 0) -> dict[str, str]:
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert len(evs) > nth, [e["type"] for e in doc["events"]]
    return {a["entity_id"]: a["role"] for a in evs[nth]["actors"]}

def _place(doc: dict, typ: str, key: str) -> str | None:
    """A field (``entity_id``, ``name_en``) of the place of the first event of ``typ``; None when there is none."""
    evs = [e for e in doc["events"] if e["type"] == typ]
    return (evs[0].get("place") or {}).get(key) if evs else None



def test_a_when_clause_with_its_own_ergative_takes_none_of_the_main_clause_names():
    # the statement's speaker is no doer of the attack told in the "जब" clause
    doc = annotate_text("अमेरिका के राष्ट्रपति ने यह बयान उस समय दिया जब रूस ने यूक्रेन पर हमला किया।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ASSAULT")
    assert roles.get("country:ru") == "source", roles
    assert roles.get("country:ua") == "target", roles
    assert "country:us" not in roles, roles


def test_a_when_clause_first_keeps_its_subject():
    doc = annotate_text("जब रूस ने यूक्रेन पर हमला किया, अमेरिका ने इसकी निंदा की।", published="2024-05-02")
    assert _actors(doc, "ASSAULT").get("country:ru") == "source"
    assert _actors(doc, "ACCUSE").get("country:us") == "source"


def test_a_city_right_before_a_visit_noun_makes_its_country_the_host():
    doc = annotate_text("प्रधानमंत्री मोदी ने दो दिवसीय पेरिस यात्रा शुरू की।", published="2024-05-02")
    roles = _actors(doc, "CONSULT")
    assert roles.get("person:narendra-modi") == "source", roles
    assert roles.get("country:fr") == "target", roles


def test_a_journey_within_the_visitors_own_country_visits_no_other_side():
    doc = annotate_text("प्रधानमंत्री मोदी मुंबई के दौरे पर गए।", published="2024-05-02")
    evs = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert evs, doc["events"]
    roles = {a["entity_id"]: a["role"] for a in evs[0]["actors"]}
    assert roles.get("person:narendra-modi") == "source", roles
    assert "country:in" not in roles, roles
    assert (evs[0].get("place") or {}).get("entity_id") == "city:mumbai", evs[0]


def test_an_attack_answers_no_unknown_person_who_fired_before():
    # a group's attack after a man's attack is no reply to him: the side fired at is a state or a force
    doc = annotate_text("बुधवार को राकेश वर्मा ने थाने पर हमला किया। गुरुवार को हिजबुल मुजाहिदीन ने भी हमला किया।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ASSAULT", 1)
    assert roles.get("org:hizbul") == "source", roles
    assert not any(k.startswith("new:") for k in roles), roles


def test_a_reply_by_troops_is_aimed_at_the_militants_who_fired():
    doc = annotate_text("बुधवार को आतंकवादियों ने थाने पर हमला किया। गुरुवार को सेना ने जवाबी हमला किया।",
                        published="2024-05-02")  # fmt: skip
    assert _actors(doc, "ASSAULT", 1).get("agent:reb") == "target"


def test_a_relative_subject_is_not_the_main_clause_subject():
    doc = annotate_text("भारत ने उस प्रस्ताव पर मतदान नहीं किया जिसने रूस की आक्रामकता की कड़ी निंदा की।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:ru") == "target", roles
    assert "country:in" not in roles, roles


def test_a_relative_after_the_main_verb_stands_for_its_object():
    doc = annotate_text("पुलिस ने उन आतंकवादियों को गिरफ्तार किया जिन्होंने थाने पर हमला किया था।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ASSAULT")
    assert roles.get("agent:reb") == "source", roles
    assert "agent:cop" not in roles, roles
    doc = annotate_text("कल इसराइल ने ईरान पर हमला किया, जिसने पिछले हफ्ते इसराइल पर मिसाइलें दागी थीं।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ASSAULT", 1)
    assert roles.get("country:ir") == "source", roles
    assert roles.get("country:il") == "target", roles


def test_a_place_whose_forests_an_act_is_in_is_its_place():
    # "X के जंगलों में": the genitive's head is the place word itself, with no unknown name between
    doc = annotate_text("बुधवार को सुकमा के जंगलों में जवानों ने नक्सलियों को मार गिराया।", published="2024-05-02")
    assert _place(doc, "ASSAULT", "entity_id") == "city:sukma", doc["events"]


def test_talks_after_coming_to_a_city_are_held_there():
    doc = annotate_text("मुंबई आने के बाद जापान के प्रधानमंत्री ने सबसे पहले विदेश मंत्री एस जयशंकर से मुलाकात की।",
                        published="2024-05-02")  # fmt: skip
    assert _place(doc, "CONSULT", "entity_id") == "city:mumbai", doc["events"]


def test_a_crowd_that_acted_last_is_no_doer_of_a_passive_security_act():
    doc = annotate_text("हजारों किसानों ने संसद के बाहर नारेबाजी की। राजधानी दिल्ली में सुरक्षा बढ़ा दी गई है।",
                        published="2024-05-02")  # fmt: skip
    for ev in doc["events"]:
        if ev["type"] == "MOBILIZE":
            assert not any(a["entity_id"].startswith("agent:agr") for a in ev["actors"]), ev["actors"]


def test_a_state_that_acted_last_is_still_the_doer_of_a_passive():
    doc = annotate_text("भारत ने पाकिस्तान के राजनयिक पर जासूसी का आरोप लगाया। उसे देश छोड़ने का आदेश दिया गया।",
                        published="2024-05-02")  # fmt: skip
    assert _actors(doc, "SANCTION").get("country:in") == "source"


def test_english_groups_the_hindi_table_names_are_actors_in_english_too():
    doc = annotate_text("Five Sri Lankan fishermen were arrested on Thursday by the Indian Navy.",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert roles.get("org:in-navy") == "source", roles
    assert any(k.startswith("agent:cvl") and r == "target" for k, r in roles.items()), roles
    doc = annotate_text("On Saturday, the law enforcers arrested student leaders in Dhaka.", published="2024-05-02")
    assert any(k.startswith("agent:cop") and r == "source" for k, r in _actors(doc, "COERCE").items())


def test_an_english_speaker_is_no_doer_of_a_complement_with_its_own_subject():
    # "X said Y condemned ...", "that" left out: Y condemned, X reports it
    doc = annotate_text("Jaishankar said India strongly condemned the attack.", published="2024-05-02")
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:in") == "source", roles
    assert "person:s-jaishankar" not in roles, roles
    doc = annotate_text("India said it strongly condemned the attack.", published="2024-05-02")
    assert _actors(doc, "ACCUSE").get("country:in") == "source"


def test_a_protest_note_sent_to_a_mission_is_aimed_at_it():
    doc = annotate_text("The foreign ministry today sent a strong protest note to the Indian High Commission in Dhaka.",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("org:in-high-commission") == "target", roles


def test_an_english_relative_clause_has_its_own_doers():
    # the ministry protests; the killing told in the "who" clause is the border force's, not the ministry's
    doc = annotate_text("On Monday, the Ministry of Foreign Affairs lodged a protest with the Indian government over "
                        "the death of a farmer, Ramesh, who was shot and killed by India's Border Security Force.",
                        published="2024-05-02")  # fmt: skip
    for ev in doc["events"]:
        ids = {a["entity_id"] for a in ev["actors"]}
        if ev["type"] == "ASSAULT":
            assert "org:bsf" in ids and not any(i.startswith("agent:gov") for i in ids), ev["actors"]
        if ev["type"] == "ACCUSE":
            assert "org:bsf" not in ids, ev["actors"]


def test_a_group_word_before_another_is_its_modifier_one_actor():
    # "student activist": one actor, the activist, not a student and an activist
    doc = annotate_text("Manipur police arrested the Manipur student activist.", published="2024-05-02")
    targets = [k for k, r in _actors(doc, "COERCE").items() if r == "target"]
    assert targets == ["agent:cvl:in"], targets


def test_the_genitive_before_a_happening_noun_is_its_doer():
    doc = annotate_text("दिल्ली पुलिस मुख्यालय पर किसानों का प्रदर्शन चल रहा है।", published="2024-05-02")
    assert any(k.startswith("agent:agr") and r == "source" for k, r in _actors(doc, "PROTEST").items())


def test_the_dead_of_an_attack_s_toll_are_whom_it_struck():
    doc = annotate_text("बुधवार को हमास के हमले में दो इसराइली नागरिक मारे गए।", published="2024-05-02")
    roles = _actors(doc, "ASSAULT")
    assert roles.get("org:hamas") == "source", roles
    assert any(k.startswith("agent:cvl") and r == "target" for k, r in roles.items()), roles


def test_kin_who_appeal_in_a_court_appeal_to_it():
    doc = annotate_text("अमित के पिता ने हाई कोर्ट में अपील की कि जांच सीबीआई को दे दी जाए।", published="2024-05-02")
    roles = _actors(doc, "REQUEST")
    assert roles.get("agent:cvl") == "source", roles
    assert roles.get("agent:jud") == "target", roles


def test_what_was_got_as_an_inheritance_is_no_meeting():
    doc = annotate_text("अर्ल अपने पिता से विरासत में मिले कर्ज का एक हिस्सा चुकाएंगे।", published="2024-05-02")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"], doc["events"]
    doc = annotate_text("मोदी शिखर सम्मेलन में पुतिन से मिले।", published="2024-05-02")
    assert [e for e in doc["events"] if e["type"] == "CONSULT"]


def test_a_name_before_upazila_is_a_place():
    doc = annotate_text("The BSF shot and killed a Bangladeshi girl at Juri upazila of Moulvibazar district on Sunday.",
                        published="2024-05-02")  # fmt: skip
    assert _place(doc, "ASSAULT", "name_en") == "Juri", doc["events"]


def test_off_a_coastal_place_is_where():
    doc = annotate_text("Three fishermen were arrested by the Indian Navy for fishing off Dhanushkodi on Tuesday.",
                        published="2024-05-02")  # fmt: skip
    assert _place(doc, "COERCE", "entity_id") == "city:dhanushkodi", doc["events"]
