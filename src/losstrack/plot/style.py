"""Shared look of losstrack figures: palette, markers, number and date formats, source notes.

Colours are the Okabe–Ito palette (distinguishable for colour-blind readers); lines also differ by
marker and dash so they survive greyscale print. Fonts are matplotlib's own DejaVu Sans, so figures
look the same on every machine. Nothing here touches pyplot's global state.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.ticker as mticker
import pandas as pd
from matplotlib.figure import Figure

from ..actors import registry

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
DASHES = ["-", "--", "-.", ":"]
GREY = "#555555"
QUALIFIER_SIGNS = {"exact": "", "approx": "≈ ", "at_least": "≥ ", "more_than": "> ", "up_to": "≤ ", "range": ""}
THOUSANDS = mticker.FuncFormatter(lambda x, _pos: f"{x:,.0f}")
FONT = {"family": "DejaVu Sans"}


def new_axes(ax=None, figsize=(8, 4.8)):
    """The given axes, or a fresh one on a figure not registered with pyplot (no global state)."""
    if ax is not None:
        return ax
    fig = Figure(figsize=figsize, layout="constrained")
    return fig.add_subplot()


def tidy(ax, *, grid: str = "y") -> None:
    """Print-friendly axes: light grid behind the data, no top/right spines."""
    ax.set_axisbelow(True)
    if grid:
        ax.grid(axis=grid, color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def count_axis(axis) -> None:
    """Whole numbers with thousands separators on a count axis (no "1, 1, 2, 2" for small counts)."""
    axis.set_major_locator(mticker.MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True, min_n_ticks=2))
    axis.set_major_formatter(THOUSANDS)


def date_axis(ax) -> None:
    """Readable dates whatever the span: concise ticks ("Apr", "May", "2023")."""
    loc = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc, show_offset=True))


def actor_name(actor_id) -> str:
    """Display name of an actor id (the id itself when unknown)."""
    a = registry().get(actor_id) if isinstance(actor_id, str) else None
    return a.name if a else (str(actor_id) if isinstance(actor_id, str) else "unattributed")


def category_name(category: str) -> str:
    """A category id as words: ``armored_combat_vehicles`` → "armored combat vehicles"."""
    return str(category).replace("_", " ")


def format_value(value, qualifier: str = "exact", value_high=None) -> str:
    """A figure as a reader writes it: ``> 5,000``, ``≈ 250``, ``200–300``."""
    if qualifier == "range" and pd.notna(value_high):
        return f"{int(value):,}–{int(value_high):,}"
    return f"{QUALIFIER_SIGNS.get(qualifier, '')}{int(value):,}"


def _parser_name(tag: str) -> str:
    return str(tag).split("/")[0]


def source_text(claims: pd.DataFrame, documents: pd.DataFrame | None = None, via: str | None = None) -> str:
    """"Source: <claimant> via <parsers or publishers>; <claimant> via …; n documents, first – last date."

    ``claims`` may be a claims table or any table with ``claimant``, ``document_id`` and ``parser``
    columns (a series or roll-up). With ``documents`` the publishers named there are used for "via".
    """
    pubs = {}
    if documents is not None and len(documents):
        pubs = documents.set_index("document_id")["publisher"].dropna().to_dict()
    parts = []
    for claimant, g in claims.groupby(claims["claimant"].astype(object).fillna("unattributed"), sort=True):
        if via:
            how = via
        else:
            names = sorted({pubs.get(d) for d in g["document_id"] if pubs.get(d)})
            if not names and "parser" in g:
                names = sorted({_parser_name(p) for t in g["parser"].dropna() for p in str(t).split(";")})
            how = ", ".join(names)
        parts.append(actor_name(claimant) + (f" via {how}" if how else ""))
    docs = set()
    for d in claims["document_id"].dropna():
        docs.add(d)
    n = len(docs)
    dates = claims["date"] if "date" in claims else claims.get("published")
    span = ""
    if dates is not None and dates.notna().any():
        lo, hi = dates.min(), dates.max()
        span = f", {lo:%d %b %Y}" + (f" – {hi:%d %b %Y}" if hi != lo else "")
    return "Source: " + "; ".join(parts or ["unattributed"]) + f" ({n:,} document{'s' if n != 1 else ''}{span})."


def source_note(ax, claims: pd.DataFrame | str, documents=None, via: str | None = None):
    """Write the source note under the axes' x label; it wraps at the figure's right edge when drawn."""
    text = claims if isinstance(claims, str) else source_text(claims, documents, via)
    anchor = ax.xaxis.label if ax.xaxis.label.get_text() else ax.xaxis
    note = ax.annotate(text, xy=(0, 0), xycoords=("axes fraction", anchor), xytext=(0, -6),
                       textcoords="offset points", ha="left", va="top", fontsize=7, color=GREY,
                       annotation_clip=False, wrap=True)
    return note
