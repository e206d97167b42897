"""Build N synthetic-but-real news articles from the Hindi texts in ../shared/data.

Each article mixes sentences of two real articles (BBC Hindi, ILTIMEX 2012, EDNIL 2020),
so every text is real Hindi prose yet unique, and wraps them in portal chrome (a title
line, a breadcrumb, a dateline, a tag-cloud tail) so the cleaner does its real work.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def source_texts(shared: Path = SHARED) -> list[str]:
    data = shared / "data"
    if not data.exists():
        raise SystemExit(f"{data} is absent: the benchmark needs the shared data beside the checkout")
    texts: list[str] = []
    csv.field_size_limit(10**9)
    with (data / "bbc-hindi" / "articles.csv").open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        texts += [t for _c, t in rows if t.strip()]
    for f in sorted((data / "iltimex2012" / "plain").glob("*")):
        t = re.sub(r"<[^>]+>", "", f.read_text(encoding="utf-8", errors="replace")).strip()
        if t:
            texts.append(t)
    with (data / "ednil2020-hindi" / "docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(" ".join(json.loads(line)["tokens"]))
    return texts


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[।?!.])", text) if len(s.strip()) > 15]


def articles(n: int, seed: int = 13) -> Iterator[str]:
    rng = random.Random(seed)
    pool = [sentences(t) for t in source_texts()]
    pool = [p for p in pool if len(p) >= 4]
    places = ["नई दिल्ली", "मुंबई", "लखनऊ", "वॉशिंगटन", "मॉस्को", "बीजिंग"]
    for i in range(n):
        a, b = rng.sample(pool, 2)
        body = rng.sample(a, min(len(a), rng.randint(8, 20))) + rng.sample(b, min(len(b), rng.randint(2, 6)))
        paras = [" ".join(body[j : j + 4]) for j in range(0, len(body), 4)]
        title = body[0][:80].rstrip("।. ")
        chrome_tail = "\n".join(rng.sample(["Share", "Comments", "hindi news", "ताज़ा ख़बरें", "cg news"], 3))
        yield f"होम › देश › {i}\n{title}\n\n{rng.choice(places)}, एजेंसी। " + "\n\n".join(paras) + f"\n\n{chrome_tail}\n"


def write_jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for text in articles(n):
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return path
