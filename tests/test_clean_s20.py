"""Cleaning of chrome shapes seen on outlets outside our data (session 20), on sentences we wrote."""

from sambandh.clean import clean_article
from sambandh.langid import identify
from sambandh.model import Article

LEAD = (
    "भारत और वियतनाम के रक्षा मंत्रियों ने हनोई में समुद्री सुरक्षा और संयुक्त अभ्यास पर लंबी बातचीत की। "
    "दोनों देशों ने अगले साल एक नया समझौता करने की बात कही।"
)
MORE = "बातचीत के बाद जारी साझा बयान में कहा गया कि रक्षा उद्योग में सहयोग के लिए एक कार्य समूह बनेगा और वह हर छह महीने में मिलेगा।"


def clean(raw: str) -> Article:
    return clean_article(Article(source="t", raw=raw, raw_hash="h"))


def test_call_to_read_on_after_a_teasers_ellipsis_goes():
    a = clean(f"{LEAD}\n{MORE[:-1]}… Read more")
    assert "Read more" not in a.text and "कार्य समूह" in a.text
    b = clean(f"{LEAD}\n{MORE[:-1]}... read full story")
    assert "full story" not in b.text and "कार्य समूह" in b.text


def test_an_excerpts_cut_mark_goes():
    a = clean(f"{LEAD}\n{MORE[:-1]} […]")
    assert "[" not in a.text and a.text.endswith("मिलेगा")


def test_a_feed_footer_glued_after_the_last_sentence_goes():
    a = clean(f"{LEAD}\n{MORE}from Example Daily Times https://ex.am/ple1")
    assert "https" not in a.text and "Example" not in a.text and a.text.endswith("मिलेगा।")


def test_a_source_site_with_a_path_in_brackets_is_a_credit():
    a = clean(f"{LEAD}\n{MORE} (example.com/hindi)")
    assert "example.com" not in a.text
    assert [x.source for x in a.attributions] == ["example.com/hindi"]


def test_an_english_slug_glued_onto_the_hindi_text_goes_and_the_page_stays_hindi():
    raw = f"India Vietnam Defence Ministers Hold Talks In Hanoi{LEAD}\n{MORE}"
    a = clean(raw)
    assert a.text.startswith("भारत और वियतनाम") and "Hanoi" not in a.text
    # short acronyms and numbers glued onto a word are text, not a slug
    b = clean(f"G-20में {LEAD}\n{MORE}")
    assert b.text.startswith("G-20में")


def test_a_call_to_watch_the_video_goes():
    a = clean(f"{LEAD} पूरी ख़बर के लिए देखिए यह वीडियो।\n{MORE}")
    assert "वीडियो" not in a.text and "समझौता करने की बात कही।" in a.text
    b = clean(f"{LEAD}\nदेखिए दोनों रक्षा मंत्रियों की हनोई में हुई मुलाकात का वीडियो\n{MORE}")
    assert "वीडियो" not in b.text and "कार्य समूह" in b.text


def test_a_breadcrumb_set_as_a_list_is_chrome_not_the_title():
    raw = "\n".join(["- मुखपृष्ठ", "- दुनिया", "- हनोई में भारत और वियतनाम की रक्षा वार्ता", LEAD, MORE])
    a = clean(raw)
    assert a.title_source != "head" and "मुखपृष्ठ" not in a.text and "- दुनिया" not in a.text
    # a list in the body, after the report has begun, stays
    b = clean("\n".join([LEAD, "- पहला मुद्दा समुद्री सुरक्षा का था", "- दूसरा मुद्दा संयुक्त अभ्यास का था", MORE]))
    assert "पहला मुद्दा" in b.text and "दूसरा मुद्दा" in b.text


def test_a_titles_list_mark_is_not_part_of_the_title():
    a = clean(f"  • भारत और वियतनाम रक्षा सहयोग बढ़ाएंगे\n\n{LEAD}\n{MORE}")
    assert a.title == "भारत और वियतनाम रक्षा सहयोग बढ़ाएंगे"


def test_an_english_headline_with_a_stop_inside_is_chrome_on_a_hindi_page():
    a = clean(f"Hanoi Talks: Big Step ! Defence Hour with Some Anchor (Ep-3)\n{LEAD}\n{MORE}")
    assert "Hanoi" not in a.text and "Ep-3" not in a.text and a.text.startswith("भारत और वियतनाम")


