"""The predicate lexicon: one lemma matches every inflected form; the verb group tells tense, voice, negation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sambandh.lexicon import LANG_DIR, Agents, HindiMorphology, Lexicon, english_forms, load_lexicon

HI_ROWS = [
    "# pred\tlight\ttype\tmode\tcameo\ttarget\tsymmetric\tbare\tgloss",
    "निंदा\tकरना\tACCUSE\tcondemn\t111\tgen\t0\t0\tcondemn",
    "मुलाकात\tकरना|होना\tCONSULT\tmeet\t040\tabl|com\t1\t0\tmeet",
    "तलब\tकरना\tACCUSE\tsummon\t111\tdat\t0\t0\tsummon",
    "झड़प\tहोना\tASSAULT\tclash\t190\tcom\t1\t1\tclash",
    "मिलना\t-\tCONSULT\tmeet\t040\tabl|com\t1\t0\tmeet",
    "चिंता व्यक्त\tकरना\tACCUSE\tconcern\t111\tgen\t0\t0\tconcern",
]
EN_ROWS = [
    "condemn\tv\t-\tACCUSE\tcondemn\t111\tobj\t0\tcondemn",
    "meet\tv\tmet|meets|meeting\tCONSULT\tmeet\t040\tobj|with\t1\tmeet",
    "summon\tv\t-\tACCUSE\tsummon\t111\tobj\t0\tsummon",
    "hold talks\tv\theld|holds|holding\tCONSULT\tdiscuss\t040\twith\t1\ttalks",
]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Language folders with the shipped morphology tables and a small hand-written predicate table."""
    out = []
    for code, rows in (("hi", HI_ROWS), ("en", EN_ROWS)):
        d = tmp_path / code
        shutil.copytree(LANG_DIR / code, d)
        (d / "predicates.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        out.append(d)
    return out[0], out[1]


def found(lex: Lexicon, text: str) -> list[tuple[str, str, str, list[str]]]:
    return [(text[m.start : m.end], m.entry.mode, m.form, sorted(m.features)) for m in lex.find(text)]


def test_one_hindi_lemma_matches_its_inflections_with_tense_voice_and_negation(folders):
    hi = Lexicon("hi", folders[0])
    assert found(hi, "भारत ने पाकिस्तान की कड़ी निंदा की है।") == [("निंदा की है", "condemn", "pfv", ["present"])]
    assert found(hi, "उच्चायुक्त को तलब किया गया।") == [("तलब किया गया", "summon", "pfv", ["passive"])]
    assert found(hi, "उच्चायुक्त को तलब किये गये।")[0][3] == ["passive"]  # ये/ए spellings are one
    assert found(hi, "दोनों नेता कल मिलेंगे") == [("मिलेंगे", "meet", "fut", ["future"])]
    assert found(hi, "उन्होंने मुलाकात नहीं की") == [("मुलाकात नहीं की", "meet", "pfv", ["neg"])]
    assert found(hi, "हमले की निंदा करते हुए कहा") == [("निंदा करते हुए", "condemn", "ipfv", ["participle"])]
    assert found(hi, "सीमा पर झड़प हुई थी")[0][:3] == ("झड़प हुई थी", "clash", "pfv")
    assert found(hi, "भारत ने चिंता व्यक्त की")[0][1] == "concern"
    # a bare event noun states the event; a noun that needs its light verb does not
    assert found(hi, "झड़पों में दो घायल")[0][2] == "nominal"
    assert found(hi, "निंदा का प्रस्ताव") == []


def test_one_english_lemma_matches_its_forms_and_auxiliaries(folders):
    en = Lexicon("en", folders[1])
    assert found(en, "India strongly condemned the attack.") == [("condemned", "condemn", "pfv", [])]
    assert found(en, "The envoy was summoned by the ministry.")[0][3] == ["passive"]
    assert found(en, "India has summoned the envoy")[0][3] == []
    assert found(en, "They will not meet on Monday.")[0][3] == ["future", "neg"]
    assert found(en, "The two held talks in Delhi.")[0][:2] == ("held talks", "discuss")
    assert "to_inf" in found(en, "Modi is set to meet Putin")[0][3]
    assert english_forms("ban", "v")["banned"] == "pfv" and english_forms("seize", "v")["seizing"] == "ipfv"


def test_morphology_generates_forms_from_the_tables():
    morph = HindiMorphology.load(LANG_DIR / "hi")
    forms = morph.verb_forms("करना")
    assert forms["किया"] == "pfv" and forms["करेंगे"] == "fut" and forms["करते"] == "ipfv" and forms["करने"] == "inf"
    assert morph.verb_forms("लगाना")["लगाया"] == "pfv" and morph.verb_forms("लगाना")["लगाएगा"] == "fut"
    assert {"हमले", "हमलों"} <= morph.noun_forms("हमला") and "धमकियों" in morph.noun_forms("धमकी")


def test_matching_stays_linear_on_a_long_word_and_a_long_sentence(folders):
    hi = Lexicon("hi", folders[0])
    assert hi.find("क" * 20000) == []
    text = "भारत ने पाकिस्तान की निंदा की और " * 3000
    assert len(hi.find(text)) == 3000


def test_the_shipped_lexicons_cover_every_plover_type():
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # fmt: skip
    for code, least in (("hi", 250), ("en", 150)):
        lex = load_lexicon(code)
        assert lex is not None
        assert {e.type for e in lex.entries} == types, code
        assert len(lex.entries) >= least, code


def test_generic_actors_match_plural_and_oblique_forms():
    agents = Agents("hi")
    text = "पुलिस ने प्रदर्शनकारियों को हिरासत में लिया और सुरक्षा बलों ने माओवादियों को घेरा"
    got = {text[s:e]: a.sector for s, e, a in agents.find(text, 0, len(text))}
    assert got.get("पुलिस") == "COP" and got.get("प्रदर्शनकारियों") == "CVL" and got.get("माओवादियों") == "REB"
    en = Agents("en")
    text = "Police detained protesters as Maoists attacked"
    got = {text[s:e].lower(): a.sector for s, e, a in en.find(text, 0, len(text))}
    assert got.get("police") == "COP" and got.get("maoists") == "REB"


def test_a_bracketed_gloss_between_a_noun_and_its_light_verb_is_passed_over():
    lex = load_lexicon("hi")
    text = "मंत्रालय ने दूत को एक डिमार्शे (एक औपचारिक कूटनीतिक विरोध) जारी किया।"
    found = [m for m in lex.find(text) if m.entry.type == "ACCUSE"]
    assert len(found) == 1 and found[0].form == "pfv" and text[found[0].start : found[0].head_end] == "डिमार्शे"
    far = "मंत्रालय ने दूत को एक डिमार्शे (" + "बहुत लंबी बात " * 12 + ") जारी किया।"
    # too long an aside: not read across
    assert all(m.form == "nominal" for m in lex.find(far) if m.entry.type == "ACCUSE")


def test_a_genitive_inside_a_multiword_predicate_agrees_with_its_noun():
    lex = load_lexicon("hi")
    for text in ("सरकार ने दो अधिकारियों को देश छोड़ने का आदेश दिया।", "सरकार ने दो अधिकारियों को देश छोड़ने के आदेश दिए।"):
        found = [m for m in lex.find(text) if m.entry.mode == "expel"]
        assert len(found) == 1 and found[0].form != "nominal", text


def test_every_language_pack_has_the_shared_tables():
    # tables every language needs; a language may add its own (Hindi's inflection, verb classes and script
    # letters, letters.tsv; the Devanagari names of Latin letters, letter_names.tsv; short listed names that
    # are also everyday Hindi words, weak_names.tsv)
    shared = {"abbreviations.tsv", "agents.tsv", "announce.tsv", "calendar.tsv", "chrome.tsv", "light_equivalents.tsv",
              "modality.tsv", "name_heads.tsv", "participles.tsv", "particles.tsv", "postnominal.tsv", "predicates.tsv",
              "predicates_more.tsv", "roles.tsv", "sectors.tsv", "stopwords.tsv", "verb_group.tsv",
              "pronouns.tsv", "place_words.tsv", "cases.tsv", "timex.tsv", "words.tsv", "circumstance.tsv",
              "topics.tsv", "evaluative.tsv", "titles.tsv", "name_cues.tsv", "not_names.tsv",
              "weapon_prefixes.tsv", "facts.tsv"}  # fmt: skip
    for folder in sorted(p for p in LANG_DIR.iterdir() if p.is_dir()):
        have = {p.name for p in folder.glob("*.tsv")}
        assert shared <= have, f"lang/{folder.name} lacks {sorted(shared - have)}"
        for name in shared:
            rows = [ln for ln in (folder / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
            assert rows, f"lang/{folder.name}/{name} is empty"


def test_a_headline_may_put_the_light_verb_before_its_noun():
    lex = load_lexicon("hi")
    assert lex is not None
    cases = {
        "चीन ने दी भारत को कड़ी चेतावनी": ("warn", "pfv"),
        "मोदी ने की पुतिन से मुलाकात": ("meet", "pfv"),
        "मोदी करेंगे पुतिन से मुलाकात": ("meet", "fut"),
        "भारत ने व्यक्त की गहरी चिंता": ("concern", "pfv"),
    }
    for text, (mode, form) in cases.items():
        found = [(m.entry.mode, m.form) for m in lex.find(text)]
        assert (mode, form) in found, (text, found)
    # a verb of another clause, or one with no subject marker before it, is not fronted
    assert [m.form for m in lex.find("उसने बात की, चेतावनी") if m.entry.mode == "warn"] in ([], ["nominal"])
    assert not [m for m in lex.find("सब कुछ किया चेतावनी के बावजूद") if m.entry.mode == "warn" and m.form == "pfv"]


def test_script_ranges_live_in_one_module() -> None:
    # a new script (Urdu, Bengali) is added in sambandh/script.py, not in every module's patterns
    import sambandh

    root = Path(sambandh.__file__).parent
    block_start = "\\" + "u0900"  # the Devanagari block's first code point, as code writes it
    texts = {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py"))}
    offenders = [name for name, text in texts.items()
                 if name != "script.py" and (block_start in text or "\u0900" in text)]
    assert offenders == []


@pytest.mark.parametrize(("lang", "text", "sector"), [
    ("hi", "गांव के हिंदुओं ने", "REL"),
    ("hi", "ईसाइयों को", "REL"),
    ("hi", "श्रद्धालुओं से", "REL"),
    ("hi", "ड्रग तस्करों को", "CVL"),
    ("hi", "समुद्री लुटेरों ने", "REB"),
    ("hi", "लड़ाकों ने", "REB"),
    ("hi", "सरपंचों ने", "GOV"),
    ("hi", "उसकी टीचर ने", "EDU"),
    ("en", "the Hindus of the town", "REL"),
    ("en", "religious minorities", "REL"),
    ("en", "pirates boarded", "REB"),
    ("en", "Pakistani forces fired", "MIL"),
    ("en", "law enforcement authorities said", "COP"),
])
def test_generic_groups_of_news_are_agents_in_their_plural_and_oblique_forms(lang, text, sector):
    found = Agents(lang).find(text, 0, len(text))
    assert [a.sector for _, _, a in found] == [sector], found


def test_only_the_plural_capable_pronouns_may_stand_for_a_group():
    from sambandh.lexicon import load_pronouns, word_key

    hi = load_pronouns("hi")
    assert hi[word_key("उन्हें")].group and hi[word_key("उन्होंने")].group and hi[word_key("वे")].group
    assert not hi[word_key("उसे")].group and not hi[word_key("उसने")].group
    assert load_pronouns("en")[word_key("them")].group and not load_pronouns("en")[word_key("him")].group


def test_future_of_light_verbs_in_e_and_of_hona_is_matched():
    """देना, लेना, होना put the future ending straight on their stem (देगा, लेंगे, होगी): every noun
    that takes them as light verb is found in the future too, not only in the past.
    """
    morph = HindiMorphology.load(LANG_DIR / "hi")
    give = morph.verb_forms("देना")
    assert give["देगा"] == "fut" and give["देंगी"] == "fut" and give["दूंगा"] == "fut" and "देएगा" not in give
    assert give["देता"] == "ipfv" and give["देकर"] == "conj" and give["दें"] == "subj"
    assert morph.verb_forms("होना")["होंगे"] == "fut" and morph.verb_forms("लेना")["लेगी"] == "fut"
    assert morph.verb_forms("लगाना")["लगाएंगे"] == "fut"  # other vowel stems keep their -ए-
    hi = load_lexicon("hi")
    assert hi is not None
    said = "सरकार अगले महीने पड़ोसी देश को कड़ी चेतावनी देगी।"
    assert [(said[m.start : m.end], m.form) for m in hi.find(said)] == [("चेतावनी देगी", "fut")]
    talks = "दोनों प्रतिनिधिमंडलों के बीच सोमवार को वार्ता होगी"
    assert any(m.entry.type == "CONSULT" and m.form == "fut" for m in hi.find(talks))
    part = "रक्षा मंत्री वहां होने वाले सम्मेलन में हिस्सा लेंगे"
    assert any("attended" in m.features and m.form == "fut" for m in hi.find(part))


def test_participle_states_an_event_noun_past_a_determiner_or_adjective(folders):
    """``हुई बातचीत`` states talks; so do ``हुई एक लंबी मुलाकात`` and ``किए गए एक गुप्त समझौते``: a word or two
    of the noun's own phrase may stand between, never a case marker (the participle then qualifies
    another noun) and not when the noun goes on into a longer name.
    """
    hi = Lexicon("hi", folders[0])
    assert found(hi, "दोनों नेताओं के बीच हुई एक लंबी मुलाकात की चर्चा है") == [
        ("मुलाकात", "meet", "nominal", ["occurred"])
    ]
    assert found(hi, "कल होने वाली दो दिवसीय मुलाकात में") == [("मुलाकात", "meet", "nominal", ["future"])]
    assert found(hi, "घायल हुए जवानों से मुलाकात का समय") == []
    assert found(hi, "पिछले साल हुए विश्व मुलाकात संगठन के अधिवेशन में") == []


def test_asking_to_do_follows_an_infinitive_in_either_postposition():
    """``करने के लिए कहा`` and ``करने को कहा`` ask someone to do something (an emphatic particle may stand
    before the verb); after a noun, ``X के लिए कहा`` / ``X को कहा`` only say something about or to X.
    """
    hi = load_lexicon("hi")
    assert hi is not None

    def asks(text: str) -> list[str]:
        return [text[m.start : m.end] for m in hi.find(text) if m.entry.type == "REQUEST"]

    assert asks("मंत्रालय ने दूतावास से सूची सौंपने को कहा है") == ["को कहा है"]
    assert asks("अदालत ने पुलिस से जवाब देने के लिए भी कहा") == ["के लिए भी कहा"]
    assert asks("प्रवक्ता ने इस फिल्म के लिए कहा कि वह अच्छी है") == []
    assert asks("उन्होंने संवाददाताओं को कहा कि वे लौटेंगे") == []


def test_an_offer_of_talks_is_a_request_and_an_offer_of_help_is_planned_help():
    """docs/events.md: "X की पेशकश" offers the act X; an offer of talks is REQUEST/request (the offer is
    made now), an offer of help is the help, announced (planned). A particle may stand before the verb.
    """
    hi = load_lexicon("hi")
    assert hi is not None

    def read(text: str) -> list[tuple[str, str, str, bool]]:
        return [(text[m.start : m.end], m.entry.type, m.entry.mode, "announced" in m.features) for m in hi.find(text)]

    assert read("विद्रोही गुट ने सरकार को वार्ता की पेशकश भी की थी") == [
        ("वार्ता की पेशकश भी की थी", "REQUEST", "request", False)
    ]
    assert read("सरकार की ओर से बातचीत की पेशकश आई है")[-1][1:] == ("REQUEST", "request", False)
    offer = read("जापान ने बाढ़ पीड़ितों के लिए मदद की पेशकश की")
    assert offer[-1][0] == "मदद की पेशकश की" and offer[-1][1] == "AID" and offer[-1][3]
    assert read("सरकार ने दौरे की घोषणा भी की")[-1][1:] == ("CONSULT", "visit", True)


def test_calling_off_is_a_rejection():
    """Cancelling a programme, a proposal or an order (रद्द, निरस्त, कैंसिल करना) is coded REJECT/reject, as the
    annotators of eval/events coded every such case; suspending ties stays SANCTION (निलंबित, स्थगित).
    """
    hi = load_lexicon("hi")
    assert hi is not None
    for text in ("पंचायत ने कंपनी का प्रस्ताव रद्द कर दिया", "मंत्रालय ने वह आदेश निरस्त किया",
                 "एजेंसियों ने बुकिंग कैंसिल कर दी"):  # fmt: skip
        assert [m.entry.type for m in hi.find(text)] == ["REJECT"], text
    assert [m.entry.type for m in hi.find("वार्ता स्थगित कर दी गई")][-1] == "SANCTION"


def test_an_event_that_happens_is_also_one_that_goes_on():
    """``होना`` takes ``चलना`` too (light_equivalents.tsv): "वार्ता चल रही है" is talks under way, as "वार्ता हो
    रही है" is; every noun listed with होना gets it.
    """
    hi = load_lexicon("hi")
    assert hi is not None
    talks = "राजधानी में दोनों पक्षों के बीच वार्ता चल रही है"
    assert [(talks[m.start : m.end], m.entry.type, m.light) for m in hi.find(talks)] == [
        ("वार्ता चल रही है", "CONSULT", "चलना")
    ]
    assert [m.entry.type for m in hi.find("सीमा के इलाके में संघर्ष चल रहा है")] == ["ASSAULT"]


def test_a_progressive_participle_states_an_event_under_way(folders):
    """``हो रही मुलाकात``, ``चल रहे संघर्ष``: an event noun after a participle in रहा/रही/रहे is under way."""
    hi = Lexicon("hi", folders[0])
    assert found(hi, "राजधानी में हो रही मुलाकात पर सबकी नजर है") == [("मुलाकात", "meet", "nominal", ["occurred"])]


def test_an_english_verb_and_object_entry_is_found_in_the_passive(folders):
    """"hold talks" is found as "talks were held", a word of the object's phrase and a negation allowed;
    the object alone, with no form of *be* and the verb after it, is not the entry.
    """
    en = Lexicon("en", folders[1])
    assert found(en, "Talks were held in Delhi.") == [("Talks were held", "discuss", "pfv", ["passive"])]
    assert found(en, "Border talks have not been held since May.") == [
        ("talks have not been held", "discuss", "pfv", ["neg", "passive"])
    ]
    assert found(en, "The talks in Delhi ended.") == []
