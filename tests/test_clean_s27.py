"""A lead printed twice in a row keeps its first copy, where the article opens (session 27,
issues #15 and #16), on sentences we wrote."""

from sambandh.clean import clean_article
from sambandh.model import Article

TITLE = "भारत और ब्राज़ील ने कृषि अनुसंधान पर समझौता किया"
STAMP = "समाचार डेस्क । Mar 14 2019 4:05PM"
LEAD = (
    "भारत और ब्राज़ील ने आज कृषि अनुसंधान में सहयोग बढ़ाने के लिए एक समझौते पर हस्ताक्षर किए और बीजों "
    "के आदान-प्रदान की योजना भी बनाई।"
)
MORE = "समझौते के तहत दोनों देशों के वैज्ञानिक हर वर्ष एक साझा कार्यशाला आयोजित करेंगे।"
EXTRA = "इससे छोटे किसानों को नई किस्मों तक जल्दी पहुंच मिलेगी।"


def clean(raw: str) -> Article:
    return clean_article(Article(source="t", raw=raw, raw_hash="h"))


def test_the_first_copy_stays_and_the_dateline_before_the_repeat_is_still_found() -> None:
    raw = "\n".join([TITLE, "", STAMP, LEAD, "नई दिल्ली। " + LEAD, MORE])
    a = clean(raw)
    assert a.title == TITLE
    assert a.text == LEAD + "\n" + MORE
    assert a.offset_map.to_raw(0) == raw.index(LEAD)  # the first copy, not the repeat
    assert a.dateline is not None and a.dateline.place == "नई दिल्ली"
    assert raw[a.dateline.start : a.dateline.end] == "नई दिल्ली।"
    repeat = raw.rindex(LEAD)
    assert any(r.reason == "lead_copy" and r.start == repeat and r.end == repeat + len(LEAD) for r in a.removed)


def test_a_repeat_that_runs_on_keeps_the_sentence_it_adds() -> None:
    raw = "\n".join([TITLE, LEAD, LEAD + " " + EXTRA, MORE])
    a = clean(raw)
    assert a.text == LEAD + "\n" + EXTRA + "\n" + MORE
    assert a.offset_map.to_raw(0) == raw.index(LEAD)
    assert a.offset_map.to_raw(a.text.index(EXTRA)) == raw.index(EXTRA)


def test_an_open_copy_or_one_apart_from_the_body_is_still_the_copy_that_goes() -> None:
    # no stop at its end: a summary from the page's description; the body's own copy is kept
    open_lead = LEAD.rstrip("।")
    raw = "\n".join([TITLE, open_lead, "", "नई दिल्ली। " + LEAD, MORE])
    a = clean(raw)
    assert a.text == LEAD + "\n" + MORE
    assert a.offset_map.to_raw(0) == raw.rindex(LEAD)
    # a short label between the copies: the first copy is chrome's, not where the report opens
    raw = "\n".join([TITLE, LEAD, "संवाददाता समाचार डेस्क", "नई दिल्ली। " + LEAD, MORE])
    b = clean(raw)
    assert b.text == LEAD + "\n" + MORE
    assert b.offset_map.to_raw(0) == raw.rindex(LEAD)
