"""Plugin: Oryx list pages (Blogger HTML, e.g. "Attack On Europe: Documenting Russian Equipment Losses").

Returns one item per listed number (``items`` table), the reconciliation of items with the printed heading
counts (``reconciliation`` table), and derived claims by ``oryx``: per section and category a total with
one child claim per status. A page whose items miss the printed counts beyond tolerance fails
(:class:`~losstrack.oryx_reconcile.LayoutDrift`, a :class:`ParseError`), naming page, category and counts.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import actors
from ..documents import Document
from ..items import canonical_categories, evidence_key, item_id, items_frame, origin_from_flag
from ..oryx_html import Page, read_page
from ..oryx_reconcile import check, reconcile
from ..oryx_status import bucket_for
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.0.0"
_MARK = re.compile(r"\(\s*\d+\s*,\s*of which", re.I)


def detect(doc: Document) -> bool:
    """An HTML page from oryxspioenkop.com with category headings like "Tanks (1907, of which ...".

    Detection is by content, not by file name, so a saved copy under any name is recognised.
    """
    if doc.suffix not in (".html", ".htm", "") or "oryxspioenkop" not in doc.text[:300_000].lower():
        return False
    return bool(_MARK.search(doc.text))


_TITLE_SIDE = re.compile(r"Documenting (\w+)", re.I)


def _owners(page: Page) -> dict[str, str | None]:
    """Section headline name → actor id ("Unknown" → None); ``None`` key: the owner when a page has no
    side headline, from its title ("Documenting Russian Equipment Losses" → RUS)."""
    out = {h.name: actors.resolve(h.name) for h in page.sides}
    m = _TITLE_SIDE.search(page.title or "")
    out[None] = actors.resolve(m.group(1)) if m else None
    return out


def _items(page: Page, doc: Document, owners: dict[str, str | None]) -> list[dict]:
    rows, seen, doc_id = [], Counter(), doc.document_id  # document_id hashes the raw bytes: once
    for sec in page.sections:
        side = sec.side.name if sec.side else None
        owner = owners.get(side)
        printed = set(sec.heading.counts)
        for line in sec.lines:
            origin = origin_from_flag(line.flag)
            for case, href in line.cases:
                bucket = bucket_for(case.counted_as, printed)
                for number in case.ids or (None,):
                    base = ("oryx", owner or side, sec.heading.name, line.model, case.status or case.status_text, number)
                    seen[base] += 1
                    rows.append({
                        "item_id": item_id(*base, seen[base]),
                        "document_id": doc_id,
                        "source": "oryx",
                        "owner": owner,
                        "source_category": sec.heading.name,
                        "model": line.model or None,
                        "origin": origin,
                        "status": case.status,
                        "status_text": case.status_text,
                        "counted_as": bucket,
                        "case_number": number,
                        "case_numbers": ",".join(map(str, case.ids)) or None,
                        "note": case.note,
                        "evidence_url": href,
                        "evidence_key": evidence_key(href),
                        "as_of": page.as_of,
                    })
    return rows


def _figures(page: Page, rows: list[dict], owners, as_of) -> list[Figure]:
    counts = Counter((r["owner"], r["source_category"], r["counted_as"]) for r in rows)
    figs: list[Figure] = []
    for sec in page.sections:
        side = sec.side.name if sec.side else None
        owner = owners.get(side)
        if owner is None:  # Oryx's "Unknown" section: no loser to attribute the claim to
            continue
        name, quote = sec.heading.name, sec.heading.text
        mine = {b: n for (o, c, b), n in counts.items() if o == owner and c == name}
        key = f"{owner}|{name}"
        common = dict(loser=owner, period_end=as_of, basis="cumulative", flags=("derived",))
        parent = len(figs)
        figs.append(Figure(label=name, value=sum(mine.values()), quote=quote, key=f"{key}|total", **common))
        for status in sorted(b for b in mine if b is not None):
            figs.append(Figure(label=f"{status} {name}", value=mine[status], quote=quote,
                               key=f"{key}|{status}", parent=parent, **common))
    return figs


@register(name="oryx_page", version=VERSION, kind="oryx", detect=detect, priority=50, crosswalk="oryx",
          claimant="oryx")
def parse(doc: Document) -> ParseResult:
    """Oryx list pages: items, reconciliation with the printed counts, and derived claims by oryx."""
    page = read_page(doc.text)
    if not page.sections:
        raise ParseError(f"{doc.origin}: an Oryx page without any category heading '(N, of which ...)'")
    as_of = page.as_of or doc.published
    owners = _owners(page)
    rows = _items(page, doc, owners)
    items = items_frame(rows)
    cats, unknown = canonical_categories(items["source_category"], "oryx")
    if unknown:
        raise ParseError(f"{doc.origin}: Oryx categor(ies) not in crosswalks/oryx.csv: {', '.join(map(repr, unknown))}")
    items["category"] = items["source_category"].map(cats)
    table = reconcile(page, items["document_id"].iloc[0] if len(items) else doc.document_id, doc.origin, owners)
    check(table)  # raises LayoutDrift (a ParseError) naming page, category and both counts
    meta = {"published": as_of, "title": page.title, "as_of_source": page.as_of_source}
    return ParseResult(figures=_figures(page, rows, owners, as_of), tables={"items": items, "reconciliation": table},
                       meta=meta)
