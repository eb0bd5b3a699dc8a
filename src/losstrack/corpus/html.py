"""Main text of an HTML page (article body without navigation, ads or comments) via trafilatura."""

from __future__ import annotations

import logging


class NoMainText(ValueError):
    """An HTML page in which trafilatura finds no article text."""


def main_text(html: str, url: str | None = None) -> tuple[str, dict]:
    """The article text of an HTML page and the metadata trafilatura found (``title``, ``published``).

    Paragraphs are separated by blank lines so that a headline never runs into the first sentence.
    Raises :class:`NoMainText` when the page has no extractable article text.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every empty page at WARNING
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True)
    except Exception as exc:  # lxml raises several types on broken markup
        raise NoMainText(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise NoMainText("trafilatura found no main text in the HTML page")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    meta = {"title": getattr(doc, "title", None), "published": getattr(doc, "date", None)}
    return "\n\n".join(paragraphs), {k: v for k, v in meta.items() if v}
