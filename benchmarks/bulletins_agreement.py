"""Agreement of losstrack's figures from the raw MoD pages with the two published transcriptions.

For every (category, date) where PetroIvaniuk's and orc-losses' transcriptions of the General Staff
series agree with each other, the running total losstrack reads from the raw mil.gov.ua page must be
the same. Prints matched/total per category, every mismatch, the pages' printed day's changes against
the agreed series' day-over-day change, and compare()'s disagreement counts between the two
transcriptions. Usage: ``python benchmarks/bulletins_agreement.py [SHARED_DATA_DIR] [-v]``.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path


from losstrack.series import as_claims, compare, compare_summary, disagreements

warnings.filterwarnings("ignore")
ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
ROOT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parents[2] / "shared" / "data"
GS = ROOT / "general-staff"
PETRO = [GS / "petroivaniuk" / "russia_losses_equipment.json", GS / "petroivaniuk" / "russia_losses_personnel.json"]
ORC = GS / "orc-losses" / "russian-losses.json"
PAGES = sorted((GS / "mod-ua-pages" / "raw-pages").glob("*.html"))


def main() -> int:
    t0 = time.perf_counter()
    pages = as_claims(PAGES)
    t_pages = time.perf_counter() - t0
    cmp = compare(PETRO, ORC)
    t_all = time.perf_counter() - t0
    agreed = cmp[cmp["status"] == "agree"][["category", "date", "value_a"]].rename(columns={"value_a": "series"})

    tot = pages[pages["basis"] == "cumulative"].assign(date=lambda d: d["period_end"])
    m = tot.merge(agreed, on=["category", "date"], how="inner")
    m["ok"] = m["value"] == m["series"]
    print(f"{len(PAGES)} raw pages → {len(pages)} claims ({len(tot)} running totals, "
          f"{int((pages['basis'] == 'increment').sum())} day's changes) in {t_pages:.1f}s; "
          f"both series compared in {t_all - t_pages:.1f}s")
    print("\nRunning totals from raw pages vs the two transcriptions where they agree")
    print(f"{'category':<26}{'matched/total':>15}")
    for cat, g in m.groupby("category"):
        print(f"{cat:<26}{int(g['ok'].sum()):>8}/{len(g):<6}")
    print(f"{'ALL':<26}{int(m['ok'].sum()):>8}/{len(m):<6} ({100 * m['ok'].mean():.1f}%)")
    for r in m[~m["ok"]].itertuples():
        print(f"  MISMATCH {r.date.date()} {r.category}: page {r.value} vs series {r.series} ({r.quote!r})")
    side = tot.merge(cmp, on=["category", "date"], how="left")
    rest = side[side["status"] != "agree"]
    print(f"page totals not compared (the transcriptions disagree or one lacks the day/category): {len(rest)}")
    for status, g in rest.groupby(rest["status"].fillna("in neither")):
        vs_a = int((g["value"] == g["value_a"]).sum())
        vs_b = int((g["value"] == g["value_b"]).sum())
        print(f"  {status:<10} {len(g):>4}: page = petroivaniuk on {vs_a}, page = orc-losses on {vs_b}")
        if status == "disagree" or "-v" in sys.argv:
            for r in g.itertuples():
                print(f"    {r.date.date()} {r.category:<24} page {r.value:<6} petroivaniuk {r.value_a} orc-losses {r.value_b}")

    inc = pages[pages["basis"] == "increment"].assign(date=lambda d: d["period_end"])
    ser = agreed.sort_values(["category", "date"])
    ser["prev_date"] = ser.groupby("category")["date"].shift()
    ser["change"] = ser["series"] - ser.groupby("category")["series"].shift()
    ser = ser[(ser["date"] - ser["prev_date"]).dt.days == 1]
    mi = inc.merge(ser[["category", "date", "change"]], on=["category", "date"], how="inner")
    ok = mi["value"] == mi["change"]
    print(f"\nDay's changes printed on the pages vs the agreed series' day-over-day change: "
          f"{int(ok.sum())}/{len(mi)} match")
    for r in mi[~ok].itertuples():
        print(f"  {r.date.date()} {r.category}: page (+{r.value}) vs series change {r.change}")

    print("\ncompare(petroivaniuk, orc-losses): days per category")
    print(compare_summary(cmp).to_string(index=False))
    print(f"disagreeing (category, day) pairs: {len(disagreements(cmp))}")
    return 0 if m["ok"].all() else 1


if __name__ == "__main__":
    raise SystemExit(main())
