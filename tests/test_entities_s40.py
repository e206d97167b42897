"""Entity classes of session 40 (issue #16): states by their formal and transliterated names, lenders and
chambers, people after a calling with a demonym the model reads as a place, object pronouns closing a name.
Sentences written for these tests."""

import pytest
from conftest import linked_mentions


@pytest.mark.parametrize(
    ("name", "eid"),
    [
        ("कांगो", "country:cd"),
        ("डेमोक्रेटिक रिपब्लिक ऑफ द कांगो", "country:cd"),
        ("डीआरसी", "country:cd"),
        ("कांगो गणराज्य", "country:cg"),
        ("सेंट्रल अफ्रीकन रिपब्लिक", "country:cf"),
        ("चेक गणराज्य", "country:cz"),
        ("पीपुल्स रिपब्लिक ऑफ चाइना", "country:cn"),
        ("पीआरसी", "country:cn"),
        ("कोरिया गणराज्य", "country:kr"),
        ("हांगकांग", "country:hk"),
        ("ईबीआरडी", "org:ebrd"),
        ("भारतीय उद्योग परिसंघ", "org:cii"),
        ("वर्ल्ड बैंक", "org:worldbank"),
    ],
)
def test_states_and_bodies_by_the_names_news_writes(rec, name, eid):
    assert [e.id for e in rec.kb.lookup(name)] == [eid]


def test_an_acronym_spelt_with_the_other_letter_name_for_w(rec):
    text = "विश्व व्यापार संगठन (डब्लूटीओ) की बैठक अगले महीने होगी।"
    got = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert got.get("डब्लूटीओ") == "org:wto", got


def test_a_name_after_a_calling_read_with_its_demonym_as_a_place_is_a_person(rec, model_reads):
    text = "जांच एजेंसी ने ब्रिटिश आतंकी रोनाल्ड पीटर क्रेन से पूछताछ की। बाद में क्रेन को अदालत में पेश किया गया।"
    model_reads(("ब्रिटिश आतंकी रोनाल्ड पीटर", "LOC"))
    people = [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert [p for p, _ in people] == ["रोनाल्ड पीटर क्रेन", "क्रेन"], people
    assert people[0][1] == people[1][1]


def test_the_verb_after_a_calling_is_no_name(rec, model_reads):
    for text in ("मुठभेड़ में एक आतंकवादी मारा गया. पुलिस ने इलाके को घेर लिया।",
                 "गोलीबारी में एक आतंकवादी मारा गया।"):  # fmt: skip
        model_reads()
        assert not [m for m in linked_mentions(rec, text) if m.label == "PERSON"], text


def test_an_object_pronoun_closes_a_name_after_kin(rec, model_reads):
    text = "उसी रात उनकी छोटी बहन रुखसाना उन्हें अस्पताल ले गई।"
    model_reads()
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == ["रुखसाना"], people


def test_a_given_name_that_is_also_a_word_after_an_office(rec, model_reads):
    text = "महासंघ की अध्यक्ष विद्या मल्होत्रा ने बैठक बुलाई।"
    model_reads()
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == ["विद्या मल्होत्रा"], people


@pytest.mark.parametrize(
    "text",
    [
        "सम्मेलन में नेता दूसरे देशों की ओर देख रहे थे।",
        "जांच के बाद डॉक्टर उन्हें अस्पताल ले गए।",
        "गांव निवासी किसान रामभरोसे ने शिकायत की।",
    ],
)
def test_no_given_name_from_a_determiner_a_pronoun_or_a_generic_actor(rec, model_reads, text):
    model_reads()
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert all(not p.startswith(("दूसरे", "उन्हें", "किसान")) for p in people), people


@pytest.mark.parametrize(
    "name",
    ["स्वास्थ्य मंत्रालय", "श्रम एवं रोजगार मंत्रालय", "पेयजल और स्वच्छता विभाग", "महिला एवं बाल विकास मंत्रालय"],
)
def test_a_ministry_or_department_named_by_its_fields(rec, model_reads, name):
    text = f"बैठक के बाद {name} ने नई नियमावली जारी की।"
    model_reads()
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]
    assert got == [(name, "ORG")], got


def test_joined_fields_hold_the_model_name_read_from_the_second_field(rec, model_reads):
    text = "इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय ने नियम बनाए।"
    model_reads(("सूचना प्रौद्योगिकी मंत्रालय", "ORG"))
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]
    assert got == [("इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय", "ORG")], got


def test_a_conjunction_between_bodies_joins_no_fields(rec, model_reads):
    text = "यह काम सरकार और विभाग दोनों का है। रक्षा मंत्रालय ने कहा और गृह मंत्रालय ने भी।"
    model_reads()
    got = [text[m.start : m.end] for m in linked_mentions(rec, text)]
    assert got == ["रक्षा मंत्रालय", "गृह मंत्रालय"], got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("कल रॉयल सोसायटी ऑफ एडिनबर्ग ने उन्हें सम्मानित किया।", "रॉयल सोसायटी ऑफ एडिनबर्ग"),
        ("इसके बाद सोसायटी फॉर रूरल एंड ट्राइबल वेलफेयर ने धरना दिया।", "सोसायटी फॉर रूरल एंड ट्राइबल वेलफेयर"),
        ("दोनों देशों ने जॉइंट मेकेनिज्म ऑन पीपुल-टू-पीपुल टाईज की बैठक की।", "जॉइंट मेकेनिज्म ऑन पीपुल-टू-पीपुल टाईज"),
        ("पुरस्कार की घोषणा हुई.एकेडमी ऑफ ड्रामेटिक आर्ट्स ने सूची जारी की।", "एकेडमी ऑफ ड्रामेटिक आर्ट्स"),
    ],
)
def test_a_body_named_in_english_words_with_of_or_for(rec, model_reads, text, name):
    model_reads()
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text) if m.label != "GPE"]
    assert got == [(name, "ORG")], got


