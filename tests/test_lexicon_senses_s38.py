"""Session 38, issue #15: the sense of a predicate read from the class of a word before it in its clause
(``lang/hi/senses.tsv``, ``Lexicon._sense``). Each case beside its twin without the class word, which keeps
the entry's own sense. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sambandh.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lex():
    lexicon = load_lexicon("hi")
    assert lexicon is not None
    return lexicon


def _senses(lex, text: str) -> list[tuple[str, str]]:
    return [(m.entry.type, m.entry.mode) for m in lex.find(text)]


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        # a price: a purchase
        ("कंपनी ने दो अरब डॉलर में दस लड़ाकू विमानों का समझौता किया।", ("COOPERATE", "purchase")),
        # a court's instrument stayed: a rejection
        ("हाई कोर्ट ने निचली अदालत के फैसले पर रोक लगा दी।", ("REJECT", "reject")),
        # a stake taken back: a divestment
        ("विदेशी कोषों ने कंपनी से अपनी हिस्सेदारी वापस ले ली।", ("SANCTION", "sanction")),
        # an agenda finalised: talks
        ("अधिकारी नई व्यवस्था की रूपरेखा को अंतिम रूप दे रहे हैं।", ("CONSULT", "discuss")),
        # money promised: a pledge of aid
        ("मुख्यमंत्री ने पीड़ितों को पांच लाख रुपये देने का वादा किया।", ("AID", "economic")),
        # a child handed to kin: given back
        ("पुलिस ने लापता बच्चे को उसके माता-पिता के हवाले कर दिया।", ("CONCEDE", "return")),
        # a government challenged: criticism
        ("विपक्ष के नेता ने रैली में राज्य सरकार को खुलकर ललकारा।", ("ACCUSE", "criticize")),
        # an attack about policies: in words
        ("आर्थिक नीतियों को लेकर पूर्व मंत्री का सरकार पर हमला", ("ACCUSE", "criticize")),
        # a fine on a sanctioned body: a sanction
        ("अमेरिका ने प्रतिबंधित तेल कंपनियों पर भारी जुर्माना लगाया।", ("SANCTION", "sanction")),
        # one's own embassy closed: the mission withdrawn
        ("हालात बिगड़ने पर जापान ने राजधानी में अपना दूतावास बंद कर दिया।", ("RETREAT", "withdraw")),
    ],
)
def test_class_word_gives_the_sense(lex, text: str, sense: tuple[str, str]) -> None:
    assert _senses(lex, text) == [sense]


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("दोनों देशों ने व्यापार का समझौता किया।", ("AGREE", "sign")),
        ("सरकार ने चीनी के निर्यात पर रोक लगा दी।", ("SANCTION", "ban")),
        ("सरकार ने विवादित विधेयक वापस ले लिया।", ("RETREAT", "withdraw")),
        ("दोनों देशों ने व्यापार समझौते को अंतिम रूप दिया।", ("AGREE", "agree")),
        ("मुख्यमंत्री ने किसानों से नई नहर का वादा किया।", ("AGREE", "agree")),
        ("अमेरिका ने आरोपी को भारत के हवाले कर दिया।", ("COOPERATE", "judicial")),
        ("आतंकियों ने सेना के काफिले पर हमला किया।", ("ASSAULT", "attack")),
        ("अदालत ने दोषी व्यापारी पर जुर्माना लगाया।", ("COERCE", "sentence")),
        ("अमेरिका ने बातचीत के लिए ईरान पर दबाव बनाया।", ("REQUEST", "demand")),
        ("सरकार ने दूतावास बंद कर दिया।", ("SANCTION", "break_ties")),
        ("भारत ने फलस्तीन के लोगों के अधिकारों की वकालत की।", ("SUPPORT", "endorse")),
        ("दो विपक्षी दलों ने चुनाव से पहले हाथ मिलाया।", ("AGREE", "agree")),
        ("पुलिस ने उपद्रवियों के खिलाफ कार्रवाई की।", ("COERCE", "operation")),
        ("हमलावरों ने बाजार में लोगों को निशाना बनाया।", ("ASSAULT", "attack")),
        ("सम्मेलन के अंत में सदस्य देशों ने साझा प्रस्ताव को अपनाया।", ("AGREE", "agree")),
    ],
)
def test_without_the_class_word_the_entry_keeps_its_sense(lex, text: str, sense: tuple[str, str]) -> None:
    assert _senses(lex, text) == [sense]


@pytest.mark.parametrize(
    "text",
    [
        # समझौता as compromise on a value: no agreement between sides
        "मंत्री ने कहा कि देश की संप्रभुता से कोई समझौता नहीं होगा।",
        # pressure by troops: force, no demand made of anyone
        "विद्रोहियों के कब्जे वाले शहर पर सेना लगातार दबाव बना रही है।",
        # a policy advocated (the class word's genitive की is no complementizer कि, though folded alike)
        "कई सांसदों ने कर कानून में बदलाव की वकालत की।",
        # hands shaken in a crowd: a greeting
        "मंच से उतरकर नेता ने भीड़ में लोगों से हाथ मिलाया।",
        # a party's discipline: no operation
        "पार्टी ने बागी विधायकों के खिलाफ अनुशासनात्मक कार्रवाई की।",
        # the targets a sanction names: no attack
        "सरकार के ताजा प्रतिबंधों में दो बैंकों को निशाना बनाया गया है।",
        # a stance adopted: no declaration agreed to
        "नई सरकार ने पड़ोसी देश के प्रति सख्त रुख अपनाया है।",
    ],
)
def test_class_word_of_no_coded_act(lex, text: str) -> None:
    assert _senses(lex, text) == []


def test_class_word_in_another_clause_does_not_count(lex) -> None:
    # the price belongs to the clause before the comma (a purchase there); the agreement after it is one
    # between sides
    text = "पिछले साल दो अरब डॉलर में विमान खरीदे गए, अब दोनों देशों ने व्यापार का समझौता किया।"
    assert _senses(lex, text)[-1] == ("AGREE", "sign")


def test_text_ending_with_the_doer_after_an_event_noun(lex) -> None:
    # "X में <doer> ने" with nothing after: the noun alone, no verb of taking part to read (an IndexError on main)
    assert _senses(lex, "बैठक में दोनों मंत्रियों ने") == [("CONSULT", "meet")]
