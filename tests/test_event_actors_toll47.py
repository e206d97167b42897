"""Actors of session 47 (issue #15: the toll of an attack). Sentences written for these tests; the rules are checked
with the precision model off.

- The wounded told by a count alone after the dead (``... की मौत हो गई और 25 अन्य घायल हो गए``) are more of the
  people told before them: a second target (``events/state.py`` ``_casualties_of_attack``, ``_COUNT_ALONE``).
- A toll told by a count (``जिसमें 5 लोगों की मौत हो गई``) is whom the attack struck also where its words name only a
  body or building it struck (an embassy); one its words name as people struck keeps them alone (session 44).
- Both are kept aside and join the event only once the events are chosen (``_State.fill_toll_counts``): the
  precision model never sees them.
"""

from __future__ import annotations

import pytest
from conftest import one_article, typed_events


def _targets(ev: dict) -> list[str]:
    return [a["entity_id"] for a in ev["actors"] if a["role"] == "target"]


@pytest.mark.parametrize("text", [
    "शहर के बाजार में हुए बम धमाके में चार लोगों की मौत हो गई और 25 अन्य घायल हो गए।",
    "पिछले साल मंदिर पर हमला हुआ था, जिसमें 20 लोग मारे गए और 60 घायल हुए।",
    "स्टेशन पर हुए आत्मघाती हमले में कम से कम सात लोगों की मौत हो गई और बीस से ज्यादा घायल हो गए।",
])
def test_the_wounded_told_by_a_count_alone_are_a_second_target(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert len([t for t in _targets(evs[0]) if t.startswith("agent:cvl")]) == 2, evs[0]["actors"]


@pytest.mark.parametrize("text", [
    # a count with no dead told before it: whose it is the words do not say
    "शहर के बाजार में हुए बम धमाके में 36 घायल हो गए।",
    # a count after another postposition is no coordinated toll
    "शहर के बाजार में हुए बम धमाके में चार लोगों की मौत हो गई और अस्पताल में 25 अन्य घायल लाए गए।",
])
def test_a_count_not_coordinated_after_the_dead_is_no_target(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert len([t for t in _targets(evs[0]) if t.startswith("agent:cvl")]) <= 1, evs[0]["actors"]


def test_a_counted_toll_joins_an_attack_on_a_building(rules_only):
    text = "आतंकियों ने काबुल में भारतीय दूतावास पर हमला किया, जिसमें कम से कम सात लोगों की मौत हो गई और बीस से ज्यादा घायल हो गए।"
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    targets = _targets(evs[0])
    assert "org:in-embassy" in targets, evs[0]["actors"]
    assert len([t for t in targets if t.startswith("agent:cvl")]) == 2, evs[0]["actors"]


@pytest.mark.parametrize("text", [
    # told by no count: the building struck stands alone, as before
    "आतंकियों ने काबुल में भारतीय दूतावास पर हमला किया, जिसमें नागरिकों की मौत हो गई।",
    # people the attack's words name as struck keep it (session 44): the dead may be among them
    "सेना ने उग्रवादियों के ठिकानों पर हमला किया, जिसमें दो नागरिक घायल हो गए।",
])
def test_an_uncounted_toll_or_people_struck_add_no_target(rules_only, text):
    evs = typed_events(text, "ASSAULT")
    assert evs, text
    assert not any(t.startswith("agent:cvl") for t in _targets(evs[0])), evs[0]["actors"]


def test_the_counted_toll_joins_after_the_precision_model_scores():
    from sambandh.config import Config
    from sambandh.model import Article
    from sambandh.pipeline import EventStage, article_stages

    text = "शहर के बाजार में हुए बम धमाके में चार लोगों की मौत हो गई और 25 अन्य घायल हो गए।"
    stages = article_stages(Config.build(event_scorer="off"))
    extractor = next(st.extractor for st in stages if isinstance(st, EventStage))
    extractor.features_seen = {}
    art = one_article(text, stages, "2024-03-08")
    assert isinstance(art, Article)
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert attacks and len(attacks[0].actors) == 2, [(e.type, e.actors) for e in art.events]
    _, seen = extractor.features_seen[id(attacks[0])]
    # the model saw the attack with the dead alone; the wounded counted alone joined once it was kept
    assert "actors=1" in seen, seen
