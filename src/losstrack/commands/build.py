"""``losstrack build``: parse every document under a seeds folder into data/ and draw the plots."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "build",
        help="parse every document under --seeds into Parquet tables in --out, and draw the plots",
        description="Parse every document under SEEDS into OUT/claims.parquet, OUT/documents.parquet "
        "(and other tables), draw PNG plots under OUT/plots, and print a summary. Exits 1 if any "
        "document failed to parse or validate, after writing all the good ones.",
    )
    p.add_argument("--seeds", default="seeds", help="folder of source documents (default: seeds)")
    p.add_argument("--out", default="data", help="dataset folder to write (default: data)")
    p.add_argument("--no-plots", action="store_true", help="skip drawing the plots")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..build import build

    report = build(args.seeds, args.out, plots=not args.no_plots, quiet=args.quiet)
    print(report.summary())
    return 0 if report.ok else 1
