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


def write_parts(folder: Path, records: list[dict], per_file: int) -> None:
    """Write ``records`` as JSON lines into ``folder``, ``per_file`` to a file (``part-00000.jsonl``, ...):
    the sharded input the Spark benches read by file.
    """
    for k in range(0, len(records), per_file):
        with (folder / f"part-{k // per_file:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for r in records[k : k + per_file]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


ARCHIVE_END = "2025-12-31"  # the last day of a dated corpus's archive


def published_days(n: int, years: float, seed: int = 13) -> list[str]:
    """``n`` publication days spread over the ``years`` before :data:`ARCHIVE_END`, in archive order
    (each article on or after the one before, as an archive is read in order), deterministic: an
    evenly spaced day each, moved by up to two days either way, then sorted.
    """
    import datetime as dt

    rng = random.Random(seed)
    end = dt.date.fromisoformat(ARCHIVE_END)
    span = max(1, round(365.25 * years))
    start = end - dt.timedelta(days=span - 1)
    days = [min(span - 1, max(0, int(i * span / n) + rng.randint(-2, 2))) for i in range(n)]
    return [(start + dt.timedelta(days=d)).isoformat() for d in sorted(days)]


def write_jsonl(path: Path, n: int, years: float = 0) -> Path:
    """``n`` articles as JSON lines; with ``years``, each with a ``published`` day spread over that
    many years of an archive (:func:`published_days`), else undated (every article in one time).
    """
    days = published_days(n, years) if years else None
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(articles(n)):
            rec: dict[str, str] = {"text": text}
            if days is not None:
                rec["published"] = days[i]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def sentence_pool(shared: Path = SHARED) -> list[str]:
    """Every sentence of the shared Hindi texts, once."""
    seen: set[str] = set()
    pool: list[str] = []
    for t in source_texts(shared):
        for s in sentences(t):
            if s not in seen:
                seen.add(s)
                pool.append(s)
    return pool


COPY_KINDS = ("chrome", "edit", "truncate", "edit+truncate", "chrome+edit")


def near_duplicates(
    n: int, rate: float = 0.1, seed: int = 13, shared: Path = SHARED
) -> Iterator[tuple[str, int | None, str]]:
    """``n`` texts, about ``rate`` of them near copies of an earlier one: ``(text, original, kind)``.

    An original draws 10 to 24 sentences at random from the whole pool, so two originals
    share little. A copy takes an earlier original (never a copy) and changes it by one of
    ``COPY_KINDS``: other portal chrome around it, 2-8% of its words deleted or replaced,
    or only its first 55-90% of sentences. ``original`` is the index of the text it copies.
    """
    rng = random.Random(seed)
    pool = sentence_pool(shared)
    words = [w for s in rng.sample(pool, min(len(pool), 2000)) for w in s.split()]
    originals: list[int] = []
    bodies: dict[int, list[str]] = {}
    heads = ["होम › देश", "ताज़ा ख़बरें", "मुख्य समाचार | राष्ट्रीय", "Home › India"]
    tails = ["Share this story", "यह भी पढ़ें", "टैग: राजनीति, देश", "© सर्वाधिकार सुरक्षित"]
    for i in range(n):
        if originals and rng.random() < rate:
            src = rng.choice(originals)
            body = list(bodies[src])
            kind = rng.choice(COPY_KINDS)
            if "truncate" in kind:
                body = body[: max(3, int(len(body) * rng.uniform(0.55, 0.9)))]
            text = " ".join(body)
            if "edit" in kind:
                toks = text.split()
                share = rng.uniform(0.02, 0.08)
                out = []
                for w in toks:
                    r = rng.random()
                    if r < share / 2:
                        continue
                    out.append(rng.choice(words) if r < share else w)
                text = " ".join(out)
            if "chrome" in kind:
                text = f"{rng.choice(heads)}\n{text}\n{rng.choice(tails)} {rng.choice(tails)}"
            yield text, src, kind
        else:
            body = rng.sample(pool, rng.randint(10, 24))
            # keep bodies of a bounded set of originals for copying (memory stays flat at 1M)
            if len(originals) < 50_000 or rng.random() < 0.05:
                bodies[i] = body
                originals.append(i)
                if len(originals) > 50_000:
                    old = originals.pop(rng.randrange(len(originals) - 1))
                    del bodies[old]
            yield " ".join(body), None, "original"
