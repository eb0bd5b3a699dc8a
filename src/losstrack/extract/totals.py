"""Running totals and the day's change: a number with "(+N)" after it, a list some of whose lines carry "(+N)", "rose
to N", and the period a number read as a running total takes; the "(+N)" itself becomes a figure, a part of its total."""

from __future__ import annotations

import datetime as dt
import re

from ..parsers import Figure
from .found import Found
from .lexicon import plain, twin
from .periods import Period
from .sentences import Sentence

INCREMENT_AFTER = re.compile(r"\s*\(\s*\+\s*(\d[\d,. \u00a0]*?)\s*(?:(?:in|over|for|during) the (?:past|last) (?:day|24 hours)|"
                             r"per day|a day|за (?:минулу |прошедшие )?(?:добу|сутки))?\s*\)")
INCREMENT_BRACKET = re.compile(r"\(\s*\+[^()]{0,40}\)")
_PARA_BREAK = re.compile(r"\n\s*\n")
_RISEN_TO = re.compile(r"\b(?:rose|risen|rises|increased|climbed|climbs|grew|reached|reaches|passed|surpassed|exceeded|topped|зросла|зросло|"
                       r"зріс|зросли|сягнула|досягла|выросло|выросла|вырос|достигло|достигла)\s+(?:the\s+(?:total|tally|toll)\s+)?"
                       r"(?:to\s+|до\s+|from\s+|з\s+|із\s+|с\s+)?(?:(?:about|over|more than|nearly|almost|some|близько|около|понад|более)\s+)?$",
                       re.IGNORECASE)
_RISEN_TO_TWIN = twin(_RISEN_TO)  # for lower-cased plain sentences (see lexicon.twin)


def risen_to(text: str, rel: int, low: str | None = None) -> bool:
    """Whether "rose to", "reached" ... ends right before offset ``rel`` (:data:`_RISEN_TO`, by its twin on
    the lower case of a plain text; ``low``: ``lower(text)`` if known)."""
    if plain(text):
        return _RISEN_TO_TWIN.search(text.lower() if low is None else low, max(0, rel - 45), rel) is not None
    return _RISEN_TO.search(text, max(0, rel - 45), rel) is not None


def running_total(known: Period | None, end, war: bool = False) -> Period:
    """The period of a number read as a running total: the speaker's running-total period if it stated one, else from
    an unknown start (or the war's, ``war``) to ``end``."""
    return known if known is not None and known.basis == "cumulative" else Period(None, end, "cumulative", war=war)


def running_list(text: str, head: dict) -> bool:
    """Whether a list header's lines are running totals: some line of the list carries the day's "(+N)"
    ("aircraft ‒ 369" among "tanks ‒ 9,186 (+9)" lines). Looked up once per header."""
    if not head.get("colon"):
        return False
    if "running" not in head:
        start = head["st"].s.end
        lines = [part for part in _PARA_BREAK.split(text[start:start + 1500]) if part.strip()]  # the list's paragraph
        head["running"] = bool(lines) and INCREMENT_BRACKET.search(lines[0]) is not None
    return head["running"]


def increment(s: Sentence, f: Found, who, loser, day, region, start, end, value, total: int, category: str) -> Figure:
    """The "(+N)" after a running total (the figure at index ``total``, of ``category``): the change over the day
    before ``day``, a part of the total."""
    day0 = day - dt.timedelta(days=1) if day else None
    return Figure(
        label=f.label, value=value, quote=s.text, span=(start, end), category=category, model=f.model,
        claimant=who, loser=loser, region=region, period_start=day0, period_end=day, basis="increment", parent=total,
    )
