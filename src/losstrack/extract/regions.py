"""Step 6 of article extraction: the region or front a figure refers to ("in the Kursk region",
"near Bakhmut", "on the Pokrovsk direction", "in Donetsk oblast")."""

from __future__ import annotations

import re

_NAME = r"[A-ZА-ЯІЇЄҐ][\w'’\-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’\-]+)?"
_REGION = re.compile(
    rf"(?:(?P<a>{_NAME})(?:'s|’s)?\s+(?i:region|oblast|province|governorate|direction|axis|front|sector|area)\b)"
    rf"|(?:\b(?:near|outside|around|in the vicinity of)\s+(?P<b>{_NAME}))",
)
_NOT_PLACES = {"The", "This", "That", "Russia", "Ukraine", "Russian", "Ukrainian", "Western", "Eastern", "Southern",
               "Northern", "Central", "Security", "Defense", "Defence", "Ministry", "General", "A", "An"}


def find_regions(text: str) -> list[tuple[int, int, str]]:
    """Region mentions as ``(start, end, name)``; the name without "region"/"oblast" ("Kursk")."""
    out = []
    for m in _REGION.finditer(text):
        name = m.group("a") or m.group("b")
        words = [w for w in name.split() if w not in _NOT_PLACES and not w.endswith(("'s", "’s"))]
        if not words:
            continue
        out.append((m.start(), m.end(), " ".join(words)))
    return out


def region_for(sentence_regions: list[tuple[int, int, str]], doc_regions: list[tuple[int, int, str]]) -> str | None:
    """The sentence's own region, else the document's only region, else ``None``."""
    if sentence_regions:
        return sentence_regions[0][2]
    names = {r[2] for r in doc_regions}
    return names.pop() if len(names) == 1 else None
