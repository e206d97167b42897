"""The event scorer and a lead printed twice (session 40): the cleaner takes out a page's lead when the body prints
it again, and the coder reads the body's copy; the gold marks the act at its first telling, in the lead. A found
event in the kept copy matches the gold event at the same words of the lead (``evaluate._lead_copies``). The page
is written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from sambandh.evaluate import evaluate_page_events

TITLE = "भारत ने पड़ोसी देश में हुए बम धमाके की निंदा की"
LEAD = ("भारत ने सोमवार को पड़ोसी देश की राजधानी में हुए बम धमाके की कड़ी निंदा की और पीड़ितों के परिवारों के प्रति "
        "गहरी संवेदना जताई.")


def test_an_act_in_the_body_copy_of_a_lead_matches_the_gold_in_the_lead(tmp_path: Path) -> None:
    text = (f"{TITLE}\n\n{LEAD}\n\nविज्ञापन\nनई दिल्ली:\n\n{LEAD} विदेश मंत्रालय ने कहा कि भारत इस कठिन समय में उस "
            "देश के लोगों के साथ खड़ा है.\n")
    at = text.index("संवेदना जताई")  # the lead's copy, which the cleaner takes out
    assert text.index("संवेदना जताई", at + 1) > at
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "p1", "text": text, "published": "2024-05-06",
                                                      "language": "hi"}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = {"id": "p1", "split": "dev", "events": [
        {"type": "SUPPORT", "mode": "condole", "core": False, "trigger": [at, at + len("संवेदना जताई")],
         "actors": [], "place": None, "date": None, "modality": "occurred", "negated": False}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = evaluate_page_events(tmp_path / "gold.jsonl", tmp_path / "pages.jsonl")["all"]
    assert result["recall"] == 100.0
    assert "condole" not in {s["mode"] for s in result["spurious"]}
