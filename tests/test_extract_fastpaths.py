"""The extractor's shortcuts give what the full scans they stand in for give: the number scan that starts only where
a number can start, and the case-sensitive twins of case-insensitive patterns."""

from __future__ import annotations

import datetime as dt

import pytest

from losstrack.extract import numbers
from losstrack.extract.events import event_starts
from losstrack.extract.lexicon import lower
from losstrack.extract.periods import period_cues

_TRICKY = [
    "often ten tanks", "tenfold", "someone said one hundred and twenty-three soldiers", "a thousand drones",
    "between 200 and 300 troops", "(+1,170) personnel", "twenty-three", "alone, nine", "донесли сто двадцать",
    "понад тисячу", "tens of thousands of troops", "several dozen", "T-72 and 5,000", "Su-34s, 12 of them",
    "хвилину двадцять", "1.2 million", "anyone\nnine", "phone-one two",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_number_scan_from_anchors_equals_full_scan(text):
    full = numbers._patterns()[0]
    low = lower(text)
    want = [(m.span(), m.lastgroup) for m in full.finditer(low)]
    assert [(m.span(), m.lastgroup) for m in numbers._matches(full, low)] == want


def test_twin_scans_equal_case_insensitive_scans():
    published = dt.date(2024, 9, 1)
    text = "The incursion, which began on August 6, cost Russia 500 tanks."
    # the lower case is plain (twins), the text with a long s is not (case-insensitive patterns): same results
    assert event_starts(text, published) == event_starts(text + " ſ", published) == {"incursion": dt.date(2024, 8, 6)}
    for sentence, want in (("In the past 72 hours, 300 Russian soldiers were killed.", (dt.date(2024, 8, 29), "increment")),
                           ("From 13 to 19 August, 300 soldiers were killed.", (dt.date(2024, 8, 13), "increment"))):
        cues = [(p.start, p.basis) for _o, p in period_cues(sentence, published, {})]
        assert cues == [want]
        assert [(p.start, p.basis) for _o, p in period_cues(sentence + " ſ", published, {})] == cues
