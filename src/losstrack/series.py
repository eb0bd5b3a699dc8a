"""Daily series helpers for cumulative claims: totals → changes, with gaps and corrections visible,
and two transcriptions of the same official series side by side (:func:`compare`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

KEYS = ["claimant", "loser", "category"]
COMPARE_COLUMNS = ["category", "date", "value_a", "value_b", "diff", "status", "label_a", "label_b", "url_b"]


def as_of_date(claims: pd.DataFrame) -> pd.Series:
    """The date a figure describes: ``period_end`` where given, else ``published``."""
    return claims["period_end"].fillna(claims["published"])


def _totals(claims: pd.DataFrame, keys) -> pd.DataFrame:
    df = claims[(claims["basis"] == "cumulative") & claims["parent_id"].isna()].copy()
    df["date"] = as_of_date(df)
    return df.sort_values([*keys, "date", "published"]).drop_duplicates([*keys, "date"], keep="last")


def daily_changes(claims: pd.DataFrame, *, fill: bool = False, by=None) -> pd.DataFrame:
    """Day-to-day changes of cumulative series, one row per series key and date.

    Negative changes (official corrections) are kept. Days with no report are not invented:
    ``gap_days`` says how many days the change spans (1 for consecutive reports; see :func:`gaps`).
    With ``fill=True`` the totals are forward-filled to every calendar day first, so changes of
    missing days are 0. ``by`` are the series keys (default ``claimant, loser, category``; add
    ``"parser"`` to keep two transcriptions of one series apart).

    Returns columns ``*by, date, value, change, gap_days``.
    """
    keys = list(by or KEYS)
    df = _totals(claims, keys)[[*keys, "date", "value"]]
    parts = []
    for key, g in df.groupby(keys, dropna=False, sort=True):
        g = g.set_index("date")["value"].astype("Int64")
        if fill and len(g):
            g = g.reindex(pd.date_range(g.index.min(), g.index.max(), freq="D")).ffill()
        out = pd.DataFrame({"date": g.index, "value": g.to_numpy(), "change": g.diff().to_numpy()})
        out["gap_days"] = out["date"].diff().dt.days.astype("Int64")
        for k, v in zip(keys, key):
            out[k] = v
        parts.append(out)
    cols = [*keys, "date", "value", "change", "gap_days"]
    if not parts:
        return pd.DataFrame(columns=cols)
    res = pd.concat(parts, ignore_index=True)[cols]
    res["change"] = res["change"].astype("Int64")
    res["value"] = res["value"].astype("Int64")
    return res


def gaps(claims: pd.DataFrame, *, by=None) -> pd.DataFrame:
    """Runs of calendar days with no report inside each cumulative series (nothing is filled in).

    Returns columns ``*by, after, before, missing_days``: the last reported date before the gap, the
    next reported date, and the number of days without a report in between.
    """
    keys = list(by or KEYS)
    ch = daily_changes(claims, by=keys)
    g = ch[ch["gap_days"] > 1].copy()
    g["before"] = g["date"]
    g["after"] = g["date"] - pd.to_timedelta(g["gap_days"].astype("int64"), unit="D")
    g["missing_days"] = (g["gap_days"] - 1).astype("Int64")
    return g[[*keys, "after", "before", "missing_days"]].reset_index(drop=True)


def as_claims(source) -> pd.DataFrame:
    """A claims table from a DataFrame (returned as is), a document path, or a list of paths.

    Paths are parsed with the parser that recognises them (e.g. a published JSON series).
    """
    if isinstance(source, pd.DataFrame):
        return source
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    from .documents import read_document
    from .parsers import ParseError, detect
    from .pipeline import claims_for

    parts = []
    for p in paths:
        doc = read_document(Path(p))
        spec = detect(doc)
        if spec is None:
            raise ParseError(f"{p}: no parser recognises this document")
        parts.append(claims_for(doc, spec, spec.run(doc)))
    return pd.concat(parts, ignore_index=True)


def compare(a, b, *, categories=None) -> pd.DataFrame:
    """Two transcriptions of the same official series side by side, per category and date.

    Parameters
    ----------
    a, b : DataFrame, path, or list of paths
        Claims tables (or documents to parse, e.g. the two published JSON series). Only running
        totals (basis cumulative, no parent) are compared; a date is the figure's ``period_end``.
    categories : list of str, optional
        Only these categories.

    Returns
    -------
    DataFrame
        ``category, date, value_a, value_b, diff (b - a), status, label_a, label_b, url_b`` with
        status ``agree``, ``disagree``, ``only_a`` or ``only_b``. ``disagreements(cmp)`` and
        ``compare_summary(cmp)`` give the days that differ and counts per category.
    """
    sides = []
    for name, src in (("a", a), ("b", b)):
        t = _totals(as_claims(src), ["category"])
        if categories is not None:
            t = t[t["category"].isin(list(categories))]
        sides.append(t[["category", "date", "value", "label", "source_url"]].rename(
            columns={"value": f"value_{name}", "label": f"label_{name}", "source_url": f"url_{name}"}))
    m = sides[0].merge(sides[1], on=["category", "date"], how="outer")
    both = m["value_a"].notna() & m["value_b"].notna()
    m["value_a"], m["value_b"] = m["value_a"].astype("Int64"), m["value_b"].astype("Int64")
    m["diff"] = (m["value_b"] - m["value_a"]).astype("Int64")
    m["status"] = "only_a"
    m.loc[m["value_a"].isna(), "status"] = "only_b"
    m.loc[both, "status"] = "disagree"
    m.loc[both & (m["diff"] == 0).fillna(False), "status"] = "agree"
    return m.sort_values(["category", "date"], ignore_index=True)[COMPARE_COLUMNS]


def disagreements(cmp: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`compare` table where both transcriptions have the day but differ."""
    return cmp[cmp["status"] == "disagree"].reset_index(drop=True)


def disagreement_runs(cmp: pd.DataFrame) -> pd.DataFrame:
    """Disagreements grouped into runs: consecutive common days of a category with the same difference.

    One slip carried forward for weeks is one run, not forty disagreements. Returns ``category,
    first, last, days, diff``.
    """
    common = cmp[cmp["status"].isin(["agree", "disagree"])].sort_values(["category", "date"])
    new = (common["category"] != common["category"].shift()) | (common["diff"] != common["diff"].shift())
    common = common.assign(run=new.cumsum())
    dis = common[common["status"] == "disagree"]
    runs = dis.groupby("run").agg(category=("category", "first"), first=("date", "min"), last=("date", "max"),
                                  days=("date", "size"), diff=("diff", "first"))
    return runs.reset_index(drop=True)


def compare_summary(cmp: pd.DataFrame) -> pd.DataFrame:
    """Per category: days in both, agreeing, disagreeing (and in how many separate runs), days only one has."""
    counts = pd.crosstab(cmp["category"], cmp["status"])
    for col in ("agree", "disagree", "only_a", "only_b"):
        if col not in counts:
            counts[col] = 0
    counts["common"] = counts["agree"] + counts["disagree"]
    counts["runs"] = disagreement_runs(cmp).groupby("category").size().reindex(counts.index).fillna(0).astype(int)
    return counts[["common", "agree", "disagree", "runs", "only_a", "only_b"]].reset_index()
