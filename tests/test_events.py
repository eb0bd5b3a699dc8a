"""Event start dates a text gives itself (``extract.events.event_starts``)."""

from __future__ import annotations

import datetime as dt

import pytest

from losstrack.extract.events import event_starts

PUB = dt.date(2024, 11, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("since the start of the incursion into Russia's Kursk region on August 6, Moscow said",
     {"incursion": dt.date(2024, 8, 6)}),
    ("since Israel launched its ground incursion into southern Lebanon on October 1.", {"incursion": dt.date(2024, 10, 1)}),
    ("The clashes erupted on Sept. 27 along the line.", {"clashes": dt.date(2024, 9, 27)}),
    ("since the escalation began in September", {"escalation": dt.date(2024, 9, 1)}),
    ("since the escalation began in December", {"escalation": dt.date(2023, 12, 1)}),  # the last December before
    ("з початку операції 6 серпня ворог втратив", {"операції": dt.date(2024, 8, 6)}),
    ("с начала боевых действий 27 сентября", {"боевых действий": dt.date(2024, 9, 27)}),
    ("The fighting began a day after the October 7 attack.", {}),  # relative to a date: not that date
    ("The war began. On March 3 the army said", {}),  # a date in the next sentence is not the start
    ("since the start of the war, troops have held the town", {}),
])
def test_event_starts(text, expected):
    assert event_starts(text, PUB) == expected
