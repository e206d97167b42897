"""Publication dates: parse what metadata, feeds and article headers state.

Fast rules for the formats news sites print (``30-Sep-2021 5:02 PM``, ``30 सितंबर 2021``,
ISO, RFC 2822, ``30/09/2021``). Time expressions inside article text are a later stage.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from urllib.parse import unquote, urlsplit

from .normalize import fold, normalize

MONTHS: dict[str, int] = {}  # folded month name -> month number
MONTH_FORMS: set[str] = set()  # every spelling to search for, as written and folded


def _month_forms() -> list[tuple[int, str]]:
    """Every language's spellings of the months (``month_forms`` rows of ``lang/<code>/calendar.tsv``)."""
    from .lexicon import every_language_rows

    return [(int(r[1]), w) for r in every_language_rows("calendar.tsv") if len(r) > 2 and r[0] == "month_forms"
            for w in r[2].split()]  # fmt: skip


for _i, _n in _month_forms():
    MONTHS[fold(_n)] = _i
    MONTH_FORMS |= {normalize(_n), fold(_n)}
MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTH_FORMS), key=lambda m: (-len(m), m)))  # the same in every run
_D = r"(?P<d>[0-3]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
_M = rf"(?P<m>{MONTH_ALT})\.?"
_PATTERNS = [
    re.compile(rf"{_Y}-(?P<mn>[01]\d)-(?P<d>[0-3]\d)"),
    re.compile(rf"(?<!\d){_D}\s*[-/ ,.]?\s*{_M}[-/ ,.]*\s*{_Y}(?!\d)", re.IGNORECASE),
    re.compile(rf"{_M}\s*{_D}(?:st|nd|rd|th)?,?\s*{_Y}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\d){_D}[./-](?P<mn>[01]?\d)[./-]{_Y}(?!\d)"),
]
_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|ist|gmt|utc)?", re.IGNORECASE)
_STAMP_WORDS = re.compile(
    r"(?i)\b(?:updated|published|posted|last updated|first published|on|at|ist|gmt|utc|date|dated"
    r"|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|[+-]\d{4}\b|\bT(?=\d)|(?<=\d)Z\b|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार"
    r"|प्रकाशित|अपडेट(?:ेड)?|तारीख|दिनांक|[:|,\-–—।]|\.$"
)


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """Find the first calendar date written in ``text``.

    Returns:
        ``(date, start, end)`` or ``None`` when no valid date is written.
    """
    key = normalize(text)  # offsets refer to the normalised text (clean text already is)
    best: tuple[dt.date, int, int] | None = None
    for pat in _PATTERNS:
        for m in pat.finditer(key):
            month = int(m.group("mn")) if "mn" in pat.groupindex else MONTHS.get(fold(m.group("m")))
            try:
                value = dt.date(int(m.group("y")), int(month or 0), int(m.group("d")))
            except ValueError:
                continue
            if best is None or m.start() < best[1]:
                best = (value, m.start(), m.end())
            break
    return best


def timestamp_line(line: str) -> dt.date | None:
    """The date of a line that states nothing but a date and time, else ``None``."""
    found = find_date(line)
    if found is None or len(line) > 80:
        return None
    _, start, end = found
    rest = line[:start] + " " + line[end:]
    rest = _STAMP_WORDS.sub(" ", _TIME.sub(" ", rest))
    return found[0] if not rest.strip() else None


def header_date(line: str, max_other_words: int = 4) -> dt.date | None:
    """The date of a page-header line: a full date with a few words around it (``This Article is
    From Sep 16, 2016``, ``<site> । Jun 23 2018 6:16PM``, ``ब्रेकिंग न्यूज (22 अक्टूबर 2024) LIVE``).
    """
    found = find_date(line)
    if found is None or len(line) > 90:
        return None
    _, start, end = found
    rest = _STAMP_WORDS.sub(" ", _TIME.sub(" ", line[:start] + " " + line[end:]))
    words = [w for w in re.split(r"[\s()\[\]]+", rest) if re.search(r"\w", w)]
    return found[0] if len(words) <= max_other_words else None


EARLIEST_PUBLISHED = dt.date(1900, 1, 1)


def plausible_published(value: str, today: dt.date | None = None) -> bool:
    """Whether a publication date can be a news article's: from 1900 up to two days from today
    (time zones), not year 1 or 2099, which would stretch a story across centuries.
    """
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return EARLIEST_PUBLISHED <= day <= (today or dt.date.today()) + dt.timedelta(days=2)


# A date in a URL's path: /2024/06/27/, -2024-06-27-, _20240627. (year, month and day, in that
# order, as news sites write them); a month alone (/2024/06/) says too little to date a report.
_URL_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)


def published_from_url(url: str, today: dt.date | None = None) -> str | None:
    """The publication date a news URL's path states, as ``YYYY-MM-DD``, or ``None``.

    Only the path is read (a host name or query holds ids, not dates), and only a plausible
    publication date is taken (``plausible_published``). Where the path holds more than one
    date, the last is the article's: archives put the section's date first.

    Args:
        url: The page's address.
        today: The day to judge plausibility against (default: today).
    """
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return None
    found = None
    for m in _URL_DATE.finditer(path):
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if plausible_published(day.isoformat(), today):
            found = day.isoformat()
    return found


def parse_published(value: object) -> str | None:
    """Normalise a publication date from metadata to ``YYYY-MM-DD``.

    Accepts dates, datetimes, ``time.struct_time``, ISO strings, RFC 2822 strings and
    the formats ``find_date`` knows. Returns ``None`` when nothing valid is found.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "tm_year"):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()  # type: ignore[attr-defined]
        except ValueError:
            return None
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(s)
    return found[0].isoformat() if found else None
