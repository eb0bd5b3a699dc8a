"""Changes of a cumulative series per day (or week, month) as bars, with a rolling mean line."""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch

from .. import analysis
from .style import (DASHES, OKABE_ITO, actor_name, category_name, count_axis, date_axis, new_axes, source_note,
                    tidy)
from .trend import line_keys, line_label

PERIOD = {"D": "day", "W": "week", "M": "month"}
BAR_DAYS = {"D": 0.8, "W": 5, "M": 24}


def changes(claims: pd.DataFrame, *, category: str, loser=None, claimant=None, region=None, freq: str = "D",
            window: int | None = 7, by=("claimant",), start=None, end=None, nested: str = "sum", documents=None,
            ax=None):
    """Reported change per day (week, month) of one category, with a ``window``-day rolling mean.

    With one series the changes are bars (negative ones — official corrections — in vermillion, and
    changes that span a gap of several days hatched) under the rolling mean; with several claimants
    only their rolling means (or, without a window, their changes) are drawn as lines.

    Parameters
    ----------
    freq : {"D", "W", "M"}
        Daily, weekly (to Sunday) or monthly changes (:func:`losstrack.analysis.changes`).
    window : int or None
        Rolling-mean window in days (:func:`losstrack.analysis.rolling_mean`); ``None`` for no mean.
    Other parameters
        As in :func:`losstrack.plot.trend`.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = new_axes(ax)
    tidy(ax)
    s = analysis.series(claims, category, claimant=claimant, loser=loser, region=region, by=by, nested=nested)
    ch = analysis.changes(s, freq)
    if window:
        ch = analysis.rolling_mean(ch, window)
    if start is not None:
        ch = ch[ch["date"] >= pd.Timestamp(start)]
    if end is not None:
        ch = ch[ch["date"] <= pd.Timestamp(end)]
    per = PERIOD[freq]
    ax.set_title(f"Reported {category_name(category)}" + (f" lost by {actor_name(loser)}" if loser else "")
                 + f", change per {per}", loc="left", fontsize=11)
    if ch["change"].notna().sum() == 0:
        ax.text(0.5, 0.5, "no changes to show (fewer than two reports)", ha="center", va="center",
                transform=ax.transAxes)
        return ax
    keys = line_keys(ch)
    groups = list(ch.groupby(keys, dropna=False, sort=True))
    extra = []
    for i, (key, g) in enumerate(groups):
        g = g[g["change"].notna()].sort_values("date")
        label = line_label(dict(zip(keys, key if isinstance(key, tuple) else (key,))))
        if len(groups) == 1:
            neg = g["change"] < 0
            gap = g["gap_days"] > {"D": 1, "W": 7, "M": 31}[freq]
            colours = [OKABE_ITO[3] if n else OKABE_ITO[5] for n in neg]
            bars = ax.bar(g["date"], g["change"].astype(float), width=BAR_DAYS[freq], color=colours,
                          label=f"change per {per}")
            for b, hatched in zip(bars, gap):
                if hatched:
                    b.set_hatch("///")
                    b.set_edgecolor("white")
            if neg.any():
                extra.append(Patch(color=OKABE_ITO[3], label="negative change (correction)"))
            if gap.any():
                extra.append(Patch(facecolor=OKABE_ITO[5], hatch="///", edgecolor="white",
                                   label=f"spans a gap of more than one {per}"))
            if window:
                ax.plot(g["date"], g["rolling"], color=OKABE_ITO[0], linewidth=2.2,
                        label=f"{window}-day mean ({label})")
        else:
            y = g["rolling"] if window else g["change"].astype(float)
            ax.plot(g["date"], y, color=OKABE_ITO[i % len(OKABE_ITO)], linestyle=DASHES[i % len(DASHES)],
                    linewidth=1.8, label=label + (f", {window}-day mean" if window else ""))
    ax.axhline(0, color="#333333", linewidth=0.8)
    count_axis(ax.yaxis)
    date_axis(ax)
    ax.set_xlabel("date of figure")
    ax.set_ylabel(f"{category_name(category)} per {per}")
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=handles + extra, fontsize=8, loc="upper left", frameon=False)
    shown = s[s["date"].between(ch["date"].min(), ch["date"].max())]
    source_note(ax, shown, documents)
    return ax
