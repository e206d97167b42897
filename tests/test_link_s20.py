"""A home body named without its country (issue #16): ``विदेश मंत्रालय`` on its own is India's
in Indian news, but another country's where the report around it is about that country.
Sentences written for these tests."""

from conftest import linked_mentions

from sambandh.config import Config
from sambandh.model import Article
from sambandh.pipeline import Pipeline, article_stages
from sambandh.read import record_from_obj


def linked(rec, text):
    mentions = linked_mentions(rec, text)
    return [(text[m.start : m.end], m.entity_id) for m in mentions]


def ids_of(pairs, surface):
    return [e for s, e in pairs if s == surface]


def test_a_bare_ministry_after_a_foreign_minister_is_his_countrys(rec):
    text = "पाकिस्तान के रक्षा मंत्री ख्वाजा आसिफ ने सोमवार को संसद में भाषण दिया। बाद में रक्षा मंत्रालय ने एक बयान जारी किया।"
    assert ids_of(linked(rec, text), "रक्षा मंत्रालय") == ["agent:gov:pk"]


def test_a_bare_ministry_in_the_same_sentence_as_a_foreign_army(rec):
    text = "बांग्लादेशी सेना के अफसरों की सूची गृह मंत्रालय को भेजी गई।"
    assert ids_of(linked(rec, text), "गृह मंत्रालय") == ["agent:gov:bd"]


def test_a_bare_ministry_with_nothing_foreign_around_it_stays_indias(rec):
    text = (
        "पाकिस्तान के रक्षा मंत्री ख्वाजा आसिफ ने सोमवार को भाषण दिया। मौसम अच्छा रहा। "
        "दिल्ली में बारिश हुई। बाद में रक्षा मंत्रालय ने एक बयान जारी किया।"
    )
    assert ids_of(linked(rec, text), "रक्षा मंत्रालय") == ["org:mod_in"]


def test_two_countries_equally_near_keep_the_home_body(rec):
    text = "पाकिस्तानी सेना और भारतीय सेना के अफसर मिले। विदेश मंत्रालय ने बैठक की पुष्टि की।"
    assert ids_of(linked(rec, text), "विदेश मंत्रालय") == ["org:mea"]


def test_a_body_named_by_one_countrys_own_name_is_never_moved(rec):
    # an acronym and a central body are India's whoever was named before them
    text = "पाकिस्तानी सेना के अफसर आए। केंद्रीय गृह मंत्रालय और CBI ने जांच शुरू की।"
    pairs = linked(rec, text)
    assert "agent:gov:pk" not in {e for _, e in pairs}, pairs


def _run(raw):
    config = Config()
    keep = ("decode", "extract", "clean", "language", "segment", "timex", "entities", "link")
    stages = [s for s in article_stages(config) if s.name in keep]
    rec_ = record_from_obj("t.jsonl#1", {"id": "1", "text": raw, "published": "2025-05-10"})
    (item,) = list(Pipeline(stages).run(iter([rec_])))
    assert isinstance(item, Article)
    return [(item.text[m.start : m.end], m.entity_id) for m in item.mentions if m.source != "dateline"]


def test_a_report_datelined_abroad_gives_a_bare_ministry_its_country():
    raw = (
        "इस्लामाबाद, 9 मई (भाषा)। देश में बिजली की भारी कमी बनी हुई है और कई शहरों में लोग परेशान हैं। "
        "विदेश मंत्रालय ने शुक्रवार को कहा कि बातचीत का रास्ता खुला है।"
    )
    assert ids_of(_run(raw), "विदेश मंत्रालय") == ["agent:gov:pk"]


def test_a_report_datelined_at_home_keeps_a_bare_ministry_indian():
    raw = (
        "नई दिल्ली, 9 मई (भाषा)। देश में बिजली की भारी कमी बनी हुई है और कई शहरों में लोग परेशान हैं। "
        "विदेश मंत्रालय ने शुक्रवार को कहा कि बातचीत का रास्ता खुला है।"
    )
    assert ids_of(_run(raw), "विदेश मंत्रालय") == ["org:mea"]


def test_a_foreign_mission_or_envoy_says_nothing_of_whose_the_ministry_is(rec):
    # a mission and an envoy sit in the host country: the ministry that summons them is the host's
    text = (
        "ब्रिटिश उच्चायोग के एक अधिकारी को विदेश मंत्रालय ने तलब किया। "
        "इसके बाद पाकिस्तान के राजदूत साद वड़ैच को भी विदेश मंत्रालय बुलाया गया।"
    )
    assert ids_of(linked(rec, text), "विदेश मंत्रालय") == ["org:mea", "org:mea"]


def test_a_foreign_leader_visiting_the_home_country_leaves_its_ministry_home(rec):
    # the home country named beside the foreign leader is as near as his country
    text = "नेपाल के प्रधानमंत्री पुष्प कमल दहाल तीन दिन के दौरे पर भारत पहुंचे। विदेश मंत्रालय के प्रवक्ता ने दौरे की जानकारी दी।"
    assert ids_of(linked(rec, text), "विदेश मंत्रालय") == ["org:mea"]


def test_a_line_break_after_a_full_stop_is_one_sentence_end(rec):
    # the sentence before is the one with words in it, not an empty one between the stop and the break
    text = "पाकिस्तानी सेना के अफसरों की सूची बनी.\nरक्षा मंत्रालय ने सूची पर विचार किया."
    assert ids_of(linked(rec, text), "रक्षा मंत्रालय") == ["agent:gov:pk"]


def test_a_demonym_right_before_a_ministry_makes_it_that_countrys(rec):
    text = "चीनी विदेश मंत्रालय ने नई नीति की घोषणा की, पर भारतीय विदेश मंत्रालय चुप रहा।"
    assert ids_of(linked(rec, text), "विदेश मंत्रालय") == ["agent:gov:cn", "org:mea"]
