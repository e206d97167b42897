"""Entity stage on sentences written for these tests (the shipped model, ruler and patterns)."""

import pytest

from sambandh.entities import recognizer
from sambandh.link import Linker
from sambandh.segment import split_sentences


@pytest.fixture(scope="module")
def rec():
    return recognizer()


def found(rec, text, published=None):
    mentions = rec(text, split_sentences(text))
    roles = Linker().link(text, mentions, published)
    return mentions, roles


def by_text(text, mentions):
    return {text[m.start : m.end]: m for m in mentions}


def test_knowledge_base_names_and_weapons(rec):
    text = "भारत ने रूस से एस-400 और Su-30 MKI के पुर्जे मांगे। एससीओ की बैठक दुशांबे में होगी।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["भारत"].entity_id == "country:in" and ms["भारत"].label == "GPE"
    assert ms["एस-400"].entity_id == "weapon:s-400" and ms["एस-400"].label == "WEAPON"
    assert ms["Su-30 MKI"].entity_id == "weapon:su-30mki"
    assert ms["एससीओ"].entity_id == "org:sco"
    assert ms["दुशांबे"].label == "GPE"


def test_unknown_designation_is_a_new_weapon(rec):
    text = "सेना को जल्द ही टी-99 टैंक मिलेंगे।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["टी-99"].label == "WEAPON" and ms["टी-99"].entity_id.startswith("new:weapon:")


def test_treaties_and_warships_are_names_of_their_own(rec):
    text = ("दोनों देशों ने सिंधु जल समझौते और शिमला समझौता पर फिर बात की। अभ्यास में आईएनएस कोलकाता "
            "और आईएनएस सतपुड़ा शामिल थे। The drill also had INS Kolkata and USS Blue Ridge.")
    ms = by_text(text, found(rec, text)[0])
    assert ms["सिंधु जल समझौते"].entity_id == "treaty:indus-waters-treaty" and ms["सिंधु जल समझौते"].label == "TREATY"
    assert ms["शिमला समझौता"].entity_id == "treaty:simla-agreement"
    # a city's name inside a ship's name is the ship's, not a place of the report
    for ship in ("आईएनएस कोलकाता", "आईएनएस सतपुड़ा", "INS Kolkata", "USS Blue Ridge"):
        assert ms[ship].label == "WEAPON", ship
    assert "कोलकाता" not in ms and "Kolkata" not in ms


def test_a_body_named_before_its_kind_is_an_organisation(rec):
    text = "इस बयान पर कंजर्वेटिव पार्टी और असम रेजीमेंट के पूर्व अधिकारियों ने भी प्रतिक्रिया दी। The Labour Party did not comment."
    ms = by_text(text, found(rec, text)[0])
    assert ms["कंजर्वेटिव पार्टी"].label == "ORG"
    assert ms["असम रेजीमेंट"].label == "ORG" and "असम" not in ms  # the state inside the regiment's name
    assert ms["Labour Party"].label == "ORG"


def test_buildings_and_bases_are_named_by_what_they_are(rec):
    text = "सम्मेलन दिल्ली के मानेकशॉ सेंटर में हुआ और रैली रामलीला मैदान में निकली। Troops trained at Joint Base Lewis near Tacoma."
    ms = by_text(text, found(rec, text)[0])
    assert ms["मानेकशॉ सेंटर"].label == "FAC"
    assert ms["रामलीला मैदान"].label == "FAC"
    assert ms["Joint Base Lewis"].label == "FAC"


def test_a_name_ending_in_a_common_surname_is_a_person(rec):
    text = "अदालत ने कहा कि व्यापारी तहव्वुर राणा और उनकी बहन जागृति सिंह को अगले महीने पेश होना होगा। सिंह ने कुछ नहीं कहा।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["तहव्वुर राणा"].label == "PERSON"
    assert "व्यापारी तहव्वुर राणा" not in ms  # a common word before the name stays out
    assert any(k.endswith("जागृति सिंह") and m.label == "PERSON" for k, m in ms.items())


