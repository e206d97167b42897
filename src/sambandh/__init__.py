"""Sambandh: Hindi and English news into a queryable knowledge graph of international relations."""

__version__ = "0.1.0"
