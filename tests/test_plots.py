"""Plots: compared with reviewed baseline images (tolerance for anti-aliasing) and checked on the data they draw.

Regenerate the baselines after an intended change with ``LOSSTRACK_UPDATE_BASELINES=1 pytest tests/test_plots.py``,
then look at every changed PNG in ``tests/baseline/`` before committing it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

from losstrack import analysis, cli, plot
from losstrack.store import write_table

from . import analysis_data as D

BASELINE = Path(__file__).parent / "baseline"
VERMILLION = "#D55E00"


def check_image(fig, name: str, tmp_path: Path, tol: float = 2.0) -> None:
    """Save ``fig`` and compare it with ``tests/baseline/<name>.png`` (RMS tolerance ``tol``)."""
    out = tmp_path / f"{name}.png"
    fig.savefig(out, dpi=72, metadata={"Software": None})
    ref = BASELINE / f"{name}.png"
    if os.environ.get("LOSSTRACK_UPDATE_BASELINES"):
        BASELINE.mkdir(exist_ok=True)
        shutil.copyfile(out, ref)
    assert ref.exists(), f"no baseline {ref}: review {out} and rerun with LOSSTRACK_UPDATE_BASELINES=1"
    err = compare_images(str(ref), str(out), tol=tol)
    assert err is None, err


def note_of(ax) -> str:
    return " ".join(t.get_text().replace("\n", " ") for t in ax.texts if "Source:" in t.get_text())


def line(ax, label):
    return next(ln for ln in ax.get_lines() if ln.get_label() == label)


def legend_texts(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


# ------------------------------------------------------------------------------------------ trend


def test_trend_shows_every_qualifier_and_the_correction(tmp_path):
    ax = plot.trend(D.articles(), category="tanks", loser="UKR")
    check_image(ax.figure, "trend_qualifiers", tmp_path)
    mod = line(ax, "Ministry of Defence of the Russian Federation")
    assert mod.get_ydata().tolist() == [20, 35, 40, 50, 66, 62, 69]
    bands = [c for c in ax.collections if isinstance(c, PolyCollection) and c.get_label() == "_range"]
    limits = sorted((round(p.vertices[:, 1].min()), round(p.vertices[:, 1].max())) for c in bands for p in c.get_paths())
    assert limits == [(40, 50), (45, 60)]
    assert {"range (band from low to high)", "approximate figure", "more than / at least", "up to",
            "official correction (total went down)"} <= set(legend_texts(ax))
    corr = [ln for ln in ax.get_lines() if ln.get_label() == "_correction"][0]
    assert corr.get_xdata()[0] == pd.Timestamp("2024-08-23") or \
        mdates.num2date(mdates.date2num(corr.get_xdata()[0])).date().isoformat() == "2024-08-23"
    assert ax.get_xlabel() == "date of figure" and ax.get_ylabel() == "tanks, cumulative total"
    assert ax.get_title(loc="left") == "Reported tanks lost by Ukraine"
    note = note_of(ax)
    assert "Source: Government of Russia" in note and "Ministry of Defence of the Russian Federation" in note
    assert "10 documents" in note


def test_trend_marks_break_down_change_and_one_line_per_claimant(tmp_path):
    ax = plot.trend(D.official_and_confirmed(), category="vehicles", loser="RUS")
    check_image(ax.figure, "trend_vehicles", tmp_path)
    assert legend_texts(ax)[:2] == ["General Staff of the Armed Forces of Ukraine", "Oryx"]
    assert any(t.get_text() == "01 May: now vehicles" for t in ax.texts)
    wide = D.gs_wide()
    gs = line(ax, "General Staff of the Armed Forces of Ukraine").get_ydata()
    expected = wide["vehicles"].fillna(wide["military_vehicles"] + wide["fuel_tanks"])
    assert list(gs) == expected.astype(int).tolist()


def test_a_long_series_names_its_shared_qualifier_instead_of_marking_each_point():
    days = pd.date_range("2022-03-01", periods=90)
    df = analysis.claims_frame([{"claimant": "UKR-GS", "loser": "RUS", "category": "personnel_casualties",
                                 "date": d, "value": 1000 + 100 * i, "qualifier": "approx"} for i, d in enumerate(days)])
    ax = plot.trend(df, category="personnel", loser="RUS")
    assert legend_texts(ax)[0] == "General Staff of the Armed Forces of Ukraine (all approx)"
    assert not [ln for ln in ax.get_lines() if ln.get_label() == "_approx"]


# ------------------------------------------------------------------------------------------ changes


def test_changes_bars_and_rolling_mean(tmp_path):
    ax = plot.changes(D.gs(), category="tanks", loser="RUS", window=7)
    check_image(ax.figure, "changes_tanks", tmp_path)
    wide = D.gs_wide().set_index("date")["tanks"]
    diffs = wide.diff().dropna()
    bars = ax.patches
    assert [b.get_height() for b in bars] == diffs.tolist()
    neg = [b for b in bars if b.get_height() < 0]
    assert len(neg) == 1 and tuple(neg[0].get_facecolor()[:3]) == pytest.approx((0xD5 / 255, 0x5E / 255, 0))
    assert [b.get_hatch() for b in bars].count("///") == 1  # the change over the missing 2022-05-12
    # the rolling mean, computed here independently: changes in the last 7 days / days they span
    gaps = pd.Series(wide.index, index=wide.index).diff().dt.days.dropna()
    expected = [diffs[(diffs.index > t - pd.Timedelta(days=7)) & (diffs.index <= t)].sum()
                / gaps[(gaps.index > t - pd.Timedelta(days=7)) & (gaps.index <= t)].sum() for t in diffs.index]
    mean = line(ax, "7-day mean (General Staff of the Armed Forces of Ukraine)")
    assert mean.get_ydata() == pytest.approx(expected)
    assert "negative change (correction)" in legend_texts(ax)
    assert ax.get_ylabel() == "tanks per day" and "Source: General Staff" in note_of(ax)


# ------------------------------------------------------------------------------------------ compare


def test_claimed_vs_confirmed_dumbbells_with_ratio(tmp_path):
    ax = plot.claimed_vs_confirmed(D.official_and_confirmed(), "UKR-GS", "oryx", loser="RUS")
    check_image(ax.figure, "claimed_vs_confirmed", tmp_path)
    cats = [t.get_text() for t in ax.get_yticklabels()]
    assert cats[-1] == "armor" and "armored combat vehicles" in cats and "infantry fighting vehicles" not in cats
    gs, ox = D.gs_wide().iloc[-1], D.oryx_wide().iloc[-1]
    claimed, confirmed = ax.collections[1].get_offsets(), ax.collections[2].get_offsets()
    row = cats.index("tanks")
    assert claimed[row][0] == gs["tanks"] and confirmed[row][0] == ox["tanks"]
    ratios = [t.get_text() for t in ax.texts if t.get_text().endswith("×")]
    assert ratios[::-1][cats[::-1].index("tanks")] == f"{gs['tanks'] / ox['tanks']:,.1f}×"
    assert ax.get_xscale() == "log" and ax.get_xlabel() == "losses (log scale)"
    assert legend_texts(ax) == ["claimed: General Staff of the Armed Forces of Ukraine", "visually confirmed: Oryx"]
    assert "Figures as of 20 May 2022" in note_of(ax)


# ------------------------------------------------------------------------------------------ breakdown


def test_breakdown_puts_personnel_in_its_own_panel(tmp_path):
    ax = plot.breakdown(D.seed_like())
    check_image(ax.figure, "breakdown_seed", tmp_path)
    ax_p, ax_e = ax.figure.axes
    assert ax_e is ax
    assert [t.get_text() for t in ax_p.get_yticklabels()] == ["personnel killed"]
    assert [p.get_width() for p in ax_p.patches] == [5000]
    labels = [t.get_text() for t in ax_e.get_yticklabels()]
    assert labels[-1] == "armored combat vehicles" and "personnel killed" not in labels and len(labels) == 7
    texts = [t.get_text().strip() for t in ax_p.texts + ax_e.texts]
    assert "> 5,000" in texts and "11 (incl. 3 HIMARS)" in texts
    assert "Ministry of Defence of the Russian Federation" in ax_p.get_title(loc="left")


def test_breakdown_on_one_axes_writes_personnel_in_the_title_or_draws_together():
    fig = Figure()
    ax = plot.breakdown(D.seed_like(), ax=fig.add_subplot())
    assert len(fig.axes) == 1 and "Personnel: personnel killed > 5,000" in ax.get_title(loc="left")
    ax = plot.breakdown(D.seed_like(), personnel="together")
    assert len(ax.get_yticklabels()) == 8
    with pytest.raises(ValueError, match="several claimants"):
        plot.breakdown(pd.concat([D.seed_like(), D.articles()]), loser="UKR")


# ------------------------------------------------------------------------------------------ multiples


def test_small_multiples(tmp_path):
    cats = ["personnel", "armor", "artillery", "vehicles", "cruise_missiles", "uav"]
    axes = plot.small_multiples(D.official_and_confirmed(), cats, loser="RUS", ncols=3)
    check_image(axes[0].figure, "multiples", tmp_path)
    assert [a.get_title(loc="left") for a in axes] == [c.replace("_", " ") for c in cats]
    fig_legend = [t.get_text() for t in axes[0].figure.legends[0].get_texts()]
    assert fig_legend[:2] == ["General Staff of the Armed Forces of Ukraine", "Oryx"]
    armor = [ln for ln in axes[1].get_lines() if ln.get_label() == "Oryx"][0].get_ydata()
    ox = D.oryx_wide()
    assert list(armor) == (ox["tanks"] + ox["armored_combat_vehicles"] + ox["infantry_fighting_vehicles"]
                           + ox["armored_personnel_carriers"]).tolist()


# ------------------------------------------------------------------------------------------ behaviour


def test_the_image_comparison_fails_when_the_plot_changes(tmp_path):
    df = D.articles()
    df.loc[df["value"] == 66, "value"] = 58  # one figure changed
    ax = plot.trend(df, category="tanks", loser="UKR")
    out = tmp_path / "changed.png"
    ax.figure.savefig(out, dpi=72, metadata={"Software": None})
    assert compare_images(str(BASELINE / "trend_qualifiers.png"), str(out), tol=2.0) is not None


def test_plots_draw_on_the_given_axes_and_leave_pyplot_alone():
    plt.close("all")
    fig = Figure()
    a, b = fig.subplots(1, 2)
    assert plot.trend(D.gs(), category="tanks", ax=b) is b
    assert plot.changes(D.gs(), category="tanks", ax=a) is a
    plot.claimed_vs_confirmed(D.official_and_confirmed(), "UKR-GS", "oryx")
    plot.small_multiples(D.gs(), ["tanks", "uav"])
    assert plt.get_fignums() == []


def test_write_build_plots(tmp_path):
    official = D.official_and_confirmed()
    official = official[official["category"].isin(["tanks", "armored_combat_vehicles", "infantry_fighting_vehicles",
                                                   "fuel_tanks", "military_vehicles", "vehicles"])]
    claims = pd.concat([official, D.seed_like()], ignore_index=True)
    paths = plot.write_build_plots(claims, tmp_path)
    names = {p.name for p in paths}
    assert names == {"breakdown_UKR-GS_RUS.png", "breakdown_oryx_RUS.png", "breakdown_RUS-MOD_UKR.png",
                     "trend_armor_RUS.png", "trend_vehicles_RUS.png", "multiples_RUS.png",
                     "claimed_vs_confirmed_UKR-GS_oryx_RUS.png"}
    assert all(p.stat().st_size > 5000 and p.read_bytes()[:4] == b"\x89PNG" for p in paths)


def test_cli_plot_and_table(tmp_path, capsys):
    data = tmp_path / "data"
    write_table(D.official_and_confirmed(), data / "claims.parquet", "claims")
    out = tmp_path / "cvc.svg"
    assert cli.main(["plot", "compare", "--data", str(data), "--claimant", "UKR-GS", "--loser", "RUS", "--table",
                     "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    tanks = next(ln for ln in printed.splitlines() if ln.strip().startswith("tanks"))
    gs, ox = D.gs_wide().iloc[-1], D.oryx_wide().iloc[-1]
    assert f"{gs['tanks'] / ox['tanks']:.6f}" in tanks and out.read_text().lstrip().startswith("<?xml")
    png = tmp_path / "t.png"
    assert cli.main(["plot", "trend", "--data", str(data), "--category", "armor", "-o", str(png)]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert cli.main(["plot", "trend", "--data", str(data), "-o", str(png)]) == 1
    assert "needs exactly one --category" in capsys.readouterr().err
    np.testing.assert_equal(cli.main(["plot", "changes", "--data", str(data), "--category", "tanks", "--freq", "W",
                                      "--window", "0", "-o", str(png)]), 0)
