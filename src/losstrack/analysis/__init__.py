"""Analysis helpers on any claims table: roll-ups over the category tree, series, changes, comparisons.

>>> from losstrack import analysis
>>> s = analysis.series(claims, "armor", claimant="UKR-GS", loser="RUS")     # one figure per date
>>> d = analysis.rolling_mean(analysis.changes(s, "D"), window=7)           # daily changes + 7-day mean
>>> analysis.compare_claimants(claims, "UKR-GS", "oryx", loser="RUS")        # claimed vs confirmed, ratio
"""

from .compare import comparable_categories, compare_claimants
from .events import category_changes, corrections
from .frame import claims_frame, from_wide
from .rollup import combine_qualifiers, rollup, subtree
from .series import changes, latest, rolling_mean, series, series_keys

__all__ = [
    "category_changes",
    "changes",
    "claims_frame",
    "combine_qualifiers",
    "comparable_categories",
    "compare_claimants",
    "corrections",
    "from_wide",
    "latest",
    "rolling_mean",
    "rollup",
    "series",
    "series_keys",
    "subtree",
]
