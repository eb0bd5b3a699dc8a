"""Shared reading helpers for official daily loss bulletins: numbers, dashes, dates and the dated drift table.

The category-drift table (``losstrack/data/crosswalks/<name>.csv``: ``label, category, source,
valid_from, valid_to``) is the one place where a source's labels, their canonical category and the
dates each label was in use are kept. Parsers look labels up here with the report's date, so "fuel
tanks" of April 2022 and "vehicles and fuel tanks" of May 2022 land on the right node, and a label
that is not in the table (or is used outside its dates) fails the document with every such label listed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .parsers.base import Figure, ParseError
from .vocab import normalize_label, qualifier_phrases, read_table, taxonomy

#: Day the General Staff counts from ("from 24.02").
WAR_START = dt.date(2022, 2, 24)

#: Dashes seen between a label and its figure: hyphen-minus (only with a space around it), figure
#: dash, en dash, em dash, horizontal bar, minus sign.
DASHES = "\u2012\u2013\u2014\u2015\u2212"
SEP = rf"(?:\s*[{DASHES}]\s*|\s+-\s*|-\s+)"

#: An integer as printed: plain (32750), with thousands separators (1,234,560 / 1 234 560 / 1.234.560).
NUM = r"\d{1,3}(?:[,\u00a0\u202f\u2009 .]\d{3})+(?!\d)|\d+"
_NUM_RE = re.compile(rf"^(?:{NUM})$")


class DriftError(ParseError):
    """Labels missing from the drift table (or used outside their dates); lists every one at once."""

    def __init__(self, problems: list[str], table: str, where: str = ""):
        self.problems = sorted(set(problems))
        super().__init__(
            (f"{where}: " if where else "")
            + f"{len(self.problems)} label(s) not in the drift table crosswalks/{table}.csv: "
            + "; ".join(self.problems)
            + f". Add a row (source, label as printed, category, valid_from, valid_to) to crosswalks/{table}.csv."
        )


def parse_int(text: str, where: str = "") -> int:
    """An integer as printed ("32750", "1,234,560", "1 234 560"); raises :class:`ParseError` otherwise."""
    s = text.strip()
    if not _NUM_RE.match(s):
        raise ParseError(f"{where}: {text!r} is not a number")
    return int(re.sub(r"\D", "", s))


def qualifier_of(phrase: str | None) -> str:
    """The qualifier for a hedge word ("about" → approx, "понад" → more_than); ``exact`` when none."""
    if not phrase:
        return "exact"
    q = qualifier_phrases().get(phrase.lower().strip())
    if q is None:
        raise ParseError(f"unknown hedge {phrase!r} before a figure")
    return q


# --------------------------------------------------------------------------- dates

MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                                   "вересня", "жовтня", "листопада", "грудня"], 1)},
    **{m: i for i, m in enumerate(["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                   "сентября", "октября", "ноября", "декабря"], 1)},
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY_WORDS = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})")
_MDY_WORDS = re.compile(r"([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})")


def find_date(text: str) -> dt.date | None:
    """The first date written as ``2022-07-27``, ``08 липня 2022`` or ``July 8, 2022`` in ``text``."""
    candidates = []
    for m in _ISO.finditer(text):
        candidates.append((m.start(), lambda m=m: dt.date(int(m[1]), int(m[2]), int(m[3]))))
    for m in _DMY_WORDS.finditer(text):
        if m[2].lower() in MONTHS:
            candidates.append((m.start(), lambda m=m: dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))))
    for m in _MDY_WORDS.finditer(text):
        if m[1].lower() in MONTHS:
            candidates.append((m.start(), lambda m=m: dt.date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))))
    for _, make in sorted(candidates, key=lambda c: c[0]):
        try:
            return make()
        except ValueError:
            continue
    return None


def day_month(day: int, month: int, year: int | None, published: dt.date | None, where: str) -> dt.date:
    """A report date from "DD.MM" (+ optional year); the year comes from the publication date.

    A report of 31.12 published on 01.01 belongs to the previous year.
    """
    if year is not None:
        year = year + 2000 if year < 100 else year
    elif published is not None:
        year = published.year
        if (month, day) > (published.month, published.day) and month - published.month > 6:
            year -= 1
    else:
        raise ParseError(f"{where}: the report date {day:02d}.{month:02d} has no year and the document has no "
                         "publication date (give one in a NAME.meta.json sidecar or a 'date YYYY-MM-DD' first line)")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ParseError(f"{where}: {day:02d}.{month:02d}.{year} is not a date") from exc


# --------------------------------------------------------------------------- the drift table


@dataclass(frozen=True)
class DriftRow:
    label: str
    category: str
    source: str
    valid_from: dt.date | None
    valid_to: dt.date | None


@lru_cache(maxsize=None)
def drift_table(name: str) -> tuple[DriftRow, ...]:
    """Rows of ``crosswalks/<name>.csv``; checks every category is a node of the tree."""
    tree = taxonomy()
    rows = []
    for r in read_table(f"crosswalks/{name}.csv"):
        if r["category"] not in tree.parent:
            raise ValueError(f"crosswalks/{name}.csv: {r['label']!r} maps to unknown category {r['category']!r}")
        rows.append(DriftRow(
            label=r["label"], category=r["category"], source=r.get("source", ""),
            valid_from=dt.date.fromisoformat(r["valid_from"]) if r.get("valid_from") else None,
            valid_to=dt.date.fromisoformat(r["valid_to"]) if r.get("valid_to") else None,
        ))
    return tuple(rows)


@lru_cache(maxsize=None)
def _index(name: str) -> dict[tuple[str, str], tuple[DriftRow, ...]]:
    out: dict[tuple[str, str], list[DriftRow]] = {}
    for row in drift_table(name):
        out.setdefault((row.source, normalize_label(row.label)), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def dated_category(name: str, source: str, label: str, date: dt.date | None) -> tuple[str | None, str | None]:
    """``(category, None)`` for a label in use on ``date``; ``(None, reason)`` when it is not."""
    rows = _index(name).get((source, normalize_label(label)))
    if not rows:
        return None, f"{label!r} ({source}) is not in the table"
    if date is None:
        cats = {r.category for r in rows}
        return (cats.pop(), None) if len(cats) == 1 else (None, f"{label!r} ({source}) needs a date")
    for r in rows:
        if (r.valid_from is None or r.valid_from <= date) and (r.valid_to is None or date <= r.valid_to):
            return r.category, None
    spans = ", ".join(f"{r.valid_from or '…'}..{r.valid_to or '…'}" for r in rows)
    return None, f"{label!r} ({source}) on {date} is outside its dates ({spans})"


def assign_categories(figures: list[Figure], name: str, source: str | tuple[str, ...], where: str) -> list[Figure]:
    """Set each figure's category from the drift table at its ``period_end``; raise :class:`DriftError`
    listing every label that is unknown or out of its dates (never a silent "other").

    ``source`` may be several sources tried in order (e.g. a Ukrainian label left in an English post).
    """
    sources = (source,) if isinstance(source, str) else tuple(source)
    problems = []
    for f in figures:
        for src in sources:
            cat, why = dated_category(name, src, f.label, f.period_end)
            if cat is not None:
                break
        if cat is None:
            problems.append(dated_category(name, sources[0], f.label, f.period_end)[1])
        f.category = cat
    if problems:
        raise DriftError(problems, name, where)
    return figures


# --------------------------------------------------------------------------- published JSON series


def json_rows(text: str, where: str) -> list[dict]:
    """The objects of a JSON array document; :class:`ParseError` for truncated/invalid JSON, another shape, or none."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"{where}: invalid or truncated JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ParseError(f"{where}: expected a JSON array of objects (one per day)")
    if not data:
        raise ParseError(f"{where}: the series is empty")
    return data


def row_date(row: dict, where: str, i: int) -> dt.date:
    """The ``date`` of a series row as a date; :class:`ParseError` naming the row otherwise."""
    try:
        return dt.date.fromisoformat(str(row["date"])[:10])
    except (KeyError, ValueError) as exc:
        raise ParseError(f"{where}: row {i} has no ISO 'date' ({row.get('date')!r})") from exc


def row_int(value, where: str, label: str, date: dt.date) -> int:
    """A cumulative count of a series row; :class:`ParseError` for anything but a non-negative integer."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, str) and re.fullmatch(NUM, value.strip()):
            value = parse_int(value, where)
        else:
            raise ParseError(f"{where}: {label!r} on {date} is {value!r}, not an integer")
    if value < 0:
        raise ParseError(f"{where}: {label!r} on {date} is negative ({value})")
    return value


def head_keys(text: str, n: int = 4000) -> set[str]:
    """JSON keys seen near the start of a document (cheap content sniffing for ``detect``)."""
    return set(re.findall(r'"([^"\\]{1,40})"\s*:', text[:n]))
