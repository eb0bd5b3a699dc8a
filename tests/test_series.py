"""Published General Staff series (PetroIvaniuk, orc-losses), daily changes with gaps, and compare()."""

from __future__ import annotations

import json
import shutil
import warnings

import pandas as pd
import pytest

import losstrack
from losstrack.cli import main
from losstrack.documents import read_document
from losstrack.parsers import ParseError, detect
from losstrack.pipeline import claims_for
from losstrack.series import as_claims, compare_summary, daily_changes, disagreement_runs, disagreements, gaps

from .conftest import FIXTURES

BUL = FIXTURES / "bulletins"
D = pd.Timestamp
# series with official corrections make the warning-level schema check speak; that is expected here
pytestmark = pytest.mark.filterwarnings("ignore:.*cumulative_total_went_down")


def figures_in(path) -> int:
    """Numeric cells of a series file that are figures (not date/day/qualifier/url/null)."""
    skip = {"date", "day", "personnel*", "greatest losses direction", "sourceUri"}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return sum(1 for r in rows for k, v in r.items() if k not in skip and isinstance(v, int))


def parse(path):
    doc = read_document(path, path.parent)
    spec = detect(doc)
    result = spec.run(doc)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spec, result, claims_for(doc, spec, result)


def test_petroivaniuk_equipment_and_personnel():
    spec, _, eq = parse(BUL / "petro_equipment.json")
    assert spec.name == "series_petroivaniuk"
    assert len(eq) == figures_in(BUL / "petro_equipment.json")
    by = eq.set_index(["period_end", "category"])["value"]
    assert by[(D("2022-04-30"), "military_vehicles")] == 1701 and by[(D("2022-04-30"), "fuel_tanks")] == 76
    assert by[(D("2022-05-01"), "vehicles")] == 1796 and by[(D("2022-05-01"), "cruise_missiles")] == 84
    assert by[(D("2022-04-30"), "missile_launchers")] == 4
    assert eq["source_url"].isna().all() and set(eq["claimant"]) == {"UKR-GS"}
    _, _, pe = parse(BUL / "petro_personnel.json")
    assert len(pe) == figures_in(BUL / "petro_personnel.json") == 6
    q = pe[pe["category"] == "personnel_casualties"].set_index("period_end")["qualifier"]
    assert q[D("2022-03-07")] == "more_than" and q[D("2022-04-30")] == "approx"
    assert pe.loc[pe["category"] == "personnel_captured", "value"].tolist() == [259, 496]


def test_petroivaniuk_corrections_go_to_their_own_table():
    _, result, claims = parse(BUL / "petro_correction.json")
    assert claims.empty
    t = result.tables["series_corrections"]
    assert len(t) == figures_in(BUL / "petro_correction.json")
    sel = t[(t["date"] == D("2024-11-30")) & (t["delta"] != 0)].set_index("category")["delta"]
    assert sel.to_dict() == {"special_equipment": -85, "vehicles": 87}


def test_orc_losses_keeps_source_urls_and_skips_nulls():
    spec, _, c = parse(BUL / "orc_losses.json")
    assert spec.name == "series_orc_losses"
    assert len(c) == figures_in(BUL / "orc_losses.json")
    assert c["source_url"].notna().all()
    row = c[(c["period_end"] == D("2022-10-12")) & (c["category"] == "tanks")].iloc[0]
    assert row["source_url"].endswith("/2022/10/12/example-a/") and row["value"] == 2485
    assert c[(c["period_end"] == D("2022-04-30")) & (c["category"] == "helicopters")]["label"].tolist() == ["rotoryWingAircraft"]
    assert c.loc[c["category"] == "personnel_casualties", "qualifier"].eq("approx").all()


def test_truncated_json_is_a_clear_error():
    doc = read_document(BUL / "orc_losses_truncated.json", BUL)
    with pytest.raises(ParseError, match="truncated JSON"):
        detect(doc).run(doc)


