"""Missed events by class (#15), session 29: the visitor Hindi names around a visit's words."""

from __future__ import annotations

from conftest import annotate_text


def _visits(text: str) -> list[set[str]]:
    doc = annotate_text(text, published="2025-03-04")
    return [{a["entity_id"] for a in e["actors"]} for e in doc["events"] if e["mode"] == "visit"]


def test_the_participle_of_arriving_before_an_office_and_a_name_is_that_persons_visit() -> None:
    # the office (and a title) stand between the participle and the name it qualifies
    visits = _visits("सोमवार को टोक्यो पहुंचे रक्षा मंत्री राजनाथ सिंह ने जापानी अधिकारियों से बात की।")
    assert {"person:rajnath-singh", "country:jp"} in visits, visits
    visits = _visits("दो दिन की यात्रा पर बर्लिन पहुंचे थल सेना प्रमुख जनरल मनोज पांडे ने भाषण दिया।")
    assert {"person:manoj-pande", "country:de"} in visits, visits
    # a word between that is no office keeps them apart: the city is reached by no one named
    assert not _visits("सोमवार को टोक्यो पहुंचे और फिर राजनाथ सिंह ने भाषण दिया।")


def test_a_person_in_the_genitive_of_a_visits_noun_is_the_visitor() -> None:
    visits = _visits("व्लादिमीर पुतिन के भारत दौरे के दौरान कई समझौतों पर हस्ताक्षर होंगे।")
    assert {"person:vladimir-putin", "country:in"} in visits, visits
    visits = _visits("शी चिनफिंग की ब्राज़ील यात्रा के दौरान दोनों देशों में व्यापार पर बात होगी।")
    assert any("person:xi-jinping" in v for v in visits), visits


def _events(text: str) -> list[tuple[str, str, set[str]]]:
    doc = annotate_text(text, published="2025-03-04")
    return [(e["type"], e["mode"], {f"{a['role']}:{a['entity_id']}" for a in e["actors"]}) for e in doc["events"]]


def test_a_fronted_object_puts_the_doer_between_the_noun_and_its_light_verb() -> None:
    # the ergative doer between the noun and its verb ("X की मेजबानी Y ने की"): hosting, not an invitation to talks
    got = _events("पिछले साल शिखर सम्मेलन की मेजबानी जापान ने की थी।")
    assert any(t == "CONSULT" and m == "host" and "source:country:jp" in a for t, m, a in got), got
    assert not any(t == "REQUEST" for t, _, _ in got), got
    got = _events("चीन ने भारत पर आरोप लगाए, जिसकी निंदा अमेरिका ने की।")
    assert any(t == "ACCUSE" and m == "condemn" and "source:country:us" in a for t, m, a in got), got
    # the subject of a future between them ("X का स्वागत Y करेंगे")
    got = _events("हवाई अड्डे पर नरेंद्र मोदी का स्वागत जापान के प्रधानमंत्री करेंगे।")
    assert any(t == "CONSULT" and m == "host" for t, m, _ in got), got
    # not when a case marker opens the words between or marks one inside: an inquiry into the attack, calls collected
    assert not [e for e in _events("सीमा पर हमले की जांच पुलिस करेगी।") if e[0] == "ASSAULT"]
    # an attack told as having happened is one (session 37), but the police are not its doers
    assert not [e for e in _events("सीमा पर हुए हमले की जांच पुलिस करेगी।")
                if e[0] == "ASSAULT" and any("cop" in a for a in e[2])]
    assert not [e for e in _events("अदालत ने नागरिकों के फोन कॉल्स को इकट्ठा किए जाने को अवैध बताया।")
                if e[1] == "phone"]  # fmt: skip
