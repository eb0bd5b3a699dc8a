"""Publishable plots of claims tables: trends, daily changes, claimed vs confirmed, breakdowns, small multiples.

Every helper takes a claims table and an optional ``ax``, draws on it (or on a new figure not known
to pyplot), touches no global matplotlib state, and returns the ``Axes``. Each figure carries a
source note naming the claimants and documents. Colours: Okabe–Ito (colour-blind safe), with
markers and dashes for greyscale print.

>>> ax = losstrack.plot.trend(claims, category="armor", loser="RUS")
>>> ax.figure.savefig("armor.png", dpi=150)
"""

from .breakdown import breakdown
from .build import write_build_plots
from .changes import changes
from .compare import claimed_vs_confirmed
from .multiples import small_multiples
from .style import MARKERS, OKABE_ITO, QUALIFIER_SIGNS, THOUSANDS, actor_name, format_value, source_note, source_text
from .trend import trend

__all__ = [
    "MARKERS",
    "OKABE_ITO",
    "QUALIFIER_SIGNS",
    "THOUSANDS",
    "actor_name",
    "breakdown",
    "changes",
    "claimed_vs_confirmed",
    "format_value",
    "small_multiples",
    "source_note",
    "source_text",
    "trend",
    "write_build_plots",
]
