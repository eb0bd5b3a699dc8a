"""Daily series helpers for cumulative claims: totals → changes, with gaps and corrections visible."""

from __future__ import annotations

import pandas as pd

KEYS = ["claimant", "loser", "category"]


def as_of_date(claims: pd.DataFrame) -> pd.Series:
    """The date a figure describes: ``period_end`` where given, else ``published``."""
    return claims["period_end"].fillna(claims["published"])


def daily_changes(claims: pd.DataFrame, *, fill: bool = False) -> pd.DataFrame:
    """Day-to-day changes of cumulative series, one row per (claimant, loser, category, date).

    Negative changes (official corrections) are kept. Days with no report are not invented:
    ``gap_days`` says how many days the change spans (1 for consecutive reports). With ``fill=True``
    the totals are forward-filled to every calendar day first, so changes of missing days are 0.

    Returns columns ``claimant, loser, category, date, value, change, gap_days``.
    """
    df = claims[(claims["basis"] == "cumulative") & claims["parent_id"].isna()].copy()
    df["date"] = as_of_date(df)
    df = (
        df.sort_values([*KEYS, "date", "published"])
        .drop_duplicates([*KEYS, "date"], keep="last")[[*KEYS, "date", "value"]]
    )
    parts = []
    for key, g in df.groupby(KEYS, dropna=False, sort=True):
        g = g.set_index("date")["value"].astype("Int64")
        if fill and len(g):
            g = g.reindex(pd.date_range(g.index.min(), g.index.max(), freq="D")).ffill()
        out = pd.DataFrame({"date": g.index, "value": g.to_numpy(), "change": g.diff().to_numpy()})
        out["gap_days"] = out["date"].diff().dt.days.astype("Int64")
        for k, v in zip(KEYS, key):
            out[k] = v
        parts.append(out)
    cols = [*KEYS, "date", "value", "change", "gap_days"]
    if not parts:
        return pd.DataFrame(columns=cols)
    res = pd.concat(parts, ignore_index=True)[cols]
    res["change"] = res["change"].astype("Int64")
    res["value"] = res["value"].astype("Int64")
    return res
