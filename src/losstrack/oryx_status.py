"""Oryx link texts such as "(53, 54, 55, 56 and 57, captured and later destroyed)": case numbers, status, note.

The status vocabulary (canonical status and the heading bucket it is counted under) is data:
``losstrack/data/oryx_statuses.csv``. A status that matches no pattern is kept as written, with
``counted_as`` left empty, so reconciliation shows it instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocab import read_table

BUCKETS = ("destroyed", "damaged", "abandoned", "captured", "sunk")

#: The leading case numbers: "1", "6 and 7", "53, 54, 55, 56 and 57", "1-3", "1 & 2". A number glued to
#: a unit or letters ("23mm", "2B9") is not a case number.
_NUM = r"\d+(?![\w.'’/])"
_IDS = re.compile(rf"^\s*(?P<ids>{_NUM}(?:\s*(?:,|and|&|-|–|to)\s*{_NUM})*)\s*(?:,|\s|$)", re.IGNORECASE)
_SEP = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)
_RANGE = re.compile(r"^(\d+)\s*(?:-|–|to)\s*(\d+)$")
#: A case group anywhere in a list line: a parenthesis that opens with a number and contains a comma
#: or a status word, e.g. "(8, damaged and captured)" but not "(MRAP)" or "(1989)".
CASE_GROUP = re.compile(r"\(\s*\d[^()]*?\)")

#: Largest span a range "1-30" may cover before it is treated as text, not as case numbers.
MAX_RANGE = 200


@dataclass(frozen=True)
class StatusRule:
    """One row of ``oryx_statuses.csv``."""

    pattern: re.Pattern
    status: str
    counted_as: str


@dataclass(frozen=True)
class Case:
    """One link text, read: its case numbers (one per item), status and any note."""

    ids: tuple[int, ...]
    status: str | None
    status_text: str
    counted_as: str | None
    note: str | None = None
    raw: str = ""
    problems: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def status_rules() -> tuple[StatusRule, ...]:
    """The status vocabulary from ``oryx_statuses.csv``."""
    out = []
    for row in read_table("oryx_statuses.csv"):
        for bucket in row["counted_as"].split("|"):
            if bucket not in BUCKETS:
                raise ValueError(f"oryx_statuses.csv: counted_as {row['counted_as']!r} is not in {BUCKETS}")
        out.append(StatusRule(re.compile(rf"(?:{row['pattern']})\b", re.IGNORECASE), row["status"], row["counted_as"]))
    return tuple(out)


def match_status(text: str, pos: int = 0) -> tuple[StatusRule, int] | None:
    """The longest status rule matching ``text`` at ``pos``, with the end of the match."""
    best = None
    for rule in status_rules():
        m = rule.pattern.match(text, pos)
        if m and (best is None or m.end() > best[1]):
            best = (rule, m.end())
    return best


def bucket_for(counted_as: str | None, printed: set[str]) -> str | None:
    """The heading bucket of a status given the buckets a heading prints ("sunk|destroyed" → first printed)."""
    if not counted_as:
        return None
    options = counted_as.split("|")
    for b in options:
        if b in printed:
            return b
    return options[-1]


def parse_ids(ids: str) -> list[int]:
    """"53, 54 and 55" → [53, 54, 55]; "1-3" → [1, 2, 3]."""
    out: list[int] = []
    for part in _SEP.split(ids.strip()):
        if not part:
            continue
        m = _RANGE.match(part)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo <= hi <= lo + MAX_RANGE:
                out.extend(range(lo, hi + 1))
                continue
            out.extend([lo, hi])
            continue
        out.append(int(part))
    return out


_WS = re.compile(r"\s+")
_COMMA = re.compile(r",\s*")
_WORD = re.compile(r"\b\w")


def _clean(s: str) -> str:
    return _WS.sub(" ", s.replace("\xa0", " ")).strip(" ,;:")


@lru_cache(maxsize=65536)
def parse_case(text: str) -> Case:
    """Read one Oryx link text.

    Parameters
    ----------
    text : str
        The text with or without its parentheses, e.g. ``"(1, BG-32 'Donbass' sunk)"``.

    Returns
    -------
    Case
        ``ids`` has one number per item the link covers; ``status`` is canonical (``None`` when no
        known status is found, with the words kept in ``status_text``); ``note`` holds names, weapons
        ("with 23mm ZU-23") and causes ("by Bayraktar TB2").
    """
    raw = _clean(text)
    body = raw[1:-1] if raw.startswith("(") and raw.endswith(")") else raw
    body = _clean(body)
    m = _IDS.match(body)
    ids = tuple(parse_ids(m.group("ids"))) if m else ()
    rest = _clean(body[m.end():]) if m else body
    problems = () if ids else ("no case number",)
    # the status starts at the beginning of a comma-separated part; else anywhere at a word boundary
    starts = [0] + [p.end() for p in _COMMA.finditer(rest)]
    found = None
    for s in starts:
        hit = match_status(rest, s)
        if hit:
            found = (s, *hit)
            break
    if found is None:
        for w in _WORD.finditer(rest):
            hit = match_status(rest, w.start())
            if hit:
                found = (w.start(), *hit)  # "BG-32 'Donbass' sunk": no comma before the status
    if found is None:
        problems += ("no known status",)
        return Case(ids, None, rest, None, None, raw, problems)
    start, rule, end = found
    before, after = _clean(rest[:start]), _clean(rest[end:])
    note = "; ".join(x for x in (before, after) if x) or None
    return Case(ids, rule.status, _clean(rest[start:]), rule.counted_as, note, raw, problems)
