"""Where events happened (sambandh.events.setting), session 40: halls named by their kind alone, ... Sentences
written for these tests."""

from __future__ import annotations

from conftest import annotate_text
from conftest import places_of as places


def _events(text: str, published: str = "2024-05-02") -> tuple[str, list]:
    """The article's clean text and its events, with the offsets of their places."""
    from sambandh.config import Config
    from sambandh.model import Article, RawRecord
    from sambandh.pipeline import Pipeline, article_stages

    rec = RawRecord(source="t", data=text, kind="record", meta={"title": "", "published": published})
    art = next(iter(Pipeline(article_stages(Config.build())).run(iter([rec]))))
    assert isinstance(art, Article)
    return art.text, art.events


def _at(text: str, typ: str, mode: str | None = None) -> list[str | None]:
    return places(annotate_text(text, published="2024-05-02"), typ, mode)


def test_a_parliament_named_bare_in_the_locative_is_its_countrys():
    # the home country's, the doers' unless another country is named in the genitive before it
    assert _at("विपक्ष ने संसद में सरकार की नीति की आलोचना की।", "ACCUSE") == ["org:in-parliament"]
    assert _at("पाकिस्तान की संसद में विपक्ष ने सरकार की नीति की आलोचना की।", "ACCUSE") == ["org:pk-parliament"]


def test_a_hall_is_the_place_of_its_sentences_acts_not_of_the_acts_told_after_it():
    text = ("कांग्रेस सांसद मोहन कुमार ने संसद में यह मुद्दा उठाते हुए सरकार से मदद की अपील की। अगले दिन मोहन कुमार ने "
            "पटना में किसान नेताओं के साथ बैठक की।")
    assert _at(text, "REQUEST") == ["org:in-parliament"]
    assert _at(text, "CONSULT") == ["city:patna"]
    # (a group's too: "विपक्षी दलों ने संसद में ... और ... मांग की")
    text = ("विपक्षी दलों ने संसद में जमकर हंगामा किया और गृह मंत्री से इस्तीफे की मांग की। अगले दिन विपक्षी दलों ने सरकार "
            "की नीतियों की कड़ी आलोचना की।")
    assert _at(text, "REQUEST") == ["org:in-parliament"]
    assert _at(text, "ACCUSE") == [None]
    text = "कांग्रेस सांसद मोहन कुमार ने संसद में सरकार की नीतियों की आलोचना की। मोहन कुमार ने मंत्री से इस्तीफे की मांग की।"
    assert _at(text, "ACCUSE") == ["org:in-parliament"]
    assert _at(text, "REQUEST") == [None]


def test_a_court_named_bare_in_the_locative_stands_for_the_city_it_sits_in():
    # the city named with it, else the city the report is filed from, spanned by the court's words
    doc = annotate_text("पीड़िता के पिता ने लखनऊ की एक अदालत में अर्जी देकर सुरक्षा की मांग की।", published="2024-05-02")
    assert places(doc, "REQUEST") == ["city:lucknow"]
    text, events = _events("पटना, 3 मई। किसान नेता रामलाल ने हाई कोर्ट में याचिका दायर कर मुआवजे की गुहार लगाई।",
                           published="2024-05-03")
    ev = next(e for e in events if e.type == "REQUEST")
    assert ev.place == "city:patna" and text[ev.place_start : ev.place_end] == "हाई कोर्ट"


def test_where_someone_lives_is_not_where_the_act_was_done():
    text = "पटना, 3 मई। पुलिस ने कंकड़बाग इलाके में रहने वाले दो युवकों को चोरी के आरोप में गिरफ्तार किया।"
    assert _at(text, "COERCE", "arrest") == ["city:patna"]
    assert _at("पुलिस ने कंकड़बाग इलाके में दो युवकों को गिरफ्तार किया।", "COERCE", "arrest") != ["city:patna"]


def test_a_speech_to_a_crowd_is_made_where_its_ablative_says_not_a_deed_it_tells_of():
    assert _at("कांग्रेस नेता रमेश वर्मा ने वाराणसी से राज्य की भाजपा सरकार को खुलकर ललकारा।", "ACCUSE") == ["city:varanasi"]
    # the podium sets the scene of the speaker's acts, not of a deed the speech tells of
    text = "वाराणसी से राष्ट्र को संबोधित करते हुए प्रधानमंत्री ने सीमा पर हुई हिंसा की चर्चा की।"
    assert _at(text, "CONSULT") == ["city:varanasi"]
    assert _at(text, "ASSAULT") in ([], [None])
    # where someone came from is no podium
    assert _at("दिल्ली से आए किसानों ने सरकार को ललकारा।", "ACCUSE") == [None]


def test_a_local_act_of_no_countrys_side_is_where_the_report_is_filed_when_nothing_else_places_it():
    text = "पटना, 3 मई। कांग्रेस नेताओं ने बिजली कटौती के खिलाफ जमकर प्रदर्शन किया।"
    assert _at(text, "PROTEST") == ["city:patna"]
    # (a side of another country is not)
    assert _at("पटना, 3 मई। संयुक्त राष्ट्र ने ईरान पर नए प्रतिबंध लगाए।", "SANCTION") == [None]


def test_an_act_in_a_relative_clause_of_what_happened_within_an_act_is_at_that_acts_place():
    text = ("भारतीय सेना ने कुपवाड़ा में आतंकी ठिकानों पर कार्रवाई की। यह कार्रवाई पुलवामा में हुए आतंकी हमले के जवाब में "
            "की गई, जिसमें आतंकवादियों ने 40 जवानों की हत्या कर दी थी।")
    assert _at(text, "ASSAULT", "kill") == ["city:pulwama"]


def test_a_sentence_saying_of_which_place_the_case_is_sets_the_scene_of_its_acts_before_the_dateline():
    text = ("पटना, 3 मई। मामला दानापुर थाना इलाके का है। आरोपी ने घर में घुसकर महिला की हत्या कर दी। पुलिस ने आरोपी को "
            "गिरफ्तार कर लिया।")
    _, events = _events(text, published="2024-05-03")
    kill = next(e for e in events if e.type == "ASSAULT")
    assert kill.place and kill.place.startswith("new:gpe:") and kill.place_start >= 0
    # (the sentence after the deed says it too)
    text = "पटना, 3 मई। बदमाशों ने एक व्यापारी की हत्या कर दी। घटना कंकड़बाग थाना क्षेत्र की है।"
    doc_text, events = _events(text, published="2024-05-03")
    kill = next(e for e in events if e.type == "ASSAULT")
    assert doc_text[kill.place_start : kill.place_end] == "कंकड़बाग"
