"""Reconcile parsed Oryx items with the counts each heading prints; fail a page whose layout drifted.

Oryx keeps its heading counts by hand, so real pages differ from their own lists by a few items. Every
cell (page, section, category, status) goes into the reconciliation table with ``printed``, ``parsed`` and
``diff``; a page fails only when a cell is off by more than its tolerance (:func:`tolerance`), which was
derived from the four real pages of July 2023 (see ``docs/oryx.md``).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .oryx_html import Page
from .oryx_status import bucket_for
from .parsers.base import ParseError

#: A cell may be off by ABS_TOLERANCE items, or REL_TOLERANCE of its printed count if that is more.
#: Derived from the four real pages (Russia, Ukraine, aircraft, naval; 2023): once parsed, 248 of 295
#: cells match exactly (category and section cells, totals included) and the largest |diff| is 3 (Russian tanks: abandoned 101 printed, 104 listed;
#: damaged 101 vs 98). The bounds leave room for Oryx's hand-kept counts while a heading edited far off,
#: a lost list or a misread status vocabulary breaks them.
ABS_TOLERANCE = 5
REL_TOLERANCE = 0.02
#: The printed total of a whole page section (e.g. "Russia - 10110") may be off by 1% (or ABS_TOLERANCE).
SECTION_TOLERANCE = 0.01

UNRECOGNISED = "(unrecognised)"
SECTION = "(section)"


class LayoutDrift(ParseError):
    """A page whose parsed items do not add up to its printed counts beyond the tolerance."""


def tolerance(printed: int | None, *, section: bool = False) -> int:
    """The largest |parsed - printed| accepted for a cell with this printed count."""
    p = printed or 0
    if section:
        return max(ABS_TOLERANCE, int(round(p * SECTION_TOLERANCE)))
    return max(ABS_TOLERANCE, int(round(p * REL_TOLERANCE)))


def _cells(counts: dict[str, int], total: int, parsed: Counter, n: int) -> list[tuple[str, int | None, int]]:
    cells = [("total", total, n)]
    for status in sorted(set(counts) | set(parsed)):
        cells.append((status, counts.get(status), parsed.get(status, 0)))
    return cells


def reconcile(page: Page, document_id: str, origin: str, owners: dict[str, str | None]) -> pd.DataFrame:
    """The reconciliation table of one page: one row per printed or parsed (category, status) cell.

    ``owners`` maps a section headline's name ("Russia") to its actor id.
    """
    rows = []
    by_side: dict[str, Counter] = {}
    side_n: Counter = Counter()
    for sec in page.sections:
        printed = set(sec.heading.counts)
        parsed: Counter = Counter()
        n = 0
        for line in sec.lines:
            for case, _ in line.cases:
                k = max(len(case.ids), 1)
                parsed[bucket_for(case.counted_as, printed) or UNRECOGNISED] += k
                n += k
        side = sec.side.name if sec.side else None
        owner = owners.get(side)
        for status, p, q in _cells(sec.heading.counts, sec.heading.total, parsed, n):
            rows.append((owner, sec.heading.name, status, p, q, tolerance(p)))
        if sec.side is not None:
            side_printed = set(sec.side.counts)
            acc = by_side.setdefault(side, Counter())
            for status, k in parsed.items():
                # a category's "sunk" folds into the side's "destroyed" when the headline prints no sunk
                acc[status if status in side_printed or status == UNRECOGNISED else "destroyed"] += k
            side_n[side] += n
    for h in page.sides:
        parsed = by_side.get(h.name, Counter())
        for status, p, q in _cells(h.counts, h.total, parsed, side_n.get(h.name, 0)):
            rows.append((owners.get(h.name), SECTION, status, p, q, tolerance(p, section=True)))
    df = pd.DataFrame(rows, columns=["owner", "category", "status", "printed", "parsed", "tolerance"])
    df.insert(0, "page", origin)
    df.insert(0, "document_id", document_id)
    df["printed"] = df["printed"].astype("Int64")
    df["diff"] = (df["parsed"] - df["printed"].fillna(0)).astype(int)
    return df[["document_id", "page", "owner", "category", "status", "printed", "parsed", "diff", "tolerance"]]


def check(table: pd.DataFrame) -> None:
    """Raise :class:`LayoutDrift` naming page, category, status and both counts for every cell beyond tolerance."""
    bad = table[table["diff"].abs() > table["tolerance"]]
    if bad.empty:
        return
    parts = [
        f"{r.category!r} ({r.owner or 'unknown side'}) {r.status}: printed {r.printed if pd.notna(r.printed) else 'nothing'}, "
        f"parsed {r.parsed} (tolerance ±{r.tolerance})"
        for r in bad.itertuples(index=False)
    ]
    page = table["page"].iloc[0]
    raise LayoutDrift(
        f"page {page}: parsed items do not add up to the printed counts (layout drift?) in {len(bad)} cell(s): "
        + "; ".join(parts[:8]) + (f"; +{len(parts) - 8} more" if len(parts) > 8 else "")
    )
