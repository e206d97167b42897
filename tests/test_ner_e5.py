"""The accurate NER (sambandh.ner_e5): the exported e5 tagger in the entity stage."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import run_cli

from sambandh.config import Config
from sambandh.entities import EntityRecognizer, model_folder
from sambandh.ner_e5 import E5Tagger, _transitions, _viterbi, is_model

FOLDER = model_folder("accurate")
TAGS = ["O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]


@pytest.fixture(scope="module")
def tagger() -> E5Tagger:
    return E5Tagger(FOLDER)


def test_the_shipped_folder_is_an_e5_tagger_and_the_fast_one_is_not():
    assert is_model(FOLDER)
    assert not is_model(model_folder(""))
    meta = json.loads((FOLDER / "meta.json").read_text(encoding="utf-8"))
    assert meta["tags"] == TAGS


def test_decoding_never_starts_a_name_inside_one():
    # the best tag of each word alone would be I-PERSON after O: illegal, so the decoder must choose
    lp = np.log(np.array([[0.9, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01], [0.1, 0.3, 0.5, 0.025, 0.025, 0.025, 0.025]]))
    path = [TAGS[k] for k in _viterbi(lp.astype(np.float32), _transitions(TAGS))]
    assert path[1] != "I-PERSON" or path[0] in ("B-PERSON", "I-PERSON")
    assert path == ["O", "B-PERSON"]


def test_tags_a_new_name_and_a_place(tagger: E5Tagger):
    words = ["कल", "सुरेंद्र", "पाल", "गोयल", "ने", "जयपुर", "में", "किसानों", "की", "एक", "सभा", "को", "संबोधित", "किया", "।"]
    tags = tagger.tag([words])[0]
    assert len(tags) == len(words)
    assert tags[1:4] == ["B-PERSON", "I-PERSON", "I-PERSON"], tags
    assert tags[5] == "B-LOC", tags
    assert tags[0] == "O" and tags[-1] == "O"


def test_the_tagger_reports_each_sentences_least_sure_tag_for_silver_data(tagger: E5Tagger):
    sents = [["कल", "सुरेंद्र", "पाल", "गोयल", "ने", "जयपुर", "में", "सभा", "की", "।"], ["ठीक", "है", "।"]]
    conf: list[float] = []
    assert tagger.tag(sents, confidence=conf) == tagger.tag(sents)  # asking for it changes no tag
    assert len(conf) == 2 and all(0.0 < c <= 1.0 for c in conf)


def test_a_sentence_longer_than_one_window_gets_a_tag_for_every_word(tagger: E5Tagger):
    words = [
        "सुरेंद्र",
        "पाल",
        "गोयल",
        "ने",
        "कहा",
        "कि",
        "गांव",
        "की",
        "सड़क",
        "और",
        "स्कूल",
        "का",
        "काम",
        "अगले",
        "महीने",
        "पूरा",
        "होगा",
        ",",
    ] * 12
    tags = tagger.tag([words, ["नमस्ते"]])
    assert [len(t) for t in tags] == [len(words), 1]
    assert tags[0][-18:-15] == ["B-PERSON", "I-PERSON", "I-PERSON"], tags[0][-18:-15]


def test_the_entity_stage_runs_on_the_accurate_model():
    from sambandh.segment import split_sentences

    accurate = EntityRecognizer(Config.build(ner_model="accurate"))
    assert accurate.nlp.pipe_names == ["e5_ner"]
    text = "कल सुरेंद्र पाल गोयल ने जयपुर में किसानों की एक सभा को संबोधित किया।"
    got = accurate(text, split_sentences(text))
    people = [text[m.start : m.end] for m in got if m.label == "PERSON"]
    assert people == ["सुरेंद्र पाल गोयल"], [(text[m.start : m.end], m.label) for m in got]


def test_eval_ner_runs_with_the_accurate_model_named_in_the_environment(tmp_path, monkeypatch):
    f = tmp_path / "gold.txt"
    f.write_text("सुरेंद्र\tB-NEP\nपाल\tI-NEP\nगोयल\tI-NEP\nजयपुर\tO\nगए\tO\n।\tO\n", encoding="utf-8")
    out = run_cli("eval", "ner", str(f), "--json", env={"SAMBANDH_NER_MODEL": "accurate"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["by_type"]["PERSON"]["f"] == 100.0
    monkeypatch.setenv("SAMBANDH_NER_MODEL", "accurate")
    assert is_model(model_folder(Config.build().ner_model))  # the variable names the e5 tagger's folder
