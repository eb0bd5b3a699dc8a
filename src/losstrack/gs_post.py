"""The text of a General Staff "total combat losses of the enemy" post (English or Ukrainian) → figures.

Shared by the HTML-page and plain-text parsers. A post has a header naming the report's date ("from
24.02 to DD.MM" / "з 24.02 по DD.MM") and one item per category: ``label ‒ [about] TOTAL (+CHANGE)
[од|осіб|persons were liquidated]``. Each item gives a running total (basis cumulative, 2022-02-24 →
report date) and, when printed, the day's change (basis increment, the report date as its period).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from .bulletin_common import NUM, SEP, WAR_START, assign_categories, day_month, parse_int, qualifier_of
from .parsers.base import Figure, ParseError
from .vocab import qualifier_phrases

_Y = r"(?:\.(\d{2}(?:\d{2})?))?"
HEADER = re.compile(
    r"(?:total\s+combat\s+losses\s+of\s+the\s+enemy\s+(?:from|since)\s+24\.02" + _Y + r"\s+(?:to|till|until)"
    r"|бойові\s+втрати\s+(?:противника|ворога)\s+з\s+24\.02" + _Y + r"\s+по)"
    r"\s+(\d{1,2})\.(\d{1,2})" + _Y,
    re.IGNORECASE,
)
#: Lines after which the list is over.
STOP = re.compile(r"^\s*(?:data\s+(?:are|is)\s+being\s+updated|дані\s+уточнюються|latest\s+news|останні\s+новини)",
                  re.IGNORECASE | re.MULTILINE)
_UNIT = r"(?:од(?:иниць)?\.?|осіб(?:\s+ліквідовано)?|persons?(?:\s+were\s+liquidated)?|people|units?)"
#: Unit words after a figure, in either language or both ("осіб ліквідовано / persons were liquidated").
UNITS = rf"(?:{_UNIT}(?:\s*/\s*{_UNIT})*)"
_ITEM = re.compile(rf"^(?P<lead>[^\w(]*)(?P<label>[^\W\d_][^\d\u2012\u2013\u2014\u2015\u2212:]*?){SEP}(?P<rest>.*?)\s*$",
                   re.DOTALL)
_SPLIT = re.compile(r"(?<=[,;:.])\s+(?=[^\W\d_])")


def _qual_alt() -> str:
    return "|".join(re.escape(p) for p in sorted(qualifier_phrases(), key=len, reverse=True))


def _value_re() -> re.Pattern:
    return re.compile(
        rf"^(?:(?P<qual>{_qual_alt()})\s+)?(?P<total>{NUM})?\s*{UNITS}?\s*"
        rf"(?:\(\s*(?P<sign>[+\-\u2212\u2013]?)\s*(?P<inc>{NUM})\s*\))?\s*{UNITS}?\s*[,.;:]?\s*$",
        re.IGNORECASE,
    )


@dataclass
class Post:
    """What a post says: its report date, language and figures (spans index the text given)."""

    report_date: dt.date
    lang: str
    figures: list[Figure]
    header: str


def find_header(text: str, start: int = 0) -> re.Match | None:
    """The "total combat losses of the enemy from 24.02 to DD.MM" header, if the text has one."""
    return HEADER.search(text, start)


def report_date(m: re.Match, published: dt.date | None, where: str) -> dt.date:
    """The report's date from the header match; the year from the header, else from ``published``."""
    day, month, year = m.group(3), m.group(4), m.group(5)
    return day_month(int(day), int(month), int(year) if year else None, published, where)


def _segments(text: str, start: int, end: int):
    """``(offset, segment)`` pieces of ``text[start:end]``: lines, further split after , ; : . before a word."""
    for line in re.finditer(r"[^\n]+", text[start:end]):
        off = start + line.start()
        piece, pos = line.group(), 0
        for cut in _SPLIT.finditer(piece):
            yield off + pos, piece[pos:cut.start()]
            pos = cut.end()
        yield off + pos, piece[pos:]


def read_post(text: str, published: dt.date | None, where: str, *, start: int = 0) -> Post:
    """Parse a post's text (from ``start``). Raises :class:`ParseError` for a text that is not a report,
    has no figures, or has a figure that does not parse; :class:`~.bulletin_common.DriftError` for labels
    missing from the drift table ``crosswalks/ua_gs.csv``."""
    m = HEADER.search(text, start)
    if m is None:
        raise ParseError(f"{where}: not a combat-losses report (no 'total combat losses of the enemy from 24.02 "
                         "to DD.MM' / 'бойові втрати противника з 24.02 по DD.MM' line)")
    date = report_date(m, published, where)
    lang = "uk" if re.search(r"[а-яіїєґ]", m.group(0), re.IGNORECASE) else "en"
    stop = STOP.search(text, m.end())
    end = stop.start() if stop else len(text)
    value_re = _value_re()
    figures: list[Figure] = []
    for off, seg in _segments(text, m.end(), end):
        im = _ITEM.match(seg)
        if im is None:
            continue
        rest = im.group("rest")
        vm = value_re.match(rest)
        looks_like_figure = bool(re.match(rf"^(?:(?:{_qual_alt()})\s+)?[\d(]", rest, re.IGNORECASE))
        if vm is None or not (vm.group("total") or vm.group("inc")):
            if looks_like_figure:
                raise ParseError(f"{where}: cannot read the figure of {im.group('label').strip()!r} "
                                 f"in {seg.strip()!r} (report of {date})")
            continue
        label = re.sub(r"\s+", " ", im.group("label")).strip()
        quote = re.sub(r"\s+", " ", seg).strip()
        base = off + im.start("rest")
        qual = qualifier_of(vm.group("qual"))
        if vm.group("total"):
            s, e = base + vm.start("total"), base + vm.end("total")
            figures.append(Figure(label=label, value=parse_int(vm.group("total"), where), quote=quote, span=(s, e),
                                  qualifier=qual, period_start=WAR_START, period_end=date, basis="cumulative"))
        if vm.group("inc"):
            s, e = base + vm.start("inc"), base + vm.end("inc")
            inc = parse_int(vm.group("inc"), where)
            if vm.group("sign") and vm.group("sign") != "+" and inc:
                warnings.warn(f"{where}: negative daily change {-inc} for {label!r} on {date} is not a claim "
                              "(values are >= 0); the running totals show the correction", stacklevel=2)
                continue
            figures.append(Figure(label=label, value=inc, quote=quote, span=(s, e), qualifier=qual,
                                  period_start=date, period_end=date, basis="increment"))
    if not figures:
        raise ParseError(f"{where}: the report of {date} lists no figures (empty or cut-off list)")
    sources = ("gs_uk", "gs_en") if lang == "uk" else ("gs_en", "gs_uk")
    assign_categories(figures, "ua_gs", sources, where)
    return Post(report_date=date, lang=lang, figures=figures, header=m.group(0))
