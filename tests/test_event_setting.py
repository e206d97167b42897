"""Where and when events happened (sambandh.events.setting): the finer place of a chain of names,
dates from the clause chain and the report's day, the place a scene is set in. Sentences written for these tests."""

from __future__ import annotations

from conftest import annotate_text, places_of

annotate = annotate_text


def places(doc: dict, type_: str) -> set[str | None]:
    return set(places_of(doc, type_))


def dates(doc: dict, type_: str) -> set[str | None]:
    return {(e["date"] or {}).get("value") for e in doc["events"] if e["type"] == type_}


def test_a_genitive_names_the_container_and_the_place_after_it_is_where():
    doc = annotate("सुरक्षाबलों ने सोमवार को छत्तीसगढ़ के सुकमा जिले में तीन नक्सलियों को गिरफ्तार किया।",
                   published="2024-03-12")  # fmt: skip
    assert places(doc, "COERCE") == {"city:sukma"}
    doc = annotate("Three Maoists were arrested by the police in Chhattisgarh's Sukma district on Monday.",
                   published="2024-03-12", language="en")  # fmt: skip
    assert places(doc, "COERCE") == {"city:sukma"}


def test_a_border_line_runs_through_the_district_named_after_it():
    doc = annotate("Pakistani troops violated the ceasefire along the Line of Control in Jammu and Kashmir's "
                   "Rajouri district on Tuesday, officials said.", published="2024-03-12", language="en")  # fmt: skip
    assert places(doc, "ASSAULT") == {"city:rajouri"}


def test_a_visit_to_a_place_named_with_its_country_happens_at_the_place():
    doc = annotate("रक्षा मंत्री राजनाथ सिंह मंगलवार को रूस के तातारस्तान गणराज्य पहुंचे।", published="2024-10-23")
    (visit,) = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert visit["place"]["entity_id"].startswith("new:")  # the republic, a place the knowledge base lacks
    assert "country:ru" in {a["entity_id"] for a in visit["actors"]}  # still a visit to Russia


def test_a_deed_done_at_a_place_with_par_happened_there_but_talk_about_a_place_did_not():
    doc = annotate("सोमवार को वाघा बॉर्डर पर पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।", published="2024-03-12")
    assert places(doc, "COERCE") == {"fac:attari-wagah-border"}
    doc = annotate("सुकमा कस्बे पर नक्सलियों ने हमला किया।", published="2024-03-12")
    assert places(doc, "ASSAULT") == {"city:sukma"}
    doc = annotate("भारत ने कश्मीर पर पाकिस्तान के बयान की निंदा की।", published="2024-03-12")
    assert places(doc, "ACCUSE") == {None}


def test_a_range_of_days_with_a_month_at_each_end_is_a_date_with_an_end():
    doc = annotate("प्रिंस विलियम 12 मई से 15 मई के बीच अपनी यात्रा के दौरान जापान के प्रधानमंत्री से मुलाकात करेंगे।",
                   published="2024-03-12")  # fmt: skip
    (meet,) = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert meet["date"]["value"] == "2024-05-12"


def test_a_verb_that_is_no_act_does_not_take_the_date_before_it():
    # "आई" (came) qualifies the report: the date is the criticism's
    doc = annotate("मार्च में आई एक रिपोर्ट में सरकार ने सेना की आलोचना की।", published="2024-06-12")
    assert dates(doc, "ACCUSE") == {"2024-03"}
    # an infinitive that is what a noun is about keeps the date inside it: the invitation is Monday's call's
    doc = annotate("जापान के प्रधानमंत्री ने सोमवार को भारत के राष्ट्रपति से फोन पर बात की। उन्होंने राष्ट्रपति को अगले "
                   "साल जापान आने का न्योता दिया।", published="2024-03-12")  # fmt: skip
    assert dates(doc, "CONSULT") == {"2024-03-11"}


def test_a_clock_time_after_a_day_is_on_that_day():
    doc = annotate("On Friday last at about 6.15 pm, Pakistani troops opened fire along the LoC in Poonch district, "
                   "officials said.", published="2024-03-12", language="en")  # fmt: skip
    assert dates(doc, "ASSAULT") == {"2024-03-08T18:15"}


