"""Plain-text tables inside an article, read as the lists the extractor already understands.

Outlets print weekly tallies, monitors' counts and scoreboards as tables: pipe tables
("| Tanks | 38 | 11,412 |"), tab-separated rows, or columns aligned with runs of spaces. A row of
cells is no sentence, so the extractor would find no figure in it. :func:`expand` rewrites each table
as one list per column of numbers (or per row, when the categories head the columns), under a header
made of the table's caption and that column's (or row's) heading::

    Russian losses reported by Ukraine's General Staff, 17–23 November 2026, Total since 24.02.2022:
    Tanks – 11,412

Every label and number is copied verbatim, so :meth:`Expanded.to_original` maps a figure's offsets in
the rewritten text back to the cell it came from, and :meth:`Expanded.row_of` gives the row as its quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..actors import find_actors
from .dates import DATE_RE
from .found import label_info

_RULE_ROW = re.compile(r"^[\s|:+=\-–—]*$")  # "|---|:---:|", "+----+----+"
_ALIGNED = re.compile(r"\s{2,}|\t")
#: A cell that is one figure: a number with separators, perhaps a hedge before it and a "(+N)" increment after it.
_NUMBER_CELL = re.compile(
    r"[~≈>+<]?\s*(?:(?:about|approx\.?|some|over|more than|at least|up to|близько|понад|щонайменше|до|около|более|свыше|"
    r"не менее)\s+)?\d[\d\s.,\u00a0\u202f']*(?:\s*\(\s*[+-]?\s*\d[\d\s.,\u00a0\u202f]*\))?\s*[*†]?",
    re.IGNORECASE)
_CAPTION_MAX = 160  # characters: a longer line is prose, no caption
_MIN_ROWS = 2  # a table has a heading or at least two rows of figures


@dataclass
class Expanded:
    """A text with its tables rewritten as lists, and the way back to the original offsets."""

    text: str
    original: str
    #: (start in ``text``, start in ``original``, length) of every verbatim copy, in order
    copies: list[tuple[int, int, int]] = field(default_factory=list)
    #: (start, end) in ``text`` of each generated list line → (start, end) of its row in ``original``
    rows: list[tuple[int, int, int, int]] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        """The offset in the original text of offset ``pos`` of the rewritten one."""
        i = bisect_right([c[0] for c in self.copies], pos) - 1
        if i < 0:
            return pos
        new, old, n = self.copies[i]
        return old + min(pos - new, n)

    def row_of(self, pos: int) -> str | None:
        """The original table row a position of a generated list line comes from (``None`` outside tables)."""
        for a, b, r0, r1 in self.rows:
            if a <= pos < b:
                return self.original[r0:r1].strip()
        return None


def _cells(line: str, pipes: bool) -> list[tuple[int, int]]:
    """(start, end) of each non-blank cell of a row, offsets inside ``line``."""
    out, pos = [], 0
    parts = re.split(r"\|" if pipes else _ALIGNED.pattern, line)
    for part in parts:
        start = line.index(part, pos) if part else pos
        pos = start + len(part)
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
    return out


def _numeric(cell: str) -> bool:
    return _NUMBER_CELL.fullmatch(cell.strip()) is not None


def _blocks(lines: list[tuple[int, str]]) -> list[tuple[int, int, bool]]:
    """Runs of table rows as (first line index, end index, pipe table?)."""
    # (a quick test per line first: a row holds a pipe, a tab or a run of spaces inside it; most lines hold none)
    maybe = [("|" in line or "\t" in line or "  " in line.strip()) for _off, line in lines]
    out, i = [], 0
    while i < len(lines):
        if not (maybe[i] and i + 1 < len(lines) and maybe[i + 1]):
            i += 1
            continue
        line = lines[i][1]
        pipes = line.count("|") >= 1 and "\t" not in line
        if pipes or len(_cells(line, False)) >= 2:
            j = i
            while j < len(lines) and maybe[j] and (
                    (lines[j][1].count("|") >= 1) == pipes and (pipes or len(_cells(lines[j][1], False)) >= 2)):
                j += 1
            if j - i >= _MIN_ROWS:
                out.append((i, j, pipes))
                i = j
                continue
        i += 1
    return out


def _caption(lines: list[tuple[int, str]], first: int) -> str:
    """The words that title a table: the short line right before it ("Russian losses, 17–23 November:"), else the
    text's title (its first line) when that is short; a paragraph of prose before a table titles nothing."""
    before = next((line.strip() for _off, line in reversed(lines[max(0, first - 3):first]) if line.strip()), "")
    title = next((line.strip() for _off, line in lines[:first] if line.strip()), "")
    for line in (before, title):
        if line and len(line) <= _CAPTION_MAX:
            return line.rstrip(":.")
    return ""


