"""Session 33, issue #16: no false merges and no split people in the entity stage's linking.
Sentences and names are written for these tests."""

from conftest import linked_mentions as found

from sambandh.link import Linker


def test_a_model_name_read_across_a_slash_is_two_names(rec, monkeypatch):
    # a dateline "town/ state:" that the model reads as one place must not become one entity
    text = "बलिया/ उत्तर प्रदेश: पुलिस ने मंगलवार को दो युवकों को हिरासत में लिया।"
    read = rec._read

    def whole_dateline(texts, batch_size):
        for rows, ents in read(texts, batch_size):
            cut = texts[0].index(":")
            yield rows, [(0, cut, "GPE")] + [x for x in ents if x[0] >= cut]

    monkeypatch.setattr(rec, "_read", whole_dateline)
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert "बलिया/ उत्तर प्रदेश" not in ms
    assert ms["उत्तर प्रदेश"].entity_id == "region:uttar-pradesh"
    assert ms["बलिया"].entity_id != ms["उत्तर प्रदेश"].entity_id


def test_a_full_name_written_again_without_a_vowel_sign_is_the_same_person():
    # a page that writes the surname once with its vowel sign dropped (बिराल, then बराल)
    text = ("पुलिस ने हरिंदर बिराल को गिरफ्तार किया। हरिंदर पर धोखाधड़ी का आरोप है। "
            "अदालत ने हरिंदर बराल को दो दिन की हिरासत में भेजा।")
    a, b = text.index("हरिंदर बिराल"), text.rindex("हरिंदर बराल")
    from sambandh.model import Mention

    ms = [Mention(a, a + len("हरिंदर बिराल"), "PERSON"), Mention(b, b + len("हरिंदर बराल"), "PERSON")]
    Linker().link(text, ms)
    assert ms[0].entity_id == ms[1].entity_id


def test_two_full_names_that_differ_in_a_consonant_stay_two_people():
    text = "सुनील मेहरा और सुनील मेहता ने बैठक में भाग लिया।"
    a, b = text.index("सुनील मेहरा"), text.index("सुनील मेहता")
    from sambandh.model import Mention

    ms = [Mention(a, a + len("सुनील मेहरा"), "PERSON"), Mention(b, b + len("सुनील मेहता"), "PERSON")]
    Linker().link(text, ms)
    assert ms[0].entity_id != ms[1].entity_id


def test_a_court_named_after_a_listed_agency_is_a_court_not_the_agency(rec):
    text = "सीबीआई ने मामले की जांच की। बाद में सीबीआई अदालत ने आरोपी को जमानत दे दी।"
    ms = found(rec, text)
    agency = [m for m in ms if text[m.start : m.end] == "सीबीआई"]
    court = [m for m in ms if "अदालत" in text[m.start : m.end]]
    assert agency and court
    assert court[0].label == "ORG" and court[0].entity_id != agency[0].entity_id
    text = "The CBI Court in Lucknow acquitted him, and the CBI said it would appeal."
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert ms["CBI Court"].label == "ORG" and ms["CBI Court"].entity_id != ms["CBI"].entity_id


def test_a_building_named_after_a_listed_city_is_a_facility_not_the_city(rec):
    text = "वियना ओपेरा हाउस में संगीत कार्यक्रम हुआ। हजारों लोग वियना पहुंचे।"
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert ms["वियना ओपेरा हाउस"].label == "FAC"
    assert ms["वियना ओपेरा हाउस"].entity_id != ms["वियना"].entity_id
    text = "The Sydney Opera House was lit up as Sydney celebrated."
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert ms["Sydney Opera House"].label == "FAC"


def test_a_capitalised_meeting_named_after_a_listed_body_is_an_event_not_the_body(rec):
    text = "The SCO Defence Ministers Meeting opened on Monday, and SCO members signed a statement."
    ms = {text[m.start : m.end]: m for m in found(rec, text)}
    assert ms["SCO Defence Ministers Meeting"].label == "EVENT"
    assert ms["SCO"].entity_id == "org:sco" != ms["SCO Defence Ministers Meeting"].entity_id
    # a meeting in lower case is no name
    text = "SCO members held a meeting on Monday."
    assert "meeting" not in " ".join(text[m.start : m.end] for m in found(rec, text))
