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
        db_memory_limit: DuckDB's cache while writing; peak memory levels off once it is full.
        ner_model: A spaCy pipeline folder with an ``ner`` component; empty for the shipped model.
        kb_dir: A knowledge-base folder (same files as ``sambandh/kb``); empty for the shipped one.
        home_country: Whose office an unqualified title names (``रक्षा मंत्री`` in Indian news is India's).
        entities: Whether ingest and annotate find entities (off: the foundation stages only).
    """

    db: Path = Path("sambandh.duckdb")
    published: dt.date | None = None
    max_document_bytes: int = 5_000_000
    batch_size: int = 500
    quarantine_keep_bytes: int = 1_000_000
    min_article_chars: int = 20
    max_title_chars: int = 250
    db_memory_limit: str = "128MB"
    ner_model: str = ""
    kb_dir: str = ""
    home_country: str = "in"
    entities: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("max_document_bytes", "batch_size", "quarantine_keep_bytes", "max_title_chars"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"config: {name} must be a positive integer, got {getattr(self, name)}")
        if self.min_article_chars < 0:
            raise ConfigError("config: min_article_chars must not be negative")

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
    if name in ("ner_model", "kb_dir"):
        return str(value)
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
    if name == "db_memory_limit":
        text = str(value).strip()
        if not re.fullmatch(r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B)", text, re.IGNORECASE):
            raise ConfigError(f"config: db_memory_limit must look like 128MB or 2GB, got {value!r}")
        return text
    if isinstance(value, bool):
        raise ConfigError(f"config: {name} must be an integer")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"config: {name} must be an integer, got {value!r}") from None
