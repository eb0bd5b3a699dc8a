"""Plugin: WarSpotting per-item losses (API v1 fields, as CSV or as the API's JSON) and its per-type stats.

Each loss becomes an item (source ``warspotting``) with its loss date, nearest place, coordinates, unit
and evidence link; derived claims by ``warspotting`` give, per side and type, a total with one child per
status, as of the newest loss date. Field names of both API generations are read: v1's ``geolocation``
and ``oryx_url`` and the newer ``geo``, ``tags``, ``comment``, ``sources`` and ``photos``.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pandas as pd

from .. import actors
from ..documents import Document
from ..items import canonical_categories, evidence_key, item_id, items_frame
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.0.0"
LOSS_FIELDS = {"id", "type", "model", "status", "lost_by", "date"}
STATS_HEADER = ["type_name", "counts.losses"]


def _csv_header(doc: Document) -> list[str]:
    return [c.strip().strip('"') for c in doc.text.lstrip("\ufeff").split("\n", 1)[0].split(",")]


def _json(doc: Document):
    try:
        data = json.loads(doc.text)
    except ValueError as exc:
        raise ParseError(f"{doc.origin}: truncated or malformed JSON ({exc})") from exc
    records = data.get("losses", data.get("results")) if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ParseError(f"{doc.origin}: JSON without a list of losses (expected a list or {{'losses': [...]}})")
    return records


def detect(doc: Document) -> bool:
    """A WarSpotting losses CSV/JSON (fields id, type, model, status, lost_by, date) or its stats CSV."""
    if doc.suffix == ".csv":
        head = _csv_header(doc)
        return LOSS_FIELDS <= set(head) or head[:2] == STATS_HEADER
    if doc.suffix == ".json":
        head = doc.text[:4000]
        return all(f'"{f}"' in head for f in ("lost_by", "status", "model", "type"))
    return False


def _coords(value) -> tuple[float | None, float | None]:
    """'47.09,37.52' | [47.09, 37.52] | {'lat': .., 'lng'/'lon': ..} → (lat, lon); (None, None) if unreadable."""
    try:
        if isinstance(value, dict):
            lat, lon = value.get("lat", value.get("latitude")), value.get("lng", value.get("lon", value.get("longitude")))
        elif isinstance(value, (list, tuple)):
            lat, lon = value[0], value[1]
        elif isinstance(value, str) and "," in value:
            lat, lon = value.split(",")[:2]
        else:
            return None, None
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError, IndexError):
        return None, None
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        return lat, lon
    return None, None


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v) or None
    s = str(value).strip()
    return s or None


def _first_url(value) -> str | None:
    """The evidence link among ``sources``: an Oryx-style photo or post (postimg, twitter/x) first, else the first."""
    if isinstance(value, str):
        value = [value]
    urls = [(v.get("url") if isinstance(v, dict) else v) for v in (value or [])]
    urls = [u.strip() for u in urls if isinstance(u, str) and u.strip()]
    for u in urls:
        key = evidence_key(u) or ""
        if key.startswith(("postimg:", "twitter:")):
            return u
    return urls[0] if urls else None


def _item(rec: dict, doc_id: str, seen: Counter) -> dict:
    owner = actors.resolve(str(rec.get("lost_by") or "").strip())
    status = (_text(rec.get("status")) or "").lower() or None
    geo = rec.get("geo", rec.get("geolocation"))
    lat, lon = _coords(geo)
    if lat is None and rec.get("Latitude") not in (None, ""):
        lat, lon = _coords([rec.get("Latitude"), rec.get("Longitude")])
    note = [x for x in (_text(rec.get("comment")), _text(rec.get("tags"))) if x]
    if lat is None and _text(geo):
        note.append(f"unreadable coordinates {_text(geo)!r}")
    url = _text(rec.get("oryx_url")) or _first_url(rec.get("sources")) or _first_url(rec.get("photos"))
    sid = _text(rec.get("id"))
    base = ("warspotting", owner, sid)
    seen[base] += 1
    return {
        "item_id": item_id(*base, seen[base]), "document_id": doc_id, "source": "warspotting", "owner": owner,
        "source_category": _text(rec.get("type")), "model": _text(rec.get("model")), "status": status,
        "status_text": _text(rec.get("status")), "counted_as": status if status in ("destroyed", "damaged", "abandoned", "captured") else None,
        "note": "; ".join(note) or None, "evidence_url": url, "evidence_key": evidence_key(url),
        "loss_date": _text(rec.get("date")), "place": _text(rec.get("nearest_location")), "latitude": lat,
        "longitude": lon, "unit": _text(rec.get("unit")), "source_id": sid,
    }


def _losses(doc: Document, records) -> ParseResult:
    seen, doc_id = Counter(), doc.document_id
    items = items_frame([_item(r, doc_id, seen) for r in records])
    missing = items["owner"].isna() | items["status"].isna()
    if missing.any():
        first = items[missing].iloc[0]
        raise ParseError(f"{doc.origin}: {int(missing.sum())} loss(es) without a known side or status, e.g. id {first.source_id}")
    cats, unknown = canonical_categories(items["source_category"], "warspotting")
    if unknown:
        raise ParseError(f"{doc.origin}: WarSpotting type(s) not in crosswalks/warspotting.csv: {', '.join(map(repr, unknown))}")
    items["category"] = items["source_category"].map(cats)
    as_of = items["loss_date"].max()
    items["as_of"] = as_of
    as_of = as_of.date() if pd.notna(as_of) else doc.published
    figs: list[Figure] = []
    for (owner, label), grp in items.groupby(["owner", "source_category"], sort=True):
        common = dict(loser=owner, period_end=as_of, basis="cumulative", flags=("derived",))
        quote = f"WarSpotting: {len(grp)} {label} lost by {owner} up to {as_of}"
        parent = len(figs)
        figs.append(Figure(label=label, value=len(grp), quote=quote, key=f"{owner}|{label}|total", **common))
        for status, n in sorted(grp["status"].value_counts().items()):
            figs.append(Figure(label=f"{status} {label}", value=int(n), quote=quote, key=f"{owner}|{label}|{status}",
                               parent=parent, **common))
    return ParseResult(figures=figs, tables={"items": items}, meta={"published": as_of})


def _stats(doc: Document) -> ParseResult:
    """stats.csv: per type, ``counts.losses`` (not damaged) and ``counts.damaged``; Russian losses."""
    figs: list[Figure] = []
    for row in csv.DictReader(io.StringIO(doc.text.lstrip("\ufeff"))):
        label = (row.get("type_name") or "").strip()
        try:
            lost, damaged = int(row["counts.losses"]), int(row.get("counts.damaged") or 0)
        except (KeyError, ValueError) as exc:
            raise ParseError(f"{doc.origin}: type {label!r}: counts are not whole numbers") from exc
        quote = f"{label}: losses {lost}, damaged {damaged}"
        common = dict(loser="RUS", period_end=doc.published, basis="cumulative")
        parent = len(figs)
        figs.append(Figure(label=label, value=lost + damaged, quote=quote, key=f"{label}|total", **common))
        figs.append(Figure(label=f"lost {label}", value=lost, quote=quote, key=f"{label}|lost", parent=parent, **common))
        figs.append(Figure(label=f"damaged {label}", value=damaged, quote=quote, key=f"{label}|damaged", parent=parent, **common))
    return ParseResult(figures=figs)


@register(name="warspotting", version=VERSION, kind="warspotting", detect=detect, priority=50,
          crosswalk="warspotting", claimant="warspotting")
def parse(doc: Document) -> ParseResult:
    """WarSpotting losses (CSV or API JSON) → items and derived claims; stats.csv → claims per type."""
    if doc.suffix == ".json":
        return _losses(doc, _json(doc))
    if _csv_header(doc)[:2] == STATS_HEADER:
        return _stats(doc)
    return _losses(doc, list(csv.DictReader(io.StringIO(doc.text.lstrip("\ufeff")))))
