"""Time expressions + events throughput (tokens/s) against the NLP stages, in the same run.

Articles come from ../shared/data/bbc-hindi (normalised and split by Sambandh's own stages).
Over the same articles, one process each:

- nlp: the entity stage (model + knowledge-base ruler + patterns) and the linker: the
  baseline the issue asks not to halve;
- timex: ``sambandh.timex.find_timexes`` alone;
- facts: ``FactExtractor.extract`` alone (memberships, foundings, chairs);
- events: ``EventExtractor.extract`` alone, on the linked articles;
- all: nlp + timex + facts + events, and the ratio all/nlp (≥ 0.5 means time expressions,
  facts and events do not halve the NLP throughput).

    python bench/events.py [--articles 300]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ner import BBC, count_tokens, load_articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    if not BBC.exists():
        sys.exit(f"bench/events.py: {BBC} is absent; it needs the shared data beside the checkout")
    from sambandh.entities import recognizer
    from sambandh.events import EventExtractor
    from sambandh.facts import FactExtractor
    from sambandh.kb import load
    from sambandh.link import Linker
    from sambandh.model import Article
    from sambandh.timex import find_timexes

    texts = load_articles(args.articles)
    tokens = count_tokens(texts)
    rec, linker, ex, fx = recognizer(), Linker(), EventExtractor(load(None)), FactExtractor(load(None))
    rec(texts[0][0][:200], [])  # load the model before timing

    t = time.perf_counter()
    arts = []
    for (text, sents), mentions in zip(texts, rec.pipe(texts), strict=True):
        a = Article(source="bench", raw=text, raw_hash="", text=text, sentences=sents, mentions=mentions, language="hi")
        a.roles = linker.link(text, a.mentions, None)
        arts.append(a)
    nlp = time.perf_counter() - t

    t = time.perf_counter()
    for a in arts:
        a.timexes = find_timexes(a.text, None)
    tx = time.perf_counter() - t

    t = time.perf_counter()
    for a in arts:
        a.facts = fx.extract(a)
    fa = time.perf_counter() - t

    t = time.perf_counter()
    n_events = sum(len(ex.extract(a)) for a in arts)
    ev = time.perf_counter() - t

    result = {
        "articles": len(arts),
        "tokens": tokens,
        "events": n_events,
        "timexes": sum(len(a.timexes) for a in arts),
        "facts": sum(len(a.facts) for a in arts),
        "tokens_per_s": {
            "nlp": round(tokens / nlp),
            "timex": round(tokens / tx),
            "facts": round(tokens / fa),
            "events": round(tokens / ev),
            "all": round(tokens / (nlp + tx + fa + ev)),
        },
        "all_over_nlp": round(nlp / (nlp + tx + fa + ev), 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
