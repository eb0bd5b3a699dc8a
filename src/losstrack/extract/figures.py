"""Step 2 and 3 of article extraction: tie numbers to category labels, then attach qualifier, fate
(killed, wounded, ...) and "including" nesting.

A figure is a number with a category label right after it ("69 tanks", "three United States-made
HIMARS", "dozens of drones"), right before it ("tanks ‒ 8,786", "personnel: about 32,750") or
governing it in the same clause ("the number of tanks destroyed rose to 8,786"). A number with no
label is not a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocab import category_of, models, normalize_label, taxonomy
from .lexicon import cues, label_pattern, qualifier_pattern
from .numbers import Number, find_numbers
from .sentences import Sentence

#: Words that may stand between a number and its label ("12 enemy tanks", "three US-made HIMARS").
_STOP = {
    "and", "or", "but", "at", "in", "on", "by", "from", "to", "with", "near", "for", "against", "into", "per",
    "than", "while", "which", "that", "who", "was", "is", "were", "are", "had", "has", "have", "been", "be",
    "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "as", "since", "over", "after",
    "before", "during", "between", "about", "up", "down", "out", "off", "each", "every", "per", "year", "years",
    "day", "days", "week", "weeks", "month", "months", "hours", "km", "kilometres", "kilometers", "miles",
}
_OF = re.compile(r"\s*(?:of\s+(?:the\s+|their\s+|its\s+)?|(?:were|are|was|being)\s+)?", re.IGNORECASE)
_WORD = re.compile(r"\s*([\w’'.\-]+)")
_BEFORE_SEP = re.compile(r"\s*[‒–—\-:=]\s*$|\s+(?:of|at|to)\s+$|\s*\(\s*$")
_GOVERN = re.compile(
    r"(?:rose|risen|increased|climbed|grew|reached|reaches|stands?|stood|totals?|totaled|totalled|amounted|amounts?|"
    r"came|comes|is|was|are|were|now|at|to|of|hit)\s+(?:to\s+|at\s+)?(?:some\s+|about\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_NESTING = re.compile(
    r"\b(?:including|includ(?:ed|es)|among them|among which|of which|of them|of these|incl\.|in particular|"
    r"зокрема|у тому числі|в тому числі|в том числе|из них|з них)\b",
    re.IGNORECASE,
)
_POST_QUAL = re.compile(r"^(?:\s*-?\s*plus\b|\s+or\s+more\b|\s+and\s+more\b|\+(?!\s*\d))", re.IGNORECASE)
PERSONNEL = "personnel"


@dataclass
class Found:
    """A figure inside one sentence (absolute offsets)."""

    number: Number
    label: str
    label_span: tuple[int, int]
    category: str
    model: str | None
    qualifier: str
    parent: int | None = None  # index into the sentence's figure list


def _labels(text: str):
    return [(m.start(), m.end(), m.group(0)) for m in label_pattern().finditer(text)]


def _label_after(text: str, pos: int, labels) -> tuple[int, int, str] | None:
    """The label that a number ending at ``pos`` counts, allowing up to four modifier words between."""
    m = _OF.match(text, pos)
    cur = m.end() if m else pos
    for _ in range(5):
        for ls, le, lab in labels:
            if ls == cur or (ls > cur and not text[cur:ls].strip()):
                return ls, le, lab
        w = _WORD.match(text, cur)
        if not w or w.group(1).lower() in _STOP or any(ch.isdigit() for ch in w.group(1)):
            return None
        if w.group(1).endswith((",", ";", ".")) and not w.group(1).endswith("."):
            return None
        cur = w.end()
        while cur < len(text) and text[cur] == " ":
            cur += 1
    return None


def _label_before(text: str, start: int, labels, nums_before: list[Number]) -> tuple[int, int, str] | None:
    """A label written before the number: "tanks ‒ 8,786" or "the number of tanks ... rose to 8,786"."""
    prev_end = max((n.end for n in nums_before), default=0)
    lead = text[:start]
    q = qualifier_pattern().search(lead)
    core = lead[: q.start()] if q else lead
    for ls, le, lab in reversed(labels):
        if le > len(core) or ls < prev_end:
            continue
        between = core[le:]
        if _BEFORE_SEP.fullmatch(between) or _BEFORE_SEP.search(between) and len(between.strip()) <= 2:
            return ls, le, lab
        if len(between.split()) <= 8 and _GOVERN.search(between) and not re.search(r"[;:]", between):
            return ls, le, lab
        return None
    return None


def _qualifier(text: str, num: Number) -> str:
    if num.value_high is not None:
        return "range"
    m = qualifier_pattern().search(text[max(0, num.start - 25): num.start])
    if m:
        from ..vocab import qualifier_phrases

        return qualifier_phrases()[m.group(1).lower()]
    if _POST_QUAL.match(text[num.end: num.end + 10]):
        return "at_least"
    return "exact"


def _fate(text: str, num: Number, label_end: int, next_start: int) -> str:
    """Personnel category from the fate words around a personnel figure (killed, wounded, ...)."""
    c = cues()
    after = text[label_end: min(next_start, label_end + 60)]
    after = re.split(r"[;,](?!\d)|\band\s+(?=\d)", after)[0]
    before = text[max(0, num.start - 40): num.start]
    before = re.split(r"[;,]|\band\b", before)[-1]
    for window in (after, before):
        if c["casualties"].search(window):
            return "personnel_casualties"
        hits = [(m.start(), kind) for kind in ("killed", "wounded", "captured", "missing") for m in c[kind].finditer(window)]
        if hits:
            return "personnel_" + min(hits)[1] if window is after else "personnel_" + max(hits)[1]
    return "personnel_casualties"


def find_in_sentence(sent: Sentence) -> list[Found]:
    """Every figure of one sentence, with qualifier, fate and nesting attached."""
    text = sent.text
    nums = [n for n in find_numbers(text) if not n.increment]
    if not nums:
        return []
    labels = _labels(text)
    if not labels:
        return []
    tree = taxonomy()
    found: list[Found] = []
    for i, num in enumerate(nums):
        lab = _label_after(text, num.end, labels)
        if lab is None:
            lab = _label_before(text, num.start, labels, nums[:i])
        if lab is None:
            continue
        ls, le, label = lab
        category = category_of(label)
        if category is None:
            continue
        named = models().get(normalize_label(label)) or models().get(normalize_label(label).removesuffix("s"))
        model = named[0] if named else None
        if category == PERSONNEL or tree.parent.get(category) == PERSONNEL and category == "personnel_casualties":
            nxt = nums[i + 1].start if i + 1 < len(nums) else len(text)
            category = _fate(text, num, max(le, num.end), nxt)
        found.append(
            Found(
                number=_shift(num, sent.start),
                label=label,
                label_span=(sent.start + ls, sent.start + le),
                category=category,
                model=model,
                qualifier=_qualifier(text, num),
            )
        )
    _nest(text, found, sent.start, tree)
    return found


def _shift(num: Number, by: int) -> Number:
    return Number(num.start + by, num.end + by, num.value, num.value_high, num.vague, num.increment)


def _nest(text: str, found: list[Found], offset: int, tree) -> None:
    """Link "X, including Y" parts to their whole: the nearest earlier figure of the same or a broader category."""
    for j in range(1, len(found)):
        prev_end = found[j - 1].number.end - offset
        gap = text[prev_end: found[j].number.start - offset]
        if not _NESTING.search(gap):
            # a list continuing after an "including": "11 MLRS, including 3 HIMARS and 2 M270"
            if found[j - 1].parent is None or not re.fullmatch(r"[^.;:]*?(?:,|\band\b)[^.;:]*", gap):
                continue
        for k in range(j - 1, -1, -1):
            cand = found[k]
            if cand.parent is not None or cand.number.value < found[j].number.value:
                continue
            if tree.is_same_or_ancestor(cand.category, found[j].category):
                found[j].parent = k
                break
            # "40 armoured vehicles, including 12 tanks": a whole that names its sibling's kind among its
            # parts is the common parent ("armor"), so the whole moves up one level.
            up = tree.parent.get(cand.category)
            if up is not None and up == tree.parent.get(found[j].category) and _NESTING.search(gap):
                cand.category = up
                found[j].parent = k
                break
