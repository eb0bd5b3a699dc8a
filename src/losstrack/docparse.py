"""One document → its documents-table row, claims, rejects and extra tables; bad input never raises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from .documents import Document, DocumentError, read_document
from .parsers import ParseError, ParseResult, detect
from .pipeline import DocumentFailed, claims_for, tables_for
from .schema import empty
from .validate import FAILURE_COLUMNS


def _retrieved(doc: Document | None, default: dt.datetime | None) -> dt.datetime:
    """When the document was fetched (sidecar ``retrieved``, naive UTC), else ``default``, else now."""
    value = doc.meta.get("retrieved") if doc else None
    if value:
        try:
            ts = pd.Timestamp(value)
            return (ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts).to_pydatetime()
        except (ValueError, TypeError):
            pass
    return default or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _doc_row(doc: Document | None, origin: str, sha: str, doc_id: str, parser: str | None, kind: str,
             status: str, error: str | None, n: int, meta: dict | None = None, retrieved=None) -> dict:
    meta = meta or {}
    published = meta.get("published") or (doc.published if doc else None)
    return {
        "document_id": doc_id,
        "origin": origin,
        "kind": kind,
        "title": meta.get("title") or (doc.title if doc else None),
        "publisher": meta.get("publisher") or (doc.publisher if doc else None),
        "url": meta.get("url") or (doc.url if doc else None),
        "licence": meta.get("licence") or (doc.licence if doc else None),
        "published": published,
        "retrieved": _retrieved(doc, retrieved),
        "sha256": sha,
        "parser": parser,
        "status": status,
        "error": error,
        "n_claims": n,
        "vintage": 1,  # set from the history by the build
    }


def parse_document(path: Path, root: Path, origin: str | None = None, retrieved: dt.datetime | None = None):
    """Read and parse one file. Returns ``(doc_row, claims, rejects, tables)``; never raises for bad input.

    ``origin`` defaults to the path relative to ``root``; ``retrieved`` (when the content was first
    seen) defaults to the sidecar's ``retrieved``, else now.
    """
    import hashlib

    from .documents import document_id_for

    origin = origin or str(path.relative_to(root))
    raw = path.read_bytes()
    sha, doc_id = hashlib.sha256(raw).hexdigest(), document_id_for(raw)
    doc = spec = None
    try:
        doc = read_document(path, root)
        doc_id = doc.document_id
        spec = detect(doc)
        if spec is None:
            raise ParseError("no parser recognises this document")
        result: ParseResult = spec.run(doc)
        claims = claims_for(doc, spec, result)
        tables = tables_for(doc, result)
        row = _doc_row(doc, origin, sha, doc_id, spec.tag, spec.kind, "ok", None, len(claims), result.meta, retrieved)
        return row, claims, pd.DataFrame(columns=FAILURE_COLUMNS), tables
    except (DocumentError, ParseError, DocumentFailed) as exc:
        rejects = getattr(exc, "failures", pd.DataFrame(columns=FAILURE_COLUMNS))
        error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a parser bug must not sink the other documents; report it by name
        rejects, error = pd.DataFrame(columns=FAILURE_COLUMNS), f"unexpected {type(exc).__name__}: {exc}"
    if rejects.empty:
        rejects = pd.DataFrame([{"document_id": doc_id, "rule": "document", "failure_case": error}], columns=FAILURE_COLUMNS)
    row = _doc_row(doc, origin, sha, doc_id, spec.tag if spec else None, spec.kind if spec else "unknown",
                   "failed", error, 0, None, retrieved)
    return row, empty("claims"), rejects.assign(document_id=rejects["document_id"].fillna(doc_id)), {}
