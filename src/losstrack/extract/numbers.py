"""Step 1 of article extraction: find the numbers in a text, as digits, words or ranges.

Handles thousands separators of either convention ("5,000", "5 000", "5.000"), decimals with scale
words ("1.2 million", "2.5 thousand"), number words ("five", "twenty-three", "a dozen"), vague words
("dozens", "hundreds" — returned as ranges, see :data:`VAGUE`), ranges ("200–300", "between 200 and
300") and "(+N)" daily increments. Numbers that are parts of names ("T-72", "Su-34", "47th") are not
returned.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..vocab import read_table
from .dates import MONTH_PATTERN
from .lexicon import lower, plain, trie_regex, twin


class Number(NamedTuple):
    """A number found in a text: ``text[start:end]`` reads as ``value`` (… ``value_high`` for a range).

    A named tuple (immutable, and several times cheaper to create than a frozen dataclass).
    """

    start: int
    end: int
    value: int
    value_high: int | None = None
    vague: bool = False  # "dozens", "hundreds": a documented range, not a point
    increment: bool = False  # a "(+N)" daily change in brackets
    bare: bool = False  # a bare noun in a list of figures ("..., танк, ...") read as one


#: Vague quantity words → (low, high): the range they are read as. Documented in the README.
VAGUE = {
    "dozens": (24, 99),
    "several dozen": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "thousands": (2000, 9999),
    "several thousand": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "a few dozen": (24, 99),
    "a few hundred": (200, 999),
    "a few thousand": (2000, 9999),
    "десятки": (24, 99),  # "tens", read as "dozens" (the blind annotators read it so)
    "десятков": (24, 99),
    "десятків": (24, 99),
    "сотни": (200, 999),
    "сотен": (200, 999),
    "сотні": (200, 999),
    "сотень": (200, 999),
    "тысячи": (2000, 9999),
    "тисячі": (2000, 9999),
    "десятки тысяч": (20000, 99999),
    "десятки тисяч": (20000, 99999),
    "десятков тысяч": (20000, 99999),
    "десятків тисяч": (20000, 99999),
    "сотни тысяч": (200000, 999999),
    "сотні тисяч": (200000, 999999),
}


#: "сотни", "тысячи" are "hundreds", "thousands", but after a hedge the genitive of one: "более сотни" is more than a
#: hundred, "понад тисячі" more than a thousand.
_ONE_AFTER_HEDGE = {"сотни": 100, "сотні": 100, "тысячи": 1000, "тисячі": 1000}
_HEDGE_BEFORE = re.compile(r"(?<!\w)(?:более|свыше|больше|около|почти|порядка|до|понад|більше|близько|майже|до)\s+$")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, dict[str, float]]:
    """The number words of ``data/number_words.csv`` (all languages) by kind: ``unit`` (adds), ``scale`` (multiplies),
    ``suffix`` (a scale read only glued to digits: "1.3m", never "5 m" — alone, it is another word or a unit)."""
    out: dict[str, dict[str, float]] = {"unit": {}, "scale": {}, "suffix": {}}
    for row in read_table("number_words.csv"):
        value = float(row["value"])  # "півтори"/"полторы" (one and a half) only make sense before a scale word
        out[row["kind"]][row["word"].lower()] = int(value) if value.is_integer() else value
    return out


def _words() -> tuple[dict[str, float], dict[str, int]]:
    """Number words and scale words (suffixes apart, see :func:`_suffixes`)."""
    return _vocabulary()["unit"], _vocabulary()["scale"]


def _suffixes() -> dict[str, int]:
    """Scale words read only glued to digits ("1.3m")."""
    return _vocabulary()["suffix"]


_SEP_DIGITS = r"\d{1,3}(?:(?:,|\.|[ \u00a0\u202f\u2009])\d{3})+(?![\d])"
_PLAIN = r"\d+(?:[.,]\d+)?"
_SEP_DIGITS_RE = re.compile(_SEP_DIGITS)
_NON_DIGIT = re.compile(r"\D")
_NUMBER_PHRASE = re.compile(rf"^(?P<d>{_SEP_DIGITS}|{_PLAIN})(?P<sp>\s+)?(?P<scale>[^\d\s].*)?$")
_TOKEN_SEP = re.compile(r"[\s\-]+")
_DASH = r"\s*(?:-|–|—|‒|−|to)\s*"


@lru_cache(maxsize=1)
def _patterns():
    units, scales = _words()

    unit_alt, scale_alt, vague_alt = trie_regex(units), trie_regex(scales), trie_regex(VAGUE)
    digits = rf"(?:{_SEP_DIGITS}|{_PLAIN})"
    suffix = rf"|(?:{trie_regex(_suffixes())})(?![\w\-])" if _suffixes() else ""
    scaled = rf"{digits}(?:\s*(?:{scale_alt})\b\.?{suffix})?"
    word = (rf"(?:(?:{unit_alt})(?:[\s\-]+(?:and\s+)?(?:{unit_alt}))*(?:\s+(?:{scale_alt})"
            rf"(?:[\s\-]+(?:and\s+)?(?:{unit_alt})(?:[\s\-]+(?:{unit_alt}))*)?)*|a\s+(?:{scale_alt}))")  # (and the
    # units after a scale word: "nine hundred and eighty-four", "one thousand two hundred", "три тысячи двести")
    num = rf"(?:{scaled}|{word})"
    full = re.compile(
        rf"(?P<incr>\(\s*\+\s*(?P<inc>{digits})\s*\))"
        rf"|(?P<thou>(?<![\w.,])(?P<t1>\d{{1,3}})\s+(?:тыс\.|тис\.|тысяч[аи]?|тисяч[аі]?)\s+(?P<t2>\d{{3}})(?![\d]))"  # "39 тыс. 465" (Russian MoD)
        rf"|(?P<between>\bbetween\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})\b)"
        rf"|(?P<fromto>(?<!\w)(?:від|от)\s+(?P<c1>{num})\s+до\s+(?P<c2>{num})(?!\w))"  # "от 600 000 до 700 000"
        rf"|(?P<range>(?<![\w\-.,])(?P<r1>{digits}){_DASH}(?P<r2>{scaled})(?![\w\-]))"
        rf"|(?P<vague>\b(?:{vague_alt})\b)"
        rf"|(?P<num>(?<![\w\-./])(?:{scaled}(?![\w\-]|[.,]\d)|\b{word}\b))",  # scanned on lower-cased text
    )
    return full, units, scales


def _digits_value(s: str) -> float:
    s = s.strip()
    if _SEP_DIGITS_RE.fullmatch(s):
        return float(_NON_DIGIT.sub("", s))
    return float(s.replace(",", "."))


@lru_cache(maxsize=8192)
def parse_number(s: str) -> int | None:
    """The value of one number phrase ("5,000", "1.2 million", "twenty-three", "a dozen"), or ``None``.

    Memoised: a pure function of a short phrase, and the same few thousand phrases recur.
    """
    _full, units, scales = _patterns()
    s = s.strip().lower()
    m = _NUMBER_PHRASE.match(s)
    if m:
        value = _digits_value(m.group("d"))
        scale = (m.group("scale") or "").rstrip(".")
        if scale:
            factor = scales.get(scale) or (_suffixes().get(scale) if m.group("sp") is None else None)
            if factor is None:
                return None
            value *= factor
        return int(round(value))
    total, current = 0, 0
    for tok in _TOKEN_SEP.split(s):
        if tok in ("and", "a", "an", ""):
            continue
        if tok in units:
            current += units[tok]
        elif tok in scales:
            current = max(current, 1) * scales[tok]
            if scales[tok] >= 1000:
                total, current = total + current, 0
        else:
            return None
    total += current
    return int(total) if total and float(total).is_integer() else None


def find_numbers(text: str, low: str | None = None) -> list[Number]:
    """Every number in ``text`` (see module docstring), in order; ``low`` is ``lower(text)`` if already known."""
    full, _units, _scales = _patterns()
    out = []
    low = lower(text) if low is None else low
    plain_low = low if plain(text) else None  # for the case-sensitive twins of _is_name_part
    for m in _matches(full, low):
        kind = m.lastgroup  # the outermost group of the alternative that matched (never empty)
        if kind == "incr":
            v = parse_number(m.group("inc"))
            if v is not None:
                out.append(Number(m.start("inc"), m.end("inc"), v, increment=True))
        elif kind == "thou":
            out.append(Number(m.start(), m.end(), int(m.group("t1")) * 1000 + int(m.group("t2"))))
        elif kind in ("between", "range", "fromto"):
            a, b = {"between": ("b1", "b2"), "range": ("r1", "r2"), "fromto": ("c1", "c2")}[kind]
            lo, hi = parse_number(m.group(a)), parse_number(m.group(b))
            # "от 219 до 250 тысяч", "between 2 and 3 million", "between 2.5 and 3 million": the scale word of the high
            # end serves both ends
            if lo is not None and hi is not None and lo < hi and (bare := _LEAD_DIGITS.match(m.group(b))) \
                    and not _LETTER.search(m.group(a)) and _LETTER.search(m.group(b)) \
                    and (scale := hi // max(1, parse_number(bare.group(0)) or 1)) >= 1000 and lo * scale <= hi:
                dec = _DECIMAL.fullmatch(m.group(a).strip())
                lo = round(float(m.group(a).strip().replace(",", ".")) * scale) if dec else lo * scale
            if lo is not None and hi is not None and hi > lo and not (
                    (1900 <= lo <= 2100 or (lo <= 31 < hi)) and _DAY_MONTH_BEFORE.search(low, max(0, m.start(a) - 20), m.start(a))):
                # (not "rose from 9,680 on January 1, 2025 to 11,462": a date's year is no range's start; nor "on
                # November 20 – 1,430 troops in a day": a date's day)
                out.append(Number(m.start(a), m.end(b), lo, hi))
            elif lo is not None and hi is not None:  # "2022-2023"-like or odd: keep the parts apart
                out.append(Number(m.start(a), m.end(a), lo))
                out.append(Number(m.start(b), m.end(b), hi))
        elif kind == "vague":
            word = m.group("vague").lower()
            if word in _ONE_AFTER_HEDGE and _HEDGE_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                out.append(Number(m.start(), m.end(), _ONE_AFTER_HEDGE[word]))  # "более сотни": more than a hundred
                continue
            lo, hi = VAGUE[word]
            out.append(Number(m.start(), _past_quote(text, m.start(), m.end()), lo, hi, vague=True))
        else:
            s = m.group("num")
            if _is_name_part(text, m.start(), m.end(), plain_low):
                continue
            v = parse_number(s)
            if v is not None:
                out.append(Number(m.start(), _past_quote(text, m.start(), m.end()) if s[0].isalpha() else m.end(), v))
    return out


_LEAD_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
_LETTER = re.compile(r"[^\W\d_]")
_DAY_MONTH_BEFORE = re.compile(MONTH_PATTERN + r"\s+(?:\d{1,2},?\s+)?$|\d{1,2}\s+" + MONTH_PATTERN + r",?\s+$")
_OPEN_QUOTES, _CLOSE_QUOTES = "\"“«'‘„", "\"”»'’“"


def _past_quote(text: str, start: int, end: int) -> int:
    """The end of a number word the writer quoted ("killed \"dozens\" of soldiers"): past its closing quote, so the
    words after it read as its label."""
    if start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES:
        return end + 1
    return end


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern:
    """Where a number can start, in one scan: "(" or the first digit of a run (every alternative of the big pattern
    that can start at a digit refuses one glued to a preceding word character, and digits are word characters); or a
    number written in words: a number word at the start of a word (every alternative of the big pattern that can start
    at a letter asks for a word boundary or no word character before it, so when every word starts with a letter, one
    glued to a preceding word character is skipped; checked here). No number word holds a digit or "(", so the two
    kinds of anchor never overlap."""
    units, scales = _words()
    words = {*units, *scales, *VAGUE, "between", "від", "от", *(f"a {w}" for w in scales), *(f"an {w}" for w in scales)}
    start = r"(?<!\w)" if all(_WORD_START.match(w) for w in words) else ""
    if any(_DIGIT_OR_PAREN.search(w) for w in words):
        raise ValueError("a number word holds a digit or '(': the anchors would overlap")
    return re.compile(r"[\d(](?<!\d\d)|" + start + "(?:" + trie_regex(words) + ")")


_WORD_START = re.compile(r"\w")
_DIGIT_OR_PAREN = re.compile(r"[\d(]")


def _matches(full: re.Pattern, low: str):
    """``full.finditer(low)``, but trying the big pattern only where a number can start (a digit, "(", a
    number word): the same matches, several times faster on prose."""
    end = 0
    for anchor in _anchor().finditer(low):
        pos = anchor.start()
        if pos < end:
            continue
        m = full.match(low, pos)
        if m:
            end = m.end()
            yield m


def _is_name_part(text: str, start: int, end: int, plain_low: str | None = None) -> bool:
    """Numbers glued to names or units ("T-72", "Su-34", "47th", "155mm", "10%"), or the number of a version
    ("Merkava Mk 4", "Leopard 2", "Type 99", "Block 3"). ``plain_low``: the lower case of a plain text, scanned with the
    case-sensitive twins (see lexicon.twin)."""
    before = text[max(0, start - 2):start]
    if not before.endswith(" ") and _GLUED_BEFORE.search(before):
        return True
    version, glued, t = (_VERSION_BEFORE, _GLUED_AFTER, text) if plain_low is None else (_VERSION_TWIN, _GLUED_TWIN, plain_low)
    if version.search(t, max(0, start - 12), start) or (
            text[start].isdigit() and _PLACE_BEFORE.search(text, max(0, start - 12), start)):  # (a place is named by
        return True  # digits: "защитников высоты шестеро" counts the defenders)
    return glued.match(t, end) is not None or (text[start].isdigit() and _UNIT_AFTER.match(text, end) is not None)


#: A unit numbered by digits before its capitalised name ("37 Rashtriya Rifles", "3 Para", "40 Commando", "16 Air Assault
#: Brigade"), as British and Indian writing names them; not a count of the unit's men before a plural ("13 Golani Brigade
#: soldiers", "5 Gorkha Rifles Soldiers Killed", "2 Russian Brigade Commanders").
_UNIT_AFTER = re.compile(r"(?:\s+(?:and|&)\s+\d{1,3})?\s+(?:[A-Z][\w'-]+\s+){0,3}(?:Rifles|Regiment|Brigade|Battalion|Division|Corps|"
                         r"Para|Squadron|Commando|Light Infantry)\b(?!-)(?!\s+(?:[A-Za-z]+s|(?i:personnel|men|dead|killed|wounded))\b)")
_VERSION_BEFORE = re.compile(r"\b(?:mk|mark|type|block|model|series|version|generation|gen|no)\.?\s*$", re.IGNORECASE)
#: A place named by a number ("Tower 22", "Hill 355", "Route 1", "высота 223"): capitalised in English, any case in Cyrillic.
_PLACE_BEFORE = re.compile(r"(?:\b(?:Tower|Camp|Hill|Route|Highway|Checkpoint|Outpost|Gate|Pier|Sector|Kilometre|Kilometer)"
                           r"|(?<!\w)(?:[Вв]ысот[аеуы]|[Вв]исот[аиі]))\s+$")


_GLUED_BEFORE = re.compile(r"[A-Za-zА-Яа-яІіЇїЄєҐґ]-?$")
_GLUED_AFTER = re.compile(
    r"(?:st|nd|rd|th)\b|-?(?:mm|km|kg|cm)\b|\s?(?:%|percent|per cent|відсот|процент)"
    r"|-(?:year|month|day|week|hour|km|mile|strong|member|man|way|off|sided)\b", re.IGNORECASE)
_VERSION_TWIN, _GLUED_TWIN = twin(_VERSION_BEFORE), twin(_GLUED_AFTER)


def has_word_number(text: str, low: str | None = None) -> bool:
    """Whether a text may hold a number written as a word (a cheap test before the full scan); ``low`` is
    ``lower(text)`` if already known."""
    return _word_probe().search(lower(text) if low is None else low) is not None


@lru_cache(maxsize=1)
def _word_probe() -> re.Pattern:
    units, scales = _words()
    words = sorted({*units, *scales, *VAGUE}, key=len, reverse=True)

    return re.compile(r"(?<!\w)(?:" + trie_regex(words) + r")(?!\w)")
