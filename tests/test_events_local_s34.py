"""Events on a newspaper's local and national pages by class (issue #15, session 34): police, court and civic
wording, the private people and police ranks of a local report, and the sporting or civic senses of words that
state acts elsewhere. Sentences written for these tests; the rules are checked with the precision model off."""

from __future__ import annotations

import pytest
from conftest import annotate_text, typed_events


def _modes(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["mode"]) for e in annotate_text(text, published="2024-05-02")["events"]]


@pytest.mark.parametrize("text", [
    "पुलिस ने दुकानदार के खिलाफ धोखाधड़ी का केस दर्ज किया है।",
    "पुलिस ने व्यापारी के खिलाफ प्राथमिकी दर्ज की।",
    "महिला ने पड़ोसी के खिलाफ थाने में रिपोर्ट दर्ज कराई।",
    "कंपनी के मैनेजर ने ठेकेदार के खिलाफ थाने में कंप्लेंट दी।",
    "याचिकाकर्ता ने सरकार के खिलाफ हाई कोर्ट में रिट दायर की।",
    "निचली अदालत ने आरोपी के खिलाफ आरोप भी तय कर दिए।",
    "संस्था ने दुकानदारों के खिलाफ मुकदमा भी दर्ज करवा दिया।",
])
def test_a_case_or_complaint_lodged_is_a_suit(rules_only, text):
    assert ("ACCUSE", "sue") in _modes(text), text


def test_a_court_direction_is_a_demand(rules_only):
    evs = typed_events("हाई कोर्ट ने एसएचओ को निर्देश दिया कि वह बच्चे को अदालत में पेश करे।", "REQUEST")
    assert [(e["mode"], sorted(a["role"] for a in e["actors"])) for e in evs] == [("demand", ["source", "target"])]


def test_an_order_of_an_act_the_sentence_codes_is_that_act(rules_only):
    # the act ordered stands (planned); the order is how it was done, no REQUEST beside it
    modes = _modes("विशेष अदालत ने आरोपी को पुलिस हिरासत में भेजने का आदेश दिया।")
    assert ("COERCE", "arrest") in modes and not any(t == "REQUEST" for t, _ in modes), modes


def test_an_order_to_leave_the_country_is_an_expulsion(rules_only):
    assert _modes("सरकार ने पाकिस्तानी अधिकारी को 24 घंटे में भारत छोड़ने का निर्देश दिया।") == [("SANCTION", "expel")]


@pytest.mark.parametrize(("text", "mode"), [
    ("बदमाशों ने व्यापारी के बेटे का अपहरण कर लिया।", ("COERCE", "seize")),
    ("अपहर्ताओं ने बच्चे के पिता से दो करोड़ रुपये की फिरौती मांगी।", ("REQUEST", "demand")),
    ("हाई कोर्ट ने छात्र के खिलाफ दर्ज एफआईआर रद्द कर दी।", ("CONCEDE", "release")),
    ("भाजपा ने राज्य सरकार से समर्थन वापस ले लिया है।", ("RETREAT", "withdraw")),
    ("सीमा सुरक्षा बल ने फिल्म की टीम को सीमा पर शूटिंग की इजाजत नहीं दी।", ("REJECT", "reject")),
    ("नेताओं ने मृतक के घर जाकर परिजनों को ढांढस बंधाया।", ("SUPPORT", "condole")),
    ("पार्टी में आई एक महिला ने सब इंस्पेक्टर को धक्का दे दिया।", ("ASSAULT", "attack")),
    ("पिता ने अदालत से जवाब दाखिल करने के लिए वक्त मांगा।", ("REQUEST", "request")),
])
def test_police_and_court_wording(rules_only, text, mode):
    assert mode in _modes(text), (text, _modes(text))


def test_a_ban_had_imposed_is_its_causer_s(rules_only):
    evs = typed_events("एक सामाजिक संस्था ने बाजार में शंख बेचने पर पाबंदी लगवा दी।", "SANCTION")
    assert evs and any(a["role"] == "source" for a in evs[0]["actors"]), evs


