"""Plugin: Russia's MoD daily summaries (English and Russian): the cumulative paragraph and the past day's losses.

"In total, since the beginning of the special military operation, 278 airplanes and 150 helicopters,
…, 5,291 tanks and other armored combat vehicles, … have been destroyed" (RU: "Всего с начала
проведения специальной военной операции уничтожены: …") gives running totals (2022-02-24 → report
date); "during the past day, the AFU losses amounted to up to 480 troops, 3 tanks, …" (RU: "Всего за
сутки потери ВСУ составили до …") gives the day's figures (basis increment, the report date as the
period). Labels go through the drift table ``crosswalks/ru_mod.csv`` (composite labels → ``armor``,
``artillery``); claimant RUS-MOD, loser UKR.
"""

from __future__ import annotations

import datetime as dt
import re

from ..bulletin_common import NUM, WAR_START, assign_categories, find_date, parse_int, qualifier_of
from ..documents import Document
from ..extract.numbers import parse_number
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.0.0"
_SMO_EN = r"since\s+the\s+beginning\s+of\s+the\s+special\s+military\s+operation"
_SMO_RU = r"с\s+начала\s+(?:проведения\s+)?специальной\s+военной\s+операции"
CUMULATIVE = [
    re.compile(rf"In\s+total,?\s+{_SMO_EN},?\s*(?P<list>.+?)\s+(?:have|has)\s+been\s+destroyed", re.I | re.S),
    re.compile(rf"In\s+total,?\s+(?P<list>\d.+?)\s+(?:have|has)\s+been\s+destroyed\s+{_SMO_EN}", re.I | re.S),
    re.compile(rf"Всего\s+{_SMO_RU}\s+уничтожен[ыоа]?\s*:?\s*(?P<list>.+?)\.(?:\s|$)", re.I | re.S),
]
PAST_DAY = [
    re.compile(r"(?:during|over|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours),?\s+(?:the\s+)?(?:AFU|Ukrainian\s+"
               r"(?:armed\s+forces|forces|army))(?:'s?)?\s+losses\s+(?:amounted\s+to|totall?ed|were)\s+(?P<list>.+?)"
               r"\.(?:\s|$)", re.I | re.S),
    re.compile(r"за\s+(?:прошедшие\s+)?сутки\s+потери\s+(?:ВСУ|противника|украинских\s+\w+)\s+составили\s+"
               r"(?P<list>.+?)\.(?:\s|$)", re.I | re.S),
]
#: A direction's losses: "In Kupyansk direction, … The enemy losses were up to 40 Ukrainian troops, …" /
#: "На Купянском направлении … Потери противника составили до 40 военнослужащих, …".
DIRECTION = [
    re.compile(r"(?:The\s+(?:enemy|AFU)(?:'s)?\s+losses\s+(?:were|amounted\s+to|totall?ed)|The\s+(?:enemy|AFU)\s+lost)\s+"
               r"(?P<list>.+?)\.(?:\s|$)", re.I | re.S),
    re.compile(r"(?:Потери\s+(?:противника|ВСУ)\s+составили|Противник\s+потерял|ВСУ\s+потеряли)\s+(?P<list>.+?)\.(?:\s|$)",
               re.I | re.S),
]
_DIR_NAME = re.compile(r"\b(?:in\s+(?:the\s+)?(?P<en>[A-Z][\w-]+)\s+direction|на\s+(?P<ru>[А-ЯЁ][\w-]+)\s+направлении)", re.I)
_SPLIT = re.compile(r",\s+(?:(?:as\s+well\s+as|and|а\s+также|и)\s+)?|\s+(?:as\s+well\s+as|а\s+также)\s+", re.I)
_AND = re.compile(r"\s+(?:and|и)\s+(?=(?:(?:up\s+to|до)\s+)?(?P<next>[\w-]+))", re.I)
_ITEM = re.compile(rf"^(?:(?P<qual>up\s+to|as\s+many\s+as|до|около)\s+)?(?P<num>{NUM}|[^\W\d_][\w-]*)\s+(?P<label>\S.*?)\s*$",
                   re.I | re.S)


#: How the ministry's own summary starts (a news article quoting its totals is left to the article parser).
_OWN = re.compile(r"Russian\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)\s+report|Armed\s+Forces\s+of\s+the\s+"
                  r"Russian\s+Federation\s+continue|Сводка\s+Министерства\s+обороны|Вооруж[её]нные\s+Силы\s+Российской\s+"
                  r"Федерации\s+продолжают|mil\.ru", re.I)


