"""Retellings (issue #15, session 37): one act told again found as two events. Sentences written for these
tests; the rules are checked with the precision model off, so that they, not the model, decide."""

from __future__ import annotations

from conftest import typed_events


def test_a_clash_side_described_then_named_is_one_clash(rules_only):
    # "दो नक्सलियों" told again by two names the knowledge base lacks: one side of one encounter, one event
    text = ("छत्तीसगढ़ के नारायणपुर जिले में पुलिस के जवानों ने मुठभेड़ में दो नक्सलियों को ढेर कर दिया। एसपी ने जानकारी "
            "दी कि अबूझमाड़ में एरिया कमांडर सोमा उर्फ सोमू और केशव मरकाम उर्फ केशु मुठभेड़ में मारे गए।")
    clashes = [e for e in typed_events(text, "ASSAULT") if e["mode"] == "clash"]
    assert len(clashes) == 1, clashes
    assert len(clashes[0]["evidence"]) == 2
    assert any(a["entity_id"].startswith("new:person:") for a in clashes[0]["actors"])


def test_clashes_in_two_towns_stay_apart(rules_only):
    # the named men fell in another town the text names: another encounter
    text = ("छत्तीसगढ़ के नारायणपुर जिले में पुलिस के जवानों ने मुठभेड़ में दो नक्सलियों को ढेर कर दिया। एसपी ने जानकारी "
            "दी कि दंतेवाड़ा में एरिया कमांडर सोमा उर्फ सोमू और केशव मरकाम उर्फ केशु मुठभेड़ में मारे गए।")
    clashes = [e for e in typed_events(text, "ASSAULT") if e["mode"] == "clash"]
    assert len(clashes) == 2, clashes


def test_an_act_told_again_even_after_something_is_the_act_told_before(rules_only):
    # "इसके बाद भी": "even after this", no "also": the arrest told before, told again
    text = ("पुलिस ने सोमवार को दिल्ली में दो तस्करों को गिरफ्तार किया। आरोपी कई दिनों से फरार थे। हालांकि इसके बाद "
            "भी पुलिस ने तलाश जारी रखी और दोनों को गिरफ्तार कर लिया।")
    arrests = typed_events(text, "COERCE")
    assert len(arrests) == 1, arrests
    assert len(arrests[0]["evidence"]) == 2


def test_one_more_arrest_with_also_stays_apart(rules_only):
    text = "पुलिस ने सोमवार को दिल्ली में दो तस्करों को गिरफ्तार किया। पुलिस ने उनके साथी को भी गिरफ्तार कर लिया।"
    assert len(typed_events(text, "COERCE")) == 2


_VOTE = ("सांसद रमाकांत त्रिवेदी ने सदन में नए श्रम विधेयक के पक्ष में वोट देकर अपनी ही पार्टी को हैरान कर दिया है। पार्टी "
         "प्रवक्ता ने इस पर खुलकर नाराज़गी जताई। ")


def test_an_act_told_again_in_the_pluperfect_by_its_named_doer_is_one_act(rules_only):
    # the pluperfect retells the vote by the same named doer, with no day of its own and no word of another time
    events = typed_events(_VOTE + "रमाकांत त्रिवेदी ने सदन में उस विधेयक के पक्ष में वोट दिया था।", "SUPPORT")
    assert len(events) == 1, events
    assert len(events[0]["evidence"]) == 2


def test_an_earlier_act_of_the_same_doer_stays_apart(rules_only):
    # "पिछले साल भी": another vote, before; a day of its own: another vote too
    assert len(typed_events(_VOTE + "रमाकांत त्रिवेदी ने पिछले साल भी सदन में एक विधेयक के पक्ष में वोट दिया था।",
                            "SUPPORT")) == 2
    assert len(typed_events(_VOTE + "रमाकांत त्रिवेदी ने मार्च 2019 में सदन में एक विधेयक के पक्ष में वोट दिया था।",
                            "SUPPORT")) == 2
