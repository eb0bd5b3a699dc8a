"""Plugin: Russia's MoD daily summaries (English and Russian): the cumulative paragraph and the past day's losses.

"In total, since the beginning of the special military operation, 278 airplanes and 150 helicopters,
…, 5,291 tanks and other armored combat vehicles, … have been destroyed" (RU: "Всего с начала
проведения специальной военной операции уничтожены: …") gives running totals (2022-02-24 → report
date); "during the past day, the AFU losses amounted to up to 480 troops, 3 tanks, …" (RU: "Всего за
сутки потери ВСУ составили до …") and each direction's "The enemy losses were …" / "Потери противника
… составили …" give the day's figures (basis increment, the report date as the period). Parts written
"…, в том числе 6 боевых машин пехоты Bradley" / "including …" link to the figure before them (``parent``);
a noun with no numeral ("гаубица Д-30", "a tank") counts one; a named system in a label ("Bradley", "Д-30")
becomes the figure's model. Phrases in the prose ("уничтожено до 45 военнослужащих", "сбиты 18 БПЛА") are read
too, leniently: there, items whose label names no category (depots, munitions) are skipped. Labels go through
the drift table ``crosswalks/ru_mod.csv``, then the shared synonyms and named systems; claimant RUS-MOD, loser UKR.
"""

from __future__ import annotations

import datetime as dt
import re

from ..bulletin_common import NUM, WAR_START, DriftError, dated_category, find_date, parse_int, qualifier_of
from ..documents import Document
from ..extract.lexicon import qualifier_words
from ..extract.numbers import VAGUE, parse_number
from ..vocab import category_of, models, normalize_label, synonyms, taxonomy
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.1.0"
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
#: "На Купянском направлении … Потери противника (за сутки на этом направлении) составили до 40 военнослужащих, …".
DIRECTION = [
    re.compile(r"(?:The\s+(?:enemy|AFU)(?:'s)?\s+losses(?:\s+[^\s.,;]+){0,6}?\s+(?:were|amounted\s+to|totall?ed)|"
               r"The\s+(?:enemy|AFU)\s+lost)\s+(?P<list>.+?)\.(?:\s|$)", re.I | re.S),
    re.compile(r"(?:Потери\s+(?:противника|ВСУ)(?:\s+[^\s.,;]+){0,6}?\s+составили|Противник\s+потерял|ВСУ\s+потеряли)"
               r"\s+(?P<list>.+?)\.(?:\s|$)", re.I | re.S),
]
#: Prose of the summary, read leniently: "уничтожено до 45 военнослужащих, …" (personnel destroyed = killed), "сбиты 18
#: беспилотных летательных аппаратов", "shot down 17 unmanned aerial vehicles".
DESTROYED = re.compile(r"(?<![\w-])уничтожен[оыа]?\s+(?!:)(?P<list>[^.:]+?)\.(?:\s|$)", re.I)
SHOT_DOWN = re.compile(r"(?<![\w-])(?:сбит[оыа]?|перехвачен[оыа]?|shot\s+down|intercepted)\s+(?P<list>[^.:]+?)\.(?:\s|$)",
                       re.I)
_DIR_NAME = re.compile(r"\b(?:in\s+(?:the\s+)?(?P<en>[A-Z][\w-]+)\s+direction|на\s+(?P<ru>[А-ЯЁ][\w-]+)\s+направлении)", re.I)
_THIS_DIR = re.compile(r"\b(?:на\s+этом\s+направлении|(?:in|on)\s+this\s+direction)\b", re.I)
_SPLIT = re.compile(r",\s+(?:(?:as\s+well\s+as|and|а\s+также|и)\s+)?|\s+(?:as\s+well\s+as|а\s+также)\s+", re.I)
#: A part of the figure before it: "14 боевых бронированных машин, в том числе 6 …", "11 tanks, including 3 Leopards".
_PART = re.compile(r",?\s+(?:в\s+том\s+числе|у\s+тому\s+числі|including|из\s+них|of\s+which|among\s+them)\s*:?\s+", re.I)
_AND = re.compile(r"\s+(?:and|и)\s+(?=(?:(?:up\s+to|до)\s+)?(?P<next>[\w-]+))", re.I)
_CALIBRE = r"\d+(?:[.,]\d+)?\s*-?\s*(?:мм|mm)\b"  # "155-мм гаубица", "a 155mm howitzer": part of the noun
_ITEM = re.compile(rf"^(?:(?P<qual>{qualifier_words()})\s+)?(?P<num>(?:{NUM})(?!\s*-?\s*(?:мм|mm)\b)|[^\W\d_][\w'’-]*)\s+"
                   rf"(?P<label>\S.*?)\s*$", re.I | re.S)
