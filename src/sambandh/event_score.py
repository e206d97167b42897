"""How likely an extracted event is one a reader would code: a small logistic model over what the
coder knows of each event (its type and form, who and how many take part and how many of them are
known entities, its modality, date and place, where in the article it stands).

The rules of ``sambandh.events`` decide what an event is; this model only ranks what they found,
so that the events least like the gold's are dropped. It is trained by
``training/events/precision.py`` on the dev halves of the event gold (``eval/events/``) and kept
as ``sambandh/models/event-precision.json`` (weights by feature name, the bias, the threshold and
its card). Any file of that shape can replace it (``Config.event_scorer``); none at all keeps
every event.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Event, Span

DEFAULT_MODEL = Path(__file__).parent / "models" / "event-precision.json"
_WINDOW = 4  # words looked at on each side of a trigger
# what ends a clause: the words after the trigger are read up to it
_CLAUSE_END = re.compile(r"[,;:।.?!\"“”‘’()]")
_TOKEN_EDGE = "\"“”‘’'()[]{},;:।.?!-–—"
_YEAR = re.compile(r"^(\d{4})")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """From every language's ``words.tsv``: a trigger's last word as a light verb's form, as a form
    of "to happen", and a complementizer before the trigger in its sentence.
    """
    from .lexicon import every_language_rows

    def alt(kind: str) -> str:
        return "|".join(
            w for r in every_language_rows("words.tsv") if len(r) >= 2 and r[0] == kind for w in r[1].split("|") if w
        )

    return (re.compile("(?:" + alt("light_verb_form") + ")$"), re.compile("(?:" + alt("happened_form") + ")$"),
            re.compile(r"(?:^|\s)(?:" + alt("complementizer") + r")\s"))  # fmt: skip


@lru_cache(maxsize=1)
def _score_words() -> dict[str, re.Pattern[str]]:
    """Every language's ``score_words.tsv``: per kind, a pattern finding one of its phrases among
    words joined by single spaces.
    """
    from .lexicon import every_language_rows

    kinds: dict[str, list[str]] = {}
    for r in every_language_rows("score_words.tsv"):
        if len(r) >= 2:
            kinds.setdefault(r[0], []).extend(w.lower() for w in r[1].split("|") if w)
    return {k: re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(v, key=len, reverse=True))) + r")(?: |$)")
            for k, v in kinds.items() if v}  # fmt: skip


def _tokens(span: str) -> list[str]:
    return [t for t in (w.strip(_TOKEN_EDGE).lower() for w in span.split()) if t]


def context_features(ev: Event, text: str, sentence: Span | None) -> list[str]:
    """What the trigger's sentence says around it: the score words of each kind before (``kind<``)
    and after it (``kind>``), whether it ends its sentence (a main verb, in Hindi) or names the act
    inside a longer clause, and whether its head word was already written earlier in the article.

    Args:
        ev: The event.
        text: The article's text.
        sentence: The sentence the trigger stands in, when known.
    """
    if sentence is None:
        return []
    out: list[str] = []
    before = _tokens(text[sentence.start : ev.trigger_start])
    trigger = _tokens(text[ev.trigger_start : ev.trigger_end])
    rest = text[ev.trigger_end : sentence.end]
    stop = _CLAUSE_END.search(rest)
    clause_after = _tokens(rest[: stop.start()] if stop else rest)
    near_before = " ".join(before[-_WINDOW:])
    near_after = " ".join(trigger[1:] + clause_after[:_WINDOW])
    first_after = clause_after[0] if clause_after else ""
    for kind, pat in _score_words().items():
        if kind == "postposition":
            if first_after and pat.search(first_after):
                out.append("postposition>")
            continue
        if pat.search(near_before):
            out.append(f"{kind}<")
        if pat.search(near_after):
            out.append(f">{kind}")
    # a relative clause or a condition may open far before the trigger, anywhere in its sentence
    whole = " ".join(before)
    out += [f"{k}<<" for k in ("relative", "condition", "first_person") if k in _score_words()
            and _score_words()[k].search(whole)]  # fmt: skip
    after_all = _tokens(rest)
    out.append("ends_sentence" if len(after_all) <= 2 else "mid_sentence")
    head = trigger[0] if trigger else ""
    if len(head) > 2 and _opens_a_word(text[: sentence.start].lower(), head):
        out.append("told_before")
    return out


def _opens_a_word(text: str, head: str) -> bool:
    """Whether ``head`` stands in ``text`` at its start or after a space: what ``(?:^|\\s)head``
    finds, without compiling a pattern for each head word (that cost more than the search).
    """
    at = text.find(head)
    while at > 0 and not text[at - 1].isspace():
        at = text.find(head, at + 1)
    return at >= 0


def date_features(ev: Event) -> list[str]:
    """How the event's date stands to the article's (its latest possible day): an earlier year,
    an earlier month, or a year stated with no article date to compare.
    """
    m = _YEAR.match(ev.date or "")
    if not m:
        return []
    ref = _YEAR.match(ev.not_after or "")
    if not ref:
        return ["date_year_only"] if ev.date_basis == "text" else []
    if m.group(1) < ref.group(1):
        return ["date_earlier_year"]
    if len(ev.date or "") >= 7 and ev.not_after and (ev.date or "")[:7] < ev.not_after[:7]:
        return ["date_earlier_month"]
    return []


def actor_features(ev: Event) -> list[str]:
    """How many actors are named, how many are known entities (neither a new name nor a generic
    agent of no country), and how far the nearest one stands from the trigger.
    """
    named = sum(1 for a in ev.actors if a.via == "name")
    known = sum(1 for a in ev.actors if not a.entity_id.startswith("new:")
                and not (a.entity_id.startswith("agent:") and a.entity_id.count(":") == 1))  # fmt: skip
    out = [f"named={min(named, 2)}", f"known={min(known, 2)}"]
    dists = [min(abs(a.start - ev.trigger_end), abs(ev.trigger_start - a.end)) for a in ev.actors if a.start >= 0]
    if dists:
        d = min(dists)
        out.append("actor_near" if d < 40 else "actor_mid" if d < 120 else "actor_far")
    if ev.actors and all(a.entity_id.startswith("agent:") and a.entity_id.count(":") == 1 for a in ev.actors):
        out.append("actors_generic")  # only agents of no country: people, police, students...
    return out


def features(ev: Event, text: str, sentences: list[Span]) -> list[str]:
    """The binary features of one event (names only: each present feature counts 1).

    Args:
        ev: The event, as the coder left it after merging within its article.
        text: The article's text (its title, for an event stated in the title alone: ``Event.in_title``).
        sentences: The sentences of ``text``, in order.
    """
    out = [f"type={ev.type}", f"mode={ev.type}/{ev.mode}", f"modality={ev.modality}"]
    words = text[ev.trigger_start : ev.trigger_end].split()
    english = text[ev.trigger_start : ev.trigger_end].isascii()
    # no feature of the trigger's language: on the dev sets it told the outlet (English pages of one of
    # them), not the event, and lowered the ranking on outlets left out
    out.append(f"trigger_words={min(len(words), 4)}")
    last = words[-1] if words else ""
    verbal, happened, that = _words()
    if not english:
        out.append("form=verbal" if verbal.search(last) else "form=happened" if happened.search(last)
                   else "form=noun" if len(words) == 1 else "form=other")  # fmt: skip
    if ev.negated:
        out.append("negated")
    roles = {a.role for a in ev.actors}
    out.append(f"actors={min(len(ev.actors), 3)}")
    out += [f"role={r}" for r in sorted(roles)]
    kinds = {a.entity_id.split(":", 1)[0] for a in ev.actors}
    out += [f"kind={k}" for k in sorted(kinds)]
    # no feature of how the actors were found (name, office, pronoun, carried over): it told the outlets'
    # styles apart more than real acts from spurious ones, and lowered the ranking on outlets left out;
    # how many are named and how many are known entities (new names among them) stay (actor_features)
    if ev.place:
        out.append("place")
    out.append(f"date={ev.date_basis or 'none'}" if ev.date else "date=none")
    out.append(f"evidence={min(len(ev.evidence), 3)}")
    if ev.in_title():
        out.append("in_title")  # a headline the body does not retell (``text`` is then the title)
    elif any(s.field == "title" for s in ev.evidence):
        out.append("headline")  # the body retells what the headline states
    idx = next((i for i, s in enumerate(sentences) if s.start <= ev.trigger_start < s.end), len(sentences))
    # the lead (its first sentences) in any article; past it, where in the article's length the event stands
    # (a count of sentences would tell a long article's outlet rather than the event)
    if idx < 3:
        out.append("position=lead")
    else:
        n = len(sentences)
        out.append("position=first_half" if 2 * idx < n else "position=last_third" if 3 * idx >= 2 * n
                   else "position=past_half")  # fmt: skip
    if idx < len(sentences):
        before = text[sentences[idx].start : ev.trigger_start]
        # no feature of an open quotation mark before the trigger: on the news dev set 19 of its 23 rows were
        # English pages' apostrophes (India's), so it told the page's language; counted without them it still
        # lowered the F1 each set left out gained (session 45), so speech is told by "that" and the score words
        if that.search(before):
            out.append("after_that")
    sentence = sentences[idx] if idx < len(sentences) else None
    return out + context_features(ev, text, sentence) + date_features(ev) + actor_features(ev)


@dataclass(frozen=True)
class EventScorer:
    """A trained logistic model: the weight of each feature, the bias and the threshold under
    which an event is dropped.
    """

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> EventScorer:
        """Read a model file written by ``training/events/precision.py``."""
        obj: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls({str(k): float(v) for k, v in obj["weights"].items()}, float(obj["bias"]), float(obj["threshold"]))

    def score(self, feats: list[str]) -> float:
        """The probability the model gives an event with these features of being a gold event."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_scorer(path: str) -> EventScorer | None:
    """The scorer at ``path`` (``""``: the shipped one), or None when there is no such file."""
    p = Path(path) if path else DEFAULT_MODEL
    return EventScorer.load(p) if p.exists() else None
