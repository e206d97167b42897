"""Session 51, ents51 (issue #16): an English ministry named by its field in any case; a place read by the
words after it (``निवासी``, ``के विधायक``) or inside a listed town's genitive (``<town> के X में``); a word
the model read alone as a name that stands right before a copula or a light verb is the predicate, no name.
Sentences and names written for these tests."""

import pytest

from sambandh.entities import _predicate_nouns, recognizer
from sambandh.entities_frames import framed_settlements
from sambandh.model import Mention


def at(text: str, word: str, label: str, source: str = "kb", kb_id: str | None = None) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), label, source, kb_id=kb_id)


def kept(text: str, mentions: list[Mention]) -> list[str]:
    return [text[m.start : m.end] for m in _predicate_nouns(text, mentions)]


def framed(text: str, mentions: list[Mention]) -> list[str]:
    return [text[m.start : m.end] for m in framed_settlements(text, mentions)]


@pytest.mark.parametrize(
    ("chunk", "name"),
    [
        ("Officials of the foreign ministry met on Monday.", "foreign ministry"),
        ("A spokesman of the foreign affairs ministry said so.", "foreign affairs ministry"),
        ("Defence Ministry officials said so.", "Defence Ministry"),
        ("The health ministry issued a note.", "health ministry"),
    ],
)
def test_an_english_ministry_named_by_its_field_is_a_body_in_any_case(chunk, name):
    found = [chunk[m.start : m.end] for m in recognizer()._headed(chunk, 0) if m.label == "ORG"]
    assert found == [name]


def test_the_ministry_alone_names_no_body():
    chunk = "The ministry said the home secretary would visit."
    assert [m for m in recognizer()._headed(chunk, 0) if m.label == "ORG"] == []


def test_a_name_before_the_word_for_resident_is_a_place_and_again_bare():
    text = "धनौरी निवासी एक किसान घायल हुआ। धनौरी में तनाव है।"
    assert framed(text, []) == ["धनौरी", "धनौरी"]


def test_one_word_before_resident_and_no_function_word():
    text = "पुलिस ने बताया कि रतनगांवा निवासी युवक लौटा। वह कि निवासी नहीं।"
    assert framed(text, []) == ["रतनगांवा"]


def test_a_constituency_before_its_member_of_the_assembly_is_a_place():
    text = "बैठक सिरसौली के विधायक की अध्यक्षता में हुई।"
    assert framed(text, []) == ["सिरसौली"]


@pytest.mark.parametrize("text", ["वह पार्टी के विधायक हैं।", "उनकी मूल निवासी पत्नी आई।"])
def test_a_party_or_an_everyday_word_before_the_markers_is_no_place(text):
    assert framed(text, []) == []


def test_a_word_inside_a_listed_towns_genitive_before_the_locative_is_a_locality():
    text = "शव सीतापुर के धनौरी में मिला।"
    assert framed(text, [at(text, "सीतापुर", "GPE", kb_id="city:sitapur")]) == ["धनौरी"]


def test_an_everyday_word_or_a_country_before_the_genitive_makes_no_locality():
    text = "सीतापुर के बाजार में भीड़ थी। फ्रांस के धनौरी में कुछ नहीं।"
    mentions = [at(text, "सीतापुर", "GPE", kb_id="city:sitapur"), at(text, "फ्रांस", "GPE", kb_id="country:fr")]
    assert framed(text, mentions) == []


def test_a_word_the_article_writes_after_an_oblique_demonstrative_is_no_locality():
    text = "शव सीतापुर के सेतु में मिला। इस सेतु को नया बनाया गया।"
    assert framed(text, [at(text, "सीतापुर", "GPE", kb_id="city:sitapur")]) == []


def test_a_model_name_before_a_copula_is_the_predicate_there_and_after_a_postposition():
    text = "नतीजे से सब चकित हैं। लोग चकित थे। रमेश घर गया।"
    mentions = [at(text, "चकित", "LOC", "model"), at(text, "रमेश", "PERSON", "model")]
    mentions.insert(1, Mention(text.index("चकित", mentions[0].end), text.index("चकित", mentions[0].end) + 4, "LOC"))
    assert kept(text, mentions) == ["रमेश"]