def test_english_tells_the_day_after_the_verb_and_a_coarser_span_before_it_measures_from_elsewhere():
    doc = annotate("The move comes nearly a month after India had expelled a Pakistani diplomat on April 2.",
                   published="2024-05-06", language="en")  # fmt: skip
    assert {d[5:] for d in dates(doc, "SANCTION") if d} == {"04-02"}


def test_a_scenes_place_carries_to_the_acts_told_after_it_but_not_to_a_statement_or_quoted_words():
    doc = annotate("सोमवार को सुकमा जिले में सैकड़ों किसानों ने धरना दिया। पुलिस ने भीड़ पर लाठीचार्ज किया। मुख्यमंत्री "
                   "ने पुलिस की आलोचना की। मंत्री ने कहा, “पुलिस ने किसानों पर हमला किया।”",
                   published="2024-03-12")  # fmt: skip
    assert places(doc, "COERCE") == {"city:sukma"}  # other actors, the same scene
    assert places(doc, "ACCUSE") == {None}  # said wherever the speaker was
    assert places(doc, "ASSAULT") == {None}  # in quoted words


def test_an_act_takes_the_place_of_the_act_the_next_sentence_tells():
    doc = annotate("पाकिस्तानी सेना ने मंगलवार रात संघर्ष विराम का उल्लंघन किया। पुंछ जिले में नियंत्रण रेखा के पास भारी "
                   "गोलाबारी की गई।", published="2024-03-12")  # fmt: skip
    assert places(doc, "ASSAULT") == {"city:poonch"}
    doc = annotate("Pakistani troops violated the ceasefire on Tuesday night. They fired mortar shells on Indian posts "
                   "in Poonch district.", published="2024-03-12", language="en")  # fmt: skip
    assert places(doc, "ASSAULT") == {"city:poonch"}


def test_a_place_before_a_visits_noun_is_where_the_visit_and_its_meetings_happen():
    doc = annotate("रक्षा मंत्री राजनाथ सिंह ने अपने मॉस्को दौरे के दौरान रूस के रक्षा मंत्री से मुलाकात की।",
                   published="2024-03-12")  # fmt: skip
    assert places(doc, "CONSULT") == {"city:moscow"}


def test_a_scene_of_another_time_or_reported_words_does_not_give_its_place():
    # the sentence between tells an earlier meeting of another year: the agreement is the Tokyo talks'
    doc = annotate("भारत और जापान के विदेश मंत्रियों ने सोमवार को टोक्यो में वार्ता की। दोनों की पिछली वार्ता मार्च 2021 में "
                   "दिल्ली में हुई थी। वार्ता में दोनों पक्ष व्यापार बढ़ाने पर सहमत हुए।")  # fmt: skip
    assert places(doc, "AGREE") == {"city:tokyo"}
    # what a speaker says will happen is not seen at the scene the report is at
    doc = annotate("सोमवार को सुकमा जिले में सैकड़ों किसानों ने धरना दिया। कलेक्टर ने कहा कि मुख्यमंत्री अगले सप्ताह गृह "
                   "मंत्री अमित शाह से मुलाकात करेंगे।", published="2024-03-12")  # fmt: skip
    assert places(doc, "CONSULT") == {None}
    # a warning is said, wherever the speaker was
    doc = annotate("सोमवार को सुकमा जिले में सैकड़ों किसानों ने धरना दिया। पाकिस्तान ने भारत को जवाबी कार्रवाई की चेतावनी दी।",
                   published="2024-03-12")  # fmt: skip
    assert places(doc, "THREATEN") == {None}


