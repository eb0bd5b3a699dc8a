"""The default figures of a build, written as PNG under ``data/plots``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..vocab import taxonomy
from .breakdown import breakdown
from .compare import claimed_vs_confirmed
from .multiples import default_categories, small_multiples
from .trend import trend

#: Monitors whose counts are "visually confirmed" (compared with each official claimant).
CONFIRMING = ("oryx", "warspotting")


def _save(fig, path: Path, written: list[Path], dpi: int = 120) -> None:
    fig.savefig(path, dpi=dpi)
    written.append(path)


def _top(category: str) -> str:
    anc = taxonomy().ancestors(category)
    return anc[-1] if anc else category


def write_build_plots(claims: pd.DataFrame, folder: Path, *, documents=None) -> list[Path]:
    """Draw the default plots of a build into ``folder`` (PNG) and return their paths.

    - ``breakdown_<claimant>_<loser>.png``: the latest figures per category of each claimant;
    - ``trend_<category>_<loser>.png``: each top-level category (rolled up) with figures on two dates or more;
    - ``multiples_<loser>.png``: all such categories as small multiples, when there are more than two;
    - ``claimed_vs_confirmed_<claimant>_<monitor>_<loser>.png``: each official claimant against Oryx
      or WarSpotting about the same loser, when both are present.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    top = claims[claims["parent_id"].isna()]
    for (claimant, loser), _g in top.groupby(["claimant", "loser"], dropna=False):
        ax = breakdown(claims, claimant=claimant if pd.notna(claimant) else None, loser=loser, documents=documents)
        _save(ax.figure, folder / f"breakdown_{claimant}_{loser}.png", written)
    cum = top[(top["basis"] == "cumulative") & top["model"].isna()]
    for loser, g in cum.groupby("loser"):
        cats = default_categories(claims, loser=loser)
        tops = list(dict.fromkeys(_top(c) for c in cats))
        for cat in tops:
            ax = trend(claims, category=cat, loser=loser, documents=documents)
            _save(ax.figure, folder / f"trend_{cat}_{loser}.png", written)
        if len(cats) > 2:
            axes = small_multiples(claims, cats, loser=loser, documents=documents)
            _save(axes[0].figure, folder / f"multiples_{loser}.png", written)
        monitors = [m for m in CONFIRMING if m in set(g["claimant"])]
        for m in monitors:
            for claimant in sorted(set(g["claimant"].dropna()) - set(CONFIRMING)):
                ax = claimed_vs_confirmed(claims, claimant, m, loser=loser, documents=documents)
                if ax.collections:
                    _save(ax.figure, folder / f"claimed_vs_confirmed_{claimant}_{m}_{loser}.png", written)
    return written
