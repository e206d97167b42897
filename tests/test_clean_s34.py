"""A newspaper's byline run into its dateline, closed by a double danda (session 34, issue #16), on
sentences we wrote: the byline is cut as a byline, the place is the dateline's."""

import pytest

from sambandh.clean import clean_article
from sambandh.model import Article

REPORT = "शहर के व्यापारियों ने मंगलवार को बिजली कटौती के विरोध में बाजार बंद रखा और प्रशासन को ज्ञापन सौंपा।"
MORE = "अधिकारियों ने कहा कि अगले सप्ताह से आपूर्ति सामान्य हो जाएगी।"


def clean(raw: str) -> Article:
    return clean_article(Article(source="t", raw=raw, raw_hash="h"))


@pytest.mark.parametrize("opening", ["सुनील वर्मा नई दिल्ली।। ", "वरिष्ठ संवाददाता लखनऊ ॥ ", "रीता सिंह पटना ।। "])
def test_a_byline_then_the_place_then_a_double_danda_is_cut_and_the_place_kept(opening: str) -> None:
    raw = opening + REPORT + "\n" + MORE
    a = clean(raw)
    place = opening.replace("।।", "").replace("॥", "").split()[-1]
    assert a.dateline is not None and a.dateline.place.endswith(place), a.dateline
    assert a.text == REPORT + "\n" + MORE
    reasons = {r.reason: raw[r.start : r.end] for r in a.removed}
    assert reasons["dateline"].startswith(a.dateline.place) and "byline" in reasons
    assert place not in reasons["byline"]


def test_a_byline_closed_first_leaves_the_place_opening_the_report() -> None:
    # the report may run on from the place ("नोएडा प्राधिकरण ने"): its words stay, the place is the dateline's
    report = "नोएडा प्राधिकरण ने बुधवार को सेक्टर के निवासियों के लिए नई पानी की लाइन बिछाने की योजना को मंजूरी दी।"
    for byline in ("नगर संवाददाता ॥ ", "एजेंसियां ।। "):
        a = clean(byline + report + "\n" + MORE)
        assert a.dateline is not None and a.dateline.place == "नोएडा"
        assert a.text == report + "\n" + MORE
        assert [r.reason for r in a.removed] == ["byline"]
    assert clean("एजेंसियां ।। " + report).dateline.agency == "एजेंसियां"


def test_a_place_the_report_opens_with_a_postposition_after_is_no_dateline() -> None:
    report = "मुंबई पर हुए हमले के बाद तटरक्षक बल ने समुद्र तट पर गश्त बढ़ा दी और मछुआरों की जांच शुरू की।"
    a = clean("राकेश कुमार ॥ " + report)
    assert a.dateline is None


def test_words_of_a_sentence_before_a_double_danda_are_no_byline() -> None:
    # a verse's double danda after a clause is no byline: its words hold a postposition
    a = clean("राम ने वन में तप किया ॥ नई दिल्ली में आज इस कथा का मंचन हुआ और दर्शकों ने कलाकारों की सराहना की।")
    assert a.dateline is None