def test_titles_are_kept_out_of_names_and_recorded(rec):
    text = "बैठक में चीन के रक्षा मंत्री एडमिरल डोंग जुन मौजूद थे।"
    ms = by_text(text, found(rec, text)[0])
    m = ms["डोंग जुन"]
    assert text[m.title_start : m.title_end] == "एडमिरल"


def test_roles_from_appositions_with_countries(rec):
    text = (
        "बेलारूस के रक्षा मंत्री विक्टर ख्रेनिन ने कहा कि सहयोग बढ़ेगा। "
        "रूसी विदेश मंत्री लावरोफ़ ने भी बयान दिया। रक्षा मंत्री राजनाथ सिंह ने स्वागत किया।"
    )
    _, roles = found(rec, text, "2021-07-01")
    got = {(r.entity_id, r.role, r.of) for r in roles}
    assert ("person:viktor-khrenin", "defence_minister", "country:by") in got
    assert ("person:sergey-lavrov", "foreign_minister", "country:ru") in got
    assert ("person:rajnath-singh", "defence_minister", "country:in") in got
    for r in roles:
        assert text[r.start : r.end].endswith(("ख्रेनिन", "लावरोफ़", "सिंह"))


def test_unqualified_office_defaults_to_the_home_country_for_unknown_people(rec):
    text = "विदेश मंत्री रमाकांत त्रिपाठी ने संसद में जवाब दिया।"
    mentions, roles = found(rec, text)
    person = [m for m in mentions if m.label == "PERSON"]
    assert person, "the model should find the person"
    assert [(r.role, r.of, r.basis) for r in roles] == [("foreign_minister", "country:in", "default")]


def test_spellings_of_one_person_are_one_entity_and_surnames_join(rec):
    text = "आंद्रेई बेलोसोव ने कहा। बाद में बेलौसोव ने दोहराया। Belousov later left."
    ms = [m for m in found(rec, text)[0] if m.label == "PERSON"]
    assert {m.entity_id for m in ms} == {"person:andrey-belousov"}
    assert len(ms) == 3


def test_two_people_sharing_a_surname_are_not_merged(rec):
    text = "अमरनाथ सिंह और बलवंत सिंह ने मुलाकात की। बाद में सिंह ने कहा कि बात अच्छी रही।"
    ms = [m for m in found(rec, text)[0] if m.label == "PERSON"]
    ids = {text[m.start : m.end]: m.entity_id for m in ms}
    assert ids["अमरनाथ सिंह"] != ids["बलवंत सिंह"]
    # the bare surname is ambiguous here: it joins neither
    assert ids.get("सिंह") not in (ids["अमरनाथ सिंह"], ids["बलवंत सिंह"])


def test_a_bare_surname_the_model_missed_joins_the_full_name(rec):
    text = "मिखाइल पेत्रोवस्की ने कहा कि वार्ता जारी रहेगी। बाद में पेत्रोवस्की ने दोहराया।"
    ms = [m for m in found(rec, text)[0] if m.label == "PERSON"]
    assert [text[m.start : m.end] for m in ms] == ["मिखाइल पेत्रोवस्की", "पेत्रोवस्की"]
    assert ms[0].entity_id == ms[1].entity_id and ms[0].entity_id.startswith("new:person:")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        " ".join(["शब्द"] * 10_000),
        "Only Latin text about NATO and Moscow, no Devanagari at all.",
        "भारत and Russia मिलकर काम 🙂🚀 करेंगे",
        "नियंत्रण\x00\x07 वर्ण\u200b\u200d रूस",
        "एस-" * 500,
    ],
)
def test_bad_input_gives_sensible_output(rec, text):
    mentions, _ = found(rec, text)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip()
        assert m.entity_id


def test_a_name_after_an_office_is_found_even_when_the_model_misses_it(rec):
    text = "बैठक में राजदूत कोवालेंको ने प्रस्ताव रखा। अतिरिक्त सचिव हैं।"
    ms = found(rec, text)[0]
    people = [text[m.start : m.end] for m in ms if m.label == "PERSON"]
    assert "कोवालेंको" in people
    assert "हैं" not in people


