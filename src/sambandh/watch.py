"""Watch: keep a database up to date from feeds, pages and folders that change.

Each round is one ordinary ingest of every source: a feed is fetched conditionally (an
unchanged one costs a ``304``), each new entry's page once, a folder's new files only (inputs
already stored are skipped by their hash). A source that fails is reported and tried again
next round; nothing stops the watch but an interrupt, a usage error or the database itself
failing. Everything it knows lives in the database, so a restarted watch fetches nothing twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .config import Config
from .ingest import IngestReport, ingest


def watch(
    sources: list[str],
    config: Config,
    every: float = 300.0,
    rounds: int | None = None,
    on_round: Callable[[int, IngestReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[IngestReport]:
    """Ingest ``sources`` every ``every`` seconds (from the start of one round to the next).

    Args:
        sources: Feed and page addresses, files and folders, as ``sambandh ingest`` takes them.
        config: Settings (``db``, the ``fetch_*`` politeness settings).
        every: Seconds between the starts of two rounds.
        rounds: Stop after this many rounds (``None``: until interrupted).
        on_round: Called after each round with its number (from 1) and its report.
        sleep: How to wait (tests pass a fake clock).

    Returns:
        The reports of the rounds run.

    Raises:
        UsageError: A source is neither a web address nor an existing file or folder.
        StoreError: The database cannot be opened or written.
    """
    reports: list[IngestReport] = []
    n = 0
    while rounds is None or n < rounds:
        started = time.monotonic()
        report = ingest(sources, config)
        n += 1
        reports.append(report)
        if on_round is not None:
            on_round(n, report)
        if rounds is not None and n >= rounds:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return reports


__all__ = ["watch"]
