"""The precision model's features of an event's sentence (sambandh/event_score.py), on sentences
written for these tests."""

from sambandh.event_score import EventScorer, actor_features, context_features, date_features, features
from sambandh.model import Actor, Event, Span


def _event(text: str, trigger: str, **kw) -> tuple[Event, list[Span]]:
    """An event on the first occurrence of ``trigger`` in ``text``; sentences split at '।' and '.'."""
    start = text.index(trigger)
    ev = Event(type=kw.pop("type", "ASSAULT"), mode="attack", cameo="190", actors=kw.pop("actors", []),
               trigger_start=start, trigger_end=start + len(trigger), **kw)  # fmt: skip
    sents, last = [], 0
    for i, ch in enumerate(text):
        if ch in "।.":
            sents.append(Span(last, i + 1))
            last = i + 1
    if last < len(text):
        sents.append(Span(last, len(text)))
    return ev, sents


def _sentence(ev: Event, sents: list[Span]) -> Span:
    return next(s for s in sents if s.start <= ev.trigger_start < s.end)


def test_a_pluperfect_auxiliary_after_the_trigger_is_seen():
    text = "सेना ने सीमा पर हमला किया था और दो चौकियां खाली कराईं।"
    ev, sents = _event(text, "हमला किया")
    assert ">past_aux" in context_features(ev, text, _sentence(ev, sents))
    text2 = "सेना ने सीमा पर हमला किया।"
    ev2, sents2 = _event(text2, "हमला किया")
    assert ">past_aux" not in context_features(ev2, text2, _sentence(ev2, sents2))


def test_an_english_past_perfect_stands_before_the_verb():
    text = "Both sides had agreed to a truce in March."
    ev, sents = _event(text, "agreed", type="AGREE")
    assert "past_aux<" in context_features(ev, text, _sentence(ev, sents))


def test_a_relative_clause_and_a_time_postposition():
    text = "उस गोलीबारी के बाद बातचीत रुकी, जिसमें तीन जवान मारे गए थे।"
    ev, sents = _event(text, "मारे गए")
    feats = context_features(ev, text, _sentence(ev, sents))
    assert "relative<" in feats and "relative<<" in feats
    ev2, sents2 = _event(text, "गोलीबारी")
    feats2 = context_features(ev2, text, _sentence(ev2, sents2))
    assert ">time_post" in feats2 and "postposition>" in feats2 and "mid_sentence" in feats2


def test_a_possibility_and_a_condition():
    text = "अगर बात नहीं बनी तो दोनों देश व्यापार रोक सकते हैं।"
    ev, sents = _event(text, "व्यापार रोक", type="SANCTION")
    feats = context_features(ev, text, _sentence(ev, sents))
    assert ">modal" in feats and "condition<<" in feats and "ends_sentence" in feats


def test_an_act_already_named_earlier_in_the_article():
    text = "सीमा पर झड़प हुई। दोनों सेनाओं ने बाद में बताया कि झड़प में कोई नहीं मरा।"
    ev, sents = _event(text, "झड़प में")
    ev = Event(type=ev.type, mode=ev.mode, cameo=ev.cameo, actors=[], trigger_start=text.rindex("झड़प"),
               trigger_end=text.rindex("झड़प") + len("झड़प"))  # fmt: skip
    assert "told_before" in context_features(ev, text, _sentence(ev, sents))
    first, _ = _event(text, "झड़प")
    assert "told_before" not in context_features(first, text, _sentence(first, sents))


def test_a_date_in_an_earlier_year_than_the_article():
    ev, _ = _event("x हमला y", "हमला", date="2019-03-02", not_after="2024-05-01", date_basis="text")
    assert date_features(ev) == ["date_earlier_year"]
    same, _ = _event("x हमला y", "हमला", date="2024-05-01", not_after="2024-05-01", date_basis="reported")
    assert date_features(same) == []


def test_named_actors_and_their_distance_from_the_trigger():
    text = "भारत ने आज पाकिस्तान पर हमला किया।"
    actors = [Actor("country:in", "source", 0, 4), Actor("country:pk", "target", 11, 20)]
    ev, _ = _event(text, "हमला", actors=actors)
    assert actor_features(ev) == ["named=2", "known=2", "actor_near"]
    generic = [Actor("agent:cvl", "source", 0, 4, via="office")]
    ev2, _ = _event(text, "हमला", actors=generic)
    assert "actors_generic" in actor_features(ev2) and "named=0" in actor_features(ev2)
    assert "known=0" in actor_features(ev2)


def test_known_actors_are_neither_new_names_nor_generic_agents():
    text = "एक अज्ञात व्यक्ति ने भारत की पुलिस से झड़प की।"
    actors = [Actor("new:person:abc", "source", 0, 16), Actor("agent:cop:in", "target", 27, 34)]
    ev, _ = _event(text, "झड़प", actors=actors)
    assert "known=1" in actor_features(ev)  # the police of a country is known, a new name is not
    none, _ = _event(text, "झड़प")
    assert "known=0" in actor_features(none)


def test_the_features_feed_the_model():
    text = "सेना ने सीमा पर हमला किया था।"
    ev, sents = _event(text, "हमला किया")
    feats = features(ev, text, sents)
    assert ">past_aux" in feats and "type=ASSAULT" in feats
    scorer = EventScorer({">past_aux": -2.0}, 0.0, 0.5)
    assert scorer.score(feats) < 0.5 <= scorer.score(["type=ASSAULT"])


def test_past_the_lead_the_position_is_a_share_of_the_article_not_a_count_of_sentences():
    filler = "बैठक हुई। " * 3
    text = filler + "सेना ने हमला किया। " + "बात हुई। " * 8
    ev, sents = _event(text, "हमला किया")
    assert "position=first_half" in features(ev, text, sents)  # the fourth of twelve sentences
    text2 = filler + "बात हुई। " * 6 + "सेना ने हमला किया। " + "बात हुई।"
    ev2, sents2 = _event(text2, "हमला किया")
    assert "position=last_third" in features(ev2, text2, sents2)  # the tenth of eleven
    ev3, sents3 = _event(filler, "बैठक हुई")
    assert "position=lead" in features(ev3, filler, sents3)
