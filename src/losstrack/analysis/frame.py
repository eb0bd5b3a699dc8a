"""Make a validated claims table from a hand-made table (figures typed in, a wide daily series, test data)."""

from __future__ import annotations

import hashlib

import pandas as pd

from ..schema import columns
from ..validate import check

DEFAULTS = {"region": None, "model": None, "qualifier": "exact", "value_high": None, "period_start": None,
            "basis": "cumulative", "parent_id": None, "span_start": None, "span_end": None,
            "parser": "manual/1", "source_url": None, "flags": None}


def _h(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def claims_frame(records, *, parser: str = "manual/1") -> pd.DataFrame:
    """A validated claims table from rows giving at least ``claimant, loser, category, value, date``.

    Missing columns get sensible values: ``published`` and ``period_end`` from ``date``, ``label``
    from the category, ``qualifier`` exact, ``basis`` cumulative, one ``document_id`` per claimant,
    loser and date (or the row's ``document``), stable ``claim_id`` s, and a ``quote`` that says the
    row was entered by hand.

    Raises
    ------
    losstrack.ValidationFailed
        When a row breaks the claims schema (unknown category or actor, negative value, ...).
    """
    df = pd.DataFrame(records).copy()
    missing = {"claimant", "loser", "category", "value"} - set(df.columns)
    if missing:
        raise ValueError(f"claims_frame: missing column(s) {sorted(missing)}")
    if "date" in df:
        df["date"] = pd.to_datetime(df["date"])
        df["published"] = df.get("published", df["date"])
        df["period_end"] = df.get("period_end", df["date"])
    for col, val in {**DEFAULTS, "parser": parser}.items():
        if col not in df:
            df[col] = val
    if "label" not in df:
        df["label"] = df["category"].str.replace("_", " ")
    doc = df["document"] if "document" in df else (df["claimant"].astype(str) + "|" + df["loser"].astype(str)
                                                   + "|" + df["published"].astype(str))
    if "document_id" not in df:
        df["document_id"] = ["d" + _h(parser, d) for d in doc]
    if "quote" not in df:
        df["quote"] = [f"{lab}: {v:,} (entered by hand)" for lab, v in zip(df["label"], df["value"])]
    if "claim_id" not in df:
        df["claim_id"] = ["c" + _h(d, c, lab, b, m) for d, c, lab, b, m in
                          zip(df["document_id"], df["category"], df["label"], df["basis"], df["model"])]
    df = df[columns("claims")]
    for c in ("published", "period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[us]")
    for c in ("value_high", "span_start", "span_end"):
        df[c] = pd.array(df[c], dtype="Int64")
    return check(df, "claims")


def from_wide(wide: pd.DataFrame, *, claimant: str, loser: str, qualifiers: dict | None = None,
              **extra) -> pd.DataFrame:
    """A claims table from a wide daily table (``date`` plus one column per category, blanks allowed).

    ``qualifiers`` maps a category to its qualifier (e.g. ``{"personnel_casualties": "approx"}``);
    ``extra`` columns (``flags`` is computed by the build, not here) are set on every row.
    """
    long = wide.melt(id_vars=["date"], var_name="category", value_name="value").dropna(subset=["value"])
    long["value"] = long["value"].astype("int64")
    long["qualifier"] = [(qualifiers or {}).get(c, "exact") for c in long["category"]]
    return claims_frame(long.assign(claimant=claimant, loser=loser, **extra))
