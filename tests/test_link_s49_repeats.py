"""A person named again (issue #16, session 49): a full name said again where the model left it is the same
person, and a part of a name said again alone opens a clause after a conjunction as it would a sentence.
Sentences written for these tests."""

import pytest

from sambandh.link import Linker
from sambandh.model import Mention


@pytest.fixture(scope="module")
def linker():
    return Linker()


def tagged(text: str, *names: str) -> list[Mention]:
    """A model PERSON mention at the first place of each of ``names``."""
    return [Mention(text.index(n), text.index(n) + len(n), "PERSON", "model") for n in names]


def people(linker: Linker, text: str, *names: str) -> list[tuple[str, str | None]]:
    """Link ``text`` with ``names`` tagged once each: the persons' surfaces and entity ids, in order."""
    mentions = tagged(text, *names)
    linker.link(text, mentions, None)
    return [(text[m.start : m.end], m.entity_id) for m in mentions if m.label == "PERSON"]


def test_a_full_name_said_again_untagged_is_the_same_person(linker):
    text = "गांव की सरपंच सरला चौधरी ने सभा बुलाई। लोगों ने बताया कि सरला चौधरी पानी की कमी से परेशान हैं।"
    got = people(linker, text, "सरला चौधरी")
    assert [s for s, _ in got] == ["सरला चौधरी", "सरला चौधरी"]
    assert got[0][1] == got[1][1]


def test_everyday_words_misread_as_a_name_are_not_carried(linker):
    # no word known to name people (a listed person's word, a listed first name, a common surname)
    text = "उसने कहा कि देश सेवा सबसे बड़ा काम है। वह भी देश सेवा करेगा।"
    mentions = tagged(text, "देश सेवा")
    linker.propagate_full_names(text, mentions)
    assert len(mentions) == 1


def test_a_full_name_inside_a_longer_name_or_before_a_body_head_is_left(linker):
    text = "सरला चौधरी ने कहा। उधर गीतिका सरला चौधरी आईं और सरला चौधरी स्कूल बंद रहा।"
    mentions = tagged(text, "सरला चौधरी")
    linker.propagate_full_names(text, mentions)
    assert len(mentions) == 1


def test_a_name_part_after_a_conjunction_that_opens_a_clause_stands_as_a_name(linker):
    text = "पुलिस ने तरुण बघेल और मनोज को पकड़ा। मनोज पहले से फरार था, जबकि तरुण उसी दुकान में काम करता था।"
    got = people(linker, text, "तरुण बघेल", "मनोज")
    assert "तरुण" in [s for s, _ in got]
    ids = {s: e for s, e in got}
    assert ids["तरुण"] == ids["तरुण बघेल"]


def test_a_name_part_mid_clause_before_an_everyday_word_is_still_left(linker):
    text = "पुलिस ने तरुण बघेल को पकड़ा। दुकान पर काम करता तरुण उसी दिन लौटा।"
    got = people(linker, text, "तरुण बघेल")
    assert [s for s, _ in got] == ["तरुण बघेल"]


def body(text: str, phrase: str) -> Mention:
    """The model's ORG over the first ``phrase`` of ``text``."""
    return Mention(text.index(phrase), text.index(phrase) + len(phrase), "ORG", "model")


def test_a_given_name_and_a_word_for_a_government_is_the_person_of_the_article(linker):
    text = "विधायक कमलेश पाठक ने सभा की। लोगों ने कहा कि कमलेश सरकार ने सड़क नहीं बनाई।"
    mentions = [*tagged(text, "कमलेश पाठक"), body(text, "कमलेश सरकार")]
    linker.link(text, mentions, None)
    got = [(text[m.start : m.end], m.label, m.entity_id) for m in mentions]
    assert [g[:2] for g in got] == [("कमलेश पाठक", "PERSON"), ("कमलेश", "PERSON")]
    assert got[0][2] == got[1][2]


def test_a_given_name_one_listed_person_opens_with_before_a_word_for_a_government_is_that_person(linker):
    text = "राज्य की शिवराज सरकार ने नई योजना की घोषणा की।"
    mentions = [body(text, "शिवराज सरकार")]
    linker.link(text, mentions, None)
    assert [(text[m.start : m.end], m.label, m.entity_id) for m in mentions] == [
        ("शिवराज", "PERSON", "person:shivraj-singh-chouhan")
    ]


def test_a_government_word_after_a_word_no_one_or_several_people_bear_stays_a_body(linker):
    for phrase in ("गठबंधन सरकार", "अशोक सरकार"):  # no listed person opens with it; several listed people do
        text = f"राज्य की {phrase} ने कहा कि काम होगा।"
        mentions = [body(text, phrase)]
        linker.person_governments(text, mentions)
        assert (text[mentions[0].start : mentions[0].end], mentions[0].label) == (phrase, "ORG")


def test_a_listed_place_or_body_before_a_word_for_a_government_is_never_made_a_person(linker):
    # each first word sounds like the opening of a listed person's name (the review found them turned into people)
    for phrase in ("चीन सरकार", "रूस सरकार", "इजराइल सरकार"):
        text = f"बैठक में {phrase} के प्रतिनिधि भी थे।"
        mentions = [body(text, phrase)]
        linker.person_governments(text, mentions)
        assert (text[mentions[0].start : mentions[0].end], mentions[0].label) == (phrase, "ORG")


def test_a_name_part_after_a_noun_a_genitive_governs_stands_as_name(linker):
    text = "दुकानदार तरुण बघेल ने चोरी देखी। उसने घटना की सूचना तरुण को दी और पुलिस बुलाई।"
    got = people(linker, text, "तरुण बघेल")
    assert [s for s, _ in got] == ["तरुण बघेल", "तरुण"]


def test_a_name_part_after_a_first_name_following_a_genitive_is_still_a_longer_name(linker):
    # "राहुल" is a listed first name: after "के" it opens another person's name, not a noun the genitive governs
    text = "सुनील बघेल ने कहा। पार्टी के राहुल बघेल को बुलाया गया।"
    mentions = tagged(text, "सुनील बघेल")
    linker.propagate_name_parts(text, mentions)
    assert len(mentions) == 1