def test_title_handling_on_hand_built_spans(rec):
    from sambandh.model import Mention

    text = "डॉ."
    m = Mention(0, len(text), "PERSON")
    rec._strip_title(text, m)  # a span that is only a title stays as it is (and returns)
    assert (m.start, m.end, m.title_start) == (0, 3, -1)
    text = "सुश्री लेफ्टिनेंट जनरल राधा"
    m = Mention(0, len(text), "PERSON")
    rec._strip_title(text, m)
    assert text[m.start : m.end] == "राधा"
    assert text[m.title_start : m.title_end] == "सुश्री लेफ्टिनेंट जनरल"


def test_a_listed_first_name_with_the_surname_in_other_vowels_is_that_person(rec):
    text = "रूसी विदेश मंत्री सर्गेई लॉवरोव ने कहा कि बातचीत अच्छी रही। बाद में सर्गेई शोइगू भी पहुंचे।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["सर्गेई लॉवरोव"].entity_id == "person:sergey-lavrov"
    assert ms["सर्गेई शोइगू"].entity_id != "person:sergey-lavrov"


def test_latin_acronyms_in_capitals_are_the_organisations(rec):
    text = "India and Pakistan joined the SCO in 2017, and the EU watched."
    ms = by_text(text, found(rec, text)[0])
    assert ms["SCO"].entity_id == "org:sco" and ms["EU"].entity_id == "org:eu"


def test_a_danda_without_a_space_ends_the_word_before_a_name(rec):
    text = "यह बात कही गई।भारत और पाकिस्तान ने बयान दिए।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["भारत"].entity_id == "country:in"
    assert not any("।" in k for k in ms)


def test_states_disputed_areas_and_seas_are_places_with_their_countries(rec):
    text = (
        "पूर्वी लद्दाख में एलएसी के पास गलवान घाटी की घटना के बाद अरुणाचल प्रदेश पर भी बात हुई। "
        "पाक अधिकृत कश्मीर और दक्षिण चीन सागर का मुद्दा भी उठा।"
    )
    ms = by_text(text, found(rec, text)[0])
    assert ms["एलएसी"].entity_id == "region:line-of-actual-control" and ms["एलएसी"].label == "LOC"
    assert ms["गलवान घाटी"].entity_id == "region:galwan-valley"
    assert ms["अरुणाचल प्रदेश"].label == "GPE" and rec.kb.country_id(ms["अरुणाचल प्रदेश"].entity_id) == "country:in"
    assert ms["पाक अधिकृत कश्मीर"].entity_id == "region:pakistan-occupied-kashmir"
    assert ms["दक्षिण चीन सागर"].label == "LOC" and rec.kb.country_id(ms["दक्षिण चीन सागर"].entity_id) is None


def test_service_chiefs_and_the_foreign_secretary_are_known_with_their_offices(rec):
    text = (
        "नौसेना प्रमुख एडमिरल दिनेश के. त्रिपाठी और वायुसेना प्रमुख एयर चीफ मार्शल अमर प्रीत सिंह ने "
        "एलएसी की स्थिति पर बात की। विदेश सचिव विक्रम मिसरी और चीफ ऑफ डिफेंस स्टाफ जनरल अनिल चौहान भी थे।"
    )
    _, roles = found(rec, text, "2025-03-06")
    got = {(r.entity_id, r.role, r.of) for r in roles}
    assert ("person:dinesh-kumar-tripathi", "navy_chief", "country:in") in got
    assert ("person:amar-preet-singh", "air_chief", "country:in") in got
    assert ("person:vikram-misri", "foreign_secretary", "country:in") in got
    assert ("person:anil-chauhan", "chief_of_defence_staff", "country:in") in got


def test_names_after_more_offices_and_not_everyday_words(rec):
    text = (
        "मुख्य आर्थिक सलाहकार अरविंद सुब्रमण्यम के अनुसार विकास दर बढ़ेगी। "
        "हमास के नेता याह्या सिनवार ने बयान दिया। विपक्ष के नेता बैठक में नहीं आए।"
    )
    people = [text[m.start : m.end] for m in found(rec, text)[0] if m.label == "PERSON"]
    assert "अरविंद सुब्रमण्यम" in people and "याह्या सिनवार" in people
    # an everyday word the training data never has in a name is not taken for one
    assert "बैठक" not in people


