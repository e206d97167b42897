"""Predicate classes added from Hindi news nobody tuned on (session 19): each sentence is our own."""

from __future__ import annotations

import pytest
from conftest import predicates_in

from sambandh.lexicon import load_lexicon
from sambandh.normalize import normalize


def _found(sentence: str) -> list[tuple[str, str, set[str]]]:
    """(type, mode, features) of every predicate the shipped Hindi lexicon finds in ``sentence``."""
    return [(m.entry.type, m.entry.mode, m.features) for _w, m in predicates_in(sentence, "hi")]


@pytest.mark.parametrize(
    ("sentence", "type_", "mode"),
    [
        # the ceasefire written as two words, or as one
        ("सरकार ने पूरे इलाके में युद्ध विराम लागू किया।", "AGREE", "ceasefire"),
        ("सेना ने एक बार फिर युद्ध विराम का उल्लंघन किया।", "ASSAULT", "ceasefire_violation"),
        ("उत्तरी मोर्चे पर संघर्षविराम लागू हो गया।", "AGREE", "ceasefire"),
        # approving an agreement
        ("सीनेट ने जल बंटवारे की संधि का अनुमोदन किया।", "AGREE", "agree"),
        # strikes named by their weapon
        ("वायु सेना ने सीमा पार ठिकानों पर ड्रोन स्ट्राइक की।", "ASSAULT", "attack"),
        ("रात में हुई मिसाइल स्ट्राइक के बाद शहर की बिजली चली गई।", "ASSAULT", "attack"),
        # blocking a road, protest and warning in English loans
        ("नाराज किसानों ने राष्ट्रीय राजमार्ग को जाम कर दिया।", "PROTEST", "blockade"),
        ("छात्रों ने परिसर के बाहर प्रोटेस्ट किया।", "PROTEST", "demonstrate"),
        ("तटरक्षक बल ने मछुआरों को वार्निंग दी।", "THREATEN", "warn"),
        # what is imposed is also declared or put in force
        ("मंत्रालय ने निर्यात पर नई पाबंदियां घोषित कीं।", "SANCTION", "sanction"),
        ("प्रशासन ने कस्बे में कर्फ्यू घोषित कर दिया।", "COERCE", "operation"),
        # aid is also sent or stepped up
        ("जापान ने बाढ़ पीड़ितों के लिए मानवीय सहायता भेजी।", "AID", "humanitarian"),
        ("यूरोपीय संघ ने शरणार्थियों के लिए आर्थिक सहायता बढ़ा दी।", "AID", "economic"),
        # welcoming a decision is praise
        ("विपक्ष ने अदालत के फैसले का स्वागत किया।", "SUPPORT", "praise"),
        # taking to a protest, a formal meeting, a fine
        ("वेतन न मिलने पर सफाई कर्मचारी हड़ताल पर उतर आए।", "PROTEST", "strike"),
        ("अभिभावक फीस बढ़ोतरी के खिलाफ प्रदर्शन पर उतरे।", "PROTEST", "demonstrate"),
        ("राज्यपाल ने राजदूत के साथ भेंटवार्ता की।", "CONSULT", "meet"),
        ("नियामक ने बैंक पर भारी जुर्माना लगाया।", "COERCE", "sentence"),
        # filing with a court (दाखिल as दायर), a bomb blast in the English loan
        ("किसान संघ ने नए कानून के खिलाफ याचिका दाखिल की।", "ACCUSE", "sue"),
        ("स्टेशन के पास बम ब्लास्ट हुआ।", "ASSAULT", "terror"),
        # an adverb between the noun and its light verb
        ("वाशिंगटन ने उस बैंक पर प्रतिबंध दोबारा लगाए।", "SANCTION", "sanction"),
    ],
)
def test_class_is_found(sentence: str, type_: str, mode: str) -> None:
    assert (type_, mode) in {(t, m) for t, m, _ in _found(sentence)}


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("सभी मछुआरों को शाम तक रिहा कर दिया गया।", "CONCEDE"),
        ("दो संदिग्धों को हवाई अड्डे पर गिरफ्तार कर लिया गया।", "COERCE"),
    ],
)
def test_compound_passive_is_passive(sentence: str, type_: str) -> None:
    """A compound verb (रिहा कर दिया) followed by जाना is passive, as a simple perfective is."""
    feats = [f for t, _, f in _found(sentence) if t == type_]
    assert feats and "passive" in feats[0]


