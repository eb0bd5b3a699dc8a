"""Plugin: the bot-transcribed General Staff series of lod-db/orc-losses (``russian-losses.json``).

One row per day with the mod.gov.ua / mil.gov.ua post it was read from (``sourceUri``, kept in each
claim's ``source_url``). ``null`` means the category did not exist yet and is not a figure. The
series' schema declares personnel an approximation, so personnel claims carry qualifier ``approx``.
"""

from __future__ import annotations

from ..bulletin_common import WAR_START, assign_categories, head_keys, json_rows, row_date, row_int
from ..documents import Document
from .base import Figure, ParseResult, register

VERSION = "1.0.0"
SOURCE = "orc_losses"
NOT_FIGURES = {"date", "sourceUri"}


def detect(doc: Document) -> bool:
    """A JSON array of daily rows with orc-losses' keys (``sourceUri`` plus ``afvs``/``unarmoredVehicles``)."""
    if not doc.text.lstrip().startswith("["):
        return False
    keys = head_keys(doc.text)
    return "sourceUri" in keys and bool(keys & {"afvs", "unarmoredVehicles", "rocketSystems"})


@register(name="series_orc_losses", version=VERSION, kind="series", detect=detect, priority=40,
          crosswalk="ua_gs", claimant="UKR-GS", loser="RUS")
def parse(doc: Document) -> ParseResult:
    """orc-losses' General Staff series (JSON, with the source URL of each day)."""
    where = doc.origin
    rows = json_rows(doc.text, where)
    figures, dates = [], []
    for i, row in enumerate(rows):
        date = row_date(row, where, i)
        dates.append(date)
        url = row.get("sourceUri") or None
        for key, value in row.items():
            if key in NOT_FIGURES or value is None:
                continue
            n = row_int(value, where, key, date)
            figures.append(Figure(
                label=key, value=n, quote=f'{date} "{key}": {value}', key=f"{date}|{key}",
                qualifier="approx" if key == "personnel" else "exact", published=date,
                period_start=WAR_START, period_end=date, basis="cumulative", source_url=url,
            ))
    assign_categories(figures, "ua_gs", SOURCE, where)
    meta = {"published": max(dates), "title": f"orc-losses General Staff series, {min(dates)}..{max(dates)}"}
    return ParseResult(figures=figures, meta=meta)
