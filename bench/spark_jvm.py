"""The local JVM's options (``spark.LOCAL_JVM_OPTIONS``) against the JVM's defaults, in one run.

Builds N real-text articles as ``bench/spark.py`` does and runs the Spark ingest on ``local[2]``
``--rounds`` times each way, alternating: with the options Sambandh gives a JVM it starts itself,
and with them replaced by a harmless property (the JVM's own defaults: tiered compilation up
to C2, the parallel collector). Prints CPU ms per article of each run (the JVM and Spark's
Python workers included) and the ratio of the means.

    python bench/spark_jvm.py [--n 1000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each kind")
    args = ap.parse_args()

    from corpus import articles, write_parts
    from spark import run

    env = {**os.environ, "SAMBANDH_EMBEDDINGS": "off"}
    kinds = {"JVM defaults": ["--spark-conf", "spark.driver.extraJavaOptions=-Dsambandh.bench=1"], "ours": []}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = list(articles(args.n))
        write_parts(folder, [{"text": t} for t in texts], 50)
        for r in range(args.rounds):
            for i, (name, extra) in enumerate(kinds.items()):
                wall, used = run(["ingest", str(folder), "--engine", "spark", "--lake", f"{tmp}/lake-{r}-{i}",
                                  "--spark-conf", "spark.master=local[2]", *extra], env)  # fmt: skip
                cpu[name].append(used)
                print(f"{name:<14} wall {wall:7.1f} s  {1000 * used / len(texts):7.1f} CPU ms/article", flush=True)
    mean = {k: sum(v) / len(v) for k, v in cpu.items()}
    print(f"\nCPU, ours / JVM defaults: {mean['ours'] / mean['JVM defaults']:.2f}x")


if __name__ == "__main__":
    main()
