"""A model span is trimmed of punctuation at its edges (the bracket before an acronym)."""

from sambandh.entities import _trim_time_words


def _trimmed(text: str) -> str:
    s, e = _trim_time_words(text, 0, len(text))
    return text[s:e]


def test_an_opening_bracket_after_a_name_is_not_part_of_it() -> None:
    assert _trimmed("अंतरराष्ट्रीय ऊर्जा संगठन (") == "अंतरराष्ट्रीय ऊर्जा संगठन"
    assert _trimmed("ऊर्जा संगठन(") == "ऊर्जा संगठन"


def test_separators_and_closers_at_the_edges_go() -> None:
    assert _trimmed(") नीति आयोग ,") == "नीति आयोग"


def test_balanced_brackets_and_initials_stay() -> None:
    assert _trimmed("रूस (Russia)") == "रूस (Russia)"
    assert _trimmed("S. Jaishankar") == "S. Jaishankar"


def test_day_words_still_go() -> None:
    assert _trimmed("पुतिन बुधवार") == "पुतिन"