def test_an_english_tail_stops_before_a_listed_body(rec, model_reads):
    text = "यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट ईबीआरडी की सदस्यता पर विचार हुआ।"
    model_reads()
    got = [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text)]
    assert got == [("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट", "org:ebrd"), ("ईबीआरडी", "org:ebrd")], got


def test_no_english_tail_without_a_close(rec, model_reads):
    text = "यह बैंक फॉर ग्रोथ नहीं बल्कि घाटे का बैंक है।"
    model_reads()
    assert not [m for m in linked_mentions(rec, text) if m.label == "ORG"]


def test_a_postposition_at_the_end_of_a_model_name_is_no_part_of_it(rec, model_reads):
    text = "इस सम्मेलन में नेशनल एकैडमी ऑफ साइंसेज समेत कई संस्थाएं शामिल हुईं।"
    model_reads(("नेशनल एकैडमी ऑफ साइंसेज समेत", "ORG"))
    got = [text[m.start : m.end] for m in linked_mentions(rec, text)]
    assert got == ["नेशनल एकैडमी ऑफ साइंसेज"], got


def test_a_name_of_three_words_in_a_naming_clause(rec, model_reads):
    text = "घायल महिला का नाम मीरा जॉय पणिक्कर है। मीरा ने पुलिस को बताया कि वह घर लौट रही थी।"
    model_reads()
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people[0] == "मीरा जॉय पणिक्कर", people


def test_a_name_after_a_district_police_office_and_its_district(rec, model_reads):
    text = "डीसीपी साउथ किशनलाल मीणा ने बताया कि जांच जारी है।"
    model_reads()
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == ["किशनलाल मीणा"], people


@pytest.mark.parametrize(
    ("text", "pieces", "name"),
    [
        ("गिरोह का सरगना रिटायर्ड कर्नल एच . आर . कटारिया है।", ("एच . आर", "कटारिया"), "एच . आर . कटारिया"),
        ("फैसला जस्टिस के.एम. नायर ने सुनाया।", ("के.एम", "नायर"), "के.एम. नायर"),
        ("झांकी में शामिल रोमी दास बरुआ ने बताया कि तैयारी पूरी है।", ("रोमी", "बरुआ"), "रोमी दास बरुआ"),
    ],
)
def test_one_name_read_in_two_pieces_is_one_person(rec, model_reads, text, pieces, name):
    model_reads(*((p, "PERSON") for p in pieces))
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == [name], people


def test_two_full_names_side_by_side_stay_two(rec, model_reads):
    text = "कुछ लोगों का मत है कि अमन वर्मा रोहित सेठी के बेहद करीबी हैं।"
    model_reads(("अमन वर्मा", "PERSON"), ("रोहित सेठी", "PERSON"))
    people = [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"]
    assert people == ["अमन वर्मा", "रोहित सेठी"], people


def test_a_body_named_after_a_person_that_the_model_read_as_a_person(rec, model_reads):
    text = "रक्तदान शिविर सुमित्रा देवीदयाल गर्ल्स डिग्री कॉलेज में लगाया गया।"
    model_reads(("सुमित्रा देवीदयाल गर्ल्स डिग्री कॉलेज", "PERSON"))
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]
    assert got == [("सुमित्रा देवीदयाल गर्ल्स डिग्री कॉलेज", "ORG")], got


def test_an_armed_group_before_its_english_word_and_a_scoped_unit(rec, model_reads):
    text = "कोरेन लिबरेशन आर्मी ने जिम्मेदारी ली और राज्य निगरानी इकाई ने रिपोर्ट दी।"
    model_reads()
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]
    assert got == [("कोरेन लिबरेशन आर्मी", "ORG"), ("राज्य निगरानी इकाई", "ORG")], got


def test_a_unit_with_no_word_of_scope_names_no_body(rec, model_reads):
    text = "कंपनी की उत्पादन इकाई बंद हो गई और हादसा बारहवीं इकाई में हुआ।"
    model_reads()
    assert not [m for m in linked_mentions(rec, text) if m.label == "ORG"]


def test_a_river_by_its_name_and_a_river_name_that_is_a_given_name(rec, model_reads):
    text = "चीन ब्रह्मपुत्र पर बांध बना रहा है और पाकिस्तान ने सिंधु नदी के पानी पर आपत्ति जताई।"
    model_reads()
    got = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert got.get("ब्रह्मपुत्र") == "region:brahmaputra" and got.get("सिंधु") == "region:indus", got
    text = "बैडमिंटन खिलाड़ी रजनी सिंधु ने खिताब जीता।"
    model_reads(("रजनी सिंधु", "PERSON"))
    got = {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}
    assert got == {"रजनी सिंधु": "PERSON"}, got


def test_a_naming_clause_holds_a_given_name_that_is_also_a_river(rec, model_reads):
    text = "छात्रा का नाम रश्मि सिंधु है। वह कॉलेज से लौट रही थी।"
    model_reads(("सिंधु", "LOC"))
    got = [(text[m.start : m.end], m.label) for m in linked_mentions(rec, text)]
    assert got == [("रश्मि सिंधु", "PERSON")], got
