"""The event stage: finds the events of an article whose mentions are linked."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from ..entities_frames import framed_roads
from ..facts import chair_bounds, summit_bounds
from ..kb import KnowledgeBase, _pad
from ..lexicon import Agents, Lexicon, Pronoun, lang_rows, load_agents, load_lexicon, load_pronouns
from ..model import Article, Event, RoleFact
from .coref import corefer
from .grammar import _DEV, _FUTURE, _UNTIL, _WIRE_DATELINE, ACTOR_LABELS, PLACE_LABELS
from .headline import join_headline
from .merge import _fold_nominals, city_countries, forget_held, merge_in_document, merging_told, told_countries
from .state import _State

if TYPE_CHECKING:
    from .place_choice import Candidate


class EventExtractor:
    """Finds events in articles whose mentions are linked (``entities`` and ``link`` ran).

    Args:
        kb: The knowledge base (for affiliations, places and office tenures).
        home_country: The country an unqualified office belongs to (``in``).
        lexicons: Predicate lexicons by language code (``lang/<code>/predicates.tsv`` by default).
    """

    def __init__(self, kb: KnowledgeBase, home_country: str = "in",
                 lexicons: dict[str, Lexicon] | None = None, scorer: str = "",
                 place_chooser: str = "off", ranker: str = "off") -> None:  # fmt: skip
        from ..actor_rank import load_ranker
        from ..event_score import load_scorer
        from .place_choice import load_chooser

        self.kb = kb
        # the tagger's everyday words (never a name alone): a framed road's two places are none of them
        from ..entities import common_words, model_folder

        self.common = common_words(model_folder(""))
        # the actor ranker (sambandh/actor_rank.py): "off" keeps the actors the rules choose
        self.ranker = None if ranker == "off" else load_ranker(ranker)
        self.reranked = 0  # events whose actors the ranker changed
        # where the ranker's training rows are collected: each finished event's candidates with their features
        # (by id(); the event is kept with them)
        self.actor_rows: dict[int, tuple[Event, list[tuple[Any, list[str]]]]] | None = None
        # the precision model (sambandh/event_score.py): "off" keeps every event the rules find
        self.scorer = None if scorer == "off" else load_scorer(scorer)
        self.dropped = 0  # events the model ranked under its threshold
        # where the precision model's training rows are collected: each event's features as the model
        # sees them, before places, dates and usual doers are carried over (by id(); the event is kept
        # with them, so no id is reused while they are held)
        self.features_seen: dict[int, tuple[Event, list[str]]] | None = None
        # the learned place chooser (events/place_choice.py): "off" keeps the rules' places; where its
        # training rows are collected (each body event's candidate places, by id(), as features_seen)
        self.place_chooser = None if place_chooser == "off" else load_chooser(place_chooser)
        self.places_seen: dict[int, tuple[Event, list[Candidate]]] | None = None
        self.home = f"country:{home_country}"
        if lexicons is None:
            lexicons = {code: lex for code in ("hi", "en") if (lex := load_lexicon(code)) is not None}
        self.lexicons = lexicons
        self.agents: dict[str, Agents] = {code: load_agents(code) for code in self.lexicons}
        # the pronouns of every language read (lang/<code>/pronouns.tsv), as one alternation
        self.pronouns: dict[str, Pronoun] = {}
        for code in self.lexicons:
            self.pronouns.update(load_pronouns(code))
        words = sorted({p.word for p in self.pronouns.values()}, key=lambda w: (-len(w), w))
        self.pronoun_re = re.compile(
            r"(?<![\w" + _DEV + r"])(?P<w>" + "|".join(map(re.escape, words)) + r")(?![\w" + _DEV + r"])",
            re.IGNORECASE) if words else None  # fmt: skip
        self.places_of = city_countries(kb)
        # country → its capital city (kb/cities.tsv marks capitals)
        self.capitals = {self.places_of[eid]: eid for eid, ent in kb.entities.items()
                         if ent.kind == "capital" and eid in self.places_of}  # fmt: skip
        self.faults: Counter[str] = Counter()
        # (type, mode) → the sector of who usually does an act told in the passive (lang/<code>/passive_doers.tsv)
        # and whether it comes before the one acting just before ("only") or after ("else"); a row naming its
        # predicates is keyed (type, mode, predicate) and holds for those alone (an acquittal is a court's)
        self.passive_doers: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {
            code: {key: (r[2].lower(), r[3]) for r in lang_rows(code, "passive_doers.tsv") if len(r) > 3
                   for key in ([(r[0], r[1], p) for p in r[4].split("|") if p] if len(r) > 4 and r[4].strip()
                               else [(r[0], r[1])])}
            for code in self.lexicons}  # fmt: skip
        # lang/<code>/place_words.tsv: "जिले", "district" between a place's name and its case
        # longest first, then in spelling order: the same pattern in every run (sets have no order)
        pwords = sorted({r[0] for code in self.lexicons for r in lang_rows(code, "place_words.tsv")},
                        key=lambda w: (-len(w), w))
        supports = sorted({r[0] for code in self.lexicons for r in lang_rows(code, "support_verbs.tsv")},
                          key=lambda w: (-len(w), w))
        self.support_re = re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in supports)
                                     + r")\s+(?:(?:an?|the|unprovoked|heavy|fresh|massive|\w+ly)\s+){0,3}$",
                                     re.IGNORECASE) if supports else None  # fmt: skip
        self.place_words = re.compile(r"\s+(?:" + "|".join(map(re.escape, pwords)) + r")(?![\w" + _DEV + r"])",
                                      re.IGNORECASE) if pwords else None  # fmt: skip
        # "प्रधानमंत्रियों", "रक्षा मंत्रियों": the plural forms of the office words (lang/<code>/roles.tsv) that
        # the Hindi morphology makes, each with its role, for the offices of several countries named at once
        self.office_plural: dict[str, str] = {}
        hi = self.lexicons.get("hi")
        if hi is not None and hi.morph is not None:
            from ..link import ROLE_WORDS
            from ..normalize import normalize

            for written, role in ROLE_WORDS:
                head, _, last = normalize(written).rpartition(" ")
                for form in hi.morph.noun_forms(last) - {last}:
                    if form.endswith(("ों", "यों")):
                        self.office_plural[f"{head} {form}".strip()] = role
        plurals = sorted(self.office_plural, key=lambda w: (-len(w), w))
        self.office_plural_re = re.compile(
            r"(?<![\w" + _DEV + r"])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in plurals)
            + r")(?![\w" + _DEV + r"])") if plurals else None  # fmt: skip

    # ---- the article -------------------------------------------------------------------
    def extract(self, article: Article, title: Article | None = None) -> list[Event]:
        """The events of one article, merged within it, with dates bounded by what it states.

        Args:
            article: The article (mentions linked, time expressions found).
            title: Its title as a one-sentence article (``headline.title_article``), or ``None``: the
                headline's events join the body's retellings as evidence, or stand alone in the title.
        """
        forget_held()  # the previous article's evidence sets (merge.add_evidence) are let go
        text = article.text
        if not text or not article.sentences:
            return []
        # a wire dateline the cleaner left in the text ("चिंगदाओ (चीन), 26 जून (भाषा)"): its places are
        # where the report was filed, never actors
        lines = [dm.span("head") for dm in _WIRE_DATELINE.finditer(text, 0, min(len(text), 600))]
        mentions = sorted(
            (m for m in article.mentions if m.entity_id and m.source != "dateline" and 0 <= m.start < m.end <= len(text)
             and not any(s <= m.start and m.end <= e for s, e in lines)),
            key=lambda m: m.start,
        )  # fmt: skip
        # a road the tagger left unnamed, read by the two places it joins ("X-Y मार्ग"), stands over those two places
        # (no entity of the article: the settlements read by their frame are the entity stage's mentions)
        roads = framed_roads(text, mentions, self.common)
        if roads:
            spans = [(m.start, m.end) for m in roads]
            mentions = sorted([m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
                              + roads, key=lambda m: m.start)  # fmt: skip
        wire_place = next((m for m in article.mentions if m.entity_id and m.label in PLACE_LABELS
                           and any(s <= m.start and m.end <= e for s, e in lines)), None)  # fmt: skip
        # a month inside a name (डोंग जून) is not a date
        names = [(m.start, m.end) for m in mentions if m.label in ACTOR_LABELS]
        article.timexes = [t for t in article.timexes if not any(s < t.end and t.start < e for s, e in names)]
        bounds = self.document_bounds(article)
        state = _State(article, mentions, bounds, self)
        if state.dateline is None and wire_place is not None:
            state.dateline = wire_place
        events: list[Event] = []
        for sent in article.sentences:
            try:
                events.extend(state.sentence(sent))
            except Exception as exc:  # noqa: BLE001 - one bad sentence must not lose the article
                self.faults[f"sentence:{type(exc).__name__}"] += 1
        # the countries each sentence names: a partner the other telling's sentence names is not another one
        told = told_countries(article.sentences, mentions, self.places_of)
        with merging_told(told):
            events = _fold_nominals(events, state.nominal, state.anaphoric, state.copular)
        try:
            with merging_told(told):
                events = merge_in_document(events, self.places_of, state.earlier, state.also, state.replies)
                events = corefer(events, text, self.places_of, state.also, state.replies, state.earlier)
        except Exception as exc:  # noqa: BLE001 - keep the events unmerged rather than none
            self.faults[f"merge:{type(exc).__name__}"] += 1
        head_state: _State | None = None
        if title is not None and title.text and title.sentences:
            try:
                head_state, heads = self._headline(title, bounds, state)
                events = join_headline(heads, events, len(title.text), state.earlier)
            except Exception as exc:  # noqa: BLE001 - the body's events stand without the headline's
                self.faults[f"headline:{type(exc).__name__}"] += 1
        events = self._scored(events, article, title)
        state.fill_unnamed_subjects(events)
        try:
            state.fill_toll_counts(events)
        except Exception as exc:  # noqa: BLE001 - the events stand without the counted toll
            self.faults[f"toll:{type(exc).__name__}"] += 1
        if head_state is not None:
            head_state.fill_unnamed_subjects(events)
        body = [e for e in events if not e.in_title()]
        state.add_usual_doers(body)
        state.mark_sides_alike(body)
        if head_state is not None:
            heads = [e for e in events if e.in_title()]
            head_state.add_usual_doers(heads)
            head_state.mark_sides_alike(heads)
        try:
            # after the events are merged and chosen: a place stated in a neighbouring sentence of the scene
            state.carry_places(body)
        except Exception as exc:  # noqa: BLE001 - keep the places the sentences gave
            self.faults[f"carry:{type(exc).__name__}"] += 1
        try:
            # and a date a neighbouring sentence gives an act told without one
            state.carry_dates(body)
        except Exception as exc:  # noqa: BLE001 - keep the dates the sentences gave
            self.faults[f"carry_dates:{type(exc).__name__}"] += 1
        if self.place_chooser is not None or self.places_seen is not None:
            from .place_choice import choose_places

            try:
                choose_places(state, body, self.place_chooser, self.places_seen)
            except Exception as exc:  # noqa: BLE001 - keep the rules' places
                self.faults[f"place_choice:{type(exc).__name__}"] += 1
        try:
            # the country of a usual doer the clause left without one: where the act was placed
            state.place_usual_doers(body)
            if head_state is not None:
                head_state.place_usual_doers([e for e in events if e.in_title()])
        except Exception as exc:  # noqa: BLE001 - the usual doers keep no country
            self.faults[f"usual_country:{type(exc).__name__}"] += 1
        try:
            self._ranked(events, state, head_state)
        except Exception as exc:  # noqa: BLE001 - keep the rules' actors
            self.faults[f"ranker:{type(exc).__name__}"] += 1
        return events

    def _ranked(self, events: list[Event], state: _State, head_state: _State | None) -> None:
        """The actors of each finished event as the actor ranker judges its candidates (an event merged from
        several keeps the candidates of the one that stands for them); the training rows when collected.
        """
        if self.ranker is None and self.actor_rows is None:
            return
        from ..actor_rank import missing_rule_actors, rule_features

        for ev in events:
            got = state.candidates.get(id(ev)) or (head_state.candidates.get(id(ev)) if head_state else None)
            if got is None or got[0] is not ev:
                continue
            cands = got[1]
            missing_rule_actors(cands, ev)
            if self.actor_rows is not None:
                self.actor_rows[id(ev)] = (ev, list(zip(cands.items, rule_features(cands, ev), strict=True)))
            if self.ranker is not None:
                new = self.ranker.decide(ev, cands)
                if [(a.entity_id, a.role) for a in new] != [(a.entity_id, a.role) for a in ev.actors]:
                    self.reranked += 1
                    ev.actors = new

    def _headline(self, title: Article, bounds: tuple[str | None, str | None],
                  body: _State) -> tuple[_State, list[Event]]:  # fmt: skip
        """The events the title states, read as a sentence of its own with the body's date bounds and
        the body's day of the report (the dateline's date, or the lead's day) for acts told as done.
        """
        mentions = sorted((m for m in title.mentions if m.entity_id and m.source != "dateline"
                           and 0 <= m.start < m.end <= len(title.text)), key=lambda m: m.start)  # fmt: skip
        state = _State(title, mentions, bounds, self)
        state.dateline_date, state.lead_day = body.dateline_date, body.lead_day
        heads: list[Event] = []
        for sent in title.sentences:
            heads.extend(state.sentence(sent))
        heads = _fold_nominals(heads, state.nominal, state.anaphoric, state.copular)
        return state, merge_in_document(heads, self.places_of, state.earlier, state.also, state.replies)

    def _scored(self, events: list[Event], article: Article, title: Article | None = None) -> list[Event]:
        """Each event's confidence from the precision model, and only those at its threshold or above
        (an event stated in the title alone is scored on the title).
        """
        if self.scorer is None and self.features_seen is None:
            return events
        from ..event_score import features

        kept = []
        for ev in events:
            where = title if title is not None and ev.in_title() else article
            feats = features(ev, where.text, where.sentences)
            if self.features_seen is not None:
                self.features_seen[id(ev)] = (ev, feats)
            if self.scorer is None:
                kept.append(ev)
                continue
            p = self.scorer.score(feats)
            ev.confidence = round(p, 2)
            if p >= self.scorer.threshold:
                kept.append(ev)
            else:
                self.dropped += 1
        return kept

    def document_bounds(self, article: Article) -> tuple[str | None, str | None]:
        """Earliest and latest day the article can have been written.

        The publication date when known; otherwise the overlap of the tenures of the offices
        its text gives people (``रूस के रक्षा मंत्री सर्गेई शोगू``: 2012-11 to 2024-05), no
        earlier than the latest absolute date it reports in the past tense, and within the
        term of a chairmanship or the year of a coming summit it states (``facts``); once the
        year is known, no earlier than a day and month it reports in the past tense.
        """
        if article.published:
            return None, article.published[:10]
        lo: list[str] = []
        hi: list[str] = []
        for r in article.roles:
            ent = self.kb.entities.get(r.entity_id)
            if ent is None or r.basis == "default":
                continue
            held = [x for x in ent.roles if x.role == r.role and x.of == r.of]
            if len(held) != 1:  # two tenures: the article could be from either
                continue
            if held[0].start:
                lo.append(_pad(held[0].start, "01"))
            if held[0].end:
                hi.append(_pad(held[0].end, "31"))
        today = dt.date.today().isoformat()
        for t in article.timexes:
            if t.type == "DATE" and not t.anchored and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", t.value):
                # a year the article reports (not a target: "2030 तक", nor one still to come)
                ahead = article.text[t.end : t.end + 40]
                if _pad(t.value, "01") <= today and not _UNTIL.match(ahead) and not _FUTURE.search(ahead):
                    lo.append(_pad(t.value, "01"))
        nb = max(lo) if lo else None
        na = min(hi) if hi else None
        if nb and na and nb > na:  # the article contradicts our tenures: trust neither
            return None, None
        # "Tajikistan chairs the SCO this year": the year the chair is known by; "this year's
        # India-Russia summit, still to come": a year that had one
        nb, na = chair_bounds(article.facts, self.kb, nb, na)
        nb, na = summit_bounds(article, self.kb, nb, na)
        if nb and na and nb[:4] == na[:4]:
            # the year is known now: a day and month it reports in the past tense ("14 जुलाई को
            # ... पहुंचे थे") is that day of that year, so the article is no earlier
            for t in article.timexes:
                if t.type != "DATE" or not re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", t.value or ""):
                    continue
                day = _pad(nb[:4] + t.value[4:], "01")
                if nb < day <= na and not _FUTURE.search(article.text[t.end : t.end + 40]):
                    nb = day
        return nb, na

    # ---- helpers used by _State --------------------------------------------------------
    def affiliation(self, eid: str, roles: dict[str, RoleFact], date: dt.date | None) -> str | None:
        """The country or organisation an entity acts for."""
        if eid.startswith("country:"):
            return eid
        if eid.startswith("agent:"):
            parts = eid.split(":")
            return f"country:{parts[2]}" if len(parts) > 2 else None
        if eid in roles:
            of = roles[eid].of
            # a state's chief minister acts for the state's country
            return self.kb.country_id(of) if of.startswith("region:") else of
        ent = self.kb.entities.get(eid)
        if ent is None:
            return None
        if ent.label == "PERSON":
            held = [r for r in ent.roles_on(date) if r.of.startswith("country:")]
            if held:
                return held[0].of
        return self.kb.country_id(eid)

    @staticmethod
    def is_city(eid: str) -> bool:
        """Whether an entity is a knowledge-base city or region, or a place the knowledge base does not
        hold (every country is in it, so an unknown one is a town, a district, a province): a finer place
        than a country, where things happen, not who acts.
        """
        return eid.startswith(("city:", "region:", "new:gpe:"))

    def capital_of(self, eid: str) -> str | None:
        """The country whose capital ``eid`` is (``city:beijing`` → ``country:cn``), else ``None``."""
        ent = self.kb.entities.get(eid)
        return self.places_of.get(eid) if ent is not None and ent.kind == "capital" else None
