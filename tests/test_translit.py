"""The Hindi romanisation model (sambandh/translit.py) and its shipped artifact."""

import json
from pathlib import Path

import pytest

from sambandh.translit import DEFAULT_MODEL, Transliterator, romanize_name, units

DAKSHINA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dakshina-hi"


def test_units_keep_a_consonant_with_its_sign_and_halves_apart():
    assert units("क्षेत्र") == ["क्", "षे", "त्", "र"]
    assert units("ज़िंदगी") == ["ज़ि", "ं", "द", "गी"]
    assert units("अंक") == ["अ", "ं", "क"]


def test_a_hand_made_model_decodes_the_spelling_its_counts_prefer():
    # two spellings of one unit; the counts after a history decide between them
    counts = {
        "": {"क|k": 3, "क|ka": 1, "ल|l": 4, "</s>": 4},
        "<s>\t<s>": {"क|ka": 3, "क|k": 1},
        "<s>\tक|ka": {"ल|l": 3},
        "क|ka\tल|l": {"</s>": 3},
    }
    model = Transliterator(3, counts, {"क": ["k", "ka"], "ल": ["l"]})
    assert model.romanize_word("कल") == "kal"
    assert model.romanize("कल Delhi") == "Kal Delhi"  # Latin words pass through


def test_the_shipped_model_romanises_names_as_hindi_writers_do():
    assert DEFAULT_MODEL.exists()
    assert romanize_name("सुषमा स्वराज") == "Sushma Swaraj"
    assert romanize_name("Rajnath Singh") == "Rajnath Singh"


@pytest.mark.skipif(not DAKSHINA.exists(), reason="needs ../shared/data/dakshina-hi (Dakshina lexicon)")
def test_the_shipped_model_scores_what_its_card_says_on_dakshina_dev():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "translit"))
    from train import score_words

    data = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    model = Transliterator.load(DEFAULT_MODEL)
    got = score_words(DAKSHINA / "hi.translit.sampled.dev.tsv", model.romanize_word)
    want = data["scores"]["dev_model"]
    assert got["any_spelling"] == want["any_spelling"] and got["most_attested"] == want["most_attested"]
    assert got["any_spelling"] > data["scores"]["dev_rules"]["any_spelling"] + 10  # the model beats the letter rules
