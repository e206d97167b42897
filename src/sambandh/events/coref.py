"""Within-article event coreference: retellings that :func:`merge.merge_in_document` keeps apart.

``merge_in_document`` joins two events of one family whose sides, places and dates agree. Some
retellings fail those checks for reasons of form, not of meaning:

- *one act in two coordinated predicates* (``घेराबंदी करने और तलाशी अभियान शुरू करने``, ``आंसू गैस के
  गोले दागे और लाठीचार्ज किया``): two triggers of one type and mode in one sentence, joined by nothing
  but a coordinator or a comma, share their subject and their time: the guide codes one event
  spanning both (docs/events.md, "One predicate gives one event" read with the gold's practice).

The merged event keeps the first trigger; the other's sentence stays as evidence (DESIGN.md: every
fact traces to its sentences).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words_of
from ..model import Event
from .merge import absorb


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern[str]:
    """What may stand between two coordinated predicates: a comma or a coordinator (``और``, ``and``),
    nothing else (a name or a noun between them is an act on someone else).
    """
    alt = "|".join(re.escape(w) for w in sorted(words_of("coordinator"), key=len, reverse=True))
    return re.compile(r"\s*(?:,\s*)?(?:(?:" + alt + r")\s+)?$", re.IGNORECASE) if alt else re.compile("(?!)")


def _joined(a: Event, b: Event, text: str) -> bool:
    """Whether ``b``'s trigger follows ``a``'s in one sentence with only a coordinator or comma between."""
    if a.in_title() or b.in_title() or not a.evidence or not b.evidence or a.evidence[0] != b.evidence[0]:
        return False
    if not (a.trigger_end <= b.trigger_start <= a.trigger_end + 12):
        return False
    gap = text[a.trigger_end : b.trigger_start]
    return bool(gap.strip()) and bool(_coordinated().match(gap))


def corefer(events: list[Event], text: str) -> list[Event]:
    """The article's events with the retellings ``merge_in_document`` left apart folded together.

    Args:
        events: The article's body events, merged (text order not required).
        text: The article's text (the events' offsets index it).

    Returns:
        The events, each retelling folded into the event it retells (which keeps its trigger and
        takes the other's sentence as evidence).
    """
    ordered = sorted(events, key=lambda e: e.trigger_start)
    gone: set[int] = set()
    for i, a in enumerate(ordered):
        if id(a) in gone:
            continue
        for b in ordered[i + 1 :]:
            if id(b) in gone or (a.type, a.mode, a.negated) != (b.type, b.mode, b.negated):
                continue
            if _joined(a, b, text):
                absorb(a, b, retold=True)
                gone.add(id(b))
    return [e for e in events if id(e) not in gone]
