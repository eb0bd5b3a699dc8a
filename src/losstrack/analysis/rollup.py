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


def _drop_nested(df: pd.DataFrame) -> pd.DataFrame:
    """Keep, per figure group, only the rows with no ancestor node reported in the same group."""
    tree = taxonomy()
    present = set(zip(df["_g"], df["category"]))
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
    keys = df[GROUP].astype(object).where(df[GROUP].notna(), None)
    df = df.assign(_g=[tuple(r) for r in keys.itertuples(index=False)])
    # A part of a whole outside the subtree yields to a top-level figure for the same node.
    top = set(zip(df.loc[df["parent_id"].isna(), "_g"], df.loc[df["parent_id"].isna(), "category"]))
    df = df[df["parent_id"].isna() | ~pd.Series([(g, c) in top for g, c in zip(df["_g"], df["category"])],
                                                 index=df.index)]
    # The same figure written twice (same label, value and sentence) is one figure.
    df = df.drop_duplicates(["_g", "category", "label", "value", "quote"])
    if nested == "node":
        df = _drop_nested(df)
    order = {n: i for i, n in enumerate(nodes)}
    df = df.assign(_o=df["category"].map(order), _hi=df["value_high"].astype("Float64").fillna(df["value"]))
    out = []
    for g, part in df.sort_values(["_o", "label"]).groupby("_g", sort=False):
        flags = sorted({t for f in part["flags"].dropna() for t in str(f).split(";") if t})
        qual = combine_qualifiers(part["qualifier"]) if len(part) > 1 else part["qualifier"].iloc[0]
        value, high = int(part["value"].sum()), int(part["_hi"].sum())
        out.append({
            **dict(zip(GROUP, g)),
            "published": part["published"].max(),
            "category": category,
            "value": value,
            "qualifier": qual,
            "value_high": high if qual == "range" and high > value else pd.NA,
            "parts": "+".join(dict.fromkeys(part["category"])),
            "labels": "; ".join(dict.fromkeys(part["label"])),
            "n_claims": len(part),
            "flags": ";".join(flags) or None,
            "parser": ";".join(sorted(set(part["parser"]))),
        })
    res = pd.DataFrame(out, columns=COLUMNS)
    res["value"] = res["value"].astype("int64")
    res["value_high"] = res["value_high"].astype("Int64")
    res["n_claims"] = res["n_claims"].astype("int64")
    for c in ("date", "published"):
        res[c] = pd.to_datetime(res[c])
    return res.sort_values(["date", "claimant", "document_id"], kind="stable", ignore_index=True)
