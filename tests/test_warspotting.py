"""WarSpotting: per-item CSV (API v1 fields), the newer API JSON, stats, and the join to Oryx by evidence URL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from losstrack.documents import read_document
from losstrack.items import join_by_evidence, with_loss_dates
from losstrack.parsers import ParseError, detect
from losstrack.pipeline import claims_for
from losstrack.validate import validate

FIX = Path(__file__).parent / "fixtures" / "warspotting"
ORYX = Path(__file__).parent / "fixtures" / "oryx"


def run(path: Path):
    doc = read_document(path, path.parent)
    spec = detect(doc)
    assert spec is not None, f"no parser for {path.name}"
    result = spec.run(doc)
    return spec, result, claims_for(doc, spec, result)


def test_v1_csv_items():
    spec, result, claims = run(FIX / "losses.csv")
    assert spec.name == "warspotting"
    items = result.tables["items"].set_index("source_id")
    assert len(validate(result.tables["items"], "items")[1]) == 0
    assert items.loc["2", ["category", "status", "owner"]].tolist() == ["tanks", "destroyed", "RUS"]
    assert items.loc["2", "loss_date"] == pd.Timestamp("2022-03-16")
    assert (items.loc["2", "latitude"], items.loc["2", "longitude"]) == (47.0991, 37.5237)
    assert items.loc["5", "unit"] == "4th Guards Tank Division"
    assert items.loc["13", "category"] == "military_vehicles"  # "Transport" through crosswalks/warspotting.csv
    assert pd.isna(items.loc["8", "latitude"]) and "not a place" in items.loc["8", "note"]  # kept, not dropped
    assert (items["as_of"] == pd.Timestamp("2022-06-30")).all()  # the newest loss date
    totals = claims[claims["parent_id"].isna()].set_index("label")
    assert totals.loc["Tanks", "value"] == 3 and (claims["claimant"] == "warspotting").all()
    kids = claims[claims["parent_id"] == totals.loc["Tanks", "claim_id"]].set_index("label")["value"].to_dict()
    assert kids == {"captured Tanks": 1, "destroyed Tanks": 2}


def test_newer_api_json_fields():
    _, result, claims = run(FIX / "losses_api.json")
    items = result.tables["items"].set_index("source_id")
    t90 = items.loc["30001"]
    assert (t90["latitude"], t90["longitude"]) == (48.28, 37.18)  # "geo" instead of "geolocation"
    assert t90["note"] == "FPV strike; drone"  # comment and tags
    assert t90["evidence_key"] == "twitter:1900000000000000001"  # an Oryx-style source preferred over t.me
    assert items.loc["30003", "evidence_key"] == "postimg:ZZZZ9999"  # sources as objects with a url
    assert (items.loc["30003", "latitude"], items.loc["30003", "longitude"]) == (49.71, 37.61)
    assert items.loc["30002", "evidence_url"].endswith("30002.jpg")  # only photos: the photo is the evidence
    assert items.loc["30002", "category"] == "air_defense" and len(claims) == 6


def test_stats_claims():
    _, _, claims = run(FIX / "stats.csv")
    tanks = claims[claims["category"] == "tanks"].set_index("label")["value"].to_dict()
    assert tanks == {"Tanks": 28, "lost Tanks": 25, "damaged Tanks": 3}
    assert set(claims["loser"]) == {"RUS"}


def test_truncated_json_is_a_clear_error(tmp_path):
    text = (FIX / "losses_api.json").read_text(encoding="utf-8")
    (tmp_path / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    doc = read_document(tmp_path / "cut.json", tmp_path)
    assert detect(doc).name == "warspotting"
    with pytest.raises(ParseError, match="cut.json: truncated or malformed JSON"):
        detect(doc).run(doc)


def test_unknown_type_fails_listing_it(tmp_path):
    text = (FIX / "losses.csv").read_text(encoding="utf-8").replace("13,Transport", "13,Hovercraft")
    (tmp_path / "l.csv").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "l.csv", tmp_path)
    with pytest.raises(ParseError, match="Hovercraft"):
        detect(doc).run(doc)


def test_join_oryx_items_by_evidence_url():
    _, oryx, _ = run(ORYX / "page.html")
    _, ws, _ = run(FIX / "losses.csv")
    items = pd.concat([oryx.tables["items"], ws.tables["items"]], ignore_index=True)
    joined, report = with_loss_dates(items)
    # Russian Oryx items with a WarSpotting twin: T-62M 1 (i.postimg vs postimg), T-62M 2 and 3 (postlmg typo,
    # one photo, two items), T-72B3 captured (x.com vs twitter.com): 4 of the 15 Russian items.
    assert (report["matched"], report["with_key"]) == (4, 15)
    rus = joined[(joined["source"] == "oryx") & joined["loss_date"].notna()].set_index("evidence_key")
    assert rus.loc["postimg:AAAA1111", "loss_date"] == pd.Timestamp("2022-03-16")
    assert rus.loc["twitter:1500000000000000002", "unit"] == "4th Guards Tank Division"
    assert joined[joined["owner"] == "UKR"]["loss_date"].isna().all()  # WarSpotting file covers Russia only
    assert len(joined) == len(items) and len(validate(joined, "items")[1]) == 0


def test_real_losses_and_join_rate(shared_data, tmp_path):
    shutil.copy(shared_data / "warspotting" / "losses.csv", tmp_path)
    _, ws, claims = run(tmp_path / "losses.csv")
    items = ws.tables["items"]
    assert len(items) == 14183 and items["source_id"].is_unique
    assert 0.5 < items["latitude"].notna().mean() < 0.6  # README: geolocation on 54%
    assert items["loss_date"].max() == pd.Timestamp("2024-04-10")
    assert claims.loc[claims["label"] == "Tanks", "value"].item() == 2648  # README: 2648 Tanks rows
    page = shared_data / "oryx" / "pages" / "russia.html.gz"
    doc = read_document(page, page.parent)
    oryx = detect(doc).run(doc).tables["items"]
    _, report = join_by_evidence(oryx, items)
    assert report["rate"] > 0.75  # measured: 8,243 of 10,107 items of the Russia page (81.6%)


def test_items_command_prints_totals_and_join_rate(tmp_path, capsys):
    from losstrack.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ORYX / "page.html", seeds / "oryx_page.html")
    shutil.copy(FIX / "losses.csv", seeds / "losses.csv")
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "data"), "--no-plots", "-q"]) == 0
    capsys.readouterr()
    assert main(["items", "--data", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "oryx_page.html" in out and "8/10" in out  # RUS: 8 of 10 category cells exact (IFV captured -1, destroyed +1)
    assert "4/15 Oryx items" in out and "26.7%" in out


def test_build_stores_loss_dates_on_oryx_items(tmp_path):
    """The build writes the WarSpotting join into items.parquet, so Oryx items carry a loss date."""
    import losstrack

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ORYX / "page.html", seeds / "page.html")
    shutil.copy(FIX / "losses.csv", seeds / "losses.csv")
    report = losstrack.build(seeds, tmp_path / "data", plots=False, quiet=True)
    assert report.ok, report.summary()
    items = losstrack.load("items", tmp_path / "data")
    oryx = items[items["source"] == "oryx"]
    dated = oryx[oryx["loss_date"].notna()]
    assert len(dated) >= 1
    # the T-62M whose evidence both lists link gets WarSpotting's date (2022-03-16)
    assert pd.Timestamp("2022-03-16") in set(dated["loss_date"])
