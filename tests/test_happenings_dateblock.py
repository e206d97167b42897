"""Date blocking of the happenings stage: new events are merged against the kept happenings of their
merge block whose time key they meet, and plans linked over the happenings whose link spans meet,
with the very results of merging and linking over whole blocks (``relations.WHOLE_BLOCKS``).
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

# happening tables and the columns compared (all of them: ingest keeps no timestamps there)
TABLES = ("happenings", "happening_events", "happening_index", "happening_edges", "happening_pair_counts",
          "happening_edge_summary", "happening_entity_summary")  # fmt: skip


def _events(seed: int, n: int) -> list:
    """``n`` events of one merge block (one type, mode and pair of countries) with dates of every kind the
    merge reads: days, months, years, weeks, weekdays, days of a month with no year, ranges, times,
    vague references; stated by the text or the report's day; bounds open or not; plans and acts.
    """
    from sambandh.model import Actor, Event

    rng = random.Random(seed)
    values = [None, "2024-05-03", "2024-05-09", "2024-05", "2024-06", "2024", "2023", "XXXX-WXX-3", "XXXX-WXX-5",
              "XXXX-05-03", "XXXX-05-08", "2024-W19", "2024-W23", "PAST_REF", "FUTURE_REF", "2024-05-03TMO",
              "2001-05-03", "2024-SU"]  # fmt: skip
    reports = [None, "2024-04-20", "2024-04-30", "2024-05-01", "2024-05-03", "2024-05-08", "2024-05-11", "2024-05-13",
               "2024-05-14", "2024-05-25", "2024-06-10", "2024-07-30", "2025-01-01"]  # fmt: skip
    out = []
    for _ in range(n):
        value = rng.choice(values)
        basis = rng.choice(["text", "text", "reported", None]) if value else rng.choice(["reported", None])
        after = rng.choice(reports)
        before = rng.choice([None, None, None, "2024-01-01", "2024-05-01", after])
        to = "2024-05-06" if value == "2024-05-03" and rng.random() < 0.3 else None
        out.append(Event(
            type="CONSULT", mode="meet", cameo="040", trigger_start=0, trigger_end=1,
            actors=[Actor("country:in", "source", 0, 1), Actor("country:ru", "target", 2, 3)],
            date=value, date_basis=basis, date_to=to, precision="day" if value else None,
            not_before=before, not_after=after, modality=rng.choice(["occurred", "occurred", "planned"]),
        ))  # fmt: skip
    return out


def test_events_whose_time_keys_do_not_meet_are_never_one_happening_nor_a_plan_and_its_act():
    from sambandh.events import same_happening
    from sambandh.relations import carries_out, keys_meet, link_span, time_key

    events = _events(7, 260)
    merged = linked = 0
    for a, b in itertools.product(events, events):
        if same_happening(a, b):
            merged += 1
            assert keys_meet(time_key(a), time_key(b)), (a, b)
        if carries_out(a, b):
            linked += 1
            sa, sb = link_span(a), link_span(b)
            assert sa is not None and sb is not None and sa[0] <= sb[1] and sb[0] <= sa[1], (a, b)
    assert merged > 1000 and linked > 100  # the grid exercises both rules
    # and the keys do tell apart: most pairs reported weeks apart with no date of their own do not meet
    far = [(a, b) for a, b in itertools.product(events, events)
           if not keys_meet(time_key(a), time_key(b))]  # fmt: skip
    assert len(far) > len(events) ** 2 // 10


def _article(day: str, text: str) -> str:
    return json.dumps({"text": text, "published": day}, ensure_ascii=False)


# Reports of a few happenings over two months, written for this test: talks between India and Russia
# retold 3, 8 and 30 days on (the first two join, the third is news of other talks), one the text dates,
# retold later with its date; a visit announced for next month and then made; a clash retold a week on.
TALKS = "नई दिल्ली। भारत और रूस के विदेश मंत्रियों ने {where}द्विपक्षीय वार्ता की। दोनों देशों ने व्यापार पर चर्चा की।"
DATED = "नई दिल्ली। भारत और चीन के प्रतिनिधियों ने 12 मार्च 2024 को सीमा के मुद्दे पर वार्ता की।"
PLAN = "नई दिल्ली। प्रधानमंत्री नरेंद्र मोदी अगले महीने जापान की यात्रा करेंगे। विदेश मंत्रालय ने यह जानकारी दी।"
VISIT = "टोक्यो। प्रधानमंत्री नरेंद्र मोदी ने जापान की यात्रा की और जापान के प्रधानमंत्री से मुलाकात की।"
CLASH = "श्रीनगर। पाकिस्तान ने नियंत्रण रेखा पर संघर्षविराम का उल्लंघन किया। भारतीय सेना ने जवाबी कार्रवाई की।"
BATCHES = [
    [("2024-03-01", TALKS.format(where="मॉस्को में ")), ("2024-03-02", PLAN), ("2024-03-05", CLASH),
     ("2024-03-14", DATED)],
    [("2024-03-04", TALKS.format(where="")), ("2024-03-12", CLASH), ("2024-03-20", DATED),
     ("2024-03-22", TALKS.format(where="मॉस्को में "))],
    [("2024-03-09", TALKS.format(where="मॉस्को में ")), ("2024-04-08", VISIT), ("2024-03-31", TALKS.format(where="")),
     ("2024-05-20", DATED), ("2024-04-10", PLAN)],
    [("2024-04-12", VISIT), ("2024-04-02", TALKS.format(where="")), ("2024-05-01", CLASH)],
]  # fmt: skip


def _ingest_batches(db: Path, work: Path) -> list[dict]:
    from sambandh.config import Config
    from sambandh.ingest import ingest

    reports = []
    for k, batch in enumerate(BATCHES):
        f = work / f"batch{k}.jsonl"
        f.write_text("\n".join(_article(d, t) for d, t in batch) + "\n", encoding="utf-8")
        reports.append(ingest([str(f)], Config.build(db=db, embeddings="off")).global_stages.get("happenings") or {})
    return reports


def _tables(db: Path) -> dict[str, list[str]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(repr(r) for r in con.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def whole_and_near(tmp_path_factory) -> tuple[dict, dict, list[dict]]:
    from sambandh import relations

    work = tmp_path_factory.mktemp("dateblock")
    out = []
    for whole in (True, False):
        with pytest.MonkeyPatch.context() as m:
            m.setattr(relations, "WHOLE_BLOCKS", whole)
            db = work / f"{'whole' if whole else 'near'}.duckdb"
            reports = _ingest_batches(db, work)
            out.append((_tables(db), reports))
    return out[0][0], out[1][0], out[1][1]


def test_date_blocked_merging_keeps_the_tables_merging_whole_blocks_keeps(whole_and_near):
    whole, near, _ = whole_and_near
    for table in TABLES:
        assert near[table] == whole[table], table


def test_the_corpus_has_retellings_across_runs_and_a_plan_carried_out(whole_and_near):
    whole, _, reports = whole_and_near
    joined = sum(r.get("joined", 0) for r in reports[1:])
    assert joined >= 3  # later runs' reports joined kept happenings
    # a plan linked to the visit that carried it out, a run after it was kept
    assert any('"carried_out_by": ["ev:' in r for r in whole["happenings"])
