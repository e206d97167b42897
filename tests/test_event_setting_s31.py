"""Where and when events happened on explainer-style news (sambandh.events.setting, sambandh.timex), session 31.
Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text

from sambandh.timex import find_timexes

annotate = annotate_text


def told(doc: dict, type_: str) -> list[tuple[str | None, str | None]]:
    return [((e["date"] or {}).get("value"), (e.get("place") or {}).get("entity_id"))
            for e in doc["events"] if e["type"] == type_]


def test_a_date_glued_to_a_danda_is_read():
    text = "पटना 14 मार्च।राज्य सरकार ने आज बैठक की।"
    assert [t.value for t in find_timexes(text, None)][:1] == ["XXXX-03-14"]


def test_a_statement_about_an_attack_elsewhere_is_made_where_the_report_is_filed():
    doc = annotate("नई दिल्ली, 3 मार्च (भाषा) भारत ने नैरोबी में एक बाजार पर हुए आतंकी हमले की कड़ी निंदा की है।")
    assert [p for _, p in told(doc, "ACCUSE")] == ["city:new-delhi"]


def test_a_bound_date_does_not_date_the_act():
    doc = annotate("प्रशासन ने सोमवार को 9 मई तक जिले में सभाओं पर प्रतिबंध लगा दिया है।")
    assert [d for d, _ in told(doc, "SANCTION")] == ["XXXX-WXX-1"]


def test_an_act_in_a_when_clause_takes_the_date_of_the_clause_before():
    doc = annotate("मंगलवार को छात्रों को पुलिस ने रास्ते में रोककर हिरासत में लिया, जब वे मंत्रालय का घेराव करने निकले थे।")
    assert [d for d, _ in told(doc, "PROTEST")] == ["XXXX-WXX-2"]


def test_a_relative_date_reads_from_the_dateline_day():
    doc = annotate("नई दिल्ली, 11 जून (भाषा) भारत ने आज पाकिस्तान के उच्चायुक्त को तलब किया।", published="2024-06-12")
    assert [d for d, _ in told(doc, "ACCUSE")] == ["2024-06-11"]


def test_an_attack_a_condemnation_is_about_takes_its_own_day_not_the_condemnation_s():
    doc = annotate("नैरोबी में हुए आतंकी हमले की भारत ने बुधवार को कड़ी निंदा की। मंगलवार को हुए इस हमले में 20 लोग मारे गए।")
    dates = {e["type"]: (e["date"] or {}).get("value") for e in doc["events"]}
    assert dates.get("ACCUSE") == "XXXX-WXX-3"
    assert dates.get("ASSAULT") == "XXXX-WXX-2"


def test_around_a_place_is_there():
    doc = annotate("चीन ने जापान के चारों ओर बड़ा सैन्य अभ्यास किया।")
    assert [p for _, p in told(doc, "MOBILIZE")] == ["country:jp"]


def test_a_body_seated_at_a_place_acts_there():
    doc = annotate("काबुल स्थित भारतीय दूतावास ने भारतीय नागरिकों को सतर्क रहने की सलाह दी है।")
    assert [p for _, p in told(doc, "REQUEST")] == ["city:kabul"]


def test_here_before_the_act_is_the_dateline_city():
    # (a place after the act is the next clause's)
    doc = annotate("नई दिल्ली, 3 मार्च (भाषा) भारत ने आज नेपाल के राजदूत को यहां तलब कर काठमांडू में अपने दूत के जरिए भी "
                   "विरोध दर्ज कराया।")
    assert [p for _, p in told(doc, "ACCUSE")][:1] == ["city:new-delhi"]


def test_here_after_a_genitive_is_someone_s_home_not_the_dateline_city():
    doc = annotate("नई दिल्ली, 3 मार्च (भाषा) भारत ने आज नेपाल के राजदूत को उनके यहां तलब कर काठमांडू में अपने दूत के जरिए "
                   "भी विरोध दर्ज कराया।")
    assert "city:new-delhi" not in [p for _, p in told(doc, "ACCUSE")]


def test_a_court_its_country_s_demonym_names_sits_in_that_country():
    doc = annotate("एक ईरानी अदालत ने दो विदेशी नागरिकों को जासूसी का दोषी करार दिया।")
    assert [p for _, p in told(doc, "COERCE")] == ["country:ir"]


def test_arrested_from_a_place_right_before_the_verb_is_arrested_there():
    doc = annotate("पुलिस ने दो संदिग्धों को बीते साल 4 जून को लद्दाख से गिरफ्तार किया था।")
    assert [p for _, p in told(doc, "COERCE")] == ["city:ladakh"]
