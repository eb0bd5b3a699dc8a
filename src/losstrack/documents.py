"""Source documents: reading raw bytes (plain, gzip), decoding, content ids, and per-document metadata.

A document's id is derived from the sha256 of its raw bytes, so the same content always gets the same
id. Metadata (publisher, URL, date, licence, title) comes from a sidecar file beside the document
(``NAME.meta.json`` or ``NAME.meta.yaml``), from a ``date YYYY-MM-DD`` header line, or from a
dateline such as ``(Reuters)``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .actors import registry

SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")


class DocumentError(ValueError):
    """A document that cannot be read (bad encoding, truncated gzip, bad sidecar). Names the document."""


@dataclass
class Document:
    """One source document as losstrack reads it."""

    origin: str
    raw: bytes
    text: str
    published: dt.date | None = None
    title: str | None = None
    publisher: str | None = None  # actor id when the registry knows it
    url: str | None = None
    licence: str | None = None
    path: Path | None = None
    meta: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def document_id(self) -> str:
        return self.meta.get("document_id") or document_id_for(self.raw)

    @property
    def suffix(self) -> str:
        """The file suffix without compression (``.html`` for ``x.html.gz``)."""
        name = self.origin.lower().removesuffix(".gz")
        return Path(name).suffix


def document_id_for(raw: bytes) -> str:
    """The content-derived id of a document: ``d`` + the first 16 hex digits of its sha256."""
    return "d" + hashlib.sha256(raw).hexdigest()[:16]


def decode(raw: bytes, origin: str) -> str:
    """Bytes → text: gunzip if needed, UTF-8 (with or without BOM), else a detected legacy encoding."""
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise DocumentError(f"{origin}: truncated or corrupt gzip ({exc})") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None or best.encoding in ("utf_8",):
            raise DocumentError(f"{origin}: not valid UTF-8 and no other encoding fits (byte {exc.start})") from exc
        return str(best)


_HEADER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b")
_DATELINE = re.compile(r"\(([A-Z][A-Za-z .&-]{1,30})\)\s*[-–—]?\s")


def _parse_date(value, origin: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise DocumentError(f"{origin}: date {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def header_date(text: str) -> dt.date | None:
    """The date of a ``date YYYY-MM-DD`` header at the top of a text, if any."""
    m = _HEADER.match(text)
    return dt.date.fromisoformat(m.group(1)) if m else None


def dateline_publisher(text: str) -> str | None:
    """The actor id of a wire/outlet dateline like ``(MENAFN)`` or ``KYIV (Reuters) -`` near the top."""
    m = _DATELINE.search(text[:400])
    if not m:
        return None
    name = m.group(1).strip().lower()
    for actor in registry().values():
        if actor.kind == "publisher" and (name == actor.name.lower() or name in actor.aliases):
            return actor.id
    return None


def read_sidecar(path: Path) -> dict:
    """Metadata from ``NAME.meta.json``/``.yaml`` beside ``path`` ({} when there is none)."""
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            try:
                if suffix == ".meta.json":
                    data = json.loads(side.read_text(encoding="utf-8"))
                else:
                    import yaml

                    data = yaml.safe_load(side.read_text(encoding="utf-8"))
            except Exception as exc:  # any parse error in a sidecar is the user's to fix
                raise DocumentError(f"{side}: unreadable metadata ({exc})") from exc
            if not isinstance(data, dict):
                raise DocumentError(f"{side}: metadata must be a mapping of field: value")
            return data
    return {}


def from_bytes(raw: bytes, origin: str, meta: dict | None = None, path: Path | None = None) -> Document:
    """A :class:`Document` from raw bytes plus optional metadata (keys: published/date, title,
    publisher, url, licence, document_id)."""
    meta = dict(meta or {})
    text = decode(raw, origin)
    published = _parse_date(meta.get("published", meta.get("date")), origin) or header_date(text)
    publisher = meta.get("publisher")
    if publisher is not None:
        from .actors import resolve

        publisher = resolve(str(publisher)) or str(publisher)
    else:
        publisher = dateline_publisher(text)
    return Document(
        origin=origin,
        raw=raw,
        text=text,
        published=published,
        title=meta.get("title"),
        publisher=publisher,
        url=meta.get("url"),
        licence=meta.get("licence", meta.get("license")),
        path=path,
        meta=meta,
    )


def from_text(text: str, *, published=None, document_id: str | None = None, origin: str = "<text>", **meta) -> Document:
    """A :class:`Document` for a text held in memory (what :func:`losstrack.parse_article` uses)."""
    meta = {k: v for k, v in meta.items() if v is not None}
    if published is not None:
        meta["published"] = published
    if document_id is not None:
        meta["document_id"] = document_id
    return from_bytes(text.encode("utf-8"), origin, meta)


def is_sidecar(path: Path) -> bool:
    return any(path.name.endswith(s) for s in SIDECAR_SUFFIXES)


def read_document(path: Path, root: Path | None = None) -> Document:
    """Read one file (and its sidecar) as a :class:`Document`; ``origin`` is the path relative to ``root``."""
    path = Path(path)
    origin = str(path.relative_to(root)) if root is not None else str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{origin}: cannot read ({exc.strerror})") from exc
    return from_bytes(raw, origin, read_sidecar(path), path=path)


def iter_paths(root: Path):
    """Files under ``root`` that are documents (not sidecars, hidden files, or READMEs), sorted."""
    root = Path(root)
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if not p.is_file() or is_sidecar(p) or any(part.startswith(".") for part in rel.parts):
            continue
        if p.name.lower().startswith("readme"):
            continue
        yield p
