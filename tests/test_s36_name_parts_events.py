"""The event coder with people named again by one word of their name (issues #15, #16): a name at whose
instance an act is done, a possessor in another clause, time after a participle and a request told with
"also". Sentences written for these tests."""

from conftest import annotate_text


def events(text: str) -> list[dict]:
    return annotate_text(text, published="2026-11-20")["events"]


def test_a_raid_at_someones_pointing_out_is_not_on_them():
    evs = events("पुलिस ने सोमवार को रमेश यादव को गिरफ्तार किया। पूछताछ के बाद रमेश की निशानदेही पर शहर के एक गोदाम"
                 " में छापा मारा गया।")
    raids = [e for e in evs if (e["type"], e["mode"]) == ("COERCE", "raid")]
    assert raids
    assert not any(a["role"] == "target" for e in raids for a in e["actors"])


def test_time_after_a_participle_is_no_request():
    evs = events("गांव की सुनीता कुमारी की मौत हो गई। पड़ोसियों के अनुसार सुनीता और रमेश चंद्र मीणा की शादी हुए अभी"
                 " ज्यादा समय नहीं बीता था, फिर भी घर में अक्सर झगड़े होते थे।")
    assert not any(e["type"] == "REQUEST" for e in evs)


def test_a_request_told_with_also_is_one_more_request():
    evs = events("मीना देवी ने अपने बेटे राहुल को वकील से मदद लेने के लिए कहा। हाई कोर्ट ने सोमवार को राज्य सरकार से"
                 " दो हफ्ते में हलफनामा दाखिल करने के लिए भी कहा है।")
    requests = [e for e in evs if e["type"] == "REQUEST"]
    assert len(requests) == 2
    assert any({a["entity_id"].split(":")[1] for a in e["actors"]} == {"jud", "gov"} for e in requests)