def test_the_act_named_again_with_its_days_in_the_next_sentence_takes_them():
    # the drill is told without a date; the next sentence names it again after its days
    doc = annotate("भारत ने फ्रांस की नौसेना के साथ अरब सागर में युद्धाभ्यास किया। 4 से 9 मार्च के बीच हुए इस अभ्यास में "
                   "बीस जहाज़ शामिल थे।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "COOPERATE") == {"2024-03-04"}
    # the noun right before its day: "संघर्षविराम शुक्रवार को ..."
    doc = annotate("दोनों गुटों के बीच संघर्षविराम की घोषणा की गई है। अधिकारियों ने बताया कि संघर्षविराम शुक्रवार को सुबह से "
                   "लागू होगा।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "AGREE") == {"2024-03-22"}


def test_an_act_of_another_noun_does_not_take_the_next_sentences_date():
    doc = annotate("भारत ने फ्रांस की नौसेना के साथ अरब सागर में युद्धाभ्यास किया। 4 से 9 मार्च के बीच हुई इस बैठक में "
                   "बीस अधिकारी शामिल थे।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "COOPERATE") == {"2024-03-20"}  # the report's day


def test_the_day_a_sentence_without_an_act_gives_its_subject_dates_the_subjects_next_act():
    # the first sentence tells no act; its subject's trip in the next one is on that Tuesday
    doc = annotate("विदेश मंत्री एस जयशंकर मंगलवार को चार दिन की लंबी विदेश यात्रा के लिए निकलेंगे। वे ब्राज़ील और चिली की "
                   "यात्रा करेंगे।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "CONSULT") == {"2024-03-26"}
    doc = annotate("विदेश मंत्री एस जयशंकर मंगलवार को चार दिन की लंबी विदेश यात्रा के लिए निकले। उन्होंने ब्राज़ील और चिली "
                   "की यात्रा की।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "CONSULT") == {"2024-03-19"}
    # not when the tenses differ: a day past is no date of a trip still to come
    doc = annotate("विदेश मंत्री एस जयशंकर मंगलवार को चार दिन की लंबी विदेश यात्रा के लिए निकले। वे ब्राज़ील और चिली की "
                   "यात्रा करेंगे।", published="2024-03-20")  # fmt: skip
    assert dates(doc, "CONSULT") == {None}


def test_a_date_before_an_infinitive_the_act_came_after_gives_way_to_the_chains_day():
    # elected in July, arrived on Wednesday: the visit and the welcome are Wednesday's
    doc = annotate("श्रीलंका के राष्ट्रपति रानिल विक्रमसिंघे बुधवार को दिल्ली पहुंचे। 20 जुलाई को राष्ट्रपति चुने जाने के बाद "
                   "विक्रमसिंघे अपनी पहली विदेश यात्रा पर भारत आए हैं। विदेश मंत्री एस जयशंकर ने हवाई अड्डे पर उनकी अगवानी "
                   "की।", published="2022-09-10")  # fmt: skip
    assert dates(doc, "CONSULT") == {"2022-09-07"}


def test_an_act_told_as_claimed_takes_the_clause_chains_day():
    # (an arrest: deaths in the raid would be its toll, docs/events.md)
    doc = annotate("पुलिस ने सोमवार रात को शहर में छापे मारे। इस दौरान दो आतंकियों के पकड़े जाने की खबर है।",
                   published="2025-05-07")
    claimed = [e for e in doc["events"] if e["modality"] == "claimed"]
    assert claimed and {e["date"]["value"] for e in claimed} == {"2025-05-05"}


def test_a_place_in_a_where_clause_after_the_act_is_that_clauses_scene():
    doc = annotate("विदेश मंत्री एस जयशंकर इन दिनों जापान के दौरे पर हैं, जहां उन्होंने टोक्यो में जापान के प्रधानमंत्री से "
                   "मुलाकात की।", published="2025-05-07")  # fmt: skip
    by_mode = {e["mode"]: (e["place"] or {}).get("entity_id") for e in doc["events"]}
    assert by_mode["visit"] == "country:jp"
    assert by_mode["meet"] == "city:tokyo"


def test_an_act_under_way_in_reported_words_is_dated_when_they_were_said():
    doc = annotate("अप्रैल 2018 में संगठन के एक कमांडर ने स्वीकार किया था कि सरकार के साथ शांति वार्ता चल रही है।",
                   published="2024-05-07")  # fmt: skip
    assert dates(doc, "CONSULT") == {"2018-04"}
    # a done act in them is not: the talks may have been before
    doc = annotate("अप्रैल 2018 में विद्रोहियों के एक नेता ने कहा था कि सरकार के साथ शांति वार्ता हुई।", published="2024-05-07")
    assert dates(doc, "CONSULT") != {"2018-04"}
