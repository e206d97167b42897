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


# ---- session 45: the block's index by sides and places, and half-open spans (exact against a scan) ----

PLACES_OF = {"city:srinagar": "country:in", "city:jammu": "country:in", "city:lahore": "country:pk"}
SIDES = [MILITANTS, CIVILIANS, PAK_ARMY, INDIAN_ARMY, Actor("person:x-unlisted", "target", 10, 14)]
PLACE_CHOICES = [None, None, "city:srinagar", "city:jammu", "city:lahore", "country:in", "country:pk",
                 "new:some-lane", "region:kashmir"]  # fmt: skip
DATES = [None, None, "2026-02-10", "2026-02", "2026", "2021-05-03", "XXXX-WXX-3", "PAST_REF", "2026-W07"]
SAID = [None, None, "2026-02-11", "2026-02-14", "2026-02-25", "2026-04-01", "2021-05-04", "2024-12-31"]


def _merge(items: list, scan: bool) -> list:
    """Merge ``(doc_id, event)`` pairs as ``merge_across`` does, asking the block's index or (``scan``)
    every happening of the block.
    """
    from collections import defaultdict

    from sambandh.relations import Block, _block, _join

    blocks: dict = defaultdict(lambda: Block(PLACES_OF))
    out = []
    for doc_id, ev in items:
        block = blocks[_block(ev)]
        if scan:
            block.candidates = lambda key, ev=None, b=block: list(b.happenings)  # type: ignore[method-assign]
        h, joined = _join(block, doc_id, ev)
        if not joined:
            out.append(h)
    return out


def _random_events(seed: int, n: int) -> list:
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        date = rng.choice(DATES)
        basis = rng.choice(["text", "text", None]) if date else "reported"
        actors = [a for a in SIDES if rng.random() < 0.3]
        ev = Event("ASSAULT", rng.choice(["attack", "terror"]), "180", actors, 20, 26, [Span(0, 60)],
                   place=rng.choice(PLACE_CHOICES), date=date, date_basis=basis, not_after=rng.choice(SAID),
                   not_before=rng.choice([None, None, None, "2025-01-01"]),
                   negated=rng.random() < 0.1)  # fmt: skip
        out.append((f"d{i // 2}", ev))
    return out


def test_the_index_by_sides_and_places_offers_what_a_scan_of_the_block_joins() -> None:
    for seed in range(12):
        items = _random_events(seed, 160)
        indexed, whole = _merge(items, scan=False), _merge(items, scan=True)
        assert [h.doc_ids for h in indexed] == [h.doc_ids for h in whole], seed
        assert [h.event.to_dict() for h in indexed] == [h.event.to_dict() for h in whole], seed


def test_an_undated_report_asks_only_the_happenings_of_its_sides_or_its_place() -> None:
    from sambandh.relations import Block, Happening, time_key

    block = Block(PLACES_OF)
    kept = {
        "same sides, no place": _attack(CIVILIANS, date=None, said=None, place=None),
        "other sides, no place": _attack(PAK_ARMY, date=None, said=None, place=None),
        "other sides, its town": _attack(PAK_ARMY, date=None, said=None, place="city:jammu"),
        "other sides, another country's town": _attack(PAK_ARMY, date=None, said=None, place="city:lahore"),
        "other sides, its country": _attack(PAK_ARMY, date=None, said=None, place="country:in"),
    }
    for ev in kept.values():
        block.append(Happening(ev, [("d", ev)]))
    asked = {name for name, ev in kept.items() for h in block.candidates(
        time_key(ev), _attack(CIVILIANS, date=None, said=None, place=None)) if h.event is ev}  # fmt: skip
    assert asked == {"same sides, no place"}
    at_town = _attack(CIVILIANS, date=None, said=None, place="city:jammu")
    asked = {name for name, ev in kept.items() for h in block.candidates(time_key(at_town), at_town) if h.event is ev}
    assert asked == {"same sides, no place", "other sides, its town", "other sides, its country"}
    in_country = _attack(CIVILIANS, date=None, said=None, place="country:in")
    asked = {name for name, ev in kept.items() for h in block.candidates(time_key(in_country), in_country)
             if h.event is ev}  # fmt: skip
    assert asked == {"same sides, no place", "other sides, its town", "other sides, its country"}


def test_a_span_open_at_one_end_asks_the_buckets_on_that_side_only() -> None:
    from sambandh.relations import Block, Happening, keys_meet, time_key

    block = Block(PLACES_OF)
    for d, s in (("2021-05-03", "2021-05-04"), ("2026-02-10", "2026-02-11"), ("2026-02", "2026-03-01")):
        ev = _attack(CIVILIANS, date=d, said=s, place=None)
        block.append(Happening(ev, [("d", ev)]))
    since = _attack(CIVILIANS, date=None, said=None, place=None)
    since.not_before = "2025-01-01"  # (bounded below alone: a tenure begun, no report's day)
    key = time_key(since)
    assert key[0] and not key[1]
    offered = block.candidates(key, since)
    assert [h.event.date for h in offered] == ["2026-02-10", "2026-02"]
    assert all(keys_meet(h.time_key(), key) for h in offered)
