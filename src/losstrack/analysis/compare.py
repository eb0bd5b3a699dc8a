"""Per-claimant comparison tables: e.g. what the General Staff claims vs what Oryx confirms, per category."""

from __future__ import annotations

import pandas as pd

from ..vocab import taxonomy
from .rollup import _filter
from .series import series

COLUMNS = ["category", "date", "date_a", "value_a", "qualifier_a", "date_b", "value_b", "qualifier_b", "ratio",
           "parts_a", "parts_b"]


def comparable_categories(claims: pd.DataFrame, a: str, b: str, *, loser=None) -> list[str]:
    """Nodes either claimant reports directly, plus their ancestors, in the tree's order."""
    tree = taxonomy()
    df = _filter(claims, claimant=[a, b], loser=loser)
    df = df[df["model"].isna()]
    nodes = set()
    for c in df["category"].unique():
        nodes |= {c, *tree.ancestors(c)}
    return [n for n in tree.nodes if n in nodes]


def _at(s: pd.DataFrame, when: pd.Timestamp, tolerance: pd.Timedelta):
    s = s[(s["date"] <= when) & (s["date"] >= when - tolerance)]
    return s.iloc[-1] if len(s) else None


def compare_claimants(claims: pd.DataFrame, a: str = "UKR-GS", b: str = "oryx", *, loser=None, categories=None,
                      at=None, tolerance: str | pd.Timedelta = "7D", nested: str = "sum") -> pd.DataFrame:
    """Claimant ``a``'s figure beside claimant ``b``'s, per category, at matching dates, with ``a / b``.

    Both sides are rolled up the category tree (:func:`losstrack.analysis.rollup`), so the General
    Staff's "armoured combat vehicles" meets the sum of Oryx's AFV, IFV and APC headings.

    Parameters
    ----------
    claims : DataFrame
        Any claims table holding both claimants.
    a, b : str
        Actor ids, e.g. ``"UKR-GS"`` (claimed) and ``"oryx"`` (visually confirmed).
    loser : str, optional
        Whose losses (e.g. ``"RUS"``).
    categories : list of str, optional
        Nodes to compare (default: :func:`comparable_categories`; rows where one side has no figure are dropped).
    at : date-like, list of dates or ``"each"``, optional
        When to compare. Default: per category, the last date both sides reported by (the earlier of
        their latest dates). ``"each"`` gives one row per date of ``b``'s series. Each side's figure
        is its latest on or before that date, and at most ``tolerance`` older; else the row is left out.

    Returns
    -------
    DataFrame
        ``category, date, date_a, value_a, qualifier_a, date_b, value_b, qualifier_b, ratio, parts_a,
        parts_b``; ``ratio`` is ``value_a / value_b`` (NaN when ``value_b`` is 0).
    """
    tol = pd.Timedelta(tolerance)
    cats = comparable_categories(claims, a, b, loser=loser) if categories is None else list(categories)
    sub = _filter(claims, claimant=[a, b], loser=loser)
    rows = []
    for cat in cats:
        both = series(sub, cat, nested=nested)
        sa, sb = both[both["claimant"] == a], both[both["claimant"] == b]
        if sa.empty or sb.empty:
            continue
        if at is None:
            whens = [min(sa["date"].max(), sb["date"].max())]
        elif isinstance(at, str) and at == "each":
            whens = list(sb["date"])
        elif isinstance(at, (list, tuple, pd.Index, pd.Series)):
            whens = [pd.Timestamp(w) for w in at]
        else:
            whens = [pd.Timestamp(at)]
        for when in whens:
            ra, rb = _at(sa, when, tol), _at(sb, when, tol)
            if ra is None or rb is None:
                continue
            rows.append({
                "category": cat, "date": when,
                "date_a": ra["date"], "value_a": int(ra["value"]), "qualifier_a": ra["qualifier"],
                "date_b": rb["date"], "value_b": int(rb["value"]), "qualifier_b": rb["qualifier"],
                "ratio": (ra["value"] / rb["value"]) if rb["value"] else float("nan"),
                "parts_a": ra["parts"], "parts_b": rb["parts"],
            })
    out = pd.DataFrame(rows, columns=COLUMNS)
    out.attrs.update(claimant_a=a, claimant_b=b, loser=loser)
    return out
