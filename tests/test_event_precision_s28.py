"""Fewer wrong events on news from outlets nobody tuned on (#15, session 28): what happens as a rule
is no act. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import annotate_text


@pytest.fixture(autouse=True)
def _no_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules are under test, not the precision model's ranking of what they find
    monkeypatch.setenv("SAMBANDH_EVENT_SCORER", "off")


def _types(text: str) -> list[str]:
    return [e["type"] for e in annotate_text(text, published="2024-03-05")["events"]]


def test_a_deed_in_the_present_of_habit_is_no_act():
    # a general truth or a habit: attacks that happen every few years, the action that is usually taken
    assert "ASSAULT" not in _types("नेता ने कहा कि इस शहर में हर दो साल बाद आतंकी हमले होते हैं।")
    assert "COERCE" not in _types("ऐसे मामलों में पुलिस आम तौर पर सख्त कार्रवाई करती है।")
    assert "CONSULT" not in _types("दोनों देशों के विदेश मंत्री हर साल मुलाकात करते हैं।")


def test_the_same_deeds_told_as_done_or_under_way_are_acts():
    assert "ASSAULT" in _types("आतंकवादियों ने मंगलवार को शहर के बाजार पर हमला किया।")
    assert "ASSAULT" in _types("पाकिस्तानी सेना सीमा पर लगातार गोलीबारी कर रही है।")
    assert "CONSULT" in _types("भारत के विदेश मंत्री ने मंगलवार को जापान के विदेश मंत्री से मुलाकात की।")


def test_a_statement_in_the_present_is_made_as_it_is_said():
    # "we condemn", "India supports": the present of a statement is the statement itself
    assert "ACCUSE" in _types("विदेश मंत्रालय ने कहा कि भारत पाकिस्तान के इस कदम की कड़ी निंदा करता है।")
    assert "SUPPORT" in _types("जापान इस प्रस्ताव का पूरा समर्थन करता है।")


def test_registering_a_police_case_is_a_suit_not_an_arrest():
    # docs/events.md: registering a police case is ACCUSE/sue, whatever the case is called
    for text in ("The police have registered a case against the two traders and are investigating.",
                 "पुलिस ने दोनों व्यापारियों के खिलाफ एफआईआर दर्ज की है।"):  # fmt: skip
        types = _types(text)
        assert "ACCUSE" in types
        assert "COERCE" not in types


def test_together_with_is_no_meeting():
    # "X के साथ मिलकर": together with X; the act is what they did together
    types = _types("इसरो ने डीआरडीओ के साथ मिलकर बुधवार को नई मिसाइल का सफल परीक्षण किया।")
    assert "CONSULT" not in types
    assert "MOBILIZE" in types
    types = _types("भारतीय सेना ने अमेरिकी सेना के साथ मिलकर राजस्थान में युद्धाभ्यास किया।")
    assert "CONSULT" not in types
    assert "COOPERATE" in types
    # having met someone is still a meeting
    assert "CONSULT" in _types("विदेश मंत्री ने मंगलवार को नेपाल के प्रधानमंत्री से मिलकर सीमा पर हालात की जानकारी दी।")


def test_an_act_offered_in_the_infinitive_is_that_act_offered():
    # as "मदद की पेशकश की" is an offer of help (AID, planned), so is "मदद करने की पेशकश की"; the offer is no
    # agreement of its own
    doc = annotate_text("चीन ने बाढ़ से जूझ रहे पाकिस्तान की मदद करने की पेशकश की।", published="2024-03-05")
    assert [(e["type"], e["modality"]) for e in doc["events"]] == [("AID", "planned")]
    types = _types("सरकार ने बातचीत में शामिल होने के लिए विद्रोही नेताओं को जेल से रिहा करने की पेशकश की है।")
    assert "CONCEDE" in types
    assert "AGREE" not in types


def test_what_is_asked_for_or_threatened_is_not_told_as_done():
    # an event noun in the genitive of a demand or a threat names what is asked for, not a happening
    types = _types("पाकिस्तान ने भारत से सीमा पर तनाव को लेकर बैठक की मांग की है।")
    assert "REQUEST" in types
    assert "CONSULT" not in types
    types = _types("ईरान ने अमेरिका को जवाबी हमले की धमकी दी।")
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_an_event_noun_before_other_words_is_still_an_event():
    # condemning an attack, or asking for an inquiry into it: the attack happened
    assert "ASSAULT" in _types("भारत ने पुलवामा में सुरक्षाबलों पर हुए आतंकी हमले की निंदा की।")
    assert "ASSAULT" in _types("कांग्रेस ने कश्मीर में सेना पर हमले की जांच की मांग की।")


def test_including_a_thing_is_no_admission():
    # admitting a member is an agreement; inducting aircraft or putting a word in a dictionary is not
    assert "AGREE" not in _types("नए लड़ाकू विमानों को अगले महीने वायुसेना में शामिल किया जाएगा।")
    assert "AGREE" not in _types("इस शब्द को पिछले साल शब्दकोश में शामिल कर लिया गया।")
    assert "AGREE" in _types("नाटो ने फिनलैंड को गठबंधन में शामिल कर लिया।")


def test_declining_to_comment_rejects_nothing():
    assert "REJECT" not in _types("विदेश मंत्रालय के प्रवक्ता ने इस रिपोर्ट पर टिप्पणी करने से इनकार कर दिया।")
    assert "REJECT" not in _types("The Chinese foreign ministry refused to comment on the report.")
    # refusing talks is a rejection
    assert "REJECT" in _types("पाकिस्तान ने भारत से बात करने से इनकार कर दिया।")


def test_denying_that_something_is_so_is_no_rejection():
    assert "REJECT" not in _types("विद्रोही गुट के प्रवक्ता ने इस बात से इनकार किया कि वे सरकार गिराना चाहते हैं।")
    assert "REJECT" not in _types("Pakistan's army denied that its troops had crossed the Line of Control.")
    # an infinitive followed by की (written like कि once spellings fold) still is a refusal
    assert "REJECT" in _types("ईरान ने अमेरिका के साथ होने वाली वार्ता का बहिष्कार करने की घोषणा की।")


def test_a_progressive_participle_before_a_noun_names_who():
    # "X का समर्थन कर रहे देशों": the countries that back X, no act of backing told
    types = _types("यूक्रेन का समर्थन कर रहे देशों से रूस ने संयम बरतने की अपील की।")
    assert "SUPPORT" not in types
    assert "REQUEST" in types
    assert "PROTEST" not in _types("सीमा की ओर कूच कर रहे किसानों को पुलिस ने अंबाला में रोक दिया।")
    # with its auxiliary the progressive tells the act
    assert "SUPPORT" in _types("अमेरिका यूक्रेन का समर्थन कर रहा है।")


def test_an_invitation_in_the_present_is_made_as_it_is_said():
    # inviting or apologising in the present is done by saying it, as a statement is
    doc = annotate_text("प्रधानमंत्री ने कहा कि मैं नेपाल के प्रधानमंत्री को भारत आने के लिए आमंत्रित करता हूं।",
                        published="2024-03-05")  # fmt: skip
    assert any(e["type"] == "CONSULT" and e["mode"] == "host" for e in doc["events"])


def test_what_a_protest_is_against_is_not_told_there():
    # "लाठीचार्ज के विरुद्ध धरना": the sit-in is told; the baton charge is told where it happened, if at all
    types = _types("पटना में छात्रों ने पुलिस के लाठीचार्ज के विरुद्ध मंगलवार को धरना दिया।")
    assert "PROTEST" in types
    assert "COERCE" not in types
