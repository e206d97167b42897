"""Entities and links, session 38 (issue #16): ids the events need; sentences written for these tests."""

from conftest import linked_mentions


def ids_of(rec, text):
    return {text[m.start : m.end]: m.entity_id for m in linked_mentions(rec, text)}


def test_a_listed_surname_after_another_first_name_is_another_person(rec):
    # the model's longer name over a listed surname ("राकेश" is no spelling of "राम नाथ", though the
    # Latin "Ram Nath Kovind" scores close to it) and a first name the surname rule takes in
    ids = ids_of(rec, "पार्टी के जिला अध्यक्ष राकेश कोविंद ने कहा। नगर समिति के सदस्य नदीम कुरैशी और उनके साथी भी आए।")
    assert ids["राकेश कोविंद"] != "person:ram-nath-kovind"
    assert ids["नदीम कुरैशी"] != "person:shah-mahmood-qureshi"
    # a spelling of the listed name stays the listed person
    ids = ids_of(rec, "रूस के रक्षा मंत्री एंड्री बेलौसोव ने बात की।")
    assert ids["एंड्री बेलौसोव"] == "person:andrey-belousov"


def test_a_surname_alone_the_model_reads_as_a_body_after_the_full_name_is_the_person(rec):
    text = ("Rajnath Singh met Australia's Deputy Prime Minister Richard Marles in Delhi. "
            "Marles said the talks went well.")
    ms = {text[m.start : m.end]: m for m in linked_mentions(rec, text)}
    assert ms["Marles"].label == "PERSON" and ms["Marles"].entity_id == "person:richard-marles"


def test_names_between_commas_of_a_list_of_people_are_people(rec):
    text = "शीर्षक\nसभा में गांव के लोग रमेश यादव, सुखपाल, जगदीश नागर, हरकेश, महेंद्र सिंह और कई दूसरे लोग पहुंचे।"
    ms = {text[m.start : m.end]: m for m in linked_mentions(rec, text)}
    assert ms["सुखपाल"].label == "PERSON" and ms["हरकेश"].label == "PERSON"
    # a list of fields or of things is no list of people, though two people open it
    text = "बैठक में रमेश यादव, सुनील शर्मा, व्यापार, निवेश, शिक्षा, प्रदेश और पर्यटन पर बात हुई।"
    people = {text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"}
    assert {"रमेश यादव", "सुनील शर्मा"} <= people
    assert not people & {"व्यापार", "निवेश", "शिक्षा", "प्रदेश"}


def test_offices_communities_and_a_body_s_abbreviation_in_a_list_of_people_are_no_people(rec):
    # review 4: an office (roles.tsv, agents.tsv, not_names.tsv group), a caste and an abbreviation between
    # the commas of a list that names two people stay what they are; a given name among them is a person
    texts = [
        "बैठक में रमेश यादव, सुनील शर्मा, ग्राम प्रधान, पटवारी, लेखपाल और कई अधिकारी मौजूद रहे।",
        "सभा में महेश चौधरी, दिनेश तोमर, जाट, गुर्जर, मीणा समुदाय के लोग आए।",
        "मंच पर रमेश यादव, सुनील शर्मा, भाकियू, रक्षा मंत्री, हरकेश, महेंद्र सिंह और कई किसान थे।",
    ]
    for text in texts:
        people = {text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == "PERSON"}
        assert not people & {"ग्राम प्रधान", "पटवारी", "लेखपाल", "जाट", "गुर्जर", "भाकियू", "रक्षा मंत्री"}, people
    people = {texts[2][m.start : m.end] for m in linked_mentions(rec, texts[2]) if m.label == "PERSON"}
    assert "हरकेश" in people


def test_a_first_name_opening_a_sentence_before_a_time_word_is_the_person(rec):
    text = "घायल छात्रा का नाम सुनयना रावत है। सुनयना गुरुवार शाम बाजार से लौट रही थी।"
    ms = [m for m in linked_mentions(rec, text) if text[m.start : m.end] == "सुनयना"]
    assert ms and ms[0].label == "PERSON"


def test_a_listed_body_s_one_word_name_in_another_vowel_spelling_is_the_body(rec):
    ids = ids_of(rec, "विदेश मंत्री टोक्यो में क्वॉड देशों की बैठक में गए।")
    assert ids["क्वॉड"] == "org:quad"
