"""The parser contract: what a parser returns (:class:`Figure`, :class:`ParseResult`) and how it is declared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd


class ParseError(ValueError):
    """A document the parser recognised but cannot read (truncated, a number that does not parse, ...).

    The message should say what is wrong and where; the build prefixes it with the document.
    """


@dataclass
class Figure:
    """One figure as the document states it.

    Attributes hold what the text says; the pipeline maps ``label`` to a category (through the
    parser's crosswalk, else the shared synonym table and named-system table), resolves ``claimant``
    and ``loser`` (actor ids or aliases; ``"@adversary"`` means the claimant's adversary), and turns
    ``parent`` (an index into the same figure list) into ``parent_id``.
    """

    label: str
    value: int
    quote: str
    span: tuple[int, int] | None = None
    qualifier: str = "exact"
    value_high: int | None = None
    category: str | None = None  # only when the parser knows better than the label (e.g. a crosswalk with dates)
    model: str | None = None
    claimant: str | None = None
    loser: str | None = None
    region: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    basis: str = "cumulative"
    parent: int | None = None
    key: str | None = None  # stable identity within the document when there is no span
    published: dt.date | None = None  # when a figure has its own date (a row of an imported series)
    source_url: str | None = None
    flags: tuple[str, ...] = ()


@dataclass
class ParseResult:
    """Figures plus anything else a parser found.

    ``text`` is the text that spans refer to when it is not the document's decoded text (e.g. the main
    text of an HTML page). ``tables`` holds extra tables by name (e.g. ``items`` for Oryx); each is
    written as ``data/<name>.parquet``. ``meta`` may set document fields the parser discovered
    (``published``, ``title``, ``publisher``).
    """

    figures: list[Figure] = field(default_factory=list)
    text: str | None = None
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ParserSpec:
    """A declared parser.

    ``detect(doc)`` says whether it reads a document; ``parse(doc)`` returns figures or a
    :class:`ParseResult`. ``priority`` orders detection (the generic article parser is lowest).
    ``crosswalk`` names a label table in ``losstrack/data/crosswalks/`` used instead of the shared
    synonyms; ``claimant``/``loser`` are defaults for figures that do not set them.
    """

    name: str
    version: str
    kind: str
    parse: Callable
    detect: Callable
    priority: int = 0
    crosswalk: str | None = None
    claimant: str | None = None
    loser: str | None = None
    description: str = ""

    @property
    def tag(self) -> str:
        """``name/version``, as written in the ``parser`` column."""
        return f"{self.name}/{self.version}"

    def run(self, doc) -> ParseResult:
        """Parse a document, always returning a :class:`ParseResult`."""
        out = self.parse(doc)
        if isinstance(out, ParseResult):
            return out
        return ParseResult(figures=list(out if isinstance(out, Iterable) else []))


_REGISTRY: dict[str, ParserSpec] = {}


def register(*, name: str, version: str, kind: str, detect: Callable, priority: int = 0, **kw):
    """Decorator declaring a parse function as a parser plugin."""

    def wrap(fn):
        if name in _REGISTRY and _REGISTRY[name].parse is not fn:
            raise ValueError(f"parser {name!r} declared twice")
        _REGISTRY[name] = ParserSpec(
            name=name, version=version, kind=kind, parse=fn, detect=detect, priority=priority,
            description=(fn.__doc__ or "").strip().split("\n")[0], **kw,
        )
        return fn

    return wrap


def registered() -> dict[str, ParserSpec]:
    return _REGISTRY
