"""Category breakdown of one document or period: horizontal bars, personnel apart from equipment."""

from __future__ import annotations

import matplotlib.ticker as mticker
import pandas as pd
from matplotlib.figure import Figure

from ..analysis.rollup import rollup, subtree
from .style import OKABE_ITO, THOUSANDS, actor_name, category_name, format_value, new_axes, source_note, tidy

PERSONNEL = set(subtree("personnel"))


def _one(df: pd.DataFrame, col: str):
    vals = df[col].dropna().unique()
    if len(vals) > 1:
        raise ValueError(f"breakdown: the claims hold several {col}s ({', '.join(map(str, vals))}); pass {col}=")
    return vals[0] if len(vals) else None


def _bars(ax, df: pd.DataFrame, parts: pd.DataFrame, xlabel: str) -> None:
    df = df.sort_values("value")
    y = list(range(len(df)))
    ax.barh(y, df["value"], color=OKABE_ITO[0], height=0.65)
    ext = (df["value_high"].astype("Float64") - df["value"]).fillna(0).clip(lower=0)
    if (ext > 0).any():
        ax.barh(y, ext.astype(float), left=df["value"], color=OKABE_ITO[5], height=0.65, label="range (low–high)")
        ax.legend(fontsize=8, loc="lower right", frameon=False)
    for yi, row in zip(y, df.itertuples(index=False)):
        end = row.value_high if pd.notna(row.value_high) else row.value
        text = format_value(row.value, row.qualifier, row.value_high)
        inc = parts[parts["parent_id"].isin(row.claim_id.split(",")) & parts["model"].notna()]
        if len(inc):  # named systems inside the figure ("11 (incl. 3 HIMARS)"); status splits are left out
            text += " (incl. " + ", ".join(f"{format_value(p.value, p.qualifier)} {p.model}"
                                          for p in inc.itertuples(index=False)) + ")"
        ax.text(end, yi, "  " + text, va="center", fontsize=8)
    ax.set_yticks(y, [category_name(c) for c in df["category"]])
    ax.set_ylim(-0.7, len(df) - 0.3)  # the same bar thickness in both panels
    ax.xaxis.set_major_locator(mticker.MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], integer=True))
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.25)
    tidy(ax, grid="x")


def breakdown(claims: pd.DataFrame, *, claimant=None, loser=None, document_id=None, period=None,
              basis: str = "cumulative", personnel: str = "split", documents=None, ax=None):
    """Horizontal bars, one per category, of what one claimant reported about one loser.

    One bar per category: the latest figure in the selection (one document, or a ``period``
    ``(start, end)``), labelled as reported ("> 5,000", "≈ 250", "200–300"; a range's bar extends
    to its high end in a lighter shade). "Including" parts (``parent_id``) are written beside their
    whole ("11 (incl. 3 HIMARS)") instead of as bars of their own.

    Personnel counts (thousands) would dwarf equipment counts (dozens), so with ``personnel="split"``
    (default) they get their own panel with its own scale: on a new figure both panels are drawn and
    the equipment axes returned (``ax.figure.axes`` holds both); pass ``ax=(ax_personnel,
    ax_equipment)`` to place them, or a single ``ax`` to draw equipment only with the personnel
    figures written in the title. ``personnel="together"`` draws everything on one axis.

    Returns
    -------
    matplotlib.axes.Axes
        The equipment axes (or the only one).
    """
    df = claims
    for col, val in (("claimant", claimant), ("loser", loser), ("document_id", document_id), ("basis", basis)):
        if val is not None:
            df = df[df[col] == val]
    if period is not None:
        date = df["period_end"].fillna(df["published"])
        df = df[(date >= pd.Timestamp(period[0])) & (date <= pd.Timestamp(period[1]))]
    parts = df[df["parent_id"].notna()]
    df = df[df["parent_id"].isna()]
    if df.empty:
        ax = new_axes(ax if not isinstance(ax, (tuple, list)) else ax[-1])
        ax.text(0.5, 0.5, "no claims to show", ha="center", va="center", transform=ax.transAxes)
        return ax
    who, by = _one(df, "loser"), _one(df, "claimant")
    # Per category the latest document's figure; several headings on one node (Oryx's radars, jammers,
    # engineering vehicles, ... are all special equipment) are summed, as the roll-up does.
    rolled = [rollup(df, c, basis=None, nested="node", models=True) for c in df["category"].unique()]
    rolled = [r[r["parts"] == c] for r, c in zip(rolled, df["category"].unique())]
    df = pd.concat(rolled, ignore_index=True).rename(columns={"date": "_d", "parts": "_parts"})
    # A document's breakdown is as of its own last date: a daily series' retired labels (the General
    # Staff's "fuel tanks" until 2022-04-30) do not sit beside today's figures.
    df = df[df["_d"] == df.groupby("document_id")["_d"].transform("max")]
    df = df.sort_values(["_d", "published", "document_id"]).groupby("category", sort=False).tail(1)
    ids = claims.loc[claims["document_id"].isin(df["document_id"]) & claims["parent_id"].isna()]
    df["claim_id"] = [",".join(ids.loc[(ids["document_id"] == d) & (ids["category"] == c), "claim_id"])
                      for d, c in zip(df["document_id"], df["category"])]
    pers, equip = df[df["category"].isin(PERSONNEL)], df[~df["category"].isin(PERSONNEL)]
    split = personnel == "split" and len(pers) and len(equip)
    if split and ax is None:
        fig = Figure(figsize=(8, 2.2 + 0.32 * len(df)), layout="constrained")
        ax_p, ax_e = fig.subplots(2, 1, height_ratios=[len(pers) + 1.2, len(equip) + 1.2])
    elif split and isinstance(ax, (tuple, list)):
        ax_p, ax_e = ax
    else:
        ax_p, ax_e = None, new_axes(ax)
    dates = df["_d"].dropna()
    when = "" if dates.empty else (f"as of {dates.max():%d %b %Y}" if dates.min() == dates.max()
                                   else f"{dates.min():%d %b %Y} – {dates.max():%d %b %Y}")
    region = df["region"].dropna().unique()
    where = f"{region[0]}, " if len(region) == 1 else ""
    title = f"Losses of {actor_name(who)} claimed by\n{actor_name(by)} ({where}{when})"
    if ax_p is not None:
        _bars(ax_p, pers, parts, "personnel")
        _bars(ax_e, equip, parts, "equipment (items)")
        ax_p.set_title(title, loc="left", fontsize=11)
    elif split:
        _bars(ax_e, equip, parts, "equipment (items)")
        note = "; ".join(f"{category_name(r.category)} {format_value(r.value, r.qualifier, r.value_high)}"
                         for r in pers.itertuples(index=False))
        ax_e.set_title(f"{title}\nPersonnel: {note}", loc="left", fontsize=10)
    else:
        _bars(ax_e, df, parts, "reported losses")
        ax_e.set_title(title, loc="left", fontsize=11)
    source_note(ax_e, df.rename(columns={"_d": "date"}), documents)
    return ax_e
