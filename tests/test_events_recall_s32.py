"""Missed events by class (#15), session 32: recall on news never seen."""

from __future__ import annotations

from conftest import annotate_text, events_of, roles_of


def test_an_adjective_of_a_stance_before_a_bare_copula_is_the_stance_stated() -> None:
    # "X ... चिंतित है": X is concerned now; the copula after an adjective of a stance tells it, it names nothing
    doc = annotate_text("जर्मनी पूर्वी यूरोप में बढ़ती सैन्य गतिविधियों को लेकर बेहद चिंतित है।", published="2025-03-04")
    got = events_of(doc, "ACCUSE", "concern")
    assert got and roles_of(got[0]).get("country:de") == "source", doc["events"]
    doc = annotate_text("फ्रांस इस मुश्किल घड़ी में यूक्रेन के साथ खड़ा है।", published="2025-03-04")
    got = events_of(doc, "SUPPORT", "solidarity")
    assert got and roles_of(got[0]).get("country:fr") == "source", doc["events"]
    # a noun of an act before the copula still names what something is: no act of its own
    doc = annotate_text("जानकारों के मुताबिक यह कदम संप्रभुता पर सीधा हमला है।", published="2025-03-04")
    assert not events_of(doc, "ASSAULT"), doc["events"]


def test_an_act_told_as_a_reply_is_never_the_act_it_answers() -> None:
    # "जवाबी" before the act (in its noun, or in a participle before it): the two sides' acts stay two
    doc = annotate_text("जापान ने दक्षिण कोरिया पर 20 प्रतिशत टैरिफ लगाया। इसके बाद दक्षिण कोरिया ने जापान पर "
                        "20 प्रतिशत का जवाबी शुल्क लगाया।", published="2025-03-04")  # fmt: skip
    sides = [roles_of(e) for e in events_of(doc, "SANCTION", "tariff")]
    assert {"country:jp": "source", "country:kr": "target"} in sides, sides
    assert {"country:kr": "source", "country:jp": "target"} in sides, sides
    doc = annotate_text("नक्सलियों ने पुलिस दल पर गोलियां चलाईं। पुलिस ने जवाबी कार्रवाई की, जिसमें दो नक्सली घायल हुए।",
                        published="2025-03-04")  # fmt: skip
    assert len(events_of(doc, "ASSAULT")) == 2, doc["events"]


def test_a_weapon_that_comes_or_is_handed_over_is_arms_delivered() -> None:
    # a verb of coming or handing over with a weapon in its clause moves arms: AID/deliver, maker to receiver
    doc = annotate_text("रूस से दो और एस-400 स्क्वाड्रन अगले महीने भारत पहुंचेंगे।", published="2025-03-04")
    got = events_of(doc, "AID", "deliver")
    assert got and roles_of(got[0]) == {"country:ru": "source", "country:in": "target"}, doc["events"]
    doc = annotate_text("फ्रांस ने तीन राफेल विमान भारत को सौंप दिए।", published="2025-03-04")
    assert events_of(doc, "AID", "deliver") and not events_of(doc, "CONCEDE"), doc["events"]
    # a side's own plane or ship abroad (its owner in the genitive or a demonym before it) is no delivery by its maker,
    # nor is a weapon waited for
    for text in ("भारतीय वायुसेना के सी-17 विमान दवाइयां लेकर काठमांडू पहुंचे।", "राफेल के भारत आने का इंतजार लंबा रहा।"):
        doc = annotate_text(text, published="2025-03-04")
        assert not events_of(doc, "AID"), doc["events"]
    # a person who comes is still a visit, and one handed over a return
    doc = annotate_text("रक्षा मंत्री राजनाथ सिंह बुधवार को पेरिस पहुंचे।", published="2025-03-04")
    assert events_of(doc, "CONSULT", "visit") and not events_of(doc, "AID"), doc["events"]


def test_calling_something_biased_or_illegal_criticises_it() -> None:
    doc = annotate_text("ब्राजील ने संयुक्त राष्ट्र की रिपोर्ट को पक्षपातपूर्ण बताया है।", published="2025-03-04")
    got = events_of(doc, "ACCUSE", "criticize")
    assert got and roles_of(got[0]).get("country:br") == "source", doc["events"]
    doc = annotate_text("मिस्र ने इस कब्जे को अवैध करार दिया।", published="2025-03-04")
    assert events_of(doc, "ACCUSE", "criticize"), doc["events"]
