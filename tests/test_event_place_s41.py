"""Where and when events happened (sambandh.events.setting), session 41: years told before, courts with no city,
places a measure away, nouns named again after a merged telling, courts named in a retelling, weekdays within a
span of days. Sentences written for these tests."""

from __future__ import annotations


def _events(text: str, published: str | None = None) -> tuple[str, list]:
    """The article's clean text and its events (no publication date unless one is given)."""
    from sambandh.config import Config
    from sambandh.model import Article, RawRecord
    from sambandh.pipeline import Pipeline, article_stages

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": published})
    art = next(iter(Pipeline(article_stages(Config.build())).run(iter([rec]))))
    assert isinstance(art, Article)
    return art.text, art.events


def _one(events: list, typ: str):
    found = [e for e in events if e.type == typ]
    assert len(found) == 1, [(e.type, e.mode) for e in events]
    return found[0]


def test_a_day_without_its_year_takes_the_year_of_the_date_told_just_before():
    _, events = _events("16 मार्च 2015 को पुलिस ने आरोपी को गिरफ्तार किया। 18 मार्च को अदालत ने उसे जमानत दे दी।")
    assert _one(events, "COERCE").date == "2015-03-16"
    assert _one(events, "CONCEDE").date == "2015-03-18"
    # (a day before the one told is no day of the same story's year: it stays open)
    _, events = _events("16 मार्च 2015 को पुलिस ने आरोपी को गिरफ्तार किया। 12 फरवरी को अदालत ने उसे जमानत दे दी।")
    assert _one(events, "CONCEDE").date == "XXXX-02-12"
    # (a publication date anchors it as before)
    _, events = _events("16 मार्च 2015 को पुलिस ने आरोपी को गिरफ्तार किया। 18 मार्च को अदालत ने उसे जमानत दे दी।",
                        published="2024-05-02")
    assert _one(events, "CONCEDE").date != "2015-03-18"


def test_a_court_in_the_locative_with_no_city_known_is_the_place_by_its_words():
    text, events = _events("किसान नेता रामलाल ने हाई कोर्ट में याचिका दायर कर मुआवजे की गुहार लगाई।")
    ev = _one(events, "REQUEST")
    assert ev.place and ev.place.startswith("new:fac:") and text[ev.place_start : ev.place_end] == "हाई कोर्ट"
    # (with a dateline, the city it is filed from, as before)
    text, events = _events("पटना, 3 मई। किसान नेता रामलाल ने हाई कोर्ट में याचिका दायर कर मुआवजे की गुहार लगाई।",
                           published="2024-05-03")
    assert _one(events, "REQUEST").place == "city:patna"


def test_a_place_a_measure_away_from_which_a_deed_was_done_is_its_place():
    _, events = _events("पटना, 3 मई। बदमाशों ने हाजीपुर से दो किलोमीटर दूर एक व्यापारी की गोली मारकर हत्या कर दी।",
                        published="2024-05-03")
    assert {e.place for e in events if e.type == "ASSAULT"} == {"city:hajipur"}
    text, events = _events("पटना, 3 मई। बदमाशों ने हाजीपुर थाने से महज 200 मीटर की दूरी पर एक व्यापारी के घर डकैती की।",
                           published="2024-05-03")
    ev = _one(events, "ASSAULT")
    assert text[ev.place_start : ev.place_end].startswith("हाजीपुर")


def test_a_noun_named_again_after_a_later_telling_places_the_merged_act():
    _, events = _events("भारत और चीन के सैन्य अधिकारियों की मुलाकात हुई। सूत्रों के अनुसार दोनों देश कोर कमांडर स्तरीय "
                        "बैठक कर रहे हैं। यह बैठक चुशूल में सुबह से जारी है।")
    assert _one(events, "CONSULT").place == "city:chushul"


def test_a_court_named_only_where_the_act_is_told_again_seats_it():
    _, events = _events("एक भारतीय नागरिक को जासूसी के आरोप में पांच साल की सज़ा सुनाई गई है।\n\nमुंबई के रहने वाले राहुल "
                        "वर्मा को एक पाकिस्तानी सैन्य अदालत ने जासूसी का दोषी क़रार दिया।")
    assert _one(events, "COERCE").place == "country:pk"


def test_a_weekday_within_the_span_of_a_visit_is_that_day_of_it():
    _, events = _events("विदेश मंत्री एस जयशंकर 10-12 मार्च 2025 तक जापान के दौरे पर हैं। जयशंकर और जापान के विदेश मंत्री "
                        "की यह मुलाकात मंगलवार को टोक्यो में हुई।")
    visit = next(e for e in events if e.mode == "visit")
    assert (visit.date, visit.date_to) == ("2025-03-10", "2025-03-12")
    assert next(e for e in events if e.mode == "meet").date == "2025-03-11"


def test_a_bare_court_with_no_dateline_sits_in_the_one_city_the_article_names_a_court_by():
    text, events = _events("लखनऊ की एक अदालत ने व्यापारी को धोखाधड़ी का दोषी ठहराया। इससे पहले अदालत में सुनवाई के "
                           "दौरान उसके साथी को बरी कर दिया गया था।")
    ev = _one(events, "CONCEDE")
    assert ev.place == "city:lucknow" and text[ev.place_start : ev.place_end] == "अदालत"


def test_a_case_filed_takes_the_scenes_place_like_a_deed():
    _, events = _events("बदमाशों ने रविवार रात एक व्यापारी को लूट लिया। मामला बुराड़ी थाना इलाके का है। व्यापारी की शिकायत "
                        "पर पुलिस ने बदमाशों के खिलाफ केस दर्ज किया।")
    assert _one(events, "ACCUSE").place == "city:burari"


def test_english_names_the_finer_place_before_the_one_that_holds_it():
    _, events = _events("NEW DELHI, May 3: China's troops at Nathu La in Sikkim on Monday stopped Indian traders from "
                        "going into Tibet.", published="2024-05-03")
    assert _one(events, "SANCTION").place == "region:nathu-la"
    # (a city still comes before what stands in it)
    _, events = _events("CANBERRA, May 3: Defence ministers of Australia and India signed two agreements on Friday "
                        "at the Parliament House in Canberra.", published="2024-05-03")
    assert _one(events, "AGREE").place == "city:canberra"


def test_a_deed_told_as_claimed_takes_the_cases_place():
    _, events = _events("अदालत ने आरोपी को बरी कर दिया। मामला बुराड़ी थाना इलाके का है। महिला ने आरोप लगाया कि 5 अक्टूबर "
                        "2008 को आरोपी ने घर में घुसकर उसके साथ मारपीट की।")
    assert _one(events, "ASSAULT").place == "city:burari"
