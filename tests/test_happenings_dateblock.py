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


# reports over months of one year, and (``years``) over years, with dates of those years to retell
VALUES = [None, "2024-05-03", "2024-05-09", "2024-05", "2024-06", "2024", "2023", "XXXX-WXX-3", "XXXX-WXX-5",
          "XXXX-05-03", "XXXX-05-08", "2024-W19", "2024-W23", "PAST_REF", "FUTURE_REF", "2024-05-03TMO",
          "2001-05-03", "2024-SU", "XXXX-05", "202"]  # fmt: skip
REPORTS = [None, "2024-04-20", "2024-04-30", "2024-05-01", "2024-05-03", "2024-05-08", "2024-05-11", "2024-05-13",
           "2024-05-14", "2024-05-25", "2024-06-10", "2024-07-30", "2025-01-01"]  # fmt: skip
YEARS_VALUES = [None, None, "2021-03-12", "2021-03", "2021", "2025-06-02", "2025-06", "2025", "2025-06-02TEV",
                "XXXX-WXX-1", "XXXX-06-02", "2025-W23", "PAST_REF", "2021-03-12", "XXXX-06", "202"]  # fmt: skip
YEARS_REPORTS = [None, "2021-03-12", "2021-03-14", "2021-03-22", "2021-03-23", "2021-04-05", "2022-01-10",
                 "2025-05-30", "2025-06-02", "2025-06-05", "2025-06-12", "2025-06-13", "2025-07-01",
                 "2025-12-31"]  # fmt: skip


def _events(seed: int, n: int, years: bool = False) -> list:
    """``n`` events of one merge block (one type, mode and pair of countries) with dates of every kind the
    merge reads: days, months, years, weeks, weekdays, days of a month with no year, ranges, times,
    vague references; stated by the text or the report's day; bounds open or not; plans and acts.
    """
    from sambandh.model import Actor, Event

    rng = random.Random(seed)
    values, reports = (YEARS_VALUES, YEARS_REPORTS) if years else (VALUES, REPORTS)
    out = []
    for _ in range(n):
        value = rng.choice(values)
        basis = rng.choice(["text", "text", "reported", None]) if value else rng.choice(["reported", None])
        after = rng.choice(reports)
        before = rng.choice([None, None, None, "2021-01-01" if years else "2024-01-01",
                             "2025-01-01" if years else "2024-05-01", after])
        to = "2024-05-06" if value == "2024-05-03" and rng.random() < 0.3 else None
        out.append(Event(
            type="CONSULT", mode="meet", cameo="040", trigger_start=0, trigger_end=1,
            actors=[Actor("country:in", "source", 0, 1), Actor("country:ru", "target", 2, 3)],
            date=value, date_basis=basis, date_to=to, precision="day" if value else None,
            not_before=before, not_after=after, modality=rng.choice(["occurred", "occurred", "planned"]),
        ))  # fmt: skip
    return out


@pytest.mark.parametrize("years", [False, True])
def test_events_whose_time_keys_do_not_meet_are_never_one_happening_nor_a_plan_and_its_act(years):
    from sambandh.events import same_happening
    from sambandh.relations import carries_out, keys_meet, link_span, time_key

    events = _events(7, 260, years)
    merged = linked = 0
    for a, b in itertools.product(events, events):
        if same_happening(a, b):
            merged += 1
            assert keys_meet(time_key(a), time_key(b)), (a, b)
        if carries_out(a, b) and not years:  # (the link read's check: a grid of one year)
            linked += 1
            sa, sb = link_span(a), link_span(b)
            assert sa is not None and sb is not None and sa[0] <= sb[1] and sb[0] <= sa[1], (a, b)
    assert merged > 1000 and (years or linked > 100)  # the grid exercises both rules
    # and the keys do tell apart: most pairs reported weeks apart with no date of their own do not meet
    far = [(a, b) for a, b in itertools.product(events, events)
           if not keys_meet(time_key(a), time_key(b))]  # fmt: skip
    assert len(far) > len(events) ** 2 // 10