def test_the_common_words_come_with_the_model_folder(tmp_path):
    from sambandh.entities import common_words

    (tmp_path / "common_words.txt").write_text("बैठक\n\nचुनाव\n", encoding="utf-8")
    assert common_words(tmp_path) == frozenset({"बैठक", "चुनाव"})
    assert common_words(tmp_path / "elsewhere") == frozenset()


def test_facilities_and_named_operations_by_their_head_word_and_institutions_by_their_country():
    from sambandh.entities import recognizer
    from sambandh.segment import split_sentences

    r = recognizer()
    text = ("पुलवामा जिले के काकापोरा रेलवे स्टेशन के पास हमला हुआ। ऑपरेशन सिंदूर के बाद ऑपरेशन के दौरान "
            "पाकिस्तान उच्चायोग और भारतीय नौसेना ने बयान दिए। The port was closed, and Gwadar Port reopened.")  # fmt: skip
    found = {(text[m.start : m.end], m.label, m.kb_id) for m in r(text, split_sentences(text))}
    names = {(t, label) for t, label, _ in found}
    assert ("काकापोरा रेलवे स्टेशन", "FAC") in names and ("Gwadar Port", "FAC") in names
    assert ("ऑपरेशन सिंदूर", "EVENT") in names and not any(t.startswith("ऑपरेशन के") for t, _ in names)
    assert not any(t.lower().startswith("the port") for t, _ in names)
    ids = {t: k for t, _, k in found}
    assert ids.get("पाकिस्तान उच्चायोग") == "org:pk-high-commission" and ids.get("भारतीय नौसेना") == "org:in-navy"


def test_another_person_of_a_known_surname_is_not_the_known_person():
    from sambandh.entities import recognizer
    from sambandh.segment import split_sentences

    r = recognizer()
    text = "समारोह में रामनाथ कोविंद और उनकी पत्नी सविता कोविंद पहुंचे। रक्षा मंत्री एंड्री बेलौसोव भी मौजूद थे।"
    ids = {text[m.start : m.end]: m.kb_id for m in r(text, split_sentences(text))}
    assert ids.get("रामनाथ कोविंद") == "person:ram-nath-kovind"
    assert ids.get("सविता कोविंद", "absent") is None  # found, and not Ram Nath Kovind
    assert ids.get("एंड्री बेलौसोव") == "person:andrey-belousov"  # a spelling of the listed name


def test_everyday_words_are_no_places_and_a_direction_before_a_place_keeps_its_link(rec, model_reads):
    text = "इस तरफ़ भारी तूफ़ान आया। पूर्वी अफ़ग़ानिस्तान में हमला हुआ। दक्षिणी सूडान में संघर्ष विराम हुआ। इसराइल ने बयान दिया।"
    found = {text[m.start : m.end]: m.kb_id for m in rec(text, split_sentences(text))}
    assert "तरफ़" not in found and "तूफ़ान" not in found
    # a part of Afghanistan: read with its direction or without it, the name keeps the country's link
    assert found.get("पूर्वी अफ़ग़ानिस्तान", found.get("अफ़ग़ानिस्तान")) == "country:af", found
    assert found.get("दक्षिणी सूडान") == "country:ss"  # South Sudan, not a part of Sudan
    assert found.get("इसराइल") == "country:il"
    # the direction read into the place's name by the model (which the weights decide)
    model_reads(("पूर्वी अफ़ग़ानिस्तान", "LOC"), ("दक्षिणी सूडान", "LOC"))
    found = {text[m.start : m.end]: m.kb_id for m in rec(text, split_sentences(text))}
    assert found.get("पूर्वी अफ़ग़ानिस्तान") == "country:af", found
    assert found.get("दक्षिणी सूडान") == "country:ss", found


