"""Evaluation: entity-level scores of the whole entity stage against ``token<TAB>tag`` files.

The gold file is CoNLL-like: one ``token<TAB>BIO-tag`` per line, a blank line between
sentences. Each sentence is rebuilt as its tokens joined by spaces and run through the same
recogniser that ingest uses (model + knowledge-base ruler + patterns). A predicted entity
counts only when its span and its type both match a gold entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import InputError, UsageError

# IL-NER → Sambandh; a gold label with no mapping keeps its own name (and is never predicted)
DEFAULT_MAP = {"NEP": "PERSON", "NEO": "ORG", "NEL": "LOC"}
# Sambandh's finer labels, compared as the gold scheme's coarser ones
PREDICTED_AS = {"GPE": "LOC"}

Sentence = list[tuple[str, str]]


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> Iterator[Sentence]:
    """Sentences of (token, BIO tag with the label mapped); malformed tags are repaired.

    A tag with no ``B-``/``I-`` prefix (``-NEL``) continues a span of the same label or
    starts one; ``-`` and empty tags are ``O``; lines without two columns are skipped.
    """
    mapping = DEFAULT_MAP if mapping is None else mapping
    sent: Sentence = []
    prev = "O"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    for line in lines:
        if not line.strip():
            if sent:
                yield sent
            sent, prev = [], "O"
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            continue
        tag = map_tag(parts[1].strip(), prev, mapping)
        sent.append((parts[0].strip(), tag))
        prev = tag
    if sent:
        yield sent


def map_tag(raw: str, prev: str, mapping: dict[str, str]) -> str:
    """One gold tag with its label mapped (``B-NEP`` → ``B-PERSON``); see ``read_conll``."""
    if raw in ("O", "-", ""):
        return "O"
    prefix, _, kind = raw.partition("-")
    if not kind:
        return "O"
    label = mapping.get(kind, kind)
    if not label or label == "O":
        return "O"
    if prefix not in ("B", "I"):
        prefix = "I" if prev.endswith("-" + label) else "B"
    if prefix == "I" and not prev.endswith("-" + label):
        prefix = "B"
    return f"{prefix}-{label}"


def sentence_spans(sent: Sentence) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence text (tokens joined by spaces) and its gold entities as character spans."""
    text_parts: list[str] = []
    spans: list[list[Any]] = []
    pos = 0
    for tok, tag in sent:
        start = pos
        text_parts.append(tok)
        pos += len(tok) + 1
        if tag.startswith("B-") or (tag.startswith("I-") and not spans):
            spans.append([start, start + len(tok), tag[2:]])
        elif tag.startswith("I-"):
            spans[-1][1] = start + len(tok)
    return " ".join(text_parts), {(int(s), int(e), str(label)) for s, e, label in spans}


