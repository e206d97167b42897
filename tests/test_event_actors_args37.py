"""Actors of events (#15), session 37: a plea made in a court is made to the court. The court stands in the
locative ("X ने हाई कोर्ट में ... की गुहार लगाई"), which the frame of a request does not read (only अपील's
does); a body of the judiciary there, in the request's own clause, is its target."""

from __future__ import annotations

import pytest
from conftest import annotate_text, events_of, roles_of


@pytest.mark.parametrize(("text", "court"), [
    ("याचिकाकर्ता ने हाई कोर्ट में मुकदमा खारिज करने की गुहार लगाई।", "agent:jud"),
    ("मंत्रालय ने सुप्रीम कोर्ट में अर्जी देकर सुनवाई टालने की मांग की।", "org:sci"),
    ("बचाव पक्ष ने अदालत में दलीलें रखने के लिए दो हफ्ते मांगे।", "agent:jud"),
])
def test_a_court_pleaded_in_is_the_target(text: str, court: str) -> None:
    evs = events_of(annotate_text(text, published="2024-05-02"), "REQUEST")
    assert evs, text
    roles = roles_of(evs[0])
    assert roles.get(court) == "target", roles


def test_a_target_the_frame_names_stays_alone() -> None:
    # "सरकार से": the one asked is named; the hall the demand was made in is where, not whom
    evs = events_of(annotate_text("विपक्ष ने संसद में सरकार से जवाब की मांग की।", published="2024-05-02"), "REQUEST")
    assert evs
    roles = roles_of(evs[0])
    assert [e for e, r in roles.items() if r == "target"] == ["agent:gov"], roles
