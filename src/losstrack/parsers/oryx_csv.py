"""Plugin: the CSVs of another Oryx scraper (scarnecchia/oryx_data): per-item events and counts per type.

``event_<status>.csv`` rows become items (source ``oryx_data``; one row per evidence link and status, as
the scraper wrote them). ``totals_by_type.csv`` and ``daily_count.csv`` rows become the ``oryx_counts``
table and derived claims by ``oryx`` (a total per type with one child per status). Rows whose
``equipment_type`` is an Oryx summary headline ("Losses excluding Recon Drones and Trucks - 17594, of
which: ...") are scraper artefacts: they go to ``rejected_rows`` with the reason, never into the data.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

import pandas as pd

from .. import actors
from ..documents import Document
from ..items import canonical_categories, evidence_key, item_id, items_frame, origin_from_name
from ..oryx_headings import clean, parse_counts, parse_heading
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.0.0"
STATUSES = ("destroyed", "damaged", "abandoned", "captured")
EVENT_HEADER = ["country", "origin", "system", "status", "url", "date_recorded"]
TYPE_HEADER = ["country", "equipment_type", "destroyed", "abandoned", "captured", "damaged", "type_total"]
SYSTEM_HEADER = ["country", "system", "destroyed", "captured", "abandoned", "damaged", "total"]
#: Rows that are totals of a page, kept in ``oryx_counts`` but not claims (no category holds them).
PAGE_TOTALS = {"all types"}


def _header(doc: Document) -> list[str]:
    first = doc.text.lstrip("\ufeff").split("\n", 1)[0]
    return [c.strip().strip('"') for c in first.split(",")]


def _kind(doc: Document) -> str | None:
    if doc.suffix != ".csv":
        return None
    head = _header(doc)
    for kind, want in (("events", EVENT_HEADER), ("types", TYPE_HEADER), ("systems", SYSTEM_HEADER)):
        if head[: len(want)] == want:
            return kind
    return None


def detect(doc: Document) -> bool:
    """A CSV whose header is one of oryx_data's (events, totals/daily counts by type, totals by system)."""
    return _kind(doc) is not None


def _records(doc: Document):
    """(line where the record starts, dict) for every CSV record; quoted newlines keep their line."""
    reader = csv.reader(io.StringIO(doc.text.lstrip("\ufeff")))
    header = next(reader)
    prev = reader.line_num
    for values in reader:
        start, prev = prev + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        yield start, dict(zip(header, values)), values


def _reject(doc_id: str, origin: str, line: int, reason: str, values) -> dict:
    return {"document_id": doc_id, "origin": origin, "line": line, "reason": reason,
            "content": ",".join(values)[:300]}


def _int(value: str) -> int:
    return int(str(value).strip().replace(",", ""))


def _events(doc: Document) -> ParseResult:
    rows, rejected, seen = [], [], Counter()
    doc_id = doc.document_id
    for line, rec, values in _records(doc):
        owner = actors.resolve(rec.get("country", "").strip())
        status = rec.get("status", "").strip().lower()
        if owner is None:
            rejected.append(_reject(doc_id, doc.origin, line, f"owner {rec.get('country')!r} is not a known side", values))
            continue
        if status not in STATUSES:
            rejected.append(_reject(doc_id, doc.origin, line, f"status {rec.get('status')!r} is not one of {STATUSES}", values))
            continue
        model = clean(rec.get("system", "")) or None
        url = rec.get("url", "").strip() or None
        base = ("oryx_data", owner, model, status, url)
        seen[base] += 1
        rows.append({
            "item_id": item_id(*base, seen[base]), "document_id": doc_id, "source": "oryx_data", "owner": owner,
            "model": model, "origin": origin_from_name(rec.get("origin")), "status": status, "status_text": status,
            "counted_as": status, "evidence_url": url, "evidence_key": evidence_key(url),
            "first_seen": rec.get("date_recorded") or None, "source_id": rec.get("matID") or None,
        })
    items = items_frame(rows)
    items["as_of"] = items["first_seen"].max()  # the snapshot's date: the newest row the scraper saw
    tables = {"items": items}
    if rejected:
        tables["rejected_rows"] = pd.DataFrame(rejected)
    return ParseResult(tables=tables, meta={"published": items["as_of"].max().date() if len(items) else None})


