"""Where events happened (sambandh.events.setting), session 20: the destination of a visit that frames the
clause, and the known place that holds a locality the tagger does not name. Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def test_an_act_done_during_a_visit_happens_at_its_destination():
    doc = annotate("अपनी फ्रांस यात्रा में राष्ट्रपति द्रौपदी मुर्मू ने बुधवार को राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की।",
                   published="2024-03-14")  # fmt: skip
    assert places(doc, "CONSULT") == {"country:fr"}
    doc = annotate("जापान के तीन दिवसीय दौरे के दौरान विदेश मंत्री ने टोक्यो के उद्योगपतियों से बातचीत की।",
                   published="2024-03-14")  # fmt: skip
    assert "country:jp" in places(doc, "CONSULT") | {e["place"] and e["place"]["entity_id"] for e in doc["events"]}


def test_a_visit_frame_in_english_gives_the_destination():
    doc = annotate("During her visit to Japan, Nirmala Sitharaman met Prime Minister Fumio Kishida on Monday.",
                   published="2024-03-14", language="en")  # fmt: skip
    assert places(doc, "CONSULT") == {"country:jp"}


def test_the_visit_itself_is_not_framed_by_its_own_noun():
    # "दौरे पर हैं" is the visit, not a frame: its place is its destination as before
    doc = annotate("प्रधानमंत्री नरेंद्र मोदी इस समय जापान के दौरे पर हैं।", published="2024-03-14")
    assert places(doc, "CONSULT") <= {"country:jp", "city:tokyo"}


def test_a_known_place_that_holds_an_unnamed_locality_is_where_the_act_happened():
    # (session 24: a locality named before its area word, "तरालगुंड इलाके", is now named, and is the finer place)
    doc = annotate("सुरक्षाबलों ने सोमवार को पुलवामा जिले के तरालगुंड इलाके के वन क्षेत्र में दो आतंकवादियों को मार गिराया।",
                   published="2024-03-12")  # fmt: skip
    assert {(e["place"] or {}).get("name") for e in doc["events"] if e["type"] == "ASSAULT"} == {"तरालगुंड"}
    doc = annotate("सुरक्षाबलों ने बारामूला के खुशपोरा के पहाड़ी इलाके में तलाशी अभियान चलाया।", published="2024-03-12")
    assert places(doc, "COERCE") == {"city:baramulla"}


def test_a_country_holding_unnamed_places_is_too_wide_and_a_named_inner_place_wins():
    doc = annotate("पुलिस ने भारत के कई इलाके में छापे मारे।", published="2024-03-12")
    assert places(doc, "COERCE") <= {None}
    doc = annotate("सुरक्षाबलों ने जम्मू-कश्मीर के कुपवाड़ा जिले में एक आतंकवादी को मार गिराया।", published="2024-03-12")
    assert places(doc, "ASSAULT") == {"city:kupwara"}


def test_a_visit_frames_the_saying_not_the_reported_words():
    said = ("रूस के विदेश मंत्री सर्गेई लावरोव ने भारत की दो दिवसीय यात्रा के दौरान स्पष्ट किया कि रूस और चीन के बीच "
            "सैन्य गठबंधन का समझौता {}हो रहा है।")  # fmt: skip
    for negation in ("", "नहीं "):
        doc = annotate(said.format(negation), published="2024-03-12")
        assert places(doc, "AGREE") == {None}
        assert places(doc, "CONSULT") == {"country:in"}  # the visit itself still goes to India


def test_a_locative_chain_through_a_genitive_ends_at_the_finer_place():
    doc = annotate("उत्तर प्रदेश में रामपुर के पुलिस कैंप में आतंकवादियों ने सोमवार को हमला किया।", published="2024-03-12")
    assert {(e["place"] or {}).get("name") for e in doc["events"] if e["type"] == "ASSAULT"} == {"रामपुर"}


def test_a_statement_made_on_the_occasion_just_told_is_of_that_scene():
    scene = ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को लखनऊ में किसानों के एक सम्मेलन को संबोधित किया। उन्होंने कहा कि खेती देश "
             "की रीढ़ है। उन्होंने कहा कि सरकार किसानों के साथ खड़ी है। सम्मेलन में कई राज्यों के किसान आए थे। मंच पर "
             "मुख्यमंत्री भी मौजूद थे। ")  # fmt: skip
    doc = annotate(scene + "इस अवसर पर मोदी ने किसानों से जैविक खेती अपनाने की अपील की।", published="2024-03-12")
    assert places(doc, "REQUEST") == {"city:lucknow"}
    # without the pointer back a statement is not placed by the scene
    doc = annotate(scene + "मोदी ने किसानों से जैविक खेती अपनाने की अपील की।", published="2024-03-12")
    assert places(doc, "REQUEST") == {None}


def test_the_grounds_of_a_building_are_the_building():
    doc = annotate("सोमवार को राष्ट्रपति भवन प्रांगण में जापान के प्रधानमंत्री का औपचारिक स्वागत किया गया।",
                   published="2024-03-12")  # fmt: skip
    assert places(doc, "CONSULT") == {"fac:rashtrapati-bhavan"}
