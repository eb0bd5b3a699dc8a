"""Step 5 of article extraction: the period a figure covers, and whether it is a running total
(``cumulative``) or a change over the period (``increment``).

Understands "since the start of the incursion on August 6" and "since the incursion began" (with the
event's start found elsewhere in the text or in ``data/events.csv``), "in total since February 24,
2022", "in the past 24 hours", "over the past week", "on Tuesday", "yesterday", "last month".
Relative dates resolve against the document's ``published`` date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import read_table

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_RE = re.compile(
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<num>(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})(?:\.(?P<y3>\d{{4}}))?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None
    basis: str


@lru_cache(maxsize=1)
def known_events() -> list[tuple[re.Pattern, dt.date, str | None]]:
    """Well-known start dates ("special military operation" → 2022-02-24) from ``data/events.csv``."""
    out = []
    for row in read_table("events.csv"):
        out.append((re.compile(row["pattern"], re.IGNORECASE), dt.date.fromisoformat(row["start"]), row["region"] or None))
    return out


def parse_date(m: re.Match, published: dt.date | None) -> dt.date | None:
    """A :data:`DATE_RE` match → date; a missing year is the latest that is not after ``published``."""
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("dmy"):
            d, mo, y = int(m.group("d1")), MONTHS[m.group("m1").lower()[:3]], m.group("y1")
        elif m.group("mdy"):
            d, mo, y = int(m.group("d2")), MONTHS[m.group("m2").lower()[:3]], m.group("y2")
        else:
            d, mo, y = int(m.group("d3")), int(m.group("m3")), m.group("y3")
        if y:
            return dt.date(int(y), mo, d)
        if published is None:
            return None
        guess = dt.date(published.year, mo, d)
        return guess if guess <= published else dt.date(published.year - 1, mo, d)
    except (ValueError, KeyError):
        return None


_EVENT_NOUN = r"(?:incursion|offensive|counter-?offensive|invasion|operation|war|attack|assault|campaign|fighting|conflict|battle|escalation|raid)"
_EVENT_START = re.compile(
    rf"\b(?P<noun>{_EVENT_NOUN})\b[^.;]{{0,60}}?\b(?:began|started|begun|launched|was launched|kicked off|commenced)\s+(?:on\s+|in\s+)?(?P<date>[^.;]{{0,30}})",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\bsince\s+(?:the\s+)?(?:(?:start|beginning|launch|outbreak|onset)\s+of\s+(?:the\s+|its\s+|Russia's\s+|Ukraine's\s+|Kyiv's\s+|Moscow's\s+)?[\w\s'-]{{0,40}}?)?(?P<noun>{_EVENT_NOUN})?(?:\s+began|\s+started)?(?:\s+(?:on|in)\s+)?",
    re.IGNORECASE,
)


def event_starts(text: str, published: dt.date | None) -> dict[str, dt.date]:
    """Event noun → start date, from sentences like "The incursion, which began on August 6"."""
    out = {}
    for m in _EVENT_START.finditer(text):
        d = DATE_RE.match(m.group("date").strip())
        if d:
            date = parse_date(d, published)
            if date:
                out.setdefault(m.group("noun").lower().replace("-", ""), date)
    return out


def _day(published, back: int):
    return published - dt.timedelta(days=back) if published else None


def find_period(sentence: str, published: dt.date | None, events: dict[str, dt.date]) -> Period | None:
    """The period a sentence's figures cover, or ``None`` when the sentence says nothing about it."""
    s = sentence
    low = s.lower()
    m = _SINCE.search(s)
    rest = s[m.end(): m.end() + 40] if m else ""
    d = DATE_RE.match(rest) if m else None
    if d and (d.group("y1") or d.group("y2") or d.group("y3") or d.group("iso")):
        return Period(parse_date(d, published), published, "cumulative")
    for pat, start, _region in known_events():
        if pat.search(s) and re.search(r"\b(since|from|in total|overall|total)\b", low):
            return Period(start, published, "cumulative")
    if m:
        if d and parse_date(d, published):
            return Period(parse_date(d, published), published, "cumulative")
        noun = (m.group("noun") or "").lower().replace("-", "")
        if noun and noun in events:
            return Period(events[noun], published, "cumulative")
        if re.match(r"since\s+(the\s+)?(start|beginning)\s+of\s+(the|this)\s+year", low[m.start():]):
            return Period(dt.date(published.year, 1, 1) if published else None, published, "cumulative")
        if noun:
            return Period(None, published, "cumulative")
    if re.search(r"\b(?:in total|in all|overall|total(?:ed|led)?|altogether|so far|to date)\b", low):
        return Period(None, published, "cumulative")
    if re.search(r"\b(?:past|last|previous)\s+(?:24\s+hours|day|twenty-four hours)\b|\bover the day\b|за (?:минулу|прошедшие) (?:добу|сутки)", low):
        return Period(_day(published, 1), published, "increment")
    if re.search(r"\b(?:past|last|previous)\s+week\b|\bthis week\b", low):
        return Period(_day(published, 7), published, "increment")
    if re.search(r"\b(?:past|last|previous)\s+month\b", low):
        return Period(_day(published, 30), published, "increment")
    if re.search(r"\byesterday\b", low):
        d = _day(published, 1)
        return Period(d, d, "increment")
    if re.search(r"\btoday\b|\bthis morning\b|\bovernight\b", low):
        return Period(_day(published, 1) if "overnight" in low else published, published, "increment")
    wd = re.search(r"\bon\s+(" + "|".join(WEEKDAYS) + r")\b", low)
    if wd and published:
        back = (published.weekday() - WEEKDAYS.index(wd.group(1))) % 7
        d = _day(published, back)
        return Period(d, d, "increment")
    on = re.search(r"\bon\s+", s)
    if on:
        d = DATE_RE.match(s[on.end(): on.end() + 30])
        if d and parse_date(d, published):
            day = parse_date(d, published)
            return Period(day, day, "increment")
    return None
