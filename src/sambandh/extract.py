"""Extract stage: HTML to main text, title and publication date (trafilatura).

Feed entries carry HTML fragments, not pages; they are turned into text with lxml,
keeping block elements as lines.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import NoContentError

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_TRUNCATED = re.compile(rb"</html\s*>|</body\s*>", re.IGNORECASE)


def extract_page(html: str) -> dict[str, Any]:
    """Main text, title and date of a full HTML page.

    Returns:
        ``{"text": str, "title": str | None, "published": str | None, "truncated": bool}``.

    Raises:
        NoContentError: No article text could be found in the page.
    """
    from trafilatura import bare_extraction

    truncated = "<body" in html[:200_000].lower() and not _TRUNCATED.search(html[-4000:].encode("utf-8", "ignore"))
    try:
        doc = bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception:  # noqa: BLE001 - trafilatura asserts on pages with no body; fall back below
        doc = None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (data.get("text") or "").strip()
    if not text:
        text = fragment_text(html)
    if not text.strip():
        what = "truncated HTML page" if truncated else "HTML page"
        raise NoContentError(f"no article text found in the {what}")
    return {"text": text, "title": data.get("title") or None, "published": data.get("date"), "truncated": truncated}


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError, AssertionError):  # lxml asserts on documents with no body
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
