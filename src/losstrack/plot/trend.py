"""Cumulative trend of one category over time: one line per claimant, qualifiers, corrections, break-down changes."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.transforms as mtransforms
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .. import analysis
from .style import (DASHES, GREY, MARKERS, OKABE_ITO, actor_name, category_name, count_axis, date_axis,
                    new_axes, source_note, tidy)

#: Lines with more points than this are drawn without a marker per point.
MAX_MARKED = 60
CORRECTION_COLOUR = "#D55E00"


def line_keys(s: pd.DataFrame) -> list[str]:
    """The columns that make one line: the series' keys except loser and category (fixed in a plot)."""
    return [k for k in analysis.series_keys(s) if k not in ("loser", "category")]


def line_label(key: dict) -> str:
    """Legend text of one line: the claimant's name, plus region / transcription when they split lines."""
    text = actor_name(key.get("claimant"))
    if key.get("region") is not None and pd.notna(key.get("region")):
        text += f" — {key['region']}"
    if key.get("parser") is not None:
        text += f" ({str(key['parser']).split('/')[0]})"
    return text


def draw_line(ax, g: pd.DataFrame, i: int, label: str, *, qualifiers: bool = True, arrow: float = 0.0):
    """One series on ``ax``: line, range band, approx and open-ended markers. Returns legend extras."""
    colour, marker = OKABE_ITO[i % len(OKABE_ITO)], MARKERS[i % len(MARKERS)]
    g = g.sort_values("date")
    n = len(g)
    q = g["qualifier"]
    shared = {k for k, v in q.value_counts().items() if k != "exact" and n > MAX_MARKED and v > n / 2}
    if shared:
        label += " (" + ", ".join(f"all {k.replace('_', ' ')}" for k in sorted(shared)) + ")"
    exact = q.eq("exact") if n <= MAX_MARKED else pd.Series(False, index=g.index)
    ax.plot(g["date"], g["value"], color=colour, linestyle=DASHES[i % len(DASHES)], linewidth=1.8, label=label,
            marker=marker if n <= MAX_MARKED else None, markersize=5, markevery=list(exact.to_numpy().nonzero()[0]))
    extras = set()
    if not qualifiers:
        return extras
    hi = g["value_high"].astype("Float64")
    if hi.notna().any():
        # A run of ranges is one band; a lone range a short band around its date (no wedge to its neighbours).
        is_rng = hi.notna()
        half = max((g["date"].max() - g["date"].min()) * 0.008, pd.Timedelta(hours=12))
        for _, run in g[is_rng].groupby((is_rng != is_rng.shift()).cumsum()[is_rng]):
            x = run["date"] if len(run) > 1 else pd.Series([run["date"].iloc[0] - half, run["date"].iloc[0] + half])
            lo = run["value"].astype(float).to_numpy()
            up = run["value_high"].astype(float).to_numpy()
            if len(run) == 1:
                lo, up = lo.repeat(2), up.repeat(2)
            ax.fill_between(x, lo, up, color=colour, alpha=0.25, linewidth=0, label="_range")
        rg = g[is_rng]
        ax.vlines(rg["date"], rg["value"], rg["value_high"].astype(float), color=colour, linewidth=1.2)
        extras.add("range")
    approx = g[q.eq("approx") & ("approx" not in shared)]
    if len(approx):
        ax.plot(approx["date"], approx["value"], linestyle="none", marker=marker, markersize=6,
                markerfacecolor="white", markeredgecolor=colour, label="_approx")
        extras.add("approx")
    for kinds, up in ((("more_than", "at_least"), True), (("up_to",), False)):
        sel = g[q.isin(kinds) & ~q.isin(shared)]
        if len(sel):
            ax.errorbar(sel["date"], sel["value"], yerr=arrow, lolims=up, uplims=not up, fmt="none",
                        ecolor=colour, elinewidth=1.2, capsize=4, label="_bound")
            extras.add("lower" if up else "upper")
    return extras


EXTRA_HANDLES = {
    "range": lambda: Patch(facecolor=GREY, alpha=0.3, label="range (band from low to high)"),
    "approx": lambda: Line2D([], [], linestyle="none", marker="o", markerfacecolor="white", markeredgecolor=GREY,
                             label="approximate figure"),
    "lower": lambda: Line2D([], [], linestyle="none", marker=r"$\uparrow$", color=GREY, markersize=9,
                            label="more than / at least"),
    "upper": lambda: Line2D([], [], linestyle="none", marker=r"$\downarrow$", color=GREY, markersize=9,
                            label="up to"),
    "correction": lambda: Line2D([], [], linestyle="none", marker="^", color=CORRECTION_COLOUR,
                                 label="official correction (total went down)"),
    "change": lambda: Line2D([], [], color=GREY, linestyle=":", label="break-down changed"),
}


