"""Dates in news text, as the period and statement steps read them: month and weekday names in English, Russian and
Ukrainian, the date pattern ("24 February 2022", "6 августа", "24.02.22", "2024-08-06") and its resolution against
the document's date."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from .lexicon import lower, plain, trie_regex, twin

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
#: Russian and Ukrainian month names in the genitive ("6 августа", "24 лютого"), by their first three letters.
CYR_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
              "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
              "жовтня", "листопада", "грудня"]
MONTHS.update({m[:3]: i % 12 + 1 for i, m in enumerate(CYR_MONTHS)})
MONTHS.update({"мае": 5, "май": 5})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: Weekdays as Russian and Ukrainian write them after "в/во/у" (accusative) → 0-6.
CYR_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
                "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "суботу": 5, "неділю": 6}
#: The same after "с/з/від/до" (genitive): "с четверга по субботу", "з понеділка до середи".
CYR_WEEKDAYS_GEN = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5,
                    "воскресенья": 6, "понеділка": 0, "вівторка": 1, "середи": 2, "п'ятниці": 4, "суботи": 5, "неділі": 6}

#: "за листопад", "у листопаді", "в ноябре", "за ноябрь": a month as a window (nominative/accusative and locative).
CYR_MONTH_WINDOWS = (
    "січень", "січні", "лютий", "лютому", "березень", "березні", "квітень", "квітні", "травень", "травні", "червень",
    "червні", "липень", "липні", "серпень", "серпні", "вересень", "вересні", "жовтень", "жовтні", "листопад", "листопаді",
    "грудень", "грудні", "январь", "январе", "февраль", "феврале", "март", "марте", "апрель", "апреле", "май", "мае",
    "июнь", "июне", "июль", "июле", "август", "августе", "сентябрь", "сентябре", "октябрь", "октябре", "ноябрь",
    "ноябре", "декабрь", "декабре")
#: A month name as dates write it (English, or Russian/Ukrainian genitive).
MONTH_PATTERN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                 r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + "|".join(CYR_MONTHS) + r")(?:\.|(?!\w))")
_DATE = (
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_PATTERN})(?:,?\s+(?:\([^()]{{1,40}}\)\s+)?"
    rf"(?P<y1>\d{{4}}))?)"  # (an aside before the year: "30 ноября (18 ноября по старому стилю) 1853 года")
    rf"|(?P<mdy>(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>(?P<m4>{MONTH_PATTERN})\s+(?P<y4>\d{{4}}))"
    rf"|(?P<num>(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})(?:\.(?P<y3>\d{{4}}|\d{{2}}))?(?![\d]))"
)
DATE_RE = re.compile(_DATE, re.IGNORECASE)
DATE_TWIN = twin(DATE_RE)
_DIGIT = re.compile(r"\d")
#: Where a month name of :data:`MONTH_PATTERN` starts (a lookahead: overlapping starts count too).
_MONTH_START = re.compile("(?=" + trie_regex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                                             *CYR_MONTHS], literal=True) + ")")


def twin_dates(low: str) -> list[re.Match]:
    """``list(DATE_TWIN.finditer(low))``, trying the pattern only where a date can start (a digit, or a month name: every
    alternative of :data:`DATE_RE` opens on one): the same matches, about twice as fast on prose."""
    anchors = [m.start() for m in _DIGIT.finditer(low)]
    months = [m.start() for m in _MONTH_START.finditer(low)]
    if months:
        anchors = sorted(set(anchors).union(months))
    out, end = [], 0
    for pos in anchors:
        if pos >= end and (m := DATE_TWIN.match(low, pos)):
            out.append(m)
            end = m.end()
    return out


def date_matches(text: str) -> list[re.Match]:
    """``list(DATE_RE.finditer(text))``, by :func:`twin_dates` on the lower case when the text is plain (see
    lexicon.twin; same offsets, and groups that differ only in the case of month names): several times faster on a
    whole document."""
    return twin_dates(lower(text)) if plain(text) else list(DATE_RE.finditer(text))


def month_number(name: str) -> int:
    """1-12 for a month name as :data:`MONTH_PATTERN` matches it ("Aug.", "August", "августа", "серпня")."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def parse_date(m: re.Match, published: dt.date | None) -> dt.date | None:
    """A :data:`DATE_RE` match → date; a missing year is the latest that is not after ``published``."""
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("my"):
            return dt.date(int(m.group("y4")), month_number(m.group("m4")), 1)
        if m.group("dmy"):
            d, mo, y = int(m.group("d1")), month_number(m.group("m1")), m.group("y1")
        elif m.group("mdy"):
            d, mo, y = int(m.group("d2")), month_number(m.group("m2")), m.group("y2")
        else:
            d, mo, y = int(m.group("d3")), int(m.group("m3")), m.group("y3")
            if y and len(y) == 2:
                y = "20" + y
        if y:
            return dt.date(int(y), mo, d)
        if published is None:
            return None
        guess = dt.date(published.year, mo, d)
        return guess if guess <= published else dt.date(published.year - 1, mo, d)
    except (ValueError, KeyError):
        return None


