"""The precision model learns from the features it sees at run time (session 30): an event's training row
is taken before places and dates are carried over from neighbouring sentences, as the model scores it.
Sentences written for this test."""

from __future__ import annotations

from conftest import one_article


def test_training_features_are_taken_before_a_place_is_carried_over():
    from sambandh.config import Config
    from sambandh.event_score import features
    from sambandh.model import Article
    from sambandh.pipeline import EventStage, article_stages

    text = "पटना शहर में गुरुवार को दिन भर तनाव रहा। पुलिस ने पांच लोगों को गिरफ्तार किया।"
    stages = article_stages(Config.build(event_scorer="off"))
    extractor = next(st.extractor for st in stages if isinstance(st, EventStage))
    extractor.features_seen = {}
    art = one_article(text, stages, "2024-03-08")
    assert isinstance(art, Article)
    arrests = [e for e in art.events if e.type == "COERCE"]
    assert arrests and arrests[0].place == "city:patna", [(e.type, e.place) for e in art.events]
    seen_ev, seen = extractor.features_seen[id(arrests[0])]
    assert seen_ev is arrests[0]
    # the finished event has the carried place; the model saw it without one, and so learns it
    assert "place" in features(arrests[0], art.text, art.sentences)
    assert "place" not in seen
