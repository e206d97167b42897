"""The runner seam: the same chain of per-article stages, run in this process or in worker processes."""

from __future__ import annotations

from pathlib import Path

from sambandh.config import Config
from sambandh.model import Article
from sambandh.pipeline import InProcessRunner, ParallelStages, Pipeline, WorkerPoolRunner, article_stages
from sambandh.read import read_paths

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _run(config: Config, runner: object) -> tuple[list[tuple[str, int, int]], dict[str, int]]:
    stages = article_stages(config)
    par = ParallelStages(config, stages[1:], runner=runner)  # type: ignore[arg-type]
    pipeline = Pipeline([stages[0], par])
    out = [(a.id, len(a.mentions), len(a.events)) for a in pipeline.run(read_paths([str(CORPUS)], config))
           if isinstance(a, Article)]  # fmt: skip
    return out, {s.name: s.seen for s in pipeline.stats()}


def test_worker_processes_and_this_process_give_the_same_articles_and_counts():
    config = Config.build(workers=2, parallel_from=1)
    here, here_stats = _run(config, InProcessRunner())
    pool, pool_stats = _run(config, WorkerPoolRunner(config))
    assert here and here == pool
    assert here_stats == pool_stats and here_stats["events"] == len(here)
