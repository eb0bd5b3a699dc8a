"""Oryx: link texts, headings, the page parser with reconciliation, the oryx_data CSV importer, real pages."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import shutil
from pathlib import Path

import pandas as pd
import pytest

from losstrack.documents import read_document
from losstrack.items import evidence_key, origin_from_flag, origin_from_name
from losstrack.oryx_headings import parse_heading
from losstrack.oryx_status import parse_case
from losstrack.parsers import ParseError, detect
from losstrack.pipeline import claims_for
from losstrack.validate import validate

FIX = Path(__file__).parent / "fixtures" / "oryx"
PAGES = ("russia", "ukraine", "aircraft", "naval")


def run(path: Path):
    doc = read_document(path, path.parent)
    spec = detect(doc)
    assert spec is not None, f"no parser for {path.name}"
    result = spec.run(doc)
    return doc, spec, result, claims_for(doc, spec, result)


# --------------------------------------------------------------------------- link texts and headings


@pytest.mark.parametrize(
    "text, ids, status, counted, note",
    [
        ("(53, 54, 55, 56 and 57, captured and later destroyed)", (53, 54, 55, 56, 57), "captured and later destroyed", "destroyed", None),
        ("5 and 6, destroyed", (5, 6), "destroyed", "destroyed", None),
        ("26, with 23mm ZU-23, destroyed", (26,), "destroyed", "destroyed", "with 23mm ZU-23"),
        ("1, with 82mm 2B9 Vasilek mortar, destroyed", (1,), "destroyed", "destroyed", "with 82mm 2B9 Vasilek mortar"),
        ("14, damaged beyond economical repair", (14,), "damaged beyond economical repair", "destroyed", None),
        ("15, destroyed on the ground", (15,), "destroyed on the ground", "destroyed", None),
        ("1, scuttled to prevent capture by Russia", (1,), "scuttled", "sunk|destroyed", "to prevent capture by Russia"),
        ("1, Lubny 'P178', sunk but later raised by Russia", (1,), "sunk but later raised", "sunk|destroyed", "Lubny 'P178'"),
        ("1, BG-32 'Donbass' sunk", (1,), "sunk", "sunk|destroyed", "BG-32 'Donbass'"),
        ("2, unknown ID, captured", (2,), "captured", "captured", "unknown ID"),
        ("3, damagd and captured", (3,), "damaged and captured", "captured", None),
        ("4, damaged and abanonded", (4,), "damaged and abandoned", "abandoned", None),
        ("1, destroyed by Bayraktar TB2", (1,), "destroyed", "destroyed", "by Bayraktar TB2"),
        ("1-3, destroyed", (1, 2, 3), "destroyed", "destroyed", None),
    ],
)
def test_link_text(text, ids, status, counted, note):
    case = parse_case(text)
    assert case.ids == ids
    assert case.status == status
    assert case.counted_as == counted
    assert case.note == note


def test_link_text_without_known_status_is_kept_as_written():
    case = parse_case("(7, liberated)")
    assert case.ids == (7,) and case.status is None and case.status_text == "liberated"
    assert "no known status" in case.problems


def test_headings_nbsp_missing_comma_and_summaries():
    h = parse_heading("Radars And Communications Equipment\xa0(54, of which destroyed: 37, damaged: 5, abandoned: 1 captured: 11)")
    assert (h.kind, h.name, h.total) == ("category", "Radars And Communications Equipment", 54)
    assert h.counts == {"destroyed": 37, "damaged": 5, "abandoned": 1, "captured": 11}
    side = parse_heading("Ukraine - 3204, of which: destroyed: 2067, damaged: 184, abandoned: 88, captured: 865")
    assert (side.kind, side.name, side.total, side.counts["captured"]) == ("side", "Ukraine", 3204, 865)
    summary = parse_heading("Losses of Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs] - 13080, of which: destroyed: 10140")
    assert summary.kind == "summary"
    assert parse_heading("Mine-Resistant Ambush Protected (MRAP) Vehicles (44, of which destroyed: 30)").name == \
        "Mine-Resistant Ambush Protected (MRAP) Vehicles"
    assert parse_heading("Popular posts") is None


def test_evidence_keys_and_flags():
    assert evidence_key("https://i.postimg.cc/GpC9Lftt/4f3.png") == evidence_key("https://postimg.cc/GpC9Lftt")
    assert evidence_key("https://postlmg.cc/rKvpnc4R") == "postimg:rKvpnc4R"
    assert evidence_key("https://x.com/a/status/15?s=20") == evidence_key("https://twitter.com/b/status/15 ") == "twitter:15"
    assert evidence_key("https://www.Aviation-Safety.net/wikibase/299436/") == "aviation-safety.net/wikibase/299436"
    assert evidence_key(None) is None and evidence_key("  ") is None
    assert origin_from_flag("https://upload.wikimedia.org/x/Flag_of_the_Soviet_Union.svg/23px-Flag_of_the_Soviet_Union.svg.png") == "SUN"
    assert origin_from_flag("https://upload.wikimedia.org/x/Flag_of_Australia_%28converted%29.svg/23px-a.png") == "AUS"
    assert origin_from_flag("https://example.org/logo.png") is None
    assert origin_from_name("Soviet Union") == "SUN" and origin_from_name("Narnia") is None


# --------------------------------------------------------------------------- the fixture page


def test_fixture_page_items():
    doc, spec, result, _ = run(FIX / "page.html")
    assert spec.name == "oryx_page"
    items = result.tables["items"]
    assert len(validate(items, "items")[1]) == 0
    assert len(items) == 17  # 8 tanks + 6 IFVs + 1 AA gun + 2 boats; the sidebar line is not an item
    assert (items["as_of"] == pd.Timestamp("2023-05-01")).all()  # dateModified, not datePublished
    assert items["item_id"].is_unique
    bmp = items[items["model"] == "BMP-2"]
    assert sorted(bmp["case_number"].tolist()) == [1, 53, 54, 55, 56, 57]
    assert (bmp[bmp["case_number"] >= 53]["case_numbers"] == "53,54,55,56,57").all()
    assert set(items.loc[items["model"] == "T-62M", "evidence_key"]) == {"postimg:AAAA1111", "postimg:BBBB2222"}
    zu = items[items["model"] == "MT-LB with ZU-23"].iloc[0]
    assert (zu["case_number"], zu["note"], zu["origin"], zu["category"]) == (26, "with 23mm ZU-23", "UKR", "air_defense")
    boats = items[items["owner"] == "UKR"].set_index("case_number")
    assert set(boats["status"]) == {"sunk", "captured"} and set(boats["origin"]) == {"USA"}
    assert dict(zip(items["source_category"], items["category"]))["Tanks"] == "tanks"
    assert items.loc[items["model"] == "T-62M", "origin"].eq("SUN").all()


def test_fixture_page_reconciliation_and_claims():
    doc, _, result, claims = run(FIX / "page.html")
    rec = result.tables["reconciliation"]
    diffs = rec[rec["diff"] != 0].set_index(["category", "status"])["diff"].to_dict()
    assert diffs == {("Infantry Fighting Vehicles", "captured"): -1, ("Infantry Fighting Vehicles", "destroyed"): 1}
    section = rec[(rec["category"] == "(section)") & (rec["owner"] == "UKR")].set_index("status")
    assert section.loc["destroyed", "parsed"] == 1  # the sunk boat counts as destroyed in the side's headline
    assert (claims["claimant"] == "oryx").all() and claims["flags"].eq("derived").all()
    assert (claims["published"] == pd.Timestamp("2023-05-01")).all() and (claims["period_end"] == claims["published"]).all()
    totals = claims[claims["parent_id"].isna()].set_index("label")
    assert totals.loc["Tanks", ["value", "category", "loser"]].tolist() == [8, "tanks", "RUS"]
    assert totals.loc["Naval Ships", ["value", "category", "loser"]].tolist() == [2, "ships", "UKR"]
    kids = claims[claims["parent_id"] == totals.loc["Tanks", "claim_id"]].set_index("label")["value"]
    assert kids.to_dict() == {"abandoned Tanks": 1, "captured Tanks": 1, "damaged Tanks": 1, "destroyed Tanks": 5}
    assert len(claims) == 13
    again = run(FIX / "page.html")[3]
    assert again["claim_id"].tolist() == claims["claim_id"].tolist()  # stable ids


def test_heading_far_off_fails_naming_page_category_and_counts(tmp_path):
    html = (FIX / "page.html").read_text(encoding="utf-8").replace("Tanks&nbsp;</span>(8, of which destroyed: 5",
                                                                      "Tanks&nbsp;</span>(8, of which destroyed: 50")
    (tmp_path / "drifted.html").write_text(html, encoding="utf-8")
    doc = read_document(tmp_path / "drifted.html", tmp_path)
    with pytest.raises(ParseError) as err:
        detect(doc).run(doc)
    msg = str(err.value)
    assert "drifted.html" in msg and "'Tanks'" in msg and "printed 50" in msg and "parsed 5" in msg


def test_unknown_category_fails_listing_it(tmp_path):
    html = (FIX / "page.html").read_text(encoding="utf-8").replace("Anti-Aircraft Guns (1,", "Laser Cannons (1,")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    doc = read_document(tmp_path / "p.html", tmp_path)
    with pytest.raises(ParseError, match="Laser Cannons"):
        detect(doc).run(doc)


# --------------------------------------------------------------------------- oryx_data CSVs


def test_oryx_data_counts_reject_headline_junk_and_keep_real_rows():
    _, spec, result, claims = run(FIX / "daily_count.csv")
    assert spec.name == "oryx_csv"
    kept, rejected = result.tables["oryx_counts"], result.tables["rejected_rows"]
    assert kept["line"].tolist() == [2, 4, 5, 7, 9]  # the quoted newline keeps line numbers right
    assert rejected["line"].tolist() == [3, 8, 10]
    assert rejected["reason"].str.contains("summary headline|fragment of an Oryx headline").all()
    assert "Surface-To-Air Missile Systems" in set(kept["equipment_type"])  # trailing newline cleaned, kept
    assert kept.loc[kept["equipment_type"] == "All Types", "category"].isna().all()  # kept, but no claim
    tanks = claims[(claims["label"] == "Tanks") & (claims["loser"] == "RUS")].sort_values("published")
    assert tanks["value"].tolist() == [14, 15] and tanks["published"].dt.date.tolist() == [dt.date(2024, 9, 30), dt.date(2024, 10, 3)]


def test_oryx_data_events_become_items():
    _, _, result, claims = run(FIX / "event_destroyed.csv")
    items = result.tables["items"]
    assert len(items) == 4 and len(claims) == 0
    rejected = result.tables["rejected_rows"]
    assert rejected["line"].tolist() == [6] and "status 'tured: 569)'" in rejected["reason"].iloc[0]
    assert items["origin"].tolist() == ["SUN", "SUN", "RUS", "USA"]
    assert items["owner"].tolist() == ["RUS", "RUS", "RUS", "UKR"]
    assert items["model"].isna().sum() == 1  # a row without a system is kept, not dropped
    assert (items["as_of"] == pd.Timestamp("2023-04-22")).all()
    assert len(validate(items, "items")[1]) == 0


def _records(path: Path) -> int:
    with open(path, newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


@pytest.mark.parametrize("name", ["daily_count.csv", "totals_by_type.csv", "event_damaged.csv"])
def test_real_oryx_data_rows_reconcile(shared_data, tmp_path, name):
    src = shared_data / "oryx" / "oryx_data" / name
    shutil.copy(src, tmp_path / name)
    _, _, result, claims = run(tmp_path / name)
    kept = result.tables.get("oryx_counts", result.tables.get("items"))
    rejected = result.tables.get("rejected_rows", pd.DataFrame(columns=["reason"]))
    assert len(kept) + len(rejected) == _records(src)  # every row is either kept or rejected with a reason
    assert rejected["reason"].str.contains("headline").all()
    if name == "daily_count.csv":
        assert len(rejected) == 201  # the README's count of headline rows
    if name == "totals_by_type.csv":
        assert len(rejected) == 4 and len(claims) > 0
    if name == "event_damaged.csv":
        assert rejected.empty


# --------------------------------------------------------------------------- the real pages


@pytest.fixture(scope="module")
def real_pages():
    from tests.conftest import SHARED

    if not (SHARED / "oryx" / "pages").is_dir():
        pytest.skip("../shared/data is not available")
    out = {}
    for name in PAGES:
        path = SHARED / "oryx" / "pages" / f"{name}.html.gz"
        doc = read_document(path, path.parent)
        out[name] = detect(doc).run(doc)
    return out


@pytest.mark.parametrize("name", PAGES)
def test_real_page_adds_up(real_pages, name):
    result = real_pages[name]
    rec, items = result.tables["reconciliation"], result.tables["items"]
    sections = rec[(rec["category"] == "(section)") & (rec["status"] == "total")]
    assert len(sections) >= 1
    for r in sections.itertuples():
        assert abs(r.parsed - r.printed) <= 0.01 * r.printed, r  # within 1% of the printed headline
    cells = rec[rec["category"] != "(section)"]
    assert (cells["diff"] == 0).mean() >= 0.75  # most (category, status) cells exact
    assert len(validate(items, "items")[1]) == 0 and items["item_id"].is_unique
    assert items["category"].notna().all() and items["status"].notna().all()
    assert items["evidence_url"].notna().mean() > 0.99


def test_real_russia_page_details(real_pages):
    items = real_pages["russia"].tables["items"]
    assert items["as_of"].iloc[0] == pd.Timestamp("2023-04-23")  # <meta itemprop="dateModified">
    assert len(items) == 10107  # the headline prints 10110
    tanks = items[items["source_category"] == "Tanks"]
    assert len(tanks) == 1907  # "Tanks (1907, of which ...)"
    assert items["origin"].notna().all()  # every line has a flag icon that flags.csv knows
    assert set(items["origin"].value_counts().index[:2]) == {"SUN", "RUS"}
    assert "captured and later destroyed" in set(items["status"])


def test_build_reports_drifted_page_and_lands_the_others(shared_data, tmp_path):
    from losstrack.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("ukraine", "naval"):
        shutil.copy(shared_data / "oryx" / "pages" / f"{name}.html.gz", seeds)
    html = gzip.decompress((shared_data / "oryx" / "pages" / "aircraft.html.gz").read_bytes()).decode("utf-8")
    edited = html.replace("Strategic Bombers </span>(3, of which", "Strategic Bombers </span>(300, of which", 1)
    assert edited != html
    (seeds / "aircraft.html.gz").write_bytes(gzip.compress(edited.encode("utf-8")))
    out = tmp_path / "out"
    assert main(["build", "--seeds", str(seeds), "--out", str(out), "--no-plots", "-q"]) == 1
    docs = pd.read_parquet(out / "documents.parquet")
    failed = docs[docs["status"] == "failed"]
    assert failed["origin"].tolist() == ["aircraft.html.gz"]
    assert "Strategic Bombers" in failed["error"].iloc[0] and "printed 300" in failed["error"].iloc[0]
    claims = pd.read_parquet(out / "claims.parquet")
    assert set(claims["claimant"]) == {"oryx"} and set(claims["loser"]) == {"RUS", "UKR"}
    assert len(pd.read_parquet(out / "items.parquet")) == 3203 + 39
    assert set(pd.read_parquet(out / "reconciliation.parquet")["page"]) == {"ukraine.html.gz", "naval.html.gz"}


def test_line_with_plain_text_group_and_parentheses_outside_the_link():
    import lxml.html

    from losstrack.oryx_html import _line

    li = lxml.html.fragment_fromstring(
        '<li><img src="https://upload.wikimedia.org/x/Flag_of_Russia.svg/23px-Flag_of_Russia.svg.png"/>'
        ' 3 Ural-4320 with 23mm ZU-23:&nbsp;(<a href="https://i.postimg.cc/A1b2/x.jpg">1, destroyed</a>) (2, captured)'
        ' <a href="https://x.com/a/status/9">(3, damaged)</a></li>'
    )
    line = _line(li)
    assert (line.model, line.listed) == ("Ural-4320 with 23mm ZU-23", 3)
    assert [(c.ids, c.status, href) for c, href in line.cases] == [
        ((1,), "destroyed", "https://i.postimg.cc/A1b2/x.jpg"),
        ((2,), "captured", None),
        ((3,), "damaged", "https://x.com/a/status/9"),
    ]


def test_oryx_page_without_category_headings_is_a_clear_error(tmp_path):
    (tmp_path / "empty.html").write_text(
        "<html><head><link href='https://www.oryxspioenkop.com/x.html'/></head><body>"
        "<div class='post-body'><p>Tanks (12, of which are shown below)</p></div></body></html>", encoding="utf-8")
    doc = read_document(tmp_path / "empty.html", tmp_path)
    assert detect(doc).name == "oryx_page"
    with pytest.raises(ParseError, match="empty.html: an Oryx page without any category heading"):
        detect(doc).run(doc)


def test_page_without_side_headlines_takes_its_owner_from_the_title(tmp_path):
    lines = (FIX / "page.html").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "Russia - 15" not in ln and "Ukraine - " not in ln]
    html = "\n".join(kept).replace("Documenting Test Equipment Losses", "Documenting Russian Equipment Losses")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    _, _, result, claims = run(tmp_path / "p.html")
    assert set(result.tables["items"]["owner"]) == {"RUS"} and set(claims["loser"]) == {"RUS"}
    assert "(section)" not in set(result.tables["reconciliation"]["category"])
