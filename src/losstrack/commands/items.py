"""``losstrack items``: how the visually confirmed items of a built dataset add up, and how they join."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "items",
        help="per Oryx page: parsed items vs printed heading totals; join rate of Oryx items to WarSpotting",
        description="Read DATA/items.parquet and DATA/reconciliation.parquet (written by `losstrack build`) and "
        "print, per Oryx page, the printed and parsed totals and how many (category, status) cells match "
        "exactly; then the share of Oryx items that get a WarSpotting loss date by evidence URL.",
    )
    p.add_argument("--data", default="data", help="dataset folder (default: data)")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    import pandas as pd

    from ..items import with_loss_dates

    data = Path(args.data)
    rec_path, items_path = data / "reconciliation.parquet", data / "items.parquet"
    if rec_path.exists():
        rec = pd.read_parquet(rec_path)
        print(f"{'page':<22}{'side':<6}{'printed':>9}{'parsed':>9}{'diff %':>8}   cells exact")
        for (page, owner), g in rec.groupby(["page", rec["owner"].fillna("?")], sort=True):
            tot = g[(g["category"] == "(section)") & (g["status"] == "total")]
            cells = g[g["category"] != "(section)"]
            printed, parsed = (int(tot["printed"].iloc[0]), int(tot["parsed"].iloc[0])) if len(tot) else (0, 0)
            pct = 100 * (parsed - printed) / printed if printed else 0.0
            print(f"{page:<22}{owner:<6}{printed:>9}{parsed:>9}{pct:>+8.2f}   {int((cells['diff'] == 0).sum())}/{len(cells)}")
    if items_path.exists():
        items = pd.read_parquet(items_path)
        print(items.groupby(["source", items["owner"].fillna("?")]).size().rename("items").to_string())
        if (items["source"] == "warspotting").any():
            _, rep = with_loss_dates(items)
            print(f"join to WarSpotting by evidence URL: {rep['matched']}/{rep['with_key']} Oryx items "
                  f"of the sides WarSpotting covers ({rep['rate']:.1%}); by source: "
                  + ", ".join(f"{k} {v:.1%}" for k, v in rep["by_source"].items()))
    return 0