def test_unknown_places_by_the_administrative_word_after_them(rec):
    text = ("सेना ने तोरबाक प्रांत के बाहर एक चौकी बनाई। उधर मेलिनो शहर में प्रदर्शन हुआ। "
            "Fighting spread to the Zardan Valley on Friday. इस शहर में कोई नहीं था।")  # fmt: skip
    mentions, _ = found(rec, text)
    got = {(text[m.start : m.end], m.label) for m in mentions}
    assert ("तोरबाक प्रांत", "GPE") in got and ("मेलिनो शहर", "GPE") in got and ("Zardan Valley", "LOC") in got
    assert not any(t.startswith("इस ") for t, _ in got)  # a demonstrative before the word is no name


def test_a_latin_head_word_is_read_after_another_latin_head_found_nothing(rec):
    # "new" before "Port" is no name word; the "Valley" after it must still be looked for
    text = "A new Port opened on Monday near the Zardan Valley in the north."
    mentions, _ = found(rec, text)
    assert ("Zardan Valley", "LOC") in {(text[m.start : m.end], m.label) for m in mentions}


def test_batch_decoder_reads_what_spacys_own_loop_reads(rec, monkeypatch):
    # the recognizer decodes the NER itself, all states of a batch at once; spaCy's loop is the reference
    from sambandh.entities import _GreedyNER

    assert rec._decoder is not None
    texts = [
        "विदेश मंत्री सुब्रह्मण्यम जयशंकर ने मंगलवार को टोक्यो में जापान के प्रधानमंत्री से मुलाक़ात की।",
        "रक्षा सचिव  राजेश कुमार सिंह\n\nऔर नौसेना प्रमुख एडमिरल दिनेश त्रिपाठी विशाखापत्तनम पहुंचे।",
        "President Emmanuel Macron met Narendra Modi in Paris on Friday.",
        "",
        "   ",
        "भारत",
        "भारतीय अंतरिक्ष अनुसंधान संगठन, अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी और दक्षिण पूर्व एशियाई राष्ट्र संघ के"
        " प्रतिनिधि नई दिल्ली स्थित जवाहरलाल नेहरू विश्वविद्यालय में मिले; पूर्व राष्ट्रपति प्रणब कुमार मुखर्जी और"
        " अटल बिहारी वाजपेयी की याद में उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने भाषण दिया।",
        "Indian Space Research Organisation  and the International Atomic Energy Agency\n\nsigned a deal in New Delhi.",
        "होम › खेल › 512\nखिलाड़ी ने कहा कि वह अगले साल फिर खेलेगा।\n\nLogin\nSubscribe\nखेल समाचार\nVideos\nShare\n",
        "बताया गया कि आपदा एजेंसी के प्रवक्ता बम्बांग सुसिलो हार्तोनो ने पत्रकारों से बात की, और 'द नेशनल"
        " ज्योग्राफ़िक सोसाइटी ऑफ़ अमरीका' ने रिपोर्ट छापी। जापानी कंपनी मित्सुबिशी हेवी इंडस्ट्रीज़ लिमिटेड"
        " के अधिकारी हिरोशी कावामोतो सातो भी वहां थे।",
        "संयुक्त राष्ट्र सुरक्षा परिषद की बैठक न्यूयॉर्क में हुई । अमेरिका , फ़्रांस और ब्रिटेन ने प्रस्ताव रखा ।",
    ]
    nlp = rec.nlp
    want = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    docs = [nlp.make_doc(t) for t in texts]
    got = rec._decoder(docs, [d.to_array(["IDX", "LENGTH", "IS_SPACE", "SENT_START"]) for d in docs])
    assert got == want
    monkeypatch.setattr(rec._decoder, "TOK2VEC_BATCH", 2)  # token vectors a few docs at a time: the same
    assert rec._decoder(docs, [d.to_array(["IDX", "LENGTH", "IS_SPACE", "SENT_START"]) for d in docs]) == want
    assert sum(map(len, want)) >= 8  # the sentences do hold names for the comparison to test
    # the whole recognizer finds the same mentions through spaCy's own loop (its path for other pipelines)
    text = "\n".join(texts)
    mentions = [(m.start, m.end, m.label, m.kb_id) for m in rec(text, split_sentences(text))]
    monkeypatch.setattr(rec, "_decoder", None)
    assert [(m.start, m.end, m.label, m.kb_id) for m in rec(text, split_sentences(text))] == mentions
    assert _GreedyNER.for_pipeline(__import__("spacy").blank("hi")) is None  # no NER: spaCy's loop


