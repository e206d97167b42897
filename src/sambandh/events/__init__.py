"""Events: who did what to whom, where and when, coded in PLOVER with CAMEO alongside.

The method reads Hindi morpho-syntax rather than translating:

1. **Triggers.** Predicates from ``kb/event_triggers.tsv`` (light-verb phrases such as
   ``मुलाकात की``, ``हस्ताक्षर करने से इनकार``, ``निंदा की``, ``फ़ोन पर बात की``, ``दौरा किया``,
   and English verbs) give the type, mode and CAMEO code.
2. **Arguments.** Each name before the predicate in its clause gets a case from the
   postposition that follows it: ``ने`` or none (subject) → source; ``से``, ``के साथ``, ``को``,
   ``पर``, ``के खिलाफ`` → target; ``के बीच`` → participants; ``में`` → place; ``के``/``की``
   (genitive) → not an actor unless it names a visit's destination. Coordinated names
   (``रूस और पाकिस्तान``) share a case. Offices without a name (``पाकिस्तान के रक्षा मंत्री ने``),
   pronouns (``उन्होंने``, ``उनका``) and groups (``दोनों नेताओं``) are resolved from the article.
   English clauses use word order and prepositions.
3. **Date, place, topics, polarity.** The closest date in the clause (TIMEX3 from
   ``sambandh.timex``); a place in ``में`` / ``in``, else the one the article's earlier events
   of the same actors took place in, else the dateline; weapon systems and issues named in
   the sentence; negation and modality from the verb group.
4. **One event per happening.** Mentions of the same event in one article (the meeting told
   three times) merge; across articles ``merge`` groups events by type and actors, keeping
   apart those whose places or dates disagree.

Undated articles still give ordered timelines: the office holders an article names bound
when it can have been written (Shoigu was Russia's defence minister until May 2024,
Belousov after), so each event carries ``not_before`` / ``not_after``.


The package: ``grammar`` (closed-class words and clause patterns from ``lang/<code>/``),
``extractor`` (the stage), ``state`` (reading a sentence), ``arguments`` (who, in which role),
``setting`` (where, when, about what), ``base`` (what the reading remembers), ``merge``
(one event per happening, within and across articles).
"""

from __future__ import annotations

from ..model import sort_key
from .extractor import EventExtractor
from .grammar import ACTOR_LABELS, PLACE_LABELS
from .merge import (
    REPORT_WINDOW_DAYS,
    absorb,
    city_countries,
    covers,
    dates_compatible,
    family,
    merge_in_document,
    mode_family,
    same_happening,
)
from .state import _State

__all__ = [
    "ACTOR_LABELS",
    "PLACE_LABELS",
    "REPORT_WINDOW_DAYS",
    "EventExtractor",
    "_State",
    "absorb",
    "city_countries",
    "covers",
    "dates_compatible",
    "family",
    "merge_in_document",
    "mode_family",
    "same_happening",
    "sort_key",
]
