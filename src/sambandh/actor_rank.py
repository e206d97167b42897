"""Who takes part in an event, learned: a small model that ranks the candidate actors around each
event's trigger and may add, drop or re-role the actors the rules of ``sambandh.events`` chose.

The rules read each predicate's clause (``events/arguments.py``: the names with their cases, the
subject carried from before); this module keeps what they read as candidates (every name of the
clause with its case, the doers of the predicate before it in the sentence, the doers of the
sentences before, the article's most named country, the dateline's country) and, once the
article's events are merged and finished, scores each against four outcomes: ``source``,
``target``, ``participant`` or no actor. A candidate the rules did not take is added when the
model prefers a role to "no actor" by ``margin_add``; one they took is dropped when the model
prefers "no actor" by ``margin_drop`` (an event keeps at least one actor); a role is changed when
another is preferred by ``margin_role``. The margins are chosen by cross-validation by article
(``training/events/actors.py``), which trains the weights on the dev halves of the event gold and
writes ``sambandh/models/actor-ranker.json`` with its card. ``Config.actor_ranker`` names another
file of that shape, or ``off`` for the rules alone.

Word lists stay in the language tables: the complementizers of ``lang/<code>/words.tsv``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Actor, Event

DEFAULT_MODEL = Path(__file__).parent / "models" / "actor-ranker.json"
CLASSES = ("none", "source", "target", "participant")
ROLES = CLASSES[1:]
_CLAUSE_PUNCT = re.compile(r"[,;:।?!\"“”‘’()]")


@lru_cache(maxsize=1)
def _complementizer() -> re.Pattern[str]:
    """A complementizer of any language read (``words.tsv``: "कि", "that") as a word."""
    from .lexicon import every_language_rows

    words = sorted({w for r in every_language_rows("words.tsv") if len(r) >= 2 and r[0] == "complementizer"
                    for w in r[1].split("|") if w}, key=lambda w: (-len(w), w))  # fmt: skip
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")(?=\s|$)", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    """One name (or implicit actor) that could take part in an event, with what the rules knew of it."""

    entity_id: str
    start: int
    end: int
    kind: str  # PERSON, GPE, ORG, or AGENT:<sector>
    via: str
    affiliation: str | None
    feats: list[str] = field(default_factory=list)  # what does not depend on the rules' final choice


@dataclass(slots=True)
class Candidates:
    """The candidates of one event and the trigger's context."""

    type: str
    mode: str
    items: list[Candidate]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _kind(eid: str, label: str) -> str:
    if eid.startswith("agent:"):
        return "AGENT:" + eid.split(":")[1]
    if eid.startswith("country:"):
        return "GPE"
    return label


