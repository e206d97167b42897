"""Entities and links met on news from outlets outside our data, session 21 (issue #16); sentences
written for these tests."""

from conftest import linked_mentions


def found(rec, text):
    mentions = linked_mentions(rec, text)
    return {text[m.start : m.end]: m for m in mentions}


def test_a_city_s_high_court_is_a_body_not_the_city(rec):
    ms = found(rec, "पटना हाईकोर्ट ने जमानत की अर्जी पर आदेश सुरक्षित रखा। गुवाहाटी उच्च न्यायालय ने भी सुनवाई टाली।")
    assert ms["पटना हाईकोर्ट"].label == "ORG"
    assert ms["गुवाहाटी उच्च न्यायालय"].label == "ORG"
    assert not any(m.label == "GPE" for m in ms.values())


def test_a_name_before_a_head_word_stops_at_a_stop_or_a_comma(rec):
    text = "हालात दुर्भाग्यपूर्ण, आयोग ने कहा। उधर नतीजे निराशाजनक। मैदान खाली रहा।"
    ms = found(rec, text)
    assert not [s for s in ms if "," in s or "।" in s]
    assert not any(m.label in ("ORG", "FAC") for m in ms.values())


def test_district_police_and_court_offices_before_a_new_name_make_a_person(rec):
    text = "एसएसपी रमेश तिवारी को सूचना मिली थी। डीएसपी अनिल कुजूर ने छापे की अगुवाई की। न्यायमूर्ति सुधा रानी ने अर्जी खारिज की।"
    ms = found(rec, text)
    for name in ("रमेश तिवारी", "अनिल कुजूर", "सुधा रानी"):
        assert name in ms and ms[name].label == "PERSON", name


def test_listed_rows_met_on_unseen_outlets(rec):
    ms = found(rec, "हमास के वार्ताकार खलील अल-हय्या काहिरा पहुंचे। प्रयागराज में मेला लगा। ईसीआई ने तारीखें घोषित कीं।")
    assert ms["खलील अल-हय्या"].entity_id == "person:khalil-al-hayya"
    assert ms["प्रयागराज"].entity_id == "city:prayagraj"
    assert ms["ईसीआई"].entity_id == "org:eci"


def test_a_town_named_by_its_police_station_or_police_is_a_place(rec):
    text = "पुलिस ने बरहेट थाना क्षेत्र से दो लोगों को पकड़ा। नौतन कोतवाली पुलिस ने मामला दर्ज किया।"
    ms = found(rec, text)
    assert ms["बरहेट"].label == "GPE"
    assert ms["नौतन"].label == "GPE"


def test_a_kind_of_police_or_a_name_before_police_is_no_town(rec):
    text = ("स्थानीय पुलिस और सदर थाना पुलिस भी मौके पर पहुंची। सिपाही रामेश्वर सिंह हमराही पुलिस बल के साथ थे। "
            "स्टेशन के समीप पुलिस तैनात रही।")
    ms = found(rec, text)
    assert not [s for s, m in ms.items() if m.label == "GPE"]


def test_up_in_devanagari_is_uttar_pradesh(rec):
    ms = found(rec, "यूपी में चुनाव की तैयारी तेज है।")
    assert ms["यूपी"].entity_id == "region:uttar-pradesh"


def test_an_english_demonym_in_devanagari_names_the_country_s_forces(rec):
    ms = found(rec, "अभ्यास में इंडियन एयर फोर्स और रॉयल ऑस्ट्रेलियन नेवी के जहाज शामिल हुए।")
    assert ms["इंडियन एयर फोर्स"].entity_id == "org:in-air-force"
    assert ms["ऑस्ट्रेलियन नेवी"].entity_id == "org:au-navy"


def test_a_verb_the_model_reads_into_a_place_does_not_hide_the_listed_place(rec):
    ms = found(rec, "नेता बीते हफ्ते ढाका छोड़कर दिल्ली आ गए थे।")
    assert ms["दिल्ली"].entity_id == "city:new-delhi"


def test_a_demonym_before_a_place_word_is_no_place(rec):
    ms = found(rec, "मंत्री रूसी शहर वोल्गोग्राद पहुंचे, फिर एक भारतीय शहर में रुके।")
    assert ms["वोल्गोग्राद"].entity_id == "city:volgograd"
    assert not [s for s in ms if "शहर" in s]


def test_initials_spelt_as_letter_names_stay_in_the_name_after_an_office(rec):
    ms = found(rec, "सुनवाई न्यायमूर्ति बी के राठौर की पीठ में हुई।")
    assert ms["बी के राठौर"].label == "PERSON"