def test_an_undated_report_meets_no_dated_happening_whose_days_end_over_the_window_before_it():
    """The read's key follows the merge rule: an event with no date of its own is news of a happening of
    the last ``REPORT_WINDOW_DAYS`` before its report, so its key meets no happening pinned to days that end
    earlier (before, it met every dated happening of its block before it), and no such pair is one.
    """
    import datetime as dt

    from sambandh.events import REPORT_WINDOW_DAYS, same_happening
    from sambandh.events.merge import _pins_time, _span
    from sambandh.relations import keys_meet, time_key

    events = _events(11, 300, years=True)
    undated = [e for e in events if e.not_after and (not e.date or e.date_basis == "reported")]
    pinned = [e for e in events if e.date_basis == "text" and _pins_time(e.date)]
    window = dt.timedelta(days=REPORT_WINDOW_DAYS)
    def earliest(u):  # the first day an undated report can tell (ISO text: a span's month ends on "-31")
        return (dt.date.fromisoformat(u.not_after) - window).isoformat()

    late = [(u, p) for u in undated for p in pinned if _span(p, across=True)[1] < earliest(u)]
    assert len(late) > 1000
    for u, p in late:
        assert not keys_meet(time_key(u), time_key(p)) and not keys_meet(time_key(p), time_key(u)), (u, p)
        assert not same_happening(p, u) and not same_happening(u, p), (u, p)
    # and within the window they may still be one (the same sides, the span reaching the report)
    near = [(u, p) for u in undated for p in pinned if u.modality == p.modality
            and _span(p, across=True)[0] <= u.not_after and earliest(u) <= _span(p, across=True)[1]
            and (u.not_before or "") <= min(u.not_after, _span(p, across=True)[1])]  # fmt: skip
    assert near and all(same_happening(p, u) for u, p in near)


def _article(day: str, text: str) -> str:
    return json.dumps({"text": text, "published": day}, ensure_ascii=False)


# Reports of a few happenings over three months, written for this test: talks between India and Russia
# retold 3 and 8 days on in later runs (they join) and a month on (news of other talks); talks between
# India and China reported with no date 4 days after they were held, and a report two months later that
# dates them (it joins: a date of its own, so the reports' days do not matter); a visit announced twice and
# then made, retold.
ARTICLES = {
    "t1": ("2024-03-01", "नई दिल्ली। भारत और रूस के विदेश मंत्रियों ने मॉस्को में द्विपक्षीय वार्ता की। बैठक में ऊर्जा सहयोग पर बात हुई।"),
    "t2": ("2024-03-04", "मॉस्को। रूस और भारत के बीच विदेश मंत्री स्तर की वार्ता हुई। दोनों पक्षों ने व्यापार बढ़ाने पर सहमति जताई।"),
    "t3": ("2024-03-09", "मुंबई। भारत और रूस के विदेश मंत्रियों की मॉस्को में बातचीत हुई। रक्षा सौदों पर भी चर्चा की गई।"),
    "t4": ("2024-04-02", "नई दिल्ली। भारत ने रूस के साथ मॉस्को में उच्च स्तरीय वार्ता की। अधिकारियों ने इसे सफल बताया।"),
    "d3": ("2024-03-16", "बीजिंग। भारत और चीन के अधिकारियों ने सीमा के मुद्दे पर बातचीत की। दोनों पक्ष संपर्क में रहेंगे।"),
    "d2": ("2024-05-20", "बीजिंग। चीन और भारत के बीच 12 मार्च 2024 को सीमा वार्ता हुई थी। विशेषज्ञों ने उसे उपयोगी बताया।"),
    "p1": ("2024-03-02", "नई दिल्ली। प्रधानमंत्री नरेंद्र मोदी अगले महीने जापान की यात्रा करेंगे। विदेश मंत्रालय ने यह जानकारी दी।"),
    "p2": ("2024-03-28", "नई दिल्ली। प्रधानमंत्री मोदी अगले सप्ताह जापान जाएंगे। इस दौरे में कई समझौते होने की उम्मीद है।"),
    "v1": ("2024-04-08", "टोक्यो। प्रधानमंत्री नरेंद्र मोदी ने जापान की यात्रा की। उन्होंने जापानी उद्योगपतियों से भी भेंट की।"),
    "v2": ("2024-04-12", "टोक्यो। मोदी ने अपनी जापान यात्रा पूरी की। यात्रा के दौरान निवेश पर जोर दिया गया।"),
    "c1": ("2024-03-05", "श्रीनगर। पाकिस्तान ने नियंत्रण रेखा पर संघर्षविराम का उल्लंघन किया। भारतीय सेना ने जवाबी कार्रवाई की।"),
    "c3": ("2024-05-01", "श्रीनगर। पाकिस्तान ने फिर से संघर्षविराम का उल्लंघन किया। गांवों में दहशत है।"),
}  # fmt: skip
BATCHES = [["t1", "p1", "c1"], ["t2", "d3", "p2"], ["t3", "v1", "c3"], ["t4", "v2", "d2"]]