def month_year(month: int, published: dt.date) -> int:
    """The year of a month named without one ("in September"): the latest whose month is not after ``published``."""
    return published.year if month <= published.month else published.year - 1


def day_before(published, back: int):
    """The date ``back`` days before ``published`` (``None`` without a date)."""
    return published - dt.timedelta(days=back) if published else None


def date_at(s: str, pos: int, published) -> dt.date | None:
    """The date written at ``pos`` in ``s``, if one is (see :func:`parse_date`)."""
    d = DATE_RE.match(s, pos)
    return parse_date(d, published) if d else None


def weekday_before(published: dt.date, name: str) -> dt.date:
    """The latest ``name`` weekday ("Tuesday", "вівторок", "четверга") on or before ``published``."""
    name = name.casefold()  # (as the case-insensitive patterns compare: "Tueſday" is Tuesday)
    index = WEEKDAYS.index(name) if name in WEEKDAYS else CYR_WEEKDAYS.get(name, CYR_WEEKDAYS_GEN.get(name))
    if index is None:
        raise ValueError(f"not a weekday: {name!r}")
    return day_before(published, (published.weekday() - index) % 7)


_DAY_DASH_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})\s*[-–‒—]\s*$")  # "24‒" of "24‒25 лютого 2022 року"
_DASH_DAY_YEAR = re.compile(r"\s*[-–‒—]\s*(\d{1,2}),?\s+(\d{4})(?!\d)")  # "-25, 2022" of "February 24-25, 2022"


def written_year(m: re.Match) -> str | None:
    """The year a :data:`DATE_RE` match of a day writes ("25 лютого 2022", "March 3, 2022"), or ``None``."""
    return m.group("y1") or m.group("y2")


def yearless_days(text: str) -> set[tuple[int, int]]:
    """(month, day) of the days a text writes without a year ("on October 24", "16 сентября"; read in a leap year, so
    29 February stays)."""
    return {(d.month, d.day) for m in date_matches(text) if (m.group("dmy") or m.group("mdy"))
            and not written_year(m) and (d := parse_date(m, dt.date(2000, 12, 31))) is not None}


def written_years(text: str) -> dict[tuple[int, int], int]:
    """(month, day) → year of the dates a text writes with their year ("25 лютого 2022 року", "March 3, 2022", both days
    of "24‒25 лютого 2022 року" and "February 24-25, 2022"): the year a bare "24 лютого" of the same text means when it
    names the same day (a retrospective told years later)."""
    out: dict[tuple[int, int], int] = {}
    for m in date_matches(text):
        if not (m.group("dmy") or m.group("mdy")):
            continue
        days, y = [m.group("d1") or m.group("d2")], written_year(m)
        if m.group("dmy") and y and (first := _DAY_DASH_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            days.append(first.group(1))
        elif m.group("mdy") and not y and (last := _DASH_DAY_YEAR.match(text, m.end())):
            days.append(last.group(1))
            y = last.group(2)
        if y:
            mo = month_number(m.group("m1") or m.group("m2"))
            for day in days:
                try:
                    d = dt.date(int(y), mo, int(day))
                except ValueError:
                    continue
                out.setdefault((d.month, d.day), d.year)
    return out


#: Days after Easter Sunday of the movable feasts; the fixed ones as (month, day).
_MOVABLE = {"good friday": -2, "easter": 0, "easter sunday": 0, "easter monday": 1}
_FIXED = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
          "new year's eve": (12, 31)}


def holiday_before(published: dt.date, name: str) -> dt.date:
    """The latest day of the feast ``name`` ("Good Friday", "Christmas Day", "New Year's Eve"; Western reckoning, as
    English news means it) on or before ``published``."""
    key = " ".join(name.lower().replace("’", "'").split())
    for year in (published.year, published.year - 1):
        d = easter(year) + dt.timedelta(days=_MOVABLE[key]) if key in _MOVABLE else dt.date(year, *_FIXED[key])
        if d <= published:
            return d
    raise ValueError(f"no {name} before {published}")  # (unreachable: every feast falls once a year)
