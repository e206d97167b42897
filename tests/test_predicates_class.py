"""The third predicate list (lang/hi/predicates_plover.tsv, issue #15): rows written mode by mode from the
language fire on sentences written for them, in their inflected, passive and participle forms."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in

# (type/mode, a sentence written for the row): one or more rows of each PLOVER type
SAMPLE = [
    ("ACCUSE/condemn", "भारत ने पड़ोसी देश के इस कदम की कड़ी मज़म्मत की।"),
    ("ACCUSE/accuse", "विदेश मंत्रालय ने पड़ोसी देश पर घुसपैठ कराने का आरोप जड़ा।"),
    ("ACCUSE/criticize", "विपक्ष ने सरकार की नीति पर सवालिया निशान लगाया।"),
    ("ACCUSE/criticize", "नेता प्रतिपक्ष ने मंत्री को आईना दिखाया।"),
    ("ACCUSE/sue", "किसान संगठनों ने अधिग्रहण के खिलाफ अदालत का दरवाजा खटखटाया।"),
    ("ACCUSE/criticize", "मंत्रालय ने उस बयान को बकवास बताया।"),
    ("ACCUSE/criticize", "सरकार ने हमले को कायराना करार दिया।"),
    ("REQUEST/demand", "कर्मचारियों ने अधिकारी को मांगपत्र सौंपा।"),
    ("REQUEST/demand", "आयोग ने विधायक को कारण बताओ नोटिस जारी किया।"),
    ("REQUEST/appeal", "राज्यपाल ने जनता से शांति बनाए रखने का आवाहन किया।"),
    ("REJECT/reject", "पड़ोसी देश ने प्रस्ताव पर टका सा जवाब दिया।"),
    ("AGREE/agree", "सरकार ने कर्मचारियों से वेतन बढ़ाने का वायदा किया।"),
    ("AGREE/agree", "राजदूत ने व्यापारियों को सुरक्षा का विश्वास दिलाया।"),
    ("AGREE/settle", "दोनों पड़ोसियों ने सीमा पर मतभेद सुलझा लिए।"),
    ("AGREE/ceasefire", "दोनों पक्ष सीजफायर पर सहमत हो गए।"),
    ("AGREE/ceasefire", "विद्रोहियों ने संघर्ष विराम का ऐलान किया।"),
    ("SUPPORT/praise", "राष्ट्रपति ने वैज्ञानिकों की तारीफों के पुल बांधे।"),
    ("SUPPORT/praise", "द्वीप देश ने सहायता के लिए कृतज्ञता जताई।"),
    ("SUPPORT/condole", "सेना प्रमुख ने शहीदों को पुष्पांजलि अर्पित की।"),
    ("CONSULT/discuss", "दोनों दलों के नेताओं ने गठबंधन पर सलाह मशविरा किया।"),
    ("CONSULT/phone", "दोनों राष्ट्राध्यक्षों के बीच टेलीफोन पर बातचीत हुई।"),
    ("CONSULT/visit", "विदेश मंत्री ने तीन देशों का भ्रमण किया।"),
    ("CONSULT/host", "मेजबान देश ने शिखर बैठक के लिए बुलावा भेजा।"),
    ("CONSULT/mediate", "खाड़ी देश ने दोनों पक्षों के बीच वार्ता कराई।"),
    ("COOPERATE/exercise", "दोनों वायुसेनाओं ने हवाई अभ्यास किया।"),
    ("COOPERATE/intelligence", "दोनों एजेंसियों ने खुफिया इनपुट साझा किए।"),
    ("COOPERATE/military", "दोनों देश इंजनों का सह उत्पादन करेंगे।"),
    ("AID/economic", "बैंक ने पड़ोसी देश को आर्थिक मदद दी।"),
    ("AID/military", "सहयोगी देश ने सैन्य मदद भेजी।"),
    ("CONCEDE/ease", "आखिरकार सरकार ने आंदोलनकारियों के आगे घुटने टेके।"),
    ("RETREAT/withdraw", "निवेशक ने परियोजना से हाथ खींच लिए।"),
    ("THREATEN/warn", "मंत्री ने तस्करों को सावधान किया।"),
    ("THREATEN/ultimatum", "संगठन ने सरकार को समय सीमा दी।"),
    ("PROTEST/blockade", "ग्रामीणों ने राजमार्ग पर जाम लगा दिया।"),
    ("PROTEST/demonstrate", "विपक्षी सदस्यों ने सदन से बहिर्गमन किया।"),
    ("PROTEST/strike", "चिकित्सकों ने अस्पताल में काम बंद कर दिया।"),
    ("SANCTION/ban", "केंद्र ने संगठन को गैर कानूनी घोषित किया।"),
    ("SANCTION/expel", "प्रशासन ने अपराधी को जिला बदर किया।"),
    ("SANCTION/break_ties", "द्वीप देश ने उस देश से संबंध विच्छेद किया।"),
    ("MOBILIZE/deploy", "केंद्र ने राज्य में अर्धसैनिक बलों की टुकड़ियां भेजीं।"),
    ("MOBILIZE/alert", "सीमा पर सुरक्षा बलों को अलर्ट मोड पर रखा गया।"),
    ("COERCE/raid", "एजेंसी ने कई ठिकानों पर छापामारी की।"),
    ("COERCE/seize", "विद्रोहियों ने कस्बे को अपने कब्ज़े में ले लिया।"),
    ("COERCE/sentence", "अदालत ने दोषी को कारावास से दंडित किया।"),
    ("COERCE/operation", "पुलिस ने भीड़ को तितर बितर किया।"),
    ("ASSAULT/attack", "उग्रवादियों ने गांव में कहर बरपाया।"),
    ("ASSAULT/attack", "हमलावरों ने चौकी पर हथगोला फेंका।"),
    ("ASSAULT/kill", "सुरक्षा बलों ने उग्रवादियों का सफाया किया।"),
    ("ASSAULT/terror", "आतंकियों ने शिविर पर फिदायीन हमला किया।"),
    ("ASSAULT/ceasefire_violation", "सेना ने कहा कि दूसरी ओर से संघर्ष विराम भंग किया गया।"),
    ("CONCEDE/apologize", "मंत्री ने अपनी टिप्पणी के लिए क्षमा याचना की।"),
    ("CONCEDE/ease", "सरकार ने निर्यात से रोक हटाई।"),
    ("CONCEDE/release", "अदालत ने आरोपी को दोषमुक्त किया।"),
    ("COERCE/arrest", "पुलिस ने बस्ती में धर-पकड़ की।"),
    ("PROTEST/demonstrate", "भीड़ ने दफ्तर में तोड़-फोड़ की।"),
]


@pytest.mark.parametrize(("want", "sentence"), SAMPLE)
def test_a_row_of_the_third_list_fires_on_a_sentence_written_for_it(want: str, sentence: str) -> None:
    got = {f"{m.entry.type}/{m.entry.mode}" for _, m in predicates_in(sentence)}
    assert want in got, (sentence, got)


EN_SAMPLE = [
    ("ACCUSE/criticize", "The opposition mocked the minister over the remark."),
    ("ACCUSE/sue", "The union moved the High Court against the order."),
    ("COOPERATE/military", "The two countries will co-develop a jet engine."),
    ("COERCE/raid", "The agency conducted searches at six places."),
    ("SANCTION/ban", "The state government imposed a ban on the outfit."),
]


@pytest.mark.parametrize(("want", "sentence"), EN_SAMPLE)
def test_an_english_row_of_the_third_list_fires(want: str, sentence: str) -> None:
    got = {f"{m.entry.type}/{m.entry.mode}" for _, m in predicates_in(sentence, "en")}
    assert want in got, (sentence, got)


def test_rows_of_the_third_list_make_events_with_their_actors() -> None:
    doc = annotate_text("भारत ने पाकिस्तान के इस कदम की कड़ी मज़म्मत की।", published="2024-05-10")
    (ev,) = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert ev["mode"] == "condemn"
    assert {a["entity_id"] for a in ev["actors"]} == {"country:in", "country:pk"}
    doc = annotate_text("अमेरिका ने यूक्रेन को सैन्य मदद भेजी।", published="2024-05-10")
    assert [(e["type"], e["mode"]) for e in doc["events"]] == [("AID", "military")]


def test_an_assurance_without_an_addressee_is_no_event() -> None:
    # भरोसा देना needs the one assured (dat!): a promise told of no one is no act toward anyone
    doc = annotate_text("प्रांत की नई सरकार ने महंगाई घटाने का भरोसा दिया है।", published="2024-05-10")
    assert not [e for e in doc["events"] if e["type"] == "AGREE"]
