"""Where events happened (sambandh.events.setting), session 25: the scene an article sets for the acts told
after it (a gathering named again, a visit or a stay, a country's deeds, a statement by those in the scene).
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def test_a_gathering_named_again_gives_its_place_to_the_acts_told_within_it():
    # "इस मुलाकात में": the agreement was signed at the meeting told four sentences before, in Kathmandu
    doc = annotate("नेपाल के प्रधानमंत्री ने मंगलवार को काठमांडू में भारत के विदेश मंत्री से मुलाकात की। दोनों नेताओं के बीच "
                   "लंबी चर्चा चली। इसके बाद पत्रकारों को जानकारी दी गई। शाम को सांस्कृतिक कार्यक्रम भी रखा गया। इस "
                   "मुलाकात में दोनों देशों ने बिजली व्यापार के समझौते पर हस्ताक्षर किए।", published="2024-05-14")  # fmt: skip
    assert places(doc, "AGREE") == {"city:kathmandu"}


def test_a_gathering_named_again_frames_its_clause_and_the_place_after_it_is_not_the_gatherings():
    # Kabul is where the embassy is to reopen, not where the meeting was held
    doc = annotate("गुरुवार को विदेश मंत्री की अफगानिस्तान के विदेश मंत्री से बैठक हुई। विदेश मंत्री ने इसी बैठक में काबुल "
                   "में भारत का दूतावास फिर खोलने की घोषणा की।", published="2024-05-14")  # fmt: skip
    assert "city:kabul" not in places(doc, "CONSULT")


def test_the_hosts_acts_during_a_visit_happen_in_the_host_country():
    # an offer of aid made on a visit to Pakistan is made there
    doc = annotate("चीन के प्रधानमंत्री पाकिस्तान के दौरे पर पहुंचे हैं। उन्होंने पाकिस्तान को बिजली संकट से निपटने के लिए "
                   "आर्थिक मदद की पेशकश की।", published="2024-05-14")  # fmt: skip
    assert places(doc, "AID") == {"country:pk"}
    # a statement is not: it was made wherever its speaker was, and the visit does not say it
    doc = annotate("चीन के प्रधानमंत्री पाकिस्तान के दौरे पर पहुंचे हैं। उन्होंने अमेरिका की नीतियों की आलोचना की।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "ACCUSE") == {None}


def test_a_stay_opens_a_scene_for_the_visitors_talks_after_it():
    # "X नई दिल्ली में हैं" sets the scene of the talks told four sentences later
    doc = annotate("अफगानिस्तान के विदेश मंत्री अमीर ख़ान मुत्तक़ी नई दिल्ली में हैं। वे संयुक्त राष्ट्र की प्रतिबंधित सूची "
                   "में शामिल हैं। यह उनका पहला दौरा है। कई मुद्दे लंबित हैं। शुक्रवार को मुत्तक़ी की विदेश मंत्री एस "
                   "जयशंकर के साथ बैठक हुई।", published="2024-05-14")  # fmt: skip
    assert places(doc, "CONSULT") == {"city:new-delhi"}


def test_a_country_scene_carries_to_a_deed_told_after_it():
    # (a country is too wide a scene for talks, but a deed told after it happened there)
    doc = annotate("बांग्लादेश में अल्पसंख्यकों की हालत खराब है। उपद्रवियों ने कई मंदिरों को निशाना बनाया।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "ASSAULT") == {"country:bd"}


def test_a_warning_by_those_in_the_scene_is_made_there():
    # the police of the first sentence warn the crowd: at the scene (a minister's criticism would not be)
    doc = annotate("हरियाणा के अंबाला जिले में सीमा पर तैनात पुलिस ने प्रदर्शनकारी किसानों पर आंसू गैस के गोले छोड़े। "
                   "इसके बाद किसानों ने बैरिकेड हटाने शुरू कर दिए। किसान नेताओं ने सरकार पर आरोप लगाए। तब पुलिस ने "
                   "उन्हें चेतावनी दी।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "THREATEN") == {"city:ambala"}


def test_a_dateline_is_no_place_of_a_deed_between_two_countries_sides():
    doc = annotate("BEIJING: China on Tuesday lodged a protest with India, saying Indian troops attacked Chinese "
                   "soldiers on the border.", published="2024-05-14", language="en")  # fmt: skip
    assert "city:beijing" not in places(doc, "ASSAULT")


def test_here_is_the_city_the_report_is_filed_from_and_a_battlefield_is_no_scene_of_talks():
    doc = annotate("BEIJING: Chinese troops clashed with Indian troops in Ladakh on Monday. The Indian Ambassador here "
                   "said the clash was discussed during a meeting with the Chinese Vice Foreign Minister on Tuesday.",
                   published="2024-05-14", language="en")  # fmt: skip
    assert places(doc, "ASSAULT") == {"city:ladakh"}
    assert places(doc, "CONSULT") == {"city:beijing"}


def test_a_place_noun_that_names_no_place_is_the_scenes():
    # the airport is the one of the city the visitor reached ("कोलंबो पहुंचना"), spanned by its own words
    doc = annotate("प्रधानमंत्री मोदी श्रीलंका के दौरे पर हैं। प्रधानमंत्री मोदी का कोलंबो पहुंचना अहम है। हवाई अड्डे पर "
                   "श्रीलंका के राष्ट्रपति ने प्रधानमंत्री का स्वागत किया।", published="2024-05-14")  # fmt: skip
    assert [(e["place"] or {}).get("entity_id") for e in doc["events"] if e["mode"] == "host"] == ["city:colombo"]
    # the national capital is the receiving side's
    doc = annotate("नेपाल के प्रधानमंत्री गुरुवार को भारत पहुंचे। भारत के विदेश मंत्री ने राष्ट्रीय राजधानी में हवाईअड्डे "
                   "पर नेपाल के प्रधानमंत्री की अगवानी की।", published="2024-05-14")  # fmt: skip
    assert [(e["place"] or {}).get("entity_id") for e in doc["events"] if e["mode"] == "host"] == ["city:new-delhi"]
    # the whole country is the one the article is of
    doc = annotate("भारत में खेती का संकट गहरा रहा है। पिछले साल पूरे देश में किसानों ने कई विरोध प्रदर्शन किए।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "PROTEST") == {"country:in"}


def test_the_host_of_an_act_named_again_in_the_next_sentence_is_where_it_was_held():
    doc = annotate("भारत ने अमेरिका और जापान की नौसेनाओं के साथ युद्धाभ्यास किया। इस अभ्यास की मेजबानी इस बार फिलीपींस ने "
                   "की थी।", published="2024-05-14")  # fmt: skip
    assert places(doc, "COOPERATE") == {"country:ph"}


def test_where_someone_lives_sets_no_scene():
    doc = annotate("दिल्ली पुलिस ने बताया कि आरोपी पटना में रहने वाला एक छात्र है। पुलिस ने उसे गिरफ्तार कर लिया।",
                   published="2024-05-14")  # fmt: skip
    assert "city:patna" not in places(doc, "COERCE")


def test_a_country_scene_is_not_given_to_a_deed_by_another_countrys_side_nor_to_the_country_spoken_of():
    doc = annotate("पिछले साल यह टूर्नामेंट दक्षिण अफ्रीका में खेला गया। भारतीय पुलिस ने एक सट्टेबाज को गिरफ्तार किया।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "COERCE") == {None}
    # Syria was spoken of in Paris; its signing was not done there
    doc = annotate("फ्रांस के विदेश मंत्री ने सोमवार को पेरिस में अमेरिका के विदेश मंत्री से मुलाकात की। उन्होंने कहा कि "
                   "सीरिया में शांति सम्मेलन बुलाया जाएगा। सीरिया ने रासायनिक हथियारों की संधि पर हस्ताक्षर किए।",
                   published="2024-05-14")  # fmt: skip
    assert places(doc, "AGREE") == {None}


def test_places_a_deed_falls_on_named_by_their_country_are_in_it():
    # not the scene of the deed told before (Gaza): the rockets fell on Israel's cities
    doc = annotate("इसराइली सेना ने गज़ा में ज़मीनी कार्रवाई की। इसके बाद हमास ने इसराइली शहरों पर रॉकेट हमले किए।",
                   published="2024-05-14")  # fmt: skip
    assert [(e["place"] or {}).get("entity_id") for e in doc["events"] if e["type"] == "ASSAULT"][-1] == "country:il"
    doc = annotate("भारत ने पाकिस्तान के आतंकी ठिकानों पर हमला किया।", published="2024-05-14")
    assert places(doc, "ASSAULT") == {"country:pk"}


def test_a_meetings_place_stated_once_is_the_scene_of_its_parties_talks_after_it():
    # four sentences after the meeting, the same two sides sign: where they met
    doc = annotate("नेपाल के प्रधानमंत्री ने मंगलवार को काठमांडू में भारत के प्रधानमंत्री से मुलाकात की। दोनों नेताओं के बीच "
                   "लंबी चर्चा चली। इसके बाद पत्रकारों को जानकारी दी गई। शाम को सांस्कृतिक कार्यक्रम भी रखा गया। नेपाल और "
                   "भारत ने बिजली व्यापार के समझौते पर हस्ताक्षर किए।", published="2024-05-14")  # fmt: skip
    assert places(doc, "AGREE") == {"city:kathmandu"}
