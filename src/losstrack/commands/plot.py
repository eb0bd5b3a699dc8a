"""``losstrack plot KIND``: draw one of losstrack's figures from a built dataset into a PNG/SVG/PDF file."""

from __future__ import annotations

KINDS = ("trend", "changes", "compare", "breakdown", "multiples")


def register(sub) -> None:
    p = sub.add_parser(
        "plot",
        help="draw a figure (trend, changes, compare, breakdown, multiples) from a built dataset",
        description="Draw one figure from DATA/claims.parquet into FILE (format from its suffix: png, svg, pdf). "
        "trend: cumulative figures of one category, one line per claimant; changes: change per day/week/month "
        "with a rolling mean; compare: claimant vs --versus per category with the ratio (e.g. UKR-GS vs oryx); "
        "breakdown: one claimant's latest figures per category; multiples: one small trend per category. "
        "Categories roll up the category tree (armor = tanks + armored combat vehicles + ...). "
        "--table prints the numbers behind the figure.",
    )
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="one of: " + ", ".join(KINDS))
    p.add_argument("-o", "--output", help="file to write (.png, .svg, .pdf)")
    p.add_argument("--data", default="data", help="dataset folder (default: data)")
    p.add_argument("--category", action="append", help="category (repeat for multiples/compare)")
    p.add_argument("--claimant", help="actor id of the claimant, e.g. UKR-GS (compare: the claimed side)")
    p.add_argument("--versus", default="oryx", help="compare: the other claimant (default: oryx)")
    p.add_argument("--loser", help="actor id of whose losses, e.g. RUS")
    p.add_argument("--region", help="only figures for this region")
    p.add_argument("--document", help="breakdown: one document id")
    p.add_argument("--start", help="first date (YYYY-MM-DD)")
    p.add_argument("--end", help="last date (YYYY-MM-DD); compare: the date to compare at")
    p.add_argument("--freq", choices=("D", "W", "M"), default="D", help="changes: per day, week or month")
    p.add_argument("--window", type=int, default=7, help="changes: rolling-mean window in days (0: none)")
    p.add_argument("--by-parser", action="store_true", help="one line per claimant and parser (transcription)")
    p.add_argument("--linear", action="store_true", help="compare: linear value axis instead of log")
    p.add_argument("--dpi", type=int, default=150, help="resolution of raster output (default: 150)")
    p.add_argument("--table", action="store_true", help="print the numbers behind the figure")
    p.set_defaults(func=run)


def _one_category(args) -> str:
    if not args.category or len(args.category) != 1:
        raise ValueError(f"plot {args.kind} needs exactly one --category")
    return args.category[0]


def run(args) -> int:
    import pandas as pd

    from .. import analysis, plot
    from ..store import load

    if not args.output and not args.table:
        raise ValueError("give -o FILE (and/or --table)")
    claims = load("claims", args.data)
    try:
        documents = load("documents", args.data)
    except Exception:  # a dataset without a documents table still plots (publishers are then not named)
        documents = None
    by = ("claimant", "parser") if args.by_parser else ("claimant",)
    common = {"loser": args.loser, "documents": documents}
    if args.kind == "trend":
        cat = _one_category(args)
        ax = plot.trend(claims, category=cat, claimant=args.claimant, region=args.region, by=by, start=args.start,
                        end=args.end, **common)
        table = analysis.series(claims, cat, claimant=args.claimant, loser=args.loser, region=args.region, by=by,
                                start=args.start, end=args.end)
    elif args.kind == "changes":
        cat = _one_category(args)
        ax = plot.changes(claims, category=cat, claimant=args.claimant, region=args.region, freq=args.freq,
                          window=args.window or None, by=by, start=args.start, end=args.end, **common)
        s = analysis.series(claims, cat, claimant=args.claimant, loser=args.loser, region=args.region, by=by)
        table = analysis.changes(s, args.freq)
        if args.window:
            table = analysis.rolling_mean(table, args.window)
    elif args.kind == "compare":
        if not args.claimant:
            raise ValueError("plot compare needs --claimant (e.g. UKR-GS) and --versus (default oryx)")
        table = analysis.compare_claimants(claims, args.claimant, args.versus, loser=args.loser,
                                           categories=args.category, at=args.end)
        ax = plot.claimed_vs_confirmed(claims, args.claimant, args.versus, table=table, log=not args.linear, **common)
    elif args.kind == "breakdown":
        ax = plot.breakdown(claims, claimant=args.claimant, document_id=args.document,
                            period=(args.start, args.end) if args.start and args.end else None, **common)
        table = None
    else:
        axes = plot.small_multiples(claims, args.category, claimant=args.claimant, by=by, start=args.start,
                                    end=args.end, **common)
        ax, table = axes[0], None
    if args.table and table is not None:
        with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_rows", 200):
            print(table.to_string(index=False))
    if args.output:
        ax.figure.savefig(args.output, dpi=args.dpi)
        print(f"wrote {args.output}")
    return 0