def test_token_vectors_are_thincs_bit_for_bit(rec):
    # the decoder computes the token vectors in numpy (entities._Tok2Vec); thinc's predict is the reference
    import numpy as np

    from sambandh.entities import _Tok2Vec

    fast = rec._decoder.fast_tok2vec
    assert fast is not None
    texts = [
        "विदेश सचिव ने बुधवार को काठमांडू में नेपाल के विदेश मंत्री से बातचीत की।",
        "",
        "Foreign ministers of Chile and Peru met in Lima on Tuesday.",
        "भारत",
        "संसद की समिति ने  रिपोर्ट\n\nसौंपी ; अगली बैठक मार्च में होगी । 2025",
    ]
    docs = [rec.nlp.make_doc(t) for t in texts]
    want = rec._decoder.tok2vec.predict(docs)
    got = fast.predict(docs)
    assert got.shape == want.shape and got.shape[0] == sum(len(d) for d in docs) > 20
    assert got.dtype == want.dtype and np.array_equal(got, want)
    for doc in docs[2:3]:  # alone, as in a batch
        assert np.array_equal(fast.predict([doc]), rec._decoder.tok2vec.predict([doc]))
    assert _Tok2Vec.for_model(rec._decoder.lower) is None  # not a token-vector model: thinc's own predict


def test_the_token_vectors_maxout_picks_the_piece_thinc_picks():
    # ties of +0 and -0 and NaNs, where numpy's maximum may pick another piece than thinc's maxout
    import numpy as np
    from thinc.api import NumpyOps

    from sambandh.entities import _Tok2Vec

    rng = np.random.default_rng(3)
    n_o, n_p = 4, 3
    z = rng.standard_normal((6, n_o, n_p)).astype("f")  # thinc's layout: unit, then piece
    z[0, 0] = [0.0, -0.0, -1.0]
    z[1, 1] = [-0.0, 0.0, -0.0]
    z[2, 2] = [np.nan, 1.0, 2.0]
    z[3, 3] = [1.0, np.nan, 0.5]
    want = NumpyOps().maxout(z)[0]
    y = np.ascontiguousarray(z.transpose(0, 2, 1)).reshape(6, n_p * n_o)  # ours: piece, then unit
    got = _Tok2Vec._best_piece(y, n_o, n_p)
    assert np.array_equal(got.view("i4"), want.view("i4"))
    assert np.signbit(got[1, 1]) and not np.signbit(got[0, 0]) and np.isnan(got[2, 2]) and got[3, 3] == 1.0
    # without zeros or NaNs the fast path gives the same
    z = rng.standard_normal((50, n_o, n_p)).astype("f")
    y = np.ascontiguousarray(z.transpose(0, 2, 1)).reshape(50, n_p * n_o)
    assert np.array_equal(_Tok2Vec._best_piece(y, n_o, n_p), NumpyOps().maxout(z)[0])


def test_a_name_joined_by_hyphens_is_one_name(rec):
    # "लश्कर-ए-तैबा": the ruler knows "लश्कर", the model reads "तैबा" apart; the joined name is one
    text = "सुरक्षा बलों का दावा है कि लश्कर-ए-तैबा के तीन सदस्य घाटी में छिपे थे।"
    mentions, _ = found(rec, text)
    ms = by_text(text, mentions)
    assert "लश्कर-ए-तैबा" in ms and ms["लश्कर-ए-तैबा"].label == "ORG"
    assert ms["लश्कर-ए-तैबा"].entity_id == "org:let"
    assert "तैबा" not in ms and "लश्कर" not in ms


