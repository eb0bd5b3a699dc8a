"""The pure extraction functions both engines run: one record → claims, one partition → three tables.

Every document goes through the article pipeline exactly as ``losstrack build`` does it:
:func:`losstrack.documents.from_text`, the ``article`` parser, then the pipeline's figure → claims step.
:func:`extract_document` is the one-document reference (``pipeline.claims_for``, validated alone);
:func:`extract_records` does the same per document but validates the whole partition with
``ClaimsModel`` in one pandera call (validating 9 rows costs nearly as much as 10,000), then peels
out any document whose rows break a rule into the failures table. Both give identical claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import pandera.pandas as pa

from ..documents import Document, DocumentError, document_id_for, from_text
from ..parsers import ParserSpec, get
from ..pipeline import DocumentFailed, claim_rows, claims_for, rows_to_frame
from ..schema import columns, empty
from ..validate import validate
from ..vocab import UnknownLabelError
from .html import NoMainText, main_text

FAILURE_COLUMNS = ["origin", "document_id", "partition", "stage", "reason"]


@lru_cache(maxsize=1)
def article_spec() -> ParserSpec:
    """The ``article`` parser plugin (looked up once per process)."""
    return get("article")


class RecordError(DocumentError):
    """A record that is not a document (no text, text not a string, unreadable line)."""


def to_document(record: dict) -> tuple[Document, str]:
    """A record (see :mod:`losstrack.corpus.readers`) → ``(Document, sha256 of its source bytes)``.

    HTML is reduced to its main text first; the document id then derives from the HTML bytes, so the
    same page always gets the same id, and spans refer to the main text.
    """
    origin = record.get("origin", "<record>")
    if "error" in record:
        raise RecordError(f"{origin}: {record['error']}")
    meta = {k: record.get(k) for k in ("url", "title", "publisher")}
    published = record.get("published")
    if "html" in record and "text" not in record:
        html = record["html"]
        if not isinstance(html, str):
            raise RecordError(f"{origin}: 'html' is a {type(html).__name__}, not a string")
        raw = html.encode("utf-8")
        try:
            text, found = main_text(html, meta["url"])
        except NoMainText as exc:
            raise DocumentError(f"{origin}: {exc}") from exc
        published = published or found.get("published")
        meta["title"] = meta["title"] or found.get("title")
        doc_id = document_id_for(raw)
    else:
        text = record.get("text")
        if not isinstance(text, str):
            raise RecordError(f"{origin}: 'text' is a {type(text).__name__}, not a string")
        raw, doc_id = text.encode("utf-8"), None
    doc = from_text(text, published=published, document_id=doc_id, origin=origin, **meta)
    return doc, hashlib.sha256(raw).hexdigest()


def _failure(origin, doc_id, stage: str, exc: BaseException | str) -> dict:
    reason = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return {"origin": origin, "document_id": doc_id, "partition": None, "stage": stage, "reason": reason}


def _figures(record: dict):
    """Read and parse one record; returns ``(doc, sha, spec, result)`` or raises with a stage attached."""
    spec = article_spec()
    try:
        doc, sha = to_document(record)
    except (DocumentError, ValueError) as exc:
        exc.stage = "read"
        raise
    try:
        return doc, sha, spec, spec.run(doc)
    except Exception as exc:  # ParseError, or a parser bug: both fail this document only
        exc.stage = "parse"
        exc.document_id = doc.document_id
        raise


def extract_document(record: dict) -> tuple[pd.DataFrame, dict | None]:
    """One record → ``(validated claims, None)`` or ``(empty claims, failure)``; never raises for bad input.

    The reference path: ``from_text`` → ``article`` parser → ``pipeline.claims_for`` (validated alone).
    """
    try:
        doc, _, spec, result = _figures(record)
    except Exception as exc:
        return empty("claims"), _failure(record.get("origin"), getattr(exc, "document_id", None),
                                         getattr(exc, "stage", "read"), exc)
    try:
        return claims_for(doc, spec, result), None
    except DocumentFailed as exc:
        return empty("claims"), _failure(doc.origin, doc.document_id, "validate", exc)


@dataclass
class PartitionTables:
    """What one partition produced: validated claims, a documents table, failures, and its input size."""

    claims: pd.DataFrame
    documents: pd.DataFrame
    failures: pd.DataFrame
    n_records: int
    n_bytes: int


def _doc_row(doc: Document, sha: str, spec: ParserSpec, now: dt.datetime) -> dict:
    return {
        "document_id": doc.document_id, "origin": doc.origin, "kind": spec.kind, "title": doc.title,
        "publisher": doc.publisher, "url": doc.url, "licence": doc.licence, "published": doc.published,
        "retrieved": now, "sha256": sha, "parser": spec.tag, "status": "ok", "error": None, "n_claims": 0,
        "vintage": 1,  # a corpus run keeps no history: every document is the first version it has seen
    }


def _inside(text_len: pd.Series) -> pa.Check:
    """The pipeline's span-inside-the-text check, with each row's own document length."""
    return pa.Check(lambda df: df["span_end"].isna() | (df["span_end"] <= text_len.to_numpy()).fillna(False),
                    name="span_inside_document_text")


def _validate_partition(rows: list[dict], lengths: list[int]) -> tuple[pd.DataFrame, dict[str, str]]:
    """Validate the partition's claims in one call; return the coerced table and ``{document_id: reason}``.

    Documents whose rows break a rule are removed and the rest validated again (they must then pass).
    """
    if not rows:
        return empty("claims"), {}
    claims = rows_to_frame(rows)
    text_len = pd.Series(lengths, index=claims.index)
    out, failures = validate(claims, "claims", extra_checks=[_inside(text_len)])
    if not len(failures):
        return out, {}
    bad: dict[str, str] = {}
    if failures["document_id"].isna().any():  # a failure not tied to a row: validate documents one by one
        for doc_id, idx in claims.groupby("document_id", sort=False).groups.items():
            one = validate(claims.loc[idx], "claims", extra_checks=[_inside(text_len.loc[idx])])[1]
            if len(one):
                bad[doc_id] = _reason(one)
    else:
        for doc_id, fails in failures.groupby("document_id", sort=False):
            bad[doc_id] = _reason(fails)
    keep = ~claims["document_id"].isin(list(bad))
    out, failures = validate(claims[keep].reset_index(drop=True), "claims",
                             extra_checks=[_inside(text_len[keep].reset_index(drop=True))])
    if len(failures):
        raise RuntimeError(f"internal error: claims still break the schema after removing failed documents: "
                           f"{failures.head(3).to_dict('records')}")
    return out, bad


def _reason(rows: pd.DataFrame) -> str:
    first = rows.iloc[0]
    return (f"{len(rows)} schema failure(s), e.g. figure {first['figure']}: {first['column'] or 'row'} "
            f"breaks {first['rule']} ({first['failure_case']})")


def extract_records(records: Iterable[dict], partition: int | None = None) -> PartitionTables:
    """Extract every record of one partition: claims (validated together), documents, failures.

    A record that cannot be read, parsed, mapped or validated lands in ``failures`` with its origin,
    document id (when known), stage (read, parse, validate, duplicate) and reason; the rest go on.
    A document whose content repeats one earlier in the partition is skipped as ``duplicate``.
    """
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows, lengths, docs, fails = [], [], {}, []
    n_records = n_bytes = 0
    for record in records:
        n_records += 1
        n_bytes += len((record.get("text") or record.get("html") or "").encode("utf-8", "replace")) \
            if isinstance(record.get("text") or record.get("html"), str) else 0
        try:
            doc, sha, spec, result = _figures(record)
        except Exception as exc:
            fails.append(_failure(record.get("origin"), getattr(exc, "document_id", None),
                                  getattr(exc, "stage", "read"), exc))
            continue
        if doc.document_id in docs:
            fails.append(_failure(doc.origin, doc.document_id, "duplicate",
                                  f"same content as {docs[doc.document_id]['origin']}; extracted once"))
            continue
        docs[doc.document_id] = _doc_row(doc, sha, spec, now)
        try:
            doc_rows = claim_rows(doc, spec, result)
        except (UnknownLabelError, ValueError) as exc:  # what pipeline.claims_for turns into DocumentFailed
            fails.append(_failure(doc.origin, doc.document_id, "validate", f"DocumentFailed: {exc}"))
            docs[doc.document_id].update(status="failed", error=f"DocumentFailed: {exc}")
            continue
        rows += doc_rows
        lengths += [len(result.text if result.text is not None else doc.text)] * len(doc_rows)
    claims, bad = _validate_partition(rows, lengths)
    for doc_id, reason in bad.items():
        fails.append(_failure(docs[doc_id]["origin"], doc_id, "validate", f"DocumentFailed: {reason}"))
        docs[doc_id].update(status="failed", error=f"DocumentFailed: {reason}")
    counts = claims["document_id"].value_counts()
    for doc_id, row in docs.items():
        row["n_claims"] = int(counts.get(doc_id, 0))
    cols = columns("documents")
    documents = pd.DataFrame([{c: row.get(c) for c in cols} for row in docs.values()], columns=cols) if docs \
        else empty("documents")
    documents, doc_failures = validate(documents, "documents")
    if len(doc_failures):
        raise RuntimeError(f"internal error: documents table breaks its schema: {doc_failures.head(3).to_dict('records')}")
    failures = pd.DataFrame(fails, columns=FAILURE_COLUMNS).assign(partition=partition)
    return PartitionTables(claims, documents, failures, n_records, n_bytes)
