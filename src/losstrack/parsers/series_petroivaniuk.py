"""Plugin: the hand-transcribed General Staff series of PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (JSON).

Reads its three files by content: ``russia_losses_equipment.json`` (cumulative totals per day, keys
that appear and disappear over time — mapped through the dated drift table ``crosswalks/ua_gs.csv``),
``russia_losses_personnel.json`` (personnel with its "about"/"more" qualifier, and POW until April
2022) and ``russia_losses_equipment_correction.json`` (the maintainer's signed correction deltas:
not claims of the General Staff, so they go to the ``series_corrections`` table, one row per figure).
"""

from __future__ import annotations

import pandas as pd

from ..bulletin_common import WAR_START, assign_categories, head_keys, json_rows, row_date, row_int
from ..documents import Document
from ..schema import columns
from .base import Figure, ParseError, ParseResult, register

VERSION = "1.0.0"
SOURCE = "petroivaniuk"
#: Keys that are not figures.
NOT_FIGURES = {"date", "day", "personnel*", "greatest losses direction"}
#: The file's own words for the personnel qualifier.
PERSONNEL_QUALIFIER = {"about": "approx", "more": "more_than", "": "exact"}
_EQUIPMENT_KEYS = {"APC", "field artillery", "MRL", "anti-aircraft warfare", "naval ship"}


def detect(doc: Document) -> bool:
    """A JSON array of daily rows with PetroIvaniuk's keys (``day`` plus ``APC``/``field artillery`` or ``personnel*``)."""
    if not doc.text.lstrip().startswith("["):
        return False
    keys = head_keys(doc.text)
    return {"date", "day"} <= keys and bool(keys & (_EQUIPMENT_KEYS | {"personnel*"}))


def _figures(rows: list[dict], where: str) -> list[Figure]:
    figures = []
    for i, row in enumerate(rows):
        date = row_date(row, where, i)
        for key, value in row.items():
            if key in NOT_FIGURES or value is None:
                continue
            qual = "exact"
            if key == "personnel":
                word = str(row.get("personnel*") or "").strip().lower()
                if word not in PERSONNEL_QUALIFIER:
                    raise ParseError(f"{where}: unknown personnel qualifier {word!r} on {date}")
                qual = PERSONNEL_QUALIFIER[word]
            n = row_int(value, where, key, date)
            figures.append(Figure(
                label=key, value=n, quote=f'{date} "{key}": {value}', qualifier=qual, key=f"{date}|{key}",
                published=date, period_start=WAR_START, period_end=date, basis="cumulative",
            ))
    return figures


def _corrections(rows: list[dict], where: str, doc: Document) -> pd.DataFrame:
    out, probes = [], []
    for i, row in enumerate(rows):
        date = row_date(row, where, i)
        for key, value in row.items():
            if key in NOT_FIGURES or value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise ParseError(f"{where}: correction {key!r} on {date} is {value!r}, not an integer")
            # the file lists every key on every row; a zero delta of a category not yet in use is no drift
            probes.append(Figure(label=key, value=0, quote="", period_end=date if value else None))
            out.append({"document_id": doc.document_id, "date": date, "day": row.get("day"), "label": key,
                        "category": None, "delta": value})
    assign_categories(probes, "ua_gs", SOURCE, where)
    for rec, probe in zip(out, probes):
        rec["category"] = probe.category
    frame = pd.DataFrame(out, columns=columns("series_corrections"))
    frame["date"] = pd.to_datetime(frame["date"])
    return frame  # validated by the pipeline against schema.SeriesCorrectionsModel


@register(name="series_petroivaniuk", version=VERSION, kind="series", detect=detect, priority=40,
          crosswalk="ua_gs", claimant="UKR-GS", loser="RUS")
def parse(doc: Document) -> ParseResult:
    """PetroIvaniuk's General Staff series (equipment, personnel, or correction JSON)."""
    where = doc.origin
    rows = json_rows(doc.text, where)
    keys = set().union(*(r.keys() for r in rows))
    is_correction = "personnel" in keys and bool(keys & _EQUIPMENT_KEYS) and "personnel*" not in keys
    dates = sorted(row_date(r, where, i) for i, r in enumerate(rows))
    meta = {"published": dates[-1], "publisher": None,
            "title": f"PetroIvaniuk General Staff series ({'corrections' if is_correction else 'daily totals'}), "
                     f"{dates[0]}..{dates[-1]}"}
    if is_correction:
        return ParseResult(figures=[], tables={"series_corrections": _corrections(rows, where, doc)}, meta=meta)
    figures = _figures(rows, where)
    assign_categories(figures, "ua_gs", SOURCE, where)
    return ParseResult(figures=figures, meta=meta)
