"""Facts: memberships, foundings and chairmanships stated in the text, and the dates they give."""

from __future__ import annotations

import json

from conftest import run_cli
from test_events import annotate

from sambandh.facts import chair_bounds
from sambandh.kb import ChairTerm, KnowledgeBase
from sambandh.model import Fact


def facts(doc: dict) -> set[tuple]:
    return {(f["predicate"], f["subject"], f["object"], f["date"], f["place"], f["negated"]) for f in doc["facts"]}


def test_membership_with_year_and_coordinated_members():
    doc = annotate("ब्राज़ील और अर्जेंटीना 2024 में ब्रिक्स के नए सदस्य बने। बैठक में कई फैसले हुए।", published="2024-05-01")
    got = facts(doc)
    assert ("member_of", "country:br", "org:brics", "2024", None, False) in got
    assert ("member_of", "country:ar", "org:brics", "2024", None, False) in got
    f = doc["facts"][0]
    assert doc["text"][f["start"] : f["end"]] == f["text"] and "सदस्य" in f["text"]


def test_other_members_and_a_negated_membership():
    doc = annotate(
        "बैठक में जापान, फ्रांस और जी20 के अन्य सदस्य देशों के नेता मौजूद थे। भारत नाटो का सदस्य नहीं है।",
        published="2023-09-09",
    )
    got = facts(doc)
    assert ("member_of", "country:jp", "org:g20", None, None, False) in got
    assert ("member_of", "country:fr", "org:g20", None, None, False) in got
    assert ("member_of", "country:in", "org:nato", None, None, True) in got


def test_founding_through_an_anaphor_with_place_and_founders():
    doc = annotate(
        "सार्क की बैठक काठमांडू में हुई। इस संगठन की स्थापना 1985 में भारत, पाकिस्तान, नेपाल, भूटान, बांग्लादेश, "
        "श्रीलंका और मालदीव ने ढाका में की थी।",
        published="2014-11-27",
    )
    founded = {(s, d, p) for pred, s, o, d, p, _ in facts(doc) if pred == "founded" and o == "org:saarc"}
    assert {s for s, _, _ in founded} == {f"country:{c}" for c in ("in", "pk", "np", "bt", "bd", "lk", "mv")}
    assert {(d, p) for _, d, p in founded} == {("1985", "city:dhaka")}


def test_english_membership_founding_and_chair():
    doc = annotate(
        "Finland joined NATO in 2023. The ASEAN was founded in 1967 by Indonesia, Malaysia, the Philippines, "
        "Singapore and Thailand. India holds the chairmanship of the SCO this year.",
        published="2023-05-10",
        language="en",
    )
    got = facts(doc)
    assert ("member_of", "country:fi", "org:nato", "2023", None, False) in got
    founders = {s for pred, s, o, *_ in got if pred == "founded" and o == "org:asean"}
    assert founders == {"country:id", "country:my", "country:ph", "country:sg", "country:th"}
    assert any(p == "chair_of" and s == "country:in" and o == "org:sco" for p, s, o, *_ in got)


def test_chair_this_year_dates_an_undated_article():
    # no publication date: the chair (G20, India, "this year") leaves one year, 2023
    doc = annotate(
        "भारत इस साल जी20 की अध्यक्षता कर रहा है। विदेश मंत्री एस जयशंकर ने बुधवार को सऊदी अरब का दौरा किया।"
    )
    assert ("chair_of", "country:in", "org:g20", "XXXX", None, False) in facts(doc)
    (ev,) = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert ev["date"]["value"] == "XXXX-WXX-3"
    assert ev["date"]["not_before"] == "2023-01-01" and ev["date"]["not_after"] == "2023-11-30"
    assert ev["date"]["year"] == "2023"


