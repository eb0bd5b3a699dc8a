"""Series from claims: one figure per date and claimant, latest figure as of a date, changes and rolling means."""

from __future__ import annotations

import pandas as pd

from .. import series as _daily
from .rollup import rollup

#: Output columns of :func:`series` besides the ``by`` keys.
SERIES_COLUMNS = ["loser", "region", "category", "date", "value", "qualifier", "value_high", "parts", "labels",
                  "flags", "document_id", "parser", "n_reports", "spread"]


def _keys(by) -> list[str]:
    by = [by] if isinstance(by, str) else list(by)
    by = by if "claimant" in by else ["claimant", *by]
    return [*by, *[k for k in ("loser", "region", "category") if k not in by]]


def series(claims: pd.DataFrame, category: str, *, claimant=None, loser=None, basis: str = "cumulative",
           region=None, by=("claimant",), start=None, end=None, models: bool = False,
           nested: str = "sum") -> pd.DataFrame:
    """A time series of ``category`` (rolled up the tree): one figure per date for each claimant.

    When several documents give a figure for the same date and claimant (two transcriptions of one
    bulletin, a correction published later), the one published last is kept and ``n_reports`` /
    ``spread`` (max − min of their values) say that there were others. Pass ``by=("claimant",
    "parser")`` to keep transcriptions apart. Other parameters as in :func:`rollup`.

    Returns
    -------
    DataFrame
        The ``by`` columns, then ``loser, region, category, date, value, qualifier, value_high, parts,
        labels, flags, document_id, parser, n_reports, spread``, sorted by key and date.
    """
    keys = _keys(by)
    r = rollup(claims, category, claimant=claimant, loser=loser, basis=basis, region=region, models=models,
               nested=nested)
    if start is not None:
        r = r[r["date"] >= pd.Timestamp(start)]
    if end is not None:
        r = r[r["date"] <= pd.Timestamp(end)]
    cols = [*keys, *[c for c in SERIES_COLUMNS if c not in keys]]
    if r.empty:
        empty = pd.DataFrame(columns=cols)
        empty.attrs["keys"] = keys
        return empty
    grp = r.groupby([*keys, "date"], dropna=False)["value"]
    r = r.assign(n_reports=grp.transform("size"), spread=grp.transform("max") - grp.transform("min"))
    r = r.sort_values([*keys, "date", "published", "document_id"], kind="stable")
    r = r.drop_duplicates([*keys, "date"], keep="last")
    out = r[cols].reset_index(drop=True)
    out.attrs["keys"] = keys
    return out


def latest(claims: pd.DataFrame, categories, *, as_of=None, claimant=None, loser=None, region=None,
           by=("claimant",), nested: str = "sum") -> pd.DataFrame:
    """The latest cumulative figure per claimant (and loser, region) for each category, as of a date.

    Parameters
    ----------
    categories : str or list of str
        Nodes of the category tree (each rolled up).
    as_of : date-like, optional
        Only figures dated on or before this day count (default: all).

    Returns
    -------
    DataFrame
        One row per key and category, with the figure's ``date``, ``value``, ``qualifier``, ``value_high``.
    """
    cats = [categories] if isinstance(categories, str) else list(categories)
    parts = [series(claims, c, claimant=claimant, loser=loser, region=region, by=by, end=as_of, nested=nested)
             for c in cats]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=series(claims.iloc[:0], cats[0] if cats else "other").columns)
    s = pd.concat(parts, ignore_index=True)
    return s.groupby(_keys(by), dropna=False, sort=False).tail(1).reset_index(drop=True)


def series_keys(s: pd.DataFrame) -> list[str]:
    """The columns that tell a series' lines apart (``by`` plus loser, region, category)."""
    return list(s.attrs.get("keys") or [c for c in ("claimant", "loser", "region", "category") if c in s.columns])


def _as_claims(s: pd.DataFrame) -> pd.DataFrame:
    """A series in the shape ``losstrack.series.daily_changes`` reads (cumulative, top-level)."""
    return pd.DataFrame({"claimant": "x", "loser": "x", "category": "x", "basis": "cumulative", "parent_id": None,
                         "period_end": s["date"].to_numpy(), "published": s["date"].to_numpy(),
                         "value": s["value"].to_numpy()})


def changes(s: pd.DataFrame, freq: str = "D", *, fill: bool = False) -> pd.DataFrame:
    """Cumulative series → changes per day (``"D"``), week (``"W"``, weeks ending Sunday) or month (``"M"``).

    Daily changes come from :func:`losstrack.series.daily_changes`: a day with no report is not
    invented (``gap_days`` says how many days a change spans) unless ``fill=True``. Weekly and monthly
    changes compare the last figure of each period with the last of the previous period that has one
    (``gap_days`` again gives the span). Negative changes — official corrections — are kept.

    Parameters
    ----------
    s : DataFrame
        Output of :func:`series` (any ``by`` keys).

    Returns
    -------
    DataFrame
        The keys, then ``date`` (the report date, or the period's end), ``value``, ``change``, ``gap_days``.
    """
    if freq not in ("D", "W", "M"):
        raise ValueError(f"freq must be 'D', 'W' or 'M', not {freq!r}")
    keys = series_keys(s)
    cols = [*keys, "date", "value", "change", "gap_days"]
    out = []
    for key, g in s.groupby(keys, dropna=False, sort=False):
        g = g.sort_values("date")
        if freq == "D":
            d = _daily.daily_changes(_as_claims(g), fill=fill)[["date", "value", "change", "gap_days"]]
        else:
            rule = {"W": "W-SUN", "M": "ME"}[freq]
            last = g.set_index("date")["value"].astype("Int64").resample(rule).last().dropna()
            d = pd.DataFrame({"date": last.index, "value": last.to_numpy()})
            d["change"] = d["value"].diff()
            d["gap_days"] = d["date"].diff().dt.days.astype("Int64")
        d = d.assign(**dict(zip(keys, key if isinstance(key, tuple) else (key,))))
        out.append(d)
    if not out:
        return pd.DataFrame(columns=cols)
    res = pd.concat(out, ignore_index=True)[cols]
    res["value"] = res["value"].astype("Int64")
    res["change"] = res["change"].astype("Int64")
    res.attrs["keys"] = keys
    return res


def rolling_mean(ch: pd.DataFrame, window: int = 7) -> pd.DataFrame:
    """Add ``rolling``: the mean change per day over the last ``window`` calendar days.

    The mean is the sum of the changes reported in the window divided by the days they span, so a
    change that covers a three-day gap counts as three days, not one; a window with no report is NaN.
    """
    keys = series_keys(ch)
    parts = []
    for _key, g in ch.groupby(keys, dropna=False, sort=False):
        g = g.sort_values("date")
        ok = g["change"].notna().to_numpy()
        tmp = pd.DataFrame({"c": g["change"].astype("Float64").fillna(0).astype(float).to_numpy(),
                            "d": g["gap_days"].astype("Float64").fillna(0).astype(float).to_numpy() * ok},
                           index=pd.DatetimeIndex(g["date"]))
        roll = tmp.rolling(f"{window}D").sum()
        parts.append(g.assign(rolling=(roll["c"] / roll["d"]).where(roll["d"] > 0).to_numpy()))
    if not parts:
        return ch.assign(rolling=pd.Series(dtype=float))
    out = pd.concat(parts).sort_index()
    out.attrs["keys"] = keys
    return out
