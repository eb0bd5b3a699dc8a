"""losstrack: reported war losses as clean, checked, versioned tables.

>>> import losstrack
>>> claims = losstrack.parse_article(text, published="2024-08-25")   # one article → claims table
>>> report = losstrack.build("seeds", "data")                          # every seed → data/*.parquet
>>> claims = losstrack.load("claims", "data")                          # read back, validated
>>> losstrack.plot.breakdown(claims)                                   # a matplotlib Axes
"""

__version__ = "0.1.0"

from . import plot  # noqa: E402
from .build import BuildReport, build  # noqa: E402
from .extract.article import parse_article  # noqa: E402
from .schema import SCHEMA_VERSION, ClaimsModel, DocumentsModel  # noqa: E402
from .series import compare  # noqa: E402
from .store import load  # noqa: E402
from .validate import ValidationFailed  # noqa: E402
from .vocab import TAXONOMY_VERSION, taxonomy  # noqa: E402

__all__ = [
    "BuildReport",
    "ClaimsModel",
    "DocumentsModel",
    "SCHEMA_VERSION",
    "TAXONOMY_VERSION",
    "ValidationFailed",
    "build",
    "compare",
    "load",
    "parse_article",
    "plot",
    "taxonomy",
]