def test_a_known_city_set_off_by_two_spaces_is_a_dateline():
    a = clean(f"हनोई  {LEAD}\n{MORE}")
    assert a.dateline is not None and a.dateline.place == "हनोई"
    assert a.text.startswith("भारत और वियतनाम")
    # a word that is no city, set off the same way, stays in the sentence
    b = clean(f"इसलिए  {LEAD}\n{MORE}")
    assert b.dateline is None and b.text.startswith("इसलिए")


def test_language_is_the_bodys_not_an_english_headlines():
    text = "India Vietnam Defence Talks: Ministers Meet In Hanoi, Agree On Naval Drills And New Pact Next Year\n" + LEAD
    assert identify(text)[0] == "hi"
    assert identify("India and Vietnam agreed to deepen defence ties; both sides met in Hanoi.")[0] == "en"


def test_a_call_to_click_for_more_goes():
    a = clean(f"{LEAD}\nदुनिया भर की ख़बरें पढ़ने के लिए यहां क्लिक करें\n{MORE}")
    assert "क्लिक" not in a.text and "कार्य समूह" in a.text


def test_a_standfirst_cut_short_before_a_read_on_link_goes():
    a = clean(f"भारत और वियतनाम रक्षा सहयोग बढ़ाएंगे\nदोनों देशों के रक्षा मंत्रियों ने हनोई में समुद्री ...और पढ़ें\n{LEAD}\n{MORE}")
    assert "और पढ़ें" not in a.text and a.text.startswith("भारत और वियतनाम के रक्षा")


def test_a_desk_byline_closed_by_a_visarga_goes():
    a = clean(f"विदेश डेस्कः {LEAD}\n{MORE}")
    assert a.text.startswith("भारत और वियतनाम") and "डेस्क" not in a.text



def test_an_english_kicker_after_the_dateline_goes():
    a = clean(f"हनोई, 2 मई (एएनआई) Defence Talks: {LEAD}\n{MORE}")
    assert a.dateline is not None and a.text.startswith("भारत और वियतनाम") and "Talks" not in a.text
    # English words that the Hindi sentence goes on with stay
    b = clean(f"हनोई, 2 मई (एएनआई) QUAD देशों के मंत्रियों ने भी बैठक की और साझा बयान जारी किया।\n{MORE}")
    assert b.text.startswith("QUAD देशों")


def test_a_comment_form_in_hindi_goes():
    raw = f"{LEAD}\n{MORE}\n\nकोई जवाब दें\n\nकृपया अपनी टिप्पणी दर्ज करें!\nकृपया अपना नाम यहाँ दर्ज करें"
    a = clean(raw)
    assert "जवाब" not in a.text and "टिप्पणी" not in a.text and a.text.endswith("मिलेगा।")


def test_a_list_breadcrumb_whose_last_crumb_is_cut_short_goes():
    raw = "\n".join(["- मुखपृष्ठ", "- /", "- संपादकीय", "- /", "- हनोई में रक्षा वार्ता...", LEAD, MORE])
    a = clean(raw)
    assert "संपादकीय" not in a.text and "रक्षा वार्ता" not in a.text and a.text.startswith("भारत और वियतनाम")


def test_a_call_to_download_the_app_in_another_spelling_goes():
    a = clean(f"{LEAD}\n{MORE}\nदुनिया की ताज़ा ख़बरों के लिए हमारा ऍप डाउनलोड करें")
    assert "डाउनलोड" not in a.text and a.text.endswith("मिलेगा।")


def test_the_headlines_under_an_also_read_line_go():
    heads = ["वियतनाम के तट पर नौसेना का अभ्यास, जानिए क्या है खास", "हनोई दौरे से पहले रक्षा मंत्री ने क्या कहा?"]
    raw = "\n".join([LEAD, "ये भी पढ़ें", *heads, MORE])
    a = clean(raw)
    assert "नौसेना का अभ्यास" not in a.text and "दौरे से पहले" not in a.text
    assert a.text.startswith("भारत और वियतनाम") and "कार्य समूह" in a.text


def test_a_related_headline_above_the_related_label_at_the_end_goes():
    raw = "\n".join([LEAD, MORE, "वियतनाम ने भारत से नए गश्ती जहाज ख़रीदने पर बातचीत शुरू की", "RELATED ARTICLES"])
    a = clean(raw)
    assert "गश्ती जहाज" not in a.text and a.text.endswith("मिलेगा।")
    # a subheading between two paragraphs, with no related label near it, stays
    b = clean("\n".join([LEAD, "समुद्री सुरक्षा पर सहमति", MORE]))
    assert "समुद्री सुरक्षा पर सहमति" in b.text
