"""Steps run over the whole claims table after every document is parsed, before it is written.

Some checks need more than one document: a cumulative total that goes down between two daily
bulletins is an official correction, flagged (``flags`` column), never dropped. Each step takes the
claims table and returns it (same rows, possibly more flags).

The series steps look at the running totals of official bulletins and published series (parsers of
kind ``bulletin`` or ``series``), one series per (parser, claimant, loser, category, region, start):

- ``correction``: the total is lower than the series' total on the previous reported date;
- ``implausible_change``: the day's rise (change / days since the previous report) lies above a
  rolling band of the same series: max(median + 8·1.4826·MAD, 2 × the largest rise, 10) over the
  previous 60 reports, once 7 are known (a drop is a ``correction`` instead). Aimed at transcription
  slips such as an extra digit; a real but record day can be flagged too. Flagged, never fixed or dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

#: The steps, in order. Each is ``fn(claims) -> claims`` and must keep every row.
STEPS: list[Callable[[pd.DataFrame], pd.DataFrame]] = []

SERIES_KINDS = ("bulletin", "series")
SERIES_KEYS = ["_parser", "claimant", "loser", "category", "region", "period_start"]
#: Rolling band for day-over-day changes: window (reports), minimum history, MAD multiplier, floors.
BAND_WINDOW, BAND_MIN, BAND_K, BAND_MAX_FACTOR, BAND_ABS = 60, 7, 8.0, 2.0, 10.0
MY_FLAGS = ("correction", "implausible_change")


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """Apply every step; a step that would drop or add rows is a bug and raises."""
    for step in STEPS:
        out = step(claims)
        if len(out) != len(claims):
            raise RuntimeError(f"post-processing step {step.__name__} changed the row count")
        claims = out
    return claims


def _series_parsers() -> set[str]:
    from .parsers import all_parsers

    return {name for name, spec in all_parsers().items() if spec.kind in SERIES_KINDS}


def _series_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """Running totals of official series with a ``_key`` (one string per series) and ``_date`` (index kept)."""
    if claims.empty or not {"parser", "basis", "parent_id", "period_start"} <= set(claims.columns):
        return pd.DataFrame({"_key": pd.Series(dtype=object), "_date": pd.Series(dtype="datetime64[us]"),
                             "value": pd.Series(dtype="int64")})
    name = claims["parser"].astype(str).str.split("/").str[0]
    mask = (
        name.isin(_series_parsers())
        & (claims["basis"] == "cumulative")
        & claims["parent_id"].isna()
        & claims["period_start"].notna()
    )
    sub = claims.loc[mask]
    key = name[mask]
    for col in SERIES_KEYS[1:]:
        key = key + "|" + sub[col].astype(str).where(sub[col].notna(), "")
    df = pd.DataFrame({"_key": key, "_date": sub["period_end"].fillna(sub["published"]), "value": sub["value"]})
    return df[df["_date"].notna()]


def _per_date(df: pd.DataFrame) -> pd.DataFrame:
    """One value per series and date (the highest, when two copies of a report disagree)."""
    g = df.groupby(["_key", "_date"], sort=True)["value"].max().reset_index()
    same = g["_key"].eq(g["_key"].shift())
    g["prev"] = g["value"].shift().where(same)
    g["gap"] = (g["_date"] - g["_date"].shift()).dt.days.where(same)
    return g


def cumulative_drops(claims: pd.DataFrame) -> pd.Series:
    """True for running totals of an official series that are lower than the series' previous date."""
    out = pd.Series(False, index=claims.index)
    df = _series_rows(claims)
    if df.empty or df["_date"].nunique() < 2:
        return out
    g = _per_date(df)
    merged = df.reset_index().merge(g[["_key", "_date", "prev"]], on=["_key", "_date"], how="left")
    drop = (merged["value"] < merged["prev"]).fillna(False).to_numpy(dtype=bool)
    out.loc[merged.loc[drop, "index"].to_numpy()] = True
    return out


def implausible_changes(claims: pd.DataFrame) -> pd.Series:
    """True for running totals whose rise since the previous report is outside the series' rolling band."""
    out = pd.Series(False, index=claims.index)
    df = _series_rows(claims)
    if df.empty or df["_date"].nunique() < BAND_MIN:
        return out
    g = _per_date(df)
    g["rate"] = (g["value"] - g["prev"]) / g["gap"]
    flags = []
    for _, s in g.groupby("_key", sort=False):
        rate = s["rate"]
        hist = rate.shift()
        med = hist.rolling(BAND_WINDOW, min_periods=BAND_MIN).median()
        mad = (hist - med).abs().rolling(BAND_WINDOW, min_periods=BAND_MIN).median()
        top = hist.rolling(BAND_WINDOW, min_periods=BAND_MIN).max()
        high = np.maximum(np.maximum(med + BAND_K * 1.4826 * mad, BAND_MAX_FACTOR * top), BAND_ABS)
        bad = med.notna() & (rate > high)
        flags.append(bad.fillna(False))
    g["bad"] = pd.concat(flags).reindex(g.index).fillna(False).astype(bool) if flags else False
    merged = df.reset_index().merge(g[["_key", "_date", "bad"]], on=["_key", "_date"], how="left")
    hit = merged["bad"].fillna(False).to_numpy(dtype=bool)
    out.loc[merged.loc[hit, "index"].to_numpy()] = True
    return out


def _set_flag(flags: pd.Series, mask: pd.Series, token: str) -> pd.Series:
    def add(v):
        toks = [t for t in (str(v).split(";") if isinstance(v, str) and v else []) if t]
        return ";".join([*toks, token]) if token not in toks else v

    flags = flags.astype(object)
    flags.loc[mask] = flags.loc[mask].map(add)
    return flags


def _clear(flags: pd.Series, scope: pd.Series) -> pd.Series:
    def strip(v):
        if not isinstance(v, str):
            return v
        toks = [t for t in v.split(";") if t and t not in MY_FLAGS]
        return ";".join(toks) or None

    flags = flags.astype(object)
    flags.loc[scope] = flags.loc[scope].map(strip)
    return flags


def flag_series_history(claims: pd.DataFrame) -> pd.DataFrame:
    """Flag official corrections (a total going down) and implausible day-over-day changes; keep every row."""
    if claims.empty:
        return claims
    scope = pd.Series(False, index=claims.index)
    scope.loc[_series_rows(claims).index] = True
    flags = _clear(claims["flags"], scope)
    flags = _set_flag(flags, cumulative_drops(claims), "correction")
    flags = _set_flag(flags, implausible_changes(claims), "implausible_change")
    out = claims.copy()
    out["flags"] = flags.where(flags.notna(), None)
    return out


STEPS.append(flag_series_history)
