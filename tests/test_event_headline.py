"""Events stated in the headline (``sambandh.events.headline``): read with the title, joined to the body's
retelling as title evidence, or kept alone with their offsets into the title; the evidence's ``field``
through the annotate JSON, the store, the export rows, the web marks and the evaluator.
"""

from __future__ import annotations

from typing import Any

from sambandh.model import Actor, Article, Event, OffsetMap, Removed, Span

# our own sentences: a headline the body does not retell, and one the body retells
ALONE_TITLE = "रूस ने यूक्रेन के ड्रोन हमले की निंदा की"
ALONE_BODY = "मॉस्को, 3 मार्च। राष्ट्रपति व्लादिमीर पुतिन ने सोमवार को चीन के विदेश मंत्री वांग यी से मुलाकात की।"
TOLD_TITLE = "भारत ने पाकिस्तान के उप उच्चायुक्त को तलब किया"
TOLD_BODY = ("नई दिल्ली, 3 मार्च। विदेश मंत्रालय ने सोमवार को पाकिस्तान के उप उच्चायुक्त को तलब किया और सीमा पर हुई "
             "गोलीबारी पर कड़ा विरोध दर्ज कराया।")  # fmt: skip


def _annotate(title: str | None, text: str, kind: str = "record") -> dict[str, Any]:
    from sambandh.annotate import annotate_records
    from sambandh.config import Config
    from sambandh.model import RawRecord

    meta: dict[str, Any] = {"published": "2025-03-04"}
    if title is not None:
        meta["title"] = title
    out = list(annotate_records([RawRecord(source="t", data=text, kind=kind, meta=meta)], Config.build()))
    assert isinstance(out[0], dict)
    return out[0]


def _fields(ev: dict[str, Any]) -> list[str]:
    return [e.get("field", "text") for e in ev["evidence"]]


def test_a_headline_the_body_does_not_retell_is_kept_with_title_evidence() -> None:
    out = _annotate(ALONE_TITLE, ALONE_BODY)
    accuse = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert len(accuse) == 1
    ev = accuse[0]
    assert _fields(ev) == ["title"]
    assert {(a["role"], a["entity_id"]) for a in ev["actors"]} == {("source", "country:ru"), ("target", "country:ua")}
    (e,) = ev["evidence"]
    assert e["text"] == out["title"][e["start"] : e["end"]] == ALONE_TITLE
    # the body's own event keeps its evidence in the text
    meet = next(e for e in out["events"] if e["type"] == "CONSULT")
    assert _fields(meet) == ["text"]


def test_a_headline_the_body_retells_is_one_event_with_two_pieces_of_evidence() -> None:
    out = _annotate(TOLD_TITLE, TOLD_BODY)
    summons = [e for e in out["events"] if e["type"] == "ACCUSE" and e["mode"] == "summon"]
    assert len(summons) == 1, out["events"]
    ev = summons[0]
    assert sorted(_fields(ev)) == ["text", "title"]
    text_ev = next(e for e in ev["evidence"] if "field" not in e)
    title_ev = next(e for e in ev["evidence"] if e.get("field") == "title")
    assert text_ev["text"] == out["text"][text_ev["start"] : text_ev["end"]]
    assert title_ev["text"] == out["title"][title_ev["start"] : title_ev["end"]] == TOLD_TITLE
    # no other event took the headline
    assert sum("title" in _fields(e) for e in out["events"]) == 1


def test_a_head_line_the_cleaner_takes_as_the_title_is_read_too() -> None:
    # a page with no title given: the cleaner takes its head line out of the text as the title
    out = _annotate(None, f"{TOLD_TITLE}\n\n{TOLD_BODY}", kind="text")
    assert out["title"] == TOLD_TITLE and TOLD_TITLE not in out["text"]
    summons = [e for e in out["events"] if e["type"] == "ACCUSE" and e["mode"] == "summon"]
    assert len(summons) == 1 and sorted(_fields(summons[0])) == ["text", "title"]


def test_without_a_title_nothing_is_read_from_it() -> None:
    out = _annotate("", TOLD_BODY)
    assert all(_fields(e) == ["text"] * len(e["evidence"]) for e in out["events"])
    assert any(e["mode"] == "summon" for e in out["events"])


def test_the_annotate_json_names_the_field_only_for_the_title() -> None:
    out = _annotate(ALONE_TITLE, ALONE_BODY)
    for s in out["sentences"]:
        assert set(s) == {"start", "end"}
    keys = {tuple(sorted(e)) for ev in out["events"] for e in ev["evidence"]}
    assert keys == {("doc_id", "end", "start", "text"), ("doc_id", "end", "field", "start", "text")}


