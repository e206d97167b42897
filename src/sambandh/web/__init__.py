"""The web UI and JSON API (``sambandh serve``): FastAPI over :mod:`sambandh.api`.

Needs the ``web`` dependencies (FastAPI, uvicorn, Jinja2), which the package installs.
"""

from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
