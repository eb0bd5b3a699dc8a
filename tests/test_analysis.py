"""Analysis helpers: roll-ups over the category tree, series, changes, rolling means, comparisons, events."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from losstrack import ValidationFailed, analysis

from . import analysis_data as D


def rows(*figs, claimant="RUS-MOD", loser="UKR", date="2024-08-25", document="doc1"):
    """A claims table from (category, value[, qualifier[, value_high]]) tuples, all in one document."""
    recs = []
    for i, f in enumerate(figs):
        cat, value, *rest = f
        recs.append({"category": cat, "value": value, "qualifier": rest[0] if rest else "exact",
                     "value_high": rest[1] if len(rest) > 1 else None, "label": f"{cat} {i}",
                     "claimant": claimant, "loser": loser, "date": date, "document": document})
    return analysis.claims_frame(recs)


# ------------------------------------------------------------------------------------------ roll-up


def test_armor_sums_tanks_and_every_armored_vehicle_heading():
    r = analysis.rollup(D.seed_like(), "armor")
    assert r["value"].tolist() == [69 + 350 + 27 + 55]
    assert r["parts"].iloc[0] == "tanks+armored_combat_vehicles+infantry_fighting_vehicles+armored_personnel_carriers"
    assert r["n_claims"].iloc[0] == 4


def test_nested_node_takes_the_node_figure_as_including_its_children():
    r = analysis.rollup(D.seed_like(), "armor", nested="node")
    assert r["value"].tolist() == [69 + 350]
    assert analysis.rollup(D.seed_like(), "armored_combat_vehicles", nested="node")["value"].tolist() == [350]
    with pytest.raises(ValueError, match="nested"):
        analysis.rollup(D.seed_like(), "armor", nested="both")


def test_including_part_is_not_added_to_its_whole():
    seed = D.seed_like()
    assert analysis.rollup(seed, "mlrs")["value"].tolist() == [11]
    assert analysis.rollup(seed, "mlrs", models=True)["value"].tolist() == [11]


def test_part_of_a_whole_outside_the_node_is_used_for_the_node():
    df = rows(("armor", 500), ("tanks", 69))
    df.loc[1, "parent_id"] = df.loc[0, "claim_id"]
    df = analysis.claims_frame(df)
    assert analysis.rollup(df, "armor")["value"].tolist() == [500]
    assert analysis.rollup(df, "tanks")["value"].tolist() == [69]
    assert analysis.rollup(df, "armored_combat_vehicles").empty


def test_two_headings_on_one_node_are_summed_but_a_repeated_figure_is_not():
    df = rows(("artillery", 120), ("artillery", 80))  # e.g. Oryx's towed and self-propelled artillery
    assert analysis.rollup(df, "artillery")["value"].tolist() == [200]
    dup = pd.concat([df.iloc[[0]], df.iloc[[0]].assign(claim_id="other")], ignore_index=True)
    assert analysis.rollup(analysis.claims_frame(dup), "artillery")["value"].tolist() == [120]


@pytest.mark.parametrize("quals, expected", [
    (["exact", "exact"], "exact"), (["exact", "more_than"], "more_than"), (["at_least", "more_than"], "at_least"),
    (["exact", "up_to"], "up_to"), (["exact", "approx"], "approx"), (["more_than", "up_to"], "approx"),
    (["range", "exact"], "range"), (["range", "approx"], "approx")])
def test_combined_qualifier(quals, expected):
    assert analysis.combine_qualifiers(quals) == expected


def test_sum_of_a_range_and_an_exact_figure_is_a_range():
    r = analysis.rollup(rows(("tanks", 20, "range", 30), ("armored_combat_vehicles", 100)), "armor").iloc[0]
    assert (r["value"], r["qualifier"], r["value_high"]) == (120, "range", 130)
    r = analysis.rollup(rows(("tanks", 20, "more_than"), ("armored_combat_vehicles", 100)), "armor").iloc[0]
    assert (r["value"], r["qualifier"]) == (120, "more_than") and pd.isna(r["value_high"])


def test_unknown_category_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown category 'armour'"):
        analysis.rollup(D.seed_like(), "armour")


def test_claims_frame_validates():
    with pytest.raises(ValidationFailed):
        analysis.claims_frame([{"claimant": "UKR-GS", "loser": "RUS", "category": "tanks", "value": -1,
                                "date": "2022-05-01"}])
    with pytest.raises(ValueError, match="missing column"):
        analysis.claims_frame([{"claimant": "UKR-GS", "category": "tanks", "value": 1}])


# ------------------------------------------------------------------------------------------ series


def test_series_of_a_rolled_up_category_matches_the_source_table():
    wide = D.gs_wide().set_index("date")
    s = analysis.series(D.gs(), "armor", claimant="UKR-GS", loser="RUS").set_index("date")
    expected = wide["tanks"] + wide["armored_combat_vehicles"]
    assert s["value"].tolist() == expected.tolist()
    veh = analysis.series(D.gs(), "vehicles").set_index("date")["value"]
    assert veh["2022-04-30"] == wide.loc["2022-04-30", "military_vehicles"] + wide.loc["2022-04-30", "fuel_tanks"]
    assert veh["2022-05-01"] == wide.loc["2022-05-01", "vehicles"]


def test_two_reports_for_one_date_keep_the_later_and_say_so():
    a = rows(("tanks", 100), claimant="UKR-GS", loser="RUS", date="2022-05-01", document="t1")
    b = rows(("tanks", 104), claimant="UKR-GS", loser="RUS", date="2022-05-01", document="t2")
    b["published"] = pd.Timestamp("2022-05-02")
    b = b.assign(parser="other/1")
    both = pd.concat([a, b], ignore_index=True)
    s = analysis.series(both, "tanks")
    assert s[["value", "n_reports", "spread"]].values.tolist() == [[104, 2, 4]]
    apart = analysis.series(both, "tanks", by=("claimant", "parser"))
    assert sorted(apart["value"]) == [100, 104]


def test_latest_as_of_a_date():
    claims = D.official_and_confirmed()
    t = analysis.latest(claims, ["tanks", "armor"], as_of="2022-05-10", loser="RUS")
    wide, ox = D.gs_wide().set_index("date"), D.oryx_wide().set_index("date")
    got = t.set_index(["claimant", "category"])["value"]
    assert got["UKR-GS", "tanks"] == wide.loc["2022-05-10", "tanks"]
    assert got["oryx", "tanks"] == ox.loc["2022-05-06", "tanks"]
    assert t.set_index(["claimant", "category"])["date"]["oryx", "tanks"] == pd.Timestamp("2022-05-06")


# ------------------------------------------------------------------------------------------ changes


def test_daily_changes_keep_gaps_and_corrections():
    s = analysis.series(D.gs(), "tanks")
    ch = analysis.changes(s, "D").set_index("date")
    wide = D.gs_wide().set_index("date")["tanks"]
    assert ch["change"].iloc[1:].tolist() == wide.diff().iloc[1:].astype(int).tolist()
    assert ch.loc["2022-05-13", "gap_days"] == 2  # 2022-05-12 has no report
    assert ch.loc["2022-05-08", "change"] < 0  # the correction stays visible
    filled = analysis.changes(s, "D", fill=True).set_index("date")
    assert filled.loc["2022-05-12", "change"] == 0


def test_weekly_and_monthly_changes_compare_period_ends():
    s = analysis.series(D.gs(), "artillery")
    wide = D.gs_wide().set_index("date")["artillery"]
    m = analysis.changes(s, "M").set_index("date")
    assert m.loc["2022-05-31", "value"] == wide["2022-05-20"]
    assert m.loc["2022-05-31", "change"] == wide["2022-05-20"] - wide["2022-04-30"]
    w = analysis.changes(s, "W").set_index("date")
    assert w.loc["2022-05-08", "change"] == wide["2022-05-08"] - wide["2022-05-01"]
    with pytest.raises(ValueError, match="freq"):
        analysis.changes(s, "Y")


def test_rolling_mean_spreads_a_change_over_the_days_it_spans():
    dates = ["2022-03-01", "2022-03-02", "2022-03-03", "2022-03-05", "2022-03-06"]
    df = analysis.claims_frame([{"claimant": "UKR-GS", "loser": "RUS", "category": "tanks", "date": d, "value": v}
                                for d, v in zip(dates, [100, 110, 120, 140, 150])])
    r = analysis.rolling_mean(analysis.changes(analysis.series(df, "tanks"), "D"), window=7)
    assert r["rolling"].iloc[1:].tolist() == [10.0, 10.0, 10.0, 10.0]
    r3 = analysis.rolling_mean(analysis.changes(analysis.series(df, "tanks"), "D"), window=2)
    assert r3.set_index("date").loc["2022-03-06", "rolling"] == pytest.approx((20 + 10) / 3)


# ------------------------------------------------------------------------------------------ comparison


def test_claimed_vs_confirmed_compares_rolled_up_categories_at_matching_dates():
    t = analysis.compare_claimants(D.official_and_confirmed(), "UKR-GS", "oryx", loser="RUS").set_index("category")
    gs, ox = D.gs_wide().set_index("date").loc["2022-05-20"], D.oryx_wide().set_index("date").loc["2022-05-20"]
    acv_ox = ox["armored_combat_vehicles"] + ox["infantry_fighting_vehicles"] + ox["armored_personnel_carriers"]
    assert t.loc["armored_combat_vehicles", "value_a"] == gs["armored_combat_vehicles"]
    assert t.loc["armored_combat_vehicles", "value_b"] == acv_ox
    assert t.loc["armor", "ratio"] == pytest.approx((gs["tanks"] + gs["armored_combat_vehicles"])
                                                    / (ox["tanks"] + acv_ox))
    assert "infantry_fighting_vehicles" not in t.index  # the General Staff has no such figure
    assert "cruise_missiles" not in t.index  # Oryx has none
    assert set(t["date"]) == {pd.Timestamp("2022-05-20")}


def test_comparison_at_a_date_respects_the_tolerance():
    claims = D.official_and_confirmed()
    t = analysis.compare_claimants(claims, "UKR-GS", "oryx", loser="RUS", categories=["tanks"], at="2022-05-11")
    assert list(zip(t["date_a"], t["date_b"])) == [(pd.Timestamp("2022-05-11"), pd.Timestamp("2022-05-06"))]
    assert analysis.compare_claimants(claims, "UKR-GS", "oryx", categories=["tanks"], at="2022-05-11",
                                      tolerance="3D").empty
    each = analysis.compare_claimants(claims, "UKR-GS", "oryx", categories=["tanks"], at="each")
    assert len(each) == len(D.oryx_wide())


# ------------------------------------------------------------------------------------------ events


def test_category_change_found_where_the_break_down_changes():
    c = analysis.category_changes(analysis.series(D.gs(), "vehicles"))
    assert c[["date", "before", "after"]].values.tolist() == [
        [pd.Timestamp("2022-05-01"), "military_vehicles+fuel_tanks", "vehicles"]]
    blip = D.gs()
    blip = blip[~((blip["category"] == "fuel_tanks") & (blip["published"] == "2022-04-25"))]
    c = analysis.category_changes(analysis.series(blip, "vehicles"))
    assert c["date"].tolist() == [pd.Timestamp("2022-05-01")]  # a one-day gap in one part is not a change


def test_corrections_from_flags_and_from_decreases():
    s = analysis.series(D.articles(), "tanks", claimant="RUS-MOD")
    assert analysis.corrections(s)["date"].tolist() == [pd.Timestamp("2024-08-23")]
    s = analysis.series(D.gs(), "tanks")
    assert analysis.corrections(s)["date"].tolist() == [pd.Timestamp("2022-05-08")]
    assert analysis.corrections(s, decreases=False).empty  # the fixture carries no flags


# ------------------------------------------------------------------------------------------ real data


def test_general_staff_series_from_the_shared_transcription(shared_data, tmp_path):
    import losstrack
    from losstrack.parsers import all_parsers

    if "series_petroivaniuk" not in all_parsers():
        pytest.skip("the series_petroivaniuk importer is not available")
    src = shared_data / "general-staff" / "petroivaniuk" / "russia_losses_equipment.json"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / src.name).symlink_to(src)
    claims = losstrack.build(seeds, tmp_path / "data", plots=False, quiet=True).claims
    raw = {r["date"]: r for r in json.loads(src.read_text())}
    armor = analysis.series(claims, "armor", claimant="UKR-GS", loser="RUS").set_index("date")["value"]
    for day in ("2022-03-01", "2023-06-15", "2025-01-01"):
        assert armor[day] == raw[day]["tank"] + raw[day]["APC"]
    changes = analysis.category_changes(analysis.series(claims, "vehicles", claimant="UKR-GS"))
    assert pd.Timestamp("2022-05-01") in set(changes["date"])
