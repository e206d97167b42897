"""English predicate nouns added in session 21 from a fresh set of English news pages on India's
foreign and defence relations. Every sentence here is our own."""

from __future__ import annotations

import pytest
from conftest import annotate_text, predicates_in


def _found(sentence: str) -> list[tuple[str, str, str]]:
    """(words, type, mode) of every predicate the shipped English lexicon finds in ``sentence``."""
    return [(w, m.entry.type, m.entry.mode) for w, m in predicates_in(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "mode"),
    [
        # an arms purchase told by its noun ("cleared the purchase of", "procurement of"), singular or plural
        ("The cabinet cleared the purchase of twelve transport aircraft.", "purchase", "COOPERATE", "purchase"),
        ("Earlier procurements of drones from Israel were put on hold.", "procurements", "COOPERATE", "purchase"),
        ("The council backed the procurement of six submarines.", "procurement", "COOPERATE", "purchase"),
        # a protest handed to a government is an objection, not a street demonstration
        ("The envoy was handed a diplomatic protest on Monday.", "diplomatic protest", "ACCUSE", "object"),
        ("New Delhi conveyed a formal protest to the embassy.", "formal protest", "ACCUSE", "object"),
        ("Both embassies received formal protests within a week.", "formal protests", "ACCUSE", "object"),
        # Beijing's wording of a formal protest, with or without its adjective, in any tense
        ("Beijing lodged representations with Seoul over the drills.", "lodged representations", "ACCUSE", "object"),
        ("The ministry has lodged solemn representations to Manila.", "lodged solemn representations", "ACCUSE",
         "object"),
        ("China is lodging stern representations with Tokyo.", "lodging stern representations", "ACCUSE", "object"),
        ("Beijing will lodge serious representations to Canberra.", "lodge serious representations", "ACCUSE",
         "object"),
        # a call told with "spoke over/on the phone"
        ("The two premiers spoke over the phone on Friday.", "spoke over the phone", "CONSULT", "phone"),
        ("Albanese spoke on phone with Luxon.", "spoke on phone", "CONSULT", "phone"),
        # concerns in the plural
        ("Seoul raised concerns with Tokyo about the waste water.", "raised concerns", "ACCUSE", "concern"),
        ("Several members expressed concerns about the launch.", "expressed concerns", "ACCUSE", "concern"),
        ("Oslo is voicing concerns over the whaling plan.", "voicing concerns", "ACCUSE", "concern"),
        # a duty in the singular
        ("Ottawa imposed a duty on steel from abroad.", "imposed a duty", "SANCTION", "tariff"),
        # scrapping a deal is pulling out of it
        ("Malaysia scrapped the deal with a Chinese builder.", "scrapped the deal", "RETREAT", "withdraw"),
        ("Both sides are scrapping the pact.", "scrapping the pact", "RETREAT", "withdraw"),
        ("The junta scraps the agreement with Paris.", "scraps the agreement", "RETREAT", "withdraw"),
    ],
)
def test_english_event_nouns(sentence: str, words: str, type_: str, mode: str) -> None:
    found = _found(sentence)
    assert any(w == words and t == type_ and md == mode for w, t, md in found), found


def test_a_protest_lodged_with_a_government_is_not_a_demonstration() -> None:
    found = _found("Officials handed the charge d'affaires a strong diplomatic protest.")
    assert not any(t == "PROTEST" for _, t, _ in found), found


def test_representations_name_who_protests_and_to_whom() -> None:
    doc = annotate_text("China lodged stern representations with Vietnam over the new oil rig on Monday.",
                        published="2024-05-06", language="en")  # fmt: skip
    objections = [e for e in doc["events"] if e["type"] == "ACCUSE" and e["mode"] == "object"]
    assert objections, doc["events"]
    roles = {a["entity_id"]: a["role"] for a in objections[0]["actors"]}
    assert roles.get("country:cn") == "source", roles
    assert roles.get("country:vn") == "target", roles


def test_a_purchase_noun_names_buyer_and_seller() -> None:
    doc = annotate_text("India has approved the purchase of forty helicopters from France, officials said on Monday.",
                        published="2024-05-06", language="en")  # fmt: skip
    buys = [e for e in doc["events"] if e["type"] == "COOPERATE" and e["mode"] == "purchase"]
    assert buys, doc["events"]
    roles = {a["entity_id"]: a["role"] for a in buys[0]["actors"]}
    assert roles.get("country:in") == "source", roles
    assert roles.get("country:fr") == "target", roles
