"""Regression guard on the full-length held-out articles (tests/heldout*/): their goldens were written blind to the
extractor, then used to find what real texts do (so these scores are no longer blind: each set was scored once before
it was read, see docs/articles.md). A change that loses ground on them fails here; the thresholds sit a little below the
scores measured when they were last set (figure, claimant and period F1: see docs/articles.md for the table)."""

from __future__ import annotations

from pathlib import Path

import pytest

import losstrack
from losstrack.extract.scoring import load_corpus, records, score

HERE = Path(__file__).parent

#: folder → minimum F1 of figure, claimant, period
FLOORS = {
    "heldout": (0.895, 0.815, 0.745),  # (its annotator listed "(+0)" zeros and trucks as military_vehicles)
    # (the annotators of the first five sets took Syrskyi for the government, UKR-GOV; from heldout6 on the house rule is
    # that a commander-in-chief speaks for the armed forces, UKR, as actors.csv now has it)
    "heldout2": (0.895, 0.785, 0.78),
    "heldout3": (0.88, 0.735, 0.67),
    "heldout4": (0.93, 0.84, 0.84),
    "heldout5": (0.9, 0.83, 0.785),
    "heldout6": (0.9, 0.85, 0.74),
    "heldout7": (0.925, 0.83, 0.775),
    "heldout8": (0.915, 0.80, 0.82),
    "heldout9": (0.925, 0.80, 0.83),
    "heldout10": (0.895, 0.73, 0.745),
    "heldout11": (0.86, 0.74, 0.72),
    "heldout12": (0.855, 0.72, 0.70),
    "heldout13": (0.885, 0.79, 0.78),
    "heldout14": (0.925, 0.82, 0.735),
    "heldout15": (0.92, 0.84, 0.80),
    "heldout16": (0.92, 0.77, 0.755),
    "heldout17": (0.945, 0.875, 0.80),
    "heldout18": (0.93, 0.81, 0.80),
    "heldout19": (0.915, 0.77, 0.77),
    "heldout20": (0.94, 0.875, 0.80),  # (blind: 0.857 / 0.730 / 0.738 on the twelfth session's end, 78de190)
    "heldout21": (0.91, 0.73, 0.72),  # (blind: 0.890 / 0.707 / 0.653 on a3b56f7, after reading heldout20)
    "heldout22": (0.90, 0.77, 0.685),  # (blind: 0.883 / 0.712 / 0.670 on 26b04f3 and 9ccbcd5)
    "heldout23": (0.89, 0.745, 0.635),  # (blind: 0.855 / 0.658 / 0.499 on fd73e7a, after reading heldout22)
    "heldout24": (0.88, 0.715, 0.67),  # (blind: 0.889 / 0.707 / 0.683 on c80313e, the session's last rules)
    "heldout25": (0.905, 0.735, 0.63),  # (blind: 0.895 / 0.732 / 0.640 on 041d5f6 and on the start, ca485f3)
    "heldout26": (0.83, 0.58, 0.62),  # (blind: 0.830 / 0.598 / 0.655 on de78808; 0.810 / 0.573 / 0.635 on the start)
    "heldout27": (0.88, 0.70, 0.53),  # (blind: 0.872 / 0.701 / 0.535 on the sixteenth session's start, 8f14f70)
    "heldout28": (0.88, 0.72, 0.70),  # (blind: 0.831 / 0.663 / 0.631 on 0d9bef6 and on the seventeenth's start, a2a8a41)
    "heldout29": (0.885, 0.77, 0.71),  # (blind: 0.888 / 0.758 / 0.709 on the seventeenth session's start, a2a8a41)
    "heldout30": (0.925, 0.87, 0.79),  # (blind: 0.863 / 0.752 / 0.697 on the eighteenth session's start, 962e11f)
    "heldout31": (0.91, 0.76, 0.76),  # (blind: 0.879 / 0.719 / 0.735 on 962e11f; 0.897 / 0.736 / 0.744 on 6bb01ae)
    "heldout32": (0.91, 0.78, 0.80),  # (blind: 0.871 / 0.657 / 0.776 on 962e11f; 0.880 / 0.665 / 0.779 on 9e762a7)
    "heldout33": (0.90, 0.77, 0.77),  # (blind: 0.863 / 0.714 / 0.735 on the nineteenth session's start, 9e762a7)
    "heldout34": (0.94, 0.88, 0.79),  # (blind: 0.903 / 0.680 / 0.741 on 9e762a7; 0.925 / 0.714 / 0.758 on f80a4b0)
    "heldout35": (0.945, 0.89, 0.84),  # (blind: 0.897 / 0.798 / 0.777 on f80a4b0; 0.907 / 0.800 / 0.784 on 17205fd)
    "heldout36": (0.925, 0.865, 0.75),  # (blind: 0.833 / 0.624 / 0.677 on 17205fd; 0.835 / 0.625 / 0.679 on 33c53d0)
    "heldout37": (0.915, 0.87, 0.76),  # (blind: 0.889 / 0.740 / 0.719 on 33c53d0; 0.887 / 0.763 / 0.721 on 68883f9)
    "heldout38": (0.925, 0.84, 0.79),  # (blind: 0.870 / 0.702 / 0.737 on 68883f9; 0.870 / 0.702 / 0.756 on 0baf2fd)
    "heldout41": (0.88, 0.70, 0.60),  # (blind: 0.763 / 0.525 / 0.475 on 77264f9; texts not shaped like news reports)
    "heldout42": (0.94, 0.83, 0.78),  # (blind: 0.916 / 0.696 / 0.707 on 77264f9, ca41d1f, 2264e7f and 931291b)
    "heldout43": (0.83, 0.59, 0.49),  # (blind: 0.798 / 0.509 / 0.399 on 931291b and b3f4e16; texts not shaped like news)
    "heldout44": (0.90, 0.76, 0.73),  # (blind: 0.852 / 0.709 / 0.550 on 931291b, 0766ff3, 3359dd2, 80f78cc and 12fa5c5)
    "heldout45": (0.89, 0.78, 0.67),  # (blind: 0.890 / 0.740 / 0.653 on 12fa5c5; 0.890 / 0.740 / 0.658 on 46839c8)
    "heldout46": (0.69, 0.40, 0.36),  # (blind: 0.681 / 0.394 / 0.363 on 12fa5c5, 46839c8, 9144768; not news-shaped)
    "heldout47": (0.91, 0.80, 0.67),  # (blind: 0.886 / 0.658 / 0.549 on 12fa5c5; 0.892 / 0.660 / 0.567 on 1d43c2d, 641b011)
    "heldout48": (0.91, 0.71, 0.67),  # (blind: 0.892 / 0.684 / 0.670 on 641b011; 0.894 / 0.700 / 0.676 on 8f24e05)
    "heldout49": (0.87, 0.73, 0.63),  # (blind: 0.868 / 0.721 / 0.629 on 641b011, 8f24e05 and eaeebed)
    "heldout50": (0.90, 0.76, 0.71),  # (blind: 0.820 / 0.634 / 0.577 on 641b011; 0.823 / 0.653 / 0.581 on b8d51e4)
    "heldout51": (0.87, 0.74, 0.63),  # (blind: 0.842 / 0.722 / 0.597 on b8d51e4; 0.867 / 0.730 / 0.622 on 1c69bbc)
    "heldout52": (0.90, 0.80, 0.76),  # (blind: 0.898 / 0.771 / 0.758 on b8d51e4; 0.900 / 0.777 / 0.760 on 1c69bbc, d4016f0)
    "heldout53": (0.88, 0.78, 0.61),  # (blind: 0.857 / 0.755 / 0.620 on b8d51e4; 0.860 / 0.763 / 0.623 on 738447b)
    "heldout54": (0.93, 0.82, 0.72),  # (blind: 0.886 / 0.767 / 0.647 on b8d51e4, 6900932 and c13779b)
    "heldout55": (0.89, 0.73, 0.67),  # (blind: 0.859 / 0.576 / 0.611 on c13779b; 0.859 / 0.594 / 0.611 with heldout54's lessons)
    "heldout56": (0.91, 0.77, 0.66),  # (blind: 0.896 / 0.714 / 0.630 on c13779b; 0.896 / 0.714 / 0.639 on 655e2c3)
    "heldout57": (0.85, 0.69, 0.65),  # (blind: 0.788 / 0.619 / 0.583 on c13779b; 0.788 / 0.629 / 0.583 on 655e2c3)
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_heldout_scores_hold(folder):
    cases = load_corpus(HERE / folder)
    results = [(c.expected, records(losstrack.parse_article(c.text, published=c.published, publisher=c.publisher)))
               for c in cases]
    table = score(results).set_index("attribute")
    got = tuple(round(float(table.loc[k, "f1"]), 3) for k in ("figure", "claimant", "period"))
    assert all(g >= floor for g, floor in zip(got, FLOORS[folder])), f"{folder}: F1 {got} below {FLOORS[folder]}"
