"""Read an Oryx list page (Blogger HTML) into headings and items, in document order.

The page is parsed with lxml (BeautifulSoup's own parse of the 1 MB Russia page takes about a second on
our machines; lxml alone about 0.07 s — see ``benchmarks/oryx.py``). Under each category heading, every
``<li>`` line is one model: a flag icon (country of manufacture), "N Model:" and one link per case
group, e.g. ``(53, 54, 55, 56 and 57, captured and later destroyed)``; each number is one item.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import lxml.html

from .oryx_headings import Heading, clean, parse_heading
from .oryx_status import CASE_GROUP, Case, parse_case

_HEAD_COUNT = re.compile(r"^(\d+)\s+(?=\S)")


@dataclass
class Line:
    """One list line: a model with its case groups (each with its evidence link, if any)."""

    model: str
    listed: int | None  # the "N" printed before the model name
    flag: str | None
    cases: list[tuple[Case, str | None]]


@dataclass
class Section:
    """A category heading and the lines under it."""

    heading: Heading
    side: Heading | None
    lines: list[Line] = field(default_factory=list)


@dataclass
class Page:
    """What an Oryx page holds: its title, its date, the side headlines and the category sections."""

    title: str | None
    as_of: dt.date | None
    as_of_source: str | None
    sides: list[Heading]
    sections: list[Section]
    summaries: list[Heading]
    orphans: int  # case groups found outside any category heading


def _root(text: str):
    try:
        return lxml.html.fromstring(text)
    except ValueError:  # a str with an XML encoding declaration
        return lxml.html.fromstring(text.encode("utf-8"))


def page_date(root) -> tuple[dt.date | None, str | None]:
    """The page's as-of date and where it came from.

    Blogger writes the post's last modification as ``<meta itemprop="dateModified" content="2023-04-23T14:45:57Z">``;
    that is the date the printed counts refer to. Fallbacks: ``<abbr class="updated" title=...>``, then the
    published date (``<abbr itemprop="datePublished" title=...>``), which is only the list's start date.
    """
    probes = (
        ("//meta[@itemprop='dateModified']/@content", "meta dateModified"),
        ("//abbr[contains(@class,'updated')]/@title", "abbr updated"),
        ("//*[@itemprop='datePublished']/@title", "datePublished"),
    )
    for xpath, name in probes:
        for value in root.xpath(xpath):
            m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
            if m:
                return dt.date.fromisoformat(m.group(1)), name
    return None, None


def _line(li) -> Line | None:
    full = li.text_content()
    groups = CASE_GROUP.findall(full)
    if not groups:
        return None
    links = []
    for a in li.iter("a"):
        t = " ".join(a.text_content().split())
        if t[:1].isdigit():  # "(<a>1, destroyed</a>)": the parentheses outside the link
            t = f"({t})"
        if CASE_GROUP.fullmatch(t):
            links.append((t, (a.get("href") or "").strip() or None))
    if len(links) == len(groups):  # the usual line: every case group is a link
        cases = [(parse_case(t), href) for t, href in links]
    else:  # some groups are plain text (no evidence link): align the links in order
        cases, k = [], 0
        for g in groups:
            inner, href = " ".join(g.split()), None
            for j in range(k, min(k + 3, len(links))):
                if links[j][0] == inner:
                    href, k = links[j][1], j + 1
                    break
            cases.append((parse_case(g), href))
    start = full.find(groups[0])
    head = clean(full[:start]).rstrip(":").strip()
    m = _HEAD_COUNT.match(head)
    listed = int(m.group(1)) if m else None
    model = clean(head[m.end():] if m else head).rstrip(":").strip() or None
    img = li.find(".//img")
    return Line(model=model or "", listed=listed, flag=img.get("src") if img is not None else None, cases=cases)


def read_page(text: str) -> Page:
    """Parse an Oryx page's HTML into its side headlines, category sections and items.

    Parameters
    ----------
    text : str
        The page's HTML (already decoded; gzip is handled by :mod:`losstrack.documents`).
    """
    root = _root(text)
    title_el = root.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None else None
    as_of, as_of_source = page_date(root)
    bodies = root.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]")
    body = bodies[0] if bodies else root
    sides, sections, summaries, orphans = [], [], [], 0
    side: Heading | None = None
    current: Section | None = None
    for el in body.iter("h3", "li"):
        if el.tag == "h3":
            h = parse_heading(el.text_content())
            if h is None:
                continue
            if h.kind == "side":
                side, current = h, None
                sides.append(h)
            elif h.kind == "summary":
                summaries.append(h)
                current = None
            else:
                current = Section(h, side)
                sections.append(current)
            continue
        line = _line(el)
        if line is None:
            continue
        if current is None:
            orphans += len(line.cases)
        else:
            current.lines.append(line)
    return Page(title, as_of, as_of_source, sides, sections, summaries, orphans)
