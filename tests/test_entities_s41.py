"""Entity classes of session 41 (issue #16): people named by initials written as letters' names with full
stops. Sentences written for these tests."""

import pytest
from conftest import linked_mentions

from sambandh.phonetic import phonetic_key


def _people(rec, text):  # type: ignore[no-untyped-def]
    return [(text[m.start : m.end], m.entity_id) for m in linked_mentions(rec, text) if m.label == "PERSON"]


def test_initials_with_stops_take_the_surname_the_model_leaves(rec, model_reads):
    text = "बैठक में परिवहन मंत्री टी. आर. बलूनी भी थे। बाद में बलूनी ने कहा कि किराया नहीं बढ़ेगा।"
    model_reads(("टी. आर", "PERSON"))
    people = _people(rec, text)
    assert [p for p, _ in people] == ["टी. आर. बलूनी", "बलूनी"], people
    assert people[0][1] == people[1][1]


def test_initials_the_model_read_as_a_place_after_an_office(rec, model_reads):
    text = "ब्रिगेडियर के. एल. मठपाल ने बताया कि अभ्यास पूरा हो गया।"
    model_reads(("के", "LOC"))
    assert [p for p, _ in _people(rec, text)] == ["के. एल. मठपाल"]


def test_initials_with_two_name_words_known_for_people(rec, model_reads):
    text = "सम्मेलन में जे. पी. सिंह और दूसरे अफसर पहुंचे।"
    model_reads()
    assert [p for p, _ in _people(rec, text)] == ["जे. पी. सिंह"]


def test_initials_before_a_body_or_an_open_phrase_name_no_one(rec, model_reads):
    for text in ("सभा आर. के. कॉलेज के मैदान में हुई।",  # a college named by initials
                 "अदालत ने यू. एस. के दूत को बुलाया।"):  # a country's initials, then a postposition
        model_reads()
        assert not _people(rec, text), text


def test_initials_before_two_words_the_second_unknown_are_not_taken_on(rec, model_reads):
    text = "मंत्री एस. पी. गोयल सभा में बोले।"  # the word after the surname may go on the name or not
    model_reads()
    assert not [p for p, _ in _people(rec, text) if "गोयल" in p]


def test_initials_spaced_before_the_stop_are_the_same_person():
    assert phonetic_key("एम . एस. गिल") == phonetic_key("एम. एस. गिल") == phonetic_key("एम एस गिल")


def _places(rec, text):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label in ("GPE", "LOC")]


def test_a_town_named_before_its_numbered_sector(rec, model_reads):
    text = "पुलिस ने मंगलपुर के सेक्टर-7 स्थित मकान पर छापा मारा।"
    model_reads(("मंगलपुर", "PERSON"))
    assert "मंगलपुर" in _places(rec, text)


def test_a_place_named_before_and_such_areas(rec, model_reads):
    text = "दुकानदारों ने बेलगढ़ी आदि इलाकों से आने वाली सब्जी रोक दी।"
    model_reads()
    assert "बेलगढ़ी" in _places(rec, text)


def test_a_listed_body_before_a_sector_word_stays_a_body(rec, model_reads):
    text = "भाजपा के सेक्टर प्रभारी ने बैठक बुलाई।"
    model_reads()
    assert [m.label for m in linked_mentions(rec, text)] == ["ORG"]


def test_a_listed_place_right_before_the_sector_word_is_the_whole_name(rec, model_reads):
    text = "उनका बेटा कुणाल रोहिणी के सेक्टर-9 स्थित स्कूल में पढ़ता है।"
    model_reads()
    assert "कुणाल" not in " ".join(_places(rec, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("इस किताब में क्रांतिकारी सोहन लाल पाठक की चिट्ठियां छपी हैं।", "सोहन लाल पाठक"),
        ("ग्रैंडमास्टर रमेश बाबू को सम्मान मिला।", "रमेश बाबू"),
    ],
)
def test_a_name_after_a_calling_of_writers_fighters_and_players(rec, model_reads, text, name):
    model_reads()
    assert [p for p, _ in _people(rec, text)] == [name]


