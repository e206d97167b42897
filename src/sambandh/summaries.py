"""Entity summaries stage: per entity what the pages show about it, kept up to date at ingest.

For every document not summarised yet, the stage adds its mentions to each entity's counts
(mentions, documents), to the names and labels the texts give it (counted, so the display
name is the one given most often, the same on every page) and to its surfaces. It then folds
each surname-only new person into the one fuller name that has that surname
(``link.merge_partial_names``, over every summarised entity) and fills the folded names the
entities list searches. Work grows with the new documents, not with the archive; a killed run
leaves the documents unsummarised and the next run does them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .store import Store


@dataclass
class SummariesReport:
    """What an entity summaries run did."""

    documents: int = 0
    named: int = 0
    folded: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"documents": self.documents, "entities_named": self.named, "partial_names_folded": self.folded,
                "seconds": round(self.seconds, 3)}  # fmt: skip


def update_entity_summaries(store: Store, config: Config) -> SummariesReport:
    """Bring the entity summaries up to date with the stored documents.

    Raises:
        StoreError: The database cannot be read or written.
    """
    from .faults import point
    from .kb import load as load_kb
    from .link import merge_partial_names
    from .names import romanize
    from .normalize import fold

    started = time.perf_counter()
    report = SummariesReport(documents=store.summarise_new_documents())
    kb = load_kb(config.kb_dir or None)
    named = []
    for eid, _label, name, surfaces in store.entities_to_name():
        known = kb.entities.get(eid)
        names = [name or "", romanize(name) if name else "", *surfaces]
        if known is not None:
            names += [known.name, known.name_en or "", *known.names()]
        named.append((eid, " | ".join(dict.fromkeys(f for f in (fold(n) for n in names) if f))))
    report.named = len(named)
    # only people fold (a one-word name into the one fuller name holding it): the other entities of the
    # archive, most of its rows, are not read into memory
    ents = {eid: {"label": label, "name": name} for eid, label, name in store.entity_labels_names("PERSON")}
    folded = merge_partial_names(ents)
    report.folded = len(folded)
    point("summaries.write")
    store.write_entity_folding(named, folded)
    report.seconds = time.perf_counter() - started
    return report
