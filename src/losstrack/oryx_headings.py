"""Oryx headings: category headings with their printed counts, and summary headings that are not categories.

Category: ``Tanks (1907, of which destroyed: 1161, damaged: 101, abandoned: 101, captured: 544)``.
Summary: ``Russia - 10110, of which: destroyed: 6579, ...`` (a side's section) or
``Losses excluding Recon Drones and Trucks - 17594, of which: ...`` (a total that is no category).
Commas between the counts are optional ("abandoned: 1 captured: 11" occurs on real pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")
_CATEGORY = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<total>\d[\d,.]*)\s*(?:,\s*of which:?\s*(?P<counts>[^()]*))?\)\s*$", re.I)
_SUMMARY = re.compile(r"^(?P<name>.+?)\s*[-–—]\s*(?P<total>\d[\d,.]*)\s*(?:,\s*of which:?\s*(?P<counts>.*))?$", re.I)
COUNT = re.compile(r"(?P<status>[a-z][a-z ]*?)\s*:\s*(?P<n>\d[\d,.]*)", re.I)  # "destroyed: 37"
#: Section names that say whose losses follow (resolved to actor ids by the parser).
SIDES = ("russia", "ukraine", "unknown")


@dataclass
class Heading:
    """A heading with the counts it prints."""

    kind: str  # "category" | "side" | "summary"
    name: str
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    text: str = ""


def to_int(s: str) -> int:
    """A printed count ("1,161", "1.161") as an int."""
    return int(re.sub(r"[,.]", "", s))


def clean(text: str) -> str:
    """Collapse whitespace and non-breaking spaces ("&nbsp;" before "(" is common)."""
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()


def parse_counts(counts: str | None) -> dict[str, int]:
    """"destroyed: 37, damaged: 5, abandoned: 1 captured: 11" → {"destroyed": 37, ...}."""
    out: dict[str, int] = {}
    for m in COUNT.finditer(counts or ""):
        key = m.group("status").strip().lower()
        out[key] = out.get(key, 0) + to_int(m.group("n"))
    return out


def parse_heading(text: str) -> Heading | None:
    """A heading's kind, name and printed counts, or ``None`` when it is not a loss heading."""
    t = clean(text)
    if not t or not re.search(r"\d", t):
        return None
    m = _CATEGORY.match(t)
    if m and not re.search(r"\s[-–—]\s*\d", m.group("name")):
        return Heading("category", clean(m.group("name")), to_int(m.group("total")), parse_counts(m.group("counts")), t)
    m = _SUMMARY.match(t)
    if m:
        name = clean(m.group("name"))
        kind = "side" if name.lower() in SIDES else "summary"
        return Heading(kind, name, to_int(m.group("total")), parse_counts(m.group("counts")), t)
    return None
