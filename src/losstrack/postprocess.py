"""Steps run over the whole claims table after every document is parsed, before it is written.

Some checks need more than one document: a cumulative total that goes down between two daily
bulletins is an official correction, flagged (``flags`` column), never dropped. Each step takes the
claims table and returns it (same rows, possibly more flags).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

#: The steps, in order. Each is ``fn(claims) -> claims`` and must keep every row.
STEPS: list[Callable[[pd.DataFrame], pd.DataFrame]] = []


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """Apply every step; a step that would drop or add rows is a bug and raises."""
    for step in STEPS:
        out = step(claims)
        if len(out) != len(claims):
            raise RuntimeError(f"post-processing step {step.__name__} changed the row count")
        claims = out
    return claims