def detect(doc: Document) -> bool:
    """The ministry's own summary (its opening lines, a mil.ru page, or a sidecar naming RUS-MOD as publisher)
    with the "since the beginning of the special military operation … destroyed" total."""
    own = doc.publisher == "RUS-MOD" or bool(_OWN.search(doc.text[:3000]))
    return own and bool(re.search(_SMO_EN + r"|" + _SMO_RU, doc.text, re.I)) and bool(
        re.search(r"destroyed|уничтожен", doc.text, re.I))


def _text(doc: Document) -> str:
    if doc.suffix in (".html", ".htm") or "<html" in doc.text[:2000].lower():
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(doc.text, "lxml")
        for bad in soup(["script", "style", "noscript"]):
            bad.decompose()
        return re.sub(r"[ \t\u00a0]+", " ", soup.get_text("\n"))
    return doc.text


def _and_splits(lst: str) -> list[tuple[int, int]]:
    """Cuts at "and"/"и" that join two items: the next word is a number ("one tank and two pickup trucks")."""
    return [(m.start(), m.end()) for m in _AND.finditer(lst)
            if m.group("next")[0].isdigit() or parse_number(m.group("next")) is not None]


def _items(text: str, m: re.Match, where: str, date: dt.date, basis: str, region: str | None = None) -> list[Figure]:
    lst, base = m.group("list"), m.start("list")
    tail = _DIR_NAME.search(lst)  # "… two tanks in the Kharkov direction": the direction closes the list
    if tail is not None and tail.end() == len(lst.rstrip()):
        region = region or tail.group(0).split(None, 1)[1].removeprefix("the ").strip()
        lst = lst[:tail.start()].rstrip(", ")
    quote = re.sub(r"\s+", " ", m.group(0)).strip()
    out, pos, pieces = [], 0, []
    cuts = sorted([(sep.start(), sep.end()) for sep in _SPLIT.finditer(lst)] + _and_splits(lst))
    for a, b in cuts:
        if a < pos:
            continue
        pieces.append((pos, lst[pos:a]))
        pos = b
    pieces.append((pos, lst[pos:]))
    for off, piece in pieces:
        im = _ITEM.match(piece)
        if im is None:
            raise ParseError(f"{where}: cannot read {piece.strip()!r} in the summary of {date}")
        raw = im.group("num")
        value = parse_int(raw, where) if raw[0].isdigit() else parse_number(raw)
        if value is None:
            raise ParseError(f"{where}: {raw!r} in {piece.strip()!r} is not a number (summary of {date})")
        s, e = base + off + im.start("num"), base + off + im.end("num")
        period = (WAR_START, date) if basis == "cumulative" else (date, date)
        label = re.sub(r"\s+", " ", im.group("label")).strip().rstrip(".;:")
        out.append(Figure(label=label, value=value, quote=quote, span=(s, e), qualifier=qualifier_of(im.group("qual")),
                          period_start=period[0], period_end=period[1], basis=basis, region=region))
    return out


@register(name="ru_mod", version=VERSION, kind="bulletin", detect=detect, priority=25,
          crosswalk="ru_mod", claimant="RUS-MOD", loser="UKR")
def parse(doc: Document) -> ParseResult:
    """Russian MoD daily summary (English or Russian)."""
    where = doc.origin
    text = _text(doc)
    date = doc.published or find_date(text[:600])
    if date is None:
        raise ParseError(f"{where}: no report date (none in the first lines, no 'date YYYY-MM-DD' line or sidecar)")
    figures: list[Figure] = []
    for pat in CUMULATIVE:
        for m in pat.finditer(text):
            figures += _items(text, m, where, date, "cumulative")
    if not figures:
        raise ParseError(f"{where}: no 'In total, since the beginning of the special military operation … destroyed' "
                         "list could be read")
    taken = []
    for pat in PAST_DAY:
        for m in pat.finditer(text):
            figures += _items(text, m, where, date, "increment")
            taken.append((m.start(), m.end()))
    for para in re.finditer(r"[^\n]+", text):
        for pat in DIRECTION:
            for m in pat.finditer(text, para.start(), para.end()):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                named = _DIR_NAME.search(text, para.start(), m.start())
                region = None
                if named is not None:
                    region = f"{named['en']} direction" if named["en"] else f"{named['ru']} направлении"
                figures += _items(text, m, where, date, "increment", region)
    lang = "ru" if re.search(r"[а-я]{4}", " ".join(f.label for f in figures), re.I) else "en"
    assign_categories(figures, "ru_mod", ("ru_mod_ru", "ru_mod_en") if lang == "ru" else ("ru_mod_en", "ru_mod_ru"), where)
    return ParseResult(figures=figures, text=text, meta={"published": date, "publisher": "RUS-MOD"})