def test_compare_two_transcriptions():
    cmp = losstrack.compare([BUL / "petro_equipment.json", BUL / "petro_personnel.json"], BUL / "orc_losses.json")
    dis = disagreements(cmp)
    assert list(zip(dis["category"], dis["date"], dis["value_a"], dis["value_b"])) == [("tanks", D("2022-10-12"), 2486, 2485)]
    s = compare_summary(cmp).set_index("category")
    assert s.loc["tanks", "common"] == 3 and s.loc["tanks", "disagree"] == 1 and s.loc["tanks", "runs"] == 1
    assert s.loc["fuel_tanks", "only_a"] == 2 and s.loc["fuel_tanks", "common"] == 0
    assert set(cmp["status"]) <= {"agree", "disagree", "only_a", "only_b"}


def test_cli_compare(capsys):
    rc = main(["compare", "--a", str(BUL / "petro_equipment.json"), "--b", str(BUL / "orc_losses.json"),
               "--category", "tanks"])
    out = capsys.readouterr().out
    assert rc == 0 and "1 disagreeing" in out and "2485" in out


def test_daily_changes_keep_corrections_and_report_gaps():
    c = as_claims([BUL / "petro_equipment.json"])
    ch = daily_changes(c[c["category"] == "armored_combat_vehicles"])
    assert ch["change"].tolist()[1:] == [27, 26, 2710, -14]  # the official correction stays negative
    g = gaps(c[c["category"] == "tanks"])
    assert len(g) == 1 and g.loc[0, "after"] == D("2022-05-01") and g.loc[0, "before"] == D("2022-10-12")
    assert g.loc[0, "missing_days"] == 163
    filled = daily_changes(c[c["category"] == "tanks"], fill=True)
    assert len(filled) == (D("2022-10-13") - D("2022-04-29")).days + 1
    assert filled["change"].iloc[1:].sum() == 2486 - 986


# --------------------------------------------------------------------------- the real published series


def test_real_series_import_reconciles_with_the_files(shared_data, tmp_path):
    gs = shared_data / "general-staff"
    files = [gs / "petroivaniuk" / "russia_losses_equipment.json", gs / "petroivaniuk" / "russia_losses_personnel.json",
             gs / "orc-losses" / "russian-losses.json", gs / "petroivaniuk" / "russia_losses_equipment_correction.json"]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in files:
        shutil.copy(f, seeds / f.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rep = losstrack.build(seeds, tmp_path / "out", plots=False, quiet=True)
    assert rep.ok, rep.failed
    n = rep.documents.set_index("origin")["n_claims"]
    for f in files[:3]:
        assert n[f.name] == figures_in(f), f.name
    assert len(rep.tables["series_corrections"]) == figures_in(files[3])
    loaded = losstrack.load("claims", tmp_path / "out")  # validated on the way back
    assert len(loaded) == sum(figures_in(f) for f in files[:3])
    flags = loaded.set_index(["parser", "period_end", "label"])["flags"]
    assert flags[("series_petroivaniuk/1.0.0", D("2022-10-13"), "APC")] == "correction"  # 5181 -> 5167


def test_real_series_disagree_on_a_handful_of_days(shared_data):
    gs = shared_data / "general-staff"
    cmp = losstrack.compare([gs / "petroivaniuk" / "russia_losses_equipment.json",
                             gs / "petroivaniuk" / "russia_losses_personnel.json"],
                            gs / "orc-losses" / "russian-losses.json")
    s = compare_summary(cmp).set_index("category")
    # the orc-losses README counts these on its 1,435 common dates
    assert s.loc["personnel_casualties", "common"] == 1435
    assert s.loc[["personnel_casualties", "tanks", "armored_combat_vehicles", "artillery", "uav"], "disagree"].tolist() == [7, 6, 5, 10, 9]
    # helicopters: one value carried for 39 days (2026-03-22..04-29), one run
    runs = disagreement_runs(cmp)
    heli = runs[runs["category"] == "helicopters"]
    assert heli[["days", "diff"]].values.tolist() == [[39, -1]] and heli["first"].iloc[0] == D("2026-03-22")