def gather(text: str, trig_type: str, mode: str, start: int, end: int, *, english: bool, passive: bool,
           form: str, symmetric: bool, args: list[Any], prev_clause: list[Actor], prev_sentence: list[str],
           frequent: str | None, dateline: str | None, label: Any, affiliation: Any,
           sent_start: int, sentence: list[Any] | None = None, home: str | None = None,
           recent: list[str] | None = None) -> Candidates:  # fmt: skip
    """The candidate actors of one event, with their features that do not depend on the rules' choice.

    Args:
        text: The article's text (offsets index it).
        trig_type: The event's PLOVER type.
        mode: Its mode.
        start: The trigger's start.
        end: The trigger's end.
        english: Whether the sentence is English.
        passive: Whether the predicate is passive.
        form: The predicate's form (``pfv``, ``nominal``, ...).
        symmetric: Whether the predicate is symmetric (a meeting, a clash).
        args: The clause's names as the rules read them (``_Arg``: entity id, label, case, offsets, via).
        prev_clause: The doers of the predicate before this one in the sentence.
        prev_sentence: The doers the sentences before named last (entity ids).
        frequent: The country the article has named most so far.
        dateline: The dateline's country.
        label: Entity id -> its label.
        affiliation: Entity id -> the country it acts for.
        sent_start: Where the trigger's sentence starts.
        sentence: The names of the sentence outside the clause (``_Arg``s, their case read in the sentence).
        home: The home country (``Config.home_country``).
        recent: The countries named last before.
    """
    comp = _complementizer()
    ctx = [f"t:{trig_type}", f"tm:{trig_type}:{mode}", f"lang:{'en' if english else 'hi'}", f"pass:{passive}",
           f"form:{form}", f"sym:{symmetric}"]  # fmt: skip
    items: dict[str, Candidate] = {}
    actor_args = [a for a in args if a.label in ("PERSON", "ORG", "GPE", "AGENT")]
    before = [a for a in actor_args if a.end <= start]
    after = [a for a in actor_args if a.start >= end]
    nearest_before = max(before, key=lambda a: a.end) if before else None
    nearest_after = min(after, key=lambda a: a.start) if after else None
    cases_seen: dict[str, int] = {}
    for a in actor_args:
        cases_seen[a.case] = cases_seen.get(a.case, 0) + 1
    for a in actor_args:
        side = "before" if a.end <= start else "after" if a.start >= end else "in"
        lo, hi = (a.end, start) if side == "before" else (end, a.start) if side == "after" else (start, start)
        between = text[lo:hi] if hi > lo else ""
        words = len(between.split())
        kind = _kind(a.entity_id, a.label)
        f = [
            "o:clause", f"c:{a.case}", f"s:{side}", f"d:{_bucket(words, (0, 2, 5, 10, 20))}", f"k:{kind}",
            f"v:{a.via}", f"cs:{a.case}:{side}", f"tc:{trig_type}:{a.case}", f"pc:{passive}:{a.case}",
            f"fc:{form}:{a.case}", f"yc:{symmetric}:{a.case}", f"ck:{a.case}:{kind}",
            f"lc:{'en' if english else 'hi'}:{a.case}", f"ncase:{a.case}:{min(cases_seen[a.case], 3)}",
        ]  # fmt: skip
        case = str(a.case)
        if a is nearest_before:
            f += ["nearest_before", f"nb:{case}"]
        if a is nearest_after:
            f += ["nearest_after", f"na:{case}"]
        if comp.search(between):
            f.append("comp_between")
        if _CLAUSE_PUNCT.search(between):
            f.append("punct_between")
        if a.start < sent_start:
            f.append("earlier_sentence")
        c = Candidate(a.entity_id, a.start, a.end, kind, a.via, affiliation(a.entity_id), f + ctx)
        old = items.get(a.entity_id)
        # one entity named twice: the mention nearest the trigger speaks for it
        if old is None or abs(a.start - start) < abs(old.start - start):
            items[a.entity_id] = c
    for a in sentence or []:
        if a.entity_id in items or a.label not in ("PERSON", "ORG", "GPE", "AGENT"):
            continue
        side = "before" if a.end <= start else "after"
        between = text[a.end : start] if side == "before" else text[end : a.start]
        kind = _kind(a.entity_id, a.label)
        f = ["o:sentence", f"sc:{a.case}", f"s:{side}", f"d:{_bucket(len(between.split()), (5, 10, 20))}",
             f"k:{kind}", f"v:{a.via}", f"ssc:{a.case}:{side}", f"tsc:{trig_type}:{a.case}", f"sk:{kind}"]  # fmt: skip
        if comp.search(between):
            f.append("comp_between")
        items[a.entity_id] = Candidate(a.entity_id, a.start, a.end, kind, a.via, affiliation(a.entity_id), f + ctx)
    extra: list[tuple[str, str, int, int, str]] = [
        (a.entity_id, "prev_clause", a.start, a.end, a.via) for a in prev_clause]
    extra += [(e, "prev_sentence", -1, -1, "carried") for e in prev_sentence[:3]]
    if frequent:
        extra.append((frequent, "frequent", -1, -1, "implicit"))
    if dateline:
        extra.append((dateline, "dateline", -1, -1, "implicit"))
    extra += [(c, "recent", -1, -1, "implicit") for c in (recent or [])[-2:]]
    if home:
        extra.append((home, "home", -1, -1, "implicit"))
    for eid, origin, s, e, via in extra:
        if eid in items:
            items[eid].feats.append(f"also:{origin}")
            continue
        kind = _kind(eid, label(eid))
        f = [f"o:{origin}", f"k:{kind}", f"ok:{origin}:{kind}", f"to:{trig_type}:{origin}", f"po:{passive}:{origin}",
             f"yo:{symmetric}:{origin}"]  # fmt: skip
        items[eid] = Candidate(eid, s, e, kind, via, affiliation(eid), f + ctx)
    return Candidates(trig_type, mode, list(items.values()))


