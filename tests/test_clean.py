"""Cleaning on hand-written fixtures (our own words, in the shapes real portals produce)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sambandh.clean import clean_article
from sambandh.errors import NoContentError
from sambandh.model import Article

BODY1 = (
    "भारत और जापान के विदेश मंत्रियों ने टोक्यो में व्यापार और सुरक्षा पर विस्तार से बातचीत की। "
    "दोनों पक्षों ने नियमित संवाद जारी रखने पर सहमति जताई।"
)
BODY2 = "बैठक के बाद जारी बयान में कहा गया कि अगली वार्ता अगले वर्ष नई दिल्ली में होगी और उसमें रक्षा उद्योग पर भी चर्चा होगी।"


def clean(raw, **kw):
    a = Article(source="t", raw=raw, raw_hash="h", **kw)
    return clean_article(a)


def test_portal_chrome_title_and_dateline():
    title = "भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर"
    raw = "\n".join(
        [
            "होम › दुनिया › एशिया",
            "दुनिया",
            title,
            "Updated: 12 मार्च 2024, 06:10 PM",
            title,
            "Image Source : Reuters",
            "@someportal",
            "\u00a0",
            f"टोक्यो, प्रेट्र। {BODY1}",
            BODY2 + " (एएनआई)",
            "यह भी पढ़ें: एक और ख़बर का शीर्षक",
            "Share",
            "Comments",
            "tokyo news",
            "japan india",
        ]
    )
    a = clean(raw)
    assert a.title == title
    assert a.published == "2024-03-12" and a.published_source == "text"
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("टोक्यो", "प्रेट्र")
    assert a.raw[a.dateline.start : a.dateline.end] == "टोक्यो, प्रेट्र।"
    assert a.text == BODY1 + "\n" + BODY2
    bp = a.boilerplate()
    for line in [
        "होम › दुनिया › एशिया",
        "दुनिया",
        "Image Source : Reuters",
        "@someportal",
        "Share",
        "Comments",
        "japan india",
        "(एएनआई)",
    ]:
        assert line in bp
    assert [x.source for x in a.attributions if not x.in_text] == ["एएनआई"]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("मॉस्को(ANI): ", "मॉस्को", "ANI"),
        ("नई दिल्ली, भाषा। ", "नई दिल्ली", "भाषा"),
        ("नई दिल्ली: ", "नई दिल्ली", None),
        ("WASHINGTON (Reuters): ", "WASHINGTON", "Reuters"),
    ],
)
def test_dateline_forms(opening, place, agency):
    a = clean("शीर्षक की तरह की एक छोटी पंक्ति यहां\n" + opening + BODY1)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.text == BODY1


def test_said_colon_is_no_dateline():
    text = "उन्होंने कहा: " + BODY1
    a = clean(text)
    assert a.dateline is None
    assert a.text == text


def test_lead_repeated_by_the_body_is_the_title_not_kept_twice():
    raw = BODY2 + "\n" + "नई दिल्ली: " + BODY1 + " " + BODY2
    a = clean(raw)
    assert a.title == BODY2.split("।")[0].rstrip("।")
    assert a.text.count(BODY2) == 1
    assert a.title_source == "head"


def test_title_and_standfirst_on_one_line():
    title = "भारत ने जापान के साथ नई साझेदारी की घोषणा की"
    standfirst = "दोनों देशों ने रक्षा और व्यापार में सहयोग बढ़ाने का फैसला किया है।"
    a = clean(f"{title}। {standfirst}\n\nटोक्यो: {BODY1}")
    assert a.title == title
    assert a.text == standfirst + "\n" + BODY1


def test_no_head_gives_first_sentence_as_title_and_keeps_everything():
    a = clean(BODY1 + BODY2)
    assert a.title_source == "first_sentence"
    assert a.text == BODY1 + BODY2
    assert a.removed == []


def test_record_with_title_key_takes_no_title_from_text():
    a = Article(source="t", raw="पहली पंक्ति शीर्षक जैसी दिखती है\n" + BODY1, raw_hash="h", meta={"title": ""})
    clean_article(a)
    assert a.title is None or a.title_source == "first_sentence"
    assert a.text.startswith("पहली पंक्ति")


def test_in_text_attribution_recorded():
    a = clean("रूसी एजेंसी ताश के अनुसार " + BODY1)
    assert [(x.source, x.in_text) for x in a.attributions] == [("ताश", True)]
    x = a.attributions[0]
    assert a.text[x.start : x.end] == "ताश"


def test_chrome_only_is_no_content():
    with pytest.raises(NoContentError):
        clean("Share\nComments\n@handle\n")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                BODY1,
                BODY2,
                "Share",
                "@x_y",
                "",
                "\u00a0",
                "नई दिल्ली: " + BODY2,
                "टैग: भारत",
                "क़िंगदाओ\u200b में बैठक हुई।",
                "छोटी पंक्ति",
                "बैठक हुई। (सीमा राव की रिपोर्ट) फिर बयान आया 3 min read और बात खत्म हुई।",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_offsets_map_back_into_raw(lines):
    raw = "\n".join(lines) + "\n" + BODY1
    a = clean(raw)
    for i, ch in enumerate(a.text):
        r = a.offset_map.to_raw(i)
        assert 0 <= r < len(a.raw)
        if ch not in " \n\u093c":
            assert a.raw[r] == ch
    for rem in a.removed:
        assert 0 <= rem.start <= rem.end <= len(a.raw)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("जोहान्सबर्ग (दक्षिण अफ्रीका), 21 फरवरी - ", "जोहान्सबर्ग", None),
        ("Canberra [Australia], October 9 (ANI): ", "Canberra", "ANI"),
        ("नयी दिल्ली, छह जून (भाषा) ", "नयी दिल्ली", "भाषा"),
        ("नई दिल्ली, सितम्बर 2 -- ", "नई दिल्ली", None),
        ("(नई दिल्ली) ", "नई दिल्ली", None),
        ("नई दिल्ली-", "नई दिल्ली", None),
    ],
)
def test_wire_and_portal_dateline_grammar(opening, place, agency):
    a = clean("शीर्षक की तरह की एक छोटी पंक्ति यहां\n" + opening + BODY1)
    assert a.dateline is not None, opening
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.text.startswith(BODY1[:10])


@pytest.mark.parametrize(
    "opening",
    ["रूस (Russia) के राष्ट्रपति ने कहा कि ", "बता दें, अक्टूबर 2024 में ", "जम्मू-कश्मीर में ", "LIVE: ", "विदेश : "],
)
def test_no_dateline_from_a_subject_a_date_a_hyphenated_name_or_a_label(opening):
    a = clean("शीर्षक की तरह की एक छोटी पंक्ति यहां\n" + opening + BODY1)
    assert a.dateline is None, (opening, a.dateline)


def test_a_dateline_on_its_own_line_and_a_header_date_line():
    header = ["शीर्षक की तरह की एक छोटी पंक्ति यहां", "This Article is From Mar 12, 2024", "नई दिल्ली:", ""]
    a = clean("\n".join([*header, BODY1, BODY2]))
    assert a.dateline is not None and a.dateline.place == "नई दिल्ली"
    assert (a.published, a.published_source) == ("2024-03-12", "text")
    assert "This Article" not in a.text and not a.text.startswith("नई दिल्ली")


def test_english_widgets_and_section_labels_on_a_hindi_page_go():
    raw = "\n".join([
        "भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर",
        "Read Time: 3 mins",
        "Japan India Talks Latest News: " + BODY1,
        "Prime Minister at the talks in Tokyo",
        BODY2,
        "Leave a Reply",
        "Your email address will not be published.",
    ])  # fmt: skip
    a = clean(raw)
    assert a.text == BODY1 + "\n" + BODY2
    reasons = {r.reason for r in a.removed}
    assert {"label", "other_script", "reading_time", "comments"} <= reasons, reasons


def test_an_english_page_keeps_its_english_lines_and_its_uppercase_dateline():
    body = "Troops exchanged fire along the Line of Control on Tuesday, officials said. No casualties were reported."
    title = "Ceasefire violation reported along the Line of Control"
    a = clean(title + "\nJAMMU: " + body + "\nMore details are awaited from the army.")
    assert a.dateline is not None and a.dateline.place == "JAMMU"
    assert a.text.startswith("Troops exchanged fire") and "More details are awaited" in a.text


def test_chrome_glued_inside_a_paragraph_is_cut_and_offsets_still_map():
    raw = (f"{BODY1} (अमित वर्मा की रिपोर्ट) {BODY2}\n"
           "The meeting ended early. 2 min read The next round is due in May (with inputs from PTI).\n")  # fmt: skip
    a = clean(raw)
    assert "रिपोर्ट" not in a.text and "min read" not in a.text and "inputs from" not in a.text
    assert f"{BODY1} {BODY2}" in a.text and "ended early. The next round is due in May" in a.text
    reasons = {r.reason for r in a.removed}
    assert {"byline", "reading_time", "credit"} <= reasons
    for rem in a.removed:
        if rem.reason == "byline":
            assert a.raw[rem.start : rem.end] == "(अमित वर्मा की रिपोर्ट)"
    for i, ch in enumerate(a.text):
        if ch not in " \n":
            assert a.raw[a.offset_map.to_raw(i)] == ch


def test_kickers_captions_and_glued_bylines_go_and_quotes_stay():
    title = "नदी जल समझौते पर दोनों देशों की नई बैठक तय"
    raw = "\n".join(
        [
            title,
            "दुनिया :" + BODY1,
            "समुद्री गलियारा: " + "दोनों देशों ने समुद्री गलियारा खोलने के लिए एक कार्यदल बनाने का फैसला किया है।",
            "बंदरगाह पर खड़े जहाज का एक दृश्य (फाइल फोटो: एजेंसी)",
            "A ship waiting at the harbour gate (Photo: agency file )",
            "Brandly",
            "(रमेश कुमार पटना)" + BODY2,
            "मंत्री ने कहा: हम इस मुद्दे पर आगे भी बातचीत करेंगे और दोनों देश मिलकर काम करेंगे।",
            "अगली बैठक की तारीख अभी तय नहीं हुई है और दोनों पक्ष इस पर विचार कर रहे हैं, यहां पढ़िए बैठक की पूरी कहानी",
        ]
    )
    a = clean(raw)
    assert a.title == title
    text = a.text
    assert text.startswith(BODY1)
    assert "दुनिया :" not in text and "समुद्री गलियारा: " not in text
    assert "दोनों देशों ने समुद्री गलियारा खोलने" in text  # the kicker's sentence stays
    assert "फाइल फोटो" not in text and "harbour gate" not in text
    assert "रमेश कुमार" not in text and BODY2 in text
    assert "Brandly" not in text  # a word alone on its line: a brand or a widget's label
    assert "मंत्री ने कहा: हम इस मुद्दे पर" in text  # a speaker before a colon is no kicker
    assert "विचार कर रहे हैं" in text and "यहां पढ़िए" not in text  # the call to read elsewhere goes


def test_chrome_glued_before_the_text_is_trimmed_and_the_dateline_after_it_found():
    title = "भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर"
    # a site address glued to the dateline; a topic tag glued after the last stop
    a = clean("\n".join([title, "example-portal24.com/नई दिल्ली। " + BODY1, BODY2 + "Japan Talks News"]))
    assert a.dateline is not None and a.dateline.place == "नई दिल्ली"
    assert a.text == BODY1 + "\n" + BODY2
    assert {"slug", "tags"} <= {r.reason for r in a.removed}
    # a desk byline with no place, an image's file name and a tag list glued on, a capitalised kicker
    sentence = "दोनों देशों ने समुद्री गलियारा खोलने के लिए एक कार्यदल बनाने का फैसला किया है।"
    b = clean("\n".join([
        title,
        "समाचार डेस्क। " + BODY1,
        "harbour-gate-photo_9f8e7d6c5bदोनों पक्षों के अधिकारी अगले महीने फिर मिलेंगे और प्रगति की समीक्षा करेंगे।",
        "NEPAL RIVER TREATY " + sentence,
        "Online DESK… " + BODY2,
        "japan,india,tokyo-talksबैठक में व्यापार घाटे को कम करने के उपायों पर भी विस्तार से चर्चा हुई।",
    ]))  # fmt: skip
    assert b.text.split("\n") == [
        BODY1,
        "दोनों पक्षों के अधिकारी अगले महीने फिर मिलेंगे और प्रगति की समीक्षा करेंगे।",
        sentence,
        BODY2,
        "बैठक में व्यापार घाटे को कम करने के उपायों पर भी विस्तार से चर्चा हुई।",
    ]
    assert {"byline", "slug", "label"} <= {r.reason for r in b.removed}
    # Latin words glued to a postposition open sentences: they stay
    for line in ["COVID-19से जुड़े नियमों में ढील देने का फैसला दोनों देशों ने मिलकर किया।",
                 "U.S.में भारत के राजदूत ने व्यापार मंत्री से मुलाकात की और निवेश पर बात की।",
                 "G-20की बैठक में विकासशील देशों के कर्ज पर लंबी चर्चा हुई और सहमति बनी।"]:  # fmt: skip
        assert line in clean(title + "\n" + line + "\n" + BODY2).text, line


def test_a_desk_after_a_place_is_still_a_dateline_and_latin_names_in_a_sentence_stay():
    a = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\nनई दिल्ली, ऑनलाइन डेस्क। " + BODY1)
    assert a.dateline is not None and a.dateline.place == "नई दिल्ली" and a.text == BODY1
    line = "UN WHO और भारत के अधिकारियों ने स्वास्थ्य सहयोग पर एक साझा बयान जारी किया।"
    b = clean("स्वास्थ्य सहयोग पर साझा बयान जारी\n" + line + "\n" + BODY2)
    assert line in b.text  # two capitalised names are no kicker


def test_a_teaser_cut_short_is_neither_the_title_nor_where_the_body_starts():
    title = "भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर"
    teaser = BODY1[:60] + "..."
    a = clean("\n".join([title, teaser, "", teaser, "नई दिल्ली। " + BODY1, BODY2]))
    assert a.title == title
    assert a.dateline is not None and a.dateline.place == "नई दिल्ली"
    assert a.text == BODY1 + "\n" + BODY2
    # a headline that itself ends in an ellipsis, repeated by nothing, is still the title
    b = clean("\n".join(["जापान से वार्ता पर विदेश मंत्री ने कहा, सहयोग…", "देश", BODY1, BODY2]))
    assert b.title == "जापान से वार्ता पर विदेश मंत्री ने कहा, सहयोग…" and b.text == BODY1 + "\n" + BODY2


def test_a_read_also_line_with_its_nukta_after_the_vowel_sign_goes():
    link = "यह भी पढे़ं : सीमा पर नई सड़क बनाने की योजना को मंजूरी, काम अगले साल से शुरू होगा और दो साल चलेगा"
    a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", BODY1, link, BODY2]))
    assert a.text == BODY1 + "\n" + BODY2
    assert "related_links" in {r.reason for r in a.removed}


def test_english_chrome_heavy_hindi_page_loses_its_title_bar_file_name_caption_and_breadcrumb():
    title = "भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर"
    english = "India and Japan hold talks on trade and security in Tokyo as both sides look for a wider partnership"
    raw = "\n".join([
        f"{english} | {title} | Daily Portal News",
        "Home World Asia भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर,...",
        title,
        "india-japan-talks-tokyo-2024.jpg",
        english + " over the coming years",
        BODY1,
        BODY2,
    ])  # fmt: skip
    a = clean(raw)
    assert a.title == title
    assert a.text == BODY1 + "\n" + BODY2
    assert {"page_title", "breadcrumb", "image_file", "other_script"} <= {r.reason for r in a.removed}
    # the home minister is no breadcrumb
    line = "Home Minister अमित शर्मा ने सीमा पर सुरक्षा की समीक्षा के लिए एक बैठक बुलाई है।"
    assert line in clean(title + "\n" + line + "\n" + BODY2).text


def test_a_weekday_before_a_timestamp_is_no_dateline():
    a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", "Tue, 12 Mar 2024-6:10 pm,", BODY1, BODY2]))
    assert a.dateline is None
    assert (a.published, a.published_source) == ("2024-03-12", "text")
    assert a.text == BODY1 + "\n" + BODY2
    # a place and a date on a line of their own stay a dateline
    b = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", "टोक्यो, 12 मार्च 2024", BODY1]))
    assert b.dateline is not None and b.dateline.place == "टोक्यो"


def test_read_also_spelled_without_its_nasal_or_with_inhen_goes():
    for link in ["ये भी पढ़े:नदी पर बने नए पुल का उद्घाटन, मंत्री ने कहा काम तय समय से पहले पूरा हुआ और लोग खुश हैं",
                 "इन्हें भी पढ़ें : Star Name : फिल्म की शूटिंग के लिए विदेश गई अभिनेत्री, टीम ने दी जानकारी"]:  # fmt: skip
        a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", BODY1, link, BODY2]))
        assert a.text == BODY1 + "\n" + BODY2, link


def test_a_place_glossed_in_english_brackets_is_no_place_and_wire_dateline():
    line = "जापान (Japan) और भारत के बीच व्यापार समझौते पर बातचीत अगले महीने फिर शुरू होगी।"
    a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", line, BODY2]))
    assert a.dateline is None and line in a.text
    b = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\nटोक्यो (ANI) " + BODY1)
    assert b.dateline is not None and (b.dateline.place, b.dateline.agency) == ("टोक्यो", "ANI")


def test_an_agency_slash_place_dateline_opens_the_body():
    a = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\nएजेंसी/ टोक्यो : " + BODY1)
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("टोक्यो", "एजेंसी")
    assert a.raw[a.dateline.start : a.dateline.end] == "एजेंसी/ टोक्यो :"
    assert a.text == BODY1


def test_an_outlet_and_place_on_their_own_line_are_the_dateline():
    a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", "सुबह समाचार, टोक्यो:", BODY1, BODY2]))
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("टोक्यो", "सुबह समाचार")
    assert a.text == BODY1 + "\n" + BODY2
    # a list of countries closed by a colon is a heading, not who filed the report from where
    b = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", "जापान के बड़े शहर, कुछ तथ्य:", BODY1]))
    assert b.dateline is None


def test_an_agency_glued_to_a_timestamp_is_no_place():
    a = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", "एजेंसीTue, 12 Mar 2024 06:10 PM", BODY1, BODY2]))
    assert a.dateline is None
    assert a.published == "2024-03-12"
    assert a.text == BODY1 + "\n" + BODY2


def test_an_outlet_name_after_the_dateline_goes_and_a_subject_before_a_dash_stays():
    a = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\nटोक्यो (ANI) : सुबह समाचार – " + BODY1)
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("टोक्यो", "ANI")
    assert a.text == BODY1
    assert "सुबह समाचार –" in a.boilerplate()
    b = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\nटोक्यो (ANI) : भारत और जापान – " + BODY1)
    assert b.text.startswith("भारत और जापान – ")


def test_the_united_nations_as_a_dateline_place_but_not_before_a_comma():
    for opening in ["संयुक्त राष्ट्रः ", "संयुक्त राष्ट्रसंघ। ", "United Nations: "]:
        a = clean("भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर\n" + opening + BODY1)
        assert a.dateline is not None and a.dateline.place == opening.strip(" :ः।"), opening
        assert a.text == BODY1, opening
    line = "संयुक्त राष्ट्र, जापान और भारत ने समुद्री सुरक्षा पर एक साझा बयान जारी किया।"
    b = clean("\n".join(["भारत-जापान वार्ता में व्यापार और सुरक्षा पर ज़ोर", line, BODY2]))
    assert b.dateline is None and line in b.text


def test_a_bilingual_title_bar_goes_and_the_hindi_headline_under_it_is_the_title():
    bar = "Big talks India and Japan agree on trade and security । बड़ी खबर: भारत और जापान व्यापार पर सहमत"
    a = clean("\n".join([bar, "भारत-जापान वार्ता में व्यापार पर ज़ोर", BODY1, BODY2]))
    assert a.title == "भारत-जापान वार्ता में व्यापार पर ज़ोर"
    assert a.text == BODY1 + "\n" + BODY2


def test_a_short_headline_printed_twice_at_the_top_of_the_report_goes():
    long_head = (
        "भारत और जापान के रिश्तों में नया मोड़: टोक्यो में हुई लंबी बैठक के बाद दोनों देशों ने व्यापार"
        " और सुरक्षा पर कई अहम फैसले लिए"
    )
    sub = "दोनों देशों ने व्यापार और सुरक्षा पर फैसले लिए"
    a = clean("\n".join([long_head, sub, sub, BODY1, BODY2]))
    assert sub not in a.text.split("\n")
    assert BODY1 in a.text and BODY2 in a.text