@dataclass
class Scores:
    """True positives, false positives and false negatives by label."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def prf(self, labels: list[str] | None = None) -> dict[str, float]:
        """Micro precision, recall and F1 (in percent) over ``labels`` (all when None)."""
        keys = labels if labels is not None else sorted(set(self.tp) | set(self.fp) | set(self.fn))
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "support": tp + fn}


def parse_mapping(text: str | None) -> dict[str, str]:
    """``NEP=PERSON,NEO=ORG`` → a mapping over the defaults; ``X=`` drops label X.

    Raises:
        UsageError: The text is not a comma-separated list of ``A=B``.
    """
    mapping = dict(DEFAULT_MAP)
    if not text:
        return mapping
    for item in text.split(","):
        if "=" not in item:
            raise UsageError(f"bad label mapping {item!r}: use GOLD=LABEL, e.g. NEP=PERSON")
        gold, label = (x.strip() for x in item.split("=", 1))
        mapping[gold] = label or "O"
    return mapping


def evaluate_ner(
    path: Path, config: Config | None = None, mapping: dict[str, str] | None = None, model_only: bool = False
) -> dict[str, Any]:
    """Entity-level scores of the entity stage on a ``token<TAB>tag`` file.

    With ``model_only``, the NER model's own names are scored instead (GPE read as LOC): the
    stage's rules (knowledge base, head words, titles, filters) left out, to measure what they change.

    Returns:
        ``by_type`` (P/R/F per label), ``micro`` over PERSON/ORG/LOC, ``strict`` over every
        gold label (labels we do not predict, such as time or number, count as misses),
        and counts.

    Raises:
        UsageError: The file does not exist.
    """
    from .entities import EntityRecognizer, government_phrase
    from .model import Span

    if not path.exists():
        raise UsageError(f"no such file: {path}")
    config = config or Config()
    mapping = DEFAULT_MAP if mapping is None else mapping
    # what the gold scheme can hold: our predictions of other labels (WEAPON) are not scored
    scored = {label for label in mapping.values() if label != "O"}
    rec = EntityRecognizer(config)
    sents = list(read_conll(path, mapping))
    golds = [sentence_spans(s) for s in sents]
    scores = Scores()
    gold_labels: set[str] = set()
    items = [(text, [Span(0, len(text))]) for text, _ in golds]
    if model_only:
        names = [[(s, e, PREDICTED_AS.get(label, label)) for s, e, label in found] for found in rec.model_names(items)]
    else:
        # a government named by its place ("<country> सरकार") is the place's mention here and one ORG in IL-NER
        names = [[(*government_phrase(text, m), "ORG") if m.source == "government"
                  else (m.start, m.end, PREDICTED_AS.get(m.label, m.label)) for m in found]
                 for (text, _), found in zip(items, rec.pipe(items), strict=True)]
    for (_text, gold), found_names in zip(golds, names, strict=True):
        pred = set(found_names)
        gold_labels |= {g[2] for g in gold}
        pred = {p for p in pred if p[2] in scored}
        for g in gold:
            (scores.tp if g in pred else scores.fn)[g[2]] += 1
        for p in pred - gold:
            scores.fp[p[2]] += 1
    main = ["PERSON", "ORG", "LOC"]
    return {
        "file": str(path),
        "scored": "model" if model_only else "stage",
        "sentences": len(sents),
        "tokens": sum(len(s) for s in sents),
        "by_type": {k: scores.prf([k]) for k in sorted(gold_labels | set(main))},
        "micro": scores.prf(main),
        "strict": scores.prf(sorted(gold_labels | set(main))),
    }


_TIMEX_TAG = re.compile(r'<ILTIMEX\s+TYPE="(?P<t>[A-Z])"\s*>(?P<x>.*?)</ILTIMEX>', re.DOTALL)
_ANY_TAG = re.compile(r"<[^>]+>")
ILTIMEX_TYPES = {"D": "DATE", "T": "TIME", "P": "DURATION", "F": "SET"}


def read_iltimex(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """Text and gold ``(start, end, TIMEX3 type)`` spans of one ILTIMEX-style tagged file.

    The text is normalised piece by piece, so gold offsets index the text our stages see.
    """
    from .normalize import normalize

    raw = path.read_text(encoding="utf-8", errors="replace")
    body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
    parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _TIMEX_TAG.finditer(body):
        before = normalize(_ANY_TAG.sub("", body[pos : m.start()]))
        parts.append(before)
        length += len(before)
        inner = normalize(_ANY_TAG.sub("", m.group("x")))
        lead = len(inner) - len(inner.lstrip())
        core = inner.strip()
        if core:
            gold.append((length + lead, length + lead + len(core), ILTIMEX_TYPES.get(m.group("t"), "DATE")))
        parts.append(inner)
        length += len(inner)
        pos = m.end()
    parts.append(normalize(_ANY_TAG.sub("", body[pos:])))
    return "".join(parts), gold


def evaluate_timex(folder: Path, files: list[Path] | None = None) -> dict[str, Any]:
    """Detection scores of ``sambandh.timex`` against ILTIMEX-style inline tags.

    Strict: the same span. Relaxed: the spans overlap (each gold and each prediction counted
    once). ``typed`` is strict span and the same TIMEX3 type.

    Raises:
        UsageError: The folder holds no ``.xml`` files.
    """
    from .timex import find_timexes

    paths = files if files is not None else sorted(folder.glob("*.xml")) if folder.is_dir() else [folder]
    paths = [p for p in paths if p.exists()]
    if not paths:
        raise UsageError(f"no ILTIMEX .xml files in {folder}")
    strict, relaxed, typed = Scores(), Scores(), Scores()
    misses: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for path in paths:
        text, gold = read_iltimex(path)
        pred = [(t.start, t.end, t.type) for t in find_timexes(text)]
        gold_spans = {(s, e) for s, e, _ in gold}
        pred_spans = {(s, e) for s, e, _ in pred}
        k = "TIMEX"
        for s, e, typ in gold:
            hit_strict = (s, e) in pred_spans
            (strict.tp if hit_strict else strict.fn)[k] += 1
            (typed.tp if (s, e, typ) in pred else typed.fn)[k] += 1
            overlap = any(ps < e and s < pe for ps, pe in pred_spans)
            (relaxed.tp if overlap else relaxed.fn)[k] += 1
            if not overlap:
                misses[text[s:e]] += 1
        for s, e, typ in pred:
            if (s, e) not in gold_spans:
                strict.fp[k] += 1
            if (s, e, typ) not in set(gold):
                typed.fp[k] += 1
            if not any(gs < e and s < ge for gs, ge in gold_spans):
                relaxed.fp[k] += 1
                spurious[text[s:e]] += 1
    return {
        "folder": str(folder),
        "documents": len(paths),
        "gold": strict.prf()["support"],
        "strict": strict.prf(),
        "relaxed": relaxed.prf(),
        "typed": typed.prf(),
        "top_misses": misses.most_common(15),
        "top_spurious": spurious.most_common(15),
    }


def _event_matches(gold: dict[str, Any], pred: Any) -> bool:
    from .events import family, mode_family

    if pred.type != gold["type"]:
        return False
    if gold.get("mode") and family(pred) != mode_family(gold["type"], gold["mode"]):
        return False
    want = set(gold.get("actors") or [])
    have = {a.entity_id for a in pred.actors} | {a.affiliation for a in pred.actors if a.affiliation}
    if not want <= have:
        return False
    # every predicted actor must be a gold actor or act for one
    return all(a.entity_id in want or (a.affiliation in want) for a in pred.actors) or not want


def evaluate_events(gold_path: Path, docs: Path, config: Config | None = None) -> dict[str, Any]:
    """Precision and recall of the events stage against a gold file of structured events.

    The gold file maps document file names (under ``docs``) to events: ``type``, optional
    ``mode``, ``actors`` (entity ids), optional ``place``, ``date`` (TIMEX3) and ``negated``.
    A prediction matches a gold event of the same type (and mode family) whose actors it
    names, directly or through the country they act for, with no actor the gold lacks.
    Place, date and negation are scored on the matched pairs.

    Raises:
        UsageError: A file is missing or the gold file is not valid JSON.
    """
    import json

    from .model import Article
    from .pipeline import Pipeline, article_stages
    from .read import read_file

    if not gold_path.exists():
        raise UsageError(f"no such file: {gold_path}")
    try:
        whole = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = whole["documents"]
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{gold_path}: not a gold events file ({exc})") from None
    gold_facts: dict[str, list[dict[str, Any]]] = whole.get("facts") or {}
    gold_years: dict[str, str] = whole.get("years") or {}
    f_counts = {"tp": 0, "fp": 0, "fn": 0}
    places = [0, 0]
    years: dict[str, dict[str, str | None]] = {}
    config = config or Config()
    pipeline = Pipeline(article_stages(config))
    tp = fp = fn = 0
    attrs: dict[str, list[int]] = {"place": [0, 0], "date": [0, 0], "negated": [0, 0]}
    per_doc: dict[str, dict[str, int]] = {}
    missed: list[dict[str, Any]] = []
    for name, gold_events in gold.items():
        path = docs / name
        if not path.exists():
            raise UsageError(f"gold names {name} but {path} does not exist")
        arts = [a for a in pipeline.run(read_file(path, config)) if isinstance(a, Article)]
        preds = list(arts[0].events) if arts else []
        if name in gold_facts:
            _score_facts(gold_facts[name], arts[0].facts if arts else [], f_counts, places, missed, name)
        if name in gold_years:
            years[name] = {"gold": gold_years[name], "predicted": _article_year(arts[0]) if arts else None}
        used: set[int] = set()
        d_tp = 0
        for g in gold_events:
            cands = [i for i, p in enumerate(preds) if i not in used and _event_matches(g, p)]
            if not cands:
                missed.append({"doc": name, **g})
                continue
            cands.sort(key=lambda i: (preds[i].date != g.get("date"), preds[i].place != g.get("place")))
            hit = preds[cands[0]]
            used.add(cands[0])
            d_tp += 1
            if g.get("place"):
                attrs["place"][0] += hit.place == g["place"]
                attrs["place"][1] += 1
            if g.get("date"):
                attrs["date"][0] += hit.date == g["date"]
                attrs["date"][1] += 1
            attrs["negated"][0] += hit.negated == bool(g.get("negated"))
            attrs["negated"][1] += 1
        tp += d_tp
        fn += len(gold_events) - d_tp
        fp += len(preds) - len(used)
        per_doc[name] = {"gold": len(gold_events), "predicted": len(preds), "matched": d_tp}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": str(gold_path),
        "events": {
            "p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "tp": tp, "fp": fp, "fn": fn
        },
        "attributes": {k: {"correct": c, "of": n, "accuracy": round(100 * c / n, 2) if n else None}
                       for k, (c, n) in attrs.items()},
        "documents": per_doc,
        "facts": _prf(f_counts) | {"place": {"correct": places[0], "of": places[1]}} if gold_facts else None,
        "years": _years(years) if gold_years else None,
        "missed": missed,
    }


def _years(years: dict[str, dict[str, str | None]]) -> dict[str, Any]:
    right = sum(y["gold"] == y["predicted"] for y in years.values())
    wrong = sum(y["predicted"] not in (None, y["gold"]) for y in years.values())
    return {"correct": right, "of": len(years), "claimed_wrong": wrong, "documents": years}


def _prf(c: dict[str, int]) -> dict[str, Any]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), **c}


def _score_facts(
    gold: list[dict[str, Any]], preds: list[Any], counts: dict[str, int], places: list[int], missed: list[Any],
    name: str,
) -> None:  # fmt: skip
    """Facts match on predicate, subject, object and date; the place is scored on matches."""
    have = {(f.predicate, f.subject, f.object, f.date): f for f in preds if not f.negated}
    want = {(g["predicate"], g["subject"], g["object"], g.get("date")): g for g in gold}
    for key, g in want.items():
        if key not in have:
            missed.append({"doc": name, "fact": g})
            continue
        counts["tp"] += 1
        if g.get("place"):
            places[0] += have[key].place == g["place"]
            places[1] += 1
    counts["fn"] += len(want.keys() - have.keys())
    counts["fp"] += len(have.keys() - want.keys())


def _article_year(article: Any) -> str | None:
    """The year the events of an article are placed in: its publication year, or the year
    their bounds share (``None`` when the text leaves it open).
    """
    if article.published:
        return str(article.published[:4])
    for ev in article.events:
        if ev.not_before and ev.not_after and ev.not_before[:4] == ev.not_after[:4]:
            return str(ev.not_before[:4])
    return None


# ---- events against the news-pages gold (docs/events.md) ---------------------------------
def read_pages(path: Path) -> dict[str, dict[str, Any]]:
    """Annotated articles by id, from a pages JSONL file (``id``, ``text``, ``published``,
    ``language``, ``title``), from the BBC Hindi CSV (``category,text`` rows, no header
    fields beyond ``0,1``), whose articles are ``bbc-NNN`` by row (0-based) and undated, or from
    a folder of ILTIMEX-style ``.xml`` files (``ilt-<stem>``, undated), or from an EDNIL-style JSONL of
    token lists (``docid``, ``tokens``; ``ednil-NNN`` by row, 0-based, the tokens joined by spaces, undated).

    Raises:
        UsageError: The file is missing or a line is not JSON.
    """
    import csv
    import json

    if not path.exists():
        raise UsageError(f"no such file: {path}")
    out: dict[str, dict[str, Any]] = {}
    if path.is_dir():
        # an ILTIMEX-style folder: its untagged copy where there is one, ``ilt-<file stem>`` ids, undated
        folder = path / "plain" if (path / "plain").is_dir() else path
        for f in sorted(folder.glob("*.xml")):
            out[f"ilt-{f.stem}"] = {"id": f"ilt-{f.stem}", "text": read_iltimex(f)[0], "published": None,
                                    "language": "hi", "title": ""}  # fmt: skip
        if not out:
            raise UsageError(f"no .xml articles in {path}")
        return out
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh)):
                out[f"bbc-{n:03d}"] = {"id": f"bbc-{n:03d}", "text": row.get("1") or "", "topic": row.get("0"),
                                       "published": None, "language": "hi", "title": ""}  # fmt: skip
        return out
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip():
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                raise UsageError(f"{path}:{n}: not JSON ({exc})") from None
            if "text" not in obj and isinstance(obj.get("tokens"), list):
                # an EDNIL-style line (``docid``, ``tokens``): ``ednil-NNN`` by row (0-based), the tokens
                # joined by spaces as the teacher's unlabelled text has them, undated
                key = f"ednil-{len(out):03d}"
                obj = {"id": key, "text": " ".join(map(str, obj["tokens"])), "published": None, "language": "hi",
                       "title": "", "docid": obj.get("docid")}  # fmt: skip
            out[str(obj.get("id"))] = obj
    return out


def split_of(doc_id: str) -> str:
    """The half an article belongs to: ``blind`` when the SHA-1 of its id starts with 8-f, else ``dev``."""
    import hashlib

    return "blind" if hashlib.sha1(doc_id.encode()).hexdigest()[0] in "89abcdef" else "dev"


def read_event_gold(path: Path) -> dict[str, dict[str, Any]]:
    """The gold lines of an events JSONL file, by article id.

    Raises:
        UsageError: The file is missing, a line is not JSON, or an id repeats.
    """
    import json

    if not path.exists():
        raise UsageError(f"no such file: {path}")
    out: dict[str, dict[str, Any]] = {}
    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            doc_id = str(line["id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path}:{i}: not a gold events line ({exc})") from None
        if doc_id in out:
            raise UsageError(f"{path}:{i}: {doc_id} is annotated twice")
        out[doc_id] = line
    return out


def evaluate_page_events(gold_path: Path, pages_path: Path, config: Config | None = None, split: str = "all",
                         rows: list[tuple[str, list[str], bool, bool]] | None = None,
                         actor_rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:  # fmt: skip
    """Score the event stage on real pages against a JSONL gold of offsets (docs/events.md).

    Each page of ``pages_path`` (JSONL: ``id``, ``text``, ``published``, ``language``) that the gold
    names runs through the per-article stages as ingest runs them; the events found are mapped
    back to offsets in the page's text. A system event matches a gold event of the same type
    whose trigger it overlaps (else whose trigger lies in its sentence). Returned per split
    (``dev``, ``blind``) and for both: core recall, recall, precision and F1, per type, and on
    matched pairs the accuracy of actors, roles, place, date, modality and negation. With
    ``rows``, each system event's article id, features (``sambandh.event_score.features``),
    whether it matched a gold event and whether that one is core are appended to it: the training
    data of the precision model. With ``actor_rows``, each candidate actor of each system event that
    matched a gold event (``sambandh.actor_rank``): its article id, features and the role of the gold
    actor it is (``none`` for none), by the evaluator's own actor comparison: the actor ranker's
    training data.

    Raises:
        UsageError: A file is missing, malformed, or the gold names a page the file lacks.
    """
    from .model import Article
    from .pipeline import EventStage, Pipeline, article_stages
    from .read import record_from_obj

    gold = read_event_gold(gold_path)
    pages = {d: obj for d, obj in read_pages(pages_path).items() if d in gold}
    missing = sorted(set(gold) - set(pages))
    if missing:
        raise UsageError(f"the gold names pages that {pages_path} lacks: {', '.join(missing[:5])}")
    wanted = [d for d in gold if split == "all" or split_of(d) == split]
    config = config or Config()
    stages = article_stages(config)
    pipeline = Pipeline(stages)
    records = [
        record_from_obj(f"{pages_path.name}#{d}", {"id": d, "text": pages[d]["text"],
                                                   "published": pages[d].get("published"),
                                                   "url": pages[d].get("url"),
                                                   "language": pages[d].get("language")})
        for d in wanted
    ]  # fmt: skip
    from .kb import load as load_kb

    kb = load_kb(config.kb_dir or None)
    seen: dict[int, tuple[Any, list[str]]] | None = None
    if rows is not None:
        # training rows take each event's features as the model sees them at run time (before places,
        # dates and usual doers are carried over), not from the finished event
        extractor = next((st.extractor for st in stages if isinstance(st, EventStage)), None)
        if extractor is not None:
            seen = extractor.features_seen = {}
    cands: dict[int, tuple[Any, list[tuple[Any, list[str]]]]] | None = None
    if actor_rows is not None:
        extractor = next((st.extractor for st in stages if isinstance(st, EventStage)), None)
        if extractor is not None:
            cands = extractor.actor_rows = {}
    tallies: dict[str, _EventTally] = {"dev": _EventTally(), "blind": _EventTally()}
    done: set[str] = set()
    for item in pipeline.run(iter(records)):
        doc_id = item.source.rsplit("#", 1)[-1]
        tally = tallies[split_of(doc_id)]
        done.add(doc_id)
        events = gold[doc_id].get("events") or []
        if not isinstance(item, Article):
            tally.quarantined.append(doc_id)
            tally.add_missed(doc_id, events)
            continue
        tally.score(doc_id, events, item, kb, rows, seen, actor_rows, cands)
        if cands is not None:
            cands.clear()
    faults: Counter[str] = Counter()
    for st in stages:
        faults.update(st.stats.faults)
    halves = {k: v.result() for k, v in tallies.items() if split in ("all", k)}
    both = _EventTally.merged(list(tallies.values())).result() if split == "all" else None
    return {"gold": str(gold_path), "pages": str(pages_path), "split": split, "articles": len(done),
            "halves": halves, "all": both, "faults": dict(faults)}  # fmt: skip


_FIELDS = ("actors", "roles", "place", "date", "modality", "negated")


@dataclass
class _EventTally:
    gold: int = 0
    core: int = 0
    core_hit: int = 0
    hit: int = 0
    pred: int = 0
    pred_hit: int = 0
    articles: int = 0
    by_type: dict[str, Counter[str]] = field(default_factory=dict)
    fields: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in _FIELDS})
    quarantined: list[str] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    actor_errors: list[dict[str, Any]] = field(default_factory=list)
    place_errors: list[dict[str, Any]] = field(default_factory=list)
    date_errors: list[dict[str, Any]] = field(default_factory=list)
    modality_errors: list[dict[str, Any]] = field(default_factory=list)
    # matched pairs where the gold has no place (or no dated value) and the coder gave one: not scored, listed
    place_unasked: list[dict[str, Any]] = field(default_factory=list)
    date_unasked: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def merged(cls, parts: list[_EventTally]) -> _EventTally:
        out = cls()
        for p in parts:
            for k in ("gold", "core", "core_hit", "hit", "pred", "pred_hit", "articles"):
                setattr(out, k, getattr(out, k) + getattr(p, k))
            for t, c in p.by_type.items():
                out.by_type.setdefault(t, Counter()).update(c)
            for k, (a, b) in p.fields.items():
                out.fields[k][0] += a
                out.fields[k][1] += b
            out.quarantined += p.quarantined
            out.missed += p.missed
            out.spurious += p.spurious
            out.actor_errors += p.actor_errors
            out.place_errors += p.place_errors
            out.date_errors += p.date_errors
            out.modality_errors += p.modality_errors
            out.place_unasked += p.place_unasked
            out.date_unasked += p.date_unasked
        return out

    def _type(self, t: str) -> Counter[str]:
        return self.by_type.setdefault(t, Counter())

    def add_missed(self, doc_id: str, events: list[dict[str, Any]]) -> None:
        self.articles += 1
        for g in events:
            self.gold += 1
            self.core += bool(g.get("core"))
            self._type(g["type"])["gold"] += 1
            self.missed.append({"doc": doc_id, "type": g["type"], "mode": g.get("mode"), "trigger": g.get("trigger"),
                                "core": bool(g.get("core"))})  # fmt: skip

    def score(self, doc_id: str, events: list[dict[str, Any]], art: Any, kb: Any,
              rows: list[tuple[str, list[str], bool, bool]] | None = None,
              seen: dict[int, tuple[Any, list[str]]] | None = None,
              actor_rows: list[dict[str, Any]] | None = None,
              cands: dict[int, tuple[Any, list[tuple[Any, list[str]]]]] | None = None) -> None:  # fmt: skip
        self.articles += 1
        omap = art.offset_map

        def raw_span(s: int, e: int) -> tuple[int, int]:
            if s < 0 or e <= s:
                return (-1, -1)
            return omap.to_raw(s), omap.to_raw(e - 1) + 1

        title_span = _title_raw(art)

        def span_of(p: Any) -> Any:
            """How an event's own offsets map to the raw page: through the title for a headline's alone."""
            return title_span if p.in_title() else raw_span

        preds = list(art.events)
        ptrig = [span_of(p)(p.trigger_start, p.trigger_end) for p in preds]
        psent = [[(title_span if s.field == "title" else raw_span)(s.start, s.end) for s in p.evidence] for p in preds]
        # a lead the cleaner took out because the body repeats it: the gold marks the first copy, the coder reads
        # the second; a trigger or a sentence in the kept copy stands for the same words in the lead too
        copies = _lead_copies(art)
        ptrig_lead = [_in_lead(span, copies) for span in ptrig]
        psent = [spans + [x for x in (_in_lead(span, copies) for span in spans) if x is not None] for spans in psent]
        used: set[int] = set()
        order = sorted(range(len(events)), key=lambda i: not events[i].get("core"))
        pairs: dict[int, int] = {}
        for rule in ("overlap", "sentence"):
            for gi in order:
                if gi in pairs:
                    continue
                g = events[gi]
                gs, ge = g["trigger"]
                for pi, p in enumerate(preds):
                    if pi in used or p.type != g["type"]:
                        continue
                    ps, pe = ptrig[pi]
                    lead = ptrig_lead[pi]
                    ok = ((ps < ge and gs < pe) or (lead is not None and lead[0] < ge and gs < lead[1])) if (
                        rule == "overlap") else any(a <= gs and ge <= b for a, b in psent[pi])
                    if ok:
                        pairs[gi] = pi
                        used.add(pi)
                        break
        for gi, g in enumerate(events):
            self.gold += 1
            core = bool(g.get("core"))
            self.core += core
            tc = self._type(g["type"])
            tc["gold"] += 1
            if gi not in pairs:
                self.missed.append({"doc": doc_id, "type": g["type"], "mode": g.get("mode"), "trigger": g["trigger"],
                                    "core": core})  # fmt: skip
                continue
            self.hit += 1
            self.core_hit += core
            tc["matched"] += 1
            self._fields(g, preds[pairs[gi]], art, kb, span_of(preds[pairs[gi]]), doc_id)
            if actor_rows is not None and cands is not None:
                _label_candidates(doc_id, g, preds[pairs[gi]], art, kb, span_of(preds[pairs[gi]]), cands, actor_rows)
        if rows is not None:
            from .event_score import features
            from .model import Span
            from .segment import split_sentences

            core_of = {pi: bool(events[gi].get("core")) for gi, pi in pairs.items()}
            title = (art.title or "").strip()
            # the title's sentences as the event stage splits them (events/headline.title_article)
            heads = split_sentences(title) or [Span(0, len(title))]
            def feats(p: Any) -> list[str]:
                got = seen.get(id(p)) if seen is not None else None
                if got is not None and got[0] is p:
                    return got[1]  # as the model saw it at run time
                return features(p, title, heads) if p.in_title() else features(p, art.text, art.sentences)

            rows += [(doc_id, feats(p), pi in used, core_of.get(pi, False)) for pi, p in enumerate(preds)]
        for pi, p in enumerate(preds):
            self.pred += 1
            self._type(p.type)["predicted"] += 1
            if pi in used:
                self.pred_hit += 1
                self._type(p.type)["predicted_right"] += 1
            else:
                self.spurious.append({"doc": doc_id, "type": p.type, "mode": p.mode, "trigger": list(ptrig[pi]),
                                      "actors": [a.entity_id for a in p.actors]})  # fmt: skip

    def _fields(self, g: dict[str, Any], p: Any, art: Any, kb: Any, raw_span: Any, doc_id: str = "") -> None:
        gold_actors = g.get("actors") or []
        fits = [[gi for gi, ga in enumerate(gold_actors) if _actor_matches(ga, a, art, kb, raw_span)] for a in p.actors]
        agree = {(pi, gi) for pi, gis in enumerate(fits) for gi in gis if p.actors[pi].role == gold_actors[gi]["role"]}
        pairing = _pair_actors(fits, agree)
        found = [(gold_actors[gi], p.actors[pi]) for pi, gi in pairing.items()]
        extra = len(p.actors) - len(found)
        matched_gold = {id(ga) for ga, _ in found}
        ok = extra == 0 and all(id(ga) in matched_gold for ga in gold_actors)
        if not ok:
            self.actor_errors.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"],
                                      "gold": [f"{ga['role']}:{ga['name']}" for ga in gold_actors],
                                      "predicted": [f"{a.role}:{a.entity_id}" for a in p.actors]})  # fmt: skip
        self.fields["actors"][0] += ok
        self.fields["actors"][1] += 1
        if found:
            self.fields["roles"][0] += all(ga["role"] == a.role for ga, a in found)
            self.fields["roles"][1] += 1
        gp = g.get("place")
        if gp:
            place_ok = bool(p.place) and _place_matches(gp, p, art, kb, raw_span)
            self.fields["place"][0] += place_ok
            self.fields["place"][1] += 1
            if not place_ok:
                self.place_errors.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"],
                                          "gold": gp.get("name"), "gold_span": gp.get("span"), "predicted": p.place,
                                          "predicted_span": list(raw_span(p.place_start, p.place_end))
                                          if p.place and p.place_start >= 0 else None})  # fmt: skip
        elif p.place:
            self.place_unasked.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"], "predicted": p.place})
        gd = (g.get("date") or {}).get("value")
        if not gd and p.date:
            self.date_unasked.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"], "predicted": p.date,
                                      "basis": (g.get("date") or {}).get("basis"), "predicted_basis": p.date_basis})
        if gd:
            date_ok = p.date == gd or (p.date or "").startswith(f"{gd}T")  # the time of day on the gold's day
            self.fields["date"][0] += date_ok
            self.fields["date"][1] += 1
            if not date_ok:
                self.date_errors.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"], "gold": gd,
                                         "basis": (g.get("date") or {}).get("basis"),
                                         "gold_span": (g.get("date") or {}).get("span"), "predicted": p.date,
                                         "predicted_basis": p.date_basis,
                                         "predicted_span": list(raw_span(p.date_start, p.date_end))
                                         if p.date and p.date_start >= 0 else None})  # fmt: skip
        if p.modality != g.get("modality", "occurred"):
            self.modality_errors.append({"doc": doc_id, "type": g["type"], "trigger": g["trigger"],
                                         "gold": g.get("modality", "occurred"), "predicted": p.modality})  # fmt: skip
        self.fields["modality"][0] += p.modality == g.get("modality", "occurred")
        self.fields["modality"][1] += 1
        self.fields["negated"][0] += p.negated == bool(g.get("negated"))
        self.fields["negated"][1] += 1

    def result(self) -> dict[str, Any]:
        p = self.pred_hit / self.pred if self.pred else 0.0
        r = self.hit / self.gold if self.gold else 0.0
        return {
            "articles": self.articles,
            "gold": self.gold, "core": self.core, "predicted": self.pred,
            "core_recall": _pct(self.core_hit, self.core), "recall": _pct(self.hit, self.gold),
            "precision": _pct(self.pred_hit, self.pred),
            "f": round(100 * 2 * p * r / (p + r), 2) if p + r else 0.0,
            "fields": {k: {"correct": a, "of": b, "accuracy": _pct(a, b)} for k, (a, b) in self.fields.items()},
            "by_type": {t: dict(c) for t, c in sorted(self.by_type.items())},
            "quarantined": self.quarantined,
            "missed": self.missed,
            "spurious": self.spurious,
            "actor_errors": self.actor_errors,
            "place_errors": self.place_errors,
            "date_errors": self.date_errors,
            "place_unasked": self.place_unasked,
            "date_unasked": self.date_unasked,
            "modality_errors": self.modality_errors,
        }  # fmt: skip


def _label_candidates(doc_id: str, g: dict[str, Any], p: Any, art: Any, kb: Any, raw_span: Any,
                      cands: dict[int, tuple[Any, list[tuple[Any, list[str]]]]],
                      out: list[dict[str, Any]]) -> None:  # fmt: skip
    """The actor ranker's row of one matched event: each candidate's features, the role of the gold actor it
    is by ``_actor_matches`` (the first in the gold's order; ``none`` for none), the gold actors it could be
    and its role among the system event's actors; the gold actors that the system actors left to the rules
    alone (a destination) could be; and how many gold actors there are.
    """
    from .model import Actor

    got = cands.get(id(p))
    if got is None or got[0] is not p:
        return
    gold_actors = g.get("actors") or []
    roles = {a.entity_id: a.role for a in p.actors}
    ranked = set()
    rows = []
    for c, feats in got[1]:
        a = Actor(c.entity_id, "", c.start, c.end, c.affiliation, c.via)
        fits = [gi for gi, ga in enumerate(gold_actors) if _actor_matches(ga, a, art, kb, raw_span)]
        rows.append({"feats": feats, "label": gold_actors[fits[0]]["role"] if fits else "none", "fits": fits,
                     "gold_roles": [gold_actors[gi]["role"] for gi in fits], "rule": roles.get(c.entity_id, "none"),
                     "entity_id": c.entity_id})
        ranked.add(c.entity_id)
    fixed = [[gi for gi, ga in enumerate(gold_actors) if _actor_matches(ga, a, art, kb, raw_span)]
             for a in p.actors if a.entity_id not in ranked]  # fmt: skip
    out.append({"doc": doc_id, "type": g["type"], "n_gold": len(gold_actors), "cands": rows, "fixed": fixed,
                "gold": [f"{ga['role']}:{ga.get('kind')}:{ga.get('country')}:{ga.get('name')}" for ga in gold_actors]})


def _pct(a: int, b: int) -> float:
    return round(100 * a / b, 2) if b else 0.0


def _lead_copies(art: Any) -> list[tuple[int, int, int]]:
    """The leads the cleaner took out because the body repeats them (reason ``repeated_lead``): for each, the raw
    span of the copy kept in the body and where the lead's own copy starts, ``(kept start, kept end, lead start)``.
    A lead whose words the page does not print again exactly is left out.
    """
    out = []
    for r in art.removed:
        if r.reason != "repeated_lead":
            continue
        words = art.raw[r.start : r.end].strip()
        if len(words) < 20:
            continue
        at = art.raw.find(words, r.end)
        if at >= 0:
            out.append((at, at + len(words), art.raw.find(words, r.start)))
    return out


def _in_lead(span: tuple[int, int], copies: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The raw span in a removed lead of words the body's kept copy holds at ``span`` (``_lead_copies``), else None."""
    s, e = span
    for kept, kept_end, lead in copies:
        if kept <= s and e <= kept_end:
            return s - kept + lead, e - kept + lead
    return None


def _title_raw(art: Any) -> Any:
    """Maps offsets into an article's title to raw page offsets: into the head line the cleaner took
    out as the title (reason ``title`` or ``repeated_lead``), where the title's words are found in it,
    else the whole line; ``(-1, -1)`` when the title was given apart from the text (no raw span).
    """
    title = (art.title or "").strip()
    line = next((r for r in art.removed if r.reason in ("title", "repeated_lead")), None)
    if not title or line is None:
        return lambda s, e: (-1, -1)
    at = art.raw.find(title, line.start, line.end)

    def span(s: int, e: int) -> tuple[int, int]:
        if s < 0 or e <= s:
            return (-1, -1)
        return (at + s, at + e) if at >= 0 else (line.start, line.end)

    return span


def _names_of(eid: str, art: Any, kb: Any) -> list[str]:
    ent = kb.entities.get(eid)
    names = list(ent.names()) if ent is not None else []
    # (the dateline's place is a mention with offsets into the raw page, link.dateline_place: read from the clean
    # text, its offsets named other words, 'Poonch' for New Delhi)
    names += [(art.raw if m.source == "dateline" else art.text)[m.start : m.end] for m in art.mentions
              if m.entity_id == eid]  # fmt: skip
    return names


def _pair_actors(fits: list[list[int]], same_role: set[tuple[int, int]] | None = None) -> dict[int, int]:
    """A largest one-to-one pairing of system actors with the gold actors each fits: two system
    actors read off one phrase (``दोनों देशों के सैनिक``: both armies) pair with two gold actors,
    not both with the first. Among the largest pairings, one that pairs actors of the same role
    where it can (networkx's maximum-weight matching at maximum cardinality), so that the score
    does not depend on which of two equally large pairings a search happens to find.

    Args:
        fits: For each system actor, the indexes of the gold actors it could be.
        same_role: (system index, gold index) pairs whose roles agree.

    Returns:
        System actor index -> gold actor index.
    """
    import networkx as nx

    agree = same_role or set()
    graph = nx.Graph()
    graph.add_nodes_from(("system", pi) for pi in range(len(fits)))
    graph.add_weighted_edges_from((("system", pi), ("gold", gi), 2 if (pi, gi) in agree else 1)
                                  for pi, gis in enumerate(fits) for gi in gis)  # fmt: skip
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    pairs = [(a, b) if a[0] == "system" else (b, a) for a, b in matching]
    return {node[1]: other[1] for node, other in sorted(pairs)}


def _country_of(eid: str, kb: Any) -> str:
    """The country an actor id stands for or belongs to, when the id says it ('' if not)."""
    if eid.startswith("country:"):
        return eid.split(":", 1)[1]
    if eid.startswith("agent:"):
        parts = eid.split(":")
        return parts[2] if len(parts) > 2 else ""
    inst = kb.entities.get(eid)
    return (getattr(inst, "country", "") or "") if inst is not None and inst.kind == "institution" else ""


def _actor_matches(ga: dict[str, Any], a: Any, art: Any, kb: Any, raw_span: Any) -> bool:
    """Whether a system actor is a gold actor: by the words that name it, its country (a country or
    a generic actor of the gold's sector), or its name in any script.
    """
    from .names import match_score

    span = ga.get("span")
    cc = (ga.get("country") or "").lower()
    if span and a.start >= 0:
        s, e = raw_span(a.start, a.end)
        own = _country_of(a.entity_id, kb)
        # one phrase can name two sides (Indian and Chinese troops): its words alone do not
        # make the Chinese side the Indian one
        if s < span[1] and span[0] < e and not (cc and own and own != cc):
            return True
    eid = a.entity_id
    if ga.get("kind") == "COUNTRY" and cc and eid == f"country:{cc}":
        return True
    inst = kb.entities.get(eid)
    generic = ga.get("kind") in ("COUNTRY", "GENERIC")
    if inst is not None and inst.kind == "institution" and generic and cc == inst.country:
        return True  # the country's army or mission named as the country, or as a generic body of it
    if eid.startswith("agent:"):
        parts = eid.split(":")
        if ga.get("kind") == "COUNTRY" and cc and len(parts) > 2 and parts[2] == cc:
            return True  # an envoy or ministry of the country named as the country (docs/events.md)
        sector_ok = (ga.get("sector") or "").lower() == parts[1]
        return ga.get("kind") == "GENERIC" and sector_ok and (not cc or len(parts) < 3 or parts[2] == cc)
    name = ga.get("name") or ""
    return any(match_score(name, n) >= 0.85 for n in _names_of(eid, art, kb) if n)


def _place_matches(gp: dict[str, Any], p: Any, art: Any, kb: Any, raw_span: Any) -> bool:
    from .names import match_score

    span = gp.get("span")
    if span and p.place_start >= 0:
        s, e = raw_span(p.place_start, p.place_end)
        if s < span[1] and span[0] < e:
            return True
    return any(match_score(gp.get("name") or "", n) >= 0.85 for n in _names_of(p.place or "", art, kb) if n)


# ---- cleaning on real pages (docs/cleaning.md) ------------------------------------------------

_SENT_CUT = re.compile(r"[।.?!|॥]+[\"'”’)]*|\n")


def _read_page_gold(gold_path: Path, pages_path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """A JSONL gold by page id, and the pages it names from a pages JSONL file.

    Raises:
        UsageError: A file is missing or malformed, or the gold names a page the file lacks.
    """
    import json

    if not gold_path.exists() or not pages_path.exists():
        raise UsageError(f"no such file: {gold_path if not gold_path.exists() else pages_path}")
    gold: dict[str, dict[str, Any]] = {}
    for n, raw in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip():
            try:
                obj = json.loads(raw)
                gold[str(obj["id"])] = obj
            except (ValueError, KeyError, TypeError) as exc:
                raise UsageError(f"{gold_path}:{n}: not a gold line ({exc})") from None
    pages = {d: obj for d, obj in read_pages(pages_path).items() if d in gold}
    missing = sorted(set(gold) - set(pages))
    if missing:
        raise UsageError(f"the gold names pages that {pages_path} lacks: {', '.join(missing[:5])}")
    return gold, pages


def _kept_mask(item: Any, text: str, exact: bool) -> list[bool]:
    """Which characters of the page ``text`` the clean text of ``item`` keeps (``exact``: only
    where the character is unchanged by normalisation).
    """
    kept = [False] * len(text)
    for i in range(len(item.text)):
        r = item.offset_map.to_raw(i)
        if 0 <= r < len(text) and (not exact or item.text[i] == text[r]):
            kept[r] = True
    return kept


def _kept_share(text: str, kept: list[bool], s: int, e: int) -> float:
    idx = [i for i in range(s, e) if not text[i].isspace()]
    return sum(kept[i] for i in idx) / len(idx) if idx else 1.0


def evaluate_page_cleaning(gold_path: Path, pages_path: Path, config: Config | None = None,
                           split: str = "all", show: bool = False) -> dict[str, Any]:  # fmt: skip
    """Score the cleaning stages on real pages against a JSONL gold of offsets (docs/cleaning.md).

    Each page's text goes through the per-article stages up to language identification, as ingest
    runs them, with no metadata (no title, date or language given). Reported per half: chrome
    fragments removed, content sentences kept, datelines right (place found, none invented),
    stated publication dates found (and wrong ones), titles and languages right.

    Raises:
        UsageError: A file is missing or malformed, or the gold names a page the file lacks.
    """
    from .model import Article
    from .pipeline import Pipeline, article_stages
    from .read import record_from_obj

    gold, pages = _read_page_gold(gold_path, pages_path)
    config = config or Config()
    stages = [s for s in article_stages(config) if s.name in ("decode", "extract", "clean", "language", "segment")]
    wanted = [d for d in gold if split == "all" or split_of(d) == split]
    records = [record_from_obj(f"{pages_path.name}#{d}", {"id": d, "text": pages[d]["text"]}) for d in wanted]
    keys = ("chrome", "content", "dateline", "published", "published_wrong", "title", "language")
    tallies = {h: {k: [0, 0] for k in keys} | {"pages": [0, 0]} for h in ("dev", "blind")}
    notes: list[str] = []
    misses = notes if show else None  # where the misses of each check are noted
    for item in Pipeline(stages).run(iter(records)):
        doc = item.source.rsplit("#", 1)[-1]
        g, text, t = gold[doc], pages[doc]["text"], tallies[split_of(doc)]
        t["pages"][0] += 1
        if not isinstance(item, Article):
            notes.append(f"{doc}: quarantined")
            continue
        kept = _kept_mask(item, text, exact=True)
        _tally_chrome(doc, g, text, kept, t, misses)
        _tally_content(doc, g, text, kept, item.text, t, misses)
        _tally_dateline(doc, g, text, item, t, misses)
        _tally_published(doc, g, item, t, misses)
        _tally_title_and_language(g, text, item, t)
    out = {}
    for h, tally in tallies.items():
        if split in ("all", h):
            out[h] = {k: {"correct": a, "of": b, "rate": _pct(a, b)} for k, (a, b) in tally.items()}
    return {"gold": str(gold_path), "pages": str(pages_path), "split": split, "halves": out, "notes": notes}


def _tally_chrome(
    doc: str, g: dict[str, Any], text: str, kept: list[bool], t: dict[str, list[int]], misses: list[str] | None
) -> None:
    """Count the gold chrome fragments the clean text left out (at most a tenth kept)."""
    for s, e in g.get("chrome") or []:
        gone = _kept_share(text, kept, s, e) <= 0.1
        t["chrome"][0] += gone
        t["chrome"][1] += 1
        if misses is not None and not gone:
            misses.append(f"{doc}: chrome kept {text[s:e][:60]!r}")


def _tally_content(
    doc: str, g: dict[str, Any], text: str, kept: list[bool], clean: str, t: dict[str, list[int]],
    misses: list[str] | None,
) -> None:  # fmt: skip
    """Count the content sentences of the page (outside the gold's chrome, title and dateline)
    the clean text ``clean`` keeps.
    """
    flat = " ".join(clean.split())
    outside = [False] * len(text)
    spans = [*(g.get("chrome") or []), g.get("title"), (g.get("dateline") or {}).get("span")]
    for sp in spans:
        if sp:
            for i in range(sp[0], sp[1]):
                outside[i] = True
    pos = 0
    for m in [*_SENT_CUT.finditer(text), None]:
        end = m.end() if m else len(text)
        s, e = pos, end
        pos = end
        idx = [i for i in range(s, e) if not text[i].isspace() and not outside[i]]
        if len([i for i in idx if text[i].isalnum()]) < 3:
            continue
        ok = sum(kept[i] for i in idx) / len(idx) >= 0.9
        # a lead the body repeats word for word is not lost when one copy stays
        ok = ok or " ".join(text[s:e].split()) in flat
        t["content"][0] += ok
        t["content"][1] += 1
        if misses is not None and not ok:
            misses.append(f"{doc}: content lost {text[s:e].strip()[:60]!r}")


def _tally_dateline(
    doc: str, g: dict[str, Any], text: str, item: Any, t: dict[str, list[int]], misses: list[str] | None
) -> None:
    """Count whether the dateline is right: the gold's place found (by name or where it stands),
    or none found where the gold has none.
    """
    from .names import match_score

    gd, dl = g.get("dateline"), item.dateline
    if gd is None:
        right = dl is None
    else:
        place = gd.get("place") or ""
        right = dl is not None and (not place or (dl.place is not None and match_score(place, dl.place) >= 0.8)
                                    or (gd.get("place_span") and dl.start <= gd["place_span"][0] < dl.end))  # fmt: skip
    t["dateline"][0] += bool(right)
    t["dateline"][1] += 1
    if misses is not None and not right:
        misses.append(f"{doc}: dateline gold {gd and gd.get('place')!r} found {dl and text[dl.start:dl.end]!r}")


def _tally_published(doc: str, g: dict[str, Any], item: Any, t: dict[str, list[int]], misses: list[str] | None) -> None:
    """Count the gold's stated publication dates found, and the stated dates found that are wrong."""
    stated = item.published if item.published_source == "text" else None
    gp = (g.get("published") or {}).get("value")
    if gp:
        t["published"][0] += stated == gp
        t["published"][1] += 1
    if stated:
        t["published_wrong"][0] += stated != gp
        t["published_wrong"][1] += 1
    if misses is not None and stated != gp:
        misses.append(f"{doc}: published gold {gp} found {stated}")


def _tally_title_and_language(g: dict[str, Any], text: str, item: Any, t: dict[str, list[int]]) -> None:
    """Count a right title (the gold's words, or none taken from the head where the gold has none)
    and a right language.
    """
    gt = g.get("title")
    norm = lambda x: " ".join((x or "").split())  # noqa: E731
    ok_title = norm(item.title) == norm(text[gt[0] : gt[1]]) if gt else item.title_source != "head"
    t["title"][0] += ok_title
    t["title"][1] += 1
    t["language"][0] += item.language == g.get("language")
    t["language"][1] += 1


# ---- entities and links on real pages (docs/entities-gold.md) --------------------------------

_PLACE_FAMILY = frozenset({"GPE", "LOC", "FAC"})


def _label_fits(gold_kind: str, label: str) -> bool:
    if gold_kind in ("TREATY", "EVENT"):
        return True
    if gold_kind in _PLACE_FAMILY:
        return label in _PLACE_FAMILY
    return gold_kind == label


def evaluate_page_entities(gold_path: Path, pages_path: Path, config: Config | None = None,
                           split: str = "all", show: bool = False) -> dict[str, Any]:  # fmt: skip
    """Score the entity and link stages on real pages against a JSONL gold (docs/entities-gold.md).

    Each page runs through the per-article stages up to linking, as ingest runs them. Gold
    mentions in text the cleaning stage took out (the title line, the dateline, chrome) are
    counted apart; the dateline's place counts when the linker gave it. Reported per half:
    mention recall (a system mention of a fitting label overlaps it; also with any label),
    precision, recall per kind, people split into several entity ids, and system entities that
    merge two gold entities.

    Raises:
        UsageError: A file is missing or malformed, or the gold names a page the file lacks.
    """
    from .model import Article
    from .pipeline import Pipeline, article_stages
    from .read import record_from_obj

    gold, pages = _read_page_gold(gold_path, pages_path)
    config = config or Config()
    keep = ("decode", "extract", "clean", "language", "segment", "timex", "entities", "link")
    stages = [s for s in article_stages(config) if s.name in keep]
    wanted = [d for d in gold if split == "all" or split_of(d) == split]
    records = [
        record_from_obj(f"{pages_path.name}#{d}",
                        {"id": d, "text": pages[d]["text"], "published": pages[d].get("published"),
                         "url": pages[d].get("url")})
        for d in wanted
    ]
    zero = {"gold": 0, "found": 0, "found_any_label": 0, "outside_text": 0, "predicted": 0, "predicted_right": 0,
            "people": 0, "people_split": 0, "system_entities": 0, "merges": 0, "person_merges": 0,
            "pages": 0}  # fmt: skip
    tallies: dict[str, dict[str, Any]] = {h: {**zero, "by_kind": {}} for h in ("dev", "blind")}
    notes: list[str] = []
    for item in Pipeline(stages).run(iter(records)):
        doc = item.source.rsplit("#", 1)[-1]
        g, text, t = gold[doc], pages[doc]["text"], tallies[split_of(doc)]
        t["pages"] += 1
        if not isinstance(item, Article):
            notes.append(f"{doc}: quarantined")
            continue
        page = _EntityPage(doc, text, _kept_mask(item, text, exact=False), _raw_mentions(item), t,
                           notes if show else None)  # fmt: skip
        t["predicted"] += len(page.sys_mentions)
        for gi, ent in enumerate(g.get("entities") or []):
            page.score_entity(gi, ent)
        t["predicted_right"] += len(page.right)
        page.count_merges(g)
    out = {}
    for h, tally in tallies.items():
        if split in ("all", h):
            by_kind = {k: {**v, "recall": _pct(v["found"], v["gold"])} for k, v in sorted(tally["by_kind"].items())}
            out[h] = {**tally,
                      "recall": _pct(tally["found"], tally["gold"]),
                      "recall_any_label": _pct(tally["found_any_label"], tally["gold"]),
                      "precision": _pct(tally["predicted_right"], tally["predicted"]),
                      "by_kind": by_kind}  # fmt: skip
    return {"gold": str(gold_path), "pages": str(pages_path), "split": split, "halves": out, "notes": notes}


def _raw_mentions(item: Any) -> list[tuple[int, int, str, str]]:
    """The system's mentions of an article as (raw start, end, label, entity id or ``unlinked:<start>``)."""
    sys_mentions: list[tuple[int, int, str, str]] = []
    for m in item.mentions:
        if m.source == "dateline":
            s, e = m.start, m.end  # already raw offsets
        else:
            if m.end <= m.start:
                continue
            s, e = item.offset_map.to_raw(m.start), item.offset_map.to_raw(m.end - 1) + 1
        sys_mentions.append((s, e, m.label, m.entity_id or f"unlinked:{s}"))
    return sys_mentions


@dataclass
class _EntityPage:
    """One page's gold entities scored against the system's mentions, into its half's tally ``t``
    (misses noted in ``misses`` when it is given).
    """

    doc: str
    text: str
    kept: list[bool]  # the characters of the page the clean text keeps
    sys_mentions: list[tuple[int, int, str, str]]  # raw start, end, label, entity id
    t: dict[str, Any]
    misses: list[str] | None
    covering: dict[str, set[int]] = field(default_factory=dict)  # system entity id -> gold entities it covers
    right: set[int] = field(default_factory=set)  # system mentions that overlap a gold one

    def score_entity(self, gi: int, ent: dict[str, Any]) -> None:
        """Count the gold mentions of entity ``gi`` found, and whether a person was split."""
        t, sys_mentions = self.t, self.sys_mentions
        kind = ent["kind"]
        bk = t["by_kind"].setdefault(kind, {"gold": 0, "found": 0})
        ids: set[str] = set()
        for gs, ge in ent["mentions"]:
            hits = [k for k, (s, e, _label, _eid) in enumerate(sys_mentions) if s < ge and gs < e]
            if not any(self.kept[gs:ge]) and not hits:
                t["outside_text"] += 1
                continue
            t["gold"] += 1
            bk["gold"] += 1
            fit = [k for k in hits if _label_fits(kind, sys_mentions[k][2])]
            t["found_any_label"] += bool(hits)
            t["found"] += bool(fit)
            bk["found"] += bool(fit)
            self.right.update(hits)
            for k in fit:
                ids.add(sys_mentions[k][3])
                self.covering.setdefault(sys_mentions[k][3], set()).add(gi)
            if self.misses is not None and not fit:
                as_label = f" (as {sys_mentions[hits[0]][2]})" if hits else ""
                self.misses.append(f"{self.doc}: missed {kind} {self.text[gs:ge]!r}" + as_label)
        if kind == "PERSON" and ids:
            t["people"] += 1
            real = {i for i in ids if not i.startswith("unlinked:")}
            if len(real) > 1:
                t["people_split"] += 1
                if self.misses is not None:
                    self.misses.append(f"{self.doc}: {ent['name']} split into {sorted(real)}")

    def count_merges(self, g: dict[str, Any]) -> None:
        """Count the linked system entities, and those that cover gold entities of two names."""
        t = self.t
        names = [e["name"] for e in g.get("entities") or []]
        for eid, gis in self.covering.items():
            if eid.startswith("unlinked:"):
                continue
            t["system_entities"] += 1
            if len({names[i] for i in gis}) > 1:
                t["merges"] += 1
                kinds = {g["entities"][i]["kind"] for i in gis}
                t["person_merges"] += kinds == {"PERSON"}
                if self.misses is not None:
                    self.misses.append(f"{self.doc}: {eid} merges {sorted({names[i] for i in gis})}")


def check_gold_lines(argv: list[str] | None, check: Any, describe: Any) -> int:
    """The command line of a page gold checker (``eval/*/check_gold.py``): each line of the gold
    must name a page once and pass ``check(line, text)`` (a list of errors); unless ``--quiet``,
    ``describe(line, text)`` prints what its offsets point at. Returns the exit status.
    """
    import argparse
    import json

    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pages", type=Path, default=Path("../shared/data/news-pages/pages.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    pages = {pid: str(row.get("text") or "") for pid, row in read_pages(args.pages).items()}
    bad = 0
    seen: set[str] = set()
    for n, raw in enumerate(args.gold.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        line = json.loads(raw)
        pid = line.get("id")
        if pid not in pages or pid in seen:
            print(f"line {n}: unknown or repeated id {pid!r}")
            bad += 1
            continue
        seen.add(pid)
        errs = check(line, pages[pid])
        for e in errs:
            print(f"{pid}: {e}")
        bad += bool(errs)
        if not args.quiet and not errs:
            describe(line, pages[pid])
    print(f"{len(seen)} pages, {bad} invalid")
    return 1 if bad else 0


# ---- stories against the news-pages gold (docs/stories-gold.md) ---------------------------
def evaluate_page_stories(gold_path: Path, pages_path: Path, config: Config | None = None,
                          split: str = "all", show: bool = False) -> dict[str, Any]:  # fmt: skip
    """Score the stories stage on real pages against a JSONL gold of story clusters.

    Every page the gold names is ingested together, as ingest runs them, into a fresh DuckDB
    file (the global stages included), so a page can meet reports from either half. Scored per
    half over the pairs of its pages: a pair is *together* when both pages share a story;
    pairwise precision (system pairs the gold has), recall (gold pairs the system has) and F1.

    Raises:
        UsageError: A file is missing or malformed, or the gold names a page the file lacks.
    """
    import json
    import tempfile
    from itertools import combinations

    from .ingest import ingest
    from .read import record_from_obj
    from .store import Store

    gold: dict[str, str] = {}
    if not gold_path.exists():
        raise UsageError(f"no such file: {gold_path}")
    for i, raw in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip():
            try:
                line = json.loads(raw)
                gold[str(line["id"])] = str(line["story"])
            except (ValueError, KeyError, TypeError) as exc:
                raise UsageError(f"{gold_path}:{i}: not a gold stories line ({exc})") from None
    if not pages_path.exists():
        raise UsageError(f"no such file: {pages_path}")
    page_lines = filter(str.strip, pages_path.read_text(encoding="utf-8").splitlines())
    pages = {str(o.get("id")): o for o in map(json.loads, page_lines)}
    missing = sorted(set(gold) - set(pages))
    if missing:
        raise UsageError(f"the gold names pages that {pages_path} lacks: {', '.join(missing[:5])}")
    records = [
        record_from_obj(f"{pages_path.name}#{d}", {k: pages[d].get(k) for k in ("id", "text", "published", "language")})
        for d in gold
    ]
    with tempfile.TemporaryDirectory() as tmp:
        run_config = (config or Config()).replace(db=Path(tmp) / "stories.duckdb", index_dir=str(Path(tmp) / "index"))
        report = ingest([], run_config, records=records)
        with Store(run_config.db, read_only=True) as store:
            found = dict(store.source_stories())
    system = {src.rsplit("#", 1)[-1]: story for src, story in found.items()}
    halves: dict[str, dict[str, Any]] = {}
    for half in ("dev", "blind"):
        if split not in ("all", half):
            continue
        ids = sorted(d for d in gold if split_of(d) == half)
        both = wrong = missed = 0
        sys_pairs = gold_pairs = 0
        lines: list[str] = []
        for a, b in combinations(ids, 2):
            g = gold[a] == gold[b]
            s = a in system and system.get(a) == system.get(b)
            gold_pairs += g
            sys_pairs += s
            both += g and s
            if show and g != s:
                lines.append(f"{'joined apart' if s else 'kept apart'}: {a} {b}")
            wrong += s and not g
            missed += g and not s
        p = 100.0 * both / sys_pairs if sys_pairs else 100.0
        r = 100.0 * both / gold_pairs if gold_pairs else 100.0
        halves[half] = {"pages": len(ids), "gold_pairs": gold_pairs, "system_pairs": sys_pairs, "right_pairs": both,
                        "precision": round(p, 1), "recall": round(r, 1),
                        "f": round(2 * p * r / (p + r), 1) if p + r else 0.0,
                        "gold_stories": len({gold[d] for d in ids}),
                        "system_stories": len({system.get(d, d) for d in ids}),
                        "errors": lines}  # fmt: skip
    return {"gold": str(gold_path), "pages": str(pages_path), "split": split, "articles": report.new,
            "stories": report.global_stages.get("stories", {}), "halves": halves}
