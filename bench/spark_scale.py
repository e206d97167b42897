"""Near copies and stories at scale: the Spark engine against the embedded store, article by article.

Builds N articles from the real Hindi sentences of ../shared/data (``corpus.near_duplicates``:
originals of 10-24 sentences, about ``--rate`` of them near copies of an earlier original with
other chrome, edits or a cut), dates them in same-day bursts (most days a few dozen reports, some
days more than one write batch of ``batch_size`` inputs, so copies of one day meet across batch
boundaries), lets most copies appear on their original's day and a few days later, leaves some
undated, mixes the input order a little (a copy may come before its original), adds a few inputs
the stages reject (they count in the write batches), and writes them as JSON Lines files of
``--per-file`` records. Then, each in its own process with the CPU of its whole process tree
(``bench/spark.py``'s ``run``):

1. the embedded ingest (``sambandh ingest``);
2. the Spark engine on ``local[2]`` (``sambandh ingest --engine spark --lake``).

Both with the entity stages and the story embeddings off (``SAMBANDH_ENTITIES=off``,
``SAMBANDH_EMBEDDINGS=off``): what is compared is the global stages' order and rules, and the
per-article chain would dominate both. Prints the articles each holds, how many articles' ``duplicate_of``
and story differ (the target is 0 of each), how many same-day copies met across a write batch,
and wall and CPU seconds of each engine.

    python bench/spark_scale.py [--n 5000] [--per-file 500] [--rate 0.15] [--spark-conf KEY=VALUE …]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def records(n: int, rate: float, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` input records: dated near copies in same-day bursts, a few undated and a few rejected."""
    from corpus import near_duplicates

    rng = random.Random(seed)
    day, left = dt.date(2024, 1, 1), 0
    out: list[dict[str, Any]] = []
    dates: dict[int, dt.date | None] = {}
    titles: dict[int, str] = {}
    texts: set[str] = set()
    for i, (text, src, _kind) in enumerate(near_duplicates(n, rate=rate, seed=seed)):
        if text in texts:
            # an input repeated byte for byte within a run counts in the embedded ingest's write
            # batches or not depending on its read-ahead (docs/lake.md): not what this compares
            continue
        texts.add(text)
        if src is None:
            if left == 0:
                day += dt.timedelta(days=1)
                # most days a few dozen reports; one in eight a burst over a write batch (500)
                left = rng.randint(600, 1500) if rng.random() < 0.125 else rng.randint(10, 80)
            left -= 1
            when: dt.date | None = None if rng.random() < 0.02 else day
        else:
            # syndication: most copies on their original's day, some a few days later
            base = dates.get(src)
            when = base if base is None or rng.random() < 0.7 else base + dt.timedelta(days=rng.randint(1, 3))
        dates[i] = when
        # an original's headline is its first sentence; a syndicated copy keeps its original's
        titles[i] = titles.get(src, "") if src is not None else text.split("।")[0][:90].strip()
        rec: dict[str, Any] = {"id": f"a{i}", "title": titles[i], "text": text}
        if when is not None:
            rec["published"] = when.isoformat()
        out.append(rec)
    # feeds arrive a little out of order: shuffle within windows of 40 inputs
    for lo in range(0, len(out), 40):
        window = out[lo : lo + 40]
        rng.shuffle(window)
        out[lo : lo + 40] = window
    # about one input in 400 has no text worth keeping (each its own): rejected by the stages, yet
    # counted in a write batch
    for k in range(len(out) // 400):
        out.insert(rng.randrange(len(out)), {"id": f"empty{k}", "published": day.isoformat(), "text": f"{k}।"})
    return out


def compare(db: Path, lake: Path) -> dict[str, int]:
    """Articles of each, and how many differ in ``duplicate_of`` and in story."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0]: r[1:] for r in con.execute(
            "SELECT id, duplicate_of, story_id, published, ingested_at FROM documents").fetchall()}  # fmt: skip
    with duckdb.connect() as con:
        links = dict(con.execute(f"SELECT doc_id, duplicate_of FROM read_parquet('{lake}/dedup/*.parquet')").fetchall())
        stories = dict(con.execute(f"SELECT doc_id, story_id FROM read_parquet('{lake}/stories/*.parquet')").fetchall())
    both = stored.keys() & links.keys()
    copies = [(d, v[0]) for d, v in stored.items() if v[0] is not None]
    same_day = [(d, o) for d, o in copies if stored[d][2] is not None and stored[d][2] == stored[o][2]]
    return {
        "embedded": len(stored),
        "lake": len(links),
        "only_one_side": len(stored.keys() ^ links.keys()),
        "near_copies": len(copies),
        "same_day_copies": len(same_day),
        "same_day_across_batches": sum(stored[d][3] != stored[o][3] for d, o in same_day),
        "duplicate_of_differs": sum(stored[d][0] != links[d] for d in both),
        "story_differs": sum(stored[d][1] != stories.get(d) for d in both),
        "stories": len({v[1] for v in stored.values()}),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000, help="articles (before the rejected inputs)")
    ap.add_argument("--per-file", type=int, default=500, help="records per input file")
    ap.add_argument("--rate", type=float, default=0.15, help="share of near copies")
    ap.add_argument("--keep", type=Path, help="keep the inputs, store and lake in this folder")
    ap.add_argument("--spark-conf", action="append", default=[], metavar="KEY=VALUE",
                    help="another Spark setting (spark.driver.memory=2g, …)")  # fmt: skip
    args = ap.parse_args()

    from corpus import write_parts
    from spark import run

    env = {**os.environ, "SAMBANDH_ENTITIES": "off", "SAMBANDH_EMBEDDINGS": "off"}
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        folder = work / "in"
        folder.mkdir(parents=True)
        recs = records(args.n, args.rate)
        write_parts(folder, recs, args.per_file)
        emb = run(["ingest", str(folder), "--db", str(work / "embedded.duckdb")], env)
        spark = run(["ingest", str(folder), "--engine", "spark", "--lake", str(work / "lake"),
                     "--spark-conf", "spark.master=local[2]",
                     "--spark-conf", "spark.ui.showConsoleProgress=false",
                     *[a for kv in args.spark_conf for a in ("--spark-conf", kv)]], env)  # fmt: skip
        found = compare(work / "embedded.duckdb", work / "lake")
    days: dict[str, int] = {}
    for r in recs:
        if "published" in r:
            days[r["published"]] = days.get(r["published"], 0) + 1
    print(f"{len(recs)} inputs in {-(-len(recs) // args.per_file)} files, {len(days)} days "
          f"({sum(c > 500 for c in days.values())} with more than 500 inputs)")  # fmt: skip
    print(f"articles: embedded {found['embedded']}, lake {found['lake']} ({found['only_one_side']} on one side only); "
          f"stories {found['stories']}")  # fmt: skip
    print(f"near copies {found['near_copies']}, of them on their original's day {found['same_day_copies']} "
          f"({found['same_day_across_batches']} in another write batch)")  # fmt: skip
    print(f"duplicate_of differs: {found['duplicate_of_differs']}; story differs: {found['story_differs']} (target 0)")
    print(f"{'engine':<28}{'wall s':>9}{'CPU s':>9}{'CPU ms/article':>16}")
    for name, (wall, cpu) in (("embedded", emb), ("spark local[2]", spark)):
        print(f"{name:<28}{wall:>9.1f}{cpu:>9.1f}{1000 * cpu / max(1, found['embedded']):>16.1f}")


if __name__ == "__main__":
    main()
