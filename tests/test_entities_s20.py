"""Entities and links met on news from outlets outside our data (issue #16); sentences written
for these tests."""

from conftest import linked_mentions


def found(rec, text):
    mentions = linked_mentions(rec, text)
    return {text[m.start : m.end]: m for m in mentions}


def test_a_warship_prefix_joined_by_a_hyphen_still_names_the_ship(rec):
    ms = found(rec, "नौसेना के बेड़े में कल “INS-तारागिरी” पनडुब्बी के साथ शामिल हुई।")
    assert "INS-तारागिरी" in ms and ms["INS-तारागिरी"].label == "WEAPON"
    ms = found(rec, "बंदरगाह पर आईएनएस-विक्रांत खड़ा था और नाविक उतर रहे थे।")
    assert any(m.entity_id == "weapon:ins-vikrant" for m in ms.values())


def test_a_vessel_word_after_a_ship_name_is_not_part_of_it(rec):
    ms = found(rec, "इस साल INS तारागिरी सबमरीन को बेड़े में लिया जाएगा।")
    assert "INS तारागिरी" in ms and ms["INS तारागिरी"].label == "WEAPON"


def test_a_named_operation_written_with_a_hyphen_links_to_the_listed_one(rec):
    ms = found(rec, "ऑपरेशन-सिंदूर के बाद दोनों देशों में तनाव रहा।")
    assert ms["ऑपरेशन-सिंदूर"].entity_id == "event:operation-sindoor"


def test_stations_dockyards_and_cantonments_are_facilities(rec):
    text = "परेड जोधपुर के पास बनाड़ सेना स्टेशन में हुई। जहाज की मरम्मत विशाखापत्तनम के नेवल डॉकयार्ड में होगी। महू छावनी में शिविर लगा।"
    ms = found(rec, text)
    assert ms["बनाड़ सेना स्टेशन"].label == "FAC"
    assert ms["नेवल डॉकयार्ड"].label == "FAC"
    assert ms["महू छावनी"].label == "FAC"


def test_a_light_verb_at_the_clause_end_is_no_surname(rec):
    text = "विदाई के समय पुराने जहाज ने अंतिम सलामी ली। हमलावरों ने कई लोगों की जान ले ली, फिर वे भाग गए।"
    ms = found(rec, text)
    assert not [s for s, m in ms.items() if m.label == "PERSON" and s.endswith("ली")]


def test_a_place_opening_an_izafat_phrase_is_no_place(rec):
    ms = found(rec, "सेना प्रमुख ने मंत्री को सीमा का सूरत-ए-हाल बताया। जैश-ए-मोहम्मद पर पाबंदी है।")
    assert not any(m.entity_id == "city:surat" for m in ms.values())
    assert ms["जैश-ए-मोहम्मद"].entity_id == "org:jem"


def test_a_listed_region_spelt_another_way_links_to_it(rec):
    ms = found(rec, "सैनिक गाल्वन घाटी में डटे हैं।")
    assert ms["गाल्वन घाटी"].entity_id == "region:galwan-valley"


def test_a_demonym_sounding_like_a_region_is_no_place(rec):
    ms = found(rec, "इस बैठक में कई पश्चिम एशियाई देश शामिल थे।")
    assert not any(m.entity_id == "region:west-asia" for m in ms.values())


def test_names_met_on_unseen_outlets_are_listed(rec):
    text = ("मोदी काठमांडो में बिम्स्टेक की बैठक में गए। कोस्टगार्ड ने नाव पकड़ी। मिडिल ईस्ट में तनाव है। "
            "विदेश सचिव भारत-प्रशांत क्षेत्र पर बोले। पाकिस्तान सिंधु नदी समझौते पर बोला।")
    ms = found(rec, text)
    ids = {m.entity_id for m in ms.values()}
    assert {"city:kathmandu", "org:bimstec", "org:icg", "region:west-asia", "region:indo-pacific",
            "treaty:indus-waters-treaty"} <= ids


def test_bodies_bases_and_forums_of_defence_news_are_listed(rec):
    text = ("कैबिनेट कमेटी ऑन सिक्योरिटी ने सौदे को मंजूरी दी। विमान डेसॉल्ट एविएशन ने बनाए। "
            "जेट लेह एयरबेस पर उतरे। मंत्री शांगरी ला वार्ता में बोले।")
    ids = {m.entity_id for m in found(rec, text).values()}
    assert {"org:ccs", "org:dassault", "fac:leh-air-force-station", "event:shangri-la-dialogue"} <= ids
