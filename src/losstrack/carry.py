"""Carrying unchanged documents over from the previous snapshot: their rows of every table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .schema import MODELS
from .validate import validate

#: Tables every build writes; any other table in a snapshot was made by a parser (e.g. Oryx ``items``).
CORE = {"claims", "documents", "rejects", "versions", "claims_history"}


def previous(prev_dir: Path | None, name: str, ids=None) -> pd.DataFrame | None:
    """A table of the previous snapshot (rows of documents ``ids`` only, if given)."""
    from .store import load

    if prev_dir is None or not (prev_dir / f"{name}.parquet").exists():
        return None
    df = load(name, prev_dir / f"{name}.parquet", validate=False)
    return df if ids is None or "document_id" not in df else df[df["document_id"].isin(ids)]


def dedupe(documents: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """Keep one row per content: the same bytes under two names are one document (the first origin).

    Returns the kept rows and ``{skipped origin: origin it duplicates}``.
    """
    documents = documents.sort_values("origin", ignore_index=True)
    dup = documents["document_id"].duplicated()
    first = documents.drop_duplicates("document_id").set_index("document_id")["origin"]
    skipped = {o: first[d] for o, d in zip(documents.loc[dup, "origin"], documents.loc[dup, "document_id"])}
    return documents[~dup].reset_index(drop=True), skipped


def extra_tables(prev_dir, manifest, tables: dict, keep_ids: set) -> dict[str, pd.DataFrame]:
    """Parser-made tables (e.g. Oryx ``items``): rows of carried-over documents plus the new ones, validated."""
    names = set(tables) | {n for n in (manifest or {}).get("tables", {}) if n not in CORE}
    merged = {}
    for name in sorted(names):
        old = previous(prev_dir, name, keep_ids)
        parts = ([old] if old is not None else []) + tables.get(name, [])
        if not parts:
            continue
        merged[name] = pd.concat(parts, ignore_index=True)
        if name in MODELS:
            merged[name] = validate(merged[name], name)[0]
    return merged