def test_joined_names_take_their_parts_in(rec):
    from sambandh.model import Mention, Span

    text = "कल हिज़्ब-उल-मुजाहिदीन, अल-बद्र और इत्तेहाद-ए-पाकिस्तान के लोगों को सज़ा-ए-मौत की ई-मेल मिली।"

    def at(word, label, kb_id=None):
        start = text.index(word)
        return Mention(start, start + len(word), label, "model", kb_id=kb_id)

    before = [at("मुजाहिदीन", "ORG"), at("बद्र", "PERSON"), at("पाकिस्तान", "GPE", "country:pk"), at("मेल", "ORG")]
    got = {text[m.start : m.end]: m for m in rec._joined(text, Span(0, len(text)), before)}
    assert got["हिज़्ब-उल-मुजाहिदीन"].label == "ORG"
    assert got["अल-बद्र"].label == "PERSON"  # "अल" may open a name
    # a place as a later part only qualifies the name: neither its kind nor its entity passes on
    whole = got["इत्तेहाद-ए-पाकिस्तान"]
    assert whole.label == "ORG" and whole.kb_id is None
    assert "मेल" in got  # "ई" joins two parts, opens none: "ई-मेल" stays as it was read
    assert not any("मौत" in k for k in got)  # nothing added where no part was read as a name


def test_a_quoted_name_after_its_head_word_is_a_body(rec):
    # name_heads.tsv "quoted": the quotes after "संगठन", "पार्टी" hold the whole name
    text = "इस हमले के पीछे संगठन ‘नीला परचम मोर्चा’ का हाथ बताया गया। पार्टी \"जनहित विकास मंच\" ने घोषणा की।"
    ms = by_text(text, found(rec, text)[0])
    assert ms["नीला परचम मोर्चा"].label == "ORG"
    assert ms["जनहित विकास मंच"].label == "ORG"
    # a quoted slogan holds postpositions: no name
    text = "पार्टी 'जीत के लिए' नारा लगा रही थी।"
    assert not [m for m in found(rec, text)[0] if "जीत" in text[m.start : m.end]]


def test_a_postposition_never_opens_a_name_that_sounds_like_a_listed_one(rec):
    # "ने दिल्ली" sounds like "नई दिल्ली"; the ergative is no part of the city's name
    text = "मकान मालिक ने दिल्ली के दफ्तर को फोन किया।"  # (दिल्ली पुलिस is a body since session 26)
    got = {text[m.start : m.end]: m.kb_id for m in rec(text, split_sentences(text))}
    assert "ने दिल्ली" not in got
    assert got.get("दिल्ली") == "city:new-delhi"


def test_a_name_after_a_rank_or_office_is_taken_whole(rec):
    text = (
        "थाने के इंस्पेक्टर सुधीर बंसल ने बयान दर्ज किया। "
        "इस मुकदमे के मुख्य जज पाओलो रेंज़ी ने फैसला टाल दिया। "
        "प्रधानमंत्री मोदी आज जिनपिंग से मिलेंगे। "
        "प्रिंस हैरी ने सैनिकों से बात की। तूफान प्रिंस एडवर्ड द्वीप में पहुंचा।"
    )
    ms, _ = found(rec, text)
    people = {text[m.start : m.end]: m for m in ms if m.label == "PERSON"}
    # a title the model took in, a surname it left out: the whole name after the rank
    assert "सुधीर बंसल" in people and people["सुधीर बंसल"].title_start >= 0
    # a listed surname inside another person's full name is not that listed person
    assert "पाओलो रेंज़ी" in people and people["पाओलो रेंज़ी"].entity_id != "person:matteo-renzi"
    # two names apart are not joined over a day word after an office
    assert people["मोदी"].entity_id == "person:narendra-modi"
    assert people["जिनपिंग"].entity_id == "person:xi-jinping"
    # a royal style is a rank too, but a name before a place word is a place's
    assert "हैरी" in people and not any("द्वीप" in p for p in people)


def test_a_name_after_an_office_read_as_a_place_is_a_person(rec):
    text = "अमेरिकी विदेश विभाग के प्रवक्ता वेदांत पटेल ने कहा कि बातचीत जारी है।"
    got = {text[m.start : m.end]: m.label for m in found(rec, text)[0]}
    assert got.get("वेदांत पटेल") == "PERSON", got


