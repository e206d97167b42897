"""The scorer's names of a system entity: a dateline mention is read from the raw page (session 30)."""

from types import SimpleNamespace

from sambandh.evaluate import _names_of
from sambandh.model import Mention


def test_dateline_mention_is_read_from_the_raw_page() -> None:
    # the raw page opens with a dateline that cleaning cut from the text; the mention's offsets index the raw page
    raw = "LUCKNOW (Agencies) - Troops clashed near Kargil on Monday."
    text = "Troops clashed near Kargil on Monday."
    mentions = [Mention(0, 7, "GPE", "dateline", "city:lucknow", "city:lucknow", "Lucknow"),
                Mention(20, 26, "GPE", "kb", "city:kargil", "city:kargil", "Kargil")]
    art = SimpleNamespace(raw=raw, text=text, mentions=mentions)
    kb = SimpleNamespace(entities={})
    assert _names_of("city:lucknow", art, kb) == ["LUCKNOW"]  # not "Troops ", the clean text's first words
    assert _names_of("city:kargil", art, kb) == ["Kargil"]