def mark_events(ax, s: pd.DataFrame, keys: list[str]) -> set[str]:
    """Corrections as triangles on the date axis (and rings on the line); break-down changes as dotted lines."""
    extras = set()
    cor = analysis.corrections(s)
    on_axis = mtransforms.blended_transform_factory(ax.transData, ax.transAxes)
    if len(cor):
        ax.plot(cor["date"], [0.0] * len(cor), transform=on_axis, linestyle="none", marker="^", markersize=7,
                color=CORRECTION_COLOUR, clip_on=False, zorder=5, label="_correction")
        ax.plot(cor["date"], cor["value"], linestyle="none", marker="o", markersize=10, markerfacecolor="none",
                markeredgecolor=CORRECTION_COLOUR, label="_corrected")
        extras.add("correction")
    chg = analysis.category_changes(s)
    for row in chg.itertuples(index=False):
        ax.axvline(row.date, color=GREY, linestyle=":", linewidth=1, label="_change")
        ax.annotate(f"{row.date:%d %b}: now " + " + ".join(category_name(p) for p in row.after.split("+")),
                    xy=(mdates.date2num(row.date), 1), xycoords=on_axis, xytext=(0, 2), textcoords="offset points",
                    ha="center", va="bottom", fontsize=7, color=GREY, annotation_clip=False)
        extras.add("change")
    return extras


def trend(claims: pd.DataFrame, *, category: str, loser=None, claimant=None, basis: str = "cumulative", region=None,
          by=("claimant",), start=None, end=None, nested: str = "sum", documents=None, events: bool = True,
          ax=None):
    """Reported figures for one category over time, one line per claimant (rolled up the category tree).

    Exact figures get filled markers, approximate ones hollow markers, ranges a band from low to high
    (the line runs through the low end), "more than"/"at least" an upward arrow, "up to" a downward one.
    With ``events`` official corrections are marked by triangles on the date axis and changes in how
    the source breaks the category down (e.g. "vehicles" + "fuel tanks" → "vehicles and fuel tanks")
    by dotted vertical lines. Long daily series are drawn without per-point markers; a qualifier
    shared by most of a line's figures is named in its legend entry instead.

    Parameters
    ----------
    claims : DataFrame
        Any claims table.
    category : str
        Node of the category tree (e.g. ``"armor"``, ``"tanks"``).
    loser, claimant, region, basis, nested, start, end, by
        Passed to :func:`losstrack.analysis.series`.
    documents : DataFrame, optional
        Documents table, to name publishers in the source note.
    ax : matplotlib Axes, optional
        Where to draw; a new figure (not registered with pyplot) otherwise.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = new_axes(ax)
    s = analysis.series(claims, category, claimant=claimant, loser=loser, basis=basis, region=region, by=by,
                        start=start, end=end, nested=nested)
    tidy(ax)
    title = f"Reported {category_name(category)}" + (f" lost by {actor_name(loser)}" if loser else "")
    ax.set_title(title, loc="left", fontsize=11, pad=14)
    if s.empty:
        ax.text(0.5, 0.5, "no figures to show", ha="center", va="center", transform=ax.transAxes)
        return ax
    keys = line_keys(s)
    span = float(s[["value"]].max().iloc[0] - min(0, s["value"].min())) or 1.0
    extras = set()
    for i, (key, g) in enumerate(s.groupby(keys, dropna=False, sort=True)):
        kd = dict(zip(keys, key if isinstance(key, tuple) else (key,)))
        extras |= draw_line(ax, g, i, line_label(kd), arrow=0.05 * span)
    if events and basis == "cumulative":
        extras |= mark_events(ax, s, keys)
    count_axis(ax.yaxis)
    date_axis(ax)
    ax.set_xlabel("date of figure")
    ax.set_ylabel(f"{category_name(category)}, " + ("cumulative total" if basis == "cumulative" else "reported change"))
    handles, _ = ax.get_legend_handles_labels()
    handles += [EXTRA_HANDLES[k]() for k in EXTRA_HANDLES if k in extras]
    ax.legend(handles=handles, title="claimant", fontsize=8, title_fontsize=8, loc="upper left", frameon=False)
    source_note(ax, s, documents)
    return ax
