"""Roll claims up the category tree: one figure per document and node, so differently broken-down sources compare.

Sources break losses down differently: the General Staff reports "armoured combat vehicles", Oryx lists
infantry fighting vehicles, APCs and other AFVs under separate headings, Russia's MoD reports tanks and
armoured vehicles as one figure (``armor``). :func:`rollup` gives, for any node of the tree, the figure
each document implies for it — the node's own figure when the document reports one, else the sum of
the disjoint figures it reports below the node — and says which parts were summed.
"""

from __future__ import annotations

import pandas as pd

from ..series import as_of_date
from ..vocab import taxonomy

#: The columns that make "one figure": one document, one claimant about one loser, one region and date.
GROUP = ["document_id", "claimant", "loser", "region", "basis", "date"]

#: Output columns of :func:`rollup`.
COLUMNS = [*GROUP, "published", "category", "value", "qualifier", "value_high", "parts", "labels",
           "n_claims", "flags", "parser"]

_LOWER = {"at_least", "more_than"}


def combine_qualifiers(qualifiers) -> str:
    """The qualifier of a sum of figures: ``exact`` only if every part is exact.

    A sum of exact and "more than" figures is "more than"; of exact and "at least" (or both kinds of
    lower bound) "at least"; of exact and "up to" figures "up to"; of exact and ranges a range; any
    other mix (approximate parts, bounds in both directions) is ``approx``.
    """
    q = set(qualifiers) - {"exact"}
    if not q:
        return "exact"
    if len(q) == 1:
        return q.pop()
    if q <= _LOWER:
        return "at_least"
    return "approx"


def subtree(category: str) -> list[str]:
    """``category`` and every node below it, in the tree's order."""
    tree = taxonomy()
    if category not in tree.parent:
        raise ValueError(f"unknown category {category!r}; known: {', '.join(tree.nodes)}")
    below = set(tree.descendants(category)) | {category}
    return [n for n in tree.nodes if n in below]


def _filter(claims: pd.DataFrame, **eq) -> pd.DataFrame:
    df = claims
    for col, val in eq.items():
        if val is None:
            continue
        if isinstance(val, (list, tuple, set)):
            df = df[df[col].isin(list(val))]
        else:
            df = df[df[col] == val]
    return df


def _join(df: pd.DataFrame, col: str, sep: str) -> pd.Series:
    """Per group ``_g``: the distinct values of ``col``, in order, joined by ``sep``."""
    return df.drop_duplicates(["_g", col]).groupby("_g", sort=False)[col].agg(sep.join)


def _drop_nested(df: pd.DataFrame) -> pd.DataFrame:
    """Keep, per figure group, only the rows with no ancestor node reported in the same group."""
    tree = taxonomy()
    present = set(zip(df["_g"], df["category"]))  # groups are few per document: a set lookup is fast
    keep = [not any((g, a) in present for a in tree.ancestors(c)) for g, c in zip(df["_g"], df["category"])]
    return df[keep]


