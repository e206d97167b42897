"""Named points where the fault-injection tests kill the process (``tests/test_faults.py``).

``SAMBANDH_KILL_AT=<point>:<n>`` sends SIGKILL to the process the n-th time it reaches
``<point>`` (n defaults to 1). The points: ``commit`` (after every committed transaction of the
store: each ingest batch, each dedup and stories chunk), ``stage:dedup``, ``stage:stories``,
``stage:index`` (before each global stage), ``index.vocab`` (a batch's vocabulary stored, its
articles not yet in the index) and ``index.added`` (in the index, not yet marked indexed).
Unset, a point costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal

_reached: dict[str, int] = {}


def point(name: str) -> None:
    """Count a pass through ``name`` and die here when ``SAMBANDH_KILL_AT`` names this pass."""
    want = os.environ.get("SAMBANDH_KILL_AT")
    if not want:
        return
    _reached[name] = _reached.get(name, 0) + 1
    target, _, nth = want.rpartition(":")
    if not nth.isdigit():  # "stage:dedup" names its first pass
        target, nth = want, "1"
    if target == name and _reached[name] == int(nth):
        os.kill(os.getpid(), signal.SIGKILL)