def _names_side(cell: str) -> bool:
    """Whether a cell names a state or an armed group ("Burkina Faso", "JNIM fighters")."""
    return bool(find_actors(cell))


def _is_label(cell: str) -> bool:
    return label_info(cell.strip().lower())[0] is not None


def expand(text: str) -> Expanded | None:
    """The text with each of its tables rewritten as lists (``None`` when it has no table of figures)."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return None
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    pieces: list[tuple] = []  # ("copy", start, end), ("text", str), and ("row", row span) / ("endrow", row span)
    # around each list line, in order
    done = 0  # original offset copied up to
    found = False
    for first, end, pipes in _blocks(lines):
        rows = []
        for k in range(first, end):
            off, line = lines[k]
            if _RULE_ROW.match(line):
                continue
            rows.append([(off + a, off + b) for a, b in _cells(line, pipes)] + [(off, off + len(line))])
        # (each row: its cells, then the whole line's span as the last item)
        if not rows:
            continue
        width = max(len(r) - 1 for r in rows)
        head = rows[0] if len(rows[0]) - 1 == width and not any(_numeric(text[a:b]) for a, b in rows[0][1:-1]) else None
        body = [r for r in rows if r is not head and len(r) - 1 == width]
        numeric_cols = [c for c in range(1, width) if sum(_numeric(text[r[c][0]:r[c][1]]) for r in body) >= max(1, len(body) // 2)]
        if not body or not numeric_cols or (head is None and len(body) < _MIN_ROWS):
            continue
        caption = _caption(lines, first)
        by_row = head is not None and sum(_is_label(text[a:b]) for a, b in head[1:-1]) > len(head[1:-1]) / 2 \
            and sum(_is_label(text[r[0][0]:r[0][1]]) for r in body) <= len(body) / 2
        found = True
        pieces.append(("copy", done, lines[first][0]))
        groups = []  # (heading span or None, [(label span, value span, row span)])
        if by_row:  # categories head the columns, each row is a day, a unit or a side
            for r in body:
                groups.append((r[0], [(head[c], r[c], r[-1]) for c in numeric_cols if _numeric(text[r[c][0]:r[c][1]])]))
        else:
            for c in numeric_cols:
                groups.append((head[c] if head else None,
                               [(r[0], r[c], r[-1]) for r in body if _numeric(text[r[c][0]:r[c][1]])]))
        for heading, items in groups:
            pieces.append(("text", caption))
            if heading is not None:  # (a day heading a row reads "on Nov 21", the day a daily figure is for)
                on = by_row and DATE_RE.fullmatch(text, *heading) and text[heading[0]].isascii()
                pieces.append(("text", ", on " if on else ", "))
                pieces.append(("copy", heading[0], heading[1]))
            pieces.append(("text", ":\n"))
            for label, value, row in items:
                if "(" in text[label[0]:label[1]] and not _is_label(text[label[0]:label[1]]):  # "UAVs (tactical level)"
                    label = (label[0], label[0] + len(text[label[0]:label[1]].split("(")[0].rstrip()))
                pieces.append(("row", row))
                if by_row and _names_side(text[heading[0]:heading[1]]) and not _names_side(text[label[0]:label[1]]):
                    pieces.append(("copy", heading[0], heading[1]))  # "Burkina Faso | 214" under "Soldiers": Burkina
                    pieces.append(("text", " "))  # Faso soldiers (a column of another side keeps its own: "JNIM fighters")
                pieces.append(("copy", label[0], label[1]))
                pieces.append(("text", " – "))
                pieces.append(("copy", value[0], value[1]))
                pieces.append(("endrow", row))
                pieces.append(("text", "\n"))
            pieces.append(("text", "\n"))
        done = lines[end - 1][0] + len(lines[end - 1][1])
    if not found:
        return None
    pieces.append(("copy", done, len(text)))
    out = Expanded(text="", original=text)
    parts: list[str] = []
    size, row_start = 0, 0
    for kind, *args in pieces:
        if kind == "copy":
            a, b = args
            out.copies.append((size, a, b - a))
            parts.append(text[a:b])
            size += b - a
        elif kind == "text":
            parts.append(args[0])
            size += len(args[0])
        elif kind == "row":
            row_start = size
        else:
            out.rows.append((row_start, size, *args[0]))
    out.text = "".join(parts)
    return out
