import datetime as dt

from sambandh import kb as kb_mod


def test_knowledge_base_covers_what_news_names():
    kb = kb_mod.load()
    labels = [e.label for e in kb.entities.values()]
    countries = [e for e in kb.entities.values() if e.kind == "country"]
    assert len(countries) >= 240
    assert labels.count("ORG") >= 40 and labels.count("WEAPON") >= 50
    people = [e for e in kb.entities.values() if e.label == "PERSON"]
    of_countries = {r.of for p in people for r in p.roles if r.of.startswith("country:")}
    assert len(of_countries) >= 30
    # every role points at an entity the knowledge base has
    assert all(r.of in kb.entities for p in people for r in p.roles)


def test_names_in_both_scripts_resolve_to_one_entity():
    kb = kb_mod.load()
    for name in ("एससीओ", "SCO", "शंघाई सहयोग संगठन"):
        assert [e.id for e in kb.lookup(name)] == ["org:sco"]
    assert kb.country_of("रूसी") == kb.country_of("Russian") == "country:ru"
    assert kb.lookup("अमरीका")[0].id == "country:us"


def test_roles_are_dated():
    kb = kb_mod.load()
    ru_defence_2021 = {e.id for e in kb.holders("defence_minister", "country:ru", dt.date(2021, 6, 28))}
    ru_defence_2025 = {e.id for e in kb.holders("defence_minister", "country:ru", dt.date(2025, 6, 26))}
    assert ru_defence_2021 == {"person:sergei-shoigu"}
    assert ru_defence_2025 == {"person:andrey-belousov"}


def test_a_user_knowledge_base_folder(tmp_path):
    for name in ("countries.tsv", "cities.tsv", "orgs.tsv", "weapons.tsv"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "people.tsv").write_text("Test Person\tटेस्ट पर्सन\t\tforeign_minister@zz:2020:\n", encoding="utf-8")
    kb = kb_mod.load_dir(tmp_path)
    assert kb.lookup("टेस्ट पर्सन")[0].roles[0].of == "country:zz"


def test_world_cities_from_geonames_add_to_the_hand_table_and_never_shadow_it():
    kb = kb_mod.load()
    world = [e for e in kb.entities.values() if e.weak]
    assert len(world) >= 1000 and all(e.id.startswith("city:") and e.country for e in world)
    assert kb.entities["city:lisbon"].kind == "capital" and kb.entities["city:lisbon"].country == "pt"
    assert not kb.entities["city:new-delhi"].weak  # the hand table wins
    # no generated name is a word of a listed person's name, an everyday word or a country
    person_words = {w for e in kb.entities.values() if e.label == "PERSON" for n in e.hindi_names() for w in n.split()}
    assert not [n for e in world for n in e.hindi_names() if n in person_words]
    assert not [e.id for e in world for n in e.names() if any(c.kind == "country" for c in kb.lookup(n))]


def test_a_short_generated_city_name_needs_the_model_to_read_a_name_there():
    from sambandh.entities import recognizer
    from sambandh.segment import split_sentences

    text = "सरकार ने नौकरियों में कोटा बढ़ाने का फैसला किया। जयशंकर लिस्बन पहुंचे।"
    found = {text[m.start : m.end]: m.kb_id for m in recognizer()(text, split_sentences(text))}
    assert "कोटा" not in found and found.get("लिस्बन") == "city:lisbon"


