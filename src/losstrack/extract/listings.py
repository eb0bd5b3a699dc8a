"""Oryx-style listing lines inside a text: "Tanks (23, of which destroyed: 15, damaged: 3, captured: 3)" under a
side's line ("Ukraine - 212, of which: ..."). Each category line is a figure, each status count a part of it.

Blogs and news posts copy Oryx's format; the heading grammar is the one the Oryx page parser reads
(:mod:`losstrack.oryx_headings`), and heading names map through the Oryx crosswalk.
"""

from __future__ import annotations

import re

from .. import actors
from ..oryx_headings import COUNT, parse_heading, to_int
from ..vocab import category_of, crosswalk
from .attributes import qualifier
from .found import Found, shifted
from .lexicon import plain
from .numbers import Number

_OF_WHICH = re.compile(r"of which", re.IGNORECASE)
_TOTAL = re.compile(r"\(\s*(\d[\d,.]*)")


def _of_which(text: str) -> bool:
    """Whether the text says "of which" (in the lower case of a plain text: no case-insensitive scan)."""
    return "of which" in text.lower() if plain(text) else _OF_WHICH.search(text) is not None


def listing_line(text: str, offset: int) -> tuple[str, object] | None:
    """``("side", actor id)`` for a side's line, ``("figures", [Found, ...])`` for category lines (each total, then
    one part per status), ``None`` for any other text. ``offset``: the text's start in the document. A text of
    several lines (the splitter keeps long unpunctuated lines together) is read line by line."""
    if "(" not in text and " - " not in text and "–" not in text or not _of_which(text):
        return None
    found: list[Found] = []
    pos = 0
    for line in text.split("\n"):
        head = parse_heading(line)
        start, pos = offset + pos, pos + len(line) + 1
        if head is None:
            return None  # not a listing throughout
        if head.kind == "side":
            actor = actors.resolve(head.name)
            return ("side", actor) if actor and "\n" not in text else None
        if head.kind == "category":
            found += _category_line(line, head, start, len(found))
    return ("figures", found) if found else None


def _category_line(line: str, head, offset: int, first: int) -> list[Found]:
    category = category_of(head.name, crosswalk("oryx")) or category_of(head.name)
    total = _TOTAL.search(line)
    if category is None or total is None:
        return []
    label_span = (offset, offset + len(head.name))
    whole = Number(total.start(1), total.end(1), to_int(total.group(1)))
    found = [Found(shifted(whole, offset), head.name, label_span, category, None, qualifier(line, whole))]
    for m in COUNT.finditer(line, total.end()):
        n = Number(m.start("n") + offset, m.end("n") + offset, to_int(m.group("n")))
        label = f"{m.group('status').strip()} {head.name}"
        found.append(Found(n, label, label_span, category, None, "exact", parent=first, inherited=True))
    return found
