"""Where events happened (sambandh.events.setting) and the learned place chooser (sambandh.events.place_choice),
session 34. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import annotate_text, one_article
from conftest import places_of as places

annotate = annotate_text


def test_a_country_hosting_a_gathering_hosts_it_at_home_unless_its_sentence_says_where():
    doc = annotate("श्रीलंका ने पिछले साल इस शिखर सम्मेलन की मेजबानी की थी।", published="2024-05-10")
    assert places(doc, "CONSULT", "host") == ["country:lk"]
    doc = annotate("भारत ने नई दिल्ली में इस सम्मेलन की मेजबानी की।", published="2024-05-10")
    assert places(doc, "CONSULT", "host") == ["city:new-delhi"]


def _run(text: str, chooser: str) -> tuple[list, dict]:
    from sambandh.config import Config
    from sambandh.model import Article
    from sambandh.pipeline import EventStage, article_stages

    stages = article_stages(Config.build(place_chooser=chooser))
    extractor = next(st.extractor for st in stages if isinstance(st, EventStage))
    extractor.places_seen = {}
    art = one_article(text, stages, "2024-05-10")
    assert isinstance(art, Article)
    return art.events, extractor.places_seen


def test_the_place_chooser_offers_every_place_of_the_sentence_and_no_place(tmp_path: Path):
    text = "पटना में गुरुवार को पुलिस ने लखनऊ के पांच लोगों को गिरफ्तार किया।"
    events, seen = _run(text, "off")
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.place == "city:patna"  # the rules: the locative
    _, cands = seen[id(arrest)]
    by_place = {c.place: c for c in cands}
    assert "" in by_place and "rules" not in by_place[""].feats  # no place, which the rules did not choose
    assert "rules" in by_place["city:patna"].feats and "case=loc/sent" in by_place["city:patna"].feats
    assert "city:lucknow" in by_place and "case=gen/sent" in by_place["city:lucknow"].feats
    # a model that prefers the genitive's place over the rules' is followed where it may choose ("all")
    model = tmp_path / "place.json"
    model.write_text(json.dumps({"mode": "all", "weights": {"case=gen/sent": 5.0}}), encoding="utf-8")
    events, _ = _run(text, str(model))
    assert next(e for e in events if e.type == "COERCE").place == "city:lucknow"
    # and not where it only fills places the rules left empty ("fill")
    fill = tmp_path / "place-fill.json"  # (models are cached by path)
    fill.write_text(json.dumps({"mode": "fill", "weights": {"case=gen/sent": 5.0}}), encoding="utf-8")
    events, _ = _run(text, str(fill))
    assert next(e for e in events if e.type == "COERCE").place == "city:patna"


def test_the_place_chooser_is_off_by_default():
    from sambandh.config import Config

    assert Config.build().place_chooser == "off"


def test_a_place_in_words_quoted_after_the_act_is_not_where_it_was_done():
    doc = annotate("कोलकाता : भारत ने शुक्रवार को ब्रिटिश सांसदों के प्रस्ताव की निंदा करते हुए कहा, ‘बांग्लादेश में फैली "
                   "अशांति पर हमारी नजर है।’", published="2024-05-10")
    assert places(doc, "ACCUSE") == ["city:kolkata"]  # the dateline's country speaks where the report is filed
    # a place in the act's clause before the quotation still is
    doc = annotate("प्रधानमंत्री ने बुधवार को पेरिस में राजदूत से मुलाकात की।", published="2024-05-10")
    assert places(doc, "CONSULT") == ["city:paris"]


def test_a_place_in_what_the_act_says_after_it_is_not_where_it_was_done():
    doc = annotate("विपक्ष ने मंगलवार को आरोप लगाया कि मणिपुर में हालात बिगड़ रहे हैं।", published="2024-05-10")
    assert "region:manipur" not in places(doc, "ACCUSE")
