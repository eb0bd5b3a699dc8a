"""Plugin: the plain text of a General Staff losses post (English or Ukrainian), as copied from a feed or a messenger.

The report's year comes from the header when it has one ("from 24.02.2022 to 08.08.2026"), else from
the document's publication date (a ``date YYYY-MM-DD`` first line or a ``NAME.meta.json`` sidecar).
"""

from __future__ import annotations

from ..documents import Document
from ..gs_post import find_header, read_post
from .base import ParseResult, register

VERSION = "1.0.0"
TEXT_SUFFIXES = ("", ".txt", ".text", ".md")


def detect(doc: Document) -> bool:
    """A text file whose first lines carry the "total combat losses of the enemy from 24.02 to DD.MM" header."""
    if doc.suffix not in TEXT_SUFFIXES:
        return False
    m = find_header(doc.text[:1500])
    return m is not None


@register(name="ua_gs_text", version=VERSION, kind="bulletin", detect=detect, priority=20,
          crosswalk="ua_gs", claimant="UKR-GS", loser="RUS")
def parse(doc: Document) -> ParseResult:
    """General Staff losses post in plain text (English or Ukrainian)."""
    post = read_post(doc.text, doc.published, doc.origin)
    first = doc.text.strip().splitlines()[0].strip() if doc.text.strip() else None
    return ParseResult(figures=post.figures, meta={"published": doc.published or post.report_date, "title": first})