def test_a_word_of_honour_for_the_dead_is_no_part_of_the_name(rec, model_reads):
    text = "गांव में शहीद दलजीत कौर की प्रतिमा लगी।"
    model_reads(("शहीद दलजीत कौर", "PERSON"))
    assert [p for p, _ in _people(rec, text)] == ["दलजीत कौर"]


def test_a_word_of_honour_for_the_dead_after_soldiers_names_no_one(rec, model_reads):
    for text in ("हमले में तीन जवान शहीद हो गए।", "शहीद जवानों को श्रद्धांजलि दी गई।", "कवि सम्मेलन में कई कवि पहुंचे।"):
        model_reads()
        assert not _people(rec, text), text


def test_a_surname_two_people_bear_goes_to_the_one_named_most(rec, model_reads):
    text = ("मुख्यमंत्री गोपाल रैना ने सदन में भाषण दिया। रैना की इस बात से विपक्ष नाराज है। विपक्ष ने रैना सरकार से "
            "जवाब मांगा। बाद में गोपाल रैना ने सफाई दी। उनके बेटे अमन रैना ने कहा कि सरकार चलेगी।")
    model_reads(("गोपाल रैना", "PERSON"), ("अमन रैना", "PERSON"))
    people = _people(rec, text)
    assert [p for p, _ in people] == ["गोपाल रैना", "रैना", "रैना", "गोपाल रैना", "अमन रैना"], people
    assert len({e for p, e in people if p != "अमन रैना"}) == 1
    assert people[-1][1] != people[0][1]


def test_a_surname_several_bear_is_not_taken_after_a_name_word(rec, model_reads):
    text = "अजय भाटी और विनोद भाटी मौके पर पहुंचे। अजय भाटी ने जांच मांगी। वहां कमल भाटी ने बयान दिया।"
    model_reads(("अजय भाटी", "PERSON"), ("विनोद भाटी", "PERSON"))
    assert "भाटी" not in [p for p, _ in _people(rec, text)]


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        ("सभा में तहसीलदार रमाकांत घोरपड़े भी थे।", "तहसीलदार रमाकांत घोरपड़े", "रमाकांत घोरपड़े"),
        ("कार्यक्रम में मेयर सुलोचना बिष्ट पहुंचीं।", "मेयर सुलोचना बिष्ट", "सुलोचना बिष्ट"),
        ("झड़प में कांस्टेबल हरमीत सिंह घायल हुए।", "कांस्टेबल हरमीत सिंह", "हरमीत सिंह"),
        ("दुकान के मालिक नरेश खन्ना ने शिकायत की।", "मालिक नरेश खन्ना", "नरेश खन्ना"),
        ("सभा का उद्घाटन पंडित रामकिशोर द्विवेदी ने किया।", "पंडित रामकिशोर द्विवेदी", "रामकिशोर द्विवेदी"),
    ],
)
def test_a_local_office_or_an_honorific_read_into_the_name_is_left_out(rec, model_reads, text, read, name):
    model_reads((read, "PERSON"))
    assert [p for p, _ in _people(rec, text)] == [name]


def test_a_local_office_in_the_plural_names_no_one(rec, model_reads):
    text = "पथराव में दो कांस्टेबल घायल हो गए।"
    model_reads()
    assert not _people(rec, text)


@pytest.mark.parametrize(
    ("name", "eid"),
    [
        ("जमात-उद-दावा", "org:jud"),
        ("जमात-उ-दावा", "org:jud"),
        ("लश्कर-ए-तैबा", "org:let"),
        ("इंडियन मुजाहिदीन", "org:indian-mujahideen"),
        ("बब्बर खालसा", "org:bki"),
        ("उल्फा", "org:ulfa"),
    ],
)
def test_armed_groups_of_south_asia_by_the_names_news_writes(rec, name, eid):
    assert [e.id for e in rec.kb.lookup(name)] == [eid]
