"""Official daily bulletins: General Staff pages and posts (EN/UK), Russia's MoD summaries (EN/RU), drift, flags."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import warnings

import pandas as pd
import pytest

from losstrack import build
from losstrack.bulletin_common import DriftError, dated_category, parse_int
from losstrack.documents import from_text, read_document
from losstrack.parsers import ParseError, detect
from losstrack.pipeline import claims_for
from losstrack.schema import ClaimsModel

from .conftest import FIXTURES

BUL = FIXTURES / "bulletins"
D = pd.Timestamp


def claims_of(path):
    doc = read_document(path, path.parent)
    spec = detect(doc)
    assert spec is not None, f"nothing detects {path.name}"
    result = spec.run(doc)
    return spec, result, claims_for(doc, spec, result)


def row(claims, category, basis="cumulative"):
    sel = claims[(claims["category"] == category) & (claims["basis"] == basis)]
    assert len(sel) == 1, f"{category}/{basis}: {len(sel)} rows"
    return sel.iloc[0]


# --------------------------------------------------------------------------- General Staff HTML page


def test_gs_page_totals_changes_and_date_from_article_not_sidebar():
    spec, result, c = claims_of(BUL / "gs_page_2026-03-02.html")
    assert spec.name == "ua_gs_html"
    assert set(c["claimant"]) == {"UKR-GS"} and set(c["loser"]) == {"RUS"}
    # 15 categories, each with its running total and the day's change
    assert (c["basis"] == "cumulative").sum() == 15 and (c["basis"] == "increment").sum() == 15
    p = row(c, "personnel_casualties")
    assert (p["value"], p["qualifier"], p["label"]) == (1254310, "approx", "personnel")
    assert p["period_start"] == D("2022-02-24") and p["period_end"] == D("2026-03-02")  # sidebar says 03.03 / 01.03
    pi = row(c, "personnel_casualties", "increment")
    assert (pi["value"], pi["period_start"], pi["period_end"]) == (1020, D("2026-03-02"), D("2026-03-02"))
    # three dash kinds, "од", thousands separators
    assert row(c, "tanks")["value"] == 11702 and row(c, "armored_combat_vehicles")["value"] == 24310
    assert row(c, "artillery")["value"] == 36874 and row(c, "artillery", "increment")["value"] == 27
    assert row(c, "submarines")["value"] == 2 and row(c, "ground_robotic_systems")["value"] == 1150
    assert row(c, "vehicles")["label"] == "vehicles and fuel tanks"
    # spans point at the printed figure in the parser's text
    for r in c.itertuples():
        assert parse_int(result.text[r.span_start:r.span_end]) == r.value
    assert result.meta["published"] == dt.date(2026, 3, 2)


@pytest.mark.parametrize("name, needle", [
    ("gs_page_truncated.html", "truncated HTML"),
    ("gs_page_other_kind.html", "another kind"),
    ("gs_page_bad_number.html", "11,7O2"),
    ("gs_page_unknown_label.html", "'robot dogs'"),
])
def test_bad_pages_fail_with_a_clear_error(name, needle):
    doc = read_document(BUL / name, BUL)
    spec = detect(doc)
    assert spec is not None and spec.name == "ua_gs_html"
    with pytest.raises(ParseError, match=needle.replace("(", r"\(")):
        spec.run(doc)


def test_build_reports_bad_pages_and_lands_the_others(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in BUL.iterdir():
        if f.name.startswith(("gs_", "ru_mod")):
            shutil.copy(f, seeds / f.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rep = build(seeds, tmp_path / "out", plots=False, quiet=True)
    failed = dict(zip(rep.failed["origin"], rep.failed["error"]))
    assert set(failed) == {"gs_page_truncated.html", "gs_page_other_kind.html", "gs_page_bad_number.html",
                           "gs_page_unknown_label.html"}
    assert "robot dogs" in failed["gs_page_unknown_label.html"] and "ua_gs.csv" in failed["gs_page_unknown_label.html"]
    landed = set(rep.documents.loc[rep.documents["status"] == "ok", "origin"])
    assert {"gs_page_2026-03-02.html", "gs_post_uk_2024-11-26.txt", "ru_mod_en_2023-08-14.txt"} <= landed
    assert "FAILED gs_page_truncated.html" in rep.summary()
    assert pd.read_parquet(tmp_path / "out" / "claims.parquet")["parser"].str.startswith("ua_gs_html").any()


def test_page_detected_by_content_not_name(tmp_path):
    target = tmp_path / "download-1"
    shutil.copy(BUL / "gs_page_2026-03-02.html", target)
    assert detect(read_document(target, tmp_path)).name == "ua_gs_html"
    other = tmp_path / "news.html"  # a page that only links to the MoD site is not an MoD page
    other.write_text('<html><head><title>News</title></head><body><a href="https://www.mil.gov.ua/en/">MoD</a>'
                     "</body></html>", encoding="utf-8")
    spec = detect(read_document(other, tmp_path))
    assert spec is None or spec.name != "ua_gs_html"


# --------------------------------------------------------------------------- plain text posts and drift


def test_text_posts_english_and_ukrainian():
    spec, _, en = claims_of(BUL / "gs_post_en_2022-04-14.txt")
    assert spec.name == "ua_gs_text"
    assert row(en, "military_vehicles")["value"] == 1437 and row(en, "fuel_tanks")["value"] == 76
    assert row(en, "missile_launchers")["label"] == "mobile SRBM system"
    assert row(en, "personnel_casualties")["qualifier"] == "approx"
    assert not (en["basis"] == "increment").any()  # April 2022 posts print no daily change
    assert set(en["period_end"]) == {D("2022-04-14")}  # year from the sidecar's publication date
    _, _, uk = claims_of(BUL / "gs_post_uk_2024-11-26.txt")
    assert set(uk["period_end"]) == {D("2024-11-26")}  # year from "по 26.11.24"
    assert row(uk, "personnel_casualties")["value"] == 735570
    assert row(uk, "personnel_casualties", "increment")["value"] == 1740
    assert row(uk, "submarines")["value"] == 1 and row(uk, "vehicles")["value"] == 29996


def _post(date: dt.date, figures: dict[str, tuple[int, int]], rng: random.Random, sep_thousands: bool) -> str:
    dashes = ["\u2012", "\u2013", "-"]
    fmt = (lambda n: f"{n:,}") if sep_thousands else str
    lines = [f"The total combat losses of the enemy from 24.02.2022 to {date:%d.%m.%Y} are approximately:"]
    for label, (total, inc) in figures.items():
        lead = "about " if label == "personnel" else ""
        unit = rng.choice(["", " од", " units"]) if label != "personnel" else " persons were liquidated"
        lines.append(f"{label} {rng.choice(dashes)} {lead}{fmt(total)} (+{fmt(inc)}){unit},")
    return "\n".join(lines) + "\nData are being updated.\n"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_posts_round_trip(seed):
    rng = random.Random(seed)
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    labels = ["personnel", "tanks", "APV", "artillery systems", "MLRS", "aircraft", "cruise missiles",
              "warships / boats", "vehicles and fuel tanks", "special equipment"]
    rng.shuffle(labels)
    figs = {lab: (rng.randrange(100, 2_000_000), rng.randrange(0, 3000)) for lab in labels}
    doc = from_text(_post(date, figs, rng, sep_thousands=bool(seed % 2)), origin="post.txt")
    spec = detect(doc)
    c = claims_for(doc, spec, spec.run(doc))
    for lab, (total, inc) in figs.items():
        got = c[c["label"] == lab].set_index("basis")["value"]
        assert (got["cumulative"], got["increment"]) == (total, inc), lab
    assert set(c["period_end"]) == {pd.Timestamp(date)}


def test_drift_table_dates_decide_the_category():
    assert dated_category("ua_gs", "gs_en", "vehicles", dt.date(2022, 4, 30))[0] == "military_vehicles"
    assert dated_category("ua_gs", "gs_en", "vehicles and fuel tanks", dt.date(2022, 5, 1))[0] == "vehicles"
    assert dated_category("ua_gs", "orc_losses", "unarmoredVehicles", dt.date(2022, 4, 30))[0] == "military_vehicles"
    assert dated_category("ua_gs", "orc_losses", "unarmoredVehicles", dt.date(2022, 5, 1))[0] == "vehicles"
    assert dated_category("ua_gs", "gs_en", "submarines", dt.date(2023, 9, 13))[0] is None
    text = ("The total combat losses of the enemy from 24.02 to 10.05 were approximately:\n"
            "tanks ‒ 1170 (+25),\nfuel tanks ‒ 80 (+1),\nflying saucers ‒ 3 (+1).\n")
    doc = from_text(text, published="2022-05-10", origin="late.txt")
    with pytest.raises(DriftError) as err:
        detect(doc).run(doc)
    msg = str(err.value)
    assert "'fuel tanks'" in msg and "2022-05-10 is outside its dates" in msg and "'flying saucers'" in msg


def test_post_without_year_or_date_is_an_error():
    doc = from_text("The total combat losses of the enemy from 24.02 to 10.05 were approximately:\ntanks ‒ 1170 (+25).\n",
                    origin="x.txt")
    with pytest.raises(ParseError, match="no year"):
        detect(doc).run(doc)


# --------------------------------------------------------------------------- Russia's MoD


@pytest.mark.parametrize("name, day, armor, artillery, troops", [
    ("ru_mod_en_2023-08-14.txt", "2023-08-14", 11163, 5902, 480),
    ("ru_mod_ru_2023-08-15.txt", "2023-08-15", 11172, 5911, 510),
])
def test_ru_mod_summaries(name, day, armor, artillery, troops):
    spec, _, c = claims_of(BUL / name)
    assert spec.name == "ru_mod"
    assert set(c["claimant"]) == {"RUS-MOD"} and set(c["loser"]) == {"UKR"}
    cum = c[c["basis"] == "cumulative"]
    assert len(cum) == 8 and set(cum["period_end"]) == {D(day)} and set(cum["period_start"]) == {D("2022-02-24")}
    assert row(c, "armor")["value"] == armor and row(c, "artillery")["value"] == artillery
    assert row(c, "aircraft")["value"] == 462 and row(c, "vehicles")["value"] > 12000
    day_total = c[(c["basis"] == "increment") & c["region"].isna()]
    t = row(day_total, "personnel_casualties", "increment")
    assert (t["value"], t["qualifier"], t["period_start"]) == (troops, "up_to", D(day))
    assert row(day_total, "tanks", "increment")["value"] in (3, 4)  # "четыре танка" is a word number
    assert c.loc[c["basis"] == "cumulative", "region"].isna().all()


def test_ru_mod_direction_paragraphs_carry_their_region():
    _, _, en = claims_of(BUL / "ru_mod_en_2023-08-14.txt")
    don = en[en["region"] == "Donetsk direction"].set_index("label")["value"].to_dict()
    assert don == {"troops": 210, "tank": 1, "pickup trucks": 2}  # "one tank and two pickup trucks in the Donetsk direction"
    assert en.loc[en["region"] == "Kupyansk direction", "value"].tolist() == [40, 2, 1]
    _, _, ru = claims_of(BUL / "ru_mod_ru_2023-08-15.txt")
    kup = ru[ru["region"] == "Купянском направлении"].set_index("category")["value"].to_dict()
    assert kup == {"personnel_casualties": 35, "armored_combat_vehicles": 2, "military_vehicles": 3}


def test_a_news_article_quoting_ru_mod_totals_is_left_to_the_article_parser():
    text = ("date 2023-08-14\nKYIV (Reuters) - Russia's defence ministry said on Monday that in total, since the "
            "beginning of the special military operation, 462 airplanes have been destroyed. Kyiv disputes this.\n")
    assert detect(from_text(text, origin="news.txt")).name == "article"


# --------------------------------------------------------------------------- real pages (shared data)


def test_real_pages(shared_data):
    pages = shared_data / "general-staff" / "mod-ua-pages" / "raw-pages"
    _, _, c = claims_of(pages / "mod-en-2022-04-12.html")
    assert row(c, "tanks")["value"] == 732 and row(c, "missile_launchers")["value"] == 4
    _, _, c = claims_of(pages / "mod-en-2022-07-27-b.html")  # its sidebar lists the 28.07 report
    assert set(c["period_end"]) == {D("2022-07-27")} and row(c, "personnel_casualties")["value"] == 40070
    _, _, c = claims_of(pages / "mod-uk-2022-07-08.html")
    assert set(c["period_end"]) == {D("2022-07-08")} and row(c, "tanks", "increment")["value"] == 35
    _, _, c = claims_of(pages / "mod-en-2022-07-31.html")  # the page prints "vehicles and fuel tanks ‒ (+2)"
    assert row(c, "vehicles", "increment")["value"] == 2 and not ((c["category"] == "vehicles") & (c["basis"] == "cumulative")).any()


# --------------------------------------------------------------------------- corrections and implausible changes


def _series_seeds(tmp_path, values):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    day = dt.date(2023, 3, 1)
    for i, v in enumerate(values):
        d = day + dt.timedelta(days=i)
        (seeds / f"post-{i:02d}.txt").write_text(
            f"The total combat losses of the enemy from 24.02.2022 to {d:%d.%m.%Y} are approximately:\n"
            f"tanks ‒ {v} (+1),\naircraft ‒ 300 (+0).\n", encoding="utf-8")
    return seeds


def test_corrections_and_implausible_changes_are_flagged_not_dropped(tmp_path):
    values = [3000 + 5 * i for i in range(12)] + [2990] + [3060 + 5 * i for i in range(6)] + [9000]
    seeds = _series_seeds(tmp_path, values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rep = build(seeds, tmp_path / "out", plots=False, quiet=True)
    assert rep.ok
    tanks = rep.claims[(rep.claims["category"] == "tanks") & (rep.claims["basis"] == "cumulative")]
    assert len(tanks) == len(values)  # nothing dropped
    flagged = tanks.set_index("value")["flags"]
    assert flagged[2990] == "correction"
    assert flagged[9000] == "implausible_change"
    assert tanks["flags"].notna().sum() == 2
    air = rep.claims[rep.claims["category"] == "aircraft"]
    assert air["flags"].isna().all()


def test_warning_level_check_for_a_total_that_goes_down(tmp_path):
    seeds = _series_seeds(tmp_path, [100, 90])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rep = build(seeds, tmp_path / "out", plots=False, quiet=True)
    with pytest.warns(UserWarning, match="cumulative_total_went_down"):
        ClaimsModel.validate(rep.claims, lazy=True)  # warns, does not raise
    ok = rep.claims[rep.claims["value"] != 90]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ClaimsModel.validate(ok, lazy=True)