def test_compound_active_is_not_passive() -> None:
    feats = [f for t, _, f in _found("अदालत ने पत्रकार को रिहा कर दिया।") if t == "CONCEDE"]
    assert feats and "passive" not in feats[0]


def test_approving_an_agreement_needs_no_actor() -> None:
    """"X ने समझौते को मंजूरी दी" agrees to the agreement; मंजूरी + देना alone needs an actor in the dative."""
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize("संसद ने पड़ोसी देश के साथ हुए व्यापार समझौते को मंजूरी दे दी।")
    agree = [m for m in lex.find(text) if m.entry.type == "AGREE" and not m.entry.required]
    assert any(text[m.start : m.end].startswith("समझौते को") for m in agree)


def test_welcoming_a_person_stays_a_reception() -> None:
    """Only a decision's noun makes a welcome praise; a visitor welcomed is still a reception."""
    found = {(t, m) for t, m, _ in _found("राज्यपाल ने हवाई अड्डे पर मेहमान राष्ट्रपति का स्वागत किया।")}
    assert ("CONSULT", "host") in found and ("SUPPORT", "praise") not in found


def test_high_alert_takes_its_verb() -> None:
    """"हाई अलर्ट जारी किया" is issued as "अलर्ट जारी किया" is: the verb group (tense, voice) is the alert's."""
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize("तटीय जिलों में हाई अलर्ट जारी कर दिया गया।")
    spans = [text[m.start : m.end] for m in lex.find(text) if m.entry.type == "MOBILIZE"]
    assert any("अलर्ट जारी" in s for s in spans)


@pytest.mark.parametrize("verb", ["कहा", "ट्वीट किया", "पोस्ट किया"])
def test_a_post_reports_as_saying_does(verb: str) -> None:
    """"X ने ट्वीट किया कि उन्होंने ..." is X's report: the pronoun after it is X, as after कहा."""
    from conftest import annotate_text

    text = f"नई दिल्ली। विदेश मंत्री एस जयशंकर ने {verb} कि उन्होंने रूस के विदेश मंत्री सर्गेई लावरोव से मुलाकात की।"
    doc = annotate_text(text, published="2024-03-05")
    meets = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert meets and "person:s-jaishankar" in {a["entity_id"] for a in meets[0]["actors"]}


@pytest.mark.parametrize(
    ("sentence", "type_", "mode"),
    [
        # a noun fused with its verb inflects as any noun: "छापा मारना" in the plural, not "मारे" (killed)
        ("जांच एजेंसी ने तीन शहरों में छापे मारे।", "COERCE", "raid"),
        ("अमेरिका ने खाड़ी में और सेनाएं भेजीं।", "MOBILIZE", "deploy"),
        # a raid (loan) is also put in or struck
        ("टीम ने गोदाम पर रेड डाली।", "COERCE", "raid"),
    ],
)
def test_fused_noun_inflects(sentence: str, type_: str, mode: str) -> None:
    found = {(t, m) for t, m, _ in _found(sentence)}
    assert (type_, mode) in found and ("ASSAULT", "kill") not in found


def test_inceptive_is_a_finite_act() -> None:
    """"पीछे हटने लगे" (began to pull back) is the act under way, not an infinitive; लगेंगे makes it future."""
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize("सीमा से दोनों सेनाएं पीछे हटने लगीं।")
    ms = [m for m in lex.find(text) if m.entry.type == "RETREAT"]
    assert ms and ms[0].form == "pfv"
    text = normalize("कल से दोनों सेनाएं पीछे हटने लगेंगी।")
    ms = [m for m in lex.find(text) if m.entry.type == "RETREAT"]
    assert ms and ms[0].form == "fut"


def test_fronted_light_verb_after_a_distant_subject() -> None:
    """Headline order with the subject further back: "X ने ... किया गिरफ्तार" is an arrest by X."""
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize("सीमा सुरक्षा बल ने दो तस्करों को सीमा के पास किया गिरफ्तार।")
    assert [m.form for m in lex.find(text) if m.entry.type == "COERCE"] == ["pfv"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # हुए is a participle here: होना takes no ergative, so the ergative far back is not its subject
        ("मंत्री ने अपने भाषण में हाल ही में हुए हमले का जिक्र किया।", "ASSAULT"),
        # a की may be a genitive: fronted only right after the ergative
        ("विपक्ष ने सरकार की निंदा पर ध्यान दिलाया।", "ACCUSE"),
    ],
)
def test_no_fronted_verb_from_a_participle_or_a_genitive(sentence: str, type_: str) -> None:
    lex = load_lexicon("hi")
    assert lex is not None
    text = normalize(sentence)
    assert not [m for m in lex.find(text) if m.entry.type == type_ and m.form == "pfv"]