def test_chair_bounds_only_narrow_when_one_term_fits():
    kb = KnowledgeBase()
    for year, start, end in ((2014, "2013-09-14", "2014-09-12"), (2021, "2020-11-11", "2021-09-17")):
        kb.chairs[("org:sco", "country:tj")].append(ChairTerm("org:sco", "country:tj", year, start, end))
    chair = [Fact("chair_of", "country:tj", "org:sco", 0, 10, "XXXX")]
    assert chair_bounds(chair, kb, None, None) == (None, None)  # two terms fit: nothing known
    assert chair_bounds(chair, kb, "2019-05-31", None) == ("2021-01-01", "2021-09-17")
    present = [Fact("chair_of", "country:tj", "org:sco", 0, 10, None)]
    assert chair_bounds(present, kb, "2019-05-31", "2024-05-12") == ("2020-11-11", "2021-09-17")
    # a past chairmanship with a year says nothing about when the article was written
    past = [Fact("chair_of", "country:tj", "org:sco", 0, 10, "2014")]
    assert chair_bounds(past, kb, "2019-05-31", None) == ("2019-05-31", None)
    negated = [Fact("chair_of", "country:tj", "org:sco", 0, 10, "XXXX", negated=True)]
    assert chair_bounds(negated, kb, "2019-05-31", None) == ("2019-05-31", None)


def test_facts_are_stored_merged_and_exported(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "भारत और पाकिस्तान 2017 में एससीओ के स्थायी सदस्य बने थे। दोनों देशों ने बयान दिया।", encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "सम्मेलन से पहले यह याद दिलाया गया कि भारत 2017 में एससीओ का सदस्य बना था। बैठक शाम को खत्म हुई।", encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    assert run_cli("ingest", str(corpus), "--db", str(db), "--published", "2024-01-05").returncode == 0
    res = run_cli("export", "facts", "--db", str(db))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.decode().splitlines()]
    india = [r for r in rows if r["subject"]["entity_id"] == "country:in" and r["predicate"] == "member_of"]
    assert len(india) == 1 and india[0]["date"] == "2017"
    assert india[0]["object"]["name_en"] == "Shanghai Cooperation Organisation"
    assert len(india[0]["doc_ids"]) == 2 and len(india[0]["evidence"]) == 2
    assert all("एससीओ" in e["text"] for e in india[0]["evidence"])
    assert any(r["subject"]["entity_id"] == "country:pk" for r in rows)


def test_a_coming_summit_this_year_and_a_spokesperson_date_an_undated_article():
    text = (
        "इस साल के अंत में होने वाले भारत-रूस वार्षिक शिखर सम्मेलन की तैयारियों पर विदेश मंत्रालय के प्रवक्ता "
        "रणधीर जायसवाल ने जानकारी दी। विदेश मंत्री एस जयशंकर ने गुरुवार को मॉस्को का दौरा किया।"
    )
    doc = annotate(text)
    assert ("person:randhir-jaiswal", "spokesperson", "org:mea") in {
        (r["entity_id"], r["role"], r["of"]) for r in doc["roles"]
    }
    (ev,) = [e for e in doc["events"] if e["mode"] == "visit"]
    # the spokesperson's tenure (2024-) leaves one late-year India-Russia summit: 2025-12-05
    span = (ev["date"]["not_before"], ev["date"]["not_after"], ev["date"]["year"])
    assert span == ("2025-01-01", "2025-12-05", "2025")
    # without the tenure, late-year summits of several years fit: no year is claimed
    alone = annotate("इस साल के अंत में होने वाले भारत-रूस शिखर सम्मेलन से पहले जयशंकर ने गुरुवार को मॉस्को का दौरा किया।")
    (ev,) = [e for e in alone["events"] if e["mode"] == "visit"]
    assert (ev["date"] or {}).get("year") is None


def test_once_the_year_is_known_a_past_day_and_month_is_a_lower_bound():
    doc = annotate(
        "भारत इस साल जी20 की अध्यक्षता कर रहा है। इससे पहले 3 मार्च को विदेश मंत्री नई दिल्ली पहुंचे थे। "
        "विदेश मंत्री एस जयशंकर ने बुधवार को सऊदी अरब का दौरा किया। वे 9 दिसंबर को रियाद जाएंगे।"
    )
    (ev,) = [e for e in doc["events"] if e["mode"] == "visit" and e["date"] and e["date"]["value"] == "XXXX-WXX-3"]
    # 3 March (past) moves the lower bound; 9 December (future) does not move anything
    assert (ev["date"]["not_before"], ev["date"]["not_after"]) == ("2023-03-03", "2023-11-30")
