"""Live fetchers (``losstrack fetch SOURCE``): download source documents into the store for the next build.

Each source is a small module here declaring a :class:`Source`. What it downloads is saved under
``<out>/documents/<source>/`` with a ``NAME.meta.json`` sidecar (URL, retrieval time, publisher,
licence); ``losstrack build`` reads that folder like ``seeds/``. Content identical to what is already
saved is left untouched, so refetching an unchanged page adds nothing; changed content becomes a new
vintage of the document at the next build.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..lock import store_lock
from ..registry import DOCUMENTS
from ..store import atomic_write_bytes
from .http import FetchError, get, session

__all__ = ["FetchError", "FetchReport", "Fetcher", "Source", "fetch", "sources"]


@dataclass(frozen=True)
class Source:
    """A fetchable source: ``run(fetcher, limit)`` downloads and saves its documents."""

    name: str
    description: str
    run: Callable
    publisher: str | None = None
    licence: str | None = None


@dataclass
class FetchReport:
    """What a fetch saved: new or changed documents, unchanged ones, and failures."""

    source: str
    saved: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [f"{self.source}: {len(self.saved)} new or changed, {len(self.unchanged)} unchanged, "
                 f"{len(self.failed)} failed"]
        lines += [f"  saved {p}" for p in self.saved]
        lines += [f"FAILED {m}" for m in self.failed]
        return "\n".join(lines)


class Fetcher:
    """Handed to a source's ``run``: HTTP with cache and limits, saving into the store, progress."""

    def __init__(self, source: Source, out: Path, http, quiet: bool = False):
        self.source, self.out, self.http, self.quiet = source, Path(out), http, quiet
        self.report = FetchReport(source.name)

    def get(self, url: str, **kw):
        """GET with the session's cache, retries, timeout and size limit (raises FetchError)."""
        return get(self.http, url, **kw)

    def progress(self, items, desc: str | None = None, total: int | None = None):
        """A progress bar (done/total, rate) on a terminal; plain iteration in a pipe or when quiet."""
        if self.quiet or not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, desc=desc or self.source.name, total=total, unit="doc", file=sys.stderr)

    def save(self, name: str, content: bytes, url: str, **meta) -> Path:
        """Save a document as ``documents/<source>/<name>`` with its sidecar, unless identical content is there."""
        folder = self.out / DOCUMENTS / self.source.name
        path = folder / name
        if path.exists() and path.read_bytes() == content:
            self.report.unchanged.append(path)
            return path
        retrieved = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        side = {"url": url, "retrieved": retrieved, "source": self.source.name,
                "publisher": self.source.publisher, "licence": self.source.licence, **meta}
        side = {k: v for k, v in side.items() if v is not None}
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path.with_name(path.name + ".meta.json"), json.dumps(side, indent=1).encode())
        atomic_write_bytes(path, content)
        self.report.saved.append(path)
        return path

    def fail(self, message: str) -> None:
        """Record a failure (the other documents of the source still get saved)."""
        self.report.failed.append(message)


MODULES = ("mod_ua", "oryx", "warspotting", "gs_series")


def sources() -> dict[str, Source]:
    """Every fetchable source by name."""
    out = {}
    for m in MODULES:
        src = importlib.import_module(f"{__name__}.{m}").SOURCE
        out[src.name] = src
    return out



def fetch(source: str, out: str | Path = "data", *, limit: int | None = None, quiet: bool = False,
          cache=None, expire_hours: float = 6, wait: float = 0, http=None, **options) -> FetchReport:
    """Download ``source`` into ``out/documents/<source>/`` (holding the store's write lock).

    Parameters
    ----------
    source : str
        One of :func:`sources` (``mod-ua``, ``oryx``, ``warspotting``, ``gs-series``).
    limit : int, optional
        At most this many documents (or pages) — for a quick look or a polite first run.
    cache, expire_hours
        The on-disk HTTP cache folder (``False`` to disable) and how long responses stay fresh.
    http : requests.Session, optional
        A session to use instead of a new cached one (tests pass a plain one).
    """
    known = sources()
    if source not in known:
        raise ValueError(f"unknown source {source!r}; known: {', '.join(sorted(known))}")
    src = known[source]
    with store_lock(out, wait, what=f"fetch {source}"):
        f = Fetcher(src, Path(out), http or session(cache, expire_hours), quiet)
        src.run(f, limit, **options)
    return f.report