def test_span_field_round_trips_and_is_omitted_for_the_text() -> None:
    assert Span(0, 5).to_dict() == {"start": 0, "end": 5}
    assert Span(0, 5, "title").to_dict() == {"start": 0, "end": 5, "field": "title"}
    assert Span.from_dict({"start": 0, "end": 5}) == Span(0, 5)
    assert Span.from_dict({"start": 0, "end": 5, "field": "title"}) == Span(0, 5, "title")
    ev = Event("ACCUSE", "condemn", "111", [], 0, 3, [Span(0, 9, "title")])
    back = Event.from_dict(ev.to_dict())
    assert back.evidence == [Span(0, 9, "title")] and back.in_title()
    assert not Event("ACCUSE", "condemn", "111", [], 0, 3, [Span(0, 9), Span(0, 4, "title")]).in_title()


def _stored_article() -> Article:
    title, text = "अल्फा ने बीटा की निंदा की", "बीटा ने आज गामा से मुलाकात की।"
    alone = Event("ACCUSE", "condemn", "111", [Actor("country:ru", "source", 0, 4)], 16, 25,
                  [Span(0, len(title), "title")])  # fmt: skip
    told = Event("CONSULT", "meet", "040", [Actor("country:ua", "participant", 0, 4)], 21, 29,
                 [Span(0, len(text)), Span(0, len(title), "title")])  # fmt: skip
    return Article(source="a.txt", raw=f"{title}\n{text}", raw_hash="h1", id="a" * 32, title=title,
                   title_source="head", text=text, offset_map=OffsetMap([0], [len(title) + 1]),
                   removed=[Removed(0, len(title), "title")], sentences=[Span(0, len(text))], language="hi",
                   events=[alone, told])  # fmt: skip


def test_the_store_keeps_title_evidence_and_the_export_rows_quote_the_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sambandh.kb import load
    from sambandh.relations import merged_records
    from sambandh.store import Store

    art = _stored_article()
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([art], [], 100)
        back = store.get_article(str(art.id))
        assert back is not None
        assert [e.evidence for e in back.events] == [e.evidence for e in art.events]
        assert back.events[0].in_title() and not back.events[1].in_title()
        rows = {r["type"]: r for r in merged_records(store, load())}
    (title_ev,) = rows["ACCUSE"]["evidence"]
    assert title_ev["field"] == "title" and title_ev["text"] == art.title
    said = {e.get("field", "text"): e["text"] for e in rows["CONSULT"]["evidence"]}
    assert said == {"text": art.text, "title": art.title}


def test_web_marks_never_slice_the_text_with_title_offsets() -> None:
    from sambandh.web.app import doc_marks, evidence_spans

    events = [{"type": "ACCUSE", "mode": "condemn",
               "evidence": [{"doc_id": "d", "start": 0, "end": 9, "field": "title", "text": "x"},
                            {"doc_id": "d", "start": 3, "end": 7, "text": "y"}]}]  # fmt: skip
    assert [(m["start"], m["end"]) for m in evidence_spans("d", events)] == [(3, 7)]
    marks = doc_marks({"entities": [], "timexes": [], "events": events})
    assert [(m["start"], m["end"]) for m in marks] == [(3, 7)]


def test_the_evaluator_maps_title_offsets_to_the_raw_head_line() -> None:
    from sambandh.evaluate import _title_raw

    art = _stored_article()
    span = _title_raw(art)
    assert span(0, 5) == (0, 5)
    art.raw = "x\n" + art.raw  # the head line further down the page
    art.removed = [Removed(2, 2 + len(art.title or ""), "title")]
    assert _title_raw(art)(9, 13) == (11, 15)
    art.removed = []  # a title given apart from the text has no raw span
    assert _title_raw(art)(0, 5) == (-1, -1)


def test_a_headline_merges_only_where_the_sides_can_be_one() -> None:
    from sambandh.events.headline import join_headline, retells

    def ev(typ: str, *actors: tuple[str, str, str | None]) -> Event:
        return Event(typ, "condemn" if typ == "ACCUSE" else "meet", "111",
                     [Actor(e, r, 0, 1, aff) for e, r, aff in actors], 0, 1, [Span(0, 20)])  # fmt: skip

    head = ev("ACCUSE", ("country:in", "source", "country:in"), ("agent:dip:pk", "target", "country:pk"))
    # the body names the envoy and the ministry where the headline names the country
    body = ev("ACCUSE", ("org:mea", "source", "country:in"), ("person:x", "target", "country:pk"))
    assert retells(head, body)
    # another country's accusation is another act
    other = ev("ACCUSE", ("country:cn", "source", "country:cn"), ("country:us", "target", "country:us"))
    assert not retells(head, other)
    assert not retells(head, ev("CONSULT", ("country:in", "participant", "country:in")))
    out = join_headline([head], [other, body], 30)
    assert out == [other, body]
    assert body.evidence[-1] == Span(0, 20, "title")
    kept = join_headline([ev("ACCUSE", ("country:ru", "source", "country:ru"))], [other], 30)
    assert len(kept) == 2 and kept[0].in_title()
