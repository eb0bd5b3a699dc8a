"""Oryx: the pages listing visually confirmed equipment losses (Russia, Ukraine) on oryxspioenkop.com."""

from __future__ import annotations

from . import FetchError, Source

PAGES = {
    "russia": "https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html",
    "ukraine": "https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-ukrainian.html",
}


def run(f, limit: int | None, pages: list[str] | None = None) -> None:
    """Save each Oryx page (``pages``: names from :data:`PAGES`; default all) as ``<name>.html``."""
    names = pages or list(PAGES)
    for name in f.progress(names[:limit] if limit else names):
        if name not in PAGES:
            f.fail(f"unknown Oryx page {name!r}; known: {', '.join(PAGES)}")
            continue
        url = PAGES[name]
        try:
            r = f.get(url)
        except FetchError as exc:
            f.fail(str(exc))
            continue
        low = r.content[:2_000_000].lower()
        if b"<html" not in low or b"oryx" not in low:
            f.fail(f"{url}: not an Oryx HTML page ({len(r.content)} bytes, {r.headers.get('Content-Type')})")
            continue
        f.save(f"{name}.html", r.content, url, title=f"Oryx: documenting {name.title()} equipment losses")


SOURCE = Source("oryx", "Oryx: visually confirmed equipment losses, Russia and Ukraine pages", run,
                publisher="oryx", licence="Oryx blog; check the site's terms before redistribution")
