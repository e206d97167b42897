"""Places the tagger left unnamed, read by the words around them, as the event coder sees them.

The reading itself is the entity stage's (:mod:`sambandh.entities_frames`): a settlement so framed is a mention
of the article (source ``frame``) by the time the event stage runs. The road named by the two places it joins
("X-Y मार्ग") is no entity; the event coder reads it for itself (:func:`framed_roads`).
"""

from __future__ import annotations

from ..entities_frames import frame_entity_ids, frame_words, framed_roads, framed_settlements
from ..model import Mention

__all__ = ["frame_places", "frame_words", "framed_roads"]


def frame_places(text: str, mentions: list[Mention], common: frozenset[str] = frozenset()) -> list[Mention]:
    """Every place a locative frame names that no mention covers: the settlements the entity stage reads (with
    their entity ids) and the roads the event coder reads, in text order.

    Args:
        text: The article's clean text.
        mentions: Its linked mentions (sorted or not).
        common: Everyday words that are never a name alone (the tagger's ``common_words.txt``).

    Returns:
        New mentions, source ``frame``, with their entity ids set.
    """
    settled = framed_settlements(text, mentions, common)
    frame_entity_ids(text, settled, mentions)
    return sorted(settled + framed_roads(text, mentions, common), key=lambda m: m.start)
