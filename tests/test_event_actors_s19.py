"""Actors of events (#15): the other side of a one-sided act, and generic actors with a rank."""

from __future__ import annotations

from conftest import annotate_text


def _actors(doc: dict, typ: str) -> dict[str, tuple[str, str]]:
    (ev,) = [e for e in doc["events"] if e["type"] == typ]
    return {a["entity_id"]: (a["role"], a["via"]) for a in ev["actors"]}


def test_rejecting_what_the_other_side_said_answers_that_side():
    # the accusations were Australia's: rejecting them is aimed at Australia, unnamed in the clause
    doc = annotate_text("ऑस्ट्रेलिया की संसद में भारत पर जासूसी के आरोप लगे हैं। भारत सरकार इन दावों को ख़ारिज करती आई है।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "REJECT")
    assert roles.get("country:au", ("",))[0] == "target", roles
    # an act on a thing that nobody said ("हमले की निंदा") still has no other side
    other = annotate_text("जापान ने कल रात हुए धमाके की कड़ी निंदा की।", published="2024-05-02")
    assert not any(r == "target" for r, _ in _actors(other, "ACCUSE").values())


def test_a_remark_objected_to_is_the_other_countrys():
    doc = annotate_text("नेपाल के एक मंत्री ने भारत के बारे में विवादित बात कही। नई दिल्ली में भारतीय राजदूत ने इस टिप्पणी पर "
                        "आपत्ति जताई।", published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:np", ("",))[0] == "target", roles


def test_a_states_forces_firing_told_by_a_noun_fire_at_the_other_side():
    doc = annotate_text("Tension rose on the border between India and Pakistan this week. "
                        "The shelling by Pakistani troops went on for three hours in Uri sector.",
                        published="2024-05-02", language="en")  # fmt: skip
    roles = _actors(doc, "ASSAULT")
    assert roles.get("agent:mil:pk", ("",))[0] == "source", roles
    assert roles.get("country:in", ("",))[0] == "target", roles


def test_a_rank_before_a_generic_actor_keeps_its_owner():
    # "वरिष्ठ" between the pair and the officers: each country's officers, not officers of nowhere
    doc = annotate_text("लद्दाख में भारत और चीन के बीच तनाव है। दोनों देशों के वरिष्ठ सैन्य अधिकारी आज बैठक कर रहे हैं।",
                        published="2024-05-02")  # fmt: skip
    meets = [e for e in doc["events"] if e["type"] == "CONSULT" and "बैठक" in e.get("trigger", "")] or [
        e for e in doc["events"] if e["type"] == "CONSULT"]
    ids = {a["entity_id"] for e in meets for a in e["actors"]}
    assert {"agent:mil:in", "agent:mil:cn"} <= ids or {"country:in", "country:cn"} <= ids, ids
    assert "agent:mil" not in ids, ids
    one = annotate_text("पाकिस्तान के वरिष्ठ अधिकारियों ने भारत की निंदा की।", published="2024-05-02")
    assert _actors(one, "ACCUSE").get("agent:gov:pk", ("",))[0] == "source"


def test_two_sides_joined_by_and_are_both_in_the_clash_however_far_the_first():
    # the first side stands more than 40 characters before the clash; the pair is what counts
    doc = annotate_text("सीमा पर कल तुर्की सैनिकों और सीरियाई सैनिकों में 12 मार्च की सुबह भीषण झड़प हुई।", published="2024-05-02")
    roles = _actors(doc, "ASSAULT")
    assert roles.get("agent:mil:tr", ("",))[0] == "participant", roles
    assert roles.get("agent:mil:sy", ("",))[0] == "participant", roles


def test_an_envoy_summoned_where_the_clause_says_they_serve_is_summoned_by_that_country():
    doc = annotate_text("बीजिंग में कल एक बैठक हुई। चीन में ब्रिटेन के राजदूत को विदेश मंत्रालय में तलब किया गया है।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:cn", ("",))[0] == "source", roles
    assert "country:in" not in roles, roles
    # with no such place the report's own country still summons
    home = annotate_text("पाकिस्तान के उच्चायुक्त को तलब किया गया है।", published="2024-05-02")
    assert _actors(home, "ACCUSE").get("country:in") == ("source", "home")


def test_a_generic_actor_of_no_country_beside_the_same_kind_with_one_is_that_countrys():
    from sambandh.events.merge import _drop_office_agents
    from sambandh.model import Actor

    actors = [Actor("country:in", "source", 0, 4, "country:in", "name"),
              Actor("agent:gov", "target", 40, 48, None, "agent"),  # "एक अधिकारी", told first
              Actor("agent:gov:np", "target", 120, 140, "country:np", "agent")]  # "नेपाली अधिकारियों", retold
    out = [(a.entity_id, a.role, a.start) for a in _drop_office_agents(actors)]
    assert out == [("country:in", "source", 0), ("agent:gov:np", "target", 40)], out
    # in another role they stay two: the police who arrest and the officials arrested
    apart = [Actor("agent:gov", "source", 0, 5, None, "agent"),
             Actor("agent:gov:np", "target", 9, 20, "country:np", "agent")]
    assert len(_drop_office_agents(apart)) == 2


def test_those_killed_in_a_clash_told_by_its_noun_are_its_toll():
    # the clash said again by its noun in the next sentence: its dead are its toll (docs/events.md), one
    # clash with both sides, and the next sentence more evidence of it
    doc = annotate_text("दंतेवाड़ा के जंगल में नक्सलियों और पुलिस के बीच मुठभेड़ हुई। इस मुठभेड़ में तीन नक्सली मारे गए।",
                        published="2024-05-02")  # fmt: skip
    assert not [e for e in doc["events"] if e["mode"] == "kill"], doc["events"]
    (clash,) = [e for e in doc["events"] if e["mode"] == "clash"]
    roles = {a["entity_id"]: a["role"] for a in clash["actors"]}
    assert roles.get("agent:cop") == "participant" and any(e.startswith("agent:reb") for e in roles), roles
    assert len(clash["evidence"]) == 2, clash["evidence"]


def test_a_country_past_the_clause_of_the_act_is_not_its_other_side():
    # Bangladesh is where the people came from, in the next clause; nothing names whom Myanmar refused
    doc = annotate_text("म्यांमार सरकार ने इन लोगों को नागरिकता देने से इनकार कर दिया है और इन्हें बांग्लादेश से आए "
                        "अवैध प्रवासी बताया है।", published="2024-05-02")  # fmt: skip
    rejects = [e for e in doc["events"] if e["type"] == "REJECT"]
    assert rejects, doc["events"]
    assert not any(a["entity_id"] == "country:bd" for e in rejects for a in e["actors"]), rejects


def test_a_protest_lodged_with_a_foreign_envoy_by_no_one_named_is_the_home_countrys():
    doc = annotate_text("New Delhi: The Chinese ambassador was issued a strong demarche on Monday over the border "
                        "incident.", published="2024-05-02", language="en")  # fmt: skip
    roles = _actors(doc, "ACCUSE")
    assert roles.get("country:in") == ("source", "home"), roles
    assert roles.get("agent:dip:cn", ("",))[0] == "target", roles


def test_an_act_denied_with_nobody_in_it_is_no_event():
    # "no compromise will be made on security": a stance, with no one who signs or agrees
    doc = annotate_text("सरकार के सूत्रों ने साफ कहा कि देश की सुरक्षा के सवाल पर कोई समझौता नहीं किया जाएगा।",
                        published="2024-05-02")  # fmt: skip
    assert not [e for e in doc["events"] if e["type"] == "AGREE"], doc["events"]
    # a denial with its actors named stays an event: Nepal and Bhutan did not sign
    named = annotate_text("नेपाल और भूटान ने कल व्यापार समझौते पर हस्ताक्षर नहीं किए।", published="2024-05-02")
    assert named["events"], named


def test_a_threat_of_an_act_is_aimed_at_whom_that_act_would_fall_on():
    # the threatened side is named with the threatened act's postposition, not with "को"; a sentence before
    # about that side keeps the nearest-country fallback from finding it by chance
    doc = annotate_text("मार्च में ईरान ने इराक़ के साथ समझौता किया। इसके बाद अमरीका ने ईरान पर हमले की धमकी दी थी।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "THREATEN")
    assert roles.get("country:ir", ("",))[0] == "target", roles
    other = annotate_text("मार्च में ईरान ने इराक़ के साथ समझौता किया। इसके बाद अमरीका ने ईरान के ख़िलाफ़ प्रतिबंध लगाने की "
                          "चेतावनी दी।", published="2024-05-02")  # fmt: skip
    assert _actors(other, "THREATEN").get("country:ir", ("",))[0] == "target"


def test_a_where_between_the_victims_genitive_and_the_killing_keeps_the_victim():
    # "X की <where> हत्या": the place (or a court before which it happened) is neither the victim nor in the way
    for where in ("दिल्ली में", "दिल्ली हाई कोर्ट के सामने"):
        doc = annotate_text(f"जुलाई में पत्रकार राकेश शर्मा की {where} हत्या कर दी गई।", published="2024-05-02")
        roles = _actors(doc, "ASSAULT")
        victims = [e for e, (r, _) in roles.items() if r == "target"]
        assert len(victims) == 1 and victims[0].startswith(("new:person:", "person:")), roles


def test_a_charge_is_against_the_one_acting_through_ki_taraf_se():
    # "की तरफ़ से" marks who acts, as "की ओर से" does: the charge is against that side
    for pp in ("की तरफ़ से", "की तरफ से"):
        doc = annotate_text(f"विपक्षी दलों का आरोप है कि भारत सरकार {pp} किसानों को मदद नहीं मिली।", published="2024-05-02")
        assert _actors(doc, "ACCUSE").get("agent:gov:in", ("",))[0] == "target", pp


def test_the_side_a_named_doer_acts_for_is_not_a_second_doer():
    # "X की ओर से <office> Y ने": Y acts on X's behalf; with no ने subject, X itself is the doer
    doc = annotate_text("सरकार की ओर से प्रमुख वार्ताकार रमेश शर्मा ने विद्रोहियों से हिंसा रोकने की अपील की।",
                        published="2024-05-02")  # fmt: skip
    roles = _actors(doc, "REQUEST")
    assert "agent:gov" not in roles and any(r == "source" for r, _ in roles.values()), roles
    alone = annotate_text("सरकार की तरफ़ से विद्रोहियों से हिंसा रोकने की अपील की गई।", published="2024-05-02")
    assert _actors(alone, "REQUEST").get("agent:gov", ("",))[0] == "source"


def test_a_request_is_aimed_at_its_addressee_not_at_whom_the_asked_act_is_for():
    # "से" names who is asked; the "को" after it is the one the asked-for payment goes to
    doc = annotate_text("अदालत ने बिहार सरकार से रमेश शर्मा को मुआवजा देने के लिए कहा है।", published="2024-05-02")
    targets = [e for e, (r, _) in _actors(doc, "REQUEST").items() if r == "target"]
    assert targets and all(e.startswith("agent:gov") for e in targets), targets


def test_a_refusal_to_give_is_aimed_at_whom_it_is_not_given():
    # the को phrase of the refused giving, even before the doer, is the one rejected; none without it
    for text in ("राकेश शर्मा को भारत सरकार ने वीज़ा देने से इनकार कर दिया।",
                 "भारत सरकार ने सीता देवी को पासपोर्ट देने से इनकार कर दिया।"):  # fmt: skip
        roles = _actors(annotate_text(text, published="2024-05-02"), "REJECT")
        assert any(r == "target" and e.startswith("new:person:") for e, (r, _) in roles.items()), roles


def test_the_accused_of_a_charged_act_is_its_doer():
    # "X पर Y पर <act> करने का आरोप है": the first पर phrase is who is charged, the second the act's target
    roles = _actors(annotate_text("पुलिस के मुताबिक राकेश शर्मा पर एक पुलिस स्टेशन पर हमला करने का आरोप है।",
                                  published="2024-05-02"), "ASSAULT")  # fmt: skip
    assert any(r == "source" and e.startswith("new:person:") for e, (r, _) in roles.items()), roles
    assert roles.get("agent:cop", ("",))[0] == "target", roles


def test_a_passive_said_in_a_document_is_its_owners_act():
    # "X की रिपोर्ट में ... निंदा की गई है": the report's owner condemns; no one acting just before
    doc = annotate_text("मार्च में आई संयुक्त राष्ट्र की रिपोर्ट में सेना की कार्रवाई की कड़ी निंदा की गई है।",
                        published="2024-05-02")  # fmt: skip
    assert _actors(doc, "ACCUSE").get("org:un", ("",))[0] == "source"
