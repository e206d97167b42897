from sambandh.langid import identify


def test_hindi_english_other_and_empty():
    assert identify("रूस और पाकिस्तान के बीच रक्षा सहयोग बढ़ाने पर सहमति बनी है।")[0] == "hi"
    assert identify("Russia and Pakistan agreed to deepen their defence cooperation.")[0] == "en"
    assert identify("रशिया आणि पाकिस्तान यांच्यातील संरक्षण सहकार्य वाढत आहे आणि भारत लक्ष ठेवून आहे")[0] not in ("hi", "en")
    assert identify("12 34 !!")[0] == "und"
    assert identify("भारत")[0] == "hi"
