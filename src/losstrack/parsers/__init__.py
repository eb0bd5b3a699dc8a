"""Parser plugins: each module in this package declares one or more parsers with :func:`register`.

A parser turns one :class:`~losstrack.documents.Document` into :class:`Figure` records — what the
document says, as written. The pipeline (:mod:`losstrack.pipeline`) does the shared work once:
category mapping, actor ids, provenance, ids and validation.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Figure, ParseError, ParseResult, ParserSpec, register, registered

__all__ = ["Figure", "ParseError", "ParseResult", "ParserSpec", "register", "all_parsers", "get", "detect"]


@lru_cache(maxsize=1)
def all_parsers() -> dict[str, ParserSpec]:
    """Every declared parser by name (imports every module of this package once)."""
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "base":
            importlib.import_module(f"{__name__}.{mod.name}")
    return dict(registered())


def get(name: str) -> ParserSpec:
    """The parser called ``name``; raises ``KeyError`` listing the known ones."""
    parsers = all_parsers()
    if name not in parsers:
        raise KeyError(f"no parser {name!r}; known: {', '.join(sorted(parsers))}")
    return parsers[name]


def detect(doc) -> ParserSpec | None:
    """The parser for a document: the highest-priority one whose ``detect`` accepts it."""
    for spec in sorted(all_parsers().values(), key=lambda s: -s.priority):
        if spec.detect(doc):
            return spec
    return None
