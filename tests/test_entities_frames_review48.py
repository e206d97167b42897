"""Places read by their locative frame (sambandh.entities_frames), session 48 review fixes: the frame's words,
the mentions and the everyday words it is given. Sentences and names written for these tests."""

from __future__ import annotations

from sambandh.model import Mention


def _settled(text: str, mentions: list[Mention] | None = None, common: frozenset[str] = frozenset()) -> list[str]:
    from sambandh.entities_frames import framed_settlements

    return [text[m.start : m.end] for m in framed_settlements(text, mentions or [], common)]


def test_the_container_frame_takes_every_genitive_form_of_the_cases_table():
    from sambandh.events.grammar import _GEN_FORMS

    for gen in sorted(_GEN_FORMS):
        assert _settled(f"थाना क्षेत्र {gen} रामपुरिया में हादसा हुआ।") == ["रामपुरिया"], gen
