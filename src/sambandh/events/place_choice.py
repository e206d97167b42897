"""A learned chooser of an event's place among the places its article offers (issue #15).

The rules of ``events/setting.py`` give each event a place (or none) while the article is read and
its scenes are carried. This module, run after them, gathers every place the event could have
been at: each place named in the trigger's sentence, in the two sentences before it and the one
after, the dateline's place, the place of the event told just before, the rules' own choice, and
no place at all. Each candidate is described by binary features (where it came from, its case,
its side of and distance from the trigger, whether it is in the trigger's clause, its kind of
place, whether the rules chose it, the event's type group) and a conditional logistic model
(``training/events/place.py``, trained on the dev halves of ``eval/events/``) picks the one with
the highest score. The model file is ``sambandh/models/event-place.json`` (weights by feature
name and a card); ``Config.place_chooser`` names it, ``off`` (the default) keeps the rules' places.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Event
from .grammar import PLACE_LABELS
from .setting import _DEEDS, _ELSEWHERE_MODES, _SPEECH

if TYPE_CHECKING:
    from .state import _State

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "event-place.json"
_CLAUSE_BREAK = re.compile(r"[,;:।!?\"“”‘’()]|(?<!\S)(?:कि|जबकि|जहां|जिसमें|which|where|that|while)(?!\S)")
_WORD = re.compile(r"\S+")
_NONE = ""


@dataclass
class Candidate:
    """One place the event could have been at (``place`` empty: no place), where it is written
    (``-1`` when nowhere in the text), and its features.
    """

    place: str
    start: int
    end: int
    feats: set[str] = field(default_factory=set)


def _group(ev: Event) -> str:
    if ev.type in _DEEDS:
        return "deed"
    if ev.type in _SPEECH:
        return "speech"
    return "talks"


def _kind(eid: str, state: _State) -> str:
    head = eid.split(":", 1)[0]
    if head == "new":
        return "new"
    if head in ("country", "city", "region"):
        if head == "city" and state.ex.capitals and eid in state.ex.capitals.values():
            return "capital"
        return head
    ent = state.ex.kb.entities.get(eid)
    return (ent.kind if ent is not None else "other") or "other"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def candidates(state: _State, ev: Event, before: Event | None) -> list[Candidate]:
    """Every place the event could have been at, with its features, the rules' choice among them.

    Args:
        state: The article's reading, after every sentence is read and the scenes carried.
        ev: The event (of the body, not the title alone).
        before: The event told just before it that has a place (the rules' place), if any.
    """
    text = state.text
    sents = state.a.sentences
    i = bisect_right(state.sentence_starts, ev.trigger_start) - 1
    by_id: dict[str, Candidate] = {}
    group = _group(ev)

    def add(eid: str, start: int, end: int, feats: list[str]) -> Candidate:
        c = by_id.get(eid)
        if c is None:
            c = by_id[eid] = Candidate(eid, start, end)
        elif c.start < 0 <= start:
            c.start, c.end = start, end
        c.feats.update(feats)
        return c

    actor_ids = ev.actor_ids()
    if 0 <= i < len(sents):
        sent = sents[i]
        for k, where in ((-2, "prev2"), (-1, "prev1"), (0, "sent"), (1, "next1")):
            j = i + k
            if not 0 <= j < len(sents):
                continue
            s = sents[j]
            gap = text[min(s.end, sent.start) : max(s.start, sent.end)] if k else ""
            para = "\n" in gap.strip() if k else False
            for m in state.within(s.start, s.end):
                if not m.entity_id or m.label not in PLACE_LABELS:
                    continue
                if ev.trigger_start <= m.start < ev.trigger_end:
                    continue
                feats = [f"src={where}", f"src={where}/{group}"]
                if para:
                    feats.append(f"src={where}/para")
                if m.entity_id in actor_ids:
                    feats.append(f"actor/{where}")
                case = state._case(m.end, s.end, m.start)
                feats += [f"case={case}/{where}", f"case={case}/{where}/{group}"]
                if k == 0:
                    side = "before" if m.end <= ev.trigger_start else "after"
                    lo, hi = (m.end, ev.trigger_start) if side == "before" else (ev.trigger_end, m.start)
                    words = len(_WORD.findall(text, lo, hi))
                    clause = _CLAUSE_BREAK.search(text, lo, hi) is None
                    feats += [f"side={side}", f"dist={side}{_bucket(words, (1, 3, 7, 15))}",
                              f"clause={clause}", f"clause={clause}/case={case}", f"side={side}/case={case}/{group}"]
                c = by_id.get(m.entity_id)
                if c is not None and k == 0 and "src=sent" in c.feats:
                    # the nearest mention of the sentence describes the place; others add only that they exist
                    c.feats.add("again/sent")
                    continue
                add(m.entity_id, m.start, m.end, feats)
    dl = state.dateline
    if dl is not None and dl.entity_id:
        add(dl.entity_id, -1, -1, ["src=dateline", f"src=dateline/{group}", f"src=dateline/{ev.type}"])
    if before is not None and before.place:
        add(before.place, -1, -1, ["src=prev_event", f"src=prev_event/{group}"])
    if ev.place:
        add(ev.place, ev.place_start, ev.place_end, ["rules", f"rules/{group}"])
    none = Candidate(_NONE, -1, -1, {"none", f"none/{group}", f"none/{ev.type}", f"none/modality={ev.modality}"})
    if not ev.place:
        none.feats.update(["rules", f"rules/{group}", "rules/none"])
    if ev.mode in _ELSEWHERE_MODES:
        none.feats.add("none/elsewhere_mode")
    if id(ev) in state.earlier:
        none.feats.add("none/earlier")
    out = [none]
    doers = {x for a in ev.actors if a.role != "target" for x in (a.entity_id, a.affiliation) if x}
    targets = {x for a in ev.actors if a.role == "target" for x in (a.entity_id, a.affiliation) if x}
    sides = {a.affiliation or a.entity_id for a in ev.actors}
    for c in by_id.values():
        kind = _kind(c.place, state)
        country = c.place if c.place.startswith("country:") else state.ex.places_of.get(c.place)
        for name, got in (("doer", doers), ("target", targets)):
            if c.place in got or (country and country in got):
                c.feats.update([f"of_{name}", f"of_{name}/{group}", f"of_{name}/kind={kind}"])
        if country and sides == {country}:
            c.feats.update(["home", f"home/{group}"])
        c.feats.update([f"kind={kind}", f"kind={kind}/{group}"])
        if "rules" in c.feats:
            c.feats.add(f"rules/kind={kind}")
        if dl is not None and dl.entity_id == c.place and "src=dateline" not in c.feats:
            c.feats.add("is_dateline")
        if c.place in actor_ids:
            c.feats.add("is_actor")
        out.append(c)
    return out


@dataclass(frozen=True)
class PlaceChooser:
    """A trained conditional logistic model: the weight of each candidate feature."""

    weights: dict[str, float]
    mode: str = "all"  # "fill": only where the rules give no place; "keep_none": never where they give none

    @classmethod
    def load(cls, path: Path) -> PlaceChooser:
        """Read a model file written by ``training/events/place.py``."""
        obj: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls({str(k): float(v) for k, v in obj["weights"].items()}, str(obj.get("mode", "all")))

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in c.feats)

    def choose(self, cands: list[Candidate]) -> Candidate:
        """The best candidate; the rules' choice on a tie (``cands[0]`` is no place)."""
        rules_none = "rules" in cands[0].feats
        if (self.mode == "fill" and not rules_none) or (self.mode == "keep_none" and rules_none):
            return next(c for c in cands if "rules" in c.feats)
        pool = cands[1:] if self.mode == "keep_none" else cands
        return max(pool, key=lambda c: (self.score(c), "rules" in c.feats))


@lru_cache(maxsize=4)
def load_chooser(path: str) -> PlaceChooser | None:
    """The chooser at ``path`` (``""``: the shipped one), or None when there is no such file."""
    p = Path(path) if path else DEFAULT_MODEL
    return PlaceChooser.load(p) if p.exists() else None


def choose_places(state: _State, events: list[Event], chooser: PlaceChooser | None,
                  seen: dict[int, tuple[Event, list[Candidate]]] | None = None) -> None:  # fmt: skip
    """Give each event of the body the place the chooser ranks first among its candidates (the
    candidates are kept in ``seen`` by the event's id, for training, when it is given).
    """
    order = sorted(events, key=lambda e: e.trigger_start)
    rules = {id(e): (e.place, e.place_start, e.place_end) for e in order}
    last: Event | None = None
    picks: list[tuple[Event, Candidate]] = []
    for ev in order:
        cands = candidates(state, ev, last)
        if seen is not None:
            seen[id(ev)] = (ev, cands)
        if chooser is not None:
            picks.append((ev, chooser.choose(cands)))
        if rules[id(ev)][0]:
            last = ev
    for ev, c in picks:
        if "rules" in c.feats:
            continue
        ev.place, ev.place_start, ev.place_end = (c.place or None), c.start, c.end
