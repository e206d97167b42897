"""Interface labels in English and Hindi (article text is never translated)."""

from __future__ import annotations

from functools import cache

from ..script import has_devanagari

LANGUAGES = ("en", "hi")

LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Hindi)
    "app": ("Sambandh", "संबंध"),
    "tagline": ("International relations from Hindi and English news", "हिंदी और अंग्रेज़ी समाचारों से अंतरराष्ट्रीय संबंध"),
    "home": ("Home", "मुखपृष्ठ"),
    "graph": ("Relation graph", "संबंध ग्राफ़"),
    "search": ("Search", "खोज"),
    "search_placeholder": ("Search: रूस, Belousov, S-400…", "खोजें: रूस, Belousov, S-400…"),
    "json": ("JSON", "JSON"),
    "latest_stories": ("Latest stories", "ताज़ा कहानियाँ"),
    "active_pairs": ("Most active pairs", "सबसे सक्रिय जोड़े"),
    "counts": ("In the database", "डेटाबेस में"),
    "documents": ("Documents", "दस्तावेज़"),
    "near_duplicates": ("Near copies", "लगभग प्रतियाँ"),
    "stories": ("Stories", "कहानियाँ"),
    "entities": ("Entities", "इकाइयाँ"),
    "events": ("Events", "घटनाएँ"),
    "quarantined": ("Quarantined", "रोके गए"),
    "status": ("Ingest status", "इनजेस्ट की स्थिति"),
    "last_ingest": ("Last ingest", "अंतिम इनजेस्ट"),
    "published_range": ("Published", "प्रकाशन अवधि"),
    "indexed": ("In the search index", "खोज सूचकांक में"),
    "index_stale": ("The search index lags the database: run sambandh dedup", "खोज सूचकांक पीछे है: sambandh dedup चलाएँ"),
    "pair_form": ("Timeline of a pair", "दो पक्षों की समयरेखा"),
    "show": ("Show", "दिखाएँ"),
    "story": ("Story", "कहानी"),
    "sources": ("Sources", "स्रोत"),
    "summary": ("Summary", "सारांश"),
    "adds": ("Adds", "नया जोड़ता है"),
    "adds_nothing": ("Adds nothing the others lack", "कुछ नया नहीं जोड़ता"),
    "copy_of": ("Near copy of", "इसकी लगभग प्रति"),
    "first_seen": ("First seen", "पहली बार"),
    "last_seen": ("Last seen", "अंतिम बार"),
    "size": ("Reports", "रिपोर्टें"),
    "entity": ("Entity", "इकाई"),
    "names": ("Names", "नाम"),
    "devanagari": ("Devanagari", "देवनागरी"),
    "latin": ("Latin", "रोमन"),
    "roles": ("Roles", "पद"),
    "roles_kb": ("Roles (knowledge base)", "पद (ज्ञानकोश)"),
    "roles_text": ("Roles stated in the texts", "समाचारों में बताए गए पद"),
    "facts": ("Stated facts", "समाचारों में बताए गए तथ्य"),
    "adds_entities": ("Named only here", "केवल यहां नामित"),
    "member_of": ("member of", "सदस्य"),
    "founded": ("among the founders of", "संस्थापक"),
    "chair_of": ("chairs", "अध्यक्ष"),
    "this_year": ("the year of the report", "रिपोर्ट का वर्ष"),
    "not_so": ("not", "नहीं"),
    "role": ("Role", "पद"),
    "of": ("Of", "किसका"),
    "from": ("From", "से"),
    "to": ("To", "तक"),
    "date": ("Date", "तारीख़"),
    "evidence": ("Evidence", "प्रमाण"),
    "cooccurring": ("Named together with", "साथ में उल्लिखित"),
    "timeline_with": ("timeline", "समयरेखा"),
    "timeline": ("Timeline", "समयरेखा"),
    "type": ("Type", "प्रकार"),
    "who": ("Who", "कौन"),
    "where": ("Where", "कहाँ"),
    "when": ("When", "कब"),
    "undated": ("undated", "तारीख़ अज्ञात"),
    "no_events": ("No events found.", "कोई घटना नहीं मिली।"),
    "not": ("not", "नहीं"),
    "planned": ("planned", "प्रस्तावित"),
    "demanded": ("demanded", "मांग"),
    "conditional": ("conditional", "शर्त पर"),
    "denied": ("denied", "खंडित"),
    "claimed": ("claimed", "दावा"),
    "since": ("Since", "से"),
    "until": ("Until", "तक"),
    "event_types": ("Event types", "घटना के प्रकार"),
    "countries_only": ("Fold people into their countries", "व्यक्तियों को उनके देश में मिलाएँ"),
    "apply": ("Apply", "लागू करें"),
    "graph_help": ("Click an actor for its page, a link for the pair's timeline.",
                   "किसी पक्ष पर क्लिक करें उसका पृष्ठ देखने के लिए, किसी कड़ी पर दोनों की समयरेखा के लिए।"),
    "results": ("results", "परिणाम"),
    "no_results": ("Nothing found.", "कुछ नहीं मिला।"),
    "facets": ("Narrow down", "सीमित करें"),
    "source": ("Source", "स्रोत"),
    "language": ("Language", "भाषा"),
    "year": ("Year", "वर्ष"),
    "previous": ("Previous", "पिछला"),
    "next": ("Next", "अगला"),
    "document": ("Document", "दस्तावेज़"),
    "published": ("Published", "प्रकाशित"),
    "removed": ("Removed site chrome", "हटाया गया साइट का ढाँचा"),
    "legend": ("Highlighted", "चिह्नित"),
    "person_org_place": ("entities", "इकाइयाँ"),
    "timexes": ("time expressions", "समय अभिव्यक्तियाँ"),
    "event_evidence": ("event sentences", "घटना वाले वाक्य"),
    "copies": ("Near copies of this document", "इस दस्तावेज़ की लगभग प्रतियाँ"),
    "mentions": ("mentions", "उल्लेख"),
    "in_kb": ("in the knowledge base", "ज्ञानकोश में"),
    "new_entity": ("found in the texts", "समाचारों में मिली"),
    "chart_missing": ("Chart library not installed: run make setup.", "चार्ट लाइब्रेरी स्थापित नहीं: make setup चलाएँ।"),
    "error": ("Error", "त्रुटि"),
    "back_home": ("Back to the home page", "मुखपृष्ठ पर लौटें"),
    "other_lang": ("हिन्दी", "English"),
    "occurred": ("occurred", "हुआ"),
    "event_status": ("Status", "स्थिति"),
    "reports": ("Reports", "रिपोर्टें"),
    "related": ("Related events of the same actors", "इन्हीं पक्षों की दूसरी घटनाएँ"),
    "plans": ("Announced beforehand", "पहले घोषित"),
    "carried_out_by": ("What took place", "जो हुआ"),
    "original": ("original", "मूल"),
    "topics": ("Topics", "विषय"),
    "actor": ("Actor", "पक्ष"),
    "country": ("Country", "देश"),
    "name": ("Name", "नाम"),
    "label": ("Kind", "प्रकार"),
    "all_stories": ("All stories", "सभी कहानियाँ"),
    "all_events": ("All its events", "इसकी सभी घटनाएँ"),
    "more_sentences": ("more sentences", "और वाक्य"),
    "more_reports": ("more reports", "और रिपोर्टें"),
    "download_csv": ("Download CSV", "CSV डाउनलोड करें"),
    "legend_exact": ("the event's own date", "घटना की अपनी तारीख़"),
    "legend_approx": ("placed by its report date or the period the text gives",
                      "रिपोर्ट की तारीख़ या पाठ में दी अवधि से रखा गया"),
    "unplaced": ("Events nothing dates (listed below, not on the chart)",
                 "जिन घटनाओं की कोई तारीख़ नहीं (नीचे सूची में, चार्ट पर नहीं)"),
    "legend_country": ("country", "देश"),
    "legend_person": ("person", "व्यक्ति"),
    "legend_org": ("organisation", "संगठन"),
    "legend_other": ("other", "अन्य"),
    "legend_edges": ("a line's width: the number of events between the two", "रेखा की मोटाई: दोनों के बीच घटनाओं की संख्या"),
    "actor_source": ("source", "कर्ता"),
    "actor_target": ("target", "लक्ष्य"),
    "actor_participant": ("participant", "सहभागी"),
    "basis_week": ("placed at the start of the week", "सप्ताह की शुरुआत पर रखा गया"),
    "basis_month": ("placed at the start of the month", "महीने की शुरुआत पर रखा गया"),
    "basis_season": ("placed at the start of the season", "मौसम की शुरुआत पर रखा गया"),
    "basis_year": ("placed at the start of the year", "वर्ष की शुरुआत पर रखा गया"),
    "basis_report": ("placed at the day of the first report", "पहली रिपोर्ट के दिन पर रखा गया"),
    "basis_bound": ("placed at the latest day the text allows", "पाठ के अनुसार अंतिम संभव दिन पर रखा गया"),
}


