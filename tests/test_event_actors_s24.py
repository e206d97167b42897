"""Actors of events (#15), session 24: talks whose only named side is the one met take the subject Hindi
dropped, and a place right before a generic body in a list of doers is that body's modifier."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str, nth: int = 0) -> dict[str, str]:
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert len(evs) > nth, [e["type"] for e in doc["events"]]
    return {a["entity_id"]: a["role"] for a in evs[nth]["actors"]}


def test_talks_with_only_the_one_met_take_the_subject_of_the_sentence_before():
    # the second sentence names only Iran's president; who talked with him is the minister of the first
    doc = annotate_text("रक्षा मंत्री राजनाथ सिंह ने बुधवार को किंगदाओ में भाषण दिया। बाद में ईरान के राष्ट्रपति से भी "
                        "बातचीत की।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "CONSULT")
    assert roles.get("person:rajnath-singh") == "participant", roles
    assert roles.get("country:ir") == "participant", roles


def test_talks_after_a_meeting_take_its_subject_not_the_one_it_met():
    doc = annotate_text("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को पुतिन से मुलाकात की। इसके बाद ईरान के राष्ट्रपति से भी "
                        "बातचीत की।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "CONSULT", 1)
    assert roles.get("person:narendra-modi") == "participant", roles
    assert "person:vladimir-putin" not in roles, roles


def test_a_meeting_noun_whose_subject_follows_it_takes_no_earlier_doer():
    # "X के साथ बैठक में, Y ने कहा": the noun's other side is the speaker after it, not the earlier subject
    doc = annotate_text("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को भाषण दिया। पुतिन के साथ बैठक में, जयशंकर ने कहा कि "
                        "शांति जरूरी है।", published="2024-05-02")  # fmt: skip
    for ev in doc["events"]:
        if ev["type"] == "CONSULT":
            assert "person:narendra-modi" not in {a["entity_id"] for a in ev["actors"]}, ev["actors"]


def test_talks_with_a_subject_of_their_own_keep_it():
    doc = annotate_text("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को भाषण दिया। जयशंकर ने ईरान के राष्ट्रपति से बातचीत की।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "CONSULT")
    assert roles.get("person:s-jaishankar") == "participant", roles
    assert "person:narendra-modi" not in roles, roles


def test_a_state_before_its_government_in_a_list_of_doers_is_no_conjunct():
    # "बिहार सरकार": the state says whose government it is; the parties before it keep the ergative
    doc = annotate_text("कांग्रेस, भाजपा और बिहार सरकार ने इस फैसले की निंदा की।", published="2024-05-02")
    roles = _actors(doc, "ACCUSE")
    assert roles.get("org:inc") == "source", roles
    assert roles.get("org:bjp") == "source", roles
    assert roles.get("agent:gov:in") == "source", roles
    assert "region:bihar" not in roles, roles


def test_a_city_before_its_police_gives_the_police_its_country():
    doc = annotate_text("ढाका पुलिस और सेना ने प्रदर्शनकारियों को गिरफ्तार किया।", published="2024-05-02")
    roles = _actors(doc, "COERCE")
    assert roles.get("agent:cop:bd") == "source", roles
    assert roles.get("agent:mil") == "source", roles
    assert roles.get("agent:cvl") == "target", roles


def test_a_city_before_an_envoy_is_where_he_serves_not_whose_he_is():
    doc = annotate_text("ढाका उच्चायुक्त ने इस हमले की कड़ी निंदा की।", published="2024-05-02")
    roles = _actors(doc, "ACCUSE")
    assert "agent:dip:bd" not in roles, roles
    assert roles.get("agent:dip") == "source", roles


def test_a_task_handed_over_is_no_concession():
    doc = annotate_text("अहमदाबाद अपराध शाखा को इस मामले की जांच सौंपी गई।", published="2024-05-02")
    assert not [e for e in doc["events"] if e["type"] in ("CONCEDE", "AID")], doc["events"]


def test_prisoners_handed_over_are_still_a_release():
    doc = annotate_text("पाकिस्तान ने भारतीय मछुआरों को भारत को सौंप दिया।", published="2024-05-02")
    assert [e for e in doc["events"] if e["type"] in ("CONCEDE", "AID")], doc["events"]


def test_a_reply_that_opens_its_sentence_with_this_is_aimed_at_who_fired():
    # "इस पर" at the sentence's start is "in answer", like anywhere else in it, not "on" a place
    doc = annotate_text("सीमा पर शुक्रवार को पाकिस्तानी सेना ने संघर्ष विराम का उल्लंघन करते हुए गोलीबारी की। इस पर भारतीय "
                        "सेना ने भी जवाबी कार्रवाई की।", published="2024-05-02")  # fmt: skip
    replies = [e for e in doc["events"] if e["type"] == "ASSAULT" and any(
        a["entity_id"] == "org:in-army" and a["role"] == "source" for a in e["actors"])]
    assert replies, doc["events"]
    assert {"org:pk-army": "target"}.items() <= {a["entity_id"]: a["role"] for a in replies[0]["actors"]}.items()


def test_the_office_of_several_countries_is_each_countrys_holder():
    # "the prime ministers of India and Nepal": the two office holders, whom the text names in its next sentence
    doc = annotate_text("भारत और नेपाल के प्रधानमंत्रियों ने सीमा पर नई सड़कें बनाने का संकल्प लिया। बातचीत से पहले भारत के "
                        "प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री पुष्प कमल दहल प्रचंड का स्वागत किया।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "AGREE")
    assert {"person:narendra-modi", "person:pushpa-kamal-dahal"} <= roles.keys(), roles


def test_the_office_of_several_countries_with_no_holder_named_is_each_country():
    doc = annotate_text("भारत और चीन के विदेश मंत्रियों ने सीमा विवाद पर बातचीत की।", published="2024-05-02")
    roles = _actors(doc, "CONSULT")
    assert roles == {"country:in": "participant", "country:cn": "participant"}, roles


def test_the_two_countries_ministers_are_their_holders_not_the_last_pair_acting():
    # the visit before makes Rajnath Singh and the United States the last pair; the meeting is of the two ministers
    doc = annotate_text("भारत के रक्षा मंत्री राजनाथ सिंह ने कहा कि सहयोग जरूरी है। अमेरिकी रक्षा मंत्री लॉयड ऑस्टिन के "
                        "निमंत्रण पर राजनाथ सिंह अमेरिका जा रहे हैं, जहाँ दोनों देशों के रक्षा मंत्रियों की मीटिंग भी होगी।",
                        published="2024-05-02")  # fmt: skip
    meets = [e for e in doc["events"] if (e["type"], e["mode"]) == ("CONSULT", "meet")]
    assert meets, doc["events"]
    ids = {a["entity_id"] for a in meets[-1]["actors"]}
    assert {"person:rajnath-singh", "person:lloyd-austin"} <= ids, ids
    assert "country:us" not in ids, ids


def test_talks_told_in_someone_elses_words_take_no_doer_of_the_sentence_before():
    # the farmers of the first sentence do not meet the home minister; the chief minister (an office the
    # coder does not resolve here) does
    doc = annotate_text("सोमवार को बस्तर जिले में सैकड़ों किसानों ने धरना दिया। अधिकारी ने कहा कि मुख्यमंत्री अगले सप्ताह "
                        "गृह मंत्री अमित शाह से मुलाकात करेंगे।", published="2024-03-12")  # fmt: skip
    ids = {a["entity_id"] for e in doc["events"] if e["type"] == "CONSULT" for a in e["actors"]}
    assert not any(i.startswith("agent:agr") for i in ids), ids


def test_force_used_on_no_one_named_falls_on_the_crowd_told_before():
    doc = annotate_text("बुधवार को सैकड़ों छात्रों ने विश्वविद्यालय के बाहर प्रदर्शन किया। इसके बाद पुलिस ने लाठीचार्ज किया।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert roles == {"agent:cop": "source", "agent:edu": "target"}, roles


def test_a_crowd_at_a_named_place_is_still_the_crowd():
    doc = annotate_text("इधर, सिंघु बॉर्डर से भी किसानों ने दिल्ली के लिए कूच किया। सिंघु बॉर्डर पर किसान आगे बढ़ने लगे, "
                        "जिसके बाद पुलिस ने आंसू गैस के गोले दागे।", published="2024-05-02")  # fmt: skip
    assert _actors(doc, "COERCE").get("agent:agr") == "target"


def test_an_operation_after_an_attack_by_militants_takes_no_crowd():
    doc = annotate_text("बुधवार को आतंकियों ने सेना के शिविर पर हमला किया। इसके बाद पुलिस ने इलाके में तलाशी अभियान चलाया।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "COERCE")
    assert roles == {"agent:cop": "source"}, roles
