"""Session 47 (issue #16, entities on outlets never seen): an office a name follows only after a genitive
(``का प्रमुख``), an adverb written with a hyphen that closes a name after an office (``बार-बार``), a treaty
named by one name word before the word for it (``<name> संधि``) and a nickname in quotes after a name
(``... ‘<nickname> जी’``). Sentences written for these tests; names made up."""

from conftest import linked_mentions


def _of(rec, text, label):  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in linked_mentions(rec, text) if m.label == label]


def test_a_name_after_the_head_of_a_genitive_is_a_person(rec, model_reads):
    model_reads()
    text = "हमले में कई लोग मारे गए, जिनमें संगठन का प्रमुख कोरवान तालेबी भी शामिल था।"
    assert _of(rec, text, "PERSON") == ["कोरवान तालेबी"]
    text = "बैठक में समिति की प्रमुख सुरवीना केलकोट ने प्रस्ताव रखा।"
    assert _of(rec, text, "PERSON") == ["सुरवीना केलकोट"]


def test_the_head_word_without_a_genitive_or_with_one_word_after_names_nobody(rec, model_reads):
    model_reads()
    # "प्रमुख" as "leading": no genitive before it, or one word after it (a plural noun)
    for text in ("प्रमुख कोरवान तालेबी ने कहा कि वे आएंगे।", "राज्य के प्रमुख शहरों में बारिश हुई।",
                 "उनके प्रमुख सहयोगी ने कहा।", "यह राज्य की प्रमुख बीमा कंपनी के रूप में जानी जाती है।"):
        assert _of(rec, text, "PERSON") == [], text


def test_a_hyphened_adverb_closes_a_name_after_an_office(rec, model_reads):
    model_reads()
    text = "अरबपति कोरवान तालेबी बार-बार इस नीति की आलोचना कर रहे हैं।"
    assert _of(rec, text, "PERSON") == ["कोरवान तालेबी"]
    # without the adverb the name is not closed, so nothing is read
    text = "अरबपति कोरवान तालेबी लगाकर इस नीति की आलोचना कर रहे हैं।"
    assert _of(rec, text, "PERSON") == []


def test_a_name_the_model_reads_before_the_word_for_a_treaty_is_a_treaty(rec, model_reads):
    model_reads(("तोरवाली संधि", "PERSON"))
    text = "दोनों देशों ने तोरवाली संधि पर हस्ताक्षर किए।"
    assert _of(rec, text, "TREATY") == ["तोरवाली संधि"]
    assert _of(rec, text, "PERSON") == []


def test_no_treaty_where_the_model_reads_no_name_or_a_party_stands_there(rec, model_reads):
    model_reads()
    # an unlisted word the model does not read as a name, an everyday word, a country: no treaty's name
    for text in ("दोनों देशों ने तोरवाली संधि पर हस्ताक्षर किए।", "दोनों देश समझौते पर सहमत हुए।",
                 "उन्होंने व्यापार समझौता किया।", "भारत समझौते के लिए तैयार है।"):
        assert _of(rec, text, "TREATY") == [], text
    model_reads(("भारत", "GPE"))
    text = "भारत समझौते के लिए तैयार है।"
    assert _of(rec, text, "TREATY") == [] and _of(rec, text, "GPE") == ["भारत"]


def test_a_listed_city_before_the_word_for_an_accord_names_it(rec, model_reads):
    model_reads()
    # a city where an accord was signed (listed as a city, not as the accord)
    text = "दोनों पक्षों ने कोलंबो समझौते का पालन करने की बात कही।"
    assert _of(rec, text, "TREATY") == ["कोलंबो समझौते"]


def test_a_nickname_in_quotes_after_a_name_is_that_person(rec, model_reads):
    model_reads(("कोरवान प्रताप तालेबी", "PERSON"), ("सेलम", "GPE"))
    text = "पूर्व सांसद कोरवान प्रताप तालेबी ‘सेलम जी’ को पुलिस ने हिरासत में लिया।"
    got = [(text[m.start : m.end], m.label, m.entity_id) for m in linked_mentions(rec, text)]
    assert [(s, label) for s, label, _ in got] == [("कोरवान प्रताप तालेबी", "PERSON"), ("सेलम जी", "PERSON")]
    assert got[0][2] == got[1][2]  # one person, not split


def test_quotes_after_a_name_that_hold_no_name_or_go_on_are_no_nickname(rec, model_reads):
    model_reads(("कोरवान तालेबी", "PERSON"))
    for text in ("कोरवान तालेबी 'सबका साथ' की बात करते हैं।", "कोरवान तालेबी 'भारत' की बात करते हैं।",
                 "कोरवान तालेबी 'सेलम' लिखकर चले गए।"):
        assert _of(rec, text, "PERSON") == ["कोरवान तालेबी"], text
