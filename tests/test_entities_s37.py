"""Entities and links of local news, session 37 (issue #16): people named after kin or in a
clause that gives a name, places named by who lives there, and names that must not merge or link
by sound; sentences written for these tests."""

from conftest import linked_mentions

from sambandh.model import Mention


def found(rec, text):
    mentions = linked_mentions(rec, text)
    return {text[m.start : m.end]: m for m in mentions}


def test_a_one_word_name_after_a_brother_or_a_companion_is_a_person(rec):
    ms = found(rec, "हादसे के वक्त उनके भाई नसीरुद्दीन और मां घर पर थे। रोहतक निवासी उसका साथी धर्मवीर भी पकड़ा गया।")
    assert ms["नसीरुद्दीन"].label == "PERSON"
    assert ms["धर्मवीर"].label == "PERSON"
    # after kin the genitive opens no name as an initial (his elder brother's phone)
    ms = found(rec, "कल शाम उसके बड़े भाई के मोबाइल पर किसी अनजान नंबर से संदेश आया।")
    assert not [s for s in ms if s.startswith("के")]


def test_a_name_before_a_changed_name_note_is_a_person_even_an_everyday_word(rec):
    ms = found(rec, "अदालत को बताया गया कि उसकी पत्नी पूजा (बदला हुआ नाम) मायके चली गई थी।")
    assert ms["पूजा"].label == "PERSON"


def test_a_clause_that_gives_a_name_names_a_person(rec):
    ms = found(rec, "घायल छात्र का नाम दीपांशु बालियान है। पुलिस ने बताया कि आरोपी का नाम सुरजीत बताया गया।")
    assert ms["दीपांशु बालियान"].label == "PERSON"
    assert ms["सुरजीत"].label == "PERSON"


def test_a_locality_before_who_lives_there_is_a_place(rec):
    ms = found(rec, "पुलिस ने मुंडका खुर्दपुर में रहने वाले एक युवक को पकड़ा। आरोपी बेगमपुरा का रहने वाला है।")
    assert ms["बेगमपुरा"].label == "GPE"
    assert any(m.label == "GPE" and "खुर्दपुर" in s for s, m in ms.items())


def test_a_scam_and_a_roundabout_named_before_the_word(rec):
    ms = found(rec, "विपक्ष ने ताबूत घोटाले की जांच मांगी। हादसा सेक्टर चौदह के अग्रसेन गोल चक्कर पर हुआ।")
    assert ms["ताबूत घोटाले"].label == "EVENT"
    assert ms["अग्रसेन गोल चक्कर"].label == "FAC"


def test_two_people_of_one_surname_in_a_list_are_not_merged(rec):
    text = "धरने में ओमप्रकाश सैनी, जगदीश नागर, सुखबीर मलिक और हरिकिशन नागर शामिल हुए।"
    ms = found(rec, text)
    people = {s: m.entity_id for s, m in ms.items() if m.label == "PERSON" and "नागर" in s}
    assert "जगदीश नागर" in people and "हरिकिशन नागर" in people
    assert people["जगदीश नागर"] != people["हरिकिशन नागर"]


def test_a_town_heard_only_near_a_listed_sound_needs_support():
    from sambandh.kb import load
    from sambandh.link import Linker

    kb = load()

    def link(text: str, name: str) -> str | None:
        mentions = []
        for word in ("ऑस्ट्रेलिया", name):
            at = text.find(word)
            if at >= 0:
                hits = kb.lookup(word)
                mentions.append(Mention(at, at + len(word), "GPE", "model", kb_id=hits[0].id if hits else None))
        Linker(kb=kb).link(text, mentions, None)
        return next(m.kb_id for m in mentions if text[m.start : m.end] == name)

    # a village one letter from a listed district's seat is another place
    assert link("मजदूर मैनपुरा में सड़क किनारे जमा हैं।", "मैनपुरा") is None
    # a town abroad spelt one letter off links where the article names its country
    assert link("ऑस्ट्रेलिया के बालारत में मेला लगा।", "बालारत") == "city:ballarat"


def test_a_listed_town_s_police_station_is_a_facility_not_the_town(rec):
    ms = found(rec, "लूट की रिपोर्ट हापुड़ कोतवाली में लिखी गई। उधर हापुड़ में बाजार बंद रहे।")
    station = ms["हापुड़ कोतवाली"]
    assert station.label == "FAC"
    assert station.entity_id != ms["हापुड़"].entity_id
    # and so is a roundabout named after a listed town
    ms = found(rec, "शाम को हापुड़ गोलचक्कर पर जाम लगा।")
    assert ms["हापुड़ गोलचक्कर"].label == "FAC"


def test_a_party_s_youth_wing_is_not_the_party(rec):
    ms = found(rec, "शहर में यूथ कांग्रेस ने धरना दिया, जबकि कांग्रेस ने दूरी बनाई। विहिप ने भी बयान दिया।")
    assert ms["कांग्रेस"].entity_id == "org:inc"
    assert ms["यूथ कांग्रेस"].entity_id not in (None, "org:inc")
    assert ms["विहिप"].label == "ORG"


def test_a_first_name_before_a_common_surname_read_as_a_place_is_a_person(model_reads):
    text = "सभा खत्म होने पर नीरज अरोड़ा ने सवालों के जवाब दिए। प्रदर्शनी में कुणाल अरोड़ा भी आए।"
    rec = model_reads(("नीरज", "LOC"), ("कुणाल अरोड़ा", "LOC"))
    ms = found(rec, text)
    assert ms["नीरज अरोड़ा"].label == "PERSON"
    assert ms["कुणाल अरोड़ा"].label == "PERSON"


def test_a_place_word_joined_to_a_village_s_name_makes_it_a_place(rec):
    ms = found(rec, "पुलिस ने कुंवरगांव और हरिकिशनपुर में छापे मारे, फिर टीम मदनपुरा पहुंची। उसने भरपूर मेहनत की।")
    for name in ("कुंवरगांव", "हरिकिशनपुर", "मदनपुरा"):
        assert name in ms and ms[name].label == "GPE", name
    assert "भरपूर" not in ms


def test_a_part_of_the_day_before_a_locality_is_no_word_of_its_name(rec):
    # the day and its part date the arrest; the place is the locality alone
    ms = found(rec, "पुलिस ने बताया कि शुक्रवार तड़के धनौरी में रहने वाले एक युवक को पकड़ा गया।")
    assert ms["धनौरी"].label == "GPE"
    assert not [s for s in ms if "तड़के" in s]
