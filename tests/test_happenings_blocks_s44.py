"""Merge blocks across articles are type families: tellings of one attack meet whatever sides each names.

One report of a bombing names only its dead, another names no side at all, a third names the
attackers and their victims: one happening. Two attacks of the same week by different doers stay
two (``covers_either`` decides across articles). The events here are made up for the test.
"""

from __future__ import annotations

from sambandh.model import Actor, Event, Span

MILITANTS = Actor("agent:reb:in", "source", 0, 4, "country:in")
CIVILIANS = Actor("agent:cvl:in", "target", 10, 14, "country:in")
PAK_ARMY = Actor("agent:mil:pk", "source", 0, 4, "country:pk")
INDIAN_ARMY = Actor("agent:mil:in", "target", 10, 14, "country:in")


def _attack(*actors: Actor, said: str = "2026-02-11", date: str | None = "2026-02-10",
            place: str | None = "city:srinagar", mode: str = "terror") -> Event:  # fmt: skip
    return Event("ASSAULT", mode, "180", list(actors), 20, 26, [Span(0, 60)], place=place, date=date,
                 not_after=said, date_basis="text" if date else "reported")  # fmt: skip


def test_a_telling_naming_the_sufferers_and_one_naming_no_side_are_one_happening() -> None:
    from sambandh.relations import block_key, merge_across

    dead, bare = _attack(CIVILIANS), _attack()
    assert block_key(dead) == block_key(bare)  # the block is the family, whatever sides are named
    out = merge_across([("d1", bare), ("d2", dead)])
    assert len(out) == 1 and out[0].doc_ids == ["d1", "d2"]
    assert {a.entity_id for a in out[0].event.actors} == {"agent:cvl:in"}  # the view keeps the sufferers


def test_a_telling_naming_the_attackers_joins_one_naming_only_their_victims() -> None:
    from sambandh.relations import merge_across

    out = merge_across([("d1", _attack(CIVILIANS)), ("d2", _attack(MILITANTS, CIVILIANS, said="2026-02-12"))])
    assert len(out) == 1 and out[0].doc_ids == ["d1", "d2"]


def test_two_attacks_of_one_week_by_different_doers_stay_two() -> None:
    from sambandh.relations import merge_across

    raid = _attack(MILITANTS, CIVILIANS, mode="attack")
    shelling = _attack(PAK_ARMY, INDIAN_ARMY, date="2026-02-12", said="2026-02-13", mode="attack", place="city:uri")
    out = merge_across([("d1", raid), ("d2", shelling)])
    assert len(out) == 2  # neither telling's sides cover the other's
    # a third report naming only one doer at one of the places joins that attack alone
    doer = _attack(PAK_ARMY, date=None, mode="attack", said="2026-02-13", place="city:uri")
    out = merge_across([("d1", raid), ("d2", shelling), ("d3", doer)])
    assert [h.doc_ids for h in out] == [["d1"], ["d2", "d3"]]


def test_tellings_of_different_sides_need_one_named_place() -> None:
    from sambandh.relations import merge_across

    # with no place, a report naming no side, or fewer sides, could be any attack of the family that week
    for other in (_attack(place=None), _attack(PAK_ARMY, place=None), _attack(PAK_ARMY, CIVILIANS, place=None)):
        assert len(merge_across([("d1", _attack(CIVILIANS)), ("d2", other)])) == 2, other.actors
    # the same sides (the countries they act for) need none, as when the sides split the blocks
    assert len(merge_across([("d1", _attack(CIVILIANS)), ("d2", _attack(MILITANTS, CIVILIANS, place=None))])) == 1
    # nor do places that disagree join
    assert len(merge_across([("d1", _attack(CIVILIANS)), ("d2", _attack(place="city:jammu"))])) == 2


def test_a_plan_links_only_to_an_act_of_its_own_sides() -> None:
    from sambandh.relations import carries_out

    def visit(modality: str, said: str, *actors: Actor) -> Event:
        return Event("CONSULT", "visit", "042", list(actors), 0, 5, modality=modality, not_after=said,
                     date_basis="reported")  # fmt: skip

    minister = Actor("person:s-jaishankar", "source", 0, 3, "country:in")
    japan = Actor("country:jp", "target", 4, 5)
    plan = visit("planned", "2026-03-02", minister, japan)
    assert carries_out(plan, visit("occurred", "2026-03-09", minister, japan))
    # an act that names no side, or fewer, links to a plan no more than when blocks split the sides
    assert not carries_out(plan, visit("occurred", "2026-03-09"))
    assert not carries_out(plan, visit("occurred", "2026-03-09", minister))


def test_a_block_offers_every_happening_whose_time_key_meets_an_event() -> None:
    from sambandh.relations import Block, Happening, keys_meet, time_key

    told = [_attack(CIVILIANS, date=d, said=s) for d, s in (
        ("2026-02-10", "2026-02-11"), (None, "2026-03-30"), ("2026-03", "2026-04-02"), ("2025", "2026-01-05"),
        (None, "2024-12-31"), ("1999-12-13", "2026-02-12"), (None, None), ("XXXX-WXX-3", "2026-02-14"))]  # fmt: skip
    block = Block()
    for ev in told:
        block.append(Happening(ev, [("d", ev)]))
    for probe in told:
        key = time_key(probe)
        meeting = [h for h in block if keys_meet(h.time_key(), key)]
        offered = block.candidates(key)
        assert all(any(h is o for o in offered) for h in meeting), probe.date
        assert [h for h in offered if any(h is m for m in meeting)] == meeting  # in the order they were made
