"""Small multiples: one small cumulative-trend panel per category, sharing the date axis and the legend."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import analysis
from .style import category_name, count_axis, date_axis, source_text, tidy
from .trend import EXTRA_HANDLES, draw_line, line_keys, line_label


def default_categories(claims: pd.DataFrame, *, loser=None, claimant=None, min_dates: int = 2) -> list[str]:
    """Categories reported directly with figures on ``min_dates`` dates or more, in the tree's order."""
    from ..vocab import taxonomy

    df = claims[(claims["basis"] == "cumulative") & claims["parent_id"].isna() & claims["model"].isna()]
    if loser is not None:
        df = df[df["loser"] == loser]
    if claimant is not None:
        df = df[df["claimant"].isin([claimant] if isinstance(claimant, str) else claimant)]
    n = df.assign(_d=df["period_end"].fillna(df["published"])).groupby("category")["_d"].nunique()
    keep = set(n[n >= min_dates].index)
    return [c for c in taxonomy().nodes if c in keep]


def small_multiples(claims: pd.DataFrame, categories=None, *, loser=None, claimant=None, ncols: int = 4,
                    by=("claimant",), start=None, end=None, nested: str = "sum", documents=None, ax=None):
    """A grid of small trend panels, one per category (rolled up), each with its own y scale.

    Parameters
    ----------
    categories : list of str, optional
        Nodes to draw (default: :func:`default_categories`).
    ncols : int
        Panels per row.
    ax : sequence of Axes, optional
        At least as many axes as categories; a new figure otherwise.

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes
        The panels, in the order of ``categories``.
    """
    cats = default_categories(claims, loser=loser, claimant=claimant) if categories is None else list(categories)
    if not cats:
        raise ValueError("small_multiples: no category has figures on two dates or more")
    if ax is None:
        nrows = math.ceil(len(cats) / ncols)
        fig = Figure(figsize=(2.6 * min(ncols, len(cats)) + 0.6, 2.1 * nrows + 1.0), layout="constrained")
        grid = fig.subplots(nrows, min(ncols, len(cats)), squeeze=False, sharex=True)
        for extra in grid.flat[len(cats):]:
            extra.set_visible(False)
        for j in range(len(cats)):  # a panel with no visible panel below it shows its own dates
            if j + grid.shape[1] >= len(cats):
                grid.flat[j].xaxis.set_tick_params(labelbottom=True)
        axes = np.asarray(grid.flat[: len(cats)])
    else:
        axes = np.asarray(list(ax)[: len(cats)])
        fig = axes[0].figure
    used, labels, extras = [], {}, set()
    for a, cat in zip(axes, cats):
        s = analysis.series(claims, cat, claimant=claimant, loser=loser, by=by, start=start, end=end, nested=nested)
        tidy(a)
        a.set_title(category_name(cat), fontsize=9, loc="left")
        count_axis(a.yaxis)
        a.tick_params(labelsize=7)
        if s.empty:
            a.text(0.5, 0.5, "no figures", ha="center", va="center", transform=a.transAxes, fontsize=8)
            continue
        keys = line_keys(s)
        for key, g in s.groupby(keys, dropna=False, sort=True):
            kd = dict(zip(keys, key if isinstance(key, tuple) else (key,)))
            lab = line_label(kd)
            i = labels.setdefault(lab, len(labels))
            extras |= draw_line(a, g, i, lab, arrow=0.05 * float(s["value"].max() or 1))
        date_axis(a)
        used.append(s)
    handles = {}
    for a in axes:
        for h, lab in zip(*a.get_legend_handles_labels()):
            if not lab.startswith("_"):
                handles.setdefault(lab.split(" (all")[0], h)
    handles.update({h.get_label(): h for k, f in EXTRA_HANDLES.items() if k in extras for h in [f()]})
    if handles:
        fig.legend(list(handles.values()), list(handles), loc="outside upper left", ncols=min(4, len(handles)),
                   fontsize=8, frameon=False)
    if used:
        fig.supxlabel(source_text(pd.concat(used), documents), x=0.01, ha="left", fontsize=7, color="#555555")
    return axes
