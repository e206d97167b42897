"""Entity recall on local news from outlets never seen (#16), session 36: localities by number, named
events by class (festivals, games, schemes) and places, bodies and facilities named by their head word."""

from __future__ import annotations

from conftest import linked_mentions


def _found(rec, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {text[m.start : m.end]: m.label for m in linked_mentions(rec, text)}


def test_a_sector_or_a_ward_is_named_by_its_number(rec) -> None:  # type: ignore[no-untyped-def]
    text = "शहर के सेक्टर 12 और सेक्टर-31बी के बाद वार्ड नंबर 7 में भी पानी भर गया।"
    found = _found(rec, text)
    assert found.get("सेक्टर 12") == "GPE"
    assert found.get("सेक्टर-31बी") == "GPE"
    assert found.get("वार्ड नंबर 7") == "GPE"


def test_two_numbered_sectors_are_two_places(rec) -> None:  # type: ignore[no-untyped-def]
    text = "वह सेक्टर 12 से निकला और सेक्टर 40 पहुंचा।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("सेक्टर 12") and ids.get("सेक्टर 40") and ids["सेक्टर 12"] != ids["सेक्टर 40"]


def test_a_latin_sector_head_names_a_place_only_capitalised(rec) -> None:  # type: ignore[no-untyped-def]
    found = _found(rec, "Shops in Sector 21 stayed shut, and the farm sector 10 years ago grew slowly.")
    assert found.get("Sector 21") == "GPE"
    assert not any(k.startswith("sector") for k in found)


def test_festivals_games_and_schemes_are_named_events(rec) -> None:  # type: ignore[no-untyped-def]
    text = "दशहरे से पहले एशियाई खेलों की टीम चुनी गई, और गांव में मनरेगा तथा जल जीवन मिशन का काम रुका रहा।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("दशहरे") == "event:dussehra"
    assert ids.get("एशियाई खेलों") == "event:asian-games"
    assert ids.get("मनरेगा") == "event:mgnrega"
    assert ids.get("जल जीवन मिशन") == "event:jal-jeevan-mission"


def test_a_listed_body_named_after_a_games_keeps_its_name(rec) -> None:  # type: ignore[no-untyped-def]
    text = "भारतीय ओलंपिक संघ ने बैठक बुलाई।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("भारतीय ओलंपिक संघ") == "org:ioa"


def test_neighbourhoods_roads_and_markets_are_named_by_their_head_word(rec) -> None:  # type: ignore[no-untyped-def]
    text = "लोग बिशनपुरा रोड से होते हुए घंटाघर चौक तक गए, फिर तिहाड़ जेल पहुंचे।"
    found = _found(rec, text)
    assert found.get("बिशनपुरा रोड") == "FAC"
    assert found.get("घंटाघर चौक") == "FAC"
    assert found.get("तिहाड़ जेल") == "FAC"


def test_a_town_body_is_no_neighbourhood_and_a_scope_word_no_market(rec) -> None:  # type: ignore[no-untyped-def]
    text = "हापुड़ नगर पालिका ने कहा कि अंतरराष्ट्रीय बाजार में दाम गिरे।"
    found = _found(rec, text)
    assert found.get("हापुड़ नगर पालिका") == "ORG"
    assert "हापुड़ नगर" not in found
    assert not any("बाजार" in k for k in found)


def test_a_department_is_named_by_its_field(rec) -> None:  # type: ignore[no-untyped-def]
    text = "जिले के बागवानी विभाग और श्रम विभाग ने सर्वे किया, पर किसी सरकारी विभाग ने जवाब नहीं दिया।"
    found = _found(rec, text)
    assert found.get("बागवानी विभाग") == "ORG"
    assert found.get("श्रम विभाग") == "ORG"
    assert "सरकारी विभाग" not in found


def test_one_word_ending_in_a_place_word_is_a_place_but_not_an_everyday_word(rec) -> None:  # type: ignore[no-untyped-def]
    text = "प्रेमनगर और गोविंदपुरी के लोग महानगर की ओर निकले।"
    found = _found(rec, text)
    assert found.get("प्रेमनगर") == "GPE"
    assert found.get("गोविंदपुरी") == "GPE"
    assert "महानगर" not in found


def test_codes_and_laws_cited_by_local_crime_news_are_treaties(rec) -> None:  # type: ignore[no-untyped-def]
    text = "थाने में दहेज निषेध अधिनियम और भारतीय न्याय संहिता की धाराओं में केस दर्ज हुआ।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("दहेज निषेध अधिनियम") == "treaty:dowry-act"
    assert ids.get("भारतीय न्याय संहिता") == "treaty:bns"


def test_a_college_is_named_before_its_word_with_its_kind_between(rec) -> None:  # type: ignore[no-untyped-def]
    text = "छात्राएं सुमित्रा देवी गर्ल्स डिग्री कॉलेज से निकलीं, जबकि मेडिकल कॉलेज के छात्र वहीं रहे।"
    found = _found(rec, text)
    assert any(k.endswith("गर्ल्स डिग्री कॉलेज") and v == "ORG" for k, v in found.items())
    assert "मेडिकल कॉलेज" not in found


def test_a_state_by_its_short_name(rec) -> None:  # type: ignore[no-untyped-def]
    text = "बंगाल और आंध्र के मछुआरे बंगाल की खाड़ी में फंसे।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("बंगाल") == "region:west-bengal"
    assert ids.get("आंध्र") == "region:andhra-pradesh"
    assert ids.get("बंगाल की खाड़ी") == "region:bay-of-bengal"


def test_friction_points_of_the_border_are_places(rec) -> None:  # type: ignore[no-untyped-def]
    text = "दोनों सेनाओं ने दौलत बेग ओल्डी और रेजांग ला के पास बातचीत की।"
    ids = {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}
    assert ids.get("दौलत बेग ओल्डी") == "region:daulat-beg-oldi"
    assert ids.get("रेजांग ला") == "region:rezang-la"


def test_the_neighbours_border_guards_and_a_town_police_unit_are_bodies(rec) -> None:  # type: ignore[no-untyped-def]
    text = "सीमा पर बॉर्डर गार्ड बांग्लादेश से बात हुई, और अजमेर एसओजी ने दो लोगों को पकड़ा।"
    found = {text[m.start : m.end]: (m.label, m.entity_id) for m in linked_mentions(rec, text)}
    assert found.get("बॉर्डर गार्ड बांग्लादेश") == ("ORG", "org:bgb")
    assert found.get("अजमेर एसओजी", ("",))[0] == "ORG"


def test_villages_listed_after_the_word_for_a_village_are_each_a_place(rec) -> None:  # type: ignore[no-untyped-def]
    text = "बैठक में तीनों गांव बिसरख, कुलेसरा और जलपुरा के प्रधान पहुंचे।"
    found = _found(rec, text)
    assert found.get("बिसरख") == "GPE"
    assert found.get("कुलेसरा") == "GPE"
    assert "तीनों गांव" not in found


def test_every_name_head_is_found_where_a_whole_scan_finds_it() -> None:
    """The head patterns are tried only where their first word stands (a speed-up); that must find what
    scanning the whole piece finds, for every kind of head, one-word endings (``...नगर``) included."""
    from sambandh.entities import _head_hits, _name_heads_gated

    text = ("रामनगर के सेक्टर 12 में शिवपुरी रोड पर नगर निगम का दफ्तर है, कमलविहार और पटेलगंज से लोग आए; "
            "the Delhi High Court and Noida Sector 62 were named. बागवानी विभाग, एम्स अस्पताल।")
    kinds = set()
    for rx, _label, where, first, _whole in _name_heads_gated():
        fast = [m.span() for m in _head_hits(rx, text, first, where)]
        assert fast == [m.span() for m in rx.finditer(text)], (where, first)
        if fast:
            kinds.add(where)
    assert "ending" in kinds  # the text does reach the kind whose pattern opens before its word