def test_a_person_is_one_line_and_shares_no_name_with_another_entity():
    people = [
        line.split("\t")[0]
        for line in (kb_mod.KB_DIR / "people.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    slugs = [kb_mod.slug(name) for name in people]
    assert len(slugs) == len(set(slugs)), "a person listed twice: extend the first line instead"
    kb = kb_mod.load()
    # a name two entities share links to neither; the one known case is a surname that is also a city
    allowed = {"austin"}
    shared = {
        key: ids
        for key, ids in kb.by_name.items()
        if len(ids) > 1 and any(i.startswith("person:") for i in ids) and key not in allowed
    }
    assert not shared


# the 193 member states of the United Nations, by their codes in countries.tsv
_UN_CODES = """
dz ao bj bw bf bi cv cm cf td km cg cd ci dj eg gq er sz et ga gm gh gn gw ke ls lr ly mg mw ml mr mu ma mz na ne ng
rw st sn sc sl so za ss sd tz tg tn ug zm zw ag ar bs bb bz bo br ca cl co cr cu dm do ec sv gd gt gy ht hn jm mx ni
pa py pe kn lc vc sr tt us uy ve af am az bh bd bt bn kh cn cy ge in id ir iq il jp jo kz kw kg la lb my mv mn mm np
kp om pk ph qa kr sa sg lk sy tj th tl tr tm ae uz vn ye al ad at by be ba bg hr cz dk ee fi fr de gr hu is ie it lv
li lt lu mt md mc me nl mk no pl pt ro ru sm rs sk si es se ch ua gb au fj ki mh fm nr nz pw pg ws sb to tv vu
"""
_UN_MEMBERS = _UN_CODES.split()


def test_people_name_the_heads_of_state_and_government_of_every_un_member():
    kb = kb_mod.load()
    assert len(set(_UN_MEMBERS)) == 193 and all(f"country:{c}" in kb.entities for c in _UN_MEMBERS)
    day = dt.date(2025, 10, 1)
    no_head = [c for c in _UN_MEMBERS if not kb.holders("head_of_state", f"country:{c}", day)]
    no_government = [c for c in _UN_MEMBERS if not kb.holders("head_of_government", f"country:{c}", day)]
    # Bosnia's and San Marino's heads of state are collective; Switzerland's government is the Federal Council
    assert set(no_head) <= {"ba", "sm"}
    assert set(no_government) <= {"bi", "gq", "gw", "sm", "ch"}
    # a realm's head of state is the British monarch; a name in Hindi news finds its holder
    assert {e.id for e in kb.holders("head_of_state", "country:ca", dt.date(2023, 5, 1))} == {"person:charles-iii"}
    assert [e.id for e in kb.lookup("पॉल कगामे")] == ["person:paul-kagame"]
    assert {e.id for e in kb.holders("head_of_government", "country:ro", dt.date(2019, 1, 1))} == {
        "person:viorica-dancila"
    }


def test_a_listed_entity_comes_before_a_generated_one_of_the_same_name():
    from sambandh import kb as kb_mod

    kb = kb_mod.load()
    found = kb.lookup("गुजरात")
    assert found and found[0].id == "region:gujarat"
    assert all(e.weak for e in found[1:])


def test_border_passes_and_pilgrim_places_in_english_news_are_listed():
    kb = kb_mod.load()
    assert kb.lookup("Nathu La")[0].id == kb.lookup("नाथू ला")[0].id
    assert kb.lookup("Doka La")[0].id == kb.lookup("डोकलाम")[0].id
    assert kb.lookup("Kailash Mansarovar")[0].label == "LOC"
    assert kb.lookup("External Affairs Ministry")[0].id == "org:mea"
    assert kb.lookup("Parliament House")[0].label == "FAC"


def test_the_shipped_knowledge_base_is_read_back_from_the_cache_as_built(tmp_path, monkeypatch):
    from sambandh import kb

    monkeypatch.setenv("SAMBANDH_MODEL_CACHE", str(tmp_path))
    built = kb._shipped()
    [cached] = tmp_path.glob("kb-*.pickle")
    calls = []
    monkeypatch.setattr(kb, "load_dir", lambda path: calls.append(path) or built)
    again = kb._shipped()  # read from the cache: nothing is built
    assert calls == []
    assert again.entities == built.entities and again.by_name == built.by_name
    assert again.by_sound == built.by_sound and again.by_skeleton == built.by_skeleton
    assert again.lookup("भारत") == built.lookup("भारत")
    # an unreadable file is built again and replaced
    cached.write_bytes(b"not a pickle")
    kb._shipped()
    assert len(calls) == 1 and cached.read_bytes() != b"not a pickle"
    # another build of the tables or the code is another file
    monkeypatch.setattr(kb, "_shipped_key", lambda: "another")
    kb._shipped()
    assert len(calls) == 2 and (tmp_path / "kb-another.pickle").exists()
