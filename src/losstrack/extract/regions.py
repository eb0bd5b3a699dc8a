"""Step 6 of article extraction: the region or front a figure refers to ("in the Kursk region",
"near Bakhmut", "on the Pokrovsk direction", "in Donetsk oblast", "in the battle for Bakhmut"; in Ukrainian and
Russian "на Покровському напрямку", "в Курской области", "на Харківщині", "под Авдеевкой", named in English from
``data/places.csv``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from ..vocab import read_table
from .lexicon import lower, plain, trie_regex, twin
from .sentences import Sentence

_WORD = r"[A-ZА-ЯІЇЄҐ][\w'’\-]+"
_NAME = rf"{_WORD}(?:\s+(?:(?:al|el|ad|as|ar|an|at|ash)-)?{_WORD})?|{_WORD}\s+(?:al|el)-{_WORD}"
#: The keyword is found first (one scan of the lower-cased text), then the place name next to it.
_KEY = re.compile(  # "(?=[...])": the first letters of the alternatives, a quick test that rejects other places
    r"\b(?=[abcdfginoprsv])(?:(?P<suf>region|oblast|province|governorate|direction|axis|front|sector|area|district|operation|offensive|"
    r"incursion|counteroffensive|village)|(?P<pre>near|outside|around|in the vicinity of|(?:battle|battles|fight|fighting|"
    r"struggle) (?:for|around)|in and around|defen[cs]e of))\b"
)
_NAME_BEFORE = re.compile(rf"(?P<a>{_NAME})(?:'s|’s)?\s+$")
_NAME_AFTER = re.compile(rf"\s+(?P<b>{_NAME})")
_NOT_PLACES = {"The", "This", "That", "Russia", "Ukraine", "Russian", "Ukrainian", "Western", "Eastern", "Southern",
               "Northern", "Central", "Security", "Defense", "Defence", "Ministry", "General", "A", "An", "Staff",
               "Israel", "Israeli", "Gaza's", "Its", "Their", "Our", "Sudan", "Lebanon",
               "Military", "Operational", "Naval", "Army", "War"}  # ("the army's 5th Military Region": a command, not a
# place; nor the ELN's "Western War Front")


#: Before a Cyrillic place: "near" ("під Покровськом", "под Авдеевкой"); after its word: a keyword ("на Покровському
#: напрямку", "в Курской области"). An oblast's colloquial name ("на Харківщині") or Crimea needs neither.
_NEAR = re.compile(r"(?<!\w)(?:під|біля|поблизу|неподалік від|в районі|у районі|под|около|возле|вблизи|в районе)\s+$",
                   re.IGNORECASE)
_WORD_KEY = re.compile(r"[\w'ʼ’-]*(?P<key>\s+(?:напрям\w*|направлени\w*|област\w*|район\w*))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern, dict[str, tuple[str, bool]]]:
    """One pattern of every stem of ``data/places.csv`` (the longest at each place, as a trie: three times faster than
    the plain alternation) and stem → (English name, alone)."""
    rows = {r["stem"]: (r["name"], bool(r["alone"])) for r in read_table("places.csv")}
    return re.compile(trie_regex(rows, literal=True)), rows


def _cyrillic_regions(text: str, low: str) -> list[tuple[int, int, str]]:
    pattern, names = _places()
    out = []
    for m in pattern.finditer(low):
        if m.start() and low[m.start() - 1].isalpha():
            continue  # a stem inside a word
        word = _WORD_KEY.match(text, m.start())
        near = _NEAR.search(text, max(0, m.start() - 24), m.start())
        name, alone = names[m.group(0)]
        if near or word.group("key") or alone:
            out.append((near.start() if near else m.start(), word.end(), name))
    return out


def find_regions(text: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Region mentions as ``(start, end, name)``; the name without "region"/"oblast" ("Kursk"). ``low`` is
    ``lower(text)`` if already known."""
    out = [] if text.isascii() else _cyrillic_regions(text, lower(text) if low is None else low)
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
    return sorted(out)


def region_for(sentence_regions: list[tuple[int, int, str]], around: list[tuple[int, int, str]]) -> str | None:
    """The sentence's own region, else the only region ``around`` it (its paragraph's), else ``None``."""
    if sentence_regions:
        return sentence_regions[0][2]
    names = {r[2] for r in around}
    return names.pop() if len(names) == 1 else None

_WHOLE_FRONT = re.compile(r"\b(?:across the (?:entire )?front(?: line)?|along the (?:entire )?front(?: line)?|"
                          r"on all (?:fronts|directions)|nationwide|across ukraine|по всей линии|по всій лінії|"
                          r"(?:over|in|across|above) (?:several|various|multiple|many|a number of|\d+) (?:regions|oblasts|provinces|areas)|"
                          r"since the (?:(?:start|beginning) of the )?(?:full-scale )?(?:war|invasion)|"  # the whole war's totals
                          r"с начала (?:специальной военной операции|сво)|з початку (?:повномасштабного вторгнення|війни))\b",
                          re.IGNORECASE)
_WHOLE_FRONT_TWIN = twin(_WHOLE_FRONT)  # for lower-cased plain sentences (see lexicon.twin)


def sentence_region(s: Sentence, para_start: int, doc_regions, lead_end: int) -> tuple[str | None, list]:
    """The sentence's region; else the only region named before it in its paragraph (from ``para_start``), or if
    that names none, the document's only region if named by the end of its first sentence with figures (``lead_end``:
    a text about one place names it first, not in its third paragraph); none when the sentence names none and speaks
    of the whole front or war.
    Second: the sentence's regions when it names several or speaks of the whole front (each figure then takes its own,
    see :func:`own_region`), else ``[]``."""
    own = regions_between(doc_regions, s.start, s.end)
    if whole_front(s.text):  # a place it names is that of the figure before it ("sunk a ship near Crimea, bringing to 27
        return None, own  # the number ... since the invasion began": the ship's, not the total's)
    para = regions_between(doc_regions, para_start, s.start)
    if not para and doc_regions[:1] and doc_regions[0][0] < min(s.start, lead_end):  # a text about one place
        para = doc_regions
    return region_for(own, para), own if len({r[2] for r in own}) > 1 else []


def regions_between(regions: list[tuple[int, int, str]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The regions (sorted by start, as :func:`find_regions` returns them) that start in ``[lo, hi)``, in order: found by
    bisection, so a long text's figure sentences do not each scan all its regions."""
    return regions[bisect_left(regions, lo, key=_start): bisect_left(regions, hi, key=_start)]


_start = itemgetter(0)


def whole_front(text: str) -> bool:
    """Whether a sentence speaks of the whole front (:data:`_WHOLE_FRONT`; in a plain text, its twin runs on the lower
    case only if one of the words every match holds is there)."""
    if plain(text):
        low = text.lower()
        return any(w in low for w in _WHOLE_FRONT_WORDS) and _WHOLE_FRONT_TWIN.search(low) is not None
    return _WHOLE_FRONT.search(text) is not None


_WHOLE_FRONT_WORDS = ("front", "on all ", "nationwide", "across ukraine", "по всей линии", "по всій лінії", "regions", "oblasts",
                      "provinces", "areas", "since the", "с начала", "з початку")


def own_region(own: list, start: int, stop: int) -> str | None:
    """In a sentence naming several regions, a figure's region is the one named between its number and the next
    figure's ("29 over the Bryansk region, 10 over the Kursk region"); none if it names none (a total over several)."""
    return next((name for pos, _e, name in own if start <= pos < stop), None)
