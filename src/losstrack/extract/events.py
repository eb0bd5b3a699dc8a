"""Events a running total counts from: the named events of ``data/events.csv`` ("the special military operation"),
the starts of wars between two sides, and the start dates a text gives itself ("the incursion, which began on
August 6", "since Israel launched its ground invasion of Lebanon on Oct. 1", "з початку операції 6 серпня") —
so that "since the incursion began" elsewhere in the same text gets its start."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..vocab import read_table
from .dates import DATE_RE, MONTH_PATTERN, WEEKDAYS, month_number, month_year, parse_date, weekday_before
from .lexicon import lower, plain, twin
from .regions import find_regions

#: Nouns for an event a total may count from (the key :func:`event_starts` files a start under).
EVENT_NOUN = (r"(?:incursion|offensive|counter-?offensive|invasion|operation|war|attack|assault|campaign|fighting|"
              r"conflict|battle|escalation|raid|clashes|hostilities|операції|операции|вторгнення|вторжения|війни|"
              r"контрнаступления|контрнаступу|"
              r"войны|наступу|наступления|боїв|боев|бойових дій|боевых действий|кампанії|кампании)")
EVENT_NOUN_RE = re.compile(EVENT_NOUN, re.IGNORECASE)
_WHOLE_NOUN = re.compile(r"(?<!\w)" + EVENT_NOUN + r"(?!\w)", re.IGNORECASE)
#: Event nouns that, undated, mean the war between the figure's sides (``events.csv`` rows with sides).
WAR_NOUNS = ("war", "invasion", "війни", "войны", "вторгнення", "вторжения")
#: Verbs that start an event; every match of :data:`_VERB` holds one (so they also serve as a quick substring test).
START_VERBS = _VERB_WORDS = ("began", "started", "begun", "launched", "launching", "kicked off", "commenced", "erupted", "broke out", "opened", "resumed",
               "началась", "начался", "началось", "начались", "начавшейся", "начавшегося", "начавшаяся", "начавшийся",
               "начавшихся", "начавшиеся", "почалися", "розпочалися",
               "почалася", "почався", "почалося", "розпочалася", "розпочався", "розпочалося")
_VERB = "(?:" + "|".join(_VERB_WORDS) + ")"
_DET = r"(?:(?:the|its|their|his|her|a|an)\s+)?"
#: "since the start of the Israeli ground invasion", "з початку операції", "с начала боевых действий".
_START_OF = re.compile(rf"(?:\b(?:since|from)\s+the\s+(?:start|beginning|launch|outbreak)\s+of\s+{_DET}|"
                       rf"(?<!\w)(?:(?:з|із|від)\s+початку|(?:с|со)\s+начала)\s+)(?:[\w'’-]+\s+){{0,3}}?"
                       rf"(?P<noun>{EVENT_NOUN})(?!\w)", re.IGNORECASE)
#: "the incursion, which began on August 6", "the clashes erupted on Sept. 27".
_NOUN_VERB = re.compile(rf"\b(?P<noun>{EVENT_NOUN})\b[^.;]{{0,60}}?\b{_VERB}\b", re.IGNORECASE)
#: "Israel launched its ground invasion of the Gaza Strip on 27 October".
_VERB_NOUN = re.compile(rf"\b{_VERB}\s+{_DET}(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{EVENT_NOUN})\b", re.IGNORECASE)
_TWINS = (twin(_START_OF), twin(_NOUN_VERB), twin(_VERB_NOUN))
_VERB_AT = re.compile(_VERB)  # on the lower case
#: Words one of which each pattern's matches hold (checked in the lower case before the pattern runs).
_START_WORDS = ("start", "beginning", "launch", "outbreak", "початку", "начала")
#: Where the date after an event phrase must be: before the clause or sentence ends ("Oct. 1" is no end), and before
#: a line break (a headline's event is not dated by the byline under it).
_TAIL_END = re.compile(r";|\n|\.(?=\s+[A-ZА-ЯІЇЄҐ])|\b(?:while|but|and the)\b|\b(?:since|з|с)\s")
_RELATIVE_TO = re.compile(r"\b(?:after|before|following|після|после|перед)\b", re.IGNORECASE)
_ON_WEEKDAY = re.compile(r"(?:\s+(?!said\b|says\b|told\b)[^\W\d][\w'’-]*){0,4}?\s+on\s+(" + "|".join(WEEKDAYS) + r")\b(?!['’])",
                         re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"\b(?:in|on)\s+(?P<m>{MONTH_PATTERN})(?!\w)(?![.]?\s*\d)", re.IGNORECASE)


_WORD_END = re.compile(r"\w*(?:\s+\d{1,2}(?!\d))?")  # the rest of a word, and a day after it (a month's)


def _date_after(text: str, pos: int, published: dt.date | None) -> dt.date | None:
    """The first date within the 60 characters after ``pos``, before its clause ends ("… into southern Lebanon on
    October 1"); a month alone ("in September") is its first day."""
    tail = text[pos: _WORD_END.match(text, pos + 60).end()]  # (a word cut at the 60th character is read whole: not
    cut = _TAIL_END.search(tail)  # "Nov" of "..., which the government calls Escudo Bolivariano 2026, on November 2")
    tail = tail[: cut.start()] if cut else tail
    rel = _RELATIVE_TO.search(tail)
    tail = tail[: rel.start()] if rel else tail  # "began a day after Hamas' Oct. 7 attack": not that date
    for d in DATE_RE.finditer(tail):
        date = parse_date(d, published)
        if date and (published is None or date <= published):
            return date
    m = _MONTH_ONLY.search(tail)
    if m and published:
        mo = month_number(m.group("m"))
        return dt.date(month_year(mo, published), mo, 1)
    wd = _ON_WEEKDAY.match(tail) if published else None  # "since Thailand launched its attack on Thursday" (right after
    return weekday_before(published, wd.group(1)) if wd else None  # the event: not "..., the ministry said on Thursday")


def event_starts(text: str, published: dt.date | None) -> dict[str, dt.date]:
    """Event noun → start date, from the phrases above; the first date given for a noun wins."""
    out: dict[str, dt.date] = {}
    low = lower(text)
    scan, patterns = (low, _TWINS) if plain(text) else (text, (_START_OF, _NOUN_VERB, _VERB_NOUN))  # see lexicon.twin
    verbs = [v.span() for v in _VERB_AT.finditer(low)] if any(w in low for w in _VERB_WORDS) else []
    windows = ([(0, len(scan))] if any(w in low for w in _START_WORDS) else [],  # the verb patterns run only near a
               [(max(0, a - 100), b) for a, b in verbs], [(a, b + 100) for a, b in verbs])  # verb (same matches)
    for pattern, spans in zip(patterns, windows):
        seen = set()
        for lo, hi in spans:
            for m in pattern.finditer(scan, lo, hi):
                if m.span() in seen:
                    continue
                seen.add(m.span())
                date = _date_after(text, m.end(), published)
                if date:  # the event noun nearest its verb ("the deepest incursion since the ground offensive began on
                    noun = _WHOLE_NOUN.findall(scan, m.start("noun"), m.end())[-1] if pattern is patterns[1] \
                        else m.group("noun")  # January 3": the offensive began then)
                    out.setdefault(noun.lower().replace("-", ""), date)
    regions = None  # the places the text names (in Ukrainian and Russian too), looked up when first needed
    for nouns, start, region in _regional_events():  # "the incursion" in a text about the Kursk region: the Kursk
        if published is not None and start > published:  # incursion of events.csv
            continue
        if region.lower() not in low:
            regions = {name for _s, _e, name in find_regions(text, low)} if regions is None else regions
            if region not in regions:
                continue
        for noun in nouns:
            out.setdefault(noun, start)
    return out


@lru_cache(maxsize=1)
def _regional_events() -> list[tuple[tuple[str, ...], dt.date, str]]:
    """(event nouns, start, region) of the named events of ``events.csv`` that have a region."""
    return [(tuple({n.lower() for n in EVENT_NOUN_RE.findall(p.pattern)}), start, region)
            for p, start, region in known_events() if region]


class LazyEvents(dict):
    """:func:`event_starts` of a text, computed on first lookup (most texts never need it)."""

    def __init__(self, text: str, published: dt.date | None):
        super().__init__()
        self._args: tuple | None = (text, published)

    def _load(self) -> None:
        if self._args is not None:
            text, published = self._args
            self._args = None
            self.update(event_starts(text, published))

    def __contains__(self, key) -> bool:
        self._load()
        return super().__contains__(key)

    def __getitem__(self, key):
        self._load()
        return super().__getitem__(key)

    def values(self):
        self._load()
        return super().values()

    def get(self, key, default=None):
        self._load()
        return super().get(key, default)


@lru_cache(maxsize=1)
def known_events() -> list[tuple[re.Pattern, dt.date, str | None]]:
    """Named events ("special military operation" → 2022-02-24) from ``data/events.csv`` (rows without sides)."""
    return [(re.compile(r["pattern"], re.IGNORECASE), dt.date.fromisoformat(r["start"]), r["region"] or None)
            for r in read_table("events.csv") if not r.get("sides")]


@lru_cache(maxsize=1)
def _events_regex() -> tuple[re.Pattern, list[dt.date]]:
    events = known_events()
    # scanned on lower-cased text, case-sensitively (several times faster; the patterns use no \W \D \S \B)
    body = "|".join(f"(?P<e{i}>{p.pattern.lower()})" for i, (p, _s, _r) in enumerate(events))
    return re.compile(body), [s for _p, s, _r in events]


_EVENTS: tuple | None = None


def event_start_in(text: str, published: dt.date | None = None) -> tuple[int, dt.date] | None:
    """(offset, start) of the first named event in ``text`` (one scan for all of ``events.csv``) that had begun by
    ``published`` ("since the start of fighting in the Kursk region" means August 2024 only in a text written after)."""
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = _events_regex()
    for m in _EVENTS[0].finditer(lower(text)):
        start = _EVENTS[1][int(m.lastgroup[1:])]
        if published is None or start <= published:
            return m.start(), start
    return None


@lru_cache(maxsize=1)
def war_starts() -> list[tuple[frozenset, dt.date]]:
    """(sides, start) of wars from ``data/events.csv`` (rows with sides)."""
    return [(frozenset(r["sides"].split("|")), dt.date.fromisoformat(r["start"]))
            for r in read_table("events.csv") if r.get("sides")]


@lru_cache(maxsize=1)
def start_dates() -> frozenset:
    """Start dates of the wars and named events of ``events.csv``."""
    return frozenset([s for _sides, s in war_starts()] + [s for _p, s, _r in known_events()])


def war_start(*actor_ids: str | None) -> dt.date | None:
    """Start of the war one of ``actor_ids`` (loser first, then claimant) fights in, if known."""
    for a in actor_ids:
        for sides, start in war_starts():
            if a in sides:
                return start
    return None

