"""A planned event and the event that carried it out: two happenings, linked both ways.

A report that a minister will visit a country and a later report of the visit itself are not one
happening (the plan is not the act), but the pages show each beside the other. The articles here
are written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from sambandh.model import Actor, Event

PLAN = {"id": "plan", "title": "रक्षा मंत्री अगले हफ्ते रूस जाएंगे", "published": "2026-03-02",
        "text": "नई दिल्ली, 2 मार्च। रक्षा मंत्री राजनाथ सिंह अगले सप्ताह रूस की यात्रा पर जाएंगे।"}
ACT = {"id": "act", "title": "रक्षा मंत्री का रूस दौरा", "published": "2026-03-10",
       "text": "मॉस्को, 10 मार्च। रक्षा मंत्री राजनाथ सिंह ने सोमवार को रूस की यात्रा की।"}
EARLIER = {"id": "earlier", "title": "पिछला दौरा", "published": "2026-01-05",
           "text": "नई दिल्ली, 5 जनवरी। रक्षा मंत्री राजनाथ सिंह ने रूस की यात्रा की।"}  # fmt: skip


def _visit(modality: str, said: str, date: str | None = None, **kw: Any) -> Event:
    actors = [Actor("person:rajnath-singh", "source", 0, 3, affiliation="country:in"),
              Actor("country:ru", "target", 4, 5)]
    return Event("CONSULT", "visit", "042", actors, 0, 5, modality=modality, not_after=said, date=date,
                 date_basis="text" if date else "reported", **kw)  # fmt: skip


def test_an_act_carries_out_a_plan_only_when_it_fits_its_day_actors_and_place() -> None:
    from sambandh.relations import carries_out

    plan = _visit("planned", "2026-03-02")
    assert carries_out(plan, _visit("occurred", "2026-03-10"))
    assert carries_out(plan, _visit("occurred", "2026-05-20"))  # within the window after the report
    assert not carries_out(plan, _visit("occurred", "2026-09-01"))  # too long after
    assert not carries_out(plan, _visit("occurred", "2026-01-05"))  # done before the plan was told
    assert not carries_out(plan, _visit("occurred", "2026-03-10", negated=True))
    assert not carries_out(plan, _visit("planned", "2026-03-10"))  # a plan does not carry out a plan
    assert not carries_out(_visit("occurred", "2026-03-01"), _visit("occurred", "2026-03-10"))
    # a plan that names its week or month is carried out in it
    week = _visit("planned", "2026-03-02", date="2026-W11")
    assert carries_out(week, _visit("occurred", "2026-03-10", date="2026-03-09"))
    assert not carries_out(week, _visit("occurred", "2026-03-30", date="2026-03-27"))
    april = _visit("planned", "2026-03-02", date="2026-04")
    assert not carries_out(april, _visit("occurred", "2026-03-10", date="2026-03-09"))
    # another place is another visit
    there = _visit("planned", "2026-03-02", place="city:moscow")
    assert not carries_out(there, _visit("occurred", "2026-03-10", place="city:kazan"))
    someone = [Actor("person:s-jaishankar", "source", 0, 3), Actor("country:ru", "target", 4, 5)]
    other = Event("CONSULT", "visit", "042", someone, 0, 5, modality="occurred", not_after="2026-03-10")
    assert not carries_out(plan, other)


def _write(path: Path, *docs: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def _visits(db: Path) -> dict[str, dict[str, Any]]:
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        rows = store.happening_records() or []
    visits = [r for r in rows if (r["type"], r["mode"]) == ("CONSULT", "visit")]
    return {r["modality"] + ":" + (r["reported"] or ""): r for r in visits}


def test_a_later_run_links_the_act_to_a_plan_kept_before_and_the_page_shows_both(tmp_path: Path) -> None:
    from sambandh.config import Config
    from sambandh.ingest import ingest
    from sambandh.relations import merged_records
    from sambandh.web.app import running

    db = tmp_path / "plans.duckdb"
    config = Config.build(db=db, embeddings="off")
    ingest([str(_write(tmp_path / "one.jsonl", PLAN, EARLIER))], config)
    before = _visits(db)
    assert set(before) == {"planned:2026-03-02", "occurred:2026-01-05"}
    assert all(not r["plans"] and not r["carried_out_by"] for r in before.values())  # a visit before the plan

    ingest([str(_write(tmp_path / "two.jsonl", ACT))], config)  # the act arrives in a later run
    after = _visits(db)
    plan, act, earlier = after["planned:2026-03-02"], after["occurred:2026-03-10"], after["occurred:2026-01-05"]
    assert plan["event_id"] != act["event_id"]  # two happenings, not merged
    assert plan["carried_out_by"] == [act["event_id"]] and act["plans"] == [plan["event_id"]]
    assert not earlier["plans"] and not earlier["carried_out_by"]

    # the kept rows carry the same links as merging everything again
    from sambandh.kb import load
    from sambandh.store import Store

    with Store(db, read_only=True) as store:
        fresh = {r["event_id"]: (r["plans"], r["carried_out_by"]) for r in merged_records(store, load())}
    assert fresh[plan["event_id"]] == ([], [act["event_id"]]) and fresh[act["event_id"]] == ([plan["event_id"]], [])

    with running(Config.build(db=db)) as url, httpx.Client(base_url=url, timeout=60) as c:
        page = c.get(f"/api/events/{plan['event_id']}").json()
        assert [e["event_id"] for e in page["carried_out_by"]] == [act["event_id"]] and page["plans"] == []
        html = c.get(f"/events/{act['event_id']}").text
        section = html.split('id="plans"', 1)[1].split("</section>", 1)[0]
        assert f'data-event="{plan["event_id"]}"' in section
        assert 'id="carried-out"' not in html
