"""Claimed vs confirmed per category: a dumbbell per category with the ratio written beside it."""

from __future__ import annotations

import matplotlib.ticker as mticker
import matplotlib.transforms as mtransforms
import pandas as pd

from .. import analysis
from .style import GREY, OKABE_ITO, THOUSANDS, actor_name, category_name, new_axes, source_note, source_text, tidy


def claimed_vs_confirmed(claims: pd.DataFrame, a: str = "UKR-GS", b: str = "oryx", *, loser=None, categories=None,
                         at=None, tolerance="7D", log: bool = True, table: pd.DataFrame | None = None,
                         labels=("claimed", "visually confirmed"), documents=None, ax=None):
    """One row per category: claimant ``a``'s figure and ``b``'s, joined, with the ratio ``a / b`` at right.

    The figures come from :func:`losstrack.analysis.compare_claimants` (both sides rolled up the
    category tree, taken at matching dates); pass ``table`` to draw a comparison computed before.
    ``log`` (default) puts the values on a logarithmic axis so categories of a few dozen and of
    thousands both read; the ratio column gives the comparison in numbers.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = new_axes(ax, figsize=(8, 5.2))
    tidy(ax, grid="x")
    t = table if table is not None else analysis.compare_claimants(claims, a, b, loser=loser, categories=categories,
                                                                   at=at, tolerance=tolerance)
    name_a, name_b = actor_name(a), actor_name(b)
    ax.set_title(f"{labels[0].capitalize()} vs {labels[1]} losses" + (f" of {actor_name(loser)}" if loser else ""),
                 loc="left", fontsize=11, pad=22)
    if t.empty:
        ax.text(0.5, 0.5, "no category with figures from both", ha="center", va="center", transform=ax.transAxes)
        return ax
    t = t.drop_duplicates("category", keep="last").iloc[::-1].reset_index(drop=True)
    y = list(range(len(t)))
    ax.hlines(y, t[["value_a", "value_b"]].min(axis=1), t[["value_a", "value_b"]].max(axis=1), color="#bbbbbb",
              linewidth=3, zorder=1)
    ax.scatter(t["value_a"], y, s=45, color=OKABE_ITO[3], marker="o", zorder=3, label=f"{labels[0]}: {name_a}")
    ax.scatter(t["value_b"], y, s=45, color=OKABE_ITO[0], marker="s", zorder=3, label=f"{labels[1]}: {name_b}")
    ax.set_yticks(y, [category_name(c) for c in t["category"]])
    right = mtransforms.blended_transform_factory(ax.transAxes, ax.transData)
    ax.annotate("ratio", xy=(1.02, len(t) - 0.4), xycoords=right, ha="left", va="bottom", fontsize=8, color=GREY,
                annotation_clip=False)
    for yi, row in zip(y, t.itertuples(index=False)):
        ratio = "–" if pd.isna(row.ratio) else f"{row.ratio:,.1f}×"
        ax.annotate(ratio, xy=(1.02, yi), xycoords=right, ha="left", va="center", fontsize=9, annotation_clip=False)
    if log:
        ax.set_xscale("log")
        ax.xaxis.set_major_locator(mticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.xaxis.set_minor_formatter(mticker.NullFormatter())
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.margins(y=0.06)
    ax.set_xlabel("losses" + (" (log scale)" if log else ""))
    ax.legend(fontsize=8, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False, borderaxespad=0.2)
    dates = sorted(set(t["date"]))
    when = f"{dates[0]:%d %b %Y}" if len(dates) == 1 else f"{dates[0]:%d %b %Y} – {dates[-1]:%d %b %Y}"
    qual = {q for q in pd.concat([t["qualifier_a"], t["qualifier_b"]]) if q != "exact"}
    nodes = {n for c in t["category"] for n in analysis.subtree(c)}
    note_src = pd.DataFrame()
    if claims is not None:
        note_src = claims[claims["claimant"].isin([a, b]) & claims["category"].isin(nodes)]
        note_src = note_src[(note_src["loser"] == loser) if loser else note_src["loser"].notna()]
        note_src = note_src.assign(date=note_src["period_end"].fillna(note_src["published"]))
        note_src = note_src[note_src["date"] <= max(dates)]
    text = f"Figures as of {when}; ratio = {labels[0]} ÷ {labels[1]}, each side's latest figure at most " \
           f"{pd.Timedelta(tolerance).days} days older; categories rolled up the losstrack tree."
    if qual:
        text += " Some figures are not exact (" + ", ".join(sorted(q.replace("_", " ") for q in qual)) + ")."
    if len(note_src):
        text += " " + source_text(note_src, documents)
    source_note(ax, text)
    return ax
