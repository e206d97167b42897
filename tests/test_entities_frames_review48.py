"""Places read by their locative frame (sambandh.entities_frames), session 48 review fixes: the frame's words,
the mentions and the everyday words it is given. Sentences and names written for these tests."""

from __future__ import annotations

from sambandh.model import Mention


def _settled(text: str, mentions: list[Mention] | None = None, common: frozenset[str] = frozenset()) -> list[str]:
    from sambandh.entities_frames import framed_settlements

    return [text[m.start : m.end] for m in framed_settlements(text, mentions or [], common)]


def _framed(text: str, mentions: list[Mention]) -> list[Mention]:
    from sambandh.entities_frames import framed_settlements

    return framed_settlements(text, mentions, frozenset())


def test_the_container_frame_takes_every_genitive_form_of_the_cases_table() -> None:
    from sambandh.events.grammar import _GEN_FORMS

    for gen in sorted(_GEN_FORMS):
        assert _settled(f"थाना क्षेत्र {gen} रामपुरिया में हादसा हुआ।") == ["रामपुरिया"], gen


def test_a_local_bodys_word_after_a_number_is_a_weight_unit_not_a_village() -> None:
    # (the weight unit and the village's word are the same: after a count it is the unit, with no bare repeat)
    assert _settled("पुलिस ने आरोपी से 50 ग्राम स्मैक बरामद की। स्मैक की कीमत लाखों में है।") == []
    assert _settled("तलाशी में 1.5 ग्राम चरस और पांच ग्राम अफीम मिली।") == []
    assert _settled("दो हजार ग्राम हेरोइन जब्त हुई।") == []
    # (the twin: the village's word with no count before it still opens a name)
    assert _settled("पुलिस ने ग्राम धनोरिया में 50 ग्राम स्मैक बरामद की।") == ["धनोरिया"]


def test_a_land_records_word_after_mauja_is_no_village() -> None:
    assert _settled("मौजा सर्वे का काम पूरा हुआ।") == []
    assert _settled("मौजा खसरा नंबर की जांच हुई।") == []
    assert _settled("मौजा बेलहरी में जमीन का विवाद हुआ।") == ["बेलहरी"]


def test_a_weight_reaches_no_entity_of_the_article(rec) -> None:  # type: ignore[no-untyped-def]
    from conftest import linked_mentions

    text = "पुलिस ने आरोपी से 200 ग्राम हेरोइन बरामद की। हेरोइन की कीमत लाखों में है।"
    assert [text[m.start : m.end] for m in linked_mentions(rec, text) if m.source == "frame"] == []


def test_a_plural_common_noun_in_a_container_frame_is_no_place() -> None:
    assert _settled("जिले के अधिकारियों के पास शिकायत पहुंची।") == []
    assert _settled("थाना क्षेत्र के बदमाशों में दहशत है।") == []
    assert _settled("थाना क्षेत्र के रामपुरिया में दहशत है।") == ["रामपुरिया"]


def test_an_arrest_is_not_placed_at_the_plural_a_frame_took_for_a_place() -> None:
    from test_event_place_s48 import _events

    text, events = _events("थाना क्षेत्र के बदमाशों में दहशत है। पुलिस ने दो बदमाशों को गिरफ्तार किया।")
    (ev,) = [e for e in events if e.type == "COERCE"]
    assert ev.place_start < 0 or text[ev.place_start : ev.place_end] != "बदमाशों"


def test_a_framed_name_takes_the_entity_of_the_same_name_tagged_not_of_a_longer_one() -> None:
    from sambandh.entities_frames import frame_entity_ids

    text = "ग्राम रामपुर में झड़प हुई। रामपुरवा में शांति रही।"
    tagged = [Mention(text.index("रामपुरवा"), text.index("रामपुरवा") + len("रामपुरवा"), "GPE", entity_id="Q1")]
    framed = _framed(text, tagged)
    frame_entity_ids(text, framed, tagged)
    assert [text[m.start : m.end] for m in framed] == ["रामपुर"] and framed[0].entity_id != "Q1"
    text = "ग्राम रामपुर में झड़प हुई। रामपुर कस्बे में शांति रही।"
    tagged = [Mention(text.index("रामपुर कस्बे"), text.index("रामपुर कस्बे") + len("रामपुर कस्बे"), "GPE", entity_id="Q2")]
    framed = _framed(text, tagged)
    frame_entity_ids(text, framed, tagged)
    assert [m.entity_id for m in framed] == ["Q2"]


def test_a_road_takes_the_entity_of_the_same_road_tagged_not_of_a_longer_name() -> None:
    from sambandh.entities_frames import framed_roads

    text = "अजमेर-ब्यावर मार्ग पर जाम लगा। अजमेर-ब्यावर मार्गों की हालत खराब है।"
    at = text.rindex("अजमेर")
    (road,) = framed_roads(text, [Mention(at, at + len("अजमेर-ब्यावर मार्गों"), "LOC", entity_id="Q3")])
    assert road.entity_id != "Q3"
    text = "अजमेर-ब्यावर मार्ग पर जाम लगा। अजमेर-ब्यावर मार्ग की हालत खराब है।"
    at = text.rindex("अजमेर")
    (road, _) = framed_roads(text, [Mention(at, at + len("अजमेर-ब्यावर मार्ग"), "LOC", entity_id="Q3")])
    assert road.entity_id == "Q3"


def test_a_word_of_the_taggers_everyday_list_is_no_name_in_a_frame() -> None:
    text = "थाना क्षेत्र के चौराहे में हादसा हुआ।"
    assert _settled(text) == ["चौराहे"]
    assert _settled(text, common=frozenset({"चौराहे"})) == []


def test_a_name_a_mention_covers_is_not_read_again_nor_its_bare_repeat() -> None:
    text = "भीलवाड़ा जिले के कोटड़ीखेड़ा में झड़प हुई। बाद में कोटड़ीखेड़ा में शांति रही।"
    first = text.index("कोटड़ीखेड़ा")
    tagged = [Mention(first, first + len("कोटड़ीखेड़ा"), "GPE")]
    assert _settled(text, tagged) == []
    again = text.rindex("कोटड़ीखेड़ा")
    tagged = [Mention(again, again + len("कोटड़ीखेड़ा"), "PERSON")]
    assert [m.start for m in _framed(text, tagged)] == [first]


def test_a_road_stands_over_its_ends_place_mentions_only() -> None:
    from sambandh.entities_frames import framed_roads

    text = "ग्रामीणों ने अजमेर-ब्यावर मार्ग पर जाम लगाया।"
    at = text.index("अजमेर")
    to = text.index("ब्यावर")
    ends = [Mention(at, at + len("अजमेर"), "GPE"), Mention(to, to + len("ब्यावर"), "GPE")]
    assert [text[m.start : m.end] for m in framed_roads(text, ends)] == ["अजमेर-ब्यावर मार्ग"]
    assert framed_roads(text, [Mention(at, at + len("अजमेर"), "PERSON")]) == []
    assert framed_roads(text, [], frozenset({"ब्यावर"})) == []


def test_a_compound_postposition_after_a_localitys_genitive_makes_it_no_doers_home() -> None:
    from test_event_place_s48 import _placed

    assert _placed("ग्राम पंचायत भंडारखो के कुछ लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") == "भंडारखो"
    assert _placed("ग्राम पंचायत भंडारखो के खिलाफ कुछ लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") is None
    assert _placed("ग्राम पंचायत भंडारखो के साथ कुछ लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") is None
    assert _placed("ग्राम पंचायत भंडारखो के बाद पुलिस ने पांच लोगों को गिरफ्तार किया।", "COERCE") is None
