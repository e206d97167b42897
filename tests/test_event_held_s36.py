"""An event noun told as having taken place somewhere, the place no name (session 36, issue #15).

``_State._held_somewhere``: "<noun> में/पर हुई <event noun>" keeps an event with no actor found, as a
known place would (``_happening_at``); a time or who presides before the postposition is no place.
Sentences written for these tests.
"""

from conftest import annotate_text, events_of


def _types(text: str) -> set[str]:
    return {e["type"] for e in annotate_text(text, published="2024-05-10")["events"]}


def test_a_rally_held_at_an_unnamed_square_is_kept():
    assert "PROTEST" in _types("पुराने चौक पर हुई रैली में सैकड़ों लोग इकट्ठा हुए।")


def test_an_agreement_made_in_a_hotel_is_kept():
    assert "AGREE" in _types("पुराने शहर के एक होटल में हुए समझौते के बाद दोनों गुटों ने गोलीबारी बंद कर दी।")


def test_a_strike_going_on_in_a_market_is_kept():
    assert "PROTEST" in _types("पुराने बाज़ार में हो रही हड़ताल से दुकानें बंद हैं।")


def test_a_year_or_a_chair_before_the_postposition_is_no_place():
    assert "ASSAULT" not in _types("साल 2019 में हुए दंगों के बाद कई लोग नाराज़ हैं।")
    assert "CONSULT" not in _types("सचिव की अध्यक्षता में हुई बैठक में नया नियम तय हुआ।")


def test_a_participle_after_another_postposition_says_no_place():
    assert "CONSULT" not in _types("कंपनियों से हुई बातचीत के बारे में कुछ नहीं बताया गया।")


def test_protest_by_what_is_done_to_a_flag_a_barricade_or_a_copy():
    assert "PROTEST" in _types("नाराज़ छात्रों ने कॉलेज के बाहर बैरिकेड तोड़ दिए।")
    assert "PROTEST" in _types("विपक्षी विधायकों ने सदन में विधेयक की प्रतियां फाड़ीं।")
    assert "PROTEST" in _types("गुस्साए कार्यकर्ताओं ने दूतावास के बाहर ध्वज दहन किया।")


def test_an_embassy_opened_is_recognition():
    assert "SUPPORT" in _types("नेपाल अगले महीने अर्जेंटीना में दूतावास खोलेगा।")


def test_calling_a_rival_s_act_undemocratic_or_panicked_is_criticism():
    assert "ACCUSE" in _types("विपक्ष के नेता ने सरकार के फैसले को अलोकतांत्रिक बताया।")
    assert "ACCUSE" in _types("मंत्री ने विपक्ष के आरोपों को घबराहट से भरा बताया।")


def test_a_child_taken_away_by_force_is_a_seizure():
    assert "COERCE" in _types("पुलिस के मुताबिक चार बदमाश व्यापारी के बेटे को जबरन ले गए।")


def test_the_postposition_of_the_act_s_own_target_is_no_place():
    # a pact's clause: an attack on any one member, who is struck, not where anything happened
    assert "ASSAULT" not in _types("समझौते के तहत किसी एक सदस्य देश पर हुए हमले को सभी पर हमला माना जाएगा।")
    assert "ASSAULT" in _types("कस्बे के एक स्कूल में हुए हवाई हमले में छह लोग घायल हो गए।")


def test_the_venue_s_place_named_in_the_genitive_is_where_it_was_held():
    doc = annotate_text("मास्को के एक होटल में हुए समझौते के बाद दोनों गुटों ने गोलीबारी बंद कर दी।", published="2024-05-10")
    (agree,) = events_of(doc, "AGREE")
    assert (agree["place"] or {}).get("entity_id") == "city:moscow", agree["place"]


def test_an_event_noun_held_somewhere_leaves_the_clause_s_subject_to_the_act_after_it():
    doc = annotate_text("श्रीलंका के राष्ट्रपति ने भूटान के राजा से फोन पर बात की और सीमा पर हुए धमाके की निंदा की।",
                        published="2024-05-10")  # fmt: skip
    (condemn,) = events_of(doc, "ACCUSE")
    assert "country:lk" in {a["entity_id"] for a in condemn["actors"]}, condemn["actors"]