@pytest.mark.parametrize("text", [
    "किसानों ने कहा कि अगर उनकी मांगें नहीं मानी गईं तो वे धरना देंगे।",
    "संघ ने कहा है कि यदि वेतन नहीं बढ़ाया गया तो कर्मचारी आंदोलन तेज करेंगे।",
])
def test_a_protest_foretold_if_a_demand_is_not_met_is_a_threat(rules_only, text):
    assert ("THREATEN", "threaten") in _modes(text), _modes(text)


def test_a_protest_planned_without_a_condition_stays_a_protest(rules_only):
    assert ("PROTEST", "demonstrate") in _modes("किसान सोमवार को जिला मुख्यालय पर धरना देंगे।")


@pytest.mark.parametrize(("text", "typ"), [
    ("भारत की महिला टीम फाइनल में थाइलैंड से भिड़ेगी।", "ASSAULT"),
    ("भारत ने दूसरा टेस्ट दस विकेट से जीतकर सीरीज़ पर कब्जा कर लिया।", "COERCE"),
    ("बैंकॉक ने 1998 में एशियन गेम्स की मेजबानी की थी।", "CONSULT"),
    ("दोनों पहलवानों ने सेमीफाइनल में पहुंचकर पदक पक्का कर लिया।", "CONSULT"),
    ("कप्तान ने तेज गेंदबाज को बाकी मैचों के लिए टीम में शामिल किया।", "AGREE"),
])
def test_a_sporting_sense_is_no_act(rules_only, text, typ):
    assert typed_events(text, typ) == [], text


@pytest.mark.parametrize(("text", "typ"), [
    ("सेना ने सीमा पर दो गांवों पर कब्जा कर लिया।", "COERCE"),
    ("गलवान घाटी में भारतीय सैनिक चीनी सैनिकों से भिड़ गए।", "ASSAULT"),
])
def test_the_same_words_away_from_a_contest_stay_acts(rules_only, text, typ):
    assert typed_events(text, typ), text


@pytest.mark.parametrize(("text", "typ"), [
    ("कोच ने कहा, हम फाइनल को लेकर चिंतित नहीं हैं।", "ACCUSE"),
    ("उन्होंने कहा कि मैं अपनी फॉर्म को लेकर चिंतित नहीं हूं।", "ACCUSE"),
    ("विवाद के बाद मंत्री ने इस्तीफे की पेशकश की।", "AGREE"),
    ("पुलिस को नाले से एक युवक की लाश बरामद हुई।", "COERCE"),
    ("तटरक्षक बल ने अभ्यास में तलाशी की कार्रवाई का प्रदर्शन किया।", "PROTEST"),
    ("नौसेना ने समुद्र में अपनी ताकत का प्रदर्शन किया।", "PROTEST"),
    ("पार्टी ने यह फैसला संसदीय समिति की बैठक में किया।", "CONSULT"),
    ("मुख्य सचिव ने बैठक की अध्यक्षता की।", "CONSULT"),
])
def test_no_act_of_its_kind(rules_only, text, typ):
    assert typed_events(text, typ) == [], text


@pytest.mark.parametrize(("text", "typ"), [
    ("भारत ने चीन की इस कार्रवाई पर चिंता जताई।", "ACCUSE"),
    ("पुलिस ने मुठभेड़ के बाद मौके से दो राइफल बरामद कीं।", "COERCE"),
    ("किसानों ने कलेक्ट्रेट के बाहर प्रदर्शन किया।", "PROTEST"),
    ("जिला मुख्यालय पर छात्रों का प्रदर्शन चल रहा है।", "PROTEST"),  # the owner an actor: their protest
    ("भारत और चीन के बीच कोर कमांडर स्तर की बैठक हुई।", "CONSULT"),
])
def test_the_kind_stays_beside_them(rules_only, text, typ):
    assert typed_events(text, typ), text
