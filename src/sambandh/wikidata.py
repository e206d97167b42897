"""Extend the knowledge base from a Wikidata JSON dump (for users with network access).

A Wikidata entity dump (``latest-all.json.gz`` or a filtered extract) is a JSON array with
one entity per line. This module streams it and writes the people who held a position
listed in a positions table (``position QID → role, country``) as rows of ``people.tsv``,
with their Hindi and English labels and aliases and the dated roles from the P39
("position held") statements and their P580/P582 (start/end) qualifiers. Nothing is
downloaded here: the user fetches the dump.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError, UsageError
from .kb import KB_DIR

HUMAN = "Q5"
POSITIONS_FILE = KB_DIR / "wikidata_positions.tsv"


def read_positions(path: Path) -> dict[str, tuple[str, str]]:
    """``position QID → (role, of)`` from a tab-separated file (``#`` comments allowed).

    Raises:
        UsageError: The file is missing or a line is malformed.
    """
    if not path.exists():
        raise UsageError(f"no such positions file: {path}")
    out: dict[str, tuple[str, str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not re.fullmatch(r"Q\d+", cols[0].strip()):
            raise UsageError(f"{path.name}:{n}: expected QID<TAB>role<TAB>of")
        out[cols[0].strip()] = (cols[1].strip(), cols[2].strip())
    return out


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def entities(path: Path) -> Iterator[dict[str, Any]]:
    """Entities of a dump, one per line (the array brackets and trailing commas skipped).

    Raises:
        InputError: The dump cannot be read; a line that is not JSON names its number.
    """
    if not path.exists():
        raise UsageError(f"no such dump: {path}")
    try:
        with _open(path) as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip().rstrip(",")
                if not line or line in ("[", "]"):
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(f"{path.name}:{n}: not a JSON entity") from None
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


def _time(snaks: dict[str, Any], prop: str) -> str:
    for snak in snaks.get(prop, []):
        value = (snak.get("datavalue") or {}).get("value") or {}
        t = value.get("time", "")
        m = re.match(r"[+-]?(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            y, mo, d = m.groups()
            precision = value.get("precision", 11)
            if precision <= 9 or mo == "00":
                return y
            if precision == 10 or d == "00":
                return f"{y}-{mo}"
            return f"{y}-{mo}-{d}"
    return ""


def person_row(ent: dict[str, Any], positions: dict[str, tuple[str, str]]) -> list[str] | None:
    """The ``people.tsv`` row for a human who held a mapped position, else None."""
    claims = ent.get("claims") or {}
    kinds = {
        ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value", {}).get("id") for c in claims.get("P31", [])
    }
    if HUMAN not in kinds:
        return None
    roles = []
    for c in claims.get("P39", []):
        qid = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value", {}).get("id")
        if qid not in positions:
            continue
        role, of = positions[qid]
        q = c.get("qualifiers") or {}
        roles.append(f"{role}@{of}:{_time(q, 'P580')}:{_time(q, 'P582')}")
    if not roles:
        return None
    labels = ent.get("labels") or {}
    name_en = (labels.get("en") or {}).get("value") or ""
    name_hi = (labels.get("hi") or {}).get("value") or name_en
    if not name_en:
        return None
    aliases = [a["value"] for lang in ("hi", "en") for a in (ent.get("aliases") or {}).get(lang, [])]
    aliases = [a.replace("|", " ").replace("\t", " ") for a in dict.fromkeys(aliases) if a not in (name_en, name_hi)]
    return [name_en, name_hi, "|".join(aliases), ";".join(roles)]


def extend(dump: Path, out_dir: Path, positions_file: Path | None = None) -> int:
    """Append the dump's office holders to ``out_dir/people.tsv`` (names already there are skipped).

    ``out_dir`` should be a copy of the knowledge-base folder; point ``SAMBANDH_KB_DIR`` at it.

    Returns:
        The number of people added.
    """
    positions = read_positions(positions_file or POSITIONS_FILE)
    people = out_dir / "people.tsv"
    if not people.exists():
        raise UsageError(f"{out_dir} has no people.tsv: copy the knowledge-base folder there first")
    known = {line.split("\t", 1)[0] for line in people.read_text(encoding="utf-8").splitlines() if line.strip()}
    added = 0
    with people.open("a", encoding="utf-8") as fh:
        for ent in entities(dump):
            row = person_row(ent, positions)
            if row is None or row[0] in known:
                continue
            fh.write("\t".join(row) + "\n")
            known.add(row[0])
            added += 1
    return added