def _counts(doc: Document, kind: str) -> ParseResult:
    rows, rejected, doc_id = [], [], doc.document_id  # document_id hashes the raw bytes: once
    label_col = "equipment_type" if kind == "types" else "system"
    for line, rec, values in _records(doc):
        owner = actors.resolve(rec.get("country", "").strip())
        label = clean(rec.get(label_col, "")) or None
        heading = parse_heading(label) if (label and kind == "types") else None
        if heading is not None and heading.kind in ("summary", "side"):
            rejected.append(_reject(doc_id, doc.origin, line, f"an Oryx summary headline read as a category ({heading.name!r}): not a category", values))
            continue
        if label and kind == "types" and parse_counts(label):
            rejected.append(_reject(doc_id, doc.origin, line, f"a fragment of an Oryx headline ({label!r}) read as a category", values))
            continue
        if owner is None:
            rejected.append(_reject(doc_id, doc.origin, line, f"owner {rec.get('country')!r} is not a known side (a shifted or truncated row)", values))
            continue
        try:
            n = {s: _int(rec[s]) for s in STATUSES}
            total = _int(rec.get("type_total", rec.get("total")))
        except (KeyError, TypeError, ValueError):
            rejected.append(_reject(doc_id, doc.origin, line, "a count is missing or not a whole number", values))
            continue
        if sum(n.values()) != total:
            rejected.append(_reject(doc_id, doc.origin, line, f"statuses add up to {sum(n.values())}, not the total {total}", values))
            continue
        rows.append({"document_id": doc_id, "line": line, "owner": owner,
                     "equipment_type": label if kind == "types" else None, "system": label if kind == "systems" else None,
                     "date": rec.get("date_recorded") or None, **n, "total": total})
    table = pd.DataFrame(rows, columns=["document_id", "line", "owner", "equipment_type", "system", "category", "date",
                                        *STATUSES, "total"])
    table["date"] = pd.to_datetime(table["date"], errors="coerce").astype("datetime64[us]")
    typed = table["equipment_type"].where(~table["equipment_type"].str.lower().isin(PAGE_TOTALS))
    cats, unknown = canonical_categories(typed.dropna(), "oryx")
    if unknown:
        raise ParseError(f"{doc.origin}: equipment type(s) not in crosswalks/oryx.csv: {', '.join(map(repr, unknown))}")
    table["category"] = typed.map(cats)
    tables = {"oryx_counts": table}
    if rejected:
        tables["rejected_rows"] = pd.DataFrame(rejected)
    return ParseResult(figures=_figures(table), tables=tables,
                       meta={"published": table["date"].max().date() if table["date"].notna().any() else None})


def _figures(table: pd.DataFrame) -> list[Figure]:
    figs: list[Figure] = []
    for r in table[table["category"].notna()].itertuples(index=False):
        date = r.date.date() if pd.notna(r.date) else None
        key = f"{r.owner}|{r.equipment_type}|{date}"
        quote = f"{r.equipment_type}: {r.total} (destroyed {r.destroyed}, damaged {r.damaged}, abandoned {r.abandoned}, captured {r.captured})"
        common = dict(loser=r.owner, period_end=date, published=date, basis="cumulative", flags=("derived",))
        parent = len(figs)
        figs.append(Figure(label=r.equipment_type, value=int(r.total), quote=quote, key=f"{key}|total", **common))
        for s in STATUSES:
            v = int(getattr(r, s))
            if v:
                figs.append(Figure(label=f"{s} {r.equipment_type}", value=v, quote=quote, key=f"{key}|{s}",
                                   parent=parent, **common))
    return figs


@register(name="oryx_csv", version=VERSION, kind="oryx", detect=detect, priority=50, crosswalk="oryx", claimant="oryx")
def parse(doc: Document) -> ParseResult:
    """oryx_data CSVs: per-item events → items; counts per type → oryx_counts and claims; junk rows → rejected_rows."""
    kind = _kind(doc)
    if kind == "events":
        return _events(doc)
    return _counts(doc, kind)
