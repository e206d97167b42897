"""Where events happened (sambandh.entities_frames, read by the event coder), session 48: a village, a locality
or a road the tagger left unnamed, read as a place by the words around it. Sentences and names written for these
tests."""

from __future__ import annotations


def _events(text: str) -> tuple[str, list]:
    """The article's clean text and its events (no publication date)."""
    from sambandh.config import Config
    from sambandh.model import Article, RawRecord
    from sambandh.pipeline import Pipeline, article_stages

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": None})
    art = next(iter(Pipeline(article_stages(Config.build())).run(iter([rec]))))
    assert isinstance(art, Article)
    return art.text, art.events


def _framed(text: str) -> list[tuple[str, str]]:
    """The settlements (with their ids) and the roads a locative frame names, in text order."""
    from sambandh.entities_frames import frame_entity_ids, framed_roads, framed_settlements

    settled = framed_settlements(text, [])
    frame_entity_ids(text, settled, [])
    found = sorted(settled + framed_roads(text, []), key=lambda m: m.start)
    return [(text[m.start : m.end], m.label) for m in found]


def test_a_name_a_districts_genitive_holds_before_the_locative_is_a_place():
    text = "भीलवाड़ा जिले के कोटड़ीखेड़ा में झड़प हुई। बाद में कोटड़ीखेड़ा में शांति रही।"
    # (the same name again, bare, is the same place)
    assert _framed(text) == [("कोटड़ीखेड़ा", "GPE"), ("कोटड़ीखेड़ा", "GPE")]
    assert _framed("थाना क्षेत्र के रामपुरिया के पास हादसा हुआ।") == [("रामपुरिया", "GPE")]


def test_a_local_bodys_word_opens_a_place_and_a_road_is_named_by_its_two_ends():
    assert _framed("ग्राम पंचायत धनोरिया के लोगों ने शिकायत की।") == [("धनोरिया", "GPE")]
    assert _framed("ग्रामीणों ने अजमेर-ब्यावर मार्ग पर जाम लगाया।") == [("अजमेर-ब्यावर मार्ग", "LOC")]


def test_everyday_words_in_a_frame_are_no_place():
    assert _framed("जिले के एक गांव में झड़प हुई।") == []
    assert _framed("ग्राम सभा ने प्रस्ताव खारिज कर दिया।") == []
    assert _framed("जिले के सरकारी अस्पताल में भर्ती कराया गया।") == []


def test_acts_of_a_local_report_are_placed_at_the_framed_locality():
    text, events = _events("भीलवाड़ा जिले के कोटड़ीखेड़ा में मंगलवार को दो गुटों में झड़प हो गई। पुलिस ने पांच लोगों को गिरफ्तार"
                           " किया।")
    placed = {e.type: text[e.place_start : e.place_end] for e in events if e.place_start >= 0}
    assert placed == {"ASSAULT": "कोटड़ीखेड़ा", "COERCE": "कोटड़ीखेड़ा"}
    assert all(e.place and e.place.startswith("new:gpe:") for e in events)


def test_a_blockade_on_a_road_named_by_two_towns_is_on_that_road():
    text, events = _events("हादसे से नाराज ग्रामीणों ने अजमेर-ब्यावर मार्ग पर जाम लगा दिया।")
    (ev,) = [e for e in events if e.type == "PROTEST"]
    assert text[ev.place_start : ev.place_end] == "अजमेर-ब्यावर मार्ग" and ev.place.startswith("new:loc:")


def _placed(text: str, kind: str) -> str | None:
    text, events = _events(text)
    (ev,) = [e for e in events if e.type == kind]
    return text[ev.place_start : ev.place_end] if ev.place_start >= 0 else ev.place


def test_a_doer_named_by_his_own_locality_acts_there():
    assert _placed("ग्राम पंचायत कुसमेली सरपंच रमेश कुमार ने अपने ऊपर लगे सभी आरोपों को निराधार बताया।", "REJECT") == "कुसमेली"
    assert _placed("ग्राम पंचायत भंडारखो के कुछ लोगों ने सरपंच पर घोटाले का आरोप लगाया था।", "ACCUSE") == "भंडारखो"
    assert _placed("भंडारखो गांव के लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") == "भंडारखो गांव"


def test_a_locality_someone_came_from_or_a_listed_city_is_no_doers_home():
    assert _placed("भंडारखो गांव से आए लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") is None
    assert _placed("दिल्ली के लोगों ने सरपंच पर घोटाले का आरोप लगाया।", "ACCUSE") is None
