"""Events along a series: official corrections and changes in how a source breaks a category down."""

from __future__ import annotations

import pandas as pd

from .series import series_keys


def corrections(s: pd.DataFrame, *, decreases: bool = True) -> pd.DataFrame:
    """Rows of a series (from :func:`losstrack.analysis.series`) that are official corrections.

    A row counts when its ``flags`` hold ``correction`` (the build flags a cumulative total lower than
    the previous report; the roll-up carries the flag of any part) or, with ``decreases=True``, when
    its cumulative value is lower than the previous one of the same series made of the same parts (so
    tables built without that flag still show corrections; a drop because a roll-up lost a part is a
    break-down change, see :func:`category_changes`).
    """
    if s.empty:
        return s
    flagged = s["flags"].fillna("").str.split(";").map(lambda t: "correction" in t).astype(bool)
    if decreases:
        keys = series_keys(s)
        ordered = s.sort_values("date").groupby(keys, dropna=False)
        prev, prev_parts = ordered["value"].shift().reindex(s.index), ordered["parts"].shift().reindex(s.index)
        # A drop because the figure is now made of fewer parts is a break-down change, not a correction.
        flagged |= ((s["value"] < prev) & (s["parts"] == prev_parts)).fillna(False).astype(bool)
    return s[flagged]


def category_changes(s: pd.DataFrame, *, min_run: int = 3) -> pd.DataFrame:
    """Dates where a claimant's figure for a category starts being made of different parts.

    E.g. the General Staff reported "vehicles" and "fuel tanks" separately until 2022-04-30 and
    "vehicles and fuel tanks" from 2022-05-01: the ``vehicles`` series changes from
    ``military_vehicles+fuel_tanks`` to ``vehicles``. A change counts only when the new make-up holds
    for ``min_run`` consecutive reports, so one transcription's missing row is not a "change".

    Returns
    -------
    DataFrame
        The series' keys, ``date`` (first report in the new make-up), ``before``, ``after``.
    """
    keys = series_keys(s)
    rows = []
    for key, g in s.groupby(keys, dropna=False, sort=False):
        g = g.sort_values("date")
        parts = g["parts"].tolist()
        dates = g["date"].tolist()
        current = parts[0] if parts else None
        for i in range(1, len(parts)):
            if parts[i] == current:
                continue
            run = parts[i:i + min_run]
            if len(run) == min_run and all(p == parts[i] for p in run):
                rows.append({**dict(zip(keys, key if isinstance(key, tuple) else (key,))), "date": dates[i],
                             "before": current, "after": parts[i]})
                current = parts[i]
    return pd.DataFrame(rows, columns=[*keys, "date", "before", "after"])
