"""Lazy pandera validation whose report names the document, the figure and the rule that failed."""

from __future__ import annotations

import copy
import re
import warnings

import pandas as pd
import pandera.errors as pae

from .schema import MODELS

FAILURE_COLUMNS = ["document_id", "claim_id", "figure", "column", "rule", "failure_case"]


class ValidationFailed(ValueError):
    """Raised by :func:`check` when a table breaks its schema; ``failures`` is the report."""

    def __init__(self, failures: pd.DataFrame, table: str):
        self.failures = failures
        head = "; ".join(describe(r) for r in failures.head(5).itertuples(index=False))
        more = f" (+{len(failures) - 5} more)" if len(failures) > 5 else ""
        super().__init__(f"{len(failures)} {table} schema failure(s): {head}{more}")


def describe(row) -> str:
    """One failure as a sentence: document, figure, rule."""
    where = f"document {row.document_id}" if isinstance(row.document_id, str) else "table"
    fig = f", figure {row.figure}" if isinstance(row.figure, str) else ""
    col = f" column {row.column}" if isinstance(row.column, str) else ""
    return f"{where}{fig}:{col} breaks rule {row.rule} (value {row.failure_case!r})"


def _figure(df: pd.DataFrame, idx) -> tuple[str | None, str | None, str | None]:
    if idx is None or pd.isna(idx) or idx not in df.index:
        return None, None, None
    row = df.loc[idx]
    doc = row.get("document_id")
    cid = row.get("claim_id")
    fig = None
    if "label" in row and "value" in row:
        fig = f"{row['value']} {row['label']!s}"
        if "span_start" in row and pd.notna(row["span_start"]):
            fig += f" @{row['span_start']}"
    return (doc if isinstance(doc, str) else None, cid if isinstance(cid, str) else None, fig)


def validate(df: pd.DataFrame, table: str = "claims", extra_checks=()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate lazily; return ``(coerced table, failures)``. ``failures`` is empty when all is well.

    ``extra_checks`` are further ``pandera.Check`` objects on the whole frame (e.g. spans inside the
    document text, which needs the document's length).
    """
    schema = MODELS[table].to_schema()
    if extra_checks:
        schema = copy.copy(schema)
        schema.checks = [*schema.checks, *extra_checks]
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pae.SchemaWarning)
            out = schema.validate(df, lazy=True)
        _reissue(caught, table)
        return out, pd.DataFrame(columns=FAILURE_COLUMNS)
    except pae.SchemaErrors as err:
        rows = []
        for fc in err.failure_cases.itertuples(index=False):
            doc, cid, fig = _figure(df, fc.index)
            rows.append(
                {
                    "document_id": doc,
                    "claim_id": cid,
                    "figure": fig,
                    "column": fc.column if isinstance(fc.column, str) else None,
                    "rule": str(fc.check),
                    "failure_case": None if fc.failure_case is None else str(fc.failure_case),
                }
            )
        failures = pd.DataFrame(rows, columns=FAILURE_COLUMNS).drop_duplicates()
        return df, failures


class FlaggedRowsWarning(UserWarning):
    """A warn-only rule matched rows (e.g. an official correction): they are kept and flagged, not dropped."""


def _reissue(caught, table: str) -> None:
    """Turn pandera's verbose SchemaWarnings into one short warning per rule (same text → shown once)."""
    for w in caught:
        if issubclass(w.category, pae.SchemaWarning):
            rule = re.search(r"<Check ([^>]+)>", str(w.message))
            name = rule.group(1) if rule else str(w.message)[:80]
            warnings.warn(f"{table}: rows match warn-only rule {name}; kept and flagged (see the flags column)",
                          FlaggedRowsWarning, stacklevel=4)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def check(df: pd.DataFrame, table: str = "claims") -> pd.DataFrame:
    """Validate and return the coerced table, or raise :class:`ValidationFailed` with the full report."""
    out, failures = validate(df, table)
    if len(failures):
        raise ValidationFailed(failures, table)
    return out