def rule_features(cands: Candidates, ev: Event) -> list[list[str]]:
    """Each candidate's features once the rules' actors of the finished event are known."""
    roles = {a.entity_id: a for a in ev.actors}
    has = {a.role for a in ev.actors}
    n = _bucket(len(ev.actors), (0, 1, 2))
    hst = f"{'source' in has:d}{'target' in has:d}{'participant' in has:d}"
    out = []
    for c in cands.items:
        a = roles.get(c.entity_id)
        r = a.role if a is not None else "none"
        origin = next((f[2:] for f in c.feats if f.startswith("o:")), "")
        case = next((f.split(":", 1)[1] for f in c.feats if f.startswith(("c:", "sc:"))), "-")
        side = c.affiliation or c.entity_id
        # another of the rules' actors on the same side (a person and his country): a second name of one side
        same = [b.role for b in ev.actors if b.entity_id != c.entity_id and (b.affiliation or b.entity_id) == side]
        f = [f"r:{r}", f"rc:{r}:{case}", f"rt:{r}:{cands.type}", f"ro:{r}:{origin}", f"rn:{r}:{n}",
             f"hs:{'source' in has}", f"ht:{'target' in has}", f"hp:{'participant' in has}",
             f"rhs:{r}:{'source' in has}", f"rht:{r}:{'target' in has}", f"n:{n}"]  # fmt: skip
        f += [f"hc:{hst}:{case}", f"ho:{hst}:{origin}", f"th:{cands.type}:{hst}:{r}", f"same:{bool(same)}:{r}"]
        f += [f"samerole:{b}:{r}" for b in same]
        if a is not None:
            f.append(f"rv:{a.via}")
        out.append(c.feats + f)
    return out


def missing_rule_actors(cands: Candidates, ev: Event) -> None:
    """The actors of the finished event that no candidate stands for (carried, merged in, usual doers)
    join the candidates, so that the model can also judge them.
    """
    have = {c.entity_id for c in cands.items}
    for a in ev.actors:
        if a.entity_id in have or a.role not in ROLES:
            continue
        kind = _kind(a.entity_id, "PERSON" if not a.entity_id.startswith(("country:", "agent:")) else "GPE")
        f = ["o:rule", f"k:{kind}", f"ok:rule:{kind}", f"to:{cands.type}:rule", f"ov:rule:{a.via}",
             f"t:{cands.type}", f"tm:{cands.type}:{cands.mode}"]  # fmt: skip
        cands.items.append(Candidate(a.entity_id, a.start, a.end, kind, a.via, a.affiliation, f))
        have.add(a.entity_id)


@dataclass
class ActorRanker:
    """Softmax weights over the four outcomes and the decoder's margins."""

    weights: dict[str, list[float]]  # feature -> one weight per class of CLASSES
    bias: list[float]
    margin_add: float | dict[str, float]  # one for every role, or by role
    margin_drop: float
    margin_role: float

    @classmethod
    def load(cls, path: Path) -> ActorRanker:
        """The model in a JSON file written by ``training/events/actors.py``."""
        d = json.loads(path.read_text(encoding="utf-8"))
        add = d["margin_add"]
        add = {k: float(v) for k, v in add.items()} if isinstance(add, dict) else float(add)
        return cls({k: list(v) for k, v in d["weights"].items()}, list(d["bias"]), add,
                   float(d["margin_drop"]), float(d["margin_role"]))  # fmt: skip

    def probabilities(self, feats: list[str]) -> list[float]:
        """The probability of each of CLASSES for one candidate."""
        z = list(self.bias)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def decide(self, ev: Event, cands: Candidates) -> list[Actor]:
        """The event's actors after the model's judgement (the rules' choice where it is not sure)."""
        return decode(ev, cands, [self.probabilities(f) for f in rule_features(cands, ev)],
                      self.margin_add, self.margin_drop, self.margin_role)  # fmt: skip


