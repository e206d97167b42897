"""Cleaning of shapes seen on outlets outside our data (session 21), on sentences we wrote."""

from sambandh.clean import clean_article
from sambandh.model import Article

BODY = (
    "भारत और फ्रांस के रक्षा मंत्रियों ने पेरिस में पनडुब्बियों के साझा निर्माण पर लंबी बातचीत की। "
    "दोनों पक्षों ने अगले महीने एक कार्य समूह बनाने का फैसला किया।"
)
MORE = "बैठक के बाद जारी बयान में कहा गया कि दोनों देश हर साल समुद्री अभ्यास करेंगे और तकनीक साझा करेंगे।"


def clean(raw: str) -> Article:
    return clean_article(Article(source="t", raw=raw, raw_hash="h"))


def test_a_long_headline_with_an_exclamation_is_the_title_not_the_body():
    head = "फ्रांस ने फिर दिखाई दोस्ती! भारत को मिलेगी नई पनडुब्बी तकनीक, जानें रक्षा मंत्री ने क्या कहा?"
    a = clean(f"{head}\n\n{BODY}\n{MORE}")
    assert a.title == head and a.title_source == "head"
    assert a.text == BODY + "\n" + MORE


def test_a_lead_of_several_sentences_is_no_title():
    lead = (
        "भारत के रक्षा मंत्री ने तीन दिन की यात्रा में पेरिस और मार्सेय के कई रक्षा कारखानों का दौरा किया है। "
        "यह उनकी इस साल की दूसरी विदेश यात्रा है। वे राष्ट्रपति से भी मिलेंगे"
    )
    a = clean(f"{lead}\nपेरिस: {BODY}\n{MORE}")
    assert a.title_source != "head"
    assert "दूसरी विदेश यात्रा" in a.text


def test_related_headlines_with_a_question_mark_inside_go_after_more_stories():
    related = [
        "क्या इस बार मानसून जल्दी आएगा? मौसम विभाग का नया अनुमान",
        "फिल्म के गाने पर विवाद, निर्देशक ने दी सफाई",
    ]
    a = clean(f"{BODY}\n{MORE}\nMore Stories\n" + "\n".join(related))
    assert "मानसून" not in a.text and "निर्देशक" not in a.text
    assert a.text.endswith("साझा करेंगे।")


def test_a_list_of_highlights_over_the_report_is_content_not_a_breadcrumb():
    points = [
        "- रक्षा मंत्री पनडुब्बी कारखाने का दौरा करने पेरिस पहुंचे",
        "- दोनों देश साझा निर्माण की नई योजना पर काम करेंगे",
        "- अगले साल पहली पनडुब्बी का परीक्षण हो सकता है",
    ]
    a = clean("\n".join([*points, BODY, MORE]))
    assert all(p[2:] in a.text for p in points)
    assert a.title_source != "head"


def test_a_place_and_date_with_no_comma_is_a_dateline():
    a = clean(f"पेरिस १२ मार्च: {BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पेरिस"
    assert a.text.startswith("भारत और फ्रांस")


def test_a_wires_name_in_devanagari_after_the_date_goes_with_the_dateline():
    a = clean(f"पेरिस, 12 मार्च (एबीसीडी)| {BODY}\n{MORE}")
    assert a.dateline is not None and a.text.startswith("भारत और फ्रांस")


def test_a_bureau_line_naming_the_place_is_the_dateline():
    a = clean(f"एक्स वाई न्यूज ब्यूरो पेरिस :\n{BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पेरिस"
    assert "ब्यूरो" not in a.text and a.text.startswith("भारत और फ्रांस")


def test_a_war_kicker_before_the_report_goes():
    a = clean(f"{MORE}\nभारत-फ्रांस संघर्ष: {BODY}")
    assert "संघर्ष:" not in a.text and "भारत और फ्रांस के रक्षा" in a.text


def test_two_reporters_and_the_place_on_a_line_before_the_report_are_byline_and_dateline():
    a = clean(f"फ्रांस के साथ पनडुब्बी सौदा\n\nरमेश शर्मा और सुनीता वर्मा, पेरिस\n{BODY}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "पेरिस"
    assert a.dateline.agency == "रमेश शर्मा और सुनीता वर्मा"
    assert "सुनीता" not in a.text and a.text.startswith("भारत और फ्रांस")


def test_a_poll_widget_and_a_picture_credit_line_go():
    raw = "\n".join([BODY, "आपकी राय: क्या यह सौदा सही है? हां | नहीं | कह नहीं सकते", "फोटो: सोशल मीडिया",
                     "क्विज़ खेलें और जीतें इनाम", MORE])
    a = clean(raw)
    assert a.text == BODY + "\n" + MORE
