"""``losstrack build``: parse every document under a seeds folder into data/ and draw the plots."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "build",
        help="parse every document under --seeds into Parquet tables in --out, and draw the plots",
        description="Parse every document under SEEDS (and OUT/documents, where `losstrack fetch` saves) "
        "into OUT/claims.parquet, OUT/documents.parquet (and other tables), draw PNG plots under OUT/plots, "
        "and print a summary. Only new or changed documents are parsed; all tables switch at once, so an "
        "interrupted build leaves the previous dataset whole. Exits 1 if any document failed to parse or "
        "validate, after writing all the good ones.",
    )
    p.add_argument("--seeds", default="seeds", help="folder of source documents (default: seeds)")
    p.add_argument("--out", default="data", help="dataset folder to write (default: data)")
    p.add_argument("--no-plots", action="store_true", help="skip drawing the plots")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--full", action="store_true", help="parse every document again, not only new or changed ones")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS",
                   help="if another build is writing --out, wait this long for it (default: fail at once)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..build import build

    report = build(args.seeds, args.out, plots=not args.no_plots, quiet=args.quiet, full=args.full, wait=args.wait)
    print(report.summary())
    return 0 if report.ok else 1
