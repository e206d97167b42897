"""Clean stage: normalise, drop site chrome, find the title, dateline and credits.

Works line by line on the raw text. Every line is normalised with an offset map, then
classified by general rules (no list of any site's lines):

* chrome anywhere: image credits, social handles, share and comment widgets, "read also"
  links, breadcrumbs, copyright and advertising lines, bylines, timestamps;
* the head (lines before the body starts): short labels, the title, repeated titles and
  leads (a head line whose text the body repeats is a copy, not content);
* the tail (lines after the last sentence-like line): short lines such as tag clouds and
  "latest news" footers.

The body's first line may open with a dateline (``नई दिल्ली, प्रेट्र।``), and paragraphs may
end with an agency credit (``(ANI)``); both are recorded and left out of the text. The
clean text joins the kept lines with ``\\n`` and maps each of its offsets back to ``raw``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from .config import Config
from .dates import MONTH_ALT, header_date, timestamp_line
from .errors import NoContentError
from .lexicon import words_of
from .model import Article, Attribution, Dateline, OffsetMap, Removed
from .normalize import normalize, normalize_with_map
from .script import DEVANAGARI, has_devanagari

# -- chrome rules: data in lang/<code>/chrome.tsv, read for every page ----------------------


# (reason, pattern, needs): "needs" is chrome.tsv's optional literal that every match contains,
# lower-cased ("" when none); a line without it is not searched
_Rules = list[tuple[str, re.Pattern[str], str]]


def _chrome_tables() -> tuple[_Rules, _Rules, _Rules, _Rules, _Rules, re.Pattern[str], str, re.Pattern[str], str]:
    """The chrome rules of every language folder: (always, anywhere, short, inline, lead, label words,
    agency names, seats that datelines name as places, marks that join a dateline's two places).
    """
    from .lexicon import LANG_DIR

    always: _Rules = []
    anywhere: _Rules = []
    short: _Rules = []
    inline: _Rules = []
    lead: _Rules = []
    labels: list[str] = []
    agencies: list[str] = []
    seats: list[str] = []
    joiners: list[str] = []
    for path in sorted(LANG_DIR.glob("*/chrome.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, reason, pattern, *rest = line.split("\t")
            rules = {"always": always, "anywhere": anywhere, "short": short, "inline": inline, "lead": lead}.get(kind)
            if rules is not None:
                rules.append((reason, re.compile(pattern, re.IGNORECASE), rest[0].lower() if rest else ""))
            elif kind == "label":
                labels.append(pattern)
            elif kind == "agency":
                agencies.append(pattern)
            elif kind == "seat":
                seats.append(pattern)
            elif kind == "joiner":
                joiners.append(pattern)
    labels_re = re.compile("(?:" + "|".join(labels) + ")", re.IGNORECASE)
    seats_re = re.compile("(?:" + "|".join(seats or ["(?!)"]) + ")", re.IGNORECASE)
    return always, anywhere, short, inline, lead, labels_re, "|".join(agencies), seats_re, "|".join(joiners or ["(?!)"])


(_ALWAYS_CHROME, _STRONG_CHROME, _SHORT_CHROME, _INLINE_CHROME, _LEAD_CHROME, _LABEL_WORDS, AGENCIES,
 _SEATS, _JOINERS) = _chrome_tables()  # fmt: skip
_SHORT_CHROME_MAX_WORDS = 12
_ANYWHERE_MAX_WORDS = 40

_DEVANAGARI_RUN = re.compile(f"[{DEVANAGARI}]+")  # what script.is_devanagari says yes to
_ASCII_LETTER_RUN = re.compile("[A-Za-z]+")
_TERMINAL = re.compile(r"[।॥?!.][\"'”’)\]]*\s*$|[।॥?!][\"'”’)\]]*\s+\S")
_STOP_AT_END = re.compile(r"[।॥?!.][\"'”’)\]]*\s*$")
_WORD = re.compile(r"\S+")
_FIRST_SENTENCE = re.compile(r"^(.+?)(?:[।॥?!]|\.(?=\s|$))[\"'”’]*(?=\s|$)")

# -- dateline and credits -------------------------------------------------------------------

_PLACE_WORDS = r"[^\s\d:,।()\[\]|\"'“”‘’]+(?: [^\s\d:,।()\[\]|\"'“”‘’]+){0,2}"
# a place, or two joined by a mark of chrome.tsv's "joiner" rows ("नई दिल्ली / पहलगाम"; "श्रीनगर-जम्मू" is
# one run of letters already): _known_places says whether each is a place
_PLACE = rf"(?P<place>{_PLACE_WORDS}(?:\s*(?:{_JOINERS})\s*{_PLACE_WORDS})?)"
_DATELINE = [
    # place(agency):   चीन(ANI):
    re.compile(rf"^{_PLACE}\s*\((?P<agency>{AGENCIES}|[A-Z][A-Za-z./]{{1,12}})\)\s*[:।|\-–—]?\s*"),
    # place, agency।   नई दिल्ली, प्रेट्र।
    re.compile(rf"^{_PLACE}\s*,\s*(?P<agency>{AGENCIES})\s*[।:|\-–—]+\s*"),
    # agency, place:   ANI, New Delhi:   /   agency/ place:   एजेंसी/ नई दिल्ली :
    re.compile(rf"^(?P<agency>{AGENCIES})\s*[,/]\s*{_PLACE}\s*[:।|\-–—]+\s*"),
    # place:   नई दिल्ली:   /  नई दिल्ली।।
    re.compile(rf"^{_PLACE}\s*(?::|।।|॥|\s[-–—])\s*"),
]
# Forms that could open any sentence, so they count only when the place is a known one:
# "गांधीनगर। ...", "जम्मूः ...", "नई दिल्ली. ...", "नयी दिल्ली, भारत ने ...", "(नई दिल्ली) ...",
# "नई दिल्ली-भारत के ...", "इंदौर/उज्जैन. ...", and the wire form "चिंगदाओ (चीन), 26 जून (भाषा) ...".
# (Two known places joined, "श्रीनगर-जम्मू:", "नई दिल्ली / पहलगाम:", are one dateline: _known_places.)
_KNOWN_PLACE_DATELINE = [
    re.compile(rf"^{_PLACE}\s*(?:\([^()]{{1,25}}\))?\s*,\s*[^()।|:,\n]{{3,30}}?\s*\((?P<agency>{AGENCIES}|[A-Z][A-Za-z./]{{1,12}})\)\s*[:।|\-–—]?\s*"),
    # (a danda or a visarga may be glued to the report too: "पटना।भारत ने", "कोलंबोःश्रीलंका ने")
    re.compile(rf"^{_PLACE}\s*(?:[।ः](?=[{DEVANAGARI}])|(?:।|ः|\.(?=\s)|,)\s+)"),
    re.compile(r"^\((?P<place>[^()\d,।]{2,25})\)\s+"),
    # (a dash glued to the place, the report after it with a space or none: "मुंबई- भारत", "मुंबई—भारत")
    re.compile(r"^(?P<place>[^\s\d:,।()|\-–—]+(?: [^\s\d:,।()|\-–—]+){0,2})[-–—]\s?(?=[^\s\d\-–—])"),
    re.compile(r"^(?P<place>[^\s\d:,।()|/]+)/[^\s\d:,।()|/.]+\s*(?:[.।ः:])\s+"),
    re.compile(r"^(?P<place>[^\s\d:,।()|]+(?: [^\s\d:,।()|]+)?)\s{2,}(?=\S)"),  # and "बीजिंग  ..." set off by two spaces
]
_DATE_WORDS = (
    rf"(?:(?:\d{{1,2}}|[^\s\d,()]+)\s+(?:{MONTH_ALT})\.?|(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?!\d))"
    r"(?:,?\s*(?:19|20)\d\d)?"
)
# The wire and portal grammar: place, optional region in brackets, a date, optional agency, a
# separator: "जोहान्सबर्ग (दक्षिण अफ्रीका), 21 फरवरी -", "Canberra [Australia], October 9 (ANI):",
# "नयी दिल्ली, छह जून (भाषा)", "नई दिल्ली, सितम्बर 2 --", "मुंबई, 24 अप्रैल, (न्यूज़ हेल्पलाइन)".
_WIRE_DATELINE = re.compile(
    rf"^{_PLACE}\s*(?:[\(\[][^()\[\]\d]{{1,25}}[\)\]])?\s*,\s*(?P<date>{_DATE_WORDS})\s*,?\s*"
    rf"(?:\(\s*(?P<agency>{AGENCIES}|[A-Z][A-Za-z./]{{1,12}}|[^\s\d()]{{2,12}})\s*\))?\s*(?:--|[:।ः|\-–—]|\.(?=\s))?\s*",
    re.IGNORECASE,
)  # (after a date, a short word in brackets is the wire however it is spelt: "(वीएनआई)")
# place and date with no comma between, closed by a separator: "नई दिल्ली ३१ मई:" (a known city only)
_PLACE_DATE_DATELINE = re.compile(rf"^{_PLACE}\s+(?P<date>{_DATE_WORDS})\s*(?:--|[:ः।|]|\s[-–—])\s*", re.IGNORECASE)
# A place with its region in brackets: "Bijapur (Chhattisgarh):", "कोलंबो (श्रीलंका):"
_REGION_DATELINE = re.compile(rf"^{_PLACE}\s*[\(\[](?P<region>[^()\[\]\d]{{2,25}})[\)\]]\s*(?::|ः|।|\s[-–—])\s*")
# a dateline alone on its line: "नई दिल्ली:", "BEIJING:"
_LONE_DATELINE = re.compile(rf"^{_PLACE}\s*[:ः।,.]?$")
# and after the outlet that filed it, closed by a colon: "सुबह समाचार, टोक्यो:", "एजेंसी/ काबुल:"
_OUTLET = r"(?P<outlet>[^\s\d:,।()/]+(?: [^\s\d:,।()/]+){0,2})"
_LONE_CREDITED_DATELINE = re.compile(rf"^{_OUTLET}\s*[,/]\s*{_PLACE}\s*[:ः]$")
# the reporters who filed it (one, or two joined by "और"), then the place, on a line of its own:
# "रमेश शर्मा और सुनीता वर्मा, नई दिल्ली", "रमेश शर्मा / नई दिल्ली"
_NAME = r"[^\s\d:,।()/|]+(?: [^\s\d:,।()/|]+){0,2}"
_LONE_BYLINE_DATELINE = re.compile(
    rf"^(?P<outlet>{_NAME}(?:\s*(?:और|एवं|&|and)\s*{_NAME})?)\s*[,/|]\s*{_PLACE}\s*[:ः।]?$"
)
# "तियानजिन, 1 सितंबर 2025" on a line of its own
_PLACE_DATE = re.compile(rf"^{_PLACE}\s*,\s*(?P<date>.*\d.*)$")
# an agency's name (alone or glued to a Latin weekday) where that line's place would stand
_AGENCY_FIRST = re.compile(rf"^(?:{AGENCIES})(?![{DEVANAGARI}])", re.IGNORECASE)


# Words that end a clause rather than name a place: "उन्होंने कहा:" is no dateline.
def _not_place() -> set[str]:
    from .lexicon import every_language_rows

    return {r[0].lower() for r in every_language_rows("not_place.tsv") if r and r[0]}


_NOT_PLACE = _not_place()  # lang/<code>/not_place.tsv
_CREDIT = re.compile(
    rf"\s*\(\s*(?P<src>(?:{AGENCIES})(?:\s*(?:/|,|के साथ|इनपुट)\s*(?:{AGENCIES}))*"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|in|org|net|co\.in|co\.uk|news)(?:/[a-z0-9_-]+)*)\s*\)\s*$",
    re.IGNORECASE,
)
_IN_TEXT_SOURCE = re.compile(
    r"(?P<src>[^\s,।\"“”]{1,40})\s+के\s+(?:अनुसार|मुताबिक|हवाले\s+से)"
    r"|(?i:according\s+to\s+(?P<en>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))"
)
# what every match of _IN_TEXT_SOURCE holds: most texts have neither, and a search for them
# is far cheaper than that pattern, which tries every position
_SOURCE_CUES = (re.compile(r"के\s+(?:अनुसार|मुताबिक|हवाले\s+से)"), re.compile(r"according\s+to\s+", re.IGNORECASE))


@dataclass(slots=True)
class _Line:
    raw_start: int
    raw_end: int
    text: str  # normalised, stripped
    lead: int  # chars stripped from the left of the normalised line
    omap: OffsetMap  # normalised line -> raw offsets local to the line
    key: str = ""  # whitespace-collapsed, case-folded text, for comparisons
    words: int = 0
    status: str = "body"  # body | blank | removed
    reason: str = ""
    cut_start: int = 0  # kept part of ``text`` is [cut_start, cut_end)
    cut_end: int = -1
    holes: list[tuple[int, int, str]] = field(default_factory=list)  # chrome cut out of the middle, with reasons

    def raw_at(self, i: int) -> int:
        return self.raw_start + self.omap.to_raw(self.lead + i)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.raw_at(start), self.raw_at(start)
        return self.raw_at(start), self.raw_at(end - 1) + 1


def _split_lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n|\Z", raw):
        chunk = raw[pos : m.start()]
        norm, omap = normalize_with_map(chunk)
        stripped = norm.strip()
        lead = len(norm) - len(norm.lstrip())
        line = _Line(pos, m.start(), stripped, lead, omap)
        line.cut_end = len(stripped)
        if not stripped:
            line.status = "blank"
        else:
            line.key = _key(stripped)
            line.words = len(_WORD.findall(stripped))
        lines.append(line)
        pos = m.end()
        if m.end() == len(raw):
            break
    return lines


def _key(text: str) -> str:
    """A cheap comparison key for lines of one article (already normalised)."""
    return " ".join(text.split()).casefold()


def _sentence_like(line: _Line) -> bool:
    return (line.words >= 5 and bool(_TERMINAL.search(line.text))) or line.words >= 15


def _first_reason(rules: _Rules, text: str) -> str | None:
    lowered: str | None = None
    for reason, pat, needs in rules:
        if needs:
            lowered = text.lower() if lowered is None else lowered
            if needs not in lowered:
                continue  # the pattern cannot match here: skip its search (a ticker needs its "|")
        if pat.search(text):
            return reason
    return None


def _chrome_reason(line: _Line) -> str | None:
    reason = _first_reason(_ALWAYS_CHROME, line.text)
    if reason is not None:
        return reason
    if line.words > _ANYWHERE_MAX_WORDS:
        return None  # a paragraph is no widget, whatever it contains ("…बात की | …" with | as danda)
    reason = _first_reason(_STRONG_CHROME, line.text)
    if reason is not None or line.words > _SHORT_CHROME_MAX_WORDS:
        return reason
    return _first_reason(_SHORT_CHROME, line.text)


_PUNCT = ".,:;!?()[]{}'\"“”‘’|-–—।"
# a label and its colon, the text glued on or after a space ("विदेश :भारत के ...", "Bijapur encounter: ...")
_LABEL = re.compile(r"^(?P<label>[^:।\n\"“”]{2,60}?)\s*(?::\s*|\s[–-]\s+)(?=\S)")
_LATIN_WORD = re.compile(r"[A-Za-z]")


def _other_script(line: _Line) -> str | None:
    """A short line of a Hindi page with no Devanagari: a widget, alt text or an English label."""
    if has_devanagari(line.text) or not _LATIN_WORD.search(line.text):
        return None
    # a caption, alt text or an English headline runs longer than a widget, but ends with no
    # sentence's stop ("India-China: Tension High ! Talk Show with X (Ep-8)")
    if line.words <= 8 or (line.words <= 25 and not _STOP_AT_END.search(line.text)):
        return "other_script"
    return None


def _label_end(line: _Line, hindi_page: bool, kb_dir: str | None = None) -> int | None:
    """Where a section label glued before a sentence ends ("Kisan Andolan Latest News: …",
    "Bijapur encounter: …"): Latin words before a colon on a Hindi page, or words one of which
    is a label word (``chrome.tsv``). Titles and short lines keep theirs.
    """
    if not _sentence_like(line):
        return None
    m = _LABEL.match(line.text)
    if m is None:
        return None
    label, rest = m.group("label"), line.text[m.end() :]
    words = label.split()
    if len(words) > 8 or len(_WORD.findall(rest)) < 4 or any(w.lower() in _NOT_PLACE for w in words):
        return None  # "प्रधानमंत्री ने कहा: …" introduces a quote
    chain = _LABEL.match(rest)
    if _find_dateline(line.text, kb_dir) is not None and not (chain and len(chain.group("label").split()) <= 3):
        return None  # "WASHINGTON (Reuters): …" is where the report was filed ("India: Strike: …" is a label chain)
    dev_label = has_devanagari(label)
    glued_to_hindi = has_devanagari(rest[:40])
    if hindi_page and not dev_label and _LATIN_WORD.search(label) and glued_to_hindi:
        return m.end()
    if any(_LABEL_WORDS.fullmatch(w.strip(_PUNCT)) for w in words) and len(words) <= 8:
        return m.end()
    # a topic kicker: a few words the sentence after it repeats ("चाबहार बंदरगाह: भारत और ईरान ने
    # ... चाबहार बंदरगाह पर ...")
    first = _first_sentence(rest)[0]
    if len(words) <= 4 and all(len(w) > 1 and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", first) for w in words):
        return m.end()
    return None


def _lead_chrome(line: _Line) -> tuple[int, str] | None:
    """Where chrome glued to the front of a line ends (``chrome.tsv``'s lead rows), with its reason;
    None when none is, or when nothing of the line would be left.
    """
    for reason, pat, _ in _LEAD_CHROME:
        m = pat.match(line.text)
        if m and m.end() > 0 and line.text[m.end() :].strip():
            return m.end(), reason
    return None


def _trim_front(line: _Line, k: int) -> None:
    """Drop the first ``k`` characters of a line's text (offsets keep pointing into ``raw``)."""
    rest = line.text[k:]
    line.lead += k + len(rest) - len(rest.lstrip())
    line.text = rest.strip()
    line.key = _key(line.text)
    line.words = len(_WORD.findall(line.text))
    line.cut_end = len(line.text)


def _first_sentence(text: str) -> tuple[str, int]:
    """The first sentence of ``text`` without its terminator, and where the next begins."""
    m = _FIRST_SENTENCE.match(text)
    if not m or m.end() >= len(text.rstrip()):
        return text.rstrip("।॥. "), len(text)
    return m.group(1).strip(), m.end()


def _find_dateline(text: str, kb_dir: str | None = None) -> re.Match[str] | None:
    """The dateline a body line opens with, by the wire grammar, a region in brackets, a credited
    agency, or a known place before a separator; never a section label or a clause's words.
    """
    for pat in [_WIRE_DATELINE, *_DATELINE, _REGION_DATELINE, *_KNOWN_PLACE_DATELINE, _PLACE_DATE_DATELINE]:
        m = pat.match(text)
        if not m:
            continue
        place = m.group("place") or ""
        if not _may_be_place(place):
            continue
        # a dateline is followed by the report, not by the end of the line, nor by a postposition
        # ("भारत (India) के रक्षा मंत्री", "बता दे, अक्टूबर 2024 में")
        if len(text) - m.end() < 20:
            continue
        nxt = text[m.end() :].split(maxsplit=1)
        if nxt and nxt[0] in _POSTPOSITIONS:
            continue
        glued = re.match(r"\S+", text[m.start("place") :])
        if glued and glued.group() != place.split()[-1] and "-" in glued.group() and _known_place(
                glued.group().strip(".,:।"), _PLACES, kb_dir):  # fmt: skip
            continue  # "जम्मू-कश्मीर": one name with a hyphen, not a place glued to the report
        if pat is _REGION_DATELINE and not (_known_places(place, _PLACES, kb_dir)
                                            or _known_place(m.group("region"), _PLACES, kb_dir)):  # fmt: skip
            continue
        if pat is _DATELINE[3] and not (_known_places(place, _PLACES, kb_dir) or (place.isupper() and place.isascii())
                                        or _SEATS.fullmatch(place)):  # fmt: skip
            continue  # "विदेश :", "चाबहार बंदरगाह:": a section label, not where the report was filed
        if pat in (_KNOWN_PLACE_DATELINE[0], _KNOWN_PLACE_DATELINE[2]) and not _known_places(place, _PLACES, kb_dir):
            continue
        agency = m.groupdict().get("agency")
        if pat is _DATELINE[0] and agency and _known_place(agency, _PLACES, kb_dir):
            continue  # "इज़रायल (Israel) और ...": the place's name in English, not a wire
        # "भारत, अमेरिका और जापान ने ...": a country before a comma opens a list, a city a dateline
        # an organisation's seat reads as a city before a colon or a danda ("संयुक्त राष्ट्र: ..."),
        # but before a comma it opens a list ("संयुक्त राष्ट्र, अमेरिका और ...")
        seat = pat is _KNOWN_PLACE_DATELINE[1] and _SEATS.fullmatch(place) and "," not in m.group(0)
        if pat in (_KNOWN_PLACE_DATELINE[1], *_KNOWN_PLACE_DATELINE[3:], _PLACE_DATE_DATELINE) and not seat and not (
                _known_places(place, ("city:", "region:"), kb_dir)):  # fmt: skip
            continue
        return m
    return _byline_dateline(text, kb_dir)


_PLACES = ("city:", "region:", "country:")
_POSTPOSITIONS = frozenset(words_of("postposition"))  # lang/<code>/words.tsv
# a newspaper's byline run into its dateline, closed by a double danda: the reporter's or desk's words,
# then the place ("रमेश शर्मा नई दिल्ली।। ..."), or the byline closed first and the place opening the
# report ("प्रमुख संवाददाता ॥ नोएडा ...", "पीटीआई ॥ काठमांडू ...")
_DOUBLE_DANDA = re.compile(r"\s*(?:।।|॥)\s*")
_BYLINE_WORDS = re.compile(r"[^\s\d:,।॥()\[\]|\"'“”‘’]+(?: [^\s\d:,।॥()\[\]|\"'“”‘’]+){0,3}")


def _byline_dateline(text: str, kb_dir: str | None = None) -> re.Match[str] | None:
    """A byline and a known city or region before or after a double danda at the start of a line
    (``_find_dateline``'s last resort). The match's ``place`` is the place; where the place opens the
    report after the danda, the match ends at the danda and the place stays in the text (a lookahead),
    since the report may run on from it ("नोएडा अथॉरिटी ने ...").
    """
    sep = _DOUBLE_DANDA.search(text, 0, 80)
    if sep is None or sep.start() == 0 or len(text) - sep.end() < 20:
        return None
    words = text[: sep.start()].split()
    after = text[sep.end() :].split(maxsplit=3)[:3]
    if (not _BYLINE_WORDS.fullmatch(" ".join(words)) or any(w in _POSTPOSITIONS for w in words + after[:1])
            or any(w.lower() in _NOT_PLACE for w in words)):  # fmt: skip
        return None  # (a desk's label word may stand in a byline: "नगर संवाददाता", "एबीसी न्यूज")
    for n in (3, 2, 1):  # the longest known place that ends the byline's words
        place, byline = " ".join(words[-n:]), words[:-n]
        if 0 < len(byline) <= 4 and len(words) > n and _known_place(place, ("city:", "region:"), kb_dir):
            return re.match(rf"(?P<outlet>{re.escape(' '.join(byline))})\s+(?P<place>{re.escape(place)})"
                            + _DOUBLE_DANDA.pattern, text)  # fmt: skip
    if len(words) > 4:
        return None
    for n in (3, 2, 1):  # else the longest known place that opens the report
        place = " ".join(after[:n]).rstrip(":ः,")
        if len(after) > n and after[n] not in _POSTPOSITIONS and _known_place(place, ("city:", "region:"), kb_dir):
            # (a place with a postposition after it is the report's words: "मुंबई पर हमले के बाद")
            return re.match(rf"(?P<outlet>{re.escape(' '.join(words))}){_DOUBLE_DANDA.pattern}"
                            rf"(?=(?P<place>{re.escape(place)})\s)", text)  # fmt: skip
    return None


def _may_be_place(place: str) -> bool:
    """Not a clause's words (``उन्होंने कहा``) nor a section label (``LIVE``, ``News``)."""
    return not any(w in _NOT_PLACE or _LABEL_WORDS.fullmatch(w.strip(_PUNCT)) for w in place.lower().split())


def _lone_place(place: str, kb_dir: str | None) -> bool:
    if not _may_be_place(place):
        return False
    return _known_places(place, _PLACES, kb_dir) or (place.isupper() and place.isascii() and len(place.split()) <= 3)


def _two_places(name: str, kb_dir: str | None = None) -> list[str]:
    """The places of a dateline that names two joined by a hyphen or a mark of chrome.tsv's
    ``joiner`` rows ("श्रीनगर-जम्मू", "नई दिल्ली / पहलगाम"), each a known city or region (two
    countries are a topic, "भारत-चीन:"), else ``[]``. A listed name with a hyphen is one place.
    """
    if _known_place(name, _PLACES, kb_dir):
        return []
    parts = [p.strip() for p in re.split(rf"\s*(?:{_JOINERS}|-)\s*", name.strip())]
    if len(parts) < 2 or not all(p and _known_place(p, ("city:", "region:"), kb_dir) for p in parts):
        return []
    return parts


def _known_places(name: str, kinds: tuple[str, ...], kb_dir: str | None = None) -> bool:
    """:func:`_known_place`, or two known cities or regions joined (:func:`_two_places`)."""
    return _known_place(name, kinds, kb_dir) or bool(_two_places(name, kb_dir))


def _filed_place(place: str, kb_dir: str | None = None) -> str:
    """The place a dateline records: the first of two joined places, else the place as written."""
    return (_two_places(place, kb_dir) or [place])[0]


def _known_place(name: str, kinds: tuple[str, ...], kb_dir: str | None = None) -> bool:
    """Whether the knowledge base lists ``name`` as a place of one of ``kinds`` (id prefixes)."""
    from .kb import load

    return any(e.id.startswith(kinds) for e in load(kb_dir).lookup(name.strip()))


def clean_article(article: Article, config: Config | None = None) -> Article:
    """Fill ``text``, ``offset_map``, ``removed``, ``title``, ``dateline``,
    ``attributions`` and (from a header timestamp) ``published`` of ``article``.

    Raises:
        NoContentError: Nothing that looks like article text is left.
    """
    config = config or Config()
    lines = _split_lines(article.raw)
    live = [ln for ln in lines if ln.status == "body"]
    # 1. chrome that can stand anywhere, then chrome glued inside the lines left
    labels = _drop_chrome_lines(article, live, config)
    live = [ln for ln in live if ln.status == "body"]
    if not live:
        raise NoContentError("no article text left after removing site chrome")
    for ln in live:
        _inline_chrome(ln)
    _drop_crumb_runs(live)
    live = [ln for ln in live if ln.status == "body"]
    # 2. where the body begins
    body_start, dateline_match = _body_start(article, live, config)
    head, body = live[:body_start], live[body_start:]
    # 3. title, and the head lines that repeat it or the body
    title_line = _sort_head(article, config, lines, live, head, body)
    lead_copy = _keep_first_lead(lines, head, body, dateline_match, title_line)
    # 4. tail: short non-sentences after the last sentence-like line
    _drop_tail(body)
    _drop_related_headlines(lines)
    kept = [ln for ln in live if ln.status == "body"]
    removed = _removed_spans(lines, labels)
    # 5. dateline and credits
    _take_dateline(article, body, dateline_match, removed, config.kb_dir or None)
    if lead_copy is not None:  # after the dateline's cut, which the copy follows
        body[0].holes.append(lead_copy)
        removed.append(Removed(*body[0].raw_span(lead_copy[0], lead_copy[1]), lead_copy[2]))
    _take_credits(article, kept, removed)
    # 6. the clean text and its map
    article.text, article.offset_map = _join_lines(kept)
    article.removed = sorted(removed, key=lambda r: r.start)
    if len(article.text) < config.min_article_chars:
        raise NoContentError(f"only {len(article.text)} characters of text after cleaning")
    _finish(article, config)
    return article


def _remove(line: _Line, reason: str) -> None:
    line.status, line.reason = "removed", reason


def _stated(article: Article, stamp: dt.date | None) -> None:
    """Take ``stamp`` as the publication date when the article has none yet."""
    if stamp is not None and article.published is None:
        article.published, article.published_source = stamp.isoformat(), "text"


def _is_hindi_page(raw: str) -> bool:
    """Whether most letters of the page are Devanagari, or else most letters of its sentences
    (lines closed by a stop): English captions, file names and menus do not make a Hindi report
    an English page.
    """
    if _mostly_devanagari(raw):
        return True
    sentences = "\n".join(ln for ln in raw.splitlines() if _TERMINAL.search(ln))
    return _mostly_devanagari(sentences)


def _mostly_devanagari(text: str) -> bool:
    # runs of letters counted by the regex engine, not a Python loop over every character
    deva = sum(map(len, _DEVANAGARI_RUN.findall(text)))
    latin = sum(map(len, _ASCII_LETTER_RUN.findall(text)))  # (an ASCII character is alphabetic if a-z or A-Z)
    return deva >= 0.6 * (deva + latin) and deva > 0


def _drop_chrome_lines(article: Article, live: list[_Line], config: Config) -> list[Removed]:
    """Remove chrome that can stand anywhere; on a Hindi page, short lines in Latin script only
    (widgets, image alt text); and cut section labels glued before a sentence, which are returned.
    """
    hindi_page = _is_hindi_page(article.raw)
    labels: list[Removed] = []
    for ln in live:
        reason = _chrome_reason(ln)
        if reason is None and ln.words <= 12 and _took_stamp_line(article, ln):
            continue
        reason = reason or (_other_script(ln) if hindi_page else None)
        if reason:
            _remove(ln, reason)
            # "This Article is From …", "Edited By X, Updated: 16 Mar, 2023", "By <site> | Jun 18, 2022"
            _stated(article, header_date(ln.text, 8) if reason in ("timestamp", "byline") else None)
            continue
        # chrome glued before the text (a file name, a desk byline): trimmed from the front, so that
        # a dateline after it is still where the body opens
        while (m := _lead_chrome(ln)) is not None:
            labels.append(Removed(*ln.raw_span(0, len(ln.text[: m[0]].rstrip())), m[1]))
            _trim_front(ln, m[0])
        while (cut := _label_end(ln, hindi_page, config.kb_dir or None)) is not None:
            labels.append(Removed(*ln.raw_span(0, len(ln.text[:cut].rstrip())), "label"))
            _stated(article, header_date(ln.text[:cut], 8))  # "ब्रेकिंग न्यूज (22 अक्टूबर 2024) LIVE अपडेट:"
            _trim_front(ln, cut)
    return labels


def _took_stamp_line(article: Article, ln: _Line) -> bool:
    """Remove a short line that is a timestamp or a place and date, keeping its date (and
    place) on the article; whether it was one.
    """
    whole = timestamp_line(ln.text)  # "Mon, 08 Jan 2024-5:53 pm,": a weekday is no place
    place_date = _PLACE_DATE.match(ln.text) if whole is None else None
    if place_date and _AGENCY_FIRST.match(place_date.group("place")):
        place_date = None  # "एजेंसीMon, 21 Oct 2013 11:24 PM": who filed it and when, no place
    stamp = whole or timestamp_line(place_date.group("date") if place_date else ln.text)
    if stamp is None and place_date is None:
        stamp = header_date(ln.text)  # "This Article is From Sep 16, 2016", "<site> । Jun 23 2018 6:16PM"
    if stamp is None:
        return False
    _remove(ln, "dateline" if place_date else "timestamp")
    if place_date and article.dateline is None:
        article.dateline = Dateline(*ln.raw_span(0, len(ln.text)), place_date.group("place"), None)
    _stated(article, stamp)
    return True


_ELLIPSIS_END = re.compile(r"\s*(?:\.{3,}|…)$")


def _repeated_later(live: list[_Line], idx: int) -> bool:
    """Whether a later line repeats the text of ``live[idx]`` (a teaser cut short with ``...``
    or ``…`` repeats a line that holds its words before the ellipsis).
    """
    key = _ELLIPSIS_END.sub("", live[idx].key)
    return len(key) >= 20 and any(key in ln.key and ln is not live[idx] for ln in live[idx + 1 :])


def _cut_short_copy(live: list[_Line], idx: int) -> bool:
    """Whether ``live[idx]`` is a teaser: cut short with an ellipsis, its words repeated later."""
    return bool(_ELLIPSIS_END.search(live[idx].text)) and _repeated_later(live, idx)


# a sentence closed inside a line: a danda, or a full stop after a word (not an initial: "डॉ. एस")
_SENTENCE_BREAK = re.compile(r"[।॥][\"'”’)\]]*\s+\S|[^\s.]{4}\.[\"'”’)\]]*\s+\S")
_CLOSED = re.compile(r"[।॥.][\"'”’)\]]*\s*$")


def _headline_shaped(text: str) -> bool:
    """Whether a line reads as a headline: no danda or full stop closes it or a sentence inside
    it; a "?" or "!" may stand anywhere ("... निकल गई हेकड़ी! ... क्या कहा?").
    """
    return not _CLOSED.search(text) and not _SENTENCE_BREAK.search(text)


def _lead_like(text: str) -> bool:
    """Whether a head line reads as a lead, not a title: a sentence closed inside it, the first
    one longer than a headline runs.
    """
    first = _first_sentence(text)[0]
    return bool(_SENTENCE_BREAK.search(text)) and len(_WORD.findall(first)) > _TITLE_SENTENCE_MAX_WORDS


_TITLE_SENTENCE_MAX_WORDS = 15


def _opening_headline(live: list[_Line], i: int, config: Config) -> bool:
    """Whether ``live[i]``, near the top, is the headline over the report rather than its first
    paragraph: headline-shaped with a "!" or "?" in it (which makes ``_sentence_like`` read it as
    a sentence), title-sized, and followed by a paragraph closed as sentences are.
    """
    ln = live[i]
    if i > 2 or i + 1 >= len(live) or not 4 <= ln.words <= 30 or len(ln.text) > config.max_title_chars:
        return False
    nxt = live[i + 1]
    return (bool(_CLAUSE_MARK.search(ln.text)) and _headline_shaped(ln.text) and _sentence_like(nxt)
            and not _headline_shaped(nxt.text))  # fmt: skip


# a "!" or "?" that closes a clause inside a headline or ends it
_CLAUSE_MARK = re.compile(r"[?!]")


# the outlet (up to four words) and a place of two words or one, then a colon
_BUREAU_LINES = [re.compile(rf"^(?P<outlet>(?:\S+ ){{1,4}}?)(?P<place>\S+{more})\s*[:ः]$") for more in (r" \S+", "")]


def _bureau_dateline(text: str) -> re.Match[str] | None:
    """A line naming the outlet's bureau or desk, then the place, then a colon ("आई एन न्यूज ब्यूरो
    राजौरी :"): the outlet's last word is a label word (``chrome.tsv``); the caller checks the place.
    """
    if re.search(r"[\d,।()/]", text):
        return None
    for pat in _BUREAU_LINES:
        m = pat.match(text)
        if m and _LABEL_WORDS.fullmatch(m.group("outlet").split()[-1]) and _may_be_place(m.group("place")):
            return m
    return None


def _body_start(article: Article, live: list[_Line], config: Config) -> tuple[int, re.Match[str] | None]:
    """Where the body begins, and the dateline it opens with: a dateline near the top, else
    the first sentence-like line whose text the rest of the article does not repeat.
    """
    for i, ln in enumerate(live[:10]):
        m = _find_dateline(ln.text, config.kb_dir or None)
        if m and _sentence_like(ln) and not _cut_short_copy(live, i):
            return i, m
        lone = (_LONE_DATELINE.match(ln.text) or _LONE_CREDITED_DATELINE.match(ln.text)
                or _LONE_BYLINE_DATELINE.match(ln.text) or _bureau_dateline(ln.text))  # fmt: skip
        if (lone and i + 1 < len(live) and _sentence_like(live[i + 1]) and article.dateline is None
                and _lone_place(lone.group("place"), config.kb_dir or None)):  # fmt: skip
            # "नई दिल्ली:" on its own line before the report
            _remove(ln, "dateline")
            outlet = (lone.groupdict().get("outlet") or "").strip() or None
            place = _filed_place(lone.group("place"), config.kb_dir or None)
            article.dateline = Dateline(*ln.raw_span(0, len(ln.text)), place, outlet)
            return i + 1, None
    for i, ln in enumerate(live):
        if _sentence_like(ln) and not _repeated_later(live, i) and not _opening_headline(live, i, config):
            return i, None
    return 0, None


def _sort_head(
    article: Article, config: Config, lines: list[_Line], live: list[_Line], head: list[_Line], body: list[_Line]
) -> _Line | None:
    """Find the title and remove the head lines that are it, repeat it or the body, or are short
    labels; the head line taken as the title, if any.
    """
    body_raw_start = body[0].raw_start if body else len(article.raw)
    head_all = [ln for ln in lines if ln.status != "blank" and ln.raw_start < body_raw_start]
    separate_title = "title" in article.meta  # the record separated its title already
    teasers = [ln for i, ln in enumerate(live) if ln.status == "body" and _cut_short_copy(live, i)]
    title_line, title_key = _pick_title(article, config, head, head_all, separate_title, teasers)
    for i, ln in enumerate(head):
        if ln is title_line:
            new_key = _split_title_line(article, live, head_all, i, ln)
            title_key = title_key if new_key is None else new_key
        elif title_key and (title_key in ln.key or ln.key in title_key):
            _remove(ln, "repeated_title")
        elif _repeated_later(live, i):
            _remove(ln, "repeated_lead")
        elif not separate_title and not _sentence_like(ln) and ln.words <= 6:
            _remove(ln, "head_chrome")
    if len(body) > 1 and title_key and not separate_title and body[0].key == title_key:
        _remove(body[0], "repeated_title")
    for one, two in pairwise(body[:4]):
        # a short headline printed twice in a row at the top of the report: a subtitle bar, not text
        if one.key == two.key and not _sentence_like(one) and 3 <= one.words <= 12:
            _remove(one, "repeated_lead")
            _remove(two, "repeated_lead")
    return title_line


def _keep_first_lead(
    lines: list[_Line], head: list[_Line], body: list[_Line], dateline_match: re.Match[str] | None,
    title_line: _Line | None,
) -> tuple[int, int, str] | None:
    """Keep the first copy of a lead printed twice in a row, and cut the repeat out of the body.

    A lead that stands right over the body's first line, which opens (after its dateline, if
    any) with the same words, is where the article opens: a reader keeps it and skips the
    repeat. A teaser cut short (``...``), a copy with no stop at its end or one with other lines
    between (chrome too: a copy among the site's lines) is left removed.

    Args:
        lines: all lines of the page.
        head: the head lines, after ``_sort_head``.
        body: the body lines; ``body[0]`` may open with the dateline ``dateline_match``.
        dateline_match: the dateline at the start of ``body[0]``, or None.
        title_line: the head line taken as the title (a title with its lead on one line stays out).

    Returns:
        The hole to cut from ``body[0]`` (start, end, reason) once its dateline is taken, or
        None when the page has no such lead.
    """
    if not head or not body:
        return None
    lead, first = head[-1], body[0]
    if lead is title_line or lead.reason != "repeated_lead" or _ELLIPSIS_END.search(lead.text):
        return None
    if any(ln.status != "blank" and lead.raw_end <= ln.raw_start < first.raw_start for ln in lines):
        return None
    start = dateline_match.end() if dateline_match else 0
    start += len(first.text[start:]) - len(first.text[start:].lstrip())
    # a copy left open (no stop at its end) is a summary taken from the page's description; the
    # body's copy, closed as a sentence, is the report's own text
    if not (_sentence_like(lead) and _STOP_AT_END.search(lead.text) and first.text.startswith(lead.text, start)):
        return None
    lead.status, lead.reason = "body", ""
    return start, start + len(lead.text), "lead_copy"


def _repeated_in_head(head_all: list[_Line], ln: _Line) -> bool:
    return sum(ln.key in o.key for o in head_all) >= 2


# a list item's mark before a head line: "• ", "- ", "3. "
_LIST_MARK = re.compile(r"^(?:[-–•·*▪►]|\d{1,2}[.)])\s+(?=\S)")


def _ends_open(text: str) -> bool:
    """Whether a line ends with no sentence's stop (an ellipsis that cuts it short is none)."""
    return not _STOP_AT_END.search(text) or bool(_ELLIPSIS_END.search(text))


_CRUMB_MAX_WORDS = 4


def _drop_crumb_runs(live: list[_Line]) -> None:
    """Remove a breadcrumb set as a list above the report: two or more lines in a row, before
    the first sentence-like line, each a short list item with no stop ("- होम", "- देश", "- <headline>…").
    """
    def crumb(ln: _Line) -> bool:
        return bool(_LIST_MARK.match(ln.text)) and ln.words <= 16 and _ends_open(ln.text)

    top = next((i for i, ln in enumerate(live) if _sentence_like(ln) and not crumb(ln)), len(live))
    run: list[_Line] = []
    for ln in [*live[:top], None]:
        if ln is not None and crumb(ln):
            run.append(ln)
            continue
        # crumbs are a word or two each but the last (the headline); a list of long items is the
        # report's highlights ("- रक्षा मंत्री ... पहुंचे हैं फ्रांस", "- दशहरे के मौके पर ...")
        if len(run) >= 2 and sum(item.words > _CRUMB_MAX_WORDS for item in run) <= 1:
            for item in run:
                _remove(item, "breadcrumb")
        run = []


def _pick_title(
    article: Article, config: Config, head: list[_Line], head_all: list[_Line], separate_title: bool,
    teasers: list[_Line],
) -> tuple[_Line | None, str]:  # fmt: skip
    """The head line taken as the title (none when the record gave one), and the title's key;
    never one of ``teasers``.
    """
    given_title = article.title if article.title else None
    title_key = _key(normalize(given_title)) if given_title else ""
    title_line: _Line | None = None
    if not given_title and not separate_title:
        # a teaser cut short ("...") whose words the body repeats is no headline, however often
        # the head repeats it (a headline may itself end in "…")
        # nor a lead ("... पदभार संभाला है। ... मिलेंगे"): a title with its standfirst on one line opens
        # with a sentence of headline length
        # nor one item of a list of highlights
        listed = [ln for ln in head if _LIST_MARK.match(ln.text)]
        candidates = [ln for ln in head if len(ln.text) <= config.max_title_chars and ln.words >= 3
                      and not any(ln is t for t in teasers) and not _lead_like(ln.text)
                      and not (len(listed) >= 2 and any(ln is x for x in listed))]  # fmt: skip
        repeated = [ln for ln in candidates if _repeated_in_head(head_all, ln)]
        title_line = next(iter(repeated or candidates), None)
        if title_line is not None:
            article.title, article.title_source = _LIST_MARK.sub("", title_line.text).rstrip("।॥. "), "head"
            title_key = title_line.key
    elif given_title:
        article.title_source = article.title_source or "meta"
    return title_line, title_key


def _split_title_line(article: Article, live: list[_Line], head_all: list[_Line], i: int, ln: _Line) -> str | None:
    """Remove the title line, or keep the standfirst that follows the title on it; the new
    title's key when the title became the line's first sentence (None when it did not change).
    """
    first, rest = _first_sentence(ln.text)
    standfirst = _Line(0, 0, ln.text[rest:].strip(), 0, OffsetMap())
    standfirst.words = len(_WORD.findall(standfirst.text))
    if _repeated_in_head(head_all, ln) or not _sentence_like(standfirst) or _headline_shaped(ln.text):
        _remove(ln, "title")  # (a headline whose "!" or "?" ends a clause is one headline still)
        return None
    article.title = first
    if _repeated_later(live, i):  # a lead the body repeats: its first sentence is the title
        _remove(ln, "repeated_lead")
    else:  # title and standfirst on one line: the title goes, the standfirst stays
        ln.cut_start = len(ln.text) - len(standfirst.text)
    return _key(first)


def _drop_tail(body: list[_Line]) -> None:
    """Remove the short non-sentences after the last sentence-like line."""
    last = max((i for i, ln in enumerate(body) if _sentence_like(ln)), default=len(body) - 1)
    for ln in body[last + 1 :]:
        if ln.words <= 8 and not _TERMINAL.search(ln.text):
            _remove(ln, "tail_chrome")


def _headline_like(ln: _Line) -> bool:
    """A short line that reads as a headline: no danda or full stop to close it, one clause only
    (a "?" or "!" inside does not make two: "... क्यों चाहती थी? चौंकाने वाला खुलासा!").
    """
    return ln.words <= 20 and (_headline_shaped(ln.text) or bool(_ELLIPSIS_END.search(ln.text)))


def _drop_related_headlines(lines: list[_Line]) -> None:
    """Remove the headlines of a related-stories block: those right after an "also read" line
    ("ये भी पढ़ें" alone, then the linked headlines), and, in the tail after the report's last
    sentence, every headline near a "related" line (the block's headlines may stand above it).
    """
    seen = [ln for ln in lines if ln.status != "blank"]
    related = [i for i, ln in enumerate(seen) if ln.status == "removed" and ln.reason == "related_links"]
    if not related:
        return
    last = max((i for i, ln in enumerate(seen) if ln.status == "body" and _sentence_like(ln)), default=-1)
    in_tail = any(i > last for i in related)
    after_marker = False
    for i, ln in enumerate(seen):
        if ln.status == "removed":
            after_marker = ln.reason == "related_links" or (after_marker and ln.reason == "related_headline")
            continue
        if ln.status == "body" and _headline_like(ln) and (after_marker or (in_tail and i > last)):
            _remove(ln, "related_headline")
            continue
        after_marker = False


def _removed_spans(lines: list[_Line], labels: list[Removed]) -> list[Removed]:
    """What was left out of the kept lines: labels not inside removed lines, removed lines,
    titles cut from the front of a line, and holes.
    """
    removed: list[Removed] = [
        r for r in labels if not any(ln.status == "removed" and ln.raw_start <= r.start < ln.raw_end for ln in lines)
    ]
    for ln in lines:
        if ln.status == "removed":
            removed.append(Removed(*ln.raw_span(0, len(ln.text)), ln.reason))
        elif ln.status == "body" and ln.cut_start > 0:
            removed.append(Removed(*ln.raw_span(0, ln.cut_start), "title"))
        if ln.status == "body":
            removed += [Removed(*ln.raw_span(a, b), reason) for a, b, reason in ln.holes]
    return removed


_OUTLET_AFTER_DATELINE = re.compile(r"(?P<outlet>[^\s\d:,।()]+(?: [^\s\d:,।()]+){0,2})\s+(?:--|[–—-])\s+")
# an English topic kicker between the dateline and a Hindi report ("नई दिल्ली, 2 मईः Quad Summit: भारत ...")
_KICKER_AFTER_DATELINE = re.compile(rf"[A-Za-z][A-Za-z0-9 .&'’-]{{1,40}}?\s*:\s+(?=[{DEVANAGARI}])")


def _take_dateline(
    article: Article, body: list[_Line], dateline_match: re.Match[str] | None, removed: list[Removed],
    kb_dir: str | None = None,
) -> None:
    """Cut the dateline the body opens with out of its first line and record it."""
    if dateline_match is None or not body or body[0].status != "body" or article.dateline is not None:
        return
    opener = body[0]
    opener.cut_start = dateline_match.end()
    ds, de = opener.raw_span(0, len(dateline_match.group(0).rstrip()))
    agency = dateline_match.groupdict().get("agency")
    # the first of two joined places is where it was filed ("श्रीनगर-जम्मू:")
    place = _filed_place(dateline_match.group("place"), kb_dir)
    outlet = dateline_match.groupdict().get("outlet")
    if outlet:  # a byline run into the dateline (_byline_dateline): the byline is cut as such
        ps, pe = dateline_match.span("place")
        ds, de = opener.raw_span(ps, pe)
        if re.fullmatch(AGENCIES, outlet.strip(), re.IGNORECASE):
            agency = outlet
        end = len(dateline_match.group(0).rstrip())
        if pe <= dateline_match.end():  # byline, place, danda: all cut
            removed.append(Removed(*opener.raw_span(0, len(outlet)), "byline"))
            removed.append(Removed(*opener.raw_span(ps, end), "dateline"))
        else:  # the byline and its danda cut; the place stays, opening the report
            removed.append(Removed(*opener.raw_span(0, end), "byline"))
    else:
        removed.append(Removed(ds, de, "dateline"))
    article.dateline = Dateline(ds, de, place, agency.strip() if agency else None)
    after = _OUTLET_AFTER_DATELINE.match(opener.text, opener.cut_start)
    if after and any(_LABEL_WORDS.fullmatch(w) for w in after.group("outlet").split()):
        # the outlet's name between the dateline and the report: "टोक्यो (ANI) : सुबह समाचार – ..."
        removed.append(Removed(*opener.raw_span(after.start(), after.start() + len(after.group(0).rstrip())), "byline"))
        opener.cut_start = after.end()
    kicker = _KICKER_AFTER_DATELINE.match(opener.text, opener.cut_start)
    if kicker:
        ks = kicker.start()
        removed.append(Removed(*opener.raw_span(ks, ks + len(kicker.group(0).rstrip())), "label"))
        opener.cut_start = kicker.end()
    when = dateline_match.groupdict().get("date")
    filed = header_date(when, 0) if when else None  # a dateline's date with its year
    _stated(article, filed)


def _take_credits(article: Article, kept: list[_Line], removed: list[Removed]) -> None:
    """Cut an agency credit off the end of each kept line and record it."""
    for ln in kept:
        m = _CREDIT.search(ln.text, ln.cut_start)
        if m and m.start() > ln.cut_start:
            ln.cut_end = m.start()
            cs, ce = ln.raw_span(m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), len(ln.text))
            removed.append(Removed(cs, ce, "credit"))
            article.attributions.append(Attribution(cs, ce, m.group("src"), False))


def _join_lines(kept: list[_Line]) -> tuple[str, OffsetMap]:
    """The clean text of the kept lines and its map back to the raw text."""
    parts: list[str] = []
    omap = OffsetMap()
    pos = 0
    for ln in kept:
        segments = _segments(ln)
        if not segments:
            continue
        if parts:
            parts.append("\n")
            omap.add(pos, max(ln.raw_start - 1, 0))
            pos += 1
        for k, (a, b) in enumerate(segments):
            if k:  # one space where inline chrome was cut out
                parts.append(" ")
                omap.add(pos, ln.raw_at(a))
                pos += 1
            _extend_map(omap, ln, a, pos, b - a)
            parts.append(ln.text[a:b])
            pos += b - a
    return "".join(parts), omap


def _finish(article: Article, config: Config) -> None:
    """Record sources named in the text, and a title from the first sentence when none was found."""
    cued = any(cue.search(article.text) for cue in _SOURCE_CUES)
    for m in _IN_TEXT_SOURCE.finditer(article.text) if cued else ():
        group = "src" if m.group("src") else "en"
        article.attributions.append(Attribution(m.start(group), m.end(group), m.group(group), True))
    if article.title is None:
        title, _ = _first_sentence(article.text.split("\n", 1)[0])
        article.title, article.title_source = title[: config.max_title_chars], "first_sentence"


def _segments(ln: _Line) -> list[tuple[int, int]]:
    """The kept stretches of a line: ``[cut_start, cut_end)`` less its holes, trimmed, empty ones dropped."""
    end = ln.cut_end if ln.cut_end >= 0 else len(ln.text)
    out: list[tuple[int, int]] = []
    pos = ln.cut_start
    for a, b, _ in sorted(h for h in ln.holes if ln.cut_start <= h[0] < end):
        out.append((pos, a))
        pos = max(pos, min(b, end))
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and ln.text[a].isspace():
            a += 1
        while b > a and ln.text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _inline_chrome(ln: _Line) -> None:
    """Cut chrome glued inside a line (``(X की रिपोर्ट)``, ``1 min read``) out of it, as holes."""
    lowered: str | None = None
    for reason, pattern, needs in _INLINE_CHROME:
        if needs:
            lowered = ln.text.lower() if lowered is None else lowered
            if needs not in lowered:
                continue  # the pattern cannot match here (most lines hold no bracket)
        for m in pattern.finditer(ln.text):
            if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b, _ in ln.holes):
                ln.holes.append((m.start(), m.end(), reason))


def _extend_map(omap: OffsetMap, line: _Line, start: int, clean_pos: int, length: int) -> None:
    """Add the anchors of ``line.text[start:start+length]`` placed at ``clean_pos``."""
    omap.add(clean_pos, line.raw_at(start))
    local = line.omap
    lo, hi = line.lead + start, line.lead + start + length
    for c, r in zip(local.clean, local.raw, strict=True):
        if lo < c < hi:
            omap.add(clean_pos + c - lo, line.raw_start + r)
