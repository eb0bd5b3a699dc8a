"""Plugin: raw HTML pages of Ukraine's MoD / General Staff "total combat losses of the enemy" reports (EN, UK).

The article (heading, publication date, body) is read; the "latest news" sidebar, which names other
dates, is removed before anything is read, so the report's date always comes from the article's own
"from 24.02 to DD.MM" line (its year from the page's publication date).
"""

from __future__ import annotations

import re

from ..bulletin_common import find_date
from ..documents import Document
from ..gs_post import find_header, read_post
from .base import ParseError, ParseResult, register

VERSION = "1.0.0"

#: The page is itself one of the MoD site's (not merely linking to it): site name, title suffix or base URL.
_SITE = re.compile(r"og:site_name\"\s+content=\"(?:Ministry of Defen[cs]e of Ukraine|Міністерство оборони України)"
                   r"|<title>[^<]*\|\s*(?:Міноборони|Міністерство оборони України)\s*</title>"
                   r"|base\s+href=\"https?://(?:www\.)?(?:mil|mod)\.gov\.ua", re.IGNORECASE)
#: Page parts that are not the article (sidebars, menus, footers).
_CHROME = re.compile(r"colbase2|actual|news-post|sidebar|latest|menu|footer|header-nav|breadcrumb|share", re.IGNORECASE)
_CONTENT_IDS = ("aticle-content", "article-content", "article_content")


def _is_html(doc: Document) -> bool:
    head = doc.text[:2000].lower()
    return doc.suffix in (".html", ".htm") or "<html" in head or "<!doctype html" in head


def detect(doc: Document) -> bool:
    """An HTML page of the Ukrainian MoD site, or any HTML page with a General Staff losses header."""
    return _is_html(doc) and (bool(_SITE.search(doc.text[:20000])) or find_header(doc.text) is not None)


def _lines(node) -> list[str]:
    """Block-level text of a node, one line per paragraph, inner whitespace collapsed."""
    for br in node.find_all("br"):
        br.replace_with("\n")
    blocks = node.find_all(["p", "li", "div", "h1", "h2", "h3", "tr"]) or [node]
    out = []
    for b in blocks:
        if b.find(["p", "li", "div", "tr"]):  # a container: its children are listed themselves
            continue
        for piece in b.get_text("").split("\n"):
            s = re.sub(r"\s+", " ", piece.replace("\u00a0", " ")).strip()
            if s:
                out.append(s)
    return out


def _published(soup, doc: Document):
    for sel in (".aticle-date", ".article-date", "time", ".date"):
        node = soup.select_one(sel)
        if node is not None:
            d = find_date(node.get("datetime", "") + " " + node.get_text(" ", strip=True))
            if d is not None:
                return d
    for prop in ("article:published_time", "og:published_time", "date"):
        node = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
        if node is not None and node.get("content"):
            d = find_date(node["content"])
            if d is not None:
                return d
    return doc.published


@register(name="ua_gs_html", version=VERSION, kind="bulletin", detect=detect, priority=30,
          crosswalk="ua_gs", claimant="UKR-GS", loser="RUS")
def parse(doc: Document) -> ParseResult:
    """Ukrainian MoD / General Staff daily losses page (HTML, English or Ukrainian)."""
    from bs4 import BeautifulSoup

    where = doc.origin
    tail = doc.text[-3000:].lower()
    if "</body>" not in tail and "</html>" not in tail:
        raise ParseError(f"{where}: truncated HTML (no closing </body> or </html>; {len(doc.raw)} bytes)")
    soup = BeautifulSoup(doc.text, "lxml")
    for bad in soup(["script", "style", "noscript"]):
        bad.decompose()
    h1 = soup.find("h1")
    title = re.sub(r"\s+", " ", h1.get_text(" ", strip=True)) if h1 else None
    published = _published(soup, doc)
    content = next((soup.find(id=i) for i in _CONTENT_IDS if soup.find(id=i) is not None), None)
    if content is None:
        body = soup.find("article") or soup.find("main") or soup.body or soup
        for node in body.find_all(True):
            if node.decomposed:
                continue
            ident = " ".join([node.get("id") or "", *(node.get("class") or [])])
            if ident.strip() and _CHROME.search(ident):
                node.decompose()
        content = body
    lines = _lines(content)
    head = [*([title] if title else []), *([published.isoformat()] if published else [])]
    text = "\n".join([*head, *lines])
    body_start = len("\n".join(head)) + 1 if head else 0
    header = find_header(text, body_start)
    if header is None:
        raise ParseError(f"{where}: an MoD page of another kind (title {title!r}): no 'total combat losses of "
                         "the enemy from 24.02 to DD.MM' report in its article")
    post = read_post(text, published, where, start=body_start)
    meta = {"published": published or post.report_date, "title": title or post.header, "publisher": "UKR-MOD"}
    return ParseResult(figures=post.figures, text=text, meta=meta)