def rollup(claims: pd.DataFrame, category: str, *, claimant=None, loser=None, basis: str | None = "cumulative",
           region=None, models: bool = False, nested: str = "sum") -> pd.DataFrame:
    """One figure per document (and claimant, loser, region, date) for ``category``, rolled up the tree.

    Parameters
    ----------
    claims : DataFrame
        Any claims table (``losstrack.load("claims")``, or several concatenated).
    category : str
        A node of the category tree, e.g. ``"armor"`` (tanks + armoured combat vehicles + their children).
    claimant, loser, region : str or list of str, optional
        Keep only these actors / regions (``None``: all; figures of different regions stay separate).
    basis : {"cumulative", "increment", None}
        Running totals or changes (``None`` keeps both, grouped separately).
    models : bool
        Include figures for one named system (``model`` set, e.g. "3 HIMARS"). Off by default: a figure
        for one model is not a figure for its category.
    nested : {"sum", "node"}
        How to read a document that lists a node *and* nodes below it as separate figures (no
        ``parent_id`` link), e.g. Oryx's "Armoured Fighting Vehicles" beside "Infantry Fighting
        Vehicles". ``"sum"`` (default) treats them as disjoint headings and adds them; ``"node"`` takes
        the node's own figure as already including them. "Including" parts (``parent_id`` set) are never
        added to their whole, and a model figure never to its category.

    Returns
    -------
    DataFrame
        Columns ``document_id, claimant, loser, region, basis, date`` (``period_end``, else
        ``published``), ``published, category, value, qualifier, value_high, parts`` (the nodes summed,
        ``+``-joined), ``labels``, ``n_claims``, ``flags`` (union of the parts' flags), ``parser``.
    """
    if nested not in ("sum", "node"):
        raise ValueError(f"nested must be 'sum' or 'node', not {nested!r}")
    nodes = subtree(category)
    df = _filter(claims, claimant=claimant, loser=loser, basis=basis, region=region)
    df = df[df["category"].isin(nodes)]
    if not models:
        df = df[df["model"].isna()]
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    df = df.assign(date=as_of_date(df))
    # An "including" part whose whole is also in the subtree is already counted by the whole.
    ids = set(df["claim_id"])
    df = df[~df["parent_id"].isin(ids)]
    df = df.assign(_g=df.groupby(GROUP, dropna=False, sort=False).ngroup())
    # A part of a whole outside the subtree yields to a top-level figure for the same node.
    top = pd.MultiIndex.from_frame(df.loc[df["parent_id"].isna(), ["_g", "category"]])
    shadowed = pd.MultiIndex.from_frame(df[["_g", "category"]]).isin(top) & df["parent_id"].notna().to_numpy()
    df = df[~shadowed]
    # The same figure written twice (same label, value and sentence) is one figure.
    df = df.drop_duplicates(["_g", "category", "label", "value", "quote"])
    if nested == "node":
        df = _drop_nested(df)
    order = {n: i for i, n in enumerate(nodes)}
    df = df.assign(_o=df["category"].map(order), _hi=df["value_high"].astype("Float64").fillna(df["value"]))
    df = df.sort_values(["_g", "_o", "label"], kind="stable")
    g = df.groupby("_g", sort=False)
    first = [*GROUP, "qualifier", "category", "label", "parser", "flags"]
    res = df.drop_duplicates("_g").set_index("_g")[first]
    res = res.rename(columns={"category": "parts", "label": "labels"})
    res["published"] = g["published"].max()
    res["value"] = g["value"].sum().astype("int64")
    high = g["_hi"].sum()
    res["n_claims"] = g.size().astype("int64")
    multi = res.index[res["n_claims"] > 1]
    if len(multi):
        sub = df[df["_g"].isin(multi)]
        m = sub.groupby("_g", sort=False)
        mixed = m["qualifier"].nunique()
        mixed = mixed.index[mixed > 1]
        if len(mixed):
            mixed_rows = sub[sub["_g"].isin(mixed)]
            res.loc[mixed, "qualifier"] = mixed_rows.groupby("_g")["qualifier"].agg(combine_qualifiers)
        res.loc[multi, "parts"] = _join(sub, "category", "+")
        res.loc[multi, "labels"] = _join(sub, "label", "; ")
        res.loc[multi, "parser"] = _join(sub, "parser", ";")
        flagged = sub[sub["flags"].notna()]
        if len(flagged):
            res.loc[flagged["_g"].unique(), "flags"] = flagged.groupby("_g")["flags"].agg(
                lambda x: ";".join(sorted({t for f in x for t in str(f).split(";") if t})) or None)
    is_range = (res["qualifier"] == "range") & (high > res["value"])
    res["value_high"] = pd.array(high.where(is_range).round(), dtype="Int64")
    res["category"] = category
    res = res.reset_index(drop=True)[COLUMNS]
    for c in ("date", "published"):
        res[c] = pd.to_datetime(res[c])
    return res.sort_values(["date", "claimant", "document_id"], kind="stable", ignore_index=True)
