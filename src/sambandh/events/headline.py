"""The headline: events stated in an article's title, and how they join the body's retellings.

The cleaner takes a page's head line out of the text as its title, and a record's given title is
never in its text, so the body's sentences alone miss what the headline states. The gold anchors an
event at its first full statement, often the headline; the body usually retells it. The title is
read as a one-sentence article of its own (the body's roles, dateline and date bounds as context),
and each headline event is then either more evidence of the first body event that retells it (same
type, actors that can be the same sides), or an event of its own whose offsets point into the title
(``Event.in_title``; its evidence has ``field`` ``title``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..model import Actor, Article, Event, Span
from .merge import _country, _may_be_one, family

if TYPE_CHECKING:
    from ..config import Config

_SEP = "\n\n"  # between the title and the body when the title's names are linked with the body's


def title_of(article: Article) -> str | None:
    """The title the event stage reads: one the cleaner took out of the text or the record gave;
    ``None`` when there is none, when it is the text's own first sentence (``first_sentence``), or
    when the text holds it anyway (the body's reading has it already).
    """
    title = (article.title or "").strip()
    if not title or article.title_source == "first_sentence" or title in article.text:
        return None
    return title


def title_article(article: Article, config: Config) -> Article | None:
    """The title as a one-sentence article for the event stage: its names found and linked together
    with the body's (a surname in the headline is the person the body names in full), its time
    expressions, the body's roles and dateline place as context; ``None`` when there is no title.
    """
    from ..entities import recognizer
    from ..segment import split_sentences
    from ..timex import find_timexes

    title = title_of(article)
    if title is None:
        return None
    # a headline of two sentences ("X कर रहे हैं? जानिए ...") is read as two: a question is asked, not told
    sentences = split_sentences(title) or [Span(0, len(title))]
    found = recognizer(config.ner_model, config.kb_dir)(title, sentences)
    if found:
        off = len(title) + len(_SEP)
        body = [replace(m, start=m.start + off, end=m.end + off,
                        title_start=m.title_start + off if m.title_start >= 0 else -1,
                        title_end=m.title_end + off if m.title_end >= 0 else -1)
                for m in article.mentions if m.source != "dateline"]  # fmt: skip
        _linker(config).link(title + _SEP + article.text, found + body, article.published)
    dateline = [m for m in article.mentions if m.source == "dateline"]
    return Article(source=article.source, raw=title, raw_hash="", kind=article.kind, title=title,
                   published=article.published, text=title, sentences=sentences, language=article.language,
                   mentions=found + dateline, roles=list(article.roles),
                   timexes=find_timexes(title, article.published))  # fmt: skip


_LINKERS: dict[tuple[str, str], Any] = {}


def _linker(config: Config) -> Any:
    """One linker per knowledge base and model (building one loads the knowledge base's tables)."""
    from ..link import Linker

    key = (config.kb_dir, config.ner_model)
    if key not in _LINKERS:
        _LINKERS[key] = Linker(config)
    return _LINKERS[key]


def _fits(x: Actor, ys: list[Actor]) -> bool:
    """Whether a headline actor can be one of ``ys``: the same entity, a country and its people or
    bodies, or two actors of one country (a headline names a country where the body names its
    minister, or an office where the body names its holder).
    """
    cx = _country(x) or (x.entity_id if x.entity_id.startswith("country:") else "")
    for y in ys:
        cy = _country(y) or (y.entity_id if y.entity_id.startswith("country:") else "")
        if _may_be_one(x, y) or (cx and cx == cy):
            return True
    return False


def retells(head: Event, body: Event) -> bool:
    """Whether a body event can retell a headline event: the same type and polarity, and sides that
    can be the same. Generous about actors: a side one of them leaves out, or names by an actor of
    unknown country, does not keep them apart; nor do sides that cross (a passive headline).
    """
    if head.type != body.type or head.negated != body.negated:
        return False
    apart = False
    for role in ("source", "target"):
        xs = [x for x in head.actors if x.role == role]
        ys = [y for y in body.actors if y.role == role]
        known = [x for x in xs if _country(x) or x.entity_id.startswith("country:")]
        if xs and ys and known and not any(_fits(x, ys) for x in xs):
            apart = True
    if not apart:
        return True
    other = {"source": "target", "target": "source"}
    return any(_fits(x, [y for y in body.actors if y.role == other.get(x.role)]) for x in head.actors)


def join_headline(heads: list[Event], body: list[Event], title_len: int,
                  earlier: set[int] | None = None) -> list[Event]:  # fmt: skip
    """The article's events with its headline's: each headline event that the body retells becomes
    one more piece of evidence (``field`` ``title``) of the first body event that does (of the same
    family first), which takes from it a place or a date it lacks (with no offsets: they are the
    title's); the others
    are kept, first, as events stated in the title alone.
    """
    earlier = earlier or set()
    alone: list[Event] = []
    for h in heads:
        # the first retelling of the same family (a summons before an expression of concern), then of the
        # same type; one told in the pluperfect only when nothing else retells it
        ranked = sorted(body, key=lambda b: (family(b) != family(h), id(b) in earlier))
        host = next((b for b in ranked if retells(h, b)), None)
        told = [Span(s.start, s.end, "title") for s in h.evidence] or [Span(0, title_len, "title")]
        if host is None:
            h.evidence = told
            alone.append(h)
            continue
        have = {(s.field, s.start, s.end) for s in host.evidence}
        host.evidence += [s for s in told if (s.field, s.start, s.end) not in have]
        # only a place or date the headline writes (one its reading took from context is no word of it), and
        # no place the knowledge base lacks (``new:``), which nothing in the text would name; not its sides: a
        # headline's short grammar reads them worse than the body ("X ने हमले की निंदा की": X attacked)
        if h.place and h.place_start >= 0 and not host.place and not h.place.startswith("new:"):
            host.place, host.place_start, host.place_end = h.place, -1, -1
        if (h.date and h.date_start >= 0 and h.date_basis == "text"
                and (not host.date or host.date_basis == "reported")):  # fmt: skip
            host.date, host.date_start, host.date_end = h.date, -1, -1
            host.precision, host.date_basis, host.date_to = h.precision, h.date_basis, h.date_to
        host.confidence = max(host.confidence, h.confidence)
    return alone + body
