"""Check cleaning gold lines against the news pages: schema, offsets, and a printout to eyeball.

Usage: .venv/bin/python eval/clean/check_gold.py GOLD.jsonl [--pages ../shared/data/news-pages/pages.jsonl] [--quiet]
Exits 1 when a line is invalid. The printout shows the words each offset points at, so an
annotator can see that the offsets are right; it is never stored.
"""

from __future__ import annotations

import re
import sys

from sambandh.evaluate import check_gold_lines

KEYS = {"id", "language", "title", "chrome", "dateline", "published", "note"}
DATELINE_KEYS = {"span", "place", "place_span", "country", "date", "agency"}


def check(line: dict, text: str) -> list[str]:
    errs: list[str] = []

    def span(v: object, what: str) -> None:
        if v is None:
            return
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and 0 <= v[0] < v[1] <= len(text)):
            errs.append(f"{what}: bad span {v!r}")
            return
        piece = text[v[0] : v[1]]
        if piece != piece.strip():
            errs.append(f"{what}: span {v!r} starts or ends with whitespace")

    extra = set(line) - KEYS
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    if line.get("language") not in ("hi", "en"):
        errs.append("language must be hi or en")
    span(line.get("title"), "title")
    if not isinstance(line.get("chrome"), list):
        errs.append("chrome must be a list")
    for k, c in enumerate(line.get("chrome") or []):
        span(c, f"chrome {k}")
    dl = line.get("dateline")
    if dl is not None:
        if not isinstance(dl, dict) or set(dl) - DATELINE_KEYS:
            errs.append("dateline: bad object")
        else:
            span(dl.get("span"), "dateline span")
            span(dl.get("place_span"), "dateline place_span")
            d = dl.get("date")
            if d is not None and not re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", d):
                errs.append(f"dateline date {d!r}")
            c = dl.get("country")
            if c is not None and not re.fullmatch(r"[a-z]{2}", c):
                errs.append(f"dateline country {c!r}")
    pub = line.get("published")
    if pub is not None:
        if not isinstance(pub, dict) or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(pub.get("value"))):
            errs.append("published: needs value YYYY-MM-DD")
        else:
            span(pub.get("span"), "published span")
    return errs


def describe(line: dict, text: str) -> None:
    show = lambda v: repr(text[v[0] : v[1]]) if v else None  # noqa: E731
    print(f"== {line['id']} [{line['language']}] title={show(line.get('title'))}")
    for c in line.get("chrome") or []:
        print(f"   chrome {show(c)}")
    dl = line.get("dateline")
    if dl:
        print(f"   dateline {show(dl.get('span'))} place={dl.get('place')} {show(dl.get('place_span'))} "
              f"country={dl.get('country')} date={dl.get('date')} agency={dl.get('agency')}")
    if line.get("published"):
        print(f"   published {line['published']['value']} {show(line['published'].get('span'))}")


if __name__ == "__main__":
    sys.exit(check_gold_lines(None, check, describe))
