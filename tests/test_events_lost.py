"""Events the lexicon finds but the event stage lost (#15, session 22): a predicate told as done whose
clause names its doer in the ergative, a doer the entity stage does not know.
"""

from __future__ import annotations

from conftest import annotate_text


def _events(text: str) -> list[tuple[str, str, int]]:
    doc = annotate_text(text, published="2024-05-02")
    return [(e["type"], e["mode"], len(e["actors"])) for e in doc["events"]]


def test_an_act_whose_ergative_doer_is_unknown_is_kept_without_actors():
    # "नाटक मंडली" is in no table and no knowledge base: the ने still says someone did it
    assert _events("नाटक मंडली ने यह पेशकश ठुकरा दी।") == [("REJECT", "reject", 0)]
    assert _events("नाटक मंडली ने इस फैसले का विरोध किया।") == [("ACCUSE", "object", 0)]


def test_a_welcome_by_an_unknown_doer_stays_a_welcome():
    # with no actor found at all, the missing guest tells nothing: not turned into praise of a decision
    assert _events("नाटक मंडली ने उनका गर्मजोशी से स्वागत किया।") == [("CONSULT", "host", 0)]


def test_no_unnamed_doer_without_the_clause_own_ergative():
    # the ergative of "said" is the speaker's, not the quoted act's; a denied act or an infinitive
    # under another verb is no act told as done
    assert _events("नाटक मंडली ने कहा, “प्रस्ताव ठुकरा दिया।”") == []
    assert _events("नाटक मंडली ने यह पेशकश नहीं ठुकराई।") == []
    assert _events("नाटक मंडली ने यह पेशकश ठुकराने का फैसला किया।") == []


def test_a_meeting_told_as_taking_place_somewhere_is_kept_without_its_sides():
    # the noun is the subject of "to happen", or follows the participle that says it took place, at a place
    assert ("CONSULT", "meet", 0) in _events("मंगलवार को जिनेवा में हुई बैठक में कई मसौदे पढ़े गए।")
    assert _events("जिनेवा में मंगलवार को बैठक हुई।") == [("CONSULT", "meet", 0)]


def test_a_meeting_mentioned_or_denied_without_sides_is_no_event():
    assert not any(t == "CONSULT" for t, _, _ in _events("बैठक में कई मसौदे पढ़े गए।"))
    assert _events("जिनेवा में बैठक नहीं हुई।") == []


def test_one_side_drill_is_a_show_of_force_and_a_joint_one_cooperation():
    # only the Chinese army, no partner and nothing said to be shared: MOBILIZE
    assert [t for t, _, _ in _events("चीनी सेना ने ताइवान के पास युद्धाभ्यास किया।")] == ["MOBILIZE"]
    # a partner in the comitative, a joint word, or two sides: still a joint exercise
    assert [t for t, _, _ in _events("भारतीय सेना ने अमेरिकी सेना के साथ युद्धाभ्यास किया।")] == ["COOPERATE"]
    assert [t for t, _, _ in _events("भारतीय सेना ने संयुक्त युद्धाभ्यास किया।")] == ["COOPERATE"]
    assert [t for t, _, _ in _events("भारत और रूस ने युद्धाभ्यास किया।")] == ["COOPERATE"]


def test_a_simple_verb_with_an_unknown_doer_and_no_frame_is_still_dropped():
    # a one-word verb reads as an act only with its frame ("पैसे मांगे": asked for money, not a demand of a
    # state; "धमकाया", "चेताया" with no one named): the unnamed-doer rule does not reopen the frame check
    assert _events("नाटक मंडली ने पैसे मांगे।") == []
    assert _events("नाटक मंडली ने उन्हें धमकाया।") == []
    assert _events("नाटक मंडली ने उन्हें चेताया।") == []
