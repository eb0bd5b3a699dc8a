"""``datapackage.json``: a Frictionless Data Package describing the dataset's tables, fields, licences and sources.

Field names, types, descriptions and constraints come from the pandera models in :mod:`losstrack.schema`
(the single source of truth), so the descriptor never drifts from the files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from . import __version__
from .schema import MODELS
from .store import atomic_write_bytes

#: pandas dtype → Frictionless field type.
TYPES = {"str": "string", "string": "string", "object": "string", "int64": "integer", "Int64": "integer",
         "float64": "number", "Float64": "number", "bool": "boolean", "boolean": "boolean"}
DESCRIPTIONS = {
    "rejects": "Every rule a failed document broke: document, claim, figure, column, rule, offending value.",
}


def _type(dtype) -> str:
    s = str(dtype)
    return "datetime" if s.startswith("datetime64") else TYPES.get(s, "any")


def _constraints(col) -> dict:
    out = {}
    if not col.nullable:
        out["required"] = True
    if col.unique:
        out["unique"] = True
    for chk in col.checks:
        stats = chk.statistics or {}
        if "allowed_values" in stats and len(stats["allowed_values"]) <= 200:
            out["enum"] = sorted(str(v) for v in stats["allowed_values"])
        elif "min_value" in stats and chk.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif "pattern" in stats:
            out["pattern"] = str(stats["pattern"]).lstrip("^").rstrip("$")
    return out


def table_schema(name: str, df: pd.DataFrame) -> dict:
    """The Table Schema of a table: from its pandera model if it has one, else from the frame's dtypes."""
    model = MODELS.get(name)
    cols = model.to_schema().columns if model is not None else {}
    fields = []
    for c in df.columns:
        f = {"name": c, "type": _type(df[c].dtype)}
        if c in cols:
            if cols[c].description:
                f["description"] = cols[c].description
            cons = _constraints(cols[c])
            if cons:
                f["constraints"] = cons
        fields.append(f)
    # nulls of float columns come back as NaN through some readers (frictionless reads Parquet via pandas)
    schema = {"fields": fields, "missingValues": ["", "nan", "NaN"]}
    key = {"claims": "claim_id", "claims_history": "claim_id", "documents": "document_id"}.get(name)
    if key:
        schema["primaryKey"] = [key]
    return schema


def _licence(text: str) -> dict:
    return {"name": re.sub(r"[^A-Za-z0-9.\-]+", "-", text.strip()).strip("-") or "unknown", "title": text.strip()}


def descriptor(tables: dict[str, pd.DataFrame], documents: pd.DataFrame, provenance: dict) -> dict:
    """The Data Package descriptor for a built dataset (tables by name, its documents, build provenance)."""
    resources = []
    for name, df in tables.items():
        model = MODELS.get(name)
        doc = (model.__doc__ or "").strip().split("\n")[0] if model is not None else DESCRIPTIONS.get(name, "")
        if name == "claims_history":
            doc = "The claims of every document version ever seen (see versions); the claims table is the current view."
        resources.append({
            "name": name.replace("_", "-"),
            "path": f"{name}.parquet",
            "type": "table",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": doc,
            "schema": table_schema(name, df),
        })
    lics = sorted({str(v) for v in documents.get("licence", pd.Series(dtype=str)).dropna() if str(v).strip()})
    sources = []
    for r in documents.drop_duplicates("origin").itertuples(index=False):
        src = {"title": str(r.title or r.publisher or r.origin)}
        if isinstance(r.url, str) and r.url:
            src["path"] = r.url
        sources.append(src)
    desc = {
        "name": "losstrack-data",
        "title": "losstrack: reported war losses as claims",
        "description": "Reported war losses, one row per figure as its source states it, with provenance. "
        "Licences listed are those the source documents declare; documents without one keep their "
        "publishers' terms.",
        "version": provenance.get("build_id", __version__),
        "created": provenance.get("built_at"),
        "licenses": [_licence(x) for x in lics] or [{"name": "other-at", "title": "Per source document (see sources)"}],
        "sources": sources[:500],
        "resources": resources,
        "losstrack": {k: v for k, v in provenance.items() if k != "build_id"},
    }
    return {k: v for k, v in desc.items() if v is not None}


def write_datapackage(folder: Path, tables: dict[str, pd.DataFrame], documents: pd.DataFrame, provenance: dict) -> Path:
    """Write ``folder/datapackage.json`` atomically; returns its path."""
    path = Path(folder) / "datapackage.json"
    desc = descriptor(tables, documents, provenance)
    atomic_write_bytes(path, json.dumps(desc, indent=1, ensure_ascii=False, default=str).encode())
    return path
