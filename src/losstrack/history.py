"""Vintages: the append-only history of document versions, and the dataset as it stood on a given day.

Every content seen at an origin is a version (``vintage`` 1, 2, ...) valid from its ``retrieved`` time
until the next version's (or its removal): its ``superseded`` time. ``claims_history`` keeps the claims
of every version, so ``load("claims", as_of=...)`` can rebuild the claims table of any past moment.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .schema import columns, empty

DATE = "datetime64[us]"


def update_versions(versions: pd.DataFrame | None, docs: pd.DataFrame, removed: list[str], now: dt.datetime
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Record this build's documents in the history; return ``(versions, docs with vintage set)``.

    ``docs`` holds the current documents (new, reparsed and carried over). A document whose origin's
    open version has another id becomes a new vintage and closes the old one; a removed origin's open
    version is closed at ``now``.
    """
    v = (versions if versions is not None else empty("versions")).copy()
    docs = docs.copy()
    now = pd.Timestamp(now)
    open_ = v["superseded"].isna()
    by_origin = {o: i for i, o in zip(v.index[open_], v.loc[open_, "origin"])}
    top = v.groupby("origin")["vintage"].max().to_dict() if len(v) else {}
    new_rows, vintages = [], []
    for d in docs.itertuples(index=False):
        i = by_origin.get(d.origin)
        fields = {"published": pd.NaT if pd.isna(d.published) else pd.Timestamp(d.published), "sha256": d.sha256, "parser": d.parser, "status": d.status,
                  "n_claims": d.n_claims}
        if i is not None and v.at[i, "document_id"] == d.document_id:  # same content (maybe reparsed)
            for k, val in fields.items():
                v.at[i, k] = val
            vintages.append(int(v.at[i, "vintage"]))
            continue
        if i is not None:  # revised: close the old version
            v.at[i, "superseded"] = max(pd.Timestamp(d.retrieved), v.at[i, "retrieved"])
        n = int(top.get(d.origin, 0)) + 1
        new_rows.append({"document_id": d.document_id, "origin": d.origin, "vintage": n,
                         "retrieved": d.retrieved, "superseded": None, **fields})
        vintages.append(n)
    for origin in removed:
        i = by_origin.get(origin)
        if i is not None:
            v.at[i, "superseded"] = now
    if new_rows:
        v = pd.concat([v, pd.DataFrame(new_rows, columns=columns("versions"))], ignore_index=True)
    for c in ("published", "retrieved", "superseded"):
        v[c] = pd.to_datetime(v[c]).astype(DATE)
    docs["vintage"] = vintages
    return v.sort_values(["origin", "vintage"], ignore_index=True), docs


def _bound(as_of) -> pd.Timestamp:
    """The instant just after ``as_of``: a date (or date-only string) means the end of that day."""
    if isinstance(as_of, str) and len(as_of.strip()) == 10:
        return pd.Timestamp(as_of) + pd.Timedelta(days=1)
    if isinstance(as_of, dt.date) and not isinstance(as_of, dt.datetime):
        return pd.Timestamp(as_of) + pd.Timedelta(days=1)
    ts = pd.Timestamp(as_of)
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts + pd.Timedelta(microseconds=1)


def versions_at(versions: pd.DataFrame, as_of) -> pd.DataFrame:
    """The document versions that were current at ``as_of``."""
    b = _bound(as_of)
    live = (versions["retrieved"] < b) & (versions["superseded"].isna() | (versions["superseded"] >= b))
    return versions[live].reset_index(drop=True)


def as_of_view(table: str, path, as_of) -> pd.DataFrame:
    """``claims`` (or ``documents``: rows of ``versions``) as the dataset stood at ``as_of``."""
    from . import postprocess
    from .store import load

    live = versions_at(load("versions", path), as_of)
    if table == "documents":
        return live
    if table != "claims":
        raise ValueError(f"as_of works for 'claims' and 'documents', not {table!r}")
    hist = load("claims_history", path)
    claims = hist[hist["document_id"].isin(live.loc[live["status"] == "ok", "document_id"])]
    claims = claims.sort_values(["published", "document_id", "span_start", "claim_id"], kind="stable", ignore_index=True)
    return postprocess.run(claims)


def revisions(path="data", origin: str | None = None) -> pd.DataFrame:
    """The claims of every version of every document (or of ``origin``), with the version's validity.

    One row per claim and version: the claim columns plus ``origin``, ``vintage``, ``retrieved`` and
    ``superseded``, sorted so a figure's successive values read top to bottom — how a source revised it.
    """
    from .store import load

    v = load("versions", path)
    if origin is not None:
        v = v[v["origin"] == origin]
    hist = load("claims_history", path)
    out = hist.merge(v[["document_id", "origin", "vintage", "retrieved", "superseded"]], on="document_id")
    return out.sort_values(["origin", "category", "vintage", "span_start"], kind="stable", ignore_index=True)
