"""One event per happening within an article (#15, session 29): retellings that the merge of
``events.merge`` kept apart (``events.coref``). The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _events(text: str, typ: str, mode: str) -> list[dict[str, Any]]:
    return [e for e in annotate_text(text, published="2024-03-05")["events"] if (e["type"], e["mode"]) == (typ, mode)]


def test_two_coordinated_predicates_of_one_act_are_one_event():
    # tear gas and a baton charge on one crowd, a cordon and a search of one village: one operation each
    assert len(_events("पुलिस ने शुक्रवार को शहर में भीड़ पर आंसू गैस के गोले दागे और लाठीचार्ज किया।",
                       "COERCE", "operation")) == 1  # fmt: skip
    assert len(_events("सुरक्षा बलों ने गुरुवार को गांव की घेराबंदी की और तलाशी अभियान शुरू किया।",
                       "COERCE", "operation")) == 1  # fmt: skip


def test_coordinated_acts_on_two_named_people_stay_two():
    # a name between the two predicates: an act on someone else
    found = _events("पुलिस ने शुक्रवार को रमेश कुमार को गिरफ्तार किया और सुरेश यादव को हिरासत में लिया।",
                    "COERCE", "arrest")  # fmt: skip
    assert len(found) == 2


def test_a_summons_told_again_in_the_pluperfect_is_the_same_summons():
    text = ("विदेश मंत्रालय ने मंगलवार को पाकिस्तान के उच्चायुक्त को तलब किया। अधिकारियों ने बताया कि विदेश सचिव ने "
            "पाकिस्तान के उच्चायुक्त को दोपहर दो बजे मंत्रालय में तलब किया था।")  # fmt: skip
    found = _events(text, "ACCUSE", "summon")
    assert len(found) == 1
    # both sentences stay its evidence: every fact traces to the sentences that state it
    assert len(found[0]["evidence"]) == 2
    assert found[0]["date"]["text"] == "मंगलवार"


def test_a_date_of_another_act_does_not_keep_a_retelling_apart():
    # Wednesday is the day the minister arrived, not the day of the talks retold in that sentence
    text = ("विदेश मंत्री एस जयशंकर ने गुरुवार को श्रीलंका के विदेश मंत्री अली साबरी के साथ मछुआरों के मुद्दे पर चर्चा "
            "की। प्रवक्ता ने कहा कि बुधवार को नयी दिल्ली आए अली साबरी ने बातचीत के दौरान भरोसा दिया कि मछुआरे जल्द "
            "लौटेंगे।")  # fmt: skip
    assert len(_events(text, "CONSULT", "discuss")) == 1
    assert len(_events(text, "CONSULT", "visit")) == 1


def test_talks_of_another_time_stay_apart():
    text = ("विदेश मंत्री एस जयशंकर ने गुरुवार को श्रीलंका के विदेश मंत्री अली साबरी के साथ मछुआरों के मुद्दे पर चर्चा "
            "की। इससे पहले मार्च में भी दोनों मंत्रियों ने कोलंबो में चर्चा की थी।")  # fmt: skip
    assert len(_events(text, "CONSULT", "discuss")) == 2
