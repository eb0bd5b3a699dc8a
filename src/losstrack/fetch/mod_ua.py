"""Ukrainian MoD: the daily "total combat losses of the enemy" pages on www.mil.gov.ua (English)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from . import FetchError, Source

INDEX = "https://www.mil.gov.ua/en/news/"
#: A losses report: /en/news/YYYY/MM/DD/the-total-combat-losses-of-the-enemy-from-24-02-to-DD-MM/
LINK = re.compile(r"/en/news/(\d{4})/(\d{2})/(\d{2})/(the-total-combat-losses-of-the-enemy[\w-]*)/?$")


def links(html: bytes, base: str = INDEX) -> list[str]:
    """The losses-report links of a news index page, newest first, without duplicates."""
    from bs4 import BeautifulSoup

    seen, out = set(), []
    for a in BeautifulSoup(html, "lxml").find_all("a", href=True):
        url = urljoin(base, a["href"])
        if LINK.search(url) and url not in seen:
            seen.add(url)
            out.append(url)
    return out


def run(f, limit: int | None, urls: list[str] | None = None) -> None:
    """Save the report pages linked from the news index (or the given ``urls``)."""
    if not urls:
        try:
            urls = links(f.get(INDEX).content)
        except FetchError as exc:
            f.fail(str(exc))
            return
        if not urls:
            f.fail(f"{INDEX}: no 'total combat losses' links found (has the site layout changed?)")
    for url in f.progress(urls[:limit] if limit else urls):
        m = LINK.search(url)
        if not m:
            f.fail(f"{url}: not a 'total combat losses' report URL")
            continue
        try:
            r = f.get(url)
        except FetchError as exc:
            f.fail(str(exc))
            continue
        if b"combat losses" not in r.content.lower():
            f.fail(f"{url}: page does not mention combat losses (got {len(r.content)} bytes)")
            continue
        y, mo, d, slug = m.groups()
        f.save(f"{y}-{mo}-{d}-{slug}.html", r.content, url, published=f"{y}-{mo}-{d}")


SOURCE = Source("mod-ua", "Ministry of Defence of Ukraine: daily total combat losses of the enemy (mil.gov.ua, English)",
                run, publisher="UKR-MOD", licence="Official publication of the Ministry of Defence of Ukraine")
