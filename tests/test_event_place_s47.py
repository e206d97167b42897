"""Where events happened (sambandh.events.setting), session 47: an attack on the hall a body sits in.
Sentences written for these tests."""

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


def _attacks(events: list) -> list:
    return [e for e in events if e.type == "ASSAULT"]


def test_an_attack_on_a_named_parliament_happened_at_its_hall():
    text, events = _events("उग्रवादियों ने पिछले महीने भारतीय संसद पर हमला किया था।")
    (ev,) = _attacks(events)
    assert ev.place == "org:in-parliament" and text[ev.place_start : ev.place_end] == "भारतीय संसद"
    # (the hall attacked wins over another attack's place in the clause)
    text, events = _events("उन्होंने कहा कि कल रात पुंछ में हुआ हमला भारतीय संसद पर दिसंबर में हुए हमले के बाद सबसे बड़ा है।")
    on_hall = [e for e in _attacks(events) if e.place == "org:in-parliament"]
    assert len(on_hall) == 1 and text[on_hall[0].trigger_start : on_hall[0].trigger_end] == "हमले"


def test_a_parliament_named_by_its_kind_alone_is_its_countrys():
    text, events = _events("नई दिल्ली (वार्ता): अध्यक्ष ने दो साल पहले संसद परिसर पर हुए हमले को कायराना बताया।")
    (ev,) = _attacks(events)
    assert ev.place == "org:in-parliament" and text[ev.place_start : ev.place_end] == "संसद"


def test_a_parliament_attacked_is_the_building_the_article_names_for_it():
    text, events = _events("सरकार ने संसद भवन की सुरक्षा कड़ी कर दी है।\n\nपांच साल पहले आतंकियों ने संसद पर हमला किया था।")
    (ev,) = _attacks(events)
    assert ev.place == "fac:parliament-house-india" and text[ev.place_start : ev.place_end] == "संसद"


def test_what_is_no_attack_on_the_hall_keeps_its_own_place():
    # (a body in the locative is where the act was done, as before; an attack in another case is not on the hall)
    _, events = _events("विपक्ष ने संसद में सरकार की कड़ी आलोचना की।")
    assert all(e.place != "org:in-parliament" or e.type != "ASSAULT" for e in events)
    _, events = _events("उग्रवादियों ने श्रीनगर में सेना के शिविर पर हमला किया।")
    assert {e.place for e in _attacks(events)} == {"city:srinagar"}


_SCENE = ("पटना के कंकड़बाग इलाके में मंगलवार को दिनदहाड़े शूटआउट हुआ। इससे इलाके में हड़कंप मच गया। लोग घरों में छिप गए। "
          "दुकानें बंद हो गईं। कई घंटे तक सड़कें सूनी रहीं। ")


def test_a_deed_of_a_local_report_told_far_from_its_lead_takes_the_leads_scene():
    text, events = _events(_SCENE + "पुलिस ने पांच बदमाशों को गिरफ्तार किया है।")
    (ev,) = [e for e in events if e.type == "COERCE"]
    assert text[ev.place_start : ev.place_end] == "कंकड़बाग"
    # (a case lodged too)
    text, events = _events(_SCENE + "पुलिस ने बदमाशों के खिलाफ मामला दर्ज किया है।")
    (ev,) = [e for e in events if e.type == "ACCUSE"]
    assert text[ev.place_start : ev.place_end] == "कंकड़बाग"


def test_the_leads_scene_is_not_given_past_a_second_scene_nor_to_a_statement():
    # (another place stated on the way: no one local story)
    _, events = _events(_SCENE.replace("इससे इलाके में हड़कंप मच गया।", "घायलों को दानापुर में भर्ती कराया गया।")
                        + "पुलिस ने पांच बदमाशों को गिरफ्तार किया है।")
    (ev,) = [e for e in events if e.type == "COERCE"]
    assert ev.place is None
    # (a statement is made wherever its speaker was)
    _, events = _events(_SCENE + "विधायक रमेश वर्मा ने पुलिस की कड़ी आलोचना की।")
    assert all(e.place is None for e in events if e.type == "ACCUSE")


def test_where_a_party_set_out_for_is_no_lead_scene():
    text = ("जांच दल बुधवार को पुणे के लिए रवाना हुआ। अदालत इस केस पर अगले हफ्ते विचार करेगी। "
            "अभियुक्त पर अपमानजनक पोस्ट डालने का आरोप है। इलाके में इसे लेकर रोष है। कुछ संगठनों ने सभा रखी है। "
            "पीड़ित परिवार ने थाने में शिकायत दर्ज कराई।")
    _, events = _events(text)
    assert [e.place for e in events if e.type == "ACCUSE"] == [None]
