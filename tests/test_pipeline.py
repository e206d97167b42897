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


def test_every_stage_writes_only_what_it_declares(tmp_path):
    """Each article of the demo corpus (text and HTML) and the seeds, compared field by field
    before and after each stage: a stage that wrote an undeclared field would reject the article.
    """
    from sambandh.model import Rejected

    config = Config.build(db=tmp_path / "x.duckdb")
    pipeline = Pipeline(article_stages(config), check_writes=True)
    paths = [str(CORPUS)] + [str(p) for p in [CORPUS.parents[1] / ".." / "shared" / "seeds"] if p.exists()]
    out = list(pipeline.run(read_paths(paths, config)))
    assert out and not [o for o in out if isinstance(o, Rejected)]
    assert all(a.events is not None and a.mentions is not None for a in out if isinstance(a, Article))


def test_a_stage_that_writes_what_it_does_not_declare_is_caught(tmp_path):
    from sambandh.errors import SambandhError
    from sambandh.model import Rejected
    from sambandh.pipeline import Stage

    class Rogue(Stage):
        name = "rogue"
        requires = frozenset({"text"})
        provides = frozenset({"language"})

        def process(self, item: Article) -> Article:
            item.language = "hi"
            item.title = "changed"  # undeclared
            return item

    config = Config.build(db=tmp_path / "x.duckdb")
    stages = article_stages(config)[:5]
    out = list(Pipeline([*stages, Rogue(config)], check_writes=True).run(read_paths([str(CORPUS)], config)))
    assert out and all(isinstance(o, Rejected) and "title" in o.reason for o in out)
    # and the declarations themselves are checked when the pipeline is built
    class Confused(Rogue):
        provides = frozenset({"entity_ids"})

    try:
        Pipeline([*stages, Confused(config)])
    except SambandhError as exc:
        assert "entity_ids" in str(exc)
    else:
        raise AssertionError("a declaration naming no article field was accepted")


def test_an_article_the_entity_model_fails_on_is_quarantined_and_the_batch_goes_on(tmp_path, monkeypatch):
    from sambandh import entities
    from sambandh.model import Rejected

    config = Config.build(db=tmp_path / "x.duckdb")
    rec = entities.recognizer(config.ner_model, config.kb_dir)
    real = rec.pipe

    def failing(batch):  # the model chokes on one article of the corpus (fault injection)
        if any("ब्रह्मोस" in text for text, _ in batch):
            raise ValueError("model failure")
        return real(batch)

    monkeypatch.setattr(rec, "pipe", failing)
    out = list(Pipeline(article_stages(config)).run(read_paths([str(CORPUS)], config)))
    bad = [o for o in out if isinstance(o, Rejected)]
    good = [o for o in out if isinstance(o, Article)]
    assert bad and all("model failure" in b.reason for b in bad)
    assert len(good) == len(out) - len(bad) >= 8 and all(a.mentions for a in good)


def test_a_worker_for_the_numpy_model_starts_without_pytorch(tmp_path: Path) -> None:
    # thinc imports PyTorch whenever it is installed; the shipped NER model does not use it, so a
    # worker (its own process) skips that import. Run in a fresh interpreter: it changes sys.modules.
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sambandh.config import Config\n"
        "from sambandh.pipeline import _WORKER_ERROR, _init_worker\n"
        f"_init_worker(Config.build(db={str(tmp_path / 'x.duckdb')!r}))\n"
        "assert not _WORKER_ERROR, _WORKER_ERROR\n"
        "print(sys.modules.get('torch') is None, 'spacy' in sys.modules)\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": src})
    assert out.stdout.split() == ["True", "True"]


def test_a_model_built_on_pytorch_keeps_it(tmp_path: Path) -> None:
    from sambandh.pipeline import _model_needs_torch

    assert not _model_needs_torch(Config.build(db=str(tmp_path / "x.duckdb")))  # the shipped model
    trf = tmp_path / "trf"
    trf.mkdir()
    (trf / "config.cfg").write_text('[components.transformer.model]\n@architectures = "spacy-transformers.'
                                    'TransformerModel.v3"\n', encoding="utf-8")
    assert _model_needs_torch(Config.build(db=str(tmp_path / "x.duckdb"), ner_model=str(trf)))
    assert _model_needs_torch(Config.build(db=str(tmp_path / "x.duckdb"), ner_model=str(tmp_path / "none")))


def test_workers_are_started_with_one_math_thread_unless_the_user_chose(monkeypatch):
    import os

    from sambandh.pipeline import MATH_THREAD_VARIABLES, one_math_thread

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    with one_math_thread():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
        assert os.environ["OMP_NUM_THREADS"] == "3"  # the user's count is kept
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"
    assert set(MATH_THREAD_VARIABLES) >= {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"}
