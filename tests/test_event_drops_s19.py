"""Events the lexicon finds but the event stage lost (#15): a question that is only the complement,
a generic actor in a plural the morphology does not make, and acts of one type kept apart.
"""

from __future__ import annotations

from conftest import annotate_text


def _types(doc: dict) -> list[str]:
    return [e["type"] for e in doc["events"]]


def test_a_request_whose_question_is_its_complement_is_an_event():
    # the question mark closes what was asked for, after कि: the asking itself is told
    doc = annotate_text("जापान ने चीन से जवाब मांगा कि उसके जहाज़ सीमा में क्यों घुसे?", published="2024-05-02")
    assert "REQUEST" in _types(doc), doc["events"]
    # a yes/no question asks the whole sentence, the part before कि too
    asked = annotate_text("क्या जापान ने चीन से जवाब मांगा कि उसके जहाज़ सीमा में क्यों घुसे?", published="2024-05-02")
    assert "REQUEST" not in _types(asked), asked["events"]


def test_religious_leaders_in_the_plural_are_an_actor():
    # धर्मगुरु ends in a short u: the morphology now gives its plural (धर्मगुरुओं)
    doc = annotate_text("पटना के धर्मगुरुओं ने सभी लोगों से भाईचारा बनाए रखने की अपील की है।", published="2024-05-02")
    (ev,) = [e for e in doc["events"] if e["type"] == "REQUEST"]
    assert any(a["entity_id"].startswith("agent:rel") and a["role"] == "source" for a in ev["actors"]), ev


def test_a_named_body_before_a_future_verb_is_its_doer():
    # no ने with the future: the bare name the verb agrees with is who releases
    doc = annotate_text("समझौते के तहत हमास, कल सुबह, कैदियों को रिहा करेगा।", published="2024-05-02")
    (ev,) = [e for e in doc["events"] if e["type"] == "CONCEDE"]
    assert {a["entity_id"]: a["role"] for a in ev["actors"]}.get("org:hamas") == "source", ev


def test_meetings_with_different_unknown_people_are_two_meetings():
    # two people the knowledge base does not hold, of one country, each meeting the same minister: two meetings
    doc = annotate_text("रक्षा मंत्री राजनाथ सिंह ने मंगलवार को मलावी के रक्षा मंत्री जॉन कपेला के साथ द्विपक्षीय वार्ता की। "
                        "मलावी के गृह मंत्री बाटर गनबोल्ड ने भी अलग से राजनाथ सिंह के साथ भेंटवार्ता की।",
                        published="2024-05-02")  # fmt: skip
    assert _types(doc).count("CONSULT") == 2, doc["events"]


def test_an_act_told_with_also_is_one_more_act():
    # "पर भी हमला किया": more places attacked, a second attack, not the first one told again
    doc = annotate_text("इज़रायल ने सोमवार को ईरान की तीन सैन्य चौकियों पर हमला किया। इज़रायल ने ईरान के दो बंदरगाहों पर भी "
                        "हमला किया।", published="2024-05-02")  # fmt: skip
    assert _types(doc).count("ASSAULT") == 2, doc["events"]
    # "फिर भी" is "even so": the attack told again
    again = annotate_text("इज़रायल ने सोमवार को ईरान की तीन सैन्य चौकियों पर हमला किया। फिर भी इज़रायल ने ईरान पर हमला किया।",
                          published="2024-05-02")  # fmt: skip
    assert _types(again).count("ASSAULT") == 1, again["events"]


def _sources(doc: dict, typ: str) -> list[tuple[str, str]]:
    (ev,) = [e for e in doc["events"] if e["type"] == typ]
    return [(a["entity_id"], a["via"]) for a in ev["actors"] if a["role"] == "source"]


def test_an_arrest_told_in_the_passive_is_by_the_police_of_its_place():
    # no doer named, none acting before: the police, of the country of the town the clause names
    doc = annotate_text("कानपुर में मंगलवार को चार तस्करों को गिरफ्तार किया गया।", published="2024-05-02")
    assert _sources(doc, "COERCE") == [("agent:cop:in", "usual")], doc["events"]
    # the agency acting in the sentence before is likelier than the usual doer
    told = annotate_text("सीबीआई ने सोमवार को व्यापारी रमेश वर्मा को पूछताछ के लिए बुलाया था। उन्हें बाद में गिरफ्तार कर लिया "
                         "गया।", published="2024-05-02")  # fmt: skip
    assert _sources(told, "COERCE") == [("org:cbi", "carried")], told["events"]


def test_two_verbs_of_one_attack_joined_by_and_are_two_acts():
    # fired in a market, then bombed a police station: two attacks told in one sentence
    doc = annotate_text("उग्रवादियों ने रविवार शाम बाज़ार में फायरिंग की और थाने पर बम से हमला किया।", published="2024-05-02")
    assert _types(doc).count("ASSAULT") == 2, doc["events"]
    # talks joined to talks go on telling one meeting
    talks = annotate_text("नेपाल के विदेश मंत्री ने भारत के विदेश मंत्री से मुलाकात की और व्यापार पर बातचीत की।",
                          published="2024-05-02")  # fmt: skip
    assert _types(talks).count("CONSULT") == 1, talks["events"]
