"""Actors of events (#15), session 30: case frames over names of one sentence, and dropped subjects."""

from __future__ import annotations

from conftest import annotate_text
from conftest import events_of as _events
from conftest import roles_of as _roles


def test_a_summoned_envoy_named_after_his_country_and_office_is_that_country():
    # the envoy's name is one no table knows; the guide codes the envoy's country as the target
    doc = annotate_text("भारत ने सोमवार को नेपाल के कार्यवाहक हाई कमिश्नर रमेश थापा को तलब किया।", published="2024-05-02")
    roles = _roles(_events(doc, "ACCUSE", "summon")[0])
    assert roles == {"country:in": "source", "country:np": "target"}, roles


def test_an_english_envoy_after_a_possessive_and_his_office_is_his_country():
    doc = annotate_text("NEW DELHI - India on Monday summoned Nepal's Acting High Commissioner Ramesh Thapa.",
                        published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "ACCUSE", "summon")[0])
    assert roles == {"country:in": "source", "country:np": "target"}, roles


def test_the_country_before_an_office_and_its_holder_is_no_actor_of_its_own():
    doc = annotate_text("हवाई अड्डे पर प्रधानमंत्री मोदी का स्वागत यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की करेंगे।",
                        published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "CONSULT", "host")[0])
    assert "country:ua" not in roles, roles
    assert roles.get("person:volodymyr-zelenskyy") == "source", roles
    # the whole phrase is the holder's, so he stays a conjunct of a list before it
    doc = annotate_text("पिछले साल जोहानिसबर्ग में प्रधानमंत्री नरेंद्र मोदी और चीन के राष्ट्रपति शी जिनपिंग की मुलाकात "
                        "हुई थी।", published="2024-05-02")  # fmt: skip
    roles = _roles(_events(doc, "CONSULT", "meet")[0])
    assert roles == {"person:narendra-modi": "participant", "person:xi-jinping": "participant"}, roles


def test_an_english_act_after_over_is_the_protest_s_topic_and_of_names_who_suffered_it():
    doc = annotate_text("NEW DELHI - India lodged a strong protest with Nepal on Monday over the killing of two Indian "
                        "fishermen near the border.", published="2024-05-02")  # fmt: skip
    kill = _events(doc, "ASSAULT", "kill")
    assert kill, doc["events"]
    roles = _roles(kill[0])
    assert "country:in" not in roles, roles
    assert any(k.startswith("agent:") and r == "target" for k, r in roles.items()), roles


def test_a_name_before_an_event_noun_with_modifiers_in_an_adjunct_is_that_act_s():
    # "पर" governs the attack told in the adjunct ("के जवाब में"), not the strike the sentence tells
    doc = annotate_text("ईरान ने शनिवार को अपने दूतावास पर संदिग्ध इजराइली हवाई हमले के जवाब में इजराइल पर मिसाइलें "
                        "दागीं।", published="2024-05-02")  # fmt: skip
    strike = [e for e in _events(doc, "ASSAULT", "attack") if _roles(e).get("country:ir") == "source"]
    assert strike, doc["events"]
    roles = _roles(strike[0])
    assert [k for k, r in roles.items() if r == "target"] == ["country:il"], roles
