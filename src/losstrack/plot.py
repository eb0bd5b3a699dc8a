"""Plot helpers for claims tables: category breakdowns and trends.

Every helper takes a claims table and an optional ``ax``, draws on it (or on a new figure), touches
no global matplotlib state, and returns the ``Axes``. Colours come from the Okabe–Ito palette, which
stays distinguishable for colour-blind readers and in greyscale print (lines also vary by marker).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.ticker as mticker
import pandas as pd
from matplotlib.figure import Figure

from .actors import registry

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
QUALIFIER_SIGNS = {"exact": "", "approx": "≈ ", "at_least": "≥ ", "more_than": "> ", "up_to": "≤ ", "range": ""}
THOUSANDS = mticker.FuncFormatter(lambda x, _pos: f"{x:,.0f}")


def _axes(ax):
    """The given axes, or a fresh one on a figure not registered with pyplot (no global state)."""
    if ax is not None:
        return ax
    fig = Figure(figsize=(8, 4.8), layout="constrained")
    return fig.add_subplot()


def actor_name(actor_id) -> str:
    """Display name of an actor id (the id itself when unknown)."""
    a = registry().get(actor_id) if isinstance(actor_id, str) else None
    return a.name if a else str(actor_id)


def format_value(value, qualifier: str = "exact", value_high=None) -> str:
    """A figure as a reader writes it: ``> 5,000``, ``≈ 250``, ``200–300``."""
    if qualifier == "range" and pd.notna(value_high):
        return f"{int(value):,}–{int(value_high):,}"
    return f"{QUALIFIER_SIGNS.get(qualifier, '')}{int(value):,}"


def source_note(ax, claims: pd.DataFrame, via: str | None = None) -> None:
    """Write "Source: <claimants> (n documents)" under the axes."""
    names = ", ".join(actor_name(c) for c in sorted(claims["claimant"].dropna().unique())) or "unattributed"
    n = claims["document_id"].nunique()
    text = f"Source: {names}" + (f" via {via}" if via else "") + f" ({n} document{'s' if n != 1 else ''}; losstrack)"
    ax.annotate(text, xy=(0, 0), xycoords="figure fraction", xytext=(6, 4), textcoords="offset points",
                fontsize=7, color="#444444", ha="left", va="bottom")


def breakdown(claims: pd.DataFrame, *, claimant=None, loser=None, document_id=None, basis="cumulative", ax=None):
    """Horizontal bars, one per category, for one claimant/loser (and optionally one document).

    Bars are labelled with the figure as reported ("> 5,000", "≈ 250"); a range is drawn to its high
    end with a lighter extension. Sub-figures (``parent_id`` set) are left out so parts are not
    counted beside their whole.
    """
    ax = _axes(ax)
    df = claims
    for col, val in (("claimant", claimant), ("loser", loser), ("document_id", document_id), ("basis", basis)):
        if val is not None:
            df = df[df[col] == val]
    df = df[df["parent_id"].isna()]
    if df.empty:
        ax.text(0.5, 0.5, "no claims to show", ha="center", va="center", transform=ax.transAxes)
        return ax
    # One bar per category: the latest document's figure.
    df = df.sort_values(["published", "span_start"]).groupby("category", sort=False).tail(1)
    df = df.sort_values("value")
    y = range(len(df))
    ax.barh(list(y), df["value"], color=OKABE_ITO[0])
    highs = df["value_high"].astype("Float64")
    ext = (highs - df["value"]).fillna(0).clip(lower=0)
    if (ext > 0).any():
        ax.barh(list(y), ext, left=df["value"], color=OKABE_ITO[5], alpha=0.6, label="range")
    for yi, row in zip(y, df.itertuples(index=False)):
        end = row.value_high if pd.notna(row.value_high) else row.value
        ax.text(end, yi, "  " + format_value(row.value, row.qualifier, row.value_high), va="center", fontsize=8)
    ax.set_yticks(list(y), [c.replace("_", " ") for c in df["category"]])
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel("reported losses")
    ax.margins(x=0.2)
    who = actor_name(df["loser"].iloc[0]) if df["loser"].nunique() == 1 else "several sides"
    ax.set_title(f"Reported losses of {who}")
    source_note(ax, df)
    return ax


def trend(claims: pd.DataFrame, *, category: str, loser=None, basis="cumulative", ax=None):
    """Value over ``published`` for one category: one line per claimant, markers at reported figures."""
    ax = _axes(ax)
    df = claims[(claims["category"] == category) & (claims["basis"] == basis)]
    if loser is not None:
        df = df[df["loser"] == loser]
    df = df[df["parent_id"].isna()]
    for i, (claimant, g) in enumerate(df.groupby("claimant", dropna=False, sort=True)):
        g = g.sort_values("published").drop_duplicates("published", keep="last")
        ax.plot(g["published"], g["value"], marker=MARKERS[i % len(MARKERS)], color=OKABE_ITO[i % len(OKABE_ITO)],
                label=actor_name(claimant) if pd.notna(claimant) else "unattributed")
        hi = g["value_high"].astype("Float64")
        if hi.notna().any():
            ax.fill_between(g["published"], g["value"], hi.fillna(g["value"]).astype(float),
                            color=OKABE_ITO[i % len(OKABE_ITO)], alpha=0.2)
    ax.yaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel("date reported")
    ax.set_ylabel(f"{category.replace('_', ' ')} ({basis})")
    ax.set_title(f"Reported {category.replace('_', ' ')}" + (f" of {actor_name(loser)}" if loser else ""))
    if len(df):
        ax.legend(title="claimant", fontsize=8)
        source_note(ax, df)
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_ha("right")
    return ax


def write_build_plots(claims: pd.DataFrame, folder: Path) -> list[Path]:
    """Draw the default plots of a build into ``folder`` (PNG): a breakdown per claimant/loser pair
    and a trend per category with figures on two or more dates."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    top = claims[claims["parent_id"].isna()]
    for (claimant, loser), _g in top.groupby(["claimant", "loser"], dropna=False):
        ax = breakdown(claims, claimant=claimant if pd.notna(claimant) else None, loser=loser)
        path = folder / f"breakdown_{claimant}_{loser}.png"
        ax.figure.savefig(path, dpi=120)
        written.append(path)
    cum = top[top["basis"] == "cumulative"]
    for (category, loser), g in cum.groupby(["category", "loser"]):
        if g["published"].nunique() < 2:
            continue
        ax = trend(claims, category=category, loser=loser)
        path = folder / f"trend_{category}_{loser}.png"
        ax.figure.savefig(path, dpi=120)
        written.append(path)
    return written
