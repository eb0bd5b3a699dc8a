"""Claims tables for the analysis and plot tests, built from the small synthetic CSVs in fixtures/analysis."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from losstrack import analysis

from .conftest import FIXTURES

HERE = FIXTURES / "analysis"


def gs_wide() -> pd.DataFrame:
    return pd.read_csv(HERE / "gs_daily.csv", parse_dates=["date"])


def oryx_wide() -> pd.DataFrame:
    return pd.read_csv(HERE / "oryx_weekly.csv", parse_dates=["date"])


@lru_cache(maxsize=1)
def _gs() -> pd.DataFrame:
    return analysis.from_wide(gs_wide(), claimant="UKR-GS", loser="RUS", qualifiers={"personnel_casualties": "approx"},
                              parser="gs_fixture/1")


@lru_cache(maxsize=1)
def _oryx() -> pd.DataFrame:
    return analysis.from_wide(oryx_wide(), claimant="oryx", loser="RUS", parser="oryx_fixture/1")


@lru_cache(maxsize=1)
def _articles() -> pd.DataFrame:
    return analysis.claims_frame(pd.read_csv(HERE / "articles.csv"), parser="article_fixture/1")


def gs() -> pd.DataFrame:
    return _gs().copy()


def oryx() -> pd.DataFrame:
    return _oryx().copy()


def articles() -> pd.DataFrame:
    return _articles().copy()


def official_and_confirmed() -> pd.DataFrame:
    return pd.concat([gs(), oryx()], ignore_index=True)


def seed_like() -> pd.DataFrame:
    """The nine figures of the seed article (Russia's MoD on Ukraine's losses in Kursk), HIMARS as a part of MLRS."""
    rows = [("personnel_killed", "soldiers", 5000, "more_than", None, None),
            ("tanks", "tanks", 69, "exact", None, None),
            ("infantry_fighting_vehicles", "infantry fighting vehicles", 27, "exact", None, None),
            ("armored_personnel_carriers", "armored personnel carriers", 55, "exact", None, None),
            ("armored_combat_vehicles", "armored combat vehicles", 350, "exact", None, None),
            ("artillery", "field artillery guns", 34, "exact", None, None),
            ("air_defense", "air defense systems", 5, "exact", None, None),
            ("mlrs", "multiple launch rocket systems", 11, "exact", None, None),
            ("mlrs", "HIMARS", 3, "exact", "HIMARS", "c-mlrs")]
    df = pd.DataFrame(rows, columns=["category", "label", "value", "qualifier", "model", "parent_id"])
    df["claim_id"] = [f"c{i}" for i in range(len(df) - 2)] + ["c-mlrs", "c-himars"]
    return analysis.claims_frame(df.assign(claimant="RUS-MOD", loser="UKR", region="Kursk", date="2024-08-25",
                                           document="seed"), parser="article_fixture/1")