def _ingest_batches(db: Path, work: Path, articles: dict = ARTICLES, batches: list = BATCHES) -> list[dict]:
    """Each batch ingested in a run of its own into ``db``; the happenings stage's report of each run."""
    from sambandh.config import Config
    from sambandh.ingest import ingest

    reports = []
    for n, batch in enumerate(batches):
        f = work / f"batch{n}.jsonl"
        f.write_text("\n".join(_article(*articles[k]) for k in batch) + "\n", encoding="utf-8")
        reports.append(ingest([str(f)], Config.build(db=db, embeddings="off")).global_stages.get("happenings") or {})
    return reports


def _report_days(db: Path) -> list[list[str]]:
    """Each kept happening as the sorted publication days of the reports it holds."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT he.event_id, d.published FROM happening_events he "
                           "JOIN documents d ON d.id = he.doc_id").fetchall()  # fmt: skip
    finally:
        con.close()
    held: dict[str, set[str]] = {}
    for eid, day in rows:
        held.setdefault(eid, set()).add(str(day)[:10])
    return sorted(sorted(days) for days in held.values())


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
    assert joined >= 4  # later runs' reports joined kept happenings (talks twice, the visit, the dated talks)
    # a plan linked to the visit that carried it out, a run after it was kept
    assert any('"carried_out_by": ["ev:' in r for r in whole["happenings"])
    # the talks the last run's report dates joined the undated report of 65 days before (no report window
    # applies where a date is the text's own): a filter on the reports' days alone would keep them apart
    reports_of = [r for r in whole["happenings"] if '"country:cn"' in r and '"CONSULT"' in r]
    assert any(r.count('"published": "2024-') >= 2 for r in reports_of)


# Talks between India and China years apart, written for this test: talks dated 12 March 2021 and 2 June
# 2025 (run 1); reports with no date of their own 3 days after the 2025 talks and months after them (run 2);
# a report of 2025 that retells the 2021 talks by their date (run 3).
YEARS = {
    "y1": ("2021-03-14", "बीजिंग। भारत और चीन के बीच 12 मार्च 2021 को सीमा वार्ता हुई। बैठक कई घंटे चली।"),
    "y2": ("2025-06-03", "बीजिंग। भारत और चीन के बीच 2 जून 2025 को सीमा वार्ता हुई। बैठक कई घंटे चली।"),
    "y3": ("2025-06-05", "बीजिंग। भारत और चीन के अधिकारियों ने सीमा के मुद्दे पर बातचीत की। दोनों पक्ष संपर्क में रहेंगे।"),
    "y4": ("2025-09-20", "बीजिंग। चीन और भारत के अधिकारियों ने सीमा विवाद पर बातचीत की। बातचीत सकारात्मक माहौल में हुई।"),
    "y5": ("2025-07-01", "बीजिंग। चीन और भारत के बीच 12 मार्च 2021 को सीमा वार्ता हुई थी। विशेषज्ञों ने उसे उपयोगी बताया।"),
}  # fmt: skip


def test_an_undated_report_never_joins_a_happening_years_before_it(tmp_path):
    db = tmp_path / "years.duckdb"
    reports = _ingest_batches(db, tmp_path, YEARS, [["y1", "y2"], ["y3", "y4"], ["y5"]])
    groups = _report_days(db)
    # the 2021 talks and their retelling by date; the 2025 talks and the undated report 3 days on; the
    # undated report of September alone (months after the 2025 talks, years after the 2021 ones)
    assert groups == [["2021-03-14", "2025-07-01"], ["2025-06-03", "2025-06-05"], ["2025-09-20"]]
    # the date-blocked read follows: run 2's undated reports read only the 2025 talks, run 3's dated
    # retelling only the 2021 talks (not the undated September report, whose days begin in September)
    assert [r.get("read") for r in reports[1:]] == [1, 1]


def _talks(date: str | None, basis: str | None, said: str, modality: str = "occurred"):
    from sambandh.model import Actor, Event

    return Event(type="CONSULT", mode="meet", cameo="040", trigger_start=0, trigger_end=1,
                 actors=[Actor("country:in", "source", 0, 1), Actor("country:cn", "target", 2, 3)],
                 date=date, date_basis=basis, precision="day" if date else None, not_after=said,
                 modality=modality)  # fmt: skip


def test_a_report_on_a_weekday_is_the_weekday_before_its_report_across_articles():
    """A date given in part (a weekday, a day and month, a month, with no year) is anchored by its report
    across articles: "on Thursday" in a report of Saturday 7 June 2025 is 5 June 2025, so it never joins
    talks held on a Thursday of 2021 (before, its span was open below and it did), and it still joins
    talks dated 5 June 2025 two days before. Within one article nothing changes.
    """
    from sambandh.events import same_happening
    from sambandh.relations import keys_meet, time_key

    old = _talks("2021-03-11", "text", "2021-03-12")  # a Thursday
    thursday = _talks("XXXX-WXX-4", "text", "2025-06-07")
    assert not same_happening(old, thursday) and not same_happening(thursday, old)
    assert not keys_meet(time_key(old), time_key(thursday))
    assert same_happening(old, thursday, across=False)  # one article's retelling keeps its open bounds
    fresh = _talks("2025-06-05", "text", "2025-06-05")
    assert same_happening(fresh, thursday) and same_happening(thursday, fresh)
    assert keys_meet(time_key(fresh), time_key(thursday))
    # a day and month, and a month, with no year: the latest before the report; a plan's the next one
    for value in ("XXXX-03-11", "XXXX-03"):
        assert same_happening(old, _talks(value, "text", "2021-04-01"))
        assert not same_happening(old, _talks(value, "text", "2025-06-07"))
    # an article with no publication day, known by the tenures it names to lie between two days, has no
    # report's day to anchor its weekday by: any Thursday of those days
    bounded = _talks("XXXX-WXX-4", "text", "2025-06-07")
    bounded.not_before = "2021-01-01"
    assert same_happening(old, bounded) and not same_happening(_talks("2020-03-12", "text", "2020-03-13"), bounded)
    plan = _talks("XXXX-WXX-4", "text", "2025-06-07", "planned")
    assert same_happening(_talks("2025-06-12", "text", "2025-06-07", "planned"), plan)
    assert not same_happening(_talks("2025-06-05", "text", "2025-06-04", "planned"), plan)


@pytest.mark.parametrize(("value", "basis"), [("2025-W23", "text"), ("PAST_REF", "text"), ("2025-06-05T10:00", "text"),
                                              ("2025-SU", "text"), ("XXXX", "text"), ("2025-06-05", None)])
def test_a_date_left_open_below_joins_no_happening_years_before(value, basis):
    """A week ("पिछले सप्ताह"), a time of a day ("सुबह 10 बजे"), a season are their own days across articles,
    and a date the text leaves open ("कुछ दिन पहले": ``PAST_REF``) is news of the report's window as an
    undated one; so is a date of no stated basis (a speaker's frame lent to his quoted words): none joins
    talks of 2021, told with a date or without (a time of a day, whose date pins a month, joined the
    undated report of 2021 before), and each joins an undated report of its days.
    """
    from sambandh.events import same_happening
    from sambandh.relations import keys_meet, time_key

    late = _talks(value, basis, "2025-06-07")
    for old in (_talks("2021-03-11", "text", "2021-03-12"), _talks("2021-03-12", "reported", "2021-03-12")):
        assert not same_happening(old, late) and not same_happening(late, old)
        assert not keys_meet(time_key(old), time_key(late))
    near = _talks("2025-06-05", "reported", "2025-06-05")
    assert same_happening(near, late) and keys_meet(time_key(near), time_key(late))


# Talks between India and China, written for this test: a report of March 2021 with no date of its own (run 1);
# a report of 2025 of talks "at 10 in the morning" (run 2: news of 2025, not the 2021 talks, which it joined
# before: a time of a day pins its month, and its span was open below); talks dated 5 June 2025 (run 2) and a
# report on Saturday 7 June 2025 of talks "on Thursday" (run 3: it joins them).
PARTLY = {
    "w1": ("2021-03-12", "बीजिंग। भारत और चीन के अधिकारियों ने सीमा के मुद्दे पर बातचीत की। दोनों पक्ष संपर्क में रहेंगे।"),
    "w2": ("2025-06-03", "बीजिंग। भारत और चीन के अधिकारियों ने सुबह 10 बजे सीमा के मुद्दे पर बातचीत की। बैठक कई घंटे चली।"),
    "w3": ("2025-06-05", "बीजिंग। भारत और चीन के बीच 5 जून 2025 को सीमा वार्ता हुई। बैठक कई घंटे चली।"),
    "w4": ("2025-06-07", "बीजिंग। भारत और चीन के अधिकारियों ने गुरुवार को सीमा विवाद पर बातचीत की। बातचीत अच्छी रही।"),
}  # fmt: skip


def test_a_partly_dated_report_joins_no_happening_years_before_it(tmp_path):
    db = tmp_path / "partly.duckdb"
    _ingest_batches(db, tmp_path, PARTLY, [["w1"], ["w2", "w3"], ["w4"]])
    groups = _report_days(db)
    # the 2021 report alone; the talks at 10 in the morning alone; the talks of 5 June and the Thursday report
    assert groups == [["2021-03-12"], ["2025-06-03"], ["2025-06-05", "2025-06-07"]]