def labels(lang: str) -> dict[str, str]:
    """The labels for ``lang`` (``en`` or ``hi``; anything else gives English)."""
    i = 1 if lang == "hi" else 0
    return {k: v[i] for k, v in LABELS.items()}


# PLOVER's sixteen event types in Hindi (the codes stay as they are in English)
EVENT_TYPES_HI = {
    "AGREE": "सहमति", "CONSULT": "परामर्श", "SUPPORT": "समर्थन", "CONCEDE": "रियायत", "COOPERATE": "सहयोग",
    "AID": "सहायता", "RETREAT": "पीछे हटना", "REQUEST": "अनुरोध", "ACCUSE": "आरोप", "REJECT": "अस्वीकार",
    "THREATEN": "धमकी", "PROTEST": "विरोध", "SANCTION": "प्रतिबंध", "MOBILIZE": "लामबंदी", "COERCE": "दबाव",
    "ASSAULT": "हमला",
}  # fmt: skip


def event_type(code: str, lang: str) -> str:
    """An event type as shown: the PLOVER code, with its Hindi name in the Hindi interface."""
    return f"{EVENT_TYPES_HI[code]} {code}" if lang == "hi" and code in EVENT_TYPES_HI else code


def role(code: str, lang: str) -> str:
    """A role code (``defence_minister``) in words, in the interface's language.

    The Hindi words are the ones the linker reads in texts (``lang/hi/roles.tsv``).
    """
    from ..link import ROLE_WORDS

    if lang == "hi":
        for words, c in ROLE_WORDS:
            if c == code and has_devanagari(words):
                return words
    return code.replace("_", " ")


def mode(code: str | None, lang: str) -> str:
    """An event mode (``visit``, ``sign``) as shown: in the Hindi interface the Hindi predicate
    the lexicon lists first for it (``lang/hi/predicates.tsv``), else the code.
    """
    if not code:
        return ""
    if lang == "hi":
        return _hindi_modes().get(code, code)
    return code.replace("_", " ")


@cache
def _hindi_modes() -> dict[str, str]:
    from ..lexicon import LANG_DIR, _rows

    out: dict[str, str] = {}
    for name in ("predicates.tsv", "predicates_more.tsv"):
        for row in _rows(LANG_DIR / "hi" / name):
            if len(row) > 3 and row[3]:
                out.setdefault(row[3], row[0])
    return out


def chart_types(codes: list[str], lang: str) -> dict[str, str]:
    """Event type codes as the chart's legend shows them."""
    return {c: event_type(c, lang) for c in codes}


def chart_bases(t: dict[str, str]) -> dict[str, str]:
    """How a point's day was chosen, in the interface's language (for the chart's tooltips)."""
    return {k.removeprefix("basis_"): v for k, v in t.items() if k.startswith("basis_")}
