"""Case frames by class (issue #15): rows of one class of predicate take the cases that class takes in
Hindi, so the one named in that case gets its role (sentences written for these tests)."""

from __future__ import annotations

import pytest
from conftest import annotate_text


def _roles(sentence: str, type_: str) -> set[tuple[str, str]]:
    doc = annotate_text(sentence, published="2026-11-20")
    return {(a["role"], a["entity_id"]) for e in doc["events"] if e["type"] == type_ for a in e["actors"]}


# (sentence, type, (role, entity) expected among the event's actors)
CASES = [
    # an accusation is laid on (पर) or made against (के खिलाफ) the accused
    ("भारत ने पाकिस्तान के खिलाफ आतंकवाद को बढ़ावा देने का इल्जाम लगाया।", "ACCUSE", ("target", "country:pk")),
    # sanctions are imposed on (पर) or against (के खिलाफ) a country
    ("अमेरिका ने ईरान के खिलाफ नए प्रतिबंध लगाए।", "SANCTION", ("target", "country:ir")),
    # calling on and appealing: the one called on stands with से or को
    ("प्रधानमंत्री ने किसानों को आंदोलन खत्म करने का आह्वान किया।", "REQUEST", ("target", "agent:agr")),
    ("ग्रामीणों ने जिलाधिकारी को सड़क बनवाने की गुहार लगाई।", "REQUEST", ("target", "agent:gov:in")),
    # the one whose demand or appeal is ignored stands in the genitive
    ("सरकार ने किसानों की मांग को नजरअंदाज किया।", "REJECT", ("target", "agent:agr")),
    # displeasure is shown at (पर) or against (के खिलाफ) someone
    ("किसानों ने सरकार के खिलाफ नाराजगी जताई।", "ACCUSE", ("target", "agent:gov")),
    # a notice or a summons is served on (को) or issued against (के खिलाफ) someone
    ("आयोग ने विधायक के खिलाफ कारण बताओ नोटिस जारी किया।", "REQUEST", ("target", "agent:leg")),
    ("अदालत ने मंत्री के खिलाफ समन जारी किया।", "ACCUSE", ("target", "agent:gov")),
    # an offer of talks is the offerer's, to the other side
    ("रूस ने यूक्रेन के साथ बातचीत की पेशकश की।", "REQUEST", ("source", "country:ru")),
    ("रूस ने यूक्रेन के साथ बातचीत की पेशकश की।", "REQUEST", ("target", "country:ua")),
]


@pytest.mark.parametrize(("sentence", "type_", "actor"), CASES)
def test_frame_case_gives_role(sentence: str, type_: str, actor: tuple[str, str]) -> None:
    assert actor in _roles(sentence, type_)


def test_offer_of_talks_has_no_participants() -> None:
    roles = _roles("अमेरिका ने ईरान से बातचीत की पेशकश की।", "REQUEST")
    assert not any(r == "participant" for r, _ in roles)