def test_a_place_before_a_light_verb_is_the_predicate_but_a_person_stays():
    text = "सरकार की फजीहत हो गई। बाद में सुरेश कर रहा था।"
    mentions = [at(text, "फजीहत", "LOC", "model"), at(text, "सुरेश", "PERSON", "model")]
    assert kept(text, mentions) == ["सुरेश"]


@pytest.mark.parametrize(
    "text",
    [
        "उसका नाम चकोरी है। चकोरी घर गई।",  # named as a name
        "चकोरी ने कहा कि वह चकोरी है।",  # a doer elsewhere
    ],
)
def test_a_word_named_as_a_name_or_a_doer_stays(text):
    assert kept(text, [at(text, "चकोरी", "PERSON", "model")]) == ["चकोरी"]


def test_a_listed_name_or_another_rules_name_before_a_copula_stays():
    text = "उनके नेता सुरपुर हैं। मेहता हैं।"
    mentions = [at(text, "सुरपुर", "GPE", "model", kb_id="city:surpur"), at(text, "मेहता", "PERSON", "context")]
    assert kept(text, mentions) == ["सुरपुर", "मेहता"]


def test_the_other_end_of_a_joining_verb_from_a_listed_place_is_a_place():
    text = "नई रेल सीतापुर को धनौरी से जोड़ेगी। सड़क रतनगांवा को सीतापुर से जोड़ती है।"
    mentions = [at(text, "सीतापुर", "GPE", kb_id="city:sitapur")]
    second = text.index("सीतापुर", mentions[0].end)
    mentions.append(Mention(second, second + len("सीतापुर"), "GPE", "kb", kb_id="city:sitapur"))
    assert framed(text, mentions) == ["धनौरी", "रतनगांवा"]


def test_both_pairs_of_a_coordinated_joining_frame():
    text = "योजना सीतापुर को धनौरी से और बिछवल को रतनगांवा से जोड़ने की है।"
    assert framed(text, [at(text, "सीतापुर", "GPE", kb_id="city:sitapur")]) == ["धनौरी", "रतनगांवा"]


def test_no_joining_frame_without_a_listed_place():
    text = "मंत्री ने लोगों को पार्टी से जोड़ने की बात कही। युवाओं को धनौरी से जोड़ेंगे।"
    assert framed(text, []) == []


def test_a_person_named_as_the_predicate_before_a_copula_stays() -> None:
    # "the main accused is <name>": a noun before the name, so the name is no predicate noun
    from sambandh.entities import _predicate_nouns
    from sambandh.model import Mention

    text = "मुख्य आरोपी सलीम है। सलीम को पुलिस ने पकड़ा।"
    first, second = text.index("सलीम"), text.index("सलीम", text.index("है"))
    mentions = [Mention(at, at + 4, "PERSON", source="model") for at in (first, second)]
    assert _predicate_nouns(text, mentions) == mentions


@pytest.mark.parametrize("text", [
    "प्रदेश के विधायक बैठक में पहुंचे।",  # a kind of area before the marker
    "कॉलोनी निवासी लोगों ने शिकायत की।",
    "भाजपा के विधायक सदन से बाहर गए।",  # a party the tagger left untagged
    "मरीज को लखनऊ के केजीएमयू में भर्ती कराया गया।",  # an acronym: an institution, no locality
    "यह खबर लखनऊ के\nहजरतगंज में छपी।",  # a frame does not run across a line
])
def test_the_marker_and_town_frames_take_no_area_party_acronym_or_line_break(text: str) -> None:
    from sambandh.entities_frames import framed_settlements
    from sambandh.model import Mention

    at = text.find("लखनऊ")
    mentions = [Mention(at, at + 4, "GPE", source="kb", kb_id="city:lucknow")] if at >= 0 else []
    assert [text[m.start : m.end] for m in framed_settlements(text, mentions, frozenset())] == []
