"""Shortcuts taken for speed (#21, session 26) give what the slower way gave."""

from __future__ import annotations

import itertools
import math
import random
import re
from difflib import get_close_matches

import pytest

from sambandh.event_score import _opens_a_word
from sambandh.kb import KBEntity, KnowledgeBase
from sambandh.link import _bounded_hits
from sambandh.script import DEVANAGARI_WORD
from sambandh.translit import Transliterator


def _bounded_by_pattern(text: str, word: str, start: int = 0) -> list[tuple[int, int]]:
    """What the linker searched with before: one pattern per word (since session 29 a danda, which ends a
    sentence, does not touch a word: Devanagari less the dandas)."""
    bounded = r"(?<![\w" + DEVANAGARI_WORD + r"])" + re.escape(word) + r"(?![\w" + DEVANAGARI_WORD + r"])"
    return [m.span() for m in re.compile(bounded).finditer(text, start)]


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("कुमार ने कहा, कुमारी नहीं। कुमार", "कुमार", 0),  # a longer word holding it is no hit
        ("कुमार ने कहा, कुमारी नहीं। कुमार", "कुमार", 3),  # a start inside a word: the letters before still count
        ("x_कुमार कुमार_ (कुमार)", "कुमार", 0),  # an underscore touches, a bracket does not
        ("--- -- -", "--", 0),  # overlapping candidates: left to right, none overlapping
        ("Rao2 Rao rao Rao", "Rao", 0),
        ("शाह।शाह शाहों", "शाह", 0),  # a danda ends a word, also with no space after it
    ],
)
def test_bounded_hits_are_the_bounded_patterns_hits(text: str, word: str, start: int) -> None:
    assert list(_bounded_hits(text, word, start)) == _bounded_by_pattern(text, word, start)


def test_bounded_hits_agree_on_random_texts() -> None:
    rng = random.Random(26)
    alphabet = ["क", "्", "ा", "।", " ", "_", "x", "1", "-", ".", "é", "२", "\n"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, len(text))
        assert list(_bounded_hits(text, word, start)) == _bounded_by_pattern(text, word, start), (text, word, start)


@pytest.mark.parametrize(
    ("text", "head", "found"),
    [
        ("हमला हुआ", "हमला", True),
        ("कल हमला हुआ", "हमला", True),
        ("जवाबीहमला", "हमला", False),
        ("जवाबीहमला\u00a0हमला", "हमला", True),
        ("", "हमला", False),
        ("हमलावर", "हमला", True),
    ],
)
def test_a_head_word_opens_a_word_as_the_pattern_said(text: str, head: str, found: bool) -> None:
    assert _opens_a_word(text, head) is found
    assert bool(re.search(r"(?:^|\s)" + re.escape(head), text)) is found


def _sound_kb(names: list[str]) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.unlisted_places.extend(
        KBEntity(f"city:{i}", "GPE", name, name, country="xx", kind="city") for i, name in enumerate(names)
    )
    kb.place_by_sound("क")  # builds the sound keys
    return kb


def test_the_near_sound_is_the_one_difflib_picks_among_all_keys() -> None:
    rng = random.Random(7)
    letters = "abdeghiklmnoprstuv"
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(8, 14))) for _ in range(400)]
    kb = _sound_kb(names)
    tried = found = 0
    for name in names[:150]:
        # the name with one or two letters changed, dropped or doubled: near some keys, not all
        chars = list(name)
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(chars))
            chars[at : at + 1] = rng.choice([[rng.choice(letters)], [], [chars[at], chars[at]]])
        key = "s:" + "".join(chars)
        if len(key) < 10:
            continue
        everyone = kb._long_sounds.get(key[2], [])
        expected = get_close_matches(key, everyone, n=1, cutoff=0.9)
        assert kb._near_sound(key) == (expected[0] if expected else None), key
        tried += 1
        found += bool(expected)
    assert tried > 100 and 0 < found < tried  # both answers were exercised


def _reference_prob(model: Transliterator, history: tuple[str, ...], g: str) -> float:
    """The model's probability as it was worked out before a beam's history was read once."""
    p = 1.0 / (model._vocab * 50)
    for k in range(len(history) + 1):
        h = "\t".join(history[len(history) - k :]) if k else ""
        seen = model.counts.get(h)
        if seen is None:
            continue
        total, types = model._totals[h]
        lam = total / (total + model.smoothing * types)
        p = lam * seen.get(g, 0) / total + (1 - lam) * p
    return p


def test_probabilities_read_from_a_history_once_are_the_same_numbers() -> None:
    counts = {
        "": {"क|k": 5, "क|ka": 2, "ा|a": 4, "</s>": 3},
        "क|k": {"ा|a": 3, "</s>": 1},
        "क|k\tा|a": {"</s>": 2, "क|k": 1},
        "ा|a": {"</s>": 2},
    }
    model = Transliterator(3, counts, {"क": ["k", "ka"], "ा": ["a"]}, smoothing=2.0)
    graphones = ["क|k", "क|ka", "ा|a", "</s>", "ब|b"]
    histories = [(), ("क|k",), ("ा|a",), ("क|k", "ा|a"), ("<s>", "क|k"), ("x|y", "z|w")]
    for history, g in itertools.product(histories, graphones):
        assert model.prob(history, g) == _reference_prob(model, history, g)  # equal floats, not close ones
        assert math.isfinite(math.log(model.prob(history, g)))
