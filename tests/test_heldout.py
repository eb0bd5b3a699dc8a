"""Regression guard on the full-length held-out articles (tests/heldout*/): their goldens were written blind to the
extractor, then used to find what real texts do (so these scores are no longer blind: see docs/articles.md). A
change that loses ground on them fails here; the thresholds sit a little below the scores measured when they
were last set (figure, claimant and period F1: see docs/articles.md for the table)."""

from __future__ import annotations

from pathlib import Path

import pytest

import losstrack
from losstrack.extract.scoring import load_corpus, records, score

HERE = Path(__file__).parent

#: folder → minimum F1 of figure, claimant, period
FLOORS = {
    "heldout": (0.90, 0.83, 0.75),
    "heldout2": (0.865, 0.75, 0.745),
    "heldout3": (0.835, 0.68, 0.61),
    "heldout4": (0.905, 0.80, 0.785),
    "heldout5": (0.875, 0.80, 0.75),
    "heldout6": (0.84, 0.705, 0.63),
    "heldout7": (0.915, 0.80, 0.75),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_heldout_scores_hold(folder):
    cases = load_corpus(HERE / folder)
    results = [(c.expected, records(losstrack.parse_article(c.text, published=c.published, publisher=c.publisher)))
               for c in cases]
    table = score(results).set_index("attribute")
    got = tuple(round(float(table.loc[k, "f1"]), 3) for k in ("figure", "claimant", "period"))
    assert all(g >= floor for g, floor in zip(got, FLOORS[folder])), f"{folder}: F1 {got} below {FLOORS[folder]}"
