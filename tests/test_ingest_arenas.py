"""An ingest process keeps glibc's heaps few (``ingest.bounded_arenas``)."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest

PROBE = """
import ctypes, os, sys, tempfile, threading
from sambandh.ingest import bounded_arenas
if sys.argv[1] == "bounded":
    bounded_arenas(2)
together = threading.Barrier(6)
def work():
    blocks = [bytearray(4096) for _ in range(2000)]  # each a malloc of the thread's own
    # all six hold their blocks at once: a thread that ended first would hand its heap to the next one
    together.wait()
    del blocks
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
path = os.path.join(tempfile.mkdtemp(), "heaps.xml")
f = libc.fopen(path.encode(), b"w")
libc.malloc_info(0, f)
libc.fclose(f)
print(open(path).read().count("<heap nr="))
"""


def _glibc() -> bool:
    try:
        return getattr(ctypes.CDLL(None), "malloc_info", None) is not None
    except OSError:
        return False


def _heaps(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, env=env, check=True)
    return int(out.stdout.strip())


@pytest.mark.skipif(not _glibc(), reason="glibc's malloc_info is not available (another C library)")
def test_threads_share_at_most_the_bounded_heaps() -> None:
    assert _heaps("bounded") <= 2
    # without the bound each new thread that allocates gets a heap of its own: the probe can tell
    assert _heaps("free") > 2