_JOIN = re.compile(r"\s+(?:and|и)\s+", re.I)
_BARE = re.compile(rf"^(?:(?:an?|one)\s+)?(?P<label>(?:{_CALIBRE}\s*)?[«\"“„]?[^\W\d_].*?)\s*$", re.I | re.S)
#: Where a label's own words end: "гаубицы Д-30 в районе Клещеевки", "vehicles in the past 24 hours".
_LABEL_TAIL = re.compile(r"\s+(?:(?:в|во|на|у|под|возле|near|in|at|on|around|close\s+to|during|over)\s+|производства\b|"
                         r"виробництва\b|made\s+in\b).*$", re.I | re.S)
#: Munitions, not systems: "4 реактивных снаряда РСЗО HIMARS", "HIMARS rockets", "управляемые авиабомбы JDAM".
_MUNITION = re.compile(r"(?<!\w)(?:снаряд|авиабомб|бомб|shells?\b|bombs?\b|rockets\b|rocket\b(?!\s+launch))", re.I)
_QUOTES = re.compile(r"[«»\"“”„]")


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


def _and_splits(lst: str) -> list[tuple[int, int, str]]:
    """Cuts at "and"/"и" that join two items: the next word is a number ("one tank and two pickup trucks")."""
    return [(m.start(), m.end(), "and") for m in _AND.finditer(lst)
            if m.group("next")[0].isdigit() or parse_number(m.group("next")) is not None]


def _pieces(lst: str) -> list[tuple[int, str, bool]]:
    """The items of a list as ``(offset, text, is_part)``: cut at commas, "as well as", "and" + number and
    "including"/"в том числе"; the items after the last are parts of the item before it, and so is an item joined
    to a part by "and"/"и" ("…, в том числе 4 БМП Bradley и 1 БТР M113")."""
    cuts = [(m.start(), m.end(), "sep") for m in _SPLIT.finditer(lst)] + _and_splits(lst)
    cuts += [(m.start(), m.end(), "part") for m in _PART.finditer(lst)]
    out, pos, part = [], 0, False
    for a, b, kind in sorted(cuts, key=lambda c: (c[0], -c[1])):
        if a < pos:
            continue
        out.append((pos, lst[pos:a], part))
        pos, part = b, kind == "part" or (kind == "and" and part)
    out.append((pos, lst[pos:], part))
    return out


def _category(label: str, date: dt.date, sources: tuple[str, ...]) -> str | None:
    """The drift table's category for a label on ``date``, else the shared synonyms / named systems; the label is
    also tried without a trailing place or time phrase ("гаубицы Д-30 в районе …")."""
    for lab in dict.fromkeys((label, _LABEL_TAIL.sub("", label))):
        for src in sources:
            cat, _why = dated_category("ru_mod", src, lab, date)
            if cat is not None:
                return cat
        cat = category_of(lab)
        if cat is not None:
            return cat
    return None


def _clean(label: str) -> str:
    return _QUOTES.sub("", re.sub(r"\s+", " ", label)).strip().rstrip(".;:")


def _exact(label: str, date: dt.date, sources: tuple[str, ...]) -> bool:
    """Whether a label is itself a row of the drift table or of the synonyms ("танков и других боевых бронированных машин")."""
    return normalize_label(label) in synonyms() or any(dated_category("ru_mod", src, label, date)[0] for src in sources)


def _model(label: str) -> str | None:
    """A named system in a label, the longest and last first ("боевых машин пехоты Bradley" → Bradley, "гаубица Д-30"
    → Д-30, "155mm M777 howitzer" → M777)."""
    words = normalize_label(_LABEL_TAIL.sub("", label)).split()
    named = models()
    for n in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - n, -1, -1):
            key = " ".join(words[i:i + n])
            hit = named.get(key) or named.get(key.removesuffix("s"))
            if hit:
                return hit[0]
    return None


