"""Step 6 of article extraction: the region or front a figure refers to ("in the Kursk region",
"near Bakhmut", "on the Pokrovsk direction", "in Donetsk oblast", "in the battle for Bakhmut")."""

from __future__ import annotations

import re

from .lexicon import lower

_WORD = r"[A-ZА-ЯІЇЄҐ][\w'’\-]+"
_NAME = rf"{_WORD}(?:\s+(?:(?:al|el|ad|as|ar|an|at|ash)-)?{_WORD})?|{_WORD}\s+(?:al|el)-{_WORD}"
#: The keyword is found first (one scan of the lower-cased text), then the place name next to it.
_KEY = re.compile(  # "(?=[...])": the first letters of the alternatives, a quick test that rejects other places
    r"\b(?=[abcdfginoprs])(?:(?P<suf>region|oblast|province|governorate|direction|axis|front|sector|area|district|operation|offensive|"
    r"incursion|counteroffensive)|(?P<pre>near|outside|around|in the vicinity of|(?:battle|battles|fight|fighting|"
    r"struggle) (?:for|around)|in and around|defen[cs]e of))\b"
)
_NAME_BEFORE = re.compile(rf"(?P<a>{_NAME})(?:'s|’s)?\s+$")
_NAME_AFTER = re.compile(rf"\s+(?P<b>{_NAME})")
_NOT_PLACES = {"The", "This", "That", "Russia", "Ukraine", "Russian", "Ukrainian", "Western", "Eastern", "Southern",
               "Northern", "Central", "Security", "Defense", "Defence", "Ministry", "General", "A", "An", "Staff",
               "Israel", "Israeli", "Gaza's", "Its", "Their", "Our", "Sudan", "Lebanon"}


def find_regions(text: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Region mentions as ``(start, end, name)``; the name without "region"/"oblast" ("Kursk"). ``low`` is
    ``lower(text)`` if already known."""
    out = []
    for k in _KEY.finditer(lower(text) if low is None else low):
        if k.group("suf"):
            lo = max(0, k.start() - 45)
            m = _NAME_BEFORE.search(text, lo, k.start())
            if m is None:
                continue
            name, start, end = m.group("a"), m.start(), k.end()
        else:
            m = _NAME_AFTER.match(text, k.end())
            if m is None:
                continue
            name, start, end = m.group("b"), k.start(), m.end()
        words = [w for w in name.split() if w not in _NOT_PLACES and not w.endswith(("'s", "’s"))]
        if words:
            out.append((start, end, " ".join(words)))
    return out


def region_for(sentence_regions: list[tuple[int, int, str]], doc_regions: list[tuple[int, int, str]]) -> str | None:
    """The sentence's own region, else the document's only region, else ``None``."""
    if sentence_regions:
        return sentence_regions[0][2]
    names = {r[2] for r in doc_regions}
    return names.pop() if len(names) == 1 else None
