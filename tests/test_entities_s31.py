"""Entity rules of session 31 (issue #16: people, bodies and places on news from outlets we have never
seen): more cues and an aside in brackets between an office and the name, the words that spell out a
listed acronym in brackets, US states, bodies by class, storms, a listed Latin name the tokenizer kept with
its full stop, explainer credits as chrome, news media as no party to a meeting. Sentences written for these tests."""

import pytest
from conftest import annotate_text, linked_mentions

from sambandh.clean import clean_article
from sambandh.model import Article


def labelled(rec, text):
    return [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]


def ids(rec, text):
    return {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}


@pytest.mark.parametrize(("text", "name", "label"), [
    # a counterpart of the other side
    ("सचिव ने अपनी समकक्ष तेनज़िन लोदरो चोफेल के साथ बातचीत की।", "तेनज़िन लोदरो चोफेल", "PERSON"),
    # the other spelling of डॉक्टर
    ("डाक्टर ओरवान मिज़ाली को अदालत ने बरी कर दिया।", "ओरवान मिज़ाली", "PERSON"),
    # offices in the plural, then two name words
    ("देश के मंत्रियों तोरवान सिलेका और कवीरा दुन्तामो ने खेप ली।", "तोरवान सिलेका", "PERSON"),
    # a bracketed aside between the rank and the name
    ("ब्रिगेडियर (सेवानिवृत्त) ज़ुबैर कासवी को सज़ा सुनाई गई।", "ज़ुबैर कासवी", "PERSON"),
    # an acronym in brackets between the office and the name
    ("Its National Security Advisor (NSA) Torvel Makuno said so.", "Torvel Makuno", "PERSON"),
    ("उनके राष्ट्रीय सुरक्षा सलाहकार (एनएसए) तोरवेल माकुनो ने दावा किया।", "तोरवेल माकुनो", "PERSON"),
    # a storm named after the word for it
    ("राहत सामग्री चक्रवात ओरमीला से प्रभावित इलाकों में भेजी गई।", "चक्रवात ओरमीला", "EVENT"),
    ("Cyclone Tarvesh hit the coast on Friday.", "Cyclone Tarvesh", "EVENT"),
    # US states, by their usual Hindi spellings
    ("दोनों नेताओं की मुलाकात अलास्का में हुई।", "अलास्का", "GPE"),
    ("राष्ट्रपति ने फ्लोरिडा में पत्रकारों से कहा।", "फ्लोरिडा", "GPE"),
    # bodies of the new classes
    ("एक अधिकारी ने बीबीसी को यह जानकारी दी।", "बीबीसी", "ORG"),
    ("हमले के पीछे हक्कानी नेटवर्क का हाथ बताया गया।", "हक्कानी नेटवर्क", "ORG"),
])
def test_names_of_the_new_cues_and_tables_are_found(rec, text, name, label):
    assert (name, label) in labelled(rec, text), labelled(rec, text)


def test_an_everyday_adjective_is_no_cue(rec):
    # "प्रमुख" is also "leading": what follows is a company, no person
    text = "यह देश की प्रमुख आवास वित्त कंपनी के रूप में जानी जाती है।"
    assert not [s for s, label in labelled(rec, text) if label == "PERSON"], labelled(rec, text)


def test_the_words_before_a_listed_acronym_in_brackets_are_its_name(rec):
    text = "सेना ने कहा कि इज़राइली रक्षा बलों (IDF) को तैयार रहने का आदेश मिला।"
    got = ids(rec, text)
    assert got.get("इज़राइली रक्षा बलों") == got.get("IDF") == "org:idf", got
    # back to the postposition only: "के लिए" is no part of the name
    text = "संगठन ने विकास के लिए अमेरिकी एजेंसी (यूएसएड) की मदद ली।"
    got = ids(rec, text)
    assert got.get("अमेरिकी एजेंसी") == "org:usaid" and not [k for k in got if "लिए" in k], got


def test_a_listed_latin_name_kept_with_its_full_stop_is_found(rec):
    text = "Shells fell on two posts along the LoC. Nobody was hurt."
    assert ("LoC", "LOC") in labelled(rec, text), labelled(rec, text)
    assert ("LAC", "LOC") in labelled(rec, "Both armies pulled back from the LAC. Talks go on."), "LAC"
    # initials and a person's title stay what they were
    assert not [s for s, _ in labelled(rec, "She met Dr. Varsani in Mumbai.") if s == "Dr"]
    assert not [s for s, _ in labelled(rec, "Officials of the U.S. met in Doha.") if s.startswith("U.S")]


def test_explainer_credits_and_follow_calls_are_chrome():
    body = "चीन ने ताइवान के पास सैन्य अभ्यास शुरू किया है और अमेरिका ने इस पर चिंता जताई है।"
    raw = "\n\n".join([
        body,
        "एडिटिंगः ओरवान सिलेका",
        "बीबीसी के लिए कलेक्टिव न्यूज़रूम की ओर से प्रकाशित",
        "(आप हमें फ़ेसबुक, ट्विटर और यूट्यूब पर फ़ॉलो भी कर सकते हैं.)",
    ])
    text = clean_article(Article(source="t", raw=raw, raw_hash="h")).text
    assert "सैन्य अभ्यास" in text
    assert "ओरवान" not in text and "कलेक्टिव" not in text and "फ़ॉलो" not in text, text


def test_talking_to_a_listed_medium_is_no_meeting():
    doc = annotate_text("बीबीसी से बातचीत में पाकिस्तान के विदेश मंत्री ने कहा कि वार्ता जारी रहेगी।",
                        published="2024-03-01")  # fmt: skip
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"], doc["events"]