def choose(rules: list[str], probs: list[list[float]], margin_add: float | dict[str, float], margin_drop: float,
           margin_role: float) -> list[str]:  # fmt: skip
    """Each candidate's role after the model's judgement: ``rules`` holds the role the rules gave it (``none``
    for none; a role outside ``ROLES``, a visit's destination, is kept as it is), ``probs`` the model's
    probabilities of CLASSES. A candidate is added when a role beats "no actor" by ``margin_add`` (one for
    every role, or one for each: a side's margin may be below zero, the model's "no actor" being the
    commoner outcome of any one candidate), dropped when
    "no actor" beats its role by ``margin_drop`` (one actor always stays: the one the model doubts least), and
    re-roled when another role beats its own by ``margin_role``.
    """
    out = list(rules)
    drops: list[tuple[float, int]] = []
    # a side the rules left empty is filled by the one candidate surest of it (a participant: up to two)
    held = {r: rules.count(r) for r in ROLES}
    adds: dict[str, tuple[float, int]] = {}
    for k, (r, p) in enumerate(zip(rules, probs, strict=True)):
        best = max(range(1, len(CLASSES)), key=lambda i: p[i])
        if r == "none":
            role = CLASSES[best]
            room = held[role] < (2 if role == "participant" else 1)
            need = margin_add.get(role, 9.0) if isinstance(margin_add, dict) else margin_add
            if room and p[best] - p[0] > need and (role not in adds or p[best] - p[0] > adds[role][0]):
                adds[role] = (p[best] - p[0], k)
            continue
        if r not in ROLES:
            continue
        own = p[CLASSES.index(r)]
        if p[0] - own > margin_drop:
            drops.append((p[0] - own, k))
            out[k] = "none"
        elif best != CLASSES.index(r) and p[best] - own > margin_role:
            out[k] = CLASSES[best]
    for role, (_, k) in adds.items():
        out[k] = role
    if drops and all(x == "none" for x in out) and any(x != "none" for x in rules):
        k = min(drops)[1]
        out[k] = rules[k]
    return out


def decode(ev: Event, cands: Candidates, probs: list[list[float]], margin_add: float | dict[str, float],
           margin_drop: float,
           margin_role: float) -> list[Actor]:  # fmt: skip
    """The actors of one event: the rules' ones, changed where the model is sure by the margins."""
    by_id = {a.entity_id: a for a in ev.actors}
    rules = [by_id[c.entity_id].role if c.entity_id in by_id else "none" for c in cands.items]
    roles = choose(rules, probs, margin_add, margin_drop, margin_role)
    judged = {c.entity_id: r for c, r in zip(cands.items, roles, strict=True)}
    actors = []
    for a in ev.actors:
        r = judged.get(a.entity_id, a.role)
        if r == "none":
            continue
        actors.append(a if r == a.role else Actor(a.entity_id, r, a.start, a.end, a.affiliation, a.via))
    for c, r, was in zip(cands.items, roles, rules, strict=True):
        if was == "none" and r != "none":
            actors.append(Actor(c.entity_id, r, c.start, c.end, c.affiliation, "ranked"))
    return actors


@lru_cache(maxsize=4)
def load_ranker(path: str) -> ActorRanker | None:
    """The ranker at ``path`` (``""``: the shipped one), or None when there is no such file."""
    p = Path(path) if path else DEFAULT_MODEL
    return ActorRanker.load(p) if p.exists() else None