def _items(m: re.Match, where: str, date: dt.date, basis: str, sources: tuple[str, ...], region: str | None = None,
           lenient: bool = False, destroyed: bool = False) -> tuple[list[Figure], list[str]]:
    """The figures of one matched list, and the labels the vocabularies do not know (skipped when ``lenient``)."""
    lst, base = m.group("list"), m.start("list")
    tail = _DIR_NAME.search(lst)  # "… two tanks in the Kharkov direction": the direction closes the list
    if tail is not None and tail.end() == len(lst.rstrip()):
        region = region or tail.group(0).split(None, 1)[1].removeprefix("the ").strip()
        lst = lst[:tail.start()].rstrip(", ")
    quote = re.sub(r"\s+", " ", m.group(0)).strip()
    out: list[Figure] = []
    unknown: list[str] = []
    whole = None
    tree = taxonomy()
    todo = _pieces(lst)[::-1]
    while todo:
        off, piece, is_part = todo.pop()
        im = _ITEM.match(piece)
        raw = im.group("num") if im else None
        value = high = None
        if raw is not None:
            value = parse_int(raw, where) if raw[0].isdigit() else parse_number(raw)
            if raw.lower() in VAGUE:  # "уничтожены десятки боевиков": the documented range, not one
                value, high = VAGUE[raw.lower()]
        bare = value is None
        if not bare:
            label, s, e, qual = im.group("label"), off + im.start("num"), off + im.end("num"), im.group("qual")
            ls = im.start("label")
        else:  # no numeral: "гаубица Д-30", "a tank" count one
            bm = _BARE.match(piece)
            if bm is None and lenient:
                continue
            if bm is None:
                raise ParseError(f"{where}: cannot read {piece.strip()!r} in the summary of {date}")
            label, s, e, qual, value = bm.group("label"), off + bm.start("label"), off + bm.end("label"), None, 1
            ls = bm.start("label")
        label = _clean(label)
        joint = _JOIN.search(piece, ls)
        if joint is not None and not _exact(label, date, sources) and (
                _category(_clean(piece[ls:joint.start()]), date, sources) or _category(_clean(piece[joint.end():]), date, sources)):
            # "четыре автомобиля и гаубица Д-30", "склад боеприпасов и САУ «Акация»": two items joined by "и", no numeral
            todo += [(off + joint.end(), piece[joint.end():], is_part), (off, piece[:joint.start()], is_part)]
            continue
        cat = _category(label, date, sources)
        munition = lenient and _MUNITION.search(label) is not None
        if cat is None or munition:
            if not (lenient or bare):  # a counted item of an official list: a vocabulary gap to report
                unknown.append(label)
            continue  # a noun without a numeral that names no category is prose, not an item
        if destroyed and cat == "personnel_casualties":
            cat = "personnel_killed"  # "уничтожено до 45 военнослужащих": destroyed troops are killed
        parent = None
        if is_part and whole is not None and out[whole].value >= value and tree.is_same_or_ancestor(out[whole].category, cat):
            parent = whole
        elif not is_part:
            whole = len(out)
        period = (WAR_START, date) if basis == "cumulative" else (date, date)
        out.append(Figure(label=label, value=value, value_high=high, quote=quote, span=(base + s, base + e),
            qualifier="range" if high else qualifier_of(re.sub(r"\s+", " ", qual) if qual else None), category=cat, model=_model(label), period_start=period[0],
            period_end=period[1], basis=basis, region=region, parent=parent))
        if is_part and parent is None:
            whole = len(out) - 1
    return out, unknown


def _region(text: str, para: re.Match, at: int) -> str | None:
    """The direction a paragraph names before ``at``; "на этом направлении" / "in this direction": the one named last."""
    named = None
    for named in _DIR_NAME.finditer(text, para.start(), at):
        pass
    if named is None and _THIS_DIR.search(text, para.start(), para.end()):
        for named in _DIR_NAME.finditer(text, 0, para.start()):
            pass
    if named is None:
        return None
    return f"{named['en']} direction" if named["en"] else f"{named['ru']} направлении"


@register(name="ru_mod", version=VERSION, kind="bulletin", detect=detect, priority=25,
          crosswalk="ru_mod", claimant="RUS-MOD", loser="UKR")
def parse(doc: Document) -> ParseResult:
    """Russian MoD daily summary (English or Russian)."""
    where = doc.origin
    text = _text(doc)
    date = doc.published or find_date(text[:600])
    if date is None:
        raise ParseError(f"{where}: no report date (none in the first lines, no 'date YYYY-MM-DD' line or sidecar)")
    lang_ru = len(re.findall(r"[а-яё]", text[:3000], re.I)) > len(re.findall(r"[a-z]", text[:3000], re.I))
    sources = ("ru_mod_ru", "ru_mod_en") if lang_ru else ("ru_mod_en", "ru_mod_ru")
    figures: list[Figure] = []
    unknown: list[str] = []
    taken: list[tuple[int, int]] = []

    def add(m, basis, region=None, **kw):
        found, bad = _items(m, where, date, basis, sources, region, **kw)
        shift = len(figures)
        for f in found:
            if f.parent is not None:
                f.parent += shift
        figures.extend(found)
        unknown.extend(bad)
        taken.append((m.start(), m.end()))

    for pat in CUMULATIVE:
        for m in pat.finditer(text):
            add(m, "cumulative")
    if not figures:
        raise ParseError(f"{where}: no 'In total, since the beginning of the special military operation … destroyed' "
                         "list could be read")
    for pat in PAST_DAY:
        for m in pat.finditer(text):
            add(m, "increment")
    for lenient, pats in ((False, DIRECTION), (True, (DESTROYED, SHOT_DOWN))):
        for para in re.finditer(r"[^\n]+", text):
            for pat in pats:
                for m in pat.finditer(text, para.start(), para.end()):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    add(m, "increment", _region(text, para, m.start()), lenient=lenient, destroyed=pat is DESTROYED)
    if unknown:
        raise DriftError([f"{lab!r} is not in the table" for lab in unknown], "ru_mod", where)
    return ParseResult(figures=figures, text=text, meta={"published": date, "publisher": "RUS-MOD"})