def test_everyday_words_alone_or_with_a_demonym_are_no_name(rec):
    text = (
        "झड़प में दो जवान शहीद हो गए। एक जापानी कंपनी इस बंदरगाह को बनाएगी। "
        "संदिग्धों को पुलिस हिरासत में भेजा गया। He said the talks would go on. "
        "At least two Naxals were killed in the forest. "
        "वेबसाइट के मुताबिक उन्हें परसोना नॉन ग्राटा घोषित किया गया है।"
    )
    got = [text[m.start : m.end] for m in rec(text, split_sentences(text))]
    for word in ("जवान", "शहीद", "कंपनी", "हिरासत", "He", "Naxals", "ग्राटा"):
        assert not any(word in g.split() for g in got), (word, got)


def test_a_surname_takes_no_everyday_word_or_stray_dot_for_a_first_name(rec):
    text = (
        "जांच में अभियुक्त नीरज त्यागी ने बयान दिया। नई ऑडियो रिकॉर्डिंग त्यागी की आवाज़ में है। "
        "यह बात सच है. त्यागी ने कुछ नहीं कहा।"
    )
    people = [text[m.start : m.end] for m in found(rec, text)[0] if m.label == "PERSON"]
    assert "नीरज त्यागी" in people
    assert not any(p.startswith((".", "अभियुक्त", "ऑडियो", "रिकॉर्डिंग")) for p in people), people


def test_a_first_name_read_once_by_the_surname_rule_does_not_make_a_surname_ambiguous(rec):
    text = (
        "जांच के बाद विनोद सिंघल पर आरोप लगे। बाद में विनोद सिंघल ने सफाई दी। "
        "आरोपों से घिरे सिंघल ने इस्तीफ़ा दिया। फिर सिंघल ने अपील की।"
    )
    ms = [m for m in found(rec, text)[0] if m.label == "PERSON"]
    ids = {m.entity_id for m in ms}
    surfaces = [text[m.start : m.end] for m in ms]
    assert surfaces == ["विनोद सिंघल", "विनोद सिंघल", "सिंघल", "सिंघल"] and len(ids) == 1, (surfaces, ids)


def test_a_latin_name_after_an_english_office_word(rec):
    text = (
        "Trade ministry spokesperson Mei Lanfang told reporters the visit was off. "
        "Police chief Dr Harvinder Pal Sandhu said on Monday that two men were held. "
        "The President Office issued a note, and the Secretary General said nothing."
    )
    people = [text[m.start : m.end] for m in rec(text, split_sentences(text)) if m.label == "PERSON"]
    assert "Mei Lanfang" in people and "Harvinder Pal Sandhu" in people
    # an everyday word or a title after an office word is no name
    assert not any(p in ("Office", "General") for p in people), people


def test_a_name_read_up_to_a_middle_name_takes_the_surname_after_it(rec):
    text = (
        "कनाडा में सिख कार्यकर्ता जसपाल सिंह तूर की हत्या हुई। कल अवतार सिंह भुल्लर का बयान आया। "
        "मुकेश कुमार ढिल्लों ने बयान दिया। गुरमीत सिंह सोमवार को आए। शिक्षक पंकज कुमार बाइक से गए।"
    )
    people = [text[m.start : m.end] for m in found(rec, text)[0] if m.label == "PERSON"]
    for name in ("जसपाल सिंह तूर", "अवतार सिंह भुल्लर", "मुकेश कुमार ढिल्लों"):
        assert name in people, (name, people)
    # not over a day, nor over a thing a locative or instrumental postposition follows
    assert not any("सोमवार" in p or "बाइक" in p for p in people), people


def test_an_office_is_not_the_body_whose_name_it_sounds_like(rec):
    # "Minister" and "Ministry" share their consonants; the sounds-alike skeleton is for people's names
    text = "The External Affairs Minister met reporters, and the External Affairs Ministry issued a note."
    ms = found(rec, text)[0]
    linked = {text[m.start : m.end]: m.entity_id for m in ms}
    assert linked.get("External Affairs Ministry") == "org:mea", linked
    assert "org:mea" not in {v for k, v in linked.items() if "Minister " in k + " " and "Ministry" not in k}, linked
