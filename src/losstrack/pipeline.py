"""The shared work done once for every parser: figures → a validated claims table.

Maps labels to categories, resolves actor ids, adds provenance (document, parser, published), makes
stable claim ids and parent links, and validates lazily. Parsers never do any of this themselves.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import pandera.pandas as pa

from . import actors
from .documents import Document
from .parsers import Figure, ParseResult, ParserSpec
from .schema import MODELS, columns
from .validate import FAILURE_COLUMNS, validate
from .vocab import UnknownLabelError, category_of, check_known, crosswalk, synonyms


class DocumentFailed(ValueError):
    """A document that could not be turned into valid claims; ``failures`` says which figure broke which rule."""

    def __init__(self, message: str, failures: pd.DataFrame | None = None):
        super().__init__(message)
        self.failures = failures if failures is not None else pd.DataFrame(columns=FAILURE_COLUMNS)


def claim_id(document_id: str, key: str) -> str:
    """Stable claim id: the same document and the same figure always give the same id."""
    return "c" + hashlib.sha256(f"{document_id}|{key}".encode()).hexdigest()[:16]


def figure_key(fig: Figure) -> str:
    if fig.key is not None:
        return fig.key
    if fig.span is not None:
        return f"{fig.span[0]}:{fig.span[1]}:{fig.basis}"
    raise ValueError(f"figure {fig.value} {fig.label!r} has neither a span nor a key")


def _actor(ref: str | None, claimant: str | None) -> str | None:
    if ref is None:
        return None
    if ref == "@adversary":  # "enemy losses": the claimant's adversary
        return actors.adversary_of(claimant) if claimant else None
    if ref == "@self":  # "its soldiers": the claimant's own side
        return actors.side_of(claimant) if claimant else None
    return actors.resolve(ref) or ref  # an unknown id is left for the schema to report


def _category(fig: Figure, spec: ParserSpec) -> str | None:
    if fig.category is not None:
        return fig.category
    table = crosswalk(spec.crosswalk) if spec.crosswalk else synonyms()
    return category_of(fig.label, table) or (category_of(fig.label) if spec.crosswalk else None)


def to_frame(doc: Document, spec: ParserSpec, result: ParseResult) -> pd.DataFrame:
    """Figures → claims rows (not yet validated). Raises :class:`UnknownLabelError` listing unknown labels."""
    return rows_to_frame(claim_rows(doc, spec, result))


def claim_rows(doc: Document, spec: ParserSpec, result: ParseResult) -> list[dict]:
    """Figures → claims rows as dicts (what :func:`to_frame` tabulates; corpus runs batch many documents)."""
    figs = result.figures
    cats = [_category(f, spec) for f in figs]
    check_known([f.label for f in figs], cats, spec.crosswalk or "synonyms")
    doc_id = doc.document_id
    ids = [claim_id(doc_id, figure_key(f)) for f in figs]
    published = result.meta.get("published") or doc.published
    rows = []
    # an outlet the registry does not know is kept in the documents table, but claims nothing: the figures its
    # author states unattributed get no claimant rather than failing the document
    publisher = actors.resolve_publisher(doc.publisher) if doc.publisher else None
    for f, cat, cid in zip(figs, cats, ids):
        claimant = _actor(f.claimant or spec.claimant or publisher, None)
        rows.append(
            {
                "claim_id": cid,
                "document_id": doc_id,
                "published": f.published or published,
                "claimant": claimant,
                "loser": _actor(f.loser or spec.loser, claimant),
                "region": f.region,
                "category": cat,
                "label": f.label,
                "model": f.model,
                "value": f.value,
                "qualifier": f.qualifier,
                "value_high": f.value_high,
                "period_start": f.period_start,
                "period_end": f.period_end,
                "basis": f.basis,
                "parent_id": ids[f.parent] if f.parent is not None else None,
                "quote": f.quote,
                "span_start": f.span[0] if f.span else None,
                "span_end": f.span[1] if f.span else None,
                "parser": spec.tag,
                "source_url": f.source_url,
                "flags": ";".join(f.flags) or None,
            }
        )
    return rows


def rows_to_frame(rows: list[dict]) -> pd.DataFrame:
    """Claims rows (from :func:`claim_rows`, of one or many documents) → a claims frame, not yet validated."""
    frame = pd.DataFrame(rows, columns=columns("claims"))
    for c in ("published", "period_start", "period_end"):
        frame[c] = pd.to_datetime(frame[c]).astype("datetime64[us]")
    return frame


def claims_for(doc: Document, spec: ParserSpec, result: ParseResult) -> pd.DataFrame:
    """The validated claims of one document; raises :class:`DocumentFailed` naming every broken rule."""
    try:
        frame = to_frame(doc, spec, result)
    except (UnknownLabelError, ValueError) as exc:
        raise DocumentFailed(str(exc)) from exc
    text_len = len(result.text if result.text is not None else doc.text)
    inside = pa.Check(
        lambda df: df["span_end"].isna() | (df["span_end"] <= text_len).fillna(False),
        name=f"span_inside_document_text(len={text_len})",
    )
    out, failures = validate(frame, "claims", extra_checks=[inside])
    _raise_failures(failures, doc, "figure")
    return out


def _raise_failures(failures: pd.DataFrame, doc: Document, what: str) -> None:
    if len(failures):
        failures["document_id"] = failures["document_id"].fillna(doc.document_id)
        first = failures.iloc[0]
        raise DocumentFailed(
            f"{len(failures)} schema failure(s), e.g. {what} {first.figure}: {first.column or 'row'} "
            f"breaks {first.rule} ({first.failure_case})",
            failures,
        )


def tables_for(doc: Document, result: ParseResult) -> dict[str, pd.DataFrame]:
    """The parser's extra tables (e.g. Oryx ``items``), each with ``document_id`` and validated against its
    model in ``schema.MODELS``; raises :class:`DocumentFailed` naming every broken rule."""
    out = {}
    for name, t in result.tables.items():
        t = t if "document_id" in t else t.assign(document_id=doc.document_id)
        if name in MODELS:
            t, failures = validate(t, name)
            _raise_failures(failures, doc, f"{name} row")
        out[name] = t
    return out
