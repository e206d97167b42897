"""Time expressions: detection and TIMEX3 values, with and without a publication date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sambandh.timex import find_timexes


def values(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return [(text[t.start : t.end], t.type, t.value) for t in find_timexes(text, published)]


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    # 2021-09-30 was a Thursday
    assert values("मंत्री ने गुरुवार को कहा।", "2021-09-30") == [("गुरुवार", "DATE", "2021-09-30")]
    assert values("मंत्री बुधवार को पहुंचे।", "2021-09-30") == [("बुधवार", "DATE", "2021-09-29")]
    assert values("बीते शुक्रवार को बैठक हुई।", "2021-09-30") == [("बीते शुक्रवार", "DATE", "2021-09-24")]
    # future tense: the next such day
    assert values("वे सोमवार को दिल्ली आएंगे।", "2021-09-30") == [("सोमवार", "DATE", "2021-10-04")]
    assert values("मंत्री ने गुरुवार को कहा।") == [("गुरुवार", "DATE", "XXXX-WXX-4")]


def test_dates_glued_devanagari_digits_and_english():
    assert values("इससे पहले 14सितंबर को बात हुई।", "2021-09-30") == [("14सितंबर", "DATE", "2021-09-14")]
    assert values("२२ अप्रैल २०२५ को हमला हुआ।") == [("२२ अप्रैल २०२५", "DATE", "2025-04-22")]
    assert values("Posted 30-Sep-2021 by staff") == [("30-Sep-2021", "DATE", "2021-09-30")]
    assert values("They met on April 22, 2021 in Delhi.") == [("April 22, 2021", "DATE", "2021-04-22")]
    # a date later in the year than a past-tense report is last year's
    assert values("22 दिसंबर को हमला हुआ था।", "2021-09-30") == [("22 दिसंबर", "DATE", "2020-12-22")]


def test_relative_expressions_follow_the_anchor_and_the_tense():
    pub = "2021-09-30"
    assert values("इसी साल अप्रैल महीने में वे गए थे।", pub) == [("इसी साल अप्रैल महीने", "DATE", "2021-04")]
    assert values("पिछले साल समझौता हुआ था।", pub) == [("पिछले साल", "DATE", "2020")]
    assert values("पिछले महीने बातचीत हुई।", pub) == [("पिछले महीने", "DATE", "2021-08")]
    assert values("वे अगले सप्ताह आएंगे।", pub) == [("अगले सप्ताह", "DATE", "2021-W40")]
    assert values("कल उन्होंने कहा था।", pub) == [("कल", "DATE", "2021-09-29")]
    assert values("कल वे रवाना होंगे।", pub) == [("कल", "DATE", "2021-10-01")]
    assert values("पांच साल पहले यह हुआ।", pub) == [("पांच साल पहले", "DATE", "2016")]
    assert values("last year they met", pub) == [("last year", "DATE", "2020")]
    assert values("पिछले साल 31 जुलाई को", pub) == [("पिछले साल 31 जुलाई", "DATE", "2020-07-31")]


def test_durations_sets_and_times():
    assert values("तीन दिवसीय दौरे पर") == [("तीन दिवसीय", "DURATION", "P3D")]
    assert values("करीब 19 घंटे की यात्रा") == [("19 घंटे", "DURATION", "PT19H")]
    assert values("हर साल सम्मेलन होता है") == [("हर साल", "SET", "P1Y")]
    assert values("पिछले चार सालों में") == [("पिछले चार सालों", "DURATION", "P4Y")]
    assert values("शाम 5 बजे", "2021-09-30") == [("शाम 5 बजे", "TIME", "2021-09-30T17:00")]
    assert values("1990 के दशक में") == [("1990 के दशक", "DATE", "199")]


def test_not_times():
    assert values("S-400 मिसाइल प्रणाली") == []
    assert values("कल-कारखाने बंद रहे") == []
    assert values("") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="गुरुवार को 14सितंबर पिछले साल अगले 2021 S-400 कल आज\u200d\n।.", max_size=120),
       st.sampled_from([None, "2021-09-30", "2000-02-29"]))  # fmt: skip
def test_offsets_stay_in_bounds_and_values_are_strings(text: str, published: str | None):
    for t in find_timexes(text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert isinstance(t.value, str) and t.value


def test_a_clock_time_written_with_a_dot_takes_the_day_it_is_attached_to():
    # 2019-02-25 was a Monday
    assert values("On Sunday at about 5.15 pm, the two ministers met in Geneva.", "2019-02-25") == [
        ("Sunday at about 5.15 pm", "TIME", "2019-02-24T17:15")]  # fmt: skip
    assert values("The talks began at 10.30 am.", "2019-02-25") == [("10.30 am", "TIME", "2019-02-25T10:30")]


def test_a_clock_after_a_day_and_its_day_part_is_one_time_that_evening():
    # 2019-02-25 was a Monday; Friday before it the 22nd
    assert values("शुक्रवार शाम 5:30 बजे दोनों नेताओं की मुलाकात हुई।", "2019-02-25") == [
        ("शुक्रवार शाम 5:30 बजे", "TIME", "2019-02-22T17:30")]  # fmt: skip


def test_a_weekday_in_the_future_tense_may_be_the_day_of_publication_itself():
    # 2016-09-16 was a Friday: "will meet on Friday", published that Friday, is that day
    assert values("मंत्री शुक्रवार को प्रधानमंत्री से मुलाकात करेंगे।", "2016-09-16") == [
        ("शुक्रवार", "DATE", "2016-09-16")]  # fmt: skip
    assert values("वे अगले शुक्रवार को आएंगे।", "2016-09-16") == [("अगले शुक्रवार", "DATE", "2016-09-23")]
    assert values("वे शनिवार को आएंगे।", "2016-09-16") == [("शनिवार", "DATE", "2016-09-17")]


def test_after_a_weekdays_midnight_is_the_next_day():
    # 2024-03-14 was a Thursday; the Monday before it the 11th
    assert values("पुलिस ने सोमवार आधी रात के बाद गोदाम पर छापा मारा।", "2024-03-14") == [
        ("सोमवार आधी रात", "DATE", "2024-03-12")]  # fmt: skip
    assert values("रविवार की आधी रात के बाद तस्करों ने नदी पार की।") == [("रविवार की आधी रात", "DATE", "XXXX-WXX-1")]
    assert values("शनिवार आधी रात के बाद तेज आंधी चली।") == [("शनिवार आधी रात", "DATE", "XXXX-WXX-7")]
    # at midnight, not after it: still the day named
    assert values("पुलिस ने सोमवार आधी रात को गोदाम पर छापा मारा।", "2024-03-14") == [
        ("सोमवार आधी रात", "DATE", "2024-03-11")]  # fmt: skip


def test_a_day_and_month_with_a_slash_where_the_day_cannot_be_a_month():
    assert values("उसने कहा कि 19/7 के धमाकों की जांच पूरी हुई।") == [("19/7", "DATE", "XXXX-07-19")]
    assert values("The 17/3 blasts were investigated.", "2021-09-30") == [("17/3", "DATE", "2021-03-17")]
    assert values("२३/१० को फैसला आया।") == [("२३/१०", "DATE", "XXXX-10-23")]
    # a month first, a fraction, a score, an impossible day, a full date: not this reading
    assert values("अनुपात 3/4 रहा, स्कोर 245/6 और 11/12 भी।") == []
    assert values("31/2 और 45/3 नहीं।") == []
    assert values("29/09/2021 को") == [("29/09/2021", "DATE", "2021-09-29")]


def test_a_short_weekday_keeps_a_clock_longer_than_itself_and_its_day_part():
    # "सोमवार सुबह" is shorter than "सुबह 11:45 बजे": the day must not be lost to the longer clock
    assert values("पुलिस ने बताया कि सोमवार सुबह 11:45 बजे जवान गांव पहुंचे।", "2019-02-27") == [
        ("सोमवार सुबह 11:45 बजे", "TIME", "2019-02-25T11:45")]  # fmt: skip
    assert values("बुधवार रात 10:15 बजे बैठक हुई।", None) == [("बुधवार रात 10:15 बजे", "TIME", "XXXX-WXX-3T22:15")]


def test_a_weekday_with_last_after_it_and_a_clock_time_is_one_time_that_day():
    # 2021-09-30 was a Thursday; the Saturday before it the 25th
    assert values("On Saturday last at about 4.30 pm, the police reached the village.", "2021-09-30") == [
        ("Saturday last at about 4.30 pm", "TIME", "2021-09-25T16:30")]  # fmt: skip
    assert values("They met on Monday last.", "2021-09-27") == [("Monday last", "DATE", "2021-09-20")]
    assert values("They will meet on Friday next.", "2021-09-30") == [("Friday next", "DATE", "2021-10-01")]


def test_one_word_scan_finds_what_each_rule_finds_alone():
    # the single pass over word starts must give each rule exactly its own finditer's matches:
    # overlapping rules, a rule matching twice in a row, glued digits, a rule with a top-level
    # branch that needs no word start (left to its own scan), Latin words in either case
    from sambandh.timex import _RULES, _rule_matches, _scan

    texts = [
        "पिछले साल 14सितंबर को और इसी साल अप्रैल में दो दिवसीय बैठक हुई; अगले सप्ताह फिर मिलेंगे।",
        "Last Tuesday, on April 22, 2021 at 5 pm, and again in the 1990s; हर साल 26/11 को।",
        "गुरुवार शाम 5:30 बजे तीन घंटे तक, फिर 2021-09-29 और 29.9.2021 को; सालों से कई महीनों तक।",
        "x2021 में 1 से 3 मार्च तक, 30 अप्रैल से 16 मई तक; 21वीं सदी के दशक में, कल-कारखाने।",
        # letters that match others only when case is ignored (long s, the Kelvin sign, dotted I)
        "On 5 ſeptember, last ſunday, NEXT MONTH, İn 2019 and \u212a days later; MARCH 3rd.",
        "",
    ]
    scan, scanned, others = _scan()
    assert scanned and scan.groups == len(scanned) and len(scanned) + len(others) == len(_RULES)
    for text in texts:
        got = [[(m.span(), m.groupdict()) for m in ms] for ms in _rule_matches(text)]
        want = [[(m.span(), m.groupdict()) for m in pat.finditer(text)] for _kind, pat in _RULES]
        assert got == want
    assert any(_rule_matches(t)[i] for t in texts for i in scanned)


def test_first_chars_is_a_class_only_where_every_match_opens_with_one_of_them():
    import re

    from sambandh.timex import _first_chars

    cls = _first_chars(r"(?<!x)(?:(?:ab|[0-9]c)\s*)?(?=q)d{1,2}", re.IGNORECASE)
    assert cls is not None
    opens = re.compile(cls, re.IGNORECASE)
    assert all(opens.match(ch) for ch in "aA05dD") and not any(opens.match(ch) for ch in "bcqx ")
    assert _first_chars(r"[^a]b", 0) is None  # a negated class
    assert _first_chars(r"a?", 0) is None  # may match empty
    assert _first_chars(r"(?i:a)b", 0) is None  # a group that changes the flags


def test_today_named_again_by_its_weekday_or_date_is_that_day():
    # with no publication date, "आज" is unknown and its weekday or date is what the text fixes
    assert values("आज सोमवार को दोनों मंत्री मिले।") == [("आज सोमवार", "DATE", "XXXX-WXX-1")]
    assert values("आज यानी शुक्रवार 9 मई को समझौता हुआ।") == [("आज यानी शुक्रवार 9 मई", "DATE", "XXXX-05-09")]
    assert values("Today, i.e. Friday, the envoys met.") == [("Today, i.e. Friday", "DATE", "XXXX-WXX-5")]
    # (2025-05-09 was a Friday) with one, today is that day
    assert values("आज यानी शुक्रवार को समझौता हुआ।", "2025-05-09") == [("आज यानी शुक्रवार", "DATE", "2025-05-09")]
    # two dates that are not today stay two
    assert len(values("9 मई यानी तीन दिन बाद बैठक होगी।")) == 2


def test_an_english_bare_month_after_a_preposition_is_that_month():
    assert values("Earlier in Oct, the ministry had rejected the claim.") == [("in Oct", "DATE", "XXXX-10")]
    assert values("Talks have stalled since March.", "2024-10-07") == [("since March", "DATE", "2024-03")]
    # a day after the month is the day's ("in Oct 5" is no month), and "may" is no month without a preposition
    assert values("The envoys met in Oct 5.") == [("Oct 5", "DATE", "XXXX-10-05")]
    assert values("He may in turn reply.") == []


def test_two_weekdays_joined_are_a_stretch_of_days_and_each_reads_alone_unjoined():
    assert values("सोमवार से बुधवार तक वार्ता चलेगी।") == [("सोमवार से बुधवार", "DURATION", "PXD")]
    found = find_timexes("सोमवार से बुधवार तक वार्ता चलेगी।", join=False)
    assert [t.value for t in found] == ["XXXX-WXX-1", "XXXX-WXX-3"]


def test_weekday_named_reads_the_weekday_word_of_a_span():
    from sambandh.timex import weekday_named

    assert weekday_named("शनिवार, 14 जून") == 6
    assert weekday_named("Thursday, June 26") == 4
    assert weekday_named("14 जून") is None


def test_a_weekday_takes_the_tense_of_its_own_verb_not_of_a_later_clause():
    # 2021-09-28 was a Tuesday: a past arrival on Wednesday is the week before, whatever is said will happen
    pub = "2021-09-28"
    assert values("मंत्री बुधवार को दिल्ली आए और कहा कि वे फिर लौटेंगे।", pub)[0] == ("बुधवार", "DATE", "2021-09-22")
    assert values("मंत्री ने बुधवार को कहा कि वे दिल्ली जाएंगे।", pub)[0] == ("बुधवार", "DATE", "2021-09-22")
    assert values("On Wednesday the minister said that he will visit Delhi.", pub)[0] == (
        "Wednesday", "DATE", "2021-09-22")
    assert values("कल मंत्री दिल्ली पहुंचे, जहां वे दो दिन रहेंगे।", pub)[0] == ("कल", "DATE", "2021-09-27")
    # the future stays the future, a passive future too
    assert values("मंत्री बुधवार को दिल्ली आएंगे।", pub) == [("बुधवार", "DATE", "2021-09-29")]
    assert values("बुधवार को पुरस्कार दिए जाएंगे।", pub) == [("बुधवार", "DATE", "2021-09-29")]
    # "के लिए" (for) is no finished act, nor a passive that goes on ("लिया जाता")
    assert values("14 जून को छात्रों के लिए सूची जारी की जाएगी।", pub)[0] == ("14 जून", "DATE", "2022-06-14")
    assert values("5 जनवरी तक फैसला नहीं लिया जाता तो परियोजना रुक जाएगी।", pub)[0] == ("5 जनवरी", "DATE", "2022-01-05")


def test_an_iltimex_folder_reads_as_undated_pages_by_stem(tmp_path):
    from sambandh.evaluate import read_pages

    plain = tmp_path / "plain"
    plain.mkdir()
    body = "\nपटना।। मंत्री ने सोमवार को बैठक की।\n"
    (plain / "C-7.xml").write_text(f'<?xml version="1.0" ?>\n<DOC><TEXT>{body}</TEXT></DOC>\n', encoding="utf-8")
    (tmp_path / "C-7.xml").write_text("<DOC><TEXT>tagged copy, not read</TEXT></DOC>", encoding="utf-8")
    pages = read_pages(tmp_path)
    assert list(pages) == ["ilt-C-7"]
    page = pages["ilt-C-7"]
    assert page["published"] is None and page["language"] == "hi"
    assert page["text"].strip() == "पटना।। मंत्री ने सोमवार को बैठक की।"


def test_a_folder_without_articles_is_a_usage_error(tmp_path):
    from sambandh.errors import UsageError
    from sambandh.evaluate import read_pages

    with pytest.raises(UsageError):
        read_pages(tmp_path)


def test_an_ednil_token_file_reads_as_undated_pages_by_row(tmp_path):
    import json

    from sambandh.evaluate import read_pages

    lines = [{"docid": "flood-a.txt", "tokens": ["नदी", "में", "बाढ़", "आई", "।"]},
             {"docid": "fire-b.txt", "tokens": ["गोदाम", "में", "आग", "लगी"]}]  # fmt: skip
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    pages = read_pages(path)
    assert list(pages) == ["ednil-000", "ednil-001"]
    assert pages["ednil-001"]["text"] == "गोदाम में आग लगी"
    assert pages["ednil-000"]["published"] is None and pages["ednil-000"]["docid"] == "flood-a.txt"