def _forms(sentence: str, type_: str) -> list[str]:
    """The verb forms of the predicates of ``type_`` the shipped Hindi lexicon finds in ``sentence``."""
    lex = load_lexicon("hi")
    assert lex is not None
    return [m.form for m in lex.find(normalize(sentence)) if m.entry.type == type_]


def test_fronted_light_verb_after_a_far_subject() -> None:
    # nine words between the ergative subject and the verb moved before its noun
    assert _forms("थाना पुलिस ने बीती रात पुराने बाजार के पास से तीन संदिग्ध किए गिरफ्तार", "COERCE") == ["pfv"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # headlines with no subject, the verb right after its object's or partner's case marker
        ("जंगल में हुई मुठभेड़ के बाद चार हथियारबंद लुटेरों को किया गिरफ्तार", "COERCE"),
        ("सीमा पर तीन घुसपैठियों को किया ढेर, तलाशी जारी", "ASSAULT"),
        ("प्रधानमंत्री ने दौरे के दूसरे दिन राष्ट्रपति डॉ. सेन से की मुलाकात", "CONSULT"),
    ],
)
def test_fronted_light_verb_after_a_case_marker(sentence: str, type_: str) -> None:
    assert "pfv" in _forms(sentence, type_)


def test_no_fronted_verb_from_a_participle_after_a_case_marker() -> None:
    # दी गई is a participle: the aid is spoken of, not given in this clause (a guard, not a new rule)
    assert "pfv" not in _forms("गांव वालों को दी गई राहत सामग्री की जांच होगी", "AID")


def test_no_fronted_verb_after_a_genitive() -> None:
    # के लिए is a postposition, not a fronted लेना ("निशाने पर लेना")
    assert _forms("मेहमानों को खुश रखने के लिए वह हमेशा सबके निशाने पर रहता था।", "ACCUSE") == []


def test_no_fronted_verb_on_a_genitive_noun() -> None:
    # the fronted की belongs to the talks further on, not to the summit named in their genitive
    assert _forms("मंत्री ने राजदूत से की शिखर सम्मेलन के आयोजन पर चर्चा", "CONSULT")[0] == "nominal"


def test_short_u_noun_has_plural() -> None:
    from sambandh.lexicon import LANG_DIR, HindiMorphology

    morph = HindiMorphology.load(LANG_DIR / "hi")
    assert "गुरुओं" in morph.noun_forms("गुरु")
    assert "साधुओं" in morph.noun_forms("साधु")
    assert "धर्मगुरुओं" in morph.noun_forms("धर्मगुरू")


def test_short_u_agent_has_plural() -> None:
    from sambandh.lexicon import load_agents

    text = "मेले में आए साधुओं ने प्रशासन से शिकायत की।"
    found = [text[s:e] for s, e, _ in load_agents("hi").find(text, 0, len(text))]
    assert "साधुओं" in found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # approving with the participle अनुमोदित, as with मंजूरी देना
        ("राज्यसभा द्वारा व्यापार संधि को अनुमोदित किया गया।", "AGREE"),
        # pulling troops or equipment back
        ("दोनों पक्षों ने अग्रिम चौकियों से अपने टैंक वापस खींच लिए।", "RETREAT"),
    ],
)
def test_approving_and_pulling_back_are_found(sentence: str, type_: str) -> None:
    assert _forms(sentence, type_)


def test_for_does_not_part_a_fronted_verb_from_its_subject() -> None:
    # के लिए is the postposition "for", no verb between the subject and the verb fronted before its noun
    assert "pfv" in _forms("जापान ने भूकंप पीड़ितों के लिए दी आर्थिक सहायता", "AID")


def test_for_is_no_fronted_verb_after_a_far_subject() -> None:
    # the लिए of के लिए is not लेना fronted before "निशाने पर (लेना)"
    assert _forms("कलाकार ने दर्शकों को हंसाने के लिए खुद को सबके निशाने पर रखा।", "ACCUSE") == []
