"""Plugin: news articles and wire reports in plain text (the fallback parser for text files)."""

from __future__ import annotations

from .. import actors
from ..documents import Document
from ..extract.article import extract
from ..extract.tables import expand
from .base import ParseResult, register

#: Bump when extraction changes what it returns, so incremental builds re-parse articles.
VERSION = "0.5.0"


def detect(doc: Document) -> bool:
    """Any plain-text document (the lowest-priority parser: specific sources are tried first)."""
    return doc.suffix in ("", ".txt", ".text", ".md")


@register(name="article", version=VERSION, kind="article", detect=detect, priority=0)
def parse(doc: Document) -> ParseResult:
    """News articles and wire reports in plain text."""
    publisher = actors.resolve_publisher(doc.publisher) if doc.publisher else None  # an unknown outlet claims nothing
    tables = expand(doc.text)  # tables rewritten as lists; figures found there point back to their cells
    figures = extract(doc.text if tables is None else tables.text, doc.published, publisher)
    if tables is not None:
        for f in figures:
            f.quote = tables.row_of(f.span[0]) or f.quote
            f.span = (tables.to_original(f.span[0]), tables.to_original(f.span[1]))
    return ParseResult(figures=figures)
