"""Session 46: a side the coder inferred (a doer carried from an earlier sentence, a usual doer, a pronoun resolved
to someone) keeps no two tellings of one act apart; sides both tellings name in words still do.
"""

from __future__ import annotations

from sambandh.events.merge import merge_in_document
from sambandh.model import Actor, Event


def _arrest(start: int, *actors: Actor) -> Event:
    return Event("COERCE", "arrest", "173", list(actors), start, start + 10)


def test_a_carried_doer_keeps_no_retold_arrest_apart() -> None:
    # "the state police arrested five gunmen" ... "the officer said wanted criminals were arrested in the shootout":
    # the second telling's doer is the officer's body carried from the clause that speaks, not one the act names
    first = _arrest(0, Actor("agent:cop:in", "source", 0, 5, "country:in", "agent"),
                    Actor("agent:cvl:in", "target", 6, 10, "country:in", "agent"))
    second = _arrest(100, Actor("new:org:office", "source", 90, 95, None, "carried"),
                     Actor("agent:cvl:in", "target", 101, 105, "country:in", "agent"))
    assert len(merge_in_document([first, second])) == 1


def test_a_pronoun_doer_keeps_no_retold_appeal_apart() -> None:
    # "the flood's victims appealed to the government for help" ... "'we appeal to the government,' one said"
    told = Event("REQUEST", "appeal", "020", [Actor("agent:cvl:in", "source", 0, 5, "country:in", "agent"),
                                             Actor("agent:gov:in", "target", 6, 10, "country:in", "agent")], 0, 10)
    quoted = Event("REQUEST", "appeal", "020", [Actor("new:person:farmer", "source", 100, 102, None, "pronoun"),
                                               Actor("agent:gov:in", "target", 103, 108, "country:in", "agent")],
                   100, 110)
    assert len(merge_in_document([told, quoted])) == 1


def test_doers_both_tellings_name_in_words_stay_two_arrests() -> None:
    # the police arrest a gang; an anti-terror squad, named in its own sentence, arrests a courier: two acts
    first = _arrest(0, Actor("agent:cop:in", "source", 0, 5, "country:in", "agent"),
                    Actor("agent:cvl:in", "target", 6, 10, "country:in", "agent"))
    second = _arrest(100, Actor("new:org:squad", "source", 90, 95, None, "name"),
                     Actor("agent:cvl:in", "target", 101, 105, "country:in", "agent"))
    assert len(merge_in_document([first, second])) == 2
